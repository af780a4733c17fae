"""fresh2 cases, health group (written blind; sources in fresh2_sources_a.md)."""

CASES = [
    {
        "id": "medical-laboratory-scientist-fresh2-1",
        "occ": "medical_laboratory_scientist",
        "title": "Medical Laboratory Scientist - Blood Bank (Nights)",
        "company": "OhioHealth",
        "location": "Columbus, OH",
        "posting": """
Our Riverside transfusion service is hiring a night-shift Medical Laboratory Scientist.

What you'll do: ABO/Rh and antibody screens, antibody identification, crossmatching, issuing blood
products during massive transfusion events, QC on the Echo and ORTHO Vision analyzers.

Requirements:
- Bachelor's degree in medical laboratory science, biology or chemistry
- MLS(ASCP) or MT(AMT) certification, or eligible within 6 months
- 3+ years of blood bank / immunohematology bench experience in a hospital setting
- Able to work every other weekend

Preferred: SBB, experience with Cerner PathNet.
""",
        "name": "Dana Whitcomb",
        "label": "Medical Technologist",
        "summary": "Hospital medical technologist; antibody workups, crossmatch and product issue on night shift.",
        "where": ("Dublin", "OH"),
        "work": [
            (
                "Medical Technologist II, Transfusion Medicine",
                "Mount Carmel Health System",
                "2022-09",
                "",
                [
                    "Antibody identification panels, elutions and DAT workups for a 500-bed hospital",
                    "Issued products for massive transfusion protocol activations on nights",
                    "Daily QC and maintenance on ORTHO Vision and Echo analyzers",
                ],
            ),
            (
                "Medical Technologist, Immunohematology",
                "Grant Medical Center",
                "2019-07",
                "2022-08",
                [
                    "Type and screen, electronic and AHG crossmatch, prenatal workups",
                    "Trained new hires on gel and tube techniques",
                ],
            ),
        ],
        "edu": [("Bachelor of Science", "Medical Laboratory Science", "The Ohio State University", "2019-05")],
        "skills": {"Laboratory": ["antibody identification", "crossmatch", "ORTHO Vision", "Cerner PathNet"]},
        "certs": [("MLS(ASCP)", "ASCP Board of Certification", "2019-06")],
        "unq": {
            "work": [
                (
                    "Medical Technologist II, Transfusion Medicine",
                    "Mount Carmel Health System",
                    "2025-03",
                    "",
                    [
                        "Antibody identification panels, elutions and DAT workups for a 500-bed hospital",
                        "Issued products for massive transfusion protocol activations on nights",
                        "Daily QC and maintenance on ORTHO Vision and Echo analyzers",
                    ],
                ),
                (
                    "Medical Technologist, Core Laboratory",
                    "Grant Medical Center",
                    "2019-07",
                    "2025-02",
                    [
                        "Chemistry and hematology bench: Roche cobas, Sysmex XN, coagulation",
                        "Trained new hires on analyzer maintenance and QC review",
                    ],
                ),
            ],
        },
        "decisive": ("3+ years of blood bank experience", ["years", "yrs"], "years"),
    },
    {
        "id": "medical-laboratory-scientist-fresh2-2",
        "occ": "medical_laboratory_scientist",
        "title": "Clinical Laboratory Scientist (CLS) - Generalist",
        "company": "Kaiser Permanente",
        "location": "Oakland, CA",
        "posting": """
Clinical Laboratory Scientist, full time, rotating through chemistry, hematology, urinalysis and
microbiology at our Oakland Medical Center laboratory.

Basic qualifications
- Current California Clinical Laboratory Scientist (CLS) license issued by CDPH Laboratory Field Services
  (a license from another state does not qualify)
- Bachelor's degree in a biological, chemical or clinical laboratory science
- Two (2) years of clinical laboratory experience

Preferred: ASCP certification; Epic Beaker.
Relocation assistance available.
""",
        "name": "Priya Raman",
        "label": "Medical Technologist",
        "summary": "Generalist medical technologist relocating to the Bay Area in 2027.",
        "where": ("Albany", "NY"),
        "work": [
            (
                "Medical Technologist, Generalist",
                "Albany Medical Center",
                "2020-08",
                "",
                [
                    "Rotates through chemistry, hematology, urinalysis and microbiology benches",
                    "Validated a new Beckman AU chemistry line; wrote the QC procedures",
                ],
            ),
            (
                "Medical Laboratory Scientist",
                "St. Peter's Hospital",
                "2017-06",
                "2020-07",
                ["Hematology and coagulation bench, body fluid counts", "Epic Beaker result verification"],
            ),
        ],
        "edu": [("Bachelor of Science", "Clinical Laboratory Science", "University at Buffalo", "2017-05")],
        "skills": {"Laboratory": ["chemistry", "hematology", "microbiology", "Epic Beaker"]},
        "certs": [
            ("MLS(ASCP)", "ASCP Board of Certification", "2017-06"),
            ("Clinical Laboratory Technologist License", "New York State Education Department", "2017-07"),
            ("California Clinical Laboratory Scientist License", "CDPH Laboratory Field Services", "2026-05"),
        ],
        "unq": {
            "certs": [
                ("MLS(ASCP)", "ASCP Board of Certification", "2017-06"),
                ("Clinical Laboratory Technologist License", "New York State Education Department", "2017-07"),
            ],
        },
        "decisive": (
            "California Clinical Laboratory Scientist (CLS) license",
            ["California", "CLS", "Clinical Laboratory Scientist"],
            "jurisdiction",
        ),
    },
    {
        "id": "occupational-therapist-fresh2-1",
        "occ": "occupational_therapist",
        "title": "Occupational Therapist - Hand Therapy (CHT)",
        "company": "HonorHealth",
        "location": "Scottsdale, AZ",
        "posting": """
Outpatient hand therapy clinic seeking an OT to treat post-op tendon repairs, fractures, nerve
injuries and CRPS referred by our hand surgeons.

Must have:
* Arizona OT license (or eligible)
* CHT - Certified Hand Therapist credential (HTCC), current
* Custom orthosis fabrication
* 5+ yrs outpatient upper extremity experience

Nice to have: Epic, ultrasound-guided wound care experience.
""",
        "name": "Megan Sorensen",
        "label": "Occupational Therapist, OTR/L",
        "summary": "Upper extremity OTR/L: flexor tendon protocols, custom thermoplastic orthoses, post-op fractures.",
        "where": ("Tempe", "AZ"),
        "work": [
            (
                "Occupational Therapist, Upper Extremity Clinic",
                "Banner Health",
                "2019-02",
                "",
                [
                    "Caseload of post-op flexor/extensor tendon repairs, distal radius fractures, nerve repairs",
                    "Fabricates custom thermoplastic orthoses, about 15 a week",
                    "Co-leads the clinic's CRPS and graded motor imagery program",
                ],
            ),
            (
                "Staff Occupational Therapist, Outpatient Orthopedics",
                "Kinetic Physical Therapy",
                "2016-07",
                "2019-01",
                ["Upper extremity and shoulder rehab, splinting, ergonomic return-to-work plans"],
            ),
        ],
        "edu": [("Master of Science", "Occupational Therapy", "Northern Arizona University", "2016-05")],
        "skills": {"Clinical": ["orthosis fabrication", "tendon protocols", "edema management", "Epic"]},
        "certs": [
            ("OTR, NBCOT", "NBCOT", "2016-07"),
            ("Occupational Therapist License", "Arizona Board of Occupational Therapy Examiners", "2016-07"),
            ("CHT - Certified Hand Therapist", "Hand Therapy Certification Commission", "2022-11"),
        ],
        "unq": {
            "certs": [
                ("OTR, NBCOT", "NBCOT", "2016-07"),
                ("Occupational Therapist License", "Arizona Board of Occupational Therapy Examiners", "2016-07"),
            ],
        },
        "decisive": ("Certified Hand Therapist (CHT)", ["CHT", "Certified Hand Therapist"], "certificate"),
    },
    {
        "id": "occupational-therapist-fresh2-2",
        "occ": "occupational_therapist",
        "title": "Pediatric Occupational Therapist",
        "company": "Nemours Children's Health",
        "location": "Orlando, FL",
        "posting": """
Pediatric outpatient OT. Sensory processing, feeding, fine motor and handwriting with children
birth to 18, alongside speech and PT colleagues.

Qualifications
- Master's or doctorate from an ACOTE-accredited OT program
- Florida occupational therapist license; NBCOT certification
- Minimum 3 years of pediatric occupational therapy experience (clinic, school or early intervention)
- BLS

Preferred: SIPT or EASI certification, feeding experience.
""",
        "name": "Jordan Alvey",
        "label": "Occupational Therapist",
        "summary": "OTR/L working with children: sensory integration, handwriting, self-care, feeding.",
        "where": ("Kissimmee", "FL"),
        "work": [
            (
                "School-Based Occupational Therapist",
                "Osceola County School District",
                "2022-08",
                "",
                [
                    "IEP evaluations and goals for K-8 students; handwriting and fine motor groups",
                    "Sensory diets and classroom accommodations with teachers",
                ],
            ),
            (
                "Occupational Therapist, Early Steps",
                "Kids Therapy Network",
                "2020-06",
                "2022-07",
                ["Home visits for infants and toddlers 0-3: feeding, motor milestones, caregiver coaching"],
            ),
        ],
        "edu": [("Master of Occupational Therapy", "Occupational Therapy", "University of Florida", "2020-05")],
        "skills": {"Clinical": ["sensory integration", "handwriting", "feeding therapy", "IEP goals"]},
        "certs": [
            ("OTR, NBCOT", "NBCOT", "2020-06"),
            ("Occupational Therapist License", "Florida Board of Occupational Therapy", "2020-06"),
            ("BLS", "American Heart Association", "2026-01"),
        ],
        "unq": {
            "work": [
                (
                    "School-Based Occupational Therapist",
                    "Osceola County School District",
                    "2025-01",
                    "",
                    [
                        "IEP evaluations and goals for K-8 students; handwriting and fine motor groups",
                        "Sensory diets and classroom accommodations with teachers",
                    ],
                ),
                (
                    "Occupational Therapist, Skilled Nursing",
                    "Advent Health Care Center",
                    "2020-06",
                    "2024-12",
                    ["Adult and geriatric rehab: ADL retraining, transfers, cognition screens after stroke"],
                ),
            ],
        },
        "decisive": ("3 years of pediatric OT experience", ["years", "yrs"], "years"),
    },
    {
        "id": "pharmacy-technician-fresh2-1",
        "occ": "pharmacy_technician",
        "title": "Pharmacy Technician - Inpatient",
        "company": "Mercy",
        "location": "St. Louis, MO",
        "posting": """
Inpatient Pharmacy Technician, day/evening rotation.

You will fill Pyxis cabinets, prepare unit-dose and cart fills, deliver STAT meds and help with
inventory.

Minimum requirements:
- High school diploma or GED
- Registered as a pharmacy technician with the Missouri Board of Pharmacy
- PTCB certification (CPhT) required - no exceptions for this role
- 1 year pharmacy technician experience, hospital preferred
""",
        "name": "Tyler Brandt",
        "label": "Pharmacy Technician",
        "summary": "Pharmacy technician: automated dispensing restocks, cart fills, controlled-substance counts.",
        "where": ("St. Charles", "MO"),
        "work": [
            (
                "Pharmacy Technician II",
                "SSM Health St. Joseph Hospital",
                "2023-04",
                "",
                [
                    "Restocks Omnicell and Pyxis cabinets on 8 units; resolves discrepancies",
                    "Cart fills and first-dose deliveries; monthly controlled-substance counts",
                ],
            ),
            (
                "Pharmacy Technician",
                "Walgreens",
                "2021-02",
                "2023-03",
                ["Data entry, insurance claims, counting and filling at a 300-script/day store"],
            ),
        ],
        "edu": [("High School Diploma", "", "Francis Howell High School", "2020-05")],
        "skills": {"Pharmacy": ["Pyxis", "Omnicell", "unit dose", "inventory"]},
        "certs": [
            ("Pharmacy Technician Registration", "Missouri Board of Pharmacy", "2021-01"),
            ("CPhT - Certified Pharmacy Technician", "PTCB", "2022-03"),
        ],
        "unq": {"certs": [("Pharmacy Technician Registration", "Missouri Board of Pharmacy", "2021-01")]},
        "decisive": (
            "PTCB certification (CPhT)",
            ["PTCB", "CPhT", "Certified Pharmacy Technician"],
            "certificate",
        ),
    },
    {
        "id": "pharmacy-technician-fresh2-2",
        "occ": "pharmacy_technician",
        "title": "IV Pharmacy Technician - Sterile Compounding",
        "company": "Intermountain Health",
        "location": "Murray, UT",
        "posting": """
IV room tech, 10-hour shifts. Compound sterile preparations (large-volume IVs, syringes, TPN) under
USP <797> in our cleanroom.

Requirements
* Utah pharmacy technician license
* National certification (PTCB or ExCPT)
* 2+ yrs hands-on sterile compounding / IV admixture experience
* Pass gloved fingertip and media-fill testing

Preferred: CSPT, hazardous drug (USP <800>) compounding, DoseEdge workflow.
""",
        "name": "Kelsey Nakamura",
        "label": "Pharmacy Technician",
        "summary": "Certified pharmacy technician preparing IV admixtures in an ISO 7 cleanroom.",
        "where": ("West Valley City", "UT"),
        "work": [
            (
                "Pharmacy Technician II, Cleanroom",
                "University of Utah Health",
                "2023-06",
                "",
                [
                    "Prepares large-volume IVs, syringes and pediatric TPN in an ISO 5 hood",
                    "Passes semiannual gloved fingertip and media-fill tests; DoseEdge workflow",
                ],
            ),
            (
                "IV Admixture Technician",
                "Jordan Valley Medical Center",
                "2021-03",
                "2023-05",
                ["Batch antibiotic piggybacks and chemotherapy under USP <800> precautions"],
            ),
        ],
        "edu": [("Certificate", "Pharmacy Technician", "Salt Lake Community College", "2020-12")],
        "skills": {"Pharmacy": ["aseptic technique", "USP 797", "TPN", "DoseEdge"]},
        "certs": [
            ("Pharmacy Technician License", "Utah Division of Professional Licensing", "2021-01"),
            ("CPhT", "PTCB", "2021-01"),
        ],
        "unq": {
            "work": [
                (
                    "Pharmacy Technician II, Cleanroom",
                    "University of Utah Health",
                    "2026-01",
                    "",
                    [
                        "Prepares large-volume IVs, syringes and pediatric TPN in an ISO 5 hood",
                        "Passes semiannual gloved fingertip and media-fill tests; DoseEdge workflow",
                    ],
                ),
                (
                    "Pharmacy Technician",
                    "Smith's Pharmacy",
                    "2021-03",
                    "2025-12",
                    ["Retail dispensing, prescription intake, insurance rejections, immunization paperwork"],
                ),
            ],
        },
        "decisive": ("2+ years of sterile compounding experience", ["years", "yrs"], "years"),
    },
    {
        "id": "registered-nurse-fresh2-1",
        "occ": "registered_nurse",
        "title": "Registered Nurse - Medical ICU",
        "company": "Atrium Health",
        "location": "Charlotte, NC",
        "posting": """
Join our 32-bed Medical ICU caring for patients on ventilators, CRRT and vasoactive drips.

Requirements:
- Active North Carolina or compact multistate RN license
- BSN required
- Minimum two (2) years of recent adult critical care (ICU) RN experience
- BLS and ACLS through AHA

Preferred: CCRN; experience with Impella or ECMO.
""",
        "name": "Rachel Okafor",
        "label": "Registered Nurse",
        "summary": "BSN-prepared RN caring for ventilated, titrated, unstable adult patients.",
        "where": ("Concord", "NC"),
        "work": [
            (
                "Registered Nurse II, Cardiovascular Intensive Care Unit",
                "Novant Health Presbyterian Medical Center",
                "2022-10",
                "",
                [
                    "1:2 assignments: post-CABG, IABP, titrating norepinephrine and vasopressin",
                    "Charge nurse two shifts a month; precepts new graduates",
                ],
            ),
            (
                "Staff Nurse, Neuro Trauma ICU",
                "Wake Forest Baptist Medical Center",
                "2020-08",
                "2022-09",
                ["Ventilated TBI patients, EVD management, sedation titration, CRRT"],
            ),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "UNC Charlotte", "2020-05")],
        "skills": {"Clinical": ["ventilator management", "CRRT", "hemodynamic monitoring", "Epic"]},
        "certs": [
            ("Registered Nurse, multistate (compact) license", "North Carolina Board of Nursing", "2020-07"),
            ("BLS", "American Heart Association", "2025-06"),
            ("ACLS", "American Heart Association", "2025-06"),
        ],
        "unq": {
            "work": [
                (
                    "Registered Nurse II, Cardiovascular Intensive Care Unit",
                    "Novant Health Presbyterian Medical Center",
                    "2026-01",
                    "",
                    [
                        "1:2 assignments: post-CABG, IABP, titrating norepinephrine and vasopressin",
                        "Completed the unit's critical care fellowship in 2026",
                    ],
                ),
                (
                    "Staff Nurse, Medical-Surgical Unit",
                    "Wake Forest Baptist Medical Center",
                    "2020-08",
                    "2025-12",
                    ["1:5 assignments on an adult med-surg floor; post-op care, wound care, discharge teaching"],
                ),
            ],
        },
        "decisive": ("2 years of adult ICU RN experience", ["years", "yrs"], "years"),
    },
    {
        "id": "registered-nurse-fresh2-2",
        "occ": "registered_nurse",
        "title": "Emergency Department RN",
        "company": "Swedish Medical Center",
        "location": "Seattle, WA",
        "posting": """
Level II trauma ED, 12-hour nights. Triage, resuscitation bays, fast track rotation.

What you need
  - Washington State RN license (or multistate)
  - 1 yr acute care RN experience
  - BLS and ACLS required at hire (AHA)
  - PALS and TNCC within 6 months of hire

We offer a night differential and tuition support.
""",
        "name": "Evan Lindqvist",
        "label": "Registered Nurse",
        "summary": "Acute care RN moving into emergency nursing; telemetry and rapid-response background.",
        "where": ("Renton", "WA"),
        "work": [
            (
                "Registered Nurse, Progressive Care / Telemetry",
                "Valley Medical Center",
                "2022-03",
                "",
                [
                    "Cardiac monitoring, drips, chest pain and stroke patients; 1:4 ratio",
                    "Rapid response team member since 2024",
                ],
            ),
        ],
        "edu": [("Associate Degree in Nursing", "Nursing", "Bellevue College", "2021-12")],
        "skills": {"Clinical": ["telemetry", "IV therapy", "triage", "Epic"]},
        "certs": [
            ("Registered Nurse License", "Washington State Department of Health", "2022-02"),
            ("BLS", "American Heart Association", "2026-02"),
            ("ACLS", "American Heart Association", "2026-02"),
        ],
        "unq": {
            "certs": [
                ("Registered Nurse License", "Washington State Department of Health", "2022-02"),
                ("BLS", "American Heart Association", "2026-02"),
            ],
        },
        "decisive": (
            "ACLS",
            ["ACLS", "Advanced Cardiovascular Life Support", "Advanced Cardiac Life Support"],
            "certificate",
        ),
    },
]
