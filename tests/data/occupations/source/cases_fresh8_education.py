"""Fresh8 half, education: early intervention specialist, adult education instructor, music teacher.

Written blind (writer a, December 2026).
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "early_intervention_specialist-fresh8-1",
        "occ": "early_intervention_specialist",
        "title": "Early Intervention Special Instructor (Birth to Three)",
        "company": "The Arc of Philadelphia",
        "location": "Philadelphia, PA",
        "posting": """
The Arc of Philadelphia - Early Intervention Special Instructor

Provide home- and community-based developmental instruction to infants and toddlers (birth-3) with developmental delays, coaching families to embed strategies in everyday routines. Caseload approx. 18-22 families across Philadelphia County.

Qualifications (per PA Chapter 4226 regs):
- Bachelor's degree in early childhood education, special education, child development or a related field (required)
- Pennsylvania child abuse clearance, PA State Police criminal record check and FBI fingerprint clearance
- Valid driver's license and reliable vehicle
- Experience with infants/toddlers with disabilities preferred; Spanish a plus

We offer mileage reimbursement, 4 weeks PTO, paid training (routines-based interviewing) and productivity bonuses. EOE.
""",
        "name": "Kiara Santiago-Brooks",
        "label": "Developmental Specialist, Birth to Three",
        "summary": "Home-visiting developmental specialist coaching families of toddlers with speech, motor and social-emotional delays.",
        "where": ("Philadelphia", "PA"),
        "work": [
            ("Developmental Specialist", "Children's Developmental Center of Greater Philadelphia", "2022-01", "", [
                "Deliver weekly home visits to 20 families using a coaching model",
                "Write IFSP outcomes with families and service coordinators",
                "Track progress with the Ages & Stages Questionnaires and report at quarterly reviews",
            ]),
            ("Lead Toddler Teacher", "Bright Horizons at Penn Medicine", "2019-08", "2021-12", [
                "Led a classroom of 10 toddlers including two children with IFSPs",
            ]),
        ],
        "skills": {"Practice": ["Family coaching", "IFSP development", "Routines-based intervention", "ASQ-3 screening"], "Languages": ["Spanish (conversational)"]},
        "certs": [
            ("PA Child Abuse History Clearance", "Pennsylvania Department of Human Services", "2025-01"),
            ("PA State Police Criminal Record Check", "Pennsylvania State Police", "2025-01"),
            ("FBI Fingerprint Clearance", "Pennsylvania Department of Human Services", "2025-01"),
            ("Pennsylvania Driver's License", "PennDOT", "2014-03"),
        ],
        "edu": [("Bachelor of Science", "Early Childhood Education", "Temple University", "2019")],
        "langs": [("English", "Native"), ("Spanish", "Conversational")],
        "unq": {
            "edu": [("Associate of Applied Science", "Early Childhood Education", "Community College of Philadelphia", "2019")],
        },
        "swaps": [],
        "decisive": ("Bachelor's degree in early childhood education, special education or a related field", ["bachelor", "bachelor's", "BS", "B.S."], "degree level"),
    },
    {
        "id": "early_intervention_specialist-fresh8-2",
        "occ": "early_intervention_specialist",
        "title": "Early Childhood Intervention Key Worker",
        "company": "Noah's Ark Inc.",
        "location": "Geelong, VIC",
        "posting": """
Key Worker - Early Childhood Intervention | Noah's Ark | Geelong | 0.8 - 1.0 FTE

Noah's Ark is a not-for-profit provider of early childhood intervention services for young children with disability or developmental delay and their families.

As a Key Worker you'll work alongside families in homes, kinders and community settings, using a family-centred, strengths-based approach and the NDIS early childhood approach.

What you bring
• A tertiary qualification in early childhood teaching, special education, or an allied health discipline (speech pathology, OT, physiotherapy)
• Minimum 3 years' experience working with children aged 0-6 with disability or developmental delay
• Current Working with Children Check, NDIS Worker Screening Check and full driver licence
• Understanding of NDIS planning and reporting

We offer salary packaging, professional supervision and flexible hours. Aboriginal and Torres Strait Islander people are encouraged to apply.
""",
        "name": "Jessica Harcourt",
        "label": "Early Childhood Intervention Practitioner",
        "summary": "Early childhood teacher working with families of young children with autism and global developmental delay.",
        "where": ("Geelong", "VIC"),
        "country": "AU",
        "work": [
            ("Early Childhood Intervention Practitioner", "Gateways Support Services", "2021-03", "", [
                "Support 25 families of children 0-6 through home and kindergarten visits",
                "Write NDIS progress reports and functional goals with families",
                "Co-run a weekly playgroup for children with autism",
            ]),
            ("Disability Support Worker", "Annecto", "2018-02", "2021-02", [
                "Supported adults with intellectual disability in community access programs",
            ]),
        ],
        "skills": {"Practice": ["Key worker model", "Family-centred practice", "NDIS reporting", "Play-based intervention"]},
        "certs": [
            ("Working with Children Check (Employee)", "Working with Children Check Victoria", "2024-06"),
            ("NDIS Worker Screening Check", "Department of Government Services Victoria", "2024-06"),
            ("Full Victorian driver licence (car)", "VicRoads", "2012-09"),
        ],
        "edu": [("Bachelor", "Early Childhood Education", "Deakin University", "2017")],
        "unq": {
            "work": [
                ("Early Childhood Intervention Practitioner", "Gateways Support Services", "2025-03", "", [
                    "Support 25 families of children 0-6 through home and kindergarten visits",
                    "Write NDIS progress reports and functional goals with families",
                    "Co-run a weekly playgroup for children with autism",
                ]),
                ("Disability Support Worker", "Annecto", "2018-02", "2025-02", [
                    "Supported adults with intellectual disability in community access programs",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 3 years' experience working with children aged 0-6 with disability or developmental delay", ["years"], "years"),
    },
    {
        "id": "adult_education_instructor-fresh8-1",
        "occ": "adult_education_instructor",
        "title": "LINC Instructor (CLB 1-4), Part-Time",
        "company": "COSTI Immigrant Services",
        "location": "Toronto, ON",
        "posting": """
COSTI Immigrant Services is recruiting LINC Instructors for our Language Instruction for Newcomers to Canada classes (CLB 1-4), in-person and online.

Responsibilities
- Plan and deliver task-based lessons aligned with the Canadian Language Benchmarks
- Implement Portfolio-Based Language Assessment (PBLA) and complete learner progress reports
- Use Avenue.ca and Google Classroom for blended delivery

Qualifications
- University degree
- TESL Ontario accreditation (OCELT) - mandatory for IRCC-funded LINC programs in Ontario
- Minimum 1 year teaching ESL to adults
- PBLA training

Evening and Saturday classes available. COSTI is an equal opportunity employer; accommodation available on request under AODA.
""",
        "name": "Rebecca Lam",
        "label": "Adult ESL Instructor",
        "summary": "Adult ESL teacher with LINC experience in BC and Ontario, skilled in PBLA and blended delivery for newcomer learners.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("ESL Instructor (Adult)", "Toronto District School Board - Adult ESL", "2025-04", "", [
                "Teach evening CLB 3-5 classes for 22 newcomer adults",
                "Build task-based units on housing, health and employment",
            ]),
            ("LINC Instructor", "ISSofBC", "2019-09", "2025-03", [
                "Taught LINC literacy to CLB 4 classes in person and on Avenue.ca",
                "Completed PBLA lead-teacher training and moderated portfolios",
            ]),
        ],
        "skills": {"Teaching": ["Canadian Language Benchmarks", "PBLA", "Task-based learning", "Blended delivery"], "Platforms": ["Avenue.ca", "Google Classroom"]},
        "certs": [
            ("TESL Ontario Certificate of Accreditation (OCELT)", "TESL Ontario", "2025-06"),
            ("TESL Canada Professional Certificate, Standard Two", "TESL Canada", "2019-06"),
            ("PBLA Training", "Centre for Canadian Language Benchmarks", "2020-03"),
        ],
        "edu": [("Bachelor of Arts", "Linguistics", "University of British Columbia", "2018")],
        "unq": {
            "certs": [
                ("TESL Canada Professional Certificate, Standard Two", "TESL Canada", "2019-06"),
                ("PBLA Training", "Centre for Canadian Language Benchmarks", "2020-03"),
            ],
        },
        "swaps": [],
        "decisive": ("TESL Ontario accreditation (OCELT)", ["TESL Ontario", "OCELT"], "certificate"),
    },
    {
        "id": "adult_education_instructor-fresh8-2",
        "occ": "adult_education_instructor",
        "title": "Lecturer in Adult Functional Skills (Maths)",
        "company": "Leeds City College",
        "location": "Leeds, England",
        "posting": """
Lecturer - Adult Functional Skills Maths (Adult & Community Learning)

Leeds City College delivers Functional Skills and GCSE maths to adults across community venues in Leeds. We're looking for a lecturer to teach Entry Level to Level 2 Functional Skills maths to adult learners, including evening provision.

Essential
- A full teaching qualification for the FE and skills sector at Level 5 or above: Diploma in Education and Training (DET), Cert Ed or PGCE (PCET)
- Level 3 qualification in mathematics (e.g., A level)
- Experience teaching adults and working with learners with gaps in prior education
- Enhanced DBS (the College will apply)

Salary: £29,500 - £37,100 pro rata. Generous holidays, Teachers' Pension Scheme. Luminate Education Group is committed to safeguarding and equality.
""",
        "name": "Samuel Oduya",
        "label": "Adult Maths Tutor",
        "summary": "Maths tutor teaching Functional Skills to adults in community settings, patient with learners returning to study.",
        "where": ("Bradford", "England"),
        "country": "GB",
        "work": [
            ("Functional Skills Maths Tutor", "Bradford College", "2021-09", "", [
                "Teach Entry 3 to Level 2 Functional Skills maths to adult groups of 12-15",
                "Plan diagnostic assessments and individual learning plans",
                "Raised achievement on Level 1 from 68% to 81% over two years",
            ]),
            ("Accounts Assistant", "Yorkshire Building Society", "2016-06", "2021-08", [
                "Reconciled accounts and trained new starters on spreadsheets",
            ]),
        ],
        "skills": {"Teaching": ["Functional Skills maths", "Diagnostic assessment", "Differentiation", "Adult learners"], "Tools": ["Google Classroom", "BKSB"]},
        "certs": [
            ("Diploma in Education and Training (DET), Level 5", "Pearson", "2023-07"),
            ("Award in Education and Training, Level 3", "City & Guilds", "2021-04"),
            ("Enhanced DBS Certificate", "Disclosure and Barring Service", "2025-09"),
        ],
        "edu": [("A Level", "Mathematics", "Bradford Grammar School", "2013"), ("BSc (Hons)", "Accounting and Finance", "Leeds Beckett University", "2016")],
        "unq": {
            "certs": [
                ("Award in Education and Training, Level 3", "City & Guilds", "2021-04"),
                ("Enhanced DBS Certificate", "Disclosure and Barring Service", "2025-09"),
            ],
        },
        "swaps": [],
        "decisive": ("Level 5 teaching qualification: Diploma in Education and Training (DET), Cert Ed or PGCE", ["DET", "Diploma in Education and Training", "Level 5", "PGCE", "Cert Ed"], "credential level"),
    },
    {
        "id": "music_teacher-fresh8-1",
        "occ": "music_teacher",
        "title": "Band Director - Middle School (Instrumental Music)",
        "company": "Fairfax County Public Schools",
        "location": "Fairfax, VA",
        "posting": """
Fairfax County Public Schools - Instrumental Music Teacher (Band), Frost Middle School, 2027-28 school year

Teach beginning, intermediate and advanced band; prepare ensembles for district assessment; run after-school jazz band; manage the school-owned instrument inventory.

Requirements:
- Bachelor's degree from an accredited college or university
- Hold or be eligible for a Virginia teaching license with an endorsement in Music Education - Instrumental PreK-12 (required for this position)
- Proficiency on a band instrument and ability to teach all woodwind, brass and percussion families

FCPS teacher salary scale; FCPS is an equal opportunity employer.
""",
        "name": "Andre Whitfield",
        "label": "Middle School Band Director",
        "summary": "Band director building beginning-through-advanced programs; strong on brass pedagogy and jazz ensembles.",
        "where": ("Alexandria", "VA"),
        "work": [
            ("Band Director", "Prince William County Public Schools - Marsteller Middle School", "2020-08", "", [
                "Teach three concert bands and a jazz ensemble, 180 students",
                "Earned Superior ratings at VBODA District Assessment four consecutive years",
                "Manage an inventory of 140 school-owned instruments",
            ]),
        ],
        "skills": {"Music": ["Concert band", "Jazz ensemble", "Brass pedagogy", "Woodwind and percussion methods", "Trumpet"], "Tools": ["Finale", "Charms Office"]},
        "certs": [("Virginia Postgraduate Professional License - Music Education: Instrumental PreK-12", "Virginia Department of Education", "2020-07")],
        "edu": [("Bachelor of Music", "Music Education", "James Madison University", "2020")],
        "unq": {
            "certs": [("Virginia Postgraduate Professional License - Music Education: Vocal/Choral PreK-12", "Virginia Department of Education", "2020-07")],
        },
        "swaps": [],
        "decisive": ("Virginia teaching license with an endorsement in Music Education - Instrumental PreK-12", ["instrumental"], "endorsement"),
    },
    {
        "id": "music_teacher-fresh8-2",
        "occ": "music_teacher",
        "title": "Teacher of Music (Permanent, Full Time)",
        "company": "Rangitoto College",
        "location": "Auckland, New Zealand",
        "posting": """
Rangitoto College - Teacher of Music, permanent, full time, from Term 1 2027

Our thriving music department teaches Years 9-13 (NCEA Levels 1-3) and runs symphony orchestra, concert band, jazz band, choirs and Rockquest groups.

We are looking for a teacher who can:
- teach classroom music to NCEA Level 3, including composition using Sibelius/Dorico
- lead at least one co-curricular ensemble

Requirements
- NZ teacher registration with a Tūturu | Full (Category One) practising certificate. We are not able to offer an induction and mentoring programme in this role, so applicants holding a Tōmua | Provisional certificate will not be shortlisted
- Strong instrumental or vocal performance skills

Apply with CV, covering letter and the names of two referees. Rangitoto College is committed to Te Tiriti o Waitangi.
""",
        "name": "Olivia Pemberton",
        "label": "Secondary Music Teacher",
        "summary": "UK-trained secondary music teacher now teaching in Auckland; composition, orchestra and A level/NCEA experience.",
        "where": ("Auckland", ""),
        "country": "NZ",
        "work": [
            ("Teacher of Music", "Westlake Girls High School", "2025-04", "", [
                "Teach Year 9-12 classroom music and NCEA Level 2 composition",
                "Conduct the junior string orchestra",
            ]),
            ("Teacher of Music", "Harrogate Grammar School", "2019-09", "2025-02", [
                "Taught KS3-KS5 music including A level composition on Sibelius",
                "Ran the school choir and organised the annual spring concert",
            ]),
        ],
        "skills": {"Music": ["Classroom music", "Composition", "Orchestra", "Choir", "Violin", "Piano"], "Software": ["Sibelius", "Dorico", "Logic Pro"]},
        "certs": [
            ("NZ Teacher Registration - Tūturu | Full (Category One) Practising Certificate", "Teaching Council of Aotearoa New Zealand", "2026-05"),
            ("Qualified Teacher Status (QTS)", "Department for Education (England)", "2019-07"),
        ],
        "edu": [
            ("PGCE", "Secondary Music", "University of York", "2019"),
            ("Bachelor of Music (Hons)", "Music", "University of Leeds", "2018"),
        ],
        "unq": {
            "certs": [
                ("NZ Teacher Registration - Tōmua | Provisional Practising Certificate", "Teaching Council of Aotearoa New Zealand", "2025-03"),
                ("Qualified Teacher Status (QTS)", "Department for Education (England)", "2019-07"),
            ],
        },
        "swaps": [],
        "decisive": ("Tūturu | Full (Category One) practising certificate", ["Tūturu", "Full (Category One)", "fully certificated"], "licence level"),
    },
]
