"""Matching: hard filters, requirement coverage with resume evidence, TF-IDF and MiniLM similarity, as 0-100.

A cascade keeps cost gentle at 10,000 postings: filters, requirement coverage, title fit and TF-IDF run over
every posting (cached per content hash); MiniLM embeddings (cached in Chroma by content hash) are computed only
for postings whose best possible score can still reach the top of the list. The semantic part is mostly
requirement coverage by meaning (each skill requirement against its nearest resume line, services/meaning.py)
and partly the cosine of the whole resume and posting. What a score means is in
docs/matching.md: 70 (the default threshold) is "meets nearly all required skills and the years, in the right
job family"; under 50 is another field or a clear gap.
"""

from __future__ import annotations

import gc
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, content_hash
from careerpilot.domain.matching import (
    FilterResult,
    Match,
    MatchedTerm,
    PostingRequirements,
    RequirementCheck,
    plain_line,
)
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import GENERAL_SKILLS
from careerpilot.matching import authorization, cascade
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import (
    KNOCK_KINDS,
    KNOCKOUT,
    caps_score,
    coverage,
    decisive_gaps,
    named_tool_missing,
)
from careerpilot.matching.evidence import ResumeEvidence
from careerpilot.matching.filters import apply_filters, stated_industries
from careerpilot.matching.meaning import (
    MEANING_KINDS,
    coverage_by_meaning,
    coverage_high,
    line_vectors,
    meaning_bounds,
    met_by_meaning,
    rule_coverage,
    subject_line,
    title_lines,
    with_nearest_lines,
    with_years_by_meaning,
    years_open,
)
from careerpilot.matching.posting_places import place_for, placed
from careerpilot.matching.products import named_products, own_skills
from careerpilot.matching.requirements import RequirementsCache
from careerpilot.matching.requirements_llm import RequirementRefiner
from careerpilot.matching.rerank import Reranker
from careerpilot.memory.vectors import JOBS, RESUME_CHUNKS, RESUME_LINES, VectorStore
from careerpilot.text.lexical import TfidfIndex
from careerpilot.text.terms import key_terms, terms
from careerpilot.text.unicode_safety import clean_line

log = logging.getLogger(__name__)

WEIGHTS = {"coverage": 0.35, "title": 0.15, "lexical": 0.20, "semantic": 0.30}
LEXICAL_RANGE = (0.001, 0.231)  # TF-IDF cosine, background idf: the old (0.02, 0.30) by the fit new = 0.82 old - 0.016
SEMANTIC_RANGE = (0.15, 0.65)  # MiniLM cosine of resume and posting: another field ~0.15, same role ~0.65
DOCUMENT_SHARE = 0.2  # of the semantic part: whole-document cosine; the rest is requirement coverage by meaning
CLOSE_FIT, BEYOND_CLOSE_FIT = 0.95, 0.2  # a similarity at the top of its range scores 0.95; the last 0.05 past it
GAP_KNEE, GAP_SLOPE = 60.0, 0.2  # a decisive gap: 100 -> 68, 80 -> 64, 60 and under unchanged (gap_capped)
# Under a cap, up to GAP_ORDER points for the posting's words the resume shares past a close fit (LEXICAL_RANGE's
# top), full at LEXICAL_FULL: the 0-1 lexical part is ~0.99 for every resume of the posting's field (read sets:
# cosine 0.28-0.68), and the cap divides what is left of it by five, so two resumes missing the same licence tied.
GAP_ORDER, LEXICAL_FULL = 1.5, 0.70
TOP_EXACT = 20  # the cascade keeps the order of at least this many top postings exact
MAX_EMBEDDED = 800  # never embed more than this many whole postings in one ranking (MiniLM: ~0.1 s a posting here)
MAX_READ = 5000  # never read more than this many postings' requirements by meaning in one ranking
MATCH_MEMO = 100_000  # built Match objects kept for warm re-rankings (a few KB each for the light ones)
FULL_EXPLAINED = 200  # postings past this rank get a light Match (no per-requirement list, no matched lines)
EMBED_CHARS = 1200  # MiniLM reads 256 word pieces (~1,200 characters); more only costs tokenizing time
Keyed = list[tuple[str, JobPosting]]  # (content hash, posting), one per distinct text
# per (resume, posting): coverage share, checks, their short labels, and the reachable coverage by meaning
_Coverage = tuple[float, list[RequirementCheck], dict[int, str], tuple[float, float], float]
_TITLE_NOISE = {"senior", "sr", "junior", "jr", "lead", "staff", "principal", "ii", "iii", "iv", "i", "mid", "level"}


@dataclass(frozen=True)
class RankedJobs:
    """Every posting's match, best first, and the ids shortlisted for documents."""

    matches: list[Match]
    shortlist: list[str]


@dataclass
class _Scored:
    job: JobPosting
    requirements: PostingRequirements
    checks: list[RequirementCheck]
    labels: dict[int, str]  # id(check) -> short label, computed once per (resume, posting)
    parts: dict[str, float]
    lexical: float
    confidence: float
    meaning_bounds: tuple[float, float]  # the coverage by meaning it can reach before it is read (lines known: tighter)
    coverage_high: float  # the rule-based coverage it can reach once years are read by meaning
    meaning: float | None = None  # coverage by meaning, once the requirements are read against the resume's lines
    semantic: float | None = None  # whole-document MiniLM cosine, once embedded
    _decisive: tuple[list[RequirementCheck], list[RequirementCheck]] | None = None

    def label(self, check: RequirementCheck) -> str:
        return self.labels.get(id(check)) or _label(check)

    def score(self) -> float:
        """Return the score; until the posting is embedded, the lowest its semantic part can turn out to be."""
        if "semantic" in self.parts:
            return self._total(self.parts["semantic"])
        if self.meaning is not None:  # read: coverage and checks are final, the scaled document cosine is >= 0
            return self._total((1 - DOCUMENT_SHARE) * self.meaning)
        # years read by meaning may find some years but too few: a decisive gap the lowest case must assume
        short = any(years_open(c) and c.requirement.importance == "required" for c in self.checks)
        return self._total((1 - DOCUMENT_SHARE) * self.meaning_bounds[0], capped=bool(self.capping) or short)

    def upper(self) -> float:
        """Return the highest score the posting can reach once it is read by meaning and embedded."""
        if "semantic" in self.parts:
            return self._total(self.parts["semantic"])
        if self.meaning is not None:  # read: coverage and checks are final, the document cosine scales to <= 1
            return self._total(DOCUMENT_SHARE + (1 - DOCUMENT_SHARE) * self.meaning)
        best = DOCUMENT_SHARE + (1 - DOCUMENT_SHARE) * self.meaning_bounds[1]

        # years read by meaning may still close a decisive gap, so the best case has no knockout or cap from years
        def lifted(gaps: list[RequirementCheck]) -> bool:
            return all(c.requirement.kind == "experience" and years_open(c) for c in gaps)

        high = max(self.parts["coverage"], self.coverage_high)
        return self._total(best, high, knocked=not lifted(self.knocking), capped=not lifted(self.capping))

    @property
    def decisive(self) -> list[RequirementCheck]:
        """Return the required items whose lack alone disqualifies (see coverage.decisive_gaps)."""
        if self._decisive is None or self._decisive[0] is not self.checks:
            self._decisive = (self.checks, decisive_gaps(self.checks))
        return self._decisive[1]

    @property
    def capping(self) -> list[RequirementCheck]:
        """Return the decisive gaps that keep the score under the shortlist threshold (coverage.caps_score)."""
        return [c for c in self.decisive if caps_score(c)]

    @property
    def knocking(self) -> list[RequirementCheck]:
        """Return the decisive gaps that lower the score: a licence or certification, or a language, not held.

        Years short, a degree or a named tool are named first but left to coverage: knocking them out too cost
        rjdb's MRR (0.997 -> 0.994 on its first 300 jobs), since resumes written for a job often read short.
        """
        return [c for c in self.decisive if c.requirement.kind in KNOCK_KINDS]

    def _total(
        self, semantic: float, coverage: float | None = None, knocked: bool | None = None, capped: bool | None = None
    ) -> float:
        """Return the score of these parts; ``knocked``/``capped`` (default: as the checks say) for the bounds.

        Every step is monotonic in each part, so the best case of every part gives an upper bound of the score.
        """
        parts = {**self.parts, "semantic": semantic}
        if coverage is not None:
            parts["coverage"] = coverage
        raw = 100 * sum(WEIGHTS[k] * v for k, v in parts.items())
        if knocked if knocked is not None else bool(self.knocking):
            raw *= KNOCKOUT
        raw *= 0.5 + 0.5 * self.confidence
        return gap_capped(raw, self.lexical) if (capped if capped is not None else bool(self.capping)) else raw


def gap_capped(score: float, lexical: float = 0.0) -> float:
    """Return a score with a decisive gap: past GAP_KNEE it rises at GAP_SLOPE of the rate, so it stays under 70.

    A resume lacking a required licence, language, degree, named tool or most of the years asked does not
    qualify, however much else it shares with the posting; the shortlist threshold (70) means "qualifies". The
    curve keeps the order of such postings among themselves (a closer fit still ranks higher) and leaves scores
    under the knee as they were, so a gap costs little where the score already says "not a fit".

    Past the knee the resume's share of the posting's words beyond a close fit (``lexical``, the TF-IDF cosine)
    adds up to GAP_ORDER points (``_past_close_fit``), never more than half what the gap took: of two resumes
    missing the same thing, the one that shows more of the rest of the posting ranks higher, and a posting with the
    gap still ranks under one with the same parts and none (past the knee the gap always costs something). At most
    68 + 1.5, still under 70.
    """
    if score <= GAP_KNEE:
        return score
    curve = GAP_KNEE + (score - GAP_KNEE) * GAP_SLOPE
    return curve + min(GAP_ORDER * _past_close_fit(lexical), (score - curve) / 2)


def _past_close_fit(lexical: float) -> float:
    """Return how far a TF-IDF cosine is past a close fit (LEXICAL_RANGE's top, 0) toward LEXICAL_FULL (1)."""
    top = LEXICAL_RANGE[1]
    return min(1.0, max(0.0, (lexical - top) / (LEXICAL_FULL - top)))


def _scale(value: float, bounds: tuple[float, float]) -> float:
    """Return a similarity on 0-1: linear from ``low`` (0) to ``high`` (a close fit, CLOSE_FIT), then a gentle rise.

    Past a close fit the rest (1 - CLOSE_FIT) is approached exponentially, so a resume that shares still more of
    the posting's words or meaning keeps ranking above one that shares less instead of both being clipped to 1.
    """
    low, high = bounds
    if value <= high:
        return float(max(0.0, CLOSE_FIT * (value - low) / (high - low)))
    return float(CLOSE_FIT + (1.0 - CLOSE_FIT) * (1.0 - math.exp(-(value - high) / BEYOND_CLOSE_FIT)))


# the gender markers postings add to a title ("(m/w/d)", "(m/f/d)", "(f/m/x)", "(H/F)", "(all genders)") and the
# feminine endings German titles write after a slash, star, colon or bracket ("Trainer/in", "Trainer/-in",
# "Trainer*in", "Trainer:in", "Trainer(in)", "TrainerIn"): the title is the word before them
_GENDER_MARKER = re.compile(r"\(\s*(?:[mwfdxhdia*]\s*/\s*){1,3}[mwfdxhdia*]\s*\)|\(\s*all genders?\s*\)", re.I)
_FEMININE_ENDING = re.compile(
    r"(?<=[a-zäöüß])(?:(?:/-?|\*|:|_)in(?:nen)?(?![A-Za-zäöüß])|\(in(?:nen)?\))|(?<=er)In(?:nen)?\b"
)
# a German feminine title written whole ("Hundetrainerin", "Tierpflegerin", "Ingenieurin"): the same title as the
# masculine one a posting writes with its marker ("Hundetrainer/in")
_FEMININE_WORD = re.compile(r"\b([A-Za-zÄÖÜäöüß]{4,}(?:er|eur|or))in(?:nen)?\b")
# the parts of a title a dash, a bar or a colon sets apart ("Physician Assistant - Emergency Department", "Court
# Associate | Welsh essential", "Hundetrainer/in - Dog Trainer"): a held title may fit one part whole
_TITLE_PARTS = re.compile(r"\s+[-–—|:]\s+|\s*[|]\s*")
TITLE_WORDS = Path(__file__).with_name("data") / "title_words.yaml"  # provenance in data/PROVENANCE.md


@lru_cache(maxsize=1)
def _title_synonyms() -> dict[str, str]:
    """Return each title word's stem mapped to its group's first word's stem (``data/title_words.yaml``)."""
    data = yaml.safe_load(TITLE_WORDS.read_text(encoding="utf-8")) or {}
    found: dict[str, str] = {}
    for group in data.get("groups", []):
        first = min(key_terms(str(group[0])), default=str(group[0]))
        for word in group:
            for term in key_terms(str(word)):
                found[term] = first
    return found


def _ungendered(title: str) -> str:
    """Return a title without its gender markers and feminine endings ("Hundetrainer/in (m/w/d)" -> "Hundetrainer")."""
    return _FEMININE_WORD.sub(r"\1", _FEMININE_ENDING.sub("", _GENDER_MARKER.sub(" ", title)))


@lru_cache(maxsize=65536)
def title_terms(title: str) -> frozenset[str]:
    """Return a title's meaningful stems ('Sr. Back-End Engineer' -> {'back-end', 'engin'}), seniority dropped.

    Gender markers and feminine endings are dropped ("Hundetrainer/in (m/w/d)", "Hundetrainerin": "hundetrain"), and
    words of one group in ``data/title_words.yaml`` read as one ("UAV Pilot", "Drone Pilot").
    """
    text = (
        _ungendered(title)
        .lower()
        .replace("full stack", "full-stack")
        .replace("back end", "back-end")
        .replace("front end", "front-end")
    )
    synonyms = _title_synonyms()
    return frozenset(synonyms.get(t, t) for t in key_terms(text.replace("/", " ")) if t not in _TITLE_NOISE)


def title_fit(title: str, roles: Sequence[str], held: Sequence[str] = ()) -> float:
    """Return how well a job title fits wanted roles (share of the role's words) or held titles (share of the job's).

    A held title that holds every word of one part of the job title a dash or a bar sets apart (two words or more),
    and no word the job title lacks, fits whole: "Claims Handler" fits "Claims Handler - Motor Injury", as "Dog
    Trainer" fits "Hundetrainer/in (m/w/d) - Dog Trainer"; the other parts name a department, a shift or a place that
    no held title shows. One word of a part fits nothing more ("Frontend Engineer" for "Engineer - Backend").
    """
    words = title_terms(title)
    if not words:
        return 0.0
    best = 0.0
    for role in roles:
        wanted = title_terms(role)
        if wanted:
            best = max(best, len(words & wanted) / len(wanted))
    parts = [title_terms(p) for p in _TITLE_PARTS.split(_ungendered(title))] if held else []
    # a part is a title of its own only with two words or more ("Backend", "Contract", "Python" are not), and the
    # held title fits it only whole, with no word the job title lacks ("Team Lead, Retail Store" is no "Team Lead")
    parts = [p for p in parts if len(p) >= 2 and p != words]
    for past in held:
        had = title_terms(past)
        if had:
            best = max(best, len(words & had) / len(words))
            if any(part <= had and had <= words for part in parts):
                best = 1.0
    return best


class MatchingService:
    """Scores postings against a resume and explains each score."""

    def __init__(
        self,
        vectors: VectorStore,
        cache_path: Path | None = None,
        refiner: RequirementRefiner | None = None,
        reranker: Reranker | None = None,
    ) -> None:
        """``refiner`` and ``reranker`` are the optional LLM steps (None offline: rules only)."""
        self.vectors = vectors
        self.refiner = refiner
        self.reranker = reranker
        self._requirements = RequirementsCache(cache_path or _default_cache_path(vectors))
        self._coverage: dict[tuple[str, str, str], _Coverage] = {}
        self._filters: dict[tuple[object, ...], list[FilterResult]] = {}
        self._index: tuple[tuple[str, ...], TfidfIndex] | None = None
        self._matches: dict[tuple[object, ...], Match] = {}
        self.last_embedded = 0

    def requirements(self, job: JobPosting) -> PostingRequirements:
        """Return the posting's requirements, extracted once per content hash (cached on disk when possible)."""
        found = self._requirements.get_many({job.content_hash: (job.title, job.description_text)})[job.content_hash]
        return placed(found, job)

    @property
    def requirements_extracted(self) -> int:
        """Return how many postings this service has run requirement extraction on (cache misses)."""
        return self._requirements.extracted

    def jobs_like(self, job: JobPosting, limit: int = 5) -> list[dict[str, object]]:
        """Return stored postings nearest in meaning to this one (itself left out): job_id, title, distance."""
        text = job.matching_text()[:EMBED_CHARS]
        self.vectors.vectors_for(
            JOBS, {job.content_hash: text}, {job.content_hash: {"job_id": job.id, "title": job.title}}
        )
        found = self.vectors.similar(JOBS, text, limit + 1)
        return [
            {"job_id": f["metadata"].get("job_id"), "title": f["metadata"].get("title"), "distance": f["distance"]}
            for f in found
            if f["id"] != job.content_hash
        ][:limit]

    def resume_support(self, claim: str, resume: Resume, limit: int = 3) -> list[dict[str, object]]:
        """Return the resume lines that best support a claim ("what in my resume supports X"), nearest first."""
        resume_key = content_hash(resume.full_text())
        lines = {content_hash(resume_key, line): line for line in resume.evidence_lines() if line.strip()}
        self.vectors.add(RESUME_LINES, lines, {k: {"resume": resume_key} for k in lines})
        found = self.vectors.similar(RESUME_LINES, claim, limit, where={"resume": resume_key})
        return [{"line": f["document"], "distance": f["distance"]} for f in found]

    def rank(self, jobs: Sequence[JobPosting], resume: Resume, filters: JobFilters, plan: SearchPlan) -> RankedJobs:
        """Return matches best first; excluded postings come last with their failed filters."""
        return self.rank_evidence(jobs, resume_evidence.from_resume(resume), filters, plan)

    def rank_evidence(
        self,
        jobs: Sequence[JobPosting],
        evidence: ResumeEvidence,
        filters: JobFilters,
        plan: SearchPlan,
        corpus: Sequence[JobPosting] | None = None,
    ) -> RankedJobs:
        """Rank postings against resume evidence (from a JSON Resume or a plain-text resume).

        Postings with identical text are scored once and the score copied (filters still run per posting).
        ``corpus`` (default: the postings themselves) is the set whose TF-IDF vectors are built and kept; the
        term statistics come from the fixed background corpus, so scores never depend on it.
        """
        if not jobs:
            return RankedJobs(matches=[], shortlist=[])
        # tens of thousands of small objects per ranking would trigger full garbage-collection passes over the
        # whole cache (seconds at 10,000 postings); nothing here makes reference cycles, so collect afterwards
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._rank(jobs, evidence, filters, plan, corpus)
        finally:
            if enabled:
                gc.enable()

    def _rank(
        self,
        jobs: Sequence[JobPosting],
        evidence: ResumeEvidence,
        filters: JobFilters,
        plan: SearchPlan,
        corpus: Sequence[JobPosting] | None,
    ) -> RankedJobs:
        resume_key = evidence.key  # text, dates and languages: what coverage and built matches depend on
        texts = [job.content_hash for job in jobs]  # a sha256 of the text: computed once per ranking
        by_text = _first_of_each(texts, jobs)
        read = self._requirements.get_many({h: (j.title, j.description_text) for h, j in by_text})
        # a licence asked without its state is asked where the job is: one text posted in two states is scored in
        # each, and postings of one text in one place (or asking no place) are scored once
        keys = [_placed_key(h, place_for(read[h], job)) for h, job in zip(texts, jobs, strict=True)]
        unique = _first_of_each(keys, jobs)
        corpus_keyed = _unique(corpus) if corpus is not None else by_text
        lexical = dict(zip([h for h, _ in by_text], self._lexical(by_text, corpus_keyed, evidence), strict=True))
        found = {h: placed(read[job.content_hash], job) for h, job in unique}
        checked: dict[tuple[object, ...], RequirementCheck] = {}  # this resume's checks, by requirement
        scored = {
            h: self._cheap(h, job, found[h], evidence, resume_key, plan, float(lexical[job.content_hash]), memo=checked)
            for h, job in unique
        }
        filters_key = content_hash(filters.model_dump_json(), date.today().isoformat())
        job_filters = [self._filtered(job, h, filters, filters_key) for job, h in zip(jobs, keys, strict=True)]
        open_ = {h for h, results in zip(keys, job_filters, strict=True) if _passed(results)}
        if self.refiner is not None and self.refiner.top_k > 0:
            self._refine(scored, open_, evidence, resume_key, plan)
        self._cascade([s for h, s in scored.items() if h in open_], evidence, plan)
        totals = {h: s.score() for h, s in scored.items()}
        full = set(sorted(totals, key=totals.__getitem__, reverse=True)[:FULL_EXPLAINED])  # stable, as before
        held_years = round(evidence.total_years, 1) if evidence.roles else None
        matches = [
            self._match(job, scored[h], results, evidence, h in full, (resume_key, h, held_years))
            for job, h, results in zip(jobs, keys, job_filters, strict=True)
        ]
        matches.sort(key=lambda m: (m.excluded, -m.score))
        if self.reranker is not None and self.reranker.top_k > 0:
            by_id = {job.id: job for job in jobs}
            matches = self.reranker.rerank(matches, by_id, evidence, resume_key, threshold=plan.min_score)
        eligible = [m.job_id for m in matches if not m.excluded and m.score >= plan.min_score]
        return RankedJobs(matches=matches, shortlist=eligible[: plan.max_applications])

    def _filtered(self, job: JobPosting, key_hash: str, filters: JobFilters, filters_key: str) -> list[FilterResult]:
        """Return the hard-filter results, memoized per posting facts, filters and day."""
        facts = (job.id, key_hash, job.location_text, repr(job.salary), job.date_posted, job.seniority)
        where = (job.remote, tuple(job.remote_countries))
        key = (*facts, job.employment_type, *where, stated_industries(job), filters_key)
        if key not in self._filters:
            if len(self._filters) > 200_000:
                self._filters.clear()
            self._filters[key] = apply_filters(job, filters)
        return self._filters[key]

    def _lexical(self, jobs: Keyed, corpus: Keyed, evidence: ResumeEvidence) -> np.ndarray:
        """Return the TF-IDF cosine of the resume and each posting (idf from the fixed background corpus).

        Each cosine depends on the two texts alone; ``corpus`` only says which postings' vectors to build (and
        keep for the next ranking), so scoring one posting beside a large, already built set costs nothing.
        """
        hashes = tuple(h for h, _ in corpus)
        if self._index is None or self._index[0] != hashes:
            self._index = (hashes, TfidfIndex([Counter(terms(job.matching_text())) for _, job in corpus]))
        query = Counter(terms(evidence.text))
        similarity = self._index[1].query(query)
        if corpus is jobs:
            return similarity
        row = {h: i for i, h in enumerate(hashes)}
        outside = [job for h, job in jobs if h not in row]
        more: dict[str, float] = {}
        if outside:
            extra = TfidfIndex([Counter(terms(job.matching_text())) for job in outside]).query(query)
            more = {job.content_hash: float(v) for job, v in zip(outside, extra, strict=True)}
        return np.asarray([similarity[row[h]] if h in row else more[h] for h, _ in jobs])

    def _refine(
        self, scored: dict[str, _Scored], open_: set[str], evidence: ResumeEvidence, resume_key: str, plan: SearchPlan
    ) -> None:
        """Let the LLM refine the requirements of the best-placed open postings, then score those again."""
        assert self.refiner is not None
        best = sorted((h for h in scored if h in open_), key=lambda h: -scored[h].score())[: self.refiner.top_k]
        refined = self.refiner.refine(
            {h: (scored[h].job.title, scored[h].job.description_text) for h in best},
            {h: scored[h].requirements for h in best},
            self._requirements.version,
        )
        for h, answer in refined.items():
            old = scored[h]
            requirements = placed(answer, old.job)  # a model's list asks its licences where the job is too
            variant = "llm" if any(r.source == "llm" for r in requirements.requirements) else ""
            new = self._cheap(h, old.job, requirements, evidence, resume_key, plan, old.lexical, variant)
            if _gaps(old.checks) and not _gaps(new.checks):
                # the model may correct the list, but never on its own take a posting to "nothing missing"
                note = "LLM refinement would have left nothing missing of what the rules found missing; rules kept"
                kept = old.requirements.model_copy(update={"notes": [*old.requirements.notes, note]})
                new = self._cheap(h, old.job, kept, evidence, resume_key, plan, old.lexical)
            scored[h] = new

    def _cheap(
        self,
        key: str,
        job: JobPosting,
        requirements: PostingRequirements,
        evidence: ResumeEvidence,
        resume_key: str,
        plan: SearchPlan,
        lexical: float,
        variant: str = "",
        memo: dict[tuple[object, ...], RequirementCheck] | None = None,
    ) -> _Scored:
        pair = (resume_key, key, variant)  # variant: "llm" when the requirements were refined by a model
        if pair not in self._coverage:
            if len(self._coverage) > 200_000:
                self._coverage.clear()
            share, checks = coverage(requirements, evidence, memo)
            labels = {id(c): _label(c) for c in checks}
            years = evidence.total_years if evidence.roles else None  # what years by meaning can reach at most
            self._coverage[pair] = (share, checks, labels, meaning_bounds(checks, years), coverage_high(checks, years))
        share, checks, labels, bounds, high = self._coverage[pair]
        confidence = requirements.confidence
        if evidence.notes and any(c.requirement.kind == "experience" for c in checks):
            confidence = min(confidence, 0.8)
        parts = {
            "coverage": share,
            "title": title_fit(job.title, plan.roles, evidence.titles),
            "lexical": _scale(lexical, LEXICAL_RANGE),
        }
        return _Scored(job, requirements, checks, labels, parts, lexical, confidence, bounds, high)

    def _cascade(self, open_: list[_Scored], evidence: ResumeEvidence, plan: SearchPlan) -> None:
        """Read by meaning and embed best-first, only while a posting can still reach the top K; K's order stays exact.

        Each round (matching/cascade.py) reads the requirements of the best-placed unread postings that can still
        reach the floor (the K-th best lower bound) and embeds whole the best-placed read ones; it stops when no
        posting that is not exact reaches the floor. A skill line read in one posting gives its credit to every
        unread posting asking for it, whose bounds tighten. Capped at MAX_READ read and MAX_EMBEDDED embedded.
        """
        self.last_embedded = 0
        keep = max(plan.max_applications, TOP_EXACT)
        if len(open_) <= keep:
            self._semantic(open_, evidence)
            return
        lower = np.asarray([s.score() for s in open_])
        upper = np.asarray([s.upper() for s in open_])
        read = np.zeros(len(open_), dtype=bool)
        exact = np.zeros(len(open_), dtype=bool)
        sharing = _sharing(open_)
        known: dict[str, float] = {}  # requirement text -> similarity to its nearest resume line, once read
        years = evidence.total_years if evidence.roles else None
        while True:
            step = cascade.next_round(lower, upper, read, exact, keep)
            to_read = step.read[: max(0, MAX_READ - int(read.sum()))]
            to_embed = step.embed[: max(0, MAX_EMBEDDED - int(exact.sum()))]
            if not to_read and not to_embed:
                break
            self._read([open_[i] for i in to_read], evidence)
            self._embed([open_[i] for i in to_embed], evidence)
            read[to_read] = True
            exact[to_embed] = True
            for i in (*to_read, *to_embed):
                lower[i], upper[i] = open_[i].score(), open_[i].upper()
            # a line read in one posting has the same nearest resume line in every other: tighten their bounds
            bar = cascade.floor(lower, keep)  # a posting under it now stays under: leave it be
            for i in {i for text in _learn([open_[i] for i in to_read], known) for i in sharing.get(text, ())}:
                if not read[i] and upper[i] >= bar:
                    open_[i].meaning_bounds = meaning_bounds(open_[i].checks, years, known)
                    lower[i], upper[i] = open_[i].score(), open_[i].upper()

    def _semantic(self, candidates: list[_Scored], evidence: ResumeEvidence) -> None:
        """Score the semantic part: requirement coverage by meaning, and the whole-document cosine."""
        self._read(candidates, evidence)
        self._embed(candidates, evidence)

    def _read(self, candidates: list[_Scored], evidence: ResumeEvidence) -> None:
        """Read requirements by meaning: each skill against its nearest resume line, years by roles about them."""
        if not candidates:
            return
        wanted = [c.requirement.text for s in candidates for c in s.checks if c.requirement.kind in MEANING_KINDS]
        subjects = [subject_line(c.requirement.subject) for s in candidates for c in s.checks if years_open(c)]
        titles = title_lines(evidence) if subjects else []
        by_line = line_vectors(self.vectors, [*evidence.lines, *wanted, *subjects, *titles])
        for item in candidates:
            checks = with_nearest_lines(item.checks, evidence.lines, by_line)
            if any(years_open(c) for c in checks):
                checks = with_years_by_meaning(checks, evidence, by_line)
                item.parts["coverage"] = rule_coverage(checks)
            item.labels = {id(new): item.label(old) for old, new in zip(item.checks, checks, strict=True)}
            item.checks = checks
            item.meaning = coverage_by_meaning(checks)

    def _embed(self, candidates: list[_Scored], evidence: ResumeEvidence) -> None:
        """Embed read postings whole: the cosine of resume and posting completes the semantic part."""
        if not candidates:
            return
        texts = {s.job.content_hash: s.job.matching_text()[:EMBED_CHARS] for s in candidates}
        metadata = {s.job.content_hash: {"job_id": s.job.id, "title": s.job.title} for s in candidates}
        before = self.vectors.embedder.texts_embedded
        job_vectors = self.vectors.vectors_for(JOBS, texts, metadata)
        resume_key = content_hash(evidence.text)
        resume_vector = np.asarray(self.vectors.vectors_for(RESUME_CHUNKS, {resume_key: evidence.text})[resume_key])
        self.last_embedded += self.vectors.embedder.texts_embedded - before
        for item in candidates:
            assert item.meaning is not None, "a posting is read by meaning before it is embedded"
            item.semantic = float(np.dot(resume_vector, np.asarray(job_vectors[item.job.content_hash])))
            document = _scale(item.semantic, SEMANTIC_RANGE)
            item.parts["semantic"] = DOCUMENT_SHARE * document + (1 - DOCUMENT_SHARE) * item.meaning

    def _match(
        self,
        job: JobPosting,
        item: _Scored,
        filters: list[FilterResult],
        evidence: ResumeEvidence,
        full: bool,
        key: tuple[str, str, float | None],
    ) -> Match:
        """Return the Match; outside the top FULL_EXPLAINED the per-requirement list is left out (light).

        Built Matches are memoized on everything they show (resume and posting hashes, scores, filter results),
        so a warm re-ranking of unchanged postings reuses them instead of building 10,000 models again.
        """
        resume_key, posting_key, held_years = key
        memo = (
            *key,
            job.id,
            job.title,
            full,
            item.meaning,  # read by meaning or not: the checks then carry their nearest lines
            item.semantic,
            item.lexical,
            item.confidence,
            tuple(item.parts.items()),
            tuple(item.requirements.notes),  # tells rule-based from LLM-refined requirements of one posting
            tuple((f.name, f.passed, f.reason) for f in filters),
        )
        found = self._matches.get(memo)
        if found is not None:
            return found
        if len(self._matches) > MATCH_MEMO:
            self._matches.clear()
        self._matches[memo] = match = self._build_match(job, item, filters, evidence, full, held_years)
        return match

    def _build_match(
        self,
        job: JobPosting,
        item: _Scored,
        filters: list[FilterResult],
        evidence: ResumeEvidence,
        full: bool,
        held_years: float | None,
    ) -> Match:
        met = [c for c in item.checks if c.status in ("met", "partial") and c.evidence]
        by_meaning = [c for c in item.checks if c.status == "missing" and met_by_meaning(c)]
        gaps = [c for c in _gaps(item.checks) if not met_by_meaning(c)]
        experience = [c for c in item.checks if c.requirement.kind == "experience" and c.requirement.years]
        required_years = max((c.requirement.years or 0 for c in experience), default=None)
        return Match(
            job_id=job.id,
            score=round(min(100.0, item.score()), 1),
            semantic=round(item.semantic or 0.0, 4),
            lexical=round(item.lexical, 4),
            matched=[MatchedTerm(term=item.label(c), evidence=c.evidence) for c in met]
            + [MatchedTerm(term=item.label(c), evidence=c.similar_line) for c in by_meaning]
            if full
            else [],
            missing=[_missing_label(item, c, evidence) for c in _unmet(item.checks, item.decisive, gaps)],
            filters=filters,
            reasons=_reasons(item, filters, gaps, evidence),
            excluded=not _passed(filters),
            requirements=_judged_by_filters(item.checks, filters) if full else [],
            components={k: round(v, 3) for k, v in item.parts.items()},
            years_required=required_years,
            years_held=held_years,
            confidence=round(item.confidence, 2),
            stage=_stage(item),
        )


def _judged_by_filters(checks: list[RequirementCheck], filters: list[FilterResult]) -> list[RequirementCheck]:
    """Return the checks with the posting's authorization items shown as the authorization filter judged them.

    The profile, not the resume, answers them: met, unknown (check the profile) or, when the filter excluded the
    posting, missing. They weigh nothing in the score, so only what is shown changes.
    """
    judged = next((f for f in filters if f.name == "authorization"), None)
    if judged is None:
        return checks
    status = authorization.status_of(judged)
    update = {"status": status, "credit": 1.0 if status == "met" else 0.0, "note": judged.reason}
    return [c.model_copy(update=update) if c.requirement.kind == "authorization" else c for c in checks]


def _learn(items: list[_Scored], known: dict[str, float]) -> list[str]:
    """Add the similarities of the read items' skill lines to ``known``; return the texts that were new."""
    new = {c.requirement.text: c.similarity for s in items for c in s.checks if c.similarity is not None}
    fresh = [text for text in new if text not in known]
    known.update(new)
    return fresh


def _sharing(items: list[_Scored]) -> dict[str, list[int]]:
    """Return, for each skill requirement's text, the postings (by index) that ask for it."""
    out: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for text in {c.requirement.text for c in item.checks if c.requirement.kind in MEANING_KINDS}:
            out.setdefault(text, []).append(index)
    return out


def _stage(item: _Scored) -> str:
    """Return how far the cascade took a posting: embedded whole, its requirements read by meaning, or neither."""
    if item.semantic is not None:
        return "full"
    return "requirements" if item.meaning is not None else "lexical"


def _unique(jobs: Sequence[JobPosting]) -> Keyed:
    return list({job.content_hash: job for job in jobs}.items())


def _first_of_each(keys: list[str], jobs: Sequence[JobPosting]) -> Keyed:
    """Return (key, posting) for the first posting of each key, in the postings' order."""
    return list(dict(zip(reversed(keys), reversed(jobs), strict=True)).items())[::-1]


def _placed_key(text_hash: str, place: str | None) -> str:
    """Return the key a posting is scored under: its text's hash, with the place its licences are asked in."""
    return f"{text_hash}@{place}" if place else text_hash


def _gaps(checks: list[RequirementCheck]) -> list[RequirementCheck]:
    """Return the required items the resume misses by their words (what 'missing' lists before meaning)."""
    return [c for c in checks if c.status == "missing" and c.requirement.importance == "required"]


def _passed(filters: list[FilterResult]) -> bool:
    return all(f.passed for f in filters)


def _default_cache_path(vectors: VectorStore) -> Path | None:
    """Return the requirements cache beside a persistent Chroma directory (None for a Chroma server)."""
    settings = getattr(vectors.client, "get_settings", None)
    if settings is None or not settings().is_persistent:
        return None
    return Path(settings().persist_directory).parent / "matching_cache.sqlite"


def _label(check: RequirementCheck) -> str:
    req = check.requirement
    if req.kind == "experience":
        what = req.subject or ", ".join(req.skills) or "experience"
        return f"{req.years:g}+ years {what}"
    if req.kind == "certification" and req.credentials and req.subject:
        return req.subject + (f" ({' or '.join(req.jurisdictions)})" if req.jurisdictions else "")
    if req.kind == "skill" and req.skills and len(req.text) > 60:
        # "Oracle OPERA Cloud": the product is named, not its maker ("Oracle") alone
        named = named_products(req.text)
        if named.makers:
            return ", ".join([*own_skills(req.text, req.skills), *(spellings[0] for spellings in named.asked)])
        if named.asked:
            # a product item is labelled by its products: "Bosch KTS 590 diagnostic software" asks the product, not
            # the general skill its kind's words read as ("diagnostic": Troubleshooting); its own named skills stay
            own = [s for s in req.skills if s not in GENERAL_SKILLS]
            return ", ".join([*(spellings[0] for spellings in named.asked), *own])
        return ", ".join(req.skills)
    if req.kind == "skill" and not req.subject and len(req.text) > 60 and named_tool_missing(check):
        # "hands-on w/ Autel MaxiIM IM608 (every van runs it, ...)": the products lacking, by their names
        return ", ".join(spellings[0] for spellings in named_products(req.text).asked)
    return req.subject if req.kind == "skill" and req.subject else plain_line(req.text, 80)


def _unmet(
    checks: list[RequirementCheck], decisive: list[RequirementCheck], gaps: list[RequirementCheck]
) -> list[RequirementCheck]:
    """Return what the resume lacks, in the posting's order: the decisive gaps first, then the other missing items.

    A line of prose read as a skill ("Field work involves visits ...") must not stand before the licence or the
    product lacking; among decisive gaps the posting's order stands, so ``missing[0]`` may name another gap than the
    first reason does.
    """
    first = {id(c) for c in decisive}
    rest = {id(c) for c in gaps}
    return [c for c in checks if id(c) in first] + [c for c in checks if id(c) in rest and id(c) not in first]


def _missing_label(item: _Scored, check: RequirementCheck, evidence: ResumeEvidence) -> str:
    """Return a missing item's label naming only what the resume lacks (a listed skill it has is not missing)."""
    req = check.requirement
    if req.kind == "skill" and len(req.skills) > 1:
        lacking = [s for s in req.skills if s not in evidence.skills]
        if lacking and len(lacking) < len(req.skills):
            return ", ".join(lacking)
    return item.label(check)


def _decisive_reason(item: _Scored, check: RequirementCheck) -> str:
    """Return the line naming a decisive gap: what is asked (label and the posting's words) and what the resume has."""
    req = check.requirement
    asked = item.label(check)
    quote = posting_words(req.text, asked)
    if quote and quote.lower() != asked.lower():
        asked = f"{asked} ('{quote}')"
    if req.kind == "experience" and check.years_held:
        return f"short of {asked}: {check.note}"
    return f"missing: {asked}" + (f"; {check.note}" if check.note else "")


QUOTE_MAX = 110  # the most of a posting's item quoted beside a gap's label
# where a long item's clauses part: a semicolon, a sentence's end, a spaced dash, a comma before a clause of its own
_CLAUSE_CUT = re.compile(r";\s*|(?<=[.!?])\s+|\s+[-–—]\s+|,\s+(?=(?:with|holding|and|including|plus)\s)")


def posting_words(text: str, label: str) -> str:
    """Return the posting's words to quote beside a gap's label: its item, or the item's clause naming the label.

    The label is the vocabulary's name ("Barber licence", "Registered Anaesthetic Technician"); the posting's own
    words name what it asks ("NYS Master Barber license", "Registered as an Anaesthetic Technician with the Medical
    Sciences Council"). A long item is cut to the clause sharing most of the label's words; none shares any: ''.
    """
    text = clean_line(text)  # a board's zero-width or control characters are never shown
    if len(text) <= QUOTE_MAX:
        return text
    wanted = key_terms(label)
    clauses = [c.strip() for c in _CLAUSE_CUT.split(text) if len(c.strip()) <= QUOTE_MAX]
    shared, best = max(((len(wanted & key_terms(c)), c) for c in clauses), key=lambda x: x[0], default=(0, ""))
    return best if shared else ""


def _reasons(
    item: _Scored, filters: list[FilterResult], gaps: list[RequirementCheck], evidence: ResumeEvidence
) -> list[str]:
    reasons = [f"excluded: {f.reason}" for f in filters if not f.passed]
    decisive = item.decisive
    if decisive:
        # the first reason an unqualified candidate reads is what disqualifies them, in the posting's words
        reasons.append(_decisive_reason(item, decisive[0]))
    weighed = [
        c for c in item.checks if c.requirement.kind in ("skill", "experience", "degree", "certification", "language")
    ]
    required = [c for c in weighed if c.requirement.importance == "required"]
    if required:
        met = sum(1 for c in required if c.status == "met")
        reasons.append(f"meets {met}/{len(required)} required ({item.parts['coverage']:.0%} coverage)")
    elif weighed:
        reasons.append(f"{item.parts['coverage']:.0%} of the posting's skills covered")
    if item.parts["title"] >= 0.5:
        reasons.append(f"title fits '{item.job.title}'")
    for check in [c for c in item.checks if c.requirement.kind == "experience" and c.note][:2]:
        reasons.append(f"{item.label(check)}: {check.note}")
    rest = [c for c in gaps if not decisive or c is not decisive[0]]
    if rest:
        reasons.append(f"missing: {'; '.join(item.label(c) for c in rest[:3])}")
    for check in [c for c in item.checks if c.status != "met" and met_by_meaning(c)][:2]:
        near = plain_line(check.similar_line, 80)
        reasons.append(f"close in meaning ({check.similarity:.2f}): {item.label(check)} ~ '{near}'")
    asked = list(dict.fromkeys(c.requirement.subject for c in item.checks if c.requirement.kind == "condition"))
    if asked:
        reasons.append(f"conditions of employment (shown, not scored): {'; '.join(asked)}")
    reasons.extend(f"work authorization: {f.reason}" for f in filters if f.passed and f.name == "authorization")
    reasons.extend(item.requirements.notes)
    reasons.extend(f"resume: {note}" for note in evidence.notes[:2])
    if item.semantic is None:
        read = "requirements read by meaning, the posting " if item.meaning is not None else ""
        reasons.append(
            f"similarity {item.lexical:.2f} lexical ({read}not embedded: cannot reach the top {TOP_EXACT}; "
            "the score is the lowest it could be)"
        )
    else:
        reasons.append(f"similarity {item.semantic:.2f} semantic, {item.lexical:.2f} lexical")
    return reasons
