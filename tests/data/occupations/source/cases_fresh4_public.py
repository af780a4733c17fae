"""Fresh4 half, public: wildland firefighter, game warden, emergency management specialist, code enforcement officer."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "wildland_firefighter-fresh4-1",
        "occ": "wildland_firefighter",
        "title": "Wildland Firefighter - Squad Boss (Seasonal)",
        "company": "Oregon Department of Forestry",
        "location": "Prineville, OR",
        "posting": """
The Central Oregon District is hiring seasonal squad bosses for its engine and hand crew program, June through October.

As a squad boss you will supervise a squad of firefighters on initial attack and extended attack fires: line construction, hose lays, mop-up and patrol, plus project work between fires.

Minimum qualifications:
- Qualified as Firefighter Type 1 (FFT1) under NWCG PMS 310-1, with a current Incident Qualification Card
- Completed Annual Fireline Safety Refresher (RT-130) for this season
- Pass the Work Capacity Test at the arduous level
- Valid driver's license

Preferred: qualified or trainee Incident Commander Type 5 (ICT5); chainsaw (FAL2) qualification.

The Oregon Department of Forestry is an equal opportunity employer.
""",
        "name": "Jesse Whitaker",
        "label": "Wildland Firefighter, Squad Boss",
        "summary": "Wildland firefighter with seven seasons on engines and a hand crew; leads squads on initial attack, qualified sawyer and Type 5 incident commander trainee.",
        "where": ("Redmond", "OR"),
        "work": [
            ("Advanced Firefighter / Squad Boss", "USDA Forest Service - Ochoco National Forest", "2023-05", "", [
                "Lead a squad of six on hand line construction, firing support, hose lays and mop-up on initial and extended attack",
                "Run saw team assignments and brief the squad on LCES before each shift",
            ]),
            ("Forestry Technician (Fire), Engine Crew", "Bureau of Land Management - Prineville District", "2020-05", "2022-10", [
                "Engine crew member on rangeland and timber fires; pump operation and progressive hose lays",
            ]),
        ],
        "skills": {"Fireline": ["Initial attack", "Hand line construction", "Hose lays", "Firing operations support", "Chainsaw (FAL2)"]},
        "certs": [
            ("NWCG Incident Qualification Card: FFT1 (Advanced Firefighter/Squad Boss), FAL2, ICT5 trainee", "USDA Forest Service", "2026-05"),
            ("Annual Fireline Safety Refresher RT-130", "USDA Forest Service", "2026-05"),
            ("Work Capacity Test - Arduous", "USDA Forest Service", "2026-05"),
            ("Oregon Driver License", "Oregon DMV", ""),
        ],
        "edu": [("Associate of Applied Science", "Wildland Fire Science", "Central Oregon Community College", "2020")],
        "unq": {
            "label": "Wildland Firefighter",
            "summary": "Wildland firefighter with seven seasons on engines and a hand crew; strong on the line on initial attack, qualified sawyer.",
            "work": [
                ("Senior Crewmember", "USDA Forest Service - Ochoco National Forest", "2023-05", "", [
                    "Hand line construction, firing support, hose lays and mop-up on initial and extended attack",
                    "Lead saw team assignments as the crew's senior sawyer",
                ]),
                ("Forestry Technician (Fire), Engine Crew", "Bureau of Land Management - Prineville District", "2020-05", "2022-10", [
                    "Engine crew member on rangeland and timber fires; pump operation and progressive hose lays",
                ]),
            ],
            "certs": [
                ("NWCG Incident Qualification Card: FFT2 (Firefighter Type 2), FAL2; advanced firefighter task book open", "USDA Forest Service", "2026-05"),
                ("Annual Fireline Safety Refresher RT-130", "USDA Forest Service", "2026-05"),
                ("Work Capacity Test - Arduous", "USDA Forest Service", "2026-05"),
                ("Oregon Driver License", "Oregon DMV", ""),
            ],
        },
        "decisive": ("Qualified as Firefighter Type 1 (FFT1)", ["FFT1", "Firefighter Type 1", "squad boss"], "credential level"),
    },
    {
        "id": "wildland_firefighter-fresh4-2",
        "occ": "wildland_firefighter",
        "title": "Wildland Fire Engine Operator",
        "company": "Grayback Forestry",
        "location": "Merlin, OR",
        "posting": """
Grayback Forestry is hiring a year-round Engine Operator for our contract wildland fire engines. In fire season you'll drive and pump a Type 6 engine on federal and state incidents; the rest of the year you'll run fuels reduction and prescribed burn projects.

Requirements:
- At least 3 years of wildland fire experience on an engine, hand crew or helitack crew
- Current NWCG Red Card with FFT1 and ENOP qualifications, RT-130
- Able to pass the pack test (arduous)
- Valid driver's license with a clean driving record

Pay DOE, year-round employment, health insurance and paid time off.
""",
        "name": "Mariah Sandoval",
        "label": "Engine Operator",
        "summary": "Wildland firefighter and engine operator with six years of year-round fire and fuels work on contract engines and a state hand crew.",
        "where": ("Grants Pass", "OR"),
        "work": [
            ("Engine Operator / Advanced Firefighter", "PatRick Environmental", "2022-11", "", [
                "Drive and pump a Type 6 engine on incidents across Oregon, California and Idaho",
                "Lead fuels reduction and prescribed burn crews in the off-season",
            ]),
            ("Hand Crew Member", "Oregon Department of Forestry - Southwest Oregon District", "2020-06", "2022-10", [
                "Hand line, mop-up and hazard fuels thinning; year-round seasonal-to-winter project work",
            ]),
        ],
        "skills": {"Fire": ["Type 6 engine operation", "Pumps and hose lays", "Prescribed fire", "Fuels reduction"]},
        "certs": [
            ("NWCG Red Card: FFT1, ENOP, FAL2", "Oregon Department of Forestry", "2026-05"),
            ("RT-130 Annual Fireline Safety Refresher", "Oregon Department of Forestry", "2026-05"),
            ("Work Capacity Test - Arduous", "Oregon Department of Forestry", "2026-05"),
            ("Oregon Driver License", "Oregon DMV", ""),
        ],
        "edu": [("Certificate", "Wildland Fire Basic Academy (S-130/S-190)", "Rogue Community College", "2020")],
        "unq": {
            "summary": "Engine operator on contract wildland engines, with years of structural fire service in the Rogue Valley before that.",
            "work": [
                ("Engine Operator / Advanced Firefighter", "PatRick Environmental", "2024-10", "", [
                    "Drive and pump a Type 6 engine on incidents across Oregon, California and Idaho",
                    "Lead fuels reduction and prescribed burn crews in the off-season",
                ]),
                ("Volunteer Firefighter / EMT", "Rural Metro Fire - Josephine County", "2019-06", "2024-09", [
                    "Structure and vehicle fire response, medical calls and occasional grass fires in the county",
                ]),
            ],
            "certs": [
                ("NWCG Red Card: FFT1, ENOP, FAL2", "Oregon Department of Forestry", "2026-05"),
                ("RT-130 Annual Fireline Safety Refresher", "Oregon Department of Forestry", "2026-05"),
                ("Work Capacity Test - Arduous", "Oregon Department of Forestry", "2026-05"),
                ("Oregon Driver License", "Oregon DMV", ""),
            ],
        },
        "decisive": ("At least 3 years of wildland fire experience", ["years", "yrs"], "years"),
    },
    {
        "id": "game_warden-fresh4-1",
        "occ": "game_warden",
        "title": "District Wildlife Manager (Wildlife Officer)",
        "company": "Colorado Parks and Wildlife",
        "location": "Durango, CO",
        "posting": """
Colorado Parks and Wildlife is recruiting District Wildlife Managers. DWMs are commissioned peace officers and wildlife biologists in one: they enforce hunting and fishing laws, handle human-wildlife conflict, survey wildlife populations and work with landowners and the public.

MINIMUM QUALIFICATIONS
Education: A bachelor's degree from an accredited college or university in wildlife biology, fisheries, natural resource management or a closely related field, including at least 30 semester hours of biological sciences.

Other requirements:
- Valid driver's license
- Able to complete the POST academy and CPW's wildlife officer training after hire
- Able to pass a background investigation, psychological and medical exams

The State of Colorado is an equal opportunity employer. Benefits include PERA retirement, medical and dental plans and paid life insurance.
""",
        "name": "Cheyenne Baca",
        "label": "Wildlife Technician",
        "summary": "Wildlife technician with four years of big game surveys, fish sampling and hunter contacts in southwest Colorado; wildlife biology graduate.",
        "where": ("Durango", "CO"),
        "work": [
            ("Wildlife Technician", "Southern Ute Indian Tribe - Division of Wildlife Resource Management", "2022-06", "", [
                "Run elk and deer aerial and ground surveys; capture and collar animals with the biologist",
                "Check hunters and anglers in the field and explain tribal hunting rules",
            ]),
            ("Seasonal Fisheries Technician", "U.S. Fish and Wildlife Service", "2021-05", "2021-10", [
                "Electrofishing and population sampling on the San Juan River",
            ]),
        ],
        "skills": {"Field": ["Big game surveys", "Wildlife capture", "Electrofishing", "Public contacts", "ArcGIS"]},
        "certs": [("Colorado Driver License", "Colorado Division of Motor Vehicles", "")],
        "edu": [("B.S.", "Fish, Wildlife and Conservation Biology", "Colorado State University", "2022")],
        "unq": {
            "summary": "Wildlife technician with four years of big game surveys, fish sampling and hunter contacts in southwest Colorado; natural resources graduate.",
            "edu": [("Associate of Applied Science", "Natural Resource Management Technology", "Pueblo Community College - Southwest Colorado", "2021")],
        },
        "decisive": ("Bachelor's degree in wildlife biology or related field", ["bachelor's", "bachelor", "B.S.", "BS"], "degree level"),
    },
    {
        "id": "game_warden-fresh4-2",
        "occ": "game_warden",
        "title": "Game Warden - Lateral Entry",
        "company": "Maine Department of Inland Fisheries and Wildlife",
        "location": "Augusta, ME",
        "posting": """
The Maine Warden Service is accepting applications for lateral-entry Game Wardens: experienced, certified law enforcement officers who want to protect Maine's fish and wildlife and serve people in the outdoors.

Wardens enforce fish, wildlife and recreational vehicle laws, lead search and rescue, and patrol by truck, boat, snowmobile and ATV.

Minimum Qualifications:
- Full-time law enforcement officer certification from the Maine Criminal Justice Academy (or another state's certification eligible for Maine reciprocity)
- Minimum of two (2) years of full-time experience as a certified law enforcement officer
- Valid driver's license
- Able to swim and to pass the Warden Service physical fitness test

Benefits include state retirement, health insurance and a vehicle. The State of Maine is an equal opportunity employer.
""",
        "name": "Owen Thibodeau",
        "label": "Deputy Sheriff",
        "summary": "Certified law enforcement officer with six years on patrol in rural Maine; avid hunter, snowmobiler and boat operator.",
        "where": ("Skowhegan", "ME"),
        "work": [
            ("Deputy Sheriff", "Somerset County Sheriff's Office", "2020-08", "", [
                "Patrol a rural county: traffic enforcement, domestic calls, criminal investigations and arrests",
                "Assist the Warden Service on search and rescue and nighthunting details",
            ]),
            ("Reserve Officer", "Town of Madison Police Department", "2019-06", "2020-07", [
                "Part-time patrol and community events",
            ]),
        ],
        "skills": {"Law enforcement": ["Patrol", "Criminal investigation", "Search and rescue", "Report writing"], "Outdoors": ["Boat operation", "Snowmobile", "ATV"]},
        "certs": [
            ("Full-Time Law Enforcement Officer Certification", "Maine Criminal Justice Academy", "2020-12"),
            ("Maine Driver License", "Maine Bureau of Motor Vehicles", ""),
        ],
        "edu": [("Associate of Applied Science", "Criminal Justice", "Kennebec Valley Community College", "2019")],
        "unq": {
            "summary": "Certified law enforcement officer on patrol in rural Maine after years as a fisheries technician; avid hunter, snowmobiler and boat operator.",
            "work": [
                ("Deputy Sheriff", "Somerset County Sheriff's Office", "2025-10", "", [
                    "Patrol a rural county: traffic enforcement, domestic calls, criminal investigations and arrests",
                    "Assist the Warden Service on search and rescue and nighthunting details",
                ]),
                ("Fisheries Technician", "Maine Department of Inland Fisheries and Wildlife", "2019-06", "2025-06", [
                    "Stocked and sampled lakes and streams, ran boat electrofishing and creel surveys",
                ]),
            ],
            "certs": [
                ("Full-Time Law Enforcement Officer Certification", "Maine Criminal Justice Academy", "2026-05"),
                ("Maine Driver License", "Maine Bureau of Motor Vehicles", ""),
            ],
        },
        "decisive": ("Minimum of two years as a certified law enforcement officer", ["years", "yrs"], "years"),
    },
    {
        "id": "emergency_management_specialist-fresh4-1",
        "occ": "emergency_management_specialist",
        "title": "Emergency Management Coordinator",
        "company": "Harris County Office of Homeland Security & Emergency Management",
        "location": "Houston, TX",
        "posting": """
Position Description
The Emergency Management Coordinator develops and maintains the county's emergency operations plan and hazard-specific annexes, staffs the Emergency Operations Center during activations, and coordinates with cities, utilities, hospitals and volunteer organizations on hurricane, flood and hazardous materials preparedness.

Requirements
- Bachelor's degree in emergency management, public administration or a related field, OR an equivalent combination of education and experience
- Three (3) years of emergency management experience
- Certified Emergency Manager (CEM) credential from the International Association of Emergency Managers
- Completion of ICS-100, 200, 300, 400, IS-700 and IS-800

Preferred: Texas Emergency Management Executive Development program; bilingual English/Spanish

Harris County is an Equal Opportunity Employer. Benefits include medical, dental, vision, a retirement plan, and paid leave. Applicants must pass a background check.
""",
        "name": "LaToya Freeman",
        "label": "Emergency Management Planner, CEM",
        "summary": "Emergency manager with seven years of planning, EOC operations and disaster recovery for Gulf Coast jurisdictions; hurricane and flood activations.",
        "where": ("Pearland", "TX"),
        "work": [
            ("Emergency Management Planner", "City of Galveston Office of Emergency Management", "2021-01", "", [
                "Maintain the basic plan and hurricane, flood and hazmat annexes; run annual tabletop and full-scale exercises",
                "Serve as planning section chief in the EOC during hurricane and flood activations",
            ]),
            ("Emergency Management Specialist", "Fort Bend County Office of Emergency Management", "2019-03", "2020-12", [
                "Coordinated shelters and damage assessment with volunteer organizations after flooding",
            ]),
        ],
        "skills": {"Emergency management": ["EOP development", "EOC operations", "Damage assessment", "Exercise design", "WebEOC"]},
        "certs": [
            ("Certified Emergency Manager", "International Association of Emergency Managers", "2024-06"),
            ("ICS-100, 200, 300, 400; IS-700, IS-800", "FEMA Emergency Management Institute", "2019-05"),
        ],
        "edu": [("Bachelor of Science", "Emergency Administration and Planning", "University of North Texas", "2018")],
        "unq": {
            "label": "Emergency Management Planner, AEM",
            "certs": [
                ("Associate Emergency Manager (AEM)", "International Association of Emergency Managers", "2024-06"),
                ("ICS-100, 200, 300, 400; IS-700, IS-800", "FEMA Emergency Management Institute", "2019-05"),
            ],
        },
        "decisive": ("Certified Emergency Manager (CEM) credential", ["CEM", "Certified Emergency Manager"], "credential level"),
    },
    {
        "id": "emergency_management_specialist-fresh4-2",
        "occ": "emergency_management_specialist",
        "title": "Exercise and Training Officer",
        "company": "Virginia Department of Emergency Management",
        "location": "North Chesterfield, VA",
        "posting": """
VDEM's Training, Education and Exercise division seeks an Exercise and Training Officer to design, run and evaluate discussion-based and operations-based exercises with local governments, state agencies and private partners, and to deliver preparedness courses across the Commonwealth.

Minimum Qualifications:
- Experience designing, conducting and evaluating emergency management exercises
- Completion of Homeland Security Exercise and Evaluation Program (HSEEP) training
- ICS-300 and ICS-400
- Ability to travel statewide; valid driver's license

Preferred: Master Exercise Practitioner (MEPP); experience instructing adults.

The Commonwealth of Virginia is an equal opportunity employer. Veterans are encouraged to apply.
""",
        "name": "Ryan Okafor",
        "label": "Emergency Preparedness Exercise Planner",
        "summary": "Exercise planner with seven years designing tabletops, drills and full-scale exercises for health systems and localities, and teaching ICS courses.",
        "where": ("Richmond", "VA"),
        "work": [
            ("Emergency Preparedness Coordinator", "VCU Health System", "2021-07", "", [
                "Design and facilitate tabletop, functional and full-scale exercises; write after-action reports and improvement plans",
                "Teach ICS-100/200 and hospital incident command courses to staff",
            ]),
            ("Planner", "Henrico County Division of Emergency Management", "2019-09", "2021-06", [
                "Supported exercise planning and EOC staffing during COVID-19 activations",
            ]),
        ],
        "skills": {"Exercises": ["Tabletop exercises", "Functional exercises", "After-action reports", "Improvement plans", "Adult instruction"]},
        "certs": [
            ("K0146 Homeland Security Exercise and Evaluation Program Basic Course", "FEMA Emergency Management Institute", "2020-03"),
            ("ICS-300 and ICS-400", "Virginia Department of Emergency Management", "2019-11"),
            ("Virginia Driver's License", "Virginia DMV", ""),
        ],
        "edu": [("Master of Public Administration", "Emergency Management", "Virginia Commonwealth University", "2019")],
        "unq": {
            "certs": [
                ("Disaster Services Instructor", "American Red Cross", "2020-03"),
                ("ICS-300 and ICS-400", "Virginia Department of Emergency Management", "2019-11"),
                ("Virginia Driver's License", "Virginia DMV", ""),
            ],
        },
        "decisive": ("Completion of HSEEP training", ["HSEEP", "Homeland Security Exercise and Evaluation Program"], "certificate"),
    },
    {
        "id": "code_enforcement_officer-fresh4-1",
        "occ": "code_enforcement_officer",
        "title": "Code Enforcement Officer",
        "company": "City of San Antonio",
        "location": "San Antonio, TX",
        "posting": """
Job Summary
Under general supervision, the Code Enforcement Officer inspects residential and commercial properties for violations of city codes - substandard structures, junk vehicles, overgrown lots, illegal dumping and zoning violations - issues notices and citations, and testifies in municipal court.

Minimum Requirements
- High school diploma or GED
- Two (2) years of experience in code enforcement, building inspection, or a related field
- Current registration as a Code Enforcement Officer with the Texas Department of Licensing and Regulation (TDLR) at time of hire
- Valid driver's license

Preferred: bilingual in English and Spanish.

The City of San Antonio is an Equal Opportunity Employer. Benefits include medical, dental, pension (TMRS) and paid leave.
""",
        "name": "Ricardo Salinas",
        "label": "Code Compliance Inspector",
        "summary": "Code compliance inspector with five years on substandard housing, junk vehicles, zoning and illegal dumping; testifies in municipal court.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Code Compliance Inspector", "City of New Braunfels", "2021-11", "", [
                "Inspect 15-20 properties a day on complaints and proactive sweeps; write notices of violation and citations",
                "Prepare case files and testify in municipal court; coordinate abatements with contractors",
            ]),
            ("Permit Technician", "Bexar County Public Works", "2020-01", "2021-10", [
                "Reviewed permit applications and scheduled inspections",
            ]),
        ],
        "skills": {"Code enforcement": ["Property maintenance code", "Zoning", "Notices of violation", "Municipal court testimony", "Abatement"]},
        "certs": [
            ("Registered Code Enforcement Officer", "Texas Department of Licensing and Regulation", "2022-12"),
            ("Texas Driver License, Class C", "Texas Department of Public Safety", ""),
        ],
        "edu": [("Diploma", "High School", "John Jay High School", "2016")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "name": "Ricardo Salazar",
            "label": "Code Enforcement Officer",
            "summary": "Code enforcement officer with five years on substandard housing, junk vehicles, zoning and illegal dumping; testifies in administrative hearings.",
            "where": ("Fresno", "CA"),
            "work": [
                ("Code Enforcement Officer II", "City of Fresno", "2021-11", "", [
                    "Inspect 15-20 properties a day on complaints and proactive sweeps; write notices of violation and administrative citations",
                    "Prepare case files and testify at administrative hearings; coordinate abatements with contractors",
                ]),
                ("Permit Technician", "County of Fresno Department of Public Works and Planning", "2020-01", "2021-10", [
                    "Reviewed permit applications and scheduled inspections",
                ]),
            ],
            "certs": [
                ("Certified Code Enforcement Officer", "California Association of Code Enforcement Officers (CACEO)", "2022-12"),
                ("California Driver License, Class C", "California DMV", ""),
            ],
            "edu": [("Diploma", "High School", "Roosevelt High School, Fresno", "2016")],
        },
        "decisive": ("Code Enforcement Officer registration with the Texas Department of Licensing and Regulation", ["Texas", "TDLR"], "jurisdiction"),
    },
    {
        "id": "code_enforcement_officer-fresh4-2",
        "occ": "code_enforcement_officer",
        "title": "Code Compliance Officer II",
        "company": "City of Dallas",
        "location": "Dallas, TX",
        "posting": """
Code Compliance Officer II - Neighborhood Code Compliance

Investigate and resolve violations of the Dallas City Code in assigned districts: high weeds, litter, substandard structures, illegal land use and short-term rental complaints. Officers work independently, carry their own caseload and represent the city at hearings.

Qualifications:
- High school diploma or GED; some college preferred
- Must hold a full registration as a Registered Code Enforcement Officer with TDLR (Code Enforcement Officer-in-Training registration is not sufficient for this level)
- Valid Texas driver's license
- Working knowledge of Microsoft Office and a case management system

Salary: $48,000 - $58,000 DOQ. Full benefits. The City of Dallas is an equal opportunity employer.
""",
        "name": "Alicia Brandt",
        "label": "Code Enforcement Officer",
        "summary": "Registered code enforcement officer with five years of neighborhood inspections in Dallas County; independent caseload, hearings and abatements.",
        "where": ("Mesquite", "TX"),
        "work": [
            ("Code Enforcement Officer", "City of Garland", "2021-04", "", [
                "Carry a caseload of 120+ open cases: high weeds, litter, substandard structures and illegal land use",
                "Present cases at the building standards commission; track cases in Accela",
            ]),
            ("Customer Service Representative", "City of Garland - 311", "2019-02", "2021-03", [
                "Took resident complaints and routed them to code and sanitation",
            ]),
        ],
        "skills": {"Code compliance": ["Property maintenance", "Substandard structures", "Case management", "Hearings"], "Software": ["Accela", "Microsoft Office"]},
        "certs": [
            ("Code Enforcement Officer Registration", "Texas Department of Licensing and Regulation", "2022-06"),
            ("Texas Driver License, Class C", "Texas Department of Public Safety", ""),
        ],
        "edu": [("Diploma", "High School", "North Mesquite High School", "2015")],
        "unq": {
            "label": "Code Enforcement Officer-in-Training",
            "summary": "Code enforcement officer in training in Dallas County; neighborhood inspections, hearings and abatements, after years taking resident complaints at 311.",
            "work": [
                ("Code Enforcement Officer-in-Training", "City of Garland", "2026-03", "", [
                    "Carry a caseload of open cases under a supervising officer: high weeds, litter, substandard structures and illegal land use",
                    "Present cases at the building standards commission; track cases in Accela",
                ]),
                ("Customer Service Representative", "City of Garland - 311", "2019-02", "2026-02", [
                    "Took resident complaints and routed them to code and sanitation",
                ]),
            ],
            "certs": [
                ("Code Enforcement Officer-in-Training Registration", "Texas Department of Licensing and Regulation", "2026-04"),
                ("Texas Driver License, Class C", "Texas Department of Public Safety", ""),
            ],
        },
        "decisive": ("Full registration as a Registered Code Enforcement Officer (not in-training)", ["Registered Code Enforcement Officer", "full registration"], "licence level"),
    },
]
