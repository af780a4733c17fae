"""Fresh4 half, health: medical assistant, physical therapist assistant, optician, nuclear medicine technologist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "medical_assistant-fresh4-1",
        "occ": "medical_assistant",
        "title": "Medical Assistant - Family Medicine Clinic",
        "company": "Providence",
        "location": "Portland, OR",
        "posting": """
Providence Medical Group is hiring a Medical Assistant for a busy family medicine clinic in northeast Portland. You will room patients, take vitals and histories, give injections and immunizations, perform point-of-care testing and help our providers keep the day on time.

Required qualifications:
- Graduation from an accredited medical assisting program, or equivalent military training
- Current national certification as a CMA (AAMA) or RMA (AMT)
- BLS for Healthcare Providers
- One year of clinical experience in an outpatient setting

Preferred qualifications:
- Experience charting in Epic
- Venipuncture experience

Providence offers medical, dental and vision coverage, a 403(b) with employer match and paid time off. Providence is an equal opportunity employer.
""",
        "name": "Dana Whitlock",
        "label": "Certified Medical Assistant",
        "summary": "Certified medical assistant with four years in primary care and urgent care clinics; rooms patients, gives vaccines, draws blood and keeps the schedule moving.",
        "where": ("Gresham", "OR"),
        "work": [
            ("Clinical Medical Assistant", "Legacy Health - Legacy Medical Group Internal Medicine", "2023-04", "", [
                "Room 25-30 patients a day: vital signs, medication reconciliation and chief complaint in Epic",
                "Administer intramuscular and subcutaneous injections and childhood immunizations under standing orders",
                "Run point-of-care tests (A1c, strep, urinalysis) and document results",
            ]),
            ("Medical Assistant", "ZoomCare", "2022-06", "2023-03", [
                "Supported urgent care providers with rooming, EKGs, splinting and wound care set-up",
                "Performed venipuncture and specimen processing",
            ]),
        ],
        "skills": {"Clinical": ["Vital signs", "Injections", "Venipuncture", "EKG", "Point-of-care testing"], "Systems": ["Epic"]},
        "certs": [
            ("Certified Medical Assistant", "American Association of Medical Assistants", "2022-05"),
            ("Basic Life Support (BLS) Provider", "American Heart Association", "2025-02"),
        ],
        "edu": [("Diploma", "Medical Assisting (CAAHEP-accredited)", "Concorde Career College, Portland", "2022")],
        "unq": {
            "label": "Medical Assistant",
            "summary": "Medical assistant with four years in primary care and urgent care clinics; rooms patients, gives vaccines, draws blood and keeps the schedule moving.",
            "certs": [
                ("Basic Life Support (BLS) Provider", "American Heart Association", "2025-02"),
                ("Venipuncture Skills Certificate of Completion", "Concorde Career College", "2022-04"),
            ],
        },
        "decisive": ("CMA (AAMA) or RMA (AMT) certification", ["CMA", "RMA", "certified medical assistant", "registered medical assistant"], "certificate"),
    },
    {
        "id": "medical_assistant-fresh4-2",
        "occ": "medical_assistant",
        "title": "Bilingual Medical Assistant (English/Spanish)",
        "company": "Sea Mar Community Health Centers",
        "location": "Mount Vernon, WA",
        "posting": """
MEDICAL ASSISTANT - BILINGUAL
Pediatrics & family practice | full time | Mon-Fri

what you'll do
- room pts, vitals, hx, vaccines per standing orders
- phone triage messages to providers, refill requests
- interpret for providers during visits when needed

must have
- WA Medical Assistant-Certified (MA-C) credential from DOH
- fluent in Spanish and English - bilingual skills tested at hire
- current BLS card

nice to have: NextGen EHR, experience w/ community health / FQHC patients
""",
        "name": "Yesenia Morales",
        "label": "Medical Assistant-Certified",
        "summary": "Washington medical assistant with four years in pediatric and family practice clinics; fast with vaccines, well-child visits and patient phone messages.",
        "where": ("Burlington", "WA"),
        "work": [
            ("Medical Assistant", "Skagit Regional Health - Pediatrics", "2024-01", "", [
                "Room children and adults for well-child, sick and chronic-care visits; record vitals and growth charts",
                "Give immunizations under standing orders and track the state immunization registry",
                "Manage the clinic's refill and phone message queue for four providers",
            ]),
            ("Medical Assistant", "Community Health Center of Snohomish County", "2022-09", "2023-12", [
                "Rooming, vitals, EKGs and point-of-care tests in a federally qualified health center",
                "Explained visit instructions to families in their home language",
            ]),
        ],
        "skills": {"Clinical": ["Immunizations", "Vital signs", "Well-child visits", "Phone messages"], "Systems": ["NextGen", "Epic"]},
        "certs": [
            ("Medical Assistant-Certified (MA-C)", "Washington State Department of Health", "2022-08"),
            ("BLS Provider", "American Heart Association", "2025-06"),
        ],
        "edu": [("Certificate", "Medical Assisting", "Skagit Valley College", "2022")],
        "langs": [("Spanish", "Native speaker"), ("English", "Full professional proficiency")],
        "unq": {
            "name": "Yelena Morozova",
            "langs": [("English", "Native speaker"), ("Russian", "Full professional proficiency")],
        },
        "decisive": ("Fluent Spanish (bilingual English/Spanish)", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "physical_therapist_assistant-fresh4-1",
        "occ": "physical_therapist_assistant",
        "title": "Physical Therapist Assistant - Outpatient Orthopedics",
        "company": "Select Physical Therapy",
        "location": "Columbus, OH",
        "posting": """
Select Physical Therapy is looking for a Physical Therapist Assistant to join our outpatient orthopedic clinic in Clintonville. You will carry out treatment plans written by our physical therapists: therapeutic exercise, manual techniques, gait training and modalities, with documentation the same day.

Qualifications
- Graduate of a CAPTE-accredited physical therapist assistant program
- Current Ohio PTA license in good standing
- CPR certification
- New graduates welcome; outpatient orthopedic experience is a plus

We offer a clinical mentorship program, continuing education allowance, medical/dental/vision and a 401(k). EOE.
""",
        "name": "Marcus Bell",
        "label": "Licensed PTA",
        "summary": "Licensed physical therapist assistant with three years in outpatient orthopedics and sports rehab; strong in exercise progression and post-op knee and shoulder programs.",
        "where": ("Westerville", "OH"),
        "work": [
            ("Licensed Physical Therapist Assistant", "OhioHealth Sports Medicine & Rehabilitation", "2023-08", "", [
                "Treat 12-14 patients a day under PT plans of care: therapeutic exercise, joint mobilization, gait training, e-stim",
                "Progress ACL reconstruction and rotator cuff repair protocols and report changes to the supervising PT",
                "Document daily notes in WebPT",
            ]),
            ("Rehabilitation Aide", "Mount Carmel East", "2020-05", "2021-08", [
                "Set up treatment areas and assisted with transfers and exercise supervision",
            ]),
        ],
        "skills": {"Rehab": ["Therapeutic exercise", "Manual therapy", "Gait training", "Modalities"], "Systems": ["WebPT"]},
        "certs": [
            ("Physical Therapist Assistant License", "Ohio Occupational Therapy, Physical Therapy, and Athletic Trainers Board", "2023-07"),
            ("BLS CPR/AED", "American Heart Association", "2025-01"),
        ],
        "edu": [("Associate of Applied Science", "Physical Therapist Assistant Technology (CAPTE-accredited)", "Columbus State Community College", "2023")],
        "unq": {
            "label": "Physical Therapy Technician",
            "summary": "Physical therapy technician with three years in outpatient orthopedics and sports rehab; strong in exercise set-up and post-op knee and shoulder programs.",
            "work": [
                ("Physical Therapy Technician", "OhioHealth Sports Medicine & Rehabilitation", "2023-08", "", [
                    "Support 12-14 patient visits a day: set up exercise stations, apply hot and cold packs, supervise home programs",
                    "Guide patients through ACL and rotator cuff exercise sheets and tell the physical therapist about problems",
                    "Enter flow sheets and billing slips in WebPT",
                ]),
                ("Rehabilitation Aide", "Mount Carmel East", "2020-05", "2021-08", [
                    "Set up treatment areas and assisted with transfers and exercise supervision",
                ]),
            ],
            "certs": [("BLS CPR/AED", "American Heart Association", "2025-01")],
            "edu": [("Bachelor of Science", "Exercise Science", "The Ohio State University", "2023")],
        },
        "decisive": ("Current Ohio PTA license", ["PTA", "physical therapist assistant"], "licence level"),
    },
    {
        "id": "physical_therapist_assistant-fresh4-2",
        "occ": "physical_therapist_assistant",
        "title": "PTA - Home Health",
        "company": "BAYADA Home Health Care",
        "location": "Philadelphia, PA",
        "posting": """
BAYADA Home Health Care is seeking an experienced Physical Therapist Assistant (PTA) to see adult and senior clients in their homes across northeast Philadelphia.

Requirements:
- Licensed PTA in Pennsylvania
- Minimum of 3 years of experience as a licensed PTA; home health or skilled nursing experience strongly preferred
- Valid driver's license, auto insurance and a reliable vehicle
- CPR certification

Why BAYADA? Flexible scheduling, mileage reimbursement, paid time off and a 401(k). BAYADA is an equal opportunity employer.
""",
        "name": "Theresa Quinlan",
        "label": "Physical Therapist Assistant",
        "summary": "Pennsylvania-licensed physical therapist assistant with six years of post-acute rehabilitation, most of it in patients' homes; falls prevention and post-hospital recovery.",
        "where": ("Philadelphia", "PA"),
        "work": [
            ("Physical Therapist Assistant, Home Care", "Jefferson Home Care Network", "2022-03", "", [
                "Carry a caseload of 28-32 home visits a week: strengthening, balance and transfer training",
                "Teach caregivers safe transfers and home exercise programs; report to the supervising PT",
                "Document visits on a tablet the same day (HCHB)",
            ]),
            ("Physical Therapist Assistant", "Genesis HealthCare - Skilled Nursing", "2020-06", "2022-02", [
                "Treated short-term rehab residents after hip and knee replacement and stroke",
            ]),
            ("Rehab Aide", "Genesis HealthCare - Skilled Nursing", "2018-01", "2020-05", [
                "Set up gym sessions and helped residents walk and transfer",
            ]),
        ],
        "skills": {"Rehab": ["Balance training", "Falls prevention", "Transfer training", "Caregiver education"], "Systems": ["Homecare Homebase (HCHB)"]},
        "certs": [
            ("Physical Therapist Assistant Certification", "Pennsylvania State Board of Physical Therapy", "2020-05"),
            ("CPR/AED for Healthcare Providers", "American Red Cross", "2025-04"),
            ("Class C Driver's License", "PennDOT", ""),
        ],
        "edu": [("Associate in Applied Science", "Physical Therapist Assistant", "Community College of Philadelphia", "2020")],
        "unq": {
            "summary": "Pennsylvania-licensed physical therapist assistant in home care after years in skilled nursing rehabilitation; falls prevention and post-hospital recovery.",
            "work": [
                ("Physical Therapist Assistant, Home Care", "Jefferson Home Care Network", "2024-10", "", [
                    "Carry a caseload of 28-32 home visits a week: strengthening, balance and transfer training",
                    "Teach caregivers safe transfers and home exercise programs; report to the supervising PT",
                    "Document visits on a tablet the same day (HCHB)",
                ]),
                ("Rehab Aide", "Genesis HealthCare - Skilled Nursing", "2018-01", "2024-09", [
                    "Set up gym sessions, helped residents walk and transfer and cleaned equipment",
                    "Finished the PTA program at night while working full time",
                ]),
            ],
            "certs": [
                ("Physical Therapist Assistant Certification", "Pennsylvania State Board of Physical Therapy", "2024-09"),
                ("CPR/AED for Healthcare Providers", "American Red Cross", "2025-04"),
                ("Class C Driver's License", "PennDOT", ""),
            ],
            "edu": [("Associate in Applied Science", "Physical Therapist Assistant", "Community College of Philadelphia", "2024")],
        },
        "decisive": ("Minimum of 3 years as a licensed PTA", ["years", "yrs"], "years"),
    },
    {
        "id": "optician-fresh4-1",
        "occ": "optician",
        "title": "Registered Optician",
        "company": "Hakim Optical",
        "location": "Toronto, ON, Canada",
        "posting": """
About the role
Hakim Optical is hiring a full-time Registered Optician for our Yonge Street store. You will interpret prescriptions, help clients choose frames and lenses, take measurements, verify and dispense finished eyewear and fit contact lenses.

What you need
- Registration as an Optician (RO) with the College of Opticians of Ontario, in good standing
- Contact lens fitting experience
- Comfort with lensometers, pupillometers and frame adjustments
- Weekend availability

What we offer
Competitive pay with sales incentives, staff eyewear and extended health benefits.
""",
        "name": "Priya Raman",
        "label": "Registered Optician (Eyeglasses and Contact Lenses)",
        "summary": "Optician registered to dispense eyeglasses and contact lenses, with five years in independent and retail optical stores in the Greater Toronto Area.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Optician", "IRIS The Visual Group - Square One", "2022-05", "", [
                "Dispense single-vision, progressive and specialty lenses; take PD, segment height and vertex measurements",
                "Fit soft and toric contact lenses and teach insertion and removal",
                "Verify finished jobs on the lensometer and adjust frames at pick-up",
            ]),
            ("Intern Optician", "Doctor's Choice Optical, Brampton", "2021-06", "2022-04", [
                "Dispensed eyewear under the supervision of a registered optician",
            ]),
        ],
        "skills": {"Dispensing": ["Progressive lenses", "Contact lens fitting", "Lensometry", "Frame adjustment", "Pupillometer"]},
        "certs": [
            ("Registered Optician - Certificate of Registration", "College of Opticians of Ontario", "2022-04"),
            ("National Optical Sciences and Contact Lens Examinations (NACOR)", "National Association of Canadian Optician Regulators", "2022-03"),
        ],
        "edu": [("Diploma", "Opticianry", "Seneca Polytechnic", "2021")],
        "unq": {
            "summary": "Optician licensed to dispense eyeglasses and contact lenses, with five years in independent and retail optical stores in Metro Vancouver.",
            "where": ("Burnaby", "BC"),
            "work": [
                ("Optician", "IRIS The Visual Group - Metrotown", "2022-05", "", [
                    "Dispense single-vision, progressive and specialty lenses; take PD, segment height and vertex measurements",
                    "Fit soft and toric contact lenses and teach insertion and removal",
                    "Verify finished jobs on the lensometer and adjust frames at pick-up",
                ]),
                ("Student Optician", "Image Optometry, Vancouver", "2021-06", "2022-04", [
                    "Dispensed eyewear under the supervision of a licensed optician",
                ]),
            ],
            "certs": [
                ("Licensed Optician (Eyeglasses and Contact Lenses)", "College of Health and Care Professionals of British Columbia", "2022-04"),
                ("National Optical Sciences and Contact Lens Examinations (NACOR)", "National Association of Canadian Optician Regulators", "2022-03"),
            ],
            "edu": [("Diploma", "Opticianry", "Douglas College", "2021")],
        },
        "decisive": ("Registered with the College of Opticians of Ontario", ["Ontario", "College of Opticians of Ontario"], "jurisdiction"),
    },
    {
        "id": "optician-fresh4-2",
        "occ": "optician",
        "title": "Lead Optician",
        "company": "Visionworks",
        "location": "San Antonio, TX",
        "posting": """
Visionworks is looking for a Lead Optician to run the optical floor of a high-volume store: coach the team on lens recommendations, solve complex fits and make sure every pair leaves right.

Requirements
- ABO Advanced certification (ABOC-AC) required; NCLE certification a plus
- 3+ years of dispensing experience, including progressive and high-prescription lenses
- Prior lead or supervisory experience preferred
- Edging and lab experience a plus

Full-time associates are eligible for medical, dental, vision, 401(k) and an eyewear discount. Visionworks is an equal opportunity employer.
""",
        "name": "Carlos Villarreal",
        "label": "Optician, ABO Advanced Certified",
        "summary": "Optician with seven years of dispensing, nearly four of them as a floor lead; known for troubleshooting progressive and high-minus fits.",
        "where": ("San Antonio", "TX"),
        "work": [
            ("Optical Floor Supervisor", "Eyemart Express", "2023-02", "", [
                "Lead a team of five opticians and optical assistants; review every complex order before it goes to the lab",
                "Resolve non-adapts on progressives by re-measuring fitting heights and adjusting pantoscopic tilt and wrap",
            ]),
            ("Optician", "Walmart Vision Center", "2019-06", "2023-01", [
                "Dispensed eyewear and verified finished lenses; edged and mounted single-vision jobs in store",
            ]),
        ],
        "skills": {"Optical": ["Progressive lens fitting", "High-prescription lenses", "Edging", "Lens verification", "Team coaching"]},
        "certs": [
            ("American Board of Opticianry Advanced Certification (ABO-AC)", "ABO-NCLE", "2024-03"),
            ("ABO Basic Certification", "ABO-NCLE", "2020-02"),
        ],
        "edu": [("Associate of Applied Science", "Ophthalmic Dispensing", "Hillsborough Community College", "2019")],
        "unq": {
            "label": "Optician, ABO Certified",
            "certs": [
                ("ABO Basic Certification (ABOC)", "ABO-NCLE", "2020-02"),
                ("ABO recertification - continuing education completed", "ABO-NCLE", "2023-02"),
            ],
        },
        "decisive": ("ABO Advanced certification (ABOC-AC)", ["ABOC-AC", "ABO-AC", "ABO Advanced", "advanced certification"], "credential level"),
    },
    {
        "id": "nuclear_medicine_technologist-fresh4-1",
        "occ": "nuclear_medicine_technologist",
        "title": "Nuclear Medicine Technologist",
        "company": "I-MED Radiology Network",
        "location": "Brisbane, QLD, Australia",
        "posting": """
I-MED Radiology Network is seeking a Nuclear Medicine Technologist for our Brisbane clinics, full time with a shared on-call roster.

Your role: performing general nuclear medicine, SPECT/CT and PET/CT studies, preparing and administering radiopharmaceuticals, and looking after patients from booking to reporting.

About you:
- General registration with AHPRA as a medical radiation practitioner in nuclear medicine technology
- Experience in PET/CT is highly regarded
- Queensland radiation use licence, or able to obtain one before starting
- Strong patient care and teamwork

We offer salary packaging, professional development support and a friendly team. I-MED is an equal opportunity employer.
""",
        "name": "Hannah Ngata",
        "label": "Nuclear Medicine Technologist",
        "summary": "Nuclear medicine technologist with six years of general nuclear medicine, SPECT/CT and PET/CT in public and private practice.",
        "where": ("Brisbane", "QLD"),
        "country": "AU",
        "work": [
            ("Senior Nuclear Medicine Scientist", "Queensland X-Ray", "2022-07", "", [
                "Perform bone, cardiac, renal and lung scans and SPECT/CT, 20-25 patients a day",
                "Run FDG and PSMA PET/CT lists and dispense unit doses in the hot lab",
                "Train new staff on quality control of gamma cameras and dose calibrators",
            ]),
            ("Nuclear Medicine Technologist", "Royal Brisbane and Women's Hospital", "2020-02", "2022-06", [
                "Imaged inpatients and outpatients across general nuclear medicine and myocardial perfusion",
            ]),
        ],
        "skills": {"Imaging": ["SPECT/CT", "PET/CT", "Myocardial perfusion", "Radiopharmacy", "Gamma camera QC"]},
        "certs": [
            ("General registration - Medical Radiation Practitioner (Nuclear Medicine Technology)", "Medical Radiation Practice Board of Australia (AHPRA)", "2020-01"),
            ("Radiation use licence", "Queensland Health", "2020-02"),
        ],
        "edu": [("Bachelor of Medical Radiation Science (Nuclear Medicine)", "Nuclear Medicine", "University of Sydney", "2019")],
        "unq": {
            "summary": "Nuclear medicine technologist with six years of general nuclear medicine, SPECT/CT and PET/CT in public and private practice in Auckland.",
            "where": ("Auckland", ""),
            "country": "NZ",
            "work": [
                ("Senior Nuclear Medicine Technologist", "Mercy Radiology", "2022-07", "", [
                    "Perform bone, cardiac, renal and lung scans and SPECT/CT, 20-25 patients a day",
                    "Run FDG and PSMA PET/CT lists and dispense unit doses in the hot lab",
                    "Train new staff on quality control of gamma cameras and dose calibrators",
                ]),
                ("Nuclear Medicine Technologist", "Auckland City Hospital (Te Whatu Ora)", "2020-02", "2022-06", [
                    "Imaged inpatients and outpatients across general nuclear medicine and myocardial perfusion",
                ]),
            ],
            "certs": [
                ("Registration - Nuclear Medicine Technologist scope, annual practising certificate", "Medical Radiation Technologists Board of New Zealand", "2020-01"),
            ],
            "edu": [("Postgraduate Diploma in Health Sciences (Medical Imaging, Nuclear Medicine pathway)", "Nuclear Medicine", "University of Auckland", "2019")],
        },
        "decisive": ("General registration with AHPRA (nuclear medicine technology)", ["AHPRA", "Medical Radiation Practice Board"], "jurisdiction"),
    },
    {
        "id": "nuclear_medicine_technologist-fresh4-2",
        "occ": "nuclear_medicine_technologist",
        "title": "Lead Nuclear Medicine Technologist",
        "company": "Intermountain Health",
        "location": "Salt Lake City, UT",
        "posting": """
Job Description:
The Lead Nuclear Medicine Technologist coordinates daily work in the nuclear medicine department, performs diagnostic and therapeutic procedures, oversees radiation safety practices and trains staff and students.

Minimum Qualifications
- Certification as a nuclear medicine technologist by the NMTCB (CNMT) or ARRT(N)
- Five (5) years of experience as a nuclear medicine technologist
- BLS

Preferred Qualifications
- PET/CT experience
- Bachelor's degree

Physical Requirements: ability to move and position patients; standing for long periods.

Intermountain Health is an equal opportunity employer. Benefits begin day one and include medical, dental, vision, a 401(k) match and tuition help.
""",
        "name": "Jared Lindqvist",
        "label": "Nuclear Medicine Technologist, CNMT",
        "summary": "Nuclear medicine technologist with eight years in hospital departments, including PET/CT, cardiac stress imaging and I-131 therapies.",
        "where": ("Sandy", "UT"),
        "work": [
            ("Senior Nuclear Medicine Technologist", "University of Utah Health", "2021-09", "", [
                "Perform general, cardiac and oncologic nuclear medicine studies and PET/CT scans",
                "Prepare and assay radiopharmaceuticals; keep hot lab records for the radiation safety officer",
                "Precept nuclear medicine technology students",
            ]),
            ("Nuclear Medicine Technologist", "St. Mark's Hospital", "2018-06", "2021-08", [
                "Ran myocardial perfusion stress tests with cardiology and performed thyroid uptakes and therapies",
            ]),
            ("Radiologic Technologist", "St. Mark's Hospital", "2015-05", "2018-05", [
                "Performed general X-ray exams in the emergency department and outpatient imaging",
            ]),
        ],
        "skills": {"Imaging": ["PET/CT", "SPECT", "Myocardial perfusion imaging", "Radionuclide therapy", "Hot lab"]},
        "certs": [
            ("Certified Nuclear Medicine Technologist", "Nuclear Medicine Technology Certification Board", "2018-04"),
            ("Radiography (R)", "American Registry of Radiologic Technologists", "2015-04"),
            ("BLS Provider", "American Heart Association", "2025-03"),
        ],
        "edu": [
            ("Certificate", "Nuclear Medicine Technology", "Weber State University", "2018"),
            ("Associate of Applied Science", "Radiologic Sciences", "Weber State University", "2015"),
        ],
        "unq": {
            "summary": "Nuclear medicine technologist with a radiography background and eleven years in hospital imaging, including PET/CT, cardiac stress imaging and I-131 therapies.",
            "work": [
                ("Nuclear Medicine Technologist", "University of Utah Health", "2022-11", "", [
                    "Perform general, cardiac and oncologic nuclear medicine studies and PET/CT scans",
                    "Prepare and assay radiopharmaceuticals; keep hot lab records for the radiation safety officer",
                    "Precept nuclear medicine technology students",
                ]),
                ("Radiologic Technologist", "St. Mark's Hospital", "2015-05", "2022-10", [
                    "Performed general X-ray and portable exams in the emergency department and outpatient imaging",
                    "Cross-trained in the nuclear medicine department while finishing the certificate program",
                ]),
            ],
            "certs": [
                ("Certified Nuclear Medicine Technologist", "Nuclear Medicine Technology Certification Board", "2022-10"),
                ("Radiography (R)", "American Registry of Radiologic Technologists", "2015-04"),
                ("BLS Provider", "American Heart Association", "2025-03"),
            ],
            "edu": [
                ("Certificate", "Nuclear Medicine Technology", "Weber State University", "2022"),
                ("Associate of Applied Science", "Radiologic Sciences", "Weber State University", "2015"),
            ],
        },
        "decisive": ("Five years of experience as a nuclear medicine technologist", ["years", "yrs"], "years"),
    },
]
