"""Session 21 (h21a): what a qualified resume holds is not reported missing because of how a posting is written.

The employer's own history ("has been ... for 60 years"), pay in lakhs, "Interested and qualified candidates should
send ...", a record the hire must be free of ("no SP30 endorsements"), the employer's own certificate ("our ISO 9001
certification"), a stage the years count from ("post-certification") and examples after "incl." each asked
something the posting never asks, or lost the years' subject; a degree written by its field's syllables ("BAppSc"),
as "B.Tech" or by its length ("any four-year course") was read as no degree, and "satisfactory" as the years' field.
"""

from __future__ import annotations

import re

import pytest

from careerpilot.matching import credentials, requirements
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.degrees import BACHELOR_WRITTEN_SHORT, FOUR_YEAR_COURSE, degree_level
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds


def _asked(line: str, title: str = "Joiner") -> list[str]:
    posting = f"Requirements:\n- Three years of joinery experience\n- {line}\n"
    return [r.text for r in extract_requirements(title, posting).requirements]


@pytest.mark.parametrize(
    "line",
    [
        "Kauri Boatbuilders has been building launches in Northland for 60 years.",
        "We have been fitting out Cape Town homes since 1987.",
        "Fixed CTC 7-9 LPA",
        "Interested and suitable applicants should email their CV to the site office.",
    ],
)
def test_what_the_employer_says_of_itself_or_pays_is_no_requirement(line: str) -> None:
    assert _asked(line) == ["Three years of joinery experience"]


@pytest.mark.parametrize(
    "line",
    [
        "Candidates have been working in shopfitting for 5 years",
        "The successful applicant has been practising for 4 years",
        "Manage workshop budgets of 40 lakhs",
    ],
)
def test_what_the_hire_has_done_or_manages_stays_asked(line: str) -> None:
    assert line in _asked(line)


@pytest.mark.parametrize(
    "item", ["Clean licence: no SP30 or IN10 endorsements", "Max 9 points, no TT99 endorsements on your licence"]
)
def test_a_record_the_hire_must_be_free_of_is_no_credential_to_hold(item: str) -> None:
    assert credentials.wanted_in(item) == []


def test_a_credential_asked_no_less_than_stays_asked() -> None:
    assert credentials.wanted_in("Category C licence, no less than two years held")


@pytest.mark.parametrize(
    "item",
    [
        "Forklift licence - needed to keep our ISO 9001 certification",
        "HGV Class 1 licence, required for our safe manning certificates",
    ],
)
def test_the_employers_own_certificate_is_not_asked_of_the_hire(item: str) -> None:
    ids = [i for w in credentials.wanted_in(item) for i in w.ids]
    assert not any("ISO" in i or "manning" in i.lower() for i in ids)
    assert ids  # the hire's own licence is still asked


def test_post_certification_years_are_no_peace_officer_licence_nor_a_certification() -> None:
    posting = "Requirements:\n- 3+ yrs post-certification sonography experience, incl. vascular work\n"
    reqs = extract_requirements("Sonographer", posting).requirements
    assert [(r.kind, r.years, r.subject) for r in reqs] == [("experience", 3.0, "sonography")]
    assert credentials.wanted_in("POST certification required")  # the capitalised initials still name it


@pytest.mark.parametrize(
    "pattern",
    [
        requirements._EMPLOYER_HISTORY,
        requirements._WHAT_IT_INCLUDED,
        requirements._PAY_AMOUNT,
        credentials._ABSENT_BEFORE,
        credentials._OURS_BEFORE,
        re.compile(BACHELOR_WRITTEN_SHORT),
        re.compile(FOUR_YEAR_COURSE, re.I),
    ],
)
@pytest.mark.parametrize(
    "fragment",
    [
        "BAbAbAb ",
        "four-year four-year ",
        "Acme & Sons has been ",
        "incl. e.g. ",
        "9 - 9 LPA lakhs ",
        "no no ",
        "our our - ",
        "a" * 10 + " ",
    ],
)
def test_new_patterns_are_linear_on_hostile_text(pattern: re.Pattern[str], fragment: str) -> None:
    text = (fragment * (20_000 // len(fragment) + 1))[:20_000]
    assert cpu_seconds(pattern.search, text) < 0.05


@pytest.mark.parametrize(
    ("written", "rank"),
    [
        ("BAppSc (Physiotherapy), Curtin University", 3),
        ("BVSc, University of Queensland", 3),
        ("B.Tech Mechanical Engineering", 3),
        ("B.E. Electronics, Anna University", 3),
        ("MClinSci Speech Pathology", 4),
        ("a graduate of any four-year course", 3),
        ("Bring a BBQ tongs", 0),
        ("MoSCoW prioritisation", 0),
    ],
)
def test_degrees_written_by_their_field_syllables_or_length(written: str, rank: int) -> None:
    assert degree_level(written) == rank


def test_a_degree_written_short_is_read_as_the_degree_asked() -> None:
    posting = "Requirements:\n- 6 years of site engineering experience\n- BE/B.Tech in Mechanical Engineering\n"
    kinds = [(r.kind, r.subject) for r in extract_requirements("Site Engineer", posting).requirements]
    assert ("degree", "bachelor in Mechanical Engineering") in kinds


def test_how_well_the_years_went_is_no_subject() -> None:
    assert requirements._years_read("two years' satisfactory experience in food safety inspection")[1] == (
        "food safety inspection"
    )


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Physically fit for outdoor shifts on the wharf", "physical demands"),
        ("Able to cycle long distances between client homes", "physical demands"),
        ("Early starts, finish by 2pm.", "schedule or travel"),
    ],
)
def test_the_body_and_hours_the_work_needs_are_conditions(line: str, label: str) -> None:
    posting = f"Requirements:\n- 2 years of courier experience\n- {line}\n"
    reqs = extract_requirements("Courier", posting).requirements
    assert [(r.kind, r.subject) for r in reqs] == [("experience", "courier"), ("condition", label)]


def test_an_early_start_programme_is_no_schedule() -> None:
    posting = "Requirements:\n- 2 years of teaching experience\n- Early Start programme delivery experience\n"
    assert all(r.kind != "condition" for r in extract_requirements("Teacher", posting).requirements)


@pytest.mark.parametrize("fragment", ["walk walk long long distances ", "early early start start , ", "physically "])
def test_the_new_condition_patterns_are_linear_on_hostile_text(fragment: str) -> None:
    text = (fragment * (20_000 // len(fragment) + 1))[:20_000]
    assert cpu_seconds(condition_of, text) < 0.05
