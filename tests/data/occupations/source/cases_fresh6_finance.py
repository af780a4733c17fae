"""fresh6 cases, finance: equity research analyst, real estate appraiser, bank compliance officer,
escrow officer (two cases each)."""

# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "equity_research_analyst-fresh6-1",
        "occ": "equity_research_analyst",
        "title": "Equity Research Analyst - Healthcare Services",
        "company": "Raymond James",
        "location": "St. Petersburg, FL",
        "posting": """
Raymond James Equity Research is seeking a publishing Analyst to take over coverage of a group of healthcare services and managed care names, working with the senior analyst on the team.

Responsibilities
- Build and maintain detailed earnings models and valuation work (DCF, multiples) for 12-15 companies
- Write initiation reports, earnings notes and industry pieces
- Host management meetings and field calls from institutional clients and the sales force
- Attend industry conferences and develop expert networks in the provider and payer space

Qualifications
- Bachelor's degree in finance, accounting, economics or a related field
- 4+ years of sell-side or buy-side equity research experience
- CFA charterholder (required)
- FINRA SIE, Series 7, 63, 86 and 87, or the ability to obtain them within 120 days of hire
- Advanced Excel and FactSet / Bloomberg skills; strong writing

Raymond James is an equal opportunity employer. The anticipated salary range for this role is $150,000-$200,000 plus discretionary bonus.
""",
        "name": "Andrew Kessler",
        "label": "Equity Research Associate, Healthcare",
        "summary": "Sell-side healthcare research associate with six years of modelling, report writing and client work across managed care, hospitals and physician services; CFA charterholder.",
        "where": ("Tampa", "FL"),
        "work": [
            ("Vice President, Equity Research - Healthcare Services", "Truist Securities", "2022-07", "", [
                "Maintain earnings and DCF models for 14 managed care, hospital and post-acute names",
                "Drafted three initiations and roughly 150 earnings notes published under the senior analyst",
                "Organise management meetings and field daily questions from institutional clients and sales",
            ]),
            ("Associate, Equity Research", "Stephens Inc.", "2020-06", "2022-06", [
                "Built coverage models for physician practice management and dental service organisations",
            ]),
            ("Financial Analyst", "HCA Healthcare", "2018-07", "2020-05", []),
        ],
        "skills": {"Research": ["Financial modelling", "DCF", "Industry analysis", "Report writing"], "Tools": ["FactSet", "Bloomberg", "Excel/VBA", "Capital IQ"]},
        "certs": [
            ("Chartered Financial Analyst (CFA) - charterholder", "CFA Institute", "2022-10"),
            ("SIE, Series 7, 63, 86 and 87", "FINRA", "2021-03"),
        ],
        "edu": [("Bachelor of Science", "Finance", "University of Florida", "2018")],
        "unq": {
            "summary": "Sell-side healthcare research associate with six years of modelling, report writing and client work across managed care, hospitals and physician services; CFA Level III candidate.",
            "certs": [
                ("CFA Program - Levels I and II passed; Level III candidate (February 2027 window)", "CFA Institute", "2025-11"),
                ("SIE, Series 7, 63, 86 and 87", "FINRA", "2021-03"),
            ],
        },
        "decisive": ("CFA charterholder", ["charterholder", "CFA charter"], "credential level"),
    },
    {
        "id": "equity_research_analyst-fresh6-2",
        "occ": "equity_research_analyst",
        "title": "Research Associate - Industrials (Equity Research)",
        "company": "Stifel",
        "location": "Baltimore, MD",
        "posting": """
Stifel Institutional Equity Research - Research Associate, Industrials (Machinery & Electrical Equipment)

what you'll do
- update models for ~15 covered cos each quarter, write first drafts of earnings previews/recaps
- channel checks w/ distributors and dealers, build industry datasets
- help prep marketing decks and respond to client & sales requests

what you need
- 2+ yrs equity research or comparable (IB, corporate development, consulting w/ heavy modeling)
- must currently hold FINRA Series 86 & 87 registrations (in addition to SIE / Series 7) -- you will be named on published reports from day one
- CFA Level II or higher is a plus
- Excel modeling, FactSet/Bloomberg, clear writing

Salary $110k-$135k base + bonus. Hybrid, 4 days in office. Stifel is an EOE.
""",
        "name": "Grace Whitaker",
        "label": "Equity Research Associate",
        "summary": "Industrials research associate with four years on the sell side: quarterly models, earnings notes and distributor channel checks for machinery and electrical equipment coverage.",
        "where": ("Baltimore", "MD"),
        "work": [
            ("Equity Research Associate - Industrials", "Baird", "2022-08", "", [
                "Update models for 16 machinery, HVAC and electrical equipment names; draft earnings previews and recaps",
                "Run quarterly dealer and distributor surveys; maintain an industrial backlog dataset",
                "Named as associate on published research; answer client model requests",
            ]),
            ("Analyst, Corporate Development", "Black & Decker (Stanley Black & Decker)", "2020-07", "2022-07", [
                "Acquisition models and market sizing for tools and outdoor segments",
            ]),
        ],
        "skills": {"Research": ["Earnings models", "Channel checks", "Valuation"], "Tools": ["FactSet", "Bloomberg", "Excel"]},
        "certs": [
            ("SIE, Series 7, Series 86 and Series 87 (Research Analyst)", "FINRA", "2023-02"),
            ("CFA Level II passed", "CFA Institute", "2024-08"),
        ],
        "edu": [("Bachelor of Business Administration", "Finance", "Loyola University Maryland", "2020")],
        "unq": {
            "summary": "Industrials research associate with four years of modelling: quarterly models, earnings drafts and distributor channel checks for machinery and electrical equipment coverage.",
            "work": [
                ("Equity Research Associate - Industrials", "Baird", "2022-08", "", [
                    "Update models for 16 machinery, HVAC and electrical equipment names; draft earnings previews and recaps",
                    "Run quarterly dealer and distributor surveys; maintain an industrial backlog dataset",
                    "Support the senior analyst on published research; answer client model requests",
                ]),
                ("Analyst, Corporate Development", "Black & Decker (Stanley Black & Decker)", "2020-07", "2022-07", [
                    "Acquisition models and market sizing for tools and outdoor segments",
                ]),
            ],
            "certs": [
                ("SIE and Series 7 (General Securities Representative)", "FINRA", "2023-02"),
                ("CFA Level II passed", "CFA Institute", "2024-08"),
            ],
        },
        "decisive": ("current FINRA Series 86 and 87 registrations", ["Series 86", "Series 87", "86/87"], "certificate"),
    },
    {
        "id": "real_estate_appraiser-fresh6-1",
        "occ": "real_estate_appraiser",
        "title": "Commercial Real Estate Appraiser",
        "company": "Cushman & Wakefield - Valuation & Advisory",
        "location": "Denver, CO",
        "posting": """
Cushman & Wakefield's Valuation & Advisory group in Denver is growing and we are hiring a Commercial Appraiser to complete valuations of office, industrial, retail, multifamily and special-purpose properties across Colorado and the Mountain West.

Job Description
- Prepare narrative appraisal reports compliant with USPAP, FIRREA and client requirements for lenders, investors and owners
- Perform site inspections, market research and income, sales comparison and cost approaches
- Manage assignments from engagement to delivery and develop client relationships

Minimum Qualifications
- Active Colorado Certified General appraiser license (Certified General Real Property Appraiser)
- 3+ years of commercial appraisal experience
- Bachelor's degree
- Advanced ARGUS Enterprise and Excel skills

Preferred Qualifications
- MAI designation or active MAI candidacy
- Experience with industrial and multifamily assets

Compensation: $95,000-$135,000 base, plus fee-split incentive. Cushman & Wakefield provides equal employment opportunity.
""",
        "name": "Jordan Pike",
        "label": "Commercial Appraiser, Certified General",
        "summary": "State-certified general appraiser with seven years valuing commercial property along the Front Range: industrial, multifamily, retail and office; MAI candidate.",
        "where": ("Lakewood", "CO"),
        "work": [
            ("Senior Appraiser", "Colliers Valuation & Advisory Services", "2022-03", "", [
                "Narrative USPAP reports for lenders on industrial, multifamily, retail and office assets up to $80M",
                "Income capitalisation and DCF in ARGUS Enterprise; sales comparison and cost approaches",
                "Review trainee and associate reports before signing",
            ]),
            ("Appraiser / Associate Appraiser", "Integra Realty Resources - Denver", "2019-06", "2022-02", [
                "Commercial appraisal assignments under a supervising certified general appraiser, then signing independently",
            ]),
        ],
        "skills": {"Valuation": ["Income approach", "DCF", "Sales comparison", "Highest and best use"], "Software": ["ARGUS Enterprise", "CoStar", "Excel"]},
        "certs": [
            ("Certified General Real Property Appraiser", "Colorado Division of Real Estate", "2021-04"),
            ("MAI Candidate for Designation", "Appraisal Institute", "2022-01"),
        ],
        "edu": [("Bachelor of Science", "Real Estate", "University of Denver", "2019")],
        "unq": {
            "label": "Appraiser, Certified Residential",
            "summary": "State-certified residential appraiser with seven years valuing property along the Front Range, including small multifamily and mixed-use under supervision; MAI candidate.",
            "work": [
                ("Senior Appraiser", "Colliers Valuation & Advisory Services", "2022-03", "", [
                    "Narrative USPAP reports on 2-4 unit, small mixed-use and owner-occupied properties; commercial assignments co-signed by a supervising appraiser",
                    "Income capitalisation and DCF in ARGUS Enterprise; sales comparison and cost approaches",
                    "Review trainee reports before signing",
                ]),
                ("Appraiser / Associate Appraiser", "Integra Realty Resources - Denver", "2019-06", "2022-02", [
                    "Appraisal assignments under a supervising appraiser, then residential assignments independently",
                ]),
            ],
            "certs": [
                ("Certified Residential Real Property Appraiser", "Colorado Division of Real Estate", "2021-04"),
                ("MAI Candidate for Designation", "Appraisal Institute", "2022-01"),
            ],
        },
        "decisive": ("Colorado Certified General appraiser license", ["Certified General"], "licence level"),
    },
    {
        "id": "real_estate_appraiser-fresh6-2",
        "occ": "real_estate_appraiser",
        "title": "Commercial Appraiser (AACI)",
        "company": "Colliers Canada - Valuation & Advisory Services",
        "location": "Calgary, AB, Canada",
        "posting": """
Colliers Valuation & Advisory Services is looking for a designated Commercial Appraiser to join our Calgary team.

About the role
You will appraise a broad mix of commercial, industrial, multi-family, agricultural and development land properties in southern Alberta for financing, acquisition, litigation and expropriation purposes, and prepare reports in accordance with CUSPAP.

What you bring
- AACI, P.App designation with the Appraisal Institute of Canada (mandatory)
- Licensed as a real estate appraiser with the Real Estate Council of Alberta (RECA)
- Minimum of 5 years of commercial appraisal experience
- University degree (Real Estate, Commerce or related field)
- Strong Excel skills; Argus a plus

What we offer
Competitive base salary plus performance bonus, group benefits, RRSP matching, professional dues paid, and a hybrid work policy.

Colliers is committed to employment equity and welcomes applications from all qualified candidates.
""",
        "name": "Mei-Ling Chow",
        "label": "Real Estate Appraiser, AACI, P.App",
        "summary": "Designated appraiser with nine years in Calgary valuing industrial, retail, multi-family and development land; signs reports for lenders, expropriation and litigation.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Senior Appraiser", "Altus Group - Valuation", "2021-05", "", [
                "Appraise industrial, retail, multi-family and land for chartered banks and credit unions",
                "Expert reports for expropriation and matrimonial litigation files",
                "Mentor candidate members through their applied experience",
            ]),
            ("Appraiser", "Cushman & Wakefield ULC", "2017-09", "2021-04", [
                "Commercial and farm appraisals across southern Alberta; direct comparison and income approaches",
            ]),
        ],
        "skills": {"Valuation": ["Income approach", "Direct comparison", "Land valuation", "CUSPAP"], "Software": ["Argus", "Excel", "Altus Data Studio"]},
        "certs": [
            ("AACI, P.App (Accredited Appraiser Canadian Institute)", "Appraisal Institute of Canada", "2020-11"),
            ("Real Estate Appraiser Licence", "Real Estate Council of Alberta (RECA)", "2017-10"),
        ],
        "edu": [("Bachelor of Commerce", "Real Estate Studies", "University of Calgary", "2017")],
        "unq": {
            "label": "Real Estate Appraiser, CRA, P.App",
            "summary": "Designated residential appraiser with nine years in Calgary; residential and acreage reports in own name, and industrial, retail, multi-family and land files under the AIC mentoring program.",
            "work": [
                ("Senior Appraiser", "Altus Group - Valuation", "2021-05", "", [
                    "Appraise industrial, retail, multi-family and land for chartered banks and credit unions, co-signed by a senior designated member under the AIC mentoring program",
                    "Residential and acreage reports for lenders and matrimonial litigation files",
                    "Mentor candidate members through their applied experience",
                ]),
                ("Appraiser", "Cushman & Wakefield ULC", "2017-09", "2021-04", [
                    "Commercial and farm appraisals across southern Alberta as a candidate member; direct comparison and income approaches",
                ]),
            ],
            "certs": [
                ("CRA, P.App (Canadian Residential Appraiser)", "Appraisal Institute of Canada", "2020-11"),
                ("Real Estate Appraiser Licence", "Real Estate Council of Alberta (RECA)", "2017-10"),
            ],
        },
        "decisive": ("AACI, P.App designation (Appraisal Institute of Canada)", ["AACI", "Accredited Appraiser Canadian Institute"], "credential level"),
    },
    {
        "id": "bank_compliance_officer-fresh6-1",
        "occ": "bank_compliance_officer",
        "title": "Compliance Officer - Consumer Lending",
        "company": "Old National Bank",
        "location": "Evansville, IN",
        "posting": """
Old National Bank is hiring a Compliance Officer to support our consumer and mortgage lending lines of business.

Key responsibilities
- Advise business lines on Regulation Z (TILA/TRID), RESPA, HMDA, ECOA/Reg B, Fair Lending, Flood and UDAAP
- Perform compliance risk assessments, transactional testing and root-cause analysis
- Review new products, marketing materials and procedure changes
- Support regulatory examinations (OCC, CFPB) and track issues to remediation
- Deliver compliance training to lending staff

Qualifications
* Bachelor's degree required
* 5+ years of bank regulatory compliance experience, with emphasis on consumer lending regulations
* Certified Regulatory Compliance Manager (CRCM) designation required
* Strong written and verbal communication; experience with Archer or similar GRC tools

Old National offers competitive compensation, 401(k) with match, medical/dental/vision, and paid volunteer time. Old National is an Equal Opportunity Employer, including disability and veterans.
""",
        "name": "Heather Lindgren",
        "label": "Regulatory Compliance Officer, CRCM",
        "summary": "Bank compliance professional with eight years in consumer lending compliance: TRID and HMDA testing, fair lending reviews, product approvals and exam management.",
        "where": ("Newburgh", "IN"),
        "work": [
            ("Compliance Officer II", "German American Bank", "2021-01", "", [
                "Run quarterly TRID, HMDA and Reg B transactional testing; present results to the compliance committee",
                "Review new consumer loan products and marketing for UDAAP and disclosure issues",
                "Coordinated responses for the last two FDIC compliance examinations",
            ]),
            ("Compliance Analyst", "First Financial Bank", "2018-05", "2020-12", [
                "Flood, HMDA data integrity and fair lending file reviews; drafted lending procedures",
            ]),
        ],
        "skills": {"Regulations": ["Reg Z / TRID", "RESPA", "HMDA", "ECOA / Reg B", "Flood", "UDAAP"], "Tools": ["Archer", "Wolters Kluwer ComplianceOne", "Excel"]},
        "certs": [
            ("Certified Regulatory Compliance Manager (CRCM)", "American Bankers Association", "2021-10"),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "University of Southern Indiana", "2018")],
        "unq": {
            "label": "Regulatory Compliance Officer, CAMS",
            "certs": [
                ("Certified Anti-Money Laundering Specialist (CAMS)", "ACAMS", "2021-10"),
            ],
        },
        "decisive": ("Certified Regulatory Compliance Manager (CRCM) designation", ["CRCM", "Certified Regulatory Compliance Manager"], "certificate"),
    },
    {
        "id": "bank_compliance_officer-fresh6-2",
        "occ": "bank_compliance_officer",
        "title": "Compliance Manager - Retail Banking",
        "company": "Bank of Ireland",
        "location": "Dublin, Ireland",
        "posting": """
Role: Compliance Manager, Second Line - Retail Ireland
Location: Dublin (hybrid)

About the role
Reporting to the Head of Compliance Advisory, you will provide independent compliance oversight of our Retail Ireland business (current accounts, consumer credit, mortgages), covering the Consumer Protection Code, Consumer Credit Act and related Central Bank of Ireland requirements.

Key responsibilities
- Advise the first line on new products, customer communications and complaints trends
- Design and deliver the compliance monitoring plan; write reports with clear findings and actions
- Engage with the Central Bank of Ireland on inspections and information requests
- Track regulatory change and its impact on the retail business

Essential
- 5-8 years' experience in a compliance or regulatory risk role within a Central Bank of Ireland regulated firm
- Detailed knowledge of the Consumer Protection Code
- A recognised compliance qualification (e.g. Professional Diploma in Compliance) or working towards one
- Strong report-writing and stakeholder skills

Desirable
- Minimum Competency Code qualification (e.g. QFA)
- Experience of mortgage arrears (CCMA) oversight

The successful candidate will be subject to the Central Bank's Fitness and Probity regime.
Bank of Ireland is an equal opportunities employer.
""",
        "name": "Niamh Gallagher",
        "label": "Compliance Manager",
        "summary": "Compliance professional with over seven years in second-line monitoring and advisory for Irish retail lenders; Consumer Protection Code, Consumer Credit Act and CCMA oversight.",
        "where": ("Dublin", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("Compliance Manager, Monitoring", "Permanent TSB", "2022-04", "", [
                "Own the Retail monitoring plan; issue reports on complaints handling, arrears (CCMA) and consumer credit disclosures",
                "Advise product teams on Consumer Protection Code requirements for new current account features",
                "Point of contact for Central Bank of Ireland thematic reviews",
            ]),
            ("Senior Compliance Officer", "AIB", "2019-09", "2022-03", [
                "Second-line advisory on mortgage and consumer lending; regulatory change tracking",
            ]),
            ("Mortgage Adviser", "EBS d.a.c.", "2015-03", "2019-08", [
                "Advised customers on mortgage applications; branch sales",
            ]),
        ],
        "skills": {"Regulation": ["Consumer Protection Code", "Consumer Credit Act", "CCMA", "Fitness and Probity"], "Skills": ["Compliance monitoring", "Report writing", "Stakeholder management"]},
        "certs": [
            ("Professional Diploma in Compliance", "Compliance Institute (Ireland)", "2020-06"),
            ("Qualified Financial Adviser (QFA)", "Institute of Banking", "2016-05"),
        ],
        "edu": [("Bachelor of Business Studies", "Business", "University of Limerick", "2014")],
        "unq": {
            "summary": "Compliance professional with four years in second-line monitoring and advisory for Irish retail lenders, after several years as a mortgage adviser; Consumer Protection Code, Consumer Credit Act and CCMA oversight.",
            "work": [
                ("Compliance Manager, Monitoring", "Permanent TSB", "2024-10", "", [
                    "Own the Retail monitoring plan; issue reports on complaints handling, arrears (CCMA) and consumer credit disclosures",
                    "Advise product teams on Consumer Protection Code requirements for new current account features",
                    "Point of contact for Central Bank of Ireland thematic reviews",
                ]),
                ("Senior Compliance Officer", "AIB", "2022-09", "2024-09", [
                    "Second-line advisory on mortgage and consumer lending; regulatory change tracking",
                ]),
                ("Mortgage Adviser", "EBS d.a.c.", "2015-03", "2022-08", [
                    "Advised customers on mortgage applications; branch sales",
                ]),
            ],
            "certs": [
                ("Professional Diploma in Compliance", "Compliance Institute (Ireland)", "2023-06"),
                ("Qualified Financial Adviser (QFA)", "Institute of Banking", "2016-05"),
            ],
        },
        "decisive": ("5-8 years' experience in a compliance role within a regulated firm", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "escrow_officer-fresh6-1",
        "occ": "escrow_officer",
        "title": "Escrow Officer - Residential",
        "company": "Independence Title",
        "location": "Austin, TX",
        "posting": """
Escrow Officer -- Residential Resale & Refi
Independence Title, Austin (Arboretum office)

We're looking for an experienced escrow officer to run their own desk with a dedicated escrow assistant. Our agents and lenders count on fast, clean closings -- we average 60-70 files/month per officer.

What you'll do
- open and manage files from contract to funding and disbursement
- clear title requirements, order payoffs, prepare the Closing Disclosure / settlement statement with lenders
- conduct closings (in office and mobile), balance and disburse, post-closing follow-up

Must haves
- Texas Escrow Officer license (TDI) -- active
- 3+ yrs as a residential escrow officer in Texas
- Expert in SoftPro Select. We are a SoftPro shop and you'll be expected to work independently in it from week one
- Working knowledge of TRID and Texas promulgated forms

Nice to haves: new-home builder experience, Spanish

Base + per-file commission, health/dental/vision, 401k, paid TLTA/escrow CE. Independence Title is an equal opportunity employer.
""",
        "name": "Stephanie Reyes",
        "label": "Escrow Officer",
        "summary": "Licensed Texas escrow officer with six years running a residential desk: resale, refinance and new-home closings, 55-70 files a month.",
        "where": ("Pflugerville", "TX"),
        "work": [
            ("Escrow Officer", "Texas National Title", "2022-02", "", [
                "Run a residential desk of 55-70 files a month with one assistant, contract to disbursement",
                "Build closing files, balance CDs with lenders and disburse in SoftPro Select",
                "Handle builder closings for two new-home communities",
            ]),
            ("Escrow Officer", "Heritage Title Company of Austin", "2020-08", "2022-01", [
                "Resale and refinance closings; cleared title requirements and curative items",
            ]),
            ("Escrow Assistant", "Heritage Title Company of Austin", "2018-03", "2020-07", [
                "Opened files, ordered payoffs and HOA certificates, prepared closing packages",
            ]),
        ],
        "skills": {"Escrow": ["TRID / Closing Disclosure", "Texas promulgated forms", "Title curative", "Disbursement"], "Software": ["SoftPro Select", "Qualia Connect", "Microsoft 365"]},
        "certs": [
            ("Escrow Officer License", "Texas Department of Insurance", "2020-07"),
        ],
        "edu": [("Associate of Arts", "Business", "Austin Community College", "2017")],
        "unq": {
            "work": [
                ("Escrow Officer", "Texas National Title", "2022-02", "", [
                    "Run a residential desk of 55-70 files a month with one assistant, contract to disbursement",
                    "Build closing files, balance CDs with lenders and disburse in RamQuest",
                    "Handle builder closings for two new-home communities",
                ]),
                ("Escrow Officer", "Heritage Title Company of Austin", "2020-08", "2022-01", [
                    "Resale and refinance closings in ResWare; cleared title requirements and curative items",
                ]),
                ("Escrow Assistant", "Heritage Title Company of Austin", "2018-03", "2020-07", [
                    "Opened files, ordered payoffs and HOA certificates, prepared closing packages",
                ]),
            ],
            "skills": {"Escrow": ["TRID / Closing Disclosure", "Texas promulgated forms", "Title curative", "Disbursement"], "Software": ["RamQuest", "ResWare", "Qualia Connect", "Microsoft 365"]},
        },
        "decisive": ("expert in SoftPro Select", ["SoftPro"], "tool"),
    },
    {
        "id": "escrow_officer-fresh6-2",
        "occ": "escrow_officer",
        "title": "Senior Escrow Officer",
        "company": "Fidelity National Title",
        "location": "Pasadena, CA",
        "posting": """
Fidelity National Title is looking for a Senior Escrow Officer for our Pasadena office. This is a producing position: you will manage your own book of residential and light commercial escrows and a team of two.

Responsibilities include opening and managing escrows from receipt of instructions through close, reviewing preliminary reports and clearing requirements, preparing estimated and final settlement statements, coordinating with lenders, agents and principals, and training escrow assistants.

To be considered, you should have:
- Seven (7) years of experience as an escrow officer handling your own files (assistant or secretary time does not count toward this)
- A following of agents and lenders in the San Gabriel Valley
- Thorough knowledge of escrow procedures, TRID and 1031 exchanges
- Ability to pass a background check and fingerprinting
- Proficiency with SoftPro or a similar escrow production system

California Escrow Association certifications (CSEO) a plus.

We offer competitive salary plus incentive, medical, dental, vision, 401(k), ESPP and paid time off. Pay range: $85,000-$120,000 plus incentive. Fidelity National Title is an equal opportunity employer.
""",
        "name": "Linda Tran",
        "label": "Senior Escrow Officer",
        "summary": "Escrow officer with a personal book of San Gabriel Valley agents and lenders; nine years handling residential, 1031 and light commercial escrows, preceded by six years as an escrow assistant.",
        "where": ("Arcadia", "CA"),
        "work": [
            ("Senior Escrow Officer / Branch Manager", "Chicago Title Company - Arcadia", "2021-06", "", [
                "Manage 40-50 open residential and light commercial escrows and two escrow assistants",
                "Coordinate 1031 exchanges with accommodators; prepare estimated and final settlement statements in SoftPro",
                "Bring in roughly 60% of branch orders from a personal agent and lender following",
            ]),
            ("Escrow Officer", "Ticor Title - Pasadena", "2017-05", "2021-05", [
                "Residential resale and refinance escrows; cleared preliminary report requirements",
            ]),
            ("Escrow Assistant", "Ticor Title - Pasadena", "2011-04", "2017-04", [
                "Drew instructions and amendments, ordered demands, prepared closing packages",
            ]),
        ],
        "skills": {"Escrow": ["TRID", "1031 exchanges", "Settlement statements", "Preliminary report review"], "Software": ["SoftPro", "Qualia", "Microsoft Excel"]},
        "certs": [
            ("Certified Senior Escrow Officer (CSEO)", "California Escrow Association", "2020-09"),
        ],
        "edu": [("Bachelor of Arts", "Economics", "California State University, Los Angeles", "2010")],
        "unq": {
            "summary": "Escrow officer with a personal book of San Gabriel Valley agents and lenders; six years handling residential, 1031 and light commercial escrows, preceded by nine years as an escrow assistant.",
            "work": [
                ("Senior Escrow Officer / Branch Manager", "Chicago Title Company - Arcadia", "2023-06", "", [
                    "Manage 40-50 open residential and light commercial escrows and two escrow assistants",
                    "Coordinate 1031 exchanges with accommodators; prepare estimated and final settlement statements in SoftPro",
                    "Bring in roughly 60% of branch orders from a personal agent and lender following",
                ]),
                ("Escrow Officer", "Ticor Title - Pasadena", "2020-09", "2023-05", [
                    "Residential resale and refinance escrows; cleared preliminary report requirements",
                ]),
                ("Escrow Assistant", "Ticor Title - Pasadena", "2011-04", "2020-08", [
                    "Drew instructions and amendments, ordered demands, prepared closing packages",
                ]),
            ],
            "certs": [
                ("Certified Escrow Officer (CEO)", "California Escrow Association", "2022-09"),
            ],
        },
        "decisive": ("Seven years of experience as an escrow officer", ["years", "yrs", "year"], "years"),
    },
]
