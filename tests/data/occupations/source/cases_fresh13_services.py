"""Fresh13 set (writer b), hospitality, personal and scientific services: pub manager, brewer, hotel concierge, football coach, geologist, analytical chemist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "pub_manager-fresh13-1",
        "occ": "pub_manager",
        "title": "Bar Manager - Cuba Street",
        "company": "The Ferret & Fern Ale House",
        "location": "Wellington, New Zealand",
        "posting": """
We're a busy 140-seat craft beer bar and kitchen on Cuba Street with 24 taps and a loyal crowd of regulars. Our Bar Manager is moving north, so we need someone to run the floor, the cellar and the team.

What you'll do
- Run service four or five nights a week as the duty manager on the licence
- Roster a team of 12, train new bartenders and run host responsibility briefings
- Look after the cellar: keg rotation, line cleaning, ordering from 15 breweries
- Stocktakes, wage targets and weekly reporting to the owners

You'll need
- A current Manager's Certificate under the Sale and Supply of Alcohol Act 2012 - you'll be the duty manager most nights, so this is non-negotiable
- 2+ years in bars or restaurants, including at least a year supervising staff
- Solid beer knowledge and cellar experience
- Rostering and stock systems (we use Lightspeed and Deputy)
- NZ citizenship or residency, or a valid work visa
""",
        "name": "Kieran Walsh-Ngata",
        "label": "Duty Manager and Assistant Bar Manager",
        "summary": "Wellington hospitality lead with seven years behind the bar, the last four running shifts as duty manager in a brewpub; holds a Manager's Certificate. NZ citizen.",
        "where": ("Wellington", ""),
        "country": "NZ",
        "work": [
            ("Duty Manager / Assistant Bar Manager", "Fork & Brewer", "2022-03", "", [
                "Duty manager on the licence for four nights a week in a 200-seat brewpub",
                "Roster and train a bar team of ten in Deputy; run host responsibility briefings",
                "Manage the cellar: keg rotation, weekly line cleans, ordering and monthly stocktakes in Lightspeed",
            ]),
            ("Bartender, then Bar Supervisor", "Hashigo Zake", "2019-11", "2022-02", [
                "Poured and explained 25 rotating taps; supervised weekend shifts from 2021",
            ]),
        ],
        "skills": {"Hospitality": ["Host responsibility", "Cellar management", "Line cleaning", "Rostering", "Stock control", "Beer styles"], "Systems": ["Lightspeed", "Deputy"]},
        "certs": [
            ("Licence Controller Qualification (LCQ)", "ServiceIQ", "2021-08"),
            ("Manager's Certificate, Sale and Supply of Alcohol Act 2012", "Wellington District Licensing Committee", "2022-02"),
        ],
        "edu": [("NCEA Level 3", "", "Wellington High School", "2016")],
        "unq": {
            "summary": "Wellington hospitality lead with seven years behind the bar, the last four supervising shifts in a brewpub; holds the LCQ. NZ citizen.",
            "label": "Bar Supervisor",
            "certs": [("Licence Controller Qualification (LCQ)", "ServiceIQ", "2021-08")],
        },
        "swaps": [
            ("Duty Manager / Assistant Bar Manager", "Bar Supervisor"),
            ("Duty manager on the licence for four nights a week in a 200-seat brewpub", "Shift lead four nights a week in a 200-seat brewpub, under the certified duty manager"),
        ],
        "decisive": ("current Manager's Certificate", ["Manager's Certificate", "Managers Certificate"], "licence level"),
    },
    {
        "id": "pub_manager-fresh13-2",
        "occ": "pub_manager",
        "title": "GENERAL MANAGER - PUB & KITCHEN, STOCKBRIDGE",
        "company": "Greene King",
        "location": "Edinburgh, UK",
        "posting": """
THE PUB
A busy neighbourhood pub with a 90-cover kitchen, beer garden and a strong food-led trade seven days a week.

THE ROLE
You'll run the business: people, standards, food safety, licensing, profit. You'll recruit and develop a team of 25, drive sales and margin, control wages and stock, and keep the pub at the heart of its community.

WHAT WE NEED FROM YOU
- A Scottish personal licence under the Licensing (Scotland) Act 2005, with refresher training up to date - you will be named as Premises Manager from day one
- 3+ years running a pub, bar or restaurant as General Manager or Deputy General Manager
- Food hygiene certification (REHIS Elementary or equivalent)
- Proven P&L ownership, wage and stock control
- The right to work in the UK

WHAT YOU'LL GET
Bonus up to 20% of salary, pub discount, share save scheme and a clear route to larger sites.
""",
        "name": "Nathan Brierley",
        "label": "Pub General Manager",
        "summary": "Pub general manager with seven years as GM or deputy in food-led pubs in Glasgow and Leeds. Holds Scottish and English personal licences. British citizen.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("General Manager", "Mitchells & Butlers", "2022-06", "", [
                "Run a 120-cover food-led pub in Leeds with 30 staff and £1.8m annual turnover; named Designated Premises Supervisor",
                "Grew food sales 14% in a year while holding wages to 22% of sales",
                "Own the P&L, stock results and food safety audits",
            ]),
            ("Deputy General Manager", "Nicholson's (Mitchells & Butlers), Glasgow", "2019-04", "2022-05", [
                "Ran shifts and the kitchen team in a city-centre pub; led licensing and food safety compliance",
            ]),
            ("Assistant Manager", "BrewDog Glasgow Merchant City", "2017-03", "2019-03", [
                "Cellar, rotas and staff training",
            ]),
        ],
        "skills": {"Management": ["P&L", "Wage control", "Stock control", "Recruitment", "Licensing compliance", "Food safety"]},
        "certs": [
            ("Personal Licence, Licensing (Scotland) Act 2005 (SCPLH; refresher completed 2024)", "Glasgow City Licensing Board", "2019-06"),
            ("Personal Licence, Licensing Act 2003 (Level 2 Award for Personal Licence Holders)", "Leeds City Council", "2022-05"),
            ("REHIS Elementary Food Hygiene Certificate", "REHIS", "2019-05"),
        ],
        "edu": [("HND", "Hospitality Management", "City of Glasgow College", "2016")],
        "unq": {
            "summary": "Pub general manager with seven years as GM or deputy in food-led pubs in Glasgow and Leeds. Holds an English personal licence. British citizen.",
            "certs": [
                ("Personal Licence, Licensing Act 2003 (Level 2 Award for Personal Licence Holders)", "Leeds City Council", "2022-05"),
                ("REHIS Elementary Food Hygiene Certificate", "REHIS", "2019-05"),
            ],
        },
        "decisive": ("Scottish personal licence", ["Scottish", "Scotland", "SCPLH"], "jurisdiction"),
    },
    {
        "id": "brewer-fresh13-1",
        "occ": "brewer",
        "title": "Brewer (Shift) - Newlands Brewery",
        "company": "South African Breweries (SAB)",
        "location": "Newlands, Cape Town, South Africa",
        "posting": """
Job purpose
To run brewhouse, fermentation and filtration operations on shift so that every brew meets specification, safely and at the lowest cost.

Key responsibilities
- Operate and optimise the brewhouse, fermentation and filtration areas on a rotating shift
- Release wort and beer against specification; investigate and close deviations
- Lead operators on shift and drive the daily management routines
- Record data in SAP (PM/QM) and take part in root cause analysis

Minimum requirements
- BSc or BEng in Chemical Engineering, Microbiology, Biochemistry, Food Science or equivalent
- IBD Diploma in Brewing (all modules) - essential
- At least 3 years' brewing experience in a high-volume brewery (brewhouse, fermentation, filtration)
- SAP PM/QM and exposure to a structured operational excellence system (VPO, TPM or WCM)
- Valid driver's licence (Code B or EB)

SAB is an equal opportunity employer and appointments will be made in line with our employment equity plan.
""",
        "name": "Lwazi Mthembu",
        "label": "Brewer, Brewhouse and Fermentation",
        "summary": "Brewer with eight years in high-volume and craft brewing, qualified through the Institute of Brewing & Distilling's Diploma in Brewing; strong on fermentation control and TPM routines.",
        "where": ("Cape Town", "Western Cape"),
        "country": "ZA",
        "work": [
            ("Brewer, Brewhouse & Fermentation", "Heineken South Africa, Sedibeng Brewery", "2021-02", "", [
                "Run brewhouse, fermentation and filtration on a four-shift rotation at a 3 million hl/year brewery",
                "Cut wort oxygen pickup and diacetyl rests, saving 9 hours of tank time per brew",
                "Record deviations and maintenance in SAP QM/PM; TPM quality pillar member",
            ]),
            ("Brewing Technologist", "Devil's Peak Brewing Company", "2018-06", "2021-01", [
                "Brewed, fermented and filtered ales and lagers on a 30 hl brewhouse; ran the QC lab",
            ]),
        ],
        "skills": {"Brewing": ["Brewhouse operations", "Fermentation", "Filtration", "Yeast management", "Sensory"], "Systems": ["SAP PM", "SAP QM", "TPM"]},
        "certs": [
            ("Diploma in Brewing (Dip.Brew)", "Institute of Brewing & Distilling", "2023-11"),
            ("General Certificate in Brewing (GCB)", "Institute of Brewing & Distilling", "2019-06"),
            ("Driver's licence, Code EB", "Department of Transport (South Africa)", "2015-03"),
        ],
        "edu": [("Bachelor of Science (Honours)", "Microbiology", "Stellenbosch University", "2017")],
        "langs": [("English", "Fluent"), ("isiZulu", "Native"), ("Afrikaans", "Conversational")],
        "unq": {
            "summary": "Brewer with eight years in high-volume and craft brewing, qualified through the Institute of Brewing & Distilling's General Certificate in Brewing; strong on fermentation control and TPM routines.",
            "certs": [
                ("General Certificate in Brewing (GCB)", "Institute of Brewing & Distilling", "2019-06"),
                ("Driver's licence, Code EB", "Department of Transport (South Africa)", "2015-03"),
            ],
        },
        "decisive": ("IBD Diploma in Brewing", ["Diploma in Brewing", "Dip.Brew", "DipBrew"], "credential level"),
    },
    {
        "id": "brewer-fresh13-2",
        "occ": "brewer",
        "title": "Head Brewer",
        "company": "Mountain Goat Beer",
        "location": "Richmond, VIC, Australia",
        "posting": """
Mountain Goat has been brewing in Richmond since the late nineties and we're looking for a Head Brewer to lead our brewing team.

The role
You'll own brewhouse and cellar operations, schedule production, lead a team of six brewers, look after recipe development with our innovation team, and hold the line on quality and safety.

What you'll bring
- 5+ years' commercial brewing experience, including at least 2 years leading a brewing team or shift
- A tertiary qualification in brewing, food science, microbiology or engineering, or an IBD qualification
- Strong sensory skills and a working knowledge of HACCP
- A current high risk work licence for forklift (LF)
- Full Australian working rights

Why us
Beer allowance, a tight crew and a brewery people love to visit.
""",
        "name": "Bridget Callaghan",
        "label": "Brewing Team Leader",
        "summary": "Brewer with nearly eight years on commercial brewhouses in Melbourne, four of them leading a brewing team. Food science graduate. Australian citizen.",
        "where": ("Brunswick", "VIC"),
        "country": "AU",
        "work": [
            ("Brewing Team Leader", "Bodriggy Brewing Co.", "2022-08", "", [
                "Lead a team of four brewers on a 25 hl brewhouse and 300 hl cellar; set the weekly production plan",
                "Developed six core and seasonal recipes with the sales team",
                "Run the sensory panel and HACCP verification",
            ]),
            ("Brewer", "Hawkers Beer", "2019-03", "2022-07", [
                "Brewed, fermented and packaged ales and lagers; trained cellar hands",
            ]),
            ("QA Laboratory Technician", "Saputo Dairy Australia", "2016-02", "2019-02", [
                "Microbiological and chemical testing of milk and cheese; HACCP records",
            ]),
        ],
        "skills": {"Brewing": ["Recipe development", "Fermentation", "Cellar management", "Sensory evaluation", "HACCP", "Production planning"]},
        "certs": [
            ("High risk work licence, forklift truck (LF)", "WorkSafe Victoria", "2019-05"),
            ("General Certificate in Brewing", "Institute of Brewing & Distilling", "2023-06"),
        ],
        "edu": [("Bachelor of Food Technology and Nutrition", "Food Science", "RMIT University", "2015")],
        "unq": {
            "summary": "Brewer with four years on commercial brewhouses in Melbourne, two of them leading a brewing team, after six years in dairy QA. Food science graduate. Australian citizen.",
            "work": [
                ("Brewing Team Leader", "Bodriggy Brewing Co.", "2024-09", "", [
                    "Lead a team of four brewers on a 25 hl brewhouse and 300 hl cellar; set the weekly production plan",
                    "Developed six core and seasonal recipes with the sales team",
                    "Run the sensory panel and HACCP verification",
                ]),
                ("Brewer", "Hawkers Beer", "2022-11", "2024-08", [
                    "Brewed, fermented and packaged ales and lagers; trained cellar hands",
                ]),
                ("QA Laboratory Technician", "Saputo Dairy Australia", "2016-02", "2022-10", [
                    "Microbiological and chemical testing of milk and cheese; HACCP records",
                ]),
            ],
        },
        "decisive": ("5+ years' commercial brewing experience", ["years", "yrs"], "years"),
    },
    {
        "id": "hotel_concierge-fresh13-1",
        "occ": "hotel_concierge",
        "title": "Chef Concierge",
        "company": "The Ritz-Carlton, Doha",
        "location": "Doha, Qatar",
        "posting": """
The Ritz-Carlton, Doha is looking for a Chef Concierge to lead our Concierge and Guest Relations desk and create memorable, personal experiences for our guests.

Responsibilities
- Lead, schedule and coach a team of concierges and guest relations agents
- Arrange restaurant, desert safari, yacht and event reservations; anticipate and fulfil unusual requests
- Build partnerships with restaurants, tour operators, luxury retailers and transport providers
- Keep guest preferences and requests accurate in the property management and concierge systems

Qualifications
- Minimum 6 years of concierge experience in luxury five-star hotels, including at least 2 years as Assistant Chef Concierge or Chef Concierge
- Les Clefs d'Or membership strongly preferred
- Fluent English; Arabic or Russian is an advantage
- Proficiency with Opera PMS and a concierge platform such as ALICE
- Excellent knowledge of Doha and the wider region
""",
        "name": "Rafael Monteiro",
        "label": "Assistant Chef Concierge",
        "summary": "Luxury-hotel concierge with eight years at concierge desks in Dubai and Doha, four as Assistant Chef Concierge. Member of Les Clefs d'Or.",
        "where": ("Doha", ""),
        "country": "QA",
        "work": [
            ("Assistant Chef Concierge", "Four Seasons Hotel Doha", "2022-09", "", [
                "Run the concierge desk on shift and schedule a team of seven",
                "Arrange private yacht charters, desert camps and hard-to-get restaurant tables for VIP guests",
                "Keep guest preferences current in Opera PMS and requests in ALICE",
            ]),
            ("Concierge", "Jumeirah Emirates Towers, Dubai", "2018-03", "2022-08", [
                "Handled 120+ guest requests a day: reservations, tours, transport and event tickets",
                "Built a network of restaurant and tour partners across Dubai",
            ]),
            ("Front Office Agent", "Pestana Palace Lisbon", "2015-06", "2018-02", [
                "Check-in, check-out and reservations at a five-star palace hotel",
            ]),
        ],
        "skills": {"Guest service": ["Concierge services", "VIP handling", "Supplier partnerships", "Team scheduling"], "Systems": ["Opera PMS", "ALICE"]},
        "certs": [("Member, Les Clefs d'Or (Golden Keys)", "Les Clefs d'Or UAE", "2021-04")],
        "edu": [("Licenciatura", "Hotel Management", "Escola Superior de Hotelaria e Turismo do Estoril", "2015")],
        "langs": [("Portuguese", "Native"), ("English", "Fluent"), ("Spanish", "Fluent"), ("Arabic", "Basic")],
        "unq": {
            "summary": "Luxury-hotel front office professional with eight years in Dubai and Doha, the last four at the concierge desk, two as Assistant Chef Concierge. Member of Les Clefs d'Or.",
            "work": [
                ("Assistant Chef Concierge", "Four Seasons Hotel Doha", "2024-11", "", [
                    "Run the concierge desk on shift and schedule a team of seven",
                    "Arrange private yacht charters, desert camps and hard-to-get restaurant tables for VIP guests",
                    "Keep guest preferences current in Opera PMS and requests in ALICE",
                ]),
                ("Concierge", "Four Seasons Hotel Doha", "2023-01", "2024-10", [
                    "Handled 120+ guest requests a day: reservations, tours, transport and event tickets",
                ]),
                ("Front Office Supervisor", "Jumeirah Emirates Towers, Dubai", "2018-03", "2022-12", [
                    "Supervised check-in and check-out for a 400-room hotel; covered guest relations on peak days",
                ]),
                ("Front Office Agent", "Pestana Palace Lisbon", "2015-06", "2018-02", [
                    "Check-in, check-out and reservations at a five-star palace hotel",
                ]),
            ],
            "certs": [("Member, Les Clefs d'Or (Golden Keys)", "Les Clefs d'Or (UICH)", "2026-04")],
        },
        "decisive": ("6 years of luxury-hotel concierge experience", ["years", "yrs"], "years"),
    },
    {
        "id": "hotel_concierge-fresh13-2",
        "occ": "hotel_concierge",
        "title": "Concierge (m/w/d) - Full-time",
        "company": "Hotel Adlon Kempinski Berlin",
        "location": "Berlin, Germany",
        "posting": """
Your tasks
- Welcome guests at the concierge desk and anticipate their wishes before they ask
- Book restaurants, theatre, concerts, guided tours, limousines and private shopping
- Handle luggage, mail and messages, and keep every request traceable until it is closed
- Work closely with Reception, Guest Relations and Housekeeping

Your profile
- Completed vocational training in hotel management (Hotelfachmann/-frau) or a comparable qualification
- At least 2 years' experience at the concierge desk of a luxury hotel
- Confident, daily user of Oracle OPERA PMS (OPERA Cloud or OPERA 5) - essential, because every guest profile, trace and request is managed in OPERA
- Fluent German and English; a further language is a plus
- Excellent knowledge of Berlin's restaurants, culture and events
- EU citizenship or a valid work permit

We offer
Staff restaurant, public transport ticket, Kempinski employee rates worldwide and structured training.
""",
        "name": "Lena Hartmann",
        "label": "Concierge",
        "summary": "Berlin hotel concierge with five years at the desk of luxury hotels after an IHK apprenticeship; German citizen, fluent in English and conversational French.",
        "where": ("Berlin", "Berlin"),
        "country": "DE",
        "work": [
            ("Concierge", "Hotel Das Stue Berlin", "2021-04", "", [
                "Book restaurants, Philharmonie and Staatsoper seats, guided tours and limousines for guests",
                "Manage guest profiles, traces and requests in Oracle OPERA Cloud until each is closed",
                "Trained two junior concierges",
            ]),
            ("Junior Concierge / Front Office Agent", "Hotel de Rome (Rocco Forte Hotels)", "2017-08", "2021-03", [
                "Concierge desk and reception shifts; logged requests and traces in OPERA 5",
            ]),
        ],
        "skills": {"Guest service": ["Concierge services", "Restaurant and event booking", "Limousine coordination", "Complaint handling"], "Systems": ["Oracle OPERA Cloud", "OPERA 5 PMS"]},
        "edu": [("Vocational training (Ausbildung)", "Hotelfachfrau (IHK)", "Hotel de Rome / IHK Berlin", "2017")],
        "langs": [("German", "Native"), ("English", "Fluent"), ("French", "Conversational")],
        "unq": {
            "work": [
                ("Concierge", "Hotel Das Stue Berlin", "2021-04", "", [
                    "Book restaurants, Philharmonie and Staatsoper seats, guided tours and limousines for guests",
                    "Manage guest profiles and requests in protel Air until each is closed",
                    "Trained two junior concierges",
                ]),
                ("Junior Concierge / Front Office Agent", "Hotel de Rome (Rocco Forte Hotels)", "2017-08", "2021-03", [
                    "Concierge desk and reception shifts; logged requests in Mews",
                ]),
            ],
            "skills": {"Guest service": ["Concierge services", "Restaurant and event booking", "Limousine coordination", "Complaint handling"], "Systems": ["protel Air PMS", "Mews"]},
        },
        "decisive": ("Oracle OPERA PMS", ["OPERA"], "tool"),
    },
    {
        "id": "football_coach-fresh13-1",
        "occ": "football_coach",
        "title": "Head Coach - Under-19 (National League)",
        "company": "Shelbourne FC Academy",
        "location": "Dublin, Ireland",
        "posting": """
Shelbourne FC is recruiting a Head Coach for our Under-19 squad in the national underage league. The Head Coach plans and delivers training four evenings a week and matches at weekends, works with the Academy Director on individual development plans, and helps move players into the first-team environment.

Requirements
- UEFA A Licence (minimum) - required for this role
- Garda vetting through the FAI and a current FAI Safeguarding 1 certificate
- Minimum 3 years coaching in an academy, League of Ireland or equivalent environment
- Experience using video analysis (Hudl or Wyscout)
- Full driving licence

Part-time contract (approx. 20 hours a week) with match-day expenses.
""",
        "name": "Conor Brennan",
        "label": "Academy Head Coach",
        "summary": "Academy football coach with over five years in League of Ireland academies, currently head coach of an U17 squad. UEFA A Licence holder.",
        "where": ("Dublin", "Leinster"),
        "country": "IE",
        "work": [
            ("Head Coach, Under-17", "St Patrick's Athletic FC Academy", "2024-07", "", [
                "Plan and deliver four sessions a week and weekend matches in the national underage league",
                "Write individual development plans with the Academy Director; three players promoted to the U19 squad",
                "Clip and review matches in Hudl and Wyscout with players",
            ]),
            ("Assistant Coach, Under-17", "Bohemian FC Academy", "2021-07", "2024-06", [
                "Led the defensive unit and set pieces; ran opposition analysis",
            ]),
        ],
        "skills": {"Coaching": ["Session planning", "Individual development plans", "Opposition analysis", "Set pieces"], "Tools": ["Hudl", "Wyscout"]},
        "certs": [
            ("UEFA A Licence", "Football Association of Ireland (FAI)", "2024-01"),
            ("UEFA B Licence", "Football Association of Ireland (FAI)", "2021-03"),
            ("Safeguarding 1 - Child Welfare Awareness", "Football Association of Ireland (FAI)", "2025-08"),
            ("Garda vetting (National Vetting Bureau), via the FAI", "Football Association of Ireland (FAI)", "2025-08"),
            ("Full driving licence, Category B", "National Driver Licence Service (Ireland)", "2013-04"),
        ],
        "edu": [("Bachelor of Science", "Sport and Exercise Science", "Dublin City University", "2016")],
        "unq": {
            "summary": "Academy football coach with over five years in League of Ireland academies, currently head coach of an U17 squad. UEFA B Licence holder.",
            "certs": [
                ("UEFA B Licence", "Football Association of Ireland (FAI)", "2021-03"),
                ("Safeguarding 1 - Child Welfare Awareness", "Football Association of Ireland (FAI)", "2025-08"),
                ("Garda vetting (National Vetting Bureau), via the FAI", "Football Association of Ireland (FAI)", "2025-08"),
                ("Full driving licence, Category B", "National Driver Licence Service (Ireland)", "2013-04"),
            ],
        },
        "decisive": ("UEFA A Licence", ["UEFA A"], "licence level"),
    },
    {
        "id": "football_coach-fresh13-2",
        "occ": "football_coach",
        "title": "Youth Head Coach (U-15 / U-17)",
        "company": "Bengaluru FC",
        "location": "Bengaluru, Karnataka, India",
        "posting": """
Bengaluru FC Academy is looking for a Youth Head Coach to lead one of our age-group teams competing in the AIFF youth competitions.

Key Responsibilities
- Plan and deliver the weekly training programme in line with the Academy curriculum
- Lead the team on match days and in national youth competitions
- Monitor player load with GPS and video analysis staff; write player reports each term
- Work with the education and welfare team on player well-being

Eligibility
- Minimum AFC 'B' coaching licence (AFC 'A' preferred)
- Minimum 4 years of experience coaching youth age-group teams (U-13 to U-18) in a club or academy set-up
- Working knowledge of GPS and video analysis tools
- Fluent English; Kannada or Hindi will be an added advantage
""",
        "name": "Anirudh Menon",
        "label": "Youth Football Coach",
        "summary": "Former I-League midfielder who has coached academy age-group teams for over six years; AFC 'B' licensed.",
        "where": ("Bengaluru", "Karnataka"),
        "country": "IN",
        "work": [
            ("Head Coach, U-15", "Reliance Foundation Young Champs", "2022-06", "", [
                "Lead the U-15 squad in residential academy training and national youth competitions",
                "Review GPS load data and match video with the analysis staff; write termly player reports",
            ]),
            ("Assistant Coach, U-17", "Kerala Blasters FC Youth Academy", "2020-06", "2022-05", [
                "Ran technical sessions and opposition analysis for the U-17 side in the AIFF Youth League",
            ]),
            ("Professional footballer (midfielder)", "Churchill Brothers FC Goa", "2012-07", "2020-05", [
                "Played 90+ I-League matches",
            ]),
        ],
        "skills": {"Coaching": ["Youth development", "Session planning", "Match analysis", "Player reports"], "Tools": ["GPS load monitoring", "Video analysis"]},
        "certs": [
            ("AFC 'B' Coaching Licence", "All India Football Federation (AFC convention)", "2021-08"),
            ("AIFF 'D' Licence", "All India Football Federation", "2019-11"),
        ],
        "edu": [("Bachelor of Physical Education", "Physical Education", "Lakshmibai National Institute of Physical Education", "2012")],
        "langs": [("English", "Fluent"), ("Malayalam", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "summary": "Former I-League midfielder who has coached academy age-group teams for three years; AFC 'B' licensed.",
            "work": [
                ("Head Coach, U-15", "Reliance Foundation Young Champs", "2025-05", "", [
                    "Lead the U-15 squad in residential academy training and national youth competitions",
                    "Review GPS load data and match video with the analysis staff; write termly player reports",
                ]),
                ("Assistant Coach, U-17", "Kerala Blasters FC Youth Academy", "2023-11", "2025-04", [
                    "Ran technical sessions and opposition analysis for the U-17 side in the AIFF Youth League",
                ]),
                ("Professional footballer (midfielder)", "Churchill Brothers FC Goa", "2012-07", "2023-08", [
                    "Played 120+ I-League matches",
                ]),
            ],
            "certs": [
                ("AFC 'B' Coaching Licence", "All India Football Federation (AFC convention)", "2024-08"),
                ("AIFF 'D' Licence", "All India Football Federation", "2023-06"),
            ],
        },
        "decisive": ("4 years coaching youth age-group teams", ["years", "yrs"], "years"),
    },
    {
        "id": "geologist-fresh13-1",
        "occ": "geologist",
        "title": "Senior Environmental Geoscientist, P.Geo.",
        "company": "WSP Canada",
        "location": "Calgary, AB, Canada",
        "posting": """
WSP's Earth & Environment team in Calgary is hiring a Senior Environmental Geoscientist to lead contaminated site projects for energy, transportation and municipal clients.

This opportunity will have you:
- Lead Phase I and Phase II environmental site assessments, remediation and groundwater monitoring programs
- Design drilling and sampling programs and interpret soil and groundwater data
- Author and authenticate reports submitted to Alberta regulators and clients
- Mentor junior staff and manage project budgets

What you'll bring:
- Bachelor's degree in geology, hydrogeology or environmental geoscience
- Registration as a Professional Geoscientist (P.Geo.) in good standing with APEGA. You will authenticate reports for Alberta regulators, so Alberta registration is required; registration in another province alone is not sufficient
- 8+ years' experience in environmental site assessment and remediation
- Experience with the Alberta Tier 1 and Tier 2 guidelines is an asset
- Valid driver's licence; H2S Alive and Standard First Aid (or willingness to obtain)
""",
        "name": "Anjali Deshpande",
        "label": "Senior Hydrogeologist, P.Geo.",
        "summary": "Hydrogeologist with twelve years of environmental site assessment and remediation, relocating to Calgary; licensed P.Geo. in two provinces.",
        "where": ("Kitchener", "ON"),
        "country": "CA",
        "work": [
            ("Senior Hydrogeologist", "Stantec", "2019-05", "", [
                "Lead Phase II ESAs, remedial excavations and groundwater monitoring at fuel and industrial sites",
                "Design drilling programs and interpret soil, groundwater and soil-vapour data",
                "Author and seal reports as P.Geo.; manage budgets of up to $600k",
            ]),
            ("Environmental Geoscientist", "Pinchin Ltd.", "2014-06", "2019-04", [
                "Phase I and II ESAs for lenders and property owners; logged boreholes and installed monitoring wells",
            ]),
        ],
        "skills": {"Technical": ["Phase I/II ESA", "Remediation", "Groundwater monitoring", "Contaminant hydrogeology", "Report authentication"], "Software": ["ArcGIS", "EQuIS", "AquiferTest"]},
        "certs": [
            ("Professional Geoscientist (P.Geo.)", "Professional Geoscientists Ontario (PGO)", "2017-09"),
            ("Professional Geoscientist (P.Geo.), Association of Professional Engineers and Geoscientists of Alberta (APEGA)", "APEGA", "2025-10"),
            ("H2S Alive", "Energy Safety Canada", "2025-11"),
            ("Standard First Aid with CPR Level C", "Canadian Red Cross", "2025-11"),
            ("Driver's licence, Class G", "Ontario Ministry of Transportation", "2008-05"),
        ],
        "edu": [
            ("Master of Science", "Hydrogeology", "University of Waterloo", "2014"),
            ("Bachelor of Science", "Geology", "University of Waterloo", "2012"),
        ],
        "unq": {
            "summary": "Hydrogeologist with twelve years of environmental site assessment and remediation, relocating to Calgary; licensed P.Geo. in Ontario.",
            "certs": [
                ("Professional Geoscientist (P.Geo.)", "Professional Geoscientists Ontario (PGO)", "2017-09"),
                ("H2S Alive", "Energy Safety Canada", "2025-11"),
                ("Standard First Aid with CPR Level C", "Canadian Red Cross", "2025-11"),
                ("Driver's licence, Class G", "Ontario Ministry of Transportation", "2008-05"),
            ],
        },
        "decisive": ("P.Geo. registration with APEGA (Alberta)", ["APEGA", "Alberta"], "jurisdiction"),
    },
    {
        "id": "geologist-fresh13-2",
        "occ": "geologist",
        "title": "Engineering Geologist, CEG",
        "company": "Kleinfelder",
        "location": "San Diego, CA",
        "posting": """
Kleinfelder is seeking an Engineering Geologist to join our San Diego geotechnical group. You will lead geologic hazard studies for public works, schools, housing and energy projects across Southern California.

Responsibilities
- Plan and lead fault rupture hazard investigations, landslide and slope stability studies
- Log borings and trenches, map geologic units and prepare cross-sections
- Write and sign geologic and geotechnical reports for local agencies and state review
- Mentor staff geologists and support project managers

Required qualifications
- BS in Geology or Engineering Geology (MS preferred)
- California Professional Geologist (PG) license and Certified Engineering Geologist (CEG) certification - required, as you will sign and stamp engineering geology reports
- 7+ years of engineering geology experience
- Valid driver's license and ability to work in the field

Preferred: 40-hour HAZWOPER; experience with GIS and slope stability software.
""",
        "name": "Miguel Arroyo",
        "label": "Senior Engineering Geologist",
        "summary": "Engineering geologist with fourteen years on fault, landslide and slope stability studies in Southern California. California PG and Certified Engineering Geologist.",
        "where": ("San Diego", "CA"),
        "work": [
            ("Senior Engineering Geologist", "Ninyo & Moore", "2018-03", "", [
                "Lead fault rupture hazard trenching and landslide investigations for schools and public works",
                "Sign and stamp engineering geology reports for county and state review",
                "Supervise four staff geologists",
            ]),
            ("Staff Geologist, then Project Geologist", "Leighton and Associates", "2012-07", "2018-02", [
                "Logged borings and trenches, mapped grading excavations and prepared cross-sections",
            ]),
        ],
        "skills": {"Technical": ["Fault rupture hazard studies", "Landslide mapping", "Slope stability", "Trench and boring logging", "Geologic mapping"], "Software": ["ArcGIS", "Slide2", "gINT"]},
        "certs": [
            ("Professional Geologist (PG), California", "Board for Professional Engineers, Land Surveyors, and Geologists", "2016-04"),
            ("Certified Engineering Geologist (CEG), California", "Board for Professional Engineers, Land Surveyors, and Geologists", "2019-10"),
            ("40-Hour HAZWOPER", "OSHA-authorized training provider", "2013-02"),
            ("Driver's license, Class C", "California Department of Motor Vehicles", "2008-06"),
        ],
        "edu": [
            ("Master of Science", "Geological Sciences", "San Diego State University", "2012"),
            ("Bachelor of Science", "Geology", "University of California, Santa Barbara", "2010"),
        ],
        "unq": {
            "summary": "Engineering geologist with fourteen years on fault, landslide and slope stability studies in Southern California. California Professional Geologist.",
            "certs": [
                ("Professional Geologist (PG), California", "Board for Professional Engineers, Land Surveyors, and Geologists", "2016-04"),
                ("40-Hour HAZWOPER", "OSHA-authorized training provider", "2013-02"),
                ("Driver's license, Class C", "California Department of Motor Vehicles", "2008-06"),
            ],
        },
        "swaps": [("Sign and stamp engineering geology reports for county and state review", "Prepare engineering geology reports for county and state review, stamped as PG")],
        "decisive": ("Certified Engineering Geologist (CEG)", ["CEG", "Certified Engineering Geologist"], "endorsement"),
    },
    {
        "id": "analytical_chemist-fresh13-1",
        "occ": "analytical_chemist",
        "title": "Analytical Chemist - QC Laboratory (LC-MS/MS)",
        "company": "Eli Lilly Kinsale",
        "location": "Kinsale, Co. Cork, Ireland",
        "posting": """
Permanent, full-time, on site

Our QC laboratory tests active pharmaceutical ingredients and intermediates made in Kinsale for markets worldwide. We are adding an Analytical Chemist to our trace analysis team, which tests for nitrosamines and other mutagenic impurities.

Key responsibilities
- Develop, validate and transfer trace impurity methods
- Run routine and investigational testing under GMP; review data and raise deviations
- Write method validation protocols and reports to ICH Q2(R2)
- Support laboratory investigations and regulatory submissions

Requirements
- Honours degree (Level 8) in Chemistry, Analytical Chemistry or a related science
- Minimum 3 years' experience in a GMP QC or analytical development laboratory
- Hands-on LC-MS/MS experience (triple quadrupole or Q-TOF) for trace impurity and nitrosamine testing - essential
- Working knowledge of Empower 3 CDS and data integrity principles (ALCOA+)
- Eligible to work in Ireland
""",
        "name": "Aoife Cronin",
        "label": "Analytical Scientist",
        "summary": "GMP analytical chemist with seven years in Cork pharma QC laboratories, the last five running trace nitrosamine methods on triple quadrupole LC-MS/MS. Irish citizen.",
        "where": ("Cork", "Co. Cork"),
        "country": "IE",
        "work": [
            ("Analytical Scientist II", "Pfizer Ringaskiddy", "2022-01", "", [
                "Developed and validated LC-MS/MS methods for six nitrosamine impurities on a SCIEX Triple Quad 6500+, LOQ 0.03 ppm",
                "Wrote validation protocols and reports to ICH Q2(R2); transferred methods to two sister sites",
                "Review chromatographic data in Empower 3 and lead laboratory investigations",
            ]),
            ("QC Analyst", "Janssen Sciences Ireland", "2019-06", "2021-12", [
                "Release and stability testing by HPLC, GC and Karl Fischer under GMP",
                "Ran genotoxic impurity screens on a Waters Xevo TQ-S triple quadrupole",
            ]),
        ],
        "skills": {"Techniques": ["LC-MS/MS", "HPLC/UPLC", "GC-FID", "Karl Fischer", "Method validation (ICH Q2(R2))"], "Systems": ["Empower 3", "SCIEX OS", "LIMS"], "Quality": ["GMP", "Data integrity (ALCOA+)", "Deviations and CAPA"]},
        "edu": [("Bachelor of Science (Honours)", "Chemistry", "University College Cork", "2019")],
        "unq": {
            "summary": "GMP analytical chemist with seven years in Cork pharma QC laboratories, the last five running trace impurity methods by HPLC-UV and GC. Irish citizen.",
            "work": [
                ("Analytical Scientist II", "Pfizer Ringaskiddy", "2022-01", "", [
                    "Developed and validated HPLC-UV and GC-FID methods for residual solvents and related substances",
                    "Wrote validation protocols and reports to ICH Q2(R2); transferred methods to two sister sites",
                    "Review chromatographic data in Empower 3 and lead laboratory investigations",
                ]),
                ("QC Analyst", "Janssen Sciences Ireland", "2019-06", "2021-12", [
                    "Release and stability testing by HPLC, GC and Karl Fischer under GMP",
                    "Ran impurity screens by UPLC with photodiode array detection",
                ]),
            ],
            "skills": {"Techniques": ["HPLC/UPLC", "GC-FID", "Headspace GC", "Karl Fischer", "Method validation (ICH Q2(R2))"], "Systems": ["Empower 3", "LIMS"], "Quality": ["GMP", "Data integrity (ALCOA+)", "Deviations and CAPA"]},
        },
        "decisive": ("hands-on LC-MS/MS", ["LC-MS/MS", "LC-MS", "MS/MS", "mass spectrometry", "triple quadrupole"], "tool"),
    },
    {
        "id": "analytical_chemist-fresh13-2",
        "occ": "analytical_chemist",
        "title": "Senior Analytical Chemist - Environmental (Chartered)",
        "company": "SOCOTEC UK",
        "location": "Burton upon Trent, Staffordshire, UK",
        "posting": """
Senior Analytical Chemist - Environmental
Permanent | Full time | Days, Monday to Friday

We test soils, waters and waste for consultants, contractors and the water industry under UKAS and MCERTS accreditation. Our Senior Analytical Chemist leads a team of analysts in the inorganic section and signs off method performance.

Essential
- Degree in Chemistry (MChem, BSc or equivalent)
- Chartered Chemist (CChem) status with the Royal Society of Chemistry - required for this role, as you will be the technical signatory for accredited methods
- 5+ years in an ISO/IEC 17025 accredited laboratory
- ICP-MS and ICP-OES experience, including method validation
- Experience leading or supervising analysts

Desirable
- LabWare or another LIMS
- Experience of MCERTS for soils

Benefits include a bonus scheme, 25 days' holiday plus bank holidays and paid professional membership fees.
""",
        "name": "Oliver Pritchett",
        "label": "Principal Analyst, Metals",
        "summary": "Environmental analytical chemist with twelve years in UKAS-accredited laboratories, leading an ICP team; Chartered Chemist.",
        "where": ("Derby", "Derbyshire"),
        "country": "GB",
        "work": [
            ("Principal Analyst, Metals", "Eurofins Chemtest", "2019-02", "", [
                "Lead a team of five analysts running ICP-MS and ICP-OES on soils, waters and leachates",
                "Validated and extended MCERTS methods for metals in soil; presented evidence at UKAS assessments",
                "Technical sign-off of method validation and quality control data in LabWare LIMS",
            ]),
            ("Analyst, Inorganics", "ALS Environmental", "2014-09", "2019-01", [
                "Routine metals, anions and nutrients analysis under ISO/IEC 17025",
            ]),
        ],
        "skills": {"Techniques": ["ICP-MS", "ICP-OES", "Ion chromatography", "Method validation", "Measurement uncertainty"], "Quality": ["ISO/IEC 17025", "MCERTS", "UKAS assessments"], "Systems": ["LabWare LIMS"]},
        "certs": [
            ("Chartered Chemist (CChem)", "Royal Society of Chemistry", "2020-07"),
            ("Member of the Royal Society of Chemistry (MRSC)", "Royal Society of Chemistry", "2017-03"),
        ],
        "edu": [("Master of Chemistry (MChem)", "Chemistry", "University of Leeds", "2014")],
        "unq": {
            "summary": "Environmental analytical chemist with twelve years in UKAS-accredited laboratories, leading an ICP team; member of the Royal Society of Chemistry.",
            "certs": [("Member of the Royal Society of Chemistry (MRSC)", "Royal Society of Chemistry", "2017-03")],
        },
        "decisive": ("Chartered Chemist (CChem)", ["CChem", "Chartered Chemist"], "credential level"),
    },
]
# fmt: on
