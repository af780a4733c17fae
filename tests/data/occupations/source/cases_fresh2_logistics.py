"""fresh2 cases, logistics group (written blind; sources in fresh2_sources_a.md)."""

CASES = [
    {
        "id": "crane-operator-fresh2-1",
        "occ": "crane_operator",
        "title": "Mobile Crane Operator",
        "company": "Cross Country Construction",
        "location": "Brooklyn, NY",
        "posting": """
Mobile crane operator for high-rise and infrastructure work in the five boroughs.

Requirements
- NYC Department of Buildings Hoisting Machine Operator (HMO) license, Class A
- NCCCO Mobile Crane Operator certification (telescopic and/or lattice boom)
- Valid DOT medical card
- Experience with critical picks and lift plans; Local 14/15 membership a plus
""",
        "name": "Vincent Russo",
        "label": "Crane Operator",
        "summary": "Mobile crane operator: hydraulic and lattice boom cranes, tight urban sites, critical lifts.",
        "where": ("Staten Island", "NY"),
        "work": [
            (
                "Crane Operator",
                "Atlantic Hoisting Services",
                "2019-04",
                "",
                [
                    "Operates Liebherr LTM 1250 and Manitowoc 999 on street-closure and rooftop picks",
                    "Reviews lift plans with the engineer; critical picks of HVAC units and precast",
                ],
            ),
            (
                "Oiler / Apprentice Operator",
                "Atlantic Hoisting Services",
                "2015-03",
                "2019-03",
                ["Assembly and rigging of lattice boom sections; daily inspections"],
            ),
        ],
        "edu": [("High School Diploma", "", "Tottenville High School", "2014-06")],
        "skills": {"Equipment": ["hydraulic truck crane", "lattice boom crawler", "load charts", "lift plans"]},
        "certs": [
            ("Hoisting Machine Operator License, Class A", "NYC Department of Buildings", "2019-03"),
            ("NCCCO Mobile Crane Operator - TLL, TSS, LBC", "NCCCO", "2023-02"),
            ("DOT Medical Card", "FMCSA", "2026-01"),
        ],
        "unq": {
            "where": ("Quincy", "MA"),
            "certs": [
                ("Hoisting Engineer License 1A", "Massachusetts Office of Public Safety and Inspections", "2019-03"),
                ("NCCCO Mobile Crane Operator - TLL, TSS, LBC", "NCCCO", "2023-02"),
                ("DOT Medical Card", "FMCSA", "2026-01"),
            ],
        },
        "decisive": (
            "NYC Class A Hoisting Machine Operator license",
            ["Hoisting Machine Operator", "HMO", "NYC", "New York City"],
            "jurisdiction",
        ),
    },
    {
        "id": "crane-operator-fresh2-2",
        "occ": "crane_operator",
        "title": "Crawler Crane Operator",
        "company": "Maxim Crane Works",
        "location": "La Porte, TX",
        "posting": """
Crawler crane operator for petrochemical turnarounds and plant construction on the Gulf Coast.

Must have
* NCCCO Lattice Boom Crawler (LBC) certification
* 5+ years operating lattice boom crawler cranes (150 ton and up)
* TWIC card
* Able to read load charts and work from a rigging plan
""",
        "name": "Earl Pritchett",
        "label": "Crane Operator",
        "summary": "Operator of large crawler cranes on refinery and plant construction jobs.",
        "where": ("Pasadena", "TX"),
        "work": [
            (
                "Crane Operator",
                "Deep South Crane & Rigging",
                "2018-02",
                "",
                [
                    "Runs Manitowoc 2250 and Liebherr LR 1300 crawlers on refinery turnarounds",
                    "Tandem lifts of vessels and exchangers under engineered rigging plans",
                ],
            ),
            ("Rigger", "Mammoet", "2014-05", "2018-01", ["Rigging and signaling for heavy lifts"]),
        ],
        "edu": [("High School Diploma", "", "Deer Park High School", "2014-05")],
        "skills": {"Equipment": ["Manitowoc 2250", "Liebherr LR 1300", "load charts", "tandem lifts"]},
        "certs": [
            ("NCCCO Lattice Boom Crawler (LBC)", "NCCCO", "2022-11"),
            ("TWIC", "TSA", "2023-07"),
        ],
        "unq": {
            "work": [
                (
                    "Crane Operator",
                    "Deep South Crane & Rigging",
                    "2023-05",
                    "",
                    [
                        "Runs Manitowoc 2250 and Liebherr LR 1300 crawlers on refinery turnarounds",
                        "Tandem lifts of vessels and exchangers under engineered rigging plans",
                    ],
                ),
                (
                    "Oiler / Rigger",
                    "Mammoet",
                    "2014-05",
                    "2023-04",
                    ["Rigging, signaling and oiling for crawler crane crews on heavy lifts"],
                ),
            ],
        },
        "decisive": ("5+ years operating lattice boom crawler cranes", ["years", "yrs"], "years"),
    },
    {
        "id": "airline-pilot-fresh2-1",
        "occ": "airline_pilot",
        "title": "First Officer - CRJ700/900",
        "company": "SkyWest Airlines",
        "location": "Salt Lake City, UT",
        "posting": """
First Officer, CRJ fleet. Bases in SLC, DEN, ORD, DTW.

Minimum qualifications:
- FAA Airline Transport Pilot (ATP) certificate, airplane multi-engine (R-ATP accepted)
- Current FAA first- or second-class medical
- Valid passport and FCC radiotelephone operator permit
- Able to pass a TSA background check and pre-employment drug test
""",
        "name": "Nathan Cole",
        "label": "Pilot",
        "summary": "Multi-engine flight instructor and charter pilot, 1,640 hours total time.",
        "where": ("Provo", "UT"),
        "work": [
            (
                "Charter Pilot, King Air 350",
                "Alpine Air Express",
                "2024-03",
                "",
                ["Part 135 cargo and charter flights in the Mountain West; 620 hours turbine time"],
            ),
            (
                "Certificated Flight Instructor (CFI/CFII/MEI)",
                "Utah Valley University Aviation",
                "2021-09",
                "2024-02",
                ["Instrument and multi-engine instruction; 900 hours dual given"],
            ),
        ],
        "edu": [("Bachelor of Science", "Aviation Science", "Utah Valley University", "2021-05")],
        "skills": {"Aviation": ["multi-engine", "IFR", "Part 135", "crew resource management"]},
        "certs": [
            ("Airline Transport Pilot Certificate, AMEL", "FAA", "2025-10"),
            ("Flight Instructor: CFI, CFII, MEI", "FAA", "2021-08"),
            ("First-Class Medical Certificate", "FAA", "2026-06"),
            ("FCC Restricted Radiotelephone Operator Permit", "FCC", "2021-01"),
            ("U.S. Passport", "U.S. Department of State", "2022-05"),
        ],
        "swaps": [
            ("Airline Transport Pilot Certificate, AMEL", "Commercial Pilot Certificate, AMEL, Instrument Airplane"),
        ],
        "decisive": ("FAA ATP certificate", ["ATP", "Airline Transport Pilot"], "licence level"),
    },
    {
        "id": "airline-pilot-fresh2-2",
        "occ": "airline_pilot",
        "title": "Captain - Citation XLS (Part 135)",
        "company": "Wheels Up",
        "location": "Columbus, OH",
        "posting": """
Pilot in command for on-demand charter in the Citation XLS.

Requirements:
 - ATP certificate with CE-560XL type rating (or able to complete type at our expense)
 - FAA First Class Medical, current
 - 3,000 hours total time, 1,000 multi-engine, 500 turbine PIC
 - Clean FAA record; live within 90 minutes of CMH
""",
        "name": "Gregory Halvorsen",
        "label": "Captain",
        "summary": "Corporate and charter captain: 5,200 hours total, 4,300 multi-engine, 4,000 turbine PIC.",
        "where": ("Dublin", "OH"),
        "work": [
            (
                "Captain, Citation Excel/XLS",
                "NetJets",
                "2021-01",
                "",
                ["Part 91K/135 PIC on CE-560XL; 1,900 hours in type", "Line check airman since 2024"],
            ),
            (
                "Pilot in Command, King Air 200",
                "Central Ohio Aviation Services",
                "2015-06",
                "2020-12",
                ["Air ambulance and charter; 2,100 hours turbine PIC"],
            ),
        ],
        "edu": [("Bachelor of Science", "Professional Flight", "Kent State University", "2014-05")],
        "skills": {"Aviation": ["CE-560XL", "Part 135", "turbine PIC", "line checks"]},
        "certs": [
            ("Airline Transport Pilot, CE-560XL type rating", "FAA", "2021-02"),
            ("First-Class Medical Certificate", "FAA", "2026-08"),
        ],
        "swaps": [("First-Class Medical Certificate", "Second-Class Medical Certificate")],
        "decisive": ("FAA first-class medical", ["First Class", "first-class", "1st class"], "credential level"),
    },
    {
        "id": "truck-driver-fresh2-1",
        "occ": "truck_driver",
        "title": "CDL-A Tanker Driver - Fuel Delivery",
        "company": "Sunoco LP",
        "location": "San Antonio, TX",
        "posting": """
Local fuel delivery to retail sites; home daily. Load at terminals, deliver gasoline and diesel.

Requirements:
- Class A CDL with Tanker (N) and Hazmat (H) endorsements, or X
- 1 year of Class A tractor-trailer experience (tanker preferred)
- TWIC card or able to obtain
- Clean MVR; pass DOT physical and drug screen
""",
        "name": "Raymond Castillo",
        "label": "CDL-A Driver",
        "summary": "Tank truck driver hauling bulk liquids; top and bottom loading, no preventable accidents.",
        "where": ("New Braunfels", "TX"),
        "work": [
            (
                "Tank Truck Driver",
                "Dairy Farmers of America",
                "2021-04",
                "",
                [
                    "Hauls raw milk in stainless tankers from farms to the plant; about 2,500 miles a week",
                    "Pumps off, washes and seals tanks; keeps ELD logs",
                ],
            ),
            (
                "Tractor-Trailer Driver",
                "H-E-B Transportation",
                "2018-09",
                "2021-03",
                ["Regional dry van and reefer deliveries to stores"],
            ),
        ],
        "edu": [("Certificate", "Commercial Driving", "Alamo Colleges", "2018-08")],
        "skills": {"Driving": ["tanker", "ELD", "pre-trip inspection", "liquid surge"]},
        "certs": [
            ("Texas CDL Class A - endorsements H, N, T", "Texas DPS", "2018-08"),
            ("TWIC", "TSA", "2024-05"),
        ],
        "swaps": [("endorsements H, N, T", "endorsements N, T")],
        "decisive": ("Hazmat (H) endorsement", ["Hazmat", "hazardous materials", "H endorsement"], "endorsement"),
    },
    {
        "id": "truck-driver-fresh2-2",
        "occ": "truck_driver",
        "title": "OTR Truck Driver - Dry Van",
        "company": "Werner Enterprises",
        "location": "Omaha, NE",
        "posting": """
Over-the-road dry van driver, 2-3 weeks out. No-touch freight.

Requirements
* Valid Class A CDL
* At least 2 years of verifiable Class A tractor-trailer driving experience
* No more than 2 moving violations in the last 3 years
* Pass DOT physical and drug screen
""",
        "name": "Curtis Pham",
        "label": "Truck Driver",
        "summary": "Commercial driver: clean MVR, ELD logs, on-time deliveries.",
        "where": ("Council Bluffs", "IA"),
        "work": [
            (
                "Long-Haul Driver, 53' Dry Van",
                "Crete Carrier",
                "2022-01",
                "",
                ["48-state over-the-road loads; 110,000 miles a year; on-time rate 98%"],
            ),
            (
                "Regional Driver, Tractor-Trailer",
                "Hirschbach Motor Lines",
                "2019-10",
                "2021-12",
                ["Midwest regional reefer runs; drop-and-hook"],
            ),
        ],
        "edu": [("Certificate", "Truck Driving", "Iowa Western Community College", "2019-09")],
        "skills": {"Driving": ["ELD", "trip planning", "pre-trip inspection"]},
        "certs": [("Iowa CDL Class A", "Iowa DOT", "2019-09")],
        "unq": {
            "work": [
                (
                    "Long-Haul Driver, 53' Dry Van",
                    "Crete Carrier",
                    "2026-01",
                    "",
                    ["48-state over-the-road loads since finishing Class A training in 2025"],
                ),
                (
                    "Route Delivery Driver, 26' Box Truck",
                    "Sysco",
                    "2019-10",
                    "2025-12",
                    ["Local food-service deliveries with a Class B straight truck; hand-truck unloading"],
                ),
            ],
            "certs": [("Iowa CDL Class A", "Iowa DOT", "2025-12")],
        },
        "decisive": ("2 years of Class A tractor-trailer experience", ["years", "yrs"], "years"),
    },
    {
        "id": "forklift-operator-fresh2-1",
        "occ": "forklift_operator",
        "title": "Reach Truck Operator - 2nd Shift",
        "company": "Amazon",
        "location": "Kent, WA",
        "posting": """
Reach Truck Operator, 2nd shift (2:30 pm - 11 pm). Putaway and replenishment in 30-foot racking.

Must have:
- Current reach truck certification (stand-up, narrow aisle)
- 6 months forklift experience in a warehouse or DC
- Use RF scanners; count inventory accurately
- Lift up to 50 lb
""",
        "name": "Dmitri Volkov",
        "label": "Forklift Operator",
        "summary": "Warehouse forklift operator: putaway, replenishment, RF scanning, zero incidents in 3 years.",
        "where": ("Auburn", "WA"),
        "work": [
            (
                "Forklift Operator",
                "Safeway Distribution Center",
                "2023-03",
                "",
                [
                    "Putaway and replenishment in high-bay racking using RF scanners",
                    "Cycle counts with 99.6% accuracy",
                ],
            ),
            ("Warehouse Associate", "UNFI", "2021-06", "2023-02", ["Picking, loading trailers, pallet jack"]),
        ],
        "edu": [("High School Diploma", "", "Auburn Riverside High School", "2021-06")],
        "skills": {
            "Warehouse": ["RF scanner", "putaway", "cycle counts", "sit-down forklift", "stand-up narrow aisle"]
        },
        "certs": [
            ("Powered Industrial Truck Operator - Class II reach truck", "Safeway Distribution Center", "2023-04"),
            ("Powered Industrial Truck Operator - Class IV sit-down counterbalance", "UNFI", "2022-08"),
        ],
        "swaps": [
            ("Class II reach truck", "Class IV sit-down counterbalance"),
            (', "stand-up narrow aisle"', ""),
        ],
        "decisive": ("reach truck certification", ["reach truck", "reach-truck", "Class II"], "endorsement"),
    },
    {
        "id": "forklift-operator-fresh2-2",
        "occ": "forklift_operator",
        "title": "Forklift Operator Lead (Bilingual)",
        "company": "Sysco",
        "location": "Houston, TX",
        "posting": """
Forklift lead for our freezer and dock team, nights.

Requirements:
- Bilingual: English and Spanish (spoken) required - you will train and direct a Spanish-speaking crew
- 2+ yrs forklift operation in a distribution center
- Forklift certification (sit-down and pallet jack)
- Work in -10F freezer with provided gear
""",
        "name": "Kevin Tran",
        "label": "Forklift Operator",
        "summary": "Forklift operator and trainer in cold-storage distribution; dock loading and freezer putaway.",
        "where": ("Pasadena", "TX"),
        "work": [
            (
                "Forklift Operator / Trainer",
                "Americold Logistics",
                "2021-02",
                "",
                [
                    "Freezer putaway and dock loading on nights; trains new operators",
                    "Runs the shift's pre-use inspection checklist",
                ],
            ),
            ("Forklift Operator", "H-E-B Warehouse", "2018-05", "2021-01", ["Dock loading, sit-down forklift"]),
        ],
        "edu": [("High School Diploma", "", "Dobie High School", "2018-05")],
        "skills": {"Warehouse": ["sit-down forklift", "pallet jack", "freezer", "RF scanner"]},
        "certs": [("Forklift Operator Certification - sit-down and electric pallet jack", "Americold", "2021-03")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("English and Spanish", ["Spanish", "bilingual"], "language"),
    },
]
