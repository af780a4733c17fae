"""Fresh set, people: HR generalist, real estate agent."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "hr_generalist-fresh-1",
        "occ": "hr_generalist",
        "title": "HR Generalist",
        "company": "Cintas",
        "location": "Mason, OH",
        "posting": """
Cintas helps more than one million businesses get READY to open their doors every day. Our Mason, Ohio corporate location is adding an HR Generalist (we call our employees partners) to support 600 partners in operations and sales.

You will handle partner relations and investigations, leave of absence administration (FMLA, ADA), onboarding, HRIS data and compensation changes, and coach managers on policy.

Required qualifications
- Bachelor's degree in Human Resources, Business or related field
- 3+ years of HR generalist experience
- PHR or SHRM-CP certification
- Working knowledge of FMLA, ADA, FLSA and Title VII
- HRIS experience (UKG, Workday or similar)

Preferred: multi-site or route-based operations experience.

Cintas is an equal opportunity employer including disability and veterans.
""",
        "name": "Ashley Brennan",
        "label": "Human Resources Generalist",
        "summary": "HR generalist for distribution and manufacturing sites: employee relations, leave administration, onboarding and HRIS.",
        "where": ("West Chester", "OH"),
        "work": [
            ("Human Resources Generalist", "Kroger Fulfillment Network", "2022-02", "", [
                "Support 450 associates and 30 managers: investigations, corrective action, performance coaching",
                "Administer FMLA, ADA accommodations and short-term disability with Sedgwick; keep FLSA classifications current",
                "Run onboarding and maintain job, pay and org data in Workday",
            ]),
            ("HR Coordinator", "Mercy Health", "2020-06", "2022-01", [
                "Coordinated new-hire paperwork, I-9s and background checks for three hospitals",
            ]),
        ],
        "skills": {"HR": ["Employee relations", "Investigations", "FMLA / ADA administration", "FLSA", "Title VII", "Onboarding"], "HRIS": ["Workday", "UKG Pro"]},
        "certs": [("Professional in Human Resources (PHR)", "HR Certification Institute (HRCI)", "2024-05")],
        "edu": [("Bachelor of Science", "Human Resource Management", "University of Cincinnati", "2020")],
        "unq": {
            "certs": [("Associate Professional in Human Resources (aPHR)", "HR Certification Institute (HRCI)", "2024-05")],
        },
        "mentions_ok": True,
        "decisive": ("PHR or SHRM-CP certification", ["PHR", "SHRM-CP", "Professional in Human Resources"], "credential level"),
    },
    {
        "id": "hr_generalist-fresh-2",
        "occ": "hr_generalist",
        "title": "Senior HR Generalist - Poultry Processing Complex",
        "company": "Tyson Foods",
        "location": "Springdale, AR",
        "posting": """
Senior HR Generalist, Springdale complex (two shifts, ~1,100 team members)

Responsibilities
- Lead employee relations investigations and recommend corrective action
- Partner with plant leadership on attendance, turnover and engagement
- Support hiring events, onboarding and benefits questions
- Keep HR records accurate in Workday

Qualifications
- 5+ years of HR generalist experience, manufacturing or plant environment preferred
- Bachelor's degree in HR, business or equivalent experience
- Strong knowledge of employment law and investigations
- Workday experience
- Bilingual English/Spanish preferred

Tyson Foods is an Equal Opportunity Employer, including veterans and people with disabilities.
""",
        "name": "Jessica Morales",
        "label": "HR Business Partner, Plant",
        "summary": "Plant HR professional handling employee relations, investigations, hiring and HR records in food and paper manufacturing.",
        "where": ("Rogers", "AR"),
        "work": [
            ("HR Business Partner, Plant", "Cargill", "2022-09", "", [
                "HR lead for a 700-person protein plant: investigations, corrective action and attendance policy",
                "Plan weekly hiring events and onboarding; answer benefits questions on both shifts",
            ]),
            ("HR Generalist", "Georgia-Pacific", "2018-03", "2022-08", [
                "Generalist for a 400-person mill: employee relations, leave administration and union grievance support",
                "Maintained employee data and ran turnover reports in Workday",
            ]),
        ],
        "skills": {"HR": ["Employee relations", "Workplace investigations", "Hiring events", "Employment law", "Attendance policy"], "HRIS": ["Workday", "Kronos"]},
        "edu": [("Bachelor of Science in Business Administration", "Management", "University of Arkansas", "2017")],
        "langs": [("English", "Native"), ("Spanish", "Professional working")],
        "unq": {
            "label": "HR Generalist",
            "summary": "HR professional handling employee relations, investigations, hiring and HR records in manufacturing, after several years of HR administration.",
            "work": [
                ("HR Generalist", "Cargill", "2022-09", "", [
                    "HR generalist for a 700-person protein plant: investigations, corrective action and attendance policy",
                    "Plan weekly hiring events and onboarding; answer benefits questions on both shifts",
                ]),
                ("HR Assistant", "Georgia-Pacific", "2018-03", "2022-08", [
                    "Processed new-hire paperwork, I-9s and leave forms for a 400-person mill",
                    "Entered employee data changes and ran turnover reports in Workday",
                ]),
            ],
        },
        "decisive": ("5+ years of HR generalist experience", ["years", "yrs"], "years"),
    },
    {
        "id": "real_estate_agent-fresh-1",
        "occ": "real_estate_agent",
        "title": "Buyer's Agent",
        "company": "Realty ONE Group",
        "location": "Scottsdale, AZ",
        "posting": """
Buyer's Agent - join a top-producing team in the East Valley

Our team closed 140 homes last year and we have more buyer leads than we can serve. We provide leads, transaction coordination and marketing; you provide hustle and service.

You must have:
- An active Arizona real estate salesperson license (ADRE) - broker license also welcome
- 1+ year of closed transactions as a licensed agent
- Experience with the MLS and a CRM (Follow Up Boss or similar)
- Valid driver's license, insurance and a reliable vehicle

Commission split 50/50 on team leads, 70/30 on your own. Equal Housing Opportunity.
""",
        "name": "Brittany Sandoval",
        "label": "Real Estate Agent (Buyer Specialist)",
        "summary": "Licensed residential agent specializing in first-time and relocation buyers; 38 closed sides since licensing.",
        "where": ("Mesa", "AZ"),
        "work": [
            ("Buyer Specialist, Real Estate Salesperson", "HomeSmart", "2022-09", "", [
                "Closed 38 buyer sides ($16.8M volume) in Mesa, Gilbert and Chandler",
                "Work team leads in Follow Up Boss; write offers and negotiate inspection repairs; search and set showings in Flexmls",
            ]),
            ("Leasing Consultant", "Greystar", "2020-05", "2022-08", [
                "Toured and leased apartments; met monthly lease targets",
            ]),
        ],
        "skills": {"Real estate": ["Buyer representation", "Offer writing", "Negotiation", "Showings"], "Tools": ["Flexmls", "Follow Up Boss", "DocuSign"]},
        "certs": [
            ("Real Estate Salesperson License", "Arizona Department of Real Estate (ADRE)", "2022-08"),
            ("Driver's License, Class D", "Arizona MVD", "2023-02"),
        ],
        "edu": [("Bachelor of Arts", "Communication", "Arizona State University", "2020")],
        "unq": {
            "label": "Real Estate Agent (Buyer Specialist)",
            "summary": "Licensed residential agent specializing in first-time and relocation buyers; 38 closed sides since licensing; moving to the Phoenix area.",
            "where": ("Henderson", "NV"),
            "work": [
                ("Buyer Specialist, Real Estate Salesperson", "HomeSmart", "2022-09", "", [
                    "Closed 38 buyer sides ($16.8M volume) in Henderson, Summerlin and North Las Vegas",
                    "Work team leads in Follow Up Boss; write offers and negotiate inspection repairs; search and set showings in the Las Vegas REALTORS MLS (Matrix)",
                ]),
                ("Leasing Consultant", "Greystar", "2020-05", "2022-08", [
                    "Toured and leased apartments; met monthly lease targets",
                ]),
            ],
            "skills": {"Real estate": ["Buyer representation", "Offer writing", "Negotiation", "Showings"], "Tools": ["Matrix MLS", "Follow Up Boss", "DocuSign"]},
            "certs": [
                ("Real Estate Salesperson License", "Nevada Real Estate Division", "2022-08"),
                ("Driver's License, Class C", "Nevada DMV", "2023-02"),
            ],
            "edu": [("Bachelor of Arts", "Communication", "University of Nevada, Las Vegas", "2020")],
        },
        "decisive": ("active Arizona real estate salesperson license (ADRE)", ["Arizona", "ADRE"], "jurisdiction"),
    },
    {
        "id": "real_estate_agent-fresh-2",
        "occ": "real_estate_agent",
        "title": "Team Leader / Licensed Broker - Residential Sales",
        "company": "Keller Williams Realty Austin Northwest",
        "location": "Austin, TX",
        "posting": """
Keller Williams Austin NW is looking for a producing agent to lead one of our residential sales teams.

Because you will supervise and sponsor agents on the team, this role requires an active Texas real estate broker license (TREC). A sales agent license alone does not qualify.

Also required:
- 4+ years of active residential real estate sales
- 50+ closed transactions
- Experience coaching or onboarding newer agents
- Familiarity with TREC promulgated contract forms and Unlock MLS

We offer a leadership override plus your own production split. Equal Housing Opportunity.
""",
        "name": "Carlos Medina",
        "label": "Residential Real Estate Broker",
        "summary": "Producing residential agent and licensed broker with 120+ closed transactions who onboards and coaches newer agents.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Real Estate Broker & Listing Lead", "Compass", "2021-04", "", [
                "Closed 78 transactions ($41M volume) across Williamson and Travis counties; write offers on TREC promulgated forms",
                "Onboard and coach four newer agents on pricing, listing presentations and contract-to-close",
            ]),
            ("Real Estate Sales Agent", "eXp Realty", "2017-03", "2021-03", [
                "Closed 46 buyer and seller sides; built a referral database of 900 contacts in Unlock MLS and kvCORE",
            ]),
        ],
        "skills": {"Real estate": ["Listing presentations", "Pricing strategy", "Contract negotiation", "Agent coaching"], "Tools": ["Unlock MLS", "kvCORE", "TREC promulgated forms"]},
        "certs": [
            ("Real Estate Broker License", "Texas Real Estate Commission (TREC)", "2021-03"),
            ("Real Estate Sales Agent License", "Texas Real Estate Commission (TREC)", "2017-02"),
        ],
        "edu": [("Bachelor of Business Administration", "Marketing", "Texas State University", "2016")],
        "unq": {
            "label": "Residential Real Estate Agent",
            "summary": "Producing residential sales agent with 120+ closed transactions who onboards and coaches newer agents.",
            "work": [
                ("Real Estate Sales Agent & Listing Lead", "Compass", "2021-04", "", [
                    "Closed 78 transactions ($41M volume) across Williamson and Travis counties; write offers on TREC promulgated forms",
                    "Onboard and coach four newer agents on pricing, listing presentations and contract-to-close",
                ]),
                ("Real Estate Sales Agent", "eXp Realty", "2017-03", "2021-03", [
                    "Closed 46 buyer and seller sides; built a referral database of 900 contacts in Unlock MLS and kvCORE",
                ]),
            ],
            "certs": [("Real Estate Sales Agent License", "Texas Real Estate Commission (TREC)", "2017-02")],
        },
        "decisive": ("active Texas real estate broker license", ["broker"], "licence level"),
    },
]
