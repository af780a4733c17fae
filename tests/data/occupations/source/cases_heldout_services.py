"""Held-out half, services: dispatcher, supply chain, chef, security officer, IT support, construction project manager."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "dispatcher-heldout-1",
        "occ": "dispatcher",
        "title": "Fire Dispatcher",
        "company": "Phoenix Fire Department Regional Dispatch Center",
        "location": "Phoenix, AZ",
        "posting": """
Fire Dispatcher - regional fire and EMS dispatch center

Requirements:
IAED Emergency Fire Dispatch (EFD) certification
IAED EMD certification
1 year of public safety dispatch experience
Type 40 WPM
""",
        "name": "Sarah Mitchell",
        "label": "Emergency Communications Specialist",
        "summary": "Fire and EMS dispatcher using the fire and medical protocols of the IAED.",
        "where": ("Glendale", "AZ"),
        "work": [
            ("Emergency Communications Specialist", "Glendale Regional Communications", "2022-05", "", [
                "Process fire and medical calls with ProQA fire and medical protocols; dispatch engines and ladders",
            ]),
        ],
        "skills": {"Dispatch": ["Fire call processing", "Medical call processing", "CAD", "Radio", "Typing 55 WPM"]},
        "certs": [("Emergency Fire Dispatcher (EFD)", "International Academies of Emergency Dispatch", "2022-08"), ("Emergency Medical Dispatcher (EMD)", "International Academies of Emergency Dispatch", "2022-07")],
        "edu": [("High School Diploma", "", "Apollo High School", "2019")],
        "unq": {
            "certs": [("Emergency Medical Dispatcher (EMD)", "International Academies of Emergency Dispatch", "2022-07")],
            "summary": "Fire and EMS dispatcher using the medical protocols of the IAED.",
            "work": [
                ("Emergency Communications Specialist", "Glendale Regional Communications", "2022-05", "", [
                    "Process medical calls with ProQA medical protocols; dispatch engines and ladders",
                ]),
            ],
            "skills": {"Dispatch": ["Medical call processing", "CAD", "Radio", "Typing 55 WPM"]},
        },
        "decisive": ("IAED Emergency Fire Dispatch (EFD) certification", ["EFD", "emergency fire dispatch", "emergency fire dispatcher"], "certificate"),
    },
    {
        "id": "dispatcher-heldout-2",
        "occ": "dispatcher",
        "title": "Load Planner / Dispatcher",
        "company": "Heartland Express",
        "location": "North Liberty, IA",
        "posting": """
Heartland Express is looking for a Load Planner to assign loads to drivers, plan trips around hours of service, and keep customers updated. You will work in TMW Suite every day, so hands-on TMW experience is required. One year of trucking dispatch or planning experience is also required.
""",
        "name": "Kyle Peterson",
        "label": "Driver Manager",
        "summary": "Driver manager and planner for truckload fleets; plans trips around hours of service in TMW.",
        "where": ("Coralville", "IA"),
        "work": [
            ("Driver Manager", "CRST International", "2022-02", "", [
                "Assign loads and plan trips for 45 drivers in TMW Suite around hours of service",
                "Update customers on ETAs and delays",
            ]),
        ],
        "skills": {"Dispatch": ["Load planning", "Hours of service", "TMW Suite", "Customer updates"]},
        "edu": [("Bachelor of Business Administration", "Supply Chain", "University of Iowa", "2021")],
        "unq": {
            "skills": {"Dispatch": ["Load planning", "Hours of service", "Alvys TMS", "Customer updates"]},
        },
        "swaps": [("Assign loads and plan trips for 45 drivers in TMW Suite around hours of service", "Assign loads and plan trips for 45 drivers in Alvys around hours of service"), ("plans trips around hours of service in TMW", "plans trips around hours of service")],
        "decisive": ("TMW Suite experience", ["TMW"], "tool"),
    },
    {
        "id": "dispatcher-heldout-3",
        "occ": "dispatcher",
        "title": "Transmission System Operator",
        "company": "Tennessee Valley Authority",
        "location": "Chattanooga, TN",
        "posting": """
Transmission System Operator (power dispatcher) - 12-hour rotating shifts

Monitor and operate the bulk electric system, dispatch switching orders to field crews, respond to emergencies and coordinate with neighboring reliability coordinators.

Requirements: NERC Reliability Coordinator (RC) certification - required at hire; 3 years of power system operations experience; knowledge of NERC standards.
""",
        "name": "Derek Collins",
        "label": "System Operator",
        "summary": "Power system operator: switching orders, real-time monitoring and emergency response on the bulk electric system.",
        "where": ("Cleveland", "TN"),
        "work": [
            ("Reliability Operator", "Southern Company", "2021-04", "", [
                "Monitor the bulk electric system in real time and dispatch switching orders to field crews",
                "Coordinate emergency actions with neighboring reliability coordinators",
            ]),
        ],
        "skills": {"Operations": ["Switching orders", "EMS/SCADA", "NERC standards", "Emergency operations"]},
        "certs": [("NERC System Operator Certification - Reliability Coordinator (RC)", "NERC", "2021-09")],
        "edu": [("Bachelor of Science", "Electrical Engineering Technology", "Tennessee Tech University", "2020")],
        "unq": {
            "certs": [("NERC System Operator Certification - Transmission Operator (TO)", "NERC", "2021-09")],
            "work": [
                ("Transmission Operator", "Southern Company", "2021-04", "", [
                    "Monitor transmission lines in real time and dispatch switching orders to field crews",
                    "Follow emergency instructions from the reliability desk",
                ]),
            ],
            "label": "Transmission Operator",
        },
        "decisive": ("NERC Reliability Coordinator (RC) certification", ["Reliability Coordinator", "RC"], "credential level"),
    },
    {
        "id": "supplychain-heldout-1",
        "occ": "supply_chain_analyst",
        "title": "Supply Chain Analyst",
        "company": "Caterpillar",
        "location": "Peoria, IL",
        "posting": """
Supply Chain Analyst
- Six Sigma Green Belt (certified) required
- 2+ yrs supply chain analytics
- SQL, Excel, Power BI
- inventory / lead time analysis
""",
        "name": "Amanda Ross",
        "label": "Supply Chain Data Analyst",
        "summary": "Supply chain analyst turning inventory and lead-time data into decisions; certified Green Belt.",
        "where": ("Peoria", "IL"),
        "work": [
            ("Supply Chain Data Analyst", "John Deere", "2022-07", "", [
                "Analyze inventory and supplier lead times with SQL and Power BI",
                "Led a Green Belt project that cut safety stock 12%",
            ]),
        ],
        "skills": {"Analytics": ["SQL", "Power BI", "Excel", "Inventory analysis", "Lead time analysis"]},
        "certs": [("Certified Six Sigma Green Belt (CSSGB)", "ASQ", "2023-05")],
        "edu": [("Bachelor of Science", "Industrial Engineering", "Bradley University", "2022")],
        "unq": {
            "summary": "Supply chain analyst turning inventory and lead-time data into decisions.",
            "work": [
                ("Supply Chain Data Analyst", "John Deere", "2022-07", "", [
                    "Analyze inventory and supplier lead times with SQL and Power BI",
                    "Supported an improvement project that cut safety stock 12%",
                ]),
            ],
            "certs": [("Six Sigma Yellow Belt", "ASQ", "2023-05")],
        },
        "decisive": ("Six Sigma Green Belt certification", ["Green Belt", "CSSGB"], "credential level"),
    },
    {
        "id": "supplychain-heldout-2",
        "occ": "supply_chain_analyst",
        "title": "Senior Buyer",
        "company": "Lockheed Martin",
        "location": "Fort Worth, TX",
        "posting": """
The Senior Buyer places and manages purchase orders for machined parts and assemblies, negotiates with suppliers, and keeps deliveries on schedule for aircraft production. A bachelor's degree and at least four years of purchasing or procurement experience are required. Experience with FAR/DFARS flow-downs and SAP is preferred.
""",
        "name": "Kevin Brooks",
        "label": "Sourcing Specialist",
        "summary": "Sourcing specialist for aerospace machined parts: purchase orders, supplier negotiation and delivery recovery.",
        "where": ("Arlington", "TX"),
        "work": [
            ("Sourcing Specialist", "Bell Textron", "2022-01", "", [
                "Place and manage POs for machined parts; negotiate price and lead time with 30 suppliers",
                "Apply FAR/DFARS flow-downs in SAP",
            ]),
            ("Purchasing Agent", "Triumph Group", "2019-06", "2021-12", [
                "Bought raw material and hardware for aerostructures",
            ]),
        ],
        "skills": {"Procurement": ["Supplier negotiation", "PO management", "FAR/DFARS", "SAP MM"]},
        "edu": [("Bachelor of Business Administration", "Supply Chain Management", "University of Texas at Arlington", "2019")],
        "unq": {
            "work": [
                ("Sourcing Specialist", "Bell Textron", "2025-02", "", [
                    "Place and manage POs for machined parts; negotiate price and lead time with 30 suppliers",
                    "Apply FAR/DFARS flow-downs in SAP",
                ]),
                ("Shipping Clerk", "Triumph Group", "2019-06", "2025-01", [
                    "Prepared shipping documents for aerostructures",
                ]),
            ],
        },
        "decisive": ("four years of purchasing or procurement", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "supplychain-heldout-3",
        "occ": "supply_chain_analyst",
        "title": "Supplier Development Specialist - Asia Sourcing",
        "company": "Whirlpool",
        "location": "Benton Harbor, MI",
        "posting": """
supplier development - Asia
fluent Mandarin Chinese required (daily calls w/ suppliers in Guangdong)
3 yrs sourcing or supplier quality
PPAP / APQP
25% travel to China
""",
        "name": "Wei Zhang",
        "label": "Supplier Quality Engineer",
        "summary": "Supplier development engineer for Chinese suppliers of appliance components; PPAP and APQP.",
        "where": ("St. Joseph", "MI"),
        "work": [
            ("Supplier Quality Engineer", "Electrolux", "2021-03", "", [
                "Develop 20 suppliers in Guangdong and Zhejiang; lead PPAP and APQP",
                "Run daily calls with suppliers in Mandarin",
            ]),
        ],
        "skills": {"Quality": ["PPAP", "APQP", "Supplier audits", "8D"]},
        "edu": [("Bachelor of Science", "Mechanical Engineering", "Western Michigan University", "2020")],
        "langs": [("Mandarin Chinese", "Native"), ("English", "Fluent")],
        "unq": {
            "langs": [("English", "Native")],
            "summary": "Supplier development engineer for overseas suppliers of appliance components; PPAP and APQP.",
        },
        "swaps": [("Run daily calls with suppliers in Mandarin", "Run daily calls with suppliers through a local agent"), ("Develop 20 suppliers in Guangdong and Zhejiang", "Develop 20 overseas suppliers")],
        "decisive": ("fluent Mandarin Chinese", ["Mandarin", "Chinese"], "language"),
    },
    {
        "id": "chef-heldout-1",
        "occ": "chef",
        "title": "Executive Chef - Country Club",
        "company": "ClubCorp",
        "location": "Scottsdale, AZ",
        "posting": """
Executive Chef, private country club

Lead culinary operations for a la carte dining, banquets and member events; develop menus; manage a team of 25 and the food P&L.

Requirements:
- ACF Certified Executive Chef (CEC) - required
- 5+ years leading kitchens as executive chef or chef de cuisine
- ServSafe Manager
""",
        "name": "Marco Bellini",
        "label": "Executive Chef",
        "summary": "Executive chef for clubs and resorts: menus, banquets and a team of 30; ACF certified.",
        "where": ("Phoenix", "AZ"),
        "work": [
            ("Executive Chef", "Desert Mountain Club", "2020-03", "", [
                "Run a la carte dining and banquets for 1,200 members; manage 28 cooks and the food P&L",
            ]),
            ("Chef de Cuisine", "The Phoenician", "2016-05", "2020-02", [
                "Led the resort's fine dining kitchen",
            ]),
        ],
        "skills": {"Culinary": ["Menu development", "Banquets", "Food P&L", "Team leadership"]},
        "certs": [("Certified Executive Chef (CEC)", "American Culinary Federation", "2021-04"), ("ServSafe Manager", "National Restaurant Association", "2024-05")],
        "edu": [("Associate of Occupational Studies", "Culinary Arts", "Scottsdale Culinary Institute", "2009")],
        "unq": {
            "certs": [("Certified Sous Chef (CSC)", "American Culinary Federation", "2021-04"), ("ServSafe Manager", "National Restaurant Association", "2024-05")],
            "summary": "Executive chef for clubs and resorts: menus, banquets and a team of 30.",
        },
        "decisive": ("ACF Certified Executive Chef (CEC)", ["CEC", "certified executive chef"], "credential level"),
    },
    {
        "id": "chef-heldout-2",
        "occ": "chef",
        "title": "Kitchen Manager",
        "company": "Chuy's",
        "location": "Nashville, TN",
        "posting": """
Kitchen Manager - 3+ years as a kitchen manager or sous chef in a high-volume restaurant required. Own ordering, inventory, food cost, scheduling and training. ServSafe Manager certified.
""",
        "name": "Derrick Lee",
        "label": "Culinary Manager",
        "summary": "High-volume kitchen manager: ordering, inventory, food cost and training.",
        "where": ("Franklin", "TN"),
        "work": [
            ("Back of House Manager", "Puckett's", "2022-01", "", [
                "Run ordering, inventory, scheduling and training for a $6M restaurant",
                "Hold food cost at 29%",
            ]),
            ("Sous Chef", "Martin's Bar-B-Que Joint", "2020-02", "2021-12", [
                "Ran the line and prep team",
            ]),
        ],
        "skills": {"Kitchen": ["Ordering", "Inventory", "Food cost", "Scheduling", "Training"]},
        "certs": [("ServSafe Manager", "National Restaurant Association", "2023-08")],
        "edu": [("High School Diploma", "", "Hillsboro High School", "2014")],
        "unq": {
            "work": [
                ("Back of House Manager", "Puckett's", "2025-09", "", [
                    "Run ordering, inventory, scheduling and training for a $6M restaurant",
                    "Hold food cost at 29%",
                ]),
                ("Line Cook", "Martin's Bar-B-Que Joint", "2016-02", "2025-08", [
                    "Worked the pit and fry stations",
                ]),
            ],
        },
        "decisive": ("3+ years as a kitchen manager or sous chef", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "chef-heldout-3",
        "occ": "chef",
        "title": "Chef de Cuisine",
        "company": "Legal Sea Foods",
        "location": "Boston, MA",
        "posting": """
Chef de Cuisine - Boston

Massachusetts law requires the person in charge to hold allergen awareness training in addition to food protection manager certification. Requirements: ServSafe Food Protection Manager certification and Massachusetts-approved allergen awareness certification (ServSafe Allergens or AllerTrain); four years of kitchen leadership; seafood experience.
""",
        "name": "Sean Murphy",
        "label": "Chef",
        "summary": "Seafood chef who leads kitchens with strict allergen controls.",
        "where": ("Dorchester", "MA"),
        "work": [
            ("Chef de Cuisine", "Row 34", "2021-04", "", [
                "Lead a 22-person seafood kitchen; maintain allergen matrices and labeling",
            ]),
            ("Sous Chef", "Island Creek Oyster Bar", "2018-06", "2021-03", [
                "Ran raw bar and hot line",
            ]),
        ],
        "skills": {"Culinary": ["Seafood", "Allergen controls", "Kitchen leadership", "Menu costing"]},
        "certs": [("ServSafe Food Protection Manager", "National Restaurant Association", "2024-01"), ("ServSafe Allergens", "National Restaurant Association", "2024-01")],
        "edu": [("Associate of Science", "Culinary Arts", "Johnson & Wales University", "2014")],
        "unq": {
            "certs": [("ServSafe Food Protection Manager", "National Restaurant Association", "2024-01")],
            "work": [
                ("Chef de Cuisine", "Row 34", "2021-04", "", [
                    "Lead a 22-person seafood kitchen; write menus and cost plates",
                ]),
                ("Sous Chef", "Island Creek Oyster Bar", "2018-06", "2021-03", [
                    "Ran raw bar and hot line",
                ]),
            ],
            "skills": {"Culinary": ["Seafood", "Kitchen leadership", "Menu costing"]},
            "summary": "Seafood chef who leads busy kitchens.",
        },
        "decisive": ("Massachusetts allergen awareness certification", ["allergen", "allergens", "AllerTrain"], "certificate"),
    },
    {
        "id": "security-heldout-1",
        "occ": "security_officer",
        "title": "Security Officer",
        "company": "Securitas",
        "location": "Los Angeles, CA",
        "posting": """
Security Officer - studio lot, all shifts
- California BSIS Guard Card (active) REQUIRED before first shift
- customer service, patrol, access control
- 6 months security experience preferred
""",
        "name": "Andre Wilson",
        "label": "Security Professional",
        "summary": "Security officer for studios and office campuses: access control, patrol and visitor service.",
        "where": ("Burbank", "CA"),
        "work": [
            ("Security Officer", "Allied Universal - Warner Bros. lot", "2023-05", "", [
                "Access control at studio gates, patrols and visitor check-in",
            ]),
        ],
        "skills": {"Security": ["Access control", "Patrol", "Customer service", "Incident reports"]},
        "certs": [("Guard Card (Security Guard Registration)", "California Bureau of Security and Investigative Services (BSIS)", "2023-04")],
        "edu": [("High School Diploma", "", "Burbank High School", "2020")],
        "unq": {
            "where": ("Las Vegas", "NV"),
            "work": [
                ("Security Officer", "Allied Universal - Las Vegas Strip casino", "2023-05", "", [
                    "Access control at property entrances, patrols and guest service",
                ]),
            ],
            "certs": [("Security Work Card", "Nevada Private Investigators Licensing Board (PILB)", "2023-04")],
            "edu": [("High School Diploma", "", "Clark High School", "2020")],
        },
        "decisive": ("active California BSIS Guard Card", ["California", "BSIS", "Guard Card", "CA"], "jurisdiction"),
    },
    {
        "id": "security-heldout-2",
        "occ": "security_officer",
        "title": "Security Officer - Secret Clearance",
        "company": "Constellis",
        "location": "Huntsville, AL",
        "posting": """
Constellis seeks security officers for a Department of Defense contractor facility on Redstone Arsenal. Officers control access, inspect vehicles, patrol and respond to alarms. An active DoD Secret security clearance is required; a Public Trust determination is not sufficient. Two years of security, military or law enforcement experience required.
""",
        "name": "Brandon Scott",
        "label": "Security Officer",
        "summary": "Army veteran and security officer controlling access to defense facilities; active Secret clearance.",
        "where": ("Madison", "AL"),
        "work": [
            ("Security Officer", "Paragon Systems", "2022-09", "", [
                "Control access, inspect vehicles and respond to alarms at a federal facility",
            ]),
            ("Infantryman", "U.S. Army", "2018-06", "2022-06", [
                "Squad member; guard duty and access control",
            ]),
        ],
        "skills": {"Security": ["Access control", "Vehicle inspection", "Alarm response", "Patrol"]},
        "certs": [("Active DoD Secret Clearance", "DCSA", "2022-08")],
        "edu": [("High School Diploma", "", "Bob Jones High School", "2018")],
        "unq": {
            "certs": [("Public Trust (Tier 2) determination", "DHS", "2022-08")],
            "summary": "Army veteran and security officer controlling access to federal facilities; Public Trust determination.",
        },
        "decisive": ("active DoD Secret clearance", ["Secret"], "clearance level"),
    },
    {
        "id": "security-heldout-3",
        "occ": "security_officer",
        "title": "Executive Protection Agent",
        "company": "Pinkerton",
        "location": "Seattle, WA",
        "posting": """
Executive Protection Agent for a corporate principal: advance work, motorcade, residential and travel protection.

Requirements: five years of law enforcement, military or protective services experience; Washington armed private security guard license; first aid/CPR; valid passport.
""",
        "name": "Ryan Mitchell",
        "label": "Protection Specialist",
        "summary": "Former Army military police and protection specialist: advances, motorcades and travel protection.",
        "where": ("Tacoma", "WA"),
        "work": [
            ("Protective Services Specialist", "GardaWorld", "2022-03", "", [
                "Advance work, motorcade driving and travel protection for a technology executive",
            ]),
            ("Military Police Officer", "U.S. Army, Joint Base Lewis-McChord", "2017-05", "2022-02", [
                "Law enforcement patrols and protective details for general officers",
            ]),
        ],
        "skills": {"Protection": ["Advance work", "Motorcade operations", "Threat assessment", "Travel protection"]},
        "certs": [("Armed Private Security Guard License", "Washington State Department of Licensing", "2022-02"), ("First Aid/CPR/AED", "American Red Cross", "2025-03"), ("U.S. Passport", "U.S. Department of State", "2021-10")],
        "edu": [("Bachelor of Arts", "Criminal Justice", "Saint Martin's University", "2017")],
        "unq": {
            "work": [
                ("Protective Services Specialist", "GardaWorld", "2025-04", "", [
                    "Advance work, motorcade driving and travel protection for a technology executive",
                ]),
                ("Sales Associate", "Nordstrom", "2017-05", "2025-03", [
                    "Sold menswear and handled customer returns",
                ]),
            ],
            "summary": "Protection specialist: advances, motorcades and travel protection.",
            "certs": [("Armed Private Security Guard License", "Washington State Department of Licensing", "2025-03"), ("First Aid/CPR/AED", "American Red Cross", "2025-03"), ("U.S. Passport", "U.S. Department of State", "2021-10")],
        },
        "decisive": ("five years of law enforcement, military or protective experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "itsupport-heldout-1",
        "occ": "it_support",
        "title": "Network Support Technician",
        "company": "Spectrum Enterprise",
        "location": "Charlotte, NC",
        "posting": """
Network Support Technician - Tier 2

Troubleshoot customer network circuits, switches and routers; work tickets; escalate outages.

Must have CompTIA Network+ (or higher, e.g. CCNA). 1-2 years help desk or NOC experience. Understanding of TCP/IP, DNS, DHCP, VLANs.
""",
        "name": "Marcus Reed",
        "label": "NOC Technician",
        "summary": "Tier 2 network support technician troubleshooting circuits, switches and routers for business customers.",
        "where": ("Gastonia", "NC"),
        "work": [
            ("NOC Technician II", "Lumen Technologies", "2023-03", "", [
                "Troubleshoot circuits, switches and routers; escalate outages and work tickets in Remedy",
            ]),
            ("Help Desk Analyst", "Atrium Health", "2022-01", "2023-02", [
                "Password resets, printers and VPN issues",
            ]),
        ],
        "skills": {"Networking": ["TCP/IP", "DNS", "DHCP", "VLANs", "Circuit troubleshooting"]},
        "certs": [("CompTIA Network+", "CompTIA", "2022-11"), ("CompTIA A+", "CompTIA", "2021-12")],
        "edu": [("Associate in Applied Science", "Information Technology - Networking", "Central Piedmont Community College", "2021")],
        "unq": {
            "certs": [("CompTIA A+", "CompTIA", "2021-12")],
        },
        "decisive": ("CompTIA Network+ (or higher)", ["Network+", "CCNA"], "credential level"),
    },
    {
        "id": "itsupport-heldout-2",
        "occ": "it_support",
        "title": "Cloud Support Administrator (Azure)",
        "company": "Mayo Clinic",
        "location": "Rochester, MN",
        "posting": """
Cloud Support Administrator
- Microsoft Certified: Azure Administrator Associate (AZ-104) - REQUIRED
- 2+ yrs supporting Azure / M365
- Entra ID, Intune, VMs, storage
- ITIL foundations a plus
""",
        "name": "Jacob Olson",
        "label": "Systems Administrator",
        "summary": "Systems administrator supporting Azure and Microsoft 365: identities, devices, VMs and storage.",
        "where": ("Rochester", "MN"),
        "work": [
            ("Systems Administrator", "Olmsted Medical Center", "2022-05", "", [
                "Manage Entra ID identities, Intune device policies and Azure VMs and storage accounts",
                "Handle Microsoft 365 escalations",
            ]),
        ],
        "skills": {"Cloud": ["Azure VMs", "Azure Storage", "Entra ID", "Intune", "Microsoft 365"]},
        "certs": [("Microsoft Certified: Azure Administrator Associate (AZ-104)", "Microsoft", "2023-04"), ("ITIL 4 Foundation", "AXELOS", "2022-10")],
        "edu": [("Bachelor of Science", "Information Technology", "Winona State University", "2022")],
        "unq": {
            "certs": [("Microsoft Certified: Azure Fundamentals (AZ-900)", "Microsoft", "2023-04"), ("ITIL 4 Foundation", "AXELOS", "2022-10")],
        },
        "decisive": ("Azure Administrator Associate (AZ-104)", ["AZ-104", "Azure Administrator"], "credential level"),
    },
    {
        "id": "itsupport-heldout-3",
        "occ": "it_support",
        "title": "Desktop Support Technician",
        "company": "Nationwide",
        "location": "Columbus, OH",
        "posting": """
Nationwide is hiring a Desktop Support Technician to image and deploy laptops, troubleshoot Windows and Office issues, and support conference room technology. You need three or more years of desktop support experience in an enterprise environment, knowledge of Active Directory and SCCM or Intune, and strong customer service.
""",
        "name": "Alyssa Turner",
        "label": "End User Support Specialist",
        "summary": "Enterprise end user support: imaging, Windows and Office troubleshooting and meeting room tech.",
        "where": ("Dublin", "OH"),
        "work": [
            ("End User Support Specialist", "Cardinal Health", "2021-09", "", [
                "Image and deploy laptops with SCCM and Intune; troubleshoot Windows and Office",
                "Support Teams Rooms and conference AV",
            ]),
            ("IT Technician", "Ohio State University", "2020-06", "2021-08", [
                "Walk-up support for staff",
            ]),
        ],
        "skills": {"Support": ["Windows 11", "Microsoft 365", "SCCM", "Intune", "Active Directory"]},
        "certs": [("CompTIA A+", "CompTIA", "2020-08")],
        "edu": [("Associate of Applied Science", "Computer Information Technology", "Columbus State Community College", "2020")],
        "unq": {
            "work": [
                ("End User Support Specialist", "Cardinal Health", "2025-08", "", [
                    "Image and deploy laptops with SCCM and Intune; troubleshoot Windows and Office",
                    "Support Teams Rooms and conference AV",
                ]),
                ("Sales Associate", "Best Buy", "2020-06", "2025-07", [
                    "Sold laptops and phones",
                ]),
            ],
        },
        "decisive": ("three or more years of desktop support", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "constructionpm-heldout-1",
        "occ": "construction_project_manager",
        "title": "Owner's Representative / Construction Manager",
        "company": "Jacobs",
        "location": "Denver, CO",
        "posting": """
Construction Manager (owner's representative) for public school and transit programs.

Qualifications:
- Certified Construction Manager (CCM) from CMAA - required
- 10+ years in construction management
- public-sector procurement, claims and schedule review
- PE or PMP a plus
""",
        "name": "Paul Henderson",
        "label": "Construction Manager",
        "summary": "Owner's-side construction manager for public programs: procurement, schedules and claims.",
        "where": ("Lakewood", "CO"),
        "work": [
            ("Senior Construction Manager", "Cumming Group", "2019-02", "", [
                "Represent school districts on $300M bond programs: procurement, schedule review and claims",
            ]),
            ("Construction Manager", "AECOM", "2013-06", "2019-01", [
                "Managed transit station construction for RTD",
            ]),
        ],
        "skills": {"Construction": ["Owner's representation", "Public procurement", "Claims", "Schedule review"]},
        "certs": [("Certified Construction Manager (CCM)", "CMAA / Construction Manager Certification Institute", "2016-05")],
        "edu": [("Bachelor of Science", "Civil Engineering", "Colorado State University", "2012")],
        "unq": {
            "certs": [("Construction Manager in Training (CMIT)", "CMAA", "2016-05")],
        },
        "decisive": ("Certified Construction Manager (CCM)", ["CCM", "certified construction manager"], "credential level"),
    },
    {
        "id": "constructionpm-heldout-2",
        "occ": "construction_project_manager",
        "title": "Project Manager - Licensed General Contractor",
        "company": "Moss Construction",
        "location": "Fort Lauderdale, FL",
        "posting": """
Project Manager who will also serve as qualifier. You must hold a Florida Certified General Contractor (CGC) license. Five years managing commercial projects, Procore, OSHA 30.
""",
        "name": "Daniel Rivera",
        "label": "Commercial Project Manager",
        "summary": "Licensed general contractor and commercial project manager; multifamily and hospitality.",
        "where": ("Boca Raton", "FL"),
        "work": [
            ("Project Manager", "Kaufman Lynn Construction", "2019-05", "", [
                "Manage $40-70M multifamily and hotel projects in Procore",
            ]),
        ],
        "skills": {"Construction": ["Commercial project management", "Procore", "Subcontracts", "Budgets"]},
        "certs": [("Certified General Contractor (CGC)", "Florida Construction Industry Licensing Board", "2021-03"), ("OSHA 30", "OSHA", "2019-06")],
        "edu": [("Bachelor of Science", "Building Construction", "University of Florida", "2018")],
        "unq": {
            "where": ("Alpharetta", "GA"),
            "work": [
                ("Project Manager", "Brasfield & Gorrie (Atlanta)", "2019-05", "", [
                    "Manage $40-70M multifamily and hotel projects in Procore",
                ]),
            ],
            "certs": [("General Contractor License (Unlimited)", "Georgia State Licensing Board for Residential and General Contractors", "2021-03"), ("OSHA 30", "OSHA", "2019-06")],
            "summary": "Licensed general contractor and commercial project manager; multifamily and hospitality.",
            "edu": [("Bachelor of Science", "Building Construction", "Georgia Tech", "2018")],
        },
        "decisive": ("Florida Certified General Contractor license", ["Florida", "CGC"], "jurisdiction"),
    },
    {
        "id": "constructionpm-heldout-3",
        "occ": "construction_project_manager",
        "title": "Project Controls Manager",
        "company": "Bechtel",
        "location": "Reston, VA",
        "posting": """
Project Controls Manager - infrastructure
- Primavera P6 scheduling, expert level - required
- 7 yrs project controls on $100M+ construction
- earned value, cost forecasting
- PMP or PSP preferred
""",
        "name": "Hannah Kim",
        "label": "Project Controls Lead",
        "summary": "Project controls lead for large infrastructure: P6 schedules, earned value and forecasts.",
        "where": ("Herndon", "VA"),
        "work": [
            ("Project Controls Lead", "Kiewit", "2021-01", "", [
                "Own the Primavera P6 schedule and earned value reporting on a $900M rail project",
            ]),
            ("Project Scheduler", "Clark Construction", "2017-06", "2020-12", [
                "Built and updated P6 schedules for $150-300M buildings",
            ]),
        ],
        "skills": {"Controls": ["Primavera P6", "Earned value", "Cost forecasting", "Risk analysis"]},
        "certs": [("Planning & Scheduling Professional (PSP)", "AACE International", "2019-09")],
        "edu": [("Bachelor of Science", "Civil Engineering", "Virginia Tech", "2017")],
        "unq": {
            "work": [
                ("Project Controls Lead", "Kiewit", "2021-01", "", [
                    "Own the Microsoft Project schedule and earned value reporting on a $900M rail project",
                ]),
                ("Project Scheduler", "Clark Construction", "2017-06", "2020-12", [
                    "Built and updated Microsoft Project schedules for $150-300M buildings",
                ]),
            ],
            "skills": {"Controls": ["Microsoft Project", "Earned value", "Cost forecasting", "Risk analysis"]},
            "certs": [("Earned Value Professional (EVP)", "AACE International", "2019-09")],
            "summary": "Project controls lead for large infrastructure: schedules, earned value and forecasts.",
        },
        "decisive": ("Primavera P6 scheduling", ["P6", "Primavera"], "tool"),
    },
]
