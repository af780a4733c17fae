"""fresh3 cases: interpreting (writer a). Invented postings and people; see PROVENANCE.md."""

CASES = [
    {
        "id": "interpreter-fresh3-1",
        "occ": "interpreter",
        "title": "Staff Court Interpreter - Spanish",
        "company": "Harris County",
        "location": "Houston, TX",
        "posting": """
Harris County Office of Court Management is hiring a full-time Staff Court Interpreter (Spanish/English) to
serve the criminal district courts and the county criminal courts at law.

Duties: simultaneous interpretation of trials, pleas and hearings; consecutive interpretation of witness
testimony; sight translation of plea papers and orders; attorney-client interviews.

Requirements:
- Texas Licensed Court Interpreter (JBCC) with a Master designation. Licenses with a Basic designation do not
  permit interpreting in district or county courts and will not be considered.
- Two years of courtroom interpreting experience
- Bachelor's degree preferred; federal certification a plus

Harris County is an Equal Opportunity Employer. Benefits begin day one.
""",
        "name": "Veronica Salinas",
        "label": "Court Interpreter (Spanish)",
        "summary": (
            "Spanish court interpreter with six years in Texas courtrooms: trials, pleas and attorney-client "
            "conferences."
        ),
        "where": ("Pasadena", "TX"),
        "work": [
            (
                "Contract Interpreter",
                "Fort Bend County District Courts",
                "2021-09",
                None,
                [
                    "Simultaneous interpretation of felony jury trials and family-law hearings",
                    "Sight translation of plea admonishments and protective orders",
                ],
            ),
            (
                "Interpreter",
                "City of Houston Municipal Courts",
                "2020-03",
                "2021-08",
                ["Arraignments and bench trials in a court of record"],
            ),
        ],
        "edu": [("Bachelor of Arts", "Spanish and Translation Studies", "University of Houston", "2019")],
        "skills": {"Interpreting": ["simultaneous", "consecutive", "sight translation", "legal terminology"]},
        "certs": [
            (
                "Licensed Court Interpreter - Master Designation (Spanish)",
                "Texas Judicial Branch Certification Commission",
                "2020-02",
            ),
        ],
        "langs": [("Spanish", "Native"), ("English", "Native")],
        "unq": {
            "work": [
                (
                    "Contract Interpreter",
                    "Harris County Justice of the Peace Courts",
                    "2021-09",
                    None,
                    [
                        "Consecutive and simultaneous interpretation of eviction, small-claims and Class C hearings",
                        "Sight translation of citations and court notices",
                    ],
                ),
                (
                    "Interpreter",
                    "City of Pasadena Municipal Court",
                    "2020-03",
                    "2021-08",
                    ["Traffic and Class C misdemeanor dockets"],
                ),
            ],
            "certs": [
                (
                    "Licensed Court Interpreter - Basic Designation (Spanish)",
                    "Texas Judicial Branch Certification Commission",
                    "2020-02",
                ),
            ],
        },
        "decisive": (
            "Texas Licensed Court Interpreter, Master designation",
            ["Master designation", "Master Licensed Court Interpreter", "Master-level"],
            "credential level",
        ),
    },
    {
        "id": "interpreter-fresh3-2",
        "occ": "interpreter",
        "title": "Medical Interpreter II - Spanish",
        "company": "UCHealth",
        "location": "Aurora, CO",
        "posting": """
UCHealth University of Colorado Hospital - Interpreter Services. Medical Interpreter II (Spanish), full time.

You'll interpret in person and by video for inpatient units, the ED, oncology and family medicine clinics,
including informed-consent discussions, family meetings and end-of-life conversations.

Qualifications
- National certification as a healthcare interpreter: CHI-Spanish (CCHI) or CMI-Spanish (NBCMI)
- At least 3 years of professional interpreting experience in a hospital or clinical setting
- High school diploma/GED; 40-hour medical interpreter training
- Native or near-native fluency in English and Spanish

UCHealth is an equal opportunity employer. Pay: $24.50-$33.00/hr plus shift differentials.
""",
        "name": "Ricardo Mendez",
        "label": "Certified Medical Interpreter, Spanish",
        "summary": (
            "Spanish-English healthcare interpreter in emergency, oncology and inpatient settings; in-person and VRI."
        ),
        "where": ("Denver", "CO"),
        "work": [
            (
                "Language Services Specialist",
                "Denver Health",
                "2020-05",
                None,
                [
                    "Interpret 25-35 encounters a day: ED, labor and delivery, oncology and family meetings",
                    "Sight-translate discharge instructions and consent forms; VRI coverage on nights",
                ],
            ),
            (
                "Bilingual Patient Access Representative",
                "Denver Health",
                "2017-08",
                "2020-04",
                ["Registration and insurance verification for Spanish-speaking patients"],
            ),
        ],
        "edu": [
            ("High School Diploma", "", "Abraham Lincoln High School", "2016"),
            (
                "Certificate",
                "Medical Interpreting (40-hour Bridging the Gap)",
                "Colorado Area Health Education Center",
                "2019",
            ),
        ],
        "skills": {"Interpreting": ["consecutive", "sight translation", "VRI", "medical terminology"]},
        "certs": [
            (
                "Certified Medical Interpreter (CMI-Spanish)",
                "National Board of Certification for Medical Interpreters",
                "2021-03",
            )
        ],
        "langs": [("Spanish", "Native"), ("English", "Native")],
        "unq": {
            "work": [
                (
                    "Language Services Specialist",
                    "Denver Health",
                    "2024-10",
                    None,
                    [
                        "Interpret 25-35 encounters a day: ED, labor and delivery, oncology and family meetings",
                        "Sight-translate discharge instructions and consent forms; VRI coverage on nights",
                    ],
                ),
                (
                    "Bilingual Patient Access Representative",
                    "Denver Health",
                    "2017-08",
                    "2024-09",
                    ["Registration and insurance verification for Spanish-speaking patients"],
                ),
            ],
            "edu": [
                ("High School Diploma", "", "Abraham Lincoln High School", "2016"),
                (
                    "Certificate",
                    "Medical Interpreting (40-hour Bridging the Gap)",
                    "Colorado Area Health Education Center",
                    "2024",
                ),
            ],
            "certs": [
                (
                    "Certified Medical Interpreter (CMI-Spanish)",
                    "National Board of Certification for Medical Interpreters",
                    "2025-02",
                )
            ],
        },
        "decisive": ("3 years of hospital or clinical interpreting", ["years", "yrs"], "years"),
    },
]
