"""Long-term memory of verdicts: jobs like one the user rejected rank lower next time, and say why.

Each verdict is stored in Chroma with the job's vector (the one matching already computed, keyed by
content hash), so recording costs no embedding and ranking looks up neighbours by meaning, not by title.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from careerpilot.domain.feedback import Feedback, Verdict
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.plan import SearchPlan
from careerpilot.matching.service import RankedJobs
from careerpilot.memory.sql import Store
from careerpilot.memory.vectors import JOBS, VectorStore

log = logging.getLogger(__name__)
FEEDBACK = "feedback"
SIMILAR = 0.80  # cosine at or above which two postings count as "a job like this one"
MAX_PENALTY = 30.0  # points taken from an identical posting; less as similarity falls to SIMILAR
APPROVAL_BONUS = 5.0


class FeedbackService:
    """Records verdicts and re-ranks matches by them."""

    def __init__(self, store: Store, vectors: VectorStore) -> None:
        self.store = store
        self.vectors = vectors

    def record(self, job_id: str, verdict: Verdict, reason: str = "") -> Feedback:
        """Remember a verdict on a job (the latest verdict on a job replaces earlier ones)."""
        job = self.store.get_job(job_id)
        vector = self._vectors([job])[job.content_hash]
        feedback = Feedback(
            job_id=job.id,
            verdict=verdict,
            reason=reason.strip(),
            title=job.title,
            company=job.company,
            at=datetime.now(UTC),
        )
        metadata = {"verdict": verdict, "reason": feedback.reason, "title": job.title, "company": job.company or ""}
        self.vectors.call(
            FEEDBACK, "upsert", ids=[job.id], embeddings=[vector], documents=[job.matching_text()], metadatas=[metadata]
        )
        self.store.audit("feedback", None, feedback.model_dump(mode="json"))
        return feedback

    def recent(self, limit: int = 50) -> list[Feedback]:
        """Return recorded verdicts, newest first."""
        events = self.store.audit_events(action="feedback")
        return [Feedback.model_validate(e["detail"]) for e in reversed(events[-limit:])]

    def rerank(self, ranked: RankedJobs, jobs: dict[str, JobPosting], plan: SearchPlan) -> RankedJobs:
        """Lower jobs like rejected ones and lift jobs like approved ones, then shortlist again."""
        if self.vectors.call(FEEDBACK, "count") == 0:
            return ranked
        vectors = self._vectors([jobs[m.job_id] for m in ranked.matches if m.job_id in jobs])
        matches = [self._adjust(m, jobs[m.job_id], vectors) if m.job_id in jobs else m for m in ranked.matches]
        matches.sort(key=lambda m: (m.excluded, -m.score))
        eligible = [m.job_id for m in matches if not m.excluded and m.score >= plan.min_score]
        return RankedJobs(matches=matches, shortlist=eligible[: plan.max_applications])

    def _adjust(self, match: Match, job: JobPosting, vectors: dict) -> Match:
        result = self.vectors.call(
            FEEDBACK,
            "query",
            query_embeddings=[vectors[job.content_hash]],
            n_results=1,
            include=["distances", "metadatas"],
        )
        if not result["ids"][0]:
            return match
        similarity = 1.0 - float(result["distances"][0][0])
        meta = result["metadatas"][0][0] or {}
        if similarity < SIMILAR:
            return match
        like = f"'{meta.get('title', '?')}' at {meta.get('company') or '?'}"
        if meta.get("verdict") == "approved":
            change, reason = APPROVAL_BONUS, f"like {like}, which you approved"
        else:
            change = -MAX_PENALTY * (0.5 + 0.5 * (similarity - SIMILAR) / (1 - SIMILAR))
            said = f": {meta['reason']}" if meta.get("reason") else ""
            reason = f"like {like}, which you turned down{said}"
        score = round(min(100.0, max(0.0, match.score + change)), 1)
        components = {**match.components, "feedback": round(change, 1)}
        return match.model_copy(update={"score": score, "reasons": [reason, *match.reasons], "components": components})

    def _vectors(self, jobs: Sequence[JobPosting]) -> dict:
        texts = {job.content_hash: job.matching_text() for job in jobs}
        return self.vectors.vectors_for(JOBS, texts, {j.content_hash: {"job_id": j.id} for j in jobs})
