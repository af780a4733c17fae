"""fresh6 cases, trades: carpenter, ironworker, gas engineer, fire alarm technician, boilermaker, coatings inspector.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh6_sources_b.md.
"""
# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "carpenter-fresh6-1",
        "occ": "carpenter",
        "title": "Site Carpenter (First & Second Fix) - Gold Card",
        "company": "Wates Group",
        "location": "Bristol, England, UK",
        "posting": """
We're looking for experienced site carpenters to join our directly employed team on a 140-home later-living scheme in south Bristol. The work runs across first fix (stud partitions, door linings, boxing-in, checking roof carcassing) and second fix (hanging fire doors, ironmongery, skirting and architrave, kitchen and wardrobe fitting).

Essential:
- NVQ Level 3 in Site Carpentry (Wood Occupations) and a valid CSCS Gold Advanced Craft card
- Proven experience hanging FD30 and FD60 fire doorsets to manufacturer's instructions and completing the door schedule sign-off
- Able to read drawings and work to setting-out
- Own hand tools and 110V power tools

Desirable:
- PASMA tower card
- Timber frame experience

Monday to Friday, 07:30 to 17:00. £21 to £23 per hour depending on experience, 28 days' holiday including bank holidays, company pension and CITB-funded upskilling. Wates is an equal opportunities employer and welcomes applications from everyone.
""",
        "name": "Callum Pritchard",
        "label": "Site Carpenter / Joiner",
        "summary": "Time-served site joiner with ten years on new-build housing and care schemes. Holds the NVQ Level 3 Diploma in Site Carpentry and a CSCS Gold card; confident on fire doorsets, staircases and second-fix finishing.",
        "where": ("Weston-super-Mare", "North Somerset"),
        "country": "GB",
        "work": [
            ("Carpenter, first and second fix", "Severnside Joinery Ltd", "2019-04", "", [
                "Hang and ironmonger FD30/FD60 doorsets on apartment and care-home schemes; complete door schedules and photo records for the fire-stopping inspector",
                "Set out and build metal and timber stud partitions from architect's drawings",
                "Fit kitchens, skirting, architrave and built-in wardrobes to snag-free handover",
            ]),
            ("Improver Joiner", "M. Hale & Sons Builders", "2015-09", "2019-03", [
                "Cut and fixed roof carcassing, joists and stairs on private extensions",
                "Worked alongside the lead joiner on sash window repairs and bespoke doors",
            ]),
        ],
        "skills": {"Joinery": ["Fire doorsets", "Stud partitions", "Roof carcassing", "Second fix", "Reading drawings"], "Tools": ["110V power tools", "Mitre saw", "Router"]},
        "certs": [
            ("NVQ Level 3 Diploma in Wood Occupations (Construction) - Site Carpentry", "City & Guilds", "2020-06"),
            ("CSCS Gold Advanced Craft Card", "CSCS", "2020-08"),
            ("PASMA Towers for Users", "PASMA", "2022-05"),
        ],
        "edu": [("Diploma", "Site Carpentry (full-time college course)", "Weston College", "2016")],
        "unq": {
            "summary": "Site joiner with ten years on new-build housing and care schemes. Holds the NVQ Level 2 Diploma in Site Carpentry and a CSCS Blue Skilled Worker card; confident on fire doorsets, staircases and second-fix finishing.",
            "certs": [
                ("NVQ Level 2 Diploma in Wood Occupations (Construction) - Site Carpentry", "City & Guilds", "2020-06"),
                ("CSCS Blue Skilled Worker Card", "CSCS", "2020-08"),
                ("PASMA Towers for Users", "PASMA", "2022-05"),
            ],
        },
        "decisive": ("NVQ Level 3 in Site Carpentry with a CSCS Gold card", ["NVQ Level 3", "Level 3", "Gold card", "Advanced Craft"], "credential level"),
    },
    {
        "id": "carpenter-fresh6-2",
        "occ": "carpenter",
        "title": "Journeyman Carpenter - Concrete Formwork",
        "company": "Hensel Phelps",
        "location": "Denver, CO",
        "posting": """
Journeyman Carpenter, structural concrete - Denver metro (new 9-story hospital tower)

must haves:
- 4-8 yrs as a journeyman carpenter on commercial concrete: gang forms, deck forms, columns, shear walls, embeds
- read structural drawings + pour sequences, layout w/ total station or transit
- OSHA 30
- valid driver's license, reliable transport to site
- own hand tools per HP tool list

nice to haves: Peri / Doka systems, aerial lift card, forklift

Pay $36-$44/hr DOE, per diem not available for this project. Medical/dental/vision, 401(k) w/ match, paid holidays. 6:00 a.m. start, some Saturdays during pours. Must pass a pre-employment drug screen. Hensel Phelps is an Equal Opportunity Employer, including veterans and individuals with disabilities.
""",
        "name": "Mateo Villanueva",
        "label": "Journeyman Carpenter - Concrete Forming",
        "summary": "Journeyman carpenter specialising in structural concrete formwork on hospitals and parking structures; reads structural drawings, lays out with a total station and runs small form crews.",
        "where": ("Aurora", "CO"),
        "work": [
            ("Journeyman Carpenter, structural concrete", "Saunders Construction", "2022-03", "", [
                "Build and strip gang forms, deck forms and column forms on a 6-level medical office building and a 1,100-stall parking structure",
                "Set embeds and blockouts from structural drawings; lay out walls and grid lines with a Trimble total station",
            ]),
            ("Carpenter (journey level), formwork crew", "Adolfson & Peterson Construction", "2020-09", "2022-02", [
                "Formed shear walls and elevated decks using Peri and Doka systems; checked forms before every pour",
            ]),
            ("Carpenter Apprentice", "Adolfson & Peterson Construction", "2016-08", "2020-08", [
                "Four-year apprenticeship on commercial concrete: footings, stem walls, stairs and slab edge forms",
            ]),
        ],
        "skills": {"Concrete": ["Gang forms", "Deck forms", "Column forms", "Embeds", "Peri", "Doka"], "Layout": ["Total station", "Transit", "Structural drawings"], "Equipment": ["Aerial lift", "Telehandler"]},
        "certs": [
            ("OSHA 30-Hour Construction", "OSHA", "2021-04"),
            ("Colorado Driver's License, Class R", "Colorado DMV", ""),
        ],
        "edu": [("Certificate of Completion", "Carpentry Apprenticeship (4 years)", "Carpenters Training Center of Colorado", "2020")],
        "unq": {
            "summary": "Carpenter specialising in structural concrete formwork on hospitals and parking structures; reads structural drawings, lays out with a total station and works on small form crews.",
            "work": [
                ("Journeyman Carpenter, structural concrete", "Saunders Construction", "2024-02", "", [
                    "Build and strip gang forms, deck forms and column forms on a 6-level medical office building and a 1,100-stall parking structure",
                    "Set embeds and blockouts from structural drawings; lay out walls and grid lines with a Trimble total station",
                ]),
                ("Carpenter Apprentice (years 1-4)", "Adolfson & Peterson Construction", "2019-09", "2024-01", [
                    "Apprenticeship on commercial concrete: footings, stem walls, shear walls and elevated decks using Peri and Doka systems",
                ]),
                ("Construction Laborer", "Adolfson & Peterson Construction", "2016-08", "2019-08", [
                    "Stripped and cleaned forms, moved material and helped set slab edge forms",
                ]),
            ],
            "edu": [("Certificate of Completion", "Carpentry Apprenticeship (4 years)", "Carpenters Training Center of Colorado", "2024")],
        },
        "decisive": ("4-8 years as a journeyman carpenter on commercial concrete", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "ironworker-fresh6-1",
        "occ": "ironworker",
        "title": "Structural Ironworker / Rigger",
        "company": "Schuff Steel",
        "location": "Phoenix, AZ",
        "posting": """
Schuff Steel is hiring structural ironworkers for the erection of a 14-story hospital tower in central Phoenix. You will connect, bolt up, deck and weld structural steel and rig the critical picks called out in our lift plans.

Minimum Qualifications
- Journeyman ironworker (Local 75 dispatch or equivalent open-shop experience)
- Current NCCCO Rigger Level II certification. Every critical pick on this project requires a Level II rigger on the hook; Level I alone is not sufficient
- NCCCO Signalperson certification
- AWS D1.1 structural welding certification, 3G and 4G
- OSHA 10 (OSHA 30 preferred)

Preferred Qualifications
- Connecting and decking experience at height on high-rise steel
- Bolt-up with calibrated torque wrenches and TC bolts

$34-$41/hour plus fringe, depending on experience. Must provide own hand tools and pass a drug screen. Schuff Steel is an equal opportunity employer.
""",
        "name": "Darnell Okafor",
        "label": "Journeyman Ironworker - Connector & Rigger",
        "summary": "Journeyman structural ironworker (Ironworkers Local 75) with nine years of high-rise erection: connecting, decking, bolt-up and structural welding. NCCCO-certified rigger and signalperson.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Journeyman Ironworker (connector, rigger)", "Banker Steel", "2020-03", "", [
                "Connect columns and beams on office and hospital towers up to 18 stories; rig and hook on critical picks per engineered lift plans",
                "Calculate sling angles and load weights, select rigging and direct tower-crane picks as signalperson",
                "Weld moment connections and deck to AWS D1.1 with FCAW and SMAW",
            ]),
            ("Ironworker", "Schuff Steel", "2017-05", "2020-02", [
                "Bolted up and decked steel on parking structures; welded shear studs and embeds",
            ]),
        ],
        "skills": {"Erection": ["Connecting", "Decking", "Bolt-up", "TC bolts", "Shear studs"], "Rigging": ["Load calculations", "Sling selection", "Hand signals", "Radio signaling"], "Welding": ["FCAW", "SMAW"]},
        "certs": [
            ("NCCCO Certified Rigger Level II", "NCCCO", "2022-09"),
            ("NCCCO Signalperson", "NCCCO", "2021-11"),
            ("AWS D1.1 Structural Welding, 3G and 4G (FCAW)", "American Welding Society", "2023-02"),
            ("OSHA 30-Hour Construction", "OSHA", "2019-06"),
        ],
        "edu": [("Journeyman Certificate", "Ironworker Apprenticeship", "Ironworkers Local 75 Apprenticeship", "2017")],
        "unq": {
            "summary": "Journeyman structural ironworker (Ironworkers Local 75) with nine years of high-rise erection: connecting, decking, bolt-up and structural welding. NCCCO-certified rigger (Level I) and signalperson.",
            "certs": [
                ("NCCCO Certified Rigger Level I", "NCCCO", "2022-09"),
                ("NCCCO Signalperson", "NCCCO", "2021-11"),
                ("AWS D1.1 Structural Welding, 3G and 4G (FCAW)", "American Welding Society", "2023-02"),
                ("OSHA 30-Hour Construction", "OSHA", "2019-06"),
            ],
        },
        "swaps": [("Calculate sling angles and load weights, select rigging and direct", "Hook on rigging selected by the lead rigger and direct")],
        "decisive": ("NCCCO Rigger Level II certification", ["Rigger Level II", "Level II", "Rigger II"], "credential level"),
    },
    {
        "id": "ironworker-fresh6-2",
        "occ": "ironworker",
        "title": "Journeyperson Ironworker - Bridge Rehabilitation",
        "company": "Supreme Group",
        "location": "Surrey, BC, Canada",
        "posting": """
Supreme Group is looking for journeyperson ironworkers for a two-season steel bridge rehabilitation over the Fraser River. Work includes removing and replacing floor beams and stringers, bearing replacement, bolted splice repairs, temporary shoring and working from under-bridge access platforms over water.

What you'll bring
- Red Seal Ironworker (Generalist) endorsement or a BC Certificate of Qualification as an Ironworker
- A minimum of five years working as a journeyperson ironworker on bridges or heavy civil structural steel
- Rigging and signalling for crawler and hydraulic cranes
- Fall Protection, WHMIS 2015 and First Aid (or willing to obtain before start)
- Valid BC Class 5 driver's licence

What we offer: union wages per the Ironworkers Local 97 agreement, benefits and pension, a four-tens schedule. We are committed to a diverse and inclusive workplace.
""",
        "name": "Gurjit Sandhu",
        "label": "Journeyperson Ironworker (Red Seal)",
        "summary": "Red Seal ironworker with ten years in structural steel and the last seven as a journeyperson on bridge rehabilitation, bearing replacement and heavy civil erection around the Lower Mainland.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("Journeyperson Ironworker, bridges", "Canadian Bridge Contractors Ltd.", "2019-05", "", [
                "Replaced floor beams, stringers and bearings on steel truss and girder bridges under live traffic staging",
                "Installed temporary shoring and jacking frames; rigged members from under-bridge access platforms over water",
                "Signalled crawler and hydraulic cranes on night closures",
            ]),
            ("Ironworker Apprentice", "Walters Group", "2016-03", "2019-04", [
                "Four-level apprenticeship erecting structural steel on warehouses and a transit station",
            ]),
        ],
        "skills": {"Structural": ["Bridge rehabilitation", "Bearing replacement", "Bolted splices", "Shoring", "Jacking"], "Rigging": ["Crane signalling", "Chain falls", "Come-alongs"], "Safety": ["Fall Protection", "WHMIS 2015", "Standard First Aid"]},
        "certs": [
            ("Certificate of Qualification, Ironworker (Generalist), Red Seal", "SkilledTradesBC", "2019-04"),
            ("Fall Protection", "BC Construction Safety Alliance", "2024-02"),
            ("WHMIS 2015", "", "2024-02"),
            ("Standard First Aid with CPR C", "St. John Ambulance", "2025-06"),
            ("BC Class 5 Driver's Licence", "ICBC", ""),
        ],
        "edu": [("Apprenticeship", "Ironworker (Generalist) Levels 1-4", "BCIT", "2019")],
        "unq": {
            "summary": "Red Seal ironworker with ten years in structural steel, most recently as a journeyperson on bridge rehabilitation, bearing replacement and heavy civil erection around the Lower Mainland.",
            "work": [
                ("Journeyperson Ironworker, bridges", "Canadian Bridge Contractors Ltd.", "2023-01", "", [
                    "Replaced floor beams, stringers and bearings on steel truss and girder bridges under live traffic staging",
                    "Installed temporary shoring and jacking frames; rigged members from under-bridge access platforms over water",
                    "Signalled crawler and hydraulic cranes on night closures",
                ]),
                ("Ironworker Apprentice", "Walters Group", "2016-03", "2022-12", [
                    "Apprenticeship (with a two-year break in training) erecting structural steel on warehouses and a transit station",
                ]),
            ],
            "certs": [
                ("Certificate of Qualification, Ironworker (Generalist), Red Seal", "SkilledTradesBC", "2022-12"),
                ("Fall Protection", "BC Construction Safety Alliance", "2024-02"),
                ("WHMIS 2015", "", "2024-02"),
                ("Standard First Aid with CPR C", "St. John Ambulance", "2025-06"),
                ("BC Class 5 Driver's Licence", "ICBC", ""),
            ],
            "edu": [("Apprenticeship", "Ironworker (Generalist) Levels 1-4", "BCIT", "2022")],
        },
        "decisive": ("minimum five years as a journeyperson ironworker", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "gas_engineer-fresh6-1",
        "occ": "gas_engineer",
        "title": "Commercial Gas Technician (G1)",
        "company": "Black & McDonald",
        "location": "Mississauga, ON, Canada",
        "posting": """
Black & McDonald's Service division is hiring a Commercial Gas Technician to maintain and repair gas-fired equipment across a portfolio of office towers, schools and light-industrial buildings in Peel and Halton.

You will service rooftop units, make-up air units, unit heaters and commercial boilers, many of them well above 400,000 BTU/h input, carry out combustion analysis and commissioning, and complete TSSA documentation.

You will have:
- A valid TSSA G1 Gas Technician certificate (G2 holders will not be considered for this position, as most equipment is outside G2 scope)
- Experience troubleshooting burner management systems and flame safeguards on commercial boilers
- 313A Refrigeration and Air Conditioning Systems Mechanic (asset)
- A valid Ontario G driver's licence and a clean abstract

We offer a company vehicle, union wages and benefits (UA Local 46 / 787 agreements), overtime and ongoing training. Black & McDonald is an equal opportunity employer; accommodations are available on request throughout the hiring process.
""",
        "name": "Anil Ramcharan",
        "label": "Gas Technician 1 - Commercial HVAC",
        "summary": "Commercial gas technician holding the TSSA Gas Technician 1 certificate; eight years servicing boilers, RTUs and make-up air units in the GTA, with combustion analysis, BMS and flame-safeguard troubleshooting.",
        "where": ("Brampton", "ON"),
        "country": "CA",
        "work": [
            ("Service Technician, Commercial HVAC", "Modern Niagara", "2020-06", "", [
                "Service and repair hot-water and steam boilers from 500 MBH to 6,000 MBH; set up burners with combustion analysers",
                "Troubleshoot Honeywell and Fireye flame safeguards and burner management systems",
                "Maintain rooftop units and make-up air units on office and school portfolios",
            ]),
            ("Gas Technician", "Reliance Home Comfort", "2017-02", "2020-05", [
                "Installed and serviced residential furnaces, water heaters and rooftop units on light-commercial accounts",
            ]),
        ],
        "skills": {"Gas": ["Commercial boilers", "Burner set-up", "Combustion analysis", "Flame safeguards", "Make-up air units"], "HVAC": ["Rooftop units", "BMS", "Refrigeration basics"]},
        "certs": [
            ("Gas Technician 1 (G1) Certificate", "Technical Standards and Safety Authority (TSSA)", "2020-03"),
            ("Ontario Class G Driver's Licence", "Ministry of Transportation Ontario", ""),
            ("Working at Heights", "Ontario Ministry of Labour approved provider", "2024-10"),
        ],
        "edu": [("Certificate", "Gas Technician Program", "Humber College", "2016")],
        "unq": {
            "label": "Gas Technician 2 - Commercial HVAC",
            "summary": "Commercial gas technician holding the TSSA Gas Technician 2 certificate; eight years servicing boilers, RTUs and make-up air units in the GTA, with combustion analysis, BMS and flame-safeguard troubleshooting.",
            "certs": [
                ("Gas Technician 2 (G2) Certificate", "Technical Standards and Safety Authority (TSSA)", "2018-01"),
                ("Ontario Class G Driver's Licence", "Ministry of Transportation Ontario", ""),
                ("Working at Heights", "Ontario Ministry of Labour approved provider", "2024-10"),
            ],
        },
        "swaps": [("Service and repair hot-water and steam boilers from 500 MBH to 6,000 MBH; set up burners with combustion analysers", "Service and repair hot-water boilers up to 400 MBH and assist the lead technician on larger plants; take combustion readings with analysers")],
        "decisive": ("TSSA G1 Gas Technician certificate", ["G1", "G.1", "Gas Technician 1"], "licence level"),
    },
    {
        "id": "gas_engineer-fresh6-2",
        "occ": "gas_engineer",
        "title": "Gas Service Engineer - Domestic Boilers",
        "company": "Bord Gáis Energy",
        "location": "Dublin, Ireland",
        "posting": """
Bord Gáis Energy Home Services is growing its team of gas service engineers covering Dublin and the commuter belt. You'll carry out annual boiler services, breakdown repairs and safety checks on natural gas and LPG appliances in customers' homes, working from a fully stocked company van.

Requirements:
- Registered Gas Installer (RGI) with Safe Energy Ireland, the Register of Gas Installers of Ireland; you must be registered at the start date to work on gas in the Republic of Ireland
- Qualified plumber (QQI Advanced Craft Certificate or equivalent)
- At least 3 years servicing and repairing domestic gas boilers (Worcester Bosch, Vaillant, Ideal, Baxi)
- Full clean driving licence
- Strong customer service skills

Benefits: competitive basic salary with overtime and bonus, company van and fuel card, pension, healthcare, 24 days' annual leave and paid training on new technologies including heat pumps. Bord Gáis Energy is an equal opportunities employer.
""",
        "name": "Ciarán Mulholland",
        "label": "Gas Service Engineer",
        "summary": "Qualified plumber and registered gas installer with nine years servicing and repairing domestic gas boilers on both natural gas and LPG; registered with Safe Energy Ireland (RGI).",
        "where": ("Dundalk", "Co. Louth"),
        "country": "IE",
        "work": [
            ("Gas Service Engineer", "Carlingford Heating Services", "2019-02", "", [
                "Annual services, breakdowns and landlord safety checks on Worcester Bosch, Vaillant, Ideal and Baxi combi and system boilers",
                "Fault-find PCBs, fans, gas valves and diverter valves; carry out flue-gas analysis and tightness tests",
                "Issue gas safety certificates and Declarations of Conformance for new installations",
            ]),
            ("Plumber", "Drogheda Plumbing & Heating", "2015-09", "2019-01", [
                "Installed heating systems and bathrooms; converted oil systems to gas under supervision",
            ]),
        ],
        "skills": {"Gas": ["Boiler servicing", "Breakdown repair", "Flue-gas analysis", "Tightness testing", "LPG"], "Plumbing": ["Heating systems", "Unvented cylinders"]},
        "certs": [
            ("Registered Gas Installer (RGI), Domestic", "Safe Energy Ireland (Register of Gas Installers of Ireland)", "2019-01"),
            ("Full Driving Licence, Category B", "National Driver Licence Service (Ireland)", ""),
        ],
        "edu": [("Advanced Certificate Craft", "Plumbing", "SOLAS / QQI", "2015")],
        "unq": {
            "summary": "Qualified plumber and Gas Safe registered engineer with nine years servicing and repairing domestic gas boilers on both natural gas and LPG; registered with Gas Safe Register for work in Northern Ireland.",
            "certs": [
                ("Gas Safe Register, domestic natural gas and LPG (Northern Ireland)", "Gas Safe Register", "2019-01"),
                ("ACS Domestic: CCN1, CENWAT, CKR1, HTR1", "Gas Safe Register / ACS", "2023-11"),
                ("Full Driving Licence, Category B", "National Driver Licence Service (Ireland)", ""),
            ],
        },
        "swaps": [("Issue gas safety certificates and Declarations of Conformance for new installations", "Issue Gas Safe landlord safety records and Building Regulations compliance notifications for new installations in Newry and Armagh")],
        "decisive": ("Registered Gas Installer with Safe Energy Ireland (Republic of Ireland)", ["RGI", "RGII", "Registered Gas Installer", "Safe Energy Ireland", "Register of Gas Installers of Ireland"], "jurisdiction"),
    },
    {
        "id": "fire_alarm_technician-fresh6-1",
        "occ": "fire_alarm_technician",
        "title": "Lead Fire Alarm Technician",
        "company": "Koorsen Fire & Security",
        "location": "Fort Wayne, IN",
        "posting": """
Koorsen Fire & Security is hiring a Lead Fire Alarm Technician for our Fort Wayne branch. The lead tech runs installation and service crews on hospitals, schools and industrial sites, programs and commissions addressable systems, performs acceptance tests with the AHJ and reviews shop drawings before they go out.

Minimum Qualifications:
- NICET Fire Alarm Systems Level III (Level IV a plus)
- Strong working knowledge of NFPA 72 and NFPA 70
- Programming and troubleshooting of addressable panels (Notifier, Simplex, Edwards EST)
- Valid driver's license with an acceptable driving record

Preferred Qualifications:
- Voice evacuation / mass notification experience
- Experience supervising 3-5 technicians

What we offer: company vehicle, medical/dental/vision, 401(k) match, paid time off and manufacturer training. Pay range $34-$42/hour DOE. Koorsen is an Equal Opportunity Employer.
""",
        "name": "Brandon Kessler",
        "label": "Fire Alarm Technician, NICET III",
        "summary": "Fire alarm technician with eleven years installing, programming and servicing addressable and voice-evac systems in healthcare and education; NICET Fire Alarm Systems Level III.",
        "where": ("Fort Wayne", "IN"),
        "work": [
            ("Senior Fire Alarm Technician", "Siemens Smart Infrastructure", "2019-07", "", [
                "Program and commission Notifier NFS2-3030 and Simplex 4100ES panels; lead acceptance testing with the fire marshal",
                "Supervise crews of up to four technicians on hospital renovations; review shop drawings and battery calculations",
                "Troubleshoot ground faults, SLC and NAC circuit issues and network communication failures",
            ]),
            ("Fire Alarm Technician", "Summit Fire Protection", "2015-04", "2019-06", [
                "Installed and inspected addressable systems and performed NFPA 72 annual testing on schools and warehouses",
            ]),
        ],
        "skills": {"Systems": ["Notifier", "Simplex 4100ES", "Edwards EST3", "Voice evacuation", "Mass notification"], "Codes": ["NFPA 72", "NFPA 70", "IBC"]},
        "certs": [
            ("NICET Fire Alarm Systems, Level III", "NICET", "2021-05"),
            ("Simplex 4100ES Programming Certification", "Johnson Controls", "2020-09"),
            ("Indiana Driver's License", "Indiana BMV", ""),
        ],
        "edu": [("Associate of Applied Science", "Electrical Engineering Technology", "Ivy Tech Community College", "2014")],
        "unq": {
            "label": "Fire Alarm Technician, NICET II",
            "summary": "Fire alarm technician with eleven years installing, programming and servicing addressable and voice-evac systems in healthcare and education; NICET Fire Alarm Systems Level II.",
            "certs": [
                ("NICET Fire Alarm Systems, Level II", "NICET", "2018-03"),
                ("Simplex 4100ES Programming Certification", "Johnson Controls", "2020-09"),
                ("Indiana Driver's License", "Indiana BMV", ""),
            ],
        },
        "decisive": ("NICET Fire Alarm Systems Level III", ["NICET Level III", "Level III", "NICET III"], "credential level"),
    },
    {
        "id": "fire_alarm_technician-fresh6-2",
        "occ": "fire_alarm_technician",
        "title": "Fire Alarm Inspection Technician",
        "company": "Chubb Fire & Security Canada",
        "location": "Ottawa, ON, Canada",
        "posting": """
Fire Alarm Inspection Technician - Ottawa (permanent, full-time)

Chubb is looking for an inspection technician to carry out annual fire alarm inspections and testing on commercial, institutional and high-rise residential buildings across Ottawa and eastern Ontario.

Key requirements:
- Registered with the Canadian Fire Alarm Association (CFAA) as a fire alarm technician
- Minimum three years' experience performing CAN/ULC-S536 annual inspection and testing of fire alarm systems (installation-only experience does not count toward this)
- Working knowledge of the Ontario Fire Code and CAN/ULC-S524 / S537
- Ability to produce clear inspection reports and deficiency lists on a tablet
- Valid Ontario G licence and clean driving record

Nice to have: Edwards, Mircom or Simplex panel experience; bilingual (English/French) an asset.

We offer: service vehicle, group benefits, RRSP matching, paid training. Chubb is an equal opportunity employer.
""",
        "name": "Marc-André Lefebvre",
        "label": "Fire Alarm Technician - Inspections",
        "summary": "CFAA-registered fire alarm technician; about six years leading CAN/ULC-S536 annual inspections on high-rise residential and institutional buildings, after three years on installation crews.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Fire Alarm Inspection Technician", "Troy Life & Fire Safety", "2021-02", "", [
                "Perform CAN/ULC-S536 annual inspections on 25-storey residential towers, hospitals and schools; test every device, annunciator and ancillary function",
                "Write inspection reports and deficiency lists; brief property managers on Ontario Fire Code obligations",
                "Verify Mircom, Edwards and Simplex panels after repairs to CAN/ULC-S537",
            ]),
            ("Fire Alarm Installer", "Pro-Tech Fire Systems", "2018-01", "2021-01", [
                "Pulled cable, mounted devices and terminated field wiring on new construction",
            ]),
        ],
        "skills": {"Inspection": ["CAN/ULC-S536", "CAN/ULC-S537", "CAN/ULC-S524", "Ontario Fire Code", "Deficiency reporting"], "Panels": ["Mircom", "Edwards", "Simplex"]},
        "certs": [
            ("Fire Alarm Technician Registration", "Canadian Fire Alarm Association (CFAA)", "2020-11"),
            ("Ontario Class G Driver's Licence", "Ministry of Transportation Ontario", ""),
        ],
        "edu": [("Diploma", "Electrical Techniques", "Algonquin College", "2017")],
        "langs": [("English", "Fluent"), ("French", "Native")],
        "unq": {
            "summary": "CFAA-registered fire alarm technician; two years on CAN/ULC-S536 annual inspections of high-rise residential and institutional buildings, after seven years on installation crews.",
            "work": [
                ("Fire Alarm Inspection Technician", "Troy Life & Fire Safety", "2025-01", "", [
                    "Perform CAN/ULC-S536 annual inspections on 25-storey residential towers, hospitals and schools; test every device, annunciator and ancillary function",
                    "Write inspection reports and deficiency lists; brief property managers on Ontario Fire Code obligations",
                    "Verify Mircom, Edwards and Simplex panels after repairs to CAN/ULC-S537",
                ]),
                ("Fire Alarm Installer", "Pro-Tech Fire Systems", "2018-01", "2024-12", [
                    "Pulled cable, mounted devices and terminated field wiring on new construction",
                ]),
            ],
        },
        "decisive": ("minimum three years of CAN/ULC-S536 inspection and testing", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "boilermaker-fresh6-1",
        "occ": "boilermaker",
        "title": "Boilermaker / Welder - Heavy Fabrication",
        "company": "Civmec",
        "location": "Henderson, WA, Australia",
        "posting": """
Civmec is seeking qualified Boilermakers to join our Henderson fabrication facility on a long-term structural and modular package for the resources sector. Day shift, 10 hours Monday to Friday plus alternate Saturdays.

To be successful you will have:
- Trade qualification: Certificate III in Engineering - Fabrication Trade (Boilermaker), or a recognised overseas trade equivalent with a TRA Offshore Technical Skills Record
- Ability to weld to AS/NZS 1554.1 SP category using FCAW and GMAW in all positions
- Competence reading and interpreting shop drawings and marking out
- Construction Induction (White Card)
- Current WA C class driver's licence and own transport

Desirable: experience with heavy plate, pressure equipment or mining chutes; forklift or dogging ticket.

What's on offer: competitive hourly rate under the Civmec enterprise agreement, ongoing work, free on-site parking and a supportive, safety-first crew. Civmec is an equal opportunity employer and encourages Aboriginal and Torres Strait Islander people to apply.
""",
        "name": "Jarrod McKenzie",
        "label": "Qualified Boilermaker",
        "summary": "Trade-qualified boilermaker (Cert III in Engineering - Fabrication Trade) with eight years in heavy structural and mining fabrication in Perth; welds to AS/NZS 1554.1 SP in all positions.",
        "where": ("Rockingham", "WA"),
        "country": "AU",
        "work": [
            ("Boilermaker / Welder", "Primero Fabrication Services", "2020-01", "", [
                "Fabricate chutes, bins and structural modules for iron ore and lithium projects from shop drawings",
                "Weld heavy plate to AS/NZS 1554.1 SP using FCAW and GMAW in all positions; pass 100% UT and MPI on critical joints",
                "Mark out, cut and roll plate; fit up with the leading hand",
            ]),
            ("Apprentice Boilermaker", "Kwinana Steel Works", "2016-01", "2019-12", [
                "Four-year apprenticeship in structural and light plate fabrication",
            ]),
        ],
        "skills": {"Welding": ["FCAW", "GMAW", "AS/NZS 1554.1 SP", "All positions"], "Fabrication": ["Heavy plate", "Marking out", "Shop drawings", "Plate rolling", "Oxy cutting"]},
        "certs": [
            ("MEM30319 Certificate III in Engineering - Fabrication Trade", "South Metropolitan TAFE", "2019-12"),
            ("Construction Induction (White Card)", "WorkSafe WA", "2016-02"),
            ("WA C Class Driver's Licence", "Department of Transport WA", ""),
            ("Licence to Perform Dogging (DG)", "WorkSafe WA", "2022-08"),
        ],
        "edu": [],
        "unq": {
            "label": "Fabricator / Welder",
            "summary": "Fabricator and welder with eight years in heavy structural and mining fabrication in Perth; welds to AS/NZS 1554.1 SP in all positions. Holds a Certificate II in Engineering Pathways.",
            "work": [
                ("Fabricator / Welder", "Primero Fabrication Services", "2020-01", "", [
                    "Fabricate chutes, bins and structural modules for iron ore and lithium projects from shop drawings",
                    "Weld heavy plate to AS/NZS 1554.1 SP using FCAW and GMAW in all positions; pass 100% UT and MPI on critical joints",
                    "Mark out, cut and roll plate; fit up with the leading hand",
                ]),
                ("Trades Assistant (fabrication)", "Kwinana Steel Works", "2016-01", "2019-12", [
                    "Assisted boilermakers in structural and light plate fabrication; tack welding, grinding and oxy cutting",
                ]),
            ],
            "certs": [
                ("Certificate II in Engineering Pathways", "South Metropolitan TAFE", "2015-11"),
                ("Construction Induction (White Card)", "WorkSafe WA", "2016-02"),
                ("WA C Class Driver's Licence", "Department of Transport WA", ""),
                ("Licence to Perform Dogging (DG)", "WorkSafe WA", "2022-08"),
            ],
        },
        "decisive": ("Certificate III in Engineering - Fabrication Trade (Boilermaker)", ["Certificate III", "Cert III", "Fabrication Trade", "trade qualification", "trade-qualified"], "credential level"),
    },
    {
        "id": "boilermaker-fresh6-2",
        "occ": "boilermaker",
        "title": "Journeyman Boilermaker - Field Construction",
        "company": "Babcock & Wilcox Construction Co.",
        "location": "Canton, OH (travel within the Midwest)",
        "posting": """
B&W Construction Co. is staffing journeyman boilermakers for spring and fall utility outages: waterwall panel replacement, superheater and reheater tube work, economizer repairs and air-heater baskets on coal and gas-fired units.

Requirements
- At least three years' experience as a journeyman boilermaker in field construction or utility outage work
- Tube welding qualified or able to pass a 6G SMAW/GTAW tube test to ASME Section IX on site
- Rigging and signaling; working at heights and in confined spaces
- OSHA 10 (OSHA 30 preferred); TWIC card a plus
- Dispatched through the International Brotherhood of Boilermakers where applicable

Per diem for qualifying travel, overtime during outages (6x10s or 7x12s). Must pass drug and alcohol screening and site-specific safety orientation. Equal Opportunity Employer - Minorities/Women/Veterans/Disabled.
""",
        "name": "Travis Delgado",
        "label": "Journeyman Boilermaker",
        "summary": "Journeyman boilermaker (Boilermakers Local 744) with six-plus years of utility outage and field construction work; 6G tube welder, rigger and foreman on waterwall and superheater jobs.",
        "where": ("Parma", "OH"),
        "work": [
            ("Journeyman Boilermaker / Tube Welder", "Boilermakers Local 744 (dispatched to Enerfab, Babcock & Wilcox, Minnotte)", "2020-06", "", [
                "Replace waterwall panels and superheater pendants on 600 MW coal and gas units during spring and fall outages",
                "Weld tube joints 6G with GTAW root and SMAW fill; 98% RT acceptance over the last four outages",
                "Rig and signal panel picks; served as foreman on a 10-person economizer crew in 2024",
            ]),
            ("Boilermaker Apprentice", "Boilermakers Local 744", "2016-06", "2020-05", [
                "Four-year apprenticeship on boiler repair, precipitator work and tank erection",
            ]),
        ],
        "skills": {"Welding": ["GTAW", "SMAW", "6G tube", "ASME Section IX"], "Field": ["Waterwall panels", "Superheater", "Economizer", "Rigging", "Confined space"]},
        "certs": [
            ("ASME Section IX welder qualification, 6G GTAW/SMAW tube", "Babcock & Wilcox Construction Co.", "2025-03"),
            ("OSHA 30-Hour Construction", "OSHA", "2021-02"),
            ("TWIC Card", "TSA", "2023-07"),
        ],
        "edu": [("Journeyman Certificate", "Boilermakers National Apprenticeship Program", "Boilermakers National Joint Apprenticeship Program", "2020")],
        "unq": {
            "summary": "Journeyman boilermaker (Boilermakers Local 744) recently turned out, with utility outage and field construction work; 6G tube welder and rigger on waterwall and superheater jobs.",
            "work": [
                ("Journeyman Boilermaker / Tube Welder", "Boilermakers Local 744 (dispatched to Enerfab, Babcock & Wilcox, Minnotte)", "2025-01", "", [
                    "Replace waterwall panels and superheater pendants on 600 MW coal and gas units during spring and fall outages",
                    "Weld tube joints 6G with GTAW root and SMAW fill; 98% RT acceptance over the last two outages",
                    "Rig and signal panel picks on economizer crews",
                ]),
                ("Boilermaker Apprentice", "Boilermakers Local 744", "2020-09", "2024-12", [
                    "Apprenticeship on boiler repair, precipitator work and tank erection",
                ]),
                ("Structural Welder", "Lincoln Fabricators", "2016-06", "2020-08", [
                    "Welded structural assemblies in a fabrication shop (FCAW, SMAW)",
                ]),
            ],
            "edu": [("Journeyman Certificate", "Boilermakers National Apprenticeship Program", "Boilermakers National Joint Apprenticeship Program", "2024")],
        },
        "decisive": ("at least three years as a journeyman boilermaker", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "coatings_inspector-fresh6-1",
        "occ": "coatings_inspector",
        "title": "Coatings Inspector - Water Storage Tanks",
        "company": "Tank Industry Consultants",
        "location": "Indianapolis, IN (60% travel)",
        "posting": """
Tank Industry Consultants provides engineering and inspection for municipal water storage tanks across the Midwest. We are hiring a field Coatings Inspector to provide full-time resident observation on tank rehabilitation and new-tank painting projects.

Responsibilities include verifying surface preparation against SSPC standards, measuring ambient conditions, surface profile and dry film thickness, documenting daily reports with photos and communicating nonconformances to the contractor and our project engineer.

Minimum Qualifications
- AMPP Coating Inspector Program (CIP) Level 2 certification or higher (formerly NACE CIP)
- Working knowledge of AWWA D102, SSPC-SP 10 / SP 6 and SSPC-PA 2
- Willingness to climb tanks over 150 ft with 100% tie-off and work at heights daily
- Valid driver's license and acceptable MVR

Preferred Qualifications
- Prior experience on potable water tanks, NSF/ANSI 61 linings
- Bachelor's degree in a technical field

Full benefits, per diem while traveling, company vehicle. TIC is an equal opportunity employer.
""",
        "name": "Renee Kowalczyk",
        "label": "Certified Coatings Inspector",
        "summary": "Coatings inspector with seven years on bridges and water tanks; AMPP CIP Level 2. Verifies surface prep, ambient conditions and DFT to SSPC and AWWA specs and writes clear daily reports.",
        "where": ("Greenwood", "IN"),
        "work": [
            ("Coatings Inspector", "KTA-Tator", "2021-04", "", [
                "Resident inspector on elevated and ground storage tank repaints: surface prep to SSPC-SP 10, profile by replica tape, DFT per SSPC-PA 2",
                "Log dew point and surface temperature every two hours; issue nonconformance reports and daily photo logs",
            ]),
            ("Paint QC Technician", "Abhe & Svoboda", "2019-03", "2021-03", [
                "Contractor-side QC on steel bridge repainting; calibrated gauges and recorded hold-point checks",
            ]),
        ],
        "skills": {"Inspection": ["DFT gauges", "Replica tape", "Psychrometer", "SSPC-PA 2", "AWWA D102", "NSF/ANSI 61"], "Reporting": ["Daily reports", "NCRs", "Photo documentation"]},
        "certs": [
            ("AMPP Coating Inspector Program (CIP) Level 2", "AMPP", "2022-10"),
            ("OSHA 10-Hour Construction", "OSHA", "2019-04"),
            ("Indiana Driver's License", "Indiana BMV", ""),
        ],
        "edu": [("Associate of Applied Science", "Industrial Technology", "Ivy Tech Community College", "2018")],
        "unq": {
            "summary": "Coatings inspector with seven years on bridges and water tanks; AMPP CIP Level 1. Verifies surface prep, ambient conditions and DFT to SSPC and AWWA specs and writes clear daily reports.",
            "certs": [
                ("AMPP Coating Inspector Program (CIP) Level 1", "AMPP", "2021-06"),
                ("OSHA 10-Hour Construction", "OSHA", "2019-04"),
                ("Indiana Driver's License", "Indiana BMV", ""),
            ],
        },
        "decisive": ("AMPP CIP Level 2 or higher", ["CIP Level 2", "Level 2", "CIP 2"], "credential level"),
    },
    {
        "id": "coatings_inspector-fresh6-2",
        "occ": "coatings_inspector",
        "title": "QC Coatings Inspector - Tank Linings",
        "company": "Mistras Group",
        "location": "La Porte, TX",
        "posting": """
QC Coatings Inspector - tank linings (Houston Ship Channel terminals)

- AMPP/NACE CIP Level 1 minimum, Level 2 preferred
- 2+ yrs coating inspection in refinery / terminal / petrochem
- hands-on w/ high-voltage holiday detectors (Tinker & Rasor AP/W, Elcometer 280) per NACE SP0188 - REQUIRED; every internal lining gets 100% spark testing before the tank goes back in service
- DFT gauges (PosiTector 6000), surface profile, psychrometer, Elcometer adhesion testers
- TWIC card req'd, refinery safety council (BOSIET not needed)
- 10s/12s during turnarounds, weekends as scheduled

$38-$46/hr DOE + per diem outside 60 mi. Medical/dental/vision day 1. Mistras is an EOE.
""",
        "name": "Oscar Treviño",
        "label": "Coatings Inspector (CIP 2)",
        "summary": "Coatings inspector with six years in Gulf Coast refineries and terminals, focused on internal tank linings and secondary containment; AMPP CIP Level 2.",
        "where": ("Pasadena", "TX"),
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "work": [
            ("Coatings Inspector", "Team Industrial Services", "2021-08", "", [
                "Inspect internal epoxy and novolac linings in crude and product tanks; holiday testing of every lining with a Tinker & Rasor AP/W high-voltage holiday detector per NACE SP0188",
                "Measure DFT with PosiTector 6000, surface profile with replica tape and ambient conditions with a digital psychrometer",
                "Run pull-off adhesion tests and document hold points in the client's QC database",
            ]),
            ("Paint Inspector Trainee", "Sherwin-Williams Protective & Marine", "2020-06", "2021-07", [
                "Supported field tech service on refinery structural steel projects",
            ]),
        ],
        "skills": {"Instruments": ["High-voltage holiday detectors (Tinker & Rasor AP/W, Elcometer 280)", "PosiTector 6000", "Replica tape", "Psychrometer", "Elcometer adhesion tester"], "Standards": ["NACE SP0188", "SSPC-PA 2", "SSPC-SP 5 / SP 10", "API 652"]},
        "certs": [
            ("AMPP Coating Inspector Program (CIP) Level 2", "AMPP", "2023-03"),
            ("TWIC Card", "TSA", "2021-08"),
            ("Basic Plus", "Houston Area Safety Council", "2025-01"),
        ],
        "edu": [("Associate of Applied Science", "Process Technology", "San Jacinto College", "2020")],
        "unq": {
            "summary": "Coatings inspector with six years in Gulf Coast refineries and terminals, focused on atmospheric coatings on structural steel, piping and tank exteriors; AMPP CIP Level 2.",
            "work": [
                ("Coatings Inspector", "Team Industrial Services", "2021-08", "", [
                    "Inspect atmospheric coatings on pipe racks, structural steel and tank exteriors during turnarounds",
                    "Measure DFT with PosiTector 6000, surface profile with replica tape and ambient conditions with a digital psychrometer",
                    "Run pull-off adhesion tests and document hold points in the client's QC database",
                ]),
                ("Paint Inspector Trainee", "Sherwin-Williams Protective & Marine", "2020-06", "2021-07", [
                    "Supported field tech service on refinery structural steel projects",
                ]),
            ],
            "skills": {"Instruments": ["PosiTector 6000", "Replica tape", "Psychrometer", "Elcometer adhesion tester"], "Standards": ["SSPC-PA 2", "SSPC-SP 5 / SP 10", "SSPC-SP 3"]},
        },
        "decisive": ("hands-on use of high-voltage holiday detectors (NACE SP0188)", ["holiday detector", "holiday detectors", "holiday testing", "spark testing", "SP0188"], "tool"),
    },
]
