"""Fresh13 set (writer a), trades and construction: architect, structural engineer, energy assessor, insulator, building services engineer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "architect-fresh13-1",
        "occ": "architect",
        "title": "Project Architect - Residential & Mixed Use",
        "company": "Allies and Morrison",
        "location": "London, UK",
        "posting": """
We are looking for a Project Architect to join one of our housing teams working on large mixed-use regeneration schemes in London.

You will run projects day to day from RIBA Stage 2 through to Stage 5, coordinate consultant teams, prepare planning and Building Regulations packages, and take responsibility for technical design.

Requirements
- ARB-registered architect (registration with the Architects Registration Board is a condition of the role)
- At least five years' post-qualification experience, with completed residential or mixed-use projects
- Strong Revit skills and sound technical design knowledge
- Excellent communication with clients, contractors and planners

We offer hybrid working, a profit share scheme and paid RIBA CPD.
""",
        "name": "Siobhan Keane",
        "label": "Architect",
        "summary": "Architect with nine years on housing-led and mixed-use projects from concept to completion, most recently as job runner on a 320-home regeneration scheme.",
        "where": ("London", ""),
        "country": "GB",
        "work": [
            ("Senior Architect", "Levitt Bernstein", "2021-03", "", [
                "Job runner for a 320-home estate regeneration from Stage 3 to Stage 5, including the Gateway 2 submission",
                "Coordinate structure, MEP and fire consultants through a federated Revit model",
                "Lead the technical design of a 14-storey residential block under the current Approved Document B",
            ]),
            ("Architect", "Pollard Thomas Edwards", "2017-09", "2021-02", [
                "Delivered two mixed-tenure housing schemes in east London through planning and construction",
                "Prepared planning applications and discharged conditions with London boroughs",
            ]),
        ],
        "skills": {"Design": ["Residential and mixed-use design", "Technical design", "Building Regulations", "Planning applications"], "Software": ["Revit", "AutoCAD", "Enscape"]},
        "certs": [
            ("Registered Architect - Architects Registration Board (ARB)", "ARB", "2017-07"),
            ("Chartered Member, Royal Institute of British Architects (RIBA)", "RIBA", "2017-09"),
        ],
        "edu": [
            ("Professional Practice (Part 3)", "Architecture", "University of Westminster", "2017"),
            ("Master of Architecture (Part 2)", "Architecture", "University College Dublin", "2014"),
        ],
        "unq": {
            "summary": "Architect with nine years on housing-led and mixed-use projects from concept to completion in Ireland, most recently as job runner on a 320-home regeneration scheme.",
            "where": ("Dublin", ""),
            "country": "IE",
            "work": [
                ("Senior Architect", "O'Mahony Pike Architects", "2021-03", "", [
                    "Job runner for a 320-home apartment development from Stage 3 to completion",
                    "Coordinate structure, MEP and fire consultants through a federated Revit model",
                    "Lead the technical design of a 10-storey residential block under Irish Technical Guidance Document B",
                ]),
                ("Architect", "Henry J Lyons", "2017-09", "2021-02", [
                    "Delivered two mixed-tenure housing schemes in Dublin through planning and construction",
                    "Prepared planning applications and discharged conditions with Dublin local authorities",
                ]),
            ],
            "skills": {"Design": ["Residential and mixed-use design", "Technical design", "Irish Building Regulations", "Planning applications"], "Software": ["Revit", "AutoCAD", "Enscape"]},
            "certs": [("Registered Architect - Royal Institute of the Architects of Ireland (RIAI)", "RIAI", "2017-07")],
            "edu": [
                ("RIAI Professional Practice Examination", "Architecture", "Royal Institute of the Architects of Ireland", "2017"),
                ("Master of Architecture", "Architecture", "University College Dublin", "2014"),
            ],
        },
        "decisive": ("ARB registration (UK)", ["ARB", "Architects Registration Board"], "jurisdiction"),
    },
    {
        "id": "architect-fresh13-2",
        "occ": "architect",
        "title": "Architect (BIM) - Healthcare & Institutional",
        "company": "DP Architects",
        "location": "Singapore",
        "posting": """
Job Responsibilities
- Lead design development and documentation for healthcare and institutional projects in Singapore
- Prepare and coordinate BIM e-submissions to the authorities through CORENET X
- Coordinate with C&S, M&E and QS consultants; attend site meetings during construction

Job Requirements
- Degree in Architecture recognised by the Board of Architects (BOA); Registered Architect preferred
- Min. 4 years' relevant working experience, preferably in healthcare projects
- Proficient in Autodesk Revit (must) - all our projects are modelled and submitted in Revit
- Familiar with Singapore codes (SCDF Fire Code, BCA Accessibility Code)

Only shortlisted candidates will be notified.
""",
        "name": "Lim Wei Ting",
        "label": "Registered Architect",
        "summary": "Singapore registered architect with seven years on hospitals, polyclinics and schools, leading BIM submissions through the regulatory process.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Architect", "CPG Consultants", "2021-07", "", [
                "Lead design development and construction documentation for a 600-bed community hospital",
                "Prepare the BIM e-submissions in Revit for planning and building plan approval",
                "Coordinate fire safety design with the Qualified Person and SCDF",
            ]),
            ("Architectural Designer", "RSP Architects Planners & Engineers", "2019-07", "2021-06", [
                "Produced Revit models and drawings for two polyclinics and a primary school",
            ]),
        ],
        "skills": {"Software": ["Autodesk Revit", "Dynamo", "AutoCAD", "Navisworks"], "Practice": ["Healthcare design", "Authority submissions", "SCDF Fire Code", "Accessibility Code"]},
        "certs": [("Registered Architect", "Board of Architects Singapore", "2022-03")],
        "edu": [("Master of Architecture", "Architecture", "National University of Singapore", "2019")],
        "langs": [("English", "Fluent"), ("Mandarin", "Native")],
        "unq": {
            "summary": "Singapore registered architect with seven years on hospitals, polyclinics and schools, leading BIM submissions through the regulatory process in ArchiCAD.",
            "work": [
                ("Architect", "CPG Consultants", "2021-07", "", [
                    "Lead design development and construction documentation for a 600-bed community hospital",
                    "Prepare the BIM e-submissions in ArchiCAD for planning and building plan approval",
                    "Coordinate fire safety design with the Qualified Person and SCDF",
                ]),
                ("Architectural Designer", "RSP Architects Planners & Engineers", "2019-07", "2021-06", [
                    "Produced ArchiCAD models and drawings for two polyclinics and a primary school",
                ]),
            ],
            "skills": {"Software": ["Graphisoft ArchiCAD", "Rhino", "AutoCAD", "SketchUp"], "Practice": ["Healthcare design", "Authority submissions", "SCDF Fire Code", "Accessibility Code"]},
        },
        "decisive": ("proficiency in Autodesk Revit", ["Revit"], "tool"),
    },
    {
        "id": "structural_engineer-fresh13-1",
        "occ": "structural_engineer",
        "title": "Project Engineer - Structural (S.E. Required)",
        "company": "Thornton Tomasetti",
        "location": "Chicago, IL",
        "posting": """
Our Chicago office is hiring a Project Engineer to lead the structural design of high-rise residential, healthcare and institutional buildings.

Responsibilities: lead analysis and design of steel and concrete building structures; prepare and check calculations and construction documents; coordinate with architects and MEP engineers; supervise junior engineers and review shop drawings; seal drawings for Illinois projects.

Qualifications:
- Bachelor's degree in civil or structural engineering; master's preferred
- 8+ years of building design experience
- Licensed Structural Engineer (SE) in the State of Illinois - required, as Illinois licenses structural engineers separately from professional engineers
- Proficiency with ETABS, RAM Structural System and SAFE
""",
        "name": "Daniel Kowalczyk",
        "label": "Structural Engineer",
        "summary": "Building structures engineer with ten years designing steel and concrete high-rises, hospitals and university buildings in the Midwest.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Senior Structural Engineer", "Magnusson Klemencic Associates", "2020-04", "", [
                "Lead the concrete superstructure design of a 48-storey residential tower using ETABS and SAFE",
                "Check calculations and drawings prepared by three junior engineers",
                "Sign and seal structural drawings for Illinois projects",
            ]),
            ("Structural Engineer", "Klein and Hoffman", "2016-07", "2020-03", [
                "Designed steel framing for hospital additions in RAM Structural System",
                "Reviewed shop drawings and answered RFIs during construction",
            ]),
        ],
        "skills": {"Analysis": ["ETABS", "RAM Structural System", "SAFE", "RISA-3D"], "Design": ["Reinforced concrete", "Structural steel", "Post-tensioned slabs"]},
        "certs": [
            ("Licensed Structural Engineer (S.E.), State of Illinois", "Illinois Department of Financial and Professional Regulation", "2021-05"),
            ("Professional Engineer (P.E.), State of Wisconsin", "Wisconsin Department of Safety and Professional Services", "2020-11"),
        ],
        "edu": [
            ("Master of Science", "Structural Engineering", "University of Illinois Urbana-Champaign", "2016"),
            ("Bachelor of Science", "Civil Engineering", "University of Illinois Urbana-Champaign", "2015"),
        ],
        "unq": {
            "certs": [
                ("Professional Engineer (P.E.), State of Illinois", "Illinois Department of Financial and Professional Regulation", "2020-11"),
                ("Professional Engineer (P.E.), State of Wisconsin", "Wisconsin Department of Safety and Professional Services", "2020-11"),
            ],
        },
        "swaps": [("Sign and seal structural drawings for Illinois projects", "Prepare structural drawings for Illinois projects for sealing by the engineer of record")],
        "decisive": ("Illinois Licensed Structural Engineer (SE)", ["SE", "S.E.", "Licensed Structural Engineer"], "licence level"),
    },
    {
        "id": "structural_engineer-fresh13-2",
        "occ": "structural_engineer",
        "title": "Associate Structural Engineer",
        "company": "Price & Myers",
        "location": "Bristol, UK",
        "posting": """
Price & Myers is looking for an Associate to help lead our growing Bristol studio. Our work ranges from sensitive alterations to listed buildings to new timber and concrete buildings for schools, universities and housing associations.

As an Associate you will run a portfolio of projects, mentor engineers, contribute to fee bids and take technical responsibility for the design of structures.

What we're looking for:
- Chartered Member of the Institution of Structural Engineers (MIStructE), or Chartered Engineer (CEng) through ICE with substantial building structures experience
- 10+ years of experience in the design of building structures in the UK
- Confident with Eurocodes, timber and masonry design and work to existing buildings
- Experience of Tekla Structural Designer or similar analysis software
""",
        "name": "Gareth Llewellyn",
        "label": "Senior Structural Engineer",
        "summary": "Building structures engineer with twelve years in UK practice, specialising in timber, masonry and work to historic buildings.",
        "where": ("Bath", "Somerset"),
        "country": "GB",
        "work": [
            ("Senior Engineer", "Mann Williams", "2019-02", "", [
                "Lead engineer for alterations to Grade I and II listed buildings in Bath and Bristol",
                "Designed a CLT and glulam teaching block to Eurocode 5",
                "Mentor three graduate engineers through their IPD",
            ]),
            ("Structural Engineer", "Curtins", "2014-08", "2019-01", [
                "Designed concrete and steel frames for student housing and schools in Tekla Structural Designer",
                "Prepared masonry and retaining wall designs to Eurocode 6 and 7",
            ]),
        ],
        "skills": {"Design": ["Eurocodes", "Timber (EC5)", "Masonry (EC6)", "Historic buildings", "Reinforced concrete"], "Software": ["Tekla Structural Designer", "Tedds", "Oasys GSA"]},
        "certs": [("Chartered Member of the Institution of Structural Engineers (MIStructE), CEng", "Institution of Structural Engineers", "2019-11")],
        "edu": [("BEng (Hons)", "Civil Engineering", "Cardiff University", "2014")],
        "unq": {
            "certs": [("Associate-Member of the Institution of Structural Engineers (AMIStructE), IEng", "Institution of Structural Engineers", "2019-11")],
        },
        "decisive": ("Chartered Member of IStructE (MIStructE) or CEng", ["Chartered", "MIStructE", "CEng"], "credential level"),
    },
    {
        "id": "energy_assessor-fresh13-1",
        "occ": "energy_assessor",
        "title": "Non-Domestic Energy Assessor (Level 4)",
        "company": "Northpoint Building Compliance Ltd",
        "location": "Manchester, England",
        "posting": """
Northpoint provides EPCs, SBEM calculations and MEES advice to landlords, developers and contractors across the North West. We are adding a commercial energy assessor to our compliance team.

THE ROLE
- Survey existing commercial buildings and produce non-domestic EPCs and recommendation reports
- Produce as-built SBEM calculations and on-construction EPCs for new builds, including buildings with VAV, fan coil and chilled beam systems
- Advise clients on MEES compliance and improvement options

ESSENTIAL
- Accredited Level 4 Non-Domestic Energy Assessor (NDEA) and member of a government-approved accreditation scheme
- At least two years' experience lodging non-domestic EPCs
- Full UK driving licence

DESIRABLE
- Level 5 (DSM) or Display Energy Certificate accreditation
""",
        "name": "Farah Siddiqui",
        "label": "Commercial Energy Assessor",
        "summary": "Non-domestic energy assessor with five years lodging EPCs for offices, retail, warehouses and schools, including new-build SBEM work.",
        "where": ("Stockport", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Energy Assessor (Non-Domestic)", "Carbon Compliance Partners", "2021-06", "", [
                "Lodge around 25 non-domestic EPCs a month for landlords and agents",
                "Produce SBEM calculations for new-build warehouses and offices with complex HVAC",
                "Prepare MEES improvement reports for portfolio landlords",
            ]),
            ("Domestic Energy Assessor", "Homecheck North", "2019-03", "2021-05", [
                "Carried out RdSAP surveys and lodged domestic EPCs",
            ]),
        ],
        "skills": {"Methods": ["SBEM", "iSBEM", "RdSAP", "MEES advice"], "Software": ["Design Builder SBEM", "Elmhurst software"]},
        "certs": [
            ("Level 4 Non-Domestic Energy Assessor - accredited (existing and new-build SBEM)", "Elmhurst Energy", "2022-02"),
            ("Level 3 Diploma in Domestic Energy Assessment", "ABBE", "2019-01"),
            ("Full UK driving licence", "DVLA", ""),
        ],
        "edu": [("BSc (Hons)", "Building Surveying", "University of Salford", "2018")],
        "unq": {
            "certs": [
                ("Level 3 Non-Domestic Energy Assessor - accredited (existing simple buildings, SBEM)", "Elmhurst Energy", "2022-02"),
                ("Level 3 Diploma in Domestic Energy Assessment", "ABBE", "2019-01"),
                ("Full UK driving licence", "DVLA", ""),
            ],
        },
        "swaps": [("Produce SBEM calculations for new-build warehouses and offices with complex HVAC", "Survey small shops, cafes and unheated warehouses with simple heating systems")],
        "decisive": ("Level 4 Non-Domestic Energy Assessor accreditation", ["Level 4"], "credential level"),
    },
    {
        "id": "energy_assessor-fresh13-2",
        "occ": "energy_assessor",
        "title": "Domestic BER Assessor",
        "company": "Kingspan Home Energy Services",
        "location": "Cork, Ireland",
        "posting": """
Domestic BER Assessor - Cork & Kerry region (permanent, company van)

Working with our retrofit team, you will carry out Building Energy Rating surveys on existing homes before and after deep retrofit works, publish BER certificates and advisory reports, and support homeowners applying for SEAI grants.

Requirements:
- Registered Domestic BER Assessor with SEAI (active registration is essential)
- NFQ Level 6 qualification in construction studies or similar
- 2+ years carrying out domestic energy assessments
- Full clean driving licence
- Good communication skills with homeowners
""",
        "name": "Conor Daly",
        "label": "Domestic BER Assessor",
        "summary": "Domestic energy assessor with five years of surveys on older and retrofitted homes, working with grant-funded retrofit schemes.",
        "where": ("Mallow", "Co. Cork"),
        "country": "IE",
        "work": [
            ("BER Assessor", "Energy Ratings Munster", "2022-04", "", [
                "Carry out around 30 domestic BER surveys a month in DEAP, including pre- and post-works ratings for SEAI grants",
                "Publish BER certificates and advisory reports on the national register",
            ]),
            ("Energy Surveyor", "Warmer Homes Ireland", "2020-10", "2022-03", [
                "Surveyed homes for insulation and heat pump suitability and prepared work specifications",
            ]),
        ],
        "skills": {"Assessment": ["DEAP", "Domestic surveys", "Heat loss indicator", "Retrofit advice"]},
        "certs": [
            ("Registered Domestic BER Assessor", "Sustainable Energy Authority of Ireland (SEAI)", "2022-03"),
            ("Full clean driving licence (Category B)", "National Driver Licence Service", ""),
        ],
        "edu": [("Higher Certificate (NFQ Level 6)", "Construction Studies", "Munster Technological University", "2020")],
        "unq": {
            "label": "Domestic Energy Assessor",
            "where": ("Derry", "Northern Ireland"),
            "country": "GB",
            "work": [
                ("Domestic Energy Assessor", "Energy Ratings NI", "2022-04", "", [
                    "Carry out around 30 RdSAP surveys a month and lodge domestic EPCs on the Northern Ireland register",
                    "Prepare retrofit recommendations for housing association stock",
                ]),
                ("Energy Surveyor", "Warmer Homes Ireland", "2020-10", "2022-03", [
                    "Surveyed homes for insulation and heat pump suitability and prepared work specifications",
                ]),
            ],
            "skills": {"Assessment": ["RdSAP", "Domestic surveys", "EPC lodgement", "Retrofit advice"]},
            "certs": [
                ("Level 3 Diploma in Domestic Energy Assessment - accredited DEA", "Elmhurst Energy", "2022-03"),
                ("Full clean driving licence (Category B)", "National Driver Licence Service", ""),
            ],
        },
        "decisive": ("registered Domestic BER Assessor with SEAI", ["SEAI", "BER"], "jurisdiction"),
    },
    {
        "id": "insulator-fresh13-1",
        "occ": "insulator",
        "title": "Journeyperson Insulator (Heat & Frost) - Oil Sands Turnaround",
        "company": "Bitumount Industrial Services",
        "location": "Fort McMurray, AB, Canada",
        "posting": """
JOURNEYPERSON INSULATOR - HEAT & FROST
Site: oil sands upgrader, north of Fort McMurray | Rotation: 14 on / 14 off | Camp and flights from Edmonton & Calgary

DUTIES
- Remove and reinstall insulation and metal jacketing on piping, vessels, exchangers and valves during turnaround
- Install removable blankets and fabricate aluminum and stainless lagging
- Work to ITP and hold points with QC

REQUIREMENTS
- Journeyperson Insulator (Heat and Frost) certificate WITH RED SEAL endorsement
- 5+ years industrial insulation experience
- CSTS-2020 and H2S Alive (current)
- Pre-access drug and alcohol test
""",
        "name": "Mathieu Gagnon",
        "label": "Journeyperson Insulator (Heat and Frost)",
        "summary": "Industrial insulator with nine years on refinery, pulp mill and upgrader work in Quebec and Alberta.",
        "where": ("Lévis", "QC"),
        "country": "CA",
        "work": [
            ("Insulator - Journeyperson", "Irving Industrial Insulation", "2020-04", "", [
                "Insulate and jacket piping and vessels on refinery shutdowns in Lévis and upgrader turnarounds in Alberta",
                "Fabricate aluminum and stainless jacketing for elbows, tees and heads",
                "Lead a crew of four during turnaround night shifts",
            ]),
            ("Apprentice Insulator (Calorifugeur apprenti)", "Isolation Algon", "2017-05", "2020-03", [
                "Installed mineral wool and calcium silicate on process piping in pulp and paper mills",
            ]),
        ],
        "skills": {"Trade": ["Hot and cold insulation", "Metal jacketing fabrication", "Removable blankets", "Firestopping"]},
        "certs": [
            ("Certificat de compétence-compagnon - Calorifugeur (Heat and Frost Insulator)", "Commission de la construction du Québec (CCQ)", "2020-03"),
            ("Qualification Certificate - Insulator (Heat and Frost), with Red Seal endorsement", "Alberta Apprenticeship and Industry Training", "2021-02"),
            ("CSTS-2020", "Energy Safety Canada", "2025-04"),
            ("H2S Alive", "Energy Safety Canada", "2025-04"),
        ],
        "edu": [("Diplôme d'études professionnelles (DEP)", "Calorifugeage (thermal insulation)", "Centre de formation professionnelle de Lévis", "2017")],
        "langs": [("French", "Native"), ("English", "Fluent")],
        "unq": {
            "certs": [
                ("Certificat de compétence-compagnon - Calorifugeur (Heat and Frost Insulator)", "Commission de la construction du Québec (CCQ)", "2020-03"),
                ("CSTS-2020", "Energy Safety Canada", "2025-04"),
                ("H2S Alive", "Energy Safety Canada", "2025-04"),
            ],
        },
        "decisive": ("Red Seal endorsement", ["Red Seal"], "endorsement"),
    },
    {
        "id": "insulator-fresh13-2",
        "occ": "insulator",
        "title": "Thermal Insulation Engineer (Industrial)",
        "company": "Altrad Services",
        "location": "Grangemouth, Scotland",
        "posting": """
Altrad is recruiting experienced Thermal Insulation Engineers for a long-term maintenance contract at a petrochemical site in Grangemouth.

You will install and repair hot and cold insulation systems on pipework, vessels and tanks, fabricate and fit aluminium and stainless steel cladding, and work to site permits and method statements.

Essential:
- Minimum of 5 years' experience as an insulation engineer in industrial or petrochemical environments
- CCNSG Safety Passport
- Harness and working-at-height training desirable
- Able to read isometric drawings

Overtime available; 39-hour week; travel allowance.
""",
        "name": "Craig McAllister",
        "label": "Thermal Insulation Engineer",
        "summary": "Industrial insulation engineer with nine years on petrochemical, power and distillery sites across central Scotland, after earlier work as a scaffolder.",
        "where": ("Falkirk", "Scotland"),
        "country": "GB",
        "work": [
            ("Insulation Engineer", "Bilfinger UK", "2020-06", "", [
                "Install hot and cryogenic insulation systems on process pipework and vessels",
                "Fabricate aluminium and stainless cladding from isometric drawings",
                "Work under permit to work on live plant",
            ]),
            ("Lagger (Improver)", "Kaefer UK", "2018-01", "2020-05", [
                "Fitted mineral wool and PIR insulation and cladding on power station pipework under a chargehand",
            ]),
            ("Scaffolder", "PHD Modular Access", "2016-04", "2017-12", [
                "Erected tube-and-fitting access scaffolds on industrial sites",
            ]),
        ],
        "skills": {"Trade": ["Hot and cold insulation", "Cladding fabrication", "Isometric drawings", "Permit to work"]},
        "certs": [
            ("CCNSG Safety Passport", "ECITB", "2025-06"),
            ("Full UK driving licence", "DVLA", ""),
        ],
        "unq": {
            "summary": "Industrial insulation engineer with four years on petrochemical, power and distillery sites across central Scotland, after earlier work as a scaffolder.",
            "work": [
                ("Insulation Engineer", "Bilfinger UK", "2022-11", "", [
                    "Install hot and cryogenic insulation systems on process pipework and vessels",
                    "Fabricate aluminium and stainless cladding from isometric drawings",
                    "Work under permit to work on live plant",
                ]),
                ("Scaffolder", "PHD Modular Access", "2016-04", "2022-10", [
                    "Erected tube-and-fitting access scaffolds on industrial sites",
                ]),
            ],
        },
        "decisive": ("5 years' experience as an industrial insulation engineer", ["years", "yrs"], "years"),
    },
    {
        "id": "building_services_engineer-fresh13-1",
        "occ": "building_services_engineer",
        "title": "Mechanical Building Services Engineer",
        "company": "Hoare Lea",
        "location": "Nottingham, England",
        "posting": """
Mechanical Building Services Engineer - Nottingham studio (hybrid)

We design the mechanical and public health systems for healthcare, education, residential and commercial buildings across the Midlands. You will take designs from concept to construction: load calculations, plant selection, ductwork and pipework layouts, specifications and site inspections.

Person specification

Essential
- A BEng (Hons) or MEng degree in Building Services Engineering or Mechanical Engineering
- At least 3 years' experience in HVAC and public health design for buildings
- Competent in Revit MEP and IES VE (or equivalent dynamic simulation software)
- Working knowledge of CIBSE guides and Part L

Desirable
- Working towards chartered status (CEng / MCIBSE)
- Experience of Passivhaus or net zero carbon projects
""",
        "name": "Oliver Pendleton",
        "label": "Mechanical Engineer, Building Services",
        "summary": "Mechanical building services engineer with seven years designing heating, ventilation, cooling and public health systems for schools, hospitals and offices.",
        "where": ("Derby", "Derbyshire"),
        "country": "GB",
        "work": [
            ("Mechanical Engineer", "Cundall", "2021-09", "", [
                "Lead mechanical design on school and office schemes from RIBA Stage 2 to 5, including heat pump plant selection",
                "Run IES VE dynamic thermal models for overheating (TM52/TM59) and Part L compliance",
                "Model ductwork and pipework in Revit and coordinate with architects and structural engineers",
            ]),
            ("Assistant Mechanical Engineer", "WSP", "2019-08", "2021-08", [
                "Produced heat loss and cold water storage calculations and public health drainage layouts for hospital refurbishments",
            ]),
        ],
        "skills": {"Design": ["HVAC design", "Public health design", "Heat pumps", "Dynamic thermal modelling", "CIBSE Guides", "Part L"], "Software": ["Revit MEP", "IES VE", "AutoCAD"]},
        "certs": [("Associate Member (ACIBSE)", "Chartered Institution of Building Services Engineers", "2020-03")],
        "edu": [("BEng (Hons)", "Building Services Engineering", "London South Bank University", "2019")],
        "unq": {
            "edu": [("HNC", "Building Services Engineering (Mechanical)", "Nottingham College", "2019")],
        },
        "decisive": ("BEng (Hons) or MEng degree in building services or mechanical engineering", ["BEng", "MEng", "Hons"], "degree level"),
    },
    {
        "id": "building_services_engineer-fresh13-2",
        "occ": "building_services_engineer",
        "title": "Intermediate Mechanical Engineer - Building Services",
        "company": "Smith + Andersen",
        "location": "Toronto, ON, Canada",
        "posting": """
Smith + Andersen is a building engineering consultancy designing mechanical, electrical and technology systems for institutional, healthcare and commercial buildings. Our Toronto mechanical team is growing.

What you'll do:
- Design HVAC, plumbing and fire protection systems from schematic design through construction administration
- Perform heating and cooling load calculations and equipment selections
- Coordinate drawings in Revit with architectural, structural and electrical disciplines
- Review shop drawings and carry out site reviews

What you bring:
- Bachelor's degree in Mechanical Engineering
- 5+ years of experience in mechanical design for buildings in a consulting environment
- P.Eng. or EIT with Professional Engineers Ontario
- Working knowledge of the Ontario Building Code and ASHRAE 62.1 / 90.1
- Revit and a load calculation tool (HAP or Trace 3D Plus)
""",
        "name": "Mei-Lin Chow",
        "label": "Mechanical Engineer (Building Systems)",
        "summary": "Mechanical engineer with over seven years of HVAC, plumbing and fire protection design for hospitals, universities and offices in the Greater Toronto Area.",
        "where": ("Markham", "ON"),
        "country": "CA",
        "work": [
            ("Mechanical Engineer", "WSP Canada", "2022-09", "", [
                "Design HVAC and plumbing systems for university and long-term care projects from schematic design to construction",
                "Run load calculations in Carrier HAP and select air handling and heat recovery equipment",
                "Review shop drawings and complete site review reports",
            ]),
            ("Mechanical Designer, EIT", "HH Angus and Associates", "2019-05", "2022-08", [
                "Prepared HVAC, sprinkler and plumbing layouts in Revit for hospital additions",
                "Checked designs against the Ontario Building Code and ASHRAE 62.1",
            ]),
        ],
        "skills": {"Design": ["HVAC design", "Plumbing and drainage", "Fire protection", "Load calculations", "ASHRAE 90.1", "Ontario Building Code"], "Software": ["Revit", "Carrier HAP", "AutoCAD"]},
        "certs": [("Professional Engineer (P.Eng.)", "Professional Engineers Ontario", "2024-03")],
        "edu": [("Bachelor of Applied Science (BASc)", "Mechanical Engineering", "University of Waterloo", "2019")],
        "langs": [("English", "Fluent"), ("Cantonese", "Native")],
        "unq": {
            "summary": "Mechanical engineer with four years of HVAC, plumbing and fire protection design for universities and long-term care homes, after earlier site coordination work in construction.",
            "work": [
                ("Mechanical Engineer, EIT", "WSP Canada", "2023-02", "", [
                    "Design HVAC and plumbing systems for university and long-term care projects from schematic design to construction",
                    "Run load calculations in Carrier HAP and select air handling and heat recovery equipment",
                    "Review shop drawings and complete site review reports",
                ]),
                ("Project Coordinator", "PCL Constructors", "2019-05", "2023-01", [
                    "Tracked submittals, RFIs and subcontractor schedules on a hospital construction project",
                ]),
            ],
            "certs": [("Engineering Intern (EIT)", "Professional Engineers Ontario", "2019-09")],
        },
        "decisive": ("5+ years of mechanical design for buildings", ["years", "yrs"], "years"),
    },
]
# fmt: on
