"""Fresh7 education cases: instructional designer, academic advisor, university lecturer.

Written blind (writer a, December 2026): invented postings, people and resumes; see fresh7_sources_a.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "instructional-designer-fresh7-1",
        "occ": "instructional designer",
        "title": "Instructional Designer 2 (eLearning)",
        "company": "Humana",
        "location": "Louisville, Kentucky, USA (remote eligible)",
        "posting": """
Become a part of our caring community and help us put health first.
The Instructional Designer 2 designs and develops learning for our pharmacy and clinical operations associates. You'll partner with subject matter experts, storyboard interactive modules, and publish them to our learning platform.

Use your skills to make an impact
Required Qualifications
- Bachelor's degree
- 3+ years of instructional design experience in a corporate setting
- Advanced proficiency in Articulate Storyline 360 (triggers, variables, states, layers) - please include a portfolio link with Storyline samples
- Working knowledge of ADDIE and adult learning principles
- Experience publishing SCORM packages to an LMS

Preferred Qualifications
- Master's degree in Instructional Design or Educational Technology
- Experience in healthcare or insurance
- Vyond, Camtasia or Adobe Creative Cloud
- Cornerstone OnDemand

Scheduled weekly hours: 40. Pay range $71,100 - $97,800 per year, plus bonus incentive. Humana is an equal opportunity employer.
""",
        "name": "Megan Castillo",
        "label": "Instructional Designer",
        "summary": "Instructional designer with five years building scenario-based eLearning for healthcare and financial services. Storyline 360 developer (variables, triggers, custom states); portfolio available.",
        "where": ("Indianapolis", "IN"),
        "country": "US",
        "work": [
            ("eLearning Developer", "Elevance Health", "2022-04", "", [
                "Designs and builds interactive modules in Articulate Storyline 360 for claims and pharmacy teams, including branching simulations with variables and layers",
                "Storyboards with SMEs using ADDIE and action mapping; publishes SCORM 1.2 packages to Cornerstone",
                "Produces explainer videos in Vyond and Camtasia",
            ]),
            ("Training Specialist", "Old National Bank", "2020-02", "2022-03", [
                "Converted instructor-led compliance courses to self-paced eLearning",
                "Maintained course catalog and completion reports in the LMS",
            ]),
        ],
        "skills": {"Design": ["ADDIE", "Action mapping", "Storyboarding", "Adult learning", "Assessment design"], "Tools": ["Articulate Storyline 360", "Articulate Rise 360", "Vyond", "Camtasia", "Cornerstone OnDemand"]},
        "certs": [("Articulate Storyline 360 Essentials", "Articulate", "2021-03")],
        "edu": [("Bachelor of Arts", "Communication", "Indiana University", "2019")],
        "unq": {
            "summary": "Instructional designer with five years building scenario-based eLearning for healthcare and financial services. Adobe Captivate developer (advanced actions, variables, branching); portfolio available.",
            "work": [
                ("eLearning Developer", "Elevance Health", "2022-04", "", [
                    "Designs and builds interactive modules in Adobe Captivate for claims and pharmacy teams, including branching simulations with advanced actions and variables",
                    "Storyboards with SMEs using ADDIE and action mapping; publishes SCORM 1.2 packages to Cornerstone",
                    "Produces explainer videos in Vyond and Camtasia",
                ]),
                ("Training Specialist", "Old National Bank", "2020-02", "2022-03", [
                    "Converted instructor-led compliance courses to self-paced eLearning",
                    "Maintained course catalog and completion reports in the LMS",
                ]),
            ],
            "skills": {"Design": ["ADDIE", "Action mapping", "Storyboarding", "Adult learning", "Assessment design"], "Tools": ["Adobe Captivate", "Articulate Rise 360", "Vyond", "Camtasia", "Cornerstone OnDemand"]},
            "certs": [("Adobe Certified Professional - Captivate", "Adobe", "2021-03")],
        },
        "decisive": ("Advanced proficiency in Articulate Storyline 360", ["Storyline"], "tool"),
    },
    {
        "id": "instructional-designer-fresh7-2",
        "occ": "instructional designer",
        "title": "Instructional Designer - Defence Training",
        "company": "CAE",
        "location": "Ottawa, Ontario, Canada",
        "posting": """
Instructional Designer - Defence & Security (Ottawa)

CAE Defence & Security develops training for the Royal Canadian Air Force and Royal Canadian Navy. As an Instructional Designer you'll analyse training needs, write training plans and lesson specifications, and build courseware for pilots, maintainers and operators.

Requirements
- Degree or diploma in education, instructional design or a related field
- 3+ years of instructional design experience, ideally on military or aviation programs
- Knowledge of the Canadian Forces Individual Training and Education System (CFITES) or a comparable systems approach to training
- Must hold a valid Government of Canada Secret (Level II) security clearance; Reliability Status alone is not sufficient for this program
- Canadian citizenship

Assets
- Bilingualism (English/French)
- Experience with an authoring tool (Storyline, Captivate) and an LMS
- Former CAF member

CAE offers a competitive salary, group insurance, pension plan with employer contribution and an employee stock purchase plan. CAE is an equal opportunity employer.
""",
        "name": "Patrick Lavoie",
        "label": "Instructional Designer",
        "summary": "Instructional designer and former RCAF training development officer with eight years of CFITES-based course design. Canadian citizen holding a Government of Canada Secret (Level II) clearance.",
        "where": ("Gatineau", "Quebec"),
        "country": "CA",
        "work": [
            ("Training Development Specialist", "General Dynamics Land Systems - Canada", "2021-05", "", [
                "Wrote qualification standards, training plans and lesson specifications for LAV 6.0 crew and maintainer courses",
                "Built interactive courseware in Articulate Storyline and managed delivery in the Defence Learning Network",
                "Worked on classified program material under the PSPC Contract Security Program",
            ]),
            ("Training Development Officer", "Royal Canadian Air Force (8 Wing Trenton)", "2017-06", "2021-04", [
                "Conducted training needs analyses and validation for air mobility technician courses under CFITES",
            ]),
        ],
        "skills": {"Design": ["CFITES", "Training needs analysis", "Qualification standards", "Lesson specifications", "Validation"], "Tools": ["Articulate Storyline", "Defence Learning Network (Moodle)"]},
        "certs": [("Government of Canada security clearance - Secret (Level II)", "PSPC Contract Security Program", "2021-05")],
        "edu": [("Bachelor of Education", "Adult Education", "Brock University", "2016")],
        "langs": [("French", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Instructional designer and former RCAF training development officer with eight years of CFITES-based course design. Canadian citizen holding Government of Canada Reliability Status.",
            "work": [
                ("Training Development Specialist", "General Dynamics Land Systems - Canada", "2021-05", "", [
                    "Wrote qualification standards, training plans and lesson specifications for LAV 6.0 crew and maintainer courses",
                    "Built interactive courseware in Articulate Storyline and managed delivery in the Defence Learning Network",
                    "Worked on unclassified and Protected B program material under the PSPC Contract Security Program",
                ]),
                ("Training Development Officer", "Royal Canadian Air Force (8 Wing Trenton)", "2017-06", "2021-04", [
                    "Conducted training needs analyses and validation for air mobility technician courses under CFITES",
                ]),
            ],
            "certs": [("Government of Canada security screening - Reliability Status", "PSPC Contract Security Program", "2021-05")],
        },
        "decisive": ("Government of Canada Secret (Level II) clearance", ["Secret", "Level II"], "clearance level"),
    },
    {
        "id": "academic-advisor-fresh7-1",
        "occ": "academic advisor",
        "title": "Academic Success Advisor Sr",
        "company": "Arizona State University",
        "location": "Tempe, Arizona, USA",
        "posting": """
Job Description
The W. P. Carey School of Business seeks an Academic Success Advisor Senior to advise a caseload of undergraduate business majors, monitor academic progress, and deliver proactive outreach to students at risk of not persisting.

Minimum Qualifications
Master's degree in higher education, counseling, student affairs or a related field AND two (2) years of academic advising or related student services experience; OR an equivalent combination of experience and training from which comparable knowledge, skills and abilities have been achieved. For this posting, the department requires the completed master's degree.

Desired Qualifications
- Experience with PeopleSoft Campus Solutions and Salesforce
- Experience advising first-generation or transfer students
- Knowledge of NACADA core competencies

Salary Range: $52,000 - $58,000 per year; DOE. ASU offers medical, dental and vision coverage, Arizona State Retirement System membership, and tuition reduction. Arizona State University is a VEVRAA Federal Contractor and an Equal Opportunity Employer.
""",
        "name": "Carlos Mendoza-Whitaker",
        "label": "Academic Advisor",
        "summary": "Academic advisor with four years advising undergraduate business and pre-professional students; holds an M.Ed. in Higher and Postsecondary Education and works from NACADA core competencies.",
        "where": ("Mesa", "AZ"),
        "country": "US",
        "work": [
            ("Academic Advisor", "Grand Canyon University", "2022-06", "", [
                "Advised a caseload of 350 business undergraduates on degree progress, major changes and graduation checks",
                "Ran early-alert outreach to students on academic probation; retention of the caseload rose 6 points",
                "Recorded notes and holds in PeopleSoft Campus Solutions and managed outreach campaigns in Salesforce",
            ]),
            ("Graduate Assistant, Transfer Student Center", "Northern Arizona University", "2020-08", "2022-05", [
                "Advised incoming transfer students on course equivalencies and degree audits",
            ]),
        ],
        "skills": {"Advising": ["Degree audits", "Early alert outreach", "Probation advising", "Transfer advising", "NACADA core competencies"], "Systems": ["PeopleSoft Campus Solutions", "Salesforce", "Navigate"]},
        "certs": [],
        "edu": [
            ("Master of Education (M.Ed.)", "Higher and Postsecondary Education", "Northern Arizona University", "2022"),
            ("Bachelor of Science", "Psychology", "University of Arizona", "2020"),
        ],
        "unq": {
            "summary": "Academic advisor with four years advising undergraduate business and pre-professional students; psychology graduate who works from NACADA core competencies.",
            "work": [
                ("Academic Advisor", "Grand Canyon University", "2022-06", "", [
                    "Advised a caseload of 350 business undergraduates on degree progress, major changes and graduation checks",
                    "Ran early-alert outreach to students on academic probation; retention of the caseload rose 6 points",
                    "Recorded notes and holds in PeopleSoft Campus Solutions and managed outreach campaigns in Salesforce",
                ]),
                ("Transfer Student Advising Assistant", "Northern Arizona University", "2020-08", "2022-05", [
                    "Advised incoming transfer students on course equivalencies and degree audits",
                ]),
            ],
            "edu": [("Bachelor of Science", "Psychology", "University of Arizona", "2020")],
        },
        "decisive": ("Completed master's degree in higher education, counseling or student affairs", ["Master's", "Master", "M.Ed."], "degree level"),
    },
    {
        "id": "academic-advisor-fresh7-2",
        "occ": "academic advisor",
        "title": "Academic Adviser - College of Health",
        "company": "Massey University",
        "location": "Palmerston North, New Zealand",
        "posting": """
Academic Adviser, College of Health
Fixed-term to permanent | Full-time | Manawatū campus

He kaupapa, he tāngata - about the role: you'll be the first point of contact for undergraduate students in the College of Health who need advice on programme planning, course selection, academic progress and study-load changes, both on campus and by distance.

You'll need:
- At least 3 years' experience providing academic advice or programme planning in a tertiary setting (university, polytechnic or wānanga)
- A bachelor's degree
- Good working knowledge of student management systems and academic regulations
- Commitment to Te Tiriti o Waitangi and to supporting Māori and Pasifika student success

It would be great if you had:
- Experience with distance learners
- Familiarity with health professional programmes (nursing, sport and exercise, nutrition)
- Experience with Jade SMS or Callista

Massey offers flexible working, five weeks' annual leave, and KiwiSaver contributions. We welcome applications from all members of our communities.
""",
        "name": "Aroha Kingi",
        "label": "Student Adviser",
        "summary": "Tertiary student adviser with six years of programme planning and academic progress advice for health and science students, on campus and by distance.",
        "where": ("Palmerston North", "Manawatū-Whanganui"),
        "country": "NZ",
        "work": [
            ("Student Adviser, Health and Science", "Universal College of Learning (UCOL) / Te Pūkenga", "2022-02", "", [
                "Advises nursing, sport and health students on programme planning, course selection and study-load changes",
                "Runs academic progress meetings for students on restricted enrolment",
                "Manages enrolment and academic records in the student management system",
            ]),
            ("Programme Adviser", "Eastern Institute of Technology", "2020-01", "2022-01", [
                "Programme planning and credit transfer advice for distance learners",
            ]),
        ],
        "skills": {"Advising": ["Programme planning", "Academic progress", "Credit transfer", "Distance learner support", "Māori and Pasifika student success"], "Systems": ["Jade SMS", "Moodle"]},
        "certs": [],
        "edu": [("Bachelor of Arts", "Education and Māori Studies", "Massey University", "2017")],
        "langs": [("English", "Native"), ("Te Reo Māori", "Conversational")],
        "unq": {
            "summary": "Tertiary student adviser since 2025 giving programme planning and academic progress advice for health and science students, after several years in student administration.",
            "work": [
                ("Student Adviser, Health and Science", "Universal College of Learning (UCOL) / Te Pūkenga", "2025-02", "", [
                    "Advises nursing, sport and health students on programme planning, course selection and study-load changes",
                    "Runs academic progress meetings for students on restricted enrolment",
                    "Manages enrolment and academic records in the student management system",
                ]),
                ("Student Administration Officer", "Eastern Institute of Technology", "2018-01", "2025-01", [
                    "Processed enrolments, fee queries and exam arrangements for distance learners",
                ]),
            ],
        },
        "decisive": ("At least 3 years' experience providing academic advice in a tertiary setting", ["years", "year"], "years"),
    },
    {
        "id": "university-lecturer-fresh7-1",
        "occ": "university lecturer",
        "title": "Lecturer in Accounting (Level B)",
        "company": "Deakin University",
        "location": "Geelong, Victoria, Australia",
        "posting": """
Lecturer in Accounting (Level B) - Deakin Business School, Waterfront campus, Geelong
Continuing, full-time. Salary range Level B $122,000 - $145,000 + 17% superannuation.

The role combines teaching in undergraduate and postgraduate accounting units (cloud and online as well as on campus) with a research program that leads to quality publications.

Selection criteria
1. A completed PhD in accounting or a closely related discipline. Candidates who have submitted but not yet been conferred may be considered; candidates still enrolled are not eligible.
2. Demonstrated teaching experience in accounting at university level, including online delivery
3. Evidence of research outputs in quality peer-reviewed journals
4. Strong communication and collaboration skills

Desirable
- Membership of CPA Australia or CA ANZ
- Experience with industry-engaged learning
- Graduate Certificate in Higher Education Teaching

Deakin values diversity and inclusion and encourages applications from Aboriginal and Torres Strait Islander people.
""",
        "name": "Wei Ling Tan",
        "label": "Associate Lecturer in Accounting",
        "summary": "Accounting academic with six years of university teaching across financial and management accounting, including online delivery, and four peer-reviewed articles on sustainability reporting. PhD conferred 2025.",
        "where": ("Melbourne", "Victoria"),
        "country": "AU",
        "work": [
            ("Associate Lecturer in Accounting (Level A)", "RMIT University", "2021-02", "", [
                "Unit chair for Management Accounting (600 students, on campus and online)",
                "Tutor and lecturer in Financial Accounting and Accounting Information Systems",
                "Published four articles in Accounting & Finance, Meditari and the Australian Accounting Review",
            ]),
            ("Sessional Tutor, Accounting", "Monash University", "2019-02", "2020-12", [
                "Tutorials and marking in Introductory and Intermediate Financial Accounting",
            ]),
        ],
        "skills": {"Teaching": ["Management accounting", "Financial accounting", "Online delivery", "Curriculum design"], "Research": ["Sustainability reporting", "Archival research", "Stata", "NVivo"]},
        "certs": [("CPA (Associate)", "CPA Australia", "2019-06")],
        "edu": [
            ("PhD", "Accounting", "Monash University", "2025"),
            ("Master of Professional Accounting", "Accounting", "Monash University", "2018"),
        ],
        "unq": {
            "summary": "Accounting academic with six years of university teaching across financial and management accounting, including online delivery, and four peer-reviewed articles on sustainability reporting. Research master's graduate.",
            "edu": [
                ("Master of Philosophy (MPhil)", "Accounting", "Monash University", "2021"),
                ("Master of Professional Accounting", "Accounting", "Monash University", "2018"),
            ],
        },
        "decisive": ("A completed PhD in accounting or a closely related discipline", ["PhD", "doctorate", "doctoral"], "degree level"),
    },
    {
        "id": "university-lecturer-fresh7-2",
        "occ": "university lecturer",
        "title": "Lecturer in Marketing",
        "company": "Manchester Metropolitan University",
        "location": "Manchester, England, UK",
        "posting": """
Lecturer in Marketing - Department of Marketing, International Business and Tourism, Manchester Metropolitan University Business School
Grade 8/9 | Permanent | Full time

We're looking for a Lecturer to teach across our undergraduate and MSc marketing programmes (digital marketing, consumer behaviour, marketing research) and contribute to the department's research.

Essential criteria
- PhD in marketing or a cognate discipline
- Fellowship of Advance HE (FHEA) or higher (SFHEA). As this is a teaching-intensive post, FHEA must already be held at appointment
- Experience of teaching and assessment in UK higher education
- A developing record of research outputs

Desirable criteria
- Chartered Institute of Marketing (CIM) membership
- Experience of supervising dissertations at MSc level
- Industry experience in a marketing role

Benefits include the Teachers' Pension Scheme, 35 days' annual leave plus bank holidays and university closure days, and a flexible working policy. Manchester Met is committed to equality, diversity and inclusion.
""",
        "name": "Rhys Adebayo-Clarke",
        "label": "Lecturer in Marketing",
        "summary": "Marketing lecturer with five years of UK HE teaching in digital marketing and consumer behaviour, FHEA, PhD in consumer research and three journal articles.",
        "where": ("Salford", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Lecturer in Marketing", "University of Salford", "2022-09", "", [
                "Module leader for Digital Marketing and Consumer Behaviour (UG, 250 students)",
                "Supervises MSc marketing dissertations",
                "Published in the Journal of Marketing Management and the Journal of Consumer Behaviour",
            ]),
            ("Graduate Teaching Assistant", "Lancaster University", "2019-10", "2022-08", [
                "Seminars and marking for Marketing Research and Introduction to Marketing",
            ]),
            ("Digital Marketing Executive", "AO.com", "2016-07", "2019-08", [
                "Paid search and email campaigns for large appliances",
            ]),
        ],
        "skills": {"Teaching": ["Digital marketing", "Consumer behaviour", "Marketing research", "Dissertation supervision"], "Research": ["Qualitative methods", "NVivo", "SPSS"]},
        "certs": [("Fellow of the Higher Education Academy (FHEA)", "Advance HE", "2023-07")],
        "edu": [
            ("PhD", "Marketing", "Lancaster University", "2022"),
            ("MSc", "Marketing", "University of Leeds", "2016"),
        ],
        "unq": {
            "summary": "Marketing lecturer with five years of UK HE teaching in digital marketing and consumer behaviour, AFHEA, PhD in consumer research and three journal articles.",
            "certs": [("Associate Fellowship of Advance HE (AFHEA)", "Advance HE", "2021-03")],
        },
        "decisive": ("Fellowship of Advance HE (FHEA) or higher", ["FHEA"], "credential level"),
    },
]
