"""Years in a subject as a continuous signal: roles weighted by how much they are about it, overlaps once."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Requirement
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import (
    YEARS_RAMP,
    RoleMeaning,
    caps_score,
    check_experience,
    decisive_gaps,
    weighted_months,
    years_short,
    years_weight,
)
from careerpilot.matching.evidence import Role
from careerpilot.matching.meaning import years_ceiling

TODAY = date(2025, 1, 1)
PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)
LOW, HIGH = YEARS_RAMP
HALF = (LOW + HIGH) / 2  # a cosine half-way up the ramp: the role counts at weight 0.5


def _req(years: float, subject: str) -> Requirement:
    return Requirement(kind="experience", text=f"{years:g}+ years of {subject}", years=years, subject=subject)


def _evidence(*roles: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(roles) + "\n", TODAY)


def test_each_month_counts_once_at_the_highest_weight_among_the_roles_active_in_it():
    clear = Role(title="A", line="A", start=(2018, 1), end=(2021, 1))
    close = Role(title="B", line="B", start=(2020, 1), end=(2022, 1))
    # 2018-01 through 2021-01 at 1.0 (37 months), then 2021-02 through 2022-01, the part of B not under A, at 0.5
    # (12 x 0.5): the overlap once
    assert weighted_months([(clear, 1.0), (close, 0.5)]) == 37.0 + 6.0
    assert weighted_months([(clear, 0.5), (close, 1.0)]) == 12.0 + 25.0  # 2018-2019 at 0.5, 2020-01..2022-01 at 1.0
    assert weighted_months([(clear, 1.0), (close, 1.0)]) == 49.0  # all clear: the union of the intervals
    assert years_weight(LOW) == 0.0 and years_weight(HIGH) == 1.0 and years_weight(HALF) == pytest.approx(0.5)


def test_a_role_somewhat_about_the_subject_counts_in_part():
    evidence = _evidence("Warehouse Associate, Mill Co (2015 - 2023)")
    req = _req(4, "tractor-trailer driving")
    unread = check_experience(req, evidence)  # no rule counts it: other experience makes up a quarter, no more
    assert unread.note.startswith("no role as") and unread.credit == 0.25
    close: RoleMeaning = {0: (HALF, "Loaded trailers in the mill warehouse")}
    half = check_experience(req, evidence, close)
    assert half.years_held == 4.0 and half.status == "met"  # 8 years at weight 0.5
    assert half.evidence == "Loaded trailers in the mill warehouse" and "no role clearly about" in half.note
    clear = check_experience(req, evidence, {0: (HIGH, "Drove tractor-trailers")})
    assert clear.years_held == 8.1 and clear.note.startswith("8.1 of 4 years")  # Jul 2015 through Jul 2023
    assert unread.credit < check_experience(req, evidence, {0: (LOW + 0.05, "")}).credit < half.credit


def test_two_resumes_neither_naming_the_subject_order_by_their_weighted_years():
    req = _req(6, "immigration paralegal")
    long = _evidence("Case Manager, Visa Law LLP (2017 - 2023)")
    short = _evidence("Case Manager, Visa Law LLP (2021 - 2023)", "Receptionist, Visa Law LLP (2015 - 2021)")
    line = "Prepared H-1B and PERM filings"
    a = check_experience(req, long, {0: (HALF, line)})
    b = check_experience(req, short, {0: (HALF, line), 1: (LOW - 0.1, "Answered phones")})
    assert a.years_held == 3.0 and b.years_held == 1.0
    assert a.credit > b.credit  # before the ramp, neither found a role: both 0.25, a tie
    assert not years_short(a) and not years_short(b)  # neither is clearly about it: scored, not named or capped


def test_short_years_are_a_decisive_gap_only_on_roles_clearly_about_the_subject():
    req = _req(3, "tractor-trailer driving")
    evidence = _evidence(
        "Company Driver, Roehl (2023 - 2024)", "Warehouse Associate, Mill Co (2015 - 2023)"
    )  # 1 year as a driver (a title-family rule), 8 somewhat about it
    meaning: RoleMeaning = {1: (HIGH - 0.01, "Loaded trailers in the mill warehouse")}
    mixed = check_experience(req, evidence, meaning)
    # the close role lifts the credit (partial credit) but not the gap: the resume names the subject where it means it
    assert mixed.years_held == 1.1 and mixed.status == "partial" and years_short(mixed)
    assert mixed.credit > check_experience(req, evidence).credit
    assert decisive_gaps([mixed]) == [mixed] and "1.1 of 3 years clearly about it" in mixed.note
    assert caps_score(mixed)  # the close roles make up the credit, not the gap (the warehouse is no driving)
    # no role clearly about it, weighted years short: scored low, not a decisive gap ...
    wording = _evidence("Yard Hostler, Mill Co (2021 - 2024)", "Cashier, Kroger (2015 - 2021)")
    unclear = check_experience(req, wording, {0: (HALF, "Moved trailers in the yard")})
    assert unclear.years_held == 1.5 and not years_short(unclear) and decisive_gaps([unclear]) == []
    # ... unless the years in all are short too
    thin = _evidence("Yard Hostler, Mill Co (2023 - 2024)")
    assert years_short(check_experience(req, thin, {0: (HALF, "Moved trailers in the yard")}))


def test_weighted_years_stay_within_the_bounds_the_cascade_uses():
    """Unread, an open years check's credit is the lowest; read with any cosines, never over years_ceiling."""
    req = _req(5, "commercial HVAC service")
    evidence = _evidence(
        "Service Technician, Trane (2021 - 2024)",
        "Installer, Cool Co (2019 - 2022)",
        "Barista, Corner Cafe (2012 - 2019)",
    )
    unread = check_experience(req, evidence)
    ceiling = years_ceiling(unread, evidence.total_years)
    for a in (0.0, HALF, 1.0):
        for b in (0.0, HALF, 1.0):
            for c in (0.0, HALF, 1.0):
                read = check_experience(req, evidence, {0: (a, "x"), 1: (b, "y"), 2: (c, "z")})
                assert unread.credit <= read.credit <= ceiling


def test_through_the_service_the_resume_with_more_years_close_to_the_subject_ranks_higher_within_its_bounds(service):
    posting = "Requirements:\n- 4+ years of residential electrical work\n- Valid driver's license\n"
    job = JobPosting(id="e1", source="test", title="Residential Electrician", description_text=posting)
    wired = ["Wired new homes: panels, circuits, outlets"]
    long = Resume.model_validate(
        {"work": [{"position": "Installer", "startDate": "2019-01", "endDate": "2024-01", "highlights": wired}]}
    )
    short = Resume.model_validate(
        {
            "work": [
                {"position": "Installer", "startDate": "2022-07", "endDate": "2024-01", "highlights": wired},
                {"position": "Barista", "name": "Corner Cafe", "startDate": "2015-01", "endDate": "2022-07"},
            ]
        }
    )
    scores = {}
    for name, resume in (("long", long), ("short", short)):
        evidence = resume_evidence.from_resume(resume)
        item = service._cheap(job.content_hash, job, service.requirements(job), evidence, evidence.key, PLAN, 0.1)
        low, high = item.score(), item.upper()
        service._semantic([item], evidence)
        assert low - 1e-9 <= item.score() <= high + 1e-9, (name, low, item.score(), high)
        years = next(c for c in item.checks if c.requirement.kind == "experience")
        assert "no role clearly about" in years.note and not caps_score(years), years  # "Installer" is no rule hit
        scores[name] = item.score()
    assert scores["long"] > scores["short"]


def test_a_role_of_the_occupation_without_the_specialty_in_its_words_counts_only_by_meaning():
    from careerpilot.matching.coverage import check_experience
    from careerpilot.matching.requirements import extract_requirements

    posting = "Requirements:\n- 4 yrs pipeline welding experience minimum\n"
    text = (
        "Experience\nWelder, Associated Pipe Line Contractors (2019 - 2024)\n- Downhill SMAW on transmission lines\n"
        "Structural Welder, Permian Steel (2014 - 2019)\n- Tie-ins on gathering lines\n"
    )
    (req,) = [r for r in extract_requirements("Pipeline Welder", posting).requirements if r.kind == "experience"]
    evidence = resume_evidence.from_text(text)
    by_words = check_experience(req, evidence)
    by_meaning = check_experience(req, evidence, {1: (0.7, "Tie-ins on gathering lines")})
    assert by_words.years_held == 5.1  # "Welder" alone does not make structural years pipeline years
    assert by_meaning.years_held == 10.1 and "by meaning" in by_meaning.note  # its lines, read by meaning, may


def test_weighted_months_at_weight_one_is_the_union_of_the_intervals():
    from careerpilot.matching.evidence import union_months

    roles = [
        Role(title="a", line="a", start=(2018, 1), end=(2020, 6)),
        Role(title="b", line="b", start=(2019, 3), end=(2021, 1)),
        Role(title="c", line="c", start=(2022, 5), end=(2023, 5)),
        Role(title="undated", line="d"),
    ]
    assert weighted_months([(r, 1.0) for r in roles]) == union_months(roles) == 37 + 13


def test_short_years_are_decided_by_the_checks_fields_not_its_words():
    evidence = _evidence("Tractor-Trailer Driver (2023 - 2024)")
    clear = check_experience(_req(3, "tractor-trailer"), evidence)
    assert clear.years_basis == "clear" and years_short(clear)
    assert years_short(clear.model_copy(update={"note": "no role reworded"}))  # the note is for people only
    unclear = clear.model_copy(update={"years_basis": "close"})
    assert not years_short(unclear) and years_short(unclear.model_copy(update={"short_in_all": True}))
    assert caps_score(unclear.model_copy(update={"short_in_all": True}))


def test_only_roles_clearly_about_the_subject_name_its_years_short():
    req = _req(3, "sterile processing")
    near = "Decontaminated and wrapped surgical trays"
    some = check_experience(req, _evidence("Sterile Processing Technician, Mercy (Jul 2023 - Dec 2024)"))
    close = check_experience(
        req, _evidence("Central Supply Clerk, Mercy (2023 - 2024)", "Cashier, Kroger (2015 - 2022)"), {0: (HALF, near)}
    )
    none = check_experience(req, _evidence("Cashier, Kroger (2015 - 2024)"))
    assert (some.years_basis, close.years_basis, none.years_basis) == ("clear", "close", "none")
    # weighted years are no years of the subject, and a role worded otherwise is often the meaning reading's miss:
    # only what the resume shows clearly is named short (and caps); the others are scored lower, not named
    assert years_short(some) and not years_short(close) and not years_short(none)
    assert "no role as sterile processing found" in none.note
    assert caps_score(some) and not caps_score(close) and not caps_score(none)


def test_years_short_only_by_meaning_are_no_decisive_gap_beside_a_tool_lacking():
    from careerpilot.matching.coverage import check_skill

    tool = Requirement(kind="skill", text="Workday Recruiting", skills=["Workday"])
    evidence = _evidence("Talent Sourcer, Acme (2022 - 2024)", "Cashier, Kroger (2015 - 2022)")
    missing_tool = check_skill(tool, evidence)
    close = check_experience(_req(3, "corporate recruiting"), evidence, {0: (HALF, "Sourced engineers")})
    assert not years_short(close) and not caps_score(close) and not caps_score(missing_tool)
    assert decisive_gaps([close, missing_tool]) == [missing_tool]
