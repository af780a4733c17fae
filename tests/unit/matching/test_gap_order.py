"""Under a decisive-gap cap, the resume that shares more of the posting's words ranks higher (session 16)."""

from __future__ import annotations

import dataclasses

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.service import GAP_KNEE, GAP_ORDER, LEXICAL_FULL, LEXICAL_RANGE, gap_capped

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)

DRIVER_POSTING = """Regional CDL-A Truck Driver

Requirements:
- Valid Class A Commercial Driver's License (CDL-A) required
- 5+ years of tractor-trailer driving experience
- Clean MVR and current DOT medical card
- Experience with pre-trip and post-trip inspections and ELD logs
- Deliver freight to grocery distribution centers across the Southeast
- Secure loads with straps and load locks; operate a liftgate
"""


def _driver(highlights: list[str]) -> Resume:
    work = [
        {
            "position": "Tractor-Trailer Driver (CDL-A)",
            "name": "Sysco Foods",
            "startDate": "2022-01",
            "endDate": "2024-05",
            "highlights": highlights,
        }
    ]
    licence = [
        {"name": "Class A Commercial Driver's License", "issuer": "Georgia DDS"},
        {"name": "DOT Medical Card", "issuer": "FMCSA"},
    ]
    return Resume.model_validate({"basics": {"name": "A. Driver"}, "work": work, "certificates": licence})


def test_the_cap_keeps_its_ceiling_and_never_adds_to_a_score():
    top = LEXICAL_RANGE[1]
    # under the knee a gap changes nothing, whatever the words shared
    assert gap_capped(45.0, 0.9) == 45.0 and gap_capped(GAP_KNEE, 0.9) == GAP_KNEE
    # the best a capped score can be is still under the shortlist threshold
    assert gap_capped(100.0, 1.0) == 60.0 + 8.0 + GAP_ORDER < 70.0
    # never above the score the gap capped
    assert all(gap_capped(s, 1.0) <= s for s in (60.5, 61.0, 62.0, 70.0, 90.0))
    # at or under a close fit nothing is added: the curve is the old one
    assert gap_capped(90.0, top) == gap_capped(90.0) == 66.0
    # past a close fit the order of shared words is kept, up to LEXICAL_FULL
    order = [gap_capped(80.0, x) for x in (top, 0.35, 0.5, LEXICAL_FULL, 0.9)]
    assert order == sorted(order) and order[-1] == order[-2] == 64.0 + GAP_ORDER and order[0] < order[1]


def test_two_drivers_short_of_the_same_years_are_ordered_by_how_much_of_the_posting_they_show(service):
    job = JobPosting(id="cdl", source="test", title="Regional CDL-A Truck Driver", description_text=DRIVER_POSTING)
    closer = _driver(
        [
            "Pre-trip and post-trip inspections; ELD logs kept on every route",
            "Delivered freight to grocery distribution centers across Georgia and Florida",
            "Secured loads with straps and load locks; operated a liftgate",
        ]
    )
    farther = _driver(["Hauled dry van freight on regional routes", "Kept the truck clean"])
    near = service.rank([job], closer, JobFilters(), PLAN).matches[0]
    far = service.rank([job], farther, JobFilters(), PLAN).matches[0]
    # both 2.4 of the 5 years asked: both named first for it, both capped past the knee and under the threshold
    for match in (near, far):
        assert match.reasons[0].startswith("short of 5+ years tractor-trailer driving"), match.reasons
        assert GAP_KNEE < match.score < PLAN.min_score
    assert near.score > far.score, (near.score, far.score)


def test_with_every_other_part_equal_the_shared_words_decide_under_the_cap(service):
    """The case the cap tied before: the same parts, one resume sharing more of the posting's words."""
    job = JobPosting(id="cdl", source="test", title="Regional CDL-A Truck Driver", description_text=DRIVER_POSTING)
    evidence = resume_evidence.from_resume(_driver(["Pre-trip inspections and ELD logs on every route"]))
    item = service._cheap(job.content_hash, job, service.requirements(job), evidence, evidence.key, PLAN, 0.30)
    service._semantic([item], evidence)
    assert item.capping, "2.4 of the 5 years asked is a decisive gap"
    item.parts = {"coverage": 0.8, "title": 1.0, "lexical": 0.99, "semantic": 0.8}  # raw ~87: past the knee
    more = dataclasses.replace(item, lexical=0.55, parts=dict(item.parts))
    assert GAP_KNEE < more.score() < PLAN.min_score
    assert more.score() > item.score()
    # the bounds the cascade relies on stay bounds
    assert item.score() <= item.upper() and more.score() <= more.upper()
