"""fresh3, trades: land surveyor, civil engineer, automotive technician, diesel mechanic, solar installer, arborist,
welding inspector, electrician (two cases each)."""

CASES = [
    # ------------------------------------------------------------------ land surveyor
    {
        "id": "land-surveyor-fresh3-1",
        "occ": "land_surveyor",
        "title": "Survey Project Manager - Land Development",
        "company": "Pape-Dawson Engineers",
        "location": "San Antonio, TX",
        "posting": """
Pape-Dawson's San Antonio surveying group is looking for a Survey Project Manager to run boundary, ALTA/NSPS and
subdivision platting work for our land development clients across Bexar, Comal and Guadalupe counties. You will
direct three to five field crews and a drafting team, review deed research and field data, and sign and seal the
final product.

What we need from you:
- Must be a Texas RPLS in good standing (we cannot consider Surveyor-in-Training applicants for this position)
- 5+ years of boundary and ALTA/NSPS survey experience, including platting through city and county review
- Working knowledge of Trimble Business Center and AutoCAD Civil 3D
- Valid driver's license and acceptable driving record

We offer medical, dental and vision coverage, a 401(k) with company match, paid professional license renewals and
continuing education. Pape-Dawson is an Equal Opportunity Employer.
""",
        "name": "Ramon Villarreal",
        "label": "Land Surveyor, Boundary and Platting",
        "summary": "Surveyor with eleven years in boundary retracement, ALTA/NSPS land title surveys and subdivision "
        "plats for residential and commercial development in South Central Texas.",
        "where": ("New Braunfels", "TX"),
        "work": [
            (
                "Survey Manager, Land Development",
                "Cude Engineers",
                "2020-02",
                None,
                [
                    "Signed and sealed more than 140 ALTA/NSPS Land Title Surveys and 60 recorded subdivision plats",
                    "Schedule four field crews; review deed and plat research, least-squares adjustments and "
                    "field notes",
                    "Shepherd plats through City of San Antonio and Comal County development review",
                ],
            ),
            (
                "Survey Technician, then Field Coordinator",
                "Kimley-Horn",
                "2015-06",
                "2020-01",
                [
                    "Processed GNSS and total-station data in Trimble Business Center and drafted boundaries in "
                    "Civil 3D",
                    "Wrote metes-and-bounds descriptions and easement exhibits",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Geomatics", "Texas A&M University-Corpus Christi", "2015")],
        "skills": {
            "Surveying": ["boundary retracement", "ALTA/NSPS", "platting", "easements", "least squares"],
            "Software": ["Trimble Business Center", "AutoCAD Civil 3D", "Carlson Survey"],
            "Other": ["Texas driver's license, clean record"],
        },
        "certs": [
            ("Surveyor-in-Training (SIT)", "Texas Board of Professional Engineers and Land Surveyors", "2016-08"),
            (
                "Registered Professional Land Surveyor, License No. 6792",
                "Texas Board of Professional Engineers and Land Surveyors",
                "2019-11",
            ),
        ],
        "unq": {
            "certs": [
                ("Surveyor-in-Training (SIT)", "Texas Board of Professional Engineers and Land Surveyors", "2016-08"),
            ],
        },
        "swaps": [["Signed and sealed more than 140", "Prepared more than 140"]],
        "decisive": (
            "Texas Registered Professional Land Surveyor (RPLS)",
            ["RPLS", "Registered Professional Land Surveyor"],
            "licence level",
        ),
    },
    {
        "id": "land-surveyor-fresh3-2",
        "occ": "land_surveyor",
        "title": "Survey Party Chief",
        "company": "McAdams",
        "location": "Durham, NC",
        "posting": """
survey party chief - construction layout + topo, Triangle area
- 5+ yrs field surveying exp, at least 2 running a crew
- robotic total station + GNSS RTK (Trimble SX10/R12i, TSC7 w/ Access)
- construction staking from design files, as-builts, topo
- OSHA 10 req'd
- NC driver's license w/ clean MVR, company truck provided
- able to walk rough terrain, carry 50 lbs of equipment, work in heat and cold
- overtime some weeks during grading season
pay DOE, full benefits, 401k match, paid holidays. EOE.
""",
        "name": "Tyler Bost",
        "label": "Crew Chief, Construction Surveying",
        "summary": "Field surveyor leading two-person crews on site development, road and utility staking around "
        "Raleigh-Durham.",
        "where": ("Apex", "NC"),
        "work": [
            (
                "Crew Chief, Construction Staking",
                "Stewart Inc.",
                "2023-05",
                None,
                [
                    "Lead a two-person crew staking curb, storm, water and sewer from design surfaces on a "
                    "Trimble TSC7",
                    "Collect as-builts and topographic surveys with an SX10 scanning total station and R12i receivers",
                ],
            ),
            (
                "Instrument Operator",
                "Bass, Nixon & Kennedy",
                "2019-03",
                "2023-04",
                [
                    "Ran the robotic total station and RTK rover for boundary, topo and construction work",
                    "Set control traverses and level loops for highway widening projects",
                ],
            ),
        ],
        "edu": [("Associate in Applied Science", "Surveying Technology", "Wake Technical Community College", "2019")],
        "skills": {
            "Field": ["robotic total station", "RTK GNSS", "construction layout", "as-builts", "topographic surveys"],
            "Equipment": ["Trimble SX10", "Trimble R12i", "Trimble Access"],
            "Other": ["North Carolina driver's license, clean MVR"],
        },
        "certs": [("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2019-05")],
        "unq": {
            "summary": "Field surveyor leading a two-person crew on site development staking around Raleigh-Durham, "
            "after several years in landscape construction.",
            "work": [
                (
                    "Crew Chief, Construction Staking",
                    "Stewart Inc.",
                    "2024-09",
                    None,
                    [
                        "Lead a two-person crew staking curb, storm, water and sewer from design surfaces on a Trimble "
                        "TSC7",
                        "Collect as-builts and topographic surveys with an SX10 scanning total station and R12i "
                        "receivers",
                    ],
                ),
                (
                    "Instrument Operator",
                    "Bass, Nixon & Kennedy",
                    "2022-11",
                    "2024-08",
                    [
                        "Ran the robotic total station and RTK rover for boundary, topo and construction work",
                        "Set control traverses and level loops for highway widening projects",
                    ],
                ),
                (
                    "Landscape Foreman",
                    "Greenscape Inc.",
                    "2017-04",
                    "2022-10",
                    ["Led hardscape and irrigation installation crews on commercial sites"],
                ),
            ],
        },
        "decisive": ("5+ years of field surveying experience", ["years", "yrs"], "years"),
    },
    # ------------------------------------------------------------------ civil engineer
    {
        "id": "civil-engineer-fresh3-1",
        "occ": "civil_engineer",
        "title": "Project Engineer, Municipal Water and Wastewater",
        "company": "Dillon Consulting",
        "location": "Toronto, Ontario, Canada",
        "posting": """
Dillon Consulting is hiring a Project Engineer for its Toronto infrastructure group. You will lead the design of
watermain replacement, sanitary sewer rehabilitation and stormwater management projects for Ontario
municipalities, from environmental assessment through detailed design, tendering and contract administration.

Qualifications
* Licensed Professional Engineer with Professional Engineers Ontario (PEO). You will be stamping drawings for
  Ontario clients, so a licence held only in another province does not meet this requirement.
* 6+ years of municipal infrastructure design experience
* Hydraulic modelling experience (WaterCAD/WaterGEMS, PCSWMM or similar)
* Strong report writing and client communication

Dillon offers a hybrid work arrangement, employee ownership and a defined contribution pension. We are committed to
employment equity and will provide accommodation throughout the recruitment process on request.
""",
        "name": "Harpreet Sandhu",
        "label": "Municipal Infrastructure Engineer, P.Eng.",
        "summary": "Civil engineer with ten years designing linear water, sanitary and storm infrastructure for "
        "municipal clients, including hydraulic modelling and contract administration.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            (
                "Senior Design Engineer, Linear Infrastructure",
                "ISL Engineering and Land Services",
                "2020-04",
                None,
                [
                    "Led detailed design and tender packages for 14 km of watermain renewal and sanitary relining",
                    "Built and calibrated distribution models in WaterGEMS and stormwater models in PCSWMM",
                    "Prepared pre-design and design reports and presented them to municipal councils",
                ],
            ),
            (
                "Engineer-in-Training, Water Resources",
                "Associated Engineering",
                "2016-05",
                "2020-03",
                [
                    "Designed storm ponds, culverts and lot grading for new subdivisions",
                    "Served as resident engineer on sewer and watermain construction contracts",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Civil Engineering", "University of Calgary", "2016")],
        "skills": {
            "Design": ["watermains", "sanitary sewers", "stormwater management", "contract administration"],
            "Software": ["WaterGEMS", "PCSWMM", "Civil 3D"],
        },
        "certs": [
            (
                "Professional Engineer (P.Eng.)",
                "APEGA - Association of Professional Engineers and Geoscientists of Alberta",
                "2020-06",
            ),
            ("Professional Engineer (P.Eng.), licence 100582311", "Professional Engineers Ontario", "2024-09"),
        ],
        "unq": {
            "certs": [
                (
                    "Professional Engineer (P.Eng.)",
                    "APEGA - Association of Professional Engineers and Geoscientists of Alberta",
                    "2020-06",
                ),
            ],
        },
        "decisive": (
            "P.Eng. licence with Professional Engineers Ontario",
            ["PEO", "Professional Engineers Ontario", "Ontario"],
            "jurisdiction",
        ),
    },
    {
        "id": "civil-engineer-fresh3-2",
        "occ": "civil_engineer",
        "title": "Roadway Design Engineer (EIT)",
        "company": "HDR",
        "location": "Omaha, NE",
        "posting": """
Roadway Design Engineer (EIT) - Omaha, NE

HDR's transportation group in Omaha designs urban arterials, interchanges and county roads for NDOT, the City of
Omaha and Sarpy County. This is a PE-track role: you will work under licensed engineers and we support your PE
exam with paid review courses and exam fees.

Required
- Bachelor's degree in civil engineering from an ABET-accredited program
- Passed the FE exam / EIT certification
- 3+ years of roadway design experience (horizontal and vertical alignment, cross sections, grading)
- Proficiency in AutoCAD Civil 3D: corridors, surfaces, pipe networks and plan production. All of our roadway
  production is in Civil 3D and you will be producing sheets from day one.

Preferred
- Familiarity with NDOT Roadway Design Manual
- Drainage design experience

HDR offers comprehensive benefits, including medical, dental, vision, 401(k) and paid time off. HDR is an equal
employment opportunity employer.
""",
        "name": "Megan Kruse",
        "label": "Transportation Design Engineer, E.I.",
        "summary": "Roadway designer with six years on urban and rural highway projects: alignments, corridor models, "
        "grading and drainage, with full plan-set production.",
        "where": ("Lincoln", "NE"),
        "work": [
            (
                "Transportation Engineer I, then II",
                "Olsson",
                "2020-06",
                None,
                [
                    "Built corridor models, surfaces and pipe networks in Autodesk Civil 3D for arterial widening and "
                    "interchange projects",
                    "Produced plan and profile, cross-section and grading sheets for NDOT and county lettings",
                    "Sized storm sewers and inlets and prepared drainage reports",
                ],
            ),
            (
                "Engineering Intern",
                "Nebraska Department of Transportation",
                "2019-05",
                "2020-05",
                ["Checked quantities and cross sections for rural resurfacing projects"],
            ),
        ],
        "edu": [("Bachelor of Science", "Civil Engineering", "University of Nebraska-Lincoln", "2020")],
        "skills": {
            "Design": ["horizontal and vertical alignment", "cross sections", "grading", "storm drainage"],
            "Software": ["Autodesk Civil 3D", "AutoCAD", "StormCAD"],
        },
        "certs": [
            (
                "Engineer Intern (E.I.), Fundamentals of Engineering exam passed",
                "Nebraska Board of Engineers and Architects",
                "2020-09",
            ),
        ],
        "unq": {
            "work": [
                (
                    "Transportation Engineer I, then II",
                    "Olsson",
                    "2020-06",
                    None,
                    [
                        "Built corridor models and terrain in Bentley OpenRoads Designer for arterial widening and "
                        "interchange projects",
                        "Produced plan and profile, cross-section and grading sheets in MicroStation for NDOT and "
                        "county lettings",
                        "Sized storm sewers and inlets and prepared drainage reports",
                    ],
                ),
                (
                    "Engineering Intern",
                    "Nebraska Department of Transportation",
                    "2019-05",
                    "2020-05",
                    ["Checked quantities and cross sections for rural resurfacing projects"],
                ),
            ],
            "skills": {
                "Design": ["horizontal and vertical alignment", "cross sections", "grading", "storm drainage"],
                "Software": ["Bentley OpenRoads Designer", "MicroStation", "StormCAD"],
            },
        },
        "decisive": ("AutoCAD Civil 3D", ["Civil 3D"], "tool"),
    },
    # ------------------------------------------------------------------ automotive service technician
    {
        "id": "auto-technician-fresh3-1",
        "occ": "automotive_service_technician",
        "title": "Master Technician - Toyota",
        "company": "Hendrick Toyota Concord",
        "location": "Concord, NC",
        "posting": """
Busy Toyota store looking for an experienced MASTER TECH to join our A-team. We have more work than techs right now,
so the hours are there.

Requirements:
- ASE Master Certified (all eight A1-A8 tests current). No exceptions for this position.
- 5+ years dealership or independent shop experience, flat rate
- Strong electrical diagnosis, hybrid experience a big plus
- Your own toolbox and hand tools
- Valid NC driver's license

Nice to have: Toyota T-TEN graduate or Toyota Expert/Master certification, L1.

We offer: top flat-rate pay, guaranteed hours for qualified techs, tool allowance, medical/dental/vision, 401(k),
paid vacation, climate-controlled shop. Pre-employment drug screen and background check. EOE.
""",
        "name": "Dwayne Pickett",
        "label": "Automotive Technician, A-Level",
        "summary": "Dealership technician with twelve years on Toyota, Honda and domestic vehicles; electrical "
        "and hybrid "
        "system diagnosis, drivability and heavy line repair.",
        "where": ("Kannapolis", "NC"),
        "work": [
            (
                "A-Level Technician",
                "Modern Toyota of Winston-Salem",
                "2018-03",
                None,
                [
                    "Average 55+ flagged hours a week diagnosing CAN-bus, hybrid inverter and battery faults with "
                    "Techstream",
                    "Perform engine and transmission overhauls and warranty repairs",
                ],
            ),
            (
                "Automotive Technician",
                "Firestone Complete Auto Care",
                "2014-07",
                "2018-02",
                ["Brakes, suspension, alignments, A/C service and check-engine diagnosis"],
            ),
        ],
        "edu": [
            (
                "Associate in Applied Science",
                "Automotive Systems Technology",
                "Rowan-Cabarrus Community College",
                "2014",
            )
        ],
        "skills": {
            "Diagnostics": ["Techstream", "Snap-on Zeus", "lab scope", "hybrid systems"],
            "Other": ["own tools", "North Carolina driver's license"],
        },
        "certs": [
            (
                "ASE Certified Master Automobile Technician (A1-A8)",
                "National Institute for Automotive Service Excellence",
                "2019-06",
            ),
            ("Toyota Certified Technician", "Toyota Motor North America", "2019-10"),
        ],
        "unq": {
            "certs": [
                (
                    "ASE Certified: A1 Engine Repair, A4 Suspension & Steering, A5 Brakes, A6 Electrical/Electronic "
                    "Systems, A8 Engine Performance",
                    "National Institute for Automotive Service Excellence",
                    "2019-06",
                ),
                ("Toyota Certified Technician", "Toyota Motor North America", "2019-10"),
            ],
        },
        "decisive": (
            "ASE Master Automobile Technician (A1-A8)",
            ["ASE Master", "Master Automobile Technician", "Master Certified", "Master Technician"],
            "credential level",
        ),
    },
    {
        "id": "auto-technician-fresh3-2",
        "occ": "automotive_service_technician",
        "title": "Drivability / Diagnostic Technician",
        "company": "Christian Brothers Automotive",
        "location": "Frisco, TX",
        "posting": """
We're looking for the tech other techs bring their problem cars to. Our Frisco shop is adding a dedicated
drivability and diagnostic technician for no-starts, intermittent electrical faults, emissions failures and
comebacks.

What you'll need
* ASE A6, A8 and the L1 Advanced Engine Performance Specialist certification
* 4+ years of hands-on automotive repair, with a focus on diagnostics
* Comfortable with a lab scope (PicoScope or similar) and factory scan tools
* Texas vehicle safety inspector certification is a plus, not required
* Your own tools and a valid driver's license

Monday to Friday, no weekends. Salary plus production bonus, medical, dental, vision, 401(k), paid training.
""",
        "name": "Luis Ortega",
        "label": "Diagnostic Technician",
        "summary": "Automotive technician focused on drivability, network and emissions diagnosis on domestic, "
        "Asian and "
        "European vehicles.",
        "where": ("McKinney", "TX"),
        "work": [
            (
                "Lead Technician, Electrical & Drivability",
                "Autobahn Imports Service",
                "2020-01",
                None,
                [
                    "Diagnose intermittent no-starts, misfires and module communication faults with PicoScope and "
                    "OEM software",
                    "Resolve I/M emission failures: fuel trim, EVAP, catalyst efficiency",
                ],
            ),
            (
                "Technician B",
                "Jiffy Lube Service Center",
                "2016-04",
                "2019-12",
                ["Brake, suspension and cooling system repair; scan-tool diagnosis"],
            ),
        ],
        "edu": [("Certificate", "Automotive Technology", "Collin College", "2016")],
        "skills": {
            "Diagnostics": ["PicoScope", "Autel MaxiSys", "GM GDS2", "Ford IDS", "wiring diagrams"],
            "Other": ["own tools", "Texas driver's license"],
        },
        "certs": [
            ("ASE A6 Electrical/Electronic Systems", "ASE", "2018-03"),
            ("ASE A8 Engine Performance", "ASE", "2018-03"),
            ("ASE L1 Advanced Engine Performance Specialist", "ASE", "2021-11"),
            ("Vehicle Safety Inspector", "Texas Department of Public Safety", "2020-05"),
        ],
        "unq": {
            "certs": [
                ("ASE A6 Electrical/Electronic Systems", "ASE", "2018-03"),
                ("ASE A8 Engine Performance", "ASE", "2018-03"),
                ("ASE A1 Engine Repair", "ASE", "2021-11"),
                ("Vehicle Safety Inspector", "Texas Department of Public Safety", "2020-05"),
            ],
        },
        "decisive": (
            "ASE L1 Advanced Engine Performance Specialist",
            ["L1", "Advanced Engine Performance"],
            "certificate",
        ),
    },
    # ------------------------------------------------------------------ diesel / heavy-equipment mechanic
    {
        "id": "diesel-mechanic-fresh3-1",
        "occ": "diesel_mechanic",
        "title": "Field Service Technician - Construction Equipment",
        "company": "RDO Equipment Co.",
        "location": "Fargo, ND",
        "posting": """
As a Field Service Technician at RDO Equipment Co. you'll take a fully equipped service truck to customer job sites
and repair John Deere construction equipment where it works: excavators, loaders, dozers, motor graders and
articulated dump trucks.

Qualifications:
- 4+ years of experience repairing heavy equipment (diesel engines, hydraulics, powertrain and electrical)
- Class A CDL, or the ability to obtain one within 90 days
- Ability to read hydraulic and electrical schematics
- Own basic hand tools (RDO supplies specialty tools)
- Willingness to take part in an after-hours on-call rotation and work outdoors in North Dakota winters

Benefits: medical, dental, vision, 401(k) with match, tool reimbursement, paid factory training, take-home truck.
RDO Equipment Co. is an equal opportunity employer. Candidates must pass a pre-employment drug screen.
""",
        "name": "Cody Halvorson",
        "label": "Heavy Equipment Technician",
        "summary": "Heavy equipment technician, Army-trained, repairing excavators, loaders and dozers in the "
        "shop and in "
        "the field.",
        "where": ("Moorhead", "MN"),
        "work": [
            (
                "Service Technician II, Construction & Forestry",
                "Titan Machinery",
                "2020-06",
                None,
                [
                    "Troubleshoot and repair Case and Deere excavators, wheel loaders and dozers at customer sites",
                    "Diagnose hydraulic pump, valve and cylinder failures with flow meters and pressure gauges",
                    "Rebuild final drives, swing motors and transmissions",
                ],
            ),
            (
                "Construction Equipment Repairer (91L)",
                "U.S. Army, 815th Engineer Company",
                "2016-06",
                "2020-05",
                ["Maintained and repaired engineer equipment: graders, scrapers, dozers and cranes"],
            ),
        ],
        "edu": [("High School Diploma", "", "Moorhead High School", "2016")],
        "skills": {
            "Systems": ["diesel engines", "hydraulics", "powertrain", "electrical schematics"],
            "Licences": ["Class A CDL (Minnesota)"],
        },
        "certs": [("Commercial Driver's License, Class A", "Minnesota Driver and Vehicle Services", "2021-03")],
        "unq": {
            "summary": "Heavy equipment technician repairing excavators, loaders and dozers in the shop and in "
            "the field, "
            "after several years in light-duty automotive service.",
            "work": [
                (
                    "Service Technician II, Construction & Forestry",
                    "Titan Machinery",
                    "2023-10",
                    None,
                    [
                        "Troubleshoot and repair Case and Deere excavators, wheel loaders and dozers at customer sites",
                        "Diagnose hydraulic pump, valve and cylinder failures with flow meters and pressure gauges",
                        "Rebuild final drives, swing motors and transmissions",
                    ],
                ),
                (
                    "Automotive Technician",
                    "Valvoline Instant Oil Change",
                    "2016-06",
                    "2023-09",
                    ["Performed oil services, brake jobs and tire work on cars and light trucks"],
                ),
            ],
        },
        "decisive": ("4+ years of heavy equipment repair experience", ["years", "yrs"], "years"),
    },
    {
        "id": "diesel-mechanic-fresh3-2",
        "occ": "diesel_mechanic",
        "title": "Heavy Equipment Field Mechanic",
        "company": "Empire Cat",
        "location": "Phoenix, AZ",
        "posting": """
Heavy Equipment Field Mechanic | Empire Cat | Phoenix

Must have
- 3+ yrs heavy equipment or on-highway diesel repair
- Cat ET (Electronic Technician) - you will be flashing, calibrating and reading logged events daily, so hands-on
  use is required
- DOT medical card
- own hand tools up to 1" drive
- valid AZ driver's license

Nice to have
- SIS 2.0
- Cat dealer or Cat ThinkBIG training
- hydraulic troubleshooting on 300-series excavators

4x10s, overtime available, field truck provided. Pay based on experience. Drug screen and background check.
Empire is an equal opportunity employer.
""",
        "name": "Marcus Begay",
        "label": "Field Mechanic, Heavy Equipment",
        "summary": "Field mechanic maintaining a mixed earthmoving fleet for a heavy civil contractor: engines, "
        "hydraulics, undercarriage and electronic controls.",
        "where": ("Mesa", "AZ"),
        "work": [
            (
                "Fleet Mechanic, Heavy Civil Division",
                "Granite Construction",
                "2019-08",
                None,
                [
                    "Diagnosed C13 and C18 engine derates and aftertreatment faults and flashed ECMs with Caterpillar "
                    "Electronic Technician (ET)",
                    "Repaired hydraulics and undercarriage on 336 and 349 excavators, D6 and D8 dozers",
                    "Performed PM services and oil sampling on the road in a service truck",
                ],
            ),
            (
                "Diesel Technician",
                "Rush Truck Centers",
                "2016-05",
                "2019-07",
                ["Repaired Class 8 engines, brakes and electrical systems"],
            ),
        ],
        "edu": [("Certificate", "Diesel Technology", "Universal Technical Institute, Avondale", "2016")],
        "skills": {
            "Systems": ["diesel engines", "aftertreatment", "hydraulics", "undercarriage"],
            "Other": ["DOT medical card", "Arizona driver's license", "own tools"],
        },
        "certs": [("DOT Medical Examiner's Certificate", "FMCSA", "2025-04")],
        "swaps": [
            [
                "and flashed ECMs with Caterpillar Electronic Technician (ET)",
                "by reading codes through the machine monitors and tracing harnesses with a multimeter and gauge kit",
            ]
        ],
        "decisive": ("Cat ET (Electronic Technician)", ["Cat ET", "Electronic Technician"], "tool"),
    },
    # ------------------------------------------------------------------ solar PV installer
    {
        "id": "solar-installer-fresh3-1",
        "occ": "solar_pv_installer",
        "title": "Solar Installation Crew Lead",
        "company": "ReVision Energy",
        "location": "South Portland, ME",
        "posting": """
ReVision Energy, an employee-owned B Corp, is hiring a Solar Installation Crew Lead for our South Portland branch.
Crew Leads run residential and small commercial rooftop and ground-mount installs from truck load-out to final
walk-through, and are the on-site decision maker for layout, code compliance and quality.

Requirements
- NABCEP PV Installation Professional (PVIP) certification, current
- 3+ years installing grid-tied PV systems
- Working knowledge of NEC Article 690 and rapid shutdown requirements
- OSHA 30 and fall protection training
- Valid driver's license and ability to drive a company box truck
- Comfortable working on roofs and lifting 50 lbs

Benefits: employee ownership, health and dental insurance, 401(k), paid time off, paid training toward an
electrician's license.
""",
        "name": "Hannah Thibodeau",
        "label": "Lead Solar Installer",
        "summary": "Solar installer leading residential and commercial PV crews in northern New England; layouts, code "
        "compliance and inspections.",
        "where": ("Westbrook", "ME"),
        "work": [
            (
                "Lead Installer",
                "Sundog Solar",
                "2021-04",
                None,
                [
                    "Lead a four-person crew on roof-mount and ground-mount arrays from 6 to 250 kW",
                    "Lay out arrays, verify conductor sizing and rapid shutdown per NEC 690, and meet the inspector on "
                    "final",
                ],
            ),
            (
                "Solar Installer",
                "Maine Solar Solutions",
                "2019-05",
                "2021-03",
                ["Installed racking, modules and microinverters on residential roofs"],
            ),
        ],
        "edu": [("Certificate", "Renewable Energy Technology", "Southern Maine Community College", "2019")],
        "skills": {
            "Installation": ["roof-mount", "ground-mount", "microinverters", "string inverters", "NEC 690"],
            "Other": ["Maine driver's license", "fall protection"],
        },
        "certs": [
            ("NABCEP Board Certified PV Installation Professional", "NABCEP", "2022-10"),
            ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2020-02"),
        ],
        "unq": {
            "certs": [
                ("NABCEP PV Associate", "NABCEP", "2019-06"),
                ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2020-02"),
            ],
        },
        "decisive": (
            "NABCEP PV Installation Professional (PVIP)",
            ["PVIP", "PV Installation Professional"],
            "credential level",
        ),
    },
    {
        "id": "solar-installer-fresh3-2",
        "occ": "solar_pv_installer",
        "title": "Commercial Solar Installer - Lead",
        "company": "Baker Electric",
        "location": "Escondido, CA",
        "posting": """
Commercial Solar Installer (Lead)

Baker Electric builds commercial rooftop, carport and ground-mount solar for schools, cities and businesses across
Southern California. We're looking for a lead installer who can set the pace for a crew.

Minimum qualifications
- At least 3 years of commercial or utility-scale PV installation experience (racking, module setting, DC wire
  management)
- California driver's license
- Able to read array layouts and stringing diagrams
- Able to work outdoors in heat, climb ladders and lift up to 60 lbs

Preferred: scissor lift / boom lift certification, forklift, OSHA 10, bilingual English/Spanish.

Full-time, Monday-Friday, prevailing wage on many projects. Medical, dental, vision, 401(k). Pre-employment drug
test. Baker Electric is an Equal Opportunity Employer.
""",
        "name": "Jorge Mendez",
        "label": "Solar Field Technician",
        "summary": "Field technician on large grid-tie PV builds: racking, module setting, wire management and crew "
        "leadership on carports and rooftops.",
        "where": ("San Marcos", "CA"),
        "work": [
            (
                "Lead Installer, Carport & Rooftop Arrays",
                "Sullivan Solar Power",
                "2024-03",
                None,
                [
                    "Run a six-person crew on carport and flat-roof arrays up to 1.2 MW",
                    "Read layouts and stringing diagrams; manage DC homeruns and wire management to spec",
                ],
            ),
            (
                "Field Technician II, Grid-Tie Crews",
                "SunPower Commercial",
                "2021-05",
                "2024-02",
                [
                    "Installed single-axis tracker racking and set modules on a 40 MW ground-mount project",
                    "Terminated MC4 connectors and torqued module clamps to spec",
                ],
            ),
        ],
        "edu": [("High School Diploma", "", "Escondido High School", "2015")],
        "skills": {
            "Installation": ["carport structures", "tracker racking", "module setting", "DC wire management"],
            "Equipment": ["scissor lift", "telehandler"],
            "Other": ["California driver's license"],
        },
        "certs": [("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2021-06")],
        "langs": [("Spanish", "Native"), ("English", "Full professional")],
        "unq": {
            "summary": "Solar installer on commercial carports and rooftops, previously a roofing laborer.",
            "work": [
                (
                    "Solar Installer, Commercial Rooftop",
                    "Sullivan Solar Power",
                    "2024-10",
                    None,
                    [
                        "Set modules and install racking on carport and flat-roof arrays",
                        "Read layouts and stringing diagrams; manage DC homeruns and wire management to spec",
                    ],
                ),
                (
                    "Roofing Laborer",
                    "Bay Roofing",
                    "2019-03",
                    "2024-09",
                    ["Tore off and installed TPO and tile roofs on commercial buildings"],
                ),
            ],
        },
        "decisive": ("3 years of commercial PV installation experience", ["years", "yrs"], "years"),
    },
    # ------------------------------------------------------------------ arborist
    {
        "id": "arborist-fresh3-1",
        "occ": "arborist",
        "title": "Consulting Arborist - Municipal Tree Inventory",
        "company": "The Davey Tree Expert Company",
        "location": "Columbus, OH",
        "posting": """
Davey Resource Group is seeking a Consulting Arborist to perform tree inventories and risk assessments for municipal
clients in central Ohio. You will walk street and park trees, collect data on tablets, assess tree risk and write
work recommendations that city foresters use to plan pruning and removals.

Qualifications:
- ISA Certified Arborist
- ISA Tree Risk Assessment Qualification (TRAQ) is required for this role, as our city contracts call for
  TRAQ-qualified assessors
- 2+ years of arboriculture or urban forestry experience
- Experience with ArcGIS Field Maps or TreeKeeper
- Valid driver's license; overnight travel within Ohio about 25% of the time

Davey offers medical, dental and vision coverage, employee stock ownership and a 401(k). Davey is an equal
opportunity employer, including disability and veterans.
""",
        "name": "Brianna Kessler",
        "label": "Urban Forestry Technician",
        "summary": "Arborist collecting street-tree inventories and condition and risk data for municipalities, and "
        "writing pruning and removal recommendations.",
        "where": ("Delaware", "OH"),
        "work": [
            (
                "Urban Forestry Technician",
                "City of Dublin, Ohio",
                "2021-03",
                None,
                [
                    "Inventory and reinspect 9,000 street and park trees in TreeKeeper and ArcGIS Field Maps",
                    "Complete basic tree risk assessments after storms and write mitigation work orders",
                ],
            ),
            (
                "Plant Health Care Technician",
                "Bartlett Tree Experts",
                "2019-04",
                "2021-02",
                ["Diagnosed insect and disease problems and applied treatments on residential properties"],
            ),
        ],
        "edu": [("Bachelor of Science", "Forestry, Fisheries and Wildlife", "The Ohio State University", "2019")],
        "skills": {
            "Arboriculture": ["tree inventories", "risk assessment", "tree identification", "plant health care"],
            "Software": ["ArcGIS Field Maps", "TreeKeeper"],
            "Other": ["Ohio driver's license"],
        },
        "certs": [
            ("ISA Certified Arborist, OH-7715A", "International Society of Arboriculture", "2020-05"),
            ("ISA Tree Risk Assessment Qualified", "International Society of Arboriculture", "2022-09"),
            ("Commercial Pesticide Applicator", "Ohio Department of Agriculture", "2019-08"),
        ],
        "unq": {
            "certs": [
                ("ISA Certified Arborist, OH-7715A", "International Society of Arboriculture", "2020-05"),
                ("Commercial Pesticide Applicator", "Ohio Department of Agriculture", "2019-08"),
            ],
        },
        "decisive": (
            "ISA Tree Risk Assessment Qualification (TRAQ)",
            ["TRAQ", "Tree Risk Assessment Qualification", "Tree Risk Assessment Qualified"],
            "certificate",
        ),
    },
    {
        "id": "arborist-fresh3-2",
        "occ": "arborist",
        "title": "Arborist / Tree Surgeon (Climber)",
        "company": "Gristwood & Toms",
        "location": "London, United Kingdom",
        "posting": """
Climbing Arborist - Gristwood & Toms, London

We are looking for an experienced climbing arborist to join one of our London borough contract teams, carrying out
pruning, crown reductions and sectional dismantles on highway and park trees.

Essential:
- NPTC/City & Guilds CS30, CS31, CS38 and CS39 (aerial cutting with a chainsaw from rope and harness)
- Minimum 2 years' climbing experience in the arboricultural industry
- Full UK driving licence
- Emergency First Aid at Work (+F) or willingness to complete it

Desirable: CS40/CS41 (aerial rigging), C1 on licence, Lantra Highways / Streetworks.

Monday to Friday with occasional weekend emergency call-outs. Full PPE and climbing kit provided. Salary
dependent on experience, company pension, 25 days' holiday plus bank holidays.
""",
        "name": "Callum Rees",
        "label": "Climbing Arborist",
        "summary": "Tree surgeon climbing for local-authority and residential contracts: reductions, crown lifts and "
        "sectional felling on urban sites.",
        "where": ("Croydon", "London"),
        "country": "GB",
        "work": [
            (
                "Lead Climber",
                "Connick Tree Care",
                "2021-09",
                None,
                [
                    "Climb and dismantle street and garden trees in tight urban drop zones",
                    "Carry out crown reductions and lifts to BS 3998 specifications",
                ],
            ),
            (
                "Groundsperson, then Climber",
                "Tree Projects Ltd",
                "2018-06",
                "2021-08",
                ["Chipping, rigging support and felling; climbing from 2019"],
            ),
        ],
        "edu": [("Level 2 Diploma", "Arboriculture", "Capel Manor College", "2018")],
        "skills": {
            "Arboriculture": ["SRT and DRT climbing", "sectional dismantling", "crown reduction", "aerial rescue"],
            "Other": ["Full UK driving licence (B, C1)"],
        },
        "certs": [
            ("NPTC CS30 Chainsaw Maintenance and Crosscutting", "City & Guilds NPTC", "2018-05"),
            ("NPTC CS31 Fell and Process Trees up to 380 mm", "City & Guilds NPTC", "2018-05"),
            ("NPTC CS38 Tree Climbing and Aerial Rescue", "City & Guilds NPTC", "2019-04"),
            ("NPTC CS39 Use of a Chainsaw from a Rope and Harness", "City & Guilds NPTC", "2019-10"),
            ("Emergency First Aid at Work (+F)", "St John Ambulance", "2025-03"),
        ],
        "unq": {
            "summary": "Tree surgeon climbing for local-authority and residential contracts: pruning and crown "
            "work with "
            "handsaws and pole saws on urban sites.",
            "certs": [
                ("NPTC CS30 Chainsaw Maintenance and Crosscutting", "City & Guilds NPTC", "2018-05"),
                ("NPTC CS31 Fell and Process Trees up to 380 mm", "City & Guilds NPTC", "2018-05"),
                ("NPTC CS38 Tree Climbing and Aerial Rescue", "City & Guilds NPTC", "2019-04"),
                ("Emergency First Aid at Work (+F)", "St John Ambulance", "2025-03"),
            ],
        },
        "swaps": [["Climb and dismantle street and garden trees", "Climb and prune street and garden trees"]],
        "decisive": ("NPTC CS39 (chainsaw use from rope and harness)", ["CS39"], "certificate"),
    },
    # ------------------------------------------------------------------ welding inspector
    {
        "id": "welding-inspector-fresh3-1",
        "occ": "welding_inspector",
        "title": "Welding Inspector - Structural Steel",
        "company": "Terracon",
        "location": "Houston, TX",
        "posting": """
Terracon's Houston materials group performs special inspections on commercial and industrial building projects.
We are hiring a Welding Inspector for structural steel fabrication shops and field erection.

Responsibilities include visual inspection of welds to AWS D1.1, verifying welder qualifications and WPS
compliance, bolt inspection, and writing daily inspection reports for the engineer of record and the building
official.

Requirements
- Current AWS Certified Welding Inspector (CWI). Associate-level (CAWI) certification is not sufficient for this
  role, as you will be accepting and rejecting welds independently.
- 3+ years of structural steel or welding inspection experience
- Ability to read structural drawings and weld symbols
- Valid driver's license and clean driving record; travel between job sites in the Houston area

Preferred: ASNT Level II MT or UT; ICC Structural Steel and Bolting special inspector certification.

Terracon offers medical, dental, vision, an employee stock ownership plan and 401(k). EOE including veterans and
individuals with disabilities.
""",
        "name": "Derrick Nguyen",
        "label": "Structural Welding Inspector",
        "summary": "Inspector of structural steel fabrication and erection: visual weld inspection to D1.1, WPS "
        "and welder "
        "qualification review, and high-strength bolting.",
        "where": ("Pasadena", "TX"),
        "work": [
            (
                "Field Inspector, Steel and Welding",
                "Raba Kistner",
                "2021-07",
                None,
                [
                    "Visually inspect shop and field welds on moment frames and braced frames to AWS D1.1 and "
                    "accept or "
                    "reject them",
                    "Review WPSs, PQRs and welder performance qualification records",
                    "Perform magnetic particle testing as ASNT Level II",
                ],
            ),
            (
                "Structural Welder / QC Helper",
                "W&W|AFCO Steel",
                "2016-02",
                "2021-06",
                ["FCAW and SMAW welding on structural members; assisted the QC department with fit-up checks"],
            ),
        ],
        "edu": [("Certificate", "Welding Technology", "San Jacinto College", "2015")],
        "skills": {
            "Inspection": ["AWS D1.1", "visual testing", "MT Level II", "weld symbols", "bolting inspection"],
            "Other": ["Texas driver's license"],
        },
        "certs": [
            ("Certified Welding Inspector", "American Welding Society", "2021-04"),
            ("ASNT-TC-1A Level II Magnetic Particle Testing", "Raba Kistner (employer certification)", "2022-02"),
        ],
        "unq": {
            "certs": [
                ("Certified Associate Welding Inspector (CAWI)", "American Welding Society", "2021-04"),
                ("ASNT-TC-1A Level II Magnetic Particle Testing", "Raba Kistner (employer certification)", "2022-02"),
            ],
        },
        "swaps": [
            ["to AWS D1.1 and accept or reject them", "to AWS D1.1 and report findings to the inspector of record"]
        ],
        "decisive": (
            "AWS Certified Welding Inspector (CWI)",
            ["CWI", "Certified Welding Inspector"],
            "credential level",
        ),
    },
    {
        "id": "welding-inspector-fresh3-2",
        "occ": "welding_inspector",
        "title": "Pipeline Welding Inspector",
        "company": "Cleveland Integrity Services",
        "location": "Midland, TX",
        "posting": """
pipeline welding inspector - 24" mainline spread, Permian Basin
long-term project, 6x10s, per diem + truck allowance

must have:
- AWS CWI w/ API 1104 endorsement (card must show the endorsement)
- 5+ yrs pipeline inspection exp
- working knowledge of API 1104 and owner welding specs, NDE reports (RT/AUT)
- DOT drug & alcohol testing program, pre-access screen
- pipeline OQ or able to get within 30 days
- own 4x4 pickup, valid DL

send resume + CWI card. EOE
""",
        "name": "Wade Tillman",
        "label": "Pipeline Inspector",
        "summary": "Inspector on cross-country gas and liquids pipeline spreads: welding, coating and tie-in "
        "inspection, "
        "NDE report review.",
        "where": ("Odessa", "TX"),
        "work": [
            (
                "Chief Welding Inspector, Mainline Spreads",
                "Owner-contracted through EN Engineering",
                "2019-03",
                None,
                [
                    "Inspected mainline, tie-in and repair welds and reviewed RT and AUT results against owner "
                    "specifications",
                    "Verified welder qualification tests and WPS parameters on 20- to 42-inch spreads",
                ],
            ),
            (
                "Utility and Coating Inspector",
                "TRC Companies",
                "2015-05",
                "2019-02",
                ["Coating, lowering-in and hydrotest inspection on gathering and transmission lines"],
            ),
        ],
        "edu": [("High School Diploma", "", "Permian High School", "2006")],
        "skills": {
            "Inspection": ["mainline and tie-in welding", "RT and AUT review", "welder qualification", "coating"],
            "Other": ["pipeline Operator Qualification (OQ)", "Texas driver's license", "own 4x4 pickup"],
        },
        "certs": [
            ("AWS Certified Welding Inspector (CWI), API 1104 endorsement", "American Welding Society", "2018-11"),
            ("NACE Coating Inspector Level 1", "AMPP", "2016-09"),
        ],
        "unq": {
            "certs": [
                (
                    "AWS Certified Welding Inspector (CWI), D1.1 Structural Steel endorsement",
                    "American Welding Society",
                    "2018-11",
                ),
                ("NACE Coating Inspector Level 1", "AMPP", "2016-09"),
            ],
        },
        "decisive": ("CWI with API 1104 endorsement", ["API 1104"], "endorsement"),
    },
    # ------------------------------------------------------------------ electrician
    {
        "id": "electrician-fresh3-1",
        "occ": "electrician",
        "title": "Master Electrician - Service Manager",
        "company": "Mister Sparky of Austin",
        "location": "Austin, TX",
        "posting": """
Mister Sparky of Austin is growing and needs a Master Electrician to act as our license holder for permits and lead
our residential service department.

In this role you will pull permits under your license, supervise and ride along with our service electricians,
handle the hard troubleshooting calls, meet inspectors, and train apprentices.

Must have:
- Texas Master Electrician license (TDLR), active and in good standing
- 8+ years in the trade, residential service and remodel preferred
- Strong knowledge of the 2023 NEC and City of Austin amendments
- Valid Texas driver's license and insurable driving record

Pay: salary plus permit and performance bonus. Company vehicle, medical, dental, 401(k), paid CE for license
renewal. Background check and drug screen required.
""",
        "name": "Kevin Strickland",
        "label": "Electrical Service Supervisor",
        "summary": "Electrician with fourteen years in residential service, panel upgrades and remodel wiring; "
        "supervises "
        "service technicians and handles permits and inspections.",
        "where": ("Round Rock", "TX"),
        "work": [
            (
                "Service Supervisor",
                "Bluebonnet Electric Services",
                "2019-01",
                None,
                [
                    "Supervise six service technicians and three apprentices; ride along on difficult troubleshooting",
                    "Pull permits and meet City of Austin and Travis County inspectors",
                ],
            ),
            (
                "Journeyman Wireman",
                "Wilson Electric",
                "2012-08",
                "2018-12",
                ["Residential new construction and remodel wiring, service changes and generator installs"],
            ),
        ],
        "edu": [("Certificate", "Electrical Technology", "Austin Community College", "2012")],
        "skills": {
            "Electrical": ["residential service", "panel upgrades", "troubleshooting", "NEC 2023"],
            "Other": ["Texas driver's license"],
        },
        "certs": [
            ("Journeyman Electrician License", "Texas Department of Licensing and Regulation", "2015-03"),
            ("Master Electrician License No. 71223", "Texas Department of Licensing and Regulation", "2019-06"),
        ],
        "unq": {
            "certs": [
                ("Journeyman Electrician License", "Texas Department of Licensing and Regulation", "2015-03"),
            ],
        },
        "swaps": [["Pull permits and meet City of Austin", "Prepare permit paperwork and meet City of Austin"]],
        "decisive": ("Texas Master Electrician license", ["Master Electrician"], "licence level"),
    },
    {
        "id": "electrician-fresh3-2",
        "occ": "electrician",
        "title": "Journeyman Electrician - Commercial",
        "company": "Interstate Electrical Services",
        "location": "North Billerica, MA",
        "posting": """
Journeyman Electrician (Commercial / Institutional)

Interstate Electrical Services is hiring licensed journeyman electricians for hospital, laboratory and university
projects in the Greater Boston area.

Qualifications
* Massachusetts Journeyman Electrician license (Board of State Examiners of Electricians), current
* 2+ years working as a licensed journeyman on commercial projects
* EMT, rigid and MC installation, branch and feeder work, fire alarm and low voltage a plus
* OSHA 10 required; OSHA 30 preferred
* Valid driver's license and reliable transportation to job sites

We offer competitive wages, overtime, medical and dental, 401(k) with match and tool allowance. Must pass a
pre-employment drug screen. Interstate is an Equal Opportunity Employer.
""",
        "name": "Anthony Russo",
        "label": "Licensed Journeyman Electrician",
        "summary": "Commercial electrician on healthcare and higher-education projects: conduit, feeders, branch "
        "circuits "
        "and fire alarm.",
        "where": ("Enfield", "CT"),
        "work": [
            (
                "Journeyman Electrician",
                "Gilbert & Sons Electrical Contractors",
                "2020-09",
                None,
                [
                    "Install EMT and rigid conduit, pull feeders and terminate switchgear on hospital additions",
                    "Lay out branch circuits and fire alarm devices from electrical drawings",
                ],
            ),
            (
                "Electrical Apprentice",
                "Sullivan & McLaughlin",
                "2016-06",
                "2020-08",
                ["Four-year apprenticeship on commercial and institutional jobs"],
            ),
        ],
        "edu": [
            ("Certificate", "Electrical Apprenticeship Related Instruction", "Porter and Chester Institute", "2020")
        ],
        "skills": {
            "Electrical": ["EMT", "rigid conduit", "MC cable", "feeders", "fire alarm"],
            "Other": ["Connecticut driver's license", "own transportation"],
        },
        "certs": [
            ("E-2 Unlimited Journeyman Electrician", "Connecticut Department of Consumer Protection", "2020-09"),
            ("Journeyman Electrician license", "Massachusetts Board of State Examiners of Electricians", "2022-05"),
            ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2017-01"),
        ],
        "unq": {
            "certs": [
                ("E-2 Unlimited Journeyman Electrician", "Connecticut Department of Consumer Protection", "2020-09"),
                ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2017-01"),
            ],
        },
        "decisive": ("Massachusetts Journeyman Electrician license", ["Massachusetts"], "jurisdiction"),
    },
]
