"""Session 19 (h19e): what a posting gives or sets as terms is no skill a qualified resume lacks.

Pay stated by its kind ("Award wages", "Union scale", "Package: ..."), things the employer provides written passively
("Laptop and phone supplied."), checks the employer runs (DBS, vetting), hours given as clock times, cold or heat in
degrees, where the hire is based, and training completed after hire: each is read as an offer (no requirement) or
a condition (shown, never scored), never as a required skill that lowers a qualified resume's coverage.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import conditions
from careerpilot.matching.requirements import extract_requirements


def _skills(text: str, title: str = "Technician") -> list[str]:
    reqs = extract_requirements(title, text).requirements
    return [r.text for r in reqs if r.kind in ("skill", "experience", "certification", "degree")]


@pytest.mark.parametrize(
    "line",
    [
        "Award rates plus weekend loadings, free uniforms and on-site parking.",
        "Union scale per the Carpenters' agreement, with pension and health plan.",
        "Package: day rate plus overtime, shared housing and meal allowance.",
        "Van, fuel card and mobile phone provided.",
        "Laptop and phone supplied.",
        "Uniform and all PPE provided by the company.",
    ],
)
def test_what_the_job_gives_is_no_requirement(line: str) -> None:
    posting = f"Requirements:\n- Two years of roofing experience\n- {line}\n"
    assert _skills(posting) == ["Two years of roofing experience"]


@pytest.mark.parametrize(
    "line",
    [
        "Knowledge of union scale agreements and wage determinations",
        "Package design experience in Adobe Illustrator",
        "Experience with tools provided by the client, e.g. SAP",
        "Safety induction provided; 2 years of framing experience required",
    ],
)
def test_a_skill_near_pay_or_provided_words_stays(line: str) -> None:
    posting = f"Requirements:\n- {line}\n"
    assert _skills(posting), line


@pytest.mark.parametrize(
    "text",
    [
        "Enhanced DBS check (we pay for it)",
        "Enhanced DBS (funded by us)",
        "Must be eligible for Garda vetting.",
        "Satisfactory PVG vetting",
        "Four 10-hour days per week (6a-4:30p).",
        "Available to work 2:00 p.m. to 10:30 p.m. Monday to Friday",
        "Able to work in 0°F freezer conditions for long periods",
        "Working in temperatures of -20 degrees in the blast freezer",
        "Based in or near Rotterdam",
        "Ideally based within reach of our Leeds office",
        "Able to complete the state academy within 12 months of hire",
        "Some travel to client sites across the region",
    ],
)
def test_terms_of_the_job_are_conditions(text: str) -> None:
    assert conditions.condition_of(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "Experience with DBS disclosure processing for a school trust",
        "A current Enhanced DBS certificate on the Update Service",
        "Enhanced DBS certificate held",
        "Vetting of subcontractors and suppliers",
        "Monitor holding temperatures at 41°F or below",
        "Experience based in a commercial kitchen",
        "Completed the state academy and holds POST certification",
        "Travel agency booking systems (Amadeus)",
    ],
)
def test_skills_that_share_their_words_are_no_conditions(text: str) -> None:
    assert conditions.condition_of(text) is None, text
