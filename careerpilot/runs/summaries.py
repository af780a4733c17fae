"""Compact views of runs (API, MCP, chat); the full records have their own endpoints."""

from __future__ import annotations

from pydantic import BaseModel, Field

from careerpilot.applying.pending import PendingView
from careerpilot.applying.submit import ApplyResult, tally
from careerpilot.domain.matching import ModelNote
from careerpilot.domain.runs import RunRecord
from careerpilot.domain.summaries import JobSummary
from careerpilot.llm.usage import StepUsage
from careerpilot.runs.service import RunOutcome


class RankedSummary(BaseModel):
    """A job's place in a run."""

    job: JobSummary
    score: float
    shortlisted: bool
    why: str = Field(description="The project's own first reason (coverage of the requirements).")
    model_note: ModelNote | None = Field(None, description="The reranking model's reason, labelled as its own.")


class RunSummary(BaseModel):
    """Where a run stands: its record, best matches, what waits for approval and what each apply attempt did."""

    run: RunRecord
    top: list[RankedSummary]
    pending: list[PendingView]
    applied: list[ApplyResult] = Field(description="The applier's last attempt per application, whatever its outcome.")
    submitted: int = Field(0, description="Applications the site confirmed as submitted.")
    needs_you: int = Field(0, description="Applications the applier stopped on: the person finishes them.")
    failed: int = Field(0, description="Applications whose submit failed.")
    written_by: dict[str, str] = Field(default_factory=dict)
    notes: list[str]
    llm_usage: list[StepUsage] = Field(
        default_factory=list, description="Model calls, tokens in/out, seconds and cost per step and profile."
    )

    @classmethod
    def of(cls, outcome: RunOutcome, top: int = 10) -> RunSummary:
        """Summarise a run outcome."""
        return cls(
            run=outcome.run,
            top=[
                RankedSummary(
                    job=JobSummary.of(r.job),
                    score=r.match.score,
                    shortlisted=r.shortlisted,
                    why=r.match.why,
                    model_note=r.match.model_note,
                )
                for r in outcome.ranked[:top]
            ],
            pending=[PendingView.of(p) for p in outcome.pending],
            applied=outcome.applied,
            **tally(outcome.applied),
            written_by=outcome.written_by,
            notes=outcome.notes,
            llm_usage=outcome.llm_usage,
        )
