"""Credential levels outside the vocabulary's entries (session 22, `h22a`; issue #18).

A vocabulary family issued at numbered or lettered grades ("Class 4 Water Treatment Operator", "TCEQ Class B Water
Operator"), VET shorthand ("Cert III", "NVQ 2"), DBS check levels and ASE test codes: the higher level asked is met
by the same or a higher one written in other words, and the lower one is named as such.
"""

from __future__ import annotations

from careerpilot.matching.credentials import Verdict, graded, graded_name, held_in, judge, wanted_in
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str]) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


def _lower(asked: str, held: str) -> None:
    verdict = _verdict(asked, [held])
    assert verdict.credit == 0.0, (asked, held)
    assert "lower" in verdict.note, (asked, held, verdict.note)


def _met(asked: str, held: str) -> None:
    assert _verdict(asked, [held]).credit > 0, (asked, held)


# --- a vocabulary family's numbered grades count up, its lettered classes down (data/grades.yaml `numbered`)


def test_a_water_operators_numbered_class_counts_up() -> None:
    asked = "Class 4 Water Treatment Operator certificate (Ontario)"
    _lower(asked, "Certified water treatment operator (Class 1), Ontario")
    _lower(asked, "Ontario Class 2 Water Treatment Operator certificate")
    _met(asked, "Ontario Class 4 water treatment operator, certified 2019")
    _met("Must hold a Class III Wastewater Treatment Operator licence", "Ohio EPA Class IV Wastewater Treatment Operator")
    _lower("Must hold a Class III Wastewater Treatment Operator licence", "Grade II Wastewater Treatment Operator")
    _lower("Grade II Wastewater Operator certification", "Grade I Wastewater Operator certification")


def test_a_water_operators_lettered_class_counts_down() -> None:
    asked = "Class B Water Operator licence (TCEQ)"
    _lower(asked, "TCEQ Class C Water Operator licence")
    _met(asked, "TCEQ Class A Water Operator licence")
    _met(asked, "Licensed water operator, Class B (TCEQ)")


def test_an_ask_with_no_grade_or_a_line_with_none_is_not_graded() -> None:
    _met("Water treatment operator certification", "Class 1 water treatment operator certificate")
    _met("Class 4 Water Treatment Operator certificate", "Certified water treatment operator")
    # two grades asked: the lower is the ask
    _met("Grade I or II Water Distribution Operator certification", "Grade 1 water distribution operator certification")


def test_the_label_keeps_the_grade() -> None:
    asked = "Class 4 Water Treatment Operator certificate"
    assert "Class 4" in graded_name(wanted_in(asked)[0], asked)


# --- Australian VET shorthand ("Cert III", "Cert. IV") is the AQF certificate; "NVQ 3" is NVQ Level 3


def test_cert_shorthand_is_the_aqf_certificate() -> None:
    _lower("Cert IV in Ageing Support", "Certificate III in Ageing Support")
    _met("Cert IV in Ageing Support", "Certificate IV in Ageing Support")
    _lower("Certificate IV in Ageing Support", "Cert III in Ageing Support")
    _met("Certificate IV in Ageing Support", "Cert IV Ageing Support (2021)")
    _met("Cert III in Individual Support", "Certificate III in Individual Support (Ageing)")
    _lower("Cert III in Individual Support", "Cert II in Individual Support")
    _met("Minimum Cert III in Early Childhood Education and Care", "Diploma of Early Childhood Education and Care")
    _lower("Diploma of Early Childhood Education and Care", "Cert III in Early Childhood Education and Care")
    _lower("Cert IV in Training and Assessment (TAE40116)", "Cert. III in Training and Assessment")


def test_nvq_with_its_number_alone_is_its_level() -> None:
    _lower("NVQ 3 in Health and Social Care", "NVQ Level 2 in Health and Social Care")
    _met("NVQ 3 in Health and Social Care", "NVQ Level 3 in Health and Social Care")
    _lower("NVQ Level 3 in Health and Social Care", "NVQ 2 in Health and Social Care")
    _met("NVQ 2 in Professional Cookery", "NVQ 3 in Professional Cookery")
    _lower("SVQ 3 in Social Services (Children and Young People)", "SVQ 2 in Social Services (Children and Young People)")


def test_another_field_at_the_cert_level_is_not_met() -> None:
    verdict = _verdict("Cert III in Individual Support", ["Certificate III in Hospitality"])
    assert verdict.credit == 0.0
    assert "lower" not in verdict.note
