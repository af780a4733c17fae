"""Fresh11 half, trades: shotfirer, water well driller, stonemason, auto body repairer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "shotfirer-fresh11-1",
        "occ": "shotfirer",
        "title": "Shotfirer - Surface Iron Ore (FIFO 8/6)",
        "company": "Hamersley Drill & Blast Services",
        "location": "Pilbara, WA, Australia (FIFO ex Perth)",
        "posting": """
Shotfirer | Surface iron ore | FIFO ex-Perth | 8 days on / 6 off

About the role
Join our drill and blast crew on a major Pilbara iron ore site. You'll mark out, load and tie in production and pre-split shots, drive the bulk explosives MPU when required, and fire shots safely and on schedule.

To be successful you will need:
- Current WA shotfirer licence (interstate shotfirer licences recognised)
- WA Dangerous Goods Security Card (or ability to obtain)
- HR (Heavy Rigid) driver licence minimum - you will be driving the MPU and explosives trucks
- 2+ years loading and firing production blasts on a surface mine
- Ability to pass pre-employment medical and D&A screen

What's on offer: $180k+ package, flights from Perth, single-person accommodation with ensuite.
""",
        "name": "Jesse Maguire",
        "label": "Shotfirer / Blast Crew Leading Hand",
        "summary": "Licensed shotfirer with six years on surface iron ore and gold mines in WA; loads and fires production and pre-split shots and drives bulk explosives MPUs. Holds HR driver licence and WA DG security card.",
        "where": ("Rockingham", "WA"),
        "country": "AU",
        "work": [
            ("Blast Crew Leading Hand", "Pilbara Contract Blasting", "2023-01", "", [
                "Mark out, load, stem and tie in production and pre-split patterns up to 400 holes",
                "Drive the bulk emulsion MPU and explosives delivery truck on the pit ramps",
                "Fire shots, conduct post-blast inspections and manage misfires",
            ]),
            ("Shotfirer", "Goldfields Drill & Blast", "2020-08", "2022-12", [
                "Loaded and fired open-pit production shots on a Kalgoorlie gold mine",
            ]),
        ],
        "skills": {"Blasting": ["Bulk emulsion loading", "Electronic initiation systems", "Pre-split", "Misfire management"], "Licences": ["HR (Heavy Rigid) driver licence", "WA Dangerous Goods Security Card"]},
        "certs": [
            ("Shotfirer Licence", "Department of Energy, Mines, Industry Regulation and Safety (WA)", "2020-07"),
            ("Dangerous Goods Security Card", "Department of Energy, Mines, Industry Regulation and Safety (WA)", "2020-05"),
            ("Heavy Rigid (HR) Driver Licence", "Department of Transport WA", "2019-11"),
        ],
        "edu": [("Certificate III", "Surface Extraction Operations", "South Metropolitan TAFE", "2020")],
        "unq": {
            "summary": "Licensed shotfirer with six years on surface iron ore and gold mines in WA; loads and fires production and pre-split shots. Holds MR driver licence and WA DG security card.",
            "skills": {"Blasting": ["Bulk emulsion loading", "Electronic initiation systems", "Pre-split", "Misfire management"], "Licences": ["MR (Medium Rigid) driver licence", "WA Dangerous Goods Security Card"]},
            "certs": [
                ("Shotfirer Licence", "Department of Energy, Mines, Industry Regulation and Safety (WA)", "2020-07"),
                ("Dangerous Goods Security Card", "Department of Energy, Mines, Industry Regulation and Safety (WA)", "2020-05"),
                ("Medium Rigid (MR) Driver Licence", "Department of Transport WA", "2019-11"),
            ],
        },
        "swaps": [("Drive the bulk emulsion MPU and explosives delivery truck on the pit ramps", "Direct the MPU operator during bulk loading and check hole depths before charging")],
        "decisive": ("HR (Heavy Rigid) driver licence", ["HR", "Heavy Rigid"], "licence level"),
    },
    {
        "id": "shotfirer-fresh11-2",
        "occ": "shotfirer",
        "title": "Quarry Shotfirer",
        "company": "Peakstone Aggregates Ltd",
        "location": "Buxton, Derbyshire, UK",
        "posting": """
Quarry Shotfirer - Buxton - £42,000 + overtime + company van

Peakstone Aggregates operates three limestone quarries in the Peak District. We need an experienced shotfirer to plan, load and fire blasts at our largest site, working to the Quarries Regulations 1999 and our explosives rules.

Essential:
* Minimum 5 years' experience as a shotfirer in a quarry or surface mine
* Recognised shotfiring qualification (MPQC Level 3 Diploma in Shotfiring or the older NVQ equivalent)
* Working knowledge of face profiling (laser profiling / borehole surveying)
* Full UK driving licence
* Eligible to work in the UK

Desirable: blast design experience; explosives supervisor training; MPQC Skills Card.

Hours: Mon-Fri 7am-4pm, occasional Saturdays.
""",
        "name": "Gareth Pickering",
        "label": "Shotfirer",
        "summary": "Quarry shotfirer with over eight years of loading and firing blasts in limestone and gritstone quarries; profiles faces and designs shots. UK citizen, full driving licence.",
        "where": ("Matlock", "Derbyshire"),
        "country": "GB",
        "work": [
            ("Shotfirer", "Dale Head Quarry Products", "2021-04", "", [
                "Plan, load and fire up to four production blasts a week in a limestone quarry",
                "Laser-profile faces and survey boreholes before charging",
                "Keep explosives records and liaise with the explosives supplier and quarry manager",
            ]),
            ("Trainee Shotfirer, then Shotfirer", "Millstone Grit Aggregates", "2017-10", "2021-03", [
                "Qualified as shotfirer in 2018; fired production shots in a gritstone quarry",
            ]),
            ("Driller", "Millstone Grit Aggregates", "2014-02", "2017-09", [
                "Drilled blast holes with a top-hammer rig and logged drilling records",
            ]),
        ],
        "skills": {"Blasting": ["Shot design", "Face profiling", "Borehole surveying", "Explosives records"], "Other": ["Full UK driving licence", "UK citizen"]},
        "certs": [
            ("MPQC Level 3 Diploma in Shotfiring for the Extractive and Minerals Processing Industries", "MPQC", "2018-03"),
            ("MPQC Skills Card", "MPQC", "2023-05"),
        ],
        "edu": [],
        "unq": {
            "summary": "Quarry shotfirer loading and firing blasts in a limestone quarry after years as a blasthole driller; profiles faces before charging. UK citizen, full driving licence.",
            "work": [
                ("Shotfirer", "Dale Head Quarry Products", "2023-05", "", [
                    "Plan, load and fire up to four production blasts a week in a limestone quarry",
                    "Laser-profile faces and survey boreholes before charging",
                    "Keep explosives records and liaise with the explosives supplier and quarry manager",
                ]),
                ("Driller", "Millstone Grit Aggregates", "2014-02", "2023-04", [
                    "Drilled blast holes with a top-hammer rig and logged drilling records",
                ]),
            ],
            "certs": [
                ("MPQC Level 3 Diploma in Shotfiring for the Extractive and Minerals Processing Industries", "MPQC", "2023-04"),
                ("MPQC Skills Card", "MPQC", "2023-05"),
            ],
        },
        "decisive": ("minimum 5 years' experience as a quarry shotfirer", ["years", "yrs"], "years"),
    },
    {
        "id": "water_well_driller-fresh11-1",
        "occ": "water_well_driller",
        "title": "Water Bore Driller",
        "company": "Darling Downs Water Bores",
        "location": "Toowoomba, QLD, Australia",
        "posting": """
Licensed Water Bore Driller - Toowoomba based, regional travel

Family-owned drilling company (est. 1978) drilling stock, domestic, irrigation and town-water bores across the Darling Downs and Western Downs.

What we need:
- Current water bore driller's licence, minimum Class 2, with a ROTARY MUD endorsement (most of our irrigation bores are mud rotary in unconsolidated alluvium)
- Rotary air endorsement also useful
- Experience setting screens, gravel packing and developing bores
- HR truck licence
- Current First Aid; Standard 11 / site induction as needed

We provide: company ute, away-from-home allowance, above-award pay, steady work year round.

Send your resume with a copy of your driller's licence.
""",
        "name": "Brodie Kestel",
        "label": "Water Bore Driller (Class 3)",
        "summary": "Licensed water bore driller with nine years drilling stock, irrigation and town-water bores in Queensland alluvium and Great Artesian Basin country. Class 3 licence; HR truck licence.",
        "where": ("Dalby", "QLD"),
        "country": "AU",
        "work": [
            ("Driller", "Western Downs Drilling", "2020-03", "", [
                "Drill irrigation bores to 250 m with mud rotary in alluvium, mixing and managing drilling fluid",
                "Design and set stainless screens, gravel pack, grout and develop bores by airlifting",
                "Drill and complete flowing artesian bores with pressure cementing and flow control",
            ]),
            ("Offsider, then Driller", "Maranoa Water Bores", "2016-02", "2020-02", [
                "Drilled stock and domestic bores with a rotary air / down-hole hammer rig in basalt",
            ]),
        ],
        "skills": {"Drilling": ["Mud rotary drilling", "Rotary air / DTH hammer", "Screen and gravel pack design", "Bore development"], "Licences": ["HR truck licence", "First Aid (HLTAID011)"]},
        "certs": [
            ("Water Bore Driller's Licence - Class 3, endorsements: rotary air, rotary mud", "Department of Regional Development, Manufacturing and Water (QLD)", "2021-06"),
            ("Heavy Rigid (HR) Driver Licence", "Queensland Department of Transport and Main Roads", "2017-04"),
            ("Provide First Aid (HLTAID011)", "St John Ambulance Queensland", "2025-02"),
        ],
        "edu": [("Certificate III", "Drilling Operations", "Australian Drilling Industry Training Committee (ADITC)", "2019")],
        "unq": {
            "summary": "Licensed water bore driller with nine years drilling stock, domestic and town-water bores in Queensland basalt and sandstone. Class 3 licence; HR truck licence.",
            "skills": {"Drilling": ["Rotary air / DTH hammer", "Cable tool drilling", "Screen and gravel pack design", "Bore development"], "Licences": ["HR truck licence", "First Aid (HLTAID011)"]},
            "certs": [
                ("Water Bore Driller's Licence - Class 3, endorsements: rotary air, cable tool", "Department of Regional Development, Manufacturing and Water (QLD)", "2021-06"),
                ("Heavy Rigid (HR) Driver Licence", "Queensland Department of Transport and Main Roads", "2017-04"),
                ("Provide First Aid (HLTAID011)", "St John Ambulance Queensland", "2025-02"),
            ],
        },
        "swaps": [("Drill irrigation bores to 250 m with mud rotary in alluvium, mixing and managing drilling fluid", "Drill bores to 250 m with air and foam through basalt, and with cable tool in sandstone")],
        "decisive": ("Class 2 licence with rotary mud endorsement", ["rotary mud", "mud rotary"], "endorsement"),
    },
    {
        "id": "water_well_driller-fresh11-2",
        "occ": "water_well_driller",
        "title": "Water Well Driller",
        "company": "Pedernales Well & Pump",
        "location": "Fredericksburg, TX",
        "posting": """
Pedernales Well & Pump has been drilling residential and ag water wells in the Texas Hill Country for 40 years. We are hiring a lead driller to run our air rotary rig.

Requirements:
- Current Texas Water Well Driller license (TDLR) - we cannot put an unlicensed driller in charge of a rig
- 3 yrs+ running an air rotary or mud rotary rig on water wells
- Class A CDL (rig and water truck)
- Knowledge of casing, grouting and well completion per 16 TAC Chapter 76
- Pass DOT drug screen and physical

Pay $28-$36/hr DOE, overtime, health insurance, company truck.
""",
        "name": "Travis Boerne",
        "label": "Licensed Water Well Driller",
        "summary": "Licensed water well driller with eleven years running air and mud rotary rigs on domestic, livestock and irrigation wells in Texas; Class A CDL.",
        "where": ("Kerrville", "TX"),
        "work": [
            ("Lead Driller", "Hill Country Water Wells", "2019-03", "", [
                "Run a truck-mounted air rotary rig drilling domestic and ag wells to 900 ft in limestone",
                "Set casing, pressure-grout annular seals and complete wells to state well construction standards",
                "File well reports and plugging reports with the state",
            ]),
            ("Driller's Helper, then Driller", "Edwards Plateau Drilling", "2015-06", "2019-02", [
                "Operated mud rotary rig on irrigation wells; licensed as driller in 2017",
            ]),
        ],
        "skills": {"Drilling": ["Air rotary", "Mud rotary", "Casing and grouting", "Well completion", "Pump setting"], "Licences": ["Class A CDL"]},
        "certs": [
            ("Water Well Driller License", "Texas Department of Licensing and Regulation (TDLR)", "2017-05"),
            ("Commercial Driver License, Class A", "Texas Department of Public Safety", "2016-01"),
        ],
        "edu": [("High School Diploma", "", "Tivy High School", "2012")],
        "unq": {
            "summary": "Licensed water well driller with eleven years running air and mud rotary rigs on domestic, livestock and irrigation wells in Oklahoma; Class A CDL.",
            "where": ("Lawton", "OK"),
            "work": [
                ("Lead Driller", "Wichita Mountains Water Wells", "2019-03", "", [
                    "Run a truck-mounted air rotary rig drilling domestic and ag wells to 900 ft in limestone",
                    "Set casing, pressure-grout annular seals and complete wells to state well construction standards",
                    "File well reports and plugging reports with the state",
                ]),
                ("Driller's Helper, then Driller", "Red River Drilling", "2015-06", "2019-02", [
                    "Operated mud rotary rig on irrigation wells; licensed as driller in 2017",
                ]),
            ],
            "certs": [
                ("Licensed Water Well Driller (Operator Certificate)", "Oklahoma Water Resources Board", "2017-05"),
                ("Commercial Driver License, Class A", "Oklahoma Department of Public Safety", "2016-01"),
            ],
            "edu": [("High School Diploma", "", "Lawton High School", "2012")],
        },
        "decisive": ("Texas Water Well Driller license (TDLR)", ["Texas", "TDLR"], "jurisdiction"),
    },
    {
        "id": "stonemason-fresh11-1",
        "occ": "stonemason",
        "title": "Banker & Fixer Stonemason - Heritage",
        "company": "Cotswold Conservation Masonry",
        "location": "Cirencester, Gloucestershire, UK",
        "posting": """
Banker / Fixer Stonemason - Heritage & Conservation

We're a specialist conservation contractor working on listed churches, country houses and college buildings across Gloucestershire and Oxfordshire. Looking for a time-served mason who can work in the banker shop and fix on site.

Must have:
- CSCS Gold Card (Advanced Craft - Stonemasonry) or Heritage Skills CSCS Gold card - main contractors on our cathedral and college jobs will not accept anything less
- Able to set out and work mouldings from templates
- Lime mortar experience
- Full UK driving licence

Nice to have: SPAB course, letter cutting, CITB SSSTS.

£18-£23 p/h depending on experience, travel paid, van for site work.
""",
        "name": "Tom Aldridge",
        "label": "Stonemason (Banker and Fixer)",
        "summary": "Time-served banker and fixer mason with ten years on listed buildings; sets out and works mouldings from templates and fixes in lime. Holds CSCS Advanced Craft card and full UK driving licence.",
        "where": ("Stroud", "Gloucestershire"),
        "country": "GB",
        "work": [
            ("Banker Mason / Fixer", "Oxford Stone Conservation", "2020-04", "", [
                "Set out and cut cornices, string courses and window tracery from zinc templates",
                "Fix new stone and indent repairs in lime mortar on Grade I and II* listed buildings",
                "Lead two-person fixing teams on college and church restorations",
            ]),
            ("Stonemason", "Bath Stone Works", "2016-09", "2020-03", [
                "Worked Bath and Cotswold limestone in the banker shop; carved simple mouldings",
            ]),
        ],
        "skills": {"Masonry": ["Setting out", "Banker masonry", "Fixing", "Lime mortars", "Letter cutting"], "Other": ["Full UK driving licence"]},
        "certs": [
            ("CSCS Gold Card - Advanced Craft (Stonemasonry)", "Construction Skills Certification Scheme", "2019-06"),
            ("NVQ Level 3 Diploma in Stonemasonry (Construction) - Banker and Fixer", "City & Guilds", "2019-04"),
        ],
        "edu": [("Diploma", "Stonemasonry", "Bath College", "2016")],
        "unq": {
            "summary": "Banker and fixer mason with ten years on listed buildings; sets out and works mouldings from templates and fixes in lime. Holds CSCS Skilled Worker card and full UK driving licence.",
            "certs": [
                ("CSCS Blue Card - Skilled Worker (Stonemasonry)", "Construction Skills Certification Scheme", "2018-06"),
                ("NVQ Level 2 Diploma in Stonemasonry (Construction)", "City & Guilds", "2018-04"),
            ],
        },
        "decisive": ("CSCS Gold Card (Advanced Craft)", ["Gold", "Advanced Craft"], "credential level"),
    },
    {
        "id": "stonemason-fresh11-2",
        "occ": "stonemason",
        "title": "Stonemason",
        "company": "Corrib Stone & Restoration Ltd",
        "location": "Galway, Ireland",
        "posting": """
Experienced Stonemason wanted - Galway & the west

Corrib Stone does restoration and new-build stonework: cut limestone facades, dry-stone and lime-pointed walls, fireplaces and memorials. Work is mainly Galway city and county with some Mayo and Clare.

Requirements
- 5+ years working as a stonemason (cutting, dressing and building)
- Comfortable with Irish blue limestone and lime mortars
- Valid Safe Pass and Manual Handling cert
- Full clean driving licence, own transport to the yard
- Eligible to work in Ireland

Rate €24-€28/hr depending on experience. Pension and paid overtime.
""",
        "name": "Ciarán Ó Flaithearta",
        "label": "Stonemason",
        "summary": "Stonemason with eight years cutting, dressing and building in Irish limestone on restoration and new-build jobs in the west of Ireland. Irish citizen, full clean driving licence and own van.",
        "where": ("Oranmore", "Co. Galway"),
        "country": "IE",
        "work": [
            ("Mason", "Burren Stoneworks", "2021-05", "", [
                "Cut and dress blue limestone for facades, quoins and window surrounds",
                "Build and lime-point random rubble walls on restoration jobs",
            ]),
            ("Stone Cutter & Builder", "Connemara Stone Ltd", "2018-03", "2021-04", [
                "Built dry-stone walls and fireplaces; set memorial headstones",
            ]),
        ],
        "skills": {"Masonry": ["Cutting and dressing", "Dry-stone walling", "Lime pointing", "Irish blue limestone"], "Other": ["Full clean driving licence", "Own van"]},
        "certs": [
            ("Safe Pass", "SOLAS", "2025-04"),
            ("Manual Handling Training", "QQI-accredited provider", "2025-04"),
        ],
        "edu": [("Leaving Certificate", "", "Coláiste Iognáid, Galway", "2015")],
        "unq": {
            "summary": "Stonemason cutting, dressing and building in Irish limestone on restoration jobs in the west of Ireland, after several years as a general operative. Irish citizen, full clean driving licence and own van.",
            "work": [
                ("Mason", "Burren Stoneworks", "2023-06", "", [
                    "Cut and dress blue limestone for facades, quoins and window surrounds",
                    "Build and lime-point random rubble walls on restoration jobs",
                ]),
                ("General Operative", "Connemara Civils Ltd", "2018-03", "2023-05", [
                    "Groundworks, drainage and block-laying labour on housing sites",
                ]),
            ],
        },
        "decisive": ("5+ years as a stonemason", ["years", "yrs"], "years"),
    },
    {
        "id": "auto_body_repairer-fresh11-1",
        "occ": "auto_body_repairer",
        "title": "Collision Repair Technician - Structural",
        "company": "Lakeshore Collision Center",
        "location": "Grand Rapids, MI",
        "posting": """
Lakeshore Collision Center (OEM-certified for several brands) needs a structural collision technician.

You'll: pull and measure unibody and frame damage, section and replace structural parts to OEM repair procedures, and do MIG and STRSW welding.

Qualifications
- ASE Collision Repair certifications B3 (Non-Structural) AND B4 (Structural Analysis & Damage Repair) - required for our OEM certifications
- I-CAR steel GMA (MIG) welding qualification
- 4+ years of collision repair experience
- Experience with electronic measuring systems
- Valid driver's license
- Own hand tools

Flat rate $32-$40/hr with guarantee, health/dental/401k.
""",
        "name": "Derrick Vanderlaan",
        "label": "Collision Technician",
        "summary": "Collision technician with seven years of structural and non-structural repair in OEM-certified shops; sections and welds to OEM procedures and measures electronically. Valid Michigan driver's license.",
        "where": ("Wyoming", "MI"),
        "work": [
            ("Structural Technician", "West Michigan Auto Body", "2022-01", "", [
                "Pull and measure unibody damage on a frame rack with electronic measuring",
                "Section rails and pillars and replace structural parts per OEM repair procedures",
                "MIG and squeeze-type resistance spot welding on high-strength steels",
            ]),
            ("Body Technician", "Kentwood Collision", "2019-05", "2021-12", [
                "Repaired and replaced outer panels, bumpers and doors; prepped for paint",
            ]),
        ],
        "skills": {"Repair": ["Structural repair", "Sectioning", "MIG welding", "STRSW", "Electronic measuring"], "Other": ["Michigan driver's license", "Full personal tool set"]},
        "certs": [
            ("ASE Certified: B3 Non-Structural Analysis & Damage Repair", "ASE", "2020-08"),
            ("ASE Certified: B4 Structural Analysis & Damage Repair", "ASE", "2022-03"),
            ("I-CAR Welding Training & Certification: Steel GMA (MIG) Welding", "I-CAR", "2021-10"),
        ],
        "edu": [("Certificate", "Collision Repair Technology", "Grand Rapids Community College", "2019")],
        "unq": {
            "certs": [
                ("ASE Certified: B3 Non-Structural Analysis & Damage Repair", "ASE", "2020-08"),
                ("I-CAR Welding Training & Certification: Steel GMA (MIG) Welding", "I-CAR", "2021-10"),
            ],
        },
        "decisive": ("ASE B4 Structural Analysis & Damage Repair certification", ["B4"], "certificate"),
    },
    {
        "id": "auto_body_repairer-fresh11-2",
        "occ": "auto_body_repairer",
        "title": "Panelbeater (Trade Tested)",
        "company": "Highveld Accident Repair Centre",
        "location": "Germiston, Gauteng, South Africa",
        "posting": """
PANELBEATER - TRADE TESTED - GERMISTON

An insurer-approved, SAMBRA-accredited accident repair centre requires a qualified panelbeater.

Minimum requirements:
- Grade 12 / N2
- Trade test certificate: Panelbeater (Red Seal)
- Min. 4 yrs experience in an approved body shop
- Must have experience on Car-O-Liner bench and Car-O-Tronic measuring - all structural repairs here are done on Car-O-Liner
- MIG / spot welding
- Valid SA driver's licence (Code B / EB)
- SA citizen or valid work permit

Salary: market related + production bonus. Only shortlisted candidates will be contacted.
""",
        "name": "Sipho Mthembu",
        "label": "Qualified Panelbeater",
        "summary": "Trade-tested panelbeater with eight years in insurer-approved body shops in Gauteng; straightens chassis and bodies on the bench and measures electronically. South African citizen with Code EB driver's licence.",
        "where": ("Boksburg", "Gauteng"),
        "country": "ZA",
        "work": [
            ("Panelbeater", "East Rand Auto Body", "2021-02", "", [
                "Straighten chassis and structural damage on a Car-O-Liner bench",
                "Measure and document repairs with the Car-O-Tronic electronic measuring system",
                "MIG and resistance spot welding; replace panels and sills",
            ]),
            ("Apprentice, then Panelbeater", "Alberton Panel & Paint", "2016-01", "2021-01", [
                "Completed apprenticeship and trade test in 2018; repaired light and medium collision damage",
            ]),
        ],
        "skills": {"Repair": ["Chassis straightening", "Electronic measuring", "MIG welding", "Spot welding", "Panel replacement"], "Equipment": ["Car-O-Liner bench", "Car-O-Tronic"], "Other": ["Code EB driver's licence", "SA citizen"]},
        "certs": [("Trade Test Certificate: Panelbeater (Red Seal)", "INDLELA / QCTO", "2018-06")],
        "edu": [("National Senior Certificate (Grade 12)", "", "Boksburg High School", "2015")],
        "unq": {
            "summary": "Trade-tested panelbeater with eight years in insurer-approved body shops in Gauteng; straightens chassis and bodies on a Celette jig system. South African citizen with Code EB driver's licence.",
            "skills": {"Repair": ["Chassis straightening", "Mechanical measuring", "MIG welding", "Spot welding", "Panel replacement"], "Equipment": ["Celette bench and jigs"], "Other": ["Code EB driver's licence", "SA citizen"]},
        },
        "swaps": [
            ("Straighten chassis and structural damage on a Car-O-Liner bench", "Straighten chassis and structural damage on a Celette bench with dedicated jigs"),
            ("Measure and document repairs with the Car-O-Tronic electronic measuring system", "Check repairs with Celette jig brackets and tram gauge"),
        ],
        "decisive": ("Car-O-Liner bench and Car-O-Tronic measuring", ["Car-O-Liner", "Car-O-Tronic"], "tool"),
    },
]
# fmt: on
