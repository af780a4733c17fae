"""Review r18c: a credential list read in linear time; a vendor certificate's tier without a dash; a registration
said in a resume's usual styles; standards asked as groups of alternatives; a ticket verb before a tier; a cue said
of another noun than the credential held."""

from __future__ import annotations

import time

import pytest

from careerpilot.matching import credentials
from careerpilot.matching.credential_phrases import find
from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.standards import alternative_groups, standards_named
from tests.support.credentials import credit, skill_check


def _asked_ids(item: str) -> list[str]:
    return [i for w in wanted_in(item) for i in w.ids]


def _elapsed_ms(call: object, *args: object) -> float:
    """Return the CPU milliseconds of one call (CPU, not wall clock: a loaded machine's waits are not counted)."""
    start = time.process_time()
    call(*args)  # type: ignore[operator]
    return (time.process_time() - start) * 1000


# --- 1. what follows a credential beside "knowledge of" is read in linear time ---


@pytest.mark.parametrize(
    "hostile",
    [
        "/A" * 40 + "!",
        "/A" * 10_000 + "!",
        "-A" * 40 + "!",
        "/Ab" * 6_600 + " x",
        " and A" * 13 + "!",
        ",A-" * 6_600 + "!",
        "Aand" * 5_000 + "!",
    ],
)
def test_what_follows_a_credential_is_matched_in_linear_time(hostile: str) -> None:
    # linear: ~15 ms of CPU on 20,000 characters; a backtracking list takes seconds
    assert _elapsed_ms(credentials._ASKED_AFTER.match, hostile) < 250


@pytest.mark.parametrize(
    ("item", "bound_ms"),
    [
        ("Knowledge of Python and CPR" + "/A" * 40 + "!", 50),
        # the whole reading of 20,000 characters is linear (about 30 ms); the bound leaves room for a loaded machine
        ("Knowledge of EMR, BLS" + "/Ab" * 6_600 + " x", 250),
        ("Knowledge of Epic, BLS" + "/A" * 10_000 + "!", 250),
    ],
)
def test_a_hostile_list_after_knowledge_of_returns_quickly(item: str, bound_ms: float) -> None:
    wanted_in("warm up CPR")
    assert _elapsed_ms(wanted_in, item) < bound_ms


def test_a_long_certificate_list_after_knowledge_of_is_read_quickly() -> None:
    item = (
        "Knowledge of Epic, BLS/ACLS/PALS/NRP/TNCC/ENPC/CEN/CCRN/TCRN/CPEN/SANE/CFRN/CTRN/CNRN within 6 months of hire"
    )
    wanted_in("warm up CPR")
    assert _elapsed_ms(wanted_in, item) < 50


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Knowledge of GAAP, CPA preferred", True),
        ("Knowledge of infection control, BLS and ACLS required", True),
        ("Knowledge of infection control, BLS/ACLS required", True),
        ("Knowledge of infection control, BLS or ACLS is required", True),
        ("Knowledge of safety rules, CDL Class A required", True),
        ("Knowledge of OSHA standards and OSHA 30", True),
        ("Knowledge of Epic, BLS, ACLS, PALS a plus", True),
        ("Knowledge of CPT, ICD-10 and HCPCS coding", False),
    ],
)
def test_a_credential_beside_knowledge_of_is_asked_as_before(item: str, asked: bool) -> None:
    assert bool(_asked_ids(item)) is asked, _asked_ids(item)


# --- 2. a tier after a vendor certification's name is a tier, with no dash and no "certified" ---


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Azure Data Engineer certification preferred", "Azure Data Engineer Associate"),
        ("Azure Data Engineer certification preferred", "Microsoft Azure Data Engineer Associate"),
        ("AWS SysOps Administrator certification preferred", "AWS SysOps Administrator Associate"),
        ("Azure Developer certification preferred", "Azure Developer Associate"),
        ("Azure Security Engineer certification preferred", "Azure Security Engineer Associate"),
        ("AWS Data Engineer certification preferred", "AWS Data Engineer Associate"),
        ("Databricks Data Engineer certification preferred", "Databricks Data Engineer Associate"),
        ("Google Cloud Architect certification preferred", "Google Cloud Architect Professional"),
    ],
)
def test_a_tier_after_a_vendor_certification_name_meets_an_ask_naming_none(asked: str, held: str) -> None:
    assert credit(asked, [], [held]) == 1.0


@pytest.mark.parametrize(
    "line",
    ["Azure Data Engineer, Contoso 2019 - 2022", "Azure Data Engineer Associate at Contoso, built ADF pipelines"],
)
def test_a_vendor_role_in_prose_is_still_no_certification(line: str) -> None:
    assert credit("Azure Data Engineer certification preferred", [line]) == 0.0


def test_a_vendor_tier_below_the_asked_tier_is_lower() -> None:
    asked = "AWS Solutions Architect Professional certification required"
    assert credit(asked, [], ["AWS Solutions Architect Associate"]) < 1.0
    assert credit(asked, [], ["AWS Solutions Architect Professional"]) == 1.0


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Must be a licensed Physician", "Physician Associate"),
        ("GMC registered Physician", "Physician Associate (PA-R)"),
        ("Must be a licensed Physician", "Physician Associate, Microsoft Teams rollout lead"),
    ],
)
@pytest.mark.parametrize("listed", [False, True])
def test_a_role_associate_without_a_vendor_is_still_no_tier(asked: str, held: str, listed: bool) -> None:
    assert credit(asked, [] if listed else [held], [held] if listed else []) == 0.0


# --- 3. a registration said in a resume's usual styles: a colon, a dash, a bracket or a comma beside the initials ---


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be registered with the NMC", "Registered Nurse (NMC)"),
        ("Must be registered with the HCPC", "Professional registration: HCPC"),
        ("Must be registered with the HCPC", "Professional registration – HCPC"),
        ("Must be registered with the HCPC", "HCPC: registered"),
        ("Must be registered with the HCPC", "HCPC (registered)"),
        ("Must be registered with the HCPC", "Registered Paramedic, HCPC"),
        ("Must be registered with the GMC", "GMC: full registration"),
        ("Must be registered with the GMC", "Registration: GMC (full)"),
        ("Must be registered with the NMC", "Registered Nurse, NMC PIN 12A3456E"),
        ("Must be registered with the NMC", "NMC PIN: 12A3456E"),
        ("AWS certification required", "AWS (Certified Solutions Architect – Associate)"),
    ],
)
def test_a_registration_in_a_resume_style_is_held(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 1.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Must be certified by AWS", "Member of the platform team that migrated services to AWS"),
        ("Must be certified by AWS", "Automated TLS certificate rotation on AWS"),
        ("Must be certified by AWS", "Issued TLS certs with AWS Certificate Manager"),
        ("Must be certified by AWS", "Cloud Engineer, AWS 2019 - 2022"),
        ("Must be certified by AWS", "Certified Kubernetes Administrator, AWS 2019 - 2022"),
        ("Must be certified by AWS", "AWS (3 years), then Azure"),
        ("Must be registered with the GMC", "Handled registration queries from the GMC"),
        ("Must be registered with the GMC", "Registration queries: handled for the GMC panel"),
        ("Must be registered with the HCPC", "Registered Nurse, HCPC liaison for the trust"),
    ],
)
def test_a_holding_word_of_other_work_beside_the_initials_still_holds_nothing(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 0.0


# --- 4. standards asked in groups: one of each group of alternatives, every group asked ---


@pytest.mark.parametrize(
    ("item", "groups"),
    [
        ("Experience with GDPR/CCPA compliance and SOC 2 audits", [["GDPR", "CCPA"], ["SOC 2"]]),
        ("SOC 2 or ISO 27001 experience required", [["SOC 2", "ISO 27001"]]),
        (
            "Experience with SOC 2 and ISO 27001; HIPAA or HITRUST a plus",
            [["SOC 2"], ["ISO 27001"], ["HIPAA", "HITRUST"]],
        ),
        ("Knowledge of GDPR, CCPA or HIPAA", [["GDPR", "CCPA", "HIPAA"]]),
        ("Knowledge of GDPR, CCPA and SOX or HIPAA", [["GDPR"], ["CCPA"], ["SOX", "HIPAA"]]),
        ("Familiarity with SOC 2, HIPAA, and GDPR", [["SOC 2"], ["HIPAA"], ["GDPR"]]),
        ("Experience with HIPAA and GDPR, or other privacy regulations", [["HIPAA", "GDPR"]]),
    ],
)
def test_standards_are_grouped_as_alternatives(item: str, groups: list[list[str]]) -> None:
    assert [[s.label for s in group] for group in alternative_groups(item)] == groups


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("Experience with GDPR/CCPA compliance and SOC 2 audits", "GDPR DSAR process"),
        ("Experience with SOC 2 and ISO 27001; HIPAA or HITRUST a plus", "Led the HIPAA program"),
        ("Experience with SOC 2, ISO 27001 and PCI DSS or HIPAA", "Led the HIPAA program"),
        ("Experience with ITAR/EAR and ISO 9001", "Classified parts under ITAR"),
    ],
)
def test_one_group_of_alternatives_held_is_not_all_asked(item: str, line: str) -> None:
    assert skill_check(item, line).status != "met"


@pytest.mark.parametrize(
    ("item", "line"),
    [
        ("Experience with GDPR/CCPA compliance and SOC 2 audits", "GDPR DSAR process; SOC 2 Type II audits"),
        ("Experience with GDPR/CCPA compliance and SOC 2 audits", "CCPA opt-out flows and the SOC 2 audit"),
        ("SOC 2 or ISO 27001 experience required", "Led the ISO 27001 certification"),
        ("Knowledge of GDPR, CCPA or similar privacy regulations", "Mapped personal data for GDPR"),
        ("Experience with HIPAA and GDPR, or other privacy regulations", "HIPAA compliance"),
    ],
)
def test_one_of_each_group_held_meets_the_item(item: str, line: str) -> None:
    assert skill_check(item, line).status == "met"


def test_one_group_held_of_two_is_partly_met() -> None:
    assert skill_check("Experience with GDPR/CCPA compliance and SOC 2 audits", "GDPR DSAR process").status == "partial"


# --- 5. a verb handling a ticket of a tier, level or priority works the ticket ---


@pytest.mark.parametrize(
    "item",
    [
        "Resolve Tier 2 Tickets within SLA",
        "RESOLVE TIER 2 TICKETS WITHIN SLA",
        "Close P1 Tickets quickly",
        "Handle Level 2 Tickets",
        "Escalate Tier II Tickets to engineering",
        "Resolve High Priority Tickets within SLA",
        "Triage Sev1 Tickets overnight",
    ],
)
def test_a_graded_ticket_handled_is_no_credential(item: str) -> None:
    assert find(item) == [] and wanted_in(item) == []


@pytest.mark.parametrize(
    "item",
    [
        "Forklift Ticket required",
        "SIA Close Protection Badge required",
        "CSCS Level 2 card required",
        "Hot Work Ticket required",
    ],
)
def test_a_ticket_or_card_named_after_its_work_is_still_asked(item: str) -> None:
    assert wanted_in(item)


# --- 6. "pending" or "awaiting" said of another noun in the clause leaves the credential held ---


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Active RN license required", "RN, triaged patients awaiting results"),
        ("CPA license required", "CPA, reviewed journal entries pending approval"),
        ("Active RN license required", "RN; discharged patients pending review"),
        ("CPA license required", "CPA, closed the books pending final audit"),
    ],
)
def test_a_cue_said_of_other_work_leaves_the_credential_held(asked: str, line: str) -> None:
    assert credit(asked, [line]) == 1.0


@pytest.mark.parametrize(
    ("asked", "line"),
    [
        ("Active RN license required", "RN license pending board approval"),
        ("Active RN license required", "RN license: pending"),
        ("Active RN license required", "Pending RN license"),
        ("CPA license required", "CPA (pending)"),
        ("CPA license required", "CPA license application pending review"),
        ("Must be registered with the GMC", "GMC registration applied for"),
        ("Must be registered with the HCPC", "Awaiting HCPC registration"),
    ],
)
def test_a_cue_said_of_the_credential_still_leaves_it_pending(asked: str, line: str) -> None:
    assert credit(asked, [line]) < 1.0


# --- 7. a bare number after a numbered standard carries its family ---


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Led IFRS 15/16 implementation", ["IFRS 15", "IFRS 16"]),
        ("Led IFRS 15 and 16 implementation", ["IFRS 15", "IFRS 16"]),
        ("ISO 9001/14001/45001 certified sites", ["ISO 9001", "ISO 14001", "ISO 45001"]),
        ("ISO 9001, 14001 and 45001", ["ISO 9001", "ISO 14001", "ISO 45001"]),
        ("ISO 27001 & 27701 controls", ["ISO 27001", "ISO 27701"]),
        ("SOC 1/2 reports", ["SOC 1", "SOC 2"]),
        ("ISO 9001:2015/14001", ["ISO 9001", "ISO 14001"]),
    ],
)
def test_a_bare_number_after_a_numbered_standard_is_of_its_family(text: str, labels: list[str]) -> None:
    assert [s.label for s in standards_named(text)] == labels


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("SOC 2, 3 years of audits", ["SOC 2"]),
        ("SOC 2 and 5+ years of audits", ["SOC 2"]),
        ("SOC 2, 10 staff", ["SOC 2"]),
        ("IFRS 9, 2019 and 2020", ["IFRS 9"]),
        ("NIST 800-53/171", ["NIST 800-53"]),
    ],
)
def test_a_year_count_or_other_number_after_a_standard_is_none(text: str, labels: list[str]) -> None:
    assert [s.label for s in standards_named(text)] == labels


@pytest.mark.parametrize(
    ("item", "line", "met"),
    [
        ("Experience with IFRS 16 lease accounting", "Led IFRS 15/16 implementation for the group", True),
        ("Experience with ISO 14001", "Maintained ISO 9001/14001/45001 integrated management system", True),
        ("Experience with IFRS 17", "Led IFRS 15/16 implementation for the group", False),
    ],
)
def test_a_standard_in_a_numbered_shorthand_is_held(item: str, line: str, met: bool) -> None:
    assert (skill_check(item, line).status == "met") is met
