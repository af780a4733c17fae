"""fresh6 cases, law: notary signing agent (two cases)."""

# ruff: noqa: E501
# fmt: off

CASES = [
    {
        "id": "notary_signing_agent-fresh6-1",
        "occ": "notary_signing_agent",
        "title": "Notary Signing Agent (Independent Contractor) - Northeast Florida",
        "company": "Amrock",
        "location": "Jacksonville, FL",
        "posting": """
Amrock is expanding its network of independent Notary Signing Agents in Duval, Nassau, Clay and St. Johns counties. You will meet borrowers at their homes or offices to complete refinance, purchase and HELOC signings, walk them through the documents without giving legal advice, notarize, and return the package the same day.

Requirements
- Active Florida notary public commission, with a current bond
- Certified as a Notary Signing Agent and background screened within the last 12 months (NNA or equivalent)
- Errors & omissions insurance of at least $25,000
- Dual-tray laser printer, scanner, smartphone and reliable transportation
- Valid driver's license
- Minimum of 50 completed loan signings

Fees paid per signing, twice a month, via direct deposit. Flexible scheduling -- accept the orders you want in our app.

Amrock is an equal opportunity company.
""",
        "name": "Denise Holloway",
        "label": "Certified Notary Signing Agent",
        "summary": "Mobile loan signing agent since 2021 with 900+ signings for title companies and signing services in Northeast Florida; NNA certified and background screened, E&O insured.",
        "where": ("Fernandina Beach", "FL"),
        "work": [
            ("Notary Signing Agent (self-employed)", "Holloway Mobile Notary LLC", "2021-05", "", [
                "Completed 900+ refinance, purchase, reverse mortgage and HELOC signings for title companies and signing services",
                "Scan-backs within one hour; same-day FedEx drop; under 1% error rate on returned packages",
                "Serve Nassau, Duval and St. Johns counties, evenings and weekends included",
            ]),
            ("Loan Closer", "VyStar Credit Union", "2016-08", "2021-04", [
                "Prepared and conducted consumer and mortgage loan closings in branch",
            ]),
        ],
        "skills": {"Signing": ["Refinance", "Purchase", "Reverse mortgage", "HELOC", "Scan-backs"], "Equipment": ["Dual-tray laser printer", "Mobile scanner"]},
        "certs": [
            ("Notary Public Commission (bonded)", "State of Florida, Department of State", "2025-03"),
            ("Certified Notary Signing Agent, background screened", "National Notary Association", "2026-02"),
            ("Errors & Omissions Insurance, $50,000", "Merchants Bonding Company", "2026-03"),
            ("Driver License, Class E", "Florida HSMV", ""),
        ],
        "edu": [("Associate of Arts", "General Studies", "Florida State College at Jacksonville", "2015")],
        "unq": {
            "summary": "Mobile loan signing agent since 2021 with 900+ signings for title companies and signing services in coastal Georgia; NNA certified and background screened, E&O insured.",
            "where": ("Kingsland", "GA"),
            "work": [
                ("Notary Signing Agent (self-employed)", "Holloway Mobile Notary LLC", "2021-05", "", [
                    "Completed 900+ refinance, purchase, reverse mortgage and HELOC signings for title companies and signing services",
                    "Scan-backs within one hour; same-day FedEx drop; under 1% error rate on returned packages",
                    "Serve Camden, Glynn and Charlton counties, evenings and weekends included",
                ]),
                ("Loan Closer", "Atlantic Coast Federal Credit Union", "2016-08", "2021-04", [
                    "Prepared and conducted consumer and mortgage loan closings in branch",
                ]),
            ],
            "certs": [
                ("Notary Public Commission", "Clerk of Superior Court, Camden County, Georgia", "2025-03"),
                ("Certified Notary Signing Agent, background screened", "National Notary Association", "2026-02"),
                ("Errors & Omissions Insurance, $50,000", "Merchants Bonding Company", "2026-03"),
                ("Driver License, Class C", "Georgia Department of Driver Services", ""),
            ],
            "edu": [("Associate of Arts", "General Studies", "College of Coastal Georgia", "2015")],
        },
        "decisive": ("Active Florida notary public commission", ["Florida"], "jurisdiction"),
    },
    {
        "id": "notary_signing_agent-fresh6-2",
        "occ": "notary_signing_agent",
        "title": "Loan Signing Agent - Experienced (Phoenix Metro)",
        "company": "Stewart Title",
        "location": "Phoenix, AZ",
        "posting": """
Stewart Title of Arizona -- preferred signing agent panel, Phoenix metro

looking for experienced loan signing agents for our preferred panel (steady volume, priority assignments, better fees).

must have:
* AZ notary commission, active, w/ journal + seal
* 2+ yrs as a loan signing agent AND 200+ completed loan signings
* NNA certification + background screening current (annual)
* E&O coverage $25k min
* able to print legal-size double-sided, return docs same day

nice: RON (remote online notarization) experience, reverse mortgage signings, Spanish

Pay per signing; paid within 15 days. Stewart is an equal opportunity employer.
""",
        "name": "Michael Brennan",
        "label": "Loan Signing Agent / Mobile Notary",
        "summary": "Full-time loan signing agent in metro Phoenix with over 1,000 completed signings since 2022; NNA certified and screened annually; RON-capable.",
        "where": ("Chandler", "AZ"),
        "work": [
            ("Loan Signing Agent (independent)", "Brennan Signing Services", "2022-03", "", [
                "1,000+ loan signings (purchase, refinance, HELOC, reverse) for title and escrow companies across Maricopa County",
                "Perform remote online notarizations for out-of-state signers",
                "Keep a compliant notary journal; return packages same day",
            ]),
            ("Personal Banker / Branch Notary", "Desert Financial Credit Union", "2018-02", "2022-02", [
                "Opened accounts and performed walk-in notarizations for members",
            ]),
        ],
        "skills": {"Signing": ["Purchase", "Refinance", "HELOC", "Reverse mortgage", "Remote online notarization"], "Tools": ["SigningOrder", "Snapdocs", "Dual-tray laser printer"]},
        "certs": [
            ("Notary Public Commission, with remote online notary authorization", "Arizona Secretary of State", "2024-08"),
            ("Certified Notary Signing Agent (background screened)", "National Notary Association", "2026-05"),
            ("E&O Insurance, $25,000", "NNA Insurance Services", "2026-05"),
        ],
        "edu": [("Bachelor of Arts", "Communication", "Arizona State University", "2017")],
        "unq": {
            "summary": "Full-time loan signing agent in metro Phoenix with 210 completed signings since September 2025; NNA certified and screened; RON-capable; seven years of branch notary work before that.",
            "work": [
                ("Loan Signing Agent (independent)", "Brennan Signing Services", "2025-09", "", [
                    "210 loan signings (purchase, refinance, HELOC, reverse) for title and escrow companies across Maricopa County",
                    "Perform remote online notarizations for out-of-state signers",
                    "Keep a compliant notary journal; return packages same day",
                ]),
                ("Personal Banker / Branch Notary", "Desert Financial Credit Union", "2018-02", "2025-08", [
                    "Opened accounts and performed walk-in notarizations for members",
                ]),
            ],
            "certs": [
                ("Notary Public Commission, with remote online notary authorization", "Arizona Secretary of State", "2024-08"),
                ("Certified Notary Signing Agent (background screened)", "National Notary Association", "2026-05"),
                ("E&O Insurance, $25,000", "NNA Insurance Services", "2026-05"),
            ],
        },
        "decisive": ("2+ years as a loan signing agent", ["years", "yrs", "year"], "years"),
    },
]
