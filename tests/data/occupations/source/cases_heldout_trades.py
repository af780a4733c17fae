"""Held-out half, trades: electrician, plumber, HVAC technician, welder, CDL truck driver, forklift operator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "electrician-heldout-1",
        "occ": "electrician",
        "title": "Master Electrician / Service Manager",
        "company": "Mister Sparky",
        "location": "Charlotte, NC",
        "posting": """
We need a licensed Master Electrician to run our residential service department: pull permits under your license, supervise 8 service electricians, estimate jobs and handle inspections.

Requirements:
- Master Electrician license (NC Unlimited or Intermediate electrical contractor qualifier accepted)
- 8+ years in the electrical trade, residential service preferred
- Clean driving record
""",
        "name": "Robert Hayes",
        "label": "Electrical Contractor Qualifier",
        "summary": "Licensed master electrician and qualifier who has run residential service teams, permits and inspections.",
        "where": ("Concord", "NC"),
        "work": [
            ("Service Manager", "Bolt Electric", "2020-01", "", [
                "Supervise 6 service electricians; estimate panel upgrades, EV chargers and generator installs",
                "Pull permits and meet inspectors as the license qualifier",
            ]),
            ("Journeyman Electrician", "Bolt Electric", "2014-03", "2019-12", [
                "Residential service, remodels and panel changes",
            ]),
        ],
        "skills": {"Electrical": ["Residential service", "Estimating", "Permitting", "NEC", "Crew supervision"], "Other": ["Clean driving record"]},
        "certs": [
            ("Master Electrician / Unlimited Electrical Contractor Qualifier", "North Carolina State Board of Examiners of Electrical Contractors", "2019-11"),
        ],
        "edu": [("Diploma", "Electrical Systems Technology", "Rowan-Cabarrus Community College", "2013")],
        "unq": {
            "label": "Journeyman Electrician",
            "summary": "Licensed journeyman electrician who has led residential service teams and dealt with inspections.",
            "work": [
                ("Lead Service Electrician", "Bolt Electric", "2020-01", "", [
                    "Lead 6 service electricians; estimate panel upgrades, EV chargers and generator installs",
                    "Meet inspectors on permitted jobs pulled by the company owner",
                ]),
                ("Journeyman Electrician", "Bolt Electric", "2014-03", "2019-12", [
                    "Residential service, remodels and panel changes",
                ]),
            ],
            "certs": [("Journeyman Electrician Certificate", "North Carolina State Board of Examiners of Electrical Contractors", "2014-02")],
        },
        "decisive": ("Master Electrician license", ["master", "master electrician", "qualifier", "unlimited"], "licence level"),
    },
    {
        "id": "electrician-heldout-2",
        "occ": "electrician",
        "title": "Journey Level Electrician",
        "company": "Valley Electric",
        "location": "Everett, WA",
        "posting": """
Journey Level Electrician - commercial & light industrial
Must hold a Washington State (L&I) 01 General Journey Level Electrician certificate.
Conduit, MC, panels, lighting controls. Own tools. Prevailing wage jobs.
""",
        "name": "Shane Miller",
        "label": "General Journeyman Electrician",
        "summary": "General journeyman electrician in commercial and light industrial construction.",
        "where": ("Lynnwood", "WA"),
        "work": [
            ("Electrician", "Cochran Electric", "2020-05", "", [
                "Run EMT and MC, set panels and install lighting control systems in commercial buildings",
            ]),
        ],
        "skills": {"Electrical": ["Conduit", "MC cable", "Panels", "Lighting controls"]},
        "certs": [("01 General Journey Level Electrician Certificate", "Washington State Department of Labor & Industries", "2020-04")],
        "edu": [("Apprenticeship", "Inside Wireman", "Puget Sound Electrical JATC", "2020")],
        "unq": {
            "where": ("Portland", "OR"),
            "work": [
                ("Electrician", "Christenson Electric", "2020-05", "", [
                    "Run EMT and MC, set panels and install lighting control systems in commercial buildings",
                ]),
            ],
            "certs": [("General Journeyman Electrician License", "Oregon Building Codes Division", "2020-04")],
            "edu": [("Apprenticeship", "Inside Wireman", "Portland Area Electrical JATC", "2020")],
        },
        "decisive": ("Washington L&I 01 general journey level certificate", ["Washington", "L&I", "WA"], "jurisdiction"),
    },
    {
        "id": "electrician-heldout-3",
        "occ": "electrician",
        "title": "Industrial Electrician",
        "company": "Toyota Motor Manufacturing Kentucky",
        "location": "Georgetown, KY",
        "posting": """
The Industrial Electrician maintains, troubleshoots and repairs electrical systems on production equipment: robots, conveyors, presses and their controls. Candidates need at least five years of industrial electrical maintenance experience, the ability to read electrical schematics, and experience with PLCs and motor controls. An associate degree in industrial maintenance or electrical technology is preferred.
""",
        "name": "Justin Ward",
        "label": "Controls and Electrical Maintenance Technician",
        "summary": "Maintenance technician keeping automotive production lines running: robots, presses, PLCs and motor controls.",
        "where": ("Lexington", "KY"),
        "work": [
            ("Maintenance Technician - Electrical", "Ford Kentucky Truck Plant", "2021-02", "", [
                "Troubleshoot robot cells, press lines and conveyors from schematics",
                "Diagnose PLC and motor control faults; replace drives and sensors",
            ]),
            ("Multi-Craft Technician", "Lexmark", "2019-04", "2021-01", [
                "Electrical and mechanical repairs on packaging equipment",
            ]),
        ],
        "skills": {"Electrical": ["Schematics", "PLCs", "Motor controls", "Robotics", "VFDs"]},
        "edu": [("Associate in Applied Science", "Industrial Maintenance Technology", "Bluegrass Community and Technical College", "2019")],
        "unq": {
            "work": [
                ("Maintenance Technician - Electrical", "Ford Kentucky Truck Plant", "2025-01", "", [
                    "Troubleshoot robot cells, press lines and conveyors from schematics",
                    "Diagnose PLC and motor control faults; replace drives and sensors",
                ]),
                ("Production Associate", "Lexmark", "2019-04", "2024-12", [
                    "Assembled and packed printers on the line",
                ]),
            ],
        },
        "decisive": ("five years of industrial electrical maintenance", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "plumber-heldout-1",
        "occ": "plumber",
        "title": "Master Plumber",
        "company": "Roto-Rooter",
        "location": "Columbus, GA",
        "posting": """
Master Plumber (license holder)
- Georgia Master Plumber Class II license REQUIRED - you will be the company's license holder for permits
- 7+ yrs plumbing, service & remodel
- supervise techs, inspections, estimates
""",
        "name": "Curtis Bell",
        "label": "Plumbing Contractor",
        "summary": "Master plumber who has held permits for a service company; supervises techs and handles inspections.",
        "where": ("Phenix City", "AL"),
        "work": [
            ("Plumbing Service Manager", "Reliable Plumbing", "2019-06", "", [
                "License holder on all permits; supervise 7 plumbers and schedule inspections",
                "Estimate remodels, repipes and sewer replacements",
            ]),
            ("Journeyman Plumber", "ARS Rescue Rooter", "2013-01", "2019-05", [
                "Service and remodel plumbing",
            ]),
        ],
        "skills": {"Plumbing": ["Permitting", "Estimating", "Service and remodel", "Supervising technicians"]},
        "certs": [("Master Plumber, Class II (Unrestricted)", "Georgia State Construction Industry Licensing Board", "2019-04")],
        "edu": [("Diploma", "Plumbing", "Columbus Technical College", "2012")],
        "unq": {
            "summary": "Journeyman plumber who supervises techs and handles inspections for a service company.",
            "work": [
                ("Lead Plumber", "Reliable Plumbing", "2019-06", "", [
                    "Lead 7 plumbers and schedule inspections on jobs permitted by the owner",
                    "Estimate remodels, repipes and sewer replacements",
                ]),
                ("Journeyman Plumber", "ARS Rescue Rooter", "2013-01", "2019-05", [
                    "Service and remodel plumbing",
                ]),
            ],
            "certs": [("Journeyman Plumber", "Georgia State Construction Industry Licensing Board", "2013-01")],
            "label": "Journeyman Plumber",
        },
        "decisive": ("Georgia Master Plumber license", ["master", "master plumber", "license holder"], "licence level"),
    },
    {
        "id": "plumber-heldout-2",
        "occ": "plumber",
        "title": "Commercial Plumber - New Construction",
        "company": "Hensel Phelps",
        "location": "Austin, TX",
        "posting": """
Hensel Phelps is looking for commercial plumbers for a large mixed-use tower. Work includes underground waste and vent, cast iron and copper risers, domestic water and fixture sets.

You should have a Texas Journeyman Plumber license and at least four years of commercial new-construction plumbing experience (residential service work does not count toward this requirement). OSHA 10 required.
""",
        "name": "Isaac Mendoza",
        "label": "Journeyman Plumber",
        "summary": "Journeyman plumber on commercial towers: underground, cast iron risers and domestic water.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Plumber", "Brandt Companies", "2021-09", "", [
                "Install underground waste and vent, cast iron and copper risers on mid- and high-rise projects",
            ]),
            ("Plumber", "John Moore Services", "2019-02", "2021-08", [
                "Residential service calls",
            ]),
        ],
        "skills": {"Plumbing": ["Underground", "Cast iron", "Copper", "Domestic water", "Blueprint reading"]},
        "certs": [("Journeyman Plumber License", "Texas State Board of Plumbing Examiners", "2020-10"), ("OSHA 10", "OSHA", "2021-10")],
        "edu": [("High School Diploma", "", "Stony Point High School", "2018")],
        "unq": {
            "work": [
                ("Plumber", "Brandt Companies", "2025-04", "", [
                    "Install underground waste and vent, cast iron and copper risers on mid- and high-rise projects",
                ]),
                ("Plumber", "John Moore Services", "2019-02", "2025-03", [
                    "Residential service calls",
                ]),
            ],
        },
        "decisive": ("four years of commercial new-construction plumbing", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "plumber-heldout-3",
        "occ": "plumber",
        "title": "Journeyperson Plumber",
        "company": "Mechanical Contractors of Connecticut",
        "location": "Hartford, CT",
        "posting": """
Journeyperson Plumber wanted for commercial and institutional projects across central Connecticut. Applicants must hold a current Connecticut P-2 Journeyperson Plumbing license; out-of-state licenses must be converted before start. Three years of commercial experience and OSHA 10.
""",
        "name": "Anthony Russo",
        "label": "Licensed Plumber",
        "summary": "Journeyperson plumber on schools, labs and hospitals; copper, PVC and cast iron.",
        "where": ("New Britain", "CT"),
        "work": [
            ("Plumber", "BVH Integrated Services", "2020-06", "", [
                "Install domestic water, waste and vent in schools and labs",
            ]),
        ],
        "skills": {"Plumbing": ["Commercial plumbing", "Copper", "Cast iron", "PVC"]},
        "certs": [("P-2 Journeyperson Plumbing License", "Connecticut Department of Consumer Protection", "2020-05"), ("OSHA 10", "OSHA", "2020-07")],
        "edu": [("Diploma", "Plumbing and Heating", "E.C. Goodwin Technical High School", "2015")],
        "unq": {
            "where": ("Providence", "RI"),
            "work": [
                ("Plumber", "Arden Engineering Constructors", "2020-06", "", [
                    "Install domestic water, waste and vent in schools and labs",
                ]),
            ],
            "certs": [("Journeyperson Plumber License", "Rhode Island Department of Labor and Training", "2020-05"), ("OSHA 10", "OSHA", "2020-07")],
            "edu": [("Diploma", "Plumbing", "Providence Career and Technical Academy", "2015")],
        },
        "decisive": ("Connecticut P-2 journeyperson license", ["Connecticut", "CT", "P-2"], "jurisdiction"),
    },
    {
        "id": "hvac-heldout-1",
        "occ": "hvac_technician",
        "title": "Refrigeration Technician",
        "company": "Hillphoenix Service",
        "location": "Kansas City, MO",
        "posting": """
Supermarket Refrigeration Technician. Service rack systems, display cases and walk-in coolers and freezers for grocery chains.

Required: EPA 608 Type II or Universal certification; 2 years of commercial refrigeration experience; willingness to take after-hours calls.
""",
        "name": "Dustin Parker",
        "label": "Refrigeration Mechanic",
        "summary": "Commercial refrigeration mechanic servicing parallel racks, display cases and walk-ins.",
        "where": ("Olathe", "KS"),
        "work": [
            ("Refrigeration Service Technician", "Source Refrigeration & HVAC", "2022-01", "", [
                "Service parallel rack systems, display cases and walk-in boxes for grocery stores",
                "Leak checks, oil management and controller setup",
            ]),
            ("HVAC Helper", "Midwest Heating", "2020-06", "2021-12", [
                "Assisted with rooftop unit and furnace service",
            ]),
        ],
        "skills": {"Refrigeration": ["Parallel racks", "Display cases", "Walk-ins", "Leak detection", "E2 controllers"]},
        "certs": [("EPA 608 Universal Technician", "Mainstream Engineering", "2020-05")],
        "edu": [("Certificate", "HVAC/R", "Metropolitan Community College", "2020")],
        "unq": {
            "certs": [("EPA 608 Type I Technician (small appliances)", "Mainstream Engineering", "2020-05")],
        },
        "decisive": ("EPA 608 Type II or Universal", ["Type II", "Universal"], "credential level"),
    },
    {
        "id": "hvac-heldout-2",
        "occ": "hvac_technician",
        "title": "HVAC Technician",
        "company": "Service Experts",
        "location": "San Antonio, TX",
        "posting": """
HVAC Technician - residential service
- Texas ACR Certified Technician (TDLR) - a Registered Technician card is NOT enough for this position
- EPA 608
- 2 yrs residential service
- heat pumps, gas furnaces, split ACs
""",
        "name": "Oscar Villarreal",
        "label": "Residential HVAC Technician",
        "summary": "Residential HVAC technician for split ACs, heat pumps and gas furnaces; TDLR certified.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Service Technician", "Beyer Heating & Air", "2022-03", "", [
                "Diagnose and repair split ACs, heat pumps and gas furnaces",
            ]),
            ("Install Helper", "Beyer Heating & Air", "2021-01", "2022-02", [
                "Changeouts and duct installs",
            ]),
        ],
        "skills": {"HVAC": ["Split systems", "Heat pumps", "Gas furnaces", "Electrical troubleshooting"]},
        "certs": [
            ("Certified Technician, Air Conditioning and Refrigeration", "Texas Department of Licensing and Regulation", "2022-08"),
            ("EPA Section 608 Universal", "ESCO Institute", "2021-03"),
        ],
        "edu": [("Certificate", "HVAC Technology", "St. Philip's College", "2021")],
        "unq": {
            "certs": [
                ("Registered Technician, Air Conditioning and Refrigeration", "Texas Department of Licensing and Regulation", "2022-08"),
                ("EPA Section 608 Universal", "ESCO Institute", "2021-03"),
            ],
            "summary": "Residential HVAC technician for split ACs, heat pumps and gas furnaces; TDLR registered.",
        },
        "decisive": ("Texas ACR Certified Technician", ["certified technician", "ACR Certified"], "credential level"),
    },
    {
        "id": "hvac-heldout-3",
        "occ": "hvac_technician",
        "title": "Residential HVAC Service Technician",
        "company": "ARS/Rescue Rooter",
        "location": "Raleigh, NC",
        "posting": """
Do you like solving problems? Our service technicians diagnose and repair heating and cooling systems in customers' homes, explain options clearly, and keep our customers comfortable all year.

Requirements: at least three years of residential HVAC service experience (installation-only experience does not count); EPA 608 Universal; a valid driver license; NATE preferred.
""",
        "name": "Chris Dalton",
        "label": "Comfort Specialist",
        "summary": "Residential HVAC service specialist: diagnostics, repairs and maintenance plans.",
        "where": ("Cary", "NC"),
        "work": [
            ("HVAC Service Specialist", "Aire Serv", "2021-05", "", [
                "Diagnose and repair furnaces, heat pumps and ACs; 8-10 calls a day",
                "Explain repair and replacement options to homeowners",
            ]),
        ],
        "skills": {"HVAC": ["Diagnostics", "Heat pumps", "Furnaces", "Customer communication"], "Other": ["Valid North Carolina driver license"]},
        "certs": [("EPA 608 Universal", "ESCO Institute", "2020-11"), ("NATE Heat Pump Service", "NATE", "2023-02")],
        "edu": [("Diploma", "HVAC", "Wake Technical Community College", "2020")],
        "unq": {
            "work": [
                ("HVAC Service Specialist", "Aire Serv", "2025-06", "", [
                    "Diagnose and repair furnaces, heat pumps and ACs; 8-10 calls a day",
                    "Explain repair and replacement options to homeowners",
                ]),
                ("HVAC Installer", "Aire Serv", "2021-05", "2025-05", [
                    "Installed new systems and ductwork",
                ]),
            ],
            "certs": [("EPA 608 Universal", "ESCO Institute", "2020-11"), ("NATE Heat Pump Service", "NATE", "2025-10")],
        },
        "decisive": ("three years of residential HVAC service", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "welder-heldout-1",
        "occ": "welder",
        "title": "Welding Inspector (CWI)",
        "company": "Team Industrial Services",
        "location": "Baton Rouge, LA",
        "posting": """
Welding QC Inspector for refinery and pipeline projects.

Requirements:
- AWS Certified Welding Inspector (CWI) - current
- 5 years of welding or welding inspection experience
- knowledge of ASME B31.3, API 1104, AWS D1.1
- VT; NDE familiarity
""",
        "name": "Brett Landry",
        "label": "Welding Inspector",
        "summary": "Welding inspector on refinery and pipeline work; former pipe welder.",
        "where": ("Gonzales", "LA"),
        "work": [
            ("QA/QC Welding Inspector", "Mistras Group", "2022-02", "", [
                "Visual inspection of process piping to ASME B31.3 and pipeline welds to API 1104",
                "Review WPS/PQR and welder qualifications; witness NDE",
            ]),
            ("Pipe Welder", "Performance Contractors", "2016-05", "2022-01", [
                "Refinery pipe welding, GTAW/SMAW",
            ]),
        ],
        "skills": {"Inspection": ["Visual testing", "ASME B31.3", "API 1104", "AWS D1.1", "WPS/PQR review"]},
        "certs": [("AWS Certified Welding Inspector (CWI)", "American Welding Society", "2022-01")],
        "edu": [("Certificate", "Welding", "Baton Rouge Community College", "2016")],
        "unq": {
            "certs": [("AWS Certified Associate Welding Inspector (CAWI)", "American Welding Society", "2022-01")],
        },
        "decisive": ("AWS Certified Welding Inspector (CWI)", ["CWI", "certified welding inspector"], "credential level"),
    },
    {
        "id": "welder-heldout-2",
        "occ": "welder",
        "title": "Pipeline Welder",
        "company": "Precision Pipeline",
        "location": "Midland, TX",
        "posting": """
Pipeline welders (hand) - must pass API 1104 downhill test. 4 yrs pipeline welding experience minimum. Own rig preferred. H2S Clear and SafeLand.
""",
        "name": "Cole Jackson",
        "label": "Pipeline Welder",
        "summary": "Downhill stick pipeline welder on gathering and transmission lines.",
        "where": ("Odessa", "TX"),
        "work": [
            ("Welder", "Associated Pipe Line Contractors", "2021-03", "", [
                "Downhill SMAW on 8-36 inch transmission lines to API 1104",
            ]),
            ("Welder", "Primoris", "2019-01", "2021-02", [
                "Gathering line tie-ins and fabrication",
            ]),
        ],
        "skills": {"Welding": ["SMAW downhill", "API 1104", "Tie-ins", "Pipe fitting"]},
        "certs": [("API 1104 qualification", "Associated Pipe Line Contractors", "2025-03"), ("H2S Clear", "Energy Training Network", "2025-01"), ("SafeLand USA", "PEC Safety", "2024-06")],
        "edu": [("Certificate", "Pipeline Welding", "Odessa College", "2018")],
        "unq": {
            "work": [
                ("Welder", "Associated Pipe Line Contractors", "2025-07", "", [
                    "Downhill SMAW on 8-36 inch transmission lines to API 1104",
                ]),
                ("Structural Welder", "Permian Steel Fabricators", "2019-01", "2025-06", [
                    "Fabricated skids and structural steel",
                ]),
            ],
        },
        "decisive": ("4 years of pipeline welding", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "welder-heldout-3",
        "occ": "welder",
        "title": "Orbital Welder - UHP Tubing",
        "company": "Intel (via Jacobs)",
        "location": "Chandler, AZ",
        "posting": """
Ultra-high-purity gas and chemical systems in semiconductor fabs are welded with automatic orbital equipment. We are hiring welders who set up and run orbital welding (Swagelok M200 or Arc Machines) on 316L stainless tubing, prepare weld coupons, keep weld logs, and work in cleanroom gowning. Two years of orbital or precision TIG welding are required.
""",
        "name": "Peter Nguyen",
        "label": "UHP Welder",
        "summary": "Orbital welder for high-purity stainless tubing in semiconductor and pharma cleanrooms.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Orbital Welder", "Performance Mechanical Group", "2022-05", "", [
                "Set up and run Swagelok M200 orbital welding on 1/4-2 inch 316L tubing",
                "Prepare coupons, keep weld logs and work fully gowned in ISO 5 cleanrooms",
            ]),
            ("TIG Welder", "Honeywell Aerospace", "2020-08", "2022-04", [
                "Precision GTAW on thin-wall stainless",
            ]),
        ],
        "skills": {"Welding": ["Orbital welding", "GTAW", "316L stainless", "Cleanroom protocol", "Weld logs"]},
        "certs": [("Swagelok Orbital Welding System certification", "Swagelok", "2022-06")],
        "edu": [("Certificate", "Welding Technology", "Mesa Community College", "2020")],
        "unq": {
            "summary": "TIG welder for high-purity stainless tubing in semiconductor and pharma cleanrooms.",
            "work": [
                ("Process Pipe Welder", "Performance Mechanical Group", "2022-05", "", [
                    "Manual GTAW on 1/4-2 inch 316L tubing",
                    "Prepare coupons, keep weld logs and work fully gowned in ISO 5 cleanrooms",
                ]),
                ("TIG Welder", "Honeywell Aerospace", "2020-08", "2022-04", [
                    "Precision GTAW on thin-wall stainless",
                ]),
            ],
            "skills": {"Welding": ["GTAW", "316L stainless", "Cleanroom protocol", "Weld logs"]},
            "certs": [("ASME Section IX GTAW qualification", "Performance Mechanical Group", "2022-06")],
        },
        "decisive": ("automatic orbital welding (Swagelok M200 / Arc Machines)", ["orbital", "M200", "Arc Machines"], "tool"),
    },
    {
        "id": "truck-heldout-1",
        "occ": "truck_driver",
        "title": "LTL Linehaul Driver - Doubles",
        "company": "Old Dominion Freight Line",
        "location": "Greensboro, NC",
        "posting": """
Linehaul Driver - LTL, pulling doubles
Class A CDL with Doubles/Triples (T) endorsement required
1 year tractor-trailer experience
Night runs, home daily
""",
        "name": "Gary Hopkins",
        "label": "Linehaul Driver",
        "summary": "Class A linehaul driver pulling doubles on night runs; clean record.",
        "where": ("High Point", "NC"),
        "work": [
            ("Linehaul Driver", "Estes Express Lines", "2021-04", "", [
                "Night linehaul runs pulling 28-foot doubles between terminals",
            ]),
        ],
        "skills": {"Driving": ["Doubles", "Night driving", "Pre-trip inspection", "ELD"]},
        "certs": [("CDL Class A with T (double/triple trailers) endorsement", "North Carolina DMV", "2021-02")],
        "edu": [("Certificate", "Truck Driver Training", "Guilford Technical Community College", "2021")],
        "unq": {
            "summary": "Class A driver on night runs between terminals; clean record.",
            "work": [
                ("Linehaul Driver", "Estes Express Lines", "2021-04", "", [
                    "Night linehaul runs pulling 53-foot single trailers between terminals",
                ]),
            ],
            "skills": {"Driving": ["Night driving", "Pre-trip inspection", "ELD"]},
            "certs": [("CDL Class A (no endorsements)", "North Carolina DMV", "2021-02")],
        },
        "decisive": ("Doubles/Triples (T) endorsement", ["doubles", "triples", "T endorsement", "double/triple"], "endorsement"),
    },
    {
        "id": "truck-heldout-2",
        "occ": "truck_driver",
        "title": "Cross-Border Truck Driver (US-Canada)",
        "company": "Bison Transport",
        "location": "Detroit, MI",
        "posting": """
Bison is hiring Class A drivers for US-Canada cross-border lanes through Detroit and Port Huron. You must hold a valid passport and a FAST card (Free and Secure Trade) at hire, have two years of verifiable tractor-trailer experience, and have no criminal record that would prevent entry into Canada.
""",
        "name": "Mark Dobson",
        "label": "Professional Driver",
        "summary": "Class A driver with five years on long-haul and cross-border lanes.",
        "where": ("Warren", "MI"),
        "work": [
            ("Company Driver", "Challenger Motor Freight", "2021-01", "", [
                "Cross-border dry van loads between Michigan and Ontario",
            ]),
        ],
        "skills": {"Driving": ["Cross-border customs paperwork", "ELD", "Trip planning"]},
        "certs": [
            ("CDL Class A", "Michigan Secretary of State", "2020-10"),
            ("FAST Commercial Driver card", "U.S. Customs and Border Protection", "2021-03"),
            ("U.S. Passport", "U.S. Department of State", "2020-09"),
        ],
        "edu": [("High School Diploma", "", "Warren Mott High School", "2012")],
        "unq": {
            "certs": [
                ("CDL Class A", "Michigan Secretary of State", "2020-10"),
                ("U.S. Passport", "U.S. Department of State", "2020-09"),
            ],
            "summary": "Class A driver with five years on long-haul lanes.",
            "work": [
                ("Company Driver", "Challenger Motor Freight", "2021-01", "", [
                    "Dry van loads between Michigan, Ohio and Indiana",
                ]),
            ],
            "skills": {"Driving": ["ELD", "Trip planning", "Backing"]},
        },
        "decisive": ("FAST card", ["FAST", "Free and Secure Trade"], "certificate"),
    },
    {
        "id": "truck-heldout-3",
        "occ": "truck_driver",
        "title": "Class A Dedicated Driver",
        "company": "Schneider",
        "location": "Green Bay, WI",
        "posting": """
Dedicated Class A driver for a paper mill account. Requirements: a Class A CDL and at least three years of verifiable tractor-trailer driving experience in the last five years; clean MVR; able to pass a DOT physical and drug screen.
""",
        "name": "Jason Krause",
        "label": "Owner-Operator",
        "summary": "Tractor-trailer driver with four years as company driver and owner-operator.",
        "where": ("De Pere", "WI"),
        "work": [
            ("Owner-Operator (leased to Roehl)", "Krause Trucking LLC", "2024-01", "", [
                "Run my own tractor on dedicated paper and packaging lanes",
            ]),
            ("Company Driver", "Paper Transport Inc.", "2021-06", "2023-12", [
                "Regional tractor-trailer loads of paper rolls",
            ]),
        ],
        "skills": {"Driving": ["Tractor-trailer", "Load securement", "ELD"]},
        "certs": [("CDL Class A", "Wisconsin DMV", "2021-05"), ("DOT Medical Card", "FMCSA", "2025-06")],
        "edu": [("Certificate", "Truck Driving", "Northeast Wisconsin Technical College", "2021")],
        "unq": {
            "summary": "Tractor-trailer driver, company driver and owner-operator.",
            "work": [
                ("Owner-Operator (leased to Roehl)", "Krause Trucking LLC", "2026-01", "", [
                    "Run my own tractor on dedicated paper and packaging lanes",
                ]),
                ("Company Driver", "Paper Transport Inc.", "2025-06", "2025-12", [
                    "Regional tractor-trailer loads of paper rolls",
                ]),
                ("Warehouse Associate", "Georgia-Pacific", "2019-06", "2025-05", [
                    "Loaded trailers in the mill warehouse",
                ]),
            ],
            "certs": [("CDL Class A", "Wisconsin DMV", "2025-05"), ("DOT Medical Card", "FMCSA", "2025-06")],
            "edu": [("Certificate", "Truck Driving", "Northeast Wisconsin Technical College", "2025")],
        },
        "decisive": ("three years of verifiable tractor-trailer driving", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "forklift-heldout-1",
        "occ": "forklift_operator",
        "title": "Order Picker Operator",
        "company": "Lowe's Regional Distribution Center",
        "location": "Pittston, PA",
        "posting": """
Order Picker Operator - Lowe's RDC
Requirements:
- certified on order picker (Class II, man-up) - or certified at a previous employer in the last 3 years
- 1 yr powered equipment experience
- RF scanning
- lift 50 lbs
""",
        "name": "Nicole Baker",
        "label": "Powered Equipment Operator",
        "summary": "Warehouse equipment operator picking at height and moving pallets in retail distribution.",
        "where": ("Wilkes-Barre", "PA"),
        "work": [
            ("Equipment Operator", "Walmart Distribution Center", "2023-02", "", [
                "Pick case and each orders at height on a man-up order selector; 140% of rate",
                "Move pallets with a sit-down forklift; scan with RF",
            ]),
        ],
        "skills": {"Equipment": ["Order selector (man-up)", "Sit-down forklift", "RF scanning"]},
        "certs": [("Powered Industrial Truck - Order Picker (Class II) and Sit-down (Class IV)", "Walmart (OSHA 1910.178)", "2023-03")],
        "edu": [("High School Diploma", "", "Wyoming Valley West High School", "2021")],
        "unq": {
            "summary": "Warehouse equipment operator moving pallets in retail distribution.",
            "work": [
                ("Equipment Operator", "Walmart Distribution Center", "2023-02", "", [
                    "Move pallets with a sit-down forklift and electric pallet jack; 140% of rate",
                    "Load trailers and scan with RF",
                ]),
            ],
            "skills": {"Equipment": ["Sit-down forklift", "Electric pallet jack", "RF scanning"]},
            "certs": [("Powered Industrial Truck - Sit-down (Class IV) and Pallet Jack (Class III)", "Walmart (OSHA 1910.178)", "2023-03")],
        },
        "decisive": ("order picker (Class II, man-up) certification", ["order picker", "order selector", "man-up", "Class II"], "certificate"),
    },
    {
        "id": "forklift-heldout-2",
        "occ": "forklift_operator",
        "title": "Bilingual Warehouse Lead",
        "company": "Ryder",
        "location": "Dallas, TX",
        "posting": """
Ryder is hiring a Warehouse Lead for second shift at a consumer goods distribution center. You'll direct a team of 20 associates, most of whom speak Spanish as their first language, assign work, train on equipment and safety, and run shift reports.

Requirements: fluency in English and Spanish; forklift certification; one year of lead or supervisory experience in a warehouse.
""",
        "name": "Luis Garza",
        "label": "Warehouse Shift Lead",
        "summary": "Shift lead in consumer goods distribution; trains teams on equipment and safety.",
        "where": ("Irving", "TX"),
        "work": [
            ("Shift Lead", "XPO Logistics", "2023-06", "", [
                "Direct 18 associates on second shift; assign zones and run shift reports",
                "Train associates on forklifts and safety in Spanish and English",
            ]),
            ("Forklift Operator", "XPO Logistics", "2021-01", "2023-05", [
                "Putaway and replenishment",
            ]),
        ],
        "skills": {"Warehouse": ["Team leadership", "Equipment training", "Safety", "Shift reporting"]},
        "certs": [("Forklift Operator Certification", "XPO (OSHA)", "2021-02")],
        "edu": [("High School Diploma", "", "MacArthur High School", "2019")],
        "langs": [("Spanish", "Native"), ("English", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "swaps": [("Train associates on forklifts and safety in Spanish and English", "Train associates on forklifts and safety")],
        "decisive": ("fluent Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "forklift-heldout-3",
        "occ": "forklift_operator",
        "title": "Inventory Control Clerk / Forklift",
        "company": "Kraft Heinz",
        "location": "Lehigh Valley, PA",
        "posting": """
inventory control / forklift - DC
must: Blue Yonder (JDA) WMS - cycle counts, adjustments, location maintenance
forklift certified
1 yr inventory control
""",
        "name": "Derek Schultz",
        "label": "Inventory Control Associate",
        "summary": "Inventory control associate and forklift operator; cycle counts and location maintenance in a food DC.",
        "where": ("Allentown", "PA"),
        "work": [
            ("Inventory Control Associate", "Nestle USA DC", "2022-09", "", [
                "Count locations and post adjustments in Blue Yonder WMS",
                "Move and consolidate pallets with a reach truck and forklift",
            ]),
        ],
        "skills": {"Warehouse": ["Cycle counting", "Blue Yonder WMS", "Location maintenance", "Forklift"]},
        "certs": [("Forklift Certification", "Nestle (OSHA)", "2022-10")],
        "edu": [("High School Diploma", "", "Allen High School", "2020")],
        "unq": {
            "skills": {"Warehouse": ["Cycle counting", "Oracle WMS Cloud", "Location maintenance", "Forklift"]},
        },
        "swaps": [("Count locations and post adjustments in Blue Yonder WMS", "Count locations and post adjustments in Oracle WMS Cloud")],
        "decisive": ("Blue Yonder (JDA) WMS", ["Blue Yonder", "JDA"], "tool"),
    },
]
