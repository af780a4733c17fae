"""Fresh12 half, public: ecologist, statistician, pressure_equipment_inspector, hydrographic_surveyor."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "ecologist-fresh12-1",
        "occ": "ecologist",
        "title": "Senior Ecologist (Bats)",
        "company": "Severnside Ecology LLP",
        "location": "Bristol, England, UK",
        "posting": """
Senior Ecologist (Bats) - Severnside Ecology LLP
Location: Bristol office, with fieldwork across the South West and South Wales
Salary: £36,000 - £42,000 depending on experience, plus paid overtime in the survey season

Severnside Ecology is a 22-person consultancy advising housebuilders, councils and infrastructure clients. We are growing our bat team and need a Senior Ecologist who can lead bat survey programmes from scoping to report.

Your week might include: preliminary roost assessments; planning and leading emergence and re-entry surveys; endoscope inspections of roosts; hand-netting bats for identification; analysing static detector data in Kaleidoscope; writing Ecological Impact Assessments and supporting European Protected Species mitigation licence applications.

What we need from you
- A Natural England bat survey class licence at Level 2 (CL18) or higher, in your own name
- At least four survey seasons' experience with bats, including leading teams
- A degree in ecology, zoology, environmental science or similar
- Full Member of CIEEM, or Associate working towards it
- Full UK driving licence

Desirable: great crested newt licence (CL08), dormouse licence, experience of mitigation licence applications.

Benefits: 25 days' leave plus bank holidays, time off in lieu for evening surveys, CIEEM fees paid, 5% employer pension, cycle-to-work.

Severnside Ecology is a Disability Confident Committed employer and welcomes applications from everyone.
""",
        "name": "Hannah Pryce",
        "label": "Principal Bat Ecologist",
        "summary": "Bat ecologist with seven survey seasons; licensed by Natural England to survey bats with endoscopes and hand nets, leads survey teams and writes EcIAs for planning.",
        "where": ("Bath", "Somerset"),
        "country": "GB",
        "work": [
            ("Ecologist, later Senior Ecologist", "Clarkson & Woods", "2021-03", "", [
                "Lead emergence/re-entry survey teams of up to eight surveyors on residential and barn-conversion schemes",
                "Endoscope roost inspections and hand-net captures for species identification",
                "Analyse static detector data in Kaleidoscope Pro; write PRAs, EcIAs and EPS mitigation licence method statements",
            ]),
            ("Assistant Ecologist", "Ecology by Design", "2019-04", "2021-02", [
                "Bat activity transects, static detector deployment, newt eDNA sampling and hazel dormouse nest-tube checks",
            ]),
        ],
        "skills": {"Survey": ["Bat emergence surveys", "Roost inspections", "Hand-netting", "Kaleidoscope Pro", "Great crested newt surveys"], "Reporting": ["EcIA", "EPS mitigation licences"], "Other": ["Full UK driving licence"]},
        "certs": [
            ("Bats: survey or research licence, level 2 (CL18) - registered user", "Natural England", "2022-05"),
            ("Great crested newt survey class licence (CL08)", "Natural England", "2021-04"),
            ("Full Member (MCIEEM)", "Chartered Institute of Ecology and Environmental Management", "2023-11"),
        ],
        "edu": [("BSc (Hons)", "Zoology", "Cardiff University", "2018")],
        "unq": {
            "summary": "Bat ecologist with seven survey seasons; licensed by Natural England to survey bats, leads survey teams and writes EcIAs for planning.",
            "certs": [
                ("Bats: survey or research licence, level 1 (CL17) - registered user", "Natural England", "2022-05"),
                ("Great crested newt survey class licence (CL08)", "Natural England", "2021-04"),
                ("Full Member (MCIEEM)", "Chartered Institute of Ecology and Environmental Management", "2023-11"),
            ],
            "work": [
                ("Ecologist, later Senior Ecologist", "Clarkson & Woods", "2021-03", "", [
                    "Lead emergence/re-entry survey teams of up to eight surveyors on residential and barn-conversion schemes",
                    "Preliminary roost assessments with torches; accompanies licensed colleagues for captures",
                    "Analyse static detector data in Kaleidoscope Pro; write PRAs, EcIAs and EPS mitigation licence method statements",
                ]),
                ("Assistant Ecologist", "Ecology by Design", "2019-04", "2021-02", [
                    "Bat activity transects, static detector deployment, newt eDNA sampling and hazel dormouse nest-tube checks",
                ]),
            ],
            "skills": {"Survey": ["Bat emergence surveys", "Roost assessments", "Kaleidoscope Pro", "Great crested newt surveys"], "Reporting": ["EcIA", "EPS mitigation licences"], "Other": ["Full UK driving licence"]},
        },
        "decisive": ("A Natural England bat survey class licence at Level 2 (CL18) or higher", ["Level 2", "CL18"], "licence level"),
    },
    {
        "id": "ecologist-fresh12-2",
        "occ": "ecologist",
        "title": "Ecologist - Amphibians and Reptiles",
        "company": "Taf Ecological Services",
        "location": "Cardiff, Wales, UK",
        "posting": """
Ecologist - Amphibians and Reptiles
Taf Ecological Services, Cardiff | Permanent | £30,000-£35,000

Taf Ecological Services works almost entirely in Wales for developers, Welsh local authorities and Welsh Government projects. This year we have more great crested newt work than our team can cover, so we're hiring.

Main tasks
• Planning and leading great crested newt presence/absence and population-size class surveys (torching, bottle trapping, egg searches)
• eDNA sampling and Habitat Suitability Index assessments
• Reptile surveys and translocation supervision
• Reports for planning applications and support with mitigation licence applications to the Welsh licensing authority

Candidate requirements
1. You must hold a Natural Resources Wales (NRW) licence to survey great crested newts - surveys here cannot be carried out under a Natural England licence
2. Two or more seasons of amphibian survey experience
3. Degree in ecology or a related subject
4. Full driving licence and access to a vehicle (mileage paid at 45p)

Welsh speakers are particularly encouraged to apply (Welsh is desirable, not essential).

We offer flexible hours outside the survey season, 26 days' annual leave, and paid CIEEM membership. Taf Ecological Services is an equal opportunities employer.
""",
        "name": "Gethin Morgan",
        "label": "Ecologist",
        "summary": "Ecologist working in Wales and England on great crested newt and reptile surveys; licensed for newt survey work in both countries and experienced in mitigation reporting.",
        "where": ("Pontypridd", "Rhondda Cynon Taf"),
        "country": "GB",
        "work": [
            ("Ecologist", "Arcadis (Ecology team)", "2022-02", "", [
                "Lead great crested newt presence/absence and population class surveys: bottle traps, torch counts, egg searches",
                "HSI assessments, eDNA sampling and reptile translocation watching briefs",
                "Report for planning and draft mitigation licence applications for schemes in South Wales",
            ]),
            ("Assistant Ecologist", "Ecological Survey & Assessment Ltd", "2020-04", "2022-01", [
                "Seasonal amphibian, reptile and breeding bird surveys in the Welsh Valleys and Gloucestershire",
            ]),
        ],
        "skills": {"Survey": ["Great crested newt surveys", "HSI", "eDNA sampling", "Reptile surveys", "Translocation"], "Reporting": ["Preliminary Ecological Appraisal", "Mitigation licence applications"], "Other": ["Full UK driving licence", "Own car"]},
        "certs": [
            ("Great crested newt licence - survey and research", "Natural Resources Wales", "2022-03"),
            ("Great crested newt survey class licence (CL08)", "Natural England", "2021-05"),
            ("Associate Member (ACIEEM)", "CIEEM", "2021-09"),
        ],
        "edu": [("BSc (Hons)", "Ecology and Environmental Management", "Cardiff University", "2019")],
        "langs": [("English", "Native"), ("Welsh", "Conversational")],
        "unq": {
            "summary": "Ecologist working in Wales and England on great crested newt and reptile surveys; licensed for newt survey work in England and experienced in mitigation reporting.",
            "certs": [
                ("Great crested newt survey class licence (CL08)", "Natural England", "2021-05"),
                ("Associate Member (ACIEEM)", "CIEEM", "2021-09"),
            ],
        },
        "decisive": ("Natural Resources Wales (NRW) licence to survey great crested newts", ["Natural Resources Wales", "NRW"], "jurisdiction"),
    },
    {
        "id": "statistician-fresh12-1",
        "occ": "statistician",
        "title": "Senior Methodologist",
        "company": "Stats NZ Tatauranga Aotearoa",
        "location": "Wellington, New Zealand",
        "posting": """
Senior Methodologist - Methodology and Data Science
Stats NZ Tatauranga Aotearoa | Wellington (hybrid) | Permanent, full time

Mō mātou - About us
Stats NZ is the government's lead agency for official data. Our methodologists design the samples, estimation and editing that sit behind the Household Labour Force Survey, the CPI and the census.

Mō te tūranga - About the role
As a Senior Methodologist you'll design and review sample designs and estimation methods, build small-area and model-based estimates, and advise survey teams on quality. You'll also mentor methodologists earlier in their careers.

Ngā pūkenga - What you'll bring
• A master's degree or higher in statistics, mathematics or a closely related quantitative field
• Solid knowledge of sampling theory, weighting/calibration and variance estimation
• Programming in R and/or SAS (Python useful)
• Around five years' experience applying statistical methods, ideally in official statistics
• The ability to explain technical ideas to non-specialists

Salary range: $118,000 - $138,000, plus 3% employer KiwiSaver contribution, flexible working and 5 weeks' annual leave.

Stats NZ is committed to te Tiriti o Waitangi and to a diverse workforce. You must be a New Zealand citizen or resident, or hold a valid work visa.
""",
        "name": "Aroha Tane",
        "label": "Survey Statistician",
        "summary": "Survey statistician with seven years in official and health statistics: sample design, calibration weighting, variance estimation and small-area estimation in R and SAS; New Zealand citizen.",
        "where": ("Lower Hutt", "Wellington"),
        "country": "NZ",
        "work": [
            ("Statistical Analyst, later Senior Statistical Analyst", "Ministry of Health - Manatū Hauora", "2021-06", "", [
                "Designed the sample and calibration weights for the New Zealand Health Survey; replicate-weight variance estimation in R (survey package)",
                "Built model-based small-area estimates of smoking prevalence for district health reporting",
                "Mentor two graduate analysts; brief policy teams on what the estimates can and cannot support",
            ]),
            ("Statistician", "Statistics Research Associates Ltd", "2019-02", "2021-05", [
                "Sampling, editing and imputation for regional council and transport surveys in SAS",
            ]),
        ],
        "skills": {"Methods": ["Sample design", "Calibration weighting", "Variance estimation", "Small area estimation", "Imputation"], "Software": ["R", "SAS", "Python"]},
        "certs": [],
        "edu": [
            ("Master of Science", "Statistics", "Te Herenga Waka - Victoria University of Wellington", "2018"),
            ("Bachelor of Science", "Statistics and Mathematics", "University of Canterbury", "2016"),
        ],
        "unq": {
            "edu": [
                ("Bachelor of Science", "Statistics and Mathematics", "University of Canterbury", "2016"),
            ],
        },
        "decisive": ("A master's degree or higher in statistics, mathematics or a closely related quantitative field", ["master's", "Master"], "degree level"),
    },
    {
        "id": "statistician-fresh12-2",
        "occ": "statistician",
        "title": "Mathematical Statistician (MA-03)",
        "company": "Statistics Canada",
        "location": "Ottawa, ON, Canada",
        "posting": """
Mathematical Statistician (MA-03) - Statistics Canada
Ottawa (Ontario) | Indeterminate | $86,000 to $108,000 (under review)

Language requirements: Bilingual imperative (CBC/CBC)
Security requirements: Reliability Status

Work environment
The Social Statistics Methods Division designs and maintains the methods behind Canada's household surveys. Our teams work in both official languages every day: meetings, documentation and client consultations alternate between English and French.

Essential qualifications
- Graduation with a degree from a recognized post-secondary institution with acceptable specialization in mathematics, statistics or economics, with at least six courses in statistics
- Experience in the design or analysis of probability surveys (sampling, weighting, estimation)
- Experience programming in SAS, R or Python

Asset qualifications
- Master's degree in statistics
- Experience with G-Est or other generalized estimation systems

Conditions of employment: Reliability Status security clearance. Second language evaluation results of CBC for reading, writing and oral interaction (or ability to obtain them before appointment).

Preference will be given to veterans and to Canadian citizens and permanent residents. The Public Service of Canada is committed to employment equity.
""",
        "name": "Mathieu Ng",
        "label": "Survey Methodologist",
        "summary": "Survey methodologist who designs samples, weights and estimates for household surveys and works in English and French.",
        "where": ("Gatineau", "QC"),
        "country": "CA",
        "work": [
            ("Methodologist", "Institut de la statistique du Québec", "2020-09", "", [
                "Stratified multistage sample designs and calibration for the Québec Population Health Survey",
                "Bootstrap variance estimation in SAS and R; documentation written in French and English",
            ]),
            ("Statistical Analyst", "Environics Analytics", "2018-06", "2020-08", [
                "Weighting and raking of consumer panel surveys in Python",
            ]),
        ],
        "skills": {"Methods": ["Sampling", "Weighting and calibration", "Bootstrap variance estimation", "Generalized estimation systems (G-Est)"], "Software": ["SAS", "R", "Python"]},
        "certs": [
            ("Second Language Evaluation (French) - results C / B / C (reading, writing, oral)", "Public Service Commission of Canada", "2025-02"),
            ("Reliability Status", "Government of Canada", "2025-03"),
        ],
        "edu": [
            ("Master of Science", "Statistics", "Université de Montréal", "2018"),
            ("Bachelor of Science", "Mathematics and Statistics", "McGill University", "2016"),
        ],
        "langs": [("English", "Native"), ("French", "Professional working proficiency")],
        "unq": {
            "certs": [
                ("Second Language Evaluation (French) - results B / B / B (reading, writing, oral)", "Public Service Commission of Canada", "2025-02"),
                ("Reliability Status", "Government of Canada", "2025-03"),
            ],
            "langs": [("English", "Native"), ("French", "Limited working proficiency")],
            "summary": "Survey methodologist who designs samples, weights and estimates for household surveys; works in English, with intermediate French.",
        },
        "decisive": ("Bilingual imperative (CBC/CBC): second language evaluation results of CBC", ["CBC", "Bilingual imperative"], "language"),
    },
    {
        "id": "pressure_equipment_inspector-fresh12-1",
        "occ": "pressure_equipment_inspector",
        "title": "Static Equipment Inspector (API 510)",
        "company": "Gulf Integrity Services LLC",
        "location": "Ruwais, Abu Dhabi, UAE",
        "posting": """
Static Equipment Inspector (API 510) - Refinery Turnaround & Long-term Support
Client site: Ruwais, Abu Dhabi | Rotation: 6 days on / 1 day off, 10-hour shifts | Single-status camp accommodation

Gulf Integrity Services is mobilising inspectors for a major refinery client. Successful candidates will perform in-service and turnaround inspection of pressure vessels, columns, heat exchangers and drums.

Duties
- Internal and external visual inspection of pressure vessels and exchangers to client procedures and API 510
- Review UT thickness and NDT reports; calculate corrosion rates, remaining life and next inspection dates
- Witness hydrotests and repairs; raise inspection reports in Meridium APM
- Recommend repairs and alterations in line with ASME VIII and API 510 / API 572

Mandatory
• Valid API 510 Pressure Vessel Inspector certification (ICP)
• Minimum 6 years' static equipment inspection in oil & gas/petrochemical
• Diploma or degree in mechanical engineering
• CSWIP 3.1 or AWS CWI

Preferred: API 571, ASNT/ISO 9712 Level II (UT), previous ADNOC experience.

Package: competitive monthly salary (tax-free), camp accommodation and transport, annual leave ticket, medical cover. Candidates must be able to obtain a UAE employment visa and site pass.
""",
        "name": "Suresh Pillai",
        "label": "Senior Static Equipment Inspector",
        "summary": "Static equipment inspector with eleven years in refineries and gas plants: vessels, columns, exchangers and drums; API-certified for pressure vessels; welding inspector.",
        "where": ("Abu Dhabi", "Abu Dhabi"),
        "country": "AE",
        "work": [
            ("Senior Inspection Engineer", "Bureau Veritas (client: Borouge)", "2019-02", "", [
                "Internal/external inspection of pressure vessels, columns and shell-and-tube exchangers during three turnarounds",
                "Corrosion rate, remaining-life and next-inspection-date calculations from UT data; reports in Meridium APM",
                "Witnessed hydrotests and repairs to ASME Section VIII",
            ]),
            ("Inspection Engineer", "Reliance Industries, Jamnagar Refinery", "2015-07", "2019-01", [
                "In-service inspection of drums, heat exchangers and air coolers; reviewed NDT subcontractor reports",
            ]),
        ],
        "skills": {"Inspection": ["Pressure vessels", "Heat exchangers", "Corrosion assessment", "Hydrotest witnessing", "Meridium APM"], "Codes": ["ASME VIII", "API 510", "API 572", "API 571"]},
        "certs": [
            ("API Authorized Pressure Vessel Inspector (API 510)", "American Petroleum Institute - Individual Certification Programs", "2017-09"),
            ("API 571 Corrosion and Materials Professional", "American Petroleum Institute", "2020-03"),
            ("CSWIP 3.1 Welding Inspector", "TWI Certification Ltd", "2016-04"),
            ("ISO 9712 UT Level 2", "BINDT", "2018-11"),
        ],
        "edu": [("Bachelor of Technology", "Mechanical Engineering", "College of Engineering Trivandrum", "2015")],
        "langs": [("English", "Fluent"), ("Malayalam", "Native"), ("Hindi", "Fluent")],
        "unq": {
            "summary": "Static equipment inspector with eleven years in refineries and gas plants: vessels, columns, exchangers, drums and piping; API-certified for piping; welding inspector.",
            "certs": [
                ("API Authorized Piping Inspector (API 570)", "American Petroleum Institute - Individual Certification Programs", "2017-09"),
                ("API 571 Corrosion and Materials Professional", "American Petroleum Institute", "2020-03"),
                ("CSWIP 3.1 Welding Inspector", "TWI Certification Ltd", "2016-04"),
                ("ISO 9712 UT Level 2", "BINDT", "2018-11"),
            ],
            "skills": {"Inspection": ["Pressure vessels", "Heat exchangers", "Corrosion assessment", "Hydrotest witnessing", "Meridium APM"], "Codes": ["ASME VIII", "API 570", "API 572", "API 571"]},
        },
        "decisive": ("Valid API 510 Pressure Vessel Inspector certification (ICP)", ["API 510"], "certificate"),
    },
    {
        "id": "pressure_equipment_inspector-fresh12-2",
        "occ": "pressure_equipment_inspector",
        "title": "Engineer Surveyor - Pressure Systems",
        "company": "Northfield Engineering Inspection Ltd",
        "location": "Leeds, West Yorkshire, UK",
        "posting": """
Engineer Surveyor - Pressure Systems (Home-based, Leeds / Bradford / Wakefield territory)

£44,000 - £49,000 + company car or car allowance + overtime

Northfield Engineering Inspection is a UKAS-accredited Type A inspection body. Our Engineer Surveyors carry out statutory examinations for clients ranging from dairies and breweries to hospitals and chemical plants.

You'll examine steam boilers, air receivers, autoclaves, calorifiers and associated pipework under the Pressure Systems Safety Regulations 2000 (PSSR), draw up and review Written Schemes of Examination, and report defects clearly to duty holders.

To be considered you must have:
» at least four years' experience carrying out in-service examination of pressure systems as an engineer surveyor or plant inspector
» a recognised mechanical engineering qualification (HNC minimum)
» working knowledge of PSSR 2000, PSSR ACoP (L122) and relevant standards
» a full UK driving licence

Desirable: EngTech or IEng registration; experience with LOLER or PUWER examinations.

Benefits include 25 days' holiday + bank holidays, private medical insurance, 6% matched pension and paid professional fees. We are an equal opportunities employer; reasonable adjustments are available throughout the recruitment process.
""",
        "name": "Craig Whitworth",
        "label": "Engineer Surveyor",
        "summary": "Engineer surveyor examining boilers, air receivers, autoclaves and calorifiers under PSSR since 2018; writes and reviews written schemes of examination.",
        "where": ("Halifax", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Engineer Surveyor (Pressure & Plant)", "Allianz Engineering Inspection Services", "2021-03", "", [
                "Statutory examination of steam boilers, air receivers, autoclaves and calorifiers for food, healthcare and chemical duty holders",
                "Prepare and review Written Schemes of Examination; issue defect reports with clear timescales",
                "Cover LOLER examinations of lifting equipment on mixed-plant visits",
            ]),
            ("Plant Inspector", "British Engineering Services", "2018-05", "2021-02", [
                "In-service examination of pressure vessels and steam pipework across Yorkshire; PUWER assessments",
            ]),
            ("Maintenance Fitter (Apprentice to Fitter)", "Arla Foods, Leeds dairy", "2013-09", "2018-04", [
                "Maintained steam, CIP and compressed-air systems",
            ]),
        ],
        "skills": {"Inspection": ["PSSR 2000 examinations", "Written schemes of examination", "LOLER", "PUWER"], "Engineering": ["Steam systems", "Compressed air", "Pressure vessels"]},
        "certs": [
            ("EngTech", "Engineering Council (via IMechE)", "2020-07"),
            ("Full UK Driving Licence (B)", "DVLA", "2012-04"),
        ],
        "edu": [("HNC", "Mechanical Engineering", "Leeds College of Building", "2017")],
        "unq": {
            "summary": "Engineer surveyor examining boilers, air receivers, autoclaves and calorifiers under PSSR since 2024; writes and reviews written schemes of examination.",
            "work": [
                ("Engineer Surveyor (Pressure & Plant)", "Allianz Engineering Inspection Services", "2024-08", "", [
                    "Statutory examination of steam boilers, air receivers, autoclaves and calorifiers for food, healthcare and chemical duty holders",
                    "Prepare and review Written Schemes of Examination; issue defect reports with clear timescales",
                    "Cover LOLER examinations of lifting equipment on mixed-plant visits",
                ]),
                ("Maintenance Fitter (Apprentice to Fitter)", "Arla Foods, Leeds dairy", "2013-09", "2024-07", [
                    "Maintained steam, CIP and compressed-air systems",
                ]),
            ],
        },
        "decisive": ("at least four years' experience carrying out in-service examination of pressure systems", ["years", "yrs"], "years"),
    },
    {
        "id": "hydrographic_surveyor-fresh12-1",
        "occ": "hydrographic_surveyor",
        "title": "Hydrographic Surveyor (APS 6)",
        "company": "Australian Hydrographic Office",
        "location": "Wollongong, NSW, Australia",
        "posting": """
Hydrographic Surveyor - APS Level 6
Australian Hydrographic Office (Department of Defence) | Wollongong NSW | Ongoing, full-time
Salary: $98,000 - $112,000 plus 15.4% superannuation

The role
The Australian Hydrographic Office (AHO) produces Australia's official nautical charts. The Hydrographic Surveyor assesses incoming survey data from Navy and contract surveys, validates it against IHO S-44 standards and prepares it for charting.

Key duties
- Quality-assess multibeam and LiDAR bathymetry in CARIS HIPS and SIPS / Teledyne CARIS BASE Editor
- Evaluate survey reports, tidal reductions and uncertainty against S-44 Order requirements
- Liaise with RAN survey units and commercial survey contractors
- Contribute to data management procedures

Eligibility and security
This position requires the occupant to hold and maintain a security clearance at Negative Vetting Level 1 (NV1). Because of project timelines, applicants must already hold an active NV1 (or higher) clearance at time of application. Australian citizenship is required.

Qualifications
- Tertiary qualification in surveying, hydrography, geospatial science or similar
- Experience processing hydrographic data in CARIS or QPS Qimera

Defence values diversity and welcomes applications from Aboriginal and Torres Strait Islander peoples, people with disability, and veterans.
""",
        "name": "Sophie Marchetti",
        "label": "Hydrographic Data Processor",
        "summary": "Hydrographic surveyor who processes and quality-checks multibeam and airborne LiDAR bathymetry to IHO S-44 for charting; holds a current Defence clearance at NV1 level; Australian citizen.",
        "where": ("Wollongong", "NSW"),
        "country": "AU",
        "work": [
            ("Hydrographic Surveyor", "iXblue Australia (AHO contract surveys)", "2021-07", "", [
                "Processed multibeam and LiDAR bathymetry in CARIS HIPS and SIPS and QPS Qimera; total propagated uncertainty checks against S-44 Special Order and Order 1a",
                "Applied tidal reductions and wrote Reports of Survey for the AHO",
            ]),
            ("Graduate Surveyor", "Fugro Australia Marine", "2019-02", "2021-06", [
                "Online and processing roles on port and coastal surveys",
            ]),
        ],
        "skills": {"Hydrography": ["Multibeam processing", "LiDAR bathymetry", "IHO S-44", "Tidal reduction", "TPU analysis"], "Software": ["CARIS HIPS and SIPS", "CARIS BASE Editor", "QPS Qimera"]},
        "certs": [("Negative Vetting 1 security clearance", "Australian Government Security Vetting Agency (AGSVA)", "2022-04")],
        "edu": [("Bachelor of Surveying", "Surveying (Hydrography major)", "University of Newcastle", "2018")],
        "unq": {
            "summary": "Hydrographic surveyor who processes and quality-checks multibeam and airborne LiDAR bathymetry to IHO S-44 for charting; holds a current Defence clearance at Baseline level; Australian citizen.",
            "certs": [("Baseline Vetting security clearance", "Australian Government Security Vetting Agency (AGSVA)", "2022-04")],
        },
        "decisive": ("hold and maintain a security clearance at Negative Vetting Level 1 (NV1)", ["NV1", "Negative Vetting Level 1"], "clearance level"),
    },
    {
        "id": "hydrographic_surveyor-fresh12-2",
        "occ": "hydrographic_surveyor",
        "title": "Senior Hydrographic Surveyor",
        "company": "Maritime and Port Authority of Singapore",
        "location": "Singapore",
        "posting": """
Senior Hydrographic Surveyor
Hydrographic Department, Maritime and Port Authority of Singapore (MPA)

What the role is
MPA's Hydrographic Department surveys Singapore's port waters, fairways and anchorages and produces the national nautical charts. As Senior Hydrographic Surveyor you will plan and lead survey operations aboard MPA survey launches and supervise a team of surveyors and data processors.

What you will be working on
- Planning and leading multibeam and side-scan sonar surveys to IHO S-44 Special Order
- Supervising data acquisition, processing and quality control; approving final survey products
- Tide and positioning control (GNSS RTK, tidal observations)
- Mentoring junior surveyors and assessing their competence

What we are looking for
- Recognised as a Category A hydrographic surveyor, i.e. graduate of a FIG/IHO/ICA-recognised Cat A programme, or holder of equivalent certification
- At least 6 years of hydrographic survey experience, with time as party chief
- Proficiency in QPS QINSy/Qimera or CARIS HIPS and SIPS

Only Singapore Citizens or Singapore Permanent Residents need apply. Only shortlisted candidates will be notified.
""",
        "name": "Ong Wei Ming",
        "label": "Hydrographic Party Chief",
        "summary": "Hydrographic surveyor and party chief of nine years; MSc from an IHO-recognised Category A course; plans and leads multibeam and side-scan surveys in port waters; Singapore Citizen.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Party Chief / Senior Hydrographic Surveyor", "Fugro Singapore", "2020-04", "", [
                "Plan and lead multibeam and side-scan sonar surveys of fairways and anchorages to S-44 Special Order",
                "Sign off processed bathymetry from QPS Qimera; run RTK and tide control",
                "Assess and mentor a team of five surveyors and processors",
            ]),
            ("Hydrographic Surveyor", "PSA Marine", "2017-10", "2020-03", [
                "Acquisition and processing in QINSy and CARIS HIPS and SIPS on harbour surveys",
            ]),
        ],
        "skills": {"Hydrography": ["Multibeam", "Side-scan sonar", "IHO S-44", "GNSS RTK", "Tidal observation"], "Software": ["QPS QINSy", "QPS Qimera", "CARIS HIPS and SIPS"]},
        "certs": [],
        "edu": [
            ("Master of Science", "Hydrography (FIG/IHO/ICA Category A)", "University of Plymouth", "2017"),
            ("Bachelor of Engineering", "Civil Engineering", "National University of Singapore", "2015"),
        ],
        "unq": {
            "summary": "Hydrographic surveyor and party chief of nine years; trained on an IHO-recognised Category B course; plans and leads multibeam and side-scan surveys in port waters; Singapore Citizen.",
            "edu": [
                ("Certificate", "Hydrographic Surveying (FIG/IHO/ICA Category B)", "Skilltrade, IJmuiden (Netherlands)", "2017"),
                ("Bachelor of Engineering", "Civil Engineering", "National University of Singapore", "2015"),
            ],
        },
        "decisive": ("Recognised as a Category A hydrographic surveyor (FIG/IHO/ICA-recognised Cat A programme)", ["Category A", "Cat A"], "credential level"),
    },
]
