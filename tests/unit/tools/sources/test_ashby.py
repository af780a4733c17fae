from datetime import date

from careerpilot.tools.sources.ashby import is_ashby_payload, normalize_ashby, parse_ashby
from careerpilot.tools.sources.base import RawPosting

LINEAR = "job_api_payloads/ashby_linear_job-board_includeCompensation_2026_trimmed.json"


def _postings(data, hint=None):
    return [normalize_ashby(raw) for raw in parse_ashby(data, "test.json", hint)]


def test_job_board_response_maps_title_location_remote_and_type(shared_json):
    data = shared_json(LINEAR)
    assert is_ashby_payload(data)

    europe, america = _postings(data, hint="Linear")

    assert europe.title == "Senior / Staff Fullstack Engineer"
    assert europe.company == "Linear"
    assert europe.source == "ashby"
    assert europe.source_id == "d3bc1ced-3ce4-4086-a050-555055dbb1ff"
    assert europe.url == "https://jobs.ashbyhq.com/linear/d3bc1ced-3ce4-4086-a050-555055dbb1ff"
    assert europe.apply_url == europe.url + "/application"
    assert [(loc.text, loc.country) for loc in europe.locations] == [("Europe", "European Union")]
    assert europe.remote is True
    assert europe.employment_type == "FULL_TIME"
    assert europe.seniority == "staff"
    assert europe.department == "Product"
    assert europe.date_posted == date(2021, 4, 27)
    assert europe.salary is None  # compensation is present but empty
    assert europe.description_text.startswith("At Linear, we're building the product development system")
    assert europe.raw["team"] == "Engineering"
    assert "descriptionHtml" not in europe.raw
    assert [(loc.text, loc.country) for loc in america.locations] == [("North America", "United States")]
    assert america.date_posted == date(2021, 8, 18)
    assert europe.id != america.id


def test_compensation_summary_component_becomes_the_salary():
    job = {
        "id": "j1",
        "title": "Engineering Manager - EU",
        "jobUrl": "https://jobs.ashbyhq.com/acme/j1",
        "employmentType": "Contract",
        "location": "Berlin",
        "workplaceType": "Hybrid",
        "isRemote": False,
        "address": {"postalAddress": {"addressLocality": "Berlin", "addressCountry": "Germany"}},
        "secondaryLocations": [
            {"location": "Munich", "address": {"postalAddress": {"addressLocality": "Munich"}}},
        ],
        "compensation": {
            "compensationTierSummary": "€150K – €250K • Offers Equity",
            "summaryComponents": [
                {"compensationType": "EquityPercentage", "interval": "NONE", "minValue": 0.1, "maxValue": 0.2},
                {
                    "compensationType": "Salary",
                    "interval": "1 YEAR",
                    "currencyCode": "EUR",
                    "minValue": 150000,
                    "maxValue": 250000,
                },
            ],
        },
    }

    posting = normalize_ashby(RawPosting(format="ashby", payload=job, origin="x.json"))

    assert posting.salary is not None
    assert posting.salary.model_dump() == {"min": 150000.0, "max": 250000.0, "currency": "EUR", "period": "YEAR"}
    assert posting.employment_type == "CONTRACTOR"
    assert posting.remote is False
    assert posting.seniority == "manager"
    assert [(loc.text, loc.city, loc.country) for loc in posting.locations] == [
        ("Berlin", "Berlin", "Germany"),
        ("Munich", "Munich", None),
    ]


def test_salary_is_taken_from_compensation_tiers_when_there_is_no_summary():
    job = {
        "title": "Support Specialist",
        "jobUrl": "https://jobs.ashbyhq.com/acme/j2",
        "descriptionPlain": "Help  customers.",
        "compensation": {
            "summaryComponents": [],
            "compensationTiers": [
                {
                    "title": "Zone A",
                    "components": [
                        {
                            "compensationType": "Salary",
                            "interval": "1 HOUR",
                            "currencyCode": "USD",
                            "minValue": 25,
                            "maxValue": 32.5,
                        }
                    ],
                }
            ],
        },
    }

    posting = normalize_ashby(RawPosting(format="ashby", payload=job, origin="x.json"))

    assert posting.salary is not None
    assert (posting.salary.min, posting.salary.max, posting.salary.period) == (25.0, 32.5, "HOUR")
    assert posting.description_text == "Help customers."
    assert posting.description_html is None
