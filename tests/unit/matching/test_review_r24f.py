"""Review of h24f (a licence's place implied by the posting): attacks the helper did not test.

One posting text in two states is two postings (the requirements cache is keyed by text, the place is not);
a location is read as addresses are written ("Kansas City, MO" is Missouri, "Melbourne VIC 3000" Victoria, a
region "WA" of an Australian posting Western Australia); Australia registers health practitioners nationally
(AHPRA), so a Sydney nursing post asks no New South Wales registration; a posting without a location is not placed
by its pay-transparency, EEO or company-history sentences.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, Location
from careerpilot.domain.matching import PostingRequirements, Requirement
from careerpilot.domain.plan import SearchPlan
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.credentials import Wanted, held_in, judge, wanted_in
from careerpilot.matching.posting_places import job_place, placed
from tests.support.credentials import TODAY
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=["Registered Nurse"], sources=[])
NURSE_POSTING = (
    "Registered Nurse - Med/Surg\n\nRequirements:\n- Active RN license required\n- BLS certification\n"
    "- 2+ years of acute care nursing experience\n"
)
OREGON_NURSE = (
    "Registered Nurse\nLicences\n- Registered Nurse (RN), Oregon State Board of Nursing, 2016\n- BLS (AHA)\n"
    "Experience\nStaff Nurse, Med/Surg (2016 - 2024)\n- Acute care nursing on a 30-bed unit\n"
)


def _located(job_id: str, where: str) -> JobPosting:
    city, _, region = where.partition(", ")
    return JobPosting(
        id=job_id,
        source="test",
        title="Registered Nurse",
        company="Coastal Health",
        locations=[Location(text=where, city=city, region=region)],
        description_text=NURSE_POSTING,
    )


def _job(location: Location | None = None, text: str = "") -> JobPosting:
    return JobPosting(
        id="j", source="test", title="Nurse", locations=[location] if location else [], description_text=text
    )


def _asked(item: str, location: Location) -> Requirement:
    want = wanted_in(item)[0]
    req = Requirement(kind="certification", text=item, credentials=list(want.ids))
    return placed(PostingRequirements(requirements=[req]), _job(location)).requirements[0]


def _credit(req: Requirement, line: str) -> float:
    wanted = Wanted(
        ids=tuple(req.credentials),
        jurisdictions=tuple(req.jurisdictions),
        compact_ok=req.compact_ok,
        place_implied=req.place_implied,
    )
    return judge(wanted, held_in([line], TODAY), (), [], [line]).credit


# --- one text in two states is scored in each


@pytest.mark.parametrize("order", [("Sacramento, CA", "Portland, OR"), ("Portland, OR", "Sacramento, CA")])
def test_one_posting_text_in_two_states_is_scored_at_each_place(service, order: tuple[str, str]) -> None:
    jobs = [_located(f"j{i}", where) for i, where in enumerate(order)]
    evidence = resume_evidence.from_text(OREGON_NURSE)
    ranked = {m.job_id: m for m in service.rank_evidence(jobs, evidence, JobFilters(), PLAN).matches}
    oregon = next(ranked[j.id] for j in jobs if j.locations[0].region == "OR")
    california = next(ranked[j.id] for j in jobs if j.locations[0].region == "CA")
    assert oregon.score > california.score
    assert any("California" in m for m in california.missing)
    assert not any("Oregon" in m or "California" in m for m in oregon.missing)
    assert service.requirements_extracted == 1  # the text is still read once


def test_two_postings_of_one_text_in_one_state_still_share_a_score(service) -> None:
    jobs = [_located("a", "Portland, OR"), _located("b", "Salem, OR")]
    ranked = service.rank_evidence(jobs, resume_evidence.from_text(OREGON_NURSE), JobFilters(), PLAN)
    assert len({m.score for m in ranked.matches}) == 1


# --- a location read as addresses are written


@pytest.mark.parametrize(
    ("location", "place"),
    [
        (Location(text="Kansas City, MO"), "Missouri"),  # a city named like a state
        (Location(text="Washington, DC"), "District of Columbia"),
        (Location(text="Indiana, PA"), "Pennsylvania"),
        (Location(text="Kansas City, MO", city="Kansas City", region="MO"), "Missouri"),
        (Location(text="Portland, OR", city="Portland", region="OR"), "Oregon"),
        (Location(text="Melbourne VIC 3000"), "Victoria"),
        (Location(text="Brisbane QLD 4000, Australia"), "Queensland"),
        (Location(text="Perth WA 6000", city="Perth", region="WA", country="Australia"), "Western Australia"),
        (Location(text="Perth, Western Australia"), "Western Australia"),
        (Location(text="Halifax, Nova Scotia, Canada"), "Nova Scotia"),
        (Location(text="Boise, ID 83702"), "Idaho"),
    ],
)
def test_a_location_is_read_as_an_address(location: Location, place: str) -> None:
    assert job_place(_job(location)) == place


@pytest.mark.parametrize(
    "location",
    [
        Location(text="Portland"),  # Oregon or Maine
        Location(text="Remote (US)"),
        Location(text="Hybrid - Boston, MA or Providence, RI"),
        Location(text="Hybrid (Jersey City, NJ / New York, NY)"),
        Location(text="Tbilisi, Georgia", country="Georgia"),  # the country, not the state
        Location(text="London, UK"),
    ],
)
def test_a_location_naming_no_one_state_places_no_licence(location: Location) -> None:
    assert job_place(_job(location)) is None


def test_an_australian_region_code_is_never_a_us_state() -> None:
    assert job_place(_job(Location(text="Perth", region="WA", country="AU"))) == "Western Australia"


# --- Australia registers health practitioners nationally; its states license trades


@pytest.mark.parametrize(
    ("item", "location", "held"),
    [
        ("Current registration as a Registered Nurse", "Sydney, NSW", "Registered Nurse, AHPRA (Queensland)"),
        ("Registered Nurse (Division 1)", "Melbourne, VIC", "Registered Nurse, Queensland Health, AHPRA"),
        ("Registered pharmacist", "Brisbane, QLD", "Pharmacist, registered in Victoria (AHPRA)"),
    ],
)
def test_an_australian_health_registration_is_national(item: str, location: str, held: str) -> None:
    req = _asked(item, Location(text=location))
    assert not req.place_implied
    assert _credit(req, held) == 1.0


def test_a_canadian_licence_is_still_provincial() -> None:
    req = _asked("Active RN license required", Location(text="Vancouver, BC"))
    assert req.jurisdictions == ["British Columbia"] and req.place_implied
    assert _credit(req, "Registered Nurse, College of Nurses of Ontario") == 0.0


def test_an_australian_trade_licence_is_still_the_states() -> None:
    req = _asked("Licensed real estate salesperson", Location(text="Sydney, NSW"))
    assert req.jurisdictions == ["New South Wales"]


# --- a posting without a location is not placed by sentences about law, pay or the company


@pytest.mark.parametrize(
    "text",
    [
        "RN needed for our clinic.\n\nIn compliance with the Colorado Equal Pay for Equal Work Act, the pay range is "
        "$38-$45 an hour.",
        "RN needed for our clinic.\n\nCalifornia residents: see our CCPA privacy notice.",
        "RN needed for our clinic.\n\nFounded in Ohio in 1901, we now serve patients in 30 states.",
        "RN needed. We are an equal opportunity employer, including under New York City and New York State law.",
        "RN needed. Headquartered in Minneapolis, Minnesota, we operate clinics nationwide.",
    ],
)
def test_law_pay_and_company_sentences_place_no_posting(text: str) -> None:
    assert job_place(_job(text=text)) is None


# --- hostile input


@pytest.mark.parametrize("piece", ["Kansas City, MO; ", "Melbourne VIC 3000 / ", "Hybrid or ", "Colorado Act "])
def test_reading_a_place_is_fast_on_hostile_input(piece: str) -> None:
    text = (piece * (20_000 // len(piece) + 1))[:20_000]
    assert cpu_seconds(job_place, _job(Location(text=text))) < 0.05
    assert cpu_seconds(job_place, _job(text=text)) < 0.05
