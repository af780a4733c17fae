"""Fresh2 cases, services: massage therapist, chef, cosmetologist (written blind, December 2026)."""

CASES = [
    {
        "id": "massage-therapist-fresh2-1",
        "occ": "massage_therapist",
        "title": "Licensed Massage Therapist",
        "company": "Equinox",
        "location": "New York, NY",
        "posting": """
Equinox Spa - Hudson Yards

Requirements:
- Current New York State massage therapist license and registration (LMT) - required, no exceptions
- 2+ years of professional massage experience in a spa, clinic or club
- Skilled in Swedish, deep tissue, sports and stretch-based work
- CPR certification
- Weekend availability
""",
        "name": "Daniel Sorensen",
        "label": "Massage Therapist",
        "summary": "Massage therapist for athletes and regular clients: sports, deep tissue and assisted stretching.",
        "where": ("Hoboken", "NJ"),
        "work": [
            (
                "Massage Therapist",
                "Massage Envy",
                "2021-04",
                None,
                [
                    "Deliver 25-30 sessions a week: Swedish, deep tissue, sports massage and assisted stretching",
                    "Keep a 60% rebooking rate with a regular client list",
                ],
            ),
        ],
        "edu": [("Diploma", "Massage Therapy (1,000 hours)", "Swedish Institute, College of Health Sciences", "2020")],
        "skills": {"Modalities": ["Swedish", "deep tissue", "sports massage", "assisted stretching"]},
        "certs": [
            (
                "Licensed Massage Therapist, New York State License No. 031877",
                "New York State Education Department, Office of the Professions",
                "2021-02",
            ),
            (
                "Licensed Massage and Bodywork Therapist (LMBT), New Jersey",
                "New Jersey Board of Massage and Bodywork Therapy",
                "2021-03",
            ),
            ("Adult CPR/AED", "American Red Cross", "2025-06"),
        ],
        "unq": {
            "certs": [
                (
                    "Licensed Massage and Bodywork Therapist (LMBT), New Jersey",
                    "New Jersey Board of Massage and Bodywork Therapy",
                    "2021-03",
                ),
                ("Adult CPR/AED", "American Red Cross", "2025-06"),
            ]
        },
        "decisive": ("New York State massage therapist license", ["New York", "NYS"], "jurisdiction"),
    },
    {
        "id": "massage-therapist-fresh2-2",
        "occ": "massage_therapist",
        "title": "Massage Therapist - Prenatal Specialist",
        "company": "Hand & Stone Massage and Facial Spa",
        "location": "Scottsdale, AZ",
        "posting": """
Our Scottsdale spa is growing its prenatal menu and needs a therapist who can own it. You will perform side-lying
prenatal sessions, adapt treatments for each trimester, and help train the team on positioning and contraindications.

Requirements: active Arizona massage therapist license; certification in prenatal massage (at least a 16-hour
continuing-education course) - required; 1+ year of professional experience; evening and weekend availability.
""",
        "name": "Alyssa Trujillo",
        "label": "Licensed Massage Therapist",
        "summary": "Massage therapist building long-term client relationships through customized Swedish, deep tissue "
        "and hot stone work.",
        "where": ("Tempe", "AZ"),
        "work": [
            (
                "Massage Therapist",
                "Elements Massage",
                "2022-01",
                None,
                [
                    "Perform 25-30 sessions a week of Swedish, deep tissue and hot stone massage",
                    "Build custom treatment plans for repeat clients and keep SOAP notes",
                ],
            ),
        ],
        "edu": [("Diploma", "Massage Therapy (750 hours)", "Cortiva Institute", "2021")],
        "skills": {"Modalities": ["Swedish", "deep tissue", "hot stone", "trigger point"]},
        "certs": [
            (
                "Arizona Licensed Massage Therapist, License MT-24517",
                "Arizona State Board of Massage Therapy",
                "2021-10",
            ),
            ("Prenatal and Postpartum Massage Certification (24 CE hours)", "Cortiva Institute", "2023-04"),
        ],
        "unq": {
            "certs": [
                (
                    "Arizona Licensed Massage Therapist, License MT-24517",
                    "Arizona State Board of Massage Therapy",
                    "2021-10",
                )
            ]
        },
        "decisive": ("prenatal massage certification", ["prenatal", "pregnancy massage"], "certificate"),
    },
    {
        "id": "chef-fresh2-1",
        "occ": "chef",
        "title": "Sous Chef - Banquets",
        "company": "Omni Hotels & Resorts",
        "location": "Nashville, TN",
        "posting": """
Requirements:
- ServSafe Manager (Food Protection Manager) certification required
- 3+ years in a supervisory kitchen role (sous chef, junior sous or kitchen supervisor) in high-volume hotel or banquet
  operations
- Culinary degree or equivalent experience
- Able to work 10-hour shifts on your feet and lift 50 lbs
""",
        "name": "Jonah Whitaker",
        "label": "Junior Sous Chef",
        "summary": "Hotel banquet chef running high-volume production and leading line teams.",
        "where": ("Nashville", "TN"),
        "work": [
            (
                "Junior Sous Chef",
                "Gaylord Opryland Resort",
                "2022-03",
                None,
                [
                    "Run banquet production for events of up to 2,500 covers",
                    "Supervise 14 cooks per shift; write prep lists and weekly schedules",
                ],
            ),
            (
                "Kitchen Supervisor",
                "Loews Vanderbilt Hotel",
                "2020-01",
                "2022-02",
                ["Led the morning line and in-room dining kitchen", "Ran temperature logs and receiving checks"],
            ),
            (
                "Line Cook",
                "Hattie B's Hot Chicken",
                "2016-08",
                "2019-12",
                ["Worked fry and sauté stations on a 400-cover line"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Culinary Arts", "Nashville State Community College", "2016")],
        "skills": {"Kitchen": ["banquet production", "scheduling", "food cost", "HACCP"]},
        "certs": [("ServSafe Manager Certification", "National Restaurant Association", "2023-08")],
        "unq": {"certs": [("ServSafe Food Handler", "National Restaurant Association", "2024-02")]},
        "decisive": (
            "ServSafe Manager certification",
            ["ServSafe Manager", "Food Protection Manager"],
            "credential level",
        ),
    },
    {
        "id": "chef-fresh2-2",
        "occ": "chef",
        "title": "Executive Chef",
        "company": "Kimpton Hotels & Restaurants",
        "location": "Denver, CO",
        "posting": """
We're looking for an Executive Chef to lead the kitchen of our hotel restaurant, bar and in-room dining. You'll write
seasonal menus, own the kitchen P&L, and hire and develop a team of about 25.

Requirements: minimum 5 years of culinary leadership as a Sous Chef or higher (Chef de Cuisine, Executive Sous) in
full-service restaurants or hotels; food cost and labor management; ServSafe Manager certification; culinary degree
preferred.
""",
        "name": "Renee Fontaine",
        "label": "Chef de Cuisine",
        "summary": "Chef leading full-service restaurant kitchens: seasonal menus, food cost and team development.",
        "where": ("Denver", "CO"),
        "work": [
            (
                "Chef de Cuisine",
                "Guard and Grace",
                "2022-04",
                None,
                [
                    "Run a 220-cover steakhouse kitchen with a team of 28",
                    "Hold food cost at 29% and labor at 24% through weekly menu engineering",
                ],
            ),
            (
                "Sous Chef",
                "Four Seasons Hotel Denver",
                "2019-02",
                "2022-03",
                ["Ran morning production and banquets", "Ordered produce and proteins and managed inventory counts"],
            ),
            (
                "Line Cook, then Lead Line Cook",
                "Rioja",
                "2014-06",
                "2019-01",
                ["Worked every station on the line", "Trained new cooks on the grill station"],
            ),
        ],
        "edu": [("Associate of Occupational Studies", "Culinary Arts", "Culinary Institute of America", "2014")],
        "skills": {"Kitchen": ["menu development", "food cost", "labor scheduling", "inventory"]},
        "certs": [("ServSafe Manager Certification", "National Restaurant Association", "2024-03")],
        "unq": {
            "work": [
                (
                    "Chef de Cuisine",
                    "Guard and Grace",
                    "2024-06",
                    None,
                    [
                        "Run a 220-cover steakhouse kitchen with a team of 28",
                        "Hold food cost at 29% and labor at 24% through weekly menu engineering",
                    ],
                ),
                (
                    "Sous Chef",
                    "Four Seasons Hotel Denver",
                    "2022-10",
                    "2024-05",
                    [
                        "Ran morning production and banquets",
                        "Ordered produce and proteins and managed inventory counts",
                    ],
                ),
                (
                    "Line Cook, then Lead Line Cook",
                    "Rioja",
                    "2014-06",
                    "2022-09",
                    ["Worked every station on the line", "Trained new cooks on the grill station"],
                ),
            ]
        },
        "decisive": ("5+ years as Sous Chef or higher", ["years", "yrs"], "years"),
    },
    {
        "id": "cosmetologist-fresh2-1",
        "occ": "cosmetologist",
        "title": "Cosmetology Educator",
        "company": "Paul Mitchell The School Austin",
        "location": "Austin, TX",
        "posting": """
Share your passion for hair with the next generation. Our educators teach cutting, color and texture on the clinic
floor and in theory classes, track student hours, and prepare learners for the state written and practical exams.

Must have
- Texas Cosmetology Instructor license issued by TDLR (required before the first day on the floor)
- 3+ years of salon experience behind the chair
- Strong color and cutting fundamentals; platform or in-salon education experience a plus
""",
        "name": "Vanessa Okoro",
        "label": "Senior Stylist and Salon Educator",
        "summary": "Senior stylist who trains salon assistants in cutting and color and runs in-salon classes.",
        "where": ("Round Rock", "TX"),
        "work": [
            (
                "Senior Stylist and Salon Educator",
                "Avant Salon Group",
                "2020-03",
                None,
                [
                    "Keep a full book of cut and color guests, 30-35 a week",
                    "Lead the salon's associate program: weekly cutting and color classes for eight assistants",
                ],
            ),
            (
                "Stylist",
                "Ulta Beauty",
                "2016-09",
                "2020-02",
                ["Performed cuts, foils and balayage", "Built a retail and rebooking base"],
            ),
        ],
        "edu": [("Certificate", "Cosmetology (1,000 hours)", "Ogle School", "2016")],
        "skills": {
            "Hair": ["precision cutting", "balayage", "foils", "color correction"],
            "Teaching": ["in-salon education"],
        },
        "certs": [
            ("Texas Cosmetology Operator License", "Texas Department of Licensing and Regulation", "2016-08"),
            ("Texas Cosmetology Instructor License", "Texas Department of Licensing and Regulation", "2024-05"),
        ],
        "unq": {
            "certs": [("Texas Cosmetology Operator License", "Texas Department of Licensing and Regulation", "2016-08")]
        },
        "decisive": (
            "Texas Cosmetology Instructor license",
            ["Instructor license", "Instructor licence", "Cosmetology Instructor", "instructor"],
            "licence level",
        ),
    },
    {
        "id": "cosmetologist-fresh2-2",
        "occ": "cosmetologist",
        "title": "Senior Hair Stylist",
        "company": "Salon Lofts",
        "location": "Naperville, IL",
        "posting": """
Senior Stylist - Naperville

Must have:
* Active Illinois cosmetology license
* At least 3 years as a licensed, booked stylist with your own clientele
* Advanced color (balayage, color correction) and precision cutting
* Comfortable with online booking and retail recommendations
""",
        "name": "Brianna Kessler",
        "label": "Hair Stylist",
        "summary": "Stylist focused on lived-in color, blonding and precision cuts, with a loyal guest list.",
        "where": ("Aurora", "IL"),
        "work": [
            (
                "Senior Stylist",
                "Mario Tricoci Hair Salons & Day Spas",
                "2022-06",
                None,
                [
                    "Book 30+ guests a week for balayage, color correction and precision cuts",
                    "Retail sales at 18% of service revenue; rebooking rate 75%",
                ],
            ),
            (
                "Stylist",
                "Mario Tricoci Hair Salons & Day Spas",
                "2019-10",
                "2022-05",
                ["Built a book of regular cut and color guests", "Completed the salon's advanced color curriculum"],
            ),
            (
                "Salon Assistant",
                "Mario Tricoci Hair Salons & Day Spas",
                "2017-05",
                "2019-09",
                ["Shampooed, blow-dried and mixed color for senior stylists", "Kept the color bar stocked"],
            ),
        ],
        "edu": [("Certificate", "Cosmetology (1,500 hours)", "Empire Beauty School", "2017")],
        "skills": {
            "Hair": ["balayage", "color correction", "precision cutting"],
            "Salon": ["online booking", "retail"],
        },
        "certs": [
            (
                "Illinois Cosmetologist License",
                "Illinois Department of Financial and Professional Regulation",
                "2017-07",
            )
        ],
        "unq": {
            "work": [
                (
                    "Stylist",
                    "Mario Tricoci Hair Salons & Day Spas",
                    "2024-10",
                    None,
                    [
                        "Book 30+ guests a week for balayage, color correction and precision cuts",
                        "Retail sales at 18% of service revenue; rebooking rate 75%",
                    ],
                ),
                (
                    "Salon Assistant",
                    "Mario Tricoci Hair Salons & Day Spas",
                    "2017-05",
                    "2024-09",
                    ["Shampooed, blow-dried and mixed color for senior stylists", "Kept the color bar stocked"],
                ),
            ]
        },
        "decisive": ("3+ years as a licensed stylist", ["years", "yrs"], "years"),
    },
]
