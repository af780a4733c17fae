"""A two-letter code before a licence word is a place only where it reads as one: not a note ("NB" = nota bene)
nor the first letters of another initialism ("CT technologist", "MS Project", "PR work permit")."""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.jurisdictions import places


@pytest.mark.parametrize(
    "line",
    [
        "MS project management certificate",  # Microsoft Project, not Mississippi
        "CT technologist registration",  # computed tomography, not Connecticut
        "PR work permit",  # permanent residence, not Puerto Rico
        "NB valid driver licence",  # nota bene, not New Brunswick: "valid" comes before a place, not after it
        "Experience in MS Project; PMP certification",
        "- CT imaging certificate",
    ],
)
def test_an_initialism_or_a_note_before_a_licence_word_names_no_place(line: str) -> None:
    assert places(line) == ()


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("TX LVN license", "Texas"),
        ("NSW driver licence", "New South Wales"),
        ("licensed in CA", "California"),
        ("CT license", "Connecticut"),
        ("MS RN license", "Mississippi"),
        ("Licensed in PR", "Puerto Rico"),
        ("Jackson, MS", "Mississippi"),
        ("TX real estate license", "Texas"),
        ("NSW practising certificate", "New South Wales"),
    ],
)
def test_a_code_that_reads_as_a_place_still_names_it(line: str, place: str) -> None:
    assert places(line) == (place,)


def test_a_ct_technologists_registration_is_asked_anywhere() -> None:
    (asked,) = wanted_in("CT technologist registration required")
    assert asked.jurisdictions == ()
