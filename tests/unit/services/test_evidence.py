"""Resume evidence: durations from JSON Resume and plain-text dates, overlaps counted once, each fact with its line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from careerpilot.domain.resume import Resume
from careerpilot.services import evidence

TODAY = date(2026, 11, 1)
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _resume(*work: dict) -> Resume:
    return Resume.model_validate(
        {"work": list(work), "skills": [{"name": "Backend", "keywords": ["Python", "Postgres"]}]}
    )


def test_overlapping_roles_are_not_double_counted():
    found = evidence.from_resume(
        _resume(
            {"name": "A", "position": "Engineer", "startDate": "2018-01", "endDate": "2021-01"},
            {"name": "B", "position": "Consultant", "startDate": "2020-01", "endDate": "2022-01"},
        ),
        TODAY,
    )
    assert [r.months for r in found.roles] == [36, 24]
    assert found.total_years == 4.0  # 2018-01 .. 2022-01, the shared 2020 counted once


def test_present_role_runs_until_today():
    found = evidence.from_resume(_resume({"name": "A", "position": "Engineer", "startDate": "2024-11"}), TODAY)
    assert found.roles[0].months == 24


def test_missing_months_are_assumed_mid_year_and_noted():
    found = evidence.from_resume(
        _resume({"name": "A", "position": "Engineer", "startDate": "2019", "endDate": "2023"}), TODAY
    )
    assert found.roles[0].months == 48
    assert any("mid-year" in note for note in found.notes)


def test_malformed_month_leaves_the_role_undated_with_a_note():
    found = evidence.from_resume(
        _resume({"name": "A", "position": "Engineer", "startDate": "2019-13", "endDate": "2021-02"}), TODAY
    )
    assert found.roles[0].months is None
    assert any("unreadable date" in note for note in found.notes)
    assert found.total_years == 0


def test_skills_carry_the_resume_line_that_proves_them():
    found = evidence.from_resume(Resume.model_validate_json((EXAMPLES / "resume.json").read_text()), TODAY)
    assert "PostgreSQL" in found.skills and "PostgreSQL" in found.skills["PostgreSQL"]
    assert "Django" in found.skills["Django"]
    assert found.degree_level == 3  # Bachelor of Science
    assert found.languages["French"].startswith("Professional")
    assert 9 < found.total_years < 10.5  # 2017-01 .. today, no gaps


def test_plain_text_resume_roles_and_durations():
    text = """## Education
Bachelor's degree in Computer Engineering (2008 - 2012)

## Experience
1. Junior Systems Admin/Engineer (2019 - 2023)
2. SOC Security Analyst (2014 - 2019)
Position: Tire Repairer and Changer
Duration: Mar 2012 - Jan 2014
"Bakers" - 2010-present
"""
    found = evidence.from_text(text, TODAY)
    titles = [r.title for r in found.roles]
    assert titles == ["Junior Systems Admin/Engineer", "SOC Security Analyst", "Tire Repairer and Changer", "Bakers"]
    assert [r.months for r in found.roles[:3]] == [48, 60, 22]
    assert found.degree_level == 3
    assert found.roles[3].end == (2026, 11)
