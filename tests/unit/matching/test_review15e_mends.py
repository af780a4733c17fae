"""Regressions of branch m15f that review rev15e found (branch m15i): each rule keeps m15f's case, not these.

The inputs are written the way postings and resumes say such things.
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.credentials import held_in, wanted_in
from careerpilot.matching.products import named_products, own_skills
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict

TODAY = date(2026, 6, 1)


def _checked(title: str, item: str, resume: str) -> tuple[str, float]:
    (req,) = extract_requirements(title, f"Requirements:\n- {item}\n").requirements
    judged = check(req, resume_evidence.from_text(resume, TODAY))
    return judged.status, judged.credit


def _resume(title: str, bullet: str) -> str:
    return f"Experience\n{title}, City Hospital, Jan 2019 - present\n- {bullet}\n"


# 1. an acronym alone after a software vendor is no product of its own: the vendor stays asked
@pytest.mark.parametrize(
    ("item", "vendor"),
    [
        ("Experience with Epic HIM modules", "Epic"),
        ("Experience in Epic ADT and registration", "Epic"),
        ("Epic ORS experience preferred for OR scheduling", "Epic"),
        ("Experience with Epic MAR and BCMA scanning", "Epic"),
        ("Experience with Epic RCM or PFS workflows", "Epic"),
        ("Charting with Cerner CPOE", "Cerner"),
        ("Working knowledge of Workday HRIS", "Workday"),
        ("Experience with Oracle HCM", "Oracle"),
        ("Oracle RAC and PLSQL tuning", "Oracle"),
        ("Experience with Oracle ASCP planning", "Oracle"),
        ("Salesforce SOQL and APEX development", "Salesforce"),
    ],
)
def test_an_acronym_after_a_vendor_is_no_product_and_keeps_the_vendor(item: str, vendor: str) -> None:
    named = named_products(item)
    assert named.asked == () and named.makers == (), named
    assert own_skills(item, [vendor]) == [vendor]


@pytest.mark.parametrize(
    ("title", "item", "bullet"),
    [
        ("Registered Nurse", "Experience with Epic CPOE and order sets", "Charted assessments and medications in Epic"),
        ("HR Generalist", "Workday HCM experience required", "Maintained employee records in Workday"),
        ("Scheduler", "Experience with Kronos UKG", "Built staff schedules in Kronos"),
        ("Accountant", "Experience with Oracle EBS or SAP", "Month-end close in Oracle E-Business Suite"),
    ],
)
def test_the_vendor_held_meets_an_item_naming_its_acronym(title: str, item: str, bullet: str) -> None:
    assert _checked(title, item, _resume(title, bullet)) == ("met", 1.0)


@pytest.mark.parametrize("item", ["Experience with Oracle OPERA", "Proficient in Oracle OPERA PMS"])
def test_the_acronym_held_without_its_vendor_still_meets_the_item(item: str) -> None:
    resume = _resume("Front Desk Agent", "Check-ins and night audit in Opera PMS")
    assert _checked("Front Desk Agent", item, resume) == ("met", 1.0)


def test_neither_the_vendor_nor_its_acronym_held_misses_the_item() -> None:
    resume = _resume("Front Desk Agent", "Check-ins and night audit in Cloudbeds")
    assert _checked("Front Desk Agent", "Experience with Oracle OPERA", resume)[0] == "missing"


@pytest.mark.parametrize(
    ("item", "product"),
    [
        ("Oracle OPERA Cloud experience required", "OPERA Cloud"),
        ("Hands-on Oracle OPERA PMS experience", "OPERA PMS"),
        ("Oracle HYPERION Planning experience", "HYPERION Planning"),
    ],
)
def test_an_acronym_with_a_product_word_after_a_vendor_is_still_the_product(item: str, product: str) -> None:
    named = named_products(item)
    assert named.asked == ((product,),) and named.makers == ("oracle",), named


def test_a_release_after_a_vendors_acronym_makes_no_product() -> None:
    assert named_products("Experience with Oracle EBS R12 financials").asked == ()


# 2. NICET: "Certified"/"Certification" and "Lvl" before the level are read
@pytest.mark.parametrize(
    ("asked", "ids"),
    [
        ("NICET Certified Level II", [("nicet_2",)]),
        ("NICET Certification Level III required", [("nicet_3",)]),
        ("NICET Certification Level II in Fire Alarm Systems", [("nicet_2",)]),
        ("Must hold NICET Certification, Level II or higher", [("nicet_2",)]),
        ("NICET Certified Fire Alarm Level II", [("nicet_2",)]),
        ("NICET certified - Level II Fire Alarm", [("nicet_2",)]),
        ("NICET Lvl 2", [("nicet_2",)]),
        ("NICET Lvl. III in Water-Based Systems Layout", [("nicet_3",)]),
    ],
)
def test_a_certification_word_or_lvl_before_the_nicet_level_is_read(asked: str, ids: list[tuple[str, ...]]) -> None:
    assert [w.ids for w in wanted_in(asked)] == ids


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("NICET Certification Level III, Fire Alarm Systems", {"nicet_3"}),
        ("NICET Certified Level II (Fire Sprinkler Layout)", {"nicet_2"}),
        ("NICET Certification, 2 years of fire alarm work", set()),
    ],
)
def test_a_resume_holds_a_nicet_level_written_after_certification(line: str, held: set[str]) -> None:
    assert {h.id for h in held_in([line], TODAY) if h.id.startswith("nicet_")} == held


@pytest.mark.parametrize(
    ("asked", "listed", "credit"),
    [
        ("NICET Level II in Fire Alarm Systems", "NICET Certification Level III, Fire Alarm Systems", 1.0),
        ("Must hold NICET Certification, Level II or higher", "NICET Level III Fire Alarm", 1.0),
        ("Must hold NICET Certification, Level II or higher", "NICET Level I Fire Alarm", 0.0),
    ],
)
def test_a_nicet_level_named_after_certification_is_judged_on_the_ladder(
    asked: str, listed: str, credit: float
) -> None:
    assert verdict(asked, [listed]).credit == credit


# 3. a higher degree written first is asked only where the lower one is its substitute
_ASSOCIATE = "Associate of Applied Science in Business, Valley College, 2019"
_BACHELOR = "Bachelor of Science in Business Administration, State University, 2017"


def _degree_status(line: str, degree: str, years: int = 0) -> str:
    from careerpilot.matching.coverage import check_degree

    (req,) = [
        r for r in extract_requirements("Analyst", f"Requirements:\n- {line}\n").requirements if r.kind == "degree"
    ]
    worked = f"Experience\nAnalyst, Acme, Jan {2026 - years} - present\n- Monthly reports\n" if years else ""
    return check_degree(req, resume_evidence.from_text(f"{worked}Education\n{degree}\n", TODAY)).status


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor's degree preferred, associate degree required",
        "Preferred: Bachelor's degree. Required: Associate's degree",
        "Bachelor's degree is a plus, associate degree minimum",
        "Bachelor's degree desirable, associate degree required",
        "Bachelor's degree, associate degree acceptable",
        "Bachelor's degree; associate degree accepted",
        "Bachelor's degree (associate's degree acceptable)",
        "Bachelor's/Associate's degree in Business",
        "Bachelor's degree, associate's degree, or equivalent experience",
    ],
)
def test_an_associate_degree_enough_is_met_by_an_associate_degree(line: str) -> None:
    assert _degree_status(line, _ASSOCIATE) == "met"


@pytest.mark.parametrize(
    ("line", "lower", "years"),
    [
        ("Master's degree in Social Work; Bachelor's degree with 2 years experience considered", _BACHELOR, 2),
        ("Bachelor's degree in accounting; will consider associate's degree with 3 years of experience", _ASSOCIATE, 3),
        ("Bachelor's degree; associate degree with four years of experience may substitute", _ASSOCIATE, 4),
    ],
)
def test_a_substitute_degree_meets_the_ask_only_with_its_years(line: str, lower: str, years: int) -> None:
    assert _degree_status(line, lower, years) == "met"
    assert _degree_status(line, lower, years - 1) == "partial"
    assert _degree_status(line, lower) == "partial"


def test_a_substitute_degree_with_unnumbered_experience_needs_some_experience() -> None:
    line = "Bachelor's degree (associate degree considered with experience)"
    assert _degree_status(line, _ASSOCIATE) == "partial"
    assert _degree_status(line, _ASSOCIATE, 1) == "met"


def _kept(item: str, heading: str = "Requirements:", title: str = "Coordinator") -> list[str]:
    """Return the texts read from an item listed after a plain one, the plain one left out."""
    reqs = extract_requirements(title, f"{heading}\n- 2 years of office experience\n- {item}\n").requirements
    return [r.text for r in reqs if r.text != "2 years of office experience"]


# 4. the degree a combination replaces is no ask; what it adds up to is
@pytest.mark.parametrize(
    "item",
    [
        "Equivalent combination of education and experience may be considered in lieu of a bachelor's degree.",
        "An equivalent combination of education and experience will be considered in lieu of a degree",
        "Any combination of education and experience in lieu of a degree",
        "Any equivalent combination of education and experience may substitute for the degree requirement.",
        "Any combination of education, training and experience instead of the bachelor's degree",
        "Relevant experience may be substituted for the degree requirement",
        "Experience may substitute for the degree on a year-for-year basis",
    ],
)
def test_what_a_combination_replaces_is_no_ask(item: str) -> None:
    assert _kept(item) == []


def test_a_high_school_resume_is_not_short_of_a_degree_a_combination_replaces() -> None:
    resume = (
        "Experience\nOffice Manager, Acme, Jan 2014 - present\n- Managed budgets and payroll\n"
        "Education\nHigh School Diploma, Central High, 2010\n"
    )
    reqs = extract_requirements(
        "Office Manager",
        "Requirements:\n- 3 years of office management experience\n- Equivalent combination of education and "
        "experience may be considered in lieu of a bachelor's degree.\n",
    ).requirements
    evidence = resume_evidence.from_text(resume, TODAY)
    assert [check(r, evidence).status for r in reqs] == ["met"]


# 5. how applications are answered asks nothing, however the employer words who is chosen
@pytest.mark.parametrize(
    "item",
    [
        "Only those who are selected for an interview will be contacted.",
        "Only those considered for an interview will be contacted.",
        "Only those candidates under consideration will be contacted.",
        "Only short-listed candidates will be notified",
        "We thank all applicants for their interest in joining Acme, Inc.",
        "We thank all applicants for their interest; however, only those selected for an interview will be contacted.",
        "Thank you for your interest. Only candidates selected for an interview will be contacted.",
        "We appreciate all applications; only shortlisted candidates will be contacted.",
    ],
)
def test_how_applications_are_answered_asks_nothing(item: str) -> None:
    assert _kept(item) == []


# 6. the employer's inclusion statement asks nothing, however it is worded
@pytest.mark.parametrize(
    "item",
    [
        "Committed to an inclusive, accessible and barrier-free workplace",
        "Committed to an inclusive and barrier-free recruitment process",
        "At Acme, we're committed to an inclusive environment where everyone belongs.",
        "Committed to an accessible hiring process; accommodations are available on request.",
        "Acme has always been committed to an inclusive culture.",
        "Committed to inclusive hiring practices and equal opportunity",
    ],
)
def test_an_employers_inclusion_statement_asks_nothing(item: str) -> None:
    assert _kept(item) == []


@pytest.mark.parametrize(
    "item",
    [
        "Committed to an inclusive classroom and differentiated instruction",
        "Committed to diverse learners",
        "Committed to an inclusive learning environment for students with IEPs",
    ],
)
def test_a_teachers_commitment_to_inclusion_is_still_asked(item: str) -> None:
    assert _kept(item, title="Teacher") == [item]


# 7. a list of benefit words is benefits, but never under a licences heading
@pytest.mark.parametrize(
    "item",
    ["Medical, Life", "Medical and life", "Health, life and disability", "Medical/Life/Disability", "Health, life"],
)
def test_a_list_of_benefit_words_is_benefits(item: str) -> None:
    assert _kept(item) == []


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("Required licenses:", "Life/Health Insurance"),
        ("Required licenses:", "Life and Health Insurance"),
        ("Required Licenses and Certifications:", "Life, Health"),
        ("Requirements:", "Life & Health"),
    ],
)
def test_insurance_lines_under_licences_are_asked(heading: str, item: str) -> None:
    assert _kept(item, heading, "Insurance Agent") == [item]
