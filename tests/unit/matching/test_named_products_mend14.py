"""Mends of session 14's products, conditions and preference cues: what the reviewer found read wrongly."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import conditions
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check, named_tool_missing
from careerpilot.matching.products import holds, key_word, named_products
from careerpilot.matching.requirements import _importance, extract_requirements

TODAY = date(2026, 11, 1)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)


def _skill(text: str) -> Requirement:
    return Requirement(kind="skill", text=text, importance="required")


@pytest.mark.parametrize(
    "text",
    [
        "Experience with SQL Reporting",
        "SQL Developer",
        "AWS Cloud",
        "PHP Development",
        "CSS Frameworks",
        "HTML Email",
        "SQL Queries",
        "SAP Basis",
        "AWS Serverless",
        "Experience with SQL Scripts",
        "Minimum 4 years as a QA Analyst",
        "At least two years as an SAP Presales consultant",
        "Knowledge of REST APIs",
    ],
)
def test_a_common_word_after_an_acronym_is_no_product_of_a_maker(text: str) -> None:
    named = named_products(text)
    assert named.asked == () and named.makers == (), text


def test_a_vendors_product_with_a_name_of_its_own_keeps_its_maker() -> None:
    assert named_products("Experience with SAP Ariba").makers == ("sap",)
    assert named_products("Experience with AWS Lambda").asked == (("Lambda",),)


@pytest.mark.parametrize(
    "item", ["Strong SQL Reporting experience", "Experience with CSS Frameworks", "Experience in PHP Development"]
)
def test_a_language_named_with_a_common_word_is_met_by_the_language(item: str) -> None:
    done = check(_skill(item), _evidence("Wrote SQL reporting, CSS frameworks and PHP development for 3 years"))
    assert done.status == "met" and not named_tool_missing(done), item
    listed = resume_evidence.from_text("## Skills\nSQL, CSS, PHP, JavaScript", TODAY)
    named = check(_skill(item), listed)  # the language alone: half of it, never a named tool lacking
    assert named.status == "partial" and not named_tool_missing(named), item


@pytest.mark.parametrize(
    ("product", "name"),
    [("Adobe CS6", "Adobe"), ("Avid Media Composer v8", "Avid"), ("MATLAB R2023a", "MATLAB"), ("Kronos SP2", "Kronos")],
)
def test_a_release_after_a_name_is_no_model(product: str, name: str) -> None:
    assert key_word(product) == name
    assert holds(f"Edited and kept records in {name} for four years", product)


def test_a_release_after_a_name_is_no_model_and_a_model_number_is() -> None:
    assert holds("Adobe Creative Suite (Photoshop, Illustrator)", "Adobe CS6")
    # a model number, long or short, and another model of the maker does not hold it
    assert key_word("Garmin G1000") == "G1000" and key_word("Autel MaxiIM IM608") == "IM608"
    assert not holds("Avionics: Garmin GNS 430, analogue instruments", "Garmin G1000")
    assert key_word("EC2") == "EC2"  # a name of its own alone, nothing before it


def test_a_bracket_saying_only_how_much_it_is_wanted_leaves_the_item_preferred() -> None:
    for item in (
        "Spanish fluency (preferred, not mandatory)",
        "AWS certification (preferred but not essential)",
        "Bilingual Spanish (preferred qualification)",
        "CPR certification (preferred; nice to have)",
        "Forklift experience (preferred skill, optional)",
    ):
        assert _importance("required", item) == "preferred", item
    # a bracket naming its own thing keeps its own cue: the item is still asked
    for item in (
        "Wind turbine maintenance experience (GE 1.5/2.x platform preferred)",
        "Bachelor's degree (any major; engineering preferred)",
    ):
        assert _importance("required", item) == "required", item


def test_access_control_and_weather_a_thing_is_built_for_stay_skills() -> None:
    for text in (
        "Experience installing and maintaining facility access control systems (Lenel, C-CURE)",
        "Experience designing drainage that performs in all weather conditions",
        "All-weather conditions road surfacing design",
    ):
        assert conditions.condition_of(text) is None, text
    for text in (
        "Must be able to work outside in all weather conditions",
        "Willing to work in all weather conditions",
        "Must be able to obtain and maintain facility access",
    ):
        assert conditions.condition_of(text) is not None, text


def test_us_person_determinations_are_export_work_not_a_status() -> None:
    posting = (
        "Required:\n- Experience with export compliance (ITAR/EAR), including U.S. person determinations\n"
        "- Applicants must be U.S. persons as defined by ITAR\n- U.S. Person status required\n"
    )
    kinds = {r.text: r.kind for r in extract_requirements("Trade Compliance Analyst", posting).requirements}
    assert kinds["Experience with export compliance (ITAR/EAR), including U.S. person determinations"] == "skill"
    assert kinds["Applicants must be U.S. persons as defined by ITAR"] == "authorization"
    assert kinds["U.S. Person status required"] == "authorization"
