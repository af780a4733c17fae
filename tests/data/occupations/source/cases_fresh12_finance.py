"""Fresh12 half, finance: shariah_auditor, trust_administrator, accounts_payable_officer, bank_branch_manager."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "shariah_auditor-fresh12-1",
        "occ": "shariah_auditor",
        "title": "Senior Officer - Internal Shari'ah Audit",
        "company": "Khaleej Amanah Bank PJSC",
        "location": "Dubai, United Arab Emirates",
        "posting": """
Khaleej Amanah Bank is a fully Shari'ah-compliant retail and corporate bank. The Internal Shari'ah Audit unit reports independently to the Board Audit Committee and the Internal Shari'ah Supervision Committee (ISSC).

Job purpose
Plan and execute risk-based Shari'ah audits of the bank's products, branches and processes to confirm compliance with the resolutions of the ISSC, the Higher Shari'ah Authority (HSA) of the Central Bank of the UAE and AAOIFI Shari'ah Standards.

Key accountabilities
• Audit murabaha, ijarah, musharakah and wakala transactions end to end, including the sequence of contracts and possession of assets
• Test profit distribution to investment account holders and the handling of non-compliant income (charity purification)
• Draft audit reports and follow up on remediation with business units
• Support the annual Shari'ah audit report to the General Assembly

Qualifications & experience
- Bachelor's degree in Islamic Finance, Shari'ah, Accounting or Finance
- 5+ years in Shari'ah audit, Shari'ah review or Islamic banking operations
- AAOIFI Certified Shari'ah Adviser and Auditor (CSAA) - mandatory
- Good command of Arabic and English

Competitive tax-free package, annual air ticket, medical insurance and end-of-service gratuity per UAE Labour Law.
""",
        "name": "Mohammed Irfan Siddiqui",
        "label": "Shari'ah Audit Manager",
        "summary": "Islamic finance professional with eight years in Shari'ah audit and review in UAE and Bahraini banks; AAOIFI CSAA holder; audits financing and deposit products against AAOIFI standards and HSA resolutions.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Assistant Manager, Shari'ah Audit", "Emirates Crescent Bank", "2021-09", "", [
                "Risk-based audits of murabaha, ijarah and musharakah portfolios, testing contract sequencing and asset possession",
                "Reviewed profit distribution to mudaraba investment accounts and purification of non-compliant income",
                "Presented findings to the Internal Shari'ah Supervision Committee and the Board Audit Committee",
            ]),
            ("Shari'ah Review Officer", "Seef Islamic Bank B.S.C.", "2018-06", "2021-08", [
                "Pre-execution review of structured wakala and sukuk transactions",
            ]),
        ],
        "skills": {"Shari'ah": ["AAOIFI Shari'ah Standards", "Shari'ah audit", "Shari'ah review", "Sukuk", "Profit distribution"], "Audit": ["Risk-based audit planning", "Audit reporting"]},
        "certs": [
            ("Certified Shari'ah Adviser and Auditor (CSAA)", "AAOIFI", "2019-11"),
            ("Certified Islamic Professional Accountant (CIPA)", "AAOIFI", "2022-05"),
        ],
        "edu": [("Bachelor", "Islamic Banking and Finance", "International Islamic University Malaysia", "2018")],
        "langs": [("Urdu", "Native"), ("English", "Fluent"), ("Arabic", "Professional working proficiency")],
        "unq": {
            "summary": "Islamic finance professional with eight years in Shari'ah audit and review in UAE and Bahraini banks; CIPA holder; audits financing and deposit products against AAOIFI standards and HSA resolutions.",
            "certs": [
                ("Certified Islamic Professional Accountant (CIPA)", "AAOIFI", "2022-05"),
            ],
        },
        "decisive": ("AAOIFI Certified Shari'ah Adviser and Auditor (CSAA)", ["CSAA", "Certified Shari'ah Adviser and Auditor"], "certificate"),
    },
    {
        "id": "shariah_auditor-fresh12-2",
        "occ": "shariah_auditor",
        "title": "Shari'a Compliance & Review Specialist",
        "company": "Al Muharraq Takaful Company B.S.C.",
        "location": "Manama, Kingdom of Bahrain",
        "posting": """
Al Muharraq Takaful, licensed by the Central Bank of Bahrain, seeks a Shari'a Compliance & Review Specialist.

The position
You will carry out the internal Shari'a review of takaful products, wakala and mudaraba arrangements, retakaful contracts and investments, and act as secretary to the Shari'a Supervisory Board (SSB): preparing Board papers, recording minutes and fatwas, and following up on their implementation.

Requirements
- University degree in Shari'a, Islamic Economics or a related field
- At least 4 years of experience in Shari'a review/audit in an Islamic financial institution, preferably takaful
- Fluent Arabic, spoken and written: SSB papers, fatwas and minutes are drafted in Arabic
- Working English for reporting to management and the CBB
- Knowledge of AAOIFI standards and the CBB Rulebook (Volume 3)
- CSAA certification is an advantage

Bahraini nationals are preferred; expatriates with relevant takaful experience are welcome to apply. Attractive salary and benefits.
""",
        "name": "Yusuf Abdulrahman Kamali",
        "label": "Shari'a Review Officer",
        "summary": "Shari'a review specialist with six years in takaful and Islamic banking in Bahrain; drafts Shari'a Board papers and minutes in Arabic and reports to management in English; CSAA certified.",
        "where": ("Manama", "Capital Governorate"),
        "country": "BH",
        "work": [
            ("Shari'a Review Officer", "Gulf Solidarity Takaful", "2022-04", "", [
                "Review of family and general takaful products, wakala fees, surplus distribution and retakaful arrangements",
                "Secretary to the Shari'a Supervisory Board: agendas, minutes and written fatwas; track implementation",
            ]),
            ("Shari'a Compliance Analyst", "Bahrain Ethical Bank", "2020-09", "2022-03", [
                "Post-execution Shari'a review of murabaha and ijarah files; CBB Rulebook Volume 2 compliance testing",
            ]),
        ],
        "skills": {"Shari'a": ["AAOIFI standards", "Takaful", "Shari'a review", "Fatwa drafting", "CBB Rulebook Volumes 2 and 3"], "Office": ["MS Office"]},
        "certs": [("Certified Shari'ah Adviser and Auditor (CSAA)", "AAOIFI", "2023-03")],
        "edu": [("Bachelor", "Shari'ah and Islamic Finance", "International Islamic University Malaysia", "2020")],
        "langs": [("Arabic", "Native"), ("English", "Professional working proficiency")],
        "unq": {
            "summary": "Shari'a review specialist with six years in takaful and Islamic banking in Bahrain; prepares Shari'a Board papers and reports to management in English, with Arabic drafting handled by a colleague; CSAA certified.",
            "work": [
                ("Shari'a Review Officer", "Gulf Solidarity Takaful", "2022-04", "", [
                    "Review of family and general takaful products, wakala fees, surplus distribution and retakaful arrangements",
                    "Prepare English-language papers for the Shari'a Supervisory Board and track implementation of its resolutions",
                ]),
                ("Shari'a Compliance Analyst", "Bahrain Ethical Bank", "2020-09", "2022-03", [
                    "Post-execution Shari'a review of murabaha and ijarah files; CBB Rulebook Volume 2 compliance testing",
                ]),
            ],
            "skills": {"Shari'a": ["AAOIFI standards", "Takaful", "Shari'a review", "CBB Rulebook Volumes 2 and 3"], "Office": ["MS Office"]},
            "langs": [("Urdu", "Native"), ("English", "Professional working proficiency"), ("Arabic", "Elementary (reading)")],
        },
        "decisive": ("Fluent Arabic, spoken and written", ["fluent Arabic"], "language"),
    },
    {
        "id": "trust_administrator-fresh12-1",
        "occ": "trust_administrator",
        "title": "Senior Trust Administrator",
        "company": "Mont Orgueil Fiduciary Limited",
        "location": "St Helier, Jersey",
        "posting": """
Senior Trust Administrator - Private Client

Mont Orgueil Fiduciary Limited is regulated by the Jersey Financial Services Commission to conduct trust company business. We act for high-net-worth families across the Middle East, Africa and Europe.

The role
Manage a portfolio of discretionary trusts, foundations and underlying companies: trustee resolutions and minutes, distributions, investment oversight, annual accounts review, AML/CFT and CRS/FATCA obligations, and client relationships with guidance from the Director.

Essential
- STEP Diploma in International Trust Management (TEP status welcome)
- Four years' experience in a regulated trust company
- Sound knowledge of the Trusts (Jersey) Law 1984 and the JFSC AML/CFT Handbook

Desirable
- ICA qualification in compliance
- French or Arabic

We offer a discretionary bonus, study support, pension and private medical insurance. Candidates must be eligible to live and work in Jersey under the Control of Housing and Work (Jersey) Law.
""",
        "name": "Chloe Le Brocq",
        "label": "Trust Officer",
        "summary": "Trust professional with six years in Jersey trust companies; full STEP member (TEP) having completed all four Advanced Certificates; runs a portfolio of discretionary trusts and foundations.",
        "where": ("St Saviour", "Jersey"),
        "country": "JE",
        "work": [
            ("Trust Officer", "Fort Regent Trustees Limited", "2022-05", "", [
                "Administer 40 discretionary trusts and 6 Jersey foundations with their underlying companies",
                "Draft trustee resolutions, process distributions, review annual financial statements",
                "CDD refreshes, CRS/FATCA reporting and source-of-wealth reviews",
            ]),
            ("Trust Administrator", "Elizabeth Castle Fiduciary", "2020-09", "2022-04", [
                "Company secretarial and trust administration support for a private client team",
            ]),
        ],
        "skills": {"Fiduciary": ["Trust administration", "Jersey foundations", "Trustee resolutions", "CRS/FATCA", "AML/CFT"], "Jersey law": ["Trusts (Jersey) Law 1984", "JFSC AML/CFT Handbook"], "Other": ["Entitled to work in Jersey (Control of Housing and Work Law)"]},
        "certs": [
            ("Full member (TEP)", "STEP", "2024-03"),
            ("Diploma in International Trust Management", "STEP", "2024-01"),
            ("International Diploma in Governance, Risk and Compliance", "International Compliance Association", "2025-06"),
        ],
        "edu": [("BA (Hons)", "History", "University of Exeter", "2019")],
        "langs": [("English", "Native"), ("French", "Professional working proficiency")],
        "unq": {
            "summary": "Trust professional with six years in Jersey trust companies; STEP student member who has passed two of the four Advanced Certificates; runs a portfolio of discretionary trusts and foundations.",
            "certs": [
                ("Advanced Certificate in Trust Creation: Law and Practice", "STEP", "2023-06"),
                ("Advanced Certificate in Company Law and Practice", "STEP", "2024-01"),
                ("International Diploma in Governance, Risk and Compliance", "International Compliance Association", "2025-06"),
            ],
        },
        "decisive": ("STEP Diploma in International Trust Management", ["STEP Diploma", "Diploma in International Trust Management", "TEP"], "credential level"),
    },
    {
        "id": "trust_administrator-fresh12-2",
        "occ": "trust_administrator",
        "title": "Trust & Company Administrator (Assistant Manager)",
        "company": "Havelet Trust Company Limited",
        "location": "St Peter Port, Guernsey",
        "posting": """
Havelet Trust Company Limited, licensed by the Guernsey Financial Services Commission under the Regulation of Fiduciaries, Administration Businesses and Company Directors, etc. (Bailiwick of Guernsey) Law, 2020, is looking to strengthen its private client team.

About you:
- Minimum of 4 years' experience administering trusts and companies in a regulated fiduciary business
- Working towards or holding a STEP or ICSA qualification
- Comfortable with ViewPoint or a similar fiduciary administration system
- Sound understanding of Guernsey AML/CFT requirements (Handbook on Countering Financial Crime and Terrorist Financing)
- Confident with clients and intermediaries, well organised, good with numbers

In return: a hybrid working pattern, study leave and exam support, annual bonus, pension contribution and health cover.

Havelet is an equal opportunities employer.
""",
        "name": "Oliver Mauger",
        "label": "Senior Trust Administrator",
        "summary": "Guernsey fiduciary administrator with seven years on trusts, foundations and companies; STEP Advanced Certificates; daily ViewPoint user.",
        "where": ("St Peter Port", "Guernsey"),
        "country": "GG",
        "work": [
            ("Senior Trust Administrator", "Sarnia Fiduciary Services", "2022-07", "", [
                "Own a book of 55 trusts and underlying companies: resolutions, payments, annual reviews",
                "Client onboarding and periodic CDD in line with the GFSC Handbook",
            ]),
            ("Trust Administrator", "Castle Cornet Trustees", "2019-06", "2022-06", [
                "Trust accounting, company secretarial filings and board packs; ViewPoint data entry and reconciliations",
            ]),
        ],
        "skills": {"Fiduciary": ["Trust administration", "Company secretarial", "AML/CFT", "ViewPoint"], "Finance": ["Trust accounting", "Reconciliations"]},
        "certs": [
            ("Advanced Certificate in Trust Creation: Law and Practice", "STEP", "2021-06"),
            ("Advanced Certificate in Trust Administration and Accounts", "STEP", "2023-01"),
        ],
        "edu": [("BSc", "Economics", "University of Southampton", "2019")],
        "unq": {
            "summary": "Guernsey fiduciary administrator with three years on trusts, foundations and companies; STEP Advanced Certificates; daily ViewPoint user.",
            "work": [
                ("Senior Trust Administrator", "Sarnia Fiduciary Services", "2025-01", "", [
                    "Own a book of 55 trusts and underlying companies: resolutions, payments, annual reviews",
                    "Client onboarding and periodic CDD in line with the GFSC Handbook",
                ]),
                ("Trust Administrator", "Castle Cornet Trustees", "2023-10", "2024-12", [
                    "Trust accounting, company secretarial filings and board packs; ViewPoint data entry and reconciliations",
                ]),
                ("Customer Service Adviser", "Guernsey Savings Bank branch", "2019-06", "2023-09", [
                    "Retail banking counter and telephone service",
                ]),
            ],
            "certs": [
                ("Advanced Certificate in Trust Creation: Law and Practice", "STEP", "2024-06"),
                ("Advanced Certificate in Trust Administration and Accounts", "STEP", "2025-11"),
            ],
        },
        "decisive": ("Minimum of 4 years' experience administering trusts and companies in a regulated fiduciary business", ["years", "yrs"], "years"),
    },
    {
        "id": "accounts_payable_officer-fresh12-1",
        "occ": "accounts_payable_officer",
        "title": "Accounts Payable Officer",
        "company": "Murrumbidgee Regional Council",
        "location": "Wagga Wagga, NSW, Australia",
        "posting": """
Accounts Payable Officer
Grade 7 under the Local Government (State) Award | $78,911 - $88,600 + 11.5% super | 35 hrs/week, 9-day fortnight

About the position
Reporting to the Financial Accountant, you will process the full accounts payable cycle for Council: creditor set-up and maintenance, invoice matching against purchase orders and goods receipts, weekly EFT pay runs, corporate card reconciliation and month-end accruals. You'll also help business units with procurement queries.

Selection criteria
1. Demonstrated accounts payable experience in a high-volume environment (more than 1,500 invoices per month)
2. Demonstrated experience using TechnologyOne Financials (OneCouncil / CiA) - essential
3. Sound understanding of GST, ABN withholding and fraud controls for creditor bank-detail changes
4. Intermediate Microsoft Excel (pivot tables, VLOOKUP/XLOOKUP)
5. Certificate IV in Accounting and Bookkeeping or similar (desirable)

Council is an EEO employer and welcomes applications from Aboriginal and Torres Strait Islander people, people with disability and people from culturally diverse backgrounds. National Police Check required.
""",
        "name": "Priya Ramanathan",
        "label": "Accounts Payable Officer",
        "summary": "Accounts payable specialist with six years in local government and health, processing 2,000+ invoices a month in Technology One (CiA); Cert IV Accounting and Bookkeeping.",
        "where": ("Wagga Wagga", "NSW"),
        "country": "AU",
        "work": [
            ("Creditors Officer", "Riverina Water County Council", "2022-02", "", [
                "End-to-end creditors in Technology One CiA: supplier master data, three-way matching, weekly EFT runs",
                "Verify supplier bank-detail changes by call-back; reconcile corporate cards; month-end accruals",
            ]),
            ("Accounts Payable Clerk", "Murrumbidgee Local Health District", "2020-03", "2022-01", [
                "Processed around 2,500 invoices a month; GST coding and ABN withholding checks",
            ]),
        ],
        "skills": {"Finance systems": ["Technology One CiA", "OneCouncil"], "AP": ["Three-way matching", "EFT payment runs", "GST", "Accruals", "Corporate card reconciliation"], "Office": ["Excel (pivot tables, XLOOKUP)"]},
        "certs": [("Certificate IV in Accounting and Bookkeeping", "TAFE NSW", "2020-11"), ("National Police Certificate (no disclosable outcomes)", "Australian Federal Police", "2026-09")],
        "edu": [("Higher School Certificate", "", "Kooringal High School", "2018")],
        "unq": {
            "summary": "Accounts payable specialist with six years in local government and health, processing 2,000+ invoices a month in Civica Authority; Cert IV Accounting and Bookkeeping.",
            "work": [
                ("Creditors Officer", "Riverina Water County Council", "2022-02", "", [
                    "End-to-end creditors in Civica Authority: supplier master data, three-way matching, weekly EFT runs",
                    "Verify supplier bank-detail changes by call-back; reconcile corporate cards; month-end accruals",
                ]),
                ("Accounts Payable Clerk", "Murrumbidgee Local Health District", "2020-03", "2022-01", [
                    "Processed around 2,500 invoices a month; GST coding and ABN withholding checks",
                ]),
            ],
            "skills": {"Finance systems": ["Civica Authority", "Altus"], "AP": ["Three-way matching", "EFT payment runs", "GST", "Accruals", "Corporate card reconciliation"], "Office": ["Excel (pivot tables, XLOOKUP)"]},
        },
        "decisive": ("Demonstrated experience using TechnologyOne Financials (OneCouncil / CiA)", ["TechnologyOne", "Technology One", "OneCouncil", "CiA"], "tool"),
    },
    {
        "id": "accounts_payable_officer-fresh12-2",
        "occ": "accounts_payable_officer",
        "title": "Accounts Payable Specialist",
        "company": "Tamaki Freight & Logistics Ltd",
        "location": "Auckland, New Zealand",
        "posting": """
Accounts Payable Specialist - permanent, full time, East Tāmaki

We move freight the length of Aotearoa, and our finance team pays around 4,000 supplier invoices a month. We need an AP specialist who has done this before and can hit the ground running.

You will:
- own the AP ledger in SAP Business One, including supplier onboarding and statement reconciliations
- run the twice-weekly payment batches
- chase approvals, resolve supplier queries, and keep our GST coding tidy
- help with month-end and audit requests

You have:
- 3+ years in accounts payable, ideally high-volume
- SAP (any version) experience
- strong attention to detail and a sense of humour

Free parking, a wellbeing allowance and a day off on your birthday. You must have the right to work in New Zealand.
""",
        "name": "Sione Fifita",
        "label": "Accounts Payable Officer",
        "summary": "AP officer with six years of high-volume supplier payments in SAP Business One and SAP ECC across transport and retail; New Zealand citizen.",
        "where": ("Manukau", "Auckland"),
        "country": "NZ",
        "work": [
            ("Accounts Payable Officer", "Kiwi Linehaul Ltd", "2023-05", "", [
                "Process 3,500 invoices a month in SAP Business One; onboard suppliers; reconcile statements",
                "Prepare the twice-weekly payment run and month-end AP accruals; answer auditor requests",
            ]),
            ("Accounts Payable Assistant", "Harbourside Retail Group", "2020-11", "2023-04", [
                "Invoice entry and vendor reconciliations in SAP ECC; GST coding",
            ]),
        ],
        "skills": {"Systems": ["SAP Business One", "SAP ECC", "Excel"], "AP": ["Supplier onboarding", "Statement reconciliation", "Payment runs", "GST"]},
        "certs": [],
        "edu": [("New Zealand Diploma in Business (Level 5)", "Accounting", "Manukau Institute of Technology", "2020")],
        "unq": {
            "summary": "AP officer with two years of high-volume supplier payments in SAP Business One and SAP ECC across transport and retail; New Zealand citizen.",
            "work": [
                ("Accounts Payable Officer", "Kiwi Linehaul Ltd", "2025-07", "", [
                    "Process 3,500 invoices a month in SAP Business One; onboard suppliers; reconcile statements",
                    "Prepare the twice-weekly payment run and month-end AP accruals; answer auditor requests",
                ]),
                ("Accounts Payable Assistant", "Harbourside Retail Group", "2024-10", "2025-06", [
                    "Invoice entry and vendor reconciliations in SAP ECC; GST coding",
                ]),
                ("Sales Assistant", "Harbourside Retail Group", "2020-11", "2024-09", [
                    "Store sales, till reconciliation and stock counts",
                ]),
            ],
        },
        "decisive": ("3+ years in accounts payable", ["years", "yrs"], "years"),
    },
    {
        "id": "bank_branch_manager-fresh12-1",
        "occ": "bank_branch_manager",
        "title": "Branch Manager - Retail Banking",
        "company": "Ubuntu Mutual Bank",
        "location": "Pietermaritzburg, KwaZulu-Natal, South Africa",
        "posting": """
Branch Manager (Retail Banking) - Pietermaritzburg
Job reference: UMB-RB-0487 | Closing date: 19 December 2026

Purpose of the job
To lead the branch to achieve its sales, service and risk targets by managing a team of consultants, tellers and a service manager, and building relationships in the local community and business market.

Minimum requirements
- Bachelor's degree in Commerce, Banking, Business Management or related field (NQF level 7)
- 5 years' retail banking experience, of which at least 2 years in a branch leadership role
- RE5 (Regulatory Examination for Representatives) and FAIS fit-and-proper compliance
- Sound knowledge of FICA, the National Credit Act and POPIA
- Valid driver's licence

Key competencies: people leadership, coaching, sales management, operational risk and cash management.

Ubuntu Mutual Bank is an equal opportunity employer and preference will be given to candidates from designated groups in line with our Employment Equity plan. Should you not hear from us within 30 days of the closing date, please consider your application unsuccessful.
""",
        "name": "Thandeka Mkhize",
        "label": "Assistant Branch Manager",
        "summary": "Retail banker with eight years in branch sales, service and operations, three in branch leadership; BCom graduate; RE5 passed and FAIS-compliant.",
        "where": ("Pietermaritzburg", "KwaZulu-Natal"),
        "country": "ZA",
        "work": [
            ("Assistant Branch Manager", "Capitec Bank (Scottsville)", "2023-07", "", [
                "Lead a team of 12 consultants and tellers; coach to monthly sales and NPS targets",
                "Own branch cash management, FICA and operational risk audits",
            ]),
            ("Service Consultant", "Standard Bank (Pietermaritzburg CBD)", "2018-10", "2023-06", [
                "Accounts, credit card and personal loan sales within National Credit Act affordability rules",
            ]),
        ],
        "skills": {"Leadership": ["Coaching", "Sales management", "Performance management"], "Compliance": ["FICA", "National Credit Act", "POPIA", "Operational risk"], "Other": ["Code B driver's licence"]},
        "certs": [("Regulatory Examination for Representatives (RE5)", "FSCA", "2019-08")],
        "edu": [("Bachelor of Commerce", "Business Management and Economics", "University of KwaZulu-Natal", "2018")],
        "langs": [("English", "Fluent"), ("isiZulu", "Native")],
        "unq": {
            "summary": "Retail banker with eight years in branch sales, service and operations, three in branch leadership; banking diploma holder; RE5 passed and FAIS-compliant.",
            "edu": [("Diploma", "Banking (NQF 6)", "University of South Africa (UNISA)", "2018")],
        },
        "decisive": ("Bachelor's degree in Commerce, Banking, Business Management or related field (NQF level 7)", ["Bachelor's", "Bachelor's degree", "NQF level 7"], "degree level"),
    },
    {
        "id": "bank_branch_manager-fresh12-2",
        "occ": "bank_branch_manager",
        "title": "Branch Manager",
        "company": "Rift Valley Commercial Bank Ltd",
        "location": "Nakuru, Kenya",
        "posting": """
VACANCY: BRANCH MANAGER - NAKURU

Rift Valley Commercial Bank Ltd, licensed and regulated by the Central Bank of Kenya, invites applications from suitably qualified candidates for the position of Branch Manager, Nakuru.

Reporting to the Regional Manager, the jobholder will grow the branch's deposits and loan book, ensure service excellence and manage operational and credit risk in line with CBK Prudential Guidelines.

Key responsibilities
i. Achieve branch budget targets on deposits, lending and non-funded income
ii. Recruit and grow SME and personal banking relationships
iii. Ensure compliance with AML/CFT, KYC and the bank's credit policy
iv. Manage, coach and appraise branch staff

Qualifications and experience
a) Bachelor's degree in a business-related field from a recognised university
b) Professional qualification (CPA-K, AKIB or equivalent) is an added advantage
c) Minimum of 6 years' banking experience, at least 2 of which in a supervisory position
d) Strong credit analysis and business development skills

Applications, including a detailed CV, copies of certificates and three referees, should reach us by 18 December 2026. Only shortlisted candidates will be contacted. We are an equal opportunity employer.
""",
        "name": "Wanjiku Kamau",
        "label": "Relationship Manager",
        "summary": "Banker with ten years across credit, SME relationship management and branch operations in Kenya; supervisory since 2024; CPA (K).",
        "where": ("Nakuru", "Nakuru County"),
        "country": "KE",
        "work": [
            ("Operations and Credit Supervisor", "Equatorial Bank Kenya", "2024-01", "", [
                "Supervise six staff in branch operations and SME credit; appraise loan applications to CBK Prudential Guidelines",
                "Grew branch SME deposits 18% in 2025; accountable for KYC and AML/CFT checks",
            ]),
            ("SME Relationship Officer", "Equatorial Bank Kenya", "2019-03", "2023-12", [
                "Managed a book of 140 SME clients; cross-sold trade finance and asset finance",
            ]),
            ("Graduate Trainee / Credit Analyst", "Lakeside Bank Ltd", "2016-09", "2019-02", [
                "Credit analysis and loan documentation",
            ]),
        ],
        "skills": {"Banking": ["Credit analysis", "SME banking", "Business development", "AML/CFT", "KYC"], "Leadership": ["Staff appraisal", "Coaching"]},
        "certs": [("Certified Public Accountant (CPA-K)", "KASNEB", "2018-11")],
        "edu": [("Bachelor of Commerce", "Finance", "Egerton University", "2016")],
        "langs": [("English", "Fluent"), ("Kiswahili", "Native")],
        "unq": {
            "summary": "Banker with five years across credit, SME relationship management and branch operations in Kenya; supervisory since 2024; CPA (K).",
            "work": [
                ("Operations and Credit Supervisor", "Equatorial Bank Kenya", "2024-01", "", [
                    "Supervise six staff in branch operations and SME credit; appraise loan applications to CBK Prudential Guidelines",
                    "Grew branch SME deposits 18% in 2025; accountable for KYC and AML/CFT checks",
                ]),
                ("SME Relationship Officer", "Equatorial Bank Kenya", "2021-10", "2023-12", [
                    "Managed a book of 140 SME clients; cross-sold trade finance and asset finance",
                ]),
                ("Audit Associate", "Menengai Accountants LLP", "2016-09", "2021-09", [
                    "External audit of SACCOs and SMEs",
                ]),
            ],
        },
        "decisive": ("Minimum of 6 years' banking experience, at least 2 of which in a supervisory position", ["years", "yrs"], "years"),
    },
]
