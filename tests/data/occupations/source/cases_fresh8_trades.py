"""Fresh8 half, trades: tile setter, asbestos abatement worker, concrete finisher, marine technician.

Written blind (writer b, December 2026).
"""

# ruff: noqa: E501

# fmt: off
CASES = [
    {
        "id": "tile_setter-fresh8-1",
        "occ": "tile_setter",
        "title": "Wall & Floor Tiler - Commercial Fit-Out (CSCS)",
        "company": "Marlow Interiors Ltd",
        "location": "Manchester, Greater Manchester",
        "country": "GB",
        "posting": """
Wall & Floor Tiler | Manchester city centre + Salford | £190-£220/day CIS or PAYE equivalent

Marlow Interiors is a specialist finishes contractor working for main contractors on student accommodation, hotel and residential towers across the North West. We are taking on experienced tilers for a 14-month package (420 bathroom pods and en-suites, plus ground floor amenity areas).

The work
- Set out and fix ceramic, porcelain and large-format (1200x600) tiles to walls and floors
- Prepare substrates, prime, tank and install levelling compounds; fit trims and movement joints
- Work to drawings and the finishes schedule, sign off your own rooms with the site manager

Must haves
- Valid CSCS Blue Skilled Worker card for wall and floor tiling (NVQ Level 2 in Wall and Floor Tiling or above). Green labourer cards cannot be accepted for this role - site rules.
- At least 2 years tiling on commercial or new-build sites
- Own hand tools; we supply cutters, mixers and access equipment
- Right to work in the UK

Nice to have: experience with Schluter/Ditra systems, IPAF or PASMA.

Early finish Fridays, 7:30-5:00 Mon-Thu. Marlow Interiors is an equal opportunities employer.
""",
        "name": "Callum Reid",
        "label": "Wall & Floor Tiler",
        "summary": "Tiler on new-build and commercial sites since 2019: bathrooms, en-suites, hotel corridors and large-format porcelain. Tidy, quick and good with setting out.",
        "where": ("Stockport", "Greater Manchester"),
        "work": [
            ("Tiler", "Fenwick Finishes (subcontract)", "2022-05", "", [
                "Tiled en-suites and kitchens on three build-to-rent blocks in Salford Quays, approx. 9 rooms per week",
                "Fixed 1200x600 porcelain to floors with levelling clips; set out from centre lines to keep cuts even",
                "Installed tanking and Ditra matting in wet rooms and snagged my own work before handover",
            ]),
            ("Tiler", "Pennine Tiling Contractors", "2019-03", "2022-04", [
                "Wall and floor tiling on housing developments for regional housebuilders",
                "Cut and fitted mosaics and feature walls for show homes",
            ]),
        ],
        "skills": {"Tiling": ["Large-format porcelain", "Ceramic and mosaic", "Tanking and waterproofing", "Levelling compounds", "Setting out from drawings"], "Tools": ["Rubi and Sigma cutters", "Wet saw", "Laser level"]},
        "certs": [
            ("CSCS Skilled Worker Card (Blue) - Wall and Floor Tiler", "Construction Skills Certification Scheme", "2024-03"),
            ("Level 2 NVQ Certificate in Wall and Floor Tiling (Construction)", "NOCN Cskills Awards", "2021-11"),
            ("PASMA Towers for Users", "PASMA", "2025-01"),
        ],
        "edu": [("GCSEs", "General", "Harrytown Catholic High School", "2016")],
        "unq": {
            "certs": [
                ("CSCS Labourer Card (Green)", "Construction Skills Certification Scheme", "2024-03"),
                ("CITB Health, Safety and Environment Test - Operatives", "CITB", "2024-02"),
                ("PASMA Towers for Users", "PASMA", "2025-01"),
            ],
        },
        "swaps": [],
        "decisive": ("CSCS Blue Skilled Worker card (NVQ Level 2 Wall and Floor Tiling)", ["Blue", "Skilled Worker", "NVQ"], "credential level"),
    },
    {
        "id": "tile_setter-fresh8-2",
        "occ": "tile_setter",
        "title": "Experienced Wall and Floor Tiler",
        "company": "Harbourside Tiling Pty Ltd",
        "location": "Sydney, NSW",
        "country": "AU",
        "posting": """
Harbourside Tiling is a busy residential tiling company working on high-end renovations and new apartments across the Eastern Suburbs and North Shore. Due to steady forward work we're after an experienced tradesperson to run jobs on their own.

About you:
* Minimum 5 years' experience as a qualified wall and floor tiler (post-apprenticeship), mostly residential wet areas
* Cert III in Wall and Floor Tiling (CPC31320 or earlier equivalent)
* Working knowledge of AS 3740 waterproofing and AS 3958 tiling installation
* White Card (CPCCWHS1001), current driver licence and reliable transport
* Able to read plans and talk to clients on site

What we offer: $45-$55/hr depending on experience, paid weekly, company van for the right person, consistent work Mon-Fri.

To apply send your resume and a few photos of recent jobs.
""",
        "name": "Marco Bellini",
        "label": "Tiler",
        "summary": "Qualified wall and floor tiler, residential bathrooms, laundries and kitchens in Sydney. Neat finishes with stone-look porcelain, herringbone and mosaics.",
        "where": ("Sydney", "NSW"),
        "work": [
            ("Tiler", "Coastline Bathrooms", "2021-06", "", [
                "Tile full bathroom renovations start to finish, 1-2 bathrooms per week",
                "Lay herringbone and chevron floors and large-format stone-look porcelain",
                "Install screeds and falls to waste, liaise with waterproofers and plumbers",
            ]),
            ("Tiler", "North Shore Tiling Co", "2017-07", "2021-05", [
                "Wall and floor tiling in new apartment blocks and townhouses",
                "Quoted small residential jobs and dealt directly with homeowners",
            ]),
            ("Apprentice Tiler", "North Shore Tiling Co", "2014-02", "2017-06", [
                "Four-year apprenticeship covering preparation, setting out, cutting and grouting",
            ]),
        ],
        "skills": {"Tiling": ["Wet area tiling", "Screeds and falls", "Large-format porcelain", "Herringbone layouts", "Mosaics"], "Standards": ["AS 3740", "AS 3958"]},
        "certs": [
            ("White Card - CPCCWHS1001 Prepare to work safely in the construction industry", "SafeWork NSW", "2014-01"),
            ("NSW Driver Licence (Class C)", "Transport for NSW", "2013-09"),
        ],
        "edu": [("Certificate III", "Wall and Floor Tiling", "TAFE NSW Ultimo", "2017")],
        "unq": {
            "summary": "Qualified wall and floor tiler, residential bathrooms, laundries and kitchens in Sydney. Neat finishes with stone-look porcelain, herringbone and mosaics.",
            "work": [
                ("Tiler", "Coastline Bathrooms", "2024-08", "", [
                    "Tile full bathroom renovations start to finish, 1-2 bathrooms per week",
                    "Lay herringbone and chevron floors and large-format stone-look porcelain",
                    "Install screeds and falls to waste, liaise with waterproofers and plumbers",
                ]),
                ("Tiler", "North Shore Tiling Co", "2024-02", "2024-07", [
                    "Wall and floor tiling in new apartment blocks and townhouses",
                ]),
                ("Apprentice Tiler", "North Shore Tiling Co", "2020-02", "2024-01", [
                    "Four-year apprenticeship covering preparation, setting out, cutting and grouting",
                ]),
            ],
            "certs": [
                ("White Card - CPCCWHS1001 Prepare to work safely in the construction industry", "SafeWork NSW", "2020-01"),
                ("NSW Driver Licence (Class C)", "Transport for NSW", "2019-09"),
            ],
            "edu": [("Certificate III", "Wall and Floor Tiling", "TAFE NSW Ultimo", "2024")],
        },
        "swaps": [],
        "decisive": ("Minimum 5 years as a qualified wall and floor tiler", ["years", "5 years", "five years"], "years"),
    },
    {
        "id": "asbestos_abatement_worker-fresh8-1",
        "occ": "asbestos_abatement_worker",
        "title": "Asbestos Abatement Foreman (Contractor/Supervisor)",
        "company": "Brandenburg Industrial Service Company",
        "location": "Chicago, IL",
        "posting": """
Brandenburg is hiring an Asbestos Abatement Foreman for commercial and industrial abatement projects in the Chicagoland area.

Responsibilities
- Run day-to-day abatement work in regulated areas: containment build, negative air, glovebag and full-containment removal, decon and waste load-out
- Direct a crew of 4-12 abatement workers and enforce the site-specific work plan
- Complete daily logs, manometer readings, waste manifests and air-monitoring coordination with the consultant
- Conduct tailgate safety meetings and respiratory protection checks

Requirements
- Current Illinois Department of Public Health (IDPH) asbestos Supervisor license (AHERA Contractor/Supervisor initial course plus current annual refresher)
- 3+ years of hands-on asbestos abatement field work
- Current medical clearance and fit test for half-face and full-face APR/PAPR
- OSHA 10-Hour Construction (OSHA 30 preferred)
- Valid driver's license; willing to work nights and weekends on shutdowns

We offer competitive union-scale pay, health/dental/vision, 401(k), and per diem on travel projects. EOE/Veterans/Disability.
""",
        "name": "Tomasz Wisniewski",
        "label": "Asbestos Abatement Supervisor",
        "summary": "Abatement foreman with nine years on schools, hospitals and industrial plants around Chicago. Runs clean containments and keeps the paperwork tight.",
        "where": ("Cicero", "IL"),
        "work": [
            ("Abatement Foreman", "Great Lakes Environmental Services", "2021-03", "", [
                "Lead crews of up to 10 on full-containment pipe insulation and floor tile removal in occupied schools",
                "Keep daily logs, manometer records and waste shipment manifests; coordinate clearance air sampling with the consultant",
                "Hold tailgate safety meetings and check respirator seals at every entry",
            ]),
            ("Asbestos Abatement Technician", "Midwest Demolition & Abatement", "2017-05", "2021-02", [
                "Built containments, installed negative air machines and removed thermal system insulation",
                "Performed glovebag removals on live steam lines during plant shutdowns",
            ]),
        ],
        "skills": {"Abatement": ["Full containment", "Glovebag removal", "Negative air / HEPA", "Waste load-out and manifests", "Decon procedures"], "Safety": ["PAPR and APR", "Confined space entry", "Lockout/tagout"]},
        "certs": [
            ("Asbestos Abatement Supervisor License", "Illinois Department of Public Health", "2026-02"),
            ("AHERA Contractor/Supervisor Annual Refresher", "Environmental Safety Training Institute", "2026-01"),
            ("OSHA 30-Hour Construction", "OSHA Training Institute Education Center", "2022-04"),
            ("Respirator Fit Test (Full-Face APR)", "Concentra", "2026-03"),
            ("Respirator Medical Clearance", "Concentra", "2026-03"),
            ("Illinois Driver's License (Class D)", "Illinois Secretary of State", "2013-08"),
        ],
        "edu": [("High School Diploma", "General", "Morton East High School", "2012")],
        "unq": {
            "label": "Asbestos Abatement Worker",
            "summary": "Abatement lead hand with nine years on schools, hospitals and industrial plants around Chicago. Runs clean containments and keeps the paperwork tight.",
            "certs": [
                ("Asbestos Abatement Worker License", "Illinois Department of Public Health", "2026-02"),
                ("AHERA Asbestos Abatement Worker Annual Refresher", "Environmental Safety Training Institute", "2026-01"),
                ("OSHA 30-Hour Construction", "OSHA Training Institute Education Center", "2022-04"),
                ("Respirator Fit Test (Full-Face APR)", "Concentra", "2026-03"),
            ("Respirator Medical Clearance", "Concentra", "2026-03"),
            ("Illinois Driver's License (Class D)", "Illinois Secretary of State", "2013-08"),
            ],
        },
        "swaps": [("Abatement Foreman", "Lead Abatement Worker"), ("Lead crews of up to 10 on", "Work with crews of up to 10 on")],
        "decisive": ("IDPH asbestos Supervisor license", ["Supervisor", "Contractor/Supervisor"], "licence level"),
    },
    {
        "id": "asbestos_abatement_worker-fresh8-2",
        "occ": "asbestos_abatement_worker",
        "title": "Asbestos Removalist - Class A Projects",
        "company": "Southern Cross Remediation",
        "location": "Dandenong South, VIC",
        "country": "AU",
        "posting": """
Southern Cross Remediation is a licensed Class A asbestos removal contractor working on hospital, school and industrial demolition projects across Melbourne and regional Victoria. We're expanding our removal crews for 2027.

Your role
- Set up enclosures, decontamination units and negative pressure systems for friable removal
- Remove sprayed limpet, pipe lagging and vinyl backing, bag and wrap waste for disposal
- Follow the Asbestos Removal Control Plan and SWMS, and record daily checks

Essential
- CPCCDE3015 Remove friable asbestos (Statement of Attainment) - required for all Class A crew members under the OHS Regulations
- CPCCDE3014 Remove non-friable asbestos
- Construction induction White Card
- Current fit test (AS/NZS 1715) and willingness to undergo health monitoring
- Australian working rights and a manual driver licence

Desirable: EWP licence (WP), forklift licence, demolition experience.

Full-time, $38-$44/hr plus site allowances. Some travel to regional sites with accommodation provided.
""",
        "name": "Jarrah Nguyen",
        "label": "Asbestos Removalist",
        "summary": "Asbestos removalist on Melbourne demolition and refurbishment jobs since 2020. Comfortable in full PPE for long shifts and careful with decon.",
        "where": ("Frankston", "VIC"),
        "work": [
            ("Asbestos Removalist", "Metro Demolition Group", "2022-01", "", [
                "Removed sprayed insulation and pipe lagging inside enclosures on a hospital wing refurbishment",
                "Set up three-stage decon units and checked negative pressure units each shift",
                "Wrapped and labelled waste and loaded bins for transport to licensed landfill",
            ]),
            ("Demolition Labourer / Asbestos Removal Assistant", "Bayside Strip-Out Services", "2020-03", "2021-12", [
                "Removed bonded cement sheeting from houses and sheds ahead of demolition",
                "Soft strip of offices and shops, loaded skips and kept sites clean",
            ]),
        ],
        "skills": {"Removal": ["Enclosure set-up", "Decontamination units", "Negative pressure units", "Waste wrapping and labelling", "Wet methods"], "Plant": ["EWP (scissor and boom)", "Bobcat"]},
        "certs": [
            ("CPCCDE3015 Remove friable asbestos", "Asbestos Training Australia (RTO)", "2022-02"),
            ("CPCCDE3014 Remove non-friable asbestos", "Asbestos Training Australia (RTO)", "2020-04"),
            ("White Card - CPCCWHS1001", "WorkSafe Victoria", "2020-02"),
            ("High Risk Work Licence - Boom-type EWP (WP)", "WorkSafe Victoria", "2023-05"),
            ("Respirator Fit Test (AS/NZS 1715)", "Fit Test Australia", "2026-06"),
            ("Victorian Driver Licence (Car, manual)", "VicRoads", "2019-03"),
        ],
        "edu": [("Year 12", "Victorian Certificate of Education", "Frankston High School", "2018")],
        "unq": {
            "summary": "Asbestos removalist on Melbourne demolition and refurbishment jobs since 2020. Comfortable in full PPE for long shifts and careful with decon.",
            "certs": [
                ("CPCCDE3014 Remove bonded asbestos (Class B)", "Asbestos Training Australia (RTO)", "2020-04"),
                ("White Card - CPCCWHS1001", "WorkSafe Victoria", "2020-02"),
                ("High Risk Work Licence - Boom-type EWP (WP)", "WorkSafe Victoria", "2023-05"),
                ("Respirator Fit Test (AS/NZS 1715)", "Fit Test Australia", "2026-06"),
            ("Victorian Driver Licence (Car, manual)", "VicRoads", "2019-03"),
            ],
        },
        "swaps": [("Removed sprayed insulation and pipe lagging inside enclosures on a hospital wing refurbishment", "Removed bonded eaves, wall sheeting and vinyl tiles on a hospital wing refurbishment"), ("Set up three-stage decon units and checked negative pressure units each shift", "Set up decon areas and barricading and kept the work area wet each shift")],
        "decisive": ("CPCCDE3015 Remove friable asbestos (Class A)", ["CPCCDE3015", "friable", "Class A"], "certificate"),
    },
    {
        "id": "concrete_finisher-fresh8-1",
        "occ": "concrete_finisher",
        "title": "Concrete Finisher",
        "company": "Fletcher Construction",
        "location": "Auckland",
        "country": "NZ",
        "posting": """
Concrete Finisher - Auckland CBD projects

We're looking for an experienced concrete finisher to join our in-house concrete crew on a large commercial build in the city. You'll be pouring and finishing suspended slabs, ground slabs, ramps and stairs, working alongside our formwork and steel fixing teams.

What you'll need
- At least 3 years' concrete finishing experience on commercial sites
- Confident with power floats, ride-on trowels and laser screeds
- Good understanding of curing, saw cutting and surface tolerances
- Site Safe Passport (or Site Safe Construction Passport)
- Full NZ driver licence (Class 1)
- Legally entitled to work in New Zealand

What we offer
- Competitive hourly rate + overtime, paid fortnightly
- PPE supplied and ongoing training, including NZ Certificate in Construction Trade Skills
- A strong safety culture and long pipeline of work

Kia ora - we welcome applications from all backgrounds.
""",
        "name": "Sione Taufa",
        "label": "Concrete Finisher",
        "summary": "Concrete finisher on commercial slabs, ramps and tilt panels around Auckland. Good on a ride-on and reads a pour well.",
        "where": ("Manukau", "Auckland"),
        "work": [
            ("Concrete Finisher", "Counties Concrete Placing Ltd", "2021-02", "", [
                "Finish suspended and ground slabs up to 1,200 m2 per pour on commercial builds",
                "Run ride-on trowels and power floats; saw cut joints and apply curing compounds",
                "Work with pump operators and engineers to hit finish tolerances on car park ramps",
            ]),
            ("Concrete Finisher", "Tamaki Concrete", "2018-06", "2021-01", [
                "Residential driveways, house slabs and exposed aggregate paths",
                "Placed and screeded concrete with laser screed and hand tools",
            ]),
        ],
        "skills": {"Concrete": ["Power floating", "Ride-on trowel", "Laser screed", "Saw cutting", "Curing", "Exposed aggregate"]},
        "certs": [
            ("Site Safe Construction Passport", "Site Safe New Zealand", "2025-07"),
            ("NZ Driver Licence - Class 1 (full)", "NZ Transport Agency Waka Kotahi", "2016-04"),
        ],
        "edu": [("NCEA Level 2", "Secondary", "Manurewa High School", "2015")],
        "unq": {
            "work": [
                ("Concrete Finisher", "Counties Concrete Placing Ltd", "2025-09", "", [
                    "Finish suspended and ground slabs on commercial builds",
                    "Run ride-on trowels and power floats; saw cut joints and apply curing compounds",
                    "Work with pump operators and engineers to hit finish tolerances on car park ramps",
                ]),
                ("Concrete Labourer", "Tamaki Concrete", "2025-01", "2025-08", [
                    "Residential driveways, house slabs and exposed aggregate paths",
                    "Barrowed, raked and placed concrete; cleaned tools and formwork",
                ]),
            ],
        },
        "swaps": [],
        "decisive": ("At least 3 years' concrete finishing experience on commercial sites", ["years", "3 years", "three years"], "years"),
    },
    {
        "id": "concrete_finisher-fresh8-2",
        "occ": "concrete_finisher",
        "title": "Concrete Finisher - Commercial Flatwork",
        "company": "Baker Concrete Construction",
        "location": "Dallas, TX",
        "posting": """
Concrete Finisher (Commercial/Industrial Flatwork) - Dallas-Fort Worth

Baker Concrete Construction is hiring finishers for distribution center and data center slab-on-grade projects across DFW.

What you'll do:
* Place, consolidate, screed and finish interior slabs to specified FF/FL numbers
* Operate walk-behind and ride-on trowels, edgers and jointing tools
* Cure and protect concrete; sawcut control joints
* Work safely with pump, laser screed and placing crews

Qualifications:
* ACI Concrete Flatwork Finisher or Advanced Concrete Flatwork Finisher certification - required by owner specs on our DFW projects
* 2+ yrs commercial flatwork finishing
* OSHA 10 (we can provide if needed)
* Reliable transportation; able to start early (4 AM pours) and work in heat

Pay range $24-$32/hr DOE + per diem where applicable. Medical, dental, vision, 401(k) with match, PTO. Baker is an Equal Opportunity Employer.
""",
        "name": "Luis Arredondo",
        "label": "Concrete Finisher",
        "summary": "Commercial flatwork finisher with big-box and warehouse slab background in North Texas; hits flatness numbers and keeps a clean edge.",
        "where": ("Garland", "TX"),
        "work": [
            ("Concrete Finisher", "Lone Star Flatwork LLC", "2020-08", "", [
                "Finished 40,000-80,000 sq ft slab pours for warehouses and cold storage",
                "Ran ride-on trowels and hand-finished around embeds and column block-outs",
                "Sawcut joints within the window and applied curing compound to spec",
            ]),
            ("Concrete Laborer / Finisher Helper", "DFW Residential Concrete", "2018-03", "2020-07", [
                "Driveways, sidewalks and house foundations; broom and stamp finishes",
            ]),
        ],
        "skills": {"Finishing": ["Ride-on trowel", "Walk-behind trowel", "Sawcutting", "Curing", "Broom and stamped finishes"], "Equipment": ["Laser screed support", "Bull float and fresno"]},
        "certs": [
            ("ACI Concrete Flatwork Finisher", "American Concrete Institute", "2023-03"),
            ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2021-05"),
        ],
        "edu": [("High School Diploma", "General", "South Garland High School", "2017")],
        "langs": [("English", "Fluent"), ("Spanish", "Native")],
        "unq": {
            "certs": [
                ("Somero Laser Screed Operator Training", "Somero Enterprises", "2023-03"),
                ("OSHA 10-Hour Construction", "OSHA Outreach Training Program", "2021-05"),
            ],
        },
        "swaps": [],
        "decisive": ("ACI Concrete Flatwork Finisher certification", ["ACI", "American Concrete Institute"], "certificate"),
    },
    {
        "id": "marine_technician-fresh8-1",
        "occ": "marine_technician",
        "title": "Marine Service Technician - Superyacht Refit (m/w/d)",
        "company": "Lürssen Yachts",
        "location": "Bremen, Germany",
        "posting": """
For our refit and service department in Bremen we are looking for a Marine Service Technician (m/w/d), full time, permanent.

Your tasks
- Maintenance, overhaul and fault-finding on propulsion and auxiliary systems: MTU and MAN main engines, gensets, stabilisers, hydraulics and HVAC
- Commissioning after refit and sea trials together with the yacht crew
- Documentation of work orders in our ERP system

Your profile
- Completed vocational training as a mechatronics technician, marine engineer, industrial mechanic or comparable qualification
- At least 3 years' experience on yachts or commercial vessels
- Very good German (C1 or better), spoken and written - our workshops, safety briefings and documentation are in German
- Good English for contact with international crews
- Willingness to travel to customer yachts in Europe for shorter periods

We offer
- 30 days holiday, company pension, bike leasing
- Training at engine manufacturers
- Work on some of the most complex yachts in the world

We look forward to your application, stating your salary expectations and earliest start date.
""",
        "name": "Daan Visser",
        "label": "Marine Engineer / Service Technician",
        "summary": "Marine service technician with superyacht new-build and refit background in the Netherlands. MTU and Caterpillar engines, gensets, stabilisers and hydraulics.",
        "where": ("Groningen", "Groningen"),
        "country": "NL",
        "work": [
            ("Service Engineer", "Feadship - Royal Van Lent Shipyard", "2021-04", "", [
                "Commissioned MTU main engines, Kohler gensets and Naiad stabilisers on 70-90 m new-builds",
                "Fault-found hydraulic systems during sea trials and trained crew engineers at handover",
                "Travelled to yachts in Monaco, Barcelona and Palma for warranty work",
            ]),
            ("Mechanic", "Damen Shipyards Gorinchem", "2018-08", "2021-03", [
                "Overhauled Caterpillar engines and gearboxes on workboats and tugs",
                "Wrote service reports and parts lists in SAP",
            ]),
        ],
        "skills": {"Systems": ["MTU Series 4000", "Caterpillar C32", "Gensets", "Stabilisers", "Hydraulics", "HVAC"], "Tools": ["MTU DiaSys", "SAP PM"]},
        "certs": [
            ("STCW Basic Safety Training", "Maritiem Instituut Willem Barentsz", "2022-05"),
            ("VCA VOL (safety for operational supervisors)", "SSVV", "2024-02"),
        ],
        "edu": [("MBO Level 4", "Maritime Engineering (Scheepswerktuigkundige)", "Noorderpoort Maritiem", "2018")],
        "langs": [("Dutch", "Native"), ("English", "Fluent"), ("German", "Fluent (C1)")],
        "unq": {
            "langs": [("Dutch", "Native"), ("English", "Fluent"), ("French", "Basic (A2)")],
        },
        "swaps": [],
        "decisive": ("Very good German (C1 or better)", ["German", "Deutsch"], "language"),
    },
    {
        "id": "marine_technician-fresh8-2",
        "occ": "marine_technician",
        "title": "Outboard Marine Technician",
        "company": "MarineMax",
        "location": "Fort Lauderdale, FL",
        "posting": """
Outboard Marine Technician - Fort Lauderdale service center

Our service team keeps customers on the water. We're looking for a technician who is strong on modern outboards and digital controls.

Responsibilities
- Diagnose and repair 150-600 hp outboards, rigging and digital throttle & shift systems
- Perform annual services, lower unit repair, fuel system and electrical troubleshooting
- Run sea trials and document work on repair orders

Required
- 3+ years as a marine technician working on outboards
- Hands-on proficiency with Mercury CDS G3 diagnostic software (most of our service volume is Mercury Verado and V8/V10 FourStroke)
- Own hand tools; valid driver's license with clean record
- Able to lift 50 lbs and work in Florida heat

Preferred
- ABYC certification(s), Yamaha or Suzuki factory training

Weekly pay, commissions on flat-rate hours, medical/dental/vision, 401(k), employee boat discounts. We are an equal opportunity employer and a drug-free workplace.
""",
        "name": "Derek Holloway",
        "label": "Marine Technician",
        "summary": "Outboard technician in South Florida dealerships; fast on diagnostics, digital controls and rigging repowers.",
        "where": ("Pompano Beach", "FL"),
        "work": [
            ("Marine Technician", "Bluewater Boat Service", "2021-01", "", [
                "Diagnose and repair 200-450 hp outboards on center consoles, 6-8 repair orders a day",
                "Pull fault codes and run live data with Mercury CDS G3 on Verado and V8 FourStroke engines",
                "Rig twin and triple repowers including digital throttle and shift",
            ]),
            ("Service Technician", "Sunshine Yamaha Marine", "2018-04", "2020-12", [
                "Annual services, lower unit rebuilds and fuel system repair on Yamaha F-series",
                "Used Yamaha YDS for diagnostics and ECM updates",
            ]),
        ],
        "skills": {"Diagnostics": ["Mercury CDS G3", "Yamaha YDS", "Multimeter and wiring diagrams"], "Service": ["Outboard powerheads", "Lower units", "Fuel systems", "Rigging and repowers", "Digital throttle & shift"]},
        "certs": [
            ("ABYC Marine Electrical Certification", "American Boat & Yacht Council", "2023-09"),
            ("Yamaha Marine Technical Training - Level 2", "Yamaha Marine University", "2019-11"),
            ("Florida Driver License (Class E)", "Florida DHSMV", "2015-06"),
        ],
        "edu": [("Certificate", "Marine Technology", "Universal Technical Institute - Marine Mechanics", "2018")],
        "unq": {
            "skills": {"Diagnostics": ["Yamaha YDS", "Suzuki SDS", "Multimeter and wiring diagrams"], "Service": ["Outboard powerheads", "Lower units", "Fuel systems", "Rigging and repowers", "Digital throttle & shift"]},
        },
        "swaps": [("Pull fault codes and run live data with Mercury CDS G3 on Verado and V8 FourStroke engines", "Pull fault codes and run live data with Suzuki SDS on DF300 and DF350 engines")],
        "decisive": ("Mercury CDS G3 diagnostic software", ["CDS", "CDS G3", "Mercury"], "tool"),
    },
]
