"""Hard filters: every failing filter excludes the posting and says why."""

from __future__ import annotations

from datetime import date

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, Location, SalaryRange
from careerpilot.matching.filters import apply_filters


def _job(**fields) -> JobPosting:
    base = {"id": "j1", "source": "test", "title": "Backend Engineer", "description_text": "Python and PostgreSQL."}
    return JobPosting(**{**base, **fields})


def _failed(job: JobPosting, filters: JobFilters) -> dict[str, str]:
    return {f.name: f.reason for f in apply_filters(job, filters, today=date(2026, 11, 1)) if not f.passed}


def test_location_outside_the_accepted_places_is_excluded_but_remote_passes():
    filters = JobFilters(locations=["San Francisco"], remote_ok=True)
    assert "not in San Francisco" in _failed(_job(locations=[Location(text="Berlin")]), filters)["location"]
    assert _failed(_job(locations=[Location(text="Berlin")], remote=True), filters) == {}


def test_hourly_pay_is_normalized_to_a_year_before_comparing():
    filters = JobFilters(salary_min=150_000)
    low = _job(salary=SalaryRange(min=40, max=60, currency="USD", period="HOUR"))
    high = _job(salary=SalaryRange(min=80, max=90, currency="USD", period="HOUR"))
    assert "124,800/year, below 150,000" in _failed(low, filters)["salary"]
    assert _failed(high, filters) == {}


def test_other_currency_is_not_compared():
    filters = JobFilters(salary_min=150_000)
    assert _failed(_job(salary=SalaryRange(max=50_000, currency="EUR")), filters) == {}


def test_keywords_companies_level_type_and_age_each_give_a_reason():
    filters = JobFilters(
        excluded_keywords=["unpaid"],
        excluded_companies=["Acme"],
        required_keywords=["Kubernetes"],
        seniority=["senior"],
        employment_types=["FULL_TIME"],
        max_age_days=30,
    )
    job = _job(
        company="Acme",
        description_text="An unpaid internship in Python.",
        seniority="intern",
        employment_type="PART_TIME",
        date_posted=date(2026, 8, 1),
    )
    failed = _failed(job, filters)
    assert failed == {
        "excluded_keyword": "mentions 'unpaid'",
        "excluded_company": "company Acme",
        "required_keyword": "does not mention 'Kubernetes'",
        "seniority": "intern level",
        "employment_type": "part_time",
        "age": "posted 92 days ago",
    }
