"""Session 21 (h21f): readings that scored a qualified resume lower than the posting warrants.

One-item sections, credential initials' years, a restated years subject, a degree or diploma of any field, and
"management" before a discipline.
"""

from __future__ import annotations

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.layout import _HEADING_WITH_ITEM, heading_of
from careerpilot.matching.occupations import MANAGEMENT_BEFORE_DISCIPLINE
from careerpilot.matching.requirements import _ANY_FIELD, _RESTATED, extract_requirements

_INTRO = "We are a family business serving the region for thirty years.\n\n"


def _asked(title: str, body: str) -> list[tuple[str, str]]:
    return [(r.kind, r.subject) for r in extract_requirements(title, _INTRO + body).requirements]


def test_a_heading_and_its_one_item_on_a_line_asks_the_item() -> None:
    # a Welsh care home and a Canadian warehouse: the item shares its line with the heading
    assert heading_of("Essential: Level 3 Diploma in Health and Social Care") is None
    assert heading_of("Must have: forklift ticket") is None
    found = extract_requirements("Cook", _INTRO + "Must have: food handler certificate\nApply by Friday.")
    assert any("food handler" in r.text for r in found.requirements)
    # a heading alone keeps being one
    assert heading_of("Must have:") == "Must have"
    assert heading_of("Key requirements") == "Key requirements"


def test_a_one_line_list_under_a_heading_is_its_item_and_a_subheading_stays() -> None:
    # an Irish bookshop: one unbulleted line, then the next heading
    found = _asked("Bookseller", "Requirements:\nRetail experience\n\nAbout us\nWe sell books.")
    assert found == [("skill", "")]
    # a New Zealand council: "Essential criteria" introduces bullets, it is no item
    found = _asked("Officer", "Qualifications:\nEssential criteria\n- Full driver licence\n- Excel\n")
    assert not any(subject == "Essential criteria" for _, subject in found)
    texts = [
        r.text
        for r in extract_requirements("Officer", _INTRO + "Qualifications:\nEssential criteria\n- Excel\n").requirements
    ]
    assert "Essential criteria" not in texts


def _checks(title: str, posting: str, resume: str) -> dict[str, tuple[str, str]]:
    found = extract_requirements(title, _INTRO + posting)
    return {c.requirement.kind: (c.status, c.note) for c in coverage(found, resume_evidence.from_text(resume))[1]}


def test_years_asked_by_a_held_credentials_initials_are_years_in_its_occupation() -> None:
    # a Philippine-trained CPA titled "Senior Accountant", an Ohio PE titled "Civil Engineer", a dietitian
    cases = (
        (
            "Finance Manager",
            "Requirements:\n- 5 years CPA experience\n- Month-end close\n",
            "Experience\nSenior Accountant, Reyes & Co (2015 - 2024)\n- Closed the books\nCertifications\nCPA (2014)",
        ),
        (
            "Bridge Engineer",
            "Requirements:\n- 4 years PE experience\n- Culvert design\n",
            "Experience\nCivil Engineer, Lakeside Roads (2014 - 2024)\n- Designed culverts\n"
            "Licences\nProfessional Engineer (PE), Ohio",
        ),
    )
    for title, posting, resume in cases:
        status, note = _checks(title, posting, resume)["experience"]
        assert status == "met", note


def test_a_credentials_initials_not_held_keep_asking_the_credentials_years() -> None:
    # near miss: a bookkeeper without the CPA is not read as a public accountant's years by the same rule
    status, _ = _checks(
        "Finance Manager",
        "Requirements:\n- 5 years CPA experience\n- Month-end close\n",
        "Experience\nAccountant, Reyes & Co (2015 - 2024)\n- Closed the books\nCertifications\nXero Advisor",
    )["experience"]
    assert status != "met"


def test_a_restated_years_subject_is_the_subject() -> None:
    # a Maltese restaurant, a South African depot, a Scottish nursery
    for item, subject in (
        ("3 years relevant experience (i.e. in a hotel kitchen)", "hotel kitchen"),
        ("4 years' relevant experience, i.e. working in a cold-chain depot", "cold-chain depot"),
        ("2 years related experience, namely early years childcare", "early years childcare"),
    ):
        years = next(
            r for r in extract_requirements("Job", _INTRO + f"Requirements:\n- {item}\n- Teamwork\n").requirements
        )
        assert years.kind == "experience" and subject in years.subject, years.subject
    # near misses: examples and an unmarked window restate nothing
    for item in (
        "3 years relevant experience (e.g. retail, hospitality)",
        "3 years experience (in the last five years)",
    ):
        years = [r for r in extract_requirements("Job", _INTRO + f"Requirements:\n- {item}\n").requirements]
        assert all(r.subject == "" for r in years if r.kind == "experience")


def test_a_degree_or_diploma_of_any_field_asks_the_lowest_level_named() -> None:
    # an Indian bank, a Malaysian call centre, a Singapore logistics firm, an Australian council
    for item, level in (
        ("Diploma / Degree in any field", "diploma"),
        ("Graduate in any discipline", "bachelor"),
        ("Any bachelor's degree", "bachelor"),
        ("A degree or diploma in any subject", "diploma"),
        ("Master's degree in any discipline", "master"),
    ):
        found = _asked("Executive", f"Requirements:\n- {item}\n- Good communication\n")
        assert ("degree", level) in found
        assert not any(kind == "skill" and item in subject for kind, subject in found)


def test_a_diploma_of_any_field_is_met_by_any_diploma_or_degree_and_not_by_school() -> None:
    posting = "Requirements:\n- Diploma / Degree in any field\n- Good communication skills\n"
    role = "Experience\nTeller, Coast Savings (2019 - 2024)\n- Served customers\nEducation\n"
    for schooling, status in (
        ("Diploma in Hospitality Management, Utalii College (2018)", "met"),
        ("Advanced Diploma of Business, TAFE Queensland (2017)", "met"),
        ("Bachelor of Commerce, University of Cape Town (2018)", "met"),
        ("High School Diploma, Lincoln High School (2014)", "missing"),
    ):
        assert _checks("Teller", posting, role + schooling)["degree"][0] == status, schooling


def test_the_new_patterns_are_linear_on_hostile_input() -> None:
    from tests.support.timing import cpu_seconds

    for text in (
        "experience " + " " * 20_000 + "x",
        "experience (" + "i.e. " * 4_000,
        "degree " * 3_000 + "in any",
        "degree in " + "any " * 5_000,
        "Must have" + " " * 20_000 + ":",
        "A" + "a " * 10_000 + ": x",
        "management " * 2_000 + "accountin",
    ):
        for pattern in (_RESTATED, _ANY_FIELD, _HEADING_WITH_ITEM, MANAGEMENT_BEFORE_DISCIPLINE):
            assert cpu_seconds(pattern.search, text) < 0.05


def test_management_before_a_discipline_names_the_field_not_a_managers_title() -> None:
    # a Leeds cost accountant whose lines say management accounts; a Dublin strategy consultant
    posting = "Requirements:\n- 4 years management accounting experience\n- Excel\n"
    cost = "Experience\nCost Accountant, Dale Mills (2016 - 2024)\n- Prepared monthly management accounts"
    assert _checks("Management Accountant", posting, cost)["experience"][0] == "met"
    consulting = "Requirements:\n- 3 years management consulting experience\n- Excel\n"
    adviser = "Experience\nConsultant, Liffey Partners (2016 - 2024)\n- Advised boards on management and strategy"
    assert _checks("Consultant", consulting, adviser)["experience"][0] == "met"
    # near misses: an accountant of another field, a manager of a shop
    tax = "Experience\nTax Accountant, Dale Mills (2016 - 2024)\n- Prepared corporate tax returns"
    assert _checks("Management Accountant", posting, tax)["experience"][0] != "met"
    shop = "Experience\nStore Manager, Corner Grocers (2016 - 2024)\n- Managed 40 staff"
    assert _checks("Consultant", consulting, shop)["experience"][0] != "met"
