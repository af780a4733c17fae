"""fresh2 cases, trades group (written blind; sources in fresh2_sources_a.md)."""

CASES = [
    {
        "id": "elevator-mechanic-fresh2-1",
        "occ": "elevator_mechanic",
        "title": "Elevator Service Mechanic",
        "company": "Otis Elevator Company",
        "location": "Chicago, IL",
        "posting": """
Otis is hiring a Service Mechanic for a downtown route of traction and hydraulic units.

Responsibilities: preventive maintenance, callbacks and trouble calls, code testing with the inspector,
minor repairs on doors, controllers and machines.

Requirements
- IUEC mechanic status: completion of the NEIEP apprenticeship and passing the Mechanic Exam
- Illinois elevator mechanic license (OSFM) or able to obtain upon hire
- Valid driver's license; OSHA 10
- Comfortable on call evenings and weekends in rotation
""",
        "name": "Marcus Delaney",
        "label": "Elevator Constructor",
        "summary": "IUEC Local 2 member; traction and hydraulic service, door equipment, controller troubleshooting.",
        "where": ("Cicero", "IL"),
        "work": [
            (
                "Elevator Mechanic, Service",
                "Schindler Elevator",
                "2024-09",
                "",
                [
                    "Runs a 60-unit service route: PM, callbacks, door operator adjustments",
                    "Category 1 and 5-year load tests alongside city inspectors",
                ],
            ),
            (
                "Elevator Constructor Apprentice",
                "Schindler Elevator",
                "2020-03",
                "2024-08",
                ["Modernization and new-install crews; hoistway rails, machine rooms, wiring controllers"],
            ),
        ],
        "edu": [("High School Diploma", "", "Morton East High School", "2016-05")],
        "skills": {"Trade": ["traction", "hydraulic", "door operators", "controller troubleshooting"]},
        "certs": [
            ("NEIEP Mechanic Exam - passed", "National Elevator Industry Educational Program", "2024-08"),
            ("OSHA 10 Construction", "OSHA", "2020-06"),
            ("Illinois Driver's License", "Illinois Secretary of State", "2016-08"),
        ],
        "unq": {
            "label": "Elevator Constructor Apprentice",
            "work": [
                (
                    "Elevator Constructor Apprentice",
                    "Schindler Elevator",
                    "2020-03",
                    "",
                    [
                        "Service route helper since 2024: PM, callbacks, door operator adjustments",
                        "Modernization and new-install crews; hoistway rails, machine rooms, wiring controllers",
                    ],
                ),
            ],
            "certs": [
                (
                    "NEIEP Apprenticeship - Semester 800 completed",
                    "National Elevator Industry Educational Program",
                    "2024-08",
                ),
                ("OSHA 10 Construction", "OSHA", "2020-06"),
                ("Illinois Driver's License", "Illinois Secretary of State", "2016-08"),
            ],
        },
        "decisive": (
            "IUEC mechanic status (Mechanic Exam passed)",
            ["Mechanic Exam", "mechanic status", "IUEC mechanic", "journeyman"],
            "credential level",
        ),
    },
    {
        "id": "elevator-mechanic-fresh2-2",
        "occ": "elevator_mechanic",
        "title": "Elevator Technician - Modernization",
        "company": "Oracle Elevator",
        "location": "Dallas, TX",
        "posting": """
We are looking for an experienced Elevator Technician for modernization and repair projects across
North Texas.

Must have:
 - 5+ years of field experience installing, repairing or modernizing elevators/escalators
 - Able to read wiring diagrams; traction and hydraulic controllers (Motion Control, Smartrise)
 - Valid TX driver's license, clean MVR
 - OSHA 10

A plus: CET certification, bilingual.
""",
        "name": "Cody Ferrell",
        "label": "Elevator Technician",
        "summary": "Elevator technician: hydraulic and traction modernizations, controller swaps, adjusting.",
        "where": ("Garland", "TX"),
        "work": [
            (
                "Elevator Technician",
                "TK Elevator",
                "2016-09",
                "",
                [
                    "Hydraulic-to-MRL traction modernizations in mid-rise offices",
                    "Replaced relay controllers with Motion Control and Smartrise; adjusted and tested",
                    "Leads a two-person repair crew",
                ],
            ),
            (
                "Electrical Helper",
                "Britt Electric",
                "2013-06",
                "2016-08",
                ["Commercial conduit and wire pulls, panel terminations"],
            ),
        ],
        "edu": [("High School Diploma", "", "North Garland High School", "2013-05")],
        "skills": {"Trade": ["modernization", "wiring diagrams", "Motion Control", "Smartrise", "hydraulics"]},
        "certs": [
            ("OSHA 10 Construction", "OSHA", "2016-10"),
            ("Texas Driver License, Class C", "Texas DPS", "2012-03"),
        ],
        "unq": {
            "work": [
                (
                    "Elevator Technician",
                    "TK Elevator",
                    "2023-04",
                    "",
                    [
                        "Hydraulic-to-MRL traction modernizations in mid-rise offices",
                        "Replaced relay controllers with Motion Control and Smartrise; adjusted and tested",
                    ],
                ),
                (
                    "Maintenance Electrician",
                    "Britt Electric",
                    "2013-06",
                    "2023-03",
                    ["Building maintenance electrical: lighting, motors, panel terminations, service calls"],
                ),
            ],
        },
        "decisive": ("5+ years of elevator field experience", ["years", "yrs"], "years"),
    },
    {
        "id": "electrical-lineworker-fresh2-1",
        "occ": "electrical_lineworker",
        "title": "Journeyman Lineman - Distribution",
        "company": "Pike Electric",
        "location": "Kansas City, MO",
        "posting": """
Overhead and underground distribution crew. Energized work up to 34.5 kV, bucket and climbing,
storm restoration travel.

Requirements:
- Journeyman lineman (completed DOL-registered apprenticeship or documented equivalent)
- CDL Class A
- Rubber glove and hot stick experience on energized lines
- Current CPR/first aid; willing to travel for storms
""",
        "name": "Shane Holloway",
        "label": "Journeyman Lineman",
        "summary": "Distribution lineworker: energized rubber-glove work, pole changes, URD cable, storm work.",
        "where": ("Lee's Summit", "MO"),
        "work": [
            (
                "Journeyman Lineworker",
                "Evergy",
                "2022-02",
                "",
                [
                    "Rubber glove and hot stick work on 12.47 kV and 34.5 kV circuits from a bucket",
                    "Storm restoration in four states; pole sets, transformer changeouts",
                ],
            ),
            (
                "Apprentice Lineman",
                "Evergy",
                "2018-01",
                "2022-01",
                ["Groundman and climbing work, URD cable pulls and terminations"],
            ),
        ],
        "edu": [("Certificate", "Electrical Lineworker", "Missouri Valley JATC", "2022-01")],
        "skills": {"Trade": ["rubber glove", "hot stick", "URD", "pole climbing", "bucket truck"]},
        "certs": [
            ("Journeyman Lineman Certificate", "Missouri Valley Line Constructors JATC", "2022-01"),
            ("CDL Class A", "Missouri Department of Revenue", "2017-09"),
            ("CPR/First Aid", "American Red Cross", "2026-04"),
        ],
        "unq": {
            "label": "Apprentice Lineman",
            "summary": "Distribution apprentice lineworker: energized rubber-glove work under supervision, URD cable.",
            "work": [
                (
                    "Apprentice Lineman, Step 6",
                    "Evergy",
                    "2023-03",
                    "",
                    [
                        "Rubber glove and hot stick work on 12.47 kV and 34.5 kV circuits from a bucket",
                        "Storm restoration in four states; pole sets, transformer changeouts",
                        "Climbing, URD cable pulls and terminations",
                    ],
                ),
                (
                    "Groundman",
                    "MasTec",
                    "2018-01",
                    "2023-02",
                    ["Framed poles on the ground, ran the digger derrick, hauled material with the Class A rig"],
                ),
            ],
            "edu": [("Certificate", "Electrical Lineworker, in progress", "Missouri Valley JATC", "")],
            "certs": [
                ("CDL Class A", "Missouri Department of Revenue", "2017-09"),
                ("CPR/First Aid", "American Red Cross", "2026-04"),
            ],
        },
        "decisive": ("Journeyman lineman", ["journeyman", "journeyworker"], "credential level"),
    },
    {
        "id": "electrical-lineworker-fresh2-2",
        "occ": "electrical_lineworker",
        "title": "Lineworker - Transmission & Distribution",
        "company": "Xcel Energy",
        "location": "Denver, CO",
        "posting": """
Xcel Energy seeks a Lineworker to build, maintain and repair overhead and underground lines.

Required qualifications
- Completion of a recognized lineworker apprenticeship (journey level)
- Class A Commercial Driver's License held at time of hire (no 6-month grace period on this posting)
- Experience operating digger derricks and bucket trucks
- Ability to respond to call-outs within 45 minutes
""",
        "name": "Luke Bergstrom",
        "label": "Journeyman Lineman",
        "summary": "Journey-level lineworker: overhead rebuilds, digger derrick operation, call-out rotation.",
        "where": ("Aurora", "CO"),
        "work": [
            (
                "Journeyman Lineman",
                "Colorado Springs Utilities",
                "2020-04",
                "",
                [
                    "Overhead rebuilds and underground feeder repairs; runs the digger derrick",
                    "Drives crew tractor-trailer with pole trailer to remote job sites",
                ],
            ),
            (
                "Apprentice Lineman",
                "Colorado Springs Utilities",
                "2016-03",
                "2020-03",
                ["Completed 7,000 hour apprenticeship; climbing, framing, setting poles"],
            ),
        ],
        "edu": [("Certificate", "Outside Lineman Apprenticeship", "Mountain States Line Constructors JATC", "2020-03")],
        "skills": {"Trade": ["digger derrick", "bucket truck", "overhead construction", "underground"]},
        "certs": [
            ("Journeyman Lineman Certificate", "Mountain States Line Constructors JATC", "2020-03"),
            ("Commercial Driver's License, Class A", "Colorado DMV", "2016-08"),
        ],
        "unq": {
            "work": [
                (
                    "Journeyman Lineman",
                    "Colorado Springs Utilities",
                    "2020-04",
                    "",
                    [
                        "Overhead rebuilds and underground feeder repairs; runs the digger derrick",
                        "Drives the crew's straight trucks and bucket trucks to job sites",
                    ],
                ),
                (
                    "Apprentice Lineman",
                    "Colorado Springs Utilities",
                    "2016-03",
                    "2020-03",
                    ["Completed 7,000 hour apprenticeship; climbing, framing, setting poles"],
                ),
            ],
            "certs": [
                ("Journeyman Lineman Certificate", "Mountain States Line Constructors JATC", "2020-03"),
                ("Commercial Driver's License, Class B", "Colorado DMV", "2016-08"),
            ],
        },
        "decisive": ("Class A CDL", ["Class A", "CDL-A"], "licence level"),
    },
    {
        "id": "electrician-fresh2-1",
        "occ": "electrician",
        "title": "Journeyman Electrician - Industrial",
        "company": "Rosendin",
        "location": "Beaumont, TX",
        "posting": """
Journeyman Electrician for refinery and LNG construction, 6x10s.

Requirements:
* Texas Journeyman Electrician (or Journeyman Industrial) license issued by TDLR - must be active on day one
* Bend and install rigid conduit, pull and terminate MC/TC cable, read one-lines and loop diagrams
* TWIC card
* Own hand tools
""",
        "name": "Brandon Sykes",
        "label": "Journeyman Electrician",
        "summary": "Industrial journeyman: rigid conduit, cable tray, terminations and instrument loops in plants.",
        "where": ("Port Arthur", "TX"),
        "work": [
            (
                "Journeyman Electrician",
                "Zachry Group",
                "2021-05",
                "",
                [
                    "Rigid and PVC-coated conduit runs up to 4 inch; cable tray; TC cable pulls",
                    "Terminations on MCCs and instrument loop checks from one-line and loop drawings",
                ],
            ),
            (
                "Electrical Apprentice",
                "Turner Industries",
                "2017-01",
                "2021-04",
                ["Conduit bending, pulling wire, lighting and grounding in process units"],
            ),
        ],
        "edu": [("High School Diploma", "", "Memorial High School", "2016-05")],
        "skills": {"Trade": ["rigid conduit", "cable tray", "MCC terminations", "loop checks", "NEC"]},
        "certs": [
            ("Journeyman Electrician License", "Texas Department of Licensing and Regulation (TDLR)", "2021-04"),
            ("TWIC", "TSA", "2024-02"),
        ],
        "unq": {
            "where": ("Tulsa", "OK"),
            "certs": [
                ("Journeyman Electrician License", "Oklahoma Construction Industries Board", "2021-04"),
                ("TWIC", "TSA", "2024-02"),
            ],
        },
        "decisive": ("Texas journeyman electrician license (TDLR)", ["Texas", "TDLR"], "jurisdiction"),
    },
    {
        "id": "electrician-fresh2-2",
        "occ": "electrician",
        "title": "Commercial Electrician",
        "company": "Encore Electric",
        "location": "Denver, CO",
        "posting": """
Encore Electric is hiring journeyman electricians for ground-up commercial work: hospitals, offices,
multifamily podiums.

What we need
- Colorado journeyman electrician license
- 4+ yrs commercial or industrial electrical construction experience
- EMT conduit bending (offsets, saddles, kicks), panel and switchgear terminations
- OSHA 10; able to pass drug screen
""",
        "name": "Alicia Moreno",
        "label": "Journeyman Electrician",
        "summary": "Licensed journeyman: tenant finish and new construction in office and healthcare buildings.",
        "where": ("Westminster", "CO"),
        "work": [
            (
                "Journeyman Electrician",
                "Sturgeon Electric",
                "2022-06",
                "",
                [
                    "Branch circuits, EMT up to 2 inch, switchgear and panel terminations in a 6-story hospital",
                    "Lays out lighting and receptacle rough-in from prints",
                ],
            ),
            (
                "Apprentice Electrician, Tenant Improvement",
                "Weifield Group",
                "2018-04",
                "2022-05",
                ["Office tenant finish: EMT bending, MC cable, fire alarm rough-in"],
            ),
        ],
        "edu": [("Certificate", "Electrical Apprenticeship", "IEC Rocky Mountain", "2022-05")],
        "skills": {"Trade": ["EMT bending", "switchgear", "commercial rough-in", "NEC"]},
        "certs": [
            ("Journeyman Electrician License", "Colorado State Electrical Board", "2022-05"),
            ("OSHA 10 Construction", "OSHA", "2018-05"),
        ],
        "unq": {
            "work": [
                (
                    "Journeyman Electrician",
                    "Sturgeon Electric",
                    "2024-02",
                    "",
                    [
                        "Branch circuits, EMT up to 2 inch, switchgear and panel terminations in a 6-story hospital",
                        "Lays out lighting and receptacle rough-in from prints",
                    ],
                ),
                (
                    "Journeyman Electrician, Residential",
                    "Brothers Electric Homes",
                    "2022-06",
                    "2024-01",
                    ["Single-family new homes: Romex rough-in, service panels, trim-out"],
                ),
                (
                    "Apprentice Electrician, Residential",
                    "Brothers Electric Homes",
                    "2018-04",
                    "2022-05",
                    ["Tract homes: rough-in, trim, temporary power"],
                ),
            ],
        },
        "decisive": ("4+ years of commercial/industrial experience", ["years", "yrs"], "years"),
    },
    {
        "id": "hvac-technician-fresh2-1",
        "occ": "hvac_technician",
        "title": "Commercial HVAC Service Technician - Chillers",
        "company": "Trane Technologies",
        "location": "Minneapolis, MN",
        "posting": """
Service technician for commercial HVAC: centrifugal and screw chillers, rooftop units, boilers.

Must have:
- EPA Section 608 Universal certification
- 3+ years commercial HVAC service experience
- Minneapolis or Minnesota refrigeration/HVAC credentials as required by the city
- Valid driver's license

Preferred: experience on low-pressure centrifugal chillers (R-123, R-1233zd), BAS front ends.
""",
        "name": "Derek Vang",
        "label": "HVAC Service Technician",
        "summary": "Commercial HVAC/R service: rooftop units, screw chillers, boilers, building automation.",
        "where": ("St. Paul", "MN"),
        "work": [
            (
                "Commercial Service Technician",
                "Harris Companies",
                "2020-05",
                "",
                [
                    "Diagnoses and repairs RTUs, split systems, screw chillers and make-up air units",
                    "Refrigerant recovery and leak checks; maintains recovery logs",
                    "Troubleshoots Niagara and Metasys front ends",
                ],
            ),
            (
                "HVAC Apprentice",
                "Northern Air Corporation",
                "2018-06",
                "2020-04",
                ["PM rounds on rooftop units and boilers in schools"],
            ),
        ],
        "edu": [("Diploma", "HVAC-R Technology", "Dunwoody College of Technology", "2018-05")],
        "skills": {"Trade": ["rooftop units", "chillers", "refrigerant recovery", "Niagara", "Metasys"]},
        "certs": [
            ("EPA Section 608 Universal", "ESCO Institute", "2018-04"),
            ("Certificate of Competency, Journeyman Refrigeration", "City of Minneapolis", "2021-03"),
            ("Minnesota Driver's License", "Minnesota DVS", "2015-07"),
        ],
        "swaps": [("EPA Section 608 Universal", "EPA Section 608 Type II")],
        "decisive": ("EPA 608 Universal certification", ["Universal"], "credential level"),
    },
    {
        "id": "hvac-technician-fresh2-2",
        "occ": "hvac_technician",
        "title": "Refrigeration Service Technician",
        "company": "Hillphoenix",
        "location": "Atlanta, GA",
        "posting": """
Refrigeration Service Tech - supermarket accounts in metro Atlanta.

You'll service parallel rack systems, walk-in coolers and freezers, display cases and ice machines,
including CO2 transcritical systems.

Requirements:
  3+ years of commercial refrigeration service experience (rack systems, walk-ins, cases)
  EPA 608 Universal
  Georgia Conditioned Air license not required
  On-call rotation, company vehicle provided
""",
        "name": "Jamal Whitfield",
        "label": "Refrigeration Technician",
        "summary": "Commercial refrigeration tech: parallel racks, walk-ins, display cases, controllers.",
        "where": ("Marietta", "GA"),
        "work": [
            (
                "Refrigeration Service Technician",
                "Source Refrigeration & HVAC",
                "2022-09",
                "",
                [
                    "Services parallel racks, condensers and display cases for a grocery chain",
                    "Commissioned two CO2 booster systems; E2 and Danfoss controllers",
                ],
            ),
            (
                "Service Technician, Walk-In Coolers and Freezers",
                "Arctic Cold Services",
                "2019-08",
                "2022-08",
                ["Walk-in box repairs, evaporator fan motors, defrost timers, ice machines for restaurants"],
            ),
        ],
        "edu": [("Diploma", "Air Conditioning Technology", "Chattahoochee Technical College", "2019-05")],
        "skills": {"Trade": ["rack systems", "walk-in coolers", "CO2 transcritical", "E2 controllers"]},
        "certs": [("EPA Section 608 Universal", "ESCO Institute", "2019-04")],
        "unq": {
            "work": [
                (
                    "Refrigeration Service Technician",
                    "Source Refrigeration & HVAC",
                    "2025-01",
                    "",
                    [
                        "Services parallel racks, condensers and display cases for a grocery chain",
                        "Commissioned two CO2 booster systems; E2 and Danfoss controllers",
                    ],
                ),
                (
                    "Residential HVAC Installer",
                    "Comfort Home Air",
                    "2019-08",
                    "2024-12",
                    ["Change-outs of furnaces, heat pumps and split AC systems in homes"],
                ),
            ],
        },
        "decisive": ("3+ years of commercial refrigeration experience", ["years", "yrs"], "years"),
    },
]
