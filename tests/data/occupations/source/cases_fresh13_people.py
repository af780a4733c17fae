"""Fresh13 set (writer b), people services: residential childcare worker, vetting officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "residential_childcare_worker-fresh13-1",
        "occ": "residential_childcare_worker",
        "title": "Deputy Manager - Children's Residential Home",
        "company": "Keys Group",
        "location": "Stoke-on-Trent, Staffordshire, UK",
        "posting": """
Deputy Manager - Children's Residential Home
Salary: £36,000 - £40,000 plus sleep-in payments | 40 hours, including weekends and on-call

About the home
A four-bed Ofsted-registered home for young people aged 10-17 with social, emotional and mental health needs. You will deputise for the Registered Manager, lead shifts, supervise the staff team and keep the home running safely and warmly.

Person Specification

Essential
- Level 5 Diploma in Leadership and Management for Residential Childcare (England), completed
- Level 3 Diploma for Residential Childcare (England) or equivalent
- At least 2 years' experience in a children's residential setting, including supervising staff
- Sound knowledge of the Children's Homes (England) Regulations 2015 and the Quality Standards
- Full UK driving licence

Desirable
- Experience supporting Regulation 44 visits and Ofsted inspections
- Team Teach or PRICE trained

All appointments are subject to an enhanced DBS check and satisfactory references.
""",
        "name": "Jade Fairclough",
        "label": "Residential Childcare Team Leader",
        "summary": "Residential childcare practitioner with nearly ten years in Ofsted-registered children's homes, the last four leading shifts and supervising staff. Holds the Level 5 Diploma in Leadership and Management for Residential Childcare.",
        "where": ("Newcastle-under-Lyme", "Staffordshire"),
        "country": "GB",
        "work": [
            ("Team Leader (Acting Deputy Manager)", "Oakfield Children's Services", "2022-05", "", [
                "Lead shifts in a three-bed home for young people with SEMH needs; deputise for the Registered Manager",
                "Supervise six residential support workers and run monthly supervisions",
                "Prepared the home's evidence for two Ofsted full inspections and monthly Regulation 44 visits",
            ]),
            ("Senior Residential Support Worker", "Priory Education and Children's Services", "2019-08", "2022-04", [
                "Key worker for young people in care; wrote placement plans, risk assessments and daily logs",
                "Mentored new starters through their induction and Level 3 diploma",
            ]),
            ("Residential Support Worker", "Priory Education and Children's Services", "2017-02", "2019-07", [
                "Supported young people aged 11-17 with routines, education and contact arrangements",
            ]),
        ],
        "skills": {"Practice": ["Children's Homes (England) Regulations 2015", "Quality Standards", "Safeguarding", "Therapeutic care", "Staff supervision", "Risk assessment"], "Training": ["Team Teach (Advanced)", "Paediatric first aid"]},
        "certs": [
            ("Level 5 Diploma in Leadership and Management for Residential Childcare (England)", "NCFE CACHE", "2024-09"),
            ("Level 3 Diploma for Residential Childcare (England)", "City & Guilds", "2018-11"),
            ("Team Teach Positive Behaviour Training (Advanced)", "Team Teach", "2025-10"),
            ("Full UK driving licence (Category B)", "DVLA", "2014-06"),
        ],
        "unq": {
            "summary": "Residential childcare practitioner with nearly ten years in Ofsted-registered children's homes, the last four leading shifts and supervising staff. Holds the Level 3 Diploma for Residential Childcare.",
            "certs": [
                ("Level 3 Diploma for Residential Childcare (England)", "City & Guilds", "2018-11"),
                ("Team Teach Positive Behaviour Training (Advanced)", "Team Teach", "2025-10"),
                ("Full UK driving licence (Category B)", "DVLA", "2014-06"),
            ],
        },
        "decisive": ("Level 5 Diploma in Leadership and Management for Residential Childcare", ["Level 5"], "credential level"),
    },
    {
        "id": "residential_childcare_worker-fresh13-2",
        "occ": "residential_childcare_worker",
        "title": "Gweithiwr Gofal Preswyl Plant / Residential Child Care Worker",
        "company": "Cyngor Gwynedd (Gwynedd Council)",
        "location": "Caernarfon, Gwynedd, Wales",
        "posting": """
Residential Child Care Worker - Children's Services
Grade: S3 | 37 hours a week on a rota, including sleep-ins, evenings and weekends | Permanent

Our small children's home supports up to four young people aged 11-17. You will build trusting relationships, support education, health and contact with families, and keep careful records.

Language requirement
This post requires the ability to communicate fluently in Welsh and English, spoken and written. Most of the young people and staff speak Welsh as their first language. Welsh is essential for this post.

Essential
- Registered with Social Care Wales as a residential child care worker, or holding the qualifications to register (Level 3 Health and Social Care: Practice (Children and Young People) or equivalent)
- At least one year's experience working with children or young people
- Full driving licence and access to a car for work
- Commitment to safeguarding and to the Social Services and Well-being (Wales) Act 2014

This post is subject to an enhanced DBS check.
""",
        "name": "Megan Pritchard",
        "label": "Residential Child Care Worker",
        "summary": "Registered residential child care worker in north Wales, five years with young people in a small children's home after two years in supported living. First-language Welsh speaker.",
        "where": ("Bangor", "Gwynedd"),
        "country": "GB",
        "work": [
            ("Residential Child Care Worker", "Action for Children", "2022-01", "", [
                "Key worker for young people aged 12-17: care plans, education meetings and family contact",
                "Keep daily records and incident reports in Welsh and English",
                "Sleep-in and weekend shifts; support young people through LAC reviews",
            ]),
            ("Support Worker, Supported Living", "Cartrefi Cymru", "2019-06", "2021-12", [
                "Supported adults with learning disabilities to live independently",
            ]),
        ],
        "skills": {"Practice": ["Care planning", "Safeguarding", "Social Services and Well-being (Wales) Act 2014", "Record keeping", "Positive behaviour support"]},
        "certs": [
            ("Registered Residential Child Care Worker", "Social Care Wales", "2022-06"),
            ("Level 3 Health and Social Care: Practice (Children and Young People)", "City & Guilds / WJEC", "2023-07"),
            ("Level 2 Health and Social Care: Core", "City & Guilds / WJEC", "2020-04"),
            ("Full UK driving licence (Category B), own car", "DVLA", "2016-09"),
        ],
        "langs": [("Welsh", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Registered residential child care worker in north Wales, five years with young people in a small children's home after two years in supported living.",
            "langs": [("English", "Native")],
        },
        "swaps": [("Keep daily records and incident reports in Welsh and English", "Keep daily records and incident reports in English")],
        "decisive": ("fluent Welsh", ["Welsh"], "language"),
    },
    {
        "id": "vetting_officer-fresh13-1",
        "occ": "vetting_officer",
        "title": "Personnel Security Vetting Officer",
        "company": "AWE",
        "location": "Aldermaston, Berkshire, UK",
        "posting": """
Personnel Security Vetting Officer | Full-time, on site

AWE's Personnel Security team makes sure the people who work on the UK's nuclear deterrent are, and stay, suitable for their access. As a Vetting Officer you will manage national security vetting cases for employees and contractors, interview subjects, assess aftercare reports and advise managers.

Essential criteria
- Current Developed Vetting (DV) clearance. Because of the material handled in this role, we can only consider candidates who already hold active DV.
- 2+ years' experience in personnel security, vetting, HR investigations or a similar regulated environment
- Working knowledge of the Baseline Personnel Security Standard (BPSS) and the national security vetting process
- Clear, well-evidenced written reports and confident interviewing
- British citizen

Desirable
- Experience with aftercare and change-of-circumstances cases
- A security qualification (e.g. CPP, Security Institute certificate)
""",
        "name": "Gareth Pemberton",
        "label": "Vetting Officer",
        "summary": "British citizen with eight years in personnel security and HR investigations, five of them as a national security vetting officer. Holds active Developed Vetting clearance.",
        "where": ("Reading", "Berkshire"),
        "country": "GB",
        "work": [
            ("Vetting Officer", "UK Security Vetting (Cabinet Office)", "2021-06", "", [
                "Manage a caseload of national security vetting applications from referral to recommendation",
                "Interview clearance subjects and referees; write evidenced assessment reports",
                "Handle aftercare and change-of-circumstances reviews for holders of high-level clearances",
            ]),
            ("HR Investigations Adviser", "BAE Systems Submarines", "2018-03", "2021-05", [
                "Investigated misconduct and security-related disciplinary cases on a controlled site",
                "Ran BPSS pre-employment checks for contractors",
            ]),
        ],
        "skills": {"Personnel security": ["National security vetting", "BPSS", "Subject interviews", "Aftercare", "Report writing", "Risk assessment"]},
        "certs": [
            ("Developed Vetting (DV) clearance, active", "UK Security Vetting", "2021-04"),
            ("Certificate in Security Management (Level 3)", "The Security Institute", "2020-11"),
        ],
        "edu": [("Bachelor of Arts", "Criminology", "University of Portsmouth", "2016")],
        "unq": {
            "summary": "British citizen with eight years in personnel security and HR investigations, five of them as a national security vetting officer. Holds active Security Check clearance.",
            "certs": [
                ("Security Check (SC) clearance, active", "UK Security Vetting", "2021-04"),
                ("Certificate in Security Management (Level 3)", "The Security Institute", "2020-11"),
            ],
        },
        "decisive": ("current Developed Vetting (DV) clearance", ["DV", "Developed Vetting"], "clearance level"),
    },
    {
        "id": "vetting_officer-fresh13-2",
        "occ": "vetting_officer",
        "title": "Vetting Officer (APS Level 5)",
        "company": "Department of Defence - Australian Government Security Vetting Agency (AGSVA)",
        "location": "Brisbane, QLD, Australia",
        "posting": """
Vetting Officer
Classification: APS Level 5 | Employment type: Ongoing, full-time
Location: Brisbane QLD
Security clearance: Negative Vetting Level 1 (NV1) - must be held at commencement

About the role
Vetting Officers assess the suitability of people to hold Australian Government security clearances. You will review clearance packs, conduct security interviews, analyse financial, character and background information, and write clear, defensible recommendations.

Our ideal candidate has:
- Mandatory qualification: Certificate IV in Government Security (Personnel Vetting) (PSP40316), or a higher-level personnel vetting qualification
- 2+ years' experience in security assessment, investigations, HR or regulatory compliance
- Strong analytical writing and interviewing skills
- Australian citizenship and a current NV1 clearance

Applications close at 11:30pm AEST. A merit pool may be established.
""",
        "name": "Priya Sandhu",
        "label": "Personnel Security Adviser",
        "summary": "Australian citizen with eight years in Commonwealth compliance investigations and personnel security, holding an NV1 clearance and a personnel vetting qualification.",
        "where": ("Brisbane", "QLD"),
        "country": "AU",
        "work": [
            ("Personnel Security Adviser", "Department of Home Affairs", "2022-02", "", [
                "Assess suitability for employment and clearance sponsorship; conduct security interviews",
                "Analyse financial, character and background information and write recommendations",
                "Manage change-of-circumstances reports from clearance holders",
            ]),
            ("Compliance Investigator", "Services Australia", "2018-07", "2022-01", [
                "Investigated payment fraud referrals; interviewed customers and prepared briefs",
            ]),
        ],
        "skills": {"Security": ["Suitability assessment", "Security interviews", "Protective Security Policy Framework", "Report writing", "Risk assessment"]},
        "certs": [
            ("Certificate IV in Government Security (Personnel Vetting) - PSP40316", "CIT Solutions", "2023-06"),
            ("Certificate IV in Government Investigations - PSP40416", "KPS Training", "2019-10"),
            ("Negative Vetting Level 1 (NV1) security clearance, current", "AGSVA", "2022-01"),
        ],
        "edu": [("Bachelor of Justice", "Criminology", "Queensland University of Technology", "2017")],
        "unq": {
            "summary": "Australian citizen with eight years in Commonwealth compliance investigations and personnel security, holding an NV1 clearance and a government investigations qualification.",
            "certs": [
                ("Certificate IV in Government Investigations - PSP40416", "KPS Training", "2019-10"),
                ("Negative Vetting Level 1 (NV1) security clearance, current", "AGSVA", "2022-01"),
            ],
        },
        "decisive": ("Certificate IV in Government Security (Personnel Vetting)", ["Personnel Vetting", "PSP40316"], "certificate"),
    },
]
# fmt: on
