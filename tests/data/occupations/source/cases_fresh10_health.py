"""Fresh10 set, healthcare: physiotherapist, clinical psychologist, operating department practitioner, dental technician."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "physiotherapist-fresh10-1",
        "occ": "physiotherapist",
        "title": "Senior Physiotherapist - Musculoskeletal Outpatients",
        "company": "Beacon Hospital",
        "location": "Sandyford, Dublin 18, Ireland",
        "posting": """
Beacon Hospital is recruiting a Senior Physiotherapist for our busy musculoskeletal outpatient department, working alongside orthopaedic, spinal and sports medicine consultants. You will carry your own caseload of post-operative and complex MSK patients, run our ACL and shoulder rehabilitation classes and supervise staff grade physiotherapists and students.

Essential
- Degree in Physiotherapy (or equivalent qualification recognised by CORU)
- Registration on the Register of Physiotherapists maintained by the Physiotherapists Registration Board at CORU. This is a legal requirement to practise and to use the title physiotherapist in Ireland; you must be registered before your start date.
- Minimum of three years' post-qualification experience, including musculoskeletal outpatients
- Experience supervising junior staff or students

Desirable
- Postgraduate qualification in MSK or sports physiotherapy
- Dry needling / acupuncture certification
- Membership of the ISCP

We offer a competitive salary, pension, healthcare, CPD budget and free parking. Beacon Hospital is an equal opportunities employer.
""",
        "name": "Niamh Gallagher",
        "label": "Senior Physiotherapist, Musculoskeletal",
        "summary": "Chartered physiotherapist with ten years of musculoskeletal and orthopaedic outpatient practice in Belfast, registered in both jurisdictions on the island and relocating to Dublin.",
        "where": ("Newry", "Co. Down"),
        "country": "GB",
        "work": [
            ("Senior Physiotherapist (Band 7), MSK Outpatients", "Belfast Health and Social Care Trust - Musgrave Park Hospital", "2021-05", "", [
                "Run a caseload of post-arthroplasty, spinal and sports injury patients in the regional orthopaedic outpatient service",
                "Lead the post-ACL reconstruction rehabilitation class and audit return-to-sport outcomes",
                "Supervise three Band 5 physiotherapists and clinical placement students from Ulster University",
            ]),
            ("Physiotherapist (Band 6), Orthopaedics and Outpatients", "South Eastern Health and Social Care Trust - Ulster Hospital", "2018-03", "2021-04", [
                "Assessed and treated adults with shoulder, knee and lumbar spine conditions in outpatient clinics",
                "Provided post-operative rehabilitation on the elective orthopaedic ward",
            ]),
            ("Physiotherapist (Band 5), Rotational", "Southern Health and Social Care Trust", "2016-08", "2018-02", [
                "Rotations in MSK outpatients, respiratory, stroke and care of the elderly",
            ]),
        ],
        "skills": {"Clinical": ["Musculoskeletal assessment", "Post-operative orthopaedic rehabilitation", "Exercise prescription", "Dry needling", "Clinical supervision"]},
        "certs": [
            ("Registered Physiotherapist, Register of Physiotherapists (Ireland) - Physiotherapists Registration Board, CORU", "CORU", "2025-06"),
            ("Registered Physiotherapist, Health and Care Professions Council (HCPC)", "HCPC", "2016-07"),
            ("Member of the Chartered Society of Physiotherapy (MCSP)", "Chartered Society of Physiotherapy", "2016-07"),
            ("Dry Needling for Physiotherapists (Level 1 and 2)", "AACP", "2019-11"),
        ],
        "edu": [
            ("MSc", "Sports and Exercise Physiotherapy", "Ulster University", "2020"),
            ("BSc (Hons)", "Physiotherapy", "Ulster University", "2016"),
        ],
        "unq": {
            "summary": "Chartered physiotherapist with ten years of musculoskeletal and orthopaedic outpatient practice in Belfast, registered with the HCPC and relocating to Dublin.",
            "certs": [
                ("Registered Physiotherapist, Health and Care Professions Council (HCPC)", "HCPC", "2016-07"),
                ("Member of the Chartered Society of Physiotherapy (MCSP)", "Chartered Society of Physiotherapy", "2016-07"),
                ("Dry Needling for Physiotherapists (Level 1 and 2)", "AACP", "2019-11"),
            ],
        },
        "decisive": ("Registration with CORU (Physiotherapists Registration Board, Ireland)", ["CORU", "Physiotherapists Registration Board"], "jurisdiction"),
    },
    {
        "id": "physiotherapist-fresh10-2",
        "occ": "physiotherapist",
        "title": "Physiotherapist Grade 3 - Neurological Rehabilitation",
        "company": "Epworth HealthCare",
        "location": "Camberwell, VIC, Australia",
        "posting": """
PHYSIOTHERAPIST GRADE 3 - NEURO REHAB (FULL TIME, PERMANENT)

Epworth Camberwell's inpatient and day rehabilitation program is looking for a senior physio to lead neuro caseloads (stroke, TBI, SCI, Parkinson's, MS) and support our Grade 1 and 2 team.

About you
- General registration as a physiotherapist with AHPRA (Physiotherapy Board of Australia) - no conditions
- Min. 4 years' post-grad experience in neurological rehabilitation (inpatient, day rehab or community)
- Confident with FES, body-weight-supported treadmill training and standardised outcome measures
- Current Victorian driver's licence (home visits)
- Bobath / NDT training and APA membership highly regarded

What we offer: salary packaging, paid CPD, a funded clinical supervision program and access to our gait lab. Epworth values diversity and encourages applications from Aboriginal and Torres Strait Islander people.
""",
        "name": "Priya Raman",
        "label": "Senior Physiotherapist, Neuro Rehabilitation",
        "summary": "Physiotherapist with eight years of neurological rehabilitation across inpatient and community settings; stroke, spinal cord injury and progressive neurological conditions.",
        "where": ("Box Hill", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Physiotherapist (Grade 3), Neurological Rehabilitation", "Alfred Health - Caulfield Hospital", "2022-03", "", [
                "Lead the physiotherapy stream for a 30-bed neuro rehab ward: stroke, acquired brain injury and Guillain-Barre",
                "Deliver FES-assisted gait retraining and body-weight-supported treadmill sessions; track progress with the 10-metre walk test and Berg Balance Scale",
                "Supervise two Grade 1 physiotherapists and run the weekly neuro in-service",
            ]),
            ("Physiotherapist (Grade 2), Spinal and Neuro Rehab", "Austin Health - Royal Talbot Rehabilitation Centre", "2019-01", "2022-02", [
                "Inpatient and outpatient rehab for spinal cord injury and traumatic brain injury",
                "Measured outcomes with the 10-metre walk test, Berg Balance Scale and SCIM",
            ]),
            ("Physiotherapist (Grade 1), Rotational", "Western Health", "2017-02", "2018-12", [
                "Rotations through orthopaedics, cardiorespiratory, general medicine and aged care",
            ]),
        ],
        "skills": {"Clinical": ["Stroke rehabilitation", "Spinal cord injury rehabilitation", "Functional electrical stimulation (FES)", "Gait retraining", "Berg Balance Scale", "Clinical supervision"]},
        "certs": [
            ("General registration - Physiotherapist, Physiotherapy Board of Australia (AHPRA)", "AHPRA", "2017-01"),
            ("Bobath Basic Course (IBITA)", "IBITA", "2020-09"),
            ("Victorian Driver Licence (Car)", "VicRoads", ""),
        ],
        "edu": [("Bachelor of Physiotherapy (Honours)", "Physiotherapy", "La Trobe University", "2016")],
        "unq": {
            "summary": "Physiotherapist with six years in musculoskeletal outpatients and two years of neurological rehabilitation; stroke and acquired brain injury.",
            "work": [
                ("Senior Physiotherapist (Grade 3), Neurological Rehabilitation", "Alfred Health - Caulfield Hospital", "2024-10", "", [
                    "Lead the physiotherapy stream for a 30-bed neuro rehab ward: stroke, acquired brain injury and Guillain-Barre",
                    "Deliver FES-assisted gait retraining and body-weight-supported treadmill sessions; track progress with the 10-metre walk test and Berg Balance Scale",
                    "Supervise two Grade 1 physiotherapists and run the weekly neuro in-service",
                ]),
                ("Physiotherapist (Grade 2), Musculoskeletal Outpatients", "Western Health - Sunshine Hospital", "2019-01", "2024-09", [
                    "Outpatient caseload of post-fracture, post-arthroplasty and persistent low back pain patients",
                    "Ran the hip and knee osteoarthritis exercise class",
                ]),
                ("Physiotherapist (Grade 1), Rotational", "Western Health", "2017-02", "2018-12", [
                    "Rotations through orthopaedics, cardiorespiratory, general medicine and aged care",
                ]),
            ],
        },
        "decisive": ("Four years of post-graduate experience in neurological rehabilitation", ["years", "yrs"], "years"),
    },
    {
        "id": "clinical_psychologist-fresh10-1",
        "occ": "clinical_psychologist",
        "title": "Clinical Psychologist (HP4) - Child and Youth Mental Health Service",
        "company": "Children's Health Queensland Hospital and Health Service",
        "location": "South Brisbane, QLD, Australia",
        "posting": """
Child and Youth Mental Health Service (CYMHS) - Clinical Psychologist, HP4, permanent full time

Your opportunity: provide specialist psychological assessment and evidence-based treatment to children and young people aged 0-18 with moderate to severe mental health presentations, as part of a multidisciplinary community CYMHS team, and provide clinical supervision to psychologists and provisional psychologists.

Mandatory qualifications / professional registration / other requirements
- Registration as a psychologist with the Psychology Board of Australia (AHPRA) with an area of practice endorsement in clinical psychology. This HP4 role is an endorsed clinical psychologist position; applicants without the endorsement cannot be appointed at this level.
- Board-approved supervisor status, or eligibility to obtain it within six months
- A current "C" class driver licence, as travel to outreach clinics is required

How to apply: a CV and a two-page response to the role description. Queensland Health is committed to a diverse workforce and encourages applications from Aboriginal and Torres Strait Islander peoples.
""",
        "name": "Hannah Kowalczyk",
        "label": "Clinical Psychologist, Child and Adolescent Mental Health",
        "summary": "Endorsed clinical psychologist working with children, adolescents and families in public mental health for seven years; trauma, anxiety, eating disorders and emerging personality difficulties.",
        "where": ("Southport", "QLD"),
        "country": "AU",
        "work": [
            ("Clinical Psychologist (HP4), Child and Youth Mental Health", "Gold Coast Hospital and Health Service", "2021-04", "", [
                "Assessment and formulation for young people referred with self-harm, anxiety, depression and disordered eating",
                "Deliver CBT, DBT-informed skills groups and family-based treatment",
                "Provide clinical supervision to two registered psychologists and a provisional psychologist",
            ]),
            ("Psychology Registrar (HP3), Adolescent Mental Health", "Metro North Hospital and Health Service", "2019-02", "2021-03", [
                "Completed the Psychology Board registrar program under supervision of an endorsed clinical psychologist",
                "Cognitive and diagnostic assessments for adolescents on an inpatient unit",
            ]),
        ],
        "skills": {"Clinical": ["Cognitive behavioural therapy", "Dialectical behaviour therapy skills", "Family-based treatment", "Diagnostic assessment (DSM-5-TR)", "WISC-V", "Clinical supervision"]},
        "certs": [
            ("General registration - Psychologist, Psychology Board of Australia (AHPRA); area of practice endorsement: Clinical Psychology", "AHPRA", "2021-03"),
            ("Board-approved supervisor", "Psychology Board of Australia", "2023-05"),
            ("Queensland Open Driver Licence (Class C)", "Queensland Department of Transport and Main Roads", ""),
        ],
        "edu": [
            ("Master of Clinical Psychology", "Clinical Psychology", "The University of Queensland", "2018"),
            ("Bachelor of Psychological Science (Honours)", "Psychology", "The University of Queensland", "2016"),
        ],
        "unq": {
            "label": "Psychologist, Child and Adolescent Mental Health",
            "summary": "Registered psychologist working with children, adolescents and families in public mental health for seven years; trauma, anxiety, eating disorders and emerging personality difficulties.",
            "work": [
                ("Psychologist (HP3), Child and Youth Mental Health", "Gold Coast Hospital and Health Service", "2021-04", "", [
                    "Assessment and formulation for young people referred with self-harm, anxiety, depression and disordered eating",
                    "Deliver CBT, DBT-informed skills groups and family-based treatment",
                    "Provide clinical supervision to two registered psychologists and a provisional psychologist",
                ]),
                ("Psychologist (HP3), Adolescent Mental Health", "Metro North Hospital and Health Service", "2019-02", "2021-03", [
                    "Cognitive and diagnostic assessments for adolescents on an inpatient unit",
                ]),
            ],
            "certs": [
                ("General registration - Psychologist, Psychology Board of Australia (AHPRA)", "AHPRA", "2019-01"),
                ("Board-approved supervisor", "Psychology Board of Australia", "2023-05"),
                ("Queensland Open Driver Licence (Class C)", "Queensland Department of Transport and Main Roads", ""),
            ],
            "edu": [
                ("Master of Professional Psychology", "Psychology", "Griffith University", "2017"),
                ("Bachelor of Psychological Science (Honours)", "Psychology", "The University of Queensland", "2016"),
            ],
        },
        "decisive": ("Area of practice endorsement in clinical psychology (Psychology Board of Australia)", ["endorsement", "endorsed"], "endorsement"),
    },
    {
        "id": "clinical_psychologist-fresh10-2",
        "occ": "clinical_psychologist",
        "title": "Clinical Psychologist, Band 8a - Adult Community Mental Health (Welsh speaker)",
        "company": "Betsi Cadwaladr University Health Board",
        "location": "Caernarfon, Gwynedd, Wales, UK",
        "posting": """
Job summary
An exciting opportunity for a Clinical Psychologist to join the Community Mental Health Team covering Arfon and Dwyfor. You will provide psychological assessment, formulation and therapy for adults with complex mental health needs, offer consultation to the wider team and contribute to service development.

Welsh language skills are essential for this post. The population we serve is predominantly Welsh-speaking and the post holder must be able to conduct assessments and therapy through the medium of Welsh (Level 4 - fluent in speaking, reading and writing).

Person specification - Essential
- Doctorate in Clinical Psychology (or a qualification recognised as equivalent by the BPS)
- Current HCPC registration as a Practitioner Psychologist (Clinical)
- Post-qualification experience of working with adults with severe and enduring mental health problems
- Full UK driving licence and access to a vehicle (rural community post)

Desirable
- Post-qualification training in a specific model (e.g. CBT, DBT, EMDR, CAT)
- Experience of supervising assistant or trainee psychologists

This post is subject to an enhanced DBS disclosure. Applications may be submitted in Welsh, and an application submitted in Welsh will not be treated less favourably than an application submitted in English.
""",
        "name": "Elin Pritchard",
        "label": "Clinical Psychologist",
        "summary": "HCPC-registered clinical psychologist with five years post-qualification in adult community mental health; first-language Welsh speaker delivering therapy in Welsh and English.",
        "where": ("Porthmadog", "Gwynedd"),
        "country": "GB",
        "work": [
            ("Clinical Psychologist (Band 8a), Community Mental Health Team", "Hywel Dda University Health Board", "2023-04", "", [
                "Assessment, formulation and individual therapy for adults with psychosis, bipolar disorder and complex trauma",
                "Deliver EMDR and CBT for psychosis; run a DBT-informed skills group",
                "Supervise an assistant psychologist and a trainee on placement from the South Wales programme",
            ]),
            ("Clinical Psychologist (Band 7), Adult Mental Health", "Hywel Dda University Health Board", "2021-10", "2023-03", [
                "Provided psychological therapy in a rural CMHT and consultation to care coordinators",
            ]),
            ("Trainee Clinical Psychologist", "Betsi Cadwaladr University Health Board / North Wales Clinical Psychology Programme", "2018-10", "2021-09", [
                "Placements in adult mental health, learning disability, older adults and child and adolescent services",
            ]),
        ],
        "skills": {"Clinical": ["Psychological formulation", "CBT for psychosis", "EMDR", "Dialectical behaviour therapy skills", "Risk assessment", "Clinical supervision"]},
        "certs": [
            ("HCPC Registered Practitioner Psychologist - Clinical Psychologist", "Health and Care Professions Council", "2021-09"),
            ("Chartered Psychologist (CPsychol)", "British Psychological Society", "2022-01"),
            ("EMDR Therapy - Parts 1 to 3 (EMDR Europe accredited)", "EMDR UK", "2023-11"),
            ("Full UK Driving Licence (Category B), own car for community visits", "DVLA", ""),
        ],
        "edu": [
            ("Doctorate in Clinical Psychology (DClinPsy)", "Clinical Psychology", "Bangor University", "2021"),
            ("BSc (Hons)", "Psychology", "Cardiff University", "2016"),
        ],
        "langs": [("Welsh", "Native speaker"), ("English", "Fluent")],
        "unq": {
            "summary": "HCPC-registered clinical psychologist with five years post-qualification in adult community mental health; therapy in English.",
            "langs": [("English", "Native speaker")],
        },
        "decisive": ("Fluent Welsh (Level 4) for assessment and therapy", ["Welsh", "Cymraeg"], "language"),
    },
    {
        "id": "operating_department_practitioner-fresh10-1",
        "occ": "operating_department_practitioner",
        "title": "Senior Operating Department Practitioner - Anaesthetics (Band 6)",
        "company": "Leeds Teaching Hospitals NHS Trust",
        "location": "St James's University Hospital, Leeds, UK",
        "posting": """
Job summary
We are looking for an experienced anaesthetic practitioner to join the theatre team at St James's as a Band 6 Senior ODP. You will work with consultant anaesthetists across general, hepatobiliary, oncology and emergency lists, coordinate the anaesthetic team on shift, and support the education of Band 5 staff, apprentices and students.

Person specification
Essential:
- HCPC registered Operating Department Practitioner, or NMC Registered Nurse with a recognised anaesthetic qualification
- Minimum of 3 years' post-registration experience in anaesthetics
- Immediate Life Support (ILS) or higher
- Practice assessor / practice supervisor preparation, or willingness to complete within six months
Desirable:
- Experience of difficult airway management and ultrasound-guided regional blocks
- ALS provider

The role includes participation in the on-call and weekend rota. We welcome applications from all sections of the community and offer flexible working, NHS pension and 27 days' annual leave rising with service.
""",
        "name": "Callum Whitworth",
        "label": "Senior Anaesthetic Practitioner (ODP)",
        "summary": "Operating department practitioner with nine years in the anaesthetic room: emergency, trauma and major elective lists; practice assessor for student ODPs.",
        "where": ("Wakefield", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Senior Operating Department Practitioner (Band 6), Anaesthetics and Recovery", "Bradford Teaching Hospitals NHS Foundation Trust", "2020-07", "", [
                "Lead anaesthetic practitioner on emergency, trauma and colorectal lists; coordinate the anaesthetic team on nights",
                "Prepare and check anaesthetic machines, difficult airway trolleys and rapid infusers",
                "Practice assessor for BSc ODP students from the University of Bradford",
            ]),
            ("Anaesthetic Practitioner (Band 5)", "Sheffield Teaching Hospitals NHS Foundation Trust - Northern General Hospital", "2017-09", "2020-06", [
                "Assisted consultant anaesthetists with induction, airway management and regional anaesthesia across orthopaedic and general surgery",
            ]),
        ],
        "skills": {"Clinical": ["Anaesthetic assistance", "Difficult airway management", "Rapid sequence induction", "Regional anaesthesia support", "Post-anaesthetic care", "Practice assessment"]},
        "certs": [
            ("HCPC Registered Operating Department Practitioner", "Health and Care Professions Council", "2017-08"),
            ("Immediate Life Support (ILS) Provider", "Resuscitation Council UK", "2026-03"),
            ("Practice Assessor and Practice Supervisor preparation", "University of Bradford", "2021-02"),
        ],
        "edu": [("BSc (Hons)", "Operating Department Practice", "Sheffield Hallam University", "2017")],
        "unq": {
            "summary": "Operating department practitioner with seven years as a scrub practitioner and two years in the anaesthetic room; emergency, trauma and major elective lists; practice assessor for student ODPs.",
            "work": [
                ("Operating Department Practitioner (Band 6), Anaesthetics and Recovery", "Bradford Teaching Hospitals NHS Foundation Trust", "2024-10", "", [
                    "Anaesthetic practitioner on emergency, trauma and colorectal lists",
                    "Prepare and check anaesthetic machines, difficult airway trolleys and rapid infusers",
                    "Practice assessor for BSc ODP students from the University of Bradford",
                ]),
                ("Scrub Practitioner (Band 5), General and Orthopaedic Theatres", "Sheffield Teaching Hospitals NHS Foundation Trust - Northern General Hospital", "2017-09", "2024-09", [
                    "Scrubbed for orthopaedic, general and vascular surgery; instrument, swab and sharps counts",
                    "Circulated and set up theatres for complex elective lists",
                ]),
            ],
        },
        "decisive": ("Three years of post-registration experience in anaesthetics", ["years", "yrs"], "years"),
    },
    {
        "id": "operating_department_practitioner-fresh10-2",
        "occ": "operating_department_practitioner",
        "title": "Operating Department Practitioner - Emergency Theatres and Anaesthetic Team (Band 6)",
        "company": "NHS Greater Glasgow and Clyde",
        "location": "Queen Elizabeth University Hospital, Glasgow, Scotland, UK",
        "posting": """
OPERATING DEPARTMENT PRACTITIONER, BAND 6 - EMERGENCY THEATRES / ANAESTHETICS
Permanent, 37 hours, rotating days/nights

The Queen Elizabeth University Hospital is the major trauma centre for the West of Scotland. Our emergency theatre anaesthetic team also attends trauma calls and in-hospital cardiac arrests with the anaesthetic registrar, so all post holders must be able to function as a full member of the resuscitation team.

ESSENTIAL
- HCPC registration as an Operating Department Practitioner (NMC registered nurses with a post-registration anaesthetic qualification will also be considered)
- At least 2 years' post-registration anaesthetic experience in an acute hospital
- Current Resuscitation Council UK Advanced Life Support (ALS) provider certificate - this is essential on appointment, not desirable
- Experience with rapid sequence induction, major haemorrhage protocols and the transfer of ventilated patients

DESIRABLE
- European Paediatric Advanced Life Support (EPALS) or European Trauma Course
- Mentoring / practice supervisor experience

NHSGGC is committed to equality and diversity and welcomes applications from all sections of the community.
""",
        "name": "Mhairi Donnelly",
        "label": "Operating Department Practitioner, Anaesthetics",
        "summary": "Anaesthetic ODP with eight years in emergency and trauma theatres; rapid sequence induction, massive transfusion and intra-hospital transfers of ventilated patients.",
        "where": ("Paisley", "Renfrewshire"),
        "country": "GB",
        "work": [
            ("Operating Department Practitioner (Band 6), Anaesthetics", "NHS Lanarkshire - University Hospital Hairmyres", "2021-02", "", [
                "Anaesthetic practitioner for emergency, trauma and obstetric theatres; member of the hospital cardiac arrest and trauma team",
                "Assist with rapid sequence induction, front-of-neck airway equipment and rapid infusers during major haemorrhage",
                "Escort ventilated patients to CT and ICU with the anaesthetic registrar",
            ]),
            ("Operating Department Practitioner (Band 5)", "NHS Ayrshire and Arran - University Hospital Crosshouse", "2018-09", "2021-01", [
                "Rotated through anaesthetics, scrub and post-anaesthetic care for general, orthopaedic and emergency surgery",
            ]),
        ],
        "skills": {"Clinical": ["Rapid sequence induction", "Major haemorrhage protocol", "Transfer of ventilated patients", "Difficult airway equipment", "Post-anaesthetic care"]},
        "certs": [
            ("HCPC Registered Operating Department Practitioner", "Health and Care Professions Council", "2018-08"),
            ("Advanced Life Support (ALS) Provider", "Resuscitation Council UK", "2025-03"),
            ("Practice Supervisor preparation (NES)", "NHS Education for Scotland", "2022-06"),
        ],
        "edu": [("DipHE", "Operating Department Practice", "University of the West of Scotland", "2018")],
        "unq": {
            "certs": [
                ("HCPC Registered Operating Department Practitioner", "Health and Care Professions Council", "2018-08"),
                ("Immediate Life Support (ILS) Provider", "Resuscitation Council UK", "2026-02"),
                ("Practice Supervisor preparation (NES)", "NHS Education for Scotland", "2022-06"),
            ],
        },
        "decisive": ("Resuscitation Council UK Advanced Life Support (ALS) provider certificate", ["ALS", "Advanced Life Support"], "credential level"),
    },
    {
        "id": "dental_technician-fresh10-1",
        "occ": "dental_technician",
        "title": "Tandtechnicus CAD/CAM - Kroon- en Brugwerk (Dental Technician, exocad)",
        "company": "Excent Tandtechniek",
        "location": "Venlo, Netherlands",
        "posting": """
Dental Technician CAD/CAM - Crown & Bridge (32-40 hrs)

Our Venlo lab produces zirconia, lithium disilicate and implant-supported restorations for practices in Limburg and across the border in NRW. We are expanding the digital department and need an experienced designer.

Wat vragen wij / what we ask:
- MBO-4 diploma Tandtechniek or a foreign equivalent (e.g. German Zahntechniker Gesellenbrief)
- At least 3 yrs experience in crown & bridge
- exocad DentalCAD: daily hands-on design experience is a must - our whole digital workflow, library and implant setup runs on exocad (no 3Shape here)
- Good command of Dutch or German, plus workable English
- Nice to have: layering on zirconia, experience with implant bars and abutments

Wat bieden wij: a modern lab with in-house milling and printing, training budget, 8% holiday allowance, pension.
""",
        "name": "Jonas Becker",
        "label": "Zahntechniker / Dental Technician - CAD/CAM",
        "summary": "German-trained dental technician with eight years in fixed prosthetics; full-arch and implant designs in exocad, zirconia and e.max finishing.",
        "where": ("Venlo", "Limburg"),
        "country": "NL",
        "work": [
            ("CAD/CAM Zahntechniker (Dental Technician, Digital Design)", "Dentallabor Kersting GmbH", "2021-03", "", [
                "Design crowns, bridges, screw-retained implant restorations and full-arch frameworks in exocad DentalCAD (Implant and Bar modules)",
                "Nest and mill zirconia and PMMA on an Amann Girrbach Ceramill Motion 2",
                "Stain, glaze and layer monolithic zirconia and IPS e.max restorations",
            ]),
            ("Zahntechniker, Kronen- und Brückentechnik", "Zahntechnik Schmitz, Krefeld", "2018-08", "2021-02", [
                "Conventional crown and bridge work: waxing, casting, ceramic layering on metal frameworks",
                "Scanned models and produced first digital designs for the lab's new milling unit",
            ]),
        ],
        "skills": {"Digital": ["exocad DentalCAD", "Ceramill Motion 2", "Intraoral scan files (STL)", "Model scanning"], "Materials": ["Monolithic and layered zirconia", "IPS e.max (lithium disilicate)", "PFM"]},
        "certs": [
            ("Gesellenprüfung Zahntechniker (Journeyman dental technician certificate)", "Handwerkskammer Düsseldorf", "2018-07"),
        ],
        "edu": [("Berufsausbildung (dual apprenticeship)", "Zahntechnik", "Berufskolleg Krefeld", "2018")],
        "langs": [("German", "Native speaker"), ("Dutch", "Professional working proficiency (B2)"), ("English", "Good (B2)")],
        "unq": {
            "summary": "German-trained dental technician with eight years in fixed prosthetics; full-arch and implant designs in 3Shape Dental System, zirconia and e.max finishing.",
            "skills": {"Digital": ["3Shape Dental System", "Ceramill Motion 2", "Intraoral scan files (STL)", "Model scanning"], "Materials": ["Monolithic and layered zirconia", "IPS e.max (lithium disilicate)", "PFM"]},
        },
        "swaps": [("in exocad DentalCAD (Implant and Bar modules)", "in 3Shape Dental System (Implant Studio and Abutment Designer)")],
        "decisive": ("Hands-on exocad DentalCAD design experience", ["exocad", "DentalCAD"], "tool"),
    },
    {
        "id": "dental_technician-fresh10-2",
        "occ": "dental_technician",
        "title": "Clinical Dental Technician - Denture Clinic",
        "company": "Lumino The Dentists",
        "location": "Hamilton, Waikato, New Zealand",
        "posting": """
We're opening a dedicated denture clinic alongside our Hamilton practice and are looking for a clinical dental technician to see patients directly for complete dentures, relines and repairs, and to work with our dentists on partial and immediate dentures.

What you'll bring:
- Registration with the Dental Council of New Zealand in the scope of practice for clinical dental technology, with a current annual practising certificate (APC). Registration in the dental technology scope alone is not sufficient for this role, as you will be taking impressions and fitting dentures in the chair.
- At least 3 years' experience in removable prosthetics (complete, partial, immediate and implant-retained dentures)
- A full NZ driver licence - some domiciliary visits to rest homes
- Warm, patient manner with older patients

We offer a modern surgery, our own on-site lab, CPD support and a four-day week option. Lumino is an equal opportunity employer.
""",
        "name": "Rawiri Thompson",
        "label": "Clinical Dental Technician",
        "summary": "Clinical dental technician with twelve years in removable prosthetics; complete, partial and implant-retained dentures from first impression to fit, including rest-home visits.",
        "where": ("Cambridge", "Waikato"),
        "country": "NZ",
        "work": [
            ("Clinical Dental Technician", "Bay Denture Clinic, Tauranga", "2018-02", "", [
                "See patients directly for complete dentures: impressions, bite registration, try-in, fit and review",
                "Construct partial and immediate dentures on dentist prescription and reline and repair existing prostheses",
                "Domiciliary visits to rest homes across the Bay of Plenty",
            ]),
            ("Dental Technician - Removables", "Dental Design Laboratory, Hamilton", "2014-01", "2018-01", [
                "Set up and processed acrylic complete and partial dentures; chrome cobalt partial frameworks",
                "Implant-retained overdentures on locator attachments",
            ]),
        ],
        "skills": {"Prosthetics": ["Complete dentures", "Acrylic and chrome partial dentures", "Immediate dentures", "Implant-retained overdentures", "Relines and repairs"]},
        "certs": [
            ("Registered Clinical Dental Technician - Dental Council of New Zealand (scope: clinical dental technology), APC current to 2027-03", "Dental Council of New Zealand", "2017-12"),
            ("Full New Zealand Driver Licence (Class 1)", "NZ Transport Agency", ""),
        ],
        "edu": [
            ("Postgraduate Diploma in Clinical Dental Technology", "Clinical Dental Technology", "University of Otago", "2017"),
            ("Bachelor of Dental Technology", "Dental Technology", "University of Otago", "2013"),
        ],
        "unq": {
            "label": "Dental Technician - Removable Prosthetics",
            "summary": "Registered dental technician with twelve years in removable prosthetics; complete, partial and implant-retained dentures made to dentists' prescriptions.",
            "work": [
                ("Senior Dental Technician - Removables", "Bay Dental Laboratory, Tauranga", "2018-02", "", [
                    "Construct complete, partial and immediate dentures on dentist prescription and reline and repair existing prostheses",
                    "Liaise with referring dentists on shade, tooth mould and try-in adjustments",
                    "Train two junior technicians in denture set-ups",
                ]),
                ("Dental Technician - Removables", "Dental Design Laboratory, Hamilton", "2014-01", "2018-01", [
                    "Set up and processed acrylic complete and partial dentures; chrome cobalt partial frameworks",
                    "Implant-retained overdentures on locator attachments",
                ]),
            ],
            "certs": [
                ("Registered Dental Technician - Dental Council of New Zealand (scope: dental technology), APC current to 2027-03", "Dental Council of New Zealand", "2013-12"),
                ("Full New Zealand Driver Licence (Class 1)", "NZ Transport Agency", ""),
            ],
            "edu": [("Bachelor of Dental Technology", "Dental Technology", "University of Otago", "2013")],
        },
        "decisive": ("Dental Council of New Zealand registration in the clinical dental technology scope", ["clinical dental technician", "clinical dental technology", "CDT"], "licence level"),
    },
]
