"""Fresh2 cases, people: social worker, recruiter, HR generalist (written blind, December 2026)."""

CASES = [
    {
        "id": "social-worker-fresh2-1",
        "occ": "social_worker",
        "title": "Clinical Social Worker - Outpatient Behavioral Health",
        "company": "Kaiser Permanente",
        "location": "Portland, OR",
        "posting": """
Provides individual and group psychotherapy to adult members in an outpatient behavioral health clinic. Completes
diagnostic assessments, develops treatment plans, manages crisis situations and coordinates care with psychiatry and
primary care.

Basic Qualifications:
- Master's degree in social work (MSW) from a CSWE-accredited program
- Current Oregon Licensed Clinical Social Worker (LCSW) license - required at hire
- Two years of post-master's clinical experience in behavioral health
- Epic experience preferred
""",
        "name": "Tamara Lindqvist",
        "label": "Behavioral Health Therapist",
        "summary": "Outpatient therapist for adults with mood, anxiety and co-occurring disorders; CBT and DBT skills "
        "groups.",
        "where": ("Portland", "OR"),
        "work": [
            (
                "Behavioral Health Therapist",
                "Cascadia Health",
                "2021-09",
                None,
                [
                    "Provide individual and group therapy (CBT, DBT skills) to adults with mood, anxiety and "
                    "co-occurring disorders",
                    "Complete DSM-5 diagnostic assessments, safety plans and treatment plans in Epic",
                    "Coordinate care with psychiatric nurse practitioners and primary care",
                ],
            ),
        ],
        "edu": [("Master of Social Work", "Clinical Practice", "Portland State University", "2021")],
        "skills": {
            "Clinical": ["CBT", "DBT skills", "diagnostic assessment", "crisis intervention"],
            "Systems": ["Epic"],
        },
        "certs": [
            ("Licensed Clinical Social Worker (LCSW), Oregon", "Oregon Board of Licensed Social Workers", "2024-01")
        ],
        "unq": {
            "certs": [
                (
                    "Clinical Social Work Associate (CSWA), Oregon",
                    "Oregon Board of Licensed Social Workers",
                    "2021-10",
                )
            ]
        },
        "decisive": ("Oregon LCSW", ["LCSW", "Licensed Clinical Social Worker"], "licence level"),
    },
    {
        "id": "social-worker-fresh2-2",
        "occ": "social_worker",
        "title": "Children's Social Worker III",
        "company": "Los Angeles County Department of Children and Family Services",
        "location": "Los Angeles, CA",
        "posting": """
Children's Social Workers III carry a caseload of families in emergency response, family maintenance or family
reunification, assess child safety, write court reports and testify in dependency court.

Minimum requirements: a Master's degree in Social Work from an accredited school AND two years of experience, after
the MSW, performing child welfare casework (investigations, family maintenance or reunification) in a public child
welfare agency. A valid California Class C driver license is required.
""",
        "name": "Jessica Nwosu",
        "label": "Children's Social Worker",
        "summary": "Public child welfare social worker in family reunification and maintenance, writing dependency "
        "court reports.",
        "where": ("Riverside", "CA"),
        "work": [
            (
                "Children's Social Worker II",
                "Riverside County Department of Public Social Services",
                "2022-07",
                None,
                [
                    "Carry a caseload of 20 family reunification and family maintenance cases",
                    "Write case plans and court reports for dependency hearings; testify as needed",
                ],
            ),
            (
                "Human Services Aide",
                "Riverside County Department of Public Social Services",
                "2017-02",
                "2020-07",
                [
                    "Supervised parent-child visits and transported children to appointments",
                    "Documented visits in CWS/CMS",
                ],
            ),
        ],
        "edu": [
            ("Master of Social Work", "Children, Youth and Families", "University of Southern California", "2022"),
            ("Bachelor of Arts", "Psychology", "University of California, Riverside", "2016"),
        ],
        "skills": {"Child welfare": ["family reunification", "safety assessment", "court reports", "CWS/CMS"]},
        "certs": [("California Driver License, Class C", "California DMV", "2012-06")],
        "unq": {
            "work": [
                (
                    "Children's Social Worker II",
                    "Riverside County Department of Public Social Services",
                    "2025-10",
                    None,
                    [
                        "Carry a caseload of 20 family reunification and family maintenance cases",
                        "Write case plans and court reports for dependency hearings; testify as needed",
                    ],
                ),
                (
                    "Human Services Aide",
                    "Riverside County Department of Public Social Services",
                    "2017-02",
                    "2025-09",
                    [
                        "Supervised parent-child visits and transported children to appointments",
                        "Documented visits in CWS/CMS",
                    ],
                ),
            ],
            "edu": [
                ("Master of Social Work", "Children, Youth and Families", "University of Southern California", "2025"),
                ("Bachelor of Arts", "Psychology", "University of California, Riverside", "2016"),
            ],
        },
        "decisive": ("two years of post-MSW child welfare casework", ["years", "yrs"], "years"),
    },
    {
        "id": "recruiter-fresh2-1",
        "occ": "recruiter",
        "title": "Talent Acquisition Partner",
        "company": "Medtronic",
        "location": "Minneapolis, MN",
        "posting": """
Must have:
- 3+ years of full-cycle corporate recruiting
- Daily, hands-on use of Workday Recruiting (requisitions, dispositioning, offers) - we are mid-migration and need
  someone who can coach hiring managers in it from day one
- Sourcing with LinkedIn Recruiter
- Bachelor's degree

Nice: medical device or engineering hiring
""",
        "name": "Megan O'Rourke",
        "label": "Senior Recruiter",
        "summary": "Corporate recruiter for engineering and quality roles in medical devices, from intake to offer.",
        "where": ("St. Paul", "MN"),
        "work": [
            (
                "Senior Recruiter",
                "Boston Scientific",
                "2022-05",
                None,
                [
                    "Run 25-35 engineering and quality requisitions at a time from intake meeting to offer",
                    "Moved hiring teams onto Workday Recruiting: built requisition templates and trained managers",
                    "Source passive candidates with LinkedIn Recruiter boolean searches",
                ],
            ),
            (
                "Recruiter",
                "Robert Half",
                "2019-06",
                "2022-04",
                ["Placed accounting and finance contractors", "Tracked candidates and submittals in Bullhorn"],
            ),
        ],
        "edu": [("Bachelor of Arts", "Communication Studies", "University of Minnesota", "2019")],
        "skills": {
            "Recruiting": ["full-cycle recruiting", "sourcing", "offer negotiation"],
            "Systems": ["Workday Recruiting", "LinkedIn Recruiter", "Bullhorn"],
        },
        "swaps": [("Workday Recruiting", "iCIMS")],
        "decisive": ("Workday Recruiting", ["Workday"], "tool"),
    },
    {
        "id": "recruiter-fresh2-2",
        "occ": "recruiter",
        "title": "Technical Recruiter",
        "company": "Capital One",
        "location": "McLean, VA",
        "posting": """
Requirements:
- 4+ years of full-cycle technical recruiting (software engineering, data, cyber)
- Experience with Greenhouse or Workday
- Comfortable screening candidates on tech stacks and cloud skills
- Bachelor's degree
""",
        "name": "Devin Shah",
        "label": "Technical Recruiter",
        "summary": "Recruiter for software engineering, data and cybersecurity roles.",
        "where": ("Arlington", "VA"),
        "work": [
            (
                "Technical Recruiter",
                "Booz Allen Hamilton",
                "2021-11",
                None,
                [
                    "Own 20+ software engineering, data science and cyber requisitions from intake through offer",
                    "Screen candidates on Java, Python, AWS and cloud security fundamentals",
                ],
            ),
            (
                "Associate Technical Recruiter",
                "TEKsystems",
                "2019-03",
                "2021-10",
                [
                    "Recruited developers and QA engineers for contract roles at client sites",
                    "Ran sourcing, screening and offers for 6-8 open roles at a time",
                ],
            ),
            (
                "Assistant Store Manager",
                "Target",
                "2015-06",
                "2019-02",
                ["Hired and scheduled a team of 60", "Ran interviews for seasonal hiring"],
            ),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "Virginia Commonwealth University", "2015")],
        "skills": {
            "Recruiting": ["technical screening", "sourcing", "full-cycle recruiting"],
            "Systems": ["Greenhouse", "LinkedIn Recruiter"],
        },
        "unq": {
            "work": [
                (
                    "Technical Recruiter",
                    "Booz Allen Hamilton",
                    "2023-10",
                    None,
                    [
                        "Own 20+ software engineering, data science and cyber requisitions from intake through offer",
                        "Screen candidates on Java, Python, AWS and cloud security fundamentals",
                    ],
                ),
                (
                    "Assistant Store Manager",
                    "Target",
                    "2015-06",
                    "2023-09",
                    ["Hired and scheduled a team of 60", "Ran interviews for seasonal hiring"],
                ),
            ]
        },
        "decisive": ("4+ years of full-cycle technical recruiting", ["years", "yrs"], "years"),
    },
    {
        "id": "hr-generalist-fresh2-1",
        "occ": "hr_generalist",
        "title": "HR Generalist II",
        "company": "Sherwin-Williams",
        "location": "Cleveland, OH",
        "posting": """
The HR Generalist II supports a manufacturing and distribution workforce of about 800: employee relations,
investigations, leave administration, onboarding and policy guidance for supervisors.

Qualifications: Bachelor's degree in human resources or business; 4+ years as an HR generalist in a manufacturing or
distribution setting; PHR or SHRM-CP certification required; working knowledge of FMLA, ADA and FLSA; experience with
Workday HCM.
""",
        "name": "Kimberly Adeyemi",
        "label": "HR Generalist",
        "summary": "Plant HR generalist for hourly and salaried manufacturing staff: employee relations, leave and "
        "compliance.",
        "where": ("Euclid", "OH"),
        "work": [
            (
                "HR Generalist",
                "Lincoln Electric",
                "2021-02",
                None,
                [
                    "Partner with plant managers for 700 hourly and salaried employees on investigations and "
                    "corrective action",
                    "Administer FMLA leave and ADA accommodations; audit FLSA exemption classifications",
                    "Maintain job and compensation data in Workday HCM",
                ],
            ),
            (
                "HR Coordinator",
                "Parker Hannifin",
                "2018-07",
                "2021-01",
                ["Ran onboarding and I-9s for a 400-person distribution center", "Tracked leaves of absence"],
            ),
        ],
        "edu": [
            ("Bachelor of Business Administration", "Human Resource Management", "Cleveland State University", "2018")
        ],
        "skills": {"HR": ["employee relations", "investigations", "FMLA", "ADA", "FLSA"], "Systems": ["Workday HCM"]},
        "certs": [("Professional in Human Resources (PHR)", "HR Certification Institute (HRCI)", "2022-09")],
        "unq": {"certs": [("aPHR", "HR Certification Institute (HRCI)", "2019-11")]},
        "decisive": (
            "PHR or SHRM-CP certification",
            ["PHR", "SHRM-CP", "Professional in Human Resources"],
            "credential level",
        ),
    },
    {
        "id": "hr-generalist-fresh2-2",
        "occ": "hr_generalist",
        "title": "Senior HR Generalist",
        "company": "Republic Services",
        "location": "Phoenix, AZ",
        "posting": """
What you'll do: act as the first HR contact for drivers, technicians and managers across four Phoenix-area sites -
investigations, corrective action, leave, workers' comp, merit cycles and policy coaching.

What you need:
- 6+ years of progressive HR generalist experience (employee relations, investigations, leave, compensation cycles)
- Bachelor's degree in HR, business or a related field
- SHRM-CP/SCP or PHR/SPHR preferred
- Bilingual English/Spanish a plus
""",
        "name": "Derek Hwang",
        "label": "HR Business Partner",
        "summary": "HR partner for large frontline workforces: employee relations, investigations, leave and merit "
        "cycles.",
        "where": ("Tempe", "AZ"),
        "work": [
            (
                "HR Business Partner",
                "Banner Health",
                "2022-06",
                None,
                [
                    "Lead employee-relations investigations and corrective action for 1,100 staff in three hospitals",
                    "Run the annual merit cycle and pay-equity review for assigned units",
                ],
            ),
            (
                "Human Resources Generalist",
                "Honeywell Aerospace",
                "2018-04",
                "2022-05",
                [
                    "Handled leaves of absence, the ADA interactive process and workers' compensation claims",
                    "Supported two union contract renewals",
                ],
            ),
            (
                "Office Manager",
                "Fox Restaurant Concepts",
                "2015-05",
                "2018-03",
                ["Managed vendor invoices, staff schedules and new-hire paperwork for two restaurants"],
            ),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "Arizona State University", "2015")],
        "skills": {
            "HR": [
                "employee relations",
                "investigations",
                "leave administration",
                "merit cycles",
                "workers' compensation",
            ]
        },
        "unq": {
            "work": [
                (
                    "HR Business Partner",
                    "Banner Health",
                    "2024-01",
                    None,
                    [
                        "Lead employee-relations investigations and corrective action for 1,100 staff in three "
                        "hospitals",
                        "Run the annual merit cycle and pay-equity review for assigned units",
                    ],
                ),
                (
                    "Human Resources Generalist",
                    "Honeywell Aerospace",
                    "2021-10",
                    "2023-12",
                    [
                        "Handled leaves of absence, the ADA interactive process and workers' compensation claims",
                        "Supported a union contract renewal",
                    ],
                ),
                (
                    "Office Manager",
                    "Fox Restaurant Concepts",
                    "2015-05",
                    "2021-09",
                    ["Managed vendor invoices, staff schedules and new-hire paperwork for two restaurants"],
                ),
            ]
        },
        "decisive": ("6+ years of progressive HR generalist experience", ["years", "yrs"], "years"),
    },
]
