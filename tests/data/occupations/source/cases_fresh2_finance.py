"""Fresh2 cases, finance: actuary, loan officer, payroll specialist, accountant (written blind, December 2026)."""

CASES = [
    {
        "id": "actuary-fresh2-1",
        "occ": "actuary",
        "title": "Actuary - Individual Life Pricing",
        "company": "Pacific Life",
        "location": "Newport Beach, CA",
        "posting": """
Pacific Life's individual life pricing team is looking for an Actuary to own assumption updates and profitability
testing for our indexed universal life products. You will build and maintain pricing models in AXIS, document
assumption changes for the pricing committee, and partner with product management and distribution on new designs.

Qualifications
- Associate of the Society of Actuaries (ASA) designation required; progress toward FSA is a plus
- 3+ years of life insurance actuarial experience (pricing, valuation or modeling)
- Experience with AXIS or a comparable actuarial projection system
- Bachelor's degree in actuarial science, mathematics, statistics or a related field
- Strong Excel and VBA; SQL preferred
""",
        "name": "Anjali Deshpande",
        "label": "Actuarial Associate, Life Pricing",
        "summary": "Life actuary working on indexed and universal life profitability testing, assumption setting and "
        "reserve modeling.",
        "where": ("Irvine", "CA"),
        "work": [
            (
                "Actuarial Associate, Individual Life Pricing",
                "Transamerica",
                "2022-07",
                None,
                [
                    "Ran IUL profitability tests and sensitivity runs in AXIS for four product repricings",
                    "Drafted assumption-change memos reviewed by the pricing committee",
                    "Built VBA tools that cut model-point preparation from two days to three hours",
                ],
            ),
            (
                "Actuarial Analyst, Life Valuation",
                "Protective Life",
                "2019-06",
                "2022-06",
                [
                    "Produced quarterly GAAP and statutory reserve runs for universal life blocks",
                    "Reconciled in-force extracts with SQL before each valuation cycle",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Actuarial Science", "University of California, Santa Barbara", "2019")],
        "skills": {
            "Actuarial": ["AXIS", "profitability testing", "assumption setting", "statutory reserves"],
            "Tools": ["Excel", "VBA", "SQL"],
        },
        "certs": [("Associate of the Society of Actuaries (ASA)", "Society of Actuaries", "2023-03")],
        "unq": {"certs": [("SOA Exams P, FM, FAM, SRM and ALTAM passed", "Society of Actuaries", "2024-05")]},
        "decisive": (
            "Associate of the Society of Actuaries (ASA)",
            ["ASA", "Associate of the Society of Actuaries"],
            "credential level",
        ),
    },
    {
        "id": "actuary-fresh2-2",
        "occ": "actuary",
        "title": "Senior Actuarial Analyst - Personal Auto Pricing",
        "company": "Progressive Insurance",
        "location": "Mayfield Village, OH",
        "posting": """
Join the auto product development team that sets rates in 40+ states.

What you'll do:
* Build and refresh GLM-based rating plans for personal auto
* Prepare rate indications and state filing exhibits
* Monitor competitive position and the impact of rate changes

Must have:
* 4+ yrs P&C actuarial pricing / ratemaking experience
* Progress toward ACAS (at least 3 CAS exams passed)
* Bachelor's in a quantitative field
* R or Python, plus SQL

Nice to have: Emblem, telematics data
""",
        "name": "Marcus Boateng",
        "label": "Actuarial Analyst II, Ratemaking",
        "summary": "Property and casualty actuarial analyst building rate indications, GLM rating factors and filing "
        "exhibits.",
        "where": ("Cleveland", "OH"),
        "work": [
            (
                "Actuarial Analyst II, Homeowners Ratemaking",
                "Erie Insurance",
                "2023-10",
                None,
                [
                    "Prepare state rate indications and filing exhibits for homeowners in six states",
                    "Refit GLM rating factors in R for wind and hail perils",
                ],
            ),
            (
                "Actuarial Analyst, Personal Lines Pricing",
                "Westfield Insurance",
                "2020-08",
                "2023-09",
                [
                    "Built loss-cost trend and development exhibits for auto rate reviews",
                    "Ran competitive rate comparisons in SQL against filed rate manuals",
                ],
            ),
            (
                "Data Analyst, Marketing Analytics",
                "Sherwin-Williams",
                "2018-06",
                "2020-07",
                ["Built weekly sales dashboards in Python and SQL", "Analyzed A/B tests for email campaigns"],
            ),
        ],
        "edu": [("Bachelor of Science", "Mathematics", "The Ohio State University", "2018")],
        "skills": {
            "Actuarial": ["GLM", "rate indications", "loss development", "trend"],
            "Tools": ["R", "SQL", "Python"],
        },
        "certs": [("CAS Exams MAS-I, MAS-II and 5 passed", "Casualty Actuarial Society", "2025-05")],
        "unq": {
            "work": [
                (
                    "Actuarial Analyst II, Homeowners Ratemaking",
                    "Erie Insurance",
                    "2023-10",
                    None,
                    [
                        "Prepare state rate indications and filing exhibits for homeowners in six states",
                        "Refit GLM rating factors in R for wind and hail perils",
                    ],
                ),
                (
                    "Data Analyst, Claims Operations Reporting",
                    "Westfield Insurance",
                    "2020-08",
                    "2023-09",
                    [
                        "Built claim cycle-time and adjuster workload reports",
                        "Automated monthly claims dashboards in SQL and Python",
                    ],
                ),
                (
                    "Data Analyst, Marketing Analytics",
                    "Sherwin-Williams",
                    "2018-06",
                    "2020-07",
                    ["Built weekly sales dashboards in Python and SQL", "Analyzed A/B tests for email campaigns"],
                ),
            ]
        },
        "decisive": ("4+ years of P&C actuarial pricing experience", ["years", "yrs"], "years"),
    },
    {
        "id": "loan-officer-fresh2-1",
        "occ": "loan_officer",
        "title": "Mortgage Loan Officer (Bilingual Vietnamese)",
        "company": "Guild Mortgage",
        "location": "Houston, TX",
        "posting": """
Guild Mortgage is growing its Bellaire Boulevard branch, which serves a large Vietnamese-speaking homebuyer community
in southwest Houston. You will originate purchase and refinance loans, walk borrowers through the process from
pre-approval to closing, and work with local real estate agents.

Requirements:
- Active Texas mortgage loan originator license (NMLS, state-licensed MLO)
- Fluent in Vietnamese and English, spoken and written - required
- 2+ years originating residential purchase loans (conventional, FHA, VA)
- Working knowledge of Encompass
- Established realtor referral relationships a plus
""",
        "name": "Kevin Dang",
        "label": "Loan Officer",
        "summary": "Residential mortgage loan officer focused on first-time buyers and purchase business in southwest "
        "Houston.",
        "where": ("Houston", "TX"),
        "work": [
            (
                "Loan Officer",
                "Fairway Independent Mortgage",
                "2022-03",
                None,
                [
                    "Originated 68 purchase loans in 2025 across conventional, FHA and VA programs",
                    "Managed pipeline, disclosures and conditions in Encompass",
                    "Built referral partnerships with twelve listing agents in Alief and Sharpstown",
                ],
            ),
            (
                "Junior Loan Officer",
                "Amegy Bank",
                "2019-09",
                "2022-02",
                [
                    "Took residential applications and pre-qualified purchase borrowers",
                    "Ordered appraisals and cleared conditions with underwriting",
                ],
            ),
        ],
        "edu": [("Bachelor of Business Administration", "Finance", "University of Houston", "2019")],
        "skills": {
            "Lending": ["FHA", "VA", "conventional", "purchase loans"],
            "Systems": ["Encompass", "Optimal Blue"],
        },
        "certs": [
            (
                "Texas Residential Mortgage Loan Originator License, NMLS #2045118",
                "Texas Department of Savings and Mortgage Lending",
                "2022-02",
            )
        ],
        "langs": [("English", "Native"), ("Vietnamese", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("fluent Vietnamese", ["Vietnamese"], "language"),
    },
    {
        "id": "loan-officer-fresh2-2",
        "occ": "loan_officer",
        "title": "Mortgage Loan Officer",
        "company": "Navy Federal Credit Union",
        "location": "Vienna, VA",
        "posting": """
As a Mortgage Loan Officer you will guide members through home purchase and refinance decisions, from the first rate
conversation to closing. Many of our members are active-duty service members and veterans, so VA lending knowledge
matters.

Qualifications: At least 3 years of experience originating residential mortgage loans. Registered in the NMLS, or able
to register within 30 days of hire. Working knowledge of VA, FHA and conventional guidelines. Bachelor's degree or
equivalent experience. Strong sales and follow-up habits.
""",
        "name": "Rachel Osei",
        "label": "Mortgage Loan Originator",
        "summary": "Mortgage loan originator serving military and veteran borrowers with purchase and refinance loans.",
        "where": ("Alexandria", "VA"),
        "work": [
            (
                "Mortgage Loan Originator",
                "PenFed Credit Union",
                "2021-05",
                None,
                [
                    "Closed $38M in purchase and refinance volume in 2025",
                    "Structured VA IRRRL and cash-out refinances for service members",
                ],
            ),
            (
                "Home Mortgage Consultant",
                "Wells Fargo Home Mortgage",
                "2019-04",
                "2021-04",
                [
                    "Took residential loan applications and quoted rate and program options",
                    "Advised first-time buyers on FHA down payment and mortgage insurance",
                ],
            ),
            (
                "Personal Banker",
                "Capital One",
                "2016-08",
                "2019-03",
                ["Opened deposit accounts and referred mortgage leads to the home loan team"],
            ),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "George Mason University", "2016")],
        "skills": {"Lending": ["VA loans", "FHA", "conventional", "refinance"], "Systems": ["Encompass", "Salesforce"]},
        "certs": [("Registered Mortgage Loan Originator, NMLS ID 1782206", "NMLS", "2019-04")],
        "unq": {
            "work": [
                (
                    "Mortgage Loan Originator",
                    "PenFed Credit Union",
                    "2024-10",
                    None,
                    [
                        "Closed $14M in purchase and refinance volume in 2025",
                        "Structured VA IRRRL and cash-out refinances for service members",
                    ],
                ),
                (
                    "Branch Service Manager",
                    "Wells Fargo",
                    "2019-04",
                    "2024-09",
                    [
                        "Led a team of six tellers and personal bankers",
                        "Referred mortgage leads and coordinated appointments with home mortgage consultants",
                    ],
                ),
                (
                    "Personal Banker",
                    "Capital One",
                    "2016-08",
                    "2019-03",
                    ["Opened deposit accounts and referred mortgage leads to the home loan team"],
                ),
            ],
            "certs": [("Registered Mortgage Loan Originator, NMLS ID 1782206", "NMLS", "2024-10")],
        },
        "decisive": ("3+ years originating residential mortgage loans", ["years", "yrs"], "years"),
    },
    {
        "id": "payroll-specialist-fresh2-1",
        "occ": "payroll_specialist",
        "title": "Payroll Manager",
        "company": "Cintas",
        "location": "Mason, OH",
        "posting": """
Lead a team of six running weekly and biweekly payroll for 9,000+ hourly employees across 30 states.

Must have:
- CPP (Certified Payroll Professional) - required
- 5+ years of multi-state payroll, 2+ of them leading people
- Quarter-end and year-end: 941s, state unemployment, W-2 reconciliation
- UKG Pro or a similar enterprise payroll system
- Advanced Excel (pivot tables, XLOOKUP)
""",
        "name": "Denise Hollander",
        "label": "Payroll Supervisor",
        "summary": "Payroll supervisor for large hourly workforces: multi-state processing, payroll tax filings and "
        "year-end.",
        "where": ("West Chester", "OH"),
        "work": [
            (
                "Payroll Supervisor",
                "Kroger",
                "2021-01",
                None,
                [
                    "Supervise five specialists processing weekly pay for 14,000 hourly associates in eleven states",
                    "Own quarterly 941 and SUI filings and the annual W-2 reconciliation",
                    "Led the payroll workstream of the UKG Pro upgrade",
                ],
            ),
            (
                "Senior Payroll Specialist",
                "Fifth Third Bank",
                "2016-05",
                "2020-12",
                [
                    "Processed multi-state biweekly payroll, garnishments and off-cycle checks",
                    "Reconciled payroll tax liabilities to the general ledger each quarter",
                ],
            ),
        ],
        "edu": [
            ("Associate of Applied Business", "Accounting", "Cincinnati State Technical and Community College", "2015")
        ],
        "skills": {
            "Payroll": ["multi-state payroll", "Form 941", "SUI", "W-2 reconciliation", "garnishments"],
            "Systems": ["UKG Pro", "Excel (pivot tables, XLOOKUP)"],
        },
        "certs": [("Certified Payroll Professional (CPP)", "PayrollOrg", "2019-10")],
        "unq": {"certs": [("Fundamental Payroll Certification (FPC)", "PayrollOrg", "2017-06")]},
        "decisive": (
            "Certified Payroll Professional (CPP)",
            ["CPP", "Certified Payroll Professional"],
            "credential level",
        ),
    },
    {
        "id": "payroll-specialist-fresh2-2",
        "occ": "payroll_specialist",
        "title": "Payroll Specialist",
        "company": "Sweetgreen",
        "location": "Los Angeles, CA",
        "posting": """
We're looking for a Payroll Specialist to run biweekly payroll for our restaurant teams in California, New York and
Illinois. You'll process new hires and terminations, tip and meal-break premium pay, garnishments and off-cycle checks,
and answer team members' pay questions.

Requirements: 2+ years processing multi-state hourly payroll; hands-on experience with ADP Workforce Now (required -
payroll, time and HR all run in it); working knowledge of California wage and hour rules (meal and rest premiums, final
pay). FPC or CPP preferred.
""",
        "name": "Carlos Medina",
        "label": "Payroll Specialist",
        "summary": "Payroll specialist for multi-unit restaurant groups: hourly pay, tips, premiums and garnishments.",
        "where": ("Pasadena", "CA"),
        "work": [
            (
                "Payroll Specialist",
                "The Cheesecake Factory",
                "2022-04",
                None,
                [
                    "Run biweekly payroll for 2,300 hourly employees in 14 restaurants across three states in ADP "
                    "Workforce Now",
                    "Calculate meal and rest period premiums and California final paychecks",
                    "Process tip allocations, garnishments and off-cycle checks",
                ],
            ),
            (
                "Payroll Clerk",
                "Westside Staffing Group",
                "2020-01",
                "2022-03",
                [
                    "Entered weekly hours for 600 temporary workers",
                    "Keyed new hires and direct deposit changes in ADP Workforce Now",
                ],
            ),
        ],
        "edu": [("Associate of Arts", "Business", "Pasadena City College", "2019")],
        "skills": {
            "Payroll": ["multi-state hourly payroll", "tip reporting", "meal and rest premiums", "garnishments"],
            "Systems": ["ADP Workforce Now", "Excel"],
        },
        "certs": [("Fundamental Payroll Certification (FPC)", "PayrollOrg", "2021-11")],
        "swaps": [("ADP Workforce Now", "Paychex Flex")],
        "decisive": ("ADP Workforce Now", ["ADP", "Workforce Now"], "tool"),
    },
    {
        "id": "accountant-fresh2-1",
        "occ": "accountant",
        "title": "Senior Accountant",
        "company": "Hilton",
        "location": "McLean, VA",
        "posting": """
Responsibilities
* Month-end close for the owned and leased hotel portfolio
* Balance sheet reconciliations, journal entries and accruals
* Fixed asset accounting and roll-forwards
* Support the external audit and quarterly reporting

Qualifications
* Bachelor's degree in Accounting or Finance
* 5+ years of progressive general ledger / corporate accounting experience
* CPA preferred
* Oracle or SAP; strong Excel
* Solid knowledge of US GAAP
""",
        "name": "Thomas Reyes",
        "label": "Accounting Supervisor",
        "summary": "Corporate accountant leading month-end close, reconciliations and audit support under US GAAP.",
        "where": ("Reston", "VA"),
        "work": [
            (
                "Accounting Supervisor, Corporate Close",
                "Marriott Vacations Worldwide",
                "2023-03",
                None,
                [
                    "Lead month-end close for 22 resort entities, including accruals and intercompany eliminations",
                    "Review balance sheet reconciliations and fixed-asset roll-forwards",
                    "Prepare PBC schedules for the external auditors",
                ],
            ),
            (
                "Staff Accountant",
                "Booz Allen Hamilton",
                "2019-07",
                "2023-02",
                [
                    "Booked journal entries and accruals in Oracle",
                    "Reconciled prepaid, accrued liability and cash accounts each month",
                ],
            ),
            (
                "Accounts Receivable Specialist",
                "Inova Health System",
                "2017-06",
                "2019-06",
                ["Posted patient and insurer payments", "Worked aging reports with the collections team"],
            ),
        ],
        "edu": [("Bachelor of Science", "Accounting", "George Mason University", "2017")],
        "skills": {
            "Accounting": ["US GAAP", "month-end close", "account reconciliation", "fixed assets"],
            "Systems": ["Oracle", "Excel"],
        },
        "unq": {
            "work": [
                (
                    "Accounting Supervisor, Corporate Close",
                    "Marriott Vacations Worldwide",
                    "2024-03",
                    None,
                    [
                        "Lead month-end close for 22 resort entities, including accruals and intercompany eliminations",
                        "Review balance sheet reconciliations and fixed-asset roll-forwards",
                        "Prepare PBC schedules for the external auditors",
                    ],
                ),
                (
                    "Staff Accountant",
                    "Booz Allen Hamilton",
                    "2022-10",
                    "2024-02",
                    [
                        "Booked journal entries and accruals in Oracle",
                        "Reconciled prepaid, accrued liability and cash accounts each month",
                    ],
                ),
                (
                    "Patient Access Representative",
                    "Inova Health System",
                    "2017-06",
                    "2022-09",
                    ["Registered patients and verified insurance eligibility", "Scheduled follow-up visits"],
                ),
            ]
        },
        "decisive": ("5+ years of general ledger / corporate accounting experience", ["years", "yrs"], "years"),
    },
    {
        "id": "accountant-fresh2-2",
        "occ": "accountant",
        "title": "Staff Accountant",
        "company": "Cox Enterprises",
        "location": "Atlanta, GA",
        "posting": """
Cox Enterprises is hiring a Staff Accountant for its corporate accounting team. You will prepare journal entries,
reconcile balance sheet accounts, support the monthly close and help with audit requests.

Requirements
- Bachelor's degree in Accounting (required; experience does not substitute)
- 2+ years of accounting experience, ideally in a corporate close environment
- Proficient in Excel; NetSuite or another ERP a plus
- Detail-oriented, able to meet close deadlines
""",
        "name": "Aaliyah Brooks",
        "label": "Staff Accountant",
        "summary": "Staff accountant handling journal entries, reconciliations and close support for a manufacturing "
        "company.",
        "where": ("Decatur", "GA"),
        "work": [
            (
                "Staff Accountant",
                "Mohawk Industries",
                "2022-08",
                None,
                [
                    "Prepare monthly journal entries, accruals and prepaid amortization",
                    "Reconcile 40 balance sheet accounts and clear aged reconciling items",
                    "Pull audit samples and support documentation for the year-end audit",
                ],
            ),
            (
                "Accounting Assistant",
                "Atlanta Regional Commission",
                "2021-06",
                "2022-07",
                ["Processed vendor invoices and expense reports", "Prepared bank reconciliations"],
            ),
        ],
        "edu": [("Bachelor of Business Administration", "Accounting", "Georgia State University", "2021")],
        "skills": {
            "Accounting": ["journal entries", "account reconciliation", "month-end close"],
            "Systems": ["NetSuite", "Excel"],
        },
        "unq": {"edu": [("Associate of Applied Science", "Accounting", "Atlanta Technical College", "2021")]},
        "decisive": (
            "Bachelor's degree in Accounting",
            ["Bachelor", "Bachelor's", "BBA", "BS", "B.S."],
            "degree level",
        ),
    },
]
