"""Optional LLM rerank of the top K matches: the model's 0-100 fit blended with the hybrid score, bounded.

After scoring, the best K postings that passed the filters go to the model in one request with the resume
evidence (roles with years, skills, education) and what the matcher found (met and missing requirements). The
model answers through function calling with a fit from 0 to 100 and a one-line reason per job. The new score is

    score = (1 - w) * hybrid + w * fit * (0.5 + 0.5 * confidence)        (w = MATCH_RERANK_WEIGHT, default 0.3)

so thin evidence (low confidence) damps the model's fit the same way it damps the hybrid score. The model is
treated as possibly compromised (a posting can steer it), so two bounds hold in code whatever it answers: the
score moves by at most ``w`` of the scale (30 points at 0.3), and a posting under the shortlist threshold before
the rerank stays under it (the rerank alone never shortlists a job). Excluded postings are never sent.
The Match records the model (``reranked_by``), the score before and the move (``score_before_rerank``,
``rerank_delta``; also ``components["hybrid"]`` and ``components["llm_fit"]``) and a reason line of the
project's own; the model's free text goes only to ``model_note``, cleaned, truncated and labelled as the
model's. Fits are remembered per (resume, posting content), so re-ranking the same postings asks nothing. On a
model error the hybrid scores stay and each of the K says why.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match, ModelNote
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.llm.router import answered_by
from careerpilot.matching.evidence import ResumeEvidence
from careerpilot.prompts import as_data, render
from careerpilot.prompts.matching import RERANK_JOB, RERANK_SYSTEM, RERANK_USER
from careerpilot.text.instructions import without_instructions

log = logging.getLogger(__name__)

JOB_CHARS = 1_500  # of each posting's text sent to the model
RESUME_CHARS = 3_000
REASON_CHARS = 2_000  # of the model's reason kept before ModelNote cleans and truncates it
FAILURES: tuple[type[Exception], ...] = (*LLM_ERRORS, ValidationError)


class JobFit(BaseModel):
    """The model's judgment of one job."""

    job_id: str
    fit: float = Field(description="0 (another field) to 100 (meets every requirement, right role and level).")
    reason: str = Field("", description="One short line: the decisive requirement met or missing.")


class RerankAnswer(BaseModel):
    """One fit per job sent."""

    jobs: list[JobFit]  # required: an answer of another shape is a failure, not "no fits"


class Reranker:
    """Blend a chat model's fit into the top K hybrid scores; labelled, cached, and harmless when it fails."""

    def __init__(self, llm: BaseChatModel, model: str, top_k: int = 10, weight: float = 0.3) -> None:
        self.llm = llm
        self.model = model
        self.top_k = top_k
        self.weight = weight
        self.requests = 0  # model calls made, for tests and logs
        # (resume hash, posting hash) -> (fit, reason, the model that gave them)
        self._fits: dict[tuple[str, str], tuple[float, str, str]] = {}

    def rerank(
        self,
        matches: list[Match],
        jobs: dict[str, JobPosting],
        evidence: ResumeEvidence,
        resume_key: str,
        threshold: float | None = None,
    ) -> list[Match]:
        """Return the matches with the top K's scores blended with the model's fit, best first again.

        ``threshold`` is the shortlist bar (the plan's min_score): a match under it stays under it.
        """
        top = [m for m in matches if not m.excluded and m.job_id in jobs][: self.top_k]
        if not top:
            return matches
        keys = {m.job_id: (resume_key, jobs[m.job_id].content_hash) for m in top}
        unknown = [m for m in top if keys[m.job_id] not in self._fits]
        error = self._ask(unknown, jobs, evidence, keys) if unknown else None
        updated = {m.job_id: self._blend(m, keys[m.job_id], error, threshold) for m in top}
        out = [updated.get(m.job_id, m) for m in matches]
        out.sort(key=lambda m: (m.excluded, -m.score))
        return out

    def _ask(
        self, top: list[Match], jobs: dict[str, JobPosting], evidence: ResumeEvidence, keys: dict[str, tuple]
    ) -> str | None:
        """Ask the model about these matches and remember its fits; return the error text when the call fails."""
        sections = "\n".join(
            render(
                RERANK_JOB,
                id=as_data(m.job_id),
                title=as_data(jobs[m.job_id].title),
                matcher=as_data(_matcher_summary(m)),
                text=as_data(without_instructions(jobs[m.job_id].description_text)[:JOB_CHARS]),
            )
            for m in top
        )
        user = render(RERANK_USER, resume=as_data(_resume_summary(evidence)), jobs=sections)
        # include_raw: the label names the model that answered (with routes, possibly a fallback's), not the first
        structured = self.llm.with_structured_output(RerankAnswer, method="function_calling", include_raw=True)
        self.requests += 1
        try:
            out: dict[str, Any] = structured.invoke([SystemMessage(RERANK_SYSTEM), HumanMessage(user)])  # type: ignore[assignment]
            if out.get("parsing_error") is not None:
                raise out["parsing_error"]
        except FAILURES as exc:
            reason = " ".join(str(exc).split())[:100]
            log.warning("LLM rerank failed: %s", reason)
            return f"{type(exc).__name__}: {reason}"
        answer, model = out.get("parsed"), answered_by(out.get("raw"), self.model)
        if not isinstance(answer, RerankAnswer):
            return "the model called no function"
        sent = {m.job_id for m in top}
        for item in answer.jobs:
            if item.job_id in sent and keys[item.job_id] not in self._fits:
                fit = float(item.fit) if math.isfinite(item.fit) else 0.0
                self._fits[keys[item.job_id]] = (min(100.0, max(0.0, fit)), item.reason[:REASON_CHARS], model)
        return None

    def _blend(self, match: Match, key: tuple[str, str], error: str | None, threshold: float | None) -> Match:
        known = self._fits.get(key)
        if known is None:
            why = f"LLM rerank failed ({error})" if error else "LLM rerank gave no fit for this job"
            return match.model_copy(update={"reasons": _insert(match.reasons, f"{why}; hybrid score kept")})
        fit, reason, model = known
        proposed = (1 - self.weight) * match.score + self.weight * fit * (0.5 + 0.5 * match.confidence)
        score, held = bounded_score(match.score, proposed, self.weight, threshold)
        delta = round(score - match.score, 1)
        line = f"LLM rerank ({model}): fit {fit:.0f}/100, score {match.score:g} -> {score:g} ({delta:+.1f})"
        if held:
            line += f", held under the shortlist threshold {threshold:g} (a rerank alone never shortlists a job)"
        components = {**match.components, "hybrid": match.score, "llm_fit": round(fit, 1)}
        note = ModelNote(text=reason, model=model)
        return match.model_copy(
            update={
                "score": score,
                "components": components,
                "reasons": _insert(match.reasons, line),
                "reranked_by": model,
                "score_before_rerank": match.score,
                "rerank_delta": delta,
                "model_note": note if note.text else None,
            }
        )


def bounded_score(before: float, proposed: float, weight: float, threshold: float | None) -> tuple[float, bool]:
    """Return the reranked score and whether the threshold held it back.

    The score moves at most ``weight`` of the 0-100 scale from ``before``, and a score under ``threshold``
    before stays under it, at most at the whole number below it (69 for 70), so no face rounds it up to the
    threshold. Scores are rounded to one decimal, as matches show them.
    """
    reach = 100 * weight
    score = round(min(100.0, max(0.0, before - reach, min(before + reach, proposed))), 1)
    if abs(score - before) > reach:  # rounding stepped past the bound: one tenth back toward the old score
        score = round(score - math.copysign(0.1, score - before), 1)
    if threshold is not None and before < threshold <= score:
        return max(before, float(math.ceil(threshold) - 1)), True
    return score, False


def _insert(reasons: list[str], line: str) -> list[str]:
    """Put the rerank line second: the first reason stays the matcher's own (coverage), shown in tables."""
    return [*reasons[:1], line, *reasons[1:]]


def _matcher_summary(match: Match) -> str:
    met = "; ".join(t.term for t in match.matched[:8]) or "none"
    missing = "; ".join(match.missing[:6]) or "none"
    years = ""
    if match.years_required:
        years = f" Years required {match.years_required:g}, held {match.years_held or 0:g}."
    return f"Score {match.score:g}/100. Met: {met}. Missing: {missing}.{years}"


def _resume_summary(evidence: ResumeEvidence) -> str:
    lines = [f"Total experience: {evidence.total_years:.1f} years"]
    for role in evidence.roles[:8]:
        months = role.months
        held = f" ({months / 12:.1f} years)" if months else ""
        lines.append(f"- {role.line}{held}")
    if evidence.skills:
        lines.append("Skills: " + ", ".join(list(evidence.skills)[:40]))
    lines.extend(f"Education: {e}" for e in evidence.education[:3])
    lines.extend(f"Certification: {c}" for c in evidence.certifications[:5])
    return "\n".join(lines)[:RESUME_CHARS]
