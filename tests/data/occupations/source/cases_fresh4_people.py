"""Fresh4 half (writer b), people: benefits administrator, fundraiser."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "benefits_administrator-fresh4-1",
        "occ": "benefits_administrator",
        "title": "Benefits Administrator II",
        "company": "Ascension",
        "location": "St. Louis, MO",
        "posting": """
Ascension is one of the nation's leading non-profit and Catholic health systems. We are looking for a Benefits Administrator II to support health and welfare and retirement plans for 12,000 associates in the Missouri and Illinois ministries.

Responsibilities
- Administer medical, dental, vision, life, disability, FSA/HSA and 403(b) plans
- Lead open enrollment, reconcile carrier invoices and resolve eligibility issues with vendors
- Monitor compliance with ERISA, COBRA, HIPAA, the ACA and Section 125
- Prepare data for Form 5500 filings and nondiscrimination testing

Qualifications
- Bachelor's degree in Human Resources, Business or related field
- 4+ years of benefits administration experience in a large employer or health system
- Certified Employee Benefit Specialist (CEBS) designation required
- Experience with Workday Benefits preferred

Ascension offers competitive pay, comprehensive benefits from day one, retirement plans with employer contribution and tuition assistance. Equal Employment Opportunity Employer / Disability / Veterans.
""",
        "name": "Rochelle Imhoff",
        "label": "Benefits Analyst",
        "summary": "Health and welfare and retirement plan administrator for large employers; open enrollment, vendor reconciliation and ERISA/ACA compliance.",
        "where": ("Kirkwood", "MO"),
        "work": [
            ("Senior Benefits Analyst", "BJC HealthCare", "2020-05", "", [
                "Run annual enrollment for 30,000 employees across medical, dental, vision, life and disability plans",
                "Reconcile monthly carrier bills and fix eligibility feeds with vendors",
                "Prepare 1095-C, Form 5500 and nondiscrimination testing data with outside counsel",
            ]),
            ("Benefits Coordinator", "Edward Jones", "2017-08", "2020-04", [
                "Answered associate questions on 401(k), FSA and leave; processed qualifying life events",
            ]),
        ],
        "skills": {"Benefits": ["Health and welfare plans", "403(b) / 401(k)", "COBRA", "ACA reporting", "Section 125"], "Systems": ["Workday Benefits", "Businessolver", "Excel"]},
        "certs": [
            ("CEBS (Certified Employee Benefit Specialist)", "International Foundation of Employee Benefit Plans", "2022-11"),
        ],
        "edu": [("Bachelor of Science", "Business Administration, Human Resources", "University of Missouri-St. Louis", "2017")],
        "unq": {
            "certs": [
                ("Group Benefits Associate (GBA)", "International Foundation of Employee Benefit Plans", "2022-11"),
            ],
        },
        "decisive": ("CEBS designation", ["CEBS", "Certified Employee Benefit Specialist"], "credential level"),
    },
    {
        "id": "benefits_administrator-fresh4-2",
        "occ": "benefits_administrator",
        "title": "Benefits Specialist",
        "company": "Cintas",
        "location": "Mason, OH",
        "posting": """
Cintas is looking for a Benefits Specialist to join the Total Rewards team at our corporate headquarters.

Job Responsibilities:
- Administer health & welfare plans and the 401(k) plan for employee-partners
- Process life events, leaves and COBRA notices; audit payroll deductions
- Respond to benefit questions from partners and HR business partners
- Assist with open enrollment communications and vendor file audits

Skills/Qualifications:
- 3 to 5 years of benefits administration experience
- Bachelor's degree preferred
- Knowledge of ERISA, COBRA, FMLA and HIPAA
- Advanced Excel (VLOOKUP, pivot tables)

Cintas is an equal opportunity employer.
""",
        "name": "Jordan Whitaker",
        "label": "Benefits Analyst",
        "summary": "Employee benefits analyst handling health plans, retirement plan deductions and leave for a 9,000-employee company.",
        "where": ("West Chester", "OH"),
        "work": [
            ("Benefits Analyst", "Kroger", "2022-08", "", [
                "Administer medical, dental, vision and 401(k) enrollments; process qualifying life events and leave of absence",
                "Audit carrier files against payroll deductions each pay cycle",
                "Send COBRA and FMLA notices and answer associate questions",
            ]),
            ("HR Assistant", "Fifth Third Bank", "2020-06", "2022-07", [
                "Scheduled interviews, completed I-9 verification and kept personnel files",
            ]),
        ],
        "skills": {"Benefits": ["Health and welfare", "401(k) deductions", "COBRA", "FMLA leave"], "Tools": ["Excel (pivot tables, VLOOKUP)", "UKG Pro", "ADP"]},
        "edu": [("Bachelor of Arts", "Psychology", "Miami University", "2020")],
        "unq": {
            "work": [
                ("Benefits Analyst", "Kroger", "2024-10", "", [
                    "Administer medical, dental, vision and 401(k) enrollments; process qualifying life events and leave of absence",
                    "Audit carrier files against payroll deductions each pay cycle",
                    "Send COBRA and FMLA notices and answer associate questions",
                ]),
                ("HR Assistant", "Fifth Third Bank", "2020-06", "2024-09", [
                    "Scheduled interviews, completed I-9 verification and kept personnel files",
                ]),
            ],
        },
        "decisive": ("3 to 5 years of benefits administration experience", ["years", "yrs"], "years"),
    },
    {
        "id": "fundraiser-fresh4-1",
        "occ": "fundraiser",
        "title": "Director, Major Gifts",
        "company": "American Heart Association",
        "location": "Dallas, TX",
        "posting": """
The American Heart Association is seeking a Director, Major Gifts to build and manage a portfolio of 120-150 donors capable of gifts of $25,000 and above in the North Texas market.

You will identify, cultivate, solicit and steward individual donors, partner with volunteer leaders and board members, and close multi-year commitments.

Required:
- 5+ years of frontline fundraising experience with a record of closing five- and six-figure gifts
- CFRE (Certified Fund Raising Executive) credential
- Bachelor's degree
- Valid driver's license and ability to travel locally

Preferred: experience with Raiser's Edge NXT and planned giving conversations.
""",
        "name": "Simone Achebe",
        "label": "Senior Major Gifts Officer",
        "summary": "Major-gift fundraiser with eight years of cultivating and closing six-figure commitments for health charities.",
        "where": ("Plano", "TX"),
        "work": [
            ("Senior Major Gifts Officer", "Children's Health Foundation", "2021-07", "", [
                "Manage 140 donor relationships; closed $3.2M in commitments of $25K+ in FY2026",
                "Plan cultivation events with board members and physician champions",
                "Introduce bequest and charitable gift annuity options with the planned giving team",
            ]),
            ("Development Officer", "Susan G. Komen", "2018-05", "2021-06", [
                "Solicited mid-level and leadership annual gifts; met 110% of goal three years running",
            ]),
        ],
        "skills": {"Fundraising": ["Major gifts", "Donor cultivation and stewardship", "Multi-year pledges", "Planned giving"], "Systems": ["Raiser's Edge NXT", "DonorSearch"]},
        "certs": [
            ("Certified Fund Raising Executive", "CFRE International", "2023-03"),
            ("Texas Driver License, Class C", "Texas Department of Public Safety", ""),
        ],
        "edu": [("Bachelor of Arts", "Communication", "University of North Texas", "2018")],
        "unq": {
            "certs": [
                ("Certificate in Fund Raising Management", "The Fund Raising School, Lilly Family School of Philanthropy", "2023-03"),
                ("Texas Driver License, Class C", "Texas Department of Public Safety", ""),
            ],
        },
        "decisive": ("CFRE credential", ["CFRE", "Certified Fund Raising Executive"], "certificate"),
    },
    {
        "id": "fundraiser-fresh4-2",
        "occ": "fundraiser",
        "title": "Director of Development",
        "company": "Seattle Children's Hospital Foundation",
        "location": "Seattle, WA",
        "posting": """
Director of Development - Individual Giving

We want a seasoned relationship builder to lead individual giving for the foundation's cancer and behavioral health priorities.

What you bring:
* Minimum of 5 years of progressive, frontline fundraising experience (major or leadership gifts)
* Demonstrated success soliciting gifts of $50,000+
* Experience managing and coaching gift officers
* Bachelor's degree or equivalent experience; CFRE welcome but not required

Salary range $118,000 - $150,000 DOE. Seattle Children's is an equal opportunity employer.
""",
        "name": "Owen Mercado",
        "label": "Major Gifts Officer",
        "summary": "Gift officer who has solicited and closed leadership and major gifts for hospital and university foundations since 2019.",
        "where": ("Shoreline", "WA"),
        "work": [
            ("Major Gifts Officer", "Fred Hutch Cancer Center", "2023-01", "", [
                "Carry a portfolio of 125 prospects; closed gifts of $50K-$1M, including a $750K research endowment",
                "Coach two associate gift officers on discovery visits and proposals",
            ]),
            ("Development Officer, Leadership Giving", "University of Washington Foundation", "2019-09", "2022-12", [
                "Solicited leadership annual gifts of $10K-$50K from alumni and parents",
                "Qualified new prospects through discovery visits",
            ]),
        ],
        "skills": {"Fundraising": ["Major gift solicitation", "Portfolio management", "Proposal writing", "Coaching gift officers"], "Systems": ["Blackbaud CRM", "iWave"]},
        "edu": [("Bachelor of Arts", "Political Science", "Western Washington University", "2019")],
        "unq": {
            "summary": "Gift officer for hospital and university foundations; solicits and closes major gifts after four years planning donor events.",
            "work": [
                ("Major Gifts Officer", "Fred Hutch Cancer Center", "2023-01", "", [
                    "Carry a portfolio of 125 prospects; closed gifts of $50K-$1M, including a $750K research endowment",
                    "Coach two associate gift officers on discovery visits and proposals",
                ]),
                ("Special Events Coordinator", "University of Washington Foundation", "2019-09", "2022-12", [
                    "Planned donor receptions, galas and campus tours: venues, catering, invitations and RSVPs",
                    "Kept event attendance lists in the donor database for gift officers",
                ]),
            ],
        },
        "decisive": ("minimum of 5 years of frontline fundraising experience", ["years", "yrs"], "years"),
    },
]
