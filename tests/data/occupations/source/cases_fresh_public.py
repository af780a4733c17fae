"""Fresh set, public safety: security officer, 911 dispatcher (public safety telecommunicator)."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "security_officer-fresh-1",
        "occ": "security_officer",
        "title": "Armed Security Officer - Level III",
        "company": "Allied Universal",
        "location": "Houston, TX",
        "posting": """
Allied Universal is hiring Armed Security Officers for a financial-services campus in the Galleria area. Full time, $24/hr.

Duties: patrol the campus on foot and by vehicle, control access at the main lobby, respond to alarms and incidents, write clear reports, and escort staff after hours.

Minimum requirements
- Active Texas DPS Level III Commissioned Security Officer license (Private Security Program)
- 1 year of security, law enforcement or military experience
- Valid Texas driver's license
- High school diploma or GED
- Able to stand and walk for 8-12 hours

Allied Universal is an Equal Opportunity Employer.
""",
        "name": "Darnell Hughes",
        "label": "Commissioned Security Officer",
        "summary": "Security officer with five years on corporate and healthcare sites: patrols, access control, incident response and detailed reports.",
        "where": ("Bellaire", "TX"),
        "work": [
            ("Commissioned Security Officer", "Securitas Security Services USA", "2023-04", "", [
                "Armed post at a hospital emergency department entrance; de-escalate disturbances and assist HPD",
                "Vehicle patrols of parking garages; incident reports in TrackTik",
            ]),
            ("Security Officer", "Securitas Security Services USA", "2021-06", "2023-03", [
                "Lobby access control and badge checks at a Class A office tower",
            ]),
        ],
        "skills": {"Security": ["Patrol", "Access control", "De-escalation", "Report writing"], "Systems": ["TrackTik", "Lenel OnGuard"]},
        "certs": [
            ("Level III Commissioned Security Officer license", "Texas Department of Public Safety, Private Security Program", "2023-03"),
            ("Level II Security Officer registration", "Texas Department of Public Safety, Private Security Program", "2021-05"),
            ("Texas Class C driver's license", "Texas DPS", ""),
        ],
        "edu": [("High School Diploma", "", "Bellaire High School", "2018")],
        "unq": {
            "label": "Security Officer",
            "work": [
                ("Security Officer, Emergency Department", "Securitas Security Services USA", "2023-04", "", [
                    "Unarmed post at a hospital emergency department entrance; de-escalate disturbances and assist HPD",
                    "Vehicle patrols of parking garages; incident reports in TrackTik",
                ]),
                ("Security Officer", "Securitas Security Services USA", "2021-06", "2023-03", [
                    "Lobby access control and badge checks at a Class A office tower",
                ]),
            ],
            "certs": [
                ("Level II Security Officer registration (unarmed)", "Texas Department of Public Safety, Private Security Program", "2021-05"),
                ("Texas Class C driver's license", "Texas DPS", ""),
            ],
        },
        "decisive": ("Texas Level III Commissioned Security Officer license", ["Level III", "commissioned", "armed"], "licence level"),
    },
    {
        "id": "security_officer-fresh-2",
        "occ": "security_officer",
        "title": "Fire & Life Safety Director / Security Officer",
        "company": "Securitas",
        "location": "New York, NY",
        "posting": """
Securitas is looking for a Fire and Life Safety (FLS) Director for a 45-story office tower in Midtown Manhattan. Monday-Friday, 7am-3pm.

Responsibilities
- Staff the fire command center during business hours and implement the building's Comprehensive Fire Safety and Emergency Action Plan
- Conduct fire and non-fire emergency drills and train floor wardens
- Supervise the lobby security team and write incident reports

Requirements
- Active NYS Security Guard Registration card (NYS Department of State)
- FDNY Certificate of Fitness F-89 (Fire and Life Safety Director) - required at hire
- 3 years of security experience, commercial high-rise preferred
- CPR/AED and First Aid
- Strong written English for reports

Securitas is an Equal Opportunity Employer M/F/Disability/Vet.
""",
        "name": "Anthony Russo",
        "label": "Fire and Life Safety Director",
        "summary": "Security professional with seven years in Manhattan high-rises: fire command center operations, emergency drills, lobby supervision and incident reporting.",
        "where": ("Staten Island", "NY"),
        "work": [
            ("Fire and Life Safety Director", "Allied Universal", "2022-05", "", [
                "Run the fire command center of a 52-story office tower; lead quarterly fire drills and train 120 floor wardens",
                "Supervise six lobby officers; write incident and drill reports for property management",
            ]),
            ("Security Officer", "Allied Universal", "2019-08", "2022-04", [
                "Lobby desk and turnstile access control; visitor management and deliveries",
            ]),
        ],
        "skills": {"Life safety": ["Fire command center operation", "Emergency action plans", "Drill planning", "Floor warden training"], "Security": ["Access control", "Report writing", "Team supervision"]},
        "certs": [
            ("FDNY Certificate of Fitness F-89 - Fire and Life Safety Director", "FDNY", "2022-04"),
            ("NYS Security Guard Registration", "New York State Department of State", "2019-07"),
            ("CPR/AED and First Aid", "American Red Cross", "2025-03"),
        ],
        "edu": [("High School Diploma", "", "New Dorp High School", "2016")],
        "unq": {
            "label": "Security Supervisor",
            "summary": "Security professional with seven years in Manhattan high-rises: fire alarm panel watch, support during emergency drills, lobby supervision and incident reporting.",
            "work": [
                ("Security Supervisor", "Allied Universal", "2022-05", "", [
                    "Watch the fire alarm panel in the command center of a 52-story office tower; assist the building's life safety staff during drills",
                    "Supervise six lobby officers; write incident and drill reports for property management",
                ]),
                ("Security Officer", "Allied Universal", "2019-08", "2022-04", [
                    "Lobby desk and turnstile access control; visitor management and deliveries",
                ]),
            ],
            "skills": {"Life safety": ["Fire alarm panel monitoring", "Drill support"], "Security": ["Access control", "Report writing", "Team supervision"]},
            "certs": [
                ("FDNY Certificate of Fitness S-95 - Supervision of Fire Alarm Systems", "FDNY", "2022-04"),
                ("NYS Security Guard Registration", "New York State Department of State", "2019-07"),
                ("CPR/AED and First Aid", "American Red Cross", "2025-03"),
            ],
        },
        "decisive": ("FDNY F-89 Fire and Life Safety Director Certificate of Fitness", ["F-89", "Fire and Life Safety Director", "FLS Director", "Fire Safety Director"], "certificate"),
    },
    {
        "id": "dispatcher-fresh-1",
        "occ": "dispatcher",
        "title": "Public Safety Telecommunicator - Lateral",
        "company": "Williamson County Emergency Communications",
        "location": "Georgetown, TX",
        "posting": """
Williamson County Emergency Communications answers 911 calls and dispatches for the Sheriff's Office, county fire departments and Williamson County EMS.

This posting is for LATERAL telecommunicators only.

Minimum Qualifications
- Current TCOLE Telecommunicator license
- One year of experience as a call-taker or dispatcher at a 911 public safety answering point (PSAP)
- Typing speed of 35 net words per minute
- U.S. citizen, 18 years of age or older, high school diploma or GED
- Valid driver's license

Must obtain TLETS/NCIC certification and IAED Emergency Medical Dispatch certification within six months of hire. Rotating 12-hour shifts including nights, weekends and holidays. Background investigation, polygraph and psychological evaluation required.

Williamson County is an Equal Opportunity Employer.
""",
        "name": "Brittany Coleman",
        "label": "911 Telecommunicator",
        "summary": "911 telecommunicator with four years of call-taking and police/fire radio dispatch; calm on high-priority calls and accurate in CAD. U.S. citizen.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Public Safety Telecommunicator", "Round Rock Police Department", "2022-09", "", [
                "Answer 911 and non-emergency lines; triage and enter calls in Tyler New World CAD",
                "Dispatch police and fire units on multi-channel radio; run TLETS/NCIC queries",
            ]),
        ],
        "skills": {"Dispatch": ["911 call-taking", "Radio dispatch", "CAD", "TLETS/NCIC"], "Typing": ["55 net WPM"]},
        "certs": [
            ("Telecommunicator License", "Texas Commission on Law Enforcement (TCOLE)", "2023-06"),
            ("Emergency Medical Dispatcher (EMD)", "International Academies of Emergency Dispatch (IAED)", "2023-01"),
            ("TLETS/NCIC Full Access Operator", "Texas Department of Public Safety", "2023-02"),
            ("Texas Class C driver's license", "Texas DPS", ""),
        ],
        "edu": [("Associate of Applied Science", "Criminal Justice", "Austin Community College", "2021")],
        "langs": [("English", "Native")],
        "unq": {
            "where": ("Orlando", "FL"),
            "work": [
                ("Public Safety Telecommunicator", "Orange County Sheriff's Office", "2022-09", "", [
                    "Answer 911 and non-emergency lines; triage and enter calls in Motorola PremierOne CAD",
                    "Dispatch deputies and fire rescue units on multi-channel radio; run FCIC/NCIC queries",
                ]),
            ],
            "skills": {"Dispatch": ["911 call-taking", "Radio dispatch", "CAD", "FCIC/NCIC"], "Typing": ["55 net WPM"]},
            "certs": [
                ("911 Public Safety Telecommunicator Certification", "Florida Department of Health", "2023-06"),
                ("Emergency Medical Dispatcher (EMD)", "International Academies of Emergency Dispatch (IAED)", "2023-01"),
                ("FCIC/NCIC Full Access Operator", "Florida Department of Law Enforcement", "2023-02"),
                ("Florida Class E driver's license", "Florida HSMV", ""),
            ],
            "edu": [("Associate of Science", "Criminal Justice", "Valencia College", "2021")],
        },
        "decisive": ("current TCOLE (Texas) Telecommunicator license", ["TCOLE", "Texas"], "jurisdiction"),
    },
]
