"""Credential levels outside the vocabulary's entries (session 22, `h22a`; issue #18).

A vocabulary family issued at numbered or lettered grades ("Class 4 Water Treatment Operator", "TCEQ Class B Water
Operator"), VET shorthand ("Cert III", "NVQ 2"), DBS check levels and ASE test codes: the higher level asked is met
by the same or a higher one written in other words, and the lower one is named as such.
"""

from __future__ import annotations

from careerpilot.domain.matching import RequirementCheck
from careerpilot.matching import coverage, credentials, evidence, vocabulary_levels
from careerpilot.matching.coverage import check, decisive_gaps
from careerpilot.matching.credentials import graded_name, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY, assert_lower, assert_met, graded_verdict
from tests.support.timing import cpu_seconds

# --- a vocabulary family's numbered grades count up, its lettered classes down (data/grades.yaml `numbered`)


def test_a_water_operators_numbered_class_counts_up() -> None:
    asked = "Class 4 Water Treatment Operator certificate (Ontario)"
    assert_lower(asked, "Certified water treatment operator (Class 1), Ontario")
    assert_lower(asked, "Ontario Class 2 Water Treatment Operator certificate")
    assert_met(asked, "Ontario Class 4 water treatment operator, certified 2019")
    assert_met(
        "Must hold a Class III Wastewater Treatment Operator licence", "Ohio EPA Class IV Wastewater Treatment Operator"
    )
    assert_lower(
        "Must hold a Class III Wastewater Treatment Operator licence", "Grade II Wastewater Treatment Operator"
    )
    assert_lower("Grade II Wastewater Operator certification", "Grade I Wastewater Operator certification")


def test_a_water_operators_lettered_class_counts_down() -> None:
    asked = "Class B Water Operator licence (TCEQ)"
    assert_lower(asked, "TCEQ Class C Water Operator licence")
    assert_met(asked, "TCEQ Class A Water Operator licence")
    assert_met(asked, "Licensed water operator, Class B (TCEQ)")


def test_an_ask_with_no_grade_or_a_line_with_none_is_not_graded() -> None:
    assert_met("Water treatment operator certification", "Class 1 water treatment operator certificate")
    assert_met("Class 4 Water Treatment Operator certificate", "Certified water treatment operator")
    # two grades asked: the lower is the ask
    assert_met(
        "Grade I or II Water Distribution Operator certification", "Grade 1 water distribution operator certification"
    )


def test_the_label_keeps_the_grade() -> None:
    asked = "Class 4 Water Treatment Operator certificate"
    assert "Class 4" in graded_name(wanted_in(asked)[0], asked)


# --- Australian VET shorthand ("Cert III", "Cert. IV") is the AQF certificate; "NVQ 3" is NVQ Level 3


def test_cert_shorthand_is_the_aqf_certificate() -> None:
    assert_lower("Cert IV in Ageing Support", "Certificate III in Ageing Support")
    assert_met("Cert IV in Ageing Support", "Certificate IV in Ageing Support")
    assert_lower("Certificate IV in Ageing Support", "Cert III in Ageing Support")
    assert_met("Certificate IV in Ageing Support", "Cert IV Ageing Support (2021)")
    assert_met("Cert III in Individual Support", "Certificate III in Individual Support (Ageing)")
    assert_lower("Cert III in Individual Support", "Cert II in Individual Support")
    assert_met(
        "Minimum Cert III in Early Childhood Education and Care", "Diploma of Early Childhood Education and Care"
    )
    assert_lower("Diploma of Early Childhood Education and Care", "Cert III in Early Childhood Education and Care")
    assert_lower("Cert IV in Training and Assessment (TAE40116)", "Cert. III in Training and Assessment")


def test_nvq_with_its_number_alone_is_its_level() -> None:
    assert_lower("NVQ 3 in Health and Social Care", "NVQ Level 2 in Health and Social Care")
    assert_met("NVQ 3 in Health and Social Care", "NVQ Level 3 in Health and Social Care")
    assert_lower("NVQ Level 3 in Health and Social Care", "NVQ 2 in Health and Social Care")
    assert_met("NVQ 2 in Professional Cookery", "NVQ 3 in Professional Cookery")
    assert_lower(
        "SVQ 3 in Social Services (Children and Young People)", "SVQ 2 in Social Services (Children and Young People)"
    )


def test_another_field_at_the_cert_level_is_not_met() -> None:
    verdict = graded_verdict("Cert III in Individual Support", ["Certificate III in Hospitality"])
    assert verdict.credit == 0.0
    assert "lower" not in verdict.note


# --- DBS certificates: basic < standard < enhanced (GOV.UK, Disclosure and Barring Service)


def test_a_dbs_certificate_asked_is_met_only_at_its_level_or_higher() -> None:
    asked = "Must hold a current Enhanced DBS certificate"
    for lower in ("Basic DBS check (2024)", "Standard DBS certificate, 2023"):
        verdict = graded_verdict(asked, [lower])
        assert verdict.credit == 0.0 and "does not meet" in verdict.note, lower
    assert_met(asked, "Enhanced DBS on the Update Service")
    assert_met(asked, "Enhanced DBS with Barred List check (Update Service)")
    assert_met("Basic DBS certificate required", "Enhanced DBS certificate (2025)")


_POSTING = (
    "Cleaner\n\nAbout the role: cleaning school sites across the district.\n\nEssential:\n- {}\n- Commercial cleaning\n"
)


def _checks(item: str, certificate: str) -> list[RequirementCheck]:
    found = extract_requirements("School Cleaner", _POSTING.format(item)).requirements
    resume = "## Experience\nCleaner, Brightside Ltd, 2019 - 2024\n- Commercial cleaning\n## Certifications\n"
    held = evidence.from_text(resume + certificate, TODAY)
    return [check(r, held) for r in found]


def test_a_dbs_level_asked_as_a_condition_is_a_gap_only_for_a_lower_one_held() -> None:
    item = "Enhanced DBS check (including children's barred list) is essential - a condition of the job"
    lower = decisive_gaps(_checks(item, "Basic DBS check (criminal record certificate), 2024"))
    assert lower and "Basic DBS" in lower[0].note
    assert not decisive_gaps(_checks(item, "Enhanced DBS certificate on the Update Service"))
    assert not decisive_gaps(_checks(item, "First Aid at Work"))  # none named: the employer's condition, as before


def test_the_employers_own_check_is_no_gap() -> None:
    item = "This post is subject to an enhanced DBS check"
    assert not decisive_gaps(_checks(item, "Basic DBS check (criminal record certificate), 2024"))
    assert all(c.requirement.kind != "certification" for c in _checks(item, "Basic DBS certificate"))


# --- each ASE test is its own certification (ASE test series A1-A9, B2-B6, T1-T8, G1)


def test_an_ase_test_asked_is_met_by_that_test_or_its_series_master() -> None:
    verdict = graded_verdict("ASE B4 certification required", ["ASE B3 certified (Non-Structural Analysis)"])
    assert verdict.credit == 0.0 and "does not meet" in verdict.note
    assert_met("ASE B4 certification required", "ASE certifications: B2, B3, B4")
    verdict = graded_verdict("ASE A5 Brakes certification", ["ASE A1 Engine Repair certified"])
    assert verdict.credit == 0.0 and "does not meet" in verdict.note
    assert_met("ASE A5 Brakes certification", "ASE Master Automobile Technician")
    assert_met("ASE A5 Brakes certification", "ASE certified (A4, A5, A6)")
    assert_met("ASE A5 Brakes certification", "ASE Certified - A1 Engine Repair, A5 Brakes")
    assert_met("ASE A4 or A5 certification", "ASE A5 certified")


def test_any_ase_test_meets_a_bare_ase_ask() -> None:
    assert_met("ASE certification", "ASE A1 certified")
    assert_met("ASE certified technician", "ASE B3 certified")


def test_ase_tests_listed_after_the_series_name_are_each_asked() -> None:
    item = "ASE Collision Repair certifications B3 (Non-Structural) AND B4 (Structural Analysis) - required"
    assert [w.ids for w in credentials.wanted_in(item, "Collision Technician")] == [("ase",), ("ase_b3",), ("ase_b4",)]
    posting = f"Collision Technician\n\nQualifications\n- {item}\n- 4+ years of collision repair\n"
    asked = extract_requirements("Collision Technician", posting).requirements
    resume = "## Experience\nBody Technician, Kentwood Collision, 2019 - 2025\n- Collision repair\n## Certifications\n"
    b3 = "- ASE Certified: B3 Non-Structural Analysis & Damage Repair\n"
    b4 = "- ASE Certified: B4 Structural Analysis & Damage Repair\n"
    gaps = decisive_gaps([check(r, evidence.from_text(resume + b3, TODAY)) for r in asked])
    assert gaps and "B4" in gaps[0].requirement.text + gaps[0].note
    assert not decisive_gaps([check(r, evidence.from_text(resume + b3 + b4, TODAY)) for r in asked])
    assert_met("ASE Collision Repair certification", "ASE Certified: B4 Structural Analysis & Damage Repair")
    assert_met("ASE Medium/Heavy Truck tests", "ASE T2 certified")
    assert [w.ids for w in credentials.wanted_in("collision repair B4 forms", "Clerk")] == []


# --- hostile input


def test_the_new_readings_are_fast_on_hostile_input() -> None:
    hostile = [
        "ASE A1 " * 2900,
        "ASE A1 Engine Repair and " * 800,
        "ASE " + "A1 and " * 2800,
        "ASE" + " " * 20000 + "A5",
        "ASE" + " collision repair" * 1200 + " B4",
        "ASE Collision Repair " * 1000,
        "Class 4 Water Treatment Operator " * 600,
        "grade I or " * 1800,
        "NVQ 3 " * 3300,
        "enhanced DBS " * 1500,
        "subject to " * 1800,
        "a a " * 5000,
        "DBS: " * 5000,
        "Licence: C" + " HR a" * 4000,
        "HR class and " * 1600,
        "conditional on " * 1400,
    ]
    for text in (t[:20000] for t in hostile):
        assert cpu_seconds(lambda t=text: list(vocabulary_levels._GRADE.finditer(t))) < 0.05
        assert cpu_seconds(lambda t=text: list(coverage._EMPLOYERS_CHECK.finditer(t))) < 0.05
        assert cpu_seconds(lambda t=text: credentials.vocabulary().find(t)) < 0.5  # ~300 patterns, each < 0.05


# --- an Australian "C class" licence is a car licence, not the UK's lorry category C; "HR class" is heavy rigid


def test_an_australian_class_is_read_on_the_austroads_ladder() -> None:
    found = {m.id for m in credentials.vocabulary().find("Licence: C class, HR class")}
    assert found == {"au_hr"}
    assert "cat_c" not in {m.id for m in credentials.vocabulary().find("Driver licence (C class)")}
    assert "cat_c" not in {m.id for m in credentials.vocabulary().find("Driver licence: C, HR")}
    asked = "Current HR class licence (NSW)"
    assert graded_verdict(asked, ["C class driver licence (NSW)"]).credit == 0.0
    verdict = graded_verdict(asked, ["Licence: C class, MR class"])
    assert verdict.credit == 0.0 and "does not meet" in verdict.note
    assert_met(asked, "NSW HR class licence")
    assert_met(asked, "Heavy Combination (HC) licence, NSW")


def test_the_uk_categories_are_still_read() -> None:
    assert {m.id for m in credentials.vocabulary().find("Category C licence")} == {"cat_c"}
    assert "cat_c" in {
        m.id for m in credentials.vocabulary().find("Full UK driving licence with categories B, C and CE")
    }
    assert {m.id for m in credentials.vocabulary().find("Full UK licence (B, BE, C1, D1)")} == {"cat_c1", "cat_d1"}
    assert not {m.id for m in credentials.vocabulary().find("an HR class of work")}


# --- a pay classification is no qualification ("Classification: HEO Level 7 in ...", data/grades.yaml pay_scales)


def test_a_pay_classification_asks_no_qualification() -> None:
    for item in (
        "Classification: HEO Level 7 in Student Services",
        "Classification: HEW Level 5 in the School of Nursing",
        "Salary: paid at Level 6 in the Professional Staff Agreement",
        "APS Level 6 in the Department of Health",
    ):
        assert wanted_in(item) == [], item
    assert wanted_in("Level 4 Certificate in Advice Practice")  # a qualification's level is still read
    assert wanted_in("QQI Level 6 in Early Childhood Care")


# --- review r22a: an Austroads code is read only as a licence, "HR" as human resources leaves a UK category alone


def test_hr_as_human_resources_is_no_licence_class() -> None:
    for text in ("Ran HR class for new managers on harassment policy", "HR Class Coordinator at TAFE"):
        assert not {m.id for m in credentials.vocabulary().find(text)}, text
    for text in ("Cat C driver, HR checks on start", "Category C licence holder, HR dept"):
        assert "cat_c" in {m.id for m in credentials.vocabulary().find(text)}, text
    assert "cat_c" not in {m.id for m in credentials.vocabulary().find("Licence: C, HR and MC")}
    assert {m.id for m in credentials.vocabulary().find("NSW HR class licence")} == {"au_hr"}


def test_a_written_out_certificate_after_a_pay_word_is_still_asked() -> None:
    assert wanted_in("Salary: Level 5 Certificate in Leadership required")
    assert wanted_in("Salary: Certificate IV in Training and Assessment")
    assert wanted_in("Classification: HEO Level 7 in Student Services") == []


def test_dbs_levels_written_other_ways() -> None:
    for text in (
        "Hold an Enhanced Disclosure (DBS)",
        "DBS: Enhanced, on Update Service",
        "Enhanced Disclosure and Barring Service check",
    ):
        assert {m.id for m in credentials.vocabulary().find(text)} == {"dbs_enhanced"}, text
    assert_met("Standard DBS check required", "DBS - enhanced (2024)")


def test_an_employer_run_or_paid_check_is_no_gap() -> None:
    for item in (
        "Offers are conditional on a satisfactory enhanced DBS check",
        "Enhanced DBS check (paid for by the school)",
        "Enhanced DBS check at no cost to you",
    ):
        assert not decisive_gaps(_checks(item, "Basic DBS check (criminal record certificate), 2024")), item
