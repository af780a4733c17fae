"""Fresh11 half, healthcare: orthoptist, hearing aid dispenser, nurse anesthetist, art therapist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "orthoptist-fresh11-1",
        "occ": "orthoptist",
        "title": "Specialist Orthoptist (Band 7)",
        "company": "Northfield Teaching Hospitals NHS Foundation Trust",
        "location": "Leeds, West Yorkshire, UK",
        "posting": """
Specialist Orthoptist - Band 7 - Permanent, 37.5 hrs

We are looking for an experienced orthoptist to join our paediatric and neuro-ophthalmology service, which runs from the main eye clinic and four community sites across the city.

Main duties
- Run independent orthoptic clinics for children and adults with strabismus, amblyopia and ocular motility disorders
- Lead the vision screening pathway for 4-5 year olds and supervise Band 5 orthoptists and students
- Contribute to stroke/neuro vision clinics and visual field assessment

Person specification (essential)
- BSc (Hons) Orthoptics or equivalent
- HCPC registration as an Orthoptist
- At least four years' post-registration experience as an orthoptist, including paediatric work
- Full UK driving licence (travel between community sites)

Desirable: experience of glaucoma or diabetic eye clinics; clinical educator training.

Applicants must have the right to work in the UK. This post is subject to an enhanced DBS check.
""",
        "name": "Hannah Whitworth",
        "label": "Senior Orthoptist",
        "summary": "HCPC-registered orthoptist working in paediatric and adult eye clinics since 2020; runs independent strabismus and amblyopia lists and supervises students. British citizen with full UK driving licence.",
        "where": ("Wakefield", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Senior Orthoptist", "Mid Yorkshire Teaching NHS Trust", "2023-04", "", [
                "Run independent paediatric squint and lazy-eye clinics, including occlusion and atropine treatment plans",
                "Coordinate the school-entry vision screening programme across 60 primary schools",
                "Supervise two junior orthoptists and placement students from the University of Sheffield",
            ]),
            ("Orthoptist", "Sheffield Teaching Hospitals NHS Foundation Trust", "2020-09", "2023-03", [
                "Assessed ocular motility, binocular vision and visual fields for children and adults",
                "Worked in the stroke vision clinic, assessing eye movement disorders after stroke",
            ]),
        ],
        "skills": {"Clinical": ["Orthoptic assessment", "Strabismus", "Amblyopia management", "Visual fields", "Vision screening"], "Other": ["Full UK driving licence", "Right to work in the UK (British citizen)"]},
        "certs": [("Orthoptist, Health and Care Professions Council registration", "HCPC", "2020-08")],
        "edu": [("BMedSci (Hons)", "Orthoptics", "University of Sheffield", "2020")],
        "unq": {
            "summary": "HCPC-registered orthoptist working in paediatric and adult eye clinics; runs paediatric squint lists and supports student placements. British citizen with full UK driving licence.",
            "work": [
                ("Orthoptist", "Mid Yorkshire Teaching NHS Trust", "2024-09", "", [
                    "Run paediatric squint and lazy-eye clinics, including occlusion and atropine treatment plans",
                    "Support the school-entry vision screening programme across 60 primary schools",
                    "Assess ocular motility, binocular vision and visual fields for children and adults",
                ]),
                ("Ophthalmic Healthcare Assistant", "Sheffield Teaching Hospitals NHS Foundation Trust", "2020-09", "2021-08", [
                    "Recorded visual acuities and prepared patients for eye clinic appointments",
                ]),
            ],
            "certs": [("Orthoptist, Health and Care Professions Council registration", "HCPC", "2024-08")],
            "edu": [("BMedSci (Hons)", "Orthoptics", "University of Sheffield", "2024")],
        },
        "decisive": ("at least four years' post-registration orthoptist experience", ["years", "yrs"], "years"),
    },
    {
        "id": "orthoptist-fresh11-2",
        "occ": "orthoptist",
        "title": "Orthoptist / Orthoptydd - Band 6",
        "company": "West Wales University Health Board",
        "location": "Carmarthen, Wales, UK",
        "posting": """
Orthoptist (Band 6) - Glangwili General Hospital and community clinics

The Health Board serves a largely Welsh-speaking population. Welsh language skills are ESSENTIAL for this post: you must be able to hold a clinical conversation with patients and families in Welsh (Level 4 speaking and listening). English is also required.

You will:
* assess and manage children and adults with strabismus, amblyopia and binocular vision problems
* run community clinics in Carmarthen, Llanelli and Cardigan
* take part in the childhood vision screening programme

Essential criteria:
- Degree in Orthoptics
- Registered with the HCPC as an orthoptist
- Welsh speaker (Cymraeg) - see above
- Full driving licence and access to a vehicle for community work

We welcome applications in Welsh or English. Right to work in the UK is required; we are unable to offer visa sponsorship for this role.
""",
        "name": "Elin Davies",
        "label": "Orthoptist",
        "summary": "HCPC-registered orthoptist with six years in hospital and community eye services in West Wales. First-language Welsh speaker; runs clinics bilingually. Full UK driving licence, own car, UK citizen.",
        "where": ("Llanelli", "Wales"),
        "country": "GB",
        "work": [
            ("Orthoptist", "Swansea Bay University Health Board", "2021-02", "", [
                "Assess and treat children and adults with squint, lazy eye and double vision",
                "Run community orthoptic clinics in Welsh and English for patients and families",
                "Take part in the reception-class vision screening programme",
            ]),
            ("Newly Qualified Orthoptist", "Cardiff and Vale University Health Board", "2020-09", "2021-01", [
                "Rotated through paediatric, neuro-ophthalmology and glaucoma clinics",
            ]),
        ],
        "skills": {"Clinical": ["Binocular vision assessment", "Strabismus", "Amblyopia", "Visual fields"], "Other": ["Full UK driving licence, own vehicle", "UK citizen"]},
        "certs": [("Orthoptist, HCPC registration", "Health and Care Professions Council", "2020-08")],
        "edu": [("BSc (Hons)", "Orthoptics", "University of Liverpool", "2020")],
        "langs": [("Welsh (Cymraeg)", "Native"), ("English", "Native")],
        "unq": {
            "summary": "HCPC-registered orthoptist with six years in hospital and community eye services in South Wales; runs paediatric and adult clinics. Full UK driving licence, own car, UK citizen.",
            "langs": [("English", "Native")],
        },
        "swaps": [("Run community orthoptic clinics in Welsh and English for patients and families", "Run community orthoptic clinics for patients and families")],
        "decisive": ("Welsh language (Level 4 speaking and listening)", ["Welsh", "Cymraeg"], "language"),
    },
    {
        "id": "hearing_aid_dispenser-fresh11-1",
        "occ": "hearing_aid_dispenser",
        "title": "Registered Hearing Instrument Practitioner (RHIP)",
        "company": "Okanagan Hearing Clinics",
        "location": "Kelowna, BC, Canada",
        "posting": """
Okanagan Hearing Clinics is a locally owned group of three clinics. We're adding a full-time Hearing Instrument Practitioner to our Kelowna and West Kelowna locations.

What you'll do: hearing assessments for adults, hearing aid selection and fitting, real-ear verification, follow-ups, repairs and cerumen management (if authorized).

Requirements
- Registration in good standing with the College of Health and Care Professionals of BC (CHCPBC) as a Registered Hearing Instrument Practitioner (RHIP) - must be fully registered at start date
- Diploma from a recognized hearing instrument / hearing aid practitioner program
- Minimum 2 years of dispensing experience
- Valid driver's licence (travel between clinics)
- Legally entitled to work in Canada

Compensation: $70,000-$90,000 base plus commission, extended health and dental, paid continuing education.
""",
        "name": "Marcus Delorme",
        "label": "Hearing Instrument Practitioner",
        "summary": "Hearing instrument practitioner registered in British Columbia, with six years fitting and verifying hearing aids for adults in private clinics. Canadian citizen; valid Class 5 driver's licence.",
        "where": ("Vernon", "BC"),
        "country": "CA",
        "work": [
            ("Hearing Instrument Practitioner", "Valley Hearing Centre", "2022-05", "", [
                "Perform adult hearing tests, select and fit hearing aids from four manufacturers",
                "Verify fittings with real-ear measurement and manage follow-up and repair visits",
                "Certified for cerumen management under college standards",
            ]),
            ("Hearing Instrument Practitioner (new registrant)", "Coastal Hearing Care", "2020-06", "2022-04", [
                "Fitted and serviced hearing aids for 15-20 clients a week in Surrey and Langley",
            ]),
        ],
        "skills": {"Clinical": ["Pure-tone and speech audiometry", "Hearing aid fitting", "Real-ear measurement", "Cerumen management"], "Other": ["Class 5 driver's licence", "Canadian citizen"]},
        "certs": [
            ("Registered Hearing Instrument Practitioner (RHIP), College of Health and Care Professionals of BC (registered 2020 with CSHBC)", "CHCPBC", "2020-06"),
            ("International Licensing Examination for Hearing Healthcare Professionals (passed)", "International Hearing Society", "2020-04"),
        ],
        "edu": [("Diploma", "Hearing Aid Practitioner", "MacEwan University", "2020")],
        "unq": {
            "summary": "Hearing instrument specialist in Ontario, with six years fitting and verifying hearing aids for adults in private clinics. Canadian citizen; valid driver's licence.",
            "where": ("Ottawa", "ON"),
            "work": [
                ("Hearing Instrument Specialist", "Capital Hearing Centre", "2022-05", "", [
                    "Perform adult hearing tests, select and fit hearing aids from four manufacturers",
                    "Verify fittings with real-ear measurement and manage follow-up and repair visits",
                    "Certified for cerumen management under AHIP policy",
                ]),
                ("Hearing Instrument Specialist (intern)", "Rideau Hearing Care", "2020-06", "2022-04", [
                    "Fitted and serviced hearing aids for 15-20 clients a week in Kanata and Orleans",
                ]),
            ],
            "skills": {"Clinical": ["Pure-tone and speech audiometry", "Hearing aid fitting", "Real-ear measurement", "Cerumen management"], "Other": ["Ontario Class G driver's licence", "Canadian citizen"]},
            "certs": [
                ("Hearing Instrument Specialist (H.I.S.), Association of Hearing Instrument Practitioners of Ontario (AHIP)", "AHIP", "2020-06"),
                ("International Licensing Examination for Hearing Healthcare Professionals (passed)", "International Hearing Society", "2020-04"),
            ],
            "edu": [("Diploma", "Hearing Instrument Specialist", "Conestoga College", "2020")],
        },
        "decisive": ("registration with CHCPBC as a Registered Hearing Instrument Practitioner (BC)", ["CHCPBC", "RHIP", "College of Health and Care Professionals"], "jurisdiction"),
    },
    {
        "id": "hearing_aid_dispenser-fresh11-2",
        "occ": "hearing_aid_dispenser",
        "title": "Audiometrist / Hearing Aid Dispenser",
        "company": "Bay of Plenty Hearing",
        "location": "Tauranga, New Zealand",
        "posting": """
Audiometrist - Hearing Aid Dispenser | Tauranga | Full time

Independent, clinician-owned clinic looking for an audiometrist to test, fit and look after our adult clients.

Must have:
- Diploma in Audiometry (or equivalent hearing aid dispensing qualification) and NZAS membership or eligibility
- 2+ yrs fitting hearing aids
- Hands-on Audioscan Verifit experience - all our fittings are verified with real-ear measurement and speech mapping on Verifit 2, no exceptions
- Noah and manufacturer fitting software
- Full NZ driver licence (clean)
- NZ citizen / resident or valid work visa

Nice to have: tinnitus management, ACC hearing loss claims.

We offer a base salary plus bonus, CPD budget and a 4-day week option.
""",
        "name": "Priya Chand",
        "label": "Audiometrist",
        "summary": "Audiometrist with five years dispensing hearing aids to adults in Auckland and the Bay of Plenty; every fitting verified with real-ear measurement. NZ resident with a full, clean driver licence.",
        "where": ("Tauranga", "Bay of Plenty"),
        "country": "NZ",
        "work": [
            ("Audiometrist", "Kaimai Hearing Care", "2023-03", "", [
                "Test hearing and fit hearing aids for adults, including ACC-funded clients",
                "Verify every fitting with Audioscan Verifit 2 real-ear measurement and speech mapping",
                "Manage clients in Noah with Phonak Target, Oticon Genie 2 and Signia Connexx",
            ]),
            ("Hearing Aid Dispenser", "Auckland Hearing Associates", "2021-06", "2023-02", [
                "Fitted and followed up 10-15 clients a week; ran tinnitus information sessions",
            ]),
        ],
        "skills": {"Clinical": ["Audiometry", "Hearing aid fitting", "Real-ear measurement", "Tinnitus support"], "Software": ["Audioscan Verifit 2", "Noah", "Phonak Target", "Oticon Genie 2"], "Other": ["Full NZ driver licence (clean)", "NZ permanent resident"]},
        "certs": [
            ("Diploma in Audiometry", "Australasian College of Audiometry", "2021-04"),
            ("Member (Audiometrist), New Zealand Audiological Society", "NZAS", "2021-07"),
        ],
        "edu": [("Bachelor of Health Science", "", "Auckland University of Technology", "2019")],
        "unq": {
            "skills": {"Clinical": ["Audiometry", "Hearing aid fitting", "First-fit programming", "Tinnitus support"], "Software": ["Noah", "Phonak Target", "Oticon Genie 2"], "Other": ["Full NZ driver licence (clean)", "NZ permanent resident"]},
            "summary": "Audiometrist with five years dispensing hearing aids to adults in Auckland and the Bay of Plenty. NZ resident with a full, clean driver licence.",
        },
        "swaps": [("Verify every fitting with Audioscan Verifit 2 real-ear measurement and speech mapping", "Fine-tune fittings from client feedback using manufacturer first-fit settings")],
        "decisive": ("Audioscan Verifit real-ear measurement", ["Verifit", "Audioscan"], "tool"),
    },
    {
        "id": "nurse_anesthetist-fresh11-1",
        "occ": "nurse_anesthetist",
        "title": "Assistant Professor, Nurse Anesthesia Program (CRNA)",
        "company": "Gulf Coast Health Sciences University",
        "location": "Houston, TX",
        "posting": """
The School of Nursing invites applications for a full-time, 12-month, non-tenure-track Assistant Professor in its COA-accredited Doctor of Nurse Anesthesia Practice program. The faculty member teaches didactic courses (pharmacology, advanced principles of anesthesia), coordinates clinical sites and keeps a clinical practice one day per week.

Required qualifications:
- Earned doctoral degree (DNP, DNAP, DNP-A, PhD, EdD or equivalent) from an accredited institution
- Current certification by the NBCRNA as a Certified Registered Nurse Anesthetist
- Current unencumbered Texas RN license and APRN license (CRNA role)
- Minimum of 3 years of clinical anesthesia experience as a CRNA
- Current BLS, ACLS and PALS

Preferred: prior teaching or clinical preceptor experience; scholarship in anesthesia education.
""",
        "name": "Andre Whitfield",
        "label": "Certified Registered Nurse Anesthetist, Clinical Preceptor",
        "summary": "CRNA with seven years of independent and team-model anesthesia practice in Texas hospitals; clinical preceptor for nurse anesthesia residents; doctorally prepared.",
        "where": ("Houston", "TX"),
        "work": [
            ("Staff Nurse Anesthetist / Clinical Coordinator", "Memorial Bayou Medical Center", "2022-01", "", [
                "Provide general, regional and MAC anesthesia for cardiac, orthopedic and obstetric cases",
                "Clinical coordinator for nurse anesthesia residents rotating through the main OR",
                "Lecture on airway management in the residency program's simulation lab",
            ]),
            ("Certified Registered Nurse Anesthetist", "Brazos Regional Hospital", "2019-07", "2021-12", [
                "Delivered anesthesia care in a CRNA/anesthesiologist care team model, 12 ORs",
            ]),
            ("Registered Nurse, Cardiovascular ICU", "Brazos Regional Hospital", "2013-06", "2016-07", [
                "Cared for post-cardiac surgery patients on vasoactive infusions and mechanical ventilation",
            ]),
        ],
        "skills": {"Clinical": ["General anesthesia", "Regional anesthesia", "Airway management", "Obstetric anesthesia"], "Teaching": ["Clinical precepting", "Simulation"]},
        "certs": [
            ("Certified Registered Nurse Anesthetist (CRNA)", "National Board of Certification and Recertification for Nurse Anesthetists", "2019-06"),
            ("Texas Registered Nurse License and Advanced Practice Registered Nurse License (CRNA)", "Texas Board of Nursing", "2019-06"),
            ("BLS, ACLS and PALS Provider", "American Heart Association", "2025-09"),
        ],
        "edu": [
            ("Doctor of Nurse Anesthesia Practice (DNAP)", "Nurse Anesthesia", "Texas Wesleyan University", "2019"),
            ("Bachelor of Science in Nursing", "Nursing", "Texas A&M University", "2013"),
        ],
        "unq": {
            "summary": "CRNA with seven years of independent and team-model anesthesia practice in Texas hospitals; clinical preceptor for nurse anesthesia residents.",
            "edu": [
                ("Master of Science", "Nurse Anesthesia", "Texas Wesleyan University", "2019"),
                ("Bachelor of Science in Nursing", "Nursing", "Texas A&M University", "2013"),
            ],
        },
        "decisive": ("earned doctoral degree (DNP, DNAP, PhD)", ["doctoral", "doctorate", "DNP", "DNAP"], "degree level"),
    },
    {
        "id": "nurse_anesthetist-fresh11-2",
        "occ": "nurse_anesthetist",
        "title": "CRNA - Critical Access Hospital (independent practice)",
        "company": "Big Sky Frontier Health",
        "location": "Lewistown, MT",
        "posting": """
CRNA - sole anesthesia provider, 25-bed critical access hospital, Lewistown MT

- 1:2 call, 7-on/7-off option
- Cases: general surgery, ortho, C-sections, endoscopy, ED airway support
- No anesthesiologist on site, so we need someone who has done this before

REQUIREMENTS
* NBCRNA certified CRNA
* Montana RN + APRN (CRNA) license, or able to get one before start
* 3+ yrs post-certification CRNA experience, incl. independent practice
* ACLS, PALS, BLS current
* Comfortable with regional blocks and OB anesthesia

$280k-$310k, $40k sign-on, relocation, housing stipend.
""",
        "name": "Kara Lindqvist",
        "label": "Nurse Anesthetist (CRNA)",
        "summary": "Certified registered nurse anesthetist practicing independently in rural Montana and Wyoming hospitals for more than six years; comfortable as sole anesthesia provider, including OB and blocks.",
        "where": ("Billings", "MT"),
        "work": [
            ("Nurse Anesthetist, sole provider", "Yellowstone Valley Critical Access Hospital", "2023-02", "", [
                "Only anesthesia provider for general, orthopedic and obstetric surgery and endoscopy",
                "Place spinal, epidural and ultrasound-guided peripheral nerve blocks",
                "Support emergency department airway management and rapid sequence intubation",
            ]),
            ("Certified Registered Nurse Anesthetist", "Wind River Regional Medical Center", "2020-06", "2023-01", [
                "Independent CRNA practice in a rural hospital with no anesthesiologist on staff",
            ]),
            ("Registered Nurse, Surgical ICU", "Billings Clinic", "2014-05", "2017-07", [
                "Cared for trauma and post-operative ICU patients",
            ]),
        ],
        "skills": {"Clinical": ["Regional anesthesia", "Obstetric anesthesia", "Airway management", "Independent practice"]},
        "certs": [
            ("Certified Registered Nurse Anesthetist", "NBCRNA", "2020-05"),
            ("Montana Registered Nurse and APRN license (nurse anesthetist)", "Montana Board of Nursing", "2020-05"),
            ("ACLS, PALS and BLS", "American Heart Association", "2025-11"),
        ],
        "edu": [("Doctor of Nursing Practice", "Nurse Anesthesia", "Oregon Health & Science University", "2020"), ("Bachelor of Science in Nursing", "Nursing", "Montana State University", "2014")],
        "unq": {
            "summary": "Certified registered nurse anesthetist practicing in rural Montana after a long surgical ICU career; comfortable with OB anesthesia and blocks.",
            "work": [
                ("Nurse Anesthetist", "Yellowstone Valley Critical Access Hospital", "2025-10", "", [
                    "Provide anesthesia for general, orthopedic and obstetric surgery and endoscopy",
                    "Place spinal, epidural and ultrasound-guided peripheral nerve blocks",
                    "Support emergency department airway management and rapid sequence intubation",
                ]),
                ("Registered Nurse, Surgical ICU", "Billings Clinic", "2014-05", "2022-07", [
                    "Cared for trauma and post-operative ICU patients; charge nurse and rapid response team member",
                ]),
            ],
            "certs": [
                ("Certified Registered Nurse Anesthetist", "NBCRNA", "2025-09"),
                ("Montana Registered Nurse and APRN license (nurse anesthetist)", "Montana Board of Nursing", "2025-09"),
                ("ACLS, PALS and BLS", "American Heart Association", "2025-11"),
            ],
            "edu": [("Doctor of Nursing Practice", "Nurse Anesthesia", "Oregon Health & Science University", "2025"), ("Bachelor of Science in Nursing", "Nursing", "Montana State University", "2014")],
        },
        "decisive": ("3+ years of post-certification CRNA experience", ["years", "yrs"], "years"),
    },
    {
        "id": "art_therapist-fresh11-1",
        "occ": "art_therapist",
        "title": "Art-thérapeute / Art Therapist - Programme jeunesse",
        "company": "Centre jeunesse Les Érables",
        "location": "Montréal, QC, Canada",
        "posting": """
Art-thérapeute - poste permanent, 4 jours/semaine

Le Centre jeunesse Les Érables offers group and individual art therapy to adolescents in residential care. We are hiring an art therapist to run open studio groups, individual sessions and family sessions, and to take part in interdisciplinary case meetings.

Exigences / Requirements:
- Maîtrise en art-thérapie (e.g. MA Creative Arts Therapies - Art Therapy) or equivalent master's degree
- Professional membership: ATPQ (Association des art-thérapeutes du Québec) or RCAT (Canadian Art Therapy Association)
- Minimum 2 ans d'expérience clinique auprès des jeunes
- Français: excellent spoken and written French is required - all files, case meetings and family sessions are in French. Functional English an asset.
- Permis de conduire valide

Salaire selon l'échelle du réseau; assurance collective, régime de retraite.
""",
        "name": "Camille Fortier-Bates",
        "label": "Art Therapist (RCAT)",
        "summary": "Registered Canadian Art Therapist with five years of individual and group art therapy with adolescents in youth protection and mental-health settings. Francophone, fluent in English; valid Quebec driver's licence.",
        "where": ("Laval", "QC"),
        "country": "CA",
        "work": [
            ("Art Therapist", "Maison des jeunes de Laval", "2022-08", "", [
                "Run weekly open-studio and closed art therapy groups for teenagers aged 13-17",
                "Provide individual art therapy and family sessions; write clinical notes in French",
                "Present client progress at interdisciplinary case conferences with social workers and psychoeducators",
            ]),
            ("Art Therapist (contract)", "Hôpital de jour pour adolescents, Montréal", "2021-05", "2022-07", [
                "Co-facilitated art therapy groups for adolescents with anxiety and mood disorders",
            ]),
        ],
        "skills": {"Clinical": ["Art therapy", "Group facilitation", "Trauma-informed care", "Family sessions"], "Other": ["Quebec Class 5 driver's licence"]},
        "certs": [("Registered Canadian Art Therapist (RCAT)", "Canadian Art Therapy Association", "2023-06")],
        "edu": [("Master of Arts", "Creative Arts Therapies (Art Therapy option)", "Concordia University", "2021")],
        "langs": [("French", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Registered Canadian Art Therapist with five years of individual and group art therapy with adolescents in youth services and mental-health settings. Valid Quebec driver's licence.",
            "langs": [("English", "Native")],
        },
        "swaps": [("write clinical notes in French", "write clinical notes"), ("Maison des jeunes de Laval", "West Island Youth Centre, Laval"), ("Hôpital de jour pour adolescents, Montréal", "Montreal Children's Day Hospital")],
        "decisive": ("excellent spoken and written French", ["French", "français", "francophone"], "language"),
    },
    {
        "id": "art_therapist-fresh11-2",
        "occ": "art_therapist",
        "title": "Creative Arts Therapist II (Art) - Inpatient Psychiatry",
        "company": "Hudson River Behavioral Health",
        "location": "Poughkeepsie, NY",
        "posting": """
Hudson River Behavioral Health is seeking a Creative Arts Therapist II to provide art therapy on two adult inpatient psychiatric units.

Responsibilities include group and individual art therapy, treatment-plan goals and progress notes in the EHR, participation in treatment team, and supervision of art therapy interns.

Qualifications
Must have:
- Master's degree in art therapy from an AATA-approved program
- NYS Licensed Creative Arts Therapist (LCAT)
- ATR-BC (Registered, Board Certified Art Therapist) through the Art Therapy Credentials Board - required because the role supervises interns
- 2 years' post-master's clinical experience in mental health

Preferred: experience with adults with serious mental illness; DBT training.

Full-time, day shift, Monday-Friday. Salary $68,000-$79,000.
""",
        "name": "Rachel Okafor",
        "label": "Art Therapist, ATR-BC, LCAT",
        "summary": "Board certified art therapist and New York LCAT with six years on adult acute psychiatric units; supervises graduate art therapy interns.",
        "where": ("Kingston", "NY"),
        "work": [
            ("Senior Art Therapist", "Ulster County Medical Center, Adult Psychiatry", "2022-03", "", [
                "Lead daily art therapy groups and individual sessions on a 28-bed adult inpatient unit",
                "Write treatment-plan goals and progress notes; present at interdisciplinary treatment team",
                "Site supervisor for graduate art therapy interns from two approved programs",
            ]),
            ("Art Therapist", "Mid-Hudson Psychiatric Center", "2020-07", "2022-02", [
                "Provided art therapy to adults with schizophrenia and bipolar disorder",
            ]),
        ],
        "skills": {"Clinical": ["Art therapy", "Group therapy", "Serious mental illness", "DBT skills"], "Systems": ["Epic"]},
        "certs": [
            ("Licensed Creative Arts Therapist (LCAT)", "New York State Education Department, Office of the Professions", "2021-09"),
            ("Board Certified Art Therapist (ATR-BC)", "Art Therapy Credentials Board", "2023-02"),
        ],
        "edu": [("Master of Professional Studies", "Art Therapy", "Pratt Institute", "2020")],
        "unq": {
            "label": "Art Therapist, ATR, LCAT",
            "summary": "Registered art therapist and New York LCAT with six years on adult acute psychiatric units; co-supervises graduate art therapy interns.",
            "certs": [
                ("Licensed Creative Arts Therapist (LCAT)", "New York State Education Department, Office of the Professions", "2021-09"),
                ("Registered Art Therapist (ATR)", "Art Therapy Credentials Board", "2021-11"),
            ],
        },
        "decisive": ("ATR-BC board certification", ["ATR-BC", "board certified", "board-certified"], "credential level"),
    },
]
# fmt: on
