"""Fresh8 half, healthcare: physician assistant, genetic counselor, orthotist/prosthetist, cytotechnologist, clinical research coordinator, medical physicist.

Written blind (writer a, December 2026).
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "physician_assistant-fresh8-1",
        "occ": "physician_assistant",
        "title": "Physician Assistant - Emergency Department (Nights)",
        "company": "Gulf Coast Emergency Physicians",
        "location": "Houston, TX",
        "posting": """
Gulf Coast Emergency Physicians staffs three high-volume EDs in the Houston area (combined 140k visits/yr). We're adding a night-shift PA to our Level II trauma site.

What you'll do
- See, evaluate and treat patients across all acuity levels in collaboration with board-certified EM physicians
- Perform procedures: laceration repair, I&D, splinting, joint reductions, LPs w/ supervision
- Order and interpret labs and imaging; document in Epic

Must haves
- Graduate of an ARC-PA accredited PA program
- NCCPA certification (PA-C) and an active Texas PA license (Texas Physician Assistant Board)
- DEA registration
- Minimum 3 years of emergency medicine experience as a PA
- Current BLS, ACLS and PALS

Pay: $68-$82/hr DOE plus night differential, CME allowance and malpractice with tail coverage. EOE.
""",
        "name": "Marisol Treviño",
        "label": "PA-C, Emergency Medicine",
        "summary": "Emergency department PA comfortable with high-acuity nights, trauma activations and procedures.",
        "where": ("Houston", "TX"),
        "work": [
            ("Physician Assistant, Emergency Department", "HCA Houston Healthcare Clear Lake", "2021-08", "", [
                "Evaluate and manage 20-25 patients per 12-hour shift, from fast track to resuscitation bay",
                "Perform laceration repairs, abscess drainage, reductions and procedural sedation under the ED attending",
                "Document encounters and place orders in Epic",
            ]),
        ],
        "skills": {"Clinical": ["Emergency assessment", "Trauma care", "Procedural sedation", "Splinting", "Point-of-care ultrasound"], "Systems": ["Epic"]},
        "certs": [
            ("PA-C, National Commission on Certification of Physician Assistants", "NCCPA", "2021-06"),
            ("Physician Assistant License, Texas", "Texas Physician Assistant Board", "2021-07"),
            ("DEA Registration", "U.S. Drug Enforcement Administration", "2021-09"),
            ("BLS, ACLS, PALS", "American Heart Association", "2025-05"),
        ],
        "edu": [("Master of Physician Assistant Studies", "Physician Assistant Studies", "Baylor College of Medicine", "2021")],
        "unq": {
            "work": [
                ("Physician Assistant, Emergency Department", "HCA Houston Healthcare Clear Lake", "2025-06", "", [
                    "Evaluate and manage 20-25 patients per 12-hour shift, from fast track to resuscitation bay",
                    "Perform laceration repairs, abscess drainage, reductions and procedural sedation under the ED attending",
                    "Document encounters and place orders in Epic",
                ]),
                ("Physician Assistant, Family Medicine", "Kelsey-Seybold Clinic", "2021-08", "2025-05", [
                    "Saw 22 scheduled patients daily for chronic disease management and same-day visits",
                    "Managed hypertension, diabetes and well-child care under the supervising physician",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("Minimum 3 years of emergency medicine experience as a PA", ["years"], "years"),
    },
    {
        "id": "physician_assistant-fresh8-2",
        "occ": "physician_assistant",
        "title": "Physician Associate - Acute Medical Unit (Band 7)",
        "company": "Royal Cornwall Hospitals NHS Trust",
        "location": "Truro, England",
        "posting": """
Physician Associate, Acute Medical Unit - Band 7, permanent, 37.5 hrs/week

The Acute Medical Unit at Royal Cornwall Hospital is expanding its multi-professional team. You'll clerk and review acutely unwell adults, request and interpret investigations, present to the consultant on the post-take ward round and support flow out of ED.

Essential criteria
- Postgraduate diploma or master's in Physician Associate Studies, or an internationally recognised PA qualification
- Current registration with the General Medical Council (GMC) as a physician associate - applicants must be on the GMC register before their start date; we cannot appoint pending registration
- Minimum 2 years post-qualification experience in acute or internal medicine
- Evidence of ongoing CPD

Desirable: ALS (Resuscitation Council UK), experience with Cerner/Oracle Health.

We welcome applications from internationally qualified PAs and provide relocation support of up to £8,000. The Trust is committed to equality, diversity and inclusion.
""",
        "name": "Garrett Lindqvist",
        "label": "Hospitalist Physician Assistant",
        "summary": "Inpatient internal medicine PA planning a move to the UK; experienced with admissions, ward rounds and discharge planning.",
        "where": ("Charlotte", "NC"),
        "work": [
            ("Physician Assistant, Hospital Medicine", "Atrium Health Carolinas Medical Center", "2020-09", "", [
                "Admit and round on 14-16 adult medicine inpatients daily with the attending hospitalist",
                "Lead rapid response assessments and escalate to ICU when indicated",
                "Coordinate discharges with case management, cutting average length of stay on our team by 0.4 days",
            ]),
        ],
        "skills": {"Clinical": ["Acute medicine", "Admission history and physical", "Sepsis management", "Discharge planning"], "Systems": ["Epic", "Cerner"]},
        "certs": [
            ("PA-C", "NCCPA", "2020-07"),
            ("CME: 100 Category 1 hours logged for the 2024-2026 cycle", "NCCPA", "2026-04"),
            ("Physician Assistant License, North Carolina", "North Carolina Medical Board", "2020-08"),
            ("Registered Physician Associate, General Medical Council (UK)", "General Medical Council", "2026-05"),
            ("Advanced Life Support (ALS)", "Resuscitation Council UK", "2026-03"),
        ],
        "edu": [("Master of Medical Science", "Physician Assistant Studies", "Wake Forest University", "2020")],
        "unq": {
            "certs": [
                ("PA-C", "NCCPA", "2020-07"),
            ("CME: 100 Category 1 hours logged for the 2024-2026 cycle", "NCCPA", "2026-04"),
                ("Physician Assistant License, North Carolina", "North Carolina Medical Board", "2020-08"),
                ("Advanced Life Support (ALS)", "Resuscitation Council UK", "2026-03"),
            ],
        },
        "swaps": [],
        "decisive": ("Current registration with the General Medical Council (GMC) as a physician associate", ["GMC", "General Medical Council"], "jurisdiction"),
    },
    {
        "id": "genetic_counselor-fresh8-1",
        "occ": "genetic_counselor",
        "title": "Genetic Counselor - Hereditary Cancer Program",
        "company": "Banner MD Anderson Cancer Center",
        "location": "Gilbert, AZ",
        "posting": """
Banner MD Anderson Cancer Center is seeking a Genetic Counselor to join our Hereditary Cancer Program.

Responsibilities:
* Provide pre- and post-test genetic counseling to patients with personal/family history of cancer, in clinic and via telehealth
* Construct and interpret pedigrees; apply NCCN guidelines for testing and management
* Coordinate germline testing with commercial labs (Ambry, Invitae, Myriad) and handle insurance pre-authorization
* Participate in multidisciplinary tumor boards

Minimum Qualifications:
* Master's degree from an ACGC-accredited genetic counseling program
* Certified by the American Board of Genetic Counseling (CGC) - board-eligible candidates will not be considered for this posting
* 1+ yr clinical genetic counseling experience (new grads w/ strong cancer rotations considered)

Banner Health offers medical, dental, 401(k) match and tuition reimbursement. Equal Opportunity Employer/Disability/Veterans.
""",
        "name": "Priyanka Deshmukh",
        "label": "Genetic Counselor, Cancer Genetics",
        "summary": "Genetic counselor focused on hereditary cancer syndromes, comfortable with high-volume telehealth clinics and complex variant interpretation.",
        "where": ("Tempe", "AZ"),
        "work": [
            ("Genetic Counselor", "HonorHealth Cancer Care", "2023-07", "", [
                "Counsel 10-12 patients weekly on hereditary breast, colorectal and pancreatic cancer risk",
                "Draw three-generation pedigrees and apply NCCN criteria to select multigene panels",
                "Reclassified 40+ VUS results with lab partners and recontacted affected families",
            ]),
        ],
        "skills": {"Genetics": ["Pedigree analysis", "Variant interpretation", "Hereditary cancer syndromes", "Cascade testing"], "Tools": ["Progeny", "Epic"]},
        "certs": [("Certified Genetic Counselor (CGC)", "American Board of Genetic Counseling (ABGC)", "2023-09")],
        "edu": [("Master of Science", "Genetic Counseling", "University of Arizona", "2023")],
        "unq": {
            "certs": [],
        },
        "swaps": [],
        "decisive": ("Certified by the American Board of Genetic Counseling (CGC)", ["CGC", "ABGC", "American Board of Genetic Counseling"], "certificate"),
    },
    {
        "id": "genetic_counselor-fresh8-2",
        "occ": "genetic_counselor",
        "title": "Genetic Counsellor II - Prenatal Diagnosis & Medical Genetics",
        "company": "Sinai Health",
        "location": "Toronto, ON",
        "posting": """
Sinai Health - The Prenatal Diagnosis and Medical Genetics Program provides counselling for families facing abnormal prenatal screening, ultrasound anomalies and known familial conditions.

The Genetic Counsellor II will carry an independent caseload, supervise MSc genetic counselling students and lead one quality improvement project per year.

Qualifications
- MSc in Genetic Counselling from an accredited program
- Certification with the Canadian Board of Genetic Counselling (CCGC) or the American Board of Genetic Counseling (CGC)
- Five (5) years of clinical genetic counselling experience, ideally in prenatal or reproductive genetics
- Knowledge of NIPT, CMA and exome sequencing in the prenatal setting
- Excellent written communication; French an asset

Full-time permanent, 37.5 hours/week, OPSEU. Sinai Health is committed to an inclusive and accessible workplace; accommodations are available on request.
""",
        "name": "Hannah Okonkwo-Byrne",
        "label": "Genetic Counsellor",
        "summary": "Certified genetic counsellor with a prenatal and reproductive genetics caseload and experience supervising students.",
        "where": ("Toronto", "ON"),
        "country": "CA",
        "work": [
            ("Genetic Counsellor, Prenatal Genetics", "North York General Hospital", "2022-09", "", [
                "Counsel patients after high-risk NIPT, nuchal translucency and fetal anomaly findings",
                "Explain CMA and prenatal exome results and coordinate with maternal-fetal medicine",
                "Supervise two MSc students per year on clinical rotation",
            ]),
            ("Genetic Counsellor", "Kingston Health Sciences Centre", "2020-07", "2022-08", [
                "Ran general genetics and reproductive clinics including preconception carrier screening",
                "Wrote patient letters and family letters for cascade testing",
            ]),
        ],
        "skills": {"Genetics": ["Prenatal counselling", "NIPT", "Chromosomal microarray", "Carrier screening", "Student supervision"]},
        "certs": [("Canadian Certified Genetic Counsellor (CCGC)", "Canadian Board of Genetic Counselling", "2021-05")],
        "edu": [("Master of Science", "Genetic Counselling", "University of Toronto", "2020")],
        "unq": {
            "work": [
                ("Genetic Counsellor, Prenatal Genetics", "North York General Hospital", "2024-09", "", [
                    "Counsel patients after high-risk NIPT, nuchal translucency and fetal anomaly findings",
                    "Explain CMA and prenatal exome results and coordinate with maternal-fetal medicine",
                    "Supervise two MSc students per year on clinical rotation",
                ]),
                ("Genetic Counsellor", "Kingston Health Sciences Centre", "2023-07", "2024-08", [
                    "Ran general genetics and reproductive clinics including preconception carrier screening",
                    "Wrote patient letters and family letters for cascade testing",
                ]),
            ],
            "certs": [("Canadian Certified Genetic Counsellor (CCGC)", "Canadian Board of Genetic Counselling", "2024-05")],
            "edu": [("Master of Science", "Genetic Counselling", "University of Toronto", "2023")],
        },
        "swaps": [],
        "decisive": ("Five (5) years of clinical genetic counselling experience", ["years", "five"], "years"),
    },
    {
        "id": "orthotist_prosthetist-fresh8-1",
        "occ": "orthotist_prosthetist",
        "title": "Certified Prosthetist Orthotist (CPO)",
        "company": "Hanger Clinic",
        "location": "San Diego, CA",
        "posting": """
Hanger Clinic - Certified Prosthetist Orthotist, San Diego (Kearny Mesa)

Our Kearny Mesa clinic serves a busy mix of lower-limb amputees (including military veterans) and orthotic patients referred from Rady Children's and Sharp. We need a practitioner who can carry both disciplines.

Requirements
 - Master's in Orthotics & Prosthetics (or BS + NCOPE certificate program) and completed NCOPE residency in both disciplines
 - ABC Certified Prosthetist Orthotist (CPO) credential - required; CO or CP alone does not meet the requirement for this dual-discipline role
 - Valid driver's license; occasional travel to satellite clinics
 - Proficiency with digital scanning/CAD (e.g., Omega, Rodin4D)

Benefits: medical/dental/vision, 401(k), paid CE and certification fees, relocation assistance. Hanger is an Equal Opportunity Employer.
""",
        "name": "Diego Castellanos",
        "label": "Certified Prosthetist Orthotist",
        "summary": "O&P clinician treating both orthotic and prosthetic patients, from pediatric AFOs to transfemoral sockets.",
        "where": ("San Diego", "CA"),
        "work": [
            ("Clinician, Orthotics & Prosthetics", "Arizona Limb & Brace", "2022-02", "", [
                "Fit transtibial and transfemoral prostheses and manage socket revisions for a caseload of 60+ amputees",
                "Cast, scan and fit custom AFOs, KAFOs and spinal orthoses",
                "Design sockets and braces in Rodin4D and Omega",
            ]),
            ("O&P Resident", "Shriners Children's Northern California", "2020-07", "2022-01", [
                "Completed dual-discipline NCOPE residency",
                "Fabricated pediatric scoliosis braces and upper-limb devices",
            ]),
        ],
        "skills": {"Clinical": ["Lower-limb prosthetics", "Custom orthoses", "Gait analysis", "Socket design"], "CAD": ["Rodin4D", "Omega scanning"]},
        "certs": [("Certified Prosthetist Orthotist (CPO)", "American Board for Certification in Orthotics, Prosthetics & Pedorthics", "2022-06"), ("California Driver License (Class C)", "California DMV", "2022-03")],
        "edu": [("Master of Science", "Orthotics and Prosthetics", "Northwestern University", "2020")],
        "unq": {
            "label": "Certified Orthotist",
            "summary": "Orthotic clinician treating pediatric and adult patients, from AFOs to spinal orthoses.",
            "certs": [("Certified Orthotist (CO)", "American Board for Certification in Orthotics, Prosthetics & Pedorthics", "2022-06"), ("California Driver License (Class C)", "California DMV", "2022-03")],
        },
        "swaps": [
            ("Clinician, Orthotics & Prosthetics", "Clinician, Orthotics"),
            ("Fit transtibial and transfemoral prostheses and manage socket revisions for a caseload of 60+ amputees", "Assist the prosthetic team with amputee follow-up visits"),
            ("Completed dual-discipline NCOPE residency", "Completed NCOPE orthotic residency"),
        ],
        "decisive": ("ABC Certified Prosthetist Orthotist (CPO) credential", ["CPO", "prosthetist"], "credential level"),
    },
    {
        "id": "orthotist_prosthetist-fresh8-2",
        "occ": "orthotist_prosthetist",
        "title": "Senior Orthotist/Prosthetist (Grade 3)",
        "company": "Alfred Health",
        "location": "Melbourne, VIC",
        "posting": """
Senior Orthotist/Prosthetist - Grade 3 | Caulfield Hospital | Ongoing full-time

About the role
Join the Orthotics & Prosthetics service at Caulfield Hospital, providing amputee rehabilitation, neuro and musculoskeletal orthotics to inpatients and outpatients. As a Grade 3 you will lead complex caseloads, supervise Grade 1 clinicians and La Trobe students, and contribute to service improvement.

About you
- Bachelor or Master of Prosthetics and Orthotics (La Trobe University) or equivalent recognised by AOPA
- Eligible for Certified Practising membership of the Australian Orthotic Prosthetic Association (AOPA)
- At least 5 years' post-graduate clinical experience in orthotics and prosthetics
- Current Victorian driver licence, Working with Children Check and NDIS Worker Screening Check

Salary: $113,000-$124,000 + super + salary packaging. Alfred Health values diversity and encourages Aboriginal and Torres Strait Islander applicants.
""",
        "name": "Bridget Nakamura",
        "label": "Orthotist/Prosthetist",
        "summary": "Orthotist/prosthetist with hospital and private practice background in amputee rehab and neurological orthoses.",
        "where": ("Melbourne", "VIC"),
        "country": "AU",
        "work": [
            ("Orthotist/Prosthetist Grade 2", "Austin Health", "2021-02", "", [
                "Manage a mixed amputee and neuro-orthotic caseload on the rehabilitation ward",
                "Supervise La Trobe students on 6-week clinical placements",
                "Led a project standardising post-op rigid dressing for transtibial patients",
            ]),
            ("Orthotist/Prosthetist", "Orthotic & Prosthetic Centre (OPC Health)", "2018-01", "2021-01", [
                "Fitted custom AFOs, KAFOs and trans-tibial prostheses for NDIS and TAC clients",
                "Prepared NDIS assistive technology quotes and reports",
            ]),
        ],
        "skills": {"Clinical": ["Amputee rehabilitation", "Neurological orthoses", "Student supervision", "NDIS reporting"]},
        "certs": [
            ("Certified Practising Orthotist/Prosthetist (MAOPA)", "Australian Orthotic Prosthetic Association", "2018-03"),
            ("Working with Children Check (Victoria)", "Working with Children Check Victoria", "2025-02"),
            ("NDIS Worker Screening Check", "Department of Government Services Victoria", "2024-08"),
            ("Victorian Driver Licence (Car)", "VicRoads", "2014-06"),
        ],
        "edu": [("Bachelor", "Prosthetics and Orthotics", "La Trobe University", "2017")],
        "unq": {
            "work": [
                ("Orthotist/Prosthetist Grade 2", "Austin Health", "2025-02", "", [
                    "Manage a mixed amputee and neuro-orthotic caseload on the rehabilitation ward",
                    "Supervise La Trobe students on 6-week clinical placements",
                    "Led a project standardising post-op rigid dressing for transtibial patients",
                ]),
                ("Orthotist/Prosthetist", "Orthotic & Prosthetic Centre (OPC Health)", "2023-01", "2025-01", [
                    "Fitted custom AFOs, KAFOs and trans-tibial prostheses for NDIS and TAC clients",
                    "Prepared NDIS assistive technology quotes and reports",
                ]),
            ],
            "certs": [
                ("Certified Practising Orthotist/Prosthetist (MAOPA)", "Australian Orthotic Prosthetic Association", "2023-03"),
                ("Working with Children Check (Victoria)", "Working with Children Check Victoria", "2025-02"),
                ("NDIS Worker Screening Check", "Department of Government Services Victoria", "2024-08"),
                ("Victorian Driver Licence (Car)", "VicRoads", "2014-06"),
            ],
            "edu": [("Bachelor", "Prosthetics and Orthotics", "La Trobe University", "2022")],
        },
        "swaps": [],
        "decisive": ("At least 5 years' post-graduate clinical experience in orthotics and prosthetics", ["years"], "years"),
    },
    {
        "id": "cytotechnologist-fresh8-1",
        "occ": "cytotechnologist",
        "title": "Cytotechnologist (Full-Time, Days)",
        "company": "Sharp HealthCare",
        "location": "San Diego, CA",
        "posting": """
Sharp HealthCare - Cytotechnologist, Pathology Laboratory (Sharp Memorial)

Hours: Monday-Friday, 7:00a-3:30p. Screen gynecologic (ThinPrep) and non-gynecologic specimens, assist pathologists at FNA and EBUS rapid on-site evaluations, and take part in QC and proficiency testing.

Required Qualifications
- Bachelor's degree and completion of a CAAHEP-accredited cytotechnology program
- CT(ASCP) certification
- California Cytotechnologist License issued by CDPH Laboratory Field Services - must be active on hire (license applications in process do not qualify)
- 1 year cytology screening experience preferred

Pay range: $58.10 - $81.35/hr. Sharp offers comprehensive benefits and is an equal opportunity employer.
""",
        "name": "Tomasz Wieczorek",
        "label": "Cytotechnologist",
        "summary": "Cytotechnologist screening gyn and non-gyn cases, experienced with ROSE for FNA and EBUS procedures.",
        "where": ("Phoenix", "AZ"),
        "work": [
            ("Cytotechnologist", "Sonora Quest Laboratories", "2021-06", "", [
                "Screen 70-80 ThinPrep Pap slides per day on the ThinPrep Imaging System",
                "Perform rapid on-site evaluation for EUS and EBUS FNAs with the cytopathologist",
                "Prepare non-gyn specimens: cytospins, cell blocks and Diff-Quik stains",
            ]),
        ],
        "skills": {"Cytology": ["Gynecologic screening", "Non-gynecologic cytology", "ROSE", "Cell block preparation"], "Systems": ["ThinPrep Imaging System", "Cerner CoPath"]},
        "certs": [
            ("Cytotechnologist, CT(ASCP)", "ASCP Board of Certification", "2021-05"),
            ("Cytotechnologist License (State of California)", "California Department of Public Health, Laboratory Field Services", "2026-02"),
        ],
        "edu": [("Bachelor of Science", "Cytotechnology", "The University of Texas MD Anderson Cancer Center School of Health Professions", "2021")],
        "unq": {
            "certs": [("Cytotechnologist, CT(ASCP)", "ASCP Board of Certification", "2021-05")],
        },
        "swaps": [],
        "decisive": ("California Cytotechnologist License issued by CDPH Laboratory Field Services", ["California", "CDPH"], "jurisdiction"),
    },
    {
        "id": "cytotechnologist-fresh8-2",
        "occ": "cytotechnologist",
        "title": "Cytotechnologist - Bilingual (French/English)",
        "company": "Hôpital Montfort",
        "location": "Ottawa, ON",
        "posting": """
Hôpital Montfort | Laboratoire - Cytologie | Permanent temps plein

Montfort is a francophone academic hospital designated under Ontario's French Language Services Act. The cytotechnologist screens gynaecological and non-gynaecological specimens, prepares liquid-based and conventional slides and supports fine-needle aspiration adequacy assessments.

Requirements:
• Diploma or degree in Diagnostic Cytology; CSMLS certification in Diagnostic Cytology
• Current registration with the College of Medical Laboratory Technologists of Ontario (CMLTO)
• Bilingualism: oral and written French and English at an advanced level is required for this designated position (language assessment part of the process)
• Experience with SurePath or ThinPrep preparation an asset

Montfort offers HOOPP pension and a collegial team environment. Accommodation is available on request.
""",
        "name": "Caroline Dufresne-Walsh",
        "label": "Cytotechnologist",
        "summary": "Registered cytotechnologist with liquid-based and conventional cytology experience in Ontario community and regional labs.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Cytotechnologist", "Eastern Ontario Regional Laboratory Association (EORLA)", "2020-10", "", [
                "Screen cervical SurePath slides and non-gyn fluids, urines and FNAs",
                "Provide adequacy checks at thyroid FNA clinics",
                "Participate in the CAP/IQMH proficiency testing program",
            ]),
            ("Cytotechnologist", "Health Sciences North", "2018-06", "2020-09", [
                "Screened gynaecological and respiratory cytology",
                "Prepared cell blocks and special stains",
            ]),
        ],
        "skills": {"Cytology": ["Gynaecological screening", "Non-gynaecological cytology", "FNA adequacy", "SurePath", "ThinPrep"]},
        "certs": [
            ("Diagnostic Cytology Certification", "Canadian Society for Medical Laboratory Science (CSMLS)", "2018-05"),
            ("Registered Medical Laboratory Technologist (Cytology)", "College of Medical Laboratory Technologists of Ontario (CMLTO)", "2018-06"),
        ],
        "edu": [("Advanced Diploma", "Diagnostic Cytology", "The Michener Institute of Education at UHN", "2018")],
        "langs": [("English", "Native"), ("French", "Full professional proficiency")],
        "unq": {
            "langs": [("English", "Native")],
        },
        "swaps": [],
        "decisive": ("Bilingualism: oral and written French and English at an advanced level", ["French", "bilingual", "bilingualism"], "language"),
    },
    {
        "id": "clinical_research_coordinator-fresh8-1",
        "occ": "clinical_research_coordinator",
        "title": "Clinical Research Coordinator II - Cardiology",
        "company": "Vanderbilt University Medical Center",
        "location": "Nashville, TN",
        "posting": """
VUMC's Cardiovascular Clinical Research Unit runs 30+ industry and NIH-funded trials (heart failure, structural heart, EP). The CRC II independently coordinates a portfolio of 6-8 studies.

Key responsibilities
> Screen, consent and enroll participants; schedule study visits and procedures
> Maintain regulatory binders, source documents and IRB submissions
> Enter data into sponsor EDCs and resolve queries within timelines
> Prepare for monitoring visits and sponsor/FDA audits

Basic qualifications
> Bachelor's degree and 2 years of clinical research experience
> Professional certification as a clinical research coordinator required: ACRP CCRC or SOCRA CCRP
> Working knowledge of ICH-GCP E6(R3) and 21 CFR Parts 50, 56 and 312

VUMC is an equal opportunity employer. Hybrid schedule possible after training.
""",
        "name": "Latoya Pritchett",
        "label": "Clinical Research Coordinator",
        "summary": "Research coordinator running interventional cardiology and device trials from start-up through close-out.",
        "where": ("Nashville", "TN"),
        "work": [
            ("Clinical Research Coordinator", "Saint Thomas Health - Ascension", "2021-03", "", [
                "Coordinate 7 active heart failure and TAVR device trials, including consent and visit scheduling",
                "Prepare IRB initial, continuing review and amendment submissions",
                "Resolve EDC queries and host sponsor monitoring visits with zero major findings in 2025",
            ]),
            ("Research Assistant", "Meharry Medical College", "2019-06", "2021-02", [
                "Collected survey and biospecimen data for an NIH hypertension cohort study",
            ]),
        ],
        "skills": {"Research": ["Informed consent", "Regulatory binders", "IRB submissions", "ICH-GCP", "Query resolution"], "Systems": ["REDCap", "OnCore", "Medidata Rave"]},
        "certs": [
            ("Certified Clinical Research Professional (CCRP)", "Society of Clinical Research Associates (SOCRA)", "2022-11"),
            ("GCP Training", "CITI Program", "2025-01"),
        ],
        "edu": [("Bachelor of Science", "Biology", "Middle Tennessee State University", "2019")],
        "unq": {
            "certs": [("GCP Training", "CITI Program", "2025-01")],
        },
        "swaps": [],
        "decisive": ("ACRP CCRC or SOCRA CCRP certification", ["CCRC", "CCRP", "SOCRA", "ACRP"], "certificate"),
    },
    {
        "id": "clinical_research_coordinator-fresh8-2",
        "occ": "clinical_research_coordinator",
        "title": "Clinical Research Coordinator (Medical Oncology)",
        "company": "National Cancer Centre Singapore",
        "location": "Singapore",
        "posting": """
Clinical Research Coordinator, Division of Medical Oncology

You will support Phase I-III oncology trials at NCCS, working closely with principal investigators, research nurses and sponsor CRAs.

Job Requirements:
1. Degree in Life Sciences, Nursing, Pharmacy or related discipline
2. At least 2 years' experience coordinating industry-sponsored clinical trials
3. Hands-on experience with Medidata Rave EDC (data entry, query management) is a must - most of our sponsor trials run on Rave
4. Familiar with ICH-GCP and the Singapore Health Products (Clinical Trials) Regulations
5. Meticulous, able to work independently and manage multiple studies

Only shortlisted candidates will be notified.
""",
        "name": "Tan Wei Ling",
        "label": "Clinical Research Coordinator",
        "summary": "Oncology trial coordinator handling patient scheduling, source verification and EDC entry for sponsor studies.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Clinical Research Coordinator", "National University Hospital - Haematology-Oncology", "2022-04", "", [
                "Coordinate five sponsor-initiated Phase II/III solid tumour trials",
                "Enter CRF data in Medidata Rave and close queries within 5 working days",
                "Track RECIST assessments and schedule scans with radiology",
            ]),
            ("Research Assistant", "Singapore Clinical Research Institute", "2020-07", "2022-03", [
                "Maintained trial master files and site regulatory documents",
                "Entered data for investigator-initiated studies in REDCap and Oracle InForm",
            ]),
        ],
        "skills": {"Research": ["ICH-GCP", "Source data verification", "RECIST tracking", "Query management"], "EDC": ["Medidata Rave", "Oracle InForm", "REDCap"]},
        "certs": [("ICH-GCP E6 Training", "TransCelerate / SingHealth", "2025-03")],
        "edu": [("Bachelor of Science (Honours)", "Life Sciences", "National University of Singapore", "2020")],
        "langs": [("English", "Fluent"), ("Mandarin", "Native")],
        "unq": {
            "skills": {"Research": ["ICH-GCP", "Source data verification", "RECIST tracking", "Query management"], "EDC": ["Oracle InForm", "REDCap"]},
        },
        "swaps": [("Enter CRF data in Medidata Rave and close queries within 5 working days", "Enter CRF data in Oracle InForm and close queries within 5 working days")],
        "decisive": ("Hands-on experience with Medidata Rave EDC", ["Rave", "Medidata"], "tool"),
    },
    {
        "id": "medical_physicist-fresh8-1",
        "occ": "medical_physicist",
        "title": "Clinical Medical Physicist - Radiation Oncology",
        "company": "Ochsner Health",
        "location": "New Orleans, LA",
        "posting": """
Ochsner Cancer Institute is hiring a Clinical Medical Physicist for our main campus department (4 Varian TrueBeams, Ethos adaptive, HDR brachytherapy).

Duties include machine QA per TG-142, patient-specific IMRT/VMAT QA, plan checks, SRS/SBRT support, HDR brachytherapy and participation in physics coverage rotation.

Required:
- MS or PhD in Medical Physics from a CAMPEP-accredited program, and completion of a CAMPEP residency
- Certified by the American Board of Radiology (ABR) in Therapeutic Medical Physics
- Experience with Eclipse and ARIA

Preferred: experience with Ethos or other adaptive platforms.

Ochsner is an equal opportunity employer. Relocation and sign-on bonus available.
""",
        "name": "Wen-Jie Harrington",
        "label": "Therapeutic Medical Physicist",
        "summary": "Radiation oncology physicist with SRS/SBRT, HDR and adaptive therapy experience on Varian platforms.",
        "where": ("Houston", "TX"),
        "work": [
            ("Medical Physicist", "Memorial Hermann Cancer Center", "2023-08", "", [
                "Perform monthly and annual TG-142 QA on three TrueBeam linacs",
                "Commissioned Eclipse AcurosXB and led SRS end-to-end testing",
                "Supervise HDR brachytherapy treatments and plan checks for cervix and prostate",
            ]),
            ("Medical Physics Resident", "MD Anderson Cancer Center", "2021-07", "2023-07", [
                "Completed CAMPEP-accredited therapy residency",
            ]),
        ],
        "skills": {"Physics": ["TG-142 QA", "IMRT/VMAT QA", "SRS/SBRT", "HDR brachytherapy"], "Systems": ["Eclipse", "ARIA", "Ethos"]},
        "certs": [("Diplomate, Therapeutic Medical Physics (DABR)", "American Board of Radiology", "2025-08")],
        "edu": [("Doctor of Philosophy", "Medical Physics", "University of Wisconsin-Madison", "2021")],
        "unq": {
            "label": "Therapeutic Medical Physicist (board-eligible)",
            "certs": [],
        },
        "swaps": [],
        "decisive": ("Certified by the American Board of Radiology (ABR) in Therapeutic Medical Physics", ["ABR", "DABR", "American Board of Radiology", "board certified", "board-certified"], "certificate"),
    },
    {
        "id": "medical_physicist-fresh8-2",
        "occ": "medical_physicist",
        "title": "Clinical Scientist - Radiotherapy Physics (Band 7)",
        "company": "The Christie NHS Foundation Trust",
        "location": "Manchester, England",
        "posting": """
Clinical Scientist (Radiotherapy Physics) - Band 7 - The Christie, Withington

The Christie runs one of Europe's largest radiotherapy departments, including proton beam therapy and MR-Linac. The post holder will provide scientific support to treatment planning, linac QA and the brachytherapy service.

Person specification (essential):
* Registered with the Health and Care Professions Council (HCPC) as a Clinical Scientist
* MSc in Medical Physics or Clinical Science (STP) or equivalent
* Experience of external beam treatment planning (Eclipse or RayStation)
* Experience of linac QA and dosimetry to IPEM Report 81 / TRS-398

Desirable: programming (Python/MATLAB), MR-Linac experience.

Salary £47,810 - £54,710 per annum. The Christie is a smoke-free site and an equal opportunities employer.
""",
        "name": "Eleanor Fitzwilliam",
        "label": "Clinical Scientist, Radiotherapy Physics",
        "summary": "Radiotherapy physics professional with planning, dosimetry and linac QA experience in a large NHS cancer centre.",
        "where": ("Leeds", "England"),
        "country": "GB",
        "work": [
            ("Clinical Scientist (Radiotherapy)", "Leeds Teaching Hospitals NHS Trust", "2023-10", "", [
                "Plan VMAT and stereotactic treatments in RayStation and check plans for clinical release",
                "Perform linac output calibration to TRS-398 and monthly QA",
                "Wrote Python scripts automating daily QA trend reports",
            ]),
            ("Trainee Clinical Scientist (STP)", "Leeds Teaching Hospitals NHS Trust", "2020-09", "2023-09", [
                "Rotated through radiotherapy physics, nuclear medicine and radiation protection",
            ]),
        ],
        "skills": {"Physics": ["VMAT planning", "Dosimetry", "Linac QA", "TRS-398"], "Tools": ["RayStation", "Eclipse", "Python", "MATLAB"]},
        "certs": [("HCPC Registered Clinical Scientist", "Health and Care Professions Council", "2023-11")],
        "edu": [
            ("MSc", "Clinical Science (Medical Physics)", "University of Leeds", "2023"),
            ("BSc (Hons)", "Physics", "University of Manchester", "2020"),
        ],
        "unq": {
            "label": "Clinical Technologist, Radiotherapy Physics",
            "certs": [("Registered Clinical Technologist (RCT)", "Register of Clinical Technologists (administered by IPEM)", "2023-11")],
        },
        "swaps": [
            ("Clinical Scientist (Radiotherapy)", "Senior Clinical Technologist (Radiotherapy)"),
            ("Trainee Clinical Scientist (STP)", "Clinical Technologist (Radiotherapy)"),
        ],
        "decisive": ("Registered with the HCPC as a Clinical Scientist", ["HCPC", "Clinical Scientist", "Health and Care Professions Council"], "credential level"),
    },
]
