"""Years rules that hold on postings nobody has read: subjects read by grammar, specialties a title lacks, the line.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, check_experience, decisive_gaps, short_of, years_short
from careerpilot.matching.layout import unwrapped
from careerpilot.matching.requirements import _years, extract_requirements

TODAY = date(2025, 1, 1)


@pytest.mark.parametrize(
    ("item", "years", "subject"),
    [
        # how the years were spent is no part of what they were in
        ("3 years of verifiable forklift experience", 3, "forklift"),
        ("Minimum 4 years of recent, documented payroll experience", 4, "payroll"),
        ("At least 6 years of progressive HR business partner experience", 6, "HR business partner"),
        # a licence's grade is asked on its own; the years are of what follows
        ("2 years of Class B dump truck driving experience", 2, "dump truck driving"),
        ("3+ years of Grade II wastewater operations experience", 3, "wastewater operations"),
        # an abbreviation in brackets after the subject is another name for it
        ("3 years of emergency department (ED) nursing experience", 3, "emergency department or ED"),
    ],
)
def test_subjects_are_read_without_qualifiers_and_grades(item, years, subject):
    assert _years(item) == (years, subject)


def test_a_window_of_time_is_no_years_of_experience():
    text = "Requirements:\n- No more than one at-fault accident in the past 5 years\n- Forklift certification\n"
    found = extract_requirements("Yard Driver", text).requirements
    assert not [r for r in found if r.kind == "experience"]


def test_a_prose_line_broken_mid_sentence_is_one_sentence_again():
    text = (
        "Qualifications: a state roofing license; at least 6 years of residential\n"
        "roofing experience; OSHA 10.\n"
        "- a bullet stays a bullet\n"
        "Benefits:\n"
        "dental and vision\n"
    )
    assert unwrapped(text).splitlines()[0].endswith("at least 6 years of residential roofing experience; OSHA 10.")
    assert "- a bullet stays a bullet" in unwrapped(text).splitlines()
    assert "dental and vision" in unwrapped(text).splitlines()  # after a heading: its own line
    (years,) = [r for r in extract_requirements("Roofer", text).requirements if r.kind == "experience"]
    assert (years.years, years.subject) == (6, "residential roofing")


def _evidence(*roles: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(roles) + "\n", TODAY)


def _req(years: float, subject: str) -> Requirement:
    return Requirement(kind="experience", text=f"{years:g}+ years of {subject}", years=years, subject=subject)


def test_a_specialty_is_no_occupation_subject_so_any_title_of_the_trade_does_not_carry_it():
    req = _req(2, "sterile compounding")
    retail = _evidence("Pharmacy Technician (2018 - 2024)", "Filled prescriptions and ran the register")
    cleanroom = _evidence("Pharmacy Technician (2018 - 2024)", "Sterile compounding of IV bags in a cleanroom")
    assert check_experience(req, retail).years_basis == "none"
    assert check_experience(req, cleanroom).years_basis == "clear"


def test_more_than_two_months_under_the_minimum_is_short_whatever_the_ratio():
    assert short_of(4.4, 5) and short_of(6.3, 7) and short_of(1.4, 2) and short_of(4.75, 5)  # 3 months under 5
    assert not short_of(5 - 2 / 12, 5) and not short_of(7.0, 7)  # 4 years 10 months: the rounding of dates
    req = _req(7, "estate planning")
    # 6.3 of 7 years: 90 %, which the ratio alone (75 %) let pass
    evidence = _evidence("Estate Planning Paralegal (2018 - 2024-05)")
    check = check_experience(req, evidence)
    assert check.years_basis == "clear" and years_short(check) and decisive_gaps([check]) == [check]
    # named first and, since session 12, capped like a far shortfall: a required minimum is not met
    assert caps_score(check)
    far = check_experience(req, _evidence("Estate Planning Paralegal (2018 - 2022)"))
    assert years_short(far) and caps_score(far)
