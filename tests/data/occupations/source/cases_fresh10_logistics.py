"""Fresh10 set, logistics and transport: transport manager, marine pilot, railway signaller."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "transport_manager-fresh10-1",
        "occ": "transport_manager",
        "title": "Transport Manager (Nominated CPC Holder)",
        "company": "Nolan Transport",
        "location": "New Ross, Co. Wexford, Ireland",
        "posting": """
Nolan Transport is one of the largest independent hauliers in the country, running a fleet of 300+ trucks between Ireland, the UK and continental Europe. We are hiring a Transport Manager for our New Ross depot, who will also be the nominated CPC holder on the depot's Road Haulage Operator's Licence.

Responsibilities
- Plan and manage daily operations for 60+ drivers: allocation, routing, ferry and unaccompanied trailer bookings
- Tachograph and working-time compliance: download, analyse and act on infringements
- Maintenance scheduling, CVRT and walk-around check systems
- Deal with the RSA, the Department of Transport and customers, and prepare for audits

Requirements
- Transport Manager CPC in Road Haulage issued in Ireland or another EU Member State (UK-issued certificates have not been valid for Irish operators since Brexit)
- Resident in the EU
- Minimum 3 years' experience in a transport office, ideally international
- Working knowledge of drivers' hours, tachograph and Mobility Package rules
- Experience with tachograph analysis software

Competitive salary, company car, pension and healthcare.
""",
        "name": "Declan Furlong",
        "label": "Transport Manager",
        "summary": "Transport manager with eight years in road haulage offices, running international fleets of up to 70 units and acting as the nominated CPC holder on an operator's licence. Based in Wexford.",
        "where": ("Wexford", "Co. Wexford"),
        "country": "IE",
        "work": [
            ("Transport Manager", "Slaney Freight Ltd", "2021-05", "", [
                "Nominated CPC holder on the road haulage operator's licence for 70 tractor units and 110 trailers",
                "Plan daily loads for 55 drivers across Rosslare, Dublin Port and Cherbourg sailings",
                "Analyse tachograph data in Tachomaster, hold infringement meetings and keep working-time records",
                "Run the PMI schedule and CVRT bookings; prepared the depot for two RSA audits with no findings",
            ]),
            ("Transport Planner", "Dawn Meats Logistics", "2018-03", "2021-04", [
                "Planned chilled loads to the UK and France; booked ferries and unaccompanied trailers",
                "Downloaded driver cards and vehicle units and flagged infringements",
            ]),
        ],
        "skills": {"Transport": ["Operator licence compliance", "Drivers' hours (Reg. 561/2006)", "Tachograph analysis", "Mobility Package", "Load planning", "Ferry bookings"], "Systems": ["Tachomaster", "Microlise", "Excel"]},
        "certs": [
            ("Certificate of Professional Competence in Road Haulage (Transport Manager CPC)", "CILT Ireland, on behalf of the Department of Transport", "2019-05"),
        ],
        "edu": [("Higher Certificate", "Business", "South East Technological University", "2017")],
        "unq": {
            "certs": [
                ("Certificate of Professional Competence in Road Haulage (Transport Manager CPC)", "OCR, issued in the United Kingdom", "2019-05"),
            ],
        },
        "swaps": [("Nominated CPC holder on the road haulage operator's licence for 70 tractor units and 110 trailers", "Run day-to-day operations for 70 tractor units and 110 trailers alongside the licence's nominated CPC holder"), ("and acting as the nominated CPC holder on an operator's licence", "and working alongside the nominated CPC holder on an operator's licence")],
        "decisive": ("Transport Manager CPC issued in Ireland or another EU Member State", ["Irish", "Ireland", "Brexit", "EU Member State", "EU-issued", "UK-issued"], "jurisdiction"),
    },
    {
        "id": "transport_manager-fresh10-2",
        "occ": "transport_manager",
        "title": "Transport Manager - Class 1 licence required",
        "company": "Howard Tenens",
        "location": "Swindon, Wiltshire, UK",
        "posting": """
Transport Manager - Swindon - days, Mon-Fri - GBP 42-46k + bonus

Small trunking operation (22 units, 40 trailers) on a standard international O-licence. We want a hands-on TM who can jump in a unit and cover a trunk or shunt in the yard when we're short.

Must have:
- Transport Manager CPC (International, road haulage)
- C+E (Class 1) licence with a valid Driver CPC card (DQC) and digital tacho card
- 2+ yrs as a transport manager or transport supervisor
- Tachograph analysis software - we use Descartes
- Sound knowledge of drivers' hours, WTD and O-licence undertakings

Nice to have: FORS or DVSA Earned Recognition experience

Company pension, 25 days' holiday, free parking.
""",
        "name": "Lee Hammond",
        "label": "Transport Manager",
        "summary": "Transport manager and former Class 1 trunk driver with six years running compliance and planning for general haulage and retail fleets; still drives when the plan needs it.",
        "where": ("Swindon", "Wiltshire"),
        "country": "GB",
        "work": [
            ("Transport Manager", "Kinaxia Logistics (Wiltshire depot)", "2022-04", "", [
                "Responsible person on a standard international operator's licence for 30 vehicles",
                "Analyse tachograph data in Descartes, run infringement debriefs and driver CPC training",
                "Cover night trunks and yard shunting in artics when short of drivers",
            ]),
            ("Transport Supervisor", "Wincanton (retail distribution, Avonmouth)", "2020-06", "2022-03", [
                "Planned 120 daily store deliveries and supervised 60 drivers on nights",
                "Checked drivers' hours and WTD compliance",
            ]),
            ("HGV Class 1 Driver", "Wincanton", "2014-09", "2020-05", [
                "Drove artic trunks and multi-drop store deliveries across the South West",
            ]),
        ],
        "skills": {"Transport": ["O-licence compliance", "Drivers' hours and WTD", "Tachograph analysis", "Load planning", "FORS Silver"], "Systems": ["Descartes", "Paragon"]},
        "certs": [
            ("Transport Manager CPC (International, Road Haulage)", "OCR", "2020-02"),
            ("UK driving licence categories B, C, C+E (Class 1)", "DVLA", ""),
            ("Driver CPC qualification card (DQC), valid to 2029", "DVSA", "2024-06"),
            ("Digital tachograph driver card", "DVLA", "2025-01"),
        ],
        "edu": [("BTEC National Diploma", "Business", "New College Swindon", "2012")],
        "unq": {
            "summary": "Transport manager and former Class 2 rigid driver with six years running compliance and planning for general haulage and retail fleets; still drives when the plan needs it.",
            "certs": [
                ("Transport Manager CPC (International, Road Haulage)", "OCR", "2020-02"),
                ("UK driving licence categories B, C1, C (Class 2)", "DVLA", ""),
                ("Driver CPC qualification card (DQC), valid to 2029", "DVSA", "2024-06"),
                ("Digital tachograph driver card", "DVLA", "2025-01"),
            ],
        },
        "swaps": [("Cover night trunks and yard shunting in artics when short of drivers", "Cover rigid deliveries when short of drivers"), ("HGV Class 1 Driver", "HGV Class 2 Driver"), ("Drove artic trunks and multi-drop store deliveries across the South West", "Drove rigid multi-drop store deliveries across the South West")],
        "decisive": ("C+E (Class 1) driving licence", ["C+E", "CE", "Class 1"], "licence level"),
    },
    {
        "id": "marine_pilot-fresh10-1",
        "occ": "marine_pilot",
        "title": "Trainee Marine Pilot",
        "company": "Port of London Authority",
        "location": "Gravesend, Kent, UK",
        "posting": """
The Port of London Authority provides pilotage on the tidal Thames, from the sea approaches off Sunk and the North Foreland up to London. We are recruiting experienced seafarers to join our pilot training programme at Gravesend. Trainees progress through the authorisation classes, by vessel size and draught, as they complete their training trips and examinations.

Candidates must have:
- A Master Unlimited Certificate of Competency (STCW II/2), issued by the MCA or recognised by it through a Certificate of Equivalent Competency
- Recent sea service in a senior deck role on vessels over 3,000 GT
- A valid ENG 1 medical certificate
- The right to work in the UK and to live within reach of Gravesend

Desirable: ship-handling experience on short-sea or coastal trades, Bridge Resource Management, local knowledge of the Thames Estuary.

Full training is provided. The PLA is committed to equal opportunities and welcomes applications from all sections of the maritime community.
""",
        "name": "Richard Oyelaran",
        "label": "Master Mariner",
        "summary": "Master Mariner with twelve years on short-sea ro-ro and ro-pax ships in the North Sea and Channel, four of them in command; British citizen.",
        "where": ("Rochester", "Kent"),
        "country": "GB",
        "work": [
            ("Master", "Stena Line", "2022-09", "", [
                "Command of a 33,000 GT ro-pax on the Harwich to Hook of Holland route, two berthings a day",
                "Ship-handling in the Stour and Maas approaches in all weathers, with and without tugs",
                "Responsible for SMS compliance, drills and port state control inspections",
            ]),
            ("Chief Officer", "CLdN Ro-Ro", "2017-03", "2022-08", [
                "Chief Officer on 8,000-lane-metre ro-ro vessels between Purfleet, Zeebrugge and Rotterdam",
                "Cargo planning, stability and stowage; deputised for the Master",
            ]),
            ("Second Officer", "P&O Ferries", "2014-05", "2017-02", [
                "Navigating officer on Dover to Calais ferries",
            ]),
        ],
        "skills": {"Navigation": ["Ship-handling", "Bridge Resource Management", "ECDIS", "Pilotage waters", "Tug operations"], "Management": ["Safety management system", "Port state control"]},
        "certs": [
            ("Master Unlimited Certificate of Competency (STCW II/2), Master Mariner", "Maritime and Coastguard Agency (MCA)", "2021-11"),
            ("ENG 1 seafarer medical certificate", "MCA approved doctor", "2026-03"),
            ("ECDIS generic and type-specific", "Warsash Maritime School", "2019-04"),
        ],
        "edu": [("Foundation Degree", "Nautical Science", "Warsash Maritime School, Southampton Solent University", "2014")],
        "unq": {
            "label": "Chief Officer",
            "summary": "Chief Officer with twelve years on short-sea ro-ro and ro-pax ships in the North Sea and Channel; British citizen.",
            "certs": [
                ("Chief Mate Unlimited Certificate of Competency (STCW II/2)", "Maritime and Coastguard Agency (MCA)", "2017-01"),
                ("ENG 1 seafarer medical certificate", "MCA approved doctor", "2026-03"),
                ("ECDIS generic and type-specific", "Warsash Maritime School", "2019-04"),
            ],
        },
        "swaps": [("\"position\": \"Master\", \"startDate\": \"2022-09\"", "\"position\": \"Chief Officer\", \"startDate\": \"2022-09\""), ("Command of a 33,000 GT ro-pax", "Chief Officer of a 33,000 GT ro-pax"), ("deputised for the Master", "deputised for the Captain")],
        "decisive": ("Master Unlimited Certificate of Competency (Master Mariner)", ["Master Unlimited", "Master Mariner", "Master (Unlimited)", "Master"], "licence level"),
    },
    {
        "id": "marine_pilot-fresh10-2",
        "occ": "marine_pilot",
        "title": "Marine Pilot",
        "company": "Port of Tauranga",
        "location": "Tauranga, New Zealand",
        "posting": """
Port of Tauranga is New Zealand's largest port, handling container ships of 340 m and more, bulk carriers, log ships and a busy cruise season. We are looking for a Marine Pilot to join our team of pilots bringing ships through the harbour entrance between Mount Maunganui and Matakana Island.

About you
- A Master Unlimited Certificate of Competency (STCW II/2) issued or recognised by Maritime New Zealand
- A minimum of 3 years' sea service in command as Master of ships over 3,000 GT
- Sound ship-handling skills and experience working with tugs
- A current Maritime NZ seafarer medical certificate
- NZ citizen or resident, or eligible to work in New Zealand

What happens next
Successful applicants complete a structured training programme of observation and supervised trips towards an unrestricted pilot licence for the port. You'll be on a roster of about 180 shifts a year with generous time off.
""",
        "name": "Hemi Walker",
        "label": "Master Mariner",
        "summary": "Master Mariner with five years in command of coastal container and bulk ships around New Zealand and Australia, and nine years before that as a deck officer. NZ citizen.",
        "where": ("Tauranga", "Bay of Plenty"),
        "country": "NZ",
        "work": [
            ("Master", "Pacifica Shipping", "2021-05", "", [
                "In command of 8,000 GT coastal container ships calling at Tauranga, Lyttelton, Napier and Otago",
                "Berthed and unberthed with and without tugs, often in the absence of a pilot under a pilotage exemption",
            ]),
            ("Chief Mate", "Swire Shipping", "2015-02", "2021-04", [
                "Chief Mate on 30,000 GT multipurpose and bulk ships in the South Pacific trades",
                "Cargo planning, stability and deputising for the Master",
            ]),
            ("Second Mate", "Interislander (KiwiRail)", "2012-03", "2015-01", [
                "Navigating officer on Cook Strait ferries",
            ]),
        ],
        "skills": {"Navigation": ["Ship-handling", "Tug operations", "Bridge Resource Management", "ECDIS"], "Management": ["Safety management system", "Crew leadership"]},
        "certs": [
            ("Master Unlimited Certificate of Competency (STCW II/2)", "Maritime New Zealand", "2020-11"),
            ("Seafarer medical certificate", "Maritime New Zealand approved medical practitioner", "2026-04"),
        ],
        "edu": [("Diploma", "Nautical Science", "New Zealand Maritime School", "2012")],
        "unq": {
            "summary": "Master Mariner in command of coastal container and bulk ships around New Zealand and Australia since 2024, after twelve years as a deck officer. NZ citizen.",
            "work": [
                ("Master", "Pacifica Shipping", "2024-11", "", [
                    "In command of 8,000 GT coastal container ships calling at Tauranga, Lyttelton, Napier and Otago",
                    "Berthed and unberthed with and without tugs, often in the absence of a pilot under a pilotage exemption",
                ]),
                ("Chief Mate", "Pacifica Shipping", "2021-05", "2024-10", [
                    "Chief Mate on 8,000 GT coastal container ships",
                    "Cargo planning, stability and ship-handling under the Master's supervision",
                ]),
                ("Chief Mate", "Swire Shipping", "2015-02", "2021-04", [
                    "Chief Mate on 30,000 GT multipurpose and bulk ships in the South Pacific trades",
                    "Cargo planning, stability and deputising for the Master",
                ]),
                ("Second Mate", "Interislander (KiwiRail)", "2012-03", "2015-01", [
                    "Navigating officer on Cook Strait ferries",
                ]),
            ],
        },
        "decisive": ("minimum 3 years' sea service in command as Master", ["years", "yrs"], "years"),
    },
    {
        "id": "railway_signaller-fresh10-1",
        "occ": "railway_signaller",
        "title": "Relief Signaller - Wessex Route",
        "company": "Network Rail",
        "location": "Basingstoke, Hampshire, UK",
        "posting": """
Job title: Relief Signaller
Location: Basingstoke and surrounding signal boxes, Wessex route
Salary: competitive, plus shift and relief allowances
Contract: permanent, 35-hour week on a rotating 12-hour shift roster

Please note this is not a trainee role: you must already be a qualified signaller with at least three years' experience of signalling trains since qualifying.

As a relief signaller you will cover a range of signal boxes and workstations across the Wessex route, learning several locations and keeping your competence current at each. You will set routes, regulate trains to the timetable, grant and give up possessions for engineering work, manage level crossings, and run degraded working when equipment fails, talking to drivers and track staff over GSM-R and signal post telephones.

What we're looking for:
- Minimum 3 years' experience as a qualified signaller
- Experience on NX panel or VDU workstation (IECC / Westcad) signalling
- Willing to work 12-hour shifts, including nights, weekends and bank holidays
- Able to pass a safety-critical medical and drugs and alcohol screening
- Full driving licence and your own transport, as several boxes are not served by public transport

Benefits include free and discounted rail travel, a final salary-linked pension and 30 days' holiday.
""",
        "name": "Kelly Ashworth",
        "label": "Signaller",
        "summary": "Network Rail signaller since 2020 on NX panel and Westcad workstations, including busy main-line junctions and automatic level crossings. Full UK driving licence, own car.",
        "where": ("Andover", "Hampshire"),
        "country": "GB",
        "work": [
            ("Signaller (Grade 6), Woking ASC", "Network Rail", "2023-09", "", [
                "Signal the South Western main line on a Westcad VDU workstation, up to 30 trains an hour",
                "Grant and give up engineering possessions and T3 protection",
                "Run degraded working during points and track circuit failures",
            ]),
            ("Signaller (Grade 5), Eastleigh panel", "Network Rail", "2020-05", "2023-08", [
                "Signalled trains on an NX panel, regulating stopping and fast services",
                "Monitored CCTV level crossings and dealt with failures and emergency stops",
            ]),
            ("Initial Signaller Training", "Network Rail", "2020-02", "2020-04", [
                "Rules, regulations and simulator training; passed all assessments",
            ]),
            ("Station Dispatcher", "South Western Railway", "2017-03", "2020-01", [
                "Dispatched trains at Basingstoke and handled disruption announcements",
            ]),
        ],
        "skills": {"Signalling": ["NX panel", "Westcad VDU", "Train regulation", "Possessions management", "Degraded working", "GSM-R", "Level crossings"]},
        "certs": [
            ("Signaller competence certificate (Rule Book, Wessex route locations)", "Network Rail", "2026-03"),
            ("Safety-critical medical and drugs and alcohol screening", "Network Rail Occupational Health", "2025-10"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("A levels", "", "Queen Mary's College, Basingstoke", "2016")],
        "unq": {
            "summary": "Network Rail signaller since January 2025 on NX panel and Westcad workstations, including busy main-line junctions and automatic level crossings. Full UK driving licence, own car.",
            "work": [
                ("Signaller (Grade 6), Woking ASC", "Network Rail", "2025-10", "", [
                    "Signal the South Western main line on a Westcad VDU workstation, up to 30 trains an hour",
                    "Grant and give up engineering possessions and T3 protection",
                    "Run degraded working during points and track circuit failures",
                ]),
                ("Signaller (Grade 5), Eastleigh panel", "Network Rail", "2025-01", "2025-09", [
                    "Signalled trains on an NX panel, regulating stopping and fast services",
                    "Monitored CCTV level crossings and dealt with failures and emergency stops",
                ]),
                ("Initial Signaller Training", "Network Rail", "2024-10", "2024-12", [
                    "Rules, regulations and simulator training; passed all assessments",
                ]),
                ("Station Dispatcher", "South Western Railway", "2017-03", "2024-09", [
                    "Dispatched trains at Basingstoke and handled disruption announcements",
                ]),
            ],
        },
        "decisive": ("minimum 3 years' experience as a qualified signaller", ["years", "yrs"], "years"),
    },
    {
        "id": "railway_signaller-fresh10-2",
        "occ": "railway_signaller",
        "title": "Rail Traffic Controller (RTC) - Eastern Territory, bilingual",
        "company": "CN",
        "location": "Edmonton, AB, Canada",
        "posting": """
Rail Traffic Controllers are at the heart of our network operations. Working from our rail traffic control centre in Edmonton, you will use our computer-assisted dispatching system to issue clearances and track authorities, line signals and switches in CTC territory, protect track units and maintenance forces, and keep freight and passenger traffic moving safely across the Kingston, Montréal and St-Hyacinthe subdivisions in Quebec and eastern Ontario.

What you bring
- Bilingual (French and English), spoken and written: you will talk to train crews and track forces in French and coordinate with other desks in English
- Experience as an RTC, train dispatcher or railway signaller is an asset
- Qualified on the Canadian Rail Operating Rules (CROR), or able to qualify during training
- Able to work rotating 8 and 12-hour shifts, 24/7, including weekends and holidays
- Legally entitled to work in Canada

We offer a comprehensive training program, a defined benefit pension, and health and dental coverage. CN is an employment equity employer and encourages women, Indigenous peoples, persons with disabilities and members of visible minorities to apply.
""",
        "name": "Nathan Ouellette-Brooks",
        "label": "Rail Traffic Controller",
        "summary": "Rail traffic controller with five years on CTC and OCS desks and four years before that as a conductor; bilingual in English and French. Canadian citizen.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Rail Traffic Controller", "CPKC", "2021-03", "", [
                "Control the Winchester and Belleville subdivisions from the Calgary network management centre: line signals and switches, issue clearances and Foreman's protection",
                "Coordinate meets and passes for 40+ trains a shift, including VIA Rail passenger trains",
                "Handle crossing malfunctions, dragging equipment detector alarms and track unit protection",
            ]),
            ("Conductor", "CPKC", "2017-05", "2021-02", [
                "Conductor in road and yard service out of Smiths Falls and Montreal",
            ]),
        ],
        "skills": {"Rail operations": ["CTC dispatching", "OCS clearances", "Track occupancy permits", "Foreman protection", "Train meets"], "Rules": ["CROR", "General Operating Instructions"]},
        "certs": [
            ("Canadian Rail Operating Rules (CROR), qualified", "CPKC", "2026-02"),
        ],
        "edu": [("Diploma", "Railway Conductor Program", "Southern Alberta Institute of Technology", "2017"), ("Bachelor of Arts", "Geography", "Universite d'Ottawa", "2015")],
        "langs": [("English", "Native"), ("French", "Fluent, bilingual at work")],
        "unq": {
            "summary": "Rail traffic controller with five years on CTC and OCS desks and four years before that as a conductor. Canadian citizen.",
            "edu": [("Diploma", "Railway Conductor Program", "Southern Alberta Institute of Technology", "2017"), ("Bachelor of Arts", "Geography", "Carleton University", "2015")],
            "langs": [("English", "Native")],
        },
        "swaps": [("Conductor in road and yard service out of Smiths Falls and Montreal", "Conductor in road and yard service out of Smiths Falls and Toronto")],
        "decisive": ("bilingual French and English", ["French", "bilingual", "francais"], "language"),
    },
]
# fmt: on
