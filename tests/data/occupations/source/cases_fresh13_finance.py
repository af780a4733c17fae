"""Fresh13 set (writer b), finance: forensic accountant, business valuator, quantitative analyst."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "forensic_accountant-fresh13-1",
        "occ": "forensic_accountant",
        "title": "Manager - Forensic & Investigation Services",
        "company": "Grant Thornton Bharat",
        "location": "Mumbai, Maharashtra, India",
        "posting": """
Job Description
Our Forensic & Investigation Services practice in Mumbai is looking for a Manager to run fraud investigations, anti-bribery reviews and dispute support engagements for listed corporates, banks and private equity funds.

Roles & Responsibilities
- Lead investigation teams on procurement fraud, vendor kickbacks, financial statement manipulation and diversion of funds
- Analyse books of account, bank statements and ERP extracts (SAP/Oracle) to trace fund flows
- Draft investigation reports fit for Audit Committees, lenders, regulators and courts
- Work with the forensic technology team on email review and data analytics
- Manage engagement budgets and coach a team of 4-6 consultants

Desired Candidate Profile
- Qualified Chartered Accountant (ICAI)
- Certified Fraud Examiner (CFE) credential is mandatory for this role
- Min 5 yrs of experience in forensic accounting / fraud investigation with a Big 4 or consulting firm
- Hands-on with IDEA or ACL for data analysis
- Excellent written English; Hindi preferred
- Willing to travel across India (up to 40%)
""",
        "name": "Ishita Venkataraman",
        "label": "Forensic Accountant, Manager",
        "summary": "Chartered Accountant and Certified Fraud Examiner with eight years of fraud investigation and fund-flow tracing at Big 4 firms, reporting to audit committees, lender consortiums and investigating agencies.",
        "where": ("Mumbai", "Maharashtra"),
        "country": "IN",
        "work": [
            ("Assistant Manager, then Manager - Forensic Services", "KPMG Assurance and Consulting Services LLP", "2021-08", "", [
                "Led procurement-fraud and vendor-kickback reviews for a listed FMCG company and two private sector banks",
                "Traced diverted loan funds through more than 300 bank accounts in a forensic audit commissioned by a lender consortium",
                "Ran duplicate-payment and related-party vendor tests on SAP extracts in IDEA",
                "Wrote reports presented to audit committees and to the Serious Fraud Investigation Office",
            ]),
            ("Senior Consultant, Fraud Investigation & Dispute Services", "Ernst & Young LLP", "2018-07", "2021-07", [
                "Investigated revenue inflation at a mid-size IT services company; findings used in arbitration",
                "Carried out background checks and asset tracing on promoters and key managerial personnel",
                "Reviewed email populations in Relativity with the forensic technology team",
            ]),
            ("Article Assistant", "Deloitte Haskins & Sells LLP", "2014-07", "2017-06", [
                "Statutory audits of manufacturing and NBFC clients",
            ]),
        ],
        "skills": {"Investigation": ["Fund-flow analysis", "Asset tracing", "Interviewing", "Report writing", "Anti-bribery reviews"], "Tools": ["IDEA", "ACL Analytics", "SAP FI", "Relativity", "Excel Power Query"]},
        "certs": [
            ("Chartered Accountant (ACA)", "Institute of Chartered Accountants of India", "2018-01"),
            ("Certified Fraud Examiner (CFE)", "Association of Certified Fraud Examiners", "2020-11"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting and Finance", "University of Mumbai", "2015")],
        "langs": [("English", "Fluent"), ("Hindi", "Fluent"), ("Tamil", "Native")],
        "unq": {
            "summary": "Chartered Accountant holding ICAI's forensic accounting certificate, with eight years of fraud investigation and fund-flow tracing at Big 4 firms, reporting to audit committees, lender consortiums and investigating agencies.",
            "certs": [
                ("Chartered Accountant (ACA)", "Institute of Chartered Accountants of India", "2018-01"),
                ("Certificate Course on Forensic Accounting and Fraud Detection (FAFD)", "Institute of Chartered Accountants of India", "2020-11"),
            ],
        },
        "decisive": ("Certified Fraud Examiner (CFE)", ["CFE", "Certified Fraud Examiner"], "certificate"),
    },
    {
        "id": "forensic_accountant-fresh13-2",
        "occ": "forensic_accountant",
        "title": "Senior Consultant, Forensic - Government (NV1)",
        "company": "KPMG Australia",
        "location": "Canberra, ACT, Australia",
        "posting": """
Our Canberra Forensic team helps Commonwealth agencies prevent, detect and respond to fraud, corruption and misconduct. We are looking for a Senior Consultant who enjoys following the money and explaining it plainly.

In this role you will analyse financial records, procurement data and grant acquittals to quantify losses; prepare evidence-ready working papers and expert-style reports; support fraud risk assessments and control reviews under the Commonwealth Fraud and Corruption Control Framework; and present findings to senior executives.

To be successful you will need:
- A CA or CPA qualification
- 3+ years' experience in forensic accounting, fraud investigation or financial crime
- Advanced Excel and data analysis skills (Power BI or Nuix experience is a bonus)
- Australian citizenship
- A current Negative Vetting Level 1 (NV1) security clearance. Because of the classified nature of our client work, we can only consider candidates who already hold an active NV1.

We offer flexible working, purchased leave and a structured path to Manager.
""",
        "name": "Liam Papadopoulos",
        "label": "Forensic Accountant",
        "summary": "Chartered Accountant and Australian citizen with nearly six years in forensic accounting for Commonwealth clients: loss quantification, procurement fraud and grant misuse. Holds an active NV1 clearance.",
        "where": ("Canberra", "ACT"),
        "country": "AU",
        "work": [
            ("Senior Consultant, Forensic Accounting", "Deloitte Australia", "2023-03", "", [
                "Quantified losses from falsified grant acquittals for a Commonwealth department; report relied on by the AFP",
                "Analysed procurement and payments data in Excel and Power BI to flag split contracts and conflicted suppliers",
                "Prepared evidence-ready working papers and briefed SES officers on findings",
            ]),
            ("Consultant, Financial Investigations", "McGrathNicol", "2021-02", "2023-02", [
                "Traced misappropriated funds through corporate and personal accounts for liquidators and agencies",
                "Supported fraud control reviews against the Commonwealth framework",
            ]),
            ("Graduate Auditor", "Australian National Audit Office", "2019-02", "2021-01", [
                "Financial statement audits of Commonwealth entities",
            ]),
        ],
        "skills": {"Forensic": ["Loss quantification", "Fund tracing", "Fraud risk assessment", "Report writing"], "Tools": ["Excel", "Power BI", "Nuix (review)", "IDEA"]},
        "certs": [
            ("Chartered Accountant (CA)", "Chartered Accountants Australia and New Zealand", "2022-06"),
            ("Security clearance: Negative Vetting Level 1 (NV1), active", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting", "Australian National University", "2018")],
        "unq": {
            "summary": "Chartered Accountant and Australian citizen with nearly six years in forensic accounting for Commonwealth clients: loss quantification, procurement fraud and grant misuse. Holds an active Baseline clearance.",
            "certs": [
                ("Chartered Accountant (CA)", "Chartered Accountants Australia and New Zealand", "2022-06"),
                ("Security clearance: Baseline, active", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
            ],
        },
        "decisive": ("active NV1 security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "business_valuator-fresh13-1",
        "occ": "business_valuator",
        "title": "Senior Manager, Valuation Advisory (Business Valuation)",
        "company": "Stout",
        "location": "Chicago, IL",
        "posting": """
Senior Manager - Valuation Advisory | Chicago, IL (hybrid)

What you'll do
- Lead valuations of businesses, equity interests and intangible assets for financial reporting (ASC 805, ASC 350), tax (gift & estate, 409A) and transaction purposes
- Review models and reports prepared by associates and managers; sign reports as the credentialed appraiser
- Own client relationships with CFOs, auditors and private equity sponsors
- Develop staff and contribute to proposals

What you need
- Bachelor's degree in finance, accounting or economics
- 8+ years of business valuation experience at a valuation firm, Big 4 or investment bank
- ASA (Accredited Senior Appraiser) designation in Business Valuation from the American Society of Appraisers - required, since this role signs reports
- CFA or ABV a plus
- Expert Excel; Capital IQ and PitchBook
- Clear, careful writing

Stout offers a hybrid schedule, 401(k) match and a bonus program.
""",
        "name": "Brendan Okafor",
        "label": "Business Valuation Director",
        "summary": "Valuation professional with twelve years valuing companies, equity and intangibles for financial reporting, tax and deals. Accredited Senior Appraiser in Business Valuation and CFA charterholder.",
        "where": ("Evanston", "IL"),
        "work": [
            ("Director, Valuation Services", "Kroll", "2021-05", "", [
                "Sign valuation reports for purchase price allocations, goodwill impairment tests and portfolio valuations",
                "Review models from a team of six; lead client meetings with CFOs and audit teams",
            ]),
            ("Manager, then Senior Associate, Business Valuation", "Marshall & Stevens", "2016-06", "2021-04", [
                "Prepared gift and estate, 409A and ESOP valuations for closely held companies",
                "Built DCF, guideline public company and transaction models in Excel with Capital IQ data",
            ]),
            ("Analyst, Valuation Advisory", "Duff & Phelps", "2014-07", "2016-05", [
                "Supported ASC 805 purchase price allocations and intangible asset valuations",
            ]),
        ],
        "skills": {"Valuation": ["DCF", "Market approach", "Purchase price allocation", "Goodwill impairment", "409A", "Gift and estate"], "Tools": ["Excel", "Capital IQ", "PitchBook"]},
        "certs": [
            ("Accredited Senior Appraiser (ASA), Business Valuation", "American Society of Appraisers", "2020-09"),
            ("CFA charterholder", "CFA Institute", "2018-09"),
        ],
        "edu": [("Bachelor of Science", "Finance", "University of Illinois Urbana-Champaign", "2014")],
        "unq": {
            "summary": "Valuation professional with twelve years valuing companies, equity and intangibles for financial reporting, tax and deals. Accredited Member of the American Society of Appraisers in Business Valuation and CFA charterholder.",
            "certs": [
                ("Accredited Member (AM), Business Valuation", "American Society of Appraisers", "2017-03"),
                ("CFA charterholder", "CFA Institute", "2018-09"),
            ],
        },
        "decisive": ("ASA (Accredited Senior Appraiser) designation", ["ASA", "Accredited Senior Appraiser"], "credential level"),
    },
    {
        "id": "business_valuator-fresh13-2",
        "occ": "business_valuator",
        "title": "Manager, Valuations",
        "company": "BDO Canada LLP",
        "location": "Toronto, ON, Canada",
        "posting": """
BDO's Valuations group in Toronto advises owner-managed businesses, their lawyers and lenders on what a business is worth and why. We are hiring a Manager to lead engagements end to end.

Your opportunity
You will scope and price engagements, direct analysts, build and review valuation models, write comprehensive and estimate valuation reports, and support counsel in shareholder disputes, matrimonial matters and transactions. You will also help prepare expert reports and attend mediations.

How do you measure up?
- Chartered Business Valuator (CBV) designation
- Minimum five (5) years of business valuation experience, including litigation or shareholder dispute work
- CPA designation is an asset
- Advanced Excel and Capital IQ
- Excellent report writing in English; French is an asset

BDO offers flexible hours, a wellness account and paid time for professional development.
""",
        "name": "Tomasz Nowicki",
        "label": "Valuation Manager, CBV, CPA",
        "summary": "Chartered Business Valuator and CPA with six years in business valuation and litigation support, after three years in assurance.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Manager, Valuation & Litigation Support", "Grant Thornton LLP (Canada)", "2024-02", "", [
                "Lead comprehensive and estimate valuation reports for owner-managed businesses and family law matters",
                "Prepare expert reports on shareholder oppression claims and attend mediations with counsel",
                "Review analysts' DCF and capitalized cash flow models",
            ]),
            ("Senior Associate, Valuations", "MNP LLP", "2020-06", "2024-01", [
                "Built valuation models for estate freezes, buy-sell agreements and purchase price allocations",
                "Supported litigation engagements quantifying damages in commercial disputes",
            ]),
            ("Staff Accountant, Assurance", "MNP LLP", "2017-09", "2020-05", [
                "Audits and review engagements for private manufacturers and distributors",
            ]),
        ],
        "skills": {"Valuation": ["Capitalized cash flow", "DCF", "Shareholder disputes", "Family law valuations", "Damages quantification"], "Tools": ["Excel", "Capital IQ"]},
        "certs": [
            ("Chartered Business Valuator (CBV)", "CBV Institute", "2024-11"),
            ("Chartered Professional Accountant (CPA)", "CPA Ontario", "2020-03"),
        ],
        "edu": [("Bachelor of Accounting and Financial Management", "Accounting", "University of Waterloo", "2017")],
        "langs": [("English", "Native"), ("Polish", "Fluent")],
        "unq": {
            "summary": "Chartered Business Valuator and CPA with four years in business valuation and litigation support, after five years in assurance.",
            "work": [
                ("Manager, Valuation & Litigation Support", "Grant Thornton LLP (Canada)", "2024-02", "", [
                    "Lead comprehensive and estimate valuation reports for owner-managed businesses and family law matters",
                    "Prepare expert reports on shareholder oppression claims and attend mediations with counsel",
                    "Review analysts' DCF and capitalized cash flow models",
                ]),
                ("Senior Associate, Valuations", "MNP LLP", "2023-01", "2024-01", [
                    "Built valuation models for estate freezes, buy-sell agreements and purchase price allocations",
                    "Supported litigation engagements quantifying damages in commercial disputes",
                ]),
                ("Staff Accountant, then Senior Accountant, Assurance", "MNP LLP", "2017-09", "2022-12", [
                    "Audits and review engagements for private manufacturers and distributors",
                ]),
            ],
        },
        "decisive": ("five years of business valuation experience", ["years", "yrs"], "years"),
    },
    {
        "id": "quantitative_analyst-fresh13-1",
        "occ": "quantitative_analyst",
        "title": "Quantitative Researcher, Systematic Equities",
        "company": "GIC",
        "location": "Singapore",
        "posting": """
GIC's Systematic Equities team runs model-driven portfolios across global developed and emerging markets. We are looking for a Quantitative Researcher (Assistant Vice President / Vice President) to research, build and maintain alpha and risk models.

What you will do
- Generate and test investment hypotheses on large equity, fundamental and alternative datasets
- Build signals, risk models and portfolio construction tools in Python
- Work with portfolio managers to take research into production and monitor live performance

What you will bring
- A PhD in Statistics, Mathematics, Physics, Computer Science, Financial Engineering or another quantitative discipline
- At least 3 years of experience researching systematic investment strategies, preferably on the buy side
- Strong Python (NumPy, pandas, scikit-learn); C++ or Java is a plus
- Solid grounding in time-series econometrics, machine learning and portfolio optimisation
- A record of original research, in publications or in production strategies
""",
        "name": "Tan Jia Hui",
        "label": "Quantitative Researcher",
        "summary": "Quantitative researcher with five years building systematic equity signals and risk models on the buy side and at a bank. PhD in Statistics (high-dimensional covariance estimation).",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Quantitative Researcher, Equities", "Cubist Systematic Strategies (Point72)", "2023-01", "", [
                "Research and productionise cross-sectional equity signals from fundamental and alternative data",
                "Built a shrinkage covariance model in Python that cut ex-ante tracking error forecast bias by a third",
                "Monitor live strategy performance and decay with portfolio managers",
            ]),
            ("Quantitative Analyst, Systematic Investments", "DBS Bank", "2021-07", "2022-12", [
                "Developed factor-timing and portfolio optimisation tools for a multi-asset fund",
                "Wrote backtesting libraries in Python (NumPy, pandas) and C++ extensions",
            ]),
        ],
        "skills": {"Methods": ["Time-series econometrics", "Machine learning", "Covariance estimation", "Portfolio optimisation"], "Programming": ["Python", "NumPy", "pandas", "scikit-learn", "C++", "SQL"]},
        "edu": [
            ("Doctor of Philosophy (PhD)", "Statistics", "National University of Singapore", "2021"),
            ("Bachelor of Science (Honours)", "Mathematics", "Nanyang Technological University", "2016"),
        ],
        "langs": [("English", "Native"), ("Mandarin", "Fluent")],
        "unq": {
            "summary": "Quantitative researcher with five years building systematic equity signals and risk models on the buy side and at a bank. MSc in Statistics (high-dimensional covariance estimation).",
            "edu": [
                ("Master of Science", "Statistics", "National University of Singapore", "2021"),
                ("Bachelor of Science (Honours)", "Mathematics", "Nanyang Technological University", "2016"),
            ],
        },
        "decisive": ("PhD in a quantitative discipline", ["PhD", "Ph.D.", "doctorate", "doctoral", "Doctor of Philosophy"], "degree level"),
    },
    {
        "id": "quantitative_analyst-fresh13-2",
        "occ": "quantitative_analyst",
        "title": "Quant Analyst - Execution & Market Microstructure",
        "company": "Optiver",
        "location": "Amsterdam, Netherlands",
        "posting": """
Quant Analyst - Execution & Market Microstructure
Amsterdam | Full-time | On-site

The team
Our execution research team makes our trading cheaper and safer: better hedging, smarter order placement, fewer surprises at the open and close.

What you'll do
- Analyse tick-level order book data across European equity and ETF venues
- Build and maintain research datasets and analytics in kdb+/q
- Prototype models in Python and hand them to traders and developers

What you need
- MSc or PhD in a quantitative field (mathematics, physics, econometrics, computer science)
- 3+ yrs in a quant or data role at a trading firm, bank or exchange
- Hands-on kdb+/q - you will write q every day from week one, so this is a must-have
- Strong Python (pandas, NumPy)
- Eligible to work in the Netherlands
""",
        "name": "Jonas Verbeek",
        "label": "Quantitative Analyst, Electronic Trading",
        "summary": "Quant analyst with six years on market data at an exchange and an ETF market maker; writes q daily against tick databases and prototypes models in Python. Dutch citizen.",
        "where": ("Amsterdam", "North Holland"),
        "country": "NL",
        "work": [
            ("Quantitative Analyst, Electronic Trading", "Flow Traders", "2022-04", "", [
                "Built kdb+ tables and q analytics for order-book and trade data across 40 ETF venues",
                "Measured slippage and market impact of hedging flows; findings changed the default order placement logic",
                "Prototyped fill-probability models in Python and handed them to the development team",
            ]),
            ("Data Analyst, Market Surveillance", "Euronext Amsterdam", "2020-09", "2022-03", [
                "Wrote q queries against the surveillance tick database to investigate layering and spoofing alerts",
                "Automated daily market-quality reports in Python",
            ]),
        ],
        "skills": {"Data": ["kdb+/q", "Tick data", "Order book analytics", "SQL"], "Programming": ["Python", "pandas", "NumPy", "statsmodels"], "Work authorisation": ["Dutch citizen (EU)"]},
        "edu": [
            ("Master of Science", "Econometrics and Operations Research", "Vrije Universiteit Amsterdam", "2020"),
            ("Bachelor of Science", "Physics", "Utrecht University", "2018"),
        ],
        "langs": [("Dutch", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Quant analyst with six years on market data at an exchange and an ETF market maker; works in SQL and Spark against tick databases and prototypes models in Python. Dutch citizen.",
            "work": [
                ("Quantitative Analyst, Electronic Trading", "Flow Traders", "2022-04", "", [
                    "Built ClickHouse tables and SQL analytics for order-book and trade data across 40 ETF venues",
                    "Measured slippage and market impact of hedging flows; findings changed the default order placement logic",
                    "Prototyped fill-probability models in Python and handed them to the development team",
                ]),
                ("Data Analyst, Market Surveillance", "Euronext Amsterdam", "2020-09", "2022-03", [
                    "Wrote Spark SQL queries against the surveillance tick store to investigate layering and spoofing alerts",
                    "Automated daily market-quality reports in Python",
                ]),
            ],
            "skills": {"Data": ["ClickHouse", "Apache Spark", "Tick data", "Order book analytics", "SQL"], "Programming": ["Python", "pandas", "NumPy", "statsmodels"], "Work authorisation": ["Dutch citizen (EU)"]},
        },
        "decisive": ("hands-on kdb+/q", ["kdb+", "kdb"], "tool"),
    },
]
# fmt: on
