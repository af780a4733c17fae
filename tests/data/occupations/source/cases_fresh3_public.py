"""fresh3 cases: public safety (writer a). Invented postings and people; see PROVENANCE.md."""

CASES = [
    {
        "id": "police-officer-fresh3-1",
        "occ": "police_officer",
        "title": "Police Officer - Certified",
        "company": "City of Round Rock",
        "location": "Round Rock, TX",
        "posting": """
The Round Rock Police Department is accepting applications from certified officers. Certified hires skip the
full academy and attend a shortened in-house academy before field training.

Minimum Requirements
- Must hold an active Texas Peace Officer License issued by the Texas Commission on Law Enforcement (TCOLE)
  at the time of application. Jailer and telecommunicator licenses do not qualify.
- High school diploma or GED
- At least 21 years of age and a U.S. citizen
- Valid Texas driver's license and an acceptable driving record
- No felony convictions; no Class A misdemeanor convictions; no Class B in the last 10 years

Selection process includes a physical fitness assessment, polygraph, psychological and medical exams, and a
background investigation. The City of Round Rock is an Equal Opportunity Employer.
""",
        "name": "Tyler Hargrove",
        "label": "Patrol Deputy",
        "summary": (
            "Patrol deputy with detention and patrol experience in Williamson County. U.S. citizen; valid Texas "
            "driver's license."
        ),
        "where": ("Georgetown", "TX"),
        "work": [
            (
                "Deputy Sheriff - Patrol Division",
                "Williamson County Sheriff's Office",
                "2021-03",
                None,
                [
                    (
                        "Answer calls for service in the county's eastern district; traffic enforcement and DWI "
                        "investigations"
                    ),
                    "Field training officer for two new deputies",
                ],
            ),
            (
                "Detention Officer",
                "Williamson County Sheriff's Office",
                "2017-06",
                "2020-08",
                ["Booking, housing-unit supervision and inmate transport"],
            ),
        ],
        "edu": [
            ("High School Diploma", "", "Hutto High School", "2015"),
            (
                "Basic Peace Officer Course",
                "Law Enforcement",
                "Austin Community College Law Enforcement Academy",
                "2021",
            ),
        ],
        "skills": {"Patrol": ["DWI/SFST", "report writing", "de-escalation", "crisis intervention"]},
        "certs": [
            ("Texas Peace Officer License", "Texas Commission on Law Enforcement (TCOLE)", "2021-02"),
            ("County Corrections Officer (Jailer) License", "TCOLE", "2017-08"),
            ("Crisis Intervention Training (CIT)", "TCOLE", "2022-04"),
        ],
        "unq": {
            "label": "Detention Officer",
            "summary": (
                "Detention officer with nine years in a county jail. U.S. citizen; valid Texas driver's license."
            ),
            "work": [
                (
                    "Detention Officer II - Classification",
                    "Williamson County Sheriff's Office",
                    "2017-06",
                    None,
                    [
                        "Booking, housing-unit supervision and inmate transport",
                        "Classification interviews and field training for new detention officers",
                    ],
                ),
            ],
            "edu": [("High School Diploma", "", "Hutto High School", "2015")],
            "certs": [
                ("County Corrections Officer (Jailer) License", "TCOLE", "2017-08"),
                ("Crisis Intervention Training (CIT)", "TCOLE", "2022-04"),
            ],
        },
        "decisive": (
            "active Texas Peace Officer License (TCOLE)",
            ["Peace Officer License", "Basic Peace Officer"],
            "licence level",
        ),
    },
    {
        "id": "police-officer-fresh3-2",
        "occ": "police_officer",
        "title": "Police Officer - Lateral (AZPOST Certified)",
        "company": "City of Scottsdale",
        "location": "Scottsdale, AZ",
        "posting": """
Scottsdale PD is hiring lateral officers. Lateral hires start above entry pay based on years of service and go
straight to a shortened field training program.

Minimum qualifications
* Currently AZPOST certified as a peace officer (or certification lapsed less than 3 years and eligible for
  reactivation). Officers certified only in another state must apply under the "Police Officer - Out of State
  Lateral" posting, which includes the AZPOST waiver process.
* Minimum two years of full-time experience as a sworn patrol officer
* 21 years of age; high school diploma or GED; valid driver's license
* Pass the Scottsdale physical agility test, polygraph and background investigation

The City of Scottsdale is an equal opportunity employer.
""",
        "name": "Ryan Castellano",
        "label": "Police Officer",
        "summary": "Patrol officer with ten years of sworn service in California and Arizona; valid driver's license.",
        "where": ("Mesa", "AZ"),
        "work": [
            (
                "Patrol Officer",
                "Mesa Police Department",
                "2022-09",
                None,
                [
                    "Beat officer in the Fiesta District; DUI enforcement and domestic violence investigations",
                    "Member of the district's problem-oriented policing squad",
                ],
            ),
            (
                "Police Officer II",
                "Riverside Police Department",
                "2016-05",
                "2022-08",
                ["Patrol and traffic; field training officer from 2020"],
            ),
        ],
        "edu": [("Bachelor of Science", "Criminal Justice", "California State University, San Bernardino", "2015")],
        "skills": {"Policing": ["DUI enforcement", "field training", "body-worn camera", "report writing"]},
        "certs": [
            ("POST Basic Certificate", "California Commission on Peace Officer Standards and Training", "2017-05"),
            (
                "AZPOST Peace Officer Certification (waiver)",
                "Arizona Peace Officer Standards and Training Board",
                "2022-11",
            ),
        ],
        "unq": {
            "summary": "Patrol officer with ten years of sworn service in California; valid driver's license.",
            "where": ("Riverside", "CA"),
            "work": [
                (
                    "Police Officer II",
                    "Riverside Police Department",
                    "2016-05",
                    None,
                    [
                        (
                            "Beat officer in the Arlington neighborhood; DUI enforcement and domestic violence "
                            "investigations"
                        ),
                        "Field training officer from 2020",
                    ],
                ),
            ],
            "certs": [
                ("POST Basic Certificate", "California Commission on Peace Officer Standards and Training", "2017-05")
            ],
        },
        "decisive": ("current AZPOST certification", ["AZPOST", "AZ POST", "Arizona"], "jurisdiction"),
    },
    {
        "id": "corrections-officer-fresh3-1",
        "occ": "corrections_officer",
        "title": "Correctional Officer II (Sergeant)",
        "company": "Colorado Department of Corrections",
        "location": "Sterling, CO",
        "posting": """
Sterling Correctional Facility - Correctional Officer II (Sergeant), shift supervisor

Description of job: supervise the officers assigned to a housing unit or yard post, conduct counts and shakedowns,
respond to emergencies, write incident reports and evaluate staff.

MINIMUM QUALIFICATIONS:
Experience only: Three (3) years of experience as a Correctional Officer I, or three years of equivalent
experience supervising inmates in a sworn detention or custody position in a jail or prison.

Conditions of employment: pass a background check and pre-employment drug screen; complete the CDOC Basic
Training Academy if not already completed; valid driver's license; work nights, weekends and holidays;
mandatory overtime. The State of Colorado is an equal opportunity employer.
""",
        "name": "Brandon Kessel",
        "label": "Corrections Professional",
        "summary": "Custody officer in county jail and state prison housing units; valid Colorado driver's license.",
        "where": ("Sterling", "CO"),
        "work": [
            (
                "Housing Unit Officer",
                "Sterling Correctional Facility (CDOC)",
                "2022-07",
                None,
                [
                    "Run counts, searches and movement for a 240-bed close-custody unit",
                    "Acting shift lead on weekends; write incident reports and use-of-force reviews",
                ],
            ),
            (
                "Custody Deputy",
                "Arapahoe County Sheriff's Office",
                "2019-03",
                "2022-06",
                ["Direct-supervision housing pods, booking and court transport"],
            ),
        ],
        "edu": [("High School Diploma", "", "Sterling High School", "2016")],
        "skills": {"Custody": ["counts and shakedowns", "inmate classification", "incident reports", "OC spray"]},
        "certs": [
            ("CDOC Basic Training Academy", "Colorado Department of Corrections", "2022-08"),
            ("Detention Academy", "Arapahoe County Sheriff's Office", "2019-05"),
        ],
        "unq": {
            "summary": (
                "Custody officer in a state prison housing unit after years in retail loss prevention; valid Colorado "
                "driver's license."
            ),
            "work": [
                (
                    "Housing Unit Officer",
                    "Sterling Correctional Facility (CDOC)",
                    "2024-10",
                    None,
                    [
                        "Run counts, searches and movement for a 240-bed close-custody unit",
                        "Acting shift lead on weekends; write incident reports and use-of-force reviews",
                    ],
                ),
                (
                    "Loss Prevention Associate",
                    "Walmart",
                    "2019-03",
                    "2024-09",
                    ["Apprehensions, CCTV monitoring and shrink reports"],
                ),
            ],
            "certs": [("CDOC Basic Training Academy", "Colorado Department of Corrections", "2024-11")],
        },
        "decisive": ("three years as a correctional officer", ["years", "yrs"], "years"),
    },
    {
        "id": "corrections-officer-fresh3-2",
        "occ": "corrections_officer",
        "title": "Detention Officer - Bilingual",
        "company": "El Paso County Sheriff's Office",
        "location": "El Paso, TX",
        "posting": """
Detention Officer (Bilingual) - Jail Annex

Must have:
- Bilingual English/Spanish - candidates will be tested for Spanish proficiency (speaking and reading)
- TCOLE County Corrections Officer license, or complete the basic county corrections course and pass the state
  exam within 12 months of hire
- HS diploma or GED; 18+; valid Texas DL
- Able to work 12-hr rotating shifts incl. nights/weekends/holidays
Bilingual stipend paid monthly. Background, psych and medical exams required. EOE.
""",
        "name": "Luis Carrillo",
        "label": "Detention Officer",
        "summary": (
            "Detention officer with four years in direct-supervision housing and intake; valid Texas driver's license."
        ),
        "where": ("El Paso", "TX"),
        "work": [
            (
                "Jailer",
                "Hudspeth County Sheriff's Office",
                "2022-05",
                None,
                [
                    "Intake, property and classification for new bookings; medication pass with medical staff",
                    "Housing rounds and incident reports",
                ],
            ),
            ("Security Officer", "Allied Universal", "2020-01", "2022-04", ["Access control at a distribution center"]),
        ],
        "edu": [("High School Diploma", "", "Socorro High School", "2019")],
        "skills": {"Detention": ["intake and booking", "classification", "incident reports", "CPR"]},
        "certs": [("County Corrections Officer License", "Texas Commission on Law Enforcement (TCOLE)", "2022-09")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("bilingual English/Spanish", ["Spanish"], "language"),
    },
]
