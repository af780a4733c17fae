"""Fresh7 public cases: fire inspector, intelligence analyst, crime scene investigator.

Written blind (writer b, December 2026): invented postings, people and resumes; see fresh7_sources_b.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "fire-inspector-fresh7-1",
        "occ": "fire inspector",
        "title": "Fire Inspector II - Fire Prevention Bureau",
        "company": "Denver Fire Department (City and County of Denver)",
        "location": "Denver, CO",
        "posting": """
The Denver Fire Department's Fire Prevention Bureau is hiring a civilian Fire Inspector II to conduct new-construction and operational inspections in high-rise, assembly, hazardous-materials and institutional occupancies.

Duties include field acceptance testing of fire alarm and sprinkler systems, issuing permits and notices of violation under the Denver Fire Code (2021 IFC with local amendments), re-inspection and case follow-up, and testifying at administrative hearings.

Minimum Qualifications
- Fire Inspector II certification: ICC Fire Inspector II or NFPA 1031 Fire Inspector II (Pro Board or IFSAC accredited)
- Three (3) years of fire code inspection experience
- Valid driver's license
- High school diploma or GED

Preferred Qualifications
- Associate's or bachelor's degree in fire science or a related field
- ICC Fire Plans Examiner
- Experience in a large metropolitan jurisdiction

Salary range $82,000 - $106,000 with full City benefits and a defined-benefit pension. The City and County of Denver is an equal opportunity employer.
""",
        "name": "Andrea Salgado",
        "label": "Fire Inspector",
        "summary": "Fire inspector with six years of code enforcement and acceptance testing in Colorado jurisdictions. ICC Fire Inspector II and NFPA 1031 Fire Inspector II certified; comfortable in high-rise, assembly and H-occupancy inspections.",
        "where": ("Lakewood", "CO"),
        "country": "US",
        "work": [
            ("Fire Inspector", "West Metro Fire Rescue", "2022-07", "", [
                "Conduct new-construction and annual operational inspections for mercantile, assembly and hazardous-materials occupancies",
                "Witness fire alarm and sprinkler acceptance tests and sign off certificates of occupancy",
                "Issue notices of violation, manage re-inspections and present cases at appeals hearings",
            ]),
            ("Fire Prevention Technician", "City of Aurora Fire Rescue", "2020-05", "2022-06", [
                "Performed business safety inspections and permit inspections for tents, fireworks and hot work",
                "Maintained inspection records in the department's records management system",
            ]),
        ],
        "skills": {"Codes": ["International Fire Code", "NFPA 13", "NFPA 72", "NFPA 101", "IBC"], "Inspection": ["Acceptance testing", "Plan review support", "Violation case management"]},
        "certs": [
            ("Fire Inspector II", "International Code Council", "2023-09"),
            ("Fire Inspector II (NFPA 1031)", "Colorado Division of Fire Prevention and Control - Pro Board", "2023-04"),
            ("Fire Inspector I (NFPA 1031)", "Colorado Division of Fire Prevention and Control - Pro Board", "2021-03"),
            ("Colorado Driver License (Class R)", "Colorado Division of Motor Vehicles", ""),
        ],
        "edu": [("Associate of Applied Science", "Fire Science Technology", "Red Rocks Community College", "2020")],
        "unq": {
            "summary": "Fire inspector with six years of code enforcement and acceptance testing in Colorado jurisdictions. ICC Fire Inspector I and NFPA 1031 Fire Inspector I certified; comfortable in high-rise, assembly and H-occupancy inspections.",
            "certs": [
                ("Fire Inspector I", "International Code Council", "2021-09"),
                ("Fire Inspector I (NFPA 1031)", "Colorado Division of Fire Prevention and Control - Pro Board", "2021-03"),
                ("Colorado Driver License (Class R)", "Colorado Division of Motor Vehicles", ""),
            ],
        },
        "decisive": ("Fire Inspector II certification (ICC or NFPA 1031)", ["Fire Inspector II", "Inspector II"], "credential level"),
    },
    {
        "id": "fire-inspector-fresh7-2",
        "occ": "fire inspector",
        "title": "Fire Prevention Inspector",
        "company": "City of Hamilton - Hamilton Fire Department",
        "location": "Hamilton, Ontario, Canada",
        "posting": """
Fire Prevention Inspector, Hamilton Fire Department - Fire Prevention Division (permanent, full-time, CUPE Local 5167)

Summary of duties: Inspect existing buildings for compliance with the Ontario Fire Code, respond to complaints and requests, issue inspection orders and follow through to compliance or prosecution under the Fire Protection and Prevention Act, 1997; deliver public fire safety education.

Qualifications
- Certification to NFPA 1031 Fire Inspector I (Ontario Fire Marshal / OFC accredited)
- NFPA 1035 Public Educator I
- Minimum three (3) years' experience conducting fire code inspections and enforcement in Ontario
- Working knowledge of the Ontario Fire Code and Ontario Building Code
- Valid Class "G" driver's licence

Assets: NFPA 1031 Fire Inspector II, NFPA 1033 Fire Investigator, post-secondary diploma in fire protection engineering technology.

Hourly rate $47.10 - $52.33. The City of Hamilton is an equal opportunity employer and provides accommodation throughout the recruitment process.
""",
        "name": "Jordan Mackie",
        "label": "Fire Prevention Officer",
        "summary": "Fire prevention officer with five years of Ontario Fire Code inspection and enforcement, following three years in suppression. NFPA 1031 Fire Inspector I and NFPA 1035 Public Educator I certified.",
        "where": ("Burlington", "Ontario"),
        "country": "CA",
        "work": [
            ("Fire Prevention Officer", "Burlington Fire Department", "2021-09", "", [
                "Inspect multi-unit residential, assembly and industrial buildings against the Ontario Fire Code",
                "Issue inspection orders, follow up to compliance and prepare Part I and Part III prosecutions",
                "Deliver fire safety talks to seniors' residences and schools",
            ]),
            ("Firefighter", "Burlington Fire Department", "2018-06", "2021-08", [
                "Suppression duties on a pumper crew; completed pre-incident plans and in-service home safety visits",
            ]),
        ],
        "skills": {"Codes": ["Ontario Fire Code", "Ontario Building Code", "Fire Protection and Prevention Act"], "Enforcement": ["Inspection orders", "Prosecutions", "Complaint inspections"], "Education": ["Public fire safety talks"]},
        "certs": [
            ("NFPA 1031 Fire Inspector I", "Ontario Fire College / Office of the Fire Marshal", "2022-04"),
            ("NFPA 1035 Public Educator I", "Ontario Fire College / Office of the Fire Marshal", "2022-10"),
            ("NFPA 1001 Firefighter I and II", "Office of the Fire Marshal", "2018-04"),
            ("Class G Driver's Licence", "ServiceOntario", ""),
        ],
        "edu": [("Ontario College Diploma", "Pre-Service Firefighter Education and Training", "Mohawk College", "2018")],
        "unq": {
            "summary": "Fire prevention officer with recent Ontario Fire Code inspection and enforcement experience, following six years in suppression. NFPA 1031 Fire Inspector I and NFPA 1035 Public Educator I certified.",
            "work": [
                ("Fire Prevention Officer", "Burlington Fire Department", "2025-03", "", [
                    "Inspect multi-unit residential, assembly and industrial buildings against the Ontario Fire Code",
                    "Issue inspection orders, follow up to compliance and prepare Part I and Part III prosecutions",
                    "Deliver fire safety talks to seniors' residences and schools",
                ]),
                ("Firefighter", "Burlington Fire Department", "2018-06", "2025-02", [
                    "Suppression duties on a pumper crew; completed pre-incident plans and in-service home safety visits",
                ]),
            ],
            "certs": [
                ("NFPA 1031 Fire Inspector I", "Ontario Fire College / Office of the Fire Marshal", "2025-01"),
                ("NFPA 1035 Public Educator I", "Ontario Fire College / Office of the Fire Marshal", "2025-06"),
                ("NFPA 1001 Firefighter I and II", "Office of the Fire Marshal", "2018-04"),
                ("Class G Driver's Licence", "ServiceOntario", ""),
            ],
        },
        "decisive": ("Three years' Ontario fire code inspection experience", ["years"], "years"),
    },
    {
        "id": "intelligence-analyst-fresh7-1",
        "occ": "intelligence analyst",
        "title": "All-Source Intelligence Analyst (TS/SCI)",
        "company": "Booz Allen Hamilton",
        "location": "Tampa, FL (MacDill AFB)",
        "posting": """
Booz Allen is seeking an All-Source Intelligence Analyst to support a combatant command J2 directorate at MacDill AFB.

You'll fuse SIGINT, HUMINT, GEOINT and open-source reporting to produce assessments on violent extremist organizations and state actors, brief senior leaders, and contribute to targeting and indications & warning products.

You Have:
- Active TS/SCI clearance; willingness to take a counterintelligence polygraph
- 4+ years of experience as an all-source or targeting analyst with DoD or the IC
- Experience writing finished intelligence for senior audiences
- Knowledge of M3, TAC, Analyst Notebook or similar tools
- Bachelor's degree, or 4 additional years of relevant experience in lieu of a degree

Nice If You Have:
- Arabic, Farsi or Russian language capability
- Experience at a combatant command or JIC
- DIA or service analytic tradecraft certifications

Clearance: applicants selected will be subject to a security investigation and must meet eligibility requirements for access to classified information; TS/SCI clearance is required.

Compensation range $78,000 - $178,000 depending on experience. Booz Allen is an equal opportunity employer, including veterans and individuals with disabilities.
""",
        "name": "Marcus Delaney",
        "label": "All-Source Intelligence Analyst",
        "summary": "Former Army 35F all-source analyst with seven years of DoD intelligence work, including two deployments and a combatant command tour. Active TS/SCI; writes and briefs finished assessments on CT and state-actor targets.",
        "where": ("Riverview", "FL"),
        "country": "US",
        "work": [
            ("Intelligence Analyst", "CACI International", "2022-09", "", [
                "Produce all-source assessments on violent extremist networks for a combatant command J2",
                "Brief daily intelligence updates to O-6 and flag-level audiences",
                "Build link charts in Analyst's Notebook and query reporting in M3 and TAC",
            ]),
            ("All-Source Intelligence Analyst (35F)", "U.S. Army, 101st Airborne Division", "2018-06", "2022-08", [
                "Supported targeting cycles and produced I&W products during a deployment to Iraq",
                "Led a four-soldier analysis cell in the division G2",
            ]),
        ],
        "skills": {"Analysis": ["All-source fusion", "Targeting", "Indications and warning", "Finished intelligence", "Briefing"], "Tools": ["M3", "TAC", "Analyst's Notebook", "ArcGIS"]},
        "certs": [
            ("Active TS/SCI clearance (CI polygraph 2023)", "Department of Defense", "2023-05"),
            ("Joint Analytic Tradecraft Course", "Defense Intelligence Agency", "2023-11"),
        ],
        "edu": [("Bachelor of Arts", "Intelligence Studies", "American Military University", "2022")],
        "unq": {
            "summary": "Former Army 35F all-source analyst with seven years of DoD intelligence work, including two deployments and a combatant command tour. Active Secret clearance; writes and briefs finished assessments on CT and state-actor targets.",
            "certs": [
                ("Active Secret clearance (Tier 3, 2023)", "Department of Defense", "2023-05"),
                ("Joint Analytic Tradecraft Course", "Defense Intelligence Agency", "2023-11"),
            ],
        },
        "decisive": ("Active TS/SCI clearance", ["TS/SCI", "Top Secret"], "clearance level"),
    },
    {
        "id": "intelligence-analyst-fresh7-2",
        "occ": "intelligence analyst",
        "title": "Intelligence Analyst - Defence (NV1)",
        "company": "Leidos Australia",
        "location": "Canberra, Australian Capital Territory, Australia",
        "posting": """
Leidos Australia is seeking an Intelligence Analyst to join a Defence intelligence program in Canberra. You will research, analyse and report on regional security developments, contribute to classified assessments, and maintain analytic databases.

About you
- Australian citizen holding a current NV1 (Negative Vetting Level 1) security clearance - this is essential on day one
- 3+ years' experience in an intelligence, policy or research analyst role
- Strong written communication and ability to produce concise assessments under deadline
- Degree in international relations, security studies, political science or a related discipline

Desirable
- Experience within the Australian Intelligence Community or ADF intelligence
- Indo-Pacific regional knowledge; an Asian language
- NV2 clearance

What we offer: flexible working within security constraints, salary packaging, and career development across Leidos programs. Leidos is committed to diversity and inclusion, and we encourage Aboriginal and Torres Strait Islander peoples to apply.
""",
        "name": "Sophie Tran",
        "label": "Intelligence Analyst",
        "summary": "Intelligence analyst with five years in Defence and regional-security research roles in Canberra. Australian citizen holding a current NV1 clearance; writes concise assessments on Indo-Pacific security and speaks Vietnamese.",
        "where": ("Canberra", "Australian Capital Territory"),
        "country": "AU",
        "work": [
            ("Analyst", "Jacobs Australia (Defence intelligence support contract)", "2022-10", "", [
                "Research and draft assessments on maritime security in Southeast Asia for a Defence intelligence customer",
                "Maintain analytic databases and source registers to agency standards",
                "Brief desk officers and contribute to weekly regional summaries",
            ]),
            ("Research Analyst", "Australian Strategic Policy Institute", "2021-02", "2022-09", [
                "Wrote open-source research reports on grey-zone activity and critical technologies",
            ]),
        ],
        "skills": {"Analysis": ["Strategic assessment", "Open-source research", "Structured analytic techniques", "Briefing"], "Regions": ["Southeast Asia", "South China Sea"]},
        "certs": [("NV1 security clearance (current)", "Australian Government Security Vetting Agency", "2022-09")],
        "edu": [("Master of Strategic Studies", "", "Australian National University", "2021"), ("Bachelor of International Relations", "", "Griffith University", "2019")],
        "langs": [("English", "Native"), ("Vietnamese", "Professional working proficiency")],
        "unq": {
            "summary": "Intelligence analyst with five years in Defence and regional-security research roles in Canberra. Australian citizen holding a current Baseline clearance; writes concise assessments on Indo-Pacific security and speaks Vietnamese.",
            "certs": [("Baseline security clearance (current)", "Australian Government Security Vetting Agency", "2022-09")],
        },
        "decisive": ("Current NV1 security clearance", ["NV1", "Negative Vetting Level 1"], "clearance level"),
    },
    {
        "id": "crime-scene-investigator-fresh7-1",
        "occ": "crime scene investigator",
        "title": "Crime Scene Specialist I",
        "company": "Mesa Police Department (City of Mesa)",
        "location": "Mesa, AZ",
        "posting": """
The Mesa Police Department Forensic Services Section is hiring a civilian Crime Scene Specialist I.

Under supervision, respond to crime scenes to document, collect and preserve physical evidence: photography, sketching and 3D scanning; latent print processing; biological and trace evidence collection; and court testimony.

Minimum Qualifications:
- Bachelor's degree in forensic science, criminalistics, biology, chemistry, physics or a closely related natural science
- Valid Arizona driver's license by time of hire
- Ability to pass a polygraph and thorough background investigation
- Willingness to work nights, weekends, holidays and on-call

Preferred:
- Experience in crime scene processing for a law enforcement agency
- IAI Certified Crime Scene Investigator
- Coursework in crime scene photography or latent prints

Salary $62,000 - $84,000. The City of Mesa is an Equal Opportunity Employer.
""",
        "name": "Alyssa Moreno",
        "label": "Crime Scene Technician",
        "summary": "Crime scene technician with a B.S. in Forensic Science and three years processing property, violent and death scenes for a sheriff's office. Skilled in scene photography, 3D scanning, latent print development and evidence packaging.",
        "where": ("Chandler", "AZ"),
        "country": "US",
        "work": [
            ("Crime Scene Technician", "Pinal County Sheriff's Office", "2023-08", "", [
                "Process burglary, assault, homicide and unattended death scenes; photograph, sketch and scan with FARO Focus",
                "Develop latent prints with powders, cyanoacrylate and chemical reagents",
                "Collect and package biological and trace evidence and maintain chain of custody",
                "Testified twice in Superior Court on scene documentation",
            ], "On-call rotation"),
            ("Forensic Science Intern", "Arizona Department of Public Safety Crime Laboratory", "2022-05", "2022-08", [
                "Assisted latent print and trace sections with evidence intake and documentation",
            ]),
        ],
        "skills": {"Scene processing": ["Crime scene photography", "3D laser scanning (FARO)", "Latent print development", "Evidence collection", "Chain of custody"], "Court": ["Courtroom testimony"]},
        "certs": [("Certified Crime Scene Investigator (CCSI)", "International Association for Identification", "2025-06"), ("Arizona Driver License (Class D)", "Arizona MVD", "")],
        "edu": [("Bachelor of Science", "Forensic Science", "Arizona State University", "2023")],
        "unq": {
            "summary": "Crime scene technician with an A.A.S. in Crime Scene Technology and three years processing property, violent and death scenes for a sheriff's office. Skilled in scene photography, 3D scanning, latent print development and evidence packaging.",
            "work": [
                ("Crime Scene Technician", "Pinal County Sheriff's Office", "2023-08", "", [
                    "Process burglary, assault, homicide and unattended death scenes; photograph, sketch and scan with FARO Focus",
                    "Develop latent prints with powders, cyanoacrylate and chemical reagents",
                    "Collect and package biological and trace evidence and maintain chain of custody",
                    "Testified twice in Superior Court on scene documentation",
                ], "On-call rotation"),
                ("Evidence Intake Intern", "Arizona Department of Public Safety Crime Laboratory", "2022-05", "2022-08", [
                    "Assisted latent print and trace sections with evidence intake and documentation",
                ]),
            ],
            "edu": [("Associate of Applied Science", "Crime Scene Technology", "Mesa Community College", "2023")],
        },
        "decisive": ("Bachelor's degree in a forensic or natural science", ["Bachelor's degree", "Bachelor's", "Bachelor"], "degree level"),
    },
    {
        "id": "crime-scene-investigator-fresh7-2",
        "occ": "crime scene investigator",
        "title": "Crime Scene Investigator (Experienced)",
        "company": "West Yorkshire Police",
        "location": "Wakefield, England, UK",
        "posting": """
West Yorkshire Police Scientific Support is recruiting experienced Crime Scene Investigators to join our major crime and volume crime teams across the county.

You will attend scenes ranging from burglaries and vehicle crime to serious assaults and sudden deaths, recovering fingerprints, DNA, footwear marks and other forensic evidence, and working to ISO/IEC 17020 accredited procedures under the Forensic Science Regulator's Code.

Essential criteria
- A recognised CSI qualification (e.g. College of Policing Initial Crime Scene Investigator Development Programme or an equivalent Level 4 award)
- At least 2 years' post-qualification experience as an operational CSI in a UK police force
- Full UK driving licence
- Able to work a 24/7 shift pattern and cover on-call

Desirable
- Experience at serious and major crime scenes
- Fingerprint enhancement laboratory experience
- Degree in forensic science or a related subject

Starting salary £30,500 - £33,400 plus shift allowance. Candidates must pass police vetting (Recruitment Vetting and NPPV Level 3). West Yorkshire Police values diversity and welcomes applications from all sections of the community.
""",
        "name": "Bethany Oduya",
        "label": "Crime Scene Investigator",
        "summary": "Crime Scene Investigator with four years' post-qualification operational experience in a UK force, covering volume crime, serious assaults and sudden deaths. Works to ISO 17020 procedures; holds a full UK driving licence.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Crime Scene Investigator", "South Yorkshire Police", "2022-10", "", [
                "Attend burglary, vehicle crime, serious assault and sudden death scenes on a 24/7 rota",
                "Recover fingerprints, DNA swabs and footwear marks; photograph and document scenes to ISO 17020 procedures",
                "Provide statements and give evidence at Crown Court",
            ]),
            ("Trainee Crime Scene Investigator", "South Yorkshire Police", "2022-01", "2022-09", [
                "Completed the College of Policing Initial CSI Development Programme and a mentored portfolio",
            ]),
            ("Forensic Laboratory Assistant", "Eurofins Forensic Services", "2020-02", "2021-12", [
                "Prepared DNA samples and maintained laboratory continuity records",
            ]),
        ],
        "skills": {"Forensics": ["Fingerprint recovery", "DNA recovery", "Footwear marks", "Scene photography", "ISO/IEC 17020"], "Other": ["Statement writing", "Court evidence"]},
        "certs": [
            ("Initial Crime Scene Investigator Development Programme", "College of Policing", "2022-09"),
            ("Full UK Driving Licence (Category B)", "DVLA", ""),
        ],
        "edu": [("BSc (Hons)", "Forensic Science", "University of Bradford", "2019")],
        "unq": {
            "summary": "Crime Scene Investigator qualified in 2025, with operational experience in a UK force covering volume crime, serious assaults and sudden deaths. Works to ISO 17020 procedures; holds a full UK driving licence.",
            "work": [
                ("Crime Scene Investigator", "South Yorkshire Police", "2025-10", "", [
                    "Attend burglary, vehicle crime, serious assault and sudden death scenes on a 24/7 rota",
                    "Recover fingerprints, DNA swabs and footwear marks; photograph and document scenes to ISO 17020 procedures",
                    "Provide statements and give evidence at Crown Court",
                ]),
                ("Trainee Crime Scene Investigator", "South Yorkshire Police", "2025-01", "2025-09", [
                    "Completed the College of Policing Initial CSI Development Programme and a mentored portfolio",
                ]),
                ("Forensic Laboratory Assistant", "Eurofins Forensic Services", "2020-02", "2024-12", [
                    "Prepared DNA samples and maintained laboratory continuity records",
                ]),
            ],
            "certs": [
                ("Initial Crime Scene Investigator Development Programme", "College of Policing", "2025-09"),
                ("Full UK Driving Licence (Category B)", "DVLA", ""),
            ],
        },
        "decisive": ("At least 2 years' post-qualification operational CSI experience", ["years"], "years"),
    },
]
