"""Fresh11 half, law: barrister, notary public, contracts manager, legal aid caseworker."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "barrister-fresh11-1",
        "occ": "barrister",
        "title": "Junior Barrister - Crime & Regulatory (Tenancy)",
        "company": "Fleetwood Chambers",
        "location": "Manchester, UK",
        "posting": """
Fleetwood Chambers invites applications for tenancy from junior barristers of up to 5 years' call to join our Crime & Regulatory team on the Northern Circuit.

Members of the team prosecute and defend in the Crown Court and magistrates' courts across the North West, and appear in health and safety, environmental and professional discipline proceedings.

Applicants must:
- be called to the Bar of England and Wales and hold a current practising certificate issued by the Bar Standards Board (BSB);
- have completed pupillage and be able to show a growing practice of their own in criminal work;
- demonstrate excellent advocacy and written skills.

Chambers offers a reduced rent in the first year of tenancy and a structured practice development plan with our senior clerk. Applications by CV and covering letter to the Tenancy Committee.
""",
        "name": "Harriet Oyelaran",
        "label": "Barrister (Crime & Regulatory)",
        "summary": "Criminal and regulatory barrister, 2021 call, with a busy Crown Court practice and regulatory inquest work.",
        "where": ("Manchester", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Barrister (third six and practising)", "Deansgate Criminal Chambers", "2022-10", "", [
                "Prosecute and defend in the Crown Court (trials, PTPHs, sentences) and the magistrates' courts",
                "Junior alone in HSE prosecutions and regulatory appeals",
            ]),
            ("Pupil Barrister", "Deansgate Criminal Chambers", "2021-10", "2022-09", [
                "Completed pupillage under a criminal practitioner; second six on my feet in the magistrates' courts",
            ]),
        ],
        "skills": {"Practice": ["Crown Court advocacy", "Regulatory prosecutions", "Written advices", "Cross-examination"]},
        "certs": [
            ("Called to the Bar, The Honourable Society of Gray's Inn (2021)", "Gray's Inn", "2021-07"),
            ("Barrister practising certificate", "Bar Standards Board", "2026-04"),
        ],
        "edu": [("Bar Practice Course", "", "The University of Law, Manchester", "2021"), ("LLB (Hons)", "Law", "University of Leeds", "2020")],
        "langs": [("English", "Native"), ("Yoruba", "Conversational")],
        "unq": {
            "certs": [
                ("Called to the Bar of Ireland, The Honorable Society of King's Inns (2021)", "King's Inns", "2021-07"),
                ("Member of the Law Library, practising", "The Bar of Ireland", "2026-04"),
            ],
            "edu": [("Barrister-at-Law degree", "", "The Honorable Society of King's Inns, Dublin", "2021"), ("LLB (Hons)", "Law", "University of Leeds", "2020")],
        },
        "swaps": [("Deansgate Criminal Chambers", "Law Library, Four Courts Dublin"), ("Pupil Barrister", "Devil (pupil) Barrister"), ("Completed pupillage under a criminal practitioner; second six on my feet in the magistrates' courts", "Devilled for a criminal practitioner at the District and Circuit Criminal Courts"), ("(trials, PTPHs, sentences) and the magistrates' courts", "(Circuit Criminal Court trials and sentences) and the District Court"), ("Junior alone in HSE prosecutions and regulatory appeals", "Junior alone in HSA prosecutions and regulatory appeals"), ("Barrister (third six and practising)", "Barrister (practising)")],
        "decisive": ("called to the Bar of England and Wales (BSB practising certificate)", ["England and Wales", "BSB", "Bar Standards Board"], "jurisdiction"),
    },
    {
        "id": "barrister-fresh11-2",
        "occ": "barrister",
        "title": "Barrister - Room Available on a Commercial Floor",
        "company": "Level 22 Macquarie Chambers",
        "location": "Sydney NSW, Australia",
        "posting": """
Level 22 Macquarie Chambers is a floor of 28 barristers practising principally in commercial, equity and insolvency law. A room has become available on the floor.

The floor is seeking expressions of interest from a junior barrister who:
* holds a current NSW barrister's practising certificate issued by the NSW Bar Association;
* has at least 5 years' practice at the NSW Bar (post-reading) with an established commercial or equity practice in the Supreme and Federal Courts;
* is collegiate and willing to contribute to the floor's reader program.

Room licence fee and floor contributions are on request. Please send a CV and a list of recent reported matters to the floor clerk.
""",
        "name": "Alexander Petrakis",
        "label": "Barrister - Commercial & Equity",
        "summary": "Junior barrister in commercial, equity and insolvency matters appearing in the Supreme Court of NSW and Federal Court.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Barrister", "Frederick Jordan Chambers", "2022-02", "", [
                "Appear alone and led in Supreme Court Equity Division and Federal Court commercial and insolvency proceedings",
                "Advise on directors' duties, contractual disputes and unfair preference claims",
            ]),
            ("Barrister", "Wardell Chambers", "2019-11", "2022-01", [
                "Built a commercial list practice after completing the Bar Practice Course and reading year",
            ]),
            ("Reader", "Wardell Chambers", "2019-05", "2019-10", [
                "Completed the Bar Practice Course and read with two tutors in commercial practice",
            ]),
            ("Senior Associate, Commercial Litigation", "Corrs Chambers Westgarth", "2014-02", "2019-04", [
                "Ran commercial disputes in the Supreme and Federal Courts for corporate clients",
            ]),
        ],
        "skills": {"Practice": ["Commercial litigation", "Equity", "Insolvency", "Appellate advocacy", "Written opinions"]},
        "certs": [
            ("Practising certificate - barrister", "New South Wales Bar Association", "2026-07"),
        ],
        "edu": [("Bachelor of Laws (Hons)", "Law", "University of Sydney", "2013")],
        "langs": [("English", "Native"), ("Greek", "Fluent")],
        "unq": {
            "work": [
                ("Barrister", "Frederick Jordan Chambers", "2024-02", "", [
                    "Appear alone and led in Supreme Court Equity Division and Federal Court commercial and insolvency proceedings",
                    "Advise on directors' duties, contractual disputes and unfair preference claims",
                ]),
                ("Barrister", "Wardell Chambers", "2023-11", "2024-01", [
                    "Built a commercial list practice after completing the Bar Practice Course and reading year",
                ]),
                ("Reader", "Wardell Chambers", "2023-05", "2023-10", [
                    "Completed the Bar Practice Course and read with two tutors in commercial practice",
                ]),
                ("Senior Associate, Commercial Litigation", "Corrs Chambers Westgarth", "2014-02", "2023-04", [
                    "Ran commercial disputes in the Supreme and Federal Courts for corporate clients",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("at least 5 years' practice at the NSW Bar", ["years", "yrs"], "years"),
    },
    {
        "id": "notary_public-fresh11-1",
        "occ": "notary_public",
        "title": "Notaire / Notary - Real Estate & Estates",
        "company": "Tremblay Gagnon Notaires inc.",
        "location": "Montréal, QC, Canada",
        "posting": """
Tremblay Gagnon Notaires inc. - Notary (real estate, estates and family law)

Our West Island office serves a diverse clientele, about half of whom are anglophone. We are looking for a notary to join our team.

Responsibilities:
- Receive and draft deeds of sale, hypothecs and declarations of co-ownership
- Prepare notarial wills, protection mandates and marriage contracts; settle successions
- Verify title, conduct searches at the Land Register of Québec and handle trust accounting
- Meet clients and explain the scope of their acts

Requirements:
- Member in good standing of the Chambre des notaires du Québec
- 2+ years of practice in real estate or estates
- Excellent French and English, spoken and written: deeds are frequently received in English at the client's request and many client meetings are held in English (required for this position)
- Familiarity with Para-Maître or similar notarial software

Flexible hours, group insurance, paid professional dues and continuing education.
""",
        "name": "Geneviève Lalonde",
        "label": "Notaire - immobilier et successions",
        "summary": "Québec notary practising residential real estate, wills and successions; manages files from the offer of purchase to registration.",
        "where": ("Pointe-Claire", "QC"),
        "country": "CA",
        "work": [
            ("Notaire", "Lavoie Bernier Notaires", "2022-09", "", [
                "Receive deeds of sale and hypothecs; verify titles at the Registre foncier du Québec",
                "Draft notarial wills and protection mandates; settle successions",
                "Receive deeds in English for anglophone buyers and sellers and hold client meetings in English",
            ]),
            ("Stagiaire en notariat", "Lavoie Bernier Notaires", "2022-01", "2022-08", [
                "Completed the professional internship under a supervising notary",
            ]),
        ],
        "skills": {"Practice": ["Real estate transactions", "Hypothecs", "Notarial wills", "Successions", "Trust accounting"], "Software": ["Para-Maître", "Registre foncier en ligne"]},
        "certs": [
            ("Membre en règle, Chambre des notaires du Québec", "Chambre des notaires du Québec", "2022-09"),
        ],
        "edu": [("Diplôme de droit notarial (D.D.N.)", "Droit notarial", "Université de Montréal", "2021"), ("Baccalauréat en droit (LL. B.)", "Droit", "Université de Montréal", "2020")],
        "langs": [("French", "Native"), ("English", "Full professional proficiency")],
        "unq": {
            "langs": [("French", "Native")],
        },
        "swaps": [("Receive deeds in English for anglophone buyers and sellers and hold client meetings in English", "Hold signing meetings with buyers, sellers and brokers")],
        "decisive": ("excellent spoken and written English", ["English", "anglais", "bilingual"], "language"),
    },
    {
        "id": "notary_public-fresh11-2",
        "occ": "notary_public",
        "title": "Kandidaat-notaris Ondernemingsrecht (Corporate Law)",
        "company": "Van Dijk & De Wit Notarissen",
        "location": "Utrecht, Netherlands",
        "posting": """
Kandidaat-notaris Ondernemingsrecht - Utrecht (32-40 hours)

Van Dijk & De Wit Notarissen is a mid-sized civil-law notary firm advising entrepreneurs, family businesses and international groups. Our corporate practice is growing and we are looking for a kandidaat-notaris.

What you'll do: incorporations, articles of association amendments, share transfers, mergers and demergers, and the notarial side of M&A transactions, working directly with our notaries and with English-speaking clients.

What we ask:
- A Master's degree in Notarial Law (master notarieel recht) from a Dutch university - the statutory requirement for appointment as kandidaat-notaris under the Wet op het notarisambt
- At least 2 years' experience in corporate notarial practice
- Excellent Dutch and good English, spoken and written

We offer a salary in line with the KNB guidelines, a 13th month, pension and an education budget.
""",
        "name": "Sanne Verhoeven",
        "label": "Kandidaat-notaris",
        "summary": "Corporate notarial lawyer handling incorporations, share transfers and legal mergers for Dutch and international clients.",
        "where": ("Utrecht", "Utrecht"),
        "country": "NL",
        "work": [
            ("Kandidaat-notaris Ondernemingsrecht", "Hofstede Notarissen", "2023-03", "", [
                "Draft and execute deeds of incorporation, amendments to articles and share transfers",
                "Prepare legal mergers and demergers, including filings with the Chamber of Commerce",
                "Advise international clients in English on Dutch corporate formalities",
            ]),
            ("Notarial Associate (juridisch medewerker)", "Hofstede Notarissen", "2021-09", "2023-02", [
                "Prepared corporate deeds and shareholder registers under supervision of the notary",
            ]),
        ],
        "skills": {"Corporate": ["Incorporations (BV/NV)", "Share transfers", "Legal mergers", "Articles of association"]},
        "certs": [
            ("KNB Beroepsopleiding (professional training programme)", "Koninklijke Notariële Beroepsorganisatie (KNB)", "2024-06"),
        ],
        "edu": [("LL.M. Notarieel Recht", "Notarial law", "Radboud Universiteit Nijmegen", "2021"), ("Bachelor Rechtsgeleerdheid", "Law", "Radboud Universiteit Nijmegen", "2020")],
        "langs": [("Dutch", "Native"), ("English", "Fluent")],
        "unq": {
            "label": "Notarial Associate",
            "edu": [("Bachelor Rechtsgeleerdheid", "Law", "Radboud Universiteit Nijmegen", "2020")],
            "certs": [],
        },
        "swaps": [("Kandidaat-notaris Ondernemingsrecht", "Notarial Associate, corporate team"), ("Draft and execute deeds of incorporation", "Draft deeds of incorporation")],
        "decisive": ("Master's degree in Notarial Law", ["Master", "Master's", "LLM", "LL.M."], "degree level"),
    },
    {
        "id": "contracts_manager-fresh11-1",
        "occ": "contracts_manager",
        "title": "Contracts Manager - Groundworks & Civils",
        "company": "Hallam Civils Ltd",
        "location": "Sheffield, South Yorkshire, UK",
        "posting": """
Contracts Manager - Groundworks & Civils | £60,000-£68,000 + car allowance + bonus

Hallam Civils is a growing groundworks and civil engineering contractor working for national housebuilders and main contractors across Yorkshire and the East Midlands.

The role:
- Overall responsibility for 3-5 groundworks packages (£1m-£6m) from pre-start to handover
- Programming, resourcing labour and plant, managing site managers and foremen
- Commercial awareness: valuations, variations and early warnings with our QS team under NEC and JCT subcontracts
- Health & safety leadership and client relationships

Essential:
- CSCS Black Card (Manager)
- SMSTS (in date)
- 5+ years in a groundworks/civils management role
- Full UK driving licence

Desirable: temporary works coordinator, NEBOSH Construction Certificate.
""",
        "name": "Gareth Bramley",
        "label": "Groundworks Contracts Manager",
        "summary": "Groundworks contracts and project manager delivering housing and commercial packages up to £7m for national housebuilders.",
        "where": ("Rotherham", "South Yorkshire"),
        "country": "GB",
        "work": [
            ("Contracts Manager", "Peak Groundworks Ltd", "2022-01", "", [
                "Run four concurrent housing groundworks packages (£2m-£7m) for national housebuilders",
                "Produce programmes, allocate gangs and plant, manage three site managers",
                "Agree monthly valuations and variations with the QS; issue early warnings under NEC4",
            ]),
            ("Project Manager - Civils", "Trentside Civil Engineering", "2018-03", "2021-12", [
                "Managed drainage, roads and sewers packages on residential and commercial sites",
            ]),
        ],
        "skills": {"Management": ["Programming", "Resourcing", "NEC4 and JCT subcontracts", "Valuations", "Health and safety"]},
        "certs": [
            ("CSCS Black Card - Manager (Construction Contracting Operations Management)", "CSCS", "2021-05"),
            ("Site Management Safety Training Scheme (SMSTS)", "CITB", "2025-02"),
            ("Temporary Works Coordinator", "CITB", "2023-09"),
            ("Full UK driving licence", "DVLA", "2004-06"),
        ],
        "edu": [("HNC", "Civil Engineering", "Sheffield College", "2009")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("CSCS Gold Card - Supervisor (Construction Site Supervision)", "CSCS", "2021-05"),
                ("Site Management Safety Training Scheme (SMSTS)", "CITB", "2025-02"),
                ("Temporary Works Coordinator", "CITB", "2023-09"),
                ("Full UK driving licence", "DVLA", "2004-06"),
            ],
        },
        "swaps": [],
        "decisive": ("CSCS Black Card (Manager)", ["Black Card", "CSCS Black"], "credential level"),
    },
    {
        "id": "contracts_manager-fresh11-2",
        "occ": "contracts_manager",
        "title": "Manager - Contracts (EPC Infrastructure Projects)",
        "company": "Sahyadri Infraprojects Ltd",
        "location": "Pune, Maharashtra, India",
        "posting": """
Job Title: Manager - Contracts
Location: Pune (HO) with site visits
Experience: Minimum 8 years in contracts management / contract administration for EPC or infrastructure projects
Qualification: B.E./B.Tech (Civil); PG diploma in construction management / contract law preferred
CTC: Rs 18-24 LPA
Notice period: Immediate to 30 days

Key Responsibilities:
- Review tender documents and contract conditions (FIDIC Red/Yellow Book, MoRTH and NHAI EPC agreements); prepare risk registers
- Draft and negotiate subcontract and work orders; manage variations, extension of time and claims
- Prepare and certify RA bills with the QS team; track price variation clauses
- Correspondence with client/IE/authority engineer; support arbitration and dispute resolution

Good knowledge of Indian Contract Act, 1872 and Arbitration & Conciliation Act is required.
""",
        "name": "Rohit Deshpande",
        "label": "Deputy Manager - Contracts & Claims",
        "summary": "Civil engineer specialising in contract administration, claims and EOT for highway and metro EPC projects.",
        "where": ("Pune", "Maharashtra"),
        "country": "IN",
        "work": [
            ("Deputy Manager - Contracts & Claims", "Kalyani Highways Pvt Ltd", "2021-07", "", [
                "Administer NHAI EPC agreements worth Rs 1,800 crore; prepare EOT and change-of-scope claims",
                "Draft and negotiate subcontractor work orders and back-to-back conditions",
                "Support the arbitration team with claim documentation",
            ]),
            ("Senior Engineer - Contracts", "Metro Rail Builders JV", "2017-04", "2021-06", [
                "Managed FIDIC Yellow Book variations and certified RA bills with the QS team",
            ]),
            ("Quantity Surveyor", "Patil Constructions", "2014-07", "2017-03", [
                "Prepared BOQs, rate analysis and subcontractor bills for road projects",
            ]),
        ],
        "skills": {"Contracts": ["FIDIC", "NHAI EPC agreements", "Claims and EOT", "Variations", "Indian Contract Act", "Arbitration support"]},
        "certs": [],
        "edu": [("PG Diploma", "Construction Management and Contract Law", "NICMAR Pune", "2017"), ("B.E.", "Civil Engineering", "College of Engineering Pune", "2014")],
        "langs": [("English", "Fluent"), ("Marathi", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "work": [
                ("Deputy Manager - Contracts & Claims", "Kalyani Highways Pvt Ltd", "2022-07", "", [
                    "Administer NHAI EPC agreements worth Rs 1,800 crore; prepare EOT and change-of-scope claims",
                    "Draft and negotiate subcontractor work orders and back-to-back conditions",
                    "Support the arbitration team with claim documentation",
                ]),
                ("Senior Engineer - Contracts", "Metro Rail Builders JV", "2020-01", "2022-06", [
                    "Managed FIDIC Yellow Book variations and certified RA bills with the QS team",
                ]),
                ("Site Engineer - Execution", "Patil Constructions", "2014-07", "2019-12", [
                    "Supervised earthwork, GSB and bituminous layers on state highway projects",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("minimum 8 years in contracts management", ["years", "yrs"], "years"),
    },
    {
        "id": "legal_aid_caseworker-fresh11-1",
        "occ": "legal_aid_caseworker",
        "title": "Immigration & Asylum Caseworker (Legal Aid) - IAAS Senior Caseworker",
        "company": "Northside Law Centre",
        "location": "Birmingham, UK",
        "posting": """
Immigration and Asylum Caseworker (Legal Aid)
£32,000 - £36,500 pro rata, full time (35 hrs), permanent

Northside Law Centre holds a Legal Aid Agency contract in immigration and asylum. We are recruiting a caseworker to run their own caseload of asylum claims, fresh claims, human rights applications and detention matters.

Essential:
- Accreditation under the Law Society's Immigration and Asylum Accreditation Scheme as a Senior Caseworker (formerly Level 2) - you must be able to have conduct of legal aid matters from day one
- Experience of Legal Aid Agency controlled legal representation (CLR) and billing
- Excellent drafting of representations and witness statements
- Right to work in the UK

Desirable: a community language (e.g. Arabic, Tigrinya, Kurdish Sorani).
""",
        "name": "Yasmin Haddad",
        "label": "Immigration and Asylum Caseworker",
        "summary": "Legal aid immigration caseworker with conduct of asylum, fresh claim and detention cases under the Standard Civil Contract. British citizen.",
        "where": ("Birmingham", "West Midlands"),
        "country": "GB",
        "work": [
            ("Immigration Caseworker", "Midlands Refugee Legal Service", "2022-02", "", [
                "Run a caseload of 45 legal aid asylum and human rights matters, from screening to appeal",
                "Draft representations, witness statements and fresh claim submissions",
                "Manage CLR applications and legal aid billing on CCMS",
            ]),
            ("Advice Worker", "Citizens Advice Birmingham", "2019-09", "2022-01", [
                "Gave housing, benefits and debt advice; referred immigration clients to specialists",
            ]),
        ],
        "skills": {"Casework": ["Asylum claims", "Fresh claims", "Article 8 applications", "Detention and bail", "Legal aid billing"], "Systems": ["CCMS", "Proclaim"]},
        "certs": [
            ("Immigration and Asylum Accreditation - Senior Caseworker", "The Law Society", "2023-05"),
        ],
        "edu": [("LLB (Hons)", "Law", "University of Birmingham", "2019")],
        "langs": [("English", "Native"), ("Arabic", "Fluent")],
        "unq": {
            "certs": [
                ("Immigration and Asylum Accreditation - Casework Assistant (formerly Level 1)", "The Law Society", "2023-05"),
            ],
            "work": [
                ("Immigration Casework Assistant", "Midlands Refugee Legal Service", "2022-02", "", [
                    "Support a caseload of 45 legal aid asylum and human rights matters, from screening to appeal",
                    "Draft representations, witness statements and fresh claim submissions for supervisor approval",
                    "Manage CLR applications and legal aid billing on CCMS",
                ]),
                ("Advice Worker", "Citizens Advice Birmingham", "2019-09", "2022-01", [
                    "Gave housing, benefits and debt advice; referred immigration clients to specialists",
                ]),
            ],
            "summary": "Legal aid immigration casework assistant on asylum, fresh claim and detention cases under the Standard Civil Contract. British citizen.",
        },
        "swaps": [],
        "decisive": ("IAAS Senior Caseworker (Level 2) accreditation", ["Senior Caseworker", "Level 2"], "credential level"),
    },
    {
        "id": "legal_aid_caseworker-fresh11-2",
        "occ": "legal_aid_caseworker",
        "title": "Legal Aid Caseworker - Intake & Housing Unit",
        "company": "Three Rivers Legal Aid",
        "location": "Pittsburgh, PA",
        "posting": """
Three Rivers Legal Aid is a nonprofit, LSC-funded law firm providing free civil legal help to low-income residents of Allegheny County.

The Caseworker (Intake & Housing Unit) screens applicants for eligibility, opens and manages cases for attorneys, assists tenants facing eviction, gathers documents, and makes referrals to social services.

Qualifications
- Bachelor's degree (social work, criminal justice or related) or equivalent experience
- 1+ yr experience in legal services, social services or case management
- LegalServer proficiency required: you will run eligibility screens, conflict checks, timekeeping and CSR/LSC grant reporting in LegalServer from week one
- Strong written and verbal communication; trauma-informed approach
- Valid PA driver's license and reliable transportation for outreach clinics

Salary $44,000-$49,000, 35-hour week, generous PTO, PSLF-qualifying employer.
""",
        "name": "Keisha Donovan",
        "label": "Legal Services Case Manager",
        "summary": "Case manager in civil legal services: eligibility intake, eviction defense support and grant reporting. Valid PA driver's license and own car for outreach clinics.",
        "where": ("Pittsburgh", "PA"),
        "work": [
            ("Intake Case Manager", "Allegheny Tenant Justice Project", "2023-03", "", [
                "Screen 30+ callers a day for income and case-type eligibility and open matters for attorneys",
                "Run conflict checks, track time and pull CSR and LSC grant reports in LegalServer",
                "Prepare tenants for eviction hearings and collect leases, notices and payment records",
            ]),
            ("Family Support Specialist", "Mon Valley Community Services", "2021-06", "2023-02", [
                "Managed a caseload of 25 families; referrals to housing and benefits programs",
            ]),
        ],
        "skills": {"Case management": ["Eligibility intake", "Eviction defense support", "Referrals", "Trauma-informed practice"], "Systems": ["LegalServer", "Microsoft 365"]},
        "certs": [
            ("Pennsylvania Driver's License, Class C", "PennDOT", "2014-09"),
        ],
        "edu": [("Bachelor of Social Work", "Social Work", "University of Pittsburgh", "2021")],
        "langs": [("English", "Native")],
        "unq": {
            "skills": {"Case management": ["Eligibility intake", "Eviction defense support", "Referrals", "Trauma-informed practice"], "Systems": ["Salesforce Nonprofit Cloud", "Microsoft 365"]},
        },
        "swaps": [("pull CSR and LSC grant reports in LegalServer", "pull grant reports in Salesforce Nonprofit Cloud")],
        "decisive": ("LegalServer proficiency", ["LegalServer", "Legal Server"], "tool"),
    },
]
# fmt: on
