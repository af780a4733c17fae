"""Fresh5 half, law: patent_agent, private_investigator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "patent_agent-fresh5-1",
        "occ": "patent_agent",
        "title": "Patent Agent - Mechanical / Electrical",
        "company": "Smart & Biggar",
        "location": "Ottawa, ON, Canada",
        "posting": """
Smart & Biggar is seeking a Patent Agent to join our Mechanical and Electrical Technologies group in Ottawa.

The successful candidate will draft and prosecute Canadian and foreign patent applications for a diverse client base ranging from start-ups to multinational corporations, prepare opinions on patentability, validity and infringement, and work closely with foreign associates.

Qualifications
- Registered Canadian patent agent (Class 1 licensee with the College of Patent Agents and Trademark Agents - CPATA)
- Degree in mechanical, electrical or computer engineering, or engineering physics
- At least three years of drafting and prosecution experience in a law firm or patent agency
- Registration as a U.S. patent agent is an asset
- Excellent written communication skills in English; French is an asset

We offer a collaborative environment, competitive compensation and a comprehensive benefits package. Smart & Biggar is committed to diversity and inclusion and welcomes applications from all qualified candidates.
""",
        "name": "Gurpreet Sandhu",
        "label": "Patent Agent",
        "summary": "Patent agent with six years drafting and prosecuting applications in mechanical, electromechanical and power electronics technologies before the Canadian and US patent offices, and giving patentability and infringement opinions.",
        "where": ("Ottawa", "ON"),
        "country": "CA",
        "work": [
            ("Patent Agent", "Gowling WLG", "2022-07", "", [
                "Draft and prosecute patent applications for power electronics, robotics and industrial equipment clients",
                "Respond to examiner's reports before CIPO and office actions before the USPTO",
                "Prepare patentability, validity and freedom-to-operate opinions; instruct foreign associates in Europe and Asia",
            ]),
            ("Patent Agent Trainee", "Gowling WLG", "2020-06", "2022-06", [
                "Drafted claims and specifications under the supervision of registered agents",
                "Prepared responses to office actions and prior art searches",
            ]),
        ],
        "skills": {"Patents": ["Patent drafting", "Patent prosecution", "Patentability opinions", "Freedom-to-operate", "Claim construction"], "Technical": ["Power electronics", "Mechatronics", "Control systems"]},
        "certs": [
            ("Registered Patent Agent (Canada) - Class 1 Patent Agent Licence", "College of Patent Agents and Trademark Agents (CPATA)", "2022-06"),
            ("Registered Patent Agent, USPTO (Reg. No. 81,442)", "United States Patent and Trademark Office", "2021-03"),
        ],
        "edu": [("B.A.Sc.", "Electrical Engineering", "University of Waterloo", "2020")],
        "langs": [("English", "Native"), ("Punjabi", "Fluent"), ("French", "Intermediate")],
        "unq": {
            "label": "Patent Agent (U.S.)",
            "summary": "U.S.-registered patent agent with six years drafting and prosecuting applications in mechanical, electromechanical and power electronics technologies at a Canadian firm, and assisting with patentability and infringement opinions.",
            "certs": [
                ("Registered Patent Agent, USPTO (Reg. No. 81,442)", "United States Patent and Trademark Office", "2021-03"),
            ],
        },
        "swaps": [("\"position\": \"Patent Agent\"", "\"position\": \"Patent Agent (U.S. practice) / Technical Advisor\"")],
        "decisive": ("Registered Canadian patent agent (CPATA Class 1)", ["Canadian patent agent", "CPATA", "Class 1"], "jurisdiction"),
    },
    {
        "id": "patent_agent-fresh5-2",
        "occ": "patent_agent",
        "title": "Patent Agent - Biotechnology",
        "company": "Fish & Richardson P.C.",
        "location": "Boston, MA",
        "posting": """
Fish & Richardson seeks a Patent Agent to join its Life Sciences practice in Boston. The agent will prepare and prosecute U.S. and foreign patent applications covering antibodies, cell and gene therapies and diagnostics, conduct patentability and freedom-to-operate analyses, and support due diligence for life science clients.

Requirements:
- Ph.D. in molecular biology, immunology, biochemistry or a related life science discipline
- Registration to practice before the USPTO
- 2+ years of patent prosecution experience at a law firm or in-house
- Excellent writing, analytical and client communication skills

Postdoctoral research experience is a plus. Fish & Richardson is an equal opportunity employer.
""",
        "name": "Eleanor Vukovic",
        "label": "Patent Agent",
        "summary": "Registered patent agent with a doctorate in immunology and five years prosecuting antibody, cell therapy and diagnostics applications; patentability, FTO and diligence work for biotech clients.",
        "where": ("Cambridge", "MA"),
        "work": [
            ("Patent Agent", "Wilmer Cutler Pickering Hale and Dorr LLP", "2022-01", "", [
                "Prepare and prosecute U.S. and PCT applications for antibodies, CAR-T and gene therapy platforms",
                "Draft responses to office actions, including written description and enablement rejections",
                "Conduct patentability, freedom-to-operate and diligence analyses for venture-backed biotech clients",
            ]),
            ("Technical Specialist", "Wolf, Greenfield & Sacks, P.C.", "2020-02", "2021-12", [
                "Drafted claims and office action responses under attorney supervision",
                "Prepared prior art analyses for immunology and diagnostics patent families",
            ]),
            ("Postdoctoral Fellow", "Dana-Farber Cancer Institute", "2018-09", "2020-01", [
                "Studied T-cell exhaustion in tumor models; flow cytometry and single-cell RNA-seq",
            ]),
        ],
        "skills": {"Patents": ["Patent prosecution", "PCT practice", "Freedom-to-operate", "Due diligence", "Claim drafting"], "Science": ["Immunology", "Antibody engineering", "Cell therapy", "Flow cytometry"]},
        "certs": [("Registered Patent Agent, USPTO (Reg. No. 79,106)", "United States Patent and Trademark Office", "2020-10")],
        "edu": [
            ("Ph.D.", "Immunology", "Harvard University", "2018"),
            ("B.S.", "Biochemistry", "University of Michigan", "2012"),
        ],
        "unq": {
            "summary": "Registered patent agent with a master's degree in immunology and five years prosecuting antibody, cell therapy and diagnostics applications; patentability, FTO and diligence work for biotech clients.",
            "work": [
                ("Patent Agent", "Wilmer Cutler Pickering Hale and Dorr LLP", "2022-01", "", [
                    "Prepare and prosecute U.S. and PCT applications for antibodies, CAR-T and gene therapy platforms",
                    "Draft responses to office actions, including written description and enablement rejections",
                    "Conduct patentability, freedom-to-operate and diligence analyses for venture-backed biotech clients",
                ]),
                ("Technical Specialist", "Wolf, Greenfield & Sacks, P.C.", "2020-02", "2021-12", [
                    "Drafted claims and office action responses under attorney supervision",
                    "Prepared prior art analyses for immunology and diagnostics patent families",
                ]),
                ("Research Associate II", "Dana-Farber Cancer Institute", "2014-09", "2020-01", [
                    "Studied T-cell exhaustion in tumor models; flow cytometry and single-cell RNA-seq",
                ]),
            ],
            "edu": [
                ("M.S.", "Immunology", "Tufts University Graduate School of Biomedical Sciences", "2014"),
                ("B.S.", "Biochemistry", "University of Michigan", "2012"),
            ],
        },
        "decisive": ("Ph.D. in a life science discipline", ["Ph.D.", "PhD", "doctorate", "doctoral"], "degree level"),
    },
    {
        "id": "private_investigator-fresh5-1",
        "occ": "private_investigator",
        "title": "Licensed Private Investigator",
        "company": "Kroll",
        "location": "San Diego, CA",
        "posting": """
Licensed Private Investigator - Litigation Support (San Diego)

Kroll's investigations practice is looking for a Private Investigator to conduct field investigations for litigation, insurance and corporate clients in Southern California: witness location and interviews, recorded statements, scene canvasses, public records and court research, process-ready reports.

Must have
- Current California Private Investigator license issued by the Bureau of Security and Investigative Services (BSIS); we do not employ investigators under another licensee's registration for this role
- 3+ years of investigative experience (PI agency, law enforcement, insurance SIU or defense investigation)
- Skilled in witness interviews and written reports
- Valid driver's license, insured personal vehicle, and willingness to travel throughout Southern California

Nice to have: Spanish, experience testifying, familiarity with TLOxp / Accurint.

Kroll is an equal opportunity employer. A background investigation is required.
""",
        "name": "Raymond Quintanilla",
        "label": "Licensed Private Investigator",
        "summary": "Private investigator with eight years of litigation and insurance field investigations: witness location and recorded interviews, scene canvasses, court and public records research and clear written reports.",
        "where": ("Chula Vista", "CA"),
        "work": [
            ("Investigator", "Hilltop Litigation Support (Phoenix and San Diego)", "2021-02", "", [
                "Locate and interview witnesses for civil defense and plaintiff firms; take recorded statements",
                "Canvass accident and incident scenes; photograph and diagram locations",
                "Run public records, court index and asset searches in TLOxp and Accurint; write investigative reports",
            ]),
            ("Claims Investigator", "Farmers Insurance - Special Investigations Unit", "2018-05", "2021-01", [
                "Investigated suspicious auto and property claims; conducted examinations under oath with counsel",
                "Wrote referral reports to the California Department of Insurance",
            ]),
        ],
        "skills": {"Investigations": ["Witness interviews", "Recorded statements", "Skip tracing", "Public records research", "Report writing"], "Tools": ["TLOxp", "Accurint", "Lexis CourtLink"]},
        "certs": [
            ("Private Investigator License, State of California", "Bureau of Security and Investigative Services (BSIS)", "2023-04"),
            ("Private Investigator License", "Arizona Department of Public Safety", "2021-01"),
            ("California Class C Driver License", "California DMV", ""),
        ],
        "edu": [("B.A.", "Criminal Justice", "San Diego State University", "2018")],
        "langs": [("English", "Native"), ("Spanish", "Fluent")],
        "unq": {
            "certs": [
                ("Private Investigator License", "Arizona Department of Public Safety", "2021-01"),
                ("California Class C Driver License", "California DMV", ""),
            ],
        },
        "decisive": ("California PI license (BSIS)", ["BSIS", "Bureau of Security and Investigative Services", "California Private Investigator"], "jurisdiction"),
    },
    {
        "id": "private_investigator-fresh5-2",
        "occ": "private_investigator",
        "title": "Surveillance Investigator",
        "company": "CoventBridge Group",
        "location": "Tampa, FL",
        "posting": """
Surveillance Investigator - Tampa Bay (field)

CoventBridge is looking for experienced surveillance investigators to conduct covert surveillance on workers' compensation, liability and disability claims throughout the Tampa Bay area.

Requirements
- Florida Class "C" Private Investigator license (Class "CC" interns will not be considered for this posting)
- Minimum of 2 years of insurance surveillance experience
- Proficiency with covert and handheld video equipment; able to obtain quality video in difficult conditions
- Clear, detailed, timely report writing
- Valid Florida driver's license, discreet reliable vehicle and proof of insurance
- Ability to sit for extended periods and work early mornings, weekends and overnight travel as needed

We offer company-provided video equipment, mileage reimbursement, paid drive time and a 401(k). CoventBridge is an EOE/drug-free workplace.
""",
        "name": "Savannah Pruett",
        "label": "Surveillance Investigator",
        "summary": "Licensed Florida private investigator with nearly five years of insurance surveillance on workers' compensation and liability claims; covert video, activity checks and same-day reports.",
        "where": ("Brandon", "FL"),
        "work": [
            ("Field Investigator - Surveillance", "Vericlaim Investigations", "2023-05", "", [
                "Conduct covert surveillance on workers' compensation, disability and liability claimants across Hillsborough, Pasco and Pinellas counties",
                "Obtain activity video with covert and handheld cameras; write same-day narrative reports",
                "Perform background and social media checks before field assignments",
            ]),
            ("Investigator Intern", "Tampa Bay Investigations Group", "2022-02", "2023-04", [
                "Worked insurance surveillance cases under a Class C sponsor; learned mobile and static surveillance",
                "Edited and logged video evidence and drafted reports for sponsor review",
            ]),
        ],
        "skills": {"Surveillance": ["Mobile and static surveillance", "Covert video", "Activity checks", "Report writing", "Social media investigations"], "Equipment": ["Sony handheld camcorders", "Covert button cameras"]},
        "certs": [
            ("Class C Private Investigator License", "Florida Department of Agriculture and Consumer Services, Division of Licensing", "2024-03"),
            ("Florida Class E Driver License", "Florida DHSMV", ""),
        ],
        "edu": [("A.S.", "Criminal Justice Technology", "Hillsborough Community College", "2021")],
        "unq": {
            "summary": "Licensed Florida private investigator doing insurance surveillance on workers' compensation and liability claims after several years in retail loss prevention; covert video, activity checks and same-day reports.",
            "work": [
                ("Field Investigator - Surveillance", "Vericlaim Investigations", "2025-11", "", [
                    "Conduct covert surveillance on workers' compensation, disability and liability claimants across Hillsborough, Pasco and Pinellas counties",
                    "Obtain activity video with covert and handheld cameras; write same-day narrative reports",
                    "Perform background and social media checks before field assignments",
                ]),
                ("Loss Prevention Detective", "Macy's", "2021-06", "2025-10", [
                    "Monitored CCTV and the sales floor to detect shoplifting and internal theft",
                    "Conducted apprehensions and wrote incident reports for prosecution",
                ]),
            ],
        },
        "decisive": ("Minimum 2 years of insurance surveillance experience", ["years", "yrs"], "years"),
    },
]
# fmt: on
