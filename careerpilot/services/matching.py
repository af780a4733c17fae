"""Baseline matching: hard filters, then TF-IDF + MiniLM cosine + skill coverage + title fit, as 0-100.

What a score means (calibrated on examples/): 70+ is a role in the plan's family whose named skills the
resume mostly covers; 50-70 is adjacent work; under 40 is another field. The matching issue replaces this
baseline with requirement-level scoring; the Match it returns keeps the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting, content_hash
from careerpilot.domain.matching import Match, MatchedTerm
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import find_skills
from careerpilot.memory.vectors import JOBS, RESUME_CHUNKS, VectorStore
from careerpilot.services.filtering import apply_filters

WEIGHTS = {"semantic": 0.40, "lexical": 0.20, "coverage": 0.25, "title": 0.15}
_WORD = re.compile(r"[a-z0-9+#]+")


@dataclass(frozen=True)
class RankedJobs:
    """Every posting's match, best first, and the ids shortlisted for documents."""

    matches: list[Match]
    shortlist: list[str]


def _scale(value: float, low: float, high: float) -> float:
    return float(min(1.0, max(0.0, (value - low) / (high - low))))


def _title_words(text: str) -> set[str]:
    text = (
        text.lower().replace("back-end", "backend").replace("front-end", "frontend").replace("full-stack", "fullstack")
    )
    return set(_WORD.findall(text.replace("full stack", "fullstack"))) - {"and", "the", "of", "senior", "sr", "ii"}


def title_fit(title: str, roles: Sequence[str]) -> float:
    """Return the best share of a wanted role's words that the job title has (0-1)."""
    words = _title_words(title)
    best = 0.0
    for role in roles:
        wanted = _title_words(role)
        if wanted:
            best = max(best, len(words & wanted) / len(wanted))
    return best


def _evidence(resume: Resume, skill: str) -> str:
    for line in resume.evidence_lines():
        if skill in find_skills(line):
            return line
    return ""


class MatchingService:
    """Scores postings against a resume."""

    def __init__(self, vectors: VectorStore) -> None:
        self.vectors = vectors

    def rank(self, jobs: Sequence[JobPosting], resume: Resume, filters: JobFilters, plan: SearchPlan) -> RankedJobs:
        """Return matches best first; excluded postings come last with their failed filters."""
        if not jobs:
            return RankedJobs(matches=[], shortlist=[])
        resume_text = resume.full_text()
        semantic = self._semantic(jobs, resume_text)
        lexical = self._lexical(jobs, resume_text)
        resume_skills = find_skills(resume_text)
        matches = [
            self._match(job, resume, resume_skills, filters, plan, semantic[i], lexical[i])
            for i, job in enumerate(jobs)
        ]
        matches.sort(key=lambda m: (m.excluded, -m.score))
        eligible = [m.job_id for m in matches if not m.excluded and m.score >= plan.min_score]
        return RankedJobs(matches=matches, shortlist=eligible[: plan.max_applications])

    def _semantic(self, jobs: Sequence[JobPosting], resume_text: str) -> list[float]:
        job_texts = {job.content_hash: job.matching_text() for job in jobs}
        job_vectors = self.vectors.vectors_for(JOBS, job_texts, {j.content_hash: {"job_id": j.id} for j in jobs})
        resume_key = content_hash(resume_text)
        resume_vector = np.asarray(self.vectors.vectors_for(RESUME_CHUNKS, {resume_key: resume_text})[resume_key])
        return [float(np.dot(resume_vector, np.asarray(job_vectors[job.content_hash]))) for job in jobs]

    def _lexical(self, jobs: Sequence[JobPosting], resume_text: str) -> list[float]:
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, ngram_range=(1, 2), min_df=1)
        matrix = vectorizer.fit_transform([resume_text, *(job.matching_text() for job in jobs)])
        return [float(v) for v in (matrix[1:] @ matrix[0].T).toarray().ravel()]

    def _match(
        self,
        job: JobPosting,
        resume: Resume,
        resume_skills: set[str],
        filters: JobFilters,
        plan: SearchPlan,
        semantic: float,
        lexical: float,
    ) -> Match:
        job_skills = find_skills(job.matching_text())
        covered = sorted(job_skills & resume_skills)
        missing = sorted(job_skills - resume_skills)
        coverage = len(covered) / len(job_skills) if job_skills else 0.5
        title = title_fit(job.title, plan.roles)
        parts = {
            "semantic": _scale(semantic, 0.15, 0.55),
            "lexical": _scale(lexical, 0.0, 0.25),
            "coverage": coverage,
            "title": title,
        }
        score = round(100 * sum(WEIGHTS[k] * v for k, v in parts.items()), 1)
        filter_results = apply_filters(job, filters)
        failed = [f for f in filter_results if not f.passed]
        reasons = [f"excluded: {f.reason}" for f in failed]
        if title >= 0.5:
            reasons.append(f"title fits '{job.title}'")
        if covered:
            reasons.append(f"{len(covered)}/{len(job_skills)} named skills covered: {', '.join(covered[:4])}")
        if missing:
            reasons.append(f"missing: {', '.join(missing[:3])}")
        reasons.append(f"similarity {semantic:.2f} semantic, {lexical:.2f} lexical")
        return Match(
            job_id=job.id,
            score=score,
            semantic=round(semantic, 4),
            lexical=round(lexical, 4),
            matched=[MatchedTerm(term=s, evidence=_evidence(resume, s)) for s in covered],
            missing=missing,
            filters=filter_results,
            reasons=reasons,
            excluded=bool(failed),
        )
