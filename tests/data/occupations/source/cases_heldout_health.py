"""Held-out half, healthcare: registered nurse, nursing assistant, pharmacy technician, paramedic, dental hygienist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "rn-heldout-1",
        "occ": "registered_nurse",
        "title": "RN - Telemetry/Step-Down",
        "company": "AdventHealth",
        "location": "Orlando, FL",
        "posting": """
RN Telemetry / PCU - FT nights
- active FL or multistate RN license
- BLS, ACLS
- 1 yr acute care
- cardiac rhythm interpretation
- Cerner or Epic
""",
        "name": "Stephanie Moore",
        "label": "Progressive Care Nurse",
        "summary": "Registered nurse on cardiac step-down: rhythm interpretation, drips and post-catheterization care.",
        "where": ("Kissimmee", "FL"),
        "work": [
            ("Staff Nurse, Progressive Care Unit", "Orlando Health", "2022-07", "", [
                "Monitor and interpret cardiac rhythms for 4 step-down patients; titrate heparin and diltiazem drips",
                "Post-cardiac catheterization care and sheath removal; document in Epic",
            ]),
        ],
        "skills": {"Clinical": ["Cardiac rhythm interpretation", "Drip titration", "Post-cath care"], "Systems": ["Epic"]},
        "certs": [
            ("Registered Nurse, multistate license", "Florida Board of Nursing", "2022-06"),
            ("BLS Provider", "American Heart Association", "2025-07"),
            ("ACLS Provider", "American Heart Association", "2025-07"),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "University of Central Florida", "2022")],
        "unq": {
            "label": "Licensed Practical Nurse, Progressive Care",
            "summary": "Licensed practical nurse on cardiac step-down: rhythm monitoring, medications and post-catheterization care.",
            "work": [
                ("LPN, Progressive Care Unit", "Orlando Health", "2022-07", "", [
                    "Monitor cardiac rhythms for 4 step-down patients and report changes; give scheduled medications",
                    "Post-cardiac catheterization checks; document in Epic",
                ]),
            ],
            "certs": [
                ("Licensed Practical Nurse (LPN)", "Florida Board of Nursing", "2022-06"),
                ("BLS Provider", "American Heart Association", "2025-07"),
                ("ACLS Provider", "American Heart Association", "2025-07"),
            ],
            "edu": [("Diploma", "Practical Nursing", "Orange Technical College", "2022")],
        },
        "decisive": ("Florida or multistate RN license", ["RN", "registered nurse"], "licence level"),
    },
    {
        "id": "rn-heldout-2",
        "occ": "registered_nurse",
        "title": "Emergency Department Registered Nurse",
        "company": "Scripps Health",
        "location": "San Diego, CA",
        "posting": """
Scripps Mercy Hospital's emergency department sees 80,000 visits a year and is a Level I trauma center. We are looking for experienced ED nurses to triage, stabilize and treat patients of all ages.

Please note that California is not a Nurse Licensure Compact state: an active California RN license is required at the time of hire. Applicants also need two years of emergency nursing experience, BLS, ACLS and PALS, and TNCC within six months. CEN is preferred.
""",
        "name": "Jessica Flores",
        "label": "Emergency Nurse",
        "summary": "Emergency nurse with four years in high-volume trauma EDs; triage, trauma resuscitation and pediatrics.",
        "where": ("Chula Vista", "CA"),
        "work": [
            ("Emergency Department RN", "Banner University Medical Center Tucson", "2022-08", "", [
                "Triage and treat adult and pediatric patients in a Level I trauma ED with 75,000 visits a year",
                "Trauma resuscitation team member; rapid infuser and massive transfusion protocol",
            ]),
        ],
        "skills": {"Emergency nursing": ["Triage (ESI)", "Trauma resuscitation", "Pediatric emergencies", "Sepsis bundles"]},
        "certs": [
            ("Registered Nurse License", "California Board of Registered Nursing", "2026-05"),
            ("Registered Nurse, multistate license", "Arizona State Board of Nursing", "2022-07"),
            ("BLS, ACLS, PALS", "American Heart Association", "2025-09"),
            ("Trauma Nursing Core Course (TNCC)", "Emergency Nurses Association", "2024-02"),
            ("Certified Emergency Nurse (CEN)", "BCEN", "2025-01"),
        ],
        "edu": [("BSN", "Nursing", "University of Arizona", "2022")],
        "unq": {
            "where": ("Tucson", "AZ"),
            "certs": [
                ("Registered Nurse, multistate license", "Arizona State Board of Nursing", "2022-07"),
                ("BLS, ACLS, PALS", "American Heart Association", "2025-09"),
                ("Trauma Nursing Core Course (TNCC)", "Emergency Nurses Association", "2024-02"),
                ("Certified Emergency Nurse (CEN)", "BCEN", "2025-01"),
            ],
        },
        "decisive": ("active California RN license", ["California", "CA"], "jurisdiction"),
    },
    {
        "id": "rn-heldout-3",
        "occ": "registered_nurse",
        "title": "Oncology Infusion Nurse",
        "company": "Dana-Farber Cancer Institute",
        "location": "Boston, MA",
        "posting": """
Oncology Infusion RN (outpatient)

Responsibilities: administer chemotherapy, immunotherapy and supportive infusions; assess patients before each treatment; manage reactions; teach patients about side effects.

Requirements:
Massachusetts RN license
ONS/ONCC Chemotherapy Immunotherapy Certificate (provider card) - current, required before independent administration
2 years RN experience, oncology preferred
OCN a plus
""",
        "name": "Emily Chen",
        "label": "Oncology Nurse",
        "summary": "Oncology RN giving antineoplastic and biologic therapy in an outpatient infusion center.",
        "where": ("Cambridge", "MA"),
        "work": [
            ("Clinical Nurse, Infusion Center", "Massachusetts General Hospital", "2021-10", "", [
                "Administer antineoplastic and immunotherapy agents to 8-10 patients a day; manage infusion reactions",
                "Teach patients about neutropenia, nausea and immune-related side effects",
            ]),
            ("Staff Nurse, Medical Oncology", "Beth Israel Deaconess Medical Center", "2019-09", "2021-09", [
                "Inpatient oncology care, including neutropenic precautions",
            ]),
        ],
        "skills": {"Oncology": ["Antineoplastic administration", "Immunotherapy", "Infusion reactions", "Port access"]},
        "certs": [
            ("Registered Nurse", "Massachusetts Board of Registration in Nursing", "2019-08"),
            ("ONS/ONCC Chemotherapy Immunotherapy Certificate", "Oncology Nursing Society", "2024-10"),
            ("Oncology Certified Nurse (OCN)", "ONCC", "2022-05"),
        ],
        "edu": [("Bachelor of Science", "Nursing", "Boston College", "2019")],
        "unq": {
            "summary": "Oncology RN caring for patients in an outpatient infusion center.",
            "work": [
                ("Clinical Nurse, Infusion Center", "Massachusetts General Hospital", "2021-10", "", [
                    "Assess patients and give hydration, blood products and antibiotics to 8-10 patients a day",
                    "Teach patients about neutropenia, nausea and side effects",
                ]),
                ("Staff Nurse, Medical Oncology", "Beth Israel Deaconess Medical Center", "2019-09", "2021-09", [
                    "Inpatient oncology care, including neutropenic precautions",
                ]),
            ],
            "skills": {"Oncology": ["Infusion therapy", "Blood product administration", "Port access"]},
            "certs": [("Registered Nurse", "Massachusetts Board of Registration in Nursing", "2019-08")],
        },
        "decisive": ("ONS/ONCC Chemotherapy Immunotherapy Certificate", ["chemotherapy", "chemo", "ONS", "ONCC", "immunotherapy"], "certificate"),
    },
    {
        "id": "cna-heldout-1",
        "occ": "nursing_assistant",
        "title": "Certified Nursing Assistant",
        "company": "HCA Florida Healthcare",
        "location": "Tampa, FL",
        "posting": """
HCA Florida Brandon Hospital is hiring Certified Nursing Assistants for the medical-surgical floors. You will help patients with daily care, measure vital signs, assist with mobility and report changes to the nurse.

Requirements: active Florida CNA certification listed on the Florida Board of Nursing registry; BLS within 30 days; six months of CNA experience preferred.
""",
        "name": "Ashley Rivera",
        "label": "CNA",
        "summary": "Certified nursing assistant with two years in hospitals and rehab; mobility, vitals and patient comfort.",
        "where": ("Brandon", "FL"),
        "work": [
            ("Nursing Assistant", "Tampa General Hospital", "2024-03", "", [
                "Vital signs, bathing, feeding and ambulation for 10 medical-surgical patients",
                "Report changes in condition to the RN",
            ]),
        ],
        "skills": {"Care": ["Vital signs", "Mobility assistance", "Personal care", "Fall prevention"]},
        "certs": [("Certified Nursing Assistant", "Florida Board of Nursing", "2024-02"), ("BLS", "American Heart Association", "2025-02")],
        "edu": [("Certificate", "Nursing Assistant", "Hillsborough Community College", "2024")],
        "unq": {
            "where": ("Savannah", "GA"),
            "work": [
                ("Nursing Assistant", "Memorial Health University Medical Center", "2024-03", "", [
                    "Vital signs, bathing, feeding and ambulation for 10 medical-surgical patients",
                    "Report changes in condition to the RN",
                ]),
            ],
            "certs": [("Certified Nurse Aide", "Georgia Nurse Aide Registry", "2024-02"), ("BLS", "American Heart Association", "2025-02")],
            "edu": [("Certificate", "Nurse Aide", "Savannah Technical College", "2024")],
        },
        "decisive": ("active Florida CNA certification", ["Florida", "FL"], "jurisdiction"),
    },
    {
        "id": "cna-heldout-2",
        "occ": "nursing_assistant",
        "title": "Home Care CNA - Bilingual Spanish",
        "company": "BAYADA Home Health Care",
        "location": "Philadelphia, PA",
        "posting": """
home care CNA - bilingual
must speak Spanish fluently (clients are Spanish-speaking seniors)
PA nurse aide registry
1 yr caregiving experience
reliable car
""",
        "name": "Carmen Ortega",
        "label": "Nurse Aide",
        "summary": "Nurse aide caring for seniors at home and in facilities; personal care, meals and companionship.",
        "where": ("Philadelphia", "PA"),
        "work": [
            ("Home Health Nurse Aide", "Interim HealthCare", "2022-05", "", [
                "Personal care, meal preparation and medication reminders for four home clients",
                "Talk with clients and families in Spanish and update the care plan with the nurse",
            ]),
        ],
        "skills": {"Care": ["Personal care", "Meal preparation", "Companionship", "Medication reminders"], "Other": ["Own car, valid license"]},
        "certs": [("Nurse Aide, Pennsylvania Nurse Aide Registry", "Pennsylvania Department of Health", "2022-04")],
        "edu": [("High School Diploma", "", "Kensington High School", "2019")],
        "langs": [("Spanish", "Native"), ("English", "Fluent")],
        "unq": {"langs": [("English", "Native")]},
        "swaps": [("Talk with clients and families in Spanish and update the care plan with the nurse", "Update the care plan with the nurse")],
        "decisive": ("fluent Spanish", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "cna-heldout-3",
        "occ": "nursing_assistant",
        "title": "Certified Medication Aide",
        "company": "Buckner Retirement Services",
        "location": "Austin, TX",
        "posting": """
Buckner is seeking a Medication Aide for our assisted living and memory care community.

Requirements
- Current Texas Medication Aide permit (HHSC) - required
- Current Texas CNA certification
- 1 year of experience in long-term care
- Able to pass background check

Pass scheduled medications, document on the eMAR, and report refusals and reactions to the charge nurse.
""",
        "name": "Latoya Simmons",
        "label": "Medication Aide / CNA",
        "summary": "CNA and permitted medication aide in assisted living; accurate med passes and careful eMAR documentation.",
        "where": ("Pflugerville", "TX"),
        "work": [
            ("Certified Medication Aide", "Sunrise of Austin", "2023-01", "", [
                "Pass scheduled medications to 30 residents and document on the eMAR",
                "Report refusals and adverse reactions to the charge nurse",
            ]),
            ("CNA", "Querencia at Barton Creek", "2021-06", "2022-12", [
                "ADL care for long-term residents",
            ]),
        ],
        "skills": {"Care": ["Medication administration", "eMAR", "ADL care", "Vital signs"]},
        "certs": [
            ("Medication Aide Permit", "Texas Health and Human Services Commission", "2022-12"),
            ("Certified Nurse Aide", "Texas HHSC Nurse Aide Registry", "2021-05"),
        ],
        "edu": [("High School Diploma", "", "Pflugerville High School", "2020")],
        "unq": {
            "label": "CNA",
            "summary": "CNA in assisted living; careful with documentation and resident comfort.",
            "work": [
                ("Resident Care Aide", "Sunrise of Austin", "2023-01", "", [
                    "ADL care for 12 residents; remind residents of medication times",
                    "Report changes to the charge nurse",
                ]),
                ("CNA", "Querencia at Barton Creek", "2021-06", "2022-12", [
                    "ADL care for long-term residents",
                ]),
            ],
            "skills": {"Care": ["ADL care", "Vital signs", "Documentation"]},
            "certs": [("Certified Nurse Aide", "Texas HHSC Nurse Aide Registry", "2021-05")],
        },
        "decisive": ("Texas Medication Aide permit", ["medication aide", "CMA", "medication aide permit"], "credential level"),
    },
    {
        "id": "pharmtech-heldout-1",
        "occ": "pharmacy_technician",
        "title": "Inpatient Pharmacy Technician",
        "company": "Cleveland Clinic",
        "location": "Cleveland, OH",
        "posting": """
Inpatient Pharmacy Technician

Fill and deliver unit-dose and first-dose medications, restock Omnicell cabinets, prepare IV batches under supervision and manage floor stock.

Requirements: Ohio Board of Pharmacy certified pharmacy technician registration; PTCB or ExCPT certification; at least two years of hospital (inpatient) pharmacy experience - retail experience alone does not meet this requirement.
""",
        "name": "Brandon Kelly",
        "label": "Pharmacy Technician",
        "summary": "Certified pharmacy technician with hospital experience in unit dose, automated cabinets and IV batching.",
        "where": ("Parma", "OH"),
        "work": [
            ("Pharmacy Technician II, Inpatient", "University Hospitals Cleveland Medical Center", "2022-04", "", [
                "Fill unit-dose carts and first doses; restock Omnicell cabinets on 12 units",
                "Batch IV piggybacks under pharmacist supervision",
            ]),
            ("Pharmacy Technician", "CVS Pharmacy", "2020-05", "2022-03", [
                "Retail prescription filling and insurance billing",
            ]),
        ],
        "skills": {"Pharmacy": ["Unit dose", "Omnicell", "IV batching", "Floor stock"]},
        "certs": [
            ("CPhT", "Pharmacy Technician Certification Board", "2020-08"),
            ("Certified Pharmacy Technician registration", "Ohio Board of Pharmacy", "2020-09"),
        ],
        "edu": [("High School Diploma", "", "Parma Senior High School", "2019")],
        "unq": {
            "work": [
                ("Pharmacy Technician II, Inpatient", "University Hospitals Cleveland Medical Center", "2026-03", "", [
                    "Fill unit-dose carts and first doses; restock Omnicell cabinets on 12 units",
                    "Batch IV piggybacks under pharmacist supervision",
                ]),
                ("Pharmacy Technician", "CVS Pharmacy", "2020-05", "2026-02", [
                    "Retail prescription filling and insurance billing",
                ]),
            ],
        },
        "decisive": ("two years of inpatient hospital pharmacy experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "pharmtech-heldout-2",
        "occ": "pharmacy_technician",
        "title": "Pharmacy Technician",
        "company": "Fred Meyer Pharmacy",
        "location": "Spokane, WA",
        "posting": """
We're looking for a licensed Pharmacy Technician (Washington) to join a busy community pharmacy. You'll enter and fill prescriptions, run insurance, count and pour under pharmacist supervision, and help customers.

Must hold an active Washington Pharmacy Technician license from the Pharmacy Quality Assurance Commission (a pharmacy assistant registration is not sufficient). National certification preferred.
""",
        "name": "Katie Sorensen",
        "label": "Licensed Pharmacy Technician",
        "summary": "Licensed pharmacy technician in community pharmacy: data entry, filling and insurance.",
        "where": ("Spokane Valley", "WA"),
        "work": [
            ("Pharmacy Technician", "Rite Aid", "2023-02", "", [
                "Enter and fill 300 prescriptions a day; resolve insurance rejections",
                "Count and pour under pharmacist supervision; manage will-call",
            ]),
        ],
        "skills": {"Pharmacy": ["Prescription entry", "Insurance billing", "Inventory"]},
        "certs": [("Pharmacy Technician License", "Washington Pharmacy Quality Assurance Commission", "2023-01"), ("CPhT", "PTCB", "2023-06")],
        "edu": [("Certificate", "Pharmacy Technician", "Spokane Community College", "2022")],
        "unq": {
            "label": "Pharmacy Assistant",
            "summary": "Registered pharmacy assistant in community pharmacy: filling support, insurance and customer care.",
            "work": [
                ("Pharmacy Assistant", "Rite Aid", "2023-02", "", [
                    "Help with 300 prescriptions a day; ring out customers and manage will-call",
                    "Restock shelves and process returns under pharmacist supervision",
                ]),
            ],
            "certs": [("Pharmacy Assistant Registration", "Washington Pharmacy Quality Assurance Commission", "2023-01")],
            "edu": [("High School Diploma", "", "Central Valley High School", "2022")],
            "skills": {"Pharmacy": ["Will-call", "Customer service", "Inventory"]},
        },
        "decisive": ("Washington Pharmacy Technician license", ["pharmacy technician", "technician", "CPhT"], "licence level"),
    },
    {
        "id": "pharmtech-heldout-3",
        "occ": "pharmacy_technician",
        "title": "Lead Pharmacy Technician - Advanced",
        "company": "Vanderbilt University Medical Center",
        "location": "Nashville, TN",
        "posting": """
Lead Pharmacy Technician
* CPhT-Adv (PTCB Advanced Certified Pharmacy Technician) required
* TN pharmacy technician registration
* 3 yrs pharmacy technician experience
* supervise schedules, train techs, inventory and controlled substances
""",
        "name": "Andrea Bishop",
        "label": "Senior Pharmacy Technician",
        "summary": "Senior pharmacy technician with advanced PTCB credential; trains technicians and runs controlled substance inventory.",
        "where": ("Franklin", "TN"),
        "work": [
            ("Pharmacy Technician III", "Ascension Saint Thomas", "2021-03", "", [
                "Train new technicians and build the weekly schedule",
                "Run controlled substance inventory and reconcile CII vault counts",
            ]),
            ("Pharmacy Technician", "Walgreens", "2018-08", "2021-02", [
                "Community pharmacy filling and billing",
            ]),
        ],
        "skills": {"Pharmacy": ["Technician training", "Controlled substance inventory", "Scheduling", "Sterile compounding"]},
        "certs": [
            ("Advanced Certified Pharmacy Technician (CPhT-Adv)", "Pharmacy Technician Certification Board", "2023-09"),
            ("Pharmacy Technician Registration", "Tennessee Board of Pharmacy", "2018-08"),
        ],
        "edu": [("Associate of Applied Science", "Pharmacy Technology", "Nashville State Community College", "2018")],
        "unq": {
            "summary": "Senior pharmacy technician who trains technicians and runs controlled substance inventory.",
            "certs": [
                ("Certified Pharmacy Technician (CPhT)", "Pharmacy Technician Certification Board", "2018-10"),
                ("Pharmacy Technician Registration", "Tennessee Board of Pharmacy", "2018-08"),
            ],
        },
        "decisive": ("PTCB CPhT-Adv", ["CPhT-Adv", "advanced certified pharmacy technician"], "credential level"),
    },
    {
        "id": "paramedic-heldout-1",
        "occ": "paramedic",
        "title": "Paramedic",
        "company": "Falck",
        "location": "Alameda, CA",
        "posting": """
Falck provides 911 ambulance service for Alameda County. As a Paramedic you will lead care on an ALS ambulance with an EMT partner.

To apply you need a California Paramedic License (EMSA) and be able to gain Alameda County accreditation, plus current ACLS, PALS and PHTLS, a California driver license and ambulance driver certificate. New paramedics are welcome; we provide a field training program.
""",
        "name": "Jose Ramirez",
        "label": "Paramedic",
        "summary": "Newly licensed paramedic with three years of EMT experience on 911 ambulances.",
        "where": ("Hayward", "CA"),
        "work": [
            ("Paramedic", "American Medical Response", "2025-09", "", [
                "Lead ALS care on 911 calls with an EMT partner",
            ]),
            ("EMT", "American Medical Response", "2022-06", "2025-08", [
                "BLS 911 and interfacility transports",
            ]),
        ],
        "skills": {"Clinical": ["ALS assessment", "Airway management", "12-lead ECG", "Medication administration"]},
        "certs": [
            ("Paramedic License", "California Emergency Medical Services Authority", "2025-08"),
            ("ACLS, PALS", "American Heart Association", "2025-08"),
            ("PHTLS", "NAEMT", "2025-07"),
            ("Ambulance Driver Certificate", "California DMV", "2022-06"),
        ],
        "edu": [("Certificate", "Paramedic Program", "Chabot College", "2025")],
        "unq": {
            "label": "EMT",
            "summary": "EMT with three years of experience on 911 ambulances.",
            "work": [
                ("EMT", "American Medical Response", "2022-06", "", [
                    "BLS 911 and interfacility transports",
                    "Assist ALS partners with cardiac monitoring and IV setup",
                ]),
            ],
            "skills": {"Clinical": ["BLS assessment", "Splinting", "Oxygen therapy", "Patient lifting and movement"]},
            "certs": [
                ("EMT Certification", "Alameda County EMS Agency", "2022-05"),
                ("BLS", "American Heart Association", "2025-08"),
                ("Ambulance Driver Certificate", "California DMV", "2022-06"),
            ],
            "edu": [("Certificate", "Emergency Medical Technician", "Chabot College", "2022")],
        },
        "decisive": ("California Paramedic License", ["paramedic", "NRP"], "credential level"),
    },
    {
        "id": "paramedic-heldout-2",
        "occ": "paramedic",
        "title": "Critical Care Transport Paramedic",
        "company": "Boston MedFlight",
        "location": "Bedford, MA",
        "posting": """
Critical Care Paramedic - ground CCT
Requirements:
- Massachusetts Paramedic certification + NRP
- CCP-C (IBSC Certified Critical Care Paramedic) - required at hire
- 3 years of 911 ALS experience
- ventilators, pumps, arterial lines
""",
        "name": "Kevin O'Brien",
        "label": "Critical Care Paramedic",
        "summary": "Paramedic with six years of 911 ALS and two years of critical care transport; ventilators, pumps and arterial lines.",
        "where": ("Lowell", "MA"),
        "work": [
            ("Critical Care Transport Paramedic", "Armstrong Ambulance", "2024-09", "", [
                "Interfacility CCT with ventilators, multiple infusion pumps and arterial line monitoring",
            ]),
            ("Paramedic", "Lowell General EMS", "2020-05", "2024-08", [
                "911 ALS in a busy urban system",
            ]),
        ],
        "skills": {"Clinical": ["Ventilator management", "Arterial line monitoring", "Infusion pumps", "RSI"]},
        "certs": [
            ("Certified Critical Care Paramedic (CCP-C)", "IBSC", "2024-06"),
            ("Paramedic Certification", "Massachusetts Office of EMS", "2020-04"),
            ("Nationally Registered Paramedic", "NREMT", "2020-04"),
        ],
        "edu": [("Associate in Science", "Paramedic Technology", "Northern Essex Community College", "2020")],
        "unq": {
            "label": "Paramedic",
            "summary": "Paramedic with six years of 911 ALS and two years of interfacility transport; ventilators, pumps and arterial lines.",
            "work": [
                ("Transport Paramedic", "Armstrong Ambulance", "2024-09", "", [
                    "Interfacility transports with ventilators, multiple infusion pumps and arterial line monitoring",
                ]),
                ("Paramedic", "Lowell General EMS", "2020-05", "2024-08", [
                    "911 ALS in a busy urban system",
                ]),
            ],
            "certs": [
                ("Paramedic Certification", "Massachusetts Office of EMS", "2020-04"),
                ("Nationally Registered Paramedic", "NREMT", "2020-04"),
            ],
        },
        "decisive": ("IBSC Certified Critical Care Paramedic (CCP-C)", ["CCP-C", "critical care paramedic"], "certificate"),
    },
    {
        "id": "paramedic-heldout-3",
        "occ": "paramedic",
        "title": "Firefighter/Paramedic",
        "company": "Orange County Fire Rescue",
        "location": "Orlando, FL",
        "posting": """
Orange County Fire Rescue is accepting applications for Firefighter/Paramedic. Candidates must hold a State of Florida Paramedic certification (Florida Department of Health) and a Florida Firefighter Minimum Standards certificate at the time of application, along with ACLS, PALS and a valid driver license. Out-of-state certifications must be converted to Florida before applying.
""",
        "name": "Tyler Grant",
        "label": "Firefighter/Paramedic",
        "summary": "Firefighter and paramedic working engine and rescue shifts; ALS care and fire suppression.",
        "where": ("Sanford", "FL"),
        "work": [
            ("Firefighter/Paramedic", "Seminole County Fire Department", "2021-10", "", [
                "ALS care on rescue units and fire suppression on engine companies",
            ]),
        ],
        "skills": {"Fire and EMS": ["ALS care", "Fire suppression", "Vehicle extrication", "Hazmat operations"], "Other": ["Valid driver license"]},
        "certs": [
            ("Paramedic Certification", "Florida Department of Health, Bureau of EMS", "2021-06"),
            ("Firefighter II (Minimum Standards)", "Florida Bureau of Fire Standards and Training", "2021-08"),
            ("ACLS, PALS", "American Heart Association", "2025-05"),
        ],
        "edu": [("Associate of Science", "Emergency Medical Services", "Seminole State College", "2021")],
        "unq": {
            "where": ("Valdosta", "GA"),
            "work": [
                ("Firefighter/Paramedic", "Valdosta Fire Department", "2021-10", "", [
                    "ALS care on rescue units and fire suppression on engine companies",
                ]),
            ],
            "certs": [
                ("Paramedic License", "Georgia Office of EMS and Trauma", "2021-06"),
                ("Nationally Registered Paramedic", "NREMT", "2021-06"),
                ("Firefighter II", "Georgia Firefighter Standards and Training Council", "2021-08"),
                ("ACLS, PALS", "American Heart Association", "2025-05"),
            ],
            "edu": [("Associate of Applied Science", "Paramedicine", "Wiregrass Georgia Technical College", "2021")],
        },
        "decisive": ("State of Florida Paramedic certification", ["Florida"], "jurisdiction"),
    },
    {
        "id": "hygienist-heldout-1",
        "occ": "dental_hygienist",
        "title": "Registered Dental Hygienist",
        "company": "Castle Dental",
        "location": "Houston, TX",
        "posting": """
Registered Dental Hygienist - Mon-Thu

You'll provide prophylaxis and periodontal therapy, take radiographs, chart and educate patients in a busy general practice.

Requirements: Texas RDH license (TSBDE), CPR, 1+ year of hygiene experience preferred. Eaglesoft a plus.
""",
        "name": "Jennifer Lopez",
        "label": "Hygienist",
        "summary": "Texas-licensed hygienist giving prophy, SRP and radiographs in general practice.",
        "where": ("Katy", "TX"),
        "work": [
            ("Dental Hygienist", "Heights Family Dentistry", "2023-06", "", [
                "Prophylaxis, SRP and perio maintenance for 8 patients a day",
                "Take and read radiographs; chart in Eaglesoft",
            ]),
        ],
        "skills": {"Clinical": ["Prophylaxis", "SRP", "Radiographs", "Patient education"], "Software": ["Eaglesoft"]},
        "certs": [("Registered Dental Hygienist (RDH) License", "Texas State Board of Dental Examiners", "2023-05"), ("CPR", "American Heart Association", "2025-04")],
        "edu": [("Associate of Applied Science", "Dental Hygiene", "Lone Star College", "2023")],
        "unq": {
            "label": "Dental Assistant",
            "summary": "Texas-registered dental assistant: chairside assisting, radiographs and coronal polish in general practice.",
            "work": [
                ("Registered Dental Assistant", "Heights Family Dentistry", "2023-06", "", [
                    "Chairside assisting, coronal polish and sealants for 15 patients a day",
                    "Take radiographs; chart in Eaglesoft",
                ]),
            ],
            "skills": {"Clinical": ["Chairside assisting", "Coronal polishing", "Radiographs", "Sealants"], "Software": ["Eaglesoft"]},
            "certs": [("Registered Dental Assistant (RDA)", "Texas State Board of Dental Examiners", "2023-05"), ("CPR", "American Heart Association", "2025-04")],
            "edu": [("Certificate", "Dental Assisting", "Lone Star College", "2023")],
        },
        "decisive": ("Texas RDH license", ["RDH", "hygienist", "dental hygiene", "registered dental hygienist"], "licence level"),
    },
    {
        "id": "hygienist-heldout-2",
        "occ": "dental_hygienist",
        "title": "Dental Hygienist",
        "company": "Willamette Dental Group",
        "location": "Portland, OR",
        "posting": """
DENTAL HYGIENIST
Oregon dental hygiene license - active, required
local anesthesia + nitrous endorsements (Oregon)
2 yrs clinical experience
4x10 schedule, benefits, 401k
""",
        "name": "Lauren Becker",
        "label": "Licensed Dental Hygienist",
        "summary": "Dental hygienist licensed in Oregon with anesthesia and nitrous endorsements; prophy, SRP and patient coaching.",
        "where": ("Beaverton", "OR"),
        "work": [
            ("Dental Hygienist", "Pacific Dental Services", "2021-08", "", [
                "Adult and pediatric hygiene, SRP with local anesthesia, nitrous oxide monitoring",
            ]),
        ],
        "skills": {"Clinical": ["Local anesthesia", "Nitrous oxide", "SRP", "Prophylaxis"]},
        "certs": [
            ("Dental Hygiene License with Local Anesthesia and Nitrous Oxide endorsements", "Oregon Board of Dentistry", "2021-07"),
        ],
        "edu": [("Bachelor of Science", "Dental Hygiene", "Oregon Institute of Technology", "2021")],
        "unq": {
            "where": ("Boise", "ID"),
            "work": [
                ("Dental Hygienist", "Pacific Dental Services (Boise)", "2021-08", "", [
                    "Adult and pediatric hygiene, SRP with local anesthesia, nitrous oxide monitoring",
                ]),
            ],
            "summary": "Dental hygienist licensed in Idaho with anesthesia and nitrous endorsements; prophy, SRP and patient coaching.",
            "certs": [
                ("Dental Hygiene License with Local Anesthesia and Nitrous Oxide endorsements", "Idaho State Board of Dentistry", "2021-07"),
            ],
            "edu": [("Bachelor of Science", "Dental Hygiene", "Idaho State University", "2021")],
        },
        "decisive": ("active Oregon dental hygiene license", ["Oregon"], "jurisdiction"),
    },
    {
        "id": "hygienist-heldout-3",
        "occ": "dental_hygienist",
        "title": "Registered Dental Hygienist in Alternative Practice (RDHAP) - Mobile Program",
        "company": "Apple Tree Dental",
        "location": "Sacramento, CA",
        "posting": """
Our mobile program brings preventive dental care to skilled nursing facilities and schools. The hygienist works independently on site, with a supervising dentist available by referral.

You must hold a California RDHAP license (Registered Dental Hygienist in Alternative Practice); an RDH license alone is not sufficient for independent practice in these settings. Two years of clinical hygiene experience, and comfort working with elderly and medically complex patients.
""",
        "name": "Michelle Tan",
        "label": "RDHAP",
        "summary": "Hygienist in alternative practice providing preventive care in nursing homes and schools.",
        "where": ("Davis", "CA"),
        "work": [
            ("Dental Hygienist in Alternative Practice", "Smile Program Mobile Dentistry", "2022-03", "", [
                "Provide cleanings, fluoride and screenings to residents of 9 skilled nursing facilities",
                "Coordinate referrals with a supervising dentist",
            ]),
            ("Registered Dental Hygienist", "Sacramento Family Dental", "2019-06", "2022-02", [
                "General practice hygiene",
            ]),
        ],
        "skills": {"Clinical": ["Geriatric care", "Portable equipment", "Prophylaxis", "Fluoride varnish"]},
        "certs": [
            ("Registered Dental Hygienist in Alternative Practice (RDHAP) License", "Dental Hygiene Board of California", "2022-01"),
            ("Registered Dental Hygienist License", "Dental Hygiene Board of California", "2019-05"),
        ],
        "edu": [("Bachelor of Science", "Dental Hygiene", "University of the Pacific", "2019"), ("Certificate", "RDHAP Education Program", "West Los Angeles College", "2021")],
        "unq": {
            "label": "Registered Dental Hygienist",
            "summary": "Hygienist providing preventive care in nursing homes and schools with a visiting dentist.",
            "work": [
                ("Dental Hygienist", "Smile Program Mobile Dentistry", "2022-03", "", [
                    "Provide cleanings, fluoride and screenings to residents of 9 skilled nursing facilities under dentist supervision",
                    "Coordinate referrals with a supervising dentist",
                ]),
                ("Registered Dental Hygienist", "Sacramento Family Dental", "2019-06", "2022-02", [
                    "General practice hygiene",
                ]),
            ],
            "certs": [("Registered Dental Hygienist License", "Dental Hygiene Board of California", "2019-05")],
            "edu": [("Bachelor of Science", "Dental Hygiene", "University of the Pacific", "2019")],
        },
        "decisive": ("California RDHAP license", ["RDHAP", "alternative practice"], "licence level"),
    },
]
