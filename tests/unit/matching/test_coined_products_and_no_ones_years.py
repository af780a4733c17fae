"""A coined product named after a tool's words is asked; an age served or an employer's history asks no years."""

from __future__ import annotations

from careerpilot.matching.products import named_products
from careerpilot.matching.requirements import _skills_in, _years, extract_requirements


def test_a_coined_name_after_hands_on_or_experience_with_is_a_product() -> None:
    assert named_products("Hands-on Tessitura box office configuration").asked == (("Tessitura",),)
    assert named_products("Hands-on Rosslyn experience (data loads, rule design) - essential").asked == (("Rosslyn",),)
    assert named_products("Proficiency in Veeqo for order routing").asked == (("Veeqo",),)


def test_a_field_or_an_english_word_after_the_same_words_is_no_product() -> None:
    for item in (
        "Experience in Nephrology or renal dialysis units",
        "Experience with Adolescents in residential care",
        "Hands-on Pharmacy dispensing",
        "Experience in Hospitality",
        "Experience with Dementia residents",
    ):
        assert named_products(item).asked == (), item


def test_a_bracket_naming_its_own_plus_leaves_the_item_asked() -> None:
    item = "Hands-on Tessitura reporting (Tessitura Certified Consultant status a plus, not required)"
    assert named_products(item).asked == (("Tessitura",),)
    assert named_products("Hands-on Tessitura reporting (a plus)").asked == ()
    reqs = extract_requirements(
        "Ticketing Analyst", "Requirements\n- " + item + "\n- Strong Excel skills\n- 2+ years in box office"
    ).requirements
    asked = [r for r in reqs if r.text == item and r.kind == "skill"]
    assert asked and asked[0].importance == "required"


def test_the_ages_of_those_served_are_no_years_of_experience() -> None:
    assert _years("Our Little Splashers class (4 months to 2 years, with a carer in the pool)") is None
    assert _years("Support learners aged 5-11 years in small groups") is None
    assert _years("Lead sessions for 8-10 year olds") is None
    assert _years("Two years of early childhood teaching") == (2.0, "early childhood teaching")


def test_an_employers_own_history_is_no_years_of_experience() -> None:
    assert _years("The practice has been caring for the district for twelve years.") is None
    assert _years("We've been building kitchens in Leeds for over 30 years.") is None
    assert _years("We have been running the depot for 8 years and need someone with 4 years of HGV driving") == (
        4.0,
        "HGV driving",
    )
    # the hire's own time still asks
    assert _years("A driver who has been licensed for 3 years") is not None
    assert _years("You must have been practising for 2 years") is not None


def test_an_abbreviation_spelled_out_as_another_name_is_not_the_skill_it_usually_is() -> None:
    assert "Machine learning" not in _skills_in("Hill walking: Mountain Leader (ML) award or working towards it")
    assert "Machine learning" in _skills_in("Machine Learning (ML) model deployment")
    assert "SQL" in _skills_in("Structured Query Language (SQL) reporting")
