"""Fresh7 services cases: ski instructor, tour guide, travel agent.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh7_sources_b.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "ski-instructor-fresh7-1",
        "occ": "ski instructor",
        "title": "Ski Instructor - Level 3 (Private & Advanced Programs)",
        "company": "Whistler Blackcomb Snow School",
        "location": "Whistler, British Columbia, Canada",
        "posting": """
Whistler Blackcomb Snow School is hiring full-time ski instructors for the 2026/27 winter season to teach private lessons and our advanced adult programs (steeps, bumps, off-piste within the ski area boundary).

What you'll bring:
- CSIA Level 3 certification or higher (or an ISIA-stamped equivalent such as PSIA Level 3 / BASI Level 3)
- Minimum two full seasons teaching in a snow school
- Valid first aid (minimum 8-hour standard)
- Legal eligibility to work in Canada for the full season

Nice to have:
- CSIA Level 4 or a Trainer designation
- Second language (Japanese, Mandarin, Spanish, Portuguese or French)
- CSCF coaching credentials

We offer a season pass for you and a dependant, staff housing (limited), paid training days, and pro deals. Vail Resorts is an equal opportunity employer.
""",
        "name": "Émilie Tremblay",
        "label": "Ski Instructor",
        "summary": "CSIA Level 3 ski instructor with seven winters teaching privates, adult groups and race kids at Mont-Tremblant and Whistler. Strong in bumps and steeps progressions; bilingual English/French.",
        "where": ("Whistler", "British Columbia"),
        "country": "CA",
        "work": [
            ("Snowsports Instructor - Privates", "Whistler Blackcomb", "2022-11", "", [
                "Teach full-day privates and multi-day adult programs on advanced terrain, averaging 95 teaching days a season",
                "Co-lead in-house clinics on short turns and mogul tactics for newly certified staff",
            ], "Winter seasons only"),
            ("Ski Instructor", "École de glisse Tremblant", "2019-12", "2022-04", [
                "Taught children's and adult groups from first-timer to parallel, then private lessons from the second season",
            ], "Winter seasons only"),
        ],
        "skills": {"Teaching": ["Private lessons", "Advanced parallel", "Moguls", "Steeps", "Children's progressions"], "Safety": ["Standard First Aid", "Avalanche awareness (AST 1)"]},
        "certs": [
            ("CSIA Level 3 Ski Instructor", "Canadian Ski Instructors' Alliance", "2024-03"),
            ("CSIA Level 2 Ski Instructor", "Canadian Ski Instructors' Alliance", "2021-02"),
            ("Standard First Aid with CPR-C", "Canadian Red Cross", "2025-10"),
            ("Avalanche Skills Training 1", "Avalanche Canada", "2023-01"),
        ],
        "edu": [("DEC", "Sciences humaines", "Cégep de Saint-Jérôme", "2019")],
        "langs": [("French", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "CSIA Level 2 ski instructor with seven winters teaching privates, adult groups and race kids at Mont-Tremblant and Whistler. Strong in bumps and steeps progressions; bilingual English/French.",
            "certs": [
                ("CSIA Level 2 Ski Instructor", "Canadian Ski Instructors' Alliance", "2021-02"),
                ("CSIA Level 1 Ski Instructor", "Canadian Ski Instructors' Alliance", "2019-12"),
                ("Standard First Aid with CPR-C", "Canadian Red Cross", "2025-10"),
                ("Avalanche Skills Training 1", "Avalanche Canada", "2023-01"),
            ],
        },
        "decisive": ("CSIA Level 3 (or ISIA-stamped Level 3 equivalent)", ["Level 3", "CSIA Level 3"], "credential level"),
    },
    {
        "id": "ski-instructor-fresh7-2",
        "occ": "ski instructor",
        "title": "Bilingual Ski Instructor (Japanese / English)",
        "company": "Niseko Village Snow School",
        "location": "Niseko, Hokkaido, Japan",
        "posting": """
Niseko Village Snow School - Winter 2026/27 (early December to late March)

Our guests come from Japan, Australia, Hong Kong, Singapore and beyond. This season we are recruiting instructors who can teach comfortably in both Japanese and English, for Japanese family groups, school trips and our kids' club.

Requirements:
- Level 2 ski instructor certification from an ISIA member association (SAJ, PSIA-AASI, CSIA, APSI, NZSIA, BASI)
- Business-level Japanese (JLPT N2 or equivalent speaking ability) and fluent English
- At least one full season of snow school teaching
- Valid visa for the full season (Working Holiday visas accepted)

Preferred: children's teaching specialist qualification, first aid certificate, snowboard cross-certification.

Package: hourly rate plus private-lesson commission, shared staff accommodation, season pass and rental discounts.
""",
        "name": "Hannah Kingsford",
        "label": "Ski Instructor (APSI Level 2)",
        "summary": "APSI Level 2 alpine instructor with six southern and two northern hemisphere seasons, specialising in kids and family groups. Teaches in English and Japanese (JLPT N2); holds a visa to work in Japan for the 2026/27 season.",
        "where": ("Jindabyne", "New South Wales"),
        "country": "AU",
        "work": [
            ("Snowsports Instructor", "Thredbo Snowsports School", "2021-06", "", [
                "Teach kids' club and family groups, 3 to 12 years, each southern winter",
                "Run private lessons for visiting Japanese families and interpret for parents in parent-child sessions",
            ], "Southern hemisphere seasons, June to September"),
            ("Ski Instructor", "Furano Snow School", "2023-12", "2025-03", [
                "Taught Japanese school excursion groups and international families for two northern winters",
                "Delivered safety briefings and lesson feedback in Japanese and English",
            ], "Northern hemisphere seasons"),
        ],
        "skills": {"Teaching": ["Children's progressions", "Family groups", "Beginner to intermediate", "Lesson feedback"], "Safety": ["First aid", "Lift loading supervision"]},
        "certs": [
            ("APSI Alpine Level 2", "Australian Professional Snowsport Instructors", "2023-08"),
            ("APSI Children's Specialist", "Australian Professional Snowsport Instructors", "2022-08"),
            ("JLPT N2", "Japan Foundation / JEES", "2022-12"),
            ("Provide First Aid (HLTAID011)", "St John Ambulance Australia", "2025-05"),
        ],
        "edu": [("Bachelor of Arts", "Japanese Studies", "University of New South Wales", "2021")],
        "langs": [("English", "Native"), ("Japanese", "Professional working proficiency")],
        "unq": {
            "label": "Ski Instructor (APSI Level 2)",
            "summary": "APSI Level 2 alpine instructor with six southern and two northern hemisphere seasons, specialising in kids and family groups. Teaches in English and Indonesian; holds a visa to work in Japan for the 2026/27 season.",
            "work": [
                ("Snowsports Instructor", "Thredbo Snowsports School", "2021-06", "", [
                    "Teach kids' club and family groups, 3 to 12 years, each southern winter",
                    "Run private lessons for visiting families from Jakarta and Singapore",
                ], "Southern hemisphere seasons, June to September"),
                ("Ski Instructor", "Furano Snow School", "2023-12", "2025-03", [
                    "Taught international family groups for two northern winters",
                    "Delivered safety briefings and lesson feedback in English",
                ], "Northern hemisphere seasons"),
            ],
            "certs": [
                ("APSI Alpine Level 2", "Australian Professional Snowsport Instructors", "2023-08"),
                ("APSI Children's Specialist", "Australian Professional Snowsport Instructors", "2022-08"),
                ("Provide First Aid (HLTAID011)", "St John Ambulance Australia", "2025-05"),
            ],
            "edu": [("Bachelor of Arts", "Asian Studies (Indonesian)", "University of New South Wales", "2021")],
            "langs": [("English", "Native"), ("Indonesian", "Professional working proficiency")],
        },
        "decisive": ("Business-level Japanese", ["Japanese"], "language"),
    },
    {
        "id": "tour-guide-fresh7-1",
        "occ": "tour guide",
        "title": "Blue Badge Tourist Guide - London Coach & Walking Tours",
        "company": "Evan Evans Tours",
        "location": "London, England, UK",
        "posting": """
Evan Evans Tours runs daily coach and walking tours of London and day trips to Windsor, Stonehenge, Bath and Oxford. We're adding freelance guides to our roster for the 2027 season.

Who we're looking for
You'll lead groups of up to 50 on our London sightseeing tours and guided visits inside Westminster Abbey, St Paul's Cathedral and the Tower of London, where only qualified badge holders may guide.

Essential
- London Blue Badge (Institute of Tourist Guiding), current and registered
- Confident guiding on a moving coach and on foot
- Excellent spoken English; clear, lively commentary
- Reliable, punctual, and happy to work weekends and early starts

Desirable
- A second guiding language (Spanish, Italian, Mandarin, Portuguese)
- Member of the British Guild of Tourist Guides or APTG
- Experience guiding day tours outside London

Day rates in line with Guild guidance, paid per tour. Evan Evans is committed to equal opportunities.
""",
        "name": "Philippa Hargreaves",
        "label": "Blue Badge Tourist Guide",
        "summary": "Registered Blue Badge Tourist Guide for London (Institute of Tourist Guiding) with nine years of coach, walking and site guiding. Regular guide at Westminster Abbey, St Paul's and the Tower; also guides in Italian.",
        "where": ("London", "Greater London"),
        "country": "GB",
        "work": [
            ("Freelance Blue Badge Tourist Guide", "Self-employed", "2017-04", "", [
                "Guide full- and half-day coach tours of London for tour operators, cruise lines and incentive groups",
                "Lead guided visits inside Westminster Abbey, St Paul's Cathedral and the Tower of London",
                "Design themed walks (Dickens's London, the City's livery halls) for private clients",
            ]),
            ("Visitor Experience Assistant", "Historic Royal Palaces", "2014-03", "2017-03", [
                "Gave short talks and answered visitor questions at Hampton Court Palace",
            ]),
        ],
        "skills": {"Guiding": ["Coach commentary", "Walking tours", "Site guiding", "Group management", "Themed itineraries"], "Languages": ["English", "Italian"]},
        "certs": [
            ("Blue Badge Tourist Guide - London", "Institute of Tourist Guiding", "2017-03"),
            ("First Aid at Work", "St John Ambulance", "2025-02"),
        ],
        "edu": [("BA (Hons)", "History of Art and Italian", "University of Warwick", "2013")],
        "langs": [("English", "Native"), ("Italian", "Fluent")],
        "unq": {
            "label": "Blue Badge Tourist Guide",
            "summary": "Registered Blue Badge Tourist Guide for Yorkshire (Institute of Tourist Guiding) with nine years of coach, walking and site guiding. Regular guide at York Minster, Fountains Abbey and Castle Howard; also guides in Italian.",
            "where": ("York", "North Yorkshire"),
            "work": [
                ("Freelance Blue Badge Tourist Guide", "Self-employed", "2017-04", "", [
                    "Guide full- and half-day coach tours of York and the Dales for tour operators, cruise lines and incentive groups",
                    "Lead guided visits inside York Minster, Fountains Abbey and Castle Howard",
                    "Design themed walks (Roman Eboracum, the Shambles and the guilds) for private clients",
                ]),
                ("Visitor Experience Assistant", "English Heritage", "2014-03", "2017-03", [
                    "Gave short talks and answered visitor questions at Clifford's Tower",
                ]),
            ],
            "certs": [
                ("Blue Badge Tourist Guide - Yorkshire", "Institute of Tourist Guiding", "2017-03"),
                ("First Aid at Work", "St John Ambulance", "2025-02"),
            ],
        },
        "decisive": ("London Blue Badge (Institute of Tourist Guiding)", ["London Blue Badge"], "jurisdiction"),
    },
    {
        "id": "tour-guide-fresh7-2",
        "occ": "tour guide",
        "title": "Driver Guide - Denali & Interior Alaska (Seasonal)",
        "company": "Holland America Line",
        "location": "Denali National Park, AK",
        "posting": """
Spend your summer showing guests the Alaska Range! Holland America Line's land operations hire Driver Guides to drive motorcoaches between Anchorage, Denali and Fairbanks while delivering live narration about wildlife, geology, history and Alaska Native cultures.

Season: mid-May to mid-September. Employee housing available in Denali.

Requirements:
- Valid Class A or B commercial driver's license with Passenger endorsement and no air brake restriction
- Current DOT medical card
- 21 years or older with a clean driving record (no major violations in 3 years)
- Strong public speaking and customer service skills
- Able to pass a DOT drug screen and background check

Preferred:
- Prior tour guiding or interpretive experience
- Knowledge of Alaska natural history
- First Aid / CPR

Hourly wage plus gratuities, end-of-season bonus, and employee travel discounts. Holland America Group is an Equal Opportunity Employer.
""",
        "name": "Garrett Olsen",
        "label": "Motorcoach Driver Guide",
        "summary": "Commercial driver and interpretive guide with five summer seasons narrating motorcoach tours in national parks. Holds a Class B CDL with P endorsement, no restrictions, and a current DOT medical card.",
        "where": ("Bozeman", "MT"),
        "country": "US",
        "work": [
            ("Driver Guide", "Xanterra Travel Collection - Yellowstone National Park Lodges", "2022-05", "", [
                "Drive 40-seat motorcoaches on park loop tours, narrating geology, wildlife and park history",
                "Complete pre-trip and post-trip inspections and hours-of-service logs",
                "Manage group timing at stops and handle guest questions and lost-item reports",
            ], "Seasonal, May to October"),
            ("Route Driver", "Gallatin Valley Linen Service", "2019-03", "2022-04", [
                "Drove a 26-foot straight truck on commercial delivery routes with zero preventable accidents",
            ]),
        ],
        "skills": {"Guiding": ["Live narration", "Wildlife interpretation", "Guest service"], "Driving": ["Motorcoach", "Pre-trip inspections", "Hours of service", "Mountain driving"]},
        "certs": [
            ("Commercial Driver's License Class B - Passenger (P) endorsement, no restrictions", "Montana Motor Vehicle Division", "2022-04"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2025-03"),
            ("Certified Interpretive Guide", "National Association for Interpretation", "2023-02"),
            ("Adult First Aid/CPR/AED", "American Red Cross", "2025-04"),
        ],
        "edu": [("Bachelor of Science", "Earth Sciences", "Montana State University", "2018")],
        "unq": {
            "summary": "Commercial driver and interpretive guide with five summer seasons narrating tours in national parks. Holds a Class B CDL, no restrictions, and a current DOT medical card.",
            "work": [
                ("Step-on Guide", "Xanterra Travel Collection - Yellowstone National Park Lodges", "2022-05", "", [
                    "Ride along on park loop tours, narrating geology, wildlife and park history",
                    "Support drivers with pre-trip walkarounds and guest boarding counts",
                    "Manage group timing at stops and handle guest questions and lost-item reports",
                ], "Seasonal, May to October"),
                ("Route Driver", "Gallatin Valley Linen Service", "2019-03", "2022-04", [
                    "Drove a 26-foot straight truck on commercial delivery routes with zero preventable accidents",
                ]),
            ],
            "skills": {"Guiding": ["Live narration", "Wildlife interpretation", "Guest service"], "Driving": ["Straight truck", "Pre-trip inspections", "Hours of service", "Mountain driving"]},
            "certs": [
                ("Commercial Driver's License Class B, no restrictions", "Montana Motor Vehicle Division", "2019-02"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2025-03"),
                ("Certified Interpretive Guide", "National Association for Interpretation", "2023-02"),
                ("Adult First Aid/CPR/AED", "American Red Cross", "2025-04"),
            ],
        },
        "decisive": ("CDL (Class A or B) with Passenger endorsement", ["Passenger endorsement", "Passenger"], "endorsement"),
    },
    {
        "id": "travel-agent-fresh7-1",
        "occ": "travel agent",
        "title": "Corporate Travel Consultant (Sabre)",
        "company": "Direct Travel",
        "location": "Denver, CO (Hybrid)",
        "posting": """
Direct Travel is looking for a Corporate Travel Consultant to support a dedicated energy-sector account. You'll book and service domestic and international air, hotel, car and rail for road-warrior travelers, handle exchanges and refunds, and keep every reservation within the client's travel policy.

Requirements:
- 2+ years of corporate or agency travel consulting experience
- Proficiency in Sabre GDS, including international fare construction, exchanges and reissues
- Working knowledge of airline fare rules and ticketing procedures
- Excellent phone and email manner; able to stay calm during disruptions

Preferred:
- Experience with Concur or another online booking tool
- Knowledge of ARC settlement and reporting
- CTA (Certified Travel Associate) from The Travel Institute

Schedule: Monday-Friday with a rotating after-hours weekend shift. Hybrid after 90 days. Medical, dental, vision, 401(k) with match, travel benefits. Direct Travel is an Equal Opportunity Employer.
""",
        "name": "Kristen Albright",
        "label": "Corporate Travel Consultant",
        "summary": "Corporate travel consultant with six years servicing high-volume business travelers. Expert Sabre user (international fares, exchanges, reissues, refunds) with strong policy compliance and after-hours support experience.",
        "where": ("Aurora", "CO"),
        "country": "US",
        "work": [
            ("Senior Travel Counselor", "Travel Leaders Corporate", "2022-02", "", [
                "Book and service air, hotel, car and rail for a 900-traveler engineering client in Sabre Red 360",
                "Build and reprice international itineraries, process exchanges, reissues and refunds",
                "Resolve irregular operations during after-hours rotations",
            ]),
            ("Travel Consultant", "Bridgeway Travel Management", "2019-08", "2022-01", [
                "Handled domestic bookings and Concur online-booking-tool support for mid-size corporate accounts",
                "Maintained traveler profiles and policy exception reporting",
            ]),
        ],
        "skills": {"Systems": ["Sabre GDS", "Sabre Red 360", "SAP Concur", "ARC IAR"], "Travel": ["International fares", "Exchanges and reissues", "Refunds", "Policy compliance"]},
        "certs": [("Certified Travel Associate (CTA)", "The Travel Institute", "2023-10")],
        "edu": [("Associate of Applied Science", "Travel and Hospitality", "Community College of Aurora", "2019")],
        "unq": {
            "summary": "Corporate travel consultant with six years servicing high-volume business travelers. Expert Amadeus and Travelport user (international fares, exchanges, reissues, refunds) with strong policy compliance and after-hours support experience.",
            "work": [
                ("Senior Travel Counselor", "Travel Leaders Corporate", "2022-02", "", [
                    "Book and service air, hotel, car and rail for a 900-traveler engineering client in Amadeus Selling Platform Connect",
                    "Build and reprice international itineraries, process exchanges, reissues and refunds",
                    "Resolve irregular operations during after-hours rotations",
                ]),
                ("Travel Consultant", "Bridgeway Travel Management", "2019-08", "2022-01", [
                    "Handled domestic bookings in Travelport Apollo and Concur online-booking-tool support for mid-size corporate accounts",
                    "Maintained traveler profiles and policy exception reporting",
                ]),
            ],
            "skills": {"Systems": ["Amadeus", "Travelport (Apollo/Galileo)", "SAP Concur", "ARC IAR"], "Travel": ["International fares", "Exchanges and reissues", "Refunds", "Policy compliance"]},
        },
        "decisive": ("Proficiency in Sabre GDS", ["Sabre"], "tool"),
    },
    {
        "id": "travel-agent-fresh7-2",
        "occ": "travel agent",
        "title": "Travel Consultant - Leisure",
        "company": "Flight Centre Travel Group",
        "location": "Toronto, Ontario, Canada",
        "posting": """
Love travel and sales? Flight Centre is hiring Travel Consultants for our Yorkdale and Eaton Centre stores.

What you'll do
Plan and sell flights, packages, cruises, tours and insurance to walk-in, phone and online customers; build relationships and repeat business; hit monthly sales targets as part of a small team.

What you'll need
- TICO certification (required by Ontario law for anyone selling travel services in Ontario)
- 1+ year of travel sales or customer-facing sales experience
- Strong geography and destination knowledge
- Comfortable with GDS and supplier booking sites (training provided)

Bonus points
- CLIA cruise qualification
- A second language (Portuguese, Tagalog, Punjabi, Mandarin, Spanish)

Base salary plus uncapped commission, famils and travel discounts, health benefits. Flight Centre is committed to an inclusive workplace and provides accommodations on request under the AODA.
""",
        "name": "Priya Nair",
        "label": "Travel Consultant",
        "summary": "Leisure travel consultant with three years in store and phone sales in the Greater Toronto Area. TICO-certified; strong on packages, Caribbean all-inclusives, cruises and multi-stop Asia itineraries.",
        "where": ("Mississauga", "Ontario"),
        "country": "CA",
        "work": [
            ("Travel Consultant", "Transat Travel", "2023-09", "", [
                "Sell packages, cruises and flights to walk-in and phone customers; 118% of annual sales target in 2025",
                "Book air in Amadeus and packages through supplier portals (Air Canada Vacations, Sunwing, WestJet Vacations)",
            ]),
            ("Sales Associate", "Best Buy Canada", "2021-05", "2023-08", [
                "Advised customers on electronics and protection plans; top attach-rate associate in the store for 2022",
            ]),
        ],
        "skills": {"Travel": ["Vacation packages", "Cruises", "Travel insurance", "Amadeus", "Destination knowledge"], "Sales": ["Consultative selling", "Repeat business", "Targets"]},
        "certs": [
            ("TICO Certification (Travel Counsellor)", "Travel Industry Council of Ontario", "2023-08"),
            ("CLIA Cruise Counsellor Certification", "Cruise Lines International Association", "2024-11"),
        ],
        "edu": [("Ontario College Diploma", "Tourism - Travel Services", "Humber Polytechnic", "2023")],
        "langs": [("English", "Native"), ("Malayalam", "Fluent")],
        "unq": {
            "summary": "Leisure travel consultant with three years in store and phone sales in British Columbia, now relocating to the Greater Toronto Area. Strong on packages, Caribbean all-inclusives, cruises and multi-stop Asia itineraries.",
            "where": ("Mississauga", "Ontario"),
            "work": [
                ("Travel Consultant", "Transat Travel", "2023-09", "", [
                    "Sell packages, cruises and flights to walk-in and phone customers at a Burnaby store; 118% of annual sales target in 2025",
                    "Book air in Amadeus and packages through supplier portals (Air Canada Vacations, Sunwing, WestJet Vacations)",
                ]),
                ("Sales Associate", "Best Buy Canada", "2021-05", "2023-08", [
                    "Advised customers on electronics and protection plans; top attach-rate associate in the store for 2022",
                ]),
            ],
            "certs": [
                ("CLIA Cruise Counsellor Certification", "Cruise Lines International Association", "2024-11"),
            ],
            "edu": [("Diploma", "Tourism Management", "Capilano University", "2023")],
        },
        "decisive": ("TICO certification", ["TICO"], "certificate"),
    },
]
