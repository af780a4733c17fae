"""Fresh12 half, people: housing_officer, debt_adviser, domestic_abuse_advocate, imam."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "housing_officer-fresh12-1",
        "occ": "housing_officer",
        "title": "Neighbourhood Housing Officer",
        "company": "Tame Valley Homes",
        "location": "Walsall, West Midlands, UK",
        "posting": """
Neighbourhood Housing Officer
£33,120 - £35,480 per annum | 37 hours, hybrid (minimum 3 days in your patch) | Permanent

Tame Valley Homes owns and manages 11,000 homes across Walsall and Wolverhampton. Our Neighbourhood Housing Officers look after a patch of around 450 homes and are the first point of contact for tenants.

You'll manage tenancies from sign-up to end, tackle anti-social behaviour and tenancy breaches (including taking cases to court), carry out tenancy audits and home visits, spot safeguarding concerns and work with partners to sustain tenancies.

Person specification
Essential:
• CIH Level 4 Certificate in Housing, or a higher housing qualification
• Experience of managing a general needs patch and working knowledge of the Housing Act 1988 and the ASB, Crime and Policing Act 2014
• Experience of preparing evidence for possession or injunction proceedings
• Full driving licence and access to a vehicle for work (mileage paid)
Desirable:
• Experience using a housing management system

As a Disability Confident employer, we guarantee an interview to disabled applicants who meet the essential criteria. We are committed to equality, diversity and inclusion.
""",
        "name": "Jasdeep Bains",
        "label": "Housing Officer",
        "summary": "Housing officer with six years running general needs patches for registered providers; CIH-qualified at Level 4; experienced in ASB casework and preparing possession and injunction evidence.",
        "where": ("Walsall", "West Midlands"),
        "country": "GB",
        "work": [
            ("Tenancy Management Officer", "Black Country Housing Trust", "2022-04", "", [
                "Manage a general needs patch of 480 homes: sign-ups, tenancy audits, home visits and terminations",
                "ASB case management under the 2014 Act; prepared witness statements and evidence bundles for possession and injunction hearings",
                "Raised safeguarding referrals and worked with police, adult social care and tenancy sustainment teams",
            ]),
            ("Housing Assistant", "Sandwell Council Housing", "2020-06", "2022-03", [
                "Lettings, void inspections and rent account queries in Northgate",
            ]),
        ],
        "skills": {"Housing": ["Tenancy management", "ASB casework", "Possession proceedings", "Safeguarding", "Housing Act 1988"], "Systems": ["Northgate Housing", "Civica CX"], "Other": ["Full UK driving licence", "Own car"]},
        "certs": [
            ("Level 4 Certificate in Housing", "Chartered Institute of Housing", "2023-07"),
            ("Level 3 Certificate in Housing Practice", "Chartered Institute of Housing", "2021-05"),
        ],
        "edu": [("BA (Hons)", "Sociology", "University of Wolverhampton", "2019")],
        "unq": {
            "summary": "Housing officer with six years running general needs patches for registered providers; CIH-qualified at Level 3; experienced in ASB casework and preparing possession and injunction evidence.",
            "certs": [
                ("Level 3 Certificate in Housing Practice", "Chartered Institute of Housing", "2021-05"),
            ],
        },
        "decisive": ("CIH Level 4 Certificate in Housing, or a higher housing qualification", ["Level 4"], "credential level"),
    },
    {
        "id": "housing_officer-fresh12-2",
        "occ": "housing_officer",
        "title": "Housing Officer",
        "company": "Tolka Homes CLG",
        "location": "Dublin, Ireland",
        "posting": """
Tolka Homes is an Approved Housing Body registered with the Approved Housing Bodies Regulatory Authority (AHBRA), providing 1,800 social and cost-rental homes in Dublin and Kildare.

Housing Officer (Permanent, 35 hours)

The role:
- Tenancy sign-ups and settlement visits for new tenants
- Rent arrears management, payment plans and referrals to MABS
- Anti-social behaviour and tenancy breaches, including RTB dispute resolution cases
- Estate inspections and residents' association liaison

Requirements:
- Third-level qualification in housing, social studies or related discipline
- Minimum 2 years' experience in a housing role
- Working knowledge of the Residential Tenancies Acts
- Proficiency in Civica Cx - our housing management system is Cx and you will be expected to manage your caseload, rent accounts and ASB cases in it from day one
- Full clean driving licence

Salary €40,500 - €46,200, 25 days' annual leave, pension contribution, Cycle to Work scheme. Tolka Homes is an equal opportunities employer. Garda vetting will be required.
""",
        "name": "Niamh Cullinane",
        "label": "Tenancy Sustainment Officer",
        "summary": "Housing professional with five years in Irish social housing; manages caseloads, rent arrears and ASB within Civica Cx; RTB and Residential Tenancies Acts experience.",
        "where": ("Dublin", "Co. Dublin"),
        "country": "IE",
        "work": [
            ("Tenancy Sustainment Officer", "Liffey Community Housing CLG", "2023-09", "", [
                "Caseload of 320 tenancies: sign-ups, settlement visits, arrears payment plans and MABS referrals",
                "Log and manage ASB cases, rent accounts and estate inspections in the Cx housing system",
                "Prepared two RTB dispute files for adjudication",
            ]),
            ("Housing Assistant", "Fingal County Council", "2021-06", "2023-08", [
                "Housing list assessments and tenant queries",
            ]),
        ],
        "skills": {"Housing": ["Tenancy management", "Rent arrears", "ASB", "Residential Tenancies Acts", "RTB dispute resolution"], "Systems": ["Civica Cx", "Microsoft 365"], "Other": ["Full clean driving licence"]},
        "certs": [],
        "edu": [("BA", "Applied Social Studies (Housing)", "Technological University Dublin", "2021")],
        "unq": {
            "summary": "Housing professional with five years in Irish social housing; manages caseloads, rent arrears and ASB within MRI Housing; RTB and Residential Tenancies Acts experience.",
            "work": [
                ("Tenancy Sustainment Officer", "Liffey Community Housing CLG", "2023-09", "", [
                    "Caseload of 320 tenancies: sign-ups, settlement visits, arrears payment plans and MABS referrals",
                    "Log and manage ASB cases, rent accounts and estate inspections in MRI Housing",
                    "Prepared two RTB dispute files for adjudication",
                ]),
                ("Housing Assistant", "Fingal County Council", "2021-06", "2023-08", [
                    "Housing list assessments and tenant queries",
                ]),
            ],
            "skills": {"Housing": ["Tenancy management", "Rent arrears", "ASB", "Residential Tenancies Acts", "RTB dispute resolution"], "Systems": ["MRI Housing", "Microsoft 365"], "Other": ["Full clean driving licence"]},
        },
        "decisive": ("Proficiency in Civica Cx", ["Civica Cx", "Cx"], "tool"),
    },
    {
        "id": "debt_adviser-fresh12-1",
        "occ": "debt_adviser",
        "title": "Money Adviser (Debt Casework)",
        "company": "Clydeside Advice Network",
        "location": "Glasgow, Scotland",
        "posting": """
Money Adviser - Clydeside Advice Network
Salary: £31,200 (SCVO recommended scale) | 35 hours | Funded to March 2029

We provide free, independent money advice across Glasgow and West Dunbartonshire, accredited under the Scottish National Standards for Information and Advice Providers at Type III (Money Advice).

The post holder will provide casework-level advice to clients with multiple debts: income maximisation, financial statements using the Common Financial Tool, negotiation with creditors, and representation. You will deliver the full range of Scottish statutory solutions.

You must be:
- An Approved Money Adviser under the Debt Arrangement Scheme (DAS) - you will be proposing and managing Debt Payment Programmes
- Knowledgeable in Scottish debt remedies: sequestration (including the Minimal Asset Process), protected trust deeds, diligence and time to pay
- Experienced in the use of the Common Financial Tool and a case management system such as AdvicePro

Desirable: Money Advice Scotland training in Scottish debt remedies; experience of representing clients at the sheriff court.

We are an equal opportunities employer. The successful candidate will be required to join the PVG scheme.
""",
        "name": "Fraser McAllister",
        "label": "Money Adviser",
        "summary": "Money adviser with six years of casework in Glasgow; approved DAS money adviser proposing Debt Payment Programmes; MAP and full sequestration applications, protected trust deeds and diligence; PVG scheme member.",
        "where": ("Glasgow", "Scotland"),
        "country": "GB",
        "work": [
            ("Money Adviser", "Govan Community Advice Centre", "2021-01", "", [
                "Casework for clients with multiple debts: income maximisation, Common Financial Tool statements, creditor negotiation",
                "Propose and vary Debt Payment Programmes as an approved money adviser with the Accountant in Bankruptcy",
                "Prepare MAP and full sequestration applications; advise on protected trust deeds, arrestments and time to pay orders",
                "Represent clients at Glasgow Sheriff Court in simple procedure and eviction hearings",
            ]),
            ("Advice Worker", "Citizens Advice Bureau, Paisley", "2019-04", "2020-12", [
                "Generalist advice: benefits, housing and debt triage; AdvicePro case records",
            ]),
        ],
        "skills": {"Money advice": ["Debt Arrangement Scheme", "Sequestration", "Minimal Asset Process", "Protected trust deeds", "Diligence", "Common Financial Tool"], "Systems": ["AdvicePro"]},
        "certs": [
            ("Approved Money Adviser - Debt Arrangement Scheme", "Accountant in Bankruptcy", "2021-11"),
            ("Scottish debt remedies and diligence training", "Money Advice Scotland", "2022-06"),
            ("PVG Scheme membership", "Disclosure Scotland", "2021-01"),
        ],
        "edu": [("MA (Hons)", "Social Policy", "University of Glasgow", "2018")],
        "unq": {
            "summary": "Money adviser with six years of casework in Glasgow; prepares Debt Payment Programme cases for a senior colleague to propose; MAP and full sequestration applications, protected trust deeds and diligence; PVG scheme member.",
            "work": [
                ("Money Adviser", "Govan Community Advice Centre", "2021-01", "", [
                    "Casework for clients with multiple debts: income maximisation, Common Financial Tool statements, creditor negotiation",
                    "Prepare Debt Payment Programme paperwork for the centre manager, who proposes and varies the programmes with the Accountant in Bankruptcy",
                    "Prepare MAP and full sequestration applications; advise on protected trust deeds, arrestments and time to pay orders",
                    "Represent clients at Glasgow Sheriff Court in simple procedure and eviction hearings",
                ]),
                ("Advice Worker", "Citizens Advice Bureau, Paisley", "2019-04", "2020-12", [
                    "Generalist advice: benefits, housing and debt triage; AdvicePro case records",
                ]),
            ],
            "skills": {"Money advice": ["Debt Payment Programme preparation", "Sequestration", "Minimal Asset Process", "Protected trust deeds", "Diligence", "Common Financial Tool"], "Systems": ["AdvicePro"]},
            "certs": [
                ("Scottish debt remedies and diligence training", "Money Advice Scotland", "2022-06"),
                ("PVG Scheme membership", "Disclosure Scotland", "2021-01"),
            ],
        },
        "decisive": ("An Approved Money Adviser under the Debt Arrangement Scheme (DAS)", ["Debt Arrangement Scheme", "DAS", "Approved Money Adviser"], "certificate"),
    },
    {
        "id": "debt_adviser-fresh12-2",
        "occ": "debt_adviser",
        "title": "Debt Advice Caseworker",
        "company": "Aire Valley Money Advice",
        "location": "Leeds, England",
        "posting": """
DEBT ADVICE CASEWORKER
Full time (35 hrs) or 0.8 FTE | £29,500 - £32,000 FTE | Hybrid, Leeds office

Aire Valley Money Advice is a charity authorised and regulated by the Financial Conduct Authority for debt counselling and debt adjusting. We help around 3,000 households a year.

What you'll do
→ Give full casework debt advice by phone, video and face to face
→ Draw up Standard Financial Statements and negotiate with creditors
→ Advise on and implement debt solutions: DROs, bankruptcy, IVA referrals, breathing space, DMPs
→ Keep accurate case records and meet FCA and quality-mark standards (Advice Quality Standard)

What we're looking for
✓ At least two years delivering casework-level debt advice in an FCA-authorised organisation
✓ Approved intermediary status for Debt Relief Orders, or willingness to gain it within 6 months
✓ Good understanding of priority and non-priority debts and enforcement
✓ Wiseradviser or IMA training record

Benefits: 28 days' leave plus bank holidays, 5% employer pension, paid volunteering day. We particularly welcome applications from people with lived experience of debt.
""",
        "name": "Amira Haddad",
        "label": "Debt Adviser",
        "summary": "FCA-regulated debt adviser with nearly five years of full casework in West Yorkshire; DRO approved intermediary; SFS, breathing space and insolvency options.",
        "where": ("Leeds", "West Yorkshire"),
        "country": "GB",
        "work": [
            ("Debt Caseworker", "Bradford Community Money Advice", "2023-06", "", [
                "Full casework for a caseload of 60 clients: SFS, creditor negotiation, DRO applications, bankruptcy and IVA referrals",
                "Breathing space registrations; advice on bailiffs, council tax and priority debts",
            ]),
            ("Debt Adviser", "StepAhead Debt Charity (FCA-authorised)", "2022-01", "2023-05", [
                "Telephone debt advice and DMP set-up under FCA consumer credit rules",
            ]),
        ],
        "skills": {"Debt advice": ["Standard Financial Statement", "DRO", "Bankruptcy", "IVA", "Breathing space", "Enforcement"], "Quality": ["Advice Quality Standard", "FCA CONC"]},
        "certs": [
            ("Approved Intermediary - Debt Relief Orders", "The Insolvency Service (via competent authority)", "2022-10"),
            ("Wiseradviser debt advice training", "Money Advice Trust", "2022-04"),
        ],
        "edu": [("BA (Hons)", "Criminology", "Leeds Beckett University", "2021")],
        "unq": {
            "summary": "FCA-regulated debt adviser with just over a year of full casework in West Yorkshire; DRO approved intermediary; SFS, breathing space and insolvency options.",
            "work": [
                ("Debt Caseworker", "Bradford Community Money Advice", "2026-02", "", [
                    "Full casework for a caseload of 60 clients: SFS, creditor negotiation, DRO applications, bankruptcy and IVA referrals",
                    "Breathing space registrations; advice on bailiffs, council tax and priority debts",
                ]),
                ("Debt Adviser", "StepAhead Debt Charity (FCA-authorised)", "2025-10", "2026-01", [
                    "Telephone debt advice and DMP set-up under FCA consumer credit rules",
                ]),
                ("Customer Service Advisor", "Yorkshire Energy Supply", "2021-09", "2025-09", [
                    "Billing queries and payment arrangements for domestic customers",
                ]),
            ],
            "certs": [
                ("Approved Intermediary - Debt Relief Orders", "The Insolvency Service (via competent authority)", "2026-03"),
                ("Wiseradviser debt advice training", "Money Advice Trust", "2025-10"),
            ],
        },
        "decisive": ("At least two years delivering casework-level debt advice in an FCA-authorised organisation", ["years", "yrs"], "years"),
    },
    {
        "id": "domestic_abuse_advocate-fresh12-1",
        "occ": "domestic_abuse_advocate",
        "title": "Independent Domestic Violence Advocate (Idva)",
        "company": "Broadland Safe Futures",
        "location": "Norwich, Norfolk, UK",
        "posting": """
Independent Domestic Violence Advocate (Idva) - High Risk Team

Broadland Safe Futures supports victim-survivors of domestic abuse across Norfolk. Our Idvas work with clients assessed as high risk, from the point of crisis, and represent their voice at Marac.

You'll carry a caseload of around 20 high-risk clients, complete Dash risk assessments and safety plans, support clients through the criminal and family courts (including Domestic Abuse Protection Orders and non-molestation orders), and work closely with police, children's services and housing.

Who we're looking for:
- Holds an accredited Idva qualification (SafeLives Idva course or an equivalent OCN-accredited Idva qualification) - please state which on your application
- Experience of working directly with victims of domestic abuse
- Understanding of coercive control, risk and the Domestic Abuse Act 2021
- Able to travel across the county; full driving licence
- Enhanced DBS check will be carried out

This post is open to women only under Schedule 9, Part 1 of the Equality Act 2010 (occupational requirement). 35 hours, £28,600, plus lieu time, clinical supervision and an Employee Assistance Programme.
""",
        "name": "Rebecca Thorne",
        "label": "Idva",
        "summary": "Accredited independent domestic violence advocate with five years supporting high-risk victim-survivors; Marac representative; completed the SafeLives Idva training (OCN London accredited).",
        "where": ("Norwich", "Norfolk"),
        "country": "GB",
        "work": [
            ("Independent Domestic Violence Advocate", "Suffolk Domestic Abuse Partnership", "2022-09", "", [
                "Caseload of 18-22 high-risk clients: Dash risk assessment, safety planning and Marac representation",
                "Court support for DAPOs, non-molestation orders and criminal trials",
            ]),
            ("Domestic Abuse Outreach Worker", "Great Yarmouth Women's Aid", "2021-02", "2022-08", [
                "Medium-risk outreach, refuge referrals and Freedom Programme delivery",
            ]),
        ],
        "skills": {"Practice": ["Risk assessment (Dash)", "Safety planning", "Marac", "Court support", "Coercive control", "Trauma-informed practice"], "Other": ["Full driving licence"]},
        "certs": [
            ("Idva Foundation course - Certificate in Domestic Abuse (Level 3, OCN London)", "SafeLives", "2022-11"),
            ("Enhanced DBS with barred lists", "Disclosure and Barring Service", "2022-08"),
        ],
        "edu": [("BSc (Hons)", "Psychology", "University of East Anglia", "2020")],
        "unq": {
            "label": "Domestic Abuse Support Worker",
            "summary": "Domestic abuse support worker with five years supporting high-risk victim-survivors alongside Marac; trained in Dash risk assessment and the Freedom Programme.",
            "work": [
                ("Domestic Abuse Support Worker", "Suffolk Domestic Abuse Partnership", "2022-09", "", [
                    "Caseload of 18-22 high-risk clients: Dash risk assessment, safety planning and Marac attendance with the lead advocate",
                    "Court support for DAPOs, non-molestation orders and criminal trials",
                ]),
                ("Domestic Abuse Outreach Worker", "Great Yarmouth Women's Aid", "2021-02", "2022-08", [
                    "Medium-risk outreach, refuge referrals and Freedom Programme delivery",
                ]),
            ],
            "certs": [
                ("Freedom Programme facilitator training", "The Freedom Programme", "2021-06"),
                ("Enhanced DBS with barred lists", "Disclosure and Barring Service", "2022-08"),
            ],
        },
        "decisive": ("Holds an accredited Idva qualification (SafeLives Idva course or an equivalent OCN-accredited Idva qualification)", ["SafeLives", "Idva qualification", "Idva course"], "certificate"),
    },
    {
        "id": "domestic_abuse_advocate-fresh12-2",
        "occ": "domestic_abuse_advocate",
        "title": "Children and Young People's Domestic Abuse Advocate",
        "company": "Taff Ely Family Safety Service",
        "location": "Pontypridd, Wales",
        "posting": """
Children and Young People's Domestic Abuse Advocate (Ypva)
30 hours per week | £27,900 pro rata | Fixed term to 31 March 2028

We are seeking an advocate to support young people aged 13-19 who are experiencing abuse in their own intimate relationships, and children affected by domestic abuse at home. You'll work in schools, youth settings and clients' homes across Rhondda Cynon Taf.

Essential
- An accredited advocacy qualification (SafeLives Ypva or Idva course, or equivalent)
- Experience of direct work with children and young people around safeguarding
- Knowledge of the Wales Safeguarding Procedures and the VAWDASV (Wales) Act 2015
- The post involves unsupervised contact with children from day one: you must already hold an Enhanced DBS certificate with a check of the children's barred list, registered with the DBS Update Service

Desirable
- Welsh language skills (level 2 - conversational)
- Full driving licence

We are a Living Wage employer and a member of Welsh Women's Aid. Applications are welcome in Welsh or English and will be treated equally.
""",
        "name": "Ffion Pritchard",
        "label": "Young People's Violence Advocate",
        "summary": "Ypva with four years supporting young people affected by relationship abuse and domestic abuse at home, in schools and community settings across South Wales; enhanced DBS with children's barred list check.",
        "where": ("Pontypridd", "Rhondda Cynon Taf"),
        "country": "GB",
        "work": [
            ("Young People's Violence Advocate", "Cwm Taf Women's Aid", "2022-10", "", [
                "One-to-one advocacy and safety planning for 13-19 year olds in abusive relationships; school-based sessions",
                "Safeguarding referrals under the Wales Safeguarding Procedures; attend Marac and child protection conferences",
            ]),
            ("Youth Support Worker", "Rhondda Youth Service", "2019-09", "2022-09", [
                "Group and one-to-one work with young people in youth clubs and secondary schools",
            ]),
        ],
        "skills": {"Practice": ["Advocacy", "Safety planning", "Safeguarding children", "Healthy relationships education", "VAWDASV"], "Other": ["Full driving licence"]},
        "certs": [
            ("Ypva course - Certificate in Domestic Abuse (Level 3)", "SafeLives", "2023-03"),
            ("Enhanced DBS certificate with children's barred list check (on the Update Service)", "Disclosure and Barring Service", "2022-09"),
        ],
        "edu": [("BA (Hons)", "Youth and Community Work", "University of South Wales", "2019")],
        "langs": [("English", "Native"), ("Welsh", "Conversational")],
        "unq": {
            "summary": "Ypva with four years supporting young people affected by relationship abuse and domestic abuse at home, in schools and community settings across South Wales; holds a basic DBS certificate (the enhanced check made by a previous employer was never added to the Update Service).",
            "certs": [
                ("Ypva course - Certificate in Domestic Abuse (Level 3)", "SafeLives", "2023-03"),
                ("Basic DBS certificate", "Disclosure and Barring Service", "2025-02"),
            ],
        },
        "decisive": ("Enhanced DBS check with a check of the children's barred list", ["Enhanced DBS", "children's barred list", "barred list"], "clearance level"),
    },
    {
        "id": "imam-fresh12-1",
        "occ": "imam",
        "title": "Imam and Khateeb",
        "company": "Masjid al-Noor and Community Centre",
        "location": "Leicester, UK",
        "posting": """
Masjid al-Noor and Community Centre (registered charity) - Vacancy: Imam and Khateeb

We are a Hanafi masjid serving around 1,500 worshippers at Jumu'ah, with an evening madrasah of 220 children and a growing youth programme.

Duties
- Lead the five daily prayers, Jumu'ah and Eid prayers, and Taraweeh in Ramadan
- Deliver the Friday khutbah in English, with a short Urdu/Gujarati summary
- Teach adult classes in fiqh and tafsir; oversee the madrasah curriculum
- Pastoral care: marriage, bereavement and family counselling; hospital and prison visits
- Represent the masjid with schools, the council and interfaith partners

Requirements
• Graduate of a recognised Dar al-Uloom (Alimiyyah / Dars-e-Nizami)
• Hafiz of the Qur'an with sound tajweed; ijazah desirable
• Fluent English, spoken and written, at a level to deliver the khutbah, work with young people and liaise with public bodies
• Urdu or Gujarati
• Enhanced DBS (we will apply)

Salary £28,000-£32,000 with accommodation available. The masjid is an equal opportunities employer within the requirements of the role.
""",
        "name": "Maulana Ismail Patel",
        "label": "Imam",
        "summary": "Hafiz and Alim (Dars-e-Nizami) serving as imam and khateeb for nine years in UK masajid; delivers the khutbah and youth sessions in English with a Gujarati summary; madrasah lead and pastoral counsellor.",
        "where": ("Leicester", "Leicestershire"),
        "country": "GB",
        "work": [
            ("Imam and Khateeb", "Masjid Bilal, Blackburn", "2021-01", "", [
                "Lead daily and Jumu'ah prayers and Taraweeh; deliver English khutbahs with a Gujarati summary",
                "Teach adult tafsir and Hanafi fiqh; oversee the evening madrasah of 180 pupils",
                "Marriage, bereavement and family counselling; chaplaincy visits to the Royal Blackburn Hospital",
                "Speak at school assemblies and the borough interfaith forum",
            ]),
            ("Assistant Imam and Madrasah Teacher", "Jamia Masjid, Batley", "2017-09", "2020-12", [
                "Led prayers in the imam's absence; taught Qur'an and tajweed",
            ]),
        ],
        "skills": {"Religious": ["Imamah", "Khutbah", "Tafsir", "Hanafi fiqh", "Tajweed", "Pastoral counselling"], "Community": ["Interfaith work", "Youth work", "School visits"]},
        "certs": [
            ("Hifz al-Qur'an", "Jamiatul Ilm Wal Huda, Blackburn", "2009-07"),
            ("Ijazah in Hafs 'an Asim", "Jamiatul Ilm Wal Huda, Blackburn", "2015-06"),
            ("Enhanced DBS", "Disclosure and Barring Service", "2021-01"),
        ],
        "edu": [("Alimiyyah (Dars-e-Nizami)", "Islamic Sciences", "Darul Uloom Bury", "2016")],
        "langs": [("English", "Native-level, full professional proficiency"), ("Gujarati", "Native"), ("Urdu", "Fluent"), ("Arabic", "Advanced (classical)")],
        "unq": {
            "summary": "Hafiz and Alim (Dars-e-Nizami) serving as imam and khateeb for nine years in UK masajid; delivers the khutbah in Gujarati and Urdu, with an English version read by a committee member; madrasah lead and pastoral counsellor for Gujarati-speaking families.",
            "work": [
                ("Imam and Khateeb", "Masjid Bilal, Blackburn", "2021-01", "", [
                    "Lead daily and Jumu'ah prayers and Taraweeh; deliver Gujarati khutbahs, with an English version read by a committee member",
                    "Teach adult tafsir and Hanafi fiqh; oversee the evening madrasah of 180 pupils",
                    "Marriage, bereavement and family counselling in Gujarati and Urdu; visits to the Royal Blackburn Hospital",
                    "Attend the borough interfaith forum with the masjid secretary interpreting",
                ]),
                ("Assistant Imam and Madrasah Teacher", "Jamia Masjid, Batley", "2017-09", "2020-12", [
                    "Led prayers in the imam's absence; taught Qur'an and tajweed",
                ]),
            ],
            "langs": [("Gujarati", "Native"), ("Urdu", "Fluent"), ("Arabic", "Advanced (classical)"), ("English", "Intermediate (B1, IELTS 5.0)")],
        },
        "decisive": ("Fluent English, spoken and written, at a level to deliver the khutbah", ["fluent English"], "language"),
    },
    {
        "id": "imam-fresh12-2",
        "occ": "imam",
        "title": "Resident Imam",
        "company": "Meadowvale Islamic Centre",
        "location": "Mississauga, ON, Canada",
        "posting": """
Meadowvale Islamic Centre is hiring a full-time Resident Imam.

The Resident Imam is the centre's religious leader and a public face of the community. Responsibilities include leading salah and Jumu'ah, delivering khutbahs in English, teaching weekend and evening programs for youth and adults, officiating nikah and janazah, providing pastoral counselling (including referral to professional services where needed), and building relationships with local schools, police, hospitals and faith communities.

Qualifications
- Formal Islamic studies degree from a recognised institution (e.g. Al-Azhar, Islamic University of Madinah, or a recognised Dar al-Uloom)
- Hafiz of the Qur'an preferred
- At least 5 years of experience serving as an imam or assistant imam in a Western (North American or European) community
- Excellent English; Arabic proficiency
- Experience with youth engagement and counselling
- Must be legally entitled to work in Canada, or eligible for an LMIA-supported work permit (religious worker)

Competitive salary with housing allowance, health benefits and paid Hajj/Umrah leave every five years. Please send your CV, a recorded khutbah and two references.
""",
        "name": "Sheikh Omar Abdelkader",
        "label": "Imam",
        "summary": "Al-Azhar graduate and hafiz with over nine years serving as imam and assistant imam in Ontario and the UK; khutbahs, youth programs, counselling, nikah and interfaith work in English and Arabic; Canadian permanent resident.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Imam", "Islamic Society of Halton", "2021-08", "", [
                "Lead salah and Jumu'ah; English khutbahs and a weekly youth halaqa",
                "Officiate nikah and janazah; counselling with referrals to community mental-health services",
                "Outreach with Halton police, hospital chaplaincy and school boards",
            ]),
            ("Assistant Imam", "Dar al-Arqam Centre, Birmingham (UK)", "2017-06", "2021-07", [
                "Led prayers, taught Qur'an and Arabic to teenagers and adults, supported the head imam's pastoral work",
            ]),
        ],
        "skills": {"Religious": ["Khutbah", "Quran memorization", "Fiqh", "Nikah officiation", "Janazah"], "Community": ["Youth engagement", "Pastoral counselling", "Interfaith dialogue"]},
        "certs": [("Ijazah in Qur'an recitation (Hafs)", "Al-Azhar Qur'an Institute", "2014-05")],
        "edu": [("Bachelor", "Islamic Studies (Shari'ah)", "Al-Azhar University", "2015")],
        "langs": [("Arabic", "Native"), ("English", "Fluent")],
        "unq": {
            "summary": "Al-Azhar graduate and hafiz serving as imam and assistant imam in Ontario since 2022; khutbahs, youth programs, counselling, nikah and interfaith work in English and Arabic; Canadian permanent resident.",
            "work": [
                ("Imam", "Islamic Society of Halton", "2024-05", "", [
                    "Lead salah and Jumu'ah; English khutbahs and a weekly youth halaqa",
                    "Officiate nikah and janazah; counselling with referrals to community mental-health services",
                    "Outreach with Halton police, hospital chaplaincy and school boards",
                ]),
                ("Assistant Imam", "Brampton Muslim Community Centre", "2022-10", "2024-04", [
                    "Led prayers, taught Qur'an and Arabic to teenagers and adults, supported the head imam's pastoral work",
                ]),
                ("Arabic and Qur'an Teacher", "Al-Huda Academy, Cairo", "2015-09", "2022-08", [
                    "Taught Arabic grammar and Qur'an recitation to international students",
                ]),
            ],
        },
        "decisive": ("At least 5 years of experience serving as an imam or assistant imam", ["years", "yrs"], "years"),
    },
]
