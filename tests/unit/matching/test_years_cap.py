"""Short years: a required minimum missed by more than two months, read clearly, is named first and, half a year
short, caps the score, unless an equivalent the posting accepts is plausibly met; preferred years, years only close
by meaning and a range's upper end never are."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import (
    caps_score,
    check_experience,
    decisive_gaps,
    equivalent_offered,
    years_short,
)
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 12, 6)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(lines) + "\n", TODAY)


def _years_req(posting: str, title: str = "Dispatcher") -> Requirement:
    (req,) = [r for r in extract_requirements(title, posting).requirements if r.kind == "experience"]
    return req


def _capped(req: Requirement, evidence: resume_evidence.ResumeEvidence) -> bool:
    check = check_experience(req, evidence)
    return any(caps_score(c) for c in decisive_gaps([check]))


def test_two_months_short_is_met_more_is_named_and_half_a_year_caps():
    req = _years_req("Requirements:\n- 5+ years of dispatching experience\n")
    assert req.importance == "required" and req.years == 5
    at_4y10m = _evidence("Fleet Dispatcher, Metro Haul (Feb 2022 - Nov 2026)")  # 58 months: the rounding of dates
    assert not years_short(check_experience(req, at_4y10m)) and not _capped(req, at_4y10m)
    at_4y9m = _evidence("Fleet Dispatcher, Metro Haul (Mar 2022 - Nov 2026)")  # 57 months: named first, not capped
    check = check_experience(req, at_4y9m)
    assert decisive_gaps([check]) == [check] and not _capped(req, at_4y9m) and check.note.startswith("4.8 of 5")
    at_4y6m = _evidence("Fleet Dispatcher, Metro Haul (Jun 2022 - Nov 2026)")  # 54 months: half a year short
    assert years_short(check_experience(req, at_4y6m), far=True) and _capped(req, at_4y6m)


def test_five_calendar_years_written_to_the_month_are_not_short_of_five():
    req = _years_req("Requirements:\n- Minimum 5 years dispatching experience\n")
    assert not _capped(req, _evidence("Fleet Dispatcher, Metro Haul (Jan 2020 - Dec 2024)"))


def test_overall_years_short_cap_too():
    req = _years_req("Requirements:\n- 3+ years of work experience\n")
    assert req.subject == "" and req.years == 3
    assert _capped(req, _evidence("Clerk, Town Hall (Jan 2024 - Jun 2026)"))  # 2.5 years
    assert not years_short(check_experience(req, _evidence("Clerk, Town Hall (Jan 2024 - Oct 2026)")))  # 2y10m


def test_preferred_years_are_never_a_decisive_gap():
    for posting in (
        "Requirements:\n- 5+ years of dispatching experience preferred\n",
        "Requirements:\n- Ideally 5 years of dispatching experience\n",
    ):
        req = _years_req(posting)
        assert req.importance == "preferred", posting
        assert not _capped(req, _evidence("Fleet Dispatcher, Metro Haul (Jan 2024 - Nov 2026)"))


def test_a_range_of_years_asks_its_lower_bound():
    for posting in (
        "Requirements:\n- 3-5 years of dispatching experience\n",
        "Requirements:\n- Three to five years of dispatching\n",
    ):
        req = _years_req(posting)
        assert req.years == 3, posting
        assert not _capped(req, _evidence("Fleet Dispatcher, Metro Haul (Jan 2023 - Dec 2025)"))  # three years
        assert _capped(req, _evidence("Fleet Dispatcher, Metro Haul (Jan 2024 - Dec 2025)"))  # two


def test_years_only_close_by_meaning_do_not_cap():
    req = _years_req("Requirements:\n- 5+ years of dispatching experience\n")
    evidence = _evidence("Logistics Coordinator, Metro Haul (Jan 2016 - Nov 2026)")
    close = check_experience(req, evidence, {0: (0.5, "Routed trucks")})  # half-way up the ramp: 5.4 years
    assert close.years_basis == "close" and not decisive_gaps([close])
    thin = check_experience(req, evidence, {0: (0.45, "Routed trucks")})  # a quarter: 2.7 years, still not clear
    assert thin.years_basis == "close" and not decisive_gaps([thin]) and not caps_score(thin)


def test_an_equivalent_combination_of_education_and_experience_is_not_capped_when_plausibly_met():
    posting = (
        "Requirements:\n- 4 years of budget analysis experience, or an equivalent combination of education and "
        "experience\n"
    )
    req = _years_req(posting, "Budget Analyst")
    assert equivalent_offered(req.text) == "education"
    role = "Budget Analyst, County of Elm (Jan 2024 - Nov 2026)"  # 2 years 11 months
    graduate = resume_evidence.from_text(
        f"Experience\n{role}\nEducation\nBachelor of Science in Budget and Finance\n", TODAY
    )
    assert not _capped(req, graduate)  # a bachelor's makes up the year the roles lack
    assert _capped(req, _evidence(role))  # no degree: nothing makes up the year it lacks


def test_an_equivalent_role_counts_close_roles_but_a_degree_or_equivalent_is_not_the_years():
    req = _years_req("Requirements:\n- 3+ years as a Night Auditor or equivalent role\n", "Night Auditor")
    assert equivalent_offered(req.text) == "experience"
    evidence = _evidence(
        "Night Auditor, Inn Co (Jan 2025 - Nov 2026)", "Front Desk Supervisor, Hotel Co (Jan 2021 - Dec 2024)"
    )
    clear_only = check_experience(req, evidence)
    assert years_short(clear_only) or clear_only.equivalent_met  # rules alone: the supervisor years may be unread
    by_meaning = check_experience(req, evidence, {1: (0.5, "Balanced the night's folios")})
    assert by_meaning.equivalent_met and not decisive_gaps([by_meaning])  # an equivalent role, close to it
    assert equivalent_offered("5 years of experience and a bachelor's degree or equivalent") == ""
    assert equivalent_offered("5 years of payroll experience") == ""


def test_a_project_schedulers_years_are_project_controls_years():
    req = _years_req(
        "Requirements:\n- 7 yrs project controls on large construction programs\n", "Project Controls Lead"
    )
    evidence = _evidence(
        "Project Controls Lead, Build Co (Jan 2021 - Dec 2026)", "Project Scheduler, Tower Group (Jun 2017 - Dec 2020)"
    )
    check = check_experience(req, evidence)
    assert check.years_basis == "clear" and check.status == "met" and not decisive_gaps([check])


def test_a_gap_that_caps_is_named_before_years_a_few_months_short():
    from careerpilot.domain.matching import RequirementCheck

    req = _years_req("Requirements:\n- 5+ years of dispatching experience\n")
    years = check_experience(req, _evidence("Fleet Dispatcher, Metro Haul (Mar 2022 - Nov 2026)"))  # 3 months short
    spanish = RequirementCheck(
        requirement=Requirement(kind="language", text="Fluent Spanish required", subject="Spanish"),
        status="missing",
        credit=0.0,
    )
    assert decisive_gaps([years, spanish]) == [spanish, years]


def test_a_ceiling_on_years_asks_no_minimum_but_years_asked_after_it_are_read():
    for ceiling in ("a maximum of 4 years", "no more than 2 years", "up to 3 years", "less than 2 years"):
        posting = f"Requirements:\n- {ceiling} of experience as a dispatcher (a junior post)\n"
        assert not [r for r in extract_requirements("Dispatcher", posting).requirements if r.kind == "experience"]
    req = _years_req("Requirements:\n- Max. 2 yrs in a supervisory role; 1 year of radio dispatching required\n")
    assert req.years == 1 and "dispatching" in req.subject


def test_study_makes_up_years_only_in_the_items_field():
    posting = (
        "Requirements:\n- 5 years of nursing experience or an equivalent combination of education and experience\n"
    )
    req = _years_req(posting, "Charge Nurse")
    role = "Staff Nurse, Lakeside Clinic (Dec 2025 - Nov 2026)"  # one year
    history = resume_evidence.from_text(f"Experience\n{role}\nEducation\nBachelor of Arts in History\n", TODAY)
    nursing = resume_evidence.from_text(f"Experience\n{role}\nEducation\nBachelor of Science in Nursing\n", TODAY)
    assert not check_experience(req, history).equivalent_met  # four years of history are not nursing years
    assert check_experience(req, nursing).equivalent_met


def test_a_field_the_item_names_counts_its_degree():
    req = _years_req(
        "Requirements:\n- 4 years of audit experience, or a combination of coursework in accounting and experience\n",
        "Auditor",
    )
    role = "Audit Associate, Pine & Co (Jan 2025 - Nov 2026)"
    graduate = resume_evidence.from_text(f"Experience\n{role}\nEducation\nBS Accounting\n", TODAY)
    assert check_experience(req, graduate).equivalent_met


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        ("3 years of welding, or a combination of experience and certifications", ""),
        ("3 years of welding, or a combination of experience and trade school training", "education"),
        ("2 years of interpreting in Spanish or comparable language", ""),
        ("4 years of HVAC service or equivalent certification", ""),
        ("4 years of HVAC service or an equivalent license", ""),
        ("4 years of HVAC service or equivalent experience", "experience"),
        ("4 years as a Shift Lead or comparable role", "experience"),
    ],
)
def test_what_an_or_equivalent_offers_depends_on_the_word_after_it(text, offered):
    assert equivalent_offered(text) == offered


def test_years_short_in_all_are_named_and_capped_as_a_roles_years_are():
    req = _years_req("Requirements:\n- 4+ years of freight brokerage experience\n", "Freight Broker")
    # no role clearly about brokerage: only the years in all can be short
    four_short = _evidence("Customer Service Rep, Valley Foods (Apr 2023 - Nov 2026)")  # 44 months: 4 months short
    check = check_experience(req, four_short)
    assert check.years_basis != "clear" and check.short_in_all
    assert years_short(check) and not years_short(check, far=True)  # named, left to coverage
    year_short = _evidence("Customer Service Rep, Valley Foods (Jan 2024 - Nov 2026)")  # 35 months
    assert years_short(check_experience(req, year_short), far=True)
    near = _evidence("Customer Service Rep, Valley Foods (Feb 2023 - Nov 2026)")  # 46 months: within two
    assert not check_experience(req, near).short_in_all
