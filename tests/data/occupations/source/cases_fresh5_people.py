"""Fresh5 half, people: substance_abuse_counselor, rehabilitation_counselor, marriage_family_therapist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "substance_abuse_counselor-fresh5-1",
        "occ": "substance_abuse_counselor",
        "title": "Addiction Counselor - Intensive Outpatient",
        "company": "CODA Inc.",
        "location": "Portland, OR",
        "posting": """
CODA has provided substance use disorder treatment in the Portland metro area for over 50 years. We are hiring an Addiction Counselor for our adult Intensive Outpatient (IOP) program.

You will carry a caseload of 20-25 clients, complete ASAM-based assessments and service plans, facilitate evidence-based groups (MRT, Seeking Safety, relapse prevention), provide individual counseling and coordinate care with MAT prescribers, probation and housing partners.

Required:
- Certified Alcohol and Drug Counselor (CADC) II or CADC III through MHACBO
- Knowledge of ASAM Criteria and DSM-5-TR substance use disorder diagnoses
- Experience facilitating groups in an outpatient or residential SUD setting
- Ability to pass a criminal history check through the Oregon Background Check Unit

Preferred: QMHP or QMHA credential; lived experience in recovery is valued; Spanish or Russian a plus.

We offer medical/dental/vision, 403(b), student loan forgiveness eligibility (HRSA/NHSC site) and paid CEUs. CODA is an equal opportunity employer.
""",
        "name": "Wendell Ashby",
        "label": "Substance Use Disorder Counselor, CADC II",
        "summary": "SUD counselor with six years in outpatient and residential treatment; ASAM assessments, treatment planning, MRT and relapse prevention groups, and care coordination with MAT providers.",
        "where": ("Gresham", "OR"),
        "work": [
            ("SUD Counselor II", "Central City Concern", "2022-07", "", [
                "Carry an outpatient caseload of 24 adults; complete ASAM multidimensional assessments and person-centered service plans",
                "Facilitate Moral Reconation Therapy and relapse prevention groups three times a week",
                "Coordinate with buprenorphine prescribers, parole officers and housing case managers",
            ]),
            ("Residential Counselor", "De Paul Treatment Centers", "2020-03", "2022-06", [
                "Led psychoeducation and Seeking Safety groups in a 40-bed adult residential program",
                "Completed intake screenings and discharge plans",
            ]),
        ],
        "skills": {"Clinical": ["ASAM Criteria", "DSM-5-TR SUD diagnosis", "Motivational interviewing", "MRT", "Seeking Safety", "Relapse prevention"], "Systems": ["Epic", "Credible EHR"]},
        "certs": [
            ("Certified Alcohol and Drug Counselor II (CADC II)", "Mental Health & Addiction Certification Board of Oregon (MHACBO)", "2023-05"),
            ("Qualified Mental Health Associate (QMHA)", "MHACBO", "2021-02"),
        ],
        "edu": [("B.S.", "Psychology", "Portland State University", "2019")],
        "unq": {
            "label": "Substance Use Disorder Counselor",
            "certs": [
                ("Certified Alcohol and Drug Counselor I (CADC I)", "Mental Health & Addiction Certification Board of Oregon (MHACBO)", "2021-08"),
                ("Qualified Mental Health Associate (QMHA)", "MHACBO", "2021-02"),
            ],
        },
        "decisive": ("CADC II or CADC III (MHACBO)", ["CADC II", "CADC III"], "credential level"),
    },
    {
        "id": "substance_abuse_counselor-fresh5-2",
        "occ": "substance_abuse_counselor",
        "title": "Licensed Chemical Dependency Counselor (LCDC)",
        "company": "Texoma Medical Center - Behavioral Health",
        "location": "Denison, TX",
        "posting": """
Licensed Chemical Dependency Counselor - full time, days

Provides individual, group and family counseling to adults in our chemical dependency intensive outpatient and partial hospitalization programs. Completes biopsychosocial assessments, develops treatment plans and discharge plans, and documents in the EMR per Joint Commission and HHSC standards.

Qualifications
* Current LCDC license in the State of Texas (Licensed Chemical Dependency Counselor, issued by HHSC) - required
* High school diploma required; bachelor's degree in a behavioral health field preferred
* One year of experience in chemical dependency treatment preferred
* BLS within 30 days of hire
* CPI / de-escalation training provided

Physical demands: prolonged sitting; ability to respond to behavioral emergencies. Pre-employment drug screen and background check. EOE.
""",
        "name": "Latrice Honeycutt",
        "label": "Chemical Dependency Counselor",
        "summary": "Addiction counselor with seven years in intensive outpatient and residential treatment in Oklahoma and North Texas; assessments, treatment planning, family sessions and group facilitation.",
        "where": ("Sherman", "TX"),
        "work": [
            ("Chemical Dependency Counselor", "Carrus Behavioral Hospital", "2024-04", "", [
                "Facilitate process and psychoeducation groups for adults in a partial hospitalization program",
                "Complete biopsychosocial assessments and individualized treatment plans within 72 hours of admission",
                "Run weekly family education sessions and discharge planning",
            ]),
            ("Alcohol and Drug Counselor", "12&12 Inc.", "2019-06", "2024-03", [
                "Provided individual and group counseling in a residential and IOP setting in Tulsa",
                "Documented progress notes and ASAM level-of-care reviews",
            ]),
        ],
        "skills": {"Clinical": ["Biopsychosocial assessment", "Treatment planning", "Group facilitation", "Family counseling", "ASAM level of care"], "Systems": ["Meditech", "Kipu"]},
        "certs": [
            ("Licensed Chemical Dependency Counselor (LCDC)", "Texas Health and Human Services Commission", "2024-02"),
            ("Licensed Alcohol and Drug Counselor (LADC)", "Oklahoma Board of Licensed Alcohol and Drug Counselors", "2021-05"),
            ("BLS Provider", "American Heart Association", "2025-06"),
        ],
        "edu": [("B.S.", "Human Services", "Northeastern State University", "2019")],
        "unq": {
            "certs": [
                ("Licensed Alcohol and Drug Counselor (LADC)", "Oklahoma Board of Licensed Alcohol and Drug Counselors", "2021-05"),
                ("BLS Provider", "American Heart Association", "2025-06"),
            ],
        },
        "decisive": ("Texas LCDC license", ["LCDC", "Licensed Chemical Dependency Counselor"], "jurisdiction"),
    },
    {
        "id": "rehabilitation_counselor-fresh5-1",
        "occ": "rehabilitation_counselor",
        "title": "Vocational Rehabilitation Counselor",
        "company": "Enlyte (Genex Services)",
        "location": "Remote - Atlanta, GA metro",
        "posting": """
Vocational Rehabilitation Counselor (field-based, Atlanta metro)

Genex vocational case managers help injured workers return to suitable employment. In this role you will complete vocational evaluations and transferable skills analyses, conduct labor market surveys, write individualized rehabilitation plans, provide job placement assistance and testify at hearings when needed.

Requirements
- Master's degree in rehabilitation counseling or a closely related field
- CRC (Certified Rehabilitation Counselor) certification is required
- 2 years of vocational rehabilitation experience in workers' compensation, LTD or the public VR system
- Georgia State Board of Workers' Compensation Certified Rehabilitation Supplier status (or ability to obtain within 90 days)
- Valid driver's license, reliable vehicle and auto insurance

Preferred: CCM, ABVE, bilingual Spanish.

We offer a full benefits package, mileage reimbursement and a flexible home-based schedule. Enlyte is an equal opportunity employer.
""",
        "name": "Priyanka Dasgupta",
        "label": "Rehabilitation Counselor",
        "summary": "Rehabilitation counselor with five years helping injured workers and people with disabilities return to work: vocational evaluations, transferable skills analysis, labor market research and placement.",
        "where": ("Decatur", "GA"),
        "work": [
            ("Vocational Case Manager", "Sedgwick", "2022-02", "", [
                "Complete vocational assessments and transferable skills analyses (OASYS) for workers' compensation claimants",
                "Write individualized return-to-work plans and conduct labor market surveys with employer contacts",
                "Registered as a Georgia Certified Rehabilitation Supplier; prepare reports for the State Board of Workers' Compensation",
            ]),
            ("Vocational Rehabilitation Counselor", "Georgia Vocational Rehabilitation Agency", "2020-01", "2022-01", [
                "Managed a caseload of 90 consumers from eligibility to successful employment outcome",
                "Developed Individualized Plans for Employment and purchased training and job placement services",
            ]),
        ],
        "skills": {"Rehabilitation": ["Vocational evaluation", "Transferable skills analysis", "Labor market survey", "Job placement", "Case management"], "Tools": ["OASYS", "SkillTRAN", "O*NET"]},
        "certs": [
            ("Certified Rehabilitation Counselor (CRC)", "Commission on Rehabilitation Counselor Certification", "2020-06"),
            ("Certified Rehabilitation Supplier", "Georgia State Board of Workers' Compensation", "2022-05"),
            ("Georgia Driver's License, Class C", "Georgia Department of Driver Services", ""),
        ],
        "edu": [("M.S.", "Clinical Rehabilitation Counseling", "Georgia State University", "2019")],
        "unq": {
            "certs": [
                ("Certified Rehabilitation Supplier", "Georgia State Board of Workers' Compensation", "2022-05"),
                ("Georgia Driver's License, Class C", "Georgia Department of Driver Services", ""),
            ],
        },
        "decisive": ("Certified Rehabilitation Counselor (CRC)", ["CRC", "Certified Rehabilitation Counselor"], "certificate"),
    },
    {
        "id": "rehabilitation_counselor-fresh5-2",
        "occ": "rehabilitation_counselor",
        "title": "Rehabilitation Counselor for the Deaf (RCD)",
        "company": "Minnesota Department of Employment and Economic Development (DEED)",
        "location": "St. Paul, MN",
        "posting": """
Working Title: Rehabilitation Counselor for the Deaf (RCD)
Classification: Vocational Rehabilitation Counselor / Specialist
Unit: Vocational Rehabilitation Services

Job Summary
This position provides vocational rehabilitation counseling and guidance to Deaf, DeafBlind, deafened and hard of hearing individuals to help them prepare for, obtain and keep competitive integrated employment. The RCD determines eligibility, develops Individualized Plans for Employment, authorizes services and works with employers, schools and community partners.

Minimum Qualifications
- Master's degree in Rehabilitation Counseling, or a master's in a related field (counseling, psychology, social work, special education) with graduate coursework meeting CRC eligibility
- Fluency in American Sign Language (ASL) at a level that allows direct communication without an interpreter (will be assessed through the SLPI)
- Knowledge of Deaf culture and the communication needs of people with hearing loss

Preferred Qualifications
- Current CRC
- Experience with transition-age youth and Pre-Employment Transition Services

Additional Requirements: background check; valid driver's license or ability to travel within the region. The State of Minnesota is an equal opportunity, affirmative action and veteran-friendly employer.
""",
        "name": "Mackenzie Thorsgaard",
        "label": "Vocational Rehabilitation Counselor",
        "summary": "Vocational rehabilitation counselor with six years serving Deaf and hard of hearing adults and transition-age students; fluent ASL user who counsels directly without interpreters.",
        "where": ("Roseville", "MN"),
        "work": [
            ("Vocational Rehabilitation Counselor", "Wisconsin Division of Vocational Rehabilitation", "2021-09", "", [
                "Serve a caseload of 80 Deaf, hard of hearing and DeafBlind consumers from intake through employment",
                "Counsel consumers directly in American Sign Language; arrange CART and interpreters for employer meetings",
                "Deliver Pre-Employment Transition Services in three school districts",
            ]),
            ("Employment Specialist", "Lifetrack", "2019-08", "2021-08", [
                "Provided job development and job coaching for adults with disabilities, including Deaf job seekers",
                "Built relationships with 40 employers across the east metro",
            ]),
        ],
        "skills": {"Rehabilitation": ["Eligibility determination", "IPE development", "Pre-ETS", "Job development", "Deaf culture"], "Communication": ["American Sign Language (ASL)", "ProTactile basics"]},
        "certs": [
            ("Certified Rehabilitation Counselor (CRC)", "Commission on Rehabilitation Counselor Certification", "2021-10"),
            ("Sign Language Proficiency Interview (SLPI): Advanced Plus", "Gallaudet University", "2022-03"),
        ],
        "edu": [("M.S.", "Rehabilitation Counseling", "University of Wisconsin-Stout", "2019")],
        "langs": [("English", "Native"), ("American Sign Language (ASL)", "Fluent")],
        "unq": {
            "summary": "Vocational rehabilitation counselor with six years serving adults with disabilities and transition-age students; arranges interpreters and accommodations for Deaf and hard of hearing consumers.",
            "work": [
                ("Vocational Rehabilitation Counselor", "Wisconsin Division of Vocational Rehabilitation", "2021-09", "", [
                    "Serve a caseload of 80 consumers with physical, psychiatric and hearing disabilities from intake through employment",
                    "Arrange qualified interpreters and CART for Deaf and hard of hearing consumers' meetings",
                    "Deliver Pre-Employment Transition Services in three school districts",
                ]),
                ("Employment Specialist", "Lifetrack", "2019-08", "2021-08", [
                    "Provided job development and job coaching for adults with disabilities",
                    "Built relationships with 40 employers across the east metro",
                ]),
            ],
            "skills": {"Rehabilitation": ["Eligibility determination", "IPE development", "Pre-ETS", "Job development", "Deaf culture"], "Communication": ["Motivational interviewing"]},
            "certs": [("Certified Rehabilitation Counselor (CRC)", "Commission on Rehabilitation Counselor Certification", "2021-10")],
            "langs": [("English", "Native"), ("Spanish", "Intermediate")],
        },
        "decisive": ("Fluency in American Sign Language (ASL)", ["ASL", "American Sign Language", "sign language"], "language"),
    },
    {
        "id": "marriage_family_therapist-fresh5-1",
        "occ": "marriage_family_therapist",
        "title": "Licensed Marriage and Family Therapist - Outpatient",
        "company": "Kaiser Permanente",
        "location": "Roseville, CA",
        "posting": """
Licensed Marriage and Family Therapist (LMFT) - Outpatient Mental Health & Wellness

Provide assessment, individual, couples, family and group psychotherapy to adult and adolescent members in a busy outpatient department. Conduct intake evaluations and risk assessments, develop treatment plans using measurement-based care, coordinate with psychiatry and primary care, and document in KP HealthConnect.

Basic Qualifications:
- Master's degree in Marriage and Family Therapy, Counseling or a related field
- Current, unrestricted California LMFT license (BBS). Registered associates (AMFT) are not eligible for this posting.
- Two (2) years of post-master's clinical experience

Preferred Qualifications:
- Experience with CBT, DBT skills groups or EMDR
- Bilingual (Spanish, Punjabi, Russian)

Kaiser Permanente is an equal opportunity employer committed to fair, respectful and inclusive workplaces.
""",
        "name": "Annelise Ferreira",
        "label": "Licensed Marriage and Family Therapist",
        "summary": "Marriage and family therapist with five years of post-master's outpatient experience with adults, adolescents, couples and families; CBT, EFT and DBT skills groups.",
        "where": ("Sacramento", "CA"),
        "work": [
            ("Family Therapist", "Sutter Health - Sutter Center for Psychiatry", "2023-09", "", [
                "Provide individual, couples and family psychotherapy in an intensive outpatient program for adolescents",
                "Complete intake assessments, suicide risk screenings (C-SSRS) and treatment plans",
                "Co-lead DBT skills groups and multifamily groups",
            ]),
            ("Clinician", "WellSpace Health", "2021-06", "2023-08", [
                "Delivered short-term CBT and emotionally focused couples therapy in an integrated primary care clinic",
                "Accrued supervised hours toward licensure under a licensed clinical supervisor",
            ]),
        ],
        "skills": {"Clinical": ["CBT", "Emotionally Focused Therapy (EFT)", "DBT skills", "Family systems", "Risk assessment", "Measurement-based care"], "Systems": ["Epic"]},
        "certs": [
            ("Licensed Marriage and Family Therapist (LMFT), California", "Board of Behavioral Sciences", "2023-07"),
            ("California Law and Ethics Exam - passed", "Board of Behavioral Sciences", "2021-11"),
        ],
        "edu": [("M.A.", "Marriage and Family Therapy", "University of San Francisco", "2021")],
        "langs": [("English", "Native"), ("Portuguese", "Professional working")],
        "unq": {
            "label": "Associate Marriage and Family Therapist",
            "certs": [
                ("Associate Marriage and Family Therapist (AMFT), California", "Board of Behavioral Sciences", "2021-07"),
                ("California Law and Ethics Exam - passed", "Board of Behavioral Sciences", "2021-11"),
            ],
        },
        "decisive": ("California LMFT license (not AMFT)", ["LMFT", "Licensed Marriage and Family Therapist"], "licence level"),
    },
    {
        "id": "marriage_family_therapist-fresh5-2",
        "occ": "marriage_family_therapist",
        "title": "Couples & Family Therapist (LMFT)",
        "company": "Thriveworks",
        "location": "Plano, TX",
        "posting": """
Thriveworks Plano is growing! We're hiring a Couples & Family Therapist for our outpatient counseling practice (hybrid in-office/telehealth).

What we need:
- Texas LMFT (Licensed Marriage and Family Therapist), full license
- At least 3 yrs of post-master's experience providing couples and/or family therapy
- Comfortable with high-conflict couples, infidelity recovery, blended families and parenting issues
- Gottman Level 1/2, EFT training a plus

What you get: W-2 role, guaranteed base + productivity, we handle billing, credentialing and scheduling, paid CE, malpractice coverage.

Schedule: minimum two evenings or one Saturday per week. Thriveworks is an EOE.
""",
        "name": "Jonah Whitcombe",
        "label": "Licensed Marriage and Family Therapist",
        "summary": "Texas LMFT working with couples, blended families and parents; Gottman-trained, emotionally focused couples therapy and family systems work in outpatient and agency settings.",
        "where": ("Frisco", "TX"),
        "work": [
            ("Relationship Therapist", "Dallas Relationship Counseling Center", "2023-06", "", [
                "Carry a caseload of 25 couples and families: conflict, affair recovery, premarital and blended family issues",
                "Use Gottman Method assessment and EFT interventions; telehealth and in-office sessions",
            ]),
            ("Family Therapist", "Child and Family Guidance Centers", "2021-08", "2023-05", [
                "Provided in-home and office-based family therapy to families referred by schools and CPS",
                "Ran parenting groups and co-facilitated a multi-family group",
            ]),
        ],
        "skills": {"Clinical": ["Couples therapy", "Gottman Method", "Emotionally Focused Therapy", "Family systems", "Parenting support", "Telehealth"]},
        "certs": [
            ("Licensed Marriage and Family Therapist (LMFT), Texas", "Texas Behavioral Health Executive Council", "2023-10"),
            ("Gottman Method Couples Therapy, Level 2", "The Gottman Institute", "2024-04"),
        ],
        "edu": [("M.S.", "Marriage and Family Therapy", "Texas Wesleyan University", "2021")],
        "unq": {
            "summary": "Texas LMFT working with couples, blended families and parents after several years in family case management; Gottman-trained, emotionally focused couples therapy.",
            "work": [
                ("Relationship Therapist", "Dallas Relationship Counseling Center", "2024-10", "", [
                    "Carry a caseload of 25 couples and families: conflict, affair recovery, premarital and blended family issues",
                    "Use Gottman Method assessment and EFT interventions; telehealth and in-office sessions",
                ]),
                ("Family Care Coordinator", "Child and Family Guidance Centers", "2021-08", "2024-09", [
                    "Coordinated services for families referred by schools and CPS: intake paperwork, resource referrals, appointment tracking",
                    "Supported parenting groups as co-facilitator and kept attendance records",
                ]),
            ],
            "certs": [
                ("Licensed Marriage and Family Therapist (LMFT), Texas", "Texas Behavioral Health Executive Council", "2026-08"),
                ("Gottman Method Couples Therapy, Level 2", "The Gottman Institute", "2025-04"),
            ],
        },
        "decisive": ("3+ years of post-master's couples/family therapy", ["years", "yrs"], "years"),
    },
]
# fmt: on
