"""Fresh9 half, education: outdoor education instructor, swim teacher, dance teacher, education welfare officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "outdoor_education_instructor-fresh9-1",
        "occ": "outdoor_education_instructor",
        "title": "Outdoor Activities Instructor (Permanent, Residential)",
        "company": "Borrowdale Fell & Lake Centre",
        "location": "Keswick, Cumbria, UK",
        "posting": """
Borrowdale Fell & Lake Centre runs residential outdoor education courses for primary and secondary schools from February to November, and youth and adult groups through the winter. We are looking for a permanent instructor to lead hill walking, gorge scrambling, canoeing and kayaking sessions, and to help shape our programmes.

Essential
- Mountain Leader (ML) award
- British Canoeing Paddlesport Instructor (or higher)
- Current 16-hour outdoor first aid certificate
- Full UK driving licence with D1 entitlement - you will drive groups in our 16-seat minibuses
- Experience leading school groups from KS2 to KS4

Desirable
- Rock Climbing Instructor (RCI)
- Forest School Level 3
- Experience with SEND groups

Live-in accommodation is available. An enhanced DBS check will be processed on appointment.
""",
        "name": "Callum Reid",
        "label": "Outdoor Instructor",
        "summary": "Outdoor instructor with five seasons leading school and youth groups on the fells, in gorges and on open water.",
        "where": ("Ambleside", "Cumbria"),
        "country": "GB",
        "work": [
            ("Outdoor Instructor", "Langdale Outdoor Education Centre", "2022-02", "", [
                "Lead hill walks, ghyll scrambles, canoeing and kayaking for school groups from Year 5 to Year 11",
                "Drive groups to crags and lakes in the centre's minibus",
                "Write risk assessments and session plans for SEND groups",
            ]),
            ("Seasonal Activity Instructor", "Coniston Water Activity Centre", "2020-04", "2021-10", [
                "Delivered paddlesport and climbing-wall sessions for youth groups",
            ]),
        ],
        "skills": {"Activities": ["Hill walking", "Gorge scrambling", "Canoeing", "Kayaking", "Climbing wall"], "Other": ["Risk assessment", "SEND groups"]},
        "certs": [
            ("Mountain Leader (Summer)", "Mountain Training", "2021-09"),
            ("Paddlesport Instructor", "British Canoeing", "2022-05"),
            ("Outdoor First Aid (16 hour)", "REC", "2025-03"),
            ("Full UK driving licence, categories B and D1", "DVLA", "2022-08"),
            ("MiDAS Minibus Driver Awareness", "CTA", "2022-09"),
        ],
        "edu": [("BA (Hons)", "Outdoor Education", "University of Cumbria", "2020")],
        "unq": {
            "work": [
                ("Outdoor Instructor", "Langdale Outdoor Education Centre", "2022-02", "", [
                    "Lead hill walks, ghyll scrambles, canoeing and kayaking for school groups from Year 5 to Year 11",
                    "Meet groups at crags and lakes; transport is arranged by the centre's drivers",
                    "Write risk assessments and session plans for SEND groups",
                ]),
                ("Seasonal Activity Instructor", "Coniston Water Activity Centre", "2020-04", "2021-10", [
                    "Delivered paddlesport and climbing-wall sessions for youth groups",
                ]),
            ],
            "certs": [
                ("Mountain Leader (Summer)", "Mountain Training", "2021-09"),
                ("Paddlesport Instructor", "British Canoeing", "2022-05"),
                ("Outdoor First Aid (16 hour)", "REC", "2025-03"),
                ("Full UK driving licence, category B", "DVLA", "2017-06"),
            ],
        },
        "decisive": ("D1 (minibus) entitlement on a UK driving licence", ["D1", "minibus", "minibuses"], "endorsement"),
    },
    {
        "id": "outdoor_education_instructor-fresh9-2",
        "occ": "outdoor_education_instructor",
        "title": "Outdoor Ed Instructor",
        "company": "Ruapehu Outdoor Education Trust",
        "location": "National Park Village, Ruapehu, New Zealand",
        "posting": """
outdoor ed instructor - ruapehu outdoor education trust
full time, on-site accommodation avail.

we run 3-5 day programmes for secondary schools: tramping, bush navigation, rafting, caving, alpine intro in winter.

we need:
- NZOIA Bush 1 (min) - Rock 1 or Kayak 1 a bonus
- 2+ yrs instructing school groups in the outdoors
- current outdoor first aid cert (NZQA unit standards 6400, 6401, 6402)
- full NZ driver licence (class 1)
- happy to work wkends on rotation

police vetting will be done before you start. apply w/ CV + cover letter.
""",
        "name": "Ngaire Thompson",
        "label": "Outdoor Instructor",
        "summary": "Outdoor instructor leading tramping, navigation and river trips for secondary school groups since 2022.",
        "where": ("Taupō", "Waikato"),
        "country": "NZ",
        "work": [
            ("Outdoor Instructor", "Kaimai Outdoor School", "2025-01", "", [
                "Lead 3-5 day tramping and bush navigation programmes for Year 10-13 groups",
                "Guide river crossings training and cave trips",
            ]),
            ("Instructor", "Tongariro Adventure Education", "2022-08", "2024-12", [
                "Instructed school groups in tramping, rafting and alpine introduction",
                "Co-led the winter alpine programme",
            ]),
        ],
        "skills": {"Activities": ["Tramping", "Bush navigation", "River crossings", "Caving", "Rafting"]},
        "certs": [
            ("NZOIA Bush 1", "New Zealand Outdoor Instructors Association", "2023-05"),
            ("NZOIA Rock 1", "New Zealand Outdoor Instructors Association", "2024-11"),
            ("Outdoor First Aid (unit standards 6400, 6401, 6402)", "Red Cross NZ", "2025-06"),
            ("Full NZ driver licence (Class 1)", "NZTA Waka Kotahi", "2015-03"),
        ],
        "edu": [("Diploma in Outdoor Education", "Outdoor Education", "Toi Ohomai Institute of Technology", "2022")],
        "unq": {
            "summary": "Outdoor instructor leading tramping, navigation and river trips for secondary school groups since late 2025, after several years in tourism hospitality.",
            "work": [
                ("Outdoor Instructor", "Kaimai Outdoor School", "2025-10", "", [
                    "Lead 3-5 day tramping and bush navigation programmes for Year 10-13 groups",
                    "Guide river crossings training and cave trips",
                ]),
                ("Lodge Supervisor", "Tongariro Alpine Lodge", "2020-05", "2025-09", [
                    "Ran front of house and booked guided walks for lodge guests",
                ]),
            ],
            "edu": [("Diploma in Outdoor Education", "Outdoor Education", "Toi Ohomai Institute of Technology", "2025")],
        },
        "decisive": ("2+ years instructing school groups outdoors", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "swim_teacher-fresh9-1",
        "occ": "swim_teacher",
        "title": "Swim Teacher - Babies & Toddlers (Casual)",
        "company": "Bellarine Aquatic & Leisure Centre",
        "location": "Geelong, VIC, Australia",
        "posting": """
Join our Learn to Swim team! Bellarine Aquatic & Leisure Centre runs over 1,800 lessons a week and we need a casual teacher for our Babies & Toddlers program (6 months to 3 years, parent in the water).

About you
- AUSTSWIM Teacher of Swimming and Water Safety (or Swim Australia equivalent)
- AUSTSWIM Teacher of Infant and Preschool Aquatics accreditation - essential for this program
- Current CPR (HLTAID009), renewed every 12 months
- Valid Victorian Working with Children Check (Employee)
- Available Saturday mornings and at least two weekday mornings

We provide paid in-service training, uniform and a free gym membership.
""",
        "name": "Chloe Nguyen",
        "label": "Swimming Teacher",
        "summary": "Learn-to-swim teacher with four years in the water, including parent-and-baby classes from six months.",
        "where": ("Geelong", "VIC"),
        "country": "AU",
        "work": [
            ("Learn to Swim Teacher", "Corio Bay Swim School", "2022-04", "", [
                "Teach parent-and-infant classes from 6 months and toddler classes to age 3",
                "Teach school-age learn-to-swim levels and school water safety programs",
                "Mentor new teachers through their supervised hours",
            ]),
        ],
        "skills": {"Teaching": ["Infant aquatics", "Learn to swim", "Water safety"]},
        "certs": [
            ("Teacher of Swimming and Water Safety", "AUSTSWIM", "2022-03"),
            ("Teacher of Infant and Preschool Aquatics", "AUSTSWIM", "2023-05"),
            ("HLTAID009 Provide cardiopulmonary resuscitation", "Life Saving Victoria", "2026-02"),
            ("Working with Children Check (Employee)", "Working with Children Check Victoria", "2022-01"),
        ],
        "unq": {
            "summary": "Learn-to-swim teacher with four years in the water, including school-age classes and students with disability.",
            "work": [
                ("Learn to Swim Teacher", "Corio Bay Swim School", "2022-04", "", [
                    "Teach school-age learn-to-swim levels and school water safety programs",
                    "Teach one-to-one lessons for students with disability",
                    "Mentor new teachers through their supervised hours",
                ]),
            ],
            "skills": {"Teaching": ["Learn to swim", "Water safety", "Access and inclusion"]},
            "certs": [
                ("Teacher of Swimming and Water Safety", "AUSTSWIM", "2022-03"),
                ("Teacher of Aquatics - Access and Inclusion", "AUSTSWIM", "2023-05"),
                ("HLTAID009 Provide cardiopulmonary resuscitation", "Life Saving Victoria", "2026-02"),
                ("Working with Children Check (Employee)", "Working with Children Check Victoria", "2022-01"),
            ],
        },
        "decisive": ("AUSTSWIM Teacher of Infant and Preschool Aquatics", ["Infant and Preschool", "Infant", "Preschool"], "certificate"),
    },
    {
        "id": "swim_teacher-fresh9-2",
        "occ": "swim_teacher",
        "title": "Swimming Teacher - Learn to Swim",
        "company": "Aire Valley Leisure Trust",
        "location": "Leeds, UK",
        "posting": """
Swimming Teacher | Aire Valley Leisure Trust | Leeds
Part time, 12-20 hrs per week, evenings and weekends

You'll plan and deliver fun, progressive lessons across Stages 1-7 of the Swim England Learn to Swim Framework, assess and award badges, and keep parents informed of progress.

Requirements:
- Swim England Level 2 Teaching Swimming qualification (or STA Level 2 equivalent)
- Current RLSS UK NRASTC or NPLQ
- Able to teach independently from poolside
- Enhanced DBS (we will fund this)

We offer free leisure membership, paid CPD and a pathway to Swim Coordinator.
""",
        "name": "Jade Robinson",
        "label": "Swim Teacher",
        "summary": "Swimming teacher planning and delivering Learn to Swim lessons for children and adults; calm, organised and good with nervous swimmers.",
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Swim Teacher", "Bradford Active Pools", "2022-06", "", [
                "Plan and teach my own classes across Stages 1-7 from poolside",
                "Assess swimmers and award badges; update parents through the online portal",
            ]),
            ("Swimming Assistant", "Keighley Leisure Centre", "2021-05", "2022-05", [
                "Supported lead teachers in the water with beginners",
            ]),
        ],
        "skills": {"Teaching": ["Learn to Swim Framework", "Stroke correction", "Adult beginners"]},
        "certs": [
            ("Level 1 Swimming Assistant (Teaching)", "Swim England Qualifications", "2021-04"),
            ("Level 2 Teaching Swimming", "Swim England Qualifications", "2022-05"),
            ("National Rescue Award for Swimming Teachers and Coaches (NRASTC)", "RLSS UK", "2025-09"),
        ],
        "unq": {
            "label": "Swimming Assistant",
            "summary": "Swimming assistant supporting Learn to Swim lessons for children and adults; calm, organised and good with nervous swimmers.",
            "work": [
                ("Swimming Assistant", "Bradford Active Pools", "2022-06", "", [
                    "Support lead teachers across Stages 1-7, in the water and on poolside",
                    "Help assess swimmers for badges under the lead teacher's direction",
                ]),
                ("Swimming Assistant", "Keighley Leisure Centre", "2021-05", "2022-05", [
                    "Supported lead teachers in the water with beginners",
                ]),
            ],
            "certs": [
                ("Level 1 Swimming Assistant (Teaching)", "Swim England Qualifications", "2021-04"),
                ("National Rescue Award for Swimming Teachers and Coaches (NRASTC)", "RLSS UK", "2025-09"),
            ],
        },
        "decisive": ("Level 2 swimming teaching qualification", ["Level 2", "L2"], "credential level"),
    },
    {
        "id": "dance_teacher-fresh9-1",
        "occ": "dance_teacher",
        "title": "Ballet Teacher (RAD) - Part Time",
        "company": "Northern Pointe School of Dance",
        "location": "Stockport, Greater Manchester, UK",
        "posting": """
Northern Pointe School of Dance has around 350 pupils and a strong record in RAD examinations. We are looking for a ballet teacher for three afternoons/evenings and Saturday mornings, teaching from Pre-Primary to Intermediate Foundation.

Requirements:
- RAD Registered Teacher Status (RTS) - essential, as you will enter your own candidates for RAD graded and vocational examinations
- Experience teaching the RAD syllabus from Pre-Primary to Grade 5
- Enhanced DBS certificate (or willingness to apply through us)
- Paediatric first aid is desirable

Pay is hourly, with paid exam sessions and a summer school contract. Please send your CV and a short covering letter.
""",
        "name": "Sophie Atherton",
        "label": "Ballet Teacher",
        "summary": "Former professional dancer teaching ballet to children and teenagers since 2020, with consistent merit and distinction exam results.",
        "where": ("Manchester", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Ballet Teacher", "Elmwood Dance Studio", "2020-09", "", [
                "Teach RAD syllabus classes from Pre-Primary in Dance to Grade 5 and Intermediate Foundation",
                "Enter candidates for RAD graded and vocational exams; 96% pass rate over five sessions",
                "Choreograph pieces for the annual show",
            ]),
            ("Company Dancer", "Northern Touring Ballet", "2015-08", "2020-06", [
                "Corps de ballet and soloist roles on UK tours",
            ]),
        ],
        "skills": {"Teaching": ["RAD graded syllabus", "RAD vocational syllabus", "Choreography"]},
        "certs": [
            ("Certificate in Ballet Teaching Studies (CBTS) - Registered Teacher Status", "Royal Academy of Dance", "2020-07"),
            ("RAD Advanced 2", "Royal Academy of Dance", "2014-06"),
            ("Enhanced DBS certificate", "Disclosure and Barring Service", "2025-01"),
            ("Paediatric First Aid (12 hour)", "St John Ambulance", "2024-10"),
        ],
        "unq": {
            "summary": "Former professional dancer teaching ballet to children and teenagers since 2020; strong RAD technique and exam preparation.",
            "work": [
                ("Ballet Teacher", "Elmwood Dance Studio", "2020-09", "", [
                    "Teach RAD syllabus classes from Pre-Primary in Dance to Grade 5 and Intermediate Foundation",
                    "Prepare pupils for RAD graded and vocational exams, entered under the principal's teacher number",
                    "Choreograph pieces for the annual show",
                ]),
                ("Company Dancer", "Northern Touring Ballet", "2015-08", "2020-06", [
                    "Corps de ballet and soloist roles on UK tours",
                ]),
            ],
            "certs": [
                ("RAD Advanced 2", "Royal Academy of Dance", "2014-06"),
                ("Enhanced DBS certificate", "Disclosure and Barring Service", "2025-01"),
                ("Paediatric First Aid (12 hour)", "St John Ambulance", "2024-10"),
            ],
        },
        "decisive": ("RAD Registered Teacher Status (RTS)", ["RTS", "Registered Teacher"], "certificate"),
    },
    {
        "id": "dance_teacher-fresh9-2",
        "occ": "dance_teacher",
        "title": "Senior Dance Teacher (Ballet & Contemporary)",
        "company": "Arabesque Dance Academy",
        "location": "Singapore",
        "posting": """
Arabesque Dance Academy is a boutique dance school in Bukit Timah offering RAD ballet, contemporary and adult classes. We are hiring a Senior Dance Teacher who will also mentor our junior teachers.

Job Requirements
1. Recognised ballet teaching qualification (RAD RTS, ISTD or Cecchetti teaching diploma)
2. At least 5 years of dance teaching experience, including preparing students for RAD or ISTD examinations
3. Able to teach children from age 3 as well as teen and adult classes
4. Contemporary dance teaching experience is a plus
5. Good communication with parents

We offer a competitive salary, AWS, medical benefits and annual leave during school exam breaks.
""",
        "name": "Chen Wei Ling",
        "label": "Ballet and Contemporary Teacher",
        "summary": "Dance teacher with more than eight years teaching RAD ballet and contemporary to children, teens and adults, and preparing exam candidates.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Senior Teacher", "Pirouette Ballet School", "2022-01", "", [
                "Teach RAD graded and vocational classes and two contemporary classes a week",
                "Prepare students for RAD examinations; mentor two junior teachers",
            ]),
            ("Ballet Teacher", "Little Swans Dance Studio", "2018-02", "2021-12", [
                "Taught pre-school ballet, RAD Grades 1-5 and adult beginners",
            ]),
        ],
        "skills": {"Teaching": ["RAD ballet", "Contemporary", "Pre-school dance", "Adult classes"]},
        "certs": [
            ("Certificate in Ballet Teaching Studies (CBTS) - Registered Teacher Status", "Royal Academy of Dance", "2017-12"),
        ],
        "langs": [("English", "Fluent"), ("Mandarin", "Native")],
        "unq": {
            "summary": "Dance teacher since 2023 after a ten-year performing career; teaches RAD ballet and contemporary to children, teens and adults.",
            "work": [
                ("Ballet Teacher", "Pirouette Ballet School", "2023-01", "", [
                    "Teach RAD graded and vocational classes and two contemporary classes a week",
                    "Prepare students for RAD examinations",
                ]),
                ("Company Artist", "Lion City Ballet", "2012-08", "2022-12", [
                    "Principal and soloist roles in the company's repertoire; led outreach workshops",
                ]),
            ],
            "certs": [
                ("Certificate in Ballet Teaching Studies (CBTS) - Registered Teacher Status", "Royal Academy of Dance", "2022-11"),
            ],
        },
        "decisive": ("at least 5 years of dance teaching experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "education_welfare_officer-fresh9-1",
        "occ": "education_welfare_officer",
        "title": "Education Welfare Officer / Swyddog Lles Addysg",
        "company": "Gwynedd Council",
        "location": "Caernarfon, Gwynedd, Wales",
        "posting": """
Education Welfare Officer - Education Department
Permanent, 37 hours per week

You will work with schools, pupils and families to improve attendance and to remove barriers to learning: home visits, attendance panels, multi-agency meetings and, where needed, preparing cases for prosecution or Education Supervision Orders.

PERSON SPECIFICATION

Essential
- Language: the ability to communicate fluently in Welsh and English, orally and in writing. This post is designated Welsh-essential.
- A degree or professional qualification in education, social work, youth and community work or a related field, or equivalent experience
- Experience of working with children, young people and families
- Knowledge of the attendance provisions of the Education Act 1996 and child protection procedures
- A full driving licence and access to a vehicle for work

Desirable
- Experience of preparing prosecution files
- Knowledge of restorative approaches

The successful candidate will be subject to an enhanced DBS check.
""",
        "name": "Gethin Roberts",
        "label": "Attendance and Family Support Officer",
        "summary": "Bilingual (Cymraeg/English) attendance officer with six years' work with schools and families, including casework to Education Supervision Orders.",
        "where": ("Bangor", "Gwynedd"),
        "country": "GB",
        "work": [
            ("School Attendance Officer", "Isle of Anglesey County Council", "2021-09", "", [
                "Caseload of 60-70 pupils across 14 primary and two secondary schools",
                "Home visits, attendance panels and multi-agency meetings with social services and CAMHS",
                "Prepared case files for two prosecutions and one Education Supervision Order",
                "Run family meetings in Welsh or English, as the family prefers",
            ]),
            ("Youth Worker", "Conwy Youth Service", "2019-01", "2021-08", [
                "Ran targeted youth work for young people at risk of disengaging from school",
            ]),
        ],
        "skills": {"Casework": ["Attendance casework", "Safeguarding", "Restorative approaches", "Multi-agency working"], "Other": ["Full UK driving licence, own car"]},
        "certs": [
            ("Full UK driving licence", "DVLA", "2012-05"),
            ("Enhanced DBS certificate", "Disclosure and Barring Service", "2021-08"),
        ],
        "edu": [("BA (Hons)", "Youth and Community Work", "Wrexham University", "2018")],
        "langs": [("Welsh", "Native speaker"), ("English", "Fluent")],
        "unq": {
            "summary": "Attendance officer with six years' work with schools and families, including casework to Education Supervision Orders.",
            "work": [
                ("School Attendance Officer", "Isle of Anglesey County Council", "2021-09", "", [
                    "Caseload of 60-70 pupils across 14 primary and two secondary schools",
                    "Home visits, attendance panels and multi-agency meetings with social services and CAMHS",
                    "Prepared case files for two prosecutions and one Education Supervision Order",
                ]),
                ("Youth Worker", "Conwy Youth Service", "2019-01", "2021-08", [
                    "Ran targeted youth work for young people at risk of disengaging from school",
                ]),
            ],
            "langs": [("English", "Native speaker")],
        },
        "decisive": ("fluent spoken and written Welsh", ["Welsh", "Cymraeg"], "language"),
    },
    {
        "id": "education_welfare_officer-fresh9-2",
        "occ": "education_welfare_officer",
        "title": "Educational Welfare Officer",
        "company": "Tusla - Child and Family Agency (Tusla Education Support Service)",
        "location": "Limerick, Ireland",
        "posting": """
Educational Welfare Officer - Tusla Education Support Service (TESS), Limerick
Permanent, whole-time. A panel may be formed from this campaign.

The Educational Welfare Officer works under the Education (Welfare) Act 2000 with children, young people and families who are experiencing difficulty with school attendance, participation and retention, working closely with schools and other services.

Eligibility criteria
Candidates must, on the closing date for applications:
(a) hold a qualification at Level 7 or higher on the National Framework of Qualifications (NFQ), i.e. an ordinary bachelor's degree or above, in education, social science, social care, youth and community work, psychology or a related discipline; AND
(b) have at least two years' relevant experience working with children, young people and families;
(c) hold a full, clean Category B driving licence and have access to a car for work;
(d) be eligible for Garda vetting.
""",
        "name": "Siobhán Daly",
        "label": "Family Support Worker",
        "summary": "Family support practitioner with seven years' work with children and families on school engagement, early school leaving and parenting support.",
        "where": ("Limerick", "Co. Limerick"),
        "country": "IE",
        "work": [
            ("Family Support Worker", "Limerick Family Resource Centre", "2021-03", "", [
                "Key worker for 20-25 families; school attendance and engagement plans with principals and HSCL coordinators",
                "Meitheal lead practitioner for multi-agency support",
                "Deliver Parents Plus programmes",
            ]),
            ("Project Worker", "School Completion Programme, Limerick City North", "2019-09", "2021-02", [
                "After-school and in-school supports for pupils at risk of early school leaving",
            ]),
        ],
        "skills": {"Practice": ["Meitheal", "Children First", "Attendance and engagement planning", "Parenting programmes"], "Other": ["Full clean Category B driving licence, own car"]},
        "certs": [
            ("Full driving licence, Category B", "NDLS", "2013-07"),
            ("Children First e-learning", "Tusla", "2025-02"),
        ],
        "edu": [("Bachelor of Arts (Hons)", "Education and Psychology (NFQ Level 8)", "Mary Immaculate College, Limerick", "2019")],
        "unq": {
            "summary": "Family support practitioner with seven years' work with children and families on school engagement, early school leaving and parenting support; holds a higher certificate in social care.",
            "edu": [("Higher Certificate", "Arts in Social Care (NFQ Level 6)", "Limerick Institute of Technology", "2019")],
        },
        "decisive": ("NFQ Level 7 qualification (ordinary bachelor degree) or higher", ["Level 7", "degree", "bachelor", "bachelor's"], "degree level"),
    },
]
