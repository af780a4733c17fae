"""Years that point to a list ("in the following:") ask years in all, not years in "following"; years asked as a
role cap the score only when read from a role of that title, not from another role whose line names it."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, check_experience, decisive_gaps, years_short
from careerpilot.matching.requirements import _years, extract_requirements

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    "phrase",
    [
        "A minimum of 4 years experience in the following:",
        "4+ years of experience in the following areas: Java, Python",
        "3 years in one of the following fields",
        "3+ years of experience in at least two of the following",
        "3 years of experience in two or more of these areas",
        "3+ years working with the technologies listed below",
        "2 years of experience in the areas listed above",
        "3 years working with the above-mentioned tools",
        "At least 3 years of these in the role of a Data Engineer",
    ],
)
def test_years_pointing_to_a_list_are_years_in_all(phrase: str) -> None:
    held = _years(phrase)
    assert held is not None and held[1] == "", held


@pytest.mark.parametrize(
    ("phrase", "subject"),
    [
        ("5 years of experience as a Java developer", "Java developer"),
        ("2 years as a listed broker", "listed broker"),
    ],
)
def test_words_like_listed_in_a_real_subject_stay(phrase: str, subject: str) -> None:
    assert _years(phrase) == (float(phrase.split()[0]), subject)


def test_the_following_is_no_missing_subject() -> None:
    posting = "Required Experience\nA minimum of 4 years experience in the following:\n* UX design\n* UX leadership\n"
    years = [r for r in extract_requirements("UX Lead", posting).requirements if r.kind == "experience"]
    assert [(r.years, r.subject) for r in years] == [(4.0, "")]


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(lines) + "\n", TODAY)


def _years_req(posting: str, title: str = "Lead") -> Requirement:
    (req,) = [r for r in extract_requirements(title, posting).requirements if r.kind == "experience"]
    return req


def _capped(req: Requirement, evidence: resume_evidence.ResumeEvidence) -> bool:
    return any(caps_score(c) for c in decisive_gaps([check_experience(req, evidence)]))


def test_years_as_a_role_read_from_another_roles_line_are_named_but_do_not_cap() -> None:
    req = _years_req("Requirements:\n- 5 years of experience as a Java Applications Programmer\n")
    # the programmer years are stated in prose on the admin role's line: its dates (four years) are the admin's
    other = _evidence(
        "Served as an E-Commerce Application Admin from 2010-2014. Five years before that were spent as a "
        "Java Applications Programmer."
    )
    check = check_experience(req, other)
    assert check.years_basis == "clear" and not check.years_sure
    assert years_short(check) and not _capped(req, other)


def test_years_as_a_role_of_that_title_still_cap() -> None:
    req = _years_req("Requirements:\n- 5 years of experience as a Java Applications Programmer\n")
    titled = _evidence("Java Applications Programmer, Acme (Jan 2023 - Nov 2026)")
    check = check_experience(req, titled)
    assert check.years_sure and _capped(req, titled)


def test_years_not_asked_as_a_role_still_cap_from_a_line() -> None:
    req = _years_req("Requirements:\n- 5+ years of dispatching experience\n", "Dispatcher")
    held = _evidence("Operations Clerk, Metro Haul (Jun 2023 - Nov 2026)", "- Dispatching for a fleet of 40 trucks")
    check = check_experience(req, held)
    assert check.years_sure and (check.years_basis != "clear" or _capped(req, held))


def test_a_title_holding_the_head_word_is_the_role_asked() -> None:
    req = _years_req("Requirements:\n- 5 years of experience as an HVAC Technician\n", "HVAC Technician")
    held = _evidence("Service Technician, CoolAir (Jan 2024 - Nov 2026)", "- HVAC service calls on rooftop units")
    check = check_experience(req, held)
    assert check.years_sure


def test_years_summed_over_listed_fields_are_years_in_all() -> None:
    posting = (
        "Requirements\n- Additional work experience in other fields such as marketing, design and tax examining "
        "for a total of over 20 years.\n"
    )
    years = [r for r in extract_requirements("Monitor", posting).requirements if r.kind == "experience"]
    assert [(r.years, r.subject, r.skills) for r in years] == [(20.0, "", [])]
