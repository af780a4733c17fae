"""Review r23c of h23c: a scheme's initials held by others, asked with "or equivalent", and designations' initials.

"Ensure contractors hold CSCS" is a duty on others' cards, not the applicant's ask; "NEBOSH or equivalent", "CSCS is
essential" and "CORU registered or eligible" ask the credential; Canada's "CPA, CA or CMA designation" names the
designations, not California; a resume's work on police checks ("Coordinated police checks for volunteers") holds
none.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases
from careerpilot.matching.credentials import vocabulary
from careerpilot.matching.jurisdictions import places
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict
from tests.support.timing import cpu_seconds

INTRO = "We are hiring for our busy team in the city centre.\n\n## Requirements\n"


def _ids(title: str, line: str) -> list[str]:
    found = extract_requirements(title, f"{INTRO}- {line}\n").requirements
    return [i for r in found if r.kind == "certification" for i in r.credentials]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Site Manager", "Ensure contractors hold CSCS"),  # UK: a duty over others' cards
        ("Site Manager", "Check that all operatives hold CSCS"),
        ("Contracts Manager", "Contractors must hold CSCS"),
        ("Site Manager", "Subcontractors must be CSCS registered"),
        ("Security Manager", "Make sure every officer on site holds SIA"),
        ("Health and Safety Manager", "Ensure supervisors hold NEBOSH"),
        ("Clinical Lead", "Verify that locum staff are HCPC registered"),  # UK
        ("Nurse Manager", "Confirm agency nurses hold NMBI"),  # Ireland
    ],
)
def test_initials_held_by_others_ask_the_applicant_nothing(title: str, line: str) -> None:
    assert not [i for i in _ids(title, line) if i.startswith("~")], (line, _ids(title, line))


@pytest.mark.parametrize(
    ("title", "line", "credential"),
    [
        ("Labourer", "You must hold CSCS", "~CSCS card"),  # the applicant named: still asked
        ("Door Supervisor", "Candidates must be SIA licensed", "~SIA"),
        ("Electrician", "Applicants must hold ECS", "~ECS card"),
        ("Health and Safety Advisor", "NEBOSH or equivalent", "~NEBOSH"),  # UK, IE: the commonest way to write it
        ("HSE Officer", "NEBOSH (or equivalent) essential", "~NEBOSH"),
        ("Groundworker", "CSCS is essential", "~CSCS card"),
        ("HSE Advisor", "Ideally NEBOSH qualified", "~NEBOSH"),
        ("Social Worker", "CORU registered or eligible to register", "~CORU"),  # Ireland
        ("Primary Teacher", "GTCS registered (or eligible)", "~GTCS"),  # Scotland
        ("Physiotherapist", "AHPRA registered or eligible", "~AHPRA"),  # Australia
    ],
)
def test_natural_variants_ask_the_schemes_credential(title: str, line: str, credential: str) -> None:
    assert credential in _ids(title, line), (line, _ids(title, line))


# --- Canada's designations and a place's code


@pytest.mark.parametrize(
    "line",
    [
        "CPA, CA designation",  # Canada: the legacy Chartered Accountant beside the CPA
        "CPA, CA or CMA designation",
        "CPA, CA, CMA or CGA designation",
        "CPA (CA, CMA or CGA)",
        "CA designation preferred",
    ],
)
def test_canadian_designations_name_no_california(line: str) -> None:
    assert "California" not in places(line), (line, places(line))


def test_a_canadian_designation_ask_is_met_by_a_canadian_cpa() -> None:
    found = verdict("CPA, CA or CMA designation", ["CPA, CMA (Ontario)"])
    assert "California" not in found.note, found.note


@pytest.mark.parametrize(
    "line",
    ["Based in Irvine, CA, CPA", "Office located in San Jose, CA, PMP"],  # US: a city before, a place still
)
def test_a_city_before_the_code_keeps_it_a_place(line: str) -> None:
    assert places(line) == ("California",), (line, places(line))


# --- a police check a resume holds, not one it processed


@pytest.mark.parametrize(
    "duty",
    [
        "Coordinated police checks for 200 volunteers",  # Australia: work on others' checks
        "Arranged police checks and WWCC for new starters",
        "Organised national police checks for casual staff",
    ],
)
def test_work_on_police_checks_holds_no_check(duty: str) -> None:
    assert verdict("Must hold a current police check", [duty]).credit == 0.0, duty


@pytest.mark.parametrize("held", ["Completed National Police Check (2025)", "Police check, Victoria Police (2024)"])
def test_a_police_check_listed_still_holds_one(held: str) -> None:
    assert verdict("Must hold a current police check", [held]).credit == 1.0, held


@pytest.mark.parametrize(
    "chunk",
    ["Ensure a ", "hold CSCS ", "CSCS or ", "a a ", " ", "CPA, CA ", "CA, CPA or ", "/A/A", "ED POLICE CHECKS "],
)
def test_the_mended_readers_stay_linear(chunk: str) -> None:
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    assert cpu_seconds(credential_phrases.find, text) < 0.05, chunk
    assert cpu_seconds(places, text) < 0.05, chunk
    assert cpu_seconds(vocabulary().find, text) < 0.05, chunk
