"""Fresh5 half, finance: treasury_analyst, fraud_examiner, procurement_specialist, cost_estimator."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "treasury_analyst-fresh5-1",
        "occ": "treasury_analyst",
        "title": "Treasury Analyst II",
        "company": "Graybar",
        "location": "St. Louis, MO",
        "posting": """
Graybar's Corporate Treasury team is looking for a Treasury Analyst II to own daily cash positioning, bank relationship administration and short-term investment activity for a $10B distribution business.

What you'll do
- Prepare the daily cash position and 13-week cash forecast; fund disbursement accounts and sweep excess to the concentration account
- Execute wires, ACH and intercompany transfers in the treasury workstation; maintain bank signers and account documentation
- Reconcile bank fees (AFP service codes) and support the commercial paper and revolver borrowing process
- Help with KYC requests, bank account openings/closings and audit requests

Requirements
- Bachelor's degree in finance, accounting or economics
- 3+ years of corporate treasury, cash management or bank treasury services experience
- Advanced Excel (lookups, pivots); experience with a TMS such as Kyriba, GTreasury or SAP
- Strong attention to detail; comfortable with payment controls and segregation of duties

Preferred
- CTP (Certified Treasury Professional) or progress toward it

Graybar is an employee-owned company and an Equal Opportunity Employer. Hybrid schedule after training.
""",
        "name": "Marisol Okafor",
        "label": "Treasury Analyst",
        "summary": "Treasury analyst covering cash positioning, forecasting, bank administration and payments for a manufacturer, after starting in a bank's treasury management group.",
        "where": ("Chesterfield", "MO"),
        "work": [
            ("Treasury Analyst", "Olin Corporation", "2022-09", "", [
                "Build the daily cash position across 40 accounts at five banks and fund payroll and AP disbursement accounts",
                "Own the rolling 13-week cash flow forecast and variance commentary for the Assistant Treasurer",
                "Release wires and ACH files in Kyriba under dual approval; maintain bank signer matrices",
                "Analyze bank account analysis statements and recovered $48K of mis-billed fees",
            ]),
            ("Treasury Management Associate", "Commerce Bank", "2021-06", "2022-08", [
                "Implemented lockbox, positive pay and ACH origination services for middle-market clients",
                "Handled client onboarding, KYC documentation and account structure set-up",
            ]),
        ],
        "skills": {"Treasury": ["Cash positioning", "Cash forecasting", "Bank administration", "Wire and ACH payments", "Bank fee analysis"], "Systems": ["Kyriba", "SAP ECC", "Excel (XLOOKUP, pivot tables)"]},
        "certs": [("Certified Treasury Professional (CTP)", "Association for Financial Professionals", "2024-11")],
        "edu": [("B.S.B.A.", "Finance", "University of Missouri-St. Louis", "2021")],
        "unq": {
            "summary": "Treasury analyst covering cash positioning, forecasting, bank administration and payments for a manufacturer, after several years in accounts payable.",
            "work": [
                ("Treasury Analyst", "Olin Corporation", "2024-10", "", [
                    "Build the daily cash position across 40 accounts at five banks and fund payroll and AP disbursement accounts",
                    "Own the rolling 13-week cash flow forecast and variance commentary for the Assistant Treasurer",
                    "Release wires and ACH files in Kyriba under dual approval; maintain bank signer matrices",
                    "Analyze bank account analysis statements and recovered $48K of mis-billed fees",
                ]),
                ("Staff Accountant, Accounts Payable", "Olin Corporation", "2021-06", "2024-09", [
                    "Processed three-way match invoices and vendor master changes in SAP",
                    "Prepared the weekly check and ACH payment runs for treasury approval",
                ]),
            ],
        },
        "decisive": ("3+ years of corporate treasury or cash management experience", ["years", "yrs"], "years"),
    },
    {
        "id": "treasury_analyst-fresh5-2",
        "occ": "treasury_analyst",
        "title": "Group Treasury Analyst",
        "company": "Travis Perkins plc",
        "location": "Northampton, England, United Kingdom",
        "posting": """
Group Treasury Analyst - Northampton (hybrid, 3 days in the office)

We're looking for a qualified treasurer to join a small Group Treasury team covering liquidity, funding, FX and counterparty risk for one of the UK's largest builders' merchants.

The role
You will prepare the daily liquidity report and cash forecast, manage the revolving credit facility drawings and covenant calculations, execute FX hedges in line with the Group hedging policy, monitor bank counterparty limits and support the Treasurer on the annual rating agency and lender presentations.

Essential criteria
- AMCT (ACT Diploma in Treasury Management) or MCT qualified
- Experience in a corporate treasury function (cash management, funding, FX)
- Strong Excel modelling skills; experience of a treasury management system
- Excellent communication skills with the confidence to deal with banks and senior stakeholders

Desirable
- ACCA/CIMA qualified or part-qualified
- Experience of Bloomberg, 360T or a similar dealing platform

What we offer: competitive salary, annual bonus, 25 days' holiday plus bank holidays, contributory pension, colleague discount and a sharesave scheme. We are an equal opportunities employer and welcome applications from all sections of the community.
""",
        "name": "Rhiannon Castell",
        "label": "Treasury Analyst, AMCT",
        "summary": "Corporate treasury analyst with five years across liquidity forecasting, RCF management, FX hedging and bank relationship work in UK plcs; AMCT qualified.",
        "where": ("Milton Keynes", "England"),
        "country": "GB",
        "work": [
            ("Treasury Analyst", "Whitbread PLC", "2023-02", "", [
                "Produce the daily group liquidity position and weekly 13-week cash forecast for the Head of Treasury",
                "Manage drawings and repayments on the £900m revolving credit facility and prepare quarterly covenant compliance certificates",
                "Execute FX forwards and swaps on 360T within the board-approved hedging policy; monitor counterparty exposure against limits",
                "Maintain Wallstreet Suite static data and bank mandates",
            ]),
            ("Assistant Treasury Accountant", "Grant Thornton UK LLP", "2021-08", "2023-01", [
                "Reconciled intercompany loans and interest across 60 entities",
                "Built the cash pooling allocation model and supported the move to a notional pool",
            ]),
        ],
        "skills": {"Treasury": ["Liquidity forecasting", "RCF management", "Covenant compliance", "FX hedging", "Counterparty risk"], "Systems": ["Wallstreet Suite (ION)", "360T", "Bloomberg", "Excel"]},
        "certs": [
            ("AMCT - Diploma in Treasury Management", "The Association of Corporate Treasurers", "2024-06"),
            ("Certificate in Treasury (CertT)", "The Association of Corporate Treasurers", "2022-10"),
        ],
        "edu": [("BSc (Hons)", "Economics and Finance", "University of Leicester", "2021")],
        "unq": {
            "label": "Treasury Analyst",
            "summary": "Corporate treasury analyst with five years across liquidity forecasting, RCF management, FX hedging and bank relationship work in UK plcs; holds the ACT Certificate in Treasury.",
            "certs": [
                ("Certificate in Treasury (CertT)", "The Association of Corporate Treasurers", "2022-10"),
                ("Certificate in Treasury Fundamentals (CertTF)", "The Association of Corporate Treasurers", "2021-12"),
            ],
        },
        "decisive": ("AMCT (ACT Diploma in Treasury Management) or MCT", ["AMCT", "MCT", "Diploma in Treasury Management"], "credential level"),
    },
    {
        "id": "fraud_examiner-fresh5-1",
        "occ": "fraud_examiner",
        "title": "Fraud Examiner - Special Investigations Unit",
        "company": "Blue Cross and Blue Shield of Kansas City",
        "location": "Kansas City, MO",
        "posting": """
Join our Special Investigations Unit (SIU) as a Fraud Examiner. You will investigate allegations of provider, member and pharmacy fraud, waste and abuse, develop cases from data leads and tips, conduct interviews, prepare investigative reports and refer substantiated cases to law enforcement and regulators.

Responsibilities:
* Analyze claims data to identify aberrant billing patterns (upcoding, unbundling, services not rendered)
* Plan and conduct onsite audits and medical record reviews with clinical staff
* Interview providers, members and witnesses; document findings in the case management system
* Calculate overpayments and support recovery, prepayment review and provider education
* Testify in civil or criminal proceedings as needed

Qualifications:
* Bachelor's degree in criminal justice, accounting, business or related field, or equivalent experience
* Certified Fraud Examiner (CFE) required at hire
* 2+ years of health care fraud investigation, claims auditing or related investigative experience
* Working knowledge of CPT, HCPCS and ICD-10 coding
* Proficiency with Excel and claims data query tools

Preferred: AHFI (Accredited Health Care Fraud Investigator), CPC.

Must be able to travel up to 25% within the service area and possess a valid driver's license. BCBSKC is an Equal Opportunity Employer, including disability/veterans.
""",
        "name": "Terrence Baptiste",
        "label": "Health Care Fraud Investigator",
        "summary": "Health care fraud investigator with six years in payer SIUs and a state Medicaid program integrity unit; builds cases from claims data, conducts interviews and calculates overpayments.",
        "where": ("Overland Park", "KS"),
        "work": [
            ("Senior SIU Investigator", "UnitedHealthcare", "2022-03", "", [
                "Work a caseload of 35-40 provider investigations (DME, behavioral health, lab) from data analytics leads and hotline tips",
                "Conduct onsite record reviews and recorded interviews; write referral packages for the state Medicaid Fraud Control Unit",
                "Quantified $2.1M in overpayments in 2025 using extrapolation from statistically valid samples",
            ]),
            ("Program Integrity Analyst", "Kansas Department of Health and Environment", "2020-05", "2022-02", [
                "Reviewed Medicaid claims for billing aberrancies against CPT/HCPCS and ICD-10 coding rules",
                "Prepared audit findings letters and supported provider appeals hearings",
            ]),
        ],
        "skills": {"Investigations": ["Interviewing", "Medical record review", "Overpayment calculation", "Case referral"], "Coding": ["CPT", "HCPCS", "ICD-10-CM"], "Tools": ["Excel", "SQL", "SAS"]},
        "certs": [
            ("Certified Fraud Examiner (CFE)", "Association of Certified Fraud Examiners", "2022-06"),
            ("Accredited Health Care Fraud Investigator (AHFI)", "National Health Care Anti-Fraud Association", "2023-10"),
            ("Kansas Driver's License, Class C", "Kansas Division of Vehicles", "2014"),
        ],
        "edu": [("B.S.", "Criminal Justice", "University of Central Missouri", "2020")],
        "langs": [("English", "Native")],
        "unq": {
            "certs": [
                ("Accredited Health Care Fraud Investigator (AHFI)", "National Health Care Anti-Fraud Association", "2023-10"),
                ("Kansas Driver's License, Class C", "Kansas Division of Vehicles", "2014"),
            ],
        },
        "decisive": ("Certified Fraud Examiner (CFE)", ["CFE", "Certified Fraud Examiner"], "certificate"),
    },
    {
        "id": "fraud_examiner-fresh5-2",
        "occ": "fraud_examiner",
        "title": "Financial Crimes Investigator (Fraud Examiner)",
        "company": "Truist",
        "location": "Charlotte, NC",
        "posting": """
Financial Crimes Investigator - External Fraud / Organized Fraud Rings
Charlotte NC or Atlanta GA, hybrid

Investigate complex external fraud: check kiting, account takeover, synthetic identity, mule networks. Map relationships between accounts, devices and people and hand off packaged cases to law enforcement + the SAR team.

Must have:
- 4+ yrs fraud investigations at a bank, card issuer or law enforcement agency
- Hands-on link analysis in i2 Analyst's Notebook (charts you built, not just read)
- Strong written reports; experience writing SAR narratives
- Solid Excel; SQL a plus

Nice to have: CFE, CAMS; Actimize or Verafin alert review

Background check + credit check required. Truist is an EEO employer.
""",
        "name": "Keisha Van Dorn",
        "label": "Fraud Investigator",
        "summary": "Bank fraud investigator with seven years on external fraud rings, account takeover and mule networks; builds link charts and writes SAR narratives that law enforcement can use.",
        "where": ("Concord", "NC"),
        "work": [
            ("Senior Fraud Investigator, Organized Fraud", "Wells Fargo", "2021-04", "", [
                "Lead investigations into synthetic identity and check fraud rings spanning hundreds of accounts",
                "Build association and timeline charts in IBM i2 Analyst's Notebook linking customers, devices, IP addresses and beneficiaries",
                "Write SAR narratives and case packages for the U.S. Secret Service and local task forces",
            ]),
            ("Fraud Analyst II", "Bank of America", "2019-01", "2021-03", [
                "Worked Actimize alerts for account takeover and first-party fraud; closed or escalated 60+ alerts a day",
                "Queried transaction data in SQL to find linked mule accounts",
            ]),
        ],
        "skills": {"Investigations": ["Link analysis", "SAR narrative writing", "Synthetic identity fraud", "Mule account detection"], "Tools": ["IBM i2 Analyst's Notebook", "NICE Actimize", "SQL", "Excel"]},
        "certs": [("Certified Anti-Money Laundering Specialist (CAMS)", "ACAMS", "2022-07")],
        "edu": [("B.A.", "Economics", "UNC Charlotte", "2018")],
        "swaps": [("IBM i2 Analyst's Notebook", "Microsoft Power BI")],
        "decisive": ("i2 Analyst's Notebook link analysis", ["i2", "Analyst's Notebook"], "tool"),
    },
    {
        "id": "procurement_specialist-fresh5-1",
        "occ": "procurement_specialist",
        "title": "Procurement Specialist",
        "company": "Irish Water (Uisce Éireann)",
        "location": "Dublin, Ireland",
        "posting": """
Procurement Specialist - Capital Programmes

Uisce Éireann is recruiting a Procurement Specialist to lead competitions for works, services and supplies across our capital investment programme. You will run tenders end to end under the EU Utilities Directive and the Irish public procurement guidelines, from sourcing strategy and tender documents to evaluation, standstill and contract award.

Key responsibilities
- Develop procurement strategies and tender documentation with internal stakeholders
- Manage open, restricted and negotiated procedures, and mini-competitions from frameworks, on eTenders and our e-sourcing portal
- Lead evaluation panels and prepare award recommendation reports and regret letters
- Maintain contract registers and support supplier performance reviews

Essential requirements
- CIPS Level 5 Advanced Diploma in Procurement and Supply (or MCIPS)
- Minimum 3 years' experience in public or utility sector procurement
- Sound knowledge of EU procurement directives and remedies
- Excellent organisational and report-writing skills

Uisce Éireann offers a defined contribution pension, flexible working, further education support and 25 days' annual leave. We are an equal opportunities employer.
""",
        "name": "Cathal Mulready",
        "label": "Procurement Officer",
        "summary": "Public sector procurement professional with six years running EU-regulated tenders for works and services, from strategy and documents to evaluation, standstill and award.",
        "where": ("Naas", "Co. Kildare"),
        "country": "IE",
        "work": [
            ("Senior Procurement Officer", "Transport Infrastructure Ireland", "2022-05", "", [
                "Run open and restricted tender competitions for engineering services and minor works under the EU directives",
                "Draft tender documents, evaluation criteria and award reports; manage the standstill period and debriefs",
                "Run mini-competitions from OGP frameworks on eTenders",
            ]),
            ("Procurement Officer", "South Dublin County Council", "2020-02", "2022-04", [
                "Managed quotations and below-threshold tenders for facilities and fleet services",
                "Maintained the council's contracts register and spend analysis",
            ]),
        ],
        "skills": {"Procurement": ["EU public procurement", "Tender evaluation", "Framework agreements", "Contract management"], "Systems": ["eTenders", "Jaggaer", "Excel"]},
        "certs": [
            ("CIPS Level 5 Advanced Diploma in Procurement and Supply", "Chartered Institute of Procurement & Supply", "2023-06"),
            ("CIPS Level 4 Diploma in Procurement and Supply", "Chartered Institute of Procurement & Supply", "2021-11"),
        ],
        "edu": [("BA", "Business and Law", "Maynooth University", "2019")],
        "unq": {
            "certs": [
                ("CIPS Level 4 Diploma in Procurement and Supply", "Chartered Institute of Procurement & Supply", "2021-11"),
                ("Certificate in Public Procurement", "Institute of Public Administration", "2020-09"),
            ],
        },
        "decisive": ("CIPS Level 5 Advanced Diploma (or MCIPS)", ["Level 5", "Advanced Diploma", "MCIPS"], "credential level"),
    },
    {
        "id": "procurement_specialist-fresh5-2",
        "occ": "procurement_specialist",
        "title": "Procurement Specialist - Indirect Spend",
        "company": "Cummins Inc.",
        "location": "Columbus, IN",
        "posting": """
Cummins is hiring a Procurement Specialist for indirect categories (professional services, facilities, MRO). You will run sourcing events, negotiate and set up contracts, onboard suppliers and keep the catalog and PO process clean.

Responsibilities
- Run RFx events and e-auctions; build bid comparisons and total-cost models
- Negotiate pricing and terms; route contracts through legal review
- Manage the procure-to-pay flow and supplier onboarding in SAP Ariba (Sourcing, Contracts, Buying and Invoicing)
- Report savings and spend under management

Minimum qualifications
- Bachelor's degree in supply chain, business or related field
- 3 years of procurement or strategic sourcing experience
- Working experience in SAP Ariba is required
- Strong negotiation and stakeholder management skills

Preferred: CPSM (ISM) or CPP; experience with SAP S/4HANA

Cummins is an equal opportunity employer. Relocation available.
""",
        "name": "Brandon Lazaro",
        "label": "Sourcing Analyst",
        "summary": "Indirect sourcing professional with five years running RFPs, negotiating services contracts and managing supplier onboarding and catalogs in a large manufacturer.",
        "where": ("Indianapolis", "IN"),
        "work": [
            ("Strategic Sourcing Analyst, Indirect", "Allison Transmission", "2022-01", "", [
                "Run RFPs and reverse auctions for facilities, MRO and IT services categories worth $60M a year",
                "Negotiate rate cards and master services agreements with legal and category owners",
                "Configure sourcing events, contract workspaces and guided buying catalogs in SAP Ariba",
            ]),
            ("Buyer", "Rolls-Royce North America", "2020-06", "2021-12", [
                "Placed and expedited purchase orders for MRO and tooling; maintained supplier master data",
                "Tracked savings and spend reports for the category manager",
            ]),
        ],
        "skills": {"Procurement": ["RFx and e-auctions", "Negotiation", "Contract management", "Supplier onboarding", "Spend analysis"], "Systems": ["SAP Ariba", "SAP ECC", "Excel", "Power BI"]},
        "certs": [("Certified Professional in Supply Management (CPSM)", "Institute for Supply Management", "2024-03")],
        "edu": [("B.S.", "Supply Chain Management", "Indiana University Kelley School of Business", "2020")],
        "swaps": [("SAP Ariba", "Coupa")],
        "decisive": ("SAP Ariba experience", ["Ariba"], "tool"),
    },
    {
        "id": "cost_estimator-fresh5-1",
        "occ": "cost_estimator",
        "title": "Estimator - Commercial Construction",
        "company": "Hensel Phelps",
        "location": "Austin, TX",
        "posting": """
Hensel Phelps is seeking an Estimator for our Austin district. You'll prepare conceptual, GMP and hard-bid estimates for commercial, higher-education and government work: quantity takeoffs, subcontractor bid solicitation and leveling, general conditions and alternates.

Requirements:
- Bachelor's degree in Construction Management, Civil Engineering or Architecture
- Minimum five (5) years of estimating experience with a general contractor on commercial building projects
- Proficiency in On-Screen Takeoff, Bluebeam Revu and a cost database (e.g. RSMeans)
- Ability to read and interpret plans and specifications across trades
- Strong Excel skills

Preferred:
- ASPE or AACE certification
- Experience with design-build and CMAR delivery

Hensel Phelps is an employee-owned company and an EOE. Candidates must pass a pre-employment drug screen.
""",
        "name": "Diego Arredondo",
        "label": "Senior Estimator",
        "summary": "Commercial construction estimator with seven years preparing conceptual, GMP and hard-bid estimates for a general contractor; detailed takeoff, bid leveling and cost modelling.",
        "where": ("Round Rock", "TX"),
        "work": [
            ("Senior Estimator", "Rogers-O'Brien Construction", "2023-01", "", [
                "Lead preconstruction estimates for higher-education and office projects from schematic design to GMP",
                "Solicit and level subcontractor bids for all divisions; price alternates and value engineering options",
                "Build general conditions and staffing estimates with project executives",
            ]),
            ("Estimator", "Rogers-O'Brien Construction", "2019-05", "2022-12", [
                "Performed quantity takeoffs in On-Screen Takeoff and Bluebeam Revu for concrete, drywall and finishes",
                "Priced self-perform concrete scopes using RSMeans and historical cost data",
            ]),
        ],
        "skills": {"Estimating": ["Quantity takeoff", "Bid leveling", "GMP estimates", "Conceptual estimating", "Value engineering"], "Software": ["On-Screen Takeoff", "Bluebeam Revu", "RSMeans", "Excel", "Procore"]},
        "edu": [("B.S.", "Construction Science", "Texas A&M University", "2019")],
        "unq": {
            "summary": "Commercial construction estimator preparing conceptual, GMP and hard-bid estimates for a general contractor, after three years as a field project engineer; detailed takeoff, bid leveling and cost modelling.",
            "work": [
                ("Senior Estimator", "Rogers-O'Brien Construction", "2024-06", "", [
                    "Lead preconstruction estimates for higher-education and office projects from schematic design to GMP",
                    "Solicit and level subcontractor bids for all divisions; price alternates and value engineering options",
                    "Build general conditions and staffing estimates with project executives",
                ]),
                ("Estimator", "Rogers-O'Brien Construction", "2022-11", "2024-05", [
                    "Performed quantity takeoffs in On-Screen Takeoff and Bluebeam Revu for concrete, drywall and finishes",
                    "Priced self-perform concrete scopes using RSMeans and historical cost data",
                ]),
                ("Project Engineer", "Rogers-O'Brien Construction", "2019-05", "2022-10", [
                    "Managed RFIs, submittals and change order logs on two office projects",
                    "Tracked subcontractor manpower and daily reports in Procore",
                ]),
            ],
        },
        "decisive": ("Minimum five years of GC estimating experience", ["years", "yrs"], "years"),
    },
    {
        "id": "cost_estimator-fresh5-2",
        "occ": "cost_estimator",
        "title": "Cost Estimator (Capital Projects)",
        "company": "Burns & McDonnell",
        "location": "Kansas City, MO",
        "posting": """
Our Cost & Schedule group needs a Cost Estimator for power, transmission and industrial capital projects. You will develop AACE Class 5 through Class 2 estimates, build basis-of-estimate documents, benchmark against historicals and support owner funding decisions.

Qualifications
- Bachelor's degree in engineering, construction management or related field
- 4+ years of cost estimating for industrial, utility or heavy civil projects
- AACE Certified Estimating Professional (CEP) or ASPE Certified Professional Estimator (CPE) required
- Experience with estimating software (e.g. HCSS HeavyBid, Aspen Capital Cost Estimator, Sage Estimating)
- Familiarity with AACE Recommended Practices (18R-97) for estimate classification

Nice to have: PMP, contingency analysis (Monte Carlo) experience.

Applicants must be currently authorized to work in the US. Burns & McDonnell is an equal opportunity employer, including disability and veterans.
""",
        "name": "Harriet Szabo",
        "label": "Project Cost Estimator",
        "summary": "Capital project estimator with eight years on substation, transmission and industrial estimates from conceptual through definitive, with basis-of-estimate documents and risk-based contingency. U.S. citizen.",
        "where": ("Lee's Summit", "MO"),
        "work": [
            ("Senior Estimator, Capital Projects", "Black & Veatch", "2021-03", "", [
                "Prepare Class 4 to Class 2 estimates for substations and transmission lines up to $400M",
                "Write basis-of-estimate and estimate review reports; run Monte Carlo contingency analysis",
                "Maintain historical unit cost database used for benchmarking",
            ]),
            ("Estimator", "Kiewit", "2018-06", "2021-02", [
                "Built bid estimates in HCSS HeavyBid for heavy civil and industrial packages",
                "Priced crews, equipment and materials; supported bid-day subcontractor quotes",
            ]),
        ],
        "skills": {"Estimating": ["AACE estimate classification", "Basis of estimate", "Contingency analysis", "Benchmarking"], "Software": ["HCSS HeavyBid", "Aspen Capital Cost Estimator", "@RISK", "Excel"]},
        "certs": [
            ("Certified Estimating Professional (CEP)", "AACE International", "2022-08"),
            ("Project Management Professional (PMP)", "Project Management Institute", "2023-05"),
        ],
        "edu": [("B.S.", "Civil Engineering", "University of Kansas", "2018")],
        "unq": {
            "certs": [
                ("Certified Cost Technician (CCT)", "AACE International", "2020-04"),
                ("Project Management Professional (PMP)", "Project Management Institute", "2023-05"),
            ],
        },
        "decisive": ("AACE CEP or ASPE CPE certification", ["CEP", "CPE", "Certified Estimating Professional", "Certified Professional Estimator"], "certificate"),
    },
]
# fmt: on
