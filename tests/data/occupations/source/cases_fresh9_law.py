"""Fresh9 half, law: company secretary, enforcement agent, costs lawyer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "company_secretary-fresh9-1",
        "occ": "company_secretary",
        "title": "Company Secretary & Compliance Officer",
        "company": "Deccan Polymers Ltd",
        "location": "Pune, Maharashtra, India",
        "posting": """
Deccan Polymers Ltd (listed on NSE and BSE) is looking for a Company Secretary & Compliance Officer to be appointed as KMP under Section 203 of the Companies Act, 2013.

Job Responsibilities
- Board, committee and general meetings: agenda, notes, minutes, e-voting and scrutiniser coordination
- SEBI (LODR) Regulations compliance, disclosures on NEAPS and BSE Listing Centre
- SEBI PIT Regulations: structured digital database, trading window, contra-trade monitoring
- ROC filings on the MCA21 portal, XBRL, annual return and secretarial audit support
- Liaison with RTA, depositories, stock exchanges and statutory auditors

Desired Candidate Profile
- Qualification: ACS (Associate Member of ICSI) - mandatory. LLB will be an added advantage.
- Experience: 4-7 yrs in the secretarial function of a listed company
- Strong drafting skills in English; knowledge of Marathi/Hindi preferred
""",
        "name": "Neha Kulkarni",
        "label": "Company Secretary",
        "summary": "Associate Company Secretary with six years in listed-company secretarial work: board processes, LODR disclosures, insider trading compliance and MCA filings.",
        "where": ("Pune", "Maharashtra"),
        "country": "IN",
        "work": [
            ("Company Secretary & Compliance Officer", "Indrayani Foods Ltd", "2023-04", "", [
                "KMP for a BSE/NSE-listed company: board and committee meetings, AGM with e-voting",
                "LODR disclosures and quarterly compliance filings on NEAPS and the BSE Listing Centre",
                "Maintain the structured digital database under SEBI PIT and manage trading window closures",
            ]),
            ("Assistant Company Secretary", "Sahyadri Auto Components Ltd", "2020-07", "2023-03", [
                "Prepared board agenda papers and minutes; ROC filings and XBRL on MCA21",
                "Coordinated with the RTA on transfers, IEPF transfers and investor grievances",
            ]),
        ],
        "skills": {"Secretarial": ["SEBI LODR", "SEBI PIT", "Companies Act 2013", "MCA21 V3 filings", "XBRL"]},
        "certs": [
            ("Associate Member (ACS), membership no. A6xxxx", "The Institute of Company Secretaries of India (ICSI)", "2020-05"),
        ],
        "edu": [
            ("LLB", "Law", "ILS Law College, Pune", "2019"),
            ("B.Com", "Commerce", "Savitribai Phule Pune University", "2016"),
        ],
        "langs": [("English", "Fluent"), ("Marathi", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "label": "Secretarial & Compliance Manager",
            "summary": "Secretarial professional with six years in listed-company work: board processes, LODR disclosures, insider trading compliance and MCA filings; CS Professional cleared, membership pending completion of training.",
            "work": [
                ("Manager - Secretarial & Compliance", "Indrayani Foods Ltd", "2023-04", "", [
                    "Support the Company Secretary on board and committee meetings and the AGM with e-voting",
                    "LODR disclosures and quarterly compliance filings on NEAPS and the BSE Listing Centre",
                    "Maintain the structured digital database under SEBI PIT and manage trading window closures",
                ]),
                ("Secretarial Executive", "Sahyadri Auto Components Ltd", "2020-07", "2023-03", [
                    "Prepared board agenda papers and minutes; ROC filings and XBRL on MCA21",
                    "Coordinated with the RTA on transfers, IEPF transfers and investor grievances",
                ]),
            ],
            "certs": [
                ("CS Professional Programme - all modules passed (Licentiate ICSI)", "The Institute of Company Secretaries of India (ICSI)", "2025-08"),
            ],
        },
        "decisive": ("Associate Member of ICSI (ACS)", ["ACS", "Associate Member"], "credential level"),
    },
    {
        "id": "company_secretary-fresh9-2",
        "occ": "company_secretary",
        "title": "Company Secretarial Manager",
        "company": "Highveld Resources Group",
        "location": "Sandton, Johannesburg, South Africa",
        "posting": """
Highveld Resources Group, a JSE-listed mining services group with 40 subsidiaries in South Africa, Botswana and Zambia, is looking for a Company Secretarial Manager reporting to the Group Company Secretary.

Key performance areas
- Board and committee administration for the group board and major subsidiaries
- Statutory compliance under the Companies Act 71 of 2008, including CIPC filings and beneficial ownership registers
- JSE Listings Requirements: SENS announcements, dealings in securities by directors, annual compliance certificate
- King IV application and disclosure in the integrated report

Minimum requirements
- Chartered Secretary (CGISA) or LLB and admission as an attorney
- 5+ years' company secretarial experience, at least 2 in a JSE-listed environment
- Advanced user of Diligent Boards and Diligent Entities (board portal and entity management) - essential; you will own both systems
- Valid driver's licence

Highveld Resources Group is an equal opportunity employer and preference will be given to candidates in line with our Employment Equity plan.
""",
        "name": "Thandeka Mokoena",
        "label": "Senior Company Secretarial Officer",
        "summary": "Chartered Secretary with nine years of company secretarial work for listed groups: board administration, JSE compliance and entity management.",
        "where": ("Johannesburg", "Gauteng"),
        "country": "ZA",
        "work": [
            ("Senior Company Secretarial Officer", "Kalahari Logistics Holdings (JSE Main Board)", "2021-02", "", [
                "Run board and committee packs for the holding company and 25 subsidiaries in Diligent Boards",
                "Maintain statutory and beneficial ownership records for all entities in Diligent Entities",
                "Draft SENS announcements and monitor directors' dealings under the JSE Listings Requirements",
            ]),
            ("Company Secretarial Officer", "Acacia Financial Services", "2017-03", "2021-01", [
                "CIPC annual returns and director changes; minutes for subsidiary boards",
            ]),
        ],
        "skills": {"Governance": ["Companies Act 71 of 2008", "JSE Listings Requirements", "King IV", "CIPC filings"], "Systems": ["Diligent Boards", "Diligent Entities"]},
        "certs": [
            ("Chartered Secretary (Associate member)", "The Chartered Governance Institute of Southern Africa (CGISA)", "2018-09"),
            ("Code EB driver's licence", "Department of Transport", "2010-06"),
        ],
        "edu": [("LLB", "Law", "University of the Witwatersrand", "2016")],
        "unq": {
            "work": [
                ("Senior Company Secretarial Officer", "Kalahari Logistics Holdings (JSE Main Board)", "2021-02", "", [
                    "Run board and committee packs for the holding company and 25 subsidiaries in BoardPAC",
                    "Maintain statutory and beneficial ownership records for all entities in in-house Excel registers",
                    "Draft SENS announcements and monitor directors' dealings under the JSE Listings Requirements",
                ]),
                ("Company Secretarial Officer", "Acacia Financial Services", "2017-03", "2021-01", [
                    "CIPC annual returns and director changes; minutes for subsidiary boards",
                ]),
            ],
            "skills": {"Governance": ["Companies Act 71 of 2008", "JSE Listings Requirements", "King IV", "CIPC filings"], "Systems": ["BoardPAC", "Microsoft Excel"]},
        },
        "decisive": ("Diligent Boards / Diligent Entities", ["Diligent"], "tool"),
    },
    {
        "id": "enforcement_agent-fresh9-1",
        "occ": "enforcement_agent",
        "title": "Enforcement Agent - Council Tax & Business Rates (Self-Employed)",
        "company": "Westgate Enforcement Services",
        "location": "Birmingham & Black Country, UK",
        "posting": """
Westgate Enforcement Services acts for 14 local authorities across the West Midlands. We are recruiting self-employed Enforcement Agents to attend on council tax and business rates liability orders.

What you'll need
- A current Enforcement Agent Certificate issued by the County Court - you must already be certificated
- Level 2 Certificate in Taking Control of Goods (or above)
- At least 1 year of field experience in enforcement or doorstep collections
- Full UK driving licence and your own vehicle
- Willing to wear body-worn video at all times and to follow the National Standards for Enforcement Agents

What we offer: a steady allocation of cases in a defined patch, fees paid weekly, a handheld device with route planning, and ongoing CIVEA-aligned training.
""",
        "name": "Darren Hughes",
        "label": "Certificated Enforcement Agent",
        "summary": "Field agent with four years on the doorstep in the West Midlands, focused on council tax and business rates cases and on spotting vulnerability early.",
        "where": ("Walsall", "West Midlands"),
        "country": "GB",
        "work": [
            ("Certificated Enforcement Agent", "Midland Civil Enforcement Ltd", "2024-07", "", [
                "Attend council tax and NNDR liability orders; take control of goods and agree controlled goods agreements",
                "Body-worn video on every visit; refer vulnerable debtors back to the client",
            ]),
            ("Field Collections Agent", "Apex Doorstep Collections", "2022-09", "2024-06", [
                "Doorstep visits for consumer credit and utility arrears; payment arrangements",
            ]),
        ],
        "skills": {"Enforcement": ["Taking control of goods", "Controlled goods agreements", "Vulnerability assessment", "Body-worn video"], "Other": ["Full UK driving licence, own vehicle"]},
        "certs": [
            ("Enforcement Agent Certificate (Certification of Enforcement Agents Regulations 2014), first issued 2024-06, renewed", "County Court at Birmingham (HMCTS)", "2026-06"),
            ("Level 2 Certificate in Enforcement - Taking Control of Goods", "IRRV", "2024-03"),
            ("Full UK driving licence", "DVLA", "2009-11"),
        ],
        "unq": {
            "label": "Field Collections Agent",
            "summary": "Field agent with four years on the doorstep in the West Midlands, focused on arrears collection and on spotting vulnerability early; recently completed the Level 2 taking control of goods qualification.",
            "work": [
                ("Field Collections Agent", "Midland Civil Enforcement Ltd", "2024-07", "", [
                    "Compliance-stage doorstep visits on council tax and NNDR cases; agree payment arrangements",
                    "Body-worn video on every visit; refer vulnerable debtors back to the client",
                ]),
                ("Field Collections Agent", "Apex Doorstep Collections", "2022-09", "2024-06", [
                    "Doorstep visits for consumer credit and utility arrears; payment arrangements",
                ]),
            ],
            "certs": [
                ("Level 2 Certificate in Enforcement - Taking Control of Goods", "IRRV", "2026-05"),
                ("Full UK driving licence", "DVLA", "2009-11"),
            ],
        },
        "decisive": ("County Court Enforcement Agent Certificate", ["certificated", "Enforcement Agent Certificate"], "certificate"),
    },
    {
        "id": "enforcement_agent-fresh9-2",
        "occ": "enforcement_agent",
        "title": "High Court Enforcement Agent",
        "company": "Sterling High Court Enforcement Ltd",
        "location": "London & South East, UK",
        "posting": """
Sterling High Court Enforcement Ltd executes writs of control and writs of possession for commercial creditors, landlords and local authorities across London and the South East. We are looking for an experienced agent to act under the authority of our High Court Enforcement Officers.

You will attend commercial premises to take control of goods, negotiate settlements with directors, and lead evictions of trespassers from land and buildings, working alongside police and security teams where needed.

Requirements
- Authorised to act for an HCEO, or a certificated enforcement agent who can be authorised on joining
- At least three years' field enforcement experience, including writs of control against commercial debtors and writs of possession
- Level 2 Certificate in Taking Control of Goods (or higher)
- Full UK driving licence
- Conflict management training

Company vehicle, fuel card, basic salary plus commission.
""",
        "name": "Marcus Bell",
        "label": "Enforcement Agent (High Court)",
        "summary": "Enforcement agent with over seven years in the field, from council tax work to High Court writs and traveller and squatter evictions.",
        "where": ("Croydon", "Greater London"),
        "country": "GB",
        "work": [
            ("High Court Enforcement Agent", "Thames Writ Services", "2022-02", "", [
                "Execute writs of control against commercial debtors; negotiate settlements with company directors",
                "Lead evictions of trespassers under writs of possession with police liaison",
            ]),
            ("Certificated Enforcement Agent", "Capital Civil Enforcement", "2019-05", "2022-01", [
                "Council tax, NNDR and parking warrants across South London",
            ]),
        ],
        "skills": {"Enforcement": ["Writs of control", "Writs of possession", "Commercial enforcement", "Conflict management"], "Other": ["Full UK driving licence"]},
        "certs": [
            ("Enforcement Agent Certificate", "County Court at Central London (HMCTS)", "2025-04"),
            ("Level 2 Certificate in Enforcement - Taking Control of Goods", "IRRV", "2019-03"),
            ("Conflict Management", "Highfield Qualifications", "2022-02"),
            ("Full UK driving licence", "DVLA", "2012-08"),
        ],
        "unq": {
            "summary": "Enforcement agent in the field since late 2024 after several years in an office-based compliance team; High Court writs of control and possession.",
            "work": [
                ("High Court Enforcement Agent", "Thames Writ Services", "2024-11", "", [
                    "Execute writs of control against commercial debtors; negotiate settlements with company directors",
                    "Lead evictions of trespassers under writs of possession with police liaison",
                ]),
                ("Compliance Officer (office-based)", "Capital Civil Enforcement", "2019-05", "2024-10", [
                    "Telephone and letter contact with debtors at the compliance stage; payment plans",
                ]),
            ],
            "certs": [
                ("Enforcement Agent Certificate", "County Court at Central London (HMCTS)", "2024-10"),
                ("Level 2 Certificate in Enforcement - Taking Control of Goods", "IRRV", "2024-06"),
                ("Conflict Management", "Highfield Qualifications", "2024-11"),
                ("Full UK driving licence", "DVLA", "2012-08"),
            ],
        },
        "decisive": ("at least three years' field enforcement experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "costs_lawyer-fresh9-1",
        "occ": "costs_lawyer",
        "title": "Costs Lawyer",
        "company": "Harland Costs Partnership LLP",
        "location": "Liverpool, UK",
        "posting": """
Harland Costs Partnership LLP is an independent firm of costs specialists acting for claimant and defendant firms in clinical negligence, personal injury and commercial litigation. Due to continued growth we are looking for a Costs Lawyer to join our Liverpool team.

What we're looking for
- A qualified Costs Lawyer holding a current CLSB practising certificate
- Strong experience preparing bills of costs, including electronic bills (Precedent S), Points of Dispute and Replies
- Experience of costs budgeting (Precedent H) and budget discussion reports
- Clinical negligence or PI costs experience

What we offer: a salary that reflects your experience, a hybrid pattern of three days at home, 25 days' holiday plus bank holidays, a paid day off for your birthday, a contributory pension, private medical insurance after probation, and CPD paid in full. Our Liverpool office is five minutes from Moorfields station and we run regular team socials.
""",
        "name": "Fiona McAllister",
        "label": "Costs Lawyer",
        "summary": "Costs Lawyer with seven years in clinical negligence and PI costs: electronic bills, Points of Dispute, budgets and negotiations.",
        "where": ("Liverpool", "Merseyside"),
        "country": "GB",
        "work": [
            ("Costs Lawyer", "Mersey Legal Costs Ltd", "2021-10", "", [
                "Draft electronic bills of costs (Precedent S), Points of Dispute and Replies for clinical negligence claims",
                "Prepare Precedent H budgets and budget discussion reports",
                "Conduct detailed assessment hearings and negotiate settlements with paying parties",
            ]),
            ("Costs Draftsperson", "Northern Costs Services", "2019-03", "2021-09", [
                "Drafted bills and schedules for PI and RTA claims",
            ]),
        ],
        "skills": {"Costs": ["Electronic bills (Precedent S)", "Points of Dispute", "Costs budgeting (Precedent H)", "Detailed assessment"]},
        "certs": [
            ("Costs Lawyer - practising certificate", "Costs Lawyer Standards Board (CLSB)", "2026-01"),
            ("Member", "Association of Costs Lawyers", "2021-10"),
        ],
        "edu": [("LLB (Hons)", "Law", "University of Liverpool", "2018")],
        "unq": {
            "label": "Senior Costs Draftsperson",
            "summary": "Costs draftsperson with seven years in clinical negligence and PI costs: electronic bills, Points of Dispute, budgets and negotiations; studying for the Costs Lawyer Professional Qualification.",
            "work": [
                ("Senior Costs Draftsperson", "Mersey Legal Costs Ltd", "2021-10", "", [
                    "Draft electronic bills of costs (Precedent S), Points of Dispute and Replies for clinical negligence claims",
                    "Prepare Precedent H budgets and budget discussion reports",
                    "Negotiate settlements with paying parties and prepare papers for assessment hearings",
                ]),
                ("Costs Draftsperson", "Northern Costs Services", "2019-03", "2021-09", [
                    "Drafted bills and schedules for PI and RTA claims",
                ]),
            ],
            "certs": [
                ("Costs Lawyer Professional Qualification - Diploma in Civil Practice completed; Diploma in Costs Law and Practice in progress", "ACL Training", "2026-06"),
            ],
        },
        "decisive": ("qualified Costs Lawyer with a CLSB practising certificate", ["CLSB", "practising certificate", "qualified Costs Lawyer"], "credential level"),
    },
    {
        "id": "costs_lawyer-fresh9-2",
        "occ": "costs_lawyer",
        "title": "Senior Costs Lawyer",
        "company": "Quay Costing Services",
        "location": "Sydney, NSW, Australia",
        "posting": """
Senior Costs Lawyer - Quay Costing Services (Sydney CBD, hybrid)

We prepare and respond to bills for law firms, insurers and self-represented clients in NSW, Victoria and the federal courts.

Must have
- admitted lawyer with an unrestricted NSW practising certificate (no supervised legal practice condition)
- 5+ yrs costs experience: itemised bills, costs disclosure and costs agreements, objections and responses in costs assessment under the Legal Profession Uniform Law
- strong Excel

Nice to have
- experience as a costs assessor or referee
- Federal Court and VCAT costs experience
""",
        "name": "James Papadopoulos",
        "label": "Costs Lawyer",
        "summary": "Solicitor specialising in legal costs for nine years: itemised bills, costs disclosure advice, objections and costs assessment under the Uniform Law.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Senior Associate - Costs", "Harbour Costs Lawyers", "2021-03", "", [
                "Prepare itemised bills and objections for costs assessment under the Legal Profession Uniform Law",
                "Advise firms on costs disclosure and costs agreements",
                "Build costs models in Excel for Federal Court matters",
            ]),
            ("Solicitor - Costs", "Macquarie Legal Costing", "2017-02", "2021-02", [
                "Drafted bills, objections and responses for NSW Supreme and District Court matters",
            ]),
        ],
        "skills": {"Costs": ["Itemised bills", "Costs assessment", "Costs disclosure", "Costs agreements"], "Software": ["Microsoft Excel (advanced)"]},
        "certs": [
            ("Admitted as a lawyer", "Supreme Court of New South Wales", "2016-12"),
            ("Unrestricted practising certificate (principal)", "Law Society of New South Wales", "2026-07"),
        ],
        "edu": [("Juris Doctor", "Law", "University of Technology Sydney", "2016")],
        "unq": {
            "summary": "Legal costs specialist for nine years, admitted in 2025: itemised bills, costs disclosure advice, objections and costs assessment under the Uniform Law.",
            "work": [
                ("Solicitor - Costs", "Harbour Costs Lawyers", "2025-04", "", [
                    "Prepare itemised bills and objections for costs assessment under the Legal Profession Uniform Law, under a principal's supervision",
                    "Advise firms on costs disclosure and costs agreements",
                    "Build costs models in Excel for Federal Court matters",
                ]),
                ("Costs Consultant (non-lawyer)", "Macquarie Legal Costing", "2017-02", "2025-03", [
                    "Drafted bills, objections and responses for NSW Supreme and District Court matters",
                ]),
            ],
            "certs": [
                ("Admitted as a lawyer", "Supreme Court of New South Wales", "2025-02"),
                ("Practising certificate - employee solicitor, subject to supervised legal practice condition", "Law Society of New South Wales", "2026-07"),
            ],
            "edu": [("Juris Doctor", "Law", "University of Technology Sydney", "2024")],
        },
        "decisive": ("unrestricted NSW practising certificate", ["unrestricted"], "licence level"),
    },
]
