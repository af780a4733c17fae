"""Fresh4 half, trades: millwright, pipefitter, stationary engineer, heavy equipment operator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "millwright-fresh4-1",
        "occ": "millwright",
        "title": "Industrial Millwright",
        "company": "Nucor Steel",
        "location": "Blytheville, AR",
        "posting": """
Industrial Millwright - Hot Mill Maintenance (rotating shifts)

- 5+ yrs industrial millwright exp (steel, paper, mining or similar heavy industry)
- gearboxes, pumps, fans, hydraulics, bearing replacement
- precision alignment + vibration basics
- rigging & overhead crane signaling
- read mechanical prints
- OSHA 10 min.
- own tools

Weekly production bonus, profit sharing, medical/dental day 1.
""",
        "name": "Travis Cole",
        "label": "Maintenance Millwright",
        "summary": "Millwright with nine years keeping heavy process equipment running in paper and steel plants; rebuilds gearboxes, pumps and hydraulic units and aligns what he installs.",
        "where": ("Jonesboro", "AR"),
        "work": [
            ("Maintenance Mechanic - Millwright", "Big River Steel (U. S. Steel)", "2021-04", "", [
                "Rebuild and replace gearboxes, roll drives, pumps and fans during planned outages and breakdowns",
                "Align couplings and check soft foot; take routine vibration readings on critical drives",
                "Rig and set components with overhead cranes and chain falls; give crane signals",
            ]),
            ("Millwright", "Georgia-Pacific Crossett Paper Operations", "2017-03", "2021-03", [
                "Changed bearings, seals and packing on paper machine rolls, pumps and agitators",
                "Worked from mechanical drawings to install new conveyors and guards",
            ]),
        ],
        "skills": {"Mechanical": ["Gearbox rebuilds", "Bearings and seals", "Hydraulics", "Shaft alignment", "Rigging", "Print reading"], "Safety": ["OSHA 10", "Crane signal person"]},
        "certs": [("OSHA 10-Hour General Industry", "OSHA", "2017-04"), ("Qualified Rigger and Signalperson", "NCCCO", "2022-05")],
        "edu": [("Certificate", "Industrial Maintenance Technology", "Arkansas State University Mid-South", "2016")],
        "unq": {
            "summary": "Plant mechanic with nine years in paper and steel plants; rebuilds gearboxes, pumps and hydraulic units and aligns what he installs.",
            "work": [
                ("Maintenance Mechanic - Millwright", "Big River Steel (U. S. Steel)", "2023-06", "", [
                    "Rebuild and replace gearboxes, roll drives, pumps and fans during planned outages and breakdowns",
                    "Align couplings and check soft foot; take routine vibration readings on critical drives",
                    "Rig and set components with overhead cranes and chain falls; give crane signals",
                ]),
                ("Paper Machine Operator", "Georgia-Pacific Crossett Paper Operations", "2017-03", "2023-05", [
                    "Ran the wet end and reel of a paper machine; threaded sheets and changed felts with the maintenance crew",
                    "Filled in as maintenance helper on outages, handing tools and cleaning parts",
                ]),
            ],
        },
        "decisive": ("5+ years of industrial millwright experience", ["years", "yrs"], "years"),
    },
    {
        "id": "millwright-fresh4-2",
        "occ": "millwright",
        "title": "Journeyman Millwright",
        "company": "Cargill",
        "location": "Wichita, KS",
        "posting": """
Cargill's Wichita protein plant is hiring a Journeyman Millwright to install, repair and maintain conveyors, grinders, pumps, compressors and packaging equipment. You will troubleshoot breakdowns, carry out preventive maintenance in our CMMS and help set new equipment during capital projects.

Minimum qualifications: journeyman-level millwright or industrial maintenance experience (completed apprenticeship or 4+ years), the ability to read mechanical drawings, and hands-on experience with laser shaft alignment systems (Rotalign, Fixturlaser or equivalent). Welding and fabrication skills are preferred, as is experience in food manufacturing. Ammonia refrigeration knowledge is a plus.

Cargill offers competitive pay with shift differential, medical, dental and vision coverage, a 401(k) with company match and paid time off. Cargill is an equal opportunity employer, including disability and veterans.
""",
        "name": "Rafael Ortiz",
        "label": "Journeyman Millwright",
        "summary": "Journeyman millwright with ten years of food plant and grain elevator maintenance; conveyors, pumps, compressors and precision alignment.",
        "where": ("Derby", "KS"),
        "work": [
            ("Millwright", "Tyson Foods - Emporia", "2020-08", "", [
                "Repair and maintain conveyors, grinders, vacuum pumps and screw compressors; close preventive maintenance work orders in SAP PM",
                "Align motors, pumps and gearboxes with Easy-Laser XT770 and document the as-left readings",
                "Fabricate and weld stainless guards and brackets (SMAW, GTAW)",
            ]),
            ("Millwright Apprentice", "ADM Grain", "2016-06", "2020-07", [
                "Completed a four-year millwright apprenticeship maintaining elevator legs, belts and bucket conveyors",
            ]),
        ],
        "skills": {"Maintenance": ["Conveyors", "Pumps", "Screw compressors", "Laser alignment (Easy-Laser)", "Welding and fabrication", "Print reading"], "Systems": ["SAP PM"]},
        "certs": [("Journeyworker Certificate - Millwright", "U.S. Department of Labor, Registered Apprenticeship", "2020-07")],
        "edu": [("Diploma", "High School", "Campus High School, Haysville", "2015")],
        "unq": {
            "skills": {"Maintenance": ["Conveyors", "Pumps", "Screw compressors", "Dial indicator alignment", "Welding and fabrication", "Print reading"], "Systems": ["SAP PM"]},
        },
        "swaps": [
            ("Align motors, pumps and gearboxes with Easy-Laser XT770 and document the as-left readings", "Align motors, pumps and gearboxes with dial indicators (rim-and-face and reverse-dial) and document the as-left readings"),
        ],
        "decisive": ("Laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)", ["laser", "Rotalign", "Fixturlaser", "laser shaft alignment"], "tool"),
    },
    {
        "id": "pipefitter-fresh4-1",
        "occ": "pipefitter",
        "title": "Journeyman Pipefitter - Hospital Projects",
        "company": "Limbach",
        "location": "Pittsburgh, PA",
        "posting": """
Limbach is staffing a new patient tower in Pittsburgh's Oakland neighborhood and needs Journeyman Pipefitters.

Scope: hydronic heating and chilled water piping, steam and condensate, and medical gas piping for patient rooms and operating suites.

Requirements
- Journeyman pipefitter (UA Local 449 or equivalent)
- ASSE 6010 Medical Gas Installer certification - required for this project
- Able to braze copper with a nitrogen purge and read isometric drawings
- OSHA 10 (OSHA 30 preferred)
- Pass pre-employment drug screen

Union scale wages and benefits per the Local 449 agreement.
""",
        "name": "Sean Murtagh",
        "label": "Journeyman Pipefitter",
        "summary": "UA journeyman pipefitter with eleven years on hospital, university and commercial mechanical projects; brazing, steam and hydronic systems.",
        "where": ("Bethel Park", "PA"),
        "work": [
            ("Journeyman Pipefitter", "Scalise Industries", "2019-04", "", [
                "Installed copper med gas lines (oxygen, medical air, vacuum) in two hospital renovations, brazed under nitrogen purge",
                "Pipe steam, condensate and chilled water mains from isometrics; pressure test and flush",
            ]),
            ("Pipefitter Apprentice", "UA Local 449 JATC / Sauer Inc.", "2015-06", "2019-03", [
                "Apprenticeship on commercial and institutional HVAC piping",
            ]),
        ],
        "skills": {"Piping": ["Brazing", "Steam and condensate", "Hydronic piping", "Isometric drawings", "Pressure testing"], "Safety": ["OSHA 30"]},
        "certs": [
            ("Medical Gas Systems Installer - ASSE 6010", "ASSE International (exam by NITC)", "2021-02"),
            ("OSHA 30-Hour Construction", "OSHA", "2020-05"),
            ("Journeyman Pipefitter card", "United Association Local 449", "2019-04"),
        ],
        "edu": [("Certificate", "Pipefitting Apprenticeship", "UA Local 449 Training Center", "2019")],
        "unq": {
            "work": [
                ("Journeyman Pipefitter", "Scalise Industries", "2019-04", "", [
                    "Installed copper domestic water and refrigerant lines in two hospital renovations, brazed under nitrogen purge",
                    "Pipe steam, condensate and chilled water mains from isometrics; pressure test and flush",
                ]),
                ("Pipefitter Apprentice", "UA Local 449 JATC / Sauer Inc.", "2015-06", "2019-03", [
                    "Apprenticeship on commercial and institutional HVAC piping",
                ]),
            ],
            "certs": [
                ("Brazing Procedure Qualification - ASME Section IX", "Scalise Industries", "2021-02"),
                ("OSHA 30-Hour Construction", "OSHA", "2020-05"),
                ("Journeyman Pipefitter card", "United Association Local 449", "2019-04"),
            ],
        },
        "decisive": ("ASSE 6010 Medical Gas Installer certification", ["ASSE 6010", "6010", "medical gas installer", "medical gas", "med gas"], "certificate"),
    },
    {
        "id": "pipefitter-fresh4-2",
        "occ": "pipefitter",
        "title": "Steamfitter / Pipefitter",
        "company": "McKinstry",
        "location": "Seattle, WA",
        "posting": """
McKinstry is hiring steamfitters for our service and construction groups in the Puget Sound region.

What you'll do: install and repair heating, cooling and process piping - carbon steel, stainless, copper and PVC - on commercial buildings, labs and data centers.

What we're looking for:
* Journey-level steamfitter/pipefitter with 4-6 years of experience at journey level
* Welding certification (6G) preferred
* Comfortable with 3D coordination drawings on a tablet
* Valid driver's license

McKinstry is an equal opportunity employer. Benefits per UA Local 32 agreement.
""",
        "name": "Kelsey Dunbar",
        "label": "Journey Steamfitter",
        "summary": "Journey-level steamfitter with five years at journey level on labs and data centers after a UA apprenticeship; carbon steel and stainless process piping, 6G welder.",
        "where": ("Renton", "WA"),
        "work": [
            ("Journeyman Steamfitter", "Hermanson Company", "2021-12", "", [
                "Fabricate and install chilled water, heating hot water and process piping for labs and data centers",
                "Lay out hangers and sleeves from Navisworks coordination models on a tablet",
                "Weld carbon steel pipe in all positions; tie in to live systems during shutdowns",
            ]),
            ("Steamfitter Apprentice", "UA Local 32 / MacDonald-Miller", "2016-09", "2021-11", [
                "Five-year apprenticeship in commercial HVAC piping, service and welding",
            ]),
        ],
        "skills": {"Piping": ["Carbon steel", "Stainless", "Copper", "Process piping", "Coordination drawings"], "Welding": ["SMAW", "GTAW", "6G"]},
        "certs": [
            ("Journey-level card, Steamfitter", "UA Local 32", "2021-12"),
            ("6G Pipe Welding Certification (ASME IX)", "UA Local 32 Training Center", "2021-06"),
            ("Washington Driver License", "Washington State Department of Licensing", ""),
        ],
        "edu": [("Certificate", "Steamfitter Apprenticeship", "UA Local 32 Training Center", "2021")],
        "unq": {
            "summary": "Journey-level steamfitter on labs and data centers after a long apprenticeship; carbon steel and stainless process piping, 6G welder.",
            "work": [
                ("Journeyman Steamfitter", "Hermanson Company", "2023-11", "", [
                    "Fabricate and install chilled water, heating hot water and process piping for labs and data centers",
                    "Lay out hangers and sleeves from Navisworks coordination models on a tablet",
                    "Weld carbon steel pipe in all positions; tie in to live systems during shutdowns",
                ]),
                ("Steamfitter Apprentice", "UA Local 32 / MacDonald-Miller", "2017-09", "2023-10", [
                    "Apprenticeship in commercial HVAC piping, service and welding, extended after a shoulder injury",
                ]),
            ],
            "certs": [
                ("Journey-level card, Steamfitter", "UA Local 32", "2023-11"),
                ("6G Pipe Welding Certification (ASME IX)", "UA Local 32 Training Center", "2023-06"),
                ("Washington Driver License", "Washington State Department of Licensing", ""),
            ],
            "edu": [("Certificate", "Steamfitter Apprenticeship", "UA Local 32 Training Center", "2023")],
        },
        "decisive": ("4-6 years of experience at journey level", ["years", "yrs"], "years"),
    },
    {
        "id": "stationary_engineer-fresh4-1",
        "occ": "stationary_engineer",
        "title": "Stationary Engineer",
        "company": "Mass General Brigham",
        "location": "Boston, MA",
        "posting": """
GENERAL SUMMARY/OVERVIEW STATEMENT:
The Stationary Engineer operates and maintains the central plant - high pressure steam boilers, chillers, cooling towers, pumps and air handling units - on a rotating 24/7 schedule, keeping logs and responding to building alarms.

QUALIFICATIONS:
- Massachusetts 2nd Class Engineer license required; 1st Class preferred
- 3+ years operating high pressure boilers in a hospital, university or power plant
- Working knowledge of building automation systems
- Universal refrigerant certification (EPA 608) preferred

Mass General Brigham is an Equal Opportunity Employer. By embracing diverse skills, perspectives and ideas, we choose to lead.
""",
        "name": "Patrick Doherty",
        "label": "Licensed Steam Engineer",
        "summary": "Boiler room and central plant engineer with ten years on high-pressure steam plants at a university and a hospital; holds the Commonwealth's top engineer grade.",
        "where": ("Quincy", "MA"),
        "work": [
            ("Shift Engineer, Central Utility Plant", "Boston Medical Center", "2020-01", "", [
                "Run three 600 HP high-pressure steam boilers, two centrifugal chillers and cooling towers; take hourly logs",
                "Answer Siemens BAS alarms across the campus; reset air handlers and exhaust fans",
                "Do water treatment tests and blowdowns; assist with annual boiler inspections",
            ]),
            ("Boiler Operator", "Boston University Central Plant", "2016-03", "2019-12", [
                "Operated dual-fuel boilers and feedwater equipment; kept plant logs and did routine maintenance",
            ]),
        ],
        "skills": {"Plant": ["High-pressure steam boilers", "Centrifugal chillers", "Cooling towers", "Water treatment", "Building automation (Siemens)"]},
        "certs": [
            ("1st Class Engineer License", "Massachusetts Department of Public Safety", "2021-06"),
            ("EPA Section 608 Universal", "ESCO Institute", "2017-02"),
        ],
        "edu": [("Certificate", "Power Engineering", "Massachusetts Maritime Academy - Continuing Education", "2016")],
        "unq": {
            "summary": "Boiler room and central plant engineer with ten years on high-pressure steam plants at a university and a hospital.",
            "certs": [
                ("3rd Class Engineer License", "Massachusetts Department of Public Safety", "2019-06"),
                ("1st Class Fireman License", "Massachusetts Department of Public Safety", "2017-01"),
                ("EPA Section 608 Universal", "ESCO Institute", "2017-02"),
            ],
        },
        "decisive": ("Massachusetts 2nd Class Engineer license or higher", ["2nd Class", "second class", "2nd Class Engineer"], "licence level"),
    },
    {
        "id": "stationary_engineer-fresh4-2",
        "occ": "stationary_engineer",
        "title": "Power Plant Operating Engineer",
        "company": "University of Minnesota",
        "location": "Minneapolis, MN",
        "posting": """
Operating Engineer - Southeast Steam Plant. Full time, rotating shifts.

Operate and maintain boilers, a combustion turbine, heat recovery steam generator, chillers and auxiliary equipment that supply steam and chilled water to the Twin Cities campus.

Required:
* Minnesota Chief Engineer license, Grade C or higher (issued by the Department of Labor and Industry)
* Two years of high pressure boiler plant operating experience
* High school diploma or GED

Preferred:
* Experience with distributed control systems (DCS)
* Combustion turbine experience

The University of Minnesota is an equal opportunity employer and educator. Benefits include health, dental, retirement and tuition benefits.
""",
        "name": "Erik Halvorsen",
        "label": "Boiler Plant Operator",
        "summary": "Boiler plant operator with seven years on district steam and hospital plants; DCS control room and field rounds.",
        "where": ("St. Paul", "MN"),
        "work": [
            ("Plant Operator", "District Energy St. Paul", "2021-02", "", [
                "Operate gas- and biomass-fired high pressure boilers from the DCS and on field rounds",
                "Start up, shut down and troubleshoot boilers, feed pumps and deaerators; keep operating logs",
            ]),
            ("Boiler Operator", "Hennepin Healthcare", "2019-05", "2021-01", [
                "Ran hospital steam boilers and chillers; tested water chemistry and did preventive maintenance",
            ]),
        ],
        "skills": {"Plant": ["High pressure boilers", "DCS (Emerson Ovation)", "Deaerators", "Chillers", "Water chemistry"]},
        "certs": [
            ("Chief Engineer License, Grade B", "Minnesota Department of Labor and Industry", "2025-02"),
            ("First Class Engineer License, Grade A", "Minnesota Department of Labor and Industry", "2022-03"),
        ],
        "edu": [("Diploma", "Power Plant Operations", "Minnesota State Community and Technical College", "2019")],
        "unq": {
            "certs": [
                ("First Class Engineer License, Grade A", "Minnesota Department of Labor and Industry", "2022-03"),
            ],
        },
        "decisive": ("Minnesota Chief Engineer license, Grade C or higher", ["Chief Engineer"], "licence level"),
    },
    {
        "id": "heavy_equipment_operator-fresh4-1",
        "occ": "heavy_equipment_operator",
        "title": "Plant Operator - 360 Excavator",
        "company": "Balfour Beatty",
        "location": "Leeds, United Kingdom",
        "posting": """
Balfour Beatty are recruiting experienced 360 excavator operators for a highways scheme near Leeds. Work includes bulk earthworks, trenching for drainage and loading dump trucks, working to levels and with a banksman.

Essential:
- CPCS Blue Competent Operator card (A59 360 Excavator above 10 tonnes)
- Valid CSCS-recognised health, safety and environment test
- Experience on highways or civils sites

Desirable:
- GPS machine control (Trimble or Leica)
- Full UK driving licence

Day rate plus overtime, paid travel time. Balfour Beatty is an equal opportunities employer.
""",
        "name": "Liam Fairclough",
        "label": "Plant Operator",
        "summary": "360 excavator operator with six years on road, rail and drainage schemes across West Yorkshire; tidy grading to levels and GPS machine control.",
        "where": ("Wakefield", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("360 Excavator Operator", "Lafarge Tarmac Contracting", "2021-03", "", [
                "Bulk dig, trench for carrier drains and load 30-tonne dump trucks on motorway widening schemes",
                "Work to levels with Trimble Earthworks GPS and a banksman",
            ]),
            ("Plant Operator", "J. N. Bentley", "2020-01", "2021-02", [
                "Operated 13-tonne excavators and forward tipping dumpers on flood defence work",
            ]),
        ],
        "skills": {"Plant": ["360 excavator", "Forward tipping dumper", "Trenching", "Bulk earthworks", "Trimble GPS machine control"]},
        "certs": [
            ("CPCS Competent Operator Card - A59 Excavator 360 above 10 tonnes (Tracked)", "NOCN Job Cards / CPCS", "2021-09"),
            ("NVQ Level 2 Plant Operations - Excavator", "CPCS", "2021-09"),
            ("CITB Health, Safety and Environment Test - Operatives", "CITB", "2025-02"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [("Diploma", "Construction Plant Operations (Level 2)", "Leeds College of Building", "2019")],
        "unq": {
            "certs": [
                ("CPCS Trained Operator Card (red) - A59 Excavator 360 above 10 tonnes (Tracked)", "NOCN Job Cards / CPCS", "2025-03"),
                ("NVQ Level 2 Plant Operations - Excavator (in progress)", "CPCS", ""),
                ("CITB Health, Safety and Environment Test - Operatives", "CITB", "2025-02"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("CPCS Blue Competent Operator card (A59)", ["Blue", "Competent Operator"], "credential level"),
    },
    {
        "id": "heavy_equipment_operator-fresh4-2",
        "occ": "heavy_equipment_operator",
        "title": "Heavy Equipment Operator",
        "company": "Granite Construction",
        "location": "Sacramento, CA",
        "posting": """
heavy equipment operator - highway & site work

- 3+ yrs running dozer, excavator, loader, motor grader
- grade checking / finish grade to stakes
- class A CDL w/ tanker endorsement - you'll run the water truck + haul the lowboy
- clean DMV record
- IUOE Local 3 members welcome

prevailing wage jobs, steady work through the season. EEO/AA/Vets/Disabled
""",
        "name": "Derek Santos",
        "label": "Equipment Operator",
        "summary": "Operating engineer with eight years on highway, subdivision and levee work; dozer, excavator, grader and water truck.",
        "where": ("Elk Grove", "CA"),
        "work": [
            ("Operating Engineer", "Teichert Construction", "2020-04", "", [
                "Run D6 dozers, 336 excavators and 140 motor graders on highway widening and subdivision grading",
                "Finish grade to stakes and blue tops; check grade with a rod and laser",
                "Drive the 4,000-gallon water truck for dust control and haul equipment on a lowboy trailer",
            ]),
            ("Equipment Operator", "Knife River Construction", "2018-03", "2020-03", [
                "Ran loaders and excavators on levee repair and aggregate yard work",
            ]),
        ],
        "skills": {"Equipment": ["Dozer", "Excavator", "Motor grader", "Wheel loader", "Water truck", "Lowboy"]},
        "certs": [
            ("California Commercial Driver License, Class A - tank vehicle (N) endorsement", "California DMV", "2019-06"),
            ("IUOE Local 3 journey-level operator", "International Union of Operating Engineers Local 3", "2021-01"),
        ],
        "edu": [("Certificate", "Heavy Equipment Operations", "Operating Engineers Local 3 Training Center, Rancho Murieta", "2018")],
        "unq": {
            "summary": "Operating engineer with eight years on highway, subdivision and levee work; dozer, excavator, grader and lowboy hauling.",
            "work": [
                ("Operating Engineer", "Teichert Construction", "2020-04", "", [
                    "Run D6 dozers, 336 excavators and 140 motor graders on highway widening and subdivision grading",
                    "Finish grade to stakes and blue tops; check grade with a rod and laser",
                    "Haul equipment on a lowboy trailer between jobs",
                ]),
                ("Equipment Operator", "Knife River Construction", "2018-03", "2020-03", [
                    "Ran loaders and excavators on levee repair and aggregate yard work",
                ]),
            ],
            "skills": {"Equipment": ["Dozer", "Excavator", "Motor grader", "Wheel loader", "Lowboy"]},
            "certs": [
                ("California Commercial Driver License, Class A - no endorsements", "California DMV", "2019-06"),
                ("IUOE Local 3 journey-level operator", "International Union of Operating Engineers Local 3", "2021-01"),
            ],
        },
        "decisive": ("Class A CDL with tanker endorsement", ["tanker", "tank vehicle", "N endorsement"], "endorsement"),
    },
]
