"""Years in a bracket with how much they are wanted, after a list of fields ("(3+ years desirable)")."""

from __future__ import annotations

import pytest

from careerpilot.matching.requirements import _HOW_MUCH, _last_clause, extract_requirements
from tests.support.timing import cpu_seconds

_INTRO = "We are a public body serving the region.\n\n"


def _years(item: str) -> list[tuple[float | None, str]]:
    found = extract_requirements("Officer", _INTRO + "Requirements:\n- " + item + "\n- Good judgement\n")
    return [(r.years, r.subject) for r in found.requirements if r.kind == "experience"]


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # Australia, UK, Ireland, Canada, South Africa: the cue is how much the years are wanted, not their subject
        ("Experience in international security, defence or foreign policy (3+ years desirable)", "foreign policy"),
        ("Retail pharmacy experience (minimum 2 years essential)", "Retail pharmacy"),
        ("Community pharmacy experience (2 years an advantage)", "Community pharmacy"),
        ("Hospitality experience (2 years mandatory)", "Hospitality"),
        ("Background in aged care, disability or community services (2 years an advantage)", "aged care"),
        ("Excellent Excel; experience in audit, tax or advisory (3 years)", "audit"),
    ],
)
def test_a_bracketed_cue_leaves_the_years_to_what_they_follow(item: str, subject: str) -> None:
    read = _years(item)
    assert read and subject in read[0][1]
    assert not any(word in read[0][1].lower() for word in ("desirable", "essential", "advantage", "mandatory"))


def test_a_list_after_experience_in_is_any_of_its_fields() -> None:
    assert _years("Experience in retail, hospitality or customer service (1 year minimum)") == [
        (1.0, "retail or hospitality or customer service")
    ]


def test_a_list_of_other_asks_keeps_only_the_last_clause() -> None:
    # a UK warehouse: the licence is asked beside the years, it is not what they are in
    assert _years("Full UK licence, warehouse or logistics experience (2 years essential)") == [
        (2.0, "warehouse or logistics")
    ]
    assert _years("A driver licence, forklift experience (2 years)") == [(2.0, "forklift")]
    assert _years("Strong Excel, payroll or bookkeeping experience (3 years)") == [(3.0, "payroll or bookkeeping")]


def test_last_clause_stays_fast_on_hostile_text() -> None:
    for chunk in (", ", "a, ", "experience in a, ", "or, ", "9", " "):
        text = chunk * 20_000
        assert cpu_seconds(lambda t=text: _last_clause(t)) < 0.05


def _importance(item: str) -> list[str]:
    found = extract_requirements("Officer", _INTRO + "Requirements:\n- " + item + "\n- Good judgement\n")
    return [r.importance for r in found.requirements if r.kind == "experience"]


@pytest.mark.parametrize(
    ("item", "importance"),
    [
        # the bracket says how much the years are wanted: the item's experience is preferred, not required
        ("Experience in international security, defence or foreign policy (3+ years desirable)", "preferred"),
        ("Experience in policy (3+ years preferred)", "preferred"),
        ("Case management experience (2+ yrs desired)", "preferred"),
        ("Experience in audit, tax or advisory (3+ years essential)", "required"),
        ("Experience in policy (3+ years required)", "required"),
    ],
)
def test_a_bracket_of_years_with_a_cue_sets_how_much_they_are_wanted(item: str, importance: str) -> None:
    assert _importance(item) == [importance]


def test_how_much_stays_fast_on_hostile_brackets() -> None:
    for chunk in ("3+ years ", "9", "3 ", "+ ", "years ", "1.1", "a a "):
        text = chunk * (20_000 // len(chunk))
        assert cpu_seconds(lambda t=text: _HOW_MUCH.sub(" ", t)) < 0.05
