"""Review r16b of s16b and s16a: a placement's unit, field or employer is no job title; a participle's licence
names its holder; a decisive gap past the knee always costs something, and a capped score stays under 70."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.credentials import _heads_a_part
from careerpilot.matching.service import GAP_KNEE, gap_capped

TODAY = date(2026, 11, 1)
PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)


def _titles(text: str) -> list[str]:
    return [role.title for role in resume_evidence.from_text(text, TODAY).roles]


@pytest.mark.parametrize(
    "line",
    [
        # a rotation's field is a gerund, not its nurse or teacher ("Labor & Delivery Nursing" read as the title)
        "Mercy Hospital, Labor & Delivery Nursing (Jan 2023 - Apr 2023)",
        "Mercy Hospital, Pediatric Nursing (Jan 2023 - Apr 2023)",
        "Lincoln Elementary, Kindergarten Teaching (Jan 2022 - May 2022)",
        # a hospital named for its faith ends like an agent noun ("Methodist" read as a title)
        "Houston Methodist, Cardiac ICU (Jan 2023 - Apr 2023)",
        "NewYork-Presbyterian, Pediatrics (Jan 2023 - Apr 2023)",
        # a firm's plural name ("Partners" read as an attorney's rung)
        "Dentist Partners, Pediatric Clinic (Jan 2023 - Apr 2023)",
        # the words after a place's qualifier ("School of Nursing" read as "School Nurse")
        "Mercy School of Nursing Simulation Lab (Jan 2023 - Apr 2023)",
    ],
)
def test_a_rotations_unit_field_or_employer_names_no_title(line):
    assert _titles(f"Clinical Experience\n{line}\n- 120 clinical hours\n") == []


@pytest.mark.parametrize(
    "line",
    [
        # a licence's abbreviation is its holder's title: the job listed under the heading, as before s16b
        "OTR/L, Mercy Rehab (2018 - 2024)",
        "COTA, Mercy Rehab (2018 - 2024)",
        "LCSW, Catholic Charities (2018 - 2024)",
        # a title at a faith's hospital stays a job
        "Respiratory Therapist, Houston Methodist (2018 - 2024)",
        "Phlebotomist, Adventist Health (2018 - 2024)",
    ],
)
def test_a_titled_line_under_a_placement_heading_stays_a_job(line):
    assert _titles(f"Clinical Experience\n{line}\n") == [line.split(" (")[0]]


@pytest.mark.parametrize(
    ("words", "line"),
    [
        # "Licensed" leads its holder: another occupation's licence, not the field's beside it
        (["psychologist"], "Psychology (Licensed Psychological Associate)"),
        (["physical", "therapist"], "Physical Therapy (Licensed Physical Therapist Assistant)"),
        (["physical", "therapist"], "Physical Therapy (Licensed PTA)"),
        (["pharmacist"], "Pharmacy (Registered Technician)"),
        (["dental", "hygienist"], "Dental Hygiene (Registered Dental Assistant)"),
    ],
)
def test_a_participles_holder_is_another_occupation(words, line):
    assert not _heads_a_part(words, line, licence=True)


@pytest.mark.parametrize(
    "line",
    [
        "Physical Therapy (Licensed since 2015)",
        "Physical Therapy (Licensed in Ohio and Texas)",
        "Physical Therapy (Licensed, in good standing)",
    ],
)
def test_a_participle_naming_no_holder_lends_its_noun(line):
    assert _heads_a_part(["physical", "therapist"], line, licence=True)


GRID = [GAP_KNEE + i * 0.25 for i in range(-20, 161)]  # 55 .. 100
LEXICAL = [i / 20 for i in range(21)]  # 0 .. 1


def test_a_capped_score_stays_under_70_and_in_order():
    for lexical in LEXICAL:
        capped = [gap_capped(score, lexical) for score in GRID]
        assert max(capped) < PLAN.min_score
        assert capped == sorted(capped)  # a closer fit still ranks higher under the cap


def test_past_the_knee_a_gap_always_costs_something():
    # near the knee the words shared once made up all the gap took: "61.5 with a missing licence" tied "61.5"
    for lexical in LEXICAL:
        for score in GRID:
            assert gap_capped(score, lexical) < score if score > GAP_KNEE else gap_capped(score, lexical) == score


def test_a_capped_posting_ranks_under_the_same_parts_uncapped(service):
    """The ranking's scores: with the same parts, a gap never lifts a posting level with or over one without it."""
    posting = "Regional Truck Driver\n\nRequirements:\n- 5+ years of tractor-trailer driving experience\n"
    job = JobPosting(id="cdl", source="test", title="Regional Truck Driver", description_text=posting)
    resume = "Experience\nTractor-Trailer Driver, Sysco Foods (Jan 2022 - May 2024)\n- Regional routes\n"
    evidence = resume_evidence.from_text(resume, TODAY)
    item = service._cheap(job.content_hash, job, service.requirements(job), evidence, evidence.key, PLAN, 0.30)
    service._semantic([item], evidence)
    assert item.capping, "2.4 of the 5 years asked is a decisive gap"
    past_knee = 0
    for lexical in (0.2, 0.5, 0.9):
        for step in range(41):  # the parts from well under the knee to a full fit
            parts = {"coverage": step / 40, "title": 1.0, "lexical": 0.99, "semantic": step / 40}
            scored = dataclasses.replace(item, lexical=lexical, parts=parts)
            capped, free = scored._total(step / 40, capped=True), scored._total(step / 40, capped=False)
            assert capped < free if free > GAP_KNEE else capped == free, (free, capped)
            assert capped < PLAN.min_score
            past_knee += free > GAP_KNEE
    assert past_knee > 20  # a third of the grid is past the knee
