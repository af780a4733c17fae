"""Years in a subject for occupations the title-family vocabulary does not know: the roles about it by their words.

Abbreviations spelled by a role's title ("licensed PTA"), sibling titles ("Medical Secretary" for "legal
secretary"), the employer's name kept out of the title's words, years "as a licensed X" counted from the licence,
years "at journey level" without the apprenticeship, and gerunds sharing their object ("preparing or auditing").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years, sibling_title, spelled_for, years_short
from careerpilot.matching.requirements import _clean_subject
from careerpilot.matching.since import since_phrase

TODAY = date(2025, 1, 1)


def _resume(work: list[dict[str, Any]], certificates: list[dict[str, Any]] | None = None) -> Any:
    resume = Resume.model_validate({"basics": {"name": "A"}, "work": work, "certificates": certificates or []})
    return resume_evidence.from_resume(resume, TODAY)


def _req(text: str, years: float, subject: str) -> Requirement:
    return Requirement(kind="experience", text=text, years=years, subject=subject, importance="required")


def test_an_abbreviation_is_spelled_by_the_initials_of_a_title():
    assert spelled_for("licensed PTA", "Physical Therapist Assistant, Home Care") == (
        "licensed Physical Therapist Assistant"
    )
    assert spelled_for("5 years as a NMT", "Senior Nuclear Medicine Technologist") == (
        "5 years as a Nuclear Medicine Technologist"
    )
    assert spelled_for("licensed PTA", "Rehab Aide") == "licensed PTA"


def test_a_sibling_title_shares_the_head_word_but_names_another_kind():
    assert sibling_title("legal secretary", "Medical Secretary")
    assert sibling_title("nuclear medicine technologist", "Radiologic Technologist")
    assert not sibling_title("legal secretary", "Legal Secretary, Wills & Probate")
    assert not sibling_title("nuclear medicine technologist", "Senior Nuclear Medicine Technologist")
    assert not sibling_title("industrial millwright", "Maintenance Mechanic - Millwright")
    assert not sibling_title("industrial millwright", "Millwright")
    assert not sibling_title("residential service", "Service Technician - Plumbing")


def test_a_sibling_title_does_not_count_toward_years_as_a_title():
    work = [
        {"position": "Nuclear Medicine Technologist", "name": "City Hospital", "startDate": "2023-01"},
        {"position": "Radiologic Technologist", "name": "City Hospital", "startDate": "2015-01", "endDate": "2022-12"},
    ]
    evidence = _resume(work)
    asked = _req("5 years of experience as a nuclear medicine technologist", 5, "nuclear medicine technologist")
    check = check_years(asked, evidence, {1: (0.9, "Cross-trained in the nuclear medicine department")})
    assert check.years_basis == "clear" and check.years_held is not None and check.years_held < 2.5
    assert years_short(check)
    # a setting asked without "as a" is no title: "Progressive Care Unit" is a kind of acute care
    unit = _resume([{"position": "Staff Nurse, Progressive Care Unit", "name": "Health", "startDate": "2020-01"}])
    assert check_years(_req("1 yr acute care", 1, "acute care"), unit).status == "met"


def test_the_employer_name_is_not_the_title():
    evidence = _resume([{"position": "Volunteer Firefighter", "name": "Rural Metro Fire", "startDate": "2018-01"}])
    check = check_years(_req("3 years of wildland fire experience", 3, "wildland fire"), evidence)
    assert check.years_basis != "clear"


def test_years_as_a_licensed_holder_count_from_the_licence():
    assert since_phrase("Minimum of 3 years of experience as a licensed PTA; home health") == "PTA"
    assert since_phrase("two years as a certified law enforcement officer") == "law enforcement officer"
    work = [
        {"position": "Physical Therapist Assistant", "name": "Home Care Co", "startDate": "2023-10"},
        {"position": "Rehab Aide", "name": "Nursing Home", "startDate": "2017-01", "endDate": "2023-09"},
    ]
    evidence = _resume(work, [{"name": "Physical Therapist Assistant Certification", "date": "2023-09"}])
    check = check_years(_req("3 years as a licensed PTA", 3, "licensed PTA"), evidence)
    assert check.years_basis == "clear" and check.years_held < 2
    assert "counted from the PTA" in check.note and years_short(check)


def test_a_licensed_assistant_title_is_not_a_lower_rung_of_itself():
    evidence = _resume([{"position": "Physical Therapist Assistant", "name": "Home Care Co", "startDate": "2019-01"}])
    check = check_years(_req("3 years as a licensed PTA", 3, "licensed PTA"), evidence)
    assert check.status == "met" and check.years_basis == "clear"


def test_years_at_journey_level_leave_the_apprenticeship_out():
    work = [
        {"position": "Journeyman Steamfitter", "name": "Mech Co", "startDate": "2022-01"},
        {"position": "Steamfitter Apprentice", "name": "Local 32", "startDate": "2017-01", "endDate": "2021-12"},
    ]
    check = check_years(_req("4-6 years of experience at journey level", 4, ""), _resume(work))
    assert check.years_held is not None and check.years_held < 3.5 and years_short(check)
    overall = check_years(_req("4 years of experience", 4, ""), _resume(work))
    assert not years_short(overall)


def test_gerunds_share_their_object_in_a_subject():
    assert _clean_subject("preparing or auditing hazmat / dangerous goods shipments") == (
        "preparing hazmat / dangerous goods shipments"
    )
    assert (
        _clean_subject("experience preparing or auditing hazmat shipments") == "experience preparing hazmat shipments"
    )


def test_a_hyphenated_compound_is_one_word_of_the_title_share():
    work = [
        {"position": "Bartender", "name": "Venue", "startDate": "2024-01"},
        {"position": "Barback", "name": "Nightclub", "startDate": "2020-01", "endDate": "2023-12"},
    ]
    check = check_years(_req("2 years of high-volume bartending", 2, "high-volume bartending"), _resume(work))
    assert check.years_basis == "clear" and years_short(check)
