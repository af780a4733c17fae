"""Tools a posting insists on (an acronym alone, a name with a product's acronym or release, insistence in other
words), a product item labelled by its product, and job titles with gender markers, parts and synonyms."""

from __future__ import annotations

from datetime import date

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import caps_score, check, named_tool_missing
from careerpilot.matching.products import holds, named_products
from careerpilot.matching.service import _label, title_fit, title_terms

TODAY = date(2026, 11, 1)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)


def _skill(text: str) -> Requirement:
    return Requirement(kind="skill", text=text, importance="required")


def _missing(text: str) -> RequirementCheck:
    return RequirementCheck(requirement=_skill(text), status="missing", credit=0.0)


def test_an_acronym_alone_is_the_tool_when_the_item_insists_on_it() -> None:
    assert named_products("Advanced skills in SPSS are essential").asked == (("SPSS",),)
    assert named_products("Proficiency in MUMPS is a must").asked == (("MUMPS",),)
    # not insisted on, spelled out by the item, before a kind of product, or a workplace abbreviation: as before
    assert named_products("Proficiency in MUMPS preferred").asked == ()
    assert (
        named_products("Working knowledge of the Statistical Package for the Social Sciences (SPSS) is essential").asked
        == ()
    )
    assert named_products("Experience using EDC systems is required").asked == ()
    assert named_products("Experience in ICU required").asked == ()
    assert named_products("Experience with PA recording practices").asked == ()


def test_an_acronym_asked_alone_is_held_by_its_name_or_its_words_spelled_out() -> None:
    assert holds("Statistics: SPSS, R", "SPSS")
    assert holds("Analysed surveys in the Statistical Package for the Social Sciences", "SPSS")
    assert not holds("Analysed surveys in Stata and R", "SPSS")
    # initials across lower-case prose or punctuation spell nothing
    assert not holds("statistics, programming, and surveys; sales", "SPSS")
    req = _skill("Advanced skills in SPSS for survey analysis - this is essential")
    lacking = check(req, _evidence("Analysed survey data in Stata and R"))
    assert named_tool_missing(lacking) and caps_score(lacking)
    assert not named_tool_missing(check(req, _evidence("Analysed survey data in SPSS and R")))


def test_a_name_after_a_tools_words_with_a_products_acronym_or_release_is_a_product() -> None:
    assert named_products("Experience with Amadeus GDS required").asked == (("Amadeus GDS",),)
    assert named_products("Hands-on experience with Veeva Vault QMS is a must").asked == (("Veeva Vault QMS",),)
    assert named_products("Experience in Lectora Inspire 18 is essential").asked == (("Lectora Inspire",),)
    # plain names after the same words are fields of practice as often; a vendor's acronym before ordinary words
    # names no product of its own
    assert named_products("Experience in Family Medicine required").asked == ()
    assert named_products("Good knowledge of IBM Server administration").asked == ()
    assert named_products("Expert knowledge in P&C Insurance").asked == ()


def test_insistence_in_other_words_caps_a_missing_tool() -> None:
    for text in (
        "Daily use of Guidewire PolicyCenter - you will be working in it from day one",
        "Hands-on use of Guidewire PolicyCenter; there is no system training period",
        "Guidewire PolicyCenter experience: we cannot train new starters on it",
        "Working knowledge of Guidewire PolicyCenter, you will use it daily",
        "Hands-on Guidewire PolicyCenter experience is a prerequisite",
    ):
        assert caps_score(_missing(text)), text
    # named in passing: left to coverage, as before
    assert not caps_score(_missing("Experience with Guidewire PolicyCenter"))
    assert not caps_score(_missing("Guidewire PolicyCenter; training will be provided"))


def test_a_product_item_is_labelled_by_its_product_not_a_general_skill() -> None:
    # "diagnostic" reads as the general skill Troubleshooting; the item asks for the product
    text = "Hands-on proficiency with Bosch KTS 590 diagnostic software (all our service vans carry one)"
    req = Requirement(kind="skill", text=text, importance="required", skills=["Troubleshooting"])
    lacking = check(req, _evidence("Diagnosed faults with a Snap-on Zeus scan tool"))
    assert named_tool_missing(lacking)
    label = _label(lacking)
    assert "Bosch KTS" in label and "Troubleshooting" not in label


def test_gender_markers_and_feminine_endings_leave_the_title() -> None:
    assert title_terms("Elektroniker/in (m/w/d)") == title_terms("Elektronikerin") == title_terms("Elektroniker")
    assert title_terms("Projektleiter:in") == title_terms("Projektleiter*in") == title_terms("Projektleiter")
    assert title_terms("Software Developer (m/f/d)") == title_terms("Software Developer")
    assert title_terms("Data Analyst (all genders)") == title_terms("Data Analyst")
    assert title_fit("Elektroniker/in (m/w/d)", [], ["Elektronikerin"]) == 1.0
    # an English word is left alone
    assert "linkedin" in title_terms("LinkedIn Campaign Specialist")


def test_a_held_title_fits_a_part_of_the_job_title_and_title_synonyms_are_one_word() -> None:
    assert title_fit("Tierpfleger/in (m/w/d) - Animal Keeper", [], ["Animal Keeper"]) == 1.0
    assert title_fit("Claims Handler - Motor Injury (Hybrid)", [], ["Claims Handler"]) == 1.0
    assert title_fit("Claims Handler - Motor Injury (Hybrid)", [], ["Underwriter"]) == 0.0
    assert title_fit("RPAS Operator", [], ["Drone Operator"]) == 1.0
    assert title_fit("UAS Pilot - Inspections", [], ["UAV Pilot"]) == 1.0


def test_height_and_the_weather_worked_in_are_conditions() -> None:
    assert condition_of("Comfortable working at height on scaffolds") is not None
    assert condition_of("Willing to work outdoors in changeable weather") is not None
    assert condition_of("Prepared to work on site in adverse weather conditions") is not None
    # what a thing is built for is no condition of the job
    assert condition_of("Design roofing that performs in adverse weather") is None
