"""Fresh11 half, services: butcher, pool technician, motor vehicle salesperson, commercial cleaner."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "butcher-fresh11-1",
        "occ": "butcher",
        "title": "Butcher - Farm Shop Counter (Full Time)",
        "company": "Hawthorn Farm Shop & Butchery",
        "location": "Harrogate, North Yorkshire, UK",
        "posting": """
Hawthorn Farm Shop is looking for an experienced Butcher to join our busy traditional counter. We sell our own grass-fed beef and lamb plus free-range pork from neighbouring farms, and everything is cut to order on site.

What you'll do
- Break down beef hindquarters/forequarters, lamb and pork carcasses; seam butchery and boning
- Prepare counter displays, sausages, burgers and marinated lines to our recipes
- Serve customers, advise on cuts and cooking, take Christmas and BBQ orders
- Keep the cutting room spotless and follow our HACCP plan and temperature records

What we need
- A minimum of 3 years' experience working as a butcher (craft/traditional counter or cutting plant)
- Level 2 Food Hygiene/Food Safety certificate
- Confident knife skills and safe use of bandsaw, mincer and slicer
- Right to work in the UK

£26,500 - £29,000 per annum, 40 hours over 5 days incl. alternate Saturdays, staff discount, free parking.
""",
        "name": "Callum Pritchard",
        "label": "Craft Butcher",
        "summary": "Traditional counter butcher, boning and seaming beef, lamb and pork from the carcass and serving a busy shop counter. British citizen (right to work in the UK).",
        "where": ("Ripon", "North Yorkshire"),
        "country": "GB",
        "work": [
            ("Craft Butcher", "Weatherall's Family Butchers", "2023-04", "", [
                "Bone and seam beef hinds and fores, whole lambs and pork sides for a high-street counter",
                "Make sausages, burgers and dry-cured bacon to house recipes",
                "Advise customers on cuts, take seasonal turkey and rib orders",
            ]),
            ("Block Butcher", "Dales Meat Co. (cutting plant)", "2021-02", "2023-03", [
                "Boned primals on the line for retail and catering customers using band saw and mincer",
                "Completed daily HACCP checks and cold-room temperature logs",
            ]),
        ],
        "skills": {"Butchery": ["Carcass breakdown", "Seam butchery", "Boning", "Sausage making", "Knife sharpening"], "Food safety": ["HACCP", "Temperature control"]},
        "certs": [
            ("Level 3 Award in Food Safety in Catering", "Highfield Qualifications", "2022-06"),
        ],
        "edu": [("GCSEs", "", "Ripon Grammar School", "2016")],
        "langs": [("English", "Native")],
        "unq": {
            "work": [
                ("Craft Butcher", "Weatherall's Family Butchers", "2025-03", "", [
                    "Bone and seam beef hinds and fores, whole lambs and pork sides for a high-street counter",
                    "Make sausages, burgers and dry-cured bacon to house recipes",
                    "Advise customers on cuts, take seasonal turkey and rib orders",
                ]),
                ("Warehouse Operative", "Dales Distribution Ltd", "2021-02", "2025-02", [
                    "Picked and loaded ambient grocery orders for store deliveries",
                    "Operated a pallet truck and completed daily stock counts",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("at least 3 years' experience as a butcher", ["years", "yrs"], "years"),
    },
    {
        "id": "butcher-fresh11-2",
        "occ": "butcher",
        "title": "Qualified Butcher",
        "company": "Paddock Lane Meats",
        "location": "Toowoomba QLD, Australia",
        "posting": """
Paddock Lane Meats is a family-owned butcher on the Range supplying local restaurants and a loyal retail crowd. We're after a qualified butcher to step into our Tuesday-Saturday roster.

About you
* Cert III in Meat Processing (Retail Butcher) or recognised equivalent trade papers - this is a must
* Able to break down bodies of beef, lamb and pork, bone out and prepare retail cuts and value-added lines
* Good customer service, takes pride in a clean, well-presented window
* Current QLD driver licence (C class) for the odd restaurant delivery

$32-$36 per hour depending on experience + super. Early starts, no Sundays.

To apply, send your resume with a short cover letter.
""",
        "name": "Jarrah Whitcombe",
        "label": "Tradesperson Butcher",
        "summary": "Trade-qualified retail butcher with full carcass breakdown, smallgoods and window display experience.",
        "where": ("Toowoomba", "QLD"),
        "country": "AU",
        "work": [
            ("Butcher", "Harristown Quality Meats", "2023-02", "", [
                "Break down beef bodies, lamb and pork carcasses into primals and retail cuts",
                "Prepare value-added lines: marinated kebabs, rissoles, stuffed loins, sausages",
                "Dress and maintain the display window and serve retail customers",
            ]),
            ("Apprentice Butcher", "Darling Downs Butchery", "2020-01", "2023-01", [
                "Completed a three-year retail butchery apprenticeship",
                "Learned boning, slicing, mincing and sausage production under a master butcher",
            ]),
        ],
        "skills": {"Butchery": ["Carcass breakdown", "Boning", "Value-added products", "Window display", "Bandsaw"]},
        "certs": [
            ("Certificate III in Meat Processing (Retail Butcher) - AMP30815", "TAFE Queensland", "2023-01"),
            ("Queensland Driver Licence - Class C (open)", "Queensland Department of Transport and Main Roads", "2018-08"),
        ],
        "edu": [("Queensland Certificate of Education", "", "Harristown State High School", "2018")],
        "langs": [("English", "Native")],
        "unq": {
            "label": "Butcher's Assistant",
            "summary": "Retail meat room assistant with carcass breakdown support, smallgoods and window display experience.",
            "certs": [
                ("Certificate II in Meat Processing (Meat Retailing) - AMP20415", "TAFE Queensland", "2022-06"),
                ("Queensland Driver Licence - Class C (open)", "Queensland Department of Transport and Main Roads", "2018-08"),
            ],
        },
        "swaps": [("\"Butcher\"", "\"Butcher's Assistant\""), ("Apprentice Butcher", "Meat Room Trainee"), ("Completed a three-year retail butchery apprenticeship", "Completed a retail meat room traineeship"), ("under a master butcher", "alongside the shop butchers")],
        "decisive": ("Cert III in Meat Processing (Retail Butcher)", ["Cert III", "Certificate III"], "credential level"),
    },
    {
        "id": "pool_technician-fresh11-1",
        "occ": "pool_technician",
        "title": "Pool Service Technician - CPO Required",
        "company": "Gulf Breeze Pool Care",
        "location": "Sarasota, FL",
        "posting": """
Gulf Breeze Pool Care services 400+ residential and HOA/condo pools across Sarasota and Manatee counties. We're adding a route tech for our commercial accounts.

Responsibilities:
- Run a weekly route of commercial and residential pools: brush, vacuum, skim, clean filters
- Test and balance water chemistry; keep state-required chemical logs for commercial pools
- Troubleshoot pumps, heaters, salt cells and automation; replace motors and seals
- Report equipment issues and upsell repairs to the office

Requirements:
- Certified Pool/Spa Operator (CPO) certification - required for our commercial accounts, no exceptions
- 1+ yr pool service experience
- Valid FL driver's license and clean driving record (company truck provided)
- Able to work outdoors in Florida heat

$20-$26/hr + route bonuses, health insurance, paid time off.
""",
        "name": "Marcus Delgado",
        "label": "Pool Route Technician",
        "summary": "Pool service tech running commercial and residential routes; water chemistry, equipment repair and health-department logs. Valid Florida driver's license, clean driving record.",
        "where": ("Bradenton", "FL"),
        "work": [
            ("Route Technician", "Suncoast Pool Service", "2023-05", "", [
                "Service 60+ residential and condo pools per week: brushing, vacuuming, filter cleans",
                "Balance chlorine, pH, alkalinity and calcium hardness; keep daily chemical logs for community pools",
                "Replace pump motors, seals and salt cells; program Pentair and Jandy automation",
            ]),
            ("Pool Maintenance Helper", "Blue Wave Pools", "2022-03", "2023-04", [
                "Cleaned residential pools and assisted with filter and heater repairs",
            ]),
        ],
        "skills": {"Pool service": ["Water chemistry", "Pump and motor repair", "Salt chlorine generators", "Filter service", "Pool automation"]},
        "certs": [
            ("Certified Pool & Spa Operator, Pool & Hot Tub Alliance", "Pool & Hot Tub Alliance (PHTA)", "2023-09"),
            ("Florida Driver License, Class E", "Florida DHSMV", "2016-07"),
        ],
        "edu": [("High School Diploma", "", "Southeast High School", "2017")],
        "langs": [("English", "Native"), ("Spanish", "Conversational")],
        "unq": {
            "certs": [
                ("OSHA 10-Hour General Industry", "OSHA Outreach Training Program", "2023-09"),
                ("Florida Driver License, Class E", "Florida DHSMV", "2016-07"),
            ],
        },
        "swaps": [],
        "decisive": ("Certified Pool/Spa Operator (CPO) certification", ["CPO", "Certified Pool", "Pool & Spa Operator"], "certificate"),
    },
    {
        "id": "pool_technician-fresh11-2",
        "occ": "pool_technician",
        "title": "Pool Technician",
        "company": "Blue Cape Pools (Pty) Ltd",
        "location": "Durbanville, Cape Town, South Africa",
        "posting": """
POOL TECHNICIAN - DURBANVILLE

Blue Cape Pools builds, renovates and maintains swimming pools across the Northern Suburbs. We need a reliable Pool Technician for maintenance contracts and repairs.

Duties:
- Weekly pool servicing: vacuuming, backwashing, chemical dosing
- Installing and repairing pumps, filters, chlorinators and heat pumps
- Leak detection and basic plumbing on pool equipment
- Reporting to the Operations Manager and liaising with clients

Requirements:
- Matric (Grade 12)
- Minimum 3 years' experience as a pool technician / in pool maintenance and repairs
- Valid Code B (Code 08) driver's licence - you will drive a company bakkie
- Able to communicate in English and Afrikaans

Salary: R13 000 - R16 000 per month, depending on experience, plus overtime. Preference will be given to EE candidates in line with our Employment Equity plan.
""",
        "name": "Sipho Jacobs",
        "label": "Swimming Pool Maintenance Technician",
        "summary": "Hands-on pool technician: servicing contracts, pump and filter installs, chlorinators and leak repairs.",
        "where": ("Kraaifontein", "Western Cape"),
        "country": "ZA",
        "work": [
            ("Pool Maintenance Technician", "Aqua Blue Pool Services", "2022-08", "", [
                "Service 40 domestic and complex pools weekly: vacuuming, backwashing and chemical dosing",
                "Install and repair pool pumps, sand filters, salt chlorinators and heat pumps",
                "Find and repair leaks on pool plumbing and fittings",
            ]),
            ("Pool Service Assistant", "Cape Pool & Spa", "2020-11", "2022-07", [
                "Serviced pools on a bakkie route and assisted with equipment installs",
            ]),
        ],
        "skills": {"Pool work": ["Pool servicing", "Pump installation", "Filter repair", "Salt chlorinators", "Leak detection"]},
        "certs": [
            ("Driver's Licence Code B (EB)", "Department of Transport", "2019-03"),
        ],
        "edu": [("National Senior Certificate", "", "Kraaifontein High School", "2018")],
        "langs": [("Afrikaans", "Native"), ("English", "Fluent"), ("isiXhosa", "Conversational")],
        "unq": {
            "work": [
                ("Pool Maintenance Technician", "Aqua Blue Pool Services", "2025-01", "", [
                    "Service 40 domestic and complex pools weekly: vacuuming, backwashing and chemical dosing",
                    "Install and repair pool pumps, sand filters, salt chlorinators and heat pumps",
                    "Find and repair leaks on pool plumbing and fittings",
                ]),
                ("Garden Services Worker", "Greenfingers Garden Care", "2019-11", "2024-12", [
                    "Mowed lawns, trimmed hedges and removed garden refuse for residential clients",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("minimum 3 years' pool technician experience", ["years", "yrs"], "years"),
    },
    {
        "id": "motor_vehicle_salesperson-fresh11-1",
        "occ": "motor_vehicle_salesperson",
        "title": "Automotive Sales Consultant",
        "company": "Credit River Honda",
        "location": "Mississauga, ON, Canada",
        "posting": """
Credit River Honda is growing and we're looking for an Automotive Sales Consultant to join our award-winning team.

What you'll do:
- Greet and qualify walk-in, phone and internet customers
- Conduct product presentations and test drives on new and certified pre-owned Hondas
- Negotiate and close deals, appraise trade-ins with the used car manager
- Follow up with every customer through our CRM and build a repeat and referral base

What you bring:
- Active OMVIC salesperson registration (required - we cannot hire unregistered salespeople)
- 2+ years of vehicle sales experience
- Full G driver's licence with a clean abstract
- Legally entitled to work in Canada

Competitive commission plan with a guaranteed base for the first 90 days, group benefits, demo program.
""",
        "name": "Priya Raghunathan",
        "label": "New & Used Vehicle Sales Professional",
        "summary": "Dealership sales consultant with consistent top-three monthly unit volume across new and certified pre-owned. Canadian citizen.",
        "where": ("Mississauga", "ON"),
        "country": "CA",
        "work": [
            ("Sales and Leasing Consultant", "Lakeshore Toyota", "2023-01", "", [
                "Sell 14-18 new and certified pre-owned units per month; consistent top-three in the store",
                "Handle internet leads and phone-ups through the dealership CRM",
                "Structure finance and lease offers with the business office",
            ]),
            ("Product Advisor", "Meadowvale Mazda", "2021-03", "2022-12", [
                "Qualified walk-in customers, demonstrated vehicles and completed trade appraisals with the used car manager",
            ]),
        ],
        "skills": {"Sales": ["Needs assessment", "Negotiation", "Lease and finance structuring", "Trade-in appraisal", "CRM follow-up"], "Other": ["Full G licence, clean driver's abstract"]},
        "certs": [
            ("Registered Motor Vehicle Salesperson, Ontario Motor Vehicle Industry Council", "Ontario Motor Vehicle Industry Council", "2021-02"),
            ("Ontario Driver's Licence, Class G (full)", "Ontario Ministry of Transportation", "2015-06"),
        ],
        "edu": [("Diploma", "Business Administration - Marketing", "Sheridan College", "2019")],
        "langs": [("English", "Fluent"), ("Tamil", "Native")],
        "unq": {
            "certs": [
                ("Registered Automotive Salesperson, Alberta Motor Vehicle Industry Council (AMVIC)", "AMVIC", "2021-02"),
                ("Ontario Driver's Licence, Class G (full; exchanged from Alberta Class 5, driving since 2015)", "Ontario Ministry of Transportation", "2026-03"),
            ],
            "summary": "Dealership sales consultant (relocated from Calgary in 2026) with consistent top-three monthly unit volume across new and certified pre-owned. Canadian citizen.",
        },
        "swaps": [("Lakeshore Toyota", "Crowfoot Toyota (Calgary, AB)"), ("Meadowvale Mazda", "Glenmore Mazda (Calgary, AB)")],
        "decisive": ("active OMVIC (Ontario) salesperson registration", ["OMVIC", "Ontario Motor Vehicle Industry Council"], "jurisdiction"),
    },
    {
        "id": "motor_vehicle_salesperson-fresh11-2",
        "occ": "motor_vehicle_salesperson",
        "title": "Sales Consultant - New & Pre-Owned (VinSolutions)",
        "company": "Badger State Chevrolet",
        "location": "Madison, WI",
        "posting": """
Badger State Chevrolet - Sales Consultant

We're a high-volume Chevy store (180+ units/mo) w/ a process-driven sales floor. Every lead, call, text and appointment lives in VinSolutions, and we coach to it daily.

must have:
- 2+ yrs auto sales (new or used)
- hands-on VinSolutions CRM experience: working the daily task list, logging showroom visits, desking handoffs - required, we don't train from zero
- valid WI driver's license, insurable
- able to obtain a Wisconsin salesperson license (we sponsor & pay)

nice to have: Spanish, GM Certified training

Pay: $55k-$95k+ (commission + volume bonuses), 401(k), medical/dental, 5-day work week w/ one weekend day off per month.
""",
        "name": "Tyler Brandvold",
        "label": "Automotive Sales Consultant",
        "summary": "Process-driven car salesman averaging 16 units/month; strong phone-up and internet lead conversion. Valid Wisconsin driver's license, insurable.",
        "where": ("Sun Prairie", "WI"),
        "work": [
            ("Sales Consultant", "Capitol City Ford", "2022-09", "", [
                "Averaged 16 new and used units per month over the last 24 months",
                "Worked daily task lists, logged showroom traffic and desk handoffs in Cox Automotive VinSolutions Connect CRM",
                "Converted internet and phone leads to appointments at a 38% show rate",
            ]),
            ("Internet Sales Coordinator", "Monona Hyundai", "2021-05", "2022-08", [
                "Responded to third-party and OEM leads and set sales appointments",
            ]),
        ],
        "skills": {"Sales": ["Lead conversion", "Negotiation", "Finance handoff", "Product walkarounds"], "Systems": ["VinSolutions Connect CRM", "vAuto", "DealerTrack"]},
        "certs": [
            ("Wisconsin Motor Vehicle Salesperson License", "Wisconsin Department of Transportation", "2021-05"),
            ("Wisconsin Driver License, Class D", "Wisconsin DMV", "2012-04"),
        ],
        "edu": [("Associate of Applied Science", "Business Management", "Madison College", "2016")],
        "langs": [("English", "Native")],
        "unq": {
            "skills": {"Sales": ["Lead conversion", "Negotiation", "Finance handoff", "Product walkarounds"], "Systems": ["DealerSocket CRM", "vAuto", "DealerTrack"]},
        },
        "swaps": [("Cox Automotive VinSolutions Connect CRM", "DealerSocket CRM")],
        "decisive": ("hands-on VinSolutions CRM experience", ["VinSolutions", "Vin Solutions"], "tool"),
    },
    {
        "id": "commercial_cleaner-fresh11-1",
        "occ": "commercial_cleaner",
        "title": "Commercial Cleaner - Schools Contract (Evenings)",
        "company": "Brightwell Facility Services Ltd",
        "location": "Leicester, UK",
        "posting": """
Brightwell Facility Services provides cleaning to 30 primary and secondary schools across Leicester and Leicestershire. We are recruiting cleaning operatives for evening shifts, Monday to Friday, 3:30pm-7:00pm, term time plus deep cleans in the holidays.

Duties include cleaning classrooms, corridors, toilets and offices; emptying bins and recycling; mopping and using rotary/scrubber-drier machines; reporting maintenance issues to the site supervisor.

Essential:
- Enhanced DBS (including children's barred list) - as you will be working on school sites, this is a condition of the job; we accept a current certificate registered on the DBS Update Service
- Previous cleaning experience in a commercial or school environment
- COSHH awareness
- Right to work in the UK

£12.60 per hour, paid weekly, uniform and training provided.
""",
        "name": "Agnieszka Nowicka",
        "label": "Cleaning Operative",
        "summary": "Reliable contract cleaner with office and school experience; safe chemical handling and machine cleaning. EU Settled Status - full right to work in the UK.",
        "where": ("Leicester", "Leicestershire"),
        "country": "GB",
        "work": [
            ("Cleaning Operative", "Midshires Contract Cleaning", "2022-09", "", [
                "Clean offices, washrooms and kitchens in a 6-storey office block on evening shifts",
                "Operate a scrubber-drier and rotary floor machine; dilute chemicals to COSHH data sheets",
            ]),
            ("School Cleaner", "Fosse Academy Trust", "2020-01", "2022-08", [
                "Cleaned classrooms, corridors and toilets after the school day",
                "Reported damage and maintenance issues to the site manager",
            ]),
        ],
        "skills": {"Cleaning": ["Floor care machines", "Washroom hygiene", "COSHH", "Colour-coded cleaning"]},
        "certs": [
            ("Enhanced Disclosure and Barring Service certificate with children's barred list check (on Update Service)", "Disclosure and Barring Service", "2024-08"),
            ("COSHH Awareness", "iHASCO", "2023-02"),
        ],
        "edu": [],
        "langs": [("Polish", "Native"), ("English", "Fluent")],
        "unq": {
            "certs": [
                ("Basic DBS check (criminal record certificate)", "Disclosure and Barring Service", "2024-08"),
                ("COSHH Awareness", "iHASCO", "2023-02"),
            ],
        },
        "swaps": [],
        "decisive": ("Enhanced DBS with children's barred list", ["Enhanced DBS", "Enhanced", "barred list"], "clearance level"),
    },
    {
        "id": "commercial_cleaner-fresh11-2",
        "occ": "commercial_cleaner",
        "title": "Commercial Cleaner (Office Buildings) - Night Shift",
        "company": "SparkleWorks Facility Pte Ltd",
        "location": "Jurong East, Singapore",
        "posting": """
SparkleWorks Facility Pte Ltd - Commercial Cleaner (Night Shift)

Location: Jurong East (office towers near MRT)
Working hours: 10pm - 6am, 5.5 days/week
Salary: $2,100 - $2,400 (in line with the Progressive Wage Model) + night shift allowance + AWS

Job Scope:
- General cleaning of office floors, pantries, lift lobbies and toilets
- Operate auto scrubber and carpet extractor machines
- Refill consumables, clear trash and recyclables
- Report defects and incidents to the supervisor

Requirements:
- Min 2 years experience in commercial / office building cleaning
- Able to operate auto scrubber
- Singaporeans / PRs only
- WSQ cleaning courses under PWM will be arranged by the company

Interested candidates please WhatsApp your resume or apply here.
""",
        "name": "Tan Mei Ling",
        "label": "Office Cleaner",
        "summary": "Office building cleaner on night shifts; machine floor care and washroom upkeep. Singapore Citizen.",
        "where": ("Singapore", ""),
        "country": "SG",
        "work": [
            ("Cleaner (Night Shift)", "CleanPro Services Pte Ltd", "2023-07", "", [
                "Clean office floors, pantries and lift lobbies at a 20-storey commercial building",
                "Operate ride-on and walk-behind auto scrubbers and carpet extractors",
            ]),
            ("Washroom Attendant", "Jurong Point Shopping Centre (Mall Management)", "2021-10", "2023-06", [
                "Kept mall washrooms clean and stocked during peak hours; recorded cleaning checklists",
            ]),
        ],
        "skills": {"Cleaning": ["Auto scrubber", "Carpet extraction", "Toilet cleaning", "Pantry cleaning"]},
        "certs": [
            ("WSQ Environmental Cleaning module (PWM)", "SkillsFuture Singapore", "2022-03"),
        ],
        "edu": [("GCE N-Level", "", "Yuhua Secondary School", "1996")],
        "langs": [("Mandarin", "Native"), ("English", "Conversational")],
        "unq": {
            "work": [
                ("Cleaner (Night Shift)", "CleanPro Services Pte Ltd", "2026-01", "", [
                    "Clean office floors, pantries and lift lobbies at a 20-storey commercial building",
                    "Operate ride-on and walk-behind auto scrubbers and carpet extractors",
                ]),
                ("Stall Assistant", "Jurong Point Food Court", "2021-10", "2025-12", [
                    "Prepared drinks, served customers and handled cash at a drinks stall",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("min 2 years commercial cleaning experience", ["years", "yrs"], "years"),
    },
]
# fmt: on
