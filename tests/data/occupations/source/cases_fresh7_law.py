"""Fresh7 law cases: conveyancer, immigration consultant, ediscovery specialist.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh7_sources_b.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "conveyancer-fresh7-1",
        "occ": "conveyancer",
        "title": "Licensed Conveyancer - Residential (NSW)",
        "company": "Slater and Gordon Lawyers",
        "location": "Parramatta, New South Wales, Australia",
        "posting": """
Our Parramatta property team is growing and we're after a Licensed Conveyancer to run a residential file load from contract to settlement.

About the role
- Manage 60-80 active purchase and sale matters, including off-the-plan, strata and Torrens title
- Prepare and review contracts for sale, vendor disclosure and requisitions under NSW law
- Run electronic settlements on PEXA and liaise with agents, banks and NSW Land Registry Services
- Trust account compliance and file management in our practice management system

About you
- Hold a current NSW conveyancer licence issued by NSW Fair Trading (individual licence, not a corporation licence only; our insurer does not accept interstate licences used under mutual recognition)
- 3+ years running your own residential conveyancing files in New South Wales
- Solid working knowledge of the Conveyancing Act 1919 (NSW), Real Property Act 1900 and the current standard form contract for sale
- Strong PEXA and InfoTrack skills

Nice to have
- Commercial leasing or business sale experience
- Mandarin, Cantonese, Arabic or Hindi

Hybrid working (2 days from home), salary packaging and paid parental leave. Slater and Gordon is an equal opportunity employer.
""",
        "name": "Renee Kostopoulos",
        "label": "Licensed Conveyancer",
        "summary": "Licensed conveyancer (NSW Fair Trading) with six years running residential purchase, sale and off-the-plan matters in Western Sydney. High-volume PEXA settler; confident on strata, Torrens title and contract review.",
        "where": ("Parramatta", "New South Wales"),
        "country": "AU",
        "work": [
            ("Conveyancer", "Western Sydney Conveyancing Group", "2021-05", "", [
                "Run 70+ active residential matters from exchange to settlement, including off-the-plan and strata lots",
                "Draft and review contracts for sale, special conditions and requisitions on title",
                "Settle electronically on PEXA and lodge with NSW Land Registry Services",
            ]),
            ("Conveyancing Clerk", "Harris Property Lawyers", "2018-02", "2021-04", [
                "Prepared searches in InfoTrack, trust account receipts and settlement adjustments for two solicitors",
            ]),
        ],
        "skills": {"Conveyancing": ["Residential sales and purchases", "Off-the-plan", "Strata title", "Contract review", "Settlement adjustments"], "Legislation": ["Conveyancing Act 1919 (NSW)", "Real Property Act 1900 (NSW)", "Standard form contract for sale"], "Systems": ["PEXA", "InfoTrack", "LEAP"]},
        "certs": [
            ("Conveyancer's Licence (individual)", "NSW Fair Trading", "2020-11"),
        ],
        "edu": [("Advanced Diploma", "Conveyancing", "TAFE NSW", "2020")],
        "langs": [("English", "Native"), ("Greek", "Conversational")],
        "unq": {
            "summary": "Licensed conveyancer (Consumer Affairs Victoria) with six years running residential purchase, sale and off-the-plan matters in Melbourne's west. High-volume PEXA settler; confident on owners corporation lots, Torrens title and Section 32 statements.",
            "where": ("Footscray", "Victoria"),
            "work": [
                ("Conveyancer", "Westgate Conveyancing Pty Ltd", "2021-05", "", [
                    "Run 70+ active residential matters from contract to settlement, including off-the-plan and owners corporation lots",
                    "Prepare Section 32 vendor statements and review contracts of sale",
                    "Settle electronically on PEXA and lodge with Land Use Victoria",
                ]),
                ("Conveyancing Clerk", "Harris Property Lawyers (Melbourne)", "2018-02", "2021-04", [
                    "Prepared searches in InfoTrack, trust account receipts and settlement adjustments for two solicitors",
                ]),
            ],
            "skills": {"Conveyancing": ["Residential sales and purchases", "Off-the-plan", "Owners corporations", "Section 32 statements", "Settlement adjustments"], "Systems": ["PEXA", "InfoTrack", "LEAP"]},
            "certs": [
                ("Conveyancer's Licence (individual)", "Business Licensing Authority / Consumer Affairs Victoria", "2020-11"),
            ],
            "edu": [("Advanced Diploma", "Conveyancing", "Box Hill Institute", "2020")],
        },
        "decisive": ("Current NSW conveyancer licence", ["NSW", "New South Wales"], "jurisdiction"),
    },
    {
        "id": "conveyancer-fresh7-2",
        "occ": "conveyancer",
        "title": "Licensed Conveyancer - Residential Sales & Purchases",
        "company": "Premier Property Lawyers",
        "location": "Bradford, England, UK",
        "posting": """
Premier Property Lawyers is one of the largest residential conveyancing practices in England and Wales. We're recruiting an experienced Licensed Conveyancer to run a caseload of freehold and leasehold sales, purchases and remortgages.

Key responsibilities
* Manage a caseload from instruction to completion and post-completion (SDLT, HM Land Registry applications)
* Review title, searches and leases; raise and answer enquiries
* Report to clients and lenders under the UK Finance Mortgage Lenders' Handbook
* Follow our AML, source of funds and CQS procedures

Requirements
* Qualified Licensed Conveyancer (CLC) holding a current licence, or about to obtain your first licence having passed the CLC Level 6 Diploma in Conveyancing Law and Practice
* Minimum 2 years' experience running a residential conveyancing caseload
* Strong knowledge of leasehold transactions, including new-build and shared ownership
* Experience with a case management system (e.g. Proclaim, Quoodle, LEAP)

Desirable
* Experience supervising junior fee earners
* Lender panel experience

Salary £34,000 - £42,000 plus bonus, hybrid working, 25 days' holiday plus your birthday off. We are an equal opportunities employer.
""",
        "name": "Sana Hussain",
        "label": "Licensed Conveyancer",
        "summary": "CLC Licensed Conveyancer with five years running residential caseloads in West Yorkshire, specialising in leasehold, new-build and shared ownership. Passed the CLC Level 6 Diploma in Conveyancing Law and Practice in 2023.",
        "where": ("Halifax", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Licensed Conveyancer", "Bradbury Legal LLP", "2023-09", "", [
                "Run 90-110 live residential files: freehold and leasehold sales, purchases and remortgages",
                "Review leases and management packs; report to lenders under the UK Finance Handbook",
                "Submit SDLT returns and HM Land Registry applications post-completion",
                "Supervise two conveyancing assistants",
            ]),
            ("Conveyancing Fee Earner", "Calder Valley Conveyancing", "2021-06", "2023-08", [
                "Handled new-build and shared ownership purchases from instruction to completion on Proclaim",
            ]),
            ("Conveyancing Assistant", "Calder Valley Conveyancing", "2019-09", "2021-05", [
                "Ordered searches, prepared completion statements and chased post-completion registrations",
            ]),
        ],
        "skills": {"Conveyancing": ["Leasehold", "New-build", "Shared ownership", "Remortgages", "SDLT", "HM Land Registry"], "Systems": ["Proclaim", "LEAP", "InfoTrack"]},
        "certs": [
            ("CLC Licence - Conveyancing (Licensed Conveyancer)", "Council for Licensed Conveyancers", "2023-09"),
            ("CLC Level 6 Diploma in Conveyancing Law and Practice", "CLC / SQA", "2023-06"),
            ("CLC Level 4 Diploma in Conveyancing Law and Practice", "CLC / SQA", "2021-01"),
        ],
        "edu": [("A Levels", "Law, English, Sociology", "Calderdale College", "2019")],
        "unq": {
            "label": "Conveyancing Fee Earner",
            "summary": "Conveyancing fee earner with five years running residential caseloads in West Yorkshire, specialising in leasehold, new-build and shared ownership. Holds the CLC Level 4 Diploma in Conveyancing Law and Practice.",
            "work": [
                ("Senior Conveyancing Fee Earner", "Bradbury Legal LLP", "2023-09", "", [
                    "Run 90-110 live residential files: freehold and leasehold sales, purchases and remortgages, under the supervision of a partner",
                    "Review leases and management packs; report to lenders under the UK Finance Handbook",
                    "Submit SDLT returns and HM Land Registry applications post-completion",
                    "Supervise two conveyancing assistants",
                ]),
                ("Conveyancing Fee Earner", "Calder Valley Conveyancing", "2021-06", "2023-08", [
                    "Handled new-build and shared ownership purchases from instruction to completion on Proclaim",
                ]),
                ("Conveyancing Assistant", "Calder Valley Conveyancing", "2019-09", "2021-05", [
                    "Ordered searches, prepared completion statements and chased post-completion registrations",
                ]),
            ],
            "certs": [
                ("CLC Level 4 Diploma in Conveyancing Law and Practice", "CLC / SQA", "2021-01"),
            ],
        },
        "decisive": ("CLC Licensed Conveyancer (Level 6 Diploma passed)", ["Licensed Conveyancer", "Level 6"], "credential level"),
    },
    {
        "id": "immigration-consultant-fresh7-1",
        "occ": "immigration consultant",
        "title": "Regulated Canadian Immigration Consultant (RCIC-IRB)",
        "company": "Green and Spiegel LLP",
        "location": "Toronto, Ontario, Canada",
        "posting": """
Green and Spiegel LLP, one of Canada's longest-established immigration firms, is adding a licensed consultant to its refugee and appeals group.

The role
You will prepare and represent clients in refugee protection claims before the Refugee Protection Division, sponsorship and residency-obligation appeals before the Immigration Appeal Division, and admissibility hearings and detention reviews before the Immigration Division, working alongside the firm's lawyers.

Requirements
- Licensed by the College of Immigration and Citizenship Consultants as an RCIC-IRB, in good standing
- 3+ years preparing applications and submissions in Canadian immigration or refugee matters
- Excellent written advocacy: Basis of Claim narratives, disclosure packages, written submissions
- Calm, organised and trauma-informed with vulnerable clients

Assets
- Spanish, Farsi, Tigrinya, Arabic or Urdu
- Experience with H&C and PRRA applications
- Experience with Clio or a similar case-management system

Competitive salary, hybrid schedule and CPD support. We welcome applications from people of all backgrounds and provide accommodation on request.
""",
        "name": "Leila Rahimi",
        "label": "Licensed Immigration Consultant (RCIC-IRB)",
        "summary": "RCIC-IRB with six years in Canadian immigration and refugee practice, four as a licensee. Represents clients at the RPD, IAD and ID; writes persuasive Basis of Claim narratives and submissions. Speaks Farsi and English.",
        "where": ("North York", "Ontario"),
        "country": "CA",
        "work": [
            ("Immigration Consultant (RCIC-IRB)", "Matthew Jeffery Barrister & Solicitor", "2023-03", "", [
                "Represent refugee claimants at RPD hearings and appellants at the IAD on sponsorship and residency-obligation appeals",
                "Appear at detention reviews and admissibility hearings before the Immigration Division",
                "Prepare disclosure packages, country-condition evidence and written submissions",
            ]),
            ("Licensed Immigration Consultant", "Maple Gateway Immigration Services", "2022-02", "2023-02", [
                "Prepared spousal sponsorships, H&C and PRRA applications and study and work permit files",
            ]),
            ("Immigration Case Assistant", "Maple Gateway Immigration Services", "2020-06", "2022-01", [
                "Drafted Basis of Claim narratives with claimants and organised evidence for counsel",
            ]),
        ],
        "skills": {"Practice areas": ["Refugee protection claims", "IAD appeals", "Detention reviews", "H&C", "PRRA", "Family sponsorship"], "Tools": ["Clio", "IRCC portals"]},
        "certs": [
            ("RCIC-IRB Licence", "College of Immigration and Citizenship Consultants", "2023-02"),
            ("Graduate Diploma in Immigration and Citizenship Law", "Queen's University", "2021-12"),
        ],
        "edu": [("Bachelor of Arts", "Political Science", "York University", "2019")],
        "langs": [("English", "Fluent"), ("Farsi", "Native")],
        "unq": {
            "label": "Licensed Immigration Consultant (RCIC)",
            "summary": "RCIC with six years in Canadian immigration practice, four as a licensee. Prepares sponsorship, H&C and PRRA applications and supports counsel on refugee and appeal files. Speaks Farsi and English.",
            "work": [
                ("Immigration Consultant (RCIC)", "Matthew Jeffery Barrister & Solicitor", "2023-03", "", [
                    "Prepare refugee claimants for RPD hearings and assist counsel on sponsorship and residency-obligation appeals",
                    "Organise documents for detention reviews and admissibility hearings handled by counsel",
                    "Prepare disclosure packages, country-condition evidence and draft submissions for counsel",
                ]),
                ("Licensed Immigration Consultant", "Maple Gateway Immigration Services", "2022-02", "2023-02", [
                    "Prepared spousal sponsorships, H&C and PRRA applications and study and work permit files",
                ]),
                ("Immigration Case Assistant", "Maple Gateway Immigration Services", "2020-06", "2022-01", [
                    "Drafted Basis of Claim narratives with claimants and organised evidence for counsel",
                ]),
            ],
            "certs": [
                ("RCIC Licence", "College of Immigration and Citizenship Consultants", "2022-02"),
                ("Graduate Diploma in Immigration and Citizenship Law", "Queen's University", "2021-12"),
            ],
        },
        "decisive": ("RCIC-IRB licence", ["RCIC-IRB"], "licence level"),
    },
    {
        "id": "immigration-consultant-fresh7-2",
        "occ": "immigration consultant",
        "title": "Immigration Adviser - IAA (OISC) Level 2",
        "company": "Migrant Help",
        "location": "Croydon, England, UK",
        "posting": """
Migrant Help is recruiting an Immigration Adviser to provide free advice and casework to people navigating the UK immigration system.

What you'll be doing
- Advising clients on family, private life and settlement applications, including cases with complex immigration histories and overstayers
- Preparing and submitting applications, including those relying on discretion or exceptional circumstances
- Case management of an individual caseload, keeping accurate records to Immigration Advice Authority standards
- Supporting Level 1 colleagues and volunteers with queries

What we need
- Registered with the Immigration Advice Authority (formerly OISC) at Level 2 or above, in the immigration category
- At least 1 year's experience as a regulated immigration adviser
- Good knowledge of the Immigration Rules, Appendix FM and Appendix Private Life
- Excellent written English and IT skills

Desirable
- Asylum and protection category accreditation
- Community languages (Arabic, Tigrinya, Kurdish Sorani, Pashto, Albanian)

Salary £31,200 - £34,500, 27 days' annual leave plus bank holidays, hybrid working. Migrant Help is an equal opportunities employer; we particularly welcome applications from people with lived experience of the immigration system.
""",
        "name": "Daniel Mekonnen",
        "label": "Immigration Adviser (IAA Level 2)",
        "summary": "Regulated immigration adviser with three years' casework in the charity sector. IAA (formerly OISC) accredited at Level 2 in immigration; experienced with Appendix FM, private life and settlement applications for clients with complex histories. Speaks Tigrinya and Amharic.",
        "where": ("Croydon", "Greater London"),
        "country": "GB",
        "work": [
            ("Immigration Adviser", "Refugee and Migrant Advice Centre", "2023-11", "", [
                "Advise and represent clients on family and private life applications, including overstayers and discretionary cases",
                "Prepare further leave, settlement and fee waiver applications with supporting representations",
                "Support Level 1 advisers and volunteers on triage and file reviews",
            ]),
            ("Advice Worker", "Citizens Advice Croydon", "2021-09", "2023-10", [
                "Provided general advice on benefits and housing; referred immigration queries to regulated advisers",
            ]),
        ],
        "skills": {"Casework": ["Appendix FM", "Appendix Private Life", "Settlement", "Fee waivers", "Representations"], "Other": ["Case management", "Client interviewing"]},
        "certs": [
            ("IAA Level 2 - Immigration", "Immigration Advice Authority", "2025-04"),
            ("OISC Level 1 - Immigration", "Office of the Immigration Services Commissioner", "2023-09"),
        ],
        "edu": [("LLB (Hons)", "Law", "Kingston University", "2021")],
        "langs": [("English", "Fluent"), ("Tigrinya", "Native"), ("Amharic", "Fluent")],
        "unq": {
            "label": "Immigration Adviser (IAA Level 1)",
            "summary": "Regulated immigration adviser with three years' casework in the charity sector. IAA (formerly OISC) accredited at Level 1 in immigration; experienced with straightforward family and settlement applications and referrals. Speaks Tigrinya and Amharic.",
            "work": [
                ("Immigration Adviser", "Refugee and Migrant Advice Centre", "2023-11", "", [
                    "Advise clients on straightforward family and settlement applications; refer discretionary cases and overstayers to senior advisers",
                    "Prepare further leave, settlement and fee waiver applications",
                    "Help with triage and file reviews alongside volunteers",
                ]),
                ("Advice Worker", "Citizens Advice Croydon", "2021-09", "2023-10", [
                    "Provided general advice on benefits and housing; referred immigration queries to regulated advisers",
                ]),
            ],
            "certs": [
                ("OISC Level 1 - Immigration", "Office of the Immigration Services Commissioner", "2023-09"),
            ],
        },
        "decisive": ("IAA (OISC) Level 2 registration or above", ["Level 2"], "licence level"),
    },
    {
        "id": "ediscovery-specialist-fresh7-1",
        "occ": "ediscovery specialist",
        "title": "eDiscovery Analyst - Relativity",
        "company": "Epiq",
        "location": "Kansas City, KS (Hybrid)",
        "posting": """
Epiq's Legal Solutions group is hiring an eDiscovery Analyst to support law firm and corporate clients on litigation and regulatory matters.

Responsibilities:
- Process, load and QC data; manage workspaces, fields, layouts, views, batching and security in Relativity
- Run search term reports, dtSearch indexes and analytics (email threading, near-dup, conceptual clustering)
- Prepare productions (TIFF/PDF/native with load files) and privilege logs to case team specifications
- Troubleshoot data issues and communicate status to project managers

Requirements:
- 2+ years in an eDiscovery or litigation support role
- Hands-on Relativity (RelativityOne or Relativity Server) administration experience is required
- Strong understanding of the EDRM, metadata and load file formats (DAT, OPT, LFP)
- Excellent attention to detail and ability to juggle deadlines

Preferred:
- Relativity Certified Administrator (RCA) or Relativity Processing Specialist
- SQL or scripting experience
- Nuix or other processing tools

Pay range $60,000 - $80,000; medical, dental, vision, 401(k), PTO. Epiq is an equal opportunity employer.
""",
        "name": "Caleb Nguyen",
        "label": "eDiscovery Analyst",
        "summary": "eDiscovery analyst with four years in litigation support for an AmLaw 200 firm and a legal services provider. Daily RelativityOne administrator and Relativity Certified Administrator; strong on processing, analytics and productions.",
        "where": ("Overland Park", "KS"),
        "country": "US",
        "work": [
            ("Litigation Support Analyst", "Shook, Hardy & Bacon L.L.P.", "2022-10", "", [
                "Administer RelativityOne workspaces: fields, layouts, saved searches, batching and security groups",
                "Run processing sets, dtSearch indexes and email threading / near-duplicate analytics",
                "Prepare TIFF and native productions with DAT/OPT load files and privilege logs",
            ]),
            ("eDiscovery Technician", "Lighthouse (formerly H5)", "2021-01", "2022-09", [
                "Loaded and QC'd third-party productions and tracked data intake on 30+ matters",
            ]),
        ],
        "skills": {"Platforms": ["RelativityOne", "Relativity Processing", "Relativity Analytics", "Nuix Workstation"], "Technical": ["Load files (DAT/OPT/LFP)", "dtSearch", "SQL basics", "EDRM"]},
        "certs": [("Relativity Certified Administrator (RCA)", "Relativity", "2023-08")],
        "edu": [("Bachelor of Arts", "Criminal Justice", "University of Missouri-Kansas City", "2020")],
        "unq": {
            "summary": "eDiscovery analyst with four years in litigation support for an AmLaw 200 firm and a legal services provider. Daily Everlaw and Reveal administrator; strong on processing, analytics and productions.",
            "work": [
                ("Litigation Support Analyst", "Shook, Hardy & Bacon L.L.P.", "2022-10", "", [
                    "Administer Everlaw and Reveal projects: coding forms, searches, assignments and permissions",
                    "Run Nuix processing, search indexes and email threading / near-duplicate analytics",
                    "Prepare TIFF and native productions with DAT/OPT load files and privilege logs",
                ]),
                ("eDiscovery Technician", "Lighthouse (formerly H5)", "2021-01", "2022-09", [
                    "Loaded and QC'd third-party productions and tracked data intake on 30+ matters",
                ]),
            ],
            "skills": {"Platforms": ["Everlaw", "Reveal", "DISCO", "Nuix Workstation"], "Technical": ["Load files (DAT/OPT/LFP)", "dtSearch", "SQL basics", "EDRM"]},
            "certs": [("Everlaw Certified Administrator", "Everlaw", "2023-08")],
        },
        "decisive": ("Hands-on Relativity administration", ["Relativity", "RelativityOne"], "tool"),
    },
    {
        "id": "ediscovery-specialist-fresh7-2",
        "occ": "ediscovery specialist",
        "title": "Senior eDiscovery Project Manager",
        "company": "Latham & Watkins LLP",
        "location": "Washington, DC",
        "posting": """
Latham & Watkins is seeking a Senior eDiscovery Project Manager in its Washington, D.C. office to manage discovery for complex litigation, antitrust Second Requests and government investigations.

Responsibilities
- Scope and run discovery workflows end to end, from preservation and collection through review and production
- Advise case teams on search strategy, TAR / active learning and defensible culling
- Manage vendors, budgets and timelines; lead review teams of contract attorneys
- Draft ESI protocols and meet-and-confer materials with attorneys

Qualifications
- Minimum 7 years of eDiscovery or litigation support experience, including at least 3 years managing projects in a law firm or service provider
- Expert-level knowledge of Relativity and active learning workflows
- Deep understanding of the Federal Rules of Civil Procedure as they relate to ESI
- Bachelor's degree required

Preferred
- CEDS (Certified E-Discovery Specialist) certification
- RCA, Relativity Review Specialist or Project Management Professional (PMP)
- Second Request experience

The expected salary range for this position is $135,000 - $175,000. Latham & Watkins is an equal opportunity employer.
""",
        "name": "Morgan Ellery",
        "label": "eDiscovery Project Manager",
        "summary": "eDiscovery project manager with nine years in litigation support, the last seven managing large matters for a law firm and a legal services provider. Relativity expert with active learning, Second Request and ESI protocol experience; CEDS certified.",
        "where": ("Arlington", "VA"),
        "country": "US",
        "work": [
            ("eDiscovery Project Manager", "Covington & Burling LLP", "2021-06", "", [
                "Manage discovery for antitrust Second Requests and FCPA investigations with up to 8 million documents",
                "Design active learning and prioritized review workflows in Relativity; report elusion and recall to case teams",
                "Draft ESI protocols and meet-and-confer summaries with associates",
            ]),
            ("Project Manager", "Consilio", "2019-08", "2021-05", [
                "Ran vendor-side review and production projects for AmLaw 100 clients",
            ]),
            ("Litigation Support Specialist", "Consilio", "2017-01", "2019-07", [
                "Processed data, built searches and prepared productions in Relativity",
            ]),
        ],
        "skills": {"Discovery": ["Relativity", "Active learning / TAR", "Second Requests", "ESI protocols", "FRCP 26 and 34"], "Management": ["Vendor management", "Budgets", "Review team leadership"]},
        "certs": [("Certified E-Discovery Specialist (CEDS)", "ACEDS", "2022-03"), ("Relativity Certified Administrator (RCA)", "Relativity", "2018-10")],
        "edu": [("Bachelor of Arts", "Political Science", "George Mason University", "2016")],
        "unq": {
            "summary": "eDiscovery project manager with a law-firm and service-provider background: document reviewer until 2022, then litigation support specialist, managing large matters since mid-2024. Relativity expert with active learning, Second Request and ESI protocol experience; CEDS certified.",
            "work": [
                ("eDiscovery Project Manager", "Covington & Burling LLP", "2024-08", "", [
                    "Manage discovery for antitrust Second Requests and FCPA investigations with up to 8 million documents",
                    "Design active learning and prioritized review workflows in Relativity; report elusion and recall to case teams",
                    "Draft ESI protocols and meet-and-confer summaries with associates",
                ]),
                ("Litigation Support Specialist", "Consilio", "2022-01", "2024-07", [
                    "Processed data, built searches and prepared productions in Relativity",
                ]),
                ("Senior Document Reviewer", "Consilio", "2019-08", "2021-12", [
                    "Second-level responsiveness and privilege review; QC of first-pass coding decisions",
                ]),
                ("Document Reviewer (contract)", "Consilio", "2017-01", "2019-07", [
                    "First-pass and privilege review in Relativity on commercial litigation matters",
                ]),
            ],
        },
        "decisive": ("7+ years eDiscovery/litigation support with 3+ years managing projects", ["years"], "years"),
    },
]
