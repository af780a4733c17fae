"""Fresh5 half, services: personal_trainer, pest_control_technician, barber, sommelier."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "personal_trainer-fresh5-1",
        "occ": "personal_trainer",
        "title": "Personal Trainer",
        "company": "Fitness First Australia",
        "location": "Bondi Junction, NSW, Australia",
        "posting": """
Personal Trainer - Fitness First Bondi Junction

Love changing lives? We're looking for a motivated Personal Trainer to join our Bondi Junction club. You'll build your own client base with the support of our PT Academy, lead small group training, run member onboarding sessions and keep our floor safe and welcoming.

What you'll need
- Certificate IV in Fitness (SIS40221) or equivalent - essential
- Current First Aid (HLTAID011) and CPR (HLTAID009) certificates
- Registration with AUSactive (or ability to register) and personal trainer insurance
- Valid Working with Children Check (NSW)
- Strong communication skills and a genuine passion for health and fitness

Nice to have: Certificate III in Group Fitness, Les Mills certifications, nutrition coaching qualifications.

Benefits: free membership, ongoing education, career pathways to PT Manager and Club Manager, discounts with our partners. Fitness First is an equal opportunity employer.
""",
        "name": "Jarrah Whitfield",
        "label": "Personal Trainer",
        "summary": "Personal trainer with four years of one-on-one and small group coaching in Sydney gyms; strength programming, fat loss and return-to-exercise clients, with a full diary built from floor time.",
        "where": ("Randwick", "NSW"),
        "country": "AU",
        "work": [
            ("Personal Trainer (self-employed, licensed at club)", "Anytime Fitness Randwick", "2023-02", "", [
                "Run 30+ sessions a week for a client base of 25 members: strength, hypertrophy and fat-loss programming",
                "Lead small group strength classes and new member inductions",
                "Screen clients with the adult pre-exercise screening system and refer to allied health when needed",
            ]),
            ("Gym Instructor", "PCYC Sydney", "2021-09", "2023-01", [
                "Supervised the gym floor, delivered equipment inductions and wrote basic programs",
                "Instructed circuit and boxing fitness classes",
            ]),
        ],
        "skills": {"Coaching": ["Strength programming", "Client screening", "Small group training", "Nutrition basics", "Motivational coaching"], "Tools": ["Trainerize", "Mindbody"]},
        "certs": [
            ("SIS40221 Certificate IV in Fitness", "Australian Institute of Fitness", "2022-11"),
            ("SIS30321 Certificate III in Fitness", "Australian Institute of Fitness", "2021-07"),
            ("HLTAID011 Provide First Aid", "St John Ambulance NSW", "2025-03"),
            ("HLTAID009 Provide Cardiopulmonary Resuscitation", "St John Ambulance NSW", "2026-03"),
            ("Working with Children Check (NSW)", "Office of the Children's Guardian", "2023-01"),
            ("AUSactive Registered Exercise Professional", "AUSactive", "2023-02"),
        ],
        "edu": [("Higher School Certificate", "", "Randwick Boys High School", "2020")],
        "unq": {
            "certs": [
                ("SIS30321 Certificate III in Fitness", "Australian Institute of Fitness", "2021-07"),
                ("HLTAID011 Provide First Aid", "St John Ambulance NSW", "2025-03"),
                ("HLTAID009 Provide Cardiopulmonary Resuscitation", "St John Ambulance NSW", "2026-03"),
                ("Working with Children Check (NSW)", "Office of the Children's Guardian", "2023-01"),
                ("AUSactive Registered Exercise Professional", "AUSactive", "2023-02"),
            ],
        },
        "decisive": ("Certificate IV in Fitness (SIS40221)", ["Certificate IV", "Cert IV", "SIS40221"], "credential level"),
    },
    {
        "id": "personal_trainer-fresh5-2",
        "occ": "personal_trainer",
        "title": "Tier 2 Personal Trainer",
        "company": "Equinox",
        "location": "Chicago, IL",
        "posting": """
Equinox Lincoln Park is hiring Personal Trainers. Our Tier structure rewards experience and education - this opening is for Tier 2 and above.

Requirements:
- Current nationally accredited (NCCA) certification: NASM, ACE, ACSM, NSCA or NCSF
- Minimum 2 years of personal training experience working with paying clients
- CPR/AED certification
- Ability to build and retain a client book through floor time and assessments
- Flexible schedule including early mornings, evenings and weekends

Bonus points: corrective exercise, pre/postnatal or performance specializations, a degree in kinesiology or exercise science.

Perks: complimentary membership, continuing education through the Equinox Fitness Training Institute, 401(k), commuter benefits. Equinox is an equal opportunity employer.
""",
        "name": "Tobias Grunewald",
        "label": "Certified Personal Trainer",
        "summary": "NASM-certified personal trainer with nearly five years coaching paying clients in boutique and big-box gyms; strength, corrective exercise and general fitness clients.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Personal Trainer", "Lifetime Fitness (Lincoln Park Athletic Club)", "2023-03", "", [
                "Train 22-28 sessions per week with a book of 18 recurring clients",
                "Run movement assessments and design periodized strength and corrective programs",
                "Renewed 85% of packages in 2025",
            ]),
            ("Fitness Coach", "Orangetheory Fitness", "2022-01", "2023-02", [
                "Coached heart-rate based group sessions of up to 24 members",
                "Provided one-on-one form coaching and intro sessions that converted to memberships",
            ]),
        ],
        "skills": {"Training": ["Strength and conditioning", "Corrective exercise", "Movement assessment", "Program design", "Client retention"]},
        "certs": [
            ("NASM Certified Personal Trainer (NASM-CPT)", "National Academy of Sports Medicine", "2021-11"),
            ("NASM Corrective Exercise Specialist (CES)", "National Academy of Sports Medicine", "2024-02"),
            ("Adult First Aid/CPR/AED", "American Red Cross", "2025-09"),
        ],
        "edu": [("B.S.", "Kinesiology", "Northern Illinois University", "2021")],
        "unq": {
            "summary": "NASM-certified personal trainer coaching paying clients in a big-box gym after several years in membership sales; strength, corrective exercise and general fitness clients.",
            "work": [
                ("Personal Trainer", "Lifetime Fitness (Lincoln Park Athletic Club)", "2025-10", "", [
                    "Train 22-28 sessions per week with a book of 18 recurring clients",
                    "Run movement assessments and design periodized strength and corrective programs",
                ]),
                ("Membership Advisor", "Lifetime Fitness (Lincoln Park Athletic Club)", "2022-01", "2025-09", [
                    "Sold memberships and led facility tours; met monthly sales targets",
                    "Booked complimentary fitness consultations for new members",
                ]),
            ],
        },
        "decisive": ("Minimum 2 years of personal training experience", ["years", "yrs"], "years"),
    },
    {
        "id": "pest_control_technician-fresh5-1",
        "occ": "pest_control_technician",
        "title": "Pest Control Service Technician / Inspector (Branch 2)",
        "company": "Clark Pest Control",
        "location": "Stockton, CA",
        "posting": """
Clark Pest Control is hiring a Branch 2 service technician who can also inspect and sell. You will service residential and commercial accounts, perform inspections and write findings, recommend treatment programs and add-on services, and apply pesticides according to label and regulations.

Requirements:
- Current California Structural Pest Control Board Branch 2 Field Representative license (Applicator licenses not sufficient for this route - we have other openings for Applicators)
- Valid California driver's license and acceptable DMV record
- 1+ year of pest control experience
- Able to lift 50 lbs, climb ladders, and work in crawlspaces and attics
- Customer service attitude; basic tablet skills

We provide a company truck, uniforms, PPE, commissions on sales, medical/dental/vision and 401(k). Pre-employment drug screen and background check. EOE.
""",
        "name": "Rogelio Banuelos",
        "label": "Pest Control Technician",
        "summary": "Structural pest control technician with five years on residential and commercial general pest routes in the Central Valley; inspections, treatment recommendations and customer follow-up.",
        "where": ("Lodi", "CA"),
        "work": [
            ("Service Technician / Inspector", "Terminix", "2023-04", "", [
                "Service 12-15 residential and commercial general pest accounts a day (ants, spiders, cockroaches, rodents)",
                "Perform initial inspections, write findings and sell quarterly service agreements",
                "Keep pesticide use records and follow label directions and county requirements",
            ]),
            ("Pest Control Technician", "Orkin", "2021-05", "2023-03", [
                "Ran a commercial route including restaurants and warehouses; rodent exclusion and bait station programs",
                "Documented service in the handheld system and handled customer call-backs",
            ]),
        ],
        "skills": {"Pest control": ["General pest control", "Rodent exclusion", "Inspections", "Integrated pest management", "Customer service"], "Tools": ["ServSuite", "Backpack and power sprayers"]},
        "certs": [
            ("Branch 2 Field Representative License", "California Structural Pest Control Board", "2023-01"),
            ("California Class C Driver License", "California DMV", ""),
        ],
        "edu": [("High School Diploma", "", "Tokay High School", "2019")],
        "unq": {
            "certs": [
                ("Branch 2 Applicator License", "California Structural Pest Control Board", "2021-08"),
                ("California Class C Driver License", "California DMV", ""),
            ],
        },
        "decisive": ("Branch 2 Field Representative license", ["Field Representative"], "licence level"),
    },
    {
        "id": "pest_control_technician-fresh5-2",
        "occ": "pest_control_technician",
        "title": "Pest Control Technician - Licensed",
        "company": "ABC Home & Commercial Services",
        "location": "Fort Worth, TX",
        "posting": """
Now hiring LICENSED pest techs - Fort Worth / Weatherford routes

* TDA (Texas Department of Agriculture) Structural Pest Control Service technician license required - Certified Applicator even better
* Clean driving record, valid DL
* Residential + light commercial general pest, some termite inspections
* Must pass background + drug test
* Mon-Fri, some Saturdays in summer

We pay weekly, company vehicle + gas card, paid training, 401k match, health/dental. Bilingual Spanish a plus.
""",
        "name": "Dustin Kowalczyk",
        "label": "Pest Control Technician",
        "summary": "Licensed pest control technician with six years on residential and light commercial routes in North Texas and southern Oklahoma; general pest, rodents and termite inspections.",
        "where": ("Weatherford", "TX"),
        "work": [
            ("Route Technician", "Bulwark Exterminating", "2024-03", "", [
                "Run a residential general pest route of 14-18 stops a day in Parker and Tarrant counties",
                "Perform termite inspections and assist with liquid termiticide treatments",
                "Up-sell mosquito and rodent services; keep service records in PestPac",
            ]),
            ("Pest Control Technician", "Emerald Pest Control", "2020-05", "2024-02", [
                "Handled residential and restaurant accounts in Lawton and Duncan, OK",
                "Installed rodent exclusion and bait programs",
            ]),
        ],
        "skills": {"Pest control": ["General pest", "Termite inspection", "Rodent control", "Mosquito treatment"], "Tools": ["PestPac", "B&G sprayers"]},
        "certs": [
            ("Technician License - Structural Pest Control Service", "Texas Department of Agriculture (TDA)", "2024-01"),
            ("Certified Technician, Category 7a Structural Pest Control", "Oklahoma Department of Agriculture, Food and Forestry", "2020-09"),
            ("Driver License, Class C", "Texas Department of Public Safety", ""),
        ],
        "edu": [("High School Diploma", "", "Lawton High School", "2019")],
        "langs": [("English", "Native"), ("Spanish", "Conversational")],
        "unq": {
            "certs": [
                ("Certified Technician, Category 7a Structural Pest Control", "Oklahoma Department of Agriculture, Food and Forestry", "2020-09"),
                ("Driver License, Class C", "Texas Department of Public Safety", ""),
            ],
        },
        "decisive": ("Texas (TDA) structural pest control technician license", ["TDA", "Texas Department of Agriculture"], "jurisdiction"),
    },
    {
        "id": "barber-fresh5-1",
        "occ": "barber",
        "title": "Licensed Barber (Master Barber)",
        "company": "Fellow Barber",
        "location": "Brooklyn, NY",
        "posting": """
Fellow Barber - Williamsburg is looking for an experienced Master Barber to join our team.

About the role: Precision cuts, fades, beard sculpting and hot towel shaves for a loyal walk-in and appointment clientele. You'll keep your station and tools sanitized to NYS standards, rebook clients and recommend product.

Requirements
- NYS Master Barber license (Department of State) - required; we cannot sponsor apprentices at this location
- 2+ years behind the chair
- Strong skills in clipper work, scissor-over-comb and straight razor
- Portfolio / Instagram of recent work

Commission or booth rental options, paid education, product discounts. Equal opportunity employer.
""",
        "name": "Andre Fontaine-Massey",
        "label": "Barber",
        "summary": "Brooklyn barber with five years behind the chair: skin fades, tapers, scissor work, beard sculpting and straight-razor shaves, with a steady rebooking clientele.",
        "where": ("Brooklyn", "NY"),
        "work": [
            ("Barber", "Persons of Interest", "2023-05", "", [
                "Cut 10-14 clients a day: skin fades, tapers, scissor-over-comb and textured crops",
                "Beard shaping and hot towel straight-razor shaves",
                "Rebooking rate above 70%; portfolio at @andrecuts",
            ]),
            ("Barber", "Astor Place Hairstylists", "2021-04", "2023-04", [
                "High-volume walk-in cutting in Manhattan; clipper and shear work",
                "Followed state sanitation standards for tools and stations",
            ]),
        ],
        "skills": {"Barbering": ["Skin fades", "Tapers", "Scissor-over-comb", "Straight razor shaves", "Beard design"], "Business": ["Rebooking", "Square Appointments", "Retail product sales"]},
        "certs": [
            ("Master Barber License", "New York State Department of State, Division of Licensing Services", "2023-03"),
            ("Infection Control Course (barbering)", "NYS Education Department approved provider", "2021-02"),
        ],
        "edu": [("Certificate", "Barbering", "Empire Beauty School, Manhattan", "2021")],
        "unq": {
            "certs": [
                ("Certificate of Registration - Apprentice Barber", "New York State Department of State, Division of Licensing Services", "2021-03"),
                ("Infection Control Course (barbering)", "NYS Education Department approved provider", "2021-02"),
            ],
        },
        "decisive": ("NYS Master Barber license", ["Master Barber"], "licence level"),
    },
    {
        "id": "barber-fresh5-2",
        "occ": "barber",
        "title": "Senior Barber",
        "company": "Ted's Grooming Room",
        "location": "Manchester, England, United Kingdom",
        "posting": """
Senior Barber - Ted's Grooming Room, Manchester (Spinningfields)

We're after a skilled Senior Barber who takes pride in traditional and modern men's grooming. You will deliver our signature wet shaves, hot towel treatments, fades and classic cuts, and help coach our junior barbers and apprentices.

Essential:
* Level 3 NVQ Diploma in Barbering (or equivalent Level 3 barbering qualification)
* At least 2 years' experience as a barber in a busy shop
* Confident with open-blade wet shaving, skin fades and scissor work
* Right to work in the UK

Desirable: competition or education experience; experience supporting apprentices through End-Point Assessment.

We offer: competitive basic plus commission, tips, 28 days' holiday (incl. bank holidays), ongoing training, staff discount. Must be available Saturdays.
""",
        "name": "Kieran Doherty",
        "label": "Barber",
        "summary": "Manchester barber with six years in traditional and modern barbershops: wet shaves, hot towel treatments, skin fades and classic scissor cuts; mentors juniors on the shop floor. Full right to work in the UK.",
        "where": ("Salford", "England"),
        "country": "GB",
        "work": [
            ("Barber", "Jack the Clipper", "2022-06", "", [
                "Deliver open-blade wet shaves, skin fades, scissor cuts and beard trims to a regular client book",
                "Coach two apprentice barbers on clipper technique and consultation",
                "Keep the shop compliant with hygiene and COSHH procedures",
            ]),
            ("Junior Barber", "Savills Barbers", "2020-07", "2022-05", [
                "Built speed and consistency on clipper cuts and tapers in a walk-in shop",
                "Hot towel treatments and beard shaping",
            ]),
        ],
        "skills": {"Barbering": ["Open-blade wet shaving", "Skin fades", "Scissor cutting", "Beard shaping", "Hot towel treatments"], "Other": ["Mentoring apprentices", "Client consultation"]},
        "certs": [
            ("Level 3 NVQ Diploma in Barbering", "VTCT", "2022-04"),
            ("Level 2 NVQ Diploma in Barbering", "VTCT", "2020-06"),
        ],
        "edu": [("Diploma", "Barbering", "The Manchester College", "2022")],
        "unq": {
            "certs": [
                ("Level 2 NVQ Diploma in Barbering", "VTCT", "2020-06"),
                ("Award in Contact Dermatitis Prevention", "VTCT", "2021-03"),
            ],
            "edu": [("Diploma", "Barbering", "The Manchester College", "2020")],
        },
        "decisive": ("Level 3 NVQ Diploma in Barbering", ["Level 3"], "credential level"),
    },
    {
        "id": "sommelier-fresh5-1",
        "occ": "sommelier",
        "title": "Sommelier",
        "company": "Spago Beverly Hills",
        "location": "Beverly Hills, CA",
        "posting": """
Spago Beverly Hills is seeking a Sommelier to join our wine team. Our list carries 3,000+ selections with deep holdings in Burgundy, Champagne, Austria and California.

Responsibilities include guiding guests through the list and pairing with the tasting menu, executing flawless wine service (decanting, large formats, older vintages), maintaining cellar organization and inventory counts, and training front-of-house staff.

Qualifications:
- Certified Sommelier (Court of Master Sommeliers) or WSET Level 3 or higher
- Minimum 3 years of experience as a floor sommelier in fine dining
- Strong knowledge of classic and emerging regions, sake and spirits
- Ability to stand for long shifts, lift cases up to 40 lbs and navigate cellar stairs
- Availability nights, weekends and holidays

Benefits: medical, dental, vision, 401(k), dining discounts and education stipend. We are an equal opportunity employer.
""",
        "name": "Celeste Marchetti",
        "label": "Sommelier",
        "summary": "Fine-dining sommelier with more than five years on the floor in Los Angeles tasting-menu restaurants; guest-focused service, large-format and older-vintage handling, cellar management and staff training.",
        "where": ("Los Angeles", "CA"),
        "work": [
            ("Sommelier", "Providence (Los Angeles)", "2023-02", "", [
                "Guide guests through a 1,800-selection list and pair wines with the tasting menu",
                "Decant and serve mature Bordeaux and Burgundy; handle magnums and Champagne service",
                "Run monthly inventory counts and train servers on by-the-glass wines",
            ]),
            ("Assistant Sommelier", "n/naka", "2021-04", "2023-01", [
                "Provided tableside wine and sake service on the floor during kaiseki dinner service",
                "Received deliveries, organized the cellar and updated the list in BinWise",
            ]),
        ],
        "skills": {"Wine": ["Wine service", "Food and wine pairing", "Sake", "Cellar management", "Inventory", "Staff training"], "Tools": ["BinWise", "Toast"]},
        "certs": [
            ("Certified Sommelier", "Court of Master Sommeliers, Americas", "2022-06"),
            ("WSET Level 2 Award in Sake", "Wine & Spirit Education Trust", "2021-10"),
        ],
        "edu": [("B.A.", "Hospitality Management", "Cal Poly Pomona", "2020")],
        "unq": {
            "summary": "Fine-dining sommelier on the floor in a Los Angeles tasting-menu restaurant after several years as a server and captain; guest-focused service, older-vintage handling, cellar work and staff training.",
            "work": [
                ("Sommelier", "Providence (Los Angeles)", "2024-10", "", [
                    "Guide guests through a 1,800-selection list and pair wines with the tasting menu",
                    "Decant and serve mature Bordeaux and Burgundy; handle magnums and Champagne service",
                    "Run monthly inventory counts and train servers on by-the-glass wines",
                ]),
                ("Captain", "n/naka", "2021-04", "2024-09", [
                    "Led a three-table section during kaiseki dinner service and coordinated courses with the kitchen",
                    "Assisted the wine team with stocking and glassware",
                ]),
            ],
        },
        "decisive": ("Minimum 3 years as a floor sommelier", ["years", "yrs"], "years"),
    },
    {
        "id": "sommelier-fresh5-2",
        "occ": "sommelier",
        "title": "Sommelier / Sommelière",
        "company": "Toqué!",
        "location": "Montréal, QC, Canada",
        "posting": """
Toqué! recherche un(e) sommelier(ère) / Toqué! is looking for a sommelier.

Restaurant gastronomique in Old Montréal, tasting menu and à la carte, a list of 900 references with a focus on natural and Québec wines.

Responsabilités / Responsibilities
- Recommend and serve wines and pairings at the table
- Help the head sommelier with purchasing through the SAQ and private import agencies, inventory and list updates
- Train the service team

Exigences / Requirements
- Bilingual French and English (spoken) - French is the working language of the kitchen and the floor
- Diploma or attestation in sommellerie (ASP Sommellerie, ITHQ) or WSET Level 3 / CAPS certification
- 2 years of experience in fine dining wine service
- Available evenings and weekends

Nous offrons / We offer: shared tips, staff meal, health insurance after probation, education budget.
""",
        "name": "Olivia Brennan-Tessier",
        "label": "Sommelier",
        "summary": "Sommelier with four years in fine dining in Montréal and Ottawa: table service, pairings, import-agency purchasing and service team training; comfortable with natural and Québec wines.",
        "where": ("Montréal", "QC"),
        "country": "CA",
        "work": [
            ("Sommelier", "Restaurant Le Mousso", "2023-03", "", [
                "Serve and pair wines for a 10-course tasting menu; build pairings with the chef each menu change",
                "Place orders with private import agencies and the SAQ; track cellar inventory",
                "Lead pre-service tastings for the floor team",
            ]),
            ("Wine Server / Commis Sommelier", "Atelier (Ottawa)", "2021-05", "2023-02", [
                "Presented and poured wine pairings table-side; handled stemware and cellar stocking",
            ]),
        ],
        "skills": {"Wine": ["Food and wine pairing", "Natural wine", "Québec wines", "Import agency purchasing", "Cellar inventory"]},
        "certs": [
            ("WSET Level 3 Award in Wines", "Wine & Spirit Education Trust", "2022-09"),
            ("CAPS Certified Sommelier", "Canadian Association of Professional Sommeliers", "2023-01"),
        ],
        "edu": [("Bachelor of Commerce", "Marketing", "Concordia University", "2020")],
        "langs": [("English", "Native"), ("French", "Fluent (professional)")],
        "unq": {
            "summary": "Sommelier with four years in fine dining in Toronto and Ottawa: table service, pairings, import-agency purchasing and service team training; comfortable with natural and Québec wines.",
            "where": ("Toronto", "ON"),
            "langs": [("English", "Native"), ("Italian", "Intermediate")],
        },
        "swaps": [("Restaurant Le Mousso", "Alo Restaurant"), ("Place orders with private import agencies and the SAQ", "Place orders with consignment agents and the LCBO")],
        "decisive": ("Bilingual French and English", ["French", "bilingual", "français"], "language"),
    },
]
# fmt: on
