"""Review r17b's products and credentials: standards are no products, a body named is no credential held, a tier is
no rank, and a ticket worked is no ticket held."""

from __future__ import annotations

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import caps_score, check, named_tool_missing
from careerpilot.matching.credential_phrases import find
from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.products import named_products
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.standards import standards_named
from tests.support.credentials import TODAY, credit, skill_check


def _credential_items(posting: str) -> dict[str, list[str]]:
    found = extract_requirements("Support Engineer", "Requirements:\n" + posting).requirements
    return {r.text: r.credentials for r in found if r.kind == "certification"}


# --- 1. standards, regulations and kinds insisted on are no products; a standard keeps its number ---


@pytest.mark.parametrize(
    "item",
    [
        "Knowledge of SIEM is a must",
        "Experience with SIEM is essential",
        "GDPR is a must",
        "Knowledge of GDPR is a must",
        "OWASP is essential",
        "Experience with OWASP is essential",
        "FAANG experience is a must",
        "Experience in FAANG is required",
        "Knowledge of HIPAA is a must",
        "Experience with NIST is essential",
        "Knowledge of SOX is required",
        "Experience with SOC 2 is required",
        "Knowledge of ISO 27001 is essential",
        "Experience with PCI DSS 4.0 is a must",
    ],
)
def test_a_standard_a_regulation_or_a_kind_insisted_on_is_no_product(item: str) -> None:
    assert named_products(item).asked == ()
    lacking = skill_check(item, "Built payment APIs in Go on AWS")
    assert not named_tool_missing(lacking) and lacking.status == "missing"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Experience with SOC 2 is required", ["SOC 2"]),
        ("SOC2 Type II audit experience", ["SOC 2"]),
        ("Knowledge of ISO 27001 is essential", ["ISO 27001"]),
        ("Implemented ISO/IEC 27001:2022 controls", ["ISO 27001"]),
        ("Experience with PCI DSS 4.0 is a must", ["PCI DSS 4.0"]),
        ("NIST SP 800-53 and GDPR", ["NIST 800-53", "GDPR"]),
        ("Ear protection and ISO standards", ["ISO"]),
    ],
)
def test_a_standard_is_read_with_its_number(text: str, labels: list[str]) -> None:
    assert [s.label for s in standards_named(text)] == labels


@pytest.mark.parametrize(
    ("item", "held", "other"),
    [
        (
            "Knowledge of ISO 27001 is essential",
            "Implemented ISO/IEC 27001:2022 controls",
            "Led ISO 9001 quality audits",
        ),
        ("Experience with SOC 2 is required", "Led the SOC 2 Type II audit", "Prepared SOC 1 reports for clients"),
        ("Experience with PCI DSS 4.0 is a must", "Ran PCI-DSS v3.2.1 assessments", "Ran HIPAA risk assessments"),
        ("GDPR is a must", "Mapped personal data for GDPR", "Mapped personal data for CCPA"),
    ],
)
def test_a_standard_is_met_by_the_same_standard_only(item: str, held: str, other: str) -> None:
    met = skill_check(item, held)
    assert met.status == "met" and met.evidence == held
    lacking = skill_check(item, other)
    assert lacking.status == "missing" and not named_tool_missing(lacking)


def test_a_tool_of_the_kind_is_still_a_product_and_an_insisted_acronym_still_caps() -> None:
    assert named_products("Experience with Splunk SIEM is required").asked == (("Splunk SIEM",),)
    assert named_products("Advanced skills in SPSS are essential").asked == (("SPSS",),)
    lacking = skill_check("Advanced skills in SPSS are essential", "Analysed survey data in Stata")
    assert named_tool_missing(lacking) and caps_score(lacking)


def test_standards_in_a_software_posting_are_skills_met_by_name() -> None:
    posting = (
        "Requirements:\n- Knowledge of ISO 27001 is essential\n- Experience with SOC 2 is required\n"
        "- Python and Django experience is a must\n"
    )
    items = extract_requirements("Security Engineer", posting).requirements
    kinds = {r.text: r.kind for r in items}
    assert kinds["Knowledge of ISO 27001 is essential"] == "skill"
    evidence = resume_evidence.from_text(
        "## Experience\nBuilt Django services in Python; led the ISO 27001 certification and SOC 2 audit", TODAY
    )
    checks = {r.text: check(r, evidence) for r in items}
    assert checks["Knowledge of ISO 27001 is essential"].status == "met"
    assert checks["Experience with SOC 2 is required"].status == "met"
    assert checks["Python and Django experience is a must"].status == "met"


# --- 2. a body named on a resume line holds no credential; a pending one is not held ---


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be certified by AWS", "Deployed services on AWS"),
        ("Certified by AWS", "Migrated workloads to AWS and cut costs by 30%"),
        ("Must be registered with the GMC", "Liaised with the GMC on revalidation"),
        ("Certification by Cisco required", "Configured Cisco routers and switches"),
    ],
)
def test_a_line_naming_the_body_holds_nothing(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 0.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be registered with the GMC", "GMC registration applied for"),
        ("Must be registered with the GMC", "Full GMC registration pending"),
        ("Registered with the HCPC", "HCPC registration pending (application submitted May 2026)"),
        ("Must be registered with the HCPC", "Awaiting HCPC registration"),
        ("Must be certified by AWS", "AWS Certified Developer - Associate (in progress)"),
        ("Must be certified by AWS", "Working towards AWS certification"),
    ],
)
def test_a_pending_registration_or_certification_is_not_held(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 0.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be certified by AWS", "AWS Certified Developer - Associate"),
        ("Must be certified by AWS", "AWS-certified cloud engineer since 2021"),
        ("Must be registered with the GMC", "Full GMC registration (7123456)"),
        ("Must be registered with the GMC", "GMC 7123456, licence to practise"),
        ("Must be registered with the HCPC", "HCPC registered (PA12345)"),
        ("registered with the HCPC", "HCPC registered (PA12345)"),
    ],
)
def test_a_holding_statement_still_holds(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 1.0


def test_a_listed_certificate_naming_the_body_still_holds() -> None:
    assert credit("Must be registered with the HCPC", [], ["HCPC (PA12345)"]) == 1.0


# --- 3. a tier after a certification's name is no lower rank ---


@pytest.mark.parametrize(
    "held",
    [
        "AWS Certified Solutions Architect - Associate",
        "AWS Certified Solutions Architect – Professional",
        "AWS Certified Solutions Architect (Associate)",
    ],
)
@pytest.mark.parametrize("listed", [False, True])
def test_an_ask_naming_no_tier_is_met_by_any_tier(held: str, listed: bool) -> None:
    asked = "Certified by AWS as a Solutions Architect"
    assert credit(asked, [] if listed else [held], [held] if listed else []) == 1.0


@pytest.mark.parametrize(
    "asked",
    [
        "Certified by AWS as a Solutions Architect - Professional",
        "Certified by AWS as a Solutions Architect (Professional)",
        "Certified by AWS as a Solutions Architect at Professional level",
        "AWS Certified Solutions Architect – Professional",
    ],
)
def test_an_ask_naming_a_tier_is_not_met_by_a_lower_one(asked: str) -> None:
    assert credit(asked, [], ["AWS Certified Solutions Architect - Associate"]) == 0.0
    assert credit(asked, [], ["AWS Certified Solutions Architect - Professional"]) == 1.0


def test_a_rank_before_a_name_and_a_status_after_it_still_lower_it() -> None:
    assert credit("Certified Emergency Manager (CEM) credential", [], ["Associate Emergency Manager"]) == 0.0
    asked = "General Licence issued by the Condominium Management Regulatory Authority of Ontario (CMRAO)"
    assert credit(asked, [], ["Condominium Manager Licence - Limited (Ontario)"]) == 0.0


# --- 4. a ticket or badge worked is no credential ---


@pytest.mark.parametrize(
    "item",
    [
        "Raise a Jira Ticket for every change",
        "Jira Ticket handling experience required",
        "Resolve Zendesk Tickets within SLA",
        "Experience with ServiceNow Incident Tickets is essential",
        "Support Ticket triage and escalation",
        "Log and Track Tickets in Freshdesk",
        "Must be able to raise a Jira ticket",
    ],
)
def test_a_ticket_worked_is_no_credential(item: str) -> None:
    assert find(item) == [] and wanted_in(item) == []


def test_ticket_items_in_a_software_posting_are_skills() -> None:
    asked = _credential_items("- Raise a Jira Ticket for every change\n- Zendesk Ticket handling is essential\n")
    assert asked == {}


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Forklift Ticket required", "Forklift Ticket"),
        ("Must hold a Forklift Ticket", "Forklift Ticket"),
        ("White Card required", "White Card"),
        ("Valid SIA Badge", "SIA Badge"),
        ("SIA Badge required", "SIA Badge"),
    ],
)
def test_a_credential_ticket_card_or_badge_is_still_read(item: str, name: str) -> None:
    assert [name] in [[n.name for n in group] for group in find(item)]


def test_credential_tickets_in_a_posting_are_still_asked() -> None:
    asked = _credential_items("- Forklift Ticket required\n- Must hold a White Card\n- Valid SIA Badge\n")
    assert asked["Forklift Ticket required"] == ["~Forklift Ticket"]
    assert asked["Must hold a White Card"] == ["white_card"]  # the vocabulary's since session 24 (h24c)
    assert asked["Valid SIA Badge"] == ["~SIA Badge"]
    assert credit("Must hold a Forklift Ticket", [], ["Forklift Ticket (counterbalance), 2024"]) == 1.0


# --- beside 2: what an item asks to know is no credential, so a line using it need not say it is held ---


@pytest.mark.parametrize(
    "item",
    [
        "Knowledge of NIPT, CMA and exome sequencing in the prenatal setting",
        "Understanding of CMA and NIPT results",
        "Familiarity with CMA, NIPT and carrier screening",
    ],
)
def test_what_an_item_asks_to_know_is_no_credential(item: str) -> None:
    posting = (
        "Our medical genetics clinic sees patients daily.\nQualifications\n"
        "- Certification with the Canadian Board of Genetic Counselling (CCGC)\n- " + item + "\n"
    )
    found = extract_requirements("Genetic Counsellor - Medical Genetics", posting).requirements
    assert [r.kind for r in found if r.text == item] == ["skill"]
    assert any(r.kind == "certification" for r in found)  # the board's certification is still asked


def test_a_credential_named_with_its_noun_after_knowledge_is_still_asked() -> None:
    assert wanted_in("Knowledge of infection control and a current CPR certification")
