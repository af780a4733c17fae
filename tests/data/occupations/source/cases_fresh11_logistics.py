"""Fresh11 half, logistics: ramp agent, delivery driver, track maintenance worker, deckhand."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "ramp_agent-fresh11-1",
        "occ": "ramp_agent",
        "title": "Ramp Agent - DXB",
        "company": "Gulf Airside Services LLC",
        "location": "Dubai International Airport (DXB), Dubai, United Arab Emirates",
        "posting": """
RAMP AGENT - DUBAI INTERNATIONAL AIRPORT

Gulf Airside Services is hiring Ramp Agents for narrow-body and wide-body turnarounds at DXB.

Responsibilities:
- Loading and offloading baggage, cargo and mail (bulk and ULD)
- Operating and driving ramp equipment: belt loaders, baggage tractors, pushback support
- Marshalling, chocking and coning aircraft; FOD walks
- Following load instructions and airside safety rules at all times

Requirements:
- Minimum 1 year ramp / baggage handling experience at an airport
- Valid UAE driving licence (light vehicle) - MANDATORY, as the airside driving permit is issued against it
- High school certificate
- Good spoken English
- Physically fit for shift work in summer heat

Package: basic salary + housing + transport + medical insurance + annual ticket. Candidates currently residing in the UAE are preferred.
""",
        "name": "Anoop Krishnan",
        "label": "Ramp Handling Agent",
        "summary": "Airport ramp handler with turnaround, ULD loading and ground equipment experience at two Indian airports; now living in Dubai.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Ramp Handling Agent", "Cochin International Airport - Ground Handling", "2022-04", "2026-06", [
                "Loaded and offloaded bulk holds and ULDs on A320, B737 and B777 turnarounds",
                "Drove baggage tractors and belt loaders airside; marshalled and chocked aircraft",
                "Completed FOD walks and followed load instruction reports",
            ]),
            ("Loader", "Bengaluru Airport Cargo Terminal", "2020-11", "2022-03", [
                "Built up and broke down cargo pallets and ULDs for international flights",
            ]),
        ],
        "skills": {"Ramp": ["Aircraft loading", "ULD build-up", "Belt loader", "Baggage tractor", "Marshalling", "FOD prevention"]},
        "certs": [
            ("UAE Driving Licence - Light Vehicle (RTA road test passed 2026)", "Roads and Transport Authority (RTA), Dubai", "2026-08"),
            ("Airside Safety Awareness", "Cochin International Airport Ltd", "2022-05"),
        ],
        "edu": [("Higher Secondary Certificate (Class XII)", "", "Government HSS Aluva, Kerala", "2019")],
        "langs": [("English", "Good"), ("Malayalam", "Native"), ("Hindi", "Conversational")],
        "unq": {
            "certs": [
                ("Indian Driving Licence - LMV (light motor vehicle)", "RTO Ernakulam, Kerala", "2019-09"),
                ("Airside Safety Awareness", "Cochin International Airport Ltd", "2022-05"),
            ],
        },
        "swaps": [],
        "decisive": ("valid UAE driving licence (light vehicle)", ["UAE driving licence", "UAE driving license", "UAE licence", "UAE license", "UAE driver's licence", "UAE driver's license", "RTA"], "jurisdiction"),
    },
    {
        "id": "ramp_agent-fresh11-2",
        "occ": "ramp_agent",
        "title": "Ramp Service Personnel (Ramp Agent)",
        "company": "Luzon Ground Handling Services, Inc.",
        "location": "NAIA Terminal 3, Pasay City, Philippines",
        "posting": """
URGENT HIRING: RAMP SERVICE PERSONNEL / RAMP AGENT - NAIA T3

Qualifications:
- Male/Female, at least high school graduate (college level or any 2-year course is an advantage)
- At least 2 years experience as ramp agent / baggage handler in an airport or airline ground handling company
- With valid LTO driver's license (professional) - you will drive baggage tractors and GSE airside
- Physically fit, willing to work on shifting schedule incl. holidays
- Can start ASAP

Job Description:
- Loading/unloading of baggage and cargo to and from aircraft
- Operate ground support equipment (tow tractor, belt loader, conveyor)
- Assist in aircraft arrival/departure: chocks, cones, marshalling

Benefits: SSS, PhilHealth, Pag-IBIG, HMO after regularization, 13th month pay, shuttle service.
""",
        "name": "Rodel Villanueva",
        "label": "Ramp Agent",
        "summary": "Airport ground handler with turnaround loading and GSE operation experience at NAIA.",
        "where": ("Parañaque City", "Metro Manila"),
        "country": "PH",
        "work": [
            ("Ramp Agent", "Skyport Aviation Services Corp.", "2023-01", "", [
                "Load and unload baggage and cargo on A320/A321 and A330 aircraft at NAIA Terminal 3",
                "Drive tow tractors and operate belt loaders and conveyors airside",
                "Place chocks and cones and assist marshalling on arrival and departure",
            ]),
            ("Baggage Handler", "Philippine Airport Ground Support Solutions", "2021-06", "2022-12", [
                "Sorted and loaded checked baggage in the make-up area and on the apron",
            ]),
        ],
        "skills": {"Ramp": ["Baggage loading", "Tow tractor", "Belt loader", "Aircraft chocking", "Marshalling"]},
        "certs": [
            ("Professional Driver's License", "Land Transportation Office (LTO)", "2020-10"),
        ],
        "edu": [("Two-year course", "Associate in Computer Technology", "STI College Parañaque", "2019")],
        "langs": [("Filipino", "Native"), ("English", "Good")],
        "unq": {
            "work": [
                ("Ramp Agent", "Skyport Aviation Services Corp.", "2026-01", "", [
                    "Load and unload baggage and cargo on A320/A321 and A330 aircraft at NAIA Terminal 3",
                    "Drive tow tractors and operate belt loaders and conveyors airside",
                    "Place chocks and cones and assist marshalling on arrival and departure",
                ]),
                ("Delivery Rider", "Lalamove", "2021-06", "2025-12", [
                    "Delivered parcels and documents across Metro Manila by motorcycle",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("at least 2 years ramp/baggage handling experience", ["years", "yrs"], "years"),
    },
    {
        "id": "delivery_driver-fresh11-1",
        "occ": "delivery_driver",
        "title": "Multi-drop Delivery Driver - 7.5t (C1)",
        "company": "Pennine Parcel & Pallet Ltd",
        "location": "Bradford, West Yorkshire, UK",
        "posting": """
C1 Multi-drop Driver - Bradford depot
£13.50/hr days, overtime at time and a half | Mon-Fri 6am starts

We deliver palletised and boxed freight to shops, trade counters and sites across Yorkshire. You'll drive a 7.5 tonne tail-lift box van, 20-30 drops a day.

Must have:
- C1 licence (7.5t) - essential, no exceptions
- Max 6 points, no DR/IN/CD endorsements
- Experience of multi-drop or courier work
- Right to work in the UK

We'll put you through your Driver CPC periodic training and tachograph refresher in-house. Pre-employment medical and drug & alcohol test apply.
""",
        "name": "Imran Hussain",
        "label": "Multi-drop Driver",
        "summary": "Multi-drop driver with courier and trade counter routes across West Yorkshire; clean licence with 3 points. British citizen.",
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Delivery Driver", "Yorkshire Trade Supplies", "2022-05", "", [
                "Deliver builders' merchant orders to trade customers and sites; 20+ drops a day",
                "Drive a rigid box lorry with tail-lift and complete daily walkaround checks",
            ]),
            ("Courier Driver", "Parcel Express (self-employed)", "2020-02", "2022-04", [
                "Multi-drop parcel route of 120+ stops a day in a Luton van",
            ]),
        ],
        "skills": {"Driving": ["Multi-drop routes", "Tail-lift operation", "Vehicle walkaround checks", "Proof of delivery scanners"]},
        "certs": [
            ("Full UK driving licence - categories B, C1 and C (rigid HGV), 3 points", "DVLA", "2021-11"),
            ("Driver Qualification Card (Driver CPC)", "DVSA", "2021-11"),
        ],
        "edu": [],
        "langs": [("English", "Native"), ("Urdu", "Fluent")],
        "unq": {
            "certs": [
                ("Full UK driving licence - category B only, 3 points", "DVLA", "2014-06"),
            ],
        },
        "swaps": [("Drive a rigid box lorry with tail-lift", "Drive a 3.5 tonne Luton van with tail-lift")],
        "decisive": ("C1 licence (7.5 tonne)", ["C1", "Category C1"], "licence level"),
    },
    {
        "id": "delivery_driver-fresh11-2",
        "occ": "delivery_driver",
        "title": "CDL-A Local Delivery Driver - Chemical Distribution (Hazmat)",
        "company": "Bayou Chemical Supply",
        "location": "Houston, TX",
        "posting": """
Local CDL-A Delivery Driver - home every night

Bayou Chemical Supply delivers drums, totes and packaged industrial chemicals to plants, water treatment facilities and pool supply stores around Houston.

What you need:
- Class A CDL with Hazmat (H) endorsement - required; most loads are placarded
- 2+ yrs verifiable Class A driving experience
- Current DOT medical card
- Clean MVR (no more than 2 moving violations in 3 yrs)
- TWIC card a plus

What you'll do: pre-trip/post-trip inspections, load securement of drums and totes, liftgate and pallet jack deliveries, shipping papers and ELD logs.

$30-$34/hr, 401(k) with match, medical/dental/vision, weekly pay.
""",
        "name": "Darnell Whitfield",
        "label": "Commercial Truck Driver",
        "summary": "Class A driver moving placarded freight in the Houston area; clean MVR and a solid load-securement record.",
        "where": ("Pasadena", "TX"),
        "work": [
            ("Class A Driver - Local", "Gulf Coast Industrial Freight", "2022-10", "", [
                "Deliver drums, totes and palletised chemicals to refineries and water plants on the Ship Channel",
                "Handle hazardous materials shipping papers, placarding and emergency response information",
                "Complete DVIRs and keep hours on ELD",
            ]),
            ("Regional Driver", "Lone Star Flatbed", "2020-03", "2022-09", [
                "Hauled steel and building materials across Texas and Louisiana; load securement with chains and straps",
            ]),
        ],
        "skills": {"Driving": ["Load securement", "Placarding", "ELD", "Liftgate deliveries", "Pre-trip inspection"]},
        "certs": [
            ("Texas Commercial Driver License, Class A - endorsements H (hazardous materials) and N (tank)", "Texas DPS", "2022-08"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2026-02"),
            ("TWIC", "TSA", "2023-04"),
        ],
        "edu": [("High School Diploma", "", "Sam Rayburn High School", "2011")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Texas Commercial Driver License, Class A - endorsement N (tank)", "Texas DPS", "2020-02"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2026-02"),
                ("TWIC", "TSA", "2023-04"),
            ],
            "summary": "Class A driver moving industrial freight in the Houston area; clean MVR and a solid load-securement record.",
        },
        "swaps": [("Handle hazardous materials shipping papers, placarding and emergency response information", "Handle bills of lading and delivery receipts"), ("\"Placarding\", ", "")],
        "decisive": ("Hazmat (H) endorsement on the CDL", ["Hazmat", "H endorsement", "hazardous materials", "placarded", "Placarding"], "endorsement"),
    },
    {
        "id": "track_maintenance_worker-fresh11-1",
        "occ": "track_maintenance_worker",
        "title": "Track Operative / Trackworker",
        "company": "Railcore Infrastructure Services",
        "location": "Doncaster, South Yorkshire, UK",
        "posting": """
Track Operatives - Network Rail framework, Doncaster & surrounding areas
£16.50-£19.00 p/h (nights & weekends enhanced) | long-term work

We're looking for Track Operatives to join our plain line maintenance gangs on the East Coast Main Line.

Duties: tamping support, rail and sleeper changes, ballast regulation, clearing drainage, installing and removing possessions equipment, following the Safe Work Pack and instructions from the COSS/PIC.

Requirements
- Valid PTS (Personal Track Safety) with Sentinel card - ESSENTIAL
- Able to pass a Network Rail drug & alcohol medical
- Prepared to work nights and weekends
- Own transport desirable due to site locations
- Right to work in the UK

Previous rail or civil engineering experience desirable. Additional competencies (Handsignaller, ICI, Small Tools) will be trained for the right people.
""",
        "name": "Kieran Walsh",
        "label": "Trackworker",
        "summary": "Rail and civils operative with plain line maintenance and groundworks experience; happy on nights and weekends. British citizen with own car.",
        "where": ("Doncaster", "South Yorkshire"),
        "country": "GB",
        "work": [
            ("Trackworker (agency)", "Rail Staffing Solutions", "2023-06", "", [
                "Work night possessions on plain line: sleeper and rail changes, ballast shoulder work, drainage clearance",
                "Follow COSS briefings and Safe Work Packs on the East Coast Main Line",
            ]),
            ("Groundworks Operative", "Don Valley Civils", "2020-03", "2023-05", [
                "Drainage, kerbing and ducting on highways schemes",
            ]),
        ],
        "skills": {"Rail": ["Plain line maintenance", "Sleeper changes", "Ballast work", "Track drainage"], "Civils": ["Drainage", "Kerbing"]},
        "certs": [
            ("Personal Track Safety - Sentinel smart card (DCCR/ PTS AC)", "Network Rail Sentinel scheme", "2025-06"),
            ("CSCS Green Card - Labourer", "CSCS", "2024-01"),
            ("Full UK driving licence (Category B)", "DVLA", "2017-08"),
        ],
        "edu": [],
        "langs": [("English", "Native")],
        "unq": {
            "label": "Civils Operative",
            "certs": [
                ("CSCS Green Card - Labourer", "CSCS", "2024-01"),
                ("Full UK driving licence (Category B)", "DVLA", "2017-08"),
            ],
            "work": [
                ("Civils Labourer - Highways", "Rail Staffing Solutions", "2023-06", "", [
                    "Night shift highways resurfacing and drainage clearance",
                    "Follow supervisor briefings and method statements on motorway schemes",
                ]),
                ("Groundworks Operative", "Don Valley Civils", "2020-03", "2023-05", [
                    "Drainage, kerbing and ducting on highways schemes",
                ]),
            ],
            "skills": {"Civils": ["Drainage", "Kerbing", "Highways resurfacing"]},
            "summary": "Civils operative with highways and groundworks experience; happy on nights and weekends. British citizen with own car.",
        },
        "swaps": [],
        "decisive": ("valid PTS (Personal Track Safety) with Sentinel card", ["PTS", "Personal Track Safety", "Sentinel"], "certificate"),
    },
    {
        "id": "track_maintenance_worker-fresh11-2",
        "occ": "track_maintenance_worker",
        "title": "Track Maintainer",
        "company": "Tasman Track Services Ltd",
        "location": "Palmerston North, Manawatū, New Zealand",
        "posting": """
Track Maintainer - Palmerston North
Permanent full-time, $31-$36 per hour + call-out allowance

Keep the North Island Main Trunk safe and running. Our Palmerston North team inspects and maintains track, turnouts and level crossings between Taihape and Levin.

What you'll be doing:
* Track inspections and defect repairs
* Sleeper, rail and fastening renewals; ballast and drainage work
* Operating hi-rail vehicles and small plant
* Being part of a 24/7 call-out roster

What you'll need:
* Minimum 3 years' experience in track maintenance or rail civil works
* Full NZ Class 1 driver licence (Class 2 an advantage)
* Ability to pass a pre-employment drug and alcohol test and medical
* NZ citizenship or residency, or a valid work visa

Full training in track safety and rail competencies is provided.
""",
        "name": "Wiremu Tane",
        "label": "Rail Track Ganger",
        "summary": "Track worker and ganger maintaining main-line track, turnouts and crossings; comfortable on call-out. NZ citizen.",
        "where": ("Feilding", "Manawatū-Whanganui"),
        "country": "NZ",
        "work": [
            ("Track Ganger", "KiwiRail", "2023-04", "", [
                "Lead a four-person gang on track inspections, defect repairs and turnout maintenance",
                "Operate hi-rail vehicles and hand-held track plant",
            ]),
            ("Track Worker", "Downer Rail", "2020-06", "2023-03", [
                "Sleeper and rail renewals, ballast cleaning and drainage on the NIMT",
            ]),
        ],
        "skills": {"Rail": ["Track inspection", "Turnout maintenance", "Sleeper renewal", "Hi-rail operation", "Drainage"]},
        "certs": [
            ("NZ Driver Licence - Class 1 (full) and Class 2", "NZ Transport Agency Waka Kotahi", "2019-01"),
        ],
        "edu": [("NCEA Level 2", "", "Feilding High School", "2014")],
        "langs": [("English", "Native"), ("Te Reo Māori", "Conversational")],
        "unq": {
            "work": [
                ("Track Ganger", "KiwiRail", "2025-03", "", [
                    "Lead a four-person gang on track inspections, defect repairs and turnout maintenance",
                    "Operate hi-rail vehicles and hand-held track plant",
                ]),
                ("Farm Hand", "Rangitīkei Dairies", "2020-06", "2025-02", [
                    "Milking, fencing and tractor work on a 600-cow dairy farm",
                ]),
            ],
            "label": "Rail Track Worker",
        },
        "swaps": [("Track worker and ganger maintaining", "Track worker maintaining")],
        "decisive": ("minimum 3 years' track maintenance experience", ["years", "yrs"], "years"),
    },
    {
        "id": "deckhand-fresh11-1",
        "occ": "deckhand",
        "title": "Deckhand - Able Seaman (AB)",
        "company": "Puget Sound Towing & Barge",
        "location": "Seattle, WA",
        "posting": """
Deckhand / AB - Tug & Barge (Inland & Coastwise)

Puget Sound Towing & Barge runs tugs moving fuel, aggregate and container barges between Puget Sound, the Columbia River and Alaska. We need deckhands for 14-on/14-off rotations.

Duties: line handling and making up tows, standing wheelhouse lookout watches, deck maintenance (chipping, painting, greasing), assisting with fuel transfers and emergency drills.

Requirements:
- USCG Merchant Mariner Credential (MMC) with an AB endorsement (AB-Limited or higher) - required for our manning certificates
- STCW Basic Training
- TWIC
- Able to pass DOT/USCG drug testing and a physical
- 1+ year on tugs, barges or workboats

Day rate $360-$420 DOE, medical/dental, 401(k), travel paid to vessel.
""",
        "name": "Kyle Haugen",
        "label": "Deckhand",
        "summary": "Tug and barge deckhand experienced in making up tows, line handling and wheelhouse watches.",
        "where": ("Everett", "WA"),
        "work": [
            ("Deckhand", "Cascade Marine Towing", "2022-04", "", [
                "Make up and break tows, handle lines and wires on harbor and coastwise tugs",
                "Stand lookout and helm watches under the mate",
                "Chip, paint and grease deck machinery; assist with barge fuel transfers",
            ]),
            ("Deckhand / Galley", "Salish Sea Ferries (contract)", "2021-05", "2022-03", [
                "Handled mooring lines and assisted passengers and vehicles on a car ferry",
            ]),
        ],
        "skills": {"Seamanship": ["Line handling", "Towing", "Lookout and helm", "Deck maintenance", "Fuel transfer"]},
        "certs": [
            ("Merchant Mariner Credential - Able Seaman-Limited, Lifeboatman", "U.S. Coast Guard National Maritime Center", "2024-02"),
            ("STCW Basic Training", "Pacific Maritime Institute", "2021-04"),
            ("TWIC", "TSA", "2021-04"),
        ],
        "edu": [("High School Diploma", "", "Cascade High School", "2019")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Merchant Mariner Credential - Ordinary Seaman (OS), Wiper", "U.S. Coast Guard National Maritime Center", "2021-04"),
                ("STCW Basic Training", "Pacific Maritime Institute", "2021-04"),
                ("TWIC", "TSA", "2021-04"),
            ],
        },
        "swaps": [("Stand lookout and helm watches under the mate", "Stand lookout watches under the mate")],
        "decisive": ("MMC with an AB (Able Seaman) endorsement", ["AB", "Able Seaman", "Able Seafarer", "AB-Limited"], "endorsement"),
    },
    {
        "id": "deckhand-fresh11-2",
        "occ": "deckhand",
        "title": "Deckhand / Coxswain - Reef Day Tours",
        "company": "Whitsunday Reef Charters",
        "location": "Airlie Beach QLD, Australia",
        "posting": """
Deckhand / Coxswain - Whitsunday Reef Charters

We run high-speed day trips to the outer reef and Whitehaven Beach. You'll crew our 30 m catamaran and skipper our 7.5 m tender to run snorkellers between the mothership and the pontoon.

Must have:
- Coxswain Grade 1 Near Coastal (Cox G1 NC) - required to drive the tender within 3 nm of the parent vessel
- Elements of Shipboard Safety
- First Aid (HLTAID011) & CPR
- Marine Radio Operator's VHF Certificate (MROVC) or higher
- Blue card desirable (school groups)

Also: a positive attitude, great customer service, and a love of the reef. Casual rate $38.50/hr (incl. loading).
""",
        "name": "Tahlia Brennan",
        "label": "Marine Crew / Tender Driver",
        "summary": "Reef tour crew with tender driving, passenger safety briefings and snorkel supervision experience.",
        "where": ("Cannonvale", "QLD"),
        "country": "AU",
        "work": [
            ("Deckhand / Tender Driver", "Coral Sea Day Cruises", "2024-08", "", [
                "Drive a 6.5 m tender ferrying snorkellers and divers between the vessel and the reef",
                "Handle lines when berthing, run passenger safety briefings and lookout for swimmers",
            ]),
            ("Deckhand", "Magnetic Island Ferries", "2022-09", "2024-07", [
                "Mooring, ticketing and passenger service on a high-speed ferry",
            ]),
        ],
        "skills": {"Marine": ["Tender operation", "Line handling", "Passenger safety", "Snorkel supervision"]},
        "certs": [
            ("Certificate of Competency - Coxswain Grade 1 Near Coastal", "Australian Maritime Safety Authority (AMSA)", "2024-06"),
            ("Elements of Shipboard Safety (MARF027/028/029)", "TAFE Queensland", "2022-08"),
            ("HLTAID011 Provide First Aid", "St John Ambulance Queensland", "2025-09"),
            ("Marine Radio Operator's VHF Certificate", "Australian Maritime College", "2022-08"),
        ],
        "edu": [("Certificate II in Maritime Operations", "Coxswain Grade 1 Near Coastal", "TAFE Queensland", "2024")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Certificate of Competency - Coxswain Grade 2 Near Coastal", "Australian Maritime Safety Authority (AMSA)", "2024-06"),
                ("Elements of Shipboard Safety (MARF027/028/029)", "TAFE Queensland", "2022-08"),
                ("HLTAID011 Provide First Aid", "St John Ambulance Queensland", "2025-09"),
                ("Marine Radio Operator's VHF Certificate", "Australian Maritime College", "2022-08"),
            ],
            "edu": [("Certificate I in Maritime Operations", "Coxswain Grade 2 Near Coastal", "TAFE Queensland", "2024")],
        },
        "swaps": [],
        "decisive": ("Coxswain Grade 1 Near Coastal certificate", ["Grade 1", "G1", "Coxswain Grade 1"], "credential level"),
    },
]
# fmt: on
