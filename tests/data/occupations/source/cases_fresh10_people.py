"""Fresh10 set, people: HR business partner, relocation consultant, care home manager, NDIS support coordinator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "hr_business_partner-fresh10-1",
        "occ": "hr_business_partner",
        "title": "Senior HR Business Partner - Route Services",
        "company": "Network Rail",
        "location": "Milton Keynes, UK (hybrid, travel across the route)",
        "posting": """
We're looking for a Senior HR Business Partner to partner the leadership team of Route Services, a business of around 3,000 people in engineering, supply chain and IT. You'll shape the people plan, lead organisational change and coach senior managers through complex employee relations.

What we're looking for:
- Chartered Member of the CIPD (MCIPD), or CIPD Level 7 qualified and working towards Chartered membership - essential; Chartered Fellow desirable
- Experience of complex ER casework and collective consultation with recognised trade unions
- Experience leading organisational design and change programmes, including TUPE
- Confidence influencing senior leaders with data and employment law knowledge
- Full UK driving licence, as the role involves travel to depots and sites

What we offer: a competitive salary, bonus, free or discounted rail travel, a generous pension and flexible working. Network Rail is committed to being an inclusive employer and welcomes applications from all backgrounds.
""",
        "name": "Daniel Okafor",
        "label": "HR Business Partner",
        "summary": "HR business partner with ten years in unionised transport and logistics organisations; employee relations, collective consultation and organisational change for operational workforces.",
        "where": ("Northampton", "England"),
        "country": "GB",
        "work": [
            ("HR Business Partner - Engineering and Asset Operations", "Transport for London", "2020-05", "", [
                "Partner the directors of a 2,400-strong engineering directorate on workforce planning, reward and restructuring",
                "Led collective consultation with RMT, TSSA and Unite on a depot reorganisation affecting 600 roles, including a TUPE transfer from a contractor",
                "Coach senior managers on disciplinary, grievance and long-term absence cases; present cases at employment tribunal with legal counsel",
            ]),
            ("HR Adviser - Employee Relations", "Royal Mail Group", "2016-02", "2020-04", [
                "Advised delivery office managers on conduct, attendance and grievance cases under the CWU agreements",
                "Supported the redesign of mail centre shift patterns",
            ]),
        ],
        "skills": {"HR": ["Employee relations", "Collective consultation", "TUPE", "Organisational design", "Workforce planning", "Employment law"], "Systems": ["SAP SuccessFactors", "Power BI"]},
        "certs": [
            ("Chartered Member of the CIPD (MCIPD)", "Chartered Institute of Personnel and Development", "2022-03"),
            ("CIPD Level 7 Advanced Diploma in Strategic People Management", "Chartered Institute of Personnel and Development", "2021-07"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [("BA (Hons)", "Business and Human Resource Management", "University of Northampton", "2015")],
        "unq": {
            "certs": [
                ("Associate Member of the CIPD (Assoc CIPD)", "Chartered Institute of Personnel and Development", "2020-09"),
                ("CIPD Level 5 Associate Diploma in People Management", "Chartered Institute of Personnel and Development", "2020-07"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("Chartered Member of the CIPD (MCIPD) or CIPD Level 7", ["MCIPD", "Level 7", "Chartered Member"], "credential level"),
    },
    {
        "id": "hr_business_partner-fresh10-2",
        "occ": "hr_business_partner",
        "title": "HR Business Partner - R&D and Operations",
        "company": "Philips",
        "location": "Bengaluru, Karnataka, India",
        "posting": """
Job title: HR Business Partner - R&D and Operations (Philips Innovation Campus)

Your role:
- Partner the R&D and operations leadership (approx. 1,200 employees) on organisation design, talent reviews, succession and engagement
- Drive the annual performance and rewards cycle with the COE teams
- Handle employee relations and investigations in line with Indian labour laws and Philips policies

You're the right fit if:
- You have a full-time MBA / PGDM in HR from a reputed institute
- You have 8+ years of HR experience, of which at least 4 years as an HRBP partnering a business unit of 500+ employees
- You know Indian labour laws well (Shops and Establishments Act, POSH, Maternity Benefit Act, gratuity)
- Workday experience preferred; data-driven, with strong stakeholder management

Philips is an equal opportunity employer and values diversity in all its forms.
""",
        "name": "Meera Krishnan",
        "label": "Senior HR Business Partner",
        "summary": "HR professional with twelve years in technology and engineering organisations, more than seven of them as a business partner to R&D and operations leaders.",
        "where": ("Bengaluru", "Karnataka"),
        "country": "IN",
        "work": [
            ("Senior HR Business Partner - Engineering", "Bosch Global Software Technologies", "2022-01", "", [
                "Business partner to the leadership of an 1,800-person engineering unit: org design, talent reviews and succession planning",
                "Run the annual appraisal and compensation cycle with reward and COE teams",
                "Lead POSH and disciplinary investigations as a member of the Internal Committee",
            ]),
            ("HR Business Partner - Operations", "Infosys BPM", "2019-04", "2021-12", [
                "Partnered a 900-employee delivery unit on engagement, attrition and workforce planning",
                "Managed compliance under the Karnataka Shops and Commercial Establishments Act and the Maternity Benefit Act",
            ]),
            ("HR Generalist / Talent Acquisition", "Wipro", "2014-06", "2019-03", [
                "Campus and lateral hiring for engineering roles; onboarding and HR operations",
            ]),
        ],
        "skills": {"HR": ["Business partnering", "Organisation design", "Talent reviews", "Employee relations", "Indian labour law", "POSH"], "Systems": ["Workday", "SAP SuccessFactors"]},
        "certs": [],
        "edu": [
            ("PGDM (full-time)", "Human Resource Management", "XLRI - Xavier School of Management, Jamshedpur", "2014"),
            ("Bachelor of Commerce", "Commerce", "Christ University, Bengaluru", "2012"),
        ],
        "langs": [("English", "Fluent"), ("Tamil", "Native speaker"), ("Kannada", "Conversational"), ("Hindi", "Fluent")],
        "unq": {
            "summary": "HR professional with twelve years in technology and engineering organisations: talent acquisition, HR operations and, for the last two years, business partnering with R&D leaders.",
            "work": [
                ("HR Business Partner - Engineering", "Bosch Global Software Technologies", "2024-10", "", [
                    "Business partner to the leadership of an 1,800-person engineering unit: org design, talent reviews and succession planning",
                    "Run the annual appraisal and compensation cycle with reward and COE teams",
                    "Lead POSH and disciplinary investigations as a member of the Internal Committee",
                ]),
                ("Lead - HR Operations and Talent Acquisition", "Infosys BPM", "2019-04", "2024-09", [
                    "Led a team of eight running hiring, onboarding, HR shared services and exits for a 900-employee delivery unit",
                    "Managed compliance under the Karnataka Shops and Commercial Establishments Act and the Maternity Benefit Act",
                ]),
                ("HR Generalist / Talent Acquisition", "Wipro", "2014-06", "2019-03", [
                    "Campus and lateral hiring for engineering roles; onboarding and HR operations",
                ]),
            ],
        },
        "decisive": ("Four years as an HR business partner", ["years", "yrs"], "years"),
    },
    {
        "id": "relocation_consultant-fresh10-1",
        "occ": "relocation_consultant",
        "title": "Destination Services Consultant - Greater Toronto Area",
        "company": "Cartus",
        "location": "Toronto, ON, Canada",
        "posting": """
Cartus is looking for a Destination Services Consultant to guide transferees and their families through their move to the Greater Toronto Area: area orientation, home finding, school search and settling-in services, on behalf of our corporate clients.

Responsibilities
- Prepare and deliver area tours and rental / purchase home-finding programs
- Negotiate leases with landlords and agents; review lease terms with the transferee
- Assist with settling-in: SIN, OHIP, banking, driver's licence exchange, school registration
- Keep the relocation counsellor and client HR updated in our case management system

Qualifications
- 3+ years' experience delivering destination services or working in corporate relocation
- Excellent knowledge of Toronto and GTA neighbourhoods, the rental market and school boards
- Valid Ontario G driver's licence and your own insured vehicle, suitable for carrying clients
- Certified Relocation Professional (CRP) or Global Mobility Specialist (GMS) designation is an asset
- A second language (French, Mandarin, Hindi, Spanish) is an asset

Cartus is an equal opportunity employer; accommodation is available on request throughout the hiring process.
""",
        "name": "Amanda Ferreira",
        "label": "Destination Services Consultant",
        "summary": "Relocation professional with eight years helping corporate transferees settle in the GTA: area orientation, home finding, lease negotiation and school search.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Destination Consultant", "Dwellworks, Toronto", "2021-05", "", [
                "Deliver area orientation, home-finding and school search programs for 80+ transferee families a year",
                "Negotiate residential leases and review lease clauses with transferees",
                "Settling-in support: SIN, OHIP, bank accounts, licence exchange and school registration",
            ]),
            ("Relocation Coordinator", "Royal LePage Relocation Services, Toronto", "2018-09", "2021-04", [
                "Coordinated moves for corporate transferees: household goods shipments, temporary housing and expense reporting",
                "Point of contact for client HR teams on policy questions",
            ]),
        ],
        "skills": {"Relocation": ["Home finding", "Lease negotiation", "School search", "Settling-in services", "Relocation policy"], "Systems": ["Salesforce", "Microsoft 365"]},
        "certs": [
            ("Global Mobility Specialist (GMS)", "Worldwide ERC", "2022-10"),
            ("Ontario Class G Driver's Licence (own insured vehicle)", "ServiceOntario", ""),
        ],
        "edu": [("Bachelor of Arts", "Geography", "Toronto Metropolitan University", "2018")],
        "langs": [("English", "Native speaker"), ("Portuguese", "Fluent")],
        "unq": {
            "summary": "Relocation professional with two years helping corporate transferees settle in the GTA after six years as a legal executive assistant: area orientation, home finding, lease negotiation and school search.",
            "work": [
                ("Destination Consultant", "Dwellworks, Toronto", "2024-10", "", [
                    "Deliver area orientation, home-finding and school search programs for 80+ transferee families a year",
                    "Negotiate residential leases and review lease clauses with transferees",
                    "Settling-in support: SIN, OHIP, bank accounts, licence exchange and school registration",
                ]),
                ("Executive Assistant", "Osler, Hoskin and Harcourt LLP, Toronto", "2018-09", "2024-09", [
                    "Supported two partners: calendars, travel, client billing and document management",
                    "Organised onboarding logistics for lateral hires and summer students",
                ]),
            ],
            "certs": [
                ("Ontario Class G Driver's Licence (own insured vehicle)", "ServiceOntario", ""),
            ],
        },
        "decisive": ("Three years of destination services or corporate relocation experience", ["years", "yrs"], "years"),
    },
    {
        "id": "relocation_consultant-fresh10-2",
        "occ": "relocation_consultant",
        "title": "Relocation Consultant - Destination Services (Arabic / English)",
        "company": "Santa Fe Relocation",
        "location": "Dubai, UAE",
        "posting": """
Relocation Consultant - Dubai (Destination Services)

You will be the face of Santa Fe for relocating employees arriving in Dubai: home search, visa and Emirates ID steps, Ejari registration, DEWA connection, school search and orientation.

Requirements
- Fluent Arabic and English, spoken and written, are both essential - you will accompany assignees to government service centres (GDRFA/ICP, typing centres) and negotiate with landlords in Arabic
- Minimum 2 years' experience in relocation, residential leasing or PRO / government relations services in the UAE
- Valid UAE driving licence
- RERA broker card and GMS designation are advantages
- Strong organisation, discretion and customer focus

We offer a competitive salary, car allowance, medical insurance and annual air ticket. Santa Fe Relocation is an equal opportunity employer.
""",
        "name": "Sara Malik",
        "label": "Relocation Consultant",
        "summary": "Relocation consultant with six years in Dubai destination services and residential leasing; home search, tenancy and Ejari, visa and Emirates ID processes.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Relocation Consultant", "Crown World Mobility, Dubai", "2021-03", "", [
                "Home search and lease negotiation for assignees of banks and energy companies; Ejari registration and DEWA connection",
                "Accompany assignees through medical fitness, Emirates ID biometrics and residence visa steps",
                "Negotiate with landlords and agents in Arabic and English; school search and orientation tours",
            ]),
            ("Leasing Consultant", "Betterhomes, Dubai Marina", "2019-01", "2021-02", [
                "Residential leasing in Dubai Marina and JLT; viewings, tenancy contracts and renewals",
            ]),
        ],
        "skills": {"Relocation": ["Home search", "Lease negotiation", "Ejari and DEWA", "Residence visa and Emirates ID processes", "School search"]},
        "certs": [
            ("RERA Broker Card", "Dubai Real Estate Regulatory Agency", "2019-03"),
            ("UAE Driving Licence (light vehicle)", "Roads and Transport Authority, Dubai", ""),
        ],
        "edu": [("Bachelor of Business Administration", "Marketing", "American University of Sharjah", "2018")],
        "langs": [("Arabic", "Native speaker"), ("English", "Fluent")],
        "unq": {
            "langs": [("English", "Fluent"), ("Urdu", "Native speaker"), ("Hindi", "Conversational")],
        },
        "swaps": [("Negotiate with landlords and agents in Arabic and English", "Negotiate with landlords and agents in English")],
        "decisive": ("Fluent Arabic", ["Arabic"], "language"),
    },
    {
        "id": "care_home_manager-fresh10-1",
        "occ": "care_home_manager",
        "title": "Home Manager (Registered Manager) - Residential and Dementia Care",
        "company": "Barchester Healthcare",
        "location": "Taunton, Somerset, UK",
        "posting": """
Home Manager - 60-bed residential and dementia care home, Taunton

As Home Manager you will lead a team of around 80 colleagues, register with the CQC as the Registered Manager, and be accountable for the quality and safety of care, occupancy and the home's budget.

What we're looking for
- Level 5 Diploma in Leadership and Management for Adult Care, or the former Level 5 Diploma in Leadership for Health and Social Care - you must already hold the qualification
- At least two years' management experience (as a registered or deputy manager) in a CQC-regulated adult care service
- A sound understanding of CQC's single assessment framework, safeguarding and the Mental Capacity Act / DoLS
- Full UK driving licence

Benefits include a performance bonus, pension, enhanced annual leave and a clear career path. This role is subject to an enhanced DBS check. Barchester is an equal opportunities employer.
""",
        "name": "Karen Pollard",
        "label": "Registered Care Home Manager",
        "summary": "Care home manager with ten years in management of residential and dementia care in Somerset; good CQC ratings, safeguarding lead and experienced with DoLS.",
        "where": ("Yeovil", "Somerset"),
        "country": "GB",
        "work": [
            ("Registered Manager", "Care UK - Orchard View residential and dementia home, Bridgwater", "2020-06", "", [
                "Registered Manager of a 52-bed home; rated Good in all five key questions at the last two CQC inspections",
                "Lead 65 staff; recruitment, supervision and training matrix; safeguarding lead and DoLS applications",
                "Manage a GBP 2.8m budget and raised occupancy from 81% to 96%",
            ]),
            ("Deputy Manager", "Sanctuary Care - Yeovil nursing and residential home", "2016-03", "2020-05", [
                "Deputised for the Registered Manager; ran care planning audits, rotas and staff supervisions",
            ]),
            ("Senior Care Assistant", "Sanctuary Care - Yeovil nursing and residential home", "2010-09", "2016-02", [
                "Led shifts, administered medication and wrote person-centred care plans",
            ]),
        ],
        "skills": {"Care management": ["CQC single assessment framework", "Safeguarding adults", "Mental Capacity Act and DoLS", "Dementia care", "Budget and occupancy management"]},
        "certs": [
            ("Level 5 Diploma in Leadership for Health and Social Care and Children and Young People's Services (England) - Adults' Management", "City & Guilds", "2018-11"),
            ("Level 3 Diploma in Health and Social Care (Adults)", "City & Guilds", "2013-04"),
            ("CQC Registered Manager", "Care Quality Commission", "2020-09"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [],
        "unq": {
            "label": "Deputy Care Home Manager",
            "summary": "Deputy care home manager with ten years in management of residential and dementia care in Somerset; good CQC ratings, safeguarding lead and experienced with DoLS.",
            "work": [
                ("Deputy Manager", "Care UK - Orchard View residential and dementia home, Bridgwater", "2020-06", "", [
                    "Deputy to the Registered Manager of a 52-bed home; rated Good in all five key questions at the last two CQC inspections",
                    "Lead 65 staff; recruitment, supervision and training matrix; safeguarding lead and DoLS applications",
                    "Prepare the home's budget reports and occupancy plans with the manager",
                ]),
                ("Deputy Manager", "Sanctuary Care - Yeovil nursing and residential home", "2016-03", "2020-05", [
                    "Deputised for the Registered Manager; ran care planning audits, rotas and staff supervisions",
                ]),
                ("Senior Care Assistant", "Sanctuary Care - Yeovil nursing and residential home", "2010-09", "2016-02", [
                    "Led shifts, administered medication and wrote person-centred care plans",
                ]),
            ],
            "certs": [
                ("Level 3 Diploma in Health and Social Care (Adults)", "City & Guilds", "2013-04"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("Level 5 Diploma in Leadership and Management for Adult Care", ["Level 5", "L5"], "credential level"),
    },
    {
        "id": "care_home_manager-fresh10-2",
        "occ": "care_home_manager",
        "title": "Person in Charge / Director of Nursing - 62-Bed Nursing Home",
        "company": "Mowlam Healthcare",
        "location": "Naas, Co. Kildare, Ireland",
        "posting": """
Mowlam Healthcare is seeking an experienced Director of Nursing to be the Person in Charge (PIC) of a 62-bed nursing home in Naas, registered with HIQA as a designated centre for older people.

Under the Health Act 2007 (Care and Welfare of Residents in Designated Centres for Older People) Regulations, the Person in Charge must have:
- Registration as a nurse with the Nursing and Midwifery Board of Ireland (NMBI)
- Not less than 3 years' experience in a nurse management role in the health and social care area
- At least 3 years' experience of nursing older persons within the previous 6 years
- A post-registration management qualification in health or a related field (Level 8 certificate or Level 9 postgraduate nursing qualification with management/leadership modules)

You will also hold a full driving licence. We offer a competitive salary, bonus, pension, paid NMBI registration and ongoing education. Mowlam Healthcare is an equal opportunities employer.
""",
        "name": "Aisling Moran",
        "label": "Assistant Director of Nursing, Older Persons",
        "summary": "Registered general nurse with twelve years in older persons' residential care, the last eight in nurse management roles; HIQA inspections, clinical governance and staff development.",
        "where": ("Newbridge", "Co. Kildare"),
        "country": "IE",
        "work": [
            ("Assistant Director of Nursing", "Ashgrove Nursing Home, Newbridge", "2022-06", "", [
                "Deputise for the Person in Charge of a 70-bed designated centre; lead on HIQA inspection readiness and notifications",
                "Oversee clinical governance, audits, falls and restrictive practice reviews",
                "Manage rosters, supervision and appraisal for 40 nurses and healthcare assistants",
            ]),
            ("Clinical Nurse Manager 2", "St. Vincent's Care Centre, Athy", "2019-02", "2022-05", [
                "Managed two units of 30 residents with dementia and complex needs; infection control lead during COVID-19",
            ]),
            ("Staff Nurse, Older Persons", "St. Vincent's Care Centre, Athy", "2014-09", "2019-01", [
                "Nursing care, care planning and medication management for long-stay residents",
            ]),
        ],
        "skills": {"Nursing management": ["HIQA regulations", "Clinical governance", "Care planning", "Rostering", "Infection prevention and control", "Restrictive practice"]},
        "certs": [
            ("Registered General Nurse - Nursing and Midwifery Board of Ireland (NMBI)", "NMBI", "2014-08"),
            ("Full Irish Driving Licence (Category B)", "National Driver Licence Service", ""),
        ],
        "edu": [
            ("Postgraduate Diploma (NFQ Level 9)", "Nursing Management and Leadership", "RCSI University of Medicine and Health Sciences", "2023"),
            ("BSc", "General Nursing", "University College Cork", "2014"),
        ],
        "unq": {
            "label": "Clinical Nurse Manager, Older Persons",
            "summary": "Registered general nurse with twelve years in older persons' residential care, the last two as a clinical nurse manager; HIQA inspections, clinical governance and staff development.",
            "work": [
                ("Clinical Nurse Manager 1", "Ashgrove Nursing Home, Newbridge", "2024-10", "", [
                    "Manage a 35-bed unit; support the Person in Charge with HIQA inspection readiness and notifications",
                    "Run clinical audits, falls and restrictive practice reviews",
                    "Manage rosters and supervision for 20 nurses and healthcare assistants",
                ]),
                ("Senior Staff Nurse, Older Persons", "Ashgrove Nursing Home, Newbridge", "2019-02", "2024-09", [
                    "Nursing care for two units of residents with dementia and complex needs; infection control link nurse during COVID-19",
                ]),
                ("Staff Nurse, Older Persons", "St. Vincent's Care Centre, Athy", "2014-09", "2019-01", [
                    "Nursing care, care planning and medication management for long-stay residents",
                ]),
            ],
        },
        "decisive": ("Three years in a nurse management role", ["years", "yrs"], "years"),
    },
    {
        "id": "support_coordinator-fresh10-1",
        "occ": "support_coordinator",
        "title": "Support Coordinator (NDIS)",
        "company": "Life Without Barriers",
        "location": "Newcastle, NSW, Australia",
        "posting": """
About the role
As a Support Coordinator you will work with NDIS participants to understand and implement their plans, connect them with providers and community supports, build their capacity to coordinate their own supports, and prepare plan review reports.

About you
- 2+ years' experience delivering NDIS support coordination (Coordination of Supports) - required
- Certificate IV in Disability or Community Services, or a relevant tertiary qualification
- NDIS Worker Screening Check and NSW Working With Children Check (or willingness to obtain before start)
- Current driver licence and a comprehensively insured vehicle
- First Aid and CPR
- People with lived experience of disability are strongly encouraged to apply

What we offer: salary packaging up to $15,900, flexible hours, paid parental leave. Life Without Barriers is a child safe organisation and an equal opportunity employer.
""",
        "name": "Jordan Mitchell",
        "label": "Support Coordinator",
        "summary": "Support coordinator with five years helping NDIS participants use their plans, after three years in direct disability support; psychosocial, intellectual disability and acquired brain injury.",
        "where": ("Maitland", "NSW"),
        "country": "AU",
        "work": [
            ("Support Coordinator", "Uniting NSW.ACT, Hunter region", "2022-03", "", [
                "Coordinate supports for a caseload of 35 NDIS participants: service agreements, provider referrals and crisis planning",
                "Write progress and plan reassessment reports with evidence from allied health providers",
                "Build participants' capacity to self-manage parts of their plans",
            ]),
            ("Coordinator of Supports", "Hunter Independent Living Services", "2021-02", "2022-02", [
                "Coordination of Supports for participants with intellectual disability and acquired brain injury",
            ]),
            ("Disability Support Worker", "Hunter Independent Living Services", "2018-03", "2021-01", [
                "Community access and personal care for adults in supported independent living",
            ]),
        ],
        "skills": {"Practice": ["NDIS plan implementation", "Service agreements", "Report writing for plan reviews", "Crisis and risk planning"], "Systems": ["CareMaster", "myplace provider portal"]},
        "certs": [
            ("Certificate IV in Disability", "TAFE NSW", "2019-11"),
            ("NDIS Worker Screening Check - cleared (NSW)", "Office of the Children's Guardian", "2025-03"),
            ("Working With Children Check - paid employment (NSW)", "Office of the Children's Guardian", "2024-06"),
            ("HLTAID011 Provide First Aid (incl. CPR, refreshed annually)", "St John Ambulance NSW", "2026-04"),
            ("NSW Driver Licence (Class C), own comprehensively insured vehicle", "Transport for NSW", ""),
        ],
        "edu": [],
        "unq": {
            "summary": "Support coordinator helping NDIS participants use their plans, after seven years in direct disability support; psychosocial, intellectual disability and acquired brain injury.",
            "work": [
                ("Support Coordinator", "Uniting NSW.ACT, Hunter region", "2025-11", "", [
                    "Coordinate supports for a caseload of 25 NDIS participants: service agreements, provider referrals and crisis planning",
                    "Write progress and plan reassessment reports with evidence from allied health providers",
                    "Build participants' capacity to self-manage parts of their plans",
                ]),
                ("Senior Disability Support Worker / Team Leader", "Hunter Independent Living Services", "2018-03", "2025-10", [
                    "Community access and personal care for adults in supported independent living; led a team of six support workers",
                ]),
            ],
        },
        "decisive": ("Two years of NDIS support coordination experience", ["years", "yrs"], "years"),
    },
    {
        "id": "support_coordinator-fresh10-2",
        "occ": "support_coordinator",
        "title": "Specialist Support Coordinator - Psychosocial Disability",
        "company": "Mind Australia",
        "location": "Geelong, VIC, Australia",
        "posting": """
Specialist Support Coordinator | Geelong | Full time, ongoing

Mind is looking for a Specialist Support Coordinator to work with NDIS participants with complex psychosocial disability whose situations involve high risk, multiple service systems (mental health, justice, housing) and frequent crises.

Essential
- A bachelor degree or higher in social work, psychology, occupational therapy or mental health nursing, with AASW membership, AHPRA registration or OTA membership as relevant. The NDIS requires Specialist Support Coordination to be delivered by an appropriately qualified practitioner, so this is a firm requirement.
- At least 3 years' experience working with people with complex mental health or psychosocial disability
- NDIS Worker Screening Check
- Current Victorian driver licence

Desirable: experience with forensic or dual-disability clients; knowledge of the Mental Health and Wellbeing Act 2022 (Vic).

Mind welcomes applications from people with a lived experience of mental health challenges, Aboriginal and Torres Strait Islander people and people from all backgrounds.
""",
        "name": "Daniel Reyes",
        "label": "Specialist Support Coordinator",
        "summary": "Social worker with nine years in community mental health and NDIS psychosocial support; high-risk and forensic caseloads across mental health, housing and justice systems.",
        "where": ("Geelong", "VIC"),
        "country": "AU",
        "work": [
            ("Specialist Support Coordinator", "Wellways Australia, Barwon", "2021-07", "", [
                "Hold a caseload of 15 participants with complex psychosocial disability, forensic histories and unstable housing",
                "Develop support and risk plans with area mental health services, Corrections Victoria and housing providers",
                "Write NDIS plan review and change of circumstances reports",
            ]),
            ("Mental Health Case Manager", "Barwon Health - Mental Health, Drugs and Alcohol Services", "2017-02", "2021-06", [
                "Case management for adults with serious mental illness in the community, including compulsory treatment orders",
            ]),
        ],
        "skills": {"Practice": ["Complex case coordination", "Risk assessment and safety planning", "Forensic mental health", "NDIS reporting", "Trauma-informed practice"]},
        "certs": [
            ("Member, Australian Association of Social Workers (AASW)", "AASW", "2016-12"),
            ("NDIS Worker Screening Check - cleared (Victoria)", "Worker Screening Unit, Victoria", "2025-05"),
            ("Victorian Driver Licence (Car)", "VicRoads", ""),
        ],
        "edu": [("Bachelor of Social Work", "Social Work", "Deakin University", "2016")],
        "unq": {
            "label": "Support Coordinator - Psychosocial",
            "summary": "Community mental health worker with nine years in mental health support and NDIS psychosocial support coordination; high-risk and forensic caseloads across mental health, housing and justice systems.",
            "work": [
                ("Support Coordinator - Psychosocial", "Wellways Australia, Barwon", "2021-07", "", [
                    "Hold a caseload of 15 participants with complex psychosocial disability, forensic histories and unstable housing",
                    "Develop support and risk plans with area mental health services, Corrections Victoria and housing providers",
                    "Write NDIS plan review and change of circumstances reports",
                ]),
                ("Mental Health Support Worker", "Barwon Health - Mental Health, Drugs and Alcohol Services", "2017-02", "2021-06", [
                    "Community outreach and recovery support for adults with serious mental illness, working alongside clinical case managers",
                ]),
            ],
            "certs": [
                ("NDIS Worker Screening Check - cleared (Victoria)", "Worker Screening Unit, Victoria", "2025-05"),
                ("Victorian Driver Licence (Car)", "VicRoads", ""),
            ],
            "edu": [
                ("Diploma of Community Services", "Community Services", "The Gordon TAFE, Geelong", "2016"),
                ("Certificate IV in Mental Health", "Mental Health", "The Gordon TAFE, Geelong", "2015"),
            ],
        },
        "decisive": ("Bachelor degree in social work, psychology, occupational therapy or mental health nursing", ["degree", "bachelor", "tertiary"], "degree level"),
    },
]
