"""Fresh9 set, people: youth worker, disability support worker, executive coach."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "youth_worker-fresh9-1",
        "occ": "youth_worker",
        "title": "Youth Worker (JNC Professional Range) - Detached & Centre-Based",
        "company": "Aire Valley Youth Trust",
        "location": "Leeds, UK",
        "posting": """
Aire Valley Youth Trust runs two youth centres and a detached team in east Leeds, working with young people aged 11-19 (up to 25 with additional needs). We are recruiting a professionally qualified Youth Worker to lead our evening detached sessions and a weekly girls' group.

You will plan and deliver informal education sessions, build trusting relationships with young people on the streets and in the centre, carry out one-to-one mentoring, record outcomes, and work with schools, the police and the local authority's early help teams. Some evening and weekend work is required.

Essential criteria
- A JNC-recognised professional qualification in youth work (e.g. BA (Hons) Youth and Community Work)
- Experience of detached or outreach youth work
- A current Enhanced DBS certificate with a check of the children's barred list, on the DBS Update Service (this post is regulated activity)
- Full UK driving licence and access to a vehicle for work

Desirable criteria
- Level 3 safeguarding training
- Mental health first aid

Salary on JNC Professional Range points 13-17, pro rata for 30 hours per week. The Trust is committed to safeguarding and promoting the welfare of children and young people and expects all staff to share this commitment.
""",
        "name": "Jordan Mensah",
        "label": "Detached Youth Practitioner",
        "summary": "Qualified youth and community worker with six years on detached, centre-based and school-based youth work in West Yorkshire; strong on outreach and one-to-one mentoring.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Youth and Community Worker", "Bradford Youth Service (City of Bradford MDC)", "2021-09", "", [
                "Lead two detached sessions a week in the city centre and Holme Wood, engaging young people at risk of exploitation",
                "Run a weekly young women's group and a summer programme for 60 young people",
                "Carry out one-to-one mentoring and record outcomes for early help plans",
                "Share information with police and schools under the local safeguarding partnership",
            ]),
            ("Sessional Youth Support Worker", "Leeds Youth Alliance", "2019-01", "2021-08", [
                "Delivered open-access centre sessions and sports activities while completing the degree",
            ]),
        ],
        "skills": {"Practice": ["Detached youth work", "Informal education", "One-to-one mentoring", "Group work", "Safeguarding"], "Other": ["Outcome recording (Views)", "Multi-agency working"]},
        "certs": [
            ("Enhanced DBS Certificate with Children's Barred List check (Update Service subscriber)", "Disclosure and Barring Service", "2025-04"),
            ("Level 3 Safeguarding Children", "Leeds Safeguarding Children Partnership", "2024-10"),
            ("Mental Health First Aid (Adult)", "MHFA England", "2023-06"),
            ("Full UK driving licence (Category B), own car available for work", "DVLA", ""),
        ],
        "edu": [("BA (Hons) - JNC recognised", "Youth and Community Work", "Leeds Beckett University", "2021")],
        "unq": {
            "certs": [
                ("Basic DBS Certificate", "Disclosure and Barring Service", "2025-04"),
                ("Level 3 Safeguarding Children", "Leeds Safeguarding Children Partnership", "2024-10"),
                ("Mental Health First Aid (Adult)", "MHFA England", "2023-06"),
                ("Full UK driving licence (Category B), own car available for work", "DVLA", ""),
            ],
        },
        "swaps": [],
        "decisive": ("Enhanced DBS certificate with children's barred list", ["Enhanced", "barred list"], "clearance level"),
    },
    {
        "id": "youth_worker-fresh9-2",
        "occ": "youth_worker",
        "title": "Senior Youth Worker - Youth Justice Diversion",
        "company": "Merri Creek Youth Services",
        "location": "Preston, VIC, Australia",
        "posting": """
Merri Creek Youth Services is a community organisation in Melbourne's north delivering case management, diversion and outreach to young people aged 12-25.

About the role (full time, ongoing, SCHADS Level 5)
You'll carry a caseload of young people referred through the Children's Court diversion program, develop goal-based plans with them and their families, and link them into education, housing and health services. You'll also supervise two youth workers and lead our case review meetings.

Key selection criteria
1. A Bachelor degree in Youth Work, Social Work or a related human services discipline (essential)
2. Experience in case management with young people involved in or at risk of contact with the justice system
3. Sound knowledge of the Child Safe Standards and risk assessment practice
4. Current Victorian Working with Children Check (Employee) and National Police Check
5. Full Victorian driver licence
6. Current First Aid (HLTAID011) - or willingness to obtain within three months

We strongly encourage Aboriginal and Torres Strait Islander people, people from culturally diverse backgrounds and people with lived experience to apply. Salary packaging up to $15,900 tax free.
""",
        "name": "Amelia Nguyen",
        "label": "Youth Case Manager",
        "summary": "Youth practitioner with seven years in Melbourne's north and west, case managing young people in contact with the justice system and supervising junior staff.",
        "where": ("Melbourne", "VIC"),
        "country": "AU",
        "work": [
            ("Youth Case Manager, Diversion", "Maribyrnong Youth Connect", "2021-02", "", [
                "Case manage 12-15 young people referred by the Children's Court and Youth Justice",
                "Develop goal-based support plans with young people and families; broker housing, education and AOD services",
                "Supervise two youth workers and chair fortnightly case reviews",
            ]),
            ("Outreach Youth Worker", "Northern Youth Hub", "2019-03", "2021-01", [
                "Street-based outreach and drop-in support for young people aged 12-25",
            ]),
        ],
        "skills": {"Practice": ["Case management", "Risk assessment", "Child Safe Standards", "Trauma-informed practice", "Staff supervision"], "Systems": ["SRS", "CRM case notes"]},
        "certs": [
            ("Working with Children Check - Employee", "Working with Children Check Victoria", "2024-03"),
            ("National Police Check", "Victoria Police", "2025-11"),
            ("Provide First Aid (HLTAID011)", "St John Ambulance Victoria", "2025-06"),
            ("Full driver licence (Victoria)", "VicRoads", ""),
        ],
        "edu": [("Bachelor of Youth Work", "Youth Work", "Victoria University", "2018")],
        "unq": {
            "edu": [("Diploma of Youth Work (CHC50421)", "Youth Work", "Melbourne Polytechnic", "2018")],
        },
        "swaps": [],
        "decisive": ("Bachelor degree in youth work or related field", ["Bachelor", "degree"], "degree level"),
    },
    {
        "id": "disability_support_worker-fresh9-1",
        "occ": "disability_support_worker",
        "title": "Disability Support Worker - Complex Behaviour Support Team",
        "company": "Southern Cross Ability Services",
        "location": "Adelaide, SA, Australia",
        "posting": """
Southern Cross Ability Services is a registered NDIS provider supporting adults with intellectual disability and complex behaviours in supported independent living (SIL) homes across Adelaide's southern suburbs.

The role
- Support residents with personal care, community access, meal preparation and daily living skills
- Implement positive behaviour support plans and restrictive practice authorisations exactly as written
- Record incidents and progress notes in our client management system
- Assist with medication administration under our medication policy

Requirements:
- Certificate IV in Disability (CHC43121 or CHC43115) - essential for this complex-needs team
- NDIS Worker Screening Check (SA) and NDIS Worker Orientation Module
- Current First Aid and CPR
- Full unrestricted driver's licence and a comprehensively insured vehicle

Rotating roster including sleepovers and weekends, SCHADS Award plus penalty rates, salary packaging, paid training in Positive Behaviour Support.
""",
        "name": "Grace Papadopoulos",
        "label": "Support Worker, Supported Independent Living",
        "summary": "Disability support worker with five years in SIL homes for adults with intellectual disability and behaviours of concern; calm, consistent and careful with behaviour support plans.",
        "where": ("Adelaide", "SA"),
        "country": "AU",
        "work": [
            ("Senior Support Worker, SIL", "Fleurieu Community Living", "2022-01", "", [
                "Support four residents with intellectual disability and complex behaviours with personal care, meals and community access",
                "Implement positive behaviour support plans and authorised restrictive practices; debrief after incidents",
                "Administer medication from Webster packs and complete progress and incident notes in ShiftCare",
            ]),
            ("Disability Support Worker", "Onkaparinga Support Services", "2021-02", "2021-12", [
                "Community access and in-home support for NDIS participants",
            ]),
        ],
        "skills": {"Support": ["Positive behaviour support", "Personal care", "Medication administration", "Incident reporting", "Manual handling"], "Systems": ["ShiftCare"]},
        "certs": [
            ("NDIS Worker Screening Check (South Australia)", "Department of Human Services SA", "2021-02"),
            ("NDIS Worker Orientation Module - Quality, Safety and You", "NDIS Quality and Safeguards Commission", "2021-01"),
            ("Provide First Aid (HLTAID011) and CPR (HLTAID009)", "St John Ambulance SA", "2025-08"),
            ("Full unrestricted driver's licence (SA), own comprehensively insured car", "Service SA", ""),
        ],
        "edu": [
            ("Certificate IV in Disability Support (CHC43121)", "Disability", "TAFE SA", "2023"),
            ("Certificate III in Individual Support (CHC33021)", "Disability", "TAFE SA", "2021"),
        ],
        "unq": {
            "edu": [("Certificate III in Individual Support (CHC33021)", "Disability", "TAFE SA", "2021")],
        },
        "swaps": [],
        "decisive": ("Certificate IV in Disability", ["Certificate IV", "Cert IV"], "credential level"),
    },
    {
        "id": "disability_support_worker-fresh9-2",
        "occ": "disability_support_worker",
        "title": "Social Care Support Worker - Residential Disability Services",
        "company": "Shannonside Community Living CLG",
        "location": "Limerick, Ireland",
        "posting": """
Shannonside Community Living provides residential and day supports to adults with intellectual disability in Limerick and Clare, in HIQA-registered designated centres.

Support Worker (permanent, 39 hours, rostered including sleepovers)

Requirements:
- QQI Level 5 Major Award in Healthcare Support (or higher, e.g. Social Care degree)
- Minimum 2 years' experience supporting adults with intellectual disability in residential or day services
- Full manual driving licence valid in Ireland (you will drive the centre's vehicle)
- Satisfactory Garda vetting
- Training in Safe Administration of Medication (SAM) and MAPA/Studio III is desirable; we provide it if not

What you'll do: support residents with personal care and daily living, community participation and person-centred plans; administer medication; keep accurate records in line with HIQA standards.

We offer HSE-aligned pay scales, pension, 24 days' annual leave and funded further education.
""",
        "name": "Sinead Carroll",
        "label": "Residential Support Worker",
        "summary": "Support worker in residential intellectual-disability services in the Mid-West; person-centred planning, personal care, medication and community participation.",
        "where": ("Limerick", "Munster"),
        "country": "IE",
        "work": [
            ("Support Worker", "Ardnacrusha Residential Services", "2022-05", "", [
                "Support five adults with moderate to severe intellectual disability in a HIQA-registered designated centre",
                "Deliver personal care, meal support and community outings; drive the centre's vehicle",
                "Administer medication under SAM and record daily notes and person-centred plan goals",
            ]),
            ("Sales Assistant", "Crescent Shopping Centre retail store", "2019-06", "2022-04", [
                "Customer service, tills and stock replenishment",
            ]),
        ],
        "skills": {"Support": ["Person-centred planning", "Personal care", "Medication administration (SAM)", "Positive behaviour support", "HIQA documentation"]},
        "certs": [
            ("QQI Level 5 Major Award - Healthcare Support (5M4339)", "Quality and Qualifications Ireland", "2022-03"),
            ("Safe Administration of Medication (SAM)", "HSE", "2023-01"),
            ("MAPA Foundation", "Crisis Prevention Institute", "2024-09"),
            ("Garda vetting disclosure", "National Vetting Bureau", "2022-04"),
            ("Full Irish driving licence, Category B (manual)", "National Driver Licence Service", ""),
        ],
        "edu": [("Leaving Certificate", "", "Laurel Hill Colaiste FCJ", "2019")],
        "unq": {
            "work": [
                ("Support Worker", "Ardnacrusha Residential Services", "2025-10", "", [
                    "Support five adults with moderate to severe intellectual disability in a HIQA-registered designated centre",
                    "Deliver personal care, meal support and community outings; drive the centre's vehicle",
                    "Administer medication under SAM and record daily notes and person-centred plan goals",
                ]),
                ("Sales Assistant", "Crescent Shopping Centre retail store", "2019-06", "2025-09", [
                    "Customer service, tills and stock replenishment",
                ]),
            ],
            "certs": [
                ("QQI Level 5 Major Award - Healthcare Support (5M4339)", "Quality and Qualifications Ireland", "2025-06"),
                ("Safe Administration of Medication (SAM)", "HSE", "2025-11"),
                ("MAPA Foundation", "Crisis Prevention Institute", "2025-12"),
                ("Garda vetting disclosure", "National Vetting Bureau", "2025-09"),
                ("Full Irish driving licence, Category B (manual)", "National Driver Licence Service", ""),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 2 years supporting adults with intellectual disability", ["years", "yrs"], "years"),
    },
    {
        "id": "executive_coach-fresh9-1",
        "occ": "executive_coach",
        "title": "Executive Coach (Associate Faculty) - Leadership Programmes",
        "company": "Peranakan Leadership Partners Pte. Ltd.",
        "location": "Singapore",
        "posting": """
Peranakan Leadership Partners designs and delivers leadership programmes for regional banks, government agencies and multinationals across Southeast Asia. We are expanding our bench of associate executive coaches.

The role
- One-to-one coaching engagements (6-12 sessions) with senior managers and C-suite leaders
- Coaching alongside our flagship programmes, including 360-degree feedback debriefs
- Three-way contracting and progress reviews with sponsors and HR business partners

What you'll bring
- ICF Professional Certified Coach (PCC) credential or higher (MCC) - this is a client requirement for all coaches on our panel
- Substantial experience coaching senior leaders, ideally with a corporate leadership career of your own
- Accreditation in at least one psychometric (e.g. Hogan, MBTI, Leadership Circle Profile)
- Comfortable working across Asian cultural contexts; Mandarin or Bahasa Indonesia a plus

Associates are engaged on a contract basis with competitive daily rates and supervision provided.
""",
        "name": "Daniel Lim Jun Hao",
        "label": "Leadership Coach & Facilitator",
        "summary": "Former regional HR director turned executive coach; about 900 hours coaching senior leaders in banking, tech and the public sector across ASEAN.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Principal Coach", "Lim Leadership Coaching (own practice)", "2020-03", "", [
                "Coach senior managers and C-suite leaders at regional banks and statutory boards in 6-12 session engagements",
                "Debrief 360 feedback and Hogan assessments for leadership programme participants",
                "Contract three-way with sponsors and HR partners and report progress at mid-point and close",
            ]),
            ("Regional HR Director, Asia Pacific", "Helix Payments Asia Pte. Ltd.", "2012-06", "2020-02", [
                "Led HR for 1,400 staff in nine countries; ran the regional leadership development programme",
            ]),
        ],
        "skills": {"Coaching": ["Executive coaching", "Team coaching", "360 debriefs", "Three-way contracting"], "Assessments": ["Hogan (certified)", "Leadership Circle Profile"]},
        "certs": [
            ("Professional Certified Coach (PCC)", "International Coaching Federation (ICF)", "2023-02"),
            ("Hogan Assessments Certification", "Hogan Assessment Systems", "2021-05"),
            ("Leadership Circle Profile Certification", "The Leadership Circle", "2022-08"),
        ],
        "edu": [("Master of Science", "Coaching Psychology", "University of Sydney", "2020"), ("Bachelor of Social Sciences", "Psychology", "National University of Singapore", "2005")],
        "langs": [("English", "Native"), ("Mandarin", "Fluent"), ("Bahasa Melayu", "Conversational")],
        "unq": {
            "certs": [
                ("Associate Certified Coach (ACC)", "International Coaching Federation (ICF)", "2023-02"),
                ("Hogan Assessments Certification", "Hogan Assessment Systems", "2021-05"),
                ("Leadership Circle Profile Certification", "The Leadership Circle", "2022-08"),
            ],
        },
        "swaps": [],
        "decisive": ("ICF Professional Certified Coach (PCC) credential", ["PCC", "Professional Certified Coach", "MCC"], "credential level"),
    },
    {
        "id": "executive_coach-fresh9-2",
        "occ": "executive_coach",
        "title": "Leadership Coach - Dutch & English",
        "company": "Grachtenhuis Leiderschap B.V.",
        "location": "Amsterdam, Netherlands",
        "posting": """
Grachtenhuis Leiderschap is a boutique leadership development firm working with Dutch scale-ups, housing corporations, hospitals and municipalities. Most of our coaching takes place in Dutch; international clients are coached in English.

We are looking for an experienced Leadership Coach (0.6-0.8 FTE, or freelance) to coach managers and directors one-to-one and to co-facilitate team coaching trajectories.

Requirements
- Native or near-native Dutch (C1/C2) and fluent English, spoken and written - reports to clients are in Dutch
- ICF (ACC or higher) or EMCC (EIA Practitioner or higher) accreditation
- At least 5 years' experience coaching managers and executives
- Based in or near the Randstad; able to travel to client sites

Nice to have
- Team coaching training; experience in healthcare or the public sector

We offer a collegial team, intervision every six weeks and a budget for supervision and professional development.
""",
        "name": "Sophie Hartmann",
        "label": "Executive & Team Coach",
        "summary": "German-born executive and team coach living in Amsterdam since 2015; coaches managers and directors in healthcare, housing and tech.",
        "where": ("Amsterdam", "North Holland"),
        "country": "NL",
        "work": [
            ("Executive & Team Coach (freelance)", "Hartmann Coaching", "2019-01", "", [
                "Coach managers and directors one-to-one for hospitals, housing corporations and scale-ups, in Dutch and English",
                "Co-facilitate team coaching trajectories for management teams of 6-10 people",
                "Write progress and close-out reports for clients in Dutch",
            ]),
            ("Learning & Development Manager", "Noordzee Logistics B.V.", "2015-04", "2018-12", [
                "Ran the management development programme and the internal coaching pool",
            ]),
        ],
        "skills": {"Coaching": ["Executive coaching", "Team coaching", "Systemic coaching", "Intervision"], "Sectors": ["Healthcare", "Housing", "Technology"]},
        "certs": [
            ("Professional Certified Coach (PCC)", "International Coaching Federation (ICF)", "2021-11"),
            ("Staatsexamen NT2 Programma II", "DUO (College voor Toetsen en Examens)", "2016-06"),
            ("Team Coaching Certificate", "Academy of Executive Coaching", "2022-04"),
        ],
        "edu": [("Master of Arts", "Organisational Psychology", "Universität Hamburg", "2011")],
        "langs": [("German", "Native"), ("Dutch", "Fluent (C1)"), ("English", "Fluent (C2)")],
        "unq": {
            "certs": [
                ("Professional Certified Coach (PCC)", "International Coaching Federation (ICF)", "2021-11"),
                ("Team Coaching Certificate", "Academy of Executive Coaching", "2022-04"),
            ],
            "langs": [("German", "Native"), ("English", "Fluent (C2)")],
        },
        "swaps": [
            ("for hospitals, housing corporations and scale-ups, in Dutch and English", "for hospitals, housing corporations and scale-ups, in English and German"),
            ("Write progress and close-out reports for clients in Dutch", "Write progress and close-out reports for clients in English"),
        ],
        "decisive": ("Native or near-native Dutch", ["Dutch", "Nederlands"], "language"),
    },
]
