"""Review r19c of h19e: screening patterns that went quadratic, and checks or hours read as conditions where the
posting asks for work with them (an HR officer who runs vetting, a nurse's ICU nights) or for a certificate held."""

from __future__ import annotations

import time

import pytest

from careerpilot.matching import conditions
from careerpilot.matching.requirements import extract_requirements


def _kinds(line: str, title: str = "Coordinator") -> list[str]:
    return [r.kind for r in extract_requirements(title, f"Requirements:\n- {line}\n").requirements]


def _seconds(read, text: str) -> float:
    start = time.process_time()
    read(text)
    return time.process_time() - start


def _screen(text: str) -> None:
    screening = next(c for c in conditions.categories() if c.name == "screening")
    for pattern in screening.patterns:
        pattern.search(text)
        pattern.sub(" ", text)


# timed against plain prose of the same length, so a loaded machine does not fail a linear pattern (before the mend
# one pattern took ~16 s on "A-" * 10000, prose a fraction of a second)
_PROSE = "the nurse checks the chart on the ward " * 500


@pytest.mark.parametrize("hostile", ["A-" * 10000, "a/" * 10000, "x-y " * 5000])
def test_checks_on_appointment_and_clearances_on_offer_stay_linear(hostile: str) -> None:
    assert _seconds(_screen, hostile) < 10 * _seconds(_screen, _PROSE[: len(hostile)]) + 0.3


def test_a_hostile_posting_is_read_about_as_fast_as_prose() -> None:
    def read(text: str) -> None:
        extract_requirements("Clerk", f"Requirements:\n- {text}\n")

    assert _seconds(read, "A-" * 5000) < 10 * _seconds(read, _PROSE[:10000]) + 1.0


@pytest.mark.parametrize(
    "text",
    ["BPSS checks on appointment", "Security clearance granted on appointment", "Vetting checks carried out on hire"],
)
def test_checks_the_employer_runs_on_appointment_stay_conditions(text: str) -> None:
    assert conditions.condition_of(text) is not None, text


@pytest.mark.parametrize(
    "line",
    [
        "Garda vetting experience",
        "Experience processing Garda vetting applications for a sports club",
        "DBS checks administration and HR filing",
        "Standard DBS and CRB processing for volunteers",
        "Basic DBS checker role experience",
    ],
)
def test_work_done_on_checks_is_no_condition(line: str) -> None:
    assert "condition" not in _kinds(line, "HR Administrator"), line


@pytest.mark.parametrize(
    "line",
    [
        "Must hold a current Enhanced DBS",
        "Enhanced DBS on the Update Service",
        "Current enhanced DBS held",
    ],
)
def test_a_dbs_already_held_stays_asked(line: str) -> None:
    assert "condition" not in _kinds(line, "Teaching Assistant"), line


@pytest.mark.parametrize(
    "line",
    [
        "Night shift 7p-7a experience in ICU",
        "Cold storage warehouse experience working in -20 degree freezers",
        "Experience scheduling 7a-7p shifts for a call centre",
    ],
)
def test_experience_beside_hours_or_cold_stays_asked(line: str) -> None:
    assert "condition" not in _kinds(line), line


@pytest.mark.parametrize(
    "line",
    ["Enhanced DBS check (we pay for it)", "Four 10-hour days per week (6a-4:30p)", "Able to work in 0°F conditions"],
)
def test_the_terms_themselves_stay_conditions(line: str) -> None:
    assert _kinds(line) == ["condition"], line
