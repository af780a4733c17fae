"""Fresh8 half, law: mediator, judicial law clerk, immigration paralegal.

Written blind (writer a, December 2026).
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "mediator-fresh8-1",
        "occ": "mediator",
        "title": "Staff Mediator - Circuit Civil",
        "company": "Bay Area Resolution Group",
        "location": "Tampa, FL",
        "posting": """
Bay Area Resolution Group is a Tampa ADR firm handling court-ordered and pre-suit mediations across Hillsborough, Pinellas and Pasco.

We're hiring a full-time staff mediator to conduct circuit civil mediations: personal injury, property insurance (post-hurricane), construction and commercial contract disputes, in person and by Zoom.

Requirements
* Florida Supreme Court Certified Circuit Civil Mediator (mandatory - most of our docket is circuit court-ordered)
* Bachelor's degree; JD preferred
* Comfortable managing multi-party sessions and caucus-heavy negotiations
* Strong writing for settlement agreements and impasse reports

Compensation: base + per-session bonus; health, 401(k). Remote-friendly for Zoom sessions.
""",
        "name": "Renee Castellano",
        "label": "Certified Mediator",
        "summary": "Florida mediator handling insurance, contract and personal-injury disputes; calm in multi-party sessions.",
        "where": ("St. Petersburg", "FL"),
        "work": [
            ("Mediator", "Suncoast Dispute Resolution, LLC", "2021-04", "", [
                "Conduct 15-20 mediations a month, including property insurance and auto negligence cases",
                "Draft settlement agreements and file mediation reports with the clerk",
                "Settlement rate of 74% across 2025 sessions",
            ]),
            ("Claims Adjuster", "Citizens Property Insurance Corporation", "2014-06", "2021-03", [
                "Negotiated residential property claims and attended mediations as carrier representative",
            ]),
        ],
        "skills": {"Mediation": ["Caucus facilitation", "Multi-party negotiation", "Settlement drafting", "Zoom mediation"]},
        "certs": [
            ("Florida Supreme Court Certified Circuit Civil Mediator", "Florida Dispute Resolution Center", "2021-02"),
            ("Florida Supreme Court Certified County Court Mediator", "Florida Dispute Resolution Center", "2020-05"),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "University of South Florida", "2014")],
        "unq": {
            "certs": [("Florida Supreme Court Certified County Court Mediator", "Florida Dispute Resolution Center", "2020-05")],
        },
        "swaps": [],
        "decisive": ("Florida Supreme Court Certified Circuit Civil Mediator", ["circuit"], "credential level"),
    },
    {
        "id": "mediator-fresh8-2",
        "occ": "mediator",
        "title": "Senior Workplace Mediator",
        "company": "Acas",
        "location": "London, England",
        "posting": """
Acas - Senior Workplace Mediator (Dispute Resolution Services), London / hybrid

Acas helps employers and employees resolve workplace conflict. As a Senior Mediator you'll mediate complex, multi-party workplace disputes (grievances, team breakdowns, discrimination allegations), co-mediate with and mentor newer mediators, and contribute to our accredited mediation training.

What we're looking for
- Accredited mediator, ideally registered with the Civil Mediation Council (CMC)
- At least 5 years' experience as a practising workplace mediator, with a substantial caseload of employment disputes
- Excellent knowledge of employment relations and the Acas Code of Practice on disciplinary and grievance procedures

Salary £46,000-£51,000. Acas is a Disability Confident employer and offers a Civil Service pension.
""",
        "name": "Deborah Achterberg",
        "label": "Workplace Mediator",
        "summary": "Workplace mediator resolving grievances, team breakdowns and conflict between managers and staff in public and private sectors.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Workplace Mediator (self-employed)", "Achterberg Mediation", "2019-01", "", [
                "Mediate 40+ workplace disputes a year for NHS trusts, councils and retailers",
                "Co-mediate multi-party team conflicts and write follow-up agreements",
                "Deliver conflict coaching for line managers",
            ]),
            ("HR Business Partner", "Transport for London", "2012-09", "2018-12", [
                "Managed grievance and disciplinary investigations across operations teams",
            ]),
        ],
        "skills": {"Mediation": ["Workplace mediation", "Multi-party facilitation", "Conflict coaching", "Employment relations"]},
        "certs": [
            ("Registered Workplace Mediator", "Civil Mediation Council", "2020-03"),
            ("Accredited Workplace Mediator", "CMP Resolutions", "2018-10"),
            ("Chartered Member (MCIPD)", "CIPD", "2015-06"),
        ],
        "edu": [("BA (Hons)", "Psychology", "University of Sussex", "2012")],
        "unq": {
            "work": [
                ("Workplace Mediator (self-employed)", "Achterberg Mediation", "2023-09", "", [
                    "Mediate 40+ workplace disputes a year for NHS trusts, councils and retailers",
                    "Co-mediate multi-party team conflicts and write follow-up agreements",
                    "Deliver conflict coaching for line managers",
                ]),
                ("HR Business Partner", "Transport for London", "2012-09", "2023-08", [
                    "Managed grievance and disciplinary investigations across operations teams",
                ]),
            ],
            "certs": [
                ("Registered Workplace Mediator", "Civil Mediation Council", "2024-03"),
                ("Accredited Workplace Mediator", "CMP Resolutions", "2023-06"),
                ("Chartered Member (MCIPD)", "CIPD", "2015-06"),
            ],
        },
        "swaps": [],
        "decisive": ("At least 5 years' experience as a practising workplace mediator", ["years"], "years"),
    },
    {
        "id": "judicial_law_clerk-fresh8-1",
        "occ": "judicial_law_clerk",
        "title": "Term Law Clerk to U.S. Magistrate Judge",
        "company": "U.S. District Court for the District of Colorado",
        "location": "Denver, CO",
        "posting": """
United States District Court, District of Colorado - Term Law Clerk (one-year term beginning September 2027)

The law clerk will research legal issues, draft recommendations and orders on dispositive and non-dispositive motions, prepare bench memoranda for hearings and settlement conferences, and cite-check opinions.

Qualifications:
- J.D. from an ABA-accredited law school (graduation before the start of the clerkship); top third of class preferred
- Excellent research and writing skills; law review or moot court experience preferred
- Proficiency in Westlaw or Lexis and Bluebook citation

Salary JSP-11 to JSP-13 depending on experience. Employees must be U.S. citizens or meet exception requirements. The Court is an Equal Opportunity Employer; employment is at-will and subject to a background check.
""",
        "name": "Evan Mercado-Liu",
        "label": "Legal Research and Writing",
        "summary": "Legal researcher and writer with trial-court chambers and litigation support experience; strong on Bluebook and motion practice.",
        "where": ("Denver", "CO"),
        "work": [
            ("Legal Research Assistant to the Bench", "Colorado Court of Appeals", "2025-08", "", [
                "Draft bench memoranda summarizing briefs and the record for a three-judge division",
                "Cite-check draft opinions for Bluebook and Colorado appellate style",
            ]),
            ("Litigation Paralegal", "Holland & Hart LLP", "2019-06", "2022-07", [
                "Managed discovery productions and built trial binders for commercial cases",
                "Researched case law in Westlaw for associates",
            ]),
        ],
        "skills": {"Legal": ["Legal research", "Bench memoranda", "Motion practice", "Bluebook"], "Tools": ["Westlaw", "Lexis+", "CM/ECF"]},
        "certs": [],
        "edu": [
            ("Juris Doctor (J.D.)", "Law", "University of Colorado Law School", "2025"),
            ("Bachelor of Arts", "Political Science", "Colorado College", "2019"),
        ],
        "unq": {
            "edu": [
                ("Master of Legal Studies", "Law", "University of Denver Sturm College of Law", "2025"),
                ("Bachelor of Arts", "Political Science", "Colorado College", "2019"),
            ],
        },
        "swaps": [],
        "decisive": ("J.D. from an ABA-accredited law school", ["JD", "J.D.", "Juris Doctor"], "degree level"),
    },
    {
        "id": "judicial_law_clerk-fresh8-2",
        "occ": "judicial_law_clerk",
        "title": "Law Clerk (Foreign and Local Clerkship Programme)",
        "company": "Constitutional Court of South Africa",
        "location": "Johannesburg, Gauteng",
        "posting": """
Constitutional Court of South Africa - Law Clerks, 2027/2028 term

Each Justice appoints law clerks who conduct research, prepare memoranda on applications for leave to appeal and direct access, assist with drafting judgments and attend hearings.

Minimum requirements
- An LLB degree (completed by the start of the term) from a South African university; a postgraduate LLM is an advantage
- Excellent academic record and writing ability in English
- Knowledge of constitutional and human rights law

Applications include a CV, academic transcripts, a writing sample and two references. The Court is committed to employment equity.
""",
        "name": "Thandeka Mokoena",
        "label": "Legal Researcher",
        "summary": "Legal researcher in constitutional and human rights law, with public-interest litigation experience.",
        "where": ("Johannesburg", "Gauteng"),
        "country": "ZA",
        "work": [
            ("Legal Researcher", "Centre for Applied Legal Studies (CALS), Wits", "2023-02", "", [
                "Research socio-economic rights and draft heads of argument for public-interest matters",
                "Write briefing notes on Constitutional Court judgments for civil society partners",
            ]),
            ("Research Assistant", "South African Institute for Advanced Constitutional, Public, Human Rights and International Law (SAIFAC)", "2021-03", "2022-12", [
                "Compiled case law digests on equality and access to information",
            ]),
        ],
        "skills": {"Legal": ["Constitutional law", "Human rights law", "Legal research", "Drafting heads of argument"], "Tools": ["LexisNexis", "Juta Law", "SAFLII"]},
        "certs": [],
        "edu": [
            ("LLB (cum laude)", "Law", "University of the Witwatersrand", "2022"),
            ("BA (cum laude)", "Law and Politics", "University of the Witwatersrand", "2020"),
        ],
        "langs": [("English", "Fluent"), ("isiZulu", "Native"), ("Sesotho", "Fluent")],
        "unq": {
            "edu": [("BA (cum laude)", "Law and Politics", "University of the Witwatersrand", "2020")],
        },
        "swaps": [],
        "decisive": ("An LLB degree from a South African university", ["LLB", "Bachelor of Laws"], "degree level"),
    },
    {
        "id": "immigration_paralegal-fresh8-1",
        "occ": "immigration_paralegal",
        "title": "Business Immigration Paralegal",
        "company": "Berardi Immigration Law",
        "location": "Buffalo, NY",
        "posting": """
Business Immigration Paralegal - Buffalo, NY (hybrid)

Join our corporate immigration team preparing H-1B, L-1, TN, O-1 and PERM filings for employer clients.

You will:
- Prepare petitions, support letters and forms (I-129, I-140, I-765, I-485, ETA-9089)
- Track deadlines and maintain case data in INSZoom
- Monitor processing times and visa bulletin movement; communicate with HR contacts and foreign nationals

Requirements:
- 2+ years of business immigration paralegal experience
- Hands-on experience with INSZoom is required (we do not train on the platform)
- Paralegal certificate or bachelor's degree
- Strong attention to detail and ability to manage 80+ active matters

Competitive salary, bonus, health/dental/vision, 401(k) match. EOE.
""",
        "name": "Jasmine Kowalski",
        "label": "Immigration Paralegal",
        "summary": "Business immigration paralegal managing H-1B, L-1 and PERM caseloads for corporate clients.",
        "where": ("Rochester", "NY"),
        "work": [
            ("Senior Immigration Paralegal", "Harter Secrest & Emery LLP", "2021-01", "", [
                "Manage 90+ active matters including H-1B cap, extensions, L-1 blankets and PERM",
                "Draft support letters and prepare I-129, I-140 and I-485 packages for attorney review",
                "Maintain case records, reminders and reports in INSZoom",
            ]),
            ("Immigration Legal Assistant", "Nixon Peabody LLP", "2018-08", "2020-12", [
                "Assembled TN and O-1 filings and tracked RFE deadlines",
            ]),
        ],
        "skills": {"Immigration": ["H-1B", "L-1", "PERM", "Adjustment of status", "RFE responses"], "Systems": ["INSZoom", "Microsoft Office", "USCIS online filing"]},
        "certs": [("Paralegal Certificate", "Monroe Community College", "2018-05")],
        "edu": [("Bachelor of Arts", "International Studies", "SUNY Geneseo", "2017")],
        "unq": {
            "skills": {"Immigration": ["H-1B", "L-1", "PERM", "Adjustment of status", "RFE responses"], "Systems": ["Docketwise", "Microsoft Office", "USCIS online filing"]},
        },
        "swaps": [("Maintain case records, reminders and reports in INSZoom", "Maintain case records, reminders and reports in Docketwise")],
        "decisive": ("Hands-on experience with INSZoom", ["INSZoom"], "tool"),
    },
    {
        "id": "immigration_paralegal-fresh8-2",
        "occ": "immigration_paralegal",
        "title": "Immigration Law Clerk / Paralegal",
        "company": "Larlee Rosenberg",
        "location": "Vancouver, BC",
        "posting": """
Larlee Rosenberg - Immigration Law Clerk

Our immigration group represents employers and individuals in work permit, LMIA, Express Entry, PNP, spousal sponsorship and judicial review matters.

Key duties
• Prepare and submit applications through the IRCC Portal, Representative Portal and LMIA Online
• Draft submission letters and employer support letters for lawyer review
• Track deadlines, biometrics and medical requests; keep clients informed

Qualifications
• Minimum 3 years of Canadian immigration file preparation experience in a law firm or RCIC practice
• Paralegal diploma or related post-secondary education
• Excellent English writing; Mandarin, Punjabi or Tagalog an asset

Salary $62,000 - $75,000 DOE, extended health, RRSP matching.
""",
        "name": "Arjun Sidhu",
        "label": "Immigration Legal Assistant",
        "summary": "Immigration file preparer handling LMIA, work permit, Express Entry and spousal sponsorship files for lawyers.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("Immigration Legal Assistant", "Bellissimo Law Group", "2021-04", "", [
                "Prepare LMIA, work permit and Express Entry applications through the Representative Portal and LMIA Online",
                "Draft submission letters and collate client documents for lawyer review",
                "Track biometrics, medical and ADR deadlines for a caseload of 70 files",
            ]),
            ("Office Administrator", "Sidhu Trucking Ltd.", "2017-09", "2021-03", [
                "Handled payroll, driver files and customer invoicing",
            ]),
        ],
        "skills": {"Immigration": ["LMIA", "Work permits", "Express Entry", "Spousal sponsorship", "BC PNP"], "Systems": ["IRCC Representative Portal", "LMIA Online", "Clio"]},
        "certs": [],
        "edu": [("Diploma", "Paralegal Studies", "Capilano University", "2021")],
        "langs": [("English", "Fluent"), ("Punjabi", "Native")],
        "unq": {
            "work": [
                ("Immigration Legal Assistant", "Bellissimo Law Group", "2025-03", "", [
                    "Prepare LMIA, work permit and Express Entry applications through the Representative Portal and LMIA Online",
                    "Draft submission letters and collate client documents for lawyer review",
                    "Track biometrics, medical and ADR deadlines for a caseload of 70 files",
                ]),
                ("Office Administrator", "Sidhu Trucking Ltd.", "2017-09", "2025-02", [
                    "Handled payroll, driver files and customer invoicing",
                ]),
            ],
            "edu": [("Diploma", "Paralegal Studies", "Capilano University", "2025")],
        },
        "swaps": [],
        "decisive": ("Minimum 3 years of Canadian immigration file preparation experience", ["years"], "years"),
    },
]
