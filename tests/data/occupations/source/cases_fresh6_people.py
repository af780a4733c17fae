"""fresh6 cases, people: safety manager, training specialist (two cases each)."""

# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "safety_manager-fresh6-1",
        "occ": "safety_manager",
        "title": "Safety Manager - Heavy Civil / Industrial",
        "company": "Mortenson",
        "location": "Milwaukee, WI",
        "posting": """
Mortenson is hiring a Safety Manager to lead the safety program on a large industrial project (data center campus, ~900 craft at peak) in southeast Wisconsin.

What you'll do
- Own the site-specific safety plan, pre-task planning and daily field audits
- Coach superintendents, foremen and trade partners; run orientation and weekly toolbox talks
- Lead incident investigations and root-cause analysis; track leading and lagging indicators
- Manage crane/critical lift plans, confined space and energized work permits with the project team

What you'll bring
- Bachelor's degree in Occupational Safety, Construction Management or related field
- 7+ years of construction safety experience, including at least 3 on large commercial/industrial projects
- Certified Safety Professional (CSP) credential from BCSP -- required
- OSHA 500 (authorized outreach trainer) or willingness to obtain
- CPR/First Aid; valid driver's license

Mortenson offers a competitive salary, annual bonus, vehicle allowance, 401(k) with profit sharing and comprehensive health benefits. EOE/AA, including veterans and individuals with disabilities.
""",
        "name": "Carlos Medina",
        "label": "Construction Safety Manager, CSP",
        "summary": "Construction safety professional with eleven years on industrial and heavy commercial projects (manufacturing plants, hospitals, data centers); certified safety professional and OSHA outreach trainer.",
        "where": ("Waukesha", "WI"),
        "work": [
            ("Senior Safety Manager", "The Boldt Company", "2021-03", "", [
                "Lead safety on a $600M pharmaceutical manufacturing build with 700 workers at peak; zero lost-time cases in 2.1M hours",
                "Write site-specific safety plans and review critical lift and confined space plans",
                "Run incident investigations with TapRooT and report leading indicators to the project executive",
            ]),
            ("Safety Coordinator / Safety Manager", "J.H. Findorff & Son", "2015-06", "2021-02", [
                "Field audits, orientation and toolbox talks on hospital and university projects",
            ]),
        ],
        "skills": {"Safety": ["Site-specific safety plans", "Incident investigation (TapRooT)", "Critical lift review", "Confined space", "NFPA 70E"], "Training": ["OSHA 10/30 outreach", "Toolbox talks"]},
        "certs": [
            ("Certified Safety Professional (CSP)", "Board of Certified Safety Professionals", "2020-04"),
            ("OSHA 500 - Trainer Course in Occupational Safety and Health Standards for Construction", "OSHA Training Institute Education Center", "2018-09"),
            ("First Aid/CPR/AED", "American Red Cross", "2025-05"),
            ("Wisconsin Class D Driver License", "Wisconsin DMV", ""),
        ],
        "edu": [("Bachelor of Science", "Occupational Safety and Health", "University of Wisconsin-Whitewater", "2015")],
        "unq": {
            "label": "Construction Safety Manager, ASP",
            "summary": "Construction safety professional with eleven years on industrial and heavy commercial projects (manufacturing plants, hospitals, data centers); associate safety professional and OSHA outreach trainer.",
            "certs": [
                ("Associate Safety Professional (ASP)", "Board of Certified Safety Professionals", "2020-04"),
                ("OSHA 500 - Trainer Course in Occupational Safety and Health Standards for Construction", "OSHA Training Institute Education Center", "2018-09"),
                ("First Aid/CPR/AED", "American Red Cross", "2025-05"),
                ("Wisconsin Class D Driver License", "Wisconsin DMV", ""),
            ],
        },
        "decisive": ("Certified Safety Professional (CSP) credential", ["CSP", "Certified Safety Professional"], "credential level"),
    },
    {
        "id": "safety_manager-fresh6-2",
        "occ": "safety_manager",
        "title": "Health & Safety Manager - Major Projects",
        "company": "Balfour Beatty",
        "location": "Birmingham, United Kingdom",
        "posting": """
Health & Safety Manager -- Major Projects (Midlands)
Permanent | Site based, Birmingham | Competitive salary + car allowance + bonus

Balfour Beatty is looking for an experienced Health & Safety Manager to support a portfolio of major infrastructure projects in the West Midlands. You will provide competent health and safety advice to project leadership, lead inspections and audits, investigate incidents, and drive our Zero Harm behavioural programme with our supply chain.

Essential:
- NEBOSH National Diploma in Occupational Health and Safety, or an equivalent degree-level qualification in occupational health and safety
- Significant experience advising on major construction or infrastructure projects
- Thorough knowledge of CDM 2015 and associated legislation
- CSCS card (Manager/Professional level)
- Full UK driving licence

Desirable:
- Chartered membership of IOSH (CMIOSH)
- SMSTS
- Rail or highways experience

We're committed to creating a diverse and inclusive workplace; we welcome applications from all backgrounds and offer flexible working where possible.
""",
        "name": "Gareth Morris",
        "label": "Health and Safety Manager",
        "summary": "Construction health and safety practitioner with ten years on highways, rail and building projects in the Midlands; NEBOSH National Diploma holder, SMSTS, CDM 2015.",
        "where": ("Solihull", "West Midlands"),
        "country": "GB",
        "work": [
            ("Senior Health & Safety Advisor", "Kier Group", "2021-01", "", [
                "Lead H&S advisor on a GBP 120m highways scheme: inspections, audits, RAMS review and incident investigation",
                "Coach site leadership on CDM 2015 duties and temporary works interfaces",
                "Deliver behavioural safety workshops to supply-chain supervisors",
            ]),
            ("Health & Safety Advisor", "Morgan Sindall Construction", "2016-05", "2020-12", [
                "Site inspections and monthly audits across schools and healthcare projects",
            ]),
        ],
        "skills": {"Safety": ["CDM 2015", "RAMS review", "Incident investigation", "Temporary works interfaces", "Audit"], "Other": ["Behavioural safety", "Supply-chain engagement"]},
        "certs": [
            ("NEBOSH National Diploma in Occupational Health and Safety (Level 6)", "NEBOSH", "2019-11"),
            ("Site Management Safety Training Scheme (SMSTS)", "CITB", "2024-03"),
            ("CSCS Black Card - Manager", "CSCS", "2021-02"),
            ("Full UK driving licence", "DVLA", ""),
        ],
        "edu": [("BSc (Hons)", "Construction Management", "Birmingham City University", "2016")],
        "unq": {
            "summary": "Construction health and safety practitioner with ten years on highways, rail and building projects in the Midlands; NEBOSH General Certificate and Construction Certificate, SMSTS, CDM 2015.",
            "certs": [
                ("NEBOSH National General Certificate in Occupational Health and Safety (Level 3)", "NEBOSH", "2016-09"),
                ("NEBOSH National Certificate in Construction Health and Safety", "NEBOSH", "2019-11"),
                ("Site Management Safety Training Scheme (SMSTS)", "CITB", "2024-03"),
                ("CSCS Black Card - Manager", "CSCS", "2021-02"),
                ("Full UK driving licence", "DVLA", ""),
            ],
        },
        "decisive": ("NEBOSH National Diploma (Level 6)", ["National Diploma", "NEBOSH Diploma", "Level 6"], "credential level"),
    },
    {
        "id": "training_specialist-fresh6-1",
        "occ": "training_specialist",
        "title": "Learning & Development Specialist",
        "company": "Fletcher Building",
        "location": "Auckland, New Zealand",
        "posting": """
Learning & Development Specialist | Penrose, Auckland | Permanent full time

Kia ora! Our People & Culture team is looking for a Learning & Development Specialist to design, deliver and run learning across our distribution and manufacturing businesses (about 4,000 people).

What you'll do
- Partner with operations leaders to work out what capability they need and build it
- Design e-learning and facilitator-led programmes (health & safety inductions, frontline leadership, product knowledge)
- Run our learning platform day to day: build courses and curricula, assign compliance training, pull completion reporting for leaders
- Facilitate workshops on site and online

What you'll bring
- 3+ years in an L&D or training role, ideally in a large, multi-site business
- Hands-on administration of Cornerstone OnDemand (CSOD) -- this is our LMS and you'll be the day-to-day admin, so it's a must
- Strong instructional design skills; Articulate 360 (Rise/Storyline)
- Confident facilitator
- NZ citizenship, residency, or a valid work visa

Nice to have: Certificate in Adult and Tertiary Teaching (NZCATT Level 5), te reo Maori.

We offer a supportive team, flexible working, discounts across our brands and a wellbeing programme.
""",
        "name": "Aroha Te Rangi",
        "label": "Learning and Development Specialist",
        "summary": "L&D practitioner with six years across retail and manufacturing: instructional design, workshop facilitation and day-to-day LMS administration for 3,000+ learners. New Zealand citizen.",
        "where": ("Auckland", "Auckland"),
        "country": "NZ",
        "work": [
            ("Learning & Development Advisor", "Foodstuffs North Island", "2022-02", "", [
                "Administer the Cornerstone OnDemand learning platform: build learning objects and curricula, manage compliance assignments, schedule reports for 90 store managers",
                "Designed a blended frontline leader programme (Rise modules + three workshops) completed by 240 team leaders",
                "Facilitate health & safety induction train-the-trainer sessions",
            ]),
            ("Training Coordinator", "Fisher & Paykel Appliances", "2019-08", "2022-01", [
                "Coordinated manufacturing skills training and kept training records; built short Storyline modules",
            ]),
        ],
        "skills": {"Learning design": ["Articulate Rise", "Articulate Storyline", "Needs analysis", "Kirkpatrick evaluation"], "Platforms": ["Cornerstone OnDemand (LMS admin)", "Microsoft Teams"], "Delivery": ["Facilitation", "Train-the-trainer"]},
        "certs": [
            ("New Zealand Certificate in Adult and Tertiary Teaching (Level 5)", "Ara Institute of Canterbury", "2021-06"),
        ],
        "edu": [("Bachelor of Arts", "Education and Psychology", "University of Auckland", "2019")],
        "langs": [("English", "Native"), ("Te reo Maori", "Conversational")],
        "unq": {
            "summary": "L&D practitioner with six years across retail and manufacturing: instructional design, workshop facilitation and day-to-day LMS administration for 3,000+ learners. New Zealand citizen.",
            "work": [
                ("Learning & Development Advisor", "Foodstuffs North Island", "2022-02", "", [
                    "Administer the Totara Learn platform: build courses and programmes, manage compliance assignments, schedule reports for 90 store managers",
                    "Designed a blended frontline leader programme (Rise modules + three workshops) completed by 240 team leaders",
                    "Facilitate health & safety induction train-the-trainer sessions",
                ]),
                ("Training Coordinator", "Fisher & Paykel Appliances", "2019-08", "2022-01", [
                    "Coordinated manufacturing skills training and kept training records in Moodle; built short Storyline modules",
                ]),
            ],
            "skills": {"Learning design": ["Articulate Rise", "Articulate Storyline", "Needs analysis", "Kirkpatrick evaluation"], "Platforms": ["Totara Learn (LMS admin)", "Moodle", "Microsoft Teams"], "Delivery": ["Facilitation", "Train-the-trainer"]},
        },
        "decisive": ("hands-on administration of Cornerstone OnDemand (CSOD)", ["Cornerstone", "CSOD", "Cornerstone OnDemand"], "tool"),
    },
    {
        "id": "training_specialist-fresh6-2",
        "occ": "training_specialist",
        "title": "Bilingual Training Specialist (English/Spanish) - Production",
        "company": "Tyson Foods",
        "location": "Springdale, AR",
        "posting": """
Bilingual Training Specialist -- Tyson Foods, Springdale AR (poultry processing)

1st shift, some 2nd-shift coverage. Salaried, full benefits day one.

Summary: Deliver new-hire orientation and job-skills training for production team members, keep training records audit-ready, and coach trainers on the floor. Most of our team members speak Spanish as a first language, so you will teach, translate materials and answer questions in both languages every day.

Responsibilities
- Lead orientation (food safety, GMPs, animal welfare, lockout/tagout awareness, knife safety) for 40-60 new hires a week
- Build and translate job aids, SOP summaries and quizzes (English <-> Spanish)
- Track training completions and competency sign-offs in the LMS for USDA, customer and internal audits
- Train and certify hourly floor trainers

Qualifications
- Fluent in English AND Spanish (speaking, reading and writing) -- required
- 2+ years training, HR or supervisory experience in manufacturing or food processing
- Proficient in Microsoft Office; LMS experience preferred
- Able to work in cold/wet environments and wear PPE

Tyson Foods is an Equal Opportunity Employer, including veterans and individuals with disabilities.
""",
        "name": "Lucia Ramirez",
        "label": "Training Specialist",
        "summary": "Manufacturing training specialist with five years delivering orientation and job-skills training to production teams, fluent in English and Spanish; builds bilingual job aids and keeps audit-ready records.",
        "where": ("Rogers", "AR"),
        "work": [
            ("Training Specialist", "George's Inc.", "2022-04", "", [
                "Deliver orientation on food safety, GMPs, LOTO awareness and knife safety to ~50 new hires a week, in English and Spanish",
                "Write and translate job aids and SOP summaries; certify 25 hourly floor trainers",
                "Keep completion and competency records audit-ready in SAP SuccessFactors Learning",
            ]),
            ("Production Supervisor", "Simmons Foods", "2019-10", "2022-03", [
                "Supervised a 60-person deboning line; trained new team members on the line",
            ]),
        ],
        "skills": {"Training": ["New-hire orientation", "Job aids", "Train-the-trainer", "Translation (EN/ES)"], "Systems": ["SAP SuccessFactors Learning", "Microsoft Office"], "Food safety": ["GMP", "HACCP basics", "USDA FSIS audits"]},
        "certs": [
            ("HACCP Certification", "International HACCP Alliance", "2021-05"),
        ],
        "edu": [("Bachelor of Science", "Human Resource Management", "University of Arkansas", "2019")],
        "langs": [("English", "Native"), ("Spanish", "Native")],
        "unq": {
            "summary": "Manufacturing training specialist with five years delivering orientation and job-skills training to production teams; builds job aids and keeps audit-ready records.",
            "work": [
                ("Training Specialist", "George's Inc.", "2022-04", "", [
                    "Deliver orientation on food safety, GMPs, LOTO awareness and knife safety to ~50 new hires a week, working with on-site interpreters",
                    "Write job aids and SOP summaries; certify 25 hourly floor trainers",
                    "Keep completion and competency records audit-ready in SAP SuccessFactors Learning",
                ]),
                ("Production Supervisor", "Simmons Foods", "2019-10", "2022-03", [
                    "Supervised a 60-person deboning line; trained new team members on the line",
                ]),
            ],
            "skills": {"Training": ["New-hire orientation", "Job aids", "Train-the-trainer"], "Systems": ["SAP SuccessFactors Learning", "Microsoft Office"], "Food safety": ["GMP", "HACCP basics", "USDA FSIS audits"]},
            "langs": [("English", "Native")],
        },
        "decisive": ("fluent in English and Spanish", ["Spanish", "bilingual"], "language"),
    },
]
