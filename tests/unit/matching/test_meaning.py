"""Requirement coverage by meaning: real MiniLM vectors in an embedded Chroma, nearest resume lines, credits."""

from __future__ import annotations

import pytest

from careerpilot.domain.matching import Requirement, RequirementCheck
from careerpilot.matching.coverage import requirement_weights, weighted_share
from careerpilot.matching.meaning import (
    SIMILARITY_RANGE,
    coverage_by_meaning,
    credit_by_meaning,
    line_vectors,
    meaning_bounds,
    met_by_meaning,
    with_nearest_lines,
    years_ceiling,
)
from careerpilot.memory.vectors import VectorStore, open_chroma

RESUME_LINES = [
    "Expert in OpenGL used in visual simulation projects",
    "Led a team of five nurses on a night shift",
    "Python, Django, PostgreSQL",
]


@pytest.fixture
def vectors(tmp_path, embedder) -> VectorStore:
    return VectorStore(open_chroma(tmp_path / "chroma"), embedder)


def _check(text: str, kind: str = "skill", credit: float = 0.0) -> RequirementCheck:
    status = "met" if credit >= 0.75 else "missing"
    return RequirementCheck(requirement=Requirement(kind=kind, text=text), status=status, credit=credit)


def test_credit_rises_linearly_across_the_similarity_range_and_is_clipped():
    low, high = SIMILARITY_RANGE
    assert credit_by_meaning(low - 0.1) == 0.0 and credit_by_meaning(high + 0.1) == 1.0
    assert abs(credit_by_meaning((low + high) / 2) - 0.5) < 1e-9


def test_a_paraphrased_skill_finds_its_resume_line_and_an_unrelated_one_does_not(vectors, embedder):
    checks = [
        _check("Good experience with graphic frameworks such as OpenGL"),
        _check("Certified welder with pipeline experience"),
        _check("5+ years of nursing", kind="experience", credit=0.4),
    ]
    by_line = line_vectors(vectors, [*RESUME_LINES, *(c.requirement.text for c in checks)])
    near = with_nearest_lines(checks, RESUME_LINES, by_line)
    assert near[0].similar_line == RESUME_LINES[0] and met_by_meaning(near[0])
    assert near[1].similarity is not None and not met_by_meaning(near[1])
    assert near[2].similarity is None and near[2] is checks[2]  # years are not judged by meaning
    before = embedder.texts_embedded
    line_vectors(vectors, RESUME_LINES)  # cached by content hash: nothing embedded again
    assert embedder.texts_embedded == before


def test_coverage_by_meaning_replaces_only_skill_credits():
    skill = _check("Python", credit=1.0).model_copy(update={"similarity": SIMILARITY_RANGE[0]})
    years = _check("3+ years", kind="experience", credit=0.5)
    weights = requirement_weights([skill.requirement, years.requirement])
    assert coverage_by_meaning([skill, years]) == pytest.approx(weighted_share(weights, [0.0, 0.5]))
    assert coverage_by_meaning([_check("Python", credit=1.0), years]) == pytest.approx(
        weighted_share(weights, [1.0, 0.5])
    )  # no similarity known: the rule-based credit stands


def test_bounds_hold_whatever_the_nearest_lines_turn_out_to_be():
    """The cascade stops embedding on these bounds, so every similarity must land inside them."""
    checks = [_check("Python", credit=1.0), _check("Go", credit=0.0), _check("3+ years", kind="experience", credit=0.5)]
    low, high = meaning_bounds(checks)
    for a in (0.0, 0.3, 0.6, 0.9):
        for b in (0.0, 0.5, 1.0):
            near = [checks[0].model_copy(update={"similarity": a}), checks[1].model_copy(update={"similarity": b})]
            assert low <= coverage_by_meaning([*near, checks[2]]) <= high
    assert low < high


def test_years_by_meaning_are_bounded_by_the_resumes_dated_years():
    """An open "N years of <subject>" check can reach no more than all the resume's years (overlaps once) allow."""
    req = Requirement(kind="experience", text="5+ years of external audit", years=5, subject="external audit")
    short = RequirementCheck(requirement=req, status="partial", credit=0.4, years_held=2.0)
    unbounded = meaning_bounds([short])[1]
    bounded = meaning_bounds([short], total_years=3.0)[1]
    assert bounded < unbounded
    assert years_ceiling(short, 3.0) == pytest.approx(0.661)  # 3 of 5, the other 2 made up at 0.25 x 3/5
    assert years_ceiling(short, 12.0) == 1.0  # enough years in all: meaning may credit it fully
    assert years_ceiling(short, 1.0) == 0.4  # never below what the rules already gave
