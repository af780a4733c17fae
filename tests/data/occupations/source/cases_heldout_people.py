"""Held-out half, people work: teacher, special-education teacher, attorney, paralegal, HR generalist, interpreter."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "teacher-heldout-1",
        "occ": "teacher",
        "title": "Middle School English Language Arts Teacher",
        "company": "Chicago Public Schools",
        "location": "Chicago, IL",
        "posting": """
ELA Teacher, grades 6-8
- Illinois Professional Educator License (PEL) endorsed in ELA or Middle Grades Literacy
- bachelor's degree
- experience with workshop model / guided reading
- SY 2027-28
""",
        "name": "Rebecca Adams",
        "label": "Language Arts Teacher",
        "summary": "Middle school language arts teacher running reading and writing workshop; licensed in Illinois.",
        "where": ("Evanston", "IL"),
        "work": [
            ("7th and 8th Grade ELA Teacher", "Evanston/Skokie School District 65", "2021-08", "", [
                "Teach reading and writing workshop to 110 students; guided reading groups",
            ]),
        ],
        "skills": {"Teaching": ["Reading workshop", "Writing workshop", "Guided reading", "Differentiation"]},
        "certs": [("Professional Educator License, endorsement: Middle Grades Literacy (5-8)", "Illinois State Board of Education", "2021-06")],
        "edu": [("Bachelor of Arts", "English Education", "Northwestern University", "2021")],
        "unq": {
            "where": ("Gary", "IN"),
            "work": [
                ("7th and 8th Grade ELA Teacher", "Merrillville Community School Corporation", "2021-08", "", [
                    "Teach reading and writing workshop to 110 students; guided reading groups",
                ]),
            ],
            "certs": [("Indiana Practitioner License, English/Language Arts (5-12)", "Indiana Department of Education", "2021-06")],
            "summary": "Middle school language arts teacher running reading and writing workshop; licensed in Indiana.",
            "edu": [("Bachelor of Arts", "English Education", "Purdue University Northwest", "2021")],
        },
        "decisive": ("Illinois Professional Educator License", ["Illinois", "PEL", "IL"], "jurisdiction"),
    },
    {
        "id": "teacher-heldout-2",
        "occ": "teacher",
        "title": "ESL Teacher (K-5)",
        "company": "Fairfax County Public Schools",
        "location": "Annandale, VA",
        "posting": """
Fairfax County Public Schools is seeking an English Learner (EL) teacher for an elementary school where half of the students are learning English. The teacher co-plans with classroom teachers, delivers push-in and pull-out language instruction and monitors WIDA ACCESS growth.

Applicants must hold a Virginia teaching license with an English as a Second Language (ESL) PreK-12 endorsement.
""",
        "name": "Sofia Martinez",
        "label": "English Learner Teacher",
        "summary": "Elementary English learner teacher: co-planning, push-in language instruction and WIDA data.",
        "where": ("Falls Church", "VA"),
        "work": [
            ("EL Teacher", "Arlington Public Schools", "2020-08", "", [
                "Co-plan with grade 1-5 teachers and teach push-in and pull-out language lessons",
                "Track WIDA ACCESS growth and set language goals",
            ]),
        ],
        "skills": {"Teaching": ["Co-teaching", "WIDA standards", "Sheltered instruction (SIOP)", "Language assessment"]},
        "certs": [("Virginia Postgraduate Professional License, English as a Second Language PreK-12", "Virginia Department of Education", "2020-06")],
        "edu": [("Master of Education", "TESOL", "George Mason University", "2020")],
        "unq": {
            "label": "Elementary Teacher",
            "summary": "Elementary classroom teacher who co-plans with specialists and works closely with multilingual students.",
            "work": [
                ("Grade 3 Teacher", "Arlington Public Schools", "2020-08", "", [
                    "Teach all subjects to 24 third graders, including many multilingual learners",
                    "Co-plan with specialists and review WIDA ACCESS results",
                ]),
            ],
            "skills": {"Teaching": ["Co-teaching", "Guided reading", "Classroom management", "Assessment"]},
            "certs": [("Virginia Postgraduate Professional License, Elementary Education PreK-6", "Virginia Department of Education", "2020-06")],
            "edu": [("Master of Education", "Elementary Education", "George Mason University", "2020")],
        },
        "decisive": ("Virginia ESL PreK-12 endorsement", ["ESL", "English as a Second Language", "TESOL", "EL"], "certificate"),
    },
    {
        "id": "teacher-heldout-3",
        "occ": "teacher",
        "title": "High School Spanish Teacher",
        "company": "Cherry Creek School District",
        "location": "Greenwood Village, CO",
        "posting": """
Spanish Teacher, Cherry Creek High School (Spanish 2, Spanish 4 and AP Spanish Language)

Requirements: Colorado teaching license with a World Languages: Spanish endorsement; near-native proficiency in Spanish (ACTFL Advanced High or higher); experience with proficiency-based instruction.
""",
        "name": "Daniel Herrera",
        "label": "World Language Teacher",
        "summary": "World language teacher running proficiency-based Spanish classes through AP level.",
        "where": ("Centennial", "CO"),
        "work": [
            ("Spanish Teacher", "Douglas County School District", "2019-08", "", [
                "Teach Spanish 2-4 and AP Spanish Language with proficiency-based units",
            ]),
        ],
        "skills": {"Teaching": ["Proficiency-based instruction", "AP Spanish Language", "Comprehensible input"]},
        "certs": [("Professional Teacher License, World Languages: Spanish (K-12)", "Colorado Department of Education", "2019-06"), ("ACTFL OPI: Superior", "ACTFL", "2019-03")],
        "edu": [("Bachelor of Arts", "Spanish", "University of Colorado Boulder", "2019")],
        "langs": [("Spanish", "Native"), ("English", "Native")],
        "unq": {
            "summary": "World language teacher running proficiency-based French classes through AP level.",
            "work": [
                ("French Teacher", "Douglas County School District", "2019-08", "", [
                    "Teach French 2-4 and AP French Language with proficiency-based units",
                ]),
            ],
            "skills": {"Teaching": ["Proficiency-based instruction", "AP French Language", "Comprehensible input"]},
            "certs": [("Professional Teacher License, World Languages: French (K-12)", "Colorado Department of Education", "2019-06"), ("ACTFL OPI: Superior", "ACTFL", "2019-03")],
            "edu": [("Bachelor of Arts", "French", "University of Colorado Boulder", "2019")],
            "langs": [("French", "Near-native"), ("English", "Native")],
        },
        "decisive": ("Spanish endorsement and near-native Spanish", ["Spanish"], "language"),
    },
    {
        "id": "sped-heldout-1",
        "occ": "special_education_teacher",
        "title": "Special Education Resource Teacher",
        "company": "Atlanta Public Schools",
        "location": "Atlanta, GA",
        "posting": """
Special Education Teacher - resource/co-teach, middle school

Requirements: Georgia certification in Special Education General Curriculum; two years of experience as a special education teacher of record (paraprofessional experience does not count toward this requirement); experience writing IEPs in GO-IEP.
""",
        "name": "Keisha Thomas",
        "label": "Special Education Teacher",
        "summary": "Special education co-teacher and case manager for middle school students; writes IEPs in GO-IEP.",
        "where": ("Decatur", "GA"),
        "work": [
            ("Special Education Teacher (Co-Teach)", "DeKalb County School District", "2022-08", "", [
                "Case manage 20 students; write IEPs in GO-IEP and lead meetings",
                "Co-teach math and ELA in grades 6-8",
            ]),
            ("Special Education Paraprofessional", "DeKalb County School District", "2019-08", "2022-05", [
                "Supported students in inclusion classes",
            ]),
        ],
        "skills": {"Special education": ["IEP writing", "GO-IEP", "Co-teaching", "Progress monitoring"]},
        "certs": [("Special Education General Curriculum (P-12) certificate", "Georgia Professional Standards Commission", "2022-06")],
        "edu": [("Master of Arts in Teaching", "Special Education", "Georgia State University", "2022")],
        "unq": {
            "work": [
                ("Special Education Teacher (Co-Teach)", "DeKalb County School District", "2026-01", "", [
                    "Case manage 20 students; write IEPs in GO-IEP and lead meetings",
                    "Co-teach math and ELA in grades 6-8",
                ]),
                ("Special Education Paraprofessional", "DeKalb County School District", "2019-08", "2025-12", [
                    "Supported students in inclusion classes",
                ]),
            ],
            "certs": [("Special Education General Curriculum (P-12) certificate", "Georgia Professional Standards Commission", "2025-12")],
            "edu": [("Master of Arts in Teaching", "Special Education", "Georgia State University", "2025")],
        },
        "decisive": ("two years as a special education teacher of record", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "sped-heldout-2",
        "occ": "special_education_teacher",
        "title": "Special Day Class Teacher - Extensive Support Needs",
        "company": "Los Angeles Unified School District",
        "location": "Los Angeles, CA",
        "posting": """
SDC Teacher, Extensive Support Needs (ESN), grades 3-5
- CA Education Specialist credential: Extensive Support Needs or Moderate/Severe Disabilities
- alternate curriculum, AAC, toileting and feeding programs
- supervise 3 paraeducators
""",
        "name": "Maria Gonzalez",
        "label": "Education Specialist",
        "summary": "Special day class teacher for students with significant disabilities; AAC, alternate curriculum and para supervision.",
        "where": ("Glendale", "CA"),
        "work": [
            ("Special Day Class Teacher", "Glendale Unified School District", "2020-08", "", [
                "Teach 10 students with autism and intellectual disabilities using an alternate curriculum",
                "Run AAC, toileting and feeding programs; supervise 3 paraeducators",
            ]),
        ],
        "skills": {"Special education": ["Alternate curriculum", "AAC", "Paraeducator supervision", "Functional life skills"]},
        "certs": [("Education Specialist Instruction Credential: Moderate/Severe Disabilities (Clear)", "California Commission on Teacher Credentialing", "2020-06")],
        "edu": [("Master of Arts", "Special Education", "California State University, Northridge", "2020")],
        "unq": {
            "certs": [("Education Specialist Instruction Credential: Mild/Moderate Disabilities (Clear)", "California Commission on Teacher Credentialing", "2020-06")],
            "work": [
                ("Resource Specialist", "Glendale Unified School District", "2020-08", "", [
                    "Case manage 24 students with learning disabilities and ADHD",
                    "Supervise 3 paraeducators",
                ]),
            ],
            "summary": "Resource teacher for students with learning disabilities; para supervision.",
            "skills": {"Special education": ["IEP case management", "Reading intervention", "Paraeducator supervision"]},
        },
        "decisive": ("Education Specialist credential: Extensive Support Needs / Moderate-Severe", ["Extensive Support Needs", "Moderate/Severe", "ESN"], "credential level"),
    },
    {
        "id": "sped-heldout-3",
        "occ": "special_education_teacher",
        "title": "Teacher of Students with Visual Impairments (TVI)",
        "company": "Texas School for the Blind and Visually Impaired",
        "location": "Austin, TX",
        "posting": """
The TVI teaches students with visual impairments, including braille reading and writing, assistive technology and compensatory skills, and consults with families and campus teams.

Requirements: Texas certification in Visually Impaired (EC-12); current certification in Unified English Braille (UEB) literary braille; bachelor's degree.
""",
        "name": "Hannah Fischer",
        "label": "TVI",
        "summary": "Teacher of students with visual impairments: braille literacy, assistive technology and family coaching.",
        "where": ("Austin", "TX"),
        "work": [
            ("Itinerant Teacher of the Visually Impaired", "Round Rock ISD", "2021-08", "", [
                "Teach braille reading and writing and assistive technology to 14 students",
                "Write IEP goals and coach families",
            ]),
        ],
        "skills": {"Special education": ["Braille instruction", "Assistive technology", "Expanded core curriculum", "IEP goals"]},
        "certs": [("Visually Impaired (EC-12) certification", "Texas Education Agency", "2021-06"), ("Unified English Braille proficiency certificate", "National Library Service (NLS)", "2022-03")],
        "edu": [("Master of Education", "Visual Impairment", "Stephen F. Austin State University", "2021")],
        "unq": {
            "certs": [("Visually Impaired (EC-12) certification", "Texas Education Agency", "2021-06")],
            "work": [
                ("Itinerant Teacher of the Visually Impaired", "Round Rock ISD", "2021-08", "", [
                    "Teach large print and screen reader use to 14 students with low vision",
                    "Write IEP goals and coach families",
                ]),
            ],
            "skills": {"Special education": ["Low vision instruction", "Assistive technology", "Expanded core curriculum", "IEP goals"]},
            "summary": "Teacher of students with visual impairments: low-vision literacy, assistive technology and family coaching.",
        },
        "decisive": ("UEB literary braille certification", ["braille", "UEB"], "certificate"),
    },
    {
        "id": "attorney-heldout-1",
        "occ": "attorney",
        "title": "Insurance Defense Attorney",
        "company": "Cole, Scott & Kissane",
        "location": "Miami, FL",
        "posting": """
Insurance Defense Associate
Member in good standing of The Florida Bar - required
2-5 yrs civil litigation, insurance defense preferred
depositions, mediations, motion practice
""",
        "name": "Andres Castillo",
        "label": "Litigation Attorney",
        "summary": "Civil litigator defending insureds in auto, premises and property claims through mediation and trial.",
        "where": ("Coral Gables", "FL"),
        "work": [
            ("Associate Attorney", "Kubicki Draper", "2022-09", "", [
                "Defend insureds in auto and premises liability suits; take depositions and attend mediations",
            ]),
        ],
        "skills": {"Law": ["Insurance defense", "Depositions", "Mediation", "Motion practice"]},
        "certs": [("Member, The Florida Bar", "The Florida Bar", "2022-09")],
        "edu": [("Juris Doctor", "Law", "University of Miami School of Law", "2022")],
        "unq": {
            "where": ("Atlanta", "GA"),
            "work": [
                ("Associate Attorney", "Swift, Currie, McGhee & Hiers", "2022-09", "", [
                    "Defend insureds in auto and premises liability suits; take depositions and attend mediations",
                ]),
            ],
            "certs": [("Member, State Bar of Georgia", "State Bar of Georgia", "2022-09")],
            "edu": [("Juris Doctor", "Law", "Emory University School of Law", "2022")],
        },
        "decisive": ("member of The Florida Bar", ["Florida", "Florida Bar"], "jurisdiction"),
    },
    {
        "id": "attorney-heldout-2",
        "occ": "attorney",
        "title": "Immigration Attorney (Spanish Fluent)",
        "company": "Catholic Charities of the Archdiocese of Chicago",
        "location": "Chicago, IL",
        "posting": """
The Immigration Attorney represents low-income clients in removal defense, asylum, U visas and family petitions, and supervises DOJ-accredited representatives.

Requirements: J.D. and active license in any U.S. jurisdiction; two years of immigration law practice; full professional fluency in Spanish, spoken and written, as most clients speak only Spanish.
""",
        "name": "Valeria Ruiz",
        "label": "Immigration Lawyer",
        "summary": "Immigration lawyer in removal defense, asylum and humanitarian relief; works directly with Spanish-speaking clients.",
        "where": ("Cicero", "IL"),
        "work": [
            ("Staff Attorney", "National Immigrant Justice Center", "2022-10", "", [
                "Represent clients in removal proceedings, asylum and U visa cases",
                "Interview clients and prepare declarations in Spanish and English",
            ]),
        ],
        "skills": {"Law": ["Removal defense", "Asylum", "U visas", "Family petitions"]},
        "certs": [("Attorney, Illinois (ARDC)", "Supreme Court of Illinois", "2022-05")],
        "edu": [("Juris Doctor", "Law", "Loyola University Chicago School of Law", "2022")],
        "langs": [("Spanish", "Native"), ("English", "Native")],
        "unq": {
            "langs": [("English", "Native")],
            "summary": "Immigration lawyer in removal defense, asylum and humanitarian relief.",
        },
        "swaps": [("Interview clients and prepare declarations in Spanish and English", "Interview clients through interpreters and prepare declarations")],
        "decisive": ("full professional fluency in Spanish", ["Spanish"], "language"),
    },
    {
        "id": "attorney-heldout-3",
        "occ": "attorney",
        "title": "Tax Associate",
        "company": "McDermott Will & Emery",
        "location": "Washington, DC",
        "posting": """
McDermott's tax group is hiring a mid-level associate to advise on partnership, M&A and international tax matters. Candidates must have a J.D. and an LL.M. in Taxation, be admitted to practice in at least one U.S. jurisdiction (DC admission or eligibility preferred), and have three to five years of transactional tax experience.
""",
        "name": "Jonathan Weiss",
        "label": "Tax Attorney",
        "summary": "Transactional tax lawyer for partnerships, M&A and cross-border deals.",
        "where": ("Arlington", "VA"),
        "work": [
            ("Tax Associate", "Skadden, Arps, Slate, Meagher & Flom", "2022-09", "", [
                "Advise on partnership allocations, M&A structuring and international tax",
            ]),
        ],
        "skills": {"Law": ["Partnership tax", "M&A tax", "International tax", "Subchapter K"]},
        "certs": [("Admitted: District of Columbia Bar", "DC Bar", "2022-12")],
        "edu": [("Master of Laws (LL.M.)", "Taxation", "Georgetown University Law Center", "2022"), ("Juris Doctor", "Law", "University of Virginia School of Law", "2021")],
        "unq": {
            "edu": [("Juris Doctor", "Law", "University of Virginia School of Law", "2021")],
        },
        "decisive": ("LL.M. in Taxation", ["LL.M", "LLM", "Master of Laws"], "degree level"),
    },
    {
        "id": "paralegal-heldout-1",
        "occ": "paralegal",
        "title": "Immigration Paralegal",
        "company": "Fragomen",
        "location": "New York, NY",
        "posting": """
Immigration Paralegal (business immigration)

Prepare H-1B, L-1 and PERM filings, track deadlines in the case management system, and communicate with corporate clients and foreign nationals.

Requirements:
- 3+ years as an immigration paralegal
- bachelor's degree
- experience with INSZoom or LawLogix
""",
        "name": "Priya Shah",
        "label": "Business Immigration Specialist",
        "summary": "Business immigration paralegal for H-1B, L-1 and PERM programs of large employers.",
        "where": ("Jersey City", "NJ"),
        "work": [
            ("Senior Case Manager", "BAL (Berry Appleman & Leiden)", "2022-01", "", [
                "Prepare H-1B, L-1 and PERM filings for 150 foreign nationals; track deadlines in INSZoom",
            ]),
            ("Immigration Legal Assistant", "Littler Mendelson", "2020-03", "2021-12", [
                "Assembled petitions and corresponded with clients",
            ]),
        ],
        "skills": {"Immigration": ["H-1B", "L-1", "PERM", "INSZoom"]},
        "edu": [("Bachelor of Arts", "Political Science", "Rutgers University", "2019")],
        "unq": {
            "work": [
                ("Case Manager", "BAL (Berry Appleman & Leiden)", "2025-07", "", [
                    "Prepare H-1B, L-1 and PERM filings for 150 foreign nationals; track deadlines in INSZoom",
                ]),
                ("Receptionist", "Littler Mendelson", "2020-03", "2025-06", [
                    "Answered phones and greeted visitors",
                ]),
            ],
        },
        "decisive": ("3+ years as an immigration paralegal", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "paralegal-heldout-2",
        "occ": "paralegal",
        "title": "Federal Litigation Paralegal",
        "company": "Jones Day",
        "location": "Cleveland, OH",
        "posting": """
Litigation paralegal supporting federal court litigation: e-file through CM/ECF and PACER, maintain the docket, prepare exhibits and trial binders. Federal court e-filing experience is required. Two years of litigation paralegal experience and a paralegal certificate are required.
""",
        "name": "Megan Novak",
        "label": "Litigation Paralegal",
        "summary": "Litigation paralegal e-filing in federal and state courts; docketing, exhibits and trial binders.",
        "where": ("Lakewood", "OH"),
        "work": [
            ("Litigation Paralegal", "Tucker Ellis LLP", "2022-02", "", [
                "E-file motions and exhibits in federal district courts through CM/ECF; monitor PACER dockets",
                "Prepare trial exhibits and witness binders",
            ]),
        ],
        "skills": {"Litigation": ["CM/ECF e-filing", "PACER", "Docketing", "Trial preparation"]},
        "certs": [("Paralegal Certificate", "Cuyahoga Community College", "2021-12")],
        "edu": [("Bachelor of Arts", "English", "Cleveland State University", "2021")],
        "unq": {
            "work": [
                ("Litigation Paralegal", "Tucker Ellis LLP", "2022-02", "", [
                    "E-file motions and exhibits in the Cuyahoga County Court of Common Pleas",
                    "Prepare trial exhibits and witness binders",
                ]),
            ],
            "skills": {"Litigation": ["State court e-filing", "Docketing", "Trial preparation"]},
            "summary": "Litigation paralegal e-filing in state courts; docketing, exhibits and trial binders.",
        },
        "decisive": ("federal court e-filing (CM/ECF, PACER)", ["CM/ECF", "PACER", "federal"], "tool"),
    },
    {
        "id": "paralegal-heldout-3",
        "occ": "paralegal",
        "title": "Senior Discovery Paralegal",
        "company": "Baker Botts",
        "location": "Houston, TX",
        "posting": """
Senior Paralegal - complex discovery

Requirements:
NALA Advanced Certified Paralegal (ACP) in a discovery or e-discovery specialty
5+ years litigation paralegal experience
Relativity
""",
        "name": "Laura Jenkins",
        "label": "Senior Litigation Paralegal",
        "summary": "Senior litigation paralegal leading discovery in energy and commercial cases; NALA advanced certification.",
        "where": ("Houston", "TX"),
        "work": [
            ("Senior Paralegal", "Vinson & Elkins", "2019-05", "", [
                "Lead discovery for energy disputes: collections, Relativity review, productions and privilege logs",
            ]),
            ("Paralegal", "Bracewell", "2016-06", "2019-04", [
                "Litigation support in commercial cases",
            ]),
        ],
        "skills": {"Litigation": ["Discovery management", "Relativity", "Privilege logs", "Productions"]},
        "certs": [("Certified Paralegal (CP)", "NALA", "2016-10"), ("Advanced Certified Paralegal (ACP) - Discovery", "NALA", "2020-04")],
        "edu": [("Bachelor of Arts", "History", "University of Houston", "2016")],
        "unq": {
            "certs": [("Certified Paralegal (CP)", "NALA", "2016-10")],
            "summary": "Senior litigation paralegal leading discovery in energy and commercial cases; NALA certification.",
        },
        "decisive": ("NALA Advanced Certified Paralegal (ACP)", ["ACP", "Advanced Certified Paralegal"], "credential level"),
    },
    {
        "id": "hr-heldout-1",
        "occ": "hr_generalist",
        "title": "HR Generalist",
        "company": "Banner Health",
        "location": "Phoenix, AZ",
        "posting": """
HR Generalist - hospital campus
* PHR or SHRM-CP required
* 3 yrs HR generalist exp
* employee relations, leave, onboarding
* healthcare preferred
""",
        "name": "Christina Ramos",
        "label": "Human Resources Generalist",
        "summary": "HR generalist in hospitals: employee relations, leave and onboarding.",
        "where": ("Tempe", "AZ"),
        "work": [
            ("HR Generalist", "HonorHealth", "2022-01", "", [
                "Handle employee relations cases, leave and onboarding for 1,800 employees",
            ]),
            ("HR Assistant", "Dignity Health", "2020-03", "2021-12", [
                "Onboarding paperwork and HRIS updates",
            ]),
        ],
        "skills": {"HR": ["Employee relations", "Leave administration", "Onboarding", "HRIS"]},
        "certs": [("SHRM Certified Professional (SHRM-CP)", "SHRM", "2022-11")],
        "edu": [("Bachelor of Science", "Business Management", "Arizona State University", "2020")],
        "unq": {
            "certs": [("Associate Professional in Human Resources (aPHR)", "HRCI", "2022-11")],
        },
        "decisive": ("PHR or SHRM-CP", ["PHR", "SHRM-CP"], "credential level"),
    },
    {
        "id": "hr-heldout-2",
        "occ": "hr_generalist",
        "title": "Bilingual HR Generalist - Manufacturing",
        "company": "Tyson Foods",
        "location": "Springdale, AR",
        "posting": """
The HR Generalist supports a 1,500-team-member processing plant on second shift: employee relations, attendance, investigations, onboarding and benefits questions. Most team members speak Spanish; fluency in English and Spanish is required. Two years of HR experience in a manufacturing environment and a bachelor's degree are required.
""",
        "name": "Miguel Torres",
        "label": "HR Generalist",
        "summary": "Plant HR generalist on shift: investigations, attendance, onboarding and benefits help.",
        "where": ("Rogers", "AR"),
        "work": [
            ("HR Generalist", "Cargill Protein", "2022-04", "", [
                "Support 1,200 plant employees on second shift: investigations, attendance and benefits questions",
                "Run new-hire orientation in Spanish and English",
            ]),
        ],
        "skills": {"HR": ["Investigations", "Attendance policy", "Onboarding", "Benefits"]},
        "edu": [("Bachelor of Science", "Human Resource Management", "University of Arkansas", "2022")],
        "langs": [("Spanish", "Native"), ("English", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "swaps": [("Run new-hire orientation in Spanish and English", "Run new-hire orientation")],
        "decisive": ("fluent English and Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "hr-heldout-3",
        "occ": "hr_generalist",
        "title": "HR Coordinator - Payroll & HRIS",
        "company": "Delta Dental",
        "location": "Sacramento, CA",
        "posting": """
HR Coordinator supporting payroll and HRIS. UKG Pro (UltiPro) experience required. Process new hires, job changes and terminations; audit time and payroll inputs; run reports. 2+ years HR/payroll experience.
""",
        "name": "Jenna Morris",
        "label": "HR and Payroll Coordinator",
        "summary": "HR coordinator handling HRIS transactions, payroll audits and reports.",
        "where": ("Roseville", "CA"),
        "work": [
            ("HR Coordinator", "Sutter Health", "2022-06", "", [
                "Enter new hires, job changes and terminations in UKG Pro; audit payroll inputs each cycle",
            ]),
            ("Payroll Clerk", "Raley's", "2020-09", "2022-05", [
                "Timecard audits and payroll corrections",
            ]),
        ],
        "skills": {"HR": ["HRIS transactions", "Payroll audit", "Reporting"], "Systems": ["UKG Pro", "Excel"]},
        "edu": [("Associate of Arts", "Business", "American River College", "2020")],
        "unq": {
            "skills": {"HR": ["HRIS transactions", "Payroll audit", "Reporting"], "Systems": ["Paycom", "Excel"]},
        },
        "swaps": [("Enter new hires, job changes and terminations in UKG Pro; audit payroll inputs each cycle", "Enter new hires, job changes and terminations in Paycom; audit payroll inputs each cycle")],
        "decisive": ("UKG Pro (UltiPro)", ["UKG", "UltiPro"], "tool"),
    },
    {
        "id": "interpreter-heldout-1",
        "occ": "interpreter",
        "title": "ASL Interpreter - Community and Medical",
        "company": "Sorenson Community Interpreting",
        "location": "Salt Lake City, UT",
        "posting": """
ASL Interpreter (staff)

Interpret in medical, business and community settings. Requirements: national certification from RID (NIC, CI/CT or CDI) or BEI Advanced or higher; two years of community interpreting experience; Utah interpreter certification.
""",
        "name": "Amy Larsen",
        "label": "Certified ASL Interpreter",
        "summary": "Nationally certified ASL-English interpreter in medical, business and community settings.",
        "where": ("Provo", "UT"),
        "work": [
            ("Staff Interpreter", "Purple Communications", "2021-06", "", [
                "Interpret medical appointments, business meetings and community events",
            ]),
        ],
        "skills": {"Interpreting": ["ASL-English interpreting", "Medical settings", "Team interpreting"]},
        "certs": [("National Interpreter Certification (NIC)", "Registry of Interpreters for the Deaf (RID)", "2021-04"), ("Utah Interpreter Certification - Professional", "Utah Interpreter Program", "2021-05")],
        "edu": [("Bachelor of Arts", "ASL/English Interpreting", "Utah Valley University", "2020")],
        "langs": [("English", "Native"), ("American Sign Language", "Fluent")],
        "unq": {
            "certs": [("Educational Interpreter Performance Assessment (EIPA) 3.8", "Boys Town National Research Hospital", "2021-04"), ("Utah Interpreter Certification - Professional", "Utah Interpreter Program", "2021-05")],
            "summary": "ASL-English interpreter in medical, business and community settings.",
            "label": "ASL Interpreter",
        },
        "decisive": ("RID national certification (NIC) or BEI Advanced", ["NIC", "RID", "BEI", "National Interpreter Certification"], "certificate"),
    },
    {
        "id": "interpreter-heldout-2",
        "occ": "interpreter",
        "title": "Staff Court Interpreter (Spanish) - U.S. District Court",
        "company": "U.S. District Court, Southern District of Texas",
        "location": "Houston, TX",
        "posting": """
Staff Court Interpreter, Spanish
- Federally Certified Court Interpreter (FCICE) - required
- 2 yrs court interpreting
- simultaneous, consecutive, sight translation
- U.S. citizenship; background investigation
""",
        "name": "Ricardo Vega",
        "label": "Court Interpreter",
        "summary": "Spanish court interpreter in federal and state proceedings; simultaneous, consecutive and sight translation. U.S. citizen.",
        "where": ("Houston", "TX"),
        "work": [
            ("Contract Court Interpreter", "Harris County Courts and U.S. District Court", "2020-02", "", [
                "Interpret at detention hearings, pleas and trials; sight-translate plea agreements",
            ]),
        ],
        "skills": {"Interpreting": ["Simultaneous", "Consecutive", "Sight translation", "Legal terminology"]},
        "certs": [("Federally Certified Court Interpreter - Spanish (FCICE)", "Administrative Office of the U.S. Courts", "2021-11"), ("Licensed Court Interpreter - Master", "Texas Judicial Branch Certification Commission", "2019-08")],
        "edu": [("Bachelor of Arts", "Translation and Interpreting", "University of Houston-Downtown", "2019")],
        "langs": [("Spanish", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Spanish court interpreter in state proceedings; simultaneous, consecutive and sight translation. U.S. citizen.",
            "work": [
                ("Contract Court Interpreter", "Harris County Courts", "2020-02", "", [
                    "Interpret at bond hearings, pleas and trials; sight-translate plea agreements",
                ]),
            ],
            "certs": [("Licensed Court Interpreter - Master", "Texas Judicial Branch Certification Commission", "2019-08")],
        },
        "decisive": ("Federally Certified Court Interpreter (FCICE)", ["federally certified", "FCICE", "federal"], "credential level"),
    },
    {
        "id": "interpreter-heldout-3",
        "occ": "interpreter",
        "title": "Japanese to English Translator",
        "company": "Toyota Motor North America",
        "location": "Plano, TX",
        "posting": """
Toyota is hiring an in-house translator to translate technical, legal and corporate documents from Japanese into English and to interpret in meetings. ATA certification (Japanese into English) is required. Applicants also need five years of professional translation experience and native-level English.
""",
        "name": "Michael Sato",
        "label": "Technical Translator (JA>EN)",
        "summary": "Japanese-to-English translator of technical, legal and corporate documents; meeting interpreter.",
        "where": ("Frisco", "TX"),
        "work": [
            ("In-house Translator", "Denso International America", "2020-04", "", [
                "Translate engineering specifications, contracts and board materials from Japanese into English",
                "Interpret in engineering and management meetings",
            ]),
            ("Freelance Translator", "Self-employed", "2017-01", "2020-03", [
                "Patent and technical translation for agencies",
            ]),
        ],
        "skills": {"Translation": ["Technical translation", "Legal translation", "Consecutive interpreting", "Trados"]},
        "certs": [("ATA Certified Translator, Japanese into English", "American Translators Association", "2019-05"), ("JLPT N1", "Japan Foundation", "2015-12")],
        "edu": [("Bachelor of Arts", "Japanese Language and Literature", "University of Texas at Austin", "2016")],
        "langs": [("English", "Native"), ("Japanese", "Professional proficiency")],
        "unq": {
            "certs": [("JLPT N1", "Japan Foundation", "2015-12")],
        },
        "decisive": ("ATA certification (Japanese into English)", ["ATA", "American Translators Association"], "certificate"),
    },
]
