"""fresh6 cases, services: interior designer, aquatic facility operator, dog groomer, hotel front office manager.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh6_sources_b.md.
"""
# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "interior_designer-fresh6-1",
        "occ": "interior_designer",
        "title": "Senior Interior Designer - Healthcare",
        "company": "Gensler",
        "location": "Miami, FL",
        "posting": """
Gensler's Miami studio is looking for a Senior Interior Designer to lead the interiors scope on outpatient and acute-care projects for health systems across South Florida. You will own space planning and finish selections from programming through construction administration, coordinate with architects and MEP engineers, and mentor two to three junior designers. Because our healthcare work requires signed and sealed interior design documents for permitting, this role requires an active Florida Registered Interior Designer license issued by the Florida Board of Architecture and Interior Design at the time of hire.

What you'll bring:
- Bachelor's degree from a CIDA-accredited interior design program
- 7+ years of commercial interior design experience, with healthcare or other code-heavy work
- NCIDQ Certification
- Active Florida Registered Interior Designer (ID) license
- Fluency in Revit; working knowledge of Bluebeam and Enscape
- Knowledge of FGI Guidelines, NFPA 101 Life Safety Code and ADA

Gensler offers comprehensive benefits, a hybrid schedule and paid professional development, including license renewal and CEUs. Salary range $92,000-$118,000. Gensler is an equal opportunity employer.
""",
        "name": "Adriana Castellanos",
        "label": "Senior Interior Designer, NCIDQ",
        "summary": "Registered interior designer with thirteen years in healthcare and corporate interiors in Houston and Miami; NCIDQ certified, licensed in Florida and Texas, and a Revit-first documenter of code-heavy projects.",
        "where": ("Miami", "FL"),
        "work": [
            ("Senior Interior Designer", "HKS Architects", "2021-05", "", [
                "Lead interiors on outpatient clinics and a 120-bed patient tower: space planning, finish and furniture selection, FGI and life-safety compliance",
                "Document interiors in Revit and sign and seal interior construction documents for permit",
                "Mentor three designers and run construction administration site walks",
            ]),
            ("Interior Designer", "Page Southerland Page", "2013-06", "2021-04", [
                "Designed corporate and higher-education interiors; produced Revit drawing sets and finish schedules",
                "Coordinated ADA and NFPA 101 egress reviews with the project architect",
            ]),
        ],
        "skills": {"Design": ["Healthcare interiors", "Space planning", "FGI Guidelines", "NFPA 101", "ADA"], "Software": ["Revit", "Bluebeam", "Enscape", "AutoCAD"]},
        "certs": [
            ("NCIDQ Certification", "Council for Interior Design Qualification (CIDQ)", "2016-11"),
            ("Florida Registered Interior Designer (ID license)", "Florida Board of Architecture and Interior Design", "2021-08"),
            ("Registered Interior Designer (RID), Texas", "Texas Board of Architectural Examiners", "2017-02"),
        ],
        "edu": [("Bachelor of Science", "Interior Design (CIDA-accredited)", "Texas Tech University", "2013")],
        "unq": {
            "summary": "Registered interior designer with thirteen years in healthcare and corporate interiors in Houston and Miami; NCIDQ certified, registered in Texas, and a Revit-first documenter of code-heavy projects.",
            "certs": [
                ("NCIDQ Certification", "Council for Interior Design Qualification (CIDQ)", "2016-11"),
                ("Registered Interior Designer (RID), Texas", "Texas Board of Architectural Examiners", "2017-02"),
            ],
        },
        "swaps": [("Document interiors in Revit and sign and seal interior construction documents for permit", "Document interiors in Revit; interior construction documents are sealed by the architect of record")],
        "decisive": ("active Florida Registered Interior Designer license", ["Florida", "Florida Registered Interior Designer"], "jurisdiction"),
    },
    {
        "id": "interior_designer-fresh6-2",
        "occ": "interior_designer",
        "title": "Interior Designer II - Workplace",
        "company": "IA Interior Architects",
        "location": "Chicago, IL",
        "posting": """
About the role
IA's Chicago office designs workplaces for professional services, tech and financial clients. As an Interior Designer II you'll work within a project team from test fits through CA, producing drawings, coordinating finishes and furniture, and presenting to clients alongside the project designer.

What you'll bring
- Bachelor's degree in Interior Design or Interior Architecture
- 3-6 years of experience on commercial workplace projects
- Revit proficiency is required: our documentation, families and schedules live entirely in Revit and we are not able to train from AutoCAD on this team
- Enscape or Twinmotion for visualization, Bluebeam for markups
- Knowledge of building codes, ADA and furniture specification
- NCIDQ (or progress toward it) is a plus

Benefits include medical, dental, vision, 401(k), paid exam fees and a hybrid schedule. The salary range for this position is $68,000-$82,000. IA is an Equal Opportunity Employer.
""",
        "name": "Hannah Oyelaran",
        "label": "Interior Designer - Workplace",
        "summary": "Workplace interior designer with five years on law-firm, tech and bank fit-outs; produces full construction document sets and presents finish and furniture packages to clients.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Interior Designer", "Eastlake Studio", "2023-02", "", [
                "Produce test fits, construction documents and finish schedules in Revit for 20,000-150,000 sq ft office fit-outs",
                "Build and maintain Revit families for casework and furniture; coordinate sheets with MEP consultants",
                "Render client presentations in Enscape; manage RFIs and submittal reviews in Bluebeam",
            ]),
            ("Junior Interior Designer", "Wright Heerema Architects", "2021-09", "2023-01", [
                "Drafted plans, elevations and finish plans in Revit; assembled sample boards and furniture specs",
            ]),
        ],
        "skills": {"Software": ["Revit", "Enscape", "Bluebeam", "SketchUp", "Adobe InDesign"], "Design": ["Test fits", "Construction documents", "Furniture specification", "ADA", "IBC"]},
        "certs": [
            ("NCIDQ IDFX exam (passed)", "CIDQ", "2022-04"),
            ("LEED Green Associate", "USGBC", "2023-06"),
        ],
        "edu": [("Bachelor of Fine Arts", "Interior Architecture", "School of the Art Institute of Chicago", "2021")],
        "unq": {
            "work": [
                ("Interior Designer", "Eastlake Studio", "2023-02", "", [
                    "Produce test fits, construction documents and finish schedules in AutoCAD for 20,000-150,000 sq ft office fit-outs",
                    "Maintain the office CAD block library for casework and furniture; coordinate sheets with MEP consultants",
                    "Model and render client presentations in SketchUp and Enscape; manage RFIs and submittal reviews in Bluebeam",
                ]),
                ("Junior Interior Designer", "Wright Heerema Architects", "2021-09", "2023-01", [
                    "Drafted plans, elevations and finish plans in AutoCAD; assembled sample boards and furniture specs",
                ]),
            ],
            "skills": {"Software": ["AutoCAD", "SketchUp", "Enscape", "Bluebeam", "Adobe InDesign"], "Design": ["Test fits", "Construction documents", "Furniture specification", "ADA", "IBC"]},
        },
        "decisive": ("Revit proficiency", ["Revit"], "tool"),
    },
    {
        "id": "aquatic_facility_operator-fresh6-1",
        "occ": "aquatic_facility_operator",
        "title": "Pool Operations Technician (Aquatic Facility Operator)",
        "company": "YMCA of Greater Seattle",
        "location": "Bellevue, WA",
        "posting": """
The Coal Creek Family YMCA is hiring a full-time Pool Operations Technician to keep our 8-lane competition pool, warm-water therapy pool and spa safe, clean and open.

Essential functions: test and record water chemistry every two hours, adjust chemical feed (sodium hypochlorite and CO2), backwash and maintain sand filters and UV systems, troubleshoot pumps and controllers, keep logs for King County public health inspections, and support the aquatics director with shutdown projects.

Qualifications
- Current Certified Pool & Spa Operator (CPO) certification from PHTA, or an Aquatic Facility Operator (AFO) certification, held at time of hire
- Two years of experience maintaining commercial pool mechanical systems
- Current CPR/AED and First Aid
- Ability to lift 50 lbs and work in chemical rooms with PPE
- Valid Washington driver's license

Pay: $25.50-$29.00/hour. Benefits include medical, dental, retirement contribution and a free family membership. The YMCA is an equal opportunity employer.
""",
        "name": "Kyle Brandvold",
        "label": "Aquatics Operations - Pool Technician",
        "summary": "Pool operations technician with five years running commercial pool plant at a recreation center and a hotel resort; Certified Pool & Spa Operator (CPO).",
        "where": ("Renton", "WA"),
        "work": [
            ("Aquatics Maintenance Technician", "City of Kirkland Parks & Community Services", "2022-03", "", [
                "Maintain water chemistry on a 6-lane lap pool, leisure pool and spa; calibrate BECSys controllers and chemical feed pumps",
                "Backwash sand filters, replace UV lamps and rebuild pump seals; keep daily chemical logs for health department inspections",
            ]),
            ("Pool Attendant / Lifeguard", "Suncadia Resort", "2019-05", "2022-02", [
                "Tested water every two hours and assisted the engineering team with filter and heater maintenance",
            ]),
        ],
        "skills": {"Pool operations": ["Water chemistry", "Chemical feed systems", "Sand filters", "UV systems", "BECSys controllers"], "Safety": ["Chemical handling", "PPE", "Lockout/tagout"]},
        "certs": [
            ("Certified Pool & Spa Operator (CPO)", "Pool & Hot Tub Alliance (PHTA)", "2022-01"),
            ("CPR/AED and First Aid", "American Red Cross", "2025-09"),
            ("Washington Driver's License", "Washington DOL", ""),
        ],
        "edu": [("High School Diploma", "", "Liberty High School", "2018")],
        "unq": {
            "summary": "Pool operations technician with five years keeping commercial pool plant running at a recreation center and a hotel resort; lifeguard instructor with strong water chemistry experience.",
            "certs": [
                ("Lifeguard Instructor", "American Red Cross", "2023-04"),
                ("CPR/AED and First Aid", "American Red Cross", "2025-09"),
                ("Washington Driver's License", "Washington DOL", ""),
            ],
        },
        "decisive": ("Certified Pool & Spa Operator (CPO) or AFO certification", ["CPO", "Certified Pool & Spa Operator", "AFO", "Aquatic Facility Operator certification"], "certificate"),
    },
    {
        "id": "aquatic_facility_operator-fresh6-2",
        "occ": "aquatic_facility_operator",
        "title": "Pool Plant Operator / Duty Manager",
        "company": "Everyone Active",
        "location": "Harrow, London, UK",
        "posting": """
Pool Plant Operator / Duty Manager - Harrow Leisure Centre
Permanent, 39 hours per week on a rota including evenings and weekends

You will take responsibility for the safe operation of our 25 m pool, learner pool and flume plant: water testing and balancing, chemical deliveries and storage, filter backwashing, plant room checks and the Normal Operating Procedure, as well as running shifts as duty manager.

Essential criteria
- A recognised pool plant operator qualification at Level 3 (for example the STA Level 3 Award in Pool Plant Operations, or equivalent)
- National Pool Lifeguard Qualification (NPLQ) or equivalent, in date
- First aid at work
- Experience supervising a team in a leisure setting

Desirable
- IOSH Managing Safely
- Experience of COSHH assessments and PWTAG guidance

Salary £28,500-£31,000 plus free gym membership, pension and training. Everyone Active is committed to safeguarding and equal opportunities; this role is subject to an enhanced DBS check.
""",
        "name": "Priya Chaudhry",
        "label": "Duty Manager & Pool Plant Operator",
        "summary": "Leisure duty manager with seven years in public pools; qualified pool plant operator (STA Level 3 Award in Pool Plant Operations) and NPLQ holder who runs plant rooms and shift teams.",
        "where": ("Wembley", "London"),
        "country": "GB",
        "work": [
            ("Duty Manager", "GLL (Better)", "2021-10", "", [
                "Run shifts of 8-12 staff across pool and dry side; responsible for the pool plant room on shift",
                "Test and balance water, manage sodium hypochlorite and acid deliveries and COSHH records, backwash filters per PWTAG guidance",
            ]),
            ("Senior Lifeguard", "Fusion Lifestyle", "2019-03", "2021-09", [
                "Led poolside teams, carried out water tests and helped with plant room checks",
            ]),
        ],
        "skills": {"Pool plant": ["Water testing", "Chemical dosing", "Backwashing", "COSHH", "PWTAG guidance", "NOP/EAP"], "Management": ["Shift rotas", "Staff supervision", "Incident reporting"]},
        "certs": [
            ("STA Level 3 Award in Pool Plant Operations", "Swimming Teachers' Association (STA)", "2021-05"),
            ("National Pool Lifeguard Qualification (NPLQ)", "RLSS UK", "2024-11"),
            ("First Aid at Work", "St John Ambulance", "2025-02"),
            ("IOSH Managing Safely", "IOSH", "2023-08"),
        ],
        "edu": [("BTEC National Extended Diploma", "Sport", "Harrow College", "2018")],
        "unq": {
            "label": "Duty Manager, leisure centre",
            "summary": "Leisure duty manager with seven years in public pools; holds the STA Level 2 Award in Swimming Pool Water Treatment and the NPLQ, runs shift teams and daily water testing.",
            "certs": [
                ("STA Level 2 Award in Swimming Pool Water Treatment", "Swimming Teachers' Association (STA)", "2021-05"),
                ("National Pool Lifeguard Qualification (NPLQ)", "RLSS UK", "2024-11"),
                ("First Aid at Work", "St John Ambulance", "2025-02"),
                ("IOSH Managing Safely", "IOSH", "2023-08"),
            ],
        },
        "swaps": [("responsible for the pool plant room on shift", "pool plant room is handed to the technical manager on shift")],
        "decisive": ("Level 3 pool plant operator qualification (STA Pool Plant Operations or equivalent)", ["Pool Plant Operations", "Level 3", "pool plant operator qualification"], "credential level"),
    },
    {
        "id": "dog_groomer-fresh6-1",
        "occ": "dog_groomer",
        "title": "Qualified Dog Groomer",
        "company": "Pets at Home (The Groom Room)",
        "location": "Stockport, Greater Manchester, UK",
        "posting": """
Qualified Dog Groomer - The Groom Room, Stockport
Full time, 37.5 hours across 5 days including alternate weekends

Our salon groomers are the heart of The Groom Room. You'll take dogs of every shape and coat from consultation to finish: bathing, drying, clipping, hand-stripping and scissoring to breed profile or the owner's style, while keeping every pet calm, safe and happy.

What you'll need:
- City & Guilds Level 3 Diploma in Dog Grooming (7863-03), or an equivalent Level 3 grooming qualification
- Confidence with hand-stripping, hand scissoring and breed-standard trims
- Great customer service and a real passion for animal welfare

What we offer: competitive pay plus grooming commission, 20% colleague discount, pension, paid CPD and a clear path to Salon Manager. We welcome applications from everyone.
""",
        "name": "Chloe Barraclough",
        "label": "Dog Groomer",
        "summary": "Qualified dog groomer (City & Guilds Level 3 Diploma in Dog Grooming) with six years in busy salons; confident on hand-stripping, scissor finishes and nervous dogs.",
        "where": ("Stockport", "Greater Manchester"),
        "country": "GB",
        "work": [
            ("Dog Groomer", "Scruffs to Fluffs Grooming Salon", "2021-03", "", [
                "Groom 6-8 dogs a day from consultation to finish: bath, dry, clip, hand-strip and scissor to breed profile or client style",
                "Hand-strip terriers and spaniels; scissor poodle and bichon finishes; handle anxious and elderly dogs with low-stress techniques",
            ]),
            ("Grooming Assistant", "Waggy Tails Pet Spa", "2019-06", "2021-02", [
                "Bathed, dried and prepped dogs for the senior groomer; trimmed nails and cleaned ears",
            ]),
        ],
        "skills": {"Grooming": ["Hand-stripping", "Hand scissoring", "Breed profiles", "Clipping", "Low-stress handling"], "Customer": ["Consultations", "Booking systems"]},
        "certs": [
            ("City & Guilds Level 2 Certificate for Dog Grooming Assistants (7763-02)", "City & Guilds", "2019-04"),
            ("City & Guilds Level 3 Diploma in Dog Grooming (7863-03)", "City & Guilds", "2021-01"),
            ("Canine First Aid", "Animal First Aid UK", "2024-03"),
        ],
        "edu": [],
        "unq": {
            "summary": "Dog groomer with six years in busy salons, qualified to City & Guilds Level 2 (Dog Grooming Assistants); confident on hand-stripping, scissor finishes and nervous dogs.",
            "certs": [
                ("City & Guilds Level 2 Certificate for Dog Grooming Assistants (7763-02)", "City & Guilds", "2019-04"),
                ("Canine First Aid", "Animal First Aid UK", "2024-03"),
            ],
        },
        "decisive": ("City & Guilds Level 3 Diploma in Dog Grooming or equivalent Level 3", ["Level 3", "Level 3 Diploma", "7863", "7863-03"], "credential level"),
    },
    {
        "id": "dog_groomer-fresh6-2",
        "occ": "dog_groomer",
        "title": "Dog Groomer (Experienced)",
        "company": "Petco",
        "location": "San Antonio, TX",
        "posting": """
Petco Grooming Salon - Experienced Dog Groomer

Must haves
- 2+ years of professional grooming experience as the groomer completing full haircuts (bathing-only experience does not count)
- Breed-standard and pet trims with clippers and shears, including doodles, poodles, schnauzers and cockers
- Safe handling of all temperaments and sizes; eye for pet health concerns (skin, ears, lumps)

Nice to haves
- Cat grooming
- Completed a grooming academy or certification (NDGAA, IPG)

You'll earn hourly pay plus commission on services, tips, and benefits including medical, 401(k) and a generous pet discount. Schedules include weekends. Petco is an equal opportunity employer.
""",
        "name": "Yesenia Carrillo",
        "label": "Professional Dog Groomer",
        "summary": "Professional dog groomer with nearly five years finishing full haircuts in high-volume salons; doodles, poodles and schnauzers are my favorite work.",
        "where": ("San Antonio", "TX"),
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "work": [
            ("Dog Groomer", "Woof Gang Bakery & Grooming", "2022-03", "", [
                "Complete 6-9 full grooms a day: breed-standard and pet trims with clippers and shears on doodles, poodles, schnauzers and cockers",
                "Flag skin, ear and lump concerns to owners; handle anxious and senior dogs with muzzles and cradling when needed",
                "Groom cats one day a week",
            ]),
            ("Bather", "PetSmart", "2020-11", "2022-02", [
                "Bathed, blow-dried and brushed out dogs; trimmed nails and cleaned ears",
            ]),
        ],
        "skills": {"Grooming": ["Breed-standard trims", "Scissoring", "Clipper work", "Doodle cuts", "Cat grooming"], "Handling": ["Low-stress handling", "Senior dogs", "Anxious dogs"]},
        "certs": [("Certificate of Completion, Professional Grooming Program", "Texas Academy of Dog Grooming", "2022-02")],
        "edu": [],
        "unq": {
            "summary": "Professional dog groomer in my first year finishing full haircuts, after five years of bathing and prep in high-volume salons; doodles, poodles and schnauzers are my favorite work.",
            "work": [
                ("Dog Groomer", "Woof Gang Bakery & Grooming", "2026-01", "", [
                    "Complete 5-7 full grooms a day: breed-standard and pet trims with clippers and shears on doodles, poodles, schnauzers and cockers",
                    "Flag skin, ear and lump concerns to owners; handle anxious and senior dogs with muzzles and cradling when needed",
                    "Groom cats one day a week",
                ]),
                ("Bather", "PetSmart", "2020-11", "2025-12", [
                    "Bathed, blow-dried and brushed out dogs; trimmed nails, cleaned ears and prepped dogs for the groomers",
                ]),
            ],
            "certs": [("Certificate of Completion, Professional Grooming Program", "Texas Academy of Dog Grooming", "2025-12")],
        },
        "decisive": ("2+ years as a groomer completing full haircuts", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "hotel_front_office_manager-fresh6-1",
        "occ": "hotel_front_office_manager",
        "title": "Front Office Manager",
        "company": "Fairmont The Queen Elizabeth",
        "location": "Montréal, QC, Canada",
        "posting": """
Fairmont The Queen Elizabeth, a 950-room landmark hotel in downtown Montréal, is looking for a Front Office Manager to lead our reception, concierge desk and guest relations team.

As Front Office Manager, you will lead a team of 40 colleagues across three shifts, oversee arrivals and departures for groups and conventions of up to 1,500 guests, manage room inventory with the reservations and revenue teams, resolve escalated guest concerns, and coach supervisors on service standards.

Your experience and skills:
- At least three years in a front office leadership role (assistant manager or above) in a full-service hotel of 300+ rooms
- Fluent in French and English, spoken and written. French is the language of work at our hotel, and our guests and group clients communicate with the front office in both languages, so this role requires full bilingualism
- Working knowledge of OPERA PMS
- Strong labour scheduling, forecasting and budgeting skills
- Diploma or degree in hospitality management is an asset

We offer an employee benefit card with discounted rates at Accor hotels worldwide, group insurance, a pension plan and paid meals on shift. Fairmont is committed to diversity and inclusion.
""",
        "name": "Émilie Gauthier-Roy",
        "label": "Front Office Manager",
        "summary": "Front office leader with nine years in large full-service hotels in Ottawa and Toronto, the last five managing reception and guest services teams of 30+; French mother tongue, fully bilingual.",
        "where": ("Gatineau", "QC"),
        "country": "CA",
        "langs": [("French", "Native"), ("English", "Full professional proficiency")],
        "work": [
            ("Front Office Manager", "Fairmont Château Laurier", "2022-04", "", [
                "Lead 35 colleagues in reception, concierge and guest relations at a 429-room heritage hotel; build weekly schedules to forecast",
                "Coordinate group arrivals and room blocks with reservations and revenue management in OPERA",
                "Raised guest satisfaction (Medallia) from 78 to 86 over two years through service coaching",
            ]),
            ("Assistant Front Office Manager", "Sheraton Centre Toronto Hotel", "2019-08", "2022-03", [
                "Supervised a 24/7 front desk at a 1,372-room convention hotel; handled escalations and night audit sign-off",
            ]),
            ("Front Desk Supervisor", "Westin Ottawa", "2017-05", "2019-07", [
                "Trained new agents and ran shift briefings",
            ]),
        ],
        "skills": {"Systems": ["OPERA PMS", "Medallia", "Delphi", "Microsoft Excel"], "Management": ["Scheduling", "Forecasting", "Budgeting", "Coaching"]},
        "certs": [],
        "edu": [("Diploma", "Hotel and Restaurant Management", "Algonquin College", "2017")],
        "unq": {
            "summary": "Front office leader with nine years in large full-service hotels in Ottawa and Toronto, the last five managing reception and guest services teams of 30+.",
            "where": ("Ottawa", "ON"),
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent French and English", ["French", "bilingual", "bilingualism"], "language"),
    },
    {
        "id": "hotel_front_office_manager-fresh6-2",
        "occ": "hotel_front_office_manager",
        "title": "Front Office Manager",
        "company": "The Langham, Sydney",
        "location": "Sydney, NSW, Australia",
        "posting": """
Front Office Manager - The Langham, Sydney (96 rooms and suites, The Rocks)

About the role
Reporting to the Director of Rooms, you will lead our front office, guest relations and concierge teams to deliver a personal, unhurried luxury experience. You'll own arrival and departure operations, VIP amenities, upselling, rostering under the Hospitality Industry (General) Award and the front office budget.

About you
- Minimum 2 years as Front Office Manager or Assistant Front Office Manager in a luxury hotel
- Strong, hands-on experience with Oracle OPERA Cloud (OPERA PMS): configuration of rate codes and packages, cashiering, end-of-day and reporting are essential, as you will be our OPERA super-user
- Excellent written and spoken English; a second language is welcome
- Full working rights in Australia

Benefits include duty meals, dry-cleaning of uniforms, Langham Hospitality Group room discounts worldwide, learning programs and an employee assistance program. The Langham is an equal opportunity employer.
""",
        "name": "Lachlan Whitford",
        "label": "Assistant Front Office Manager",
        "summary": "Luxury hotel front office leader with eight years in Sydney and Melbourne five-star properties; OPERA Cloud super-user. Australian citizen.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Assistant Front Office Manager", "Park Hyatt Sydney", "2022-07", "", [
                "Run front office and concierge shifts for a 155-room luxury hotel; plan VIP arrivals and amenities",
                "OPERA Cloud super-user: build rate codes and packages, fix cashiering and end-of-day issues, write custom reports",
                "Roster 22 staff under the Hospitality Award and track labour cost against budget",
            ]),
            ("Guest Relations Manager", "The Westin Melbourne", "2019-02", "2022-06", [
                "Handled VIP and loyalty guests, complaints and recovery; upsold room categories at check-in",
            ]),
            ("Front Desk Agent", "Crown Towers Melbourne", "2017-01", "2019-01", [
                "Check-in, check-out and cashiering in OPERA PMS",
            ]),
        ],
        "skills": {"Systems": ["Oracle OPERA Cloud", "OPERA PMS (V5)", "Deputy rostering", "Revinate"], "Front office": ["VIP arrivals", "Upselling", "Rostering", "Budget control"]},
        "certs": [],
        "edu": [("Bachelor of Business", "Hospitality Management", "William Angliss Institute", "2016")],
        "unq": {
            "summary": "Luxury hotel front office leader with eight years in Sydney and Melbourne five-star properties; Mews and Cloudbeds super-user. Australian citizen.",
            "work": [
                ("Assistant Front Office Manager", "Ovolo Woolloomooloo", "2022-07", "", [
                    "Run front office and concierge shifts for a 100-room luxury hotel; plan VIP arrivals and amenities",
                    "Mews PMS super-user: build rate plans and packages, fix billing and end-of-day issues, build custom reports",
                    "Roster 22 staff under the Hospitality Award and track labour cost against budget",
                ]),
                ("Guest Relations Manager", "QT Melbourne", "2019-02", "2022-06", [
                    "Handled VIP and loyalty guests, complaints and recovery; upsold room categories at check-in",
                ]),
                ("Front Desk Agent", "Adelphi Hotel Melbourne", "2017-01", "2019-01", [
                    "Check-in, check-out and cashiering in Cloudbeds",
                ]),
            ],
            "skills": {"Systems": ["Mews", "Cloudbeds", "Deputy rostering", "Revinate"], "Front office": ["VIP arrivals", "Upselling", "Rostering", "Budget control"]},
        },
        "decisive": ("hands-on Oracle OPERA Cloud experience", ["OPERA", "OPERA Cloud", "OPERA PMS"], "tool"),
    },
]
