"""Fresh set, services: chef, cosmetologist, IT support."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "chef-fresh-1",
        "occ": "chef",
        "title": "Sous Chef - Banquets",
        "company": "JW Marriott Nashville",
        "location": "Nashville, TN",
        "posting": """
Sous Chef, Banquets - JW Marriott Nashville (533 rooms, 45,000 sq ft of event space)

Lead the banquet kitchen team on events from 20 to 2,000 covers. Run production sheets, order, schedule cooks, and hold the line on quality and food safety.

Candidate profile
- 3+ years as a sous chef or lead cook in a high-volume hotel, banquet or catering kitchen
- Culinary degree or equivalent experience
- ServSafe Food Protection Manager certification (or another ANSI-accredited CFPM) - required
- Able to work nights, weekends and holidays

Marriott International is an equal opportunity employer. Benefits include medical, 401(k), hotel discounts and free meals.
""",
        "name": "Andre Baptiste",
        "label": "Banquet Sous Chef",
        "summary": "Hotel banquet chef who runs high-volume event production, ordering and cook scheduling with tight food-safety practice.",
        "where": ("Nashville", "TN"),
        "work": [
            ("Banquet Sous Chef", "Omni Nashville Hotel", "2022-04", "", [
                "Run banquet production for events up to 1,800 covers; write production sheets and place daily orders",
                "Schedule and lead 14 cooks; keep HACCP cooling and temperature logs for every event",
            ]),
            ("Lead Line Cook", "Gaylord Opryland Resort", "2019-06", "2022-03", [
                "Led the saute and grill stations on 600-cover nights and trained new cooks",
            ]),
        ],
        "skills": {"Culinary": ["Banquet production", "Ordering and inventory", "Staff scheduling", "HACCP", "Menu execution"]},
        "certs": [("ServSafe Food Protection Manager Certification", "National Restaurant Association", "2024-03")],
        "edu": [("Associate of Applied Science", "Culinary Arts", "Nashville State Community College", "2019")],
        "unq": {
            "certs": [("ServSafe Food Handler Certificate", "National Restaurant Association", "2024-03")],
        },
        "decisive": ("ServSafe Food Protection Manager certification", ["Food Protection Manager", "ServSafe Manager", "CFPM"], "credential level"),
    },
    {
        "id": "chef-fresh-2",
        "occ": "chef",
        "title": "Executive Chef",
        "company": "Invited (Carmel Country Club)",
        "location": "Charlotte, NC",
        "posting": """
Executive Chef - Carmel Country Club

Invited's Carmel Country Club (1,800 members, two dining rooms, a busy wedding and banquet calendar) is searching for an Executive Chef.

What we're looking for
* 5+ years as an Executive Chef or Chef de Cuisine in a club, hotel or high-volume restaurant
* Menu development for a la carte and banquets
* Ownership of food cost, labor and a kitchen P&L
* ServSafe Manager certification
* Culinary degree preferred

Salary $85,000 - $100,000 + bonus. Invited is an equal opportunity employer.
""",
        "name": "Sarah Whitaker",
        "label": "Executive Chef",
        "summary": "Chef leading club and hotel kitchens: seasonal menus, banquets up to 600, food and labor cost control.",
        "where": ("Charlotte", "NC"),
        "work": [
            ("Executive Chef", "Charlotte City Club", "2022-09", "", [
                "Lead a 22-person kitchen for a la carte, member events and weddings; write seasonal menus",
                "Own the kitchen P&L; brought food cost from 36% to 31% through menu engineering and ordering discipline",
            ]),
            ("Chef de Cuisine", "The Ballantyne, a Luxury Collection Hotel", "2018-05", "2022-08", [
                "Ran the hotel's signature restaurant (220 covers a night) and its banquet line; hired and trained cooks",
            ]),
        ],
        "skills": {"Culinary": ["Menu development", "Banquets", "Food cost control", "Labor scheduling", "Kitchen P&L"]},
        "certs": [("ServSafe Food Protection Manager Certification", "National Restaurant Association", "2023-01")],
        "edu": [("Associate in Applied Science", "Culinary Arts", "Johnson & Wales University", "2013")],
        "unq": {
            "work": [
                ("Executive Chef", "Charlotte City Club", "2022-09", "", [
                    "Lead a 22-person kitchen for a la carte, member events and weddings; write seasonal menus",
                    "Own the kitchen P&L; brought food cost from 36% to 31% through menu engineering and ordering discipline",
                ]),
                ("Sous Chef", "The Ballantyne, a Luxury Collection Hotel", "2018-05", "2022-08", [
                    "Second in command in the hotel's signature restaurant (220 covers a night); supervised the line and trained cooks",
                ]),
            ],
        },
        "decisive": ("5+ years as Executive Chef or Chef de Cuisine", ["years", "yrs"], "years"),
    },
    {
        "id": "cosmetologist-fresh-1",
        "occ": "cosmetologist",
        "title": "Hair Stylist - Bilingual (Spanish/English)",
        "company": "Great Clips",
        "location": "Hialeah, FL",
        "posting": """
Great Clips - Hialeah / Westland Mall salon is hiring stylists!

Requirements:
- Active Florida Cosmetology License (DBPR)
- Fluent in Spanish and English - most of our clients prefer to be served in Spanish
- 1+ year cutting experience (men's and women's cuts, clipper work)
- Color services a plus

We offer: paid training, guaranteed hourly plus commission and tips, flexible schedules, health insurance and paid time off. Great Clips franchisees are equal opportunity employers.
""",
        "name": "Nadia Estimé",
        "label": "Licensed Cosmetologist / Hair Stylist",
        "summary": "Licensed cosmetologist with fast, precise clipper and scissor cuts and a loyal walk-in clientele; serves clients in English, Spanish and Haitian Creole.",
        "where": ("Hialeah", "FL"),
        "work": [
            ("Hair Stylist", "Supercuts", "2022-03", "", [
                "Perform 20-25 men's, women's and kids' cuts a shift; clipper fades, layered cuts and beard trims",
                "Single-process color and highlights; top rebooking rate in the salon for 2025",
            ]),
            ("Salon Assistant", "Salon Elegance", "2021-06", "2022-02", [
                "Shampooed, blow-dried and prepared color for senior stylists while finishing licensure",
            ]),
        ],
        "skills": {"Hair": ["Clipper fades", "Scissor cuts", "Single-process color", "Highlights", "Blowouts"]},
        "certs": [("Cosmetology License", "Florida Board of Cosmetology (DBPR)", "2022-02")],
        "edu": [("Diploma", "Cosmetology (1,200 hours)", "Miami Lakes Educational Center and Technical College", "2021")],
        "langs": [("Haitian Creole", "Native"), ("Spanish", "Full professional"), ("English", "Full professional")],
        "unq": {
            "summary": "Licensed cosmetologist with fast, precise clipper and scissor cuts and a loyal walk-in clientele; serves clients in English and Haitian Creole.",
            "langs": [("Haitian Creole", "Native"), ("English", "Full professional")],
        },
        "decisive": ("fluent in Spanish and English", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "cosmetologist-fresh-2",
        "occ": "cosmetologist",
        "title": "Senior Stylist / Colorist",
        "company": "Ulta Beauty",
        "location": "Plano, TX",
        "posting": """
The Salon at Ulta Beauty - Senior Stylist / Colorist

As a Senior Stylist you will perform advanced cut and color services, build and keep a guest book, and mentor newer stylists in the salon.

Requirements:
* Current Texas Cosmetology Operator license (TDLR)
* 3+ years behind the chair as a licensed stylist
* Advanced color: balayage, color correction, dimensional highlights
* Retail recommendations and rebooking

Redken or Matrix education preferred. Ulta Beauty is an equal opportunity employer.
""",
        "name": "Kayla Robertson",
        "label": "Senior Stylist & Colorist",
        "summary": "Licensed cosmetologist specializing in balayage, color correction and precision cuts, with a full book of repeat guests.",
        "where": ("Frisco", "TX"),
        "work": [
            ("Senior Stylist & Colorist", "Salon Lofts Legacy West", "2022-06", "", [
                "Run a full book of 120 repeat guests: balayage, color correction, dimensional highlights and precision cuts",
                "Mentor two newer stylists on formulation and consultation; 78% rebooking rate",
            ]),
            ("Stylist", "Supercuts", "2019-09", "2022-05", [
                "Performed cuts, single-process color and highlights; consistently led the salon in retail sales",
            ]),
        ],
        "skills": {"Hair": ["Balayage", "Color correction", "Dimensional highlights", "Precision cutting", "Retail recommendations"], "Education": ["Redken color classes"]},
        "certs": [("Cosmetology Operator License", "Texas Department of Licensing and Regulation (TDLR)", "2019-07")],
        "edu": [("Certificate", "Cosmetology Operator (1,000 hours)", "Ogle School, Dallas", "2019")],
        "unq": {
            "label": "Stylist & Colorist",
            "summary": "Licensed cosmetologist specializing in balayage, color correction and precision cuts, building a book of repeat guests after years at the salon front desk.",
            "work": [
                ("Stylist & Colorist", "Salon Lofts Legacy West", "2024-09", "", [
                    "Build a book of 60 repeat guests: balayage, color correction, dimensional highlights and precision cuts",
                    "Share formulation notes with the newest stylist in the loft; 70% rebooking rate",
                ]),
                ("Salon Coordinator (front desk)", "Supercuts", "2019-09", "2023-12", [
                    "Booked appointments, handled checkout and retail sales, and kept the stylist schedule",
                ]),
            ],
            "certs": [("Cosmetology Operator License", "Texas Department of Licensing and Regulation (TDLR)", "2024-08")],
            "edu": [("Certificate", "Cosmetology Operator (1,000 hours)", "Ogle School, Dallas", "2024")],
        },
        "decisive": ("3+ years behind the chair as a licensed stylist", ["years", "yrs"], "years"),
    },
    {
        "id": "it_support-fresh-1",
        "occ": "it_support",
        "title": "Network Technician II",
        "company": "Gwinnett County Public Schools",
        "location": "Suwanee, GA",
        "posting": """
Network Technician II - Department of Technology Operations

Install, configure and troubleshoot the network that serves 140 schools: Cisco Catalyst access switches, wireless controllers and access points, VLANs, DHCP and 802.1X.

Qualifications
- High school diploma; associate degree in networking or IT preferred
- Cisco Certified Network Associate (CCNA) - required
- CompTIA A+ or Network+
- 2+ years supporting LAN/WAN in an enterprise or school district
- Ticketing experience (ServiceNow)
- Valid driver's license; travel between schools

Gwinnett County Public Schools is an equal opportunity employer.
""",
        "name": "Terrence Holloway",
        "label": "Network Support Technician",
        "summary": "Network technician supporting campus LANs and wireless: Cisco switching, VLANs, DHCP and access point rollouts.",
        "where": ("Lawrenceville", "GA"),
        "work": [
            ("Network Support Technician", "Fulton County Schools", "2022-07", "", [
                "Configure and replace Cisco Catalyst 9200/9300 access switches; trunk and access VLANs, port security and 802.1X",
                "Troubleshoot DHCP scopes and wireless coverage for 35 schools; close 60+ ServiceNow tickets a month",
            ]),
            ("IT Help Desk Technician", "Georgia Gwinnett College", "2020-08", "2022-06", [
                "Tier 1 and 2 support for staff and students; imaged laptops and patched network drops",
            ]),
        ],
        "skills": {"Networking": ["Cisco IOS-XE", "VLANs", "802.1X", "DHCP", "Wireless troubleshooting"], "Tools": ["ServiceNow", "Cisco DNA Center", "Wireshark"]},
        "certs": [
            ("Cisco Certified Network Associate (CCNA)", "Cisco", "2024-02"),
            ("CompTIA Network+ ce", "CompTIA", "2025-05"),
            ("CompTIA A+", "CompTIA", "2020-11"),
            ("Driver's License, Class C", "Georgia DDS", "2023-08"),
        ],
        "edu": [("Associate of Applied Science", "Networking Specialist", "Gwinnett Technical College", "2020")],
        "unq": {
            "certs": [
                ("Cisco Certified Support Technician (CCST) Networking", "Cisco", "2024-02"),
                ("CompTIA Network+ ce", "CompTIA", "2025-05"),
                ("CompTIA A+", "CompTIA", "2020-11"),
                ("Driver's License, Class C", "Georgia DDS", "2023-08"),
            ],
        },
        "decisive": ("Cisco Certified Network Associate (CCNA)", ["CCNA", "Cisco Certified Network Associate"], "credential level"),
    },
    {
        "id": "it_support-fresh-2",
        "occ": "it_support",
        "title": "Help Desk Technician, Tier II",
        "company": "SAIC",
        "location": "Colorado Springs, CO",
        "posting": """
SAIC is seeking a Tier II Help Desk Technician to support a U.S. Space Force customer at Peterson SFB.

Job duties: resolve escalated tickets for Windows 11 endpoints, Microsoft 365 and Active Directory accounts; image and deploy laptops; troubleshoot VPN and printers; document fixes in Remedy.

Required
- Active DoD Secret clearance (U.S. citizenship required)
- CompTIA Security+ CE (or another DoD 8140 / IAT Level II baseline certification) at time of hire
- 2+ years of Tier 1/Tier 2 help desk experience
- Active Directory, Windows 10/11, Microsoft 365

Desired: ITIL 4 Foundation, SCCM/Intune.

Pay range $58,000 - $72,000. SAIC is an Equal Opportunity Employer, including disability and veterans.
""",
        "name": "Nicole Barrett",
        "label": "IT Service Desk Technician",
        "summary": "U.S. citizen with an active Secret clearance; service desk technician supporting Air Force and Space Force users on Windows, Active Directory and Microsoft 365.",
        "where": ("Colorado Springs", "CO"),
        "work": [
            ("IT Service Desk Technician II", "Leidos", "2023-03", "", [
                "Resolve escalated tickets for 4,000 users: Windows 11, Microsoft 365, Active Directory accounts and group policy",
                "Image and deploy laptops with SCCM; troubleshoot VPN and CAC/PKI login issues; document in Remedy",
            ]),
            ("Client Systems Technician (3D1X1)", "U.S. Air Force", "2019-01", "2023-02", [
                "Tier 1 support for a squadron of 600: account provisioning, printers and hardware swaps",
            ]),
        ],
        "skills": {"Support": ["Windows 10/11", "Active Directory", "Microsoft 365", "SCCM", "VPN troubleshooting"], "Tools": ["BMC Remedy", "ServiceNow"]},
        "certs": [
            ("CompTIA Security+ ce", "CompTIA", "2025-08"),
            ("CompTIA A+ ce", "CompTIA", "2019-08"),
            ("Secret security clearance (active)", "Defense Counterintelligence and Security Agency", "2019-03"),
        ],
        "edu": [("Associate of Applied Science", "Information Systems Technology", "Community College of the Air Force", "2022")],
        "unq": {
            "certs": [
                ("CompTIA Network+ ce", "CompTIA", "2025-08"),
                ("CompTIA A+ ce", "CompTIA", "2019-08"),
                ("Secret security clearance (active)", "Defense Counterintelligence and Security Agency", "2019-03"),
            ],
        },
        "decisive": ("CompTIA Security+ CE (IAT Level II)", ["Security+", "IAT Level II"], "certificate"),
    },
]
