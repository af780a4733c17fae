"""fresh3, finance: insurance agent (producer), commercial underwriter, accountant (two cases each)."""

CASES = [
    # ------------------------------------------------------------------ insurance agent
    {
        "id": "insurance-agent-fresh3-1",
        "occ": "insurance_agent",
        "title": "Licensed Personal Lines Account Manager",
        "company": "Brightway Insurance",
        "location": "Jacksonville, FL",
        "posting": """
Brightway Insurance, The Ferro Agency is looking for a licensed Personal Lines Account Manager for our Southside
Jacksonville office. You will quote and bind homeowners, auto, flood and umbrella policies, handle endorsements and
renewals, and cross-sell to existing clients.

Requirements:
- Active Florida General Lines (Property & Casualty) agent license: resident 2-20 or nonresident 9-20. Either
  license is fine, but you must be able to bind Florida risks on day one.
- 2+ years of personal lines agency experience
- Comfortable quoting in comparative raters (EZLynx or similar) and an agency management system
- Excellent phone and follow-up skills

Base salary plus commission, health and dental benefits, paid time off, and licensing CE paid by the agency.
""",
        "name": "Ashley Crews",
        "label": "Personal Lines Insurance Agent",
        "summary": "Licensed property and casualty agent writing homeowners, auto and flood for coastal clients; "
        "renewal retention and cross-selling.",
        "where": ("Kingsland", "GA"),
        "work": [
            (
                "Personal Lines Producer",
                "Glynn Insurance Group",
                "2021-08",
                None,
                [
                    "Quote and bind homeowners, auto, flood and umbrella policies in EZLynx and Applied Epic",
                    "Retain 92% of a 900-household book at renewal; remarket coastal wind risks",
                ],
            ),
            (
                "Customer Service Representative",
                "Camden County Insurance Agency",
                "2019-05",
                "2021-07",
                ["Processed endorsements, payments and certificates for personal auto and home clients"],
            ),
        ],
        "edu": [("Associate of Arts", "Business Administration", "College of Coastal Georgia", "2019")],
        "skills": {
            "Lines": ["homeowners", "personal auto", "flood (NFIP)", "umbrella"],
            "Software": ["EZLynx", "Applied Epic"],
        },
        "certs": [
            (
                "Property and Casualty Agent License (resident)",
                "Georgia Office of Commissioner of Insurance",
                "2020-02",
            ),
            (
                "9-20 Non-Resident General Lines Agent License, Florida",
                "Florida Department of Financial Services",
                "2022-01",
            ),
        ],
        "unq": {
            "certs": [
                (
                    "Property and Casualty Agent License (resident)",
                    "Georgia Office of Commissioner of Insurance",
                    "2020-02",
                ),
            ],
        },
        "decisive": ("Florida General Lines agent license (2-20 or 9-20)", ["Florida", "2-20", "9-20"], "jurisdiction"),
    },
    {
        "id": "insurance-agent-fresh3-2",
        "occ": "insurance_agent",
        "title": "Licensed Health Insurance Agent - Medicare",
        "company": "GoHealth",
        "location": "Chicago, IL",
        "posting": """
Licensed Insurance Agent - Medicare (Chicago, IL - onsite)

As a licensed agent at GoHealth you'll help people new to Medicare compare Medicare Advantage, Part D and Medicare
Supplement plans over the phone and enroll them in the coverage that fits. Inbound calls, no cold calling.

Required:
- Active resident Illinois Life & Health insurance producer license (Accident & Health line required to sell
  Medicare plans)
- 1+ year of phone sales or customer service experience
- Ability to complete AHIP Medicare certification and carrier certifications in paid training (we cover the cost)
- High school diploma or equivalent

What we offer: base pay plus uncapped commission, medical/dental/vision from day one, 401(k) match, paid training.
GoHealth is an equal opportunity employer.
""",
        "name": "Rosa Delgado",
        "label": "Licensed Insurance Sales Agent",
        "summary": "Licensed inbound sales agent with five years on the phones, helping retirees and families choose "
        "coverage and enrolling them on the first call.",
        "where": ("Cicero", "IL"),
        "work": [
            (
                "Licensed Sales Agent",
                "SelectQuote",
                "2022-03",
                None,
                [
                    "Take 60+ inbound calls a day; compare plans, answer coverage questions and complete enrollments",
                    "Ranked in the top 15% of the floor for placement rate in 2025",
                ],
            ),
            (
                "Customer Care Representative",
                "Comcast Xfinity",
                "2020-01",
                "2022-02",
                ["Resolved billing and service calls in a high-volume contact center"],
            ),
        ],
        "edu": [("High School Diploma", "", "Morton East High School", "2016")],
        "skills": {
            "Sales": ["inbound sales", "needs analysis", "enrollment", "compliance scripting"],
            "Software": ["Salesforce", "Five9"],
        },
        "certs": [
            (
                "Resident Insurance Producer License, Life and Accident & Health lines",
                "Illinois Department of Insurance",
                "2022-02",
            ),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "certs": [
                (
                    "Resident Insurance Producer License, Property and Casualty lines",
                    "Illinois Department of Insurance",
                    "2022-02",
                ),
            ],
        },
        "decisive": (
            "Illinois Life & Health (Accident & Health) producer license",
            ["Life & Health", "Life and Health", "Accident & Health", "Accident and Health", "L&H", "A&H"],
            "endorsement",
        ),
    },
    # ------------------------------------------------------------------ commercial underwriter
    {
        "id": "commercial-underwriter-fresh3-1",
        "occ": "commercial_underwriter",
        "title": "Senior Underwriter II - Middle Market Property",
        "company": "The Hartford",
        "location": "Hartford, CT",
        "posting": """
The Hartford's Middle & Large Business unit is hiring a Senior Underwriter II for commercial property. You will
underwrite and price accounts with total insured values from $25M to $500M, manage a portfolio of agency and
broker relationships across New England, and mentor underwriters on your team.

Qualifications
* 7+ years of commercial property underwriting experience
* CPCU designation required at this grade level
* Command of property valuation, COPE analysis, catastrophe modeling output (RMS/AIR) and engineering reports
* Strong negotiation and communication skills with producers
* Bachelor's degree

Hybrid: three days a week in our Hartford office. Compensation includes base salary and annual bonus, plus medical,
dental, vision, 401(k) with company match and a pension contribution. Equal Opportunity Employer.
""",
        "name": "Jennifer Kowalczyk",
        "label": "Commercial Property Underwriter",
        "summary": "Commercial property underwriter with eleven years on middle market and large accounts: COPE, "
        "valuation, "
        "cat-modeled pricing and broker management.",
        "where": ("Glastonbury", "CT"),
        "work": [
            (
                "Lead Underwriter, National Property",
                "Travelers",
                "2019-04",
                None,
                [
                    "Underwrite and price property schedules with TIVs up to $400M using RMS output and loss-control "
                    "reports",
                    "Manage relationships with 30 agencies and wholesale brokers across the Northeast",
                    "Coach two associate underwriters",
                ],
            ),
            (
                "Property Underwriter",
                "Liberty Mutual",
                "2015-06",
                "2019-03",
                ["Underwrote small and middle market property accounts; COPE and valuation reviews"],
            ),
        ],
        "edu": [("Bachelor of Science", "Finance", "University of Connecticut", "2015")],
        "skills": {
            "Underwriting": ["COPE analysis", "property valuation", "catastrophe modeling", "pricing"],
            "Tools": ["RMS RiskLink output", "Guidewire PolicyCenter", "Excel"],
        },
        "certs": [
            ("Associate in Commercial Underwriting (AU)", "The Institutes", "2017-10"),
            ("Chartered Property Casualty Underwriter", "The Institutes", "2021-09"),
        ],
        "unq": {
            "certs": [
                ("Associate in Commercial Underwriting (AU)", "The Institutes", "2017-10"),
                ("Associate in Insurance (AINS)", "The Institutes", "2016-05"),
            ],
        },
        "decisive": ("CPCU designation", ["CPCU", "Chartered Property Casualty Underwriter"], "credential level"),
    },
    {
        "id": "commercial-underwriter-fresh3-2",
        "occ": "commercial_underwriter",
        "title": "Underwriter II, Excess & Surplus Casualty",
        "company": "Markel",
        "location": "Glen Allen, VA",
        "posting": """
Underwriter II - E&S Casualty (Contractors), Glen Allen VA / hybrid

- 3-5 years of commercial lines underwriting experience, excess & surplus lines preferred
- general liability and contractors' exposures: classification, subcontractor controls, additional insured /
  wrap-up issues
- work directly with wholesale brokers; quote, negotiate and bind within authority
- AU, AINS or CPCU progress a plus
- bachelor's degree or equivalent experience

Markel offers competitive pay, bonus, 401(k) with match, medical/dental/vision and paid volunteer time. We are an
equal opportunity employer.
""",
        "name": "Patrick Oyelaran",
        "label": "Casualty Underwriter",
        "summary": "Underwriter on excess and surplus general liability for contractors: classification, "
        "subcontractor risk transfer and broker negotiation.",
        "where": ("Richmond", "VA"),
        "work": [
            (
                "Account Underwriter, Contractors Liability",
                "James River Insurance",
                "2024-06",
                None,
                [
                    "Quote, negotiate and bind contractors' general liability with wholesale brokers within a $2M "
                    "authority",
                    "Review subcontractor agreements, additional insured endorsements and wrap-up exposures",
                ],
            ),
            (
                "Underwriting Analyst, E&S Casualty",
                "Kinsale Insurance",
                "2022-10",
                "2024-05",
                ["Classified and rated submissions, prepared quotes and referral memos for underwriters"],
            ),
            (
                "Claims Representative, General Liability",
                "Erie Insurance",
                "2019-07",
                "2022-09",
                ["Investigated bodily injury and property damage liability claims"],
            ),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "Virginia Commonwealth University", "2019")],
        "skills": {
            "Underwriting": ["general liability", "contractors", "classification", "E&S", "risk transfer"],
        },
        "certs": [("Associate in Insurance (AINS)", "The Institutes", "2023-03")],
        "unq": {
            "summary": "Underwriter on excess and surplus general liability for contractors, previously a liability "
            "claims representative.",
            "work": [
                (
                    "Account Underwriter, Contractors Liability",
                    "James River Insurance",
                    "2024-10",
                    None,
                    [
                        "Quote, negotiate and bind contractors' general liability with wholesale brokers within a $1M "
                        "authority",
                        "Review subcontractor agreements, additional insured endorsements and wrap-up exposures",
                    ],
                ),
                (
                    "Claims Representative, General Liability",
                    "Erie Insurance",
                    "2019-07",
                    "2024-09",
                    ["Investigated bodily injury and property damage liability claims"],
                ),
            ],
        },
        "decisive": ("3-5 years of commercial lines underwriting experience", ["years", "yrs"], "years"),
    },
    # ------------------------------------------------------------------ accountant
    {
        "id": "accountant-fresh3-1",
        "occ": "accountant",
        "title": "Senior Accountant",
        "company": "Graybar",
        "location": "St. Louis, MO",
        "posting": """
Senior Accountant - Corporate Accounting

Graybar, a Fortune 500 distributor and employee-owned company, is looking for a Senior Accountant to join the
corporate accounting team in Clayton.

What you'll do: own month-end close for assigned entities, prepare journal entries and accruals, reconcile balance
sheet accounts, support the external audit and help improve close processes.

What you'll bring:
- Bachelor's degree in accounting
- Minimum of 4 years of progressive general ledger accounting experience (journal entries, month-end close,
  reconciliations)
- Strong Excel skills (pivot tables, lookups); Oracle or SAP experience
- CPA or CPA candidate preferred

Graybar offers employee stock ownership, profit sharing, 401(k), medical, dental and vision insurance and tuition
reimbursement. Graybar is an equal opportunity employer.
""",
        "name": "Natalie Brennan",
        "label": "General Ledger Accountant",
        "summary": "Accountant running month-end close, accruals and balance sheet reconciliations for multi-entity "
        "distribution and manufacturing companies.",
        "where": ("Kirkwood", "MO"),
        "work": [
            (
                "GL Accountant II",
                "Emerson Electric",
                "2022-04",
                None,
                [
                    "Close the books monthly for four legal entities in SAP; post accruals, reclasses and allocations",
                    "Reconcile 60 balance sheet accounts and provide PBC schedules to KPMG",
                ],
            ),
            (
                "Staff Accountant",
                "Brown Shoe Company",
                "2019-07",
                "2022-03",
                ["Prepared journal entries, fixed-asset rollforwards and bank reconciliations in Oracle"],
            ),
        ],
        "edu": [("Bachelor of Science", "Accountancy", "Saint Louis University", "2019")],
        "skills": {
            "Accounting": [
                "month-end close",
                "journal entries",
                "accruals",
                "account reconciliations",
                "audit support",
            ],
            "Software": ["SAP", "Oracle", "Excel (pivot tables, XLOOKUP)", "BlackLine"],
        },
        "certs": [],
        "unq": {
            "summary": "Accountant running month-end close and balance sheet reconciliations, after several years in "
            "retail banking.",
            "work": [
                (
                    "GL Accountant II",
                    "Emerson Electric",
                    "2025-05",
                    None,
                    [
                        "Close the books monthly for four legal entities in SAP; post accruals, reclasses and "
                        "allocations",
                        "Reconcile 60 balance sheet accounts and provide PBC schedules to KPMG",
                    ],
                ),
                (
                    "Staff Accountant",
                    "Brown Shoe Company",
                    "2023-10",
                    "2025-04",
                    ["Prepared journal entries, fixed-asset rollforwards and bank reconciliations in Oracle"],
                ),
                (
                    "Personal Banker",
                    "U.S. Bank",
                    "2019-07",
                    "2023-09",
                    ["Opened accounts and handled branch customer service and lending referrals"],
                ),
            ],
        },
        "decisive": ("4 years of general ledger accounting experience", ["years", "yrs"], "years"),
    },
    {
        "id": "accountant-fresh3-2",
        "occ": "accountant",
        "title": "Audit Senior Manager",
        "company": "Weaver",
        "location": "Fort Worth, TX",
        "posting": """
Weaver, one of the largest independent accounting firms in the Southwest, is seeking an Audit Senior Manager for
its Fort Worth office to lead financial statement audits of private companies, employee benefit plans and
not-for-profit organizations.

You will plan and direct engagements, review workpapers and financial statements, and sign off on engagement
quality for the partner group.

Requirements:
- Active Texas CPA license issued by the Texas State Board of Public Accountancy (TSBPA). Practice privilege
  through another state's license does not satisfy this requirement for this position.
- 8+ years of public accounting audit experience, including management of multiple engagements
- Thorough knowledge of GAAS and US GAAP
- Experience with CaseWare or similar audit software

Weaver offers flexible hybrid schedules, medical, dental and vision insurance, a 401(k) with profit sharing and
paid CPE. Equal opportunity employer.
""",
        "name": "Brandon Whitaker",
        "label": "Audit Manager, CPA",
        "summary": "Assurance manager with eleven years in public accounting leading audits of private "
        "companies, ERISA "
        "benefit plans and nonprofits.",
        "where": ("Tulsa", "OK"),
        "work": [
            (
                "Assurance Manager, then Senior Manager",
                "HoganTaylor",
                "2020-09",
                None,
                [
                    "Direct 12-15 audit and review engagements a year for private companies and not-for-profits",
                    "Review workpapers and financial statements in CaseWare; present findings to audit committees",
                ],
            ),
            (
                "Staff Auditor, then Senior Associate, Assurance",
                "BKD (now Forvis)",
                "2015-08",
                "2020-08",
                ["Performed and supervised fieldwork on manufacturing, energy and 401(k) plan audits"],
            ),
        ],
        "edu": [("Master of Accountancy", "", "University of Tulsa", "2015")],
        "skills": {
            "Assurance": ["GAAS", "US GAAP", "employee benefit plan audits", "not-for-profit audits"],
            "Software": ["CaseWare", "IDEA"],
        },
        "certs": [
            ("Certified Public Accountant, license 19871", "Oklahoma Accountancy Board", "2016-11"),
            (
                "Certified Public Accountant (by reciprocity), Texas",
                "Texas State Board of Public Accountancy",
                "2023-02",
            ),
        ],
        "unq": {
            "certs": [
                ("Certified Public Accountant, license 19871", "Oklahoma Accountancy Board", "2016-11"),
            ],
        },
        "decisive": ("Texas CPA license (TSBPA)", ["Texas", "TSBPA"], "jurisdiction"),
    },
]
