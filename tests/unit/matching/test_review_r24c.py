"""Session 24 review (r24c) of h24c's credentials outside the vocabulary: sentences the helper did not try.

Schemes' initials after a semicolon or a label's colon, a run of them sharing one plural noun ("IPAF and PASMA
cards"), a register with its licence to practise; the material "white card" and a CEFR "A1 certificate" are no
credential; "EA" beside "CPA" is the Enrolled Agent, never an Executive Assistant; the Mandatory Qualification
written with its "(MQ)"; a firm's own certification asks nothing of the hire; a course delivered to staff is a duty;
a list across professions ending in "or" asks its other profession's names on their own.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases, credentials
from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict
from tests.support.timing import cpu_seconds

INTRO = "We are hiring for our busy team in the city centre.\n\n## Requirements\n"


def _requirements(title: str, line: str) -> list[tuple[str, list[str]]]:
    found = extract_requirements(title, f"{INTRO}- {line}\n- Good communication skills\n").requirements
    return [(r.kind, r.credentials) for r in found if r.text != "Good communication skills"]


def _asks(title: str, line: str) -> list[list[str]]:
    return [ids for kind, ids in _requirements(title, line) if kind == "certification" and ids]


@pytest.mark.parametrize(
    ("title", "line", "asked"),
    [
        ("Site Manager", "Experience of residential builds; SSSTS or SMSTS", [["~SSSTS", "~SMSTS"]]),  # UK
        ("Site Manager", "Essential: SSSTS or SMSTS", [["~SSSTS", "~SMSTS"]]),
        ("Access Operative", "Tickets: IPAF, PASMA", [["~IPAF card"], ["~PASMA card"]]),
        ("Access Operative", "Must hold IPAF and PASMA cards", [["~IPAF card"], ["~PASMA card"]]),
        ("Access Operative", "IPAF & PASMA cards essential", [["~IPAF card"], ["~PASMA card"]]),
        ("Clinical Fellow", "GMC registered with a licence to practise", [["~GMC"]]),
        ("Staff Nurse", "Active NMC PIN", [["~NMC"]]),
        ("Tax Preparer", "CPA or EA", [["cpa", "ea"]]),  # US
        ("Tax Associate", "CPA/EA preferred", [["cpa", "ea"]]),
    ],
)
def test_a_near_variant_of_the_ask_is_read(title: str, line: str, asked: list[list[str]]) -> None:
    assert _asks(title, line) == asked, line


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Theatre Designer", "Produce white card models for each production"),  # UK theatre and architecture
        ("Architectural Assistant", "Build white card models and physical massing studies"),
        ("Art Teacher", "Mount pupils' work on white card"),
        ("Catering Manager", "Deliver Level 2 Food Safety training to staff"),  # a course the hire runs
        ("Practice Manager", "Deliver First Aid at Work training to staff"),
        ("Catering Manager", "Run Level 2 Food Hygiene courses for new starters"),
        ("Access Operative", "Our accreditations: IPAF, PASMA"),  # a label of what the firm has or gives
        ("Access Operative", "Training provided: IPAF and PASMA"),
        ("Nurse Recruiter", "Regulated by: the NMC"),
        ("Gas Engineer", "We are a Gas Safe registered company"),  # the firm's own
        ("Quality Manager", "We are ISO 9001 certified"),
        ("Quality Manager", "We're an ISO 27001 certified business"),
        ("Quality Manager", "The company is ISO 14001 and ISO 45001 certified"),
    ],
)
def test_no_credential_of_the_hires_is_asked(title: str, line: str) -> None:
    assert not any(kind == "certification" for kind, _ in _requirements(title, line)), line


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Electrician", "We are looking for a certified electrician"),
        ("Gas Engineer", "We are looking for a Gas Safe registered engineer"),
        ("Site Operative", "Must hold a White Card"),  # AU
        ("Builder", "white card essential"),
        ("Au Pair", "Goethe A1 certificate"),  # a language's CEFR certificate, asked as itself
        ("Assessor", "A1 award or TAQA"),
        ("Chef", "Food Hygiene Level 2 or above"),
    ],
)
def test_the_hires_own_credential_is_still_asked(title: str, line: str) -> None:
    assert _asks(title, line), line


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("ACLS, PALS or RN", [["acls"], ["pals"], ["rn"]]),  # US: across professions each on its own
        ("BLS, ACLS or RN", [["bls"], ["acls"], ["rn"]]),
        ("BLS, RN or LPN", [["bls"], ["rn", "lpn"]]),  # the last two of one profession: either
        ("ACLS or PALS", [["acls", "pals"]]),  # two alone joined by "or": either
        ("CPA, Enrolled Agent or ACCA", [["cpa", "ea", "acca"]]),
    ],
)
def test_a_list_across_professions_asks_each_other_name_alone(line: str, asked: list[list[str]]) -> None:
    assert [list(w.ids) for w in wanted_in(line)] == asked, line


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("MQ HI essential", "Mandatory Qualification (MQ) for Teachers of the Deaf, University of Birmingham", True),
        ("MQ (VI) essential", "Mandatory Qualification (MQ) for teachers of children with vision impairment", True),
        ("MQ HI essential", "Mandatory Qualification (MQ) for teachers of children with vision impairment", False),
        ("A1 assessor award", "CEFR A1 certificate in German", False),
        ("A1 assessor award", "Goethe-Zertifikat A1", False),
        ("A1 assessor award", "A1 Assessor Award (City & Guilds), 2008", True),
        ("CPA or EA", "Executive Assistant to the CEO", False),
        ("CPA or EA", "Enrolled Agent (IRS), 2019", True),
        ("Current White Card", "Cut and mounted displays on white card", False),
    ],
)
def test_a_named_credential_is_met_only_by_the_same_one(asked: str, held: str, met: bool) -> None:
    assert (verdict(asked, [held]).credit == 1.0) is met, (asked, held)


@pytest.mark.parametrize(
    ("text", "at_word", "ours"),
    [
        ("We are ISO 9001 certified", "certified", True),
        ("We're a Gas Safe registered company", "Gas", True),
        ("Our practice is CQC registered", "CQC", True),
        ("We are looking for a certified electrician", "certified", False),
        ("We are seeking an ISO 9001 certified auditor", "certified", False),
        ("You are NMC registered", "NMC", False),
    ],
)
def test_a_firm_holds_what_it_says_it_is(text: str, at_word: str, ours: bool) -> None:
    assert credentials.firm_holds(text, text.index(at_word)) is ours, text


@pytest.mark.parametrize(
    "chunk",
    [
        "; SSSTS or ",
        "Essential: IPAF and ",
        "IPAF and PASMA cards ",
        "We are a ",
        "We are ISO 9001 certified ",
        "white card ",
        "Deliver Level 2 Food Safety ",
        "Mandatory Qualification (MQ) for ",
        "CPA or EA ",
        "ACLS, PALS or ",
    ],
)
def test_the_mended_readers_stay_fast_on_hostile_text(chunk: str) -> None:
    # the noun reader's own pass over 2,000 cards takes about 0.1 s before and after this review: its pieces are timed
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    assert cpu_seconds(credential_phrases.scheme_initials, text) < 0.05
    assert cpu_seconds(credentials.vocabulary().find, text) < 0.05
    assert cpu_seconds(credentials.firm_holds, text, len(text)) < 0.05
    assert cpu_seconds(credentials.teaches_it, text, len(text) // 2, len(text) // 2 + 20) < 0.05


def test_a_cefr_a1_certificate_is_no_assessor_award() -> None:
    assert "a1_assessor" not in [i for w in wanted_in("Goethe A1 certificate") for i in w.ids]
