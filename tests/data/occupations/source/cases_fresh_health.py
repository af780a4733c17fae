"""Fresh set, healthcare: registered nurse, nursing assistant, pharmacy technician, paramedic, dental hygienist, radiologic technologist, respiratory therapist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "registered_nurse-fresh-1",
        "occ": "registered_nurse",
        "title": "Registered Nurse - Medical/Surgical, Nights",
        "company": "Baylor Scott & White Health",
        "location": "Temple, TX",
        "posting": """
Baylor Scott & White Medical Center - Temple is a Level I trauma center and teaching hospital serving Central Texas. Our 36-bed medical/surgical unit is hiring experienced nurses for 7p-7a, three 12-hour shifts a week, every third weekend.

What you'll do: manage a 5-patient assignment of post-operative and medical patients, administer and document medications, assess and escalate changes in condition, educate patients and families at discharge, and work with a team of RNs, PCTs and hospitalists.

Requirements
- Active Texas RN license OR an active multistate RN license issued by a Nurse Licensure Compact (NLC) state
- Graduate of an accredited school of nursing
- BLS (American Heart Association) current at hire
- 1 year of acute care hospital experience as an RN

Preferred
- BSN
- Med-surg certification (CMSRN)

Night differential and weekend premium. Relocation assistance available. Baylor Scott & White Health is an Equal Opportunity Employer.
""",
        "name": "Danielle Okafor",
        "label": "Registered Nurse, Medical-Surgical",
        "summary": "Registered nurse with four years on adult medical-surgical and orthopedic floors; steady with high-turnover post-op assignments and discharge teaching.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Staff RN, Orthopedic/Surgical Unit", "Banner Desert Medical Center", "2022-08", "", [
                "Care for 5-6 post-operative joint, spine and general surgery patients per 12-hour night shift",
                "Pain management, early-mobility protocols and wound care; document in Cerner",
                "Precept new graduate nurses through a 12-week orientation",
            ]),
        ],
        "skills": {"Clinical": ["Post-operative care", "Medication administration", "Discharge teaching", "Telemetry monitoring"], "Systems": ["Cerner"]},
        "certs": [
            ("Registered Nurse, multistate license (Nurse Licensure Compact)", "Arizona State Board of Nursing", "2022-07"),
            ("BLS Provider", "American Heart Association", "2025-03"),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "Grand Canyon University", "2022")],
        "unq": {
            "where": ("Fresno", "CA"),
            "work": [
                ("Staff RN, Orthopedic/Surgical Unit", "Community Regional Medical Center", "2022-08", "", [
                    "Care for 4-5 post-operative joint, spine and general surgery patients per 12-hour night shift",
                    "Pain management, early-mobility protocols and wound care; document in Epic",
                    "Precept new graduate nurses through a 12-week orientation",
                ]),
            ],
            "skills": {"Clinical": ["Post-operative care", "Medication administration", "Discharge teaching", "Telemetry monitoring"], "Systems": ["Epic"]},
            "certs": [
                ("Registered Nurse license", "California Board of Registered Nursing", "2022-07"),
                ("BLS Provider", "American Heart Association", "2025-03"),
            ],
            "edu": [("Bachelor of Science in Nursing", "Nursing", "California State University, Fresno", "2022")],
        },
        "decisive": ("Texas RN license or a multistate (NLC compact) RN license", ["Texas", "multistate", "compact", "NLC"], "jurisdiction"),
    },
    {
        "id": "registered_nurse-fresh-2",
        "occ": "registered_nurse",
        "title": "RN Labor & Delivery",
        "company": "Intermountain Health",
        "location": "Murray, UT",
        "posting": """
RN - Labor & Delivery | Intermountain Medical Center | FT 36 hrs, rotating days/nights

Minimum qualifications
* Current Utah RN license or multistate compact license
* Minimum two (2) years of recent experience as an RN in Labor & Delivery
* BLS and NRP (Neonatal Resuscitation Program) - current
* ACLS within 6 months of hire

Preferred
* AWHONN intermediate or advanced fetal monitoring course
* Inpatient Obstetric Nursing certification (RNC-OB)

Physical requirements: stand and walk most of a 12-hr shift, lift and position patients with assistance.
Intermountain Health is an equal opportunity employer.
""",
        "name": "Kaitlyn Brewer",
        "label": "Labor and Delivery Nurse",
        "summary": "Obstetric RN: intrapartum care, fetal heart monitoring, epidural and induction management, and postpartum recovery.",
        "where": ("Sandy", "UT"),
        "work": [
            ("Registered Nurse, Labor and Delivery", "St. Mark's Hospital", "2023-06", "", [
                "Manage laboring patients from triage through delivery, including Pitocin inductions and epidural care",
                "Continuous electronic fetal monitoring; circulate cesarean sections",
            ]),
            ("Registered Nurse, Mother-Baby", "Utah Valley Hospital", "2021-05", "2023-05", [
                "Postpartum and newborn care for 4 couplets per shift; lactation support and discharge teaching",
            ]),
        ],
        "skills": {"Clinical": ["Intrapartum care", "Electronic fetal monitoring", "Oxytocin titration", "Cesarean circulation"], "Systems": ["Epic"]},
        "certs": [
            ("Registered Nurse, multistate license", "Utah Division of Professional Licensing", "2021-04"),
            ("BLS Provider", "American Heart Association", "2025-02"),
            ("NRP Provider", "American Academy of Pediatrics", "2025-01"),
            ("Advanced Fetal Monitoring Course", "AWHONN", "2024-10"),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "Weber State University", "2021")],
        "unq": {
            "work": [
                ("Registered Nurse, Labor and Delivery", "St. Mark's Hospital", "2025-09", "", [
                    "Manage laboring patients from triage through delivery, including Pitocin inductions and epidural care",
                    "Continuous electronic fetal monitoring; circulate cesarean sections",
                ]),
                ("Registered Nurse, Mother-Baby", "Utah Valley Hospital", "2021-05", "2025-08", [
                    "Postpartum and newborn care for 4 couplets per shift; lactation support and discharge teaching",
                ]),
            ],
        },
        "decisive": ("two years of recent RN experience in Labor & Delivery", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "nursing_assistant-fresh-1",
        "occ": "nursing_assistant",
        "title": "Certified Nursing Assistant II (CNA II) - Surgical Trauma",
        "company": "Atrium Health Wake Forest Baptist",
        "location": "Winston-Salem, NC",
        "posting": """
Job Summary
Provides direct patient care under the supervision of the registered nurse on a 32-bed surgical trauma unit, including the advanced skills within the Nurse Aide II scope: sterile dressing changes, urinary catheter insertion and removal, tracheostomy suctioning, and nasogastric tube care.

Qualifications
- Listed on the North Carolina Nurse Aide II Registry (NC Board of Nursing) - required
- Active NC Nurse Aide I listing with no substantiated findings
- BLS from the American Heart Association
- Six months of hospital or skilled nursing experience

Physical Demands: frequent lifting/transferring of patients up to 50 lbs with lift equipment; standing and walking for 12-hour shifts.

Shift: 3x12, nights, every other weekend. Atrium Health is an EEO employer.
""",
        "name": "Marisol Pettiford",
        "label": "Nurse Aide II",
        "summary": "Hospital nurse aide on surgical and trauma floors; comfortable with the advanced aide skills and with fast admission and discharge turnover.",
        "where": ("Kernersville", "NC"),
        "work": [
            ("Nurse Aide II, Surgical Step-Down", "Novant Health Forsyth Medical Center", "2024-04", "", [
                "Sterile dressing changes, Foley catheter insertion and removal, and tracheostomy suctioning under RN delegation",
                "Vital signs, intake and output, and blood glucose checks for 8-10 patients; chart in Epic",
            ]),
            ("Nurse Aide I", "Brookridge Retirement Community", "2023-01", "2024-03", [
                "Bathing, feeding, toileting and repositioning for 12 long-term care residents",
            ]),
        ],
        "skills": {"Care": ["Sterile technique", "Catheter care", "Tracheostomy care", "Vital signs", "Safe patient handling"]},
        "certs": [
            ("Nurse Aide II listing", "North Carolina Board of Nursing", "2024-03"),
            ("Nurse Aide I listing", "NC Division of Health Service Regulation", "2022-12"),
            ("BLS Provider", "American Heart Association", "2025-06"),
        ],
        "edu": [("Certificate", "Nurse Aide II program", "Forsyth Technical Community College", "2024")],
        "unq": {
            "label": "Certified Nurse Aide",
            "summary": "Hospital nurse aide on surgical and trauma floors; reliable with vital signs, mobility and fast admission and discharge turnover.",
            "work": [
                ("Nurse Aide I, Surgical Step-Down", "Novant Health Forsyth Medical Center", "2024-04", "", [
                    "Assist RNs with dressing changes and catheter care; reposition and ambulate post-operative patients",
                    "Vital signs, intake and output, and blood glucose checks for 8-10 patients; chart in Epic",
                ]),
                ("Nurse Aide I", "Brookridge Retirement Community", "2023-01", "2024-03", [
                    "Bathing, feeding, toileting and repositioning for 12 long-term care residents",
                ]),
            ],
            "skills": {"Care": ["Catheter care", "Wound care assistance", "Vital signs", "Safe patient handling"]},
            "certs": [
                ("Nurse Aide I listing", "NC Division of Health Service Regulation", "2022-12"),
                ("BLS Provider", "American Heart Association", "2025-06"),
            ],
            "edu": [("Certificate", "Nurse Aide I program", "Forsyth Technical Community College", "2022")],
        },
        "decisive": ("listing on the NC Nurse Aide II Registry", ["Nurse Aide II", "NA II", "CNA II"], "credential level"),
    },
    {
        "id": "nursing_assistant-fresh-2",
        "occ": "nursing_assistant",
        "title": "CNA - Long Term Care (Creole speaking)",
        "company": "Miami Jewish Health",
        "location": "Miami, FL",
        "posting": """
CNA - LTC - FT Days 7a-3p

- FL CNA certification (Florida Board of Nursing), active and in good standing
- Bilingual English / Haitian Creole required - many of our residents speak Creole only
- CPR/BLS current
- 1 yr nursing home or ALF experience preferred
- ADLs, feeding, Hoyer lift transfers, vitals, document in PointClickCare

Pay: $17-19/hr + shift diff. Medical, dental, 403(b). Drug-free workplace; Level 2 background screening required.
""",
        "name": "Rose-Marie Jean-Baptiste",
        "label": "Certified Nursing Assistant",
        "summary": "CNA with three years in long-term care and rehab; patient, organized and at ease with residents who have dementia.",
        "where": ("North Miami", "FL"),
        "work": [
            ("Certified Nursing Assistant", "Jackson Memorial Perdue Medical Center", "2023-09", "", [
                "Help 10-12 residents a shift with bathing, dressing, feeding and toileting; mechanical-lift transfers",
                "Record vitals, weights and intake in PointClickCare; report changes to the charge nurse",
                "Interpret for Creole-speaking residents and families at care conferences",
            ]),
        ],
        "skills": {"Care": ["Activities of daily living", "Hoyer lift transfers", "Dementia care", "Vital signs"], "Systems": ["PointClickCare"]},
        "certs": [
            ("Certified Nursing Assistant (CNA)", "Florida Board of Nursing", "2023-07"),
            ("BLS Provider", "American Heart Association", "2025-05"),
        ],
        "edu": [("Certificate", "Nursing Assistant", "Miami Dade College", "2023")],
        "langs": [("English", "Fluent"), ("Haitian Creole", "Native"), ("French", "Conversational")],
        "unq": {
            "langs": [("English", "Native"), ("Spanish", "Conversational")],
        },
        "swaps": [("Interpret for Creole-speaking residents and families at care conferences", "Take part in care conferences with residents and families")],
        "decisive": ("Haitian Creole (bilingual English / Creole)", ["Creole", "Haitian Creole", "bilingual"], "language"),
    },
    {
        "id": "pharmacy_technician-fresh-1",
        "occ": "pharmacy_technician",
        "title": "Pharmacy Technician - Retail",
        "company": "H-E-B",
        "location": "San Antonio, TX",
        "posting": """
H-E-B Pharmacy is looking for a Pharmacy Technician to join the team at our Bandera Road store.

As a Pharmacy Technician you will enter and fill prescriptions, handle drive-thru and front-counter customers, run insurance claims and resolve rejections, and count, pour and label under the supervision of the pharmacist.

What you need
- Registered as a Pharmacy Technician with the Texas State Board of Pharmacy (technician trainee registrations are not considered for this role)
- Current national certification: PTCB (CPhT) or NHA ExCPT
- 6 months of pharmacy experience, retail preferred
- Comfortable on a computerized pharmacy system

H-E-B is an Equal Opportunity Employer. Partners (employees) receive 401(k), healthcare and a store discount.
""",
        "name": "Isaac Villarreal",
        "label": "Certified Pharmacy Technician",
        "summary": "Retail pharmacy technician: data entry, third-party billing and fast, accurate filling in a 500-script-a-day store.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Pharmacy Technician", "Walgreens", "2023-03", "", [
                "Type and fill 150+ prescriptions a shift; resolve insurance rejections and prior-authorization holds",
                "Count controlled substances and keep the C-II perpetual inventory",
            ]),
            ("Customer Service Associate", "Walgreens", "2021-08", "2023-02", [
                "Front-store register, photo counter and stocking",
            ]),
        ],
        "skills": {"Pharmacy": ["Prescription data entry", "Third-party billing", "Inventory control", "Controlled substance counts"], "Systems": ["Intercom Plus"]},
        "certs": [
            ("Registered Pharmacy Technician", "Texas State Board of Pharmacy", "2023-02"),
            ("Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board (PTCB)", "2023-01"),
        ],
        "edu": [("High School Diploma", "", "John Marshall High School", "2021")],
        "unq": {
            "label": "Pharmacy Technician Trainee",
            "summary": "Retail pharmacy technician trainee: data entry, third-party billing and fast, accurate filling in a 500-script-a-day store.",
            "work": [
                ("Pharmacy Technician Trainee", "Walgreens", "2025-02", "", [
                    "Type and fill 150+ prescriptions a shift; resolve insurance rejections and prior-authorization holds",
                    "Count controlled substances and keep the C-II perpetual inventory",
                ]),
                ("Customer Service Associate", "Walgreens", "2021-08", "2025-01", [
                    "Front-store register, photo counter and stocking",
                ]),
            ],
            "certs": [
                ("Pharmacy Technician Trainee registration", "Texas State Board of Pharmacy", "2025-01"),
            ],
        },
        "decisive": ("Texas registered pharmacy technician with PTCB or ExCPT certification (not a trainee)", ["PTCB", "ExCPT", "CPhT", "Registered Pharmacy Technician"], "licence level"),
    },
    {
        "id": "pharmacy_technician-fresh-2",
        "occ": "pharmacy_technician",
        "title": "Pharmacy Technician - IV Room / Sterile Compounding",
        "company": "OhioHealth",
        "location": "Columbus, OH",
        "posting": """
Summary: The IV room technician prepares compounded sterile preparations (CSPs) - IV piggybacks, large-volume infusions, TPN, and hazardous drugs - in ISO-classified cleanrooms for Riverside Methodist Hospital.

Minimum Qualifications
* Registered with the Ohio State Board of Pharmacy as a certified pharmacy technician
* National certification (PTCB CPhT or ExCPT)
* Minimum 2 years of sterile compounding experience in a hospital or home infusion pharmacy
* Working knowledge of USP <797> and <800>: garbing, aseptic technique, media fill and gloved fingertip testing

Preferred: CSPT (Compounded Sterile Preparation Technician) certification; experience with IV workflow software (DoseEdge).

Rotating weekends and holidays. OhioHealth is an equal opportunity employer.
""",
        "name": "Brandon Kessler",
        "label": "Sterile Compounding Pharmacy Technician",
        "summary": "Hospital pharmacy technician in the IV room: batch and patient-specific CSPs, TPN, chemotherapy under USP 800, and cleanroom environmental monitoring.",
        "where": ("Grove City", "OH"),
        "work": [
            ("IV Pharmacy Technician", "Mount Carmel East Hospital", "2022-10", "", [
                "Compound IV piggybacks, pediatric syringes and TPN in an ISO 7 buffer room; chemotherapy in a C-PEC under USP 800",
                "Pass semi-annual media fill and gloved fingertip sampling; log daily cleaning and pressure readings",
                "Use DoseEdge for image-based pharmacist verification",
            ]),
            ("Pharmacy Technician", "Kroger Pharmacy", "2020-06", "2022-09", [
                "Filled and billed retail prescriptions; managed will-call and returns to stock",
            ]),
        ],
        "skills": {"Compounding": ["Aseptic technique", "USP 797", "USP 800 hazardous drugs", "TPN compounding"], "Systems": ["DoseEdge", "Epic Willow"]},
        "certs": [
            ("Certified Pharmacy Technician registration", "Ohio State Board of Pharmacy", "2020-08"),
            ("Certified Pharmacy Technician (CPhT)", "PTCB", "2020-07"),
            ("Sterile compounding training (40 hours)", "ASHP/ACPE accredited program", "2022-11"),
        ],
        "edu": [("Certificate", "Pharmacy Technician", "Columbus State Community College", "2020")],
        "unq": {
            "work": [
                ("IV Pharmacy Technician", "Mount Carmel East Hospital", "2025-11", "", [
                    "Compound IV piggybacks, pediatric syringes and TPN in an ISO 7 buffer room; chemotherapy in a C-PEC under USP 800",
                    "Pass semi-annual media fill and gloved fingertip sampling; log daily cleaning and pressure readings",
                    "Use DoseEdge for image-based pharmacist verification",
                ]),
                ("Pharmacy Technician", "Kroger Pharmacy", "2020-06", "2025-10", [
                    "Filled and billed retail prescriptions; managed will-call and returns to stock",
                ]),
            ],
            "certs": [
                ("Certified Pharmacy Technician registration", "Ohio State Board of Pharmacy", "2020-08"),
                ("Certified Pharmacy Technician (CPhT)", "PTCB", "2020-07"),
                ("Sterile compounding training (40 hours)", "ASHP/ACPE accredited program", "2025-12"),
            ],
        },
        "decisive": ("minimum 2 years of sterile compounding experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "paramedic-fresh-1",
        "occ": "paramedic",
        "title": "Paramedic - Full Time 24/48",
        "company": "Acadian Ambulance Service",
        "location": "Lafayette, LA",
        "posting": """
Acadian Ambulance Service is hiring Paramedics for 911 and interfacility ALS units in Lafayette Parish. 24-on/48-off schedule, paid per diem for hold-over, tuition assistance and a clinical ladder.

Requirements:
- Current National Registry Paramedic (NRP) certification
- Louisiana Paramedic license, or eligibility for Louisiana licensure by reciprocity from your NREMT Paramedic credential
- Current ACLS, PALS and PHTLS (or ITLS)
- Valid driver's license; must be insurable under company policy; EVOC course completed within 90 days
- High school diploma or equivalent

Must be able to lift and carry 125 lbs with a partner. Pre-employment drug screen and physical agility test. Acadian is an Equal Opportunity Employer.
""",
        "name": "Tyler Broussard",
        "label": "Paramedic",
        "summary": "Paramedic with six years of 911 and interfacility ALS care in Acadiana; cardiac, trauma and airway management.",
        "where": ("Broussard", "LA"),
        "work": [
            ("Paramedic, 911 ALS Unit", "Lafayette Fire Department EMS Division", "2022-05", "", [
                "Lead clinician on an ALS unit running 12-15 calls per 24-hour shift",
                "12-lead ECG acquisition and STEMI alerts, RSI and video laryngoscopy, IO access, medication administration",
            ]),
            ("EMT-Basic", "Lafayette General Health Transport", "2020-02", "2022-04", [
                "BLS interfacility transports; assisted ALS crews on critical transfers",
            ]),
        ],
        "skills": {"Clinical": ["12-lead ECG interpretation", "Advanced airway management", "IV/IO access", "Trauma care"], "Other": ["ePCR (ESO)"]},
        "certs": [
            ("National Registry Paramedic (NRP)", "NREMT", "2022-03"),
            ("Louisiana Paramedic license", "Louisiana Bureau of EMS", "2022-04"),
            ("ACLS Provider", "American Heart Association", "2025-04"),
            ("PALS Provider", "American Heart Association", "2025-04"),
            ("PHTLS", "NAEMT", "2024-09"),
            ("Louisiana Class E driver's license", "Louisiana OMV", ""),
        ],
        "edu": [("Certificate", "Paramedic Technology", "South Louisiana Community College", "2022")],
        "unq": {
            "label": "Advanced EMT",
            "summary": "Advanced EMT with six years of 911 and interfacility care in Acadiana; IV therapy, supraglottic airways and trauma care.",
            "work": [
                ("Advanced EMT, 911 Unit", "Lafayette Fire Department EMS Division", "2022-05", "", [
                    "Crew member on a 911 unit running 12-15 calls per 24-hour shift",
                    "IV access, supraglottic airways, glucose and nebulized medications within the AEMT scope",
                ]),
                ("EMT-Basic", "Lafayette General Health Transport", "2020-02", "2022-04", [
                    "BLS interfacility transports; assisted ALS crews on critical transfers",
                ]),
            ],
            "skills": {"Clinical": ["Cardiac monitoring", "Supraglottic airways", "IV access", "Trauma care"], "Other": ["ePCR (ESO)"]},
            "certs": [
                ("National Registry Advanced EMT (NRAEMT)", "NREMT", "2022-03"),
                ("Louisiana Advanced EMT license", "Louisiana Bureau of EMS", "2022-04"),
                ("ACLS Provider", "American Heart Association", "2025-04"),
                ("PALS Provider", "American Heart Association", "2025-04"),
                ("PHTLS", "NAEMT", "2024-09"),
                ("Louisiana Class E driver's license", "Louisiana OMV", ""),
            ],
            "edu": [("Certificate", "Advanced Emergency Medical Technician", "South Louisiana Community College", "2022")],
        },
        "decisive": ("National Registry Paramedic (NRP) and Louisiana Paramedic license", ["Paramedic", "NRP"], "credential level"),
    },
    {
        "id": "paramedic-fresh-2",
        "occ": "paramedic",
        "title": "Flight Paramedic",
        "company": "Air Methods",
        "location": "Bozeman, MT",
        "posting": """
Air Methods is seeking a Flight Paramedic for our rotor-wing base in Bozeman. You will work with a flight nurse to bring critical care to the scene and between hospitals across southwest Montana.

Qualifications
1. Current Montana Paramedic license (Montana Board of Medical Examiners) and National Registry Paramedic
2. Minimum three years of ALS experience in a busy 911 system
3. FP-C or CCP-C certification (IBSC) - required at time of hire
4. ACLS, PALS, and PHTLS or ITLS
5. Weight limit of 240 lbs fully dressed for flight (aircraft weight-and-balance)
6. Valid driver's license

Preferred: critical care transport or ICU experience; ventilator management.

Schedule: 24-hour shifts. We are an equal opportunity employer and a drug-free workplace.
""",
        "name": "Garrett Lindqvist",
        "label": "Critical Care Paramedic",
        "summary": "Paramedic with seven years in high-volume 911 systems and interfacility critical care transfers; ventilators, drips and blood products.",
        "where": ("Belgrade", "MT"),
        "work": [
            ("Paramedic / Critical Care Transport", "Big Sky EMS", "2021-07", "", [
                "Interfacility transports of ventilated and multi-drip patients from rural critical access hospitals",
                "Scene response ALS in a county 911 system; RSI and surgical airway protocols",
            ]),
            ("Paramedic", "American Medical Response (AMR), Denver 911", "2019-06", "2021-06", [
                "Ran 10-14 calls per shift in a high-volume urban 911 system",
            ]),
        ],
        "skills": {"Clinical": ["Ventilator management", "Rapid sequence intubation", "Vasoactive drips", "Blood product administration"]},
        "certs": [
            ("Certified Flight Paramedic (FP-C)", "International Board of Specialty Certification (IBSC)", "2024-02"),
            ("National Registry Paramedic", "NREMT", "2019-05"),
            ("Montana Paramedic license", "Montana Board of Medical Examiners", "2021-06"),
            ("ACLS Provider", "American Heart Association", "2025-08"),
            ("PALS Provider", "American Heart Association", "2025-08"),
            ("ITLS Advanced", "International Trauma Life Support", "2024-11"),
            ("Montana driver's license", "Montana MVD", ""),
        ],
        "edu": [("Associate of Applied Science", "Paramedicine", "Red Rocks Community College", "2019")],
        "unq": {
            "label": "Paramedic",
            "certs": [
                ("National Registry Paramedic", "NREMT", "2019-05"),
                ("Montana Paramedic license", "Montana Board of Medical Examiners", "2021-06"),
                ("ACLS Provider", "American Heart Association", "2025-08"),
                ("PALS Provider", "American Heart Association", "2025-08"),
                ("ITLS Advanced", "International Trauma Life Support", "2024-11"),
                ("Montana driver's license", "Montana MVD", ""),
            ],
        },
        "decisive": ("FP-C or CCP-C certification", ["FP-C", "CCP-C", "Certified Flight Paramedic"], "certificate"),
    },
    {
        "id": "dental_hygienist-fresh-1",
        "occ": "dental_hygienist",
        "title": "Dental Hygienist",
        "company": "Heartland Dental",
        "location": "Naperville, IL",
        "posting": """
Supported by Heartland Dental, Naperville Dental Care is a 3-doctor family practice looking for a full-time Dental Hygienist (Mon-Thu, one Saturday a month).

Responsibilities: prophylaxis and scaling and root planing, periodontal charting, radiographs (digital and CBCT), oral cancer screening, sealants and fluoride, and home-care coaching.

Qualifications:
- Active Illinois Dental Hygienist license (IDFPR)
- 3-5 years of clinical hygiene experience
- CPR/BLS certification
- Graduate of a CODA-accredited dental hygiene program
- Dentrix experience preferred

Benefits include medical, dental, 401(k), CE allowance and paid time off. Heartland Dental is an equal opportunity employer.
""",
        "name": "Alyssa Nowak",
        "label": "Registered Dental Hygienist",
        "summary": "RDH with four years in general and periodontal-focused practices: SRP, perio maintenance and patient education.",
        "where": ("Aurora", "IL"),
        "work": [
            ("Dental Hygienist", "Fox Valley Family Dentistry", "2024-10", "", [
                "See 8-9 adult and child patients a day; full-mouth series and panoramic images",
                "Scaling and root planing with local anesthetic where delegated; document in Dentrix",
            ]),
            ("Registered Dental Hygienist", "Oak Brook Periodontics", "2022-08", "2024-09", [
                "Periodontal maintenance, probing and charting; assisted with laser bacterial reduction",
            ]),
        ],
        "skills": {"Clinical": ["Scaling and root planing", "Periodontal charting", "Digital radiography", "Sealants"], "Software": ["Dentrix"]},
        "certs": [
            ("Dental Hygienist license", "Illinois Department of Financial and Professional Regulation (IDFPR)", "2022-07"),
            ("BLS Provider", "American Heart Association", "2025-07"),
        ],
        "edu": [("Associate of Applied Science", "Dental Hygiene", "College of DuPage", "2022")],
        "unq": {
            "summary": "RDH with two years in a busy general practice, after four years chairside as a dental assistant: SRP, perio maintenance and patient education.",
            "work": [
                ("Dental Hygienist", "Fox Valley Family Dentistry", "2024-10", "", [
                    "See 8-9 adult and child patients a day; full-mouth series and panoramic images",
                    "Scaling and root planing with local anesthetic where delegated; document in Dentrix",
                ]),
                ("Dental Assistant", "Oak Brook Periodontics", "2020-08", "2024-05", [
                    "Chairside assisting for periodontal surgery and implants; sterilization and room turnover",
                ]),
            ],
            "certs": [
                ("Dental Hygienist license", "Illinois Department of Financial and Professional Regulation (IDFPR)", "2024-08"),
                ("BLS Provider", "American Heart Association", "2025-07"),
            ],
            "edu": [("Associate of Applied Science", "Dental Hygiene", "College of DuPage", "2024")],
        },
        "decisive": ("3-5 years of clinical hygiene experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "dental_hygienist-fresh-2",
        "occ": "dental_hygienist",
        "title": "Registered Dental Hygienist (RDH) - Bilingual Vietnamese",
        "company": "Western Dental & Orthodontics",
        "location": "San Jose, CA",
        "posting": """
RDH needed - Story Rd office - 4 days/wk
* current California RDH license (Dental Hygiene Board of California)
* Vietnamese / English bilingual REQUIRED - most of our patients prefer Vietnamese
* CPR (BLS) current
* 1+ yr hygiene experience, new grads w/ strong clinicals considered
* Dentrix or Eaglesoft
$55-68/hr DOE. Medical/dental/vision, 401k. EOE.
""",
        "name": "Thu Trang Nguyen",
        "label": "Registered Dental Hygienist",
        "summary": "California RDH: adult prophy and perio therapy, local anesthesia, and patient education in English and Vietnamese.",
        "where": ("San Jose", "CA"),
        "work": [
            ("Registered Dental Hygienist", "Evergreen Smiles Dental Group", "2023-07", "", [
                "Prophylaxis, SRP with local anesthesia and periodontal maintenance for 8-10 patients per day",
                "Explain treatment plans and home care to Vietnamese-speaking patients and families",
                "Chart and schedule in Eaglesoft",
            ]),
        ],
        "skills": {"Clinical": ["Local anesthesia", "Scaling and root planing", "Periodontal maintenance", "Radiographs"], "Software": ["Eaglesoft", "Dentrix"]},
        "certs": [
            ("Registered Dental Hygienist (RDH) license", "Dental Hygiene Board of California", "2023-06"),
            ("BLS Provider", "American Heart Association", "2025-04"),
        ],
        "edu": [("Associate of Science", "Dental Hygiene", "Foothill College", "2023")],
        "langs": [("English", "Fluent"), ("Vietnamese", "Native")],
        "unq": {
            "langs": [("English", "Native"), ("Spanish", "Conversational")],
        },
        "swaps": [
            ("Explain treatment plans and home care to Vietnamese-speaking patients and families", "Explain treatment plans and home care to patients and families"),
            ("patient education in English and Vietnamese", "patient education"),
        ],
        "decisive": ("Vietnamese / English bilingual", ["Vietnamese", "bilingual"], "language"),
    },
    {
        "id": "radiologic_technologist-fresh-1",
        "occ": "radiologic_technologist",
        "title": "Radiologic Technologist - Emergency Department",
        "company": "Houston Methodist",
        "location": "Houston, TX",
        "posting": """
Houston Methodist Hospital (Texas Medical Center) is hiring a Radiologic Technologist for the Emergency Department imaging team, 12-hour evening shifts.

Duties: general diagnostic radiography in the ED, trauma and portable exams, positioning for patients with limited mobility, radiation safety for patients and staff, and image QC in PACS.

Qualifications
- ARRT registered technologist in radiography, R.T.(R)
- Current Medical Radiologic Technologist (MRT) certificate from the Texas Medical Board
- BLS (American Heart Association)

Experience with portables and fluoroscopy preferred. New graduates with ARRT registration will be considered.

Houston Methodist is an equal opportunity employer.
""",
        "name": "Andre Whitfield",
        "label": "Radiologic Technologist",
        "summary": "Radiographer with four years in emergency and urgent care imaging: trauma series, portables and a high-volume extremity workload.",
        "where": ("Pasadena", "TX"),
        "work": [
            ("Radiographer, Diagnostic Imaging", "HCA Houston Healthcare Southeast", "2022-07", "", [
                "ED and inpatient radiography including trauma series, portables in the ICU and OR C-arm",
                "Image quality review and PACS corrections; radiation protection for patients and staff",
            ]),
        ],
        "skills": {"Imaging": ["Trauma radiography", "Portable radiography", "C-arm", "Radiation safety"], "Systems": ["PACS", "Epic Radiant"]},
        "certs": [
            ("Registered Technologist in Radiography, R.T.(R)(ARRT)", "American Registry of Radiologic Technologists", "2022-06"),
            ("Medical Radiologic Technologist (MRT) certificate", "Texas Medical Board", "2022-07"),
            ("BLS Provider", "American Heart Association", "2025-05"),
        ],
        "edu": [("Associate of Applied Science", "Radiography", "San Jacinto College", "2022")],
        "unq": {
            "label": "Limited X-ray Technologist",
            "summary": "Limited-scope x-ray technologist with four years in urgent care imaging: chest, spine and a high-volume extremity workload.",
            "work": [
                ("Limited X-ray Technologist", "Texas MedClinic Urgent Care", "2022-07", "", [
                    "Chest, spine and extremity radiographs for walk-in and occupational medicine patients",
                    "Image quality review and PACS corrections; radiation protection for patients and staff",
                ]),
            ],
            "skills": {"Imaging": ["Extremity radiography", "Chest radiography", "Radiation safety"], "Systems": ["PACS"]},
            "certs": [
                ("Limited Medical Radiologic Technologist (LMRT) certificate - chest, extremities, spine", "Texas Medical Board", "2022-07"),
                ("BLS Provider", "American Heart Association", "2025-05"),
            ],
            "edu": [("Certificate", "Limited Medical Radiologic Technology", "Houston Community College", "2022")],
        },
        "decisive": ("ARRT R.T.(R) and Texas MRT certificate", ["ARRT", "R.T.(R)", "MRT", "registered technologist"], "credential level"),
    },
    {
        "id": "radiologic_technologist-fresh-2",
        "occ": "radiologic_technologist",
        "title": "CT Technologist II",
        "company": "Mayo Clinic Health System",
        "location": "Eau Claire, WI",
        "posting": """
CT Technologist II - Full time, rotating evenings/weekends, call required.

Perform CT exams including CT angiography, trauma protocols, and CT-guided procedures; power-inject contrast and monitor for reactions; dose-conscious protocol selection.

Required:
- ARRT registered in Radiography with post-primary certification in Computed Tomography, R.T.(R)(CT)
- Wisconsin Radiographer license (Radiography Examining Board)
- 3+ years of experience as a CT technologist in an acute care or trauma setting
- BLS

Preferred: experience on Siemens SOMATOM scanners; cardiac CT.
""",
        "name": "Megan Schultz",
        "label": "CT Technologist",
        "summary": "CT technologist in a Level II trauma center: CTA, stroke and trauma protocols, contrast administration and dose optimization.",
        "where": ("Chippewa Falls", "WI"),
        "work": [
            ("CT Technologist", "HSHS Sacred Heart Hospital", "2022-06", "", [
                "Trauma pan-scans, CT angiography and code-stroke perfusion studies on Siemens SOMATOM Force",
                "Start IVs and power-inject contrast; manage contrast reactions with the radiologist",
            ]),
            ("Radiologic Technologist", "Marshfield Medical Center", "2019-07", "2022-05", [
                "General, portable and fluoroscopy radiography; cross-trained on CT weekends",
            ]),
        ],
        "skills": {"Imaging": ["CT angiography", "Trauma protocols", "Contrast administration", "Dose optimization"], "Equipment": ["Siemens SOMATOM Force", "GE Revolution"]},
        "certs": [
            ("R.T.(R)(CT)(ARRT)", "American Registry of Radiologic Technologists", "2022-11"),
            ("Radiographer license", "Wisconsin Radiography Examining Board", "2019-07"),
            ("BLS Provider", "American Heart Association", "2025-01"),
        ],
        "edu": [("Associate of Applied Science", "Radiography", "Chippewa Valley Technical College", "2019")],
        "unq": {
            "work": [
                ("CT Technologist", "HSHS Sacred Heart Hospital", "2024-09", "", [
                    "Trauma pan-scans, CT angiography and code-stroke perfusion studies on Siemens SOMATOM Force",
                    "Start IVs and power-inject contrast; manage contrast reactions with the radiologist",
                ]),
                ("Radiologic Technologist", "Marshfield Medical Center", "2019-07", "2024-08", [
                    "General, portable and fluoroscopy radiography",
                ]),
            ],
            "certs": [
                ("R.T.(R)(CT)(ARRT)", "American Registry of Radiologic Technologists", "2025-03"),
                ("Radiographer license", "Wisconsin Radiography Examining Board", "2019-07"),
                ("BLS Provider", "American Heart Association", "2025-01"),
            ],
        },
        "decisive": ("3+ years of experience as a CT technologist", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "respiratory_therapist-fresh-1",
        "occ": "respiratory_therapist",
        "title": "Respiratory Therapist - Medical ICU",
        "company": "Cleveland Clinic",
        "location": "Cleveland, OH",
        "posting": """
Join the Respiratory Therapy team at Cleveland Clinic main campus, covering the Medical Intensive Care Unit.

Responsibilities include invasive and non-invasive ventilation, ventilator liberation protocols, arterial blood gas sampling and analysis, airway management during rapid response and codes, and transport of ventilated patients.

Education and certifications:
- Graduate of a CoARC-accredited respiratory care program
- Registered Respiratory Therapist (RRT) credential from the NBRC
- Ohio Respiratory Care Professional license (State Medical Board of Ohio)
- BLS and ACLS

Experience: one year of adult critical care with ventilator management.

Cleveland Clinic is pleased to be an equal employment employer.
""",
        "name": "Jasmine Carter",
        "label": "Respiratory Therapist",
        "summary": "Respiratory therapist in adult critical care: conventional and advanced ventilator modes, ABG analysis, bronchoscopy assist and proning.",
        "where": ("Parma", "OH"),
        "work": [
            ("Respiratory Therapist II, Adult Critical Care", "MetroHealth Medical Center", "2022-06", "", [
                "Manage 6-8 ventilated patients in the MICU and trauma ICU; APRV, prone positioning and spontaneous breathing trials",
                "Arterial punctures and blood gas analysis; respond to rapid responses and codes",
            ]),
        ],
        "skills": {"Clinical": ["Mechanical ventilation", "ABG analysis", "BiPAP/high-flow", "Airway management"], "Equipment": ["Hamilton G5", "Servo-u"]},
        "certs": [
            ("Registered Respiratory Therapist (RRT)", "National Board for Respiratory Care (NBRC)", "2022-09"),
            ("Respiratory Care Professional license", "State Medical Board of Ohio", "2022-06"),
            ("BLS Provider", "American Heart Association", "2025-02"),
            ("ACLS Provider", "American Heart Association", "2025-02"),
        ],
        "edu": [("Associate of Applied Science", "Respiratory Care", "Cuyahoga Community College", "2022")],
        "unq": {
            "certs": [
                ("Certified Respiratory Therapist (CRT)", "National Board for Respiratory Care (NBRC)", "2022-05"),
                ("Respiratory Care Professional license", "State Medical Board of Ohio", "2022-06"),
                ("BLS Provider", "American Heart Association", "2025-02"),
                ("ACLS Provider", "American Heart Association", "2025-02"),
            ],
        },
        "decisive": ("Registered Respiratory Therapist (RRT) credential", ["RRT", "Registered Respiratory Therapist"], "credential level"),
    },
    {
        "id": "respiratory_therapist-fresh-2",
        "occ": "respiratory_therapist",
        "title": "Respiratory Therapist II - NICU/PICU",
        "company": "Children's Hospital Colorado",
        "location": "Aurora, CO",
        "posting": """
RT II - Neonatal & Pediatric ICU - Nights

Requirements
- RRT (NBRC)
- Colorado Respiratory Therapist license (DORA)
- NRP and PALS - both required at hire
- BLS
- 2 years of respiratory therapy experience, neonatal/pediatric strongly preferred

Preferred: RRT-NPS; experience with high-frequency oscillatory and jet ventilation; attending high-risk deliveries.

Children's Colorado is an equal opportunity employer.
""",
        "name": "Nathan Ortiz",
        "label": "Neonatal/Pediatric Respiratory Therapist",
        "summary": "RRT in neonatal and pediatric critical care: conventional and high-frequency ventilation, surfactant administration and neonatal transport.",
        "where": ("Denver", "CO"),
        "work": [
            ("Respiratory Therapist, NICU/PICU", "Rocky Mountain Hospital for Children", "2022-01", "", [
                "Conventional, HFOV and jet ventilation for premature infants; nasal CPAP and high-flow weaning",
                "Surfactant administration and neonatal intubation assist; pediatric rapid response",
            ]),
            ("Respiratory Therapist", "UCHealth Memorial Hospital", "2020-06", "2021-12", [
                "Adult floor and ICU coverage; ventilator checks and aerosol therapy",
            ]),
        ],
        "skills": {"Clinical": ["Neonatal ventilation", "HFOV", "Surfactant administration", "Pediatric airway"], "Equipment": ["Dräger Babylog VN800", "SensorMedics 3100A"]},
        "certs": [
            ("Registered Respiratory Therapist (RRT)", "NBRC", "2020-08"),
            ("Respiratory Therapist license", "Colorado Department of Regulatory Agencies (DORA)", "2020-06"),
            ("Neonatal Resuscitation Program (NRP) Provider", "American Academy of Pediatrics", "2025-03"),
            ("PALS Provider", "American Heart Association", "2025-06"),
            ("BLS Provider", "American Heart Association", "2025-06"),
        ],
        "edu": [("Bachelor of Science", "Respiratory Therapy", "Boise State University", "2020")],
        "unq": {
            "certs": [
                ("Registered Respiratory Therapist (RRT)", "NBRC", "2020-08"),
                ("Respiratory Therapist license", "Colorado Department of Regulatory Agencies (DORA)", "2020-06"),
                ("PALS Provider", "American Heart Association", "2025-06"),
                ("BLS Provider", "American Heart Association", "2025-06"),
            ],
        },
        "decisive": ("NRP (Neonatal Resuscitation Program)", ["NRP", "Neonatal Resuscitation"], "certificate"),
    },
]
