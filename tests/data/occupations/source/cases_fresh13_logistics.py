"""Fresh13 set (writer a), transport and logistics: helicopter pilot, avionics technician, aircraft maintenance planner, harbour master."""

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
        "id": "aircraft_maintenance_planner-fresh13-1",
        "occ": "aircraft_maintenance_planner",
        "title": "Maintenance Planner (Technical Services)",
        "company": "Scoot",
        "location": "Singapore",
        "posting": """
Job Responsibilities
- Plan and prepare work packages for daily, weekly and A-checks on the A320neo family and 787 fleets
- Forecast due tasks, ADs, SBs and hard-time component removals; agree ground time slots with Maintenance Control Centre
- Track deferred defects (MEL/CDL) to closure and keep the maintenance forecast current
- Liaise with the MRO, Engineering and Stores on tooling, spares and manpower for each input

Requirements
- Diploma in Aerospace / Aeronautical Engineering or equivalent
- At least 3 years of experience in aircraft maintenance planning or technical records
- Hands-on experience with AMOS (Swiss-AS) is a must - our planning, records and forecasting all run in AMOS
- Working knowledge of CAAS SAR-145 and an approved Aircraft Maintenance Programme
- Proficient in MS Excel; able to work under tight turnaround times
""",
        "name": "Muhammad Hafiz bin Salleh",
        "label": "Technical Planner, Aircraft Maintenance",
        "summary": "Aircraft maintenance planner with over seven years in line maintenance planning and technical records for narrow-body and wide-body fleets in Singapore.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Technical Planner, Line Maintenance", "SIA Engineering Company", "2022-04", "", [
                "Build daily check and A-check work packages in AMOS for A320neo and B787 customer aircraft",
                "Forecast AD/SB compliance and hard-time component changes and book ground time with maintenance control",
                "Follow up MEL and CDL deferrals until rectified",
            ]),
            ("Technical Records Officer", "Jetstar Asia Airways", "2019-07", "2022-03", [
                "Entered task card sign-offs and component changes into the AMOS maintenance information system",
                "Reconciled completed tasks against the approved maintenance programme before audits",
            ]),
        ],
        "skills": {"Planning": ["Work package preparation", "AD/SB forecasting", "MEL/CDL deferral control", "Hard-time components", "CAAS SAR-145 procedures"], "Systems": ["AMOS by Swiss AviationSoftware", "MS Excel", "Power BI"]},
        "edu": [("Diploma", "Aeronautical Engineering", "Singapore Polytechnic", "2019")],
        "langs": [("English", "Fluent"), ("Malay", "Native")],
        "unq": {
            "work": [
                ("Technical Planner, Line Maintenance", "SIA Engineering Company", "2022-04", "", [
                    "Build daily check and A-check work packages in TRAX eMRO for A320neo and B787 customer aircraft",
                    "Forecast AD/SB compliance and hard-time component changes and book ground time with maintenance control",
                    "Follow up MEL and CDL deferrals until rectified",
                ]),
                ("Technical Records Officer", "Jetstar Asia Airways", "2019-07", "2022-03", [
                    "Entered task card sign-offs and component changes into the SAP PM maintenance module",
                    "Reconciled completed tasks against the approved maintenance programme before audits",
                ]),
            ],
            "skills": {"Planning": ["Work package preparation", "AD/SB forecasting", "MEL/CDL deferral control", "Hard-time components", "CAAS SAR-145 procedures"], "Systems": ["TRAX eMRO", "SAP PM", "MS Excel", "Power BI"]},
        },
        "decisive": ("hands-on AMOS (Swiss-AS) experience", ["AMOS", "Swiss-AS", "Swiss AviationSoftware"], "tool"),
    },
    {
        "id": "aircraft_maintenance_planner-fresh13-2",
        "occ": "aircraft_maintenance_planner",
        "title": "Production Planner Base Maintenance (m/f/d)",
        "company": "Lufthansa Technik",
        "location": "Frankfurt am Main, Germany",
        "posting": """
In our Base Maintenance in Frankfurt we carry out C-checks and heavy modifications on long-haul aircraft. To strengthen our production planning team, we are looking for a Production Planner.

Your tasks
- You prepare check inputs: you compile task cards, engineering orders and modification packages and load them into the production schedule
- You plan manpower, hangar slots, tooling and material for each layover together with the shop floor
- You monitor the progress of the check and re-plan when findings or parts shortages occur

Your profile
- Completed vocational training as an aircraft mechanic (Fluggerätmechaniker/in) or a degree in aviation engineering
- At least five years of professional experience in aircraft maintenance planning or work preparation
- Good knowledge of SAP PM
- Fluent German and very good English
""",
        "name": "Katharina Vogel",
        "label": "Maintenance Planning Engineer",
        "summary": "Aircraft maintenance planner with eight years of check planning and work preparation for airline fleets, after an apprenticeship as an aircraft mechanic.",
        "where": ("Mainz", "Rhineland-Palatinate"),
        "country": "DE",
        "work": [
            ("Work Package Planner, Base Maintenance", "Condor Flugdienst", "2021-03", "", [
                "Compile C-check and cabin modification packages for A330 and A321 aircraft and load them into SAP PM",
                "Plan hangar slots, manpower and material with the production teams and re-plan on findings",
            ]),
            ("Maintenance Planning Engineer", "TUIfly", "2019-01", "2021-02", [
                "Prepared A-check and C-check inputs for the 737 fleet and tracked open items to check release",
            ]),
            ("Aircraft Mechanic, Line Maintenance", "Lufthansa Technik", "2015-09", "2018-12", [
                "Carried out daily and weekly checks on A320 family aircraft after completing the apprenticeship",
            ]),
        ],
        "skills": {"Planning": ["Check preparation", "Work preparation", "Manpower and slot planning", "Modification packages"], "Systems": ["SAP PM", "MS Project", "Excel"]},
        "edu": [("Vocational qualification (IHK)", "Fluggerätmechanikerin, Instandhaltungstechnik", "Lufthansa Technical Training, Hamburg", "2015")],
        "langs": [("German", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Aircraft maintenance planner with four years of check planning and work preparation for an airline fleet, after several years as an aircraft mechanic.",
            "work": [
                ("Work Package Planner, Base Maintenance", "Condor Flugdienst", "2023-01", "", [
                    "Compile C-check and cabin modification packages for A330 and A321 aircraft and load them into SAP PM",
                    "Plan hangar slots, manpower and material with the production teams and re-plan on findings",
                ]),
                ("Aircraft Mechanic, Line Maintenance", "TUIfly", "2019-01", "2022-12", [
                    "Carried out daily checks and defect rectification on the 737 fleet",
                ]),
                ("Aircraft Mechanic, Line Maintenance", "Lufthansa Technik", "2015-09", "2018-12", [
                    "Carried out daily and weekly checks on A320 family aircraft after completing the apprenticeship",
                ]),
            ],
        },
        "decisive": ("at least five years in aircraft maintenance planning", ["years", "yrs"], "years"),
    },
    {
        "id": "harbour_master-fresh13-1",
        "occ": "harbour_master",
        "title": "Assistant Harbour Master",
        "company": "Port of Amsterdam",
        "location": "Amsterdam, Netherlands",
        "posting": """
The Harbour Master's Division of Port of Amsterdam keeps shipping in the North Sea Canal area safe, smooth and sustainable. As Assistant Harbour Master you lead the nautical duty shift: you decide on berth allocations and special transports, supervise the handling of dangerous goods vessels, act as on-scene coordinator during incidents and enforce the port by-laws on the water.

What we ask
- Bachelor of Maritime Officer (or equivalent nautical education)
- A Certificate of Competency as Chief Mate or Master (STCW II/2)
- At least 5 years of sea-going experience as a deck officer on merchant vessels
- Dutch and English at C1 level
- Willing to work in a 24/7 roster

What we offer: a permanent contract, salary scale 11, and a place in a team that keeps one of Europe's busiest port regions running.
""",
        "name": "Ruben de Graaf",
        "label": "Nautical Officer",
        "summary": "Deck officer with seven years at sea on multipurpose and heavy-lift vessels, now working shore-side in vessel traffic services in Rotterdam.",
        "where": ("Haarlem", "North Holland"),
        "country": "NL",
        "work": [
            ("Nautical Officer, Vessel Traffic", "Port of Rotterdam Authority", "2024-09", "", [
                "Monitor and advise shipping in the Maas approaches and Nieuwe Waterweg from the traffic centre",
                "Coordinate with pilots, tugs and boatmen on deep-draught and dangerous goods arrivals",
            ]),
            ("Chief Officer", "Spliethoff", "2020-04", "2024-08", [
                "Responsible for cargo operations, stability and deck maintenance on multipurpose and heavy-lift vessels",
                "Planned and supervised project cargo lifts with ship's cranes in ports across Europe and West Africa",
            ]),
            ("Second Officer", "Wagenborg Shipping", "2017-02", "2020-03", [
                "Navigational watchkeeping and passage planning on general cargo vessels in the Baltic and North Sea",
            ]),
        ],
        "skills": {"Nautical": ["Bridge watchkeeping", "Passage planning", "Cargo and stability", "Dangerous goods (IMDG)", "Incident coordination"]},
        "certs": [("Certificate of Competency - Chief Mate, STCW II/2 (unlimited)", "Kiwa Register, on behalf of the Dutch Human Environment and Transport Inspectorate", "2020-02")],
        "edu": [("Bachelor", "Maritime Officer", "Maritiem Instituut Willem Barentsz, Terschelling", "2016")],
        "langs": [("Dutch", "Native"), ("English", "Fluent (C1)"), ("German", "Good")],
        "unq": {
            "summary": "Deck officer with nearly four years at sea on multipurpose and heavy-lift vessels, now working shore-side in vessel traffic services in Rotterdam.",
            "work": [
                ("Nautical Officer, Vessel Traffic", "Port of Rotterdam Authority", "2024-09", "", [
                    "Monitor and advise shipping in the Maas approaches and Nieuwe Waterweg from the traffic centre",
                    "Coordinate with pilots, tugs and boatmen on deep-draught and dangerous goods arrivals",
                ]),
                ("Chief Officer", "Spliethoff", "2022-06", "2024-08", [
                    "Responsible for cargo operations, stability and deck maintenance on multipurpose and heavy-lift vessels",
                    "Planned and supervised project cargo lifts with ship's cranes in ports across Europe and West Africa",
                ]),
                ("Second Officer", "Wagenborg Shipping", "2020-09", "2022-05", [
                    "Navigational watchkeeping and passage planning on general cargo vessels in the Baltic and North Sea",
                ]),
                ("Operations Planner", "Samskip", "2016-09", "2020-08", [
                    "Planned short-sea container bookings and feeder connections from the Rotterdam office",
                ]),
            ],
            "certs": [("Certificate of Competency - Chief Mate, STCW II/2 (unlimited)", "Kiwa Register, on behalf of the Dutch Human Environment and Transport Inspectorate", "2022-04")],
        },
        "decisive": ("at least 5 years of sea-going experience as a deck officer", ["years", "yrs"], "years"),
    },
    {
        "id": "harbour_master-fresh13-2",
        "occ": "harbour_master",
        "title": "Deputy Harbour Master",
        "company": "Port of Fujairah",
        "location": "Fujairah, United Arab Emirates",
        "posting": """
DEPUTY HARBOUR MASTER - PORT OF FUJAIRAH (via our recruitment partner)

One of the world's largest bunkering hubs is looking for a Deputy Harbour Master to support the Harbour Master in the safe and efficient movement of tankers, bulk carriers and container ships within port limits and the anchorage.

KEY RESPONSIBILITIES
- Direct daily marine operations: berthing programme, pilotage and towage allocation, anchorage management
- Oversee ship-to-ship transfers and bunkering operations in port waters
- Investigate marine incidents and enforce port regulations
- Deputise for the Harbour Master

REQUIREMENTS
- Master Mariner: STCW II/2 Master (Unlimited) Certificate of Competency issued by an IMO White List administration - MANDATORY
- Minimum 5 years' sea service in senior rank (Chief Officer or Master), tanker experience strongly preferred
- Knowledge of ISPS, MARPOL and port state control
- Excellent written and spoken English
""",
        "name": "Vivek Menon",
        "label": "Master, Oil and Chemical Tankers",
        "summary": "Tanker master with ten years in senior rank on product and chemical tankers trading in the Gulf and Indian Ocean, experienced in STS transfers and port state inspections.",
        "where": ("Kochi", "Kerala"),
        "country": "IN",
        "work": [
            ("Master, Oil/Chemical Tankers", "Anglo-Eastern Ship Management", "2022-03", "", [
                "Command MR product and chemical tankers trading between the Arabian Gulf, India and East Africa",
                "Conduct ship-to-ship transfers off Fujairah and Khor Fakkan as person in overall advisory control",
                "Lead the vessel through port state control and vetting inspections with no detentions",
            ]),
            ("Chief Officer, Product Tankers", "Synergy Marine Group", "2017-01", "2022-02", [
                "Planned and supervised cargo, ballast and bunker operations on LR1 and MR tankers",
            ]),
            ("Second / Third Officer", "The Great Eastern Shipping Company", "2012-01", "2016-12", [
                "Navigational watchkeeping, GMDSS and cargo watches on crude and product tankers",
            ]),
        ],
        "skills": {"Marine operations": ["Tanker operations", "Ship-to-ship transfer", "Bunkering", "ISPS", "MARPOL", "Port state control"]},
        "certs": [
            ("Certificate of Competency - Master (Foreign-Going), STCW Reg. II/2", "Directorate General of Shipping, Government of India", "2021-11"),
            ("Advanced Oil and Chemical Tanker Training (STCW V/1-1)", "Directorate General of Shipping, Government of India", "2016-08"),
            ("GMDSS General Operator's Certificate", "Directorate General of Shipping, Government of India", "2013-05"),
        ],
        "edu": [("B.Sc.", "Nautical Science", "Tolani Maritime Institute, Pune", "2011")],
        "langs": [("English", "Fluent"), ("Malayalam", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "label": "Chief Officer, Oil and Chemical Tankers",
            "summary": "Tanker chief officer with ten years in senior rank on product and chemical tankers trading in the Gulf and Indian Ocean, experienced in STS transfers and port state inspections.",
            "work": [
                ("Chief Officer, Oil/Chemical Tankers", "Anglo-Eastern Ship Management", "2022-03", "", [
                    "Run cargo, ballast and bunker operations on MR product and chemical tankers trading between the Arabian Gulf, India and East Africa",
                    "Supervise ship-to-ship transfers off Fujairah and Khor Fakkan on the cargo side",
                    "Prepare the vessel for port state control and vetting inspections with no detentions",
                ]),
                ("Chief Officer, Product Tankers", "Synergy Marine Group", "2017-01", "2022-02", [
                    "Planned and supervised cargo, ballast and bunker operations on LR1 and MR tankers",
                ]),
                ("Second / Third Officer", "The Great Eastern Shipping Company", "2012-01", "2016-12", [
                    "Navigational watchkeeping, GMDSS and cargo watches on crude and product tankers",
                ]),
            ],
            "certs": [
                ("Certificate of Competency - First Mate (Foreign-Going), STCW Reg. II/2", "Directorate General of Shipping, Government of India", "2016-10"),
                ("Advanced Oil and Chemical Tanker Training (STCW V/1-1)", "Directorate General of Shipping, Government of India", "2016-08"),
                ("GMDSS General Operator's Certificate", "Directorate General of Shipping, Government of India", "2013-05"),
            ],
        },
        "decisive": ("Master Mariner: STCW II/2 Master (Unlimited) Certificate of Competency", ["Master Mariner", "Master (Unlimited)", "Master Unlimited"], "credential level"),
    },
]
# fmt: on
