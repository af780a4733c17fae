"""Fresh13 set (writer a), healthcare: medical dosimetrist, lactation consultant, health visitor, clinical embryologist, orthopaedic technologist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "medical_dosimetrist-fresh13-1",
        "occ": "medical_dosimetrist",
        "title": "Medical Dosimetrist - Radiation Oncology (FT, Days)",
        "company": "Piedmont Atlanta Hospital",
        "location": "Atlanta, GA",
        "posting": """
Radiation Oncology | Full time | Mon-Fri days, no call

What you'll do
- Build 3D conformal, IMRT and VMAT treatment plans under the direction of the radiation oncologist and physicist
- Contour normal structures, fuse CT/MR/PET data sets and prepare plans for physics QA
- Calculate monitor units, document plans in the record-and-verify system, and support SBRT and HDR brachytherapy cases

What you need
- CMD (Certified Medical Dosimetrist) credential from the MDCB - required
- Minimum 3 years of clinical treatment planning experience as a dosimetrist
- Bachelor's degree
- Eclipse or Pinnacle planning; ARIA or MOSAIQ charting

Piedmont offers relocation help and a 403(b) match.
""",
        "name": "Renee Castellano",
        "label": "Certified Medical Dosimetrist",
        "summary": "Dosimetrist with over five years of external beam planning for head and neck, prostate, breast and lung sites, plus SBRT and HDR support.",
        "where": ("Marietta", "GA"),
        "work": [
            ("Medical Dosimetrist II", "Northside Hospital Cancer Institute", "2023-02", "", [
                "Plan VMAT and IMRT treatments in Eclipse for 6-8 new patients a week, including SBRT lung and spine",
                "Fuse MR and PET-CT data sets and contour organs at risk for physician review",
                "Hand plans off to physics with complete MU calculations and ARIA documentation",
            ]),
            ("Treatment Planning Dosimetrist", "Emory Winship Cancer Institute", "2021-08", "2023-01", [
                "Produced 3D conformal and IMRT plans for breast, prostate and rectal cases",
                "Prepared HDR brachytherapy plans for gynaecological cases under physicist supervision",
            ]),
            ("Radiation Therapist", "Wellstar Kennestone Hospital", "2017-06", "2020-07", [
                "Delivered daily external beam treatments on two Varian linear accelerators",
                "Performed CT simulations and cone-beam image matching",
            ]),
        ],
        "skills": {"Planning": ["IMRT", "VMAT", "SBRT", "3D conformal", "HDR brachytherapy", "Image fusion"], "Systems": ["Eclipse", "ARIA", "MIM"]},
        "certs": [
            ("Certified Medical Dosimetrist (CMD)", "Medical Dosimetrist Certification Board", "2021-10"),
            ("Registered Technologist, Radiation Therapy - R.T.(T)(ARRT)", "American Registry of Radiologic Technologists", "2017-05"),
        ],
        "edu": [
            ("Certificate", "Medical Dosimetry (JRCERT-accredited program)", "University of Wisconsin-La Crosse", "2021"),
            ("Bachelor of Science", "Radiation Therapy", "Medical College of Georgia", "2017"),
        ],
        "unq": {
            "summary": "Dosimetrist with two years of external beam planning for head and neck, prostate, breast and lung sites, after seven years as a radiation therapist.",
            "work": [
                ("Medical Dosimetrist", "Northside Hospital Cancer Institute", "2024-11", "", [
                    "Plan VMAT and IMRT treatments in Eclipse for 6-8 new patients a week, including SBRT lung and spine",
                    "Fuse MR and PET-CT data sets and contour organs at risk for physician review",
                    "Hand plans off to physics with complete MU calculations and ARIA documentation",
                ]),
                ("Radiation Therapist", "Wellstar Kennestone Hospital", "2017-06", "2023-08", [
                    "Delivered daily external beam treatments on two Varian linear accelerators",
                    "Performed CT simulations and cone-beam image matching",
                ]),
            ],
            "certs": [
                ("Certified Medical Dosimetrist (CMD)", "Medical Dosimetrist Certification Board", "2025-01"),
                ("Registered Technologist, Radiation Therapy - R.T.(T)(ARRT)", "American Registry of Radiologic Technologists", "2017-05"),
            ],
            "edu": [
                ("Certificate", "Medical Dosimetry (JRCERT-accredited program)", "University of Wisconsin-La Crosse", "2024"),
                ("Bachelor of Science", "Radiation Therapy", "Medical College of Georgia", "2017"),
            ],
        },
        "decisive": ("at least 3 years of clinical treatment planning experience", ["years", "yrs"], "years"),
    },
    {
        "id": "medical_dosimetrist-fresh13-2",
        "occ": "medical_dosimetrist",
        "title": "Medical Dosimetrist",
        "company": "Cleveland Clinic Abu Dhabi",
        "location": "Abu Dhabi, United Arab Emirates",
        "posting": """
Cleveland Clinic Abu Dhabi is recruiting an experienced Medical Dosimetrist to join the Radiation Oncology team in our Cancer Institute. The department treats a wide case mix on TrueBeam and Halcyon platforms and is growing its stereotactic programme.

Responsibilities include generating external beam treatment plans that meet physician prescriptions and departmental dose constraints, performing plan checks with the physics team, participating in chart rounds and contributing to the department's quality programme.

Minimum requirements:
* Certification as a Medical Dosimetrist (CMD, MDCB) or an equivalent national registration
* At least three years of post-certification clinical planning experience
* Extensive hands-on planning in Varian Eclipse, including VMAT/RapidArc and stereotactic techniques; this is essential, as all planning in the department is done in Eclipse
* Eligibility for licensure with the Department of Health - Abu Dhabi

Tax-free salary, housing allowance, annual flights and family medical cover.
""",
        "name": "Imran Chaudhry",
        "label": "Senior Medical Dosimetrist",
        "summary": "Medical dosimetrist with eight years of VMAT, IMRT and stereotactic planning in UK and Gulf cancer centres.",
        "where": ("Doha", ""),
        "country": "QA",
        "work": [
            ("Senior Dosimetrist", "National Center for Cancer Care and Research, Hamad Medical Corporation", "2021-05", "", [
                "Plan VMAT and stereotactic cases in Varian Eclipse (RapidArc, HyperArc) for lung, brain and spine",
                "Check colleagues' plans against departmental dose constraints before physics sign-off",
                "Train two junior planners on knowledge-based planning in Eclipse",
            ]),
            ("Radiotherapy Planner", "The Christie NHS Foundation Trust", "2018-03", "2021-04", [
                "Produced IMRT and VMAT plans in Eclipse for head and neck and pelvic sites",
                "Took part in weekly peer review of plans with consultant oncologists",
            ]),
        ],
        "skills": {"Planning": ["VMAT", "IMRT", "SRS/SBRT", "Knowledge-based planning", "Plan evaluation"], "Systems": ["Varian Eclipse", "ARIA", "Velocity"]},
        "certs": [("Certified Medical Dosimetrist (CMD)", "Medical Dosimetrist Certification Board", "2019-06")],
        "edu": [("Bachelor of Science", "Radiotherapy and Oncology", "Sheffield Hallam University", "2017")],
        "langs": [("English", "Fluent"), ("Urdu", "Native")],
        "unq": {
            "work": [
                ("Senior Dosimetrist", "National Center for Cancer Care and Research, Hamad Medical Corporation", "2021-05", "", [
                    "Plan VMAT and stereotactic cases in Elekta Monaco for lung, brain and spine",
                    "Check colleagues' plans against departmental dose constraints before physics sign-off",
                    "Train two junior planners on Monaco Monte Carlo optimisation",
                ]),
                ("Radiotherapy Planner", "The Christie NHS Foundation Trust", "2018-03", "2021-04", [
                    "Produced IMRT and VMAT plans in Philips Pinnacle for head and neck and pelvic sites",
                    "Took part in weekly peer review of plans with consultant oncologists",
                ]),
            ],
            "skills": {"Planning": ["VMAT", "IMRT", "SRS/SBRT", "Monte Carlo optimisation", "Plan evaluation"], "Systems": ["Elekta Monaco", "Philips Pinnacle", "MOSAIQ"]},
        },
        "decisive": ("hands-on planning in Varian Eclipse", ["Eclipse"], "tool"),
    },
    {
        "id": "lactation_consultant-fresh13-1",
        "occ": "lactation_consultant",
        "title": "Lactation Consultant - Midwifery (Part Time 0.6 FTE)",
        "company": "Mater Mothers' Hospital",
        "location": "South Brisbane, QLD, Australia",
        "posting": """
About the role
Mater Mothers' Hospital is seeking a Lactation Consultant to support breastfeeding families across our postnatal wards, special care nursery and outpatient breastfeeding clinic. You will provide specialist assessment and care plans for complex feeding problems, educate midwifery and nursing staff, and help maintain our Baby Friendly Health Initiative accreditation.

Mandatory qualifications
- Registration with AHPRA as a Midwife or Registered Nurse
- Current International Board Certified Lactation Consultant (IBCLC) credential

Experience
- At least two years of postnatal or neonatal clinical experience
- Experience running group education sessions is highly regarded

Mater is a not-for-profit organisation; salary packaging is available.
""",
        "name": "Bridget Okafor",
        "label": "Midwife and Lactation Consultant",
        "summary": "Registered midwife with nine years in postnatal and birth suite care and four years as the ward's specialist breastfeeding resource.",
        "where": ("Brisbane", "QLD"),
        "country": "AU",
        "work": [
            ("Clinical Midwife - Lactation", "Royal Brisbane and Women's Hospital", "2021-03", "", [
                "Run a twice-weekly outpatient feeding clinic for tongue-tie, low supply and slow weight gain referrals",
                "Write individual feeding plans for preterm infants in special care and follow them after discharge",
                "Deliver the in-service breastfeeding update to new graduate midwives",
            ]),
            ("Registered Midwife", "Logan Hospital", "2016-02", "2021-02", [
                "Rotated through birth suite, postnatal ward and antenatal clinic",
                "Led the ward's BFHI audit in 2019",
            ]),
        ],
        "skills": {"Clinical": ["Infant feeding assessment", "Complex breastfeeding support", "Postnatal care", "Group education"]},
        "certs": [
            ("Registered Midwife, Nursing and Midwifery Board of Australia (AHPRA)", "AHPRA", "2016-01"),
            ("International Board Certified Lactation Consultant (IBCLC)", "International Board of Lactation Consultant Examiners (IBLCE)", "2021-10"),
        ],
        "edu": [("Bachelor of Midwifery", "Midwifery", "Griffith University", "2015")],
        "unq": {
            "label": "Midwife, Breastfeeding Support",
            "certs": [
                ("Registered Midwife, Nursing and Midwifery Board of Australia (AHPRA)", "AHPRA", "2016-01"),
                ("10280NAT Certificate IV in Breastfeeding Education (Counselling)", "Australian Breastfeeding Association", "2021-10"),
            ],
        },
        "decisive": ("current IBCLC credential", ["IBCLC", "International Board Certified Lactation Consultant"], "certificate"),
    },
    {
        "id": "lactation_consultant-fresh13-2",
        "occ": "lactation_consultant",
        "title": "Lactation Consultant / Consultante en lactation (IBCLC)",
        "company": "Hôpital Montfort",
        "location": "Ottawa, ON, Canada",
        "posting": """
Hôpital Montfort, a francophone academic hospital in east Ottawa, is looking for a Lactation Consultant for the Mother and Newborn unit (temporary full-time, 12 months).

RESPONSIBILITIES
Assess and support mothers and infants with feeding difficulties on the postpartum unit and in the NICU; develop feeding plans with the interprofessional team; lead prenatal breastfeeding classes; contribute to Baby-Friendly Initiative policies.

QUALIFICATIONS
- Current registration with the College of Nurses of Ontario (RN) or the College of Midwives of Ontario
- IBCLC certification in good standing
- Minimum of three years of perinatal clinical experience
- Bilingualism (French and English, spoken and written) is required: Montfort is designated under the French Language Services Act and serves patients in both official languages
""",
        "name": "Kathleen Murray",
        "label": "Registered Nurse, IBCLC",
        "summary": "Perinatal registered nurse and board-certified lactation consultant with eight years on postpartum and NICU units.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Registered Nurse - Lactation Resource, Mother-Baby Unit", "Queensway Carleton Hospital", "2020-09", "", [
                "Assess feeding for 10-15 dyads per shift and write feeding plans shared with the care team",
                "Teach the monthly prenatal breastfeeding class",
            ]),
            ("Registered Nurse, Neonatal Intensive Care", "Children's Hospital of Eastern Ontario", "2018-01", "2020-08", [
                "Cared for preterm and sick newborns, supporting expressed milk feeding and kangaroo care",
            ]),
        ],
        "skills": {"Clinical": ["Lactation assessment", "NICU feeding support", "Prenatal education", "Baby-Friendly Initiative"]},
        "certs": [
            ("Registered Nurse, College of Nurses of Ontario", "CNO", "2017-12"),
            ("International Board Certified Lactation Consultant", "IBLCE", "2021-04"),
        ],
        "edu": [("Bachelor of Science in Nursing", "Nursing", "University of Ottawa", "2017")],
        "langs": [("English", "Native"), ("French", "Fluent - spoken and written")],
        "unq": {
            "langs": [("English", "Native")],
        },
        "decisive": ("bilingual French and English", ["French", "bilingual", "bilingualism"], "language"),
    },
    {
        "id": "health_visitor-fresh13-1",
        "occ": "health_visitor",
        "title": "Health Visitor Team Leader - Band 7",
        "company": "Leeds Community Healthcare NHS Trust",
        "location": "Leeds, England",
        "posting": """
Band 7 | Permanent | 37.5 hours | Leeds 0-19 Public Health Integrated Nursing Service

Job summary
We are looking for an experienced health visitor to lead a skill-mixed team delivering the Healthy Child Programme across two wards in east Leeds. You will hold a small caseload, supervise safeguarding decisions, allocate work and support students on placement.

Person specification
Essential
- NMC registered nurse or midwife with Specialist Community Public Health Nursing (Health Visiting) on part 3 of the register
- Minimum of 3 years' post-qualification experience as a health visitor
- Community practitioner prescriber (V100/V150)
- Evidence of safeguarding children practice at level 3
Desirable
- Practice assessor / practice supervisor training
- Leadership course or qualification
""",
        "name": "Hannah Whitfield",
        "label": "Specialist Community Public Health Nurse (Health Visiting)",
        "summary": "SCPHN health visitor with five years in deprived inner-city areas, safeguarding lead for a Best Start locality team.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Health Visitor, Best Start Locality Team", "Bradford District Care NHS Foundation Trust", "2024-01", "", [
                "Hold a caseload of 280 families, including 25 on child protection or child in need plans",
                "Act as safeguarding champion for the locality, supporting colleagues before strategy meetings",
                "Practice supervisor for SCPHN students",
            ]),
            ("Health Visitor, 0-19 Service", "Locala Health and Wellbeing", "2021-09", "2023-12", [
                "Delivered mandated contacts under the Healthy Child Programme, from antenatal to 2.5 year reviews",
                "Ran a weekly infant feeding drop-in",
            ]),
            ("Staff Nurse, Children's Ward", "Leeds Teaching Hospitals NHS Trust", "2015-09", "2020-08", [
                "Cared for children with respiratory and surgical conditions",
            ]),
        ],
        "skills": {"Practice": ["Healthy Child Programme", "Safeguarding children (level 3)", "Community prescribing", "Perinatal mental health screening"]},
        "certs": [
            ("NMC registration: Registered Nurse (Child) and SCPHN - Health Visiting", "Nursing and Midwifery Council", "2021-09"),
            ("Community Practitioner Nurse Prescriber (V100)", "Nursing and Midwifery Council", "2021-09"),
        ],
        "edu": [
            ("Postgraduate Diploma", "Specialist Community Public Health Nursing - Health Visiting", "Leeds Beckett University", "2021"),
            ("BSc (Hons)", "Children's Nursing", "University of Leeds", "2015"),
        ],
        "unq": {
            "summary": "SCPHN health visitor with two years in deprived inner-city areas after eight years as a children's nurse.",
            "work": [
                ("Health Visitor, Best Start Locality Team", "Bradford District Care NHS Foundation Trust", "2024-12", "", [
                    "Hold a caseload of 280 families, including 25 on child protection or child in need plans",
                    "Act as safeguarding champion for the locality, supporting colleagues before strategy meetings",
                    "Practice supervisor for SCPHN students",
                ]),
                ("Staff Nurse, Children's Ward", "Leeds Teaching Hospitals NHS Trust", "2015-09", "2023-08", [
                    "Cared for children with respiratory and surgical conditions",
                ]),
            ],
            "certs": [
                ("NMC registration: Registered Nurse (Child) and SCPHN - Health Visiting", "Nursing and Midwifery Council", "2024-10"),
                ("Community Practitioner Nurse Prescriber (V100)", "Nursing and Midwifery Council", "2024-10"),
            ],
            "edu": [
                ("Postgraduate Diploma", "Specialist Community Public Health Nursing - Health Visiting", "Leeds Beckett University", "2024"),
                ("BSc (Hons)", "Children's Nursing", "University of Leeds", "2015"),
            ],
        },
        "decisive": ("3 years' post-qualification experience as a health visitor", ["years", "yrs"], "years"),
    },
    {
        "id": "health_visitor-fresh13-2",
        "occ": "health_visitor",
        "title": "Health Visitor - Welsh Speaker Essential",
        "company": "Betsi Cadwaladr University Health Board",
        "location": "Caernarfon, Gwynedd, Wales",
        "posting": """
HEALTH VISITOR | BAND 6 | 37.5 HRS | GWYNEDD HEALTH VISITING SERVICE (ARFON)

JOB OVERVIEW
The Arfon team delivers the Healthy Child Wales Programme to families in Caernarfon and the surrounding villages, where most families use Welsh at home. The post holder will carry a caseload, complete universal and enhanced contacts, and work closely with Flying Start, GP practices and social services.

ESSENTIAL
- Registered with the NMC as a Specialist Community Public Health Nurse (Health Visitor)
- Able to work independently across a rural area; full driving licence and access to a vehicle
- Welsh language skills are essential for this post: you must be able to hold clinical conversations and write records in Welsh (level 4 - fluent)

DESIRABLE
- V100 prescribing
- Experience of the Healthy Child Wales Programme
""",
        "name": "Eleri Pritchard",
        "label": "Health Visitor (SCPHN)",
        "summary": "Health visitor with four years of rural community practice in north Wales and a background in midwifery.",
        "where": ("Bangor", "Gwynedd"),
        "country": "GB",
        "work": [
            ("Health Visitor", "Betsi Cadwaladr University Health Board - Anglesey team", "2022-10", "", [
                "Deliver Healthy Child Wales Programme contacts to a caseload of 240 families across rural Anglesey",
                "Hold enhanced caseload families with social services and Flying Start",
                "Provide antenatal contacts jointly with community midwives",
            ]),
            ("Community Midwife", "Hywel Dda University Health Board", "2017-08", "2021-08", [
                "Provided antenatal, home birth and postnatal care in rural Ceredigion",
            ]),
        ],
        "skills": {"Practice": ["Healthy Child Wales Programme", "Safeguarding", "Home visiting", "Community prescribing (V100)"]},
        "certs": [
            ("NMC registration: Registered Midwife; Specialist Community Public Health Nurse - Health Visiting", "Nursing and Midwifery Council", "2022-09"),
            ("Full UK driving licence, own car", "DVLA", ""),
        ],
        "edu": [
            ("MSc", "Specialist Community Public Health Nursing (Health Visiting)", "Bangor University", "2022"),
            ("BMid", "Midwifery", "Swansea University", "2017"),
        ],
        "langs": [("Welsh (Cymraeg)", "Native - clinical and written"), ("English", "Fluent")],
        "unq": {
            "langs": [("English", "Native")],
        },
        "decisive": ("Welsh language skills (level 4, fluent)", ["Welsh"], "language"),
    },
    {
        "id": "clinical_embryologist-fresh13-1",
        "occ": "clinical_embryologist",
        "title": "Laboratory Director / Senior Embryologist",
        "company": "Sims IVF",
        "location": "Dublin, Ireland",
        "posting": """
Sims IVF is recruiting a Laboratory Director to lead our embryology and andrology laboratories in Clonskeagh.

The Laboratory Director carries responsibility for all IVF laboratory procedures, the laboratory quality management system and compliance with the EU Tissues and Cells Directives as inspected by the HPRA. The role leads a team of eleven embryologists and andrologists, sets training and competency programmes, and works with the medical director on new services.

You will need:
- An MSc or PhD in a life science
- ESHRE Senior Clinical Embryologist certification
- A minimum of eight years' hands-on clinical embryology, including ICSI, vitrification, time-lapse culture and trophectoderm biopsy
- Experience of leading or deputising for a laboratory and of regulatory inspection

Competitive salary, pension and relocation support.
""",
        "name": "Tomás Brennan",
        "label": "Senior Embryologist",
        "summary": "Embryologist with eleven years in IVF laboratories in Ireland and Spain, deputy laboratory lead for the last four.",
        "where": ("Cork", ""),
        "country": "IE",
        "work": [
            ("Deputy Laboratory Manager, Embryology", "Waterstone Clinic", "2022-05", "", [
                "Deputise for the laboratory manager, including at HPRA inspections in 2023 and 2025",
                "Perform ICSI, vitrification/warming and trophectoderm biopsy for PGT-A cycles",
                "Own the laboratory KPI dashboard and the competency scheme for five embryologists",
            ]),
            ("Clinical Embryologist", "IVI Valencia", "2015-09", "2022-04", [
                "Worked the full range of IVF laboratory procedures in a 4,000-cycle-a-year centre",
                "Introduced time-lapse annotation protocols on EmbryoScope",
            ]),
        ],
        "skills": {"Laboratory": ["ICSI", "Vitrification", "Trophectoderm biopsy", "Time-lapse culture", "Andrology", "Quality management (ISO 15189)"]},
        "certs": [("ESHRE Senior Clinical Embryologist", "European Society of Human Reproduction and Embryology", "2022-06")],
        "edu": [
            ("MSc", "Clinical Embryology", "University of Leeds", "2015"),
            ("BSc", "Genetics", "University College Cork", "2014"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "certs": [("ESHRE Clinical Embryologist (basic level)", "European Society of Human Reproduction and Embryology", "2019-06")],
        },
        "decisive": ("ESHRE Senior Clinical Embryologist certification", ["Senior Clinical Embryologist"], "credential level"),
    },
    {
        "id": "clinical_embryologist-fresh13-2",
        "occ": "clinical_embryologist",
        "title": "Embryologist (ICSI) - Bengaluru",
        "company": "Nova IVF Fertility",
        "location": "Bengaluru, Karnataka, India",
        "posting": """
Urgent opening with a leading fertility chain - Embryologist for our Koramangala centre.

Job description:
- Independently perform OPU search, ICSI, embryo grading, vitrification/thawing and embryo transfer loading
- Semen analysis and sperm preparation
- Maintain lab records and witnessing as per ICMR/ART Act guidelines

Eligibility:
- Qualification: M.Sc. in Clinical Embryology / Reproductive Biology or a related life science (postgraduate degree mandatory)
- Experience: 2-5 yrs of independent ICSI
- Languages: English and Kannada/Hindi

CTC as per industry standards. Interested candidates share CV with current and expected CTC.
""",
        "name": "Pooja Raghavan",
        "label": "Clinical Embryologist",
        "summary": "Embryologist with four years of independent ICSI and vitrification in high-volume IVF centres in Chennai and Bengaluru.",
        "where": ("Bengaluru", "Karnataka"),
        "country": "IN",
        "work": [
            ("Embryologist", "Milann Fertility Centre", "2023-01", "", [
                "Perform 40-50 ICSI procedures a month independently, with fertilisation rates above the centre KPI",
                "Vitrify and warm oocytes and blastocysts using Cryotop",
                "Keep witnessing and lab records to ART Act requirements",
            ]),
            ("Junior Embryologist", "GG Hospital", "2021-06", "2022-12", [
                "Performed semen analysis, IUI preparation and OPU searching; began supervised ICSI",
            ]),
        ],
        "skills": {"Laboratory": ["ICSI", "Vitrification", "Embryo grading", "Semen analysis", "Embryo transfer loading"]},
        "edu": [
            ("M.Sc.", "Clinical Embryology", "Manipal Academy of Higher Education", "2021"),
            ("B.Sc.", "Biotechnology", "University of Madras", "2019"),
        ],
        "langs": [("English", "Fluent"), ("Tamil", "Native"), ("Kannada", "Conversational"), ("Hindi", "Fluent")],
        "unq": {
            "edu": [
                ("B.Sc.", "Biotechnology", "University of Madras", "2019"),
                ("Certificate course", "ART laboratory techniques (6 months)", "Institute of Reproductive Medicine, Chennai", "2021"),
            ],
        },
        "decisive": ("M.Sc. in Clinical Embryology or related life science (postgraduate degree)", ["M.Sc", "M.Sc.", "MSc", "postgraduate", "master", "master's"], "degree level"),
    },
    {
        "id": "orthopaedic_technologist-fresh13-1",
        "occ": "orthopaedic_technologist",
        "title": "Orthopedic Technologist - Cast Room",
        "company": "OrthoCarolina",
        "location": "Charlotte, NC",
        "posting": """
OrthoCarolina is hiring a full-time Orthopedic Technologist for our Ballantyne clinic cast room.

Responsibilities: apply, adjust and remove casts and splints as ordered by the provider; fit braces, slings, walking boots and crutches and instruct patients in their use; assist physicians with closed reductions, injections and suture/staple removal; maintain cast room supplies and infection control.

Qualifications
* High school diploma or equivalent
* Orthopaedic Technologist - Certified (OTC) credential from the National Board for Certification of Orthopaedic Technologists (NBCOT) required
* One year of casting and splinting experience in an orthopaedic clinic, urgent care, ED or military setting
* Current BLS (American Heart Association)

Monday-Friday, no weekends. Must be able to stand for long periods.
""",
        "name": "Jasmine Whitaker",
        "label": "Certified Orthopedic Technologist",
        "summary": "Orthopedic technologist with five years of civilian casting, splinting and bracing after Army service as an orthopedic specialist.",
        "where": ("Rock Hill", "SC"),
        "work": [
            ("Orthopedic Technologist", "Atrium Health Carolinas Medical Center", "2021-06", "", [
                "Apply and remove fiberglass and plaster casts and splints for fracture clinic patients",
                "Fit braces, walking boots and crutches and teach patients safe use",
                "Assist orthopedic surgeons with closed reductions and pin care",
            ]),
            ("Orthopedic Specialist (68B)", "U.S. Army, Womack Army Medical Center", "2016-07", "2021-05", [
                "Casting, splinting and traction setup for soldiers and family members in the orthopedic clinic",
            ]),
        ],
        "skills": {"Orthopedics": ["Casting and splinting", "Brace fitting", "Closed reduction assist", "DME instruction", "Infection control"]},
        "certs": [
            ("Orthopaedic Technologist - Certified (OTC)", "National Board for Certification of Orthopaedic Technologists", "2019-10"),
            ("Basic Life Support (BLS) Provider", "American Heart Association", "2026-01"),
        ],
        "edu": [("High School Diploma", "", "Northwestern High School, Rock Hill", "2016")],
        "unq": {
            "label": "Orthopedic Technician",
            "certs": [("Basic Life Support (BLS) Provider", "American Heart Association", "2026-01")],
        },
        "decisive": ("NBCOT Orthopaedic Technologist - Certified (OTC)", ["OTC", "NBCOT", "Orthopaedic Technologist - Certified", "National Board for Certification of Orthopaedic Technologists"], "certificate"),
    },
    {
        "id": "orthopaedic_technologist-fresh13-2",
        "occ": "orthopaedic_technologist",
        "title": "Orthopaedic Technician - Plaster Room",
        "company": "Health New Zealand | Te Whatu Ora - Waitaha Canterbury",
        "location": "Christchurch, New Zealand",
        "posting": """
Orthopaedic Technician | Fracture Clinic and Plaster Room, Christchurch Hospital | Permanent, full time (80 hours per fortnight)

Mō te tūranga | About the role
You will apply and remove casts, splints and orthoses for adults and children referred from the Emergency Department, fracture clinics and the wards, and support the orthopaedic team with traction and wound checks.

Mōu | About you
- Minimum 2 years' experience as an orthopaedic or plaster technician applying and removing casts
- Confident with synthetic and plaster of Paris casting, including paediatric patients
- Good communicator who can settle anxious patients and whānau
- Eligible to work in New Zealand

Salary within the Allied, Public Health, Scientific and Technical MECA scale.
""",
        "name": "Grace Tuilagi",
        "label": "Orthopaedic Technician",
        "summary": "Orthopaedic technician with nearly four years in a busy fracture clinic plaster room, after three years as a healthcare assistant on an orthopaedic ward. New Zealand citizen.",
        "where": ("Auckland", ""),
        "country": "NZ",
        "work": [
            ("Orthopaedic Technician, Plaster Room", "Te Whatu Ora - Counties Manukau (Middlemore Hospital)", "2023-03", "", [
                "Apply and remove synthetic and plaster of Paris casts and splints for adult and paediatric fracture patients",
                "Fit off-the-shelf orthoses and moon boots and explain care to patients and families",
                "Set up skin traction on the orthopaedic wards",
            ]),
            ("Healthcare Assistant, Orthopaedic Ward", "Te Whatu Ora - Counties Manukau (Middlemore Hospital)", "2020-01", "2023-02", [
                "Personal cares, mobilisation and observations for post-operative orthopaedic patients",
            ]),
        ],
        "skills": {"Orthopaedics": ["Plaster of Paris casting", "Synthetic casting", "Paediatric casting", "Orthosis fitting", "Skin traction"]},
        "edu": [("New Zealand Certificate in Health and Wellbeing (Level 3)", "Health Assistance", "Careerforce", "2020")],
        "langs": [("English", "Native"), ("Samoan", "Fluent")],
        "unq": {
            "summary": "Orthopaedic technician with just over a year in a busy fracture clinic plaster room, after several years as a healthcare assistant on an orthopaedic ward. New Zealand citizen.",
            "work": [
                ("Orthopaedic Technician, Plaster Room", "Te Whatu Ora - Counties Manukau (Middlemore Hospital)", "2025-10", "", [
                    "Apply and remove synthetic and plaster of Paris casts and splints for adult and paediatric fracture patients",
                    "Fit off-the-shelf orthoses and moon boots and explain care to patients and families",
                    "Set up skin traction on the orthopaedic wards",
                ]),
                ("Healthcare Assistant, Orthopaedic Ward", "Te Whatu Ora - Counties Manukau (Middlemore Hospital)", "2020-01", "2025-09", [
                    "Personal cares, mobilisation and observations for post-operative orthopaedic patients",
                ]),
            ],
        },
        "decisive": ("minimum 2 years as an orthopaedic or plaster technician", ["years", "yrs"], "years"),
    },
]
# fmt: on
