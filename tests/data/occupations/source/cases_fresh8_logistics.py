"""Fresh8 half, logistics: drone pilot, aircraft loadmaster, rail car inspector.

Written blind (writer b, December 2026).
"""

# ruff: noqa: E501

# fmt: off
CASES = [
    {
        "id": "drone_pilot-fresh8-1",
        "occ": "drone_pilot",
        "title": "UAV Pilot - Asset Inspection (Specific Category)",
        "company": "Cyberhawk",
        "location": "Livingston, Scotland",
        "country": "GB",
        "posting": """
We're growing our UK inspection team and need UAV pilots to fly close-proximity inspections of wind turbines, transmission towers, flare stacks and rail structures.

What you'll be doing
- Planning and flying VLOS inspection missions under our CAA Operational Authorisation
- Capturing high-resolution imagery and thermal data to our inspection standards
- Completing risk assessments, site surveys and flight logs; briefing client site teams
- Travelling across the UK (around 50% of the time), with some offshore work after training

Essential
- CAA General VLOS Certificate (GVC) - the A2 CofC alone is not sufficient for work under our OA
- Valid CAA Flyer ID
- 1+ year flying multirotor UAS commercially (DJI Matrice 300/350 RTK ideal)
- Full UK driving licence
- Happy to work at height on site and in variable weather

Desirable
- GWO Basic Safety Training, BOSIET, thermography (Level 1)

Salary £30k-£38k plus site allowances, 25 days' leave, pension and private medical.
""",
        "name": "Eilidh Ross",
        "label": "Commercial Drone Pilot",
        "summary": "Commercial UAS pilot flying surveys and inspections in Scotland since 2022; Matrice 350 RTK, thermal payloads and photogrammetry.",
        "where": ("Falkirk", "Scotland"),
        "work": [
            ("Drone Pilot & Data Technician", "Caledonian Aerial Surveys", "2022-09", "", [
                "Fly roof, chimney and telecom mast inspections with Matrice 350 RTK and H20T payload",
                "Produce orthomosaics and 3D models in DJI Terra and Pix4D for construction clients",
                "Write site risk assessments and keep flight and maintenance logs for the operator's authorisation",
            ]),
            ("Survey Assistant", "Forth Land Surveys", "2019-06", "2022-08", [
                "GNSS and total station surveys; processed point clouds for topographic drawings",
            ]),
        ],
        "skills": {"UAS": ["DJI Matrice 300/350 RTK", "Zenmuse H20T thermal", "Mission planning", "Photogrammetry"], "Software": ["DJI Terra", "Pix4D", "AutoCAD"]},
        "certs": [
            ("General VLOS Certificate (GVC) - Multirotor", "Heliguy (CAA Recognised Assessment Entity)", "2022-07"),
            ("CAA Flyer ID", "UK Civil Aviation Authority", "2025-06"),
            ("Full UK Driving Licence (Cat B)", "DVLA", "2015-10"),
        ],
        "edu": [("HNC", "Geospatial Surveying", "Forth Valley College", "2019")],
        "unq": {
            "certs": [
                ("A2 Certificate of Competency (A2 CofC)", "Heliguy (CAA Recognised Assessment Entity)", "2022-07"),
                ("CAA Flyer ID", "UK Civil Aviation Authority", "2025-06"),
                ("Full UK Driving Licence (Cat B)", "DVLA", "2015-10"),
            ],
        },
        "swaps": [],
        "decisive": ("CAA General VLOS Certificate (GVC)", ["GVC", "General VLOS Certificate", "VLOS Certificate"], "credential level"),
    },
    {
        "id": "drone_pilot-fresh8-2",
        "occ": "drone_pilot",
        "title": "RPAS Pilot - Survey & Mapping",
        "company": "Prairie Aerial Survey Ltd.",
        "location": "Calgary, AB",
        "country": "CA",
        "posting": """
Prairie Aerial Survey provides drone mapping, LiDAR and volumetrics for oil & gas, pipeline and municipal clients across Alberta and Saskatchewan.

The role
You'll plan and fly RPAS missions, many of them in controlled airspace near airports or close to bystanders on active municipal sites, and process the data back at the office.

Requirements
- Transport Canada Pilot Certificate - Advanced Operations (flight review completed) - mandatory, as most of our sites need advanced operations
- Restricted Operator Certificate with Aeronautical Qualification (ROC-A)
- 1+ years of commercial RPAS flying; experience with fixed-wing VTOL or multirotor LiDAR an asset
- Class 5 Alberta driver's licence; able to travel for multi-day field work
- H2S Alive and Standard First Aid (or willing to obtain)

Compensation: $62,000-$75,000 + field bonus, benefits after 3 months, RRSP match.

Prairie Aerial Survey is an equal opportunity employer. We thank all applicants; only those selected for an interview will be contacted.
""",
        "name": "Ryan Kowalchuk",
        "label": "RPAS Pilot / GIS Technician",
        "summary": "Drone pilot and GIS tech doing volumetrics and corridor mapping for energy and construction clients in Alberta.",
        "where": ("Airdrie", "AB"),
        "work": [
            ("RPAS Pilot", "Foothills Geomatics", "2023-04", "", [
                "Fly stockpile volumetrics and pipeline right-of-way mapping with DJI M350 and Zenmuse L2 LiDAR",
                "Coordinate with NAV CANADA for flights near Calgary International and Springbank",
                "Process data in DJI Terra and Global Mapper; deliver surfaces and reports to clients",
            ]),
            ("GIS Technician", "Rocky View County", "2020-06", "2023-03", [
                "Maintained municipal GIS layers in ArcGIS Pro; supported the county's drone program",
            ]),
        ],
        "skills": {"RPAS": ["DJI M350 RTK", "Zenmuse L2 LiDAR", "WingtraOne VTOL", "Flight planning"], "GIS": ["ArcGIS Pro", "Global Mapper", "DJI Terra"]},
        "certs": [
            ("Pilot Certificate - Advanced Operations (RPAS)", "Transport Canada", "2023-02"),
            ("Restricted Operator Certificate with Aeronautical Qualification (ROC-A)", "Innovation, Science and Economic Development Canada", "2023-01"),
            ("H2S Alive", "Energy Safety Canada", "2025-04"),
            ("Standard First Aid with CPR C", "St. John Ambulance", "2025-04"),
            ("Alberta Class 5 Driver's Licence", "Alberta Registries", "2014-09"),
        ],
        "edu": [("Diploma", "Geographic Information Systems", "SAIT", "2020")],
        "unq": {
            "certs": [
                ("Pilot Certificate - Basic Operations (RPAS)", "Transport Canada", "2023-02"),
                ("Restricted Operator Certificate with Aeronautical Qualification (ROC-A)", "Innovation, Science and Economic Development Canada", "2023-01"),
                ("H2S Alive", "Energy Safety Canada", "2025-04"),
                ("Standard First Aid with CPR C", "St. John Ambulance", "2025-04"),
            ("Alberta Class 5 Driver's Licence", "Alberta Registries", "2014-09"),
            ],
        },
        "swaps": [("Coordinate with NAV CANADA for flights near Calgary International and Springbank", "Plan flights in uncontrolled airspace at rural well sites and gravel pits")],
        "decisive": ("Transport Canada Pilot Certificate - Advanced Operations", ["Advanced", "Advanced Operations"], "licence level"),
    },
    {
        "id": "aircraft_loadmaster-fresh8-1",
        "occ": "aircraft_loadmaster",
        "title": "Loadmaster - B747-400F (AMC Missions)",
        "company": "National Airlines",
        "location": "Orlando, FL",
        "posting": """
National Airlines operates B747-400 freighters worldwide for commercial and U.S. government (Air Mobility Command) customers. We are hiring Loadmasters to fly on our B747 fleet.

Duties
- Plan and supervise loading of palletized, rolling stock and outsized cargo; verify weight & balance and restraint
- Inspect hazardous materials and prepare NOTOC
- Coordinate with ramp crews, military aerial port personnel and flight crew
- Fly as a crewmember on multi-day trips (14-on/14-off typical)

Minimum qualifications
- 2+ years as a loadmaster on wide-body freighters, or as a military loadmaster (C-5, C-17, C-130, KC-10)
- Active DoD Secret security clearance (required for AMC mission access - interim not accepted)
- Current IATA DGR / 49 CFR hazmat certification
- Valid U.S. passport with no travel restrictions; able to obtain a SIDA badge
- High school diploma or GED

Benefits include medical/dental/vision, 401(k), per diem and crew travel benefits. National Airlines is an EEO employer.
""",
        "name": "Andre Mitchell",
        "label": "Flying Loadmaster",
        "summary": "Civilian flying loadmaster on B747 and B767 freighters, charter and government work into the Middle East and Europe.",
        "where": ("Kissimmee", "FL"),
        "work": [
            ("Loadmaster", "Western Global Airlines", "2021-05", "2026-04", [
                "Supervised loading of B747-400F and MD-11F, including oversized military rolling stock",
                "Calculated weight and balance, checked restraint and signed load sheets",
                "Checked dangerous goods acceptance and issued NOTOC to the captain",
            ]),
            ("Cargo Load Planner", "Atlas Air (Miami hub)", "2018-02", "2021-04", [
                "Built load plans for B747 and B767 freighters in the load control system",
            ]),
        ],
        "skills": {"Loadmaster": ["Weight & balance", "ULD and pallet build-up", "Cargo restraint", "NOTOC", "Oversize cargo"], "Aircraft": ["B747-400F", "B767-300F", "MD-11F"]},
        "certs": [
            ("Active DoD Secret Clearance (T3, reinvestigated 2024)", "Defense Counterintelligence and Security Agency", "2024-08"),
            ("IATA Dangerous Goods Regulations - Cat 6", "IATA Training", "2026-01"),
            ("Valid U.S. Passport", "U.S. Department of State", "2022-03"),
        ],
        "edu": [("High School Diploma", "General", "Osceola High School", "2014")],
        "unq": {
            "certs": [
                ("IATA Dangerous Goods Regulations - Cat 6", "IATA Training", "2026-01"),
                ("Valid U.S. Passport", "U.S. Department of State", "2022-03"),
                ("SIDA Badge (MCO)", "Greater Orlando Aviation Authority", "2026-05"),
            ],
        },
        "swaps": [],
        "decisive": ("Active DoD Secret security clearance", ["Secret", "security clearance"], "clearance level"),
    },
    {
        "id": "aircraft_loadmaster-fresh8-2",
        "occ": "aircraft_loadmaster",
        "title": "Flying Loadmaster - Wide-Body Freighter",
        "company": "Maximus Air",
        "location": "Abu Dhabi, UAE",
        "country": "AE",
        "posting": """
Maximus Air, an Abu Dhabi-based cargo airline, is seeking an experienced Flying Loadmaster to join our flight operations team.

Key accountabilities
- Supervise loading and off-loading of main deck and lower deck cargo to the approved load plan
- Ensure weight and balance, centre of gravity and floor-loading limits are respected
- Inspect and accept dangerous goods and special loads (AVI, PER, HEA, outsize)
- Complete loadmaster documentation and brief the commander

Requirements
- Minimum 5 years' experience as a flying loadmaster on wide-body freighter aircraft (A330F, B747F, B777F or IL-76)
- Valid IATA Dangerous Goods Regulations Category 6 certificate
- Good command of English (ICAO Level 4 or higher)
- Medically fit and holding a passport valid for at least 12 months
- Willing to be based in Abu Dhabi with frequent worldwide layovers

Tax-free salary, housing allowance, annual air ticket, medical insurance and end-of-service benefits according to UAE Labour Law.
""",
        "name": "Viktor Petrenko",
        "label": "Flying Loadmaster",
        "summary": "Flying loadmaster on IL-76 and B747 freighters: humanitarian, oil and gas and outsize charter cargo across Africa, Asia and the Middle East.",
        "where": ("Sharjah", "Sharjah"),
        "work": [
            ("Flying Loadmaster", "Silk Way West Airlines", "2021-09", "", [
                "Supervise main deck and lower deck loading on B747-8F and B777F",
                "Check weight and balance, centre of gravity and floor loads against the load sheet",
                "Accept dangerous goods and special loads, including live animals and heavy machinery",
            ]),
            ("Flying Loadmaster", "Ukraine Air Alliance", "2017-03", "2021-08", [
                "Flew as loadmaster on IL-76TD outsize charters for mining and oil and gas customers",
                "Planned tie-down and restraint for vehicles and generators up to 40 t",
            ]),
        ],
        "skills": {"Loadmaster": ["Weight & balance", "Load planning", "Tie-down and restraint", "Special loads"], "Aircraft": ["B747-8F", "B777F", "IL-76TD"]},
        "certs": [
            ("IATA Dangerous Goods Regulations - Category 6", "IATA Training Centre Dubai", "2026-03"),
            ("ICAO English Language Proficiency - Level 5", "Ukrainian State Aviation Service", "2023-06"),
            ("Aircrew Medical Certificate (Class 2)", "State Civil Aviation Administration of Azerbaijan", "2026-02"),
            ("Ukrainian passport (valid to 2032)", "State Migration Service of Ukraine", "2022-05"),
        ],
        "edu": [("Bachelor", "Air Transport Operations", "National Aviation University, Kyiv", "2016")],
        "langs": [("Ukrainian", "Native"), ("Russian", "Fluent"), ("English", "Fluent")],
        "unq": {
            "work": [
                ("Flying Loadmaster", "Silk Way West Airlines", "2024-06", "", [
                    "Supervise main deck and lower deck loading on B747-8F and B777F",
                    "Check weight and balance, centre of gravity and floor loads against the load sheet",
                    "Accept dangerous goods and special loads, including live animals and heavy machinery",
                ]),
                ("Cargo Load Control Agent", "Ukraine Air Alliance", "2017-03", "2024-05", [
                    "Prepared load sheets and load plans for IL-76TD charters from the ground office",
                    "Planned tie-down and restraint for vehicles and generators up to 40 t",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 5 years as a flying loadmaster on wide-body freighters", ["years", "5 years", "five years"], "years"),
    },
    {
        "id": "rail_car_inspector-fresh8-1",
        "occ": "rail_car_inspector",
        "title": "Carman - Freight Car Inspector",
        "company": "BNSF Railway",
        "location": "Galesburg, IL",
        "posting": """
BNSF Railway is hiring experienced Carmen for our Galesburg hump yard.

Carmen inspect, test and repair freight cars to keep trains moving safely. You will work outdoors in all weather on rotating shifts, weekends and holidays.

Responsibilities
- Perform mechanical inspections of freight cars under 49 CFR Part 215 and Class I brake tests under 49 CFR Part 232
- Identify defects and apply bad-order tags; make running repairs (knuckles, air hoses, brake shoes, safety appliances)
- Use hand and power tools, torches and welding equipment
- Record inspections in handheld devices

Qualifications
- Minimum 3 years' experience as a qualified freight car inspector / carman at a railroad, car shop or private car owner
- Knowledge of the AAR Field Manual and Office Manual
- Valid driver's license
- Able to lift 80+ lbs, climb on and between rail cars and walk on ballast
- Welding certification is a plus

Starting rate $34.05/hr with union-negotiated increases; railroad retirement, health and dental benefits. BNSF is an equal opportunity employer.
""",
        "name": "Jesse Alvarado",
        "label": "Carman",
        "summary": "Carman doing freight car inspection, air brake testing and running repairs in Midwest yards and car shops.",
        "where": ("Peoria", "IL"),
        "work": [
            ("Carman / Car Inspector", "Illinois Central Rail Services", "2020-04", "", [
                "Inspect inbound and outbound trains to FRA Part 215 and perform Class I air brake tests",
                "Change knuckles, air hoses and brake shoes in the yard; bad-order cars for the shop",
                "Enter inspection results in the handheld car inspection system",
            ]),
            ("Car Repair Helper", "Greenbrier Rail Services", "2018-01", "2020-03", [
                "Assisted carmen with truck and coupler repairs; torch cutting and MIG welding",
            ]),
        ],
        "skills": {"Inspection": ["49 CFR 215", "49 CFR 232 air brake tests", "AAR Field and Office Manuals", "Bad-order tagging"], "Repair": ["Couplers and knuckles", "Brake rigging", "MIG welding", "Oxy-acetylene cutting"]},
        "certs": [
            ("AWS D15.1 Welder Qualification (Railroad Cars)", "Greenbrier Rail Services", "2019-06"),
            ("Illinois Driver's License (Class D)", "Illinois Secretary of State", "2012-05"),
        ],
        "edu": [("Certificate", "Welding Technology", "Illinois Central College", "2017")],
        "unq": {
            "work": [
                ("Carman / Car Inspector", "Illinois Central Rail Services", "2025-08", "", [
                    "Inspect inbound and outbound trains to FRA Part 215 and perform Class I air brake tests",
                    "Change knuckles, air hoses and brake shoes in the yard; bad-order cars for the shop",
                    "Enter inspection results in the handheld car inspection system",
                ]),
                ("Car Repair Helper", "Greenbrier Rail Services", "2018-01", "2025-07", [
                    "Assisted carmen with truck and coupler repairs; torch cutting and MIG welding",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 3 years as a qualified freight car inspector / carman", ["years", "3 years", "three years"], "years"),
    },
    {
        "id": "rail_car_inspector-fresh8-2",
        "occ": "rail_car_inspector",
        "title": "Carman / Wagonnier - Car Inspector",
        "company": "CN",
        "location": "Montréal, QC",
        "country": "CA",
        "posting": """
Carman - Taschereau Yard, Montréal

As a Carman you will inspect, test and repair rail cars to make sure our trains leave the yard safe and on time.

What you'll do
- Safety inspections of freight cars under the Railway Freight Car Inspection and Safety Rules (Transport Canada)
- Air brake tests, running repairs and bad-ordering of defective cars
- Work with yard crews and the mechanical desk by radio

What you bring
- 2+ years of experience inspecting or repairing freight cars
- Bilingual: French and English (spoken and written). Work in this yard is carried out in French, per Quebec's Charter of the French Language, and you will deal with English-speaking train crews from Ontario.
- Valid driver's licence
- Able to work outdoors in all weather, nights and weekends

Pay: $38.00/hr plus shift differentials. Pension plan, health and dental, employee share plan.

CN is an employment equity employer and encourages all qualified applicants, including women, Indigenous peoples, persons with disabilities and visible minorities.
""",
        "name": "Daniel Brooks",
        "label": "Carman - Rail Car Inspector",
        "summary": "Rail car inspector with freight yard and car shop background in Ontario, relocated to the Montreal area in late 2026; air brake tests, running repairs and safety appliances.",
        "where": ("Pointe-Claire", "QC"),
        "work": [
            ("Carman", "Canadian Pacific Kansas City - Toronto Yard", "2022-05", "2026-10", [
                "Inspect freight cars to the Railway Freight Car Inspection and Safety Rules and perform air brake tests",
                "Replace brake shoes, knuckles and air hoses; bad-order cars for the shop track",
                "Communicate with yardmasters and train crews by radio",
            ]),
            ("Car Repair Mechanic", "Progress Rail Services (Hamilton)", "2019-09", "2022-04", [
                "Repaired tank and hopper cars: couplers, draft gear, safety appliances",
            ]),
        ],
        "skills": {"Inspection": ["Railway Freight Car Inspection and Safety Rules", "Air brake testing", "Safety appliances"], "Repair": ["Draft gear", "Couplers", "Brake rigging", "Welding (SMAW)"]},
        "certs": [
            ("Canadian Rail Operating Rules (CROR) - Qualified", "Canadian Pacific Kansas City", "2025-03"),
            ("Quebec Driver's Licence (Class 5)", "SAAQ", "2026-02"),
        ],
        "edu": [("Certificate", "Industrial Mechanic Millwright Techniques", "Mohawk College", "2019")],
        "langs": [("English", "Native"), ("French", "Fluent (spoken and written)")],
        "unq": {
            "langs": [("English", "Native"), ("Spanish", "Conversational")],
        },
        "swaps": [],
        "decisive": ("Bilingual French and English", ["French", "bilingual", "français"], "language"),
    },
]
