"""Review of h19d: licence categories listed together, years asked of a hire after "has been", coined products."""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import held_in, wanted_in
from careerpilot.matching.products import named_products
from careerpilot.matching.requirements import _skills_in, _years
from tests.support.credentials import TODAY


def _held(line: str) -> set[str]:
    return {h.id for h in held_in([line], TODAY)} - {"drivers_license"}


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        # each category of a list is held, not only the last one the list reaches
        ("Driving licence categories B, C, D", {"cat_c", "cat_d"}),
        ("UK driving licence categories B, C1, D1 and C1E", {"cat_c1", "cat_d1"}),
        # the categories in a bracket or after a colon right after the licence
        ("Full UK licence (B, BE, C1, D1)", {"cat_c1", "cat_d1"}),
        ("Driving licence: B, C1", {"cat_c1"}),
        ("Irish driving licence - B, C, CE", {"cat_c", "cat_ce"}),
    ],
)
def test_every_category_a_licence_line_lists_is_held(line: str, ids: set[str]) -> None:
    assert _held(line) == ids


@pytest.mark.parametrize(
    "line",
    ["Languages: English C1, French B2", "Driving licence (B); English (C1)", "Licence: Ofqual Level C1 English"],
)
def test_a_language_level_is_never_a_licence_category(line: str) -> None:
    assert not _held(line), line


@pytest.mark.parametrize(
    "item",
    [
        "The successful candidate has been working for 3 years in aged care",
        "Has been in a supervisory role for 2 years",
        "An electrician who has been qualified for 4 years",
    ],
)
def test_a_hires_own_time_after_has_been_still_asks_years(item: str) -> None:
    assert _years(item) is not None, item


def test_an_employers_history_after_has_been_still_asks_none() -> None:
    assert _years("Our family business has been fitting kitchens for 25 years") is None
    assert _years("Smith & Sons Ltd has been trading for over 40 years") is None


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Tracheostomy care",
        "Experience with Colostomy patients",
        "Experience with Probate matters",
        "Experience with Medicaid waivers",
    ],
)
def test_a_procedure_or_a_field_of_law_is_no_coined_product(item: str) -> None:
    assert named_products(item).asked == (), item


def test_a_word_with_a_letter_outside_ascii_is_read_whole_not_cut_into_a_product() -> None:
    assert named_products("Experience with Kaumātua and whānau in a kaupapa Māori service").asked == ()


def test_a_skill_named_apart_from_another_names_abbreviation_is_kept() -> None:
    assert "Machine learning" in _skills_in("Mountain Leader (ML) award; machine learning research a hobby")
    assert "Machine learning" not in _skills_in("Mountain Leader (ML) award or working towards it")


@pytest.mark.parametrize(
    "line",
    [
        "Prison officer in a Category C prison",
        "Category D open prison, resettlement unit",
        "Pregnancy category C and D drugs counselling",
        "Restoration of Category B and C listed buildings",
    ],
)
def test_another_system_of_categories_is_no_licence_category(line: str) -> None:
    assert not _held(line), line
    assert not [w for w in wanted_in(line) if {"cat_c", "cat_d"} & set(w.ids)], line


def test_a_bare_category_list_is_read_where_the_resume_speaks_of_driving() -> None:
    lines = ["Driving", "Categories: B, C1 and D1", "Minibus driver for a youth club"]
    assert {"cat_c1", "cat_d1"} <= {h.id for h in held_in(lines, TODAY)}


@pytest.mark.parametrize(
    "item",
    [
        "6 months to 2 years of experience in retail",
        "Minimum 6 months - 2 years experience in a warehouse",
        "18 months to 3 years post-qualification experience",
    ],
)
def test_a_range_of_experience_from_months_to_years_still_asks_years(item: str) -> None:
    assert _years(item) is not None, item


def test_the_ages_of_babies_from_months_to_years_still_ask_none() -> None:
    assert _years("Room leader for babies from 6 months to 2 years") is None
    assert _years("Swim classes (4 months to 3 years, with a parent)") is None


def test_years_read_past_many_ages_and_histories_stay_linear() -> None:
    import time

    for hostile in (
        "6 months to 2 years " * 1000,
        "children aged 3 years " * 900,
        "we have been here for 2 years " * 600,
    ):
        started = time.process_time()
        _years(hostile)
        assert time.process_time() - started < 0.5
