"""Fresh4 half (writer b), services: bartender, esthetician, event planner, property manager, translator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "bartender-fresh4-1",
        "occ": "bartender",
        "title": "Bartender - Rooftop Bar",
        "company": "Merivale",
        "location": "Sydney NSW, Australia",
        "posting": """
We're after an experienced cocktail bartender to join the team at one of our CBD rooftop venues. Fast-paced service, a seasonal cocktail list and a crew that looks after each other.

What you'll need
- 2+ years bartending in a high-volume cocktail venue
- Current NSW RSA competency card (essential - interstate certificates not accepted)
- RCG is a bonus
- Full working rights in Australia
- Availability across nights and weekends

Perks: staff meals, 30% off across Merivale venues, training with our bar managers.
""",
        "name": "Liam Costa",
        "label": "Cocktail Bartender",
        "summary": "Melbourne cocktail bartender moving to Sydney; five years behind busy bars, batching, stock and training new staff. Australian citizen.",
        "where": ("Fitzroy", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Bartender", "Bar Americano Group", "2022-03", "", [
                "Run the back bar on 400-cover Friday and Saturday nights; build and batch the seasonal cocktail list",
                "Train new bar staff on spec, speed and refusal of service",
            ]),
            ("Bartender", "Naked for Satan", "2020-10", "2022-02", [
                "Worked a rooftop bar of 250 guests: cocktails, wine and tap beer",
            ]),
        ],
        "skills": {"Bar": ["Classic and modern cocktails", "Batching", "Stock control", "Responsible service"], "Other": ["Full working rights (Australian citizen)"]},
        "certs": [
            ("RSA photo competency card (New South Wales, via bridging course)", "Liquor & Gaming NSW", "2026-10"),
            ("Responsible Service of Alcohol", "Liquor Control Victoria", "2024-03"),
        ],
        "edu": [("Certificate III", "Hospitality", "William Angliss Institute", "2020")],
        "unq": {
            "certs": [
                ("Responsible Service of Alcohol", "Liquor Control Victoria", "2024-03"),
            ],
        },
        "decisive": ("current NSW RSA competency card", ["NSW", "New South Wales"], "jurisdiction"),
    },
    {
        "id": "bartender-fresh4-2",
        "occ": "bartender",
        "title": "Bartender",
        "company": "Topgolf",
        "location": "Scottsdale, AZ",
        "posting": """
Topgolf Scottsdale is hiring Bartenders!

You'll keep guests' drinks flowing at our main bar and service well for 100+ hitting bays on peak nights.

Requirements:
- Minimum 2 years of high-volume bartending experience (bar-back or server time doesn't count toward this)
- Arizona Title 4 Basic liquor training certificate
- Must be 21+
- Able to stand for long shifts and lift 50 lbs
""",
        "name": "Brianna Torres",
        "label": "Bartender",
        "summary": "High-volume bartender at a sports venue and nightclub; fast service, cash handling and ID checks.",
        "where": ("Tempe", "AZ"),
        "work": [
            ("Bartender", "Drive Shack", "2023-05", "", [
                "Make drinks for the main bar and a service well covering 90 bays; 300+ drinks on weekend nights",
                "Check IDs, cut off intoxicated guests and close out the register",
            ]),
            ("Barback", "Maya Day + Nightclub", "2022-01", "2023-04", [
                "Stocked ice, glassware and liquor for five bartenders; changed kegs",
            ]),
        ],
        "skills": {"Bar": ["High-volume service", "Cocktails", "POS (Toast)", "Cash handling"], "Compliance": ["ID checking", "Refusal of service"]},
        "certs": [
            ("Title 4 Basic Training", "Arizona Department of Liquor Licenses and Control", "2024-02"),
        ],
        "edu": [("High School Diploma", "", "Marcos de Niza High School", "2021")],
        "unq": {
            "work": [
                ("Bartender", "Drive Shack", "2025-11", "", [
                    "Make drinks for the main bar and a service well covering 90 bays; 300+ drinks on weekend nights",
                    "Check IDs, cut off intoxicated guests and close out the register",
                ]),
                ("Barback", "Maya Day + Nightclub", "2022-01", "2025-10", [
                    "Stocked ice, glassware and liquor for five bartenders; changed kegs",
                ]),
            ],
        },
        "decisive": ("minimum 2 years of high-volume bartending", ["years", "yrs"], "years"),
    },
    {
        "id": "esthetician-fresh4-1",
        "occ": "esthetician",
        "title": "Master Esthetician - Medical Spa",
        "company": "Ideal Image",
        "location": "Tysons, VA",
        "posting": """
Ideal Image Tysons is looking for a skin care professional to perform advanced treatments under our medical director's protocols.

Treatments: medium-depth chemical peels, microdermabrasion, dermaplaning, lymphatic drainage, HydraFacial.

Requirements
- Active Virginia Master Esthetician license (required - a standard esthetician license cannot perform these services)
- 1+ year in a medspa or dermatology setting
- Strong consultation and retail skills

We offer base pay plus commission, product discounts and paid training.
""",
        "name": "Nadia Haddad",
        "label": "Licensed Master Esthetician",
        "summary": "Medspa skin therapist: advanced peels, microdermabrasion and lymphatic drainage; holds Virginia's master-level esthetics credential.",
        "where": ("Falls Church", "VA"),
        "work": [
            ("Lead Skin Therapist", "SkinSpirit", "2021-04", "", [
                "Perform medium-depth chemical exfoliation, microdermabrasion, dermaplaning and HydraFacial treatments",
                "Provide manual lymphatic drainage facials and post-procedure care",
                "Meet monthly retail goals with personalized home-care plans",
            ]),
            ("Skin Care Specialist", "Woodhouse Day Spa", "2019-02", "2021-03", [
                "Gave facials, waxing and lash tinting",
            ]),
        ],
        "skills": {"Treatments": ["Chemical exfoliation", "Microdermabrasion", "Dermaplaning", "HydraFacial", "Lymphatic drainage"], "Business": ["Consultations", "Retail"]},
        "certs": [
            ("Master Esthetics License", "Virginia Board for Barbers and Cosmetology (DPOR)", "2021-01"),
        ],
        "edu": [("Certificate", "Master Esthetics (1,200 hours)", "Aveda Institute Washington DC", "2020")],
        "unq": {
            "label": "Licensed Esthetician",
            "summary": "Medspa skin therapist: facials, superficial peels, dermaplaning and HydraFacial; holds a Virginia esthetics license.",
            "work": [
                ("Lead Skin Therapist", "SkinSpirit", "2021-04", "", [
                    "Perform superficial enzyme and glycolic peels, dermaplaning and HydraFacial treatments",
                    "Provide relaxation facials and post-procedure care",
                    "Meet monthly retail goals with personalized home-care plans",
                ]),
                ("Skin Care Specialist", "Woodhouse Day Spa", "2019-02", "2021-03", [
                    "Gave facials, waxing and lash tinting",
                ]),
            ],
            "skills": {"Treatments": ["Superficial peels", "Dermaplaning", "HydraFacial", "Waxing"], "Business": ["Consultations", "Retail"]},
            "certs": [
                ("Esthetician License", "Virginia Board for Barbers and Cosmetology (DPOR)", "2019-01"),
            ],
            "edu": [("Certificate", "Esthetics (600 hours)", "Aveda Institute Washington DC", "2018")],
        },
        "decisive": ("Virginia Master Esthetician license", ["Master Esthetician", "Master Esthetics"], "licence level"),
    },
    {
        "id": "esthetician-fresh4-2",
        "occ": "esthetician",
        "title": "Licensed Esthetician",
        "company": "Hand & Stone Massage and Facial Spa",
        "location": "Jacksonville, FL",
        "posting": """
Hand & Stone Jacksonville Beach - Licensed Esthetician (full or part time)

* Must hold a current Florida Facial Specialist license (Florida Board of Cosmetology)
* Facials, peels, microdermabrasion, waxing
* Customer-first attitude, rebook and retail
* Weekend availability
* Hourly + service commission + tips
""",
        "name": "Kayla Brooks",
        "label": "Esthetician",
        "summary": "Spa esthetician of six years: custom facials, peels, microdermabrasion and waxing, with steady rebooking numbers.",
        "where": ("St. Marys", "GA"),
        "work": [
            ("Esthetician", "The Spa at Sea Island", "2020-05", "", [
                "Perform 25-30 facials, peels and microdermabrasion treatments a week; rebook rate 62%",
                "Full-body waxing and brow shaping",
            ]),
            ("Front Desk Coordinator", "Massage Envy", "2019-01", "2020-04", [
                "Booked appointments and sold memberships",
            ]),
        ],
        "skills": {"Services": ["Facials", "Chemical peels", "Microdermabrasion", "Waxing"], "Business": ["Rebooking", "Retail"]},
        "certs": [
            ("Facial Specialist License", "FL DBPR - Board of Cosmetology", "2025-11"),
            ("Esthetician License", "Georgia State Board of Cosmetology and Barbers", "2020-03"),
        ],
        "edu": [("Diploma", "Esthetics", "Paul Mitchell the School Jacksonville", "2020")],
        "unq": {
            "certs": [
                ("Esthetician License", "Georgia State Board of Cosmetology and Barbers", "2020-03"),
            ],
        },
        "decisive": ("Florida Facial Specialist license", ["Florida"], "jurisdiction"),
    },
    {
        "id": "event_planner-fresh4-1",
        "occ": "event_planner",
        "title": "Meeting Planner",
        "company": "Maritz",
        "location": "Fenton, MO",
        "posting": """
Maritz Global Events is growing! As a Meeting Planner you will own the logistics for pharmaceutical and financial-services client meetings of 200-2,000 attendees, from site contracts to on-site execution.

Responsibilities include: building and tracking budgets, negotiating hotel room blocks and F&B minimums, managing registration in Cvent, coordinating AV and transportation vendors, and leading the program on site.

Requirements
- 4+ years of meeting or event planning experience
- CMP (Certified Meeting Professional) required
- Ability to travel up to 40%
- Bachelor's degree preferred

Maritz is an equal opportunity employer; we offer medical, dental and vision coverage, 401(k) match and hybrid work.
""",
        "name": "Allison Greer",
        "label": "Senior Event Manager",
        "summary": "Corporate meetings professional: site selection, hotel contracting, budgets and on-site leadership for programs of up to 1,800 guests.",
        "where": ("Chesterfield", "MO"),
        "work": [
            ("Senior Event Manager", "BCD Meetings & Events", "2021-06", "", [
                "Plan and run 12-15 client conferences a year for pharma and banking clients, 300-1,800 attendees",
                "Negotiate room blocks, attrition and food-and-beverage minimums; own budgets up to $2.4M",
                "Build registration sites in Cvent and manage AV, ground transport and décor vendors",
            ]),
            ("Conference Coordinator", "Washington University in St. Louis", "2019-03", "2021-05", [
                "Coordinated academic conferences: venues, catering, speakers' travel",
            ]),
        ],
        "skills": {"Events": ["Site selection", "Hotel contracting", "Budget management", "On-site execution"], "Tools": ["Cvent", "Smartsheet", "Excel"]},
        "certs": [
            ("Certified Meeting Professional", "Events Industry Council", "2023-09"),
        ],
        "edu": [("Bachelor of Science", "Hospitality Management", "University of Missouri", "2019")],
        "unq": {
            "certs": [
                ("Certified Special Events Professional (CSEP)", "International Live Events Association", "2023-09"),
            ],
        },
        "decisive": ("CMP (Certified Meeting Professional)", ["CMP", "Certified Meeting Professional"], "certificate"),
    },
    {
        "id": "event_planner-fresh4-2",
        "occ": "event_planner",
        "title": "Event Manager",
        "company": "Vanderbilt University Medical Center",
        "location": "Nashville, TN",
        "posting": """
The Office of Continuing Professional Development plans more than 60 accredited medical conferences, grand rounds series and donor events every year. We are looking for an Event Manager who can carry several programs at once.

You'll draft timelines and budgets, contract venues and caterers, manage registration and speaker logistics, and supervise student staff on event days.

Requirements: bachelor's degree; at least 4 years of experience planning conferences or large events; strong budgeting skills; proficiency with Cvent or a comparable registration platform. CMP preferred.

VUMC is an equal opportunity employer and a drug-free workplace.
""",
        "name": "Terrence Holloway",
        "label": "Conference Services Manager",
        "summary": "Conference planner for academic and healthcare meetings since 2021: budgets, venue contracts, registration and speakers.",
        "where": ("Franklin", "TN"),
        "work": [
            ("Conference Services Manager", "Belmont University", "2021-02", "", [
                "Plan 20+ conferences and summer programs a year, 100-900 participants; build and reconcile budgets",
                "Contract venues, caterers and AV; run registration in Cvent and manage speaker travel",
                "Supervise student event staff",
            ]),
            ("Front Desk Supervisor", "Gaylord Opryland Resort", "2018-06", "2021-01", [
                "Supervised check-in staff and handled guest escalations",
            ]),
        ],
        "skills": {"Events": ["Conference planning", "Budgeting", "Venue contracting", "Speaker management"], "Tools": ["Cvent", "Asana", "Excel"]},
        "edu": [("Bachelor of Business Administration", "Hospitality", "Middle Tennessee State University", "2018")],
        "unq": {
            "summary": "Conference planner for academic meetings since 2023 after several years in hotel front-office work: budgets, venue contracts, registration.",
            "work": [
                ("Conference Services Manager", "Belmont University", "2023-11", "", [
                    "Plan 20+ conferences and summer programs a year, 100-900 participants; build and reconcile budgets",
                    "Contract venues, caterers and AV; run registration in Cvent and manage speaker travel",
                    "Supervise student event staff",
                ]),
                ("Front Desk Supervisor", "Gaylord Opryland Resort", "2018-06", "2023-10", [
                    "Supervised check-in staff and handled guest escalations",
                ]),
            ],
        },
        "decisive": ("at least 4 years of experience planning conferences or large events", ["years", "yrs"], "years"),
    },
    {
        "id": "property_manager-fresh4-1",
        "occ": "property_manager",
        "title": "Senior Portfolio Property Manager",
        "company": "Greystar",
        "location": "Denver, CO",
        "posting": """
Greystar is seeking a Senior Portfolio Property Manager to oversee three Class A multifamily communities (1,100 units) for an institutional owner.

Key responsibilities
- Own property budgets, monthly financial reporting and variance explanations to ownership
- Lead on-site managers, leasing and maintenance teams
- Drive occupancy, renewals and NOI; oversee capital projects

Qualifications
- 6+ years in multifamily property management, 2+ at the multi-site level
- CPM (Certified Property Manager) designation from IREM - required
- Colorado real estate broker license
- Yardi Voyager and RealPage experience

Greystar offers competitive salary and bonus, medical/dental/vision, 401(k) with match and housing discounts. EOE.
""",
        "name": "Melissa Okonkwo",
        "label": "Regional Property Manager",
        "summary": "Multifamily manager with ten years running Class A communities and now a multi-site portfolio; budgets, owner reporting and team leadership.",
        "where": ("Lakewood", "CO"),
        "work": [
            ("Regional Property Manager", "Lincoln Property Company", "2021-08", "", [
                "Oversee four garden and mid-rise communities totaling 1,240 homes for a pension-fund owner",
                "Prepare annual operating and capital budgets; write monthly variance reports for asset managers",
                "Coach four community managers; raised renewal rate from 48% to 57%",
            ]),
            ("Community Manager", "Mission Rock Residential", "2016-04", "2021-07", [
                "Ran a 320-unit community: leasing, collections, vendor contracts and resident relations",
            ]),
        ],
        "skills": {"Property management": ["Budgeting", "Owner reporting", "NOI growth", "Capital projects"], "Systems": ["Yardi Voyager", "RealPage", "Excel"]},
        "certs": [
            ("Certified Property Manager", "Institute of Real Estate Management", "2022-10"),
            ("Real Estate Broker License", "Colorado Division of Real Estate", "2016-02"),
        ],
        "edu": [("Bachelor of Science", "Business Administration", "Colorado State University", "2015")],
        "unq": {
            "certs": [
                ("Accredited Residential Manager (ARM)", "Institute of Real Estate Management", "2022-10"),
                ("Real Estate Broker License", "Colorado Division of Real Estate", "2016-02"),
            ],
        },
        "decisive": ("CPM designation", ["CPM", "Certified Property Manager"], "credential level"),
    },
    {
        "id": "property_manager-fresh4-2",
        "occ": "property_manager",
        "title": "Condominium Manager",
        "company": "FirstService Residential",
        "location": "Toronto, ON, Canada",
        "posting": """
FirstService Residential is hiring a Condominium Manager for a 420-suite high-rise community in North York.

You will:
- Act as the main point of contact for the board of directors; attend board meetings and AGMs
- Prepare the annual budget, monitor the reserve fund study and manage contractors
- Enforce the declaration, by-laws and rules; respond to owners

You have:
- A General Licence issued by the Condominium Management Regulatory Authority of Ontario (CMRAO) - holders of a Limited Licence will not be considered for this stand-alone site
- 3+ years managing condominium corporations
- RCM designation (ACMO) is an asset
- Strong knowledge of the Condominium Act, 1998
""",
        "name": "Daniel Cheung",
        "label": "Condominium Manager",
        "summary": "Licensed condominium manager for Toronto high-rises; board relations, budgets, reserve funds and contractor management.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("Condominium Manager", "Del Property Management", "2021-05", "", [
                "Manage two high-rise corporations (610 suites); prepare budgets and reserve-fund plans with the board",
                "Chair contractor tenders for garage and elevator modernization projects",
                "Attend monthly board meetings and the AGM; draft minutes and owner notices",
            ]),
            ("Assistant Property Manager", "Brookfield Residential", "2019-03", "2021-04", [
                "Handled owner requests, chargebacks and move-ins for a 350-suite building",
            ]),
        ],
        "skills": {"Condominium management": ["Board relations", "Budgets and reserve funds", "Condominium Act, 1998", "Contractor tenders"], "Systems": ["Yardi Voyager", "BuildingLink"]},
        "certs": [
            ("Condominium Manager Licence - General", "Condominium Management Regulatory Authority of Ontario", "2022-06"),
        ],
        "edu": [("Bachelor of Commerce", "Real Estate Management", "Toronto Metropolitan University", "2019")],
        "unq": {
            "summary": "Condominium manager for Toronto high-rises working under a supervising licensee while finishing the licensing courses; board relations, budgets and contractors.",
            "certs": [
                ("Condominium Manager Licence - Limited", "Condominium Management Regulatory Authority of Ontario", "2022-06"),
            ],
        },
        "decisive": ("CMRAO General Licence", ["General Licence", "General License", "General Licensee"], "licence level"),
    },
    {
        "id": "translator-fresh4-1",
        "occ": "translator",
        "title": "Japanese-to-English Patent Translator",
        "company": "RWS",
        "location": "Remote (US)",
        "posting": """
RWS is looking for an in-house Japanese-to-English translator for our IP Services division.

You will translate Japanese patent specifications, office actions and prior-art references into English for filing and litigation, and review the work of freelance linguists.

Requirements
- Native-level English and near-native command of Japanese (JLPT N1 or equivalent)
- 3+ years translating technical or patent documents
- Degree in engineering, chemistry or a related technical field preferred
- Proficiency with Trados Studio
""",
        "name": "Ethan Caldwell",
        "label": "Technical Translator (JA>EN)",
        "summary": "Technical translator into English from ja-JP for patents and engineering documents; chemistry background.",
        "where": ("Seattle", "WA"),
        "work": [
            ("Patent Translator", "Marks & Clerk (contract)", "2021-01", "", [
                "Translate ja>en patent specifications and office actions in chemistry and battery technology, 3,000 words a day",
                "Review freelance translations for terminology and claim consistency",
            ]),
            ("Translator and Coordinator", "JET Programme (Kobe City Board of Education)", "2018-08", "2020-12", [
                "Translated school and city documents from Japanese and coordinated international exchanges",
            ]),
        ],
        "skills": {"Translation": ["Patent translation", "Technical terminology", "Review and editing"], "Tools": ["Trados Studio", "memoQ", "Xbench"]},
        "certs": [
            ("JLPT N1", "Japan Foundation", "2019-12"),
        ],
        "edu": [("Bachelor of Science", "Chemistry; minor in Japanese", "University of Washington", "2018")],
        "langs": [("English", "Native"), ("Japanese", "Full professional proficiency")],
        "unq": {
            "label": "Technical Translator (KO>EN)",
            "summary": "Technical translator into English from ko-KR for patents and engineering documents; chemistry background.",
            "work": [
                ("Patent Translator", "Marks & Clerk (contract)", "2021-01", "", [
                    "Translate ko>en patent specifications and office actions in chemistry and battery technology, 3,000 words a day",
                    "Review freelance translations for terminology and claim consistency",
                ]),
                ("Translator and Coordinator", "EPIK (Busan Metropolitan Office of Education)", "2018-08", "2020-12", [
                    "Translated school and city documents from Korean and coordinated international exchanges",
                ]),
            ],
            "certs": [
                ("TOPIK Level 6", "National Institute for International Education (Korea)", "2019-12"),
            ],
            "edu": [("Bachelor of Science", "Chemistry; minor in Korean", "University of Washington", "2018")],
            "langs": [("English", "Native"), ("Korean", "Full professional proficiency")],
        },
        "decisive": ("near-native Japanese", ["Japanese"], "language"),
    },
    {
        "id": "translator-fresh4-2",
        "occ": "translator",
        "title": "Legal Translator, Spanish>English",
        "company": "TransPerfect",
        "location": "New York, NY",
        "posting": """
TransPerfect Legal Solutions seeks a full-time Spanish>English translator to work on contracts, court filings and discovery documents for law-firm clients.

Responsibilities: translate and edit legal documents into English; perform QA on freelance translations; maintain client glossaries and translation memories.

Requirements:
- ATA certification, Spanish into English (required)
- 4+ years of legal translation experience
- Native English writing skills
- Experience with memoQ or Trados

Benefits include medical/dental/vision, 401(k) match and tuition reimbursement. TransPerfect is an equal opportunity employer.
""",
        "name": "Laura Benítez-Ford",
        "label": "Legal Translator",
        "summary": "Spanish-to-English legal translator and editor: contracts, pleadings and discovery for law firms. CT (Spanish>English).",
        "where": ("Jersey City", "NJ"),
        "work": [
            ("Senior Legal Translator", "Lionbridge", "2020-09", "", [
                "Translate and edit contracts, pleadings and discovery productions from Spanish for Am Law 100 clients",
                "QA freelance work and maintain client termbases in memoQ",
            ]),
            ("Translator", "Ministerio Público de Panamá (contract)", "2018-01", "2020-08", [
                "Translated mutual-legal-assistance requests and court orders into English",
            ]),
        ],
        "skills": {"Translation": ["Legal translation", "Editing and QA", "Terminology management"], "Tools": ["memoQ", "Trados Studio", "Relativity"]},
        "certs": [
            ("Certified Translator, Spanish into English", "American Translators Association", "2021-04"),
        ],
        "edu": [("Master of Arts", "Translation and Interpreting", "Middlebury Institute of International Studies", "2017")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Spanish-to-English legal translator and editor: contracts, pleadings and discovery for law firms.",
            "certs": [
                ("Certificate in Spanish to English Translation", "NYU School of Professional Studies", "2021-04"),
            ],
        },
        "decisive": ("ATA certification, Spanish into English", ["ATA", "American Translators Association", "certified translator"], "certificate"),
    },
]
