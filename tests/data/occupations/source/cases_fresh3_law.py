"""fresh3, law (tax practice and representation before the IRS): tax preparer / enrolled agent (two cases)."""

CASES = [
    {
        "id": "tax-preparer-fresh3-1",
        "occ": "tax_preparer",
        "title": "Tax Resolution Specialist (Enrolled Agent)",
        "company": "Optima Tax Relief",
        "location": "Santa Ana, CA",
        "posting": """
Optima Tax Relief helps individuals and small businesses resolve back-tax problems with the IRS and state agencies.
We are hiring a Tax Resolution Specialist to take over cases once they reach the collections and appeals stage.

You will prepare and file delinquent returns, negotiate installment agreements, offers in compromise and penalty
abatements, respond to levies and liens, and represent clients before IRS Revenue Officers and the Independent
Office of Appeals under a Form 2848 power of attorney. Because that work requires unlimited representation rights,
active Enrolled Agent (EA) status is required; an AFSP Record of Completion or CTEC registration alone does not
qualify.

Also required: 3+ years of individual and small business tax preparation or resolution experience, a current PTIN,
and working knowledge of IRS transcripts and collection procedures.

We offer a base salary plus case bonuses, health, dental and vision insurance, 401(k) and paid CE.
""",
        "name": "Michelle Tran",
        "label": "Tax Practitioner",
        "summary": "Tax professional with eight years preparing individual and small business returns and resolving "
        "balance-due and non-filer cases with the IRS and the Franchise Tax Board.",
        "where": ("Garden Grove", "CA"),
        "work": [
            (
                "Senior Tax Associate, Resolution",
                "Anthem Tax Services",
                "2021-01",
                None,
                [
                    "Negotiated 140+ installment agreements and 35 accepted offers in compromise",
                    "Represented taxpayers before Revenue Officers and IRS Appeals on Form 2848",
                    "Pulled and analyzed account and wage-and-income transcripts to build compliance plans",
                ],
            ),
            (
                "Tax Preparer",
                "H&R Block",
                "2018-01",
                "2020-12",
                ["Prepared Form 1040 returns with Schedules C and E and California returns"],
            ),
        ],
        "edu": [("Bachelor of Arts", "Economics", "California State University, Fullerton", "2017")],
        "skills": {
            "Tax": [
                "collections",
                "offers in compromise",
                "installment agreements",
                "penalty abatement",
                "IRS transcripts",
            ],
            "Software": ["Drake Tax", "IRS Transcript Delivery System", "CCH Axcess"],
        },
        "certs": [
            ("Preparer Tax Identification Number (PTIN)", "Internal Revenue Service", "2018-01"),
            (
                "Enrolled to practice before the IRS (Special Enrollment Examination, all three parts)",
                "Internal Revenue Service",
                "2020-11",
            ),
        ],
        "unq": {
            "certs": [
                ("Preparer Tax Identification Number (PTIN)", "Internal Revenue Service", "2018-01"),
                ("Annual Filing Season Program Record of Completion", "Internal Revenue Service", "2025-12"),
                ("CTEC Registered Tax Preparer", "California Tax Education Council", "2018-03"),
            ],
        },
        "swaps": [
            [
                "Represented taxpayers before Revenue Officers and IRS Appeals on Form 2848",
                "Prepared case files and financial statements (Form 433-A) for the firm's representatives",
            ]
        ],
        "decisive": (
            "Enrolled Agent (EA) status",
            ["EA", "Enrolled Agent", "enrolled to practice"],
            "credential level",
        ),
    },
    {
        "id": "tax-preparer-fresh3-2",
        "occ": "tax_preparer",
        "title": "Bilingual Tax Preparer (Seasonal)",
        "company": "H&R Block",
        "location": "El Paso, TX",
        "posting": """
Seasonal Tax Preparer - Bilingual English/Spanish - El Paso, TX (Jan-Apr)

- fluent Spanish required - most of our walk-in clients at this office prefer to do their interview in Spanish
- current PTIN
- 2+ tax seasons preparing individual returns (1040, EITC/CTC, Schedule C)
- comfortable explaining due diligence questions to clients
- AFSP Record of Completion or EA preferred
- flexible schedule incl. evenings and Saturdays during peak season

Hourly pay plus bonus, paid continuing education, and a flexible schedule. H&R Block is an equal opportunity
employer.
""",
        "name": "Gabriela Ortiz",
        "label": "Tax Preparer",
        "summary": "Seasonal preparer of individual returns for wage earners, gig workers and small business "
        "owners, with "
        "careful due-diligence interviews on refundable credits.",
        "where": ("El Paso", "TX"),
        "work": [
            (
                "Tax Professional (seasonal)",
                "Jackson Hewitt",
                "2022-01",
                None,
                [
                    "Prepared 300-400 returns per season: Form 1040 with EITC, child tax credit and Schedule C",
                    "Completed Form 8867 due-diligence interviews and explained them to clients in plain language",
                ],
                "Seasonal, January to April each year.",
            ),
            (
                "Bookkeeper",
                "Rio Grande Auto Repair",
                "2019-05",
                None,
                ["Keep the books in QuickBooks Online and prepare quarterly sales-tax filings"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Accounting", "El Paso Community College", "2019")],
        "skills": {
            "Tax": ["Form 1040", "EITC", "child tax credit", "Schedule C", "Form 8867 due diligence"],
            "Software": ["ProFile", "TaxSlayer Pro", "QuickBooks Online"],
        },
        "certs": [
            ("PTIN", "Internal Revenue Service", "2022-01"),
            ("Annual Filing Season Program Record of Completion", "Internal Revenue Service", "2025-12"),
        ],
        "langs": [("English", "Fluent"), ("Spanish", "Native")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("Fluent Spanish", ["Spanish"], "language"),
    },
]
