"""Dev half, people work: teacher, special-education teacher, attorney, paralegal, HR generalist, interpreter."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "teacher-dev-1",
        "occ": "teacher",
        "title": "Mathematics Teacher (Grades 7-12)",
        "company": "Round Rock ISD",
        "location": "Round Rock, TX",
        "posting": """
Round Rock ISD seeks a Mathematics Teacher for Cedar Ridge High School for the spring semester.

Qualifications
- Bachelor's degree
- Valid Texas educator certificate in Mathematics (7-12)
- Experience with Algebra I and Geometry; familiarity with STAAR end-of-course assessments

Responsibilities include planning lessons aligned to the TEKS, using data to differentiate instruction, and communicating with parents.
""",
        "name": "Rachel Kim",
        "label": "Secondary Math Educator",
        "summary": "Certified secondary math teacher who makes algebra concrete; strong results on end-of-course exams.",
        "where": ("Austin", "TX"),
        "work": [
            ("Teacher, Algebra I and Geometry", "Pflugerville ISD", "2021-08", "", [
                "Teach five sections of Algebra I and Geometry aligned to the TEKS",
                "Raised STAAR Algebra I EOC pass rate from 71% to 84% using small-group reteach",
            ]),
            ("Student Teacher, Mathematics", "Austin ISD", "2021-01", "2021-05", [
                "Planned and taught Algebra II units",
            ]),
        ],
        "skills": {"Teaching": ["Lesson planning", "Differentiated instruction", "Data-driven instruction", "Parent communication"], "Subjects": ["Algebra I", "Geometry", "Algebra II"]},
        "certs": [("Texas Educator Certificate: Mathematics 7-12", "Texas Education Agency", "2021-06")],
        "edu": [("Bachelor of Science", "Mathematics", "Texas State University", "2021")],
        "unq": {
            "label": "Secondary Science Educator",
            "summary": "Certified secondary science teacher who makes physics concrete; strong results on end-of-course exams.",
            "work": [
                ("Teacher, Biology and Integrated Physics and Chemistry", "Pflugerville ISD", "2021-08", "", [
                    "Teach five sections of Biology and IPC aligned to the TEKS",
                    "Raised STAAR Biology EOC pass rate from 71% to 84% using small-group reteach",
                ]),
                ("Student Teacher, Science", "Austin ISD", "2021-01", "2021-05", [
                    "Planned and taught chemistry units",
                ]),
            ],
            "skills": {"Teaching": ["Lesson planning", "Differentiated instruction", "Data-driven instruction", "Parent communication"], "Subjects": ["Biology", "Integrated Physics and Chemistry", "Chemistry"]},
            "certs": [("Texas Educator Certificate: Science 7-12", "Texas Education Agency", "2021-06")],
            "edu": [("Bachelor of Science", "Biology", "Texas State University", "2021")],
        },
        "decisive": ("Texas Mathematics 7-12 certification", ["mathematics", "math", "algebra", "geometry"], "certificate"),
    },
    {
        "id": "teacher-dev-2",
        "occ": "teacher",
        "title": "Elementary Teacher - Grade 3",
        "company": "Newark Board of Education",
        "location": "Newark, NJ",
        "posting": """
Grade 3 Teacher, 2027-28 school year
Must hold a New Jersey Certificate of Eligibility with Advanced Standing (CEAS) or Standard certificate - Elementary School Teacher K-6
Bachelor's degree
Experience with balanced literacy and Eureka Math preferred
""",
        "name": "Jasmine Carter",
        "label": "Elementary Teacher",
        "summary": "Elementary teacher who builds strong readers; experienced with guided reading and Eureka Math in grades 2-4.",
        "where": ("Jersey City", "NJ"),
        "work": [
            ("Classroom Teacher, Grade 2", "Jersey City Public Schools", "2022-09", "", [
                "Teach guided reading groups and Eureka Math lessons to 24 students",
                "Use running records and i-Ready data to plan small groups",
            ]),
        ],
        "skills": {"Teaching": ["Guided reading", "Balanced literacy", "Eureka Math", "Classroom management"]},
        "certs": [("Standard Certificate, Elementary School Teacher in Grades K-6", "New Jersey Department of Education", "2024-06")],
        "edu": [("Bachelor of Arts", "Elementary Education", "Montclair State University", "2022")],
        "unq": {
            "where": ("Philadelphia", "PA"),
            "work": [
                ("Classroom Teacher, Grade 2", "School District of Philadelphia", "2022-09", "", [
                    "Teach guided reading groups and Eureka Math lessons to 24 students",
                    "Use running records and i-Ready data to plan small groups",
                ]),
            ],
            "certs": [("Instructional I Certificate, Elementary (PK-4)", "Pennsylvania Department of Education", "2022-06")],
            "edu": [("Bachelor of Arts", "Elementary Education", "Temple University", "2022")],
        },
        "decisive": ("New Jersey elementary K-6 teaching certificate", ["New Jersey", "NJ", "CEAS"], "jurisdiction"),
    },
    {
        "id": "teacher-dev-3",
        "occ": "teacher",
        "title": "High School Chemistry Teacher",
        "company": "Denver Public Schools",
        "location": "Denver, CO",
        "posting": """
Denver Public Schools is hiring a Chemistry Teacher at East High School. The teacher plans and delivers inquiry-based chemistry instruction, runs safe labs, and prepares students for AP Chemistry.

Applicants must hold a Colorado professional teaching license with a Science endorsement and have at least three years of classroom teaching experience. AP Chemistry experience is a plus.
""",
        "name": "Nathan Brooks",
        "label": "Science Teacher",
        "summary": "Science teacher running inquiry labs in chemistry and physical science; licensed in Colorado.",
        "where": ("Aurora", "CO"),
        "work": [
            ("Chemistry and Physical Science Instructor", "Cherry Creek Schools", "2021-08", "", [
                "Teach Chemistry, AP Chemistry and Physical Science to grades 9-12",
                "Redesigned the lab safety program; zero lab incidents in four years",
            ]),
        ],
        "skills": {"Teaching": ["Inquiry-based learning", "Lab safety", "AP Chemistry", "Assessment design"]},
        "certs": [("Professional Teacher License, Science (7-12) endorsement", "Colorado Department of Education", "2021-06")],
        "edu": [("Bachelor of Science", "Chemistry", "University of Colorado Denver", "2020"), ("Teacher Licensure Program", "Secondary Science", "University of Colorado Denver", "2021")],
        "unq": {
            "summary": "Science teacher running inquiry labs in chemistry and physical science; licensed in Colorado.",
            "work": [
                ("Chemistry and Physical Science Instructor", "Cherry Creek Schools", "2025-08", "", [
                    "Teach Chemistry, AP Chemistry and Physical Science to grades 9-12",
                    "Redesigned the lab safety program",
                ]),
                ("Laboratory Technician", "Metropolitan State University of Denver", "2021-08", "2025-07", [
                    "Prepared reagents and set up teaching labs for general chemistry courses",
                ]),
            ],
            "certs": [("Professional Teacher License, Science (7-12) endorsement", "Colorado Department of Education", "2025-06")],
            "edu": [("Bachelor of Science", "Chemistry", "University of Colorado Denver", "2020"), ("Teacher Licensure Program", "Secondary Science", "University of Colorado Denver", "2025")],
        },
        "decisive": ("three years of classroom teaching experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "sped-dev-1",
        "occ": "special_education_teacher",
        "title": "Special Education Teacher - Mild/Moderate (RSP)",
        "company": "San Diego Unified School District",
        "location": "San Diego, CA",
        "posting": """
Resource Specialist Program (RSP) teacher, elementary

Requirements:
- California Education Specialist Instruction Credential: Mild/Moderate Support Needs (or Mild/Moderate Disabilities)
- Experience writing and implementing IEPs
- Knowledge of SEIS

Case manage 25 students, deliver push-in and pull-out instruction, run IEP meetings, collaborate with general education teachers.
""",
        "name": "Vanessa Cruz",
        "label": "Education Specialist",
        "summary": "Credentialed education specialist for students with mild to moderate disabilities; IEP case manager and co-teacher.",
        "where": ("Chula Vista", "CA"),
        "work": [
            ("Resource Teacher", "Chula Vista Elementary School District", "2020-08", "", [
                "Case manage 26 students with specific learning disabilities, ADHD and autism",
                "Write IEPs and progress reports in SEIS; lead annual and triennial meetings",
                "Co-teach reading and math with general education teachers",
            ]),
        ],
        "skills": {"Special education": ["IEP development", "SEIS", "Co-teaching", "Orton-Gillingham", "Behavior support plans"]},
        "certs": [("Education Specialist Instruction Credential - Mild/Moderate Disabilities (Clear)", "California Commission on Teacher Credentialing", "2020-06")],
        "edu": [("Master of Arts", "Special Education", "San Diego State University", "2020")],
        "unq": {
            "label": "Elementary Teacher",
            "summary": "Credentialed elementary teacher for general education classrooms; strong in reading and math intervention.",
            "work": [
                ("Classroom Teacher, Grade 4", "Chula Vista Elementary School District", "2020-08", "", [
                    "Teach 28 students including several with learning disabilities and ADHD",
                    "Attend IEP meetings as the general education teacher and track accommodations",
                    "Run reading and math intervention groups",
                ]),
            ],
            "skills": {"Teaching": ["Reading intervention", "Math intervention", "Classroom management", "Orton-Gillingham"]},
            "certs": [("Multiple Subject Teaching Credential (Clear)", "California Commission on Teacher Credentialing", "2020-06")],
            "edu": [("Master of Arts", "Teaching", "San Diego State University", "2020")],
        },
        "decisive": ("California Education Specialist credential (Mild/Moderate)", ["Education Specialist", "special education", "Mild/Moderate"], "credential level"),
    },
    {
        "id": "sped-dev-2",
        "occ": "special_education_teacher",
        "title": "Teacher of the Deaf and Hard of Hearing",
        "company": "Minneapolis Public Schools",
        "location": "Minneapolis, MN",
        "posting": """
Teacher, Deaf/Hard of Hearing (DHH) - itinerant, K-12

You will provide direct instruction and consultation for DHH students across several schools, write IEP goals, and support families.

Requirements: Minnesota license in Deaf or Hard of Hearing (birth-grade 12); fluency in American Sign Language (ASL), with SLPI rating of Advanced or higher; valid driver's license for travel between sites.
""",
        "name": "Claire Donovan",
        "label": "DHH Teacher",
        "summary": "Itinerant teacher for deaf and hard of hearing students, signing and spoken-language classrooms alike.",
        "where": ("St. Paul", "MN"),
        "work": [
            ("Itinerant Teacher, Deaf and Hard of Hearing", "St. Paul Public Schools", "2019-08", "", [
                "Teach and consult for 18 DHH students in 7 schools; write IEP goals and run meetings",
                "Coach families on hearing technology and language access",
                "Instruct in ASL and English; coordinate with educational interpreters",
            ]),
        ],
        "skills": {"Special education": ["IEP writing", "Auditory-verbal strategies", "Hearing assistive technology", "Family coaching"], "Other": ["Valid Minnesota driver's license"]},
        "certs": [("Teacher License: Deaf or Hard of Hearing (Birth-Grade 12)", "Minnesota PELSB", "2019-06"), ("Sign Language Proficiency Interview: Superior", "SLPI", "2020-03")],
        "edu": [("Master of Education", "Deaf and Hard of Hearing Education", "University of Minnesota", "2019")],
        "langs": [("English", "Native"), ("American Sign Language (ASL)", "Fluent")],
        "unq": {
            "certs": [("Teacher License: Deaf or Hard of Hearing (Birth-Grade 12)", "Minnesota PELSB", "2019-06")],
            "langs": [("English", "Native")],
            "summary": "Itinerant teacher for deaf and hard of hearing students in spoken-language classrooms.",
        },
        "swaps": [("Instruct in ASL and English; coordinate with educational interpreters", "Coordinate with educational interpreters")],
        "decisive": ("fluency in American Sign Language (ASL)", ["ASL", "American Sign Language", "sign language", "SLPI"], "language"),
    },
    {
        "id": "sped-dev-3",
        "occ": "special_education_teacher",
        "title": "Special Education Teacher - Self-Contained Autism Classroom",
        "company": "Fairfax County Public Schools",
        "location": "Fairfax, VA",
        "posting": """
Special Ed Teacher - autism self-contained classroom (K-2)
- VA license w/ Special Education: Adapted Curriculum K-12 endorsement
- 3+ yrs teaching students with autism or significant disabilities
- ABA / visual supports / data collection
- CPI (Safety-Care or similar) training
""",
        "name": "Monique Harris",
        "label": "Special Education Teacher",
        "summary": "Teacher of young students with autism; structured classrooms, visual supports and daily data.",
        "where": ("Alexandria", "VA"),
        "work": [
            ("Teacher, Adapted Curriculum", "Alexandria City Public Schools", "2021-08", "", [
                "Lead a K-2 classroom of 8 students with autism with two paraprofessionals",
                "Run discrete trial and natural environment teaching; graph daily data",
                "Build visual schedules and communication boards",
            ]),
        ],
        "skills": {"Special education": ["Applied behavior analysis", "Discrete trial teaching", "Visual supports", "Data collection", "Crisis prevention"]},
        "certs": [
            ("Virginia Collegiate Professional License - Special Education: Adapted Curriculum K-12", "Virginia Department of Education", "2021-06"),
            ("Safety-Care Crisis Prevention", "QBS", "2025-08"),
        ],
        "edu": [("Master of Education", "Special Education", "George Mason University", "2021")],
        "unq": {
            "work": [
                ("Teacher, Adapted Curriculum", "Alexandria City Public Schools", "2025-08", "", [
                    "Lead a K-2 classroom of 8 students with autism with two paraprofessionals",
                    "Run discrete trial and natural environment teaching; graph daily data",
                    "Build visual schedules and communication boards",
                ]),
                ("Classroom Teacher, Grade 1", "Alexandria City Public Schools", "2021-08", "2025-06", [
                    "Taught a general education first grade class of 22",
                ]),
            ],
            "certs": [
                ("Virginia Collegiate Professional License - Special Education: Adapted Curriculum K-12", "Virginia Department of Education", "2025-06"),
                ("Safety-Care Crisis Prevention", "QBS", "2025-08"),
            ],
        },
        "decisive": ("3+ years teaching students with autism or significant disabilities", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "attorney-dev-1",
        "occ": "attorney",
        "title": "Employment Litigation Associate",
        "company": "Littler Mendelson",
        "location": "Los Angeles, CA",
        "posting": """
Littler's Los Angeles office is looking for an associate with three to five years of employment litigation experience to defend employers in wage-and-hour class actions, PAGA representative actions and single-plaintiff discrimination cases.

Candidates must be active members in good standing of the State Bar of California. Strong research and writing, deposition experience and familiarity with California Labor Code required.
""",
        "name": "Daniel Cho",
        "label": "Litigation Associate",
        "summary": "Employment litigator defending companies in wage-and-hour class actions and discrimination suits; takes and defends depositions.",
        "where": ("Los Angeles", "CA"),
        "work": [
            ("Associate", "Seyfarth Shaw LLP", "2022-06", "", [
                "Defend employers in Labor Code wage-and-hour class and PAGA actions",
                "Take and defend depositions; draft summary judgment motions",
            ]),
        ],
        "skills": {"Law": ["Employment litigation", "Wage-and-hour", "PAGA", "Depositions", "Legal research and writing"]},
        "certs": [("Admitted to practice: State Bar of California (active)", "State Bar of California", "2021-12")],
        "edu": [("Juris Doctor", "Law", "UCLA School of Law", "2021")],
        "unq": {
            "where": ("New York", "NY"),
            "certs": [("Admitted to practice: New York State Bar (Appellate Division, First Department)", "New York State Unified Court System", "2021-12")],
            "work": [
                ("Associate", "Seyfarth Shaw LLP (New York office)", "2022-06", "", [
                    "Defend employers in wage-and-hour class and collective actions under the FLSA and NYLL",
                    "Take and defend depositions; draft summary judgment motions",
                ]),
            ],
            "skills": {"Law": ["Employment litigation", "Wage-and-hour", "FLSA collective actions", "Depositions", "Legal research and writing"]},
            "edu": [("Juris Doctor", "Law", "Fordham University School of Law", "2021")],
        },
        "decisive": ("active member of the State Bar of California", ["California", "State Bar of California", "CA"], "jurisdiction"),
    },
    {
        "id": "attorney-dev-2",
        "occ": "attorney",
        "title": "Commercial Litigation Attorney",
        "company": "Jackson Walker",
        "location": "Dallas, TX",
        "posting": """
Commercial Litigation Associate (mid-level)
- Licensed in Texas
- 5+ years of commercial litigation experience at a law firm
- first-chair depositions, motion practice, some trial experience
- business disputes, contract and fiduciary claims
""",
        "name": "Laura Pham",
        "label": "Trial Lawyer",
        "summary": "Business trial lawyer with six years handling contract, partnership and fiduciary disputes from filing through trial.",
        "where": ("Dallas", "TX"),
        "work": [
            ("Senior Associate", "Haynes and Boone", "2023-01", "", [
                "First-chair depositions and hearings in contract and fiduciary duty disputes",
                "Second chair on two jury trials",
            ]),
            ("Associate Attorney", "Thompson & Knight", "2020-09", "2022-12", [
                "Drafted motions and discovery in business disputes",
            ]),
        ],
        "skills": {"Law": ["Commercial litigation", "Depositions", "Motion practice", "Trial"]},
        "certs": [("State Bar of Texas, licensed attorney", "State Bar of Texas", "2020-11")],
        "edu": [("J.D.", "Law", "SMU Dedman School of Law", "2020")],
        "unq": {
            "summary": "Business lawyer handling contract, partnership and fiduciary disputes from filing through trial.",
            "work": [
                ("Associate", "Haynes and Boone", "2024-11", "", [
                    "First-chair depositions and hearings in contract and fiduciary duty disputes",
                    "Second chair on one jury trial",
                ]),
                ("Senior Litigation Paralegal", "Thompson & Knight", "2016-06", "2021-07", [
                    "Managed discovery and trial binders in business disputes",
                ]),
            ],
            "certs": [("State Bar of Texas, licensed attorney", "State Bar of Texas", "2024-11")],
            "edu": [("J.D.", "Law", "SMU Dedman School of Law", "2024")],
        },
        "decisive": ("5+ years of commercial litigation experience (as an attorney)", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "attorney-dev-3",
        "occ": "attorney",
        "title": "Patent Attorney - Medical Devices",
        "company": "Knobbe Martens",
        "location": "Irvine, CA",
        "posting": """
Patent attorney to prepare and prosecute U.S. and foreign patent applications for medical device clients, and to advise on freedom to operate and patentability.

Requirements: J.D.; registration to practice before the United States Patent and Trademark Office (USPTO) is required; degree in mechanical or biomedical engineering; 2+ years of patent prosecution experience; admission to a state bar.
""",
        "name": "Arjun Mehta",
        "label": "Registered Patent Attorney",
        "summary": "Patent practitioner and biomedical engineer; I draft and prosecute applications for catheters, implants and surgical tools.",
        "where": ("Irvine", "CA"),
        "work": [
            ("Associate", "Fish & Richardson", "2021-09", "", [
                "Draft and prosecute patent applications for catheter, stent and surgical stapler inventions",
                "Write freedom-to-operate and patentability opinions",
            ]),
        ],
        "skills": {"IP": ["Patent prosecution", "Office action responses", "Freedom to operate", "Medical devices"]},
        "certs": [
            ("Registered Patent Attorney, Reg. No. 81234", "United States Patent and Trademark Office", "2020-05"),
            ("State Bar of California", "State Bar of California", "2021-12"),
        ],
        "edu": [("Juris Doctor", "Law", "UC Irvine School of Law", "2021"), ("Bachelor of Science", "Biomedical Engineering", "UC San Diego", "2017")],
        "unq": {
            "label": "Intellectual Property Attorney",
            "summary": "IP lawyer and biomedical engineer; I work on patent matters for catheters, implants and surgical tools.",
            "work": [
                ("Associate", "Fish & Richardson", "2021-09", "", [
                    "Support patent litigation and draft claim charts for catheter, stent and surgical stapler patents",
                    "Write freedom-to-operate and patentability memos under partner supervision",
                ]),
            ],
            "certs": [("State Bar of California", "State Bar of California", "2021-12")],
        },
        "decisive": ("USPTO registration (patent bar)", ["USPTO", "patent bar", "registered patent", "Patent and Trademark Office"], "licence level"),
    },
    {
        "id": "paralegal-dev-1",
        "occ": "paralegal",
        "title": "Litigation Paralegal",
        "company": "Perkins Coie",
        "location": "Seattle, WA",
        "posting": """
Perkins Coie seeks a Litigation Paralegal. You will manage case files, prepare discovery responses and document productions, cite-check briefs, and help prepare for depositions and trial.

Required: paralegal certificate from an ABA-approved program or the NALA Certified Paralegal (CP) credential; two years of litigation paralegal experience; proficiency with Microsoft Office and document management systems.
""",
        "name": "Heather Lin",
        "label": "Litigation Paralegal",
        "summary": "Litigation paralegal with three years of discovery, document production and trial preparation in commercial cases.",
        "where": ("Seattle", "WA"),
        "work": [
            ("Paralegal, Litigation", "Davis Wright Tremaine", "2022-10", "", [
                "Prepare discovery responses, privilege logs and document productions",
                "Cite-check briefs and build trial and deposition binders",
            ]),
            ("Legal Assistant", "Lane Powell", "2021-06", "2022-09", [
                "Calendared deadlines and filed pleadings in state and federal court",
            ]),
        ],
        "skills": {"Litigation support": ["Discovery", "Document production", "Cite-checking", "Trial preparation"], "Tools": ["iManage", "Microsoft Office"]},
        "certs": [("Certificate in Paralegal Studies (ABA-approved)", "Edmonds College", "2021-05")],
        "edu": [("Bachelor of Arts", "Political Science", "University of Washington", "2020")],
        "unq": {"certs": []},
        "decisive": ("ABA-approved paralegal certificate or NALA CP", ["ABA-approved", "ABA approved", "paralegal studies", "paralegal certificate", "NALA", "Certified Paralegal"], "certificate"),
    },
    {
        "id": "paralegal-dev-2",
        "occ": "paralegal",
        "title": "eDiscovery Paralegal",
        "company": "Kirkland & Ellis",
        "location": "Chicago, IL",
        "posting": """
eDiscovery Paralegal
must: Relativity (admin-level searching, batching, productions)
3+ yrs litigation support / ediscovery
ESI protocols, privilege review workflows
RCA (Relativity Certified Administrator) preferred
""",
        "name": "Omar Siddiqui",
        "label": "Litigation Support Paralegal",
        "summary": "eDiscovery paralegal running review workspaces, search terms and productions for large commercial litigation.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Litigation Support Specialist", "Sidley Austin", "2021-04", "", [
                "Build saved searches, batch sets and productions in Relativity for review teams of 40",
                "Run privilege review workflows and negotiate ESI protocols with vendors",
            ]),
            ("Paralegal", "Jenner & Block", "2019-07", "2021-03", [
                "Document review coordination and production QC",
            ]),
        ],
        "skills": {"eDiscovery": ["Relativity", "Search term reports", "Privilege logs", "ESI protocols"]},
        "certs": [("Relativity Certified Administrator (RCA)", "Relativity", "2022-11")],
        "edu": [("Bachelor of Arts", "History", "DePaul University", "2019")],
        "unq": {
            "certs": [("Certified E-Discovery Specialist (CEDS)", "ACEDS", "2022-11")],
            "skills": {"eDiscovery": ["Everlaw", "Search term reports", "Privilege logs", "ESI protocols"]},
        },
        "swaps": [("Build saved searches, batch sets and productions in Relativity for review teams of 40", "Build saved searches, batch sets and productions in Everlaw for review teams of 40")],
        "decisive": ("Relativity experience", ["Relativity", "RCA"], "tool"),
    },
    {
        "id": "paralegal-dev-3",
        "occ": "paralegal",
        "title": "Senior Corporate Paralegal",
        "company": "Cooley LLP",
        "location": "Palo Alto, CA",
        "posting": """
Senior Corporate Paralegal

Cooley's emerging companies group is looking for a senior paralegal to manage entity formation, equity and venture financings for startups.

You have at least five years of corporate paralegal experience at a law firm or in-house, including cap table management (Carta), board consents, Delaware filings and closing checklists. A paralegal certificate is preferred.
""",
        "name": "Stephanie Alvarez",
        "label": "Corporate Paralegal",
        "summary": "Corporate paralegal for startups and venture funds: formations, financings and cap tables.",
        "where": ("San Jose", "CA"),
        "work": [
            ("Senior Legal Specialist, Corporate", "Wilson Sonsini Goodrich & Rosati", "2022-02", "", [
                "Run closing checklists for Series A-C financings; update cap tables in Carta",
                "Draft board and stockholder consents; file Delaware certificates of incorporation and amendments",
            ]),
            ("Corporate Legal Assistant", "Fenwick & West", "2019-01", "2022-01", [
                "Formed Delaware and California entities and maintained minute books",
            ]),
        ],
        "skills": {"Corporate": ["Entity formation", "Venture financings", "Carta", "Board consents", "Delaware filings"]},
        "certs": [("Paralegal Certificate", "UC Berkeley Extension", "2018-12")],
        "edu": [("Bachelor of Arts", "Economics", "San Jose State University", "2018")],
        "unq": {
            "work": [
                ("Legal Specialist, Corporate", "Wilson Sonsini Goodrich & Rosati", "2024-09", "", [
                    "Run closing checklists for Series A-C financings; update cap tables in Carta",
                    "Draft board and stockholder consents; file Delaware certificates of incorporation and amendments",
                ]),
                ("Office Coordinator", "Fenwick & West", "2019-01", "2024-08", [
                    "Managed conference rooms, supplies and mail for a 120-person office",
                ]),
            ],
            "summary": "Corporate paralegal for startups and venture funds: financings and cap tables.",
        },
        "decisive": ("five years of corporate paralegal experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "hr-dev-1",
        "occ": "hr_generalist",
        "title": "HR Manager",
        "company": "Lincoln Electric",
        "location": "Cleveland, OH",
        "posting": """
The HR Manager leads human resources for a 600-employee manufacturing plant: employee relations, labor relations with the union, talent acquisition, compensation and compliance.

Requirements:
- Bachelor's degree in HR or business
- SHRM-SCP or SPHR certification (required)
- 7+ years of progressive HR experience, including manufacturing
- Experience with union environments
""",
        "name": "Karen Mitchell",
        "label": "Human Resources Leader",
        "summary": "Senior HR leader for union manufacturing plants: employee and labor relations, staffing and compliance.",
        "where": ("Akron", "OH"),
        "work": [
            ("HR Business Partner", "Goodyear Tire & Rubber", "2019-04", "", [
                "Lead HR for a 750-employee union plant; resolve grievances and support contract negotiations",
                "Run hiring for 120 production roles a year",
            ]),
            ("HR Generalist", "Timken", "2016-06", "2019-03", [
                "Employee relations investigations, FMLA and leave administration",
            ]),
        ],
        "skills": {"HR": ["Labor relations", "Employee relations", "Talent acquisition", "Compensation", "FMLA/ADA compliance"]},
        "certs": [("Senior Professional in Human Resources (SPHR)", "HR Certification Institute (HRCI)", "2020-09")],
        "edu": [("Bachelor of Business Administration", "Human Resource Management", "Kent State University", "2016")],
        "unq": {
            "certs": [("SHRM Certified Professional (SHRM-CP)", "Society for Human Resource Management", "2020-09")],
        },
        "decisive": ("SHRM-SCP or SPHR certification", ["SHRM-SCP", "SPHR", "Senior Professional in Human Resources", "Senior Certified Professional"], "credential level"),
    },
    {
        "id": "hr-dev-2",
        "occ": "hr_generalist",
        "title": "HRIS Analyst / HR Generalist",
        "company": "Providence Health",
        "location": "Portland, OR",
        "posting": """
HR Generalist - HRIS focus
* Workday HCM: business processes, EIBs, custom reports (REQUIRED)
* 3 yrs HR generalist experience
* support onboarding, job changes, terminations
* healthcare HR a plus
""",
        "name": "Sophie Tran",
        "label": "HR Systems Generalist",
        "summary": "HR generalist who keeps HR data clean and builds reports; onboarding, job changes and system business processes.",
        "where": ("Beaverton", "OR"),
        "work": [
            ("People Operations Specialist", "Legacy Health", "2022-03", "", [
                "Maintain Workday HCM business processes and load changes through EIBs",
                "Build custom Workday reports for HR business partners",
                "Handle onboarding, transfers and terminations for 2,000 employees",
            ]),
            ("HR Coordinator", "Nike", "2020-01", "2022-02", [
                "Scheduled interviews and prepared offer letters",
            ]),
        ],
        "skills": {"HR": ["Onboarding", "HR data management", "Reporting"], "Systems": ["Workday HCM", "Excel"]},
        "certs": [("SHRM-CP", "SHRM", "2023-05")],
        "edu": [("Bachelor of Science", "Business Administration", "Portland State University", "2019")],
        "unq": {
            "skills": {"HR": ["Onboarding", "HR data management", "Reporting"], "Systems": ["ADP Workforce Now", "Excel"]},
        },
        "swaps": [("Maintain Workday HCM business processes and load changes through EIBs", "Maintain ADP Workforce Now records and mass-load changes"), ("Build custom Workday reports for HR business partners", "Build custom ADP reports for HR business partners")],
        "decisive": ("Workday HCM experience", ["Workday", "EIB", "EIBs"], "tool"),
    },
    {
        "id": "hr-dev-3",
        "occ": "hr_generalist",
        "title": "Senior HR Generalist",
        "company": "Costco Wholesale",
        "location": "Issaquah, WA",
        "posting": """
Senior HR Generalist, corporate office.

The ideal candidate has five or more years of experience as an HR generalist or HR business partner, with deep knowledge of Washington employment law, leave administration and employee relations investigations. Bachelor's degree required; PHR or SHRM-CP preferred.
""",
        "name": "Diana Reyes",
        "label": "People Partner",
        "summary": "People partner with six years of employee relations, investigations and leave administration in retail and tech.",
        "where": ("Bellevue", "WA"),
        "work": [
            ("People Partner", "REI Co-op", "2022-01", "", [
                "Conduct employee relations investigations and advise managers on corrective action",
                "Administer WA Paid Family and Medical Leave, FMLA and ADA accommodations",
            ]),
            ("Human Resources Associate", "Nordstrom", "2020-05", "2021-12", [
                "Handled leave cases and employee questions for 900 store employees",
            ]),
        ],
        "skills": {"HR": ["Employee relations investigations", "Leave administration", "Washington employment law", "Coaching managers"]},
        "certs": [("Professional in Human Resources (PHR)", "HRCI", "2021-03")],
        "edu": [("Bachelor of Arts", "Psychology", "Western Washington University", "2020")],
        "unq": {
            "summary": "People partner in employee relations, investigations and leave administration in retail and tech.",
            "work": [
                ("People Partner", "REI Co-op", "2025-02", "", [
                    "Conduct employee relations investigations and advise managers on corrective action",
                    "Administer WA Paid Family and Medical Leave, FMLA and ADA accommodations",
                ]),
                ("Store Associate", "Nordstrom", "2020-05", "2025-01", [
                    "Sold shoes and handled customer returns",
                ]),
            ],
        },
        "decisive": ("five or more years as an HR generalist or HRBP", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "interpreter-dev-1",
        "occ": "interpreter",
        "title": "Medical Interpreter - Spanish",
        "company": "Intermountain Health",
        "location": "Salt Lake City, UT",
        "posting": """
Medical Interpreter (Spanish/English), full time, hospital-based

Requirements
- National certification as a medical interpreter: CCHI (CHI-Spanish) or NBCMI (CMI-Spanish)
- Native or near-native fluency in English and Spanish
- 1 year of interpreting in a healthcare setting

You will interpret consecutively and simultaneously for patients and providers in person, by phone and by video, and sight-translate forms.
""",
        "name": "Adriana Morales",
        "label": "Healthcare Interpreter",
        "summary": "Nationally certified Spanish healthcare interpreter in emergency, oncology and pediatric encounters.",
        "where": ("West Valley City", "UT"),
        "work": [
            ("Staff Interpreter, Spanish", "University of Utah Health", "2022-06", "", [
                "Interpret consecutively and simultaneously in ED, oncology and pediatric encounters",
                "Sight-translate consent forms and discharge instructions",
            ]),
            ("Bilingual Patient Access Representative", "St. Mark's Hospital", "2020-09", "2022-05", [
                "Registered Spanish-speaking patients and explained financial forms",
            ]),
        ],
        "skills": {"Interpreting": ["Consecutive interpreting", "Simultaneous interpreting", "Sight translation", "Medical terminology", "Video remote interpreting"]},
        "certs": [("Certified Healthcare Interpreter (CHI-Spanish)", "Certification Commission for Healthcare Interpreters (CCHI)", "2023-02")],
        "edu": [("Bachelor of Arts", "Spanish", "University of Utah", "2020")],
        "langs": [("Spanish", "Native"), ("English", "Native-level")],
        "unq": {
            "summary": "Trained Spanish healthcare interpreter in emergency, oncology and pediatric encounters.",
            "certs": [("Bridging the Gap 40-hour Medical Interpreter Training (certificate of completion)", "Cross Cultural Health Care Program", "2022-04")],
        },
        "decisive": ("CCHI (CHI) or NBCMI (CMI) national certification", ["CCHI", "NBCMI", "CHI", "CMI", "certified healthcare interpreter", "certified medical interpreter"], "certificate"),
    },
    {
        "id": "interpreter-dev-2",
        "occ": "interpreter",
        "title": "Portuguese Interpreter",
        "company": "Boston Medical Center",
        "location": "Boston, MA",
        "posting": """
Portuguese Interpreter
- fluent Portuguese (Brazilian and European) + English
- medical interpreter training (40 hr min.)
- 2 yrs interpreting experience
- MA Medical Interpreter Association membership a plus
""",
        "name": "Thiago Almeida",
        "label": "Medical Interpreter",
        "summary": "Medical interpreter for Brazilian and Cape Verdean patients in primary care, OB and mental health.",
        "where": ("Somerville", "MA"),
        "work": [
            ("Interpreter", "Cambridge Health Alliance", "2021-03", "", [
                "Interpret Portuguese-English in primary care, OB and behavioral health visits",
                "Interpret for Cape Verdean families in European Portuguese",
            ]),
        ],
        "skills": {"Interpreting": ["Consecutive interpreting", "Medical terminology", "Telephonic interpreting"]},
        "certs": [("Medical Interpreter Training, 60 hours", "Boston University Center for Professional Education", "2021-01")],
        "edu": [("Bachelor of Arts", "Linguistics", "UMass Boston", "2020")],
        "langs": [("Portuguese", "Native (Brazilian)"), ("English", "Fluent"), ("Spanish", "Intermediate")],
        "unq": {
            "summary": "Medical interpreter for Spanish-speaking patients in primary care, OB and mental health.",
            "langs": [("Spanish", "Native"), ("English", "Fluent")],
        },
        "swaps": [("Interpret Portuguese-English in primary care, OB and behavioral health visits", "Interpret Spanish-English in primary care, OB and behavioral health visits"), ("Interpret for Cape Verdean families in European Portuguese", "Interpret for Dominican and Salvadoran families")],
        "decisive": ("fluent Portuguese", ["Portuguese"], "language"),
    },
    {
        "id": "interpreter-dev-3",
        "occ": "interpreter",
        "title": "Court Interpreter - Vietnamese",
        "company": "King County Superior Court",
        "location": "Seattle, WA",
        "posting": """
The Superior Court uses staff and contract interpreters for hearings, trials and attorney-client meetings.

Applicants must be a Washington State AOC Certified Court Interpreter in Vietnamese (registered and credentialed interpreters are not eligible for this position). Knowledge of the Code of Conduct for Court Interpreters (GR 11.2) and the ability to interpret in simultaneous, consecutive and sight translation modes are required.
""",
        "name": "Linh Tran",
        "label": "Court Interpreter (Vietnamese)",
        "summary": "Vietnamese court interpreter for criminal, family and civil proceedings, in all three modes.",
        "where": ("Renton", "WA"),
        "work": [
            ("Contract Court Interpreter", "Pierce County Superior Court", "2020-01", "", [
                "Interpret simultaneously and consecutively at arraignments, trials and sentencing hearings",
                "Sight-translate plea forms and protection orders",
            ]),
        ],
        "skills": {"Interpreting": ["Simultaneous interpreting", "Consecutive interpreting", "Sight translation", "Legal terminology", "GR 11.2 Code of Conduct"]},
        "certs": [("Certified Court Interpreter - Vietnamese", "Washington State Administrative Office of the Courts (AOC)", "2019-10")],
        "edu": [("Bachelor of Arts", "International Studies", "University of Washington", "2016")],
        "langs": [("Vietnamese", "Native"), ("English", "Fluent")],
        "unq": {
            "certs": [("Registered Court Interpreter - Vietnamese", "Washington State Administrative Office of the Courts (AOC)", "2019-10")],
        },
        "decisive": ("Washington AOC Certified Court Interpreter", ["certified court interpreter", "certified"], "credential level"),
    },
]
