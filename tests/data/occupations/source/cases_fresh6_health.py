"""fresh6 cases, health: ophthalmic technician, histotechnician, MRI technologist, radiation therapist,
nurse practitioner, cardiovascular technologist, veterinarian (two cases each)."""

# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "ophthalmic_technician-fresh6-1",
        "occ": "ophthalmic_technician",
        "title": "Certified Ophthalmic Technician (COT) - Retina Clinic",
        "company": "Eye Health Northwest",
        "location": "Portland, OR",
        "posting": """
Ophthalmic Tech - Retina | Full time, Mon-Fri, no weekends

Busy retina service (6 physicians, injection clinic 3 days/wk) looking for an experienced tech to work up patients and run diagnostics.

You'll:
- take histories, check VA, pupils, IOP (applanation + iCare), dilate
- shoot OCT / OCT-A, fundus photos and FA
- prep injection trays, scribe in Epic

Must haves
- COT (IJCAHPO) req'd -- COMT welcome
- 2+ yrs in an ophthalmology clinic
- current BLS
- comfortable w/ Spectralis or Cirrus OCT

Nice to haves: retina experience, OSA, Spanish

Pay $26-$34/hr DOE. Medical/dental/vision, 401k w/ match, PTO from day one. EOE.
""",
        "name": "Marisol Trejo",
        "label": "Ophthalmic Technician, Retina",
        "summary": "Retina-clinic tech with seven years in ophthalmology: full work-ups, applanation tonometry, OCT and fluorescein angiography, injection-day flow.",
        "where": ("Beaverton", "OR"),
        "work": [
            ("Ophthalmic Technician, Retina Service", "Retina Northwest", "2021-04", "", [
                "Work up 35-45 retina patients a day: history, visual acuity, pupils, applanation IOP, dilation",
                "Acquire Heidelberg Spectralis OCT and OCT-A, widefield photos and fluorescein angiograms",
                "Set up intravitreal injection trays and scribe in Epic for two physicians",
            ]),
            ("Ophthalmic Assistant", "Oregon Eye Specialists", "2019-08", "2021-03", [
                "Measured visual acuity, lensometry and keratometry; instilled drops; managed patient flow",
            ]),
        ],
        "skills": {"Clinical": ["Applanation tonometry", "Manifest refraction", "Visual fields (Humphrey)", "Fluorescein angiography"], "Imaging": ["Spectralis OCT/OCT-A", "Optos widefield"], "Systems": ["Epic"]},
        "certs": [
            ("Certified Ophthalmic Technician (COT)", "IJCAHPO", "2022-05"),
            ("BLS Provider", "American Heart Association", "2025-09"),
        ],
        "edu": [("Certificate", "Ophthalmic Assistant independent study course", "IJCAHPO", "2019")],
        "unq": {
            "label": "Ophthalmic Assistant, Retina",
            "summary": "Retina-clinic assistant with seven years in ophthalmology: work-ups, applanation tonometry, OCT and fluorescein angiography, injection-day flow.",
            "work": [
                ("Ophthalmic Assistant II, Retina Service", "Retina Northwest", "2021-04", "", [
                    "Work up 35-45 retina patients a day: history, visual acuity, pupils, applanation IOP, dilation",
                    "Acquire Heidelberg Spectralis OCT and OCT-A, widefield photos and fluorescein angiograms",
                    "Set up intravitreal injection trays and scribe in Epic for two physicians",
                ]),
                ("Ophthalmic Assistant", "Oregon Eye Specialists", "2019-08", "2021-03", [
                    "Measured visual acuity, lensometry and keratometry; instilled drops; managed patient flow",
                ]),
            ],
            "certs": [
                ("Certified Ophthalmic Assistant (COA)", "IJCAHPO", "2020-06"),
                ("BLS Provider", "American Heart Association", "2025-09"),
            ],
        },
        "decisive": ("IJCAHPO Certified Ophthalmic Technician (COT)", ["COT", "Certified Ophthalmic Technician"], "credential level"),
    },
    {
        "id": "ophthalmic_technician-fresh6-2",
        "occ": "ophthalmic_technician",
        "title": "Ophthalmic Technician - Cataract & Refractive Surgery",
        "company": "Pacific Eye Surgeons Inc.",
        "location": "Vancouver, BC, Canada",
        "posting": """
Pacific Eye Surgeons is a surgical ophthalmology practice in downtown Vancouver performing about 3,000 cataract and refractive procedures a year. We are adding a full-time Ophthalmic Technician to our pre-operative assessment team.

What you'll do
You will see patients before cataract and lens-replacement surgery, taking histories, measuring vision and pressures, and performing the measurements our surgeons use to choose intraocular lens power. You will also do corneal topography and tomography, specular microscopy and post-operative checks.

What you'll bring
- Certification through IJCAHPO (COA or higher) or graduation from a recognised ophthalmic medical personnel program
- At least two years working in an ophthalmology practice
- Demonstrated, hands-on proficiency with the ZEISS IOLMaster 700 for optical biometry -- this is required, as you will be working independently on biometry from your first month
- Experience with Pentacam or other corneal tomography
- Current BLS/CPR

Desirable: ultrasound A-scan (immersion) for dense cataracts, French or Cantonese.

Salary: $58,000-$70,000 CAD plus extended health and dental, RRSP matching and a paid education allowance. Monday to Friday, 7:30-4:00.

We thank all applicants; only those selected for an interview will be contacted.
""",
        "name": "Daniel Okafor",
        "label": "Ophthalmic Technician (COA)",
        "summary": "Certified ophthalmic assistant with six years in surgical eye practices; runs pre-op cataract measurements independently, including optical biometry and tomography.",
        "where": ("Burnaby", "BC"),
        "country": "CA",
        "work": [
            ("Ophthalmic Technician - Pre-operative Assessment", "Coastal Eye Institute", "2022-01", "", [
                "Perform pre-op work-ups for 20-25 cataract patients a day: history, acuity, refraction, IOP",
                "Run optical biometry on the ZEISS IOLMaster 700 and flag low-quality scans for repeat or immersion A-scan",
                "Capture Pentacam tomography and specular microscopy for premium-lens candidates",
            ]),
            ("Ophthalmic Assistant", "Fraser Valley Eye Clinic", "2020-06", "2021-12", [
                "Visual acuity, lensometry, keratometry, Goldmann applanation; post-op day-one checks",
            ]),
        ],
        "skills": {"Biometry & imaging": ["ZEISS IOLMaster 700", "Immersion A-scan", "Pentacam", "Specular microscopy"], "Clinical": ["Refraction", "Goldmann tonometry", "Post-op checks"]},
        "certs": [
            ("Certified Ophthalmic Assistant (COA)", "IJCAHPO", "2021-03"),
            ("Basic Life Support (BLS)", "Heart and Stroke Foundation of Canada", "2025-11"),
        ],
        "edu": [("Certificate", "Ophthalmic Medical Assistant Program", "Vancouver Community College", "2020")],
        "unq": {
            "summary": "Certified ophthalmic assistant with six years in surgical eye practices; runs pre-op cataract measurements independently, including biometry and tomography.",
            "work": [
                ("Ophthalmic Technician - Pre-operative Assessment", "Coastal Eye Institute", "2022-01", "", [
                    "Perform pre-op work-ups for 20-25 cataract patients a day: history, acuity, refraction, IOP",
                    "Run optical biometry on the Haag-Streit Lenstar LS 900 and flag low-quality scans for repeat or immersion A-scan",
                    "Capture Pentacam tomography and specular microscopy for premium-lens candidates",
                ]),
                ("Ophthalmic Assistant", "Fraser Valley Eye Clinic", "2020-06", "2021-12", [
                    "Visual acuity, lensometry, keratometry, Goldmann applanation; post-op day-one checks",
                ]),
            ],
            "skills": {"Biometry & imaging": ["Haag-Streit Lenstar LS 900", "Immersion A-scan", "Pentacam", "Specular microscopy"], "Clinical": ["Refraction", "Goldmann tonometry", "Post-op checks"]},
        },
        "decisive": ("hands-on proficiency with the ZEISS IOLMaster 700", ["IOLMaster", "IOL Master", "IOLMaster 700"], "tool"),
    },
    {
        "id": "histotechnician-fresh6-1",
        "occ": "histotechnician",
        "title": "Lead Histology Technologist - Anatomic Pathology",
        "company": "ProPath",
        "location": "Dallas, TX",
        "posting": """
ProPath is a physician-owned pathology practice serving hospitals and clinics across the Southwest. Our Dallas histology laboratory processes more than 1,000 blocks a day, and we are hiring a Lead for the day shift.

The Lead works the bench (grossing support, embedding, microtomy, H&E and special stains, IHC loading) and also trains new staff, keeps the QC and maintenance logs, reviews stain quality with the pathologists and covers the supervisor when needed.

Minimum Qualifications
- Bachelor's degree in a biological, chemical or physical science
- Histotechnologist certification, HTL(ASCP), required
- Four years of experience in a high-volume clinical histology laboratory
- Working knowledge of CAP and CLIA requirements

Preferred Qualifications
- QIHC(ASCP)
- Experience with Leica BOND or Ventana BenchMark IHC platforms
- Prior lead or trainer role

Schedule: Monday-Friday, 6:00 a.m. to 2:30 p.m., rotating Saturday. Benefits include medical, dental, vision, 401(k) with match, tuition reimbursement.

ProPath is an equal opportunity employer.
""",
        "name": "Tasha Whitfield",
        "label": "Histotechnologist",
        "summary": "Histology professional with eight years in high-volume hospital and reference labs: embedding, microtomy, special stains and IHC; trains new techs and keeps CAP QC records.",
        "where": ("Garland", "TX"),
        "work": [
            ("Senior Histotechnologist", "Baylor Scott & White Health - Anatomic Pathology", "2021-10", "", [
                "Embed and cut 300+ blocks a shift; run H&E, special stains (PAS, GMS, trichrome, AFB) and frozen sections",
                "Load and maintain Ventana BenchMark ULTRA IHC stainers; troubleshoot antigen retrieval",
                "Train new hires on microtomy and keep QC, temperature and maintenance logs for CAP inspections",
            ]),
            ("Histology Technician", "Aurora Diagnostics", "2018-06", "2021-09", [
                "Processing, embedding and microtomy for dermatopathology and GI biopsies",
            ]),
        ],
        "skills": {"Bench": ["Embedding", "Microtomy", "Cryotomy", "Special stains", "IHC"], "Platforms": ["Ventana BenchMark ULTRA", "Leica Peloris", "Sakura Tissue-Tek"], "Quality": ["CAP", "CLIA"]},
        "certs": [
            ("HTL(ASCP) - Histotechnologist", "ASCP Board of Certification", "2019-08"),
        ],
        "edu": [("Bachelor of Science", "Biology", "University of North Texas", "2018")],
        "unq": {
            "label": "Histotechnician",
            "summary": "Histology professional with eight years in high-volume hospital and reference labs: embedding, microtomy, special stains and IHC; trains new techs and keeps CAP QC records.",
            "work": [
                ("Senior Histotechnician", "Baylor Scott & White Health - Anatomic Pathology", "2021-10", "", [
                    "Embed and cut 300+ blocks a shift; run H&E, special stains (PAS, GMS, trichrome, AFB) and frozen sections",
                    "Load and maintain Ventana BenchMark ULTRA IHC stainers; troubleshoot antigen retrieval",
                    "Train new hires on microtomy and keep QC, temperature and maintenance logs for CAP inspections",
                ]),
                ("Histology Technician", "Aurora Diagnostics", "2018-06", "2021-09", [
                    "Processing, embedding and microtomy for dermatopathology and GI biopsies",
                ]),
            ],
            "certs": [
                ("HT(ASCP) - Histotechnician", "ASCP Board of Certification", "2019-08"),
            ],
        },
        "decisive": ("Histotechnologist certification, HTL(ASCP)", ["HTL", "Histotechnologist"], "credential level"),
    },
    {
        "id": "histotechnician-fresh6-2",
        "occ": "histotechnician",
        "title": "Histology Technician - Nights",
        "company": "Sonora Quest Laboratories",
        "location": "Tempe, AZ",
        "posting": """
Histology Technician (Night Shift) -- Sonora Quest Laboratories, Tempe AZ

Sun-Thu 10p-6:30a, $3/hr shift differential

What you'll do: processing, embedding, microtomy (2-4 micron sections), H&E and routine special stains, slide QC, filing blocks and slides, maintaining processors and stainers.

Requirements:
* HT(ASCP) or HTL(ASCP) certification, or eligible and certified within 12 months
* Minimum 3 years of hands-on histology bench experience (embedding and microtomy) in a clinical lab
* Associate degree or higher
* Able to stand for long periods and lift 25 lbs

Preferred: experience with Leica Peloris processors and Leica ST5020 stainers; frozen section experience.

We offer medical, dental, vision, 401(k), paid time off, and tuition assistance. Sonora Quest is an Equal Opportunity Employer.
""",
        "name": "Kevin Nguyen",
        "label": "Histotechnician",
        "summary": "Certified histotechnician: embedding, microtomy and H&E/special stains in two clinical laboratories since 2021.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Histotechnician", "Banner Health - Pathology Laboratory", "2023-03", "", [
                "Embed and section 250+ blocks a night at 3 microns; run H&E on Leica ST5020 and special stains",
                "Load Leica Peloris processors and log reagent rotations",
            ]),
            ("Histology Technician I", "HonorHealth Laboratory", "2021-09", "2023-02", [
                "Embedding, microtomy and slide QC for surgical pathology; filing of blocks and slides",
            ]),
            ("Specimen Processor", "Quest Diagnostics", "2019-05", "2021-08", [
                "Accessioned and centrifuged clinical specimens; resolved requisition discrepancies",
            ]),
        ],
        "skills": {"Histology": ["Embedding", "Microtomy", "H&E", "Special stains", "Frozen sections"], "Instruments": ["Leica Peloris", "Leica ST5020", "Leica RM2235 microtome"]},
        "certs": [
            ("HT(ASCP)", "ASCP Board of Certification", "2022-06"),
        ],
        "edu": [("Associate of Applied Science", "Histologic Technology", "Phoenix College", "2021")],
        "unq": {
            "summary": "Certified histotechnician: embedding, microtomy and H&E/special stains in a clinical laboratory since 2024, after five years in specimen processing.",
            "work": [
                ("Histotechnician", "Banner Health - Pathology Laboratory", "2024-10", "", [
                    "Embed and section 250+ blocks a night at 3 microns; run H&E on Leica ST5020 and special stains",
                    "Load Leica Peloris processors and log reagent rotations",
                ]),
                ("Specimen Processor", "Quest Diagnostics", "2019-05", "2024-09", [
                    "Accessioned and centrifuged clinical specimens; resolved requisition discrepancies",
                ]),
            ],
            "certs": [
                ("HT(ASCP)", "ASCP Board of Certification", "2025-06"),
            ],
            "edu": [("Associate of Applied Science", "Histologic Technology", "Phoenix College", "2024")],
        },
        "decisive": ("Minimum 3 years of hands-on histology bench experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "mri_technologist-fresh6-1",
        "occ": "mri_technologist",
        "title": "Diagnostic Radiographer - MRI (Band 6)",
        "company": "Leeds Teaching Hospitals NHS Trust",
        "location": "Leeds, United Kingdom",
        "posting": """
Job summary
An exciting opportunity has arisen for a Band 6 MRI Radiographer to join our busy MRI team across Leeds General Infirmary and St James's University Hospital. The department runs six scanners (1.5T and 3T) seven days a week, providing neuro, MSK, cardiac, body and paediatric imaging.

Main duties of the job
You will perform a full range of MRI examinations, act as MR Operator under the local MR safety framework, cannulate and administer contrast under Patient Group Directions, and supervise Band 5 radiographers and students.

Person specification

Essential criteria
- BSc (Hons) Diagnostic Radiography or equivalent
- Current registration with the Health and Care Professions Council (HCPC) as a diagnostic radiographer
- Post-registration experience in MRI, including independent scanning
- Sound knowledge of MR safety
- Cannulation competency

Desirable criteria
- PgCert in MRI
- Working knowledge of IR(ME)R
- Cardiac MRI experience
- Experience in an NHS setting

Additional information: this post involves participation in the extended day and weekend rota. Applicants will be required to undergo an enhanced DBS check.
""",
        "name": "Hannah Clarke",
        "label": "MRI Radiographer",
        "summary": "Diagnostic radiographer specialising in MRI for five years: neuro, MSK, body and cardiac protocols on 1.5T and 3T systems; MR Operator and student mentor.",
        "where": ("Harrogate", "North Yorkshire"),
        "country": "GB",
        "work": [
            ("Senior Radiographer (MRI)", "Harrogate and District NHS Foundation Trust", "2022-09", "", [
                "Scan neuro, MSK, prostate and body MRI independently on Siemens 1.5T and 3T systems",
                "Act as MR Operator; screen patients and implants against the local MR safety policy",
                "Cannulate and give gadolinium contrast under PGD; mentor Band 5 radiographers",
            ]),
            ("Diagnostic Radiographer (rotational, MRI/CT/plain film)", "Bradford Teaching Hospitals NHS Foundation Trust", "2019-09", "2022-08", [
                "Rotated through MRI, CT and general radiography; MRI-focused from 2021",
            ]),
        ],
        "skills": {"MRI": ["Neuro", "MSK", "Prostate", "Cardiac", "MR safety"], "Clinical": ["Cannulation", "IV contrast under PGD", "IR(ME)R"]},
        "certs": [
            ("Registered Diagnostic Radiographer", "Health and Care Professions Council (HCPC)", "2019-08"),
            ("PgCert Magnetic Resonance Imaging", "Sheffield Hallam University", "2023-07"),
        ],
        "edu": [("BSc (Hons)", "Diagnostic Radiography", "University of Leeds", "2019")],
        "unq": {
            "summary": "Diagnostic radiographer specialising in MRI for five years: neuro, MSK, body and cardiac protocols on 1.5T and 3T systems; MR safety lead and student mentor.",
            "where": ("Brisbane", "QLD"),
            "country": "AU",
            "work": [
                ("Senior Radiographer (MRI)", "Queensland X-Ray", "2022-09", "", [
                    "Scan neuro, MSK, prostate and body MRI independently on Siemens 1.5T and 3T systems",
                    "Screen patients and implants against the practice MR safety policy",
                    "Cannulate and give gadolinium contrast under standing orders; mentor graduate radiographers",
                ]),
                ("Diagnostic Radiographer (rotational, MRI/CT/plain film)", "Metro North Health - Royal Brisbane and Women's Hospital", "2019-09", "2022-08", [
                    "Rotated through MRI, CT and general radiography; MRI-focused from 2021",
                ]),
            ],
            "certs": [
                ("General registration - Medical Radiation Practitioner (Diagnostic Radiographer)", "Medical Radiation Practice Board of Australia / AHPRA", "2019-08"),
                ("Graduate Certificate in Magnetic Resonance Imaging", "Queensland University of Technology", "2023-07"),
            ],
            "edu": [("Bachelor of Medical Imaging", "Medical Radiation Science", "Queensland University of Technology", "2019")],
            "skills": {"MRI": ["Neuro", "MSK", "Prostate", "Cardiac", "MR safety"], "Clinical": ["Cannulation", "IV contrast"]},
        },
        "decisive": ("Current HCPC registration as a diagnostic radiographer", ["HCPC", "Health and Care Professions Council"], "jurisdiction"),
    },
    {
        "id": "mri_technologist-fresh6-2",
        "occ": "mri_technologist",
        "title": "MRI Technologist II",
        "company": "RadNet - American Radiology",
        "location": "Towson, MD",
        "posting": """
MRI Technologist II -- outpatient imaging center, Towson MD

Full-time, 4x10s (Tue-Fri or Sat-Tue), $42-$54/hr depending on experience + $5k sign-on.

About the role: you'll run a Siemens 3T Vida and a 1.5T Sola, scanning neuro, MSK, body, breast and prostate, with some cardiac. You'll screen patients for MR safety, start IVs and inject contrast, and help train MRI Tech I's.

What we're looking for
- ARRT (MR) or ARMRIT registered, in good standing
- 3-5 years of independent MRI scanning experience, including prostate and breast
- BLS
- IV certification or competency
- Maryland MBP licensure (Radiographer/MRI) if applicable, or ability to obtain

We offer medical/dental/vision, 401k with match, CE reimbursement and paid registry renewals.
RadNet is an equal opportunity employer.
""",
        "name": "Brandon Ellis",
        "label": "MRI Technologist",
        "summary": "Registered radiographer who moved to MRI in 2022; scans neuro, MSK, body, breast and prostate on Siemens 1.5T/3T and trains junior techs.",
        "where": ("Parkville", "MD"),
        "work": [
            ("MRI Technologist", "University of Maryland St. Joseph Medical Center", "2022-08", "", [
                "Independently scan neuro, MSK, body, breast and multiparametric prostate MRI on Siemens Vida 3T and Aera 1.5T",
                "Screen patients and devices for MR safety; start IVs and power-inject contrast",
                "Orient new MR technologists on protocols and the scanner console",
            ]),
            ("Radiologic Technologist", "MedStar Good Samaritan Hospital", "2018-06", "2022-07", [
                "Portable and fluoroscopy exams; completed MRI clinical requirements for the ARRT postprimary pathway",
            ]),
        ],
        "skills": {"MRI": ["Siemens syngo", "Prostate mpMRI", "Breast MRI", "MSK", "Neuro"], "Patient care": ["IV starts", "Contrast injection", "MR safety screening"]},
        "certs": [
            ("ARRT Registered Technologist - Radiography (R) and Magnetic Resonance Imaging (MR)", "American Registry of Radiologic Technologists", "2022-11"),
            ("Maryland Radiographer License", "Maryland Board of Physicians", "2018-07"),
            ("BLS", "American Heart Association", "2025-04"),
        ],
        "edu": [("Associate of Applied Science", "Radiologic Technology", "Community College of Baltimore County", "2018")],
        "unq": {
            "summary": "Registered radiographer who moved to MRI in 2024; scans neuro, MSK, body, breast and prostate on Siemens 1.5T/3T and helps orient new techs.",
            "work": [
                ("MRI Technologist", "University of Maryland St. Joseph Medical Center", "2024-09", "", [
                    "Independently scan neuro, MSK, body, breast and multiparametric prostate MRI on Siemens Vida 3T and Aera 1.5T",
                    "Screen patients and devices for MR safety; start IVs and power-inject contrast",
                    "Orient new MR technologists on protocols and the scanner console",
                ]),
                ("Radiologic Technologist", "MedStar Good Samaritan Hospital", "2018-06", "2024-08", [
                    "Portable and fluoroscopy exams; completed MRI clinical requirements for the ARRT postprimary pathway",
                ]),
            ],
            "certs": [
                ("ARRT Registered Technologist - Radiography (R) and Magnetic Resonance Imaging (MR)", "American Registry of Radiologic Technologists", "2025-01"),
                ("Maryland Radiographer License", "Maryland Board of Physicians", "2018-07"),
                ("BLS", "American Heart Association", "2025-04"),
            ],
        },
        "decisive": ("3-5 years of independent MRI scanning experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "radiation_therapist-fresh6-1",
        "occ": "radiation_therapist",
        "title": "Radiation Therapist - Bilingual (English/French)",
        "company": "The Ottawa Hospital",
        "location": "Ottawa, ON, Canada",
        "posting": """
The Ottawa Hospital Cancer Centre is seeking a full-time Radiation Therapist for its General Campus treatment units. This position is designated bilingual under the French Language Services Act.

What you will do
Working in a team of three on Varian TrueBeam and Halcyon units, you will deliver external beam treatments (3D-CRT, IMRT, VMAT, SBRT), perform daily CBCT image matching, assess and educate patients throughout their course of treatment, and take part in the CT-simulation rotation.

What you will bring
- Graduate of an accredited radiation therapy program
- Registration in good standing with the College of Medical Radiation and Imaging Technologists of Ontario (CMRITO) in radiation therapy
- CAMRT certification in Radiation Therapy
- Proficiency in both official languages: spoken French and English at an advanced level (the hospital will assess your language level)
- Experience with image-guided radiation therapy

Assets: SBRT experience, ARIA oncology information system, experience in patient education.

Status: permanent full-time, 37.5 hours/week, days. Salary per the OPSEU collective agreement.

The Ottawa Hospital is committed to an inclusive and accessible workplace; accommodations are available on request throughout the hiring process.
""",
        "name": "Camille Bergeron",
        "label": "Radiation Therapist, MRT(T)",
        "summary": "Radiation therapist with six years on Varian linacs delivering IMRT, VMAT and SBRT with daily CBCT; fully bilingual and regularly leads patient education sessions in French and English.",
        "where": ("Gatineau", "QC"),
        "country": "CA",
        "work": [
            ("Radiation Therapist", "Kingston Health Sciences Centre - Cancer Centre of Southeastern Ontario", "2020-09", "", [
                "Deliver 3D-CRT, IMRT, VMAT and SBRT on Varian TrueBeam; perform and approve daily CBCT matches",
                "Run CT-simulation rotation: immobilisation, tattoos, 4D-CT for lung patients",
                "Lead new-patient education sessions in French and English; on-treatment reviews with nursing",
            ]),
        ],
        "skills": {"Treatment": ["IMRT", "VMAT", "SBRT", "CBCT/IGRT", "CT simulation"], "Systems": ["Varian TrueBeam", "ARIA", "Eclipse"]},
        "certs": [
            ("Medical Radiation Technologist - Radiation Therapy, MRT(T)", "Canadian Association of Medical Radiation Technologists (CAMRT)", "2020-07"),
            ("Registered Member - Radiation Therapy", "College of Medical Radiation and Imaging Technologists of Ontario (CMRITO)", "2020-08"),
        ],
        "edu": [("Bachelor of Science", "Radiation Therapy", "Queen's University / Michener Institute", "2020")],
        "langs": [("French", "Native"), ("English", "Full professional proficiency")],
        "unq": {
            "summary": "Radiation therapist with six years on Varian linacs delivering IMRT, VMAT and SBRT with daily CBCT; regularly leads patient education sessions.",
            "where": ("Kanata", "ON"),
            "work": [
                ("Radiation Therapist", "Kingston Health Sciences Centre - Cancer Centre of Southeastern Ontario", "2020-09", "", [
                    "Deliver 3D-CRT, IMRT, VMAT and SBRT on Varian TrueBeam; perform and approve daily CBCT matches",
                    "Run CT-simulation rotation: immobilisation, tattoos, 4D-CT for lung patients",
                    "Lead new-patient education sessions; on-treatment reviews with nursing",
                ]),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("advanced spoken French and English (designated bilingual post)", ["French", "bilingual"], "language"),
    },
    {
        "id": "radiation_therapist-fresh6-2",
        "occ": "radiation_therapist",
        "title": "Lead Radiation Therapist",
        "company": "Texas Oncology",
        "location": "Austin, TX",
        "posting": """
Texas Oncology - Austin Central is looking for a Lead Radiation Therapist to coordinate daily operations on our two-linac (Elekta Versa HD) treatment floor.

In this role you will treat patients as part of the team while also setting the daily machine schedule, overseeing morning QA with physics, checking charts and signing off on first-day setups, and mentoring staff therapists and students.

Qualifications
* Graduate of a JRCERT-accredited radiation therapy program
* ARRT certification and registration in Radiation Therapy, RT(T)
* Current Texas Medical Radiologic Technologist (MRT) certificate
* Minimum of five (5) years of experience as a radiation therapist, including IMRT/VMAT and IGRT
* BLS

Preferred: MOSAIQ experience, SBRT/SRS, prior lead or charge experience.

Full-time, Monday-Friday. Texas Oncology offers a comprehensive benefits package including medical, dental, 401(k) with company contribution, and paid time off. EOE.
""",
        "name": "Rachel Guzman",
        "label": "Radiation Therapist, RT(T)",
        "summary": "Radiation therapist since 2019 treating on Elekta and Varian linacs with IMRT, VMAT and CBCT-guided setups; serves as charge therapist and student clinical instructor.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Senior Radiation Therapist / Charge Therapist", "Baylor Scott & White - Vasicek Cancer Treatment Center", "2022-04", "", [
                "Charge therapist three days a week: machine schedule, chart checks, first-day setup sign-off",
                "Treat IMRT, VMAT and SBRT on Elekta Versa HD with CBCT; record in MOSAIQ",
                "Clinical instructor for radiation therapy students",
            ]),
            ("Radiation Therapist", "CHRISTUS Spohn Cancer Center", "2019-07", "2022-03", [
                "External beam treatments on Varian TrueBeam; daily kV/CBCT imaging; patient weekly checks",
            ]),
            ("Radiologic Technologist", "CHRISTUS Spohn Hospital Corpus Christi", "2015-06", "2018-05", [
                "General radiography and portable exams",
            ]),
        ],
        "skills": {"Treatment": ["IMRT", "VMAT", "SBRT", "CBCT", "Elekta Versa HD", "Varian TrueBeam"], "Systems": ["MOSAIQ", "ARIA"]},
        "certs": [
            ("ARRT RT(R)(T)", "American Registry of Radiologic Technologists", "2019-06"),
            ("Medical Radiologic Technologist Certificate", "Texas Medical Board", "2019-07"),
            ("BLS", "American Heart Association", "2025-02"),
        ],
        "edu": [("Bachelor of Science", "Radiation Therapy", "UT MD Anderson Cancer Center School of Health Professions", "2019"), ("Associate of Applied Science", "Radiologic Technology", "Del Mar College", "2015")],
        "unq": {
            "summary": "Radiation therapist since 2022 treating on Elekta and Varian linacs with IMRT, VMAT and CBCT-guided setups; serves as charge therapist and student clinical instructor.",
            "work": [
                ("Senior Radiation Therapist / Charge Therapist", "Baylor Scott & White - Vasicek Cancer Treatment Center", "2024-11", "", [
                    "Charge therapist three days a week: machine schedule, chart checks, first-day setup sign-off",
                    "Treat IMRT, VMAT and SBRT on Elekta Versa HD with CBCT; record in MOSAIQ",
                    "Clinical instructor for radiation therapy students",
                ]),
                ("Radiation Therapist", "CHRISTUS Spohn Cancer Center", "2022-10", "2024-10", [
                    "External beam treatments on Varian TrueBeam; daily kV/CBCT imaging; patient weekly checks",
                ]),
                ("Radiologic Technologist", "CHRISTUS Spohn Hospital Corpus Christi", "2015-06", "2021-05", [
                    "General radiography and portable exams",
                ]),
            ],
            "certs": [
                ("ARRT RT(R)(T)", "American Registry of Radiologic Technologists", "2022-09"),
                ("Medical Radiologic Technologist Certificate", "Texas Medical Board", "2022-10"),
                ("BLS", "American Heart Association", "2025-02"),
            ],
            "edu": [("Bachelor of Science", "Radiation Therapy", "UT MD Anderson Cancer Center School of Health Professions", "2022"), ("Associate of Applied Science", "Radiologic Technology", "Del Mar College", "2015")],
        },
        "decisive": ("Minimum of five years of experience as a radiation therapist", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "nurse_practitioner-fresh6-1",
        "occ": "nurse_practitioner",
        "title": "Psychiatric Mental Health Nurse Practitioner (PMHNP) - Outpatient",
        "company": "LifeStance Health",
        "location": "Charlotte, NC",
        "posting": """
LifeStance Health is hiring a Psychiatric Mental Health Nurse Practitioner for our Charlotte - Ballantyne office (hybrid: in-office and telehealth).

You will provide psychiatric evaluations and medication management for adolescents and adults with depression, anxiety, ADHD, bipolar disorder and PTSD, working alongside therapists and psychiatrists.

Requirements
- Master's or Doctorate from an accredited PMHNP program
- Board certification as a PMHNP (PMHNP-BC through ANCC)
- Active, unrestricted North Carolina RN license and NP approval from the NC Board of Nursing
- DEA registration (or ability to obtain in NC)
- 1+ year of NP experience preferred; new grads with strong psych clinicals considered

What we offer: W-2 with guaranteed base + productivity bonus, $3,000 CME allowance, malpractice coverage with tail, full benefits, 401(k) match, and flexible scheduling.

LifeStance is an equal opportunity employer.
""",
        "name": "Jessica Lam",
        "label": "Psychiatric-Mental Health Nurse Practitioner",
        "summary": "Board-certified psychiatric-mental health nurse practitioner with four years of outpatient medication management for adolescents and adults (mood, anxiety, ADHD, PTSD); prior inpatient psychiatric RN.",
        "where": ("Charlotte", "NC"),
        "work": [
            ("Psychiatric Nurse Practitioner", "Novant Health Psychiatric Associates", "2022-08", "", [
                "Psychiatric diagnostic evaluations and medication management for a panel of ~600 patients aged 12+",
                "Collaborate with therapists on measurement-based care (PHQ-9, GAD-7, Vanderbilt)",
                "Manage controlled-substance prescribing with PDMP checks; telehealth two days a week",
            ]),
            ("Registered Nurse, Inpatient Behavioral Health", "Atrium Health Behavioral Health Charlotte", "2016-05", "2022-07", [
                "Charge nurse on a 24-bed adult psychiatric unit; de-escalation and medication administration",
            ]),
        ],
        "skills": {"Clinical": ["Psychiatric evaluation", "Psychopharmacology", "ADHD management", "Telepsychiatry"], "Systems": ["Epic", "NC CSRS (PDMP)"]},
        "certs": [
            ("Psychiatric-Mental Health Nurse Practitioner - Board Certified (PMHNP-BC)", "American Nurses Credentialing Center", "2022-06"),
            ("North Carolina RN License and Nurse Practitioner Approval", "North Carolina Board of Nursing", "2022-08"),
            ("DEA Registration", "U.S. Drug Enforcement Administration", "2022-09"),
        ],
        "edu": [("Master of Science in Nursing", "Psychiatric-Mental Health Nurse Practitioner", "Duke University School of Nursing", "2022"), ("Bachelor of Science in Nursing", "Nursing", "UNC Charlotte", "2016")],
        "unq": {
            "label": "Family Nurse Practitioner",
            "summary": "Board-certified family nurse practitioner with four years of outpatient medication management for adolescents and adults (mood, anxiety, ADHD, PTSD) in integrated behavioral health; prior inpatient psychiatric RN.",
            "work": [
                ("Nurse Practitioner, Integrated Behavioral Health", "Novant Health Primary Care", "2022-08", "", [
                    "Evaluations and medication management for depression, anxiety and ADHD for a panel of ~600 patients aged 12+",
                    "Collaborate with embedded therapists on measurement-based care (PHQ-9, GAD-7, Vanderbilt)",
                    "Manage controlled-substance prescribing with PDMP checks; telehealth two days a week",
                ]),
                ("Registered Nurse, Inpatient Behavioral Health", "Atrium Health Behavioral Health Charlotte", "2016-05", "2022-07", [
                    "Charge nurse on a 24-bed adult psychiatric unit; de-escalation and medication administration",
                ]),
            ],
            "certs": [
                ("Family Nurse Practitioner - Board Certified (FNP-BC)", "American Nurses Credentialing Center", "2022-06"),
                ("North Carolina RN License and Nurse Practitioner Approval", "North Carolina Board of Nursing", "2022-08"),
                ("DEA Registration", "U.S. Drug Enforcement Administration", "2022-09"),
            ],
            "edu": [("Master of Science in Nursing", "Family Nurse Practitioner", "Duke University School of Nursing", "2022"), ("Bachelor of Science in Nursing", "Nursing", "UNC Charlotte", "2016")],
        },
        "decisive": ("Board certification as a PMHNP (PMHNP-BC)", ["PMHNP", "PMHNP-BC", "Psychiatric-Mental Health Nurse Practitioner", "Psychiatric Mental Health Nurse Practitioner"], "certificate"),
    },
    {
        "id": "nurse_practitioner-fresh6-2",
        "occ": "nurse_practitioner",
        "title": "Nurse Practitioner - Emergency Department",
        "company": "Gold Coast Hospital and Health Service",
        "location": "Southport, QLD, Australia",
        "posting": """
Nurse Practitioner - Emergency Department, Gold Coast University Hospital
Nurse Grade 8 | Permanent full time | Salary $153,000 - $166,000 p.a. plus superannuation

About the role
Our Emergency Department sees more than 110,000 presentations a year. Reporting to the ED Nursing Director, you will independently assess, diagnose and manage patients in the fast-track and minor injury streams, order and interpret pathology and imaging, prescribe, refer and discharge, and contribute to education and research within the department.

Mandatory qualifications
- Registration with the Australian Health Practitioner Regulation Agency (AHPRA) as a Registered Nurse, with endorsement as a Nurse Practitioner by the Nursing and Midwifery Board of Australia (NMBA)
- Current Medicare provider number and PBS prescriber number (or eligibility)

How you will be assessed
- Demonstrated advanced clinical practice in emergency care across the lifespan
- Ability to work within the NMBA Nurse Practitioner standards for practice
- Commitment to education, quality improvement and research

Please submit a two-page statement addressing the above, your CV, and contact details for two referees.
""",
        "name": "Liam O'Connor",
        "label": "Nurse Practitioner (Emergency)",
        "summary": "Endorsed emergency nurse practitioner with four years of autonomous fast-track practice and ten years of emergency nursing; prescribes, orders imaging and discharges independently.",
        "where": ("Robina", "QLD"),
        "country": "AU",
        "work": [
            ("Nurse Practitioner - Emergency", "Metro South Health - Logan Hospital", "2022-06", "", [
                "Autonomous assessment and management of minor injury and fast-track presentations (~20 patients per shift)",
                "Order and interpret X-ray, CT and pathology; prescribe under PBS; refer and discharge",
                "Run suturing and plastering workshops for ED registered nurses",
            ]),
            ("Clinical Nurse Consultant - Emergency", "Metro South Health - Logan Hospital", "2018-03", "2022-05", [
                "Senior emergency nursing role; led triage education and the ED sepsis pathway audit",
            ]),
            ("Registered Nurse - Emergency", "Gold Coast Hospital and Health Service", "2013-02", "2018-02", []),
        ],
        "skills": {"Advanced practice": ["Minor injury management", "Fracture management", "Wound closure", "Radiology interpretation", "Prescribing"], "Other": ["Triage education", "Clinical audit"]},
        "certs": [
            ("Registered Nurse with Endorsement as a Nurse Practitioner", "Nursing and Midwifery Board of Australia / AHPRA", "2022-05"),
            ("PBS Prescriber Number and Medicare Provider Number", "Services Australia", "2022-06"),
        ],
        "edu": [("Master of Nursing", "Nurse Practitioner", "Queensland University of Technology", "2021"), ("Bachelor of Nursing", "Nursing", "Griffith University", "2012")],
        "unq": {
            "label": "Clinical Nurse Consultant (Emergency)",
            "summary": "Senior emergency clinical nurse consultant working in an advanced-practice fast-track role for four years, with ten years of emergency nursing; assesses and manages minor injuries under medical protocols.",
            "work": [
                ("Clinical Nurse Consultant - Emergency (Advanced Practice, Fast Track)", "Metro South Health - Logan Hospital", "2022-06", "", [
                    "Assess and manage minor injury and fast-track presentations (~20 patients per shift) under ED medical protocols",
                    "Request X-ray and pathology under protocol; medications charted by the supervising medical officer",
                    "Run suturing and plastering workshops for ED registered nurses",
                ]),
                ("Clinical Nurse Consultant - Emergency", "Metro South Health - Logan Hospital", "2018-03", "2022-05", [
                    "Senior emergency nursing role; led triage education and the ED sepsis pathway audit",
                ]),
                ("Registered Nurse - Emergency", "Gold Coast Hospital and Health Service", "2013-02", "2018-02", []),
            ],
            "skills": {"Advanced practice": ["Minor injury management", "Fracture management", "Wound closure", "Radiology interpretation"], "Other": ["Triage education", "Clinical audit"]},
            "certs": [
                ("General registration - Registered Nurse", "Nursing and Midwifery Board of Australia / AHPRA", "2013-01"),
            ],
            "edu": [("Master of Advanced Nursing Practice", "Emergency Nursing", "Queensland University of Technology", "2021"), ("Bachelor of Nursing", "Nursing", "Griffith University", "2012")],
        },
        "decisive": ("NMBA endorsement as a nurse practitioner", ["endorsement", "endorsed"], "endorsement"),
    },
    {
        "id": "cardiovascular_technologist-fresh6-1",
        "occ": "cardiovascular_technologist",
        "title": "Cardiovascular Technologist - Cardiac Cath Lab",
        "company": "Baptist Health Louisville",
        "location": "Louisville, KY",
        "posting": """
Cardiovascular Technologist, Cardiac Catheterization Lab -- Baptist Health Louisville
Full time, days (M-F 7a-5:30p, 4x10) + call rotation, must live within 30 min of the hospital.

Our four-room lab does diagnostic caths, PCI, structural (TAVR/Watchman) and peripheral cases. Techs rotate between scrub, circulate and monitor/record.

Requirements:
- RCIS (CCI) or RT(R) (ARRT)
- At least 3 years of experience in a cardiac cath lab in the scrub, circulating and monitoring roles
- BLS and ACLS
- Graduate of a cardiovascular technology or radiologic technology program

Preferred: experience with Philips Azurion and GE Mac-Lab; IVUS/FFR; Impella.

Sign-on bonus for experienced techs. Full benefits, tuition assistance. Baptist Health is an Equal Opportunity Employer.
""",
        "name": "Derek Simmons",
        "label": "Registered Cardiovascular Invasive Specialist (RCIS)",
        "summary": "Invasive cardiovascular technologist with six years in high-volume cath labs: scrub, circulate and hemodynamic monitoring for diagnostic, PCI, structural and peripheral cases.",
        "where": ("Jeffersonville", "IN"),
        "work": [
            ("Cardiovascular Technologist - Cath Lab", "Norton Heart & Vascular Institute", "2022-05", "", [
                "Scrub, circulate and record on diagnostic caths, PCI (IVUS/FFR), TAVR and peripheral interventions",
                "Monitor hemodynamics on GE Mac-Lab; set up and manage Impella and IABP",
                "Take call one night a week and alternate weekends",
            ]),
            ("Invasive Cardiovascular Technologist", "UofL Health - Jewish Hospital", "2020-04", "2022-04", [
                "Scrub and monitor for diagnostic and interventional cases; stock and inventory",
            ]),
        ],
        "skills": {"Cath lab": ["Scrub", "Circulate", "Hemodynamic monitoring", "IVUS/FFR", "Impella", "IABP"], "Systems": ["GE Mac-Lab", "Philips Azurion"]},
        "certs": [
            ("Registered Cardiovascular Invasive Specialist (RCIS)", "Cardiovascular Credentialing International", "2021-02"),
            ("ACLS", "American Heart Association", "2025-06"),
            ("BLS", "American Heart Association", "2025-06"),
        ],
        "edu": [("Associate of Applied Science", "Invasive Cardiovascular Technology", "Jefferson Community and Technical College", "2020")],
        "unq": {
            "summary": "Invasive cardiovascular technologist in a high-volume cath lab since late 2024 (scrub, circulate and hemodynamic monitoring), after five years as a cardiac monitor and EKG technician.",
            "work": [
                ("Cardiovascular Technologist - Cath Lab", "Norton Heart & Vascular Institute", "2024-11", "", [
                    "Scrub, circulate and record on diagnostic caths, PCI (IVUS/FFR), TAVR and peripheral interventions",
                    "Monitor hemodynamics on GE Mac-Lab; set up and manage Impella and IABP",
                    "Take call one night a week and alternate weekends",
                ]),
                ("Cardiac Monitor Technician / EKG Technician", "UofL Health - Jewish Hospital", "2019-06", "2024-10", [
                    "Monitored telemetry for 48 beds, ran 12-leads and Holter hook-ups; completed the invasive CVT program part-time",
                ]),
            ],
            "certs": [
                ("Registered Cardiovascular Invasive Specialist (RCIS)", "Cardiovascular Credentialing International", "2025-05"),
                ("ACLS", "American Heart Association", "2025-06"),
                ("BLS", "American Heart Association", "2025-06"),
            ],
            "edu": [("Associate of Applied Science", "Invasive Cardiovascular Technology", "Jefferson Community and Technical College", "2024")],
        },
        "decisive": ("At least 3 years of cardiac cath lab experience", ["years", "yrs", "year"], "years"),
    },
    {
        "id": "cardiovascular_technologist-fresh6-2",
        "occ": "cardiovascular_technologist",
        "title": "Cardiovascular Technologist - Electrophysiology Lab",
        "company": "Sentara Norfolk General Hospital",
        "location": "Norfolk, VA",
        "posting": """
Sentara Heart Hospital is seeking an experienced Cardiovascular Technologist for the Electrophysiology Lab. Our five EP suites perform complex ablations (AF, VT), cryoballoon and pulsed-field ablation, left atrial appendage occlusion, and device implants including leadless pacemakers and CRT.

Responsibilities
Operate the recording system and stimulator, assist with 3D electroanatomic mapping, scrub device implants, program devices with industry representatives present, and monitor patients under moderate sedation.

Required
- Registered Cardiac Electrophysiology Specialist (RCES) credential from Cardiovascular Credentialing International at time of hire
- Two or more years of experience in an EP lab or cardiac cath lab
- BLS and ACLS

Preferred
- Experience with CARTO 3 or EnSite X mapping
- Experience with GE CardioLab or Boston Scientific LabSystem Pro
- IBHRE CEPS or CDRS

Shift: four 10-hour days with call. Sentara offers medical, dental, vision, 401(k)/403(b), tuition assistance and a sign-on bonus for eligible candidates. Sentara is an equal opportunity employer.
""",
        "name": "Amber Fleming",
        "label": "Cardiovascular Technologist, RCES",
        "summary": "Cardiovascular technologist with seven years in invasive cardiology, the last four in electrophysiology: recording and stimulation, CARTO mapping support, and device implants.",
        "where": ("Chesapeake", "VA"),
        "work": [
            ("Cardiovascular Technologist - Electrophysiology", "Riverside Regional Medical Center", "2022-09", "", [
                "Run GE CardioLab recording and the Micropace stimulator for AF, flutter, SVT and VT ablations",
                "Support CARTO 3 mapping alongside clinical specialists; scrub pacemaker, ICD and CRT implants",
                "Monitor patients under moderate sedation; manage ACT checks and heparin timing",
            ]),
            ("Cardiovascular Technologist - Cath Lab", "Bon Secours Mary Immaculate Hospital", "2019-08", "2022-08", [
                "Scrub, circulate and monitor for diagnostic and interventional coronary cases",
            ]),
        ],
        "skills": {"EP": ["Recording/stimulation", "CARTO 3", "Cryoballoon", "Device implants"], "Systems": ["GE CardioLab", "Micropace EPS320"]},
        "certs": [
            ("Registered Cardiac Electrophysiology Specialist (RCES)", "Cardiovascular Credentialing International", "2023-10"),
            ("Registered Cardiovascular Invasive Specialist (RCIS)", "Cardiovascular Credentialing International", "2020-07"),
            ("ACLS / BLS", "American Heart Association", "2025-08"),
        ],
        "edu": [("Associate of Applied Science", "Cardiovascular Technology", "Tidewater Community College", "2019")],
        "unq": {
            "label": "Cardiovascular Technologist, RCIS",
            "certs": [
                ("Registered Cardiovascular Invasive Specialist (RCIS)", "Cardiovascular Credentialing International", "2020-07"),
                ("ACLS / BLS", "American Heart Association", "2025-08"),
            ],
        },
        "decisive": ("Registered Cardiac Electrophysiology Specialist (RCES) credential", ["RCES", "Registered Cardiac Electrophysiology Specialist"], "certificate"),
    },
    {
        "id": "veterinarian-fresh6-1",
        "occ": "veterinarian",
        "title": "Associate Veterinarian - Small Animal General Practice",
        "company": "VCA Animal Hospitals",
        "location": "Escondido, CA",
        "posting": """
VCA Escondido Animal Hospital is looking for a full-time Associate Veterinarian to join our team of four doctors. We are an AAHA-accredited, well-equipped practice (digital radiography, in-house lab, ultrasound, dental radiography, laser therapy) with a supportive team of RVTs.

What you'll do: wellness and sick appointments, soft tissue surgery, dentistry, and urgent care cases during open hours. No overnight emergency.

Requirements
- DVM/VMD (or equivalent, ECFVG/PAVE)
- Current California veterinary license issued by the Veterinary Medical Board -- required before start date
- DEA registration (or willingness to obtain)
- At least one year of small animal clinical practice

What we offer
- Base salary $140,000 - $175,000 plus production
- $5,000 CE allowance, paid licensing, VIN, AVMA and CVMA dues
- Medical, dental, vision, 401(k), pet discounts
- 4-day work week available, no overnights

VCA is an equal opportunity employer.
""",
        "name": "Priya Raman",
        "label": "Associate Veterinarian",
        "summary": "Small animal veterinarian with five years in AAHA general practice: medicine, soft tissue surgery, dentistry with dental radiography, and urgent care.",
        "where": ("San Marcos", "CA"),
        "work": [
            ("Associate Veterinarian", "Banfield Pet Hospital", "2023-02", "", [
                "See 18-22 wellness and sick appointments a day; manage chronic endocrine and dermatology cases",
                "Perform spays, neuters, mass removals, cystotomies and dental extractions with full-mouth radiographs",
                "Mentor new graduate associates and review RVT anaesthesia protocols",
            ]),
            ("Associate Veterinarian", "Sage Creek Animal Hospital", "2021-07", "2023-01", [
                "General practice medicine and surgery; walk-in urgent care",
            ]),
        ],
        "skills": {"Clinical": ["Soft tissue surgery", "Dentistry", "Abdominal ultrasound (POCUS)", "Internal medicine"], "Software": ["Cornerstone", "IDEXX VetConnect PLUS"]},
        "certs": [
            ("Veterinarian License", "Veterinary Medical Board of California", "2021-06"),
            ("DEA Registration", "U.S. Drug Enforcement Administration", "2021-08"),
        ],
        "edu": [("Doctor of Veterinary Medicine", "Veterinary Medicine", "Oregon State University", "2021")],
        "unq": {
            "where": ("Reno", "NV"),
            "certs": [
                ("Veterinarian License", "Nevada State Board of Veterinary Medical Examiners", "2021-06"),
                ("DEA Registration", "U.S. Drug Enforcement Administration", "2021-08"),
            ],
        },
        "decisive": ("Current California veterinary license", ["California"], "jurisdiction"),
    },
    {
        "id": "veterinarian-fresh6-2",
        "occ": "veterinarian",
        "title": "Small Animal Veterinary Surgeon",
        "company": "Medivet",
        "location": "Bristol, United Kingdom",
        "posting": """
Small Animal Veterinary Surgeon - Medivet Bristol Central
Full time, 4 days/week, no out-of-hours (OOH covered by our dedicated 24hr centre)
Salary: GBP 52,000 - 62,000 depending on experience, plus benefits

About us: a busy, well-equipped first-opinion hospital with digital radiography, ultrasound, CT referral links, and a large team of RVNs. We are RCVS Practice Standards Scheme accredited.

About you
You will have:
- MRCVS, registered to practise in the UK
- at least three years' post-qualification experience in small animal first opinion practice
- confidence with routine soft tissue surgery and dentistry
- good communication skills and a caring approach

We are happy to support further study (e.g. RCVS Certificate in Advanced Veterinary Practice) and offer a generous CPD allowance, 5.6 weeks' holiday, RCVS and VDS fees paid, and a pension scheme.

Medivet is an equal opportunities employer.
""",
        "name": "Oliver Hughes",
        "label": "Veterinary Surgeon MRCVS",
        "summary": "Small animal first-opinion vet with seven years in practice; confident with neutering, lump removals, gastrotomies and dentistry; part-way through a CertAVP.",
        "where": ("Bath", "Somerset"),
        "country": "GB",
        "work": [
            ("Veterinary Surgeon", "Vets4Pets Bath", "2022-03", "", [
                "Busy consult list (15-min appointments) and daily routine surgery list",
                "Gastrotomies, enterotomies, splenectomies and extractions with dental radiography",
                "Clinical lead for the practice's dental pathway",
            ]),
            ("Veterinary Surgeon", "Goddard Veterinary Group", "2019-09", "2022-02", [
                "Structured graduate programme; first-opinion consulting and routine surgery",
            ]),
        ],
        "skills": {"Clinical": ["Soft tissue surgery", "Dentistry", "Ultrasound", "Anaesthesia"], "Systems": ["RxWorks", "VetIT"]},
        "certs": [
            ("Member of the Royal College of Veterinary Surgeons (MRCVS), UK Practising", "Royal College of Veterinary Surgeons", "2019-07"),
            ("CertAVP module A-FAVP.1 (Foundations of Advanced Veterinary Practice)", "Royal College of Veterinary Surgeons", "2024-10"),
        ],
        "edu": [("BVSc", "Veterinary Science", "University of Bristol", "2019")],
        "unq": {
            "summary": "Small animal first-opinion vet, in practice since 2024; confident with neutering, lump removals, gastrotomies and dentistry; five years as a veterinary care assistant while studying.",
            "work": [
                ("Veterinary Surgeon", "Vets4Pets Bath", "2024-09", "", [
                    "Busy consult list (15-min appointments) and daily routine surgery list",
                    "Gastrotomies, enterotomies, splenectomies and extractions with dental radiography",
                    "Clinical lead for the practice's dental pathway",
                ]),
                ("Veterinary Care Assistant (part time, during vet school)", "Goddard Veterinary Group", "2019-09", "2024-06", [
                    "Kennel care, restraint, theatre preparation and client reception",
                ]),
            ],
            "certs": [
                ("Member of the Royal College of Veterinary Surgeons (MRCVS), UK Practising", "Royal College of Veterinary Surgeons", "2024-07"),
            ],
            "edu": [("BVSc", "Veterinary Science", "University of Bristol", "2024")],
        },
        "decisive": ("at least three years' post-qualification experience in small animal practice", ["years", "yrs", "year"], "years"),
    },
]
