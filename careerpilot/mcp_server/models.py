"""Compact, typed outputs of the MCP tools (full records stay available as resources)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import RunRecord
from careerpilot.services.runs import RunOutcome


class JobSummary(BaseModel):
    """One posting in a list; read ``job://{id}`` for all of it."""

    id: str
    title: str
    company: str | None
    location: str
    remote: bool | None
    url: str | None

    @classmethod
    def of(cls, job: JobPosting) -> JobSummary:
        """Summarise a posting."""
        return cls(
            id=job.id, title=job.title, company=job.company, location=job.location_text, remote=job.remote, url=job.url
        )


class RankedSummary(BaseModel):
    """A job's place in a run."""

    job: JobSummary
    score: float
    shortlisted: bool
    why: str


class PendingSummary(BaseModel):
    """A drafted application waiting for the person's decision."""

    application_id: str
    job: JobSummary
    score: float | None
    cover_letter: str | None = Field(description="The drafted cover letter text, to review before approving.")


class RunSummary(BaseModel):
    """Where a run stands: its record, best matches and what waits for approval."""

    run: RunRecord
    top: list[RankedSummary]
    pending: list[PendingSummary]
    applied: int
    notes: list[str]

    @classmethod
    def of(cls, outcome: RunOutcome, top: int = 10) -> RunSummary:
        """Summarise a run outcome."""
        return cls(
            run=outcome.run,
            top=[
                RankedSummary(job=JobSummary.of(r.job), score=r.match.score, shortlisted=r.shortlisted, why=r.match.why)
                for r in outcome.ranked[:top]
            ],
            pending=[
                PendingSummary(
                    application_id=p.application.id,
                    job=JobSummary.of(p.job),
                    score=p.application.score,
                    cover_letter=p.application.documents.get("cover_letter"),
                )
                for p in outcome.pending
            ],
            applied=len(outcome.applied),
            notes=outcome.notes,
        )


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
