"""Fresh set, logistics: truck driver, forklift operator, freight dispatcher."""

# ruff: noqa: E501  (prose data: one string per line reads better than wrapped)

# fmt: off
CASES = [
    {
        "id": "truck_driver-fresh-1",
        "occ": "truck_driver",
        "title": "CDL-A Regional Truck Driver - Home Weekly",
        "company": "Schneider",
        "location": "Green Bay, WI",
        "posting": """
Regional Van Truckload driver - home weekly, Upper Midwest lanes.

Avg weekly pay $1,250-$1,450. Paid orientation. No-touch freight, 53' dry van, automatic-transmission Freightliner Cascadias with inward-facing cameras.

Requirements
- Valid Class A commercial driver's license (CDL)
- 12 months of verifiable CDL driving experience within the last 3 years
- Current DOT medical card
- Clean MVR and pass a DOT drug screen (hair test)
- 21 years or older

Schneider is an equal opportunity employer.
""",
        "name": "Dustin Kraemer",
        "label": "Professional Truck Driver",
        "summary": "CDL driver with four years of accident-free regional driving in the Midwest; on-time, ELD-compliant and comfortable in winter conditions.",
        "where": ("De Pere", "WI"),
        "work": [
            ("Regional Driver, Dry Van", "Paper Transport Inc.", "2022-08", "", [
                "Tractor-trailer runs of 2,200-2,600 miles a week across WI, MN, IL and MI; drop-and-hook and live loads",
                "Pre- and post-trip inspections, ELD hours-of-service logs; zero preventable accidents",
            ]),
            ("Warehouse Associate", "KI Furniture", "2019-05", "2022-06", [
                "Loaded outbound trailers and staged freight by route",
            ]),
        ],
        "skills": {"Driving": ["Tractor-trailer operation", "Hours of Service", "ELD (Omnitracs)", "Winter driving", "Backing and docking"]},
        "certs": [
            ("Commercial Driver's License - Class A", "Wisconsin DMV", "2022-06"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry medical examiner", "2025-05"),
            ("Entry-Level Driver Training (ELDT) - Class A", "Fox Valley Technical College", "2022-05"),
        ],
        "edu": [("High School Diploma", "", "De Pere High School", "2019")],
        "unq": {
            "summary": "CDL driver with four years of accident-free local and regional delivery in the Midwest; on-time, ELD-compliant and comfortable in winter conditions.",
            "work": [
                ("Route Delivery Driver, 26-ft Straight Truck", "Reinhart Foodservice", "2022-08", "", [
                    "Straight-truck routes of 250-350 miles a day to restaurants and schools in northeast Wisconsin; hand-truck deliveries",
                    "Pre- and post-trip inspections, ELD hours-of-service logs; zero preventable accidents",
                ]),
                ("Warehouse Associate", "KI Furniture", "2019-05", "2022-06", [
                    "Loaded outbound trailers and staged freight by route",
                ]),
            ],
            "skills": {"Driving": ["Straight-truck operation", "Hours of Service", "ELD (Omnitracs)", "Winter driving", "Backing and docking"]},
            "certs": [
                ("Commercial Driver's License - Class B", "Wisconsin DMV", "2022-06"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry medical examiner", "2025-05"),
                ("Entry-Level Driver Training (ELDT) - Class B", "Fox Valley Technical College", "2022-05"),
            ],
        },
        "decisive": ("Class A CDL", ["Class A", "CDL-A", "CDL A"], "licence level"),
    },
    {
        "id": "truck_driver-fresh-2",
        "occ": "truck_driver",
        "title": "Fuel Tanker Driver (CDL-A, X endorsement)",
        "company": "Kenan Advantage Group",
        "location": "Houston, TX",
        "posting": """
Kenan Advantage Group - petroleum transport, Houston terminal. Local, home daily. 4 on / 3 off, nights available.

Qualifications:
* Class A CDL with Hazmat and Tanker endorsements (X endorsement, or H and N)
* 1 year of verifiable tractor-trailer experience
* TWIC card, or able to obtain within 30 days
* Current DOT medical card
* Pass DOT drug screen and background check

We train on bottom loading, vapor recovery and retail site drops. Sign-on bonus. KAG is an equal opportunity employer.
""",
        "name": "Terrence Mayfield",
        "label": "Tank Truck Driver",
        "summary": "Tractor-trailer driver with five years in bulk liquid tank hauling; safe loading and unloading, surge-aware driving and clean inspections.",
        "where": ("Pasadena", "TX"),
        "work": [
            ("Tank Truck Driver", "Groendyke Transport", "2021-10", "", [
                "Haul placarded gasoline, diesel and crude loads from Houston Ship Channel terminals to retail stations and refineries",
                "Bottom loading with vapor recovery; shipping papers, placards and emergency response information checked every load",
            ]),
            ("OTR Driver, Dry Van", "Werner Enterprises", "2020-01", "2021-09", [
                "48-state dry van truckload; 2,500 miles a week average",
            ]),
        ],
        "skills": {"Driving": ["Liquid bulk tank operation", "Bottom loading", "Vapor recovery", "Hours of Service"]},
        "certs": [
            ("Commercial Driver's License - Class A, endorsements X (Hazmat and Tank) and T", "Texas Department of Public Safety", "2021-08"),
            ("TSA Hazardous Materials Endorsement (HME) threat assessment", "Transportation Security Administration", "2021-07"),
            ("TWIC card", "Transportation Security Administration", "2022-02"),
            ("DOT Medical Examiner's Certificate", "FMCSA National Registry medical examiner", "2025-09"),
        ],
        "edu": [("High School Diploma", "", "Sam Rayburn High School", "2012")],
        "unq": {
            "work": [
                ("Tank Truck Driver", "Groendyke Transport", "2021-10", "", [
                    "Haul food-grade liquid sugar, corn syrup and vegetable oil loads from Houston terminals to bottlers and bakeries",
                    "Pump and gravity unloading; wash tickets, seals and shipping papers checked every load",
                ]),
                ("OTR Driver, Dry Van", "Werner Enterprises", "2020-01", "2021-09", [
                    "48-state dry van truckload; 2,500 miles a week average",
                ]),
            ],
            "skills": {"Driving": ["Liquid bulk tank operation", "Pump unloading", "Food-grade sanitation", "Hours of Service"]},
            "certs": [
                ("Commercial Driver's License - Class A, endorsements N (Tank Vehicle) and T", "Texas Department of Public Safety", "2021-08"),
                ("TWIC card", "Transportation Security Administration", "2022-02"),
                ("DOT Medical Examiner's Certificate", "FMCSA National Registry medical examiner", "2025-09"),
            ],
        },
        "decisive": ("Hazmat endorsement (X, or H with N)", ["Hazmat", "hazardous materials", "X endorsement", "HME"], "endorsement"),
    },
    {
        "id": "forklift_operator-fresh-1",
        "occ": "forklift_operator",
        "title": "Reach Truck Operator - Freezer, 2nd Shift",
        "company": "Lineage",
        "location": "Allentown, PA",
        "posting": """
Lineage is the world's largest temperature-controlled warehouse company. Our Allentown facility is hiring Reach Truck Operators for 2nd shift (2pm-10:30pm, Sun-Thu).

$22.50/hr + $1.50 freezer premium. Freezer gear provided.

What you'll do: put away and let down pallets in racking up to 32 ft, replenish pick slots, and keep inventory accurate with an RF scanner.

You have:
- 1+ year of experience operating a stand-up reach truck (Raymond or Crown) at height
- RF scanner / WMS experience
- Able to work in -10°F conditions for extended periods
- Able to lift up to 50 lbs

We certify every operator on our own equipment under OSHA 29 CFR 1910.178 before they drive. Lineage is an Equal Opportunity Employer.
""",
        "name": "Hector Rivera",
        "label": "Forklift Operator",
        "summary": "Warehouse equipment operator with four years in cold storage; accurate put-away and replenishment at height and a clean safety record.",
        "where": ("Bethlehem", "PA"),
        "work": [
            ("Equipment Operator, Cold Storage", "Americold Logistics", "2022-11", "", [
                "Put away and let down pallets to 30 ft on a Raymond 7500 reach truck in a -10°F freezer",
                "Replenish pick slots and cycle count with a Zebra RF scanner in Manhattan WMS",
            ]),
            ("Warehouse Associate", "Walmart Distribution Center", "2021-03", "2022-10", [
                "Unloaded trailers with an electric pallet jack; staged freight by door",
            ]),
        ],
        "skills": {"Equipment": ["Stand-up reach truck (Raymond 7500)", "Sit-down counterbalance forklift", "Electric pallet jack"], "Systems": ["Manhattan WMS", "Zebra RF scanners"]},
        "certs": [
            ("Powered Industrial Truck Operator certification - reach truck, counterbalance, pallet jack (OSHA 1910.178)", "Americold Logistics", "2025-11"),
        ],
        "edu": [("High School Diploma", "", "Liberty High School", "2020")],
        "unq": {
            "work": [
                ("Equipment Operator, Cold Storage", "Americold Logistics", "2022-11", "", [
                    "Load and unload trailers and stage pallets on a sit-down Toyota counterbalance forklift in a -10°F freezer dock",
                    "Replenish floor-level pick slots and cycle count with a Zebra RF scanner in Manhattan WMS",
                ]),
                ("Warehouse Associate", "Walmart Distribution Center", "2021-03", "2022-10", [
                    "Unloaded trailers with an electric pallet jack; staged freight by door",
                ]),
            ],
            "skills": {"Equipment": ["Sit-down counterbalance forklift", "Electric pallet jack"], "Systems": ["Manhattan WMS", "Zebra RF scanners"]},
            "certs": [
                ("Powered Industrial Truck Operator certification - counterbalance, pallet jack (OSHA 1910.178)", "Americold Logistics", "2025-11"),
            ],
        },
        "swaps": [("accurate put-away and replenishment at height", "accurate dock work and replenishment")],
        "decisive": ("stand-up reach truck experience", ["reach truck", "stand-up reach"], "tool"),
    },
    {
        "id": "forklift_operator-fresh-2",
        "occ": "forklift_operator",
        "title": "Forklift Operator - Distribution Center",
        "company": "The Home Depot",
        "location": "Tolleson, AZ",
        "posting": """
Forklift Operator (Freight Team Associate) - Rapid Deploy Center, Tolleson

Position purpose: move inbound and outbound freight safely and quickly in a high-volume flow-through DC.

Major responsibilities
- Unload and load trailers, move pallets to and from staging lanes
- Operate sit-down and stand-up forklifts and order pickers
- Scan and verify freight with RF handhelds

Minimum qualifications
- Minimum 2 years of forklift operating experience in a warehouse or distribution center
- Must be 18 years of age or older
- Able to lift up to 50 lbs and work in temperatures over 100°F in summer

Shifts: 4x10, days or nights. The Home Depot is an equal opportunity employer.
""",
        "name": "Jesse Montoya",
        "label": "Forklift Operator",
        "summary": "Forklift operator in high-volume distribution: trailer loading, cross-dock moves and RF-scanned freight with a clean safety record.",
        "where": ("Avondale", "AZ"),
        "work": [
            ("Forklift Operator", "Lowe's Regional Distribution Center", "2023-02", "", [
                "Load and unload 12-15 trailers a shift on sit-down and stand-up forklifts; move freight to staging lanes",
                "Order picker for top-shelf replenishment; RF scanning for every pallet move",
            ]),
            ("Order Picker (hand pick)", "Chewy Fulfillment Center", "2021-06", "2023-01", [
                "Picked and packed 900+ units a shift to rate",
            ]),
        ],
        "skills": {"Equipment": ["Sit-down forklift", "Stand-up forklift", "Order picker", "Electric pallet jack"], "Systems": ["RF scanners", "SAP EWM"]},
        "certs": [
            ("Powered Industrial Truck Operator certification (OSHA 1910.178)", "Lowe's Companies", "2025-02"),
        ],
        "edu": [("High School Diploma", "", "Westview High School", "2021")],
        "unq": {
            "work": [
                ("Forklift Operator", "Lowe's Regional Distribution Center", "2025-09", "", [
                    "Load and unload 12-15 trailers a shift on sit-down and stand-up forklifts; move freight to staging lanes",
                    "Order picker for top-shelf replenishment; RF scanning for every pallet move",
                ]),
                ("Order Picker (hand pick)", "Chewy Fulfillment Center", "2021-06", "2025-08", [
                    "Picked and packed 900+ units a shift to rate",
                ]),
            ],
            "certs": [
                ("Powered Industrial Truck Operator certification (OSHA 1910.178)", "Lowe's Companies", "2025-09"),
            ],
        },
        "decisive": ("minimum 2 years of forklift operating experience", ["years", "year", "yrs"], "years"),
    },
    {
        "id": "dispatcher-fresh-2",
        "occ": "dispatcher",
        "title": "Driver Leader / Dispatcher - Cross-Border",
        "company": "Werner Enterprises",
        "location": "Laredo, TX",
        "posting": """
Werner's Laredo cross-border team moves freight between the U.S. and Mexico through the World Trade Bridge.

As a Driver Leader (dispatcher) you will plan loads for a fleet of 45 drivers, coordinate border crossings with Mexican carriers and customs brokers, track hours of service, and solve problems on the road in real time.

Requirements:
- Bilingual English/Spanish - read, write and speak; you will talk with Mexican carriers and drivers all day
- 2+ years of truckload dispatch or fleet management experience
- Working knowledge of FMCSA Hours of Service rules and ELDs
- High school diploma or GED

Preferred: TMW or McLeod; knowledge of C-TPAT and FAST lanes.

Werner Enterprises is an Equal Opportunity Employer.
""",
        "name": "Kevin Dawson",
        "label": "Fleet Manager / Dispatcher",
        "summary": "Truckload dispatcher with five years planning cross-border and regional freight; HOS-compliant load planning, carrier coordination and driver retention.",
        "where": ("Laredo", "TX"),
        "work": [
            ("Fleet Manager", "Swift Transportation", "2021-03", "", [
                "Dispatch and plan loads for 40 drivers on Laredo-Midwest lanes; keep trucks legal on hours of service through ELD data",
                "Coordinate northbound crossings with Mexican carriers and customs brokers, by phone and in writing, in Spanish",
            ]),
            ("Dispatch Coordinator", "Ryder System", "2019-06", "2021-02", [
                "Dedicated-fleet dispatch; appointment scheduling and exception handling in TMW",
            ]),
        ],
        "skills": {"Dispatch": ["Load planning", "Hours of Service", "ELD monitoring", "Border crossing coordination"], "Systems": ["TMW Suite", "McLeod LoadMaster", "Samsara"]},
        "certs": [],
        "edu": [("Bachelor of Business Administration", "Logistics", "Texas A&M International University", "2019")],
        "langs": [("English", "Native"), ("Spanish", "Fluent (professional working proficiency)")],
        "unq": {
            "langs": [("English", "Native")],
        },
        "swaps": [("Coordinate northbound crossings with Mexican carriers and customs brokers, by phone and in writing, in Spanish", "Coordinate northbound crossings with carriers and customs brokers, by phone and in writing")],
        "decisive": ("bilingual English/Spanish", ["Spanish", "bilingual"], "language"),
    },
]
