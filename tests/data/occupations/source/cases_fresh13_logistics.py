"""Fresh13 set (writer a), transport and logistics: helicopter pilot, freight forwarder, avionics technician, warehouse supervisor."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "helicopter_pilot-fresh13-1",
        "occ": "helicopter_pilot",
        "title": "Line Pilot - Aeromedical Helicopter (AW139)",
        "company": "CareFlight",
        "location": "Darwin, NT, Australia",
        "posting": """
CareFlight operates the Top End's aeromedical helicopter service from our Darwin base. We are recruiting a Line Pilot to fly the AW139 on day and night (NVIS) retrieval and rescue missions, single-pilot IFR and two-crew.

Essential criteria
- Australian Air Transport Pilot Licence - Helicopter (ATPL(H)) issued by CASA
- Multi-engine command instrument rating (helicopter), current
- Minimum 2,000 hours total time, including 1,000 hours PIC helicopter
- NVIS endorsement and current night experience
- Class 1 aviation medical certificate
- Australian work rights; ability to obtain an ASIC

Desirable
- AW139 type rating
- Winch or HHO experience

Roster: 7 on / 7 off, with relocation assistance to Darwin.
""",
        "name": "Luke Harrington",
        "label": "Helicopter Pilot - EMS and Offshore",
        "summary": "Helicopter pilot with 3,400 hours total, 2,100 hours in command, flying twin-engine IFR and NVIS aeromedical missions in Queensland and Western Australia. Australian citizen.",
        "where": ("Cairns", "QLD"),
        "country": "AU",
        "work": [
            ("Line Pilot (Captain), Aeromedical", "RACQ LifeFlight Rescue", "2020-03", "", [
                "Command AW139 aeromedical and rescue missions by day and night on NVIS",
                "Fly single-pilot IFR approaches into regional hospitals and remote strips",
                "Base check and training support for newly joined pilots",
            ]),
            ("Line Pilot, Offshore", "Babcock Australia", "2016-06", "2020-02", [
                "Flew S-76 and AW139 crew change flights to offshore platforms off Karratha, two-crew IFR",
            ]),
            ("Charter and Tourism Pilot", "Nautilus Aviation", "2012-09", "2016-05", [
                "Flew AS350 and Bell 206 scenic and charter flights over the Great Barrier Reef",
            ]),
        ],
        "skills": {"Flying": ["AW139", "S-76", "AS350", "Single-pilot IFR", "NVIS", "Two-crew operations", "Winch operations"]},
        "certs": [
            ("Air Transport Pilot Licence - Helicopter (ATPL(H))", "Civil Aviation Safety Authority (CASA)", "2019-04"),
            ("Instrument Rating - multi-engine helicopter, command", "CASA", "2016-05"),
            ("NVIS endorsement", "CASA", "2020-05"),
            ("AW139 type rating", "CASA", "2017-02"),
            ("Class 1 Medical Certificate", "CASA", "2026-03"),
        ],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Commercial Pilot Licence - Helicopter (CPL(H))", "Civil Aviation Safety Authority (CASA)", "2012-07"),
                ("Instrument Rating - multi-engine helicopter, command", "CASA", "2016-05"),
                ("NVIS endorsement", "CASA", "2020-05"),
                ("AW139 type rating", "CASA", "2017-02"),
                ("Class 1 Medical Certificate", "CASA", "2026-03"),
            ],
        },
        "decisive": ("CASA Air Transport Pilot Licence - Helicopter (ATPL(H))", ["ATPL", "ATPL(H)", "Air Transport Pilot Licence"], "licence level"),
    },
    {
        "id": "helicopter_pilot-fresh13-2",
        "occ": "helicopter_pilot",
        "title": "First Officer - Offshore Helicopter Operations",
        "company": "Bristow Helicopters",
        "location": "Aberdeen, Scotland",
        "posting": """
Bristow is recruiting First Officers for our Aberdeen base, supporting oil and gas and offshore wind customers in the North Sea on the S-92 and AW189.

What you'll bring:
- UK CAA CPL(H) or ATPL(H) with a valid multi-engine Instrument Rating (IR(H)) - the role is flown two-crew IFR, so the instrument rating is mandatory
- At least 500 hours total helicopter time
- UK Class 1 medical
- Right to live and work in the UK

We provide full type rating training, HUET and sea survival courses, and a structured path to command.
""",
        "name": "Amelia Forsyth",
        "label": "Commercial Helicopter Pilot",
        "summary": "Commercial helicopter pilot with 1,150 hours, mostly twin-engine, flying survey and utility work in Scotland and northern England. British citizen.",
        "where": ("Inverness", "Scotland"),
        "country": "GB",
        "work": [
            ("Pilot, Utility and Survey", "PDG Helicopters", "2022-04", "", [
                "Fly EC135 and AS350 powerline survey, utility and film flights across Scotland",
                "Plan and fly IFR positioning sectors in the EC135",
            ]),
            ("Pilot", "Eastern Atlantic Helicopters", "2019-08", "2022-03", [
                "Flew R44 and AS350 charter and training flights",
            ]),
        ],
        "skills": {"Flying": ["EC135", "AS350", "Multi-engine operations", "IFR", "Mountain flying"]},
        "certs": [
            ("Commercial Pilot Licence - Helicopter, CPL(H)", "UK Civil Aviation Authority", "2019-06"),
            ("Instrument Rating (Helicopter), multi-engine - IR(ME)(H)", "UK Civil Aviation Authority", "2022-11"),
            ("EC135 type rating", "UK Civil Aviation Authority", "2022-06"),
            ("Class 1 Medical", "UK Civil Aviation Authority", "2026-05"),
        ],
        "langs": [("English", "Native")],
        "unq": {
            "summary": "Commercial helicopter pilot with 1,150 hours, mostly twin-engine, flying survey and utility work in Scotland and northern England by day and night VFR. British citizen.",
            "work": [
                ("Pilot, Utility and Survey", "PDG Helicopters", "2022-04", "", [
                    "Fly EC135 and AS350 powerline survey, utility and film flights across Scotland",
                    "Plan and fly night VFR positioning sectors in the EC135",
                ]),
                ("Pilot", "Eastern Atlantic Helicopters", "2019-08", "2022-03", [
                    "Flew R44 and AS350 charter and training flights",
                ]),
            ],
            "skills": {"Flying": ["EC135", "AS350", "Multi-engine operations", "Night VFR", "Mountain flying"]},
            "certs": [
                ("Commercial Pilot Licence - Helicopter, CPL(H)", "UK Civil Aviation Authority", "2019-06"),
                ("Night Rating (Helicopter)", "UK Civil Aviation Authority", "2020-02"),
                ("EC135 type rating", "UK Civil Aviation Authority", "2022-06"),
                ("Class 1 Medical", "UK Civil Aviation Authority", "2026-05"),
            ],
        },
        "decisive": ("multi-engine Instrument Rating (IR(H))", ["IR", "IR(H)", "Instrument Rating"], "endorsement"),
    },
    {
        "id": "freight_forwarder-fresh13-1",
        "occ": "freight_forwarder",
        "title": "Executive, Air Freight Export",
        "company": "Kuehne+Nagel",
        "location": "Singapore",
        "posting": """
Your role
- Handle air export bookings end to end for key accounts in pharma and hi-tech
- Coordinate with airlines, GSAs and the Changi Airfreight Centre warehouse on capacity, cut-offs and build-up
- Prepare HAWB/MAWB, manifests and TradeNet permits; follow up on exceptions
- Update shipment milestones and costs in the system accurately and on time

Your skills and experience
- Diploma or degree in logistics / supply chain
- Min 2 yrs in air freight export operations with a forwarder
- Hands-on CargoWise (CW1) user - must
- IATA Dangerous Goods Regulations certification an advantage
- Good command of English; Mandarin is a plus to liaise with China-based stations
""",
        "name": "Nur Aisyah binte Rahman",
        "label": "Air Freight Export Coordinator",
        "summary": "Air export coordinator with four years at Singapore forwarders handling pharma, semiconductor and e-commerce consignments.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Air Export Coordinator", "DSV Air & Sea Singapore", "2023-03", "", [
                "Manage bookings and cut-offs for 60-80 air export shipments a week, including temperature-controlled pharma",
                "Create consols, HAWBs and MAWBs in CargoWise One and file TradeNet export permits",
                "Resolve offloads and rebook with carriers and GSAs",
            ]),
            ("Customer Service Officer, Air Freight", "Yusen Logistics Singapore", "2021-08", "2023-02", [
                "Handled quotations, bookings and shipment updates for hi-tech customers in CargoWise",
            ]),
        ],
        "skills": {"Operations": ["Air export", "Consolidation", "TradeNet permits", "Pharma cold chain"], "Systems": ["CargoWise One", "Excel", "Cargo iQ milestones"]},
        "certs": [("IATA Dangerous Goods Regulations - Category 6 (Shipper/Forwarder)", "IATA", "2024-05")],
        "edu": [("Diploma", "Logistics and Operations Management", "Republic Polytechnic", "2021")],
        "langs": [("English", "Fluent"), ("Malay", "Native")],
        "unq": {
            "work": [
                ("Air Export Coordinator", "DSV Air & Sea Singapore", "2023-03", "", [
                    "Manage bookings and cut-offs for 60-80 air export shipments a week, including temperature-controlled pharma",
                    "Create consols, HAWBs and MAWBs in the in-house forwarding system and file TradeNet export permits",
                    "Resolve offloads and rebook with carriers and GSAs",
                ]),
                ("Customer Service Officer, Air Freight", "Yusen Logistics Singapore", "2021-08", "2023-02", [
                    "Handled quotations, bookings and shipment updates for hi-tech customers in SAP TM",
                ]),
            ],
            "skills": {"Operations": ["Air export", "Consolidation", "TradeNet permits", "Pharma cold chain"], "Systems": ["SAP TM", "Descartes", "Excel", "Cargo iQ milestones"]},
        },
        "decisive": ("hands-on CargoWise (CW1)", ["CargoWise", "CW1"], "tool"),
    },
    {
        "id": "freight_forwarder-fresh13-2",
        "occ": "freight_forwarder",
        "title": "Sea Freight Forwarder Export (m/f/d)",
        "company": "DB Schenker",
        "location": "Hamburg, Germany",
        "posting": """
Your tasks
- You handle FCL and LCL ocean export shipments from booking to on-board confirmation for customers in the machinery and automotive sectors
- You book space with carriers, coordinate pre-carriage by truck and rail to the Hamburg terminals and prepare export customs documents (ATLAS)
- You issue house bills of lading and check invoices against quotations

Your profile
- Completed vocational training as a freight forwarding and logistics services clerk (Kaufmann/Kauffrau für Spedition und Logistikdienstleistung) or comparable
- At least 4 years of professional experience in ocean freight export after your training
- Very good German and good English
- Confident user of MS Office and a forwarding system
""",
        "name": "Jonas Petersen",
        "label": "Sea Freight Specialist, Export",
        "summary": "Ocean export forwarder with six years of FCL/LCL handling in Hamburg after a forwarding apprenticeship.",
        "where": ("Hamburg", ""),
        "country": "DE",
        "work": [
            ("Sea Freight Specialist, Export", "Kühne + Nagel Hamburg", "2023-04", "", [
                "Handle 40-60 FCL and LCL export shipments a month to Asia and the Middle East for machinery customers",
                "Book space with carriers and arrange rail pre-carriage to the container terminals",
                "Prepare ATLAS export declarations and house bills of lading",
            ]),
            ("Ocean Export Coordinator", "Hellmann Worldwide Logistics", "2020-08", "2023-03", [
                "Coordinated FCL exports to North America, including VGM and documentation cut-offs",
            ]),
            ("Apprentice, Freight Forwarding and Logistics Services", "Hellmann Worldwide Logistics", "2017-08", "2020-07", [
                "Rotated through air, ocean and road departments",
            ]),
        ],
        "skills": {"Operations": ["FCL/LCL export", "ATLAS export customs", "Bills of lading", "Rail pre-carriage"], "Systems": ["CargoWise", "MS Office"]},
        "edu": [("Vocational qualification (IHK)", "Kaufmann für Spedition und Logistikdienstleistung", "Berufliche Schule Hamburg", "2020")],
        "langs": [("German", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Ocean export forwarder with nearly three years of FCL/LCL handling in Hamburg after a forwarding apprenticeship.",
            "work": [
                ("Sea Freight Specialist, Export", "Kühne + Nagel Hamburg", "2024-02", "", [
                    "Handle 40-60 FCL and LCL export shipments a month to Asia and the Middle East for machinery customers",
                    "Book space with carriers and arrange rail pre-carriage to the container terminals",
                    "Prepare ATLAS export declarations and house bills of lading",
                ]),
                ("Apprentice, Freight Forwarding and Logistics Services", "Hellmann Worldwide Logistics", "2021-08", "2024-01", [
                    "Rotated through air, ocean and road departments",
                ]),
            ],
            "edu": [("Vocational qualification (IHK)", "Kaufmann für Spedition und Logistikdienstleistung", "Berufliche Schule Hamburg", "2024")],
        },
        "decisive": ("at least 4 years of ocean freight export experience", ["years", "yrs"], "years"),
    },
    {
        "id": "avionics_technician-fresh13-1",
        "occ": "avionics_technician",
        "title": "Avionics Technician - Military Rotary Wing",
        "company": "Leonardo Helicopters",
        "location": "Yeovil, Somerset, UK",
        "posting": """
Leonardo Helicopters in Yeovil is looking for Avionics Technicians to support depth maintenance and upgrade programmes for UK military helicopters.

What you'll do: fault-find, repair and test aircraft electrical and avionic systems, including mission systems, communications, navigation and defensive aids; embody modifications; complete maintenance documentation to MAA regulatory standards.

What you'll need:
- Military avionics trade background (e.g. RAF, RN or AAC avionics technician) or a Part-66 B2 licence
- Experience on rotary-wing aircraft
- Current SC (Security Check) clearance - essential. Due to the nature of the programme, candidates must already hold active SC; we are unable to sponsor clearance for this role.

Flexible working and a 9-day fortnight available.
""",
        "name": "Ryan Tapper",
        "label": "Avionics Technician",
        "summary": "Former RAF avionics technician with eleven years on Chinook and Puma, now working in defence aerospace maintenance.",
        "where": ("Yeovil", "Somerset"),
        "country": "GB",
        "work": [
            ("Avionics Technician", "Babcock International - Defence Aviation", "2022-01", "", [
                "Fault-find and repair mission system and communications faults on Wildcat helicopters",
                "Embody avionic modifications and complete MAA-compliant maintenance records",
            ]),
            ("Avionics Technician (Corporal)", "Royal Air Force", "2011-03", "2021-12", [
                "Maintained electrical, navigation and defensive aids systems on Chinook HC6 and Puma HC2",
                "Supervised a shift team of four technicians on forward operations",
            ]),
        ],
        "skills": {"Systems": ["Mission systems", "Defensive aids", "Communications and navigation", "Aircraft electrical", "ATE testing"]},
        "certs": [
            ("Security Check (SC) clearance - active", "UK Security Vetting", "2024-02"),
            ("Military Aircraft Maintenance Authorisation (B2 equivalent)", "Royal Air Force", "2015-06"),
        ],
        "edu": [("Foundation Degree", "Aircraft Engineering", "Royal Air Force / Kingston University", "2014")],
        "unq": {
            "certs": [
                ("Counter-Terrorist Check (CTC) - active", "UK Security Vetting", "2024-02"),
                ("Military Aircraft Maintenance Authorisation (B2 equivalent)", "Royal Air Force", "2015-06"),
            ],
        },
        "decisive": ("active SC (Security Check) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "avionics_technician-fresh13-2",
        "occ": "avionics_technician",
        "title": "Avionics Technician II",
        "company": "Duncan Aviation",
        "location": "Lincoln, NE",
        "posting": """
Duncan Aviation's Lincoln avionics shop is hiring an Avionics Technician II to install, troubleshoot and return to service avionics systems on business jets.

Key duties:
- Install and modify avionics systems (flight decks, SATCOM, cabin connectivity, ADS-B) per STCs and engineering drawings
- Fabricate and install wire harnesses per AC 43.13-1B
- Troubleshoot and repair communication, navigation and autopilot systems; complete work order documentation

Requirements:
- 3+ years of aircraft avionics installation or troubleshooting
- FCC General Radiotelephone Operator License (GROL) required
- Ability to read and interpret wiring diagrams and schematics
- A&P certificate or NCATT AET is a plus
""",
        "name": "Marcus Bell",
        "label": "Avionics Technician",
        "summary": "Avionics technician with six years installing and troubleshooting business jet and turboprop avionics after USAF service.",
        "where": ("Omaha", "NE"),
        "work": [
            ("Avionics Installer / Troubleshooter", "Elliott Aviation", "2022-02", "", [
                "Install Garmin and Collins flight deck upgrades and ADS-B Out on King Airs and Citations",
                "Build and install wire harnesses to AC 43.13-1B",
                "Troubleshoot autopilot and com/nav squawks from customer write-ups",
            ]),
            ("Avionics Systems Craftsman", "US Air Force, 55th Wing, Offutt AFB", "2018-06", "2022-01", [
                "Maintained communication and navigation systems on RC-135 aircraft",
            ]),
        ],
        "skills": {"Avionics": ["Flight deck upgrades", "Wire harness fabrication", "ADS-B", "Autopilot troubleshooting", "Schematics"]},
        "certs": [
            ("General Radiotelephone Operator License (GROL)", "Federal Communications Commission (FCC)", "2020-09"),
            ("Aircraft Electronics Technician (AET)", "NCATT", "2021-03"),
        ],
        "unq": {
            "certs": [("Aircraft Electronics Technician (AET)", "NCATT", "2021-03")],
        },
        "decisive": ("FCC General Radiotelephone Operator License (GROL)", ["GROL", "General Radiotelephone", "FCC"], "certificate"),
    },
    {
        "id": "warehouse_supervisor-fresh13-1",
        "occ": "warehouse_supervisor",
        "title": "Shift Supervisor Warehouse (Nights)",
        "company": "Rhenus Logistics",
        "location": "Venlo, Netherlands",
        "posting": """
Rhenus Warehousing Solutions in Venlo runs a 60,000 m2 e-commerce fulfilment centre. For our night shift we are looking for a Shift Supervisor who leads 5 team leaders and around 120 operators and flex workers.

What you do
* Plan the shift together with the team leaders and steer on productivity, quality and safety
* Solve operational problems and escalate where needed
* Coach team leaders and hold performance conversations
* Report KPIs to the operations manager

What you bring
* MBO-4 in logistics or equivalent work experience
* At least 3 years of experience as a team leader or supervisor in a warehouse or distribution centre
* Good command of Dutch and English
* Experience with a WMS (we use Manhattan)
* Available for a fixed night shift
""",
        "name": "Sander Verhoeven",
        "label": "Warehouse Shift Supervisor",
        "summary": "Warehouse leader with six years of supervisory experience in e-commerce and retail distribution centres in Limburg.",
        "where": ("Venlo", "Limburg"),
        "country": "NL",
        "work": [
            ("Shift Supervisor Outbound", "Zalando Logistics Venlo", "2023-07", "", [
                "Run the late shift outbound operation with four team leaders and 90 operators",
                "Steer on units per hour, order accuracy and safety KPIs in Manhattan WMS dashboards",
            ]),
            ("Team Leader Inbound", "Kuehne+Nagel Venlo", "2021-02", "2023-06", [
                "Led a team of 25 operators on receiving and putaway",
            ]),
            ("Reach Truck Driver", "Kuehne+Nagel Venlo", "2016-09", "2021-01", [
                "Handled putaway and replenishment in a high-bay warehouse",
            ]),
        ],
        "skills": {"Operations": ["Shift planning", "KPI management", "Coaching team leaders", "Inbound and outbound"], "Systems": ["Manhattan WMS", "SAP EWM", "Excel"]},
        "certs": [("VCA VOL (safety for operational supervisors)", "SSVV", "2022-03")],
        "edu": [("MBO-4", "Logistiek Teamleider", "Gilde Opleidingen", "2016")],
        "langs": [("Dutch", "Native"), ("English", "Fluent"), ("German", "Good")],
        "unq": {
            "summary": "Warehouse leader with two years of supervisory experience in e-commerce distribution after eight years as a reach truck driver in Limburg.",
            "work": [
                ("Shift Supervisor Outbound", "Zalando Logistics Venlo", "2024-12", "", [
                    "Run the late shift outbound operation with four team leaders and 90 operators",
                    "Steer on units per hour, order accuracy and safety KPIs in Manhattan WMS dashboards",
                ]),
                ("Reach Truck Driver", "Kuehne+Nagel Venlo", "2016-09", "2024-11", [
                    "Handled putaway and replenishment in a high-bay warehouse",
                ]),
            ],
        },
        "decisive": ("at least 3 years as a warehouse team leader or supervisor", ["years", "yrs"], "years"),
    },
    {
        "id": "warehouse_supervisor-fresh13-2",
        "occ": "warehouse_supervisor",
        "title": "Warehouse Supervisor - 3PL (Jebel Ali)",
        "company": "Aramex",
        "location": "Dubai, United Arab Emirates",
        "posting": """
Our client, a leading 3PL in JAFZA, is hiring a Warehouse Supervisor for a multi-client FMCG and retail warehouse.

Responsibilities:
- Supervise inbound, storage and outbound operations across day shift (approx. 40 staff)
- Ensure stock accuracy through cycle counts and reconciliation in the WMS
- Enforce HSE procedures, conduct toolbox talks and investigate incidents
- Coordinate container loading and unloading with transport

Requirements:
- Bachelor's degree or diploma in logistics / supply chain
- 4-6 years of warehouse experience, minimum 2 as supervisor
- NEBOSH International General Certificate (IGC) - mandatory
- Valid UAE driving licence
- SAP or Infor WMS experience
""",
        "name": "Joseph Mathew",
        "label": "Warehouse Supervisor",
        "summary": "Warehouse supervisor with nearly six years in 3PL and FMCG warehouses in Dubai, responsible for HSE compliance and stock accuracy.",
        "where": ("Dubai", ""),
        "country": "AE",
        "work": [
            ("Warehouse Supervisor", "GAC Dubai Logistics", "2022-06", "", [
                "Supervise 35 staff across receiving, putaway, picking and dispatch for FMCG clients",
                "Hold stock accuracy above 99.7% through daily cycle counts in Infor WMS",
                "Run toolbox talks and lead incident investigations as the site HSE focal point",
            ]),
            ("Inventory Controller", "Al-Futtaim Logistics", "2021-03", "2022-05", [
                "Reconciled stock between SAP and physical counts for automotive parts",
            ]),
        ],
        "skills": {"Operations": ["Inbound and outbound", "Cycle counting", "Container loading", "HSE"], "Systems": ["Infor WMS", "SAP MM"]},
        "certs": [
            ("NEBOSH International General Certificate in Occupational Health and Safety", "NEBOSH", "2022-09"),
            ("UAE Driving Licence (light vehicle)", "RTA Dubai", ""),
        ],
        "edu": [("Bachelor of Business Administration", "Logistics and Supply Chain Management", "Mahatma Gandhi University", "2020")],
        "langs": [("English", "Fluent"), ("Malayalam", "Native"), ("Hindi", "Conversational")],
        "unq": {
            "certs": [
                ("IOSH Managing Safely", "Institution of Occupational Safety and Health", "2022-09"),
                ("UAE Driving Licence (light vehicle)", "RTA Dubai", ""),
            ],
        },
        "decisive": ("NEBOSH International General Certificate (IGC)", ["NEBOSH", "IGC", "International General Certificate"], "certificate"),
    },
]
# fmt: on
