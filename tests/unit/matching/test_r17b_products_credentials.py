"""Review r17b's products and credentials: standards are no products, a body named is no credential held, a tier is
no rank, and a ticket worked is no ticket held."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching.credential_phrases import find
from careerpilot.matching.credentials import held_in, judge, wanted_in
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 12, 5)


def _credit(asked: str, lines: list[str] = (), listed: list[str] = ()) -> float:  # type: ignore[assignment]
    """Return how far resume lines (experience prose) and listed certificates meet the first credential asked."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(wanted[0], held_in([*lines, *listed], TODAY), (), list(lines), list(listed)).credit


def _credential_items(posting: str) -> dict[str, list[str]]:
    found = extract_requirements("Support Engineer", "Requirements:\n" + posting).requirements
    return {r.text: r.credentials for r in found if r.kind == "certification"}


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
    assert _credit(asked, [line]) == 0.0


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
    assert _credit(asked, [line]) == 0.0


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
    assert _credit(asked, [line]) == 1.0


def test_a_listed_certificate_naming_the_body_still_holds() -> None:
    assert _credit("Must be registered with the HCPC", [], ["HCPC (PA12345)"]) == 1.0


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
    assert _credit(asked, [] if listed else [held], [held] if listed else []) == 1.0


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
    assert _credit(asked, [], ["AWS Certified Solutions Architect - Associate"]) == 0.0
    assert _credit(asked, [], ["AWS Certified Solutions Architect - Professional"]) == 1.0


def test_a_rank_before_a_name_and_a_status_after_it_still_lower_it() -> None:
    assert _credit("Certified Emergency Manager (CEM) credential", [], ["Associate Emergency Manager"]) == 0.0
    asked = "General Licence issued by the Condominium Management Regulatory Authority of Ontario (CMRAO)"
    assert _credit(asked, [], ["Condominium Manager Licence - Limited (Ontario)"]) == 0.0


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
    assert asked["Must hold a White Card"] == ["~White Card"]
    assert asked["Valid SIA Badge"] == ["~SIA Badge"]
    assert _credit("Must hold a Forklift Ticket", [], ["Forklift Ticket (counterbalance), 2024"]) == 1.0
