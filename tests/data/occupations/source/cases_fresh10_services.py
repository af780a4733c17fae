"""Fresh10 set, services: dive instructor, marriage celebrant, nanny, chimney sweep."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "dive_instructor-fresh10-1",
        "occ": "dive_instructor",
        "title": "PADI Scuba Instructor - Liveaboard (Ribbon Reefs & Coral Sea)",
        "company": "Mike Ball Dive Expeditions",
        "location": "Cairns, QLD, Australia",
        "posting": """
We are looking for a full-time Scuba Instructor to join the crew of our liveaboard running 3, 4 and 7 night trips to the Ribbon Reefs, Cod Hole and Osprey Reef. You will live aboard on a rotating roster (typically 2 weeks on, 1 week off).

The role
- Teach PADI courses on board, from Open Water through Rescue, plus Enriched Air and Deep specialties
- Guide day and night dives, give briefings and keep the dive log accurate for our Queensland WHS (recreational diving) records
- Fill cylinders, look after the rental gear and lend a hand to the hospitality crew when it is busy

What you'll need
- PADI Open Water Scuba Instructor (OWSI) or higher, in current teaching status
- Current HLTAID011 Provide First Aid and HLTAID009 CPR, plus an oxygen provider qualification
- Dive medical within the last 12 months
- Full Australian work rights (citizen, permanent resident or a visa that allows full-time work)
- Nice to have: Enriched Air Instructor, coxswain ticket, Japanese or Mandarin

We pay award rates plus course commissions, with all meals and a bunk on board while at sea.
""",
        "name": "Jasmine Whitford",
        "label": "PADI Scuba Instructor",
        "summary": "Scuba instructor on the northern Great Barrier Reef with 1,100 logged dives; teaches entry-level and continuing-education courses and runs boat-based dive operations. Australian citizen.",
        "where": ("Cairns", "QLD"),
        "country": "AU",
        "work": [
            ("Scuba Instructor", "Pro Dive Cairns", "2022-05", "", [
                "Teach PADI Open Water, Advanced, Rescue and Enriched Air courses on 3-day reef trips, about 20 certifications a month",
                "Lead guided and night dives at Norman, Saxon and Hastings reefs for groups of up to 8",
                "Run pre-dive briefings, keep the dive log and headcount records for WHS audits",
            ]),
            ("Divemaster and Dive Guide", "Tusa Dive", "2020-09", "2022-04", [
                "Guided certified divers on day boats to the outer reef",
                "Assisted instructors with student divers in confined and open water",
                "Filled cylinders and maintained the rental fleet",
            ]),
            ("Barista", "Caffiend", "2018-03", "2020-08", [
                "Ran the morning coffee bar in a busy city cafe",
            ]),
        ],
        "skills": {"Diving": ["Course delivery", "Dive supervision", "Night diving", "Enriched Air", "Cylinder filling", "Equipment servicing"], "Safety": ["First aid", "Emergency oxygen", "Dive log and WHS records"]},
        "certs": [
            ("PADI Open Water Scuba Instructor (OWSI), current teaching status", "PADI", "2022-03"),
            ("PADI Enriched Air Instructor", "PADI", "2022-06"),
            ("HLTAID011 Provide First Aid", "Australian Red Cross", "2025-08"),
            ("HLTAID009 Provide cardiopulmonary resuscitation", "Australian Red Cross", "2026-05"),
            ("HLTAID015 Provide advanced resuscitation and oxygen therapy", "Australian Red Cross", "2026-05"),
            ("Dive medical (fitness to dive)", "Cairns Dive Medical", "2026-02"),
        ],
        "edu": [("Certificate III", "Tourism", "TAFE Queensland", "2017")],
        "unq": {
            "label": "PADI Divemaster",
            "summary": "Divemaster on the northern Great Barrier Reef with 1,100 logged dives; guides certified divers, assists with student divers and runs boat-based dive operations. Australian citizen.",
            "work": [
                ("Divemaster and Dive Guide", "Pro Dive Cairns", "2022-05", "", [
                    "Assist the course instructors with Open Water, Advanced and Rescue students on 3-day reef trips",
                    "Lead guided and night dives at Norman, Saxon and Hastings reefs for groups of up to 8",
                    "Run pre-dive briefings, keep the dive log and headcount records for WHS audits",
                ]),
                ("Divemaster and Dive Guide", "Tusa Dive", "2020-09", "2022-04", [
                    "Guided certified divers on day boats to the outer reef",
                    "Assisted instructors with student divers in confined and open water",
                    "Filled cylinders and maintained the rental fleet",
                ]),
                ("Barista", "Caffiend", "2018-03", "2020-08", [
                    "Ran the morning coffee bar in a busy city cafe",
                ]),
            ],
            "skills": {"Diving": ["Dive guiding", "Dive supervision", "Night diving", "Enriched Air", "Cylinder filling", "Equipment servicing"], "Safety": ["First aid", "Emergency oxygen", "Dive log and WHS records"]},
            "certs": [
                ("PADI Divemaster", "PADI", "2020-07"),
                ("PADI Enriched Air Diver", "PADI", "2020-02"),
                ("HLTAID011 Provide First Aid", "Australian Red Cross", "2025-08"),
                ("HLTAID009 Provide cardiopulmonary resuscitation", "Australian Red Cross", "2026-05"),
                ("HLTAID015 Provide advanced resuscitation and oxygen therapy", "Australian Red Cross", "2026-05"),
                ("Dive medical (fitness to dive)", "Cairns Dive Medical", "2026-02"),
            ],
        },
        "decisive": ("PADI Open Water Scuba Instructor (OWSI) rating", ["OWSI", "Open Water Scuba Instructor", "scuba instructor"], "credential level"),
    },
    {
        "id": "dive_instructor-fresh10-2",
        "occ": "dive_instructor",
        "title": "Tauchlehrer / Dive Instructor (m/w/d) - Marsa Alam",
        "company": "Extra Divers Worldwide",
        "location": "Marsa Alam, Egypt",
        "posting": """
DIVE INSTRUCTOR - MARSA ALAM, EGYPT - SEASON CONTRACT (12 MONTHS)

Our dive centre at a 5-star resort on the southern Red Sea runs house-reef dives, zodiac trips and daily boats to Elphinstone and Abu Dabab. Most of our guests come from Germany, Austria and Switzerland, so please read the first point carefully.

MUST HAVE
* Fluent German (spoken and written) AND good English - all briefings are given in German first
* PADI OWSI or higher, or SSI Open Water Instructor (crossover to PADI possible)
* min. 300 logged dives, Red Sea experience welcome
* EFR Instructor or another first aid instructor rating

NICE TO HAVE
* Nitrox instructor, boat handling, Italian or French

WE OFFER
Single room in the staff house, meals in the staff restaurant, work permit and visa arranged by us, flight home at the end of the contract, fixed salary + commission on courses.
""",
        "name": "Callum Reid",
        "label": "PADI Master Scuba Diver Trainer",
        "summary": "Dive instructor with six seasons in the Red Sea and Mediterranean, 1,400 logged dives, teaching from Discover Scuba to Divemaster. Runs briefings and courses in English and German.",
        "where": ("Hurghada", "Red Sea"),
        "country": "EG",
        "work": [
            ("Dive Instructor", "Emperor Divers Hurghada", "2023-10", "", [
                "Teach Open Water, Advanced, Rescue and specialty courses to resort guests, about 90 certifications a year",
                "Guide daily boat dives to Giftun, Abu Ramada and Carless Reef",
                "Give site briefings to mixed groups of up to 24 divers",
            ]),
            ("Scuba Instructor", "Maltaqua", "2021-04", "2023-09", [
                "Taught PADI courses from shore sites and wreck dives around Malta and Gozo",
                "Organised Nitrox and deep specialty weekends",
            ]),
            ("Divemaster", "Aquatrek Tenerife", "2019-05", "2021-03", [
                "Guided certified divers and assisted instructors with students",
            ]),
        ],
        "skills": {"Diving": ["Course delivery", "Boat diving", "Drift diving", "Wreck diving", "Nitrox", "Site briefings"], "Safety": ["Emergency oxygen", "Rescue management"]},
        "certs": [
            ("PADI Master Scuba Diver Trainer (MSDT)", "PADI", "2022-02"),
            ("PADI Open Water Scuba Instructor (OWSI)", "PADI", "2021-03"),
            ("PADI Enriched Air Instructor", "PADI", "2021-06"),
            ("Emergency First Response (EFR) Instructor", "Emergency First Response", "2021-03"),
            ("Goethe-Zertifikat C1", "Goethe-Institut", "2018-06"),
        ],
        "edu": [("BA", "Sport and Leisure Management", "Edinburgh Napier University", "2018")],
        "langs": [("English", "Native"), ("German", "Fluent (C1)")],
        "unq": {
            "summary": "Dive instructor with six seasons in the Red Sea and Mediterranean, 1,400 logged dives, teaching from Discover Scuba to Divemaster. Runs briefings and courses in English.",
            "certs": [
                ("PADI Master Scuba Diver Trainer (MSDT)", "PADI", "2022-02"),
                ("PADI Open Water Scuba Instructor (OWSI)", "PADI", "2021-03"),
                ("PADI Enriched Air Instructor", "PADI", "2021-06"),
                ("Emergency First Response (EFR) Instructor", "Emergency First Response", "2021-03"),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent German", ["German", "Deutsch"], "language"),
    },
    {
        "id": "marriage_celebrant-fresh10-1",
        "occ": "marriage_celebrant",
        "title": "Marriage Celebrant (contractor) - Sydney, Blue Mountains & Hunter Valley",
        "company": "The Celebrant Collective",
        "location": "Sydney, NSW, Australia",
        "posting": """
We are a small collective of celebrants covering Sydney, the Blue Mountains and the Hunter Valley, and our bookings for the 2027 season have outgrown us. We are looking for a celebrant to take on four to eight weddings a month as a contractor, from intimate registry-style ceremonies to 200-guest vineyard weddings.

Because we pass you couples who want a legal ceremony, you must be a Commonwealth-registered marriage celebrant, authorised under the Marriage Act 1961. Lodging the NOIM, checking identity and eligibility documents, and getting the certificate to NSW Births, Deaths and Marriages within 14 days are all on you. You should hold a current ABN and public liability insurance, keep your annual OPD up to date, and have your own car and a driver licence, since many of our venues are regional.

Experience with elopements, bilingual ceremonies or First Nations acknowledgements is welcome but not required. We handle marketing, enquiries and invoicing; you keep 80% of the ceremony fee.
""",
        "name": "Renata Kowalczyk",
        "label": "Marriage Celebrant",
        "summary": "Celebrant with five years of wedding ceremonies across Sydney and the Hunter, about 220 marriages solemnised. ABN holder with $20M public liability cover; own car.",
        "where": ("Newcastle", "NSW"),
        "country": "AU",
        "work": [
            ("Marriage Celebrant (self-employed)", "Renata K Ceremonies", "2021-09", "", [
                "Write and conduct personalised wedding ceremonies, 40 to 50 a year, from beach elopements to large vineyard weddings",
                "Lodge Notices of Intended Marriage, check birth certificates, passports and divorce orders, and complete the marriage paperwork",
                "Register each marriage with NSW Births, Deaths and Marriages online within the 14-day deadline",
            ]),
            ("Events Coordinator", "Crowne Plaza Hunter Valley", "2016-02", "2021-08", [
                "Coordinated weddings and conferences of up to 300 guests",
                "Briefed suppliers, celebrants and venue staff on run sheets",
            ]),
        ],
        "skills": {"Ceremonies": ["Ceremony writing", "Public speaking", "NOIM lodgement", "Marriage documentation", "BDM online registration"], "Business": ["ABN", "Public liability insurance", "Client consultations"]},
        "certs": [
            ("Commonwealth-registered marriage celebrant, Marriage Celebrants Program", "Attorney-General's Department", "2021-08"),
            ("Certificate IV in Celebrancy", "Celebrancy Training Centre", "2021-03"),
            ("Ongoing Professional Development (OPD) 2026", "Attorney-General's Department approved provider", "2026-05"),
            ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
        ],
        "edu": [("Diploma", "Event Management", "TAFE NSW", "2015")],
        "unq": {
            "label": "Civil Celebrant (funerals, namings and vow renewals)",
            "summary": "Celebrant with five years of ceremonies across Sydney and the Hunter: funerals, memorials, baby namings and renewals of vows, about 220 ceremonies. ABN holder with $20M public liability cover; own car.",
            "work": [
                ("Civil Celebrant (self-employed)", "Renata K Ceremonies", "2021-09", "", [
                    "Write and conduct personalised funerals, memorials, namings and renewals of vows, 40 to 50 a year",
                    "Work with funeral directors and families on eulogies, music and order of service",
                    "Run commitment ceremonies for couples who have already married at a registry",
                ]),
                ("Events Coordinator", "Crowne Plaza Hunter Valley", "2016-02", "2021-08", [
                    "Coordinated weddings and conferences of up to 300 guests",
                    "Briefed suppliers, celebrants and venue staff on run sheets",
                ]),
            ],
            "skills": {"Ceremonies": ["Ceremony writing", "Public speaking", "Eulogy writing", "Funeral liaison"], "Business": ["ABN", "Public liability insurance", "Client consultations"]},
            "certs": [
                ("Certificate IV in Celebrancy", "Celebrancy Training Centre", "2021-03"),
                ("Professional development workshop: funerals and memorials", "Celebrancy Training Centre", "2026-05"),
                ("NSW Driver Licence (Class C)", "Transport for NSW", ""),
            ],
        },
        "decisive": ("Commonwealth-registered marriage celebrant", ["Commonwealth", "registered marriage celebrant", "registered celebrant", "authorised"], "licence level"),
    },
    {
        "id": "marriage_celebrant-fresh10-2",
        "occ": "marriage_celebrant",
        "title": "Celebrant - elopements & small weddings (contract)",
        "company": "Southern Alps Elopements",
        "location": "Queenstown, New Zealand",
        "posting": """
Celebrant - contract - Queenstown / Wanaka

We plan 150+ elopements a year on mountain tops, lakeshores and heli-landing sites, and need another celebrant for the Oct-Apr peak.

Requirements:
- Approved marriage celebrant, listed with Births, Deaths and Marriages (Te Tari Taiwhenua | Internal Affairs) and renewed for 2027
- 3+ yrs officiating weddings in NZ, min. 60 ceremonies (pls send links to reviews)
- Happy speaking outdoors in wind, cold, and with a helicopter idling 30 m away
- Full NZ driver licence - you'll be driving to Glenorchy, Cardrona and the Crown Range
- Civil union celebrant approval = bonus

Mostly weekends + some weekdays. Paid per ceremony, travel time covered.
""",
        "name": "Aroha Tipene",
        "label": "Marriage & Civil Union Celebrant",
        "summary": "Independent celebrant in Central Otago with about 230 weddings and elopements officiated since 2022, most of them outdoors. Former hotel wedding coordinator.",
        "where": ("Queenstown", "Otago"),
        "country": "NZ",
        "work": [
            ("Independent Marriage Celebrant", "Aroha Tipene Ceremonies", "2021-12", "", [
                "Officiate 45 to 55 weddings and elopements a year, from Bob's Peak to the Remarkables and Lake Hayes",
                "Check marriage licences, conduct the legal vows and send the signed particulars to BDM",
                "Write bilingual te reo Maori and English ceremonies on request",
            ]),
            ("Wedding & Events Coordinator", "Eichardt's Private Hotel", "2017-03", "2021-11", [
                "Planned 60+ weddings a year, including ceremony logistics and weather back-ups",
                "Liaised with celebrants, photographers and heli operators",
            ]),
        ],
        "skills": {"Ceremonies": ["Ceremony writing", "Outdoor ceremonies", "Marriage licence checks", "Te reo Maori"], "Other": ["Client consultations", "Event logistics"]},
        "certs": [
            ("Marriage Celebrant (independent), approved by the Registrar-General of Births, Deaths and Marriages, renewed for 2027", "Te Tari Taiwhenua | Department of Internal Affairs", "2021-11"),
            ("Civil Union Celebrant, approved", "Te Tari Taiwhenua | Department of Internal Affairs", "2021-11"),
            ("Full NZ driver licence (Class 1)", "NZ Transport Agency Waka Kotahi", ""),
        ],
        "edu": [("Bachelor of Arts", "Maori Studies and Communication", "University of Otago", "2016")],
        "unq": {
            "summary": "Independent celebrant in Central Otago with about 75 weddings and elopements officiated since late 2024, most of them outdoors. Former hotel wedding coordinator.",
            "work": [
                ("Independent Marriage Celebrant", "Aroha Tipene Ceremonies", "2024-11", "", [
                    "Officiate 35 to 40 weddings and elopements a year, from Bob's Peak to the Remarkables and Lake Hayes",
                    "Check marriage licences, conduct the legal vows and send the signed particulars to BDM",
                    "Write bilingual te reo Maori and English ceremonies on request",
                ]),
                ("Wedding & Events Coordinator", "Eichardt's Private Hotel", "2017-03", "2024-10", [
                    "Planned 60+ weddings a year, including ceremony logistics and weather back-ups",
                    "Liaised with celebrants, photographers and heli operators",
                ]),
            ],
            "certs": [
                ("Marriage Celebrant (independent), approved by the Registrar-General of Births, Deaths and Marriages, renewed for 2027", "Te Tari Taiwhenua | Department of Internal Affairs", "2024-10"),
                ("Civil Union Celebrant, approved", "Te Tari Taiwhenua | Department of Internal Affairs", "2024-10"),
                ("Full NZ driver licence (Class 1)", "NZ Transport Agency Waka Kotahi", ""),
            ],
        },
        "decisive": ("3+ years officiating weddings in New Zealand", ["years", "yrs"], "years"),
    },
    {
        "id": "nanny-fresh10-1",
        "occ": "nanny",
        "title": "Full-time Nanny - Hampstead NW3 (two children, 1 and 4)",
        "company": "Tinies",
        "location": "London, UK",
        "posting": """
Tinies is recruiting on behalf of a warm, busy family in Hampstead who are looking for an experienced, qualified nanny to start in January. Both parents work long hospital and City hours, so reliability really matters.

Hours: Monday to Friday, 7.30am to 6.30pm, plus one evening babysit a week
Salary: GBP 17-19 gross per hour, pension, 28 days' holiday

Essential
- Level 3 childcare qualification (CACHE/NCFE Level 3 Diploma, NNEB, BTEC National in Children's Care or equivalent)
- Minimum 3 years' nannying or nursery experience with under-5s, with references we can check
- Paediatric first aid (12-hour course) within the last 3 years
- Enhanced DBS on the Update Service
- Full UK driving licence (a family car is provided for nursery and swimming runs)
- Willing to register with Ofsted on the voluntary Childcare Register

Desirable
- Experience with newborns or twins; confident swimmer; Montessori or Forest School ideas

Tinies is an equal opportunities employer and welcomes applications from all sections of the community.
""",
        "name": "Chloe Marsden",
        "label": "Nanny",
        "summary": "Nanny and former nursery room leader with eight years caring for babies and pre-schoolers; calm, organised and happy to drive. Ofsted-registered.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Nanny (sole charge)", "Private family, Islington", "2022-02", "", [
                "Sole charge of twins from 6 months to 4 years: routines, weaning, potty training and early phonics",
                "Nursery drop-offs and swimming lessons in the family car",
                "Keep a daily diary for the parents and plan weekly outings and messy play",
            ]),
            ("Nursery Practitioner, Room Leader (Babies)", "Bright Horizons Highgate Day Nursery", "2018-08", "2022-01", [
                "Led a baby room of 9 children under 2 with three practitioners",
                "Key person for 4 children; wrote EYFS observations and termly progress reports",
            ]),
        ],
        "skills": {"Childcare": ["EYFS", "Weaning and sleep routines", "Potty training", "Early phonics", "Messy play", "Safeguarding"], "Other": ["Driving", "Swimming"]},
        "certs": [
            ("CACHE Level 3 Diploma for the Early Years Workforce (Early Years Educator)", "CACHE (NCFE)", "2018-06"),
            ("Paediatric First Aid (12-hour)", "St John Ambulance", "2025-04"),
            ("Enhanced DBS with barred list check, on the Update Service", "Disclosure and Barring Service", "2024-11"),
            ("Ofsted Childcare Register (voluntary part), registered home childcarer", "Ofsted", "2022-03"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("GCSEs", "", "Acland Burghley School", "2016")],
        "unq": {
            "certs": [
                ("CACHE Level 2 Certificate for the Children and Young People's Workforce", "CACHE (NCFE)", "2018-06"),
                ("Paediatric First Aid (12-hour)", "St John Ambulance", "2025-04"),
                ("Enhanced DBS with barred list check, on the Update Service", "Disclosure and Barring Service", "2024-11"),
                ("Ofsted Childcare Register (voluntary part), registered home childcarer", "Ofsted", "2022-03"),
                ("Full UK driving licence (Category B)", "DVLA", ""),
            ],
        },
        "swaps": [("Nursery Practitioner, Room Leader (Babies)", "Nursery Assistant (Babies)"), ("Led a baby room of 9 children under 2 with three practitioners", "Worked in a baby room of 9 children under 2 with three colleagues"), ("Nanny and former nursery room leader", "Nanny and former nursery assistant")],
        "decisive": ("Level 3 childcare qualification", ["Level 3", "NNEB", "Early Years Educator", "BTEC National"], "credential level"),
    },
    {
        "id": "nanny-fresh10-2",
        "occ": "nanny",
        "title": "Bilingual Nanny (Putonghua / English) - Mid-Levels, live-out",
        "company": "Private household, Mid-Levels",
        "location": "Hong Kong",
        "posting": """
Family in Mid-Levels looking for a live-out nanny for our daughter (3) and baby son (7 mths). We speak English at home and want the kids to grow up with Mandarin too, so the nanny will speak ONLY Putonghua with them.

What we need:
- native or fluent Mandarin (Putonghua); reading simplified & traditional characters a plus
- good conversational English to talk to us
- 2+ yrs as a nanny or in a kindergarten / playgroup w/ babies and toddlers
- first aid cert incl. infant CPR (St John Ambulance or Red Cross HK)
- HKID / right to work in HK - we cannot sponsor a visa
- Cantonese nice to have (our helper speaks Cantonese)

Mon-Fri 8am-7pm, HK$22,000-26,000/month, 14 days' annual leave + statutory holidays. Please send a short CV and 2 references via WhatsApp.
""",
        "name": "Joanne Leung",
        "label": "Nanny",
        "summary": "Hong Kong permanent resident (HKID) with six years caring for babies and young children in homes and a playgroup. Speaks Cantonese, English and Putonghua.",
        "where": ("Hong Kong", "Hong Kong Island"),
        "country": "HK",
        "work": [
            ("Nanny", "Private family, The Peak", "2023-03", "", [
                "Full-time care of a toddler and a newborn: feeding, naps, baths, outings and play",
                "Run Putonghua songs, picture books and story time every day",
                "Keep a daily log for the parents and work alongside the family's helper",
            ]),
            ("Playgroup Teaching Assistant", "Tutor Time Hong Kong", "2020-09", "2023-02", [
                "Supported parent-and-baby and toddler playgroups for children aged 6 months to 3 years",
                "Prepared sensory, music and art activities and helped with settling-in",
            ]),
        ],
        "skills": {"Childcare": ["Infant care", "Sleep routines", "Early literacy", "Music and movement", "Sensory play"]},
        "certs": [
            ("Standard First Aid Certificate (incl. infant and child CPR)", "St John Ambulance Hong Kong", "2025-06"),
            ("Putonghua Proficiency Test (PSC), Grade 2A", "State Language Commission PSC Centre", "2019-12"),
        ],
        "edu": [("Higher Diploma", "Early Childhood Education", "HKU SPACE Community College", "2020")],
        "langs": [("Cantonese", "Native"), ("English", "Fluent"), ("Mandarin (Putonghua)", "Fluent")],
        "unq": {
            "summary": "Hong Kong permanent resident (HKID) with six years caring for babies and young children in homes and a playgroup. Speaks Cantonese and English.",
            "certs": [
                ("Standard First Aid Certificate (incl. infant and child CPR)", "St John Ambulance Hong Kong", "2025-06"),
            ],
            "langs": [("Cantonese", "Native"), ("English", "Fluent")],
        },
        "swaps": [("Run Putonghua songs, picture books and story time every day", "Run songs, picture books and story time every day")],
        "decisive": ("native or fluent Mandarin (Putonghua)", ["Mandarin", "Putonghua", "Chinese"], "language"),
    },
    {
        "id": "chimney_sweep-fresh10-1",
        "occ": "chimney_sweep",
        "title": "Experienced Chimney Sweep - full time, van provided",
        "company": "Weald & Downs Chimney Sweeps",
        "location": "Lewes, East Sussex, UK",
        "posting": """
EXPERIENCED CHIMNEY SWEEP - FULL TIME - VAN PROVIDED

We are a family-run sweeping and stove business covering East Sussex and the Weald, with two vans on the road and a waiting list every autumn. We need another experienced sweep so we can stop turning customers away.

THE JOB
Sweeping open fires, wood burners, multi-fuel stoves, range cookers and oil boilers; smoke testing; CCTV surveys; bird nest removal and cowl/guard fitting; issuing sweeping certificates and giving honest advice to customers.

WHAT WE NEED FROM YOU
- At least 3 years' experience sweeping chimneys on your own, with power sweeping and traditional rods
- Trained and assessed through NACS, the Guild of Master Chimney Sweeps, APICS or Sweep Smart
- Full UK driving licence (vans are manual)
- Comfortable working at height on ladders and roof ladders
- Tidy, polite and respectful of customers' homes

NICE TO HAVE: CCTV survey experience, HETAS installer qualification, smoke/pressure testing

GBP 30-36k depending on experience, company van and fuel card, 28 days' holiday incl. bank holidays, paid overtime Oct-Jan.
""",
        "name": "Gareth Pryce",
        "label": "Chimney Sweep",
        "summary": "Chimney sweep with six years' experience on open fires, stoves, range cookers and oil flues across Sussex and Kent; trained and assessed member of NACS.",
        "where": ("Uckfield", "East Sussex"),
        "country": "GB",
        "work": [
            ("Chimney Sweep (self-employed)", "Pryce Sweeps", "2022-02", "", [
                "Sweep 900+ flues a year with rods and rotary power sweeping, issuing a certificate for every job",
                "Smoke test, camera-survey and report on defects; fit bird guards and cowls",
                "Advise customers on fuels, moisture content and stove use",
            ]),
            ("Chimney Sweep", "Weald Flue Services", "2020-04", "2022-01", [
                "Ran my own daily sweeping round in the company van",
                "Removed nests and blockages; swept oil boilers and range cookers",
            ]),
            ("Roofing Labourer", "Sussex Roofing Contractors", "2017-06", "2020-03", [
                "Scaffold and ladder work on pitched and flat roofs",
            ]),
        ],
        "skills": {"Sweeping": ["Rod sweeping", "Power sweeping", "Smoke testing", "CCTV surveys", "Nest removal", "Cowl and guard fitting"], "Safety": ["Working at height", "Dust control and PPE"]},
        "certs": [
            ("NACS Chimney Sweep, trained and assessed member", "National Association of Chimney Sweeps (NACS)", "2020-03"),
            ("Working at Height training", "CITB", "2023-09"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("GCSEs", "", "Uckfield College", "2016")],
        "unq": {
            "summary": "Chimney sweep on open fires, stoves, range cookers and oil flues across Sussex and Kent since 2025, after eight years in roofing; trained and assessed member of NACS.",
            "work": [
                ("Chimney Sweep (self-employed)", "Pryce Sweeps", "2025-03", "", [
                    "Sweep 700+ flues a year with rods and rotary power sweeping, issuing a certificate for every job",
                    "Smoke test, camera-survey and report on defects; fit bird guards and cowls",
                    "Advise customers on fuels, moisture content and stove use",
                ]),
                ("Roofing Labourer", "Sussex Roofing Contractors", "2017-06", "2025-01", [
                    "Scaffold and ladder work on pitched and flat roofs",
                    "Repointed chimney stacks and replaced flashings",
                ]),
            ],
            "certs": [
                ("NACS Chimney Sweep, trained and assessed member", "National Association of Chimney Sweeps (NACS)", "2025-02"),
                ("Working at Height training", "CITB", "2023-09"),
                ("Full UK driving licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("at least 3 years' experience sweeping chimneys", ["years", "yrs"], "years"),
    },
    {
        "id": "chimney_sweep-fresh10-2",
        "occ": "chimney_sweep",
        "title": "Chimney Sweep & Stove Servicing - Harrogate area",
        "company": "Dales Stove & Chimney Centre",
        "location": "Harrogate, North Yorkshire, UK",
        "posting": """
chimney sweep wanted - Harrogate / Ripon / Wetherby

we're a stove showroom + install team looking for a sweep to take over our sweeping and servicing round (approx 1,400 customers on annual reminders).

you'll need:
- min 2 yrs sweeping domestic chimneys
- HETAS Approved Chimney Sweep, or trained and assessed by NACS, the Guild, APICS or Sweep Smart - and keep it current (we pay your renewal)
- full UK driving licence
- happy to service stoves (door rope, glass, baffles, firebricks) - training given
- no need for your own kit: we supply rods, power sweeping gear, vacuum and camera

GBP 14.50-17/hr + commission on stove sales, van, phone and uniform. Mon-Fri, some Saturdays Sep-Dec.
""",
        "name": "Danielle Booth",
        "label": "Chimney Sweep",
        "summary": "Chimney sweep covering Leeds and North Yorkshire for five years; sweeps open fires, stoves and range cookers and services wood burners. HETAS Approved Chimney Sweep through the Guild.",
        "where": ("Knaresborough", "North Yorkshire"),
        "country": "GB",
        "work": [
            ("Chimney Sweep", "Aire Valley Sweeps", "2021-09", "", [
                "Sweep 8 to 10 flues a day with rods and power sweeping; issue sweeping certificates",
                "Smoke test and camera-inspect flues; report defects to customers in writing",
                "Service stoves: door and glass seals, baffles, grates and firebricks",
            ]),
            ("Stove Fitter's Mate", "Yorkshire Fireplaces", "2019-05", "2021-08", [
                "Helped install wood burners, flexible liners and register plates",
                "Carried and fitted hearths and flue components",
            ]),
        ],
        "skills": {"Sweeping": ["Rod sweeping", "Power sweeping", "Smoke testing", "Camera inspection", "Stove servicing"], "Other": ["Customer advice", "Van stock control"]},
        "certs": [
            ("HETAS Approved Chimney Sweep, trained and assessed member of the Guild of Master Chimney Sweeps", "Guild of Master Chimney Sweeps", "2021-08"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("BTEC Level 2", "Construction", "Harrogate College", "2018")],
        "unq": {
            "summary": "Chimney sweep covering Leeds and North Yorkshire for five years; sweeps open fires, stoves and range cookers and services wood burners.",
            "certs": [
                ("Chimney sweeping course (3 days, in-house, non-accredited)", "Yorkshire Fireplaces", "2021-08"),
                ("Full UK driving licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("HETAS Approved Chimney Sweep (NACS, Guild, APICS or Sweep Smart)", ["HETAS", "NACS", "Guild", "APICS", "Sweep Smart"], "certificate"),
    },
]
# fmt: on
