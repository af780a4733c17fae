"""Fresh10 set, finance: paraplanner, fund accountant, economist, private banker."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "paraplanner-fresh10-1",
        "occ": "paraplanner",
        "title": "Paraplanner",
        "company": "Evelyn Partners",
        "location": "Bristol, UK (hybrid)",
        "posting": """
We're looking for a Paraplanner to join our Bristol financial planning team, supporting four chartered planners with a client base of business owners, professionals and retirees.

What you'll be doing
- Researching and preparing suitability reports for pension transfers and consolidations, ISA and GIA investments, and protection
- Cashflow modelling ahead of client reviews
- Platform and fund research, and keeping client files compliant with Consumer Duty

What you'll bring
- Diploma qualified: the DipPFS (CII Level 4 Diploma in Regulated Financial Planning), DipFA or an equivalent Level 4 diploma is essential; progress towards Chartered status is desirable
- At least 2 years' paraplanning experience within an IFA or wealth management firm
- Cashflow modelling in Voyant or CashCalc, and research tools such as FE Analytics or Synaptic
- Clear, concise report writing

We offer hybrid working, 25 days' holiday plus your birthday, study support for further CII qualifications and a generous pension. Evelyn Partners is committed to creating a diverse and inclusive workplace.
""",
        "name": "Chloe Hargreaves",
        "label": "Paraplanner",
        "summary": "Paraplanner with six years in independent financial planning firms; pension consolidation and retirement income reports, cashflow modelling and platform research.",
        "where": ("Bristol", "England"),
        "country": "GB",
        "work": [
            ("Paraplanner", "Succession Wealth, Bristol", "2021-04", "", [
                "Prepare suitability reports on pension consolidation, drawdown, ISA and GIA investments and protection for three planners",
                "Build Voyant cashflow plans and lifetime projections for annual reviews",
                "Platform, fund and annuity research using FE Analytics and Synaptic Product",
            ]),
            ("Junior Paraplanner / Planning Administrator", "Quilter Financial Planning, Bath", "2018-09", "2021-03", [
                "Gathered pension and investment information from providers and prepared fact-find summaries",
                "Drafted report sections and product comparisons for review by senior paraplanners",
            ]),
        ],
        "skills": {"Tools": ["Voyant", "FE Analytics", "Synaptic Product", "Intelliflo Office"], "Technical": ["Pension transfers and consolidation", "Drawdown", "Inheritance tax planning", "Consumer Duty"]},
        "certs": [
            ("DipPFS - CII Diploma in Regulated Financial Planning (R01-R06)", "Chartered Insurance Institute / Personal Finance Society", "2021-06"),
            ("AF1 Personal tax and trust planning; AF3 Pension planning (Advanced Diploma in Financial Planning units)", "Chartered Insurance Institute", "2024-10"),
        ],
        "edu": [("BA (Hons)", "Economics", "University of the West of England", "2018")],
        "unq": {
            "certs": [
                ("CII Level 4 Certificate in Paraplanning (R01, R02, R03, J09)", "Chartered Insurance Institute / Personal Finance Society", "2021-06"),
            ],
        },
        "decisive": ("CII Level 4 Diploma in Regulated Financial Planning (DipPFS) or DipFA", ["DipPFS", "DipFA", "Diploma in Regulated Financial Planning", "Level 4 Diploma"], "credential level"),
    },
    {
        "id": "paraplanner-fresh10-2",
        "occ": "paraplanner",
        "title": "Senior Paraplanner",
        "company": "Findex",
        "location": "Melbourne, VIC, Australia",
        "posting": """
Senior Paraplanner | Melbourne CBD | Hybrid (3 days in office)

Join a team of six advisers and three paraplanners working with high net worth families and business owners.

Key responsibilities:
- Prepare complex SoAs and RoAs: super and SMSF, TTR, Centrelink, insurance inside and outside super, debt and investment structures
- Strategy modelling and research to support advisers
- Mentor the associate paraplanners

About you:
- Diploma of Financial Planning (RG146 compliant) as a minimum; a degree in financial planning highly regarded
- 3+ yrs paraplanning exp. in a licensed advice practice
- Advanced Xplan skills (IRESS Xplan: modelling, SoA templates, client data and workflow) - essential, our whole practice runs on it
- Strong technical knowledge of super, tax and Centrelink rules

Findex is an equal opportunity employer and supports flexible work.
""",
        "name": "Georgia Lam",
        "label": "Senior Paraplanner",
        "summary": "Senior paraplanner with eight years preparing strategic advice documents for HNW and pre-retiree clients; SMSF, TTR, Centrelink and insurance.",
        "where": ("Hawthorn", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Paraplanner", "Shadforth Financial Group, Melbourne", "2022-02", "", [
                "Prepare SoAs and RoAs for SMSF, transition to retirement, Centrelink and personal insurance strategies",
                "Model cashflow, super contribution and debt recycling scenarios in Xplan and build SoA templates",
                "Review work of two associate paraplanners before adviser sign-off",
            ]),
            ("Paraplanner", "Hall and Partners Private Wealth, Camberwell", "2018-02", "2022-01", [
                "Drafted SoAs for pre-retirees, including salary sacrifice and retirement income streams",
                "Maintained client data and workflows in IRESS Xplan",
            ]),
        ],
        "skills": {"Software": ["IRESS Xplan", "Class Super", "Morningstar Adviser Research Centre", "Excel"], "Technical": ["SMSF", "TTR", "Centrelink", "Insurance needs analysis"]},
        "certs": [],
        "edu": [
            ("Bachelor of Commerce", "Financial Planning", "Deakin University", "2017"),
            ("Diploma of Financial Planning (RG146 compliant)", "Financial Planning", "Kaplan Professional", "2016"),
        ],
        "unq": {
            "skills": {"Software": ["Midwinter AdviceOS", "Morningstar AdviserLogic", "Class Super", "Excel"], "Technical": ["SMSF", "TTR", "Centrelink", "Insurance needs analysis"]},
        },
        "swaps": [
            ("debt recycling scenarios in Xplan and build SoA templates", "debt recycling scenarios in AdviceOS and build SoA templates"),
            ("Maintained client data and workflows in IRESS Xplan", "Maintained client data and workflows in AdviserLogic"),
        ],
        "decisive": ("Advanced IRESS Xplan skills", ["Xplan", "IRESS"], "tool"),
    },
    {
        "id": "fund_accountant-fresh10-1",
        "occ": "fund_accountant",
        "title": "Senior Fund Accountant - Alternatives",
        "company": "State Street",
        "location": "Kilkenny, Ireland (hybrid)",
        "posting": """
senior fund accountant - alternatives (hedge / AIF) | kilkenny | hybrid, 3 days in office

what you'll do
- prepare and review daily and monthly NAVs for a portfolio of hedge funds and AIFs
- reconcile cash and positions to prime brokers and custodians, accrue fees, book capital activity
- prepare financial statements and support the annual audit
- train and review the work of fund accountants

what we're looking for
- 3+ yrs fund accounting / NAV production experience (hedge, UCITS or AIF) - req'd
- ACCA / ACA / CIMA part-qualified at min., fully qualified preferred
- degree in accounting, finance or business
- strong excel; knowledge of IFRS and Irish GAAP
- Geneva or InvestOne exp. a plus

State Street is an equal opportunity and affirmative action employer.
""",
        "name": "Ciarán Dolan",
        "label": "Senior Fund Accountant",
        "summary": "Fund accountant with seven years in Irish fund administration: NAV calculation and review for hedge funds and AIFs, financial statements and audit support.",
        "where": ("Kilkenny", "Co. Kilkenny"),
        "country": "IE",
        "work": [
            ("Senior Fund Accountant", "Citco Fund Services (Ireland) Limited", "2022-09", "", [
                "Review daily and monthly net asset value calculations for 14 hedge funds and ICAV sub-funds",
                "Reconcile positions and cash to prime brokers; accrue management and performance fees",
                "Prepare IFRS financial statements and coordinate audit queries with the Big Four",
            ]),
            ("Fund Accountant", "Northern Trust, Limerick", "2019-06", "2022-08", [
                "Produced NAVs for UCITS and AIF funds in Geneva, including pricing, accruals and capital activity",
                "Prepared month-end reporting packs for investment managers",
            ]),
        ],
        "skills": {"Systems": ["Advent Geneva", "Excel (advanced)", "Bloomberg"], "Technical": ["NAV calculation", "IFRS", "Irish GAAP", "Performance fees"]},
        "certs": [("ACCA - 11 of 13 exams passed (part-qualified)", "ACCA", "2025-12")],
        "edu": [("Bachelor of Business Studies", "Accounting and Finance", "Waterford Institute of Technology", "2019")],
        "unq": {
            "summary": "Funds professional with five years in transfer agency and two years as a fund accountant in Irish fund administration: NAV calculation for hedge funds and AIFs, financial statements and audit support.",
            "work": [
                ("Fund Accountant", "Citco Fund Services (Ireland) Limited", "2024-10", "", [
                    "Prepare daily and monthly net asset value calculations for hedge funds and ICAV sub-funds",
                    "Reconcile positions and cash to prime brokers; accrue management and performance fees",
                    "Prepare IFRS financial statements and coordinate audit queries with the Big Four",
                ]),
                ("Transfer Agency Administrator", "Northern Trust, Limerick", "2019-06", "2024-09", [
                    "Processed subscriptions, redemptions and transfers for UCITS and AIF investors",
                    "Performed investor AML/KYC checks and answered investor queries",
                ]),
            ],
        },
        "decisive": ("Three years of fund accounting / NAV production experience", ["years", "yrs"], "years"),
    },
    {
        "id": "fund_accountant-fresh10-2",
        "occ": "fund_accountant",
        "title": "Fund Accountant - Private Equity (Investran)",
        "company": "Alter Domus",
        "location": "Luxembourg",
        "posting": """
Fund Accountant - Private Equity

As a Fund Accountant in our Luxembourg private equity team you will maintain the books of PE funds (SCSp, SICAV-RAIF) and their SPVs, prepare NAVs and capital account statements, and process capital calls and distributions.

Your profile
- Master's degree in accounting, finance or economics
- At least 2 years of private equity or real estate fund accounting experience (Lux GAAP and/or IFRS)
- Hands-on experience with FIS Investran is mandatory - general ledger, capital calls, distributions and waterfall reporting are all run in Investran
- Fluent English; French or German is an asset
- Strong Excel skills

What we offer: a permanent contract, meal vouchers, training with the Alter Domus academy, and a diverse international team. Alter Domus is an equal opportunity employer.
""",
        "name": "Inês Carvalho",
        "label": "Fund Accountant, Private Equity",
        "summary": "Private equity fund accountant with six years in Luxembourg fund administration; SCSp and RAIF structures, capital calls, distributions and investor reporting.",
        "where": ("Luxembourg", "Luxembourg"),
        "country": "LU",
        "work": [
            ("Fund Accountant - Private Equity", "IQ-EQ Luxembourg", "2021-03", "", [
                "Maintain the general ledger of 9 PE funds and 30 SPVs in FIS Investran",
                "Prepare quarterly NAVs, capital account statements and Lux GAAP annual accounts",
                "Calculate capital calls, distributions and management fees and prepare investor notices",
            ]),
            ("Junior Fund Accountant", "Apex Group, Luxembourg", "2020-09", "2021-02", [
                "Bookkeeping and bank reconciliations for real estate SPVs",
            ]),
        ],
        "skills": {"Systems": ["FIS Investran", "Excel (advanced)", "Power BI"], "Technical": ["Lux GAAP", "IFRS", "Capital calls and distributions", "Waterfall calculations"]},
        "certs": [],
        "edu": [
            ("Master", "Finance", "Nova School of Business and Economics, Lisbon", "2020"),
            ("Licenciatura (Bachelor)", "Economics", "Universidade do Porto", "2018"),
        ],
        "langs": [("Portuguese", "Native speaker"), ("English", "Fluent (C1)"), ("French", "Intermediate (B2)")],
        "unq": {
            "skills": {"Systems": ["eFront FrontInvest", "Excel (advanced)", "Power BI"], "Technical": ["Lux GAAP", "IFRS", "Capital calls and distributions", "Waterfall calculations"]},
        },
        "swaps": [("Maintain the general ledger of 9 PE funds and 30 SPVs in FIS Investran", "Maintain the general ledger of 9 PE funds and 30 SPVs in eFront FrontInvest")],
        "decisive": ("Hands-on FIS Investran experience", ["Investran"], "tool"),
    },
    {
        "id": "economist-fresh10-1",
        "occ": "economist",
        "title": "Economist / Senior Economist - Canadian Economic Analysis",
        "company": "Bank of Canada",
        "location": "Ottawa, ON, Canada",
        "posting": """
The Canadian Economic Analysis department monitors and forecasts the Canadian economy and advises Governing Council on monetary policy. We are hiring economists to work on the projection model, housing and household finance, and the analysis of inflation.

What you need to succeed
- A PhD in economics, completed or close to completion (thesis defence within 12 months of hire), with a focus on macroeconomics, monetary economics or applied econometrics
- Experience building or using structural or time-series models (e.g., DSGE, VARs)
- Strong programming skills in MATLAB/Dynare, Python or R
- Ability to write clearly for policy audiences and to publish research

Nice to have
- Knowledge of both official languages
- Experience with Canadian microdata

Employment equity: the Bank welcomes applications from women, Indigenous peoples, persons with disabilities and members of visible minorities. Candidates must be able to obtain a reliability security clearance.
""",
        "name": "Simon Girard",
        "label": "Economist",
        "summary": "Macroeconomist working on housing, household debt and monetary policy transmission; doctoral research on mortgage rates and consumption, now in fiscal and economic forecasting at the federal level.",
        "where": ("Gatineau", "QC"),
        "country": "CA",
        "work": [
            ("Economist, Economic and Fiscal Policy Branch", "Department of Finance Canada", "2023-08", "", [
                "Maintain the household block of the department's macro forecasting model and prepare the private sector survey briefing",
                "Estimate Bayesian VARs of mortgage rate pass-through to consumption",
                "Write briefing notes for the Deputy Minister on housing and household credit",
            ]),
            ("Research and Teaching Assistant", "Vancouver School of Economics, University of British Columbia", "2018-09", "2023-06", [
                "Built and solved a heterogeneous-agent DSGE model with mortgage refinancing in Dynare and MATLAB",
                "Taught intermediate macroeconomics tutorials",
            ]),
        ],
        "skills": {"Programming": ["MATLAB", "Dynare", "Python", "R", "Stata"], "Methods": ["DSGE models", "Bayesian VARs", "Panel econometrics"]},
        "certs": [],
        "edu": [
            ("PhD", "Economics", "University of British Columbia", "2023"),
            ("MA", "Economics", "Queen's University", "2018"),
            ("Baccalauréat", "Economics", "Université Laval", "2017"),
        ],
        "langs": [("French", "Native speaker"), ("English", "Fluent")],
        "unq": {
            "summary": "Macroeconomist working on housing, household debt and monetary policy transmission; five years in official statistics, now in fiscal and economic forecasting at the federal level.",
            "work": [
                ("Economist, Economic and Fiscal Policy Branch", "Department of Finance Canada", "2023-08", "", [
                    "Maintain the household block of the department's macro forecasting model and prepare the private sector survey briefing",
                    "Estimate Bayesian VARs of mortgage rate pass-through to consumption",
                    "Write briefing notes for the Deputy Minister on housing and household credit",
                ]),
                ("Economic Analyst, Household Sector Accounts", "Statistics Canada", "2018-09", "2023-06", [
                    "Compiled quarterly household balance sheet and mortgage debt estimates",
                    "Built R and MATLAB tools for seasonal adjustment and nowcasting",
                ]),
            ],
            "edu": [
                ("MA", "Economics", "Queen's University", "2018"),
                ("Baccalauréat", "Economics", "Université Laval", "2017"),
            ],
        },
        "decisive": ("PhD in economics (completed or close to completion)", ["PhD", "Ph.D.", "doctorate", "doctoral"], "degree level"),
    },
    {
        "id": "economist-fresh10-2",
        "occ": "economist",
        "title": "Economic Adviser (Grade 7) - Defence Economics",
        "company": "Ministry of Defence",
        "location": "London (MOD Main Building) or Bristol (Abbey Wood), UK",
        "posting": """
Job summary
Defence Economics provides economic analysis and advice across the MOD: investment appraisal of major equipment programmes, economic security of the defence industrial base, and analysis supporting operational and capability decisions. You will lead a small team of economists working on highly classified programmes.

Essential criteria
- Membership of the Government Economic Service (GES), or meet the GES entry criteria: a first or upper second class honours degree in economics, or a postgraduate degree in economics
- Experience leading economic analysis that has informed senior decision-makers
- Strong skills in cost-benefit analysis and Green Book appraisal

Security
Successful candidates must hold current Developed Vetting (DV) clearance at the point of application. Because of the programme timetable we are unable to sponsor DV for this campaign, and applicants holding only SC cannot be considered.

Nationality requirements: open to UK nationals only.

The Civil Service is committed to attracting, retaining and investing in talent wherever it is found. We offer a Civil Service pension with an employer contribution of 28.97% and flexible working.
""",
        "name": "Rebecca Osei",
        "label": "Economic Adviser (Grade 7)",
        "summary": "UK national. Government economist with eleven years in HM Treasury, the Department for Transport and the Home Office; appraisal of major programmes and security-related economic analysis.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Economic Adviser (Grade 7), Homeland Security Analysis", "Home Office", "2021-05", "", [
                "Lead a team of three economists appraising counter-terrorism and border security investments",
                "Wrote the economic case for a major classified capability programme, reviewed by the Treasury's Major Projects panel",
                "Advise directors and ministers on value for money of security spending",
            ]),
            ("Economist (Senior Economic Officer)", "HM Treasury", "2017-09", "2021-04", [
                "Spending Review analysis for the defence and security spending team",
                "Green Book appraisal reviews of capital projects",
            ]),
            ("Assistant Economist", "Department for Transport", "2015-09", "2017-08", [
                "Cost-benefit modelling of road and rail schemes using WebTAG",
            ]),
        ],
        "skills": {"Economics": ["Cost-benefit analysis", "HM Treasury Green Book", "Programme business cases", "Stata", "Excel modelling"]},
        "certs": [
            ("National security vetting: Developed Vetting (DV), current", "United Kingdom Security Vetting", "2021-07"),
            ("Member, Government Economic Service", "Government Economic Service", "2015-09"),
        ],
        "edu": [
            ("MSc", "Economics", "London School of Economics and Political Science", "2015"),
            ("BSc (Hons) Economics, 2:1", "Economics", "University of Warwick", "2014"),
        ],
        "unq": {
            "certs": [
                ("National security vetting: Security Check (SC), current", "United Kingdom Security Vetting", "2021-07"),
                ("Member, Government Economic Service", "Government Economic Service", "2015-09"),
            ],
        },
        "swaps": [("Wrote the economic case for a major classified capability programme, reviewed by the Treasury's Major Projects panel", "Wrote the economic case for a major border capability programme, reviewed by the Treasury's Major Projects panel")],
        "decisive": ("Current Developed Vetting (DV) clearance", ["DV", "Developed Vetting"], "clearance level"),
    },
    {
        "id": "private_banker-fresh10-1",
        "occ": "private_banker",
        "title": "Director / Relationship Manager - Private Banking, Greater China",
        "company": "UBS Global Wealth Management",
        "location": "Hong Kong",
        "posting": """
Your role
Are you an experienced private banker with a strong network among entrepreneurs and families in Greater China? We are looking for a Relationship Manager to acquire and serve ultra high net worth clients, working with our investment specialists, wealth planners and the investment bank.

Your expertise
- 10+ years of private banking relationship management experience with a transferable book (AUM of USD 300m or more)
- Registered with the HKMA as a relevant individual for Type 1 and Type 4 regulated activities, having passed HKSI LE Papers 1, 7 and 8 (or exemptions)
- Certified Private Wealth Professional (CPWP) or grandfathered under the ECF on Private Wealth Management
- Fluent Mandarin (Putonghua) and English are both required - most of our clients and their families are based in Mainland China; Cantonese is a plus
- University degree

UBS is an Equal Opportunity Employer. We respect and seek to empower each individual and support the diverse cultures, perspectives, skills and experiences within our workforce.
""",
        "name": "Vivian Chan",
        "label": "Director, Private Banking",
        "summary": "Private banker with thirteen years serving entrepreneurs and multi-generational families from Mainland China and Hong Kong; USD 450m AUM, discretionary mandates, lending and structured products.",
        "where": ("Hong Kong", "Hong Kong"),
        "country": "HK",
        "work": [
            ("Director, Private Banking", "Bank Julius Baer & Co. Ltd., Hong Kong Branch", "2019-03", "", [
                "Manage 60 client relationships with USD 450m in assets, mostly founders and families from Mainland China",
                "Grew net new money by USD 180m through referrals and family office introductions",
                "Run client meetings in Putonghua and English; coordinate wealth planning and Lombard lending",
            ]),
            ("Associate Director, Relationship Manager", "HSBC Private Bank (Suisse) SA, Hong Kong Branch", "2013-07", "2019-02", [
                "Served a book of 45 HNW clients; advisory mandates, structured notes and FX",
            ]),
            ("Assistant Relationship Manager", "The Bank of East Asia, Private Banking", "2010-08", "2013-06", [
                "Supported two senior RMs with account opening, KYC reviews and trade execution",
            ]),
        ],
        "skills": {"Private banking": ["UHNW client acquisition", "Advisory and discretionary mandates", "Lombard lending", "Structured products", "Wealth planning"]},
        "certs": [
            ("HKMA-registered relevant individual - Type 1 (dealing in securities) and Type 4 (advising on securities)", "Hong Kong Monetary Authority", "2010-10"),
            ("HKSI Licensing Examination Papers 1, 7 and 8", "Hong Kong Securities and Investment Institute", "2010-09"),
            ("Certified Private Wealth Professional (CPWP), ECF on Private Wealth Management", "Private Wealth Management Association (PWMA)", "2016-05"),
        ],
        "edu": [("Bachelor of Business Administration", "Finance", "The Hong Kong University of Science and Technology", "2010")],
        "langs": [("Cantonese", "Native speaker"), ("Mandarin (Putonghua)", "Fluent"), ("English", "Fluent")],
        "unq": {
            "summary": "Private banker with thirteen years serving entrepreneurs and multi-generational families from Hong Kong and Southeast Asia; USD 450m AUM, discretionary mandates, lending and structured products.",
            "langs": [("Cantonese", "Native speaker"), ("English", "Fluent")],
        },
        "swaps": [
            ("mostly founders and families from Mainland China", "mostly founders and families from Hong Kong, Singapore and Indonesia"),
            ("Run client meetings in Putonghua and English", "Run client meetings in Cantonese and English"),
        ],
        "decisive": ("Fluent Mandarin (Putonghua)", ["Mandarin", "Putonghua"], "language"),
    },
    {
        "id": "private_banker-fresh10-2",
        "occ": "private_banker",
        "title": "Senior Relationship Manager - South Asia (NRI) Desk",
        "company": "LGT Bank (Singapore) Ltd",
        "location": "Singapore",
        "posting": """
LGT Private Banking is expanding its South Asia coverage in Singapore. As Senior Relationship Manager you will build and manage relationships with high net worth and ultra high net worth Indian and non-resident Indian (NRI) families and entrepreneurs.

Requirements
* Passed CACS Paper 1 and Paper 2 (Client Advisor Competency Standards, administered by IBF) - required for covered persons under the Private Banking Code of Conduct; candidates who have not passed both papers will not be considered
* Minimum 8 years of private banking relationship management experience covering South Asian clients, with a portable book of USD 250m+
* Bachelor's degree; MBA or CFA an advantage
* Hindi or another Indian language is an advantage

Relocation support is available for the right candidate. We regret that only shortlisted candidates will be notified.
""",
        "name": "Arjun Menon",
        "label": "Senior Relationship Manager, Private Banking",
        "summary": "Private banker with fifteen years covering Indian and NRI entrepreneurs and families; USD 380m book across advisory, credit and wealth structuring.",
        "where": ("Singapore", "Singapore"),
        "country": "SG",
        "work": [
            ("Senior Relationship Manager - South Asia", "Standard Chartered Private Bank, Singapore", "2016-04", "", [
                "Manage a USD 380m book of 40 Indian and NRI families and promoters",
                "Structure Lombard and margin lending, offshore holding structures and succession planning with the wealth planning team",
                "Brought in USD 120m of net new money in the last three years",
            ]),
            ("Relationship Manager, Private Banking", "Standard Chartered Private Bank, Mumbai", "2011-07", "2016-03", [
                "Covered promoters and senior executives in Mumbai and Pune; mutual funds, PMS and structured products",
            ]),
        ],
        "skills": {"Private banking": ["UHNW and NRI coverage", "Lombard lending", "Succession and trust structures", "Advisory mandates"]},
        "certs": [
            ("CACS Paper 1 and Paper 2 (Client Advisor Competency Standards)", "The Institute of Banking and Finance Singapore", "2016-06"),
            ("NISM Series V-A: Mutual Fund Distributors", "National Institute of Securities Markets", "2011-08"),
        ],
        "edu": [
            ("PGDM (MBA)", "Finance", "Indian Institute of Management Kozhikode", "2011"),
            ("Bachelor of Commerce", "Accounting and Finance", "University of Mumbai", "2009"),
        ],
        "langs": [("English", "Fluent"), ("Malayalam", "Native speaker"), ("Hindi", "Fluent")],
        "unq": {
            "where": ("Mumbai", "Maharashtra"),
            "country": "IN",
            "certs": [
                ("NISM Series V-A: Mutual Fund Distributors", "National Institute of Securities Markets", "2011-08"),
                ("NISM Series X-A and X-B: Investment Adviser (Level 1 and 2)", "National Institute of Securities Markets", "2016-05"),
            ],
        },
        "swaps": [("Standard Chartered Private Bank, Singapore", "Standard Chartered Private Bank, Mumbai")],
        "decisive": ("Passed CACS Papers 1 and 2 (Client Advisor Competency Standards)", ["CACS", "Client Advisor Competency Standards", "Client Advisor Competency"], "certificate"),
    },
]
