"""Fresh13 set (writer a), public safety and public services: traffic controller, UXO technician."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "traffic_controller-fresh13-1",
        "occ": "traffic_controller",
        "title": "Traffic Control Person (TCP) - Lower Mainland",
        "company": "Coastline Traffic Control Ltd.",
        "location": "Surrey, BC, Canada",
        "posting": """
TRAFFIC CONTROL PERSON - FULL TIME

Coastline Traffic Control provides traffic management for utility, paving and municipal work across the Lower Mainland. We are hiring certified TCPs for the busy season.

MUST HAVE:
- Valid BC Traffic Control Person certification from a WorkSafeBC-approved provider (BCCSA or equivalent)
- Class 5 driver's licence
- Reliable transportation to job sites
- CSA-approved boots and rain gear

WE OFFER:
- $26-$29/hr depending on experience
- Overtime, benefits after 3 months
- Company trucks for lead hands
""",
        "name": "Jordan Whitehorse",
        "label": "Traffic Control Person",
        "summary": "Traffic control person with four years on highway, utility and paving projects; calm with heavy traffic and long shifts.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("Traffic Control Person", "Ansan Traffic Group", "2023-04", "", [
                "Control traffic with stop/slow paddles for FortisBC gas line and municipal water main work",
                "Set up and take down signs, cones and lane closures to the traffic management plan",
            ]),
            ("Flagger", "Valard Construction", "2022-05", "2023-03", [
                "Directed traffic around powerline construction on Highway 3",
            ]),
        ],
        "skills": {"Traffic control": ["Stop/slow paddle", "Lane closures", "Sign set-up", "Radio communication"], "Transport": ["Own vehicle"]},
        "certs": [
            ("Traffic Control Person (TCP) certification, British Columbia", "BC Construction Safety Alliance (BCCSA)", "2025-04"),
            ("Class 5 driver's licence", "ICBC", ""),
            ("Occupational First Aid Level 1", "St. John Ambulance", "2025-02"),
        ],
        "unq": {
            "summary": "Flagger with four years on highway, utility and paving projects in Alberta; calm with heavy traffic and long shifts.",
            "label": "Flagger",
            "where": ("Edmonton", "AB"),
            "work": [
                ("Flagger", "Ledcor Highways", "2023-04", "", [
                    "Control traffic with stop/slow paddles for ATCO gas line and municipal water main work",
                    "Set up and take down signs, cones and lane closures to the traffic accommodation plan",
                ]),
                ("Flagger", "Valard Construction", "2022-05", "2023-03", [
                    "Directed traffic around powerline construction on Highway 43",
                ]),
            ],
            "certs": [
                ("Flagger Training (traffic control)", "Alberta Construction Safety Association (ACSA)", "2025-04"),
                ("Class 5 driver's licence", "Alberta Registries", ""),
                ("Standard First Aid", "St. John Ambulance", "2025-02"),
            ],
        },
        "decisive": ("valid BC Traffic Control Person certification", ["BC", "British Columbia", "BCCSA", "WorkSafeBC", "Traffic Control Person"], "jurisdiction"),
    },
    {
        "id": "traffic_controller-fresh13-2",
        "occ": "traffic_controller",
        "title": "Traffic Controller / TMI",
        "company": "Altus Traffic",
        "location": "Dandenong South, VIC, Australia",
        "posting": """
Altus Traffic is looking for experienced Traffic Controllers to join our south-east Melbourne depot, working on major road, rail and utility projects.

About you:
- Current Victorian traffic controller and traffic management implementer tickets (RIIWHS205E Control traffic with stop-slow bat & RIIWHS302E Implement traffic management plan)
- Construction Induction (White Card)
- Minimum 2 years' experience as a traffic controller on road or civil projects
- Current Victorian driver's licence
- Able to work nights and weekends

What we offer: above-award rates, paid travel from depot, ongoing training and a clear path to team leader.
""",
        "name": "Mitchell Nguyen",
        "label": "Traffic Controller",
        "summary": "Traffic controller and TMI with over three years on freeway, level crossing removal and utility projects around Melbourne.",
        "where": ("Dandenong", "VIC"),
        "country": "AU",
        "work": [
            ("Traffic Controller / TMI", "Safe Roads Traffic Management", "2023-05", "", [
                "Install and remove lane and shoulder closures to approved traffic management plans on freeway works",
                "Control traffic with stop-slow bats at night works for level crossing removal projects",
                "Complete pre-start and closure checklists",
            ]),
            ("Warehouse Storeperson", "Bunnings Distribution Centre", "2020-02", "2023-04", [
                "Picked and packed orders and loaded trucks",
            ]),
        ],
        "skills": {"Traffic management": ["Stop-slow bat", "Lane closures", "TMP implementation", "Night works"]},
        "certs": [
            ("RIIWHS205E Control traffic with stop-slow bat", "Registered training organisation (Victoria)", "2023-04"),
            ("RIIWHS302E Implement traffic management plan", "Registered training organisation (Victoria)", "2023-04"),
            ("CPCWHS1001 Prepare to work safely in the construction industry (White Card)", "WorkSafe Victoria", "2023-03"),
            ("Victorian driver licence (car)", "VicRoads", ""),
        ],
        "unq": {
            "summary": "Traffic controller and TMI with just over a year on freeway, level crossing removal and utility projects around Melbourne.",
            "work": [
                ("Traffic Controller / TMI", "Safe Roads Traffic Management", "2025-11", "", [
                    "Install and remove lane and shoulder closures to approved traffic management plans on freeway works",
                    "Control traffic with stop-slow bats at night works for level crossing removal projects",
                    "Complete pre-start and closure checklists",
                ]),
                ("Warehouse Storeperson", "Bunnings Distribution Centre", "2020-02", "2025-10", [
                    "Picked and packed orders and loaded trucks",
                ]),
            ],
            "certs": [
                ("RIIWHS205E Control traffic with stop-slow bat", "Registered training organisation (Victoria)", "2025-10"),
                ("RIIWHS302E Implement traffic management plan", "Registered training organisation (Victoria)", "2025-10"),
                ("CPCWHS1001 Prepare to work safely in the construction industry (White Card)", "WorkSafe Victoria", "2025-09"),
                ("Victorian driver licence (car)", "VicRoads", ""),
            ],
        },
        "decisive": ("minimum 2 years' experience as a traffic controller", ["years", "yrs"], "years"),
    },
    {
        "id": "uxo_technician-fresh13-1",
        "occ": "uxo_technician",
        "title": "UXO Technician III (Team Leader)",
        "company": "USA Environmental, Inc.",
        "location": "Yuma, AZ",
        "posting": """
Position: UXO Technician III (Team Leader) | Project: Munitions response, Yuma Proving Ground | Schedule: 10 on / 4 off | Travel: per diem provided

USA Environmental is staffing a munitions response project for the U.S. Army Corps of Engineers. The UXO Technician III leads a field team of UXO Technicians I and II in anomaly reacquisition, intrusive investigation, and the identification, handling and demolition of munitions and explosives of concern (MEC).

Duties
- Supervise a team of up to six technicians and enforce the approved work plan and explosives safety submission
- Identify MEC and determine whether items are acceptable to move
- Prepare and conduct demolition shots; complete daily MEC accountability logs
- Conduct tailgate safety briefings

Qualifications
- Must meet the DDESB TP-18 minimum qualifications for UXO Technician III, including graduation from the U.S. Naval School Explosive Ordnance Disposal (NAVSCOLEOD)
- Current 40-hour HAZWOPER with 8-hour refresher (29 CFR 1910.120)
- Valid driver's license
- Able to work outdoors in extreme desert heat and walk rough terrain carrying equipment
""",
        "name": "Travis Delgado",
        "label": "UXO Technician III / Team Leader",
        "summary": "Former Army EOD team leader with eight years of military EOD service and ten years as a civilian UXO technician, the last six leading munitions response teams on DoD ranges.",
        "where": ("Huntsville", "AL"),
        "work": [
            ("UXO Technician III, Team Leader", "Parsons", "2020-04", "", [
                "Lead teams of five UXO technicians on range clearance and munitions response sites in Nevada, Arizona and Alaska",
                "Make acceptable-to-move determinations and run consolidated demolition shots",
                "Keep MEC accountability and daily quality control records for USACE oversight",
            ]),
            ("UXO Technician II", "Tetra Tech", "2016-09", "2020-03", [
                "Reacquired geophysical anomalies and excavated, identified and disposed of MEC on Formerly Used Defense Sites",
            ]),
            ("Explosive Ordnance Disposal Specialist (89D), Staff Sergeant", "U.S. Army, 52nd Ordnance Group (EOD)", "2008-06", "2016-08", [
                "EOD team leader for conventional ordnance and IED response at home station and on two deployments",
            ]),
        ],
        "skills": {"EOD": ["MEC identification", "Demolition operations", "Anomaly reacquisition", "Team supervision", "Explosives safety submissions"]},
        "certs": [
            ("Basic EOD course graduate", "Naval School Explosive Ordnance Disposal (NAVSCOLEOD), Eglin AFB", "2008-05"),
            ("40-hour HAZWOPER, 8-hour refresher current", "OSHA 29 CFR 1910.120 provider", "2026-02"),
            ("Alabama Driver License (Class D)", "Alabama Law Enforcement Agency", ""),
        ],
        "unq": {
            "label": "UXO Technician II",
            "summary": "Former Army combat engineer with eight years of military service and ten years as a civilian UXO technician on DoD ranges, trained through a civilian UXO technician course.",
            "work": [
                ("UXO Technician II", "Parsons", "2020-04", "", [
                    "Work in teams of five UXO technicians on range clearance and munitions response sites in Nevada, Arizona and Alaska",
                    "Assist with acceptable-to-move determinations and prepare consolidated demolition shots",
                    "Record MEC finds for the daily accountability log",
                ]),
                ("UXO Technician I, then UXO Technician II", "Tetra Tech", "2016-09", "2020-03", [
                    "Reacquired geophysical anomalies and excavated, identified and disposed of MEC on Formerly Used Defense Sites",
                ]),
                ("Combat Engineer (12B), Staff Sergeant", "U.S. Army, 20th Engineer Brigade", "2008-06", "2016-06", [
                    "Route clearance and obstacle breaching squad leader at home station and on two deployments",
                ]),
            ],
            "skills": {"EOD": ["MEC identification", "Demolition operations", "Anomaly reacquisition", "Explosives safety submissions"]},
            "certs": [
                ("UXO Technician course (DDESB-approved civilian UXO training)", "Texas A&M Engineering Extension Service (TEEX)", "2016-08"),
                ("40-hour HAZWOPER, 8-hour refresher current", "OSHA 29 CFR 1910.120 provider", "2026-02"),
                ("Alabama Driver License (Class D)", "Alabama Law Enforcement Agency", ""),
            ],
        },
        "decisive": ("DDESB TP-18 UXO Technician III qualification", ["UXO Technician III", "Technician III", "UXO Tech III", "UXOT III"], "credential level"),
    },
    {
        "id": "uxo_technician-fresh13-2",
        "occ": "uxo_technician",
        "title": "UXO Technician - Defence Training Area Remediation",
        "company": "Milsearch",
        "location": "Townsville, QLD, Australia",
        "posting": """
We are seeking experienced UXO Technicians for a multi-year unexploded ordnance remediation contract on Defence training areas in North Queensland. FIFO and DIDO options from Townsville, 14/14 roster.

The role
Working in a small team under a UXO supervisor, you will conduct visual and detector-aided search, investigate and identify ordnance, and assist with the destruction of explosive ordnance in accordance with Defence explosive ordnance safety requirements.

Essential
- Australian citizen holding a current Negative Vetting Level 1 (NV1) security clearance; the site handles classified munitions information and we cannot start anyone while a clearance upgrade is pending
- Explosive ordnance disposal background: ex-ADF EOD (RAE EOD or RAN Clearance Diver) or equivalent civilian UXO qualification
- Current C class driver licence and 4WD experience
- HLTAID011 Provide First Aid

Desirable
- Queensland shotfirer's licence
- Experience with Schonstedt or Minelab detectors and handheld GPS
""",
        "name": "Nathan Pearce",
        "label": "UXO Technician",
        "summary": "Former Army combat engineer (EOD) with eight years in uniform and seven years on civilian UXO search and clearance projects across northern Australia. Australian citizen.",
        "where": ("Townsville", "QLD"),
        "country": "AU",
        "work": [
            ("UXO Technician", "Northern Range Services Pty Ltd", "2019-08", "", [
                "Detector-aided search, excavation and identification of ordnance on Defence and former Defence land in Queensland and the Northern Territory",
                "Prepare demolition charges and assist the supervisor with destruction of items in situ",
                "Record finds and search coverage with handheld GPS",
            ]),
            ("Combat Engineer (EOD), Corporal", "Australian Army, 3rd Combat Engineer Regiment", "2011-01", "2019-06", [
                "EOD team member and later team second-in-command for conventional ordnance and IED tasks, including one operational deployment",
            ]),
        ],
        "skills": {"UXO": ["Detector-aided search", "Ordnance identification", "Demolition", "Schonstedt and Minelab detectors", "Handheld GPS"], "Driving": ["4WD driving on remote tracks (eight years)"]},
        "certs": [
            ("Negative Vetting 1 security clearance - current", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
            ("Queensland driver licence (C class)", "Queensland Department of Transport and Main Roads", ""),
            ("HLTAID011 Provide First Aid", "St John Ambulance Queensland", "2025-09"),
        ],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Baseline Vetting security clearance - current", "Australian Government Security Vetting Agency (AGSVA)", "2023-05"),
                ("Queensland driver licence (C class)", "Queensland Department of Transport and Main Roads", ""),
                ("HLTAID011 Provide First Aid", "St John Ambulance Queensland", "2025-09"),
            ],
        },
        "decisive": ("current NV1 security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
]
# fmt: on
