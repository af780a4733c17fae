"""Fresh13 set (writer b), law: arbitrator, judge, process server."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "arbitrator-fresh13-1",
        "occ": "arbitrator",
        "title": "Panel of Arbitrators - Construction and Engineering Disputes (Applications Invited)",
        "company": "Arbitration Foundation of Southern Africa (AFSA)",
        "location": "Sandton, Johannesburg, South Africa",
        "posting": """
AFSA invites applications from experienced practitioners for admission to its Construction and Engineering Panel of Arbitrators. Panel members are appointed to domestic and cross-border disputes arising from building, civil engineering, mining and energy projects, sitting as sole arbitrator or as members of three-person tribunals.

Admission criteria
1. Fellowship of the Chartered Institute of Arbitrators (FCIArb) - required for admission to this panel.
2. At least 15 years' post-qualification experience in law, engineering, quantity surveying or construction management.
3. Experience as arbitrator, adjudicator or counsel in at least five construction disputes.
4. Working knowledge of the Arbitration Act 42 of 1965 and the International Arbitration Act 15 of 2017, and of the JBCC, NEC and FIDIC forms of contract.
5. Availability for hearings in Gauteng and elsewhere in southern Africa.

Applications should include a CV listing appointments, a short statement of availability and two references from legal practitioners or arbitrators.
""",
        "name": "Thandeka Mahlangu",
        "label": "Arbitrator and Construction Dispute Resolver",
        "summary": "Professional quantity surveyor turned arbitrator and adjudicator with twenty years in construction; has sat as sole arbitrator in nine construction arbitrations. Fellow of the Chartered Institute of Arbitrators.",
        "where": ("Johannesburg", "Gauteng"),
        "country": "ZA",
        "work": [
            ("Director and Arbitrator", "Mahlangu Dispute Advisory (Pty) Ltd", "2017-03", "", [
                "Sat as sole arbitrator in nine construction arbitrations under the Arbitration Act 42 of 1965, and as co-arbitrator in three international references",
                "Adjudicated payment and extension-of-time disputes under JBCC and NEC contracts",
                "Wrote reasoned awards on delay, disruption and final account claims",
            ]),
            ("Associate Director - Contracts and Claims", "AECOM South Africa", "2009-01", "2017-02", [
                "Prepared and defended claims on FIDIC and NEC projects in mining and energy",
                "Gave quantum evidence in two arbitrations",
            ]),
            ("Quantity Surveyor", "Murray & Roberts Construction", "2004-01", "2008-12", [
                "Measured and valued work on civil engineering and building contracts",
            ]),
        ],
        "skills": {"Dispute resolution": ["Arbitration", "Adjudication", "Award writing", "Delay and quantum analysis"], "Contracts": ["JBCC", "NEC3/NEC4", "FIDIC"], "Law": ["Arbitration Act 42 of 1965", "International Arbitration Act 15 of 2017"]},
        "certs": [
            ("Fellow of the Chartered Institute of Arbitrators (FCIArb)", "Chartered Institute of Arbitrators", "2019-05"),
            ("Professional Quantity Surveyor (PrQS)", "South African Council for the Quantity Surveying Profession", "2006-08"),
        ],
        "edu": [("Bachelor of Science (Honours)", "Quantity Surveying", "University of Pretoria", "2003")],
        "langs": [("English", "Fluent"), ("isiZulu", "Native"), ("Afrikaans", "Conversational")],
        "unq": {
            "summary": "Professional quantity surveyor turned arbitrator and adjudicator with twenty years in construction; has sat as sole arbitrator in nine construction arbitrations. Member of the Chartered Institute of Arbitrators.",
            "certs": [
                ("Member of the Chartered Institute of Arbitrators (MCIArb)", "Chartered Institute of Arbitrators", "2019-05"),
                ("Professional Quantity Surveyor (PrQS)", "South African Council for the Quantity Surveying Profession", "2006-08"),
            ],
        },
        "decisive": ("Fellowship of the Chartered Institute of Arbitrators (FCIArb)", ["FCIArb", "Fellowship", "Fellow of the Chartered Institute of Arbitrators"], "credential level"),
    },
    {
        "id": "arbitrator-fresh13-2",
        "occ": "arbitrator",
        "title": "Arbitrator - Roster for Arabic-Language Proceedings",
        "company": "Dubai International Arbitration Centre (DIAC)",
        "location": "Dubai, United Arab Emirates",
        "posting": """
DIAC is expanding its roster of arbitrators for commercial, construction and real estate disputes seated onshore in Dubai and conducted in Arabic.

Roster members are appointed by the DIAC Arbitration Court or nominated by parties, and conduct proceedings under the DIAC Arbitration Rules 2022.

Requirements
- Full professional fluency in Arabic and English, written and spoken. Hearings are held and awards are written in Arabic: essential
- A law degree and at least 12 years' experience in commercial dispute resolution as counsel, judge or arbitrator
- Experience as sole arbitrator or co-arbitrator in at least three arbitrations
- Sound knowledge of UAE Federal Law No. 6 of 2018 on Arbitration and of the DIAC Arbitration Rules 2022
- Membership of a recognised arbitral institution (for example CIArb)

Please submit a CV listing arbitral appointments, languages of proceedings and any conflicts with DIAC users.
""",
        "name": "Sophie Laurent",
        "label": "Disputes Partner and Arbitrator",
        "summary": "French-qualified disputes lawyer with eighteen years in Paris and Dubai; sits as arbitrator in commercial and construction cases and conducts hearings in Arabic, French and English.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Partner, Arbitration", "Al Tamimi & Company", "2016-01", "", [
                "Counsel in DIAC, DIFC-LCIA and ICC arbitrations on construction and real estate developments",
                "Sat as sole arbitrator in four DIAC cases and as co-arbitrator in two; wrote the awards in Arabic",
                "Advise on enforcement of awards under UAE Federal Law No. 6 of 2018",
            ]),
            ("Senior Associate, International Arbitration", "Clyde & Co", "2011-09", "2015-12", [
                "Ran document production and witness preparation for Gulf construction disputes, with hearings in Arabic and English",
            ]),
            ("Associate, Dispute Resolution", "Gide Loyrette Nouel", "2008-10", "2011-08", [
                "Commercial litigation and ICC arbitration from the Paris office",
            ]),
        ],
        "skills": {"Arbitration": ["DIAC Arbitration Rules 2022", "ICC Rules", "Award drafting", "Hearing management"], "Law": ["UAE Federal Law No. 6 of 2018 on Arbitration", "UAE Civil Code", "French civil law"]},
        "certs": [
            ("Avocat, Paris Bar", "Ordre des avocats de Paris", "2008-12"),
            ("Member of the Chartered Institute of Arbitrators (MCIArb)", "Chartered Institute of Arbitrators", "2017-06"),
        ],
        "edu": [("Master 2 (LLM equivalent)", "International Business Law", "Université Paris 1 Panthéon-Sorbonne", "2007")],
        "langs": [("French", "Native"), ("English", "Fluent"), ("Arabic", "Full professional proficiency")],
        "unq": {
            "summary": "French-qualified disputes lawyer with eighteen years in Paris and Dubai; sits as arbitrator in commercial and construction cases and conducts hearings in French and English.",
            "langs": [("French", "Native"), ("English", "Fluent")],
        },
        "swaps": [
            ("wrote the awards in Arabic", "wrote the awards in English"),
            ("with hearings in Arabic and English", "with hearings in English"),
        ],
        "decisive": ("fluent Arabic", ["Arabic"], "language"),
    },
    {
        "id": "judge-fresh13-1",
        "occ": "judge",
        "title": "Deputy District Judge (Civil) - Fee-paid",
        "company": "Judicial Appointments Commission",
        "location": "County Court hearing centres across England and Wales",
        "posting": """
Deputy District Judge (Civil) - fee-paid - selection exercise

Deputy District Judges sit in the County Court and in District Registries of the High Court. They deal with small claims and fast-track trials, possession proceedings, case management, costs assessments and insolvency applications. The role is fee-paid; appointees commit to a minimum number of sitting days a year, set out in the information pack.

Statutory eligibility
You must be a solicitor of the Senior Courts of England and Wales, a barrister of England and Wales, or a Fellow of CILEx, and you must have at least five years' post-qualification experience by the closing date. You must be able to offer a reasonable period of service before the mandatory retirement age.

Additional selection criteria
Candidates will be assessed against the JAC competency framework: exercising judgement; possessing and building knowledge; assimilating and clarifying information; working and communicating with others; managing work efficiently.

The selection process includes a qualifying test, a scenario-based role play and a panel interview.
""",
        "name": "Rebecca Lindqvist",
        "label": "Partner, Civil Litigation (Solicitor)",
        "summary": "Solicitor of the Senior Courts of England and Wales admitted in 2015, with more than eleven years of qualified practice in civil and commercial litigation, including county court advocacy.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Partner, Civil Litigation", "Irwin Mitchell LLP", "2020-05", "", [
                "Run a caseload of multi-track contract, property and professional negligence claims",
                "Appear at case management conferences, interim applications and fast-track trials in the County Court",
                "Supervise four solicitors and two trainees",
            ]),
            ("Solicitor (Associate), Commercial Disputes", "Shoosmiths LLP", "2015-09", "2020-04", [
                "Conducted debt recovery, possession and small-business contract disputes from issue to trial",
                "Prepared bills of costs and attended detailed assessments",
            ]),
            ("Trainee Solicitor", "Shoosmiths LLP", "2013-09", "2015-08", [
                "Seats in commercial litigation, real estate, employment and insolvency",
            ]),
        ],
        "skills": {"Litigation": ["Civil Procedure Rules", "County Court advocacy", "Case management", "Costs", "Possession claims", "Insolvency applications"]},
        "certs": [
            ("Solicitor of the Senior Courts of England and Wales (admitted September 2015)", "Solicitors Regulation Authority", "2015-09"),
            ("Higher Rights of Audience (Civil Proceedings)", "Solicitors Regulation Authority", "2018-03"),
        ],
        "edu": [
            ("Legal Practice Course", "Law", "The College of Law, York", "2013"),
            ("Bachelor of Laws (LLB)", "Law", "University of Bristol", "2012"),
        ],
        "unq": {
            "summary": "Solicitor of the Senior Courts of England and Wales admitted in 2023, with nearly four years of qualified practice in civil litigation after five years as a litigation paralegal.",
            "work": [
                ("Solicitor, Civil Litigation", "Irwin Mitchell LLP", "2023-02", "", [
                    "Run a caseload of multi-track contract, property and professional negligence claims",
                    "Appear at case management conferences, interim applications and fast-track trials in the County Court",
                ]),
                ("Trainee Solicitor", "Irwin Mitchell LLP", "2021-02", "2023-01", [
                    "Seats in commercial litigation, real estate, employment and insolvency",
                ]),
                ("Litigation Paralegal", "Shoosmiths LLP", "2015-09", "2021-01", [
                    "Prepared bundles, witness statements and bills of costs for debt recovery and possession claims",
                ]),
            ],
            "certs": [
                ("Solicitor of the Senior Courts of England and Wales (admitted February 2023)", "Solicitors Regulation Authority", "2023-02"),
                ("Higher Rights of Audience (Civil Proceedings)", "Solicitors Regulation Authority", "2025-06"),
            ],
        },
        "decisive": ("five years' post-qualification experience", ["years", "yrs"], "years"),
    },
    {
        "id": "judge-fresh13-2",
        "occ": "judge",
        "title": "Immigration Judge",
        "company": "U.S. Department of Justice, Executive Office for Immigration Review",
        "location": "Houston, TX",
        "posting": """
IMMIGRATION JUDGE
Department of Justice | Executive Office for Immigration Review | Office of the Chief Immigration Judge
Duty location: Houston Immigration Court, Houston, TX
Series/Grade: IJ-0905-00 | Pay scale: Immigration Judge pay schedule
Appointment type: Permanent | Work schedule: Full-time
Security clearance: Background investigation required

DUTIES
Immigration Judges preside in formal, quasi-judicial hearings in removal, bond, asylum and related proceedings; rule on motions and evidence; and issue oral and written decisions, exercising independent judgment under the Immigration and Nationality Act and its regulations.

QUALIFICATIONS
Applicants must (1) possess an LL.B., J.D. or LL.M. degree; (2) be an active member in good standing of the bar of a U.S. state, territory or the District of Columbia; (3) be a U.S. citizen; and (4) have a minimum of seven (7) years of post-bar admission legal experience by the closing date, preparing for, participating in and/or appealing formal hearings or trials involving litigation and/or administrative law at the Federal, State or local level.

Spanish language ability is desirable but not required.
""",
        "name": "Natalia Ferreira-Scott",
        "label": "Immigration Attorney",
        "summary": "U.S. citizen and immigration litigator admitted to the Texas bar in 2012; fourteen years in removal proceedings, first as government counsel and then in private practice. Fluent Spanish.",
        "where": ("Houston", "TX"),
        "work": [
            ("Founding Attorney", "Ferreira Immigration Law PLLC", "2018-09", "", [
                "Represent respondents in removal, bond and asylum hearings before the Houston Immigration Court",
                "Brief appeals to the Board of Immigration Appeals and petitions for review to the Fifth Circuit",
            ]),
            ("Assistant Chief Counsel", "U.S. Immigration and Customs Enforcement, Office of the Principal Legal Advisor", "2012-12", "2018-08", [
                "Litigated more than 2,000 removal cases on behalf of DHS, including contested asylum merits hearings",
                "Argued bond redeterminations and motions before Immigration Judges",
            ]),
        ],
        "skills": {"Law": ["Immigration and Nationality Act", "Removal defense", "Asylum", "Administrative litigation", "Appellate briefing"]},
        "certs": [("Attorney, active and in good standing", "State Bar of Texas", "2012-11")],
        "edu": [
            ("Juris Doctor", "Law", "University of Houston Law Center", "2012"),
            ("Bachelor of Arts", "Political Science", "Texas A&M University", "2009"),
        ],
        "langs": [("English", "Native"), ("Spanish", "Fluent"), ("Portuguese", "Conversational")],
        "unq": {
            "summary": "U.S. citizen and immigration litigator admitted to the Texas bar in 2020; six years in removal proceedings in private practice after eight years as a removal-defense paralegal. Fluent Spanish.",
            "work": [
                ("Founding Attorney", "Ferreira Immigration Law PLLC", "2022-03", "", [
                    "Represent respondents in removal, bond and asylum hearings before the Houston Immigration Court",
                    "Brief appeals to the Board of Immigration Appeals and petitions for review to the Fifth Circuit",
                ]),
                ("Associate Attorney", "Gulf Coast Immigration Attorneys", "2020-11", "2022-02", [
                    "Argued bond redeterminations and contested asylum merits hearings before Immigration Judges",
                ]),
                ("Senior Paralegal, Removal Defense", "Catholic Charities of the Archdiocese of Galveston-Houston", "2012-06", "2020-10", [
                    "Prepared asylum applications, evidence packets and country-conditions research for detained respondents",
                ]),
            ],
            "certs": [("Attorney, active and in good standing", "State Bar of Texas", "2020-11")],
            "edu": [
                ("Juris Doctor", "Law (part-time evening program)", "University of Houston Law Center", "2020"),
                ("Bachelor of Arts", "Political Science", "Texas A&M University", "2009"),
            ],
        },
        "decisive": ("seven years of post-bar legal experience", ["years", "yrs"], "years"),
    },
    {
        "id": "process_server-fresh13-1",
        "occ": "process_server",
        "title": "Process Server - Los Angeles County (Independent Contractor)",
        "company": "ABC Legal Services",
        "location": "Los Angeles, CA",
        "posting": """
Serve summonses, complaints, subpoenas and unlawful detainer papers across Los Angeles County, working from the ABC Legal mobile app that routes your jobs, records GPS-stamped attempts and generates proofs of service.

Requirements
- Must be a California Registered Process Server (certificate of registration filed with a county clerk under Business and Professions Code section 22350, with a current $2,000 bond) - no exceptions
- 1+ year of experience serving process
- Valid driver's license, reliable vehicle and proof of auto insurance
- Smartphone (iOS or Android) with GPS
- Accurate paperwork: diligence declarations and proofs of service

Pay per completed serve and per attempt, weekly direct deposit. Choose your own zones and hours.
""",
        "name": "Darnell Whitaker",
        "label": "Registered Process Server",
        "summary": "California Registered Process Server with five years serving civil and family papers across Los Angeles and Orange counties, after three years as a court runner.",
        "where": ("Long Beach", "CA"),
        "work": [
            ("Registered Process Server", "Southbay Attorney Services", "2021-04", "", [
                "Serve 150-200 documents a month: summonses, subpoenas, restraining orders and unlawful detainers across Los Angeles and Orange counties",
                "Record GPS-stamped attempts in the company app and complete proofs of service and declarations of diligence",
                "Skip-trace evasive parties using TLO and public records",
            ]),
            ("Court Runner and Legal Courier", "Metro Legal Couriers", "2018-02", "2021-03", [
                "Filed documents and retrieved conformed copies at Los Angeles Superior Court courthouses",
            ]),
        ],
        "skills": {"Field work": ["Service of process", "Skip tracing", "Diligence declarations", "Proofs of service", "GPS tracking apps"], "Law": ["California Code of Civil Procedure service rules"], "Equipment": ["Own insured vehicle", "Android smartphone with GPS"]},
        "certs": [
            ("California Registered Process Server, Los Angeles County (bonded, $2,000)", "Los Angeles County Registrar-Recorder/County Clerk", "2021-03"),
            ("Driver's license, Class C", "California Department of Motor Vehicles", "2014-08"),
        ],
        "edu": [("High School Diploma", "", "Long Beach Polytechnic High School", "2014")],
        "unq": {
            "summary": "Arizona Certified Private Process Server with five years serving civil and family papers across Maricopa and Pinal counties, after three years as a court runner.",
            "where": ("Mesa", "AZ"),
            "work": [
                ("Certified Private Process Server", "Valley Attorney Services", "2021-04", "", [
                    "Serve 150-200 documents a month: summonses, subpoenas, orders of protection and eviction papers across Maricopa and Pinal counties",
                    "Record GPS-stamped attempts in the company app and complete affidavits of service",
                    "Skip-trace evasive parties using TLO and public records",
                ]),
                ("Court Runner and Legal Courier", "Desert Legal Couriers", "2018-02", "2021-03", [
                    "Filed documents and retrieved conformed copies at Maricopa County Superior Court",
                ]),
            ],
            "skills": {"Field work": ["Service of process", "Skip tracing", "Affidavits of service", "GPS tracking apps"], "Law": ["Arizona Rules of Civil Procedure, Rule 4"], "Equipment": ["Own insured vehicle", "Android smartphone with GPS"]},
            "certs": [
                ("Arizona Certified Private Process Server, Maricopa County", "Arizona Supreme Court (through the Clerk of the Superior Court)", "2021-03"),
                ("Driver license, Class D", "Arizona Department of Transportation (MVD)", "2014-08"),
            ],
            "edu": [("High School Diploma", "", "Mesa High School", "2014")],
        },
        "decisive": ("California Registered Process Server", ["California", "California Registered Process Server"], "jurisdiction"),
    },
    {
        "id": "process_server-fresh13-2",
        "occ": "process_server",
        "title": "PROCESS SERVER - DUBLIN & LEINSTER (FULL-TIME)",
        "company": "Brehon Legal Services Ltd",
        "location": "Dublin, Ireland",
        "posting": """
ABOUT US
We serve court documents for solicitors' firms, banks, receivers and State bodies across Dublin and Leinster.

THE ROLE
- Serve plenary and summary summonses, civil bills, family law applications, bankruptcy summonses and witness summonses
- Trace defendants who have moved, using public records and field enquiries
- Draft and swear affidavits of service; attend court to give evidence of service when required
- Keep an accurate daily log in our case management app

REQUIREMENTS
- Minimum 3 years' experience as a process server or summons server in Ireland
- Sound knowledge of the Rules of the Superior Courts, Circuit Court Rules and District Court Rules on service
- Full clean Irish driving licence and own car (essential)
- Good written English and careful record keeping

Garda vetting will be carried out on the successful candidate. Mileage paid on top of salary.
""",
        "name": "Declan Moriarty",
        "label": "Process Server",
        "summary": "Dublin process server with nearly six years serving High Court, Circuit Court and District Court documents across Leinster, and a full clean driving licence.",
        "where": ("Dublin", "Leinster"),
        "country": "IE",
        "work": [
            ("Process Server", "Four Courts Document Services", "2021-03", "", [
                "Serve summonses, civil bills, family law applications and bankruptcy summonses for 30+ solicitors' firms",
                "Draft and swear affidavits of service; gave evidence of service in the Circuit Court on six occasions",
                "Trace defendants through CRO, Land Registry and electoral register searches",
            ]),
            ("Courier Driver", "DPD Ireland", "2016-05", "2021-02", [
                "Multi-drop deliveries across south Dublin and Wicklow, 120 stops a day",
            ]),
        ],
        "skills": {"Service": ["Personal and substituted service", "Affidavits of service", "Tracing", "Rules of the Superior Courts", "Circuit and District Court Rules"], "Other": ["Case management apps", "Own car"]},
        "certs": [("Full clean driving licence, Category B", "National Driver Licence Service (Ireland)", "2011-07")],
        "edu": [("Leaving Certificate", "", "Coláiste Éanna, Rathfarnham", "2010")],
        "unq": {
            "summary": "Dublin process server with two years serving High Court, Circuit Court and District Court documents across Leinster after eight years as a courier driver, and a full clean driving licence.",
            "work": [
                ("Process Server", "Four Courts Document Services", "2024-11", "", [
                    "Serve summonses, civil bills, family law applications and bankruptcy summonses for 30+ solicitors' firms",
                    "Draft and swear affidavits of service; gave evidence of service in the Circuit Court on two occasions",
                    "Trace defendants through CRO, Land Registry and electoral register searches",
                ]),
                ("Courier Driver", "DPD Ireland", "2016-05", "2024-10", [
                    "Multi-drop deliveries across south Dublin and Wicklow, 120 stops a day",
                ]),
            ],
        },
        "decisive": ("3 years' experience as a process server", ["years", "yrs"], "years"),
    },
]
# fmt: on
