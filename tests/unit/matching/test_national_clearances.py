"""National security clearance ladders (Australia, Canada, UK, New Zealand, US) and "Citizen" in a body's name.

A clearance level a posting asks for is a credential compared with the resume: a higher rung of the same country's
ladder meets a lower ask, a lower rung never does, and one country's level never meets another's. Only a
citizenship clause beside it is left to the authorization filter. Checks that are no clearance level (a police
clearance certificate, a Working with Children Check, a medical or customs clearance) are on no ladder.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import authorization
from careerpilot.matching.authorization import without_bodies
from careerpilot.matching.credentials import vocabulary, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict


@pytest.mark.parametrize(
    ("line", "credential"),
    [
        ("Hold NV1", "clearance_au_nv1"),
        ("Baseline clearance (current)", "clearance_au_baseline"),
        ("Negative Vetting Level 2 (NV2) security clearance, AGSVA", "clearance_au_nv2"),
        ("TS-PA clearance (formerly Positive Vetting)", "clearance_au_pv"),
        ("SC cleared", "clearance_uk_sc"),
        ("DV cleared until 2028", "clearance_uk_dv"),
        ("BPSS", "clearance_uk_bpss"),
        ("Secret clearance (Level II), GoC", "clearance_ca_secret"),
        ("Government of Canada security clearance - Top Secret (Level III)", "clearance_ca_top_secret"),
        ("Enhanced Reliability", "clearance_ca_enhanced_reliability"),
        ("Government of Canada security screening - Reliability Status", "clearance_ca_reliability"),
        ("NZSIS Secret clearance (current)", "clearance_nz_secret"),
        ("Active TS/SCI with CI poly", "clearance_ts_sci"),
    ],
)
def test_resume_lines_name_their_country_and_level(line: str, credential: str) -> None:
    assert credential in [m.id for m in vocabulary().find(line)]


@pytest.mark.parametrize(
    "text",
    [
        "Obtain medical clearance before the first offshore rotation",
        "Coordinate customs clearance for inbound freight with brokers",
        "Run the end-of-season clearance sale",
        "Provide a police clearance certificate and a Working with Children Check",
        "Experience supporting DV survivors through court processes",
        "Licensed in SC (South Carolina)",
    ],
)
def test_other_clearances_and_checks_are_on_no_ladder(text: str) -> None:
    families = {vocabulary().credentials[m.id].family for m in vocabulary().find(text)}
    assert not any(f.startswith("security_clearance") for f in families)


@pytest.mark.parametrize(
    ("asked", "listed", "credit"),
    [
        # Defence analyst, Canberra: NV1 asked; NV2 is higher, Baseline lower
        ("Must hold a current NV1 security clearance", ["Hold NV2"], 1.0),
        ("Must hold a current NV1 security clearance", ["Baseline clearance (current)"], 0.0),
        ("Baseline security clearance required", ["NV1 security clearance (current)"], 1.0),
        # IT contractor, London: SC asked
        ("Active SC clearance is essential", ["DV cleared until 2028"], 1.0),
        ("Active SC clearance is essential", ["BPSS"], 0.0),
        ("Must be DV cleared", ["SC cleared"], 0.0),
        # government project officer, Ottawa
        ("Valid Government of Canada Secret (Level II) clearance", ["Top Secret (Level III) clearance, GoC"], 1.0),
        ("Valid Government of Canada Secret (Level II) clearance", ["Enhanced Reliability"], 0.0),
        ("Reliability Status is required", ["Secret clearance (Level II), GoC"], 1.0),
        ("Enhanced Reliability Status is required", ["Government of Canada Reliability Status"], 0.0),
        # police civilian, Wellington
        ("NZSIS Confidential clearance or the ability to obtain it", ["New Zealand Government Secret clearance"], 1.0),
        ("NZSIS Top Secret clearance", ["NZSIS Secret clearance"], 0.0),
    ],
)
def test_a_higher_rung_meets_a_lower_ask_and_a_lower_never(asked: str, listed: list[str], credit: float) -> None:
    assert verdict(asked, listed).credit == credit


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        ("Must hold a current NV1 security clearance", ["SC cleared"]),
        ("Active SC clearance is essential", ["Hold NV1"]),
        ("Valid Government of Canada Secret (Level II) clearance", ["Active TS/SCI with CI poly"]),
        ("Active Top Secret clearance", ["DV cleared until 2028"]),
    ],
)
def test_ladders_do_not_mix_across_countries(asked: str, listed: list[str]) -> None:
    assert verdict(asked, listed).credit == 0.0


def test_explicit_equivalents_in_a_posting_are_alternatives() -> None:
    # a Five Eyes posting that names the other country's level accepts it
    assert verdict("NV1 security clearance or UK SC clearance", ["SC cleared"]).credit == 1.0


def _kinds(title: str, text: str) -> list[tuple[str, list[str]]]:
    return [(r.kind, r.credentials) for r in extract_requirements(title, text).requirements]


def test_citizen_and_clearance_in_one_item_yield_both() -> None:
    text = "Requirements:\n- Must be an Australian citizen holding a current NV1 security clearance\n"
    kinds = _kinds("Defence Intelligence Analyst", text)
    assert ("certification", ["clearance_au_nv1"]) in kinds
    assert ("authorization", []) in kinds


def test_a_clearance_alone_is_no_authorization_item() -> None:
    text = "Requirements:\n- Must hold a valid Government of Canada Secret (Level II) security clearance\n"
    kinds = _kinds("Project Officer", text)
    assert ("certification", ["clearance_ca_secret"]) in kinds
    assert "authorization" not in [k for k, _ in kinds]


def test_insufficient_lower_level_named_beside_the_ask_is_not_asked() -> None:
    item = "Must hold Secret (Level II) clearance; Reliability Status alone is not sufficient"
    assert [w.ids for w in wanted_in(item)] == [("clearance_ca_secret",)]


@pytest.mark.parametrize(
    "text",
    [
        "Licensed by the College of Immigration and Citizenship Consultants as an RCIC-IRB, in good standing",
        "Two years preparing filings for U.S. Citizenship and Immigration Services",
        "Experience with Immigration, Refugees and Citizenship Canada (IRCC) portals",
    ],
)
def test_citizen_in_a_body_name_asks_nothing(text: str) -> None:
    kinds = [k for k, _ in _kinds("Immigration Consultant", f"Requirements:\n- {text}\n")]
    assert "authorization" not in kinds
    assert authorization.read_statement(text) is None or authorization.read_statement(text).requires != "citizenship"


@pytest.mark.parametrize(
    "text",
    [
        "Must be a Canadian Citizen",
        "Australian Citizenship is required for this role",
        "Must be a Canadian Citizen and Department of National Defence cleared",
    ],
)
def test_a_status_asked_still_asks(text: str) -> None:
    assert "Citizen" in without_bodies(text)
    ask = authorization.read_statement(text)
    assert ask is not None and ask.requires == "citizenship"


@pytest.mark.parametrize(
    "text",
    [
        "Medical clearance required before the first offshore rotation",
        "Police clearance required for all contractors on site",
    ],
)
def test_a_check_called_clearance_is_a_condition_not_authorization(text: str) -> None:
    kinds = [k for k, _ in _kinds("Offshore Technician", f"Requirements:\n- {text}\n")]
    assert kinds == ["condition"]
    assert authorization.read_statement(text) is None
