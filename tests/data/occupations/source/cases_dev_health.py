"""Dev half, healthcare: registered nurse, nursing assistant, pharmacy technician, paramedic, dental hygienist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "rn-dev-1",
        "occ": "registered_nurse",
        "title": "Registered Nurse - Medical/Surgical (Full Time, Days)",
        "company": "Sutter Valley Medical Center",
        "location": "Sacramento, CA",
        "posting": """
Sutter Valley Medical Center is hiring a Registered Nurse for our 32-bed Medical/Surgical unit. You will assess, plan and deliver care for adult patients recovering from surgery and acute illness, coordinate with physicians, case managers and therapists, and educate patients and families before discharge.

The successful candidate holds a current, unrestricted California RN license and current BLS and ACLS certification from the American Heart Association. At least two years of acute care hospital experience is required. A BSN is preferred, and experience charting in Epic is a plus.

We offer a sign-on bonus, tuition support and a 4x10 schedule option.
""",
        "name": "Daniela Ortiz",
        "label": "Staff Nurse, Acute Care",
        "summary": "Hospital nurse with five years on adult medical and post-surgical floors; steady with high patient loads and discharge teaching.",
        "where": ("Sacramento", "CA"),
        "work": [
            ("Staff Nurse, Post-Surgical Unit", "Mercy General Hospital", "2021-04", "", [
                "Provide direct care for 5-6 post-operative adult patients per shift, including wound care, drains and PCA pumps",
                "Teach patients and families about medications and home care before discharge",
                "Chart assessments and medication administration in Epic",
            ]),
            ("Staff Nurse, Medical Floor", "Kaiser Permanente Roseville", "2019-06", "2021-03", [
                "Cared for adults with sepsis, CHF and COPD exacerbations on a 30-bed medical unit",
                "Precepted two new graduate nurses",
            ]),
        ],
        "skills": {"Clinical": ["Patient assessment", "Wound care", "IV therapy", "Medication administration", "Discharge teaching"], "Systems": ["Epic"]},
        "certs": [
            ("Registered Nurse License, California Board of Registered Nursing", "California Board of Registered Nursing", "2019-05"),
            ("Basic Life Support (BLS) Provider", "American Heart Association", "2025-03"),
            ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", "2025-03"),
        ],
        "edu": [("Bachelor of Science", "Nursing", "California State University, Sacramento", "2019")],
        "unq": {
            "label": "Licensed Vocational Nurse, Acute Care",
            "certs": [
                ("Licensed Vocational Nurse (LVN) License, California Board of Vocational Nursing and Psychiatric Technicians", "BVNPT", "2019-05"),
                ("Basic Life Support (BLS) Provider", "American Heart Association", "2025-03"),
                ("Advanced Cardiovascular Life Support (ACLS)", "American Heart Association", "2025-03"),
            ],
            "edu": [("Certificate", "Vocational Nursing", "Sacramento City College", "2019")],
            "summary": "Hospital LVN with five years on adult medical and post-surgical floors; steady with high patient loads and discharge teaching.",
        },
        "swaps": [("Staff Nurse, Post-Surgical Unit", "LVN, Post-Surgical Unit"), ("Staff Nurse, Medical Floor", "LVN, Medical Floor"), ("Precepted two new graduate nurses", "Oriented two new LVNs to the unit")],
        "decisive": ("California Registered Nurse (RN) license", ["RN", "registered nurse"], "licence level"),
    },
    {
        "id": "rn-dev-2",
        "occ": "registered_nurse",
        "title": "ICU RN - Nights",
        "company": "Baylor Scott & White",
        "location": "Dallas, TX",
        "posting": """
ICU RN, 36 hrs/wk, nights, 24-bed mixed medical/surgical ICU

Must have:
- Active TX or compact (NLC) RN license
- BLS + ACLS
- 3+ yrs ICU experience (adult)
- Vasoactive drips, vent management, CRRT a plus

Nice: CCRN. Epic.
Shift differential + weekend premium.
""",
        "name": "Marcus Hale",
        "label": "Critical Care Nurse",
        "summary": "Critical care registered nurse with six years at the bedside of ventilated and hemodynamically unstable adults.",
        "where": ("Fort Worth", "TX"),
        "work": [
            ("Clinical Nurse III, Cardiovascular Intensive Care Unit", "Texas Health Harris Methodist", "2023-01", "", [
                "Titrate vasopressors and inotropes for post-cardiac surgery patients",
                "Manage patients on mechanical ventilation and continuous renal replacement therapy",
            ]),
            ("Staff Nurse, Medical Intensive Care", "Parkland Health", "2020-08", "2022-12", [
                "Cared for 1-2 critically ill adults per shift, including sepsis and ARDS",
                "Served as relief charge nurse on nights",
            ]),
        ],
        "skills": {"Critical care": ["Hemodynamic monitoring", "Ventilator management", "CRRT", "Titration of vasoactive drips"], "Systems": ["Epic"]},
        "certs": [
            ("Registered Nurse, multistate (compact) license, Texas Board of Nursing", "Texas Board of Nursing", "2020-06"),
            ("BLS for Healthcare Providers", "American Heart Association", "2025-08"),
            ("Advanced Cardiovascular Life Support", "American Heart Association", "2025-08"),
            ("CCRN (Adult)", "AACN", "2023-05"),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "University of Texas at Arlington", "2020")],
        "unq": {
            "work": [
                ("Clinical Nurse II, Cardiovascular Intensive Care Unit", "Texas Health Harris Methodist", "2025-07", "", [
                    "Titrate vasopressors and inotropes for post-cardiac surgery patients",
                    "Manage patients on mechanical ventilation and continuous renal replacement therapy",
                ]),
                ("Staff Nurse, Medical-Surgical Unit", "Parkland Health", "2020-08", "2025-06", [
                    "Cared for 5-6 adult medical-surgical patients per shift",
                    "Served as relief charge nurse on nights",
                ]),
            ],
            "summary": "Registered nurse with six years in hospital nursing, the last year and a half at the bedside of ventilated and hemodynamically unstable adults.",
            "certs": [
                ("Registered Nurse, multistate (compact) license, Texas Board of Nursing", "Texas Board of Nursing", "2020-06"),
                ("BLS for Healthcare Providers", "American Heart Association", "2025-08"),
                ("Advanced Cardiovascular Life Support", "American Heart Association", "2025-08"),
            ],
        },
        "decisive": ("3+ years of adult ICU experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "rn-dev-3",
        "occ": "registered_nurse",
        "title": "Public Health Nurse (Bilingual English/Spanish)",
        "company": "Maricopa County Department of Public Health",
        "location": "Phoenix, AZ",
        "posting": """
Position summary
The Public Health Nurse provides home visits, immunization clinics and communicable disease follow-up for families across the county. Most clients speak Spanish at home.

Minimum qualifications
- Current Arizona or multistate RN license
- Fluent spoken and written Spanish and English (bilingual testing is part of the hiring process)
- Two years of nursing experience, preferably in community or public health
- Valid driver license and reliable transportation

Preferred
- Bachelor's degree in nursing
- Experience with immunization registries (ASIIS)
""",
        "name": "Lucia Fernandez",
        "label": "Community Health RN",
        "summary": "Registered nurse working with families in home and clinic settings; immunizations, prenatal follow-up and TB case management.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Community Health Nurse", "Adelante Healthcare", "2021-09", "", [
                "Run walk-in vaccine clinics and enter doses in the state immunization registry (ASIIS)",
                "Follow up latent TB cases with monthly home visits",
            ]),
            ("Registered Nurse, Labor and Delivery", "Banner Desert Medical Center", "2019-07", "2021-08", [
                "Supported laboring patients and newborns; discharge teaching for new parents",
            ]),
        ],
        "skills": {"Nursing": ["Home visits", "Immunizations", "TB case management", "Health education"], "Other": ["Valid Arizona driver license"]},
        "certs": [
            ("Registered Nurse, Arizona State Board of Nursing (multistate)", "Arizona State Board of Nursing", "2019-06"),
            ("BLS Provider", "American Heart Association", "2025-01"),
        ],
        "edu": [("BSN", "Nursing", "Grand Canyon University", "2019")],
        "langs": [("English", "Native speaker"), ("Spanish", "Native speaker, reads and writes")],
        "unq": {"langs": [("English", "Native speaker")]},
        "decisive": ("fluent Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "cna-dev-1",
        "occ": "nursing_assistant",
        "title": "Certified Nurse Aide (CNA) - Long Term Care",
        "company": "Hudson Valley Rehabilitation and Nursing",
        "location": "Poughkeepsie, NY",
        "posting": """
We are looking for caring CNAs to join our long-term care and short-term rehab units. Full-time and part-time, all shifts.

Requirements:
Current New York State Nurse Aide Registry certification (CNA) in good standing
Ability to lift 50 lbs
Experience in a nursing home preferred

Duties include ADLs, vital signs, transfers with mechanical lifts, feeding assistance and documentation in PointClickCare.
""",
        "name": "Tanisha Brooks",
        "label": "Nursing Assistant",
        "summary": "Nursing assistant with three years of hands-on care for elderly residents: bathing, feeding, transfers and vital signs.",
        "where": ("Newburgh", "NY"),
        "work": [
            ("Certified Nursing Assistant", "Wingate at Beacon", "2023-02", "", [
                "Help 10-12 residents a shift with bathing, dressing, toileting and meals",
                "Take and record vital signs and intake/output in PointClickCare",
                "Transfer residents safely with Hoyer and sit-to-stand lifts",
            ]),
            ("Resident Aide", "Sunrise Senior Living", "2022-01", "2023-01", [
                "Assisted assisted-living residents with daily routines and activities",
            ]),
        ],
        "skills": {"Care": ["Activities of daily living", "Vital signs", "Mechanical lift transfers", "Feeding assistance"], "Systems": ["PointClickCare"]},
        "certs": [("Certified Nurse Aide, New York State Nurse Aide Registry", "NYS Department of Health", "2022-12")],
        "edu": [("High School Diploma", "", "Newburgh Free Academy", "2021")],
        "unq": {
            "label": "Home Health Aide",
            "summary": "Home health aide with three years of hands-on care for elderly clients: bathing, feeding, transfers and vital signs.",
            "certs": [("Home Health Aide (HHA) Certificate", "NYS Department of Health approved training program", "2022-12")],
        },
        "swaps": [("Certified Nursing Assistant", "Home Health Aide")],
        "decisive": ("New York State certified nurse aide (CNA) certification", ["CNA", "certified nurse aide", "nurse aide", "certified nursing assistant"], "credential level"),
    },
    {
        "id": "cna-dev-2",
        "occ": "nursing_assistant",
        "title": "Patient Care Technician / CNA - Emergency Department",
        "company": "Advocate Health",
        "location": "Chicago, IL",
        "posting": """
The Patient Care Technician works under the direction of the RN to provide basic patient care in a busy Level I emergency department: vital signs, EKGs, phlebotomy, point-of-care glucose, patient transport and room turnover.

What you need:
* Illinois Health Care Worker Registry CNA certification
* Current American Heart Association BLS - required on hire
* 1 year of hospital or long-term care experience
* Phlebotomy and 12-lead EKG skills preferred (we train)
""",
        "name": "Jamal Pierce",
        "label": "Certified Nursing Assistant",
        "summary": "CNA with two years of hospital experience on a telemetry floor; fast, calm and careful with specimens and EKGs.",
        "where": ("Chicago", "IL"),
        "work": [
            ("Nursing Assistant, Telemetry", "Rush University Medical Center", "2024-09", "", [
                "Record vital signs, blood glucose and 12-lead EKGs for 12 telemetry patients",
                "Draw blood specimens and label them at the bedside",
            ]),
            ("CNA", "Lakeview Rehabilitation Center", "2023-10", "2024-08", [
                "Provided ADL care and repositioning for rehab residents",
            ]),
        ],
        "skills": {"Clinical": ["Vital signs", "12-lead EKG", "Venipuncture", "Point-of-care glucose testing"]},
        "certs": [
            ("Certified Nursing Assistant, Illinois Health Care Worker Registry", "Illinois Department of Public Health", "2023-09"),
            ("Basic Life Support (BLS) for Healthcare Providers", "American Heart Association", "2025-10"),
        ],
        "edu": [("Certificate", "Basic Nursing Assistant Training", "Malcolm X College", "2023")],
        "unq": {
            "certs": [("Certified Nursing Assistant, Illinois Health Care Worker Registry", "Illinois Department of Public Health", "2023-09")],
        },
        "decisive": ("current AHA BLS certification", ["BLS", "basic life support"], "certificate"),
    },
    {
        "id": "cna-dev-3",
        "occ": "nursing_assistant",
        "title": "CNA - Memory Care",
        "company": "Brookdale Senior Living",
        "location": "Columbus, OH",
        "posting": """
CNA, memory care neighborhood, 2nd shift
- STNA (Ohio state tested nurse aide) - active on registry
- min. 2 years CNA/STNA experience in LTC or memory care
- dementia care training a plus
- CPR
""",
        "name": "Olivia Kern",
        "label": "STNA",
        "summary": "State tested nurse aide caring for residents living with dementia; patient, observant and good at de-escalation.",
        "where": ("Columbus", "OH"),
        "work": [
            ("State Tested Nursing Assistant, Memory Care", "Wesley Glen Retirement Community", "2022-05", "", [
                "Support 8 residents with Alzheimer's and other dementias with bathing, meals and redirection",
                "Report changes in behaviour and skin condition to the charge nurse",
            ]),
            ("Nurse Aide", "Friendship Village of Columbus", "2020-11", "2022-04", [
                "ADL care and transfers for long-term residents",
            ]),
        ],
        "skills": {"Care": ["Dementia care", "De-escalation", "ADL assistance", "Transfers"]},
        "certs": [
            ("State Tested Nurse Aide (STNA), Ohio Nurse Aide Registry", "Ohio Department of Health", "2020-10"),
            ("CPR/AED", "American Red Cross", "2025-06"),
            ("Dementia Care Specialist training", "Alzheimer's Association", "2023-03"),
        ],
        "edu": [("High School Diploma", "", "Whetstone High School", "2020")],
        "unq": {
            "work": [
                ("State Tested Nursing Assistant, Memory Care", "Wesley Glen Retirement Community", "2026-02", "", [
                    "Support 8 residents with Alzheimer's and other dementias with bathing, meals and redirection",
                    "Report changes in behaviour and skin condition to the charge nurse",
                ]),
                ("Dietary Aide", "Friendship Village of Columbus", "2020-11", "2026-01", [
                    "Served meals and tracked residents' diet orders",
                ]),
            ],
            "certs": [
                ("State Tested Nurse Aide (STNA), Ohio Nurse Aide Registry", "Ohio Department of Health", "2026-01"),
                ("CPR/AED", "American Red Cross", "2025-06"),
                ("Dementia Care Specialist training", "Alzheimer's Association", "2026-03"),
            ],
        },
        "decisive": ("2 years of CNA/STNA experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "pharmtech-dev-1",
        "occ": "pharmacy_technician",
        "title": "Certified Pharmacy Technician",
        "company": "Kroger Health",
        "location": "Cincinnati, OH",
        "posting": """
Join our pharmacy team! As a Certified Pharmacy Technician you'll fill and verify prescriptions, manage inventory, process third-party insurance claims and help patients at the counter and drive-thru.

Qualifications: national certification as a pharmacy technician (PTCB CPhT or ExCPT) is required, together with registration as a certified pharmacy technician with the Ohio Board of Pharmacy. Retail pharmacy experience of at least one year. Strong attention to detail and customer service skills.
""",
        "name": "Emily Santos",
        "label": "Pharmacy Technician, Retail",
        "summary": "Nationally certified pharmacy technician with three years in busy retail pharmacies; insurance rejections, inventory and immunization support.",
        "where": ("Cincinnati", "OH"),
        "work": [
            ("Lead Pharmacy Technician", "Walgreens", "2024-01", "", [
                "Enter and fill 400+ prescriptions a day; resolve third-party claim rejections and prior authorizations",
                "Order and receive inventory, manage returns and outdates",
            ]),
            ("Pharmacy Technician", "CVS Pharmacy", "2023-03", "2023-12", [
                "Counted, labeled and packaged prescriptions for pharmacist verification",
            ]),
        ],
        "skills": {"Pharmacy": ["Prescription data entry", "Third-party billing", "Inventory management", "Compounding (non-sterile)"]},
        "certs": [
            ("Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board", "2023-05"),
            ("Certified Pharmacy Technician registration", "State of Ohio Board of Pharmacy", "2023-06"),
        ],
        "edu": [("Certificate", "Pharmacy Technician Program", "Cincinnati State Technical and Community College", "2023")],
        "unq": {
            "summary": "Pharmacy technician with three years in busy retail pharmacies; insurance rejections, inventory and immunization support.",
            "certs": [("Pharmacy Technician Trainee registration", "State of Ohio Board of Pharmacy", "2023-02")],
        },
        "decisive": ("PTCB/ExCPT national certification (CPhT)", ["CPhT", "PTCB", "ExCPT", "certified pharmacy technician", "Pharmacy Technician Certification Board"], "credential level"),
    },
    {
        "id": "pharmtech-dev-2",
        "occ": "pharmacy_technician",
        "title": "IV Pharmacy Technician - Sterile Compounding",
        "company": "UCHealth",
        "location": "Aurora, CO",
        "posting": """
IV Pharmacy Technician (Sterile Products)

About the role: prepare IV admixtures, TPN and chemotherapy in our USP 797/800 cleanroom; keep compounding records; clean and certify the hood.

Requirements
- Colorado pharmacy technician registration
- PTCB CPhT
- PTCB Compounded Sterile Preparation Technician (CSPT) certification, or obtained within 6 months of hire is NOT accepted for this role - must be held at hire
- 1 year hospital pharmacy experience
""",
        "name": "Kevin Tran",
        "label": "Hospital Pharmacy Technician",
        "summary": "Hospital pharmacy technician with four years of inpatient work, three of them in the cleanroom making IV admixtures and TPN.",
        "where": ("Denver", "CO"),
        "work": [
            ("Pharmacy Technician II - Cleanroom", "Denver Health", "2023-08", "", [
                "Compound IV admixtures, TPN and syringes under USP 797 in an ISO 7 buffer room",
                "Perform gloved fingertip and media-fill tests; document hood cleaning",
            ]),
            ("Inpatient Pharmacy Technician", "Intermountain Health Lutheran Hospital", "2022-06", "2023-07", [
                "Restocked automated dispensing cabinets (Pyxis) and delivered first doses",
            ]),
        ],
        "skills": {"Pharmacy": ["Aseptic technique", "TPN", "Hazardous drug handling (USP 800)", "Pyxis"]},
        "certs": [
            ("Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board", "2022-05"),
            ("Compounded Sterile Preparation Technician (CSPT)", "Pharmacy Technician Certification Board", "2024-02"),
            ("Pharmacy Technician Registration", "Colorado State Board of Pharmacy", "2022-05"),
        ],
        "edu": [("Associate of Applied Science", "Pharmacy Technology", "Arapahoe Community College", "2022")],
        "unq": {
            "certs": [
                ("Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board", "2022-05"),
                ("Pharmacy Technician Registration", "Colorado State Board of Pharmacy", "2022-05"),
            ],
        },
        "decisive": ("PTCB Compounded Sterile Preparation Technician (CSPT) certification", ["CSPT", "compounded sterile preparation technician"], "certificate"),
    },
    {
        "id": "pharmtech-dev-3",
        "occ": "pharmacy_technician",
        "title": "Pharmacy Technician",
        "company": "H-E-B Pharmacy",
        "location": "San Antonio, TX",
        "posting": """
Pharmacy Technician - full time
Must be registered as a Pharmacy Technician with the Texas State Board of Pharmacy (TSBP) at time of hire. PTCB certification required.
1+ year pharmacy experience. Bilingual English/Spanish a plus.
Enter prescriptions, process insurance, assist customers, maintain inventory.
""",
        "name": "Rosa Delgado",
        "label": "Certified Pharmacy Technician",
        "summary": "CPhT with two years of retail pharmacy work; insurance billing, data entry, inventory and customer care.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Pharmacy Technician", "Walmart Pharmacy", "2024-05", "", [
                "Type and fill prescriptions, process claims and prior authorizations",
                "Run weekly inventory counts and controlled-substance logs",
            ]),
            ("Pharmacy Clerk", "Walgreens", "2023-06", "2024-04", [
                "Rang up prescriptions and answered patient calls",
            ]),
        ],
        "skills": {"Pharmacy": ["Prescription entry", "Insurance billing", "Inventory", "Customer service"]},
        "certs": [
            ("Certified Pharmacy Technician", "PTCB", "2024-04"),
            ("Registered Pharmacy Technician", "Texas State Board of Pharmacy", "2024-04"),
        ],
        "edu": [("High School Diploma", "", "Roosevelt High School", "2022")],
        "langs": [("English", "Native"), ("Spanish", "Conversational")],
        "unq": {
            "where": ("Lawton", "OK"),
            "certs": [
                ("Certified Pharmacy Technician", "PTCB", "2024-04"),
                ("Pharmacy Technician Permit", "Oklahoma State Board of Pharmacy", "2024-04"),
            ],
        },
        "decisive": ("Texas State Board of Pharmacy technician registration", ["Texas", "TSBP", "TX"], "jurisdiction"),
    },
    {
        "id": "paramedic-dev-1",
        "occ": "paramedic",
        "title": "Paramedic - 911 Emergency Response",
        "company": "American Medical Response",
        "location": "Portland, OR",
        "posting": """
AMR is hiring Paramedics for 911 response in Multnomah County. You will provide advanced life support, assess and treat patients in the field, and document every call in the ePCR.

You must hold current National Registry Paramedic (NRP) certification and an Oregon Paramedic license, along with ACLS, PALS and PHTLS (or ITLS). A valid driver license and a clean driving record are required, and you must complete the EVOC course within 90 days. Experience in a busy 911 system is preferred.
""",
        "name": "Ryan Castillo",
        "label": "Paramedic",
        "summary": "Field paramedic with four years of 911 advanced life support in urban and rural systems.",
        "where": ("Vancouver", "WA"),
        "work": [
            ("Field Paramedic", "Clark County Fire District 6", "2022-09", "", [
                "Deliver ALS care on a 911 transport unit: airway management, 12-lead interpretation, IO access, medication administration",
                "Document calls in ImageTrend ePCR",
            ]),
            ("Paramedic", "Lifeline Ambulance", "2021-03", "2022-08", [
                "ALS interfacility and 911 response in a rural county",
            ]),
        ],
        "skills": {"Clinical": ["Advanced airway management", "12-lead ECG interpretation", "IV/IO access", "Trauma care"], "Systems": ["ImageTrend"], "Other": ["Valid driver license, clean driving record"]},
        "certs": [
            ("Nationally Registered Paramedic (NRP)", "National Registry of Emergency Medical Technicians", "2021-02"),
            ("Paramedic License", "Oregon Health Authority EMS", "2024-11"),
            ("ACLS", "American Heart Association", "2025-04"),
            ("Pediatric Advanced Life Support (PALS)", "American Heart Association", "2025-04"),
            ("Prehospital Trauma Life Support (PHTLS)", "NAEMT", "2024-09"),
            ("Emergency Vehicle Operations Course (EVOC)", "", "2022-10"),
        ],
        "edu": [("Associate of Applied Science", "Paramedicine", "Portland Community College", "2021")],
        "unq": {
            "label": "Advanced EMT",
            "summary": "Advanced EMT with four years of 911 emergency response in urban and rural systems.",
            "work": [
                ("Advanced EMT", "Clark County Fire District 6", "2022-09", "", [
                    "Deliver care on a 911 transport unit: airway adjuncts, IV access, limited medication administration",
                    "Document calls in ImageTrend ePCR",
                ]),
                ("EMT", "Lifeline Ambulance", "2021-03", "2022-08", [
                    "Interfacility and 911 response in a rural county",
                ]),
            ],
            "certs": [
                ("Nationally Registered Advanced EMT (NRAEMT)", "National Registry of Emergency Medical Technicians", "2021-02"),
                ("Advanced EMT License", "Oregon Health Authority EMS", "2024-11"),
                ("ACLS", "American Heart Association", "2025-04"),
                ("Pediatric Advanced Life Support (PALS)", "American Heart Association", "2025-04"),
                ("Prehospital Trauma Life Support (PHTLS)", "NAEMT", "2024-09"),
                ("Emergency Vehicle Operations Course (EVOC)", "", "2022-10"),
            ],
            "edu": [("Certificate", "Advanced Emergency Medical Technician", "Portland Community College", "2021")],
            "skills": {"Clinical": ["Airway adjuncts", "IV access", "Trauma care"], "Systems": ["ImageTrend"], "Other": ["Valid driver license, clean driving record"]},
        },
        "decisive": ("National Registry Paramedic (NRP) certification and Oregon Paramedic license", ["paramedic", "NRP"], "credential level"),
    },
    {
        "id": "paramedic-dev-2",
        "occ": "paramedic",
        "title": "Flight Paramedic",
        "company": "Air Methods",
        "location": "Salt Lake City, UT",
        "posting": """
FLIGHT PARAMEDIC - rotor wing base, 24-hr shifts

REQUIRED
- Utah Paramedic license + NRP
- FP-C (Certified Flight Paramedic) held at hire
- 3 yrs ALS experience in a high-volume 911 system
- ACLS / PALS / NRP(neonatal) or equivalent / PHTLS
- weight limit 240 lbs with gear

PREFERRED: critical care transport experience, RSI, vent management
""",
        "name": "Sarah Whitlock",
        "label": "Critical Care Flight Paramedic",
        "summary": "Paramedic with seven years of ALS, the last three on a critical care transport team; RSI, ventilators and blood products.",
        "where": ("Ogden", "UT"),
        "work": [
            ("Critical Care Paramedic", "Intermountain Life Flight (ground CCT)", "2023-10", "", [
                "Interfacility critical care transports with ventilators, drips and blood products",
                "Perform rapid sequence intubation under standing orders",
            ]),
            ("Paramedic", "Unified Fire Authority", "2019-05", "2023-09", [
                "911 ALS response in a high-volume metro system, ~2,000 calls a year",
            ]),
        ],
        "skills": {"Clinical": ["Rapid sequence intubation", "Ventilator management", "Blood product administration", "Neonatal resuscitation"]},
        "certs": [
            ("Certified Flight Paramedic (FP-C)", "International Board of Specialty Certification (IBSC)", "2024-06"),
            ("Nationally Registered Paramedic", "NREMT", "2019-04"),
            ("Paramedic License", "Utah Bureau of EMS", "2019-05"),
            ("ACLS, PALS", "American Heart Association", "2025-02"),
            ("Neonatal Resuscitation Program", "American Academy of Pediatrics", "2025-02"),
            ("PHTLS", "NAEMT", "2024-08"),
        ],
        "edu": [("Associate of Applied Science", "Emergency Medical Services", "Weber State University", "2019")],
        "unq": {
            "label": "Critical Care Paramedic",
            "certs": [
                ("Certified Critical Care Paramedic (CCP-C)", "International Board of Specialty Certification (IBSC)", "2024-06"),
                ("Nationally Registered Paramedic", "NREMT", "2019-04"),
                ("Paramedic License", "Utah Bureau of EMS", "2019-05"),
                ("ACLS, PALS", "American Heart Association", "2025-02"),
                ("Neonatal Resuscitation Program", "American Academy of Pediatrics", "2025-02"),
                ("PHTLS", "NAEMT", "2024-08"),
            ],
        },
        "decisive": ("FP-C (Certified Flight Paramedic)", ["FP-C", "flight paramedic"], "certificate"),
    },
    {
        "id": "paramedic-dev-3",
        "occ": "paramedic",
        "title": "Paramedic Field Training Officer",
        "company": "Austin-Travis County EMS",
        "location": "Austin, TX",
        "posting": """
The Field Training Officer (FTO) precepts new paramedics and EMTs during their field training program while working as a paramedic on a 911 ambulance.

Requirements: Texas DSHS Paramedic or Licensed Paramedic certification; a minimum of two years of experience working as a paramedic in a 911 ALS system (experience as an EMT does not count toward this requirement); ACLS, PALS and PHTLS; a clean driving record. FTO course completion within six months of appointment.
""",
        "name": "Derek Nguyen",
        "label": "Paramedic",
        "summary": "Paramedic with a background in 911 emergency response and a record of precepting students.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Paramedic", "Williamson County EMS", "2022-01", "", [
                "911 ALS response; airway management, cardiac arrest care, 12-lead interpretation",
                "Precepted paramedic students from Austin Community College",
            ]),
            ("EMT-Basic", "Acadian Ambulance", "2019-06", "2021-12", [
                "BLS 911 and interfacility transports",
            ]),
        ],
        "skills": {"Clinical": ["Cardiac arrest management", "12-lead ECG", "Airway management"], "Teaching": ["Precepting", "Skills labs"]},
        "certs": [
            ("Licensed Paramedic", "Texas Department of State Health Services", "2021-12"),
            ("ACLS", "American Heart Association", "2025-05"),
            ("PALS", "American Heart Association", "2025-05"),
            ("PHTLS", "NAEMT", "2024-10"),
        ],
        "edu": [("Associate of Applied Science", "Emergency Medical Services Professions", "Austin Community College", "2021")],
        "unq": {
            "work": [
                ("Paramedic", "Williamson County EMS", "2026-02", "", [
                    "911 ALS response; airway management, cardiac arrest care, 12-lead interpretation",
                    "Precepted paramedic students from Austin Community College",
                ]),
                ("EMT-Basic", "Acadian Ambulance", "2019-06", "2026-01", [
                    "BLS 911 and interfacility transports",
                ]),
            ],
            "certs": [
                ("Licensed Paramedic", "Texas Department of State Health Services", "2026-01"),
                ("ACLS", "American Heart Association", "2025-05"),
                ("PALS", "American Heart Association", "2025-05"),
                ("PHTLS", "NAEMT", "2024-10"),
            ],
            "edu": [("Associate of Applied Science", "Emergency Medical Services Professions", "Austin Community College", "2026")],
        },
        "decisive": ("two years as a paramedic in a 911 ALS system", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "hygienist-dev-1",
        "occ": "dental_hygienist",
        "title": "Dental Hygienist",
        "company": "Pacific Smiles Family Dentistry",
        "location": "Tacoma, WA",
        "posting": """
Our friendly family practice is looking for a Registered Dental Hygienist to join us four days a week. You'll see your own schedule of adult and child patients for prophylaxis, scaling and root planing, periodontal charting, radiographs, sealants and patient education.

Requirements: an active Washington State dental hygiene license, CPR/BLS certification, and a positive attitude. New grads welcome! We use Dentrix.
""",
        "name": "Hannah Park",
        "label": "RDH",
        "summary": "Registered dental hygienist with two years in general practice; perio maintenance, SRP and patient coaching.",
        "where": ("Tacoma", "WA"),
        "work": [
            ("Registered Dental Hygienist", "Lakewood Dental Care", "2024-08", "", [
                "See 8-9 patients a day for prophylaxis, scaling and root planing and periodontal maintenance",
                "Take bitewings and full-mouth series; chart perio in Dentrix",
            ]),
        ],
        "skills": {"Clinical": ["Prophylaxis", "Scaling and root planing", "Periodontal charting", "Radiographs", "Sealants"], "Software": ["Dentrix"]},
        "certs": [
            ("Dental Hygienist License", "Washington State Department of Health", "2024-07"),
            ("BLS for Healthcare Providers", "American Heart Association", "2025-06"),
        ],
        "edu": [("Bachelor of Science", "Dental Hygiene", "Eastern Washington University", "2024")],
        "unq": {
            "label": "Expanded Function Dental Auxiliary",
            "summary": "Expanded function dental auxiliary with two years in general practice; restorations, sealants, radiographs and patient coaching.",
            "work": [
                ("Expanded Function Dental Auxiliary (EFDA)", "Lakewood Dental Care", "2024-08", "", [
                    "Place and carve restorations, apply sealants and coronal polish",
                    "Take bitewings and full-mouth series; chart in Dentrix",
                ]),
            ],
            "skills": {"Clinical": ["Coronal polishing", "Restorations", "Radiographs", "Sealants"], "Software": ["Dentrix"]},
            "certs": [
                ("Expanded Function Dental Auxiliary License", "Washington State Department of Health", "2024-07"),
                ("BLS for Healthcare Providers", "American Heart Association", "2025-06"),
            ],
            "edu": [("Certificate", "Dental Assisting (EFDA)", "Bates Technical College", "2024")],
        },
        "decisive": ("Washington dental hygiene license (RDH)", ["RDH", "dental hygienist", "dental hygiene", "hygienist"], "licence level"),
    },
    {
        "id": "hygienist-dev-2",
        "occ": "dental_hygienist",
        "title": "Registered Dental Hygienist - Periodontal Practice",
        "company": "Summit Periodontics",
        "location": "Denver, CO",
        "posting": """
RDH - periodontal specialty office - Tue-Fri
* Colorado RDH license
* Local anesthesia permit (CO) - required, you will administer LA daily
* 2+ yrs clinical hygiene experience
* laser / perio maintenance experience welcome
""",
        "name": "Megan Olsen",
        "label": "Dental Hygienist",
        "summary": "Dental hygienist with four years in general and perio practices; SRP, perio maintenance, and administering local anesthetic.",
        "where": ("Lakewood", "CO"),
        "work": [
            ("Dental Hygienist", "Aspen Periodontal Associates", "2023-03", "", [
                "Perform scaling and root planing under local anesthesia (infiltration and nerve blocks)",
                "Perio maintenance on 3-month recall patients; laser bacterial reduction",
            ]),
            ("Hygienist", "Bright Now! Dental", "2022-06", "2023-02", [
                "General practice prophylaxis, radiographs and sealants",
            ]),
        ],
        "skills": {"Clinical": ["Scaling and root planing", "Local anesthesia administration", "Perio maintenance", "Diode laser"]},
        "certs": [
            ("Registered Dental Hygienist License", "Colorado Dental Board", "2022-05"),
            ("Local Anesthesia Permit", "Colorado Dental Board", "2022-08"),
            ("CPR/BLS", "American Heart Association", "2025-01"),
        ],
        "edu": [("Associate of Applied Science", "Dental Hygiene", "Community College of Denver", "2022")],
        "unq": {
            "summary": "Dental hygienist with four years in general and perio practices; SRP, perio maintenance and patient education.",
            "certs": [
                ("Registered Dental Hygienist License", "Colorado Dental Board", "2022-05"),
                ("CPR/BLS", "American Heart Association", "2025-01"),
            ],
            "skills": {"Clinical": ["Scaling and root planing", "Perio maintenance", "Diode laser"]},
        },
        "swaps": [("Perform scaling and root planing under local anesthesia (infiltration and nerve blocks)", "Perform scaling and root planing; the dentist administers anesthetic")],
        "decisive": ("Colorado local anesthesia permit", ["local anesthesia", "anesthesia", "LA"], "certificate"),
    },
    {
        "id": "hygienist-dev-3",
        "occ": "dental_hygienist",
        "title": "Dental Hygienist (Part-Time, Saturdays)",
        "company": "Aspen Dental",
        "location": "Albany, NY",
        "posting": """
Part-time hygienist wanted for our Albany office, Saturdays and two weekday evenings.

What we're looking for:
- New York State licensed dental hygienist with current registration
- NYS Local Infiltration Anesthesia certification
- at least 3 years of experience as a hygienist
- Eaglesoft experience
""",
        "name": "Priya Raman",
        "label": "Licensed Dental Hygienist",
        "summary": "Dental hygienist who enjoys nervous patients and preventive care; licensed in New York with anesthesia certification.",
        "where": ("Schenectady", "NY"),
        "work": [
            ("Dental Hygienist", "Capital Region Dental Group", "2021-04", "", [
                "Adult and pediatric prophylaxis, SRP, fluoride varnish and oral cancer screening",
                "Administer local infiltration anesthesia",
                "Chart and schedule in Eaglesoft",
            ]),
        ],
        "skills": {"Clinical": ["Prophylaxis", "SRP", "Local infiltration anesthesia", "Oral cancer screening"], "Software": ["Eaglesoft"]},
        "certs": [
            ("Licensed Dental Hygienist, registered", "New York State Education Department, Office of the Professions", "2021-03"),
            ("Dental Hygiene Local Infiltration Anesthesia Certificate", "NYSED", "2021-06"),
        ],
        "edu": [("Associate in Applied Science", "Dental Hygiene", "Hudson Valley Community College", "2021")],
        "unq": {
            "work": [
                ("Dental Hygienist", "Capital Region Dental Group", "2025-06", "", [
                    "Adult and pediatric prophylaxis, SRP, fluoride varnish and oral cancer screening",
                    "Administer local infiltration anesthesia",
                    "Chart and schedule in Eaglesoft",
                ]),
                ("Dental Receptionist", "Smile Street Dental", "2021-04", "2023-05", [
                    "Scheduled patients and verified insurance in Eaglesoft",
                ]),
            ],
            "certs": [
                ("Licensed Dental Hygienist, registered", "New York State Education Department, Office of the Professions", "2025-05"),
                ("Dental Hygiene Local Infiltration Anesthesia Certificate", "NYSED", "2025-06"),
            ],
            "edu": [("Associate in Applied Science", "Dental Hygiene", "Hudson Valley Community College", "2025")],
        },
        "decisive": ("at least 3 years of experience as a hygienist", ["years", "yrs", "year"], "years"),
    },
]
