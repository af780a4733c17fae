"""Session 17's second review: a role and initials, a register and a dashed title read only where they mean it."""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases
from careerpilot.matching.service import title_fit


def _names(text: str) -> list[list[str]]:
    return [[n.name or n.abbreviation for n in group] for group in credential_phrases.find(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Backend Engineer API design experience",
        "Site Reliability Engineer SLO ownership",
        "Security Engineer SIEM tuning across cloud accounts",
        "Registered with GitHub and active in open source",
        "Registered with Docker Hub",
    ],
)
def test_work_and_accounts_are_no_credentials(line: str) -> None:
    assert _names(line) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Transport Manager CPC (Road Haulage)", "Transport Manager CPC"),
        ("Driver CPC card required", "Driver CPC"),
        ("IAA Level 2 accreditation", "IAA Level 2"),
    ],
)
def test_credentials_named_by_shape_are_still_read(line: str, name: str) -> None:
    assert [name] in _names(line)


def test_issuers_that_certify_are_still_alternatives() -> None:
    assert _names("certified by CompTIA or Cisco") == [["CompTIA", "Cisco"]]


@pytest.mark.parametrize(
    ("title", "held", "fit"),
    [
        ("Engineer - Backend", "Frontend Engineer", 0.5),
        ("Senior Software Engineer - Team Lead", "Team Lead, Retail Store", pytest.approx(1 / 3, abs=0.01)),
        ("Claims Handler - Motor Injury", "Claims Handler", 1.0),
        ("Hundetrainer/in (m/w/d) - Dog Trainer", "Dog Trainer", 1.0),
    ],
)
def test_a_dashed_title_fits_whole_only_by_a_whole_part(title: str, held: str, fit: float) -> None:
    assert title_fit(title, [], [held]) == fit
