"""Fresh12 half, services: barista, gemmologist, restoration_technician, hotel_revenue_manager."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)
# fmt: off
CASES = [
    {
        "id": "barista-fresh12-1",
        "occ": "barista",
        "title": "Head Barista",
        "company": "Laneway Roasting Co.",
        "location": "Fitzroy, VIC, Australia",
        "posting": """
LANEWAY ROASTING CO. | HEAD BARISTA | FULL TIME

We roast on site in Fitzroy and pour about 900 coffees a day across the bar and the batch-brew window. We're after a Head Barista to run the bar on weekdays, dial in each morning, train our juniors and keep the machine (a three-group La Marzocco Strada) happy.

About you
* You hold the SCA Barista Skills certificate at Intermediate level, or Professional
* You can dial in espresso by weight and time, adjust grind through the day and explain why
* You've trained other baristas and can run a bar of three on a Saturday rush
* RSA (Responsible Service of Alcohol) - we do espresso martinis on Friday nights
* Food Handler certificate, or willing to complete within two weeks

What we offer
- $32.50/hr plus super, paid under the Restaurant Industry Award at Level 4
- Monday-Friday, 6:00am-2:30pm; one weekend a month
- Free coffee and a bag of beans a week, staff meal every shift
- Paid SCA course fees if you want to go further

Laneway is an equal opportunity employer. Applicants must have the right to work in Australia.
""",
        "name": "Tamsin Okoro",
        "label": "Senior Barista & Bar Trainer",
        "summary": "Specialty coffee barista of six years; dials in daily on multi-group machines, trains new staff and runs busy weekend bars in inner Melbourne; Australian citizen.",
        "where": ("Brunswick", "VIC"),
        "country": "AU",
        "work": [
            ("Senior Barista", "Seven Seeds Merchants", "2022-04", "", [
                "Dial in two espresso blends and a single origin each morning using brew ratio, shot time and TDS readings",
                "Run the bar with two other baristas on 1,000-cup Saturdays; train every new starter over their first fortnight",
                "Make the bar's Friday-night espresso cocktails",
            ]),
            ("Barista", "Little Bourke Espresso", "2020-08", "2022-03", [
                "Pulled shots on a Synesso MVP and a Slayer; kept grinder settings logged through the day",
            ]),
        ],
        "skills": {"Coffee": ["Espresso calibration", "Milk texturing and latte art", "Batch brew", "Grinder maintenance", "Staff training"]},
        "certs": [
            ("Barista Skills - Intermediate (Coffee Skills Program)", "Specialty Coffee Association", "2022-09"),
            ("Responsible Service of Alcohol", "Liquor Control Victoria", "2021-02"),
            ("Food Handler Certificate (SITXFSA005)", "Victoria University Polytechnic", "2021-03"),
        ],
        "edu": [("Certificate III", "Hospitality", "Box Hill Institute", "2020")],
        "unq": {
            "certs": [
                ("Barista Skills - Foundation (Coffee Skills Program)", "Specialty Coffee Association", "2022-09"),
                ("Responsible Service of Alcohol", "Liquor Control Victoria", "2021-02"),
                ("Food Handler Certificate (SITXFSA005)", "Victoria University Polytechnic", "2021-03"),
            ],
        },
        "decisive": ("SCA Barista Skills certificate at Intermediate level, or Professional", ["Intermediate", "Professional"], "credential level"),
    },
    {
        "id": "barista-fresh12-2",
        "occ": "barista",
        "title": "Senior Barista / Shift Lead",
        "company": "Kettle & Crane Coffee",
        "location": "Shoreditch, London, UK",
        "posting": """
Kettle & Crane Coffee - Senior Barista / Shift Lead (Shoreditch)

£14.20 per hour + tronc (currently averaging £1.80/hr) | 40 hours, 5 days out of 7 | 07:00-15:30 rota

We're a busy specialty café near Old Street with a house espresso from our own roastery in Hackney Wick. Our shift leads open and close the shop, run the bar, cash up, and look after a team of four.

You'll need:
- at least three years' experience as a barista in a specialty coffee setting (not chain)
- confidence calibrating espresso and filter recipes and training others to follow them
- experience opening/closing and handling cash-up
- Level 2 Food Hygiene (we can put you through it)

Nice to have: latte art throwdown experience, knowledge of V60/Kalita/batch brew.

Perks: free drinks and lunch on shift, 28 days holiday inc. bank holidays, pension via NEST, a bag of coffee each week.

You must have the right to work in the UK - we're unable to sponsor visas for this role. We welcome applicants from all backgrounds.
""",
        "name": "Marek Zielinski",
        "label": "Barista Shift Supervisor",
        "summary": "Barista of five-plus years in independent London specialty cafés; opens and closes, runs the bar and trains staff on espresso and filter recipes; settled status under the EU Settlement Scheme.",
        "where": ("London", "England"),
        "country": "GB",
        "work": [
            ("Shift Supervisor", "Origin Coffee, Charlotte Road", "2023-05", "", [
                "Open and close the shop, reconcile tills and cash-up, lead a team of three to five",
                "Calibrate espresso and V60/Kalita recipes each morning and write them up for the team",
            ]),
            ("Barista", "Ozone Coffee Roasters", "2021-06", "2023-04", [
                "Espresso, batch brew and pour-over on a busy roastery bar; entered two latte art throwdowns",
            ]),
        ],
        "skills": {"Coffee": ["Espresso recipe calibration", "Pour-over (V60, Kalita Wave)", "Batch brew", "Latte art"], "Shop": ["Opening/closing", "Cash-up", "Staff training"]},
        "certs": [("Level 2 Award in Food Safety and Hygiene for Catering", "Highfield Qualifications", "2021-07")],
        "edu": [("A-levels", "", "Newham Sixth Form College", "2019")],
        "langs": [("English", "Fluent"), ("Polish", "Native")],
        "unq": {
            "summary": "Barista in independent London specialty cafés; opens and closes, runs the bar and trains staff on espresso and filter recipes; settled status under the EU Settlement Scheme.",
            "work": [
                ("Shift Supervisor", "Origin Coffee, Charlotte Road", "2025-06", "", [
                    "Open and close the shop, reconcile tills and cash-up, lead a team of three to five",
                    "Calibrate espresso and V60/Kalita recipes each morning and write them up for the team",
                ]),
                ("Barista", "Ozone Coffee Roasters", "2024-11", "2025-05", [
                    "Espresso, batch brew and pour-over on a busy roastery bar; entered two latte art throwdowns",
                ]),
                ("Sales Assistant", "Sainsbury's Local", "2019-09", "2024-10", [
                    "Tills, stock rotation and deliveries in a convenience store",
                ]),
            ],
        },
        "decisive": ("at least three years' experience as a barista in a specialty coffee setting", ["years", "yrs"], "years"),
    },
    {
        "id": "gemmologist-fresh12-1",
        "occ": "gemmologist",
        "title": "Gemmologist / Jewellery Valuer",
        "company": "Vyse & Hockley Valuations",
        "location": "Jewellery Quarter, Birmingham, UK",
        "posting": """
Gemmologist / Jewellery Valuer
Vyse & Hockley Valuations - Jewellery Quarter, Birmingham
Permanent, full time (Mon-Fri 9-5.30) | £34,000-£40,000 DOE

Vyse & Hockley prepares insurance, probate and divorce valuations for private clients, solicitors and three high-street retailers. We are adding a valuer to our laboratory team of four.

The role
Identifying and grading coloured stones, diamonds and pearls; detecting treatments and synthetics; writing valuation reports; handling items under strict security procedures; occasionally attending client homes with a colleague.

Person specification
Essential
- FGA: Fellowship of the Gemmological Association of Great Britain (Gem-A Diploma in Gemmology)
- Practical experience with refractometer, polariscope, spectroscope and microscope
- Meticulous written reports

Desirable
- Gem-A Diamond Diploma (DGA)
- Working towards IRV (Institute of Registered Valuers) registration
- Knowledge of hallmarking

Benefits: 25 days holiday plus bank holidays, paid professional memberships, staff jewellery discount, company pension. Enhanced DBS check on appointment.

We are committed to equal opportunities and welcome applications from all sections of the community.
""",
        "name": "Priya Chauhan",
        "label": "Gemmologist FGA DGA",
        "summary": "Gemmologist (Fellow of Gem-A) with diamond grading qualification; identifies stones, spots treatments and synthetics and writes insurance and probate valuations.",
        "where": ("Solihull", "West Midlands"),
        "country": "GB",
        "work": [
            ("Valuer", "Midland Jewellery Appraisals", "2021-01", "", [
                "Write insurance, probate and matrimonial valuations for around 40 items a week",
                "Identify coloured stones, pearls and diamonds with RI meter, polariscope, hand spectroscope and gemmological microscope",
                "Enrolled for Institute of Registered Valuers registration (exam 2027)",
            ]),
            ("Bench Assistant and Trainee Gemmologist", "Hockley Goldsmiths", "2018-09", "2020-12", [
                "Checked hallmarks and stones on incoming repairs; separated lab-grown from natural diamonds",
            ]),
        ],
        "skills": {"Gemmology": ["Gem identification", "Treatment detection", "Synthetics", "Diamond grading", "Hallmarking"], "Valuation": ["Insurance valuations", "Probate", "Report writing"]},
        "certs": [
            ("Diploma in Gemmology (FGA)", "Gemmological Association of Great Britain (Gem-A)", "2020-06"),
            ("Diamond Diploma (DGA)", "Gem-A", "2022-01"),
        ],
        "edu": [("BA (Hons)", "Jewellery and Silversmithing", "Birmingham City University", "2018")],
        "unq": {
            "label": "Gemmologist",
            "summary": "Gemmologist holding the Gem-A foundation qualification and a diamond grading qualification; identifies stones, spots treatments and synthetics and writes insurance and probate valuations.",
            "certs": [
                ("Foundation Certificate in Gemmology", "Gemmological Association of Great Britain (Gem-A)", "2020-06"),
                ("Diamond Diploma (DGA)", "Gem-A", "2022-01"),
            ],
        },
        "decisive": ("FGA: Fellowship of the Gemmological Association of Great Britain (Gem-A Diploma in Gemmology)", ["FGA", "Diploma in Gemmology", "Fellowship"], "credential level"),
    },
    {
        "id": "gemmologist-fresh12-2",
        "occ": "gemmologist",
        "title": "Senior Gemologist - Appraisals",
        "company": "Yorkville Gem Laboratory",
        "location": "Toronto, ON, Canada",
        "posting": """
Senior Gemologist - Appraisals
Yorkville Gem Laboratory | Toronto, Ontario | Full-time, on-site

Yorkville Gem Laboratory provides independent grading reports and insurance appraisals to jewellers across Ontario. Reporting to the Laboratory Director, the Senior Gemologist grades diamonds and coloured gemstones, signs appraisal documents and mentors our two junior gemologists.

Responsibilities
- Grade diamonds (colour, clarity, cut, carat) and identify coloured stones, including treatments and lab-grown material
- Prepare and sign replacement-value appraisals for insurers
- Calibrate and maintain laboratory instruments (DiamondView, FTIR, UV-Vis)
- Review junior staff reports

Qualifications
- Graduate Gemologist (GIA) or FCGmA
- Five (5) or more years of hands-on grading and appraisal work in a laboratory or retail appraisal setting
- Familiarity with CAPP or similar appraisal standards is an asset

Salary range: $68,000-$82,000 per year, plus group benefits and RRSP match.

We welcome applications from all qualified candidates. Accommodations are available on request for candidates taking part in all aspects of the selection process.
""",
        "name": "Daniel Kwan",
        "label": "Gemologist & Appraiser",
        "summary": "GIA Graduate Gemologist who has graded diamonds and coloured stones and signed insurance appraisals since 2018.",
        "where": ("Markham", "ON"),
        "country": "CA",
        "work": [
            ("Staff Gemologist / Appraiser", "Birks Group", "2021-03", "", [
                "Graded diamonds on the four Cs and identified coloured stones, treatments and synthetics for repair and appraisal intake",
                "Prepared and signed replacement-value appraisals to CAPP guidelines",
                "Coached two newer gemologists and checked their reports",
            ]),
            ("Diamond Grader", "Gemological Science Canada", "2018-05", "2021-02", [
                "Graded 60+ diamonds a day; screened for lab-grown with DiamondView and FTIR; kept UV-Vis calibration logs",
            ]),
        ],
        "skills": {"Gemology": ["Diamond grading", "Coloured stone identification", "Lab-grown detection", "FTIR", "UV-Vis"], "Appraisal": ["Insurance appraisals", "CAPP standards"]},
        "certs": [("Graduate Gemologist (GG)", "Gemological Institute of America", "2018-03")],
        "edu": [("Bachelor of Science", "Geology", "University of Toronto", "2016")],
        "unq": {
            "summary": "GIA Graduate Gemologist who has graded diamonds and coloured stones and signed insurance appraisals since 2023.",
            "work": [
                ("Staff Gemologist / Appraiser", "Birks Group", "2024-09", "", [
                    "Graded diamonds on the four Cs and identified coloured stones, treatments and synthetics for repair and appraisal intake",
                    "Prepared and signed replacement-value appraisals to CAPP guidelines",
                    "Coached two newer gemologists and checked their reports",
                ]),
                ("Diamond Grader", "Gemological Science Canada", "2023-04", "2024-08", [
                    "Graded 60+ diamonds a day; screened for lab-grown with DiamondView and FTIR; kept UV-Vis calibration logs",
                ]),
                ("Jewellery Sales Associate", "Peoples Jewellers", "2018-03", "2023-03", [
                    "Sold bridal and fashion jewellery; took in repairs",
                ]),
            ],
        },
        "decisive": ("Five (5) or more years of hands-on grading and appraisal work", ["years", "yrs"], "years"),
    },
    {
        "id": "restoration_technician-fresh12-1",
        "occ": "restoration_technician",
        "title": "Water Mitigation Technician",
        "company": "Bow Valley Restoration Ltd.",
        "location": "Calgary, AB, Canada",
        "posting": """
Water Mitigation Technician - Bow Valley Restoration Ltd. (Calgary, AB)

Wage: $26-$31/hour depending on certifications | Full-time, 44 hrs/week plus on-call rotation (1 week in 4, paid standby)

When a pipe bursts at 2 a.m., we're the crew that shows up. Bow Valley Restoration handles insurance water, fire and mould losses across Calgary and area.

What you'll do
• Extract water, remove wet drywall/flooring, set and monitor drying equipment
• Take moisture readings and photos; keep drying logs that the adjuster will trust
• Explain the job to stressed homeowners calmly and clearly

What you need
• IICRC WRT (Water Damage Restoration Technician) certification - required before you run a job on your own
• Class 5 Alberta driver's licence and clean abstract
• Able to lift 50 lb and work in crawlspaces and attics
• WHMIS; Standard First Aid (or willing to obtain)

Nice to have: ASD (Applied Structural Drying), AMRT, Xactimate exposure.

We offer a company truck for on-call weeks, health and dental after 3 months, paid IICRC courses.

Bow Valley Restoration is an equal opportunity employer. Candidates must be legally entitled to work in Canada.
""",
        "name": "Jordan Beaulieu",
        "label": "Restoration Technician",
        "summary": "Insurance restoration technician; extracts water, removes wet materials, sets and monitors drying equipment, and keeps moisture logs on residential and commercial losses.",
        "where": ("Airdrie", "AB"),
        "country": "CA",
        "work": [
            ("Restoration Technician", "FirstOnSite Restoration", "2022-02", "", [
                "Lead technician on burst-pipe and sewer-backup losses: extraction, flood cuts, drying set-ups and daily moisture mapping",
                "Photo-document every room and keep drying logs for adjusters; walk homeowners through each step",
                "On-call rotation one week in four",
            ]),
            ("Labourer", "Chinook Drywall", "2020-04", "2022-01", [
                "Hung and removed drywall and flooring on renovation jobs",
            ]),
        ],
        "skills": {"Restoration": ["Water extraction", "Moisture mapping", "Dehumidification", "Flood cuts", "Mould remediation"], "Software": ["Xactimate (photo and sketch upload)"]},
        "certs": [
            ("Water Restoration Technician (WRT)", "Institute of Inspection, Cleaning and Restoration Certification (IICRC)", "2022-05"),
            ("Applied Microbial Remediation Technician (AMRT)", "IICRC", "2023-10"),
            ("WHMIS 2015", "Alberta Construction Safety Association", "2022-02"),
            ("Standard First Aid with CPR/AED Level C", "Canadian Red Cross", "2024-01"),
            ("Class 5 driver's licence (clean abstract)", "Alberta Registries", "2019-08"),
        ],
        "edu": [("High School Diploma", "", "Bert Church High School", "2019")],
        "unq": {
            "certs": [
                ("Carpet Cleaning Technician (CCT)", "Institute of Inspection, Cleaning and Restoration Certification (IICRC)", "2022-05"),
                ("Applied Microbial Remediation Technician (AMRT)", "IICRC", "2023-10"),
                ("WHMIS 2015", "Alberta Construction Safety Association", "2022-02"),
                ("Standard First Aid with CPR/AED Level C", "Canadian Red Cross", "2024-01"),
                ("Class 5 driver's licence (clean abstract)", "Alberta Registries", "2019-08"),
            ],
        },
        "swaps": [("Insurance restoration technician;", "Insurance restoration technician (working toward the IICRC water course);")],
        "decisive": ("IICRC WRT (Water Damage Restoration Technician) certification", ["WRT", "Water Damage Restoration"], "certificate"),
    },
    {
        "id": "restoration_technician-fresh12-2",
        "occ": "restoration_technician",
        "title": "Restoration Technician / Scoper",
        "company": "Moreton Bay Recovery Services",
        "location": "Brisbane, QLD, Australia",
        "posting": """
Restoration Technician / Scoper
Moreton Bay Recovery Services - Brisbane Northside

About us: we're an insurance builder's restoration arm covering storm, flood and escape-of-water claims from Caboolture to the Gold Coast.

The job: attend new claims, make the site safe, run drying, and - this is the key part - scope the damage on site so our estimators can price it the same day. Scopes are built in Xactimate (sketch, line items, photos) and uploaded straight to the insurer's portal.

You'll need
- Xactimate - you can sketch a room and build a scope without hand-holding
- IICRC Water Damage Restoration Technician (WRT); ASD a plus
- General construction induction (White Card)
- Asbestos awareness training
- Current QLD driver licence (C class)

Package: $80k-$90k + super, company ute, phone and iPad. Cyclone-season overtime paid at penalty rates.

Aboriginal and Torres Strait Islander people are encouraged to apply. Successful applicants must provide a current National Police Check.
""",
        "name": "Liam Tuipulotu",
        "label": "Restoration Technician & Scoper",
        "summary": "Restoration technician who runs drying jobs and scopes storm and water claims on site, building sketches and line-item scopes in Xactimate for insurer portals.",
        "where": ("North Lakes", "QLD"),
        "country": "AU",
        "work": [
            ("Restoration Technician / Scoper", "Steamatic Australia", "2021-09", "", [
                "Attend storm and escape-of-water claims, make safe, set up drying and monitor to dry standard",
                "Scope damage on site in Xactimate - room sketches, line items, photos - and upload to insurer portals the same day",
            ]),
            ("Carpenter", "Hutchinson Builders", "2017-02", "2021-08", [
                "Framing, fit-off and insurance repair work on residential jobs",
            ]),
        ],
        "skills": {"Restoration": ["Structural drying", "Make safe", "Moisture mapping"], "Estimating software": ["Xactimate X1", "XactAnalysis"]},
        "certs": [
            ("Water Damage Restoration Technician (WRT)", "IICRC", "2021-11"),
            ("Applied Structural Drying (ASD)", "IICRC", "2022-08"),
            ("General Construction Induction (White Card)", "Queensland WHS", "2017-01"),
            ("Asbestos Awareness", "Australian Training Company", "2022-03"),
            ("Queensland C class driver licence (open)", "Queensland Department of Transport and Main Roads", "2015-06"),
            ("National Police Certificate (no disclosable outcomes)", "Queensland Police Service", "2026-10"),
        ],
        "edu": [("Certificate III", "Carpentry", "TAFE Queensland", "2016")],
        "unq": {
            "summary": "Restoration technician who runs drying jobs and scopes storm and water claims on site, building sketches and line-item scopes in Symbility for insurer portals.",
            "work": [
                ("Restoration Technician / Scoper", "Steamatic Australia", "2021-09", "", [
                    "Attend storm and escape-of-water claims, make safe, set up drying and monitor to dry standard",
                    "Scope damage on site in Symbility Mobile Claims - room sketches, line items, photos - and upload to insurer portals the same day",
                ]),
                ("Carpenter", "Hutchinson Builders", "2017-02", "2021-08", [
                    "Framing, fit-off and insurance repair work on residential jobs",
                ]),
            ],
            "skills": {"Restoration": ["Structural drying", "Make safe", "Moisture mapping"], "Estimating software": ["Symbility (CoreLogic)", "Symbility Mobile Claims"]},
        },
        "decisive": ("Xactimate - you can sketch a room and build a scope without hand-holding", ["Xactimate"], "tool"),
    },
    {
        "id": "hotel_revenue_manager-fresh12-1",
        "occ": "hotel_revenue_manager",
        "title": "Cluster Revenue Manager",
        "company": "Al Safwa Hotels & Resorts",
        "location": "Dubai, United Arab Emirates",
        "posting": """
Cluster Revenue Manager - Al Safwa Hotels & Resorts, Dubai

Al Safwa operates three hotels on Sheikh Zayed Road and Dubai Marina (912 keys in total). Our Cluster Revenue Manager owns pricing, forecasting and distribution strategy for all three properties and chairs the weekly revenue meeting.

Key responsibilities:
- Own daily pricing and inventory controls in IDeaS G3 RMS, reviewing overrides and demand forecasts
- Produce the 90-day and annual forecasts and the budget room revenue
- Manage channel parity across OTAs, GDS and brand.com via the channel manager (SynXis)
- Analyse STR and compset data; present to the GM and owners monthly
- Coach the two property revenue analysts

Requirements:
- 4+ years in hotel revenue management, including at least one multi-property role
- Hands-on experience with IDeaS G3 (strongly preferred over other RMS - our configuration is highly customised)
- Strong Excel; Opera PMS
- Bachelor's degree in hospitality, business or a related field

Tax-free salary AED 28,000-32,000 per month, housing allowance, annual flight home, medical insurance, duty meals, end-of-service gratuity per UAE Labour Law.
""",
        "name": "Rhea D'Souza",
        "label": "Revenue Manager (Multi-property)",
        "summary": "Hotel revenue manager of seven years across Dubai and Doha; runs pricing and forecasting for several hotels at once in the IDeaS G3 revenue system.",
        "where": ("Dubai", "Dubai"),
        "country": "AE",
        "work": [
            ("Area Revenue Manager", "Rove Hotels", "2022-01", "", [
                "Set daily rates and restrictions for four Dubai hotels in IDeaS G3 RMS; audit user overrides weekly",
                "Build 90-day, monthly and annual forecasts and the rooms revenue budget",
                "Keep rate parity across Booking.com, Expedia, GDS and brand.com through SynXis",
                "Present STR benchmarking to owners each month",
            ]),
            ("Revenue Analyst", "Marriott Marquis City Center Doha", "2019-06", "2021-12", [
                "Pick-up reports, group displacement analysis and Opera PMS rate loading",
            ]),
        ],
        "skills": {"Revenue": ["IDeaS G3 RMS", "Forecasting", "Pricing", "Distribution", "STR analysis"], "Systems": ["Opera PMS", "SynXis", "Excel (Power Query, pivot tables)"]},
        "certs": [("Certified Revenue Management Executive (CRME)", "American Hotel & Lodging Educational Institute", "2021-05")],
        "edu": [("Bachelor of Business Administration", "Hospitality Management", "Manipal Academy of Higher Education", "2019")],
        "langs": [("English", "Fluent"), ("Hindi", "Native")],
        "unq": {
            "summary": "Hotel revenue manager of seven years across Dubai and Doha; runs pricing and forecasting for several hotels at once in the Duetto revenue system.",
            "work": [
                ("Area Revenue Manager", "Rove Hotels", "2022-01", "", [
                    "Set daily rates and restrictions for four Dubai hotels in Duetto GameChanger; audit rate rules weekly",
                    "Build 90-day, monthly and annual forecasts and the rooms revenue budget",
                    "Keep rate parity across Booking.com, Expedia, GDS and brand.com through SynXis",
                    "Present STR benchmarking to owners each month",
                ]),
                ("Revenue Analyst", "Marriott Marquis City Center Doha", "2019-06", "2021-12", [
                    "Pick-up reports, group displacement analysis and Opera PMS rate loading",
                ]),
            ],
            "skills": {"Revenue": ["Duetto GameChanger", "Forecasting", "Pricing", "Distribution", "STR analysis"], "Systems": ["Opera PMS", "SynXis", "Excel (Power Query, pivot tables)"]},
        },
        "decisive": ("Hands-on experience with IDeaS G3", ["IDeaS", "G3"], "tool"),
    },
    {
        "id": "hotel_revenue_manager-fresh12-2",
        "occ": "hotel_revenue_manager",
        "title": "Revenue Manager",
        "company": "Hotel Kairos Tokyo Nihonbashi",
        "location": "Chuo-ku, Tokyo, Japan",
        "posting": """
[Revenue Manager] Hotel Kairos Tokyo Nihonbashi - 248 rooms, opened 2024

Position overview
Reporting to the General Manager and the regional Director of Revenue in Singapore, you will lead room pricing, forecasting and channel strategy. Around 60% of our business is domestic, booked through Rakuten Travel and Jalan, so close work with Japanese OTA account managers and the sales team is daily.

Main duties
・Daily pricing and restriction decisions; weekly revenue strategy meeting
・Monthly and rolling forecasts; budgeting with the Finance Manager
・OTA contracting and promotions (Rakuten Travel, Jalan, Ikyu, Booking.com, Expedia)
・Reporting in English to regional office

Requirements
・3 years or more in hotel revenue management or distribution
・Japanese at business level - JLPT N2 or above
・English at business level (regional reporting)
・Experience with an RMS (IDeaS, Duetto or similar) and a Japanese site controller (TL-Lincoln or Temairazu)

Conditions
Annual salary JPY 6.5M-8.0M (based on experience), bonus twice a year, social insurance, commuting allowance (full), 120 days off per year. Visa sponsorship available.
""",
        "name": "Kevin Lim",
        "label": "Revenue Manager",
        "summary": "Revenue manager with six years in Tokyo and Singapore hotels; sets prices and forecasts, contracts with Japanese and global OTAs and reports to regional offices in English.",
        "where": ("Tokyo", "Tokyo"),
        "country": "JP",
        "work": [
            ("Revenue Manager", "Mitsui Garden Hotel Ginza Premier", "2023-02", "", [
                "Daily pricing and stay restrictions in Duetto; lead the weekly revenue meeting with the GM and sales",
                "Negotiate promotions with Rakuten Travel, Jalan and Ikyu account managers; load rates through TL-Lincoln",
                "Monthly forecasts and annual budget with Finance; written reports to the Singapore regional office",
            ]),
            ("Distribution Executive", "Pan Pacific Singapore", "2020-09", "2023-01", [
                "Managed OTA extranets, parity checks and channel-mix reporting",
            ]),
        ],
        "skills": {"Revenue": ["Duetto", "Forecasting", "OTA contracting", "Channel mix"], "Systems": ["TL-Lincoln", "Opera Cloud", "Excel"]},
        "certs": [("Japanese-Language Proficiency Test N1", "Japan Foundation / JEES", "2022-12")],
        "edu": [("Bachelor of Science", "Hotel Administration", "Singapore Institute of Technology", "2020")],
        "langs": [("English", "Native"), ("Mandarin Chinese", "Fluent"), ("Japanese", "Business fluent (JLPT N1)")],
        "unq": {
            "certs": [("Japanese-Language Proficiency Test N3", "Japan Foundation / JEES", "2022-12")],
            "langs": [("English", "Native"), ("Mandarin Chinese", "Fluent"), ("Japanese", "Conversational (JLPT N3)")],
        },
        "decisive": ("Japanese at business level - JLPT N2 or above", ["N2", "JLPT N2"], "language"),
    },
]
