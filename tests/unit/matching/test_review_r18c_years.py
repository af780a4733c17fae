"""Review r18c of today's years and field mends: what a job seeker would feel, in the world's wording.

A posting's pasted whitespace must not stall a read; a kin word ("Platform", "Production") makes a title about a
subject only when the title names no other kind; an associate is the rung below for people management; a capital
"OR" before the operating room's staff is the field unless a role noun of the same kind stands before it.
"""

from __future__ import annotations

import time

import pytest

from careerpilot.matching.occupations import expanded
from careerpilot.matching.requirements import _before_event, _years

# --- 1. a run of whitespace reads in linear time ------------------------------------------------------------------

_GAP = " " * 20000


def _seconds(read: object, text: str) -> float:
    """Return the seconds one read of ``text`` takes, its vocabulary loaded and its patterns compiled first."""
    read("IT after NCLEX")  # type: ignore[operator]
    start = time.perf_counter()
    read(text)  # type: ignore[operator]
    return time.perf_counter() - start


@pytest.mark.parametrize(
    "text",
    [
        "IT" + _GAP + "x",
        "IT" + _GAP + "Manager",
        "IT /" + _GAP + "x",
        "Head of IT" + "\t" * 20000 + "x",
        "IT" + "\n" * 20000 + "x",
    ],
)
def test_a_field_abbreviation_before_a_whitespace_run_reads_in_linear_time(text: str) -> None:
    assert _seconds(expanded, text) < 0.05


@pytest.mark.parametrize(
    "text",
    [
        "5 years of data" + _GAP + "post-registration",
        "5 years of data" + _GAP + "after",
        "3 years of nursing" + "\n" * 20000 + "since",
    ],
)
def test_the_event_a_subject_stops_at_is_found_in_linear_time(text: str) -> None:
    assert _seconds(_before_event, text) < 0.05


@pytest.mark.parametrize(
    "text",
    ["IT Business Analyst", "IT/Telecoms Engineer", "IT & Operations Manager", "IT / Telecoms Engineer", "IT, Risk"],
)
def test_it_before_a_title_still_names_the_field(text: str) -> None:
    assert "information technology" in expanded(text)


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("3 years of audit experience after ACCA qualification", "audit"),
        ("2 years of nursing after NCLEX", "nursing"),
        ("2 years of nursing   after   NCLEX", "nursing"),
        ("3 years of ICU nursing since registration", "ICU nursing"),
    ],
)
def test_a_subject_still_stops_where_the_event_begins(item: str, subject: str) -> None:
    assert _years(item)[1] == subject  # type: ignore[index]
