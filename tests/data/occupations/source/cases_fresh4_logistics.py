"""Fresh4 half, logistics: railroad conductor, aircraft dispatcher, dangerous goods specialist, freight broker."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "railroad_conductor-fresh4-1",
        "occ": "railroad_conductor",
        "title": "Conductor - Road Freight (Experienced, Certified)",
        "company": "BNSF Railway",
        "location": "Amarillo, TX",
        "posting": """
BNSF is hiring experienced conductors for road freight service out of Amarillo. Conductors are responsible for the train, its crew and its paperwork: reading the consist, setting out and picking up cars, lining switches, making air tests and working with the locomotive engineer to keep the train moving safely and on time.

Requirements
- Current conductor certification under FRA 49 CFR Part 242 from a Class I, regional or short line railroad
- Knowledge of GCOR and air brake and train handling rules
- Willing to work an on-call, 24/7 schedule and to be away from home
- Valid driver's license

Pay per the applicable collective bargaining agreement. BNSF is an equal opportunity employer.
""",
        "name": "Cody Harrell",
        "label": "Freight Conductor",
        "summary": "FRA-certified freight conductor with seven years in road and yard service; GCOR, air tests, setouts and pickups, hazmat paperwork.",
        "where": ("Amarillo", "TX"),
        "work": [
            ("Conductor", "Union Pacific Railroad", "2021-05", "", [
                "Lead a two-person crew in through-freight and local service: consist checks, setouts and pickups, hazmat documents",
                "Perform Class I and Class IA brake tests and line switches under GCOR",
            ]),
            ("Switchman / Brakeman", "Union Pacific Railroad", "2019-08", "2021-04", [
                "Built and switched trains in the yard as a remote control operator",
            ]),
        ],
        "skills": {"Operations": ["GCOR", "Air brake tests", "Train consists", "Hazmat documents", "Remote control operations"]},
        "certs": [
            ("Certified Conductor (49 CFR Part 242)", "Union Pacific Railroad", "2021-05"),
            ("Texas Class C Driver License", "Texas Department of Public Safety", ""),
        ],
        "edu": [("Certificate", "Railroad Conductor Training", "Johnson County Community College", "2019")],
        "unq": {
            "label": "Switchman / Remote Control Operator",
            "summary": "Railroad yard switchman with seven years of service; GCOR, air tests, switching cars and building trains with a remote control pack.",
            "work": [
                ("Switchman / Remote Control Operator", "Union Pacific Railroad", "2019-08", "", [
                    "Build and switch trains in the hump and flat yards as a remote control operator",
                    "Perform yard air tests and line switches under GCOR; help conductors with setouts and pickups",
                ]),
            ],
            "skills": {"Operations": ["GCOR", "Yard air tests", "Switching", "Remote control operations"]},
            "certs": [
                ("Remote Control Operator qualification", "Union Pacific Railroad", "2019-11"),
                ("Texas Class C Driver License", "Texas Department of Public Safety", ""),
            ],
            "edu": [("Certificate", "Railroad Switchman Training", "Johnson County Community College", "2019")],
        },
        "decisive": ("Current FRA Part 242 conductor certification", ["Part 242", "conductor certification", "certified conductor", "FRA-certified"], "credential level"),
    },
    {
        "id": "railroad_conductor-fresh4-2",
        "occ": "railroad_conductor",
        "title": "Conductor",
        "company": "Genesee & Wyoming",
        "location": "Macon, GA",
        "posting": """
Georgia Central Railway, a Genesee & Wyoming company, needs a Conductor for local and road switching on our line between Macon and Savannah.

You'll serve customers along the line, switch industries, prepare train documents and take charge of the crew's safety.

Must have:
- Current FRA-certified conductor
- At least 2 years of experience as a conductor in road or mainline service (yard-only experience does not count)
- Ability to work outdoors in all weather and climb on and off equipment
- Valid driver's license

G&W offers medical, dental, vision, 401(k) and Railroad Retirement.
""",
        "name": "Marquis Hollins",
        "label": "Railroad Conductor",
        "summary": "Conductor certified under Part 242 with five years of road and local service on a Class I railroad, after track work.",
        "where": ("Warner Robins", "GA"),
        "work": [
            ("Conductor", "Norfolk Southern", "2021-04", "", [
                "Run local and through-freight trains: switch industries, prepare train lists and hazmat documents, brief the crew",
                "Handle setouts, pickups and air tests on mainline territory",
            ]),
            ("Track Laborer", "Norfolk Southern", "2019-02", "2021-03", [
                "Replaced ties and rail with a section gang",
            ]),
        ],
        "skills": {"Operations": ["Mainline service", "Industry switching", "Hazmat documents", "Air brake tests", "NS Operating Rules"]},
        "certs": [
            ("Conductor Certification (49 CFR Part 242)", "Norfolk Southern", "2021-04"),
            ("Georgia Class C Driver's License", "Georgia Department of Driver Services", ""),
        ],
        "edu": [("Diploma", "High School", "Northside High School", "2018")],
        "unq": {
            "summary": "Conductor certified under Part 242 on a Class I railroad, after years of track work.",
            "work": [
                ("Conductor", "Norfolk Southern", "2025-10", "", [
                    "Run local and through-freight trains: switch industries, prepare train lists and hazmat documents, brief the crew",
                    "Handle setouts, pickups and air tests on mainline territory",
                ]),
                ("Track Laborer, then Machine Operator", "Norfolk Southern", "2019-02", "2025-09", [
                    "Replaced ties and rail with a section gang; later ran a spike driver and tie plate machine",
                ]),
            ],
            "certs": [
                ("Conductor Certification (49 CFR Part 242)", "Norfolk Southern", "2025-10"),
                ("Georgia Class C Driver's License", "Georgia Department of Driver Services", ""),
            ],
        },
        "decisive": ("At least 2 years as a conductor in road or mainline service", ["years", "yrs"], "years"),
    },
    {
        "id": "aircraft_dispatcher-fresh4-1",
        "occ": "aircraft_dispatcher",
        "title": "Flight Dispatcher",
        "company": "WestJet",
        "location": "Calgary, AB, Canada",
        "posting": """
WestJet's Operations Control Centre in Calgary is looking for Flight Dispatchers to share operational control of our Boeing 737 and 787 fleet with the captain.

Responsibilities: flight planning, weather and NOTAM analysis, fuel and alternate selection, flight watch and coordinating irregular operations with maintenance and crew scheduling.

Qualifications
- Valid Transport Canada Flight Dispatcher Certificate (CAR 705)
- 2+ years of flight dispatch experience at a Canadian air operator or in a related airline operations role
- Knowledge of ETOPS and Canadian Aviation Regulations
- Ability to work shifts, including nights, weekends and holidays

Eligible to work in Canada. Benefits include travel privileges, health coverage and the WestJet share purchase plan.
""",
        "name": "Mathieu Tremblay",
        "label": "Flight Dispatcher",
        "summary": "Canadian citizen; flight dispatcher with six years in airline operations control in Canada: flight planning, flight watch, ETOPS and winter irregular operations.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Flight Dispatcher", "Flair Airlines", "2022-01", "", [
                "Plan and release 737 MAX flights across Canada and to the U.S. and Mexico; fuel, alternates, MEL items",
                "Keep flight watch, re-plan around weather and de-icing delays and brief captains",
            ]),
            ("Operations Coordinator", "Air North, Yukon's Airline", "2020-03", "2021-12", [
                "Supported dispatch with crew and maintenance coordination on northern routes",
            ]),
        ],
        "skills": {"Dispatch": ["Flight planning", "Flight watch", "ETOPS", "Weather and NOTAM analysis", "MEL/CDL", "Canadian Aviation Regulations"]},
        "certs": [
            ("Flight Dispatcher Certificate (CAR 705.110)", "Transport Canada / Flair Airlines", "2022-03"),
        ],
        "edu": [("Diploma", "Aviation Operations", "Southern Alberta Institute of Technology", "2019")],
        "langs": [("English", "Native"), ("French", "Native")],
        "unq": {
            "summary": "Canadian citizen; aircraft dispatcher with six years in airline operations control in the U.S.: flight planning, flight watch, ETOPS and winter irregular operations.",
            "where": ("Seattle", "WA"),
            "country": "US",
            "work": [
                ("Aircraft Dispatcher", "Alaska Airlines", "2022-01", "", [
                    "Plan and release 737 MAX flights across the U.S. and to Mexico; fuel, alternates, MEL items",
                    "Keep flight watch, re-plan around weather and de-icing delays and brief captains",
                ]),
                ("Operations Coordinator", "Horizon Air", "2020-03", "2021-12", [
                    "Supported dispatch with crew and maintenance coordination on regional routes",
                ]),
            ],
            "skills": {"Dispatch": ["Flight planning", "Flight watch", "ETOPS", "Weather and NOTAM analysis", "MEL/CDL", "14 CFR Part 121"]},
            "certs": [
                ("Aircraft Dispatcher Certificate (14 CFR Part 65)", "Federal Aviation Administration", "2021-11"),
            ],
            "edu": [("Associate of Applied Science", "Aviation Operations", "Green River College", "2019")],
        },
        "decisive": ("Transport Canada Flight Dispatcher Certificate", ["Transport Canada"], "jurisdiction"),
    },
    {
        "id": "aircraft_dispatcher-fresh4-2",
        "occ": "aircraft_dispatcher",
        "title": "Aircraft Dispatcher",
        "company": "Atlas Air Worldwide",
        "location": "Purchase, NY",
        "posting": """
Aircraft Dispatcher - Global Operations Control

Position summary: Dispatchers at Atlas share responsibility with the pilot in command for the safe conduct of our Boeing 747 and 777 freighter flights worldwide.

Job requirements:
- FAA Aircraft Dispatcher Certificate
- Two or more years of Part 121 dispatch experience, international/oceanic preferred
- Hands-on experience with Lido Flight (Lufthansa Systems) flight planning
- Excellent judgment under pressure, shift work including holidays

Atlas Air is an equal opportunity employer. Benefits include medical, dental, vision, 401(k) and travel privileges.
""",
        "name": "Angela Whitfield",
        "label": "FAA Licensed Aircraft Dispatcher",
        "summary": "Part 121 aircraft dispatcher with five years on international cargo and passenger operations, including oceanic tracks, ETOPS and overflight permits.",
        "where": ("Stamford", "CT"),
        "work": [
            ("Flight Dispatcher, International Desk", "Kalitta Air", "2022-02", "", [
                "Release 747-400F flights across the Pacific and Atlantic: NAT tracks, ETOPS, fuel tankering decisions",
                "Build and file flight plans in LIDO/Flight 4D and keep flight following through ACARS",
            ]),
            ("Aircraft Dispatcher", "Republic Airways", "2021-01", "2022-01", [
                "Dispatched E175 domestic flights and handled ground stops and diversions",
            ]),
        ],
        "skills": {"Dispatch": ["Oceanic operations", "ETOPS", "NAT tracks", "LIDO/Flight 4D", "ACARS", "Part 121"]},
        "certs": [("Aircraft Dispatcher Certificate", "Federal Aviation Administration", "2020-10")],
        "edu": [("Bachelor of Science", "Aviation Management", "Embry-Riddle Aeronautical University", "2020")],
        "unq": {
            "skills": {"Dispatch": ["Oceanic operations", "ETOPS", "NAT tracks", "Jeppesen JetPlan", "Sabre Flight Plan Manager", "ACARS", "Part 121"]},
        },
        "swaps": [
            ("Build and file flight plans in LIDO/Flight 4D and keep flight following through ACARS", "Build and file flight plans in Jeppesen JetPlan and Sabre Flight Plan Manager and keep flight following through ACARS"),
        ],
        "decisive": ("Experience with Lido Flight flight planning", ["Lido"], "tool"),
    },
    {
        "id": "dangerous_goods_specialist-fresh4-1",
        "occ": "dangerous_goods_specialist",
        "title": "Hazmat / Dangerous Goods Shipping Specialist",
        "company": "Thermo Fisher Scientific",
        "location": "Fremont, CA",
        "posting": """
How will you make an impact?
You will classify, pack, mark, label and document outbound shipments of chemicals, lithium batteries and dry ice by ground, air and ocean, and serve as the site's go-to for dangerous goods questions.

What will you do?
- Classify materials from SDSs and assign UN numbers, packing groups and packing instructions
- Prepare Shipper's Declarations and DOT shipping papers
- Audit outbound shipments and keep training records

How will you get here?
- Current IATA DGR certification (air) and DOT 49 CFR hazmat training
- IMDG training a plus
- 2+ years in shipping and receiving, ideally in a lab or chemical environment
- Forklift certification preferred

Thermo Fisher Scientific is an EEO/Affirmative Action Employer and does not discriminate on the basis of race, color, religion, sex, sexual orientation, gender identity, national origin, protected veteran status, disability or any other legally protected status.
""",
        "name": "Nguyen Thanh Binh",
        "label": "Dangerous Goods Shipper",
        "summary": "Shipping lead with five years preparing hazardous materials for air, ground and ocean; lithium batteries, dry ice, flammable liquids and corrosives.",
        "where": ("Hayward", "CA"),
        "work": [
            ("Shipping Lead - Hazardous Materials", "Bio-Rad Laboratories", "2022-07", "", [
                "Classify chemicals from safety data sheets; choose UN packaging and fill out the Shipper's Declaration for Dangerous Goods",
                "Pack and label lithium battery and dry ice shipments for FedEx and UPS air services",
                "Keep the site's hazmat training matrix and audit outbound freight",
            ]),
            ("Shipping and Receiving Clerk", "Lam Research", "2021-02", "2022-06", [
                "Shipped and received parts, ran a forklift and kept bills of lading",
            ]),
        ],
        "skills": {"Shipping": ["Hazard classification", "UN packaging", "Lithium batteries", "Dry ice", "Shipper's Declaration"], "Equipment": ["Forklift"]},
        "certs": [
            ("Shipping Dangerous Goods by Air - IATA Dangerous Goods Regulations", "Lion Technology", "2025-03"),
            ("DOT Hazmat Employee Training (49 CFR 172.704)", "Lion Technology", "2025-03"),
            ("IMDG Code Training", "Lion Technology", "2024-09"),
            ("Forklift Operator Certification", "Bio-Rad Laboratories", "2022-08"),
        ],
        "edu": [("Associate of Science", "Chemistry", "Chabot College", "2020")],
        "unq": {
            "summary": "Shipping lead with five years preparing hazardous materials for ground and ocean; lithium batteries, flammable liquids and corrosives.",
            "work": [
                ("Shipping Lead - Hazardous Materials", "Bio-Rad Laboratories", "2022-07", "", [
                    "Classify chemicals from safety data sheets; choose UN packaging and prepare DOT shipping papers",
                    "Pack and label ground and ocean shipments of batteries and chemicals for LTL and container freight",
                    "Keep the site's hazmat training matrix and audit outbound freight",
                ]),
                ("Shipping and Receiving Clerk", "Lam Research", "2021-02", "2022-06", [
                    "Shipped and received parts, ran a forklift and kept bills of lading",
                ]),
            ],
            "skills": {"Shipping": ["Hazard classification", "UN packaging", "Lithium batteries", "DOT shipping papers"], "Equipment": ["Forklift"]},
            "certs": [
                ("DOT Hazmat Employee Training (49 CFR 172.704)", "Lion Technology", "2025-03"),
                ("IMDG Code Training", "Lion Technology", "2024-09"),
                ("Forklift Operator Certification", "Bio-Rad Laboratories", "2022-08"),
            ],
        },
        "decisive": ("Current IATA DGR certification", ["IATA", "DGR", "Dangerous Goods Regulations"], "certificate"),
    },
    {
        "id": "dangerous_goods_specialist-fresh4-2",
        "occ": "dangerous_goods_specialist",
        "title": "Hazmat Compliance Coordinator",
        "company": "UPS Supply Chain Solutions",
        "location": "Louisville, KY",
        "posting": """
Hazmat Compliance Coordinator (Healthcare Logistics campus)

Responsibilities
* Review and approve hazardous materials shipments before tender: classification, packaging, marks, labels, documents
* Train and coach warehouse staff on hazmat handling; keep training records current
* Investigate hazmat incidents and file DOT incident reports

Qualifications
* 3-5 years of experience preparing or auditing hazmat / dangerous goods shipments
* Current 49 CFR and IATA DGR training
* Strong attention to detail; Microsoft Excel

UPS is an equal opportunity employer. Benefits: medical, dental, vision, 401(k), tuition assistance.
""",
        "name": "Brittany Caldwell",
        "label": "Hazmat Shipping Specialist",
        "summary": "Hazmat shipping specialist with four years checking and preparing dangerous goods shipments in a pharmaceutical distribution center, after years on the warehouse floor.",
        "where": ("Louisville", "KY"),
        "work": [
            ("Hazardous Materials Specialist", "Cardinal Health", "2022-12", "", [
                "Check hazmat and dangerous goods shipments for classification, packaging, marking and documents before carrier pickup",
                "Teach monthly refresher sessions for pick-pack staff and keep the training log",
                "Write incident reports and corrective actions for damaged or leaking packages",
            ]),
            ("Warehouse Associate", "Cardinal Health", "2018-05", "2022-11", [
                "Picked, packed and loaded pharmaceutical orders; trained on hazmat awareness",
            ]),
        ],
        "skills": {"Compliance": ["Hazmat classification", "Packaging and labeling", "Incident reporting", "Training"], "Software": ["Microsoft Excel"]},
        "certs": [
            ("49 CFR Hazardous Materials Training", "Lion Technology", "2025-01"),
            ("IATA Dangerous Goods Regulations - Shipper", "Lion Technology", "2025-01"),
        ],
        "edu": [("Associate of Applied Science", "Logistics and Supply Chain", "Jefferson Community and Technical College", "2018")],
        "unq": {
            "summary": "Hazmat shipping specialist checking and preparing dangerous goods shipments in a pharmaceutical distribution center, after years on the warehouse floor.",
            "work": [
                ("Hazardous Materials Specialist", "Cardinal Health", "2024-10", "", [
                    "Check hazmat and dangerous goods shipments for classification, packaging, marking and documents before carrier pickup",
                    "Teach monthly refresher sessions for pick-pack staff and keep the training log",
                    "Write incident reports and corrective actions for damaged or leaking packages",
                ]),
                ("Warehouse Associate", "Cardinal Health", "2018-05", "2024-09", [
                    "Picked, packed and loaded pharmaceutical orders; trained on hazmat awareness",
                ]),
            ],
        },
        "decisive": ("3-5 years of hazmat / dangerous goods shipping experience", ["years", "yrs"], "years"),
    },
    {
        "id": "freight_broker-fresh4-1",
        "occ": "freight_broker",
        "title": "Freight Broker - Canada Cross-Border Desk",
        "company": "Echo Global Logistics",
        "location": "Burlington, VT",
        "posting": """
We are growing our cross-border truckload desk serving shippers and carriers in Quebec and Ontario.

The job
- Build and manage a book of shipper customers moving freight between the Northeast and Canada
- Source and negotiate with carriers, track loads and solve problems at the border (PARS/PAPS, customs brokers)

What you need
- 2+ years of freight brokerage or 3PL sales experience
- Fluent French, spoken and written - most of our carriers and many customers work in French
- Comfortable on the phone, competitive, organized

Base salary plus uncapped commission, medical/dental/vision and 401(k). EOE.
""",
        "name": "Julien Gagnon",
        "label": "Logistics Account Executive",
        "summary": "Truckload broker with five years building shipper accounts and carrier networks, mostly on lanes between New England and Quebec.",
        "where": ("South Burlington", "VT"),
        "work": [
            ("Logistics Account Executive", "Coyote Logistics", "2022-09", "", [
                "Grew a book of 22 shipper accounts moving dry van and reefer freight between the Northeast and Montreal",
                "Negotiate rates with carriers, cover loads and clear PARS shipments with customs brokers",
            ]),
            ("Carrier Sales Representative", "Transplace", "2021-06", "2022-08", [
                "Covered 8-12 loads a day by phone and load board",
            ]),
        ],
        "skills": {"Brokerage": ["Truckload", "Cross-border (PARS/PAPS)", "Rate negotiation", "Carrier sourcing", "DAT load board"]},
        "certs": [],
        "edu": [("Bachelor of Business Administration", "Marketing", "University of Vermont", "2021")],
        "langs": [("English", "Native"), ("French", "Native (Québécois)")],
        "unq": {
            "name": "Julian Gagne",
            "langs": [("English", "Native"), ("Spanish", "Conversational")],
        },
        "decisive": ("Fluent French, spoken and written", ["French", "bilingual"], "language"),
    },
    {
        "id": "freight_broker-fresh4-2",
        "occ": "freight_broker",
        "title": "Freight Broker Agent",
        "company": "Arrive Logistics",
        "location": "Austin, TX",
        "posting": """
Freight Broker Agent. Austin HQ, full-time.

Arrive is looking for an experienced broker to own customer relationships and cover their freight end to end.

You bring:
- 2+ years as a freight broker or carrier sales rep at a brokerage
- Daily use of McLeod PowerBroker (our TMS) - no ramp-up time on systems
- DAT and Truckstop load boards
- Bachelor's degree or equivalent experience

Competitive base + commission, hybrid after 90 days, medical/dental/vision, 401(k) match. Arrive Logistics is an equal opportunity employer.
""",
        "name": "Kendra Ruiz",
        "label": "Truckload Broker",
        "summary": "Truckload broker with five years at two brokerages; owns customers from quote to delivery and covers freight fast.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Senior Account Manager, Brokerage", "Cowan Logistics", "2023-03", "", [
                "Own 15 shipper accounts: quote, book, cover and track every load in McLeod's PowerBroker system",
                "Post and search loads on DAT and Truckstop; negotiate carrier rates",
            ]),
            ("Carrier Sales Representative", "TQL - Total Quality Logistics", "2021-07", "2023-02", [
                "Covered 10-15 loads a day and built a carrier network in Texas and the Southeast",
            ]),
        ],
        "skills": {"Brokerage": ["Customer development", "Carrier sales", "Rate negotiation", "DAT", "Truckstop"], "Systems": ["McLeod PowerBroker"]},
        "certs": [],
        "edu": [("Bachelor of Business Administration", "Supply Chain Management", "Texas State University", "2021")],
        "unq": {
            "skills": {"Brokerage": ["Customer development", "Carrier sales", "Rate negotiation", "DAT", "Truckstop"], "Systems": ["Aljex", "Turvo"]},
        },
        "swaps": [
            ("track every load in McLeod's PowerBroker system", "track every load in Aljex (later Turvo)"),
        ],
        "decisive": ("McLeod PowerBroker TMS", ["McLeod", "PowerBroker"], "tool"),
    },
]
