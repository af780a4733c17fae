"""Fresh9 half, public sector: policy analyst, archivist, trading standards officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "policy_analyst-fresh9-1",
        "occ": "policy_analyst",
        "title": "Policy Officer (APS 6) - International Policy Division",
        "company": "Department of Defence",
        "location": "Canberra, ACT, Australia",
        "posting": """
The International Policy Division develops advice on Australia's defence relationships in the Indo-Pacific. As a Policy Officer you will draft ministerial submissions, briefs and talking points, coordinate inputs across the department and with other agencies, and support senior officers at bilateral meetings.

Our ideal candidate
- Writes clear, concise briefing for senior executives and ministers under tight timeframes
- Builds effective working relationships across agencies
- Has experience in international relations, security or foreign policy work

Eligibility
- Australian citizenship is required.
- Applicants must hold a current Negative Vetting Level 1 (NV1) security clearance at the time of application. This is a cleared-candidates-only process and the department will not sponsor a new clearance for this role.
- A tertiary qualification in international relations, political science, law or a related field is desirable.

Defence values diversity and encourages applications from Aboriginal and Torres Strait Islander peoples, people with disability and people from culturally and linguistically diverse backgrounds.
""",
        "name": "Hannah Lim",
        "label": "Senior Policy Adviser",
        "summary": "Australian citizen and public servant with six years drafting ministerial briefing on Indo-Pacific security and trade relationships.",
        "where": ("Canberra", "ACT"),
        "country": "AU",
        "work": [
            ("Policy Officer (APS 6)", "Department of Home Affairs - International Division", "2023-02", "", [
                "Draft ministerial submissions, QTBs and talking points on regional security cooperation",
                "Coordinate whole-of-government input with DFAT and the Attorney-General's Department",
                "Supported the deputy secretary at two bilateral dialogues",
            ]),
            ("Policy Officer (APS 5)", "Department of Foreign Affairs and Trade", "2020-07", "2023-01", [
                "Prepared briefs and cables on Southeast Asian trade and security issues",
            ]),
        ],
        "skills": {"Policy": ["Ministerial briefing", "Stakeholder coordination", "International relations"]},
        "certs": [
            ("Negative Vetting Level 1 (NV1) security clearance - current", "AGSVA", "2023-01"),
        ],
        "edu": [("Master of International Relations", "International Relations", "Australian National University", "2020")],
        "unq": {
            "certs": [
                ("Baseline security clearance - current", "AGSVA", "2020-06"),
            ],
        },
        "decisive": ("current NV1 security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "policy_analyst-fresh9-2",
        "occ": "policy_analyst",
        "title": "Policy Analyst (EC-04)",
        "company": "Employment and Social Development Canada",
        "location": "Gatineau, QC, Canada",
        "posting": """
Policy Analyst (EC-04) - Income Security and Social Development Branch
Indeterminate and term positions. Bilingual imperative (CBC/CBC).

Essential qualifications
Education: Graduation with a degree from a recognized post-secondary institution with acceptable specialization in economics, sociology or statistics.
Experience:
- Experience researching and analyzing social policy issues.
- Experience preparing briefing notes, decks or other written products for senior management.
- Experience working with data to support policy advice.

Language requirements: Bilingual - Imperative, English and French, CBC/CBC.

Conditions of employment: Reliability status security clearance.

The Public Service of Canada is committed to building a skilled and diverse workforce that reflects the Canadians we serve. We promote employment equity and encourage you to indicate if you belong to one of the designated groups when you apply.
""",
        "name": "Priya Desai",
        "label": "Policy Analyst",
        "summary": "Bilingual social policy analyst with five years of research, data analysis and briefing for senior management in the federal public service.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Policy Analyst (EC-03)", "Canada Mortgage and Housing Corporation", "2022-04", "", [
                "Analyze housing affordability and income support data to support policy options",
                "Draft briefing notes and decks for directors general and the ADM",
                "Present findings to federal-provincial working groups in English and French",
            ]),
            ("Junior Policy Analyst (EC-02)", "Statistics Canada", "2020-06", "2022-03", [
                "Prepared analytical tables and summaries on income and poverty indicators",
            ]),
        ],
        "skills": {"Policy": ["Policy analysis", "Briefing notes", "Data analysis", "Stata", "Excel"]},
        "certs": [
            ("Second Language Evaluation (French): Reading C, Writing B, Oral C", "Public Service Commission of Canada", "2024-03"),
            ("Reliability Status", "Government of Canada", "2020-05"),
        ],
        "edu": [
            ("Master of Arts", "Public Policy and Administration", "Carleton University", "2020"),
            ("Bachelor of Social Sciences", "Economics", "University of Ottawa", "2018"),
        ],
        "langs": [("English", "Native"), ("French", "Professional working proficiency")],
        "unq": {
            "summary": "Social policy analyst with five years of research, data analysis and briefing for senior management in the federal public service.",
            "work": [
                ("Policy Analyst (EC-03)", "Canada Mortgage and Housing Corporation", "2022-04", "", [
                    "Analyze housing affordability and income support data to support policy options",
                    "Draft briefing notes and decks for directors general and the ADM",
                    "Present findings to federal-provincial working groups",
                ]),
                ("Junior Policy Analyst (EC-02)", "Statistics Canada", "2020-06", "2022-03", [
                    "Prepared analytical tables and summaries on income and poverty indicators",
                ]),
            ],
            "certs": [
                ("Reliability Status", "Government of Canada", "2020-05"),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("French second-language proficiency at CBC (bilingual imperative)", ["French", "bilingual", "CBC"], "language"),
    },
    {
        "id": "archivist-fresh9-1",
        "occ": "archivist",
        "title": "Archivist - Records Review (SC cleared)",
        "company": "Home Office - Departmental Records Office",
        "location": "Croydon, UK",
        "posting": """
Job summary
The Departmental Records Office manages the selection and transfer of the department's records of historical value to The National Archives. As an Archivist you will appraise files, carry out sensitivity review against FOI exemptions and prepare records for transfer and release.

Essential criteria
- A postgraduate qualification in archives and records management accredited by the Archives and Records Association (ARA)
- At least two years' experience appraising and selecting records under the Public Records Act 1958, including sensitivity review
- Sound knowledge of the Freedom of Information Act 2000 exemptions
- Good written communication skills

Security
Successful candidates must already hold current Security Check (SC) clearance. We are unable to sponsor new SC applications for this campaign.

Nationality: open to UK nationals, nationals of Commonwealth countries with the right to work in the UK, and certain EU/EEA nationals, in line with Civil Service nationality rules.

Benefits include a Civil Service pension with an employer contribution of 28.97%, flexible working and 25 days' annual leave rising to 30.
""",
        "name": "Emma Kowalczyk",
        "label": "Records Review Archivist",
        "summary": "Qualified archivist (RMARA) and British citizen with six years of appraisal, selection and sensitivity review of government records.",
        "where": ("London", "Greater London"),
        "country": "GB",
        "work": [
            ("Records Reviewer", "Department for Education - Knowledge and Information Management", "2022-05", "", [
                "Appraise and select 20-year-rule files for transfer to The National Archives under the Public Records Act 1958",
                "Sensitivity review against FOIA section 23, 24, 27 and 40 exemptions",
                "Prepare retention applications and closure requests",
            ]),
            ("Assistant Archivist", "Surrey History Centre", "2020-01", "2022-04", [
                "Appraised and catalogued deposited local authority and court records",
                "Answered public enquiries and FOI requests relating to closed records",
            ]),
        ],
        "skills": {"Archives": ["Appraisal and selection", "Sensitivity review", "Cataloguing (ISAD(G))", "FOIA exemptions"]},
        "certs": [
            ("Security Check (SC) clearance - current", "United Kingdom Security Vetting", "2022-06"),
            ("Registered Member of the Archives and Records Association (RMARA)", "Archives and Records Association", "2023-11"),
        ],
        "edu": [("MA", "Archives and Records Management (ARA-accredited)", "University College London", "2019")],
        "unq": {
            "certs": [
                ("Baseline Personnel Security Standard (BPSS) - verified", "Department for Education", "2022-05"),
                ("Registered Member of the Archives and Records Association (RMARA)", "Archives and Records Association", "2023-11"),
            ],
        },
        "decisive": ("current Security Check (SC) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "archivist-fresh9-2",
        "occ": "archivist",
        "title": "Digital Archivist",
        "company": "Hawke's Bay Regional Archive",
        "location": "Napier, New Zealand",
        "posting": """
Hawke's Bay Regional Archive holds the records of the region's councils, harbour board and community organisations. We are part-way through moving our born-digital and digitised collections into Preservica, and we need a Digital Archivist to lead ingest, metadata and access workflows.

What you'll bring
- A postgraduate qualification in information, records or archives management (for example the MIS from Te Herenga Waka - Victoria University of Wellington)
- 3+ years in an archive or records management role
- Hands-on Preservica experience (ingest workflows, metadata mapping, access settings) - essential, as you will be our in-house lead from day one
- Working knowledge of the Public Records Act 2005 and Archives New Zealand standards
- Understanding of tikanga Maori as it applies to taonga and records is desirable

This is a permanent, full-time role with flexible hours and a professional development budget.
""",
        "name": "Lucy Fraser",
        "label": "Archivist, Digital Collections",
        "summary": "Archivist with six years in local government and university archives, specialising in born-digital ingest and preservation workflows.",
        "where": ("Palmerston North", "Manawatu-Whanganui"),
        "country": "NZ",
        "work": [
            ("Digital Collections Archivist", "Massey University Archives", "2023-03", "", [
                "Lead ingest of born-digital and digitised collections into Preservica, including SIP creation and metadata mapping",
                "Configure access and redaction settings for restricted records",
                "Advise faculties on disposal authorities under the Public Records Act 2005",
            ]),
            ("Archivist", "Palmerston North City Council Archives", "2020-06", "2023-02", [
                "Appraised, arranged and described council records; answered public enquiries",
            ]),
        ],
        "skills": {"Archives": ["Digital preservation", "Metadata (Dublin Core, ISAD(G))", "Disposal authorities"], "Systems": ["Preservica", "Recollect"]},
        "certs": [
            ("Preservica Practitioner training", "Preservica", "2023-06"),
        ],
        "edu": [("Master of Information Studies (MIS)", "Archives and Records Management", "Te Herenga Waka - Victoria University of Wellington", "2020")],
        "unq": {
            "work": [
                ("Digital Collections Archivist", "Massey University Archives", "2023-03", "", [
                    "Lead ingest of born-digital and digitised collections into Archivematica, with AtoM for description and access",
                    "Configure access and redaction settings for restricted records",
                    "Advise faculties on disposal authorities under the Public Records Act 2005",
                ]),
                ("Archivist", "Palmerston North City Council Archives", "2020-06", "2023-02", [
                    "Appraised, arranged and described council records; answered public enquiries",
                ]),
            ],
            "skills": {"Archives": ["Digital preservation", "Metadata (Dublin Core, ISAD(G))", "Disposal authorities"], "Systems": ["Archivematica", "AtoM", "Recollect"]},
            "certs": [
                ("Archivematica workshop", "Artefactual Systems", "2023-06"),
            ],
        },
        "decisive": ("hands-on Preservica experience", ["Preservica"], "tool"),
    },
    {
        "id": "trading_standards_officer-fresh9-1",
        "occ": "trading_standards_officer",
        "title": "Trading Standards Officer (Qualified) - Fair Trading & Product Safety",
        "company": "Wyre & Fylde Joint Trading Standards Service",
        "location": "Preston, Lancashire, UK",
        "posting": """
We are looking for a qualified Trading Standards Officer to join our Fair Trading & Product Safety team. You will investigate unfair trading, rogue traders and unsafe goods, carry out inspections and market surveillance, and take cases through to formal action.

PERSON SPECIFICATION

Qualifications (essential)
- A full trading standards qualification: CTSI Trading Standards Practitioner Diploma, DCATS, DTS or an earlier recognised equivalent
- Full UK driving licence

Experience (essential)
- Investigating offences under consumer protection legislation (CPRs 2008 / DMCC Act 2024) and interviewing under caution in line with PACE
- Product safety inspections and market surveillance
- Preparing case files and witness statements for prosecution

Skills
- Clear report writing; confident dealing with traders and the public

Salary: Grade 9. Hybrid working with field days. Lease car or essential car user allowance.
""",
        "name": "Rachel Ogunleye",
        "label": "Trading Standards Officer",
        "summary": "Trading standards officer with six years in fair trading and product safety enforcement, from rogue trader investigations to online marketplace surveillance.",
        "where": ("Blackburn", "Lancashire"),
        "country": "GB",
        "work": [
            ("Trading Standards Officer", "Blackburn with Darwen Borough Council", "2022-06", "", [
                "Investigate rogue trading and misleading pricing; PACE interviews under caution",
                "Product safety inspections at ports and online marketplace test purchases",
                "Prepared files for 9 successful prosecutions and two Enterprise Act undertakings",
            ]),
            ("Trading Standards Enforcement Officer", "Lancashire County Council", "2020-09", "2022-05", [
                "Age-restricted sales test purchasing and business advice visits",
            ]),
        ],
        "skills": {"Enforcement": ["PACE interviews", "Case file preparation", "Product safety", "Market surveillance"], "Other": ["Full UK driving licence"]},
        "certs": [
            ("Diploma in Consumer Affairs and Trading Standards (DCATS)", "Chartered Trading Standards Institute", "2022-03"),
            ("Full UK driving licence", "DVLA", "2014-10"),
        ],
        "edu": [("BA (Hons)", "Criminology", "University of Central Lancashire", "2019")],
        "unq": {
            "label": "Trading Standards Enforcement Officer",
            "summary": "Trading standards enforcement officer with six years in fair trading and product safety work, from rogue trader investigations to online marketplace surveillance; working towards full qualification.",
            "work": [
                ("Trading Standards Enforcement Officer", "Blackburn with Darwen Borough Council", "2022-06", "", [
                    "Assist in rogue trading and misleading pricing investigations; PACE interviews under caution alongside qualified officers",
                    "Product safety inspections at ports and online marketplace test purchases",
                    "Prepared evidence bundles for 9 successful prosecutions",
                ]),
                ("Trading Standards Enforcement Officer", "Lancashire County Council", "2020-09", "2022-05", [
                    "Age-restricted sales test purchasing and business advice visits",
                ]),
            ],
            "certs": [
                ("Foundation Certificate in Consumer Affairs and Trading Standards (FCATS)", "Chartered Trading Standards Institute", "2021-06"),
                ("Module certificate - Fair Trading (Criminal)", "Chartered Trading Standards Institute", "2024-07"),
                ("Full UK driving licence", "DVLA", "2014-10"),
            ],
        },
        "decisive": ("full trading standards qualification (Practitioner Diploma, DCATS or DTS)", ["DCATS", "DTS", "Practitioner Diploma", "trading standards qualification"], "credential level"),
    },
    {
        "id": "trading_standards_officer-fresh9-2",
        "occ": "trading_standards_officer",
        "title": "Senior Trading Standards Officer - Fair Trading",
        "company": "Vale & Valleys Shared Regulatory Service",
        "location": "Cardiff, Wales, UK",
        "posting": """
senior TSO - fair trading team (doorstep crime, scams, complex fraud)

what you'll do: lead complex criminal investigations, manage a small team of TSOs and enforcement officers, work w/ police, NTS and financial investigators.

must have:
- full TS qualification (DTS / DCATS / TS Practitioner Diploma)
- min 4 yrs post-qualification experience as a TSO, incl. leading complex criminal investigations
- working knowledge of PACE, CPIA and RIPA
- full driving licence

nice to have: accredited financial investigator (POCA), experience of supervising staff.
""",
        "name": "Owain Price",
        "label": "Lead Officer, Doorstep Crime",
        "summary": "Qualified trading standards officer since 2019; leads doorstep crime and scams investigations from intelligence to Crown Court.",
        "where": ("Newport", "Gwent"),
        "country": "GB",
        "work": [
            ("Lead Officer, Doorstep Crime", "Newport City Council Trading Standards", "2023-06", "", [
                "Lead multi-victim doorstep crime and rogue builder investigations with Gwent Police",
                "Supervise two TSOs and an enforcement officer; manage CPIA disclosure",
                "Authorised officer for directed surveillance under RIPA",
            ]),
            ("Trading Standards Officer", "Newport City Council Trading Standards", "2019-09", "2023-05", [
                "Investigated scams and fair trading offences; PACE interviews and case files",
            ]),
            ("Trainee Trading Standards Officer", "Torfaen County Borough Council", "2016-09", "2019-08", [
                "Completed the CTSI qualification while working across fair trading, metrology and food standards",
            ]),
        ],
        "skills": {"Enforcement": ["PACE", "CPIA disclosure", "RIPA", "Complex investigations", "Team supervision"], "Other": ["Full UK driving licence"]},
        "certs": [
            ("Diploma in Consumer Affairs and Trading Standards (DCATS)", "Chartered Trading Standards Institute", "2019-08"),
            ("Full UK driving licence", "DVLA", "2011-04"),
        ],
        "edu": [("LLB (Hons)", "Law", "Cardiff University", "2016")],
        "unq": {
            "summary": "Qualified trading standards officer since late 2023; investigates doorstep crime and scams from intelligence to Crown Court.",
            "label": "Trading Standards Officer",
            "work": [
                ("Trading Standards Officer", "Newport City Council Trading Standards", "2023-11", "", [
                    "Lead multi-victim doorstep crime and rogue builder investigations with Gwent Police",
                    "Manage CPIA disclosure on my own cases",
                    "Authorised officer for directed surveillance under RIPA",
                ]),
                ("Trainee Trading Standards Officer", "Torfaen County Borough Council", "2019-09", "2023-10", [
                    "Completed the CTSI qualification while working across fair trading, metrology and food standards",
                ]),
            ],
            "certs": [
                ("Diploma in Consumer Affairs and Trading Standards (DCATS)", "Chartered Trading Standards Institute", "2023-10"),
                ("Full UK driving licence", "DVLA", "2011-04"),
            ],
            "edu": [("LLB (Hons)", "Law", "Cardiff University", "2019")],
        },
        "decisive": ("at least 4 years' post-qualification TSO experience", ["years", "yrs", "year"], "years"),
    },
]
