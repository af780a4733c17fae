"""Levels of credentials the vocabulary does not know (session 21, `h21e`; issue #18).

A qualification named with its level before it ("Level 5 Certificate in ...", "QQI Level 6 in ..."), a staged
qualification ("Part 2", "Stage 3") and a seafarer's grade (which counts down) are met only at the same or a higher
level of the same name; a lower one is named as such.
"""

from __future__ import annotations

from careerpilot.matching import credential_phrases
from careerpilot.matching.credentials import wanted_in
from tests.support.credentials import assert_lower, assert_met, graded_verdict
from tests.support.timing import cpu_seconds

# --- a level written before a certificate, an award or no type at all


def test_a_level_before_a_certificate_or_award_orders_it() -> None:
    asked = "Level 5 Certificate in Leadership and Management"
    assert_lower(asked, "Level 3 Certificate in Leadership and Management (CMI)")
    assert_met(asked, "Level 5 Certificate in Leadership and Management")
    assert_met(asked, "Level 7 Certificate in Leadership and Management")
    assert_lower("Level 3 Award in Emergency First Aid at Work", "Level 2 Award in Emergency First Aid at Work")


def test_an_awarding_body_before_the_level_keeps_it() -> None:
    assert_lower("QQI Level 6 in Early Childhood Care", "QQI Level 5 in Early Childhood Care")
    assert_met("QQI Level 6 in Early Childhood Care", "QQI Level 6 in Early Childhood Care")
    assert_lower("SVQ Level 3 in Plumbing and Heating", "SVQ Level 2 in Plumbing and Heating")


def test_another_field_at_the_level_is_not_called_a_lower_level() -> None:
    verdict = graded_verdict(
        "Level 5 Certificate in Leadership and Management", ["Level 5 Certificate in Customer Service"]
    )
    assert verdict.credit == 0.0
    assert "lower" not in verdict.note


def test_a_floor_or_a_bare_certificate_is_no_levelled_qualification() -> None:
    assert wanted_in("Our office is on Level 2 in the Harbour Building") == []
    assert all("Level" not in i for w in wanted_in("Certificate in Food Safety") for i in w.ids)


# --- staged qualifications: Part N and Stage N count up; "Part 107" is a rule's number, no level


def test_parts_and_stages_count_up() -> None:
    assert_lower("RIBA Part 2 certificate", "RIBA Part 1 certificate")
    assert_met("RIBA Part 2 certificate", "RIBA Part 3 certificate")
    assert_lower("Stage 3 Beekeeping certificate", "Stage 1 Beekeeping certificate")
    assert_met("Stage 3 Beekeeping certificate", "Stage 3 Beekeeping certificate")


def test_a_rules_part_number_is_no_level() -> None:
    assert credential_phrases.level("FAA Part 107 certificate") is None
    assert_met("FAA Part 107 certificate", "FAA Part 107 Remote Pilot certificate")


# --- a seafarer's grades and classes count down; other grades still count up


def test_a_seafarers_grade_counts_down() -> None:
    asked = "Marine Engine Driver Grade 2 certificate of competency"
    assert_lower(asked, "Marine Engine Driver Grade 3 certificate")
    assert_met(asked, "Marine Engine Driver Grade 1 certificate")
    assert_lower("Engineer Officer Class 2 certificate", "Engineer Officer Class 3 certificate")
    assert_met("Engineer Officer Class 2 certificate", "Engineer Officer Class 1 certificate")


def test_a_grade_beside_no_seafarer_still_counts_up() -> None:
    assert_lower("Grade 2 Tree Surgeon certificate", "Grade 1 Tree Surgeon certificate")
    assert_met("Grade 2 Tree Surgeon certificate", "Grade 3 Tree Surgeon certificate")


# --- hostile input


def test_the_new_patterns_are_linear_on_hostile_input() -> None:
    hostile = [
        "NVQ Level 3 " * 1700,
        "Level " * 3400,
        "Level 3 Higher Certificate " * 750,
        "part 2 stage 3 " * 1400,
        "coxswain grade 1 engine driver " * 650,
        "- ( [ " * 3400,
    ]
    for text in hostile:
        text = text[:20_000]
        assert cpu_seconds(lambda t=text: list(credential_phrases._LEVELLED_AWARD.finditer(t))) < 0.05
        assert (
            cpu_seconds(
                lambda t=text: [credential_phrases._read_level(m) for m in credential_phrases._LEVEL.finditer(t)]
            )
            < 0.05
        )
        assert cpu_seconds(lambda t=text: list(credential_phrases._SEAFARER.finditer(t))) < 0.05


# --- review (r21e): an untyped "Level N in <Capitalised>" placed by on/at is a floor or a pay point


def test_a_floor_or_pay_point_with_a_capitalised_name_is_no_qualification() -> None:
    assert wanted_in("We are located on Level 5 in Collins Place, Melbourne.") == []
    assert wanted_in("Level 12 of Deloitte House, Auckland.") == []
    assert wanted_in("Appointment at EL Level 1 in Services Australia.") == []
    assert wanted_in("Paid at Level 5 in Schedule B of the Enterprise Agreement.") == []
    assert [w.ids for w in wanted_in("Must hold QQI Level 5 in Healthcare Support.")] == [
        ("~QQI Level 5 in Healthcare Support",)
    ]
    assert [w.ids for w in wanted_in("Holds a Level 3 Award in Education and Training.")] == [
        ("~Level 3 Award in Education and Training",)
    ]


def test_the_placing_word_check_is_linear_on_hostile_input() -> None:
    for text in ("on at to from " * 1500, "on Level 5 in " * 1500, "at QQI Level 2 in Dublin " * 800):
        text = text[:20_000]
        assert cpu_seconds(lambda t=text: credential_phrases._by_framework(t)) < 0.05


def test_a_level_in_either_of_two_fields_is_met_by_either() -> None:
    from careerpilot.matching.requirements import extract_requirements

    # an Irish care post and a UK installer's: the level is asked in either field, each a whole name
    for item, ids in (
        (
            "QQI Level 5 in Healthcare Support or Nursing Studies",
            ["~QQI Level 5 in Healthcare Support", "~QQI Level 5 in Nursing Studies"],
        ),
        (
            "NVQ Level 3 in Electrical Installation or Fire & Security Systems",
            ["~NVQ Level 3 in Electrical Installation", "~NVQ Level 3 in Fire and Security Systems"],
        ),
    ):
        reqs = extract_requirements("Installer", f"Requirements\n- {item}\n").requirements
        assert [r.credentials for r in reqs if r.kind == "certification"] == [ids], item
    assert cpu_seconds(lambda: credential_phrases._by_framework(("Level 3 in Care or " * 1200)[:20_000])) < 0.05
