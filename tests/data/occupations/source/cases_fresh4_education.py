"""Fresh4 half (writer b), education: ESL teacher, school principal, childcare center director."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "esl_teacher-fresh4-1",
        "occ": "esl_teacher",
        "title": "Secondary Teacher - English as a Second Language (ESL/ELD)",
        "company": "Toronto District School Board",
        "location": "Toronto, ON, Canada",
        "posting": """
The Toronto District School Board invites applications for long-term occasional and permanent secondary teaching positions in English as a Second Language and English Literacy Development (ESL/ELD).

Qualifications
- Certified member in good standing of the Ontario College of Teachers (OCT) - required at the time of application
- Intermediate/Senior qualifications with English as a teachable
- ESL Part 1 Additional Qualification, or equivalent TESL training
- Experience supporting newcomer and multilingual learners
- Knowledge of the Ontario curriculum and STEP (Steps to English Proficiency) is an asset

The TDSB is committed to employment equity and welcomes applications from racialized persons, women, Indigenous peoples, persons with disabilities and 2SLGBTQ+ persons.
""",
        "name": "Harpreet Sandhu",
        "label": "Secondary English Language Learner Teacher",
        "summary": "Secondary teacher of English language learners for nine years in British Columbia, relocating to Toronto in 2027.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("ELL Teacher, Grades 8-12", "Surrey Schools (School District 36)", "2019-09", "", [
                "Teach beginner to bridging English language learner blocks to newcomer students, many with interrupted schooling",
                "Assess proficiency on entry and set adapted programs with counsellors and settlement workers",
            ]),
            ("English Teacher", "Burnaby School District", "2017-09", "2019-06", [
                "Taught English 9-11 and English Studies 12",
            ]),
        ],
        "skills": {"Teaching": ["Language-learner instruction", "Literacy development", "Proficiency assessment", "Differentiated instruction"], "Other": ["Punjabi (fluent)", "Google Classroom"]},
        "certs": [
            ("Certificate of Qualification and Registration (Intermediate/Senior, English)", "Ontario College of Teachers", "2026-08"),
            ("Professional Teaching Certificate", "BC Ministry of Education, Teacher Certification Branch", "2017-07"),
            ("TESL Certificate", "University of British Columbia", "2019-04"),
        ],
        "edu": [
            ("Bachelor of Education", "Secondary (English)", "Simon Fraser University", "2017"),
            ("Bachelor of Arts", "English Literature", "University of British Columbia", "2016"),
        ],
        "langs": [("English", "Native"), ("Punjabi", "Fluent")],
        "unq": {
            "certs": [
                ("Professional Teaching Certificate", "BC Ministry of Education, Teacher Certification Branch", "2017-07"),
                ("TESL Certificate", "University of British Columbia", "2019-04"),
            ],
        },
        "decisive": ("certified member of the Ontario College of Teachers (OCT)", ["Ontario College of Teachers", "OCT", "Ontario"], "jurisdiction"),
    },
    {
        "id": "esl_teacher-fresh4-2",
        "occ": "esl_teacher",
        "title": "EL Teacher (K-5)",
        "company": "School District U-46",
        "location": "Elgin, IL",
        "posting": """
EL Teacher, elementary - 2027-28 school year

- Illinois Professional Educator License (PEL) w/ ESL endorsement - REQUIRED
- Bilingual (Spanish) endorsement preferred
- Provide pull-out and push-in English language development for K-5 multilingual learners
- Administer and use ACCESS for ELLs data; co-plan w/ classroom teachers
- Salary per U-46 / ETA contract schedule
""",
        "name": "Megan Ruiz",
        "label": "Elementary Teacher of English Learners",
        "summary": "Illinois elementary teacher who has delivered English language development to multilingual K-5 students for six years.",
        "where": ("South Elgin", "IL"),
        "work": [
            ("English Learner Teacher", "Community Unit School District 300", "2020-08", "", [
                "Deliver pull-out and co-taught English language development to 45 multilingual learners in grades K-5",
                "Use ACCESS for ELLs and WIDA standards to set goals and report progress to families",
                "Co-plan units with grade-level teachers",
            ]),
            ("Second Grade Teacher", "Community Unit School District 300", "2018-08", "2020-06", [
                "Taught a self-contained second-grade classroom",
            ]),
        ],
        "skills": {"Teaching": ["English language development", "WIDA standards", "ACCESS for ELLs", "Co-teaching"], "Languages": ["Spanish (conversational)"]},
        "certs": [
            ("Professional Educator License - Elementary Education (1-6); English as a Second Language endorsement", "Illinois State Board of Education", "2020-05"),
        ],
        "edu": [
            ("Master of Education", "Teaching English Learners", "Northern Illinois University", "2020"),
            ("Bachelor of Science", "Elementary Education", "Illinois State University", "2018"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Conversational")],
        "unq": {
            "label": "Elementary Teacher",
            "summary": "Illinois elementary teacher who has supported multilingual K-5 students in small groups for six years.",
            "work": [
                ("Intervention Teacher", "Community Unit School District 300", "2020-08", "", [
                    "Deliver pull-out reading and language intervention to 45 students in grades K-5, many of them multilingual",
                    "Use ACCESS for ELLs and WIDA data shared by the district to group students and report progress to families",
                    "Co-plan units with grade-level teachers",
                ]),
                ("Second Grade Teacher", "Community Unit School District 300", "2018-08", "2020-06", [
                    "Taught a self-contained second-grade classroom",
                ]),
            ],
            "skills": {"Teaching": ["Reading intervention", "WIDA standards", "ACCESS for ELLs", "Co-teaching"], "Languages": ["Spanish (conversational)"]},
            "certs": [
                ("Professional Educator License - Elementary Education (1-6); Reading Teacher endorsement", "Illinois State Board of Education", "2020-05"),
            ],
            "edu": [
                ("Master of Education", "Literacy Education", "Northern Illinois University", "2020"),
                ("Bachelor of Science", "Elementary Education", "Illinois State University", "2018"),
            ],
        },
        "decisive": ("PEL with ESL endorsement", ["ESL", "English as a Second Language"], "endorsement"),
    },
    {
        "id": "school_principal-fresh4-1",
        "occ": "school_principal",
        "title": "Principal - Elementary School",
        "company": "Northside ISD",
        "location": "San Antonio, TX",
        "posting": """
Northside ISD is accepting applications for Elementary Principal positions for the 2027-2028 school year.

Primary purpose: provide instructional leadership and manage the operations of an elementary campus so that every student achieves.

Qualifications
Education/Certification:
- Master's degree from an accredited university
- Valid Texas Principal as Instructional Leader certificate, or Mid-Management Administrator certificate
Experience:
- Three years of successful classroom teaching
- Two years of campus administrative experience (assistant principal, dean of instruction or instructional coach)

Special knowledge/skills: T-TESS appraisal, data-driven instruction, budget management, working with parents and community.
""",
        "name": "Graciela Montemayor",
        "label": "Assistant Principal",
        "summary": "Elementary campus leader with twelve years in Texas public schools: instructional coaching, T-TESS appraisal and campus operations.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Assistant Principal", "Judson ISD - Coronado Village Elementary", "2021-07", "", [
                "Appraise 24 teachers under T-TESS; lead weekly data meetings and PLCs",
                "Manage campus discipline, master schedule and the Title I budget with the principal",
            ]),
            ("Instructional Coach", "Judson ISD", "2018-08", "2021-06", [
                "Coached K-5 teachers in reading and math; modeled lessons",
            ]),
            ("Third Grade Teacher", "Judson ISD", "2014-08", "2018-06", [
                "Taught bilingual and general-education third grade",
            ]),
        ],
        "skills": {"Leadership": ["T-TESS appraisal", "Data-driven instruction", "Campus budgets", "PLCs"], "Languages": ["Spanish"]},
        "certs": [
            ("Standard Certificate - Principal as Instructional Leader: Early Childhood-Grade 12", "Texas Education Agency / SBEC", "2021-06"),
            ("Core Subjects EC-6; Bilingual Education Supplemental", "Texas Education Agency / SBEC", "2014-06"),
        ],
        "edu": [
            ("Master of Education", "Educational Leadership", "University of Texas at San Antonio", "2021"),
            ("Bachelor of Arts", "Interdisciplinary Studies", "Texas A&M University-San Antonio", "2014"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "label": "Dean of Instruction",
            "summary": "Elementary campus leader with twelve years in Texas public schools: instructional coaching, T-TESS appraisal and campus operations.",
            "work": [
                ("Dean of Instruction", "Judson ISD - Coronado Village Elementary", "2021-07", "", [
                    "Run walkthroughs, coaching cycles and T-TESS appraisals with 24 teachers; lead weekly data meetings and PLCs",
                    "Manage the master schedule, testing calendar and the Title I budget with the principal; support campus discipline",
                ]),
                ("Instructional Coach", "Judson ISD", "2018-08", "2021-06", [
                    "Coached K-5 teachers in reading and math; modeled lessons",
                ]),
                ("Third Grade Teacher", "Judson ISD", "2014-08", "2018-06", [
                    "Taught bilingual and general-education third grade",
                ]),
            ],
            "certs": [
                ("Core Subjects EC-6; Bilingual Education Supplemental", "Texas Education Agency / SBEC", "2014-06"),
            ],
        },
        "decisive": ("Texas Principal as Instructional Leader certificate", ["Principal as Instructional Leader", "Mid-Management", "principal certificate", "principal certification"], "licence level"),
    },
    {
        "id": "school_principal-fresh4-2",
        "occ": "school_principal",
        "title": "High School Principal",
        "company": "Cherry Creek School District",
        "location": "Greenwood Village, CO",
        "posting": """
Cherry Creek School District seeks a High School Principal for a comprehensive high school of 2,100 students.

The principal sets the school's instructional vision, supervises and evaluates licensed and classified staff, manages a site budget, and builds partnerships with families and the community.

Requirements
- Active Colorado principal license (Initial or Professional) at time of hire
- Master's degree in educational leadership or a related field
- Minimum 5 years of teaching and 3 years of school administration, secondary preferred
- Evidence of raising student achievement

Salary placement on the administrator schedule. Cherry Creek School District is an equal opportunity employer.
""",
        "name": "Jonathan Pierce",
        "label": "High School Assistant Principal",
        "summary": "Secondary school administrator with fifteen years in Kansas high schools; staff evaluation, master schedule and a record of rising graduation rates.",
        "where": ("Overland Park", "KS"),
        "work": [
            ("Associate Principal", "Blue Valley Schools - Blue Valley Northwest High School", "2019-07", "", [
                "Evaluate 45 teachers and classified staff; lead the instructional leadership team",
                "Own the master schedule and a $1.1M site budget; raised four-year graduation rate from 91% to 95%",
            ]),
            ("Mathematics Teacher and Department Chair", "Olathe Public Schools", "2011-08", "2019-06", [
                "Taught Algebra II and AP Statistics; chaired a 12-person department",
            ]),
        ],
        "skills": {"Leadership": ["Staff evaluation", "Master scheduling", "Budget management", "Family engagement"], "Data": ["PowerSchool", "Tableau"]},
        "certs": [
            ("Professional Principal License", "Colorado Department of Education", "2026-09"),
            ("Building Leadership License (PreK-12)", "Kansas State Department of Education", "2019-05"),
        ],
        "edu": [
            ("Master of Science", "Educational Leadership", "University of Kansas", "2018"),
            ("Bachelor of Science", "Mathematics Education", "Kansas State University", "2011"),
        ],
        "unq": {
            "certs": [
                ("Building Leadership License (PreK-12)", "Kansas State Department of Education", "2019-05"),
            ],
        },
        "decisive": ("active Colorado principal license", ["Colorado"], "jurisdiction"),
    },
    {
        "id": "childcare_center_director-fresh4-1",
        "occ": "childcare_center_director",
        "title": "Centre Director",
        "company": "Goodstart Early Learning",
        "location": "Brisbane QLD, Australia",
        "posting": """
Centre Director - 90-place long day care centre, Brisbane northside

About the role
Lead a team of 20 educators to deliver a quality program under the National Quality Framework, manage occupancy and budgets, and build relationships with families and community.

What you need
- Diploma of Early Childhood Education and Care (or an ACECQA-approved diploma-level or higher qualification) - essential
- Bachelor of Early Childhood Education (ECT) - highly regarded
- Experience as a Director, Assistant Director or Room Leader in long day care
- Current Blue Card (Working with Children Check) and First Aid, CPR, asthma and anaphylaxis training
- Sound knowledge of the NQS and the Education and Care Services National Regulations

Goodstart is a not-for-profit. Benefits include salary packaging, 50% childcare discount and extra leave.
""",
        "name": "Rachel Donnelly",
        "label": "Assistant Centre Director",
        "summary": "Assistant director of a long day care centre; leads rooms, rosters and NQS assessment and rating preparation.",
        "where": ("Chermside", "QLD"),
        "country": "AU",
        "work": [
            ("Assistant Centre Director", "Guardian Childcare & Education", "2022-01", "", [
                "Lead a 100-place centre with the director: rosters, ratios, occupancy and family enquiries",
                "Prepared the quality improvement plan for the centre's Exceeding NQS rating",
            ]),
            ("Room Leader (Kindy)", "C&K Childcare", "2018-02", "2021-12", [
                "Planned and documented the kindergarten program under the Early Years Learning Framework",
            ]),
        ],
        "skills": {"Early childhood": ["NQF / NQS", "EYLF programming", "Rostering and ratios", "Family partnerships"], "Compliance": ["Blue Card", "HLTAID012 First Aid in an education and care setting"]},
        "certs": [
            ("CHC50113 - Early Childhood Education and Care, Diploma level", "TAFE Queensland", "2017-11"),
            ("Blue Card (Working with Children)", "Blue Card Services Queensland", "2024-02"),
            ("HLTAID012 Provide First Aid in an education and care setting", "St John Ambulance Queensland", "2026-03"),
        ],
        "edu": [],
        "unq": {
            "certs": [
                ("CHC30113 Certificate III in Early Childhood Education and Care", "TAFE Queensland", "2017-11"),
                ("Blue Card (Working with Children)", "Blue Card Services Queensland", "2024-02"),
                ("HLTAID012 Provide First Aid in an education and care setting", "St John Ambulance Queensland", "2026-03"),
            ],
        },
        "decisive": ("Diploma of Early Childhood Education and Care", ["Diploma", "diploma-level"], "credential level"),
    },
    {
        "id": "childcare_center_director-fresh4-2",
        "occ": "childcare_center_director",
        "title": "Centre Manager",
        "company": "BestStart Educare",
        "location": "Hamilton, New Zealand",
        "posting": """
Centre Manager - BestStart Hamilton East (licensed for 75 tamariki)

Kia ora! We are looking for a Centre Manager who can lead our kaiako, grow our whānau relationships and keep our centre running smoothly.

You will bring:
- A recognised ECE teaching qualification and current New Zealand teacher registration
- A full practising certificate (Tūturu) - provisionally certificated teachers will not be considered for this role
- At least 2 years' leadership experience in an early learning centre
- Knowledge of Te Whāriki and the Licensing Criteria for Early Childhood Education and Care Services 2008

Benefits include a discount on childcare fees, professional development and wellbeing leave.
""",
        "name": "Aroha Whitmore",
        "label": "Head Teacher, Early Childhood",
        "summary": "Registered early childhood teacher and head teacher; leads teaching teams under Te Whāriki and runs licensing compliance.",
        "where": ("Hamilton", "Waikato"),
        "country": "NZ",
        "work": [
            ("Head Teacher", "Kindercare Learning Centres", "2022-02", "", [
                "Lead a team of nine kaiako across two rooms; run internal evaluation and ERO review preparation",
                "Keep the centre's licensing criteria checklists, rosters and ratios compliant",
            ]),
            ("ECE Teacher", "Waikato Kindergarten Association", "2018-01", "2022-01", [
                "Planned learning stories and programmes for three- and four-year-olds",
            ]),
        ],
        "skills": {"Early childhood": ["Te Whāriki", "Licensing criteria", "Internal evaluation", "Team leadership"], "Languages": ["Te reo Māori (conversational)"]},
        "certs": [
            ("Registered Teacher - Tūturu | Full (Category One) Practising Certificate", "Teaching Council of Aotearoa New Zealand", "2026-02"),
            ("Comprehensive First Aid", "St John New Zealand", "2025-10"),
        ],
        "edu": [("Bachelor of Teaching", "Early Childhood Education", "University of Waikato", "2017")],
        "langs": [("English", "Native"), ("Te reo Māori", "Conversational")],
        "unq": {
            "certs": [
                ("Registered Teacher - Tōmua | Provisional Practising Certificate", "Teaching Council of Aotearoa New Zealand", "2026-02"),
                ("Comprehensive First Aid", "St John New Zealand", "2025-10"),
            ],
        },
        "decisive": ("full practising certificate (Tūturu)", ["Tūturu", "Tuturu", "full practising certificate", "fully certificated"], "licence level"),
    },
]
