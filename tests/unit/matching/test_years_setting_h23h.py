"""Years of a kind of work every field has, in a setting: the setting says which ("admin in a court office").

Every sentence here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years
from careerpilot.matching.requirements import _years, extract_requirements
from tests.support.timing import cpu_seconds

TODAY = date(2025, 1, 1)


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # NZ, IE, AU, UK, ZA, CA: a generic kind of work before "experience in/at <place>" joins the place
        ("At least 2 years' leadership experience in an early childhood centre", "early childhood centre leadership"),
        ("Minimum 3 years' administrative experience in a busy GP surgery", "busy GP surgery administrative"),
        ("2+ years of clerical experience in a hospital records department", "hospital records department clerical"),
        ("3 years' supervisory experience at a distribution centre", "distribution centre supervisory"),
        ("Two years of management experience in a retail pharmacy", "retail pharmacy management"),
        # a firm: its noun goes, the field it is of stays
        ("2 years of reception experience in a law firm", "law reception"),
    ],
)
def test_a_kind_of_work_every_field_has_keeps_the_setting_it_was_had_in(item, subject):
    found = _years(item)
    assert found is not None and found[1] == subject


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # a field of work is the subject already; the setting after it stays out, as before
        ("3 years of payroll experience in a manufacturing company", "payroll"),
        ("2 years' casework experience in a law centre", "casework"),
        # a generic setting names nothing: years of the kind of work in any setting (US)
        ("2 years of supervisory experience in a fast-paced environment", "supervisory"),
        # a post, a rank or the manner of a workplace is no place (IN, UK, US)
        ("3+ years of supervisory experience in a team of 10 or more", "supervisory"),
        ("2 years of supervisory experience at the Band 6 level", "supervisory"),
        ("5 years of leadership experience in a unionised environment", "leadership"),
        ("2 years of leadership experience in a similar role", "leadership"),
    ],
)
def test_a_field_or_a_generic_setting_is_read_as_before(item, subject):
    found = _years(item)
    assert found is not None and found[1] == subject


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(lines) + "\n", TODAY)


def _req(item: str) -> Requirement:
    years, subject = _years(item) or (0.0, "")
    return Requirement(kind="experience", text=item, years=years, subject=subject)


def test_admin_years_in_a_court_office_count_a_court_registry_role():
    req = _req("A minimum of 2 years' administrative experience in a court office")
    check = check_years(
        req,
        _evidence(
            "Court Office Administrator, Magistrates' Court (Jan 2021 - Present)",
            "Listed hearings and kept case files for the court office",
        ),
    )
    assert check.status == "met"
    assert "Court" in check.evidence  # the line that shows the setting is kept as the evidence


def test_admin_years_in_a_court_office_do_not_count_a_dental_receptionist():
    req = _req("A minimum of 2 years' administrative experience in a court office")
    check = check_years(
        req,
        _evidence(
            "Administrative Assistant, Bright Smiles Dental (Jan 2019 - Present)",
            "Booked appointments and handled patient billing",
        ),
    )
    assert check.status != "met"  # administrative work, but in another setting


def test_the_kind_of_work_pattern_stays_linear_on_hostile_input():
    for hostile in (" " * 20000, "a " * 10000, "/A" * 10000, "ADMIN " * 3400):
        assert cpu_seconds(lambda h=hostile: _years(f"2 years' {h} experience in a court office")) < 0.05


def test_the_employers_own_place_after_a_kind_of_work_names_no_field():
    for item in (
        "- 3 years management experience in our Sydney office",
        "- 2 years supervisory experience in this busy depot",
    ):
        (asked,) = [r for r in extract_requirements("Manager", "Requirements:\n" + item + "\n").requirements]
        assert asked.kind == "experience" and asked.subject in {"management", "supervisory"}
