"""Review r18c of today's years and field mends: what a job seeker would feel, in the world's wording.

A posting's pasted whitespace must not stall a read; a kin word ("Platform", "Production") makes a title about a
subject only when the title names no other kind; an associate is the rung below for people management; a capital
"OR" before the operating room's staff is the field unless a role noun of the same kind stands before it.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.coverage import _alternatives, _lower_rung, about_whole, check_years
from careerpilot.matching.evidence import Role
from careerpilot.matching.occupations import expanded
from careerpilot.matching.requirements import _before_event, _years
from careerpilot.matching.since import since_phrase
from tests.support.timing import cpu_seconds
from tests.support.years import basis_in_one_role, close_everywhere, one_role, title_names_subject, years_item

# --- 1. a run of whitespace reads in linear time ------------------------------------------------------------------

_GAP = " " * 20000


def _seconds(read: object, text: str) -> float:
    """Return the fewest CPU seconds of three reads of ``text``, patterns compiled first."""
    read("IT after NCLEX")  # type: ignore[operator]
    return cpu_seconds(read, text, repeat=3)  # type: ignore[arg-type]


# a linear read takes ~10 ms of CPU; the quadratic one (two open runs of spaces side by side) takes seconds
_LINEAR = 0.5


@pytest.mark.parametrize(
    "text",
    [
        "IT" + _GAP + "x",
        "IT" + _GAP + "Manager",
        "IT /" + _GAP + "x",
        "Head of IT" + "\t" * 20000 + "x",
        "IT" + "\n" * 20000 + "x",
    ],
)
def test_a_field_abbreviation_before_a_whitespace_run_reads_in_linear_time(text: str) -> None:
    assert _seconds(expanded, text) < _LINEAR


@pytest.mark.parametrize(
    "text",
    [
        "5 years of data" + _GAP + "post-registration",
        "5 years of data" + _GAP + "after",
        "3 years of nursing" + "\n" * 20000 + "since",
    ],
)
def test_the_event_a_subject_stops_at_is_found_in_linear_time(text: str) -> None:
    assert _seconds(_before_event, text) < _LINEAR


@pytest.mark.parametrize(
    "text",
    ["IT Business Analyst", "IT/Telecoms Engineer", "IT & Operations Manager", "IT / Telecoms Engineer", "IT, Risk"],
)
def test_it_before_a_title_still_names_the_field(text: str) -> None:
    assert "information technology" in expanded(text)


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("3 years of audit experience after ACCA qualification", "audit"),
        ("2 years of nursing after NCLEX", "nursing"),
        ("2 years of nursing   after   NCLEX", "nursing"),
        ("3 years of ICU nursing since registration", "ICU nursing"),
    ],
)
def test_a_subject_still_stops_where_the_event_begins(item: str, subject: str) -> None:
    assert _years(item)[1] == subject  # type: ignore[index]


# --- 2. a kin word makes a title about the subject only when its other words name no other kind -------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5 years of site reliability engineering", "Frontend Platform Engineer"),
        ("5 years of site reliability engineering", "Mobile Platform Engineer"),
        ("5 years of site reliability engineering", "Salesforce Platform Engineer"),
        ("5 years of site reliability engineering", "Network Infrastructure Engineer"),
        ("5 years of site reliability engineering", "Civil Infrastructure Engineer"),
        ("5 years of site reliability engineering", "Petroleum Production Engineer"),
        ("5 years of site reliability engineering", "Oil & Gas Production Engineer"),
        ("5 years of site reliability engineering", "Manufacturing Production Engineer"),
        ("5 years of site reliability engineering", "Offshore Platform Engineer"),
        ("5 years of site reliability engineering", "Video Production Engineer"),
        ("3+ years of machine learning engineering", "AI Sales Engineer"),
        ("3+ years of machine learning engineering", "Frontend AI Engineer"),
        ("3+ years of machine learning engineering", "Computer Vision Hardware Engineer"),
        ("5 years of embedded software engineering", "Firmware Test Engineer"),
    ],
)
def test_a_kin_word_beside_another_kind_names_the_other_kind(item: str, title: str) -> None:
    req = years_item(item)
    assert not about_whole(req.subject, Role(title=title, line=title))[1]
    evidence = one_role(title)
    assert check_years(req, evidence, close_everywhere(evidence, 0.3)).years_basis != "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5 years of site reliability engineering", "Platform Engineer"),
        ("5 years of site reliability engineering", "DevOps Engineer"),
        ("5 years of site reliability engineering", "Senior Infrastructure Engineer"),
        ("5 years of site reliability engineering", "Staff Production Engineer"),
        ("3+ years of machine learning engineering", "Senior NLP Engineer"),
        ("3+ years of machine learning engineering", "AI Engineer"),
        ("3+ years of machine learning engineering", "Lead Computer Vision Engineer"),
        ("5 years of embedded software engineering", "Principal Firmware Engineer"),
    ],
)
def test_a_kin_word_with_only_ranks_beside_it_still_names_the_kind(item: str, title: str) -> None:
    assert title_names_subject(item, title)
    assert basis_in_one_role(item, title, ["Shipped models and services"]) == "clear"


# --- 3. only a deputy's words hold charge of people: an associate is the rung below --------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5+ years of people management", "Associate Product Manager"),
        ("5+ years of people management", "Associate Project Manager"),
        ("5+ years of people management", "Associate Manager"),
        ("5 years of people management experience", "Associate Manager, Operations"),
    ],
)
def test_an_associate_is_below_the_charge_of_people(item: str, title: str) -> None:
    req = years_item(item)
    assert _lower_rung(req, Role(title=title, line=title))
    evidence = one_role(title)
    years = check_years(req, evidence, close_everywhere(evidence, 0.3))
    assert (years.status, years.years_basis) != ("met", "clear")


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3 years of team leadership", "Associate Manager"),
        ("3 years of supervisory experience", "Associate Supervisor"),
        ("5+ years of people management", "Associate Project Manager"),
    ],
)
def test_an_associate_reads_as_an_assistant_for_charge_of_people(item: str, title: str) -> None:
    req = years_item(item)
    assistant = title.replace("Associate", "Assistant")
    assert _lower_rung(req, Role(title=title, line=title)) == _lower_rung(req, Role(title=assistant, line=assistant))


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5+ years of people management", "Deputy Manager"),
        ("5+ years of people management", "Associate Director"),
        ("3 years of team leadership", "Vice Principal"),
        ("5 years of people management experience", "Deputy Director"),
    ],
)
def test_a_deputy_and_an_associate_director_still_hold_the_charge(item: str, title: str) -> None:
    assert not _lower_rung(years_item(item), Role(title=title, line=title))


# --- 4. a capital OR before the operating room's staff is the field unless a role noun stands before it ----------


@pytest.mark.parametrize(
    "text",
    [
        "CIRCULATING OR NURSE",
        "TRAVEL OR NURSE NEEDED",
        "EXPERIENCED OR RN WANTED",
        "3 YEARS ICU OR OR EXPERIENCE",
        "OR NURSE WANTED",
        "Senior OR Nurse",
        "NIGHT SHIFT OR TECH",
    ],
)
def test_a_capital_or_before_the_operating_rooms_staff_names_the_field(text: str) -> None:
    assert "operating room" in expanded(text)


@pytest.mark.parametrize(
    "text",
    [
        "LPN OR RN",
        "RN OR NURSE",
        "ELECTRICIAN OR TECHNICIAN",
        "SUPERVISOR OR MANAGER",
        "CNA OR NURSE AIDE",
        "BACHELOR'S DEGREE OR EXPERIENCE",
        "Go OR Rust",
        "Portland, OR Nurse Jobs",
    ],
)
def test_a_capital_or_between_two_role_nouns_is_the_conjunction(text: str) -> None:
    assert "operating room" not in expanded(text)


@pytest.mark.parametrize(
    ("subject", "parts"),
    [
        ("cardiac OR nursing", ["cardiac OR nursing"]),
        ("perioperative OR nursing", ["perioperative OR nursing"]),
        ("ELECTRICIAN OR PLUMBER", ["ELECTRICIAN", "PLUMBER"]),
        ("HR generalist or HRBP", ["HR generalist", "HRBP"]),
        ("software engineer/developer", ["software engineer", "developer"]),
        ("electrician Or plumber", ["electrician", "plumber"]),
        ("Go OR Rust", ["Go", "Rust"]),
    ],
)
def test_a_capital_or_splits_alternatives_only_where_it_is_no_field(subject: str, parts: list[str]) -> None:
    assert _alternatives(subject) == parts


@pytest.mark.parametrize("title", ["Telemetry RN", "Med-Surg RN"])
def test_a_cardiac_nurse_is_not_clear_for_years_in_the_operating_room(title: str) -> None:
    req = years_item("2 years of cardiac OR nursing")
    evidence = one_role(title)
    years = check_years(req, evidence, close_everywhere(evidence, 0.3))
    assert (years.status, years.years_basis) != ("met", "clear")


# --- 5. IT before a title-case word names the field only before a role or department word -------------------------


@pytest.mark.parametrize(
    "text",
    ["We Make IT Simple", "Is IT For You?", "Make IT Happen With Us", "Love IT Or Leave", "Get IT Done Right"],
)
def test_it_before_an_ordinary_title_case_word_names_no_field(text: str) -> None:
    assert "information technology" not in expanded(text)


@pytest.mark.parametrize(
    "text",
    [
        "IT Recruiter",
        "IT Risk Analyst",
        "IT Teacher",
        "IT Account Manager",
        "IT Apprentice",
        "IT Trainer",
        "IT Support Specialist",
        "IT Operations Manager",
        "IT, Risk and Compliance Lead",
    ],
)
def test_it_before_a_role_or_department_word_names_the_field(text: str) -> None:
    assert "information technology" in expanded(text)


# --- 5b. an exam's initials inside a practice's or a body's name are no event the years count from ----------------


@pytest.mark.parametrize(
    "item",
    [
        "3 years of security experience following the CIA triad",
        "3 years of engineering following PE guidelines",
        "3 years of pricing work since the CMA ruling",
    ],
)
def test_initials_inside_a_practice_are_no_event(item: str) -> None:
    assert since_phrase(item) == ""


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("2 years of nursing after NCLEX", "NCLEX"),
        ("2 years of nursing after NCLEX in a hospital", "NCLEX"),
        ("3 years of experience following the PE license", "PE license"),
        ("3 years of experience after obtaining your CDL", "CDL"),
        ("2 years since the SQE", "SQE"),
        ("3 years of audit after CIA certification", "CIA certification"),
        ("two years, after the MSW, of casework", "MSW"),
    ],
)
def test_initials_at_the_phrase_end_or_before_an_event_word_are_the_event(item: str, phrase: str) -> None:
    assert since_phrase(item) == phrase
