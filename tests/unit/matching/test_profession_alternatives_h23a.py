"""Bodies of one profession listed together are alternatives; credentials of other professions stay their own asks.

Postings' sentences written for session 23 (h23a) after wording seen in UK, Irish, Australian, New Zealand, Canadian,
Indian, South African and US postings.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credentials
from careerpilot.matching.credentials import wanted_in
from tests.support.credentials import credit, verdict
from tests.support.timing import cpu_seconds

ACCOUNTANT = "Financial Accountant"


def asks(item: str, context: str = "") -> list[set[str]]:
    """Return each ask an item states as the set of credentials any one of which meets it."""
    return [set(w.ids) for w in wanted_in(item, context)]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # Ireland, UK: the accountancy bodies are four families, one profession
        (
            "Qualified accountant (ACA, ACCA, CPA or CIMA) - this is essential",
            {"chartered_accountant", "acca", "cpa", "cima"},
        ),
        ("ACA, ACCA or CIMA qualified with 3 years PQE", {"chartered_accountant", "acca", "cima"}),
        ("ACA, ACCA and/or CIMA qualified", {"chartered_accountant", "acca", "cima"}),
        # Australia: a body's country after its name does not end the list
        ("ACCA, CIMA, CPA Australia or CA ANZ qualified accountant", {"acca", "cima", "cpa", "chartered_accountant"}),
        # US: the IMA's CMA and the CGMA beside the CPA
        ("CPA, CMA or CGMA designation required", {"cpa", "cma_ima", "cgma"}),
        # US behavioural health: social work, counselling and marriage and family therapy licences
        ("Licensed as an LCSW, LMFT, or LPC in the State of Oregon", {"lcsw", "lmft", "lpc"}),
        ("LMSW, LPC-A or LMFT required", {"lmsw", "lpc_associate", "lmft"}),
        # investment analysis: the CFA charter and the CAIA or FRM
        ("CFA, CAIA or FRM designation preferred", {"cfa_charter", "caia", "frm"}),
        # engineering registrations: a US or Canadian licence or a UK chartership
        ("PE, P.Eng or CEng registration", {"pe", "ceng"}),
    ],
)
def test_bodies_of_one_profession_listed_before_or_are_one_ask(item: str, expected: set[str]) -> None:
    assert asks(item, ACCOUNTANT) == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a list across professions: the last profession's names are alternatives, the others asked on their own
        ("BLS, RN or LPN", [{"bls"}, {"rn", "lpn"}]),
        ("Current PALS, RN, LPN or CNA", [{"pals"}, {"rn", "lpn", "cna"}]),
        ("BLS and RN or LPN", [{"bls"}, {"rn", "lpn"}]),
        # "and" asks each, of one profession or not (three preferred, not one)
        ("CPA, CMA and CIA preferred", [{"cpa"}, {"cma_ima"}, {"cia"}]),
        ("ACCA and CIMA qualified", [{"acca"}, {"cima"}]),
    ],
)
def test_a_list_across_professions_keeps_the_other_professions_asked(item: str, expected: list[set[str]]) -> None:
    assert asks(item, "Internal Audit Manager") == expected


@pytest.mark.parametrize(
    "item",
    [
        "Qualified accountant: one of ACA, ACCA, CIMA",  # UK
        "Membership of any of the following: ACA, ACCA and CIMA",  # Ireland
        "One of ACA/ACCA/CIMA",
    ],
)
def test_a_list_after_one_of_is_of_alternatives_whatever_joins_it(item: str) -> None:
    assert asks(item, ACCOUNTANT) == [{"chartered_accountant", "acca", "cima"}]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("Professional qualification: ACMA / CGMA (CIMA) - fully qualified", [{"~ACMA", "cgma", "cima"}]),  # Nigeria
        ("CIMA (CGMA) qualified", [{"cima", "cgma"}]),  # UK
        ("RN (BLS required)", [{"rn"}, {"bls"}]),  # another profession in brackets is asked too
    ],
)
def test_a_body_of_the_same_profession_in_brackets_names_the_same_ask(item: str, expected: list[set[str]]) -> None:
    assert asks(item, "Management Accountant") == expected


def test_a_resume_with_one_body_meets_the_list_of_bodies() -> None:
    asked = "Qualified accountant (ACA, ACCA, CPA or CIMA) - this is essential"
    assert credit(asked, listed=["ACA - Chartered Accountant, Chartered Accountants Ireland"]) > 0
    assert credit(asked, listed=["ACCA (Chartered Certified Accountant)"]) > 0
    assert credit(asked, listed=["MIATI - Member of Accounting Technicians Ireland"]) == 0


def test_a_body_named_as_a_certificates_issuer_is_no_membership_of_it() -> None:
    asked = "Professional qualification: ACMA / CGMA (CIMA) - fully qualified"
    student = "CIMA Certificate in Business Accounting; Strategic level in progress"
    assert credit(asked, listed=[f"{student} (Chartered Institute of Management Accountants (CIMA))"]) == 0
    assert credit(asked, listed=["Associate Chartered Management Accountant (ACMA, CGMA)"]) > 0
    member = "Member, Association of Chartered Certified Accountants (ACCA)"  # a member names the body too
    assert credit("ACCA or CIMA qualified", listed=[member]) > 0


def test_a_counsellor_licence_meets_a_behavioural_health_list() -> None:
    assert verdict("LCSW, LMFT, or LPC licensure required", ["Licensed Professional Counselor (LPC)"]).credit > 0


def test_either_ask_of_a_list_across_professions_is_still_asked() -> None:
    bls, nurse = wanted_in("BLS, RN or LPN")
    assert set(bls.ids) == {"bls"}
    assert credit("BLS, RN or LPN", listed=["Registered Nurse (RN), Texas"]) == 0  # the BLS ask is not met by an RN


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("CDL Class A or B", {"cdl_a", "cdl_b"}),  # US
        ("Valid CDL-A/B required", {"cdl_a", "cdl_b"}),
        ("CDL Class B, A or C", {"cdl_b", "cdl_a", "cdl_c"}),
        ("Full Category C or D licence", {"cat_c", "cat_d"}),  # UK, Ireland
    ],
)
def test_an_either_or_of_levels_in_one_family_is_either(item: str, expected: set[str]) -> None:
    assert asks(item) == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("CDL Class A or 2 years driving experience", [{"cdl_a"}]),  # a number of years is no level
        ("CDL Class A and B", [{"cdl_a"}]),  # "and" elides nothing
        ("Class A CDL or B", [{"cdl_a"}]),  # the level does not end the name
    ],
)
def test_a_word_after_or_that_is_no_level_of_the_name_asks_nothing_more(item: str, expected: list[set[str]]) -> None:
    assert asks(item) == expected


def test_a_level_of_the_name_met_by_the_lower_licence_asked() -> None:
    assert verdict("CDL Class A or B", ["Class B CDL, Ohio"]).credit > 0


@pytest.mark.parametrize(
    "hostile",
    [
        "CDL Class A" + " or B" * 4000,
        "one of ACA, " * 1700,
        " Australia Canada" * 1200,
        "A a " * 5000,
        "/A" * 10000,
        " " * 20000,
        "one of " * 3000,
        "Institute of A" + " a" * 9000,
    ],
)
def test_the_list_patterns_stay_linear_on_hostile_text(hostile: str) -> None:
    text = hostile[:20_000]
    patterns = (credentials._ELIDED_LEVEL, credentials._ONE_OF, credentials._BODY_PLACE, credentials._LEVEL_END)
    for pattern in (*patterns, credentials._ISSUING_BODY):
        assert cpu_seconds(lambda p=pattern: list(p.finditer(text))) < 0.05, pattern.pattern
    assert cpu_seconds(lambda: credentials._LIST_GAP.match(text)) < 0.05
