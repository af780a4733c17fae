"""Fresh set, trades and construction: electrician, HVAC technician, plumber, welder, construction project manager, aircraft mechanic."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "electrician-fresh-1",
        "occ": "electrician",
        "title": "Journeyman Electrician - Commercial/Industrial",
        "company": "Rosendin",
        "location": "Austin, TX",
        "posting": """
Rosendin is an employee-owned electrical contractor building data centers, healthcare and commercial projects across Central Texas.

Journeyman Electrician - Commercial

Requirements:
- Active Journeyman Electrician license issued by TDLR
- 5+ years of commercial or industrial electrical construction experience (conduit bending, MC and EMT, switchgear and panel terminations, pulling feeders)
- Read and work from blueprints and one-line diagrams
- Valid driver's license
- OSHA 10 (OSHA 30 preferred)

Provide your own hand tools. Must be able to lift 50 lbs and work from ladders and lifts.

Rosendin is an Equal Opportunity Employer.
""",
        "name": "Luis Cardenas",
        "label": "Journeyman Electrician",
        "summary": "Licensed journeyman electrician with ten years on commercial and data center jobs: rigid and EMT conduit, feeders, switchgear terminations and start-up.",
        "where": ("Pflugerville", "TX"),
        "work": [
            ("Journeyman Electrician", "Cupertino Electric", "2020-11", "", [
                "Install 4-inch rigid and EMT conduit racks, pull 600 kcmil feeders and terminate switchgear on hyperscale data center builds",
                "Lead a 4-person crew; work from one-lines and panel schedules",
            ]),
            ("Electrical Apprentice, Commercial", "IES Commercial", "2016-08", "2020-10", [
                "Tenant finish-outs and ground-up retail: MC cable, lighting controls and panel make-up",
            ]),
        ],
        "skills": {"Electrical": ["Conduit bending", "Feeder pulls", "Switchgear terminations", "Blueprint reading", "NEC 2023"]},
        "certs": [
            ("Journeyman Electrician license", "Texas Department of Licensing and Regulation (TDLR)", "2020-10"),
            ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2023-02"),
            ("Texas Class C driver's license", "Texas DPS", ""),
        ],
        "edu": [("Certificate", "Electrical Apprenticeship (4-year)", "Independent Electrical Contractors of Texas", "2020")],
        "unq": {
            "certs": [
                ("Journeyman Electrician license", "Texas Department of Licensing and Regulation (TDLR)", "2022-08"),
                ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2023-02"),
                ("Texas Class C driver's license", "Texas DPS", ""),
            ],
            "edu": [("Certificate", "Electrical Apprenticeship (4-year)", "Independent Electrical Contractors of Texas", "2022")],
            "summary": "Licensed journeyman electrician on commercial and data center jobs after a residential apprenticeship: rigid and EMT conduit, feeders and switchgear terminations.",
            "work": [
                ("Journeyman Electrician", "Cupertino Electric", "2022-09", "", [
                    "Install 4-inch rigid and EMT conduit racks, pull 600 kcmil feeders and terminate switchgear on hyperscale data center builds",
                    "Lead a 4-person crew; work from one-lines and panel schedules",
                ]),
                ("Electrical Apprentice, Residential", "Mister Sparky", "2018-06", "2022-08", [
                    "Single-family new construction and service calls: rough-in, trim-out and 200 A service upgrades",
                ]),
            ],
        },
        "decisive": ("5+ years of commercial or industrial electrical experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "electrician-fresh-2",
        "occ": "electrician",
        "title": "Certified General Electrician",
        "company": "Cupertino Electric",
        "location": "Sacramento, CA",
        "posting": """
General Electrician (certified) - Sacramento / Roseville projects

We need certified electricians for hospital and higher-ed projects.

Must have:
* Current California General Electrician certification card (DIR / Division of Labor Standards Enforcement)
* 3+ yrs commercial electrical
* NFPA 70E arc flash training
* Valid driver's license, reliable transportation
* Able to pass pre-hire drug test

Nice to have: fire alarm experience, Bluebeam, OSHA 30.

$48-56/hr DOE + benefits. Cupertino Electric is an equal opportunity employer.
""",
        "name": "Cody Hartman",
        "label": "General Electrician",
        "summary": "Commercial electrician with nearly ten years on hospital, school and office projects; conduit, gear, lighting controls and fire alarm.",
        "where": ("Elk Grove", "CA"),
        "work": [
            ("General Electrician", "Helix Electric", "2021-04", "", [
                "Branch and feeder installation on hospital additions and OSHPD/HCAI-inspected work",
                "Fire alarm device install and pre-test; mark up as-builts in Bluebeam",
            ]),
            ("Electrician Trainee", "Bockmon & Woody Electric", "2017-02", "2021-03", [
                "Tenant improvements and school modernizations under a certified electrician",
            ]),
        ],
        "skills": {"Electrical": ["Conduit and wire", "Lighting controls", "Fire alarm", "Arc flash safety"], "Software": ["Bluebeam Revu"]},
        "certs": [
            ("General Electrician certification", "California Department of Industrial Relations (DIR), DLSE", "2021-03"),
            ("NFPA 70E Arc Flash Safety", "NFPA", "2025-01"),
            ("Driver's license", "California DMV", ""),
        ],
        "edu": [("Certificate", "Electrical Technology", "American River College", "2020")],
        "unq": {
            "where": ("Beaverton", "OR"),
            "work": [
                ("General Journeyman Electrician", "Christenson Electric", "2021-04", "", [
                    "Branch and feeder installation on hospital additions and state-inspected work",
                    "Fire alarm device install and pre-test; mark up as-builts in Bluebeam",
                ]),
                ("Electrical Apprentice", "Dynalectric Oregon", "2017-02", "2021-03", [
                    "Tenant improvements and school modernizations under a licensed journeyman",
                ]),
            ],
            "certs": [
                ("General Journeyman Electrician license", "Oregon Building Codes Division", "2021-03"),
                ("NFPA 70E Arc Flash Safety", "NFPA", "2025-01"),
                ("Driver's license", "Oregon DMV", ""),
            ],
            "edu": [("Certificate", "Electrical Technology", "Portland Community College", "2020")],
        },
        "decisive": ("California General Electrician certification (DIR)", ["California", "DIR", "DLSE"], "jurisdiction"),
    },
    {
        "id": "hvac_technician-fresh-1",
        "occ": "hvac_technician",
        "title": "Commercial HVAC Service Technician",
        "company": "Trane Technologies",
        "location": "Charlotte, NC",
        "posting": """
As a Commercial HVAC Service Technician you will diagnose and repair rooftop units, split systems, air-cooled and centrifugal chillers, and air handlers for customers across the Charlotte metro.

What you will bring:
- EPA Section 608 Universal certification (required - our chiller fleet includes low-pressure centrifugals)
- 3+ years of commercial HVAC/R service experience
- Valid driver's license and a driving record that meets our fleet policy
- Electrical troubleshooting to the component level

Preferred: NATE certification, North Carolina H-3 or H-2 mechanical license, experience with Trane Tracer controls.

Company vehicle, tools and cell phone provided. Trane Technologies is an equal opportunity employer.
""",
        "name": "Derrick Simmons",
        "label": "Commercial HVAC/R Service Technician",
        "summary": "Commercial HVAC service technician with six years on rooftop units, chillers and refrigeration; strong on electrical diagnostics and refrigerant circuits.",
        "where": ("Gastonia", "NC"),
        "work": [
            ("HVAC Service Technician II", "Johnson Controls", "2022-03", "", [
                "Service and repair RTUs, VAV systems, air-cooled scroll chillers and low-pressure centrifugal chillers",
                "Refrigerant recovery, leak testing and charging; keep refrigerant logs for EPA compliance",
            ]),
            ("HVAC Technician", "Service Experts", "2020-05", "2022-02", [
                "Light-commercial and residential service; heat pumps, gas furnaces and split systems",
            ]),
        ],
        "skills": {"HVAC/R": ["Chiller service", "Refrigerant recovery", "Electrical diagnostics", "Rooftop units"], "Tools": ["Fluke meters", "Digital manifolds"]},
        "certs": [
            ("EPA Section 608 Technician Certification - Universal", "ESCO Institute", "2020-03"),
            ("NATE Certified - Commercial Refrigeration", "North American Technician Excellence", "2023-05"),
            ("North Carolina driver's license", "NCDMV", ""),
        ],
        "edu": [("Diploma", "Air Conditioning, Heating and Refrigeration Technology", "Central Piedmont Community College", "2020")],
        "unq": {
            "certs": [
                ("EPA Section 608 Technician Certification - Type I and Type II", "ESCO Institute", "2020-03"),
                ("NATE Certified - Commercial Refrigeration", "North American Technician Excellence", "2023-05"),
                ("North Carolina driver's license", "NCDMV", ""),
            ],
        },
        "swaps": [
            ("air-cooled scroll chillers and low-pressure centrifugal chillers", "air-cooled scroll chillers and split systems"),
        ],
        "decisive": ("EPA Section 608 Universal certification", ["Universal"], "credential level"),
    },
    {
        "id": "hvac_technician-fresh-2",
        "occ": "hvac_technician",
        "title": "HVAC Technician - Building Automation (Hospital Campus)",
        "company": "ABM Industries",
        "location": "Nashville, TN",
        "posting": """
ABM provides facility services for a large academic medical center in Nashville. We are hiring an HVAC Technician for the building automation and mechanical shop, 2nd shift.

Key responsibilities: troubleshoot air handlers, VAV boxes, exhaust fans, pumps and chilled water valves; respond to BAS alarms; trend and adjust setpoints and schedules; maintain pressure relationships in isolation rooms and ORs.

Requirements:
* Hands-on experience with a building automation system (BAS) front end - Johnson Controls Metasys or Tridium Niagara (N4) - required
* 3+ years commercial HVAC experience
* EPA 608 certification (Type II or Universal)
* Valid driver's license

Preferred: healthcare facility experience, Tennessee refrigeration/mechanical license, CHFM exposure.

ABM is an Equal Opportunity Employer.
""",
        "name": "Marcus Greene",
        "label": "HVAC / Controls Technician",
        "summary": "HVAC technician with five years in hospital and campus facilities: air handlers, VAVs and central plant equipment, with daily work in building automation front ends.",
        "where": ("Antioch", "TN"),
        "work": [
            ("HVAC Technician II", "HCA TriStar Centennial Medical Center", "2022-02", "", [
                "Respond to Metasys alarms; trend zone temperatures and adjust AHU schedules and setpoints",
                "Troubleshoot VAV boxes, actuators and chilled water valves; verify negative pressure in isolation rooms",
            ]),
            ("Maintenance Mechanic, HVAC", "Vanderbilt University Plant Operations", "2020-01", "2022-01", [
                "Preventive maintenance on air handlers, pumps and cooling towers; Niagara N4 workbench for point overrides",
            ]),
        ],
        "skills": {"HVAC": ["Air handlers", "VAV troubleshooting", "Chilled water systems", "Pressure monitoring"], "Controls": ["Johnson Controls Metasys", "Tridium Niagara N4", "BACnet"]},
        "certs": [
            ("EPA Section 608 - Universal", "Mainstream Engineering", "2019-11"),
            ("Tennessee driver's license", "Tennessee Department of Safety", ""),
        ],
        "edu": [("Diploma", "HVAC/R", "Tennessee College of Applied Technology - Nashville", "2019")],
        "unq": {
            "label": "HVAC Technician",
            "summary": "HVAC technician with five years in hospital and campus facilities: air handlers, VAVs and central plant equipment.",
            "work": [
                ("HVAC Technician II", "HCA TriStar Centennial Medical Center", "2022-02", "", [
                    "Answer work orders from nursing units; check zone temperatures with handheld meters and reset local thermostats",
                    "Troubleshoot VAV boxes, actuators and chilled water valves; verify negative pressure in isolation rooms",
                ]),
                ("Maintenance Mechanic, HVAC", "Vanderbilt University Plant Operations", "2020-01", "2022-01", [
                    "Preventive maintenance on air handlers, pumps and cooling towers",
                ]),
            ],
            "skills": {"HVAC": ["Air handlers", "VAV troubleshooting", "Chilled water systems", "Pressure monitoring"], "Tools": ["Fluke meters", "Magnehelic gauges"]},
        },
        "decisive": ("building automation system (Metasys or Niagara) experience", ["Metasys", "Niagara", "building automation", "BAS"], "tool"),
    },
    {
        "id": "plumber-fresh-1",
        "occ": "plumber",
        "title": "Journeyman Plumber - Medical Gas",
        "company": "Murphy Company",
        "location": "Denver, CO",
        "posting": """
Murphy Company Mechanical Contractors & Engineers is hiring journeyman plumbers for a hospital expansion in the Denver Tech Center.

Scope: medical gas and vacuum piping (oxygen, medical air, nitrous, vacuum, WAGD), domestic water, and sanitary waste and vent.

Qualifications
- Colorado Journeyman Plumber license (State Plumbing Board)
- ASSE 6010 Medical Gas Installer certification, current - required for this crew
- Brazing of copper per NFPA 99; nitrogen purge
- 3 years commercial plumbing experience
- OSHA 10

Must bring own hand tools. Pre-employment drug screen. EOE.
""",
        "name": "Jared Kowalski",
        "label": "Journeyman Plumber",
        "summary": "Journeyman plumber with commercial and healthcare experience: medical gas and vacuum piping, copper brazing with nitrogen purge, domestic water and DWV.",
        "where": ("Lakewood", "CO"),
        "work": [
            ("Journeyman Plumber", "RK Mechanical", "2021-08", "", [
                "Install oxygen, medical air and vacuum piping on hospital tenant finishes; braze under nitrogen purge per NFPA 99",
                "Domestic water and cast iron DWV on multi-story healthcare and lab buildings",
            ]),
            ("Plumbing Apprentice", "Shaw Construction Plumbing", "2017-06", "2021-07", [
                "Commercial underground, rough-in and fixture setting",
            ]),
        ],
        "skills": {"Plumbing": ["Brazing", "Nitrogen purge", "Domestic water", "DWV", "Blueprint reading"]},
        "certs": [
            ("Journeyman Plumber license", "Colorado State Plumbing Board (DORA)", "2021-07"),
            ("ASSE 6010 Medical Gas Systems Installer", "ASSE International", "2023-04"),
            ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2022-01"),
        ],
        "edu": [("Certificate", "Plumbing Apprenticeship", "Colorado Pipe Trades Industry Training", "2021")],
        "unq": {
            "summary": "Journeyman plumber with commercial and healthcare experience: copper brazing with nitrogen purge, domestic water and DWV.",
            "work": [
                ("Journeyman Plumber", "RK Mechanical", "2021-08", "", [
                    "Install domestic hot and cold water, RO water and lab waste piping on hospital tenant finishes; braze under nitrogen purge",
                    "Domestic water and cast iron DWV on multi-story healthcare and lab buildings",
                ]),
                ("Plumbing Apprentice", "Shaw Construction Plumbing", "2017-06", "2021-07", [
                    "Commercial underground, rough-in and fixture setting",
                ]),
            ],
            "certs": [
                ("Journeyman Plumber license", "Colorado State Plumbing Board (DORA)", "2021-07"),
                ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2022-01"),
            ],
        },
        "decisive": ("ASSE 6010 Medical Gas Installer certification", ["ASSE 6010", "6010", "medical gas", "med gas"], "certificate"),
    },
    {
        "id": "plumber-fresh-2",
        "occ": "plumber",
        "title": "Master Plumber / Service Manager",
        "company": "Roto-Rooter Plumbing & Water Cleanup",
        "location": "Boston, MA",
        "posting": """
Roto-Rooter Boston is looking for a Master Plumber to run our service department and act as license holder for permits.

You will: pull plumbing and gas permits, supervise 8 service plumbers and apprentices, quote and close larger jobs (repipes, water heaters, sewer replacements), and still run calls when it gets busy.

Requirements
- Massachusetts Master Plumber license (Board of State Examiners of Plumbers and Gas Fitters) - required, you will be pulling permits
- 5+ years in residential and light-commercial plumbing service
- Gas fitting experience
- Valid Massachusetts driver's license with a clean record

Commission on top of salary, company van, medical/dental, 401(k). Roto-Rooter is an Equal Opportunity Employer.
""",
        "name": "Sean Fitzgerald",
        "label": "Master Plumber",
        "summary": "Licensed plumber with over thirteen years of residential and light-commercial service: water heaters, repipes, gas lines and sewer work; leads small crews.",
        "where": ("Quincy", "MA"),
        "work": [
            ("Lead Service Plumber", "Bay State Plumbing & Heating", "2019-03", "", [
                "Run service calls and quote water heater, boiler and repipe jobs; supervise two apprentices",
                "Install and pressure-test gas piping for ranges, dryers and unit heaters; pull permits for the company",
            ]),
            ("Journeyman Plumber", "Ace Plumbing Co.", "2016-05", "2019-02", [
                "Residential service and remodel plumbing; drain cleaning and sewer camera inspection",
            ]),
            ("Apprentice Plumber", "Ace Plumbing Co.", "2013-03", "2016-04", [
                "Assisted on service and new-construction plumbing",
            ]),
        ],
        "skills": {"Plumbing": ["Water heaters and boilers", "Gas fitting", "Repiping", "Sewer camera inspection", "Estimating"]},
        "certs": [
            ("Master Plumber license", "Massachusetts Board of State Examiners of Plumbers and Gas Fitters", "2019-01"),
            ("Journeyman Plumber license", "Massachusetts Board of State Examiners of Plumbers and Gas Fitters", "2016-04"),
            ("Massachusetts Class D driver's license", "Massachusetts RMV", ""),
        ],
        "edu": [("Certificate", "Plumbing theory (550 hours)", "Benjamin Franklin Cummings Institute of Technology", "2016")],
        "unq": {
            "label": "Journeyman Plumber",
            "certs": [
                ("Journeyman Plumber license", "Massachusetts Board of State Examiners of Plumbers and Gas Fitters", "2016-04"),
                ("Massachusetts Class D driver's license", "Massachusetts RMV", ""),
            ],
        },
        "swaps": [("; pull permits for the company", "; prepare permit paperwork for the license holder")],
        "decisive": ("Massachusetts Master Plumber license", ["Master"], "licence level"),
    },
    {
        "id": "welder-fresh-1",
        "occ": "welder",
        "title": "Structural Welder - 2nd Shift",
        "company": "Schuff Steel",
        "location": "Phoenix, AZ",
        "posting": """
Structural Welder - 2nd shift (3:30pm-2am, 4x10s), shop fabrication of columns, beams and moment frames.

Requirements
- Current AWS D1.1 certification, FCAW, 3G and 4G (unlimited thickness)
- 3+ years of structural steel welding experience
- Read shop drawings and weld symbols
- Own hood, gloves, grinders and hand tools
- Able to lift 50 lbs and work overhead

Shift differential. Weekly pay. Schuff Steel is an equal opportunity employer.
""",
        "name": "Ramon Delgado",
        "label": "Structural Welder",
        "summary": "Structural welder with five years on shop and field steel: FCAW moment connections, CJP groove welds and fit-up from shop drawings.",
        "where": ("Glendale", "AZ"),
        "work": [
            ("Structural Welder", "Able Steel Fabricators", "2021-05", "", [
                "FCAW complete joint penetration welds on moment-frame connections and built-up columns",
                "Lay out and fit beams from shop drawings; pass UT inspection on CJP welds",
            ]),
            ("Production Helper", "Valmont Industries", "2020-01", "2021-04", [
                "Grinding, material handling and tack-up assist on pole fabrication",
            ]),
        ],
        "skills": {"Welding": ["FCAW", "SMAW", "CJP groove welds", "Weld symbols", "Fit-up"]},
        "certs": [
            ("AWS D1.1 Certified Welder - FCAW 3G and 4G unlimited thickness", "American Welding Society (ATF: Gateway Community College)", "2025-06"),
        ],
        "edu": [("Certificate", "Welding Technology", "Gateway Community College", "2019")],
        "unq": {
            "summary": "Structural welder on shop steel after years of fitting and tack-up: FCAW moment connections, CJP groove welds and fit-up from shop drawings.",
            "work": [
                ("Structural Welder", "Able Steel Fabricators", "2024-10", "", [
                    "FCAW complete joint penetration welds on moment-frame connections and built-up columns",
                    "Lay out and fit beams from shop drawings; pass UT inspection on CJP welds",
                ]),
                ("Fitter Helper", "Able Steel Fabricators", "2021-05", "2024-09", [
                    "Grinding, bevel prep, material handling and tack-up assist for structural welders",
                ]),
                ("Production Helper", "Valmont Industries", "2020-01", "2021-04", [
                    "Grinding, material handling and tack-up assist on pole fabrication",
                ]),
            ],
        },
        "decisive": ("3+ years of structural steel welding experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "welder-fresh-2",
        "occ": "welder",
        "title": "Orbital Welder - UHP Process Piping",
        "company": "Kinetics",
        "location": "Chandler, AZ",
        "posting": """
Kinetics builds ultra-high-purity (UHP) process systems for semiconductor fabs. We're staffing orbital welders for a fab expansion in Chandler.

What you need:
- 2+ years GTAW on stainless tube (1/4" to 4" 316L EP)
- Orbital welding experience - set up weld heads, program weld schedules and run coupons on Arc Machines (AMI) or Swagelok M200 power supplies
- Qualified to ASME Section IX (we will re-test)
- Cleanroom protocols: gowning, bagging and tagging, purge and oxygen analyzer use
- Pass a background check to access the owner's site

Per diem available for travelers. 50-60 hr weeks. EOE.
""",
        "name": "Kyle Brandt",
        "label": "Orbital Welder / UHP Pipefitter",
        "summary": "Tube welder in high-purity process piping: automatic orbital GTAW on 316L electropolished tube, weld logs and coupon documentation in cleanroom conditions.",
        "where": ("Gilbert", "AZ"),
        "work": [
            ("UHP Welder", "Performance Contracting Group (PCG)", "2022-04", "", [
                "Program and run orbital weld heads on AMI Model 227 and Swagelok M200 power supplies for 1/4-inch to 2-inch 316L EP tube",
                "Cut and face tube, purge with argon to below 10 ppm O2, and log coupons and beads for QC",
                "Work in ISO 5/6 cleanroom zones under full gowning",
            ]),
            ("Sanitary Tube Welder", "Pharmaceutical Process Solutions", "2020-06", "2022-03", [
                "Manual GTAW on stainless sanitary tube and fittings for bio-pharma skids",
            ]),
        ],
        "skills": {"Welding": ["GTAW", "Orbital welding", "316L electropolished tube", "Purge control"], "Equipment": ["Arc Machines AMI 227", "Swagelok M200", "Oxygen analyzers"]},
        "certs": [
            ("Welder qualification, GTAW stainless tube, ASME Section IX", "Performance Contracting Group", "2025-05"),
            ("Swagelok Orbital Welding System training", "Swagelok", "2022-05"),
        ],
        "edu": [("Certificate", "Welding", "Mesa Community College", "2020")],
        "unq": {
            "label": "Sanitary Tube Welder",
            "summary": "Tube welder in high-purity process piping: manual GTAW on 316L stainless tube, weld logs and coupon documentation in cleanroom conditions.",
            "work": [
                ("Sanitary Tube Welder", "Performance Contracting Group (PCG)", "2022-04", "", [
                    "Manual GTAW on 1/4-inch to 2-inch 316L stainless tube and ferrules for bio-pharma cleanroom utilities",
                    "Cut and face tube, purge with argon to below 10 ppm O2, and log coupons and beads for QC",
                    "Work in ISO 5/6 cleanroom zones under full gowning",
                ]),
                ("Sanitary Tube Welder", "Pharmaceutical Process Solutions", "2020-06", "2022-03", [
                    "Manual GTAW on stainless sanitary tube and fittings for bio-pharma skids",
                ]),
            ],
            "skills": {"Welding": ["GTAW", "Manual tube welding", "316L stainless tube", "Purge control"], "Equipment": ["Miller Dynasty 280", "Oxygen analyzers"]},
            "certs": [
                ("Welder qualification, GTAW stainless tube, ASME Section IX", "Performance Contracting Group", "2025-05"),
            ],
        },
        "decisive": ("orbital welding experience on Arc Machines (AMI) or Swagelok M200", ["orbital", "Arc Machines", "AMI", "M200"], "tool"),
    },
    {
        "id": "construction_project_manager-fresh-1",
        "occ": "construction_project_manager",
        "title": "Project Manager - Commercial Construction",
        "company": "Turner Construction Company",
        "location": "Nashville, TN",
        "posting": """
Turner's Nashville business unit is growing and we are looking for a Project Manager to lead ground-up commercial work (office, healthcare and higher education) from preconstruction through closeout.

Responsibilities
- Own the project budget, schedule, buyout and subcontractor management
- Manage the owner and architect relationship; run OAC meetings
- Lead a team of assistant project managers and project engineers
- Drive safety and quality programs with the superintendent

Qualifications
- Bachelor's degree in Construction Management, Civil Engineering or related field, or equivalent experience
- 7-10 years of commercial construction project management experience, including projects of $20M or more
- Proficient in Procore, MS Project or P6, and Bluebeam
- OSHA 30

Preferred: PMP, LEED AP BD+C, DBIA.

Turner is an Equal Opportunity Employer.
""",
        "name": "Rachel Whitaker",
        "label": "Senior Project Manager, Commercial Construction",
        "summary": "Construction project manager with eight years leading ground-up healthcare, office and university buildings from $18M to $85M; budgets, buyout, schedule and owner relations.",
        "where": ("Franklin", "TN"),
        "work": [
            ("Senior Project Manager", "Brasfield & Gorrie", "2022-04", "", [
                "Lead a $85M five-story medical office building: budget, buyout of 40 subcontracts, monthly owner reporting",
                "Manage two APMs and three project engineers; run weekly OAC meetings",
            ]),
            ("Project Manager", "Hoar Construction", "2018-06", "2022-03", [
                "Managed $18M-$42M university residence halls and office projects through closeout",
                "Schedules in Primavera P6; RFIs, submittals and change orders in Procore",
            ]),
            ("Project Engineer", "Hoar Construction", "2015-06", "2018-05", [
                "Submittals, RFIs and subcontractor coordination on a $60M hospital tower",
            ]),
        ],
        "skills": {"Project management": ["Budget and cost control", "Subcontract buyout", "Scheduling", "Owner relations"], "Software": ["Procore", "Primavera P6", "Bluebeam Revu", "MS Project"]},
        "certs": [
            ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2021-09"),
            ("LEED Green Associate", "U.S. Green Building Council", "2017-03"),
        ],
        "edu": [("Bachelor of Science", "Construction Management", "Auburn University", "2015")],
        "unq": {
            "summary": "Construction project manager leading ground-up healthcare, office and university buildings from $18M to $85M, after five years as a project engineer; budgets, buyout, schedule and owner relations.",
            "work": [
                ("Senior Project Manager", "Brasfield & Gorrie", "2022-04", "", [
                    "Lead a $85M five-story medical office building: budget, buyout of 40 subcontracts, monthly owner reporting",
                    "Manage two APMs and three project engineers; run weekly OAC meetings",
                ]),
                ("Project Manager", "Hoar Construction", "2020-10", "2022-03", [
                    "Managed $18M-$42M university residence halls and office projects through closeout",
                    "Schedules in Primavera P6; RFIs, submittals and change orders in Procore",
                ]),
                ("Project Engineer", "Hoar Construction", "2015-06", "2020-09", [
                    "Submittals, RFIs and subcontractor coordination on a $60M hospital tower",
                ]),
            ],
        },
        "decisive": ("7-10 years of commercial construction project management experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "construction_project_manager-fresh-2",
        "occ": "construction_project_manager",
        "title": "Construction Project Manager - SCIF / Federal",
        "company": "Clark Construction Group",
        "location": "Annapolis Junction, MD",
        "posting": """
Clark's Federal group is hiring a Project Manager for secure facility renovations and new construction supporting an intelligence community customer at Fort Meade.

Minimum requirements:
1. Active TOP SECRET clearance with SCI eligibility (TS/SCI) - required on day one; no interim
2. 5+ years of federal construction project management
3. Experience delivering SCIFs to ICD 705 technical specifications, including construction security plans and accreditation support
4. Current USACE/NAVFAC Construction Quality Management for Contractors (CQM-C) certificate
5. Working knowledge of EM 385-1-1

Preferred: PMP; experience with RMS/QCS.

Clark is an equal opportunity employer. U.S. citizenship is required for clearance eligibility.
""",
        "name": "Michael Trent",
        "label": "Federal Construction Project Manager",
        "summary": "Project manager for secure federal construction: nine years delivering SCIFs, data halls and office renovations for DoD and IC customers; U.S. citizen.",
        "where": ("Columbia", "MD"),
        "work": [
            ("Project Manager, Federal", "Hensel Phelps", "2020-02", "", [
                "Delivered $12M-$55M SCIF fit-outs to ICD 705 with TEMPEST and acoustic (STC) requirements; drafted construction security plans",
                "Quality control under USACE three-phase inspection; RMS/QCS daily reports",
            ]),
            ("Assistant Project Manager", "Whiting-Turner", "2017-05", "2020-01", [
                "Federal office and lab renovations at Fort Detrick; submittals and EM 385-1-1 safety plans",
            ]),
        ],
        "skills": {"Federal construction": ["ICD 705 SCIF construction", "Construction security plans", "USACE three-phase QC", "EM 385-1-1"], "Software": ["RMS/QCS", "Procore", "Primavera P6"]},
        "certs": [
            ("Active TS/SCI security clearance", "U.S. Department of Defense", "2023-08"),
            ("Construction Quality Management for Contractors (CQM-C)", "U.S. Army Corps of Engineers", "2024-03"),
            ("Project Management Professional (PMP)", "Project Management Institute", "2021-11"),
        ],
        "edu": [("Bachelor of Science", "Civil Engineering", "University of Maryland", "2017")],
        "unq": {
            "certs": [
                ("Active Secret security clearance", "U.S. Department of Defense", "2023-08"),
                ("Construction Quality Management for Contractors (CQM-C)", "U.S. Army Corps of Engineers", "2024-03"),
                ("Project Management Professional (PMP)", "Project Management Institute", "2021-11"),
            ],
        },
        "decisive": ("active TS/SCI clearance", ["TS/SCI", "Top Secret", "SCI"], "clearance level"),
    },
    {
        "id": "aircraft_mechanic-fresh-1",
        "occ": "aircraft_mechanic",
        "title": "Aircraft Maintenance Technician - Line (Airframe and Powerplant)",
        "company": "SkyWest Airlines",
        "location": "Salt Lake City, UT",
        "posting": """
SkyWest Airlines is hiring Aircraft Maintenance Technicians for overnight line maintenance on our CRJ and E175 fleets at SLC.

Requirements:
- FAA Airframe and Powerplant (A&P) certificate
- 2+ years of aircraft maintenance experience, turbine or transport category preferred
- Valid driver's license; able to obtain airport SIDA badge and ramp driving privileges
- Able to work nights, weekends and holidays, outdoors in all weather
- Must pass a pre-employment drug and alcohol test per DOT/FAA regulations

Tool allowance and shift premium. SkyWest is an equal opportunity employer.
""",
        "name": "Jordan Ellis",
        "label": "Aircraft Maintenance Technician",
        "summary": "FAA-certificated mechanic with four years on regional jets and turboprops: line checks, troubleshooting, engine and component changes.",
        "where": ("West Valley City", "UT"),
        "work": [
            ("Aircraft Maintenance Technician", "Envoy Air (contract line station)", "2022-09", "", [
                "Overnight A-checks and service checks on E175 aircraft; MEL deferrals and logbook entries",
                "Replace starters, generators, brakes and wheel assemblies; CF34 engine borescope inspections",
            ]),
            ("Maintenance Technician", "Mountain Aviation Services", "2021-03", "2022-08", [
                "Phase inspections and sheet-metal repairs on King Air and Pilatus PC-12 aircraft",
            ]),
        ],
        "skills": {"Maintenance": ["Line maintenance", "Troubleshooting with AMM/FIM", "Sheet-metal repair", "Borescope inspection"], "Aircraft": ["Embraer E175", "Beechcraft King Air", "Pilatus PC-12"]},
        "certs": [
            ("FAA Mechanic Certificate - Airframe and Powerplant ratings (A&P)", "Federal Aviation Administration", "2021-02"),
            ("Utah driver's license", "Utah DLD", ""),
        ],
        "edu": [("Certificate", "Aviation Maintenance Technician (Part 147)", "Salt Lake Community College", "2021")],
        "unq": {
            "summary": "FAA-certificated mechanic with four years on regional jets and turboprops: line checks, troubleshooting, structures and component changes.",
            "work": [
                ("Aircraft Maintenance Technician", "Envoy Air (contract line station)", "2022-09", "", [
                    "Overnight A-checks and service checks on E175 aircraft; MEL deferrals and logbook entries for airframe systems",
                    "Replace brakes, wheel assemblies, flight-control components and cabin items; structural inspections",
                ]),
                ("Maintenance Technician", "Mountain Aviation Services", "2021-03", "2022-08", [
                    "Phase inspections and sheet-metal repairs on King Air and Pilatus PC-12 aircraft",
                ]),
            ],
            "certs": [
                ("FAA Mechanic Certificate - Airframe rating", "Federal Aviation Administration", "2021-02"),
                ("Utah driver's license", "Utah DLD", ""),
            ],
            "edu": [("Certificate", "Aviation Maintenance Technician - Airframe curriculum (Part 147)", "Salt Lake Community College", "2021")],
        },
        "decisive": ("FAA Airframe and Powerplant (A&P) certificate", ["A&P", "Powerplant"], "credential level"),
    },
    {
        "id": "aircraft_mechanic-fresh-2",
        "occ": "aircraft_mechanic",
        "title": "Aircraft Inspector (A&P/IA)",
        "company": "Western Aircraft",
        "location": "Boise, ID",
        "posting": """
Western Aircraft, a full-service FBO and MRO, needs an Inspector for our general aviation and turbine service center.

Duties: perform and sign off annual and 100-hour inspections, approve major repairs and alterations on FAA Form 337, conduct receiving and in-process inspections, and audit work packages.

Requirements
- FAA A&P certificate with current Inspection Authorization (IA)
- 5 years of maintenance experience on general aviation piston and turbine aircraft
- Working knowledge of 14 CFR Parts 43, 65 and 91
- Valid driver's license

Preferred: Garmin G1000 / G3000 avionics experience; Part 135 operator experience.

Western Aircraft is an equal opportunity employer.
""",
        "name": "Brent Halvorsen",
        "label": "A&P Mechanic / Inspector",
        "summary": "Aircraft mechanic and inspector with eleven years on Cessna, Piper, Beechcraft and light turbine aircraft; annual inspections, major repairs and alterations.",
        "where": ("Meridian", "ID"),
        "work": [
            ("Lead Mechanic / Inspector", "Idaho Aviation Center", "2019-04", "", [
                "Perform and sign annual inspections; approve major repairs and alterations on Form 337",
                "Troubleshoot Garmin G1000 integrated avionics on Cessna 182 and Beechcraft Bonanza aircraft",
            ]),
            ("Aircraft Mechanic", "Aero Air (Part 135)", "2015-06", "2019-03", [
                "Scheduled inspections on PC-12 and King Air aircraft under a Part 135 maintenance program",
            ]),
        ],
        "skills": {"Maintenance": ["Annual inspections", "Major repairs and alterations", "Form 337", "Avionics troubleshooting"], "Regulations": ["14 CFR Part 43", "14 CFR Part 65", "14 CFR Part 91"]},
        "certs": [
            ("FAA Mechanic Certificate - Airframe and Powerplant", "Federal Aviation Administration", "2015-05"),
            ("Inspection Authorization (IA)", "Federal Aviation Administration, Boise FSDO", "2021-03"),
            ("Idaho driver's license", "Idaho Transportation Department", ""),
        ],
        "edu": [("Associate of Applied Science", "Aviation Maintenance Technology", "Idaho State University", "2015")],
        "unq": {
            "label": "A&P Mechanic",
            "certs": [
                ("FAA Mechanic Certificate - Airframe and Powerplant", "Federal Aviation Administration", "2015-05"),
                ("Idaho driver's license", "Idaho Transportation Department", ""),
            ],
        },
        "swaps": [
            ("Lead Mechanic / Inspector", "Lead Mechanic"),
            ("Perform and sign annual inspections; approve major repairs and alterations on Form 337", "Perform annual inspections for sign-off by the shop inspector; prepare Form 337 paperwork for major repairs and alterations"),
            ("Aircraft mechanic and inspector with eleven years", "Aircraft mechanic with eleven years"),
        ],
        "decisive": ("A&P with current Inspection Authorization (IA)", ["IA", "Inspection Authorization"], "certificate"),
    },
]
