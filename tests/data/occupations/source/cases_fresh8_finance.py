"""Fresh8 half, finance: quantity surveyor, insolvency practitioner, claims examiner, pension administrator.

Written blind (writer b, December 2026).
"""

# ruff: noqa: E501

# fmt: off
CASES = [
    {
        "id": "quantity_surveyor-fresh8-1",
        "occ": "quantity_surveyor",
        "title": "Senior Quantity Surveyor (MRICS) - Cost Management",
        "company": "Gleeds",
        "location": "Birmingham, West Midlands",
        "country": "GB",
        "posting": """
Senior Quantity Surveyor - Cost Management | Birmingham | Hybrid

Our Birmingham office delivers cost management and commercial services on health, education, residential and defence projects across the Midlands. We're looking for a Chartered Senior QS to lead commissions and develop our junior surveyors.

Your responsibilities
- Prepare cost plans and estimates from RIBA Stage 1 through to tender
- Lead tender processes, analyse returns and prepare tender reports
- Post-contract: valuations, change control and final accounts under NEC4 and JCT
- Sign off reports to clients and mentor APC candidates

About you
- MRICS (Chartered Quantity Surveyor) - required, as you will act as an APC counsellor and sign professional reports
- Degree in Quantity Surveying or Commercial Management (RICS accredited)
- Strong NEC4 and JCT knowledge; CostX or similar
- Consultancy background on public sector frameworks

Benefits: competitive salary, car allowance, 25 days + bank holidays, pension, private medical, paid RICS subscription and a genuinely flexible hybrid policy.

We're committed to an inclusive workplace and welcome applications from everyone.
""",
        "name": "Hannah Whitfield",
        "label": "Quantity Surveyor",
        "summary": "Consultant quantity surveyor, nine years in pre- and post-contract cost management on health and education schemes; NEC4 and JCT, CostX.",
        "where": ("Solihull", "West Midlands"),
        "work": [
            ("Quantity Surveyor", "Arcadis", "2021-02", "", [
                "Cost plans and estimates for hospital and school schemes on public sector frameworks, £5m-£60m",
                "Ran tender processes and wrote tender reports; prepared monthly cost reports for NHS trusts",
                "Agreed final accounts on NEC4 Option C contracts and mentored two APC candidates",
            ]),
            ("Assistant Quantity Surveyor", "Faithful+Gould", "2017-09", "2021-01", [
                "Measured works and prepared bills of quantities in CostX",
                "Supported valuations and change control on JCT Design and Build contracts",
            ]),
        ],
        "skills": {"Commercial": ["Cost planning", "Tendering", "Valuations", "Final accounts", "Change control"], "Contracts": ["NEC4", "JCT D&B"], "Software": ["CostX", "Excel"]},
        "certs": [
            ("MRICS - Chartered Quantity Surveyor", "Royal Institution of Chartered Surveyors", "2021-06"),
        ],
        "edu": [("BSc (Hons)", "Quantity Surveying", "Birmingham City University", "2017")],
        "unq": {
            "certs": [
                ("AssocRICS - Associate member", "RICS", "2020-05"),
            ],
        },
        "swaps": [("mentored two APC candidates", "helped two graduates with their site diaries")],
        "decisive": ("MRICS (Chartered Quantity Surveyor)", ["MRICS", "Chartered"], "credential level"),
    },
    {
        "id": "quantity_surveyor-fresh8-2",
        "occ": "quantity_surveyor",
        "title": "Professional Quantity Surveyor",
        "company": "Turner & Townsend",
        "location": "Cape Town, Western Cape",
        "country": "ZA",
        "posting": """
Turner & Townsend is looking for a Professional Quantity Surveyor to join our cost management team in Cape Town, working on commercial, retail and residential developments for private clients.

Key responsibilities
- Feasibility estimates, elemental cost plans and bills of quantities
- Tender documentation, adjudication and contract award recommendations
- Monthly valuations, cost reports and final accounts under JBCC and GCC
- Client liaison and coordination with the professional team

Minimum requirements
- BSc (Hons) Quantity Surveying or equivalent
- Registered as a Professional Quantity Surveyor (PrQS) with the SACQSP - candidate registration is not sufficient for this position
- 6+ years' post-graduate consulting experience
- Proficiency in CCS Candy or WinQS
- Valid driver's licence and own vehicle

Employment equity: preference may be given to candidates from designated groups in line with our EE plan.
""",
        "name": "Thabo Mokoena",
        "label": "Quantity Surveyor",
        "summary": "Consulting quantity surveyor with retail, office and residential projects in the Western Cape; JBCC, CCS Candy, final accounts.",
        "where": ("Bellville", "Western Cape"),
        "work": [
            ("Quantity Surveyor", "MLC Quantity Surveyors", "2019-03", "", [
                "Cost plans and BoQs for shopping centre extensions and office blocks up to R400m",
                "Tender adjudication, valuations and final accounts under JBCC Principal Building Agreement",
                "Monthly cost reports to developers and attendance at site meetings",
            ]),
            ("Candidate Quantity Surveyor", "De Leeuw Group", "2016-01", "2019-02", [
                "Measured and priced BoQs in CCS Candy; prepared interim payment certificates",
            ]),
        ],
        "skills": {"Quantity surveying": ["Feasibility estimates", "Bills of quantities", "Tender adjudication", "Final accounts"], "Contracts": ["JBCC", "GCC 2015"], "Software": ["CCS Candy", "WinQS"]},
        "certs": [
            ("Professional Quantity Surveyor (PrQS) registration", "South African Council for the Quantity Surveying Profession (SACQSP)", "2020-08"),
            ("Member (MAQS)", "Association of South African Quantity Surveyors", "2020-10"),
            ("Driver's Licence (Code B)", "Department of Transport, South Africa", "2013-04"),
        ],
        "edu": [("BSc (Hons)", "Quantity Surveying", "University of Cape Town", "2015")],
        "unq": {
            "certs": [
                ("Candidate Quantity Surveyor registration", "South African Council for the Quantity Surveying Profession (SACQSP)", "2016-02"),
                ("Member (MAQS)", "Association of South African Quantity Surveyors", "2020-10"),
            ("Driver's Licence (Code B)", "Department of Transport, South Africa", "2013-04"),
            ],
        },
        "swaps": [],
        "decisive": ("Registered Professional Quantity Surveyor (PrQS) with SACQSP", ["PrQS", "Pr QS", "Professional Quantity Surveyor"], "licence level"),
    },
    {
        "id": "insolvency_practitioner-fresh8-1",
        "occ": "insolvency_practitioner",
        "title": "Licensed Insolvency Practitioner - Director",
        "company": "Begbies Traynor Group",
        "location": "Leeds, West Yorkshire",
        "country": "GB",
        "posting": """
Director (Licensed Insolvency Practitioner) - Leeds

We are looking for an appointment-taking Insolvency Practitioner to join our Leeds office as a Director, taking formal appointments and building the regional business recovery practice.

The role
- Take appointments as administrator, liquidator and supervisor of CVAs
- Win and manage a portfolio of corporate insolvency and advisory work from banks, lawyers and introducers
- Lead case teams, review strategy and sign statutory reports
- Ensure compliance with the Insolvency Act 1986, Insolvency Rules and SIPs

Requirements
- Full insolvency licence from a Recognised Professional Body (ICAEW, IPA, ICAS or ACCA) allowing you to take appointments - passed JIEB alone is not enough for this role
- ACA, ACCA or CTA qualified or equivalent
- Significant corporate insolvency track record
- Business development contacts in Yorkshire

Competitive package with bonus, car allowance, pension and private healthcare.
""",
        "name": "Richard Ashworth",
        "label": "Director, Restructuring & Insolvency (Licensed Insolvency Practitioner)",
        "summary": "Corporate insolvency specialist in Yorkshire with twelve years on administrations, liquidations and CVAs for SME and mid-market companies.",
        "where": ("Harrogate", "North Yorkshire"),
        "work": [
            ("Associate Director", "FRP Advisory", "2021-09", "", [
                "Take appointments as joint administrator and liquidator on mid-market cases",
                "Run pre-pack sales and CVAs, and sign statutory progress reports",
                "Build referral relationships with Leeds banks and law firms",
            ]),
            ("Manager, Business Recovery", "Grant Thornton UK", "2014-09", "2021-08", [
                "Managed administrations and CVLs from appointment to closure",
                "Prepared SIP 16 statements and reports to creditors",
            ]),
        ],
        "skills": {"Insolvency": ["Administrations", "Liquidations (CVL/MVL/compulsory)", "CVAs", "Pre-pack sales", "Statutory reporting"], "Systems": ["IPS", "Excel"]},
        "certs": [
            ("Insolvency Practitioner Licence (full, appointment-taking)", "ICAEW", "2021-01"),
            ("Joint Insolvency Examination (all papers)", "Joint Insolvency Examination Board", "2019-11"),
            ("ACA - Chartered Accountant", "ICAEW", "2017-07"),
        ],
        "edu": [("BA (Hons)", "Accounting and Finance", "University of Leeds", "2014")],
        "unq": {
            "label": "Associate Director, Restructuring & Insolvency",
            "certs": [
                ("Joint Insolvency Examination (all papers)", "Joint Insolvency Examination Board", "2019-11"),
                ("ACA - Chartered Accountant", "ICAEW", "2017-07"),
            ],
        },
        "swaps": [("Take appointments as joint administrator and liquidator on mid-market cases", "Run mid-market administrations and liquidations for the appointed office holders")],
        "decisive": ("Full insolvency licence from a Recognised Professional Body", ["licence", "licensed", "IP licence", "insolvency licence"], "licence level"),
    },
    {
        "id": "insolvency_practitioner-fresh8-2",
        "occ": "insolvency_practitioner",
        "title": "Manager - Restructuring & Insolvency",
        "company": "Jirsch Sutherland",
        "location": "Sydney, NSW",
        "country": "AU",
        "posting": """
Manager, Restructuring & Insolvency - Sydney

Work alongside our Registered Liquidators and Registered Trustees on a varied book of corporate and personal insolvency matters, with a clear path toward registration.

What you'll do
- Run voluntary administrations, creditors' voluntary liquidations, court liquidations and receiverships day to day
- Conduct investigations into company affairs and voidable transactions; prepare reports to ASIC and creditors
- Run asset realisations and trading-on where needed
- Supervise and develop senior analysts

What we're looking for
- Minimum 5 years' formal insolvency experience in an Australian practice
- CA ANZ or CPA Australia qualified (or nearing completion)
- ARITA Advanced Certificate in Restructuring & Insolvency (or working toward it)
- Confident with the Corporations Act 2001 and the Insolvency Practice Schedule
- Experience with Insolvency Assistant (IA) software

Hybrid working, study support, ARITA membership paid and a genuine path toward registration with ASIC.
""",
        "name": "Priya Raman",
        "label": "Restructuring & Insolvency Manager",
        "summary": "Insolvency professional in Sydney handling VAs, liquidations and investigations; CA qualified, strong on voidable transactions and ASIC reporting.",
        "where": ("Parramatta", "NSW"),
        "work": [
            ("Assistant Manager, Restructuring", "SV Partners", "2022-07", "", [
                "Run voluntary administrations and CVLs day to day, from appointment to DOCA or dissolution",
                "Investigate unfair preferences and insolvent trading; draft section 533 reports to ASIC",
                "Supervise two analysts and review their work",
            ]),
            ("Senior Analyst, Insolvency", "Worrells", "2019-02", "2022-06", [
                "Prepared reports to creditors and statutory lodgements in Insolvency Assistant",
                "Assisted with asset realisations and debtor collections",
            ]),
        ],
        "skills": {"Insolvency": ["Voluntary administration", "Creditors' voluntary liquidation", "Voidable transaction investigations", "ASIC reporting"], "Systems": ["Insolvency Assistant", "Xero", "Excel"]},
        "certs": [
            ("Chartered Accountant (CA)", "Chartered Accountants Australia and New Zealand", "2022-03"),
            ("Advanced Certificate in Restructuring & Insolvency", "ARITA", "2024-11"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting", "Macquarie University", "2018")],
        "unq": {
            "work": [
                ("Senior Analyst, Restructuring", "SV Partners", "2025-06", "", [
                    "Run voluntary administrations and CVLs day to day, from appointment to DOCA or dissolution",
                    "Investigate unfair preferences and insolvent trading; draft section 533 reports to ASIC",
                    "Supervise two analysts and review their work",
                ]),
                ("Audit Senior", "Worrells", "2019-02", "2025-05", [
                    "Ran statutory audits of SMEs and not-for-profits",
                    "Prepared working papers and management letters",
                ]),
            ],
            "label": "Restructuring & Insolvency Senior",
            "summary": "Insolvency team member in Sydney handling VAs, liquidations and investigations; CA qualified, strong on voidable transactions and ASIC reporting.",
        },
        "swaps": [],
        "decisive": ("Minimum 5 years' formal insolvency experience", ["years", "5 years", "five years"], "years"),
    },
    {
        "id": "claims_examiner-fresh8-1",
        "occ": "claims_examiner",
        "title": "Claims Examiner - Workers' Compensation",
        "company": "Texas Mutual Insurance Company",
        "location": "Austin, TX",
        "posting": """
Claims Examiner - Workers' Compensation (Lost Time)

Texas Mutual is the state's leading workers' compensation carrier. Our claims examiners manage lost-time claims from first report to resolution, helping injured workers get back to work.

In this role you will:
- Investigate compensability, determine income benefits and set reserves
- Coordinate medical care with nurse case managers and treating doctors
- Handle disputes through the Texas DWC dispute resolution process (BRC, CCH)
- Document claim activity and meet regulatory timeframes

Requirements:
- Texas All-Lines Adjuster license (active at hire) - required
- 2+ years handling workers' compensation or other bodily injury claims
- Bachelor's degree or equivalent experience
- Strong written communication and organization

Preferred: Guidewire ClaimCenter, AIC or WCCP designation, bilingual English/Spanish.

Hybrid schedule after training (3 days in our Austin office). Generous 401(k) match, pension, tuition reimbursement. EOE.
""",
        "name": "Brittany Cole",
        "label": "Workers' Compensation Claims Adjuster",
        "summary": "Workers' comp adjuster handling lost-time and medical-only claims; compensability investigations, reserving and return-to-work coordination.",
        "where": ("Jacksonville", "FL"),
        "work": [
            ("Claims Adjuster II - Workers' Compensation", "Sedgwick", "2021-03", "", [
                "Manage a caseload of 140 lost-time claims for retail and logistics employers",
                "Investigate compensability with recorded statements and medical records; set and adjust reserves",
                "Work with nurse case managers to move injured workers to modified duty",
            ]),
            ("Claims Assistant", "AmTrust Financial", "2019-01", "2021-02", [
                "Set up new claims, issued benefit payments and handled medical bill reviews",
            ]),
        ],
        "skills": {"Claims": ["Compensability investigation", "Reserving", "Indemnity benefits", "Return-to-work", "Litigation management"], "Systems": ["Guidewire ClaimCenter", "Microsoft 365"]},
        "certs": [
            ("All-Lines Adjuster License (non-resident)", "Texas Department of Insurance", "2026-05"),
            ("6-20 Resident All-Lines Adjuster License", "Florida Department of Financial Services", "2019-05"),
            ("Workers' Compensation Claims Professional (WCCP)", "International Workers' Compensation Foundation", "2023-09"),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "University of North Florida", "2018")],
        "unq": {
            "certs": [
                ("6-20 Resident All-Lines Adjuster License", "Florida Department of Financial Services", "2019-05"),
                ("Workers' Compensation Claims Professional (WCCP)", "International Workers' Compensation Foundation", "2023-09"),
            ],
        },
        "swaps": [],
        "decisive": ("Texas All-Lines Adjuster license", ["Texas", "TX"], "jurisdiction"),
    },
    {
        "id": "claims_examiner-fresh8-2",
        "occ": "claims_examiner",
        "title": "Claims Examiner - Motor Injury",
        "company": "FBD Insurance",
        "location": "Dublin",
        "country": "IE",
        "posting": """
Claims Examiner, Motor Injury - Dublin (hybrid)

Reporting to the Injury Claims Team Lead, you will manage a portfolio of motor personal injury claims through to settlement, working with the Injuries Resolution Board, solicitors and medical experts.

Key responsibilities
- Assess liability and quantum in line with the Personal Injuries Guidelines
- Set accurate reserves and negotiate settlements within authority
- Instruct and manage solicitors, investigators and loss adjusters
- Keep claim files up to date in our claims platform, Guidewire ClaimCenter

Requirements
- 3+ years' experience handling motor or liability injury claims in the Irish market
- Daily, hands-on use of Guidewire ClaimCenter - you will be working in it from day one with no system training period
- Certified Insurance Practitioner (CIP) from the Insurance Institute of Ireland
- Full Irish or EU driving licence

We offer a competitive salary, annual bonus, pension, healthcare and hybrid working (2 days office).
""",
        "name": "Aoife Brennan",
        "label": "Injury Claims Handler",
        "summary": "Motor and liability injury claims handler in the Irish market; liability and quantum assessment, reserving and settlement negotiation.",
        "where": ("Dublin", "County Dublin"),
        "work": [
            ("Senior Claims Handler - Injury", "Zurich Insurance Ireland", "2021-10", "", [
                "Manage 110 motor injury claims from Injuries Resolution Board assessment to settlement",
                "Assess quantum against the Personal Injuries Guidelines and set reserves",
                "Update claim files, diaries and payments daily in Guidewire ClaimCenter",
            ]),
            ("Claims Handler", "AXA Insurance Ireland", "2018-05", "2021-09", [
                "Handled motor property damage and low-value injury claims; instructed engineers and solicitors",
            ]),
        ],
        "skills": {"Claims": ["Liability assessment", "Quantum", "Reserving", "Negotiation", "Solicitor management"], "Systems": ["Guidewire ClaimCenter", "Excel"]},
        "certs": [
            ("Certified Insurance Practitioner (CIP)", "Insurance Institute of Ireland", "2020-06"),
            ("Full Driving Licence (Cat B)", "National Driver Licence Service", "2014-08"),
        ],
        "edu": [("BA", "Economics and Sociology", "Maynooth University", "2017")],
        "unq": {
            "skills": {"Claims": ["Liability assessment", "Quantum", "Reserving", "Negotiation", "Solicitor management"], "Systems": ["Duck Creek Claims", "Excel"]},
        },
        "swaps": [("daily in Guidewire ClaimCenter", "daily in Duck Creek Claims")],
        "decisive": ("Hands-on use of Guidewire ClaimCenter", ["Guidewire", "ClaimCenter"], "tool"),
    },
    {
        "id": "pension_administrator-fresh8-1",
        "occ": "pension_administrator",
        "title": "Senior Pensions Administrator (DB) - Altair",
        "company": "Kelvin Pension Services Ltd",
        "location": "Glasgow, Scotland",
        "country": "GB",
        "posting": """
Senior Pensions Administrator - Defined Benefit | Glasgow (hybrid)

Kelvin Pension Services administers occupational defined benefit schemes for trustees across the UK. We're looking for an experienced Senior Administrator to join one of our client teams.

What you'll be doing
- Complex DB calculations: retirements, transfers, deaths, divorce and GMP equalisation cases
- Checking the work of administrators and supporting their development
- Member correspondence and queries from trustees and employers
- Year-end work including benefit statements and scheme returns

What you'll need
- Solid DB administration background, including manual calculations
- Current, hands-on use of Altair (Heywood) - our whole administration platform and workflow run on it, and we are not able to train from scratch
- Good understanding of pensions legislation, GMP and revaluation
- PMI qualifications (or working toward them) are welcome

Salary £30,000-£36,000, 33 days' holiday including bank holidays, 10% employer pension contribution and paid study support.
""",
        "name": "Fiona McLean",
        "label": "Pensions Administrator",
        "summary": "DB pensions administrator with six years on occupational schemes: retirements, transfers, deaths and GMP work, plus checking junior colleagues' cases.",
        "where": ("Paisley", "Scotland"),
        "work": [
            ("Senior Pensions Administrator", "Barnett Waddingham", "2022-11", "", [
                "Complete and check DB retirement, transfer and death calculations for three trustee clients",
                "Process GMP equalisation rectification cases and reply to member and trustee queries",
                "Run workflow and member records in Altair; produce annual benefit statements",
            ]),
            ("Pensions Administrator", "Capita Pension Solutions", "2020-08", "2022-10", [
                "Leaver, retirement and transfer quotations for public and private sector schemes",
                "Manual calculations with revaluation and GMP uplifts",
            ]),
        ],
        "skills": {"Administration": ["DB calculations", "GMP equalisation", "Transfers", "Death cases", "Benefit statements"], "Systems": ["Altair (Heywood)", "Excel"]},
        "certs": [
            ("Certificate in Pensions Calculations", "Pensions Management Institute (PMI)", "2023-05"),
        ],
        "edu": [("MA (Hons)", "Economics", "University of Strathclyde", "2020")],
        "unq": {
            "skills": {"Administration": ["DB calculations", "GMP equalisation", "Transfers", "Death cases", "Benefit statements"], "Systems": ["UPM (Civica)", "Excel"]},
        },
        "swaps": [("Run workflow and member records in Altair", "Run workflow and member records in UPM")],
        "decisive": ("Hands-on use of Altair (Heywood)", ["Altair", "Heywood"], "tool"),
    },
    {
        "id": "pension_administrator-fresh8-2",
        "occ": "pension_administrator",
        "title": "Retirement Fund Administrator",
        "company": "Alexander Forbes",
        "location": "Sandton, Gauteng",
        "country": "ZA",
        "posting": """
Retirement Fund Administrator - Sandton

Purpose of the job: to provide accurate and timely administration of retirement fund members' records and benefits for a portfolio of umbrella and standalone funds.

Key responsibilities
- Process contributions, reconciliations and unit allocations
- Calculate and pay withdrawal, retirement and death benefits, including tax directives from SARS
- Handle Section 14 transfers and Section 37C death benefit administration
- Respond to member, employer and broker queries within service levels

Minimum requirements
- Relevant bachelor's degree (BCom or equivalent, NQF 7) - compulsory for this grade
- 3+ years' retirement fund administration
- Working knowledge of the Pension Funds Act and the Income Tax Act as it applies to retirement funds
- Advanced Excel

Alexander Forbes is an equal opportunity employer; preference will be given to candidates from designated groups in accordance with our Employment Equity plan.
""",
        "name": "Lerato Dlamini",
        "label": "Retirement Fund Administrator",
        "summary": "Retirement fund administrator on umbrella funds: contributions, benefit payments, tax directives and Section 14 transfers.",
        "where": ("Midrand", "Gauteng"),
        "work": [
            ("Fund Administrator", "Sanlam Employee Benefits", "2021-04", "", [
                "Administer contributions and reconciliations for 60 participating employers in an umbrella fund",
                "Calculate withdrawal and retirement benefits and apply for SARS tax directives",
                "Prepare Section 37C death benefit packs for the board of trustees",
            ]),
            ("Junior Administrator", "NMG Benefits", "2019-02", "2021-03", [
                "Captured member data and processed Section 14 transfer documentation",
            ]),
        ],
        "skills": {"Fund administration": ["Contribution reconciliation", "Benefit calculations", "Tax directives", "Section 14 transfers", "Section 37C"], "Tools": ["Advanced Excel"]},
        "certs": [
            ("Regulatory Examination for Representatives (RE5)", "FSCA", "2022-06"),
        ],
        "edu": [("Bachelor of Commerce", "Accounting", "University of Johannesburg", "2018")],
        "unq": {
            "edu": [("Higher Certificate", "Accounting Sciences", "UNISA", "2018")],
        },
        "swaps": [],
        "decisive": ("Relevant bachelor's degree (BCom, NQF 7)", ["BCom", "bachelor", "degree", "Bachelor of Commerce"], "degree level"),
    },
]
