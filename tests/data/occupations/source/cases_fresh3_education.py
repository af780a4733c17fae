"""fresh3 cases: education (writer a). Invented postings and people; see PROVENANCE.md."""

CASES = [
    {
        "id": "preschool-teacher-fresh3-1",
        "occ": "preschool_teacher",
        "title": "Head Start Lead Teacher",
        "company": "Acelero Learning",
        "location": "Las Vegas, NV",
        "posting": """
Acelero Learning Clark County is hiring Lead Teachers for our Head Start centers in East Las Vegas.

As a Lead Teacher you will plan and carry out developmentally appropriate activities using the Creative
Curriculum, conduct ongoing child assessments in Teaching Strategies GOLD, hold two home visits and two
parent-teacher conferences per child each year, and supervise a Teacher Assistant.

Qualifications: a bachelor's degree in Early Childhood Education, or a bachelor's in a related field with
coursework equivalent to a major in ECE, as required by the Head Start Act for lead teachers. One year of
experience teaching preschool-age children. CDA a plus. Must pass a fingerprint background check, TB test and
physical; CPR/First Aid within 90 days of hire. Ability to sit on the floor and lift children up to 40 lbs.

Acelero Learning is an equal opportunity employer. Medical, dental, vision, paid school breaks.
""",
        "name": "Gabriela Soto",
        "label": "Preschool Teacher",
        "summary": (
            "Early childhood educator with five years in preschool classrooms; Creative Curriculum and GOLD assessment."
        ),
        "where": ("Henderson", "NV"),
        "work": [
            (
                "Pre-K Classroom Teacher",
                "Bright Horizons at Henderson",
                "2022-08",
                None,
                [
                    (
                        "Plan daily lessons for 16 four-year-olds with the Creative Curriculum; GOLD checkpoints "
                        "three times a year"
                    ),
                    "Lead parent conferences and kindergarten-transition meetings; supervise an assistant teacher",
                ],
            ),
            (
                "Assistant Teacher, Toddler Room",
                "KinderCare Learning Centers",
                "2020-09",
                "2022-07",
                ["Supported lead teacher with routines, diapering and family communication"],
            ),
        ],
        "edu": [
            ("Associate of Applied Science", "Early Childhood Education", "College of Southern Nevada", "2020"),
            (
                "Bachelor of Science",
                "Human Development and Family Studies (Early Childhood concentration)",
                "University of Nevada, Las Vegas",
                "2023",
            ),
        ],
        "skills": {"Teaching": ["Creative Curriculum", "Teaching Strategies GOLD", "CLASS", "family engagement"]},
        "certs": [
            ("Child Development Associate (CDA), Preschool", "Council for Professional Recognition", "2021-04"),
            ("Pediatric CPR and First Aid", "American Red Cross", "2025-08"),
        ],
        "unq": {
            "edu": [("Associate of Applied Science", "Early Childhood Education", "College of Southern Nevada", "2020")]
        },
        "decisive": (
            "bachelor's degree in ECE or related field",
            ["bachelor's", "bachelor", "baccalaureate", "B.A.", "B.S."],
            "degree level",
        ),
    },
    {
        "id": "preschool-teacher-fresh3-2",
        "occ": "preschool_teacher",
        "title": "Bilingual Preschool Teacher (Spanish/English)",
        "company": "KinderCare Learning Centers",
        "location": "San Antonio, TX",
        "posting": """
bilingual preschool teacher - KinderCare Stone Oak
- lead a class of 18 three- and four-year-olds
- fluent Spanish and English req'd (speak, read, write) - you'll run our Spanish circle time and talk
  with families in Spanish
- CDA credential or associate's in ECE or child development
- 1+ yr teaching preschool in a licensed center
- meet Texas HHSC Minimum Standards pre-service training, background check
- can lift 35 lbs, get down on the floor with kids
full time M-F, 50% childcare discount, medical/dental, paid time off. EOE
""",
        "name": "Brittany Coleman",
        "label": "Lead Preschool Teacher",
        "summary": (
            "Preschool lead teacher with four years in licensed centers; project-based learning and family engagement."
        ),
        "where": ("San Antonio", "TX"),
        "work": [
            (
                "Lead Teacher, Pre-K 3",
                "The Learning Experience - Alamo Ranch",
                "2023-01",
                None,
                [
                    (
                        "Lead a room of 15 three-year-olds; weekly lesson plans and daily family updates on the "
                        "Brightwheel app"
                    ),
                    "Run morning circle, literacy centers and outdoor gross-motor time",
                ],
            ),
            (
                "Assistant Teacher",
                "Primrose School of Stone Oak",
                "2021-06",
                "2022-12",
                ["Assisted in a four-year-old classroom; lunch and nap routines"],
            ),
        ],
        "edu": [("High School Diploma", "", "Ronald Reagan High School", "2020")],
        "skills": {"Classroom": ["lesson planning", "circle time", "Brightwheel", "positive guidance"]},
        "certs": [
            ("Child Development Associate (CDA), Preschool", "Council for Professional Recognition", "2022-09"),
            ("Pre-service training (Texas HHSC Minimum Standards)", "Primrose School of Stone Oak", "2021-06"),
            ("Pediatric First Aid/CPR", "American Heart Association", "2025-03"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("fluent Spanish", ["Spanish"], "language"),
    },
    {
        "id": "school-psychologist-fresh3-1",
        "occ": "school_psychologist",
        "title": "School Psychologist (Virtual, Illinois caseload)",
        "company": "Presence",
        "location": "Remote (Illinois)",
        "posting": """
Presence partners with school districts to deliver live, online special education services. We're hiring a
School Psychologist for an Illinois district partner (K-12 caseload, 2026-27 school year, 30-37.5 hrs/week).

What you'll do: conduct virtual and hybrid psychoeducational evaluations, write reports, participate in IEP
meetings, and consult with teachers on MTSS.

Requirements
- Illinois Professional Educator License (PEL) with a School Psychologist endorsement
- Nationally Certified School Psychologist (NCSP) credential - required by our district partner
- Experience with WISC-V, WJ-IV and BASC-3

Presence is an equal opportunity employer. Flexible schedule, paid onboarding, CEU allowance.
""",
        "name": "Michelle Park",
        "label": "School Psychologist, Ed.S., NCSP",
        "summary": "School psychologist in Illinois public schools: evaluations, IEP eligibility, MTSS consultation.",
        "where": ("Naperville", "IL"),
        "work": [
            (
                "Psychologist, Special Education Services",
                "Indian Prairie School District 204",
                "2020-08",
                None,
                [
                    "Complete 45-55 initial and re-evaluations a year with WISC-V, WJ IV and BASC-3",
                    "Lead eligibility determinations at IEP meetings; consult on Tier 2 behavior plans",
                ],
            ),
            (
                "School Psychology Intern",
                "Naperville CUSD 203",
                "2019-08",
                "2020-06",
                ["Full-year supervised internship"],
            ),
        ],
        "edu": [("Education Specialist (Ed.S.)", "School Psychology", "Illinois State University", "2020")],
        "skills": {"Assessment": ["WISC-V", "WJ IV", "BASC-3", "FBA/BIP"]},
        "certs": [
            (
                "Professional Educator License - School Psychologist endorsement",
                "Illinois State Board of Education",
                "2020-07",
            ),
            (
                "Nationally Certified School Psychologist (NCSP)",
                "National Association of School Psychologists",
                "2020-11",
            ),
        ],
        "unq": {
            "label": "School Psychologist, Ed.S.",
            "certs": [
                (
                    "Professional Educator License - School Psychologist endorsement",
                    "Illinois State Board of Education",
                    "2020-07",
                ),
            ],
        },
        "decisive": ("NCSP credential", ["NCSP", "Nationally Certified School Psychologist"], "certificate"),
    },
    {
        "id": "school-psychologist-fresh3-2",
        "occ": "school_psychologist",
        "title": "LSSP - Autism Evaluation Team",
        "company": "Cypress-Fairbanks ISD",
        "location": "Cypress, TX",
        "posting": """
Cypress-Fairbanks ISD - Licensed Specialist in School Psychology (LSSP), Autism Evaluation Team

Primary purpose: conduct comprehensive evaluations for students suspected of autism and other disabilities,
provide counseling as a related service, and support campus behavior teams.

Qualifications
Education/certification: master's or specialist degree in school psychology; current LSSP license issued by the
Texas Behavioral Health Executive Council.
Experience: three (3) years of experience as an LSSP or school psychologist. Experience with ADOS-2 preferred.

Working conditions: travel between campuses; 187-day contract. Cy-Fair ISD does not discriminate on the basis of
race, color, religion, sex, national origin, age or disability.
""",
        "name": "Daniel Okafor",
        "label": "Licensed Specialist in School Psychology",
        "summary": (
            "Psychological services provider in Houston-area districts: autism evaluations, counseling and behavior "
            "support."
        ),
        "where": ("Houston", "TX"),
        "work": [
            (
                "Evaluation Specialist, Special Education",
                "Houston ISD",
                "2022-08",
                None,
                [
                    "Autism and emotional-disturbance evaluations with ADOS-2, CARS-2 and rating scales",
                    "Counseling as a related service for 20 students; crisis response",
                ],
            ),
            (
                "Psychological Services Provider",
                "Katy ISD",
                "2019-08",
                "2022-07",
                ["Full and individual evaluations and ARD meetings for elementary campuses"],
            ),
            ("LSSP Intern", "Katy ISD", "2018-08", "2019-05", ["Supervised internship, 1,200 hours"]),
        ],
        "edu": [("Master of Arts", "School Psychology (60 credit hours)", "Sam Houston State University", "2019")],
        "skills": {"Assessment": ["ADOS-2", "CARS-2", "WISC-V", "counseling"]},
        "certs": [
            ("Licensed Specialist in School Psychology (LSSP)", "Texas Behavioral Health Executive Council", "2019-07")
        ],
        "unq": {
            "work": [
                (
                    "Evaluation Specialist, Special Education",
                    "Houston ISD",
                    "2025-08",
                    None,
                    [
                        "Autism and emotional-disturbance evaluations with ADOS-2, CARS-2 and rating scales",
                        "Counseling as a related service for 20 students; crisis response",
                    ],
                ),
                ("LSSP Intern", "Houston ISD", "2024-08", "2025-05", ["Supervised internship, 1,200 hours"]),
                (
                    "Special Education Teacher, Life Skills",
                    "Alief ISD",
                    "2017-08",
                    "2022-05",
                    ["Taught a self-contained life-skills class; wrote IEP goals"],
                ),
            ],
            "edu": [("Master of Arts", "School Psychology (60 credit hours)", "Sam Houston State University", "2025")],
            "certs": [
                (
                    "Licensed Specialist in School Psychology (LSSP)",
                    "Texas Behavioral Health Executive Council",
                    "2025-07",
                )
            ],
        },
        "decisive": ("three years as an LSSP or school psychologist", ["years", "yrs"], "years"),
    },
    {
        "id": "teacher-fresh3-1",
        "occ": "teacher",
        "title": "High School Chemistry Teacher (2027-28)",
        "company": "Loudoun County Public Schools",
        "location": "Ashburn, VA",
        "posting": """
Loudoun County Public Schools is accepting applications for a Chemistry teacher at Briar Woods High School for
the 2027-28 school year (courses: Chemistry, Honors Chemistry, possibly AP Chemistry).

Minimum qualifications: Bachelor's degree. Must hold or be eligible for a Virginia teaching license with an
endorsement in Chemistry. Candidates holding only a Biology or Earth Science endorsement cannot be assigned to
this position.

Preferred: experience teaching chemistry labs; familiarity with Schoology.

LCPS is an equal opportunity employer. Offers are contingent on a criminal background check.
""",
        "name": "Andrew Kessler",
        "label": "Secondary Science Teacher",
        "summary": (
            "Science teacher with six years in Virginia high schools; lab-based instruction and Schoology course "
            "design."
        ),
        "where": ("Leesburg", "VA"),
        "work": [
            (
                "Science Teacher, Grades 10-12",
                "Fairfax County Public Schools - Chantilly High School",
                "2020-08",
                None,
                [
                    "Teach Honors Chemistry and Biology; redesigned stoichiometry and titration labs",
                    "Course site and assessments in Schoology; sponsor of the Science Olympiad team",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Biochemistry", "Virginia Tech", "2020")],
        "skills": {"Teaching": ["lab safety", "inquiry labs", "Schoology", "SOL preparation"]},
        "certs": [
            (
                "Virginia Postgraduate Professional License - endorsements: Chemistry; Biology",
                "Virginia Department of Education",
                "2023-07",
            ),
        ],
        "unq": {
            "work": [
                (
                    "Science Teacher, Grades 10-12",
                    "Fairfax County Public Schools - Chantilly High School",
                    "2020-08",
                    None,
                    [
                        "Teach Honors Biology and Earth Science; redesigned genetics and ecology labs",
                        "Course site and assessments in Schoology; sponsor of the Science Olympiad team",
                    ],
                ),
            ],
            "edu": [("Bachelor of Science", "Biology", "Virginia Tech", "2020")],
            "certs": [
                (
                    "Virginia Postgraduate Professional License - endorsement: Biology",
                    "Virginia Department of Education",
                    "2023-07",
                )
            ],
        },
        "decisive": ("Virginia Chemistry endorsement", ["Chemistry"], "endorsement"),
    },
    {
        "id": "teacher-fresh3-2",
        "occ": "teacher",
        "title": "Mathematics Teacher - In-Class Support (Grades 6-8)",
        "company": "Paterson Public Schools",
        "location": "Paterson, NJ",
        "posting": """
POSITION: Teacher, Mathematics - In-Class Support (ICS), Middle School
REPORTS TO: Principal

QUALIFICATIONS:
1. Valid New Jersey Instructional Certificate (CE, CEAS or Standard) with Teacher of Mathematics or Mathematics
   (Grades 5-8) endorsement, AND Teacher of Students with Disabilities (TOSD) endorsement.
2. Knowledge of IEP implementation and co-teaching models.
3. Such alternatives to the above qualifications as the Board may find appropriate and acceptable.

SALARY: per PEA contract. Paterson Public Schools is an Equal Opportunity Employer.
""",
        "name": "Jasmine Ortiz",
        "label": "Middle School Math Teacher",
        "summary": (
            "Math teacher in grades 6-8 co-teaching inclusion classes with IEP accommodations and data-driven small "
            "groups."
        ),
        "where": ("Clifton", "NJ"),
        "work": [
            (
                "Grade 7 Math Teacher, Inclusion Co-Teacher",
                "Passaic Public Schools",
                "2021-09",
                None,
                [
                    "Co-teach inclusion sections using station and parallel teaching; implement IEP modifications",
                    "Run i-Ready diagnostics and small-group intervention",
                ],
            ),
        ],
        "edu": [("Bachelor of Arts", "Mathematics", "William Paterson University", "2021")],
        "skills": {"Instruction": ["co-teaching", "IEP accommodations", "i-Ready", "Illustrative Mathematics"]},
        "certs": [
            (
                "NJ Standard Instructional Certificate - Teacher of Mathematics",
                "New Jersey Department of Education",
                "2023-06",
            ),
            (
                "NJ Standard Instructional Certificate - Teacher of Students with Disabilities",
                "New Jersey Department of Education",
                "2024-06",
            ),
        ],
        "unq": {
            "certs": [
                (
                    "NJ Standard Instructional Certificate - Teacher of Mathematics",
                    "New Jersey Department of Education",
                    "2023-06",
                ),
            ]
        },
        "decisive": (
            "Teacher of Students with Disabilities endorsement",
            ["Students with Disabilities", "TOSD"],
            "endorsement",
        ),
    },
]
