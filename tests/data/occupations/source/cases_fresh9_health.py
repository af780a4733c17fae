"""Fresh9 half, healthcare: general practitioner, dentist, osteopath, anaesthetic technician, exercise physiologist, neurodiagnostic technologist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "general_practitioner-fresh9-1",
        "occ": "general_practitioner",
        "title": "VR GP - Full Time or Part Time (Mixed Billing)",
        "company": "Northside Family Medical",
        "location": "Chermside, QLD, Australia",
        "posting": """
Northside Family Medical is an AGPAL-accredited, mixed-billing practice of nine GPs, two practice nurses, an onsite pathology collection centre and a visiting psychologist. Our patient base is busy and loyal, with a good mix of families, older patients with chronic disease and a growing number of young adults. We are looking for a vocationally registered GP to join us, full time or part time.

What you'll need
- Specialist registration with Ahpra as a General Practitioner (FRACGP or FACRRM), with no conditions on your registration
- A Medicare provider number for this location (our practice manager will arrange it with you)
- Confidence with Best Practice clinical software
- Current advanced life support (ALS) certification
- Interest in chronic disease management and care planning

What we offer
- 70% of billings with a minimum hourly guarantee for the first three months
- Fully computerised, modern rooms with a nurse-run treatment room
- Flexible sessions and no after-hours roster
""",
        "name": "Thomas Whitford",
        "label": "Specialist General Practitioner",
        "summary": "FRACGP family doctor with a broad general practice load: chronic disease care plans, women's health, skin checks and minor procedures.",
        "where": ("Brisbane", "QLD"),
        "country": "AU",
        "work": [
            ("General Practitioner", "Redcliffe Bay Medical Centre", "2023-03", "", [
                "See 30-35 patients a day across chronic disease, mental health and paediatrics",
                "Write GP management plans and team care arrangements with the practice nurses",
                "Perform skin checks, excisions and IUD insertions",
                "Document consultations and recalls in Best Practice",
            ]),
            ("GP Registrar (AGPT)", "Caboolture Family Practice", "2020-02", "2023-02", [
                "Completed GPT1-GPT3 terms under supervision in a mixed-billing practice",
                "Ran a weekly diabetes review clinic with the practice nurse",
            ]),
            ("Resident Medical Officer", "Royal Brisbane and Women's Hospital", "2018-01", "2020-01", [
                "Rotations through emergency, general medicine, paediatrics and obstetrics",
            ]),
        ],
        "skills": {"Clinical": ["Chronic disease management", "Mental health treatment plans", "Skin cancer medicine", "Minor procedures"], "Systems": ["Best Practice", "Medicare billing"]},
        "certs": [
            ("Fellowship of the Royal Australian College of General Practitioners (FRACGP)", "RACGP", "2023-02"),
            ("Specialist registration - General Practice", "Medical Board of Australia / Ahpra", "2023-03"),
            ("Advanced Life Support (ALS2)", "Australian Resuscitation Council accredited provider", "2025-08"),
        ],
        "edu": [("Doctor of Medicine (MD)", "Medicine", "The University of Queensland", "2017")],
        "unq": {
            "label": "GP Registrar",
            "summary": "GP registrar in the final year of the AGPT program with a broad general practice load: chronic disease care plans, women's health, skin checks and minor procedures.",
            "work": [
                ("GP Registrar (AGPT, GPT3 term)", "Redcliffe Bay Medical Centre", "2025-02", "", [
                    "See 25-30 patients a day across chronic disease, mental health and paediatrics under a supervisor",
                    "Write GP management plans and team care arrangements with the practice nurses",
                    "Perform skin checks, excisions and IUD insertions",
                    "Document consultations and recalls in Best Practice",
                ]),
                ("GP Registrar (AGPT)", "Caboolture Family Practice", "2023-02", "2025-01", [
                    "Completed GPT1 and GPT2 terms under supervision in a mixed-billing practice",
                    "Ran a weekly diabetes review clinic with the practice nurse",
                ]),
                ("Resident Medical Officer", "Royal Brisbane and Women's Hospital", "2018-01", "2023-01", [
                    "Rotations through emergency, general medicine, paediatrics and obstetrics",
                ]),
            ],
            "certs": [
                ("General registration - Medical Practitioner", "Medical Board of Australia / Ahpra", "2018-01"),
                ("RACGP Applied Knowledge Test (AKT) - passed; KFP and Clinical Competency Exam booked for 2027", "RACGP", "2026-05"),
                ("Advanced Life Support (ALS2)", "Australian Resuscitation Council accredited provider", "2025-08"),
            ],
        },
        "decisive": ("Ahpra specialist registration as a GP (FRACGP or FACRRM)", ["specialist registration", "FRACGP", "FACRRM", "VR", "vocationally registered", "fellowship"], "licence level"),
    },
    {
        "id": "general_practitioner-fresh9-2",
        "occ": "general_practitioner",
        "title": "GP - Salaried with View to Partnership",
        "company": "Blackwater Medical Practice",
        "location": "Mallow, Co. Cork, Ireland",
        "posting": """
Blackwater Medical Practice - GP wanted, salaried w/ view to partnership

- 4-doctor GMS + private practice, approx. 7,500 patients, purpose-built primary care centre
- 2 practice nurses, full admin team, HSE physio & OT on site
- 8 sessions/week, no out-of-hours (SouthDoc optional)

Essential
- Registration on the Specialist Division (General Practice) of the Medical Council register
- MICGP, or MRCGP / equivalent recognised by the ICGP
- Full driving licence (house calls)
- Experience in chronic disease management and minor surgery

Nice to have
- Women's health / LARC fitting
- Socrates experience (training provided)

Salary negotiable, generous study leave, indemnity paid.
""",
        "name": "Aoife Brennan",
        "label": "General Practitioner",
        "summary": "GP with five years' post-training practice in a busy rural primary care centre; special interest in women's health and diabetes care.",
        "where": ("Fermoy", "Co. Cork"),
        "country": "IE",
        "work": [
            ("General Practitioner", "Riverside Primary Care Centre, Fermoy", "2021-07", "", [
                "Full list of GMS and private patients, including the chronic disease management programme for diabetes, COPD and heart failure",
                "Fit Mirena and Implanon; run a weekly minor surgery list",
                "Home visits to nursing home and housebound patients",
            ]),
            ("GP Trainee", "Cork GP Training Scheme (ICGP)", "2017-07", "2021-06", [
                "Hospital posts at Cork University Hospital followed by two years in training practices in Cork city and Macroom",
            ]),
        ],
        "skills": {"Clinical": ["Chronic disease management", "Minor surgery", "LARC fitting", "Paediatrics"], "Systems": ["Socrates", "Healthlink"], "Other": ["Full clean driving licence (Category B)"]},
        "certs": [
            ("Membership of the Irish College of General Practitioners (MICGP)", "ICGP", "2021-06"),
            ("Specialist Division registration - General Practice", "Medical Council (Ireland)", "2021-07"),
            ("Certificate in Women's Health / LARC fitting", "ICGP", "2022-03"),
        ],
        "edu": [("MB BCh BAO", "Medicine", "University College Cork", "2015")],
        "unq": {
            "summary": "GP with five years' post-training practice in a busy semi-rural health centre; special interest in women's health and diabetes care.",
            "where": ("Lisburn", "Co. Antrim"),
            "country": "GB",
            "work": [
                ("General Practitioner (salaried)", "Lagan Valley Health Centre, Lisburn", "2021-08", "", [
                    "Full list of patients including chronic disease reviews for diabetes, COPD and heart failure",
                    "Fit Mirena and Nexplanon; run a weekly minor surgery list",
                    "Home visits to nursing home and housebound patients",
                ]),
                ("GP Specialty Trainee", "NIMDTA GP Training Programme", "2017-08", "2021-07", [
                    "Hospital posts at the Royal Victoria Hospital followed by two years in training practices in Belfast and Lisburn",
                ]),
            ],
            "skills": {"Clinical": ["Chronic disease management", "Minor surgery", "LARC fitting", "Paediatrics"], "Systems": ["EMIS Web", "Socrates (basic)"], "Other": ["Full clean driving licence (Category B)"]},
            "certs": [
                ("Membership of the Royal College of General Practitioners (MRCGP)", "RCGP", "2021-07"),
                ("Full registration with a licence to practise, GP Register", "GMC (UK)", "2021-08"),
                ("Northern Ireland Primary Medical Performers List", "Business Services Organisation NI", "2021-08"),
                ("Diploma of the Faculty of Sexual and Reproductive Healthcare (DFSRH)", "FSRH", "2022-03"),
            ],
            "edu": [("MB BCh BAO", "Medicine", "Queen's University Belfast", "2015")],
        },
        "decisive": ("Specialist Division (General Practice) registration with the Medical Council of Ireland", ["Medical Council", "IMC", "Specialist Division"], "jurisdiction"),
    },
    {
        "id": "dentist-fresh9-1",
        "occ": "dentist",
        "title": "Associate Dentist - Hamilton East",
        "company": "Kirikiriroa Family Dental",
        "location": "Hamilton, New Zealand",
        "posting": """
Kirikiriroa Family Dental is a well-established, four-surgery practice in Hamilton East. We have a loyal patient base, an experienced nursing team and a full book waiting for the right associate. Digital OPG, intraoral scanner and rotary endo are all in place.

What we're looking for
- Registration with the Dental Council of New Zealand in the general dental practice scope, with a current APC
- At least 3 years of post-graduate experience in general dental practice
- Confident with molar endodontics, surgical extractions and crown & bridge
- Comfortable working in Exact (Software of Excellence) - it is our practice management system

Nice to have: clear aligner experience, an interest in treating anxious patients.

We offer a guaranteed daily minimum for the first six months, then 40% of collections, four-day week if preferred.
""",
        "name": "Rebecca Ngata",
        "label": "General Dental Practitioner",
        "summary": "Dentist in general practice since 2021, comfortable with complex restorative work, molar endo and surgical extractions.",
        "where": ("Te Awamutu", "Waikato"),
        "country": "NZ",
        "work": [
            ("General Dental Practitioner", "Te Awamutu Dental Care", "2023-07", "", [
                "Full adult and child list: restorative, molar endodontics, crown & bridge, surgical extractions",
                "Treatment planning and charting in Exact",
                "Provide care under the Combined Dental Agreement for adolescents",
            ]),
            ("Dentist", "Tauranga Smile Co.", "2021-02", "2023-06", [
                "Mixed private and ACC caseload in a five-chair practice",
                "Introduced an anxious-patient pathway with longer appointments",
            ]),
        ],
        "skills": {"Clinical": ["Molar endodontics", "Surgical extractions", "Crown and bridge", "Paediatric dentistry"], "Software": ["Exact (Software of Excellence)", "Intraoral scanning"]},
        "certs": [
            ("Registration - General Dental Practice scope; Annual Practising Certificate", "Dental Council of New Zealand", "2026-04"),
            ("CPR - Level 4 (Dental)", "NZ Resuscitation Council provider", "2026-02"),
        ],
        "edu": [("Bachelor of Dental Surgery (BDS)", "Dentistry", "University of Otago", "2020")],
        "unq": {
            "summary": "Dentist in general practice since early 2025, comfortable with restorative work, molar endo and surgical extractions.",
            "work": [
                ("General Dental Practitioner", "Te Awamutu Dental Care", "2025-02", "", [
                    "Full adult and child list: restorative, molar endodontics, crown & bridge, surgical extractions",
                    "Treatment planning and charting in Exact",
                    "Provide care under the Combined Dental Agreement for adolescents",
                ]),
                ("Dental Assistant (part-time, while studying)", "Dunedin City Dental", "2021-03", "2024-11", [
                    "Chairside assisting, sterilisation and recalls",
                    "Booked patients and took payments in Exact",
                ]),
            ],
            "edu": [("Bachelor of Dental Surgery (BDS)", "Dentistry", "University of Otago", "2024")],
        },
        "decisive": ("at least 3 years of post-graduate general dental practice", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "dentist-fresh9-2",
        "occ": "dentist",
        "title": "General Dentist - Full Time (Kanata)",
        "company": "Maple Grove Dental Centre",
        "location": "Ottawa, ON, Canada",
        "posting": """
Maple Grove Dental Centre is a busy, family-oriented practice in Kanata with seven operatories, two full-time hygienists and a strong new-patient flow. We are looking for a general dentist to take over an established associate schedule four days a week, including one evening.

Requirements:
- Active general certificate of registration with the Royal College of Dental Surgeons of Ontario (RCDSO), in good standing
- NDEB certificate (DDS or DMD from a CDAC-accredited program, or equivalent)
- Minimum 2 years of experience in private general practice
- Working knowledge of ABELDent
- Excellent communication with patients of all ages; French is an asset

What we offer: associate agreement at 40% of net production, paid CE allowance, digital radiography and CBCT, CEREC same-day crowns, a supportive team and a well-organised front desk. Our team members enjoy a group benefits plan and flexible scheduling.

Maple Grove Dental Centre is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.
""",
        "name": "Farah Haddad",
        "label": "Associate Dentist",
        "summary": "Family dentist with seven years in private practice, strong in restorative and endodontic treatment and in treating nervous children.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Associate Dentist", "Barrhaven Family Dentistry", "2021-05", "", [
                "Four-day associate schedule: restorative, endodontics, crowns, extractions and treatment planning",
                "Charting, treatment plans and insurance predeterminations in ABELDent",
            ]),
            ("Associate Dentist", "Glebe Dental Group", "2019-07", "2021-04", [
                "General practice caseload with a high proportion of paediatric patients",
            ]),
        ],
        "skills": {"Clinical": ["Restorative dentistry", "Endodontics", "Crown and bridge", "Paediatric dentistry"], "Software": ["ABELDent", "Dexis imaging"]},
        "certs": [
            ("General Certificate of Registration", "Royal College of Dental Surgeons of Ontario (RCDSO)", "2019-06"),
            ("NDEB Certificate", "National Dental Examining Board of Canada", "2019-05"),
            ("BLS Provider", "Heart and Stroke Foundation of Canada", "2025-10"),
        ],
        "edu": [("Doctor of Dental Surgery (DDS)", "Dentistry", "University of Toronto", "2019")],
        "langs": [("English", "Native"), ("Arabic", "Fluent")],
        "unq": {
            "where": ("Burnaby", "BC"),
            "work": [
                ("Associate Dentist", "Metrotown Family Dentistry", "2021-05", "", [
                    "Four-day associate schedule: restorative, endodontics, crowns, extractions and treatment planning",
                    "Charting, treatment plans and insurance predeterminations in ABELDent",
                ]),
                ("Associate Dentist", "Kitsilano Dental Group", "2019-07", "2021-04", [
                    "General practice caseload with a high proportion of paediatric patients",
                ]),
            ],
            "certs": [
                ("Dentist registration (full)", "College of Oral Health Professionals of British Columbia", "2019-06"),
                ("NDEB Certificate", "National Dental Examining Board of Canada", "2019-05"),
                ("BLS Provider", "Heart and Stroke Foundation of Canada", "2025-10"),
            ],
            "edu": [("Doctor of Dental Medicine (DMD)", "Dentistry", "University of British Columbia", "2019")],
        },
        "decisive": ("RCDSO (Ontario) certificate of registration", ["RCDSO", "Royal College of Dental Surgeons of Ontario", "Ontario"], "jurisdiction"),
    },
    {
        "id": "osteopath-fresh9-1",
        "occ": "osteopath",
        "title": "Associate Osteopath",
        "company": "Clifton Wood Osteopathy & Sports Clinic",
        "location": "Bristol, UK",
        "posting": """
Associate Osteopath - Clifton Wood Osteopathy & Sports Clinic, Bristol

We're a friendly multidisciplinary clinic (osteopaths, a sports therapist and a Pilates studio) with a full diary and a waiting list. We're looking for an associate to take on 3-4 days a week.

Must have
- Registration with the General Osteopathic Council (GOsC)
- Minimum 2 years' post-qualification clinical experience
- Your own professional indemnity insurance (iO membership or equivalent)
- Comfortable with Cliniko for notes, bookings and invoicing

Nice to have
- Dry needling or sports injury interest
- Experience treating pregnant patients or babies

55% of fees, room and reception provided, CPD contribution.
""",
        "name": "Oliver Pryce",
        "label": "Registered Osteopath",
        "summary": "Osteopath with five years in private practice, mainly sports and occupational injuries; confident with new-patient assessment and rehab planning.",
        "where": ("Bath", "Somerset"),
        "country": "GB",
        "work": [
            ("Osteopath", "Avon Valley Osteopaths", "2024-01", "", [
                "Average 28 patient contacts a week: low back, neck, shoulder and running injuries",
                "Write rehabilitation programmes and GP letters; notes and invoicing in Cliniko",
            ]),
            ("Associate Osteopath", "Bath Spine & Joint Clinic", "2021-09", "2023-12", [
                "Built a caseload from scratch to 22 patients a week within a year",
                "Ran monthly injury-prevention talks for a local running club",
            ]),
        ],
        "skills": {"Clinical": ["Osteopathic manipulative treatment", "Sports injury rehabilitation", "Dry needling"], "Software": ["Cliniko"]},
        "certs": [
            ("Registered Osteopath", "General Osteopathic Council (GOsC)", "2021-08"),
            ("Member, Institute of Osteopathy (professional indemnity cover)", "Institute of Osteopathy", "2026-01"),
            ("Western Acupuncture / Dry Needling", "AACP", "2023-05"),
        ],
        "edu": [("Master of Osteopathy (MOst)", "Osteopathy", "University College of Osteopathy", "2021")],
        "unq": {
            "summary": "Osteopath in private practice since autumn 2025 after several years as a sports massage therapist; mainly sports and occupational injuries.",
            "work": [
                ("Osteopath", "Avon Valley Osteopaths", "2025-11", "", [
                    "Average 20 patient contacts a week: low back, neck, shoulder and running injuries",
                    "Write rehabilitation programmes and GP letters; notes and invoicing in Cliniko",
                ]),
                ("Sports Massage Therapist", "Bath Spine & Joint Clinic", "2019-06", "2025-10", [
                    "Level 4 sports massage and soft-tissue work alongside the clinic's osteopaths",
                    "Ran monthly injury-prevention talks for a local running club",
                ]),
            ],
            "certs": [
                ("Registered Osteopath", "General Osteopathic Council (GOsC)", "2025-08"),
                ("Member, Institute of Osteopathy (professional indemnity cover)", "Institute of Osteopathy", "2026-01"),
                ("Western Acupuncture / Dry Needling", "AACP", "2023-05"),
            ],
            "edu": [("Master of Osteopathy (MOst)", "Osteopathy", "University College of Osteopathy", "2025")],
        },
        "decisive": ("at least 2 years' post-qualification osteopathic experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "osteopath-fresh9-2",
        "occ": "osteopath",
        "title": "Osteopath (Full Time)",
        "company": "Harbourside Osteopaths",
        "location": "Lower Hutt, Wellington, New Zealand",
        "posting": """
Harbourside Osteopaths has been treating the Hutt Valley for fifteen years. We are a team of five osteopaths with a busy ACC and private caseload, and we need a sixth. You'll join a clinic that values peer review, has weekly case discussions and pays for two CPD courses a year.

To be considered you must be registered with the Osteopathic Council of New Zealand (OCNZ) and hold a current Annual Practising Certificate. We are looking for someone with at least two years of clinical experience who is comfortable assessing and managing acute injuries, persistent pain and workplace injuries. Our notes and bookings run on Cliniko. If you are not yet an ACC treatment provider, we will help you set that up.

Remuneration is a percentage of fees with a guaranteed minimum for the first three months.
""",
        "name": "Isla McKenzie",
        "label": "Osteopath",
        "summary": "Osteopath with six years of clinical practice treating acute injuries, persistent pain and work-related injuries.",
        "where": ("Wellington", "Wellington"),
        "country": "NZ",
        "work": [
            ("Osteopath", "Kapiti Coast Osteopathy", "2022-03", "", [
                "Assess and treat 30+ patients a week, about half under ACC",
                "Manage return-to-work plans with case managers and employers",
                "Keep notes and recall lists in Cliniko",
            ]),
            ("Osteopath", "Miramar Health & Osteo", "2020-02", "2022-02", [
                "General caseload of sports, occupational and persistent pain presentations",
            ]),
        ],
        "skills": {"Clinical": ["Acute injury management", "Persistent pain", "Return-to-work planning"], "Software": ["Cliniko"]},
        "certs": [
            ("Registration, General Osteopathic scope, with current Annual Practising Certificate", "Osteopathic Council of New Zealand", "2026-04"),
            ("ACC Treatment Provider", "ACC", "2020-03"),
        ],
        "edu": [("Master of Osteopathy", "Osteopathy", "Unitec Te Pukenga", "2019")],
        "unq": {
            "where": ("Melbourne", "VIC"),
            "country": "AU",
            "work": [
                ("Osteopath", "Brunswick Osteopathy & Pilates", "2022-03", "", [
                    "Assess and treat 30+ patients a week, including WorkSafe Victoria and TAC claimants",
                    "Manage return-to-work plans with case managers and employers",
                    "Keep notes and recall lists in Cliniko",
                ]),
                ("Osteopath", "Footscray Health Clinic", "2020-02", "2022-02", [
                    "General caseload of sports, occupational and persistent pain presentations",
                ]),
            ],
            "certs": [
                ("General registration - Osteopath", "Osteopathy Board of Australia / Ahpra", "2020-01"),
                ("Medicare provider number", "Services Australia", "2020-02"),
            ],
            "edu": [("Master of Health Science (Osteopathy)", "Osteopathy", "Victoria University, Melbourne", "2019")],
        },
        "decisive": ("registration with the Osteopathic Council of New Zealand and a current APC", ["Osteopathic Council", "OCNZ", "Annual Practising Certificate", "APC"], "jurisdiction"),
    },
    {
        "id": "anaesthetic_technician-fresh9-1",
        "occ": "anaesthetic_technician",
        "title": "Anaesthetic Technician - Perioperative Services",
        "company": "Te Whatu Ora - Health New Zealand, Waitaha Canterbury",
        "location": "Christchurch, New Zealand",
        "posting": """
Anaesthetic Technician | Perioperative Services | Christchurch Hospital
Permanent, full time (80 hrs/fortnight) incl. on-call and weekend roster

About the role
You will provide skilled anaesthetic assistance across elective and acute theatres, the day surgery unit and remote sites such as radiology and the cath lab: checking and preparing anaesthetic equipment, assisting with airway management and invasive monitoring, and supporting patients through induction and emergence.

About you
- Registered as an Anaesthetic Technician with the Medical Sciences Council of New Zealand, holding a current Annual Practising Certificate (APC)
- NZRC CORE Advanced (or able to complete within 3 months of starting)
- Experience across general, orthopaedic and acute theatres
- Able to work shifts and join the on-call roster

Te Whatu Ora is committed to Te Tiriti o Waitangi and to a workforce that reflects the communities we serve.
""",
        "name": "Sione Taufa",
        "label": "Anaesthetic Technician",
        "summary": "Registered anaesthetic technician with five years in tertiary theatres, comfortable with difficult airways, arterial lines and acute trauma lists.",
        "where": ("Christchurch", "Canterbury"),
        "country": "NZ",
        "work": [
            ("Anaesthetic Technician", "Christchurch Hospital", "2024-01", "", [
                "Assist anaesthetists in general, orthopaedic and acute theatres and on the on-call roster",
                "Set up arterial and central lines, cell salvage and rapid infusers for trauma",
                "Difficult airway trolley lead for the acute theatre suite",
            ]),
            ("Anaesthetic Technician", "Auckland City Hospital", "2021-01", "2023-12", [
                "Rotated through cardiothoracic, neurosurgery and the day surgery unit",
                "Supported anaesthesia in MRI and interventional radiology",
            ]),
        ],
        "skills": {"Clinical": ["Airway management", "Invasive monitoring", "Cell salvage", "Anaesthetic machine checks"]},
        "certs": [
            ("Registration - Anaesthetic Technician scope of practice", "Medical Sciences Council of New Zealand", "2020-12"),
            ("Annual Practising Certificate (APC) 2026/27", "Medical Sciences Council of New Zealand", "2026-04"),
            ("NZRC CORE Advanced", "New Zealand Resuscitation Council", "2025-09"),
        ],
        "edu": [("Bachelor of Health Science", "Perioperative Practice", "Auckland University of Technology", "2020")],
        "unq": {
            "label": "Trainee Anaesthetic Technician",
            "summary": "Trainee anaesthetic technician in tertiary theatres, working under supervision with difficult airways, arterial lines and acute trauma lists.",
            "work": [
                ("Trainee Anaesthetic Technician", "Christchurch Hospital", "2024-01", "", [
                    "Assist anaesthetists under supervision in general, orthopaedic and acute theatres",
                    "Set up arterial and central lines, cell salvage and rapid infusers for trauma with a supervising technician",
                    "Completing clinical logbook and competencies towards the registration examination",
                ]),
                ("Perioperative Healthcare Assistant", "Auckland City Hospital", "2021-01", "2023-12", [
                    "Transferred patients, prepared theatres and restocked anaesthetic bays",
                    "Supported the anaesthetic team in MRI and interventional radiology",
                ]),
            ],
            "certs": [
                ("NZRC CORE Advanced", "New Zealand Resuscitation Council", "2025-09"),
            ],
            "edu": [("Diploma of Applied Science (Anaesthetic Technology) - in progress", "Anaesthetic Technology", "Auckland University of Technology", "2027")],
        },
        "decisive": ("registration as an Anaesthetic Technician (MSC) with a current APC", ["APC", "Annual Practising Certificate", "Registered as an Anaesthetic Technician", "Medical Sciences Council"], "licence level"),
    },
    {
        "id": "anaesthetic_technician-fresh9-2",
        "occ": "anaesthetic_technician",
        "title": "Anaesthetic Technician - Level 2",
        "company": "Swan River Private Hospital",
        "location": "Perth, WA, Australia",
        "posting": """
anaesthetic technician (level 2) - swan river private hospital, perth
perm full time, 12-theatre complex, ortho / general / gynae / ENT / some paeds

you'll need:
- recognised AT qualification (AUT BHSc Perioperative Practice, an ASAP-recognised qualification, or UK ODP w/ HCPC)
- min. 3 yrs post-qualification experience as an anaesthetic technician in a busy multi-theatre complex
- ALS or willingness to complete within 3 mths
- able to do on-call from home (30 min response)

nice to have: ASAP membership, paeds experience

salary packaging avail. + on-call allowances
""",
        "name": "Liam Fitzgerald",
        "label": "Senior Anaesthetic Technician",
        "summary": "Anaesthetic technician with nearly seven years in high-turnover theatre complexes in New Zealand and Western Australia.",
        "where": ("Perth", "WA"),
        "country": "AU",
        "work": [
            ("Anaesthetic Technician", "Fiona Stanley Hospital", "2023-04", "", [
                "Anaesthetic assistance across 10+ theatres including orthopaedic, gynaecology and ENT lists",
                "On-call for emergency and obstetric cases",
                "Orientates new anaesthetic technicians to the department",
            ]),
            ("Anaesthetic Technician", "Waikato Hospital", "2020-03", "2023-03", [
                "General, orthopaedic and paediatric lists in a tertiary hospital",
            ]),
        ],
        "skills": {"Clinical": ["Airway management", "Regional anaesthesia set-up", "Invasive monitoring", "Paediatric anaesthesia"]},
        "certs": [
            ("Advanced Life Support (ALS)", "Australian Resuscitation Council accredited provider", "2025-11"),
            ("Member", "Australian Anaesthesia Allied Health Practitioners (ASAP)", "2023-06"),
        ],
        "edu": [("Bachelor of Health Science", "Perioperative Practice", "Auckland University of Technology", "2019")],
        "unq": {
            "summary": "Anaesthetic technician since late 2024, after several years as a theatre technician in high-turnover theatre complexes in New Zealand and Western Australia.",
            "label": "Anaesthetic Technician",
            "work": [
                ("Anaesthetic Technician", "Fiona Stanley Hospital", "2024-10", "", [
                    "Anaesthetic assistance across 10+ theatres including orthopaedic, gynaecology and ENT lists",
                    "On-call for emergency and obstetric cases",
                ]),
                ("Theatre Technician", "Waikato Hospital", "2018-03", "2024-08", [
                    "Theatre set-up, patient transfers and equipment support for general, orthopaedic and paediatric lists",
                ]),
            ],
            "edu": [("Bachelor of Health Science", "Perioperative Practice", "Auckland University of Technology", "2024")],
        },
        "decisive": ("at least 3 years' post-qualification anaesthetic technician experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "exercise_physiologist-fresh9-1",
        "occ": "exercise_physiologist",
        "title": "Exercise Physiologist (AEP) - Full Time",
        "company": "Active Recovery Allied Health",
        "location": "Adelaide, SA, Australia",
        "posting": """
Active Recovery Allied Health is a growing team of physiotherapists and exercise physiologists working from two clinics and in clients' homes across Adelaide's northern suburbs. We see a mix of Medicare chronic disease clients, DVA veterans, NDIS participants and ReturnToWorkSA injured workers.

What you'll bring
- Accreditation with ESSA as an Accredited Exercise Physiologist (AEP), so you can see Medicare, DVA, NDIS and workers compensation clients
- Current First Aid (HLTAID011) and CPR
- NDIS Worker Screening Check
- Current SA driver's licence and a reliable vehicle for home visits
- Enthusiasm for working with complex and chronic conditions - new grads are welcome and will be mentored

What we offer
- Structured mentoring and a paid CPD budget
- Fully equipped clinic gyms and a hydrotherapy pool partnership
- Car allowance for home visits
""",
        "name": "Jasmine O'Neill",
        "label": "Accredited Exercise Physiologist",
        "summary": "Exercise physiologist working with chronic disease, NDIS and injured-worker clients; comfortable with home visits and group classes.",
        "where": ("Adelaide", "SA"),
        "country": "AU",
        "work": [
            ("Exercise Physiologist", "Northern Lifestyle Health", "2024-01", "", [
                "Assess and prescribe exercise for Medicare chronic disease and DVA clients",
                "Deliver NDIS capacity-building sessions in participants' homes",
                "Run two weekly diabetes and cardiac group classes",
            ]),
            ("Exercise Scientist", "Fit4Life Clinical Gym", "2021-12", "2023-12", [
                "Supervised gym-based programmes for healthy adults and stable chronic conditions",
            ]),
        ],
        "skills": {"Clinical": ["Exercise prescription", "Chronic disease management", "Return-to-work programmes", "Hydrotherapy"], "Other": ["Current SA driver's licence (C class) and own vehicle"]},
        "certs": [
            ("Accredited Exercise Physiologist (AEP)", "Exercise & Sports Science Australia (ESSA)", "2023-12"),
            ("HLTAID011 Provide First Aid; HLTAID009 CPR", "St John Ambulance SA", "2026-03"),
            ("NDIS Worker Screening Check", "SA Department of Human Services", "2024-01"),
        ],
        "edu": [
            ("Master of Clinical Exercise Physiology", "Clinical Exercise Physiology", "University of South Australia", "2023"),
            ("Bachelor of Exercise and Sport Science", "Exercise Science", "University of South Australia", "2021"),
        ],
        "unq": {
            "label": "Accredited Exercise Scientist",
            "summary": "Exercise scientist working with healthy adults and stable chronic disease clients in clinic gyms; comfortable with home visits and group classes.",
            "work": [
                ("Exercise Scientist", "Northern Lifestyle Health", "2024-01", "", [
                    "Deliver supervised exercise sessions for clients with stable chronic conditions",
                    "Deliver NDIS capacity-building sessions in participants' homes",
                    "Run two weekly diabetes and cardiac group classes",
                ]),
                ("Exercise Scientist", "Fit4Life Clinical Gym", "2021-12", "2023-12", [
                    "Supervised gym-based programmes for healthy adults and stable chronic conditions",
                ]),
            ],
            "certs": [
                ("Accredited Exercise Scientist (AES)", "Exercise & Sports Science Australia (ESSA)", "2021-12"),
                ("HLTAID011 Provide First Aid; HLTAID009 CPR", "St John Ambulance SA", "2026-03"),
                ("NDIS Worker Screening Check", "SA Department of Human Services", "2024-01"),
            ],
            "edu": [("Bachelor of Exercise and Sport Science", "Exercise Science", "University of South Australia", "2021")],
        },
        "decisive": ("ESSA Accredited Exercise Physiologist (AEP) accreditation", ["AEP", "Accredited Exercise Physiologist"], "credential level"),
    },
    {
        "id": "exercise_physiologist-fresh9-2",
        "occ": "exercise_physiologist",
        "title": "Clinical Exercise Physiologist - Cardiac & Pulmonary Rehab",
        "company": "Lakeshore Community Health Centre",
        "location": "Toronto, ON, Canada",
        "posting": """
Lakeshore Community Health Centre is recruiting a Clinical Exercise Physiologist for our outpatient cardiac and pulmonary rehabilitation program. You will assess new patients, prescribe and progress individualized exercise plans, lead group sessions and report to referring physicians.

Qualifications
- Bachelor's degree in Kinesiology, Exercise Science or a related field
- CSEP Clinical Exercise Physiologist (CSEP-CEP) certification in good standing
- Registered Kinesiologist (R.Kin) with the College of Kinesiologists of Ontario
- Minimum of three (3) years' experience delivering exercise programs to clinical populations (cardiac, pulmonary, diabetes)
- Current BLS for healthcare providers
- French is an asset

LCHC is committed to equity, diversity and inclusion and welcomes applications from all qualified candidates. Accommodation is available on request throughout the hiring process.
""",
        "name": "Daniel Okafor",
        "label": "Clinical Exercise Physiologist",
        "summary": "Kinesiologist and CSEP-CEP with over five years in cardiac rehab and chronic disease exercise programs.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("Kinesiologist, Cardiovascular Rehabilitation", "Humber River Cardiac Wellness Program", "2023-02", "", [
                "Perform intake assessments and graded exercise tests for post-MI, CABG and heart failure patients",
                "Prescribe and progress exercise plans; lead group classes of 12-15 patients",
                "Send progress reports to cardiologists and family physicians",
            ]),
            ("Kinesiologist, Diabetes & Pulmonary Programs", "Scarborough Community Health Team", "2021-06", "2023-01", [
                "Ran pulmonary rehab and type 2 diabetes exercise groups",
            ]),
        ],
        "skills": {"Clinical": ["Graded exercise testing", "Cardiac rehabilitation", "Pulmonary rehabilitation", "Exercise prescription"]},
        "certs": [
            ("CSEP Clinical Exercise Physiologist (CSEP-CEP)", "Canadian Society for Exercise Physiology", "2021-04"),
            ("Registered Kinesiologist (R.Kin)", "College of Kinesiologists of Ontario", "2021-03"),
            ("BLS Provider", "Heart and Stroke Foundation of Canada", "2026-01"),
        ],
        "edu": [("Bachelor of Science", "Kinesiology", "McMaster University", "2020")],
        "unq": {
            "summary": "Kinesiologist and CSEP-CEP in cardiac rehab since late 2024, after several years as a personal trainer with apparently healthy clients.",
            "work": [
                ("Kinesiologist, Cardiovascular Rehabilitation", "Humber River Cardiac Wellness Program", "2024-11", "", [
                    "Perform intake assessments and graded exercise tests for post-MI, CABG and heart failure patients",
                    "Prescribe and progress exercise plans; lead group classes of 12-15 patients",
                    "Send progress reports to cardiologists and family physicians",
                ]),
                ("Personal Trainer", "Summit Fitness Club", "2020-06", "2024-10", [
                    "One-to-one and small group training for apparently healthy adults",
                ]),
            ],
        },
        "decisive": ("at least 3 years' clinical exercise experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "neurodiagnostic_technologist-fresh9-1",
        "occ": "neurodiagnostic_technologist",
        "title": "EEG Technologist II - Neurodiagnostics (Days)",
        "company": "Lakeview Neuroscience Institute",
        "location": "Grand Rapids, MI",
        "posting": """
Lakeview Neuroscience Institute is seeking an EEG Technologist II to join our neurodiagnostics team. You will perform routine, sleep-deprived, ambulatory and long-term monitoring EEGs for adult and pediatric patients, set up and monitor patients in our 6-bed Epilepsy Monitoring Unit, and support portable EEGs in the ICU.

Requirements
- R. EEG T. credential from ABRET (required)
- 2+ years of clinical EEG experience including LTM/video-EEG
- Current BLS (American Heart Association)
- Experience with Natus or Nihon Kohden acquisition systems
- Ability to rotate weekends and holidays

Preferred: CLTM, experience with neonatal EEG.

Lakeview Neuroscience Institute is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.
""",
        "name": "Megan Kowalski",
        "label": "Neurodiagnostic Technologist",
        "summary": "Neurodiagnostic technologist with seven years of routine, ambulatory and EMU video-EEG for adult and pediatric patients.",
        "where": ("Kalamazoo", "MI"),
        "country": "US",
        "work": [
            ("EEG Technologist", "Bronson Neuroscience Center", "2022-03", "", [
                "Perform routine, sleep-deprived and ambulatory EEGs for adults and children",
                "Hook-ups and monitoring in a 4-bed EMU; portable ICU and continuous EEG",
                "Acquisition and review on Natus NeuroWorks",
            ]),
            ("Neurodiagnostic Technologist", "Borgess Medical Center", "2019-06", "2022-02", [
                "Routine EEG, NCS set-up and evoked potentials",
            ]),
        ],
        "skills": {"Neurodiagnostics": ["Routine EEG", "Ambulatory EEG", "LTM / video-EEG", "10-20 electrode placement"], "Systems": ["Natus NeuroWorks", "Nihon Kohden"]},
        "certs": [
            ("Registered EEG Technologist (R. EEG T.)", "ABRET", "2020-05"),
            ("BLS Provider", "American Heart Association", "2025-07"),
        ],
        "edu": [("Associate of Applied Science", "Neurodiagnostic Technology", "Kalamazoo Valley Community College", "2019")],
        "unq": {
            "summary": "Neurodiagnostic technologist with seven years of routine, ambulatory and EMU video-EEG for adult and pediatric patients; planning to sit the registry exam.",
            "certs": [
                ("BLS Provider", "American Heart Association", "2025-07"),
            ],
        },
        "decisive": ("ABRET R. EEG T. credential", ["R. EEG T.", "REEGT", "ABRET"], "certificate"),
    },
    {
        "id": "neurodiagnostic_technologist-fresh9-2",
        "occ": "neurodiagnostic_technologist",
        "title": "Registered EEG Technologist - Epilepsy Monitoring Unit",
        "company": "Pacific Neurosciences Centre",
        "location": "Vancouver, BC, Canada",
        "posting": """
Registered EEG Technologist (Permanent Full-Time) - EMU & Routine EEG

We are expanding our Epilepsy Monitoring Unit from four to six beds and need an experienced EEG technologist. The role covers routine and sleep-deprived EEG, EMU hook-ups and trending, and portable continuous EEG in the ICU.

Must have:
- Registered EEG Technologist (R.ET) with CBRET
- 2+ years of clinical EEG, including video-EEG in an EMU
- Hands-on experience with Natus NeuroWorks (XLTEK): acquisition, review, trending and report preparation - this is the system used across our unit
- Current BLS

Nice to have: CAET membership, experience with intracranial (SEEG) monitoring.

Competitive wage per the HSA collective agreement, plus shift premiums and a full benefits package.
""",
        "name": "Harpreet Gill",
        "label": "EEG Technologist",
        "summary": "R.ET technologist with six years in routine EEG and epilepsy monitoring, including ICU continuous EEG.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("EEG Technologist, Epilepsy Monitoring Unit", "Fraser Valley Regional Hospital", "2022-01", "", [
                "EMU admissions: hook-ups, seizure testing support and daily review of video-EEG",
                "Prepare trending and preliminary reports in Natus NeuroWorks (XLTEK)",
                "Portable continuous EEG in ICU",
            ]),
            ("EEG Technologist", "Royal Columbian Hospital", "2020-02", "2021-12", [
                "Routine, sleep-deprived and paediatric EEG",
            ]),
        ],
        "skills": {"Neurodiagnostics": ["Video-EEG", "Continuous ICU EEG", "Paediatric EEG"], "Systems": ["Natus NeuroWorks (XLTEK)"]},
        "certs": [
            ("Registered Electroencephalograph Technologist (R.ET)", "CBRET", "2020-09"),
            ("BLS Provider", "Heart and Stroke Foundation of Canada", "2025-12"),
        ],
        "edu": [("Diploma", "Electroneurophysiology", "British Columbia Institute of Technology", "2019")],
        "unq": {
            "work": [
                ("EEG Technologist, Epilepsy Monitoring Unit", "Fraser Valley Regional Hospital", "2022-01", "", [
                    "EMU admissions: hook-ups, seizure testing support and daily review of video-EEG",
                    "Prepare trending and preliminary reports in Nihon Kohden Neurofax (EEG-1200)",
                    "Portable continuous EEG in ICU",
                ]),
                ("EEG Technologist", "Royal Columbian Hospital", "2020-02", "2021-12", [
                    "Routine, sleep-deprived and paediatric EEG",
                ]),
            ],
            "skills": {"Neurodiagnostics": ["Video-EEG", "Continuous ICU EEG", "Paediatric EEG"], "Systems": ["Nihon Kohden Neurofax (EEG-1200)", "Compumedics Profusion"]},
        },
        "decisive": ("Natus NeuroWorks (XLTEK) EEG system", ["NeuroWorks", "Natus", "XLTEK"], "tool"),
    },
]
