"""Session 21 (h21c): a heading that insists makes its named tools cap; years' subject past an adjective."""

from __future__ import annotations

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, coverage, decisive_gaps
from careerpilot.matching.requirements import extract_requirements


def _evidence(text: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + text)


def test_a_named_tool_listed_under_an_insisting_heading_caps_as_its_own_must_would() -> None:
    # a Canadian payroll posting: the item itself says nothing of necessity, its heading does
    clerk = _evidence("Payroll Clerk, Maple Foods (2017 - 2024)\n- Ran biweekly payroll in ADP Workforce Now")
    for heading, caps in (("Essential criteria:", True), ("Must haves", True), ("Required qualifications:", False)):
        found = extract_requirements("Payroll Clerk", f"{heading}\n- Ceridian Dayforce proficiency\n- Year-end T4s\n")
        tool = next(r for r in found.requirements if "Dayforce" in r.text)
        assert tool.insisted is caps
        gaps = decisive_gaps(coverage(found, clerk)[1])
        assert gaps and "Dayforce" in gaps[0].requirement.text and caps_score(gaps[0]) is caps


def test_an_inline_insisting_heading_insists_too() -> None:
    found = extract_requirements("Site Surveyor", "Mandatory: Trimble Business Center proficiency\n")
    assert all(r.insisted for r in found.requirements)
