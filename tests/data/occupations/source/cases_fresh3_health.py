"""fresh3 cases: healthcare (writer a). Invented postings and people; see PROVENANCE.md."""

CASES = [
    {
        "id": "surgical-technologist-fresh3-1",
        "occ": "surgical_technologist",
        "title": "Surgical Technologist - Main OR (Day Shift)",
        "company": "Novant Health",
        "location": "Charlotte, NC",
        "posting": """
Novant Health Presbyterian Medical Center is hiring a Surgical Technologist for the main OR (24 suites,
general, ortho, GYN, urology, ENT, neuro).

What you'll do
- Prepare the sterile field, instruments and supplies; pass instruments and anticipate the surgeon's needs
- Perform counts with the circulating RN; handle specimens per policy
- Take call per department rotation (about one weekend in four)

Qualifications
- Graduate of a CAAHEP- or ABHES-accredited surgical technology program
- Certified Surgical Technologist (CST) through NBSTSA required at time of hire. New grads who have not yet
  passed the NBSTSA exam should apply to our Surgical Tech Residency posting instead.
- BLS (American Heart Association) required
- Able to stand for long periods and lift up to 35 lbs

Full-time, 4x10s. Sign-on bonus for experienced techs. Novant Health is an equal opportunity employer.
""",
        "name": "Carlos Medina",
        "label": "Scrub Technologist, CST",
        "summary": "Scrub tech with five years in high-volume ORs; comfortable on ortho, spine and robotic GYN cases.",
        "where": ("Concord", "NC"),
        "work": [
            (
                "Scrub Tech II",
                "Atrium Health Cabarrus",
                "2023-02",
                None,
                [
                    "Scrub total joints, spine and da Vinci GYN cases; first scrub on trauma call",
                    "Preceptor for students from the Cabarrus College surgical technology program",
                ],
            ),
            (
                "OR Technician",
                "Atrium Health Pineville",
                "2021-06",
                "2023-01",
                [
                    "Set up back tables and Mayo stands for general, ENT and urology",
                    "Ran instrument counts and turnover",
                ],
            ),
        ],
        "edu": [("Associate in Applied Science", "Surgical Technology", "Central Piedmont Community College", "2021")],
        "skills": {
            "Operating room": ["sterile technique", "instrument counts", "robotic draping", "specimen handling"]
        },
        "certs": [
            ("Certified Surgical Technologist (CST)", "NBSTSA", "2021-07"),
            ("Basic Life Support (BLS) Provider", "American Heart Association", "2025-03"),
        ],
        "unq": {
            "label": "Scrub Technologist",
            "certs": [("Basic Life Support (BLS) Provider", "American Heart Association", "2025-03")],
        },
        "decisive": (
            "Certified Surgical Technologist (CST)",
            ["CST", "Certified Surgical Technologist"],
            "credential level",
        ),
    },
    {
        "id": "surgical-technologist-fresh3-2",
        "occ": "surgical_technologist",
        "title": "Surgical Tech - CVOR",
        "company": "Intermountain Health",
        "location": "Murray, UT",
        "posting": """
CVOR surg tech, Intermountain Medical Center. Open hearts (CABG, valves, aortic), TAVR/hybrid room, vascular.
- CST req'd (NBSTSA) or CSFA
- 3+ yrs scrubbing cardiac / CV surgery - must be able to scrub a pump case independently
- BLS
- call: 1 in 5 wknds, must respond within 30 min
- lifting up to 50 lbs, lead aprons in hybrid room
Shift differentials, relocation help available. EOE.
""",
        "name": "Jenna Kowalski",
        "label": "Cardiovascular Scrub Technologist",
        "summary": "Certified surgical technologist scrubbing open-heart, aortic and hybrid-room cases since 2021.",
        "where": ("West Jordan", "UT"),
        "work": [
            (
                "Scrub Tech, Heart & Vascular ORs",
                "University of Utah Health",
                "2021-04",
                None,
                [
                    "First scrub on CABG, valve repair/replacement and ascending aortic cases with perfusion on pump",
                    "Hybrid room scrub for TAVR and endovascular aneurysm repair",
                ],
            ),
            (
                "OR Technician",
                "St. Mark's Hospital",
                "2018-08",
                "2021-03",
                ["General, ortho and GYN cases on the day and evening shifts"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Surgical Technology", "Salt Lake Community College", "2018")],
        "skills": {"Cardiac": ["cardiopulmonary bypass setup", "sternotomy instrumentation", "vein harvest assist"]},
        "certs": [
            ("Certified Surgical Technologist (CST)", "NBSTSA", "2018-07"),
            ("BLS Provider", "American Heart Association", "2025-09"),
        ],
        "unq": {
            "work": [
                (
                    "Scrub Tech, Heart & Vascular ORs",
                    "University of Utah Health",
                    "2024-10",
                    None,
                    [
                        (
                            "First scrub on CABG, valve repair/replacement and ascending aortic cases with perfusion "
                            "on pump"
                        ),
                        "Hybrid room scrub for TAVR and endovascular aneurysm repair",
                    ],
                ),
                (
                    "OR Technician",
                    "St. Mark's Hospital",
                    "2018-08",
                    "2024-09",
                    ["General, ortho and GYN cases on the day and evening shifts"],
                ),
            ],
            "summary": "Certified surgical technologist scrubbing open-heart, aortic and hybrid-room cases since 2024.",
        },
        "decisive": ("3+ years of cardiac / CV scrub experience", ["years", "yrs"], "years"),
    },
    {
        "id": "phlebotomist-fresh3-1",
        "occ": "phlebotomist",
        "title": "Patient Services Representative (Phlebotomist)",
        "company": "Quest Diagnostics",
        "location": "Tampa, FL",
        "posting": """
As a Patient Services Representative at our Westshore Patient Service Center you will perform venipuncture and
capillary collections on adult and pediatric patients, register patients in our LIS and process specimens
for transport.

Requirements:
- High school diploma or GED
- National phlebotomy certification: PBT (ASCP), CPT (NHA), RPT (AMT) or NCPT (NCCT)
- 6 months of venipuncture experience in a clinical setting
- Customer service focus; able to work one Saturday a month

Quest Diagnostics is an equal opportunity employer. Background check and drug screen required.
""",
        "name": "Tamika Brooks",
        "label": "Phlebotomy Technician",
        "summary": (
            "Phlebotomist with three years of draws in a hospital outpatient lab, including pediatric and difficult "
            "sticks."
        ),
        "where": ("Brandon", "FL"),
        "work": [
            (
                "Lab Assistant I - Outpatient Draw Station",
                "Tampa General Hospital",
                "2023-09",
                None,
                [
                    "40-60 venipunctures and capillary sticks a shift, including butterfly draws on children",
                    "Register orders in Epic Beaker and package specimens for courier pickup",
                ],
            ),
            ("Cashier", "Publix Super Markets", "2020-06", "2023-08", ["Customer service and cash handling"]),
        ],
        "edu": [
            ("High School Diploma", "", "Brandon High School", "2020"),
            ("Certificate", "Phlebotomy", "Hillsborough Community College", "2023"),
        ],
        "skills": {"Collection": ["venipuncture", "capillary puncture", "order of draw", "specimen processing"]},
        "certs": [
            ("Phlebotomy Technician, PBT(ASCP)", "ASCP Board of Certification", "2023-10"),
            ("BLS", "American Heart Association", "2025-01"),
        ],
        "unq": {"certs": [("BLS", "American Heart Association", "2025-01")]},
        "decisive": ("national phlebotomy certification", ["PBT", "CPT", "RPT", "NCPT"], "certificate"),
    },
    {
        "id": "phlebotomist-fresh3-2",
        "occ": "phlebotomist",
        "title": "Phlebotomist - Outpatient Lab",
        "company": "Sutter Health",
        "location": "Sacramento, CA",
        "posting": """
Sutter Medical Foundation is looking for a phlebotomist for our outpatient draw sites in midtown Sacramento.
You will collect blood specimens by venipuncture and skin puncture, verify orders and patient identity, and
process specimens for the regional lab.

Job requirements: a current California Certified Phlebotomy Technician I (CPT I) certificate issued by CDPH
Laboratory Field Services is required on the first day of work. One year of phlebotomy experience preferred.
Must be able to work a rotating Saturday. Sutter Health is an equal opportunity employer; pay range
$25.10 - $33.40/hr.
""",
        "name": "Marisol Ortega",
        "label": "Phlebotomist",
        "summary": (
            "Phlebotomist relocating to Sacramento in January 2027; five years of hospital and outpatient draws."
        ),
        "where": ("Reno", "NV"),
        "work": [
            (
                "Specimen Collector II",
                "Renown Health",
                "2021-05",
                None,
                [
                    "Inpatient morning rounds on med-surg and ICU floors; blood cultures and timed draws",
                    "Outpatient collections including glucose tolerance tests",
                ],
            ),
            (
                "Lab Aide",
                "Northern Nevada Medical Center",
                "2019-09",
                "2021-04",
                ["Specimen processing and accessioning"],
            ),
        ],
        "edu": [("Certificate", "Phlebotomy", "Truckee Meadows Community College", "2019")],
        "skills": {"Phlebotomy": ["venipuncture", "blood cultures", "timed draws", "pediatric draws"]},
        "certs": [
            ("Certified Phlebotomy Technician (CPT)", "National Healthcareer Association", "2019-08"),
            ("Certified Phlebotomy Technician I (CPT I)", "CDPH Laboratory Field Services", "2026-09"),
        ],
        "unq": {"certs": [("Certified Phlebotomy Technician (CPT)", "National Healthcareer Association", "2019-08")]},
        "decisive": ("California CPT I certificate", ["CPT I", "CDPH", "California"], "jurisdiction"),
    },
    {
        "id": "veterinary-technician-fresh3-1",
        "occ": "veterinary_technician",
        "title": "Registered Veterinary Technician - Emergency & Critical Care",
        "company": "Sage Veterinary Centers",
        "location": "Campbell, CA",
        "posting": """
Sage Campbell is a 24/7 emergency and specialty hospital (surgery, internal medicine, neurology, oncology,
critical care). We're hiring an RVT for our ER/ICU team on a 4x10 overnight schedule.

You will triage incoming patients, place IV catheters, run anesthesia for emergency surgery, manage ICU
treatment sheets and CRI calculations, and mentor our veterinary assistants.

You must hold a current Registered Veterinary Technician (RVT) registration with the Veterinary Medical Board
before your start date. Emergency or specialty experience is a plus; fear-free mindset a must.

We offer CE allowance, pet care discounts, medical/dental/vision and 401(k) match.
""",
        "name": "Dana Whitcombe",
        "label": "Credentialed Veterinary Technician (ER/ICU)",
        "summary": "Emergency and ICU veterinary technician, six years in a 24-hour hospital; moving to the Bay Area.",
        "where": ("Portland", "OR"),
        "work": [
            (
                "Veterinary Technician, ER/ICU",
                "DoveLewis Emergency Animal Hospital",
                "2020-07",
                None,
                [
                    "Triage, IV and arterial catheters, blood gases and CRI calculations for ICU patients",
                    "Anesthesia for emergency GDV, foreign body and C-section surgeries",
                ],
            ),
            (
                "Veterinary Assistant",
                "Banfield Pet Hospital",
                "2018-03",
                "2020-06",
                ["Restraint, kennel care, lab samples"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Veterinary Technology", "Portland Community College", "2020")],
        "skills": {"Clinical": ["triage", "anesthesia monitoring", "CRI calculations", "blood gas analysis"]},
        "certs": [
            ("VTNE passed", "AAVSB", "2020-05"),
            ("Certified Veterinary Technician (CVT)", "Oregon Veterinary Medical Examining Board", "2020-06"),
            ("Registered Veterinary Technician (RVT)", "Veterinary Medical Board, State of California", "2026-08"),
        ],
        "unq": {
            "certs": [
                ("VTNE passed", "AAVSB", "2020-05"),
                ("Certified Veterinary Technician (CVT)", "Oregon Veterinary Medical Examining Board", "2020-06"),
            ]
        },
        "decisive": (
            "California RVT registration",
            ["RVT", "Registered Veterinary Technician", "California"],
            "jurisdiction",
        ),
    },
    {
        "id": "veterinary-technician-fresh3-2",
        "occ": "veterinary_technician",
        "title": "Veterinary Technician - Anesthesia / Critical Care",
        "company": "MedVet",
        "location": "Columbus, OH",
        "posting": """
MedVet Columbus - Vet Tech, Surgery & Anesthesia team

Must have:
* Ohio RVT (or eligible to register with the Ohio Veterinary Medical Licensing Board within 90 days)
* 3+ years of veterinary anesthesia or critical care / ICU experience in a referral or emergency hospital
* Comfortable with arterial lines, mechanical ventilation support, and local blocks

Nice to have: VTS (Anesthesia & Analgesia or ECC) or working toward it.

Day shift, every 3rd weekend. Full benefits, CE stipend, uniform allowance.
""",
        "name": "Marcus Bell",
        "label": "Registered Veterinary Technician",
        "summary": (
            "RVT with ICU and surgical anesthesia experience in a university teaching hospital and a referral practice."
        ),
        "where": ("Worthington", "OH"),
        "work": [
            (
                "Veterinary Technician, Surgery Service",
                "BluePearl Pet Hospital - Dublin",
                "2023-06",
                None,
                [
                    "Induce and monitor anesthesia for orthopedic, soft-tissue and neurosurgery patients",
                    "Place arterial lines, run multimodal analgesia CRIs, perform local and epidural blocks",
                ],
            ),
            (
                "Veterinary Technician II, Intensive Care Unit",
                "The Ohio State University Veterinary Medical Center",
                "2020-03",
                "2023-05",
                ["Nursing care for ventilated and post-operative patients", "Blood gas and lactate monitoring"],
            ),
        ],
        "edu": [("Associate of Applied Science", "Veterinary Technology", "Columbus State Community College", "2020")],
        "skills": {"Anesthesia": ["arterial line placement", "ventilator support", "local blocks", "CRIs"]},
        "certs": [("Registered Veterinary Technician (RVT)", "Ohio Veterinary Medical Licensing Board", "2020-02")],
        "unq": {
            "work": [
                (
                    "Veterinary Technician, Surgery Service",
                    "BluePearl Pet Hospital - Dublin",
                    "2024-10",
                    None,
                    [
                        "Induce and monitor anesthesia for orthopedic, soft-tissue and neurosurgery patients",
                        "Place arterial lines, run multimodal analgesia CRIs, perform local and epidural blocks",
                    ],
                ),
                (
                    "Veterinary Technician, General Practice",
                    "Banfield Pet Hospital",
                    "2020-03",
                    "2024-09",
                    ["Wellness exams, vaccines and dental cleanings", "Client education and prescription refills"],
                ),
            ],
            "summary": "RVT with general-practice experience who moved to a referral surgery service in 2024.",
        },
        "decisive": ("3+ years of anesthesia or critical care experience", ["years", "yrs"], "years"),
    },
    {
        "id": "speech-language-pathologist-fresh3-1",
        "occ": "speech_language_pathologist",
        "title": "Speech-Language Pathologist - Pediatric Outpatient",
        "company": "Texas Children's Hospital",
        "location": "Houston, TX",
        "posting": """
Texas Children's Hospital is seeking a Speech-Language Pathologist for our outpatient rehab clinics (The Woodlands
and West Campus). Caseload includes feeding/swallowing, AAC, cleft palate, childhood apraxia of speech and
language disorders in children 0-18.

Qualifications
- Master's degree in Communication Sciences and Disorders / Speech-Language Pathology
- Texas license as a Speech-Language Pathologist (TDLR) - full license, not intern
- ASHA Certificate of Clinical Competence (CCC-SLP) required
- Experience with pediatric dysphagia preferred; VFSS experience a plus

Texas Children's offers tuition assistance, paid CEUs and a clinical ladder. EOE.
""",
        "name": "Hannah Oyelaran",
        "label": "Pediatric Speech-Language Pathologist, M.A., CCC-SLP",
        "summary": (
            "Pediatric SLP focused on feeding, AAC and motor speech disorders in outpatient and early-intervention "
            "settings."
        ),
        "where": ("Katy", "TX"),
        "work": [
            (
                "Speech Therapist II",
                "Memorial Hermann TIRR Outpatient",
                "2022-01",
                None,
                [
                    "Pediatric caseload: dysphagia, cleft palate, childhood apraxia of speech",
                    "AAC evaluations and device trials (TD Snap, LAMP Words for Life)",
                ],
            ),
            (
                "Clinical Fellow, Speech-Language Pathology",
                "Katy ISD",
                "2020-08",
                "2021-12",
                ["Articulation and language therapy for K-5 students; IEP goals and progress reports"],
            ),
        ],
        "edu": [("Master of Arts", "Communication Sciences and Disorders", "University of Houston", "2020")],
        "skills": {"Clinical": ["pediatric dysphagia", "VFSS", "AAC", "PROMPT"]},
        "certs": [
            ("Speech-Language Pathologist License", "Texas Department of Licensing and Regulation", "2021-09"),
            ("Certificate of Clinical Competence in Speech-Language Pathology (CCC-SLP)", "ASHA", "2021-10"),
        ],
        "unq": {
            "label": "Pediatric Speech-Language Pathologist, M.A.",
            "certs": [
                ("Speech-Language Pathologist License", "Texas Department of Licensing and Regulation", "2021-09")
            ],
        },
        "decisive": ("ASHA CCC-SLP", ["CCC-SLP", "CCC", "Certificate of Clinical Competence"], "credential level"),
    },
    {
        "id": "speech-language-pathologist-fresh3-2",
        "occ": "speech_language_pathologist",
        "title": "Speech-Language Pathologist, Augmentative Communication Service (Permanent Full-Time)",
        "company": "Holland Bloorview Kids Rehabilitation Hospital",
        "location": "Toronto, ON",
        "posting": """
Holland Bloorview is Canada's largest children's rehabilitation hospital. The Augmentative Communication Service
is looking for a Speech-Language Pathologist to assess and support children and youth who use AAC.

Qualifications:
- Master's degree in Speech-Language Pathology (or equivalent)
- Current registration in good standing with the College of Audiologists and Speech-Language Pathologists of
  Ontario (CASLPO), General certificate
- Member of Speech-Language & Audiology Canada (SAC) an asset
- Experience with high-tech AAC systems and access methods (switch, eye gaze)
- Vulnerable Sector Check required prior to start

Holland Bloorview is committed to accessibility and to an inclusive and barrier-free selection process.
""",
        "name": "Nadia Rahimi",
        "label": "Speech-Language Pathologist (AAC)",
        "summary": (
            "SLP with seven years supporting children who use AAC, including eye-gaze and switch access; moving to "
            "Toronto."
        ),
        "where": ("Calgary", "AB"),
        "country": "CA",
        "work": [
            (
                "Speech-Language Pathologist II, Assistive Technology Clinic",
                "Alberta Health Services - Alberta Children's Hospital",
                "2021-04",
                None,
                [
                    "Assess children with cerebral palsy and Rett syndrome for eye-gaze and switch-access AAC",
                    "Train families and school teams on Tobii Dynavox and Accent devices",
                ],
            ),
            (
                "Speech-Language Pathologist",
                "Calgary Board of Education",
                "2019-09",
                "2021-03",
                ["School-age caseload, language and literacy supports"],
            ),
        ],
        "edu": [("Master of Science", "Speech-Language Pathology", "University of Alberta", "2019")],
        "skills": {"AAC": ["eye gaze", "switch scanning", "core vocabulary", "Tobii Dynavox"]},
        "certs": [
            (
                "Registered Speech-Language Pathologist",
                "Alberta College of Speech-Language Pathologists and Audiologists (ACSLPA)",
                "2019-10",
            ),
            ("General Certificate of Registration, Speech-Language Pathology", "CASLPO", "2026-10"),
            ("Certified Member", "Speech-Language & Audiology Canada (SAC)", "2019-11"),
        ],
        "unq": {
            "certs": [
                (
                    "Registered Speech-Language Pathologist",
                    "Alberta College of Speech-Language Pathologists and Audiologists (ACSLPA)",
                    "2019-10",
                ),
                ("Certified Member", "Speech-Language & Audiology Canada (SAC)", "2019-11"),
            ]
        },
        "decisive": (
            "CASLPO registration (Ontario)",
            ["CASLPO", "College of Audiologists and Speech-Language Pathologists of Ontario", "Ontario"],
            "jurisdiction",
        ),
    },
    {
        "id": "registered-dietitian-fresh3-1",
        "occ": "registered_dietitian",
        "title": "Clinical Dietitian",
        "company": "Morrison Healthcare",
        "location": "Newport Beach, CA",
        "posting": """
Morrison Healthcare is hiring a Clinical Dietitian at Hoag Hospital Newport Beach.

Key responsibilities: nutrition assessments and care plans for adult med-surg, oncology and cardiac patients;
enteral and parenteral recommendations; diet education at discharge; participation in interdisciplinary rounds.

Qualifications:
* Bachelor's or master's degree in nutrition/dietetics from an ACEND-accredited program
* Registered Dietitian (RD/RDN) credential with the Commission on Dietetic Registration - required
* 1 year of acute care experience preferred
* Strong documentation skills in Epic

Compass Group / Morrison is an equal opportunity employer. Medical, dental, vision, 401(k).
""",
        "name": "Emily Tran",
        "label": "Clinical Nutrition Professional",
        "summary": "Acute-care nutrition clinician with assessment, tube-feeding and diabetes education experience.",
        "where": ("Irvine", "CA"),
        "work": [
            (
                "Clinical Dietitian II",
                "Providence Mission Hospital",
                "2024-01",
                None,
                [
                    "Assess and follow adult medical, surgical and oncology patients; calculate enteral regimens",
                    "Discharge teaching on carbohydrate counting and heart-healthy eating; charting in Epic",
                ],
            ),
            (
                "Diet Technician",
                "Providence Mission Hospital",
                "2021-03",
                "2023-12",
                ["Nutrition screening, menu tallies and calorie counts"],
            ),
        ],
        "edu": [
            (
                "Master of Science",
                "Nutritional Science (coordinated program in dietetics)",
                "California State University, Long Beach",
                "2023",
            )
        ],
        "skills": {"Clinical nutrition": ["nutrition-focused physical exam", "enteral nutrition", "Epic"]},
        "certs": [
            ("Registered Dietitian Nutritionist (RDN)", "Commission on Dietetic Registration", "2023-11"),
            ("Nutrition and Dietetics Technician, Registered (NDTR)", "Commission on Dietetic Registration", "2021-05"),
        ],
        "unq": {
            "certs": [
                (
                    "Nutrition and Dietetics Technician, Registered (NDTR)",
                    "Commission on Dietetic Registration",
                    "2021-05",
                ),
            ],
        },
        "swaps": [("Clinical Dietitian II", "Nutrition Technician II")],
        "decisive": ("RD/RDN credential", ["RDN", "RD", "Registered Dietitian"], "credential level"),
    },
    {
        "id": "registered-dietitian-fresh3-2",
        "occ": "registered_dietitian",
        "title": "Clinical Nutrition Specialist - Surgical ICU",
        "company": "Mass General Brigham",
        "location": "Boston, MA",
        "posting": """
The Department of Nutrition and Food Services at Massachusetts General Hospital is recruiting a Clinical
Nutrition Specialist for the Surgical and Trauma ICUs. You will lead nutrition support for critically ill
patients, including parenteral nutrition order review with the Nutrition Support Team, indirect calorimetry,
and post-pyloric feeding plans.

Qualifications
Registered Dietitian Nutritionist (RDN) with the Commission on Dietetic Registration; Massachusetts Licensed
Dietitian/Nutritionist (LDN). Certified Nutrition Support Clinician (CNSC) required for this specialist role.
Two years of critical care experience preferred. Master's degree preferred.

Mass General Brigham is an Equal Opportunity Employer.
""",
        "name": "Kevin O'Driscoll",
        "label": "Critical Care Dietitian, MS, RDN, LDN",
        "summary": (
            "Dietitian specializing in ICU nutrition support: parenteral nutrition, indirect calorimetry and trauma."
        ),
        "where": ("Quincy", "MA"),
        "work": [
            (
                "Clinical Dietitian, Trauma & Burn ICU",
                "Boston Medical Center",
                "2021-09",
                None,
                [
                    "Nutrition support for trauma, burn and surgical ICU patients; daily PN recommendations",
                    "Indirect calorimetry studies and protocol for early enteral feeding",
                ],
            ),
            ("Clinical Dietitian", "South Shore Hospital", "2019-07", "2021-08", ["Med-surg and cardiac units"]),
        ],
        "edu": [("Master of Science", "Nutrition", "Framingham State University", "2019")],
        "skills": {"Nutrition support": ["parenteral nutrition", "indirect calorimetry", "enteral access"]},
        "certs": [
            ("Registered Dietitian Nutritionist (RDN)", "Commission on Dietetic Registration", "2019-06"),
            (
                "Licensed Dietitian/Nutritionist (LDN)",
                "Massachusetts Board of Registration of Dietitians and Nutritionists",
                "2019-07",
            ),
            (
                "Certified Nutrition Support Clinician (CNSC)",
                "National Board of Nutrition Support Certification",
                "2023-10",
            ),
        ],
        "unq": {
            "certs": [
                ("Registered Dietitian Nutritionist (RDN)", "Commission on Dietetic Registration", "2019-06"),
                (
                    "Licensed Dietitian/Nutritionist (LDN)",
                    "Massachusetts Board of Registration of Dietitians and Nutritionists",
                    "2019-07",
                ),
            ]
        },
        "decisive": ("CNSC certification", ["CNSC", "Certified Nutrition Support Clinician"], "certificate"),
    },
    {
        "id": "medical-coder-fresh3-1",
        "occ": "medical_coder",
        "title": "Professional Fee Coder II - Orthopedics (Remote)",
        "company": "Ensemble Health Partners",
        "location": "Remote (US)",
        "posting": """
Ensemble Health Partners - Professional Fee Coder II, Orthopedics. Fully remote.

Job summary: review provider documentation and assign CPT, HCPCS and ICD-10-CM codes with modifiers for
orthopedic office visits and surgery (joint replacement, arthroscopy, fracture care); work coding edits and
denials; meet 95% accuracy and productivity standards.

Requirements:
- CPC (AAPC) - full credential required. Apprentice designations (CPC-A) will not be considered for this level.
- Orthopedic surgical coding experience
- Knowledge of NCCI edits, global surgical package and modifier 59/XS rules
- Epic experience preferred

Ensemble is an equal opportunity employer. Remote work requires a secure, private workspace and high-speed internet.
""",
        "name": "Rachel Nguyen",
        "label": "Medical Coding Specialist",
        "summary": "Pro-fee coder for orthopedic and sports-medicine practices; surgical and E/M coding in Epic.",
        "where": ("Cincinnati", "OH"),
        "work": [
            (
                "Coding Specialist - Surgical",
                "Mercy Health Physician Partners",
                "2025-05",
                None,
                [
                    "Code orthopedic surgery: arthroplasty, arthroscopy, ORIF, with NCCI edits and modifiers",
                    "Work Epic coding work queues and denials; 96% audit accuracy",
                ],
            ),
            ("Charge Entry Specialist", "TriHealth", "2020-02", "2025-04", ["Charge entry and claim edits"]),
        ],
        "edu": [("Associate of Applied Science", "Health Information Management", "Cincinnati State", "2019")],
        "skills": {"Coding": ["CPT", "ICD-10-CM", "HCPCS", "NCCI edits", "global surgical package", "Epic"]},
        "certs": [
            ("Certified Professional Coder (CPC)", "AAPC", "2026-06"),
        ],
        "unq": {
            "certs": [
                ("Certified Professional Coder Apprentice (CPC-A)", "AAPC", "2025-03"),
            ]
        },
        "mentions_ok": True,
        "decisive": ("CPC (not apprentice)", ["CPC", "Certified Professional Coder"], "credential level"),
    },
    {
        "id": "medical-coder-fresh3-2",
        "occ": "medical_coder",
        "title": "Inpatient Coder II",
        "company": "UPMC",
        "location": "Pittsburgh, PA (remote eligible, PA residents)",
        "posting": """
UPMC Health Information Management is hiring an Inpatient Coder II.

Responsibilities: assign ICD-10-CM/PCS codes and MS-DRGs/APR-DRGs for acute inpatient records; query physicians
through the CDI workflow; meet quality (95%) and productivity standards.

Qualifications:
CCS, RHIT or RHIA required. Two years of inpatient acute care coding experience. Proficiency with the 3M 360
Encompass encoder and CAC platform is required - we do not provide encoder training for this level. Epic
experience helpful.

UPMC is an Equal Opportunity Employer/Disability/Veteran.
""",
        "name": "Doug Harkins",
        "label": "Inpatient Coding Professional, CCS",
        "summary": "Inpatient coder for a tertiary hospital: surgical, cardiac and trauma DRGs, physician queries.",
        "where": ("Harrisburg", "PA"),
        "work": [
            (
                "HIM Coding Analyst - Inpatient",
                "Penn State Health",
                "2021-10",
                None,
                [
                    "Code ICD-10-CM/PCS and assign MS-DRG and APR-DRG for surgical and cardiac inpatient stays",
                    "Daily production in 3M 360 Encompass with computer-assisted coding; 97% quality score",
                ],
            ),
            ("Outpatient Coder", "WellSpan Health", "2019-06", "2021-09", ["ED and observation coding"]),
        ],
        "edu": [
            (
                "Associate of Applied Science",
                "Health Information Technology",
                "Harrisburg Area Community College",
                "2019",
            )
        ],
        "skills": {
            "Coding": ["ICD-10-PCS", "MS-DRG", "APR-DRG", "CDI queries"],
            "Systems": ["3M 360 Encompass", "Epic"],
        },
        "certs": [("Certified Coding Specialist (CCS)", "AHIMA", "2021-03")],
        "swaps": [("3M 360 Encompass", "Optum Enterprise CAC")],
        "decisive": ("3M 360 Encompass encoder", ["3M", "360 Encompass"], "tool"),
    },
    {
        "id": "diagnostic-medical-sonographer-fresh3-1",
        "occ": "diagnostic_medical_sonographer",
        "title": "Vascular Sonographer",
        "company": "Ochsner Health",
        "location": "New Orleans, LA",
        "posting": """
Ochsner Medical Center - Vascular Lab (IAC accredited). Full time, days, rotating call.

Perform arterial and venous duplex, carotid, ABI/PVR, mesenteric and renal artery studies, and vein mapping;
write preliminary reports for the reading vascular surgeon.

Requirements
- Graduate of a CAAHEP-accredited sonography program or equivalent
- RVT (Registered Vascular Technologist, ARDMS) or RVS (Registered Vascular Specialist, CCI) required
- BLS

Ochsner is an equal opportunity employer. Physical demands: pushing portable equipment, standing 80% of shift.
""",
        "name": "Brianna LeBlanc",
        "label": "Diagnostic Medical Sonographer",
        "summary": "Sonographer with general, OB and venous duplex experience in hospital and outpatient imaging.",
        "where": ("Metairie", "LA"),
        "work": [
            (
                "Ultrasound Technologist III",
                "East Jefferson General Hospital",
                "2020-05",
                None,
                [
                    "Carotid duplex, lower-extremity arterial and venous studies, ABIs and vein mapping",
                    "Abdominal and pelvic exams; portable ICU studies",
                ],
            ),
            ("Ultrasound Technologist", "Touro Infirmary", "2018-06", "2020-04", ["Abdominal, OB and thyroid exams"]),
        ],
        "edu": [("Associate of Applied Science", "Diagnostic Medical Sonography", "Delgado Community College", "2018")],
        "skills": {
            "Vascular": ["carotid duplex", "venous duplex", "ABI/PVR", "vein mapping"],
            "General": ["abdomen", "OB/GYN"],
        },
        "certs": [
            ("RDMS - Abdomen (AB)", "ARDMS", "2018-09"),
            ("Registered Vascular Technologist (RVT)", "ARDMS", "2021-04"),
            ("BLS", "American Heart Association", "2025-06"),
        ],
        "unq": {
            "certs": [("RDMS - Abdomen (AB)", "ARDMS", "2018-09"), ("BLS", "American Heart Association", "2025-06")]
        },
        "decisive": (
            "RVT or RVS vascular credential",
            ["RVT", "Registered Vascular Technologist", "RVS", "Registered Vascular Specialist"],
            "certificate",
        ),
    },
    {
        "id": "diagnostic-medical-sonographer-fresh3-2",
        "occ": "diagnostic_medical_sonographer",
        "title": "Sonographer - Maternal Fetal Medicine",
        "company": "Pediatrix Medical Group",
        "location": "Phoenix, AZ",
        "posting": """
Pediatrix Maternal-Fetal Medicine of Arizona is looking for an experienced OB sonographer for our Phoenix and
Scottsdale perinatal offices. You'll perform detailed anatomy (76811), fetal echo screening, cervical length,
Dopplers and biophysical profiles for high-risk pregnancies.

What we need from you: RDMS with the OB/GYN specialty, and at least 3 years of obstetric ultrasound experience,
including level II anatomy scans. Monday-Friday, no call, no weekends. Competitive pay, 401(k) with match,
CME allowance. Pediatrix is an equal opportunity employer.
""",
        "name": "Alejandra Ruiz",
        "label": "Women's Health Ultrasound Technologist",
        "summary": (
            "Ultrasound technologist in women's and perinatal imaging: anatomy surveys, Dopplers and cervical length."
        ),
        "where": ("Mesa", "AZ"),
        "work": [
            (
                "Staff Ultrasound Tech, Perinatal Center",
                "Banner - University Medical Center Phoenix",
                "2023-02",
                None,
                [
                    "Detailed fetal anatomy surveys, umbilical and MCA Dopplers, BPPs for high-risk patients",
                    "Transvaginal cervical length measurements with FMF certification",
                ],
            ),
            (
                "Diagnostic Imaging Technologist - Women's Health",
                "HonorHealth",
                "2019-06",
                "2023-01",
                ["First- and second-trimester scans, nuchal translucency, pelvic exams"],
            ),
        ],
        "edu": [
            ("Associate of Occupational Studies", "Diagnostic Medical Sonography", "GateWay Community College", "2019")
        ],
        "skills": {"OB": ["fetal anatomy survey", "Dopplers", "nuchal translucency", "cervical length"]},
        "certs": [
            ("RDMS - Obstetrics & Gynecology (OB/GYN)", "ARDMS", "2019-10"),
            ("RDMS - Abdomen (AB)", "ARDMS", "2020-04"),
        ],
        "unq": {
            "work": [
                (
                    "Staff Ultrasound Tech, Perinatal Center",
                    "Banner - University Medical Center Phoenix",
                    "2024-11",
                    None,
                    [
                        "Detailed fetal anatomy surveys, umbilical and MCA Dopplers, BPPs for high-risk patients",
                        "Transvaginal cervical length measurements with FMF certification",
                    ],
                ),
                (
                    "Diagnostic Imaging Technologist - General & Vascular",
                    "HonorHealth",
                    "2019-06",
                    "2024-10",
                    ["Abdominal, renal, thyroid and venous duplex exams; portable studies"],
                ),
            ],
            "label": "Ultrasound Technologist",
        },
        "decisive": ("3+ years of OB ultrasound experience", ["years", "yrs"], "years"),
    },
    {
        "id": "pharmacist-fresh3-1",
        "occ": "pharmacist",
        "title": "Staff Pharmacist",
        "company": "Kroger Health",
        "location": "Columbus, OH",
        "posting": """
Kroger Health - Staff Pharmacist (Columbus North district, 40 hrs/week)

Responsibilities: verify prescriptions, counsel patients, administer immunizations, conduct MTM sessions, and
supervise technicians during your shift.

Requirements:
- Doctor of Pharmacy (PharmD) from an ACPE-accredited school
- Current, unrestricted Ohio pharmacist license (RPh) in good standing - must be licensed by start date
- Immunization certification (APhA Pharmacy-Based Immunization Delivery or equivalent)
- Current CPR/BLS

Kroger is an equal opportunity employer. Sign-on bonus for licensed pharmacists.
""",
        "name": "Jordan Patel",
        "label": "Pharmacist, PharmD",
        "summary": (
            "Recent PharmD graduate with four years of community pharmacy internship; immunizer and MTM trained."
        ),
        "where": ("Dublin", "OH"),
        "work": [
            (
                "Pharmacist (Floater)",
                "Giant Eagle Pharmacy",
                "2026-08",
                None,
                [
                    (
                        "Verify prescriptions and counsel patients across six stores; give flu, COVID and shingles "
                        "vaccines"
                    ),
                    "Run MTM sessions through OutcomesMTM",
                ],
            ),
            (
                "Pharmacy Intern",
                "Giant Eagle Pharmacy",
                "2022-05",
                "2026-05",
                ["Data entry, counseling under supervision, immunizations"],
            ),
        ],
        "edu": [("Doctor of Pharmacy (PharmD)", "Pharmacy", "The Ohio State University College of Pharmacy", "2026")],
        "skills": {"Practice": ["prescription verification", "immunizations", "MTM", "patient counseling"]},
        "certs": [
            ("Registered Pharmacist (RPh) license", "Ohio State Board of Pharmacy", "2026-07"),
            ("Pharmacy-Based Immunization Delivery", "American Pharmacists Association (APhA)", "2023-02"),
            ("BLS Provider", "American Heart Association", "2025-12"),
        ],
        "unq": {
            "label": "PharmD Graduate",
            "work": [
                (
                    "Graduate Intern (NAPLEX/MPJE pending)",
                    "Giant Eagle Pharmacy",
                    "2026-06",
                    None,
                    [
                        "Counsel patients and give flu, COVID and shingles vaccines under pharmacist supervision",
                        "Run MTM sessions through OutcomesMTM",
                    ],
                ),
                (
                    "Pharmacy Intern",
                    "Giant Eagle Pharmacy",
                    "2022-05",
                    "2026-05",
                    ["Data entry, counseling under supervision, immunizations"],
                ),
            ],
            "certs": [
                ("Pharmacy Intern License", "Ohio State Board of Pharmacy", "2022-03"),
                ("Pharmacy-Based Immunization Delivery", "American Pharmacists Association (APhA)", "2023-02"),
                ("BLS Provider", "American Heart Association", "2025-12"),
            ],
        },
        "decisive": (
            "Ohio pharmacist license (RPh)",
            ["RPh", "pharmacist license", "Registered Pharmacist"],
            "licence level",
        ),
    },
    {
        "id": "pharmacist-fresh3-2",
        "occ": "pharmacist",
        "title": "Specialist Pharmacist - Cardiology (Band 7)",
        "company": "Leeds Teaching Hospitals NHS Trust",
        "location": "Leeds, UK",
        "posting": """
An exciting opportunity has arisen for a Band 7 Specialist Pharmacist to join the cardiology pharmacy team at
Leeds General Infirmary, supporting the cardiac wards, CCU and the heart failure service.

Essential criteria
- MPharm (or equivalent) and current registration with the General Pharmaceutical Council (GPhC)
- Postgraduate Diploma in Clinical Pharmacy or equivalent, or working towards
- A minimum of two years' post-registration experience in hospital pharmacy
- Evidence of continuing professional development

Desirable: Independent Prescriber annotation; experience of cardiology.

We welcome applications from all sections of the community. This post is subject to an enhanced DBS check.
""",
        "name": "Aisha Rahman",
        "label": "Clinical Pharmacist, MPharm, PgDip",
        "summary": (
            "Hospital clinical pharmacist with rotational and acute medicine experience; GPhC registered since 2019."
        ),
        "where": ("Bradford", "West Yorkshire"),
        "country": "GB",
        "work": [
            (
                "Clinical Pharmacist, Medicine for Older People",
                "Bradford Teaching Hospitals NHS Foundation Trust",
                "2022-10",
                None,
                [
                    "Medicines reconciliation and optimisation on elderly care and stroke wards",
                    "Anticoagulation and heart failure medication reviews with the consultant team",
                ],
            ),
            (
                "Rotational Pharmacist (Band 6)",
                "Sheffield Teaching Hospitals NHS Foundation Trust",
                "2019-08",
                "2022-09",
                ["Rotations in surgery, renal, medicines information and dispensary"],
            ),
            (
                "Pre-registration Trainee Pharmacist",
                "Sheffield Teaching Hospitals NHS Foundation Trust",
                "2018-07",
                "2019-07",
                ["Foundation training year"],
            ),
        ],
        "edu": [
            ("Master of Pharmacy (MPharm)", "Pharmacy", "University of Bradford", "2018"),
            ("Postgraduate Diploma", "General Pharmacy Practice", "University of Bath", "2022"),
        ],
        "skills": {"Clinical": ["medicines reconciliation", "anticoagulation", "heart failure", "CPD portfolio"]},
        "certs": [("Registered Pharmacist", "General Pharmaceutical Council (GPhC)", "2019-08")],
        "unq": {
            "work": [
                (
                    "Rotational Pharmacist (Band 6)",
                    "Bradford Teaching Hospitals NHS Foundation Trust",
                    "2026-02",
                    None,
                    [
                        "Medicines reconciliation and optimisation on elderly care and stroke wards",
                        "Anticoagulation and heart failure medication reviews with the consultant team",
                    ],
                ),
                (
                    "Pharmacist Manager",
                    "Boots UK",
                    "2019-08",
                    "2026-01",
                    ["Community pharmacy: dispensing, NHS New Medicine Service, flu vaccination"],
                ),
                (
                    "Pre-registration Trainee Pharmacist",
                    "Boots UK",
                    "2018-07",
                    "2019-07",
                    ["Foundation training year"],
                ),
            ],
            "summary": (
                "Pharmacist who moved from community pharmacy into hospital practice in 2026; GPhC registered since "
                "2019."
            ),
        },
        "decisive": ("two years' post-registration hospital experience", ["years", "yrs"], "years"),
    },
    {
        "id": "dental-assistant-fresh3-1",
        "occ": "dental_assistant",
        "title": "Registered Dental Assistant (RDA)",
        "company": "Western Dental",
        "location": "Fresno, CA",
        "posting": """
Western Dental & Orthodontics - Fresno (Blackstone Ave)

RDA wanted, full time, Tues-Sat.
- current California RDA license REQUIRED (Dental Board of California)
- x-ray/radiation safety, infection control and Dental Practice Act courses current
- BLS
- bilingual Spanish a plus, not required
- fast-paced general dentistry office, 4 dentists
Benefits: medical/dental/vision, PTO, 401k. EOE.
""",
        "name": "Vanessa Cruz",
        "label": "Registered Dental Assistant",
        "summary": "Dental assistant with five years of chairside experience in busy general-dentistry offices.",
        "where": ("Clovis", "CA"),
        "work": [
            (
                "Chairside Assistant",
                "Pacific Dental Services - Clovis Modern Dentistry",
                "2022-03",
                None,
                [
                    "Four-handed dentistry for crowns, fillings and extractions; FMX and panoramic radiographs",
                    "Sterilization, impressions, temporary crowns; patient post-op instructions",
                ],
            ),
            ("Front Desk / Dental Aide", "Smile Fresno Dental", "2020-01", "2022-02", ["Scheduling, sterilization"]),
        ],
        "edu": [("Certificate", "Dental Assisting", "Fresno City College", "2021")],
        "skills": {"Clinical": ["four-handed dentistry", "radiographs", "impressions", "sterilization"]},
        "certs": [
            ("Registered Dental Assistant (RDA) License", "Dental Board of California", "2022-08"),
            ("Radiation Safety Certificate", "Dental Board of California-approved course", "2021-05"),
            ("8-Hour Infection Control", "Dental Board of California-approved course", "2021-05"),
            ("Dental Practice Act", "Dental Board of California-approved course", "2021-05"),
            ("BLS", "American Heart Association", "2025-02"),
        ],
        "unq": {
            "label": "Dental Assistant",
            "certs": [
                ("Radiation Safety Certificate", "Dental Board of California-approved course", "2021-05"),
                ("8-Hour Infection Control", "Dental Board of California-approved course", "2021-05"),
                ("Dental Practice Act", "Dental Board of California-approved course", "2021-05"),
                ("BLS", "American Heart Association", "2025-02"),
            ],
        },
        "decisive": ("California RDA license", ["RDA", "Registered Dental Assistant"], "licence level"),
    },
    {
        "id": "dental-assistant-fresh3-2",
        "occ": "dental_assistant",
        "title": "Dental Assistant",
        "company": "Heartland Dental",
        "location": "Austin, TX",
        "posting": """
Supported by Heartland Dental, Domain Family Dentistry is looking for a Dental Assistant to join our team!

Must have:
- Texas RDA (Registered Dental Assistant certificate from the Texas State Board of Dental Examiners)
- 1+ year of chairside experience
- Dentrix proficiency required: we are fully digital (charting, perio, scheduling and treatment plans all in
  Dentrix), and you will be entering notes from your first day
Nice to have: CEREC, intraoral scanner (iTero) experience, coronal polishing certificate

Perks: paid time off, health/dental/vision, 401(k), CE. Heartland Dental is an equal opportunity employer.
""",
        "name": "Kayla Simmons",
        "label": "Dental Assistant, Texas RDA",
        "summary": (
            "Chairside assistant in digital general-dentistry practices: scanning, charting and treatment presentation."
        ),
        "where": ("Round Rock", "TX"),
        "work": [
            (
                "Clinical Assistant",
                "Aspen Dental - Pflugerville",
                "2023-04",
                None,
                [
                    "Chairside for restorative and implant cases; iTero scans for crowns and aligners",
                    "Chart, perio-chart and schedule in Dentrix; present treatment plans",
                ],
            ),
            (
                "Sterilization Tech / Assistant",
                "Castle Dental",
                "2021-08",
                "2023-03",
                ["Instrument processing, room turnover, radiographs"],
            ),
        ],
        "edu": [("Certificate", "Dental Assisting", "Austin Community College", "2021")],
        "skills": {"Clinical": ["iTero", "radiographs", "implant assisting"], "Software": ["Dentrix", "Dexis"]},
        "certs": [
            ("Registered Dental Assistant (RDA)", "Texas State Board of Dental Examiners", "2021-11"),
            ("BLS", "American Heart Association", "2025-04"),
        ],
        "swaps": [("Dentrix", "Eaglesoft")],
        "decisive": ("Dentrix", ["Dentrix"], "tool"),
    },
    {
        "id": "registered-nurse-fresh3-1",
        "occ": "registered_nurse",
        "title": "RN - Progressive Care Unit (Telemetry), Nights",
        "company": "AdventHealth",
        "location": "Orlando, FL",
        "posting": """
AdventHealth Orlando is hiring experienced RNs for our 36-bed Progressive Care Unit (cardiac telemetry, post-cath,
drips such as diltiazem, heparin and amiodarone).

The expertise and experiences you'll need to succeed:
- Active Florida RN license or multistate (NLC) license
- BLS and ACLS (AHA)
- Minimum of two (2) years of recent acute care experience in telemetry, step-down or progressive care
- BSN preferred

Three 12-hour night shifts; every third weekend. AdventHealth is an equal opportunity employer.
""",
        "name": "Stephanie Alvarez",
        "label": "Registered Nurse, BSN",
        "summary": (
            "Cardiac nurse caring for post-cath, heart-failure and arrhythmia patients on continuous monitoring."
        ),
        "where": ("Kissimmee", "FL"),
        "work": [
            (
                "Clinical Nurse II, Cardiovascular Intermediate Care",
                "Orlando Health",
                "2021-07",
                None,
                [
                    "Care for 4-5 monitored patients: post-PCI, new-onset AFib on diltiazem and amiodarone drips",
                    "Heparin nomogram titration, rhythm interpretation and rapid-response activation",
                ],
            ),
            (
                "Staff Nurse, Orthopedics",
                "Osceola Regional Medical Center",
                "2019-08",
                "2021-06",
                ["Post-op joint replacement and spine patients"],
            ),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "University of Central Florida", "2019")],
        "skills": {"Clinical": ["cardiac monitoring", "titratable drips", "rhythm interpretation"]},
        "certs": [
            ("Registered Nurse, multistate license", "Florida Board of Nursing", "2019-07"),
            ("ACLS Provider", "American Heart Association", "2025-05"),
            ("BLS Provider", "American Heart Association", "2025-05"),
        ],
        "unq": {
            "work": [
                (
                    "Clinical Nurse I, Cardiovascular Intermediate Care",
                    "Orlando Health",
                    "2025-11",
                    None,
                    [
                        "Care for 4-5 monitored patients: post-PCI, new-onset AFib on diltiazem and amiodarone drips",
                        "Heparin nomogram titration, rhythm interpretation and rapid-response activation",
                    ],
                ),
                (
                    "Staff Nurse, Orthopedics",
                    "Osceola Regional Medical Center",
                    "2019-08",
                    "2025-10",
                    ["Post-op joint replacement and spine patients"],
                ),
            ]
        },
        "decisive": ("2 years of telemetry / step-down experience", ["years", "yrs"], "years"),
    },
    {
        "id": "registered-nurse-fresh3-2",
        "occ": "registered_nurse",
        "title": "Registered Nurse - General Medicine (Grade 2)",
        "company": "The Royal Melbourne Hospital",
        "location": "Parkville, VIC, Australia",
        "posting": """
Registered Nurse Grade 2 - General Medicine Unit 4 West. Permanent part-time and full-time positions available.

About you
* Current general registration with AHPRA as a Registered Nurse (Division 1) - essential
* Bachelor of Nursing or equivalent
* Experience in acute medical nursing, including management of the deteriorating patient
* Current Working with Children Check and a willingness to undertake a National Police Check

Please note: enrolled nurse applicants should apply for the separate Enrolled Nurse vacancies on our careers site.

The Royal Melbourne Hospital is an equal opportunity employer and encourages Aboriginal and Torres Strait
Islander applicants.
""",
        "name": "Liam O'Connor",
        "label": "Nurse, Acute Medicine",
        "summary": (
            "Acute medical nurse with seven years in Melbourne public hospitals; MET-call and discharge-planning "
            "experience."
        ),
        "where": ("Coburg", "VIC"),
        "country": "AU",
        "work": [
            (
                "Registered Nurse Grade 2, Acute Medical Unit",
                "Northern Health",
                "2021-02",
                None,
                [
                    "Care for 4-6 acute medical patients; escalate deterioration and respond to MET calls",
                    "Team leader on afternoon shifts; discharge planning with allied health",
                ],
            ),
            (
                "Enrolled Nurse, Medical Ward",
                "Western Health",
                "2018-03",
                "2021-01",
                ["Medication administration, wound care and observations within EN scope"],
            ),
        ],
        "edu": [
            ("Diploma of Nursing", "Nursing", "Holmesglen Institute", "2018"),
            ("Bachelor of Nursing", "Nursing", "Australian Catholic University", "2020"),
        ],
        "skills": {"Clinical": ["deteriorating patient", "MET calls", "IV medications", "discharge planning"]},
        "certs": [
            (
                "General registration - Registered Nurse (Division 1)",
                "Nursing and Midwifery Board of Australia / AHPRA",
                "2021-01",
            ),
            ("Working with Children Check", "Working with Children Check Victoria", "2024-03"),
        ],
        "unq": {
            "work": [
                (
                    "Enrolled Nurse, Acute Medical Unit",
                    "Northern Health",
                    "2021-02",
                    None,
                    [
                        (
                            "Care for acute medical patients within EN scope; escalate deterioration and respond to "
                            "MET calls"
                        ),
                        "Discharge planning with allied health",
                    ],
                ),
                (
                    "Enrolled Nurse, Medical Ward",
                    "Western Health",
                    "2018-03",
                    "2021-01",
                    ["Medication administration, wound care and observations within EN scope"],
                ),
            ],
            "edu": [
                ("Diploma of Nursing", "Nursing", "Holmesglen Institute", "2018"),
                (
                    "Bachelor of Nursing",
                    "Nursing (part-time, completed November 2026)",
                    "Australian Catholic University",
                    "2026",
                ),
            ],
            "certs": [
                (
                    "General registration - Enrolled Nurse (Division 2)",
                    "Nursing and Midwifery Board of Australia / AHPRA",
                    "2018-02",
                ),
                ("Working with Children Check", "Working with Children Check Victoria", "2024-03"),
            ],
        },
        "decisive": (
            "AHPRA registration as a Registered Nurse (Division 1)",
            ["Registered Nurse", "Division 1", "RN"],
            "licence level",
        ),
    },
]
