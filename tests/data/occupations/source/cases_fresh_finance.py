"""Fresh set, finance: accountant, auditor, bank teller, financial advisor, supply chain analyst, insurance adjuster."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "accountant-fresh-1",
        "occ": "accountant",
        "title": "Senior Accountant, General Ledger",
        "company": "Emerson",
        "location": "St. Louis, MO",
        "posting": """
Emerson is a global technology and software company serving process, hybrid and discrete manufacturers. Our corporate accounting team in Ferguson, Missouri is looking for a Senior Accountant to own a slice of the monthly close.

What you will do
You will prepare and post journal entries and accruals, reconcile balance sheet accounts, analyze fluctuations for the Controller, support the year-end external audit and help us keep our SOX key controls clean.

Requirements
- Bachelor's degree in Accounting or Finance
- A minimum of 4 years of progressive accounting experience (public accounting or corporate), including month-end close and account reconciliations
- Working knowledge of US GAAP
- Experience with an ERP such as Oracle or SAP; advanced Excel (pivot tables, XLOOKUP)

Preferred
- CPA or progress toward the CPA
- Experience with BlackLine

Hybrid (3 days in office). Salary range $78,000 - $96,000 plus bonus. Emerson is an Equal Opportunity Employer; all qualified applicants will receive consideration without regard to race, color, religion, sex, national origin, disability or protected veteran status.
""",
        "name": "Danielle Okafor",
        "label": "General Ledger Accountant",
        "summary": "Accountant with public-accounting and corporate experience in the monthly close, reconciliations and GAAP reporting for a manufacturing group.",
        "where": ("Florissant", "MO"),
        "work": [
            ("General Ledger Accountant", "Spire Inc.", "2021-03", "", [
                "Own close tasks for 14 legal entities: accruals, prepaid amortization, intercompany entries and fixed-asset roll-forwards in Oracle Cloud ERP",
                "Reconcile 60+ balance sheet accounts monthly and write the variance commentary for the Assistant Controller",
                "Prepare PBC schedules for the Deloitte year-end audit and document SOX key controls",
            ]),
            ("Staff Accountant, Business Services", "Anders CPAs + Advisors", "2018-08", "2021-02", [
                "Compiled monthly and quarterly financial statements for 25 small and mid-sized clients under US GAAP",
                "Performed bank and loan reconciliations and proposed adjusting entries",
            ]),
        ],
        "skills": {"Accounting": ["Month-end close", "Account reconciliations", "US GAAP", "SOX controls", "Accruals"], "Systems": ["Oracle Cloud ERP", "QuickBooks Online", "Microsoft Excel (pivot tables, XLOOKUP, Power Query)"]},
        "edu": [("Bachelor of Science in Business Administration", "Accounting", "University of Missouri-St. Louis", "2018")],
        "unq": {
            "summary": "Accountant in corporate general ledger work: monthly close, reconciliations and GAAP reporting for a utility group, after several years in retail management.",
            "work": [
                ("Staff Accountant", "Spire Inc.", "2023-09", "", [
                    "Own close tasks for 14 legal entities: accruals, prepaid amortization, intercompany entries and fixed-asset roll-forwards in Oracle Cloud ERP",
                    "Reconcile 60+ balance sheet accounts monthly and write the variance commentary for the Assistant Controller",
                    "Prepare PBC schedules for the Deloitte year-end audit and document SOX key controls",
                ]),
                ("Assistant Store Manager", "Walgreens", "2018-08", "2023-08", [
                    "Scheduled a staff of 18 and handled store cash office deposits",
                    "Ran inventory counts and shrink reviews",
                ]),
            ],
            "edu": [("Bachelor of Science in Business Administration", "Accounting", "University of Missouri-St. Louis", "2023")],
        },
        "decisive": ("4+ years of progressive accounting experience", ["years", "yrs"], "years"),
    },
    {
        "id": "accountant-fresh-2",
        "occ": "accountant",
        "title": "Property Accountant - Multifamily",
        "company": "Greystar",
        "location": "Charleston, SC",
        "posting": """
Property Accountant (multifamily portfolio, ~20 communities)

must have:
- Yardi Voyager - daily, hands-on (GL, bank recs, PayScan)
- 2+ yrs property / real estate accounting
- bank reconciliations, accruals, monthly financial packages for owners
- BA/BS accounting or finance, or equivalent experience

nice to have: CAM / recoveries exposure, Excel lookups

Full time, on-site Charleston HQ. Medical/dental/vision, 401(k) match, housing discount. EOE.
""",
        "name": "Marcus Whitfield",
        "label": "Property Accountant",
        "summary": "Real estate accountant closing the books for apartment communities: bank reconciliations, accruals and monthly owner reporting.",
        "where": ("North Charleston", "SC"),
        "work": [
            ("Property Accountant", "Lincoln Property Company", "2022-01", "", [
                "Close the books monthly for 17 garden-style apartment communities in Yardi Voyager 7S: accruals, prepaid schedules and journal entries",
                "Reconcile 40+ operating and security-deposit bank accounts; clear outstanding items with site teams",
                "Approve invoices in Yardi PayScan and prepare owner financial packages with variance notes",
            ]),
            ("Staff Accountant", "Blackbaud", "2020-06", "2021-12", [
                "Prepared journal entries and balance sheet reconciliations for the corporate close",
            ]),
        ],
        "skills": {"Accounting": ["Bank reconciliations", "Accruals", "Owner reporting", "Month-end close"], "Software": ["Yardi Voyager", "Yardi PayScan", "Microsoft Excel"]},
        "edu": [("Bachelor of Science", "Accounting", "College of Charleston", "2020")],
        "unq": {
            "work": [
                ("Property Accountant", "Lincoln Property Company", "2022-01", "", [
                    "Close the books monthly for 17 garden-style apartment communities in MRI Software: accruals, prepaid schedules and journal entries",
                    "Reconcile 40+ operating and security-deposit bank accounts; clear outstanding items with site teams",
                    "Approve invoices in the AvidXchange workflow and prepare owner financial packages with variance notes",
                ]),
                ("Staff Accountant", "Blackbaud", "2020-06", "2021-12", [
                    "Prepared journal entries and balance sheet reconciliations for the corporate close",
                ]),
            ],
            "skills": {"Accounting": ["Bank reconciliations", "Accruals", "Owner reporting", "Month-end close"], "Software": ["MRI Software", "AppFolio", "AvidXchange", "Microsoft Excel"]},
        },
        "decisive": ("Yardi Voyager", ["Yardi", "Voyager"], "tool"),
    },
    {
        "id": "auditor-fresh-1",
        "occ": "auditor",
        "title": "IT Auditor, Senior",
        "company": "Fifth Third Bank",
        "location": "Cincinnati, OH",
        "posting": """
The Internal Audit division of Fifth Third Bank is hiring a Senior IT Auditor to plan and execute technology audits across the bank.

Responsibilities include testing IT general controls (logical access, change management, computer operations) for SOX, evaluating application controls in lending and deposit systems, and writing clear issues for management.

Qualifications
- Bachelor's degree in Information Systems, Accounting, Computer Science or related field
- 3+ years of IT audit, IT risk or technology controls experience
- Certified Information Systems Auditor (CISA) certification is required
- Solid knowledge of SOX ITGCs, COBIT and NIST frameworks
- Data analytics with ACL, IDEA, SQL or Python

Preferred: CIA, CISSP or CRISC; banking experience.

Fifth Third is an equal opportunity employer. Hybrid work schedule.
""",
        "name": "Priya Raman",
        "label": "IT Internal Auditor",
        "summary": "Technology auditor testing IT general and application controls for SOX in retail and consulting settings.",
        "where": ("Mason", "OH"),
        "work": [
            ("IT Internal Auditor", "The Kroger Co.", "2022-07", "", [
                "Lead ITGC testing over logical access, change management and batch operations for 30 SOX-relevant applications",
                "Evaluate automated application controls in the pharmacy and supply chain systems; write findings and agree remediation dates",
                "Built SQL and Python scripts to test user access recertifications over the full population",
            ]),
            ("Associate, Risk & Financial Advisory (IT Audit)", "Deloitte", "2019-08", "2022-06", [
                "Performed ITGC walkthroughs and tests of design and operating effectiveness for financial-services clients",
                "Mapped controls to COBIT 2019 and NIST CSF for readiness assessments",
            ]),
        ],
        "skills": {"Audit": ["SOX ITGC testing", "Application controls", "COBIT", "NIST CSF", "Risk assessment"], "Tools": ["ACL Analytics", "SQL", "Python", "AuditBoard"]},
        "certs": [("Certified Information Systems Auditor (CISA)", "ISACA", "2021-10")],
        "edu": [("Bachelor of Business Administration", "Information Systems", "University of Cincinnati", "2019")],
        "unq": {
            "certs": [("CompTIA Security+", "CompTIA", "2021-10")],
        },
        "decisive": ("CISA certification", ["CISA", "Certified Information Systems Auditor"], "certificate"),
    },
    {
        "id": "auditor-fresh-2",
        "occ": "auditor",
        "title": "Internal Audit Manager",
        "company": "Publix Super Markets",
        "location": "Lakeland, FL",
        "posting": """
Publix Super Markets is seeking an Internal Audit Manager to lead operational and financial audits across our retail, distribution and manufacturing operations.

In this role you will plan risk-based audits, supervise a team of 3-4 auditors, review workpapers, and present results to senior management and the Audit Committee.

Qualifications:
- Bachelor's degree in accounting, finance or a related field
- 6 or more years of internal or external audit experience, including at least 2 years supervising audit staff
- Certified Internal Auditor (CIA) designation required
- Working knowledge of the IIA Global Internal Audit Standards and COSO
- Experience with data analytics tools (ACL, IDEA or similar) and TeamMate+ or AuditBoard

CPA or CISA a plus.

Publix is an equal opportunity employer committed to a diverse workforce. Drug-free workplace.
""",
        "name": "Gregory Alvarez",
        "label": "Senior Internal Audit Lead",
        "summary": "Internal auditor who plans risk-based operational and financial audits and supervises audit teams in retail and healthcare.",
        "where": ("Lakeland", "FL"),
        "work": [
            ("Senior Internal Audit Lead", "BayCare Health System", "2021-04", "", [
                "Plan and run risk-based operational audits of revenue cycle, procurement and pharmacy inventory",
                "Supervise three staff auditors: assign fieldwork, review workpapers in TeamMate+ and coach on issue writing",
                "Present audit results to the VP of Internal Audit and the Audit & Compliance Committee",
            ]),
            ("Internal Auditor II", "Raymond James Financial", "2017-09", "2021-03", [
                "Executed financial and SOX audits under COSO 2013; tested controls over branch operations",
                "Used IDEA to analyze expense and payroll data for exceptions",
            ]),
            ("Audit Associate", "Carr, Riggs & Ingram", "2015-08", "2017-08", [
                "External audit fieldwork for not-for-profit and governmental clients",
            ]),
        ],
        "skills": {"Audit": ["Risk-based audit planning", "COSO", "IIA Standards", "Workpaper review", "Team supervision"], "Tools": ["TeamMate+", "IDEA", "ACL", "Excel"]},
        "certs": [("Certified Internal Auditor (CIA)", "The Institute of Internal Auditors (IIA)", "2019-11")],
        "edu": [("Bachelor of Science", "Accounting", "University of South Florida", "2015")],
        "unq": {
            "certs": [("Internal Audit Practitioner", "The Institute of Internal Auditors (IIA)", "2019-11")],
        },
        "decisive": ("Certified Internal Auditor (CIA) designation", ["CIA", "Certified Internal Auditor"], "credential level"),
    },
    {
        "id": "bank_teller-fresh-1",
        "occ": "bank_teller",
        "title": "Bilingual Banking Representative (Spanish) - Teller",
        "company": "Frost Bank",
        "location": "San Antonio, TX",
        "posting": """
Bilingual Banking Rep - Teller | Frost Bank, Westside financial center

Must have:
- Fluent English AND Spanish (spoken) - most of our customers at this location bank in Spanish
- 6+ months cash handling or customer service
- High school diploma or GED
- Saturdays 9-12 rotation

You'll process deposits, withdrawals, loan payments and cashier's checks, balance your drawer, spot fraud and refer customers to bankers. $19.50/hr + bilingual pay differential. Frost is an equal opportunity employer.
""",
        "name": "Gabriela Treviño",
        "label": "Bank Teller",
        "summary": "Bilingual (English/Spanish) teller with accurate cash handling, fraud awareness and friendly service at a community bank.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Teller", "Broadway Bank", "2024-02", "", [
                "Process deposits, withdrawals, loan payments and official checks; balance drawer daily with no outages over $5 in 2025",
                "Flagged two counterfeit cashier's checks; refer customers to personal bankers for CDs and loans",
            ]),
            ("Cashier", "H-E-B", "2022-06", "2024-01", [
                "Ran a high-volume register and handled cash, checks and EBT; trained new cashiers",
            ]),
        ],
        "skills": {"Banking": ["Cash handling", "Drawer balancing", "Fraud detection", "Customer referrals"], "Systems": ["Jack Henry SilverLake", "Microsoft Office"]},
        "edu": [("High School Diploma", "", "Thomas Jefferson High School", "2022")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Teller with accurate cash handling, fraud awareness and friendly service at a community bank.",
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent English and Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "bank_teller-fresh-2",
        "occ": "bank_teller",
        "title": "Teller II",
        "company": "PNC Bank",
        "location": "Pittsburgh, PA",
        "posting": """
Position: Teller II (full time, 40 hrs)

PNC is looking for an experienced Teller II to join the Squirrel Hill branch. A Teller II handles higher-value and more complex transactions, serves as a point of contact for the vault, and helps coach newer tellers.

Requirements
- High school diploma or GED
- Minimum 2 years of teller or cash-handling experience in a bank or credit union
- Able to pass a background check and credit check
- Available to work Saturday mornings

Preferred: experience with vault or ATM balancing; prior referral goals.

Benefits include medical, dental, 401(k) with match and paid time off. PNC provides equal employment opportunity to qualified persons regardless of race, color, sex, religion, national origin, age, disability or veteran status.
""",
        "name": "Tyler Kowalski",
        "label": "Teller II",
        "summary": "Credit union and bank teller trusted with vault duties, large cash transactions and training new staff.",
        "where": ("Pittsburgh", "PA"),
        "work": [
            ("Teller II", "Clearview Federal Credit Union", "2023-10", "", [
                "Handle large cash withdrawals, wires and commercial deposits; dual-control vault and ATM balancing",
                "Coach three new tellers on drawer balancing and check-fraud red flags",
            ]),
            ("Teller", "Dollar Bank", "2021-05", "2023-09", [
                "Processed 150+ transactions a day with consistent balancing; met quarterly referral goals",
            ]),
        ],
        "skills": {"Banking": ["Cash handling", "Vault balancing", "ATM balancing", "Fraud prevention", "Teller training"], "Systems": ["Symitar", "Fiserv DNA"]},
        "edu": [("High School Diploma", "", "Allderdice High School", "2020")],
        "unq": {
            "summary": "Bank teller handling cash transactions and drawer balancing, with prior experience in office administration.",
            "label": "Bank Teller",
            "work": [
                ("Teller", "Dollar Bank", "2025-09", "", [
                    "Process deposits, withdrawals and commercial deposits; balance drawer daily and assist with the vault under dual control",
                    "Help newer tellers with drawer balancing and check-fraud red flags",
                ]),
                ("Administrative Assistant", "UPMC", "2021-05", "2025-08", [
                    "Scheduled appointments, managed records and answered phones for a busy outpatient clinic",
                ]),
            ],
        },
        "decisive": ("2 years of teller or cash-handling experience", ["years", "yrs"], "years"),
    },
    {
        "id": "financial_advisor-fresh-1",
        "occ": "financial_advisor",
        "title": "Financial Advisor - Huntington Investment Company",
        "company": "Huntington National Bank",
        "location": "Columbus, OH",
        "posting": """
Financial Advisor, The Huntington Investment Company

As a Financial Advisor you will partner with branch and private bank colleagues to deliver investment, retirement and insurance solutions to clients across central Ohio. You will build and manage a book of business, run planning conversations and recommend suitable stocks, bonds, ETFs, managed accounts and annuities.

Basic Qualifications
- FINRA Series 7 and Series 66 (or Series 63 and 65) registrations, active
- State life, accident and health insurance license
- 3+ years of client-facing experience in financial services
- Bachelor's degree or equivalent work experience

Preferred
- CFP or ChFC designation
- Experience with Envestnet or similar managed account platforms

Huntington is an Equal Opportunity Employer. Competitive base plus incentive.
""",
        "name": "Andrea Lindqvist",
        "label": "Financial Advisor",
        "summary": "Licensed financial advisor building retirement and investment plans for bank clients and small-business owners.",
        "where": ("Dublin", "OH"),
        "work": [
            ("Financial Advisor", "Fifth Third Securities", "2021-06", "", [
                "Manage a book of 310 households ($96M AUM); recommend equities, fixed income, ETFs and fee-based managed accounts",
                "Run retirement income and college planning reviews with branch referrals",
            ]),
            ("Investment Associate", "Fidelity Investments", "2018-07", "2021-05", [
                "Helped retail clients with rollovers, account openings and trade questions on a licensed phone team",
            ]),
        ],
        "skills": {"Advice": ["Retirement planning", "Portfolio construction", "Managed accounts", "Annuities", "Client reviews"], "Platforms": ["Envestnet", "eMoney", "Salesforce"]},
        "certs": [
            ("Series 7 - General Securities Representative", "FINRA", "2018-10"),
            ("Series 66 - Uniform Combined State Law", "NASAA / FINRA", "2019-01"),
            ("Life, Accident and Health Insurance License", "Ohio Department of Insurance", "2019-03"),
        ],
        "edu": [("Bachelor of Science in Business Administration", "Finance", "Ohio University", "2018")],
        "unq": {
            "work": [
                ("Financial Advisor", "Fifth Third Securities", "2021-06", "", [
                    "Manage a book of 310 households ($96M AUM); recommend mutual funds, variable annuities, 529 plans and fund-based managed accounts",
                    "Run retirement income and college planning reviews with branch referrals",
                ]),
                ("Investment Associate", "Fidelity Investments", "2018-07", "2021-05", [
                    "Helped retail clients with rollovers, account openings and fund questions on a licensed phone team",
                ]),
            ],
            "skills": {"Advice": ["Retirement planning", "Mutual fund allocation", "Managed accounts", "Annuities", "Client reviews"], "Platforms": ["Envestnet", "eMoney", "Salesforce"]},
            "certs": [
                ("Securities Industry Essentials (SIE)", "FINRA", "2018-08"),
                ("Series 6 - Investment Company and Variable Contracts Products Representative", "FINRA", "2018-10"),
                ("Series 66 - Uniform Combined State Law", "NASAA / FINRA", "2019-01"),
                ("Life, Accident and Health Insurance License", "Ohio Department of Insurance", "2019-03"),
            ],
        },
        "decisive": ("FINRA Series 7 registration", ["Series 7", "General Securities Representative"], "licence level"),
    },
    {
        "id": "financial_advisor-fresh-2",
        "occ": "financial_advisor",
        "title": "Senior Wealth Advisor - Investments",
        "company": "Northern Trust",
        "location": "Chicago, IL",
        "posting": """
Northern Trust Wealth Management is looking for a Senior Wealth Advisor with a strong investment focus to serve ultra-high-net-worth families.

You will construct and monitor custom portfolios, explain our investment outlook to clients and their advisors, and work with trust officers and tax specialists on integrated plans.

What you bring
- 7+ years in investment management or private wealth advisory
- CFA charterholder (required)
- Series 65 or Series 66
- Deep knowledge of asset allocation, fixed income and alternative investments
- Bachelor's degree; MBA preferred

CFP certification is a plus. Northern Trust is an equal opportunity employer, including disability and veterans.
""",
        "name": "Jonathan Meyers",
        "label": "Portfolio Manager, Private Wealth",
        "summary": "Investment professional managing custom portfolios for high-net-worth families and foundations.",
        "where": ("Evanston", "IL"),
        "work": [
            ("Portfolio Manager, Private Wealth", "William Blair", "2019-02", "", [
                "Manage $640M across 85 family relationships: asset allocation, manager selection and tax-aware rebalancing",
                "Present quarterly market outlooks to clients, their CPAs and attorneys; coordinate with estate planners",
            ]),
            ("Investment Analyst", "BMO Private Bank", "2014-07", "2019-01", [
                "Built fixed income ladders and reviewed alternative-investment due diligence for advisors",
            ]),
        ],
        "skills": {"Investments": ["Asset allocation", "Fixed income", "Alternative investments", "Manager due diligence"], "Tools": ["Bloomberg", "Morningstar Direct", "Addepar"]},
        "certs": [
            ("Chartered Financial Analyst (CFA) charter", "CFA Institute", "2019-09"),
            ("Series 66 - Uniform Combined State Law", "NASAA / FINRA", "2019-04"),
        ],
        "edu": [("Bachelor of Science", "Economics", "University of Illinois Urbana-Champaign", "2014")],
        "unq": {
            "certs": [
                ("CFA Program - passed Level II exam", "CFA Institute", "2019-06"),
                ("Series 66 - Uniform Combined State Law", "NASAA / FINRA", "2019-04"),
            ],
        },
        "mentions_ok": True,
        "decisive": ("CFA charterholder", ["CFA", "charterholder", "Chartered Financial Analyst"], "credential level"),
    },
    {
        "id": "supply_chain_analyst-fresh-1",
        "occ": "supply_chain_analyst",
        "title": "Inventory Planning Analyst",
        "company": "Caterpillar",
        "location": "Peoria, IL",
        "posting": """
Caterpillar's parts distribution team is hiring an Inventory Planning Analyst.

The job: set stocking levels and reorder points for service parts, run the monthly S&OP supply review, chase exceptions with suppliers and report service-level and inventory-turn metrics.

Required
- Bachelor's degree in supply chain, business, engineering or related field
- 3+ years in demand planning, supply planning or inventory management
- ASCM (APICS) certification: CPIM or CSCP
- SAP MM/PP experience and strong Excel

Desired
- Power BI
- Lean / Six Sigma exposure

Relocation available. Caterpillar is an Equal Opportunity Employer, including veterans and individuals with disabilities.
""",
        "name": "Kevin Nakamura",
        "label": "Supply Planner",
        "summary": "Supply and inventory planner setting safety stock and reorder points and running S&OP supply reviews in SAP.",
        "where": ("Bloomington", "IL"),
        "work": [
            ("Supply Planner", "Deere & Company", "2021-05", "", [
                "Set safety stock, reorder points and lot sizes for 6,000 service-part SKUs in SAP (MM/PP); lifted fill rate from 91% to 96%",
                "Prepare the monthly supply review for S&OP and follow up supplier past-dues",
            ]),
            ("Demand Planning Analyst", "State Farm", "2019-06", "2021-04", [
                "Forecast print and promotional material demand; reduced obsolete stock by 30%",
            ]),
        ],
        "skills": {"Planning": ["Inventory optimization", "Safety stock", "S&OP", "Demand forecasting", "Supplier follow-up"], "Systems": ["SAP ECC (MM, PP)", "Excel", "Power BI"]},
        "certs": [("Certified in Planning and Inventory Management (CPIM)", "ASCM (APICS)", "2022-08")],
        "edu": [("Bachelor of Science", "Supply Chain Management", "Illinois State University", "2019")],
        "unq": {
            "certs": [("Lean Six Sigma Yellow Belt", "Illinois State University Continuing Education", "2022-08")],
        },
        "decisive": ("CPIM or CSCP certification", ["CPIM", "CSCP", "APICS", "ASCM", "Certified in Planning and Inventory Management", "Certified Supply Chain Professional"], "certificate"),
    },
    {
        "id": "supply_chain_analyst-fresh-2",
        "occ": "supply_chain_analyst",
        "title": "Supply Chain Analyst II",
        "company": "Medline Industries",
        "location": "Northfield, IL",
        "posting": """
Supply Chain Analyst II - Network Planning

Medline is the largest privately held manufacturer and distributor of medical supplies. Our network planning team decides which of our 45+ distribution centers stocks what.

Job requirements
* Bachelor's degree in supply chain, business analytics, industrial engineering or similar
* 3-5 years of supply chain, logistics or operations analytics experience
* SQL (intermediate) and Power BI or Tableau
* Comfortable presenting to directors

Pay range $80,000 - $98,000. Medline is an equal opportunity employer.
""",
        "name": "Sofia Delgado",
        "label": "Supply Chain Analyst",
        "summary": "Analyst building SQL and Power BI tools for inventory placement, transportation cost and distribution network decisions.",
        "where": ("Evanston", "IL"),
        "work": [
            ("Supply Chain Analyst", "Walgreens Boots Alliance", "2024-04", "", [
                "Model SKU placement across 9 distribution centers with SQL and Python; cut inter-DC transfers by 12%",
                "Maintain Power BI dashboards on fill rate, days of supply and freight cost for the directors' weekly review",
            ]),
            ("Operations Analyst", "Echo Global Logistics", "2022-06", "2024-03", [
                "Analyzed truckload lane costs and carrier on-time performance in SQL; built Tableau scorecards",
            ]),
        ],
        "skills": {"Analytics": ["SQL", "Power BI", "Tableau", "Python (pandas)", "Network modeling"], "Domain": ["Inventory placement", "Transportation analytics", "Distribution"]},
        "edu": [("Bachelor of Science", "Industrial Engineering", "University of Illinois Chicago", "2022")],
        "unq": {
            "summary": "Recent graduate analyst building SQL and Power BI tools for inventory placement and distribution network decisions.",
            "work": [
                ("Supply Chain Analyst", "Walgreens Boots Alliance", "2024-10", "", [
                    "Model SKU placement across 9 distribution centers with SQL and Python; cut inter-DC transfers by 12%",
                    "Maintain Power BI dashboards on fill rate, days of supply and freight cost for the directors' weekly review",
                ]),
            ],
            "edu": [("Bachelor of Science", "Industrial Engineering", "University of Illinois Chicago", "2024")],
        },
        "decisive": ("3-5 years of supply chain, logistics or operations analytics experience", ["years", "yrs"], "years"),
    },
    {
        "id": "insurance_adjuster-fresh-1",
        "occ": "insurance_adjuster",
        "title": "CAT Property Field Adjuster - Texas Gulf Coast",
        "company": "Crawford & Company",
        "location": "Houston, TX",
        "posting": """
Crawford & Company is building its catastrophe roster for the 2027 storm season on the Texas Gulf Coast.

Field adjusters inspect residential wind, hail and water losses, write estimates, and settle claims within authority for our carrier clients.

Requirements:
- Active Texas adjuster license (All-Lines) - REQUIRED, we cannot deploy you without it
- 2+ years of residential property claims experience
- Xactimate proficiency; able to walk steep roofs with a ladder
- Valid driver's license and reliable vehicle
- Able to deploy for 30-90 days

Daily fee schedule plus per-claim pay. Crawford is an equal opportunity employer.
""",
        "name": "Brandon Ellis",
        "label": "Independent Property Adjuster",
        "summary": "Independent field adjuster handling residential wind, hail and water claims on catastrophe deployments; licensed in several states.",
        "where": ("Tampa", "FL"),
        "work": [
            ("Independent Field Adjuster (CAT)", "Pilot Catastrophe Services", "2022-05", "", [
                "Inspected and settled 600+ residential wind and hail claims on deployments after Hurricanes Ian, Idalia and Beryl",
                "Write room-by-room Xactimate estimates with roof diagrams and photo reports; settle within $50k authority",
            ]),
            ("Roofing Estimator", "Tampa Bay Roofing Co.", "2019-03", "2022-04", [
                "Measured and estimated shingle and tile roof replacements for insurance claims",
            ]),
        ],
        "skills": {"Claims": ["Residential property claims", "Wind/hail inspections", "Coverage analysis", "Steep-roof inspections"], "Software": ["Xactimate X1", "XactAnalysis", "EagleView"]},
        "certs": [
            ("All Lines Adjuster (6-20) License", "Florida Department of Financial Services", "2022-03"),
            ("All Lines Adjuster License (non-resident)", "Texas Department of Insurance", "2022-04"),
            ("Driver's License, Class E", "Florida DHSMV", "2024-01"),
        ],
        "edu": [("Associate of Science", "Building Construction Technology", "Hillsborough Community College", "2019")],
        "unq": {
            "certs": [
                ("All Lines Adjuster (6-20) License", "Florida Department of Financial Services", "2022-03"),
                ("Independent Adjuster License, Property & Casualty", "Georgia Office of Commissioner of Insurance and Safety Fire", "2022-04"),
                ("Driver's License, Class E", "Florida DHSMV", "2024-01"),
            ],
            "work": [
                ("Independent Field Adjuster (CAT)", "Pilot Catastrophe Services", "2022-05", "", [
                    "Inspected and settled 600+ residential wind and hail claims on deployments after Hurricanes Ian, Idalia and Helene",
                    "Write room-by-room Xactimate estimates with roof diagrams and photo reports; settle within $50k authority",
                ]),
                ("Roofing Estimator", "Tampa Bay Roofing Co.", "2019-03", "2022-04", [
                    "Measured and estimated shingle and tile roof replacements for insurance claims",
                ]),
            ],
        },
        "decisive": ("active Texas All-Lines adjuster license", ["Texas"], "jurisdiction"),
    },
    {
        "id": "insurance_adjuster-fresh-2",
        "occ": "insurance_adjuster",
        "title": "Property Claims Adjuster (Field)",
        "company": "Erie Insurance",
        "location": "Erie, PA",
        "posting": """
Erie Insurance - Property Field Adjuster, Northwest PA territory

You will own homeowner and small commercial property claims from first contact to payment: inspect the loss, confirm coverage, write the estimate and settle with the customer and contractor.

Qualifications
* 2+ years handling first-party property claims
* Must be proficient in Xactimate estimating software (sketch, line items, price lists)
* Bachelor's degree or equivalent experience
* Valid driver's license; able to climb ladders and access roofs and crawlspaces
* Adjuster licenses in other states as assigned - we sponsor

Company vehicle, pension, 401(k). Erie Insurance is an Equal Opportunity Employer.
""",
        "name": "Heather Brandt",
        "label": "Property Claims Representative",
        "summary": "First-party property adjuster handling homeowner and small commercial claims from inspection through settlement.",
        "where": ("Meadville", "PA"),
        "work": [
            ("Property Claims Representative II", "Nationwide", "2021-09", "", [
                "Handle 80-100 open homeowner and small commercial claims: fire, water, wind and theft",
                "Inspect losses, confirm coverage and write Xactimate estimates with sketches; negotiate with contractors and public adjusters",
            ]),
            ("Claims Associate", "Westfield Insurance", "2019-06", "2021-08", [
                "Handled desk property claims up to $15k and scheduled field inspections",
            ]),
        ],
        "skills": {"Claims": ["First-party property", "Coverage analysis", "Contractor negotiation", "Subrogation referral"], "Software": ["Xactimate", "XactAnalysis", "Guidewire ClaimCenter"]},
        "certs": [("Driver's License, Class C", "PennDOT", "2023-05")],
        "edu": [("Bachelor of Arts", "Business Administration", "Allegheny College", "2019")],
        "unq": {
            "work": [
                ("Property Claims Representative II", "Nationwide", "2021-09", "", [
                    "Handle 80-100 open homeowner and small commercial claims: fire, water, wind and theft",
                    "Inspect losses, confirm coverage and write Symbility estimates with sketches; negotiate with contractors and public adjusters",
                ]),
                ("Claims Associate", "Westfield Insurance", "2019-06", "2021-08", [
                    "Handled desk property claims up to $15k and scheduled field inspections",
                ]),
            ],
            "skills": {"Claims": ["First-party property", "Coverage analysis", "Contractor negotiation", "Subrogation referral"], "Software": ["Symbility (CoreLogic)", "Guidewire ClaimCenter"]},
        },
        "decisive": ("Xactimate estimating software", ["Xactimate"], "tool"),
    },
]
