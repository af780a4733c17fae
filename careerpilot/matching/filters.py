"""Hard filters: each returns a FilterResult, so an excluded posting always says why."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from careerpilot.domain.companies import company_key
from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, SalaryRange
from careerpilot.domain.matching import FilterResult
from careerpilot.matching import authorization, jurisdictions

_PER_YEAR = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}


def _mentions(text: str, phrase: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.IGNORECASE) is not None


def _yearly(amount: float, period: str | None) -> float:
    return amount * _PER_YEAR.get(period or "YEAR", 1)


def check_location(job: JobPosting, filters: JobFilters) -> FilterResult:
    """Pass remote jobs when remote is fine, and jobs in an accepted place."""
    if not filters.locations:
        return FilterResult(name="location", passed=True, reason="any location accepted")
    if job.remote and filters.remote_ok:
        return FilterResult(name="location", passed=True, reason="remote")
    places = job.location_text
    if not places:
        return FilterResult(name="location", passed=True, reason="location not stated")
    for wanted in filters.locations:
        if _mentions(places, wanted):
            return FilterResult(name="location", passed=True, reason=f"in {wanted}")
    return FilterResult(name="location", passed=False, reason=f"{places} is not in {', '.join(filters.locations)}")


def check_salary(job: JobPosting, filters: JobFilters) -> FilterResult:
    """Fail only when the stated maximum, in the same currency, is below the minimum."""
    salary: SalaryRange | None = job.salary
    if filters.salary_min is None:
        return FilterResult(name="salary", passed=True, reason="no minimum set")
    top = salary and (salary.max or salary.min)
    if not salary or not top:
        return FilterResult(name="salary", passed=True, reason="salary not stated")
    if salary.currency and salary.currency.upper() != filters.salary_currency.upper():
        return FilterResult(name="salary", passed=True, reason=f"salary in {salary.currency}, not compared")
    offered = _yearly(top, salary.period)
    wanted = _yearly(filters.salary_min, filters.salary_period)
    if offered < wanted:
        return FilterResult(name="salary", passed=False, reason=f"pays up to {offered:,.0f}/year, below {wanted:,.0f}")
    return FilterResult(name="salary", passed=True, reason=f"pays up to {offered:,.0f}/year")


def check_keywords(job: JobPosting, filters: JobFilters) -> list[FilterResult]:
    """Fail on any excluded keyword, and on any required keyword that is absent."""
    text = job.matching_text()
    results = []
    for word in filters.excluded_keywords:
        if _mentions(text, word):
            results.append(FilterResult(name="excluded_keyword", passed=False, reason=f"mentions '{word}'"))
    for word in filters.required_keywords:
        if not _mentions(text, word):
            results.append(FilterResult(name="required_keyword", passed=False, reason=f"does not mention '{word}'"))
    return results


def check_company(job: JobPosting, filters: JobFilters) -> list[FilterResult]:
    """Fail when the posting's company is one you avoid, ignoring case and suffixes ('Acme' = 'ACME Inc.')."""
    key = company_key(job.company)
    if key and any(company_key(avoided) == key for avoided in filters.excluded_companies):
        return [FilterResult(name="excluded_company", passed=False, reason=f"you avoid {job.company}")]
    return []


def stated_industries(job: JobPosting) -> tuple[str, ...]:
    """Return the industries a posting states (none for most boards).

    They come from ``raw``, where the sources keep them: schema.org ``industry`` (JSON-LD, microdata, RDFa, a text
    or a DefinedTerm), Workable's ``industry`` and SmartRecruiters' ``industry.label``.
    """
    value: Any = job.raw.get("industry")
    values = value if isinstance(value, list) else [value]
    names = (v.get("label") or v.get("name") if isinstance(v, dict) else v for v in values)
    return tuple(n.strip() for n in names if isinstance(n, str) and n.strip())


def check_industry(job: JobPosting, filters: JobFilters) -> list[FilterResult]:
    """When you name industries, fail a posting that states only others; one that states none passes."""
    if not filters.industries:
        return []
    stated = stated_industries(job)
    if not stated:
        return [FilterResult(name="industry", passed=True, reason="industry not stated")]
    for industry in stated:
        for wanted in filters.industries:
            if _mentions(industry, wanted) or _mentions(wanted, industry):
                return [FilterResult(name="industry", passed=True, reason=f"in {industry}")]
    wanted = ", ".join(filters.industries)
    return [FilterResult(name="industry", passed=False, reason=f"in {'; '.join(stated)}, not {wanted}")]


def check_level_and_type(job: JobPosting, filters: JobFilters, today: date) -> list[FilterResult]:
    """Check seniority, employment type and posting age when both sides state them."""
    results = []
    if filters.seniority and job.seniority and job.seniority not in filters.seniority:
        results.append(FilterResult(name="seniority", passed=False, reason=f"{job.seniority} level"))
    if filters.employment_types and job.employment_type and job.employment_type not in filters.employment_types:
        results.append(FilterResult(name="employment_type", passed=False, reason=job.employment_type.lower()))
    if filters.max_age_days and job.date_posted and (today - job.date_posted).days > filters.max_age_days:
        age = (today - job.date_posted).days
        results.append(FilterResult(name="age", passed=False, reason=f"posted {age} days ago"))
    return results


def located_countries(job: JobPosting) -> tuple[str, ...]:
    """Return the codes of the countries a posting's locations (and a remote job's allowed countries) name."""
    named = [loc.country or "" for loc in job.locations] + list(job.remote_countries)
    codes = [code for name in named if name for code in authorization.profile_codes([name])]
    codes += [code for loc in job.locations for code in authorization.country_codes(loc.text)]
    codes += [c for loc in job.locations for p in jurisdictions.places(loc.text) if (c := jurisdictions.country_of(p))]
    known = authorization.countries().labels
    return tuple(dict.fromkeys(c for c in codes if c in known))


def check_authorization(job: JobPosting, filters: JobFilters) -> list[FilterResult]:
    """Fail a posting that refuses the sponsorship you need where you are not authorized; say what else it asks.

    Nothing is returned when the posting says nothing about the right to work. Whatever the profile leaves
    unsaid (no countries, citizenship) passes with a reason starting "unknown: " (matching/authorization.py).
    """
    ask = authorization.read_posting(job.description_text)
    if ask is None:
        return []
    verdict = authorization.judge(ask, filters.work_authorization, filters.needs_sponsorship, located_countries(job))
    return [FilterResult(name="authorization", passed=verdict.outcome != "excluded", reason=verdict.reason)]


def apply_filters(job: JobPosting, filters: JobFilters, today: date | None = None) -> list[FilterResult]:
    """Run every hard filter on a posting."""
    return [
        check_location(job, filters),
        check_salary(job, filters),
        *check_keywords(job, filters),
        *check_company(job, filters),
        *check_industry(job, filters),
        *check_authorization(job, filters),
        *check_level_and_type(job, filters, today or date.today()),
    ]
