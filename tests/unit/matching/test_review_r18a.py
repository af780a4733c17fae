"""Review r18a of m18a (ed94483): standards written as adjectives, with slashes and as alternatives; a pending or
awaited thing that is no credential; a role's associate is no tier; a verb that names a credential; what an item asks
to know beside a credential asked."""

from __future__ import annotations

import pytest

from careerpilot.matching.coverage import named_tool_missing
from careerpilot.matching.credential_phrases import find
from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.standards import standards_named
from tests.support.credentials import credit, skill_check


def _asked_ids(item: str) -> list[str]:
    return [i for w in wanted_in(item) for i in w.ids]


# --- 1. a standard written as an adjective ("HIPAA-compliant") or beside another ("ITAR/EAR") is named ---


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Built HIPAA-compliant data pipelines", ["HIPAA"]),
        ("Designed GDPR-compliant consent flows", ["GDPR"]),
        ("Shipped SOC 2-compliant logging", ["SOC 2"]),
        ("ITAR/EAR export controls", ["ITAR", "EAR"]),
        ("GDPR/CCPA requests", ["GDPR", "CCPA"]),
        ("ISO/IEC 27001:2022 controls", ["ISO 27001"]),
    ],
)
def test_a_standard_as_an_adjective_or_beside_a_slash_is_named(text: str, labels: list[str]) -> None:
    assert [s.label for s in standards_named(text)] == labels


@pytest.mark.parametrize("text", ["GLP-1 agonists", "Ear protection", "ISO-8601 dates", "the Iso team", "GDPR-A"])
def test_a_hyphened_number_or_another_spelling_is_still_no_standard(text: str) -> None:
    assert standards_named(text) == ()


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("Knowledge of HIPAA is a must", "Built HIPAA-compliant data pipelines for a hospital network"),
        ("Experience with GDPR is required", "Designed GDPR-compliant consent flows"),
        ("Experience with ITAR/EAR is required", "Classified parts under ITAR and EAR"),
    ],
)
def test_a_resume_naming_the_standard_as_an_adjective_meets_it(item: str, line: str) -> None:
    assert skill_check(item, line).status == "met"


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("Experience with ISO 9001 or ISO 13485 quality systems", "Maintained the ISO 13485 quality system"),
        ("SOC 2 or ISO 27001 experience required", "Led the SOC 2 Type II audit"),
        ("Knowledge of GDPR, CCPA or similar privacy regulations", "Mapped personal data for GDPR"),
        ("Experience with ITAR/EAR is required", "Classified parts under ITAR"),
    ],
)
def test_standards_asked_as_alternatives_are_met_by_one(item: str, line: str) -> None:
    assert skill_check(item, line).status == "met"


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("Experience with ISO 9001 and ISO 13485 quality systems", "Maintained the ISO 13485 quality system"),
        ("Knowledge of ISO 27001 is essential", "Led ISO 9001 quality audits"),
        ("Experience with SOC 2 compliance", "Tier 2 SOC analyst monitoring Splunk alerts"),
    ],
)
def test_standards_asked_together_or_by_number_still_need_each(item: str, line: str) -> None:
    checked = skill_check(item, line)
    assert checked.status != "met" and not named_tool_missing(checked)


# --- 2. "pending" / "awaiting" / "applied for" said of something else is no credential pending ---


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("CPC certification required", "Resolved pending claim denials as a CPC"),
        ("CPhT certification required", "Processed pending prescriptions as a certified CPhT"),
        ("Active RN license required", "ICU RN for patients awaiting transplant"),
        ("Active RN license required", "Charge RN caring for patients awaiting surgery"),
        ("Active RN license required", "RN caring for a pt awaiting surgery and transfer"),
        ("CPC certification required", "CPC certified coder resolving pending claims"),
        ("PMP certification required", "PMP; applied for and won a $2M federal grant"),
    ],
)
def test_pending_or_awaited_work_leaves_the_credential_held(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 1.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be registered with the GMC", "Applied for GMC registration"),
        ("Active RN license required", "RN license pending"),
        ("Active RN license required", "RN license pending board approval"),
        ("CPA license required", "CPA (pending)"),
        ("Active RN license required", "Pending RN license, NCLEX passed"),
    ],
)
def test_a_credential_pending_or_awaited_is_still_not_held(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 0.0


# --- 3. "Physician Associate" is another role, not a tier of a physician's credential ---


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Must be a licensed Physician", "Physician Associate"),
        ("GMC registered Physician", "Physician Associate (PA-R)"),
    ],
)
@pytest.mark.parametrize("listed", [False, True])
def test_a_role_word_then_associate_is_no_tier_of_it(asked: str, held: str, listed: bool) -> None:
    assert credit(asked, [] if listed else [held], [held] if listed else []) == 0.0


@pytest.mark.parametrize(
    "held",
    [
        "AWS Certified Solutions Architect - Associate",
        "AWS Certified Solutions Architect (Associate)",
        "AWS Certified Solutions Architect Associate",
    ],
)
def test_a_certified_tier_still_meets_an_ask_naming_none(held: str) -> None:
    assert credit("Certified by AWS as a Solutions Architect", [], [held]) == 1.0


def test_a_tier_written_without_a_dash_in_a_certified_line_still_meets() -> None:
    held = "Microsoft Certified: Azure Administrator Associate"
    assert credit("Certified by Microsoft as an Azure Administrator", [], [held]) == 1.0
    assert credit("Certified by Microsoft as an Azure Administrator", [held]) == 1.0


# --- 4. a verb before a credential's name is no ticket worked ---


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("SIA Close Protection Badge", "SIA Close Protection Badge"),
        ("SIA Close Protection Badge required", "SIA Close Protection Badge"),
    ],
)
def test_a_verb_inside_a_credentials_name_is_no_ticket_worked(item: str, name: str) -> None:
    assert [name] in [[n.name for n in group] for group in find(item)]


@pytest.mark.parametrize(
    "item",
    [
        "Raise a Jira Ticket for every change",
        "Log and Track Tickets in Freshdesk",
        "Close Tickets within SLA",
        "Close all open Tickets before handover",
        "Resolve Zendesk Tickets within SLA",
    ],
)
def test_a_ticket_handled_is_still_no_credential(item: str) -> None:
    assert find(item) == [] and wanted_in(item) == []


# --- 5. a credential asked beside what an item asks to know is still asked ---


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Strong knowledge of GAAP, CPA preferred", "cpa"),
        ("Knowledge of GAAP and CPA preferred", "cpa"),
        ("Knowledge of DOT regulations and CDL Class A required", "cdl_a"),
        ("Knowledge of infection control, BLS and ACLS required", "bls"),
        ("Knowledge of medical terminology, BLS required", "bls"),
        ("Familiarity with Epic and BLS required", "bls"),
        ("Knowledge of ICD-10 coding, CPC preferred", "cpc"),
        ("Knowledge of OSHA standards and OSHA 30", "osha_30"),
        ("Working knowledge of Excel, CPA or CMA a plus", "cpa"),
    ],
)
def test_a_credential_asked_after_a_knowledge_item_is_still_asked(item: str, asked: str) -> None:
    assert asked in _asked_ids(item)


@pytest.mark.parametrize(
    "item",
    [
        "Knowledge of NIPT, CMA and exome sequencing in the prenatal setting",
        "Understanding of CMA and NIPT results",
        "Familiarity with CMA, NIPT and carrier screening",
        "Knowledge of NIPT, CMA and exome sequencing is required",
        "Familiarity with CompTIA Security+",
    ],
)
def test_what_an_item_asks_to_know_is_still_no_credential(item: str) -> None:
    assert wanted_in(item) == []


# --- 6. a body's initials are held by a holding word said of them, not by one said of other work in the line ---


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be certified by AWS", "Member of the platform team that migrated services to AWS"),
        ("Must be certified by AWS", "Automated TLS certificate rotation on AWS"),
        ("Must be certified by AWS", "Built a licensing service on AWS"),
        ("Must be certified by AWS", "Issued TLS certs with AWS Certificate Manager"),
        ("Must be certified by AWS", "Cloud Engineer, AWS 2019 - 2022"),
        ("Must be certified by AWS", "Software Engineer at AWS (2019-2022)"),
        ("Must be registered with the GMC", "Member of the trust's GMC revalidation panel"),
        ("Must be registered with the GMC", "Handled registration queries from the GMC"),
    ],
)
def test_a_holding_word_said_of_other_work_holds_nothing(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 0.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be certified by AWS", "Certified by AWS as a Solutions Architect, 2022"),
        ("Must be certified by AWS", "AWS Solutions Architect certification (2023)"),
        ("Must be certified by AWS", "AWS-certified cloud engineer since 2021"),
        ("Must be registered with the GMC", "Registered with the GMC since 2015"),
        ("Must be registered with the GMC", "GMC number 7123456"),
        ("Must be registered with the HCPC", "HCPC registered paramedic"),
    ],
)
def test_a_holding_word_said_of_the_initials_still_holds(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 1.0


# --- 7. an accounting standard's number names it: "IFRS 17" is not "IFRS 16" ---


def test_an_ifrs_standard_is_held_by_the_same_number_only() -> None:
    assert [s.label for s in standards_named("IFRS 17 and IFRS 9 reporting")] == ["IFRS 17", "IFRS 9"]
    assert skill_check("Knowledge of IFRS 17 is essential", "Prepared IFRS 16 lease accounting").status != "met"
    assert skill_check("Knowledge of IFRS 17 is essential", "Led the IFRS 17 implementation").status == "met"
    assert skill_check("Knowledge of IFRS is essential", "Prepared IFRS 16 lease accounting").status == "met"
