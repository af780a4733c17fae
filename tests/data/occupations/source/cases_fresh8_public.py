"""Fresh8 half, public sector: epidemiologist, meteorologist, border services officer, court clerk.

Written blind (writer a, December 2026).
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "epidemiologist-fresh8-1",
        "occ": "epidemiologist",
        "title": "Epidemiologist - Field Services (West Midlands)",
        "company": "UK Health Security Agency",
        "location": "Birmingham, England",
        "posting": """
UKHSA Field Services - Epidemiologist (HEO equivalent), Birmingham, hybrid

Field Services provides epidemiological support to health protection teams: outbreak investigation, enhanced surveillance and evaluation. You'll analyse surveillance and outbreak data, design questionnaires, write outbreak reports and brief regional partners.

Essential criteria
• A postgraduate qualification (MSc or higher) in epidemiology, public health or a related quantitative discipline
• Experience of analysing health data in Stata or R
• Experience of communicating findings to non-specialist audiences
• Right to work in the UK; BPSS checks on appointment

This role is advertised under Civil Service Commission recruitment principles. UKHSA offers Civil Service pension and 25 days leave rising to 30.
""",
        "name": "Aisha Rahman",
        "label": "Public Health Analyst (Epidemiology)",
        "summary": "Health protection analyst supporting outbreak investigations and surveillance reporting, fluent in Stata and R.",
        "where": ("Birmingham", "England"),
        "country": "GB",
        "work": [
            ("Public Health Intelligence Analyst", "Birmingham City Council - Public Health", "2022-03", "", [
                "Analyse notifiable disease and vaccine uptake data in R and publish monthly dashboards",
                "Supported a 2024 measles outbreak response with case line lists and epidemic curves",
                "Brief elected members and local partners on health protection trends",
            ]),
            ("Information Analyst", "NHS Midlands and Lancashire CSU", "2019-10", "2022-02", [
                "Produced hospital activity reports in SQL and Stata",
            ]),
        ],
        "skills": {"Analysis": ["Outbreak investigation", "Surveillance", "Regression modelling", "Epidemic curves"], "Tools": ["R", "Stata", "SQL", "Power BI"]},
        "certs": [],
        "edu": [
            ("MSc", "Epidemiology", "London School of Hygiene & Tropical Medicine", "2021"),
            ("BSc (Hons)", "Biomedical Science", "University of Birmingham", "2019"),
        ],
        "unq": {
            "edu": [("BSc (Hons)", "Biomedical Science", "University of Birmingham", "2019")],
        },
        "swaps": [],
        "decisive": ("Postgraduate qualification (MSc or higher) in epidemiology or public health", ["MSc", "master", "master's", "postgraduate"], "degree level"),
    },
    {
        "id": "epidemiologist-fresh8-2",
        "occ": "epidemiologist",
        "title": "Senior Epidemiologist - Communicable Diseases Branch",
        "company": "NSW Health - Health Protection NSW",
        "location": "St Leonards, NSW",
        "posting": """
Senior Epidemiologist | Health Protection NSW | Health Manager Level 2 | Permanent Full Time

Health Protection NSW is looking for a senior epidemiologist to lead analysis of notifiable conditions data from the NSW Notifiable Conditions Information Management System (NCIMS), produce surveillance reports and support outbreak responses.

Selection criteria
1. Master of Public Health, Master of Applied Epidemiology or equivalent
2. Demonstrated advanced skills in SAS for data management and analysis of large surveillance datasets (our production code base is in SAS - this is essential)
3. Experience in communicable disease surveillance and outbreak investigation
4. Excellent written communication, including reports for executives and the Minister's office

Salary $142,000 - $168,000 + super. NSW Health is committed to a diverse workforce; Aboriginal people are encouraged to apply.
""",
        "name": "Matthew O'Loughlin",
        "label": "Epidemiologist",
        "summary": "Communicable disease epidemiologist with surveillance, outbreak and reporting experience in state health departments.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Epidemiologist", "Queensland Health - Communicable Diseases Branch", "2020-02", "", [
                "Manage and analyse notifiable conditions data in SAS and R, including weekly surveillance reports",
                "Led analysis for a 2023 Legionella cluster investigation",
                "Drafted ministerial briefs and annual communicable disease reports",
            ]),
            ("Research Officer", "The Kirby Institute, UNSW", "2017-03", "2020-01", [
                "Cleaned and analysed HIV and STI sentinel surveillance data",
            ]),
        ],
        "skills": {"Epidemiology": ["Communicable disease surveillance", "Outbreak investigation", "Cluster detection"], "Software": ["SAS", "R", "Stata", "ArcGIS"]},
        "certs": [],
        "edu": [("Master of Applied Epidemiology", "Applied Epidemiology", "Australian National University", "2019"), ("Bachelor of Science", "Biostatistics", "University of Sydney", "2016")],
        "unq": {
            "skills": {"Epidemiology": ["Communicable disease surveillance", "Outbreak investigation", "Cluster detection"], "Software": ["R", "Stata", "ArcGIS"]},
        },
        "swaps": [("Manage and analyse notifiable conditions data in SAS and R, including weekly surveillance reports", "Manage and analyse notifiable conditions data in R and Stata, including weekly surveillance reports")],
        "decisive": ("Demonstrated advanced skills in SAS", ["SAS"], "tool"),
    },
    {
        "id": "meteorologist-fresh8-1",
        "occ": "meteorologist",
        "title": "Operational Meteorologist",
        "company": "Pelmorex Corp. (The Weather Network)",
        "location": "Oakville, ON",
        "posting": """
The Weather Network / MétéoMédia - Operational Meteorologist (24/7 rotating shifts)

Our forecast centre produces forecasts, alerts and storm coverage for millions of Canadians across TV, web and app. Meteorologists analyse model guidance, issue short- and long-range forecasts and brief the broadcast team.

You have:
- B.Sc. in Meteorology or Atmospheric Science, or a science degree plus courses meeting the WMO Basic Instruction Package for Meteorologists (BIP-M)
- 3+ years of operational weather forecasting experience
- Working knowledge of NWP models (GDPS/RDPS/HRDPS, GFS, ECMWF) and radar/satellite interpretation
- Ability to work nights, weekends and holidays
French is an asset.

Pelmorex is an equal opportunity employer committed to accessibility.
""",
        "name": "Liam Kowalczyk",
        "label": "Meteorologist",
        "summary": "Meteorologist with shift forecasting work on Prairie severe weather and winter storms; strong on radar and NWP interpretation.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("Meteorologist, Prairie and Arctic Storm Prediction Centre", "Environment and Climate Change Canada", "2021-05", "", [
                "Issue public forecasts and severe thunderstorm and blizzard warnings on rotating shifts",
                "Interpret HRDPS, GDPS and ECMWF guidance and Doppler radar during convective events",
                "Brief emergency management partners ahead of high-impact weather",
            ]),
            ("Climate Data Analyst", "Ontario Climate Consortium", "2019-06", "2021-04", [
                "Processed station records and produced climate normals summaries in Python",
            ]),
        ],
        "skills": {"Forecasting": ["Severe weather warnings", "Radar interpretation", "Satellite imagery", "NWP guidance"], "Tools": ["Python", "NinJo", "GEMPAK"]},
        "certs": [],
        "edu": [("Bachelor of Science", "Atmospheric Science", "McGill University", "2019")],
        "langs": [("English", "Native"), ("French", "Intermediate")],
        "unq": {
            "work": [
                ("Meteorologist, Prairie and Arctic Storm Prediction Centre", "Environment and Climate Change Canada", "2025-08", "", [
                    "Issue public forecasts and severe thunderstorm and blizzard warnings on rotating shifts",
                    "Interpret HRDPS, GDPS and ECMWF guidance and Doppler radar during convective events",
                    "Brief emergency management partners ahead of high-impact weather",
                ]),
                ("Climate Data Analyst", "Ontario Climate Consortium", "2019-06", "2025-07", [
                    "Processed station records and produced climate normals summaries in Python",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("3+ years of operational weather forecasting experience", ["years"], "years"),
    },
    {
        "id": "meteorologist-fresh8-2",
        "occ": "meteorologist",
        "title": "Operational Meteorologist - Defence (RAF Brize Norton)",
        "company": "Met Office",
        "location": "Brize Norton, England",
        "posting": """
Met Office - Operational Meteorologist, Defence Operations, RAF Brize Norton (Oxfordshire)

Provide aviation forecasts, TAFs and briefings for air transport and air-to-air refuelling operations, and deploy on exercises when required.

Essential:
- Qualified operational meteorologist (WMO BIP-M) with aviation forecasting experience
- Must hold current Security Check (SC) clearance at the point of application. Because of the start date we cannot sponsor new SC vetting; BPSS alone is not sufficient
- Willingness to work 12-hour day/night shifts and to deploy overseas at short notice

Salary £36,204 - £42,009 plus shift allowance. Civil Service pension. The Met Office is a Disability Confident Leader.
""",
        "name": "Callum Rees-Whitaker",
        "label": "Operational Meteorologist",
        "summary": "Aviation forecaster issuing TAFs and pilot briefings, experienced on civil and military airfield benches.",
        "where": ("Exeter", "England"),
        "country": "GB",
        "work": [
            ("Operational Meteorologist", "Met Office - Aviation Services, Exeter", "2021-09", "", [
                "Issue TAFs and aerodrome warnings for UK airports on the aviation bench",
                "Brief airline operations centres on convection, fog and icing",
                "Supported a 6-week exercise at RAF Lossiemouth providing mission briefings",
            ]),
        ],
        "skills": {"Forecasting": ["TAF and METAR", "Aviation briefings", "Fog and icing forecasting", "Convective forecasting"], "Tools": ["Met Office Visual Weather", "Python"]},
        "certs": [
            ("Met Office Foundation Operational Meteorologist qualification (WMO BIP-M)", "Met Office College", "2022-03"),
            ("Security Check (SC) clearance", "UK Security Vetting", "2023-11"),
        ],
        "edu": [("MSc", "Applied Meteorology", "University of Reading", "2021")],
        "unq": {
            "certs": [
                ("Met Office Foundation Operational Meteorologist qualification (WMO BIP-M)", "Met Office College", "2022-03"),
                ("Baseline Personnel Security Standard (BPSS)", "Met Office", "2021-09"),
            ],
        },
        "swaps": [],
        "decisive": ("Current Security Check (SC) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "border_services_officer-fresh8-1",
        "occ": "border_services_officer",
        "title": "Border Force Officer - Targeting & Intelligence Support (APS 4)",
        "company": "Australian Border Force",
        "location": "Sydney, NSW",
        "posting": """
Australian Border Force | Border Force Officer, APS Level 4 | Targeting Operations, Sydney International Airport

The Targeting team profiles inbound passengers and cargo using intelligence holdings and risk indicators, referring high-risk movements to frontline officers.

Eligibility
- Australian citizenship
- Hold a current Negative Vetting Level 1 (NV1) security clearance (AGSVA). Due to classified system access from day one, a Baseline clearance is not sufficient
- Completion of BFORT or equivalent Border Force operational training
- Pass the Home Affairs Employment Suitability Clearance, drug and alcohol testing

Salary $78,000 - $86,000 + 15.4% super. The ABF is committed to a diverse and inclusive workforce; Aboriginal and Torres Strait Islander people are encouraged to apply.
""",
        "name": "Nathan Papadopoulos",
        "label": "Border Force Officer",
        "summary": "Border Force officer with airport passenger processing and baggage examination experience; interested in targeting work.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Border Force Officer (APS 3)", "Australian Border Force - Sydney Airport", "2021-07", "", [
                "Process arriving and departing travellers at primary line and SmartGate exceptions",
                "Conduct secondary examinations of baggage, detecting undeclared currency and prohibited imports",
                "Prepare evidence packages and statements for prosecutions",
            ]),
            ("Customer Service Team Leader", "Qantas Airways", "2017-04", "2021-06", [
                "Led check-in and boarding teams of 12 at the domestic terminal",
            ]),
        ],
        "skills": {"Operations": ["Passenger processing", "Baggage examination", "Risk assessment", "Evidence handling"], "Systems": ["PACE", "ICSE"]},
        "certs": [
            ("Border Force Officer Recruit Training (BFORT)", "ABF College", "2021-12"),
            ("Negative Vetting Level 1 (NV1) security clearance", "AGSVA", "2024-05"),
            ("Employment Suitability Clearance", "Department of Home Affairs", "2021-05"),
        ],
        "edu": [("Certificate IV", "Government Investigations", "TAFE NSW", "2022")],
        "unq": {
            "certs": [
                ("Border Force Officer Recruit Training (BFORT)", "ABF College", "2021-12"),
                ("Baseline security clearance", "AGSVA", "2021-05"),
                ("Employment Suitability Clearance", "Department of Home Affairs", "2021-05"),
            ],
        },
        "swaps": [],
        "decisive": ("Current Negative Vetting Level 1 (NV1) security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "border_services_officer-fresh8-2",
        "occ": "border_services_officer",
        "title": "Customs Officer - Auckland International Airport",
        "company": "New Zealand Customs Service",
        "location": "Auckland, New Zealand",
        "posting": """
Te Mana Ārai o Aotearoa - New Zealand Customs Service
Customs Officer (Passenger Operations) - Auckland Airport

Protect New Zealand's border by assessing risk, questioning travellers and searching baggage, working with MPI and Immigration NZ colleagues.

To be considered you must:
- be a New Zealand citizen or resident with at least 5 years' residence
- hold a full (unrestricted) New Zealand driver licence (Class 1) - restricted or learner licences are not accepted as officers drive between airport sites and on operational tasks
- pass a medical, vetting and drug test
- be able to work rostered shifts, 24/7, including public holidays

A second language is an advantage. Starting salary $63,500 during the training programme.
""",
        "name": "Mereana Tautahi",
        "label": "Aviation Security Officer",
        "summary": "Airport security screener used to calm, firm conversations with travellers and to spotting prohibited items on X-ray.",
        "where": ("Auckland", ""),
        "country": "NZ",
        "work": [
            ("Aviation Security Officer", "Aviation Security Service (Avsec)", "2022-05", "", [
                "Screen passengers and cabin bags at the international terminal, interpreting X-ray images",
                "Handle prohibited item surrenders and refer suspicious items to police",
                "Rostered on 24/7 shifts including public holidays",
            ]),
            ("Customer Service Representative", "Air New Zealand", "2020-01", "2022-04", [
                "Checked in international passengers and verified travel documents",
            ]),
        ],
        "skills": {"Operations": ["Passenger screening", "X-ray interpretation", "Document checks", "Conflict de-escalation"]},
        "certs": [
            ("NZ Driver Licence - Class 1 (Full)", "NZ Transport Agency Waka Kotahi", "2019-02"),
            ("NZQA Certificate in Aviation Security (Level 3)", "NZQA", "2022-11"),
        ],
        "edu": [("NCEA Level 3", "Secondary School", "Mount Albert Grammar School", "2018")],
        "langs": [("English", "Native"), ("Te Reo Māori", "Conversational")],
        "unq": {
            "certs": [
                ("NZ Driver Licence - Class 1 (Restricted)", "NZ Transport Agency Waka Kotahi", "2019-02"),
                ("NZQA Certificate in Aviation Security (Level 3)", "NZQA", "2022-11"),
            ],
        },
        "swaps": [],
        "decisive": ("Full New Zealand driver licence (Class 1)", ["full", "unrestricted", "driver licence", "driver's licence", "driving licence"], "licence level"),
        "mentions_ok": True,
    },
    {
        "id": "court_clerk-fresh8-1",
        "occ": "court_clerk",
        "title": "Court Clerk - Dublin District Court (Clerical Officer)",
        "company": "Courts Service of Ireland",
        "location": "Dublin, Ireland",
        "posting": """
The Courts Service - Court Clerk (Clerical Officer grade), Criminal Courts of Justice & Dublin District Court

Court Clerks sit in court with the judge, call cases, record orders and outcomes on the Criminal Case Tracking System, swear in witnesses, and process warrants and fines.

Candidates must have:
• A minimum of 2 years' administrative experience in a court office, solicitor's office or similar legal environment
• Excellent accuracy and IT skills (MS Office, case management systems)
• Ability to work under pressure in a busy courtroom

Irish language ability is an advantage. The Courts Service is an equal opportunities employer; salary on the Clerical Officer scale €32,034 - €48,340.
""",
        "name": "Siobhán Gallagher",
        "label": "Legal Administrator",
        "summary": "Legal administrator with courtroom and solicitor's office experience: case files, court lists, orders and fines.",
        "where": ("Dublin", ""),
        "country": "IE",
        "work": [
            ("Registry Clerk", "Courts Service - Four Courts Central Office", "2023-07", "", [
                "Issue and stamp originating documents and record filings on the case management system",
                "Attend court lists to record orders and adjournments",
            ]),
            ("Legal Secretary", "Byrne Wallace LLP", "2021-03", "2023-06", [
                "Prepared court filings and briefs to counsel for the litigation team",
                "Managed diaries of three partners and tracked limitation dates",
            ]),
        ],
        "skills": {"Administration": ["Court filings", "Case management systems", "Minute taking", "Diary management"], "IT": ["Microsoft Office", "Legal practice management software"]},
        "certs": [("QQI Level 6 Certificate in Legal Studies", "QQI", "2020-06")],
        "edu": [("Leaving Certificate", "Secondary", "Loreto College, St Stephen's Green", "2019")],
        "langs": [("English", "Native"), ("Irish", "Intermediate")],
        "unq": {
            "label": "Registry Clerk",
            "summary": "Registry clerk new to court work, with a retail management background: case files, court lists and orders.",
            "work": [
                ("Registry Clerk", "Courts Service - Four Courts Central Office", "2026-01", "", [
                    "Issue and stamp originating documents and record filings on the case management system",
                    "Attend court lists to record orders and adjournments",
                ]),
                ("Assistant Store Manager", "Dunnes Stores", "2019-09", "2025-12", [
                    "Managed rotas and cash handling for a team of 25",
                    "Trained new staff on tills and stock systems",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("A minimum of 2 years' administrative experience in a court office or legal environment", ["years"], "years"),
    },
    {
        "id": "court_clerk-fresh8-2",
        "occ": "court_clerk",
        "title": "Court Associate - Welsh Language Essential",
        "company": "HM Courts & Tribunals Service",
        "location": "Caernarfon, Wales",
        "posting": """
HMCTS - Court Associate (Administrative Officer), Caernarfon Justice Centre - Welsh language essential

Court Associates support the judge in the Crown and County Court: managing the courtroom, recording results on Common Platform, administering oaths and affirmations in Welsh and English, and liaising with counsel, defendants and jurors.

Essential:
• Welsh language skills at level 4 (fluent - able to conduct a hearing and draft correspondence in Welsh). This post is designated Welsh essential under the HMCTS Welsh Language Scheme
• Experience of working in a customer-facing or administrative role
• Good IT skills

Salary £24,845 (national) plus. Civil Service Success Profiles used. HMCTS welcomes applications from everyone.
""",
        "name": "Gethin Pritchard",
        "label": "Court Administrator",
        "summary": "Court administrator at a magistrates' court, experienced with listing, results and supporting the legal adviser in court.",
        "where": ("Bangor", "Gwynedd"),
        "country": "GB",
        "work": [
            ("Court Administrative Officer", "HMCTS - Mold Justice Centre", "2022-02", "", [
                "Sit in court recording results on Common Platform and Libra",
                "Administer oaths and affirmations and manage the court list",
                "Answer public counter and telephone enquiries in two languages",
            ]),
            ("Customer Adviser", "Santander UK", "2019-05", "2022-01", [
                "Handled branch enquiries and account openings",
            ]),
        ],
        "skills": {"Court": ["Common Platform", "Libra", "Court listing", "Oaths and affirmations"], "IT": ["Microsoft 365"]},
        "certs": [],
        "edu": [("A Levels", "History, English, Law", "Coleg Menai", "2019")],
        "langs": [("Welsh", "Native"), ("English", "Native")],
        "unq": {
            "langs": [("English", "Native")],
        },
        "swaps": [("Answer public counter and telephone enquiries in two languages", "Answer public counter and telephone enquiries")],
        "decisive": ("Welsh language skills at level 4 (fluent)", ["Welsh"], "language"),
    },
]
