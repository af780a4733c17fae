"""Fresh set, law: attorney, paralegal, interpreter."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "attorney-fresh-1",
        "occ": "attorney",
        "title": "Associate Attorney - Insurance Defense Litigation",
        "company": "Clausen Miller P.C.",
        "location": "Chicago, IL",
        "posting": """
Clausen Miller P.C., a national litigation firm headquartered in Chicago, seeks an associate for its insurance defense and coverage group.

The associate will manage a docket of casualty and construction defect matters from pleading through trial: written discovery, taking and defending depositions, dispositive motions and court appearances in the Circuit Court of Cook County and the collar counties.

Qualifications
- J.D. from an ABA-accredited law school
- Licensed to practice law in Illinois, in good standing with the ARDC
- 2+ years of civil litigation experience, including depositions
- Excellent research and writing skills (Westlaw or Lexis)

Competitive salary and benefits. Clausen Miller is an equal opportunity employer.
""",
        "name": "Rachel Donnelly",
        "label": "Litigation Associate",
        "summary": "Civil litigator defending casualty and premises-liability claims from pleadings through trial; first-chaired two bench trials.",
        "where": ("Oak Park", "IL"),
        "work": [
            ("Associate Attorney", "Litchfield Cavo LLP", "2021-11", "", [
                "Manage a docket of 45 premises-liability and construction matters in the Circuit Court of Cook County and DuPage County",
                "Took or defended 70+ depositions; drafted summary judgment motions and 2-615 motions to dismiss",
                "First-chaired two bench trials and argued motions weekly",
            ]),
            ("Law Clerk", "Cook County State's Attorney's Office", "2020-05", "2021-05", [
                "Researched and drafted motions in limine for felony trial teams",
            ]),
        ],
        "skills": {"Litigation": ["Depositions", "Motion practice", "Written discovery", "Trial preparation"], "Research": ["Westlaw", "Lexis+"]},
        "certs": [("Attorney at Law - admitted to the Illinois bar (ARDC registered, active)", "Supreme Court of Illinois", "2021-11")],
        "edu": [("Juris Doctor", "Law", "Loyola University Chicago School of Law", "2021")],
        "unq": {
            "summary": "Civil litigator defending casualty and premises-liability claims from pleadings through trial in northwest Indiana; first-chaired two bench trials.",
            "where": ("Hammond", "IN"),
            "work": [
                ("Associate Attorney", "Burke Costanza & Carberry LLP", "2021-11", "", [
                    "Manage a docket of 45 premises-liability and construction matters in the Lake and Porter County Superior Courts",
                    "Took or defended 70+ depositions; drafted summary judgment motions and Trial Rule 12(B)(6) motions to dismiss",
                    "First-chaired two bench trials and argued motions weekly",
                ]),
                ("Law Clerk", "Lake County Prosecutor's Office", "2020-05", "2021-05", [
                    "Researched and drafted motions in limine for felony trial teams",
                ]),
            ],
            "certs": [("Attorney at Law - admitted to the Indiana bar (active, good standing)", "Indiana Supreme Court", "2021-11")],
        },
        "decisive": ("licensed to practice law in Illinois", ["Illinois", "ARDC"], "jurisdiction"),
    },
    {
        "id": "attorney-fresh-2",
        "occ": "attorney",
        "title": "Corporate Associate, M&A",
        "company": "Perkins Coie",
        "location": "Seattle, WA",
        "posting": """
Perkins Coie seeks a mid-level corporate associate to join our Seattle M&A practice, representing technology and life sciences companies and private equity sponsors.

Qualifications:
• At least four years of M&A / corporate transactional experience at a law firm
• Experience drafting and negotiating merger agreements, stock and asset purchase agreements, disclosure schedules and ancillary documents
• Running due diligence and managing closing checklists
• Admitted to the Washington State Bar
• Outstanding academic credentials

The salary range for this position is $285,000 - $365,000, commensurate with class year. Perkins Coie is an equal opportunity employer.
""",
        "name": "Daniel Cho",
        "label": "Corporate Associate",
        "summary": "Corporate associate focused on mergers and acquisitions for venture-backed technology companies and private equity buyers.",
        "where": ("Seattle", "WA"),
        "work": [
            ("Associate, Corporate & Securities", "Davis Wright Tremaine LLP", "2022-09", "", [
                "Draft and negotiate stock purchase, asset purchase and merger agreements for deals from $20M to $900M",
                "Run diligence teams and closing checklists; prepare disclosure schedules and ancillary agreements",
            ]),
            ("Associate, Mergers & Acquisitions", "Wilson Sonsini Goodrich & Rosati", "2020-10", "2022-08", [
                "Represented venture-backed targets in sales to strategic buyers; drafted ancillary documents and managed data rooms",
            ]),
        ],
        "skills": {"Transactional": ["Merger agreements", "Stock and asset purchase agreements", "Due diligence", "Disclosure schedules", "Closing checklists"]},
        "certs": [("Member, Washington State Bar Association (active)", "Washington State Bar Association", "2020-11")],
        "edu": [("Juris Doctor", "Law", "University of Washington School of Law", "2020")],
        "unq": {
            "work": [
                ("Associate, Corporate & Securities", "Davis Wright Tremaine LLP", "2023-10", "", [
                    "Draft and negotiate stock purchase, asset purchase and merger agreements for deals from $20M to $900M",
                    "Run diligence teams and closing checklists; prepare disclosure schedules and ancillary agreements",
                ]),
            ],
            "certs": [("Member, Washington State Bar Association (active)", "Washington State Bar Association", "2023-11")],
            "edu": [("Juris Doctor", "Law", "University of Washington School of Law", "2023")],
        },
        "decisive": ("at least four years of M&A / corporate transactional experience", ["years", "yrs"], "years"),
    },
    {
        "id": "paralegal-fresh-1",
        "occ": "paralegal",
        "title": "Litigation Paralegal",
        "company": "Stoel Rives LLP",
        "location": "Portland, OR",
        "posting": """
Litigation Paralegal - Portland office

Stoel Rives is a business law firm with offices across the western United States. Our Portland litigation group needs a paralegal to support commercial and employment cases in state and federal court.

Responsibilities: organize discovery and document productions, prepare exhibit and deposition binders, cite-check briefs, calendar deadlines, and e-file through Oregon eCourt (File & Serve) and CM/ECF.

Requirements:
- Paralegal certificate from an ABA-approved program, or an associate or bachelor's degree in paralegal studies
- 3+ years as a litigation paralegal
- Working knowledge of Oregon and federal civil procedure
- Proficiency in Microsoft Office and a litigation database (Relativity or similar)

Stoel Rives is an equal opportunity employer. Benefits include medical, dental, 401(k) and parking.
""",
        "name": "Megan Albright",
        "label": "Litigation Paralegal",
        "summary": "Litigation paralegal supporting commercial and employment cases in Oregon state and federal courts.",
        "where": ("Beaverton", "OR"),
        "work": [
            ("Litigation Paralegal", "Miller Nash LLP", "2021-08", "", [
                "Manage discovery productions and privilege logs in Relativity for 12 active commercial cases",
                "Prepare deposition and trial exhibit binders; cite-check briefs against the Oregon Rules of Civil Procedure and the FRCP",
                "E-file in Oregon eCourt File & Serve and CM/ECF; docket deadlines in CompuLaw",
            ]),
            ("Legal Assistant", "Schwabe, Williamson & Wyatt", "2019-09", "2021-07", [
                "Calendared hearings and prepared filings for the employment group",
            ]),
        ],
        "skills": {"Litigation": ["Discovery management", "Exhibit preparation", "Cite-checking", "E-filing"], "Software": ["Relativity", "CompuLaw", "Microsoft Office", "Westlaw"]},
        "certs": [("Paralegal Certificate", "Portland Community College Paralegal Program (ABA-approved)", "2019-06")],
        "edu": [
            ("Certificate", "Paralegal Studies", "Portland Community College", "2019"),
            ("Bachelor of Arts", "English", "Portland State University", "2017"),
        ],
        "unq": {
            "certs": [],
            "edu": [("Bachelor of Arts", "English", "Portland State University", "2017")],
        },
        "decisive": ("paralegal certificate from an ABA-approved program (or degree in paralegal studies)", ["ABA", "paralegal certificate", "paralegal studies"], "certificate"),
    },
    {
        "id": "paralegal-fresh-2",
        "occ": "paralegal",
        "title": "Senior Corporate Paralegal",
        "company": "Baker Botts L.L.P.",
        "location": "Houston, TX",
        "posting": """
Senior Corporate Paralegal

Requirements
- 7+ years of experience as a corporate or securities paralegal (law firm or in-house)
- SEC filings: Forms 8-K, 10-Q, 10-K, Section 16 (Forms 3, 4, 5) via EDGAR
- Entity management for large subsidiary structures; formations, qualifications, annual reports
- Experience with an entity management system (Diligent Entities, CSC or similar)
- Bachelor's degree or paralegal certificate

Baker Botts offers competitive compensation and benefits. Equal Opportunity Employer.
""",
        "name": "Lauren Pham",
        "label": "Senior Corporate Paralegal",
        "summary": "Corporate and securities paralegal handling SEC reporting, Section 16 filings and entity management for public companies.",
        "where": ("Houston", "TX"),
        "work": [
            ("Senior Corporate Paralegal", "Sysco Corporation", "2022-01", "", [
                "Maintain 300+ subsidiaries in Diligent Entities: formations, foreign qualifications, annual reports and officer slates",
                "File Forms 3, 4 and 5 for directors and officers via EDGAR; support 10-Q, 10-K and 8-K preparation",
            ]),
            ("Corporate Paralegal", "Vinson & Elkins LLP", "2017-06", "2021-12", [
                "Prepared closing sets and officer certificates for energy M&A and capital markets transactions",
                "Drafted Section 16 filings and board consents; coordinated filings with CSC",
            ]),
        ],
        "skills": {"Corporate": ["SEC reporting", "Section 16 filings", "Entity management", "Board consents", "Closing sets"], "Systems": ["EDGAR", "Diligent Entities", "CSC"]},
        "certs": [("Certificate in Paralegal Studies", "University of Houston-Clear Lake", "2017-05")],
        "edu": [("Bachelor of Arts", "Political Science", "University of Houston", "2016")],
        "unq": {
            "work": [
                ("Senior Corporate Paralegal", "Sysco Corporation", "2022-01", "", [
                    "Maintain 300+ subsidiaries in Diligent Entities: formations, foreign qualifications, annual reports and officer slates",
                    "File Forms 3, 4 and 5 for directors and officers via EDGAR; support 10-Q, 10-K and 8-K preparation",
                ]),
                ("Corporate Paralegal", "Vinson & Elkins LLP", "2020-09", "2021-12", [
                    "Prepared closing sets and officer certificates for energy M&A and capital markets transactions",
                    "Drafted Section 16 filings and board consents; coordinated filings with CSC",
                ]),
                ("Legal Secretary, Corporate Section", "Vinson & Elkins LLP", "2017-06", "2020-08", [
                    "Managed calendars, formatted documents and processed time entries for three corporate partners",
                ]),
            ],
        },
        "decisive": ("7+ years as a corporate or securities paralegal", ["years", "yrs"], "years"),
    },
    {
        "id": "interpreter-fresh-1",
        "occ": "interpreter",
        "title": "Medical Interpreter - Spanish (Certified)",
        "company": "UCHealth",
        "location": "Aurora, CO",
        "posting": """
UCHealth University of Colorado Hospital - Interpreter Services

We are hiring a full-time Spanish medical interpreter for inpatient, ED and clinic encounters (in person, video and phone).

Requirements:
- National certification: CHI-Spanish from CCHI or CMI-Spanish from NBCMI
- Completion of a medical interpreter training program (40 hours minimum)
- Full professional fluency in English and Spanish
- 1 year of healthcare interpreting experience
- BLS certification within 90 days of hire

Pay: $26.50 - $33.00 per hour plus shift differential. UCHealth is an equal opportunity employer.
""",
        "name": "Lucía Márquez",
        "label": "Certified Healthcare Interpreter (Spanish)",
        "summary": "Spanish-English healthcare interpreter for emergency, oncology and clinic encounters in person and by video.",
        "where": ("Denver", "CO"),
        "work": [
            ("Spanish Interpreter", "Denver Health", "2021-03", "", [
                "Interpret consecutively and by sight translation for ED, labor and delivery and oncology encounters; 25-30 encounters a shift",
                "Interpret on video remote platforms and escalate cultural or safety concerns to the care team",
            ]),
            ("Bilingual Patient Access Representative", "Intermountain Health", "2019-01", "2021-02", [
                "Registered Spanish-speaking patients and explained consent and financial forms",
            ]),
        ],
        "skills": {"Interpreting": ["Consecutive interpreting", "Sight translation", "Video remote interpreting", "Medical terminology"]},
        "certs": [
            ("Certified Healthcare Interpreter - Spanish (CHI™-Spanish)", "Certification Commission for Healthcare Interpreters (CCHI)", "2023-05"),
            ("Bridging the Gap medical interpreter training (40 hours)", "Cross Cultural Health Care Program", "2020-10"),
        ],
        "edu": [("Bachelor of Arts", "Spanish", "Metropolitan State University of Denver", "2018")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "label": "Healthcare Interpreter (Spanish)",
            "certs": [
                ("CoreCHI™ (Core Certification Healthcare Interpreter)", "Certification Commission for Healthcare Interpreters (CCHI)", "2023-05"),
                ("Bridging the Gap medical interpreter training (40 hours)", "Cross Cultural Health Care Program", "2020-10"),
            ],
        },
        "decisive": ("CHI-Spanish (CCHI) or CMI-Spanish (NBCMI) certification", ["CHI", "CMI", "Certified Healthcare Interpreter", "Certified Medical Interpreter"], "credential level"),
    },
    {
        "id": "interpreter-fresh-2",
        "occ": "interpreter",
        "title": "Staff Court Interpreter (Spanish)",
        "company": "Harris County District Courts",
        "location": "Houston, TX",
        "posting": """
Staff Court Interpreter - Spanish
Harris County District Courts, Office of Court Management

Interprets for defendants, witnesses and litigants in felony, civil and family district courts: simultaneous interpretation in the courtroom, consecutive for testimony, and sight translation of pleas and orders.

MINIMUM QUALIFICATIONS
- Licensed Court Interpreter (Spanish) with a Master designation, issued by the Texas Judicial Branch Certification Commission (JBCC)
- 2 years of court interpreting experience
- High school diploma or GED; bachelor's degree preferred
- Must pass a criminal background check

Salary $68,000 - $79,000. Harris County is an Equal Opportunity Employer.
""",
        "name": "Héctor Villanueva",
        "label": "Court Interpreter, Spanish",
        "summary": "Spanish court interpreter in felony, civil and family courts: simultaneous, consecutive and sight translation.",
        "where": ("Houston", "TX"),
        "work": [
            ("Court Interpreter, Spanish", "Fort Bend County Courts at Law", "2020-08", "", [
                "Interpret simultaneously for arraignments, pleas and jury trials; consecutively for witness testimony",
                "Sight-translate plea papers, protective orders and probation conditions",
            ]),
            ("Freelance Legal Interpreter", "Self-employed", "2018-05", "2020-07", [
                "Interpreted depositions, attorney-client interviews and mediations for Houston law firms",
            ]),
        ],
        "skills": {"Interpreting": ["Simultaneous interpreting", "Consecutive interpreting", "Sight translation", "Legal terminology"]},
        "certs": [("Licensed Court Interpreter - Spanish, Master designation", "Texas Judicial Branch Certification Commission (JBCC)", "2020-06")],
        "edu": [("Bachelor of Arts", "Translation and Interpreting", "University of Houston-Downtown", "2018")],
        "langs": [("English", "Full professional"), ("Spanish", "Native")],
        "unq": {
            "summary": "Spanish court interpreter in felony, civil and family courts: simultaneous, consecutive and sight translation; relocating to Houston.",
            "where": ("Riverside", "CA"),
            "work": [
                ("Court Interpreter, Spanish", "Superior Court of California, County of Riverside", "2020-08", "", [
                    "Interpret simultaneously for arraignments, pleas and jury trials; consecutively for witness testimony",
                    "Sight-translate plea forms, restraining orders and probation conditions",
                ]),
                ("Freelance Legal Interpreter", "Self-employed", "2018-05", "2020-07", [
                    "Interpreted depositions, attorney-client interviews and mediations for Inland Empire law firms",
                ]),
            ],
            "certs": [("Certified Court Interpreter - Spanish", "Judicial Council of California", "2020-06")],
            "edu": [("Bachelor of Arts", "Spanish, Translation and Interpretation concentration", "California State University, Fullerton", "2018")],
        },
        "decisive": ("Texas Licensed Court Interpreter (Master designation, JBCC)", ["Texas", "JBCC", "Judicial Branch Certification Commission", "Licensed Court Interpreter"], "jurisdiction"),
    },
]
