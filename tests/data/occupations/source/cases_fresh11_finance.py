"""Fresh11 half, finance: chartered tax adviser, management accountant, risk manager, insurance broker."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "chartered_tax_adviser-fresh11-1",
        "occ": "chartered_tax_adviser",
        "title": "Private Client Tax Manager",
        "company": "Harrowgate Moss LLP",
        "location": "Leeds, UK (hybrid)",
        "posting": """
Private Client Tax Manager - Leeds - hybrid (3 days office)

Harrowgate Moss is a top-30 independent accountancy firm. Our Leeds private client team advises entrepreneurs, landed estates and trusts on income tax, CGT, IHT and succession planning.

The role
- Manage a portfolio of high-net-worth clients and trusts, reviewing self-assessment and trust returns
- Lead advisory work on IHT planning, business property relief and residence/domicile questions
- Supervise and develop two seniors and a trainee

About you
- CTA qualified (Chartered Tax Adviser). ACA/ACCA alongside CTA is welcome but not required.
- At least 3 years' private client tax experience in practice
- Strong technical writing for client reports and HMRC correspondence
- Right to work in the UK

Salary £55k-£65k, 25 days holiday, study support, flexible hours.
""",
        "name": "Fiona Ashworth",
        "label": "Assistant Manager, Private Client Tax",
        "summary": "Private client tax specialist with seven years in practice advising families, trusts and estates on income tax, CGT and IHT. Chartered Tax Adviser. British citizen.",
        "where": ("Harrogate", "North Yorkshire"),
        "country": "GB",
        "work": [
            ("Assistant Manager, Private Client Tax", "Dales & Co Chartered Accountants", "2022-09", "", [
                "Review self-assessment and trust tax returns for a portfolio of 120 HNW clients",
                "Draft IHT and succession planning reports, including BPR and APR claims for family businesses",
                "Supervise two tax seniors and handle HMRC enquiries",
            ]),
            ("Tax Senior, Personal Tax", "Kirkgate Accountants", "2019-09", "2022-08", [
                "Prepared personal and trust returns; researched residence and remittance basis questions",
            ]),
        ],
        "skills": {"Tax": ["Income tax", "Capital gains tax", "Inheritance tax", "Trusts", "HMRC enquiries"], "Software": ["CCH Personal Tax", "Alphatax"], "Other": ["Right to work in the UK (British citizen)"]},
        "certs": [
            ("Chartered Tax Adviser (CTA) - Member, Chartered Institute of Taxation", "CIOT", "2022-11"),
            ("ATT - Member, Association of Taxation Technicians", "ATT", "2020-11"),
        ],
        "edu": [("BA (Hons)", "Economics", "University of York", "2019")],
        "unq": {
            "summary": "Private client tax specialist with seven years in practice advising families, trusts and estates on income tax, CGT and IHT. Taxation Technician (ATT). British citizen.",
            "certs": [("ATT - Member, Association of Taxation Technicians", "ATT", "2020-11")],
        },
        "decisive": ("CTA (Chartered Tax Adviser) qualification", ["CTA", "Chartered Tax Adviser"], "credential level"),
    },
    {
        "id": "chartered_tax_adviser-fresh11-2",
        "occ": "chartered_tax_adviser",
        "title": "Corporate Tax Assistant Manager",
        "company": "Liffey Partners",
        "location": "Dublin 2, Ireland",
        "posting": """
Corporate Tax Assistant Manager | Dublin 2 | Hybrid

Liffey Partners is an Irish advisory firm with a growing multinational client base. We are looking for an AITI Chartered Tax Adviser to join our corporate tax team.

Key responsibilities:
- Review Form CT1 corporation tax returns and computations for Irish companies and branches
- Advise on R&D tax credit claims, Knowledge Development Box and close company surcharge
- Manage Revenue audits and queries via ROS and MyEnquiries
- Coach and review the work of trainees

Requirements:
- AITI Chartered Tax Adviser (CTA) - the Irish Tax Institute qualification is essential, as the role signs off Irish corporation tax work
- 3+ years' Irish corporate tax experience in practice or industry
- Strong Excel skills
- Eligibility to work in Ireland (Stamp 4 or EU/EEA/UK citizen)

Competitive salary, pension, healthcare, study leave and CPD.
""",
        "name": "Niamh Gallagher",
        "label": "Corporate Tax Senior",
        "summary": "Corporate tax senior with six years preparing and reviewing Irish corporation tax returns and R&D credit claims for multinationals; Chartered Tax Adviser with the Irish Tax Institute. Irish citizen.",
        "where": ("Dublin", "Leinster"),
        "country": "IE",
        "work": [
            ("Corporate Tax Senior", "Grand Canal Tax Advisers", "2022-02", "", [
                "Review CT1 returns and tax computations for Irish subsidiaries of US groups",
                "Prepare R&D tax credit claims and KDB analyses",
                "Handle Revenue audit correspondence through ROS and MyEnquiries",
            ]),
            ("Tax Associate", "Fitzwilliam & Co", "2020-09", "2022-01", [
                "Prepared corporation tax computations and preliminary tax calculations for Irish companies",
            ]),
        ],
        "skills": {"Tax": ["Irish corporation tax", "R&D tax credit", "Knowledge Development Box", "Revenue audits"], "Software": ["ROS", "Excel (advanced)", "Alphatax"], "Other": ["Irish citizen"]},
        "certs": [("AITI Chartered Tax Adviser (CTA)", "Irish Tax Institute", "2023-03")],
        "edu": [("Bachelor of Commerce", "Accounting", "University College Dublin", "2020")],
        "unq": {
            "summary": "Corporate tax senior with six years preparing and reviewing Irish corporation tax returns and R&D credit claims for multinationals; Chartered Tax Adviser with the Chartered Institute of Taxation (UK). Irish citizen.",
            "certs": [("Chartered Tax Adviser (CTA)", "Chartered Institute of Taxation (UK)", "2023-03")],
        },
        "decisive": ("AITI Chartered Tax Adviser (Irish Tax Institute)", ["AITI", "Irish Tax Institute"], "jurisdiction"),
    },
    {
        "id": "management_accountant-fresh11-1",
        "occ": "management_accountant",
        "title": "Management Accountant",
        "company": "Lekki Foods Plc",
        "location": "Lagos, Nigeria",
        "posting": """
Job Title: Management Accountant
Location: Ikeja, Lagos
Department: Finance

Job Summary
Lekki Foods Plc, a leading FMCG manufacturer, seeks a Management Accountant to drive costing, budgeting and performance reporting across our three factories.

Responsibilities
- Prepare monthly management accounts, product costing and variance analysis
- Lead the annual budget and rolling forecasts with plant managers
- Produce margin and working-capital dashboards for the executive team

Requirements
- B.Sc/HND in Accounting, Finance or related field
- Professional qualification: ACMA / CGMA (CIMA) - fully qualified. ICAN membership is an added advantage.
- Minimum of 5 years' cost/management accounting experience, preferably in manufacturing
- Proficiency in Excel and an ERP system
- NYSC discharge or exemption certificate

Interested and qualified candidates should send their CV to the HR department.
""",
        "name": "Chinedu Okonkwo",
        "label": "Cost & Management Accountant",
        "summary": "Chartered management accountant with seven years of costing, budgeting and management reporting in Nigerian FMCG and beverage manufacturing. NYSC completed.",
        "where": ("Lagos", "Lagos State"),
        "country": "NG",
        "work": [
            ("Senior Cost Accountant", "Ikorodu Beverages Ltd", "2022-03", "", [
                "Prepare monthly management accounts and standard-cost variance analysis for two plants",
                "Run the annual budget and quarterly reforecasts with operations and sales",
                "Built gross-margin and working-capital dashboards for the leadership team",
            ]),
            ("Management Accountant", "Ogun Flour Mills", "2019-08", "2022-02", [
                "Product costing and month-end reporting in Microsoft Dynamics",
            ]),
        ],
        "skills": {"Finance": ["Product costing", "Budgeting and forecasting", "Variance analysis", "Management reporting"], "Systems": ["Excel (advanced)", "Microsoft Dynamics 365"]},
        "certs": [
            ("Associate Chartered Management Accountant (ACMA, CGMA)", "Chartered Institute of Management Accountants (CIMA)", "2022-09"),
            ("NYSC Certificate of National Service", "National Youth Service Corps", "2018-11"),
        ],
        "edu": [("B.Sc.", "Accounting", "University of Lagos", "2017")],
        "unq": {
            "summary": "Part-qualified CIMA student with seven years of costing, budgeting and management reporting in Nigerian FMCG and beverage manufacturing. NYSC completed.",
            "certs": [
                ("CIMA Certificate in Business Accounting; Operational and Management levels passed (Strategic level in progress)", "Chartered Institute of Management Accountants (CIMA)", "2024-11"),
                ("NYSC Certificate of National Service", "National Youth Service Corps", "2018-11"),
            ],
        },
        "decisive": ("fully qualified ACMA / CGMA (CIMA)", ["ACMA", "CGMA", "Chartered Management Accountant"], "credential level"),
    },
    {
        "id": "management_accountant-fresh11-2",
        "occ": "management_accountant",
        "title": "Manager - Cost Controlling (SAP CO)",
        "company": "Deccan Auto Components Pvt Ltd",
        "location": "Pune, Maharashtra, India",
        "posting": """
Manager - Cost Controlling | Chakan, Pune | Auto components manufacturing

Qualification: CMA (ICMAI) / CA
Experience: 5-8 yrs in plant costing / management accounting

Job description:
- Product costing, standard cost roll-up and BOM/routing validation
- Monthly MIS, plant P&L, cost variance and inventory valuation
- Budget & forecast for 2 plants; capex evaluation
- Cost audit support (Companies (Cost Records and Audit) Rules)

Must have:
- Hands-on SAP CO (product costing, CO-PA) - S/4HANA preferred. Candidates without SAP experience will not be considered.
- Advanced Excel
- Auto / engineering manufacturing background

CTC: 14-18 LPA. Notice period: immediate to 60 days preferred.
""",
        "name": "Aditi Kulkarni",
        "label": "Deputy Manager - Costing",
        "summary": "Cost and Management Accountant (ICMAI) with seven years of plant costing, MIS and budgeting in auto components and engineering manufacturing; runs product costing in SAP S/4HANA.",
        "where": ("Pune", "Maharashtra"),
        "country": "IN",
        "work": [
            ("Deputy Manager - Costing", "Bhosari Forgings Ltd", "2022-07", "", [
                "Run standard cost estimates and cost roll-ups in SAP S/4HANA CO-PC; validate BOMs and routings",
                "Prepare monthly plant P&L, cost variance and inventory valuation MIS",
                "Support the statutory cost audit and budget for two plants",
            ]),
            ("Cost Accountant", "Talegaon Precision Engineering", "2019-06", "2022-06", [
                "Product costing and profitability analysis in SAP ECC (CO-PA)",
            ]),
        ],
        "skills": {"Costing": ["Product costing", "Standard costing", "Variance analysis", "Cost audit", "Budgeting"], "Systems": ["SAP S/4HANA CO-PC", "SAP CO-PA", "Advanced Excel"]},
        "certs": [("Cost and Management Accountant (ACMA)", "The Institute of Cost Accountants of India (ICMAI)", "2019-02")],
        "edu": [("B.Com", "Accounting and Finance", "Savitribai Phule Pune University", "2016")],
        "unq": {
            "summary": "Cost and Management Accountant (ICMAI) with seven years of plant costing, MIS and budgeting in auto components and engineering manufacturing; runs product costing in Oracle E-Business Suite.",
            "skills": {"Costing": ["Product costing", "Standard costing", "Variance analysis", "Cost audit", "Budgeting"], "Systems": ["Oracle E-Business Suite (Cost Management)", "Tally Prime", "Advanced Excel"]},
        },
        "swaps": [
            ("Run standard cost estimates and cost roll-ups in SAP S/4HANA CO-PC; validate BOMs and routings", "Run standard cost updates in Oracle EBS Cost Management; validate BOMs and routings"),
            ("Product costing and profitability analysis in SAP ECC (CO-PA)", "Product costing and profitability analysis in Tally and Excel"),
        ],
        "decisive": ("hands-on SAP CO (S/4HANA)", ["SAP", "S/4HANA"], "tool"),
    },
    {
        "id": "risk_manager-fresh11-1",
        "occ": "risk_manager",
        "title": "Senior Manager, Market Risk",
        "company": "Straits Pacific Bank",
        "location": "Singapore",
        "posting": """
Senior Manager, Market Risk (Treasury & Markets)

Responsibilities
- Independently monitor market risk limits (VaR, sensitivities, stress loss) for the trading book
- Review new products and lead market risk input to ICAAP and MAS regulatory submissions
- Challenge front office on risk positions; present to the Market Risk Committee

Requirements
- Degree in Finance, Economics, Mathematics or a quantitative discipline
- At least 8 years of market risk experience in a bank or securities house
- FRM or PRM certification; CFA a plus
- Good knowledge of FRTB and MAS Notice 637
- Strong SQL/Python or VBA skills

Only Singapore Citizens or Permanent Residents need apply. We regret only shortlisted candidates will be notified.
""",
        "name": "Lim Wei Jie",
        "label": "Vice President, Market Risk Management",
        "summary": "Market risk professional with eleven years of independent risk oversight for bank trading books in Singapore; FRM-certified; FRTB and MAS 637 implementation experience. Singapore Citizen.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Vice President, Market Risk Management", "Marina Commerce Bank", "2020-04", "", [
                "Monitor VaR, sensitivity and stress-loss limits for rates, FX and credit trading desks",
                "Led market risk workstream for FRTB standardised approach and MAS Notice 637 reporting",
                "Present limit breaches and new product reviews to the Market Risk Committee",
            ]),
            ("Associate, then AVP, Risk Analytics", "Orchard Securities", "2015-06", "2020-03", [
                "Built daily historical VaR and stress testing reports in SQL and Python",
                "Reviewed front-office risk positions for equities and fixed income",
            ]),
        ],
        "skills": {"Risk": ["Value at Risk", "Stress testing", "FRTB", "MAS 637", "ICAAP"], "Technical": ["SQL", "Python", "VBA"], "Other": ["Singapore Citizen"]},
        "certs": [("Financial Risk Manager (FRM)", "GARP", "2017-08")],
        "edu": [("Bachelor of Science", "Quantitative Finance", "National University of Singapore", "2015")],
        "langs": [("English", "Native"), ("Mandarin", "Fluent")],
        "unq": {
            "summary": "Market risk professional with several years of independent risk oversight for bank trading books in Singapore after an operations background; FRM-certified; FRTB and MAS 637 experience. Singapore Citizen.",
            "work": [
                ("Vice President, Market Risk Management", "Marina Commerce Bank", "2022-09", "", [
                    "Monitor VaR, sensitivity and stress-loss limits for rates, FX and credit trading desks",
                    "Led market risk workstream for FRTB standardised approach and MAS Notice 637 reporting",
                    "Present limit breaches and new product reviews to the Market Risk Committee",
                ]),
                ("Associate, Risk Analytics", "Orchard Securities", "2020-03", "2022-08", [
                    "Built daily historical VaR and stress testing reports in SQL and Python",
                ]),
                ("Treasury Operations Officer", "Orchard Securities", "2015-06", "2020-02", [
                    "Settled FX and money-market trades and reconciled nostro accounts",
                ]),
            ],
        },
        "decisive": ("at least 8 years of market risk experience", ["years", "yrs"], "years"),
    },
    {
        "id": "risk_manager-fresh11-2",
        "occ": "risk_manager",
        "title": "Enterprise Risk Manager (EL1)",
        "company": "Capability Acquisition Group (Defence contractor)",
        "location": "Canberra, ACT, Australia",
        "posting": """
Enterprise Risk Manager - EL1 equivalent | Canberra | 12-month contract + 12 extension

Our client, a Defence capability program, needs an Enterprise Risk Manager to run its risk framework and reporting.

Key duties
- Maintain the program risk register and controls library aligned to ISO 31000 and the Commonwealth Risk Management Policy
- Facilitate risk workshops with project managers and engineering leads
- Produce monthly risk reports for the Senior Responsible Officer and Audit & Risk Committee

Essential
- Australian citizen holding a current NV1 (Negative Vetting Level 1) security clearance or higher - baseline is not sufficient for this role
- 5+ years in enterprise or project risk management, ideally in Defence or APS
- Experience with a risk system (e.g. Active Risk Manager, Predict!)

Desirable: RMIA CPRM; PRINCE2.

Rate $135-$150/hr + super. Apply with CV; clearance level must be stated.
""",
        "name": "Rebecca Tran",
        "label": "Senior Risk Adviser",
        "summary": "Risk manager with nine years running enterprise and project risk frameworks for Defence and APS programs; ISO 31000 practitioner. Australian citizen holding a current NV1 clearance.",
        "where": ("Canberra", "ACT"),
        "country": "AU",
        "work": [
            ("Senior Risk Adviser", "Department of Defence (via Lakeside Consulting)", "2021-08", "", [
                "Maintain the risk register and controls library for a $2B maritime sustainment program",
                "Facilitate quarterly risk workshops with project and engineering leads",
                "Prepare risk reports for the Audit and Risk Committee using Active Risk Manager",
            ]),
            ("Risk and Assurance Officer", "Department of Home Affairs", "2017-03", "2021-07", [
                "Supported the enterprise risk framework aligned to the Commonwealth Risk Management Policy",
            ]),
        ],
        "skills": {"Risk": ["ISO 31000", "Commonwealth Risk Management Policy", "Risk workshops", "Risk reporting"], "Systems": ["Active Risk Manager", "Predict!"], "Other": ["Australian citizen"]},
        "certs": [
            ("Negative Vetting Level 1 (NV1) security clearance - current", "AGSVA", "2021-06"),
            ("Certified Practising Risk Manager (CPRM)", "Risk Management Institution of Australasia (RMIA)", "2022-10"),
            ("PRINCE2 Practitioner", "PeopleCert", "2019-05"),
        ],
        "edu": [("Bachelor of Commerce", "", "Australian National University", "2016")],
        "unq": {
            "summary": "Risk manager with nine years running enterprise and project risk frameworks for Defence and APS programs; ISO 31000 practitioner. Australian citizen holding a current Baseline clearance.",
            "certs": [
                ("Baseline security clearance - current", "AGSVA", "2021-06"),
                ("Certified Practising Risk Manager (CPRM)", "Risk Management Institution of Australasia (RMIA)", "2022-10"),
                ("PRINCE2 Practitioner", "PeopleCert", "2019-05"),
            ],
        },
        "decisive": ("NV1 (Negative Vetting Level 1) security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "insurance_broker-fresh11-1",
        "occ": "insurance_broker",
        "title": "Senior Executive, Corporate Broking (General Insurance)",
        "company": "Klang Valley Insurance Brokers Sdn Bhd",
        "location": "Kuala Lumpur, Malaysia",
        "posting": """
Senior Executive, Corporate Broking - General Insurance

Responsibilities:
- Handle a portfolio of corporate clients: fire, engineering, liability, marine cargo and group medical
- Source quotations from insurers, prepare comparisons and present renewals to clients
- Assist clients on claims and liaise with loss adjusters

Requirements:
- Diploma / Degree in any field; AMII or PCII (Malaysian Insurance Institute) preferred
- Minimum 5 years' experience in general insurance broking or underwriting
- Good command of English and Bahasa Malaysia
- Malaysian citizen
- Own transport

Attractive salary + allowances + yearly bonus.
""",
        "name": "Nurul Ain binti Hassan",
        "label": "Account Executive, Corporate Insurance",
        "summary": "General insurance broking executive with eight years placing fire, engineering, liability and marine cargo covers for corporate clients. AMII. Malaysian, fluent in English and Bahasa Malaysia, own car.",
        "where": ("Petaling Jaya", "Selangor"),
        "country": "MY",
        "work": [
            ("Account Executive, Corporate Insurance", "Bukit Bintang Insurance Brokers", "2021-07", "", [
                "Manage renewals for 60 corporate clients across fire, engineering, liability and marine cargo",
                "Obtain and compare insurer quotations; present renewal reports to clients",
                "Coordinate claims with loss adjusters and insurers",
            ]),
            ("Underwriting Executive (Fire & Engineering)", "Selangor General Assurance Berhad", "2018-03", "2021-06", [
                "Underwrote commercial fire and engineering risks; prepared quotations for brokers",
            ]),
        ],
        "skills": {"Insurance": ["Corporate general insurance", "Renewals", "Claims liaison", "Fire and engineering underwriting"], "Other": ["Own transport", "Malaysian citizen"]},
        "certs": [("Associate of the Malaysian Insurance Institute (AMII)", "Malaysian Insurance Institute", "2020-09")],
        "edu": [("Bachelor of Business Administration", "Insurance", "Universiti Teknologi MARA", "2017")],
        "langs": [("Bahasa Malaysia", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "General insurance broking executive placing fire, engineering, liability and marine cargo covers for corporate clients, after a bank branch background. AMII. Malaysian, fluent in English and Bahasa Malaysia, own car.",
            "work": [
                ("Account Executive, Corporate Insurance", "Bukit Bintang Insurance Brokers", "2023-01", "", [
                    "Manage renewals for 60 corporate clients across fire, engineering, liability and marine cargo",
                    "Obtain and compare insurer quotations; present renewal reports to clients",
                    "Coordinate claims with loss adjusters and insurers",
                ]),
                ("Customer Service Officer", "Bank Rakyat Selangor branch", "2018-03", "2022-12", [
                    "Handled account opening, remittances and customer enquiries at a branch counter",
                ]),
            ],
            "certs": [("Associate of the Malaysian Insurance Institute (AMII)", "Malaysian Insurance Institute", "2024-09")],
        },
        "decisive": ("minimum 5 years in general insurance broking or underwriting", ["years", "yrs"], "years"),
    },
    {
        "id": "insurance_broker-fresh11-2",
        "occ": "insurance_broker",
        "title": "Commercial Lines Account Manager",
        "company": "Chinook Insurance Brokers",
        "location": "Calgary, AB, Canada",
        "posting": """
Commercial Lines Account Manager (Broker) - Calgary, hybrid

Chinook Insurance Brokers is an independent brokerage placing commercial P&C for contractors, oilfield services and small manufacturers across Southern Alberta.

You will manage a book of mid-market commercial accounts: renewals, marketing to insurers, coverage reviews, certificates and endorsements.

Requirements
- Alberta General Insurance Level 2 licence (Alberta Insurance Council) - this role works without supervision, so Level 1 will not meet the requirement
- 3+ years of commercial lines experience in a brokerage
- CIP designation or progress towards it
- Experience with Epic or Power Broker
- Legally entitled to work in Canada

Salary $70,000-$85,000 + bonus, benefits, paid CIP courses.
""",
        "name": "Jordan McAllister",
        "label": "Commercial Account Manager",
        "summary": "Commercial lines broker with six years managing contractor and oilfield services accounts in Alberta brokerages; Chartered Insurance Professional. Canadian citizen.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Commercial Account Manager", "Bow River Insurance Group", "2022-04", "", [
                "Manage 180 commercial accounts: CGL, property, equipment and wrap-up policies",
                "Market renewals to insurers and present coverage options to clients",
                "Issue certificates of insurance and process policy changes in Applied Epic",
            ]),
            ("Commercial Lines Assistant, then Associate Broker", "Foothills Insurance Services", "2020-06", "2022-03", [
                "Supported brokers on renewals and new business for small commercial clients",
            ]),
        ],
        "skills": {"Insurance": ["Commercial P&C", "Renewals and marketing", "Contractors and oilfield risks", "Certificates of insurance"], "Systems": ["Applied Epic", "Power Broker"], "Other": ["Canadian citizen"]},
        "certs": [
            ("General Insurance Agent Licence - Level 2", "Alberta Insurance Council", "2022-02"),
            ("Chartered Insurance Professional (CIP)", "Insurance Institute of Canada", "2024-06"),
        ],
        "edu": [("Bachelor of Commerce", "Risk Management & Insurance", "University of Calgary", "2020")],
        "unq": {
            "certs": [
                ("General Insurance Agent Licence - Level 1", "Alberta Insurance Council", "2022-02"),
                ("Chartered Insurance Professional (CIP)", "Insurance Institute of Canada", "2024-06"),
            ],
        },
        "decisive": ("Alberta General Insurance Level 2 licence", ["Level 2"], "licence level"),
    },
]
# fmt: on
