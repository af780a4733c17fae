"""Fresh9 set, logistics: inventory controller, air cargo agent, demand planner."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "inventory_controller-fresh9-1",
        "occ": "inventory_controller",
        "title": "Inventory Controller - Multi-Client Fulfilment Centre",
        "company": "Midlands Parcel Fulfilment Ltd",
        "location": "Daventry, Northamptonshire, UK",
        "posting": """
Inventory Controller
Midlands Parcel Fulfilment Ltd - DIRFT, Daventry
Permanent, Monday-Friday 07:00-15:30, GBP 31,000-34,000

We run e-commerce fulfilment for 25 fashion, beauty and homeware brands out of a 400,000 sq ft site. Stock accuracy is what our clients pay us for.

The role:
- Plan and run the daily cycle-count programme and the quarterly wall-to-wall counts
- Investigate and resolve stock variances, write-offs and location discrepancies
- Reconcile system stock with client records and report accuracy KPIs weekly
- Manage returns-to-stock and quarantine locations
- Train warehouse team leaders on stock-control processes

Requirements:
- 3+ years' experience in inventory or stock control within a warehouse or distribution centre
- Experience with SAP EWM, SAP WM or a comparable WMS
- Strong Excel (pivot tables, VLOOKUP/XLOOKUP)
- Right to work in the UK

Counterbalance or reach truck licence is desirable but not essential. 25 days' holiday plus bank holidays, pension, on-site parking and subsidised canteen.
""",
        "name": "Kieran Walsh",
        "label": "Stock Control Analyst",
        "summary": "Warehouse stock-control specialist at a large Midlands DC; cycle counting, variance investigation and client stock reconciliations in SAP EWM. British citizen with full right to work in the UK.",
        "where": ("Northampton", "England"),
        "country": "GB",
        "work": [
            ("Inventory Controller", "Northants Distribution Services", "2022-01", "", [
                "Run the daily cycle-count plan across 60,000 pick faces and lead quarterly full counts",
                "Investigate variances and location errors in SAP EWM; raise adjustments for approval",
                "Reconcile stock with three retail clients and publish the weekly accuracy KPI (99.7% in 2026)",
            ]),
            ("Warehouse Operative", "Northants Distribution Services", "2019-08", "2021-12", [
                "Picking, packing and goods-in on RF scanners; trained as reach truck operator",
            ]),
        ],
        "skills": {"Inventory": ["Cycle counting", "Variance investigation", "Stock reconciliation", "Returns processing"], "Systems": ["SAP EWM", "Excel (pivots, XLOOKUP)", "Power BI"]},
        "certs": [("Reach Truck Operator (RTITB)", "RTITB", "2021-03")],
        "edu": [("Level 3 Diploma", "Supply Chain Operations", "Northampton College", "2019")],
        "unq": {
            "work": [
                ("Inventory Controller", "Northants Distribution Services", "2024-10", "", [
                    "Run the daily cycle-count plan across 60,000 pick faces and lead quarterly full counts",
                    "Investigate variances and location errors in SAP EWM; raise adjustments for approval",
                    "Reconcile stock with three retail clients and publish the weekly accuracy KPI (99.7% in 2026)",
                ]),
                ("Warehouse Operative", "Northants Distribution Services", "2019-08", "2024-09", [
                    "Picking, packing and goods-in on RF scanners; trained as reach truck operator",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("3+ years inventory/stock control in a warehouse or DC", ["years", "yrs"], "years"),
    },
    {
        "id": "inventory_controller-fresh9-2",
        "occ": "inventory_controller",
        "title": "Inventory Control Specialist",
        "company": "Great Lakes Components Inc.",
        "location": "Grand Rapids, MI",
        "posting": """
Great Lakes Components manufactures precision stampings and assemblies for automotive and appliance OEMs. We're hiring an Inventory Control Specialist for our main plant (raw material, WIP and finished goods).

Responsibilities
- Own cycle counting and inventory accuracy for raw steel coil, purchased components, WIP and finished goods
- Set and maintain min/max, safety stock and reorder points in Epicor Kinetic
- Investigate and correct BOM, routing and transaction errors that cause variances
- Lead the annual physical inventory with Finance

Qualifications
- ASCM (APICS) CPIM certification required
- 2+ years of inventory control experience in a manufacturing environment
- ERP experience (Epicor, SAP or Oracle); advanced Excel
- Associate's or bachelor's degree in supply chain, business or related field

Medical, dental and vision from day one, 401(k) with 4% match, quarterly profit sharing. Great Lakes Components is an equal opportunity employer.
""",
        "name": "Tyler Brandt",
        "label": "Materials & Inventory Analyst",
        "summary": "Inventory analyst in automotive manufacturing; cycle counts, replenishment parameters and transaction clean-up in Epicor and SAP.",
        "where": ("Holland", "MI"),
        "country": "US",
        "work": [
            ("Inventory Analyst", "Lakeshore Metal Forming LLC", "2022-05", "", [
                "Run the cycle-count program for coil, purchased parts, WIP and finished goods; plant accuracy above 98%",
                "Maintain min/max and safety stock settings in Epicor Kinetic for 4,000 part numbers",
                "Correct BOM and backflush errors with engineering; lead the annual physical inventory with the controller",
            ]),
            ("Materials Coordinator", "West Michigan Seating Systems", "2020-01", "2022-04", [
                "Scheduled inbound deliveries and released kanban signals to suppliers in SAP",
            ]),
        ],
        "skills": {"Inventory": ["Cycle counting", "Safety stock", "Reorder points", "BOM accuracy"], "Systems": ["Epicor Kinetic", "SAP MM", "Excel (advanced)"]},
        "certs": [
            ("Certified in Planning and Inventory Management (CPIM)", "ASCM (Association for Supply Chain Management)", "2023-04"),
            ("Lean Six Sigma Yellow Belt", "Grand Valley State University", "2021-06"),
        ],
        "edu": [("Bachelor of Business Administration", "Supply Chain Management", "Grand Valley State University", "2019")],
        "unq": {
            "certs": [
                ("Lean Six Sigma Yellow Belt", "Grand Valley State University", "2021-06"),
            ],
        },
        "swaps": [],
        "decisive": ("ASCM (APICS) CPIM certification", ["CPIM", "Certified in Planning and Inventory Management"], "certificate"),
    },
    {
        "id": "air_cargo_agent-fresh9-1",
        "occ": "air_cargo_agent",
        "title": "Air Cargo Agent - Export Acceptance (Airside)",
        "company": "Southern Cross Air Freight Terminals",
        "location": "Mascot, NSW, Australia (Sydney Airport)",
        "posting": """
Southern Cross Air Freight Terminals handles international export and import cargo for 14 airlines at Sydney Airport. Our export acceptance team checks in freight from forwarders, builds ULDs and delivers them to aircraft.

About the role (rotating shifts, 24/7 operation)
- Accept export shipments: check air waybills, weights, dimensions and security status
- Check dangerous goods and perishables against airline and IATA requirements before acceptance
- Build up pallets and containers and tow ULDs to the aircraft stand
- Record shipments in the cargo management system (Hermes)

Essential
- A current red ASIC - the role requires unescorted access to the airside security zone from day one
- High Risk Work Licence - forklift (LF)
- Dangerous goods acceptance training (IATA DGR, CBTA) or willingness to complete our in-house course
- Australian citizenship or permanent residency
- Manual car licence

Award wages plus shift penalties, paid training and free staff parking.
""",
        "name": "Ben Nakamura",
        "label": "Export Cargo Handler",
        "summary": "Air freight terminal operator at Sydney Airport since 2021; export acceptance, ULD build-up and airside delivery for international carriers. Australian citizen.",
        "where": ("Sydney", "NSW"),
        "country": "AU",
        "work": [
            ("Cargo Acceptance Officer", "Botany Bay Aviation Services", "2021-06", "", [
                "Check in export freight from forwarders: air waybills, weights, dimensions and screening status",
                "Build pallets and containers for wide-body freighters and passenger belly holds",
                "Tow ULD trains to aircraft stands and hand over to ramp crews",
                "Record acceptance and build-up in Hermes",
            ]),
            ("Warehouse Storeperson", "Alexandria Freight Logistics", "2019-02", "2021-05", [
                "Forklift operation, receiving and dispatch for a freight forwarder's CFS",
            ]),
        ],
        "skills": {"Cargo": ["Export acceptance", "ULD build-up", "Airside towing", "Perishables handling"], "Systems": ["Hermes", "Cargospot"]},
        "certs": [
            ("Aviation Security Identification Card - red ASIC (airside security zone)", "Sydney Airport ASIC issuing body (AusCheck background check)", "2025-03"),
            ("High Risk Work Licence - Forklift truck (LF)", "SafeWork NSW", "2019-01"),
            ("IATA Dangerous Goods Regulations - acceptance (CBTA)", "IATA Training", "2025-06"),
            ("NSW Class C driver licence (manual)", "Service NSW", ""),
        ],
        "edu": [("Higher School Certificate", "", "Randwick Boys High School", "2018")],
        "unq": {
            "certs": [
                ("Aviation Security Identification Card - grey ASIC (secure area, landside)", "Sydney Airport ASIC issuing body (AusCheck background check)", "2025-03"),
                ("High Risk Work Licence - Forklift truck (LF)", "SafeWork NSW", "2019-01"),
                ("IATA Dangerous Goods Regulations - acceptance (CBTA)", "IATA Training", "2025-06"),
                ("NSW Class C driver licence (manual)", "Service NSW", ""),
            ],
        },
        "swaps": [("Tow ULD trains to aircraft stands and hand over to ramp crews", "Stage finished ULDs at the terminal dock for the ramp crews to tow airside")],
        "decisive": ("Current red ASIC (airside)", ["red ASIC"], "clearance level"),
    },
    {
        "id": "air_cargo_agent-fresh9-2",
        "occ": "air_cargo_agent",
        "title": "Cargo Agent / Shuttle Driver - DZ",
        "company": "Pearson Gateway Cargo Handling",
        "location": "Mississauga, ON, Canada",
        "posting": """
pearson gateway cargo handling - cargo agent / shuttle driver (full time, rotating shifts)

we handle import & export freight for 20 airlines at toronto pearson. this role splits time between the warehouse floor and shuttling freight between our two buildings, airline warehouses and forwarders near the airport.

duties:
- receive and release shipments, check AWBs & paperwork, customs holds
- load/unload trucks, build & break down ULDs
- drive our 26 ft straight trucks (air brakes) on airport shuttle runs

must have:
- valid ontario DZ licence (class D + Z air brake endorsement), clean abstract
- transportation security clearance (TSC) / RAIC or able to obtain
- TDG certificate (we can provide)
- forklift experience

$23.50/hr + shift premium, benefits, overtime available.
""",
        "name": "Harpreet Sandhu",
        "label": "Air Freight Warehouse & Driver",
        "summary": "Air cargo warehouse agent and straight-truck driver at Toronto Pearson; import release, ULD work and airport shuttle runs; clean driver's abstract.",
        "where": ("Brampton", "ON"),
        "country": "CA",
        "work": [
            ("Cargo Agent / Driver", "Airport Road Freight Services", "2021-06", "", [
                "Receive and release import shipments, check air waybills and CBSA holds",
                "Build and break down ULDs; load and unload trailers at the dock",
                "Drive 24-26 ft air-brake straight trucks between airline warehouses and forwarders",
            ]),
            ("Warehouse Associate", "Peel Distribution Inc.", "2019-03", "2021-05", [
                "Forklift and reach truck operation, shipping and receiving",
            ]),
        ],
        "skills": {"Cargo": ["Import release", "ULD build-up", "Dock operations", "Forklift"], "Systems": ["CHAMP Cargospot"]},
        "certs": [
            ("Ontario Class DZ driver's licence (Class D with Z air brake endorsement)", "Ontario Ministry of Transportation", "2021-04"),
            ("Transportation Security Clearance (TSC) and RAIC, Toronto Pearson", "Transport Canada / GTAA", "2021-08"),
            ("Transportation of Dangerous Goods (TDG) certificate", "Employer", "2025-05"),
            ("Counterbalance forklift operator certificate", "Employer", "2025-05"),
        ],
        "edu": [("Ontario Secondary School Diploma", "", "Turner Fenton Secondary School", "2018")],
        "langs": [("English", "Fluent"), ("Punjabi", "Native")],
        "unq": {
            "certs": [
                ("Ontario Class D driver's licence", "Ontario Ministry of Transportation", "2021-04"),
                ("Transportation Security Clearance (TSC) and RAIC, Toronto Pearson", "Transport Canada / GTAA", "2021-08"),
                ("Transportation of Dangerous Goods (TDG) certificate", "Employer", "2025-05"),
                ("Counterbalance forklift operator certificate", "Employer", "2025-05"),
            ],
        },
        "swaps": [("Drive 24-26 ft air-brake straight trucks between airline warehouses and forwarders", "Drive 24 ft hydraulic-brake cube vans between airline warehouses and forwarders")],
        "decisive": ("Ontario DZ licence (Z air brake endorsement)", ["DZ", "Z air brake", "air brake", "air-brake"], "endorsement"),
    },
    {
        "id": "demand_planner-fresh9-1",
        "occ": "demand_planner",
        "title": "Demand Planner Benelux",
        "company": "Polder Foods Group B.V.",
        "location": "Breda, Netherlands",
        "posting": """
Polder Foods Group makes chilled dairy desserts and plant-based products for retailers in the Benelux and Germany. Our S&OP team is moving its demand planning onto Kinaxis, and we're looking for a Demand Planner to own the Benelux retail forecast.

Your role
- Build and own the statistical baseline and the promotional uplift forecast for 350 SKUs
- Run the monthly demand review with Sales and Marketing and present the consensus to the S&OP meeting
- Track forecast accuracy and bias, and explain and fix the biggest misses
- Plan new-product launches and phase-outs together with Marketing

Must have
- Bachelor's or Master's in supply chain, econometrics, business or similar
- 3+ years of demand planning in FMCG
- Hands-on Kinaxis RapidResponse experience (building worksheets and scenarios)
- Fluent English; Dutch is a plus

Nice to have: Power BI, experience with fresh or short shelf-life products.

We offer a salary of EUR 4,200-5,300 gross per month, 8% holiday allowance, 27 vacation days, a good pension and a hybrid working policy.
""",
        "name": "Thijs Bakker",
        "label": "Forecasting & S&OP Analyst",
        "summary": "Demand planner with five years in chilled and frozen FMCG; statistical and promotional forecasting, consensus meetings and launch planning.",
        "where": ("Tilburg", "North Brabant"),
        "country": "NL",
        "work": [
            ("Demand Planner", "Brabant Frozen Foods B.V.", "2021-09", "", [
                "Own the baseline and promotion forecast for 280 SKUs sold to Albert Heijn, Jumbo and Colruyt",
                "Build forecast worksheets and what-if scenarios in Kinaxis RapidResponse",
                "Run the monthly demand review and present the consensus forecast at S&OP",
                "Cut weighted MAPE from 38% to 29% in two years by reworking promo uplift assumptions",
            ]),
            ("Junior Supply Chain Analyst", "Zuid Logistiek B.V.", "2020-02", "2021-08", [
                "Reported stock levels and service KPIs for a chilled distribution centre",
            ]),
        ],
        "skills": {"Planning": ["Statistical forecasting", "Promo uplift", "Consensus forecasting", "S&OP", "NPD launch planning"], "Tools": ["Kinaxis RapidResponse", "Power BI", "Excel"]},
        "certs": [],
        "edu": [("Master of Science", "Supply Chain Management", "Tilburg University", "2020")],
        "langs": [("Dutch", "Native"), ("English", "Fluent (C1)"), ("German", "Intermediate")],
        "unq": {
            "skills": {"Planning": ["Statistical forecasting", "Promo uplift", "Consensus forecasting", "S&OP", "NPD launch planning"], "Tools": ["SAP APO-DP", "Power BI", "Excel"]},
        },
        "swaps": [("Build forecast worksheets and what-if scenarios in Kinaxis RapidResponse", "Build forecast views and what-if scenarios in SAP APO-DP")],
        "decisive": ("Hands-on Kinaxis RapidResponse", ["Kinaxis", "RapidResponse"], "tool"),
    },
    {
        "id": "demand_planner-fresh9-2",
        "occ": "demand_planner",
        "title": "Senior Demand Planner",
        "company": "Highveld Beverages (Pty) Ltd",
        "location": "Midrand, Gauteng, South Africa",
        "posting": """
Senior Demand Planner - Highveld Beverages (Pty) Ltd, Midrand

Highveld Beverages bottles and distributes soft drinks, juices and water across South Africa and the SADC region. Reporting to the Demand & S&OP Manager, the Senior Demand Planner leads forecasting for the national modern-trade channel and coaches two planners.

Key performance areas
- Own the 18-month rolling forecast for modern trade (Shoprite, Pick n Pay, Checkers, Spar, Woolworths)
- Lead the monthly demand review and sign off the unconstrained demand plan for S&OP
- Model promotions, price changes and load-shedding effects on demand
- Improve forecast accuracy and bias; coach and review the work of two demand planners

Minimum requirements
- BCom / BSc in Supply Chain, Statistics, Economics or related
- IBF Advanced Certified Professional Forecaster (ACPF) - required for this senior grade (CPF holders are considered for the Planner grade)
- 5+ years in demand planning, FMCG preferred
- SAP IBP or APO experience; advanced Excel
- Valid South African driver's licence (Code B/EB)

Employment Equity: preference will be given to candidates from designated groups in line with our EE plan.
""",
        "name": "Thandiwe Mokoena",
        "label": "Demand Planning Lead",
        "summary": "Demand planning lead with seven years in South African beverages and FMCG; rolling forecasts, promotion modelling and coaching junior planners.",
        "where": ("Johannesburg", "Gauteng"),
        "country": "ZA",
        "work": [
            ("Demand Planning Lead, Modern Trade", "Jacaranda Soft Drinks (Pty) Ltd", "2022-03", "", [
                "Own the 18-month rolling forecast for modern-trade customers across 600 SKUs in SAP IBP",
                "Lead the monthly demand review and sign off the unconstrained plan for S&OP",
                "Model promotions, price increases and load-shedding impacts on weekly demand",
                "Coach and review two demand planners; lifted channel forecast accuracy from 61% to 72%",
            ]),
            ("Demand Planner", "Karoo Snacks (Pty) Ltd", "2019-07", "2022-02", [
                "Forecast salty snacks for wholesale and informal trade in SAP APO-DP",
            ]),
        ],
        "skills": {"Planning": ["Rolling forecasts", "Promotion modelling", "S&OP", "Forecast accuracy and bias", "Team coaching"], "Tools": ["SAP IBP", "SAP APO-DP", "Excel (advanced)", "R"]},
        "certs": [
            ("Advanced Certified Professional Forecaster (ACPF)", "Institute of Business Forecasting & Planning (IBF)", "2024-05"),
            ("Certified Professional Forecaster (CPF)", "Institute of Business Forecasting & Planning (IBF)", "2021-10"),
            ("South African driver's licence, Code B", "Department of Transport", ""),
        ],
        "edu": [("BCom", "Supply Chain Management", "University of Johannesburg", "2018")],
        "langs": [("English", "Fluent"), ("isiZulu", "Native"), ("Sesotho", "Fluent")],
        "unq": {
            "certs": [
                ("Certified Professional Forecaster (CPF)", "Institute of Business Forecasting & Planning (IBF)", "2021-10"),
                ("South African driver's licence, Code B", "Department of Transport", ""),
            ],
        },
        "swaps": [],
        "decisive": ("IBF Advanced Certified Professional Forecaster (ACPF)", ["ACPF", "Advanced Certified Professional Forecaster"], "credential level"),
    },
]
