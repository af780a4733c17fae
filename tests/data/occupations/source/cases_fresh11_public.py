"""Fresh11 half, public: civil enforcement officer, emergency call handler, tax inspector, environmental protection officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "civil_enforcement_officer-fresh11-1",
        "occ": "civil_enforcement_officer",
        "title": "Civil Enforcement Officer (Parking)",
        "company": "Castlebrook Borough Council",
        "location": "Reading, Berkshire, UK",
        "posting": """
Civil Enforcement Officer - Parking Services
Grade 4: £24,404 - £25,979 per annum, 37 hours per week (shift rota incl. weekends)

Castlebrook Borough Council's Parking Services team keeps our streets safe and traffic moving. As a Civil Enforcement Officer you will patrol on foot and by moped, enforce on-street and car park restrictions under the Traffic Management Act 2004, issue Penalty Charge Notices using handheld devices and body-worn cameras, and be a visible, helpful presence for residents and visitors.

Person specification - essential:
- Level 2 Award in Parking Enforcement (Civil Enforcement Officers) from City & Guilds, WAMITAB or an equivalent awarding body
- Experience of dealing with the public in a challenging or enforcement setting
- Good written English for accurate notes that may be used at tribunal
- Able to walk long distances in all weathers

Desirable: full UK driving licence or CBT for moped patrols.

This post is subject to a basic DBS check. We are a Disability Confident employer.
""",
        "name": "Darren Okafor",
        "label": "Parking Patrol Officer",
        "summary": "Uniformed patrol officer enforcing parking restrictions; calm with difficult members of the public, accurate notebook and camera evidence.",
        "where": ("Slough", "Berkshire"),
        "country": "GB",
        "work": [
            ("Parking Patrol Officer", "Thames Valley Parking Solutions", "2022-06", "", [
                "Patrol retail and hospital car parks, issuing Parking Charge Notices on handheld terminals",
                "Record photographic and body-worn video evidence; write statements for appeals",
                "De-escalate confrontations with motorists and report incidents to the control room",
            ]),
            ("Security Officer", "Corps Security", "2019-04", "2022-05", [
                "Front-of-house and patrol security at a business park; handled access disputes",
            ]),
        ],
        "skills": {"Enforcement": ["Patrolling", "Handheld ticketing devices", "Body-worn video", "Conflict management", "Evidence notes"]},
        "certs": [
            ("WAMITAB Level 2 Award for Parking Enforcement Officers", "WAMITAB", "2022-07"),
            ("Full UK Driving Licence (Category B)", "DVLA", "2014-09"),
        ],
        "edu": [("GCSEs incl. English and Maths", "", "Langley Academy", "2013")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Conflict Management Training (in-house)", "Thames Valley Parking Solutions", "2022-07"),
                ("Full UK Driving Licence (Category B)", "DVLA", "2014-09"),
            ],
        },
        "swaps": [],
        "decisive": ("Level 2 Award in Parking Enforcement", ["Level 2 Award", "WAMITAB", "City & Guilds"], "certificate"),
    },
    {
        "id": "civil_enforcement_officer-fresh11-2",
        "occ": "civil_enforcement_officer",
        "title": "Swyddog Gorfodi Sifil / Civil Enforcement Officer",
        "company": "Cyngor Sir Dyffryn Teifi (Teifi Valley County Council)",
        "location": "Aberystwyth, Ceredigion, Wales",
        "posting": """
Civil Enforcement Officer (Parking) - Highways & Environment
£24,294 - £25,119, 37 hrs/week, permanent

You will patrol town centre streets, seafront car parks and rural villages enforcing parking restrictions, issuing Penalty Charge Notices and advising the public. You will work alone and in pairs, on foot and by vehicle.

Essential criteria:
- Welsh language skills: Level 4 (fluent) - able to converse and deal with the public fully in Welsh (Cymraeg) and English. This post has been designated Welsh essential under the Council's Welsh Language Policy.
- Experience of working with the public, ideally in an enforcement or uniformed role
- Level 2 Award in Parking Enforcement, or willingness to achieve it within 6 months
- Full driving licence valid in the UK

The council operates a bilingual service and welcomes applications in Welsh or English; applications in either language will be treated equally.
""",
        "name": "Gethin Prydderch",
        "label": "Civil Enforcement Officer",
        "summary": "Uniformed parking enforcement officer serving a bilingual coastal town; confident dealing with residents, traders and visitors.",
        "where": ("Aberaeron", "Ceredigion"),
        "country": "GB",
        "work": [
            ("Civil Enforcement Officer", "Cyngor Sir Penfro Parking Services", "2023-03", "", [
                "Enforce on-street and car park restrictions across market towns and beaches",
                "Issue PCNs on handheld devices and give evidence statements for appeals",
                "Deal with members of the public face to face in their language of choice",
            ]),
            ("Customer Services Assistant", "Aberystwyth Leisure Centre", "2020-05", "2023-02", [
                "Handled bookings, complaints and membership queries at reception",
            ]),
        ],
        "skills": {"Enforcement": ["PCN issue", "Traffic Management Act 2004", "Conflict resolution", "Handheld devices"]},
        "certs": [
            ("City & Guilds Level 2 Award in Parking Enforcement - Civil Enforcement Officers", "City & Guilds", "2023-05"),
            ("Full UK Driving Licence (Category B)", "DVLA", "2016-10"),
        ],
        "edu": [("A Levels", "", "Ysgol Gyfun Aberaeron", "2017")],
        "langs": [("Welsh (Cymraeg)", "Native - first language"), ("English", "Fluent")],
        "unq": {
            "langs": [("English", "Native")],
            "summary": "Uniformed parking enforcement officer serving a busy coastal town; confident dealing with residents, traders and visitors.",
            "edu": [("A Levels", "", "Penglais School", "2017")],
        },
        "swaps": [("in their language of choice", "courteously and clearly")],
        "decisive": ("Welsh language skills (Level 4, fluent)", ["Welsh", "Cymraeg"], "language"),
    },
    {
        "id": "emergency_call_handler-fresh11-1",
        "occ": "emergency_call_handler",
        "title": "Emergency Communications Officer - 9-1-1 Call-Taker (Bilingual)",
        "company": "Outaouais-Ottawa Regional 9-1-1 Communications Centre",
        "location": "Ottawa, ON, Canada",
        "posting": """
Emergency Communications Officer (9-1-1 Call-Taker) - Bilingual (English/French)
Full-time, 24/7 rotating 12-hour shifts | $62,400 - $74,900

Our 9-1-1 Public Safety Answering Point receives emergency calls for the City of Ottawa and neighbouring municipalities, and transfers them to police, fire and paramedic dispatch. Callers reach us in both official languages, so every call-taker must serve them in either.

Qualifications:
- Ontario Secondary School Diploma (OSSD) or equivalent
- Minimum two years of customer service experience, ideally in a call centre, health or public safety setting
- Bilingualism: English and French, oral proficiency at an advanced level (tested)
- Keyboarding speed of 40 wpm
- Canadian citizen or permanent resident; able to pass an enhanced police background check

Assets: CPR/First Aid; experience with CAD systems.
""",
        "name": "Émilie Charbonneau",
        "label": "Call Centre and Patient Flow Coordinator",
        "summary": "Calm, fast call handler with five years in contact centres and hospital patient flow; types 55 wpm. Canadian citizen.",
        "where": ("Orléans", "ON"),
        "country": "CA",
        "work": [
            ("Patient Transfer Coordinator", "Hôpital Montfort", "2023-02", "", [
                "Take urgent transfer requests by phone from hospitals and paramedics; log them in the bed management system",
                "Prioritise calls and relay details accurately to charge nurses and physicians",
                "Serve patients and families in English and French",
            ]),
            ("Customer Care Agent (EN/FR)", "Bell Canada Contact Centre", "2020-09", "2023-01", [
                "Handled 70+ inbound calls per shift, de-escalating upset customers",
            ]),
        ],
        "skills": {"Call handling": ["High-volume inbound calls", "De-escalation", "Accurate data entry (55 wpm)", "Triage of requests"]},
        "certs": [
            ("Standard First Aid & CPR Level C", "Canadian Red Cross", "2025-05"),
        ],
        "edu": [("Ontario Secondary School Diploma", "", "École secondaire catholique Garneau", "2019")],
        "langs": [("French", "Native"), ("English", "Full professional proficiency")],
        "unq": {
            "langs": [("English", "Native")],
                    "edu": [("Ontario Secondary School Diploma", "", "Sir Wilfrid Laurier Secondary School", "2019")],
        },
        "swaps": [("Serve patients and families in English and French", "Explain transfer timelines to patients and families"), ("Customer Care Agent (EN/FR)", "Customer Care Agent"), ("Hôpital Montfort", "Queensway Carleton Hospital")],
        "decisive": ("bilingual English/French oral proficiency", ["French", "bilingual", "bilingualism"], "language"),
    },
    {
        "id": "emergency_call_handler-fresh11-2",
        "occ": "emergency_call_handler",
        "title": "Telecommunicator I (911 Call-Taker)",
        "company": "Coastal Bend Regional 911 District",
        "location": "Corpus Christi, TX",
        "posting": """
Telecommunicator I - 911 Call-Taker

Answer 911 and non-emergency calls, determine the nature and location of emergencies, and enter calls into CAD for police, fire and EMS dispatch. Give pre-arrival medical instructions using protocol cards.

Minimum qualifications:
* HS diploma or GED
* Current Emergency Medical Dispatch (EMD) certification from the IAED (International Academies of Emergency Dispatch) - required at time of hire
* TCOLE Basic Telecommunicator License, or obtain within one year of hire
* 1 yr experience in a call center, dispatch or public safety environment
* Valid Texas driver's license
* Typing 35 wpm net

Must pass background check, psychological exam, drug screen and hearing test. Shift work incl. nights, weekends and holidays. Starting pay $21.40/hr; +$1/hr bilingual (Spanish) pay.
""",
        "name": "Brianna Salinas",
        "label": "Public Safety Telecommunicator",
        "summary": "911 and dispatch professional giving pre-arrival medical instructions and entering calls for service into CAD.",
        "where": ("Portland", "TX"),
        "work": [
            ("Dispatcher", "San Patricio County Sheriff's Office", "2023-06", "", [
                "Answer 911 and administrative lines and enter calls for service in CAD",
                "Provide pre-arrival medical instructions following MPDS protocol",
                "Monitor deputy radio traffic and run TCIC/NCIC checks",
            ]),
            ("Customer Support Representative", "AEP Texas Call Center", "2021-08", "2023-05", [
                "Handled outage and billing calls; typed 48 wpm",
            ]),
        ],
        "skills": {"Dispatch": ["CAD entry", "Radio dispatch", "TCIC/NCIC", "Medical Priority Dispatch System (MPDS)", "Typing 48 wpm"]},
        "certs": [
            ("Emergency Medical Dispatcher certification", "International Academies of Emergency Dispatch", "2023-08"),
            ("Basic Telecommunicator License", "Texas Commission on Law Enforcement (TCOLE)", "2024-03"),
            ("Texas Driver License, Class C", "Texas DPS", "2017-02"),
        ],
        "edu": [("High School Diploma", "", "Gregory-Portland High School", "2019")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "certs": [
                ("CPR/AED for Professional Rescuers", "American Red Cross", "2023-08"),
                ("Basic Telecommunicator License", "Texas Commission on Law Enforcement (TCOLE)", "2024-03"),
                ("Texas Driver License, Class C", "Texas DPS", "2017-02"),
            ],
            "skills": {"Dispatch": ["CAD entry", "Radio dispatch", "TCIC/NCIC", "Typing 48 wpm"]},
            "summary": "911 and dispatch professional entering calls for service into CAD and dispatching deputies.",
        },
        "swaps": [("Provide pre-arrival medical instructions following MPDS protocol", "Transfer medical calls to the county EMS dispatcher")],
        "decisive": ("Emergency Medical Dispatch (EMD) certification from the IAED", ["EMD", "Emergency Medical Dispatch", "Emergency Medical Dispatcher", "IAED", "International Academies of Emergency Dispatch"], "certificate"),
    },
    {
        "id": "tax_inspector-fresh11-1",
        "occ": "tax_inspector",
        "title": "Tax Auditor (APS 6) - Serious Financial Crime Taskforce",
        "company": "Australian Taxation Office",
        "location": "Melbourne VIC, Australia",
        "posting": """
Tax Auditor (APS 6) - Serious Financial Crime Taskforce (SFCT)
Ongoing, full-time | $103,000 - $116,000 plus 15.4% super

The SFCT brings together the ATO, AFP, ACIC and AUSTRAC to tackle the most serious tax evasion and fraud. As a Tax Auditor you will conduct complex audits and investigations of high-risk taxpayers, interpret tax law, analyse financial records, and prepare position papers and evidence briefs.

Eligibility:
- Australian citizenship
- A current Negative Vetting Level 1 (NV1) security clearance. Due to the classified nature of Taskforce intelligence, you must hold NV1 at the time of engagement - we are unable to sponsor a new clearance for this vacancy.

Your skills:
- Demonstrated experience in tax audit, forensic accounting or financial investigation
- Sound knowledge of income tax and GST law
- Tertiary qualifications in accounting, law or commerce, and/or CPA/CA membership (highly regarded)
""",
        "name": "Anjali Subramaniam",
        "label": "Senior Tax Compliance Investigator",
        "summary": "Forensic accountant and tax auditor with seven years on high-risk income tax and GST cases. Australian citizen; holds a current Australian Government security clearance.",
        "where": ("Melbourne", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Compliance Officer, Private Wealth", "Australian Taxation Office", "2022-03", "", [
                "Lead income tax and GST audits of high-wealth groups with offshore structures",
                "Trace funds through trust and company accounts; draft position papers and statements of audit findings",
                "Prepare evidence packages for referral to the Commonwealth Director of Public Prosecutions",
            ]),
            ("Forensic Accountant", "McGrath Nicol", "2019-02", "2022-02", [
                "Analysed ledgers and bank records in fraud and insolvency investigations",
            ]),
        ],
        "skills": {"Tax": ["Income tax law", "GST", "Audit", "Forensic accounting", "Evidence briefs"]},
        "certs": [
            ("Australian Government security clearance - Negative Vetting 1 (current)", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
            ("Chartered Accountant (CA)", "Chartered Accountants Australia and New Zealand", "2021-11"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting and Finance", "Monash University", "2018")],
        "langs": [("English", "Native"), ("Tamil", "Conversational")],
        "unq": {
            "certs": [
                ("Australian Government security clearance - Baseline Vetting (current)", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
                ("Chartered Accountant (CA)", "Chartered Accountants Australia and New Zealand", "2021-11"),
            ],
        },
        "swaps": [],
        "decisive": ("current Negative Vetting Level 1 (NV1) clearance", ["NV1", "Negative Vetting", "NV 1"], "clearance level"),
    },
    {
        "id": "tax_inspector-fresh11-2",
        "occ": "tax_inspector",
        "title": "Revenue Officer II - Domestic Taxes (Audit)",
        "company": "Kenya Revenue Authority",
        "location": "Nairobi, Kenya",
        "posting": """
VACANCY: REVENUE OFFICER II - DOMESTIC TAXES DEPARTMENT (AUDIT)

Job Purpose: To carry out tax audits and investigations of taxpayers in the Medium Taxpayers Office in order to enhance compliance and revenue collection.

Key Responsibilities:
i. Conduct desk and field audits of income tax, VAT and excise returns
ii. Examine books of account, iTax filings and ETIMS invoices to establish tax liabilities
iii. Prepare audit reports and assessments and handle objections
iv. Educate taxpayers on their tax obligations

Academic and Professional Qualifications:
- Bachelor's degree in Commerce, Accounting, Finance, Economics or a related field from a university recognized in Kenya
- CPA (K) - ICPAK member in good standing
- At least two (2) years' relevant experience in tax, audit or accounting

Applicants must also satisfy the requirements of Chapter Six of the Constitution of Kenya, 2010.
""",
        "name": "Wanjiru Kamau",
        "label": "Tax and Audit Associate",
        "summary": "Certified Public Accountant with five years of tax compliance and statutory audit work on VAT, corporate and PAYE matters.",
        "where": ("Nairobi", "Nairobi County"),
        "country": "KE",
        "work": [
            ("Tax Associate", "Mazars Kenya", "2023-01", "", [
                "Review corporate income tax and VAT returns filed on iTax and reconcile to ETIMS invoices",
                "Support clients through KRA audits and prepare objections to assessments",
            ]),
            ("Audit Trainee", "KPMG East Africa", "2021-09", "2022-12", [
                "Performed statutory audit fieldwork for manufacturing and retail clients",
            ]),
        ],
        "skills": {"Tax": ["Income tax", "VAT", "Excise duty", "iTax", "ETIMS", "Tax audit"]},
        "certs": [
            ("Certified Public Accountant of Kenya - CPA (K), ICPAK member", "KASNEB / ICPAK", "2022-06"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting Option", "University of Nairobi", "2021")],
        "langs": [("English", "Fluent"), ("Kiswahili", "Native")],
        "unq": {
            "edu": [("Diploma", "Business Management (Accounting)", "Kenya Institute of Management", "2019")],
        },
        "swaps": [],
        "decisive": ("Bachelor's degree in Commerce/Accounting", ["Bachelor", "Bachelor's", "BCom", "B.Com"], "degree level"),
    },
    {
        "id": "environmental_protection_officer-fresh11-1",
        "occ": "environmental_protection_officer",
        "title": "Environmental Protection Officer - Waste Enforcement",
        "company": "Kilbrack County Council",
        "location": "Nenagh, Co. Tipperary, Ireland",
        "posting": """
Kilbrack County Council invites applications for the position of Environmental Protection Officer (Waste Enforcement), to fill a permanent vacancy and form a panel.

The role: investigating illegal dumping and unauthorised waste activity; inspecting waste collection permit holders and authorised treatment facilities; responding to air, noise and water pollution complaints; taking samples; preparing files for prosecution under the Waste Management Acts; and working with the EPA and An Garda Síochána.

Qualifications - each candidate must, on the latest date for receipt of completed application forms:
(a) hold a third-level qualification at Level 7 or higher on the National Framework of Qualifications (NFQ) in Environmental Science, Environmental Health, Engineering or a related discipline;
(b) have at least three years' satisfactory experience in environmental enforcement, regulation, inspection or monitoring;
(c) hold a full, clean driving licence (Category B) and have access to a car for work.

Salary: €43,902 - €58,468 (inclusive of LSIs). Travel and subsistence in line with Department circulars.
""",
        "name": "Ciara Fennelly",
        "label": "Environmental Inspector",
        "summary": "Environmental scientist with enforcement, site inspection and pollution monitoring work for local authorities and industry.",
        "where": ("Thurles", "Co. Tipperary"),
        "country": "IE",
        "work": [
            ("Waste Enforcement Officer", "Offaly County Council", "2023-02", "", [
                "Investigate illegal dumping and backyard burning complaints; issue Section 55 and Section 14 notices",
                "Inspect waste collection permit holders and end-of-life vehicle facilities",
                "Prepare files for prosecution under the Waste Management Acts",
            ]),
            ("Environmental Monitoring Technician", "Envirocheck Consulting Ltd", "2020-09", "2023-01", [
                "Carried out noise, dust and surface water monitoring at licensed quarries and landfills",
                "Wrote monitoring reports for clients' EPA licence returns",
            ]),
        ],
        "skills": {"Environment": ["Waste enforcement", "Noise monitoring", "Water sampling", "Prosecution files", "Inspection reports"], "Other": ["Full clean Category B driving licence", "Own car for work"]},
        "certs": [
            ("Full Irish driving licence - Category B (clean)", "National Driver Licence Service", "2015-04"),
        ],
        "edu": [("BSc (Hons)", "Environmental Science", "University of Limerick", "2020")],
        "langs": [("English", "Native"), ("Irish", "Intermediate")],
        "unq": {
            "work": [
                ("Waste Enforcement Officer", "Offaly County Council", "2025-02", "", [
                    "Investigate illegal dumping and backyard burning complaints; issue Section 55 and Section 14 notices",
                    "Inspect waste collection permit holders and end-of-life vehicle facilities",
                    "Prepare files for prosecution under the Waste Management Acts",
                ]),
                ("Graduate Sales Representative", "Agri Supplies Munster Ltd", "2020-09", "2025-01", [
                    "Sold animal feed and farm supplies to customers across North Munster",
                    "Managed a territory of 120 farm accounts",
                ]),
            ],
            "summary": "Environmental scientist with enforcement and site inspection work for a local authority.",
        },
        "swaps": [],
        "decisive": ("at least three years' environmental enforcement/monitoring experience", ["years", "yrs"], "years"),
    },
    {
        "id": "environmental_protection_officer-fresh11-2",
        "occ": "environmental_protection_officer",
        "title": "Environment Protection Officer (Clerk Grade 7/8)",
        "company": "NSW Environment Protection Authority",
        "location": "Parramatta NSW, Australia",
        "posting": """
Environment Protection Officer - Regulatory Operations (Metro North)
Clerk Grade 7/8 | Ongoing full-time | Total remuneration package up to $131,000

About the role
You'll regulate licensed premises and respond to pollution incidents across Sydney's north and west: inspecting facilities, assessing compliance with environment protection licences, investigating incidents and recommending enforcement action under the Protection of the Environment Operations Act 1997.

You will also map and analyse complaint, incident and licence data spatially to target our compliance campaigns, so demonstrated capability with ArcGIS Pro (Esri) - building layers, spatial queries and map products for reports - is essential for this particular role.

Essential requirements
- Tertiary qualification in environmental science, engineering, natural resource management or a related field
- Demonstrated experience in environmental regulation, compliance or incident response
- ArcGIS Pro proficiency (as above)
- Current NSW driver licence (Class C)
- Australian citizenship or permanent residency
""",
        "name": "Lachlan Nguyen",
        "label": "Environmental Compliance Officer",
        "summary": "Environmental regulator with site inspection, pollution incident response and spatial analysis experience. Australian citizen.",
        "where": ("Ryde", "NSW"),
        "country": "AU",
        "work": [
            ("Environmental Compliance Officer", "City of Parramatta Council", "2021-07", "", [
                "Inspect industrial and construction sites; investigate water and air pollution complaints under the POEO Act",
                "Issue clean-up notices and penalty notices; prepare briefs of evidence",
                "Map complaint hotspots and build compliance campaign layers in Esri ArcGIS Pro and ArcGIS Online",
            ]),
            ("Environmental Field Officer", "Sydney Water", "2019-02", "2021-06", [
                "Sampled stormwater and sewer overflows and recorded incidents",
            ]),
        ],
        "skills": {"Regulation": ["POEO Act", "Site inspection", "Incident response", "Briefs of evidence"], "Spatial": ["ArcGIS Pro", "ArcGIS Online", "Survey123"]},
        "certs": [
            ("NSW Driver Licence - Class C (unrestricted)", "Transport for NSW", "2013-05"),
        ],
        "edu": [("Bachelor of Environmental Science", "Environmental Management", "Macquarie University", "2018")],
        "langs": [("English", "Native"), ("Vietnamese", "Conversational")],
        "unq": {
            "skills": {"Regulation": ["POEO Act", "Site inspection", "Incident response", "Briefs of evidence"], "Spatial": ["QGIS", "Google Earth Pro"]},
        },
        "swaps": [("Esri ArcGIS Pro and ArcGIS Online", "QGIS")],
        "decisive": ("ArcGIS Pro (Esri) proficiency", ["ArcGIS", "Esri", "ArcGIS Pro"], "tool"),
    },
]
# fmt: on
