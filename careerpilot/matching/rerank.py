"""Optional LLM rerank of the top K matches: the model's 0-100 fit blended with the hybrid score.

After scoring, the best K postings that passed the filters go to the model in one request with the resume
evidence (roles with years, skills, education) and what the matcher found (met and missing requirements). The
model answers through function calling with a fit from 0 to 100 and a one-line reason per job. The new score is

    score = (1 - w) * hybrid + w * fit * (0.5 + 0.5 * confidence)        (w = MATCH_RERANK_WEIGHT, default 0.3)

so the model can move a job by at most w of the scale, thin evidence (low confidence) damps its fit the same way
it damps the hybrid score, and a score still means what docs/matching.md says. Excluded postings are never sent.
The Match records the model (``reranked_by``), its fit (``components["llm_fit"]``), the hybrid score
(``components["hybrid"]``) and the reason. Fits are remembered per (resume, posting content), so re-ranking the
same postings asks nothing. On a model error the hybrid scores stay and each of the K says why.
"""

from __future__ import annotations

import logging

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, Field, ValidationError

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.matching.evidence import ResumeEvidence
from careerpilot.prompts import as_data, render
from careerpilot.prompts.matching import RERANK_JOB, RERANK_SYSTEM, RERANK_USER

log = logging.getLogger(__name__)

JOB_CHARS = 1_500  # of each posting's text sent to the model
RESUME_CHARS = 3_000
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
        self._fits: dict[tuple[str, str], tuple[float, str]] = {}  # (resume hash, posting hash) -> (fit, reason)

    def rerank(
        self, matches: list[Match], jobs: dict[str, JobPosting], evidence: ResumeEvidence, resume_key: str
    ) -> list[Match]:
        """Return the matches with the top K's scores blended with the model's fit, best first again."""
        top = [m for m in matches if not m.excluded and m.job_id in jobs][: self.top_k]
        if not top:
            return matches
        keys = {m.job_id: (resume_key, jobs[m.job_id].content_hash) for m in top}
        unknown = [m for m in top if keys[m.job_id] not in self._fits]
        error = self._ask(unknown, jobs, evidence, keys) if unknown else None
        updated = {m.job_id: self._blend(m, keys[m.job_id], error) for m in top}
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
                text=as_data(jobs[m.job_id].description_text[:JOB_CHARS]),
            )
            for m in top
        )
        user = render(RERANK_USER, resume=as_data(_resume_summary(evidence)), jobs=sections)
        structured = self.llm.with_structured_output(RerankAnswer, method="function_calling")
        self.requests += 1
        try:
            answer = structured.invoke([SystemMessage(RERANK_SYSTEM), HumanMessage(user)])
        except FAILURES as exc:
            reason = " ".join(str(exc).split())[:100]
            log.warning("LLM rerank failed: %s", reason)
            return f"{type(exc).__name__}: {reason}"
        if not isinstance(answer, RerankAnswer):
            return "the model called no function"
        sent = {m.job_id for m in top}
        for item in answer.jobs:
            if item.job_id in sent and keys[item.job_id] not in self._fits:
                reason = " ".join(item.reason.split())[:160]
                self._fits[keys[item.job_id]] = (min(100.0, max(0.0, float(item.fit))), reason)
        return None

    def _blend(self, match: Match, key: tuple[str, str], error: str | None) -> Match:
        known = self._fits.get(key)
        if known is None:
            why = f"LLM rerank failed ({error})" if error else "LLM rerank gave no fit for this job"
            return match.model_copy(update={"reasons": _insert(match.reasons, f"{why}; hybrid score kept")})
        fit, reason = known
        damped = fit * (0.5 + 0.5 * match.confidence)
        score = round(min(100.0, (1 - self.weight) * match.score + self.weight * damped), 1)
        line = f"LLM rerank ({self.model}): fit {fit:.0f}/100" + (f": {reason}" if reason else "")
        components = {**match.components, "hybrid": match.score, "llm_fit": round(fit, 1)}
        return match.model_copy(
            update={
                "score": score,
                "components": components,
                "reasons": _insert(match.reasons, line),
                "reranked_by": self.model,
            }
        )


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
