"""Compact, typed outputs of the MCP tools (full records stay available as resources)."""

from __future__ import annotations

from pydantic import BaseModel

from careerpilot.applying.pending import PendingView
from careerpilot.domain.resume import Resume
from careerpilot.domain.summaries import JobSummary
from careerpilot.runs.summaries import RankedSummary, RunSummary

__all__ = ["CoverLetter", "Decision", "JobSummary", "PendingView", "RankedSummary", "RunSummary", "TailoredResume"]


class TailoredResume(BaseModel):
    """A resume tailored to one job: only facts from the stored resume, reordered and selected."""

    job_id: str
    resume: Resume
    pdf: str | None
    written_by: str
    notes: list[str]


class CoverLetter(BaseModel):
    """A cover letter for one job."""

    job_id: str
    text: str
    pdf: str | None
    written_by: str


class Decision(BaseModel):
    """What a review decision did to its run."""

    application_id: str
    action: str
    run: RunSummary
