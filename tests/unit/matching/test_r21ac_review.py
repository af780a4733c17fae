"""Session 21 review (r21ac) of h21a's and h21c's rules: near-misses their first wording let through."""

from __future__ import annotations

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, coverage, decisive_gaps
from careerpilot.matching.requirements import _PAY_AMOUNT, _WHAT_IT_INCLUDED, extract_requirements
from tests.support.timing import cpu_seconds


def _evidence(text: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + text)


def test_tools_an_insisting_heading_lists_as_examples_do_not_cap() -> None:
    # a British engineering person specification and an Australian firm: the kind is essential, the names examples
    designer = _evidence("Design Engineer, Tay Fabrication (2016 - 2024)\n- Modelled sheet-metal parts in Inventor")
    for heading, item, caps in (
        ("Essential criteria:", "Experience of CAD packages such as AutoCAD or SolidWorks", False),
        ("Must have:", "3D CAD (e.g. SolidWorks)", False),
        ("Must have:", "SolidWorks proficiency", True),
    ):
        found = extract_requirements("Design Engineer", f"{heading}\n- {item}\n- Sheet-metal design\n")
        gaps = decisive_gaps(coverage(found, designer)[1])
        assert gaps and "SolidWorks" in gaps[0].requirement.text and caps_score(gaps[0]) is caps


def test_a_minimum_of_years_is_asked_even_in_a_history_s_words() -> None:
    # a Danish kitchen and a Ghanaian clinic: "have been ...ing" of the hire, with the least years they must have
    for item in (
        "Chefs have been running a section for at least 2 years",
        "Midwives have been practising for a minimum of three years",
    ):
        found = extract_requirements("Chef", f"Requirements:\n- {item}\n- Food safety\n").requirements
        assert any(r.kind == "experience" for r in found)
    # the firm's own age, however long, asks nothing
    for item in (
        "Fjord Kitchens has been feeding Bergen for 25+ years",
        "We have been serving Accra for over 30 years",
    ):
        found = extract_requirements("Chef", f"Requirements:\n- {item}\n- Food safety\n").requirements
        assert not any(r.kind == "experience" for r in found)


def test_what_the_years_included_and_pay_read_a_long_run_of_spaces_in_linear_time() -> None:
    for pattern in (_WHAT_IT_INCLUDED, _PAY_AMOUNT):
        for hostile in (" " * 20_000, "1" + " " * 20_000, " ," * 10_000):
            assert cpu_seconds(lambda p=pattern, h=hostile: list(p.finditer(h))) < 0.05


def test_a_master_written_by_its_field_syllables_is_asked_as_a_degree() -> None:
    # a New Zealand audiology post, a Sri Lankan lab and an Indian design office; a product in capitals is none
    for item, asked in (
        ("MClinSci in Audiology", "master"),
        ("MMedSci preferred", "master"),
        ("M.Tech in Structural Engineering", "master"),
        ("MicroStation skills", None),
    ):
        found = extract_requirements("Engineer", f"Requirements:\n- {item}\n- Site visits\n").requirements
        degree = next((r.subject.split()[0] for r in found if r.kind == "degree"), None)
        assert degree == asked


def test_a_licence_of_our_state_is_the_hire_s_not_the_employer_s() -> None:
    # an Oregon clinic and a Texas carrier: "our state's" names where the licence is from
    for item, held in (("Must hold our state's RN license", True), ("Hold our state's Class A CDL", True)):
        found = extract_requirements("Nurse", f"Requirements:\n- {item}\n- Site visits\n").requirements
        assert any(r.kind == "certification" and r.subject for r in found) is held
    found = extract_requirements("Driver", "Requirements:\n- Help keep our operator's licence clean\n- Site visits\n")
    assert not any(r.kind == "certification" and r.subject for r in found.requirements)
