"""Fresh5 half, logistics: customs broker, tow truck operator, flight attendant."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "customs_broker-fresh5-1",
        "occ": "customs_broker",
        "title": "Licensed Customs Broker - Import Compliance",
        "company": "Expeditors International",
        "location": "Seattle, WA",
        "posting": """
Expeditors is seeking a Licensed Customs Broker (LCB) to join our Seattle customs brokerage team. In this role you will exercise responsible supervision and control over the customs business conducted at the branch, review entries and entry summaries before transmission in ACE, advise importers on HTSUS classification, valuation, country of origin and Section 301/232 duties, handle CBP Form 28/29 requests and protests, and train entry writers.

Qualifications
- Individual U.S. customs broker license issued by CBP (required)
- 3+ years of customs brokerage experience, including ABI/ACE entry filing
- Working knowledge of 19 CFR and PGA requirements (FDA, USDA, EPA, CPSC)
- CCS (NCBFAA) a plus
- Bachelor's degree or equivalent experience

Expeditors offers a bonus program, 401(k) and ESPP. We are an equal opportunity employer.
""",
        "name": "Mei-Ling Harrington",
        "label": "Licensed Customs Broker",
        "summary": "Customs compliance professional with seven years in brokerage: classification, valuation and entry review for ocean and air imports, PGA filings, protests and CBP requests.",
        "where": ("Renton", "WA"),
        "work": [
            ("Customs Compliance Supervisor", "C.H. Robinson - Seattle Customs", "2022-05", "", [
                "Review entry summaries before filing and exercise responsible supervision over a team of six entry writers",
                "Classify merchandise under the HTSUS and advise importers on Section 301 exclusions and first-sale valuation",
                "Answer CBP Form 28 and 29 requests and prepare protests",
            ]),
            ("Import Entry Writer", "Kuehne+Nagel", "2019-06", "2022-04", [
                "Prepared and transmitted ABI entries in ACE for ocean and air shipments; filed FDA and USDA prior notices",
            ]),
        ],
        "skills": {"Customs": ["HTSUS classification", "Customs valuation", "ACE / ABI", "PGA filings", "19 CFR", "Protests"]},
        "certs": [
            ("U.S. Customs Broker License (individual)", "U.S. Customs and Border Protection", "2022-02"),
            ("Certified Customs Specialist (CCS)", "NCBFAA Educational Institute", "2020-10"),
        ],
        "edu": [("Bachelor of Arts", "International Studies", "University of Washington", "2019")],
        "unq": {
            "label": "Customs Compliance Specialist",
            "certs": [("Certified Customs Specialist (CCS)", "NCBFAA Educational Institute", "2020-10")],
        },
        "swaps": [("and exercise responsible supervision over a team of six entry writers", "and train a team of six entry writers")],
        "decisive": ("licensed customs broker (CBP license)", ["LCB", "Licensed Customs Broker", "customs broker license"], "licence level"),
    },
    {
        "id": "customs_broker-fresh5-2",
        "occ": "customs_broker",
        "title": "Customs Brokerage Specialist / Spécialiste en courtage douanier",
        "company": "Livingston International",
        "location": "Montreal, QC, Canada",
        "posting": """
Livingston is looking for a Customs Brokerage Specialist for our Montreal office, serving importers of apparel, food and industrial goods.

Responsibilities: prepare and transmit commercial accounting declarations (CADs) in CARM, request release (RMD) through CBSA systems, classify goods under the Customs Tariff, apply CUSMA and CETA preferential treatment, and handle OGD requirements (CFIA, Health Canada).

Requirements:
- Bilingual - fluent French and English, spoken and written (clients and CBSA offices in Quebec)
- 2+ years of Canadian customs brokerage experience
- Certified Customs Specialist (CCS) designation from the Canadian Society of Customs Brokers, or enrolled
- Strong knowledge of tariff classification and valuation
- DEC or college diploma in international trade or logistics

Hybrid schedule after training. Livingston is committed to an inclusive workplace.
""",
        "name": "Karan Mehta",
        "label": "Customs Brokerage Specialist",
        "summary": "Canadian customs specialist with four years preparing CBSA release and accounting transactions, tariff classification and free trade agreement claims.",
        "where": ("Montreal", "QC"),
        "country": "CA",
        "work": [
            ("Customs Specialist, Commercial Accounting", "Cole International", "2022-09", "", [
                "Prepare and submit CADs in the CARM Client Portal and through EDI for apparel and food importers",
                "Classify goods under the Customs Tariff and apply CUSMA and CETA tariff treatment",
                "Transmit RMD release requests and CFIA/Health Canada OGD data",
            ]),
            ("Customs Clerk", "Farrow", "2021-05", "2022-08", [
                "Keyed B3s and handled client calls and CBSA document requests",
            ]),
        ],
        "skills": {"Customs": ["CARM", "CAD", "RMD", "Tariff classification", "CUSMA", "CETA", "OGD requirements"]},
        "certs": [("Certified Customs Specialist (CCS)", "Canadian Society of Customs Brokers", "2023-04")],
        "edu": [("DEC", "Logistique du transport", "Collège de Maisonneuve", "2021")],
        "langs": [("English", "Native"), ("French", "Professional working proficiency"), ("Hindi", "Native")],
        "unq": {
            "langs": [("English", "Native"), ("Hindi", "Native"), ("Punjabi", "Conversational")],
            "edu": [("Diploma", "Supply Chain and Logistics", "Dawson College", "2021")],
        },
        "decisive": ("fluent French and English", ["French", "bilingual"], "language"),
    },
    {
        "id": "tow_truck_operator-fresh5-1",
        "occ": "tow_truck_operator",
        "title": "Heavy Duty Wrecker Operator",
        "company": "Bell Towing & Recovery",
        "location": "Columbus, OH",
        "posting": """
HEAVY DUTY WRECKER OPERATOR - I-70/I-71 corridor, police rotation & commercial accounts

Requirements
Class A CDL w/ air brakes endorsement
Medical card current
2+ years towing experience, heavy wrecker or rotator preferred
Able to rig, winch and upright loaded tractor-trailers
Clean MVR, pass DOT drug & alcohol

Pay: hourly + commission, on-call bonus. 24/7 rotation - nights, weekends, holidays and bad weather are the job.
""",
        "name": "Dale Strickland",
        "label": "Heavy Wrecker Operator",
        "summary": "Heavy-duty towing and recovery operator with five years on integrated wreckers and a 50-ton rotator: tractor-trailer recoveries, uprightings and load shifts.",
        "where": ("Grove City", "OH"),
        "work": [
            ("Heavy Recovery Operator", "Ken's Towing & Recovery", "2022-04", "", [
                "Run police-rotation and commercial calls on a Vulcan V-70 integrated wrecker and a 50-ton rotator",
                "Rig and upright loaded tractor-trailers, recover vehicles from ditches and embankments",
                "Complete pre-trip inspections and DOT logs",
            ]),
            ("Light/Medium Duty Tow Operator", "Central Ohio Wrecker Service", "2021-03", "2022-03", [
                "Flatbed and wheel-lift tows, box trucks and small buses",
            ]),
        ],
        "skills": {"Towing": ["Heavy recovery", "Rotator operation", "Rigging", "Uprighting", "Winching"]},
        "certs": [
            ("Commercial Driver's License Class A with Air Brakes (no restrictions)", "Ohio BMV", "2021-01"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2025-11"),
            ("WreckMaster 6/7 (Heavy Duty Recovery)", "WreckMaster", "2023-10"),
        ],
        "edu": [("High School Diploma", "", "Grove City High School", "2012")],
        "unq": {
            "certs": [
                ("Commercial Driver's License Class B with Air Brakes", "Ohio BMV", "2021-01"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry examiner", "2025-11"),
                ("WreckMaster 6/7 (Heavy Duty Recovery)", "WreckMaster", "2023-10"),
            ],
        },
        "decisive": ("Class A CDL", ["Class A", "CDL-A", "CDL A"], "licence level"),
    },
    {
        "id": "tow_truck_operator-fresh5-2",
        "occ": "tow_truck_operator",
        "title": "Recovery Specialist / Lead Operator",
        "company": "Sunbelt Recovery Group",
        "location": "Jacksonville, FL",
        "posting": """
We are looking for a Lead Operator to run heavy recovery scenes and mentor our light-duty drivers. You'll respond to commercial vehicle incidents on I-95 and I-10, set up traffic incident management zones with FHP and JSO, plan the recovery and run the equipment.

Requirements:
- TRAA National Driver Certification at Level 3 (heavy duty)
- National TIM Responder Training (SHRP2) completed
- Class A CDL
- 3 years of towing and recovery experience

Preferred: hazmat awareness, air cushion recovery experience.

Benefits: health, dental, paid time off. Must be available for call-outs. Drug-free workplace.
""",
        "name": "Andre Pettiford",
        "label": "Towing and Recovery Operator",
        "summary": "Towing and recovery operator with six years in medium and heavy duty work: commercial-vehicle incident scenes, recovery planning and TIM-compliant scene set-up.",
        "where": ("Orange Park", "FL"),
        "work": [
            ("Heavy Recovery Operator", "First Coast Towing", "2022-01", "", [
                "Plan and run tractor-trailer recoveries and uprightings; lay out rigging and anchor points",
                "Set up incident scenes with Florida Highway Patrol using TIM practices",
            ]),
            ("Tow Operator", "Duval Wrecker Service", "2020-06", "2021-12", [
                "Medium-duty wheel-lift and flatbed tows, box trucks and school buses",
            ]),
        ],
        "skills": {"Towing": ["Heavy recovery", "Incident scene management", "Rigging", "Air cushion recovery"]},
        "certs": [
            ("TRAA National Driver Certification - Level 3, Heavy Duty Towing and Recovery", "Towing and Recovery Association of America", "2024-06"),
            ("National TIM Responder Training", "FHWA / SHRP2", "2022-03"),
            ("Commercial Driver License Class A", "Florida DHSMV", "2020-04"),
            ("Hazmat Awareness", "Towing & Recovery Association of Florida", "2023-02"),
        ],
        "edu": [("High School Diploma", "", "Orange Park High School", "2013")],
        "unq": {
            "certs": [
                ("TRAA National Driver Certification - Level 2, Medium/Heavy Duty", "Towing and Recovery Association of America", "2024-06"),
                ("National TIM Responder Training", "FHWA / SHRP2", "2022-03"),
                ("Commercial Driver License Class A", "Florida DHSMV", "2020-04"),
                ("Hazmat Awareness", "Towing & Recovery Association of Florida", "2023-02"),
            ],
        },
        "decisive": ("TRAA certification Level 3", ["Level 3", "Level III"], "credential level"),
    },
    {
        "id": "flight_attendant-fresh5-1",
        "occ": "flight_attendant",
        "title": "Flight Attendant - Japanese Language Qualified (Honolulu Base)",
        "company": "Hawaiian Airlines",
        "location": "Honolulu, HI",
        "posting": """
Join our in-flight team as a language-qualified Flight Attendant based in Honolulu, working on our Japan routes (HND, NRT, KIX, FUK) as well as domestic and neighbor-island flights.

Qualifications
- Fluent in Japanese and English: you will take a speaking and reading assessment and make in-flight announcements in both languages
- At least 21 years old
- High school diploma or GED
- Valid passport with ability to travel freely in and out of the U.S. and Japan
- Two years of customer service experience
- Able to complete our 7-week in-flight training and earn the FAA Certificate of Demonstrated Proficiency

Flight attendants must meet height/reach requirements, wear the uniform to standard and pass a background check and drug screen. Hawaiian Airlines is an equal opportunity employer.
""",
        "name": "Kaila Nakoa-Watanabe",
        "label": "Guest Services Professional",
        "summary": "Customer service professional with five years in resort and airport guest services, serving visitors from Japan and the mainland in English and Japanese.",
        "where": ("Honolulu", "HI"),
        "work": [
            ("Guest Relations Lead", "Halekulani Hotel", "2023-03", "", [
                "Lead the guest relations desk for a luxury resort; resolve complaints and arrange VIP arrivals",
                "Serve Japanese-speaking guests and translate menus and notices",
            ]),
            ("Customer Service Agent", "Japan Airlines - Honolulu Airport Station (contracted by Swissport)", "2021-06", "2023-02", [
                "Checked in passengers, handled boarding and irregular operations rebooking",
                "Made gate announcements in Japanese and English",
            ]),
        ],
        "skills": {"Service": ["Guest relations", "Conflict resolution", "Gate operations", "Announcements"]},
        "certs": [
            ("Japanese-Language Proficiency Test (JLPT) N1", "Japan Foundation", "2019"),
            ("U.S. Passport", "U.S. Department of State", "2024"),
            ("First Aid/CPR/AED", "American Red Cross", "2025-05"),
        ],
        "edu": [("Bachelor of Arts", "Travel Industry Management", "University of Hawaii at Manoa", "2021")],
        "langs": [("English", "Native"), ("Japanese", "Fluent")],
        "unq": {
            "summary": "Customer service professional with five years in resort and airport guest services, serving visitors from Korea and the mainland in English and Korean.",
            "work": [
                ("Guest Relations Lead", "Halekulani Hotel", "2023-03", "", [
                    "Lead the guest relations desk for a luxury resort; resolve complaints and arrange VIP arrivals",
                    "Serve Korean-speaking guests and translate menus and notices",
                ]),
                ("Customer Service Agent", "Korean Air - Honolulu Airport Station (contracted by Swissport)", "2021-06", "2023-02", [
                    "Checked in passengers, handled boarding and irregular operations rebooking",
                    "Made gate announcements in Korean and English",
                ]),
            ],
            "certs": [
                ("Test of Proficiency in Korean (TOPIK) Level 6", "National Institute for International Education", "2019"),
                ("U.S. Passport", "U.S. Department of State", "2024"),
                ("First Aid/CPR/AED", "American Red Cross", "2025-05"),
            ],
            "langs": [("English", "Native"), ("Korean", "Fluent")],
        },
        "decisive": ("fluent Japanese", ["Japanese"], "language"),
    },
    {
        "id": "flight_attendant-fresh5-2",
        "occ": "flight_attendant",
        "title": "Cabin Crew - Business Aviation (Dublin based)",
        "company": "Gainjet Aviation",
        "location": "Dublin, Ireland",
        "posting": """
We are recruiting experienced cabin crew for our Dublin-based fleet of large-cabin business jets and VIP-configured airliners.

Essential:
- Minimum 2 years' cabin crew experience with a commercial or business aviation operator
- Valid EASA Cabin Crew Attestation (CCA)
- Right to live and work in the EU, with a passport allowing unrestricted travel
- Fluent English; a second European language is an advantage
- Food hygiene certificate (Level 2 or above) and first aid

Desirable: VIP/corporate service training, silver service, wine knowledge.

Rosters are irregular with short-notice trips of up to 14 days. Offers are conditional on a background check and medical.
""",
        "name": "Aoife Brennan",
        "label": "Cabin Crew",
        "summary": "Cabin crew member with over three years of flying on short-haul and long-haul aircraft; premium cabin service and safety lead duties.",
        "where": ("Swords", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("Senior Cabin Crew", "Aer Lingus", "2024-11", "", [
                "Lead the business cabin on A330 and A321LR transatlantic services; run pre-flight safety briefings",
                "Deliver premium dining and bar service",
            ]),
            ("Cabin Crew", "Ryanair (crewed via Crewlink)", "2023-04", "2024-10", [
                "Operated short-haul B737 services as a safety-and-service crew member",
            ]),
            ("Passenger Service Agent", "Swissport Ireland - Dublin Airport", "2021-05", "2023-03", [
                "Check-in, boarding and arrivals for several carriers",
            ]),
        ],
        "skills": {"Service": ["Premium cabin service", "Silver service", "Safety briefings", "Wine service"]},
        "certs": [
            ("EASA Cabin Crew Attestation", "Irish Aviation Authority", "2023-03"),
            ("Food Safety Level 2 (HACCP)", "Food Safety Authority of Ireland approved provider", "2024-02"),
            ("First Aid Responder (FAR)", "PHECC", "2025-01"),
            ("Irish Passport", "Department of Foreign Affairs", "2022"),
        ],
        "edu": [("Leaving Certificate", "", "Coláiste Choilm, Swords", "2019")],
        "langs": [("English", "Native"), ("Irish", "Conversational"), ("Spanish", "Intermediate")],
        "unq": {
            "summary": "Cabin crew member with short-haul and long-haul flying after several years in airport passenger services; premium cabin service and safety duties.",
            "work": [
                ("Cabin Crew", "Aer Lingus", "2025-10", "", [
                    "Work the business cabin on A330 and A321LR transatlantic services; take part in pre-flight safety briefings",
                    "Deliver premium dining and bar service",
                ]),
                ("Passenger Service Agent", "Swissport Ireland - Dublin Airport", "2021-05", "2025-09", [
                    "Check-in, boarding and arrivals for several carriers",
                ]),
            ],
            "certs": [
                ("EASA Cabin Crew Attestation", "Irish Aviation Authority", "2025-09"),
                ("Food Safety Level 2 (HACCP)", "Food Safety Authority of Ireland approved provider", "2024-02"),
                ("First Aid Responder (FAR)", "PHECC", "2025-01"),
                ("Irish Passport", "Department of Foreign Affairs", "2022"),
            ],
        },
        "decisive": ("minimum 2 years' cabin crew experience", ["years", "yrs"], "years"),
    },
]
# fmt: on
