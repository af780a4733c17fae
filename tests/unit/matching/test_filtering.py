"""Hard filters: every failing filter excludes the posting and says why."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pydantic import ValidationError

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, Location, SalaryRange
from careerpilot.domain.profile import Contact, JobPreferences, Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import RunInputs
from careerpilot.matching.filters import apply_filters
from careerpilot.tools.sources.smartrecruiters import normalize_smartrecruiters, parse_smartrecruiters
from careerpilot.tools.sources.workable import normalize_workable, parse_workable
from tests.support.datasets import TEST_DATA


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
        "excluded_company": "you avoid Acme",
        "required_keyword": "does not mention 'Kubernetes'",
        "seniority": "intern level",
        "employment_type": "part_time",
        "age": "posted 92 days ago",
    }


def _board(name: str):
    return json.loads((TEST_DATA / "job_api_payloads" / name).read_text(encoding="utf-8"))


def _passed(job: JobPosting, filters: JobFilters) -> dict[str, str]:
    return {f.name: f.reason for f in apply_filters(job, filters, today=date(2026, 11, 1)) if f.passed}


def test_an_avoided_company_is_excluded_whatever_its_case_or_legal_suffix():
    filters = JobFilters(excluded_companies=["Acme"])

    assert _failed(_job(company="ACME Inc."), filters) == {"excluded_company": "you avoid ACME Inc."}
    assert _failed(_job(company="Acme GmbH"), filters) == {"excluded_company": "you avoid Acme GmbH"}
    assert _failed(_job(company="Acme Robotics"), filters) == {}  # another company that starts the same
    assert _failed(_job(company=None), filters) == {}


def test_the_profile_avoided_companies_and_industries_reach_every_run_filter():
    preferences = JobPreferences(avoid_companies=["acme, inc.", "Globex"], industries=["Insurance"])
    profile = Profile(contact=Contact(name="Ada", email="ada@example.com"), preferences=preferences)
    inputs = RunInputs(
        sources=["local:/postings"],
        profile=profile,
        resume=Resume(),
        filters=JobFilters(excluded_companies=["Acme"], industries=["insurance"]),
    )

    assert inputs.filters.excluded_companies == ["Acme", "Globex"]  # one entry per company, the first spelling
    assert inputs.filters.industries == ["insurance"]
    assert _failed(_job(company="Globex Corporation"), inputs.filters) == {
        "excluded_company": "you avoid Globex Corporation"
    }
    assert RunInputs.model_validate(inputs.model_dump(mode="json")).filters == inputs.filters  # a resumed run agrees


def test_wanted_industries_exclude_a_posting_that_states_another_and_pass_one_that_states_none():
    workable = _board("workable_zego_widget-accounts_2026_trimmed.json")
    it_job, insurance_job = (normalize_workable(raw) for raw in parse_workable(workable, "workable:zego"))
    filters = JobFilters(industries=["Insurance", "Fintech"])

    assert _failed(it_job, filters) == {"industry": "in Information Technology and Services, not Insurance, Fintech"}
    assert _passed(insurance_job, filters)["industry"] == "in Insurance"
    assert _passed(_job(), filters)["industry"] == "industry not stated"  # most boards state none
    assert "industry" not in _passed(it_job, JobFilters())  # no wanted industries: no filter


def test_industries_match_as_words_either_way_and_read_each_board_shape():
    ubisoft = _board("smartrecruiters_ubisoft2_postings_2026.json")
    games = normalize_smartrecruiters(parse_smartrecruiters(ubisoft, "smartrecruiters:ubisoft2")[0])
    schema_org = _job(raw={"industry": [{"@type": "DefinedTerm", "name": "Computer Software"}]})

    assert _passed(games, JobFilters(industries=["entertainment"]))["industry"] == "in Entertainment"
    assert _passed(schema_org, JobFilters(industries=["Software"]))["industry"] == "in Computer Software"
    assert _failed(schema_org, JobFilters(industries=["Soft"])) == {"industry": "in Computer Software, not Soft"}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("salary_min", -1, "greater than or equal to 0"),
        ("salary_min", float("nan"), "finite number"),
        ("salary_min", float("inf"), "finite number"),
        ("salary_currency", "XYZ", "ISO 4217"),
    ],
    ids=["negative", "nan", "infinite", "unknown currency"],
)
def test_filters_refuse_salaries_no_posting_can_meet(field, value, message):
    with pytest.raises(ValidationError, match=message):
        JobFilters(**{field: value})


def test_a_currency_is_read_in_any_case():
    assert JobFilters(salary_currency=" eur ").salary_currency == "EUR"
