"""Words that bring in examples are whole words: a word that merely starts with one brings in none."""

from __future__ import annotations

import pytest

from careerpilot.matching.products import gives_examples


@pytest.mark.parametrize(
    "item",
    [
        "CAD packages such as AutoCAD or Revit",
        "practice management software (e.g. Xero Practice Manager)",
        "laser shaft alignment systems (Rotalign, Fixturlaser or equivalent)",
        "payroll systems, incl. ADP",
        "a CRM like Salesforce",
    ],
)
def test_an_item_naming_examples_gives_examples(item: str) -> None:
    assert gives_examples(item)


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Salesforce; likely to travel monthly",
        "Fire egress planning with Revit",
        "An inclusive workplace using Xero",
    ],
)
def test_a_word_starting_with_a_cue_gives_none(item: str) -> None:
    assert not gives_examples(item)
