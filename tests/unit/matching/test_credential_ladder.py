"""Levels of credentials the vocabulary's families do not know: ordinals, rank words, frameworks (issue #18).

A requirement is met only by the same credential at the same or a higher level; a lower level of the same name is
named as missing with what is held ("holds ..., a lower level"), and a higher one counts.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching.credentials import held_in, judge, wanted_in
from tests.support.credentials import TODAY, verdict


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2nd Class Engineer license", ("ordinal class", 2)),
        ("First Class Stationary Engineer", ("ordinal class", 1)),
        ("Firefighter Type 1", ("type", 1)),
        ("NICET Level III", ("level", 3)),
        ("Certificate III in Early Childhood Education and Care", ("aqf", 3)),
        ("Advanced Diploma of Engineering", ("aqf", 6)),
        ("Diploma of Early Childhood Education and Care", ("aqf", 5)),
    ],
)
def test_level_reads_ordinals_types_and_framework_names(text: str, found: tuple[str, int]) -> None:
    assert phrases.level(text) == found


@pytest.mark.parametrize(
    ("held", "asked", "meets"),
    [
        (("ordinal class", 1), ("ordinal class", 2), True),  # 1st Class is above 2nd Class
        (("ordinal class", 3), ("ordinal class", 2), False),
        (("type", 1), ("type", 2), True),  # FFT1 is above FFT2
        (("type", 2), ("type", 1), False),
        (("level", 4), ("level", 3), True),  # Level 4 is above Level 3
        (("level", 3), ("level", 4), False),
        (("aqf", 6), ("aqf", 5), True),
        (("aqf", 3), ("aqf", 5), False),
        (("level", 3), ("type", 1), False),  # levels of different kinds do not compare
    ],
)
def test_level_meets_takes_each_words_direction(held: tuple[str, int], asked: tuple[str, int], meets: bool) -> None:
    assert phrases.level_meets(held, asked) is meets


def test_ordinal_class_higher_meets_lower_does_not_and_is_named() -> None:
    asked = "Massachusetts 2nd Class Engineer license or higher"
    assert verdict(asked, ["1st Class Engineer License (Massachusetts Department of Public Safety)"]).credit == 1.0
    assert verdict(asked, ["2nd Class Engineer License (Massachusetts)"]).credit == 1.0
    lower = verdict(asked, ["3rd Class Engineer License (Massachusetts)"])
    assert lower.credit == 0.0
    assert "3rd Class Engineer License" in lower.note and "a lower level" in lower.note


def test_type_number_counts_down_and_abbreviation_with_digit_holds_its_level() -> None:
    asked = "Qualified as Firefighter Type 1 (FFT1) under NWCG PMS 310-1"
    assert wanted_in(asked)[0].ids == ("~Firefighter Type 1 (FFT1)",)
    assert verdict(asked, ["NWCG Incident Qualification Card: FFT1 (Squad Boss)"]).credit == 1.0
    lower = verdict(asked, ["NWCG Incident Qualification Card: FFT2 (Firefighter Type 2)"])
    assert lower.credit == 0.0 and "a lower level" in lower.note


@pytest.mark.parametrize(
    ("asked", "higher", "same", "lower"),
    [
        (
            "Certified Emergency Manager (CEM) credential",
            "Certified Emergency Manager (CEM)",
            "Certified Emergency Manager",
            "Associate Emergency Manager (AEM)",
        ),
        (
            "Active Virginia Master Esthetician license",
            "Master Esthetics License (Virginia Board)",
            "Master Esthetician license, Virginia",
            "Esthetician License (Virginia Board)",
        ),
        (
            "Registered Kennel Inspector certification",
            "Senior Kennel Inspector certification",
            "Kennel Inspector certification",
            "Trainee Kennel Inspector certification",
        ),
    ],
)
def test_rank_words_order_one_name(asked: str, higher: str, same: str, lower: str) -> None:
    assert verdict(asked, [higher]).credit == 1.0
    assert verdict(asked, [same]).credit == 1.0
    below = verdict(asked, [lower])
    assert below.credit == 0.0
    assert "a lower level" in below.note


def test_lower_rank_asked_is_met_by_the_plain_name() -> None:
    assert verdict("Associate Emergency Manager (AEM) credential", ["Certified Emergency Manager (CEM)"]).credit == 1.0


def test_rank_word_after_the_name_counts_and_a_lone_rank_keeps_its_noun() -> None:
    asked = "A General Licence issued by the Condominium Management Regulatory Authority of Ontario"
    assert wanted_in(asked)[0].ids == ("~General Licence",)
    assert verdict(asked, ["Condominium Manager Licence - General (Ontario)"]).credit == 1.0
    assert verdict(asked, ["Condominium Manager Licence - Limited (Ontario)"]).credit == 0.0


def test_a_credential_named_to_be_refused_is_not_asked() -> None:
    item = "A General Licence issued by the regulator - holders of a Limited Licence will not be considered"
    assert [w.ids for w in wanted_in(item)] == [("~General Licence",)]


def test_full_practising_certificate_is_not_met_by_a_provisional_one() -> None:
    asked = "A full practising certificate is required"
    assert verdict(asked, ["Registered Teacher - Full Practising Certificate"]).credit == 1.0
    below = verdict(asked, ["Registered Teacher - Provisional Practising Certificate"])
    assert below.credit == 0.0 and "a lower level" in below.note


def test_rank_word_elsewhere_in_the_line_says_nothing() -> None:
    # "student" here is whom the holder taught, not the credential's rank
    assert (
        verdict(
            "Certified Kennel Inspector certification", ["Kennel Inspector certification; mentored student inspectors"]
        ).credit
        == 1.0
    )


def test_framework_levels_order_qualifications_in_one_field() -> None:
    asked = "Diploma of Early Childhood Education and Care (or higher) - essential"
    assert verdict(asked, ["CHC50113 - Early Childhood Education and Care, Diploma level"]).credit == 1.0
    assert verdict(asked, ["Advanced Diploma of Early Childhood Education and Care"]).credit == 1.0
    below = verdict(asked, ["CHC30113 Certificate III in Early Childhood Education and Care"])
    assert below.credit == 0.0 and "Certificate III" in below.note


def test_issuer_after_an_unknown_credential_says_its_place() -> None:
    asked = "Registration as an Optician (RO) with the College of Opticians of Ontario, in good standing"
    assert wanted_in(asked)[0].jurisdictions == ("Ontario",)
    other = verdict(asked, ["Licensed Optician (College of Health and Care Professionals of British Columbia)"])
    assert other.credit == 0.0


def test_management_institute_names_no_manager() -> None:
    assert (
        verdict("Certified Emergency Manager (CEM) credential", ["IS-700 (FEMA Emergency Management Institute)"]).credit
        == 0.0
    )


def test_nals_legal_professional_ladder() -> None:
    asked = "NALS certification at the PLS/CLP level (Professional Legal Secretary or Certified Legal Professional)"
    ids = {i for w in wanted_in(asked) for i in w.ids}
    assert "nals_pls" in ids and "land_surveyor" not in ids and "nals_pp" not in ids
    assert (
        verdict(
            "Certified Legal Professional (CLP) required for this legal role",
            ["Accredited Legal Professional (ALP), NALS"],
        ).credit
        == 0.0
    )


def test_membership_of_a_regulatory_college_is_its_credential() -> None:
    asked = "Certified member in good standing of the Ontario College of Teachers (OCT) - required"
    wanted = wanted_in(asked)
    assert [w.ids for w in wanted] == [("~Ontario College of Teachers (OCT)",)]
    assert wanted[0].jurisdictions == ("Ontario",)
    held = ["Certificate of Qualification and Registration (Ontario College of Teachers)"]
    assert judge(wanted[0], held_in(held, TODAY), (), [], held).credit == 1.0
    other = ["Professional Teaching Certificate (BC Ministry of Education, Teacher Certification Branch)"]
    assert judge(wanted[0], held_in(other, TODAY), (), [], other).credit == 0.0


def test_an_employers_membership_is_no_ask() -> None:
    assert wanted_in("Acme Health is a proud member of the American Hospital Association") == []


def test_a_middle_rank_word_still_tells_two_names_apart() -> None:
    asked = "Must hold a General Kennel Operator license"
    assert verdict(asked, ["General Kennel Operator License #12345"]).credit == 1.0
    other = verdict(asked, ["Residential Kennel Operator License #12345"])
    assert other.credit == 0.0 and "lower level" not in other.note


def test_a_hyphenated_word_is_no_rank() -> None:
    asked = "Full-time law enforcement officer certification from the state academy"
    assert (
        verdict(asked, ["Full-Time Law Enforcement Officer Certification (Maine Criminal Justice Academy)"]).credit
        == 1.0
    )


# review 13a, items 6-8 and 14: a line's level is read from the phrase naming the same credential


def test_a_licensed_member_of_a_named_body_holds_the_bodys_credential() -> None:
    found = phrases.find("Licensed member in good standing of the State Bar of Texas")
    assert [[n.name for n in group] for group in found] == [["State Bar of Texas"]]


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor of Arts (Psychology); Certificate IV in Community Services",
        "Bachelor of Arts (Psychology) and Certificate IV in Community Services",
        "Certificate IV in Community Services, Bachelor of Arts (Psychology)",
    ],
)
def test_a_framework_level_is_read_from_the_phrase_naming_the_field(line: str) -> None:
    below = verdict("Diploma of Community Services", [line])
    assert below.credit == 0.0 and "a lower level" in below.note


def test_a_framework_field_keeps_its_whole_name() -> None:
    asked = "Certificate IV in Training and Assessment (TAE40116) required"
    assert wanted_in(asked)[0].ids == ("~Certificate IV in Training and Assessment (TAE40116)",)
    assert verdict(asked, ["Certificate IV in Training and Assessment (TAE40116)"]).credit == 1.0
    assert verdict(asked, ["Certificate III in Training; Master's degree in Education"]).credit == 0.0
    below = verdict(asked, ["Certificate III in Training and Assessment; Master's degree in Education"])
    assert below.credit == 0.0 and "a lower level" in below.note


@pytest.mark.parametrize(
    ("item", "first"),
    [
        ("Certificate IV in Training and Assessment and a current Working with Children Check",
         "~Certificate IV in Training and Assessment"),
        ("Diploma of Early Childhood Education and Care (or higher) - essential",
         "~Diploma of Early Childhood Education and Care"),
        ("Diploma of Nursing and current AHPRA registration", "~Diploma of Nursing"),
        ("Certificate III in Hospitality and RSA certificate", "~Certificate III in Hospitality"),
        ("Diploma of Nursing and Certificate IV in Leadership and Management", "~Diploma of Nursing"),
    ],
)  # fmt: skip
def test_and_joins_a_fields_name_but_not_the_next_credential(item: str, first: str) -> None:
    assert wanted_in(item)[0].ids == (first,)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("B.Eng (First Class Honours); 3rd Class Power Engineer certificate", 0.0),
        ("B.Eng, First Class Honours, and a 3rd Class Power Engineer certificate", 0.0),
        ("B.Eng (Third Class Honours); 1st Class Power Engineer certificate", 1.0),
    ],
)
def test_an_ordinal_level_is_read_from_the_phrase_naming_the_credential(line: str, credit: float) -> None:
    assert verdict("2nd Class Power Engineer certificate", [line]).credit == credit


def test_a_line_level_of_the_asked_kind_is_the_one_read() -> None:
    # the driving licence's class says nothing of the qualification's framework level
    line = "Class 5 driver's licence; Certificate III in Individual Support"
    assert verdict("Certificate III in Individual Support", [line]).credit == 1.0


def test_a_lone_grade_word_takes_the_noun_and_its_issuers_abbreviation() -> None:
    found = phrases.find("Limited licence issued by the Condominium Management Regulatory Authority of Ontario (CMRAO)")
    assert [(n.name, n.abbreviation) for g in found for n in g] == [("Limited licence", "CMRAO")]
    found = phrases.find("A full practising certificate is required")
    assert [n.name for g in found for n in g] == ["full practising certificate"]


@pytest.mark.parametrize(
    ("held", "asked", "meets"),
    [
        # numeric Class counts up: water/wastewater operator classes I-IV, Georgia's Master Plumber Class I/II
        (("class", 4), ("class", 2), True),
        (("class", 1), ("class", 2), False),
        # an ordinal class counts down: FAA first-class medical above second-class
        (("ordinal class", 1), ("ordinal class", 2), True),
    ],
)
def test_class_directions(held: tuple[str, int], asked: tuple[str, int], meets: bool) -> None:
    assert phrases.level_meets(held, asked) is meets


@pytest.mark.parametrize(
    ("kind", "value", "found"),
    [
        ("Class", "B", ("licence class", 2)),  # a CDL's lettered class, from A
        ("class", "1", ("licence class", 1)),
        ("Grade", "III", ("grade", 3)),
        ("grade", "2", ("grade", 2)),
    ],
)
def test_grade_level_reads_letters_numbers_and_roman_numerals(kind: str, value: str, found: tuple[str, int]) -> None:
    assert phrases.grade_level(kind, value) == found


def test_a_plants_class_counts_up_where_a_licences_counts_down() -> None:
    water_iv = phrases.grade_level("Class", "IV", plant=True)
    water_iii = phrases.grade_level("Class", "III", plant=True)
    assert water_iv == ("plant class", 4)
    assert phrases.level_meets(water_iv, water_iii) and not phrases.level_meets(water_iii, water_iv)
    driving_1, driving_3 = phrases.grade_level("Class", "1"), phrases.grade_level("Class", "3")
    assert phrases.level_meets(driving_1, driving_3) and not phrases.level_meets(driving_3, driving_1)


@pytest.mark.parametrize(
    ("held", "asked", "meets"),
    [
        (("class", "A"), ("class", "B"), True),  # a Class A licence covers Class B work
        (("class", "C"), ("class", "B"), False),
        (("class", "3"), ("class", "1"), False),  # driving Class 1 is above Class 3
        (("grade", "IV"), ("grade", "3"), True),  # a Grade IV plant operator is above Grade III
        (("grade", "II"), ("grade", "III"), False),
    ],
)
def test_a_licence_class_counts_down_and_a_plant_grade_up(
    held: tuple[str, str], asked: tuple[str, str], meets: bool
) -> None:
    assert phrases.level_meets(phrases.grade_level(*held), phrases.grade_level(*asked)) is meets
