"""Fresh12 half, trades: farrier, drainlayer, auto_electrician, agricultural_equipment_technician."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "farrier-fresh12-1",
        "occ": "farrier",
        "title": "Senior Farrier - Equine Hospital",
        "company": "Downland Equine Referral Hospital",
        "location": "Newmarket, Suffolk, UK",
        "posting": """
Downland Equine Referral Hospital is recruiting a Senior Farrier to run our in-house farriery unit alongside our orthopaedic and lameness vets.

The role
Remedial and therapeutic shoeing of hospitalised and referred horses (laminitis, navicular syndrome, hoof wall defects, post-surgical cases); working from radiographs with the vets; glue-on and composite shoes; supervising an Approved Training Farrier's apprentice; client education.

Requirements
• Registered with the Farriers Registration Council
• Associate of the Worshipful Company of Farriers (AWCF) as a minimum - Fellowship (FWCF) welcome
• Confident interpreting hoof radiographs and working to veterinary prescriptions
• Own forge and tools not needed - the unit is fully equipped
• Full UK driving licence

Salary £42,000-£50,000 depending on experience, plus CPD budget and BAPT/WCF exam fees. Monday to Friday with a weekend rota one in four.
""",
        "name": "Tomasz Nowicki",
        "label": "Remedial Farrier",
        "summary": "Registered farrier since 2016 with the WCF Associateship (2022); remedial and therapeutic shoeing on veterinary referral, including laminitic and post-surgical cases; trains apprentices.",
        "where": ("Bury St Edmunds", "Suffolk"),
        "country": "GB",
        "work": [
            ("Farrier (self-employed, veterinary referral work)", "Nowicki Farriery", "2019-04", "", [
                "Remedial shoeing from radiographs on referral from three equine practices: laminitis, navicular, quarter cracks",
                "Glue-on, heart-bar and composite shoes; hospital work after orthopaedic surgery",
                "Host an apprentice on the Level 3 Diploma in Farriery apprenticeship",
            ]),
            ("Farrier", "Heath Road Farriers", "2016-08", "2019-03", [
                "Shoeing racehorses in training and sport horses",
            ]),
        ],
        "skills": {"Farriery": ["Remedial shoeing", "Therapeutic shoeing", "Glue-on shoes", "Forging", "Hoof radiograph interpretation"], "Other": ["Full UK driving licence", "Apprentice training"]},
        "certs": [
            ("Registered Farrier", "Farriers Registration Council", "2016-07"),
            ("Associateship (AWCF)", "Worshipful Company of Farriers", "2022-10"),
            ("Diploma (DipWCF)", "Worshipful Company of Farriers", "2016-07"),
        ],
        "edu": [("Level 3 Diploma", "Farriery (apprenticeship)", "Warwickshire College", "2016")],
        "unq": {
            "summary": "Registered farrier since 2016 holding the WCF diploma; remedial and therapeutic shoeing on veterinary referral, including laminitic and post-surgical cases; trains apprentices.",
            "certs": [
                ("Registered Farrier", "Farriers Registration Council", "2016-07"),
                ("Diploma (DipWCF)", "Worshipful Company of Farriers", "2016-07"),
            ],
        },
        "decisive": ("Associate of the Worshipful Company of Farriers (AWCF) as a minimum", ["AWCF", "Associate of the Worshipful Company of Farriers", "Associateship"], "credential level"),
    },
    {
        "id": "farrier-fresh12-2",
        "occ": "farrier",
        "title": "Farrier - Sport Horse Yard",
        "company": "Ballinacourty Sport Horses",
        "location": "Co. Kildare, Ireland",
        "posting": """
Farrier wanted for busy show-jumping and eventing yard (approx. 60 horses) plus our clients' young-horse sales prep.

Looking for:
- qualified farrier, DipWCF or equivalent
- 5+ years shoeing sport horses as a qualified farrier (not counting apprenticeship)
- happy working hot and cold, studs, wedges, pads
- own van and tools

We offer: steady weekly workload, use of our forge, competitive day rate or salaried option, travel to shows in Ireland and the UK.

Send CV and two references (one vet).
""",
        "name": "Eoin Phelan",
        "label": "Farrier",
        "summary": "Qualified farrier (DipWCF 2018) shoeing show jumpers, eventers and young horses across Kildare and Meath.",
        "where": ("Naas", "Co. Kildare"),
        "country": "IE",
        "work": [
            ("Farrier (own business)", "Phelan Farriery", "2021-03", "", [
                "Regular shoeing of around 45 sport horses a week for jumping and eventing yards",
                "Hot and cold shoeing, stud holes, wedges, pads and frog supports",
            ]),
            ("Farrier", "Curragh Forge", "2018-07", "2021-02", [
                "Shod racehorses and sport horses; travelled to shows as yard farrier",
            ]),
            ("Apprentice Farrier", "Curragh Forge", "2014-07", "2018-06", [
                "Four-year apprenticeship under an Approved Training Farrier",
            ]),
        ],
        "skills": {"Farriery": ["Hot shoeing", "Cold shoeing", "Sport horse shoeing", "Stud work", "Wedges and pads"], "Other": ["Own van and tools"]},
        "certs": [("DipWCF", "Worshipful Company of Farriers", "2018-06")],
        "edu": [("Leaving Certificate", "", "Naas CBS", "2014")],
        "unq": {
            "summary": "Qualified farrier (DipWCF 2022) shoeing show jumpers, eventers and young horses across Kildare and Meath.",
            "work": [
                ("Farrier (own business)", "Phelan Farriery", "2024-03", "", [
                    "Regular shoeing of around 45 sport horses a week for jumping and eventing yards",
                    "Hot and cold shoeing, stud holes, wedges, pads and frog supports",
                ]),
                ("Farrier", "Curragh Forge", "2022-10", "2024-02", [
                    "Shod racehorses and sport horses; travelled to shows as yard farrier",
                ]),
                ("Apprentice Farrier", "Curragh Forge", "2018-09", "2022-09", [
                    "Four-year apprenticeship under an Approved Training Farrier",
                ]),
            ],
            "certs": [("DipWCF", "Worshipful Company of Farriers", "2022-09")],
            "edu": [("Leaving Certificate", "", "Naas CBS", "2018")],
        },
        "decisive": ("5+ years shoeing sport horses as a qualified farrier", ["years", "yrs"], "years"),
    },
    {
        "id": "drainlayer-fresh12-1",
        "occ": "drainlayer",
        "title": "Certifying Drainlayer / Site Lead",
        "company": "Kaimai Civil & Drainage Ltd",
        "location": "Tauranga, New Zealand",
        "posting": """
Kia ora! We're a Bay of Plenty civil and drainage outfit doing subdivisions, residential new builds and council renewals. We need a Certifying Drainlayer to run a crew and sign off work.

What you'll do
- Set out, lay and test stormwater and wastewater drains, laterals and manholes
- Supervise and sign off the work of tradesman and trainee drainlayers
- Complete as-builts and producer statements for council inspections
- Run the crew day to day: H&S, traffic management, plant

What we need from you
* Current PGDB practising licence as a Certifying Drainlayer - this is a must
* Class 2 licence with wheels/tracks/rollers endorsements (W/T/R) preferred
* Site Safe passport
* Solid knowledge of G13, E1 and council engineering standards

$40-$48 per hour depending on experience, work ute, tools, and a good bunch of people. Must be eligible to work in NZ.
""",
        "name": "Rawiri Ngata",
        "label": "Drainlayer",
        "summary": "Drainlayer with eleven years on residential and civil drainage; PGDB registered at the top (certifying) class; runs crews and signs off tradesman and trainee work.",
        "where": ("Tauranga", "Bay of Plenty"),
        "country": "NZ",
        "work": [
            ("Drainage Foreman", "Western Bay Earthworks", "2020-05", "", [
                "Run a four-person crew on subdivision drainage: stormwater, wastewater, laterals, manholes",
                "Test and sign off drainage work by tradesman and trainee drainlayers; prepare as-builts and PS3s",
                "Traffic management plans and daily toolbox meetings",
            ]),
            ("Drainlayer", "Mount Drainage Services", "2015-02", "2020-04", [
                "Residential new-build and renewal drainage to G13 and council codes of practice",
            ]),
        ],
        "skills": {"Drainage": ["Stormwater", "Wastewater", "Pressure testing", "Laser levels", "As-builts", "G13 / E1 compliance"], "Plant": ["Excavator 5-14t", "Class 2 W/T/R"]},
        "certs": [
            ("Certifying Drainlayer practising licence", "Plumbers, Gasfitters and Drainlayers Board", "2019-04"),
            ("Class 2 driver licence with W, T, R endorsements", "NZ Transport Agency Waka Kotahi", "2017-06"),
            ("Site Safe Passport", "Site Safe NZ", "2025-08"),
        ],
        "edu": [("New Zealand Certificate in Drainlaying (Level 4)", "Drainlaying", "Connexis / Te Pūkenga", "2017")],
        "unq": {
            "summary": "Drainlayer with eleven years on residential and civil drainage; PGDB registered as a tradesman drainlayer; runs crews.",
            "work": [
                ("Drainage Foreman", "Western Bay Earthworks", "2020-05", "", [
                    "Run a four-person crew on subdivision drainage: stormwater, wastewater, laterals, manholes",
                    "Test drainage work and hand it to the company's supervising drainlayer for sign-off; prepare as-builts",
                    "Traffic management plans and daily toolbox meetings",
                ]),
                ("Drainlayer", "Mount Drainage Services", "2015-02", "2020-04", [
                    "Residential new-build and renewal drainage to G13 and council codes of practice",
                ]),
            ],
            "certs": [
                ("Tradesman Drainlayer practising licence", "Plumbers, Gasfitters and Drainlayers Board", "2019-04"),
                ("Class 2 driver licence with W, T, R endorsements", "NZ Transport Agency Waka Kotahi", "2017-06"),
                ("Site Safe Passport", "Site Safe NZ", "2025-08"),
            ],
        },
        "decisive": ("Current PGDB practising licence as a Certifying Drainlayer", ["certifying", "Certifying Drainlayer"], "licence level"),
    },
    {
        "id": "drainlayer-fresh12-2",
        "occ": "drainlayer",
        "title": "Drainlayer",
        "company": "Southern Pipe & Drain Ltd",
        "location": "Christchurch, New Zealand",
        "posting": """
DRAINLAYER - CHRISTCHURCH
Full time, Mon-Fri 7am-4:30pm, some Saturdays. Pay from $36/hr.

Southern Pipe & Drain does residential and light commercial drainage across Canterbury. Due to a full forward workload we're after an experienced drainlayer.

You'll need:
- Minimum 3 yrs drainlaying experience (residential and/or civil)
- PGDB registration or authorisation (trainees under a limited certificate welcome if experience fits)
- Able to read plans and use a laser
- Digger experience (3-8t)
- Full NZ drivers licence, Class 2 an advantage
- Clean drug test

Work van, PPE, ongoing training. Apply with CV.
""",
        "name": "Jordan Hemi",
        "label": "Drainlayer",
        "summary": "Drainlayer working in Canterbury since 2020 on residential drainage, laterals and stormwater; PGDB tradesman licence; digger and laser operator.",
        "where": ("Rangiora", "Canterbury"),
        "country": "NZ",
        "work": [
            ("Drainlayer", "Canterbury Drainage Co.", "2022-09", "", [
                "Residential and light commercial drainage: wastewater, stormwater, laterals and sumps",
                "Set out from plans with a pipe laser; dig with 3.5t and 8t excavators",
            ]),
            ("Trainee Drainlayer", "Selwyn Drainage", "2020-02", "2022-08", [
                "Laid and tested drains under a certifying drainlayer's supervision",
            ]),
        ],
        "skills": {"Drainage": ["Wastewater", "Stormwater", "Pipe laser", "Plan reading", "Testing"], "Plant": ["Excavator 3-8t"]},
        "certs": [
            ("Tradesman Drainlayer practising licence", "Plumbers, Gasfitters and Drainlayers Board", "2023-05"),
            ("Class 2 driver licence", "NZ Transport Agency Waka Kotahi", "2024-01"),
        ],
        "edu": [("New Zealand Certificate in Drainlaying (Level 4)", "Drainlaying", "Te Pūkenga", "2023")],
        "unq": {
            "summary": "Drainlayer working in Canterbury since late 2024 on residential drainage, laterals and stormwater; PGDB trainee under a limited certificate; digger and laser operator.",
            "work": [
                ("Trainee Drainlayer", "Canterbury Drainage Co.", "2024-10", "", [
                    "Residential and light commercial drainage: wastewater, stormwater, laterals and sumps",
                    "Set out from plans with a pipe laser; dig with 3.5t and 8t excavators",
                ]),
                ("Landscaping Labourer", "Selwyn Landscapes", "2020-02", "2024-09", [
                    "Paving, retaining walls and site clean-up",
                ]),
            ],
            "certs": [
                ("Limited Certificate - Trainee Drainlayer", "Plumbers, Gasfitters and Drainlayers Board", "2024-10"),
                ("Class 2 driver licence", "NZ Transport Agency Waka Kotahi", "2024-01"),
            ],
            "edu": [("Enrolled", "New Zealand Certificate in Drainlaying (Level 4)", "Te Pūkenga", "")],
        },
        "decisive": ("Minimum 3 yrs drainlaying experience", ["years", "yrs"], "years"),
    },
    {
        "id": "auto_electrician-fresh12-1",
        "occ": "auto_electrician",
        "title": "Auto Electrician - Defence Land Vehicles",
        "company": "Southern Cross Land Systems Pty Ltd",
        "location": "Wodonga, VIC, Australia",
        "posting": """
Auto Electrician - Defence Land Vehicles (Bandiana)

Southern Cross Land Systems maintains protected mobility and logistic vehicles for the Australian Defence Force under a through-life support contract. We are seeking an Auto Electrician to join our workshop team at Bandiana.

Your responsibilities
- Diagnose and repair 24V vehicle electrical systems, CAN bus networks and harnesses
- Install and test communications and mission-system fit-outs
- Complete maintenance records in the Defence maintenance information system

Essential criteria
- Trade qualification: Certificate III in Automotive Electrical Technology (AUR30320) or equivalent
- Current Australian Government security clearance at Negative Vetting Level 1 (NV1). Due to the nature of this work, candidates without an active NV1 cannot be considered
- Australian citizenship
- Current Victorian or interstate driver licence (MR licence desirable)

We offer a 9-day fortnight, tool allowance and salary packaging. Southern Cross Land Systems is an equal opportunity employer and encourages veterans and Indigenous Australians to apply.
""",
        "name": "Liam Castellano",
        "label": "Auto Electrician",
        "summary": "Qualified auto electrician with ten years on heavy and military vehicles; holds an active NV1 clearance through AGSVA; Australian citizen; CAN bus diagnostics and communications fit-outs.",
        "where": ("Albury", "NSW"),
        "country": "AU",
        "work": [
            ("Auto Electrician", "Thales Protected Vehicles Support", "2021-08", "", [
                "Fault-find 24V electrical systems and CAN networks on Bushmaster and HX-series vehicles",
                "Install and test radio and battlefield management system fit-outs; complete maintenance records",
            ]),
            ("Auto Electrician", "Murray Truck Electrics", "2016-01", "2021-07", [
                "Heavy vehicle wiring, alternators, starters, lighting and telematics installs",
            ]),
        ],
        "skills": {"Electrical": ["24V systems", "CAN bus diagnostics", "Wiring harness repair", "Communications fit-outs"], "Licences": ["MR licence"]},
        "certs": [
            ("Negative Vetting Level 1 security clearance", "Australian Government Security Vetting Agency", "2022-02"),
            ("MR (medium rigid) driver licence", "Transport for NSW", "2018-05"),
        ],
        "edu": [("Certificate III", "Automotive Electrical Technology", "TAFE NSW Albury", "2015")],
        "unq": {
            "summary": "Qualified auto electrician with ten years on heavy and military vehicles; holds an active Baseline clearance through AGSVA; Australian citizen; CAN bus diagnostics and communications fit-outs.",
            "certs": [
                ("Baseline Vetting security clearance", "Australian Government Security Vetting Agency", "2022-02"),
                ("MR (medium rigid) driver licence", "Transport for NSW", "2018-05"),
            ],
        },
        "decisive": ("Current Australian Government security clearance at Negative Vetting Level 1 (NV1)", ["NV1", "Negative Vetting Level 1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "auto_electrician-fresh12-2",
        "occ": "auto_electrician",
        "title": "Field Service Auto Electrician - Mining Fleet (FIFO)",
        "company": "Pilbara Mobile Electrical Services",
        "location": "Perth, WA, Australia (FIFO to Pilbara)",
        "posting": """
Field Service Auto Electrician | FIFO 2:1 from Perth | 12-hour shifts

PMES provides on-site electrical support to earthmoving and light-vehicle fleets at iron ore operations in the Pilbara. We're growing and need auto sparkies who can work unsupervised in a field service truck.

About the work: fault-finding on CAT, Komatsu and Hitachi machines; light vehicle fit-outs (lighting, UHF, fire suppression interlocks); air-conditioning service and repair on cabs and LVs; reading schematics; completing work orders in SAP.

Must-haves
- Trade certificate as an auto electrician (Cert III)
- Refrigerant handling licence issued by the Australian Refrigeration Council (ARCtick) covering automotive air conditioning - we will verify
- Current WA C class licence (HR preferred)
- Able to pass a pre-employment medical and D&A test

Nice to have: CAT ET / Komatsu diagnostics experience, previous FIFO.

Rates $62-$70/hr plus super, flights and accommodation provided.
""",
        "name": "Kieran Doyle",
        "label": "Auto Electrician",
        "summary": "Auto electrician with nine years on mining and earthmoving fleets; licensed by the ARC for vehicle air-conditioning refrigerant work; experienced FIFO field service technician.",
        "where": ("Mandurah", "WA"),
        "country": "AU",
        "work": [
            ("Field Service Auto Electrician (FIFO)", "Goldfields Auto Electrical", "2021-04", "", [
                "Diagnose electrical faults on CAT 793 haul trucks, Komatsu excavators and dozers using CAT ET and Komatsu diagnostics",
                "Recover, evacuate and recharge refrigerant in cab and light-vehicle air-conditioning systems",
                "Light vehicle mine-spec fit-outs; work orders in SAP PM",
            ]),
            ("Auto Electrician", "Rockingham Auto Electrics", "2017-02", "2021-03", [
                "Workshop auto electrical and air-conditioning repairs on light and heavy vehicles",
            ]),
        ],
        "skills": {"Electrical": ["Schematics", "CAT ET", "Komatsu diagnostics", "Light vehicle fit-outs", "Vehicle air-conditioning"], "Systems": ["SAP PM"], "Licences": ["HR licence"]},
        "certs": [
            ("Refrigerant Handling Licence - automotive air conditioning (ARCtick)", "Australian Refrigeration Council", "2019-08"),
            ("HR (heavy rigid) driver licence", "Department of Transport WA", "2018-03"),
        ],
        "edu": [("Certificate III", "Automotive Electrical Technology", "South Metropolitan TAFE", "2016")],
        "unq": {
            "summary": "Auto electrician with nine years on mining and earthmoving fleets; experienced FIFO field service technician.",
            "work": [
                ("Field Service Auto Electrician (FIFO)", "Goldfields Auto Electrical", "2021-04", "", [
                    "Diagnose electrical faults on CAT 793 haul trucks, Komatsu excavators and dozers using CAT ET and Komatsu diagnostics",
                    "Fault-find air-conditioning electrical circuits (compressor clutches, pressure switches, blower motors); gas work referred to the contracted A/C technician",
                    "Light vehicle mine-spec fit-outs; work orders in SAP PM",
                ]),
                ("Auto Electrician", "Rockingham Auto Electrics", "2017-02", "2021-03", [
                    "Workshop auto electrical repairs on light and heavy vehicles",
                ]),
            ],
            "certs": [
                ("HR (heavy rigid) driver licence", "Department of Transport WA", "2018-03"),
            ],
        },
        "decisive": ("Refrigerant handling licence issued by the Australian Refrigeration Council (ARCtick)", ["ARCtick", "Australian Refrigeration Council", "refrigerant handling licence"], "certificate"),
    },
    {
        "id": "agricultural_equipment_technician-fresh12-1",
        "occ": "agricultural_equipment_technician",
        "title": "Field Service Technician - Agricultural Equipment",
        "company": "Peace Country Ag Equipment Ltd.",
        "location": "Grande Prairie, AB, Canada",
        "posting": """
Peace Country Ag Equipment is a family-owned dealership serving grain and cattle producers across the Peace Region. We're hiring a Field Service Technician to take our service truck to customers' farms during seeding and harvest.

Key duties:
- Diagnose and repair tractors, combines, sprayers and air drills on-farm
- Hydraulic, electrical and engine troubleshooting
- Pre-season inspections and warranty paperwork
- Drive the 1-ton and tandem service trucks (air brakes)

Qualifications:
- Journeyperson Agricultural Equipment Technician with Red Seal
- Valid Alberta Class 3 driver's licence with air brake (Q) endorsement - required to operate our tandem service truck
- Clean driver's abstract
- Willing to work extended hours during harvest

Wage $42-$48/hr DOE, overtime, truck allowance, group benefits and RRSP matching. We thank all applicants; only those selected for an interview will be contacted.
""",
        "name": "Brent Kowalchuk",
        "label": "Agricultural Equipment Technician",
        "summary": "Red Seal agricultural equipment technician with nine years of dealership and field service work; Alberta Class 3 with the Q air brake endorsement; tractors, combines, sprayers and air seeders.",
        "where": ("Grande Prairie", "AB"),
        "country": "CA",
        "work": [
            ("Field Service Technician", "Northern Plains Farm Equipment", "2021-03", "", [
                "On-farm diagnosis and repair of 4WD tractors, combines and self-propelled sprayers from a tandem service truck",
                "Hydraulic and electrical troubleshooting; pre-season inspections and warranty claims",
            ]),
            ("Agricultural Equipment Technician", "Wapiti Tractor & Implement", "2017-05", "2021-02", [
                "Shop repairs on air drills, balers and tractors; journeyperson from 2020",
            ]),
        ],
        "skills": {"Technical": ["Hydraulics", "Electrical diagnostics", "Engines", "Combines", "Sprayers", "Air drills"], "Other": ["Warranty claims", "Clean driver's abstract"]},
        "certs": [
            ("Journeyperson Certificate - Agricultural Equipment Technician (Red Seal)", "Alberta Apprenticeship and Industry Training", "2020-12"),
            ("Class 3 driver's licence, Q (air brake) endorsement", "Alberta Registries", "2021-01"),
        ],
        "edu": [("Apprenticeship", "Agricultural Equipment Technician", "NAIT", "2020")],
        "unq": {
            "summary": "Red Seal agricultural equipment technician with nine years of dealership and field service work; Alberta Class 3 driver's licence; tractors, combines, sprayers and air seeders.",
            "work": [
                ("Field Service Technician", "Northern Plains Farm Equipment", "2021-03", "", [
                    "On-farm diagnosis and repair of 4WD tractors, combines and self-propelled sprayers from a 1-ton service truck",
                    "Hydraulic and electrical troubleshooting; pre-season inspections and warranty claims",
                ]),
                ("Agricultural Equipment Technician", "Wapiti Tractor & Implement", "2017-05", "2021-02", [
                    "Shop repairs on air drills, balers and tractors; journeyperson from 2020",
                ]),
            ],
            "certs": [
                ("Journeyperson Certificate - Agricultural Equipment Technician (Red Seal)", "Alberta Apprenticeship and Industry Training", "2020-12"),
                ("Class 3 driver's licence", "Alberta Registries", "2021-01"),
            ],
        },
        "decisive": ("Alberta Class 3 driver's licence with air brake (Q) endorsement", ["air brake", "air brakes", "Q endorsement"], "endorsement"),
    },
    {
        "id": "agricultural_equipment_technician-fresh12-2",
        "occ": "agricultural_equipment_technician",
        "title": "Agricultural Service Technician (John Deere)",
        "company": "Red River Valley Equipment",
        "location": "Morden, MB, Canada",
        "posting": """
Agricultural Service Technician - John Deere dealership, Morden MB

Red River Valley Equipment is an authorized John Deere dealer with four stores in southern Manitoba.

What you bring
- Journeyperson Agricultural Equipment Technician certification (Red Seal preferred), or 3rd/4th-year apprentice with strong experience
- Hands-on experience diagnosing Deere equipment with Service ADVISOR - this is the core diagnostic platform in our shop and you'll be using it daily
- Working knowledge of precision ag guidance, displays and telematics
- Valid Manitoba Class 5 licence

What we offer
- Deere University training paid by the dealership
- Tool purchase program, boot allowance
- Group health/dental, pension plan
- Winter hours Mon-Fri; flexible scheduling outside of seeding and harvest

Red River Valley Equipment is an equal opportunity employer.
""",
        "name": "Mateo Friesen",
        "label": "Agricultural Equipment Technician",
        "summary": "Journeyperson (Red Seal) ag equipment technician with seven years on Deere tractors, combines and sprayers; daily user of Deere's Service ADVISOR diagnostics; precision ag set-up and troubleshooting.",
        "where": ("Winkler", "MB"),
        "country": "CA",
        "work": [
            ("Service Technician", "Pembina Valley Ag", "2021-11", "", [
                "Diagnose 8R/9R tractors, S7 combines and R4 sprayers, reading codes and running tests in John Deere Service ADVISOR",
                "Install and calibrate StarFire 7000 receivers, AutoTrac and JDLink modems",
            ]),
            ("Apprentice Agricultural Equipment Technician", "Pembina Valley Ag", "2019-05", "2021-10", [
                "Pre-delivery inspections, hydraulic and drivetrain repairs",
            ]),
        ],
        "skills": {"Diagnostics": ["Service ADVISOR", "Electrical schematics", "Hydraulics"], "Precision ag": ["StarFire", "AutoTrac", "JDLink", "Operations Center"]},
        "certs": [
            ("Certificate of Qualification - Agricultural Equipment Technician (Red Seal)", "Apprenticeship Manitoba", "2022-06"),
            ("Class 5 driver's licence", "Manitoba Public Insurance", "2016-08"),
        ],
        "edu": [("Apprenticeship technical training", "Agricultural Equipment Technician", "Assiniboine College", "2022")],
        "unq": {
            "summary": "Journeyperson (Red Seal) ag equipment technician with seven years on Case IH tractors, combines and sprayers; daily user of CNH's Electronic Service Tool (EST) diagnostics; precision ag set-up and troubleshooting.",
            "work": [
                ("Service Technician", "Pembina Case IH", "2021-11", "", [
                    "Diagnose Steiger and Magnum tractors, Axial-Flow combines and Patriot sprayers with the CNH Electronic Service Tool (EST)",
                    "Install and calibrate AFS Pro 1200 displays, AFS AccuGuide and AFS Connect modems",
                ]),
                ("Apprentice Agricultural Equipment Technician", "Pembina Case IH", "2019-05", "2021-10", [
                    "Pre-delivery inspections, hydraulic and drivetrain repairs",
                ]),
            ],
            "skills": {"Diagnostics": ["CNH Electronic Service Tool (EST)", "Electrical schematics", "Hydraulics"], "Precision ag": ["AFS Pro 1200", "AFS AccuGuide", "AFS Connect"]},
        },
        "decisive": ("Hands-on experience diagnosing Deere equipment with Service ADVISOR", ["Service ADVISOR"], "tool"),
    },
]
