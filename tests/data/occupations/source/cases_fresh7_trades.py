"""Fresh7 trades cases: scaffolder, bricklayer, roofer, glazier.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh7_sources_b.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "scaffolder-fresh7-1",
        "occ": "scaffolder",
        "title": "Advanced Scaffolder - Petrochemical Shutdown Team",
        "company": "Lyndon SGB",
        "location": "Immingham, England, UK",
        "posting": """
Lyndon SGB is recruiting scaffolders for a long-running maintenance and shutdown contract at a refinery on the Humber bank. You'll be erecting, altering and dismantling tube and fitting structures around process plant, including cantilevers, loading bays, birdcages and suspended scaffolds to TG20 and design drawings.

Essential:
- CISRS Advanced Scaffolder card (Supervisor card holders also welcome)
- Experience on live petrochemical, power or heavy industrial sites
- CITB Health, Safety & Environment test passed within the last two years
- Able to pass a site medical and drug & alcohol screening

Desirable:
- CCNSG Safety Passport
- Layher Allround system experience
- Scaffold inspection course (basic or advanced)

Shift pattern: 10 hours Monday to Friday plus Saturday overtime; shutdown periods on 12-hour days. NAECI rates plus travel and lodge allowance. We are an equal opportunities employer.
""",
        "name": "Dean Whitworth",
        "label": "Scaffolder - Industrial Tube & Fitting",
        "summary": "Industrial scaffolder with eleven years in tube and fitting on refineries, power stations and chemical plants. CISRS Advanced Scaffolder cardholder with NVQ Level 3; comfortable building cantilevers, loading bays and hung scaffolds to design.",
        "where": ("Grimsby", "North East Lincolnshire"),
        "country": "GB",
        "work": [
            ("Scaffolder", "Brand Energy & Infrastructure Services UK", "2019-02", "", [
                "Erect and dismantle tube and fitting access around columns, heat exchangers and pipe racks during refinery turnarounds",
                "Build cantilevered and hung scaffolds and loading bays from engineer's design drawings",
                "Carry out handover checks and complete scaff-tag records with the permit issuer",
            ]),
            ("Scaffolder", "Humber Access Services Ltd", "2015-06", "2019-01", [
                "Worked on power station outages and chemical plant maintenance across Saltend and Killingholme",
                "Built birdcages and independent tied scaffolds for boiler and tank inspections",
            ]),
            ("Trainee Scaffolder", "Humber Access Services Ltd", "2013-09", "2015-05", [
                "Completed CISRS Part 1 and Part 2 while working alongside a lead hand on commercial and industrial jobs",
            ]),
        ],
        "skills": {"Scaffolding": ["Tube and fitting", "Cantilevers", "Suspended scaffolds", "Loading bays", "TG20 compliance", "Layher Allround"], "Safety": ["Permit to work", "Scaff-tag inspections"]},
        "certs": [
            ("CISRS Advanced Scaffolder Card", "CISRS", "2019-11"),
            ("NVQ Level 3 Diploma in Accessing Operations and Rigging (Construction) - Scaffolding", "CITB", "2019-09"),
            ("CITB HS&E Test - Operatives", "CITB", "2025-03"),
            ("CCNSG Safety Passport", "ECITB", "2024-06"),
        ],
        "edu": [("GCSEs", "Including Maths and English", "Franklin College, Grimsby", "2013")],
        "unq": {
            "summary": "Industrial scaffolder with eleven years in tube and fitting on refineries, power stations and chemical plants. CISRS Scaffolder cardholder with NVQ Level 2; comfortable building independent tied scaffolds, birdcages and system access on live plant.",
            "certs": [
                ("CISRS Scaffolder Card (Part 1 & Part 2)", "CISRS", "2015-07"),
                ("NVQ Level 2 Diploma in Accessing Operations and Rigging (Construction) - Scaffolding", "CITB", "2015-05"),
                ("CITB HS&E Test - Operatives", "CITB", "2025-03"),
                ("CCNSG Safety Passport", "ECITB", "2024-06"),
            ],
        },
        "decisive": ("CISRS Advanced Scaffolder card", ["Advanced Scaffolder"], "credential level"),
    },
    {
        "id": "scaffolder-fresh7-2",
        "occ": "scaffolder",
        "title": "Scaffolder (SI Ticket) - Commercial Projects",
        "company": "Waco Kwikform",
        "location": "Brisbane, Queensland, Australia",
        "posting": """
Scaffolders wanted - Brisbane metro commercial jobs, long-term work.

Must have:
- High Risk Work Licence - Intermediate Scaffolding (SI) minimum
- General construction induction (White Card)
- 2+ yrs erecting Kwikstage / modular scaffold on commercial or multi-res sites
- Own reliable transport, able to start on site at 6am

Nice to have:
- Advanced Scaffolding (SA)
- EWP Yellow Card
- Hoist or mast-climber experience

$46-$52/hr + site allowances, RDOs, PPE supplied. Apply now with a copy of your licence.
""",
        "name": "Tane Whitehead",
        "label": "Scaffolder",
        "summary": "Scaffolder with six years on commercial and multi-residential builds in South East Queensland. Licensed for intermediate scaffolding (SI) work; quick and tidy on Kwikstage, edge protection and cantilevered loading platforms.",
        "where": ("Logan", "Queensland"),
        "country": "AU",
        "work": [
            ("Scaffolder", "Uni-span Access Solutions", "2021-08", "", [
                "Erect and dismantle Kwikstage perimeter scaffold and edge protection on 8 to 14 storey apartment towers",
                "Install cantilevered crane-loading platforms and spurred scaffolds to the scaffold design",
                "Complete handover inspections and tag scaffolds before other trades use them",
            ]),
            ("Scaffold Labourer / Trainee", "Coastline Scaffolding Pty Ltd", "2020-02", "2021-07", [
                "Loaded and unloaded trucks, passed up materials and learned modular erection under a licensed scaffolder",
            ]),
        ],
        "skills": {"Scaffolding": ["Kwikstage", "Modular scaffold", "Cantilevered loading platforms", "Edge protection", "Spurred scaffolds"], "Licences": ["White Card", "Driver licence (C)"]},
        "certs": [
            ("High Risk Work Licence - Intermediate Scaffolding (SI)", "WorkSafe Queensland", "2022-05"),
            ("General Construction Induction (White Card)", "WorkSafe Queensland", "2020-01"),
        ],
        "edu": [("Queensland Certificate of Education", "", "Marsden State High School", "2019")],
        "unq": {
            "summary": "Scaffolder with six years on commercial and multi-residential builds in South East Queensland. Licensed for basic scaffolding (SB) work; quick and tidy on Kwikstage, edge protection and modular access.",
            "work": [
                ("Scaffolder", "Uni-span Access Solutions", "2021-08", "", [
                    "Erect and dismantle Kwikstage perimeter scaffold and edge protection on 8 to 14 storey apartment towers",
                    "Build modular access bays and stair towers to the scaffold design",
                    "Complete handover inspections and tag scaffolds before other trades use them",
                ]),
                ("Scaffold Labourer / Trainee", "Coastline Scaffolding Pty Ltd", "2020-02", "2021-07", [
                    "Loaded and unloaded trucks, passed up materials and learned modular erection under a licensed scaffolder",
                ]),
            ],
            "skills": {"Scaffolding": ["Kwikstage", "Modular scaffold", "Stair towers", "Edge protection"], "Licences": ["White Card", "Driver licence (C)"]},
            "certs": [
                ("High Risk Work Licence - Basic Scaffolding (SB)", "WorkSafe Queensland", "2021-10"),
                ("General Construction Induction (White Card)", "WorkSafe Queensland", "2020-01"),
            ],
        },
        "decisive": ("High Risk Work Licence for intermediate scaffolding (SI)", ["Intermediate Scaffolding", "SI"], "licence level"),
    },
    {
        "id": "bricklayer-fresh7-1",
        "occ": "bricklayer",
        "title": "Journeyman Bricklayer - Commercial",
        "company": "Dee Brown, Inc.",
        "location": "Dallas, TX",
        "posting": """
Dee Brown is hiring Journeyman Bricklayers for commercial, education and healthcare projects across the Dallas-Fort Worth metroplex.

What you'll do: lay face brick, CMU and cast stone to line and grade; set flashing, ties and reinforcement per specs; build to elevations and wall sections; keep a clean, safe work area.

Requirements
- 5+ years of experience as a journeyman-level bricklayer on commercial projects
- Able to read blueprints and shop drawings
- OSHA 10-Hour Construction card
- Own mason's hand tools; reliable transportation to DFW jobsites
- Able to work on scaffold and lift 60 lbs

Preferred
- Bilingual English/Spanish
- Reinforced CMU / grouted wall experience on schools

We offer weekly pay, medical/dental/vision, 401(k) with match and paid holidays. EOE/Drug-free workplace.
""",
        "name": "Ramon Villegas",
        "label": "Journeyman Bricklayer",
        "summary": "Commercial bricklayer with seven years at journeyman level on schools, clinics and office buildings, after a four-year apprenticeship. Fast and accurate on face brick, CMU and cast stone; reads plans and shop drawings.",
        "where": ("Garland", "TX"),
        "country": "US",
        "work": [
            ("Journeyman Mason", "Baker Triangle", "2022-04", "", [
                "Lay modular face brick and 8-inch CMU on ISD elementary schools and medical office buildings",
                "Install through-wall flashing, weeps, wall ties and bond-beam reinforcement per specifications",
                "Lead a two-person section and check plumb, level and coursing against the elevations",
            ]),
            ("Bricklayer", "Lone Star Masonry Contractors", "2019-06", "2022-03", [
                "Laid brick veneer and cast stone trim on retail centers and a hospital parking structure",
                "Built grouted and reinforced CMU walls for gymnasium and stair cores",
            ]),
            ("Bricklayer Apprentice", "Lone Star Masonry Contractors", "2015-06", "2019-05", [
                "Mixed mortar, set up scaffold and laid CMU under a journeyman before moving to face brick",
            ]),
        ],
        "skills": {"Masonry": ["Face brick", "CMU", "Cast stone", "Flashing and ties", "Blueprint reading", "Reinforced masonry"]},
        "certs": [("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2021-02")],
        "edu": [("High School Diploma", "", "South Garland High School", "2015")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Commercial bricklayer at journeyman level since 2024 on schools and office buildings, after an apprenticeship and earlier years as a mason tender. Accurate on face brick, CMU and cast stone; reads plans and shop drawings.",
            "work": [
                ("Journeyman Mason", "Baker Triangle", "2024-05", "", [
                    "Lay modular face brick and 8-inch CMU on ISD elementary schools and medical office buildings",
                    "Install through-wall flashing, weeps, wall ties and bond-beam reinforcement per specifications",
                    "Check plumb, level and coursing against the elevations",
                ]),
                ("Bricklayer Apprentice", "Lone Star Masonry Contractors", "2020-06", "2024-04", [
                    "Laid CMU and brick veneer under a journeyman on retail centers and a hospital parking structure",
                    "Built grouted and reinforced CMU walls for gymnasium and stair cores",
                ]),
                ("Mason Tender", "Lone Star Masonry Contractors", "2015-06", "2020-05", [
                    "Mixed mortar, stocked walls and set up scaffold for masonry crews",
                ]),
            ],
        },
        "decisive": ("5+ years as a journeyman-level commercial bricklayer", ["years"], "years"),
    },
    {
        "id": "bricklayer-fresh7-2",
        "occ": "bricklayer",
        "title": "Journeyperson Bricklayer",
        "company": "Blerot Masonry (2000) Ltd.",
        "location": "Winnipeg, Manitoba, Canada",
        "posting": """
Blerot Masonry is looking for a Journeyperson Bricklayer to join our crews on institutional and commercial work in Winnipeg and surrounding area (schools, care homes, a new fire hall this spring).

You will lay brick, block and Tyndall stone, install anchors, ties, flashings and insulation in cavity walls, and work from frame scaffold year-round under hoarding and heat.

What we need:
- Journeyperson certificate in Bricklayer with the Red Seal
- At least 4 years of post-journeyperson experience in commercial/institutional masonry
- Comfortable with winter masonry procedures (heated enclosures, cold-weather mortar)
- Valid Class 5 driver's licence

Assets: stone setting experience, COR-trained, WHMIS.

Union rates per the Bricklayers' collective agreement, pension and health plan. We thank all applicants; only those selected for an interview will be contacted.
""",
        "name": "Marek Kowalczyk",
        "label": "Bricklayer (Red Seal)",
        "summary": "Red Seal bricklayer working in Manitoba since 2016, certified journeyperson in 2019. Seven years laying brick, block and Tyndall stone on schools, hospitals and municipal buildings, including winter work under hoarding.",
        "where": ("Winnipeg", "Manitoba"),
        "country": "CA",
        "work": [
            ("Bricklayer", "Cunha Masonry Ltd.", "2019-05", "", [
                "Lay face brick and CMU on school additions, personal care homes and a municipal library",
                "Set Tyndall stone sills, copings and cladding panels with stainless anchors",
                "Install cavity-wall ties, flashings and rigid insulation to the envelope consultant's details",
                "Work through winter in heated enclosures using cold-weather mortar procedures",
            ]),
            ("Apprentice Bricklayer", "Cunha Masonry Ltd.", "2016-04", "2019-04", [
                "Completed three levels of technical training at Red River College while working on commercial sites",
            ]),
        ],
        "skills": {"Masonry": ["Face brick", "Concrete block", "Tyndall stone", "Cavity walls", "Winter masonry"], "Safety": ["WHMIS", "Fall protection"]},
        "certs": [
            ("Certificate of Qualification - Bricklayer, Red Seal Endorsement", "Apprenticeship Manitoba", "2019-04"),
            ("Class 5 Driver's Licence", "Manitoba Public Insurance", ""),
            ("WHMIS 2015", "SAFE Work Manitoba", "2024-01"),
        ],
        "edu": [("Bricklayer Apprenticeship Technical Training (Levels 1-3)", "", "Red River College Polytechnic", "2019")],
        "langs": [("English", "Fluent"), ("Polish", "Native")],
        "unq": {
            "summary": "Red Seal bricklayer working in Manitoba since 2016, certified journeyperson in 2024. Years of brick, block and stone work on schools, hospitals and municipal buildings, including winter work under hoarding.",
            "work": [
                ("Bricklayer", "Cunha Masonry Ltd.", "2024-04", "", [
                    "Lay face brick and CMU on school additions, personal care homes and a municipal library",
                    "Set Tyndall stone sills, copings and cladding panels with stainless anchors",
                    "Install cavity-wall ties, flashings and rigid insulation to the envelope consultant's details",
                    "Work through winter in heated enclosures using cold-weather mortar procedures",
                ]),
                ("Apprentice Bricklayer", "Cunha Masonry Ltd.", "2019-04", "2024-03", [
                    "Completed three levels of technical training at Red River College while working on commercial sites",
                ]),
                ("Mason Labourer", "Cunha Masonry Ltd.", "2016-04", "2019-03", [
                    "Tended bricklayers, mixed mortar and built scaffold on commercial sites",
                ]),
            ],
            "certs": [
                ("Certificate of Qualification - Bricklayer, Red Seal Endorsement", "Apprenticeship Manitoba", "2024-03"),
                ("Class 5 Driver's Licence", "Manitoba Public Insurance", ""),
                ("WHMIS 2015", "SAFE Work Manitoba", "2024-01"),
            ],
            "edu": [("Bricklayer Apprenticeship Technical Training (Levels 1-3)", "", "Red River College Polytechnic", "2024")],
        },
        "decisive": ("At least 4 years post-journeyperson commercial masonry", ["years"], "years"),
    },
    {
        "id": "roofer-fresh7-1",
        "occ": "roofer",
        "title": "Roofer - Slating & Tiling (Residential Developments)",
        "company": "Glenveagh Properties",
        "location": "Balbriggan, Co. Dublin, Ireland",
        "posting": """
Glenveagh is expanding its direct-employed roofing crews for new-home developments in north County Dublin and Meath.

The role
- Felt, batten, tile and slate pitched roofs on houses and duplexes
- Fit ridge and hip systems, valleys, verges and lead flashings
- Work to our quality checklists and the site's safety plan

Requirements
- Minimum 3 years' experience as a roofer on new-build housing
- Valid SOLAS Safe Pass card (mandatory for site entry)
- Manual Handling certificate
- Working at Height training
- Own hand tools

Desirable
- CSCS card for MEWPs (Ireland)
- Leadwork experience

Competitive hourly rate, overtime, pension scheme and ongoing training. Glenveagh is an equal opportunities employer.
""",
        "name": "Cathal Brennan",
        "label": "Roofer (Slating & Tiling)",
        "summary": "Roofer with nine years on pitched roofs for new-build housing in Ireland and the UK. Quick on concrete tile and natural slate, dry ridge and verge systems and leadwork; holds Safe Pass, Manual Handling and Working at Height training.",
        "where": ("Drogheda", "Co. Louth"),
        "country": "IE",
        "work": [
            ("Roofer", "Kingscourt Roofing Ltd", "2022-03", "", [
                "Felt, batten and tile 2- and 3-bed houses on estates in Meath and Louth, around 4 roofs a week per crew",
                "Fit dry ridge, hip and verge systems and open valleys to manufacturer's details",
                "Dress Code 4 lead flashings at abutments and chimneys",
            ]),
            ("Roofer", "Redbrook Roofing Contractors (Manchester)", "2017-05", "2022-02", [
                "Slated and tiled new-build housing for national housebuilders in Greater Manchester",
                "Worked from scaffold and edge protection to the principal contractor's safe system of work",
            ]),
        ],
        "skills": {"Roofing": ["Concrete tile", "Natural slate", "Dry ridge and verge", "Valleys", "Leadwork"], "Safety": ["Working at height", "Manual handling"]},
        "certs": [
            ("SOLAS Safe Pass", "SOLAS", "2024-02"),
            ("Manual Handling Training", "Donaghy Safety Training Ltd", "2025-01"),
            ("Working at Height", "Donaghy Safety Training Ltd", "2025-01"),
            ("CSCS Blue Skilled Worker Card - Roofing (UK)", "CSCS", "2019-03"),
        ],
        "edu": [("Leaving Certificate", "", "St. Oliver's Community College, Drogheda", "2016")],
        "unq": {
            "summary": "Roofer with nine years on pitched roofs for new-build housing in the UK and, since this year, Ireland. Quick on concrete tile and natural slate, dry ridge and verge systems and leadwork; holds Manual Handling and Working at Height training.",
            "work": [
                ("Roofer", "Kingscourt Roofing Ltd", "2026-09", "", [
                    "Felt, batten and tile 2- and 3-bed houses on estates in Meath and Louth",
                    "Fit dry ridge, hip and verge systems and open valleys to manufacturer's details",
                    "Dress Code 4 lead flashings at abutments and chimneys",
                ]),
                ("Roofer", "Redbrook Roofing Contractors (Manchester)", "2017-05", "2026-08", [
                    "Slated and tiled new-build housing for national housebuilders in Greater Manchester",
                    "Worked from scaffold and edge protection to the principal contractor's safe system of work",
                ]),
            ],
            "certs": [
                ("Manual Handling Training", "Donaghy Safety Training Ltd", "2026-09"),
                ("Working at Height", "Donaghy Safety Training Ltd", "2026-09"),
                ("CSCS Blue Skilled Worker Card - Roofing (UK)", "CSCS", "2019-03"),
            ],
        },
        "decisive": ("Valid SOLAS Safe Pass card", ["Safe Pass"], "certificate"),
    },
    {
        "id": "roofer-fresh7-2",
        "occ": "roofer",
        "title": "Commercial Roofer - Single-Ply (TPO/PVC/EPDM)",
        "company": "Tecta America",
        "location": "Columbus, OH",
        "posting": """
Tecta America Ohio is hiring experienced commercial roofers for new construction and re-roof projects on warehouses, schools and retail.

Responsibilities:
* Install TPO, PVC and EPDM membrane systems (mechanically attached and fully adhered)
* Hot-air weld seams and detail penetrations, curbs and parapets
* Install polyiso insulation, cover board and edge metal
* Follow fall protection plans; set up warning lines and guardrail

Qualifications:
* 4+ years of commercial single-ply roofing experience
* Hand-held and robotic welder experience
* OSHA 10 (OSHA 30 a plus)
* Valid driver's license; able to travel within Ohio for multi-day jobs
* Manufacturer installer training (Carlisle, Firestone/Holcim, GAF) preferred

Pay $26-$34/hr DOE, paid travel time, per diem, medical/dental/vision, 401(k). Tecta America is an Equal Opportunity Employer.
""",
        "name": "Joshua Pruitt",
        "label": "Commercial Roofer",
        "summary": "Commercial roofer with seven years installing single-ply membrane on warehouses, schools and big-box retail. Strong hot-air welder (hand and robotic), clean detailer and safety-minded crew member.",
        "where": ("Grove City", "OH"),
        "country": "US",
        "work": [
            ("Roofing Technician II", "Kalkreuth Roofing and Sheet Metal", "2022-01", "", [
                "Install mechanically attached and fully adhered TPO and PVC on distribution centres up to 600,000 sq ft",
                "Robotic and hand welding of seams; probe and QC every seam at day's end",
                "Detail curbs, drains, parapets and penetrations; set edge metal and coping",
            ]),
            ("Roofer", "Buckeye Commercial Roofing", "2019-03", "2021-12", [
                "Tore off and re-roofed schools with EPDM and polyiso over steel deck",
                "Set up warning lines, guardrail and personal fall arrest per site plans",
            ]),
        ],
        "skills": {"Roofing": ["TPO", "PVC", "EPDM", "Hot-air welding", "Robotic welder", "Polyiso insulation", "Edge metal"], "Safety": ["Fall protection", "Warning line systems"]},
        "certs": [
            ("OSHA 30-Hour Construction", "OSHA Outreach Training Program", "2023-04"),
            ("Carlisle SynTec TPO Installer Training", "Carlisle SynTec Systems", "2022-06"),
            ("Ohio Driver License (Class D)", "Ohio Bureau of Motor Vehicles", ""),
        ],
        "edu": [("High School Diploma", "", "Grove City High School", "2018")],
        "unq": {
            "summary": "Roofer with seven years in the trade: residential shingle work until 2024, then single-ply membrane on warehouses and schools. Good hot-air welder (hand and robotic) and safety-minded crew member.",
            "work": [
                ("Roofing Technician", "Kalkreuth Roofing and Sheet Metal", "2024-05", "", [
                    "Install mechanically attached and fully adhered TPO and PVC on distribution centres",
                    "Robotic and hand welding of seams; probe and QC every seam at day's end",
                    "Detail curbs, drains, parapets and penetrations; set edge metal and coping",
                ]),
                ("Residential Roofer", "Scioto Home Exteriors", "2019-03", "2024-04", [
                    "Tore off and installed architectural asphalt shingle roofs on single-family homes",
                    "Set up roof anchors and personal fall arrest for steep-slope work",
                ]),
            ],
            "skills": {"Roofing": ["TPO", "PVC", "Hot-air welding", "Robotic welder", "Asphalt shingles", "Edge metal"], "Safety": ["Fall protection"]},
        },
        "decisive": ("4+ years of commercial single-ply roofing", ["years"], "years"),
    },
    {
        "id": "glazier-fresh7-1",
        "occ": "glazier",
        "title": "Journeyman Glazier - Curtain Wall (AGMT Certified)",
        "company": "Harmon, Inc.",
        "location": "Minneapolis, MN",
        "posting": """
Harmon is seeking Journeyman Glaziers for high-rise and institutional curtain wall projects in the Twin Cities.

You will install unitized and stick-built curtain wall, storefront and entrances; set glass and panels; apply structural silicone and weather seals; and perform field water testing per AAMA 501.2.

Required:
* Architectural Glass & Metal Technician (AGMT) certification
* 4+ years of commercial glazing experience
* OSHA 10
* Aerial lift / scissor lift operator training
* Able to read shop drawings and installation instructions

Preferred:
* IUPAT membership / completed glazier apprenticeship
* Swing stage or mast climber experience

Union scale wages and benefits. Harmon is an Equal Opportunity Employer, including disability and veterans.
""",
        "name": "Tyler Lindqvist",
        "label": "Commercial Glazier",
        "summary": "Journeyman glazier with eight years on curtain wall, storefront and entrance systems for hospitals, universities and office towers. AGMT-certified; experienced in structural silicone glazing and AAMA 501.2 water testing.",
        "where": ("St. Paul", "MN"),
        "country": "US",
        "work": [
            ("Journeyman Glazier", "Twin City Glass Contractors", "2021-04", "", [
                "Install unitized curtain wall from hoists and mast climbers on a 24-storey office tower",
                "Structural silicone glazing and perimeter sealing per the approved shop drawings",
                "Conduct AAMA 501.2 field water tests with the envelope consultant",
            ]),
            ("Glazier Apprentice", "Northland Architectural Glass", "2018-03", "2021-03", [
                "Built storefront and entrances, set IGUs and installed door hardware on retail and school jobs",
            ]),
        ],
        "skills": {"Glazing": ["Unitized curtain wall", "Stick-built curtain wall", "Storefront", "Structural silicone", "Water testing", "Shop drawings"], "Equipment": ["Scissor lift", "Boom lift", "Mast climber"]},
        "certs": [
            ("Architectural Glass & Metal Technician (AGMT) Certification", "AGMT Certification Program / AMS Inc.", "2023-05"),
            ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2018-04"),
            ("Aerial Work Platform Operator Training", "JLG Industries", "2024-02"),
            ("Glazier Journeyworker Card", "IUPAT District Council 82", "2021-04"),
        ],
        "edu": [("Glazing Apprenticeship", "", "Finishing Trades Institute of the Upper Midwest", "2021")],
        "unq": {
            "summary": "Journeyman glazier with eight years on curtain wall, storefront and entrance systems for hospitals, universities and office towers. Experienced in structural silicone glazing and field water testing.",
            "certs": [
                ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2018-04"),
                ("Aerial Work Platform Operator Training", "JLG Industries", "2024-02"),
                ("Glazier Journeyworker Card", "IUPAT District Council 82", "2021-04"),
            ],
        },
        "decisive": ("AGMT (Architectural Glass & Metal Technician) certification", ["AGMT", "Architectural Glass & Metal Technician", "Architectural Glass and Metal Technician"], "certificate"),
    },
    {
        "id": "glazier-fresh7-2",
        "occ": "glazier",
        "title": "Commercial Glazier - Shopfront & Curtain Wall",
        "company": "G.James Glass & Aluminium",
        "location": "Eagle Farm, Queensland, Australia",
        "posting": """
G.James is after qualified commercial glaziers to join our Brisbane installation teams on hospital, education and high-rise residential projects.

Essential
- Certificate III in Glass and Glazing (or recognised trade equivalent)
- Minimum 3 years' post-trade experience installing commercial shopfront, window wall or curtain wall
- Construction induction White Card
- EWP licence / Yellow Card (boom under 11m)
- Current driver licence

Desirable
- Frameless glass and balustrade experience
- Working at heights and confined space tickets

Above-award rates, tool allowance, RDO roster and long-term project pipeline. G.James is an equal opportunity employer.
""",
        "name": "Lachlan Doyle",
        "label": "Qualified Glazier",
        "summary": "Trade-qualified glazier (Cert III, 2020) with six years of post-trade commercial installation: shopfront, window wall and unitised facade on schools, hospitals and towers in Brisbane and the Gold Coast.",
        "where": ("Redcliffe", "Queensland"),
        "country": "AU",
        "work": [
            ("Installer - Commercial Glazing", "Capral Glazing Solutions QLD", "2023-02", "", [
                "Install window wall and unitised panels on residential towers from floor edge and mast climber",
                "Glaze double-glazed units and seal perimeters to the facade engineer's details",
            ]),
            ("Glazier", "Brisbane Commercial Glass Pty Ltd", "2020-07", "2023-01", [
                "Fitted commercial shopfront, automatic entries and framed partitions in schools and a regional hospital",
                "Installed frameless glass balustrades and shower screens on residential jobs",
            ]),
            ("Apprentice Glazier", "Brisbane Commercial Glass Pty Ltd", "2016-07", "2020-06", [
                "Completed trade training while cutting, fabricating and installing glass on commercial sites",
            ]),
        ],
        "skills": {"Glazing": ["Shopfront", "Window wall", "Unitised facade", "Frameless glass", "Balustrades"], "Licences": ["EWP Yellow Card", "White Card", "C class driver licence"]},
        "certs": [
            ("Certificate III in Glass and Glazing", "TAFE Queensland", "2020-06"),
            ("Construction Induction (White Card)", "WorkSafe Queensland", "2016-06"),
            ("EWPA Yellow Card - Boom under 11m", "Elevating Work Platform Association", "2022-09"),
        ],
        "edu": [("Certificate III", "Glass and Glazing", "TAFE Queensland", "2020")],
        "unq": {
            "summary": "Trade-qualified glazier (Cert III, 2024) with commercial installation experience since then: shopfront, window wall and unitised facade on schools and towers in Brisbane and the Gold Coast.",
            "work": [
                ("Installer - Commercial Glazing", "Capral Glazing Solutions QLD", "2025-02", "", [
                    "Install window wall and unitised panels on residential towers from floor edge and mast climber",
                    "Glaze double-glazed units and seal perimeters to the facade engineer's details",
                ]),
                ("Glazier", "Brisbane Commercial Glass Pty Ltd", "2024-07", "2025-01", [
                    "Fitted commercial shopfront, automatic entries and framed partitions in schools",
                ]),
                ("Apprentice Glazier", "Brisbane Commercial Glass Pty Ltd", "2020-07", "2024-06", [
                    "Completed trade training while cutting, fabricating and installing glass on commercial sites",
                ]),
                ("Glass Yard Hand", "Brisbane Commercial Glass Pty Ltd", "2016-07", "2020-06", [
                    "Loaded glass racks, drove the delivery ute and helped fabricate shower screens in the factory",
                ]),
            ],
            "certs": [
                ("Certificate III in Glass and Glazing", "TAFE Queensland", "2024-06"),
                ("Construction Induction (White Card)", "WorkSafe Queensland", "2016-06"),
                ("EWPA Yellow Card - Boom under 11m", "Elevating Work Platform Association", "2022-09"),
            ],
            "edu": [("Certificate III", "Glass and Glazing", "TAFE Queensland", "2024")],
        },
        "decisive": ("Minimum 3 years' post-trade commercial glazing", ["years"], "years"),
    },
]
