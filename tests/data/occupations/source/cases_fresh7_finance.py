"""Fresh7 finance cases: mortgage broker, portfolio manager, budget analyst, financial controller.

Written blind (writer a, December 2026): invented postings, people and resumes; see fresh7_sources_a.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "mortgage-broker-fresh7-1",
        "occ": "mortgage broker",
        "title": "Mortgage Broker - Newcastle",
        "company": "Aussie",
        "location": "Newcastle, New South Wales, Australia",
        "posting": """
Aussie Newcastle is adding an experienced broker to our Hunter Street store. We're busy - the store writes over $400m a year - and we hand our brokers warm leads from the Aussie brand so you can spend your time on clients, not cold calls.

What you'll bring
- Certificate IV in Finance and Mortgage Broking AND the Diploma of Finance and Mortgage Broking Management (FNS50322 or an earlier release). We can't take on brokers who still need to complete the Diploma.
- At least two years writing residential home loans, either as a broker or a mobile lender
- Sound knowledge of Best Interests Duty, responsible lending and NCCP obligations
- Current driver's licence and a clean credit and police check

Bonus points
- MFAA or FBAA membership
- Commercial or asset finance experience
- ApplyOnline and Mercury CRM

You'll be appointed as a credit representative under Aussie's Australian Credit Licence, with a market-leading commission split, compliance support and marketing funding. Aussie is an equal opportunity employer.
""",
        "name": "Jessica Van der Merwe",
        "label": "Mortgage Broker",
        "summary": "Mortgage broker with four years writing residential loans for first-home buyers, investors and refinancers in the Hunter. Holds the Cert IV and the Diploma of Finance and Mortgage Broking Management.",
        "where": ("Maitland", "New South Wales"),
        "country": "AU",
        "work": [
            ("Finance Broker (Credit Representative)", "Hunter Home Loans", "2022-11", "", [
                "Writes $45-55m a year in residential loans across 30+ lenders; best-interests files compliant at every audit",
                "Structures investor loans, construction loans and first-home-buyer grants",
                "Lodges via ApplyOnline and manages the pipeline in Mercury",
            ]),
            ("Mobile Lending Manager", "Greater Bank", "2021-03", "2022-10", [
                "Home loan origination for the bank's own products across the lower Hunter",
            ]),
            ("Customer Service Officer", "Greater Bank", "2018-02", "2021-02", [
                "Branch service, account opening and home loan enquiries",
            ]),
        ],
        "skills": {"Lending": ["Residential lending", "Construction loans", "Investor lending", "Serviceability", "Best Interests Duty", "Responsible lending (NCCP)"], "Systems": ["ApplyOnline", "Mercury CRM", "Salestrekker"]},
        "certs": [
            ("FNS40821 Certificate IV in Finance and Mortgage Broking", "Kaplan Professional", "2022-06"),
            ("FNS50322 Diploma of Finance and Mortgage Broking Management", "Kaplan Professional", "2023-08"),
            ("Full Member", "Mortgage & Finance Association of Australia (MFAA)", "2023-09"),
            ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
        ],
        "edu": [("Bachelor of Business", "Finance", "University of Newcastle", "2017")],
        "unq": {
            "summary": "Mortgage broker with four years writing residential loans for first-home buyers, investors and refinancers in the Hunter. Holds the Certificate IV in Finance and Mortgage Broking.",
            "certs": [
                ("FNS40821 Certificate IV in Finance and Mortgage Broking", "Kaplan Professional", "2022-06"),
                ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
            ],
        },
        "decisive": ("Diploma of Finance and Mortgage Broking Management in addition to the Cert IV", ["Diploma", "FNS50322"], "credential level"),
    },
    {
        "id": "mortgage-broker-fresh7-2",
        "occ": "mortgage broker",
        "title": "Later Life Mortgage Adviser (Home-Based)",
        "company": "Key Later Life Finance",
        "location": "Leeds, England, UK",
        "posting": """
Later Life Mortgage Adviser - field-based, covering West and North Yorkshire

Key specialises in later life lending advice. We're recruiting advisers who can look at the whole picture for customers aged 55+: lifetime mortgages, retirement interest-only (RIO) mortgages and standard residential options.

Must have:
- CeMAP (or another FCA-recognised Level 3 mortgage advice qualification)
- CeRER - the Certificate in Regulated Equity Release - or the CII Certificate in Equity Release; you must be able to advise on lifetime mortgages from day one
- 2+ yrs advising on regulated mortgages
- Full UK driving licence

Nice to have:
- Statement of Professional Standing / CII or LIBF membership
- Experience with vulnerable customers and Power of Attorney cases
- Later-life protection or inheritance tax awareness

Basic salary £35k-£40k plus uncapped bonus, company car or allowance, laptop and phone, pension, 25 days' holiday. We're proud to be an inclusive employer.
""",
        "name": "Gareth Llewellyn",
        "label": "Mortgage and Later Life Adviser",
        "summary": "CeMAP and CeRER qualified adviser with seven years in regulated mortgage advice, the last three specialising in lifetime mortgages and RIO for customers over 55.",
        "where": ("Harrogate", "North Yorkshire"),
        "country": "GB",
        "work": [
            ("Mortgage and Equity Release Adviser", "Yorkshire Building Society", "2023-02", "", [
                "Advises customers aged 55+ on lifetime mortgages, RIO and standard residential remortgages",
                "Home visits with family members and attorneys present; follows vulnerable-customer guidance",
                "Completes Equity Release Council standards checks and referrals to solicitors",
            ]),
            ("Mortgage Adviser", "Leeds Building Society", "2019-05", "2023-01", [
                "Residential purchase, remortgage and buy-to-let advice in branch and by phone",
                "Consistently above target on quality assessments",
            ]),
        ],
        "skills": {"Advice": ["Lifetime mortgages", "Retirement interest-only", "Residential mortgages", "Buy-to-let", "Vulnerable customers"], "Systems": ["Trigold", "Mortgage Brain"]},
        "certs": [
            ("CeMAP - Certificate in Mortgage Advice and Practice", "London Institute of Banking & Finance", "2019-03"),
            ("CeRER - Certificate in Regulated Equity Release", "London Institute of Banking & Finance", "2022-11"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [("BA (Hons)", "Business Management", "Leeds Beckett University", "2016")],
        "unq": {
            "summary": "CeMAP qualified adviser with seven years in regulated mortgage advice, the last three focused on remortgage and RIO cases for customers over 55.",
            "work": [
                ("Mortgage Adviser - Over 55s", "Yorkshire Building Society", "2023-02", "", [
                    "Advises customers aged 55+ on retirement interest-only and standard residential remortgages",
                    "Home visits with family members and attorneys present; follows vulnerable-customer guidance",
                    "Refers customers who want to release capital from their home to the Society's specialist partner",
                ]),
                ("Mortgage Adviser", "Leeds Building Society", "2019-05", "2023-01", [
                    "Residential purchase, remortgage and buy-to-let advice in branch and by phone",
                    "Consistently above target on quality assessments",
                ]),
            ],
            "skills": {"Advice": ["Retirement interest-only", "Residential mortgages", "Buy-to-let", "Vulnerable customers"], "Systems": ["Trigold", "Mortgage Brain"]},
            "certs": [
                ("CeMAP - Certificate in Mortgage Advice and Practice", "London Institute of Banking & Finance", "2019-03"),
                ("CeMAP Bridging", "London Institute of Banking & Finance", "2021-06"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("CeRER / Certificate in (Regulated) Equity Release", ["CeRER", "Certificate in Regulated Equity Release", "Certificate in Equity Release"], "certificate"),
    },
    {
        "id": "portfolio-manager-fresh7-1",
        "occ": "portfolio manager",
        "title": "Portfolio Manager, Private Wealth",
        "company": "Mawer Investment Management",
        "location": "Calgary, Alberta, Canada",
        "posting": """
Mawer is looking for a Portfolio Manager to join our Private Wealth team in Calgary. You'll own relationships with a book of high-net-worth families and foundations, build and rebalance their portfolios within our balanced mandates, and explain our thinking to clients in plain language.

Requirements
- CFA charter
- Currently registered as an Advising Representative in the portfolio manager category with the Alberta Securities Commission (or transferring an existing Advising Representative registration from another province). Associate Advising Representatives are not eligible, as this role gives discretionary advice without pre-approval.
- Five or more years of relevant investment management experience
- Excellent written and verbal communication

Assets
- CFP or TEP
- Experience with tax-aware investing and estate planning
- Familiarity with Bloomberg and Croesus

Mawer is employee-owned. We offer a competitive base, profit sharing, a defined contribution pension and generous time off. We welcome applications from people of all backgrounds.
""",
        "name": "Arjun Mehta-Sinclair",
        "label": "Portfolio Manager",
        "summary": "CFA charterholder with seven years in discretionary portfolio management for private clients. Registered with the ASC as an Advising Representative (portfolio manager category).",
        "where": ("Calgary", "Alberta"),
        "country": "CA",
        "work": [
            ("Portfolio Manager", "Leith Wheeler Investment Counsel", "2022-01", "", [
                "Discretionary management of 60 household and foundation accounts totalling $900M",
                "Builds IPS documents, rebalances to model and presents quarterly reviews",
                "Tax-loss harvesting and coordination with clients' accountants and estate lawyers",
            ]),
            ("Associate Portfolio Manager", "RBC Dominion Securities", "2019-06", "2021-12", [
                "Supported a PM team with security research, model portfolio changes and client reporting",
            ]),
        ],
        "skills": {"Investment": ["Discretionary management", "Asset allocation", "Equity research", "Fixed income", "Tax-aware investing"], "Tools": ["Bloomberg", "Croesus", "FactSet"]},
        "certs": [
            ("CFA Charter", "CFA Institute", "2021-09"),
            ("Advising Representative - Portfolio Manager category", "Alberta Securities Commission", "2022-02"),
        ],
        "edu": [("Bachelor of Commerce", "Finance", "University of Calgary", "2019")],
        "unq": {
            "summary": "CFA charterholder with seven years in portfolio management for private clients. Registered with the ASC as an Associate Advising Representative (portfolio manager category).",
            "certs": [
                ("CFA Charter", "CFA Institute", "2021-09"),
                ("Associate Advising Representative - Portfolio Manager category", "Alberta Securities Commission", "2022-02"),
            ],
        },
        "mentions_ok": True,
        "decisive": ("Registration as an Advising Representative (not Associate) with the ASC", ["Advising Representative"], "licence level"),
    },
    {
        "id": "portfolio-manager-fresh7-2",
        "occ": "portfolio manager",
        "title": "Senior Portfolio Manager - Sterling Credit",
        "company": "Royal London Asset Management",
        "location": "London, England, UK",
        "posting": """
Senior Portfolio Manager, Sterling Credit - London

RLAM manages one of the largest sterling credit franchises in the UK. We're hiring a senior PM to co-manage flagship sterling corporate bond funds and segregated mandates for pension schemes and insurers.

Requirements
- Minimum 8 years' experience managing sterling investment-grade credit portfolios with direct responsibility for performance
- CFA charterholder or IMC holder
- Deep understanding of credit analysis, relative value and duration/curve positioning
- Able to present to clients, consultants and trustees

Desirable
- CFA Certificate in ESG Investing
- Experience with LDI or buy-and-maintain mandates
- Bloomberg PORT / Aladdin

Competitive salary, discretionary bonus, non-contributory pension, private medical cover and 30 days' holiday. RLAM is committed to an inclusive workplace.
""",
        "name": "Eleanor Whitfield",
        "label": "Portfolio Manager, Fixed Income",
        "summary": "CFA charterholder with ten years managing sterling investment-grade credit for pension and insurance clients, after three years as a credit analyst.",
        "where": ("London", "London"),
        "country": "GB",
        "work": [
            ("Portfolio Manager, Sterling Credit", "Aviva Investors", "2016-03", "", [
                "Lead manager on a £3.2bn sterling corporate bond fund and co-manager of four segregated pension mandates",
                "Sets sector, duration and curve positioning; outperformed benchmark in seven of nine calendar years",
                "Presents to trustees, consultants and insurance clients",
            ]),
            ("Credit Analyst", "M&G Investments", "2013-01", "2016-02", [
                "Covered utilities and financials; relative-value recommendations to the PM team",
            ]),
        ],
        "skills": {"Investment": ["Investment-grade credit", "Relative value", "Duration management", "Buy-and-maintain", "LDI"], "Tools": ["Bloomberg PORT", "Aladdin"]},
        "certs": [
            ("CFA Charter", "CFA Institute", "2016-09"),
            ("Investment Management Certificate (IMC)", "CFA Society of the UK", "2013-06"),
        ],
        "edu": [("MSc", "Finance", "London School of Economics", "2012")],
        "unq": {
            "summary": "CFA charterholder managing sterling investment-grade credit for pension and insurance clients since 2021, after eight years as a credit analyst.",
            "work": [
                ("Portfolio Manager, Sterling Credit", "Aviva Investors", "2021-03", "", [
                    "Lead manager on a £3.2bn sterling corporate bond fund and co-manager of four segregated pension mandates",
                    "Sets sector, duration and curve positioning; outperformed benchmark in four of five calendar years",
                    "Presents to trustees, consultants and insurance clients",
                ]),
                ("Credit Analyst", "M&G Investments", "2013-01", "2021-02", [
                    "Covered utilities and financials; relative-value recommendations to the PM team",
                ]),
            ],
        },
        "decisive": ("Minimum 8 years managing sterling IG credit portfolios", ["years", "year"], "years"),
    },
    {
        "id": "budget-analyst-fresh7-1",
        "occ": "budget analyst",
        "title": "Budget Analyst (TS/SCI)",
        "company": "Booz Allen Hamilton",
        "location": "Bethesda, Maryland, USA",
        "posting": """
Budget Analyst

The Opportunity: Booz Allen supports an intelligence community client's financial management office. You'll help formulate and execute a multi-appropriation budget, track obligations and expenditures, and prepare the materials leadership uses in budget drills and Congressional justification books.

You Have:
- 4+ years of experience with federal budget formulation or execution
- Knowledge of PPBE and appropriations law, including Anti-Deficiency Act and purpose/time/amount rules
- Advanced Excel skills
- Active TS/SCI clearance; willingness to take a polygraph exam
- Bachelor's degree

Nice If You Have:
- Experience with the National Intelligence Program budget
- DoD Financial Management Certification, Level 2
- Experience with Tableau or Power BI

Clearance: Applicants selected will be subject to a security investigation and must meet eligibility requirements for access to classified information; TS/SCI clearance is required.

Compensation for this role ranges from $76,400 to $174,000 annually, depending on experience. Booz Allen is an equal opportunity employer.
""",
        "name": "Kendra Oyelaran",
        "label": "Federal Budget Analyst",
        "summary": "Budget analyst with six years supporting Department of Defense and intelligence community budget formulation and execution. Holds an active TS/SCI with CI polygraph.",
        "where": ("Silver Spring", "MD"),
        "country": "US",
        "work": [
            ("Financial Analyst", "Leidos", "2022-04", "", [
                "Tracked obligations and expenditures across O&M, RDT&E and procurement lines for an agency program office",
                "Built execution reviews and mid-year reprogramming packages; prepared inputs to Congressional justification books",
                "Automated spend plans in Excel and Power BI",
            ]),
            ("Budget Analyst", "U.S. Army Corps of Engineers, Baltimore District", "2020-01", "2022-03", [
                "Funds control and reconciliation in GFEBS; reviewed reimbursable agreements for purpose and time compliance",
            ]),
        ],
        "skills": {"Budget": ["PPBE", "Budget execution", "Appropriations law", "Reprogramming", "Spend plans"], "Tools": ["Excel", "Power BI", "GFEBS"]},
        "certs": [
            ("Security clearance: Top Secret/SCI with CI polygraph (active)", "U.S. Government", "2022-03"),
            ("DoD Financial Management Certification, Level 1", "Department of Defense", "2021-05"),
        ],
        "edu": [("Bachelor of Science", "Accounting", "University of Maryland, College Park", "2019")],
        "unq": {
            "summary": "Budget analyst with six years supporting Department of Defense budget formulation and execution. Holds an active Secret clearance.",
            "work": [
                ("Financial Analyst", "Leidos", "2022-04", "", [
                    "Tracked obligations and expenditures across O&M, RDT&E and procurement lines for a defense program office",
                    "Built execution reviews and mid-year reprogramming packages; prepared inputs to Congressional justification books",
                    "Automated spend plans in Excel and Power BI",
                ]),
                ("Budget Analyst", "U.S. Army Corps of Engineers, Baltimore District", "2020-01", "2022-03", [
                    "Funds control and reconciliation in GFEBS; reviewed reimbursable agreements for purpose and time compliance",
                ]),
            ],
            "certs": [
                ("Security clearance: Secret (active)", "U.S. Government", "2022-03"),
                ("DoD Financial Management Certification, Level 1", "Department of Defense", "2021-05"),
            ],
        },
        "decisive": ("Active TS/SCI clearance", ["TS/SCI", "Top Secret"], "clearance level"),
    },
    {
        "id": "budget-analyst-fresh7-2",
        "occ": "budget analyst",
        "title": "Budget Analyst Senior - Budget Office",
        "company": "City of Austin",
        "location": "Austin, Texas, USA",
        "posting": """
Minimum Qualifications
* Master's degree in Public Administration, Public Policy, Business Administration, Finance, Economics or a related field from an accredited college or university
* Three (3) years of experience in governmental budgeting, financial analysis or performance management

Licenses or Certifications: None.

Preferred Qualifications
* Experience with a city or county operating budget above $1 billion
* Experience with Questica or another public-sector budgeting system
* Experience presenting to elected officials or boards

Job Duties: Reviews departmental budget requests and performance measures; develops five-year forecasts for assigned funds; prepares agenda items and budget amendments for City Council; analyzes fiscal notes; answers Council budget questions during the adoption process.

Pay Range: $36.12 - $46.96 per hour. The City of Austin offers medical, dental and vision coverage, a defined benefit pension and paid time off. The City of Austin is committed to compliance with the Americans with Disabilities Act and is an equal opportunity employer.
""",
        "name": "Mateo Gutierrez",
        "label": "Budget and Policy Analyst",
        "summary": "Public finance analyst with five years in county and state budgeting. MPA from the LBJ School; builds multi-year forecasts and writes fiscal notes for elected officials.",
        "where": ("Austin", "TX"),
        "country": "US",
        "work": [
            ("Budget Analyst II", "Travis County Planning and Budget Office", "2022-09", "", [
                "Reviews departmental budget requests for justice and public-safety departments with a combined $400M budget",
                "Builds five-year forecasts for the general fund and road and bridge fund",
                "Drafts Commissioners Court agenda backup and presents budget amendments",
            ]),
            ("Fiscal Analyst", "Texas Legislative Budget Board", "2021-01", "2022-08", [
                "Prepared fiscal notes on proposed bills during the 87th Legislature",
            ]),
        ],
        "skills": {"Budget": ["Operating budget", "Forecasting", "Fiscal notes", "Performance measures"], "Tools": ["Excel", "Questica", "SAP", "Tableau"]},
        "certs": [],
        "edu": [
            ("Master of Public Affairs (MPA)", "Public Finance", "LBJ School of Public Affairs, University of Texas at Austin", "2020"),
            ("Bachelor of Arts", "Economics", "Texas State University", "2018"),
        ],
        "unq": {
            "summary": "Public finance analyst with five years in county and state budgeting. Economics graduate; builds multi-year forecasts and writes fiscal notes for elected officials.",
            "edu": [("Bachelor of Arts", "Economics", "Texas State University", "2018")],
        },
        "decisive": ("Master's degree in public administration, policy, business, finance or economics", ["Master's", "Master", "MPA"], "degree level"),
    },
    {
        "id": "financial-controller-fresh7-1",
        "occ": "financial controller",
        "title": "Site Financial Controller",
        "company": "Kerry Group",
        "location": "Listowel, County Kerry, Ireland",
        "posting": """
Site Financial Controller - Kerry Dairy Ireland, Listowel

Reporting to the Head of Finance, you will lead the site finance team of six, own the monthly close and site P&L, and partner with operations on yield, cost and capital projects.

Requirements:
- Qualified accountant (ACA, ACCA, CPA or CIMA) - this is essential
- 5+ years' post-qualification experience, ideally in a manufacturing environment
- Strong standard costing and inventory knowledge
- SAP experience

Desirable:
- Food or dairy manufacturing background
- Experience leading a team through an ERP change
- Lean / continuous improvement exposure

Competitive salary, annual bonus, pension, health insurance and hybrid working (3 days on site). Kerry is an equal opportunities employer.
""",
        "name": "Siobhán O'Donoghue",
        "label": "Finance Manager",
        "summary": "Chartered Accountant (ACA) with eight years' post-qualification experience in food manufacturing finance: site P&L, standard costing, monthly close and SAP.",
        "where": ("Tralee", "County Kerry"),
        "country": "IE",
        "work": [
            ("Plant Finance Manager", "Dairygold Co-Operative Society", "2020-03", "", [
                "Owns the site P&L and month-end close for a €300m cheese and powders plant; leads a team of four",
                "Runs standard cost updates, inventory valuation and yield variance analysis with operations",
                "Finance lead on a €25m capital project and the move to SAP S/4HANA",
            ]),
            ("Management Accountant", "Kerry Group", "2017-01", "2020-02", [
                "Month-end reporting, accruals and cost centre analysis for a consumer foods site",
            ]),
            ("Audit Senior", "KPMG Ireland", "2013-09", "2016-12", [
                "Audit trainee to senior on manufacturing and agri-food clients",
            ]),
        ],
        "skills": {"Finance": ["Site P&L", "Month-end close", "Standard costing", "Inventory valuation", "Capex appraisal"], "Systems": ["SAP S/4HANA", "SAP ECC", "Excel"]},
        "certs": [("ACA - Chartered Accountant", "Chartered Accountants Ireland", "2016-10")],
        "edu": [("Bachelor of Commerce", "Accounting", "University College Cork", "2013")],
        "unq": {
            "summary": "Accounting technician with thirteen years in food manufacturing finance and audit support: site P&L, standard costing, monthly close and SAP. Part-way through professional accounting exams.",
            "work": [
                ("Plant Finance Manager", "Dairygold Co-Operative Society", "2020-03", "", [
                    "Owns the site P&L and month-end close for a €300m cheese and powders plant; leads a team of four",
                    "Runs standard cost updates, inventory valuation and yield variance analysis with operations",
                    "Finance lead on a €25m capital project and the move to SAP S/4HANA",
                ]),
                ("Management Accountant", "Kerry Group", "2017-01", "2020-02", [
                    "Month-end reporting, accruals and cost centre analysis for a consumer foods site",
                ]),
                ("Audit Semi-Senior", "KPMG Ireland", "2013-09", "2016-12", [
                    "Audit assistant to semi-senior on manufacturing and agri-food clients",
                ]),
            ],
            "certs": [("MIATI - Member of Accounting Technicians Ireland", "Accounting Technicians Ireland", "2015-06")],
        },
        "decisive": ("Qualified accountant (ACA, ACCA, CPA or CIMA)", ["ACA", "ACCA", "CPA", "CIMA", "qualified accountant", "Chartered Accountant"], "credential level"),
    },
    {
        "id": "financial-controller-fresh7-2",
        "occ": "financial controller",
        "title": "Controller, Prepared Foods",
        "company": "Maple Leaf Foods",
        "location": "Mississauga, Ontario, Canada",
        "posting": """
Controller, Prepared Foods (Mississauga head office, hybrid)

Maple Leaf Foods is looking for a Controller to lead accounting and reporting for our Prepared Foods business unit (four plants, ~$1.6B revenue).

What you bring:
- CPA designation (Chartered Professional Accountant) in good standing with CPA Ontario - required, as you will sign off on statutory and regulatory filings
- 8+ years of progressive accounting experience, including at least 3 in a controller or assistant controller role
- Strong IFRS knowledge and experience with external audit
- SAP and BPC/planning tools

Assets:
- Public company or large-enterprise experience
- Manufacturing cost accounting
- Experience leading a team through change

We offer a competitive base salary and annual incentive, a defined contribution pension with company match, share purchase plan and flexible benefits. Maple Leaf Foods is committed to a diverse and inclusive workplace and provides accommodation throughout the recruitment process.
""",
        "name": "Daniel Szabo",
        "label": "Assistant Controller",
        "summary": "CPA (Ontario) with eleven years in manufacturing accounting and audit, the last five as an assistant controller: IFRS reporting, year-end audits and SAP.",
        "where": ("Oakville", "Ontario"),
        "country": "CA",
        "work": [
            ("Assistant Controller", "Canada Bread Company", "2021-04", "", [
                "Leads month-end close and IFRS reporting for a five-plant bakery network; team of eight",
                "Coordinates the annual external audit and quarterly reviews",
                "Owns standard costing, inventory and capital asset accounting in SAP",
            ]),
            ("Senior Financial Analyst", "Dr. Oetker Canada", "2018-06", "2021-03", [
                "Plant cost accounting, variance analysis and budget consolidation in BPC",
            ]),
            ("Senior Accountant, Audit", "KPMG LLP (Toronto)", "2015-09", "2018-05", [
                "Audits of consumer products and manufacturing clients under IFRS",
            ]),
        ],
        "skills": {"Accounting": ["IFRS", "Month-end close", "External audit", "Cost accounting", "Consolidation"], "Systems": ["SAP", "SAP BPC", "Excel"]},
        "certs": [("Chartered Professional Accountant (CPA), member of CPA Ontario", "CPA Ontario", "2018-01")],
        "edu": [("Bachelor of Commerce", "Accounting", "University of Toronto", "2015")],
        "unq": {
            "summary": "U.S. CPA (Illinois) with eleven years in manufacturing accounting and audit, the last five as an assistant controller in Canada: IFRS and US GAAP reporting, year-end audits and SAP.",
            "work": [
                ("Assistant Controller", "Canada Bread Company", "2021-04", "", [
                    "Leads month-end close and IFRS reporting for a five-plant bakery network; team of eight",
                    "Coordinates the annual external audit and quarterly reviews",
                    "Owns standard costing, inventory and capital asset accounting in SAP",
                ]),
                ("Senior Financial Analyst", "Kraft Heinz", "2018-06", "2021-03", [
                    "Plant cost accounting, variance analysis and budget consolidation in BPC (Chicago)",
                ]),
                ("Senior Accountant, Audit", "KPMG LLP (Chicago)", "2015-09", "2018-05", [
                    "Audits of consumer products and manufacturing clients under US GAAP",
                ]),
            ],
            "certs": [("Certified Public Accountant (CPA), licensed in Illinois", "Illinois Department of Financial and Professional Regulation", "2017-08")],
            "edu": [("Bachelor of Science", "Accountancy", "University of Illinois Urbana-Champaign", "2015")],
        },
        "decisive": ("CPA designation with CPA Ontario (Canadian Chartered Professional Accountant)", ["CPA Ontario", "Chartered Professional Accountant", "CPA Canada"], "jurisdiction"),
    },
]
