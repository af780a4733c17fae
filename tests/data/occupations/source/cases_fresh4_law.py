"""Fresh4 half (writer b), law: title examiner, legal secretary."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "title_examiner-fresh4-1",
        "occ": "title_examiner",
        "title": "Commercial Title Examiner",
        "company": "Fidelity National Title",
        "location": "Houston, TX",
        "posting": """
Fidelity National Title's National Commercial Services office in Houston needs a Commercial Title Examiner.

The examiner reviews title searches and chains of title for commercial, industrial and multi-site transactions, prepares commitments (Schedule A, B and C requirements), clears exceptions with underwriting counsel and works with escrow officers to closing.

Requirements:
* 5+ years examining title in Texas, commercial transactions strongly preferred
* Thorough knowledge of T-1 and T-7 forms, TDI Basic Manual rules and procedural rules
* Able to read surveys, plats and legal descriptions
* High school diploma or equivalent

FNF is an Equal Opportunity Employer. We offer health, dental, vision, 401(k) and an employee stock purchase plan.
""",
        "name": "Sandra Villarreal",
        "label": "Title Examiner",
        "summary": "Texas title examiner who writes commitments for commercial and residential deals and clears Schedule C requirements with underwriters.",
        "where": ("Katy", "TX"),
        "work": [
            ("Senior Title Examiner", "Stewart Title Guaranty Company", "2020-01", "", [
                "Examine search packages and chains of title for office, retail and industrial acquisitions; issue T-7 commitments and T-1 owner policies",
                "Clear Schedule C requirements (liens, probate gaps, entity authority) with underwriting counsel",
                "Review ALTA/NSPS surveys and legal descriptions against the vesting deed",
            ]),
            ("Title Abstractor", "Charter Title Company", "2017-03", "2019-12", [
                "Ran courthouse and plant searches in Harris and Fort Bend counties and built run sheets for examiners",
            ]),
        ],
        "skills": {"Title": ["Commitments and Schedule B/C", "Chain of title", "Survey review", "TDI Basic Manual"], "Systems": ["TitleExpress", "iTitle"]},
        "edu": [("High School Diploma", "", "Cypress Falls High School", "2014")],
        "unq": {
            "summary": "Texas title examiner who writes commitments for commercial and residential deals after several years running title searches.",
            "work": [
                ("Title Examiner", "Stewart Title Guaranty Company", "2022-11", "", [
                    "Examine search packages and chains of title for office, retail and industrial acquisitions; issue T-7 commitments and T-1 owner policies",
                    "Clear Schedule C requirements (liens, probate gaps, entity authority) with underwriting counsel",
                    "Review ALTA/NSPS surveys and legal descriptions against the vesting deed",
                ]),
                ("Title Abstractor", "Charter Title Company", "2017-03", "2022-10", [
                    "Ran courthouse and plant searches in Harris and Fort Bend counties and built run sheets for examiners",
                ]),
            ],
        },
        "decisive": ("5+ years examining title", ["years", "yrs"], "years"),
    },
    {
        "id": "title_examiner-fresh4-2",
        "occ": "title_examiner",
        "title": "Title Examiner II",
        "company": "Old Republic Title",
        "location": "Pittsburgh, PA",
        "posting": """
Title Examiner II - Residential & Refinance

Old Republic Title is adding an examiner to its Pittsburgh production center. You'll examine 40-year searches, identify liens, judgments and defects, and produce title commitments for Pennsylvania residential purchase and refinance orders.

Qualifications
- 3+ years of title examination experience, Pennsylvania preferred
- Working knowledge of the ALTA commitment form and PA recording practices
- Experience with SoftPro Select is required; TitlePro247 and DataTrace are a plus
- Pennsylvania title insurance producer license a plus
""",
        "name": "Michael Kostka",
        "label": "Title Examiner",
        "summary": "Residential title examiner: forty-year searches, liens and judgments, and commitments for western Pennsylvania purchase and refinance orders.",
        "where": ("Bethel Park", "PA"),
        "work": [
            ("Title Examiner", "Allegheny Land Transfer", "2021-06", "", [
                "Examine 25-30 residential searches a day for mortgages, judgments, municipal liens and breaks in the chain",
                "Type ALTA commitments and requirements in SoftPro Select and hand them to closers",
            ]),
            ("Abstractor", "Penn Abstract Services", "2019-04", "2021-05", [
                "Searched Allegheny and Washington county records and pulled documents through TitlePro247",
            ]),
        ],
        "skills": {"Title": ["Lien and judgment review", "ALTA commitments", "Chain of title"], "Systems": ["SoftPro Select", "TitlePro247", "DataTrace"]},
        "edu": [("Associate of Science", "Paralegal Studies", "Community College of Allegheny County", "2019")],
        "unq": {
            "work": [
                ("Title Examiner", "Allegheny Land Transfer", "2021-06", "", [
                    "Examine 25-30 residential searches a day for mortgages, judgments, municipal liens and breaks in the chain",
                    "Type ALTA commitments and requirements in RamQuest and hand them to closers",
                ]),
                ("Abstractor", "Penn Abstract Services", "2019-04", "2021-05", [
                    "Searched Allegheny and Washington county records and pulled documents through TitlePro247",
                ]),
            ],
            "skills": {"Title": ["Lien and judgment review", "ALTA commitments", "Chain of title"], "Systems": ["RamQuest", "ResWare", "TitlePro247", "DataTrace"]},
        },
        "decisive": ("SoftPro Select", ["SoftPro"], "tool"),
    },
    {
        "id": "legal_secretary-fresh4-1",
        "occ": "legal_secretary",
        "title": "Senior Legal Secretary - Litigation",
        "company": "Holland & Knight",
        "location": "Atlanta, GA",
        "posting": """
Holland & Knight's Atlanta office seeks a Senior Legal Secretary to support two litigation partners and an associate.

The role: e-filing in state and federal courts (CM/ECF, PeachCourt, Odyssey eFileGA), calendaring and docketing deadlines, preparing pleadings, tables of authorities and exhibits, managing correspondence and billing entries.

Qualifications:
- 5+ years of litigation secretarial experience in a law firm
- NALS certification at the PLS/CLP level (Professional Legal Secretary or Certified Legal Professional) required
- Typing 70 wpm; expert in Microsoft Word and iManage
- Knowledge of Georgia and federal court rules

Holland & Knight is an equal opportunity employer and offers a comprehensive benefits package.
""",
        "name": "Denise Harlow",
        "label": "Litigation Legal Assistant",
        "summary": "Litigation assistant to trial partners for nine years: court e-filing, docketing, pleadings and exhibits.",
        "where": ("Decatur", "GA"),
        "work": [
            ("Litigation Legal Assistant", "Alston & Bird", "2019-02", "", [
                "Support two trial partners: e-file in N.D. Ga. CM/ECF and Fulton County via PeachCourt, calendar and docket deadlines",
                "Prepare pleadings, tables of authorities and trial exhibit binders",
                "Enter time and prepare pre-bills",
            ]),
            ("Legal Secretary", "Swift, Currie, McGhee & Hiers", "2017-06", "2019-01", [
                "Typed discovery responses and correspondence for insurance defense attorneys",
            ]),
        ],
        "skills": {"Legal support": ["E-filing (CM/ECF, PeachCourt, eFileGA)", "Docketing", "Tables of authorities", "Trial binders"], "Software": ["Microsoft Word (expert)", "iManage", "Aderant", "Typing 80 wpm"]},
        "certs": [
            ("Certified Legal Professional (CLP)", "NALS, the association for legal professionals", "2021-05"),
        ],
        "edu": [("Associate of Applied Science", "Legal Office Administration", "Gwinnett Technical College", "2017")],
        "unq": {
            "certs": [
                ("Accredited Legal Professional (ALP)", "NALS, the association for legal professionals", "2021-05"),
            ],
        },
        "decisive": ("NALS PLS/CLP certification", ["PLS", "CLP", "Professional Legal Secretary", "Certified Legal Professional"], "credential level"),
    },
    {
        "id": "legal_secretary-fresh4-2",
        "occ": "legal_secretary",
        "title": "Legal Secretary - Private Client",
        "company": "Irwin Mitchell",
        "location": "Sheffield, England",
        "posting": """
We are looking for an experienced Legal Secretary to join our Private Client team in Sheffield, supporting two partners and a senior associate on wills, trusts, Lasting Powers of Attorney and estate administration.

Key skills and experience
- A minimum of 3 years' experience as a legal secretary (private client experience is desirable)
- Accurate audio typing at 60 wpm or above
- Good knowledge of Microsoft Word and Outlook; case management systems
- ILSPA Legal Secretaries Diploma desirable but not essential

Benefits: 25 days' holiday, hybrid working, contributory pension and life assurance.
""",
        "name": "Rebecca Thornton",
        "label": "Legal Secretary",
        "summary": "Private client legal secretary: wills, trusts, LPAs and estate administration; fast, accurate audio typist.",
        "where": ("Rotherham", "England"),
        "country": "GB",
        "work": [
            ("Legal Secretary, Wills & Probate", "Wake Smith Solicitors", "2022-03", "", [
                "Support two solicitors: audio-type wills, trust deeds and estate accounts; prepare LPA registration packs for the OPG",
                "Open matters, run conflict checks and manage diaries in Proclaim",
            ]),
            ("Medical Secretary", "Sheffield Teaching Hospitals NHS Foundation Trust", "2018-09", "2022-02", [
                "Audio-typed clinic letters and managed consultant diaries",
            ]),
        ],
        "skills": {"Secretarial": ["Audio typing 70 wpm", "Diary management", "File opening and conflict checks"], "Software": ["Microsoft Word", "Outlook", "Proclaim"]},
        "certs": [
            ("Legal Secretaries Diploma", "Institute of Legal Secretaries and PAs (ILSPA)", "2022-01"),
        ],
        "edu": [("BTEC Level 3 Extended Diploma", "Business", "Rotherham College", "2018")],
        "unq": {
            "work": [
                ("Legal Secretary, Wills & Probate", "Wake Smith Solicitors", "2024-11", "", [
                    "Support two solicitors: audio-type wills, trust deeds and estate accounts; prepare LPA registration packs for the OPG",
                    "Open matters, run conflict checks and manage diaries in Proclaim",
                ]),
                ("Medical Secretary", "Sheffield Teaching Hospitals NHS Foundation Trust", "2018-09", "2024-10", [
                    "Audio-typed clinic letters and managed consultant diaries",
                ]),
            ],
        },
        "decisive": ("minimum of 3 years' experience as a legal secretary", ["years", "yrs"], "years"),
    },
]
