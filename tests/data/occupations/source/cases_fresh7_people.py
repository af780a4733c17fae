"""Fresh7 people cases: compensation analyst, HRIS analyst, labor relations specialist, career counselor.

Written blind (writer a, December 2026): invented postings, people and resumes; see fresh7_sources_a.md.
"""

# ruff: noqa: E501
# fmt: off
CASES = [
    {
        "id": "compensation-analyst-fresh7-1",
        "occ": "compensation analyst",
        "title": "Senior Compensation Analyst",
        "company": "Medtronic",
        "location": "Minneapolis, Minnesota, USA",
        "posting": """
A Day in the Life
As a Senior Compensation Analyst on the Global Total Rewards team you will price jobs, maintain salary structures, support the annual merit and incentive cycle, and advise HR business partners on offers and promotions for our US operations.

Must Have: Minimum Requirements
- Bachelor's degree
- 4+ years of compensation experience (job evaluation, market pricing, salary structures)
- Certified Compensation Professional (CCP) designation from WorldatWork
- Advanced Excel (index/match, pivot tables, modeling)

Nice to Have
- Experience with Radford/Aon and Mercer survey submissions
- Workday Advanced Compensation
- Sales incentive plan design
- Pay equity analysis

Physical Job Requirements: The above statements are intended to describe the general nature of the work. Salary range $95,200-$142,800 plus annual incentive. Medtronic offers a competitive Salary and flexible Benefits Package. Medtronic is an equal opportunity employer.
""",
        "name": "Lauren Bjornstad",
        "label": "Compensation Analyst",
        "summary": "Compensation professional with six years in market pricing, salary structure design and merit planning for medical device and healthcare employers. CCP since 2023.",
        "where": ("St. Paul", "MN"),
        "country": "US",
        "work": [
            ("Compensation Analyst II", "Boston Scientific", "2022-02", "", [
                "Prices 300+ jobs a year against Radford and Mercer surveys; leads the annual survey submissions",
                "Maintains US salary structures and supports the merit and bonus cycle in Workday",
                "Reviews offers and promotions for HR business partners; ran the 2025 pay equity regression",
            ]),
            ("Total Rewards Specialist", "Allina Health", "2020-06", "2022-01", [
                "Job evaluation and grade placement for clinical and non-clinical roles",
                "Built Excel models for the annual market adjustment",
            ]),
        ],
        "skills": {"Compensation": ["Market pricing", "Job evaluation", "Salary structures", "Merit planning", "Pay equity"], "Tools": ["Excel", "Workday", "Payfactors"]},
        "certs": [("Certified Compensation Professional (CCP)", "WorldatWork", "2023-04")],
        "edu": [("Bachelor of Science", "Business Administration - Human Resources", "University of Minnesota", "2020")],
        "unq": {
            "summary": "Compensation professional with six years in market pricing, salary structure design and merit planning for medical device and healthcare employers. SHRM-CP since 2023.",
            "certs": [("SHRM Certified Professional (SHRM-CP)", "Society for Human Resource Management", "2023-04")],
        },
        "decisive": ("Certified Compensation Professional (CCP) from WorldatWork", ["CCP", "Certified Compensation Professional"], "certificate"),
    },
    {
        "id": "compensation-analyst-fresh7-2",
        "occ": "compensation analyst",
        "title": "Reward Analyst",
        "company": "Nationwide Building Society",
        "location": "Swindon, England, UK",
        "posting": """
Reward Analyst | Swindon (hybrid, 2 days in office) | Permanent

The Reward team looks after pay, bonus and benefits for 18,000 colleagues. You'll support pay benchmarking, the annual pay review and our gender and ethnicity pay gap reporting.

What we're looking for:
- 3+ yrs hands-on in a reward / compensation analyst role
- Strong Excel and data skills - large data sets, lookups, modelling
- Job evaluation experience (Hay/Korn Ferry or similar)
- Good understanding of UK pay regulation and pay gap reporting

Would be great:
- CIPD Level 5 in Reward or an analytics qualification
- Financial services remuneration (Remuneration Code / MRTs)
- Power BI

Salary from £42,000 plus annual bonus, 10% pension contribution, 26 days' holiday and flexible benefits. We welcome applications from everyone, and are happy to talk about flexible working.
""",
        "name": "Priyanka Chauhan",
        "label": "Reward Analyst",
        "summary": "Reward analyst with five years across pay benchmarking, job evaluation and pay gap reporting in financial services, after two years as an HR adviser.",
        "where": ("Bristol", "Bristol"),
        "country": "GB",
        "work": [
            ("Reward Analyst", "Hargreaves Lansdown", "2023-05", "", [
                "Runs benchmarking against Willis Towers Watson and Mercer data for 2,500 roles",
                "Models the annual pay review budget and bonus pool scenarios in Excel and Power BI",
                "Prepares the gender pay gap report and supports Remuneration Code MRT identification",
            ]),
            ("Reward Assistant / Junior Reward Analyst", "Lloyds Banking Group", "2021-09", "2023-04", [
                "Korn Ferry job evaluation support and grading panels",
                "Salary benchmarking requests and benefits data checks",
            ]),
            ("HR Adviser", "Lloyds Banking Group", "2019-08", "2021-08", [
                "Employee relations casework and policy advice for branch managers",
            ]),
        ],
        "skills": {"Reward": ["Benchmarking", "Job evaluation", "Pay review", "Gender pay gap", "Bonus modelling"], "Tools": ["Excel", "Power BI", "Workday"]},
        "certs": [("CIPD Level 5 Associate Diploma in People Management", "CIPD", "2021-06")],
        "edu": [("BSc (Hons)", "Economics", "University of Exeter", "2019")],
        "unq": {
            "summary": "Reward analyst since 2025, moving into pay benchmarking and pay gap reporting in financial services after five years as an HR adviser.",
            "work": [
                ("Reward Analyst", "Hargreaves Lansdown", "2025-05", "", [
                    "Runs benchmarking against Willis Towers Watson and Mercer data for 2,500 roles",
                    "Models the annual pay review budget and bonus pool scenarios in Excel and Power BI",
                    "Prepares the gender pay gap report and supports Remuneration Code MRT identification",
                ]),
                ("HR Adviser", "Lloyds Banking Group", "2019-08", "2025-04", [
                    "Employee relations casework and policy advice for branch managers",
                    "Sat on Korn Ferry job evaluation grading panels as the HR representative",
                ]),
            ],
        },
        "decisive": ("3+ yrs in a reward / compensation analyst role", ["yrs", "years"], "years"),
    },
    {
        "id": "hris-analyst-fresh7-1",
        "occ": "hris analyst",
        "title": "HRIS Analyst II - Workday",
        "company": "Providence",
        "location": "Renton, Washington, USA",
        "posting": """
Providence is calling an HRIS Analyst II to join our People Technology team, supporting 120,000 caregivers across seven states.

Required qualifications:
- Bachelor's degree in Information Systems, HR or related field, or equivalent experience
- 3 years of HRIS experience
- Hands-on Workday HCM configuration experience: business processes, condition rules, calculated fields, EIBs and custom reports
- Experience supporting HR system releases and regression testing

Preferred qualifications:
- Workday Pro certification (HCM, Absence or Advanced Compensation)
- Experience in healthcare or a unionized workforce
- SQL or Python

Pay range: $38.50 - $61.11 per hour, depending on experience. Providence offers a comprehensive benefits package including a retirement 401(k) savings plan with employer matching, health care benefits and paid time off. Providence is proud to be an Equal Opportunity Employer.
""",
        "name": "Jordan Alvarez-Tran",
        "label": "HRIS Analyst",
        "summary": "HRIS analyst with five years configuring and supporting Workday HCM for hospital systems: business processes, calculated fields, EIB loads and reporting.",
        "where": ("Kent", "WA"),
        "country": "US",
        "work": [
            ("HRIS Analyst", "MultiCare Health System", "2022-03", "", [
                "Configures Workday business processes and condition rules for hire, job change and leave events",
                "Builds calculated fields, advanced and matrix reports for HR and finance",
                "Leads regression testing for the two annual Workday feature releases",
                "Loads mass changes through EIBs for annual merit and union step increases",
            ]),
            ("HR Systems Coordinator", "Swedish Health Services", "2020-01", "2022-02", [
                "Maintained position management and supervisory organisations; handled HRIS ticket queue",
            ]),
        ],
        "skills": {"HR technology": ["Workday HCM", "Business process configuration", "Calculated fields", "EIB", "Workday reporting"], "Other": ["SQL", "Excel", "ServiceNow"]},
        "certs": [("Workday Pro HCM", "Workday", "2023-11")],
        "edu": [("Bachelor of Science", "Information Systems", "University of Washington Tacoma", "2019")],
        "unq": {
            "summary": "HRIS analyst with five years configuring and supporting SAP SuccessFactors for hospital systems: Employee Central workflows, business rules, imports and reporting.",
            "work": [
                ("HRIS Analyst", "MultiCare Health System", "2022-03", "", [
                    "Configures SuccessFactors Employee Central workflows and business rules for hire, job change and leave events",
                    "Builds Story reports and ad hoc reports for HR and finance",
                    "Leads regression testing for the twice-yearly SuccessFactors releases",
                    "Loads mass changes through Employee Central imports for annual merit and union step increases",
                ]),
                ("HR Systems Coordinator", "Swedish Health Services", "2020-01", "2022-02", [
                    "Maintained position management and organisational data in Oracle PeopleSoft HCM; handled HRIS ticket queue",
                ]),
            ],
            "skills": {"HR technology": ["SAP SuccessFactors Employee Central", "Business rules", "Story reports", "Oracle PeopleSoft HCM"], "Other": ["SQL", "Excel", "ServiceNow"]},
            "certs": [("SAP Certified Application Associate - SuccessFactors Employee Central", "SAP", "2023-11")],
        },
        "decisive": ("Hands-on Workday HCM configuration experience", ["Workday"], "tool"),
    },
    {
        "id": "hris-analyst-fresh7-2",
        "occ": "hris analyst",
        "title": "HRIS Analyst - SuccessFactors",
        "company": "Woolworths Group",
        "location": "Bella Vista, New South Wales, Australia",
        "posting": """
We're looking for an HRIS Analyst to join the People Systems team at our Norwest support office. You'll look after SAP SuccessFactors Employee Central and its integrations for a workforce of 200,000 team members.

About you
- 5 years' experience as an HRIS analyst or HR systems specialist
- Strong SuccessFactors Employee Central knowledge (foundation objects, business rules, workflows, imports)
- Experience with integrations to payroll and time and attendance
- Able to translate business needs into system requirements and test them

Great to have
- SuccessFactors certification
- Experience with enterprise agreements and award interpretation
- Exposure to SAP Integration Suite or Boomi

What's in it for you: hybrid working, 10% team discount, salary packaging, and paid parental leave. Woolworths Group is an equal opportunity employer and encourages Aboriginal and Torres Strait Islander people to apply.
""",
        "name": "Chloe Nguyen",
        "label": "HR Systems Analyst",
        "summary": "HR systems analyst with seven years on SAP SuccessFactors Employee Central for large retail and logistics workforces, including payroll and rostering integrations.",
        "where": ("Parramatta", "New South Wales"),
        "country": "AU",
        "work": [
            ("HR Systems Analyst", "Coles Group", "2021-07", "", [
                "Owns Employee Central foundation objects, business rules and workflows for 120,000 employees",
                "Supports integrations to SAP payroll and the rostering system; triages failed records",
                "Writes requirements and test scripts for enterprise agreement changes",
            ]),
            ("HRIS Analyst", "Toll Group", "2019-02", "2021-06", [
                "Employee Central implementation: data migration, imports and user acceptance testing",
            ]),
            ("HRIS Administrator", "Toll Group", "2018-01", "2019-01", [
                "Position and organisational data maintenance and reporting",
            ]),
        ],
        "skills": {"HR technology": ["SAP SuccessFactors Employee Central", "Business rules", "Workflows", "Imports", "Integrations"], "Other": ["Excel", "Jira", "SQL"]},
        "certs": [("SAP Certified Application Associate - SuccessFactors Employee Central", "SAP", "2020-08")],
        "edu": [("Bachelor of Business", "Human Resource Management", "Western Sydney University", "2017")],
        "unq": {
            "summary": "HR systems analyst on SAP SuccessFactors Employee Central for a large retail workforce since 2024, after six years in payroll.",
            "work": [
                ("HR Systems Analyst", "Coles Group", "2024-02", "", [
                    "Owns Employee Central foundation objects, business rules and workflows for 120,000 employees",
                    "Supports integrations to SAP payroll and the rostering system; triages failed records",
                    "Writes requirements and test scripts for enterprise agreement changes",
                ]),
                ("Payroll Officer", "Toll Group", "2018-01", "2024-01", [
                    "Processed fortnightly payroll and award interpretation queries; tested Employee Central data migration as a payroll representative",
                ]),
            ],
        },
        "decisive": ("5 years' experience as an HRIS analyst or HR systems specialist", ["years", "year"], "years"),
    },
    {
        "id": "labor-relations-specialist-fresh7-1",
        "occ": "labor relations specialist",
        "title": "Senior Advisor, Labour Relations",
        "company": "Metrolinx",
        "location": "Toronto, Ontario, Canada",
        "posting": """
Senior Advisor, Labour Relations - People & Culture

Metrolinx is looking for a Senior Advisor to provide labour relations advice to operations managers across GO Transit and UP Express. You'll interpret collective agreements, manage grievances through to arbitration preparation, and take part in collective bargaining.

Qualifications:
- University degree in industrial relations, human resources or a related discipline
- CHRL (Certified Human Resources Leader) designation from the HRPA, or CHRE; the role is a professional-level position and requires the CHRL at minimum
- Six years of labour relations experience in a unionized environment
- Thorough knowledge of the Ontario Labour Relations Act, Employment Standards Act and Human Rights Code
- Experience preparing cases for arbitration

Assets:
- Experience in transit, rail or another federally/provincially regulated transport setting
- Bargaining table experience

Metrolinx offers a defined benefit pension through OMERS, health and dental benefits, and hybrid work. We are an equal opportunity employer and provide accommodation during recruitment.
""",
        "name": "Nadia Haddad",
        "label": "Labour Relations Advisor",
        "summary": "Labour relations advisor with eight years in unionized transit and municipal workplaces. Holds the CHRL; prepares arbitration briefs and has sat at the bargaining table twice.",
        "where": ("Brampton", "Ontario"),
        "country": "CA",
        "work": [
            ("Labour Relations Advisor", "Toronto Transit Commission", "2021-08", "", [
                "Advises operations managers on ATU Local 113 collective agreement interpretation and discipline",
                "Manages 60+ grievances a year through step meetings; prepares briefs and witnesses for arbitration",
                "Member of the employer bargaining team in 2024",
            ]),
            ("Labour Relations Specialist", "City of Mississauga", "2018-05", "2021-07", [
                "Grievance handling and accommodation files for CUPE bargaining units",
                "Supported 2019 bargaining with costing and proposal drafting",
            ]),
        ],
        "skills": {"Labour relations": ["Collective agreement interpretation", "Grievances", "Arbitration preparation", "Collective bargaining", "Accommodation"], "Legislation": ["Ontario Labour Relations Act", "Employment Standards Act", "Human Rights Code"]},
        "certs": [("Certified Human Resources Leader (CHRL)", "Human Resources Professionals Association (HRPA)", "2020-11")],
        "edu": [("Master of Industrial Relations", "Industrial Relations", "Queen's University", "2018"), ("Bachelor of Arts", "Labour Studies", "McMaster University", "2017")],
        "unq": {
            "summary": "Labour relations advisor with eight years in unionized transit and municipal workplaces. Holds the CHRP; prepares arbitration briefs and has sat at the bargaining table twice.",
            "certs": [("Certified Human Resources Professional (CHRP)", "Human Resources Professionals Association (HRPA)", "2020-11")],
        },
        "decisive": ("CHRL (or CHRE) designation from the HRPA", ["CHRL", "Certified Human Resources Leader", "CHRE"], "credential level"),
    },
    {
        "id": "labor-relations-specialist-fresh7-2",
        "occ": "labor relations specialist",
        "title": "Labor Relations Consultant",
        "company": "Kaiser Permanente",
        "location": "Oakland, California, USA",
        "posting": """
Job Summary:
Provides labor relations consultation to managers in Northern California medical centers, ensures compliance with collective bargaining agreements and the Labor Management Partnership, investigates and responds to grievances and unfair labor practice charges, and participates in contract negotiations.

Essential Responsibilities:
- Advise managers on contract interpretation, discipline and past practice
- Investigate and respond to grievances; prepare cases for arbitration with outside counsel
- Respond to NLRB charges and information requests
- Support bargaining teams with research, costing and proposal drafting

Basic Qualifications:
Experience
- Minimum five (5) years of progressively responsible labor relations experience in a unionized environment.
Education
- Bachelor's degree in labor relations, human resources, business or related field OR four (4) years of experience in a directly related field.
License, Certification, Registration
- N/A

Additional Requirements:
- Working knowledge of the NLRA
- Excellent negotiation and written communication skills

Preferred Qualifications:
- Healthcare labor relations experience
- JD or master's in industrial relations

Salary range $118,000 - $152,680. Kaiser Permanente is an equal opportunity employer committed to fair, respectful and inclusive treatment.
""",
        "name": "Brandon Castellanos",
        "label": "Labor Relations Representative",
        "summary": "Labor relations professional with nine years advising management in unionized hospitals and public agencies: grievances, arbitration prep, NLRB charges and bargaining support.",
        "where": ("Sacramento", "CA"),
        "country": "US",
        "work": [
            ("Senior Labor Relations Representative", "Sutter Health", "2020-10", "", [
                "Advises managers at four hospitals on CNA and SEIU-UHW contracts, discipline and past practice",
                "Investigates and responds to 80+ grievances a year; prepares arbitration cases with outside counsel",
                "Drafted position statements for NLRB unfair labor practice charges",
            ]),
            ("Labor Relations Analyst", "County of Sacramento", "2017-03", "2020-09", [
                "Grievance investigations and costing support for MOU negotiations with eight bargaining units",
            ]),
        ],
        "skills": {"Labor relations": ["Contract interpretation", "Grievance handling", "Arbitration preparation", "NLRB charges", "Bargaining support"], "Law": ["NLRA", "MMBA"]},
        "certs": [],
        "edu": [("Bachelor of Arts", "Labor Studies", "San Francisco State University", "2016")],
        "unq": {
            "summary": "Labor relations representative in a unionized hospital system since 2023, after six years in HR generalist roles.",
            "work": [
                ("Labor Relations Representative", "Sutter Health", "2023-06", "", [
                    "Advises managers at four hospitals on CNA and SEIU-UHW contracts, discipline and past practice",
                    "Investigates and responds to grievances; prepares arbitration cases with outside counsel",
                    "Drafted position statements for NLRB unfair labor practice charges",
                ]),
                ("HR Generalist", "County of Sacramento", "2017-03", "2023-05", [
                    "Recruitment, onboarding, leave administration and employee questions for a county department",
                ]),
            ],
        },
        "decisive": ("Minimum five years of labor relations experience in a unionized environment", ["years", "year"], "years"),
    },
    {
        "id": "career-counselor-fresh7-1",
        "occ": "career counselor",
        "title": "Careers Adviser (Welsh Essential)",
        "company": "Careers Wales",
        "location": "Caernarfon, Gwynedd, Wales, UK",
        "posting": """
Careers Adviser - Welsh language essential
Gwynedd & Anglesey schools and community team | Full time, permanent

Careers Wales provides impartial, bilingual careers information, advice and guidance to people of all ages across Wales. In this role you'll deliver one-to-one and group guidance in secondary schools and colleges, and work with young people who are not in education, employment or training.

Essential:
* Level 6 Diploma in Career Guidance and Development, the postgraduate Qualification in Career Guidance / Career Development (QCG/QCD, formerly DipCG), or a recognised equivalent
* Welsh language skills: able to deliver guidance interviews and write action plans fluently in Welsh and English
* Knowledge of the Welsh education and training system
* Full driving licence and access to a vehicle

Desirable:
* Registered on the UK Register of Career Development Professionals (CDI)
* Experience working with young people with additional learning needs

Salary £31,500 - £36,200, 27 days' annual leave plus bank holidays, Local Government Pension Scheme. Careers Wales welcomes applications in Welsh, and applications submitted in Welsh will not be treated less favourably than those in English.
""",
        "name": "Elin Pritchard-Jones",
        "label": "Careers Adviser",
        "summary": "Qualified careers adviser (Level 6 Diploma in Career Guidance and Development) with six years delivering guidance in schools and further education across north Wales. First-language Welsh speaker; delivers interviews and action plans in Welsh and English.",
        "where": ("Bangor", "Gwynedd"),
        "country": "GB",
        "work": [
            ("Careers Adviser", "Grŵp Llandrillo Menai", "2021-09", "", [
                "One-to-one guidance for 16-19 learners and adults returning to learning, conducted in Welsh or English as the learner prefers",
                "Runs group sessions on apprenticeships and UCAS with the college's progression team",
                "Works with the ALN team on transition plans",
            ]),
            ("Trainee Careers Adviser", "Cyngor Sir Ynys Môn (Isle of Anglesey County Council) Youth Service", "2019-09", "2021-08", [
                "Supported young people who were not in education, employment or training through the youth engagement and progression framework",
            ]),
        ],
        "skills": {"Guidance": ["Guidance interviews", "Action planning", "Labour market information", "NEET support", "Group work"], "Other": ["Full driving licence"]},
        "certs": [
            ("Level 6 Diploma in Career Guidance and Development", "City & Guilds", "2021-07"),
            ("UK Register of Career Development Professionals", "Career Development Institute", "2022-01"),
        ],
        "edu": [("BA (Hons)", "Sociology and Welsh", "Bangor University", "2019")],
        "langs": [("Welsh", "Native"), ("English", "Native")],
        "unq": {
            "summary": "Qualified careers adviser (Level 6 Diploma in Career Guidance and Development) with six years delivering guidance in schools and further education across north Wales. Delivers interviews and action plans in English.",
            "where": ("Llandudno", "Conwy"),
            "work": [
                ("Careers Adviser", "Grŵp Llandrillo Menai", "2021-09", "", [
                    "One-to-one guidance for 16-19 learners and adults returning to learning",
                    "Runs group sessions on apprenticeships and UCAS with the college's progression team",
                    "Works with the ALN team on transition plans",
                ]),
                ("Trainee Careers Adviser", "Cyngor Sir Ynys Môn (Isle of Anglesey County Council) Youth Service", "2019-09", "2021-08", [
                    "Supported young people who were not in education, employment or training through the youth engagement and progression framework",
                ]),
            ],
            "edu": [("BA (Hons)", "Sociology", "University of Chester", "2019")],
            "langs": [("English", "Native")],
        },
        "decisive": ("Welsh language skills (fluent, spoken and written)", ["Welsh"], "language"),
    },
    {
        "id": "career-counselor-fresh7-2",
        "occ": "career counselor",
        "title": "Career Counselor (LPC)",
        "company": "George Mason University",
        "location": "Fairfax, Virginia, USA",
        "posting": """
Career Counselor - University Career Services

George Mason University Career Services seeks a Career Counselor who can bring counseling expertise to career development, working with students whose career concerns overlap with anxiety, disability or identity questions, and consulting with Counseling and Psychological Services on referrals.

Required Qualifications:
- Master's degree in counseling, counselor education or a closely related field
- Licensed Professional Counselor (LPC) in the Commonwealth of Virginia; applicants must hold the full license at the time of hire
- Experience delivering individual career counseling and administering career assessments (Strong Interest Inventory, MBTI, CliftonStrengths)
- Demonstrated ability to work with diverse student populations

Preferred Qualifications:
- National Certified Counselor (NCC)
- Experience in higher education career services
- Experience with Handshake

This is a full-time, 12-month staff position with Commonwealth benefits, including health insurance, retirement plans and tuition waiver. George Mason University is an equal opportunity employer.
""",
        "name": "Alicia Brennan-Okoye",
        "label": "Career Counselor",
        "summary": "Licensed Professional Counselor (LPC, Virginia) and NCC with six years of career and mental-health counseling for college students and adults.",
        "where": ("Arlington", "VA"),
        "country": "US",
        "work": [
            ("Career Counselor", "Northern Virginia Community College", "2022-08", "", [
                "Individual career counseling for 400+ students a year; interprets Strong Interest Inventory, MBTI and CliftonStrengths",
                "Coordinates referrals with the campus counseling center for students with anxiety or disability-related concerns",
                "Runs workshops on career exploration for first-generation students; manages appointments in Handshake",
            ]),
            ("Clinician", "Arlington County Department of Human Services", "2020-07", "2022-07", [
                "Outpatient counseling for adults; vocational goal-setting within treatment plans",
            ]),
        ],
        "skills": {"Counseling": ["Career counseling", "Career assessment", "Brief counseling", "Referral coordination"], "Assessments": ["Strong Interest Inventory", "MBTI", "CliftonStrengths"], "Systems": ["Handshake"]},
        "certs": [
            ("Licensed Professional Counselor (LPC)", "Virginia Board of Counseling", "2023-03"),
            ("National Certified Counselor (NCC)", "National Board for Certified Counselors", "2020-10"),
            ("Strong Interest Inventory Certification", "The Myers-Briggs Company", "2021-05"),
        ],
        "edu": [("Master of Education (M.Ed.)", "Clinical Mental Health Counseling", "George Washington University", "2020")],
        "unq": {
            "summary": "Resident in Counseling (Virginia) and NCC with six years of career and mental-health counseling for college students and adults; completing supervised residency hours.",
            "certs": [
                ("Resident in Counseling (registered supervision)", "Virginia Board of Counseling", "2024-09"),
                ("National Certified Counselor (NCC)", "National Board for Certified Counselors", "2020-10"),
                ("Strong Interest Inventory Certification", "The Myers-Briggs Company", "2021-05"),
            ],
        },
        "decisive": ("Licensed Professional Counselor (LPC) in Virginia", ["LPC", "Licensed Professional Counselor"], "licence level"),
    },
]
