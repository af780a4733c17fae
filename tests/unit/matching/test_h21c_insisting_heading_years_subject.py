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


def test_a_word_judging_the_years_is_no_subject_of_them() -> None:
    # a Scottish housing post and a Kenyan hotel: the field is after "experience in", the adjective says how good
    for posting, subject in (
        ("Essential:\n- at least four years' satisfactory experience in tenancy management\n", "tenancy management"),
        ("Requirements:\n- 5 years of successful experience in hotel front office operations\n", "hotel front office"),
        ("Requirements:\n- Two years' substantial experience as a sous chef\n", "sous chef"),
    ):
        found = extract_requirements("Officer", posting)
        years = next(r for r in found.requirements if r.kind == "experience")
        assert years.subject.lower().startswith(subject)


def test_a_stage_after_a_credential_asks_no_credential_and_post_is_no_acronym() -> None:
    # a Norwegian midwifery post and an Irish pharmacy: "post-" says when the years began
    for item in (
        "4 years post-certification midwife experience",
        "2 years' post-licensure practice in community pharmacy",
    ):
        found = extract_requirements("Midwife", f"Requirements:\n- {item}\n").requirements
        assert [r.kind for r in found] == ["experience"]


def test_what_the_years_included_is_no_part_of_their_subject() -> None:
    for item, subject in (
        ("5+ yrs CNC machinist experience, incl. 5-axis setups", "CNC machinist"),
        ("3 years as a barista, including latte art training", "barista"),
    ):
        years = next(r for r in extract_requirements("Job", f"Requirements:\n- {item}\n").requirements)
        assert years.kind == "experience" and years.subject == subject


def test_an_abbreviation_the_resume_credential_spells_asks_years_of_its_occupation() -> None:
    # a South African auditor: "CIA" spelled by the resume's "Certified Internal Auditor", roles "Internal Auditor"
    posting = "Requirements:\n- 4+ yrs post-qualification CIA experience, incl. IT audit\n"
    found = extract_requirements("Internal Auditor", posting)
    resume = (
        "Experience\nInternal Auditor, Absa (Jan 2017 - Dec 2024)\n- Ran branch and IT audits\n"
        "Certifications\nCertified Internal Auditor (IIA)\n"
    )
    check = next(c for c in coverage(found, resume_evidence.from_text(resume))[1] if c.requirement.kind == "experience")
    assert check.requirement.subject == "internal auditor" and check.status == "met"
    junior = resume.replace("Jan 2017", "Jan 2023")
    check = next(c for c in coverage(found, resume_evidence.from_text(junior))[1] if c.requirement.kind == "experience")
    assert check.status != "met" and check.years_basis == "clear"


def test_a_title_naming_a_closed_compound_by_its_last_part_is_clear_when_its_lines_name_the_first() -> None:
    # a West Australian pipefitter written "Fitter": the lines run pipe, so the years are the pipefitter's and cap
    posting = "Requirements:\n- 5+ years working as a pipefitter (process plants)\n"
    found = extract_requirements("Pipefitter", posting)
    piping = "Experience\nFitter, Pilbara Process Services (Jan 2023 - Dec 2025)\n"
    piping += "- Ran and welded carbon steel pipe spools\n"
    check = next(c for c in coverage(found, resume_evidence.from_text(piping))[1] if c.requirement.kind == "experience")
    assert check.years_basis == "clear" and check.years_sure and caps_score(check)
    # a fitter of kitchens is no pipefitter by the rule: left to the reading by meaning
    kitchens = piping.replace("Ran and welded carbon steel pipe spools", "Fitted kitchens and wardrobes")
    check = next(
        c for c in coverage(found, resume_evidence.from_text(kitchens))[1] if c.requirement.kind == "experience"
    )
    assert check.years_basis != "clear"


def test_the_new_readings_are_linear_on_hostile_text() -> None:
    from careerpilot.matching.coverage import _CREDENTIAL_WORDS, _EMPLOYER_TRADE
    from careerpilot.matching.layout import REFUSED_WITHOUT
    from careerpilot.matching.requirements import (
        _INSISTING_HEADING,
        _STAGE_BEFORE,
        _WHAT_IT_INCLUDED,
        _certificate_asked,
    )
    from tests.support.timing import cpu_seconds

    hostile = [
        ", incl. " * 2500,
        ", including such as e.g. " * 800,
        "post-certification post- pre " * 700,
        "certified registered " * 1000,
        "must essential - [ ] " * 1000,
        "at " + "Insurance Brokers " * 1100,
        "without " * 2500,
        "without will not be " * 1000,
        "satisfactory successful experience in " * 500,
    ]
    for text in hostile:
        text = text[:20_000]
        for pattern in (
            _INSISTING_HEADING,
            _STAGE_BEFORE,
            _WHAT_IT_INCLUDED,
            _CREDENTIAL_WORDS,
            _EMPLOYER_TRADE,
            REFUSED_WITHOUT,
        ):
            assert cpu_seconds(pattern.sub, "", text) < 0.05
        assert cpu_seconds(_certificate_asked, text) < 0.05


def test_two_coined_names_where_a_tool_is_named_are_a_maker_and_its_product() -> None:
    from careerpilot.matching.products import named_products

    # a Danish survey firm's total station software and a hearing clinic's verifier: maker, then product
    assert named_products("Hands-on Trimble Siteworks experience").asked
    assert named_products("Practical Audioscan Verifit experience on every fitting").asked == (("Audioscan Verifit",),)
    assert not named_products("Strong Emergency Medicine experience").asked  # plain words: a field of practice


def test_an_employer_named_by_its_trade_completes_a_title_of_the_field() -> None:
    from careerpilot.matching.coverage import employer_trade

    # a Manchester cost manager at a firm of quantity surveyors does surveying
    assert employer_trade("Cost Manager, Construction at Hollis Quantity Surveyors (2016 - 2024)") == "Surveyors"
    assert employer_trade("Cost Manager at Hollis Construction Ltd") == ""
    posting = "Requirements:\n- Minimum 4 years' experience in construction cost surveying\n"
    found = extract_requirements("Quantity Surveyor", posting)
    resume = (
        "Experience\nCost Manager, Construction at Hollis Quantity Surveyors (Jan 2016 - Dec 2024)\n- Priced tenders"
    )
    check = next(c for c in coverage(found, resume_evidence.from_text(resume))[1] if c.requirement.kind == "experience")
    assert check.years_basis == "clear" and check.status == "met"
    assert employer_trade("Firefighter at Rural Metro Fire (2019 - 2024)") == ""  # no trade's workers: no trade


def test_an_item_turning_away_those_without_it_is_required_and_insists() -> None:
    # a Wellington bookkeeper: a plus named first, then the refusal
    item = "Hands-on Xero payroll - MYOB also a plus. Applicants without Xero experience will not be considered."
    found = extract_requirements("Bookkeeper", f"Requirements:\n- {item}\n")
    tool = next(r for r in found.requirements if "Xero" in r.text)
    assert tool.importance == "required"
    checks = coverage(found, resume_evidence.from_text("Experience\nBookkeeper (2015 - 2024)\n- Ran payroll in MYOB"))[
        1
    ]
    gaps = decisive_gaps(checks)
    assert gaps and caps_score(gaps[0])
    # a sentence welcoming those without it asks nothing more
    from careerpilot.matching.layout import REFUSED_WITHOUT

    assert not REFUSED_WITHOUT.search("Xero a plus; candidates without it can still be considered")


def test_the_compound_reading_is_cheap_on_a_long_role() -> None:
    from careerpilot.matching.coverage import _about
    from careerpilot.matching.evidence import Role
    from tests.support.timing import cpu_seconds

    title = " ".join(["Mason", "Fitter", "Layer", "Maker", "Smith", "Keeper", "Wright"] * 5)
    role = Role(title=title, line=title, detail=["limestone pipe brick " * 1000])
    subject = "stonemason pipefitter bricklayer cabinetmaker blacksmith greenkeeper shipwright"
    assert cpu_seconds(_about, subject, role) < 0.05
