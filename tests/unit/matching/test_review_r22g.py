"""Review r22g of h22g: a doctor's residency and a first-aid duty are no condition and no credential."""

from __future__ import annotations

import pytest

from careerpilot.matching import conditions, credentials
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY


def _condition(line: str) -> str | None:
    category = conditions.condition_of(line)
    return category.name if category else None


def _wanted(line: str) -> set[str]:
    return {i for w in credentials.wanted_in(line) for i in w.ids}


def _held(line: str) -> set[str]:
    return {h.id for h in credentials.held_in([line], TODAY)}


@pytest.mark.parametrize(
    "line",
    [
        "Resident in Psychiatry (3 years)",
        "Resident in general surgery, St James's Hospital",
        "Resident in Emergency Medicine, Groote Schuur",
        "Local resident engagement officer experience",
        "Residential care experience essential",
        "Resident Manager experience",
    ],
)
def test_a_residency_or_resident_facing_work_is_not_residence(line: str) -> None:
    assert _condition(line) != "residence", line


@pytest.mark.parametrize("line", ["Resident in the EU", "Must be resident in Ireland", "UK resident preferred"])
def test_where_the_hire_lives_is_still_residence(line: str) -> None:
    assert _condition(line) == "residence", line


@pytest.mark.parametrize("line", ["Provide first aid as needed", "Ability to provide first aid to residents"])
def test_providing_first_aid_is_a_duty_not_the_unit(line: str) -> None:
    assert "first_aid_au" not in _wanted(line), line
    assert "first_aid_au" not in _held(line), line
    kinds = {r.kind for r in extract_requirements("Carer", f"Requirements:\n- {line}\n").requirements}
    assert "certification" not in kinds, line


@pytest.mark.parametrize(
    "line", ["Provide First Aid certificate", "Provide First Aid (HLTAID011)", "Provide First Aid, St John 2024"]
)
def test_the_unit_named_as_a_certificate_is_still_read(line: str) -> None:
    assert "first_aid_au" in _wanted(line) | _held(line), line


def test_the_changed_patterns_are_fast_on_hostile_text() -> None:
    from tests.support.timing import cpu_seconds

    attacks = [
        " " * 20_000,
        "a" * 20_000,
        "resident in " * 1_700,
        "local resident " * 1_300,
        "Provide First Aid " * 1_100,
    ]
    residence = [p for c in conditions.categories() if c.name == "residence" for p in c.patterns]
    for attack in attacks:
        for pattern in residence:
            assert cpu_seconds(pattern.search, attack) < 0.05, (pattern.pattern[:60], attack[:20])
    for attack in ["Provide First Aid " * 1_100, "provide first aid (" * 1_000, "provide first aid" + " " * 20_000]:
        assert cpu_seconds(credentials.wanted_in, attack) < 0.5  # the whole vocabulary, not one pattern


@pytest.mark.parametrize(
    "line",
    [
        "CMA Inter (ICMAI) cleared",
        "CMA Intermediate, ICMAI (2021)",
        "CMA Foundation (ICMAI)",
        "ICMAI registered student",
    ],
)
def test_a_stage_of_the_indian_cma_is_no_membership(line: str) -> None:
    assert "cma_icmai" not in _held(line), line


@pytest.mark.parametrize("line", ["CMA (ICMAI), 2019", "CMA Final (ICMAI) cleared, ACMA", "Member, ICWAI"])
def test_the_indian_cma_itself_is_still_held(line: str) -> None:
    assert "cma_icmai" in _held(line), line


def test_the_stage_guards_are_fast_on_hostile_text() -> None:
    from tests.support.timing import cpu_seconds

    for attack in ["ICMAI" + " " * 20_000, "CMA (ICMAI)" + " -" * 10_000, "Inter (ICMAI) " * 1_400]:
        assert cpu_seconds(credentials.held_in, [attack], TODAY) < 0.5


def _credit(asked: str, held: str) -> float:
    from careerpilot.matching.credentials import graded, judge

    wanted = credentials.wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), credentials.held_in([held], TODAY), (), [], [held]).credit


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("First Aid at Work (3-day)", "Emergency First Aid at Work", False),
        ("First Aid at Work certificate", "Emergency First Aid at Work (1 day)", False),
        ("First Aid at Work (3-day)", "First Aid at Work (FAW), 2024", True),
        ("Emergency First Aid at Work", "First Aid at Work (3 day), St John Ambulance", True),
        ("First aid certification", "EFAW (2025)", True),
        ("CPR certification", "First Aid at Work", True),
        ("First Aid at Work (FAW)", "CPR/AED", False),
        ("Current HLTAID011 Provide First Aid", "CPR/AED (American Heart Association)", False),
        ("Level 3 Award in Emergency First Aid at Work", "Level 2 Award in Emergency First Aid at Work", False),
    ],
)
def test_uk_workplace_first_aid_is_a_ladder(asked: str, held: str, met: bool) -> None:
    assert (_credit(asked, held) > 0) is met, (asked, held)
