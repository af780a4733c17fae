"""Held-out half, finance: auditor, financial advisor, accountant, bank teller."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "auditor-heldout-1",
        "occ": "auditor",
        "title": "IT Auditor",
        "company": "Fifth Third Bank",
        "location": "Cincinnati, OH",
        "posting": """
IT Auditor - Internal Audit

Plan and perform audits of IT general controls, application controls, cybersecurity and third-party risk across the bank.

Requirements:
- CISA certification (required)
- 3+ years of IT audit or IT risk experience
- Knowledge of SOX ITGCs, FFIEC, NIST CSF
- Bachelor's in information systems, accounting or related field
""",
        "name": "Nicholas Grant",
        "label": "Technology Risk Auditor",
        "summary": "Certified information systems auditor testing ITGCs, cybersecurity and vendor risk in banking.",
        "where": ("Mason", "OH"),
        "work": [
            ("Senior IT Audit Analyst", "Huntington National Bank", "2022-05", "", [
                "Test SOX IT general controls: access, change management and operations",
                "Audit cybersecurity against NIST CSF and FFIEC guidance",
            ]),
            ("Technology Risk Associate", "Deloitte", "2020-08", "2022-04", [
                "ITGC and SOC 1 testing for financial services clients",
            ]),
        ],
        "skills": {"Audit": ["ITGCs", "SOX", "NIST CSF", "FFIEC", "Third-party risk"]},
        "certs": [("Certified Information Systems Auditor (CISA)", "ISACA", "2022-03")],
        "edu": [("Bachelor of Business Administration", "Information Systems", "University of Cincinnati", "2020")],
        "unq": {
            "summary": "Certified internal auditor testing ITGCs, cybersecurity and vendor risk in banking.",
            "certs": [("Certified Internal Auditor (CIA)", "The IIA", "2022-03")],
        },
        "decisive": ("CISA certification", ["CISA", "certified information systems auditor"], "certificate"),
    },
    {
        "id": "auditor-heldout-2",
        "occ": "auditor",
        "title": "Senior Auditor - Assurance",
        "company": "Moss Adams",
        "location": "Seattle, WA",
        "posting": """
Senior, Assurance
- 3+ years of external audit experience in public accounting
- CPA or CPA-eligible (must obtain within 1 year)
- not-for-profit or healthcare audits a plus
- supervise associates in the field
""",
        "name": "Emma Larson",
        "label": "Assurance Senior",
        "summary": "Auditor of not-for-profit and healthcare organizations; supervises associates in the field.",
        "where": ("Tacoma", "WA"),
        "work": [
            ("Senior, Audit & Assurance", "Clark Nuber PS", "2023-09", "", [
                "Run fieldwork for not-for-profit and Single Audit engagements; supervise 3 associates",
            ]),
            ("Assurance Associate", "BDO USA", "2021-09", "2023-08", [
                "Audited hospitals and clinics; tested revenue cycle and payroll",
            ]),
        ],
        "skills": {"Audit": ["Single Audit (Uniform Guidance)", "Not-for-profit audit", "Healthcare audit", "Supervision"]},
        "certs": [("CPA", "Washington State Board of Accountancy", "2023-06")],
        "edu": [("Master of Professional Accounting", "Accounting", "University of Washington", "2021")],
        "unq": {
            "work": [
                ("Senior, Audit & Assurance", "Clark Nuber PS", "2025-09", "", [
                    "Run fieldwork for not-for-profit and Single Audit engagements; supervise 3 associates",
                ]),
                ("Billing Specialist", "MultiCare Health System", "2021-09", "2025-08", [
                    "Posted payments and worked denied claims",
                ]),
            ],
        },
        "decisive": ("3+ years of external audit experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "auditor-heldout-3",
        "occ": "auditor",
        "title": "Audit Senior Manager",
        "company": "RSM US",
        "location": "Minneapolis, MN",
        "posting": """
As an Audit Senior Manager at RSM you will lead a portfolio of middle-market audit clients, manage teams and budgets, and sign off on workpapers before partner review. An active US CPA license is required; international professional designations alone are not sufficient for this role. Eight or more years of audit experience, including at least two as a manager, are expected.
""",
        "name": "Rohan Iyer",
        "label": "Audit Manager",
        "summary": "Audit manager for middle-market manufacturers and distributors; ten years in assurance.",
        "where": ("Minneapolis", "MN"),
        "work": [
            ("Audit Manager", "Baker Tilly", "2021-01", "", [
                "Manage 12 audit clients, teams of 4-8 and engagement budgets; first-level review of workpapers",
            ]),
            ("Audit Senior", "Deloitte", "2016-08", "2020-12", [
                "Audits of manufacturing and consumer business clients",
            ]),
        ],
        "skills": {"Audit": ["US GAAP", "PCAOB and AICPA standards", "Team management", "Budgeting"]},
        "certs": [("Certified Public Accountant (active license)", "Minnesota State Board of Accountancy", "2018-04")],
        "edu": [("Master of Business Taxation", "Accounting", "University of Minnesota", "2016")],
        "unq": {
            "certs": [("Chartered Accountant (ACA)", "Institute of Chartered Accountants in England and Wales (ICAEW)", "2018-04")],
            "work": [
                ("Audit Manager", "Baker Tilly", "2021-01", "", [
                    "Manage 12 audit clients, teams of 4-8 and engagement budgets; first-level review of workpapers",
                ]),
                ("Audit Senior", "Deloitte UK", "2016-08", "2020-12", [
                    "Audits of manufacturing and consumer business clients",
                ]),
            ],
            "edu": [("Master of Science", "Accounting and Finance", "London School of Economics", "2016")],
        },
        "decisive": ("active US CPA license", ["CPA", "certified public accountant"], "jurisdiction"),
    },
    {
        "id": "advisor-heldout-1",
        "occ": "financial_advisor",
        "title": "Investment Adviser Representative",
        "company": "Fisher Investments",
        "location": "Plano, TX",
        "posting": """
Investment Adviser Representative (fee-only RIA)

Requirements: Series 65 license (or Series 66 together with Series 7) held at hire; three years of client-facing financial services experience; bachelor's degree. CFP candidates welcome.
""",
        "name": "Ashley Nguyen",
        "label": "Financial Planner",
        "summary": "Fee-only planner advising individual clients; licensed as an investment adviser representative.",
        "where": ("Frisco", "TX"),
        "work": [
            ("Associate Advisor", "Mercer Advisors", "2022-03", "", [
                "Advise 120 client households on allocation, rebalancing and withdrawal plans",
            ]),
            ("Client Service Representative", "Charles Schwab", "2020-07", "2022-02", [
                "Answered client account and trading questions",
            ]),
        ],
        "skills": {"Advice": ["Asset allocation", "Retirement withdrawals", "Client reviews"]},
        "certs": [("Uniform Investment Adviser Law Examination (Series 65)", "NASAA", "2022-04")],
        "edu": [("Bachelor of Business Administration", "Finance", "University of North Texas", "2020")],
        "unq": {
            "summary": "Planner advising individual clients; registered representative.",
            "certs": [("General Securities Representative (Series 7)", "FINRA", "2022-04"), ("Uniform Securities Agent State Law (Series 63)", "NASAA", "2022-05")],
        },
        "decisive": ("Series 65 (or 66 with 7)", ["Series 65", "Series 66", "65", "66"], "licence level"),
    },
    {
        "id": "advisor-heldout-2",
        "occ": "financial_advisor",
        "title": "Financial Professional - Insurance and Investments",
        "company": "Northwestern Mutual",
        "location": "San Jose, CA",
        "posting": """
financial professional
must have: CA Life & Health (Life-Only and Accident & Health) insurance license, active
SIE + Series 6 or 7 within 6 months
2 yrs sales or client service
""",
        "name": "Brian Cho",
        "label": "Financial Representative",
        "summary": "Financial representative selling life insurance, disability and annuities to young families and professionals.",
        "where": ("Santa Clara", "CA"),
        "work": [
            ("Financial Representative", "New York Life", "2023-01", "", [
                "Build plans with term and whole life, disability and annuity products for 90 clients",
            ]),
            ("Sales Associate", "Apple Retail", "2021-03", "2022-12", [
                "Consultative sales and customer service",
            ]),
        ],
        "skills": {"Sales": ["Needs analysis", "Life insurance", "Disability insurance", "Annuities"]},
        "certs": [("Life-Only and Accident & Health insurance license", "California Department of Insurance", "2022-12"), ("SIE", "FINRA", "2023-03")],
        "edu": [("Bachelor of Arts", "Economics", "San Jose State University", "2021")],
        "unq": {
            "summary": "Financial representative helping young families and professionals with savings and investment accounts.",
            "work": [
                ("Financial Representative", "Edward Jones", "2023-01", "", [
                    "Build savings and investment plans for 90 clients",
                ]),
                ("Sales Associate", "Apple Retail", "2021-03", "2022-12", [
                    "Consultative sales and customer service",
                ]),
            ],
            "skills": {"Sales": ["Needs analysis", "Savings plans", "Mutual funds"]},
            "certs": [("SIE", "FINRA", "2023-03")],
        },
        "decisive": ("California Life & Health insurance license", ["life", "Life & Health", "Accident & Health", "insurance license"], "licence level"),
    },
    {
        "id": "advisor-heldout-3",
        "occ": "financial_advisor",
        "title": "Portfolio Manager - Private Wealth",
        "company": "Bessemer Trust",
        "location": "New York, NY",
        "posting": """
Bessemer Trust seeks a Portfolio Manager for its private wealth group. The portfolio manager builds and manages customized portfolios for families, works with client advisors on investment policy, and presents to clients.

Qualifications: CFA charterholder (required); seven or more years of investment management experience; excellent communication skills.
""",
        "name": "Catherine Wells",
        "label": "Portfolio Manager",
        "summary": "Portfolio manager for private clients: multi-asset portfolios, investment policy and client presentations.",
        "where": ("Brooklyn", "NY"),
        "work": [
            ("Vice President, Portfolio Management", "J.P. Morgan Private Bank", "2020-02", "", [
                "Manage $900M across 70 family relationships; write investment policy statements",
            ]),
            ("Investment Analyst", "Neuberger Berman", "2016-07", "2020-01", [
                "Equity research and portfolio construction",
            ]),
        ],
        "skills": {"Investments": ["Portfolio construction", "Asset allocation", "Equity research", "Client presentations"]},
        "certs": [("CFA charterholder", "CFA Institute", "2020-09")],
        "edu": [("Bachelor of Science", "Economics", "The Wharton School, University of Pennsylvania", "2016")],
        "unq": {
            "certs": [("Passed Level II of the CFA Program (not a charterholder)", "CFA Institute", "2025-08")],
        },
        "mentions_ok": True,
        "decisive": ("CFA charter", ["CFA", "charterholder", "CFA charterholder"], "credential level"),
    },
    {
        "id": "accountant-heldout-1",
        "occ": "accountant",
        "title": "Accounting Manager",
        "company": "Intuitive Surgical",
        "location": "Sunnyvale, CA",
        "posting": """
The Accounting Manager leads the general ledger team through month-end close, owns revenue and lease accounting, and works with the external auditors.

Requirements: active CPA license; six years of progressive accounting experience including public accounting; knowledge of ASC 606 and ASC 842; experience managing a team.
""",
        "name": "Grace Liu",
        "label": "Corporate Accounting Lead",
        "summary": "Licensed CPA leading close, revenue recognition and lease accounting for medical technology companies.",
        "where": ("Mountain View", "CA"),
        "work": [
            ("Senior Accounting Supervisor", "Abbott Diagnostics", "2021-04", "", [
                "Lead a team of 5 through month-end close; own ASC 606 revenue and ASC 842 lease accounting",
            ]),
            ("Audit Senior", "KPMG", "2017-09", "2021-03", [
                "Audited medical device and life science companies",
            ]),
        ],
        "skills": {"Accounting": ["ASC 606", "ASC 842", "Month-end close", "Team leadership"]},
        "certs": [("Certified Public Accountant", "California Board of Accountancy", "2019-02")],
        "edu": [("Bachelor of Science", "Accountancy", "Santa Clara University", "2017")],
        "unq": {
            "summary": "Management accountant leading close, revenue recognition and lease accounting for medical technology companies.",
            "certs": [("Certified Management Accountant (CMA)", "Institute of Management Accountants", "2019-02")],
        },
        "decisive": ("active CPA license", ["CPA", "certified public accountant"], "credential level"),
    },
    {
        "id": "accountant-heldout-2",
        "occ": "accountant",
        "title": "General Ledger Accountant",
        "company": "Hormel Foods",
        "location": "Austin, MN",
        "posting": """
GL Accountant
- 3+ years general ledger accounting
- journal entries, accruals, account recs, close
- SAP
- BS accounting
""",
        "name": "Tyler Hanson",
        "label": "Financial Accountant",
        "summary": "Accountant running journal entries, accruals and reconciliations in SAP for food manufacturers.",
        "where": ("Albert Lea", "MN"),
        "work": [
            ("Accounting Analyst", "Land O'Lakes", "2022-06", "", [
                "Book journal entries and accruals; reconcile 60 balance sheet accounts in SAP",
            ]),
            ("Financial Accountant", "Schwan's Company", "2020-06", "2022-05", [
                "Supported monthly close and intercompany reconciliations in SAP",
            ]),
        ],
        "skills": {"Accounting": ["Journal entries", "Accruals", "Reconciliations", "Month-end close", "SAP FI"]},
        "edu": [("Bachelor of Science", "Accounting", "Minnesota State University, Mankato", "2020")],
        "unq": {
            "work": [
                ("Accounting Analyst", "Land O'Lakes", "2025-10", "", [
                    "Book journal entries and accruals; reconcile 60 balance sheet accounts in SAP",
                ]),
                ("Payroll Clerk", "Schwan's Company", "2020-06", "2025-09", [
                    "Processed weekly payroll and timecard corrections",
                ]),
            ],
        },
        "decisive": ("3+ years of general ledger accounting", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "accountant-heldout-3",
        "occ": "accountant",
        "title": "Property Accountant",
        "company": "Greystar",
        "location": "Charleston, SC",
        "posting": """
Property Accountant

Greystar is hiring a Property Accountant for a portfolio of multifamily communities. You will prepare monthly financial statements, reconcile bank and balance sheet accounts, and review rent roll and receivables.

What you bring: a bachelor's degree in accounting or finance, two years of property accounting experience, and hands-on experience with Yardi Voyager (required).
""",
        "name": "Morgan Ellis",
        "label": "Real Estate Accountant",
        "summary": "Property accountant for multifamily portfolios: monthly financials, reconciliations and rent roll review.",
        "where": ("Mount Pleasant", "SC"),
        "work": [
            ("Real Estate Accountant", "Bozzuto", "2022-08", "", [
                "Prepare monthly financial statements for 14 apartment communities in Yardi Voyager",
                "Reconcile bank accounts and review rent rolls and delinquency",
            ]),
        ],
        "skills": {"Accounting": ["Property financial statements", "Bank reconciliations", "Rent roll review"], "Systems": ["Yardi Voyager", "Excel"]},
        "edu": [("Bachelor of Science", "Accounting", "College of Charleston", "2022")],
        "unq": {
            "skills": {"Accounting": ["Property financial statements", "Bank reconciliations", "Rent roll review"], "Systems": ["MRI Software", "Excel"]},
        },
        "swaps": [("Prepare monthly financial statements for 14 apartment communities in Yardi Voyager", "Prepare monthly financial statements for 14 apartment communities in MRI")],
        "decisive": ("Yardi Voyager experience", ["Yardi"], "tool"),
    },
    {
        "id": "teller-heldout-1",
        "occ": "bank_teller",
        "title": "Head Teller",
        "company": "Truist",
        "location": "Richmond, VA",
        "posting": """
Head Teller - lead the teller line, manage the vault and cash orders, balance, and coach tellers on service and referrals.
Requirements: 2+ years of teller experience in a bank or credit union; strong cash handling; dual control procedures.
""",
        "name": "Angela Price",
        "label": "Senior Teller",
        "summary": "Senior teller who runs the vault, orders cash and coaches the teller line.",
        "where": ("Henrico", "VA"),
        "work": [
            ("Teller Supervisor", "Virginia Credit Union", "2023-04", "", [
                "Manage the vault and cash orders under dual control; balance the branch daily",
                "Coach 5 tellers on service and referrals",
            ]),
            ("Member Service Teller", "Virginia Credit Union", "2021-06", "2023-03", [
                "Deposits, withdrawals and loan payments",
            ]),
        ],
        "skills": {"Banking": ["Vault management", "Dual control", "Cash ordering", "Coaching"]},
        "edu": [("Associate of Applied Science", "Business Administration", "Reynolds Community College", "2021")],
        "unq": {
            "work": [
                ("Teller", "Virginia Credit Union", "2026-04", "", [
                    "Deposits, withdrawals and loan payments; help the supervisor with vault counts under dual control",
                ]),
                ("Barista", "Starbucks", "2021-06", "2026-03", [
                    "Made drinks and ran the register",
                ]),
            ],
            "summary": "Teller who handles cash carefully and likes coaching others.",
            "label": "Teller",
        },
        "decisive": ("2+ years of teller experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "teller-heldout-2",
        "occ": "bank_teller",
        "title": "Teller - Vietnamese Speaking",
        "company": "Bank of America",
        "location": "Houston, TX",
        "posting": """
Our Bellaire Boulevard financial center serves a large Vietnamese-speaking community. We are looking for a Teller who is fluent in Vietnamese and English to process transactions, answer questions and connect clients with specialists. At least six months of cash handling or customer service experience is required.
""",
        "name": "Kim Pham",
        "label": "Teller",
        "summary": "Teller who serves clients in Vietnamese and English; accurate, friendly and quick.",
        "where": ("Houston", "TX"),
        "work": [
            ("Teller", "Amegy Bank", "2024-02", "", [
                "Process deposits, withdrawals and wires; explain products to clients in Vietnamese and English",
            ]),
            ("Cashier", "Hong Kong Food Market", "2022-05", "2024-01", [
                "Cash register and customer service",
            ]),
        ],
        "skills": {"Service": ["Cash handling", "Client referrals", "Customer service"]},
        "edu": [("High School Diploma", "", "Bellaire High School", "2022")],
        "langs": [("Vietnamese", "Native"), ("English", "Fluent")],
        "unq": {"langs": [("English", "Native")], "summary": "Teller who serves clients with care; accurate, friendly and quick."},
        "swaps": [("explain products to clients in Vietnamese and English", "explain products to clients")],
        "decisive": ("fluent Vietnamese", ["Vietnamese"], "language"),
    },
    {
        "id": "teller-heldout-3",
        "occ": "bank_teller",
        "title": "Teller / Notary",
        "company": "Seacoast Bank",
        "location": "Stuart, FL",
        "posting": """
Teller / Notary
* current Florida Notary Public commission REQUIRED at hire
* 6 mo. cash handling
* Saturday rotation
* process transactions, notarize documents for clients
""",
        "name": "Brianna Cole",
        "label": "Bank Teller",
        "summary": "Bank teller and commissioned notary; accurate cash handling and friendly service.",
        "where": ("Port St. Lucie", "FL"),
        "work": [
            ("Teller", "TD Bank", "2024-01", "", [
                "Process 100 transactions a day and notarize documents for clients",
            ]),
            ("Server", "Olive Garden", "2022-03", "2023-12", [
                "Handled cash and card payments",
            ]),
        ],
        "skills": {"Service": ["Cash handling", "Notarization", "Customer service"]},
        "certs": [("Notary Public Commission", "State of Florida", "2024-03")],
        "edu": [("High School Diploma", "", "Port St. Lucie High School", "2022")],
        "unq": {
            "certs": [],
            "summary": "Bank teller; accurate cash handling and friendly service.",
            "skills": {"Service": ["Cash handling", "Customer service"]},
        },
        "swaps": [("Process 100 transactions a day and notarize documents for clients", "Process 100 transactions a day")],
        "decisive": ("Florida Notary Public commission", ["notary", "notarize"], "certificate"),
    },
]
