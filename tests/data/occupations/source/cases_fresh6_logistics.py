"""fresh6 cases, logistics and transport: transit bus operator, air traffic controller, locomotive engineer.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh6_sources_b.md.
"""
# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "transit_bus_operator-fresh6-1",
        "occ": "transit_bus_operator",
        "title": "Fixed Route Bus Operator - Experienced CDL",
        "company": "Transdev",
        "location": "Las Vegas, NV",
        "posting": """
Transdev operates fixed-route service for the Regional Transportation Commission of Southern Nevada. We're hiring experienced Bus Operators who can move quickly into revenue service on 40- and 60-foot buses along the Strip and residential routes.

Requirements:
- Class B Commercial Driver's License with Passenger (P) endorsement, with no air brake restriction. Applicants without the P endorsement on their CDL at the time of hire will not be considered for this experienced-operator class (see our trainee posting instead)
- Current DOT medical examiner's certificate
- At least 21 years old, with 1 year of commercial driving experience
- No more than 2 moving violations in the past 3 years; no DUI in the past 7 years
- Able to work split shifts, nights, weekends and holidays

Starting wage $23.50/hour, with step increases under the ATU Local 1637 agreement, medical, dental, vision, 401(k) and paid training on routes. Transdev is an Equal Opportunity Employer including disabled and veterans.
""",
        "name": "Lorraine Baptiste",
        "label": "Bus Operator - Class B CDL",
        "summary": "Professional driver with five years of commercial driving, including three years operating 16-24 passenger paratransit and shuttle buses; Class B CDL with P endorsement and no air brake restriction.",
        "where": ("Henderson", "NV"),
        "work": [
            ("Paratransit Bus Operator", "MV Transportation", "2023-08", "", [
                "Operate 20-passenger wheelchair-lift cutaway buses on scheduled paratransit trips; 8-12 pickups per run",
                "Secure mobility devices and assist riders; complete pre-trip and post-trip inspections",
                "Zero preventable accidents in three years; Operator of the Quarter, Q2 2025",
            ]),
            ("Airport Shuttle Driver", "Harry Reid Airport Parking Shuttle (SP+)", "2021-10", "2023-07", [
                "Drove 24-passenger air-brake shuttle buses on a continuous loop between terminals and economy lots",
            ]),
        ],
        "skills": {"Driving": ["Pre-trip inspection", "Air brakes", "Wheelchair lift operation", "Mobility device securement", "Defensive driving"], "Service": ["Customer service", "Fare policy", "Incident reports"]},
        "certs": [
            ("Nevada Commercial Driver's License, Class B, P endorsement (no air brake restriction)", "Nevada DMV", "2021-09"),
            ("DOT Medical Examiner's Certificate", "FMCSA-certified medical examiner", "2025-08"),
            ("Passenger Assistance Safety and Sensitivity (PASS)", "CTAA", "2023-09"),
        ],
        "edu": [("High School Diploma", "", "Basic High School", "2012")],
        "unq": {
            "summary": "Professional driver with five years of commercial driving, including three years operating wheelchair-accessible paratransit vans; Class B CDL with no air brake restriction.",
            "work": [
                ("Paratransit Van Operator", "MV Transportation", "2023-08", "", [
                    "Operate 12-passenger wheelchair-lift vans on scheduled paratransit trips; 8-12 pickups per run",
                    "Secure mobility devices and assist riders; complete pre-trip and post-trip inspections",
                    "Zero preventable accidents in three years; Operator of the Quarter, Q2 2025",
                ]),
                ("Box Truck Driver", "Sysco Las Vegas", "2021-10", "2023-07", [
                    "Drove a 26-foot air-brake box truck on restaurant delivery routes",
                ]),
            ],
            "certs": [
                ("Nevada Commercial Driver's License, Class B (no air brake restriction)", "Nevada DMV", "2021-09"),
                ("DOT Medical Examiner's Certificate", "FMCSA-certified medical examiner", "2025-08"),
                ("Passenger Assistance Safety and Sensitivity (PASS)", "CTAA", "2023-09"),
            ],
        },
        "decisive": ("Class B CDL with Passenger (P) endorsement", ["P endorsement", "Passenger (P) endorsement", "passenger endorsement"], "endorsement"),
    },
    {
        "id": "transit_bus_operator-fresh6-2",
        "occ": "transit_bus_operator",
        "title": "Bus Driver - Full PCV Licence Holders",
        "company": "Go North East",
        "location": "Gateshead, Tyne and Wear, UK",
        "posting": """
Bus Drivers wanted - Gateshead depot. Already hold a full PCV licence? Start in as little as three weeks.

We're looking for friendly, safe drivers to carry customers across Tyneside and County Durham on our single-deck and double-deck fleet.

Essential:
- Full Category D (PCV) licence, with no more than 6 penalty points
- Current Driver CPC qualification card (DQC)
- Digital tachograph card
- Excellent customer service and a calm approach on busy routes

Desirable: experience on double-deckers and with ticket machines (Ticketer).

What you get: £14.20 per hour rising to £15.05 after probation, overtime at time and a half, free bus travel for you and your family, pension, 28 days' holiday and paid route learning. We're an equal opportunities employer and welcome applications from all parts of the community.
""",
        "name": "Gary Thompson",
        "label": "PCV Driver",
        "summary": "Passenger driver with seven years carrying the public safely around Tyneside and County Durham; full Category D PCV licence with Driver CPC, clean record.",
        "where": ("Washington", "Tyne and Wear"),
        "country": "GB",
        "work": [
            ("Coach and Bus Driver", "Durham Travel Ltd", "2021-04", "", [
                "Drive 53-seat coaches and 70-seat double-deck buses on home-to-school contracts and rural registered services",
                "Issue tickets on Ticketer machines, carry out walk-round checks and keep tachograph records",
            ]),
            ("Minibus Driver", "Gateshead Community Transport", "2019-03", "2021-03", [
                "Drove 16-seat accessible minibuses for day centres and dial-a-ride customers",
            ]),
        ],
        "skills": {"Driving": ["Double-deck buses", "Coaches", "Walk-round checks", "Digital tachograph", "Wheelchair ramps"], "Customer": ["Ticketer", "Conflict management", "Accessibility"]},
        "certs": [
            ("Full Category D (PCV) Licence, 3 penalty points", "DVLA", "2021-02"),
            ("Driver CPC Qualification Card (DQC)", "DVSA", "2024-11"),
            ("Digital Tachograph Driver Card", "DVLA", "2021-02"),
        ],
        "edu": [],
        "unq": {
            "summary": "Passenger driver with seven years carrying the public safely around Tyneside and County Durham; Category D1 minibus licence with Driver CPC, clean record.",
            "work": [
                ("Minibus Driver", "Durham Travel Ltd", "2021-04", "", [
                    "Drive 16-seat minibuses on home-to-school contracts and dial-a-ride services",
                    "Issue tickets on Ticketer machines, carry out walk-round checks and keep tachograph records",
                ]),
                ("Minibus Driver", "Gateshead Community Transport", "2019-03", "2021-03", [
                    "Drove 16-seat accessible minibuses for day centres and dial-a-ride customers",
                ]),
            ],
            "skills": {"Driving": ["Minibuses", "Walk-round checks", "Digital tachograph", "Wheelchair ramps"], "Customer": ["Ticketer", "Conflict management", "Accessibility"]},
            "certs": [
                ("Category D1 (minibus) Licence, 3 penalty points", "DVLA", "2019-01"),
                ("Driver CPC Qualification Card (DQC)", "DVSA", "2024-11"),
                ("Digital Tachograph Driver Card", "DVLA", "2019-01"),
            ],
        },
        "decisive": ("full Category D PCV licence", ["Category D", "full PCV licence", "Cat D", "full PCV"], "licence level"),
    },
    {
        "id": "air_traffic_controller-fresh6-1",
        "occ": "air_traffic_controller",
        "title": "Air Traffic Controller - Federal Contract Tower",
        "company": "Serco",
        "location": "Lakeland, FL",
        "posting": """
Serco operates FAA Federal Contract Towers across the United States. We are hiring a certified Air Traffic Controller for a busy VFR tower with a mix of flight training, corporate, air cargo and seasonal airshow traffic.

Minimum Qualifications
- FAA Control Tower Operator (CTO) certificate, and must have held a facility rating at a civilian or military control tower
- At least four years of air traffic control experience working tower positions (local and ground control), civilian or military
- Current FAA Class II medical certificate (14 CFR Part 67)
- Ability to speak English clearly on frequency; U.S. citizenship
- Willing to work rotating shifts, weekends and holidays

Preferred Qualifications
- Experience in a Class D tower with a high volume of student pilot operations
- CTO examiner or OJT instructor experience

Pay $38-$46/hour DOE plus benefits (medical, dental, vision, 401(k), paid leave). Serco is an equal opportunity employer; veterans are encouraged to apply.
""",
        "name": "Kendra Maitland",
        "label": "Air Traffic Control Specialist (Tower)",
        "summary": "Tower controller with seven years on local and ground control: four in the U.S. Air Force and three at a federal contract tower; FAA CTO certificate with facility ratings, OJT instructor. U.S. citizen.",
        "where": ("Lakeland", "FL"),
        "work": [
            ("Air Traffic Controller", "Midwest ATC", "2023-02", "", [
                "Work local, ground and flight data positions at a Class D federal contract tower with 180,000 annual operations, mostly flight training",
                "OJT instructor for two developmental controllers; coordinate airshow waivers and NOTAMs",
            ]),
            ("Air Traffic Control Journeyman (1C1X1)", "U.S. Air Force, MacDill AFB", "2019-01", "2023-01", [
                "Tower controller on local and ground control for tanker and transient military traffic; facility-rated 2019",
                "Assistant watch supervisor during exercises",
            ]),
            ("Air Traffic Control Apprentice", "U.S. Air Force, Keesler AFB (technical school)", "2018-02", "2018-12", [
                "Completed ATC technical training and tower simulator qualification",
            ]),
        ],
        "skills": {"ATC": ["Local control", "Ground control", "Flight data", "Class D operations", "OJT instruction"], "Systems": ["STARS display", "ASOS/ATIS", "FAA JO 7110.65"]},
        "certs": [
            ("FAA Control Tower Operator (CTO) Certificate with facility ratings", "Federal Aviation Administration", "2019-06"),
            ("FAA Class II Medical Certificate", "FAA Aviation Medical Examiner", "2026-05"),
        ],
        "edu": [("Associate in Applied Science", "Air Traffic Operations Management", "Community College of the Air Force", "2021")],
        "unq": {
            "summary": "Tower controller on local and ground control at a federal contract tower since 2024, after several years in U.S. Air Force airfield management; FAA CTO certificate with facility rating. U.S. citizen.",
            "work": [
                ("Air Traffic Controller", "Midwest ATC", "2024-02", "", [
                    "Work local, ground and flight data positions at a Class D federal contract tower with 180,000 annual operations, mostly flight training",
                    "Facility-rated in 2024; coordinate airshow waivers and NOTAMs",
                ]),
                ("Airfield Management Journeyman (1C7X1)", "U.S. Air Force, MacDill AFB", "2019-01", "2024-01", [
                    "Ran airfield inspections, flight plan processing and NOTAM publication from base operations",
                    "Completed the ATC retraining pipeline in 2023",
                ]),
                ("Airfield Management Apprentice", "U.S. Air Force, Keesler AFB (technical school)", "2018-02", "2018-12", [
                    "Completed airfield management technical training",
                ]),
            ],
            "certs": [
                ("FAA Control Tower Operator (CTO) Certificate with facility rating", "Federal Aviation Administration", "2024-08"),
                ("FAA Class II Medical Certificate", "FAA Aviation Medical Examiner", "2026-05"),
            ],
        },
        "decisive": ("at least four years of tower air traffic control experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "air_traffic_controller-fresh6-2",
        "occ": "air_traffic_controller",
        "title": "Air Traffic Controller - Terminal Control (Valid Licence Holders)",
        "company": "NATS",
        "location": "Swanwick, Hampshire, UK",
        "posting": """
We're recruiting qualified, licensed air traffic controllers to join London Terminal Control at our Swanwick centre, where controllers sequence arrivals into Heathrow, Gatwick, Stansted and Luton and manage some of the busiest terminal airspace in the world.

This is an experienced-controller route: you will complete a shortened validation course at our College before unit training.

You will need:
- A current UK CAA Air Traffic Controller Licence (or one that can be converted to a UK licence) holding an APS or ACS rating with the Terminal Control (TCL) rating endorsement
- A valid Class 3 medical certificate
- English language proficiency endorsement at Level 6 (Expert)
- The right to live and work in the UK, and the ability to obtain security clearance

We offer a highly competitive salary with shift and licence allowances, a defined contribution pension, 6 weeks' leave and relocation support. NATS is an equal opportunities employer and is committed to building an inclusive workforce.
""",
        "name": "Fiona MacLeod",
        "label": "Air Traffic Controller (Radar)",
        "summary": "UK licensed air traffic controller with ten years of radar control: approach at Aberdeen, then terminal-area sectors at Prestwick Centre. ACS rating with TCL endorsement, ELP Level 6, current Class 3 medical. British citizen.",
        "where": ("Ayr", "South Ayrshire"),
        "country": "GB",
        "work": [
            ("Air Traffic Controller, Manchester TMA sectors", "NATS, Prestwick Centre", "2021-09", "", [
                "Control arrivals and departures in busy terminal airspace feeding Manchester and Liverpool; sequence traffic for the approach units",
                "Unit endorsement held continuously since 2022; OJTI since 2024",
            ]),
            ("Air Traffic Controller (Approach Radar / Tower)", "NATS, Aberdeen Airport", "2016-04", "2021-08", [
                "Provided approach radar and aerodrome control to offshore helicopter and airline traffic",
            ]),
        ],
        "skills": {"ATC": ["Terminal control", "Approach radar", "Aerodrome control", "Sequencing", "OJTI"], "Systems": ["iTEC", "Electronic flight strips"]},
        "certs": [
            ("UK CAA Air Traffic Controller Licence: ADI, APS and ACS ratings; TCL rating endorsement (ACS); OJTI endorsement", "UK Civil Aviation Authority", "2022-03"),
            ("Class 3 Medical Certificate", "UK CAA AeMC", "2026-02"),
            ("English Language Proficiency endorsement, Level 6", "UK Civil Aviation Authority", "2016-04"),
        ],
        "edu": [("MA (Hons)", "Geography", "University of Aberdeen", "2014")],
        "unq": {
            "summary": "UK licensed air traffic controller with ten years of radar control at Aberdeen, providing approach radar to offshore helicopter and airline traffic. APS rating, ELP Level 6, current Class 3 medical. British citizen.",
            "where": ("Aberdeen", "Aberdeenshire"),
            "work": [
                ("Air Traffic Controller (Approach Radar / Tower)", "NATS, Aberdeen Airport", "2016-04", "", [
                    "Provide approach radar and aerodrome control to offshore helicopter and airline traffic; sequence arrivals into a single-runway airport",
                    "Unit endorsement held continuously; OJTI since 2024",
                ]),
            ],
            "skills": {"ATC": ["Approach radar", "Aerodrome control", "Sequencing", "Helicopter operations", "OJTI"], "Systems": ["Electronic flight strips"]},
            "certs": [
                ("UK CAA Air Traffic Controller Licence: ADI and APS ratings; OJTI endorsement", "UK Civil Aviation Authority", "2016-04"),
                ("Class 3 Medical Certificate", "UK CAA AeMC", "2026-02"),
                ("English Language Proficiency endorsement, Level 6", "UK Civil Aviation Authority", "2016-04"),
            ],
        },
        "decisive": ("APS or ACS rating with the Terminal Control (TCL) rating endorsement", ["TCL", "Terminal Control"], "endorsement"),
    },
    {
        "id": "locomotive_engineer-fresh6-1",
        "occ": "locomotive_engineer",
        "title": "Locomotive Engineer - Certified (Lateral Hire)",
        "company": "Union Pacific Railroad",
        "location": "North Platte, NE",
        "posting": """
Union Pacific is hiring certified Locomotive Engineers for road and yard assignments out of North Platte, home of Bailey Yard. This lateral-hire program is for engineers who already hold certification; trainees should apply to our Conductor (Trainee) postings instead.

Requirements
- Current FRA locomotive engineer certification under 49 CFR Part 240 (train service engineer) from your current or most recent railroad
- Working knowledge of GCOR, air brake and train handling rules, and Positive Train Control
- Valid driver's license and a driving record that meets Part 240 requirements
- Willingness to work on-call, nights, weekends and holidays, and to lay over away from home

Compensation follows the BLET agreement; sign-on incentives available for this location. Union Pacific is an Equal Opportunity Employer, including veterans and individuals with disabilities.
""",
        "name": "Cody Reinholt",
        "label": "Locomotive Engineer",
        "summary": "Railroader with nine years in train service: three as a conductor and six as a certified locomotive engineer running unit coal and manifest trains across Wyoming and Nebraska with PTC.",
        "where": ("North Platte", "NE"),
        "work": [
            ("Locomotive Engineer", "BNSF Railway, Alliance, NE", "2020-08", "", [
                "Operate unit coal trains up to 15,000 tons and manifest freight over the Powder River and Butte subdivisions under PTC",
                "Manage dynamic and air braking on heavy grades; zero rule violations in the last four efficiency tests cycles",
            ]),
            ("Conductor", "BNSF Railway, Alliance, NE", "2017-06", "2020-07", [
                "Conductor on road freight and yard jobs; switching, air tests and train documents",
            ]),
        ],
        "skills": {"Operations": ["Train handling", "Dynamic braking", "PTC", "Air brake tests", "Distributed power"], "Rules": ["GCOR", "BNSF Air Brake and Train Handling Rules", "FRA regulations"]},
        "certs": [
            ("FRA Certified Locomotive Engineer, Train Service Engineer (49 CFR Part 240)", "BNSF Railway", "2020-08"),
            ("FRA Certified Conductor (49 CFR Part 242)", "BNSF Railway", "2017-09"),
            ("Nebraska Driver's License", "Nebraska DMV", ""),
        ],
        "edu": [("High School Diploma", "", "North Platte High School", "2014")],
        "unq": {
            "label": "Conductor (Engineer Trainee)",
            "summary": "Railroader with nine years in train service as a certified conductor on unit coal and manifest trains across Wyoming and Nebraska with PTC; currently in the railroad's engineer training program.",
            "work": [
                ("Conductor", "BNSF Railway, Alliance, NE", "2017-06", "", [
                    "Conductor on unit coal trains up to 15,000 tons and manifest freight over the Powder River and Butte subdivisions under PTC",
                    "Switching, air tests and train documents; zero rule violations in the last four efficiency tests cycles",
                    "Engineer trainee since September 2026: classroom and supervised running with a designated supervisor of locomotive engineers",
                ]),
            ],
            "certs": [
                ("FRA Certified Conductor (49 CFR Part 242)", "BNSF Railway", "2017-09"),
                ("Nebraska Driver's License", "Nebraska DMV", ""),
            ],
        },
        "decisive": ("current FRA locomotive engineer certification (49 CFR Part 240)", ["Part 240", "Certified Locomotive Engineer", "locomotive engineer certification", "engineer certification"], "credential level"),
    },
    {
        "id": "locomotive_engineer-fresh6-2",
        "occ": "locomotive_engineer",
        "title": "Locomotive Engineer - Experienced Hire",
        "company": "CN (Canadian National Railway)",
        "location": "Edmonton, AB, Canada (Walker Yard)",
        "posting": """
Locomotive Engineer - Experienced Hire, Edmonton

CN is seeking experienced locomotive engineers to operate freight trains between Edmonton, Jasper, Hinton and Saskatoon. This opening is for engineers who are already qualified; we do not train new engineers through this posting.

What you'll need
- Qualified as a Locomotive Engineer under Transport Canada's railway employee qualification requirements, with Canadian Rail Operating Rules (CROR) qualification in good standing
- A minimum of two years working as a locomotive engineer in mainline freight service
- Experience with distributed power and heavy trains in mountain territory is an asset
- Valid driver's licence
- Ability to work an unassigned spare board, on call 24/7, with frequent away-from-home layovers

We offer competitive wages under the TCRC agreement, a defined benefit pension, health and dental coverage, and an employee share investment plan. CN is an equal opportunity employer and welcomes applications from women, Indigenous peoples, persons with disabilities and visible minorities.
""",
        "name": "Jordan Paquette",
        "label": "Locomotive Engineer",
        "summary": "Qualified locomotive engineer with five and a half years of mainline freight in Western Canada, after three years as a conductor; distributed power and mountain grade experience.",
        "where": ("Edmonton", "AB"),
        "country": "CA",
        "work": [
            ("Locomotive Engineer", "CPKC (Canadian Pacific Kansas City)", "2021-06", "", [
                "Operate mainline grain, potash and intermodal trains between Calgary, Field and Golden, including the Rogers Pass grades",
                "Run distributed-power trains up to 12,000 ft; plan braking with dynamic brake and air on mountain subdivisions",
            ]),
            ("Conductor", "CPKC (Canadian Pacific Kansas City)", "2018-04", "2021-05", [
                "Conductor on road freight and yard assignments in Calgary; CROR-qualified",
            ]),
        ],
        "skills": {"Operations": ["Mainline freight", "Distributed power", "Mountain grades", "Train handling", "Air brake tests"], "Rules": ["CROR", "Special instructions", "Dangerous goods (TDG)"]},
        "certs": [
            ("Qualified Locomotive Engineer (Transport Canada qualification standards)", "CPKC", "2021-06"),
            ("CROR Qualification (current)", "CPKC", "2025-10"),
            ("Alberta Class 5 Driver's Licence", "Alberta Registries", ""),
        ],
        "edu": [("Certificate", "Railway Conductor Program", "Southern Alberta Institute of Technology (SAIT)", "2018")],
        "unq": {
            "summary": "Qualified locomotive engineer in mainline freight in Western Canada since early 2026, after seven years as a conductor; distributed power and mountain grade experience.",
            "work": [
                ("Locomotive Engineer", "CPKC (Canadian Pacific Kansas City)", "2026-01", "", [
                    "Operate mainline grain, potash and intermodal trains between Calgary, Field and Golden, including the Rogers Pass grades",
                    "Run distributed-power trains up to 12,000 ft; plan braking with dynamic brake and air on mountain subdivisions",
                ]),
                ("Conductor", "CPKC (Canadian Pacific Kansas City)", "2018-04", "2025-12", [
                    "Conductor on road freight and yard assignments in Calgary and on mountain subdivisions; CROR-qualified",
                ]),
            ],
            "certs": [
                ("Qualified Locomotive Engineer (Transport Canada qualification standards)", "CPKC", "2026-01"),
                ("CROR Qualification (current)", "CPKC", "2025-10"),
                ("Alberta Class 5 Driver's Licence", "Alberta Registries", ""),
            ],
        },
        "decisive": ("a minimum of two years as a locomotive engineer in mainline freight", ["years", "yrs", "year"], "years"),
    },
]
