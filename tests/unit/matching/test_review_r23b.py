"""Review of h23b's years by meaning: wording from several countries it misread, and its regexes on hostile text.

Own examples (US, UK, Ireland, Canada, Australia, New Zealand, India, South Africa): a title naming another
organisation after a comma is a post of a uniformed service only where that body's trade is its own; a bracket's
"preferred" is its own years' only where no other cue stands between; a cue ending a clause in more words is no word
of the subject; an employer's town may be two words or carry its state's or country's code.
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years
from careerpilot.matching.requirements import _clean_subject, _years, extract_requirements
from careerpilot.matching.title_parts import employer_line
from tests.support.timing import cpu_seconds
from tests.support.years import work_evidence, years_item

TODAY = date(2025, 1, 1)


def _basis(item: str, title: str, highlights: list[str]) -> str:
    """Return the years basis of ``item`` against one role titled ``title``, read by its words only."""
    role = {"position": title, "name": "Northshire", "startDate": "2018-01", "highlights": highlights}
    return check_years(years_item(item), work_evidence([role])).years_basis


@pytest.mark.parametrize(
    ("item", "title", "line"),
    [
        # Australia: a telco's customer service representative answering calls is customer service
        ("3 years of customer service", "Customer Service Representative, Telstra Corporation", "Answered calls"),
        # UK: an NHS trust's administration officer typing letters is administration
        ("2 years in administration", "Administration Officer, NHS Trust", "Typed clinic letters"),
        # Canada: a mental-health community support worker (a specialty after the comma, not another body's post)
        ("3 years in community support", "Community Support Worker, Mental Health", "Helped clients with daily living"),
        # South Africa: a brokerage's client services associate
        ("2 years in client services", "Client Services Associate, Brokers", "Processed policy renewals"),
        # US: a department's administrative assistant
        ("2 years of administration", "Administrative Assistant, Department of Medicine", "Managed the chair's diary"),
    ],
)
def test_a_generic_field_title_at_an_organisation_of_no_other_trade_keeps_its_words(
    item: str, title: str, line: str
) -> None:
    assert _basis(item, title, [line]) == "clear"


@pytest.mark.parametrize(
    "title",
    [
        "Community Services Officer, Police",  # New Zealand, UK
        "Police Community Support Officer, Metropolitan Police",  # UK: a PCSO patrols
        "Community Service Officer, Sheriff's Office",  # US
        "Community Services Officer, Fire and Rescue",  # Australia
    ],
)
def test_a_uniformed_services_post_is_no_years_of_the_generic_field(title: str) -> None:
    item = "3+ years in community services" if "Support" not in title else "3+ years in community support"
    assert _basis(item, title, ["Patrolled the town centre and issued parking citations"]) == "none"


def _asked(item: str) -> list[tuple[float | None, str, str]]:
    """Return (years, subject, importance) of each experience item a requirements bullet yields."""
    found = extract_requirements("Nurse", "We are hiring.\n\nRequirements:\n- " + item + "\n- Good judgement\n")
    return [(r.years, r.subject, r.importance) for r in found.requirements if r.kind == "experience"]


@pytest.mark.parametrize(
    "item",
    [
        "5+ years nursing (3 years ICU required, trauma preferred)",  # US: the trauma is preferred, the ICU years not
        "5+ years nursing (3 years ICU; CCRN preferred)",  # US: the certificate is preferred
        "5+ years nursing (including 3 years ICU, Magnet hospital preferred)",  # Ireland
    ],
)
def test_a_later_cue_in_the_bracket_is_not_the_years_own(item: str) -> None:
    assert (3.0, "ICU", "required") in _asked(item)


@pytest.mark.parametrize(
    "text",
    [
        "1 year forklift highly desirable",  # UK
        "2 years ICU strongly desired",  # US
        "2 years ICU would be an advantage",  # Ireland, New Zealand
        "2 years ICU would be an asset",  # Canada
        "2 years ICU considered an asset",  # Canada
        "2 years ICU a distinct advantage",  # South Africa
    ],
)
def test_a_longer_cue_ending_the_clause_is_no_word_of_the_subject(text: str) -> None:
    assert _years(text) == (float(text[0]), "forklift" if "forklift" in text else "ICU")


def test_a_field_named_by_a_cue_word_keeps_it() -> None:
    assert _years("3 years in asset management") == (3.0, "asset management")
    assert _years("2 years in a highly desirable location") == (2.0, "highly desirable location")


def test_the_longer_cues_stay_fast_on_hostile_text() -> None:
    for chunk in ("would be ", "highly ", "would be an ", "considered a ", "a a ", "/A/A", "WOULD BE AN ", " "):
        text = chunk * (20_000 // len(chunk))
        assert cpu_seconds(lambda t=text: _clean_subject(t)) < 0.05


@pytest.mark.parametrize(
    "employer",
    [
        "Mercy Hospital, Springfield, IL",  # US: a state's code
        "Toronto General Hospital, Toronto, ON",  # Canada
        "Royal Prince Alfred Hospital, Sydney NSW",  # Australia
        "Apollo Hospitals, New Delhi",  # India: a town of two words
        "Kerr Solicitors, Leeds, UK",  # UK: the country's code
    ],
)
def test_an_employers_town_may_be_two_words_or_carry_a_code(employer: str) -> None:
    assert employer_line(employer)
    text = f"EXPERIENCE\nStaff Nurse\n{employer}\nJan 2018 - Present\n- Ward nursing on a surgical unit\n"
    assert [r.title for r in resume_evidence.from_text(text, TODAY).roles] == ["Staff Nurse"]


def test_a_title_with_a_town_is_no_employers_line() -> None:
    assert not employer_line("Staff Nurse, Cork") and not employer_line("Registered Nurse, Springfield, IL")


def test_the_employers_line_stays_fast_on_hostile_text() -> None:
    for chunk in ("Aa ", "A A, ", "Leeds Leeds, ", "NSW ", ", ", "/A/A", " "):
        text = chunk * (20_000 // len(chunk))
        assert cpu_seconds(lambda t=text: [employer_line(p) for p in (t, t[:299])]) < 0.05
