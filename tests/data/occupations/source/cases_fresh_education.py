"""Fresh set, education: teacher, special education teacher."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "teacher-fresh-1",
        "occ": "teacher",
        "title": "Elementary Teacher - 3rd Grade (ESL)",
        "company": "Fort Bend ISD",
        "location": "Sugar Land, TX",
        "posting": """
Elementary Teacher, Grade 3 - ESL classroom
Campus: Colony Bend Elementary | Duty days: 187 | Pay grade: Teacher salary schedule, plus ESL stipend

Qualifications:
- Bachelor's degree from an accredited university
- Valid Texas teaching certificate with required endorsements: Core Subjects EC-6 (or Generalist EC-6) AND English as a Second Language (ESL) Supplemental
- Knowledge of the Science of Teaching Reading and sheltered instruction strategies
- Student teaching or classroom experience in grades 1-5

Fort Bend ISD does not discriminate on the basis of race, religion, color, national origin, sex, disability or age in its programs and employment.
""",
        "name": "Emily Tran",
        "label": "Elementary Teacher",
        "summary": "Third-grade teacher using sheltered instruction and small-group reading to move English learners to grade level.",
        "where": ("Missouri City", "TX"),
        "work": [
            ("3rd Grade Teacher", "Alief ISD", "2021-08", "", [
                "Teach all core subjects to 22 students, 14 of them English learners; use sheltered instruction and TELPAS data to group students",
                "Raised the share of students meeting grade level on 3rd-grade STAAR reading from 48% to 71%",
            ]),
        ],
        "skills": {"Teaching": ["Sheltered instruction", "Guided reading", "Science of Teaching Reading", "Data-driven small groups", "Classroom management"]},
        "certs": [
            ("Texas Standard Classroom Certificate: Core Subjects with Science of Teaching Reading, EC-6", "Texas Education Agency (SBEC)", "2021-06"),
            ("Texas Standard Certificate: English as a Second Language Supplemental", "Texas Education Agency (SBEC)", "2021-06"),
        ],
        "edu": [("Bachelor of Science", "Interdisciplinary Studies (EC-6)", "University of Houston", "2021")],
        "unq": {
            "certs": [
                ("Texas Standard Classroom Certificate: Core Subjects with Science of Teaching Reading, EC-6", "Texas Education Agency (SBEC)", "2021-06"),
                ("Texas Standard Certificate: Gifted and Talented Supplemental", "Texas Education Agency (SBEC)", "2021-06"),
            ],
        },
        "decisive": ("English as a Second Language (ESL) Supplemental certification", ["ESL", "English as a Second Language"], "endorsement"),
    },
    {
        "id": "teacher-fresh-2",
        "occ": "teacher",
        "title": "English Teacher, Grades 11-12 (Dual Credit)",
        "company": "Fayette County Public Schools",
        "location": "Lexington, KY",
        "posting": """
Fayette County Public Schools is hiring an English teacher for Henry Clay High School to teach AP Literature and dual credit ENG 101/102 in partnership with Bluegrass Community and Technical College (BCTC).

Minimum requirements
1. Kentucky teaching certificate for English (grades 8-12), or eligible for one through EPSB
2. Master's degree in English, OR a master's degree in another field with at least 18 graduate semester hours in English - required by BCTC and SACSCOC for dual credit faculty
3. Two years of successful high school teaching experience

FCPS does not discriminate on the basis of race, color, national origin, sex, disability, age, religion or marital status.
""",
        "name": "Matthew Sullivan",
        "label": "High School English Teacher",
        "summary": "High school English teacher of AP Literature and college-level composition who coaches students through the research essay.",
        "where": ("Lexington", "KY"),
        "work": [
            ("English Teacher", "Tates Creek High School", "2019-08", "", [
                "Teach AP English Literature and Composition and English IV; 82% of AP students scored 3 or higher in 2026",
                "Designed a research-writing unit aligned to first-year college composition outcomes",
            ]),
            ("English Teacher", "Madison Central High School", "2016-08", "2019-06", [
                "Taught English II and III; coached the academic team",
            ]),
        ],
        "skills": {"Teaching": ["AP Literature", "Composition", "Research writing", "Rubric design", "Google Classroom"]},
        "certs": [("Kentucky Professional Certificate for Teaching English, Grades 8-12", "Kentucky Education Professional Standards Board (EPSB)", "2016-06")],
        "edu": [
            ("Master of Arts", "English", "University of Kentucky", "2020"),
            ("Bachelor of Arts", "English Education", "Eastern Kentucky University", "2016"),
        ],
        "unq": {
            "edu": [("Bachelor of Arts", "English Education", "Eastern Kentucky University", "2016")],
        },
        "decisive": ("Master's degree in English (or 18 graduate hours in English)", ["master's", "master", "graduate"], "degree level"),
    },
    {
        "id": "special_education_teacher-fresh-1",
        "occ": "special_education_teacher",
        "title": "Bilingual Special Education Teacher (Spanish) - LBS I",
        "company": "Waukegan Public Schools (CUSD 60)",
        "location": "Waukegan, IL",
        "posting": """
Bilingual Special Education Teacher - Cross-categorical, Middle School

Waukegan Public Schools serves 15,000 students; more than half of our families speak Spanish at home. This teacher will case-manage students with IEPs, co-teach in general education classrooms, and lead IEP meetings with families in Spanish.

QUALIFICATIONS
- Illinois Professional Educator License (PEL) with the Learning Behavior Specialist I (LBS I) endorsement
- Fluent in Spanish and English, spoken and written (IEP meetings and parent communication in Spanish)
- Knowledge of IEP development, progress monitoring and co-teaching models
- Bilingual endorsement preferred

Salary per the WTC contract. Sign-on bonus for special education positions. EOE.
""",
        "name": "Daniela Rojas",
        "label": "Special Education Teacher (LBS I)",
        "summary": "Cross-categorical special education teacher and case manager who co-teaches and runs IEP meetings with families in English and Spanish.",
        "where": ("Round Lake Beach", "IL"),
        "work": [
            ("Special Education Teacher, Cross-Categorical", "North Chicago Community Unit School District 187", "2020-08", "", [
                "Case-manage 16 middle school students with IEPs; write measurable goals and track progress monthly",
                "Co-teach math and ELA with general education teachers; lead annual reviews and parent conferences in Spanish",
            ]),
        ],
        "skills": {"Special education": ["IEP development", "Progress monitoring", "Co-teaching", "Behavior intervention plans", "Case management"]},
        "certs": [("Professional Educator License with Learning Behavior Specialist I (LBS I) endorsement", "Illinois State Board of Education", "2020-06")],
        "edu": [("Bachelor of Science in Education", "Special Education", "Northeastern Illinois University", "2020")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Cross-categorical special education teacher and case manager who co-teaches and runs IEP meetings with families.",
            "work": [
                ("Special Education Teacher, Cross-Categorical", "North Chicago Community Unit School District 187", "2020-08", "", [
                    "Case-manage 16 middle school students with IEPs; write measurable goals and track progress monthly",
                    "Co-teach math and ELA with general education teachers; lead annual reviews and parent conferences",
                ]),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent in Spanish and English", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "special_education_teacher-fresh-2",
        "occ": "special_education_teacher",
        "title": "Special Education Teacher - Resource / Inclusion (Middle School)",
        "company": "Northside ISD",
        "location": "San Antonio, TX",
        "posting": """
Special Education Teacher - Resource/Inclusion, Rawlinson Middle School

Primary purpose: provide specially designed instruction to students with disabilities in resource and in-class support settings, and serve as case manager for their IEPs.

Qualifications
- Bachelor's degree
- Valid Texas teaching certificate in Special Education EC-12
- Experience writing IEPs and participating in ARD committee meetings
- Familiarity with eSped or similar IEP software

Northside ISD is an equal opportunity employer.
""",
        "name": "Christopher Garza",
        "label": "Special Education Teacher",
        "summary": "Special education teacher for middle school resource and inclusion classes; writes IEPs and presents at ARD meetings.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Special Education Teacher, Resource/Inclusion", "North East ISD", "2021-08", "", [
                "Teach resource reading and math to 6th-8th graders and provide in-class support in 12 general education sections",
                "Case-manage 18 students: write present levels and IEP goals in eSped and present at ARD committee meetings",
            ]),
            ("Special Education Paraprofessional", "North East ISD", "2019-08", "2021-06", [
                "Supported students with autism and learning disabilities in inclusion classrooms",
            ]),
        ],
        "skills": {"Special education": ["IEP writing", "ARD meetings", "Specially designed instruction", "Inclusion support", "Progress monitoring"], "Software": ["eSped", "Google Workspace"]},
        "certs": [("Texas Standard Classroom Teaching Certificate: Special Education EC-12", "Texas Education Agency (SBEC)", "2021-06")],
        "edu": [("Bachelor of Arts", "Interdisciplinary Studies", "University of Texas at San Antonio", "2021")],
        "unq": {
            "label": "Special Education Instructional Aide",
            "summary": "Special education instructional aide for middle school resource and inclusion classes; drafts IEP goals and attends ARD meetings.",
            "work": [
                ("Special Education Instructional Aide, Resource/Inclusion", "North East ISD", "2021-08", "", [
                    "Lead small-group resource reading and math for 6th-8th graders under the case manager and provide in-class support in 12 general education sections",
                    "Collect progress-monitoring data for 18 students, draft present levels and IEP goals in eSped for the case manager's review and attend ARD committee meetings",
                ]),
                ("Special Education Paraprofessional", "North East ISD", "2019-08", "2021-06", [
                    "Supported students with autism and learning disabilities in inclusion classrooms",
                ]),
            ],
            "certs": [("Educational Aide II Certificate", "Texas Education Agency (SBEC)", "2021-06")],
        },
        "decisive": ("Texas teaching certificate in Special Education EC-12", ["EC-12", "teaching certificate"], "licence level"),
    },
]
