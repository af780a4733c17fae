"""Fresh7 logistics cases: fleet manager, warehouse supervisor, freight forwarder.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh7_sources_b.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "fleet-manager-fresh7-1",
        "occ": "fleet manager",
        "title": "Transport Manager (CPC Holder)",
        "company": "DHL Supply Chain",
        "location": "Daventry, Northamptonshire, England, UK",
        "posting": """
DHL Supply Chain is recruiting a Transport Manager for a dedicated retail contract running 65 tractor units and 110 trailers out of our Daventry DIRFT site, 24/7.

You'll be the nominated Transport Manager on the operator's licence, with continuous and effective responsibility for compliance: drivers' hours and tachograph analysis, maintenance planning and PMI schedules, defect reporting, licence checks and DVSA earned recognition KPIs. You'll also lead a team of shift transport supervisors and around 130 drivers.

Must have:
- Transport Manager CPC (Road Haulage), national or international
- 3+ years managing an HGV fleet under a standard operator's licence
- Strong working knowledge of EU/AETR and GB domestic drivers' hours rules and the Working Time Directive
- Experience with tachograph analysis software (e.g. Tachomaster, Descartes, Microlise)

Nice to have:
- Attendance at a Traffic Commissioner public inquiry or DVSA investigation as the responsible person
- FORS or DVSA Earned Recognition experience
- Full C+E licence

Salary £52,000 - £58,000 plus bonus, car allowance and pension. DHL is an equal opportunity employer.
""",
        "name": "Gareth Pimm",
        "label": "Transport Manager",
        "summary": "Nominated Transport Manager with seven years running HGV fleets under standard international operator's licences. Holds the Transport Manager Certificate of Professional Competence (Road Haulage); strong on drivers' hours, maintenance compliance and DVSA Earned Recognition.",
        "where": ("Rugby", "Warwickshire"),
        "country": "GB",
        "work": [
            ("Transport Manager", "Wincanton plc", "2021-03", "", [
                "Nominated TM for a 48-vehicle grocery fleet operating 24/7 from a Midlands RDC",
                "Run tachograph and infringement analysis in Tachomaster and deliver driver debriefs",
                "Manage PMI schedules with the maintenance contractor; first-time MOT pass rate 98%",
                "Secured DVSA Earned Recognition for the site in 2023",
            ]),
            ("Transport Office Manager", "Culina Group", "2019-04", "2021-02", [
                "Deputised for the nominated Transport Manager across a 35-unit chilled fleet",
                "Planned driver rosters within the Working Time Directive and managed licence checks",
            ]),
            ("Transport Planner", "Culina Group", "2016-09", "2019-03", [
                "Planned daily trunking and multi-drop routes in Paragon",
            ]),
        ],
        "skills": {"Compliance": ["Operator licensing", "Drivers' hours (EU/AETR and GB domestic)", "Working Time Directive", "PMI scheduling", "DVSA Earned Recognition"], "Systems": ["Tachomaster", "Microlise", "Paragon"]},
        "certs": [
            ("Transport Manager CPC - Road Haulage (National & International)", "OCR", "2018-12"),
            ("FORS Practitioner", "FORS", "2022-05"),
        ],
        "edu": [("BA (Hons)", "Business Management", "Coventry University", "2016")],
        "unq": {
            "summary": "Transport operations manager with seven years running HGV fleets under standard international operator's licences alongside the nominated Transport Manager. Strong on drivers' hours, maintenance compliance and DVSA Earned Recognition.",
            "work": [
                ("Transport Operations Manager", "Wincanton plc", "2021-03", "", [
                    "Day-to-day operations lead for a 48-vehicle grocery fleet operating 24/7 from a Midlands RDC, reporting to the nominated TM",
                    "Run tachograph and infringement analysis in Tachomaster and deliver driver debriefs",
                    "Manage PMI schedules with the maintenance contractor; first-time MOT pass rate 98%",
                    "Supported the site's DVSA Earned Recognition application in 2023",
                ]),
                ("Transport Office Manager", "Culina Group", "2019-04", "2021-02", [
                    "Supported the nominated Transport Manager across a 35-unit chilled fleet",
                    "Planned driver rosters within the Working Time Directive and managed licence checks",
                ]),
                ("Transport Planner", "Culina Group", "2016-09", "2019-03", [
                    "Planned daily trunking and multi-drop routes in Paragon",
                ]),
            ],
            "certs": [
                ("FORS Practitioner", "FORS", "2022-05"),
            ],
        },
        "decisive": ("Transport Manager CPC (Road Haulage)", ["CPC", "Certificate of Professional Competence"], "certificate"),
    },
    {
        "id": "fleet-manager-fresh7-2",
        "occ": "fleet manager",
        "title": "Fleet Manager - Fuel Distribution",
        "company": "Sunoco LP",
        "location": "San Antonio, TX",
        "posting": """
Sunoco LP is hiring a Fleet Manager for our South Texas fuel distribution terminal (42 tractors, 50 petroleum tank trailers, 60 drivers).

Responsibilities
- Oversee daily dispatch, driver scheduling and load planning to retail and commercial customers
- Manage DOT/FMCSA compliance: driver qualification files, hours of service, drug & alcohol program, roadside inspection follow-up
- Coordinate preventive maintenance and cargo tank inspections (DOT 406) with vendors
- Lead driver onboarding and ride-alongs; fill in behind the wheel when needed

Requirements
- Class A CDL with Tanker and Hazmat endorsements (X endorsement) - required because this role drives loads when coverage is short
- 5+ years in transportation, including 2+ years supervising drivers
- Working knowledge of FMCSA regulations (Parts 382-396) and PHMSA hazmat rules
- Experience with telematics and ELD platforms (Samsara, Omnitracs or similar)

Preferred
- Petroleum or chemical tanker background
- Certified Director of Safety (CDS) or similar

Competitive salary plus annual bonus, company vehicle, medical/dental/vision and 401(k). Sunoco LP is an equal opportunity employer.
""",
        "name": "Travis Guerrero",
        "label": "Transportation Supervisor",
        "summary": "Transportation supervisor with nine years in fuel and bulk liquid hauling, four of them leading drivers. Class A CDL with X endorsement (tanker + hazmat); runs DOT compliance, dispatch and telematics for a regional tank fleet.",
        "where": ("New Braunfels", "TX"),
        "country": "US",
        "work": [
            ("Transportation Supervisor", "Motiva Enterprises (terminal transportation)", "2022-06", "", [
                "Supervise 38 drivers delivering gasoline and diesel to retail sites across Central Texas",
                "Maintain driver qualification files, HOS audits and the DOT drug & alcohol program",
                "Schedule DOT 406 cargo tank inspections and PM intervals with vendors; cut out-of-service violations 40%",
                "Run Samsara ELD and camera programs; coach drivers from safety events",
            ]),
            ("Fuel Transport Driver", "Kenan Advantage Group", "2017-05", "2022-05", [
                "Hauled gasoline, diesel and ethanol in MC-306/DOT 406 tank trailers; 1.1 million accident-free miles",
                "Trained new drivers on loading-rack procedures and product delivery",
            ]),
        ],
        "skills": {"Compliance": ["FMCSA Parts 382-396", "PHMSA 49 CFR", "Driver qualification files", "Hours of service", "Drug and alcohol program"], "Systems": ["Samsara", "Omnitracs", "Excel"]},
        "certs": [
            ("Class A CDL - Tanker (N) and Hazmat (H) endorsements (X)", "Texas Department of Public Safety", "2017-03"),
            ("TWIC Card", "TSA", "2024-02"),
            ("DOT Reasonable Suspicion Supervisor Training", "National Safety Council", "2022-08"),
        ],
        "edu": [("High School Diploma", "", "Canyon High School, New Braunfels", "2010")],
        "unq": {
            "summary": "Transportation supervisor with nine years in bulk liquid hauling, four of them leading drivers. Class A CDL with tanker endorsement; runs DOT compliance, dispatch and telematics for a regional tank fleet.",
            "work": [
                ("Transportation Supervisor", "Motiva Enterprises (terminal transportation)", "2022-06", "", [
                    "Supervise 38 drivers delivering product to retail sites across Central Texas",
                    "Maintain driver qualification files, HOS audits and the DOT drug & alcohol program",
                    "Schedule DOT 406 cargo tank inspections and PM intervals with vendors; cut out-of-service violations 40%",
                    "Run Samsara ELD and camera programs; coach drivers from safety events",
                ]),
                ("Tank Truck Driver", "Kenan Advantage Group", "2017-05", "2022-05", [
                    "Hauled liquid food-grade and non-regulated bulk products in tank trailers; 1.1 million accident-free miles",
                    "Trained new drivers on loading procedures and product delivery",
                ]),
            ],
            "skills": {"Compliance": ["FMCSA Parts 382-396", "PHMSA 49 CFR 180 cargo tank rules", "Driver qualification files", "Hours of service", "Drug and alcohol program"], "Systems": ["Samsara", "Omnitracs", "Excel"]},
            "certs": [
                ("Class A CDL - Tanker (N) endorsement", "Texas Department of Public Safety", "2017-03"),
                ("TWIC Card", "TSA", "2024-02"),
                ("DOT Reasonable Suspicion Supervisor Training", "National Safety Council", "2022-08"),
            ],
        },
        "decisive": ("Class A CDL with Hazmat endorsement (X)", ["Hazmat", "X endorsement", "Hazardous Materials"], "endorsement"),
    },
    {
        "id": "warehouse-supervisor-fresh7-1",
        "occ": "warehouse supervisor",
        "title": "Warehouse Supervisor - 2nd Shift",
        "company": "GXO Logistics",
        "location": "Jeffersonville, IN",
        "posting": """
GXO is hiring a 2nd Shift Warehouse Supervisor for a high-volume e-commerce fulfillment site (apparel and accessories).

What you'll do
* Lead 40-70 associates across receiving, putaway, picking, packing and shipping
* Hit daily units-per-hour, accuracy and on-time ship targets; run start-up meetings
* Coach, train and hold associates accountable; handle attendance and corrective action
* Drive a safe workplace: PIT compliance, 5S, incident investigations

What you need
* 4+ years of warehouse or distribution center experience, including at least 2 years in a supervisory role leading hourly associates
* Working knowledge of a WMS (Manhattan, Blue Yonder, SAP or similar) and RF scanning
* Proficient with Excel and labor management reporting
* Able to work 3:30 p.m. to 2:00 a.m. with weekend peak overtime

Nice to have
* Bachelor's degree in supply chain or business
* Lean / Six Sigma Yellow Belt
* Bilingual English/Spanish

$62,000 - $70,000 + shift premium, medical/dental/vision from day one, 401(k) match. GXO is an Equal Opportunity Employer.
""",
        "name": "DeShawn Harper",
        "label": "Warehouse Operations Supervisor",
        "summary": "Warehouse supervisor with eight years in e-commerce and retail distribution, the last four leading 50+ associate shifts. Delivers UPH and accuracy targets through coaching, labor planning and a strong safety culture.",
        "where": ("Louisville", "KY"),
        "country": "US",
        "work": [
            ("Operations Supervisor", "Radial (bpost group)", "2022-08", "", [
                "Lead 55-65 associates on night shift across pick, pack and ship for two apparel clients",
                "Raised pick UPH 14% through slotting changes and daily performance huddles",
                "Run Manhattan WMS wave releases and labor reports; manage attendance and corrective action",
            ]),
            ("Lead / Inventory Control Specialist", "Radial (bpost group)", "2020-03", "2022-07", [
                "Ran cycle counts and research in Manhattan WMS; trained new hires on RF scanning",
            ]),
            ("Warehouse Associate", "Walmart Distribution Center", "2018-05", "2020-02", [
                "Picked, packed and loaded trailers; certified on reach truck and order picker",
            ]),
        ],
        "skills": {"Operations": ["Pick/pack/ship", "Labor planning", "UPH and accuracy metrics", "PIT safety", "5S"], "Systems": ["Manhattan WMS", "RF scanning", "Excel"]},
        "certs": [("Lean Six Sigma Yellow Belt", "ASQ", "2023-03"), ("OSHA 10-Hour General Industry", "OSHA Outreach Training Program", "2022-09")],
        "edu": [("High School Diploma", "", "Fern Creek High School", "2016")],
        "unq": {
            "summary": "Warehouse supervisor with eight years in e-commerce and retail distribution, recently promoted to lead 50+ associate shifts. Delivers UPH and accuracy targets through coaching, labor planning and a strong safety culture.",
            "work": [
                ("Operations Supervisor", "Radial (bpost group)", "2025-09", "", [
                    "Lead 55-65 associates on night shift across pick, pack and ship for two apparel clients",
                    "Raised pick UPH 9% through slotting changes and daily performance huddles",
                    "Run Manhattan WMS wave releases and labor reports; manage attendance and corrective action",
                ]),
                ("Inventory Control Specialist", "Radial (bpost group)", "2020-03", "2025-08", [
                    "Ran cycle counts and research in Manhattan WMS; trained new hires on RF scanning",
                ]),
                ("Warehouse Associate", "Walmart Distribution Center", "2018-05", "2020-02", [
                    "Picked, packed and loaded trailers; certified on reach truck and order picker",
                ]),
            ],
        },
        "decisive": ("At least 2 years supervising hourly warehouse associates", ["years"], "years"),
    },
    {
        "id": "warehouse-supervisor-fresh7-2",
        "occ": "warehouse supervisor",
        "title": "Supervisor, Distribution Centre Operations (SAP EWM)",
        "company": "Canadian Tire Corporation",
        "location": "Brampton, Ontario, Canada",
        "posting": """
Canadian Tire Corporation's Brampton Distribution Centre ships to more than 200 stores. We're looking for a Supervisor to lead an outbound team on our new automated pick modules.

Key responsibilities
- Supervise 30-45 team members and union stewards on outbound picking, replenishment and shipping
- Manage waves, exceptions and replenishment in SAP Extended Warehouse Management (EWM)
- Monitor productivity, accuracy and safety KPIs; lead daily huddles and root-cause reviews
- Apply the collective agreement consistently and partner with HR on attendance and discipline

Qualifications
- 3+ years of supervisory experience in a distribution centre or warehouse
- Hands-on experience with SAP EWM (waves, warehouse tasks, RF framework, exception handling)
- Experience in a unionized environment
- Post-secondary diploma or degree in supply chain, business or related field
- Able to work a rotating afternoon/night schedule

Assets: MHE automation (shuttles, sortation), Lean certification, JHSC certification.

Canadian Tire is committed to an inclusive workplace; accommodations are available on request throughout the recruitment process.
""",
        "name": "Navjot Sandhu",
        "label": "Distribution Centre Supervisor",
        "summary": "DC supervisor with six years leading unionized outbound and replenishment teams in Greater Toronto Area retail DCs (Ajax and Vaughan). Daily SAP EWM user for wave management, warehouse task exceptions and RF troubleshooting.",
        "where": ("Brampton", "Ontario"),
        "country": "CA",
        "work": [
            ("Operations Supervisor - Outbound", "Loblaw Companies Limited (Ajax DC)", "2022-04", "", [
                "Supervise 40 unionized team members on outbound picking and shipping across two shifts",
                "Release and monitor waves in SAP EWM, resolve warehouse task and handling unit exceptions",
                "Lead daily safety huddles; reduced recordable injuries 30% year over year",
            ]),
            ("Shift Supervisor", "Sobeys Inc. (Vaughan DC)", "2020-05", "2022-03", [
                "Led replenishment and loading crews in a unionized DC; applied the collective agreement with stewards",
                "Super-user during go-live of SAP EWM RF framework",
            ]),
        ],
        "skills": {"Systems": ["SAP EWM", "SAP RF framework", "Excel", "Power BI"], "Operations": ["Wave management", "Replenishment", "Unionized workforce", "Safety huddles"]},
        "certs": [("JHSC Certification Part One and Two", "IHSA", "2023-02"), ("Lean Six Sigma Green Belt", "Ryerson University Chang School", "2021-11")],
        "edu": [("Ontario College Diploma", "Supply Chain and Operations", "Sheridan College", "2019")],
        "langs": [("English", "Fluent"), ("Punjabi", "Native")],
        "unq": {
            "summary": "DC supervisor with six years leading unionized outbound and replenishment teams in Greater Toronto Area retail DCs (Ajax and Vaughan). Daily Manhattan Active WM user for wave management, task exceptions and RF troubleshooting.",
            "work": [
                ("Operations Supervisor - Outbound", "Loblaw Companies Limited (Ajax DC)", "2022-04", "", [
                    "Supervise 40 unionized team members on outbound picking and shipping across two shifts",
                    "Release and monitor waves in Manhattan Active Warehouse Management, resolve task and LPN exceptions",
                    "Lead daily safety huddles; reduced recordable injuries 30% year over year",
                ]),
                ("Shift Supervisor", "Sobeys Inc. (Vaughan DC)", "2020-05", "2022-03", [
                    "Led replenishment and loading crews in a unionized DC; applied the collective agreement with stewards",
                    "Super-user during go-live of Blue Yonder WMS RF screens",
                ]),
            ],
            "skills": {"Systems": ["Manhattan Active WM", "Blue Yonder WMS", "Excel", "Power BI"], "Operations": ["Wave management", "Replenishment", "Unionized workforce", "Safety huddles"]},
        },
        "decisive": ("Hands-on SAP EWM experience", ["SAP EWM", "EWM", "Extended Warehouse Management"], "tool"),
    },
    {
        "id": "freight-forwarder-fresh7-1",
        "occ": "freight forwarder",
        "title": "Sea Freight Export Coordinator (m/f/d)",
        "company": "Kuehne+Nagel",
        "location": "Hamburg, Germany",
        "posting": """
Kuehne+Nagel Hamburg is looking for a Sea Freight Export Coordinator for our FCL/LCL export desk serving machinery and automotive customers in northern Germany.

Your tasks
- Handle export shipments from booking to arrival: carrier bookings, container release, pre-carriage by truck, barge or rail to Hamburg and Bremerhaven
- Prepare and check shipping documents (B/L instructions, VGM, export declarations via ATLAS with our customs team)
- Be the daily contact for customers, carriers, terminals and our overseas offices
- Monitor costs and ensure correct billing in our operating system

Your profile
- Completed vocational training in freight forwarding/logistics or a degree in logistics
- At least 2 years' experience in sea freight operations
- Fluent German and very good English, written and spoken (daily customer and authority contact in German)
- Confident with MS Office; CargoWise or similar forwarding system a plus

We offer: 30 days' holiday, flexible working hours with 2 mobile days per week, HVV Deutschlandticket subsidy, company pension and an international team. We welcome applications regardless of gender, nationality, ethnic and social background, religion, disability, age, sexual orientation and identity.
""",
        "name": "Agnieszka Wójcik",
        "label": "Sea Freight Export Specialist",
        "summary": "Sea freight export specialist with five years of FCL/LCL operations in Hamburg and Gdańsk. Handles bookings, pre-carriage and documentation end to end; works daily in German, English and Polish.",
        "where": ("Hamburg", "Hamburg"),
        "country": "DE",
        "work": [
            ("Export Operations Clerk - Sea Freight", "DB Schenker", "2023-03", "", [
                "Manage 60-80 FCL/LCL export shipments a month for machinery customers from booking to arrival",
                "Arrange truck and rail pre-carriage to Hamburg and Bremerhaven terminals; submit VGM and B/L instructions",
                "Coordinate export declarations with the in-house customs team in ATLAS",
            ]),
            ("Freight Forwarding Assistant", "Rohlig Suus Logistics", "2021-07", "2023-02", [
                "Booked sea freight exports from Gdynia and Gdańsk and prepared shipping documents in CargoWise",
            ]),
        ],
        "skills": {"Forwarding": ["FCL", "LCL", "Carrier bookings", "Pre-carriage", "B/L instructions", "VGM", "Incoterms 2020"], "Systems": ["CargoWise", "ATLAS (via customs team)", "MS Office"]},
        "certs": [("Incoterms 2020 Certificate", "ICC Academy", "2022-04")],
        "edu": [("Bachelor's degree", "Logistics", "Gdynia Maritime University", "2021")],
        "langs": [("Polish", "Native"), ("German", "Fluent (C1)"), ("English", "Fluent (C1)")],
        "unq": {
            "summary": "Sea freight export specialist with five years of FCL/LCL operations in Hamburg and Gdańsk. Handles bookings, pre-carriage and documentation end to end; works daily in English and Polish.",
            "langs": [("Polish", "Native"), ("English", "Fluent (C1)"), ("Russian", "Intermediate (B1)")],
        },
        "decisive": ("Fluent German", ["German"], "language"),
    },
    {
        "id": "freight-forwarder-fresh7-2",
        "occ": "freight forwarder",
        "title": "Executive, Air Freight Export",
        "company": "DHL Global Forwarding",
        "location": "Singapore (Changi Airfreight Centre)",
        "posting": """
DHL Global Forwarding Singapore - Executive, Air Freight Export

Responsibilities
- Handle air export shipments for key semiconductor and pharma accounts: bookings, consolidation planning, AWB/HAWB issuance, TradeNet permits and milestone updates
- Liaise with airlines, ground handlers (SATS, dnata) and overseas stations to resolve exceptions
- Ensure billing accuracy and job closure within SLA

Requirements
- Bachelor's degree in Logistics, Supply Chain Management or a related discipline
- Minimum 2 years of air freight export operations experience
- Familiar with CargoWise One
- Good communication in English; able to work under pressure with tight cut-offs

Preferred
- IATA Dangerous Goods Regulations (Cat 6) certificate
- Experience with temperature-controlled pharma shipments (CEIV Pharma)

5-day work week, AWS and variable bonus. Only shortlisted candidates will be notified.
""",
        "name": "Tan Wei Ling",
        "label": "Air Freight Export Executive",
        "summary": "Air freight export executive with four years handling semiconductor and pharma shipments out of Changi. Daily CargoWise One user; graduate in logistics and supply chain management.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Executive, Air Export", "Kuehne+Nagel Singapore", "2023-01", "", [
                "Handle air exports for semiconductor accounts: bookings, consol planning, MAWB/HAWB issuance and TradeNet permits",
                "Coordinate with SATS and dnata on acceptance issues and offloads",
                "Close jobs and verify billing in CargoWise One within SLA",
            ]),
            ("Customer Service Officer, Air Freight", "Yusen Logistics (Singapore)", "2022-07", "2022-12", [
                "Updated shipment milestones and handled client queries for pharma exports",
            ]),
        ],
        "skills": {"Air freight": ["Export bookings", "Consolidation", "AWB/HAWB", "TradeNet permits", "Pharma handling"], "Systems": ["CargoWise One", "Excel"]},
        "certs": [("IATA Dangerous Goods Regulations - Category 6", "IATA", "2024-05")],
        "edu": [("Bachelor of Science (Honours)", "Logistics and Supply Chain Management", "Singapore University of Social Sciences", "2022"), ("Diploma", "Logistics & Supply Chain Management", "Republic Polytechnic", "2018")],
        "langs": [("English", "Fluent"), ("Mandarin", "Native")],
        "unq": {
            "summary": "Air freight export executive with four years handling semiconductor and pharma shipments out of Changi. Daily CargoWise One user; polytechnic diploma holder in logistics and supply chain management.",
            "edu": [("Diploma", "Logistics & Supply Chain Management", "Republic Polytechnic", "2018")],
        },
        "decisive": ("Bachelor's degree in logistics or supply chain", ["Bachelor's degree", "Bachelor's", "Bachelor", "degree"], "degree level"),
    },
]
