"""What is named first: a product lacking by its model and name, never a condition, a status or boilerplate."""

from __future__ import annotations

from datetime import date

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching import conditions
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check, named_tool_missing
from careerpilot.matching.products import holds, key_word, named_products
from careerpilot.matching.requirements import _importance, extract_requirements
from careerpilot.matching.service import _label, _unmet

TODAY = date(2026, 11, 1)


def _evidence(*lines: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("## Experience\n" + "\n".join(lines), TODAY)


def _skill(text: str) -> Requirement:
    return Requirement(kind="skill", text=text, importance="required")


def test_a_model_number_is_the_word_a_resume_must_write() -> None:
    assert key_word("Garmin G1000") == "G1000"
    assert key_word("Autel MaxiIM IM608") == "IM608"
    assert key_word("McLeod PowerBroker") == "McLeod"  # no model: the mixed-case word, as before
    assert key_word("Lido Flight") == "Lido"
    # another model of the same maker does not hold it; the model in any case does
    assert not holds("Avionics: Garmin GNS 430, analogue instruments", "Garmin G1000")
    assert holds("Flew G1000-equipped DA40s for 300 hours", "Garmin G1000")
    assert holds("Program keys with an Autel IM608 Pro", "Autel MaxiIM IM608")


def test_a_lower_case_name_with_digits_opens_a_product_name() -> None:
    named = named_products("Hands-on link analysis in i2 Analyst's Notebook (charts you built, not just read)")
    assert named.asked == (("i2 Analyst's Notebook",),)
    assert holds("Built link charts in IBM i2 Analyst's Notebook", "i2 Analyst's Notebook")
    assert not holds("Built association charts in Microsoft Power BI", "i2 Analyst's Notebook")
    # a lower-case word with digits alone is no product ("x86 assembly", "3x10s")
    assert named_products("Experience with x86 assembly").asked == ()


def test_a_product_lacking_is_named_by_its_name_not_the_whole_line() -> None:
    req = _skill("hands-on w/ Autel MaxiIM IM608 (every van runs it, we don't support other programmers)")
    lacking = check(req, _evidence("Programmed keys with an Xhorse VVDI Key Tool Plus"))
    assert named_tool_missing(lacking)
    assert _label(lacking) == "Autel MaxiIM IM608"
    held = check(req, _evidence("Programmed smart keys with an Autel IM608 on every call"))
    assert not named_tool_missing(held)


def test_decisive_gaps_lead_the_missing_list() -> None:
    prose = RequirementCheck(
        requirement=_skill("Field work involves visits at odd places."), status="missing", credit=0.0
    )
    tool = RequirementCheck(requirement=_skill("Garmin G1000 experience"), status="missing", credit=0.0)
    other = RequirementCheck(requirement=_skill("Strong written reports"), status="missing", credit=0.0)
    assert _unmet([prose, tool, other], [tool], [prose, tool, other]) == [tool, prose, other]
    assert _unmet([prose, other, tool], [tool, other], [prose, other, tool]) == [other, tool, prose]
    assert _unmet([prose, other], [], [prose, other]) == [prose, other]  # nothing decisive: the posting's order


def test_hours_weather_and_site_access_are_conditions() -> None:
    for text in (
        "Field work involves visits to residences at varied hours.",
        "Rosters are irregular with short-notice trips of up to 14 days.",
        "Willing to work irregular hours",
        "Able to climb in and out of trucks and work outdoors in all weather",
        "Must be able to obtain site access",
        "Ability to pass a background check and obtain a plant badge",
    ):
        assert conditions.condition_of(text) is not None, text
    for text in (
        "Experience managing variable hours budgets",
        "Scheduling software for irregular shifts",
        "Outdoor advertising sales experience",
        "Experience with access control systems and badge printers",
        "Weather forecasting and climate data analysis",
    ):
        assert conditions.condition_of(text) is None, text


def test_a_status_asked_is_authorization_not_a_skill() -> None:
    posting = (
        "Required:\n- 3 years programming CNC mills\n- Must be a U.S. person (ITAR)\n"
        "- Right to live and work in the EU, with a passport allowing unrestricted travel\n"
        "- Experience with ITAR-controlled drawings\n"
    )
    kinds = {r.text: r.kind for r in extract_requirements("CNC Programmer", posting).requirements}
    assert kinds["Must be a U.S. person (ITAR)"] == "authorization"
    assert kinds["Right to live and work in the EU, with a passport allowing unrestricted travel"] == "authorization"
    assert kinds["Experience with ITAR-controlled drawings"] == "skill"


def test_an_eeo_employer_statement_asks_nothing() -> None:
    posting = (
        "Must have:\n- Hands-on link analysis\n- Solid Excel\n\n"
        "Background check + credit check required. Truist is an EEO employer. We are an EEO/AA employer."
    )
    texts = [r.text for r in extract_requirements("Investigator", posting).requirements]
    assert not any("EEO" in t for t in texts)
    kept = [
        r.text for r in extract_requirements("HR Analyst", "Requirements:\n- EEO compliance reporting\n").requirements
    ]
    assert kept == ["EEO compliance reporting"]


def test_a_cue_inside_a_bracket_naming_its_own_thing_is_the_brackets() -> None:
    assert _importance("required", "2+ years of wind turbine maintenance (GE 1.5/2.x platform preferred)") == "required"
    assert (
        _importance("required", "Bachelor's degree (any major; criminal justice or a related field preferred)")
        == "required"
    )
    for item in (
        "Bachelor's degree (preferred)",
        "Master's degree (strongly preferred)",
        "CPA (preferred but not required)",
        "CDL (or ability to obtain, preferred)",
        "Spanish (a plus)",
        "Epic experience preferred (Cerner a plus)",
    ):
        assert _importance("required", item) == "preferred", item


def test_a_vendors_product_is_asked_beside_its_maker_and_the_makers_other_products_do_not_hold_it() -> None:
    assert named_products("Working experience in SAP Ariba is required").asked == (("Ariba",),)
    req = _skill("Working experience in SAP Ariba is required")
    other = check(req, _evidence("Raised purchase orders in SAP MM and tracked spend in Coupa"))
    assert named_tool_missing(other)
    held = check(req, _evidence("Ran sourcing events and supplier onboarding in SAP Ariba"))
    assert held.credit >= 0.5 and not named_tool_missing(held)
    # a framework's part ("Spring Boot"), a kind ("SAP modules"), a two-word vocabulary skill: no vendor's product
    for text in ("Java Spring Boot services", "Experience with SAP Modules", "Knowledge of SQL Server"):
        assert named_products(text).asked == (), text
