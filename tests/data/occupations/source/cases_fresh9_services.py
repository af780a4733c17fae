"""Fresh9 set, services: yoga instructor, baker, executive housekeeper."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "yoga_instructor-fresh9-1",
        "occ": "yoga_instructor",
        "title": "Lead Yoga Teacher & Teacher-Training Faculty",
        "company": "Flatirons Yoga Collective",
        "location": "Boulder, CO",
        "posting": """
Flatirons Yoga Collective is a community studio with two locations in Boulder and a Yoga Alliance Registered Yoga School (RYS 200 and RYS 300). We're hiring a Lead Teacher who will teach public classes and co-lead our 200-hour teacher training.

What you'll do:
- Teach 8-10 public classes per week (vinyasa, slow flow, yin)
- Co-lead two 200-hour teacher trainings per year: asana lab, sequencing, teaching methodology
- Mentor newly graduated teachers and observe their classes
- Help shape curriculum and workshops

What we're looking for:
- RYT-500 with Yoga Alliance (E-RYT 500 preferred) - required to lead in our trainings
- Several years of consistent public teaching and some experience in teacher training
- Current CPR/First Aid certification
- Warm, inclusive teaching voice; trauma-informed language

Pay: $45-$60 per class plus a training stipend, free unlimited classes, continuing-education budget. Flatirons Yoga Collective is an equal opportunity employer.
""",
        "name": "Lauren Whitaker",
        "label": "Vinyasa & Yin Teacher, Teacher Trainer",
        "summary": "Yoga teacher since 2017 with about 4,000 teaching hours; vinyasa, slow flow and yin, plus four years co-leading 200-hour trainings.",
        "where": ("Denver", "CO"),
        "country": "US",
        "work": [
            ("Senior Teacher & Training Faculty", "Mile High Yoga Loft", "2021-08", "", [
                "Teach nine public vinyasa, slow-flow and yin classes a week to groups of 15-40",
                "Co-lead the studio's 200-hour teacher training: sequencing, asana lab and teaching methodology",
                "Mentor new graduates through observed classes and feedback sessions",
            ]),
            ("Yoga Teacher", "CorePower Yoga (Denver Tech Center)", "2017-09", "2021-07", [
                "Taught heated vinyasa and sculpt classes; subbed across four Denver studios",
            ]),
        ],
        "skills": {"Teaching": ["Vinyasa", "Slow flow", "Yin", "Sequencing", "Trauma-informed cueing", "Teacher mentoring"]},
        "certs": [
            ("E-RYT 500 (Experienced Registered Yoga Teacher, 500 hour)", "Yoga Alliance", "2023-05"),
            ("YACEP (Yoga Alliance Continuing Education Provider)", "Yoga Alliance", "2023-05"),
            ("Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "2025-09"),
        ],
        "edu": [
            ("300-hour Advanced Yoga Teacher Training", "Yoga", "Kindness Yoga School", "2020"),
            ("200-hour Yoga Teacher Training", "Yoga", "CorePower Yoga", "2017"),
            ("Bachelor of Arts", "Kinesiology", "University of Northern Colorado", "2015"),
        ],
        "unq": {
            "certs": [
                ("E-RYT 200 (Experienced Registered Yoga Teacher, 200 hour)", "Yoga Alliance", "2019-10"),
                ("YACEP (Yoga Alliance Continuing Education Provider)", "Yoga Alliance", "2023-05"),
                ("Adult and Pediatric First Aid/CPR/AED", "American Red Cross", "2025-09"),
            ],
            "edu": [
                ("200-hour Yoga Teacher Training", "Yoga", "CorePower Yoga", "2017"),
                ("Bachelor of Arts", "Kinesiology", "University of Northern Colorado", "2015"),
            ],
        },
        "swaps": [],
        "decisive": ("Yoga Alliance RYT-500 (E-RYT 500)", ["RYT-500", "RYT 500", "E-RYT 500", "500-hour", "500 hour"], "credential level"),
    },
    {
        "id": "yoga_instructor-fresh9-2",
        "occ": "yoga_instructor",
        "title": "Yoga Instructor - Part Time (Mornings & Evenings)",
        "company": "Kowhai Wellness Studio",
        "location": "Wellington, New Zealand",
        "posting": """
Kowhai Wellness Studio in Te Aro is looking for a part-time yoga instructor to take over six regular classes a week (hatha, gentle flow and a Saturday beginners' course).

Must have:
- 200-hour teacher training (Yoga Alliance RYT 200 or Yoga New Zealand registered teacher)
- Current first aid certificate (NZQA unit standards 6401 and 6402, or equivalent) - we cannot roster you without it
- At least one year of regular group teaching
- Right to work in New Zealand

Nice to have:
- Pregnancy yoga or restorative training
- Te reo Maori for class openings

$38-$45 per hour, free classes, a supportive small team and a beautiful light-filled studio.
""",
        "name": "Isla Fairbrother",
        "label": "Hatha & Gentle Flow Teacher",
        "summary": "Wellington yoga teacher for four years; hatha, gentle flow and beginners' courses, with extra training in restorative and pregnancy yoga. New Zealand citizen.",
        "where": ("Wellington", "Wellington"),
        "country": "NZ",
        "work": [
            ("Yoga Teacher (contract)", "Oriental Bay Yoga", "2022-11", "", [
                "Teach five hatha and gentle-flow classes a week to mixed-level groups of up to 25",
                "Run a four-week beginners' course each term and a monthly restorative workshop",
            ]),
            ("Community Yoga Teacher", "Newtown Community Centre", "2022-03", "2022-10", [
                "Weekly donation-based gentle yoga class for older adults",
            ]),
        ],
        "skills": {"Teaching": ["Hatha", "Gentle flow", "Restorative", "Pregnancy yoga", "Beginners' courses"]},
        "certs": [
            ("Registered Yoga Teacher (RYT 200)", "Yoga Alliance", "2022-02"),
            ("Comprehensive First Aid (NZQA unit standards 6400, 6401, 6402)", "St John New Zealand", "2025-10"),
            ("Prenatal Yoga Teacher Training (85 hours)", "Yoga Lounge Wellington", "2024-05"),
        ],
        "edu": [("Bachelor of Arts", "Psychology", "Victoria University of Wellington", "2019")],
        "langs": [("English", "Native"), ("Te reo Maori", "Basic")],
        "unq": {
            "certs": [
                ("Registered Yoga Teacher (RYT 200)", "Yoga Alliance", "2022-02"),
                ("Prenatal Yoga Teacher Training (85 hours)", "Yoga Lounge Wellington", "2024-05"),
            ],
        },
        "swaps": [],
        "decisive": ("Current first aid certificate (NZQA 6401/6402)", ["first aid", "6401", "6402"], "certificate"),
    },
    {
        "id": "baker-fresh9-1",
        "occ": "baker",
        "title": "Baker - Artisan Bread & Viennoiserie (Overnight)",
        "company": "Kensington Hearth Bakery",
        "location": "Toronto, ON, Canada",
        "posting": """
Kensington Hearth Bakery - Baker (overnight shift, full time)

We supply sourdough, baguettes and croissants to our two shops and 30 restaurants and cafes across downtown Toronto. Everything is made from scratch, naturally leavened and shaped by hand.

Responsibilities
- Mix, shape, proof and bake sourdough, baguette and enriched doughs to a daily production plan
- Laminate croissant and danish dough; bake off viennoiserie for the morning
- Manage levain feeding schedules and deck oven loading
- Keep the production area clean and records complete for public health inspections

Requirements
- Minimum 3 years' experience as a baker in a scratch production bakery (high volume preferred)
- Hands-on lamination experience
- Food Handler Certification (Ontario) - current
- Able to work 10 p.m. to 6:30 a.m., Sunday-Thursday, and lift 25 kg sacks

$22-$25/hour plus tips share, staff bread, health benefits after three months.
""",
        "name": "Sofia Marchetti",
        "label": "Bread & Pastry Baker",
        "summary": "Production baker in Toronto's artisan scene; naturally leavened breads, baguettes and laminated viennoiserie, comfortable running an overnight bake alone.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("Production Baker", "Leslieville Loaf Co.", "2021-02", "", [
                "Mix, shape and bake up to 600 sourdough loaves and 300 baguettes a night on a four-deck oven",
                "Laminate croissant and pain au chocolat dough; bake off viennoiserie for two retail counters",
                "Maintain levain schedules, temperature logs and cleaning records for Toronto Public Health",
            ]),
            ("Counter Associate & Barista", "Queen Street Espresso Bar", "2018-05", "2021-01", [
                "Espresso bar, pastry counter and opening and closing duties",
            ]),
        ],
        "skills": {"Baking": ["Sourdough", "Baguette", "Lamination", "Viennoiserie", "Deck ovens", "Production planning"]},
        "certs": [("Food Handler Certification", "City of Toronto - Toronto Public Health", "2024-06")],
        "edu": [("Ontario College Certificate", "Baking - Pre-Employment", "George Brown College", "2020")],
        "langs": [("English", "Native"), ("Italian", "Conversational")],
        "unq": {
            "work": [
                ("Production Baker", "Leslieville Loaf Co.", "2024-12", "", [
                    "Mix, shape and bake up to 600 sourdough loaves and 300 baguettes a night on a four-deck oven",
                    "Laminate croissant and pain au chocolat dough; bake off viennoiserie for two retail counters",
                    "Maintain levain schedules, temperature logs and cleaning records for Toronto Public Health",
                ]),
                ("Counter Associate & Barista", "Queen Street Espresso Bar", "2018-05", "2024-11", [
                    "Espresso bar, pastry counter and opening and closing duties",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 3 years as a baker in a scratch production bakery", ["years", "yrs"], "years"),
    },
    {
        "id": "baker-fresh9-2",
        "occ": "baker",
        "title": "Head Baker - Hotel Bakery",
        "company": "Al Seef Grand Hotel & Residences",
        "location": "Dubai, United Arab Emirates",
        "posting": """
Head Baker | Al Seef Grand Hotel & Residences | Dubai

A 420-key five-star hotel with seven outlets, banqueting for 800 and a busy all-day dining breakfast. Our Head Baker runs the bakery section (six bakers and commis) and reports to the Executive Pastry Chef.

Responsibilities:
* Daily production of breads, rolls, viennoiserie and breakfast items for all outlets and banqueting
* Plan production, order raw materials and control wastage and food cost
* Train and roster the bakery team
* Act as shift Person in Charge (PIC) for food safety: temperature logs, HACCP records, Dubai Municipality inspections

Requirements:
* 6+ years in hotel or large-scale bakery production, 2 as Chef de Partie or above
* Dubai Municipality PIC (Person in Charge) certification - current
* HACCP Level 3 or equivalent
* Diploma in Bakery / Culinary Arts
* Excellent English

Tax-free salary, accommodation, transportation, meals on duty, 30 days annual leave, annual ticket, medical insurance.
""",
        "name": "Nuwan Perera",
        "label": "Bakery Chef de Partie",
        "summary": "Hotel baker with nine years in five-star bakeries in Colombo and Dubai; breads, viennoiserie and banqueting volumes, and the food-safety lead for the bakery section.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Chef de Partie - Bakery", "Jumeirah Creekside Resort", "2021-10", "", [
                "Run the bakery section of a 380-room resort: breads, viennoiserie and breakfast for five outlets and banqueting up to 600",
                "Plan daily production, order flour, butter and dairy and track wastage against food-cost targets",
                "Train and roster a team of five bakers and commis",
                "Serve as the section's certified food safety supervisor during Dubai Municipality inspections",
            ]),
            ("Demi Chef de Partie - Bakery", "Cinnamon Grand Colombo", "2017-08", "2021-09", [
                "Produced breads and laminated pastries for a 500-room hotel and its banqueting",
            ]),
        ],
        "skills": {"Bakery": ["Artisan breads", "Viennoiserie", "Banqueting production", "Food cost control", "Team rostering"], "Food safety": ["HACCP", "Temperature logging"]},
        "certs": [
            ("Person in Charge (PIC) Certificate - Food Safety", "Dubai Municipality (via DM-approved training provider)", "2022-03"),
            ("Level 3 Award in HACCP for Catering", "Highfield Qualifications", "2022-01"),
        ],
        "edu": [("Diploma", "Bakery and Pastry Arts", "Sri Lanka Institute of Tourism and Hotel Management", "2017")],
        "langs": [("English", "Fluent"), ("Sinhala", "Native")],
        "unq": {
            "certs": [
                ("Level 3 Award in HACCP for Catering", "Highfield Qualifications", "2022-01"),
            ],
            "summary": "Hotel baker with nine years in five-star bakeries in Colombo and Dubai; breads, viennoiserie and banqueting volumes.",
        },
        "swaps": [("Serve as the section's certified food safety supervisor during Dubai Municipality inspections", "Keep the section's temperature logs and HACCP records for the hygiene supervisor")],
        "decisive": ("Dubai Municipality PIC (Person in Charge) certification", ["PIC", "Person in Charge"], "certificate"),
    },
    {
        "id": "executive_housekeeper-fresh9-1",
        "occ": "executive_housekeeper",
        "title": "Executive Housekeeper",
        "company": "Tanjong Rhu Grand Hotel",
        "location": "Singapore",
        "posting": """
Job Responsibilities
- Lead the Housekeeping department (rooms, public areas, laundry and uniform room) of a 520-room luxury hotel, with a team of 95 including contractors
- Set and audit cleanliness standards to Forbes Travel Guide and brand requirements
- Manage the department budget, manpower planning and linen and guest-supplies inventory
- Work with Engineering on preventive maintenance and room out-of-order control
- Drive sustainability initiatives (linen reuse, chemical reduction)

Job Requirements
- At least 3 years' experience as Executive Housekeeper or Assistant Executive Housekeeper in a 4- or 5-star hotel of 300 rooms or more
- Diploma in Hospitality Management or equivalent
- Proficient with Opera PMS and HotSOS or similar
- Strong leadership, communication and training skills

Only shortlisted candidates will be notified.
""",
        "name": "Nur Aisyah binte Kamal",
        "label": "Director of Housekeeping",
        "summary": "Housekeeping leader with nine years in Singapore luxury hotels; room and public-area standards, budgets and large multinational teams.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Executive Housekeeper", "Orchard Pavilion Hotel", "2023-07", "", [
                "Lead housekeeping, laundry and public areas for a 410-room luxury hotel with a team of 80",
                "Own the department budget, manpower plan and linen par levels",
                "Raised room-inspection scores from 86% to 94% on the brand's quality audit",
            ]),
            ("Assistant Executive Housekeeper", "Sentosa Bay Resort", "2021-01", "2023-06", [
                "Deputised for the Executive Housekeeper across 350 rooms and villas",
                "Scheduled 60 room attendants and contractors; ran the linen and guest-supplies inventory",
            ]),
            ("Housekeeping Supervisor", "Sentosa Bay Resort", "2017-03", "2020-12", [
                "Inspected rooms and public areas and trained new room attendants",
            ]),
        ],
        "skills": {"Operations": ["Budgeting", "Manpower planning", "Quality audits", "Linen management", "Sustainability"], "Systems": ["Opera PMS", "HotSOS"]},
        "certs": [("Certified Hospitality Housekeeping Executive (CHHE)", "American Hotel & Lodging Educational Institute", "2022-09")],
        "edu": [("Diploma", "Hospitality and Tourism Management", "Temasek Polytechnic", "2016")],
        "langs": [("English", "Fluent"), ("Malay", "Native")],
        "unq": {
            "work": [
                ("Assistant Executive Housekeeper", "Orchard Pavilion Hotel", "2024-11", "", [
                    "Deputise for the Executive Housekeeper across housekeeping, laundry and public areas of a 410-room luxury hotel",
                    "Schedule 60 room attendants and contractors; run the linen and guest-supplies inventory",
                    "Raised room-inspection scores from 86% to 94% on the brand's quality audit",
                ]),
                ("Housekeeping Supervisor", "Sentosa Bay Resort", "2017-03", "2024-10", [
                    "Inspected rooms and public areas and trained new room attendants",
                ]),
            ],
            "label": "Assistant Executive Housekeeper",
        },
        "swaps": [],
        "decisive": ("At least 3 years as Executive or Assistant Executive Housekeeper", ["years", "yrs"], "years"),
    },
    {
        "id": "executive_housekeeper-fresh9-2",
        "occ": "executive_housekeeper",
        "title": "Executive Housekeeper - Full-Service Convention Hotel",
        "company": "Riverbend Grand Hotel & Conference Center",
        "location": "Nashville, TN",
        "posting": """
Riverbend Grand (612 rooms, 90,000 sq ft of meeting space) is looking for an Executive Housekeeper to lead a department of 140 associates, including laundry.

Must have
- 4+ yrs leading housekeeping in a full-service or convention hotel (Director, Executive or Assistant Executive Housekeeper)
- HotSOS (Amadeus) - daily use for room assignments, service requests and labor tracking; you'll be our system owner
- Opera PMS
- Labor management to productivity standards (minutes per occupied room)

Nice to have
- Spanish (many of our associates are bilingual)
- CHHE certification

We offer a competitive salary plus bonus, medical/dental/vision, 401(k) with match, hotel discounts and paid time off. Riverbend Grand is an Equal Opportunity Employer - minorities/females/veterans/disability.
""",
        "name": "Marisol Vega",
        "label": "Housekeeping Operations Leader",
        "summary": "Housekeeping leader with ten years in large convention hotels; labor productivity, room-readiness during big group arrivals and bilingual team leadership.",
        "where": ("Nashville", "TN"),
        "country": "US",
        "work": [
            ("Executive Housekeeper", "Music Row Convention Hotel", "2021-04", "", [
                "Lead 120 housekeeping and laundry associates for a 540-room convention hotel",
                "Run room assignments, guest requests and labor tracking in HotSOS; trained all supervisors on the mobile app",
                "Hold productivity to 28 minutes per occupied room while improving cleanliness scores",
            ]),
            ("Assistant Executive Housekeeper", "Opryland-area Resort & Spa", "2016-09", "2021-03", [
                "Scheduled 90 room attendants; managed turn-downs and group check-in surges",
                "Used Opera PMS for room status and out-of-order control",
            ]),
        ],
        "skills": {"Operations": ["Labor productivity", "Group arrivals", "Inventory control", "Training"], "Systems": ["HotSOS", "Opera PMS", "Kronos"]},
        "certs": [("Certified Hospitality Housekeeping Executive (CHHE)", "American Hotel & Lodging Educational Institute", "2020-02")],
        "edu": [("Associate of Applied Science", "Hospitality Management", "Nashville State Community College", "2014")],
        "langs": [("English", "Fluent"), ("Spanish", "Native")],
        "unq": {
            "skills": {"Operations": ["Labor productivity", "Group arrivals", "Inventory control", "Training"], "Systems": ["Optii Keeper", "Opera PMS", "Kronos"]},
        },
        "swaps": [("Run room assignments, guest requests and labor tracking in HotSOS; trained all supervisors on the mobile app", "Run room assignments, guest requests and labor tracking in Optii Keeper; trained all supervisors on the mobile app")],
        "decisive": ("HotSOS (Amadeus)", ["HotSOS"], "tool"),
    },
]
