"""Fresh12 half, health: anaesthetist, cardiac_physiologist, anatomical_pathology_technologist, remote_area_nurse."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "anaesthetist-fresh12-1",
        "occ": "anaesthetist",
        "title": "Consultant Anaesthesiologist (Permanent, Whole-Time)",
        "company": "University Hospital Shannonside",
        "location": "Limerick, Ireland",
        "posting": """
Consultant Anaesthesiologist - Permanent Whole-Time (37 hours)
Post reference: UHS-CA-2026-14 | Approved by the Consultant Applications Advisory Committee

The Department of Anaesthesiology, Critical Care and Pain Medicine at University Hospital Shannonside provides anaesthesia for general, orthopaedic, vascular, obstetric and day surgery across 14 theatres. This post has a special interest in regional anaesthesia for trauma and orthopaedics, with sessions in the pre-assessment clinic.

Eligibility criteria (the successful candidate must on the closing date):
1. Be registered on the Specialist Division of the Register of Medical Practitioners maintained by the Medical Council of Ireland, in the specialty of Anaesthesiology. Applicants not yet on the specialist register at closing date will not be shortlisted.
2. Hold a fellowship of the College of Anaesthesiologists of Ireland (FCAI) or an equivalent postgraduate qualification.
3. Have completed a minimum of 12 months' subspecialty fellowship training in regional anaesthesia.
4. Demonstrate evidence of audit, teaching and clinical governance activity.

Consultant Contract 2023, Type B. Salary in line with HSE consolidated scales. The HSE is an equal opportunities employer. Garda vetting applies.
""",
        "name": "Dr. Aoife Brennan",
        "label": "Consultant Anaesthetist",
        "summary": "Irish-trained anaesthetist on the Medical Council's specialist register for anaesthesiology since 2025; fellowship-trained in ultrasound-guided regional blocks for orthopaedic and trauma surgery.",
        "where": ("Limerick", "Co. Limerick"),
        "country": "IE",
        "work": [
            ("Locum Consultant Anaesthetist", "Galway Regional Hospitals", "2025-08", "", [
                "Run orthopaedic and trauma lists with peripheral nerve block catheters for hip fracture patients",
                "Lead the pre-assessment clinic two sessions a week; chair the departmental audit meeting",
            ]),
            ("Regional Anaesthesia Fellow", "Toronto Western Hospital", "2024-07", "2025-07", [
                "One-year clinical fellowship in ultrasound-guided regional anaesthesia and acute pain",
            ]),
            ("Specialist Registrar in Anaesthesiology", "CAI National Training Programme", "2019-07", "2024-06", [
                "Rotations in obstetric, paediatric, cardiothoracic and intensive care anaesthesia",
                "Taught final-year medical students airway skills; published audit on PONV prophylaxis",
            ]),
        ],
        "skills": {"Clinical": ["Regional anaesthesia", "Ultrasound-guided nerve blocks", "Obstetric anaesthesia", "Airway management"], "Governance": ["Clinical audit", "Teaching", "Morbidity and mortality review"]},
        "certs": [
            ("Specialist registration - Anaesthesiology", "Medical Council of Ireland", "2025-07"),
            ("Certificate of Satisfactory Completion of Specialist Training (CSCST)", "College of Anaesthesiologists of Ireland", "2024-06"),
            ("Fellowship (FCAI)", "College of Anaesthesiologists of Ireland", "2021-05"),
        ],
        "edu": [("MB BCh BAO", "Medicine", "University College Cork", "2016")],
        "unq": {
            "summary": "Irish-trained anaesthetist registered in the General Division of the Medical Council (CSCST awarded 2024); fellowship-trained in ultrasound-guided regional blocks for orthopaedic and trauma surgery.",
            "certs": [
                ("General Division registration", "Medical Council of Ireland", "2025-07"),
                ("Certificate of Satisfactory Completion of Specialist Training (CSCST)", "College of Anaesthesiologists of Ireland", "2024-06"),
                ("Fellowship (FCAI)", "College of Anaesthesiologists of Ireland", "2021-05"),
            ],
        },
        "decisive": ("Registered on the Specialist Division of the Register of Medical Practitioners in Anaesthesiology", ["Specialist Division", "specialist register"], "licence level"),
    },
    {
        "id": "anaesthetist-fresh12-2",
        "occ": "anaesthetist",
        "title": "Specialty Doctor in Anaesthesia",
        "company": "Bro Taf Valleys University Health Board",
        "location": "Merthyr Tydfil, Wales",
        "posting": """
We are looking for an enthusiastic Specialty Doctor to join our friendly anaesthetic department at the Prince Gwilym Hospital. The post is 10 PAs with a 1:8 non-resident on-call commitment covering emergency theatre and obstetrics.

You will have a named educational supervisor, SPA time for CPD and appraisal, and support towards the CESR/portfolio pathway if you wish.

PERSON SPECIFICATION
Essential
* Full registration with the General Medical Council and a current licence to practise
* Minimum of four years' full-time postgraduate training (or equivalent), at least two of which in anaesthesia
* Primary FRCA or equivalent
* Competence in obstetric anaesthesia and independent management of ASA 1-3 patients
* Current ALS certificate
Desirable
* Final FRCA / FCAI
* Experience of regional anaesthesia
* Ability to speak Welsh (not required)

We welcome applications from overseas doctors; sponsorship under the Health and Care Worker visa may be available. NHS Wales terms and conditions for Specialty Doctors (2021 contract).
""",
        "name": "Dr. Cillian O'Dwyer",
        "label": "Anaesthesia Registrar",
        "summary": "Anaesthetist with eight years of postgraduate hospital practice, five of them in anaesthesia; FCAI fellow, independent on obstetric and emergency lists; holds full UK registration with a licence to practise alongside Irish registration.",
        "where": ("Waterford", "Co. Waterford"),
        "country": "IE",
        "work": [
            ("Registrar in Anaesthesia (non-training)", "University Hospital Waterford", "2021-07", "", [
                "Resident on-call for labour ward epidurals, category 1 caesarean sections and emergency laparotomies",
                "Independently anaesthetise ASA 1-3 patients on general, urology and orthopaedic lists; perform femoral and popliteal blocks",
            ]),
            ("Senior House Officer, Anaesthesia", "Cork University Hospital", "2020-07", "2021-06", [
                "Basic specialist training in anaesthesia and intensive care",
            ]),
            ("SHO, Emergency Medicine and General Medicine", "Mercy University Hospital", "2018-07", "2020-06", [
                "Two years of emergency and acute medical posts",
            ]),
        ],
        "skills": {"Anaesthesia": ["Obstetric anaesthesia", "Emergency theatre", "Peripheral nerve blocks", "Difficult airway"], "Other": ["Teaching", "Audit"]},
        "certs": [
            ("Full registration with licence to practise", "General Medical Council (UK)", "2026-03"),
            ("General Division registration", "Medical Council of Ireland", "2018-07"),
            ("FCAI Fellowship (Primary and Final)", "College of Anaesthesiologists of Ireland", "2024-11"),
            ("Advanced Life Support (ALS)", "Resuscitation Council UK", "2025-02"),
        ],
        "edu": [("MB BCh BAO", "Medicine", "University College Cork", "2017")],
        "unq": {
            "summary": "Anaesthetist with eight years of postgraduate hospital practice, five of them in anaesthesia; FCAI fellow, independent on obstetric and emergency lists; registered with the Irish Medical Council.",
            "certs": [
                ("General Division registration", "Medical Council of Ireland", "2018-07"),
                ("FCAI Fellowship (Primary and Final)", "College of Anaesthesiologists of Ireland", "2024-11"),
                ("Advanced Life Support (ALS)", "Resuscitation Council UK", "2025-02"),
            ],
        },
        "decisive": ("Full registration with the General Medical Council and a current licence to practise", ["General Medical Council", "GMC"], "jurisdiction"),
    },
    {
        "id": "cardiac_physiologist-fresh12-1",
        "occ": "cardiac_physiologist",
        "title": "Cardiac Physiologist - Echocardiography (Band 6)",
        "company": "North Pennine Hospitals NHS Foundation Trust",
        "location": "Carlisle, England",
        "posting": """
Band 6 | £37,338 - £44,962 per annum pro rata | Permanent, 37.5 hours

Our Cardiorespiratory Department performs around 9,000 echocardiograms a year across two sites and runs a busy outpatient, inpatient and one-stop heart failure service. We are looking for an echocardiographer who can scan and report independently.

Main duties
- Perform and report adult transthoracic echocardiograms independently, including bubble studies and contrast where indicated
- Support stress echo lists and TOE lists
- Supervise and mentor Band 4/5 trainees working towards accreditation
- Take part in the on-call rota for emergency echo (weekends)

Person specification
Qualifications - essential: BSc in Healthcare Science (Cardiac Physiology) or equivalent; British Society of Echocardiography (BSE) accreditation in adult TTE; registration with the RCCP or the AHCS.
Experience - essential: independent scanning and reporting of a full range of adult pathology.
Desirable: experience with Philips EPIQ/IntelliSpace; previous training role.

NHS pension, 27 days' annual leave rising with service, cycle-to-work and on-site parking. We are a Disability Confident employer and welcome applications from all sections of the community.
""",
        "name": "Harriet Mwale",
        "label": "Senior Cardiac Physiologist",
        "summary": "Healthcare scientist with seven years in cardiac physiology; BSE-accredited for adult transthoracic echo, scans and reports independently including contrast and agitated-saline studies; trainer for junior echocardiographers.",
        "where": ("Penrith", "Cumbria"),
        "country": "GB",
        "work": [
            ("Senior Cardiac Physiologist (Echo)", "Royal Lancaster Infirmary", "2022-04", "", [
                "Independently scan and report full adult echo studies, including contrast and agitated-saline (bubble) studies",
                "Assist on dobutamine stress echo and TOE lists; supervise two trainee practitioners through their logbooks",
                "Weekend emergency echo on-call",
            ]),
            ("Cardiac Physiologist", "Furness General Hospital", "2019-09", "2022-03", [
                "ECG, ambulatory monitoring, exercise tolerance testing and supervised echocardiography",
            ]),
        ],
        "skills": {"Imaging": ["Echocardiography", "Contrast echo", "Stress echo", "Philips EPIQ", "IntelliSpace Cardiovascular"], "Cardiac physiology": ["ECG", "Holter monitoring", "Exercise tolerance testing"]},
        "certs": [
            ("Accreditation in Adult Transthoracic Echocardiography", "British Society of Echocardiography", "2022-02"),
            ("Registered Healthcare Science Practitioner", "Academy for Healthcare Science", "2019-08"),
        ],
        "edu": [("BSc (Hons)", "Healthcare Science (Cardiovascular, Respiratory and Sleep Science)", "Manchester Metropolitan University", "2019")],
        "unq": {
            "summary": "Healthcare scientist with seven years in cardiac physiology; holds BSE Level 1 (focused echo) accreditation only, scans and reports adult echo studies including contrast and agitated-saline studies; trainer for junior echocardiographers.",
            "certs": [
                ("Level 1 Accreditation (focused echocardiography)", "British Society of Echocardiography", "2022-02"),
                ("Registered Healthcare Science Practitioner", "Academy for Healthcare Science", "2019-08"),
            ],
        },
        "decisive": ("British Society of Echocardiography (BSE) accreditation in adult TTE", ["TTE", "transthoracic"], "credential level"),
    },
    {
        "id": "cardiac_physiologist-fresh12-2",
        "occ": "cardiac_physiologist",
        "title": "Principal Cardiac Physiologist - Cardiac Rhythm Management (Band 7)",
        "company": "NHS Forth Valley and Fife Cardiac Network",
        "location": "Dunfermline, Scotland",
        "posting": """
Principal Cardiac Physiologist, Cardiac Rhythm Management
Band 7, £45,000 - £52,000 (Agenda for Change, NHS Scotland pay) | 37 hours | Permanent

About the role
You will lead the device follow-up service for pacemakers, ICDs and CRT devices, provide physiologist support in the implant lab and at EP studies, and run the remote monitoring clinic. You will line-manage Band 5 and 6 physiologists and contribute to service development.

About you
- An MSc in Clinical Science (Cardiac Sciences) through the Scientist Training Programme, or another master's-level qualification in cardiac physiology
- Registration with the HCPC as a Clinical Scientist, or with the AHCS / RCCP
- IBHRE or BHRS certification in cardiac rhythm management devices
- Substantial experience of independent device follow-up, including complex CRT and ICD troubleshooting
- Experience with Medtronic, Boston Scientific and Abbott programmers and remote monitoring platforms

We offer flexible working, NHS Scotland pension, relocation expenses for eligible candidates, and a supportive team. NHS Scotland is committed to equality and diversity.
""",
        "name": "Callum Dunbar",
        "label": "Highly Specialist Cardiac Physiologist",
        "summary": "Cardiac rhythm management specialist with nine years in device clinics; IBHRE-certified device specialist, supports implants and EP studies, manages a team of physiologists; master's-trained clinical scientist.",
        "where": ("Kirkcaldy", "Fife"),
        "country": "GB",
        "work": [
            ("Highly Specialist Cardiac Physiologist (CRM)", "Royal Infirmary of Edinburgh", "2021-05", "", [
                "Independent follow-up of pacemakers, ICDs and CRT-D/CRT-P, including lead troubleshooting and arrhythmia analysis",
                "Physiologist in the implant lab and EP lab; run the remote monitoring (CareLink, LATITUDE, Merlin.net) clinic",
                "Line-manage four Band 5/6 physiologists and lead the device follow-up audit",
            ]),
            ("Cardiac Physiologist", "Ninewells Hospital, Dundee", "2017-09", "2021-04", [
                "Pacing clinic, ECG, ambulatory monitoring, exercise testing",
            ]),
        ],
        "skills": {"CRM": ["Pacemaker follow-up", "ICD", "CRT", "Remote monitoring", "EP studies"], "Programmers": ["Medtronic", "Boston Scientific", "Abbott"]},
        "certs": [
            ("Certified Cardiac Device Specialist (CCDS)", "IBHRE", "2020-10"),
            ("Registered Clinical Scientist", "Health and Care Professions Council", "2021-01"),
        ],
        "edu": [
            ("Master of Science", "Clinical Science (Cardiac Sciences), Scientist Training Programme", "University of Manchester", "2020"),
            ("BSc (Hons)", "Physiology", "University of Glasgow", "2017"),
        ],
        "unq": {
            "summary": "Cardiac rhythm management specialist with nine years in device clinics; IBHRE-certified device specialist, supports implants and EP studies, manages a team of physiologists; graduate healthcare science practitioner.",
            "certs": [
                ("Certified Cardiac Device Specialist (CCDS)", "IBHRE", "2020-10"),
                ("Registered Healthcare Science Practitioner", "Academy for Healthcare Science", "2021-01"),
            ],
            "edu": [
                ("BSc (Hons)", "Healthcare Science (Cardiac Physiology)", "Glasgow Caledonian University", "2017"),
            ],
        },
        "decisive": ("An MSc in Clinical Science (Cardiac Sciences) or another master's-level qualification", ["MSc", "master's", "master's-level"], "degree level"),
    },
    {
        "id": "anatomical_pathology_technologist-fresh12-1",
        "occ": "anatomical_pathology_technologist",
        "title": "Senior Anatomical Pathology Technologist",
        "company": "Severn and Wye Hospitals NHS Trust",
        "location": "Gloucester, England",
        "posting": """
Senior Anatomical Pathology Technologist | Band 5 | Mortuary Services | Full time, including on-call

The mortuary at Gloucester Royal Infirmary is licensed by the Human Tissue Authority under the post-mortem sector and provides services to the Trust and to HM Coroner for Gloucestershire. We carry out around 1,100 post-mortem examinations a year, including high-risk and forensic cases.

What you'll be doing: assisting pathologists at routine and high-risk PMs, evisceration and reconstruction, viewings for bereaved families, supervising trainee APTs, keeping HTA documentation and traceability records in order, and taking a share of the out-of-hours on-call rota.

What you'll need:
- RSPH Level 4 Diploma in Anatomical Pathology Technology (essential)
- Experience of high-risk post-mortems (Hazard Group 3)
- Good knowledge of HTA standards and the Coroners and Justice Act 2009
- Compassion and discretion when dealing with bereaved relatives
- Full UK driving licence (for on-call)

Benefits: NHS pension, on-call payments, 27 days' leave plus bank holidays, Employee Assistance Programme. Applicants must have the right to work in the UK.
""",
        "name": "Dean Whitfield",
        "label": "Anatomical Pathology Technologist",
        "summary": "Qualified APT with six years in HTA-licensed hospital mortuaries; diploma-level RSPH qualification; experienced with high-risk and forensic post-mortems and with supporting bereaved families.",
        "where": ("Cheltenham", "Gloucestershire"),
        "country": "GB",
        "work": [
            ("Anatomical Pathology Technologist", "Worcestershire Royal Hospital", "2022-01", "", [
                "Assist consultant pathologists at routine, high-risk (HG3) and forensic post-mortem examinations",
                "Evisceration, reconstruction and preparation of the deceased for viewing",
                "Maintain HTA traceability records and mentor trainee APTs",
            ]),
            ("Trainee Anatomical Pathology Technologist", "Great Western Hospital, Swindon", "2020-03", "2021-12", [
                "Assisted at post-mortems and arranged family viewings under supervision",
            ]),
        ],
        "skills": {"Mortuary": ["Post-mortem assistance", "High-risk PM", "Evisceration", "Reconstruction", "HTA compliance", "Coronial procedures"], "Other": ["Bereavement support", "Full UK driving licence"]},
        "certs": [
            ("Diploma in Anatomical Pathology Technology (Level 4)", "Royal Society for Public Health", "2023-06"),
            ("Certificate in Anatomical Pathology Technology (Level 3)", "Royal Society for Public Health", "2021-09"),
        ],
        "edu": [("A Levels", "Biology, Chemistry, Psychology", "Cheltenham Bournside School", "2019")],
        "unq": {
            "summary": "Qualified APT with six years in HTA-licensed hospital mortuaries; certificate-level RSPH qualification; experienced with high-risk and forensic post-mortems and with supporting bereaved families.",
            "certs": [
                ("Certificate in Anatomical Pathology Technology (Level 3)", "Royal Society for Public Health", "2021-09"),
            ],
        },
        "decisive": ("RSPH Level 4 Diploma in Anatomical Pathology Technology", ["Level 4", "Level 4 Diploma"], "credential level"),
    },
    {
        "id": "anatomical_pathology_technologist-fresh12-2",
        "occ": "anatomical_pathology_technologist",
        "title": "Senior Mortuary Technician",
        "company": "Midlands Regional Hospital Group",
        "location": "Tullamore, Co. Offaly, Ireland",
        "posting": """
Senior Mortuary Technician (Anatomical Pathology)
Permanent whole-time | Grade code 3069 | Salary per HSE scale

The Department of Histopathology operates the regional hospital mortuary serving the Midlands and the Coroner districts of Offaly, Laois and Westmeath.

Candidates must have:
(a) The RSPH Level 3 Certificate in Anatomical Pathology Technology, or an equivalent qualification; AND
(b) Not less than three years' experience as a mortuary/anatomical pathology technician in a hospital or coroner's mortuary since qualifying; AND
(c) The requisite knowledge and ability (including a high standard of suitability and management ability) for the proper discharge of the duties of the office.

The role involves supervising mortuary staff, liaising with An Garda Síochána, funeral directors and the Coroner's office, infection control, and audit against the HSE mortuary standards. The post carries an on-call commitment.

Candidates must be fluent in English. Garda vetting required. The HSE is committed to a policy of equal opportunity.
""",
        "name": "Siobhán Kearney",
        "label": "Mortuary Technician",
        "summary": "Anatomical pathology technician qualified through the RSPH in 2021, with hospital and coroner mortuary experience across the Irish midlands and Dublin; supervises students and agency staff.",
        "where": ("Athlone", "Co. Westmeath"),
        "country": "IE",
        "work": [
            ("Mortuary Technician", "Dublin District Coroner's Mortuary (Whitehall)", "2023-11", "", [
                "Assist state and consultant pathologists at coronial and forensic post-mortems",
                "Liaise with Gardaí, funeral directors and families; keep chain-of-custody records",
            ]),
            ("Anatomical Pathology Technician", "Regional Hospital Mullingar", "2021-06", "2023-10", [
                "Post-mortem assistance, body release and viewing arrangements; infection-control audits",
            ]),
        ],
        "skills": {"Mortuary": ["Coronial post-mortems", "Forensic PM assistance", "Chain of custody", "Infection control", "Mortuary audit"], "People": ["Supervising staff", "Family liaison"]},
        "certs": [("Level 3 Certificate in Anatomical Pathology Technology", "Royal Society for Public Health", "2021-05")],
        "edu": [("BSc", "Biomedical Science", "Athlone Institute of Technology", "2020")],
        "langs": [("English", "Native"), ("Irish", "Intermediate")],
        "unq": {
            "summary": "Anatomical pathology technician qualified through the RSPH in 2024, with hospital and coroner mortuary experience across the Irish midlands and Dublin; supervises students and agency staff.",
            "work": [
                ("Mortuary Technician", "Dublin District Coroner's Mortuary (Whitehall)", "2025-06", "", [
                    "Assist state and consultant pathologists at coronial and forensic post-mortems",
                    "Liaise with Gardaí, funeral directors and families; keep chain-of-custody records",
                ]),
                ("Anatomical Pathology Technician", "Regional Hospital Mullingar", "2024-10", "2025-05", [
                    "Post-mortem assistance, body release and viewing arrangements; infection-control audits",
                ]),
                ("Healthcare Assistant", "Regional Hospital Mullingar", "2020-09", "2024-09", [
                    "Ward-based personal care and patient transfers",
                ]),
            ],
            "certs": [("Level 3 Certificate in Anatomical Pathology Technology", "Royal Society for Public Health", "2024-09")],
        },
        "decisive": ("Not less than three years' experience as a mortuary/anatomical pathology technician since qualifying", ["years", "yrs"], "years"),
    },
    {
        "id": "remote_area_nurse-fresh12-1",
        "occ": "remote_area_nurse",
        "title": "Rural and Isolated Practice Registered Nurse - Primary Health Care Centre",
        "company": "Gulf Country Primary Health Service",
        "location": "Burketown, QLD, Australia",
        "posting": """
Rural and Isolated Practice Registered Nurse (RIPRN) - Nurse Grade 6
Permanent full time | Remote Area Incentive Scheme, district allowance and subsidised housing

You will be part of a three-nurse team at a remote primary health care centre where the nearest doctor is a telehealth call or a Royal Flying Doctor Service clinic away. You'll manage emergency presentations, chronic disease, child health, immunisation and after-hours on-call, and coordinate retrievals.

Mandatory requirements
- Registered Nurse with current general registration with the Nursing and Midwifery Board of Australia (AHPRA)
- Endorsement for scheduled medicines - registered nurses (rural and isolated practice), or completion of the approved RIPRN education pathway with endorsement granted before commencement
- Manual driver licence (Queensland C class or equivalent); 4WD experience highly regarded

Highly desirable
- CRANAplus Remote Emergency Care (REC) and Maternity Emergency Care (MEC)
- Experience working with Aboriginal and Torres Strait Islander communities

Aboriginal and Torres Strait Islander people are strongly encouraged to apply.
""",
        "name": "Bridget Okafor",
        "label": "Remote Area Nurse",
        "summary": "Registered nurse with eight years in emergency and remote primary health care; holds the NMBA scheduled-medicines endorsement for rural and isolated practice; CRANAplus REC and MEC.",
        "where": ("Mount Isa", "QLD"),
        "country": "AU",
        "work": [
            ("Registered Nurse - Primary Health Care", "Doomadgee Community Health Centre", "2022-03", "", [
                "Sole-nurse after-hours on-call: triage, emergency stabilisation and RFDS retrieval coordination",
                "Supply and administer scheduled medicines under the Drug Therapy Protocol for rural and isolated practice",
                "Chronic disease care plans, child health checks and immunisation clinics with Aboriginal Health Workers",
            ]),
            ("Registered Nurse - Emergency Department", "Townsville University Hospital", "2018-02", "2022-02", [
                "Triage-qualified ED nurse; resuscitation and trauma bays",
            ]),
        ],
        "skills": {"Clinical": ["Remote emergency care", "Primary health care", "Chronic disease management", "Immunisation", "Telehealth"], "Other": ["4WD driving", "Manual licence"]},
        "certs": [
            ("General registration - Registered Nurse", "AHPRA / Nursing and Midwifery Board of Australia", "2018-01"),
            ("Endorsement for scheduled medicines (rural and isolated practice)", "Nursing and Midwifery Board of Australia", "2022-11"),
            ("Remote Emergency Care (REC)", "CRANAplus", "2022-05"),
            ("Maternity Emergency Care (MEC)", "CRANAplus", "2023-04"),
        ],
        "edu": [("Bachelor of Nursing", "Nursing", "James Cook University", "2017")],
        "unq": {
            "summary": "Registered nurse with eight years in emergency and remote primary health care; CRANAplus REC and MEC.",
            "work": [
                ("Registered Nurse - Primary Health Care", "Doomadgee Community Health Centre", "2022-03", "", [
                    "Sole-nurse after-hours on-call: triage, emergency stabilisation and RFDS retrieval coordination",
                    "Administer medicines on a medical officer's order or standing order",
                    "Chronic disease care plans, child health checks and immunisation clinics with Aboriginal Health Workers",
                ]),
                ("Registered Nurse - Emergency Department", "Townsville University Hospital", "2018-02", "2022-02", [
                    "Triage-qualified ED nurse; resuscitation and trauma bays",
                ]),
            ],
            "certs": [
                ("General registration - Registered Nurse", "AHPRA / Nursing and Midwifery Board of Australia", "2018-01"),
                ("Remote Emergency Care (REC)", "CRANAplus", "2022-05"),
                ("Maternity Emergency Care (MEC)", "CRANAplus", "2023-04"),
            ],
        },
        "decisive": ("Endorsement for scheduled medicines - registered nurses (rural and isolated practice)", ["Endorsement for scheduled medicines", "scheduled medicines", "rural and isolated practice", "RIPRN"], "endorsement"),
    },
    {
        "id": "remote_area_nurse-fresh12-2",
        "occ": "remote_area_nurse",
        "title": "Remote Area Nurse",
        "company": "Western Desert Aboriginal Health Council",
        "location": "Alice Springs region, NT, Australia",
        "posting": """
REMOTE AREA NURSE - CENTRAL AUSTRALIA
Fixed term 12 months with view to extend | $118k-$131k + remote allowances + 6 weeks' leave + salary packaging up to $15,900

Our Aboriginal community-controlled health service runs clinics in four communities west of Alice Springs. RANs work in teams of two to four, on a rotating on-call roster, delivering primary health care in line with the CARPA Standard Treatment Manual.

You must have:
* Current registration as a Registered Nurse with the Nursing and Midwifery Board of Australia (NMBA) via AHPRA - no conditions
* At least 3 years' post-registration experience, including emergency or acute care
* Current NT Working with Children Clearance (Ochre Card), or ability to obtain
* Current manual driver licence

It'll help if you have: Remote Emergency Care (CRANAplus), a postgraduate certificate in remote health practice, immunisation provider accreditation.

Aboriginal and Torres Strait Islander applicants are encouraged to apply. A criminal history check is required.
""",
        "name": "Mere Tane",
        "label": "Rural Nurse Specialist",
        "summary": "Registered nurse with seven years in rural and remote practice, emergency-trained; holds Australian (AHPRA) general registration alongside New Zealand registration; postgraduate certificate in rural and remote health.",
        "where": ("Gisborne", "Tairāwhiti"),
        "country": "NZ",
        "work": [
            ("Rural Nurse Specialist", "Ngāti Porou Oranga", "2022-02", "", [
                "Lead nurse in a two-nurse rural clinic; on-call emergency response with PRIME training",
                "Chronic conditions, cervical screening and childhood immunisation for a predominantly Māori population",
            ]),
            ("Registered Nurse - Emergency Department", "Gisborne Hospital", "2019-12", "2022-01", [
                "Acute and emergency nursing including trauma and resuscitation",
            ]),
        ],
        "skills": {"Clinical": ["Remote emergency care", "Primary health care", "Immunisation", "Cultural safety"], "Other": ["Manual driver licence", "4WD"]},
        "certs": [
            ("General registration - Registered Nurse", "Nursing and Midwifery Board of Australia (AHPRA)", "2026-06"),
            ("Registered Nurse - Scope of practice", "Nursing Council of New Zealand", "2019-11"),
            ("Remote Emergency Care (REC)", "CRANAplus", "2024-03"),
            ("Authorised Vaccinator", "Te Whatu Ora", "2023-02"),
        ],
        "edu": [
            ("Postgraduate Certificate", "Rural and Remote Health Practice", "Flinders University", "2025"),
            ("Bachelor of Nursing", "Nursing", "Eastern Institute of Technology", "2019"),
        ],
        "unq": {
            "summary": "Registered nurse with seven years in rural and remote practice, emergency-trained; registered with the Nursing Council of New Zealand; postgraduate certificate in rural and remote health.",
            "certs": [
                ("Registered Nurse - Scope of practice", "Nursing Council of New Zealand", "2019-11"),
                ("Remote Emergency Care (REC)", "CRANAplus", "2024-03"),
                ("Authorised Vaccinator", "Te Whatu Ora", "2023-02"),
            ],
        },
        "decisive": ("Current registration as a Registered Nurse with the Nursing and Midwifery Board of Australia via AHPRA", ["AHPRA", "NMBA", "Nursing and Midwifery Board of Australia"], "jurisdiction"),
    },
]
