"""Fresh12 half, logistics: shipbroker, private_hire_driver, aircraft_refueller, vts_operator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "shipbroker-fresh12-1",
        "occ": "shipbroker",
        "title": "Tanker Broker - Clean Petroleum Products",
        "company": "Straits Chartering Pte Ltd",
        "location": "Singapore",
        "posting": """
Tanker Broker - Clean Petroleum Products (CPP), East of Suez
Straits Chartering Pte Ltd | Singapore (Marina Bay) | Full-time

Straits Chartering is an independent competitive shipbroker fixing MR and LR1 tankers for oil majors, traders and owners across the Far East, Middle East Gulf and Australia.

Responsibilities
- Develop and service charterer and owner relationships; circulate positions and cargoes daily
- Negotiate voyage and time charter fixtures through to recap and C/P
- Follow fixtures through post-fixture (laytime/demurrage, voyage orders) with the ops desk
- Produce market reports on freight and tonnage supply

Requirements
- Member of the Institute of Chartered Shipbrokers (MICS) - the firm pays for annual subscription
- 3+ years of tanker chartering or broking experience
- Knowledge of BPVOY4/Shellvoy 6 and Asbatankvoy charter party forms
- Comfortable with Asia-hours and some evening calls to Europe

We offer a competitive base salary plus commission share, AWS, medical and dental coverage. Only shortlisted candidates will be notified. Direct applications only; no agencies please.
""",
        "name": "Nicholas Tan",
        "label": "Shipbroker (Tankers)",
        "summary": "Tanker shipbroker fixing MR and LR1 product tankers East of Suez since 2020; chartered member of the shipbroking institute.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Broker, Clean Tankers", "Braemar ACM Shipbroking", "2022-03", "", [
                "Fix MR and LR1 voyages for traders and majors on Shellvoy 6 and BPVOY4; draft recaps and charter parties",
                "Daily position lists and cargo circulation to a book of 40 owners and charterers",
                "Weekly CPP freight market commentary",
            ]),
            ("Chartering Executive", "Hafnia", "2020-01", "2022-02", [
                "Time charter and voyage fixtures on the owner's side; laytime and demurrage claims with operations",
            ]),
        ],
        "skills": {"Chartering": ["Voyage charters", "Time charters", "Shellvoy 6", "BPVOY4", "Asbatankvoy", "Laytime and demurrage"], "Markets": ["CPP East of Suez", "Freight market reporting"]},
        "certs": [("MICS - Professional Qualifying Examinations completed, elected Member", "Institute of Chartered Shipbrokers", "2023-11")],
        "edu": [("Bachelor of Science", "Maritime Studies", "Nanyang Technological University", "2019")],
        "langs": [("English", "Fluent"), ("Mandarin Chinese", "Native")],
        "unq": {
            "summary": "Tanker shipbroker fixing MR and LR1 product tankers East of Suez since 2020; studying with the shipbroking institute.",
            "certs": [("Advanced Diploma in Shipping", "Institute of Chartered Shipbrokers", "2021-11")],
        },
        "decisive": ("Member of the Institute of Chartered Shipbrokers (MICS)", ["MICS", "Member of the Institute of Chartered Shipbrokers"], "credential level"),
    },
    {
        "id": "shipbroker-fresh12-2",
        "occ": "shipbroker",
        "title": "Dry Cargo Broker (Supramax/Panamax)",
        "company": "Thameside Dry Cargo Brokers",
        "location": "City of London, UK",
        "posting": """
Dry Cargo Broker - Supramax/Panamax desk

Thameside Dry Cargo Brokers, a Baltic Exchange member firm near Leadenhall Street, is looking to strengthen its Atlantic desk.

The person: a broker with an established book of owner or charterer contacts in the Supramax/Panamax sector, able to originate business and negotiate fixtures independently. You will have five years or more of dry bulk broking or chartering behind you, sound knowledge of NYPE 2015 and GENCON, and the confidence to take the desk on overnight markets when needed.

Helpful but not required: ICS qualifications, a maritime degree, Portuguese or Spanish for South American grain business.

Remuneration: base salary plus a generous share of brokerage, private healthcare, season ticket loan, 25 days' leave.

Thameside is an equal opportunities employer. Applicants must be eligible to work in the UK.
""",
        "name": "Oliver Greaves",
        "label": "Dry Bulk Shipbroker",
        "summary": "Dry bulk broker with eight years on Supramax and Panamax desks; holds an established book of owners and grain charterers and negotiates fixtures independently.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Broker, Panamax/Kamsarmax", "Howe Robinson Partners", "2021-09", "", [
                "Originate and negotiate time charter and voyage fixtures for South American grain and coal charterers",
                "Run the desk on night markets; recap and draft NYPE 2015 charter parties",
            ]),
            ("Junior Broker, Supramax", "Clarksons", "2018-09", "2021-08", [
                "Built owner contacts in the Atlantic Supramax market; drafted GENCON voyage charters",
            ]),
        ],
        "skills": {"Chartering": ["NYPE 2015", "GENCON", "Time charter", "Voyage charter", "Dry bulk"], "Languages": ["Portuguese (working)"]},
        "certs": [("Foundation Diploma in Shipping", "Institute of Chartered Shipbrokers", "2019-06")],
        "edu": [("BSc", "Maritime Business", "University of Plymouth", "2018")],
        "langs": [("English", "Native"), ("Portuguese", "Professional working proficiency")],
        "unq": {
            "summary": "Dry bulk broker on Supramax and Panamax desks; holds an established book of owners and grain charterers and negotiates fixtures independently.",
            "work": [
                ("Broker, Panamax/Kamsarmax", "Howe Robinson Partners", "2024-10", "", [
                    "Originate and negotiate time charter and voyage fixtures for South American grain and coal charterers",
                    "Run the desk on night markets; recap and draft NYPE 2015 charter parties",
                ]),
                ("Junior Broker, Supramax", "Clarksons", "2023-05", "2024-09", [
                    "Built owner contacts in the Atlantic Supramax market; drafted GENCON voyage charters",
                ]),
                ("Graduate, Commodities Operations", "Cargill", "2018-09", "2023-04", [
                    "Booked trucks and rail for UK grain movements; invoicing and contract administration",
                ]),
            ],
        },
        "decisive": ("five years or more of dry bulk broking or chartering", ["years", "yrs"], "years"),
    },
    {
        "id": "private_hire_driver-fresh12-1",
        "occ": "private_hire_driver",
        "title": "Executive Chauffeur (Private Hire)",
        "company": "Mayfair Executive Cars Ltd",
        "location": "London, UK",
        "posting": """
Executive Chauffeur - Mayfair Executive Cars Ltd

Full-time employed chauffeur | £38,000 basic + tips + overtime | Mercedes S-Class and V-Class fleet provided

Mayfair Executive Cars carries corporate clients, embassy guests and roadshow passengers across London and to the airports. We are a licensed private hire operator and all our drivers must be individually licensed.

Essentials
→ Current TfL Private Hire Driver's Licence (PCO) - we cannot use drivers licensed by other councils
→ Full UK driving licence held 3+ years, max 3 penalty points
→ Excellent knowledge of central London and the airports
→ Smart appearance; discretion with high-profile clients

Desirable: close protection or advanced driving qualification (IAM/RoSPA), a second language.

Shifts: 5 days from 7, early starts and late finishes on a rota. Uniform supplied.

Mayfair Executive Cars is an equal opportunities employer. Right-to-work checks will be carried out.
""",
        "name": "Kwame Mensah",
        "label": "Chauffeur",
        "summary": "Professional chauffeur licensed by Transport for London, driving corporate and VIP clients across central London and to Heathrow, Gatwick and City Airport.",
        "where": ("Croydon", "London"),
        "country": "GB",
        "work": [
            ("Chauffeur", "Addison Lee (Executive)", "2020-05", "", [
                "Drive corporate and roadshow clients across central London and to all five London airports",
                "Keep vehicle presentation and timekeeping to executive standard; 4.97 client rating",
            ]),
            ("Delivery Driver", "DPD UK", "2016-03", "2020-04", [
                "Multi-drop van deliveries across South London",
            ]),
        ],
        "skills": {"Driving": ["Executive chauffeuring", "London road knowledge", "Airport transfers", "Advanced driving"], "Client care": ["Discretion", "Meet and greet"]},
        "certs": [
            ("London Private Hire Driver Licence", "Transport for London", "2020-03"),
            ("IAM RoadSmart Advanced Driver", "IAM RoadSmart", "2021-06"),
            ("Full UK Driving Licence (Category B), clean", "DVLA", "2012-08"),
        ],
        "edu": [("BTEC National Diploma", "Business", "Croydon College", "2011")],
        "langs": [("English", "Fluent"), ("Twi", "Native"), ("French", "Conversational")],
        "unq": {
            "summary": "Professional chauffeur licensed by Wolverhampton council, driving corporate and VIP clients across central London and to Heathrow, Gatwick and City Airport.",
            "certs": [
                ("Private Hire Driver Licence", "City of Wolverhampton Council", "2020-03"),
                ("IAM RoadSmart Advanced Driver", "IAM RoadSmart", "2021-06"),
                ("Full UK Driving Licence (Category B), clean", "DVLA", "2012-08"),
            ],
        },
        "decisive": ("Current TfL Private Hire Driver's Licence (PCO)", ["TfL", "PCO"], "jurisdiction"),
    },
    {
        "id": "private_hire_driver-fresh12-2",
        "occ": "private_hire_driver",
        "title": "Driver - Airport Transfers & Corporate Cars",
        "company": "Harbourside Passenger Services",
        "location": "Auckland, New Zealand",
        "posting": """
DRIVERS WANTED - Harbourside Passenger Services, Auckland

Airport transfers, cruise ship passengers and corporate bookings, in late-model Toyota Camry and HiAce vehicles. Full-time and part-time shifts, day or night. $28.50 per hour plus KiwiSaver, and tips are yours.

What you need:
- Full NZ driver licence (Class 1) with a P (passenger) endorsement - this is a legal requirement under NZTA rules for carrying passengers for hire, no exceptions
- Good knowledge of Auckland - airport, CBD, cruise terminal, North Shore
- Clean driving record
- Friendly, well presented, good English

Nice to have: Class 2 licence for our minibus runs.

Apply with your CV and a copy of your licence (both sides). Must be eligible to work in New Zealand.
""",
        "name": "Rajesh Prasad",
        "label": "Passenger Service Driver",
        "summary": "Small passenger service driver in Auckland; airport, CBD and cruise terminal runs; licensed to carry paying passengers.",
        "where": ("Manukau", "Auckland"),
        "country": "NZ",
        "work": [
            ("Driver", "Corporate Cabs Auckland", "2022-07", "", [
                "Airport and corporate transfers for account clients; cruise terminal pick-ups in season",
                "Night and weekend shifts across the CBD, North Shore and South Auckland",
            ]),
            ("Courier Driver", "NZ Couriers", "2018-02", "2022-06", [
                "Multi-drop parcel runs across South Auckland",
            ]),
        ],
        "skills": {"Driving": ["Auckland road knowledge", "Airport transfers", "Defensive driving", "Clean driving record"], "Customer service": ["Passenger assistance", "Luggage handling"]},
        "certs": [
            ("NZ driver licence Class 1 (full) + Class 2, passenger endorsement (P)", "NZ Transport Agency Waka Kotahi", "2022-06"),
        ],
        "edu": [("NCEA Level 2", "", "Papatoetoe High School", "2012")],
        "langs": [("English", "Fluent"), ("Hindi", "Native"), ("Fiji Hindi", "Native")],
        "unq": {
            "summary": "Driver in Auckland; airport, CBD and cruise terminal area knowledge; moves company vehicles between depots and workshops.",
            "work": [
                ("Dispatcher and Fleet Driver", "Corporate Cabs Auckland", "2022-07", "", [
                    "Dispatch airport and corporate jobs to drivers; move fleet vehicles (no passengers) between depot, airport rank and workshops",
                    "Night and weekend shifts across the CBD, North Shore and South Auckland",
                ]),
                ("Courier Driver", "NZ Couriers", "2018-02", "2022-06", [
                    "Multi-drop parcel runs across South Auckland",
                ]),
            ],
            "certs": [
                ("NZ driver licence Class 1 (full) + Class 2", "NZ Transport Agency Waka Kotahi", "2022-06"),
            ],
        },
        "decisive": ("Full NZ driver licence (Class 1) with a P (passenger) endorsement", ["P (passenger) endorsement"], "endorsement"),
    },
    {
        "id": "aircraft_refueller-fresh12-1",
        "occ": "aircraft_refueller",
        "title": "Aviation Fuel Driver / Into-Plane Operator",
        "company": "Westcountry Aviation Fuels Ltd",
        "location": "Exeter Airport, Devon, UK",
        "posting": """
Aviation Fuel Driver / Into-Plane Operator
Westcountry Aviation Fuels Ltd - Exeter Airport
Permanent | 4 on 4 off, 12-hour shifts (days and nights) | £33,500 + shift allowance

We supply Jet A-1 and Avgas 100LL to airline, business aviation and flight school customers at Exeter, and deliver by road from our bulk depot to two smaller airfields in Devon and Cornwall.

The job
- Into-plane fuelling from refuellers and hydrant dispensers to JIG standards
- Road deliveries of Jet A-1 in our 20,000-litre rigid tankers
- Daily quality control checks, sampling and record keeping
- Airside driving in accordance with the Exeter ADP scheme

You must have
• Category C (LGV Class 2) driving licence and a current Driver CPC card
• ADR Dangerous Goods certificate including the tanks module (Class 3) - essential, as our vehicles run on public roads
• Ability to pass a 5-year background check and CTC-level airport security vetting

Training in JIG procedures and airside driving is provided. Company pension, 29 days' holiday, uniform and PPE.

Westcountry Aviation Fuels is an equal opportunities employer.
""",
        "name": "Darren Polglase",
        "label": "HGV Fuel Tanker Driver",
        "summary": "LGV driver carrying Class 3 fuels in rigid and articulated tankers; airside and into-plane experience at a regional airport.",
        "where": ("Exeter", "Devon"),
        "country": "GB",
        "work": [
            ("Fuel Tanker Driver", "Certas Energy", "2021-04", "", [
                "Deliver diesel, kerosene and gas oil by rigid tanker to farms, depots and commercial sites across Devon",
                "Loading at terminal gantries; product sampling and delivery documentation",
            ]),
            ("Ramp Agent / Refuelling Assistant", "Swissport, Bristol Airport", "2017-05", "2021-03", [
                "Assisted into-plane fuelling of A320 and 737 aircraft; water and particle checks; airside driving permit holder",
            ]),
        ],
        "skills": {"Driving": ["LGV Category C", "Tanker operation", "Airside driving"], "Fuels": ["Jet A-1 QC checks", "Sampling", "Class 3 dangerous goods"]},
        "certs": [
            ("ADR Vocational Training Certificate - Packages and Tanks, Class 3", "SQA (issued via DVLA)", "2021-02"),
            ("Driver Qualification Card (Driver CPC)", "DVSA", "2021-01"),
            ("UK Driving Licence Categories B, C1, C", "DVLA", "2020-11"),
        ],
        "edu": [("GCSEs", "", "St Luke's Science and Sports College", "2012")],
        "unq": {
            "certs": [
                ("ADR Vocational Training Certificate - Packages, Class 3", "SQA (issued via DVLA)", "2021-02"),
                ("Driver Qualification Card (Driver CPC)", "DVSA", "2021-01"),
                ("UK Driving Licence Categories B, C1, C", "DVLA", "2020-11"),
            ],
            "label": "HGV Fuel Driver",
            "summary": "LGV driver carrying packaged Class 3 fuels and lubricants; airside and into-plane experience at a regional airport.",
            "work": [
                ("Fuel and Lubricants Driver", "Certas Energy", "2021-04", "", [
                    "Deliver drummed and IBC-packed lubricants, AdBlue and packaged fuels by rigid lorry to farms, depots and commercial sites across Devon",
                    "Loading at depot; delivery documentation",
                ]),
                ("Ramp Agent / Refuelling Assistant", "Swissport, Bristol Airport", "2017-05", "2021-03", [
                    "Assisted into-plane fuelling of A320 and 737 aircraft; water and particle checks; airside driving permit holder",
                ]),
            ],
            "skills": {"Driving": ["LGV Category C", "Airside driving"], "Fuels": ["Jet A-1 QC checks", "Sampling", "Class 3 dangerous goods"]},
        },
        "decisive": ("ADR Dangerous Goods certificate including the tanks module (Class 3)", ["tanks"], "endorsement"),
    },
    {
        "id": "aircraft_refueller-fresh12-2",
        "occ": "aircraft_refueller",
        "title": "Into-Plane Fuelling Operator",
        "company": "Liffey Aviation Fuelling Services DAC",
        "location": "Dublin Airport, Co. Dublin, Ireland",
        "posting": """
Into-Plane Fuelling Operator - Dublin Airport

Liffey Aviation Fuelling Services fuels more than 150 departures a day for Irish and international carriers. We're recruiting operators for our 24/7 roster (4 days on, 4 off, rotating days/nights).

Responsibilities:
- Safe into-plane fuelling of narrow- and wide-body aircraft using hydrant dispensers and 40,000-litre refuelling trucks
- Quality control checks and documentation to JIG 1 / EI 1540
- Equipment daily checks and reporting defects
- Working to turnaround times with airline ground teams

Essential requirements:
- Full Irish/EU driving licence Category C (rigid heavy goods vehicle); our refuellers exceed 7,500 kg
- Driver CPC
- Ability to obtain a Dublin Airport ID card and Airside Driving Permit (5-year background check, Garda vetting)
- Willingness to work outdoors in all weather

We provide full JIG and aircraft-type training. Salary €36,400 rising to €41,000 after probation, shift premium, pension, VHI healthcare.

Liffey Aviation Fuelling is an equal opportunities employer.
""",
        "name": "Ciarán Duggan",
        "label": "Aviation Refueller",
        "summary": "Aviation refueller qualified to drive rigid heavy goods vehicles; into-plane fuelling of narrow- and wide-body aircraft with hydrant dispensers and bowsers.",
        "where": ("Swords", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("Refueller", "World Fuel Services, Shannon Airport", "2022-03", "", [
                "Into-plane fuelling of A320, A330 and 787 aircraft from hydrant dispensers and 35,000-litre refuellers",
                "Daily equipment checks, filter differential pressure logs and QC sampling to JIG standards",
            ]),
            ("Warehouse Operative / Driver", "Musgrave Wholesale", "2019-01", "2022-02", [
                "Drove rigid delivery trucks to retail stores; loading and unloading",
            ]),
        ],
        "skills": {"Fuelling": ["Hydrant dispensers", "Refueller trucks", "JIG 1", "EI 1540 QC"], "Driving": ["Rigid HGV", "Airside driving"]},
        "certs": [
            ("Irish driving licence: B, C1, C", "National Driver Licence Service", "2018-10"),
            ("Driver CPC Qualification Card", "Road Safety Authority", "2018-12"),
            ("Airside Driving Permit", "Shannon Airport Authority", "2022-04"),
        ],
        "edu": [("Leaving Certificate", "", "Coláiste Chiaráin, Croom", "2016")],
        "unq": {
            "summary": "Aviation refueller qualified to drive medium rigid goods vehicles; into-plane fuelling of narrow- and wide-body aircraft with hydrant dispensers.",
            "certs": [
                ("Irish driving licence: B, C1", "National Driver Licence Service", "2018-10"),
                ("Driver CPC Qualification Card", "Road Safety Authority", "2018-12"),
                ("Airside Driving Permit", "Shannon Airport Authority", "2022-04"),
            ],
            "work": [
                ("Refueller", "World Fuel Services, Shannon Airport", "2022-03", "", [
                    "Into-plane fuelling of A320, A330 and 787 aircraft from hydrant dispensers; bowser second-person duties",
                    "Daily equipment checks, filter differential pressure logs and QC sampling to JIG standards",
                ]),
                ("Warehouse Operative / Driver", "Musgrave Wholesale", "2019-01", "2022-02", [
                    "Drove 7.5-tonne delivery trucks to retail stores; loading and unloading",
                ]),
            ],
            "skills": {"Fuelling": ["Hydrant dispensers", "JIG 1", "EI 1540 QC"], "Driving": ["C1 trucks", "Airside driving"]},
        },
        "decisive": ("Full Irish/EU driving licence Category C (rigid heavy goods vehicle)", ["Category C"], "licence level"),
    },
    {
        "id": "vts_operator-fresh12-1",
        "occ": "vts_operator",
        "title": "VTS Operator (Traffic Controller)",
        "company": "Havenbedrijf Noordkust",
        "location": "Rotterdam, Netherlands",
        "posting": """
VTS Operator (Traffic Controller) - Traffic Centre Maasmond

Havenbedrijf Noordkust manages shipping traffic in one of Europe's busiest port approaches. From our Traffic Centre our VTS Operators provide information, navigational assistance and traffic organisation to around 30,000 sea-going vessel movements a year, 24/7.

What you do
Monitor radar, AIS and VHF; give traffic information and navigational assistance; coordinate with pilots, tugs, the harbour master and emergency services; log incidents.

What you bring
- A valid IALA VTS Operator certificate (V-103/1, or the newer C0103-1 model course) - we are looking for an already certified operator; local endorsement training is provided on the job
- Nautical background, e.g. officer of the watch or higher (STCW II/1) or comparable inland navigation experience
- GMDSS GOC or ROC
- Dutch at C1 level and English at C1 level (SMCP)
- Willing to work a 5-shift roster including nights and weekends

What we offer
A salary of €4,100 - €5,700 gross per month (scale 9), holiday allowance 8%, 13th month, ABP pension, 27 vacation days plus ADV days.

We value diversity and welcome applicants of every background. A Certificate of Conduct (VOG) is required.
""",
        "name": "Jeroen Van Damme",
        "label": "VTS Operator",
        "summary": "Certified VTS operator and former deck officer; traffic information and navigational assistance in a busy Scheldt estuary VTS centre.",
        "where": ("Vlissingen", "Zeeland"),
        "country": "NL",
        "work": [
            ("VTS Operator", "Gemeenschappelijke Nautische Autoriteit (Scheldt VTS)", "2021-10", "", [
                "Traffic information, navigational assistance and traffic organisation on radar, AIS and VHF for the Western Scheldt",
                "Coordinate with pilots, tugs, the harbour master and rescue services; incident logging",
            ]),
            ("Second Officer", "Wagenborg Shipping", "2016-03", "2021-08", [
                "Officer of the watch on general cargo and multipurpose vessels in North Sea and Baltic trades",
            ]),
        ],
        "skills": {"Maritime": ["Radar/ARPA", "AIS", "VHF (SMCP)", "Traffic organisation", "COLREGs"]},
        "certs": [
            ("IALA Model Course V-103/1 VTS Operator", "Maritiem Instituut Willem Barentsz (IALA-accredited)", "2021-09"),
            ("STCW II/1 Officer in Charge of a Navigational Watch", "ILT (Inspectie Leefomgeving en Transport)", "2016-02"),
            ("GMDSS General Operator's Certificate", "Agentschap Telecom", "2016-02"),
        ],
        "edu": [("Bachelor", "Maritime Officer", "Maritiem Instituut Willem Barentsz", "2016")],
        "langs": [("Dutch", "Native"), ("English", "Full professional (C1)")],
        "unq": {
            "summary": "Former deck officer now in port traffic planning; traffic information and coordination in a busy Scheldt estuary port office.",
            "label": "Marine Traffic Planner",
            "work": [
                ("Marine Traffic Planner", "Gemeenschappelijke Nautische Autoriteit (Scheldt)", "2021-10", "", [
                    "Plan tidal windows and berth sequences for deep-draught arrivals; share traffic information with the VTS centre",
                    "Coordinate with pilots, tugs, the harbour master and rescue services; incident logging",
                ]),
                ("Second Officer", "Wagenborg Shipping", "2016-03", "2021-08", [
                    "Officer of the watch on general cargo and multipurpose vessels in North Sea and Baltic trades",
                ]),
            ],
            "certs": [
                ("STCW II/1 Officer in Charge of a Navigational Watch", "ILT (Inspectie Leefomgeving en Transport)", "2016-02"),
                ("GMDSS General Operator's Certificate", "Agentschap Telecom", "2016-02"),
            ],
        },
        "decisive": ("A valid IALA VTS Operator certificate (V-103/1, or the newer C0103-1 model course)", ["IALA", "V-103/1", "C0103-1", "VTS Operator"], "certificate"),
    },
    {
        "id": "vts_operator-fresh12-2",
        "occ": "vts_operator",
        "title": "VTS Shift Supervisor",
        "company": "Pilbara Coast Ports Authority",
        "location": "Port Hedland, WA, Australia",
        "posting": """
VTS Shift Supervisor - Port Hedland
Pilbara Coast Ports Authority | Permanent full-time | 12-hour rotating roster (days/nights)
Salary: $165,000 - $180,000 + 11.5% super + district allowance + subsidised housing

Port Hedland is the world's largest bulk export port by tonnage. Our Vessel Traffic Service manages every movement through a long, narrow dredged channel with tight under-keel clearance margins.

About the role
As VTS Shift Supervisor you will lead a watch of VTS officers, make traffic organisation decisions for the shift, manage incidents and emergencies, and sign off on-the-job training records for new officers.

About you
* Qualified as an IALA VTS Supervisor (V-103/2 or C0103-2), in addition to VTS Operator qualification
* At least 3 years' experience as a VTS officer in a port or coastal VTS
* A deck certificate of competency at Chief Mate or Master level (STCW II/2), or an equivalent nautical/pilotage background
* Calm decision-maker under pressure; good coach

Desirable: IALA OJT Instructor (V-103/4 / C0103-4), tidal/UKC management systems experience (e.g. DUKC).

You must pass a pre-employment medical and drug & alcohol test. PCPA is an equal opportunity employer; Aboriginal and Torres Strait Islander people are encouraged to apply.
""",
        "name": "Fiona Strachan",
        "label": "Senior VTS Officer",
        "summary": "VTS officer since 2019 and former merchant navy officer; IALA-qualified operator and supervisor, leads watches and trains new officers.",
        "where": ("Karratha", "WA"),
        "country": "AU",
        "work": [
            ("Senior VTS Officer (Watch Leader)", "Pilbara Ports Authority, Dampier VTS", "2022-06", "", [
                "Lead the VTS watch, decide traffic sequencing for tidal windows and manage incident response",
                "Sign off on-the-job training for new VTS officers; dynamic under-keel clearance (DUKC) checks",
            ]),
            ("VTS Officer", "Port of Townsville", "2019-02", "2022-05", [
                "Traffic information and navigational assistance on radar, AIS and VHF",
            ]),
            ("Second Mate, later Chief Mate", "Teekay Shipping Australia", "2012-01", "2018-12", [
                "Watchkeeping officer, then chief mate from 2014, on product tankers on the Australian coast",
            ]),
        ],
        "skills": {"VTS": ["Traffic organisation", "Incident management", "DUKC", "OJT assessment"], "Nautical": ["Radar/ARPA", "AIS", "COLREGs"]},
        "certs": [
            ("VTS Supervisor (IALA V-103/2)", "AMSA-accredited VTS training provider (Australian Maritime College)", "2022-03"),
            ("VTS Operator (IALA V-103/1)", "Australian Maritime College", "2019-01"),
            ("Certificate of Competency - Chief Mate (STCW II/2)", "Australian Maritime Safety Authority", "2014-07"),
        ],
        "edu": [("Advanced Diploma", "Nautical Science", "Australian Maritime College", "2011")],
        "unq": {
            "summary": "VTS officer since 2019 and former merchant navy officer; IALA-qualified operator, acts as watch leader and helps train new officers.",
            "certs": [
                ("VTS Operator (IALA V-103/1)", "Australian Maritime College", "2019-01"),
                ("Certificate of Competency - Chief Mate (STCW II/2)", "Australian Maritime Safety Authority", "2014-07"),
            ],
        },
        "decisive": ("Qualified as an IALA VTS Supervisor (V-103/2 or C0103-2)", ["VTS Supervisor", "V-103/2", "C0103-2"], "credential level"),
    },
]
