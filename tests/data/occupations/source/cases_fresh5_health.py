"""Fresh5 half, health: dialysis technician, sterile processing technician, polysomnographic technologist, athletic trainer, audiologist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "dialysis_technician-fresh5-1",
        "occ": "dialysis_technician",
        "title": "Patient Care Technician - Hemodialysis (Outpatient)",
        "company": "U.S. Renal Care",
        "location": "San Antonio, TX",
        "posting": """
Our outpatient dialysis center on the northwest side is looking for a Patient Care Technician to join a team of nurses, techs and a dietitian who know their patients by name.

What you'll do: prepare and cannulate AV fistulas and grafts, initiate and discontinue treatments, monitor patients and machines and respond to alarms, document vitals and treatment data, and keep the station clean and turned over on time.

Requirements:
- High school diploma or GED
- Completion of a hemodialysis technician training program
- Current national certification as CCHT (NNCC), CHT (BONENT) or CCNT (NNCO)
- CPR/BLS
- 1 year of chronic or acute dialysis experience

Nice to have: bilingual English/Spanish.

Schedule is Monday/Wednesday/Friday with a 4:30 a.m. start. Must be able to stand for long periods and lift 35 lbs. Equal opportunity employer.
""",
        "name": "Marisol Quintanilla",
        "label": "Certified Hemodialysis Technician",
        "summary": "Hemodialysis technician with three years in outpatient units; confident with fistula and graft cannulation, machine set-up and water-room checks.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Dialysis Patient Care Tech", "DaVita Kidney Care - Medical Center Dialysis", "2024-02", "", [
                "Cannulate AV fistulas and grafts with buttonhole and rope-ladder technique for 12 patients per shift",
                "Initiate, monitor and take off treatments; record pre/post weights, vitals and fluid removal",
                "Run daily water-system and chlorine/chloramine checks and log them",
            ]),
            ("Hemodialysis Technician", "Fresenius Kidney Care - Alamo Heights", "2023-01", "2024-01", [
                "Set up and primed Fresenius 2008T machines; responded to pressure and air-detector alarms",
                "Disinfected stations and machines between shifts",
            ]),
        ],
        "skills": {"Clinical": ["Cannulation", "Vital signs", "Machine set-up", "Water treatment checks"], "Languages": ["English", "Spanish"]},
        "certs": [
            ("Certified Hemodialysis Technologist/Technician (CHT)", "Board of Nephrology Examiners Nursing and Technology (BONENT)", "2023-09"),
            ("BLS Provider", "American Heart Association", "2025-06"),
        ],
        "edu": [
            ("Certificate", "Hemodialysis Technician Training Program", "Fresenius Kidney Care Academy", "2022"),
            ("High School Diploma", "", "John Jay High School, San Antonio", "2019"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "label": "Hemodialysis Patient Care Technician",
            "certs": [
                ("BLS Provider", "American Heart Association", "2025-06"),
                ("Bloodborne Pathogens Training", "OSHA Education Center", "2024-03"),
            ],
        },
        "decisive": ("national dialysis technician certification (CCHT, CHT or CCNT)", ["CCHT", "CHT", "CCNT", "Certified Clinical Hemodialysis Technician", "Certified Hemodialysis Technician"], "certificate"),
    },
    {
        "id": "dialysis_technician-fresh5-2",
        "occ": "dialysis_technician",
        "title": "Acute Dialysis Technician",
        "company": "Northwestern Memorial Hospital",
        "location": "Chicago, IL",
        "posting": """
Acute Dialysis Technician - Acute Dialysis Unit / ICU bedside. Full time, rotating weekends and on-call.

Qualifications
Minimum of two years of hemodialysis experience, acute setting preferred
CCHT or CHT certification required
Knowledge of CRRT set-up a plus
BLS (AHA) required

You will perform hemodialysis treatments at the bedside in ICU and step-down units and in the acute dialysis suite, transport and set up portable RO systems, and work under the direction of the dialysis RN.

Benefits include tuition reimbursement and a pension. Employment is contingent on a background check and health screening.
""",
        "name": "Terrence Okafor",
        "label": "Acute Dialysis Technician",
        "summary": "Certified clinical hemodialysis technician with four years of chronic and acute hemodialysis, including ICU bedside treatments with portable reverse-osmosis units.",
        "where": ("Evanston", "IL"),
        "work": [
            ("Acute Dialysis Technician", "Rush University Medical Center", "2024-05", "", [
                "Perform bedside hemodialysis in MICU, SICU and step-down units with portable RO water systems",
                "Assist RNs with CRRT circuit priming and supply set-up",
            ]),
            ("Patient Care Technician, Chronic Hemodialysis", "Fresenius Kidney Care - Skokie", "2022-08", "2024-04", [
                "Cannulated fistulas and grafts and monitored 3 shifts of in-center patients",
                "Documented treatment flowsheets and reported changes to the charge nurse",
            ]),
        ],
        "skills": {"Dialysis": ["Hemodialysis", "Portable RO", "CRRT set-up", "Cannulation"]},
        "certs": [
            ("Certified Clinical Hemodialysis Technician (CCHT)", "Nephrology Nursing Certification Commission", "2023-02"),
            ("Basic Life Support", "American Heart Association", "2025-08"),
        ],
        "edu": [("High School Diploma", "", "Niles West High School", "2018")],
        "unq": {
            "summary": "Certified clinical hemodialysis technician with acute hemodialysis experience, including ICU bedside treatments with portable reverse-osmosis units, after three years as a medical-surgical patient care assistant.",
            "work": [
                ("Acute Dialysis Technician", "Rush University Medical Center", "2025-10", "", [
                    "Perform bedside hemodialysis in MICU, SICU and step-down units with portable RO water systems",
                    "Assist RNs with CRRT circuit priming and supply set-up",
                ]),
                ("Patient Care Assistant, Medical-Surgical Unit", "Swedish Hospital", "2022-08", "2025-09", [
                    "Took vital signs, assisted with ADLs and ambulation for 8-10 patients",
                    "Documented intake and output and reported changes to the charge nurse",
                ]),
            ],
            "certs": [
                ("Certified Clinical Hemodialysis Technician (CCHT)", "Nephrology Nursing Certification Commission", "2026-06"),
                ("Basic Life Support", "American Heart Association", "2025-08"),
            ],
        },
        "decisive": ("minimum two years of hemodialysis experience", ["years", "yrs"], "years"),
    },
    {
        "id": "sterile_processing_technician-fresh5-1",
        "occ": "sterile_processing_technician",
        "title": "Lead Sterile Processing Technician",
        "company": "Hackensack Meridian Health",
        "location": "Hackensack, NJ",
        "posting": """
The Lead Sterile Processing Technician coordinates the work of technicians on the evening shift in decontamination, assembly and sterilization, checks instrument trays for completeness and function before release to the OR, and trains new staff on IFUs and tracking.

Required:
- CRCST (HSPA) or CSPDT (CBSPD) certification, as required by New Jersey law
- In addition, CIS (Certified Instrument Specialist) or CHL (Certified Healthcare Leader) certification
- Three years of sterile processing experience in an acute-care hospital
- Experience with an instrument tracking system (SPM, Censitrac or T-DOC)

Preferred:
- Experience with loaner tray management and da Vinci instruments

Evening shift, 3p-11:30p, with rotating weekends. Hackensack Meridian Health is an equal opportunity employer.
""",
        "name": "Rosalind Achebe",
        "label": "Senior Sterile Processing Technician",
        "summary": "Sterile processing technician with six years in Level I trauma hospital SPDs; instrument specialist who builds and checks orthopedic, neuro and robotic trays.",
        "where": ("Teaneck", "NJ"),
        "work": [
            ("Sterile Processing Tech III", "Englewood Health", "2022-03", "", [
                "Inspect, assemble and release orthopedic, neuro and robotic instrument sets; lead tray audits",
                "Track sets and loaners in Censitrac and reconcile loaner kits with vendor reps",
                "Precept new technicians on IFUs, decontamination and steam sterilizer loads",
            ]),
            ("Central Service Technician", "St. Joseph's University Medical Center", "2020-06", "2022-02", [
                "Decontaminated and assembled instrumentation; ran steam, STERRAD and EtO loads",
            ]),
        ],
        "skills": {"Sterile processing": ["Instrument inspection", "Steam sterilization", "Low-temperature sterilization", "Loaner management"], "Systems": ["Censitrac", "SPM"]},
        "certs": [
            ("Certified Registered Central Service Technician (CRCST)", "Healthcare Sterile Processing Association", "2020-11"),
            ("Certified Instrument Specialist (CIS)", "Healthcare Sterile Processing Association", "2023-05"),
        ],
        "edu": [("Certificate", "Sterile Processing Technician", "Bergen Community College", "2020")],
        "unq": {
            "label": "Sterile Processing Technician III",
            "certs": [
                ("Certified Registered Central Service Technician (CRCST)", "Healthcare Sterile Processing Association", "2020-11"),
                ("Certified Endoscope Reprocessor (CER)", "Healthcare Sterile Processing Association", "2023-05"),
            ],
        },
        "swaps": [("; instrument specialist who builds and checks", "; builds and checks")],
        "decisive": ("CIS or CHL certification in addition to CRCST", ["CIS", "CHL", "Certified Instrument Specialist", "Certified Healthcare Leader"], "credential level"),
    },
    {
        "id": "sterile_processing_technician-fresh5-2",
        "occ": "sterile_processing_technician",
        "title": "Sterile Processing Tech II - Surgery Center",
        "company": "SCA Health",
        "location": "Nashville, TN",
        "posting": """
SPD Tech II, multi-specialty ASC (ortho, spine, ENT, GI). Mon-Fri days, no call.
- 3+ yrs sterile processing experience req'd
- CRCST or CSPDT req'd
- Knows ST79, reads IFUs, comfortable w/ flash (IUSS) documentation
- Scope reprocessing experience a plus
- Able to lift 25 lbs, stand full shift
Competitive pay, PTO, 401k. EOE.
""",
        "name": "Colby Haskins",
        "label": "Sterile Processing Technician",
        "summary": "Certified sterile processing and distribution technician with four and a half years in hospital and surgery-center SPDs; ortho and spine trays, scope reprocessing.",
        "where": ("Murfreesboro", "TN"),
        "work": [
            ("Central Sterile Technician", "TriStar Centennial Medical Center", "2023-09", "", [
                "Decontaminate, inspect and assemble ortho, spine and general trays following manufacturer IFUs",
                "Run and document steam loads, biological indicators and Bowie-Dick tests per AAMI ST79",
            ]),
            ("Instrument Technician", "Saint Thomas Rutherford Hospital", "2022-05", "2023-08", [
                "Reprocessed flexible endoscopes and documented leak tests and high-level disinfection",
                "Logged immediate-use steam sterilization cycles for the OR",
            ]),
        ],
        "skills": {"Sterile processing": ["AAMI ST79", "IFU compliance", "Endoscope reprocessing", "Biological indicators"]},
        "certs": [("Certified Sterile Processing and Distribution Technician (CSPDT)", "Certification Board for Sterile Processing and Distribution", "2022-10")],
        "edu": [("High School Diploma", "", "Oakland High School", "2016")],
        "unq": {
            "summary": "Certified sterile processing and distribution technician with hospital SPD experience after several years as a surgical supply and materials handler; ortho and spine trays, scope reprocessing.",
            "work": [
                ("Central Sterile Technician", "TriStar Centennial Medical Center", "2024-10", "", [
                    "Decontaminate, inspect and assemble ortho, spine and general trays following manufacturer IFUs",
                    "Run and document steam loads, biological indicators and Bowie-Dick tests per AAMI ST79",
                    "Log immediate-use steam sterilization cycles for the OR",
                ]),
                ("Materials Handler, Surgical Services", "Saint Thomas Rutherford Hospital", "2022-05", "2024-09", [
                    "Restocked OR supply carts and case carts from pick tickets",
                    "Received and put away implant and supply deliveries",
                ]),
            ],
        },
        "decisive": ("3+ years of sterile processing experience", ["years", "yrs"], "years"),
    },
    {
        "id": "polysomnographic_technologist-fresh5-1",
        "occ": "polysomnographic_technologist",
        "title": "Polysomnographic Technologist - Night Shift",
        "company": "OhioHealth",
        "location": "Columbus, OH",
        "posting": """
OhioHealth Sleep Services is hiring a night-shift Polysomnographic Technologist for our four-bed AASM-accredited lab. You will perform diagnostic polysomnograms, split-night studies and CPAP/BiPAP titrations on adult and adolescent patients, apply the full montage to AASM standards, troubleshoot artifacts, respond to events and prepare studies for scoring.

Minimum qualifications:
- Registered Polysomnographic Technologist (RPSGT) credential from BRPT, or RRT-SDS. The entry-level CPSGT does not meet this requirement.
- Current BLS
- One year of attended in-lab polysomnography experience

Preferred: scoring experience, pediatric studies, Natus SleepWorks.

Three 12-hour nights per week (7p-7a). OhioHealth is an equal opportunity employer.
""",
        "name": "Priya Venkataraman",
        "label": "Sleep Technologist",
        "summary": "Registered sleep technologist with three years running attended PSGs and titrations in an accredited adult lab; scores studies in SleepWorks.",
        "where": ("Dublin", "OH"),
        "work": [
            ("Sleep Technologist", "Mount Carmel Sleep Disorders Center", "2023-06", "", [
                "Run attended diagnostic, split-night and PAP titration studies on two patients per night",
                "Apply EEG, EOG, EMG, ECG and respiratory sensors to AASM standards and correct artifact",
                "Score sleep stages, arousals and respiratory events in Natus SleepWorks",
            ]),
            ("Sleep Lab Trainee", "Mount Carmel Sleep Disorders Center", "2022-09", "2023-05", [
                "Completed A-STEP modules and supervised hook-ups under a registered technologist",
            ]),
        ],
        "skills": {"Sleep": ["Polysomnography", "PAP titration", "Sleep scoring", "AASM scoring manual"], "Systems": ["Natus SleepWorks"]},
        "certs": [
            ("Registered Polysomnographic Technologist", "Board of Registered Polysomnographic Technologists", "2024-04"),
            ("Basic Life Support", "American Heart Association", "2025-09"),
        ],
        "edu": [("Bachelor of Science", "Biology", "Ohio State University", "2021")],
        "unq": {
            "certs": [
                ("Certified Polysomnographic Technician (CPSGT)", "Board of Registered Polysomnographic Technologists", "2024-04"),
                ("Basic Life Support", "American Heart Association", "2025-09"),
            ],
            "summary": "Certified sleep technician with three years running attended PSGs and titrations in an accredited adult lab; scores studies in SleepWorks.",
        },
        "swaps": [("under a registered technologist", "under a senior technologist")],
        "decisive": ("RPSGT credential", ["RPSGT", "Registered Polysomnographic Technologist"], "credential level"),
    },
    {
        "id": "polysomnographic_technologist-fresh5-2",
        "occ": "polysomnographic_technologist",
        "title": "Sleep Technologist (Licensed PSG Tech)",
        "company": "University of Maryland St. Joseph Medical Center",
        "location": "Towson, MD",
        "posting": """
Sleep Technologist, full time nights, Sleep Disorders Center.

Must have:
* Active Maryland license as a polysomnographic technologist (Maryland Board of Physicians) at time of hire
* RPSGT
* BLS
* 2 yrs attended PSG experience incl. titrations

Nice to have: home sleep testing set-up and patient education, MSLT/MWT experience.

Position is 3 x 12 nights. Background check required.
""",
        "name": "Delphine Agyeman",
        "label": "Registered Polysomnographic Technologist",
        "summary": "RPSGT with four years of attended polysomnography, MSLT/MWT and home sleep testing; relocating to the Baltimore area in early 2027.",
        "where": ("Nashville", "TN"),
        "work": [
            ("Polysomnographic Technologist", "Vanderbilt Sleep Disorders Center", "2022-11", "", [
                "Perform attended PSG, split-night and BiPAP/ASV titrations",
                "Run MSLT and MWT daytime testing and prepare reports for the reading physician",
                "Set up home sleep apnea testing devices and teach patients to use them",
            ]),
        ],
        "skills": {"Sleep": ["PSG", "Titration", "MSLT", "MWT", "Home sleep apnea testing"]},
        "certs": [
            ("RPSGT", "Board of Registered Polysomnographic Technologists", "2023-08"),
            ("Polysomnographic Technologist License", "Tennessee Polysomnography Professional Standards Committee (Board of Medical Examiners)", "2023-10"),
            ("Licensed Polysomnographic Technologist", "Maryland Board of Physicians", "2026-09"),
            ("BLS", "American Heart Association", "2025-03"),
        ],
        "edu": [("Associate of Applied Science", "Polysomnographic Technology (CAAHEP-accredited)", "Nashville State Community College", "2022")],
        "unq": {
            "certs": [
                ("RPSGT", "Board of Registered Polysomnographic Technologists", "2023-08"),
                ("Polysomnographic Technologist License", "Tennessee Polysomnography Professional Standards Committee (Board of Medical Examiners)", "2023-10"),
                ("BLS", "American Heart Association", "2025-03"),
            ],
        },
        "decisive": ("Maryland polysomnographic technologist license", ["Maryland"], "jurisdiction"),
    },
    {
        "id": "athletic_trainer-fresh5-1",
        "occ": "athletic_trainer",
        "title": "Athletic Trainer - High School Outreach",
        "company": "Texas Health Sports Medicine",
        "location": "Fort Worth, TX",
        "posting": """
Texas Health Sports Medicine places athletic trainers in partner high schools across Tarrant County. As an outreach athletic trainer you will cover practices and games, evaluate and treat injuries, run return-to-play and concussion protocols with the team physician, keep injury records and talk with parents and coaches.

What you need:
- Bachelor's or master's degree in athletic training from a CAATE-accredited program
- BOC certification (ATC)
- Texas athletic trainer license (LAT) issued by TDLR
- CPR/AED for the professional rescuer
- Valid driver's license

Evenings, Friday nights and some Saturdays are part of the job. Texas Health Resources is an equal opportunity employer.
""",
        "name": "Kendall Brightwater",
        "label": "Certified Athletic Trainer",
        "summary": "Certified athletic trainer with four years in secondary-school and college sports medicine; concussion management, taping and bracing, and rehab programs.",
        "where": ("Norman", "OK"),
        "work": [
            ("Head Athletic Trainer", "Norman North High School", "2023-07", "", [
                "Cover 22 sports for a 6A school: practice and game coverage, injury evaluation and emergency action plans",
                "Run baseline ImPACT testing and graduated return-to-play under the team physician",
            ]),
            ("Graduate Assistant Athletic Trainer", "University of Central Oklahoma", "2021-08", "2023-05", [
                "Covered women's soccer and softball; built rehab programs and documented treatments",
            ]),
        ],
        "skills": {"Clinical": ["Injury evaluation", "Concussion management", "Taping and bracing", "Rehabilitation", "Emergency action plans"]},
        "certs": [
            ("Certified Athletic Trainer (ATC)", "Board of Certification, Inc.", "2021-06"),
            ("Athletic Trainer License", "Oklahoma State Board of Medical Licensure and Supervision", "2021-07"),
            ("Licensed Athletic Trainer (LAT)", "Texas Department of Licensing and Regulation", "2026-10"),
            ("CPR/AED for the Professional Rescuer", "American Red Cross", "2025-07"),
            ("Class D Driver License", "Oklahoma Department of Public Safety", "2014"),
        ],
        "edu": [
            ("Master of Science", "Athletic Training (CAATE-accredited)", "University of Central Oklahoma", "2023"),
            ("Bachelor of Science", "Kinesiology", "Oklahoma State University", "2021"),
        ],
        "unq": {
            "certs": [
                ("Certified Athletic Trainer (ATC)", "Board of Certification, Inc.", "2021-06"),
                ("Athletic Trainer License", "Oklahoma State Board of Medical Licensure and Supervision", "2021-07"),
                ("CPR/AED for the Professional Rescuer", "American Red Cross", "2025-07"),
                ("Class D Driver License", "Oklahoma Department of Public Safety", "2014"),
            ],
        },
        "decisive": ("Texas athletic trainer license (LAT)", ["Texas", "LAT", "TDLR"], "jurisdiction"),
    },
    {
        "id": "athletic_trainer-fresh5-2",
        "occ": "athletic_trainer",
        "title": "Athletic Therapist - Varsity Sport Medicine",
        "company": "University of Calgary - Sport Medicine Centre",
        "location": "Calgary, AB, Canada",
        "posting": """
The Sport Medicine Centre is seeking an Athletic Therapist to provide on-field and in-clinic care to Dinos varsity athletes (football, hockey, basketball). The therapist works with team physicians, physiotherapists and strength coaches on injury prevention, emergency care, assessment and reconditioning.

Qualifications
- Bachelor's degree from a CATA-accredited athletic therapy programme
- Certified Athletic Therapist, CAT(C), in good standing with the Canadian Athletic Therapists Association
- Current First Responder or equivalent emergency care certification and CPR-HCP
- Two years of experience with competitive or varsity teams
- Class 5 driver's licence

Assets: spinal immobilisation instructor status, experience with concussion protocols (SCAT6).

This is a 12-month term with evening and weekend travel. The University of Calgary welcomes applications from all qualified individuals.
""",
        "name": "Émilie Fortier-Nakamura",
        "label": "Certified Athletic Therapist",
        "summary": "Certified athletic therapist with four seasons covering junior and university hockey and football; emergency care, concussion management and return-to-sport rehab.",
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            ("Head Athletic Therapist", "Calgary Hitmen (WHL)", "2023-08", "", [
                "Provide bench and travel coverage for a major-junior hockey team; lead spinal and emergency drills",
                "Run SCAT6 sideline assessments and graduated return-to-play with the team physician",
            ]),
            ("Athletic Therapist", "Mount Royal University Cougars", "2022-05", "2023-07", [
                "Covered football and women's volleyball; taping, bracing and rehab in the campus clinic",
            ]),
        ],
        "skills": {"Clinical": ["Emergency care", "Spinal immobilisation", "SCAT6", "Rehabilitation", "Taping"]},
        "certs": [
            ("Certified Athletic Therapist - CAT(C)", "Canadian Athletic Therapists Association", "2022-04"),
            ("Emergency Medical Responder", "Alberta College of Paramedic Practitioners", "2022-03"),
            ("CPR Level HCP", "Canadian Red Cross", "2025-10"),
            ("Class 5 Driver's Licence", "Alberta Registries", "2015"),
        ],
        "edu": [("Bachelor of Health and Physical Education", "Athletic Therapy major (CATA-accredited)", "Mount Royal University", "2022")],
        "langs": [("English", "Native"), ("French", "Fluent")],
        "unq": {
            "label": "Athletic Therapy Graduate",
            "summary": "Athletic therapy graduate with four seasons covering junior and university hockey and football; emergency care, concussion management and return-to-sport rehab.",
            "certs": [
                ("CATA National Certification Examination - written component passed, practical pending", "Canadian Athletic Therapists Association", "2022-04"),
                ("Emergency Medical Responder", "Alberta College of Paramedic Practitioners", "2022-03"),
                ("CPR Level HCP", "Canadian Red Cross", "2025-10"),
                ("Class 5 Driver's Licence", "Alberta Registries", "2015"),
            ],
        },
        "swaps": [("\"Head Athletic Therapist\"", "\"Head Sport Therapist\""), ("\"position\": \"Athletic Therapist\"", "\"position\": \"Student Therapist\"")],
        "decisive": ("Certified Athletic Therapist, CAT(C)", ["CAT(C)", "Certified Athletic Therapist"], "certificate"),
    },
    {
        "id": "audiologist-fresh5-1",
        "occ": "audiologist",
        "title": "Pediatric Audiologist",
        "company": "Children's Hospital Colorado",
        "location": "Aurora, CO",
        "posting": """
Children's Hospital Colorado's Audiology department is looking for a Pediatric Audiologist to provide diagnostic evaluations (behavioral testing with VRA and CPA, tympanometry, OAEs, sedated and natural-sleep ABR), hearing aid fittings and follow-up for infants and children, and to take part in newborn hearing screening referrals.

Requirements
- Doctor of Audiology (Au.D.) or PhD in audiology
- Colorado audiologist license (DORA) or eligibility at start date
- ASHA CCC-A or ABA board certification
- A minimum of three years of post-degree clinical experience in pediatric audiology

Preferred
- Cochlear implant candidacy and mapping experience
- Spanish

We offer relocation assistance, tuition reimbursement and a 403(b). Children's Colorado is an equal opportunity employer.
""",
        "name": "Hannah Ostrowski",
        "label": "Clinical Audiologist",
        "summary": "Audiologist focused on infants and children: VRA and CPA testing, sedated ABR, pediatric amplification and cochlear implant candidacy.",
        "where": ("Denver", "CO"),
        "work": [
            ("Clinical Audiologist II - Pediatrics", "Rocky Mountain Hospital for Children", "2023-08", "", [
                "Perform natural-sleep and sedated ABR, OAEs and tympanometry for NICU graduates and screening referrals",
                "Fit and verify hearing aids for infants and toddlers using DSL v5 targets",
                "Assess cochlear implant candidacy with the otology team",
            ]),
            ("Clinical Fellow, Audiology", "Nationwide Children's Hospital", "2022-07", "2023-07", [
                "Completed CF year in a pediatric hospital: VRA, CPA and pediatric hearing aid fittings",
            ]),
        ],
        "skills": {"Audiology": ["ABR", "OAE", "VRA", "CPA", "Pediatric amplification", "Cochlear implants"]},
        "certs": [
            ("Certificate of Clinical Competence in Audiology (CCC-A)", "American Speech-Language-Hearing Association", "2023-09"),
            ("Audiologist License", "Colorado Department of Regulatory Agencies", "2023-07"),
        ],
        "edu": [("Doctor of Audiology (Au.D.)", "Audiology", "The Ohio State University", "2022")],
        "unq": {
            "work": [
                ("Clinical Audiologist I - Pediatrics", "Rocky Mountain Hospital for Children", "2024-10", "", [
                    "Perform natural-sleep and sedated ABR, OAEs and tympanometry for NICU graduates and screening referrals",
                    "Fit and verify hearing aids for infants and toddlers using DSL v5 targets",
                    "Assess cochlear implant candidacy with the otology team",
                ]),
                ("Fourth-Year Audiology Extern", "Nationwide Children's Hospital", "2023-08", "2024-07", [
                    "Completed the Au.D. externship year in a pediatric hospital: VRA, CPA and pediatric hearing aid fittings",
                ]),
            ],
            "certs": [
                ("Certificate of Clinical Competence in Audiology (CCC-A)", "American Speech-Language-Hearing Association", "2024-11"),
                ("Audiologist License", "Colorado Department of Regulatory Agencies", "2024-09"),
            ],
            "edu": [("Doctor of Audiology (Au.D.)", "Audiology", "The Ohio State University", "2024")],
        },
        "decisive": ("three years of post-degree pediatric audiology experience", ["years", "yrs"], "years"),
    },
    {
        "id": "audiologist-fresh5-2",
        "occ": "audiologist",
        "title": "Audiologist - Hearing Aid Dispensing Clinic",
        "company": "Sound Relief Hearing Center",
        "location": "Phoenix, AZ",
        "posting": """
Busy private practice seeks an Audiologist (full time, M-F) for adult diagnostics and hearing aid fittings.

Must have
- Au.D.
- Arizona audiology license incl. dispensing (ADHS)
- Real-ear verification on every fitting with Audioscan Verifit (our standard, all rooms)
- Experience fitting Phonak, Oticon and Starkey via Noah

Nice to have
- Tinnitus management (TRT/CBT-based)
- Cerumen management

Salary plus fitting bonus, CEU allowance, 401k.
""",
        "name": "Gabriel Ferreira",
        "label": "Doctor of Audiology",
        "summary": "Audiologist with five years in adult diagnostics and premium hearing aid fittings; verifies every fitting with real-ear measurement; tinnitus counselling.",
        "where": ("Tempe", "AZ"),
        "work": [
            ("Audiologist", "Arizona Hearing Specialists", "2022-09", "", [
                "Complete adult diagnostic evaluations: air/bone, speech, immittance and OAEs",
                "Fit Phonak, Oticon and Starkey devices through Noah and verify with real-ear measurement on an Audioscan Verifit 2",
                "Run tinnitus evaluations and sound-therapy counselling",
            ]),
            ("Staff Audiologist", "Banner Health ENT", "2021-07", "2022-08", [
                "Diagnostic testing for ENT clinic; cerumen removal under physician protocol",
            ]),
        ],
        "skills": {"Audiology": ["Diagnostic audiometry", "Real-ear measurement", "Hearing aid fitting", "Tinnitus management"], "Software": ["Noah", "Audioscan Verifit 2"]},
        "certs": [
            ("Audiologist License with Dispensing", "Arizona Department of Health Services", "2021-06"),
            ("Board Certified in Audiology", "American Board of Audiology", "2023-03"),
        ],
        "edu": [("Doctor of Audiology", "Audiology", "A.T. Still University", "2021")],
        "swaps": [("an Audioscan Verifit 2", "an Otometrics Aurical FreeFit"), ("\"Audioscan Verifit 2\"", "\"Otometrics Aurical\"")],
        "decisive": ("Audioscan Verifit real-ear verification", ["Verifit", "Audioscan"], "tool"),
    },
]
# fmt: on
