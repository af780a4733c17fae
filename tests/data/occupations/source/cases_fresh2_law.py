"""Fresh2 cases, law: court reporter, paralegal, attorney (written blind, December 2026)."""

CASES = [
    {
        "id": "court-reporter-fresh2-1",
        "occ": "court_reporter",
        "title": "Realtime Deposition Reporter",
        "company": "Planet Depos",
        "location": "Washington, DC",
        "posting": """
Planet Depos is adding realtime reporters to cover complex litigation depositions in DC, Maryland and Virginia:
patent, pharmaceutical and government-contracts matters with heavy technical vocabulary and daily-copy turnaround.

Requirements
* RMR (Registered Merit Reporter) certification required; CRR strongly preferred
* Realtime connection to counsel through Case CATalyst or Eclipse
* 3+ years of deposition or courtroom reporting
* Your own steno writer and CAT software license
""",
        "name": "Angela Whitfield",
        "label": "Realtime Court Reporter",
        "summary": "Stenographic reporter covering technical depositions with realtime and expedited transcripts.",
        "where": ("Silver Spring", "MD"),
        "work": [
            (
                "Freelance Court Reporter",
                "Self-employed (assignments from Veritext and Magna Legal Services)",
                "2018-03",
                None,
                [
                    "Report 8-12 depositions a month in patent and pharmaceutical litigation with realtime feeds to "
                    "counsel through Case CATalyst",
                    "Produce daily and expedited transcripts with scopist support",
                ],
            ),
            (
                "Court Reporter",
                "Circuit Court for Baltimore City",
                "2014-09",
                "2018-02",
                ["Reported criminal jury trials and motions hearings", "Prepared appellate transcripts on deadline"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Court Reporting", "Anne Arundel Community College", "2014")],
        "skills": {
            "Reporting": ["realtime", "daily copy", "technical vocabulary"],
            "Equipment": ["Case CATalyst", "Luminex steno writer"],
        },
        "certs": [
            ("Registered Professional Reporter (RPR)", "National Court Reporters Association", "2015-05"),
            ("Registered Merit Reporter (RMR)", "National Court Reporters Association", "2019-11"),
            ("Certified Realtime Reporter (CRR)", "National Court Reporters Association", "2020-08"),
        ],
        "unq": {
            "certs": [
                ("Registered Professional Reporter (RPR)", "National Court Reporters Association", "2015-05"),
                ("Certified Realtime Reporter (CRR)", "National Court Reporters Association", "2020-08"),
            ]
        },
        "decisive": ("Registered Merit Reporter (RMR)", ["RMR", "Registered Merit Reporter"], "credential level"),
    },
    {
        "id": "court-reporter-fresh2-2",
        "occ": "court_reporter",
        "title": "Deposition Court Reporter",
        "company": "U.S. Legal Support",
        "location": "Dallas, TX",
        "posting": """
U.S. Legal Support is looking for experienced stenographic reporters to cover depositions, arbitrations and hearings
across the Dallas-Fort Worth area. Steady calendar, competitive page rates, and full production support.

Requirements:
- Current Texas CSR (Certified Shorthand Reporter) issued by the Judicial Branch Certification Commission
- At least 4 years on the record as a working stenographic reporter (depositions, court or arbitrations)
- Realtime capable; RPR preferred
- Eclipse or Case CATalyst
""",
        "name": "Monica Ferrell",
        "label": "Stenographic Court Reporter",
        "summary": "Stenographic reporter in the Dallas-Fort Worth area covering depositions in civil litigation.",
        "where": ("Fort Worth", "TX"),
        "work": [
            (
                "Freelance Stenographic Reporter",
                "Kim Tindall & Associates",
                "2020-06",
                None,
                [
                    "Cover depositions in personal-injury, oil and gas and commercial cases across DFW",
                    "Provide realtime feeds on Eclipse and turn around expedited transcripts",
                ],
            ),
            (
                "Scopist",
                "Self-employed (remote)",
                "2017-01",
                "2020-05",
                [
                    "Edited steno transcripts in Eclipse for four reporters",
                    "Researched spellings and maintained job dictionaries",
                ],
            ),
        ],
        "edu": [("Associate of Applied Science", "Court Reporting", "Tarrant County College", "2016")],
        "skills": {"Reporting": ["realtime", "depositions", "expedited transcripts"], "Software": ["Eclipse"]},
        "certs": [
            (
                "Texas Certified Shorthand Reporter (CSR) No. 11842",
                "Judicial Branch Certification Commission",
                "2020-05",
            )
        ],
        "unq": {
            "work": [
                (
                    "Freelance Stenographic Reporter",
                    "Kim Tindall & Associates",
                    "2023-10",
                    None,
                    [
                        "Cover depositions in personal-injury, oil and gas and commercial cases across DFW",
                        "Provide realtime feeds on Eclipse and turn around expedited transcripts",
                    ],
                ),
                (
                    "Scopist",
                    "Self-employed (remote)",
                    "2017-01",
                    "2023-09",
                    [
                        "Edited steno transcripts in Eclipse for four reporters",
                        "Researched spellings and maintained job dictionaries",
                    ],
                ),
            ],
            "certs": [
                (
                    "Texas Certified Shorthand Reporter (CSR) No. 11842",
                    "Judicial Branch Certification Commission",
                    "2023-09",
                )
            ],
        },
        "decisive": ("4+ years as a working stenographic reporter", ["years", "yrs"], "years"),
    },
    {
        "id": "paralegal-fresh2-1",
        "occ": "paralegal",
        "title": "Corporate Paralegal",
        "company": "Bradley Arant Boult Cummings LLP",
        "location": "Birmingham, AL",
        "posting": """
Our corporate and securities group is seeking a paralegal to support M&A, financing and entity-management work. You
will run closing checklists, prepare signature packets, draft formation documents and keep minute books current in
our entity management system.

Qualifications: NALA Certified Paralegal (CP) or NFPA Registered Paralegal (RP) credential required. At least 3 years
of corporate paralegal experience in a law firm or legal department. Bachelor's degree, or a paralegal certificate
from an ABA-approved program. Experience with CSC Entity Management or Diligent Entities preferred.
""",
        "name": "Hannah Pruitt",
        "label": "Corporate Paralegal",
        "summary": "Corporate paralegal supporting M&A closings, credit facilities and entity management.",
        "where": ("Birmingham", "AL"),
        "work": [
            (
                "Corporate Paralegal",
                "Maynard Nexsen",
                "2021-01",
                None,
                [
                    "Ran closing checklists and signature packets for 30+ M&A and credit-facility closings",
                    "Formed and qualified entities in 20 states; keep minute books current in Diligent Entities",
                ],
            ),
            (
                "Legal Assistant, Corporate Secretary's Office",
                "Regions Financial Corporation",
                "2018-08",
                "2020-12",
                [
                    "Prepared board resolutions and officer certificates",
                    "Tracked annual report filings for 140 subsidiaries",
                ],
            ),
        ],
        "edu": [
            ("Bachelor of Arts", "History", "University of Alabama at Birmingham", "2017"),
            ("Paralegal Certificate", "Paralegal Studies (ABA-approved)", "Samford University", "2018"),
        ],
        "skills": {
            "Corporate": ["closing checklists", "entity formation", "minute books"],
            "Systems": ["Diligent Entities", "iManage"],
        },
        "certs": [("Certified Paralegal (CP)", "NALA - The Paralegal Association", "2021-09")],
        "unq": {"certs": []},
        "decisive": (
            "NALA Certified Paralegal (CP) or NFPA Registered Paralegal (RP)",
            ["Certified Paralegal", "Registered Paralegal", "NALA", "NFPA"],
            "certificate",
        ),
    },
    {
        "id": "paralegal-fresh2-2",
        "occ": "paralegal",
        "title": "Litigation Paralegal",
        "company": "Kirkland & Ellis LLP",
        "location": "Chicago, IL",
        "posting": """
Litigation Paralegal - Chicago
* 5+ yrs as a litigation paralegal (document productions, deposition prep, trial support)
* Relativity; Westlaw or Lexis
* Bachelor's degree required
* Able to work extended hours around trials
""",
        "name": "Evan Kowalski",
        "label": "Senior Litigation Paralegal",
        "summary": "Litigation paralegal for complex commercial matters: productions, depositions and trials.",
        "where": ("Chicago", "IL"),
        "work": [
            (
                "Senior Litigation Paralegal",
                "Jenner & Block",
                "2022-02",
                None,
                [
                    "Manage document productions and privilege logs in Relativity for antitrust and securities matters",
                    "Built trial exhibit lists and witness binders for two federal jury trials",
                ],
            ),
            (
                "Litigation Paralegal",
                "Sidley Austin",
                "2018-09",
                "2022-01",
                ["Prepared deposition outlines and exhibit sets", "Cite-checked briefs in Westlaw"],
            ),
            (
                "Legal Secretary",
                "Sidley Austin",
                "2016-06",
                "2018-08",
                ["Managed attorney calendars and court e-filings", "Formatted pleadings and tables of authorities"],
            ),
        ],
        "edu": [("Bachelor of Arts", "Political Science", "Loyola University Chicago", "2016")],
        "skills": {
            "Litigation": ["document productions", "privilege logs", "trial binders"],
            "Tools": ["Relativity", "Westlaw"],
        },
        "unq": {
            "label": "Litigation Paralegal",
            "work": [
                (
                    "Litigation Paralegal",
                    "Jenner & Block",
                    "2024-06",
                    None,
                    [
                        "Manage document productions and privilege logs in Relativity for antitrust and securities "
                        "matters",
                        "Built trial exhibit lists and witness binders for two federal jury trials",
                    ],
                ),
                (
                    "Litigation Paralegal",
                    "Sidley Austin",
                    "2022-10",
                    "2024-05",
                    ["Prepared deposition outlines and exhibit sets", "Cite-checked briefs in Westlaw"],
                ),
                (
                    "Legal Secretary",
                    "Sidley Austin",
                    "2016-06",
                    "2022-09",
                    ["Managed attorney calendars and court e-filings", "Formatted pleadings and tables of authorities"],
                ),
            ],
        },
        "decisive": ("5+ years as a litigation paralegal", ["years", "yrs"], "years"),
    },
    {
        "id": "attorney-fresh2-1",
        "occ": "attorney",
        "title": "Labor & Employment Litigation Associate",
        "company": "Seyfarth Shaw LLP",
        "location": "Chicago, IL",
        "posting": """
Seyfarth's Chicago office is seeking a mid-level associate for its labor and employment litigation practice, handling
single-plaintiff and class or collective actions under Title VII, the ADA, the FLSA and the Illinois Biometric
Information Privacy Act.

Qualifications:
- J.D. from an ABA-accredited law school
- Admitted to practice in Illinois (active, in good standing) - required
- 3-5 years of employment litigation experience, including taking and defending depositions and drafting dispositive
  motions
- Strong academic record and excellent writing
""",
        "name": "Nathaniel Greer",
        "label": "Associate Attorney, Labor & Employment",
        "summary": "Employment litigator defending employers in discrimination, retaliation and wage-and-hour cases.",
        "where": ("Indianapolis", "IN"),
        "work": [
            (
                "Associate, Labor & Employment",
                "Barnes & Thornburg LLP",
                "2022-09",
                None,
                [
                    "Defend employers in single-plaintiff discrimination and retaliation suits in federal court",
                    "Took and defended 25+ depositions; drafted summary judgment motions that disposed of six cases",
                    "Second chair on an FLSA collective action through decertification",
                ],
            ),
        ],
        "edu": [("Juris Doctor", "Law", "Indiana University Maurer School of Law", "2022")],
        "skills": {"Litigation": ["depositions", "summary judgment", "FLSA collective actions", "Title VII", "ADA"]},
        "certs": [
            ("Admitted to practice, Indiana", "Supreme Court of Indiana", "2022-10"),
            ("Admitted to practice, Illinois", "Supreme Court of Illinois", "2023-05"),
        ],
        "unq": {"certs": [("Admitted to practice, Indiana", "Supreme Court of Indiana", "2022-10")]},
        "decisive": ("admitted to practice in Illinois", ["Illinois"], "jurisdiction"),
    },
    {
        "id": "attorney-fresh2-2",
        "occ": "attorney",
        "title": "Senior Counsel, Commercial Litigation",
        "company": "Duke Energy",
        "location": "Charlotte, NC",
        "posting": """
Duke Energy's Legal Department is looking for a Senior Counsel to manage commercial disputes across our regulated
utilities: contract, construction and supplier claims, from pre-suit strategy through trial. You will direct outside
counsel, manage litigation budgets and advise business units on dispute risk.

Requirements: J.D.; active member in good standing of the North Carolina State Bar; minimum 8 years of commercial
litigation experience, including substantial time at a law firm; first-chair or significant trial experience.
Experience managing outside counsel preferred.
""",
        "name": "Olivia Marchetti",
        "label": "Business Litigation Attorney",
        "summary": "Trial lawyer for contract, construction and business tort disputes in state and federal court.",
        "where": ("Charlotte", "NC"),
        "work": [
            (
                "Of Counsel, Business Litigation",
                "Robinson Bradshaw",
                "2021-03",
                None,
                [
                    "Lead trial counsel in contract and business tort cases in the North Carolina Business Court",
                    "Managed discovery and expert work in a $40M construction dispute through a two-week trial",
                ],
            ),
            (
                "Associate, Commercial Litigation",
                "Moore & Van Allen",
                "2016-09",
                "2021-02",
                [
                    "Drafted motions and briefs in contract, trade-secret and partnership disputes",
                    "Took and defended depositions; second-chaired two bench trials",
                ],
            ),
        ],
        "edu": [("Juris Doctor", "Law", "Wake Forest University School of Law", "2016")],
        "skills": {"Litigation": ["trial", "depositions", "motion practice", "construction disputes"]},
        "certs": [("North Carolina State Bar, active member", "North Carolina State Bar", "2016-08")],
        "unq": {
            "work": [
                (
                    "Senior Associate, Business Litigation",
                    "Robinson Bradshaw",
                    "2020-10",
                    None,
                    [
                        "Lead trial counsel in contract and business tort cases in the North Carolina Business Court",
                        "Managed discovery and expert work in a $40M construction dispute through a two-week trial",
                    ],
                ),
                (
                    "Associate, Real Estate",
                    "Moore & Van Allen",
                    "2016-09",
                    "2020-09",
                    [
                        "Drafted purchase agreements, leases and loan documents for commercial real estate deals",
                        "Ran due diligence and closings for acquisitions and financings",
                    ],
                ),
            ]
        },
        "decisive": ("8+ years of commercial litigation experience", ["years", "yrs"], "years"),
    },
]
