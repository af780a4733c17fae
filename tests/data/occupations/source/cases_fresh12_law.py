"""Fresh12 half, law: legal_cashier, regulatory_affairs_specialist, export_control_specialist, legislative_drafter."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "legal_cashier-fresh12-1",
        "occ": "legal_cashier",
        "title": "Legal Cashier",
        "company": "Hargreaves Ormerod Solicitors LLP",
        "location": "Leeds, West Yorkshire, UK",
        "posting": """
Legal Cashier
Hargreaves Ormerod Solicitors LLP | Leeds city centre | Full time, 35 hours | Hybrid after probation (3 days office)
Salary £27,000 - £31,000

We are a 90-person law firm (residential conveyancing, private client, personal injury) and our accounts team of five is recruiting a Legal Cashier.

Day to day you'll:
• post client and office account transactions, CHAPS and BACS payments and receipts
• prepare completion statements funds and send completion monies for the conveyancing team
• carry out client account reconciliations (at least every five weeks, in line with the SRA Accounts Rules)
• raise and post bills, disbursements and transfers between client and office account
• deal with residual balances and help with the annual accountant's report

Essential:
✓ Legal cashiering experience in a law firm and a good working knowledge of the SRA Accounts Rules
✓ Proclaim (Eclipse) - our practice management and accounts system; you will be expected to use it from day one
✓ Accuracy under completion-day pressure

Desirable: ILFM or AAT qualification; experience of anti-fraud payment checks.

Benefits: 25 days' holiday plus your birthday off, life assurance, employee assistance programme, pension.

Hargreaves Ormerod is committed to equality, diversity and inclusion.
""",
        "name": "Joanne Battersby",
        "label": "Legal Cashier",
        "summary": "Legal cashier with six years in conveyancing-heavy firms; client account postings, completion monies, reconciliations and bills on the Eclipse Proclaim accounts module.",
        "where": ("Wakefield", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Senior Legal Cashier", "Walker Morris LLP", "2022-04", "", [
                "Post client and office ledger entries, CHAPS/BACS payments and receipts in Eclipse Proclaim",
                "Send completion funds for a 30-lawyer residential property team; verify bank details by call-back",
                "Five-weekly client account reconciliations and residual balance clean-ups under the SRA Accounts Rules",
            ]),
            ("Accounts Assistant (Legal Cashiering)", "Ison Harrison Solicitors", "2020-01", "2022-03", [
                "Bill postings, disbursement payments and client-to-office transfers on Proclaim",
            ]),
        ],
        "skills": {"Legal accounts": ["SRA Accounts Rules", "Client account reconciliation", "Completion monies", "CHAPS/BACS"], "Systems": ["Eclipse Proclaim", "Excel"]},
        "certs": [("AAT Level 3 Diploma in Accounting", "Association of Accounting Technicians", "2021-06")],
        "edu": [("A-levels", "", "Wakefield College", "2016")],
        "unq": {
            "summary": "Legal cashier with six years in conveyancing-heavy firms; client account postings, completion monies, reconciliations and bills on the LEAP accounts module.",
            "work": [
                ("Senior Legal Cashier", "Walker Morris LLP", "2022-04", "", [
                    "Post client and office ledger entries, CHAPS/BACS payments and receipts in LEAP",
                    "Send completion funds for a 30-lawyer residential property team; verify bank details by call-back",
                    "Five-weekly client account reconciliations and residual balance clean-ups under the SRA Accounts Rules",
                ]),
                ("Accounts Assistant (Legal Cashiering)", "Ison Harrison Solicitors", "2020-01", "2022-03", [
                    "Bill postings, disbursement payments and client-to-office transfers on LEAP",
                ]),
            ],
            "skills": {"Legal accounts": ["SRA Accounts Rules", "Client account reconciliation", "Completion monies", "CHAPS/BACS"], "Systems": ["LEAP Legal Software", "Excel"]},
        },
        "decisive": ("Proclaim (Eclipse) - our practice management and accounts system", ["Proclaim"], "tool"),
    },
    {
        "id": "legal_cashier-fresh12-2",
        "occ": "legal_cashier",
        "title": "Legal Cashier - Private Client & Property",
        "company": "Whitlow Brereton LLP",
        "location": "Manchester, UK",
        "posting": """
Whitlow Brereton LLP - Legal Cashier (Private Client & Property)

Hours: Monday to Friday, 9.00am - 5.15pm. Salary: up to £33,000 depending on experience.

Our Manchester office handles probate, trusts and commercial property. We need an experienced cashier who can work without close supervision and cover the Cashiering Manager's holidays.

Requirements
- A minimum of 3 years' experience as a legal cashier within a solicitors' practice
- Sound knowledge of the SRA Accounts Rules, including client money, residual balances and the rules on payments from client account
- Experience with estates accounts and interest calculations on client money
- Familiarity with a legal accounting system (we use LEAP; other systems considered)
- Good Excel

The successful candidate will be required to undergo a basic DBS check. We are an equal opportunities employer and welcome applications from all sections of the community.
""",
        "name": "Aisha Chowdhury",
        "label": "Legal Cashier",
        "summary": "Legal cashier in solicitors' practices since 2019; client money, estates accounts, interest on client money and reconciliations; covers for the cashiering manager.",
        "where": ("Oldham", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Legal Cashier", "Slater Heelis LLP", "2022-01", "", [
                "Estate accounts and distributions for the probate team; interest on client money calculated and posted",
                "Daily client and office postings; monthly client account reconciliations; holiday cover for the cashiering manager",
            ]),
            ("Assistant Legal Cashier", "Fieldings Porter Solicitors", "2019-03", "2021-12", [
                "Postings, payments and residual balance reviews under the SRA Accounts Rules",
            ]),
        ],
        "skills": {"Legal accounts": ["SRA Accounts Rules", "Estate accounts", "Interest on client money", "Reconciliations"], "Systems": ["LEAP", "Excel (VLOOKUP, pivot tables)"]},
        "certs": [("ILFM Diploma certificates: Bookkeeping for Legal Finance Professionals (D1) and Legal Finance Compliance & Accounts Rules (D2)", "Institute of Legal Finance & Management", "2021-05")],
        "edu": [("BA (Hons)", "Accounting and Finance", "Manchester Metropolitan University", "2018")],
        "unq": {
            "summary": "Legal cashier in solicitors' practices since 2025; client money, estates accounts, interest on client money and reconciliations; covers for the cashiering manager.",
            "work": [
                ("Legal Cashier", "Slater Heelis LLP", "2025-03", "", [
                    "Estate accounts and distributions for the probate team; interest on client money calculated and posted",
                    "Daily client and office postings; monthly client account reconciliations; holiday cover for the cashiering manager",
                ]),
                ("Accounts Payable Clerk", "Co-op Group", "2018-09", "2025-02", [
                    "Supplier invoice processing and payment runs",
                ]),
            ],
            "certs": [("ILFM Diploma certificates: Bookkeeping for Legal Finance Professionals (D1) and Legal Finance Compliance & Accounts Rules (D2)", "Institute of Legal Finance & Management", "2025-11")],
        },
        "decisive": ("A minimum of 3 years' experience as a legal cashier within a solicitors' practice", ["years", "yrs"], "years"),
    },
    {
        "id": "regulatory_affairs_specialist-fresh12-1",
        "occ": "regulatory_affairs_specialist",
        "title": "Regulatory Affairs Specialist",
        "company": "Corrib Medical Technologies Ltd",
        "location": "Galway, Ireland",
        "posting": """
Regulatory Affairs Specialist - Corrib Medical Technologies, Galway (Parkmore)

Corrib Medical designs and manufactures Class III cardiovascular catheters. Reporting to the RA Manager, you will prepare and maintain EU MDR technical documentation and support submissions to our Notified Body and to FDA.

Responsibilities
- Author and maintain Technical Documentation (Annex II/III) and GSPR checklists
- Assess design and manufacturing changes for regulatory impact; prepare change notifications to the Notified Body
- Support 510(k)/PMA supplements and international registrations
- Review labelling and IFUs; participate in Notified Body audits

Requirements
- Honours degree (NFQ Level 8) in engineering, science or a related discipline
- 2+ years in regulatory affairs or a closely related quality function in a medical device company
- Knowledge of EU MDR 2017/745 and ISO 13485
- Strong technical writing

Desirable: RAC (Devices); experience with Class III devices.

We offer a competitive salary, annual bonus, pension contribution, VHI healthcare, education assistance and hybrid working. Corrib Medical is an equal opportunities employer.
""",
        "name": "Siobhán Keane",
        "label": "Regulatory Affairs Engineer",
        "summary": "Regulatory affairs engineer for Class III cardiovascular devices; writes EU MDR technical files, assesses changes and supports FDA submissions.",
        "where": ("Oranmore", "Co. Galway"),
        "country": "IE",
        "work": [
            ("Regulatory Affairs Engineer", "Medtronic, Parkmore", "2022-05", "", [
                "Author and update MDR technical documentation and GSPR checklists for coronary balloon catheters",
                "Regulatory assessments of design and supplier changes; Notified Body change notifications",
                "Supported two PMA supplements and registrations in Brazil and Australia; reviewed labels and IFUs",
            ]),
            ("Quality Engineer", "Creganna Medical (TE Connectivity)", "2019-09", "2022-04", [
                "CAPA, complaint investigation and ISO 13485 internal audits for catheter components",
            ]),
        ],
        "skills": {"Regulatory": ["EU MDR 2017/745", "Technical documentation", "GSPR", "FDA PMA supplements", "Labelling review"], "Quality": ["ISO 13485", "CAPA", "Internal audit"]},
        "certs": [("Regulatory Affairs Certification (RAC-Devices)", "Regulatory Affairs Professionals Society", "2024-10")],
        "edu": [("Bachelor of Engineering (Hons)", "Biomedical Engineering", "University of Galway", "2019")],
        "unq": {
            "edu": [("Bachelor of Science (Ordinary, NFQ Level 7)", "Applied Biology and Biopharmaceutical Science", "Atlantic Technological University, Galway", "2019")],
        },
        "decisive": ("Honours degree (NFQ Level 8) in engineering, science or a related discipline", ["Level 8", "Honours"], "degree level"),
    },
    {
        "id": "regulatory_affairs_specialist-fresh12-2",
        "occ": "regulatory_affairs_specialist",
        "title": "Senior Regulatory Affairs Specialist",
        "company": "Northstar Neuromodulation, Inc.",
        "location": "Minneapolis, MN",
        "posting": """
Senior Regulatory Affairs Specialist
Northstar Neuromodulation, Inc. - Minneapolis, MN (hybrid, 3 days on site)

Northstar develops implantable neurostimulation systems. The Senior RA Specialist leads US and EU regulatory strategy for sustaining products and line extensions.

What you'll do
- Lead preparation of 510(k), PMA supplement and 30-day notice submissions; manage FDA interactions
- Author EU MDR technical documentation and respond to Notified Body questions
- Assess product and process changes for regulatory impact
- Mentor RA specialists

What you'll need
- Bachelor's degree in a scientific, engineering or technical field
- Minimum of 5 years of regulatory affairs experience in the medical device industry
- Demonstrated success with FDA submissions for Class II and/or Class III devices
- Working knowledge of 21 CFR 820 / QMSR and ISO 13485

Preferred: RAC certification; active implantable device experience.

Pay range: $112,000 - $138,000 annually plus bonus. Benefits include medical, dental, vision, 401(k) match and paid parental leave.

Northstar is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.
""",
        "name": "Megan Olson",
        "label": "Regulatory Affairs Specialist II",
        "summary": "Medical device regulatory professional since 2018: 510(k)s, PMA supplements and 30-day notices for Class II and III devices, plus EU MDR technical files.",
        "where": ("St. Paul", "MN"),
        "country": "US",
        "work": [
            ("Regulatory Affairs Specialist II", "Boston Scientific (Neuromodulation)", "2021-08", "", [
                "Led PMA supplements and 30-day notices for spinal cord stimulator line extensions; managed FDA reviewer questions",
                "Authored MDR technical documentation and answered Notified Body deficiency letters",
                "Coach two RA associates on change assessments",
            ]),
            ("Regulatory Affairs Associate", "Smiths Medical", "2018-06", "2021-07", [
                "Prepared three 510(k)s for Class II infusion accessories; regulatory change assessments",
            ]),
        ],
        "skills": {"Regulatory": ["510(k)", "PMA supplements", "30-day notices", "EU MDR", "Change assessment"], "Quality": ["21 CFR 820 / QMSR", "ISO 13485"]},
        "certs": [("RAC-Devices", "Regulatory Affairs Professionals Society", "2022-04")],
        "edu": [("Bachelor of Science", "Biomedical Engineering", "University of Minnesota", "2018")],
        "unq": {
            "summary": "Medical device regulatory professional since 2024: 510(k)s, PMA supplements and 30-day notices for Class II and III devices, plus EU MDR technical files.",
            "work": [
                ("Regulatory Affairs Specialist II", "Boston Scientific (Neuromodulation)", "2025-03", "", [
                    "Led PMA supplements and 30-day notices for spinal cord stimulator line extensions; managed FDA reviewer questions",
                    "Authored MDR technical documentation and answered Notified Body deficiency letters",
                    "Coach two RA associates on change assessments",
                ]),
                ("Regulatory Affairs Associate", "Smiths Medical", "2024-02", "2025-02", [
                    "Prepared three 510(k)s for Class II infusion accessories; regulatory change assessments",
                ]),
                ("Manufacturing Engineer", "Smiths Medical", "2018-06", "2024-01", [
                    "Process validation (IQ/OQ/PQ) and line support for infusion set assembly",
                ]),
            ],
        },
        "decisive": ("Minimum of 5 years of regulatory affairs experience in the medical device industry", ["years", "yrs"], "years"),
    },
    {
        "id": "export_control_specialist-fresh12-1",
        "occ": "export_control_specialist",
        "title": "Export Control Specialist",
        "company": "Avonmouth Defence Systems Ltd",
        "location": "Filton, Bristol, UK",
        "posting": """
Export Control Specialist
Avonmouth Defence Systems Ltd - Filton, Bristol | Full time, on site | £45,000 - £55,000 + 10% bonus

Avonmouth Defence Systems designs and builds guidance electronics for UK and allied air platforms. Our Trade Compliance team makes sure every export, transfer and technical data release is properly licensed.

In this role you will:
- classify hardware, software and technology against the UK Strategic Export Control Lists and the US CCL/USML
- prepare and manage SIELs, OIELs and OGEL registrations on LITE (formerly SPIRE), and ITAR agreements (TAA/MLA) with US partners
- run export screening and end-user checks; maintain records for ECJU compliance audits
- deliver export control awareness training across engineering and programmes

You will need:
- current UK Security Check (SC) clearance - because of programme start dates we cannot sponsor clearance for this role
- solid working knowledge of UK export control legislation (Export Control Order 2008) and ITAR/EAR
- experience of preparing licence applications and classifications in an aerospace/defence setting

Nice to have: ICPA/IOE&IT export compliance qualification.

Benefits: 33 days' holiday including bank holidays, 9-day fortnight option, 8% employer pension, private medical. Due to the nature of our work, applicants must be sole UK nationals. We are a Disability Confident employer.
""",
        "name": "Thomas Ashdown",
        "label": "Trade Compliance Specialist",
        "summary": "Trade compliance specialist in UK defence aerospace; classifies items against UK control lists and US CCL/USML, prepares licence applications and ITAR agreements; holds SC; sole British national.",
        "where": ("Bristol", "England"),
        "country": "GB",
        "work": [
            ("Trade Compliance Specialist", "Leonardo UK", "2022-02", "", [
                "Classify hardware, software and technical data against the UK Strategic Export Control Lists, CCL and USML",
                "Prepare SIELs, OIELs and OGEL registrations on LITE; manage TAAs with US suppliers",
                "End-user screening, ECJU compliance audit preparation and export awareness training for engineers",
            ]),
            ("Export Administrator", "GKN Aerospace, Filton", "2019-06", "2022-01", [
                "Licence records, shipment screening and ITAR/EAR paperwork",
            ]),
        ],
        "skills": {"Export control": ["UK Strategic Export Control Lists", "Export Control Order 2008", "ITAR", "EAR", "Classification", "LITE/SPIRE"], "Compliance": ["End-user screening", "Audit readiness", "Training"]},
        "certs": [
            ("Security Check - national security vetting (current)", "United Kingdom Security Vetting (UKSV)", "2022-03"),
            ("Certificate in Export Controls Compliance", "Institute of Export & International Trade", "2021-05"),
        ],
        "edu": [("BA (Hons)", "Politics and International Relations", "University of Exeter", "2019")],
        "unq": {
            "summary": "Trade compliance specialist in UK defence aerospace; classifies items against UK control lists and US CCL/USML, prepares licence applications and ITAR agreements; holds CTC; sole British national.",
            "certs": [
                ("Counter-Terrorist Check (CTC) - national security vetting (current)", "United Kingdom Security Vetting (UKSV)", "2022-03"),
                ("Certificate in Export Controls Compliance", "Institute of Export & International Trade", "2021-05"),
            ],
        },
        "decisive": ("current UK Security Check (SC) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "export_control_specialist-fresh12-2",
        "occ": "export_control_specialist",
        "title": "Trade Compliance Advisor - Export Controls",
        "company": "Laurentian Aerostructures Inc.",
        "location": "Mirabel, QC, Canada",
        "posting": """
Trade Compliance Advisor - Export Controls
Laurentian Aerostructures Inc. | Mirabel, Québec | Permanent, hybrid

Laurentian builds fuselage and wing assemblies for commercial and defence aircraft programmes. The Trade Compliance Advisor keeps our exports, imports and controlled-goods handling compliant.

Responsibilities
- Determine export classification of parts and technical data under Canada's Export Control List, US EAR and ITAR
- Apply for and manage Global Affairs Canada export permits (EXCOL) and US re-export authorisations
- Support the Designated Official under the Controlled Goods Program: visitor screening, security assessments, records
- Audit shipments and deliver internal training

Qualifications
- Bachelor's degree in law, international trade, business or engineering
- Minimum five years of experience in export controls / trade compliance, preferably in aerospace or defence
- Detailed knowledge of the Export and Import Permits Act, the Defence Production Act (Controlled Goods) and ITAR/EAR
- Bilingual, French and English, spoken and written (the position involves communication outside Québec)

We offer a competitive salary, group insurance from day one, a defined-contribution pension plan and a flexible schedule. Laurentian applies an equal access to employment program.
""",
        "name": "Émilie Gagnon",
        "label": "Export Compliance Advisor",
        "summary": "Export compliance advisor in Québec aerospace since 2018: classification under the ECL, EAR and ITAR, export permits and Controlled Goods Program support.",
        "where": ("Saint-Jérôme", "QC"),
        "country": "CA",
        "work": [
            ("Export Compliance Advisor", "Bombardier", "2021-05", "", [
                "Classify parts and technical data under the Export Control List, EAR and ITAR; obtain GAC export permits through EXCOL",
                "Assist the Controlled Goods Program Designated Official with visitor screening and security assessments",
                "Shipment audits and compliance training in French and English",
            ]),
            ("Trade Compliance Analyst", "Héroux-Devtek", "2018-04", "2021-04", [
                "US re-export authorisations, DSP-5 tracking and export records for landing-gear programmes",
            ]),
        ],
        "skills": {"Export controls": ["Export Control List", "EIPA", "Controlled Goods Program", "ITAR", "EAR", "EXCOL"], "Other": ["Compliance audits", "Training"]},
        "certs": [("Certified Customs Specialist (CCS)", "Canadian Society of Customs Brokers", "2019-11")],
        "edu": [("Baccalauréat (B.A.A.)", "International Business", "HEC Montréal", "2017")],
        "langs": [("French", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Export compliance advisor in Québec aerospace since 2023: classification under the ECL, EAR and ITAR, export permits and Controlled Goods Program support.",
            "work": [
                ("Export Compliance Advisor", "Bombardier", "2024-06", "", [
                    "Classify parts and technical data under the Export Control List, EAR and ITAR; obtain GAC export permits through EXCOL",
                    "Assist the Controlled Goods Program Designated Official with visitor screening and security assessments",
                    "Shipment audits and compliance training in French and English",
                ]),
                ("Trade Compliance Analyst", "Héroux-Devtek", "2023-05", "2024-05", [
                    "US re-export authorisations, DSP-5 tracking and export records for landing-gear programmes",
                ]),
                ("Procurement Buyer", "Héroux-Devtek", "2017-07", "2023-04", [
                    "Purchased raw material and machined parts; supplier follow-up",
                ]),
            ],
        },
        "decisive": ("Minimum five years of experience in export controls / trade compliance", ["years", "yrs"], "years"),
    },
    {
        "id": "legislative_drafter-fresh12-1",
        "occ": "legislative_drafter",
        "title": "Parliamentary Counsel (Drafter)",
        "company": "Parliamentary Counsel Office - Te Tari Tohutohu Pāremata",
        "location": "Wellington, New Zealand",
        "posting": """
Parliamentary Counsel (Drafter) - Te Tari Tohutohu Pāremata | Parliamentary Counsel Office

Wellington | Permanent, full time

Ko wai mātou | Who we are
The Parliamentary Counsel Office drafts government Bills and legislative instruments and publishes New Zealand legislation. Our drafters work closely with policy agencies and Ministers to turn policy into clear, accessible law.

Te tūranga | The role
You will draft Bills, Supplementary Order Papers and secondary legislation across a range of subject areas, working in small teams with senior counsel. You will advise instructing agencies on legal and drafting issues and take part in the select committee process.

Ngā pūmanawa | What you'll bring
- Admission as a barrister and solicitor of the High Court of New Zealand
- At least three years' legal experience (drafting experience, in New Zealand or another Commonwealth jurisdiction, is an advantage)
- Excellent analytical and writing skills and attention to detail
- Understanding of New Zealand's constitutional arrangements and the legislative process

Salary range $130,000 - $165,000 depending on experience. PCO offers a full drafter training programme, flexible working and professional development.

Applicants must be New Zealand citizens or residents, or hold a valid work visa.
""",
        "name": "Catherine Doyle",
        "label": "Legislative Drafter",
        "summary": "Legislative drafter with eight years drafting Bills and regulations at the New South Wales and Commonwealth drafting offices; admitted to practise in NSW and, under trans-Tasman recognition, in NZ; Australian citizen living in Wellington.",
        "where": ("Wellington", "Wellington"),
        "country": "NZ",
        "work": [
            ("Senior Legislative Counsel", "Parliamentary Counsel's Office, New South Wales", "2021-02", "2026-06", [
                "Drafted principal Bills and amending legislation on planning, health and local government",
                "Advised instructing agencies on legal and drafting issues; prepared amendments during Parliamentary debate",
            ]),
            ("Legislative Drafter", "Office of Parliamentary Counsel (Commonwealth)", "2018-01", "2021-01", [
                "Drafted regulations and legislative instruments; worked in teams with senior drafters on tax Bills",
            ]),
            ("Solicitor", "Minter Ellison", "2016-02", "2017-12", [
                "Government and administrative law advice",
            ]),
        ],
        "skills": {"Drafting": ["Primary legislation", "Secondary legislation", "Amendments", "Plain-language drafting"], "Law": ["Constitutional law", "Administrative law", "Westminster legislative process"]},
        "certs": [
            ("Admitted as a Lawyer", "Supreme Court of New South Wales", "2016-02"),
            ("Enrolled as Barrister and Solicitor (trans-Tasman mutual recognition)", "High Court of New Zealand", "2026-08"),
        ],
        "edu": [("Bachelor of Laws (Hons)", "Law", "University of Sydney", "2015")],
        "unq": {
            "summary": "Legislative drafter with eight years drafting Bills and regulations at the New South Wales and Commonwealth drafting offices; admitted to practise in NSW; Australian citizen living in Wellington.",
            "certs": [
                ("Admitted as a Lawyer", "Supreme Court of New South Wales", "2016-02"),
            ],
        },
        "decisive": ("Admission as a barrister and solicitor of the High Court of New Zealand", ["High Court of New Zealand", "barrister and solicitor"], "jurisdiction"),
    },
    {
        "id": "legislative_drafter-fresh12-2",
        "occ": "legislative_drafter",
        "title": "Assistant Parliamentary Counsel (Grade II)",
        "company": "Office of the Parliamentary Counsel to the Government",
        "location": "Dublin, Ireland",
        "posting": """
Assistant Parliamentary Counsel
Office of the Parliamentary Counsel to the Government (OPC), Office of the Attorney General, Dublin 2

The OPC drafts all Government Bills and a large share of statutory instruments, and maintains the Revised Acts. We are running a competition to form a panel for Assistant Parliamentary Counsel Grade II posts.

The role
Assistant Parliamentary Counsel draft legislation on instructions from Government Departments, attend meetings with instructing officials, and prepare Committee and Report Stage amendments. You will receive structured drafting training and mentoring from senior counsel.

Essential entry requirements
Candidates must, on the closing date:
(a) have been called to the Bar and be enrolled as a barrister in the State, or have been admitted and be enrolled as a solicitor in the State; and
(b) have practised as a barrister or solicitor in the State for at least four years (whole-time service in a Civil Service legal post requiring such qualification counts as practice)

Key competencies: legal analysis, precise drafting, sound judgement under time pressure, teamwork.

Salary scale (PPC): €71,000 - €113,000. 30 days' annual leave. Civil and Public Service pension scheme.

The Office of the Attorney General is committed to equality of opportunity; reasonable accommodations are available to candidates with a disability.
""",
        "name": "Eoin Brennan",
        "label": "Solicitor",
        "summary": "Irish solicitor admitted in 2017 with public law and legislative experience: drafting statutory instruments and Bill amendments and advising Government Departments.",
        "where": ("Dublin", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("Legal Adviser", "Department of Housing, Local Government and Heritage", "2021-09", "", [
                "Draft statutory instruments and Committee Stage amendments with the OPC; advise officials on vires and EU transposition",
            ]),
            ("Solicitor, Public and Regulatory", "Arthur Cox LLP", "2017-10", "2021-08", [
                "Advised State bodies on regulatory powers and judicial review; reviewed draft legislation for clients",
            ]),
            ("Trainee Solicitor", "Arthur Cox LLP", "2015-09", "2017-09", [
                "Seats in public law, litigation and corporate",
            ]),
        ],
        "skills": {"Law": ["Public law", "Statutory interpretation", "EU law transposition", "Judicial review"], "Drafting": ["Statutory instruments", "Bill amendments"]},
        "certs": [("Admitted to the Roll of Solicitors in Ireland", "Law Society of Ireland", "2017-10")],
        "edu": [("Bachelor of Civil Law (BCL)", "Law", "University College Dublin", "2014")],
        "unq": {
            "summary": "Irish solicitor admitted in 2025 with public law and legislative experience: drafting statutory instruments and Bill amendments and advising Government Departments.",
            "work": [
                ("Legal Adviser", "Department of Housing, Local Government and Heritage", "2025-10", "", [
                    "Draft statutory instruments and Committee Stage amendments with the OPC; advise officials on vires and EU transposition",
                ]),
                ("Trainee Solicitor", "Arthur Cox LLP", "2023-09", "2025-09", [
                    "Seats in public law, litigation and corporate",
                ]),
                ("Parliamentary Assistant", "Dáil Éireann (office of a TD)", "2014-09", "2023-08", [
                    "Constituency casework, research notes and parliamentary questions",
                ]),
            ],
            "certs": [("Admitted to the Roll of Solicitors in Ireland", "Law Society of Ireland", "2025-10")],
        },
        "decisive": ("have practised as a barrister or solicitor in the State for at least four years", ["years", "yrs"], "years"),
    },
]
