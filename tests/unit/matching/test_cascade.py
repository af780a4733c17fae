"""The cascade: its bounds hold on real postings, and the top K it returns is the top K of scoring everything."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import RequirementCheck
from careerpilot.domain.plan import SearchPlan
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.cascade import next_round
from careerpilot.matching.evidence import ResumeEvidence
from careerpilot.matching.meaning import meaning_bounds
from careerpilot.matching.service import TOP_EXACT, MatchingService, _Scored
from careerpilot.memory.vectors import VectorStore, open_chroma
from careerpilot.profile.inputs import load_resume
from tests.support.datasets import TEST_DATA

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
PLAN = SearchPlan(roles=["Software Engineer"], sources=[], max_applications=5)  # the top 20 must be exact
POSTINGS = 200  # real job descriptions (rjdb, first half), each read by meaning and embedded once per module
Bounds = dict[str, list[tuple[float, float]]]  # content hash -> (lower, upper) unread, read, then embedded


def _rjdb_postings(count: int) -> list[JobPosting]:
    jobs = []
    with (TEST_DATA / "matching" / "rjdb_test.jsonl").open() as handle:
        for number, line in zip(range(count), handle, strict=False):
            text = json.loads(line)["Job-Description"]
            title = text.split("## Job title\n", 1)[-1].split("\n", 1)[0].strip() or "Job"
            jobs.append(JobPosting(id=f"rjdb{number}", source="test", title=title, description_text=text))
    return jobs


def _resumes() -> dict[str, ResumeEvidence]:
    """The example JSON Resume (full-stack engineer) and a plain-text one in another field, dates in prose."""
    with (TEST_DATA / "matching" / "rjdb_test.jsonl").open() as handle:
        rows = [json.loads(line) for _, line in zip(range(40), handle, strict=False)]
    prose = next(r["Resume-matched"] for r in rows if "Engineer" not in r["Job-Description"][:200])
    return {
        "json": resume_evidence.from_resume(load_resume(EXAMPLES / "resume.json")),
        "prose": resume_evidence.from_text(prose),
    }


class _Everything(MatchingService):
    """The matching service without the cascade: every open posting is read by meaning and embedded, and the
    bounds each had before it was read, once read, and once embedded are noted."""

    def __init__(self, vectors: VectorStore) -> None:
        super().__init__(vectors)
        self.bounds: Bounds = {}
        self.ranked: list[tuple[str, float]] = []  # (job id, score), best first, once ranked
        self.read: dict[str, tuple[list[RequirementCheck], list[RequirementCheck], float]] = {}  # unread, read, meaning

    def _cascade(self, open_: list[_Scored], evidence: ResumeEvidence, plan: SearchPlan) -> None:
        self._semantic(open_, evidence)

    def _note(self, candidates: list[_Scored]) -> None:
        for item in candidates:
            self.bounds.setdefault(item.job.content_hash, []).append((item.score(), item.upper()))

    def _read(self, candidates: list[_Scored], evidence: ResumeEvidence) -> None:
        self._note(candidates)
        unread = {item.job.content_hash: item.checks for item in candidates}
        super()._read(candidates, evidence)
        self._note(candidates)
        for item in candidates:
            assert item.meaning is not None
            self.read[item.job.content_hash] = (unread[item.job.content_hash], item.checks, item.meaning)

    def _embed(self, candidates: list[_Scored], evidence: ResumeEvidence) -> None:
        super()._embed(candidates, evidence)
        self._note(candidates)


@pytest.fixture(scope="module")
def store(tmp_path_factory, embedder) -> VectorStore:
    return VectorStore(open_chroma(tmp_path_factory.mktemp("cascade") / "chroma"), embedder)


@pytest.fixture(scope="module")
def postings() -> list[JobPosting]:
    return _rjdb_postings(POSTINGS)


@pytest.fixture(scope="module")
def everything(store, postings) -> dict[str, _Everything]:
    """Per resume: the service that scored every posting in full (no cascade), with what it noted."""
    out = {}
    for name, evidence in _resumes().items():
        service = _Everything(store)
        ranked = service.rank_evidence(postings, evidence, JobFilters(), PLAN)
        assert all(m.stage == "full" for m in ranked.matches)
        service.ranked = [(m.job_id, m.score) for m in ranked.matches]
        out[name] = service
    return out


@pytest.mark.parametrize("resume", ["json", "prose"])
def test_every_posting_scores_within_the_bounds_the_cascade_gave_it(everything, resume):
    """Unread, a posting's interval holds its read one, which holds its exact score (no tolerance: exact floats)."""
    bounds = everything[resume].bounds
    assert len(bounds) == POSTINGS
    for unread, read, embedded in bounds.values():
        exact = embedded[0]
        assert embedded[0] == embedded[1]
        assert unread[0] <= read[0] <= exact <= read[1] <= unread[1]
    narrowed = sum(read[1] < unread[1] for unread, read, _ in bounds.values())
    assert narrowed > POSTINGS // 2  # reading by meaning tightens most postings' upper bound


@pytest.mark.parametrize("resume", ["json", "prose"])
def test_skill_lines_read_in_other_postings_narrow_the_bounds_and_still_hold(everything, resume):
    """The cascade gives a line's similarity, once read in one posting, to every unread posting asking for it.

    Here every line read in any posting is known (a posting's own included: a line's nearest resume line is the
    same whichever posting it was read in), so the narrowed bounds must still hold the coverage by meaning.
    """
    read = everything[resume].read
    known = {
        c.requirement.text: c.similarity for _, checks, _ in read.values() for c in checks if c.similarity is not None
    }
    evidence = _resumes()[resume]
    years = evidence.total_years if evidence.roles else None
    for unread, _, meaning in read.values():
        low, high = meaning_bounds(unread, years, known)
        blind = meaning_bounds(unread, years)
        assert blind[0] <= low <= meaning <= high <= blind[1]
    assert any(meaning_bounds(u, years, known) != meaning_bounds(u, years) for u, _, _ in read.values())


@pytest.mark.parametrize("resume", ["json", "prose"])
def test_the_cascade_returns_the_same_top_k_as_scoring_every_posting(store, postings, everything, resume):
    full = everything[resume].ranked
    service = MatchingService(store)  # same Chroma: the vectors are cached, so only the cascade's choices differ
    ranked = service.rank_evidence(postings, _resumes()[resume], JobFilters(), PLAN)
    top = [(m.job_id, m.score) for m in ranked.matches[:TOP_EXACT]]
    assert top == full[:TOP_EXACT]
    assert all(m.stage == "full" for m in ranked.matches[:TOP_EXACT])
    exact = dict(full)
    assert all(m.score == exact[m.job_id] for m in ranked.matches if m.stage == "full")
    assert all(m.score <= exact[m.job_id] for m in ranked.matches)  # the others show their lower bound
    stages = [m.stage for m in ranked.matches]
    assert stages.count("full") < POSTINGS // 2 and "lexical" in stages  # it did cut


def test_a_round_reads_before_it_embeds_and_leaves_what_cannot_reach_the_floor():
    lower = np.array([50.0, 40.0, 30.0, 10.0])
    upper = np.array([60.0, 55.0, 45.0, 39.0])
    read = np.array([True, False, False, False])
    exact = np.zeros(4, dtype=bool)
    step = next_round(lower, upper, read, exact, keep=2)  # floor: the 2nd best lower bound, 40
    assert step.embed == [0] and step.read == [1, 2]  # 3 cannot reach 40 whatever it turns out to be
    exact[0], read[1:3] = True, True
    lower[0] = upper[0] = 58.0
    lower[1], upper[1] = 52.0, 53.0
    lower[2], upper[2] = 35.0, 41.0
    step = next_round(lower, upper, read, exact, keep=2)  # floor 52
    assert step.embed == [1] and not step.read


def test_a_round_is_empty_once_the_top_k_are_exact():
    lower = np.array([70.0, 65.0, 20.0])
    upper = np.array([70.0, 65.0, 64.9])
    exact = np.array([True, True, False])
    assert not next_round(lower, upper, exact.copy(), exact, keep=2)
