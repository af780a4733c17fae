"""The first reason an unqualified candidate reads names the decisive gap in the posting's words (session 23).

A licence level, an endorsement or a registration is labelled by the vocabulary's name ("Barber licence"), so the
posting's own words ("Master Barber", "CFII", "Medical Sciences Council") are quoted beside it, cut to the clause
that names it when the item is long; a qualification the resume's education lists is held, not a false gap ranked
first; and a maker's other product does not hold the one asked ("Articulate Rise" is no "Articulate Storyline").
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching.products import holds
from careerpilot.matching.service import QUOTE_MAX, posting_words
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)

CLAUSES = [
    # NZ: the registration's clause, not the practising certificate's
    (
        "Registered as a Medical Laboratory Scientist with the Medical Sciences Council of New Zealand, holding a "
        "current Annual Practising Certificate (APC) and a clean disciplinary record",
        "Registered Medical Laboratory Scientist (New Zealand)",
        "Registered as a Medical Laboratory Scientist with the Medical Sciences Council of New Zealand",
    ),
    # NZ: the same item, the practising certificate's clause
    (
        "Registered as a Medical Laboratory Scientist with the Medical Sciences Council of New Zealand, holding a "
        "current Annual Practising Certificate (APC) and a clean disciplinary record",
        "Annual Practising Certificate (New Zealand)",
        "holding a current Annual Practising Certificate (APC) and a clean disciplinary record",
    ),
    # UK: a semicolon ends the licence's clause
    (
        "Gas Safe registration with a current ACS domestic gas ticket (CCN1, CENWAT) - essential for this role; "
        "we cannot take on apprentices or trainees at this branch of the business",
        "Gas Safe registration",
        "Gas Safe registration with a current ACS domestic gas ticket (CCN1, CENWAT)",
    ),
    # ZA: a spaced dash ends it
    (
        "Registered as a Professional Engineer (Pr Eng) with ECSA - candidate registration alone will not be "
        "considered for this senior position under any circumstances",
        "Professional Engineer (Pr Eng)",
        "Registered as a Professional Engineer (Pr Eng) with ECSA",
    ),
]


@pytest.mark.parametrize(("text", "label", "quoted"), CLAUSES)
def test_a_long_item_is_quoted_by_the_clause_naming_the_gap(text, label, quoted):
    assert len(text) > QUOTE_MAX
    assert posting_words(text, label) == quoted


def test_a_short_item_is_quoted_whole():
    text = "NYS Master Cosmetology license (Department of State) - required"
    assert posting_words(text, "Cosmetology licence") == text


def test_a_long_item_no_clause_of_which_names_the_gap_is_not_quoted():
    # CA: the clauses talk of shifts and pay, none of the licence the label names
    text = (
        "Rotating day and night shifts across both sites; overtime is paid at time and a half after forty hours in "
        "any week - weekend premiums apply"
    )
    assert posting_words(text, "Red Seal Electrician") == ""


def test_clause_cutting_stays_linear_on_hostile_text():
    for hostile in (" " * 20_000, "a a " * 5_000, "/A/A" * 5_000, "A - , with ; " * 1_500, "WORD. " * 3_300):
        assert cpu_seconds(posting_words, hostile, "Gas Safe registration") < 0.05


def test_a_makers_other_product_does_not_hold_the_one_asked():
    # US / AU eLearning: the maker's name alone is no product; its product's own name must be written
    assert not holds("Built courses in Articulate Rise 360 and Adobe Captivate", "Articulate Storyline")
    assert holds("Built branching scenarios in Articulate Storyline 360", "Articulate Storyline")
    # the name's words written apart still hold it ("LIDO/Flight 4D" for "Lido Flight")
    assert holds("Planned routes in LIDO/Flight 4D for the A320 fleet", "Lido Flight")
    # a lower-case ordinary word is no name: "a lido" is a pool
    assert not holds("Lifeguard at the town lido; flight of stairs cleaned daily", "Lido Flight")


def _resume(work: list[str], education: list[dict[str, str]], certificates: list[dict[str, str]]) -> Resume:
    role = {"position": "Paraplanner", "name": "Harbour Wealth", "startDate": "2018-02", "highlights": work}
    return Resume.model_validate(
        {"basics": {"name": "A. Candidate"}, "work": [role], "education": education, "certificates": certificates}
    )


PARAPLANNER = """Paraplanner - Brisbane

About you:
- Diploma of Financial Planning (RG146 compliant) as a minimum
- 3+ years paraplanning in a licensed advice practice
- Advanced Xplan skills - essential, the whole practice runs on it
"""


def test_a_diploma_the_education_lists_is_held_and_the_missing_tool_is_named_first(service):
    job = JobPosting(id="pp", source="test", title="Paraplanner", description_text=PARAPLANNER)
    resume = _resume(
        ["Prepared SoAs and RoAs for a licensed advice practice", "Modelled super strategies in AdviceOS"],
        [{"studyType": "Diploma of Financial Planning (RG146 compliant)", "institution": "Kaplan Professional"}],
        [],
    )
    match = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    assert not any("Diploma of Financial Planning" in m for m in match.missing), match.missing
    assert "Xplan" in match.reasons[0], match.reasons


def test_a_degree_in_the_field_does_not_hold_the_diploma_asked(service):
    job = JobPosting(id="pp2", source="test", title="Paraplanner", description_text=PARAPLANNER)
    resume = _resume(
        ["Prepared SoAs and RoAs for a licensed advice practice", "Modelled super strategies in Xplan"],
        [{"studyType": "Bachelor of Commerce", "area": "Financial Planning", "institution": "Deakin University"}],
        [],
    )
    match = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    assert "Diploma of Financial Planning" in match.reasons[0], match.reasons


PLUMBER = """Plumber - Wellington

What you need:
- A current plumbing licence from the Plumbers, Gasfitters and Drainers Board
- 2+ years on residential jobs
"""


def test_schooling_never_holds_a_licence(service):
    # NZ: a diploma in the trade in the education section is no licence from the board
    job = JobPosting(id="pl", source="test", title="Plumber", description_text=PLUMBER)
    resume = _resume(
        ["Fitted bathrooms and hot water cylinders on residential jobs"],
        [{"studyType": "Diploma in Plumbing and Gasfitting"}],
        [],
    )
    match = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    assert match.missing and "lumbing" in match.missing[0], match.missing
    assert "lumbing" in match.reasons[0], match.reasons
