"""Fresh10 set, education: teacher of the deaf, vocational assessor, Montessori teacher."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "teacher_of_the_deaf-fresh10-1",
        "occ": "teacher_of_the_deaf",
        "title": "Qualified Teacher of the Deaf (QToD) - Peripatetic, Early Years & Primary",
        "company": "Leeds City Council - Deaf and Hearing Impaired Team",
        "location": "Leeds, UK",
        "posting": """
We are looking for a Qualified Teacher of the Deaf to join our peripatetic team supporting deaf children aged 0 to 11 and their families across Leeds. You will make home visits to newly identified babies, monitor and troubleshoot hearing technology, assess language and listening, and advise schools and settings on teaching strategies and access arrangements.

Person specification

Essential
- Qualified Teacher Status (QTS)
- The Mandatory Qualification for teachers of children and young people with hearing impairment (MQ HI), or completion of the Teacher of Sensory Impaired apprenticeship (deaf pathway)
- At least two years' teaching experience
- Full UK driving licence and access to a car for work
- Enhanced DBS check (arranged by us)

Desirable
- BSL Level 2 or above
- Experience with radio aids, cochlear implants and bone-conduction devices
- Early years experience

Leeds City Council is committed to safeguarding and promoting the welfare of children and expects all staff to share this commitment.
""",
        "name": "Rachel Sutcliffe",
        "label": "Qualified Teacher of the Deaf",
        "summary": "Qualified Teacher of the Deaf (QToD) with nine years' teaching, four of them supporting deaf children from birth to 11 in homes, nurseries and mainstream schools. BSL Level 3; full UK driving licence.",
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Qualified Teacher of the Deaf (peripatetic)", "Bradford Sensory Service", "2022-09", "", [
                "Caseload of 35 deaf children aged 0 to 11: home visits, nursery and school support",
                "Check and fault-find hearing aids, radio aids and cochlear implant processors",
                "Assess language and listening and write advice for EHC needs assessments",
            ]),
            ("Class Teacher, Year 2", "Holy Family Catholic Primary School", "2017-09", "2022-08", [
                "Taught a mixed-ability class of 30 including two deaf pupils with cochlear implants",
                "Led phonics across Key Stage 1",
            ]),
        ],
        "skills": {"Deaf education": ["Audiological management", "Radio aids", "Cochlear implants", "Language and listening assessment", "EHCP advice", "Family support"], "Teaching": ["Phonics", "Early years", "Differentiation"]},
        "certs": [
            ("Qualified Teacher Status (QTS)", "Department for Education", "2017-07"),
            ("Postgraduate Diploma in Deaf Education (Mandatory Qualification for Teachers of the Deaf)", "University of Manchester", "2022-07"),
            ("BSL Level 3", "Signature", "2021-06"),
            ("Enhanced DBS check", "Disclosure and Barring Service", "2024-09"),
            ("Full UK driving licence (Category B), own car for work", "DVLA", ""),
        ],
        "edu": [("BA (Hons) Primary Education with QTS", "", "Leeds Trinity University", "2017")],
        "unq": {
            "label": "Primary Teacher and Assistant SENCO",
            "summary": "Primary teacher with nine years' teaching, four of them as assistant SENCO supporting deaf children in a mainstream school with a hearing-impaired cohort. BSL Level 3; full UK driving licence.",
            "work": [
                ("Class Teacher and Assistant SENCO", "St Luke's CE Primary School", "2022-09", "", [
                    "Teach a Year 1 class and coordinate support for the school's 6 deaf pupils, working with the visiting sensory service",
                    "Check hearing aids and radio aids daily and report faults to the audiology team",
                    "Contribute to EHC needs assessments and annual reviews",
                ]),
                ("Class Teacher, Year 2", "Holy Family Catholic Primary School", "2017-09", "2022-08", [
                    "Taught a mixed-ability class of 30 including two deaf pupils with cochlear implants",
                    "Led phonics across Key Stage 1",
                ]),
            ],
            "certs": [
                ("Qualified Teacher Status (QTS)", "Department for Education", "2017-07"),
                ("BSL Level 3", "Signature", "2021-06"),
                ("Enhanced DBS check", "Disclosure and Barring Service", "2024-09"),
                ("Full UK driving licence (Category B), own car for work", "DVLA", ""),
            ],
        },
        "decisive": ("Mandatory Qualification for teachers of the deaf (MQ HI)", ["Mandatory Qualification", "MQ", "QToD", "Teacher of the Deaf"], "certificate"),
    },
    {
        "id": "teacher_of_the_deaf-fresh10-2",
        "occ": "teacher_of_the_deaf",
        "title": "Teacher of the Deaf - Secondary (Auslan/English bilingual)",
        "company": "Victorian College for the Deaf",
        "location": "Melbourne, VIC, Australia",
        "posting": """
Victorian College for the Deaf is a specialist bilingual (Auslan/English) school in Melbourne for deaf and hard of hearing students from Prep to Year 12. We are seeking a Teacher of the Deaf to teach English and Humanities to Years 7 to 10.

Role: Classroom Teacher, Range 2 (ongoing)

Key selection criteria
KSC1 Demonstrated knowledge of deaf education and of how deaf students learn, and the ability to plan and differentiate the Victorian Curriculum accordingly.
KSC2 Fluent Auslan, with the ability to teach curriculum content directly in Auslan and to assess and support students' Auslan and English literacy development.
KSC3 Demonstrated ability to monitor student learning and use data to inform teaching.
KSC4 Demonstrated high-level written and interpersonal skills, including working with families, interpreters and allied health staff.

Other requirements
- Registration with the Victorian Institute of Teaching (VIT)
- A recognised postgraduate qualification in deaf education (or currently enrolled)

The Department of Education values diversity and welcomes applications from Deaf people and people with disability.
""",
        "name": "Daniel Whitcombe",
        "label": "Teacher of the Deaf",
        "summary": "Secondary English and Humanities teacher and Teacher of the Deaf with eleven years' experience, six in deaf education; fluent Auslan user who teaches directly in Auslan and English.",
        "where": ("Melbourne", "VIC"),
        "country": "AU",
        "work": [
            ("Teacher of the Deaf, Visiting Teacher Service", "Victorian Department of Education", "2020-01", "", [
                "Support 25 deaf secondary students in mainstream schools across Melbourne's north",
                "Teach English and Humanities units directly in Auslan to signing students and co-plan with mainstream teachers",
                "Assess Auslan and English literacy and write individual education plans with families",
            ]),
            ("Secondary Teacher, English and Humanities", "Thornbury High School", "2015-02", "2019-12", [
                "Taught English and History to Years 7 to 12, including VCE English",
            ]),
        ],
        "skills": {"Deaf education": ["Bilingual Auslan/English teaching", "Auslan assessment", "Literacy for deaf learners", "Hearing technology", "Working with interpreters"], "Teaching": ["Victorian Curriculum", "VCE English", "Differentiation"]},
        "certs": [
            ("Full registration", "Victorian Institute of Teaching (VIT)", "2016-12"),
            ("Diploma of Auslan", "Melbourne Polytechnic", "2018-11"),
        ],
        "edu": [("Master of Learning Intervention", "Hearing Impairment specialisation", "University of Melbourne", "2019"), ("Bachelor of Education", "Secondary", "Monash University", "2014")],
        "langs": [("English", "Native"), ("Auslan", "Fluent")],
        "unq": {
            "summary": "Secondary English and Humanities teacher and Teacher of the Deaf with eleven years' experience, six in deaf education, supporting students who use spoken English with hearing aids and cochlear implants.",
            "work": [
                ("Teacher of the Deaf, Visiting Teacher Service", "Victorian Department of Education", "2020-01", "", [
                    "Support 25 deaf and hard of hearing secondary students in mainstream schools across Melbourne's north",
                    "Teach English and Humanities units to students who use spoken English, and co-plan with mainstream teachers",
                    "Assess listening and English literacy and write individual education plans with families",
                ]),
                ("Secondary Teacher, English and Humanities", "Thornbury High School", "2015-02", "2019-12", [
                    "Taught English and History to Years 7 to 12, including VCE English",
                ]),
            ],
            "skills": {"Deaf education": ["Auditory-verbal strategies", "Listening assessment", "Literacy for deaf learners", "Hearing technology", "Working with interpreters"], "Teaching": ["Victorian Curriculum", "VCE English", "Differentiation"]},
            "certs": [
                ("Full registration", "Victorian Institute of Teaching (VIT)", "2016-12"),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent Auslan", ["Auslan", "sign language"], "language"),
    },
    {
        "id": "vocational_assessor-fresh10-1",
        "occ": "vocational_assessor",
        "title": "Skills Coach / Assessor (Adult Care) - field based",
        "company": "Paragon Skills",
        "location": "Exeter, Devon, UK",
        "posting": """
Paragon Skills is an Ofsted-rated Good apprenticeship provider working with care employers across England. As a Skills Coach you will support a caseload of around 40 apprentices on the Adult Care Worker (Level 2) and Lead Adult Care Worker (Level 3) standards across Devon and Cornwall: teaching, assessing on-programme progress, reviewing with employers and getting learners ready for end-point assessment.

Essential
- Level 3 Diploma in Adult Care or Health and Social Care (or higher), so that you are occupationally competent
- An assessor qualification: CAVA, TAQA, or A1/D32/D33
- At least 2 years' experience assessing vocational qualifications or apprenticeships
- Full UK driving licence and access to a car (mileage paid)

Desirable
- Level 5 Diploma in Leadership for Health and Social Care
- Internal quality assurance (IQA) award
- Experience with e-portfolios such as OneFile or Aptem

We offer 25 days' holiday plus bank holidays and your birthday, a laptop and phone, and funded CPD. Paragon Skills is committed to safeguarding; this post is subject to an enhanced DBS check.
""",
        "name": "Michelle Tregunna",
        "label": "Vocational Assessor, Health and Social Care",
        "summary": "Assessor and skills coach with six years assessing care apprenticeships and diplomas, after ten years in adult social care up to deputy manager. Holds CAVA and the Level 5 leadership diploma.",
        "where": ("Plymouth", "Devon"),
        "country": "GB",
        "work": [
            ("Assessor, Health and Social Care", "Cornwall College", "2020-06", "", [
                "Assess a caseload of 35 to 45 learners on Adult Care apprenticeships and diplomas through observation, professional discussion and work products",
                "Hold progress reviews with learners and managers and prepare learners for end-point assessment",
                "Record assessment decisions and feedback in OneFile",
            ]),
            ("Deputy Manager", "Hillside Residential Care Home", "2016-04", "2020-05", [
                "Led a team of 25 care workers; supervision, rotas and care plan audits",
            ]),
            ("Senior Care Assistant", "Hillside Residential Care Home", "2010-02", "2016-03", [
                "Delivered personal care, medication rounds and end-of-life care",
            ]),
        ],
        "skills": {"Assessment": ["Observation", "Professional discussion", "Progress reviews", "End-point assessment preparation", "OneFile"], "Care": ["Person-centred care", "Medication management", "Safeguarding adults"]},
        "certs": [
            ("Level 3 Certificate in Assessing Vocational Achievement (CAVA)", "City & Guilds", "2020-05"),
            ("Level 3 Diploma in Health and Social Care (Adults)", "City & Guilds", "2013-07"),
            ("Level 5 Diploma in Leadership for Health and Social Care", "City & Guilds", "2018-11"),
            ("Enhanced DBS check", "Disclosure and Barring Service", "2025-03"),
            ("Full UK driving licence (Category B), own car for work", "DVLA", ""),
        ],
        "edu": [],
        "unq": {
            "summary": "Assessor and skills coach assessing care apprenticeships and diplomas since late 2025, after fifteen years in adult social care up to deputy manager. Holds CAVA and the Level 5 leadership diploma.",
            "work": [
                ("Assessor, Health and Social Care", "Cornwall College", "2025-11", "", [
                    "Assess a caseload of 25 learners on Adult Care apprenticeships and diplomas through observation, professional discussion and work products",
                    "Hold progress reviews with learners and managers and prepare learners for end-point assessment",
                    "Record assessment decisions and feedback in OneFile",
                ]),
                ("Deputy Manager", "Hillside Residential Care Home", "2016-04", "2025-10", [
                    "Led a team of 25 care workers; supervision, rotas and care plan audits",
                ]),
                ("Senior Care Assistant", "Hillside Residential Care Home", "2010-02", "2016-03", [
                    "Delivered personal care, medication rounds and end-of-life care",
                ]),
            ],
            "certs": [
                ("Level 3 Certificate in Assessing Vocational Achievement (CAVA)", "City & Guilds", "2025-10"),
                ("Level 3 Diploma in Health and Social Care (Adults)", "City & Guilds", "2013-07"),
                ("Level 5 Diploma in Leadership for Health and Social Care", "City & Guilds", "2018-11"),
                ("Enhanced DBS check", "Disclosure and Barring Service", "2025-03"),
                ("Full UK driving licence (Category B), own car for work", "DVLA", ""),
            ],
        },
        "decisive": ("at least 2 years' experience assessing vocational qualifications", ["years", "yrs"], "years"),
    },
    {
        "id": "vocational_assessor-fresh10-2",
        "occ": "vocational_assessor",
        "title": "Trainer and Assessor - Carpentry (Casual)",
        "company": "TAFE NSW",
        "location": "Newcastle, NSW, Australia",
        "posting": """
Love your trade? Pass it on. TAFE NSW is looking for carpenters to teach and assess apprentices in CPC30220 Certificate III in Carpentry at our Hamilton and Tighes Hill campuses, on a casual basis with regular weekly hours.

What you'll do
- Deliver practical workshop and theory sessions to apprentices
- Assess competency against the training package using TAFE NSW assessment tools
- Keep student records and contribute to validation

Essential requirements
- Certificate III in Carpentry (CPC30220 or an earlier equivalent) and substantial industry experience as a carpenter
- TAE40122 Certificate IV in Training and Assessment, or TAE40116, or TAE40110 with TAELLN411 and TAEASS502
- General construction induction card (White Card)
- Working with Children Check (NSW) for paid employment
- Current driver licence

TAFE NSW values diversity and encourages Aboriginal and Torres Strait Islander people, women in trades and people with disability to apply.
""",
        "name": "Brett Kowalski",
        "label": "Carpenter and Trainer-Assessor",
        "summary": "Licensed carpenter with seventeen years on residential and commercial sites in the Hunter, now training and assessing carpentry apprentices.",
        "where": ("Newcastle", "NSW"),
        "country": "AU",
        "work": [
            ("Trainer and Assessor, Carpentry (casual)", "Builders Academy Australia", "2023-06", "", [
                "Deliver practical and theory sessions to Certificate III in Carpentry apprentices, two days a week",
                "Assess units of competency with observation checklists and workplace evidence",
                "Take part in assessment validation meetings",
            ]),
            ("Leading Hand Carpenter", "Hunter Homes Group", "2013-03", "", [
                "Frame, fix-out and roof residential builds; run a crew of four carpenters and two apprentices",
            ]),
            ("Carpenter", "Kane Constructions", "2009-01", "2013-02", [
                "Formwork and fit-out on commercial projects",
            ]),
        ],
        "skills": {"Carpentry": ["Framing", "Roofing", "Fit-out", "Formwork", "Reading plans"], "Training": ["Workshop delivery", "Competency assessment", "Assessment validation", "Mentoring apprentices"]},
        "certs": [
            ("TAE40122 Certificate IV in Training and Assessment", "TAFE NSW", "2023-04"),
            ("Certificate III in Carpentry", "TAFE NSW", "2008-12"),
            ("NSW Contractor licence (Carpentry)", "NSW Fair Trading", "2015-06"),
            ("General construction induction card (White Card)", "SafeWork NSW", "2008-02"),
            ("Working with Children Check (paid)", "Office of the Children's Guardian", "2023-05"),
            ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
        ],
        "edu": [],
        "unq": {
            "label": "Carpenter and Workplace Assessor",
            "summary": "Licensed carpenter with seventeen years on residential and commercial sites in the Hunter, now assessing carpentry apprentices for an RTO.",
            "work": [
                ("Workplace Assessor, Carpentry (casual)", "Builders Academy Australia", "2023-06", "", [
                    "Conduct workplace and RPL assessments for Certificate III in Carpentry apprentices, two days a week",
                    "Assess units of competency with observation checklists and workplace evidence",
                    "Take part in assessment validation meetings",
                ]),
                ("Leading Hand Carpenter", "Hunter Homes Group", "2013-03", "", [
                    "Frame, fix-out and roof residential builds; run a crew of four carpenters and two apprentices",
                ]),
                ("Carpenter", "Kane Constructions", "2009-01", "2013-02", [
                    "Formwork and fit-out on commercial projects",
                ]),
            ],
            "skills": {"Carpentry": ["Framing", "Roofing", "Fit-out", "Formwork", "Reading plans"], "Training": ["Competency assessment", "Recognition of prior learning", "Assessment validation", "Mentoring apprentices"]},
            "certs": [
                ("TAESS00011 Assessor Skill Set", "TAFE NSW", "2021-10"),
                ("Certificate III in Carpentry", "TAFE NSW", "2008-12"),
                ("NSW Contractor licence (Carpentry)", "NSW Fair Trading", "2015-06"),
                ("General construction induction card (White Card)", "SafeWork NSW", "2008-02"),
                ("Working with Children Check (paid)", "Office of the Children's Guardian", "2023-05"),
                ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
            ],
        },
        "decisive": ("Certificate IV in Training and Assessment (TAE40122 or equivalent)", ["Certificate IV", "Cert IV", "TAE40122", "TAE40116", "TAE40110"], "credential level"),
    },
    {
        "id": "montessori_teacher-fresh10-1",
        "occ": "montessori_teacher",
        "title": "Montessori Lead Educator (Graduate) - ECCE Preschool Room",
        "company": "Giraffe Childcare",
        "location": "Cabinteely, Dublin 18, Ireland",
        "posting": """
Giraffe Childcare is looking for a Graduate Lead Educator for the Montessori-based ECCE (free preschool) room in our Cabinteely centre, caring for 22 children aged 2 years 8 months to 5 years with two co-educators.

Your role
- Plan and lead a Montessori curriculum in line with Aistear and Siolta
- Observe, document and share each child's learning with families
- Lead and mentor the room team and keep Tusla and Pobal documentation inspection-ready

Requirements
- A Level 7 or Level 8 degree in Early Childhood Education and Care (or Montessori Education) that is on the DCEDIY Early Years Recognised Qualifications list
- At least 1 year's experience as an ECCE room leader
- Montessori training or solid experience with Montessori materials
- Garda vetting (we process this), Children First e-learning and paediatric first aid
- Fluent English

We offer Graduate Lead Educator pay in line with the Early Years Employment Regulation Order, paid training days, and a discount on childcare.
""",
        "name": "Aoibheann Nolan",
        "label": "Montessori Room Leader",
        "summary": "Montessori preschool educator and ECCE room leader with six years in Dublin settings; plans with Aistear and Siolta and uses the full range of Montessori materials. Holds a Level 8 honours degree in early childhood education.",
        "where": ("Dublin", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("ECCE Room Leader (Montessori)", "Little Harvard Early Learning", "2022-08", "", [
                "Lead a Montessori ECCE room of 20 children with one co-educator",
                "Plan emergent curriculum with Aistear themes and Montessori practical life, sensorial, language and maths materials",
                "Keep learning journals and Tusla inspection documentation up to date",
            ]),
            ("Early Years Educator", "Park Academy Childcare", "2020-09", "2022-07", [
                "Worked in the toddler and preschool rooms; key worker for 8 children",
            ]),
        ],
        "skills": {"Early years": ["Montessori materials", "Aistear", "Siolta", "Observation and documentation", "Inclusion (AIM)"], "Other": ["Team leadership", "Parent partnership"]},
        "certs": [
            ("Garda vetting", "National Vetting Bureau", "2024-01"),
            ("Children First e-learning", "Tusla", "2024-02"),
            ("Paediatric First Aid (PHECC-recognised course)", "Irish Red Cross", "2025-05"),
        ],
        "edu": [("BA (Hons) Level 8", "Early Childhood Education", "Technological University Dublin", "2020"), ("QQI Level 6 Major Award", "Early Childhood Care and Education (Montessori)", "Portobello Institute", "2018")],
        "unq": {
            "summary": "Montessori preschool educator and ECCE room leader with six years in Dublin settings; plans with Aistear and Siolta and uses the full range of Montessori materials. Holds the QQI Level 6 major award in early childhood care and education.",
            "edu": [("QQI Level 6 Major Award", "Early Childhood Care and Education (Montessori)", "Portobello Institute", "2018"), ("QQI Level 5 Major Award", "Early Childhood Care and Education", "Colaiste Dhulaigh College of Further Education", "2017")],
        },
        "decisive": ("Level 7 or Level 8 degree in early childhood education", ["Level 7", "Level 8", "degree", "bachelor", "BA"], "degree level"),
    },
    {
        "id": "montessori_teacher-fresh10-2",
        "occ": "montessori_teacher",
        "title": "Qualified Montessori Teacher (3-6 years) - certificated ECE teacher",
        "company": "Mt Albert Montessori Preschool",
        "location": "Auckland, New Zealand",
        "posting": """
Kia ora! We are a small, community-owned Montessori preschool in Mt Albert, licensed for 40 children aged 2 to 6, and we are looking for a qualified teacher to join our team of five from February.

To be considered you must hold:
- NZ teacher registration and a current practising certificate issued by the Teaching Council of Aotearoa New Zealand (provisional or full). We are funded in the 80%+ certificated-teacher band, so this is non-negotiable.
- A recognised early childhood teaching qualification (Bachelor or Graduate Diploma of Teaching, ECE, or an equivalent overseas degree)
- A Montessori diploma for the 3 to 6 age range (AMI, AMS, MCI or Montessori Aotearoa NZ), or at least two years' teaching in a Montessori setting
- The right to work in New Zealand

Desirable: familiarity with Te Whariki and some te reo Maori (we will support you with both).

We offer non-contact time, paid professional development and a real say in how the centre runs.
""",
        "name": "Georgia Lambert",
        "label": "Montessori Teacher (3-6)",
        "summary": "Early childhood teacher with eight years in Montessori 3 to 6 classrooms in Melbourne and Auckland; holds a Montessori 3-6 diploma and a Bachelor of Early Childhood Education. Australian citizen.",
        "where": ("Auckland", "Auckland"),
        "country": "NZ",
        "work": [
            ("Montessori Teacher (3-6)", "Ponsonby Montessori Children's House", "2024-02", "", [
                "Guide a mixed-age class of 24 children with practical life, sensorial, language, maths and cultural materials",
                "Write learning stories and plan with Te Whariki",
            ]),
            ("Montessori Teacher (3-6)", "Northcote Montessori Preschool", "2018-07", "2024-01", [
                "Led a 3 to 6 room of 22 children; mentored two graduate teachers",
                "Used the Early Years Learning Framework alongside Montessori observation records",
            ]),
        ],
        "skills": {"Montessori": ["3-6 curriculum", "Practical life", "Sensorial", "Language and maths materials", "Observation"], "Early childhood": ["Learning stories", "Te Whariki", "EYLF", "Family partnerships"]},
        "certs": [
            ("Teacher registration and full practising certificate (Tuturu)", "Teaching Council of Aotearoa New Zealand", "2024-01"),
            ("Early Childhood Teacher registration", "Victorian Institute of Teaching (VIT)", "2018-03"),
            ("Montessori Diploma of Early Childhood (3-6)", "Montessori World Educational Institute", "2019-11"),
        ],
        "edu": [("Bachelor of Early Childhood Education", "", "Deakin University", "2017")],
        "unq": {
            "summary": "Early childhood teacher with eight years in Montessori 3 to 6 classrooms in Melbourne; holds a Montessori 3-6 diploma and a Bachelor of Early Childhood Education. Australian citizen, entitled to live and work across the Tasman.",
            "where": ("Melbourne", "VIC"),
            "country": "AU",
            "work": [
                ("Montessori Teacher (3-6)", "Fitzroy Montessori Children's House", "2024-02", "", [
                    "Guide a mixed-age class of 24 children with practical life, sensorial, language, maths and cultural materials",
                    "Write learning stories and plan with the Early Years Learning Framework",
                ]),
                ("Montessori Teacher (3-6)", "Northcote Montessori Preschool", "2018-07", "2024-01", [
                    "Led a 3 to 6 room of 22 children; mentored two graduate teachers",
                    "Used the Early Years Learning Framework alongside Montessori observation records",
                ]),
            ],
            "skills": {"Montessori": ["3-6 curriculum", "Practical life", "Sensorial", "Language and maths materials", "Observation"], "Early childhood": ["Learning stories", "EYLF", "Te Whariki (self-study before the move)", "Family partnerships"]},
            "certs": [
                ("Early Childhood Teacher registration", "Victorian Institute of Teaching (VIT)", "2018-03"),
                ("Montessori Diploma of Early Childhood (3-6)", "Montessori World Educational Institute", "2019-11"),
            ],
        },
        "decisive": ("NZ teacher registration and practising certificate (Teaching Council of Aotearoa New Zealand)", ["Teaching Council", "Aotearoa", "practising certificate", "NZ registration", "NZ teacher registration"], "jurisdiction"),
    },
]
# fmt: on
