"""fresh2 cases, public group (written blind; sources in fresh2_sources_a.md)."""

CASES = [
    {
        "id": "firefighter-fresh2-1",
        "occ": "firefighter",
        "title": "Firefighter/EMT (Entry Level)",
        "company": "City of Tacoma",
        "location": "Tacoma, WA",
        "posting": """
The Tacoma Fire Department is testing for entry-level Firefighter/EMT.

Minimum qualifications at time of application
- 18 years of age; high school diploma or GED; valid driver's license
- Washington State EMT certification (or NREMT with reciprocity completed before academy)
- Firefighter I (IFSAC or Pro Board)
- Valid CPAT (Candidate Physical Ability Test) card dated within the last 12 months
- Pass written exam, oral board, background, psychological and medical exams
""",
        "name": "Tyler Jorgensen",
        "label": "Volunteer Firefighter / EMT",
        "summary": "Volunteer firefighter and EMT; interior attack, hose and ladder work, BLS transports.",
        "where": ("Puyallup", "WA"),
        "work": [
            (
                "Volunteer Firefighter/EMT",
                "Central Pierce Fire & Rescue",
                "2023-05",
                "",
                [
                    "Responds to structure fires, MVAs and medical calls; 36 hours a month on shift",
                    "BLS patient care and documentation on ESO",
                ],
            ),
            ("Emergency Medical Technician", "AMR", "2022-01", "", ["911 BLS ambulance, 12-hour shifts"]),
        ],
        "edu": [("Associate of Applied Science", "Fire Command", "Bates Technical College", "2023-06")],
        "skills": {"Fire": ["hose deployment", "ground ladders", "SCBA", "vehicle extrication"]},
        "certs": [
            ("Washington State EMT", "Washington State Department of Health", "2021-12"),
            ("Firefighter I (IFSAC)", "Washington State Patrol Fire Training Academy", "2023-04"),
            ("Hazmat Operations", "Washington State Patrol Fire Training Academy", "2023-04"),
            ("Washington Driver License", "Washington State Department of Licensing", "2019-08"),
            ("CPAT card", "Public Safety Testing", "2026-05"),
        ],
        "unq": {
            "certs": [
                ("Washington State EMT", "Washington State Department of Health", "2021-12"),
                ("Firefighter I (IFSAC)", "Washington State Patrol Fire Training Academy", "2023-04"),
                ("Hazmat Operations", "Washington State Patrol Fire Training Academy", "2023-04"),
                ("Washington Driver License", "Washington State Department of Licensing", "2019-08"),
            ],
        },
        "decisive": ("Valid CPAT card", ["CPAT", "Candidate Physical Ability Test"], "certificate"),
    },
    {
        "id": "firefighter-fresh2-2",
        "occ": "firefighter",
        "title": "Firefighter Recruit",
        "company": "Columbus Division of Fire",
        "location": "Columbus, OH",
        "posting": """
Firefighter Recruit - next academy class starts in spring.

Applicants must hold, by the date of the written exam:
- State of Ohio Firefighter II certification
- Ohio EMT (Basic) certification or higher
- Valid Ohio driver's license
Preferred: paramedic, fire science coursework, military service.
""",
        "name": "Andre Coleman",
        "label": "Firefighter",
        "summary": "Part-time firefighter with Ohio Firefighter II; rescue, ventilation, and medical first response.",
        "where": ("Grove City", "OH"),
        "work": [
            (
                "Part-Time Firefighter",
                "Jackson Township Fire Department",
                "2022-07",
                "",
                [
                    "Engine company operations: forcible entry, ventilation, search, hydrant hookups",
                    "First on scene for medical calls; vitals, oxygen, CPR until the medic unit arrives",
                ],
            ),
            ("Lifeguard Supervisor", "Columbus Recreation and Parks", "2019-05", "2022-06", ["Pool safety team lead"]),
        ],
        "edu": [("High School Diploma", "", "Grove City High School", "2019-05")],
        "skills": {"Fire": ["forcible entry", "ventilation", "SCBA", "CPR"]},
        "certs": [
            ("Ohio Firefighter II", "Ohio Department of Public Safety", "2022-05"),
            ("Ohio EMT", "Ohio Department of Public Safety, EMS", "2022-03"),
            ("Ohio Driver's License", "Ohio BMV", "2018-09"),
        ],
        "swaps": [("Ohio EMT", "Ohio Emergency Medical Responder (EMR)")],
        "decisive": ("Ohio EMT certification", ["EMT", "Emergency Medical Technician"], "credential level"),
    },
    {
        "id": "water-treatment-operator-fresh2-1",
        "occ": "water_treatment_operator",
        "title": "Water Treatment Plant Operator III",
        "company": "City of Sacramento",
        "location": "Sacramento, CA",
        "posting": """
Operates the Sacramento River Water Treatment Plant on a rotating 12-hour shift: coagulation,
flocculation, sedimentation, filtration, chlorination; SCADA monitoring and process sampling.

Licenses and certificates
  - Possession of a valid Grade T3 Water Treatment Operator certificate issued by the California State
    Water Resources Control Board
  - Grade D2 Water Distribution Operator certificate
  - Valid California Class C driver license

Experience: two years as a Water Treatment Plant Operator II or equivalent.
""",
        "name": "Melissa Grant",
        "label": "Water Treatment Operator",
        "summary": "Surface water plant operator: conventional treatment, filter backwashes, SCADA, sampling.",
        "where": ("Elk Grove", "CA"),
        "work": [
            (
                "Water Treatment Plant Operator II",
                "Sacramento County Water Agency",
                "2021-02",
                "",
                [
                    "Runs conventional treatment on shift: jar tests, coagulant dosing, filter backwashes",
                    "Monitors the plant on Wonderware SCADA; collects Title 22 compliance samples",
                ],
            ),
            (
                "Operator-in-Training",
                "Placer County Water Agency",
                "2019-01",
                "2021-01",
                ["Chlorine residual checks, equipment rounds, lab turbidity readings"],
            ),
        ],
        "edu": [("Associate of Science", "Water Resources Technology", "American River College", "2018-12")],
        "skills": {"Process": ["coagulation", "filtration", "chlorination", "SCADA", "jar testing"]},
        "certs": [
            ("Water Treatment Operator Grade T3", "California State Water Resources Control Board", "2023-09"),
            ("Water Distribution Operator Grade D2", "California State Water Resources Control Board", "2020-06"),
            ("California Class C Driver License", "California DMV", "2017-04"),
        ],
        "swaps": [("Water Treatment Operator Grade T3", "Water Treatment Operator Grade T2")],
        "decisive": ("Grade T3 water treatment operator certificate", ["T3", "T-3"], "licence level"),
    },
    {
        "id": "water-treatment-operator-fresh2-2",
        "occ": "water_treatment_operator",
        "title": "Senior Water Plant Operator",
        "company": "City of Round Rock",
        "location": "Round Rock, TX",
        "posting": """
Senior operator at the surface water treatment plant (52 MGD). Leads the shift, adjusts chemical feeds,
handles alarms and regulatory sampling.

Minimum qualifications:
- High school diploma or GED
- TCEQ Class C Surface Water Operator license or higher
- 3 years of operating experience at a surface water treatment plant
- Valid Texas driver's license
""",
        "name": "Oscar Villarreal",
        "label": "Water Plant Operator",
        "summary": "Licensed operator at conventional surface water plants; chemical feed, filters, sampling.",
        "where": ("Pflugerville", "TX"),
        "work": [
            (
                "Plant Operator, Conventional Surface Water",
                "City of Austin Water",
                "2019-08",
                "",
                [
                    "Adjusts lime, ferric and chlorine feeds; backwashes filters; answers SCADA alarms",
                    "Collects TCEQ compliance samples and logs monthly operating reports",
                ],
            ),
            ("Utility Worker", "City of Austin Water", "2017-03", "2019-07", ["Meter reading, valve exercising"]),
        ],
        "edu": [("High School Diploma", "", "Pflugerville High School", "2016-05")],
        "skills": {"Process": ["chemical feed", "filter backwash", "SCADA", "TCEQ sampling"]},
        "certs": [
            ("Class C Surface Water Operator License", "TCEQ", "2020-11"),
            ("Texas Driver License", "Texas DPS", "2015-04"),
        ],
        "unq": {
            "work": [
                (
                    "Plant Operator, Conventional Surface Water",
                    "City of Austin Water",
                    "2025-02",
                    "",
                    [
                        "Adjusts lime, ferric and chlorine feeds; backwashes filters; answers SCADA alarms",
                        "Collects TCEQ compliance samples and logs monthly operating reports",
                    ],
                ),
                (
                    "Wastewater Treatment Plant Operator",
                    "City of Austin Water",
                    "2017-03",
                    "2025-01",
                    ["Activated sludge process control, clarifiers, sludge dewatering"],
                ),
            ],
            "certs": [
                ("Class C Surface Water Operator License", "TCEQ", "2026-03"),
                ("Class C Wastewater Operator License", "TCEQ", "2018-06"),
                ("Texas Driver License", "Texas DPS", "2015-04"),
            ],
        },
        "decisive": ("3 years at a surface water treatment plant", ["years", "yrs"], "years"),
    },
    {
        "id": "building-inspector-fresh2-1",
        "occ": "building_inspector",
        "title": "Building Inspector I",
        "company": "City of Boise",
        "location": "Boise, ID",
        "posting": """
Inspects one- and two-family dwellings and townhouses for compliance with the IRC: footings,
framing, insulation, final.

Requirements
* ICC Residential Building Inspector (B1) certification at time of hire
* 3 years of residential construction or inspection experience
* Valid driver's license
Preferred: ICC Residential Plumbing, Mechanical or Electrical inspector certs; Spanish.
""",
        "name": "Heather McAllister",
        "label": "Building Inspector",
        "summary": "Former framing superintendent now inspecting homes for code compliance.",
        "where": ("Meridian", "ID"),
        "work": [
            (
                "Combination Inspector Trainee",
                "City of Nampa",
                "2023-09",
                "",
                [
                    "Footing, framing, insulation and final inspections on single-family homes",
                    "Writes correction notices and re-inspects",
                ],
            ),
            (
                "Framing Superintendent",
                "CBH Homes",
                "2015-04",
                "2023-08",
                ["Ran framing and rough-in schedules on 120 homes a year; scheduled city inspections"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Construction Management", "College of Western Idaho", "2015-05")],
        "skills": {"Code": ["IRC", "framing", "energy code", "plan reading"]},
        "certs": [
            ("ICC Residential Building Inspector (B1)", "International Code Council", "2024-02"),
            ("ICC Residential Plumbing Inspector (P1)", "International Code Council", "2024-10"),
            ("Idaho Driver's License", "Idaho Transportation Department", "2010-05"),
        ],
        "unq": {
            "certs": [
                ("ICC Residential Plumbing Inspector (P1)", "International Code Council", "2024-10"),
                ("Idaho Driver's License", "Idaho Transportation Department", "2010-05"),
            ]
        },
        "decisive": (
            "ICC Residential Building Inspector (B1)",
            ["B1", "Residential Building Inspector"],
            "certificate",
        ),
    },
    {
        "id": "building-inspector-fresh2-2",
        "occ": "building_inspector",
        "title": "Building Inspector II",
        "company": "Pima County",
        "location": "Tucson, AZ",
        "posting": """
Building Inspector II, Development Services. Residential and commercial inspections; results are entered
in the field on tablets.

Minimum qualifications:
- ICC Residential (B1) and Commercial (B2) Building Inspector certifications
- Four years of building inspection or construction experience
- Working knowledge of Accela (Accela Civic Platform / Accela Mobile Inspector) - required, as you will
  result inspections in the field from day one
- Arizona driver's license
""",
        "name": "Samuel Ortiz",
        "label": "Building Inspector",
        "summary": "Certified building inspector: residential and commercial, field resulting on tablets.",
        "where": ("Marana", "AZ"),
        "work": [
            (
                "Building Inspector",
                "City of Tucson",
                "2020-10",
                "",
                [
                    "Daily route of 15-20 residential and commercial inspections",
                    "Results inspections from the field in Accela Mobile; schedules re-inspections",
                ],
            ),
            ("Carpenter Foreman", "Sundt Construction", "2014-03", "2020-09", ["Concrete forming and framing"]),
        ],
        "edu": [("High School Diploma", "", "Marana High School", "2013-05")],
        "skills": {"Code": ["IBC", "IRC", "Accela Civic Platform", "plan review"]},
        "certs": [
            ("ICC Residential Building Inspector (B1)", "International Code Council", "2020-09"),
            ("ICC Commercial Building Inspector (B2)", "International Code Council", "2022-03"),
            ("Arizona Driver License", "Arizona MVD", "2012-02"),
        ],
        "swaps": [("in Accela Mobile", "in Tyler EnerGov"), ("Accela Civic Platform", "Tyler EnerGov")],
        "decisive": ("Accela", ["Accela"], "tool"),
    },
    {
        "id": "security-officer-fresh2-1",
        "occ": "security_officer",
        "title": "Unarmed Security Officer",
        "company": "Allied Universal",
        "location": "Los Angeles, CA",
        "posting": """
Unarmed security officer for a downtown Los Angeles office tower. Lobby access control, patrols,
incident reports.

Requirements:
- Active California Guard Card (BSIS security guard registration) - required before first shift
- 18+; high school diploma or GED
- Able to stand and walk for 8 hours
- Customer service experience
""",
        "name": "Jasmine Howard",
        "label": "Security Officer",
        "summary": "Security officer: access control, patrols, incident reports, front-desk customer service.",
        "where": ("Pasadena", "CA"),
        "work": [
            (
                "Security Officer",
                "Securitas",
                "2022-04",
                "",
                [
                    "Lobby access control and badge checks for a 30-story office tower",
                    "Hourly patrols, incident reports, alarm response",
                ],
            ),
            ("Customer Service Associate", "Target", "2020-06", "2022-03", ["Guest services desk, returns"]),
        ],
        "edu": [("High School Diploma", "", "John Muir High School", "2020-06")],
        "skills": {"Security": ["access control", "patrol", "incident reports", "CCTV"]},
        "certs": [
            (
                "Guard Card - Security Guard Registration",
                "Bureau of Security and Investigative Services (BSIS)",
                "2022-03",
            ),
            ("CPR/AED", "American Red Cross", "2025-09"),
        ],
        "unq": {
            "where": ("Henderson", "NV"),
            "certs": [
                ("Security Work Card", "Nevada Private Investigators Licensing Board", "2022-03"),
                ("CPR/AED", "American Red Cross", "2025-09"),
            ],
        },
        "decisive": ("California Guard Card (BSIS)", ["Guard Card", "BSIS", "California"], "jurisdiction"),
    },
    {
        "id": "security-officer-fresh2-2",
        "occ": "security_officer",
        "title": "Bilingual Security Officer (English/Spanish)",
        "company": "Securitas",
        "location": "Miami, FL",
        "posting": """
Bilingual security officer for a hospital campus in Miami.

Must have
- Florida Class D Security Officer License
- Fluent in English and Spanish (spoken and written) - required, you will assist Spanish-speaking patients
  and visitors
- 1+ yr security experience
- Able to work weekends
""",
        "name": "Brian Kessler",
        "label": "Security Officer",
        "summary": "Licensed security officer; hospital and retail posts, de-escalation, visitor management.",
        "where": ("Hialeah", "FL"),
        "work": [
            (
                "Security Officer",
                "G4S",
                "2021-08",
                "",
                [
                    "Emergency department post at a hospital: visitor badging, de-escalation, escorts",
                    "Writes incident reports; coordinates with local police",
                ],
            ),
        ],
        "edu": [("High School Diploma", "", "Hialeah Gardens High School", "2021-06")],
        "skills": {"Security": ["visitor management", "de-escalation", "incident reports"]},
        "certs": [("Class D Security Officer License", "Florida Division of Licensing", "2021-07")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "decisive": ("Fluent English and Spanish", ["Spanish", "bilingual"], "language"),
    },
]
