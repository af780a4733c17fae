"""Fresh10 set, public sector: foreign service officer, GIS analyst, forensic scientist."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "foreign_service_officer-fresh10-1",
        "occ": "foreign_service_officer",
        "title": "Senior Policy Officer - Pacific Regional Division",
        "company": "Manatu Aorere - Ministry of Foreign Affairs and Trade",
        "location": "Wellington, New Zealand",
        "posting": """
Mo te turanga | About the role
The Pacific Regional Division leads New Zealand's engagement with the Pacific Islands Forum, the Pacific Community and other regional organisations. As a Senior Policy Officer you will write advice for Ministers, prepare briefing and talking points for Forum Leaders' and Foreign Ministers' meetings, negotiate text with partner governments and, as a rotational officer, be eligible for cross-postings to our Pacific missions.

What you'll bring
- At least five years' experience in foreign, trade, development or security policy, ideally including time offshore at a post or in a regional organisation
- A relevant tertiary qualification (international relations, law, economics, Pacific studies or similar)
- Clear, concise written advice under pressure, and confidence negotiating and building relationships across cultures
- An understanding of Te Tiriti o Waitangi and of New Zealand's partnerships in the Pacific
- New Zealand citizenship, and the ability to obtain and hold a national security clearance at SECRET or above

He aha ai | What we offer
Flexible working, professional language training, and the opportunity to represent Aotearoa New Zealand overseas. We value diversity and encourage applications from Maori, Pacific and disabled candidates.
""",
        "name": "Mere Hawea",
        "label": "Policy Adviser, Pacific regional affairs",
        "summary": "Foreign and trade policy professional with nearly eight years' experience, including three years at a Pacific post; drafts ministerial advice and negotiates communique text. New Zealand citizen holding a SECRET clearance.",
        "where": ("Wellington", "Wellington"),
        "country": "NZ",
        "work": [
            ("Policy Adviser, Regional Cooperation", "Pacific Islands Forum Secretariat", "2025-01", "", [
                "Draft papers for Forum Economic Ministers and the Forum Officials Committee",
                "Negotiate communique and declaration text with member delegations",
            ]),
            ("Second Secretary", "New Zealand High Commission, Suva", "2022-01", "2024-12", [
                "Reported on Fijian politics, regional security and fisheries to Wellington",
                "Managed a NZ$4m development programme on climate resilience with the Fiji Government",
                "Prepared visit programmes and briefing for the Minister of Foreign Affairs",
            ]),
            ("Policy Officer, Trade Negotiations Division", "Ministry of Foreign Affairs and Trade", "2019-02", "2021-12", [
                "Drafted negotiating briefs and cabinet papers on PACER Plus implementation",
                "Wrote ministerial correspondence and Official Information Act responses",
            ]),
        ],
        "skills": {"Policy": ["Ministerial advice", "Negotiation", "Cabinet papers", "Political reporting", "Development programme management"], "Other": ["Te Tiriti o Waitangi in policy advice", "Te reo Maori (conversational)", "Fijian (basic)"]},
        "certs": [
            ("National security clearance, SECRET (NZSIS vetted)", "Ministry of Foreign Affairs and Trade", "2021-11"),
        ],
        "edu": [("Master of International Relations", "", "Victoria University of Wellington", "2018"), ("Bachelor of Arts", "Pacific Studies and Political Science", "University of Auckland", "2016")],
        "unq": {
            "summary": "Foreign and trade policy professional with four years' experience, including time at a Pacific regional organisation, after six years teaching social studies; drafts ministerial advice and negotiates communique text. New Zealand citizen holding a SECRET clearance.",
            "work": [
                ("Policy Adviser, Regional Cooperation", "Pacific Islands Forum Secretariat", "2024-07", "", [
                    "Draft papers for Forum Economic Ministers and the Forum Officials Committee",
                    "Negotiate communique and declaration text with member delegations",
                ]),
                ("Policy Officer, Pacific Regional Division", "Ministry of Foreign Affairs and Trade", "2022-10", "2024-06", [
                    "Drafted briefing and talking points for Forum Foreign Ministers' meetings",
                    "Wrote ministerial correspondence and Official Information Act responses",
                ]),
                ("Social Studies Teacher", "Wellington High School", "2016-02", "2022-09", [
                    "Taught Year 9-13 social studies and history; ran the school's Model UN club",
                ]),
            ],
            "certs": [
                ("National security clearance, SECRET (NZSIS vetted)", "Ministry of Foreign Affairs and Trade", "2022-12"),
            ],
        },
        "decisive": ("at least five years' experience in foreign, trade, development or security policy", ["years", "yrs"], "years"),
    },
    {
        "id": "foreign_service_officer-fresh10-2",
        "occ": "foreign_service_officer",
        "title": "Policy Officer (APS Level 6) - Arms Control and Counter-Proliferation",
        "company": "Department of Foreign Affairs and Trade (DFAT)",
        "location": "Canberra, ACT, Australia",
        "posting": """
Position: Policy Officer, APS 6 (ongoing, rotational - may be considered for overseas postings)
Group: International Security, Humanitarian and Consular Group
Salary: $109,000 - $124,000 plus 15.4% superannuation

The role
You will contribute to Australia's engagement on arms control, counter-proliferation and regional security: drafting briefing for Ministers and senior executives, preparing Australian positions for multilateral meetings (including the NPT review cycle and the Australia Group), and working closely with Defence, the national intelligence community and our overseas posts.

Key requirements
- Excellent written and oral communication and sound judgement when handling classified material
- Experience in international security, defence or foreign policy (3+ years desirable)
- A degree in international relations, law, political science, science or another relevant discipline

Eligibility
Applicants must be Australian citizens. Due to the classified nature of the work and an immediate start date, the successful applicant must already hold a current Negative Vetting Level 2 (NV2) security clearance; applicants who would need a clearance sponsored will not be progressed in this round.
""",
        "name": "Samuel Okafor-Reid",
        "label": "Policy Officer, International Policy",
        "summary": "Australian citizen with six years of defence and international security policy work in Canberra: ministerial briefing, multilateral meeting preparation and interagency coordination. Holds a current NV2 security clearance.",
        "where": ("Canberra", "ACT"),
        "country": "AU",
        "work": [
            ("Policy Officer (APS 5), International Policy Division", "Department of Defence", "2021-03", "", [
                "Draft ministerial submissions and briefing on counter-proliferation, export controls and South-East Asian defence engagement",
                "Prepare Defence input to whole-of-government positions for the NPT review cycle and ASEAN Defence Ministers' Meeting-Plus",
                "Coordinate with DFAT, Home Affairs and the intelligence community on classified assessments",
            ]),
            ("Graduate, Strategic Policy Graduate Program", "Department of Defence", "2020-02", "2021-02", [
                "Rotations in Strategic Policy, Force Design and International Policy divisions",
            ]),
        ],
        "skills": {"Policy": ["Ministerial briefing", "Multilateral negotiations", "Arms control", "Export controls", "Interagency coordination"], "Other": ["Handling classified material"]},
        "certs": [
            ("Negative Vetting Level 2 (NV2) security clearance, current", "Australian Government Security Vetting Agency (AGSVA)", "2021-06"),
        ],
        "edu": [("Master of Strategic Studies", "", "Australian National University", "2019"), ("Bachelor of International Relations", "", "Griffith University", "2017")],
        "unq": {
            "summary": "Australian citizen with six years of defence and international security policy work in Canberra: ministerial briefing, multilateral meeting preparation and interagency coordination. Holds a current NV1 security clearance.",
            "certs": [
                ("Negative Vetting Level 1 (NV1) security clearance, current", "Australian Government Security Vetting Agency (AGSVA)", "2021-06"),
            ],
        },
        "decisive": ("current Negative Vetting Level 2 (NV2) clearance", ["NV2", "Negative Vetting Level 2", "Negative Vetting 2"], "clearance level"),
    },
    {
        "id": "gis_analyst-fresh10-1",
        "occ": "gis_analyst",
        "title": "GIS Data Analyst - Asset Information",
        "company": "Uisce Eireann",
        "location": "Dublin, Ireland (hybrid)",
        "posting": """
Uisce Eireann is responsible for public water services across Ireland. Our Asset Information team keeps the national water and wastewater network model accurate, so that engineers, planners and field crews can trust what they see on the map.

Key responsibilities
- Build and maintain ETL workflows that load as-constructed drawings, survey data and contractor returns into our Esri enterprise geodatabase
- Run data-quality rules, fix topology errors and report on network completeness
- Support the migration of legacy datasets and automate recurring reports

Essential
- Degree in GIS, geography, surveying, computer science or a related discipline
- 3+ years' hands-on GIS experience in a utility, local authority or mapping organisation
- Strong ArcGIS Pro and enterprise geodatabase skills
- Proven experience building FME (Safe Software) workspaces - FME Form/Desktop, ideally also FME Flow/Server
- SQL

Desirable
- Python (ArcPy); experience with the ArcGIS Utility Network; FME Certified Professional

We offer hybrid working, a competitive salary, a defined contribution pension and 25 days' annual leave. Uisce Eireann is an equal opportunities employer.
""",
        "name": "Ciaran Doherty",
        "label": "GIS Analyst",
        "summary": "GIS analyst with seven years in local government and national mapping; builds ETL pipelines into Esri enterprise geodatabases and keeps network data clean.",
        "where": ("Dublin", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("GIS Analyst", "Dublin City Council", "2021-06", "", [
                "Built and scheduled FME Form workspaces, published to FME Flow, that load drainage and road survey returns into an ArcGIS Enterprise geodatabase",
                "Wrote attribute and topology validation rules and a monthly data-quality dashboard",
                "Migrated 40 legacy CAD and shapefile datasets to a versioned SQL Server geodatabase",
            ]),
            ("GIS Technician", "Ordnance Survey Ireland", "2019-05", "2021-05", [
                "Captured and edited large-scale vector mapping in ArcGIS Pro",
                "Checked completeness of address and building data against field survey",
            ]),
        ],
        "skills": {"GIS": ["ArcGIS Pro", "ArcGIS Enterprise", "Enterprise geodatabase", "Topology", "Data quality"], "ETL and code": ["FME Form (formerly FME Desktop)", "FME Flow", "SQL", "Python (ArcPy)"]},
        "certs": [
            ("ArcGIS Pro Associate", "Esri", "2022-04"),
        ],
        "edu": [("MSc", "Geographic Information Science", "Maynooth University", "2019"), ("BA", "Geography", "University College Cork", "2018")],
        "unq": {
            "work": [
                ("GIS Analyst", "Dublin City Council", "2021-06", "", [
                    "Built and scheduled ModelBuilder models and Python scripts that load drainage and road survey returns into an ArcGIS Enterprise geodatabase",
                    "Wrote attribute and topology validation rules and a monthly data-quality dashboard",
                    "Migrated 40 legacy CAD and shapefile datasets to a versioned SQL Server geodatabase",
                ]),
                ("GIS Technician", "Ordnance Survey Ireland", "2019-05", "2021-05", [
                    "Captured and edited large-scale vector mapping in ArcGIS Pro",
                    "Checked completeness of address and building data against field survey",
                ]),
            ],
            "skills": {"GIS": ["ArcGIS Pro", "ArcGIS Enterprise", "Enterprise geodatabase", "Topology", "Data quality"], "ETL and code": ["ModelBuilder", "SQL", "Python (ArcPy)"]},
        },
        "decisive": ("FME (Safe Software) workbench experience", ["FME", "Feature Manipulation Engine", "Safe Software"], "tool"),
    },
    {
        "id": "gis_analyst-fresh10-2",
        "occ": "gis_analyst",
        "title": "Geospatial Analyst (Higher Executive Officer)",
        "company": "Ministry of Defence - Defence Geographic Centre",
        "location": "Feltham, London, UK",
        "posting": """
Job summary
The Defence Geographic Centre (DGC) provides geospatial information and services to UK Defence, from foundation mapping to bespoke products for operations and exercises. We are looking for a Geospatial Analyst to capture, manage and quality-assure geographic data.

Job description
- Capture, edit and validate vector data from imagery and third-party sources
- Produce bespoke map products to Defence cartographic standards
- Manage geospatial data holdings and metadata in line with NATO and Defence standards

Person specification
Essential:
- At least 2 years' experience as a GIS analyst or technician, using ArcGIS Pro and/or QGIS
- Good understanding of coordinate reference systems, datums and projections
- Able to prioritise work against tight operational deadlines

Nationality and security
This post is open to UK nationals only. Because of the start date, the successful candidate must hold active Security Check (SC) clearance at the point of application and be willing to undergo Developed Vetting (DV) once in post.

Benefits: Civil Service pension with an employer contribution of 28.97%, 25 days' annual leave rising to 30, flexible working.
""",
        "name": "Priya Chandran",
        "label": "Geospatial Analyst",
        "summary": "British citizen and geospatial analyst with seven years' experience in defence and environmental mapping; ArcGIS Pro and QGIS, imagery-based data capture and cartography. Holds active SC clearance.",
        "where": ("Farnborough", "Hampshire"),
        "country": "GB",
        "work": [
            ("Geospatial Analyst", "Leidos UK (Defence)", "2022-03", "", [
                "Capture vector data from satellite and aerial imagery for a Defence mapping contract",
                "Produce map products and gazetteers to customer cartographic specifications",
                "Maintain metadata to ISO 19115 and manage data holdings",
            ]),
            ("GIS Technician", "Environment Agency", "2019-08", "2022-02", [
                "Digitised flood defence assets in ArcGIS Pro and QGIS",
                "Reprojected legacy datasets between OSGB36 and ETRS89",
            ]),
        ],
        "skills": {"GIS": ["ArcGIS Pro", "QGIS", "Imagery exploitation", "Cartography", "Coordinate reference systems", "Metadata (ISO 19115)"]},
        "certs": [
            ("Security Check (SC) clearance, active", "United Kingdom Security Vetting (UKSV)", "2022-05"),
        ],
        "edu": [("BSc", "Geography", "University of Southampton", "2019")],
        "unq": {
            "summary": "British citizen and geospatial analyst with seven years' experience in defence and environmental mapping; ArcGIS Pro and QGIS, imagery-based data capture and cartography. BPSS verified.",
            "certs": [
                ("Baseline Personnel Security Standard (BPSS), verified", "Leidos UK", "2022-03"),
            ],
        },
        "decisive": ("active Security Check (SC) clearance", ["SC", "Security Check"], "clearance level"),
    },
    {
        "id": "forensic_scientist-fresh10-1",
        "occ": "forensic_scientist",
        "title": "Forensic Scientist - DNA Reporting (Biology)",
        "company": "NSW Health Pathology - Forensic & Analytical Science Service",
        "location": "Lidcombe, NSW, Australia",
        "posting": """
Employment type: Permanent full time
Position classification: Hospital Scientist Level 2
Remuneration: $98,000 - $122,000 per annum plus super

Where you'll be working
FASS provides independent forensic biology (DNA) services to the NSW Police Force and the courts. Our Lidcombe laboratory is NATA-accredited to ISO/IEC 17025.

What you'll be doing
You will examine exhibits, interpret DNA profiles, prepare expert certificates and statements, and give evidence in the Local, District and Supreme Courts.

Selection criteria
1. A degree in science with a major in biology, genetics, biochemistry or forensic science.
2. At least 3 years' experience in a forensic DNA laboratory, including casework reporting.
3. Demonstrated experience interpreting complex DNA mixtures using STRmix probabilistic genotyping software, including likelihood ratio reporting.
4. Experience preparing expert statements and giving evidence in court.
5. Working knowledge of quality systems under ISO/IEC 17025.
6. Willingness to provide a DNA elimination sample and to undergo a National Police Check.
""",
        "name": "Aoife Brennan",
        "label": "Forensic Scientist (DNA)",
        "summary": "Forensic biologist with eight years of casework in accredited DNA laboratories; interprets complex mixtures with STRmix, writes expert statements and has given evidence in the Circuit and Central Criminal Courts. Australian permanent resident.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Forensic Scientist, DNA Reporting", "Forensic Science Ireland", "2021-04", "2026-06", [
                "Interpreted complex DNA mixtures of up to four contributors in STRmix and reported likelihood ratios",
                "Wrote expert statements for serious crime cases and gave evidence in the Circuit and Central Criminal Courts",
                "Reviewed colleagues' casework under ISO/IEC 17025 technical review procedures",
            ]),
            ("Forensic Biologist", "Eurofins Forensic Services", "2018-03", "2021-03", [
                "Examined exhibits for blood and semen, sampled for DNA and ran quantification and PCR",
                "Prepared case files and contributed to statements for police forces in England and Wales",
            ]),
        ],
        "skills": {"Forensic biology": ["Exhibit examination", "DNA mixture interpretation", "STRmix", "Likelihood ratios", "Expert witness testimony"], "Quality": ["ISO/IEC 17025", "Technical review"]},
        "certs": [],
        "edu": [("BSc (Hons)", "Genetics", "Trinity College Dublin", "2016"), ("MSc", "Forensic Science", "University of Strathclyde", "2017")],
        "unq": {
            "summary": "Forensic biologist with eight years of casework in accredited DNA laboratories; interprets complex mixtures with EuroForMix, writes expert statements and has given evidence in the Circuit and Central Criminal Courts. Australian permanent resident.",
            "work": [
                ("Forensic Scientist, DNA Reporting", "Forensic Science Ireland", "2021-04", "2026-06", [
                    "Interpreted complex DNA mixtures of up to four contributors in EuroForMix and LRmix Studio and reported likelihood ratios",
                    "Wrote expert statements for serious crime cases and gave evidence in the Circuit and Central Criminal Courts",
                    "Reviewed colleagues' casework under ISO/IEC 17025 technical review procedures",
                ]),
                ("Forensic Biologist", "Eurofins Forensic Services", "2018-03", "2021-03", [
                    "Examined exhibits for blood and semen, sampled for DNA and ran quantification and PCR",
                    "Prepared case files and contributed to statements for police forces in England and Wales",
                ]),
            ],
            "skills": {"Forensic biology": ["Exhibit examination", "DNA mixture interpretation", "EuroForMix", "LRmix Studio", "Likelihood ratios", "Expert witness testimony"], "Quality": ["ISO/IEC 17025", "Technical review"]},
        },
        "decisive": ("STRmix probabilistic genotyping software", ["STRmix"], "tool"),
    },
    {
        "id": "forensic_scientist-fresh10-2",
        "occ": "forensic_scientist",
        "title": "Reporting Scientist - Forensic Toxicology",
        "company": "Key Forensic Services",
        "location": "Coventry, UK",
        "posting": """
Key Forensic Services is one of the UK's leading independent forensic science providers, working for police forces, the CPS and defence solicitors. Our toxicology laboratory in Coventry is UKAS-accredited to ISO/IEC 17025 and the Forensic Science Regulator's Code of Practice.

The role
As a Reporting Scientist you will interpret analytical results in drug-driving, drug-facilitated sexual assault and post-mortem cases, write streamlined forensic reports and full statements, and attend court as an expert witness.

Requirements
- MSc or PhD in analytical chemistry, toxicology, forensic science or a closely related subject
- At least 2 years' casework experience in a UKAS-accredited forensic toxicology laboratory
- Experience with LC-MS/MS and GC-MS data review
- Full UK driving licence (court attendance across England and Wales)
- Able to obtain Non Police Personnel Vetting (NPPV) Level 2

What we offer: 25 days' holiday plus bank holidays, pension, private medical insurance and funded CPD, including membership of the Chartered Society of Forensic Sciences.
""",
        "name": "Thomas Achebe",
        "label": "Forensic Toxicologist",
        "summary": "Forensic toxicologist with five years' casework in UKAS-accredited laboratories: drug-driving, DFSA and post-mortem toxicology, LC-MS/MS and GC-MS data review, expert statements. NPPV2 vetted; full UK driving licence.",
        "where": ("Birmingham", "West Midlands"),
        "country": "GB",
        "work": [
            ("Forensic Toxicologist", "Eurofins Forensic Services", "2021-09", "", [
                "Review LC-MS/MS and GC-MS batches for drug-driving (s5A) and post-mortem cases",
                "Write streamlined forensic reports and MG11 statements; attended Crown Court twice as an expert witness",
                "Authorise results under ISO/IEC 17025 and the Forensic Science Regulator's Codes",
            ]),
            ("Analytical Chemist", "Eurofins Food Testing UK", "2019-07", "2021-08", [
                "Ran sample preparation and LC-MS/MS residue analysis in a UKAS-accredited laboratory",
            ]),
        ],
        "skills": {"Toxicology": ["LC-MS/MS", "GC-MS", "Drug-driving (s5A)", "Post-mortem toxicology", "Result interpretation", "Expert witness statements"], "Quality": ["ISO/IEC 17025", "FSR Codes of Practice"]},
        "certs": [
            ("Non Police Personnel Vetting (NPPV) Level 2", "West Midlands Police", "2021-10"),
            ("Full UK driving licence (Category B)", "DVLA", ""),
        ],
        "edu": [("MSc", "Analytical Toxicology", "King's College London", "2019"), ("BSc (Hons)", "Chemistry", "University of Leicester", "2018")],
        "unq": {
            "edu": [("BSc (Hons)", "Chemistry", "University of Leicester", "2018")],
        },
        "decisive": ("MSc or PhD in a relevant science", ["MSc", "master", "PhD", "postgraduate"], "degree level"),
    },
]
# fmt: on
