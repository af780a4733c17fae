"""Review 13a: the noise rules keep the real requirement (HR pay and EEO skills, refused-without, bracket years)."""

from __future__ import annotations

from careerpilot.domain.matching import Requirement
from careerpilot.matching import conditions
from careerpilot.matching.requirements import extract_requirements


def _reqs(text: str, title: str = "Technician") -> list[Requirement]:
    return extract_requirements(title, text).requirements


def _texts(text: str, title: str = "Technician") -> set[str]:
    return {r.text for r in _reqs(text, title)}


def test_a_bullet_about_pay_or_benefits_work_is_a_requirement() -> None:
    bullets = [
        "Compensation design and market pricing",
        "Salary survey participation and analysis",
        "Benefits plan design and vendor management",
        "Wage garnishment processing",
        "Hourly rate negotiation with subcontractors",
        "Pay transparency and equity compliance",
        "Pay close attention to detail",
        "Competitive pay requires a CDL",
    ]
    offers = ["Salary: $20-25/hr", "Benefits package includes 401k", "Salary depends on experience", "Pay DOE"]
    posting = "Requirements:\n" + "".join(f"- {b}\n" for b in bullets + offers)
    texts = _texts(posting, "Compensation Analyst")
    assert set(bullets) <= texts, set(bullets) - texts
    assert not texts & set(offers)


def test_a_requirement_about_equal_opportunity_is_kept() -> None:
    bullets = [
        "Knowledge of EOE compliance required",
        "Experience writing equal opportunity employer statements",
        "Knowledge of federal contractor obligations as an affirmative action employer (OFCCP)",
        "Prepare EOE reports",
    ]
    posting = (
        "Requirements:\n" + "".join(f"- {b}\n" for b in bullets) + "- Ensure the organization does not discriminate "
        "in hiring; knowledge of Title VII\n\nAcme Staffing is an equal opportunity employer.\n"
        "We do not discriminate on the basis of race, religion or sex.\nAA/EOE\n"
        "All qualified applicants will receive consideration without regard to race, color or national origin.\n"
    )
    texts = _texts(posting, "HR Compliance Specialist")
    assert set(bullets) <= texts, set(bullets) - texts
    assert any("does not discriminate in hiring" in t for t in texts)
    assert not any("Acme Staffing" in t or t.startswith(("We do not", "AA/EOE", "All qualified")) for t in texts)


def test_a_credential_an_applicant_must_not_lack_is_asked() -> None:
    for item, wanted in (
        ("Applicants without a current CPA license will not be considered.", "cpa"),
        ("Candidates who do not hold a valid CDL-A are not eligible.", "cdl_a"),
        ("Applicants who are not ASE certified need not apply", "ase"),
    ):
        ids = [c for r in _reqs(f"Requirements:\n- {item}\n", "Worker") for c in r.credentials]
        assert any(i == wanted or i.startswith(wanted) for i in ids), (item, ids)


def test_years_in_a_bracket_that_names_its_subject_are_of_that_subject() -> None:
    for item, subject in (
        ("CPP certification (3+ years of payroll experience)", "payroll"),
        ("Culinary degree (or 5 years of line cook experience)", "line cook"),
        ("CDL Class A (2 years OTR experience required)", "OTR"),
    ):
        years = [r for r in _reqs(f"Requirements:\n- {item}\n", "Worker") if r.kind == "experience"]
        assert years and subject in years[0].subject, (item, [r.subject for r in years])
    window = "Requirements:\n- Background check (covering the last 7 years)\n"
    assert not any(r.kind == "experience" for r in _reqs(window, "Worker"))
    # the bracket holding only the years still gives them to what it follows
    alone = "Requirements:\n- Experience as a crane operator (minimum 4 years)\n"
    assert next(r for r in _reqs(alone, "Operator") if r.kind == "experience").subject == "crane operator"


def test_a_role_named_asset_is_no_preferred_cue() -> None:
    posting = (
        "Requirements:\n- 3+ years as an asset accountant required\n- Experience as an Asset Coordinator\n"
        "- Experience as an asset planner\n- Lean certification would be considered an asset\n"
    )
    by_text = {r.text: r.importance for r in _reqs(posting, "Accountant")}
    assert by_text["3+ years as an asset accountant required"] == "required"
    assert by_text["Experience as an Asset Coordinator"] == "required"
    assert by_text["Experience as an asset planner"] == "required"
    assert by_text["Lean certification would be considered an asset"] == "preferred"


def test_over_a_count_with_a_plus_is_no_age() -> None:
    assert conditions.condition_of("Proven record managing over 25+ properties") is None
    assert conditions.condition_of("Must be over 18+") is not None
    assert conditions.condition_of("Applicants aged 18+") is not None


def test_essential_and_selection_criteria_headings_introduce_required_items() -> None:
    """UK and Australian postings head their requirements "Essential:" or "Key selection criteria"."""
    from careerpilot.matching.layout import section_kind

    assert [section_kind(h) for h in ("Essential:", "Key selection criteria", "Mandatory", "Desirable criteria")] == [
        "required",
        "required",
        "required",
        "preferred",
    ]
    # US postings' "Essential Functions" are the duties, not what is asked of the candidate
    assert section_kind("Essential Functions") == "responsibilities"
    text = (
        "Essential:\n- CPCS Blue Competent Operator card (A59)\n- 3 years operating 360 excavators\n\n"
        "Desirable:\n- CSCS card"
    )
    found = {(r.text, r.importance) for r in extract_requirements("Plant Operator", text).requirements}
    assert ("CPCS Blue Competent Operator card (A59)", "required") in found
    assert ("CSCS card", "preferred") in found
