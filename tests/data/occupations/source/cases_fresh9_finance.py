"""Fresh9 set, finance: financial analyst (FP&A), collections specialist, securities trader."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "financial_analyst-fresh9-1",
        "occ": "financial_analyst",
        "title": "FP&A Analyst - Connected Planning (Anaplan)",
        "company": "Marlow & Finch Retail Group plc",
        "location": "London, UK (hybrid, 3 days in King's Cross)",
        "posting": """
Marlow & Finch runs 140 homeware stores and a growing online business. Our FP&A team owns the budget, the quarterly reforecasts and the weekly trading pack for the executive committee, and we have just moved all of it onto Anaplan.

What you'll do
- Build and maintain Anaplan modules for store P&Ls, labour and promotional planning
- Run the monthly reforecast cycle with category and store-operations finance partners
- Produce variance analysis and commentary for the CFO and board packs
- Automate the weekly trading report and retire the old spreadsheet models

Must have
- 3+ years in FP&A, commercial finance or management accounting
- Hands-on Anaplan model building (Model Builder certification a plus, not required)
- ACA, ACCA or CIMA qualified, or finalist
- Advanced Excel; Power BI is a bonus

Nice to have
- Retail or consumer goods background

We offer a 10% bonus target, 25 days' holiday plus birthday off, 8% employer pension, colleague discount and a two-day-a-week home-working pattern. Marlow & Finch is an equal opportunities employer and welcomes applications from all backgrounds.
""",
        "name": "Hannah Okoye",
        "label": "Planning & Analysis Accountant",
        "summary": "CIMA-qualified management accountant with six years in retail and consumer-goods planning; builds driver-based forecasting models and the reporting that sits on top of them.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Financial Planning Analyst", "Kestrel Home & Garden Ltd", "2022-04", "", [
                "Built and maintain Anaplan models for store P&L, labour cost and promotional uplift across 90 stores",
                "Run the monthly reforecast and the annual budget with category finance business partners",
                "Write variance commentary for the CFO's monthly board pack",
                "Replaced a 40-tab weekly trading spreadsheet with an Anaplan dashboard and Power BI report",
            ]),
            ("Management Accountant", "Orchard Foods Ltd", "2020-09", "2022-03", [
                "Month-end close, accruals and cost-centre reporting for two manufacturing sites",
                "Prepared the quarterly reforecast for the operations director",
            ]),
        ],
        "skills": {"Planning": ["Anaplan (model building)", "Driver-based forecasting", "Variance analysis", "Budgeting"], "Tools": ["Excel (advanced)", "Power BI", "SAP S/4HANA"]},
        "certs": [
            ("Chartered Global Management Accountant (ACMA, CGMA)", "CIMA", "2022-11"),
            ("Anaplan Certified Model Builder", "Anaplan", "2023-06"),
        ],
        "edu": [("BSc", "Accounting and Finance", "University of Leeds", "2020")],
        "unq": {
            "skills": {"Planning": ["Workday Adaptive Planning", "Driver-based forecasting", "Variance analysis", "Budgeting"], "Tools": ["Excel (advanced)", "Power BI", "SAP S/4HANA"]},
            "certs": [
                ("Chartered Global Management Accountant (ACMA, CGMA)", "CIMA", "2022-11"),
            ],
        },
        "swaps": [
            ("Built and maintain Anaplan models for store P&L", "Built and maintain Workday Adaptive Planning models for store P&L"),
            ("with an Anaplan dashboard and Power BI report", "with an Adaptive Planning dashboard and Power BI report"),
        ],
        "decisive": ("Hands-on Anaplan model building", ["Anaplan"], "tool"),
    },
    {
        "id": "financial_analyst-fresh9-2",
        "occ": "financial_analyst",
        "title": "Senior Financial Analyst - FP&A",
        "company": "Kaveri Consumer Brands Pvt. Ltd.",
        "location": "Bengaluru, Karnataka, India",
        "posting": """
Position: Senior Financial Analyst, FP&A
Location: Bengaluru (Whitefield), work from office

About us: Kaveri Consumer Brands is a fast-growing personal care and packaged foods company with revenue of INR 2,400 crore, selling through general trade, modern trade and quick-commerce channels.

Responsibilities:
- Own the annual operating plan and rolling forecasts for two business units
- Brand-wise and channel-wise P&L analysis, trade-spend ROI and pricing scenarios
- Monthly MIS to the CFO and business heads, with variance analysis
- Support capex evaluation and business cases

Qualifications:
- CA or MBA (Finance) from a reputed institute
- 4+ years of experience in FP&A / business finance (FMCG or consumer preferred)
- Strong Excel and PowerPoint; working knowledge of SAP
- Excellent communication with non-finance stakeholders
""",
        "name": "Arjun Deshpande",
        "label": "Business Finance Manager",
        "summary": "Chartered Accountant working in consumer-goods planning and business finance; budgets, rolling forecasts, trade-spend analysis and monthly MIS for leadership.",
        "where": ("Bengaluru", "Karnataka"),
        "country": "IN",
        "work": [
            ("Business Finance - FP&A Analyst", "Trident Home Care Ltd.", "2021-06", "", [
                "Prepare the annual operating plan and quarterly rolling forecasts for the home-care division",
                "Analyse trade-spend ROI by channel and distributor; built the pricing scenario model used in the 2025 price increase",
                "Publish monthly MIS and variance analysis to the CFO and business heads",
            ]),
            ("General Ledger Accountant", "Sahyadri Auto Components Ltd.", "2019-08", "2021-05", [
                "Month-end closing, fixed-asset register and GST reconciliations in SAP FI",
            ]),
        ],
        "skills": {"Finance": ["Annual operating plan", "Rolling forecasts", "Trade-spend analysis", "Capex evaluation", "MIS reporting"], "Tools": ["Excel", "PowerPoint", "SAP FI/CO", "Power BI"]},
        "certs": [("Chartered Accountant (ACA)", "Institute of Chartered Accountants of India", "2019-07")],
        "edu": [("B.Com", "Accounting", "Christ University", "2016")],
        "langs": [("English", "Fluent"), ("Marathi", "Native"), ("Hindi", "Fluent"), ("Kannada", "Conversational")],
        "unq": {
            "work": [
                ("Business Finance - FP&A Analyst", "Trident Home Care Ltd.", "2024-01", "", [
                    "Prepare the annual operating plan and quarterly rolling forecasts for the home-care division",
                    "Analyse trade-spend ROI by channel and distributor; built the pricing scenario model used in the 2025 price increase",
                    "Publish monthly MIS and variance analysis to the CFO and business heads",
                ]),
                ("General Ledger Accountant", "Sahyadri Auto Components Ltd.", "2019-08", "2023-12", [
                    "Month-end closing, fixed-asset register and GST reconciliations in SAP FI",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("4+ years of FP&A / business finance", ["years", "yrs"], "years"),
    },
    {
        "id": "collections_specialist-fresh9-1",
        "occ": "collections_specialist",
        "title": "Collections Agent - Western Canada Portfolio",
        "company": "Westridge Recovery Services Inc.",
        "location": "Calgary, AB, Canada",
        "posting": """
Westridge Recovery Services is a third-party collection agency working consumer and telecom accounts for national creditors. Our Calgary floor handles the Western Canada portfolio, which means you will be speaking every day with customers in both Alberta and British Columbia.

As a Collections Agent you will work an assigned inventory of 400-600 accounts, negotiate payment arrangements and settlements within client guidelines, handle disputes and hardship cases with care, and document every contact in our collection system. You will follow the Consumer Protection Act (Alberta) and the Business Practices and Consumer Protection Act (BC) on contact times, disclosure and third-party calls.

Because you will contact debtors in both provinces, you must hold a current Alberta collector licence and a current BC collector licence issued by Consumer Protection BC (we sponsor renewals, but you must be licensed in both at start). We also ask for at least two years of third-party collections or call-centre experience and strong computer skills; experience with Latitude or Ontario Systems is an asset.

Full-time days, Monday to Friday with one evening shift per week. Base salary plus monthly commission, health and dental benefits, RRSP matching after six months.
""",
        "name": "Megan Tran",
        "label": "Recovery Specialist, Consumer Accounts",
        "summary": "Third-party collector with five years on consumer, telecom and utility accounts across the Prairies and the West Coast; steady settlement results and a clean compliance record.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Senior Collector", "Bow Valley Credit Solutions Ltd.", "2022-02", "", [
                "Work an inventory of about 550 telecom and utility accounts for national creditors",
                "Negotiate payment plans and lump-sum settlements within client authority levels",
                "Handle disputes and hardship requests and document every contact in Latitude",
                "Passed all quarterly call-quality and compliance audits since 2023",
            ]),
            ("Customer Service Representative, Billing", "Prairie Telecom Inc.", "2020-05", "2022-01", [
                "Handled billing enquiries and early-stage overdue calls in an inbound call centre",
            ]),
        ],
        "skills": {"Collections": ["Negotiation", "Skip tracing", "Settlements", "Dispute handling"], "Systems": ["Latitude by Genesys", "Interlink", "Excel"]},
        "certs": [
            ("Collector Licence (Alberta)", "Service Alberta", "2022-02"),
            ("Collector Licence (British Columbia)", "Consumer Protection BC", "2022-06"),
        ],
        "edu": [("Diploma", "Business Administration", "Bow Valley College", "2020")],
        "unq": {
            "certs": [
                ("Collector Licence (Alberta)", "Service Alberta", "2022-02"),
            ],
            "summary": "Third-party collector with five years on consumer, telecom and utility accounts across the Prairies; steady settlement results and a clean compliance record.",
        },
        "swaps": [],
        "decisive": ("BC collector licence (Consumer Protection BC)", ["BC", "British Columbia"], "jurisdiction"),
    },
    {
        "id": "collections_specialist-fresh9-2",
        "occ": "collections_specialist",
        "title": "Credit Control & Collections Specialist (German speaking)",
        "company": "Liffey Payments Services Ltd",
        "location": "Dublin 2, Ireland",
        "posting": """
Credit Control & Collections Specialist - German speaking
Liffey Payments Services | Dublin 2 | Permanent | Hybrid after probation

Liffey Payments provides card acceptance and online payments to 60,000 small and mid-sized merchants across Europe. Our Dublin credit control hub manages overdue merchant balances for the DACH region.

Key responsibilities:
* Manage a portfolio of overdue B2B merchant accounts in Germany, Austria and Switzerland
* Contact merchants by phone and email, agree repayment plans and escalate to external agencies where needed
* Reconcile accounts and allocate cash in SAP FI-AR
* Prepare weekly aged-debt reporting for the Finance Manager

Requirements:
* Fluent German (C1 or above) and English - essential, as most calls are in German
* 2+ years' experience in credit control, collections or accounts receivable
* Working knowledge of SAP or a similar ERP
* Eligible to work in Ireland

We offer a competitive salary, annual bonus, health insurance, pension contribution, 25 days' annual leave and a language allowance.
""",
        "name": "Ciara Dunne",
        "label": "Accounts Receivable & Credit Controller",
        "summary": "Credit controller with five years on B2B receivables for European payments and software companies; cash allocation in SAP, payment plans and clear escalation. Irish citizen.",
        "where": ("Dublin", "Leinster"),
        "country": "IE",
        "work": [
            ("Credit Controller, DACH Merchants", "Ardmore Payments Europe DAC", "2022-03", "", [
                "Manage about 900 overdue merchant accounts for the DACH market, phoning and emailing merchants in German",
                "Agree repayment plans and hand over accounts to external agencies when plans fail",
                "Allocate cash and reconcile merchant accounts in SAP FI-AR",
                "Prepare the weekly aged-debt report for the Head of Credit",
            ]),
            ("Accounts Receivable Assistant", "Tolka Software Ltd", "2021-01", "2022-02", [
                "Raised invoices, chased overdue licence renewals and posted receipts in Sage 200",
            ]),
        ],
        "skills": {"Credit control": ["Collections calls", "Repayment plans", "Cash allocation", "Aged-debt reporting"], "Systems": ["SAP FI-AR", "Sage 200", "Excel"]},
        "certs": [
            ("Goethe-Zertifikat C1", "Goethe-Institut", "2020-06"),
            ("Certificate in Credit Management", "Institute of Credit Management in Ireland", "2023-05"),
        ],
        "edu": [("BA", "International Commerce with a language", "University College Dublin", "2020")],
        "langs": [("English", "Native"), ("German", "Fluent (C1)")],
        "unq": {
            "certs": [
                ("Certificate in Credit Management", "Institute of Credit Management in Ireland", "2023-05"),
            ],
            "langs": [("English", "Native"), ("French", "Intermediate (B1)")],
            "work": [
                ("Credit Controller, UK & Ireland Merchants", "Ardmore Payments Europe DAC", "2022-03", "", [
                    "Manage about 900 overdue merchant accounts for the UK and Irish markets, phoning and emailing merchants",
                    "Agree repayment plans and hand over accounts to external agencies when plans fail",
                    "Allocate cash and reconcile merchant accounts in SAP FI-AR",
                    "Prepare the weekly aged-debt report for the Head of Credit",
                ]),
                ("Accounts Receivable Assistant", "Tolka Software Ltd", "2021-01", "2022-02", [
                    "Raised invoices, chased overdue licence renewals and posted receipts in Sage 200",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Fluent German (C1+)", ["German"], "language"),
    },
    {
        "id": "securities_trader-fresh9-1",
        "occ": "securities_trader",
        "title": "Dealer - Equity Derivatives (F&O)",
        "company": "Dalal Capital Securities Ltd.",
        "location": "Mumbai (Lower Parel), Maharashtra, India",
        "posting": """
Dalal Capital Securities Ltd. (SEBI-registered stock broker; member NSE, BSE) is hiring Dealers for its institutional and HNI F&O desk.

Job description
- Execute client orders in index and stock futures & options on NSE
- Monitor client margins, MTM and position limits through the trading day
- Coordinate with RMS and back office on trade confirmations and modifications
- Build basic option strategies (spreads, straddles) on client instruction

Eligibility
- Graduate in any discipline
- Valid NISM-Series-VIII: Equity Derivatives certificate (mandatory for approved users on the F&O segment)
- 2+ years as a dealer on NEST / ODIN / NOW terminals
- Good knowledge of F&O contract specifications, margins and expiry processes

CTC as per industry standards plus incentive on brokerage.
""",
        "name": "Rohan Kulkarni",
        "label": "F&O Dealer, HNI Desk",
        "summary": "Derivatives dealer with five years on broking desks in Mumbai, executing index and stock options for HNI and corporate clients on ODIN and NEST.",
        "where": ("Mumbai", "Maharashtra"),
        "country": "IN",
        "work": [
            ("Senior Dealer, Derivatives", "Arihant Shares & Stock Broking Ltd.", "2022-07", "", [
                "Execute index and stock futures and options orders for about 120 HNI clients on ODIN",
                "Watch client margins and MTM intraday and alert RMS before limits are breached",
                "Set up spreads and straddles on client instruction; handle expiry-day roll-overs",
            ]),
            ("Dealer", "Girgaum Securities Pvt. Ltd.", "2021-06", "2022-06", [
                "Order entry for retail clients on NEST in cash and F&O segments",
            ]),
        ],
        "skills": {"Trading": ["Index options", "Stock futures", "Option strategies", "Margin monitoring"], "Terminals": ["ODIN", "NEST", "NSE NOW"]},
        "certs": [
            ("NISM-Series-VIII: Equity Derivatives Certification", "National Institute of Securities Markets (NISM)", "2025-03"),
            ("NISM-Series-VII: Securities Operations and Risk Management Certification", "National Institute of Securities Markets (NISM)", "2024-08"),
        ],
        "edu": [("B.Com", "Banking and Insurance", "University of Mumbai", "2021")],
        "langs": [("English", "Fluent"), ("Marathi", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "certs": [
                ("NISM-Series-VII: Securities Operations and Risk Management Certification", "National Institute of Securities Markets (NISM)", "2024-08"),
                ("NISM-Series-I: Currency Derivatives Certification", "National Institute of Securities Markets (NISM)", "2023-11"),
            ],
        },
        "swaps": [],
        "decisive": ("NISM-Series-VIII: Equity Derivatives certificate", ["Series-VIII", "Series VIII", "Equity Derivatives"], "certificate"),
    },
    {
        "id": "securities_trader-fresh9-2",
        "occ": "securities_trader",
        "title": "Equities Execution Trader, APAC",
        "company": "Straits Harbour Securities Pte. Ltd.",
        "location": "Singapore",
        "posting": """
About the role
Straits Harbour Securities is a Capital Markets Services licence holder serving regional asset managers and family offices. We are hiring an Execution Trader for our APAC cash equities desk, covering SGX, HKEX, ASX and Japan.

What you'll do
- Work client orders using algorithms, DMA and high-touch execution across APAC markets
- Manage intraday risk, minimise market impact and deliver post-trade TCA to clients
- Work closely with sales traders, compliance and operations on trade breaks and allocations

What we're looking for
- At least 5 years' experience as an execution or sales trader in APAC cash equities
- Appointed/notified representative with MAS; CMFAS Modules 1A and 6A passed (or valid exemption)
- Strong knowledge of exchange rules, auctions and market microstructure in the region
- Proficient in Bloomberg EMSX or FlexTrade; Python or VBA an advantage
- Degree in Finance, Economics or a quantitative discipline

Competitive base and discretionary bonus, AWS, flexible benefits, medical and dental coverage.
""",
        "name": "Tan Wei Ming",
        "label": "Cash Equities Trader",
        "summary": "Cash equities trader working APAC orders for institutional clients; algorithmic and high-touch execution, auction strategy and post-trade analysis.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Execution Trader, APAC Equities", "Marina Bay Securities Pte. Ltd.", "2021-08", "", [
                "Execute client orders across SGX, HKEX, ASX and TSE using broker algos, DMA and high-touch",
                "Plan auction and close strategies for index rebalances; manage intraday market impact",
                "Produce transaction-cost analysis for asset-manager clients each quarter",
            ]),
            ("Dealer, Institutional Desk", "Lion City Brokerage Pte. Ltd.", "2019-05", "2021-07", [
                "Worked institutional orders in SGX and HKEX stocks; handled allocations and trade breaks with operations",
            ]),
        ],
        "skills": {"Execution": ["Algorithmic trading", "DMA", "High-touch", "Auction strategy", "TCA"], "Tools": ["Bloomberg EMSX", "FlexTrade", "Python"]},
        "certs": [
            ("CMFAS Module 1A - Rules and Regulations for Dealing in Securities (SGX-ST)", "Institute of Banking and Finance Singapore", "2019-04"),
            ("CMFAS Module 6A - Securities and Futures Product Knowledge", "Institute of Banking and Finance Singapore", "2019-04"),
            ("Appointed representative, dealing in capital markets products (MAS Register of Representatives)", "Monetary Authority of Singapore", "2019-05"),
        ],
        "edu": [("Bachelor of Business Administration", "Finance", "National University of Singapore", "2019")],
        "langs": [("English", "Fluent"), ("Mandarin", "Native")],
        "unq": {
            "work": [
                ("Execution Trader, APAC Equities", "Marina Bay Securities Pte. Ltd.", "2022-10", "", [
                    "Execute client orders across SGX, HKEX, ASX and TSE using broker algos, DMA and high-touch",
                    "Plan auction and close strategies for index rebalances; manage intraday market impact",
                    "Produce transaction-cost analysis for asset-manager clients each quarter",
                ]),
                ("Trade Support Analyst, Middle Office", "Lion City Brokerage Pte. Ltd.", "2019-05", "2022-09", [
                    "Matched and confirmed institutional trades; resolved allocations and trade breaks with operations",
                ]),
            ],
            "certs": [
                ("CMFAS Module 1A - Rules and Regulations for Dealing in Securities (SGX-ST)", "Institute of Banking and Finance Singapore", "2022-08"),
                ("CMFAS Module 6A - Securities and Futures Product Knowledge", "Institute of Banking and Finance Singapore", "2022-08"),
                ("Appointed representative, dealing in capital markets products (MAS Register of Representatives)", "Monetary Authority of Singapore", "2022-10"),
            ],
        },
        "swaps": [],
        "decisive": ("At least 5 years as an APAC execution/sales trader", ["years", "yrs"], "years"),
    },
]
