"""Dev half, services: dispatcher, supply chain, chef, security officer, IT support, construction project manager."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "dispatcher-dev-1",
        "occ": "dispatcher",
        "title": "911 Emergency Communications Officer",
        "company": "City of Mesa",
        "location": "Mesa, AZ",
        "posting": """
Emergency Communications Officer (911 call-taker/dispatcher)

Answer 911 and non-emergency calls, give pre-arrival instructions, and dispatch police, fire and EMS units using CAD and radio.

Minimum qualifications: high school diploma; current IAED Emergency Medical Dispatch (EMD) certification; APCO Public Safety Telecommunicator or equivalent; CPR; ability to type 35 WPM; ability to pass a background check.
""",
        "name": "Kayla Jensen",
        "label": "Public Safety Telecommunicator",
        "summary": "Telecommunicator answering 911 calls and dispatching fire and EMS; calm on the console and quick with protocol.",
        "where": ("Gilbert", "AZ"),
        "work": [
            ("Dispatcher II", "Gilbert Police Department", "2022-04", "", [
                "Answer 911 calls and give pre-arrival medical instructions with ProQA Paramount",
                "Dispatch police, fire and EMS on CAD and radio; 45 WPM typing",
            ]),
        ],
        "skills": {"Dispatch": ["911 call-taking", "CAD", "Radio dispatch", "ProQA"]},
        "certs": [
            ("Emergency Medical Dispatcher", "International Academies of Emergency Dispatch (IAED)", "2022-07"),
            ("Public Safety Telecommunicator 1", "APCO International", "2022-05"),
            ("CPR", "American Heart Association", "2025-03"),
        ],
        "edu": [("High School Diploma", "", "Highland High School", "2018")],
        "unq": {
            "certs": [
                ("Public Safety Telecommunicator 1", "APCO International", "2022-05"),
                ("CPR", "American Heart Association", "2025-03"),
            ],
            "summary": "Telecommunicator answering 911 calls and dispatching police units; calm on the console.",
        },
        "swaps": [("Answer 911 calls and give pre-arrival medical instructions with ProQA Paramount", "Answer 911 calls and transfer medical calls to the fire center"), ("\"ProQA\"", "\"Call transfer\"")],
        "decisive": ("IAED Emergency Medical Dispatch (EMD) certification", ["EMD", "emergency medical dispatch", "emergency medical dispatcher", "IAED"], "certificate"),
    },
    {
        "id": "dispatcher-dev-2",
        "occ": "dispatcher",
        "title": "Truck Dispatcher (Bilingual)",
        "company": "Estes Express Lines",
        "location": "Laredo, TX",
        "posting": """
Truck Dispatcher - bilingual English/Spanish REQUIRED
* plan and dispatch 40+ drivers, city and linehaul
* track HOS, ETAs, breakdowns
* McLeod or TMW
* 1 yr dispatch experience
""",
        "name": "Eduardo Salinas",
        "label": "Fleet Dispatcher",
        "summary": "Dispatcher for cross-border and regional fleets; plans loads, tracks hours of service and solves breakdowns at 2 a.m.",
        "where": ("Laredo", "TX"),
        "work": [
            ("Dispatch Coordinator", "Celadon Logistics", "2022-02", "", [
                "Plan and dispatch 50 drivers on regional and cross-border loads in McLeod",
                "Track hours of service and ETAs; coordinate road service for breakdowns",
                "Talk drivers through problems in Spanish and English",
            ]),
        ],
        "skills": {"Dispatch": ["Load planning", "Hours of service", "McLeod LoadMaster", "Samsara"]},
        "edu": [("Associate of Applied Science", "Logistics Management", "Laredo College", "2021")],
        "langs": [("Spanish", "Native"), ("English", "Fluent")],
        "unq": {
            "where": ("Amarillo", "TX"),
            "langs": [("English", "Native")],
            "edu": [("Associate of Applied Science", "Logistics Management", "Amarillo College", "2021")],
        },
        "swaps": [("Talk drivers through problems in Spanish and English", "Talk drivers through problems by phone and Samsara messages"), ("on regional and cross-border loads", "on regional loads"), ("Dispatcher for cross-border and regional fleets", "Dispatcher for regional fleets")],
        "decisive": ("bilingual English/Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "dispatcher-dev-3",
        "occ": "dispatcher",
        "title": "Senior Public Safety Dispatcher",
        "company": "Sacramento Regional Fire/EMS Communications Center",
        "location": "Sacramento, CA",
        "posting": """
The Senior Dispatcher works a console like every dispatcher and also acts as floor lead on shift: assigns positions, handles major incidents and trains new dispatchers.

Requirements: POST Public Safety Dispatcher Basic certificate; three years of experience as a public safety dispatcher in a CAD environment; EMD certification; experience as a communications training officer is desirable.
""",
        "name": "Brandon Ochoa",
        "label": "Public Safety Dispatcher II",
        "summary": "Fire and EMS dispatcher and communications training officer; works major incidents and trains new hires.",
        "where": ("Elk Grove", "CA"),
        "work": [
            ("Public Safety Dispatcher II", "Sacramento County Sheriff's Office", "2021-01", "", [
                "Dispatch on Hexagon CAD and radio; floor lead during wildfire evacuations",
                "Communications training officer for six new dispatchers",
            ]),
        ],
        "skills": {"Dispatch": ["CAD (Hexagon)", "Radio", "Major incident handling", "Training new dispatchers"]},
        "certs": [
            ("POST Public Safety Dispatcher Basic Course certificate", "California Commission on POST", "2021-05"),
            ("Emergency Medical Dispatcher", "IAED", "2021-06"),
        ],
        "edu": [("Associate of Arts", "Criminal Justice", "Cosumnes River College", "2020")],
        "unq": {
            "work": [
                ("Public Safety Dispatcher I", "Sacramento County Sheriff's Office", "2025-09", "", [
                    "Dispatch on Hexagon CAD and radio; floor support during wildfire evacuations",
                    "Helped orient two new dispatchers",
                ]),
                ("Records Clerk", "Sacramento County Sheriff's Office", "2021-01", "2025-08", [
                    "Processed police reports and public records requests",
                ]),
            ],
            "certs": [
                ("POST Public Safety Dispatcher Basic Course certificate", "California Commission on POST", "2025-11"),
                ("Emergency Medical Dispatcher", "IAED", "2025-10"),
            ],
            "label": "Public Safety Dispatcher I",
        },
        "decisive": ("three years as a public safety dispatcher", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "supplychain-dev-1",
        "occ": "supply_chain_analyst",
        "title": "Continuous Improvement Manager - Supply Chain",
        "company": "General Mills",
        "location": "Minneapolis, MN",
        "posting": """
Continuous Improvement Manager, Supply Chain

Lead Lean and Six Sigma projects across our manufacturing and distribution network to remove waste, cut cost and improve service.

What you need:
- Lean Six Sigma Black Belt certification (required)
- 5+ years in supply chain, operations or manufacturing
- experience leading cross-functional DMAIC projects
- Minitab or JMP; Power BI
""",
        "name": "Ethan Lawson",
        "label": "Operational Excellence Lead",
        "summary": "Operational excellence lead running DMAIC projects in food manufacturing and distribution; $4M in documented savings.",
        "where": ("Bloomington", "MN"),
        "work": [
            ("Operational Excellence Lead", "Cargill", "2021-06", "", [
                "Led 9 DMAIC projects across plants and DCs; $4.1M annual savings",
                "Coach Green Belts and run kaizen events",
            ]),
            ("Supply Chain Analyst", "Land O'Lakes", "2018-07", "2021-05", [
                "Analyzed freight and inventory data in JMP and Power BI",
            ]),
        ],
        "skills": {"Improvement": ["DMAIC", "Kaizen", "Value stream mapping", "Statistical process control"], "Tools": ["Minitab", "JMP", "Power BI"]},
        "certs": [("Lean Six Sigma Black Belt", "ASQ (CSSBB)", "2021-03")],
        "edu": [("Bachelor of Science", "Industrial Engineering", "University of Minnesota", "2018")],
        "unq": {
            "certs": [("Lean Six Sigma Green Belt", "ASQ (CSSGB)", "2021-03")],
            "summary": "Operational excellence lead running improvement projects in food manufacturing and distribution; $4M in documented savings.",
        },
        "swaps": [("Coach Green Belts and run kaizen events", "Run kaizen events with plant teams")],
        "decisive": ("Lean Six Sigma Black Belt certification", ["Black Belt", "CSSBB"], "credential level"),
    },
    {
        "id": "supplychain-dev-2",
        "occ": "supply_chain_analyst",
        "title": "Supply Planner",
        "company": "Medtronic",
        "location": "Memphis, TN",
        "posting": """
supply planner - orthopedics
- SAP S/4HANA (MRP, PP/MM) required, daily
- 3+ yrs supply/material planning
- APICS CPIM preferred
- S&OP participation
""",
        "name": "Jasmine Howard",
        "label": "Materials Planner",
        "summary": "Materials planner for medical devices: MRP, replenishment and S&OP inputs.",
        "where": ("Memphis", "TN"),
        "work": [
            ("Materials Planner II", "Smith & Nephew", "2022-01", "", [
                "Run MRP in SAP S/4HANA and release purchase and production orders",
                "Prepare supply inputs for monthly S&OP",
            ]),
            ("Inventory Analyst", "FedEx Logistics", "2020-06", "2021-12", [
                "Monitored stock levels and expedited shortages",
            ]),
        ],
        "skills": {"Planning": ["MRP", "S&OP", "Replenishment", "Inventory optimization"], "Systems": ["SAP S/4HANA (PP/MM)", "Excel"]},
        "certs": [("Certified in Planning and Inventory Management (CPIM)", "ASCM/APICS", "2023-04")],
        "edu": [("Bachelor of Business Administration", "Supply Chain Management", "University of Memphis", "2020")],
        "unq": {
            "skills": {"Planning": ["MRP", "S&OP", "Replenishment", "Inventory optimization"], "Systems": ["Oracle EBS", "Excel"]},
        },
        "swaps": [("Run MRP in SAP S/4HANA and release purchase and production orders", "Run MRP in Oracle EBS and release purchase and production orders")],
        "decisive": ("SAP S/4HANA (MRP, PP/MM)", ["SAP", "S/4HANA"], "tool"),
    },
    {
        "id": "supplychain-dev-3",
        "occ": "supply_chain_analyst",
        "title": "Senior Demand Planner",
        "company": "Hershey",
        "location": "Hershey, PA",
        "posting": """
The Senior Demand Planner owns the statistical forecast for a portfolio of confectionery brands, leads monthly consensus meetings with sales and marketing, and drives forecast accuracy.

Qualifications: bachelor's degree in supply chain, business or a quantitative field; five or more years of demand planning or forecasting experience; advanced Excel; experience with a forecasting system such as SAP IBP, Kinaxis or Blue Yonder.
""",
        "name": "Megan Foster",
        "label": "Forecasting Specialist",
        "summary": "Forecaster for consumer packaged goods: statistical models, consensus meetings and accuracy gains.",
        "where": ("Harrisburg", "PA"),
        "work": [
            ("Forecast Analyst", "Mars Wrigley", "2022-04", "", [
                "Own the statistical forecast for 300 SKUs in SAP IBP; MAPE improved from 38% to 27%",
                "Run monthly consensus meetings with sales and marketing",
            ]),
            ("Inventory and Forecasting Analyst", "Utz Brands", "2019-03", "2022-03", [
                "Built baseline forecasts and promotional lifts; managed safety stock",
            ]),
        ],
        "skills": {"Planning": ["Statistical forecasting", "Consensus planning", "Forecast accuracy (MAPE, bias)"], "Tools": ["SAP IBP", "Excel (advanced)"]},
        "edu": [("Bachelor of Science", "Supply Chain Management", "Penn State University", "2019")],
        "unq": {
            "work": [
                ("Forecast Analyst", "Mars Wrigley", "2024-10", "", [
                    "Own the statistical forecast for 300 SKUs in SAP IBP; MAPE improved from 38% to 31%",
                    "Run monthly consensus meetings with sales and marketing",
                ]),
                ("Customer Service Representative", "Utz Brands", "2019-03", "2024-09", [
                    "Entered retailer orders and resolved delivery issues",
                ]),
            ],
        },
        "decisive": ("five or more years of demand planning or forecasting", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "chef-dev-1",
        "occ": "chef",
        "title": "Kitchen Manager",
        "company": "Texas Roadhouse",
        "location": "Louisville, KY",
        "posting": """
Kitchen Manager

Run the back of house: ordering, inventory, prep lists, scheduling and food cost, while keeping every plate consistent and every inspection clean.

Requirements:
ServSafe Food Protection Manager certification (current)
2+ years of kitchen management in a high-volume restaurant
Food cost and labor control experience
""",
        "name": "Jake Morrison",
        "label": "Back of House Manager",
        "summary": "Back-of-house leader in high-volume casual dining; holds food cost under target and passes every health inspection.",
        "where": ("Louisville", "KY"),
        "work": [
            ("Culinary Manager", "Cheddar's Scratch Kitchen", "2021-08", "", [
                "Run a 25-person kitchen doing $5M a year: ordering, inventory, prep lists and schedules",
                "Cut food cost from 33% to 30.5% through portioning and waste logs",
            ]),
            ("Sous Chef", "Olive Garden", "2019-05", "2021-07", [
                "Led line and prep on nights; trained new cooks",
            ]),
        ],
        "skills": {"Kitchen": ["Ordering and inventory", "Food cost control", "Labor scheduling", "Health code compliance"]},
        "certs": [("ServSafe Manager (Certified Food Protection Manager)", "National Restaurant Association", "2024-02")],
        "edu": [("Associate of Applied Science", "Culinary Arts", "Sullivan University", "2019")],
        "unq": {
            "certs": [("ServSafe Food Handler", "National Restaurant Association", "2024-02")],
        },
        "decisive": ("ServSafe Food Protection Manager certification", ["ServSafe Manager", "Food Protection Manager", "CFPM", "manager certification"], "credential level"),
    },
    {
        "id": "chef-dev-2",
        "occ": "chef",
        "title": "Executive Chef",
        "company": "Marriott - Hotel Monaco",
        "location": "Chicago, IL",
        "posting": """
EXECUTIVE CHEF - full-service hotel, 200 keys, restaurant + banquets
- 5+ yrs as Sous Chef or Chef de Cuisine (or higher) in hotel or fine dining - line cook years not counted
- menu development, P&L, food cost
- ServSafe Manager
- culinary degree preferred
""",
        "name": "Antoine Dubois",
        "label": "Chef de Cuisine",
        "summary": "Chef leading hotel restaurant and banquet kitchens; menus, P&L and teams of 30.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Chef de Cuisine", "Kimpton Gray Hotel", "2021-03", "", [
                "Run the restaurant and banquet kitchens; own food cost and the kitchen P&L",
                "Write seasonal menus and banquet packages",
            ]),
            ("Sous Chef", "The Peninsula Chicago", "2018-01", "2021-02", [
                "Led a brigade of 14 in fine dining service",
            ]),
        ],
        "skills": {"Culinary": ["Menu development", "Kitchen P&L", "Banquets", "Team leadership"]},
        "certs": [("ServSafe Food Protection Manager", "National Restaurant Association", "2023-09")],
        "edu": [("Associate in Occupational Studies", "Culinary Arts", "The Culinary Institute of America", "2012")],
        "unq": {
            "summary": "Chef leading a hotel restaurant kitchen; menus, P&L and teams of 30.",
            "work": [
                ("Sous Chef", "Kimpton Gray Hotel", "2024-05", "", [
                    "Run the restaurant and banquet kitchens with the chef; track food cost",
                    "Help write seasonal menus and banquet packages",
                ]),
                ("Line Cook", "The Peninsula Chicago", "2012-06", "2024-04", [
                    "Worked grill, sauté and garde manger stations in fine dining",
                ]),
            ],
        },
        "decisive": ("5+ years as Sous Chef or Chef de Cuisine", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "chef-dev-3",
        "occ": "chef",
        "title": "Sous Chef",
        "company": "Union Square Hospitality Group",
        "location": "New York, NY",
        "posting": """
We're hiring a Sous Chef for one of our Manhattan restaurants. You'll lead the line during service, run prep and ordering when the chef is out, train cooks and keep the kitchen inspection-ready.

Candidates must hold a New York City Department of Health Food Protection Certificate; we do not accept out-of-city certifications for this role. Three years of experience in a full-service, scratch kitchen, at least one as sous or junior sous, is required.
""",
        "name": "Maya Goldberg",
        "label": "Sous Chef",
        "summary": "Sous chef in scratch kitchens; leads the line, trains cooks and keeps the pass calm.",
        "where": ("Brooklyn", "NY"),
        "work": [
            ("Junior Sous Chef", "Gramercy Tavern", "2023-04", "", [
                "Lead the line during 250-cover dinners; run prep and ordering on the chef's days off",
                "Train new cooks on stations and recipes",
            ]),
            ("Line Cook", "Via Carota", "2020-09", "2023-03", [
                "Worked pasta and grill stations in a scratch kitchen",
            ]),
        ],
        "skills": {"Culinary": ["Line leadership", "Ordering", "Training cooks", "Health inspection readiness"]},
        "certs": [("Food Protection Certificate", "NYC Department of Health and Mental Hygiene (DOHMH)", "2023-05")],
        "edu": [("Diploma", "Culinary Arts", "Institute of Culinary Education", "2020")],
        "unq": {
            "where": ("Hoboken", "NJ"),
            "certs": [("ServSafe Manager certification", "National Restaurant Association", "2023-05")],
            "work": [
                ("Junior Sous Chef", "Augustino's (Hoboken)", "2023-04", "", [
                    "Lead the line during 250-cover dinners; run prep and ordering on the chef's days off",
                    "Train new cooks on stations and recipes",
                ]),
                ("Line Cook", "Marco & Pepe (Jersey City)", "2020-09", "2023-03", [
                    "Worked pasta and grill stations in a scratch kitchen",
                ]),
            ],
            "edu": [("Diploma", "Culinary Arts", "Hudson County Community College", "2020")],
        },
        "decisive": ("NYC Department of Health Food Protection Certificate", ["New York City", "NYC", "DOHMH", "Food Protection Certificate"], "jurisdiction"),
    },
    {
        "id": "security-dev-1",
        "occ": "security_officer",
        "title": "Armed Security Officer",
        "company": "Allied Universal",
        "location": "Houston, TX",
        "posting": """
Armed Security Officer - bank and corporate campus patrol
Requirements:
- Texas DPS Private Security Level III commissioned (armed) officer license - current
- 1 year security, military or law enforcement experience
- clean background, drug screen
- able to stand and patrol 10-hour shifts
""",
        "name": "Marcus Johnson",
        "label": "Commissioned Security Officer",
        "summary": "Commissioned security officer (Level III) with military police background; patrols, access control and incident reports.",
        "where": ("Houston", "TX"),
        "work": [
            ("Security Officer - Armed", "GardaWorld", "2023-06", "", [
                "Armed patrol of a corporate campus and bank branches; access control and incident reports",
            ]),
            ("Military Police Specialist", "U.S. Army", "2018-05", "2023-05", [
                "Law enforcement patrol, access control and traffic control on post",
            ]),
        ],
        "skills": {"Security": ["Armed patrol", "Access control", "Incident reporting", "De-escalation"]},
        "certs": [("Level III Commissioned Security Officer License (armed)", "Texas Department of Public Safety, Private Security Program", "2023-05")],
        "edu": [("High School Diploma", "", "Aldine High School", "2018")],
        "unq": {
            "label": "Security Officer",
            "summary": "Non-commissioned security officer (Level II) with military police background; patrols, access control and incident reports.",
            "certs": [("Level II Non-Commissioned Security Officer License (unarmed)", "Texas Department of Public Safety, Private Security Program", "2023-05")],
            "work": [
                ("Security Officer - Unarmed", "GardaWorld", "2023-06", "", [
                    "Unarmed patrol of a corporate campus and bank branches; access control and incident reports",
                ]),
                ("Military Police Specialist", "U.S. Army", "2018-05", "2023-05", [
                    "Law enforcement patrol, access control and traffic control on post",
                ]),
            ],
            "skills": {"Security": ["Unarmed patrol", "Access control", "Incident reporting", "De-escalation"]},
        },
        "decisive": ("Texas Level III commissioned (armed) officer license", ["Level III", "armed"], "licence level"),
    },
    {
        "id": "security-dev-2",
        "occ": "security_officer",
        "title": "Security Specialist (TS/SCI)",
        "company": "Leidos",
        "location": "Chantilly, VA",
        "posting": """
Leidos is seeking a Security Specialist to support a government customer's facility: personnel security processing, visit requests, badging, security education and SCIF access control.

Required: an active Top Secret clearance with SCI eligibility (TS/SCI) at time of application; U.S. citizenship; two years of experience in personnel or physical security; working knowledge of DISS and NISPOM/32 CFR 117. Preferred: SAPCA or ISP certification.
""",
        "name": "Rebecca Stone",
        "label": "Industrial Security Specialist",
        "summary": "Personnel and physical security specialist for cleared defense programs; DISS, visit requests and SCIF access. U.S. citizen.",
        "where": ("Herndon", "VA"),
        "work": [
            ("Security Analyst", "Booz Allen Hamilton", "2022-03", "", [
                "Process clearances, visit requests and indoctrinations in DISS for 400 cleared staff",
                "Control SCIF access lists and deliver annual security refresher briefings",
            ]),
            ("Security Assistant", "ManTech", "2020-06", "2022-02", [
                "Badging and visitor control at a cleared facility",
            ]),
        ],
        "skills": {"Security": ["Personnel security", "DISS", "NISPOM / 32 CFR 117", "SCIF access control", "Security education"]},
        "certs": [
            ("Active TS/SCI clearance (Top Secret, SCI eligible), investigated 2024", "DCSA", "2024-04"),
            ("Security Fundamentals Professional Certification (SFPC)", "CDSE", "2022-09"),
        ],
        "edu": [("Bachelor of Science", "Criminal Justice", "George Mason University", "2020")],
        "unq": {
            "certs": [
                ("Active Secret clearance, investigated 2024", "DCSA", "2024-04"),
                ("Security Fundamentals Professional Certification (SFPC)", "CDSE", "2022-09"),
            ],
            "summary": "Personnel and physical security specialist for cleared defense programs; DISS and visit requests. U.S. citizen.",
        },
        "swaps": [("Control SCIF access lists and deliver annual security refresher briefings", "Deliver annual security refresher briefings"), ("\"SCIF access control\", ", "")],
        "decisive": ("active TS/SCI clearance", ["TS/SCI", "Top Secret", "SCI", "TS"], "clearance level"),
    },
    {
        "id": "security-dev-3",
        "occ": "security_officer",
        "title": "Security Shift Supervisor",
        "company": "Securitas",
        "location": "Atlanta, GA",
        "posting": """
Security Shift Supervisor, hospital campus, nights.

You will supervise a team of 8 officers, run post checks and patrol tours, respond to codes and write incident reports.

Must have: Georgia unarmed security officer registration; a minimum of three years of experience supervising security officers (officer experience without supervision does not count); CPI or similar de-escalation training.
""",
        "name": "Darnell Wright",
        "label": "Security Supervisor",
        "summary": "Security supervisor leading night teams in hospitals and office towers; post checks, codes and reports.",
        "where": ("Decatur", "GA"),
        "work": [
            ("Site Supervisor", "Allied Universal - Emory Healthcare", "2021-09", "", [
                "Supervise 9 officers on nights; run post checks, patrol tours and code responses",
                "Review and submit incident reports",
            ]),
            ("Security Officer", "G4S", "2018-03", "2021-08", [
                "Patrol and access control at an office tower",
            ]),
        ],
        "skills": {"Security": ["Team supervision", "Post checks", "Emergency codes", "Incident reports", "De-escalation"]},
        "certs": [
            ("Unarmed Security Officer Registration", "Georgia Board of Private Security", "2018-03"),
            ("CPI Nonviolent Crisis Intervention", "Crisis Prevention Institute", "2025-04"),
        ],
        "edu": [("High School Diploma", "", "Southwest DeKalb High School", "2017")],
        "unq": {
            "work": [
                ("Site Supervisor", "Allied Universal - Emory Healthcare", "2025-10", "", [
                    "Supervise 9 officers on nights; run post checks, patrol tours and code responses",
                    "Review and submit incident reports",
                ]),
                ("Security Officer", "G4S", "2018-03", "2025-09", [
                    "Patrol and access control at an office tower",
                ]),
            ],
        },
        "decisive": ("three years supervising security officers", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "itsupport-dev-1",
        "occ": "it_support",
        "title": "Network Engineer II",
        "company": "Cox Communications",
        "location": "Atlanta, GA",
        "posting": """
Network Engineer II - enterprise campus and data center

- CCNP Enterprise required (CCIE a plus)
- 4+ yrs Cisco routing/switching: OSPF, BGP, VLANs, STP
- Palo Alto firewalls
- on-call rotation
""",
        "name": "Victor Alvarez",
        "label": "Network Engineer",
        "summary": "Enterprise network engineer for campus and data center: routing, switching and firewalls.",
        "where": ("Alpharetta", "GA"),
        "work": [
            ("Network Administrator", "Emory University", "2021-05", "", [
                "Run OSPF and BGP across 40 campus buildings and two data centers",
                "Manage Palo Alto firewall policy and GlobalProtect VPN",
            ]),
            ("NOC Technician", "Windstream", "2019-02", "2021-04", [
                "Troubleshot Cisco switches, VLANs and spanning tree outages",
            ]),
        ],
        "skills": {"Networking": ["OSPF", "BGP", "VLANs", "Spanning tree", "Cisco IOS-XE"], "Security": ["Palo Alto firewalls"]},
        "certs": [("Cisco Certified Network Professional (CCNP) Enterprise", "Cisco", "2023-08")],
        "edu": [("Associate of Applied Science", "Network Systems", "Chattahoochee Technical College", "2019")],
        "unq": {
            "certs": [("Cisco Certified Network Associate (CCNA)", "Cisco", "2023-08")],
        },
        "decisive": ("CCNP Enterprise certification", ["CCNP", "Cisco Certified Network Professional"], "credential level"),
    },
    {
        "id": "itsupport-dev-2",
        "occ": "it_support",
        "title": "IT Help Desk Technician (DoD)",
        "company": "SAIC",
        "location": "Colorado Springs, CO",
        "posting": """
The Help Desk Technician provides Tier 1 and 2 support to users at a Space Force installation: account provisioning in Active Directory, password resets, hardware and software troubleshooting, and ticket management in ServiceNow.

Because the role has privileged access, candidates must hold CompTIA Security+ (DoD 8570/8140 IAT Level II) at start. An active Secret clearance is required. One year of help desk experience.
""",
        "name": "Jordan Blake",
        "label": "Service Desk Analyst",
        "summary": "Tier 1/2 service desk analyst for government users; Active Directory, ServiceNow and hardware support.",
        "where": ("Colorado Springs", "CO"),
        "work": [
            ("Service Desk Analyst", "Peraton", "2023-02", "", [
                "Resolve 40 tickets a day in ServiceNow: accounts, passwords, printers and software",
                "Provision and disable accounts in Active Directory",
            ]),
        ],
        "skills": {"Support": ["Active Directory", "ServiceNow", "Windows 11", "Hardware troubleshooting"]},
        "certs": [
            ("CompTIA Security+ ce", "CompTIA", "2023-01"),
            ("CompTIA A+", "CompTIA", "2022-08"),
            ("Secret clearance (active)", "DCSA", "2023-03"),
        ],
        "edu": [("Associate of Applied Science", "Information Technology", "Pikes Peak State College", "2022")],
        "unq": {
            "certs": [
                ("CompTIA A+", "CompTIA", "2022-08"),
                ("Secret clearance (active)", "DCSA", "2023-03"),
            ],
        },
        "decisive": ("CompTIA Security+ (IAT Level II)", ["Security+", "IAT"], "credential level"),
    },
    {
        "id": "itsupport-dev-3",
        "occ": "it_support",
        "title": "Desktop Support Specialist - Mac",
        "company": "Pixar Animation Studios",
        "location": "Emeryville, CA",
        "posting": """
Desktop Support Specialist

Support artists and staff on a fleet of 1,200 Macs: imaging and enrollment, app deployment, troubleshooting and hardware repair.

Requirements:
- Jamf Pro administration (policies, configuration profiles, Self Service) - required
- 2+ years desktop support
- macOS expertise; Apple Certified Support Professional a plus
""",
        "name": "Kenji Watanabe",
        "label": "Endpoint Support Technician",
        "summary": "Endpoint technician supporting creative teams on macOS: enrollment, app packaging and repairs.",
        "where": ("Oakland", "CA"),
        "work": [
            ("Endpoint Technician", "Electronic Arts", "2022-08", "", [
                "Enroll and manage 900 Macs with Jamf Pro policies, configuration profiles and Self Service",
                "Troubleshoot macOS, Adobe and Autodesk issues for artists",
            ]),
            ("IT Support Technician", "UC Berkeley", "2021-01", "2022-07", [
                "Walk-up support for faculty laptops",
            ]),
        ],
        "skills": {"Support": ["macOS", "Jamf Pro", "App packaging", "Hardware repair"]},
        "certs": [("Apple Certified Support Professional", "Apple", "2023-03")],
        "edu": [("Bachelor of Arts", "Media Studies", "UC Berkeley", "2020")],
        "unq": {
            "skills": {"Support": ["macOS", "Microsoft Intune", "App packaging", "Hardware repair"]},
        },
        "swaps": [("Enroll and manage 900 Macs with Jamf Pro policies, configuration profiles and Self Service", "Enroll and manage 900 Macs with Microsoft Intune policies and configuration profiles")],
        "decisive": ("Jamf Pro administration", ["Jamf", "Jamf Pro"], "tool"),
    },
    {
        "id": "constructionpm-dev-1",
        "occ": "construction_project_manager",
        "title": "Construction Project Manager",
        "company": "Turner Construction",
        "location": "Nashville, TN",
        "posting": """
Turner is looking for a Project Manager to run commercial building projects from preconstruction through closeout: budgets, schedules, subcontracts, change orders, owner meetings and safety.

Requirements
Bachelor's degree in construction management, engineering or architecture
PMP certification required
5+ years managing commercial construction projects over $20M
Procore and P6 scheduling
""",
        "name": "Caleb Turner",
        "label": "Project Manager, Commercial Construction",
        "summary": "Commercial construction PM delivering $20-90M office, healthcare and higher-ed buildings on budget.",
        "where": ("Franklin", "TN"),
        "work": [
            ("Senior Project Manager", "Brasfield & Gorrie", "2022-01", "", [
                "Deliver a $85M medical office building: budget, schedule, subcontracts and change orders",
                "Run OAC meetings; manage submittals and RFIs in Procore",
            ]),
            ("Project Manager", "Skanska USA", "2018-06", "2021-12", [
                "Managed $25-40M higher-education projects; built schedules in Primavera P6",
            ]),
        ],
        "skills": {"Construction": ["Budgeting", "Scheduling (Primavera P6)", "Subcontract management", "Change orders", "Procore"]},
        "certs": [("Project Management Professional (PMP)", "Project Management Institute", "2019-04"), ("OSHA 30", "OSHA", "2018-09")],
        "edu": [("Bachelor of Science", "Construction Management", "Middle Tennessee State University", "2014")],
        "unq": {
            "certs": [("Certified Associate in Project Management (CAPM)", "Project Management Institute", "2019-04"), ("OSHA 30", "OSHA", "2018-09")],
        },
        "decisive": ("PMP certification", ["PMP", "Project Management Professional"], "credential level"),
    },
    {
        "id": "constructionpm-dev-2",
        "occ": "construction_project_manager",
        "title": "Senior Project Manager - Healthcare Construction",
        "company": "McCarthy Building Companies",
        "location": "Phoenix, AZ",
        "posting": """
Sr. Project Manager, healthcare
- 8+ years of construction project management (as PM or Sr PM, not PE/APM)
- hospital / OSHPD or ICRA experience
- GMP budgets $50M+
- Procore, Bluebeam
""",
        "name": "Natalie Greene",
        "label": "Senior Project Manager",
        "summary": "Healthcare construction manager with ten years leading hospital expansions and renovations under ICRA.",
        "where": ("Scottsdale", "AZ"),
        "work": [
            ("Senior Project Manager", "DPR Construction", "2021-02", "", [
                "Lead a $140M GMP hospital tower expansion with ICRA and infection control",
                "Manage the team, budget and owner relationship; Procore and Bluebeam",
            ]),
            ("Project Manager", "Kitchell", "2016-03", "2021-01", [
                "Managed hospital renovations in occupied facilities",
            ]),
        ],
        "skills": {"Construction": ["GMP budgets", "ICRA", "Healthcare construction", "Procore", "Bluebeam"]},
        "certs": [("OSHA 30", "OSHA", "2016-05")],
        "edu": [("Bachelor of Science", "Construction Management", "Arizona State University", "2014")],
        "unq": {
            "work": [
                ("Project Manager", "DPR Construction", "2023-02", "", [
                    "Lead a $140M GMP hospital tower expansion with ICRA and infection control",
                    "Manage the team, budget and owner relationship; Procore and Bluebeam",
                ]),
                ("Project Engineer", "Kitchell", "2016-03", "2023-01", [
                    "Handled submittals and RFIs on hospital renovations",
                ]),
            ],
            "label": "Project Manager",
        },
        "decisive": ("8+ years of construction project management (as PM)", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "constructionpm-dev-3",
        "occ": "construction_project_manager",
        "title": "Sustainability-Focused Project Manager",
        "company": "Gilbane Building Company",
        "location": "Providence, RI",
        "posting": """
Gilbane is hiring a Project Manager for a portfolio of LEED Platinum and net-zero academic buildings. The PM leads the project team, manages cost and schedule, and owns LEED documentation with the design team.

A LEED AP BD+C credential is required. Also required: five years of project management in commercial construction and OSHA 30. PMP preferred.
""",
        "name": "Owen Fitzgerald",
        "label": "Project Manager",
        "summary": "Project manager for high-performance academic and lab buildings; LEED documentation, cost and schedule.",
        "where": ("Providence", "RI"),
        "work": [
            ("Project Manager", "Shawmut Design and Construction", "2019-09", "", [
                "Led two LEED Platinum academic buildings and a net-zero lab; managed cost and schedule",
                "Own LEED credit tracking and documentation with the architect",
            ]),
        ],
        "skills": {"Construction": ["LEED documentation", "Cost control", "Scheduling", "Net-zero buildings"]},
        "certs": [("LEED AP Building Design + Construction (BD+C)", "U.S. Green Building Council / GBCI", "2018-11"), ("OSHA 30", "OSHA", "2019-10")],
        "edu": [("Bachelor of Science", "Civil Engineering", "University of Rhode Island", "2016")],
        "unq": {
            "certs": [("LEED Green Associate", "U.S. Green Building Council / GBCI", "2018-11"), ("OSHA 30", "OSHA", "2019-10")],
        },
        "decisive": ("LEED AP BD+C credential", ["LEED AP", "BD+C"], "credential level"),
    },
]
