"""Fresh5 half, education: driving_instructor, flight_instructor, paraeducator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "driving_instructor-fresh5-1",
        "occ": "driving_instructor",
        "title": "Driving Instructor (Franchise) - Fully Qualified ADI",
        "company": "RED Driving School",
        "location": "Leeds, West Yorkshire, United Kingdom",
        "posting": """
Are you a fully qualified Approved Driving Instructor looking for a steady flow of pupils around Leeds?

RED Driving School is offering franchises to DVSA-approved instructors (green badge). Please note this opportunity is for qualified ADIs only - trainees on a pink PDI licence should ask about our instructor training programme instead.

What you get
- A new dual-controlled car, fully insured and maintained
- A constant supply of pupils from our national booking centre
- App-based diary, payments and pupil progress tracking
- Ongoing CPD and standards check preparation

What we need from you
- ADI registration with the DVSA (car)
- Full UK driving licence with no more than 3 penalty points
- Enhanced DBS (we can arrange)
- Patience, professionalism and a passion for road safety

Flexible hours - you choose when you work.
""",
        "name": "Gareth Pennington",
        "label": "Driving Instructor",
        "summary": "Driving instructor in Leeds with four years teaching learners from first lesson to test pass, including nervous drivers, intensive courses and motorway lessons; first-time pass rate above the national average.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Driving Instructor", "Self-employed (Pennington Driving Tuition)", "2023-05", "", [
                "Teach 30-35 hours of lessons a week in a dual-controlled car; learners of all ages including nervous drivers",
                "Plan client-centred lessons and mock tests; 58% first-time pass rate in 2025",
                "Standards check completed with a Grade A result",
            ]),
            ("Driving Instructor", "BSM (British School of Motoring)", "2022-06", "2023-04", [
                "Delivered franchise lessons and intensive courses; pupils booked through the national centre",
            ]),
            ("Delivery Driver", "Royal Mail", "2016-03", "2022-05", [
                "Multi-drop delivery driving in Leeds and Bradford with a clean record",
            ]),
        ],
        "skills": {"Instruction": ["Client-centred learning", "Lesson planning", "Mock tests", "Nervous drivers", "Motorway lessons"], "Other": ["Route planning", "Dual controls"]},
        "certs": [
            ("Approved Driving Instructor (ADI) - Car", "Driver and Vehicle Standards Agency (DVSA)", "2022-05"),
            ("Full UK Driving Licence (Category B), clean", "DVLA", "2010-08"),
            ("Enhanced DBS Certificate", "Disclosure and Barring Service", "2024-01"),
        ],
        "edu": [("BTEC Extended Diploma", "Business", "Leeds City College", "2012")],
        "unq": {
            "label": "Trainee Driving Instructor",
            "summary": "Trainee driving instructor in Leeds teaching learners from first lesson to test pass on a trainee licence, including nervous drivers and motorway lessons; preparing for the instructional ability test.",
            "work": [
                ("Trainee Driving Instructor", "BSM (British School of Motoring)", "2026-05", "", [
                    "Teach 25-30 hours of lessons a week in a dual-controlled car under the school's trainee licence scheme",
                    "Plan client-centred lessons and mock tests with supervision from my trainer",
                ]),
                ("Delivery Driver", "Royal Mail", "2016-03", "2026-04", [
                    "Multi-drop delivery driving in Leeds and Bradford with a clean record",
                ]),
            ],
            "certs": [
                ("Trainee Driving Instructor Licence (pink licence) - Parts 1 and 2 passed", "Driver and Vehicle Standards Agency (DVSA)", "2026-05"),
                ("Full UK Driving Licence (Category B), clean", "DVLA", "2010-08"),
                ("Enhanced DBS Certificate", "Disclosure and Barring Service", "2026-02"),
            ],
        },
        "decisive": ("Fully qualified DVSA Approved Driving Instructor (ADI)", ["ADI", "Approved Driving Instructor", "green badge"], "licence level"),
    },
    {
        "id": "driving_instructor-fresh5-2",
        "occ": "driving_instructor",
        "title": "CDL Instructor",
        "company": "Roadmaster Drivers School",
        "location": "Dallas, TX",
        "posting": """
CDL Instructor - Class A (range + road)

Teach the next generation of professional truck drivers! Roadmaster is hiring CDL Instructors for our Dallas campus. Instruct students in pre-trip inspection, basic control skills on the range (straight line backing, offset, alley dock) and on-road driving, following the FMCSA Entry-Level Driver Training (ELDT) curriculum.

Requirements
* Valid Class A CDL with a safe driving record (no DUIs / serious violations in the past 5 years)
* Minimum 2 years of verifiable Class A tractor-trailer driving experience
* Current DOT medical card
* Able to climb in and out of trucks and work outdoors in all weather
* Patience and good communication skills - previous training or mentoring experience a plus

Full benefits, paid holidays, no overnights - home every night. Must pass a DOT drug screen and MVR check. EOE.
""",
        "name": "Curtis Delacroix",
        "label": "CDL Class A Driver / Driver Trainer",
        "summary": "Class A CDL driver with four years of regional tractor-trailer driving and earlier Class B route experience; mentors new drivers and knows the pre-trip and backing maneuvers inside out.",
        "where": ("Mesquite", "TX"),
        "work": [
            ("Regional Driver / Driver Mentor", "Werner Enterprises", "2023-01", "", [
                "Drive dry van tractor-trailer loads across Texas, Oklahoma and Louisiana; 400,000+ accident-free miles",
                "Mentor newly licensed drivers on pre-trip inspections, backing and trip planning",
            ]),
            ("Route Driver (Class B)", "Sysco", "2019-03", "2022-12", [
                "Delivered food service products on a straight truck to restaurants in the Dallas metro",
                "Performed daily pre- and post-trip inspections and DOT paperwork",
            ]),
        ],
        "skills": {"Driving": ["Tractor-trailer operation", "Pre-trip inspection", "Backing maneuvers", "Trip planning", "Hours of service (ELD)"], "Training": ["Driver mentoring", "ELDT curriculum"]},
        "certs": [
            ("Commercial Driver License, Class A (Tanker and Doubles/Triples endorsements)", "Texas Department of Public Safety", "2022-11"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2026-02"),
        ],
        "edu": [("High School Diploma", "", "North Mesquite High School", "2016")],
        "unq": {
            "summary": "Class A CDL driver running regional tractor-trailer loads after several years of Class B route driving; mentors new drivers and knows the pre-trip and backing maneuvers inside out.",
            "work": [
                ("Regional Driver / Driver Mentor", "Werner Enterprises", "2025-10", "", [
                    "Drive dry van tractor-trailer loads across Texas, Oklahoma and Louisiana accident-free",
                    "Mentor newly licensed drivers on pre-trip inspections, backing and trip planning",
                ]),
                ("Route Driver (Class B)", "Sysco", "2019-03", "2025-09", [
                    "Delivered food service products on a straight truck to restaurants in the Dallas metro",
                    "Performed daily pre- and post-trip inspections and DOT paperwork",
                ]),
            ],
            "certs": [
                ("Commercial Driver License, Class A (Tanker and Doubles/Triples endorsements)", "Texas Department of Public Safety", "2025-08"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2026-02"),
            ],
        },
        "decisive": ("Minimum 2 years of Class A tractor-trailer driving", ["years", "yrs"], "years"),
    },
    {
        "id": "flight_instructor-fresh5-1",
        "occ": "flight_instructor",
        "title": "Flight Instructor (CFII)",
        "company": "Phoenix East Aviation",
        "location": "Daytona Beach, FL",
        "posting": """
Phoenix East Aviation is hiring full-time Flight Instructors for our Part 141 / Part 61 academy.

Minimum requirements:
- FAA Commercial Pilot certificate with Instrument Airplane rating
- FAA Flight Instructor certificate with Airplane Single-Engine AND Instrument Airplane ratings (CFI + CFII)
- Current FAA second-class medical certificate (or higher)
- English proficient; eligible to work in the US
- 300 hours total time

Preferred: MEI, Part 141 experience, experience teaching international students.

Instructors fly Cessna 172S and Piper Seminole aircraft and build time toward ATP minimums. Competitive hourly pay, block-time guarantees and airline pathway partnerships. Applicants must pass a TSA background check and a pre-employment drug test.
""",
        "name": "Nathaniel Osei",
        "label": "Certified Flight Instructor - Instrument (CFII)",
        "summary": "Flight instructor with 1,100 hours total time and 650 dual given, teaching private, instrument and commercial students under Parts 61 and 141. U.S. citizen.",
        "where": ("Daytona Beach", "FL"),
        "work": [
            ("Flight Instructor", "Epic Flight Academy", "2024-08", "", [
                "Teach private, instrument and commercial students in Cessna 172 and Piper Archer aircraft under a Part 141 syllabus",
                "Provide instrument instruction for IFR approaches, holds and partial-panel work; 92% first-time checkride pass rate",
                "Stage check instructor for instrument stage 2",
            ]),
            ("Line Service Technician", "Sheltair Aviation", "2022-05", "2024-07", [
                "Fueled and towed aircraft; built flight time toward commercial certificate",
            ]),
        ],
        "skills": {"Aviation": ["Primary flight instruction", "Instrument instruction", "IFR procedures", "Ground school", "Part 141 syllabi"], "Aircraft": ["Cessna 172S", "Piper PA-28", "Garmin G1000"]},
        "certs": [
            ("Commercial Pilot Certificate - Airplane Single-Engine Land, Instrument Airplane", "Federal Aviation Administration", "2024-01"),
            ("Flight Instructor Certificate - Airplane Single-Engine, Instrument Airplane (CFI, CFII)", "Federal Aviation Administration", "2024-07"),
            ("Second-Class Medical Certificate", "Federal Aviation Administration (AME)", "2026-03"),
        ],
        "edu": [("B.S.", "Aeronautical Science", "Embry-Riddle Aeronautical University", "2024")],
        "unq": {
            "label": "Certified Flight Instructor (CFI)",
            "summary": "Flight instructor with 1,100 hours total time and 650 dual given, teaching private and commercial students under Parts 61 and 141. U.S. citizen.",
            "work": [
                ("Flight Instructor", "Epic Flight Academy", "2024-08", "", [
                    "Teach private and commercial students in Cessna 172 and Piper Archer aircraft under a Part 141 syllabus",
                    "Teach the three hours of basic attitude instrument flying required for the private certificate; 92% first-time checkride pass rate",
                    "Stage check instructor for private pilot stage 2",
                ]),
                ("Line Service Technician", "Sheltair Aviation", "2022-05", "2024-07", [
                    "Fueled and towed aircraft; built flight time toward commercial certificate",
                ]),
            ],
            "skills": {"Aviation": ["Primary flight instruction", "Commercial maneuvers", "Ground school", "Part 141 syllabi"], "Aircraft": ["Cessna 172S", "Piper PA-28", "Garmin G1000"]},
            "certs": [
                ("Commercial Pilot Certificate - Airplane Single-Engine Land, Instrument Airplane", "Federal Aviation Administration", "2024-01"),
                ("Flight Instructor Certificate - Airplane Single-Engine (CFI)", "Federal Aviation Administration", "2024-07"),
                ("Second-Class Medical Certificate", "Federal Aviation Administration (AME)", "2026-03"),
            ],
        },
        "decisive": ("CFII (instrument rating on the flight instructor certificate)", ["CFII", "CFI-I", "Instrument Instructor"], "endorsement"),
    },
    {
        "id": "flight_instructor-fresh5-2",
        "occ": "flight_instructor",
        "title": "Grade 2 Flight Instructor",
        "company": "Flight Training Adelaide",
        "location": "Parafield Airport, SA, Australia",
        "posting": """
Grade 2 Flight Instructor - Parafield

Flight Training Adelaide trains cadets for airline partners in Australia and Asia. We're looking for instructors to deliver CPL and MECIR training on our modern fleet of Diamond DA40 NG and DA42 aircraft, all fitted with Garmin G1000 glass cockpits.

Essential
- Commercial Pilot Licence (Aeroplane) with a Part 61 flight instructor rating holding a Grade 2 training endorsement (or Grade 1)
- Single-engine and multi-engine class ratings, instrument rating
- Current Class 1 medical certificate
- Recent Garmin G1000 experience (minimum 50 hours on glass cockpit aircraft)
- Aviation Security Identification Card (ASIC) or ability to obtain
- Full working rights in Australia

Desirable: Part 141/142 operator experience, airline cadet training background, FIR or instrument flight instructor endorsements.

Salary package with super, relocation assistance available. We are an equal opportunity employer.
""",
        "name": "Isla Macpherson",
        "label": "Flight Instructor (Grade 2)",
        "summary": "Grade 2 flight instructor with 1,400 hours, training cadets through RPL, PPL and CPL on glass-cockpit Diamonds at a Part 141/142 operator. Australian citizen.",
        "where": ("Salisbury", "SA"),
        "country": "AU",
        "work": [
            ("Flight Instructor - Grade 2", "Airways Aviation Australia", "2023-07", "", [
                "Deliver PPL and CPL flying and briefings to airline cadets on Diamond DA40 NG aircraft with Garmin G1000 avionics",
                "Supervise solo navigation exercises and conduct progress tests",
                "Teach glass cockpit management and automation in the simulator and aeroplane",
            ]),
            ("Flight Instructor - Grade 3", "Adelaide Biplanes & Flight Training", "2022-02", "2023-06", [
                "Taught ab-initio students on Cessna 172 aircraft under supervision of a Grade 1 instructor",
            ]),
        ],
        "skills": {"Instruction": ["Ab-initio training", "CPL training", "Navigation exercises", "Briefing delivery"], "Avionics": ["Garmin G1000 NXi", "Glass cockpit", "Autopilot management"]},
        "certs": [
            ("Commercial Pilot Licence (Aeroplane) - single-engine and multi-engine aeroplane class ratings", "Civil Aviation Safety Authority (CASA)", "2021-06"),
            ("Flight Instructor Rating - Grade 2 training endorsement", "CASA", "2023-06"),
            ("Multi-Engine Command Instrument Rating (MECIR)", "CASA", "2021-11"),
            ("Class 1 Medical Certificate", "CASA", "2026-05"),
            ("Aviation Security Identification Card (ASIC)", "AusCheck", "2025-02"),
        ],
        "edu": [("Diploma of Aviation", "Commercial Pilot Licence - Aeroplane", "University of South Australia", "2021")],
        "unq": {
            "summary": "Grade 2 flight instructor with 1,400 hours, training students through RPL, PPL and CPL on Cessna and Piper aircraft at a Part 141 operator. Australian citizen.",
            "work": [
                ("Flight Instructor - Grade 2", "Aeroclub of South Australia", "2023-07", "", [
                    "Deliver PPL and CPL flying and briefings on Cessna 172 and Piper Warrior aircraft with analogue six-pack instruments",
                    "Supervise solo navigation exercises and conduct progress tests",
                    "Teach radio navigation with VOR and ADF in the aeroplane",
                ]),
                ("Flight Instructor - Grade 3", "Adelaide Biplanes & Flight Training", "2022-02", "2023-06", [
                    "Taught ab-initio students on Cessna 172 aircraft under supervision of a Grade 1 instructor",
                ]),
            ],
            "skills": {"Instruction": ["Ab-initio training", "CPL training", "Navigation exercises", "Briefing delivery"], "Avionics": ["Analogue instruments", "VOR/ADF navigation", "Garmin GNS 430"]},
        },
        "decisive": ("Garmin G1000 glass cockpit experience", ["G1000", "glass cockpit"], "tool"),
    },
    {
        "id": "paraeducator-fresh5-1",
        "occ": "paraeducator",
        "title": "Paraprofessional - Title I Reading Support",
        "company": "Gwinnett County Public Schools",
        "location": "Lawrenceville, GA",
        "posting": """
Position: Paraprofessional, Instructional (Title I) - Elementary
Work days: 190; 7 hours/day

Assists the classroom teacher with small-group reading and math instruction, progress monitoring, and classroom routines for K-5 students in a Title I school.

Qualifications:
- High school diploma or GED
- Must hold a valid Georgia Professional Standards Commission (GaPSC) Paraprofessional certificate, or be eligible for one by (a) holding an associate degree or higher, (b) completing two years (60 semester hours) of college, or (c) passing the GACE Paraprofessional Assessment
- Experience working with children preferred
- Ability to lift and carry up to 25 lbs and to supervise students at recess and bus duty

Salary per GCPS paraprofessional schedule. Fingerprinting and background check required. GCPS does not discriminate on the basis of race, color, religion, national origin, sex, disability or age.
""",
        "name": "Yesenia Calderón",
        "label": "Instructional Paraprofessional",
        "summary": "Instructional paraprofessional with four years supporting small-group reading and math in Title I elementary classrooms; progress monitoring and classroom routines.",
        "where": ("Lawrenceville", "GA"),
        "work": [
            ("Instructional Paraprofessional", "DeKalb County School District", "2022-08", "", [
                "Lead small-group guided reading and phonics interventions for K-2 students using the teacher's lesson plans",
                "Record DIBELS progress-monitoring probes and update the data wall",
                "Support classroom routines, transitions, lunch and bus duty",
            ]),
            ("Assistant Teacher", "KinderCare Learning Centers", "2020-06", "2022-07", [
                "Co-taught a pre-K classroom of 20 children following the Georgia Pre-K content standards",
            ]),
        ],
        "skills": {"Instruction": ["Small-group reading", "Phonics intervention", "Progress monitoring", "Classroom management"], "Languages": ["Spanish"]},
        "certs": [
            ("Paraprofessional Certificate", "Georgia Professional Standards Commission (GaPSC)", "2022-09"),
            ("GACE Paraprofessional Assessment - Passed", "Georgia Assessments for the Certification of Educators / ETS", "2022-07"),
            ("CPR and First Aid", "American Red Cross", "2025-08"),
        ],
        "edu": [("High School Diploma", "", "Central Gwinnett High School", "2019")],
        "langs": [("English", "Fluent"), ("Spanish", "Native")],
        "unq": {
            "label": "Classroom Aide",
            "summary": "Classroom aide with four years supporting small-group reading and math in elementary and pre-K classrooms; progress monitoring and classroom routines.",
            "work": [
                ("Classroom Aide (Non-instructional)", "DeKalb County School District", "2022-08", "", [
                    "Support small-group guided reading and phonics practice for K-2 students under the teacher's direction",
                    "Record DIBELS progress-monitoring probes and update the data wall",
                    "Support classroom routines, transitions, lunch and bus duty",
                ]),
                ("Assistant Teacher", "KinderCare Learning Centers", "2020-06", "2022-07", [
                    "Co-taught a pre-K classroom of 20 children following the Georgia Pre-K content standards",
                ]),
            ],
            "certs": [
                ("CPR and First Aid", "American Red Cross", "2025-08"),
                ("Child Development Associate (CDA) Credential - in progress", "Council for Professional Recognition", ""),
            ],
            "edu": [
                ("High School Diploma", "", "Central Gwinnett High School", "2019"),
                ("Coursework (15 credit hours)", "Early Childhood Care and Education", "Georgia Piedmont Technical College", "2021"),
            ],
        },
        "decisive": ("GaPSC Paraprofessional certificate (or associate degree / 60 semester hours / GACE Paraprofessional Assessment)", ["GaPSC", "Paraprofessional certificate", "GACE", "associate degree", "60 semester hours"], "certificate"),
    },
    {
        "id": "paraeducator-fresh5-2",
        "occ": "paraeducator",
        "title": "Paraeducator - Special Education (Life Skills)",
        "company": "Tacoma Public Schools",
        "location": "Tacoma, WA",
        "posting": """
Paraeducator - Special Education, Life Skills classroom (middle school)

Support students with significant cognitive and developmental disabilities under the direction of the special education teacher: implement IEP goals and behavior intervention plans, collect data, assist with personal care (toileting, feeding, lifting/transfers), and support inclusion in general education classes.

Minimum qualifications
- High school diploma or equivalent
- Meet ESSA paraeducator requirements: AA degree or higher, 72 quarter credits, passing ParaPro score, or a registered apprenticeship
- At least two years of paid experience working with children or youth with disabilities (school, ABA, residential or community settings)
- Complete Washington's Fundamental Course of Study (FCS) within the timeline set by the Paraeducator Board (if not already completed)

Preferred: Right Response or CPI (de-escalation) training; experience with AAC devices.

This position requires the ability to lift 50 lbs with assistance. Conditional offers are subject to fingerprint/background clearance. Tacoma Public Schools is an equal opportunity employer.
""",
        "name": "Corbin Alvarado-Lind",
        "label": "Special Education Paraeducator",
        "summary": "Special education paraeducator with nearly five years supporting students with autism and developmental disabilities in school and ABA settings; IEP goal data, behavior plans, personal care and AAC.",
        "where": ("Lakewood", "WA"),
        "work": [
            ("Paraeducator - Special Education", "Clover Park School District", "2023-08", "", [
                "Implement IEP goals and behavior intervention plans for 10 students in an intensive support classroom",
                "Collect trial-by-trial data and ABC data; support students using AAC devices (TouchChat, PECS)",
                "Assist with toileting, feeding and transfers; accompany students to inclusion classes",
            ]),
            ("Registered Behavior Technician", "Catalyst Behavior Solutions", "2022-01", "2023-06", [
                "Delivered one-to-one ABA therapy to children with autism in home and clinic settings",
                "Ran discrete trial and natural environment teaching programs written by the BCBA",
            ]),
        ],
        "skills": {"Special education": ["IEP implementation", "Behavior intervention plans", "Data collection", "AAC", "Personal care"], "Training": ["Right Response", "ABA"]},
        "certs": [
            ("Paraeducator Fundamental Course of Study (FCS) - completed", "Washington Professional Educator Standards Board / Paraeducator Board", "2024-02"),
            ("Registered Behavior Technician (RBT)", "Behavior Analyst Certification Board", "2022-02"),
            ("Right Response Level 1", "Right Response", "2024-09"),
        ],
        "edu": [("Associate of Arts (AA-DTA)", "General Studies", "Pierce College", "2021")],
        "unq": {
            "summary": "Special education paraeducator supporting students with autism and developmental disabilities after several years leading before- and after-school programs; IEP goal data, behavior plans, personal care and AAC.",
            "work": [
                ("Paraeducator - Special Education", "Clover Park School District", "2025-10", "", [
                    "Implement IEP goals and behavior intervention plans for 10 students in an intensive support classroom",
                    "Collect trial-by-trial data and ABC data; support students using AAC devices (TouchChat, PECS)",
                    "Assist with toileting, feeding and transfers; accompany students to inclusion classes",
                ]),
                ("Site Leader, Before and After School Program", "YMCA of Pierce and Kitsap Counties", "2021-09", "2025-09", [
                    "Ran daily enrichment, homework help and recreation for 40 elementary students",
                    "Scheduled staff and communicated with families and school front offices",
                ]),
            ],
            "certs": [
                ("Paraeducator Fundamental Course of Study (FCS) - completed", "Washington Professional Educator Standards Board / Paraeducator Board", "2026-02"),
                ("Right Response Level 1", "Right Response", "2025-10"),
            ],
        },
        "decisive": ("Two years of experience working with children with disabilities", ["years", "yrs"], "years"),
    },
]
# fmt: on
