"""Dev half, trades: electrician, plumber, HVAC technician, welder, CDL truck driver, forklift operator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "electrician-dev-1",
        "occ": "electrician",
        "title": "Journeyman Electrician - Commercial",
        "company": "Rosendin Electric",
        "location": "Houston, TX",
        "posting": """
Rosendin is seeking Journeyman Electricians for commercial tenant finish-out and new construction projects in the Houston area.

Responsibilities include installing conduit, pulling wire, terminating panels and switchgear, reading blueprints and working safely alongside other trades.

Requirements:
- Current Texas Journeyman Electrician license (TDLR) or higher
- OSHA 10
- Own hand tools and reliable transportation
- Ability to pass a drug screen
""",
        "name": "Luis Herrera",
        "label": "Master Electrician",
        "summary": "Licensed master electrician with eleven years in commercial and industrial construction; reads plans, leads small crews.",
        "where": ("Pasadena", "TX"),
        "work": [
            ("Electrical Foreman", "IES Commercial", "2020-02", "", [
                "Lead crews of 4-6 on office and retail build-outs: conduit, feeders, panelboards and lighting control",
                "Read blueprints and coordinate with the general contractor's superintendent",
            ]),
            ("Electrician", "Bergelectric", "2015-05", "2020-01", [
                "Bent EMT and rigid conduit, pulled and terminated wire, set switchgear",
            ]),
        ],
        "skills": {"Electrical": ["Conduit bending", "Switchgear", "Blueprint reading", "NEC 2023"], "Safety": ["OSHA 30"]},
        "certs": [
            ("Master Electrician License", "Texas Department of Licensing and Regulation", "2020-01"),
            ("OSHA 30-Hour Construction", "OSHA", "2021-03"),
        ],
        "edu": [("Diploma", "Electrical Apprenticeship Program", "IEC Texas Gulf Coast", "2015")],
        "unq": {
            "label": "Apprentice Electrician",
            "summary": "Registered apprentice electrician with eleven years around commercial and industrial construction; reads plans, keeps crews supplied.",
            "work": [
                ("Electrician's Helper, 4th-year apprentice", "IES Commercial", "2020-02", "", [
                    "Work with crews of 4-6 on office and retail build-outs: conduit, feeders, panelboards and lighting control",
                    "Read blueprints and stage material for the foreman",
                ]),
                ("Construction Laborer", "Bergelectric", "2015-05", "2020-01", [
                    "Bent EMT and rigid conduit, pulled wire and cleaned up job sites",
                ]),
            ],
            "certs": [
                ("Apprentice Electrician License", "Texas Department of Licensing and Regulation", "2020-01"),
                ("OSHA 30-Hour Construction", "OSHA", "2021-03"),
            ],
            "edu": [("Enrolled", "Electrical Apprenticeship Program (year 4 of 4)", "IEC Texas Gulf Coast", "")],
        },
        "decisive": ("Texas Journeyman Electrician license or higher", ["journeyman", "journeyman electrician"], "licence level"),
    },
    {
        "id": "electrician-dev-2",
        "occ": "electrician",
        "title": "Industrial Maintenance Electrician",
        "company": "Nucor Steel",
        "location": "Blytheville, AR",
        "posting": """
maintenance electrician - 12 hr rotating shifts
- troubleshoot 480V 3-phase motors, VFDs, MCCs
- PLC troubleshooting w/ Allen-Bradley RSLogix 5000 / Studio 5000 REQUIRED
- 3 yrs industrial maintenance
- AR journeyman or industrial maintenance electrician license
- NFPA 70E
""",
        "name": "Cody Tillman",
        "label": "Maintenance Electrician",
        "summary": "Industrial electrician keeping mills running: drives, motor controls and ladder logic in heavy manufacturing.",
        "where": ("Jonesboro", "AR"),
        "work": [
            ("Electrical Technician", "Big River Steel", "2020-03", "", [
                "Troubleshoot 480 V three-phase motors, variable frequency drives and motor control centers",
                "Go online with ControlLogix processors in Studio 5000 to trace faults in ladder logic",
            ]),
            ("Plant Electrician", "Hytrol Conveyor", "2018-01", "2020-02", [
                "Installed and repaired conveyor controls and sensors",
            ]),
        ],
        "skills": {"Electrical": ["Three-phase power", "VFDs", "MCCs", "Arc flash safety"], "Controls": ["Allen-Bradley ControlLogix", "Studio 5000 / RSLogix 5000", "Ladder logic"]},
        "certs": [
            ("Industrial Maintenance Electrician License", "Arkansas Department of Labor and Licensing", "2019-06"),
            ("NFPA 70E Electrical Safety", "", "2025-02"),
        ],
        "edu": [("Associate of Applied Science", "Industrial Electricity", "Arkansas State University Newport", "2017")],
        "unq": {
            "summary": "Industrial electrician keeping mills running: drives, motor controls and hard-wired relay logic in heavy manufacturing.",
            "skills": {"Electrical": ["Three-phase power", "VFDs", "MCCs", "Arc flash safety", "Relay logic"]},
        },
        "swaps": [("Go online with ControlLogix processors in Studio 5000 to trace faults in ladder logic", "Trace faults in relay panels with prints and a meter")],
        "decisive": ("PLC troubleshooting with Allen-Bradley RSLogix 5000 / Studio 5000", ["PLC", "RSLogix", "Studio 5000", "Allen-Bradley", "ControlLogix"], "tool"),
    },
    {
        "id": "electrician-dev-3",
        "occ": "electrician",
        "title": "Electrical Foreman",
        "company": "Cupertino Electric",
        "location": "San Jose, CA",
        "posting": """
Cupertino Electric is hiring an Electrical Foreman for data center projects in the South Bay. The foreman runs a crew of 8 to 15 electricians, plans the week's work, orders material, and keeps production and safety on track.

Qualifications: California General Electrician certification (DIR); at least four years of experience as a certified journey-level electrician, with some of that time leading crews; strong knowledge of the NEC; OSHA 30.
""",
        "name": "Brian Costa",
        "label": "Lead Electrician",
        "summary": "Certified general electrician who has run crews on mission-critical and commercial jobs.",
        "where": ("San Jose", "CA"),
        "work": [
            ("Lead Electrician", "Rosendin Electric", "2022-04", "", [
                "Run a crew of 10 on data center power distribution: busway, PDUs, generators",
                "Plan weekly work and material orders; lead daily safety huddles",
            ]),
            ("General Electrician", "Sprig Electric", "2019-09", "2022-03", [
                "Commercial tenant improvements: feeders, branch circuits, fire alarm rough-in",
            ]),
            ("Electrical Apprentice", "Sprig Electric", "2015-08", "2019-08", [
                "Five-year IBEW/NECA apprenticeship",
            ]),
        ],
        "skills": {"Electrical": ["NEC", "Busway", "Generators", "Crew leadership", "Material planning"]},
        "certs": [
            ("General Electrician Certification", "California Department of Industrial Relations", "2019-08"),
            ("OSHA 30", "OSHA", "2022-06"),
        ],
        "edu": [("Apprenticeship completion", "Inside Wireman", "Santa Clara County JATC", "2019")],
        "unq": {
            "work": [
                ("Lead Electrician", "Rosendin Electric", "2025-09", "", [
                    "Run a crew of 10 on data center power distribution: busway, PDUs, generators",
                    "Plan weekly work and material orders; lead daily safety huddles",
                ]),
                ("General Electrician", "Sprig Electric", "2025-03", "2025-08", [
                    "Commercial tenant improvements: feeders, branch circuits, fire alarm rough-in",
                ]),
                ("Electrical Apprentice", "Sprig Electric", "2020-02", "2025-02", [
                    "Five-year IBEW/NECA apprenticeship",
                ]),
            ],
            "certs": [
                ("General Electrician Certification", "California Department of Industrial Relations", "2025-02"),
                ("OSHA 30", "OSHA", "2022-06"),
            ],
            "edu": [("Apprenticeship completion", "Inside Wireman", "Santa Clara County JATC", "2025")],
        },
        "decisive": ("four years as a certified journey-level electrician", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "plumber-dev-1",
        "occ": "plumber",
        "title": "Service Plumber",
        "company": "Applewood Plumbing Heating & Electric",
        "location": "Denver, CO",
        "posting": """
Service Plumber - residential service & repair. Take-home truck, paid on-call, no commercial new construction.

You have:
- a Colorado Journeyman Plumber license (or Master)
- 3+ years in residential service
- clean MVR
- good communication with homeowners

Water heaters, drain cleaning, repiping, fixture installs, leak detection.
""",
        "name": "Nate Gallegos",
        "label": "Licensed Plumber",
        "summary": "Residential service plumber: water heaters, repipes and drain cleaning, with good reviews from homeowners.",
        "where": ("Aurora", "CO"),
        "work": [
            ("Service Technician - Plumbing", "Brothers Plumbing", "2021-05", "", [
                "Diagnose and repair leaks, install tank and tankless water heaters, run PEX repipes",
                "Explain options and pricing to homeowners; 4.9-star average review",
            ]),
            ("Plumber", "Horizon Plumbing", "2019-03", "2021-04", [
                "Drain cleaning, fixture installs, sewer camera inspections",
            ]),
        ],
        "skills": {"Plumbing": ["Water heaters", "PEX repipe", "Drain cleaning", "Leak detection"], "Other": ["Clean driving record"]},
        "certs": [("Journeyman Plumber License", "Colorado State Plumbing Board (DORA)", "2020-11")],
        "edu": [("Certificate", "Plumbing Technology", "Emily Griffith Technical College", "2018")],
        "unq": {
            "label": "Plumbing Apprentice",
            "summary": "Residential service plumbing apprentice: water heaters, repipes and drain cleaning, with good reviews from homeowners.",
            "certs": [("Registered Apprentice Plumber", "Colorado State Plumbing Board (DORA)", "2019-03")],
        },
        "swaps": [("Service Technician - Plumbing", "Apprentice Service Technician - Plumbing"), ("\"position\": \"Plumber\"", "\"position\": \"Plumber's Apprentice\"")],
        "decisive": ("Colorado Journeyman Plumber license", ["journeyman"], "licence level"),
    },
    {
        "id": "plumber-dev-2",
        "occ": "plumber",
        "title": "Backflow Technician / Plumber",
        "company": "Roto-Rooter",
        "location": "Phoenix, AZ",
        "posting": """
We test, repair and certify backflow prevention assemblies for commercial customers and cities across the Valley, and do general plumbing service in between.

Requirements
Backflow prevention assembly tester certification (ASSE 5110 or AWWA/USC) - must be current
Arizona journeyman plumber card
2 years plumbing experience
Valid driver's license
""",
        "name": "Jesse Moreno",
        "label": "Plumber",
        "summary": "Journeyman plumber who tests and repairs backflow assemblies and handles commercial service calls.",
        "where": ("Tempe", "AZ"),
        "work": [
            ("Plumbing Service Tech", "Parker & Sons", "2022-01", "", [
                "Test and rebuild RP, DC and PVB assemblies and file reports with the city",
                "Commercial service: flush valves, grease interceptors, water heaters",
            ]),
            ("Plumber", "Benjamin Franklin Plumbing", "2020-02", "2021-12", [
                "Residential service and repair",
            ]),
        ],
        "skills": {"Plumbing": ["Backflow testing and repair", "Commercial service", "Water heaters"], "Other": ["Valid Arizona driver's license"]},
        "certs": [
            ("Cross-Connection Control Tester (ASSE 5110)", "ASSE International", "2024-09"),
            ("Journeyman Plumber", "Arizona Registrar of Contractors", "2021-08"),
        ],
        "edu": [("High School Diploma", "", "Mesa High School", "2019")],
        "unq": {
            "summary": "Journeyman plumber who handles commercial service calls and water heater installs.",
            "certs": [("Journeyman Plumber", "Arizona Registrar of Contractors", "2021-08")],
            "skills": {"Plumbing": ["Commercial service", "Water heaters", "Repipes"], "Other": ["Valid Arizona driver's license"]},
        },
        "swaps": [("Test and rebuild RP, DC and PVB assemblies and file reports with the city", "Install and repipe commercial restrooms")],
        "decisive": ("backflow prevention assembly tester certification", ["backflow", "ASSE 5110", "cross-connection"], "certificate"),
    },
    {
        "id": "plumber-dev-3",
        "occ": "plumber",
        "title": "Journeyman Plumber - Hospital Medical Gas",
        "company": "Southland Industries",
        "location": "Boston, MA",
        "posting": """
Southland is staffing a hospital expansion and needs journeyman plumbers to install domestic water, waste and vent, and medical gas piping. Applicants must hold a Massachusetts Journeyman Plumber license and a current ASSE 6010 Medical Gas Installer certification; brazing experience on copper is expected. OSHA 10 and the ability to pass hospital infection-control (ICRA) training are required.
""",
        "name": "Patrick Doyle",
        "label": "Journeyman Plumber",
        "summary": "Massachusetts journeyman plumber with hospital and lab experience: copper brazing, medical gas and domestic water.",
        "where": ("Quincy", "MA"),
        "work": [
            ("Plumber", "J.C. Cannistraro", "2019-06", "", [
                "Installed oxygen, vacuum and medical air piping in operating rooms; brazed under nitrogen purge",
                "Domestic water and DWV on two hospital towers under ICRA controls",
            ]),
        ],
        "skills": {"Plumbing": ["Copper brazing", "Medical gas piping", "DWV", "ICRA"]},
        "certs": [
            ("Journeyman Plumber License", "Massachusetts Board of State Examiners of Plumbers and Gas Fitters", "2019-05"),
            ("Medical Gas Installer (ASSE Series 6010)", "ASSE International", "2023-04"),
            ("OSHA 10", "OSHA", "2019-07"),
        ],
        "edu": [("Certificate", "Plumbing", "Peterson School", "2016")],
        "unq": {
            "summary": "Massachusetts journeyman plumber with hospital and lab experience: copper brazing and domestic water.",
            "certs": [
                ("Journeyman Plumber License", "Massachusetts Board of State Examiners of Plumbers and Gas Fitters", "2019-05"),
                ("OSHA 10", "OSHA", "2019-07"),
            ],
            "skills": {"Plumbing": ["Copper brazing", "DWV", "ICRA"]},
        },
        "swaps": [("Installed oxygen, vacuum and medical air piping in operating rooms; brazed under nitrogen purge", "Installed lab waste and vent piping; brazed copper domestic water mains")],
        "decisive": ("ASSE 6010 Medical Gas Installer certification", ["ASSE 6010", "6010", "medical gas", "med gas"], "certificate"),
    },
    {
        "id": "hvac-dev-1",
        "occ": "hvac_technician",
        "title": "HVAC Service Technician",
        "company": "One Hour Heating & Air Conditioning",
        "location": "Atlanta, GA",
        "posting": """
HVAC Service Technician - residential. Diagnose and repair heat pumps, gas furnaces, split systems. Company van, tools allowance.
Requirements:
EPA Section 608 Universal certification
2+ years residential HVAC service
Georgia driver's license with clean record
NATE a plus
""",
        "name": "Andre Williams",
        "label": "HVAC Technician",
        "summary": "Residential HVAC service tech: heat pumps, gas furnaces and refrigerant circuits, with strong diagnostic habits.",
        "where": ("Marietta", "GA"),
        "work": [
            ("Comfort Advisor / Service Tech", "Reliable Heating & Air", "2022-03", "", [
                "Diagnose heat pumps, gas furnaces and split systems; replace compressors, coils and control boards",
                "Recover, evacuate and charge refrigerant circuits",
            ]),
            ("HVAC Installer", "Estes Services", "2020-06", "2022-02", [
                "Installed split systems and ductwork in new homes",
            ]),
        ],
        "skills": {"HVAC": ["Heat pumps", "Gas furnaces", "Refrigerant recovery", "Electrical diagnostics"], "Other": ["Georgia driver's license, clean record"]},
        "certs": [
            ("EPA 608 Technician Certification - Universal (Types I, II and III)", "US EPA approved certifying organization (ESCO)", "2020-05"),
            ("NATE Core + Air Conditioning Service", "North American Technician Excellence", "2023-09"),
        ],
        "edu": [("Diploma", "HVACR Technology", "Atlanta Technical College", "2020")],
        "unq": {
            "certs": [
                ("EPA 608 Technician Certification - Type II", "US EPA approved certifying organization (ESCO)", "2020-05"),
                ("NATE Core + Air Conditioning Service", "North American Technician Excellence", "2023-09"),
            ],
        },
        "decisive": ("EPA 608 Universal certification", ["Universal"], "credential level"),
    },
    {
        "id": "hvac-dev-2",
        "occ": "hvac_technician",
        "title": "Commercial HVAC Technician",
        "company": "Trane Technologies",
        "location": "Charlotte, NC",
        "posting": """
Trane is looking for a Commercial HVAC Technician to service rooftop units, split systems, air-cooled chillers and VAV systems for commercial and light industrial customers.

Qualifications:
- 5+ years of commercial HVAC service experience
- EPA 608 Universal
- Working knowledge of DDC controls
- North Carolina HVAC license (H-2 or H-3) preferred
""",
        "name": "Gregory Lane",
        "label": "HVAC/R Service Technician",
        "summary": "HVAC/R technician servicing rooftop units, chillers and VAV systems in offices, schools and warehouses.",
        "where": ("Gastonia", "NC"),
        "work": [
            ("Service Technician II", "Johnson Controls", "2022-02", "", [
                "Service packaged rooftop units, air-cooled chillers and VAV boxes in commercial buildings",
                "Troubleshoot DDC controllers with Metasys",
            ]),
            ("Mechanical Service Technician", "Batchelor Heating & Air (commercial division)", "2019-01", "2022-01", [
                "Preventive maintenance and repairs on commercial rooftop and split equipment",
            ]),
        ],
        "skills": {"HVAC": ["Rooftop units", "Air-cooled chillers", "VAV", "DDC controls", "Metasys"]},
        "certs": [
            ("EPA Section 608 Universal", "ESCO Institute", "2018-11"),
            ("H-2 Heating Group 2 License", "North Carolina State Board of Examiners of Plumbing, Heating and Fire Sprinkler Contractors", "2022-05"),
        ],
        "edu": [("Associate in Applied Science", "Air Conditioning, Heating and Refrigeration Technology", "Central Piedmont Community College", "2018")],
        "unq": {
            "work": [
                ("Service Technician II", "Johnson Controls", "2024-10", "", [
                    "Service packaged rooftop units, air-cooled chillers and VAV boxes in commercial buildings",
                    "Troubleshoot DDC controllers with Metasys",
                ]),
                ("Residential Install Technician", "Batchelor Heating & Air", "2019-01", "2024-09", [
                    "Installed residential split systems and ductwork",
                ]),
            ],
        },
        "decisive": ("5+ years of commercial HVAC service experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "hvac-dev-3",
        "occ": "hvac_technician",
        "title": "Building Automation Systems Technician",
        "company": "Siemens Smart Infrastructure",
        "location": "Minneapolis, MN",
        "posting": """
BAS Technician - commission and service building automation for commercial clients.
Must have Tridium Niagara 4 certification (Niagara 4 Technical Certification Program / TCP).
2 yrs HVAC controls experience. Understanding of BACnet, Modbus, sequences of operation.
Travel within the metro. Company vehicle.
""",
        "name": "Erik Lindqvist",
        "label": "Controls Technician",
        "summary": "HVAC controls technician programming and commissioning BACnet systems in hospitals and offices.",
        "where": ("St. Paul", "MN"),
        "work": [
            ("Controls Specialist", "Horizon Controls Group", "2021-07", "", [
                "Program JACE controllers and build graphics in Niagara N4 Workbench",
                "Commission air handlers and VAV sequences of operation over BACnet MS/TP and IP",
            ]),
            ("HVAC Technician", "Egan Company", "2019-05", "2021-06", [
                "Serviced air handlers and boilers; integrated Modbus meters",
            ]),
        ],
        "skills": {"Controls": ["Niagara N4", "BACnet", "Modbus", "Sequences of operation", "JACE"]},
        "certs": [("Niagara 4 Technical Certification Program (TCP)", "Tridium", "2021-10")],
        "edu": [("Associate of Applied Science", "HVAC Controls", "Dunwoody College of Technology", "2019")],
        "unq": {
            "certs": [("Metasys System Extended Architecture Certification", "Johnson Controls", "2021-10")],
            "skills": {"Controls": ["Metasys", "BACnet", "Modbus", "Sequences of operation"]},
        },
        "swaps": [("Program JACE controllers and build graphics in Niagara N4 Workbench", "Program Metasys network engines and build graphics in SCT")],
        "decisive": ("Tridium Niagara 4 certification (TCP)", ["Niagara", "Tridium", "N4", "TCP"], "certificate"),
    },
    {
        "id": "welder-dev-1",
        "occ": "welder",
        "title": "Pipe Welder",
        "company": "Zachry Group",
        "location": "Port Arthur, TX",
        "posting": """
Pipe Welders needed for a refinery turnaround, 6x12s, per diem paid.

Requirements: must pass a 6G combo test (GTAW root, SMAW fill and cap) on carbon steel at site; current 6G pipe certification per ASME Section IX; TWIC card; 3 years of pipe welding in refineries or chemical plants.
""",
        "name": "Travis Boudreaux",
        "label": "Combo Pipe Welder",
        "summary": "Combo pipe welder (TIG root, stick fill and cap) with refinery and chemical plant turnarounds behind him.",
        "where": ("Lake Charles", "LA"),
        "work": [
            ("Pipe Welder", "Turner Industries", "2020-01", "", [
                "Weld carbon and chrome pipe in all positions on refinery turnarounds",
                "GTAW root and hot pass, SMAW fill and cap; X-ray quality welds",
            ]),
            ("Welder Fitter", "Brand Safway", "2018-04", "2019-12", [
                "Fit and welded process piping in chemical plants",
            ]),
        ],
        "skills": {"Welding": ["GTAW", "SMAW", "Pipe fitting", "Carbon steel", "Chrome"]},
        "certs": [
            ("6G Pipe Welding Certification (GTAW/SMAW), ASME Section IX", "Turner Industries test facility", "2025-03"),
            ("TWIC (Transportation Worker Identification Credential)", "TSA", "2023-02"),
        ],
        "edu": [("Certificate", "Welding Technology", "SOWELA Technical Community College", "2018")],
        "unq": {
            "label": "Structural Welder",
            "certs": [
                ("3G/4G Plate Welding Certification (SMAW), AWS D1.1", "Turner Industries test facility", "2025-03"),
                ("TWIC (Transportation Worker Identification Credential)", "TSA", "2023-02"),
            ],
        },
        "swaps": [("Weld carbon and chrome pipe in all positions on refinery turnarounds", "Weld carbon and chrome pipe supports and structural steel on refinery turnarounds"), ("GTAW root and hot pass, SMAW fill and cap; X-ray quality welds", "SMAW fill and cap on vertical and overhead plate")],
        "decisive": ("6G pipe certification (ASME Section IX)", ["6G"], "credential level"),
    },
    {
        "id": "welder-dev-2",
        "occ": "welder",
        "title": "Structural Welder",
        "company": "Schuff Steel",
        "location": "Phoenix, AZ",
        "posting": """
STRUCTURAL WELDER (shop)
- AWS D1.1 certified (FCAW, 3G & 4G unlimited thickness) - current
- read shop drawings & weld symbols
- 2 yrs structural steel fabrication
- overhead crane / rigging a plus
""",
        "name": "Miguel Rojas",
        "label": "Welder / Fabricator",
        "summary": "Shop welder and fabricator for structural steel: beams, columns, moment connections and embeds.",
        "where": ("Glendale", "AZ"),
        "work": [
            ("Fabricator/Welder", "Banker Steel", "2022-03", "", [
                "Flux-core weld beams, columns and moment connections from shop drawings",
                "Read weld symbols and fit assemblies; operate 10-ton overhead crane",
            ]),
            ("Welder", "Able Steel Fabricators", "2020-09", "2022-02", [
                "Welded embeds, stairs and handrail",
            ]),
        ],
        "skills": {"Welding": ["FCAW", "SMAW", "Blueprint and weld symbol reading", "Fitting", "Overhead crane"]},
        "certs": [("AWS D1.1 Structural Welding Code certification - FCAW 3G/4G unlimited", "American Welding Society Accredited Test Facility", "2025-06")],
        "edu": [("Certificate", "Welding", "GateWay Community College", "2020")],
        "unq": {"certs": []},
        "decisive": ("current AWS D1.1 certification", ["D1.1", "AWS"], "certificate"),
    },
    {
        "id": "welder-dev-3",
        "occ": "welder",
        "title": "TIG Welder - Food Grade Stainless",
        "company": "Heat and Control",
        "location": "Hayward, CA",
        "posting": """
We build food processing equipment in stainless steel and aluminum. We are looking for a welder with strong TIG (GTAW) skills on thin-gauge stainless and aluminum for sanitary welds that pass inspection. Experience reading blueprints and using hand tools is required, along with at least two years of production welding. We test every applicant on a TIG coupon.
""",
        "name": "Anh Le",
        "label": "Production Welder",
        "summary": "Production welder who lays clean, sanitary welds on thin stainless and aluminum.",
        "where": ("Fremont", "CA"),
        "work": [
            ("Welder II", "JBT Corporation", "2021-02", "", [
                "GTAW welding of 16-gauge 304 stainless conveyors with full penetration, sanitary finish",
                "TIG weld aluminum frames and guards from blueprints",
            ]),
            ("Welder", "Tesla (contract)", "2019-08", "2021-01", [
                "Production welding of steel fixtures",
            ]),
        ],
        "skills": {"Welding": ["GTAW (TIG)", "Stainless steel", "Aluminum", "Blueprint reading", "Passivation"]},
        "certs": [("AWS D17.1 GTAW qualification", "In-house CWI", "2023-01")],
        "edu": [("Certificate", "Welding Technology", "Chabot College", "2019")],
        "unq": {
            "summary": "Production welder who lays clean, strong welds on mild steel frames and brackets.",
            "skills": {"Welding": ["GMAW (MIG)", "FCAW", "Mild steel", "Blueprint reading"]},
            "certs": [("AWS D1.1 GMAW qualification", "In-house CWI", "2023-01")],
        },
        "swaps": [("GTAW welding of 16-gauge 304 stainless conveyors with full penetration, sanitary finish", "MIG welding of mild steel conveyor frames"), ("TIG weld aluminum frames and guards from blueprints", "MIG weld steel guards and brackets from blueprints")],
        "decisive": ("TIG (GTAW) welding on stainless and aluminum", ["TIG", "GTAW"], "tool"),
    },
    {
        "id": "truck-dev-1",
        "occ": "truck_driver",
        "title": "CDL-A Regional Truck Driver",
        "company": "Werner Enterprises",
        "location": "Omaha, NE",
        "posting": """
Regional CDL-A drivers - home weekly. Dry van, no touch freight. $1,400-$1,700/wk average.

Requirements:
* Valid Class A Commercial Driver's License
* 6 months verifiable tractor-trailer experience
* Current DOT medical card
* No more than 2 moving violations in 3 years
""",
        "name": "Dale Jorgensen",
        "label": "Tractor-Trailer Driver",
        "summary": "Professional tractor-trailer driver with three years and 300,000 safe miles in regional and OTR dry van.",
        "where": ("Council Bluffs", "IA"),
        "work": [
            ("Company Driver - Regional Dry Van", "Crete Carrier", "2023-11", "", [
                "Haul dry van freight across a 6-state region; 2,500 miles a week, zero preventable accidents",
                "Pre- and post-trip inspections and ELD logs",
            ]),
        ],
        "skills": {"Driving": ["Tractor-trailer", "ELD logs", "Pre-trip inspection", "Backing and docking"]},
        "certs": [
            ("Commercial Driver's License - Class A (Iowa)", "Iowa DOT", "2023-09"),
            ("DOT Medical Examiner's Certificate", "FMCSA", "2025-09"),
        ],
        "edu": [("Certificate", "Commercial Truck Driving", "Iowa Western Community College", "2023")],
        "unq": {
            "label": "Straight Truck Driver",
            "summary": "Professional box truck driver with three years and 150,000 safe miles in regional delivery.",
            "work": [
                ("Delivery Driver - 26 ft straight truck", "Crete Carrier (local division)", "2023-11", "", [
                    "Deliver freight to customers across a 6-state region; zero preventable accidents",
                    "Pre- and post-trip inspections and ELD logs",
                ]),
            ],
            "skills": {"Driving": ["Straight truck", "ELD logs", "Pre-trip inspection", "Backing and docking"]},
            "certs": [
                ("Commercial Driver's License - Class B (Iowa)", "Iowa DOT", "2023-09"),
                ("DOT Medical Examiner's Certificate", "FMCSA", "2025-09"),
            ],
        },
        "decisive": ("Class A Commercial Driver's License", ["Class A", "CDL-A", "CDL A"], "licence level"),
    },
    {
        "id": "truck-dev-2",
        "occ": "truck_driver",
        "title": "Fuel Tanker Driver - Hazmat",
        "company": "Pilot Flying J Logistics",
        "location": "Knoxville, TN",
        "posting": """
Local fuel delivery to retail stations, home daily. You must have a Class A CDL with both Tanker and Hazmat endorsements (X endorsement), a TWIC card or the ability to obtain one, and one year of tractor-trailer driving. Tanker experience is preferred but we will train on product loading and unloading.
""",
        "name": "Wayne Pruitt",
        "label": "CDL-A Tank Driver",
        "summary": "Class A driver with four years of tank and flatbed experience; careful with loading, unloading and paperwork.",
        "where": ("Maryville", "TN"),
        "work": [
            ("Tank Truck Driver", "Quality Carriers", "2022-08", "", [
                "Haul bulk liquid chemicals in DOT-407 tankers; load and unload at plants",
                "Placard loads and keep shipping papers per DOT",
            ]),
            ("Flatbed Driver", "Maverick Transportation", "2020-10", "2022-07", [
                "OTR flatbed, securement of steel coils and lumber",
            ]),
        ],
        "skills": {"Driving": ["Tanker", "Placarding", "Load securement", "ELD"]},
        "certs": [
            ("Class A CDL with X endorsement (tank vehicle + hazardous materials)", "Tennessee Department of Safety", "2022-06"),
            ("TWIC", "TSA", "2022-09"),
        ],
        "edu": [("High School Diploma", "", "Heritage High School", "2012")],
        "unq": {
            "summary": "Class A driver with four years of tank and flatbed experience; careful with loading, unloading and paperwork.",
            "certs": [
                ("Class A CDL with N endorsement (tank vehicle)", "Tennessee Department of Safety", "2022-06"),
                ("TWIC", "TSA", "2022-09"),
            ],
        },
        "swaps": [("Haul bulk liquid chemicals in DOT-407 tankers; load and unload at plants", "Haul food-grade liquids in tankers; load and unload at plants"), ("Placard loads and keep shipping papers per DOT", "Keep bills of lading and wash tickets")],
        "decisive": ("Hazmat endorsement (X: tanker + hazmat)", ["hazmat", "hazardous materials", "X endorsement", "H endorsement"], "endorsement"),
    },
    {
        "id": "truck-dev-3",
        "occ": "truck_driver",
        "title": "OTR Flatbed Driver",
        "company": "TMC Transportation",
        "location": "Des Moines, IA",
        "posting": """
OTR Flatbed Driver
Min. 2 years verifiable OTR flatbed experience required - no exceptions
Class A CDL, clean MVR, DOT physical
Strap/chain/tarp securement experience
Out 2-3 weeks, home 4 days
""",
        "name": "Ray Sutton",
        "label": "Class A Driver - Flatbed",
        "summary": "Flatbed driver who secures steel, lumber and machinery safely; long haul across the lower 48.",
        "where": ("Ankeny", "IA"),
        "work": [
            ("Over-the-Road Driver, Flatbed", "Maverick Transportation", "2022-04", "", [
                "Long-haul steel coils, lumber and machinery; chain, strap and tarp every load",
                "No cargo claims in four years",
            ]),
            ("Regional Flatbed Driver", "Dart Transit", "2021-06", "2022-03", [
                "Regional building materials loads",
            ]),
        ],
        "skills": {"Driving": ["Flatbed securement", "Tarping", "ELD", "Trip planning"]},
        "certs": [
            ("CDL Class A", "Iowa DOT", "2021-05"),
            ("DOT Medical Card", "FMCSA", "2025-11"),
        ],
        "edu": [("Certificate", "Truck Driving", "Des Moines Area Community College", "2021")],
        "unq": {
            "summary": "Flatbed driver who secures steel, lumber and machinery safely.",
            "work": [
                ("Over-the-Road Driver, Flatbed", "Maverick Transportation", "2026-04", "", [
                    "Long-haul steel coils, lumber and machinery; chain, strap and tarp every load",
                    "No cargo claims so far",
                ]),
                ("Local Dry Van Driver", "Dart Transit", "2021-06", "2026-03", [
                    "Local dry van shuttles between yards",
                ]),
            ],
        },
        "decisive": ("2 years verifiable OTR flatbed experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "forklift-dev-1",
        "occ": "forklift_operator",
        "title": "Reach Truck Operator - 2nd Shift",
        "company": "Sysco",
        "location": "Riverside, CA",
        "posting": """
Reach Truck Operator (2nd shift, 40 hrs). Put away and let down pallets to 35 ft racking in a cold-storage DC.

Requirements: current reach truck certification (stand-up, narrow aisle) - OSHA compliant; 1 year operating powered industrial trucks in a warehouse; able to work in temperatures down to 0°F; RF scanner experience.
""",
        "name": "Carlos Medina",
        "label": "Warehouse Equipment Operator",
        "summary": "Powered industrial truck operator with four years of high-bay put-away in cold-storage and dry warehouses.",
        "where": ("Fontana", "CA"),
        "work": [
            ("Freezer Lift Operator", "Americold Logistics", "2022-10", "", [
                "Put away and let down pallets to 36-foot racks with a stand-up narrow-aisle reach truck in a -10°F freezer",
                "Scan locations with an RF gun; 99.8% putaway accuracy",
            ]),
            ("Material Handler", "Amazon", "2021-05", "2022-09", [
                "Moved pallets with pallet jacks and sit-down forklifts",
            ]),
        ],
        "skills": {"Equipment": ["Reach truck (Raymond stand-up)", "Sit-down counterbalance forklift", "Electric pallet jack", "RF scanner"]},
        "certs": [
            ("Powered Industrial Truck Operator - Reach Truck (Class II)", "Americold Logistics (OSHA 1910.178)", "2024-10"),
            ("Powered Industrial Truck Operator - Counterbalance (Class IV/V)", "Amazon (OSHA 1910.178)", "2021-06"),
        ],
        "edu": [("High School Diploma", "", "Fontana High School", "2020")],
        "unq": {
            "summary": "Powered industrial truck operator with four years of floor-level pallet moves in cold-storage and dry warehouses.",
            "skills": {"Equipment": ["Sit-down counterbalance forklift", "Electric pallet jack", "RF scanner"]},
            "certs": [("Powered Industrial Truck Operator - Counterbalance (Class IV/V)", "Amazon (OSHA 1910.178)", "2021-06")],
        },
        "swaps": [("Freezer Lift Operator", "Freezer Forklift Operator"), ("Put away and let down pallets to 36-foot racks with a stand-up narrow-aisle reach truck in a -10°F freezer", "Unload trailers and stage pallets with a sit-down forklift in a -10°F freezer"), ("99.8% putaway accuracy", "99.8% scan accuracy")],
        "decisive": ("reach truck certification (stand-up, narrow aisle)", ["reach truck", "reach", "narrow aisle", "narrow-aisle"], "certificate"),
    },
    {
        "id": "forklift-dev-2",
        "occ": "forklift_operator",
        "title": "Warehouse Lead - Inventory Control",
        "company": "DHL Supply Chain",
        "location": "Columbus, OH",
        "posting": """
DHL Supply Chain is hiring a Warehouse Lead on inventory control for a retail e-commerce site. You will lead cycle counts, research discrepancies, train associates and run daily reports.

You bring hands-on experience in Manhattan Associates WMS (required - we run Manhattan SCALE and WMOS), forklift certification, two years in a distribution center, and basic Excel. Lead experience preferred.
""",
        "name": "Brittany Cole",
        "label": "Inventory Control Lead",
        "summary": "Distribution center inventory lead: cycle counts, variance research and training, on Manhattan WMS.",
        "where": ("Grove City", "OH"),
        "work": [
            ("Inventory Control Specialist", "Exel / Ryder", "2022-01", "", [
                "Run daily cycle counts and research variances in Manhattan WMOS",
                "Train 15 associates on RF counting and location audits",
                "Build daily accuracy reports in Excel",
            ]),
            ("Forklift Operator", "Zulily DC", "2020-05", "2021-12", [
                "Replenished pick locations with a sit-down forklift",
            ]),
        ],
        "skills": {"Warehouse": ["Cycle counting", "Variance research", "Manhattan WMOS", "Excel", "Forklift"]},
        "certs": [("Forklift Operator Certification", "Ryder (OSHA)", "2022-02")],
        "edu": [("High School Diploma", "", "Grove City High School", "2019")],
        "unq": {
            "summary": "Distribution center inventory lead: cycle counts, variance research and training, on SAP EWM.",
            "skills": {"Warehouse": ["Cycle counting", "Variance research", "SAP EWM", "Excel", "Forklift"]},
        },
        "swaps": [("Run daily cycle counts and research variances in Manhattan WMOS", "Run daily cycle counts and research variances in SAP EWM")],
        "decisive": ("Manhattan Associates WMS experience", ["Manhattan", "WMOS", "SCALE"], "tool"),
    },
    {
        "id": "forklift-dev-3",
        "occ": "forklift_operator",
        "title": "Forklift Operator",
        "company": "Home Depot Distribution Center",
        "location": "Savannah, GA",
        "posting": """
Forklift Operator - import DC
- 3+ years forklift in a high-volume distribution center
- sit-down + stand-up forklift certs
- load/unload containers, stage outbound
- 10 hr shifts, weekends rotate
""",
        "name": "Terrence Grant",
        "label": "Material Handler / Forklift Operator",
        "summary": "Forklift operator with four years unloading containers and staging freight in big-box distribution centers.",
        "where": ("Pooler", "GA"),
        "work": [
            ("Lift Truck Operator", "Target Import Warehouse", "2022-06", "", [
                "Unload 40-ft ocean containers and stage outbound loads with sit-down and stand-up lifts",
            ]),
            ("Freight Handler", "IKEA Distribution Services", "2021-01", "2022-05", [
                "Operated a stand-up forklift for putaway and staged outbound freight",
            ]),
        ],
        "skills": {"Equipment": ["Sit-down forklift", "Stand-up forklift", "Container unloading", "RF scanner"]},
        "certs": [("Forklift certification - sit-down and stand-up", "Target (OSHA 1910.178)", "2022-07")],
        "edu": [("GED", "", "Savannah Technical College", "2019")],
        "unq": {
            "summary": "Forklift operator unloading containers and staging freight in a big-box distribution center.",
            "work": [
                ("Lift Truck Operator", "Target Import Warehouse", "2025-11", "", [
                    "Unload 40-ft ocean containers and stage outbound loads with sit-down and stand-up lifts",
                ]),
                ("Cashier", "Kroger", "2021-01", "2025-10", [
                    "Front-end checkout and customer service",
                ]),
            ],
            "certs": [("Forklift certification - sit-down and stand-up", "Target (OSHA 1910.178)", "2025-11")],
        },
        "decisive": ("3+ years of forklift operation in a high-volume DC", ["years", "yrs", "year"], "years"),
    },
]
