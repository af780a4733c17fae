"""How postings phrase "N years of <subject>": each common form yields the years and what they are in."""

from __future__ import annotations

import time

import pytest

from careerpilot.matching.requirements import _years, extract_requirements


@pytest.mark.parametrize(
    ("item", "years", "subject"),
    [
        (
            "At least five (5) years of progressively responsible experience in payroll administration",
            5,
            "payroll administration",
        ),
        ("Two (2) years of experience working in an acute care ICU", 2, "acute care ICU"),
        ("Must have a minimum of three years of full-time experience in a blood bank", 3, "blood bank"),
        ("5 yrs exp. w/ heavy civil projects", 5, "heavy civil projects"),
        ("Tractor-trailer driving: 3 years (Required)", 3, "Tractor-trailer driving"),
        ("Experience as a crane operator (minimum 4 years)", 4, "crane operator"),
        ("4 years of experience operating lattice boom cranes required", 4, "operating lattice boom cranes"),
        ("Candidates should have 5+ years as a court reporter in state or federal courts", 5, "court reporter"),
        ("A minimum of 2 years post-licensure experience as a social worker", 2, "social worker"),
        ("Minimum six years of experience in elevator construction or repair", 6, "elevator construction or repair"),
    ],
)
def test_the_years_and_their_subject_are_read_from_each_common_phrasing(item, years, subject):
    assert _years(item) == (years, subject)


def test_a_years_item_in_the_form_of_a_screening_question_is_a_required_experience_requirement():
    text = "Requirements:\n- Tractor-trailer driving: 3 years (Required)\n- Valid driver's license\n"
    (found,) = [r for r in extract_requirements("CDL-A Driver", text).requirements if r.kind == "experience"]
    assert (found.years, found.subject, found.importance) == (3, "Tractor-trailer driving", "required")


def test_years_phrasing_stays_linear_on_long_hostile_text():
    hostile = "5 yrs exp. " + "w/ a. b. " * 2500 + "experience as a " + "x " * 5000 + "(minimum 4 years)"
    started = time.process_time()
    _years(hostile)
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # a lone participle before "experience at/in" says how; the place says in what, and both are kept
        (
            "3 years of operating experience at a surface water treatment plant",
            "surface water treatment plant operating",
        ),
        # participles listed before their noun describe it: the noun is what the years are in
        ("2 years as a licensed, booked stylist", "stylist"),
        # what follows "with" describes the person, not the years' subject
        ("At least 3 years as a licensed, booked stylist with your own clientele", "stylist"),
        ("2+ years as a certified, insured and bonded locksmith", "locksmith"),
    ],
)
def test_a_participle_modifier_is_not_the_years_subject_when_its_noun_follows(item, subject):
    found = _years(item)
    assert found is not None and found[1] == subject
