"""Fresh9 set, trades: painter and decorator, plasterer, instrumentation technician, NDT technician."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "painter_decorator-fresh9-1",
        "occ": "painter_decorator",
        "title": "Painter & Decorator - Commercial Fit-Out (Advanced Craft)",
        "company": "Halden Interiors Ltd",
        "location": "Manchester, UK",
        "posting": """
Halden Interiors is a main contractor delivering office, hotel and student-accommodation fit-outs across the North West. We are looking for an experienced Painter & Decorator to join our direct-employed finishing team, working on high-spec schemes where the decoration is the first thing the client sees.

The role
- Preparation and application of paint systems by brush, roller and airless spray
- Hanging standard and wide-width vinyl wallcoverings, feature papers
- Working from MEWPs and mobile towers on double-height atria
- Mentoring apprentices and checking their work before handover

Essential
- CSCS Gold Card (Advanced Craft - Painter and Decorator) or, as a minimum, an NVQ Level 3 in Decorative Finishing with the Gold card applied for before start
- Proven commercial site experience
- Full UK driving licence (you will move between sites in Greater Manchester and Cheshire)

Desirable
- PASMA and IPAF (3a/3b) tickets
- Experience of intumescent coatings

Pay: GBP 19.50-21.00 per hour, 39-hour week, overtime at time and a half, travel paid, 28 days holiday including bank holidays, company pension.
""",
        "name": "Callum Brierley",
        "label": "Painter and Decorator, Commercial Finishes",
        "summary": "Site decorator with eleven years on commercial and hospitality fit-outs; spray, wallcoverings and fine finishing, and the one the site manager asks to snag the apprentices' work.",
        "where": ("Stockport", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Decorator (Leading Hand)", "Pennine Fit-Out Group", "2020-02", "", [
                "Prepare and finish walls, ceilings and joinery on office and hotel refurbishments up to GBP 6m",
                "Airless spray application of emulsions and acrylic eggshells to large open-plan floors",
                "Hang wide-width vinyl and feature wallcoverings in hotel corridors and bedrooms",
                "Train and sign off two apprentices a year; check their work against the spec before handover",
            ]),
            ("Painter & Decorator", "J. Ashworth & Sons Decorators", "2015-09", "2020-01", [
                "Decoration of schools, surgeries and shop units for a family decorating contractor",
                "Worked from towers and scissor lifts; applied intumescent coatings to steelwork under supervision",
            ]),
        ],
        "skills": {"Trade": ["Airless spraying", "Wallcoverings", "Surface preparation", "Intumescent coatings", "Colour matching"], "Access": ["PASMA towers", "MEWPs (scissor and boom)"]},
        "certs": [
            ("CSCS Gold Card - Advanced Craft (Painter and Decorator)", "Construction Skills Certification Scheme", "2023-04"),
            ("NVQ Level 3 Diploma in Decorative Finishing - Painting and Decorating (Construction)", "City & Guilds", "2023-02"),
            ("PASMA Towers for Users", "PASMA", "2025-06"),
            ("IPAF Operator - 3a/3b", "IPAF", "2024-09"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("Level 2 Diploma", "Painting and Decorating", "Stockport College", "2015")],
        "unq": {
            "certs": [
                ("CSCS Blue Card - Skilled Worker (Painter and Decorator)", "Construction Skills Certification Scheme", "2016-05"),
                ("NVQ Level 2 Diploma in Decorative Finishing and Industrial Painting Occupations (Construction)", "City & Guilds", "2016-03"),
                ("PASMA Towers for Users", "PASMA", "2025-06"),
                ("IPAF Operator - 3a/3b", "IPAF", "2024-09"),
                ("Full UK driving licence (Category B)", "DVLA", ""),
            ],
        },
        "swaps": [],
        "decisive": ("CSCS Gold Card (Advanced Craft) / NVQ Level 3", ["Gold", "Advanced Craft", "Level 3"], "credential level"),
    },
    {
        "id": "painter_decorator-fresh9-2",
        "occ": "painter_decorator",
        "title": "Qualified Painter - Strata & Residential",
        "company": "Harbourline Painting Group",
        "location": "Parramatta, NSW, Australia",
        "posting": """
Harbourline Painting Group - Qualified Painter (full time, Western Sydney)

We repaint strata blocks, townhouse complexes and new homes for builders across Western Sydney. Steady work, no FIFO, home every night.

MUST HAVE
* NSW Fair Trading painting licence (contractor licence or qualified supervisor certificate) - we quote and sign jobs over $5,000 in your name
* Cert III Painting & Decorating (or trade-recognised equivalent)
* General Construction Induction (White Card)
* 4+ yrs post-trade painting, interior and exterior
* Current driver licence + own reliable vehicle

NICE TO HAVE
* Working at Heights, EWP (yellow card)
* Experience with Dulux / Haymes exterior membrane systems

$42-$48/hr depending on experience, tool allowance, vehicle allowance, all PPE supplied. Apply with your licence number.
""",
        "name": "Jacob Tuilagi",
        "label": "Tradesman Painter",
        "summary": "Licensed painter with nine years' trade experience on strata, residential and light commercial repaints in South East Queensland; relocating to Western Sydney in January 2027.",
        "where": ("Brisbane", "QLD"),
        "country": "AU",
        "work": [
            ("Leading Hand Painter", "Bayside Coatings Pty Ltd", "2020-06", "", [
                "Run two- to four-man crews on strata repaints of up to 60 units, including roof and render membranes",
                "Quote variations, order Dulux and Haymes systems and complete the handover paperwork",
                "Operate boom lifts and swing stages on three-storey walk-ups",
            ]),
            ("Painter", "Redcliffe Painting & Decorating", "2017-02", "2020-05", [
                "Interior and exterior painting of new homes for volume builders",
                "Completed apprenticeship with the firm in 2017, kept on as a qualified painter",
            ]),
        ],
        "skills": {"Trade": ["Exterior membranes", "Render repaints", "Airless spray", "Timber restoration", "Quoting"], "Access": ["EWP (boom)", "Swing stage"]},
        "certs": [
            ("Contractor licence - Painting, NSW Fair Trading (granted under mutual recognition)", "NSW Fair Trading", "2026-09"),
            ("Painting and Decorating contractor licence", "Queensland Building and Construction Commission (QBCC)", "2019-03"),
            ("General Construction Induction (White Card)", "Workplace Health and Safety Queensland", "2014-11"),
            ("Yellow Card - Elevating Work Platform Operator", "EWPA", "2023-07"),
            ("Open class C driver licence", "Queensland Government", ""),
        ],
        "edu": [("Certificate III", "Painting and Decorating (CPC30620)", "TAFE Queensland", "2017")],
        "unq": {
            "certs": [
                ("Painting and Decorating contractor licence", "Queensland Building and Construction Commission (QBCC)", "2019-03"),
                ("General Construction Induction (White Card)", "Workplace Health and Safety Queensland", "2014-11"),
                ("Yellow Card - Elevating Work Platform Operator", "EWPA", "2023-07"),
                ("Open class C driver licence", "Queensland Government", ""),
            ],
        },
        "swaps": [],
        "decisive": ("NSW Fair Trading painting licence", ["NSW", "New South Wales", "Fair Trading"], "jurisdiction"),
    },
    {
        "id": "plasterer-fresh9-1",
        "occ": "plasterer",
        "title": "External Plasterer (LBP) - Residential Cladding",
        "company": "Southern Alps Plastering Ltd",
        "location": "Christchurch, New Zealand",
        "posting": """
Southern Alps Plastering is a Canterbury plastering and cladding company with 25 staff, working for group-home builders and architects from Rangiora to Ashburton. Most of our work is texture-coated rigid-backing and solid plaster systems on new homes, plus remedial re-cladding.

We need an External Plasterer who can run a job and sign it off. Because external plastering is restricted building work, you must hold a current Licensed Building Practitioner (LBP) licence in the External Plastering class, so you can carry out and supervise the work and provide the record of work to council. You will also need a full New Zealand driver licence (you will take a company ute home) and a Site Safe passport.

Experience with proprietary systems (Rockcote, Resene Construction Systems, Nuralite) is a big advantage. We offer a top hourly rate, a company vehicle, tools, KiwiSaver contribution and a steady pipeline of work through 2027.
""",
        "name": "Tane Rawiri",
        "label": "Solid Plasterer & Cladding Applicator",
        "summary": "Plasterer with eight years on texture-coated and solid plaster cladding in Canterbury; runs jobs from backing board to final coat and signs off the paperwork.",
        "where": ("Christchurch", "Canterbury"),
        "country": "NZ",
        "work": [
            ("Plastering Foreman", "Waimak Exteriors Ltd", "2021-08", "", [
                "Run crews of two to three on texture-coated rigid-backing cladding for group-home builders, 30-40 homes a year",
                "Complete and lodge records of work for restricted building work with Christchurch City and Selwyn councils",
                "Install Rockcote and Resene Construction Systems to manufacturer specification, including flashings and control joints",
            ]),
            ("Plasterer", "Canterbury Solid Plaster Co.", "2018-02", "2021-07", [
                "Solid plaster and stucco on new builds and earthquake-repair re-cladding",
                "Completed BCITO plastering apprenticeship in 2021",
            ]),
        ],
        "skills": {"Systems": ["Rockcote", "Resene Construction Systems", "Texture-coated fibre cement", "Solid plaster over mesh"], "Site": ["Scaffold set-up", "Weathertightness detailing", "Record of work"]},
        "certs": [
            ("Licensed Building Practitioner - External Plastering licence class", "Building Practitioners Board (MBIE)", "2021-07"),
            ("Site Safe Passport", "Site Safe New Zealand", "2025-02"),
            ("Full NZ driver licence (Class 1)", "NZ Transport Agency Waka Kotahi", ""),
        ],
        "edu": [("Apprenticeship", "Plastering", "BCITO", "2021")],
        "unq": {
            "label": "Solid Plasterer & Cladding Applicator",
            "certs": [
                ("Site Safe Passport", "Site Safe New Zealand", "2025-02"),
                ("Full NZ driver licence (Class 1)", "NZ Transport Agency Waka Kotahi", ""),
            ],
            "summary": "Plasterer with eight years on texture-coated and solid plaster cladding in Canterbury; runs crews from backing board to final coat.",
        },
        "swaps": [("Complete and lodge records of work for restricted building work with Christchurch City and Selwyn councils", "Prepare job photos and checklists for the company's licensed supervisor, who signs the records of work")],
        "decisive": ("Licensed Building Practitioner (External Plastering class)", ["LBP", "Licensed Building Practitioner"], "licence level"),
    },
    {
        "id": "plasterer-fresh9-2",
        "occ": "plasterer",
        "title": "Plasterer / Stucco Applicator - Commercial",
        "company": "Foothills Wall Systems Inc.",
        "location": "Calgary, AB, Canada",
        "posting": """
foothills wall systems - now hiring plasterers for commercial & multi-family projects (calgary + area)

what you'll do:
- scratch/brown/finish coat stucco, EIFS base & mesh, acrylic finishes
- set up & work off scaffold and swing stage
- read drawings, keep your area clean & safe

what you need:
- 5+ yrs commercial plastering (stucco / EIFS) - req'd
- CSTS-2020 + fall protection ticket
- valid class 5 licence, reliable transportation to site
- own hand tools

we pay $34-$40/hr + benefits after 3 months. winter heating/hoarding work keeps the season going.
""",
        "name": "Marco Esposito",
        "label": "Stucco & EIFS Applicator",
        "summary": "Exterior plasterer on commercial and multi-family work in Calgary; stucco, EIFS and acrylic finishes, comfortable on swing stage.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Lead Stucco Applicator", "Prairie Exteriors Ltd.", "2022-11", "", [
                "Lead three-person crews on EIFS and three-coat stucco for four- to six-storey wood-frame apartments",
                "Apply acrylic and elastomeric finish coats; match textures on repairs",
                "Work from swing stage and frame scaffold; run daily hazard assessments",
            ]),
            ("Plasterer", "Chinook Stucco & Stone", "2019-04", "2022-10", [
                "Applied scratch, brown and finish coats on commercial plazas and townhouse projects",
                "Installed EIFS insulation board, base coat and mesh to manufacturer details",
            ]),
        ],
        "skills": {"Systems": ["Three-coat stucco", "EIFS", "Acrylic finishes", "Elastomeric coatings"], "Site": ["Swing stage", "Scaffold", "Drawing reading", "Winter hoarding"]},
        "certs": [
            ("Construction Safety Training System (CSTS-2020)", "Alberta Construction Safety Association", "2022-03"),
            ("Fall Protection", "Alberta Construction Safety Association", "2024-05"),
            ("Class 5 Driver's Licence", "Alberta Registries", ""),
        ],
        "edu": [("High School Diploma", "", "Bishop McNally High School", "2017")],
        "unq": {
            "work": [
                ("Lead Stucco Applicator", "Prairie Exteriors Ltd.", "2022-11", "", [
                    "Lead three-person crews on EIFS and three-coat stucco for four- to six-storey wood-frame apartments",
                    "Apply acrylic and elastomeric finish coats; match textures on repairs",
                    "Work from swing stage and frame scaffold; run daily hazard assessments",
                ]),
                ("Construction Labourer", "Chinook Stucco & Stone", "2019-04", "2022-10", [
                    "Mixed mortar and stucco, stocked scaffold and cleaned up for the plastering crews",
                    "Loaded and unloaded material deliveries; set up hoarding and heaters in winter",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("5+ years commercial plastering", ["years", "yrs"], "years"),
    },
    {
        "id": "instrumentation_technician-fresh9-1",
        "occ": "instrumentation_technician",
        "title": "Instrument Technician (Journeyperson) - Upgrader Maintenance",
        "company": "Athabasca Process Services Ltd.",
        "location": "Fort McMurray, AB, Canada",
        "posting": """
Athabasca Process Services provides maintenance crews to oil sands upgraders north of Fort McMurray. We are hiring Journeyperson Instrument Technicians for a 14/14 rotation (flights from Edmonton and Calgary, camp provided).

Responsibilities:
- Calibrate, troubleshoot and repair transmitters, analyzers, control valves and safety instrumented systems
- Work with operations on DCS loop checks (Honeywell Experion, DeltaV) and alarm investigations
- Complete work orders and calibration records in SAP PM
- Isolate and lock out equipment under the site permit system

Requirements:
- Alberta Journeyperson certificate in the Instrumentation and Control Technician trade (Red Seal endorsement preferred)
- H2S Alive and Standard First Aid (current)
- Valid Class 5 driver's licence
- Able to pass a site access drug and alcohol test

We offer rotation pay, a travel allowance, a full benefits package from day one and an RRSP match.
""",
        "name": "Dylan Okafor",
        "label": "Instrument Tech, Process Maintenance",
        "summary": "Instrument and controls technician on oil sands maintenance since 2019; transmitters, analyzers, control valves and SIS proof testing on Honeywell and DeltaV sites.",
        "where": ("Edmonton", "AB"),
        "country": "CA",
        "work": [
            ("Instrument Technician", "Muskeg River Upgrading Partnership", "2023-05", "", [
                "Calibrate and repair pressure, level and flow transmitters and gas analyzers on a 14/14 maintenance crew",
                "Carry out SIS proof tests and control-valve overhauls during turnarounds",
                "Troubleshoot loops with panel operators on Honeywell Experion; record work in SAP PM",
            ]),
            ("Instrumentation Apprentice", "Northern Controls Ltd.", "2019-09", "2023-04", [
                "Installed tubing, tray and field instruments on plant expansion projects",
                "Performed loop checks and commissioning on DeltaV under a certified technician",
            ]),
        ],
        "skills": {"Systems": ["Honeywell Experion", "DeltaV", "HART communicators", "SAP PM"], "Work": ["Calibration", "SIS proof testing", "Control valves", "Analyzers"]},
        "certs": [
            ("Journeyperson Certificate - Instrumentation and Control Technician, with Interprovincial Red Seal", "Alberta Apprenticeship and Industry Training", "2023-04"),
            ("H2S Alive", "Energy Safety Canada", "2025-01"),
            ("Standard First Aid with CPR Level C", "Canadian Red Cross", "2024-11"),
            ("Class 5 Driver's Licence", "Alberta Registries", ""),
        ],
        "edu": [("Apprenticeship technical training", "Instrumentation and Control Technician", "NAIT", "2023")],
        "unq": {
            "label": "Instrumentation Apprentice, Process Maintenance",
            "summary": "Fourth-period instrumentation and controls apprentice on oil sands maintenance since 2019; transmitters, analyzers, control valves and SIS proof testing on Honeywell and DeltaV sites.",
            "certs": [
                ("Apprenticeship record book - Instrumentation and Control Technician, 4th period", "Alberta Apprenticeship and Industry Training", "2025-09"),
                ("H2S Alive", "Energy Safety Canada", "2025-01"),
                ("Standard First Aid with CPR Level C", "Canadian Red Cross", "2024-11"),
                ("Class 5 Driver's Licence", "Alberta Registries", ""),
            ],
            "edu": [("Apprenticeship technical training (periods 1-3)", "Instrumentation and Control Technician", "NAIT", "")],
        },
        "swaps": [("\"position\": \"Instrument Technician\"", "\"position\": \"Instrumentation Apprentice (4th period)\"")],
        "decisive": ("Alberta Journeyperson Instrumentation and Control Technician certificate", ["journeyperson", "journeyman", "Red Seal"], "licence level"),
    },
    {
        "id": "instrumentation_technician-fresh9-2",
        "occ": "instrumentation_technician",
        "title": "Instrument Electrician - FIFO 2:1 (Gas Processing)",
        "company": "Ironbark Process Maintenance Pty Ltd",
        "location": "Karratha, WA, Australia (FIFO ex Perth)",
        "posting": """
Ironbark Process Maintenance holds the maintenance contract for an onshore gas processing plant on the Burrup Peninsula. We're after dual-trade Instrument Electricians for a permanent 2:1 FIFO roster out of Perth.

What you'll be doing
Fault-finding and repairing field instrumentation, control valves, fire and gas detection and LV electrical plant in a live gas facility. Most of the plant is classified, so Ex inspections and repairs are daily work.

What we're looking for
- Trade qualified electrician holding a current WA Electrical Worker's Licence
- Instrumentation experience in oil & gas, LNG or mining processing
- Current EEHA competencies (Electrical Equipment in Hazardous Areas - install, maintain and inspect)
- Working at Heights and Confined Space tickets
- Construction Induction (White Card) and a C class driver licence
- Pass a pre-employment medical and drug & alcohol screen

Roster 14/7, flights from Perth, site accommodation, 17.5% leave loading, salary packaging available.
""",
        "name": "Shaun McAllister",
        "label": "Electrical & Instrumentation Tradesperson",
        "summary": "Dual-trade E&I tradesperson with eight years in WA mining and gas processing; field instruments, control valves, F&G systems and Ex equipment.",
        "where": ("Perth", "WA"),
        "country": "AU",
        "work": [
            ("E&I Technician", "Dampier Gas Services", "2021-03", "", [
                "Maintain transmitters, analyzers, control valves and fire and gas detectors on a FIFO 2:1 roster",
                "Carry out detailed Ex inspections and rectify defects on classified plant",
                "Isolations and permit-to-work on live gas processing trains",
            ]),
            ("Electrician", "Goldfields Mining Electrical", "2018-02", "2021-02", [
                "LV maintenance and instrumentation on a gold processing plant near Kalgoorlie",
                "Calibrated weightometers, level and density instruments",
            ]),
        ],
        "skills": {"Trade": ["Field instrumentation", "Control valves", "Fire & gas systems", "LV electrical"], "Tools": ["HART communicator", "Fluke process calibrators", "SAP PM"]},
        "certs": [
            ("Electrical Worker's Licence (Western Australia)", "Building and Energy, Department of Energy, Mines, Industry Regulation and Safety", "2018-02"),
            ("Certificate IV in Hazardous Areas - Electrical (EEHA)", "North Metropolitan TAFE", "2021-09"),
            ("Working at Heights; Confined Space Entry", "Registered training organisation", "2025-04"),
            ("Construction Induction Card (White Card)", "WorkSafe WA", "2017-06"),
            ("C class driver licence", "Department of Transport WA", ""),
        ],
        "edu": [("Certificate III", "Electrotechnology Electrician", "South Metropolitan TAFE", "2018")],
        "unq": {
            "certs": [
                ("Electrical Worker's Licence (Western Australia)", "Building and Energy, Department of Energy, Mines, Industry Regulation and Safety", "2018-02"),
                ("Working at Heights; Confined Space Entry", "Registered training organisation", "2025-04"),
                ("Construction Induction Card (White Card)", "WorkSafe WA", "2017-06"),
                ("C class driver licence", "Department of Transport WA", ""),
            ],
            "summary": "Dual-trade E&I tradesperson with eight years in WA mining and gas processing; field instruments, control valves and F&G systems.",
        },
        "swaps": [("Carry out detailed Ex inspections and rectify defects on classified plant", "Assist the site's certified inspectors by isolating equipment and raising defect work orders")],
        "decisive": ("EEHA (hazardous areas) competencies", ["EEHA", "hazardous areas", "hazardous area"], "certificate"),
    },
    {
        "id": "ndt_technician-fresh9-1",
        "occ": "ndt_technician",
        "title": "NDT Level III (UT / RT) - Inspection Services",
        "company": "Gulf Integrity Inspection LLC",
        "location": "Abu Dhabi, United Arab Emirates",
        "posting": """
Gulf Integrity Inspection LLC is an ISO/IEC 17020 accredited inspection body serving oil & gas operators and EPC contractors in the UAE. We are expanding our pipeline and plant inspection division and are looking for an NDT Level III.

Key responsibilities
- Prepare, review and approve NDT procedures and techniques for UT, RT, MT and PT
- Maintain the company written practice per ASNT SNT-TC-1A; examine and certify Level I and II personnel
- Review radiographs and UT reports, resolve client queries and witness audits
- Support PAUT/TOFD and digital radiography projects

Requirements
- ASNT NDT Level III certificate, UT and RT mandatory (MT and PT an advantage)
- Minimum Bachelor's degree or Diploma in Mechanical / Metallurgical Engineering
- Experience with ASME V, ASME B31.3 and API 1104 acceptance criteria
- Valid UAE driving licence

Package: tax-free salary, housing and transport allowance, annual air ticket, medical insurance for family.
""",
        "name": "Vinod Menon",
        "label": "Senior NDT Engineer (UT/RT)",
        "summary": "NDT engineer with fourteen years in pipeline and plant inspection in India and the UAE; procedure writing, film interpretation and personnel qualification.",
        "where": ("Abu Dhabi", "Abu Dhabi"),
        "country": "AE",
        "work": [
            ("NDT Engineer, Procedures & Qualification", "Emirates Pipeline Inspection Co.", "2019-01", "", [
                "Write and approve UT, RT, MT and PT procedures to ASME V and API 1104 for pipeline and plant projects",
                "Run the SNT-TC-1A written practice; set and grade practical examinations for technicians",
                "Interpret radiographs and review PAUT/TOFD data on sour-service pipelines",
            ]),
            ("NDT Technician", "Coromandel Inspection Services", "2012-06", "2018-12", [
                "UT, RT and MT field inspection on refinery shutdowns in Gujarat and Tamil Nadu",
                "Film interpretation and report writing to ASME B31.3",
            ]),
        ],
        "skills": {"Methods": ["UT", "RT", "MT", "PT", "PAUT", "TOFD"], "Codes": ["ASME V", "ASME B31.3", "API 1104", "SNT-TC-1A"]},
        "certs": [
            ("ASNT NDT Level III - UT, RT, MT, PT", "American Society for Nondestructive Testing", "2021-10"),
            ("UAE driving licence (light vehicle)", "Abu Dhabi Police", ""),
        ],
        "edu": [("Bachelor of Engineering", "Mechanical Engineering", "Anna University", "2012")],
        "langs": [("English", "Fluent"), ("Malayalam", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "certs": [
                ("NDT Level II (SNT-TC-1A) - UT, RT, MT, PT", "Emirates Pipeline Inspection Co. (employer certification)", "2019-03"),
                ("UAE driving licence (light vehicle)", "Abu Dhabi Police", ""),
            ],
        },
        "swaps": [
            ("Write and approve UT, RT, MT and PT procedures", "Draft UT, RT, MT and PT procedures for the approver's review"),
            ("Run the SNT-TC-1A written practice; set and grade practical examinations for technicians", "Help administer the SNT-TC-1A written practice and prepare practical test pieces for technicians"),
        ],
        "decisive": ("ASNT NDT Level III", ["Level III", "Level 3"], "credential level"),
    },
    {
        "id": "ndt_technician-fresh9-2",
        "occ": "ndt_technician",
        "title": "NDT Technician - UT/MT Level II (Pipeline)",
        "company": "Lone Star Pipeline Inspection",
        "location": "Pasadena, TX",
        "posting": """
NDT Tech - UT/MT Level II | Lone Star Pipeline Inspection | Pasadena, TX (travel Gulf Coast)

Requirements:
- Level II UT (shear wave, thickness) and MT, certified to SNT-TC-1A
- 3+ yrs working as a Level II on pipeline, tank or plant work
- TWIC card
- Valid TX driver's license, clean MVR
- Able to work 12s, nights and weekends during turnarounds

Nice to have: PAUT experience, API 570/653 familiarity.

Per diem on travel jobs, company truck, medical/dental/vision, 401(k). EOE.
""",
        "name": "Cody Hargrove",
        "label": "Field NDT Technician",
        "summary": "Field NDT technician on Gulf Coast pipelines, tanks and refineries; shear-wave UT, thickness surveys and MT, with some PAUT. Clean MVR.",
        "where": ("Baytown", "TX"),
        "country": "US",
        "work": [
            ("NDT Technician II", "Gulf Coast Inspection Services", "2021-03", "", [
                "Shear-wave UT of girth welds and MT of fillet welds on pipeline tie-ins and station work",
                "Corrosion thickness surveys on refinery piping circuits and tank shells",
                "Write reports and sign as the Level II of record on daily inspection packages",
            ]),
            ("NDT Trainee / Level I", "Bayou NDT Services", "2019-06", "2021-02", [
                "Logged hours in UT and MT under Level II supervision; thickness readings on tank floors",
            ]),
        ],
        "skills": {"Methods": ["UT shear wave", "UT thickness", "MT", "PAUT (basic)"], "Equipment": ["Olympus EPOCH 650", "Yoke MT"]},
        "certs": [
            ("NDT Level II - UT and MT (SNT-TC-1A)", "Gulf Coast Inspection Services", "2021-03"),
            ("TWIC (Transportation Worker Identification Credential)", "TSA", "2024-02"),
            ("Texas Class C driver's license", "Texas DPS", ""),
        ],
        "edu": [("Certificate", "Nondestructive Testing Technology", "Lee College", "2019")],
        "unq": {
            "work": [
                ("NDT Technician II", "Gulf Coast Inspection Services", "2024-11", "", [
                    "Shear-wave UT of girth welds and MT of fillet welds on pipeline tie-ins and station work",
                    "Corrosion thickness surveys on refinery piping circuits and tank shells",
                    "Write reports and sign as the Level II of record on daily inspection packages",
                ]),
                ("NDT Technician I", "Gulf Coast Inspection Services", "2021-03", "2024-10", [
                    "Thickness readings and MT under a Level II; set up scanners and calibration blocks",
                ]),
                ("NDT Trainee", "Bayou NDT Services", "2019-06", "2021-02", [
                    "Logged hours in UT and MT under Level II supervision; thickness readings on tank floors",
                ]),
            ],
            "certs": [
                ("NDT Level II - UT and MT (SNT-TC-1A)", "Gulf Coast Inspection Services", "2024-11"),
                ("TWIC (Transportation Worker Identification Credential)", "TSA", "2024-02"),
                ("Texas Class C driver's license", "Texas DPS", ""),
            ],
        },
        "swaps": [],
        "decisive": ("3+ years as a Level II UT/MT", ["years", "yrs"], "years"),
    },
]
