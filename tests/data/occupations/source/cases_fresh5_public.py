"""Fresh5 half, public: probation officer, environmental health specialist, lifeguard."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "probation_officer-fresh5-1",
        "occ": "probation_officer",
        "title": "Adult Probation Officer",
        "company": "Maricopa County Adult Probation Department",
        "location": "Phoenix, AZ",
        "posting": """
Adult Probation Officers supervise a caseload of people placed on probation by the Superior Court: they assess risk and needs, build case plans, refer to treatment, verify compliance through home and field visits, drug testing and employment checks, and write violation and pre-sentence reports for the court.

Minimum qualifications
- Bachelor's degree from an accredited college or university (any major; criminal justice, social work, psychology or a related field preferred)
- At least 21 years of age at the time of appointment
- Valid Arizona driver license
- Successful completion of the Arizona Probation Officer Certification Academy (COJET) within the first year

Preferred: bilingual English/Spanish; one year of experience in corrections, social services, or case management.

Candidates must pass a polygraph, a background investigation and a psychological evaluation. Field work involves visits to residences at varied hours. Maricopa County is an equal opportunity employer.
""",
        "name": "Jasmine Castellanos",
        "label": "Case Manager",
        "summary": "Case manager with four years supervising and supporting justice-involved adults and youth: risk/needs assessment, case planning, treatment referrals and court reports.",
        "where": ("Glendale", "AZ"),
        "work": [
            ("Reentry Case Manager", "Arizona Department of Corrections, Rehabilitation and Reentry", "2023-01", "", [
                "Carry a caseload of 45 adults returning from prison; complete risk/needs assessments and case plans",
                "Coordinate substance-use treatment and housing referrals and report compliance to supervising officers",
            ]),
            ("Juvenile Detention Officer", "Maricopa County Juvenile Probation Department", "2021-06", "2022-12", [
                "Supervised detained youth, wrote incident reports and testified at detention hearings",
            ]),
        ],
        "skills": {"Case management": ["Risk/needs assessment", "Case planning", "Motivational interviewing", "Court reports"]},
        "certs": [
            ("Arizona Driver License, Class D", "Arizona MVD", "2014"),
            ("Motivational Interviewing - Practitioner", "Arizona Supreme Court, Education Services Division", "2023-06"),
        ],
        "edu": [("Bachelor of Science", "Criminology and Criminal Justice", "Arizona State University", "2021")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "edu": [("Associate of Applied Science", "Criminal Justice", "Glendale Community College", "2021")],
        },
        "decisive": ("bachelor's degree", ["bachelor", "bachelor's"], "degree level"),
    },
    {
        "id": "probation_officer-fresh5-2",
        "occ": "probation_officer",
        "title": "Probation Officer (Band 4)",
        "company": "HM Prison and Probation Service",
        "location": "Leeds, West Yorkshire, UK",
        "posting": """
The Probation Service in Yorkshire and the Humber is recruiting qualified Probation Officers to work in our Leeds delivery units. You will manage a caseload of people on community orders and licence, including those assessed as high risk of serious harm, complete OASys assessments and pre-sentence reports, and work with MAPPA, police and partner agencies to protect the public.

Essential criteria
- Professional Qualification in Probation (PQiP), or a previous probation officer qualification (DipPS, or CQSW/DipSW obtained before 1998 with probation practice)
- Experience managing high risk of serious harm cases and preparing court reports
- Competent in OASys and nDelius
- Full UK driving licence or ability to travel across the region

Successful applicants will undergo Counter Terrorist Check (CTC) vetting. Civil Service pension, 25 days' annual leave rising to 30, and flexible working. We welcome applications from all backgrounds.
""",
        "name": "Owen Pritchard",
        "label": "Probation Officer",
        "summary": "Probation practitioner with five years managing people on community orders and licence, including high risk of serious harm cases; OASys, nDelius, MAPPA and court work.",
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Probation Officer", "The Probation Service - Bradford and Calderdale PDU", "2023-06", "", [
                "Manage a caseload of 40, including high-ROSH cases under MAPPA level 2 and 3 arrangements",
                "Complete OASys risk assessments, sentence plans and pre-sentence reports in nDelius",
            ]),
            ("Trainee Probation Officer (PQiP)", "National Probation Service - West Yorkshire", "2021-09", "2023-05", [
                "Supervised a mixed-risk caseload while completing the Professional Qualification in Probation",
                "Wrote short-format and oral reports at Bradford Magistrates' Court",
            ]),
        ],
        "skills": {"Practice": ["OASys", "nDelius", "MAPPA", "Risk of serious harm management", "Pre-sentence reports"]},
        "certs": [("Full UK Driving Licence", "DVLA", "2015")],
        "edu": [
            ("Professional Qualification in Probation (PQiP)", "Graduate Diploma in Community Justice and Level 5 Diploma in Probation Practice", "University of Portsmouth / HMPPS", "2023"),
            ("BA (Hons)", "Criminology", "University of Leeds", "2020"),
        ],
        "unq": {
            "label": "Probation Services Officer",
            "summary": "Probation practitioner with five years managing people on community orders and licence, including high risk of serious harm cases; OASys, nDelius, MAPPA and court work.",
            "work": [
                ("Probation Services Officer", "The Probation Service - Bradford and Calderdale PDU", "2021-09", "", [
                    "Manage a caseload of 45, including high-ROSH cases under MAPPA level 2 arrangements",
                    "Complete OASys risk assessments, sentence plans and short-format pre-sentence reports in nDelius",
                    "Wrote short-format and oral reports at Bradford Magistrates' Court",
                ]),
            ],
            "edu": [
                ("Level 4 Certificate", "Community Rehabilitation", "Skills for Justice Awards", "2022"),
                ("BA (Hons)", "Criminology", "University of Leeds", "2020"),
            ],
        },
        "decisive": ("Professional Qualification in Probation (PQiP)", ["PQiP", "Professional Qualification in Probation"], "credential level"),
    },
    {
        "id": "environmental_health_specialist-fresh5-1",
        "occ": "environmental_health_specialist",
        "title": "Environmental Health Specialist II",
        "company": "County of San Diego - Department of Environmental Health and Quality",
        "location": "San Diego, CA",
        "posting": """
Environmental Health Specialist II - Food and Housing Division

The County is filling positions that inspect retail food facilities, public pools and body art establishments, investigate complaints and foodborne illness reports, review plans and take enforcement actions under the California Retail Food Code.

Minimum qualifications: Possession of a valid registration as a Registered Environmental Health Specialist (REHS) issued by the California Department of Public Health, AND one year of experience as an environmental health specialist performing inspections. Applicants who hold only an Environmental Health Specialist Trainee letter will be considered for the EHS I (trainee) list instead.

A valid California Class C driver's license is required at the time of appointment. Employees may be required to work in confined spaces and respond to emergencies outside normal hours. The County of San Diego is an equal opportunity employer.
""",
        "name": "Brianna Luong",
        "label": "Environmental Health Specialist",
        "summary": "Environmental health specialist with three years inspecting restaurants, markets, pools and body art facilities; foodborne illness investigations and plan check.",
        "where": ("Chula Vista", "CA"),
        "work": [
            ("Environmental Health Specialist I", "County of Riverside - Department of Environmental Health", "2024-05", "", [
                "Inspect 350 retail food facilities and public pools a year under CalCode and Title 22",
                "Investigate foodborne illness complaints with epidemiology and collect samples",
                "Review plans for new food facilities and conduct pre-opening inspections",
            ]),
            ("Environmental Health Specialist Trainee", "County of Riverside - Department of Environmental Health", "2023-03", "2024-04", [
                "Completed an approved training plan in food safety, recreational health and housing",
            ]),
        ],
        "skills": {"Environmental health": ["CalCode", "Retail food inspection", "Recreational water", "Body art", "Foodborne illness investigation"]},
        "certs": [
            ("Registered Environmental Health Specialist", "California Department of Public Health", "2024-04"),
            ("California Driver License, Class C", "California DMV", "2016"),
            ("ServSafe Food Protection Manager", "National Restaurant Association", "2023-05"),
        ],
        "edu": [("Bachelor of Science", "Environmental Health", "San Diego State University", "2022")],
        "langs": [("English", "Native"), ("Vietnamese", "Fluent")],
        "unq": {
            "work": [
                ("Environmental Health Specialist Trainee", "County of Riverside - Department of Environmental Health", "2023-03", "", [
                    "Inspect 350 retail food facilities and public pools a year under CalCode and Title 22",
                    "Investigate foodborne illness complaints with epidemiology and collect samples",
                    "Completed an approved training plan in food safety, recreational health and housing; registration exam not yet passed",
                ]),
            ],
            "certs": [
                ("Environmental Health Specialist Trainee", "California Department of Public Health", "2023-03"),
                ("California Driver License, Class C", "California DMV", "2016"),
                ("ServSafe Food Protection Manager", "National Restaurant Association", "2023-05"),
            ],
        },
        "decisive": ("California REHS registration", ["REHS", "Registered Environmental Health Specialist"], "licence level"),
    },
    {
        "id": "environmental_health_specialist-fresh5-2",
        "occ": "environmental_health_specialist",
        "title": "Environmental Health Officer",
        "company": "City of Greater Geelong",
        "location": "Geelong, VIC, Australia",
        "posting": """
About the role
Join our Environmental Health team to protect the health of the community: register and inspect food premises under the Food Act 1984, regulate accommodation, hairdressing, beauty and skin-penetration businesses under the Public Health and Wellbeing Act 2008, assess septic tank permits, respond to complaints and nuisance, and take part in immunisation and emergency management.

What you bring
- A degree in environmental health (or equivalent) that meets the Department of Health's qualification requirements for appointment as an authorised officer and Environmental Health Officer under the Food Act 1984
- Minimum 3 years' experience as an Environmental Health Officer in local government
- Experience preparing prosecutions or infringement notices
- Current Victorian driver licence
- Current Employee Working with Children Check

This is a permanent full-time role (76 hours per fortnight, 9-day fortnight). The successful applicant will need a National Police Check. We are a child safe organisation and encourage Aboriginal and Torres Strait Islander people to apply.
""",
        "name": "Siobhan Tran",
        "label": "Environmental Health Officer",
        "summary": "Environmental health officer with more than four years in Victorian councils: food premises registration and inspection, public health businesses, wastewater permits and enforcement.",
        "where": ("Geelong", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Environmental Health Officer", "Surf Coast Shire Council", "2024-07", "", [
                "Register and inspect class 1-4 food premises; issue orders and infringement notices under the Food Act",
                "Assess onsite wastewater (septic) permit applications and inspect installations",
            ]),
            ("Environmental Health Officer", "Wyndham City Council", "2022-02", "2024-06", [
                "Inspected hairdressing, beauty and skin-penetration premises and prescribed accommodation",
                "Prepared a brief of evidence for a Magistrates' Court food prosecution",
            ]),
        ],
        "skills": {"Environmental health": ["Food Act 1984", "Public Health and Wellbeing Act 2008", "Wastewater permits", "Prosecutions", "Infringement notices"]},
        "certs": [
            ("Victorian Driver Licence (Car)", "VicRoads", "2014"),
            ("Employee Working with Children Check", "Working with Children Check Victoria", "2024-01"),
            ("Member", "Environmental Health Australia", "2022"),
        ],
        "edu": [("Bachelor of Environmental Health", "Environmental Health", "Deakin University", "2021")],
        "unq": {
            "summary": "Environmental health officer in a Victorian council after several years as a local laws and compliance officer: food premises registration and inspection, public health businesses, wastewater permits and enforcement.",
            "work": [
                ("Environmental Health Officer", "Surf Coast Shire Council", "2024-10", "", [
                    "Register and inspect class 1-4 food premises; issue orders and infringement notices under the Food Act",
                    "Assess onsite wastewater (septic) permit applications and inspect installations",
                    "Inspect hairdressing, beauty and skin-penetration premises and prescribed accommodation",
                ]),
                ("Local Laws and Compliance Officer", "Wyndham City Council", "2021-02", "2024-09", [
                    "Enforced local laws on animals, parking and litter; issued infringement notices",
                    "Prepared a brief of evidence for a Magistrates' Court local laws prosecution",
                ]),
            ],
        },
        "decisive": ("minimum 3 years' experience as an Environmental Health Officer", ["years", "yrs"], "years"),
    },
    {
        "id": "lifeguard-fresh5-1",
        "occ": "lifeguard",
        "title": "Seasonal Beach Lifeguard - Cornwall",
        "company": "RNLI",
        "location": "Newquay, Cornwall, UK",
        "posting": """
Spend the summer keeping people safe on Cornwall's beaches. RNLI lifeguards patrol the water's edge, give safety advice, carry out rescues on board, tube and RWC, and give casualty care.

You will need
- The National Vocational Beach Lifeguard Qualification (NVBLQ), in date for the whole season, or to pass it on our pre-season course before your start date
- To pass the RNLI fitness test: 200 m pool swim in under 3.5 minutes, 25 m underwater swim, 200 m beach run in under 40 seconds
- Casualty care / first aid at the level taught on the NVBLQ
- Right to work in the UK

Shifts are on a rota across the season (May to September), weekends and bank holidays included. All lifeguards have an enhanced DBS check.
""",
        "name": "Jago Penrose",
        "label": "Lifeguard",
        "summary": "Qualified lifeguard with four seasons of pool lifeguarding and surf lifesaving club patrols; strong open-water swimmer and board paddler. Full right to work in the UK.",
        "where": ("Newquay", "Cornwall"),
        "country": "GB",
        "work": [
            ("Pool Lifeguard", "Newquay Waterworld (GLL)", "2023-05", "", [
                "Supervise the main pool and flume; carry out rescues and spinal management drills",
                "Give first aid and complete incident reports",
            ]),
            ("Volunteer Patrol Member", "Newquay Surf Life Saving Club", "2022-06", "", [
                "Volunteer on club patrols at Fistral Beach at weekends; rescue board and tube skills",
                "Compete in surf races and board paddling events",
            ]),
        ],
        "skills": {"Lifesaving": ["Rescue board", "Rescue tube", "Casualty care", "Spinal management", "Open-water swimming"]},
        "certs": [
            ("National Pool Lifeguard Qualification (NPLQ)", "RLSS UK", "2025-04"),
            ("National Vocational Beach Lifeguard Qualification (NVBLQ)", "RNLI / Surf Life Saving GB", "2026-05"),
            ("Full UK Driving Licence", "DVLA", "2022"),
        ],
        "edu": [("A levels", "PE, Biology, Geography", "Truro and Penwith College", "2023")],
        "unq": {
            "certs": [
                ("National Pool Lifeguard Qualification (NPLQ)", "RLSS UK", "2025-04"),
                ("Surf Life Saving Club Surf Award", "Surf Life Saving GB", "2023-07"),
                ("Full UK Driving Licence", "DVLA", "2022"),
            ],
        },
        "decisive": ("National Vocational Beach Lifeguard Qualification (NVBLQ)", ["NVBLQ", "National Vocational Beach Lifeguard Qualification"], "certificate"),
    },
    {
        "id": "lifeguard-fresh5-2",
        "occ": "lifeguard",
        "title": "Waterfront Lifeguard - Summer Camp",
        "company": "YMCA Camp Tecumseh",
        "location": "Brookston, IN",
        "posting": """
Waterfront Lifeguard, June-August, live-in (room and board provided).

Guard our lake swim area, boating docks and the inflatable water park; teach swim tests to campers; help with canoe and kayak sessions.

Requirements:
* American Red Cross Lifeguarding certification WITH the Waterfront Skills module (pool-only certification is not sufficient)
* 17+ years old
* Able to pass our in-water skills check
* CPR/AED and First Aid (included with ARC Lifeguarding)

Preferred: Water Safety Instructor (WSI), small-craft experience.

All staff complete a background check and two weeks of staff training. We are an equal opportunity employer.
""",
        "name": "Addison Kettering",
        "label": "Lifeguard and Swim Instructor",
        "summary": "Lifeguard and swim instructor with three summers guarding pools and a lake swim area; teaches swim lessons and paddling basics to children.",
        "where": ("Lafayette", "IN"),
        "work": [
            ("Lifeguard / Swim Instructor", "Lafayette Parks and Recreation - Castaway Bay", "2024-05", "2025-08", [
                "Guarded wave pool and slide runouts; performed rescues and spinal assists",
                "Taught Red Cross Learn-to-Swim levels 1-4",
            ]),
            ("Camp Counselor", "Camp Crosley YMCA", "2023-06", "2023-08", [
                "Assisted lifeguards at the lake swim area; ran buddy checks and swim tests; led canoe sessions",
            ]),
        ],
        "skills": {"Aquatics": ["Open-water rescue", "Swim instruction", "Buddy checks", "Canoe and kayak"]},
        "certs": [
            ("Lifeguarding/First Aid/CPR/AED with Waterfront Skills", "American Red Cross", "2026-05"),
            ("Water Safety Instructor (WSI)", "American Red Cross", "2024-04"),
        ],
        "edu": [("High School Diploma", "", "William Henry Harrison High School", "2024")],
        "unq": {
            "certs": [
                ("Lifeguarding/First Aid/CPR/AED", "American Red Cross", "2026-05"),
                ("Water Safety Instructor (WSI)", "American Red Cross", "2024-04"),
            ],
        },
        "decisive": ("American Red Cross Waterfront Skills module", ["waterfront", "Waterfront Skills"], "endorsement"),
    },
]
# fmt: on
