"""Fresh5 half, trades: sheet metal worker, fire sprinkler fitter, wind turbine technician, CNC machinist, locksmith."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "sheet_metal_worker-fresh5-1",
        "occ": "sheet_metal_worker",
        "title": "Sheet Metal Worker (308A) - Journeyperson, ICI",
        "company": "Modern Niagara",
        "location": "Mississauga, ON, Canada",
        "posting": """
We are hiring journeyperson sheet metal workers for institutional, commercial and industrial (ICI) projects in the GTA: hospital and data-centre ductwork, rooftop unit curbs and connections, exhaust systems and architectural flashing.

What we need from you:
- Valid Ontario Certificate of Qualification (C of Q) as a Sheet Metal Worker, 308A
- Able to read and take off from mechanical drawings and shop drawings
- Working at Heights (Ontario, CPO-approved) and WHMIS training
- Elevated work platform operator training is an asset
- Own basic hand tools, CSA-approved boots

Union position, SMART Local 30 rates and benefits. We are an equal opportunity employer and will provide accommodation on request throughout the hiring process.
""",
        "name": "Navdeep Sandhu",
        "label": "Journeyperson Sheet Metal Worker",
        "summary": "Licensed sheet metal worker with eight years on ICI projects: spiral and rectangular ductwork, RTU connections, kitchen exhaust and flashing.",
        "where": ("Brampton", "ON"),
        "country": "CA",
        "work": [
            ("Sheet Metal Journeyperson", "Ainsworth Inc.", "2022-04", "", [
                "Install rectangular and spiral duct, VAV boxes and fire dampers on hospital and school projects",
                "Lay out hangers and runs from mechanical drawings and coordinate with the sprinkler and electrical trades",
            ]),
            ("Sheet Metal Worker", "Plan Group", "2018-05", "2022-03", [
                "Fabricated fittings in the shop and installed rooftop curbs and kitchen exhaust on ICI jobs",
            ]),
        ],
        "skills": {"Trade": ["Ductwork installation", "Layout", "Blueprint reading", "Fire dampers", "Kitchen exhaust"]},
        "certs": [
            ("Certificate of Qualification - Sheet Metal Worker 308A (Red Seal)", "Skilled Trades Ontario", "2022-03"),
            ("Working at Heights", "CPO-approved provider (IHSA)", "2025-05"),
            ("WHMIS 2015", "IHSA", "2025-05"),
            ("Elevating Work Platform Operator", "IHSA", "2024-09"),
        ],
        "edu": [("Apprenticeship in-school training, Levels 1-3", "Sheet Metal Worker", "Ontario Sheet Metal Workers' Training Centre", "2021")],
        "unq": {
            "label": "Sheet Metal Apprentice",
            "summary": "Registered apprentice sheet metal worker with eight years on ICI projects: spiral and rectangular ductwork, RTU connections, kitchen exhaust and flashing.",
            "work": [
                ("Sheet Metal Apprentice (Level 3)", "Ainsworth Inc.", "2022-04", "", [
                    "Install rectangular and spiral duct, VAV boxes and fire dampers on hospital and school projects",
                    "Lay out hangers and runs from mechanical drawings and coordinate with the sprinkler and electrical trades",
                ]),
                ("Sheet Metal Helper", "Plan Group", "2018-05", "2022-03", [
                    "Fabricated fittings in the shop and installed rooftop curbs and kitchen exhaust on ICI jobs",
                ]),
            ],
            "certs": [
                ("Registered Apprentice, Sheet Metal Worker - Level 3 in-school complete, 7,400 of 9,000 hours", "Ontario Ministry of Labour, Immigration, Training and Skills Development", "2024-06"),
                ("Working at Heights", "CPO-approved provider (IHSA)", "2025-05"),
                ("WHMIS 2015", "IHSA", "2025-05"),
                ("Elevating Work Platform Operator", "IHSA", "2024-09"),
            ],
        },
        "decisive": ("Ontario Certificate of Qualification, Sheet Metal Worker 308A", ["Certificate of Qualification", "C of Q", "308A", "journeyperson"], "licence level"),
    },
    {
        "id": "sheet_metal_worker-fresh5-2",
        "occ": "sheet_metal_worker",
        "title": "Journeyman Sheet Metal Installer - HVAC",
        "company": "Southland Industries",
        "location": "Sterling, VA",
        "posting": """
Journeyman Sheet Metal Installer, data center and commercial HVAC.

Requirements:
4+ yrs as a journeyman installing commercial HVAC duct
Completed sheet metal apprenticeship (DOL-registered or union)
OSHA 10 (OSHA 30 preferred)
Read mechanical plans and coordination drawings
Valid driver's license, reliable transportation

Must pass drug screen and be able to work on lifts and ladders. Per diem available on travel projects. EOE/Veterans/Disabled.
""",
        "name": "Wesley Carrow",
        "label": "Journeyman Sheet Metal Worker",
        "summary": "Journeyman sheet metal worker with six years installing commercial and data-center HVAC systems after a four-year union apprenticeship.",
        "where": ("Leesburg", "VA"),
        "work": [
            ("Sheet Metal Foreman", "Hunton Mechanical", "2024-02", "", [
                "Run a four-person crew installing supply and return duct for hyperscale data halls",
                "Read coordination drawings and lay out hangers with a total station",
            ]),
            ("Journeyman Sheet Metal Worker", "Limbach", "2020-06", "2024-01", [
                "Installed rectangular, round and oval duct, VAV boxes and grilles in office and lab buildings",
            ]),
            ("Sheet Metal Apprentice", "Limbach", "2016-06", "2020-05", [
                "Completed SMART Local 100 apprenticeship while working on commercial HVAC jobs",
            ]),
        ],
        "skills": {"Trade": ["HVAC ductwork", "Layout", "Blueprint reading", "Crew leadership"]},
        "certs": [
            ("Certificate of Completion of Apprenticeship - Sheet Metal Worker", "U.S. Department of Labor, Office of Apprenticeship", "2020-05"),
            ("OSHA 30-Hour Construction", "OSHA Training Institute", "2023-04"),
            ("Virginia Driver's License, Class C", "Virginia DMV", "2013"),
        ],
        "edu": [("Apprenticeship", "Sheet Metal", "SMART Local 100 Training Center", "2020")],
        "unq": {
            "summary": "Journeyman sheet metal worker installing commercial and data-center HVAC systems after a four-year union apprenticeship.",
            "work": [
                ("Sheet Metal Foreman", "Hunton Mechanical", "2025-08", "", [
                    "Run a four-person crew installing supply and return duct for hyperscale data halls",
                    "Read coordination drawings and lay out hangers with a total station",
                ]),
                ("Journeyman Sheet Metal Worker", "Limbach", "2023-10", "2025-07", [
                    "Installed rectangular, round and oval duct, VAV boxes and grilles in office and lab buildings",
                ]),
                ("Sheet Metal Apprentice", "Limbach", "2019-09", "2023-09", [
                    "Completed SMART Local 100 apprenticeship while working on commercial HVAC jobs",
                ]),
            ],
            "certs": [
                ("Certificate of Completion of Apprenticeship - Sheet Metal Worker", "U.S. Department of Labor, Office of Apprenticeship", "2023-09"),
                ("OSHA 30-Hour Construction", "OSHA Training Institute", "2023-04"),
                ("Virginia Driver's License, Class C", "Virginia DMV", "2013"),
            ],
            "edu": [("Apprenticeship", "Sheet Metal", "SMART Local 100 Training Center", "2023")],
        },
        "decisive": ("4+ years as a journeyman", ["years", "yrs"], "years"),
    },
    {
        "id": "fire_sprinkler_fitter-fresh5-1",
        "occ": "fire_sprinkler_fitter",
        "title": "Sprinkler Fitter / ITM Technician",
        "company": "Summit Fire & Security",
        "location": "Kansas City, MO",
        "posting": """
We're adding a sprinkler fitter to our inspection, testing and maintenance (ITM) group. You'll perform NFPA 25 inspections and tests on wet, dry, preaction and deluge systems, fire pumps and backflows, write up deficiencies in our reporting software, and make the repairs yourself: heads, valves, trim, small pipe.

Required
- NICET Level II (minimum) in Inspection and Testing of Water-Based Systems
- Journeyman-level sprinkler fitting skills (threading, grooving, hanging pipe)
- Valid driver's license with acceptable MVR

Preferred
- Backflow tester certification
- Fire pump annual testing experience

Company truck, tools and phone. Overtime and on-call rotation. Drug-free workplace; equal opportunity employer.
""",
        "name": "Dustin Marchetti",
        "label": "Fire Sprinkler Inspector / Fitter",
        "summary": "Sprinkler fitter turned ITM technician: seven years installing and servicing water-based fire protection, including dry, preaction and fire pump testing.",
        "where": ("Overland Park", "KS"),
        "work": [
            ("Service & Inspection Technician", "Western Fire Protection", "2022-03", "", [
                "Perform quarterly, annual and five-year inspections and tests per NFPA 25; trip tests on dry and preaction valves",
                "Run annual fire pump flow tests and document results",
                "Repair deficiencies: replace heads, rebuild dry valves and trim, repipe small branch lines",
            ]),
            ("Sprinkler Fitter", "Sprinkler Fitters Local 314 - dispatched contractors", "2019-05", "2022-02", [
                "Installed mains and branch lines on warehouses and multifamily projects; threaded, grooved and hung pipe",
            ]),
        ],
        "skills": {"Fire protection": ["NFPA 25", "Dry and preaction valves", "Fire pump testing", "Pipe threading", "Roll grooving"]},
        "certs": [
            ("NICET Level III - Inspection and Testing of Water-Based Systems", "National Institute for Certification in Engineering Technologies", "2025-04"),
            ("Backflow Prevention Assembly Tester", "ASSE (Series 5110)", "2023-08"),
            ("Kansas Driver's License, Class C", "Kansas Division of Vehicles", "2010"),
        ],
        "edu": [("Apprenticeship", "Sprinkler Fitting", "Sprinkler Fitters Local 314 JATC", "2019")],
        "unq": {
            "certs": [
                ("NICET Level I - Inspection and Testing of Water-Based Systems", "National Institute for Certification in Engineering Technologies", "2025-04"),
                ("Backflow Prevention Assembly Tester", "ASSE (Series 5110)", "2023-08"),
                ("Kansas Driver's License, Class C", "Kansas Division of Vehicles", "2010"),
            ],
        },
        "decisive": ("NICET Level II in Inspection and Testing of Water-Based Systems", ["Level II", "NICET II"], "credential level"),
    },
    {
        "id": "fire_sprinkler_fitter-fresh5-2",
        "occ": "fire_sprinkler_fitter",
        "title": "Journeyman Sprinkler Fitter",
        "company": "Viking Fire Protection Contractors",
        "location": "St. Paul, MN",
        "posting": """
Journeyman Sprinkler Fitter - new construction & tenant finish, Twin Cities metro.

You must hold a current Minnesota Journeyman Sprinkler Fitter certificate of competency issued by the State Fire Marshal Division. Completed sprinkler fitter apprenticeship; able to lay out and install wet and dry systems from shop drawings; NFPA 13 knowledge; OSHA 10.

Valid driver's license. Work requires lifts, ladders and lifting pipe overhead. Union scale (Local 417), full benefits. EOE.
""",
        "name": "Anders Halvorsen",
        "label": "Journeyman Sprinkler Fitter",
        "summary": "Journeyman sprinkler fitter with nine years on commercial and multifamily wet, dry and standpipe systems across the upper Midwest.",
        "where": ("Hudson", "WI"),
        "work": [
            ("Sprinkler Fitter Foreman", "Breckenridge Fire Protection", "2021-04", "", [
                "Lead crews installing wet, dry and standpipe systems on mid-rise multifamily and tenant-finish jobs in St. Paul and Eau Claire",
                "Lay out branch lines from shop drawings and coordinate hydrostatic tests with inspectors",
            ]),
            ("Journeyman Sprinkler Fitter", "Eau Claire Automatic Sprinkler", "2017-06", "2021-03", [
                "Installed systems to NFPA 13 on warehouses, schools and clinics",
            ]),
        ],
        "skills": {"Fire protection": ["NFPA 13", "Wet and dry systems", "Standpipes", "Hydrostatic testing", "Layout"]},
        "certs": [
            ("Journeyman Automatic Fire Sprinkler Fitter License", "Wisconsin Department of Safety and Professional Services", "2017-05"),
            ("Journeyman Sprinkler Fitter Certificate of Competency", "Minnesota Department of Public Safety - State Fire Marshal Division", "2021-02"),
            ("OSHA 10-Hour Construction", "OSHA Training Institute", "2016"),
            ("Wisconsin Driver License, Class D", "Wisconsin DMV", "2009"),
        ],
        "edu": [("Apprenticeship", "Sprinkler Fitting", "Sprinkler Fitters Local 669 JATC", "2017")],
        "unq": {
            "certs": [
                ("Journeyman Automatic Fire Sprinkler Fitter License", "Wisconsin Department of Safety and Professional Services", "2017-05"),
                ("OSHA 10-Hour Construction", "OSHA Training Institute", "2016"),
                ("Wisconsin Driver License, Class D", "Wisconsin DMV", "2009"),
            ],
        },
        "swaps": [("jobs in St. Paul and Eau Claire", "jobs in Eau Claire and La Crosse")],
        "decisive": ("Minnesota journeyman sprinkler fitter certificate", ["Minnesota"], "jurisdiction"),
    },
    {
        "id": "wind_turbine_technician-fresh5-1",
        "occ": "wind_turbine_technician",
        "title": "Wind Turbine Technician - Onshore",
        "company": "Siemens Gamesa Renewable Energy",
        "location": "Inverness, Scotland, UK",
        "posting": """
We are recruiting Wind Turbine Technicians to join our service team covering onshore wind farms in the Highlands. You will carry out scheduled maintenance, fault-finding and repairs on SG 2.X and SWT-3.6 turbines, working in teams of two at height and in all weathers.

Essential criteria
- GWO Basic Safety Training (Working at Heights, Manual Handling, First Aid, Fire Awareness), in date
- GWO Basic Technical Training (BTT) - Mechanical, Electrical and Hydraulics modules
- Recognised qualification in an electrical or mechanical discipline (NVQ Level 3, HNC or equivalent)
- Full UK driving licence

Desirable
- Previous experience on multi-megawatt turbines
- 18th Edition (BS 7671)

Shift allowance, company vehicle and generous pension. Offers are subject to a medical including working-at-height fitness and a basic disclosure check.
""",
        "name": "Callum MacLeod",
        "label": "Wind Turbine Technician",
        "summary": "Electrical and mechanical maintenance technician with two years on onshore wind farms after four years in Royal Navy marine engineering.",
        "where": ("Dingwall", "Highland"),
        "country": "GB",
        "work": [
            ("Wind Technician", "Vestas Northern Europe - Highlands service unit", "2024-09", "", [
                "Carry out six-monthly and annual services on V90 and V117 turbines: torque and tension checks, gearbox oil sampling, pitch and yaw inspections",
                "Fault-find converter, pitch and hydraulic alarms with the remote operations centre",
            ]),
            ("Marine Engineering Technician", "Royal Navy", "2020-08", "2024-08", [
                "Maintained diesel generators, hydraulic systems and LV switchboards on a Type 23 frigate",
            ]),
        ],
        "skills": {"Technical": ["Hydraulics", "LV electrical fault-finding", "Torque and tensioning", "Gearbox inspection"], "Safety": ["Working at height", "Rescue from height"]},
        "certs": [
            ("GWO Basic Safety Training (WAH, MH, FA, FAW)", "Global Wind Organisation - RelyOn Nutec Aberdeen", "2025-10"),
            ("GWO Basic Technical Training - Mechanical, Electrical, Hydraulics", "Global Wind Organisation - RelyOn Nutec Aberdeen", "2024-08"),
            ("18th Edition Wiring Regulations (BS 7671)", "City & Guilds (2382-22)", "2024-06"),
            ("Full UK Driving Licence (Category B)", "DVLA", "2016"),
        ],
        "edu": [("NVQ Level 3 Diploma", "Marine Engineering Maintenance", "Royal Navy / HMS Sultan", "2022")],
        "unq": {
            "certs": [
                ("GWO Basic Safety Training (WAH, MH, FA, FAW)", "Global Wind Organisation - RelyOn Nutec Aberdeen", "2025-10"),
                ("GWO Advanced Rescue Training (ART)", "Global Wind Organisation - RelyOn Nutec Aberdeen", "2024-08"),
                ("18th Edition Wiring Regulations (BS 7671)", "City & Guilds (2382-22)", "2024-06"),
                ("Full UK Driving Licence (Category B)", "DVLA", "2016"),
            ],
        },
        "decisive": ("GWO Basic Technical Training (BTT)", ["BTT", "Basic Technical Training"], "certificate"),
    },
    {
        "id": "wind_turbine_technician-fresh5-2",
        "occ": "wind_turbine_technician",
        "title": "Wind Technician II",
        "company": "NextEra Energy Resources",
        "location": "Sweetwater, TX",
        "posting": """
Wind Technician II. Site-based, 4x10s with rotating on-call.

- 2+ years of wind turbine maintenance & troubleshooting experience (GE 1.5/2.x platform preferred)
- GWO BST or equivalent climb/rescue training
- Comfortable climbing 80m towers, working in confined hubs and nacelles
- Electrical troubleshooting w/ schematics, meters; hydraulic and mechanical systems
- Valid driver's license; must be able to obtain site access

Physical: climb ladders repeatedly, lift 50 lbs, work in heat/cold. Equal Opportunity Employer including Disability/Vets.
""",
        "name": "Ramon Ybarra",
        "label": "Wind Turbine Technician",
        "summary": "Wind technician with nearly four years servicing GE 1.5 and 2.x turbines: scheduled maintenance, converter and pitch troubleshooting, and climb rescue.",
        "where": ("Abilene", "TX"),
        "work": [
            ("Lead Wind Technician", "Invenergy - Buffalo Gap site", "2024-03", "", [
                "Troubleshoot converter, pitch and yaw faults on GE 1.5sle and 2.x turbines using schematics and a Fluke meter",
                "Lead semi-annual services, bolt torque campaigns and main bearing greasing",
            ]),
            ("Wind Turbine Technician I", "Duke Energy Renewables - Los Vientos", "2023-02", "2024-02", [
                "Completed scheduled maintenance and component change-outs as part of a two-person climb team",
            ]),
            ("Industrial Maintenance Mechanic", "Tyson Foods - Abilene plant", "2019-04", "2023-01", [
                "Maintained conveyors, hydraulics and motor controls on processing lines",
            ]),
        ],
        "skills": {"Technical": ["Electrical troubleshooting", "Hydraulics", "Torque tools", "Schematics", "PLC basics"]},
        "certs": [
            ("GWO Basic Safety Training", "Global Wind Organisation - Texas State Technical College", "2025-02"),
            ("NFPA 70E Arc Flash Safety", "TSTC", "2025-02"),
            ("Texas Driver License, Class C", "Texas DPS", "2012"),
        ],
        "edu": [("Associate of Applied Science", "Wind Energy Technology", "Texas State Technical College, Sweetwater", "2019")],
        "unq": {
            "summary": "Wind technician servicing GE 1.5 and 2.x turbines after several years in industrial maintenance: scheduled maintenance, converter and pitch troubleshooting, and climb rescue.",
            "work": [
                ("Wind Technician", "Invenergy - Buffalo Gap site", "2025-10", "", [
                    "Troubleshoot converter, pitch and yaw faults on GE 1.5sle and 2.x turbines using schematics and a Fluke meter",
                    "Take part in semi-annual services, bolt torque campaigns and main bearing greasing",
                ]),
                ("Industrial Maintenance Mechanic", "Tyson Foods - Abilene plant", "2019-04", "2025-09", [
                    "Maintained conveyors, hydraulics and motor controls on processing lines",
                ]),
            ],
        },
        "decisive": ("2+ years of wind turbine maintenance experience", ["years", "yrs"], "years"),
    },
    {
        "id": "cnc_machinist-fresh5-1",
        "occ": "cnc_machinist",
        "title": "CNC Programmer / Machinist",
        "company": "Accu-Tech Precision",
        "location": "Wichita, KS",
        "posting": """
Aerospace job shop (AS9100) looking for a CNC Programmer/Machinist for our mill cell: Haas and Okuma 3- and 4-axis VMCs and a DMG Mori 5-axis.

You will:
- Program parts in Mastercam from customer models, post and prove out programs
- Set up fixtures and tools, run first articles and hand off to operators
- Hold aerospace tolerances and complete in-process inspection

Required:
- 3 years programming and setting up CNC mills
- Mastercam (Mill, 3-axis minimum; multiaxis a plus)
- GD&T, blueprint reading, micrometers/bore gauges/height gauge
- Must be a U.S. person (ITAR)

We offer 1st or 2nd shift, shift differential, 401(k) match. Drug screen and background check required. EOE.
""",
        "name": "Jared Holloway",
        "label": "CNC Programmer",
        "summary": "CNC programmer and setup machinist with six years in aerospace and defense shops; writes and proves out 3-, 4- and 5-axis milling programs. U.S. citizen.",
        "where": ("Derby", "KS"),
        "work": [
            ("Manufacturing Programmer", "Spirit AeroSystems supplier - Precision Aerospace Components", "2022-07", "", [
                "Program aluminum and titanium brackets and fittings in Mastercam Mill and Mastercam Multiaxis; build post-processed code for Haas and Okuma controls",
                "Prove out programs, set fixtures and tool offsets, and sign off first-article inspections",
            ]),
            ("CNC Setup Machinist", "Harlow Aerostructures", "2020-05", "2022-06", [
                "Set up and ran 4-axis Haas VF-4 mills; edited G-code at the machine",
                "Checked parts to GD&T callouts with height gauge, bore gauges and CMM reports",
            ]),
        ],
        "skills": {"CAM": ["Mastercam Mill", "Mastercam Multiaxis"], "Machining": ["Setup", "G-code", "GD&T", "First article inspection"]},
        "certs": [("NIMS Level I - CNC Milling: Programming Setup & Operations", "National Institute for Metalworking Skills", "2020-04")],
        "edu": [("Associate of Applied Science", "Machining Technology", "WSU Tech", "2020")],
        "swaps": [("Mastercam Mill and Mastercam Multiaxis", "Autodesk Fusion 360 CAM and Siemens NX CAM"), ("\"Mastercam Mill\", \"Mastercam Multiaxis\"", "\"Fusion 360 CAM\", \"Siemens NX CAM\"")],
        "decisive": ("Mastercam programming", ["Mastercam"], "tool"),
    },
    {
        "id": "cnc_machinist-fresh5-2",
        "occ": "cnc_machinist",
        "title": "CNC Lathe Machinist - 2nd Shift",
        "company": "Parker Hannifin",
        "location": "Elyria, OH",
        "posting": """
CNC Machinist, Lathe - 2nd shift (3:00pm - 11:30pm)

Minimum five years' experience as a CNC machinist performing your own setups on multi-axis lathes (Mazak, Okuma or Doosan with live tooling) is required. You'll set up and run hydraulic valve bodies and spools, edit programs at the control, and verify parts to print with standard gages.

Also required: blueprint reading and GD&T, high school diploma or GED.
Preferred: Mazatrol conversational, bar feeders, Swiss-type.

Parker offers medical, dental, vision, 401(k) with match, and tuition reimbursement. Equal Opportunity Employer - Veterans/Disabilities.
""",
        "name": "Luis Carrasquillo",
        "label": "CNC Machinist",
        "summary": "Setup machinist on Mazak and Okuma multi-axis lathes with live tooling; programs in Mazatrol and edits G-code at the control.",
        "where": ("Lorain", "OH"),
        "work": [
            ("Machinist - Multi-Axis Turning", "Ridge Tool Company", "2022-10", "", [
                "Set up and run Mazak Integrex and QTN lathes with live tooling and bar feeders",
                "Program in Mazatrol conversational; edit G-code for Okuma LB lathes",
                "Inspect to GD&T with micrometers, thread gages and bore gauges",
            ]),
            ("CNC Setup Machinist", "Lincoln Electric", "2018-06", "2022-09", [
                "Performed full setups on Doosan Puma SMX multi-axis lathes with live tooling: chucks, tooling, offsets and first-piece inspection",
            ]),
        ],
        "skills": {"Machining": ["CNC turning", "Live tooling", "Mazatrol", "G-code", "GD&T"]},
        "certs": [("NIMS CNC Turning: Operations", "National Institute for Metalworking Skills", "2019-03")],
        "edu": [("High School Diploma", "", "Lorain High School", "2016")],
        "unq": {
            "work": [
                ("Machinist - Multi-Axis Turning", "Ridge Tool Company", "2022-10", "", [
                    "Set up and run Mazak Integrex and QTN lathes with live tooling and bar feeders",
                    "Program in Mazatrol conversational; edit G-code for Okuma LB lathes",
                    "Inspect to GD&T with micrometers, thread gages and bore gauges",
                ]),
                ("CNC Operator", "Lincoln Electric", "2018-06", "2022-09", [
                    "Loaded parts, ran proven programs and checked dimensions on Doosan Puma SMX multi-axis lathes; setups done by the lead machinist",
                ]),
            ],
        },
        "decisive": ("five years as a CNC machinist doing own setups", ["years", "yrs"], "years"),
    },
    {
        "id": "locksmith-fresh5-1",
        "occ": "locksmith",
        "title": "Commercial Locksmith",
        "company": "Secure Access Services",
        "location": "Knoxville, TN",
        "posting": """
Commercial Locksmith wanted for a growing security company serving schools, hospitals and property managers in East Tennessee.

Duties: rekey and master key commercial properties, install and service mortise and cylindrical locksets, exit devices and door closers, work with interchangeable cores (Best SFIC), and help our access-control installers on hardware.

Requirements
- Current Tennessee locksmith license (Department of Commerce & Insurance, Locksmith Licensing Program)
- 3 years of commercial locksmithing
- Master keying experience
- Valid driver's license and clean driving record

Company van, uniforms and phone. Full-time with on-call rotation. Background check required.
""",
        "name": "Bryce Whitaker",
        "label": "Commercial Locksmith",
        "summary": "Commercial locksmith with seven years of master keying, SFIC core systems, exit devices and door hardware for schools and healthcare facilities along the state line.",
        "where": ("Bristol", "VA"),
        "work": [
            ("Locksmith II", "Tri-Cities Lock & Safe", "2021-03", "", [
                "Design and pin master key systems for school districts and clinics; cut and combinate Best SFIC cores",
                "Install and repair Von Duprin exit devices, LCN closers and mortise locks",
            ]),
            ("Locksmith Technician", "Appalachian Security Hardware", "2019-01", "2021-02", [
                "Rekeyed apartment turnovers and serviced storefront hardware",
            ]),
        ],
        "skills": {"Locksmithing": ["Master keying", "SFIC cores", "Exit devices", "Door closers", "Mortise locks"]},
        "certs": [
            ("Locksmith Registration", "Virginia Department of Criminal Justice Services", "2019-02"),
            ("Locksmith License", "Tennessee Department of Commerce & Insurance", "2021-04"),
            ("Certified Registered Locksmith (CRL)", "ALOA Security Professionals Association", "2022-09"),
            ("Virginia Driver's License", "Virginia DMV", "2012"),
        ],
        "edu": [("High School Diploma", "", "Virginia High School", "2013")],
        "unq": {
            "certs": [
                ("Locksmith Registration", "Virginia Department of Criminal Justice Services", "2019-02"),
                ("Certified Registered Locksmith (CRL)", "ALOA Security Professionals Association", "2022-09"),
                ("Virginia Driver's License", "Virginia DMV", "2012"),
            ],
        },
        "decisive": ("Tennessee locksmith license", ["Tennessee"], "jurisdiction"),
    },
    {
        "id": "locksmith-fresh5-2",
        "occ": "locksmith",
        "title": "Mobile Automotive Locksmith",
        "company": "Pop-A-Lock of Phoenix",
        "location": "Phoenix, AZ",
        "posting": """
Mobile Automotive Locksmith - full time, days w/ rotating evenings & weekends

what you'll do: car lockouts, all-keys-lost, transponder & smart key programming, ignition repair, occasional residential lockout/rekey

must have:
- 2+ yrs automotive locksmith experience
- hands-on w/ Autel MaxiIM IM608 (every van runs it, we don't support other programmers)
- key cutting on a Xhorse Condor or similar
- clean driving record, valid AZ license

pay is hourly + commission, van + gas card provided. background check & drug test required.
""",
        "name": "Tomas Villalobos",
        "label": "Automotive Locksmith",
        "summary": "Automotive locksmith with four years of mobile all-keys-lost, transponder and smart-key programming for domestic, Asian and European vehicles.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Auto Key Technician", "Valley Lock & Key", "2022-08", "", [
                "Handle all-keys-lost and duplicate jobs: originate keys by code, cut on a Xhorse Condor XC-Mini Plus, program with an Autel IM608 Pro",
                "Program proximity and smart keys for Toyota, Honda, Ford and GM; repair ignitions",
            ]),
            ("Locksmith Apprentice", "Desert Lock Service", "2021-06", "2022-07", [
                "Lockouts, rekeys and residential lock installs while learning automotive work",
            ]),
        ],
        "skills": {"Automotive": ["Transponder programming", "Smart keys", "Key origination", "Ignition repair"], "Tools": ["Autel IM608 Pro", "Xhorse Condor XC-Mini Plus", "Lishi picks"]},
        "certs": [("Arizona Driver License, Class D", "Arizona MVD", "2015")],
        "edu": [("High School Diploma", "", "Mesa High School", "2016")],
        "swaps": [("program with an Autel IM608 Pro", "program with an Advanced Diagnostics Smart Pro"), ("\"Autel IM608 Pro\"", "\"Advanced Diagnostics Smart Pro\"")],
        "decisive": ("Autel MaxiIM IM608 key programmer", ["Autel", "IM608"], "tool"),
    },
]
# fmt: on
