"""Fresh13 set (writer b), education: SENCO, gifted education teacher."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "senco-fresh13-1",
        "occ": "senco",
        "title": "SENCo (Special Educational Needs Co-ordinator) - Secondary",
        "company": "Harris Federation",
        "location": "Croydon, London, UK",
        "posting": """
SENCo - Harris Academy (11-18), Croydon
Leadership spine / TLR by negotiation | Full time | Start: April 2027

We are looking for an experienced SENCo to lead provision for 230 students on the SEN register, including 38 with Education, Health and Care plans, and to line-manage a team of twelve teaching assistants.

Person Specification

Essential
- Qualified Teacher Status (QTS)
- The National Award for SEN Co-ordination (NASENCO) or the NPQ for SENCOs (NPQSENCO), already completed
- At least 3 years' successful teaching experience in a mainstream secondary school
- Experience of coordinating EHCP annual reviews and provision mapping
- Thorough knowledge of the SEND Code of Practice: 0 to 25 years

Desirable
- Experience of line-managing teaching assistants
- Experience of JCQ access arrangements

The Federation is committed to safeguarding; the successful candidate will be subject to an enhanced DBS check.
""",
        "name": "Amara Boateng",
        "label": "Assistant SENCo and Teacher of English",
        "summary": "Secondary English teacher with ten years in London academies, the last five as Assistant SENCo running EHCP reviews and access arrangements. Holds QTS and the National Award for SEN Co-ordination.",
        "where": ("Croydon", "London"),
        "country": "GB",
        "work": [
            ("Assistant SENCo and Teacher of English", "Ark Globe Academy", "2021-09", "", [
                "Coordinate EHCP annual reviews for 25 students and keep the school's provision map",
                "Line-manage six teaching assistants; run JCQ access arrangements assessments",
                "Teach English to Key Stages 3 and 4",
            ]),
            ("Teacher of English", "Oasis Academy Coulsdon", "2016-09", "2021-08", [
                "Taught English across Key Stages 3-5; led literacy interventions for Year 7",
            ]),
        ],
        "skills": {"SEND": ["SEND Code of Practice", "EHCP annual reviews", "Provision mapping", "Access arrangements", "Graduated approach"], "Teaching": ["English KS3-KS5", "Literacy intervention"]},
        "certs": [
            ("Qualified Teacher Status (QTS)", "Department for Education", "2016-07"),
            ("National Award for SEN Co-ordination (NASENCO)", "Canterbury Christ Church University", "2022-07"),
        ],
        "edu": [
            ("Postgraduate Certificate in Education (PGCE)", "Secondary English", "Goldsmiths, University of London", "2016"),
            ("Bachelor of Arts", "English Literature", "University of Kent", "2015"),
        ],
        "unq": {
            "summary": "Secondary English teacher with ten years in London academies, the last five as Assistant SENCo running EHCP reviews and access arrangements. Holds QTS and the CCET access arrangements qualification.",
            "certs": [
                ("Qualified Teacher Status (QTS)", "Department for Education", "2016-07"),
                ("Certificate of Competence in Educational Testing (CCET)", "British Psychological Society", "2022-07"),
            ],
        },
        "decisive": ("NASENCO or NPQ for SENCOs", ["NASENCO", "NPQSENCO", "National Award for SEN Co-ordination", "NPQ for SENCOs"], "certificate"),
    },
    {
        "id": "senco-fresh13-2",
        "occ": "senco",
        "title": "Head of Learning Support (SENCO)",
        "company": "Brighton College Abu Dhabi",
        "location": "Abu Dhabi, United Arab Emirates",
        "posting": """
Head of Learning Support (SENCO) - Prep and Senior School
Start: August 2027

Brighton College Abu Dhabi is a British-curriculum school for 1,600 pupils aged 4-18. The Head of Learning Support leads the school's inclusion provision, manages a team of learning support teachers and assistants, and works closely with parents and external specialists.

The successful candidate will have:
- A Master's degree in Special Educational Needs, Inclusive Education or Educational Psychology (essential)
- A recognised teaching qualification (PGCE / QTS or equivalent)
- At least 5 years' teaching experience, including 2 years leading SEND provision (as SENCO or Head of Inclusion)
- Experience of British-curriculum schools; knowledge of ADEK inclusion policy is desirable
- A clear understanding of safeguarding and child protection

Package: competitive tax-free salary, furnished accommodation, annual flights, medical insurance and school fees for children.
""",
        "name": "Hannah Whitworth",
        "label": "SENCO (Primary)",
        "summary": "Primary teacher and SENCO with fourteen years in British-curriculum schools in England and Dubai, five leading inclusion. MA in Special and Inclusive Education.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("SENCO (Primary)", "GEMS Wellington Academy - Al Khail", "2021-08", "", [
                "Lead inclusion for 900 pupils; manage four learning support teachers and ten learning assistants",
                "Write and review individual education plans with parents and external therapists",
                "Led the school's inclusion review under the KHDA framework; safeguarding deputy lead",
            ]),
            ("Assistant SENCO and Year 4 Teacher", "Greenfield Primary School, Nottingham", "2016-09", "2021-07", [
                "Coordinated SEN support plans and EHCP reviews; taught a Year 4 class",
            ]),
            ("Class Teacher", "Greenfield Primary School, Nottingham", "2012-09", "2016-08", [
                "Taught Years 2 and 3",
            ]),
        ],
        "skills": {"Inclusion": ["SEND leadership", "Individual education plans", "Safeguarding", "Staff training", "Parent partnership"], "Curriculum": ["English National Curriculum", "EYFS"]},
        "certs": [("Qualified Teacher Status (QTS)", "Department for Education", "2013-07")],
        "edu": [
            ("Master of Arts (MA)", "Special and Inclusive Education", "UCL Institute of Education", "2020"),
            ("Postgraduate Certificate in Education (PGCE)", "Primary Education", "University of Nottingham", "2012"),
            ("Bachelor of Arts (Honours)", "Psychology", "University of Nottingham", "2011"),
        ],
        "unq": {
            "summary": "Primary teacher and SENCO with fourteen years in British-curriculum schools in England and Dubai, five leading inclusion.",
            "edu": [
                ("Postgraduate Certificate in Education (PGCE)", "Primary Education", "University of Nottingham", "2012"),
                ("Bachelor of Arts (Honours)", "Psychology", "University of Nottingham", "2011"),
            ],
        },
        "decisive": ("Master's degree in SEN or inclusive education", ["Master's", "Masters", "Master", "MA", "MEd"], "degree level"),
    },
    {
        "id": "gifted_education_teacher-fresh13-1",
        "occ": "gifted_education_teacher",
        "title": "Gifted Resource Teacher - Elementary (2026-2027 School Year)",
        "company": "Orange County Public Schools",
        "location": "Orlando, FL",
        "posting": """
Position: Gifted Resource Teacher - Elementary
Reports to: Principal | Salary: per the OCPS instructional salary schedule | Calendar: 196 days

Job Goal
To provide differentiated, accelerated and enriched instruction to students identified as gifted, in pull-out and cluster models, and to support classroom teachers with differentiation.

Minimum Qualifications
1. Bachelor's degree from an accredited institution
2. Valid Florida Educator Certificate in Elementary Education (K-6) or another academic coverage, with the Gifted Endorsement on the certificate
3. Three years of successful teaching experience
4. Satisfactory completion of fingerprinting and background screening

Preferred
- ESOL Endorsement
- Experience with depth and complexity frameworks and problem-based learning
- Experience writing Educational Plans (EPs) for gifted students
""",
        "name": "Alyssa Bergstrom",
        "label": "Elementary Teacher, Gifted Cluster",
        "summary": "Florida elementary teacher with nine years in the classroom, the last three teaching a gifted cluster class; certificate carries the Gifted and ESOL Endorsements.",
        "where": ("Oviedo", "FL"),
        "work": [
            ("Elementary Teacher, Grades 3-4 (gifted cluster since 2023)", "Seminole County Public Schools", "2019-08", "", [
                "Teach a gifted cluster class with compacted curriculum, depth and complexity prompts and problem-based units",
                "Write and monitor Educational Plans with the gifted specialist and parents",
                "Grade-level team lead; mentor two first-year teachers",
            ]),
            ("Elementary Teacher, Grade 2", "School District of Osceola County", "2017-08", "2019-06", [
                "Taught a class of 22 including 6 English language learners",
            ]),
        ],
        "skills": {"Instruction": ["Differentiation", "Curriculum compacting", "Depth and complexity", "Problem-based learning", "Educational Plans"]},
        "certs": [
            ("Florida Professional Educator's Certificate, Elementary Education (K-6)", "Florida Department of Education", "2019-07"),
            ("Gifted Endorsement (on Florida certificate)", "Florida Department of Education", "2023-06"),
            ("ESOL Endorsement (on Florida certificate)", "Florida Department of Education", "2020-05"),
        ],
        "edu": [("Bachelor of Science", "Elementary Education", "University of Central Florida", "2017")],
        "unq": {
            "label": "Elementary Teacher, Advanced Cluster",
            "summary": "Florida elementary teacher with nine years in the classroom, the last three teaching an advanced-content cluster class; certificate carries the ESOL Endorsement.",
            "certs": [
                ("Florida Professional Educator's Certificate, Elementary Education (K-6)", "Florida Department of Education", "2019-07"),
                ("ESOL Endorsement (on Florida certificate)", "Florida Department of Education", "2020-05"),
            ],
        },
        "swaps": [
            ("Elementary Teacher, Grades 3-4 (gifted cluster since 2023)", "Elementary Teacher, Grades 3-4 (advanced cluster since 2023)"),
            ("Teach a gifted cluster class with compacted curriculum", "Teach an advanced-content cluster class with compacted curriculum"),
            ("Write and monitor Educational Plans with the gifted specialist and parents", "Support the school's gifted specialist with student work samples and parent conferences"),
        ],
        "decisive": ("Gifted Endorsement on the Florida certificate", ["Gifted Endorsement"], "endorsement"),
    },
    {
        "id": "gifted_education_teacher-fresh13-2",
        "occ": "gifted_education_teacher",
        "title": "Gifted and Talented Coordinator (K-6)",
        "company": "Knox Grammar Preparatory School",
        "location": "Wahroonga, NSW, Australia",
        "posting": """
Knox Grammar Preparatory School seeks a Gifted and Talented Coordinator to lead identification, extension and enrichment for high-potential learners from Kindergarten to Year 6. The Coordinator teaches a reduced load and works alongside class teachers to differentiate.

Selection criteria
1. At least 5 years' classroom teaching experience in a primary (K-6) setting
2. NESA accreditation at Proficient Teacher level or higher
3. A current NSW Working With Children Check (paid employment)
4. Demonstrated expertise in identifying gifted and high-potential learners and differentiating for them (e.g. pre-testing, curriculum compacting, Gagne's DMGT)
5. Postgraduate study in gifted education (e.g. UNSW's Certificate of Gifted Education) is highly regarded

Applications should address the selection criteria and include the names of three referees, one of them your current principal.
""",
        "name": "Olivia Tran",
        "label": "Primary Teacher and Gifted Education Lead",
        "summary": "Sydney primary teacher with nine years in K-6 classrooms, leading gifted identification and extension since 2023. Proficient Teacher (NESA), current WWCC.",
        "where": ("Epping", "NSW"),
        "country": "AU",
        "work": [
            ("Classroom Teacher (Stage 2) and Gifted Education Lead", "Abbotsleigh Junior School", "2021-01", "", [
                "Teach a Year 4 class; since 2023 lead gifted identification with pre-testing and teacher nomination",
                "Run curriculum compacting and extension groups in mathematics and writing for 40 students",
                "Coach colleagues on differentiation for high-potential learners",
            ]),
            ("Classroom Teacher (Years 1-4)", "Carlingford West Public School", "2018-01", "2020-12", [
                "Taught Years 1 to 4; ran the school's maths olympiad club",
            ]),
        ],
        "skills": {"Gifted education": ["Identification", "Pre-testing", "Curriculum compacting", "Extension and enrichment", "Gagne's DMGT"], "Teaching": ["K-6 syllabuses", "Differentiation"]},
        "certs": [
            ("Proficient Teacher accreditation", "NSW Education Standards Authority (NESA)", "2019-09"),
            ("Working With Children Check, paid employment (current)", "Office of the Children's Guardian (NSW)", "2023-02"),
            ("Certificate of Gifted Education (COGE)", "UNSW GERRIC", "2022-10"),
        ],
        "edu": [("Bachelor of Education", "Primary", "Macquarie University", "2017")],
        "unq": {
            "summary": "Sydney primary teacher with four years in K-6 classrooms after five years in museum education, leading gifted identification and extension since 2024. Proficient Teacher (NESA), current WWCC.",
            "work": [
                ("Classroom Teacher (Stage 2) and Gifted Education Lead", "Abbotsleigh Junior School", "2023-01", "", [
                    "Teach a Year 4 class; since 2024 lead gifted identification with pre-testing and teacher nomination",
                    "Run curriculum compacting and extension groups in mathematics and writing for 40 students",
                    "Coach colleagues on differentiation for high-potential learners",
                ]),
                ("Education Officer, Learning Programs", "Australian Museum", "2017-02", "2022-12", [
                    "Designed and delivered school-excursion programs for K-6 groups; wrote teacher resources",
                ]),
            ],
            "certs": [
                ("Proficient Teacher accreditation", "NSW Education Standards Authority (NESA)", "2024-06"),
                ("Working With Children Check, paid employment (current)", "Office of the Children's Guardian (NSW)", "2023-02"),
                ("Certificate of Gifted Education (COGE)", "UNSW GERRIC", "2022-10"),
            ],
        },
        "decisive": ("5 years' primary classroom teaching", ["years", "yrs"], "years"),
    },
]
# fmt: on
