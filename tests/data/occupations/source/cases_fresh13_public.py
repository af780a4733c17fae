"""Fresh13 set (writer a), public safety and public services: fire inspector, intelligence analyst, crime scene investigator, traffic controller."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "fire_inspector-fresh13-1",
        "occ": "fire_inspector",
        "title": "Fire Inspector II",
        "company": "City of Mesa - Mesa Fire and Medical Department",
        "location": "Mesa, AZ",
        "posting": """
Salary Range: $68,827.20 - $96,387.20 Annually | Job Type: Full-Time, Classified | Department: Fire and Medical - Fire Prevention Division

Under general supervision, the Fire Inspector II performs complex fire and life safety inspections of new and existing commercial, industrial, assembly and high-rise occupancies; reviews fire protection system acceptance tests; investigates complaints; and enforces the International Fire Code as adopted by the City of Mesa.

MINIMUM QUALIFICATIONS
Two (2) years of experience performing fire code inspections.

SPECIAL REQUIREMENTS
- Possession of ICC Fire Inspector II certification at the time of hire (NFPA 1031 Fire Inspector II with IFSAC or Pro Board seal accepted).
- Valid Arizona Driver License.
- Must pass a background investigation.
""",
        "name": "Alicia Moreno",
        "label": "Fire Prevention Inspector",
        "summary": "Fire prevention inspector with six years enforcing the International Fire Code on commercial, assembly and industrial occupancies in the Phoenix metro area.",
        "where": ("Chandler", "AZ"),
        "work": [
            ("Fire Prevention Inspector", "City of Chandler Fire Department", "2021-08", "", [
                "Inspect 700+ commercial, assembly and hazardous materials occupancies a year under the IFC",
                "Witness fire sprinkler, alarm and hood suppression acceptance tests",
                "Investigate fire code complaints and issue notices of violation",
            ]),
            ("Deputy Fire Marshal", "Town of Gilbert Fire and Rescue", "2019-05", "2021-07", [
                "Performed annual inspections and plan reviews for tenant improvements",
            ]),
        ],
        "skills": {"Codes": ["International Fire Code", "NFPA 13", "NFPA 72", "Hazardous materials storage"], "Work": ["Acceptance testing", "Code enforcement", "Plan review"]},
        "certs": [
            ("ICC Fire Inspector II", "International Code Council", "2022-04"),
            ("ICC Fire Inspector I", "International Code Council", "2019-10"),
            ("Arizona Driver License (Class D)", "Arizona MVD", ""),
        ],
        "edu": [("Associate of Applied Science", "Fire Science", "Mesa Community College", "2018")],
        "unq": {
            "certs": [
                ("ICC Fire Inspector I", "International Code Council", "2019-10"),
                ("Arizona Driver License (Class D)", "Arizona MVD", ""),
            ],
        },
        "decisive": ("ICC Fire Inspector II certification", ["Fire Inspector II", "Inspector II"], "credential level"),
    },
    {
        "id": "fire_inspector-fresh13-2",
        "occ": "fire_inspector",
        "title": "Fire Prevention Inspector",
        "company": "City of Brampton - Brampton Fire and Emergency Services",
        "location": "Brampton, ON, Canada",
        "posting": """
Job ID: 2026-FPD-114 | Department: Fire and Emergency Services, Fire Prevention Division | Status: Full-time permanent | Salary Grade: 7

The Fire Prevention Inspector conducts inspections of residential, commercial, industrial and institutional buildings to enforce the Ontario Fire Code, responds to complaints and requests, issues orders and inspection reports, and supports prosecutions under the Fire Protection and Prevention Act.

Qualifications
- Post-secondary diploma in fire protection, fire science or a related field
- Certification to NFPA 1031 Fire Inspector I through the Office of the Fire Marshal (as required by O. Reg. 343/22)
- A minimum of three (3) years' experience conducting fire inspections under the Ontario Fire Code
- Valid Class G driver's licence with a satisfactory driving record
- NFPA 1035 Fire and Life Safety Educator I considered an asset
""",
        "name": "Priya Sandhu",
        "label": "Fire Inspector",
        "summary": "Fire inspector with five years of Ontario Fire Code enforcement in residential, retail and industrial buildings, after earlier service as a firefighter.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Fire Inspector", "Mississauga Fire and Emergency Services", "2023-05", "", [
                "Inspect multi-residential, retail and industrial occupancies and issue orders under the Fire Protection and Prevention Act",
                "Prepare evidence briefs for Part I and Part III prosecutions",
            ]),
            ("Fire Prevention Officer", "Halton Hills Fire Department", "2021-06", "2023-04", [
                "Carried out complaint and request inspections and follow-ups under the Ontario Fire Code",
                "Delivered public fire safety education at schools and seniors' residences",
            ]),
            ("Firefighter", "Halton Hills Fire Department", "2016-09", "2021-05", [
                "Suppression and rescue duties on a composite department",
            ]),
        ],
        "skills": {"Codes": ["Ontario Fire Code", "Fire Protection and Prevention Act", "Ontario Building Code"], "Work": ["Inspections", "Orders and prosecutions", "Public education"]},
        "certs": [
            ("NFPA 1031 Fire Inspector I", "Ontario Office of the Fire Marshal", "2021-11"),
            ("NFPA 1035 Fire and Life Safety Educator I", "Ontario Office of the Fire Marshal", "2022-05"),
            ("Ontario Class G Driver's Licence", "ServiceOntario", ""),
        ],
        "edu": [("Ontario College Diploma", "Fire Protection Technician", "Seneca Polytechnic", "2016")],
        "unq": {
            "summary": "Fire inspector with two years of Ontario Fire Code enforcement in residential, retail and industrial buildings, after earlier service as a firefighter.",
            "work": [
                ("Fire Inspector", "Mississauga Fire and Emergency Services", "2024-12", "", [
                    "Inspect multi-residential, retail and industrial occupancies and issue orders under the Fire Protection and Prevention Act",
                    "Prepare evidence briefs for Part I and Part III prosecutions",
                ]),
                ("Firefighter", "Halton Hills Fire Department", "2016-09", "2024-11", [
                    "Suppression and rescue duties on a composite department",
                    "Delivered public fire safety education at schools and seniors' residences",
                ]),
            ],
        },
        "decisive": ("at least 3 years conducting fire inspections", ["years", "yrs"], "years"),
    },
    {
        "id": "intelligence_analyst-fresh13-1",
        "occ": "intelligence_analyst",
        "title": "Intelligence Analyst (NV1)",
        "company": "Leidos Australia",
        "location": "Canberra, ACT, Australia",
        "posting": """
Leidos Australia is seeking an Intelligence Analyst to support a Defence customer in Canberra. This is a full-time, on-site role in a secure facility.

About the role
You will collect, collate and analyse multi-source information, produce written assessments and briefings on regional security issues, and maintain analytical databases and link charts for the customer.

About you
- Australian citizen holding a current Negative Vetting Level 1 (NV1) security clearance - mandatory at commencement
- Degree in international relations, security studies, intelligence or a related field, or equivalent experience
- 3+ years in an intelligence or analytical role within Defence, national security or law enforcement
- Excellent written communication and structured analytic techniques

Please note: due to the nature of this role, only applicants with an active NV1 or higher clearance will be considered.
""",
        "name": "Jessica Tran",
        "label": "Intelligence Analyst",
        "summary": "Intelligence analyst with seven years of all-source and criminal intelligence work for Defence and law enforcement. Australian citizen.",
        "where": ("Canberra", "ACT"),
        "country": "AU",
        "work": [
            ("All-Source Analyst", "CACI Australia (Defence client)", "2022-02", "", [
                "Write assessments and briefs on Indo-Pacific maritime security for senior Defence customers",
                "Apply structured analytic techniques such as ACH and key assumptions checks",
                "Maintain link charts and target profiles in i2 Analyst's Notebook",
            ]),
            ("Criminal Intelligence Analyst", "Australian Criminal Intelligence Commission", "2019-07", "2022-01", [
                "Produced strategic assessments on serious and organised crime markets",
            ]),
        ],
        "skills": {"Analysis": ["All-source analysis", "Structured analytic techniques", "Link analysis", "Briefing"], "Tools": ["i2 Analyst's Notebook", "Palantir"]},
        "certs": [("Negative Vetting Level 2 (NV2) security clearance - current", "Australian Government Security Vetting Agency (AGSVA)", "2022-01")],
        "edu": [("Master of Strategic Studies", "Strategic Studies", "Australian National University", "2019")],
        "unq": {
            "certs": [("Baseline security clearance - current", "Australian Government Security Vetting Agency (AGSVA)", "2022-01")],
        },
        "decisive": ("current NV1 security clearance", ["NV1", "Negative Vetting"], "clearance level"),
    },
    {
        "id": "intelligence_analyst-fresh13-2",
        "occ": "intelligence_analyst",
        "title": "Intelligence Analyst",
        "company": "New Zealand Police",
        "location": "Wellington, New Zealand",
        "posting": """
Intelligence Analyst - National Intelligence Centre, Police National Headquarters, Wellington

Ko wai mātou | About us
The National Intelligence Centre produces tactical, operational and strategic intelligence to support decision-makers across Police.

Ko wai koe | About you
You will have:
- At least 3 years' experience in an intelligence, research or analytical role
- Strong written skills and the ability to turn complex data into clear assessments
- Experience with i2 Analyst's Notebook or similar link analysis tools
- A tertiary qualification in a relevant discipline (desirable)
- The ability to obtain and maintain a national security clearance

Salary: $88,000 - $104,000 plus 8% KiwiSaver contribution.
""",
        "name": "Aroha Tipene",
        "label": "Intelligence Analyst",
        "summary": "Police intelligence analyst with over five years of crime and operational analysis in Auckland and Tasman districts.",
        "where": ("Nelson", ""),
        "country": "NZ",
        "work": [
            ("Intelligence Analyst", "New Zealand Police - Tasman District", "2023-07", "", [
                "Produce operational intelligence assessments for burglary and organised crime operations",
                "Build network charts in i2 Analyst's Notebook from phone and financial data",
            ]),
            ("Crime Analyst", "New Zealand Police - Auckland City District", "2021-04", "2023-06", [
                "Analysed crime patterns and hotspots for the district tasking and coordination group",
            ]),
            ("Customer Service Representative", "Auckland Transport", "2018-02", "2021-03", [
                "Answered public enquiries and logged service requests",
            ]),
        ],
        "skills": {"Analysis": ["Operational intelligence", "Crime pattern analysis", "Network analysis"], "Tools": ["i2 Analyst's Notebook", "ArcGIS", "Excel"]},
        "edu": [("Bachelor of Arts", "Criminology and Sociology", "Victoria University of Wellington", "2017")],
        "langs": [("English", "Native"), ("Māori (te reo)", "Conversational")],
        "unq": {
            "summary": "Police intelligence analyst with two years of operational analysis in Tasman district after earlier customer service work.",
            "work": [
                ("Intelligence Analyst", "New Zealand Police - Tasman District", "2024-12", "", [
                    "Produce operational intelligence assessments for burglary and organised crime operations",
                    "Build network charts in i2 Analyst's Notebook from phone and financial data",
                ]),
                ("Customer Service Representative", "Auckland Transport", "2018-02", "2024-11", [
                    "Answered public enquiries and logged service requests",
                ]),
            ],
            "skills": {"Analysis": ["Operational intelligence", "Network analysis"], "Tools": ["i2 Analyst's Notebook", "ArcGIS", "Excel"]},
        },
        "decisive": ("at least 3 years in an intelligence or analytical role", ["years", "yrs"], "years"),
    },
    {
        "id": "crime_scene_investigator-fresh13-1",
        "occ": "crime_scene_investigator",
        "title": "Senior Crime Scene Investigator",
        "company": "Palm Beach County Sheriff's Office",
        "location": "West Palm Beach, FL",
        "posting": """
The Palm Beach County Sheriff's Office Forensic Science Division is accepting applications for Senior Crime Scene Investigator.

Nature of work: Responsible for processing major crime scenes, including homicides, officer-involved shootings and sexual batteries; documents scenes by photography, sketching and 3D scanning; recovers and preserves physical evidence; performs bloodstain and trajectory documentation; acts as scene lead and trains junior investigators; testifies in court.

Minimum qualifications:
- Bachelor's degree in forensic science, a natural science or criminal justice
- Five (5) years of crime scene investigation experience
- Current International Association for Identification (IAI) certification as a Certified Crime Scene Analyst (CCSA) or Certified Senior Crime Scene Analyst (CSCSA)
- Valid Florida driver's license
""",
        "name": "Derek Simmons",
        "label": "Crime Scene Investigator",
        "summary": "Crime scene investigator with eight years processing violent crime scenes in South Florida, experienced as scene lead and in court testimony.",
        "where": ("Boca Raton", "FL"),
        "work": [
            ("Crime Scene Investigator II", "Broward Sheriff's Office", "2021-10", "", [
                "Lead scene processing for homicides and officer-involved shootings",
                "Document scenes with Leica RTC360 3D scanning, photography and sketches",
                "Testified as a crime scene expert in 14 circuit court trials",
            ]),
            ("Crime Scene Investigator I", "Fort Lauderdale Police Department", "2018-06", "2021-09", [
                "Processed burglary, robbery and death scenes; recovered latent prints and DNA evidence",
            ]),
        ],
        "skills": {"Scene work": ["Bloodstain pattern documentation", "Trajectory analysis", "3D laser scanning", "Latent print development", "Courtroom testimony"]},
        "certs": [
            ("Certified Senior Crime Scene Analyst (CSCSA)", "International Association for Identification", "2024-08"),
            ("Florida Driver License (Class E)", "Florida DHSMV", ""),
        ],
        "edu": [("Bachelor of Science", "Forensic Science", "Florida International University", "2018")],
        "unq": {
            "certs": [
                ("Certified Crime Scene Investigator (CCSI)", "International Association for Identification", "2020-03"),
                ("Florida Driver License (Class E)", "Florida DHSMV", ""),
            ],
        },
        "decisive": ("IAI Certified Crime Scene Analyst (CCSA) or higher", ["Crime Scene Analyst", "CCSA", "CSCSA"], "credential level"),
    },
    {
        "id": "crime_scene_investigator-fresh13-2",
        "occ": "crime_scene_investigator",
        "title": "Crime Scene Investigator",
        "company": "West Midlands Police",
        "location": "Birmingham, England",
        "posting": """
Crime Scene Investigator | Police Staff | Scale E: £30,012 - £33,594 | 37 hours, 24/7 shift pattern

Our Forensic Services department attends scenes ranging from burglary and vehicle crime to serious assaults and homicides across Birmingham and the Black Country.

As a CSI you will examine scenes, recover fingerprints, DNA, footwear marks and other trace evidence, photograph scenes and exhibits, maintain continuity and integrity of evidence, and prepare statements for court.

Essential criteria:
- A BSc (Hons) degree in forensic science, a natural science or a closely related subject
- Full manual UK driving licence
- Ability to work a 24/7 shift pattern and attend distressing scenes

Desirable:
- College of Policing CSI initial course
- Experience of working in a forensic or laboratory environment

All applicants must pass Police vetting (NPPV3) and a fingerprint/DNA elimination sample.
""",
        "name": "Olivia Bennett",
        "label": "Assistant Crime Scene Investigator",
        "summary": "Forensic practitioner with four years of volume crime scene examination and evidence recovery in the West Midlands.",
        "where": ("Wolverhampton", "West Midlands"),
        "country": "GB",
        "work": [
            ("Assistant Crime Scene Investigator", "Staffordshire Police", "2022-09", "", [
                "Examine burglary and vehicle crime scenes, recovering fingerprints, DNA swabs and footwear marks",
                "Photograph scenes and exhibits and maintain continuity records",
                "Write MG11 statements for court",
            ]),
            ("Evidence Recovery Technician", "Eurofins Forensic Services", "2020-08", "2022-08", [
                "Searched and sampled clothing and exhibits for blood and DNA in the laboratory",
            ]),
        ],
        "skills": {"Forensics": ["Fingerprint recovery", "DNA sampling", "Footwear marks", "Scene photography", "Evidence continuity"]},
        "certs": [("Full manual UK driving licence", "DVLA", "")],
        "edu": [("BSc (Hons)", "Forensic Science", "Staffordshire University", "2020")],
        "unq": {
            "edu": [("FdSc (Foundation Degree)", "Applied Forensic Science", "Wolverhampton College", "2020")],
        },
        "decisive": ("BSc (Hons) degree in forensic or natural science", ["BSc", "honours degree", "bachelor", "Hons"], "degree level"),
    },
    {
        "id": "traffic_controller-fresh13-1",
        "occ": "traffic_controller",
        "title": "Traffic Control Person (TCP) - Lower Mainland",
        "company": "Coastline Traffic Control Ltd.",
        "location": "Surrey, BC, Canada",
        "posting": """
TRAFFIC CONTROL PERSON - FULL TIME

Coastline Traffic Control provides traffic management for utility, paving and municipal work across the Lower Mainland. We are hiring certified TCPs for the busy season.

MUST HAVE:
- Valid BC Traffic Control Person certification from a WorkSafeBC-approved provider (BCCSA or equivalent)
- Class 5 driver's licence
- Reliable transportation to job sites
- CSA-approved boots and rain gear

WE OFFER:
- $26-$29/hr depending on experience
- Overtime, benefits after 3 months
- Company trucks for lead hands
""",
        "name": "Jordan Whitehorse",
        "label": "Traffic Control Person",
        "summary": "Traffic control person with four years on highway, utility and paving projects; calm with heavy traffic and long shifts.",
        "where": ("Surrey", "BC"),
        "country": "CA",
        "work": [
            ("Traffic Control Person", "Ansan Traffic Group", "2023-04", "", [
                "Control traffic with stop/slow paddles for FortisBC gas line and municipal water main work",
                "Set up and take down signs, cones and lane closures to the traffic management plan",
            ]),
            ("Flagger", "Valard Construction", "2022-05", "2023-03", [
                "Directed traffic around powerline construction on Highway 3",
            ]),
        ],
        "skills": {"Traffic control": ["Stop/slow paddle", "Lane closures", "Sign set-up", "Radio communication"]},
        "certs": [
            ("Traffic Control Person (TCP) certification, British Columbia", "BC Construction Safety Alliance (BCCSA)", "2025-04"),
            ("Class 5 driver's licence", "ICBC", ""),
            ("Occupational First Aid Level 1", "St. John Ambulance", "2025-02"),
        ],
        "unq": {
            "summary": "Flagger with four years on highway, utility and paving projects in Alberta; calm with heavy traffic and long shifts.",
            "label": "Flagger",
            "where": ("Edmonton", "AB"),
            "work": [
                ("Flagger", "Ledcor Highways", "2023-04", "", [
                    "Control traffic with stop/slow paddles for ATCO gas line and municipal water main work",
                    "Set up and take down signs, cones and lane closures to the traffic accommodation plan",
                ]),
                ("Flagger", "Valard Construction", "2022-05", "2023-03", [
                    "Directed traffic around powerline construction on Highway 43",
                ]),
            ],
            "certs": [
                ("Flagger Training (traffic control)", "Alberta Construction Safety Association (ACSA)", "2025-04"),
                ("Class 5 driver's licence", "Alberta Registries", ""),
                ("Standard First Aid", "St. John Ambulance", "2025-02"),
            ],
        },
        "decisive": ("valid BC Traffic Control Person certification", ["BC", "British Columbia", "BCCSA", "WorkSafeBC", "Traffic Control Person"], "jurisdiction"),
    },
    {
        "id": "traffic_controller-fresh13-2",
        "occ": "traffic_controller",
        "title": "Traffic Controller / TMI",
        "company": "Altus Traffic",
        "location": "Dandenong South, VIC, Australia",
        "posting": """
Altus Traffic is looking for experienced Traffic Controllers to join our south-east Melbourne depot, working on major road, rail and utility projects.

About you:
- Current Victorian traffic controller and traffic management implementer tickets (RIIWHS205E Control traffic with stop-slow bat & RIIWHS302E Implement traffic management plan)
- Construction Induction (White Card)
- Minimum 2 years' experience as a traffic controller on road or civil projects
- Current Victorian driver's licence
- Able to work nights and weekends

What we offer: above-award rates, paid travel from depot, ongoing training and a clear path to team leader.
""",
        "name": "Mitchell Nguyen",
        "label": "Traffic Controller",
        "summary": "Traffic controller and TMI with over three years on freeway, level crossing removal and utility projects around Melbourne.",
        "where": ("Dandenong", "VIC"),
        "country": "AU",
        "work": [
            ("Traffic Controller / TMI", "Safe Roads Traffic Management", "2023-05", "", [
                "Install and remove lane and shoulder closures to approved traffic management plans on freeway works",
                "Control traffic with stop-slow bats at night works for level crossing removal projects",
                "Complete pre-start and closure checklists",
            ]),
            ("Warehouse Storeperson", "Bunnings Distribution Centre", "2020-02", "2023-04", [
                "Picked and packed orders and loaded trucks",
            ]),
        ],
        "skills": {"Traffic management": ["Stop-slow bat", "Lane closures", "TMP implementation", "Night works"]},
        "certs": [
            ("RIIWHS205E Control traffic with stop-slow bat", "Registered training organisation (Victoria)", "2023-04"),
            ("RIIWHS302E Implement traffic management plan", "Registered training organisation (Victoria)", "2023-04"),
            ("CPCWHS1001 Prepare to work safely in the construction industry (White Card)", "WorkSafe Victoria", "2023-03"),
            ("Victorian driver licence (car)", "VicRoads", ""),
        ],
        "unq": {
            "summary": "Traffic controller and TMI with just over a year on freeway, level crossing removal and utility projects around Melbourne.",
            "work": [
                ("Traffic Controller / TMI", "Safe Roads Traffic Management", "2025-11", "", [
                    "Install and remove lane and shoulder closures to approved traffic management plans on freeway works",
                    "Control traffic with stop-slow bats at night works for level crossing removal projects",
                    "Complete pre-start and closure checklists",
                ]),
                ("Warehouse Storeperson", "Bunnings Distribution Centre", "2020-02", "2025-10", [
                    "Picked and packed orders and loaded trucks",
                ]),
            ],
            "certs": [
                ("RIIWHS205E Control traffic with stop-slow bat", "Registered training organisation (Victoria)", "2025-10"),
                ("RIIWHS302E Implement traffic management plan", "Registered training organisation (Victoria)", "2025-10"),
                ("CPCWHS1001 Prepare to work safely in the construction industry (White Card)", "WorkSafe Victoria", "2025-09"),
                ("Victorian driver licence (car)", "VicRoads", ""),
            ],
        },
        "decisive": ("minimum 2 years' experience as a traffic controller", ["years", "yrs"], "years"),
    },
]
# fmt: on
