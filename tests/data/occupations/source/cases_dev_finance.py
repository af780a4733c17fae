"""Dev half, finance: auditor, financial advisor, accountant, bank teller."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "auditor-dev-1",
        "occ": "auditor",
        "title": "Audit Senior",
        "company": "Plante Moran",
        "location": "Chicago, IL",
        "posting": """
As an Audit Senior you will plan and run financial statement audits for middle-market manufacturing and distribution clients, supervise and coach staff, and present findings to client management.

Requirements:
- Active CPA license (Illinois or reciprocity)
- 3+ years of external audit experience in public accounting
- Bachelor's degree in accounting
- Proficiency with CaseWare or a similar audit platform
""",
        "name": "Allison Meyer",
        "label": "Assurance Senior Associate",
        "summary": "Licensed certified public accountant in assurance, auditing manufacturers and distributors; I plan engagements and coach staff.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Senior Associate, Assurance", "Crowe LLP", "2023-07", "", [
                "Plan and execute financial statement audits of manufacturers with revenue of $50-400M",
                "Supervise 2-4 staff on fieldwork; review workpapers in CaseWare",
            ]),
            ("Staff Auditor", "Baker Tilly", "2021-09", "2023-06", [
                "Tested revenue, inventory and fixed assets for distribution clients",
            ]),
        ],
        "skills": {"Audit": ["US GAAP", "GAAS", "Risk assessment", "Inventory observation"], "Tools": ["CaseWare", "Excel", "IDEA"]},
        "certs": [("Certified Public Accountant (Licensed)", "Illinois Department of Financial and Professional Regulation", "2023-03")],
        "edu": [("Master of Accountancy", "Accounting", "University of Illinois Urbana-Champaign", "2021")],
        "unq": {
            "summary": "CPA exam candidate in assurance, auditing manufacturers and distributors; I plan engagements and coach staff.",
            "certs": [("Uniform CPA Examination: AUD and FAR passed (2 of 4 sections), not licensed", "NASBA", "2025-05")],
        },
        "mentions_ok": True,
        "decisive": ("active CPA license", ["CPA", "certified public accountant"], "licence level"),
    },
    {
        "id": "auditor-dev-2",
        "occ": "auditor",
        "title": "Audit Manager",
        "company": "BDO USA",
        "location": "Dallas, TX",
        "posting": """
Audit Manager, Assurance - Dallas
- CPA required
- 4+ yrs external audit (public accounting)
- manage multiple engagements, budgets, billing
- SEC / PCAOB exposure a plus
""",
        "name": "Jordan Ellis",
        "label": "Assurance Professional",
        "summary": "CPA with six years auditing public and private companies; I manage engagement budgets and client relationships.",
        "where": ("Dallas", "TX"),
        "work": [
            ("Senior Associate, Assurance", "PwC", "2022-09", "", [
                "Lead PCAOB integrated audits for two SEC registrants; manage budgets and billing",
                "Coordinate fieldwork for teams of five",
            ]),
            ("Staff Auditor", "Grant Thornton", "2020-09", "2022-08", [
                "Substantive testing and internal control walkthroughs",
            ]),
        ],
        "skills": {"Audit": ["PCAOB auditing standards", "SOX 404", "US GAAP", "Engagement budgeting"]},
        "certs": [("CPA", "Texas State Board of Public Accountancy", "2021-11")],
        "edu": [("BBA", "Accounting", "Texas A&M University", "2020")],
        "unq": {
            "summary": "CPA auditing public and private companies; I manage engagement budgets and client relationships.",
            "work": [
                ("Senior Associate, Assurance", "PwC", "2025-01", "", [
                    "Lead PCAOB integrated audits for two SEC registrants; manage budgets and billing",
                    "Coordinate fieldwork for teams of five",
                ]),
                ("Staff Auditor", "Grant Thornton", "2024-06", "2024-12", [
                    "Substantive testing and internal control walkthroughs",
                ]),
                ("Accounts Payable Specialist", "Texas Instruments", "2020-09", "2024-05", [
                    "Processed vendor invoices and three-way matches",
                ]),
            ],
        },
        "decisive": ("4+ years of external audit experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "auditor-dev-3",
        "occ": "auditor",
        "title": "Senior Internal Auditor",
        "company": "Duke Energy",
        "location": "Charlotte, NC",
        "posting": """
The Senior Internal Auditor performs risk-based operational and financial audits across the enterprise, evaluates internal controls, and communicates results to management and the audit committee.

Required: Certified Internal Auditor (CIA) designation; bachelor's degree in accounting, finance or business; five years of audit experience (internal or external). Preferred: utility industry experience, data analytics with ACL or Power BI.
""",
        "name": "Samantha Ruiz",
        "label": "Internal Audit Senior",
        "summary": "Internal auditor with seven years of risk-based operational, financial and SOX audits, most recently in energy.",
        "where": ("Charlotte", "NC"),
        "work": [
            ("Internal Audit Senior", "Dominion Energy", "2022-03", "", [
                "Lead operational audits of fuel procurement and capital projects; report to the audit committee",
                "Build continuous-monitoring dashboards in Power BI",
            ]),
            ("Audit Associate", "KPMG", "2019-09", "2022-02", [
                "External audits of utilities and manufacturers",
            ]),
        ],
        "skills": {"Audit": ["Risk-based auditing", "SOX", "COSO", "Data analytics"], "Tools": ["ACL", "Power BI", "AuditBoard"]},
        "certs": [("Certified Internal Auditor", "The Institute of Internal Auditors (IIA)", "2021-08")],
        "edu": [("Bachelor of Science", "Accounting", "UNC Charlotte", "2019")],
        "unq": {
            "certs": [("Internal Audit Practitioner", "The Institute of Internal Auditors (IIA)", "2021-08")],
        },
        "decisive": ("Certified Internal Auditor (CIA) designation", ["CIA", "certified internal auditor"], "credential level"),
    },
    {
        "id": "advisor-dev-1",
        "occ": "financial_advisor",
        "title": "Financial Advisor",
        "company": "Edward Jones",
        "location": "Omaha, NE",
        "posting": """
Financial Advisor - branch office

Build and serve a book of individual investors: retirement planning, education savings, portfolio reviews.

Must hold FINRA Series 7 and Series 66 (or Series 63 and 65) at hire. 2 years of client-facing financial services experience. Nebraska life and health insurance license within 90 days.
""",
        "name": "Connor Walsh",
        "label": "Wealth Advisor",
        "summary": "Licensed advisor helping families plan retirement and college savings; holds the securities registrations for brokerage and advice.",
        "where": ("Omaha", "NE"),
        "work": [
            ("Associate Wealth Advisor", "Ameriprise Financial", "2022-05", "", [
                "Run annual portfolio reviews for 180 households; open IRAs and 529 plans",
                "Prepare retirement income projections in eMoney",
            ]),
            ("Personal Banker", "First National Bank of Omaha", "2020-06", "2022-04", [
                "Opened deposit accounts and referred clients to investment partners",
            ]),
        ],
        "skills": {"Advice": ["Retirement planning", "Portfolio reviews", "529 plans", "eMoney"]},
        "certs": [
            ("FINRA Series 7 (General Securities Representative)", "FINRA", "2022-07"),
            ("NASAA Series 66 (Uniform Combined State Law)", "NASAA / FINRA", "2022-08"),
            ("Life and Health Insurance Producer License", "Nebraska Department of Insurance", "2022-09"),
        ],
        "edu": [("Bachelor of Science", "Finance", "Creighton University", "2020")],
        "unq": {
            "certs": [
                ("FINRA Series 7 (General Securities Representative)", "FINRA", "2022-07"),
                ("Securities Industry Essentials (SIE)", "FINRA", "2022-06"),
                ("Life and Health Insurance Producer License", "Nebraska Department of Insurance", "2022-09"),
            ],
            "summary": "Registered representative helping families plan retirement and college savings.",
        },
        "decisive": ("FINRA Series 66 (or Series 63 + 65)", ["Series 66", "66", "Series 65", "Series 63"], "licence level"),
    },
    {
        "id": "advisor-dev-2",
        "occ": "financial_advisor",
        "title": "Senior Wealth Planner",
        "company": "Northern Trust",
        "location": "Naples, FL",
        "posting": """
Senior Wealth Planner

Northern Trust's Wealth Management group is seeking a Senior Wealth Planner to deliver comprehensive financial plans to high-net-worth families: cash flow, retirement, estate and tax-aware investment strategy. The planner works with the relationship team and clients' attorneys and CPAs.

Qualifications
CFP® certification is required.
At least 7 years of financial planning experience with high-net-worth clients.
Experience with MoneyGuidePro or eMoney.
Bachelor's degree.
""",
        "name": "Elena Voss",
        "label": "Wealth Planning Director",
        "summary": "CERTIFIED FINANCIAL PLANNER professional building comprehensive plans for families with $5-50M in assets.",
        "where": ("Naples", "FL"),
        "work": [
            ("Director, Wealth Planning", "BNY Wealth", "2019-02", "", [
                "Deliver cash flow, retirement and estate plans to 60 high-net-worth families",
                "Model plans in eMoney and coordinate with estate attorneys",
            ]),
            ("Financial Planner", "Raymond James", "2015-06", "2019-01", [
                "Built retirement and insurance plans for affluent clients in MoneyGuidePro",
            ]),
        ],
        "skills": {"Planning": ["Estate planning", "Retirement income", "Tax-aware investing", "eMoney", "MoneyGuidePro"]},
        "certs": [("CERTIFIED FINANCIAL PLANNER (CFP)", "CFP Board", "2017-10")],
        "edu": [("Bachelor of Arts", "Economics", "University of Florida", "2015")],
        "unq": {
            "summary": "Chartered Retirement Planning Counselor building comprehensive plans for families with $5-50M in assets.",
            "certs": [("Chartered Retirement Planning Counselor (CRPC)", "College for Financial Planning", "2017-10")],
        },
        "decisive": ("CFP certification", ["CFP", "certified financial planner"], "credential level"),
    },
    {
        "id": "advisor-dev-3",
        "occ": "financial_advisor",
        "title": "Financial Advisor - Experienced",
        "company": "Merrill Lynch",
        "location": "Boston, MA",
        "posting": """
Experienced Financial Advisor
* 5+ years as a producing financial advisor
* book of $75M+ AUM
* Series 7, 66 active
* clean U4
""",
        "name": "Michael Brennan",
        "label": "Financial Advisor",
        "summary": "Producing advisor with a $110M book of business and a clean U4.",
        "where": ("Newton", "MA"),
        "work": [
            ("Vice President, Wealth Management", "Morgan Stanley", "2021-03", "", [
                "Manage a $110M book for 140 households; grew assets 35% in three years",
            ]),
            ("Financial Advisor", "Fidelity Investments", "2018-01", "2021-02", [
                "Advised clients on rollovers and managed accounts",
            ]),
        ],
        "skills": {"Advice": ["Asset allocation", "Client acquisition", "Managed accounts"]},
        "certs": [
            ("Series 7", "FINRA", "2018-02"),
            ("Series 66", "NASAA", "2018-03"),
        ],
        "edu": [("BS", "Finance", "Boston College", "2017")],
        "unq": {
            "summary": "Advisor with a $110M book of business and a clean U4.",
            "work": [
                ("Vice President, Wealth Management", "Morgan Stanley", "2025-03", "", [
                    "Manage a $110M book for 140 households inherited from a retiring partner",
                ]),
                ("Client Service Associate", "Fidelity Investments", "2018-01", "2025-02", [
                    "Supported advisors with paperwork and client calls",
                ]),
            ],
        },
        "decisive": ("5+ years as a producing financial advisor", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "accountant-dev-1",
        "occ": "accountant",
        "title": "Senior Accountant",
        "company": "Patagonia",
        "location": "Reno, NV",
        "posting": """
Senior Accountant - Corporate Accounting

Own month-end close for assigned entities: journal entries, account reconciliations, fixed assets and intercompany. Support the annual audit and improve close processes.

Requirements:
- Bachelor's degree in Accounting
- 4+ years of GL accounting experience
- Oracle NetSuite (required - daily use)
- Advanced Excel (pivot tables, XLOOKUP)
- CPA a plus
""",
        "name": "Kelsey Brandt",
        "label": "General Ledger Accountant",
        "summary": "Corporate accountant who owns the month-end close for multi-entity retail companies.",
        "where": ("Sparks", "NV"),
        "work": [
            ("Accountant II", "Tesla Gigafactory Nevada", "2022-01", "", [
                "Close the books for three entities: journal entries, balance sheet reconciliations, intercompany",
                "Record fixed assets and depreciation in NetSuite",
            ]),
            ("Staff Accountant", "Sierra Nevada Corporation", "2019-08", "2021-12", [
                "Prepared accruals and bank reconciliations",
            ]),
        ],
        "skills": {"Accounting": ["Month-end close", "Account reconciliations", "Intercompany", "Fixed assets"], "Tools": ["NetSuite ERP", "Excel (pivot tables, XLOOKUP)"]},
        "certs": [],
        "edu": [("Bachelor of Science", "Accounting", "University of Nevada, Reno", "2019")],
        "unq": {
            "skills": {"Accounting": ["Month-end close", "Account reconciliations", "Intercompany", "Fixed assets"], "Tools": ["Sage Intacct", "Excel (pivot tables, XLOOKUP)"]},
        },
        "swaps": [("Record fixed assets and depreciation in NetSuite", "Record fixed assets and depreciation in Sage Intacct")],
        "decisive": ("Oracle NetSuite experience", ["NetSuite"], "tool"),
    },
    {
        "id": "accountant-dev-2",
        "occ": "accountant",
        "title": "Tax Accountant",
        "company": "H&R Block",
        "location": "Kansas City, MO",
        "posting": """
Tax Accountant (seasonal to year-round)
Prepare and review individual (1040) and small business (1120-S, 1065) returns.
- Enrolled Agent (EA) or CPA - required, must represent clients before the IRS
- 3 tax seasons of preparation experience
- UltraTax, Drake or Lacerte
""",
        "name": "Brian Oduya",
        "label": "Tax Professional",
        "summary": "Tax preparer and reviewer for individuals and pass-through businesses, licensed to represent clients before the IRS.",
        "where": ("Overland Park", "KS"),
        "work": [
            ("Tax Senior", "Mize CPAs", "2022-01", "", [
                "Prepare and review 1040, 1120-S and 1065 returns in UltraTax",
                "Answer IRS notices and represent clients in correspondence audits",
            ]),
            ("Tax Preparer", "Jackson Hewitt", "2020-01", "2021-04", [
                "Prepared individual returns during two filing seasons",
            ]),
        ],
        "skills": {"Tax": ["Individual returns", "S corporation returns", "Partnership returns", "IRS representation"], "Software": ["UltraTax CS", "Drake"]},
        "certs": [("Certified Public Accountant", "Missouri State Board of Accountancy", "2023-02")],
        "edu": [("Bachelor of Science", "Accounting", "University of Missouri-Kansas City", "2021")],
        "unq": {
            "summary": "Tax preparer for individuals and pass-through businesses with a PTIN and the IRS Annual Filing Season Program record.",
            "certs": [("Annual Filing Season Program - Record of Completion (PTIN holder)", "Internal Revenue Service", "2025-01")],
        },
        "swaps": [("Answer IRS notices and represent clients in correspondence audits", "Draft responses to IRS notices for the partner to sign")],
        "mentions_ok": True,
        "decisive": ("Enrolled Agent or CPA", ["Enrolled Agent", "EA", "CPA", "certified public accountant"], "credential level"),
    },
    {
        "id": "accountant-dev-3",
        "occ": "accountant",
        "title": "Staff Accountant",
        "company": "Mayo Clinic",
        "location": "Rochester, MN",
        "posting": """
Mayo Clinic is hiring a Staff Accountant in its Financial Reporting unit. The accountant prepares journal entries and reconciliations, supports grant accounting and helps with the year-end audit.

A bachelor's degree in accounting is required. Candidates need two years of accounting experience and intermediate Excel. Experience with Workday Financials is helpful.
""",
        "name": "Abdi Hassan",
        "label": "Accountant",
        "summary": "Accountant with three years of journal entries, reconciliations and grant accounting in healthcare and education.",
        "where": ("Rochester", "MN"),
        "work": [
            ("Accounting Specialist", "Olmsted Medical Center", "2023-05", "", [
                "Prepare journal entries and balance sheet reconciliations in Workday Financials",
                "Track restricted grant funds and prepare audit schedules",
            ]),
            ("Accounting Assistant", "Rochester Community and Technical College", "2022-06", "2023-04", [
                "Processed invoices and reconciled bank statements",
            ]),
        ],
        "skills": {"Accounting": ["Journal entries", "Reconciliations", "Grant accounting", "Excel", "Workday Financials"]},
        "edu": [("Bachelor of Science", "Accounting", "Winona State University", "2022")],
        "unq": {
            "edu": [("Associate of Applied Science", "Accounting", "Rochester Community and Technical College", "2022")],
        },
        "decisive": ("bachelor's degree in accounting", ["bachelor", "bachelor's", "BS", "B.S."], "degree level"),
    },
    {
        "id": "teller-dev-1",
        "occ": "bank_teller",
        "title": "Bilingual Bank Teller (Spanish)",
        "company": "Wells Fargo",
        "location": "El Paso, TX",
        "posting": """
Bilingual Teller - Spanish/English. Greet customers, process deposits, withdrawals, check cashing and loan payments, balance your drawer, refer customers to bankers.

Required: fluency in Spanish and English (you will be tested), 6+ months of cash handling or customer service experience, high school diploma or equivalent.
""",
        "name": "Gabriela Nunez",
        "label": "Customer Service Associate",
        "summary": "Friendly, accurate cash handler with three years of retail and banking service.",
        "where": ("El Paso", "TX"),
        "work": [
            ("Teller", "GECU", "2024-03", "", [
                "Process 120+ transactions a day; drawer balanced to the penny 98% of days",
                "Refer members to loan officers; serve members in Spanish and English",
            ]),
            ("Cashier", "Walmart", "2022-06", "2024-02", [
                "Handled cash and returns at a high-volume register",
            ]),
        ],
        "skills": {"Service": ["Cash handling", "Drawer balancing", "Customer referrals"]},
        "edu": [("High School Diploma", "", "Bel Air High School", "2022")],
        "langs": [("English", "Fluent"), ("Spanish", "Native")],
        "unq": {"langs": [("English", "Native")]},
        "swaps": [("Refer members to loan officers; serve members in Spanish and English", "Refer members to loan officers")],
        "decisive": ("fluent Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "teller-dev-2",
        "occ": "bank_teller",
        "title": "Teller",
        "company": "PNC Bank",
        "location": "Pittsburgh, PA",
        "posting": """
Teller, part-time (25 hrs)
We're looking for people who like people! Tellers handle deposits, withdrawals and payments accurately and spot chances to help customers with our other services.
Qualifications: at least 1 year of cash-handling experience; high school diploma/GED; available Saturdays.
""",
        "name": "Madison Kowalski",
        "label": "Cashier / Customer Service",
        "summary": "Dependable cash handler who enjoys helping customers; accurate and quick at the register.",
        "where": ("Pittsburgh", "PA"),
        "work": [
            ("Head Cashier", "Giant Eagle", "2023-01", "", [
                "Balance 12 registers at close and prepare bank deposits",
                "Handle cash, checks and refunds; train new cashiers",
            ]),
            ("Barista", "Starbucks", "2021-05", "2022-12", [
                "Took orders and ran the register",
            ]),
        ],
        "skills": {"Service": ["Cash handling", "Balancing", "Customer service"]},
        "edu": [("High School Diploma", "", "Allderdice High School", "2021")],
        "unq": {
            "work": [
                ("Cashier", "Giant Eagle", "2026-09", "", [
                    "Handle cash, checks and refunds at a register",
                ]),
                ("Stock Associate", "Target", "2021-05", "2026-08", [
                    "Unloaded trucks and stocked shelves overnight",
                ]),
            ],
            "summary": "Dependable worker who enjoys helping customers.",
        },
        "decisive": ("1 year of cash-handling experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "teller-dev-3",
        "occ": "bank_teller",
        "title": "Universal Banker",
        "company": "Chase",
        "location": "Phoenix, AZ",
        "posting": """
Universal Banker: handle teller transactions, open accounts, and connect customers with investment products in the branch.

Requirements:
- Active FINRA Series 6 and Series 63 registrations at hire (no sponsorship for this posting)
- 1+ year of retail banking or teller experience
- Arizona life/annuity license preferred
""",
        "name": "Tyler Benson",
        "label": "Personal Banker",
        "summary": "Branch banker who handles teller work, opens accounts and refers investment business; registered for mutual fund and variable annuity sales.",
        "where": ("Chandler", "AZ"),
        "work": [
            ("Relationship Banker", "Bank of America", "2023-04", "", [
                "Open checking, savings and CD accounts; handle teller line transactions at peak times",
                "Present mutual funds and annuities to branch customers",
            ]),
            ("Teller", "Desert Financial Credit Union", "2022-02", "2023-03", [
                "Deposits, withdrawals and cashier's checks",
            ]),
        ],
        "skills": {"Banking": ["Account opening", "Teller transactions", "Investment referrals"]},
        "certs": [
            ("FINRA Series 6 (Investment Company and Variable Contracts Products Representative)", "FINRA", "2023-06"),
            ("Series 63 (Uniform Securities Agent State Law)", "NASAA", "2023-07"),
            ("Life and Annuity Producer License", "Arizona Department of Insurance", "2023-08"),
        ],
        "edu": [("Associate of Arts", "Business", "Mesa Community College", "2021")],
        "unq": {
            "summary": "Branch banker who handles teller work, opens accounts and refers investment business.",
            "certs": [
                ("Securities Industry Essentials (SIE)", "FINRA", "2023-06"),
                ("Life and Annuity Producer License", "Arizona Department of Insurance", "2023-08"),
            ],
        },
        "swaps": [("Present mutual funds and annuities to branch customers", "Refer branch customers to the investment advisor")],
        "decisive": ("FINRA Series 6 and Series 63", ["Series 6", "Series 63"], "licence level"),
    },
]
