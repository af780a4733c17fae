"""fresh6 cases, education: school nurse, reading specialist (two cases each)."""

# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "school_nurse-fresh6-1",
        "occ": "school_nurse",
        "title": "School Nurse - Elementary (January 2027 start)",
        "company": "Cherry Hill Public Schools",
        "location": "Cherry Hill, NJ",
        "posting": """
POSITION: School Nurse (1.0 FTE), Elementary School -- start date on or about January 4, 2027

REPORTS TO: Building Principal and Supervisor of Health Services

QUALIFICATIONS:
1. New Jersey Educational Services Certificate with School Nurse endorsement (standard certificate or CE), as issued by the NJ Department of Education
2. Current New Jersey Registered Professional Nurse license
3. Bachelor's degree from an accredited college or university
4. Current CPR/AED certification
5. Pediatric or school health experience preferred
6. Such alternatives to the above qualifications as the Board may find appropriate and acceptable

PERFORMANCE RESPONSIBILITIES: provide nursing care for ~520 students in grades K-5; administer medications and treatments per physician orders; develop individualized healthcare plans and emergency care plans (asthma, diabetes, seizures, anaphylaxis); conduct state-mandated screenings (vision, hearing, scoliosis, height/weight/BMI); maintain health records and immunization compliance; teach health lessons as assigned; serve on 504 and I&RS teams.

SALARY: per CHEA contract. Apply online via AppliTrack. Cherry Hill Public Schools is an Equal Opportunity Employer.
""",
        "name": "Kristen Albanese",
        "label": "Certified School Nurse, RN",
        "summary": "Registered nurse with nine years in pediatrics, the last five as a certified school nurse in a K-8 district: care plans, medication administration, state screenings and 504 meetings.",
        "where": ("Voorhees", "NJ"),
        "work": [
            ("School Nurse", "Haddonfield Public Schools", "2021-09", "", [
                "Sole nurse for a 480-student elementary school: daily medications, diabetes management and emergency care plans",
                "Run state-mandated vision, hearing and scoliosis screenings; track immunization compliance",
                "Teach health lessons in grades 3-5; sit on 504 and I&RS teams",
            ]),
            ("Registered Nurse, Pediatrics", "Cooper University Health Care - Children's Regional Hospital", "2017-06", "2021-08", [
                "Inpatient pediatric nursing on a 24-bed general pediatrics unit",
            ]),
        ],
        "skills": {"School health": ["Individualized healthcare plans", "Diabetes management", "Anaphylaxis/EpiPen training", "State screenings", "Immunization compliance"], "Systems": ["Genesis SIS health module", "Epic"]},
        "certs": [
            ("Educational Services Certificate - School Nurse endorsement (Standard)", "New Jersey Department of Education", "2021-07"),
            ("Registered Professional Nurse License", "New Jersey Board of Nursing", "2017-05"),
            ("BLS for Healthcare Providers (CPR/AED)", "American Heart Association", "2025-08"),
        ],
        "edu": [("Post-baccalaureate certificate", "School Nursing", "Rowan University", "2021"), ("Bachelor of Science in Nursing", "Nursing", "Rutgers University-Camden", "2017")],
        "unq": {
            "label": "Pediatric RN - School Health",
            "summary": "Registered nurse with nine years in pediatrics, the last five as an agency school health nurse placed in a K-8 district: care plans, medication administration and diabetes management for students with complex needs.",
            "work": [
                ("1:1 School Health Nurse (agency)", "BAYADA Pediatrics", "2021-09", "", [
                    "Assigned nurse for students with complex medical needs in an elementary school: daily medications, diabetes management and emergency care plans",
                    "Support the district nurse with vision and hearing screenings and immunization records",
                    "Attend 504 meetings for assigned students",
                ]),
                ("Registered Nurse, Pediatrics", "Cooper University Health Care - Children's Regional Hospital", "2017-06", "2021-08", [
                    "Inpatient pediatric nursing on a 24-bed general pediatrics unit",
                ]),
            ],
            "certs": [
                ("Registered Professional Nurse License", "New Jersey Board of Nursing", "2017-05"),
                ("BLS for Healthcare Providers (CPR/AED)", "American Heart Association", "2025-08"),
            ],
            "edu": [("Bachelor of Science in Nursing", "Nursing", "Rutgers University-Camden", "2017")],
        },
        "decisive": ("NJ Educational Services Certificate with School Nurse endorsement", ["School Nurse endorsement", "Educational Services Certificate", "school nurse certificate", "school nurse certification"], "endorsement"),
    },
    {
        "id": "school_nurse-fresh6-2",
        "occ": "school_nurse",
        "title": "School Nurse (SCPHN) - Band 6",
        "company": "Hertfordshire Community NHS Trust",
        "location": "Welwyn Garden City, United Kingdom",
        "posting": """
Job overview
We are looking for a qualified School Nurse to join our 0-19 Integrated Service in the Welwyn Hatfield locality. You will lead a caseload of primary and secondary schools, delivering the Healthy Child Programme for 5-19 year olds: health assessments, safeguarding, emotional health support, drop-ins, and health promotion, with a skill-mixed team of staff nurses and healthcare support workers.

Person specification

Qualifications - Essential
- Registered Nurse (adult, child, mental health or learning disability) on the NMC register
- Specialist Community Public Health Nurse (School Nursing) qualification, registered on Part 3 of the NMC register
- Evidence of continuing professional development

Qualifications - Desirable
- Community Practitioner Nurse Prescriber (V100/V150)
- Safeguarding children Level 3 training

Experience - Essential
- Experience of working with children, young people and families in a community setting
- Experience of safeguarding and child protection processes

Other
- Full driving licence and access to a car for work purposes

This post is subject to an enhanced DBS check. We welcome applications for flexible working.
""",
        "name": "Sophie Mitchell",
        "label": "School Nurse (SCPHN)",
        "summary": "Specialist community public health nurse (school nursing) with a secondary and primary caseload; safeguarding lead for four schools; V100 prescriber; eight years on the NMC register.",
        "where": ("Stevenage", "Hertfordshire"),
        "country": "GB",
        "work": [
            ("School Nurse - Specialist Community Public Health Nurse", "Central and North West London NHS Foundation Trust", "2022-09", "", [
                "Lead a caseload of two secondary and six primary schools: health assessments, drop-ins and emotional health support",
                "Safeguarding: attend child protection conferences and core groups; write reports for strategy meetings",
                "Supervise two staff nurses and a healthcare support worker",
            ]),
            ("Staff Nurse - School Nursing Team", "Central and North West London NHS Foundation Trust", "2020-10", "2022-08", [
                "Delivered National Child Measurement Programme and immunisation sessions",
            ]),
            ("Staff Nurse - Paediatric Ward", "Lister Hospital (East and North Hertfordshire NHS Trust)", "2018-09", "2020-09", []),
        ],
        "skills": {"Public health": ["Healthy Child Programme 5-19", "Health needs assessment", "Emotional health support"], "Safeguarding": ["Child protection conferences", "Level 3 safeguarding"], "Other": ["SystmOne"]},
        "certs": [
            ("NMC Registered Nurse (Child)", "Nursing and Midwifery Council", "2018-08"),
            ("Specialist Community Public Health Nurse - School Nursing (Part 3 of the NMC register)", "Nursing and Midwifery Council", "2022-08"),
            ("Community Practitioner Nurse Prescriber (V100)", "Nursing and Midwifery Council", "2022-08"),
            ("Full UK driving licence", "DVLA", ""),
        ],
        "edu": [("PgDip", "Specialist Community Public Health Nursing (School Nursing)", "University of Hertfordshire", "2022"), ("BSc (Hons)", "Children's Nursing", "University of Hertfordshire", "2018")],
        "unq": {
            "label": "Community Staff Nurse - School Nursing",
            "summary": "Registered children's nurse working in school nursing with a secondary and primary caseload; supports safeguarding for four schools; eight years on the NMC register.",
            "work": [
                ("Senior Staff Nurse - School Nursing Team (Band 5)", "Central and North West London NHS Foundation Trust", "2022-09", "", [
                    "Support the school nurse caseload of two secondary and six primary schools: health assessments, drop-ins and emotional health support",
                    "Safeguarding: contribute to child protection conferences and core groups",
                    "Support two healthcare support workers",
                ]),
                ("Staff Nurse - School Nursing Team", "Central and North West London NHS Foundation Trust", "2020-10", "2022-08", [
                    "Delivered National Child Measurement Programme and immunisation sessions",
                ]),
                ("Staff Nurse - Paediatric Ward", "Lister Hospital (East and North Hertfordshire NHS Trust)", "2018-09", "2020-09", []),
            ],
            "certs": [
                ("NMC Registered Nurse (Child)", "Nursing and Midwifery Council", "2018-08"),
                ("Full UK driving licence", "DVLA", ""),
            ],
            "edu": [("BSc (Hons)", "Children's Nursing", "University of Hertfordshire", "2018")],
        },
        "decisive": ("SCPHN (School Nursing) registration on Part 3 of the NMC register", ["SCPHN", "Specialist Community Public Health Nurse", "Specialist Community Public Health Nursing", "Part 3"], "credential level"),
    },
    {
        "id": "reading_specialist-fresh6-1",
        "occ": "reading_specialist",
        "title": "Lower School Reading Specialist",
        "company": "St. Stephen's & St. Agnes School",
        "location": "Alexandria, VA",
        "posting": """
St. Stephen's & St. Agnes School, an independent JK-12 Episcopal day school, seeks a Reading Specialist for the Lower School (JK-5), beginning August 2027.

The Reading Specialist assesses students' reading and writing, delivers small-group and one-to-one structured literacy intervention, coaches classroom teachers on evidence-based reading instruction, and communicates progress to families and the learning support team.

The successful candidate will have:
- A master's degree in reading, literacy or a closely related field (required)
- At least three years of elementary classroom or intervention teaching experience
- Training in a structured literacy / Orton-Gillingham-based approach
- Experience administering and interpreting reading assessments (e.g., DIBELS 8, CTOPP-2, QRI)
- Warmth, flexibility and a collaborative spirit

The school offers a competitive salary, tuition remission, comprehensive benefits and professional development funds. SSSAS does not discriminate on the basis of race, color, national or ethnic origin, sex, sexual orientation, gender identity, religion, disability or age.
""",
        "name": "Emily Hartman",
        "label": "Reading Interventionist / Literacy Specialist",
        "summary": "Literacy educator with ten years in elementary classrooms and intervention; Orton-Gillingham trained; leads diagnostic reading assessment and coaches K-3 teachers.",
        "where": ("Alexandria", "VA"),
        "work": [
            ("Reading Interventionist", "Fairfax County Public Schools - Bailey's Elementary", "2020-08", "", [
                "Deliver structured literacy intervention to 40 K-5 students a week in groups of 1-4",
                "Administer and interpret DIBELS 8, CTOPP-2 and QRI-7; write intervention plans and progress reports for families",
                "Coach K-3 teachers on phonics scope and sequence and decodable text use",
            ]),
            ("Second Grade Teacher", "Alexandria City Public Schools", "2016-08", "2020-06", []),
        ],
        "skills": {"Literacy": ["Structured literacy", "Orton-Gillingham", "Phonological awareness", "Reading assessment (DIBELS 8, CTOPP-2, QRI-7)"], "Other": ["Teacher coaching", "Data teams"]},
        "certs": [
            ("Orton-Gillingham Associate Level", "Orton-Gillingham Academy", "2019-08"),
            ("Virginia Postgraduate Professional License - Elementary PreK-6, Reading Specialist", "Virginia Department of Education", "2020-07"),
        ],
        "edu": [("Master of Education (M.Ed.)", "Literacy and Reading", "George Mason University", "2020"), ("Bachelor of Science", "Elementary Education", "James Madison University", "2016")],
        "unq": {
            "certs": [
                ("Orton-Gillingham Associate Level", "Orton-Gillingham Academy", "2019-08"),
                ("Virginia Collegiate Professional License - Elementary PreK-6", "Virginia Department of Education", "2016-07"),
            ],
            "edu": [("Bachelor of Science", "Elementary Education", "James Madison University", "2016"), ("Graduate coursework (12 credits, non-degree)", "Reading and literacy", "George Mason University", "2020")],
        },
        "decisive": ("a master's degree in reading, literacy or a related field", ["master's", "masters", "master", "M.Ed"], "degree level"),
    },
    {
        "id": "reading_specialist-fresh6-2",
        "occ": "reading_specialist",
        "title": "Reading Specialist / Literacy Intervention Teacher (Elementary)",
        "company": "York Region District School Board",
        "location": "Aurora, ON, Canada",
        "posting": """
Elementary Teacher -- Reading Specialist / Literacy Intervention (1.0 FTE, permanent)
Central Area, YRDSB

The Board is seeking a teacher to support early reading across three elementary schools. In this role you will screen students in Kindergarten to Grade 2, plan and deliver small-group intervention aligned with the 2023 Language curriculum and the Right to Read recommendations, and work alongside classroom teachers and school teams to build capacity in evidence-based reading instruction.

Required qualifications
- Certified member in good standing of the Ontario College of Teachers
- Primary and Junior qualifications
- Reading Specialist qualification (Reading Part 1, Part 2 and Specialist Additional Qualification)
- Demonstrated experience with early reading screening tools and structured literacy intervention

Assets
- Special Education Part 1
- Experience co-planning and co-teaching with classroom teachers
- French as a Second Language qualification

Please apply through Apply to Education, attaching your OCT Certificate of Qualification and Registration and three recent references. YRDSB is committed to equity, inclusion and the removal of barriers in its hiring practices.
""",
        "name": "Priyanka Sharma",
        "label": "Elementary Teacher, Reading Specialist",
        "summary": "Ontario certified teacher with nine years in Primary and Junior classrooms and early reading intervention; completed the three-part Reading AQ including the Specialist.",
        "where": ("Newmarket", "ON"),
        "country": "CA",
        "work": [
            ("Early Reading Intervention Teacher", "Durham District School Board", "2022-09", "", [
                "Screen K-2 students three times a year and run daily small-group structured literacy intervention",
                "Co-plan phonics and decoding lessons with twelve classroom teachers across two schools",
                "Lead school data meetings on screening results",
            ]),
            ("Grade 2 / Grade 3 Teacher", "Durham District School Board", "2017-09", "2022-06", []),
        ],
        "skills": {"Literacy": ["Early reading screening", "Structured literacy", "Phonemic awareness", "Decoding intervention"], "Collaboration": ["Co-teaching", "Data meetings"]},
        "certs": [
            ("Certificate of Qualification and Registration (Primary, Junior)", "Ontario College of Teachers", "2017-07"),
            ("Reading, Part 1 (AQ)", "Ontario College of Teachers", "2019-08"),
            ("Reading, Part 2 (AQ)", "Ontario College of Teachers", "2020-08"),
            ("Reading Specialist (AQ)", "Ontario College of Teachers", "2022-04"),
        ],
        "edu": [("Bachelor of Education", "Primary/Junior", "Ontario Tech University", "2017"), ("Bachelor of Arts", "Psychology", "York University", "2015")],
        "unq": {
            "label": "Elementary Teacher, Early Reading",
            "summary": "Ontario certified teacher with nine years in Primary and Junior classrooms and early reading intervention; completed Reading Part 1 and Part 2 AQs.",
            "certs": [
                ("Certificate of Qualification and Registration (Primary, Junior)", "Ontario College of Teachers", "2017-07"),
                ("Reading, Part 1 (AQ)", "Ontario College of Teachers", "2019-08"),
                ("Reading, Part 2 (AQ)", "Ontario College of Teachers", "2020-08"),
            ],
        },
        "decisive": ("Reading Specialist Additional Qualification", ["Specialist Additional Qualification", "Reading Specialist AQ", "Specialist AQ", "Reading Specialist qualification"], "credential level"),
    },
]
