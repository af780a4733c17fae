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
    assert check.years_basis != "clear" and check.status != "met"
    titled = _resume([{"position": "Wildland Firefighter", "name": "Rural Metro Fire", "startDate": "2018-01"}])
    check = check_years(_req("3 years of wildland fire experience", 3, "wildland fire"), titled)
    assert check.years_basis == "clear" and check.status == "met"


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
        "preparing hazmat / dangerous goods shipments or auditing hazmat / dangerous goods shipments"
    )
    assert _clean_subject("experience preparing or auditing hazmat shipments") == (
        "experience preparing hazmat shipments or auditing hazmat shipments"
    )


def test_a_hyphenated_compound_is_one_word_of_the_title_share():
    work = [
        {"position": "Bartender", "name": "Venue", "startDate": "2024-01"},
        {"position": "Barback", "name": "Nightclub", "startDate": "2020-01", "endDate": "2023-12"},
    ]
    check = check_years(_req("2 years of high-volume bartending", 2, "high-volume bartending"), _resume(work))
    assert check.years_basis == "clear" and years_short(check)


# --- review findings (rev13b) -------------------------------------------------------------------------------------


def test_a_renewal_date_does_not_cut_the_years_of_roles_titled_as_the_subject():
    nurse = [{"position": "Registered Nurse", "name": "General Hospital", "startDate": "2017-06"}]
    renewal = [{"name": "Registered Nurse (RN) License, State of Ohio", "date": "2024-03"}]
    asked = _req("5 years of experience as a registered nurse", 5, "registered nurse")
    check = check_years(asked, _resume(nurse, renewal))
    assert check.status == "met" and not years_short(check) and "counted from" not in check.note
    # a degree finished later (RN-to-BSN) is no licence date
    resume = Resume.model_validate(
        {
            "basics": {"name": "A"},
            "work": nurse,
            "education": [{"institution": "State U", "area": "Nursing", "studyType": "BSN", "endDate": "2021-05"}],
        }
    )
    check = check_years(asked, resume_evidence.from_resume(resume, TODAY))
    assert check.status == "met" and not years_short(check)
    welder = [{"position": "Structural Welder", "name": "Steel Co", "startDate": "2016-01"}]
    cert = [{"name": "AWS D1.1 Certified Welder", "date": "2024-06"}]
    check = check_years(_req("3 years as a certified welder", 3, "certified welder"), _resume(welder, cert))
    assert check.status == "met" and not years_short(check)


def test_a_renewed_abbreviated_licence_keeps_the_years_of_the_title():
    work = [{"position": "Physical Therapist Assistant", "name": "Home Care Co", "startDate": "2019-01"}]
    cert = [{"name": "Physical Therapist Assistant Certification", "date": "2024-09"}]
    check = check_years(_req("3 years as a licensed PTA", 3, "licensed PTA"), _resume(work, cert))
    assert check.status == "met" and not years_short(check)


def test_software_and_other_kinds_of_a_head_word_are_no_sibling_titles():
    for title in ("Backend Engineer", "Java Developer", "Full Stack Developer", "iOS Developer", "Mobile Developer"):
        assert not sibling_title("software engineer/developer", title), title
        evidence = _resume([{"position": title, "name": "Acme", "startDate": "2017-12"}])
        asked = _req("5 years of experience as a software engineer/developer", 5, "software engineer/developer")
        assert check_years(asked, evidence, {0: (0.8, title)}).status == "met", title
    assert not sibling_title("diesel mechanic", "Fleet Mechanic")
    assert not sibling_title("customer service representative", "Call Center Representative")
    assert not sibling_title("software engineer", "Data Engineer")
    assert not sibling_title("software engineer", "Mechanical Engineer")  # "software" names no field to differ from


def test_as_a_elsewhere_in_the_item_is_no_title_asked():
    evidence = _resume([{"position": "Truck Repair Technician", "name": "Fleet Co", "startDate": "2017-12"}])
    asked = _req("5 years of diesel repair experience, including 2 as a lead", 5, "diesel repair")
    for meaning in (None, {0: (0.8, "Truck Repair Technician")}):
        assert check_years(asked, evidence, meaning).status == "met"
    evidence = _resume([{"position": "Facilities Maintenance Technician", "name": "Plant", "startDate": "2017-12"}])
    asked = _req("3 years of equipment maintenance experience, ideally as a technician", 3, "equipment maintenance")
    for meaning in (None, {0: (0.8, "Facilities Maintenance Technician")}):
        assert check_years(asked, evidence, meaning).status == "met"


def test_running_text_spells_no_abbreviation():
    assert spelled_for("OT", "Delivered packages on time") == "OT"
    assert spelled_for("QA", "Ran quarterly audits") == "QA"
    assert spelled_for("IT", "Managed inventory tracking") == "IT"
    assert spelled_for("SQL", "Mentored supervised quality leads") == "SQL"
    assert spelled_for("ERP", "Wrote the emergency response plan") == "ERP"
    for line, short in (("Delivered packages on time", "OT"), ("Led emergency medical response", "EMR")):
        role = {"position": "Courier", "name": "Co", "startDate": "2018-01", "summary": line}
        check = check_years(_req(f"3 years of {short} experience", 3, short), _resume([role]))
        assert years_short(check) or check.years_basis != "clear", short


def test_journey_level_years_drop_only_apprentice_titles():
    work = [
        {"position": "Assistant Foreman", "name": "Electric Co", "startDate": "2020-01"},
        {"position": "Journeyman Electrician", "name": "Electric Co", "startDate": "2016-01", "endDate": "2019-12"},
    ]
    check = check_years(_req("5 years of experience at journey level", 5, ""), _resume(work))
    assert check.status == "met"
    for title in ("Journeyman Electrician / Apprentice Trainer", "Apprentice Coordinator"):
        one = _resume([{"position": title, "name": "Local 11", "startDate": "2018-01"}])
        assert check_years(_req("5 years at journey level", 5, ""), one).status == "met", title
    only = _resume([{"position": "Electrical Apprentice", "name": "Local 11", "startDate": "2018-01"}])
    check = check_years(_req("4 years of experience at journey level", 4, ""), only)
    assert years_short(check) and check.status != "met"
    admitted = _req("4 years at journey level (apprenticeship counts)", 4, "")
    assert check_years(admitted, only).status == "met"


def test_post_apprenticeship_years_are_journey_level_years():
    work = [
        {"position": "Journeyman Plumber", "name": "Plumb Co", "startDate": "2019-01"},
        {"position": "Plumber Apprentice", "name": "Local 5", "startDate": "2014-01", "endDate": "2018-12"},
    ]
    for text, subject in (
        ("Minimum 5 years of post-apprenticeship experience", "post-apprenticeship"),
        ("4 years of journey-level experience", "journey-level"),
    ):
        check = check_years(_req(text, 4 if "4" in text else 5, subject), _resume(work))
        assert check.status == "met", text
        assert check.years_held is not None and check.years_held < 6.5, text


def test_ing_nouns_or_keep_both_alternatives():
    assert _clean_subject("accounting or auditing work") == "accounting work or auditing work"
    assert _clean_subject("plumbing or heating work") == "plumbing work or heating work"
    assert _clean_subject("marketing or advertising agency") == "marketing agency or advertising agency"
    assert _clean_subject("framing and roofing work") == "framing work or roofing work"


def test_a_hyphenated_compound_partly_held_counts_its_part():
    evidence = _resume([{"position": "Heavy Equipment Repair Technician", "name": "Co", "startDate": "2018-01"}])
    check = check_years(_req("3 years of heavy-duty diesel repair", 3, "heavy-duty diesel repair"), evidence)
    assert check.status == "met"


def test_a_title_abbreviating_the_holder_or_sharing_a_word_keeps_its_years_before_a_renewal():
    for title, asked_as in (
        ("LVN", "licensed vocational nurse"),
        ("LPN", "licensed practical nurse"),
        ("CNA", "certified nursing assistant"),
        ("Pharmacy Tech", "certified pharmacy technician"),
    ):
        work = [{"position": title, "name": "Care Co", "startDate": "2016-01"}]
        cert = [{"name": asked_as.title() + " License", "date": "2024-06"}]
        check = check_years(_req(f"2 years as a {asked_as}", 2, asked_as.split(" ", 1)[1]), _resume(work, cert))
        assert check.status == "met" and not years_short(check), title


def test_a_title_spells_no_two_letter_or_ranked_abbreviation():
    assert spelled_for("licensed PT", "Part Time Cashier") == "licensed PT"
    assert spelled_for("PA", "Personal Assistant") == "PA"
    assert spelled_for("MA", "Marketing Associate") == "MA"
    assert spelled_for("SQL experience", "Senior Quality Lead") == "SQL experience"
    assert spelled_for("PT", "Physical Therapist (PT)") == "Physical Therapist"  # given in parentheses


def test_a_title_of_another_field_is_a_sibling_only_where_the_subject_names_a_field_too():
    for subject, title in (
        ("front desk receptionist", "Veterinary Receptionist"),
        ("civil engineer", "Structural Engineer"),
        ("process engineer", "Chemical Engineer"),
        ("fitness trainer", "Personal Trainer"),
        ("leasing agent", "Rental Agent"),
        ("mental health counselor", "Clinical Counselor"),
        ("medical coder", "Clinical Coder"),
        ("medical technologist", "Clinical Laboratory Technologist"),
    ):
        assert not sibling_title(subject, title), title
    assert sibling_title("legal secretary", "Medical Secretary")
    assert sibling_title("nuclear medicine technologist", "Radiologic Technologist")


def test_a_years_check_no_role_counts_for_says_why_and_what_the_resume_holds_in_all():
    apprentice = _resume([{"position": "Carpenter Apprentice", "name": "Local 22", "startDate": "2019-01"}])
    none_left = check_years(_req("3 years of experience at journey level", 3, ""), apprentice)
    assert (none_left.years_basis, none_left.years_held, none_left.months_in_all) == ("none", 0.0, 0.0)
    assert none_left.short_in_all and none_left.credit == 0.0 and "apprentice" in none_left.note
    # no role about the subject: the years in all are kept and make up a little of the credit
    cashier = _resume([{"position": "Cashier", "name": "Grocery Co", "startDate": "2020-01", "endDate": "2022-12"}])
    other_work = check_years(_req("2 years of phlebotomy experience", 2, "phlebotomy"), cashier)
    assert (other_work.years_basis, other_work.years_held) == ("none", 0.0)
    assert other_work.months_in_all == 36.0 and not other_work.short_in_all
    assert other_work.credit > 0.0 and "no role as phlebotomy found" in other_work.note


def test_as_a_is_one_fragment_of_the_years_patterns():
    import re

    from careerpilot.matching.coverage import _AT_FULL_RUNG
    from careerpilot.matching.since import AS_A

    said = ("3 years as a welder", "As an LPN", "has a CDL", "as the lead")
    assert [bool(re.search(AS_A, t, re.I)) for t in said] == [True, True, False, False]
    # the patterns built on it: a licence holder's years, a journeyman's
    assert since_phrase("two years as an RN") == "" and since_phrase("3 years as a licensed PTA") == "PTA"
    assert _AT_FULL_RUNG.search("4 years as a journeyman") and not _AT_FULL_RUNG.search("4 years helping a journeyman")
