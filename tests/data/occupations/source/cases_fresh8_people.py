"""Fresh8 half, people: executive assistant, security systems installer.

Written blind (writer b, December 2026).
"""

# ruff: noqa: E501

# fmt: off
CASES = [
    {
        "id": "executive_assistant-fresh8-1",
        "occ": "executive_assistant",
        "title": "Executive Assistant to the VP, EMEA",
        "company": "Stripe",
        "location": "Dublin",
        "country": "IE",
        "posting": """
About the team
The EMEA leadership team runs Stripe's business across Europe, the Middle East and Africa from our Dublin office.

What you'll do
- Own the VP's calendar across time zones, prioritising ruthlessly
- Plan complex international travel and offsites for 40+ people
- Prepare briefing documents, track action items from leadership meetings and follow up
- Handle expenses, purchase requests and confidential information with discretion
- Act as a point of contact between the VP, their directs and cross-functional partners

Who you are
Minimum requirements
- 6+ years of experience supporting C-level or VP-level executives in a fast-paced company
- Expert with Google Workspace (Calendar, Docs, Sheets) and Slack
- Excellent written English
- Right to work in Ireland

Preferred qualifications
- Experience in a tech or financial services company
- Familiarity with Navan/Concur and Zoom

Hybrid: at least 3 days a week in the Dublin office.
""",
        "name": "Sinead Kavanagh",
        "label": "Executive Assistant",
        "summary": "Executive assistant to senior tech leaders in Dublin; calendars across time zones, offsites, board packs and confidential people matters.",
        "where": ("Dublin", "County Dublin"),
        "work": [
            ("Executive Assistant to the CFO", "Intercom", "2021-08", "", [
                "Manage the CFO's calendar across Dublin, San Francisco and London",
                "Organise quarterly leadership offsites for up to 60 people, including travel and venues",
                "Prepare board meeting packs and track actions from the weekly staff meeting in Google Docs",
            ]),
            ("Executive Assistant to the Managing Director", "Accenture Ireland", "2017-05", "2021-07", [
                "Supported the MD and two senior directors; diary, travel and expenses in Concur",
                "Coordinated client events and confidential recruitment interviews",
            ]),
        ],
        "skills": {"Support": ["Calendar management", "Travel planning", "Event and offsite planning", "Board packs", "Expense management"], "Tools": ["Google Workspace", "Slack", "Concur", "Zoom", "Microsoft 365"]},
        "certs": [],
        "edu": [("BA", "English and History", "University College Dublin", "2016")],
        "unq": {
            "work": [
                ("Executive Assistant to the CFO", "Intercom", "2024-09", "", [
                    "Manage the CFO's calendar across Dublin, San Francisco and London",
                    "Organise quarterly leadership offsites for up to 60 people, including travel and venues",
                    "Prepare board meeting packs and track actions from the weekly staff meeting in Google Docs",
                ]),
                ("Office Coordinator", "Accenture Ireland", "2022-05", "2024-08", [
                    "Ran front desk, meeting rooms and office supplies for a 300-person floor",
                    "Booked team travel and processed expenses in Concur",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("6+ years supporting C-level or VP-level executives", ["years", "6 years", "six years"], "years"),
    },
    {
        "id": "executive_assistant-fresh8-2",
        "occ": "executive_assistant",
        "title": "Executive Assistant to Managing Director, Greater China Coverage",
        "company": "DBS Bank",
        "location": "Singapore",
        "country": "SG",
        "posting": """
Business Function
Institutional Banking Group - Greater China coverage team, Singapore.

Responsibilities
- Provide full secretarial and administrative support to the Managing Director
- Manage a complex calendar with clients and colleagues in Hong Kong, Shanghai, Beijing and Taipei
- Arrange business travel, visas and client entertainment
- Draft and translate correspondence and briefing notes in English and Chinese
- Prepare presentation materials and coordinate internal approvals

Requirements
- Diploma or degree in any discipline
- Minimum 5 years' experience as an executive assistant in banking or professional services
- Business-level fluency in Mandarin (spoken and written, Simplified and Traditional Chinese) is essential, as the role supports Mandarin-speaking clients and regional colleagues
- Strong MS Office skills (Outlook, PowerPoint, Excel)
- High level of discretion

We offer a competitive salary and benefits package and the professional advantages of a dynamic environment that supports your development. Only shortlisted candidates will be notified.
""",
        "name": "Nurul Huda binte Ismail",
        "label": "Executive Assistant",
        "summary": "Executive assistant in banking and professional services in Singapore; regional calendars, travel and client events for senior bankers.",
        "where": ("Tampines", "Singapore"),
        "work": [
            ("Executive Assistant to Head of Corporate Banking", "OCBC Bank", "2020-03", "", [
                "Manage the Head's calendar and travel across Singapore, Hong Kong and Jakarta",
                "Coordinate client lunches and roadshows, and prepare meeting packs in PowerPoint",
                "Handle approvals and expense claims; maintain confidential files",
            ]),
            ("Secretary, Audit Partners", "KPMG Singapore", "2016-06", "2020-02", [
                "Supported three audit partners with diaries, client correspondence and billing",
            ]),
        ],
        "skills": {"Support": ["Calendar management", "Travel and visas", "Client events", "Correspondence drafting"], "Tools": ["Outlook", "PowerPoint", "Excel", "Workday"]},
        "certs": [],
        "edu": [("Diploma", "Business Administration", "Ngee Ann Polytechnic", "2016")],
        "langs": [("English", "Native"), ("Malay", "Native"), ("Mandarin", "Fluent (HSK 6, reads Simplified and Traditional)")],
        "unq": {
            "langs": [("English", "Native"), ("Malay", "Native"), ("Bahasa Indonesia", "Fluent")],
        },
        "swaps": [],
        "decisive": ("Business-level fluency in Mandarin", ["Mandarin", "Chinese"], "language"),
    },
    {
        "id": "security_systems_installer-fresh8-1",
        "occ": "security_systems_installer",
        "title": "Security Systems Engineer (SC Cleared) - Government Estate",
        "company": "Chubb Fire & Security",
        "location": "London",
        "country": "GB",
        "posting": """
Security Systems Engineer - Installation & Service | London government estate

We are looking for an experienced electronic security engineer to install, commission and maintain integrated security systems across a portfolio of central government buildings in Westminster and Whitehall.

What you'll do
- Install and commission CCTV, access control and intruder detection systems
- Carry out planned and reactive maintenance to BS EN 50131 / NSI Gold standards
- Complete job sheets, test certificates and risk assessments on our mobile app

Essential
- Current UK Security Check (SC) clearance - sites are government-controlled and we cannot sponsor clearance for this vacancy; BPSS alone is not enough
- NVQ Level 3 in Electrical Installation or Fire & Security Systems (or equivalent)
- 3+ years' experience on IP CCTV (Milestone, Genetec), access control (Gallagher, Lenel) and Galaxy/Texecom intruder
- ECS/CSCS card and full UK driving licence

What we offer: £40,000-£46,000, company van, overtime and call-out, 25 days' holiday, pension and manufacturer training.

We are an equal opportunity employer.
""",
        "name": "Kwame Asante",
        "label": "Security Systems Engineer",
        "summary": "Electronic security engineer installing and servicing CCTV, access control and intruder systems on secure commercial and public sector sites in London.",
        "where": ("Croydon", "London"),
        "work": [
            ("Security Systems Engineer", "Reliance High-Tech", "2021-06", "", [
                "Install and commission Genetec IP CCTV and Gallagher access control in government and transport buildings",
                "Service Galaxy and Texecom intruder panels to BS EN 50131 and NSI Gold procedures",
                "Fault-find networks, PoE switches and door hardware; complete test certificates",
            ]),
            ("Security Installation Engineer", "Boston Networks", "2018-04", "2021-05", [
                "First and second fix of CCTV, access control and intruder systems on commercial fit-outs",
                "Terminated Cat6 and configured IP cameras in Milestone XProtect",
            ]),
        ],
        "skills": {"Systems": ["Genetec", "Milestone XProtect", "Gallagher", "Lenel", "Honeywell Galaxy", "Texecom"], "Technical": ["IP networking", "PoE", "Door hardware", "BS EN 50131"]},
        "certs": [
            ("Security Check (SC) clearance", "United Kingdom Security Vetting (UKSV)", "2023-02"),
            ("NVQ Level 3 Diploma in Fire and Security Systems", "City & Guilds", "2020-07"),
            ("ECS Card - Electronic Security Systems", "JIB / ECS", "2024-05"),
            ("Full UK Driving Licence", "DVLA", "2014-09"),
        ],
        "edu": [("BTEC Level 3 Extended Diploma", "Electrical and Electronic Engineering", "Croydon College", "2017")],
        "unq": {
            "certs": [
                ("Baseline Personnel Security Standard (BPSS)", "Reliance High-Tech", "2021-06"),
                ("BS 7858 Security Screening", "Reliance High-Tech", "2021-06"),
                ("NVQ Level 3 Diploma in Fire and Security Systems", "City & Guilds", "2020-07"),
                ("ECS Card - Electronic Security Systems", "JIB / ECS", "2024-05"),
                ("Full UK Driving Licence", "DVLA", "2014-09"),
            ],
        },
        "swaps": [("in government and transport buildings", "in office and transport buildings")],
        "decisive": ("Current UK Security Check (SC) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "security_systems_installer-fresh8-2",
        "occ": "security_systems_installer",
        "title": "Security Installation Technician",
        "company": "Bayside Integrated Security Pty Ltd",
        "location": "Melbourne, VIC",
        "country": "AU",
        "posting": """
Security Installation Technician - Melbourne

We design and install integrated security for commercial buildings, schools and councils across metropolitan Melbourne. Our projects increasingly run fibre backbones between buildings and comms rooms, so we are after a technician who can do the whole job.

Duties
- Install, terminate and commission IP CCTV, access control and intruder alarm systems
- Run and terminate structured and optical fibre cabling back to comms rooms
- Programme Inception, Integriti and Protege systems
- Complete test results, as-builts and handover documentation

Must have
- Victoria Police Private Security Registration - Security Equipment Installer
- ACMA Open cabling registration with the optical fibre endorsement (structured cabling endorsement also required)
- Certificate III in Security Equipment (or the earlier Certificate III in Technical Security) or equivalent
- White Card and a current Victorian driver licence
- National Police Check

Nice to have: EWP licence, Axis or Milestone certification.

$85,000-$100,000 + super, company vehicle, phone and tools.
""",
        "name": "Brendan O'Sullivan",
        "label": "Security Technician",
        "summary": "Security technician installing and commissioning CCTV, access control and alarms on commercial and education sites around Melbourne.",
        "where": ("Dandenong", "VIC"),
        "work": [
            ("Security Technician", "Secure Connect Systems", "2020-09", "", [
                "Install and commission Axis IP cameras on Milestone, plus Inner Range Integriti access control in schools and council buildings",
                "Run Cat6A and 12-core singlemode fibre between buildings; splice, terminate and test with OTDR",
                "Programme Inception and Protege controllers and hand over with as-built drawings",
            ]),
            ("Apprentice Security Technician", "AlarmTech Victoria", "2016-02", "2020-08", [
                "Installed residential and small business alarms and CCTV; ran and terminated data cabling",
            ]),
        ],
        "skills": {"Systems": ["Inner Range Inception and Integriti", "ICT Protege", "Axis cameras", "Milestone XProtect"], "Cabling": ["Cat6A structured cabling", "Optical fibre splicing and OTDR testing"]},
        "certs": [
            ("Private Security Registration - Security Equipment Installer", "Victoria Police Licensing & Regulation Division", "2020-10"),
            ("ACMA Open Cabling Registration - Structured and Optical Fibre endorsements", "BICSI (ACMA-accredited registrar)", "2021-03"),
            ("Certificate III in Security Equipment", "Holmesglen Institute", "2020-07"),
            ("White Card - CPCCWHS1001", "WorkSafe Victoria", "2016-01"),
            ("Victorian Driver Licence (Car)", "VicRoads", "2014-05"),
            ("National Police Check", "Victoria Police", "2026-04"),
        ],
        "edu": [("Certificate III", "Security Equipment", "Holmesglen Institute", "2020")],
        "unq": {
            "certs": [
                ("Private Security Registration - Security Equipment Installer", "Victoria Police Licensing & Regulation Division", "2020-10"),
                ("ACMA Open Cabling Registration - Structured cabling endorsement", "BICSI (ACMA-accredited registrar)", "2021-03"),
                ("Certificate III in Security Equipment", "Holmesglen Institute", "2020-07"),
                ("White Card - CPCCWHS1001", "WorkSafe Victoria", "2016-01"),
                ("Victorian Driver Licence (Car)", "VicRoads", "2014-05"),
            ("National Police Check", "Victoria Police", "2026-04"),
            ],
            "skills": {"Systems": ["Inner Range Inception and Integriti", "ICT Protege", "Axis cameras", "Milestone XProtect"], "Cabling": ["Cat6A structured cabling", "Coaxial cabling"]},
        },
        "swaps": [("Run Cat6A and 12-core singlemode fibre between buildings; splice, terminate and test with OTDR", "Run and certify Cat6A cabling back to comms rooms; test with a Fluke cable certifier")],
        "decisive": ("ACMA cabling registration with optical fibre endorsement", ["optical fibre", "fibre", "optical"], "endorsement"),
    },
]
