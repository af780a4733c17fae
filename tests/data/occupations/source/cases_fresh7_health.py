"""Fresh7 health cases: midwife, optometrist, chiropractor, podiatrist, perfusionist.

Written blind (writer a, December 2026): invented postings, people and resumes; see fresh7_sources_a.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "midwife-fresh7-1",
        "occ": "midwife",
        "title": "Registered Midwife - Full Scope (General Class)",
        "company": "Midwives Collective of Toronto",
        "location": "Toronto, Ontario, Canada",
        "posting": """
The Midwives Collective of Toronto is a busy, client-centred practice serving downtown and east-end families. We are welcoming a full-time midwife to join one of our three care teams, offering continuity of care through pregnancy, labour, birth and six weeks postpartum, with births at home, at the Toronto Birth Centre and at our partner hospitals.

What you'll need
- Registration with the College of Midwives of Ontario in the General class, with no terms, conditions or limitations that would require supervision (Supervised Practice and Transitional certificate holders will not be considered for this posting)
- Current Emergency Skills (ES) workshop, Neonatal Resuscitation Program (NRP) and CPR for health care providers
- Eligibility for hospital privileges at Michael Garron Hospital and St. Michael's Hospital
- Valid Ontario driver's licence and reliable access to a vehicle for on-call work

Nice to have
- Second language, especially Portuguese, Tamil or Tigrinya
- Experience supporting 2SLGBTQ+ families and newcomer clients
- Interest in precepting McMaster or TMU midwifery students

On-call shared within a team of four; funding follows the Ontario Midwifery Program model with benefits, CME allowance and paid vacation coverage. We are committed to an anti-oppressive workplace and encourage Black, Indigenous and racialized midwives to apply.
""",
        "name": "Renée Kowalczyk",
        "label": "Registered Midwife",
        "summary": "Ontario midwife providing full-scope continuity of care, with home, birth-centre and hospital births as primary and second attendant. Registered with the CMO in the General class; NRP and ES current.",
        "where": ("Toronto", "Ontario"),
        "country": "CA",
        "work": [
            ("Midwife", "Riverdale Community Midwives", "2022-05", "", [
                "Primary midwife for about 40 clients a year from first visit to six-week discharge; second attendant at 35+ births a year",
                "Hospital privileges at Michael Garron Hospital; attended home births and births at the Toronto Birth Centre",
                "Clinical preceptor for second- and third-year midwifery students",
            ]),
            ("Midwife", "Hamilton Midwives", "2019-09", "2022-04", [
                "Full-scope practice in an established group with home and hospital births at St. Joseph's Healthcare Hamilton",
                "Completed new-registrant requirements (30 births as primary and 30 as second midwife) in the first year",
            ]),
        ],
        "skills": {"Clinical": ["Continuity of care", "Home birth", "Water birth", "Newborn assessment", "Suturing", "IV therapy"], "Systems": ["Ontario Midwifery Program reporting", "BORN Ontario data entry"]},
        "certs": [
            ("Certificate of Registration - General class", "College of Midwives of Ontario", "2019-08"),
            ("Emergency Skills Workshop", "Association of Ontario Midwives", "2025-10"),
            ("Neonatal Resuscitation Program (NRP)", "Canadian Paediatric Society", "2026-02"),
            ("BLS/CPR for Health Care Providers", "Heart and Stroke Foundation", "2026-02"),
            ("Ontario Driver's Licence (Class G)", "ServiceOntario", ""),
        ],
        "edu": [("Bachelor of Health Sciences", "Midwifery", "McMaster University", "2019")],
        "langs": [("English", "Native"), ("Polish", "Fluent"), ("French", "Intermediate")],
        "unq": {
            "summary": "Ontario midwife providing full-scope continuity of care, with home, birth-centre and hospital births as primary and second attendant. Currently registered with the CMO in the Supervised Practice class under an approved supervision plan after a break from practice; NRP and ES current.",
            "work": [
                ("Midwife (supervised practice)", "Riverdale Community Midwives", "2026-03", "", [
                    "Returned to practice under a College-approved supervision plan with a designated supervising midwife",
                    "Primary and second attendant at home, birth-centre and hospital births at Michael Garron Hospital",
                ]),
                ("Midwife", "Hamilton Midwives", "2019-09", "2022-04", [
                    "Full-scope practice in an established group with home and hospital births at St. Joseph's Healthcare Hamilton",
                    "Completed new-registrant requirements (30 births as primary and 30 as second midwife) in the first year",
                ]),
            ],
            "certs": [
                ("Certificate of Registration - Supervised Practice class", "College of Midwives of Ontario", "2026-03"),
                ("Emergency Skills Workshop", "Association of Ontario Midwives", "2025-10"),
                ("Neonatal Resuscitation Program (NRP)", "Canadian Paediatric Society", "2026-02"),
                ("BLS/CPR for Health Care Providers", "Heart and Stroke Foundation", "2026-02"),
                ("Ontario Driver's Licence (Class G)", "ServiceOntario", ""),
            ],
        },
        "decisive": ("Registration with the CMO in the General class", ["General class", "General certificate"], "licence level"),
    },
    {
        "id": "midwife-fresh7-2",
        "occ": "midwife",
        "title": "Band 7 Labour Ward Co-ordinator",
        "company": "Leeds Teaching Hospitals NHS Trust",
        "location": "Leeds, England, UK",
        "posting": """
Band 7 Labour Ward Co-ordinator - Leeds General Infirmary / St James's University Hospital
Permanent, 37.5 hrs, rotational days and nights. Agenda for Change Band 7.

The role: you'll run the delivery suite shift - allocating staff, keeping oversight of every woman and birthing person on the unit, escalating to the obstetric and anaesthetic teams, and leading the response to obstetric emergencies.

Essential
* Registered Midwife with live NMC registration
* At least 3 years' post-registration experience, of which a minimum of 18 months must be at Band 6 on a consultant-led delivery suite
* Evidence of leadership on shift (taking charge, supporting junior staff)
* Up to date with PROMPT / obstetric emergency training and CTG competency assessment

Desirable
* NIPE qualification
* Study at Master's level or a leadership course (e.g. Mary Seacole)
* PROMPT faculty or skills-drill facilitator experience

We offer flexible rostering, NHS Pension, 27 days' annual leave rising with service, and a preceptorship and leadership development programme. Leeds Teaching Hospitals is committed to equality, diversity and inclusion and welcomes applicants from all backgrounds.
""",
        "name": "Shona McAllister",
        "label": "Senior Midwife (Band 6), Delivery Suite",
        "summary": "NMC-registered midwife, qualified 2017, with over five years at Band 6 on a consultant-led delivery suite. Regularly takes charge of the shift, supports newly qualified midwives and leads skills drills.",
        "where": ("Wakefield", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Midwife, Band 6 - Delivery Suite", "Mid Yorkshire Teaching NHS Trust", "2019-06", "", [
                "Core delivery-suite midwife on a 5,500-birth consultant-led unit; acting shift co-ordinator about two shifts a week since 2022",
                "Manages high-risk labours including induction, VBAC, twins and women with pre-eclampsia alongside the obstetric registrar",
                "Facilitates monthly PROMPT skills drills and CTG case reviews",
            ]),
            ("Midwife, Band 5 (preceptorship and rotation)", "Mid Yorkshire Teaching NHS Trust", "2017-09", "2019-05", [
                "Rotated through antenatal clinic, postnatal ward and delivery suite",
                "Signed off preceptorship competencies, cannulation and perineal repair",
            ]),
        ],
        "skills": {"Clinical": ["Intrapartum care", "CTG interpretation", "Obstetric emergencies", "Perineal repair", "High-dependency maternity care"], "Leadership": ["Shift co-ordination", "Staff allocation", "Escalation", "Supporting students"]},
        "certs": [
            ("Registered Midwife", "Nursing and Midwifery Council", "2017-09"),
            ("PROMPT Obstetric Emergency Training", "Mid Yorkshire Teaching NHS Trust", "2026-04"),
            ("K2 CTG Competency Assessment", "K2 Medical Systems", "2026-01"),
        ],
        "edu": [("BSc (Hons)", "Midwifery", "University of Bradford", "2017")],
        "unq": {
            "label": "Midwife (Band 6), Delivery Suite",
            "summary": "NMC-registered midwife, qualified 2024, now at Band 6 on a consultant-led delivery suite after seven years as a maternity support worker. Has started taking charge of occasional shifts and supports students.",
            "work": [
                ("Midwife, Band 6 - Delivery Suite", "Mid Yorkshire Teaching NHS Trust", "2025-09", "", [
                    "Core delivery-suite midwife on a 5,500-birth consultant-led unit; acting shift co-ordinator on occasional shifts since 2026",
                    "Manages high-risk labours including induction, VBAC, twins and women with pre-eclampsia alongside the obstetric registrar",
                    "Facilitates monthly PROMPT skills drills and CTG case reviews",
                ]),
                ("Midwife, Band 5 (preceptorship and rotation)", "Mid Yorkshire Teaching NHS Trust", "2024-09", "2025-08", [
                    "Rotated through antenatal clinic, postnatal ward and delivery suite",
                    "Signed off preceptorship competencies, cannulation and perineal repair",
                ]),
                ("Maternity Support Worker, Band 3", "Mid Yorkshire Teaching NHS Trust", "2014-04", "2021-08", [
                    "Supported midwives on the postnatal ward and delivery suite with observations, infant feeding and room turnaround",
                ]),
            ],
            "certs": [
                ("Registered Midwife", "Nursing and Midwifery Council", "2024-09"),
                ("PROMPT Obstetric Emergency Training", "Mid Yorkshire Teaching NHS Trust", "2026-04"),
                ("K2 CTG Competency Assessment", "K2 Medical Systems", "2026-01"),
            ],
            "edu": [("BSc (Hons)", "Midwifery", "University of Bradford", "2024")],
        },
        "decisive": ("At least 3 years' post-registration experience with 18 months at Band 6 on a delivery suite", ["years", "year"], "years"),
    },
    {
        "id": "optometrist-fresh7-1",
        "occ": "optometrist",
        "title": "Optometrist (Therapeutically Endorsed)",
        "company": "Specsavers",
        "location": "Ballarat, Victoria, Australia",
        "posting": """
Optometrist - Specsavers Ballarat (Sturt Street)
Full time or 4 days | Salary package plus partnership pathway

Our Ballarat store is growing its clinical services: we run a glaucoma co-management clinic with local ophthalmologists, manage red-eye and dry-eye presentations in-store, and have OCT and Optomap in every testing room.

You must have:
- General registration as an optometrist with the Optometry Board of Australia (Ahpra)
- An endorsement for scheduled medicines on your registration - we prescribe topical therapeutics and co-manage glaucoma, so this is non-negotiable
- Confidence with OCT interpretation and visual fields

Nice to have:
- Experience with myopia control (ortho-k, atropine, DIMS lenses)
- Contact lens fitting for irregular corneas
- Interest in partnership with Specsavers

We support CPD with paid study days, Specsavers Clinical Conference attendance and a team of optical dispensers and optometry assistants so you can focus on patients. Specsavers is an equal opportunity employer.
""",
        "name": "Tomasz Wierzbicki",
        "label": "Optometrist",
        "summary": "Optometrist with eight years in busy retail and independent practice across regional Victoria. Registration endorsed for scheduled medicines; runs therapeutic and glaucoma co-management clinics with local ophthalmologists.",
        "where": ("Bendigo", "Victoria"),
        "country": "AU",
        "work": [
            ("Optometrist", "Eyecare Plus Bendigo", "2021-02", "", [
                "Full scope testing including OCT, Humphrey visual fields and Optomap for about 25 patients a day",
                "Prescribe topical anti-inflammatory, antibiotic and glaucoma medications; shared-care glaucoma patients with two ophthalmologists",
                "Fit specialty and scleral lenses and run the practice's myopia management program",
            ]),
            ("Optometrist", "OPSM", "2018-01", "2021-01", [
                "Comprehensive eye examinations in a high-volume store in Geelong",
                "Referred and triaged red-eye and flashes-and-floaters presentations",
            ]),
        ],
        "skills": {"Clinical": ["OCT interpretation", "Visual fields", "Glaucoma co-management", "Dry eye management", "Myopia control", "Scleral lenses"], "Equipment": ["Zeiss Cirrus OCT", "Optos Optomap", "Humphrey Field Analyzer"]},
        "certs": [
            ("General registration - Optometrist", "Optometry Board of Australia (Ahpra)", "2018-01"),
            ("Endorsement for scheduled medicines", "Optometry Board of Australia (Ahpra)", "2018-01"),
        ],
        "edu": [("Doctor of Optometry", "Optometry", "University of Melbourne", "2017")],
        "unq": {
            "summary": "UK-trained optometrist with twelve years in busy retail and independent practice across regional Victoria. Holds general registration, granted in 2014 after the OCANZ examination; works closely with local ophthalmologists on glaucoma monitoring and referrals.",
            "work": [
                ("Optometrist", "Eyecare Plus Bendigo", "2021-02", "", [
                    "Full scope testing including OCT, Humphrey visual fields and Optomap for about 25 patients a day",
                    "Monitor stable glaucoma suspects and refer red-eye and treatment cases to two local ophthalmologists",
                    "Fit specialty and scleral lenses and run the practice's myopia management program",
                ]),
                ("Optometrist", "OPSM", "2018-01", "2021-01", [
                    "Comprehensive eye examinations in a high-volume store in Geelong",
                    "Referred and triaged red-eye and flashes-and-floaters presentations",
                ]),
                ("Optometrist", "Western District Eyecare (Hamilton, Vic.)", "2014-04", "2017-12", [
                    "Primary eye examinations and contact lens fitting in a rural independent practice",
                    "Referred glaucoma suspects and anterior eye disease to visiting ophthalmologists",
                ]),
            ],
            "certs": [
                ("General registration - Optometrist", "Optometry Board of Australia (Ahpra)", "2014-03"),
                ("Competency in Optometry Examination", "Optometry Council of Australia and New Zealand (OCANZ)", "2013-11"),
            ],
            "edu": [("BSc (Hons)", "Optometry", "Cardiff University", "2012")],
        },
        "decisive": ("Endorsement for scheduled medicines on Optometry Board of Australia registration", ["scheduled medicines", "therapeutically endorsed"], "endorsement"),
    },
    {
        "id": "optometrist-fresh7-2",
        "occ": "optometrist",
        "title": "Bilingual Optometrist (English/Spanish) - Hialeah, FL",
        "company": "MyEyeDr.",
        "location": "Hialeah, Florida, USA",
        "posting": """
MyEyeDr. is hiring a full-time Optometrist for our Hialeah office. Our patients are mostly Spanish-speaking families, so the doctor we hire must be able to run a full exam, explain findings and counsel on treatment in Spanish.

Requirements:
- O.D. from an ACOE-accredited school of optometry
- Active Florida optometry license (Florida Board of Optometry), certified to prescribe ocular pharmaceutical agents
- Bilingual English/Spanish - fluent spoken Spanish is required
- Comfortable with medical eye care: dry eye, glaucoma monitoring, foreign-body removal

Preferred:
- Contact lens specialty fitting
- Experience with Eyefinity / Compulink EHR

What we offer: guaranteed base plus production bonus, paid malpractice, CE allowance, medical/dental/vision, 401(k) with match, and no-weekend schedules available. MyEyeDr. is an Equal Opportunity Employer.
""",
        "name": "Daniel Okafor-Reyes",
        "label": "Optometrist, O.D.",
        "summary": "Florida-licensed optometrist with six years of primary and medical eye care in South Florida. Bilingual English/Spanish; counsels patients and families in both languages.",
        "where": ("Miami Lakes", "FL"),
        "country": "US",
        "work": [
            ("Staff Optometrist", "Visionworks", "2022-08", "", [
                "Comprehensive and medical exams for 22-28 patients daily, roughly half conducted in Spanish",
                "Treat dry eye, allergic and bacterial conjunctivitis; monitor glaucoma suspects with OCT and visual fields",
                "Foreign-body removal and urgent-care visits",
            ]),
            ("Associate Optometrist", "Doral Family Eye Care", "2020-07", "2022-07", [
                "Primary care exams and contact lens fittings including torics and multifocals",
                "Used Compulink EHR for charting and billing",
            ]),
        ],
        "skills": {"Clinical": ["Medical eye care", "Glaucoma monitoring", "Dry eye", "Contact lenses", "Foreign body removal"], "Systems": ["Compulink", "Zeiss Cirrus OCT"]},
        "certs": [
            ("Licensed Optometrist (certified optometrist)", "Florida Board of Optometry", "2020-06"),
            ("NBEO Parts I-III and TMOD", "National Board of Examiners in Optometry", "2020-04"),
        ],
        "edu": [("Doctor of Optometry (O.D.)", "Optometry", "Nova Southeastern University College of Optometry", "2020")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Florida-licensed optometrist with six years of primary and medical eye care in South Florida. Works with the office's medical interpreters for patients who prefer another language.",
            "work": [
                ("Staff Optometrist", "Visionworks", "2022-08", "", [
                    "Comprehensive and medical exams for 22-28 patients daily, using a medical interpreter service where needed",
                    "Treat dry eye, allergic and bacterial conjunctivitis; monitor glaucoma suspects with OCT and visual fields",
                    "Foreign-body removal and urgent-care visits",
                ]),
                ("Associate Optometrist", "Doral Family Eye Care", "2020-07", "2022-07", [
                    "Primary care exams and contact lens fittings including torics and multifocals",
                    "Used Compulink EHR for charting and billing",
                ]),
            ],
            "langs": [("English", "Native")],
        },
        "decisive": ("Fluent spoken Spanish (bilingual English/Spanish)", ["Spanish", "bilingual"], "language"),
    },
    {
        "id": "chiropractor-fresh7-1",
        "occ": "chiropractor",
        "title": "Chiropractor - Clinical Educator (Teaching Clinic)",
        "company": "New Zealand College of Chiropractic",
        "location": "Auckland, New Zealand",
        "posting": """
The New Zealand College of Chiropractic is looking for a part-time Clinical Educator (0.6 FTE) to supervise final-year interns in our Mt Wellington teaching clinic.

About you - required:
* Registered with the New Zealand Chiropractic Board and holding (or eligible for) a current Annual Practising Certificate
* Minimum five years' full-time clinical practice as a chiropractor after graduation
* Comfortable assessing and signing off intern case management, X-ray requests and reports of findings
* Current first aid certificate

Desirable:
* Postgraduate study in education, paediatrics or research methods
* Previous experience as a field practitioner supervising preceptors

The role suits an experienced chiropractor who wants to keep a clinical load while shaping the next generation of the profession. Remuneration is competitive and pro-rated; professional development is funded. We value diversity and encourage Māori and Pasifika practitioners to apply.
""",
        "name": "Hannah Te Whata",
        "label": "Chiropractor",
        "summary": "Registered chiropractor with nine years of full-time practice in Auckland and Hamilton. Mentors new graduates, supervises preceptorship students and runs family and paediatric clinics.",
        "where": ("Auckland", "Auckland"),
        "country": "NZ",
        "work": [
            ("Chiropractor and Associate Mentor", "Eastside Family Chiropractic", "2020-03", "", [
                "Full-time caseload of about 120 patient visits a week; family, paediatric and sports presentations",
                "Mentors two associate chiropractors and hosts NZCC preceptorship students each year",
                "Requests and reviews spinal X-rays with the local radiology provider",
            ]),
            ("Associate Chiropractor", "Waikato Chiropractic Centre", "2017-02", "2020-02", [
                "Built a caseload from new graduate to 90 visits a week",
                "Delivered community spinal-health talks and workplace assessments",
            ]),
        ],
        "skills": {"Clinical": ["Diversified technique", "Activator", "Paediatric care", "Radiographic review", "Case management"], "Teaching": ["Preceptorship supervision", "Mentoring new graduates"]},
        "certs": [
            ("Registered Chiropractor with current Annual Practising Certificate", "New Zealand Chiropractic Board", "2017-01"),
            ("Comprehensive First Aid", "St John New Zealand", "2026-05"),
        ],
        "edu": [("Bachelor of Chiropractic", "Chiropractic", "New Zealand College of Chiropractic", "2016")],
        "unq": {
            "summary": "Registered chiropractor in full-time practice in Auckland since 2023, after six years as a chiropractic assistant and practice manager. Hosts preceptorship students and runs family and paediatric clinics.",
            "work": [
                ("Chiropractor", "Eastside Family Chiropractic", "2023-03", "", [
                    "Full-time caseload of about 120 patient visits a week; family, paediatric and sports presentations",
                    "Hosts NZCC preceptorship students each year",
                    "Requests and reviews spinal X-rays with the local radiology provider",
                ]),
                ("Chiropractic Assistant and Practice Manager", "Waikato Chiropractic Centre", "2015-02", "2021-02", [
                    "Ran reception, patient flow and X-ray scheduling for a three-chiropractor clinic while studying part-time",
                    "Delivered community spinal-health talks and workplace assessments",
                ]),
            ],
            "certs": [
                ("Registered Chiropractor with current Annual Practising Certificate", "New Zealand Chiropractic Board", "2023-01"),
                ("Comprehensive First Aid", "St John New Zealand", "2026-05"),
            ],
            "edu": [("Bachelor of Chiropractic", "Chiropractic", "New Zealand College of Chiropractic", "2022")],
        },
        "decisive": ("Minimum five years' full-time clinical practice as a chiropractor", ["years", "year"], "years"),
    },
    {
        "id": "chiropractor-fresh7-2",
        "occ": "chiropractor",
        "title": "Chiropractor (DC) - Tempe",
        "company": "The Joint Chiropractic",
        "location": "Tempe, Arizona, USA",
        "posting": """
Doctor of Chiropractic - The Joint Chiropractic, Tempe Marketplace clinic. Full time, 4-day weeks available.

Must have:
- Doctor of Chiropractic degree from a CCE-accredited college
- Active Arizona chiropractic license issued by the Arizona Board of Chiropractic Examiners, in good standing on your start date (we cannot start applicants whose AZ license is still pending)
- NBCE Parts I-IV
- Strong adjusting skills - high-volume, cash-based, walk-in model

Nice to have:
- Arizona physiotherapy certification
- Spanish
- Experience with ChiroTouch or similar EHR

Base salary plus performance bonus, malpractice covered, CE reimbursement, health/dental/vision, paid time off. The Joint Corp. and its franchisees are equal opportunity employers.
""",
        "name": "Marcus Bellweather",
        "label": "Doctor of Chiropractic",
        "summary": "Chiropractor with seven years in high-volume walk-in and sports clinics. Licensed in Arizona and Nevada; efficient diversified and drop-table adjuster seeing 150+ visits a week.",
        "where": ("Chandler", "AZ"),
        "country": "US",
        "work": [
            ("Chiropractor", "HealthSource Chiropractic of Chandler", "2023-06", "", [
                "High-volume practice of 150-180 visits a week with new-patient exams and re-evaluations",
                "Diversified, Thompson drop and instrument adjusting; rehab exercise plans",
            ]),
            ("Associate Chiropractor", "Summerlin Spine & Sport", "2019-09", "2023-05", [
                "Sports and auto-injury caseload in Las Vegas; documentation in ChiroTouch",
                "Coordinated imaging referrals and co-managed patients with physical therapists",
            ]),
        ],
        "skills": {"Technique": ["Diversified", "Thompson drop table", "Activator", "Extremity adjusting"], "Systems": ["ChiroTouch"]},
        "certs": [
            ("Doctor of Chiropractic License", "Arizona Board of Chiropractic Examiners", "2023-05"),
            ("Chiropractic Physician License", "Nevada Chiropractic Physicians' Board", "2019-08"),
            ("NBCE Parts I, II, III, IV and Physiotherapy", "National Board of Chiropractic Examiners", "2019-06"),
        ],
        "edu": [("Doctor of Chiropractic", "Chiropractic", "Southern California University of Health Sciences", "2019")],
        "unq": {
            "summary": "Chiropractor with seven years in high-volume walk-in and sports clinics. Licensed in Nevada; efficient diversified and drop-table adjuster seeing 150+ visits a week.",
            "where": ("Henderson", "NV"),
            "work": [
                ("Chiropractor", "HealthSource Chiropractic of Henderson", "2023-06", "", [
                    "High-volume practice of 150-180 visits a week with new-patient exams and re-evaluations",
                    "Diversified, Thompson drop and instrument adjusting; rehab exercise plans",
                ]),
                ("Associate Chiropractor", "Summerlin Spine & Sport", "2019-09", "2023-05", [
                    "Sports and auto-injury caseload in Las Vegas; documentation in ChiroTouch",
                    "Coordinated imaging referrals and co-managed patients with physical therapists",
                ]),
            ],
            "certs": [
                ("Chiropractic Physician License", "Nevada Chiropractic Physicians' Board", "2019-08"),
                ("NBCE Parts I, II, III, IV and Physiotherapy", "National Board of Chiropractic Examiners", "2019-06"),
            ],
        },
        "decisive": ("Active Arizona chiropractic license", ["Arizona", "AZ"], "jurisdiction"),
    },
    {
        "id": "podiatrist-fresh7-1",
        "occ": "podiatrist",
        "title": "Podiatric Surgeon (DPM) - Board Certified",
        "company": "Intermountain Health",
        "location": "Murray, Utah, USA",
        "posting": """
Intermountain Health is seeking a podiatric foot and ankle surgeon to join our multispecialty orthopedic group at Intermountain Medical Center.

Qualifications
- Doctor of Podiatric Medicine (DPM)
- Completion of a CPME-approved three-year Podiatric Medicine and Surgery Residency (PMSR/RRA)
- Board certified in foot surgery by the American Board of Foot and Ankle Surgery (ABFAS); board qualified candidates are not being considered for this opening
- Utah podiatric physician license, or eligibility to obtain one before start
- DEA registration and Utah controlled substance license

Preferred
- Board certification in Reconstructive Rearfoot/Ankle (RRA) surgery
- Wound care and limb salvage experience

Employed model with guaranteed salary plus wRVU production, relocation, CME, malpractice with tail, and full benefits. Intermountain Health is an equal opportunity employer.
""",
        "name": "Priya Raman",
        "label": "Podiatric Foot and Ankle Surgeon, DPM",
        "summary": "Foot and ankle surgeon, seven years out of a PMSR/RRA residency, board certified in foot surgery and board qualified in RRA by ABFAS. Hospital and ASC privileges; elective, trauma and limb-salvage cases.",
        "where": ("Boise", "ID"),
        "country": "US",
        "work": [
            ("Podiatric Surgeon", "St. Luke's Health System", "2019-08", "", [
                "Bunion, hammertoe, Lapiplasty, ankle fracture and Charcot reconstruction cases; about 300 surgical cases a year",
                "Limb-salvage team member with vascular surgery and infectious disease",
                "Clinic of 25-30 patients a day including wound care and sports injuries",
            ]),
            ("Resident, Podiatric Medicine and Surgery (PMSR/RRA)", "Kaiser Permanente Oakland", "2016-07", "2019-06", [
                "Three-year residency with rotations in general surgery, orthopedics, emergency medicine and wound care",
            ]),
        ],
        "skills": {"Surgery": ["Forefoot reconstruction", "Rearfoot and ankle fusion", "Ankle fracture ORIF", "Charcot reconstruction", "Wound care"]},
        "certs": [
            ("Board Certified in Foot Surgery", "American Board of Foot and Ankle Surgery", "2023-09"),
            ("Board Qualified in Reconstructive Rearfoot/Ankle Surgery", "American Board of Foot and Ankle Surgery", "2020-05"),
            ("Podiatric Physician License", "Idaho Board of Podiatry", "2019-07"),
            ("Podiatrist License", "Utah Division of Professional Licensing", "2026-09"),
            ("Controlled Substance License", "Utah Division of Professional Licensing", "2026-09"),
            ("DEA Registration", "U.S. Drug Enforcement Administration", "2019-07"),
        ],
        "edu": [("Doctor of Podiatric Medicine (DPM)", "Podiatric Medicine", "Samuel Merritt University College of Podiatric Medicine", "2016")],
        "unq": {
            "summary": "Foot and ankle surgeon, seven years out of a PMSR/RRA residency, board qualified in foot surgery and RRA by ABFAS with the Part II case review still to complete. Hospital and ASC privileges; elective, trauma and limb-salvage cases.",
            "certs": [
                ("Board Qualified in Foot Surgery", "American Board of Foot and Ankle Surgery", "2020-05"),
                ("Board Qualified in Reconstructive Rearfoot/Ankle Surgery", "American Board of Foot and Ankle Surgery", "2020-05"),
                ("Podiatric Physician License", "Idaho Board of Podiatry", "2019-07"),
                ("Podiatrist License", "Utah Division of Professional Licensing", "2026-09"),
                ("Controlled Substance License", "Utah Division of Professional Licensing", "2026-09"),
                ("DEA Registration", "U.S. Drug Enforcement Administration", "2019-07"),
            ],
        },
        "decisive": ("Board certified in foot surgery by ABFAS (board qualified not accepted)", ["board certified", "board-certified"], "credential level"),
    },
    {
        "id": "podiatrist-fresh7-2",
        "occ": "podiatrist",
        "title": "Podiatrist - Band 6 (Nail Surgery and High-Risk Foot)",
        "company": "Sussex Community NHS Foundation Trust",
        "location": "Brighton, England, UK",
        "posting": """
Band 6 Podiatrist | Permanent | 37.5 hours | Brighton & Hove community clinics

We're looking for a Band 6 podiatrist to join our busy community team. You will run your own nail surgery lists, manage a high-risk diabetic foot caseload and support Band 5 colleagues.

Essential criteria:
- BSc (Hons) Podiatry or equivalent
- Current HCPC registration as a podiatrist
- HCPC annotations for Prescription Only Medicines - Administration (POM-A) and Sale/Supply (POM-S), so you can carry out local anaesthetic and nail surgery independently
- Post-registration experience in diabetic foot care

Desirable:
- Experience with MSK/biomechanics assessment
- Mentoring students on placement
- SystmOne

What we offer: NHS Pension, 27 days' leave plus bank holidays, CPD time and access to the Trust's leadership programmes. We welcome applications from all sections of the community.
""",
        "name": "Callum Ferreira",
        "label": "Podiatrist",
        "summary": "HCPC-registered podiatrist with 12 years in NHS community services. Holds POM-A and POM-S annotations; runs independent nail surgery lists and a high-risk diabetic foot caseload.",
        "where": ("Worthing", "West Sussex"),
        "country": "GB",
        "work": [
            ("Podiatrist, Band 6", "University Hospitals Sussex NHS Foundation Trust", "2019-01", "", [
                "Independent nail surgery lists (partial and total nail avulsion with phenolisation), about 8 procedures a week",
                "High-risk diabetic foot clinic: ulcer debridement, offloading and escalation to the MDT foot clinic",
                "Supervises Band 5 podiatrists and University of Brighton placement students",
            ]),
            ("Podiatrist, Band 5", "Sussex Community NHS Foundation Trust", "2014-09", "2018-12", [
                "General community podiatry caseload, nail care and diabetic foot screening",
                "Completed the post-registration local anaesthesia and POMs course in 2016",
            ]),
        ],
        "skills": {"Clinical": ["Nail surgery", "Diabetic foot", "Wound debridement", "Offloading", "Biomechanics"], "Systems": ["SystmOne"]},
        "certs": [
            ("HCPC Registered Podiatrist", "Health and Care Professions Council", "2014-08"),
            ("Annotation: Prescription Only Medicines - Administration (POM-A)", "Health and Care Professions Council", "2016-11"),
            ("Annotation: Prescription Only Medicines - Sale/Supply (POM-S)", "Health and Care Professions Council", "2016-11"),
        ],
        "edu": [("BSc (Hons)", "Podiatry", "University of Brighton", "2014")],
        "unq": {
            "summary": "HCPC-registered podiatrist with 12 years in NHS community services. Assists on nail surgery lists and manages a high-risk diabetic foot caseload.",
            "work": [
                ("Podiatrist, Band 6", "University Hospitals Sussex NHS Foundation Trust", "2019-01", "", [
                    "Assists the nail surgery lead on partial and total nail avulsion lists and provides post-operative dressings",
                    "High-risk diabetic foot clinic: ulcer debridement, offloading and escalation to the MDT foot clinic",
                    "Supervises Band 5 podiatrists and University of Brighton placement students",
                ]),
                ("Podiatrist, Band 5", "Sussex Community NHS Foundation Trust", "2014-09", "2018-12", [
                    "General community podiatry caseload, nail care and diabetic foot screening",
                ]),
            ],
            "certs": [("HCPC Registered Podiatrist", "Health and Care Professions Council", "2014-08")],
            "edu": [("BSc (Hons)", "Podiatry", "University of Brighton", "2014")],
        },
        "decisive": ("HCPC POM-A and POM-S annotations", ["POM-A", "POM-S", "annotation", "annotations", "Prescription Only Medicines"], "endorsement"),
    },
    {
        "id": "perfusionist-fresh7-1",
        "occ": "perfusionist",
        "title": "Staff Perfusionist - ECMO and Transport",
        "company": "SpecialtyCare",
        "location": "Nashville, Tennessee, USA",
        "posting": """
SpecialtyCare is hiring a Staff Perfusionist for a high-volume adult cardiac and ECMO program in Nashville. Our team covers CPB, VAD implants and an ECMO transport service that retrieves patients from regional hospitals.

Requirements
* Graduate of a CAAHEP-accredited perfusion program
* Certified Clinical Perfusionist (CCP) through the American Board of Cardiovascular Perfusion
* 2+ years of adult CPB as a primary perfusionist
* Hands-on experience initiating and managing patients on the Getinge Cardiohelp system (our ECMO transport platform) - required
* BLS and ACLS

Preferred
* Experience with Terumo System 1 or LivaNova S5 heart-lung machines
* Pediatric or congenital experience
* Impella and VAD support

Call is shared 1 in 4. Competitive pay with call and case differentials, sign-on bonus, 401(k) match, tuition reimbursement and CEU support. SpecialtyCare is an Equal Opportunity Employer.
""",
        "name": "Ethan Vasquez-Lindqvist",
        "label": "Certified Clinical Perfusionist",
        "summary": "CCP with six years as a primary perfusionist in adult cardiac surgery. Runs ECMO cannulations and inter-hospital transports on the Getinge Cardiohelp; VAD and Impella support.",
        "where": ("Louisville", "KY"),
        "country": "US",
        "work": [
            ("Perfusionist", "UofL Health - Jewish Hospital", "2021-01", "", [
                "Primary perfusionist for CABG, valve, aortic and transplant cases on the Terumo System 1",
                "Initiates VA and VV ECMO at the bedside and in the cath lab; runs Getinge Cardiohelp for ground and air transports",
                "Supports LVAD implants and Impella management",
            ]),
            ("Perfusionist", "Baptist Health Lexington", "2019-07", "2020-12", [
                "Adult CPB as primary perfusionist on the LivaNova S5",
                "Cell salvage and point-of-care coagulation testing",
            ]),
        ],
        "skills": {"Clinical": ["Cardiopulmonary bypass", "VA/VV ECMO", "ECMO transport", "VAD support", "Cell salvage"], "Equipment": ["Getinge Cardiohelp", "Terumo System 1", "LivaNova S5", "Abiomed Impella"]},
        "certs": [
            ("Certified Clinical Perfusionist (CCP)", "American Board of Cardiovascular Perfusion", "2020-05"),
            ("ACLS", "American Heart Association", "2026-03"),
            ("BLS", "American Heart Association", "2026-03"),
        ],
        "edu": [("Master of Science", "Perfusion", "Vanderbilt University Medical Center (Perfusion Program)", "2019")],
        "unq": {
            "summary": "CCP with six years as a primary perfusionist in adult cardiac surgery. Runs in-house ECMO on the Abbott CentriMag console; VAD and Impella support.",
            "work": [
                ("Perfusionist", "UofL Health - Jewish Hospital", "2021-01", "", [
                    "Primary perfusionist for CABG, valve, aortic and transplant cases on the Terumo System 1",
                    "Initiates VA and VV ECMO at the bedside and in the cath lab on the Abbott CentriMag; in-house patients only",
                    "Supports LVAD implants and Impella management",
                ]),
                ("Perfusionist", "Baptist Health Lexington", "2019-07", "2020-12", [
                    "Adult CPB as primary perfusionist on the LivaNova S5",
                    "Cell salvage and point-of-care coagulation testing",
                ]),
            ],
            "skills": {"Clinical": ["Cardiopulmonary bypass", "VA/VV ECMO", "VAD support", "Cell salvage"], "Equipment": ["Abbott CentriMag", "Terumo System 1", "LivaNova S5", "Abiomed Impella"]},
        },
        "decisive": ("Hands-on experience with the Getinge Cardiohelp ECMO system", ["Cardiohelp"], "tool"),
    },
    {
        "id": "perfusionist-fresh7-2",
        "occ": "perfusionist",
        "title": "Principal Clinical Perfusion Scientist (Band 8a)",
        "company": "Guy's and St Thomas' NHS Foundation Trust",
        "location": "London, England, UK",
        "posting": """
Principal Clinical Perfusion Scientist - Band 8a - Evelina London / St Thomas' Hospital

We are looking for an experienced perfusionist to take a lead role in our adult and paediatric perfusion service, covering cardiopulmonary bypass, ECMO and the on-call rota, and supporting the training of trainee clinical perfusion scientists.

Person specification - essential:
1. Accredited Clinical Perfusion Scientist, registered with the College of Clinical Perfusion Scientists of Great Britain and Ireland
2. MSc (or PgDip) in Clinical Perfusion Science
3. A minimum of five years' post-accreditation experience as a clinical perfusion scientist, including paediatric/congenital bypass
4. Experience supervising and assessing trainees

Desirable:
- ECMO specialist experience
- Audit or published research
- Experience of equipment procurement

Band 8a salary plus High Cost Area Supplement (inner London). NHS Pension, on-call payments, study leave. Guy's and St Thomas' is committed to equality of opportunity.
""",
        "name": "Olamide Adeyemi-Hart",
        "label": "Senior Clinical Perfusion Scientist",
        "summary": "Accredited clinical perfusion scientist since 2016 with ten years of adult and paediatric bypass and ECMO. Educational supervisor for trainee perfusionists.",
        "where": ("Croydon", "London"),
        "country": "GB",
        "work": [
            ("Senior Clinical Perfusion Scientist, Band 7", "Great Ormond Street Hospital for Children NHS Foundation Trust", "2020-04", "", [
                "Paediatric and neonatal CPB for congenital repairs including arterial switch and Norwood procedures",
                "ECMO initiation and circuit management on PICU and NICU",
                "Educational supervisor for two trainee clinical perfusion scientists",
            ]),
            ("Clinical Perfusion Scientist, Band 7", "Royal Brompton and Harefield Hospitals", "2016-09", "2020-03", [
                "Adult CPB for CABG, valve and aortic surgery; on-call rota participant",
                "Cell salvage and intra-aortic balloon pump support",
            ]),
            ("Trainee Clinical Perfusion Scientist, Band 6", "Royal Brompton and Harefield Hospitals", "2014-09", "2016-08", [
                "In-service training towards accreditation",
            ]),
        ],
        "skills": {"Clinical": ["Adult CPB", "Paediatric/congenital CPB", "ECMO", "Cell salvage", "IABP"], "Leadership": ["Trainee supervision", "Audit"]},
        "certs": [
            ("Certificate of Accreditation in Clinical Perfusion Science", "Society of Clinical Perfusion Scientists of Great Britain and Ireland", "2016-08"),
            ("Registered Clinical Perfusion Scientist", "College of Clinical Perfusion Scientists of Great Britain and Ireland", "2016-09"),
        ],
        "edu": [("MSc", "Perfusion Science", "University of Bristol", "2016"), ("BSc (Hons)", "Physiology", "King's College London", "2013")],
        "unq": {
            "summary": "Accredited clinical perfusion scientist since 2023 with adult and paediatric bypass and ECMO experience. Supervises and assesses trainee perfusionists in theatre.",
            "work": [
                ("Clinical Perfusion Scientist, Band 7", "Great Ormond Street Hospital for Children NHS Foundation Trust", "2024-04", "", [
                    "Paediatric and neonatal CPB for congenital repairs including arterial switch and Norwood procedures",
                    "ECMO initiation and circuit management on PICU and NICU",
                    "Supervises and assesses two trainee clinical perfusion scientists in theatre",
                ]),
                ("Clinical Perfusion Scientist, Band 7", "Royal Brompton and Harefield Hospitals", "2023-09", "2024-03", [
                    "Adult CPB for CABG, valve and aortic surgery; on-call rota participant",
                    "Cell salvage and intra-aortic balloon pump support",
                ]),
                ("Trainee Clinical Perfusion Scientist, Band 6", "Royal Brompton and Harefield Hospitals", "2021-09", "2023-08", [
                    "In-service training towards accreditation",
                ]),
                ("Cardiac Physiologist, Band 5", "St George's University Hospitals NHS Foundation Trust", "2014-09", "2021-08", [
                    "ECGs, echo support and pacemaker checks in the cardiac investigations unit",
                ]),
            ],
            "certs": [
                ("Certificate of Accreditation in Clinical Perfusion Science", "Society of Clinical Perfusion Scientists of Great Britain and Ireland", "2023-08"),
                ("Registered Clinical Perfusion Scientist", "College of Clinical Perfusion Scientists of Great Britain and Ireland", "2023-09"),
            ],
            "edu": [("MSc", "Perfusion Science", "University of Bristol", "2023"), ("BSc (Hons)", "Physiology", "King's College London", "2013")],
        },
        "decisive": ("A minimum of five years' post-accreditation experience", ["years", "year"], "years"),
    },
]
