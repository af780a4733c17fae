"""Review r23a of h23a: profession lists read no further than their words, issuing bodies only beside what they issued.

Postings' and resumes' sentences written for the review after US, UK, Irish, Canadian, Australian, New Zealand,
Indian and South African wording.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credentials
from careerpilot.matching.credentials import held_in, wanted_in
from tests.support.credentials import credit
from tests.support.timing import cpu_seconds


def asks(item: str, context: str = "Accountant") -> list[set[str]]:
    """Return each ask an item states as the set of credentials any one of which meets it."""
    return [set(w.ids) for w in wanted_in(item, context)]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # US, Canada: a capitalised word after a name is no country, and the name it follows is its own ask
        ("CPA Required, CMA or CIA Preferred", [{"cpa"}, {"cma_ima", "~CIA"}]),
        ("ACCA Qualified, CIMA or ACA considered", [{"acca"}, {"chartered_accountant", "cima"}]),
        # a country after the name does not end the list (Ireland, Australia)
        ("CPA Ireland, ACA or ACCA qualified", [{"cpa", "chartered_accountant", "acca"}]),
        ("CPA Australia, CIMA or ACCA", [{"cpa", "cima", "acca"}]),
    ],
)
def test_only_a_country_after_a_body_keeps_its_list_going(item: str, expected: list[set[str]]) -> None:
    assert asks(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # UK, Ireland: the list after "one of" ends at its last "or"; what "and" adds after it is asked too
        ("One of ACCA, CIMA or ACA and CISA preferred", [{"acca", "cima", "chartered_accountant"}, {"cisa"}]),
        ("Any of ACA, ACCA or CIMA, and CISA", [{"chartered_accountant", "acca", "cima"}, {"cisa"}]),
        # "one of A, B and C" still ends in its one "and"
        ("Membership of one of ACA, ACCA and CIMA", [{"chartered_accountant", "acca", "cima"}]),
    ],
)
def test_a_one_of_list_ends_at_its_last_joining_word(item: str, expected: list[set[str]]) -> None:
    assert asks(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("One of the following professional designations: CPA, CMA, CIA", {"cpa", "cma_ima", "~CIA"}),  # US, CA
        ("Holds one or more of CPA, CISA or CIA", {"cpa", "cisa", "~CIA"}),  # US: across professions
        ("Any one of the recognised bodies: ACA, ACCA, CIMA", {"chartered_accountant", "acca", "cima"}),  # IN, ZA
    ],
)
def test_a_one_of_list_after_a_few_words_is_of_alternatives(item: str, expected: set[str]) -> None:
    assert asks(item) == [expected]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("CPA (CMA a plus)", [{"cpa"}, {"cma_ima"}]),  # US: the bracket asks the CMA besides, as a plus
        ("ACA (CIMA preferred) with Big 4 experience", [{"chartered_accountant"}, {"cima"}]),  # UK, Ireland
        ("CIMA (CGMA)", [{"cima", "cgma"}]),  # the bracket holding the name alone is the same ask
    ],
)
def test_only_a_bracket_holding_a_name_alone_names_the_same_ask(item: str, expected: list[set[str]]) -> None:
    assert asks(item) == expected


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("Association of Chartered Certified Accountants (ACCA) - qualified 2016", "acca"),  # UK, Nigeria
        ("Chartered Institute of Management Accountants (CIMA), 2018", "cima"),  # UK, South Africa
        ("Institute of Chartered Accountants in Ireland (ACA), 2015", "chartered_accountant"),  # Ireland
        ("Institute of Certified Public Accountants in Ireland (CPA), 2012", "cpa"),  # Ireland
    ],
)
def test_a_body_heading_its_own_line_is_held(line: str, held: str) -> None:
    assert [h.id for h in held_in([line]) if not h.pending] == [held]


def test_a_body_that_issued_a_diploma_on_the_line_is_no_membership() -> None:
    line = "Diploma in IFRS, Association of Chartered Certified Accountants (ACCA)"  # UK, India
    assert credit("ACCA or CIMA qualified", listed=[line]) == 0
    assert credit("ACCA or CIMA qualified", listed=["Association of Chartered Certified Accountants (ACCA), 2016"]) > 0


@pytest.mark.parametrize(
    "hostile",
    ["one of" + " a" * 9000, "one or more of " * 1400, "Institute of A (" * 1300, " Australia" * 2000, "A a " * 5000],
)
def test_the_mended_patterns_stay_linear_on_hostile_text(hostile: str) -> None:
    text = hostile[:20_000]
    for pattern in (credentials._ONE_OF, credentials._BODY_PLACE, credentials._ISSUED_THING):
        assert cpu_seconds(lambda p=pattern: list(p.finditer(text))) < 0.05, pattern.pattern
