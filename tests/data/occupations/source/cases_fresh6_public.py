"""fresh6 cases, public service: urban planner, park ranger, animal control officer.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh6_sources_b.md.
"""
# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "urban_planner-fresh6-1",
        "occ": "urban_planner",
        "title": "Planner II - Long Range Planning",
        "company": "City of Austin Planning Department",
        "location": "Austin, TX",
        "posting": """
Purpose of Position
The Long Range Planning Division prepares small-area and corridor plans, zoning code amendments and the implementation program of the Imagine Austin comprehensive plan. The Planner II manages plan components, leads community engagement events, analyzes land use and demographic data, and drafts staff reports for the Planning Commission and City Council.

Minimum Qualifications
- Graduation with a Master's degree in Urban or Regional Planning, Public Policy, Public Administration, Geography or a related field, plus two (2) years of professional planning experience.
- For this posting, a Bachelor's degree plus additional experience will NOT substitute for the graduate degree.

Preferred Qualifications
- AICP certification or AICP Candidate
- Experience with ArcGIS Pro and census/ACS data
- Bilingual in English and Spanish
- Experience facilitating public meetings on contested land use topics

Licenses or Certifications: Valid Texas Driver License required at time of hire.
Pay range: $70,949 - $88,686 annually. The City of Austin is an Equal Employment Opportunity employer.
""",
        "name": "Rachel Nwosu-Lindqvist",
        "label": "Urban Planner",
        "summary": "Urban planner with five years in long-range and neighborhood planning for Texas cities; graduate-trained planner (MCRP) who runs public engagement and GIS analysis for corridor and small-area plans.",
        "where": ("Austin", "TX"),
        "work": [
            ("Planner", "City of San Marcos Planning & Development Services", "2022-08", "", [
                "Project manager for two corridor plans and a downtown area plan; drafted zoning text amendments adopted by City Council",
                "Ran 14 community workshops and an online survey with 2,300 responses; wrote Planning and Zoning Commission staff reports",
                "Built ArcGIS Pro suitability models using parcel, ACS and transit data",
            ]),
            ("Planning Associate", "Halff Associates", "2021-06", "2022-07", [
                "Supported comprehensive plan updates for suburban Texas cities: land use inventories, demographic profiles and mapping",
            ]),
        ],
        "skills": {"Planning": ["Comprehensive planning", "Small-area plans", "Zoning code amendments", "Community engagement", "Staff reports"], "Tools": ["ArcGIS Pro", "Census/ACS data", "Adobe InDesign", "Excel"]},
        "certs": [
            ("AICP Candidate", "American Planning Association", "2023-01"),
            ("Texas Driver License, Class C", "Texas DPS", ""),
        ],
        "edu": [
            ("Master of Community and Regional Planning (MCRP)", "Community and Regional Planning", "The University of Texas at Austin", "2021"),
            ("Bachelor of Arts", "Geography", "Texas State University", "2018"),
        ],
        "unq": {
            "summary": "Urban planner with five years in long-range and neighborhood planning for Texas cities; runs public engagement and GIS analysis for corridor and small-area plans.",
            "edu": [("Bachelor of Arts", "Geography", "Texas State University", "2018")],
            "work": [
                ("Planner", "City of San Marcos Planning & Development Services", "2022-08", "", [
                    "Project manager for two corridor plans and a downtown area plan; drafted zoning text amendments adopted by City Council",
                    "Ran 14 community workshops and an online survey with 2,300 responses; wrote Planning and Zoning Commission staff reports",
                    "Built ArcGIS Pro suitability models using parcel, ACS and transit data",
                ]),
                ("Planning Associate", "Halff Associates", "2018-08", "2022-07", [
                    "Supported comprehensive plan updates for suburban Texas cities: land use inventories, demographic profiles and mapping",
                ]),
            ],
        },
        "decisive": ("Master's degree in planning or a related field", ["Master's", "Master's degree", "MCRP", "graduate degree", "Master of"], "degree level"),
    },
    {
        "id": "urban_planner-fresh6-2",
        "occ": "urban_planner",
        "title": "Senior Planning Officer (Development Management)",
        "company": "Leeds City Council",
        "location": "Leeds, West Yorkshire, UK",
        "posting": """
Senior Planning Officer - Development Management (City Centre team)
Grade C3, £41,511 - £45,718 per annum, permanent, hybrid working

About the role
You'll manage a caseload of major and complex planning applications in the city centre, from pre-application advice through to committee, negotiating Section 106 agreements and presenting reports to the City Plans Panel. You will also supervise and mentor two Planning Officers.

Essential requirements
- Chartered Member of the Royal Town Planning Institute (MRTPI)
- A degree or postgraduate qualification in planning accredited by the RTPI
- Substantial experience of determining major applications, including EIA development
- Sound knowledge of the NPPF, the Leeds Local Plan and planning law
- Excellent report-writing and presentation skills, including to elected members

Desirable
- Experience of heritage-led schemes and listed building consent
- Full UK driving licence (site visits can be made by public transport)

We offer a generous annual leave entitlement, Local Government Pension Scheme, flexible working and funded CPD. Leeds City Council is committed to equality, diversity and inclusion and guarantees an interview to disabled applicants who meet the essential criteria.
""",
        "name": "Sophie Akhtar",
        "label": "Planning Officer (Development Management)",
        "summary": "Development management planner with six years in West Yorkshire local authorities handling major residential and mixed-use applications, Section 106 negotiations and committee reports. Chartered Town Planner (MRTPI).",
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Planning Officer (Major Applications)", "Bradford Metropolitan District Council", "2022-01", "", [
                "Determine major residential and mixed-use applications, including two EIA developments, from pre-application to Regulatory and Appeals Committee",
                "Negotiate Section 106 obligations for affordable housing and education contributions",
                "Present officer reports to elected members and defend decisions at written-representation appeals",
            ]),
            ("Assistant Planning Officer", "Kirklees Council", "2020-09", "2021-12", [
                "Handled householder, minor and listed building consent applications in conservation areas",
            ]),
        ],
        "skills": {"Planning": ["Development management", "Major applications", "EIA", "Section 106", "Listed building consent", "NPPF"], "Communication": ["Committee reports", "Presenting to members", "Pre-application advice"]},
        "certs": [
            ("Chartered Member of the Royal Town Planning Institute (MRTPI)", "Royal Town Planning Institute", "2023-04"),
            ("Full UK Driving Licence", "DVLA", ""),
        ],
        "edu": [
            ("MA", "Town and Regional Planning (RTPI-accredited)", "University of Sheffield", "2020"),
            ("BA (Hons)", "Urban Studies and Planning (RTPI-accredited)", "University of Sheffield", "2019"),
        ],
        "unq": {
            "summary": "Development management planner with six years in West Yorkshire local authorities handling major residential and mixed-use applications, Section 106 negotiations and committee reports. Licentiate Member of the RTPI, preparing my L-APC submission.",
            "certs": [
                ("Licentiate Member, Royal Town Planning Institute (L-APC submission planned for spring 2027)", "Royal Town Planning Institute", "2024-06"),
                ("Full UK Driving Licence", "DVLA", ""),
            ],
        },
        "decisive": ("Chartered Member of the RTPI (MRTPI)", ["MRTPI", "Chartered", "Chartered Member", "Chartered Town Planner"], "credential level"),
    },
    {
        "id": "park_ranger-fresh6-1",
        "occ": "park_ranger",
        "title": "Backcountry Park Ranger (Seasonal)",
        "company": "Larimer County Natural Resources",
        "location": "Fort Collins, CO",
        "posting": """
Larimer County Natural Resources is hiring seasonal Backcountry Park Rangers for Horsetooth Mountain Open Space and Devil's Backbone from May through October.

Rangers patrol trail systems on foot and mountain bike, provide visitor information and education, enforce park regulations through voluntary compliance, respond to medical emergencies and lost-party calls, and assist with trail maintenance and wildfire mitigation.

Minimum qualifications:
- Current Wilderness First Responder (WFR) certification at time of hire. Wilderness First Aid (WFA) is not sufficient for this position: patrols routinely operate an hour or more from an ambulance
- One season of experience in a park, outdoor education or guiding setting
- Ability to hike 10+ miles over rough terrain carrying a 30 lb pack
- Valid driver's license with an acceptable driving record

Preferred: Colorado POST certification or interest in a seasonal commission; S-130/S-190 wildland firefighter training; Spanish language skills.

Pay: $22.50-$25.00/hour. Larimer County is an equal opportunity employer.
""",
        "name": "Tessa Halvorsen",
        "label": "Seasonal Park Ranger",
        "summary": "Seasonal ranger and outdoor educator with four summers of backcountry patrol and trail crew work on the Colorado Front Range; Wilderness First Responder and wildland fire trained.",
        "where": ("Loveland", "CO"),
        "work": [
            ("Seasonal Park Ranger", "Boulder County Parks & Open Space", "2024-05", "2025-10", [
                "Patrolled 40 miles of trail on foot and mountain bike; contacted 150+ visitors a day on regulations and Leave No Trace",
                "First on scene for ankle injuries, heat illness and a lost hiker search; led litter carry-outs with fire and EMS",
            ], "Two seasons, May-October"),
            ("Trail Crew Member", "Rocky Mountain Conservancy", "2022-06", "2023-09", [
                "Built rock steps and drainage structures; ran chainsaw and crosscut under a sawyer",
            ], "Two seasons"),
        ],
        "skills": {"Field": ["Backcountry patrol", "Search and rescue", "Trail maintenance", "Mountain bike patrol", "Radio communications"], "Education": ["Visitor contacts", "Leave No Trace", "Interpretive programs"]},
        "certs": [
            ("Wilderness First Responder (WFR)", "NOLS Wilderness Medicine", "2024-03"),
            ("S-130/S-190 Basic Wildland Firefighter", "National Wildfire Coordinating Group", "2023-05"),
            ("Colorado Driver's License", "Colorado DMV", ""),
        ],
        "edu": [("Bachelor of Science", "Natural Resource Recreation and Tourism", "Colorado State University", "2023")],
        "unq": {
            "summary": "Seasonal ranger and outdoor educator with four summers of backcountry patrol and trail crew work on the Colorado Front Range; Wilderness First Aid and wildland fire trained.",
            "certs": [
                ("Wilderness First Aid (WFA)", "NOLS Wilderness Medicine", "2024-03"),
                ("S-130/S-190 Basic Wildland Firefighter", "National Wildfire Coordinating Group", "2023-05"),
                ("Colorado Driver's License", "Colorado DMV", ""),
            ],
        },
        "swaps": [("First on scene for ankle injuries, heat illness and a lost hiker search; led litter carry-outs with fire and EMS", "Called in ankle injuries and heat illness and assisted a lost hiker search; helped fire and EMS with litter carry-outs")],
        "decisive": ("current Wilderness First Responder (WFR) certification", ["Wilderness First Responder", "WFR"], "credential level"),
    },
    {
        "id": "park_ranger-fresh6-2",
        "occ": "park_ranger",
        "title": "Ranger, Biodiversity",
        "company": "Department of Conservation - Te Papa Atawhai",
        "location": "Te Anau, Southland, New Zealand",
        "posting": """
Ranger, Biodiversity - Te Anau (permanent, full time)

Kia ora! Join our Te Anau biodiversity team protecting takahē, mohua and whio across Fiordland. You'll service predator trap networks and bait stations, run monitoring (five-minute bird counts, tracking tunnels, chew cards), maintain field equipment and huts, and work alongside Ngāi Tahu and community volunteers. Field trips are often 4-8 days in remote country with helicopter access.

About you
- At least three years' field experience in predator control or biodiversity monitoring (trap lines, bait stations, DOC 200/250 or A24 traps)
- Confident and safe in remote backcountry terrain, river crossings and variable weather
- Full New Zealand driver licence (Class 1); 4WD experience
- Current New Zealand firearms licence
- A good level of fitness and a genuine commitment to conservation and working with iwi

What we offer: salary range $62,000-$70,000, field allowances, 5 weeks' annual leave and a supportive team in one of the most beautiful places in Aotearoa.
""",
        "name": "Aroha Tipene-Clarke",
        "label": "Biodiversity Ranger",
        "summary": "Biodiversity field ranger with over five years of predator control and bird monitoring in Southland and Otago backcountry; confident in remote multi-day trips, river crossings and helicopter operations.",
        "where": ("Te Anau", "Southland"),
        "country": "NZ",
        "work": [
            ("Biodiversity Field Ranger", "Predator Free Rakiura / Southland Conservation Trust", "2021-08", "", [
                "Service 1,400 DOC 200 and A24 traps and bait stations on 4-8 day backcountry trips, with helicopter drop-offs",
                "Run five-minute bird counts, tracking tunnels and chew-card monitoring; enter data into the Trap.NZ database",
                "Train and lead volunteer and iwi rangers in trap servicing and field safety",
            ]),
            ("Hut Warden / Visitor Centre Assistant", "Ultimate Hikes", "2019-10", "2021-07", [
                "Hosted walkers on the Milford Track and maintained hut facilities",
            ]),
        ],
        "skills": {"Field": ["Predator trapping", "Bait stations", "Bird monitoring", "Tracking tunnels", "River crossings", "Helicopter safety"], "Tools": ["Trap.NZ", "GPS", "Chainsaw (basic)"]},
        "certs": [
            ("NZ Driver Licence, Class 1 (full)", "NZ Transport Agency Waka Kotahi", ""),
            ("New Zealand Firearms Licence", "Te Tari Pūreke - Firearms Safety Authority", "2021-03"),
            ("Outdoor First Aid", "St John New Zealand", "2025-04"),
        ],
        "edu": [("New Zealand Certificate in Conservation (Operations) (Level 4)", "Conservation", "Southern Institute of Technology", "2021")],
        "unq": {
            "summary": "Biodiversity field ranger with predator control and bird monitoring in Southland and Otago backcountry since 2025, after five years hosting walkers on the Milford Track; confident in remote multi-day trips, river crossings and helicopter operations.",
            "work": [
                ("Biodiversity Field Ranger", "Predator Free Rakiura / Southland Conservation Trust", "2025-01", "", [
                    "Service 1,400 DOC 200 and A24 traps and bait stations on 4-8 day backcountry trips, with helicopter drop-offs",
                    "Run five-minute bird counts, tracking tunnels and chew-card monitoring; enter data into the Trap.NZ database",
                    "Help train volunteer and iwi rangers in trap servicing and field safety",
                ]),
                ("Hut Warden / Visitor Centre Assistant", "Ultimate Hikes", "2019-10", "2024-12", [
                    "Hosted walkers on the Milford Track and maintained hut facilities",
                ]),
            ],
            "edu": [("New Zealand Certificate in Conservation (Operations) (Level 4)", "Conservation", "Southern Institute of Technology", "2024")],
        },
        "decisive": ("at least three years' field experience in predator control or biodiversity monitoring", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "animal_control_officer-fresh6-1",
        "occ": "animal_control_officer",
        "title": "Animal Control Officer II",
        "company": "Orange County Animal Services",
        "location": "Orlando, FL",
        "posting": """
Orange County Animal Services is seeking an Animal Control Officer II to respond to calls for service involving stray, dangerous, injured and at-large animals, investigate cruelty and bite cases, and enforce Chapter 5 of the Orange County Code and Florida Statutes Chapter 828.

ACO II positions are assigned to field units that carry chemical capture equipment and respond to loose livestock and aggressive large-breed dogs.

Minimum Qualifications
- High school diploma or equivalent and two (2) years of experience as an animal control officer
- Completion of the 40-hour Animal Control Officer minimum standards course required by F.S. 828.27
- Current Chemical Immobilization certification (16-hour course meeting F.S. 828.27), required at time of hire for this classification
- Valid Florida driver's license

Preferred: Euthanasia Technician certification; livestock handling experience; bilingual English/Spanish.

Salary $19.87-$28.14 hourly. Orange County is an Equal Opportunity Employer and a Drug-Free Workplace.
""",
        "name": "Derrick Fontenot",
        "label": "Animal Control Officer",
        "summary": "Animal control officer with five years of field work in Central Florida: strays, bite and cruelty investigations, livestock at large and court testimony. Certified in chemical immobilization.",
        "where": ("Kissimmee", "FL"),
        "work": [
            ("Animal Control Officer", "Osceola County Animal Services", "2021-09", "", [
                "Respond to 12-18 calls a shift: strays, injured animals, bites, cruelty complaints and livestock at large",
                "Dart and safely immobilize aggressive dogs and loose cattle with a Pneu-Dart projector; monitor recovery and transport",
                "Write case reports, issue citations and testify in county court",
            ]),
            ("Kennel Technician", "Humane Society of Central Florida", "2019-05", "2021-08", [
                "Cared for 80+ shelter animals, intake exams and behavior assessments",
            ]),
        ],
        "skills": {"Field": ["Animal capture", "Catch pole", "Chemical immobilization", "Livestock handling", "Bite investigations"], "Enforcement": ["Citations", "Case reports", "Court testimony", "F.S. Chapter 828"]},
        "certs": [
            ("Animal Control Officer Certification, 40-hour (F.S. 828.27)", "Florida Animal Control Association", "2021-11"),
            ("Chemical Immobilization Certification (16-hour)", "American Animal Cruelty Investigations School", "2023-04"),
            ("Florida Driver License, Class E", "Florida HSMV", ""),
        ],
        "edu": [("High School Diploma", "", "Osceola High School", "2018")],
        "unq": {
            "summary": "Animal control officer with five years of field work in Central Florida: strays, bite and cruelty investigations, livestock at large and court testimony.",
            "certs": [
                ("Animal Control Officer Certification, 40-hour (F.S. 828.27)", "Florida Animal Control Association", "2021-11"),
                ("Animal Cruelty Investigations, Level 1", "American Animal Cruelty Investigations School", "2023-04"),
                ("Florida Driver License, Class E", "Florida HSMV", ""),
            ],
            "skills": {"Field": ["Animal capture", "Catch pole", "Snappy snare", "Livestock handling", "Bite investigations"], "Enforcement": ["Citations", "Case reports", "Court testimony", "F.S. Chapter 828"]},
        },
        "swaps": [("Dart and safely immobilize aggressive dogs and loose cattle with a Pneu-Dart projector; monitor recovery and transport", "Contain aggressive dogs and loose cattle with catch poles, panels and traps until a darting-certified officer arrives")],
        "decisive": ("current Chemical Immobilization certification", ["Chemical Immobilization", "chemical capture", "immobilization"], "certificate"),
    },
    {
        "id": "animal_control_officer-fresh6-2",
        "occ": "animal_control_officer",
        "title": "Animal Services Officer - Bilingual (Spanish)",
        "company": "City of El Paso Animal Services",
        "location": "El Paso, TX",
        "posting": """
Animal Services Officer (Bilingual English/Spanish)

The City of El Paso Animal Services Department is hiring field officers for neighborhoods where most residents prefer to speak Spanish. Officers respond to stray and dangerous animal calls, educate pet owners on city ordinances, investigate bites and cruelty, pick up injured animals, and prepare reports and citations.

Requirements:
- High school diploma or GED, and one (1) year of experience handling animals (shelter, veterinary, kennel or animal control)
- Must be fully bilingual in English and Spanish, spoken and written; a bilingual proficiency test is part of the selection process
- Texas Animal Control Officer Basic certification (DSHS-approved course), or obtain within the first year of employment as state law requires
- Valid Texas Class C driver license
- Must be able to lift and carry animals up to 60 lbs

Starting pay $18.24/hour plus bilingual pay. The City of El Paso is an Equal Opportunity Employer.
""",
        "name": "Marisol Ochoa",
        "label": "Animal Control Officer",
        "summary": "Animal control officer with three years of field service in West Texas after two years as a veterinary assistant; holds the Texas ACO Basic certification and serves Spanish-speaking neighborhoods in their own language.",
        "where": ("El Paso", "TX"),
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "work": [
            ("Animal Control Officer", "City of Las Cruces / Doña Ana County Animal Control", "2023-10", "", [
                "Answer stray, bite, cruelty and dangerous-dog calls; educate owners on licensing and leash ordinances in Spanish and English",
                "Write bite and cruelty reports and issue citations; translate notices for Spanish-speaking residents",
            ]),
            ("Veterinary Assistant", "Sunland Park Animal Hospital", "2021-07", "2023-09", [
                "Restrained dogs and cats for exams and vaccinations; handled intake and client calls",
            ]),
        ],
        "skills": {"Field": ["Animal capture", "Bite investigations", "Cruelty investigations", "Ordinance education"], "Communication": ["Spanish-English interpretation", "Report writing", "Public education"]},
        "certs": [
            ("Texas Animal Control Officer Basic Certification", "Texas Department of State Health Services", "2024-05"),
            ("Texas Driver License, Class C", "Texas DPS", ""),
        ],
        "edu": [("High School Diploma", "", "Bel Air High School", "2020")],
        "unq": {
            "summary": "Animal control officer with three years of field service in West Texas after two years as a veterinary assistant; holds the Texas ACO Basic certification and communicates clearly with residents and pet owners.",
            "langs": [("English", "Native")],
            "work": [
                ("Animal Control Officer", "City of Las Cruces / Doña Ana County Animal Control", "2023-10", "", [
                    "Answer stray, bite, cruelty and dangerous-dog calls; educate owners on licensing and leash ordinances",
                    "Write bite and cruelty reports and issue citations; work with the department interpreter line for non-English speakers",
                ]),
                ("Veterinary Assistant", "Sunland Park Animal Hospital", "2021-07", "2023-09", [
                    "Restrained dogs and cats for exams and vaccinations; handled intake and client calls",
                ]),
            ],
            "skills": {"Field": ["Animal capture", "Bite investigations", "Cruelty investigations", "Ordinance education"], "Communication": ["Report writing", "Public education", "De-escalation"]},
        },
        "decisive": ("fully bilingual in English and Spanish", ["Spanish", "bilingual"], "language"),
    },
]
