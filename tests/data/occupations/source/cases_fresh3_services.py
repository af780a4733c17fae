"""fresh3, services: funeral director, food service manager (two cases each)."""

CASES = [
    # ------------------------------------------------------------------ funeral director
    {
        "id": "funeral-director-fresh3-1",
        "occ": "funeral_director",
        "title": "Licensed Funeral Director",
        "company": "Frank E. Campbell - The Funeral Chapel (Dignity Memorial)",
        "location": "New York, NY",
        "posting": """
Dignity Memorial is seeking a Licensed Funeral Director for Frank E. Campbell - The Funeral Chapel on Manhattan's
Upper East Side.

In this role you will meet with families to arrange services, sign death certificates and permits through the
NYC Electronic Death Registration System, direct funerals and memorial services at the chapel, churches and
cemeteries, and perform embalming and restorative art as scheduled.

Qualifications
- New York State Licensed Funeral Director, currently registered with the NYS Department of Health Bureau of
  Funeral Directing. Registered residents are encouraged to apply for our resident openings instead.
- 2+ years of experience arranging and directing services
- Embalming experience and attention to detail in restorative art
- Compassionate communication with families of many faiths and cultures
- Availability for on-call evenings, weekends and holidays on a rotating basis

Benefits include medical, dental, vision, 401(k) with match, paid time off, and tuition reimbursement.
""",
        "name": "Christopher Maldonado",
        "label": "Funeral Director and Embalmer",
        "summary": "Funeral service professional in New York City arranging and directing traditional, Catholic, "
        "Jewish and cremation services, and embalming.",
        "where": ("Bronx", "NY"),
        "work": [
            (
                "Funeral Director",
                "Ortiz Funeral Home",
                "2021-10",
                None,
                [
                    "Arrange 120+ services a year with families and file death certificates and burial permits in EDRS",
                    "Direct funerals, Masses and graveside services; embalm and perform restorative art",
                ],
            ),
            (
                "Registered Resident",
                "Ortiz Funeral Home",
                "2020-09",
                "2021-09",
                ["Completed the one-year New York residency in arrangements, embalming and directing"],
            ),
        ],
        "edu": [("Associate in Applied Science", "Mortuary Science", "American Academy McAllister Institute", "2020")],
        "skills": {
            "Funeral service": ["arrangement conferences", "embalming", "restorative art", "EDRS", "cremation"],
        },
        "certs": [
            (
                "National Board Examination, Arts and Sciences",
                "International Conference of Funeral Service Examining Boards",
                "2020-06",
            ),
            (
                "Funeral Director License (LFD), New York State",
                "NYS Department of Health, Bureau of Funeral Directing",
                "2021-10",
            ),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "label": "Funeral Service Resident",
            "summary": "Funeral service professional in New York City assisting with traditional, Catholic, Jewish and "
            "cremation services, and embalming.",
            "work": [
                (
                    "Registered Resident",
                    "Ortiz Funeral Home",
                    "2020-09",
                    None,
                    [
                        "Assist with 120+ services a year: arrangement conferences, paperwork and EDRS entries "
                        "prepared for signature",
                        "Assist at funerals, Masses and graveside services; embalm and perform restorative art",
                    ],
                ),
            ],
            "certs": [
                (
                    "National Board Examination, Arts and Sciences",
                    "International Conference of Funeral Service Examining Boards",
                    "2020-06",
                ),
                (
                    "Registered Resident, New York State",
                    "NYS Department of Health, Bureau of Funeral Directing",
                    "2020-09",
                ),
            ],
        },
        "decisive": (
            "New York State Licensed Funeral Director",
            ["Licensed Funeral Director", "LFD", "Funeral Director License"],
            "licence level",
        ),
    },
    {
        "id": "funeral-director-fresh3-2",
        "occ": "funeral_director",
        "title": "Funeral Director Intern / Mortician",
        "company": "Washburn-McReavy Funeral Chapels",
        "location": "Minneapolis, MN",
        "posting": """
Washburn-McReavy is looking for a Funeral Director Intern to join our Minneapolis chapels and work toward a
Minnesota mortuary science license.

Requirements
- Bachelor's degree, as required by the Minnesota Department of Health for mortician licensure, plus completion of
  an ABFSE-accredited mortuary science program
- National Board Examination (Arts and Sciences) passed, or scheduled
- Eligible to register with the MDH Mortuary Science Section as an intern
- Valid driver's license and good driving record (removals and processions)
- Able to lift 75 lbs with assistance and work on-call nights and weekends

Interns rotate through arrangements, embalming, removals and directing under licensed morticians, and we pay for
the state law exam. Full-time with benefits.
""",
        "name": "Emily Lindqvist",
        "label": "Mortuary Science Graduate",
        "summary": "Recent mortuary science graduate with funeral home experience in removals, visitations and "
        "directing, ready to register as a Minnesota intern.",
        "where": ("St. Paul", "MN"),
        "work": [
            (
                "Funeral Assistant",
                "Cremation Society of Minnesota",
                "2023-06",
                None,
                [
                    "Conduct removals from homes, hospitals and the Hennepin County Medical Examiner",
                    "Set up and staff visitations; assist directors at services and processions",
                ],
            ),
            (
                "Clinical Rotation, Embalming",
                "Anderson Funeral Home",
                "2024-09",
                "2025-04",
                ["Completed supervised embalming cases as part of the mortuary science program"],
            ),
        ],
        "edu": [
            ("Bachelor of Science", "Mortuary Science", "University of Minnesota", "2025"),
        ],
        "skills": {
            "Funeral service": ["removals", "visitations", "embalming (supervised)", "family care"],
            "Other": ["Minnesota driver's license, clean record"],
        },
        "certs": [
            (
                "National Board Examination, Arts and Sciences",
                "International Conference of Funeral Service Examining Boards",
                "2025-06",
            ),
        ],
        "unq": {
            "summary": "Recent funeral service graduate with funeral home experience in removals, visitations and "
            "directing.",
            "edu": [
                ("Associate in Applied Science", "Funeral Service", "Milwaukee Area Technical College", "2025"),
            ],
        },
        "decisive": ("Bachelor's degree (Minnesota mortician licensure)", ["Bachelor"], "degree level"),
    },
    # ------------------------------------------------------------------ food service manager
    {
        "id": "food-service-manager-fresh3-1",
        "occ": "food_service_manager",
        "title": "Kitchen Manager",
        "company": "Fox Restaurant Concepts",
        "location": "Phoenix, AZ",
        "posting": """
Kitchen Manager - Fox Restaurant Concepts, Phoenix

We're looking for a Kitchen Manager to run the back of house at one of our busiest Phoenix restaurants: ordering
and inventory, scheduling, line checks, food cost, and training a team of 25 cooks and dishwashers.

Must have:
* Certified Food Protection Manager (CFPM) certificate from an ANSI-accredited program (ServSafe Manager, NRFSP or
  Prometric), as required by Maricopa County for the person in charge
* 2+ years managing or supervising a high-volume scratch kitchen
* Experience with food cost and inventory systems (Restaurant365, MarginEdge or similar)
* Open availability including nights, weekends and holidays
* Able to stand for 10-hour shifts and lift 50 lbs

We offer competitive salary, quarterly bonus, health benefits, 401(k), dining discounts and paid time off.
""",
        "name": "Andre Jackson",
        "label": "Sous Chef / Kitchen Supervisor",
        "summary": "Kitchen leader in high-volume scratch restaurants: line execution, ordering, food cost and "
        "training "
        "cooks.",
        "where": ("Tempe", "AZ"),
        "work": [
            (
                "Sous Chef",
                "Postino WineCafe",
                "2022-02",
                None,
                [
                    "Supervise a 20-cook line doing 900 covers on weekends; run line checks and temperature logs",
                    "Own ordering and weekly inventory in MarginEdge; cut food cost from 31% to 28%",
                ],
            ),
            (
                "Line Cook, then Kitchen Lead",
                "The Henry",
                "2018-05",
                "2022-01",
                ["Worked grill and sauté; trained new cooks; kitchen lead from 2020"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Culinary Arts", "Scottsdale Community College", "2018")],
        "skills": {
            "Kitchen": ["line management", "scheduling", "food cost", "inventory", "HACCP logs"],
            "Software": ["MarginEdge", "Toast"],
        },
        "certs": [
            ("ServSafe Food Protection Manager Certification", "National Restaurant Association", "2024-03"),
        ],
        "unq": {
            "certs": [
                ("ServSafe Food Handler", "National Restaurant Association", "2024-03"),
                ("Maricopa County Food Handler Card", "Maricopa County Environmental Services", "2018-05"),
            ],
        },
        "decisive": (
            "Certified Food Protection Manager (ANSI-accredited)",
            ["CFPM", "Food Protection Manager", "ServSafe Manager"],
            "certificate",
        ),
    },
    {
        "id": "food-service-manager-fresh3-2",
        "occ": "food_service_manager",
        "title": "Food Service Manager - Campus Dining",
        "company": "Aramark",
        "location": "Athens, GA",
        "posting": """
Aramark is hiring a Food Service Manager for a residential dining hall at a large university campus in Athens,
Georgia, serving 4,000 meals a day.

Basic qualifications
- 3+ years of supervisory or management experience in high-volume food service (restaurant, university, hospital or
  contract dining)
- Current Food Protection Manager certification (ServSafe or equivalent)
- Knowledge of allergen management, HACCP and food safety regulations
- Strong people-leadership skills; experience with scheduling and payroll

The role manages hourly team members and student workers, inventory and ordering, and health-inspection readiness.
Hours vary with the academic calendar and include some weekends and special events.

Aramark offers medical, dental, vision, 401(k), paid time off and education assistance. Aramark is an equal
opportunity employer.
""",
        "name": "Tiffany Ward",
        "label": "Dining Operations Supervisor",
        "summary": "Food service leader in contract and hospital dining: staff scheduling, allergen programs, "
        "inventory "
        "and inspection readiness for high-volume operations.",
        "where": ("Watkinsville", "GA"),
        "work": [
            (
                "Assistant Manager, Residential Dining",
                "Sodexo at Georgia College",
                "2023-07",
                None,
                [
                    "Lead 45 hourly staff and 60 student workers in a 3,000-meal-a-day dining hall",
                    "Run the allergen station program and prepare for health department inspections",
                ],
            ),
            (
                "Shift Supervisor, Patient and Retail Food",
                "Piedmont Athens Regional Medical Center",
                "2021-03",
                "2023-06",
                ["Supervised tray line and cafeteria shifts; scheduling and timecards in Kronos"],
            ),
            (
                "Cook",
                "Piedmont Athens Regional Medical Center",
                "2018-01",
                "2021-02",
                ["Prepared patient and cafeteria meals to therapeutic diet specifications"],
            ),
        ],
        "edu": [("High School Diploma", "", "Oconee County High School", "2017")],
        "skills": {
            "Operations": ["allergen management", "HACCP", "scheduling", "payroll", "inventory"],
            "Software": ["Kronos", "CBORD"],
        },
        "certs": [("ServSafe Manager Certification (ANSI CFP)", "National Restaurant Association", "2022-05")],
        "unq": {
            "summary": "Food service supervisor in contract dining: allergen programs, inventory and inspection "
            "readiness, after several years as a hospital cook.",
            "work": [
                (
                    "Shift Supervisor, Residential Dining",
                    "Sodexo at Georgia College",
                    "2024-10",
                    None,
                    [
                        "Lead 45 hourly staff and 60 student workers in a 3,000-meal-a-day dining hall",
                        "Run the allergen station program and prepare for health department inspections",
                    ],
                ),
                (
                    "Cook",
                    "Piedmont Athens Regional Medical Center",
                    "2018-01",
                    "2024-09",
                    ["Prepared patient and cafeteria meals to therapeutic diet specifications"],
                ),
            ],
        },
        "decisive": ("3 years of food service supervisory experience", ["years", "yrs"], "years"),
    },
]
