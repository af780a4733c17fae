"""Fresh11 half, people: occupational psychologist, hospital chaplain, volunteer coordinator, employment specialist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "occupational_psychologist-fresh11-1",
        "occ": "occupational_psychologist",
        "title": "Senior Occupational Psychologist",
        "company": "Civil Service Assessment Services",
        "location": "Bristol, UK (hybrid)",
        "posting": """
Senior Occupational Psychologist - Grade 7 equivalent - Bristol / hybrid

We design and quality-assure selection and assessment for public-sector recruitment: situational judgement tests, assessment centres and structured interviews used by thousands of candidates a year.

What you will do
- Lead job analysis and design of assessment centres and SJTs
- Validate assessment tools and report adverse impact analyses
- Supervise trainee occupational psychologists working towards their QOP

Essential criteria
- HCPC registered Practitioner Psychologist (Occupational Psychologist) - you will sign off work as a registered practitioner and supervise trainees
- Chartered Member of the British Psychological Society (CPsychol)
- MSc in Occupational / Organisational Psychology
- 3+ years designing selection or assessment in an applied setting
- Right to work in the UK

This post requires Baseline Personnel Security Standard (BPSS) checks.
""",
        "name": "Amelia Roberts",
        "label": "Occupational Psychologist",
        "summary": "HCPC-registered occupational psychologist and Chartered Psychologist with six years designing and validating selection and assessment for public and private sector clients; supervises trainees. British citizen.",
        "where": ("Bristol", "England"),
        "country": "GB",
        "work": [
            ("Occupational Psychologist", "Severn People Consulting", "2022-05", "", [
                "Lead job analyses and design assessment centres, SJTs and structured interviews for police and NHS recruitment",
                "Run validation studies and adverse impact analyses on selection data",
                "Coordinating supervisor for two trainees on the BPS Qualification in Occupational Psychology",
            ]),
            ("Assessment Consultant", "Clifton Talent Assessment Ltd", "2020-01", "2022-04", [
                "Built ability and personality test batteries and ran assessor training",
            ]),
        ],
        "skills": {"Assessment": ["Job analysis", "Assessment centres", "Situational judgement tests", "Validation", "Adverse impact analysis"], "Tools": ["R", "SPSS"], "Other": ["Right to work in the UK (British citizen)"]},
        "certs": [
            ("Practitioner Psychologist (Occupational Psychologist) - HCPC registration", "Health and Care Professions Council", "2022-03"),
            ("Chartered Psychologist (CPsychol), Chartered Member of the BPS", "British Psychological Society", "2022-04"),
            ("Test User: Occupational, Ability and Personality", "British Psychological Society", "2019-06"),
        ],
        "edu": [
            ("MSc", "Occupational Psychology", "University of Nottingham", "2019"),
            ("BSc (Hons)", "Psychology", "Cardiff University", "2018"),
        ],
        "unq": {
            "label": "Trainee Occupational Psychologist",
            "summary": "Trainee occupational psychologist (BPS Qualification in Occupational Psychology, Stage 2 in progress) with six years designing and validating selection and assessment for public and private sector clients. British citizen.",
            "certs": [
                ("Graduate Member of the BPS (MBPsS); enrolled on the Qualification in Occupational Psychology (Stage 2)", "British Psychological Society", "2022-04"),
                ("Test User: Occupational, Ability and Personality", "British Psychological Society", "2019-06"),
            ],
        },
        "swaps": [("Coordinating supervisor for two trainees on the BPS Qualification in Occupational Psychology", "Mentor two graduate assessment consultants")],
        "decisive": ("HCPC registered Practitioner Psychologist / Chartered (CPsychol)", ["HCPC", "Practitioner Psychologist", "Chartered", "CPsychol"], "licence level"),
    },
    {
        "id": "occupational_psychologist-fresh11-2",
        "occ": "occupational_psychologist",
        "title": "Organisational Psychologist (Assessment & Leadership Development)",
        "company": "Lion City Talent Partners",
        "location": "Singapore",
        "posting": """
Organisational Psychologist - Assessment & Leadership Development

Lion City Talent Partners is a boutique consultancy serving banks, government agencies and MNCs across APAC.

Key responsibilities:
- Design and deliver leadership assessment centres and development centres
- Administer and feed back psychometrics (Hogan, OPQ32) to senior leaders
- Write assessment reports and development plans; present findings to HR directors

Requirements:
- Master's degree in Industrial-Organisational / Occupational Psychology (or a closely related Master's) - a bachelor's degree alone does not meet the requirement
- Accredited in at least one major personality instrument (Hogan or SHL OPQ32)
- Minimum 3 years' consulting or in-house assessment experience
- Excellent written English; Mandarin is an advantage for regional clients
- Singaporean / PR, or eligible for Employment Pass

Registration with the Singapore Register of Psychologists is a plus.
""",
        "name": "Tan Hui Min",
        "label": "Senior Consultant, Talent Assessment",
        "summary": "Talent assessment consultant with six years designing leadership assessment centres and delivering Hogan feedback to senior leaders across APAC; postgraduate-trained in industrial-organisational psychology. Singapore Citizen; English and Mandarin.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Senior Consultant, Talent Assessment", "Raffles Leadership Consulting", "2022-10", "", [
                "Design leadership assessment and development centres for banks and statutory boards",
                "Deliver Hogan and OPQ32 feedback to directors and C-suite leaders",
                "Write assessment reports and development plans; present themes to HR directors",
            ]),
            ("Assessment Consultant", "Temasek People Analytics", "2020-07", "2022-09", [
                "Ran graduate and mid-career assessment centres; scored and reported psychometrics",
            ]),
        ],
        "skills": {"Assessment": ["Assessment centres", "Leadership development", "Psychometric feedback", "Report writing"], "Instruments": ["Hogan (HPI, HDS, MVPI)", "SHL OPQ32"], "Other": ["Singapore Citizen"]},
        "certs": [
            ("Hogan Assessments Certification", "Hogan Assessment Systems", "2021-03"),
            ("SHL OPQ32 Accreditation", "SHL", "2020-10"),
        ],
        "edu": [
            ("Master of Psychology (Organisational Psychology)", "Organisational Psychology", "Singapore University of Social Sciences", "2020"),
            ("Bachelor of Social Sciences (Hons)", "Psychology", "National University of Singapore", "2018"),
        ],
        "langs": [("English", "Native"), ("Mandarin", "Fluent")],
        "unq": {
            "summary": "Talent assessment consultant with six years designing leadership assessment centres and delivering Hogan feedback to senior leaders across APAC; psychology graduate. Singapore Citizen; English and Mandarin.",
            "edu": [
                ("Bachelor of Social Sciences (Hons)", "Psychology", "National University of Singapore", "2018"),
                ("Graduate Certificate", "Human Resource Management", "Singapore University of Social Sciences", "2020"),
            ],
        },
        "decisive": ("Master's degree in Industrial-Organisational Psychology", ["Master's", "Master", "Masters", "MSc", "postgraduate"], "degree level"),
    },
    {
        "id": "hospital_chaplain-fresh11-1",
        "occ": "hospital_chaplain",
        "title": "Staff Chaplain - Level II",
        "company": "St. Brendan Regional Medical Center",
        "location": "Columbus, OH",
        "posting": """
Staff Chaplain (Level II) - full time, includes on-call rotation

Provide spiritual and emotional care to patients, families and staff of all faiths and none across ICU, oncology, ED and palliative care. Respond to codes, traumas and deaths; document in the EHR; lead memorial services; participate in ethics consults.

Qualifications:
- Master of Divinity or equivalent graduate theological degree
- Four units of ACPE Clinical Pastoral Education
- Board Certified Chaplain (BCC) through APC, NACC, or NAJC - required for Level II
- Ecclesiastical endorsement from a recognized faith group
- 2+ years of hospital chaplaincy after CPE residency
- BLS within 90 days of hire
""",
        "name": "Rev. Daniel Ofori",
        "label": "Chaplain, Board Certified",
        "summary": "Board certified chaplain with six years of acute-care hospital chaplaincy in trauma, ICU and palliative care; ordained, endorsed by his denomination.",
        "where": ("Columbus", "OH"),
        "work": [
            ("Chaplain", "Scioto Valley Hospital", "2021-08", "", [
                "Provide spiritual care on ICU, oncology and palliative care units; respond to traumas, codes and deaths",
                "Chart spiritual assessments and care plans in Epic",
                "Lead quarterly memorial services and sit on the hospital ethics committee",
            ]),
            ("Chaplain Resident (CPE)", "OhioHealth Riverside Methodist Hospital", "2020-08", "2021-07", [
                "Completed a CPE residency in a level I trauma center (four ACPE units in total, one during seminary)",
            ]),
        ],
        "skills": {"Spiritual care": ["Crisis ministry", "Grief support", "Palliative care", "Interfaith care", "Ethics consultation"], "Systems": ["Epic"]},
        "certs": [
            ("Board Certified Chaplain (BCC)", "Board of Chaplaincy Certification Inc. (APC)", "2023-05"),
            ("Four units of ACPE Clinical Pastoral Education", "ACPE", "2021-07"),
            ("Ecclesiastical endorsement for chaplaincy", "United Methodist Church, Endorsing Agency", "2021-06"),
            ("Ordained Elder", "West Ohio Conference, United Methodist Church", "2019-06"),
        ],
        "edu": [("Master of Divinity", "", "Methodist Theological School in Ohio", "2019")],
        "unq": {
            "label": "Chaplain",
            "summary": "Hospital chaplain with six years of acute-care chaplaincy in trauma, ICU and palliative care; ordained, endorsed by his denomination; preparing certification materials.",
            "certs": [
                ("Four units of ACPE Clinical Pastoral Education", "ACPE", "2021-07"),
                ("Ecclesiastical endorsement for chaplaincy", "United Methodist Church, Endorsing Agency", "2021-06"),
                ("Ordained Elder", "West Ohio Conference, United Methodist Church", "2019-06"),
            ],
        },
        "decisive": ("Board Certified Chaplain (BCC)", ["BCC", "Board Certified", "board-certified"], "credential level"),
    },
    {
        "id": "hospital_chaplain-fresh11-2",
        "occ": "hospital_chaplain",
        "title": "Healthcare Chaplain (Band 6)",
        "company": "Mersey Valley Hospitals NHS Trust",
        "location": "Warrington, Cheshire, UK",
        "posting": """
Healthcare Chaplain - Band 6 - 30 hours per week

The Chaplaincy and Spiritual Care team supports patients, relatives and staff of all faiths and none. You will provide pastoral, spiritual and religious care on wards including paediatrics and maternity, take part in the on-call rota and contribute to staff wellbeing.

Essential
- Recognised theological or pastoral qualification, or equivalent experience
- Registered with the UK Board of Healthcare Chaplaincy (UKBHC), or eligible for registration
- Authorisation / endorsement from your faith or belief community
- Experience of pastoral care in a healthcare, hospice or similar setting
- Enhanced DBS certificate with Children's and Adults' Barred List checks (regulated activity on paediatric wards) - applicants already on the DBS Update Service are preferred

Right to work in the UK is required.
""",
        "name": "Sarah Middleton",
        "label": "Chaplain",
        "summary": "UKBHC-registered chaplain with seven years of pastoral and spiritual care in hospital and hospice settings, including paediatrics. Licensed lay minister; British citizen; Enhanced DBS on the Update Service.",
        "where": ("St Helens", "Merseyside"),
        "country": "GB",
        "work": [
            ("Chaplain", "Mersey Children's Hospice", "2021-03", "", [
                "Provide pastoral and spiritual care to children, families and staff",
                "Plan funerals, memorial services and annual remembrance events",
                "Part of the 24/7 on-call rota with the acute hospital chaplaincy",
            ]),
            ("Assistant Chaplain", "Wirral Royal Infirmary", "2019-09", "2021-02", [
                "Ward visiting, end-of-life care and bereavement support on adult and maternity wards",
            ]),
        ],
        "skills": {"Spiritual care": ["Pastoral care", "Bereavement support", "Paediatric chaplaincy", "Multi-faith care"], "Other": ["British citizen"]},
        "certs": [
            ("Registered Healthcare Chaplain", "UK Board of Healthcare Chaplaincy (UKBHC)", "2021-06"),
            ("Licensed Lay Minister (Reader), authorised by the Bishop of Liverpool", "Church of England, Diocese of Liverpool", "2018-05"),
            ("Enhanced DBS certificate with Children's and Adults' Barred List checks (DBS Update Service)", "Disclosure and Barring Service", "2024-02"),
        ],
        "edu": [("MA", "Chaplaincy Studies", "University of Chester", "2019")],
        "unq": {
            "summary": "UKBHC-registered chaplain with seven years of pastoral and spiritual care in hospital and hospice settings, including paediatrics. Licensed lay minister; British citizen; Basic DBS certificate.",
            "certs": [
                ("Registered Healthcare Chaplain", "UK Board of Healthcare Chaplaincy (UKBHC)", "2021-06"),
                ("Licensed Lay Minister (Reader), authorised by the Bishop of Liverpool", "Church of England, Diocese of Liverpool", "2018-05"),
                ("Basic DBS check (criminal record certificate)", "Disclosure and Barring Service", "2024-02"),
            ],
        },
        "decisive": ("Enhanced DBS with barred list checks", ["Enhanced", "Barred List"], "clearance level"),
    },
    {
        "id": "volunteer_coordinator-fresh11-1",
        "occ": "volunteer_coordinator",
        "title": "Vrijwilligerscoördinator / Volunteer Coordinator",
        "company": "Stichting Samen Utrecht",
        "location": "Utrecht, Netherlands",
        "posting": """
Vrijwilligerscoördinator (28-32 uur per week)

Stichting Samen Utrecht runs language cafés, homework support and buddy programmes with more than 300 volunteers across the city.

Wat ga je doen / What you will do
- Recruit, onboard and train new volunteers; match them with participants
- Coach and support existing volunteers; organise intervision and appreciation events
- Keep the volunteer database up to date and report to funders

Wat vragen wij / What we ask
- HBO-level education (e.g. Social Work, CMV) or equivalent work experience
- At least 2 years coordinating volunteers
- Nederlands op minimaal B2-niveau (Staatsexamen NT2 Programma II of gelijkwaardig): most volunteers and participants speak Dutch only, so fluent Dutch (spoken and written) is essential; English is a plus
- Right to work in the Netherlands (EU citizen or valid residence permit)
- VOG (Verklaring Omtrent het Gedrag) - we arrange this

Salary according to the CAO Sociaal Werk, scale 8.
""",
        "name": "Laura Brennan",
        "label": "Volunteer Coordinator",
        "summary": "Volunteer coordinator with six years recruiting, training and coaching volunteers for community programmes in Utrecht and Amsterdam. Irish (EU) citizen living in the Netherlands since 2016; fluent in Dutch (Staatsexamen NT2 II) and native English.",
        "where": ("Utrecht", "Utrecht"),
        "country": "NL",
        "work": [
            ("Coördinator Vrijwilligers", "Buurtwerk Utrecht Oost", "2022-01", "", [
                "Recruit, onboard and match about 120 volunteers for homework support and buddy projects",
                "Run monthly intervision and training evenings, delivered in Dutch",
                "Maintain the volunteer database and write quarterly reports for the municipality",
            ]),
            ("Volunteer Programme Officer", "Amsterdam Welcome Network", "2020-04", "2021-12", [
                "Coordinated volunteers for language cafés and newcomer support",
            ]),
        ],
        "skills": {"Volunteer management": ["Recruitment", "Onboarding and training", "Matching", "Volunteer recognition"], "Other": ["EU citizen (Irish)"]},
        "certs": [("Staatsexamen Nederlands als tweede taal (NT2), Programma II", "DUO / College voor Toetsen en Examens", "2019-06")],
        "edu": [("BA", "Social Care", "Technological University Dublin", "2015")],
        "langs": [("English", "Native"), ("Dutch", "Fluent (C1)")],
        "unq": {
            "summary": "Volunteer coordinator with six years recruiting, training and coaching volunteers for community programmes in Utrecht and Amsterdam. Irish (EU) citizen living in the Netherlands since 2016; native English.",
            "certs": [],
            "langs": [("English", "Native")],
        },
        "swaps": [("Run monthly intervision and training evenings, delivered in Dutch", "Run monthly intervision and training evenings, delivered in English"), ("Coördinator Vrijwilligers", "Volunteer Coordinator")],
        "decisive": ("fluent Dutch (B2 or higher, NT2 Programma II)", ["Dutch", "Nederlands", "NT2"], "language"),
    },
    {
        "id": "volunteer_coordinator-fresh11-2",
        "occ": "volunteer_coordinator",
        "title": "Volunteer Program Coordinator",
        "company": "Bayanihan Relief Foundation",
        "location": "Quezon City, Metro Manila, Philippines",
        "posting": """
We are hiring: VOLUNTEER PROGRAM COORDINATOR

Bayanihan Relief Foundation mobilises volunteers for disaster response, feeding programmes and community health days across Metro Manila and nearby provinces.

Qualifications:
- Graduate of any 4-year course (Social Work, Psychology, Development Studies preferred)
- At least 3 years of experience in volunteer management or community organizing
- Excellent communication skills in Filipino and English
- Willing to travel to provinces and work on weekends during deployments
- Filipino citizen

Job responsibilities:
- Recruit, screen, orient and deploy volunteers for programmes and relief operations
- Maintain volunteer records and hours; prepare reports for donors
- Organise volunteer recognition activities

Send CV and transcript of records. Only shortlisted applicants will be notified.
""",
        "name": "Maria Kristina Dela Cruz",
        "label": "Volunteer Engagement Officer",
        "summary": "Volunteer engagement officer with six years recruiting, orienting and deploying volunteers for relief operations and community programmes in Luzon. Registered social worker; Filipino citizen; fluent in Filipino and English.",
        "where": ("Quezon City", "Metro Manila"),
        "country": "PH",
        "work": [
            ("Volunteer Engagement Officer", "Tulong Kapwa Foundation", "2022-06", "", [
                "Recruit, screen and orient 400+ volunteers a year for feeding programmes and relief drives",
                "Deploy volunteer teams for typhoon response in Bulacan, Rizal and Pampanga",
                "Track volunteer hours and prepare donor reports",
            ]),
            ("Community Organizer", "Kabalikat Urban Poor Network", "2020-08", "2022-05", [
                "Organised community health days and mobilised barangay volunteers",
            ]),
        ],
        "skills": {"Volunteer management": ["Recruitment and screening", "Orientation", "Deployment", "Recognition events"], "Other": ["Filipino citizen"]},
        "certs": [("Registered Social Worker", "Professional Regulation Commission", "2020-03")],
        "edu": [("Bachelor of Science", "Social Work", "University of the Philippines Diliman", "2019")],
        "langs": [("Filipino", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Volunteer engagement officer recruiting, orienting and deploying volunteers for relief operations and community programmes in Luzon, after several years in NGO administration. Registered social worker; Filipino citizen; fluent in Filipino and English.",
            "work": [
                ("Volunteer Engagement Officer", "Tulong Kapwa Foundation", "2025-01", "", [
                    "Recruit, screen and orient 400+ volunteers a year for feeding programmes and relief drives",
                    "Deploy volunteer teams for typhoon response in Bulacan, Rizal and Pampanga",
                    "Track volunteer hours and prepare donor reports",
                ]),
                ("Administrative Assistant", "Kabalikat Urban Poor Network", "2020-08", "2024-12", [
                    "Handled procurement, filing and payroll support for the finance office",
                ]),
            ],
        },
        "decisive": ("at least 3 years in volunteer management", ["years", "yrs"], "years"),
    },
    {
        "id": "employment_specialist-fresh11-1",
        "occ": "employment_specialist",
        "title": "Employment Specialist (IPS Supported Employment)",
        "company": "Willamette Community Behavioral Health",
        "location": "Salem, OR",
        "posting": """
Employment Specialist - IPS Supported Employment Team

Help adults living with serious mental illness find and keep competitive jobs. Our IPS team follows the evidence-based Individual Placement and Support model: rapid job search, employer development, and time-unlimited follow-along supports.

Duties:
- Carry a caseload of up to 20 job seekers; complete vocational profiles and job search plans
- Make at least six face-to-face employer contacts per week
- Provide job coaching and follow-along supports; coordinate with the treatment team and Vocational Rehabilitation (VR)

Requirements:
- Bachelor's degree in social services or related field, OR two years of experience in employment services
- Certified Employment Support Professional (CESP) credential from APSE - required by our VR contract
- Valid Oregon driver's license, insurable driving record and own vehicle
- Bilingual English/Spanish preferred
""",
        "name": "Melissa Hartwell",
        "label": "Job Developer / Employment Consultant",
        "summary": "Supported employment professional with five years in job development, job coaching and follow-along for people with disabilities and mental illness. Certified Employment Support Professional. Valid Oregon driver's license and own car.",
        "where": ("Keizer", "OR"),
        "work": [
            ("Employment Consultant", "Mid-Valley Supported Employment", "2022-02", "", [
                "Support a caseload of 18 job seekers with serious mental illness using the IPS model",
                "Develop relationships with local employers; 6-8 in-person employer visits a week",
                "Provide on-the-job coaching and follow-along; coordinate with VR counselors and clinicians",
            ]),
            ("Job Coach", "Capitol Community Services", "2020-05", "2022-01", [
                "Coached adults with intellectual and developmental disabilities at community job sites",
            ]),
        ],
        "skills": {"Employment services": ["IPS supported employment", "Job development", "Job coaching", "Vocational profiles", "Benefits planning referrals"], "Other": ["Oregon driver's license, own vehicle, insurable record"]},
        "certs": [
            ("Certified Employment Support Professional (CESP)", "APSE - Employment Support Professional Certification Council", "2022-11"),
            ("IPS Supported Employment online training", "IPS Employment Center", "2022-03"),
        ],
        "edu": [("Bachelor of Science", "Human Development and Family Sciences", "Oregon State University", "2020")],
        "unq": {
            "summary": "Supported employment professional with five years in job development, job coaching and follow-along for people with disabilities and mental illness. Valid Oregon driver's license and own car.",
            "certs": [
                ("ACRE Basic Employment Services Certificate", "Association of Community Rehabilitation Educators", "2022-11"),
                ("IPS Supported Employment online training", "IPS Employment Center", "2022-03"),
            ],
        },
        "decisive": ("Certified Employment Support Professional (CESP)", ["CESP", "Certified Employment Support Professional"], "certificate"),
    },
    {
        "id": "employment_specialist-fresh11-2",
        "occ": "employment_specialist",
        "title": "Employment Consultant - Supported Employment",
        "company": "Waitaha Employment Support Trust",
        "location": "Christchurch, New Zealand",
        "posting": """
Employment Consultant - Supported Employment | Ōtautahi Christchurch | Permanent full-time

Waitaha Employment Support Trust helps disabled people and people with mental health conditions into paid work. We're after a consultant who loves working with employers as much as with job seekers.

The mahi:
- Work alongside job seekers to set goals and find jobs that fit
- Build relationships with local employers and negotiate roles
- Provide in-work support and job coaching so placements last

You'll bring:
- Minimum 2 years' experience in supported employment, vocational rehabilitation or a similar employment-support role
- NZ Certificate in Health and Wellbeing (Social and Community Services) Level 4 or similar - or willingness to complete it
- Full (not restricted) NZ driver licence
- NZ citizen / resident, or valid work visa
- Police vetting will be completed
""",
        "name": "Hemi Walker",
        "label": "Employment Consultant",
        "summary": "Employment consultant with five years placing disabled job seekers and people with mental health conditions into paid work in Canterbury; strong employer networks. NZ citizen with full driver licence.",
        "where": ("Christchurch", "Canterbury"),
        "country": "NZ",
        "work": [
            ("Employment Consultant", "Canterbury Job Connect", "2023-04", "", [
                "Support a caseload of 25 disabled job seekers from goal-setting to paid employment",
                "Negotiate roles with local employers in hospitality, logistics and retail",
                "Provide in-work support and job coaching for the first six months of each placement",
            ]),
            ("Vocational Rehabilitation Coordinator", "Southern Return to Work Services", "2021-06", "2023-03", [
                "Coordinated return-to-work plans for ACC clients after injury",
            ]),
        ],
        "skills": {"Employment support": ["Supported employment", "Employer engagement", "Job coaching", "Vocational rehabilitation"], "Other": ["Full NZ driver licence", "NZ citizen"]},
        "certs": [("New Zealand Certificate in Health and Wellbeing (Social and Community Services) (Level 4)", "Careerforce", "2022-09")],
        "edu": [("Bachelor of Arts", "Psychology", "University of Canterbury", "2020")],
        "unq": {
            "summary": "Employment consultant placing disabled job seekers and people with mental health conditions into paid work in Canterbury, after several years in retail management. NZ citizen with full driver licence.",
            "work": [
                ("Employment Consultant", "Canterbury Job Connect", "2025-10", "", [
                    "Support a caseload of 25 disabled job seekers from goal-setting to paid employment",
                    "Negotiate roles with local employers in hospitality, logistics and retail",
                    "Provide in-work support and job coaching for the first six months of each placement",
                ]),
                ("Store Manager", "Riccarton Home & Living", "2020-11", "2025-09", [
                    "Ran a 14-person retail team; recruited and trained staff",
                ]),
            ],
            "certs": [("New Zealand Certificate in Health and Wellbeing (Social and Community Services) (Level 4)", "Careerforce", "2025-08")],
        },
        "decisive": ("minimum 2 years in supported employment or vocational rehabilitation", ["years", "yrs"], "years"),
    },
]
# fmt: on
