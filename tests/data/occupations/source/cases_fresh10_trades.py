"""Fresh10 set, trades: rigger, rope access technician, commercial diver, telecommunications cabler."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "rigger-fresh10-1",
        "occ": "rigger",
        "title": "Intermediate Rigger - Shutdowns (FIFO Pilbara)",
        "company": "Monadelphous",
        "location": "Port Hedland, WA, Australia (FIFO ex Perth)",
        "posting": """
INTERMEDIATE RIGGERS - PILBARA SHUTDOWNS
2:1 and 14:14 swings available | FIFO ex Perth | Immediate starts

Monadelphous Maintenance is after experienced riggers for planned shutdowns on iron ore processing plants and port facilities around Port Hedland. Scope incl. screen and chute change-outs, conveyor pulley and gearbox swaps, tandem crane lifts and structural replacements.

MUST HAVE
- HRWL Intermediate Rigging (RI) - non-negotiable, RB only will not be considered
- Dogging included on your HRWL
- Working at Heights + Confined Space tickets
- Construction Induction (White Card)
- Min 2 yrs shutdown / major maintenance experience on mine sites or ports
- C class licence
- Able to pass pre-employment medical and D&A screen

NICE TO HAVE
- EWP (WP) ticket, gas test atmospheres, Rio Tinto or BHP site inductions

Apply with your CV and copies of tickets. Monadelphous is an equal opportunity employer; Aboriginal and Torres Strait Islander people are encouraged to apply.
""",
        "name": "Brodie Walsh",
        "label": "Rigger - Shutdowns and Maintenance",
        "summary": "Rigger with six years on iron ore and port shutdowns and three years before that as a dogman and rigger on structural steel fabrication and module load-out.",
        "where": ("Rockingham", "WA"),
        "country": "AU",
        "work": [
            ("Shutdown Rigger", "Downer - Mining and Resources (Pilbara iron ore)", "2020-03", "", [
                "Rig and sling for screen, chute and conveyor pulley change-outs during 7- and 10-day plant shutdowns",
                "Plan and rig dual crane lifts with 100 t and 220 t mobile cranes on car dumper and stacker-reclaimer work",
                "Complete lift plans, JHAs and permits to work; inspect and tag lifting gear",
            ]),
            ("Dogman / Rigger", "Civmec Construction and Engineering, Henderson", "2017-05", "2020-02", [
                "Dogging and rigging for structural steel erection, module load-out and barge loading",
                "Directed crane operators on blind lifts with radio communication",
            ]),
        ],
        "skills": {"Rigging": ["Dual crane lifts", "Lift planning", "Lifting gear inspection", "Chain blocks and lever hoists", "Conveyor change-outs"]},
        "certs": [
            ("High Risk Work Licence - classes DG, RB, RI", "WorkSafe WA", "2019-08"),
            ("Work safely at heights (RIIWHS204E)", "RTO: Saferight", "2024-02"),
            ("Enter and work in confined spaces (RIIWHS202E)", "RTO: Saferight", "2024-02"),
            ("Construction Induction (White Card)", "WorkSafe WA", "2017-03"),
            ("WA Driver's Licence (Class C)", "Department of Transport WA", ""),
        ],
        "edu": [],
        "unq": {
            "certs": [
                ("High Risk Work Licence - classes DG, RB", "WorkSafe WA", "2018-06"),
                ("Work safely at heights (RIIWHS204E)", "RTO: Saferight", "2024-02"),
                ("Enter and work in confined spaces (RIIWHS202E)", "RTO: Saferight", "2024-02"),
                ("Construction Induction (White Card)", "WorkSafe WA", "2017-03"),
                ("WA Driver's Licence (Class C)", "Department of Transport WA", ""),
            ],
        },
        "swaps": [("Plan and rig dual crane lifts with 100 t and 220 t mobile cranes on car dumper and stacker-reclaimer work", "Sling and dog loads for single crane lifts with 100 t mobile cranes on car dumper and stacker-reclaimer work")],
        "decisive": ("High Risk Work Licence, Intermediate Rigging (RI)", ["RI", "Intermediate Rigging"], "licence level"),
    },
    {
        "id": "rigger-fresh10-2",
        "occ": "rigger",
        "title": "Rigger - Collins Class Submarine Sustainment",
        "company": "ASC Pty Ltd",
        "location": "Osborne, SA, Australia",
        "posting": """
ASC is Australia's submarine company, sustaining the Collins Class fleet at Osborne and Henderson. We are seeking a Rigger to join our Full Cycle Docking team at Osborne.

In this role you will plan and carry out lifts of submarine equipment, batteries and hull sections in confined and congested areas, set up and inspect lifting gear, and work closely with crane operators, fitters and naval engineers.

To be successful you will have:
- Australian citizenship and a current NV1 (Negative Vetting Level 1) security clearance. Because of the classified nature of the work we can only consider applicants who already hold an active NV1; Baseline holders cannot be placed on this team while an upgrade is processed.
- High Risk Work Licence with Dogging and Basic Rigging as a minimum (Intermediate Rigging preferred)
- Experience rigging in confined spaces, ideally in shipbuilding, defence or heavy engineering
- Current driver's licence

ASC offers a 9-day fortnight, salary continuance insurance and ongoing training. We are committed to a diverse and inclusive workforce.
""",
        "name": "Liam Kostas",
        "label": "Rigger, Naval Shipbuilding",
        "summary": "Australian citizen. Rigger with ten years in heavy engineering and naval shipbuilding; confined-space lifts, block moves and equipment installation on a defence shipyard.",
        "where": ("Port Adelaide", "SA"),
        "country": "AU",
        "work": [
            ("Rigger", "BAE Systems Maritime Australia - Osborne Naval Shipyard", "2021-06", "", [
                "Rig and install machinery and pipe spools inside hull blocks for the Hunter Class frigate program",
                "Plan lifts in congested compartments using chain blocks, beam trolleys and padeyes",
                "Inspect and tag lifting equipment; brief crane operators and dogmen before each lift",
            ]),
            ("Rigger / Dogman", "Ottoway Engineering, Wingfield", "2016-02", "2021-05", [
                "Dogging and rigging for structural steel, pressure vessels and modules in the fabrication yard",
                "Load-out of oversize modules to trailers and barges",
            ]),
        ],
        "skills": {"Rigging": ["Confined space lifts", "Chain blocks and beam trolleys", "Lift planning", "Lifting gear inspection", "Defence security procedures"]},
        "certs": [
            ("Australian Government security clearance - Negative Vetting Level 1 (NV1), active, AGSVA", "AGSVA", "2021-09"),
            ("High Risk Work Licence - classes DG, RB, RI", "SafeWork SA", "2018-04"),
            ("Confined space entry (RIIWHS202E)", "RTO: TAFE SA", "2023-07"),
            ("South Australian Driver's Licence (Class C)", "Department for Infrastructure and Transport SA", ""),
        ],
        "edu": [],
        "langs": [("English", "Native speaker"), ("Greek", "Conversational")],
        "unq": {
            "certs": [
                ("Australian Government security clearance - Baseline, active, AGSVA", "AGSVA", "2021-08"),
                ("High Risk Work Licence - classes DG, RB, RI", "SafeWork SA", "2018-04"),
                ("Confined space entry (RIIWHS202E)", "RTO: TAFE SA", "2023-07"),
                ("South Australian Driver's Licence (Class C)", "Department for Infrastructure and Transport SA", ""),
            ],
        },
        "decisive": ("Active NV1 (Negative Vetting Level 1) security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "rope_access_technician-fresh10-1",
        "occ": "rope_access_technician",
        "title": "IRATA Level 2 Rope Access Technician - Fabric Maintenance (North Sea)",
        "company": "Altrad",
        "location": "Aberdeen, Scotland, UK (offshore, 3 on / 3 off)",
        "posting": """
Altrad is recruiting Rope Access Technicians for fabric maintenance campaigns on Central and Northern North Sea platforms. Work includes surface preparation, coating application and inspection support on jackets, flare booms and module walls, working in teams under a Level 3 supervisor.

Requirements:
- Current IRATA Level 2 certification (minimum - Level 1 technicians are not being recruited for this campaign)
- Valid OEUK offshore medical
- BOSIET/FOET with CA-EBS, plus MIST
- Blasting and coating experience; ICATS or equivalent trade card desirable
- Logbook to be presented at mobilisation

Rotation: 3/3 with day rate, flights from Aberdeen covered. Altrad is an equal opportunities employer.
""",
        "name": "Craig Milne",
        "label": "Rope Access Technician - Offshore Fabric Maintenance",
        "summary": "Offshore rope access technician with five years on North Sea platforms doing blasting, painting and inspection support; rescue cover and rigging for the team.",
        "where": ("Peterhead", "Aberdeenshire"),
        "country": "GB",
        "work": [
            ("Rope Access Technician (Fabric Maintenance)", "Petrofac Facilities Management - Northern North Sea", "2021-09", "", [
                "Grit blasting, surface preparation and multi-coat paint systems on jacket legs, flare booms and module walls",
                "Rig re-anchors, deviations and hauling systems, and provide rope rescue cover for the team",
                "Assist NDT technicians with access for close visual and UT inspections",
            ]),
            ("Industrial Painter / Blaster", "Wood Group - onshore fabrication yard, Aberdeen", "2017-04", "2021-08", [
                "Blasting and coating of structural steel, pipework and skids to NORSOK M-501",
            ]),
        ],
        "skills": {"Rope access": ["Rope rescue", "Rigging for rescue and hauling", "Re-anchors and deviations"], "Trade": ["Grit blasting", "Airless spraying", "NORSOK M-501 coating systems"]},
        "certs": [
            ("IRATA Level 2 Rope Access Technician (valid to 2027-05)", "IRATA International", "2024-05"),
            ("OEUK Offshore Medical (valid to 2027-01)", "Offshore Energies UK", "2025-01"),
            ("BOSIET with CA-EBS", "OPITO", "2024-10"),
            ("Minimum Industry Safety Training (MIST)", "OPITO", "2021-08"),
            ("ICATS Industrial Coating Applicator", "ICATS", "2019-06"),
        ],
        "edu": [],
        "unq": {
            "summary": "Offshore rope access technician with five years on North Sea platforms doing blasting, painting and inspection support under supervision.",
            "skills": {"Rope access": ["Ascending and descending", "Rope-to-rope transfers", "Rescue in descent"], "Trade": ["Grit blasting", "Airless spraying", "NORSOK M-501 coating systems"]},
            "certs": [
                ("IRATA Level 1 Rope Access Technician (valid to 2027-05)", "IRATA International", "2024-05"),
                ("OEUK Offshore Medical (valid to 2027-01)", "Offshore Energies UK", "2025-01"),
                ("BOSIET with CA-EBS", "OPITO", "2024-10"),
                ("Minimum Industry Safety Training (MIST)", "OPITO", "2021-08"),
                ("ICATS Industrial Coating Applicator", "ICATS", "2019-06"),
            ],
        },
        "swaps": [("Rig re-anchors, deviations and hauling systems, and provide rope rescue cover for the team", "Work on lines rigged by the Level 3 supervisor and assist with rescue drills")],
        "decisive": ("IRATA Level 2 rope access certification", ["Level 2", "L2"], "credential level"),
    },
    {
        "id": "rope_access_technician-fresh10-2",
        "occ": "rope_access_technician",
        "title": "Industriekletterer / Rope Access Rotor Blade Technician (m/w/d) - Offshore Wind",
        "company": "Deutsche Windtechnik",
        "location": "Bremen, Germany",
        "posting": """
Rope Access Rotor Blade Technician (m/w/d) - Offshore Wind, North Sea & Baltic
Full time, campaign-based offshore work, Bremen base

Your tasks
- Inspection and repair of rotor blades on offshore turbines using rope access
- Laminating, filling and grinding of GRP/CFRP, leading edge protection (LEP) repairs
- Documentation of damage and repairs in our digital reporting tool

Your profile
- IRATA Level 2 or FISAT Level 2 (Industriekletterer Level 2)
- min. 3 years' experience in rotor blade repair (composite repairs on installed blades, not production)
- Valid GWO BST incl. Sea Survival
- Valid G41 medical (Arbeiten mit Absturzgefahr) and offshore medical
- German (min. B1) and good English

We offer: offshore allowances, permanent contract, further training (e.g. IRATA Level 3, GWO BTT). We look forward to receiving your application - regardless of gender, nationality, ethnic and social origin, religion, disability, age or sexual identity.
""",
        "name": "Mateusz Nowak",
        "label": "Rope Access Technician - Rotor Blade Service",
        "summary": "IRATA Level 2 technician with seven years of rotor blade inspection and repair on onshore and offshore wind turbines; composite laminating, LEP and lightning protection repairs.",
        "where": ("Bremerhaven", "Bremen"),
        "country": "DE",
        "work": [
            ("Rope Access Blade Technician (offshore)", "Availon GmbH", "2023-07", "", [
                "Inspect and repair blades on offshore turbines in the German Bight from rope access",
                "Leading edge protection repairs, filler and coating systems, lightning receptor replacement",
                "Record damage categories and repair steps in the client's blade inspection database",
            ]),
            ("Rotorblatt-Servicetechniker (Rotor Blade Service Technician)", "BayWa r.e. Rotor Service GmbH", "2019-04", "2023-06", [
                "Composite repairs on installed blades: grinding, wet laminating and vacuum-bagged glass fibre repairs",
                "Worked from rope access and blade platforms on onshore turbines across Germany and Denmark",
            ]),
            ("Boatbuilder (GRP)", "Bavaria Yachtbau, Giebelstadt", "2016-09", "2019-03", [
                "Hand lay-up and infusion of GRP hulls and decks",
            ]),
        ],
        "skills": {"Technical": ["GRP/CFRP laminating", "Leading edge protection (LEP)", "Blade damage categorisation", "Lightning protection system repair"], "Access": ["Rope access", "Rope rescue"]},
        "certs": [
            ("IRATA Level 2 Rope Access Technician (valid to 2027-09)", "IRATA International", "2024-09"),
            ("GWO Basic Safety Training: First Aid, Manual Handling, Fire Awareness, Working at Heights, Sea Survival", "Global Wind Organisation (WINDA)", "2025-03"),
            ("G41 arbeitsmedizinische Vorsorge (work at height) - valid", "Betriebsarzt", "2025-05"),
            ("Offshore medical (valid to 2027-02)", "Offshore-Tauglichkeitsuntersuchung", "2025-02"),
        ],
        "edu": [],
        "langs": [("Polish", "Native speaker"), ("German", "B2"), ("English", "C1")],
        "unq": {
            "summary": "IRATA Level 2 technician with five years of building and facade rope access work and two years of rotor blade inspection and repair on offshore wind turbines.",
            "work": [
                ("Rope Access Blade Technician (offshore)", "Availon GmbH", "2024-10", "", [
                    "Inspect and repair blades on offshore turbines in the German Bight from rope access",
                    "Leading edge protection repairs, filler and coating systems, lightning receptor replacement",
                    "Record damage categories and repair steps in the client's blade inspection database",
                ]),
                ("Industriekletterer (Rope Access Technician), Building and Facade Services", "Hoehenarbeiten Nord GmbH, Hamburg", "2019-04", "2024-09", [
                    "Facade cleaning, glazing replacement and sealant repairs on high-rise buildings",
                    "Installation of bird protection nets and fall protection anchors",
                ]),
                ("Boatbuilder (GRP)", "Bavaria Yachtbau, Giebelstadt", "2016-09", "2019-03", [
                    "Hand lay-up and infusion of GRP hulls and decks",
                ]),
            ],
        },
        "decisive": ("Three years of rotor blade repair experience", ["years", "yrs"], "years"),
    },
    {
        "id": "commercial_diver-fresh10-1",
        "occ": "commercial_diver",
        "title": "Commercial Diver (Inshore) - Surface Supplied",
        "company": "Briggs Marine",
        "location": "Burntisland, Fife, Scotland, UK",
        "posting": """
Briggs Marine's diving division carries out inshore civil engineering, harbour and renewables diving around the UK coast. We are looking for surface supplied divers to join our core team on a permanent basis.

The role: underwater inspection, maintenance and construction on quay walls, outfalls, intakes and moorings; burning and cutting, hydraulic tools, concrete bagging and survey support; working as part of a dive team under the diving supervisor.

Requirements
- HSE Surface Supplied diving qualification (or an HSE-accepted equivalent such as the pre-1998 HSE Part I). HSE SCUBA-only divers will not be considered - all of our diving is surface supplied
- In-date HSE certificate of medical fitness to dive
- First Aid at Work
- At least 3 years' commercial diving experience with a logbook
- Full UK driving licence
- Experience with KM helmets, hot water suits and Broco cutting is an advantage

Permanent contract, day rates for site work, company pension. Briggs Marine is an equal opportunities employer.
""",
        "name": "Ross McAllister",
        "label": "Commercial Diver",
        "summary": "Inshore commercial diver with seven years of logged diving on harbour, outfall and renewables projects; helmet diving with hydraulic tools, burning and concrete works.",
        "where": ("Kirkcaldy", "Fife"),
        "country": "GB",
        "work": [
            ("Commercial Diver / Tender", "Aqua Marine Services (Inshore) Ltd, Leith", "2021-04", "", [
                "Surface supplied air diving to 30 m from KM37 helmets on quay wall repairs, outfall inspections and scour protection",
                "Hydraulic breaker, grinder and Broco thermic cutting; grout bag and concrete formwork placement",
                "Standby diver, tender and LARS operator on rotation",
            ]),
            ("Diver", "Scottish Sea Farms - diving team", "2019-06", "2021-03", [
                "SCUBA inspection and repair of salmon pen nets and moorings, logged in the HSE diver logbook",
            ]),
        ],
        "skills": {"Diving": ["KM37 helmet", "Hot water suit", "Broco thermic cutting", "Hydraulic tools", "Underwater video inspection"]},
        "certs": [
            ("HSE Surface Supplied diving qualification", "Health and Safety Executive", "2021-02"),
            ("HSE SCUBA diving qualification", "Health and Safety Executive", "2019-04"),
            ("HSE Certificate of Medical Fitness to Dive (valid to 2027-04)", "HSE Approved Medical Examiner of Divers", "2026-04"),
            ("First Aid at Work (3 day)", "St John Ambulance", "2025-01"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [],
        "unq": {
            "summary": "Inshore commercial diver with seven years of logged diving on aquaculture, harbour and survey projects; SCUBA inspection, net repair and light underwater tasks.",
            "work": [
                ("Commercial Diver (SCUBA) / Tender", "Aqua Marine Services (Inshore) Ltd, Leith", "2021-04", "", [
                    "SCUBA diving to 30 m on hull inspections, mooring checks and underwater video surveys",
                    "Light underwater work with hand tools; recovery of survey equipment",
                    "Tender and boat crew on rotation",
                ]),
                ("Diver", "Scottish Sea Farms - diving team", "2019-06", "2021-03", [
                    "SCUBA inspection and repair of salmon pen nets and moorings, logged in the HSE diver logbook",
                ]),
            ],
            "skills": {"Diving": ["SCUBA", "Full-face mask", "Net repair", "Hand tools", "Underwater video inspection"]},
            "certs": [
                ("HSE SCUBA diving qualification", "Health and Safety Executive", "2019-04"),
                ("HSE Certificate of Medical Fitness to Dive (valid to 2027-04)", "HSE Approved Medical Examiner of Divers", "2026-04"),
                ("First Aid at Work (3 day)", "St John Ambulance", "2025-01"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("HSE Surface Supplied diving qualification", ["Surface Supplied", "surface-supplied"], "credential level"),
    },
    {
        "id": "commercial_diver-fresh10-2",
        "occ": "commercial_diver",
        "title": "Class II Commercial Diver - Inspection and Maintenance",
        "company": "Subtech Group",
        "location": "Durban, KwaZulu-Natal, South Africa",
        "posting": """
Subtech is looking for Class II divers for port, jetty and vessel work along the KZN coast and at Richards Bay.

Job requirements
* Registered with the Department of Employment and Labour as a Class II commercial diver (surface supplied air, 50 m)
* CSWIP 3.1U Diver Inspector certification - required, as the role includes pile, jetty and hull inspections (CP readings, UT thickness, MPI)
* Valid diving medical from a SAUHMA-registered medical examiner
* First Aid Level 1 or higher
* Minimum 3 years' diving experience after registration
* Valid Code B/EB driver's licence
* SA citizen or valid work permit

Salary market related plus diving allowances. Subtech is an equal opportunity employer and encourages applications from designated groups.
""",
        "name": "Sipho Dlamini",
        "label": "Commercial Diver (Class II)",
        "summary": "South African citizen. Class II commercial diver with eight years of port, jetty and ship husbandry diving in Durban and Richards Bay; underwater inspection, cleaning and repair.",
        "where": ("Durban", "KwaZulu-Natal"),
        "country": "ZA",
        "work": [
            ("Commercial Diver (Class II) / Inspection Diver", "Marine Diving Services (Pty) Ltd, Durban", "2020-02", "", [
                "Surface supplied air diving on quay walls, jetty piles and vessel hulls in Durban and Richards Bay",
                "Underwater inspections: cathodic protection readings, UT wall thickness and MPI on welds, with video to topside",
                "Hull cleaning, propeller polishing and blanking of sea chests",
            ]),
            ("Commercial Diver (Class II)", "Dredging and Marine Contractors, Richards Bay", "2018-06", "2020-01", [
                "Underwater construction support: formwork, grout bags and cutting",
            ]),
        ],
        "skills": {"Diving": ["Surface supplied air diving", "KMB 18 band mask", "Hull cleaning", "Underwater cutting"], "Inspection": ["Cathodic protection readings", "Ultrasonic thickness gauging", "Magnetic particle inspection"]},
        "certs": [
            ("Class II Commercial Diver, registered with the Department of Employment and Labour since 2018 (current card valid to 2028-05)", "Department of Employment and Labour", "2018-05"),
            ("CSWIP 3.1U Diver Inspector", "TWI Certification Ltd", "2022-08"),
            ("Diving medical - SAUHMA-registered examiner (valid to 2027-02)", "SAUHMA", "2026-02"),
            ("First Aid Level 2", "St John South Africa", "2025-09"),
            ("Driver's licence Code B", "Department of Transport", ""),
        ],
        "edu": [("National Senior Certificate", "", "Umlazi Comtech High School", "2015")],
        "langs": [("isiZulu", "Native speaker"), ("English", "Fluent")],
        "unq": {
            "summary": "South African citizen. Class II commercial diver with eight years of port, jetty and ship husbandry diving in Durban and Richards Bay; underwater cleaning, construction and repair.",
            "skills": {"Diving": ["Surface supplied air diving", "KMB 18 band mask", "Hull cleaning", "Underwater cutting"], "Underwater works": ["Formwork and grout bags", "Sea chest blanking", "Underwater video for topside"]},
            "certs": [
                ("Class II Commercial Diver, registered with the Department of Employment and Labour since 2018 (current card valid to 2028-05)", "Department of Employment and Labour", "2018-05"),
                ("Diving medical - SAUHMA-registered examiner (valid to 2027-02)", "SAUHMA", "2026-02"),
                ("First Aid Level 2", "St John South Africa", "2025-09"),
                ("Driver's licence Code B", "Department of Transport", ""),
            ],
        },
        "swaps": [
            ("Commercial Diver (Class II) / Inspection Diver", "Commercial Diver (Class II)"),
            ("Underwater inspections: cathodic protection readings, UT wall thickness and MPI on welds, with video to topside", "Underwater video of quay walls and piles for the client's engineers; debris removal"),
        ],
        "decisive": ("CSWIP 3.1U Diver Inspector certification", ["CSWIP", "3.1U", "Diver Inspector"], "certificate"),
    },
    {
        "id": "telecommunications_cabler-fresh10-1",
        "occ": "telecommunications_cabler",
        "title": "Data Cabler / Structured Cabling Technician",
        "company": "Service Stream",
        "location": "Parramatta, NSW, Australia",
        "posting": """
Data Cabler - commercial projects, Western Sydney. Full time, company ute + fuel card.

What you'll do: install, terminate and certify Cat6/Cat6A and fibre backbone in office fit-outs, schools and hospitals; build and dress comms racks; patching and as-builts.

What you'll bring
- Current ACMA Open cabling registration (Open registration is required - our work is in commercial premises, so Restricted registration is not suitable)
- Structured cabling competency; optical fibre competency highly regarded
- 2+ years' cabling experience (commercial preferred)
- Construction Induction (White Card)
- NSW driver licence
- Cert III in Telecommunications Technology, Fluke DSX certification testing and EWP ticket all highly regarded

We're an equal opportunity employer and welcome applications from Aboriginal and Torres Strait Islander peoples, women and veterans.
""",
        "name": "Nathan Tran",
        "label": "Registered Cabler - Commercial Data",
        "summary": "Registered cabler with six years in data and voice cabling; commercial fit-outs, comms rooms and certification testing after two years of residential and small office installs.",
        "where": ("Blacktown", "NSW"),
        "country": "AU",
        "work": [
            ("Data Cabler - Commercial Projects", "Metro Data Cabling Pty Ltd, Sydney", "2022-07", "", [
                "Install and terminate Cat6A horizontal cabling for office fit-outs of up to 600 outlets",
                "Build and dress 42RU comms racks; patch and label to AS/CA S009 and client standards",
                "Certify links with a Fluke DSX-8000 and hand over test reports and as-builts",
            ]),
            ("Cabling Technician", "Connect Home Communications, Penrith", "2020-06", "2022-06", [
                "Residential and small office data points, phone lines and TV outlets",
            ]),
        ],
        "skills": {"Cabling": ["Cat6/Cat6A", "Comms rack builds", "Fluke DSX certification testing", "AS/CA S009 Wiring Rules"]},
        "certs": [
            ("ACMA Open Cabling Registration (structured and optical fibre competencies) - ACRS", "Australian Cabler Registration Service", "2022-05"),
            ("Certificate III in Telecommunications Technology", "TAFE NSW", "2022-04"),
            ("Construction Induction (White Card)", "SafeWork NSW", "2020-05"),
            ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
        ],
        "edu": [],
        "langs": [("English", "Fluent"), ("Vietnamese", "Native speaker")],
        "unq": {
            "label": "Registered Cabler - Residential and Small Business",
            "summary": "Registered cabler with six years in data and voice cabling for homes and small businesses; data points, phone lines and small comms cabinets.",
            "work": [
                ("Cabling Technician - Residential and Small Business", "Metro Data Cabling Pty Ltd, Sydney", "2022-07", "", [
                    "Install and terminate Cat6 data points in homes, shops and small offices",
                    "Mount and patch small wall-mount comms cabinets and NBN connection boxes",
                    "Test links with a cable verifier and label outlets",
                ]),
                ("Cabling Technician", "Connect Home Communications, Penrith", "2020-06", "2022-06", [
                    "Residential and small office data points, phone lines and TV outlets",
                ]),
            ],
            "skills": {"Cabling": ["Cat6", "Small wall-mount cabinets", "Cable verification testing", "AS/CA S009 Wiring Rules"]},
            "certs": [
                ("ACMA Restricted Cabling Registration (structured cabling competency) - TITAB", "TITAB Australia", "2020-05"),
                ("Certificate II in Telecommunications Cabling", "TAFE NSW", "2020-04"),
                ("Construction Induction (White Card)", "SafeWork NSW", "2020-05"),
                ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
            ],
        },
        "decisive": ("ACMA Open cabling registration", ["Open registration", "Open cabling registration", "Open cabler"], "licence level"),
    },
    {
        "id": "telecommunications_cabler-fresh10-2",
        "occ": "telecommunications_cabler",
        "title": "Registered Cabler - Fibre and Structured Cabling",
        "company": "Downer Group",
        "location": "Brisbane, QLD, Australia",
        "posting": """
Downer's Telecommunications business is hiring registered cablers for campus and building fibre projects across South East Queensland (hospitals, universities, data halls).

Key requirements
- ACMA Open registration with the structured cabling and optical fibre endorsements. Under the Cabling Provider Rules you cannot install or terminate customer fibre without the optical fibre endorsement, so this is mandatory.
- 2+ years as a registered cabler on commercial sites
- White Card and Working at Heights
- Current QLD C class driver licence
- Fusion splicing and OTDR testing experience is highly regarded - full training on our splicers is provided

Benefits: overtime, tool allowance, company vehicle for leading hands, career pathways into project supervision. Downer is an equal opportunity employer.
""",
        "name": "Kieran O'Shea",
        "label": "Registered Cabler",
        "summary": "Registered cabler with seven years on commercial and campus projects; backbone and horizontal cabling, comms rooms, splicing and testing.",
        "where": ("Logan", "QLD"),
        "country": "AU",
        "work": [
            ("Leading Hand Cabler", "Fredon Technology, Brisbane", "2022-02", "", [
                "Install and terminate Cat6A and OM4/OS2 backbone for hospital and university buildings",
                "Fusion splice and terminate pigtails in 1RU and 4RU patch panels; OTDR and loss testing with VIAVI",
                "Run a crew of three cablers and apprentices on multi-level fit-outs",
            ]),
            ("Data Cabler", "Quantum Cabling Solutions, Gold Coast", "2019-08", "2022-01", [
                "Commercial office, school and retail fit-outs; Cat6 installation, rack builds and Fluke certification",
            ]),
        ],
        "skills": {"Cabling": ["Cat6A", "Fusion splicing (Fujikura 70S)", "OTDR and insertion loss testing", "Comms rack builds", "AS/CA S009 Wiring Rules"]},
        "certs": [
            ("ACMA Open Cabling Registration - endorsements: structured, optical fibre, coaxial (ACRS)", "Australian Cabler Registration Service", "2019-07"),
            ("Construction Induction (White Card)", "WorkSafe Queensland", "2019-06"),
            ("Work safely at heights (RIIWHS204E)", "RTO: Construction Training Queensland", "2024-08"),
            ("Queensland Driver Licence (Class C)", "Queensland Department of Transport and Main Roads", ""),
        ],
        "edu": [("Certificate III", "Telecommunications Technology", "TAFE Queensland", "2019")],
        "unq": {
            "summary": "Registered cabler with seven years on commercial and campus projects; copper backbone and horizontal cabling, comms rooms and testing.",
            "work": [
                ("Leading Hand Cabler", "Fredon Technology, Brisbane", "2022-02", "", [
                    "Install and terminate Cat6A horizontal and copper backbone cabling for hospital and university buildings",
                    "Build and dress comms racks; certification testing with a Fluke DSX",
                    "Run a crew of three cablers and apprentices on multi-level fit-outs",
                ]),
                ("Data Cabler", "Quantum Cabling Solutions, Gold Coast", "2019-08", "2022-01", [
                    "Commercial office, school and retail fit-outs; Cat6 installation, rack builds and Fluke certification",
                ]),
            ],
            "skills": {"Cabling": ["Cat6A", "Copper backbone", "Fluke DSX certification testing", "Comms rack builds", "AS/CA S009 Wiring Rules"]},
            "certs": [
                ("ACMA Open Cabling Registration - endorsements: structured, coaxial (ACRS)", "Australian Cabler Registration Service", "2019-07"),
                ("Construction Induction (White Card)", "WorkSafe Queensland", "2019-06"),
                ("Work safely at heights (RIIWHS204E)", "RTO: Construction Training Queensland", "2024-08"),
                ("Queensland Driver Licence (Class C)", "Queensland Department of Transport and Main Roads", ""),
            ],
        },
        "decisive": ("Optical fibre endorsement on the ACMA cabling registration", ["optical fibre", "fibre endorsement", "optical-fibre"], "endorsement"),
    },
]
