"""Compact views of postings and runs for lists (API, MCP, chat); the full records have their own endpoints."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from careerpilot.applying.submit import ApplyResult
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.runs import RunRecord
from careerpilot.runs.service import RunOutcome


class JobSummary(BaseModel):
    """One posting in a list; fetch ``/jobs/{id}`` (or ``job://{id}``) for all of it."""

    id: str
    title: str
    company: str | None
    location: str = Field(description="Every location on one line, with 'Remote' when the job is remote.")
    remote: bool | None
    url: str | None
    source: str | None = None
    date_posted: date | None = None

    @classmethod
    def of(cls, job: JobPosting) -> JobSummary:
        """Summarise a posting."""
        return cls.model_construct(
            id=job.id,
            title=job.title,
            company=job.company,
            location=job.location_text,
            remote=job.remote,
            url=job.url,
            source=job.source,
            date_posted=job.date_posted,
        )

    @classmethod
    def from_stored(cls, data: dict[str, Any]) -> JobSummary:
        """Summarise a stored posting dump without validating it again (it was validated when stored)."""
        places = [str(loc.get("text", "")) for loc in data.get("locations") or [] if isinstance(loc, dict)]
        if data.get("remote") and not any("remote" in p.lower() for p in places):
            places.append("Remote")
        posted = data.get("date_posted")
        return cls.model_construct(
            id=data["id"],
            title=data["title"],
            company=data.get("company"),
            location="; ".join(places),
            remote=data.get("remote"),
            url=data.get("url"),
            source=data.get("source"),
            date_posted=date.fromisoformat(posted) if isinstance(posted, str) else None,
        )


class JobPage(BaseModel):
    """One page of posting summaries; ask again with ``offset=next_offset`` until it is null."""

    items: list[JobSummary]
    offset: int
    limit: int
    next_offset: int | None = Field(description="Offset of the next page, or null on the last page.")


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
    """Where a run stands: its record, best matches, what waits for approval and what was applied."""

    run: RunRecord
    top: list[RankedSummary]
    pending: list[PendingSummary]
    applied: list[ApplyResult]
    written_by: dict[str, str] = Field(default_factory=dict)
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
            applied=outcome.applied,
            written_by=outcome.written_by,
            notes=outcome.notes,
        )
