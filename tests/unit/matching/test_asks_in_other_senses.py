"""Near-misses of session 17's readers (review r17a): words that look like an ask or a grade in another sense.

"LLM" in a software posting is a large language model, not a Master of Laws; a grade word of another item on the
same resume line ("Basic Life Support & ACLS") says nothing of the credential beside it; and an item under "What we
offer" that still says "Must hold ..." asks it.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import graded, held_in, judge, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY


def _certifications(title: str, text: str) -> list[list[str]]:
    return [r.credentials for r in extract_requirements(title, text).requirements if r.kind == "certification"]


# --- LLM: a large language model in software, the law degree only beside law


def test_llm_in_a_software_posting_asks_no_law_degree() -> None:
    posting = (
        "Qualifications\n- 3+ years building LLM applications in production\n- LLM experience (OpenAI, Anthropic)\n"
        "- BS in Computer Science\n"
    )
    assert ["llm"] not in _certifications("Machine Learning Engineer", posting)


def test_llm_beside_law_is_still_the_law_degree() -> None:
    assert ["llm"] in _certifications("Tax Attorney", "Requirements\n- J.D. required; LLM in Taxation preferred")
    assert [w.ids for w in wanted_in("LL.M. in Taxation preferred")] == [("llm",)]
    assert [w.ids for w in wanted_in("Master of Laws (LLM) preferred")] == [("llm",)]
    assert [w.ids for w in wanted_in("LLM degree preferred")] == [("llm",)]
    assert wanted_in("3+ years building LLM applications") == []


# --- an offers section that also asks


def test_an_item_under_what_we_offer_that_says_must_hold_is_asked() -> None:
    posting = (
        "Electrician - Tauranga\n\nWhat we offer\n- $38-$44/hr plus allowances\n- Company van and phone\n"
        "- Must hold a current A-grade electrical licence\n- You must have 3 years of commercial experience\n"
    )
    found = extract_requirements("Electrician", posting).requirements
    assert any(r.kind == "certification" and r.credentials for r in found)
    assert any(r.kind == "experience" for r in found)


def test_what_the_employer_offers_still_asks_nothing() -> None:
    posting = (
        "What we offer\n- Paid training, including a National Certificate in Forklift Operation\n"
        "- Training towards your electrical licence\n- A valid fuel card is provided\n"
    )
    assert _certifications("Warehouse Operator", posting) == []


# --- a slash inside one name


def _names(text: str) -> list[list[str]]:
    from careerpilot.matching import credential_phrases as phrases

    return [[n.name for n in group] for group in phrases.find(text)]


def test_a_slash_inside_one_name_is_no_choice() -> None:
    assert _names("AS/NZS 3000 wiring rules certification required") == [["AS/NZS 3000 wiring rules"]]
    assert _names("TCP/IP certification") == [["TCP/IP"]]
    assert _names("PL/SQL certification preferred") == [["PL/SQL"]]


def test_a_slash_between_two_names_is_still_a_choice() -> None:
    assert _names("ECS/CSCS card required") == [["ECS card", "CSCS card"]]
    assert _names("Python/Java certification") == [["Python", "Java"]]

