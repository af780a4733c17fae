"""Fresh10 set, law: trade mark attorney, legal executive, data protection officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "trade_mark_attorney-fresh10-1",
        "occ": "trade_mark_attorney",
        "title": "Chartered Trade Mark Attorney",
        "company": "Marks & Clerk",
        "location": "Manchester, UK",
        "posting": """
Marks & Clerk's trade mark team in Manchester acts for household-name retailers, food and drink brands and fast-growing technology companies. We are looking for a qualified trade mark attorney to run their own portfolio of UK and international filings, oppositions, invalidity actions and watching work, with support from our formalities and records teams.

What you'll bring
- Chartered Trade Mark Attorney, entered on the IPReg Register of Trade Mark Attorneys
- At least 3 years' trade mark practice, including contentious work before the UKIPO
- Confident advising clients directly, drafting specifications and managing your own caseload and budgets
- Desirable: experience of EUIPO proceedings through our Dutch or Irish offices; a second European language

What we offer
Hybrid working, a clear route to partnership, 25 days' holiday plus your birthday off, private medical cover and a generous pension. We are committed to building an inclusive workplace and welcome applications from all backgrounds.
""",
        "name": "Eleanor Crabtree",
        "label": "Chartered Trade Mark Attorney",
        "summary": "Chartered Trade Mark Attorney with seven years in private practice in Leeds: clearance, filing strategy, UKIPO oppositions and invalidity actions for retail and food brands.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Chartered Trade Mark Attorney, Associate", "Appleyard Lees", "2022-10", "", [
                "Run a portfolio of about 600 UK and international marks for retail, drinks and software clients",
                "Conduct UKIPO oppositions and invalidity actions, including evidence rounds and hearings",
                "Advise clients on clearance searches, specifications and Madrid Protocol filing strategy",
            ]),
            ("Trainee Trade Mark Attorney", "Appleyard Lees", "2019-09", "2022-09", [
                "Drafted search reports, filings and responses to examination reports under supervision",
                "Prepared opposition pleadings and witness statements",
            ]),
        ],
        "skills": {"Trade marks": ["Clearance searching", "Specification drafting", "UKIPO oppositions", "Invalidity actions", "Madrid Protocol", "Watching services"], "Systems": ["Inprotech", "CompuMark"]},
        "certs": [
            ("Postgraduate Certificate in Trade Mark Law and Practice", "Queen Mary University of London", "2020-06"),
            ("Professional Certificate in Trade Mark Practice", "Nottingham Law School", "2022-07"),
            ("Registered Trade Mark Attorney, entered on the IPReg Register", "IPReg", "2022-10"),
            ("Chartered Trade Mark Attorney, Ordinary Member", "CITMA", "2022-10"),
        ],
        "edu": [("LLB (Hons)", "Law", "University of Leeds", "2019")],
        "unq": {
            "label": "Trainee Trade Mark Attorney",
            "summary": "Trade mark trainee with seven years in private practice in Leeds: clearance, filing strategy, UKIPO oppositions and invalidity actions for retail and food brands. Final professional exams due June 2027.",
            "work": [
                ("Trainee Trade Mark Attorney", "Appleyard Lees", "2023-09", "", [
                    "Run a portfolio of about 600 UK and international marks for retail, drinks and software clients under partner supervision",
                    "Conduct UKIPO oppositions and invalidity actions, including evidence rounds",
                    "Advise clients on clearance searches, specifications and Madrid Protocol filing strategy",
                ]),
                ("Trade Mark Paralegal", "Appleyard Lees", "2019-09", "2023-08", [
                    "Drafted search reports, filings and responses to examination reports under supervision",
                    "Prepared opposition pleadings and witness statements",
                ]),
            ],
            "certs": [
                ("Postgraduate Certificate in Trade Mark Law and Practice", "Queen Mary University of London", "2024-06"),
                ("Professional Certificate in Trade Mark Practice (in progress, exams June 2027)", "Nottingham Law School", ""),
                ("Student Member", "CITMA", "2023-09"),
            ],
        },
        "decisive": ("Chartered Trade Mark Attorney on the IPReg register", ["Chartered Trade Mark Attorney", "Chartered", "IPReg", "Registered Trade Mark Attorney"], "credential level"),
    },
    {
        "id": "trade_mark_attorney-fresh10-2",
        "occ": "trade_mark_attorney",
        "title": "Senior Associate - Trade Marks",
        "company": "Spruson & Ferguson",
        "location": "Sydney, NSW, Australia",
        "posting": """
Spruson & Ferguson is one of the Asia-Pacific region's leading IP firms. Our Sydney trade marks group is looking for a Senior Associate to lead a team of attorneys and paralegals on a high-profile portfolio of consumer, pharmaceutical and entertainment brands.

Key responsibilities
- Manage trade mark portfolios in Australia, New Zealand and, through our network, Asia
- Conduct oppositions and non-use removal actions before IP Australia, including hearings
- Advise on brand clearance, enforcement and customs notices; supervise and mentor junior staff

About you
- Registered Trade Marks Attorney (Trans-Tasman IP Attorneys Board); a legal practising certificate is a plus
- At least 6 years' experience in trade marks practice, including contested matters
- Strong business development and client relationship skills
- Experience with Madrid Protocol filings and New Zealand practice

We offer flexible working, a dedicated professional development budget and a collegiate team culture.
""",
        "name": "Caitlin Moroney",
        "label": "Registered Trade Marks Attorney",
        "summary": "Registered trade marks attorney with nearly ten years in Australian trade marks practice: portfolio management, oppositions and non-use actions before IP Australia, and NZ and Madrid filings.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Senior Associate, Trade Marks", "Davies Collison Cave", "2022-07", "", [
                "Lead a team of two attorneys and three paralegals on portfolios for consumer and pharmaceutical brands",
                "Run oppositions and non-use removal actions before IP Australia, including oral hearings",
                "Manage New Zealand and Madrid Protocol filings and Asian agent networks",
            ]),
            ("Trade Marks Attorney, Associate", "Griffith Hack", "2019-03", "2022-06", [
                "Advised on clearance, filing strategy and examination responses",
                "Prepared evidence in opposition proceedings",
            ]),
            ("Trade Marks Technical Assistant", "Griffith Hack", "2017-02", "2019-02", [
                "Searched, drafted filings and responded to adverse reports under supervision",
            ]),
        ],
        "skills": {"Trade marks": ["Portfolio management", "Oppositions", "Non-use removal actions", "Madrid Protocol", "NZ trade mark practice", "Customs notices"], "Other": ["Team leadership", "Business development"]},
        "certs": [
            ("Registered Trade Marks Attorney", "Trans-Tasman IP Attorneys Board", "2019-02"),
        ],
        "edu": [("Master of Intellectual Property", "", "University of Technology Sydney", "2018"), ("Bachelor of Laws", "", "Macquarie University", "2016")],
        "unq": {
            "summary": "Registered trade marks attorney with five years in Australian trade marks practice: portfolio management, oppositions and non-use actions before IP Australia, and NZ and Madrid filings; previously a litigation paralegal.",
            "work": [
                ("Associate, Trade Marks", "Davies Collison Cave", "2024-07", "", [
                    "Manage portfolios for consumer and pharmaceutical brands with two paralegals",
                    "Run oppositions and non-use removal actions before IP Australia, including oral hearings",
                    "Manage New Zealand and Madrid Protocol filings and Asian agent networks",
                ]),
                ("Trade Marks Attorney, Associate", "Griffith Hack", "2023-05", "2024-06", [
                    "Advised on clearance, filing strategy and examination responses",
                    "Prepared evidence in opposition proceedings",
                ]),
                ("Trade Marks Technical Assistant", "Griffith Hack", "2021-11", "2023-04", [
                    "Searched, drafted filings and responded to adverse reports under supervision",
                ]),
                ("Litigation Paralegal", "Gilbert + Tobin", "2016-02", "2021-10", [
                    "Managed discovery and court documents in commercial litigation",
                ]),
            ],
            "certs": [
                ("Registered Trade Marks Attorney", "Trans-Tasman IP Attorneys Board", "2023-04"),
            ],
            "edu": [("Master of Intellectual Property", "", "University of Technology Sydney", "2022"), ("Bachelor of Laws", "", "Macquarie University", "2016")],
        },
        "decisive": ("at least 6 years' experience in trade marks practice", ["years", "yrs"], "years"),
    },
    {
        "id": "legal_executive-fresh10-1",
        "occ": "legal_executive",
        "title": "Chartered Legal Executive - Private Client (Wills, Trusts & Probate)",
        "company": "Irwin Mitchell",
        "location": "Sheffield, UK",
        "posting": """
About the role
Our Private Client team in Sheffield is growing and we are looking for a qualified lawyer to run a caseload of estate administration, will drafting, lasting powers of attorney and Court of Protection deputyship matters, working closely with our tax and trusts specialists.

What you'll need
- Chartered Legal Executive (FCILEX), or solicitor, with at least 3 years' private client experience
- Confident preparing IHT400 accounts and probate applications through MyHMCTS
- Experience of supervising paralegals and trainees
- Desirable: STEP membership or working towards the STEP Diploma

What we offer
Agile working, 25 days' holiday rising with service, a holiday purchase scheme, pension, and funded professional development. We are proud to be a Disability Confident employer.
""",
        "name": "Hannah Oduya",
        "label": "Chartered Legal Executive Lawyer, Private Client",
        "summary": "Chartered Legal Executive (FCILEX) with ten years in private client work: estate administration, IHT400 accounts, wills, LPAs and deputyships. Supervises two paralegals.",
        "where": ("Sheffield", "South Yorkshire"),
        "country": "GB",
        "work": [
            ("Chartered Legal Executive, Private Client", "Wake Smith Solicitors", "2021-03", "", [
                "Run a caseload of 45 estates, from straightforward probates to IHT-paying estates with trusts",
                "Prepare IHT400 accounts and apply for grants through MyHMCTS",
                "Draft wills and LPAs and act on Court of Protection deputyship applications",
                "Supervise two paralegals and review their files",
            ]),
            ("Probate Paralegal, then Trainee Legal Executive", "Wake Smith Solicitors", "2016-09", "2021-02", [
                "Administered estates under supervision: asset collection, statutory notices and estate accounts",
            ]),
        ],
        "skills": {"Private client": ["Estate administration", "IHT400", "MyHMCTS probate", "Will drafting", "Lasting powers of attorney", "Court of Protection"], "Systems": ["Quill", "Peapod"]},
        "certs": [
            ("CILEX Level 3 Professional Diploma in Law and Practice", "CILEX", "2017-06"),
            ("CILEX Level 6 Professional Higher Diploma in Law and Practice (Probate Practice; Wills and Succession)", "CILEX", "2019-06"),
            ("Fellow of CILEX (FCILEX), Chartered Legal Executive", "CILEX Regulation", "2021-03"),
        ],
        "edu": [("BA (Hons)", "History", "University of Sheffield", "2015")],
        "unq": {
            "label": "Private Client Executive (Graduate Member, CILEX)",
            "summary": "Private client executive and Graduate Member of CILEX (GCILEX) with ten years in private client work: estate administration, IHT400 accounts, wills, LPAs and deputyships. Supervises two paralegals.",
            "certs": [
                ("CILEX Level 3 Professional Diploma in Law and Practice", "CILEX", "2017-06"),
                ("CILEX Level 6 Professional Higher Diploma in Law and Practice (Probate Practice; Wills and Succession)", "CILEX", "2019-06"),
                ("Graduate Member of CILEX (GCILEX); work-based learning portfolio not yet submitted", "CILEX", "2019-09"),
            ],
        },
        "swaps": [("\"position\": \"Chartered Legal Executive, Private Client\"", "\"position\": \"Private Client Executive\"")],
        "decisive": ("Chartered Legal Executive (FCILEX) or solicitor", ["Chartered Legal Executive", "FCILEX", "Fellow", "solicitor"], "credential level"),
    },
    {
        "id": "legal_executive-fresh10-2",
        "occ": "legal_executive",
        "title": "Legal Executive - Residential Conveyancing",
        "company": "Ronan Daly Jermyn",
        "location": "Cork, Ireland",
        "posting": """
Ronan Daly Jermyn is seeking an experienced Legal Executive to join the busy residential property team in our Cork office. Working with two partners, you will run a caseload of sales, purchases, remortgages and new-home developments from instruction to completion.

The ideal candidate will have:
- A minimum of 5 years' experience as a conveyancing legal executive in an Irish practice
- The Diploma in Legal Studies and Practice (recognised by IILEX) or an equivalent qualification
- A thorough working knowledge of the Law Society Conveyancing Handbook, title investigation and Tailte Eireann (Land Registry and Registry of Deeds) e-registration
- Experience with a case management system such as LEAP or Keyhouse
- Excellent organisational skills and the ability to manage client expectations

We offer a competitive salary, hybrid working, pension and healthcare contributions, and support for professional development including IILEX membership.
""",
        "name": "Siobhan Kiely",
        "label": "Legal Executive, Conveyancing",
        "summary": "Conveyancing legal executive with ten years handling residential sales, purchases and new-home developments in Cork practices; Member of the Irish Institute of Legal Executives (M.I.I.L.Ex).",
        "where": ("Cork", "Co. Cork"),
        "country": "IE",
        "work": [
            ("Senior Legal Executive, Residential Property", "Hegarty Solicitors", "2021-02", "", [
                "Run 70 to 90 live conveyancing files: sales, purchases, remortgages and new developments",
                "Investigate title, raise requisitions and draft contracts and deeds",
                "Lodge applications with Tailte Eireann and manage stamp duty returns on ROS",
            ]),
            ("Legal Executive, Conveyancing", "Fitzgerald & Co. Solicitors", "2017-01", "2021-01", [
                "Handled residential sales and purchases from instruction to completion under a partner",
                "Prepared undertakings, closing searches and Land Registry lodgements",
            ]),
            ("Legal Secretary", "Fitzgerald & Co. Solicitors", "2014-06", "2016-12", [
                "Typed deeds and contracts and managed the conveyancing diary",
            ]),
        ],
        "skills": {"Conveyancing": ["Title investigation", "Contracts and deeds", "Requisitions on title", "Land Registry and Registry of Deeds", "eConveyancing", "Stamp duty (ROS)"], "Systems": ["LEAP", "Keyhouse"]},
        "certs": [
            ("Diploma in Legal Studies and Practice", "Griffith College (IILEX recognised)", "2016-06"),
            ("Legal Executive Member (M.I.I.L.Ex)", "Irish Institute of Legal Executives", "2017-03"),
        ],
        "edu": [("Leaving Certificate", "", "Scoil Mhuire, Cork", "2013")],
        "unq": {
            "summary": "Conveyancing legal executive handling residential sales, purchases and new-home developments in Cork practices since 2022, after eight years as a litigation legal secretary; Member of the Irish Institute of Legal Executives (M.I.I.L.Ex).",
            "work": [
                ("Legal Executive, Residential Property", "Hegarty Solicitors", "2022-11", "", [
                    "Run 50 to 60 live conveyancing files: sales, purchases, remortgages and new developments",
                    "Investigate title, raise requisitions and draft contracts and deeds",
                    "Lodge applications with Tailte Eireann and manage stamp duty returns on ROS",
                ]),
                ("Legal Secretary, Litigation", "Fitzgerald & Co. Solicitors", "2014-06", "2022-10", [
                    "Managed court diaries, briefs to counsel and discovery bundles for a personal injury team",
                ]),
            ],
            "certs": [
                ("Diploma in Legal Studies and Practice", "Griffith College (IILEX recognised)", "2016-06"),
                ("Legal Executive Member (M.I.I.L.Ex)", "Irish Institute of Legal Executives", "2023-01"),
            ],
        },
        "decisive": ("minimum 5 years' experience as a conveyancing legal executive", ["years", "yrs"], "years"),
    },
    {
        "id": "data_protection_officer-fresh10-1",
        "occ": "data_protection_officer",
        "title": "Data Protection Manager (Deputy DPO)",
        "company": "Glanbia",
        "location": "Kilkenny, Ireland (hybrid)",
        "posting": """
The role
Reporting to the Group Data Protection Officer, you will run the day-to-day privacy programme across our Irish and European businesses, acting as deputy DPO and the first point of contact for the business on data protection questions.

Key responsibilities
- Maintain the Record of Processing Activities and data maps; run DPIAs and transfer impact assessments
- Manage data subject access requests and breach response, including notifications to the Data Protection Commission
- Own and administer our OneTrust platform and its reporting
- Deliver training and awareness across the group

Requirements
- 4+ years in a data protection or privacy role, with deep working knowledge of the GDPR and the Data Protection Act 2018
- Hands-on administration of OneTrust (Data Mapping, Assessment Automation and DSAR modules) - essential
- A professional privacy qualification: CIPP/E, the Practitioner Certificate in Data Protection (PC.dp), or a law degree
- Fluent English; another EU language an advantage

Glanbia is an equal opportunities employer. We offer hybrid working, a bonus scheme, pension and private healthcare.
""",
        "name": "Orla McGrath",
        "label": "Data Protection Manager",
        "summary": "Privacy professional with seven years running GDPR programmes in Irish financial services and retail: RoPA, DPIAs, DSARs and breach management; OneTrust administrator. CIPP/E, CIPM.",
        "where": ("Kilkenny", "Co. Kilkenny"),
        "country": "IE",
        "work": [
            ("Data Protection Manager", "Musgrave Group", "2022-01", "", [
                "Run the group privacy programme for 30 processing teams; maintain the RoPA and data maps in OneTrust",
                "Administer OneTrust Data Mapping, Assessment Automation and DSAR modules, including workflows and dashboards",
                "Lead DPIAs and breach assessments; prepared two notifications to the Data Protection Commission",
            ]),
            ("Data Protection Analyst", "Bank of Ireland", "2019-09", "2021-12", [
                "Handled 400+ access and erasure requests a year within statutory deadlines",
                "Reviewed processor contracts and standard contractual clauses",
            ]),
        ],
        "skills": {"Privacy": ["GDPR", "Data Protection Act 2018", "RoPA", "DPIA", "DSAR handling", "Breach management", "Transfer impact assessments"], "Tools": ["OneTrust", "Power BI", "ServiceNow"]},
        "certs": [
            ("Certified Information Privacy Professional/Europe (CIPP/E)", "IAPP", "2020-05"),
            ("Certified Information Privacy Manager (CIPM)", "IAPP", "2023-02"),
        ],
        "edu": [("BA", "Law and French", "University College Dublin", "2019")],
        "langs": [("English", "Native"), ("French", "Professional working proficiency")],
        "unq": {
            "summary": "Privacy professional with seven years running GDPR programmes in Irish financial services and retail: RoPA, DPIAs, DSARs and breach management; TrustArc administrator. CIPP/E, CIPM.",
            "work": [
                ("Data Protection Manager", "Musgrave Group", "2022-01", "", [
                    "Run the group privacy programme for 30 processing teams; maintain the RoPA and data maps in TrustArc",
                    "Administer TrustArc Data Inventory Hub, Assessment Manager and Individual Rights Manager, including workflows and dashboards",
                    "Lead DPIAs and breach assessments; prepared two notifications to the Data Protection Commission",
                ]),
                ("Data Protection Analyst", "Bank of Ireland", "2019-09", "2021-12", [
                    "Handled 400+ access and erasure requests a year within statutory deadlines",
                    "Reviewed processor contracts and standard contractual clauses",
                ]),
            ],
            "skills": {"Privacy": ["GDPR", "Data Protection Act 2018", "RoPA", "DPIA", "DSAR handling", "Breach management", "Transfer impact assessments"], "Tools": ["TrustArc", "Power BI", "ServiceNow"]},
        },
        "decisive": ("hands-on OneTrust administration", ["OneTrust"], "tool"),
    },
    {
        "id": "data_protection_officer-fresh10-2",
        "occ": "data_protection_officer",
        "title": "Data Protection Officer - Privacy Office",
        "company": "Booking.com",
        "location": "Amsterdam, Netherlands",
        "posting": """
About the team
Our Privacy Office advises product, engineering and customer-service teams on how to build and run services that respect the privacy of millions of travellers. As a Data Protection Officer in the team you will give independent advice, monitor compliance and be a contact point for the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

What you'll do
- Advise on DPIAs, legitimate-interest assessments and international transfers for new products
- Monitor compliance with the GDPR and the Dutch implementation act (UAVG) through audits and controls testing
- Handle escalated data subject complaints and regulator enquiries
- Train and support privacy champions across the business

What you'll bring
- 5+ years of experience in data protection, in-house or in a regulator or law firm
- CIPP/E certification is required; CIPM or CIPT is a plus
- Strong knowledge of the GDPR, ePrivacy rules and EDPB guidance
- Fluent English; Dutch is a plus but not required

Relocation support is available. Booking.com is proud to be an equal opportunity workplace.
""",
        "name": "Marco Vermeulen",
        "label": "Privacy Counsel",
        "summary": "Data protection professional with eight years in consumer tech and e-commerce: DPIAs, international transfers, compliance monitoring and regulator contact in the Netherlands and Belgium. CIPP/E and CIPT.",
        "where": ("Utrecht", "Utrecht"),
        "country": "NL",
        "work": [
            ("Privacy Counsel", "bol.", "2021-04", "", [
                "Advise product and marketing teams on DPIAs, cookies and legitimate-interest assessments",
                "Run the annual GDPR controls-testing cycle and report to the DPO",
                "Handled enquiries from the Autoriteit Persoonsgegevens and escalated customer complaints",
            ]),
            ("Privacy Officer", "Proximus", "2018-09", "2021-03", [
                "Maintained the record of processing and transfer assessments for a telecom operator in Brussels",
                "Delivered privacy training to customer-service teams",
            ]),
        ],
        "skills": {"Privacy": ["GDPR", "UAVG", "ePrivacy and cookies", "DPIA", "International transfers", "Compliance monitoring", "EDPB guidance"]},
        "certs": [
            ("Certified Information Privacy Professional/Europe (CIPP/E)", "IAPP", "2019-03"),
            ("Certified Information Privacy Technologist (CIPT)", "IAPP", "2022-10"),
        ],
        "edu": [("LLM", "Law and Technology", "Tilburg University", "2018")],
        "langs": [("Dutch", "Native"), ("English", "Fluent"), ("French", "Good")],
        "unq": {
            "summary": "Data protection professional with eight years in consumer tech and e-commerce: DPIAs, international transfers, compliance monitoring and regulator contact in the Netherlands and Belgium. CIPM and CIPT.",
            "certs": [
                ("Certified Information Privacy Manager (CIPM)", "IAPP", "2019-03"),
                ("Certified Information Privacy Technologist (CIPT)", "IAPP", "2022-10"),
            ],
        },
        "decisive": ("CIPP/E certification", ["CIPP/E", "CIPP", "Certified Information Privacy Professional"], "certificate"),
    },
]
# fmt: on
