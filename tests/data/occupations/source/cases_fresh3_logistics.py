"""fresh3, logistics: merchant mariner / deck officer, school bus driver (two cases each)."""

CASES = [
    # ------------------------------------------------------------------ merchant mariner
    {
        "id": "merchant-mariner-fresh3-1",
        "occ": "merchant_mariner",
        "title": "Mate - DP Offshore Supply Vessel",
        "company": "Edison Chouest Offshore",
        "location": "Galliano, LA",
        "posting": """
Mate - DP Offshore Supply Vessel (Gulf of America and international charters)

Edison Chouest Offshore is hiring Mates for our DP-2 platform supply vessel fleet. Our vessels support deepwater
drilling in the Gulf and are regularly chartered for work in Brazil, Guyana and West Africa, so international
STCW compliance is required of every officer.

Requirements
- USCG Merchant Mariner Credential with Mate (OSV) or Mate 1600 GRT Oceans (or higher)
- STCW Officer in Charge of a Navigational Watch (OICNW) endorsement, Reg. II/1
- Nautical Institute DP Unlimited certificate
- Current TWIC and USCG medical certificate
- 2+ years of sea service as a deck officer on OSVs
- Must pass a DOT drug screen and company physical

Rotation 28/28 with crew change travel paid. Medical, dental, 401(k). Edison Chouest is an equal opportunity
employer.
""",
        "name": "Brett Guidry",
        "label": "Deck Officer, DP Vessels",
        "summary": "Deck officer on DP-2 platform supply vessels in deepwater Gulf and offshore West Africa: "
        "navigational "
        "watches, DP operations and cargo transfers.",
        "where": ("Cut Off", "LA"),
        "work": [
            (
                "Second Mate / DPO",
                "Harvey Gulf International Marine",
                "2021-06",
                None,
                [
                    "Stand the navigational and DP watch on 300-ft PSVs on 28-day hitches, including charters off "
                    "Angola",
                    "Run cargo and liquid mud transfers at deepwater rigs in DP-2",
                ],
            ),
            (
                "Able Seaman",
                "Hornbeck Offshore",
                "2017-03",
                "2021-05",
                ["Deck operations, mooring and cargo work on OSVs"],
            ),
        ],
        "edu": [("Certificate", "Marine Deck Officer Program", "Fletcher Technical Community College", "2019")],
        "skills": {
            "Navigation": ["ECDIS", "ARPA radar", "bridge resource management"],
            "DP": ["Kongsberg K-Pos", "DP-2 operations"],
        },
        "certs": [
            (
                "Merchant Mariner Credential: Mate 1600 GRT Oceans",
                "U.S. Coast Guard National Maritime Center",
                "2021-04",
            ),
            (
                "STCW Officer in Charge of a Navigational Watch, Reg. II/1 (less than 3000 GT)",
                "U.S. Coast Guard National Maritime Center",
                "2021-04",
            ),
            ("STCW Basic Training", "U.S. Coast Guard National Maritime Center", "2017-02"),
            ("DP Unlimited Certificate", "The Nautical Institute", "2022-08"),
            ("TWIC", "Transportation Security Administration", "2022-01"),
            ("USCG Medical Certificate", "U.S. Coast Guard", "2025-02"),
        ],
        "unq": {
            "certs": [
                (
                    "Merchant Mariner Credential: Mate 1600 GRT Oceans (national endorsement; no STCW officer "
                    "endorsement)",
                    "U.S. Coast Guard National Maritime Center",
                    "2021-04",
                ),
                ("STCW Basic Training", "U.S. Coast Guard National Maritime Center", "2017-02"),
                ("DP Unlimited Certificate", "The Nautical Institute", "2022-08"),
                ("TWIC", "Transportation Security Administration", "2022-01"),
                ("USCG Medical Certificate", "U.S. Coast Guard", "2025-02"),
            ],
        },
        "swaps": [["on 28-day hitches, including charters off Angola", "on 28-day hitches in the U.S. Gulf"]],
        "decisive": (
            "STCW OICNW endorsement (Reg. II/1)",
            ["OICNW", "Officer in Charge of a Navigational Watch"],
            "endorsement",
        ),
    },
    {
        "id": "merchant-mariner-fresh3-2",
        "occ": "merchant_mariner",
        "title": "Captain - Passenger Ferry",
        "company": "Casco Bay Lines",
        "location": "Portland, ME",
        "posting": """
Casco Bay Lines runs year-round passenger and vehicle ferry service between Portland and the islands of Casco Bay.
We are hiring a full-time Captain.

The Captain is responsible for the safe navigation of the vessel in all weather, including fog and winter
conditions, for the crew, and for compliance with the vessel's Certificate of Inspection.

To be considered you must hold a USCG Master 100 GRT Near Coastal license or higher and have at least three years
of experience in command of inspected passenger vessels. Local knowledge of Casco Bay is preferred. You will also
need a current TWIC, USCG medical certificate and enrollment in a DOT drug testing program, and you must be able to
work a rotating schedule that includes holidays and weekends.

Full-time captains receive health and dental insurance, a retirement plan and paid time off.
""",
        "name": "Sarah Pelletier",
        "label": "Passenger Vessel Master",
        "summary": "Master of inspected passenger vessels on Maine's coast, with year-round island ferry and harbor "
        "excursion experience in fog and winter weather.",
        "where": ("South Portland", "ME"),
        "work": [
            (
                "Vessel Master, Island Ferry Service",
                "Maine State Ferry Service",
                "2023-04",
                None,
                [
                    "Command a 149-passenger ferry on year-round island runs in Penobscot Bay, 40% of trips in "
                    "restricted visibility",
                    "Run fire, abandon-ship and man-overboard drills and keep Certificate of Inspection logs",
                ],
            ),
            (
                "Relief Captain",
                "Portland Discovery Land & Sea Tours",
                "2021-04",
                "2023-03",
                ["Operated 49-passenger harbor tour vessels in Casco Bay"],
            ),
            (
                "Deckhand, then Mate",
                "Portland Discovery Land & Sea Tours",
                "2016-05",
                "2021-03",
                ["Line handling, passenger safety briefings and watchstanding"],
            ),
        ],
        "edu": [("Bachelor of Science", "Marine Transportation Operations", "Maine Maritime Academy", "2016")],
        "skills": {
            "Vessel operations": ["radar navigation", "restricted visibility", "Subchapter T and K vessels", "drills"],
        },
        "certs": [
            (
                "Merchant Mariner Credential: Master 200 GRT Near Coastal",
                "U.S. Coast Guard National Maritime Center",
                "2022-10",
            ),
            ("TWIC", "Transportation Security Administration", "2021-02"),
            ("USCG Medical Certificate", "U.S. Coast Guard", "2025-06"),
        ],
        "unq": {
            "summary": "Passenger vessel master on Maine's coast, with island ferry experience in fog and winter "
            "weather after years as deckhand and mate.",
            "work": [
                (
                    "Vessel Master, Island Ferry Service",
                    "Maine State Ferry Service",
                    "2024-11",
                    None,
                    [
                        "Command a 149-passenger ferry on year-round island runs in Penobscot Bay, 40% of trips in "
                        "restricted visibility",
                        "Run fire, abandon-ship and man-overboard drills and keep Certificate of Inspection logs",
                    ],
                ),
                (
                    "Mate",
                    "Maine State Ferry Service",
                    "2021-04",
                    "2024-10",
                    ["Watchstanding, line handling and vehicle loading under the captain"],
                ),
                (
                    "Deckhand",
                    "Portland Discovery Land & Sea Tours",
                    "2016-05",
                    "2021-03",
                    ["Line handling, passenger safety briefings and watchstanding"],
                ),
            ],
        },
        "decisive": ("3 years in command of inspected passenger vessels", ["years", "yrs"], "years"),
    },
    # ------------------------------------------------------------------ school bus driver
    {
        "id": "school-bus-driver-fresh3-1",
        "occ": "school_bus_driver",
        "title": "School Bus Driver",
        "company": "First Student",
        "location": "Columbus, OH",
        "posting": """
First Student is hiring School Bus Drivers for the 2026-27 school year in Columbus.

Requirements:
* Class B CDL with Passenger (P) and School Bus (S) endorsements and no air brake restriction. Our Columbus fleet
  is full-size Type C and Type D buses.
* At least 21 years old with 3+ years of driving experience
* Clean driving record and ability to pass a DOT physical, drug screen and fingerprint background check
* Completion of Ohio pre-service school bus driver training (we provide it, paid)

Perks: paid training, split-shift schedule that works around family, medical/dental/vision for full-time drivers,
paid holidays and a sign-on bonus. First Student is an equal opportunity employer.
""",
        "name": "Denise Holloway",
        "label": "School Bus Driver",
        "summary": "Safe, punctual school bus driver with a clean record, experienced with special-needs routes, "
        "student management and pre-trip inspections.",
        "where": ("Reynoldsburg", "OH"),
        "work": [
            (
                "Route Driver",
                "Reynoldsburg City Schools",
                "2020-08",
                None,
                [
                    "Drive a 72-passenger Type C route twice daily with zero preventable accidents",
                    "Perform DOT pre-trip and post-trip inspections; manage student behavior and radio dispatch",
                ],
            ),
            (
                "Van Driver",
                "Franklin County Board of Developmental Disabilities",
                "2017-06",
                "2020-07",
                ["Transported adults with disabilities in wheelchair-accessible vans"],
            ),
        ],
        "edu": [("High School Diploma", "", "Reynoldsburg High School", "2004")],
        "skills": {
            "Driving": ["pre-trip inspections", "student management", "wheelchair lifts", "defensive driving"],
        },
        "certs": [
            ("Commercial Driver's License Class B, P and S endorsements, air brakes", "Ohio BMV", "2020-07"),
            ("Ohio Pre-Service School Bus Driver Training", "Ohio Department of Education and Workforce", "2020-08"),
            ("DOT Medical Examiner's Certificate", "FMCSA", "2025-07"),
        ],
        "unq": {
            "work": [
                (
                    "Route Driver",
                    "Reynoldsburg City Schools",
                    "2020-08",
                    None,
                    [
                        "Drive a 14-passenger Type A special-needs route twice daily with zero preventable accidents",
                        "Perform DOT pre-trip and post-trip inspections; manage student behavior and radio dispatch",
                    ],
                ),
                (
                    "Van Driver",
                    "Franklin County Board of Developmental Disabilities",
                    "2017-06",
                    "2020-07",
                    ["Transported adults with disabilities in wheelchair-accessible vans"],
                ),
            ],
            "certs": [
                ("Commercial Driver's License Class C, P and S endorsements, air brakes", "Ohio BMV", "2020-07"),
                (
                    "Ohio Pre-Service School Bus Driver Training",
                    "Ohio Department of Education and Workforce",
                    "2020-08",
                ),
                ("DOT Medical Examiner's Certificate", "FMCSA", "2025-07"),
            ],
        },
        "decisive": ("Class B CDL", ["Class B"], "licence level"),
    },
    {
        "id": "school-bus-driver-fresh3-2",
        "occ": "school_bus_driver",
        "title": "Bus Operator",
        "company": "Montgomery County Public Schools",
        "location": "Rockville, MD",
        "posting": """
MCPS Department of Transportation - Bus Operator I

Minimum qualifications
- Valid Class B CDL with P and S endorsements (MCPS will train and sponsor qualified candidates without one)
- Minimum of three years of experience driving a school bus, transit bus or motorcoach
- Good driving record; no more than 3 points on the MVR
- Meet Maryland State Department of Education school bus driver physical standards

Knowledge, skills and abilities: safe operation of large vehicles, communicating with students and parents,
following written and verbal instructions, completing route and inspection paperwork.

MCPS offers a full benefits package, state pension and paid leave. MCPS is an equal opportunity employer.
""",
        "name": "Samuel Osei",
        "label": "School Bus Operator",
        "summary": "Commercial passenger driver with school-route and motorcoach experience, a clean MVR and a record "
        "of on-time, incident-free service.",
        "where": ("Gaithersburg", "MD"),
        "work": [
            (
                "Route Driver, Special Education Transportation",
                "Frederick County Public Schools",
                "2021-08",
                None,
                [
                    "Drive a lift-equipped Type C bus on a special education route; secure wheelchairs and car seats",
                    "Complete pre-trip inspection and route logs daily",
                ],
            ),
            (
                "Motorcoach Operator",
                "Eyre Bus & Travel",
                "2019-04",
                "2021-07",
                ["Drove charter groups on day and overnight trips throughout the Mid-Atlantic"],
            ),
        ],
        "edu": [("High School Diploma", "", "Watkins Mill High School", "2008")],
        "skills": {"Driving": ["pre-trip inspections", "wheelchair securement", "defensive driving", "clean MVR"]},
        "certs": [
            ("Commercial Driver's License Class B, passenger and school bus endorsements", "Maryland MVA", "2019-03"),
            ("MSDE School Bus Driver Certification", "Maryland State Department of Education", "2021-08"),
        ],
        "unq": {
            "summary": "School bus driver with a clean MVR, previously a package delivery driver.",
            "work": [
                (
                    "Route Driver, Special Education Transportation",
                    "Frederick County Public Schools",
                    "2024-11",
                    None,
                    [
                        "Drive a lift-equipped Type C bus on a special education route; secure wheelchairs and car "
                        "seats",
                        "Complete pre-trip inspection and route logs daily",
                    ],
                ),
                (
                    "Package Delivery Driver",
                    "UPS",
                    "2017-05",
                    "2024-10",
                    ["Delivered 150+ stops a day in a package car"],
                ),
            ],
            "certs": [
                (
                    "Commercial Driver's License Class B, passenger and school bus endorsements",
                    "Maryland MVA",
                    "2024-09",
                ),
                ("MSDE School Bus Driver Certification", "Maryland State Department of Education", "2024-11"),
            ],
        },
        "decisive": ("3 years of school bus, transit or motorcoach driving", ["years", "yrs"], "years"),
    },
]
