"""Fresh8 half, services: casino dealer, tattoo artist, dog trainer.

Written blind (writer b, December 2026).
"""

# ruff: noqa: E501

# fmt: off
CASES = [
    {
        "id": "casino_dealer-fresh8-1",
        "occ": "casino_dealer",
        "title": "Table Games Dealer (Experienced)",
        "company": "Marina Bay Sands",
        "location": "Singapore",
        "country": "SG",
        "posting": """
Job Summary
Deal table games in accordance with company policies and procedures while delivering a memorable experience to our guests.

Key responsibilities
- Deal Baccarat, Roulette, Blackjack and Sic Bo accurately and at the required game pace
- Handle chips, cash and markers with integrity and in line with internal controls
- Protect the game and report irregularities to the Table Games Supervisor
- Engage guests in a professional and courteous manner

Requirements
- Minimum 3 years of live dealing experience in a licensed casino or integrated resort, with proficiency in at least three games (Baccarat and Roulette essential)
- Able to pass the Gambling Regulatory Authority (GRA) special employee licensing process
- Good command of English; Mandarin or Cantonese is an advantage
- Able to stand for long periods and work rotating shifts, weekends and public holidays

Experienced dealers may be hired directly at the Dealer II grade. Attractive remuneration, staff meals, shuttle services and medical benefits.
""",
        "name": "Kevin Lim Wei Jie",
        "label": "Casino Dealer",
        "summary": "Live table games dealer: Baccarat, Roulette, Blackjack and Sic Bo in high-volume casinos in Singapore and Macau.",
        "where": ("Jurong West", "Singapore"),
        "work": [
            ("Dealer II", "Resorts World Sentosa", "2022-03", "", [
                "Deal Baccarat, Roulette, Blackjack and Sic Bo on main floor and premium tables",
                "Maintain game pace and payout accuracy with chip stacks up to SGD 50,000",
                "Trained new dealers on Roulette payouts and chip cutting",
            ]),
            ("Table Games Dealer", "Galaxy Macau", "2019-05", "2022-02", [
                "Dealt Baccarat and Roulette on mass and VIP tables; supported Sic Bo openings",
            ]),
        ],
        "skills": {"Games": ["Baccarat", "Roulette", "Blackjack", "Sic Bo", "Three Card Poker"], "Service": ["Chip handling", "Game protection", "Guest service"]},
        "certs": [
            ("Special Employee Licence - Table Games", "Gambling Regulatory Authority of Singapore", "2022-02"),
        ],
        "edu": [("Nitec", "Hospitality Operations", "ITE College West", "2018")],
        "langs": [("English", "Fluent"), ("Mandarin", "Native"), ("Cantonese", "Conversational")],
        "unq": {
            "work": [
                ("Dealer I", "Resorts World Sentosa", "2025-09", "", [
                    "Deal Baccarat, Roulette, Blackjack and Sic Bo on main floor tables",
                    "Maintain game pace and payout accuracy",
                ]),
                ("Guest Services Officer", "Galaxy Macau", "2019-05", "2025-08", [
                    "Handled guest enquiries, membership sign-ups and loyalty redemptions on the casino floor",
                ]),
            ],
            "certs": [
                ("Special Employee Licence - Table Games", "Gambling Regulatory Authority of Singapore", "2025-08"),
            ],
            "summary": "Table games dealer: Baccarat, Roulette, Blackjack and Sic Bo, with a guest services background in Macau.",
        },
        "swaps": [],
        "decisive": ("Minimum 3 years of live dealing experience", ["years", "3 years", "three years"], "years"),
    },
    {
        "id": "casino_dealer-fresh8-2",
        "occ": "casino_dealer",
        "title": "Table Games Dealer - Licensed Intake",
        "company": "Crown Melbourne",
        "location": "Southbank, VIC",
        "country": "AU",
        "posting": """
Table Games Dealer - licensed dealers intake

Crown Melbourne is running a fast-track intake for dealers who are already licensed in Victoria. Successful applicants skip our dealer school and go straight to the gaming floor after a short induction.

About the role
- Deal Blackjack, Baccarat, Roulette and Poker variants to Crown's game procedures
- Provide friendly, responsible service and uphold our responsible gambling obligations
- Handle chips and cash with accuracy and integrity

To be considered for this intake you must have
- A current Victorian casino special employee licence (Category B) issued by the VGCCC - applications without a current Victorian licence will be directed to our next dealer school
- Dealt at least two of Blackjack, Baccarat and Roulette in a casino
- Completed responsible service of gambling training
- Availability for a 24/7 roster, including nights, weekends and public holidays

Full-time and part-time positions. Team member benefits include free meals, discounts across our venues and career development.
""",
        "name": "Jessica Tran",
        "label": "Table Games Dealer",
        "summary": "Table games dealer in Australian casinos since 2019: Blackjack, Baccarat, Roulette and Poker; available for a 24/7 roster.",
        "where": ("Melbourne", "VIC"),
        "work": [
            ("Table Games Dealer", "Crown Melbourne", "2023-02", "2026-09", [
                "Dealt Blackjack, Baccarat, Roulette and Ultimate Texas Hold'em on the main gaming floor",
                "Followed responsible gambling procedures and escalated concerns to supervisors",
            ]),
            ("Table Games Dealer", "The Star Sydney", "2019-07", "2023-01", [
                "Dealt Blackjack and Roulette, later cross-trained on Baccarat",
                "Recognised twice for game protection and accurate payouts",
            ]),
        ],
        "skills": {"Games": ["Blackjack", "Baccarat", "Roulette", "Ultimate Texas Hold'em"], "Service": ["Chip handling", "Responsible gambling", "Guest service"]},
        "certs": [
            ("Casino Special Employee Licence (Category B)", "Victorian Gambling and Casino Control Commission (VGCCC)", "2023-01"),
            ("Casino Special Employee Licence", "NSW Independent Casino Commission", "2019-06"),
            ("Responsible Service of Gambling (RSG)", "Liquor & Gaming NSW", "2019-06"),
        ],
        "edu": [("HSC", "Higher School Certificate", "Cabramatta High School", "2017")],
        "unq": {
            "certs": [
                ("Casino Special Employee Licence", "NSW Independent Casino Commission", "2019-06"),
                ("Responsible Service of Gambling (RSG)", "Liquor & Gaming NSW", "2019-06"),
            ],
        },
        "swaps": [("Crown Melbourne", "Crown Sydney")],
        "decisive": ("Current Victorian casino special employee licence (VGCCC)", ["Victorian", "Victoria", "VGCCC"], "jurisdiction"),
    },
    {
        "id": "tattoo_artist-fresh8-1",
        "occ": "tattoo_artist",
        "title": "Resident Tattoo Artist",
        "company": "Darlinghurst Ink Co.",
        "location": "Darlinghurst, NSW",
        "country": "AU",
        "posting": """
RESIDENT TATTOO ARTIST WANTED - Darlinghurst, Sydney

Busy custom studio with a full books waitlist and strong walk-in traffic is looking for a resident artist to join our crew of five.

Styles: we'd love someone strong in fine line, black & grey realism or neo-traditional, but all styles considered - send your portfolio.

Must have:
- A current NSW tattooist licence (issued by the NSW Police Force under the Tattoo Industry Act). We can't put anyone on the floor without it - if you're licensed in another state, sort your NSW licence before applying.
- 3+ years tattooing professionally after your apprenticeship
- Infection control training (HLTINF006 or equivalent) and solid knowledge of skin penetration hygiene requirements
- An online portfolio (Instagram is fine)

What you get: 50/50 split, booking and admin handled by our front desk, supplies provided, guest spot network in Melbourne and Brisbane.

DM us or email your portfolio.
""",
        "name": "Maddie Carter",
        "label": "Tattoo Artist",
        "summary": "Custom tattoo artist specialising in fine line and black & grey realism; booked out months ahead on the Gold Coast.",
        "where": ("Burleigh Heads", "QLD"),
        "work": [
            ("Tattoo Artist", "Salt & Needle Tattoo", "2021-03", "", [
                "Design and tattoo custom fine line and black & grey realism pieces, 4-5 clients a week",
                "Run my own bookings and consults via Instagram; keep procedure logs and sterilisation records",
                "Guest spots in Melbourne and Byron Bay",
            ]),
            ("Apprentice Tattooist", "Salt & Needle Tattoo", "2019-01", "2021-02", [
                "Two-year apprenticeship: stencils, machine set-up, sterilisation and cross-contamination control",
            ]),
        ],
        "skills": {"Tattooing": ["Fine line", "Black & grey realism", "Custom design", "Cover-ups"], "Tools": ["Procreate", "Rotary machines"], "Hygiene": ["Infection control", "Sterilisation procedures", "Skin penetration hygiene requirements"]},
        "certs": [
            ("Tattooist Licence (NSW)", "NSW Police Force - Security Licensing & Enforcement Directorate", "2026-09"),
            ("Tattooist Licence", "Queensland Office of Fair Trading", "2021-02"),
            ("HLTINF006 Apply basic principles and practices of infection prevention and control", "Australian Skills Group (RTO)", "2025-04"),
        ],
        "edu": [("Certificate IV", "Design", "TAFE Queensland", "2018")],
        "unq": {
            "certs": [
                ("Tattooist Licence", "Queensland Office of Fair Trading", "2021-02"),
                ("HLTINF006 Apply basic principles and practices of infection prevention and control", "Australian Skills Group (RTO)", "2025-04"),
            ],
        },
        "swaps": [],
        "decisive": ("Current NSW tattooist licence", ["NSW", "New South Wales"], "jurisdiction"),
    },
    {
        "id": "tattoo_artist-fresh8-2",
        "occ": "tattoo_artist",
        "title": "Tattoo Artist - Full Time Chair",
        "company": "Atlas Tattoo",
        "location": "Portland, OR",
        "posting": """
Atlas Tattoo is looking for a full-time artist to take over a chair in our Alberta Street shop.

We're a street shop with a custom focus - walk-ins, flash days and long-term large-scale work. We want someone who can do solid clean linework and color, is easy to work with and treats clients right.

Requirements
- Active Oregon Tattoo Artist license (Health Licensing Office)
- Minimum 4 years of full-time professional tattooing after completing an apprenticeship - no apprentices or newly licensed artists for this chair
- Current bloodborne pathogens training
- Strong portfolio showing healed work
- Reliable; able to work at least 4 days/week including one weekend day

Commission split 60/40 for the right artist, shop supplies included. Send your portfolio link and availability.
""",
        "name": "Dante Reyes",
        "label": "Tattoo Artist",
        "summary": "Tattoo artist in Portland street and custom shops: American traditional, neo-trad color and large-scale pieces; fast and clean on walk-ins.",
        "where": ("Portland", "OR"),
        "work": [
            ("Tattoo Artist", "Sea Tramp Tattoo Co.", "2020-07", "", [
                "Tattoo walk-ins and booked custom work, 20-25 hours a week of chair time",
                "Draw and sell flash sheets; run quarterly flash days",
                "Complete back pieces and sleeves over multi-session appointments",
            ]),
            ("Tattoo Artist", "Infinity Tattoo", "2018-03", "2020-06", [
                "Street shop tattooing after completing my apprenticeship there (2016-2018)",
            ]),
        ],
        "skills": {"Styles": ["American traditional", "Neo-traditional color", "Blackwork", "Lettering"], "Shop": ["Flash design", "Client consults", "Sterilization and setup"]},
        "certs": [
            ("Tattoo Artist License", "Oregon Health Licensing Office", "2018-02"),
            ("Bloodborne Pathogens Training", "American Red Cross", "2026-01"),
        ],
        "edu": [("Associate of Arts", "Studio Art", "Portland Community College", "2015")],
        "unq": {
            "work": [
                ("Tattoo Artist", "Sea Tramp Tattoo Co.", "2025-01", "", [
                    "Tattoo walk-ins and booked custom work, 20-25 hours a week of chair time",
                    "Draw and sell flash sheets; run quarterly flash days",
                    "Complete back pieces and sleeves over multi-session appointments",
                ]),
                ("Tattoo Apprentice", "Infinity Tattoo", "2022-09", "2024-12", [
                    "Apprenticeship covering machine setup, stencils, sterilization and flash tattoos",
                ]),
            ],
            "certs": [
                ("Tattoo Artist License", "Oregon Health Licensing Office", "2024-12"),
                ("Bloodborne Pathogens Training", "American Red Cross", "2026-01"),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 4 years of professional tattooing after apprenticeship", ["years", "4 years", "four years"], "years"),
    },
    {
        "id": "dog_trainer-fresh8-1",
        "occ": "dog_trainer",
        "title": "Dog Training Instructor",
        "company": "Seattle Humane",
        "location": "Bellevue, WA",
        "posting": """
Position: Dog Training Instructor (full-time, non-exempt)

Seattle Humane's training team teaches public classes and supports adopters so that pets stay in their homes.

Essential functions
- Teach puppy, basic manners, reactive-dog and adoption follow-up classes using positive reinforcement
- Run private consultations for common behavior problems (leash reactivity, jumping, mouthing)
- Support shelter staff with behavior modification plans for dogs in our care
- Maintain class records and client notes in our scheduling system

Qualifications
- Certified Professional Dog Trainer - Knowledge Assessed (CPDT-KA) or higher credential through CCPDT, held at time of hire
- At least 2 years teaching group dog-training classes
- Commitment to LIMA / force-free methods; no aversive tools
- Excellent communication with people of all backgrounds
- Ability to lift 50 lbs and handle dogs of all sizes

Pay: $24.50-$28.00/hour. Medical, dental, vision, 403(b), pet adoption and care discounts. Seattle Humane is an equal opportunity employer.
""",
        "name": "Megan Albright",
        "label": "Dog Trainer",
        "summary": "Force-free dog trainer teaching puppy, manners and reactive-dog classes; helps adopters settle shelter dogs at home.",
        "where": ("Kirkland", "WA"),
        "work": [
            ("Dog Trainer", "Sit Means Smile Training Center", "2022-02", "", [
                "Teach six group classes a week: puppy, basic manners and reactive rover",
                "Run private consults for leash reactivity and resource guarding using counter-conditioning",
                "Write behavior plans and follow-up notes in Gingr",
            ]),
            ("Animal Care Technician", "Everett Animal Shelter", "2019-05", "2022-01", [
                "Daily care and enrichment for 40+ dogs; helped with playgroups and behavior evaluations",
            ]),
        ],
        "skills": {"Training": ["Positive reinforcement", "Clicker training", "Counter-conditioning", "Group class instruction", "Reactive dog handling"], "Tools": ["Gingr"]},
        "certs": [
            ("Certified Professional Dog Trainer - Knowledge Assessed (CPDT-KA)", "Certification Council for Professional Dog Trainers", "2023-10"),
            ("Canine Good Citizen Evaluator", "American Kennel Club", "2023-03"),
            ("Pet First Aid & CPR", "American Red Cross", "2025-06"),
        ],
        "edu": [("Bachelor of Arts", "Psychology", "Western Washington University", "2019")],
        "unq": {
            "certs": [
                ("Canine Good Citizen Evaluator", "American Kennel Club", "2023-03"),
                ("Pet First Aid & CPR", "American Red Cross", "2025-06"),
                ("Fear Free Animal Trainer", "Fear Free Pets", "2024-02"),
            ],
        },
        "swaps": [],
        "decisive": ("CPDT-KA certification through CCPDT", ["CPDT-KA", "CPDT", "CCPDT", "Certified Professional Dog Trainer"], "certificate"),
    },
    {
        "id": "dog_trainer-fresh8-2",
        "occ": "dog_trainer",
        "title": "Hundetrainer/in (m/w/d) - Dog Trainer",
        "company": "Hundeschule Tempelhofer Feld",
        "location": "Berlin",
        "country": "DE",
        "posting": """
Hundetrainer/in (m/w/d) in Teilzeit oder Vollzeit - Berlin-Tempelhof

We are a modern, reward-based dog school in Berlin with group classes on the Tempelhofer Feld and home visits all over the city. To support our growing team we're looking for a dog trainer (m/w/d).

Your tasks
- Lead puppy groups, everyday obedience (Alltagstraining) and anti-pulling courses
- Home visits for clients with behaviour problems
- Preparation for the Berlin dog licence test (Hundeführerschein / Sachkundeprüfung)

Your profile
- Permit under § 11 Abs. 1 Nr. 8f Tierschutzgesetz (TierSchG) to train dogs for third parties, issued by your Veterinäramt - required for working independently with clients
- At least 2 years of experience as a dog trainer
- Fluent German; English is a plus for our expat clients
- Driving licence class B

We offer fair pay, flexible hours, further training (e.g. IHK-certified courses) and a great team.
""",
        "name": "Lena Hoffmann",
        "label": "Hundetrainerin",
        "summary": "Reward-based dog trainer in Berlin: puppy groups, everyday obedience and home visits for behaviour problems; prepares owners for the Berlin dog licence test.",
        "where": ("Berlin", "Berlin"),
        "work": [
            ("Hundetrainerin", "Hundeschule Spreeufer", "2022-04", "", [
                "Lead three puppy groups and two everyday-obedience groups per week",
                "Home visits for leash pulling, barking and separation problems",
                "Prepare owners for the Berlin Sachkundeprüfung",
            ]),
            ("Tierpflegerin", "Tierheim Berlin", "2018-09", "2022-03", [
                "Cared for and socialised shelter dogs; supported adoption counselling",
            ]),
        ],
        "skills": {"Training": ["Positive reinforcement", "Puppy classes", "Leash training", "Behaviour counselling"], "Other": ["Client consultations", "Course planning"]},
        "certs": [
            ("Erlaubnis nach § 11 Abs. 1 Nr. 8f TierSchG (Ausbilden von Hunden für Dritte)", "Bezirksamt Tempelhof-Schöneberg, Veterinär- und Lebensmittelaufsicht", "2022-03"),
            ("Führerschein Klasse B", "Landesamt für Bürger- und Ordnungsangelegenheiten Berlin", "2014-07"),
        ],
        "edu": [("Berufsausbildung (Abschluss)", "Tierpflegerin, Fachrichtung Tierheim und Tierpension", "IHK Berlin", "2018")],
        "langs": [("German", "Native"), ("English", "Fluent")],
        "unq": {
            "certs": [
                ("Führerschein Klasse B", "Landesamt für Bürger- und Ordnungsangelegenheiten Berlin", "2014-07"),
                ("Erste Hilfe am Hund", "Tierärztliche Praxis am Kreuzberg", "2024-05"),
            ],
        },
        "swaps": [],
        "decisive": ("Permit under § 11 TierSchG to train dogs for third parties", ["TierSchG", "Tierschutzgesetz", "Erlaubnis", "permit"], "certificate"),
    },
]
