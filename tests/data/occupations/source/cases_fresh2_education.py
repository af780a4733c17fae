"""Fresh2 cases, education: librarian, school counselor, teacher (written blind, December 2026)."""

CASES = [
    {
        "id": "librarian-fresh2-1",
        "occ": "librarian",
        "title": "Research and Instruction Librarian",
        "company": "Arizona State University Library",
        "location": "Tempe, AZ",
        "posting": """
ASU Library seeks a Research and Instruction Librarian to provide research consultations, teach information-literacy
sessions for first-year composition and social science courses, and build online guides.

Minimum qualifications:
- Master's degree in library or information science from an ALA-accredited program (MLS, MLIS or equivalent)
- Two years of experience providing reference or research help in an academic or public library
- Experience teaching library instruction sessions

Desired: LibGuides, Alma/Primo, subject background in the social sciences.
""",
        "name": "Rebecca Sandoval",
        "label": "Research Help Librarian",
        "summary": "Academic reference and instruction librarian teaching research skills to first-year and social "
        "science students.",
        "where": ("Mesa", "AZ"),
        "work": [
            (
                "Research Help Librarian",
                "Glendale Community College Library",
                "2021-08",
                None,
                [
                    "Teach 45 information-literacy sessions a year for English 101 and sociology courses",
                    "Staff the research help desk and chat service; hold one-on-one research consultations",
                    "Built and maintain 18 course guides in LibGuides",
                ],
            ),
            (
                "Library Assistant, Reference Desk",
                "Phoenix Public Library",
                "2018-06",
                "2021-07",
                [
                    "Answered reference and readers' advisory questions at the Burton Barr Central Library",
                    "Led computer-basics classes for adult patrons",
                ],
            ),
        ],
        "edu": [
            (
                "Master of Library and Information Science (MLIS)",
                "Library and Information Science",
                "University of Arizona",
                "2021",
            ),
            ("Bachelor of Arts", "Sociology", "Northern Arizona University", "2018"),
        ],
        "skills": {
            "Library": ["information literacy instruction", "research consultations", "LibGuides", "Alma", "Primo"]
        },
        "unq": {
            "edu": [
                ("Associate of Applied Science", "Library Information Technology", "Mesa Community College", "2020"),
                ("Bachelor of Arts", "Sociology", "Northern Arizona University", "2018"),
            ]
        },
        "decisive": (
            "ALA-accredited master's in library and information science",
            ["MLIS", "MLS", "Master", "Master's", "ALA-accredited"],
            "degree level",
        ),
    },
    {
        "id": "librarian-fresh2-2",
        "occ": "librarian",
        "title": "Librarian I - Adult Services (Mandarin-speaking)",
        "company": "Queens Public Library",
        "location": "Flushing, NY",
        "posting": """
Queens Public Library's Flushing branch, one of the busiest public libraries in the country, seeks a Librarian I for
adult services. You will answer reference questions, plan adult programs, build the adult collection and work with
community partners serving new immigrants.

Requirements: Master's degree in library science from an ALA-accredited program; New York State Public Librarian
Professional Certificate (or eligibility); fluency in Mandarin Chinese, spoken and written, required to serve our
Chinese-speaking patrons. Experience with adult programming, ESOL conversation groups or immigrant services preferred.
""",
        "name": "Emily Zhou",
        "label": "Librarian, Adult Services",
        "summary": "Public librarian for adult services: reference, adult programs and services for new immigrants.",
        "where": ("Brooklyn", "NY"),
        "work": [
            (
                "Librarian I, Adult Services",
                "Brooklyn Public Library",
                "2022-03",
                None,
                [
                    "Plan 40+ adult programs a year, including citizenship-test preparation and job-search workshops",
                    "Run weekly English conversation groups for newcomers",
                    "Select adult nonfiction and world-language titles for the Sunset Park branch",
                ],
            ),
            (
                "Library Associate",
                "New York Public Library",
                "2019-09",
                "2022-02",
                [
                    "Staffed the information desk and issued library cards",
                    "Helped patrons with e-book apps and printing",
                ],
            ),
        ],
        "edu": [
            ("Master of Library Science", "Library Science", "Queens College, CUNY", "2022"),
            ("Bachelor of Arts", "English", "Hunter College, CUNY", "2019"),
        ],
        "skills": {"Library": ["reference", "adult programming", "collection development", "community outreach"]},
        "certs": [("Public Librarian Professional Certificate", "New York State Education Department", "2022-04")],
        "langs": [("English", "Native"), ("Mandarin Chinese", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("fluent Mandarin Chinese", ["Mandarin", "Chinese"], "language"),
    },
    {
        "id": "school-counselor-fresh2-1",
        "occ": "school_counselor",
        "title": "High School Counselor",
        "company": "Elk Grove Unified School District",
        "location": "Elk Grove, CA",
        "posting": """
Qualifications
- Valid California Pupil Personnel Services (PPS) Credential with a specialization in School Counseling - required
- Master's degree in counseling or a related field
- Experience with college and career planning, four-year plans and a student information system
- Knowledge of MTSS and restorative practices preferred

Duties include academic counseling for a caseload of about 450 students, college and financial-aid guidance, crisis
response, and collaboration with teachers and families.
""",
        "name": "Jasmine Porter",
        "label": "School Counselor",
        "summary": "High school counselor for academic planning, college applications and social-emotional support.",
        "where": ("Reno", "NV"),
        "work": [
            (
                "School Counselor",
                "Washoe County School District",
                "2020-08",
                None,
                [
                    "Counsel a caseload of 420 students on course planning, college applications and "
                    "social-emotional concerns",
                    "Run senior FAFSA nights and college application workshops",
                    "Maintain four-year plans in Infinite Campus; serve on the MTSS team",
                ],
            ),
        ],
        "edu": [("Master of Arts", "School Counseling", "University of Nevada, Reno", "2020")],
        "skills": {"Counseling": ["academic advising", "college and career planning", "crisis response", "MTSS"]},
        "certs": [
            ("Nevada School Counselor License (K-12)", "Nevada Department of Education", "2020-06"),
            (
                "Pupil Personnel Services Credential, School Counseling (California)",
                "Commission on Teacher Credentialing",
                "2024-02",
            ),
        ],
        "unq": {"certs": [("Nevada School Counselor License (K-12)", "Nevada Department of Education", "2020-06")]},
        "decisive": (
            "California PPS credential in School Counseling",
            ["California", "PPS", "Pupil Personnel Services"],
            "jurisdiction",
        ),
    },
    {
        "id": "school-counselor-fresh2-2",
        "occ": "school_counselor",
        "title": "Bilingual School Counselor (Spanish)",
        "company": "Austin Independent School District",
        "location": "Austin, TX",
        "posting": """
Austin ISD is hiring a bilingual counselor for a middle school where most families speak Spanish at home.

Requirements:
* Master's degree in school counseling
* Valid Texas School Counselor Certificate (EC-12)
* Two years of classroom teaching experience (state certification requirement)
* Bilingual English/Spanish - required; you will counsel students and meet with families in Spanish
""",
        "name": "Andrea Villarreal",
        "label": "Middle School Counselor",
        "summary": "Middle school counselor and former math teacher: attendance, grief and academic planning.",
        "where": ("Pflugerville", "TX"),
        "work": [
            (
                "Middle School Counselor",
                "Pflugerville ISD",
                "2021-08",
                None,
                [
                    "Counsel a caseload of 480 students in grades 6-8 and lead small groups on attendance and grief",
                    "Hold parent conferences and home visits with families in English and Spanish",
                ],
            ),
            (
                "Seventh-Grade Math Teacher",
                "Manor ISD",
                "2017-08",
                "2021-06",
                ["Taught five sections of grade 7 math", "Coached the UIL number sense team"],
            ),
        ],
        "edu": [
            ("Master of Education", "School Counseling", "Texas State University", "2021"),
            ("Bachelor of Science", "Mathematics", "University of Texas at San Antonio", "2017"),
        ],
        "skills": {"Counseling": ["small-group counseling", "attendance intervention", "family engagement"]},
        "certs": [
            ("Texas School Counselor Certificate (EC-12)", "Texas Education Agency", "2021-07"),
            ("Texas Classroom Teacher Certificate, Mathematics 4-8", "Texas Education Agency", "2017-07"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "swaps": [("with families in English and Spanish", "with families")],
        "decisive": ("bilingual English/Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "teacher-fresh2-1",
        "occ": "teacher",
        "title": "Elementary ESL Teacher",
        "company": "Fairfax County Public Schools",
        "location": "Falls Church, VA",
        "posting": """
FCPS is hiring an elementary teacher of English learners for the 2027 spring semester. You will provide pull-out and
co-taught language instruction for K-5 students at WIDA levels 1-4, monitor progress, and work with classroom teachers
on language supports.

Requirements:
* Virginia teaching license with an English as a Second Language (ESL) PreK-12 endorsement - required
* Bachelor's degree
* Familiarity with the WIDA standards and ACCESS for ELLs
* Co-teaching experience preferred
""",
        "name": "Lauren Mitchell",
        "label": "Elementary Teacher",
        "summary": "Elementary teacher with a large share of English learners in class, co-planning with language "
        "specialists.",
        "where": ("Manassas", "VA"),
        "work": [
            (
                "Third-Grade Teacher",
                "Prince William County Public Schools",
                "2019-08",
                None,
                [
                    "Teach a class of 26 in which 11 students are English learners; plan with WIDA Can-Do Descriptors",
                    "Co-plan with the EL specialist and use ACCESS for ELLs scores to set language goals",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Elementary Education", "James Madison University", "2019")],
        "skills": {"Teaching": ["WIDA standards", "ACCESS for ELLs", "co-teaching", "guided reading"]},
        "certs": [
            (
                "Virginia Collegiate Professional License - endorsements: Elementary Education PreK-6; English as a "
                "Second Language PreK-12",
                "Virginia Department of Education",
                "2021-07",
            )
        ],
        "unq": {
            "certs": [
                (
                    "Virginia Collegiate Professional License - endorsement: Elementary Education PreK-6",
                    "Virginia Department of Education",
                    "2019-07",
                )
            ]
        },
        "decisive": ("ESL PreK-12 endorsement", ["ESL", "English as a Second Language"], "endorsement"),
    },
    {
        "id": "teacher-fresh2-2",
        "occ": "teacher",
        "title": "High School Chemistry Teacher",
        "company": "Denver Public Schools",
        "location": "Denver, CO",
        "posting": """
Denver Public Schools is hiring a chemistry teacher for a comprehensive high school. You will teach chemistry and one
section of physical science, run a safe lab program and collaborate in a science professional learning community.

Qualifications: valid Colorado teaching license with a Science (7-12) endorsement; bachelor's degree in chemistry or a
related science; a minimum of 3 years of experience as teacher of record in secondary science; experience with lab
safety and NGSS-aligned curriculum.
""",
        "name": "Brian Castellanos",
        "label": "Chemistry Teacher",
        "summary": "Secondary science teacher and former industrial chemist teaching chemistry and AP Chemistry.",
        "where": ("Lakewood", "CO"),
        "work": [
            (
                "Chemistry Teacher",
                "Jeffco Public Schools",
                "2021-08",
                None,
                [
                    "Teach five sections of chemistry and AP Chemistry at Lakewood High School",
                    "Rewrote the lab sequence around NGSS performance expectations; manage the chemical hygiene plan",
                ],
            ),
            (
                "Physical Science Teacher",
                "Aurora Public Schools",
                "2019-08",
                "2021-06",
                ["Taught ninth-grade physical science", "Co-sponsored the science fair"],
            ),
            (
                "Quality Control Chemist",
                "Molson Coors",
                "2017-06",
                "2019-07",
                ["Ran GC and titration assays on production samples", "Maintained lab safety and calibration records"],
            ),
        ],
        "edu": [("Bachelor of Science", "Chemistry", "Colorado State University", "2017")],
        "skills": {"Teaching": ["NGSS", "lab safety", "AP Chemistry"], "Lab": ["gas chromatography", "titration"]},
        "certs": [
            ("Colorado Teacher License, Science (7-12) endorsement", "Colorado Department of Education", "2019-07")
        ],
        "unq": {
            "work": [
                (
                    "Chemistry Teacher",
                    "Jeffco Public Schools",
                    "2025-01",
                    None,
                    [
                        "Teach five sections of chemistry and AP Chemistry at Lakewood High School",
                        "Rewrote the lab sequence around NGSS performance expectations; manage the chemical hygiene "
                        "plan",
                    ],
                ),
                (
                    "Quality Control Chemist",
                    "Molson Coors",
                    "2017-06",
                    "2024-12",
                    [
                        "Ran GC and titration assays on production samples",
                        "Maintained lab safety and calibration records",
                    ],
                ),
            ],
            "certs": [
                ("Colorado Teacher License, Science (7-12) endorsement", "Colorado Department of Education", "2024-12")
            ],
        },
        "decisive": ("3+ years as teacher of record in secondary science", ["years", "yrs"], "years"),
    },
]
