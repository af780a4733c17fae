"""The gap of an unqualified resume is found and named (session 15, g15b).

Credentials named with a field between the issuer and the level, programmes certifying a person, and the like:
written here in this file's own words, not copied from the benchmark's postings.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import judge, wanted_in
from tests.support.credentials import verdict


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("NICET Water-Based Systems Layout Level II or above", "NICET Water-Based Systems Layout, Level I", False),
        ("NICET Water-Based Systems Layout Level II or above", "NICET Water-Based Systems Layout, Level III", True),
        ("Holds NICET Special Hazards Systems Level IV", "NICET Level III (Special Hazards)", False),
        ("NICET Inspection and Testing of Fire Alarm Systems Level III", "NICET IV", True),
    ],
)
def test_nicet_is_read_with_its_subfield_between_the_name_and_the_level(asked: str, held: str, met: bool) -> None:
    judged = verdict(asked, [held])
    assert (judged.credit == 1.0) is met, judged
    if not met:
        assert "NICET" in judged.note


def test_a_programme_that_certifies_a_person_is_a_credential_with_a_level() -> None:
    asked = "Bridge Coatings Inspector Program (BCIP) Level 2 certificate required"
    assert [w.ids for w in wanted_in(asked)] == [("~Bridge Coatings Inspector Program Level 2 (BCIP)",)]
    lower = verdict(asked, ["Bridge Coatings Inspector Program (BCIP) Level 1"])
    assert lower.credit == 0.0 and "a lower level" in lower.note
    assert verdict(asked, ["BCIP Level 3, issued 2023"]).credit == 1.0


def test_a_programme_of_things_is_still_no_personal_credential() -> None:
    assert wanted_in("Quality Assurance Program certification for the plant") == []


def test_initials_listed_before_one_credential_noun_are_each_asked() -> None:
    asked = "CMM, FRICS designation from the institute (mandatory)"
    assert [w.ids for w in wanted_in(asked)] == [("~CMM",), ("~FRICS",)]
    lacking = verdict(asked, ["FRICS, RICS"])
    assert lacking.credit == 0.0
    assert verdict(asked, ["CMM, FRICS (Royal Institution of Chartered Surveyors)"]).credit == 1.0


def test_a_skill_or_a_product_before_a_credential_noun_is_not_asked_as_one() -> None:
    assert [w.ids for w in wanted_in("Proficient in SQL, CQIA certification")] == [("~CQIA",)]


def _texts(description: str) -> list[str]:
    from careerpilot.matching.requirements import extract_requirements

    return [r.text for r in extract_requirements("Dental Hygienist", description).requirements]


def test_how_the_employer_answers_applications_and_a_bare_benefits_list_ask_nothing() -> None:
    texts = _texts(
        "Requirements:\n- Active state dental hygiene license\n- 2+ years of clinical experience\n"
        "- Health/dental, 403b with employer match, paid holidays\n\n"
        "Thank you for applying; only shortlisted candidates will be notified."
    )
    assert not any("shortlisted" in t or "403b" in t or "Thank" in t for t in texts), texts
    assert any("license" in t for t in texts)


def test_a_skill_list_that_starts_with_a_benefit_word_is_still_asked() -> None:
    texts = _texts("Requirements:\n- Medical terminology, dental billing\n- 2+ years in a dental office")
    assert any("Medical terminology" in t for t in texts), texts


def test_a_vendor_written_as_a_name_before_a_product_in_capitals_is_its_maker() -> None:
    from careerpilot.matching.products import named_products, own_skills

    item = "Daily hands-on use of Oracle HYPERION Planning for budgets, forecasts and month-end reports is essential"
    named = named_products(item)
    assert named.asked == (("HYPERION Planning",),) and named.makers == ("oracle",)
    assert own_skills(item, ["Oracle"]) == []
    # a vocabulary skill or a kind after the vendor is no product of its own
    assert named_products("Experience with Oracle SQL and PL/SQL queries").asked == ()
    assert named_products("Charting in Epic EHR for two clinics").asked == ()


def test_a_role_qualification_with_a_level_is_a_credential_with_that_level() -> None:
    asked = "An approved water hygiene technician qualification at Level 2 (or equivalent)"
    assert [w.ids for w in wanted_in(asked)] == [("~water hygiene technician Level 2",)]
    held = "Qualified water hygiene technician (City & Guilds Level 2 Award)"
    assert judge(wanted_in(asked)[0], [], (), [held], []).credit == 1.0
    assert judge(wanted_in(asked)[0], [], (), ["Legionella awareness certificate, Level 2"], []).credit == 0.0


@pytest.mark.parametrize("item", ["Relevant qualifications in health care", "A recognised teaching qualification"])
def test_a_qualification_with_no_role_or_level_is_no_credential(item: str) -> None:
    assert wanted_in(item) == []
