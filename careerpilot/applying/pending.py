"""What waits for approval: each drafted application with its job, match and the form fields read for review."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.memory.sql import Store
from careerpilot.tools.forms import FieldAnswer, FormField


class PendingApproval(BaseModel):
    """What a person needs to decide on one drafted application: job, score, documents and every form field."""

    application: Application
    job: JobPosting
    match: Match | None = None
    fields: list[FieldAnswer] = Field(default_factory=list)
    unanswered: list[FormField] = Field(default_factory=list)
    form: dict[str, Any] = Field(default_factory=dict, description="adapter, verified, url, state, detail")


def pending_approvals(store: Store, run_id: str | None = None) -> list[PendingApproval]:
    """Return drafted applications waiting for a decision (of one run, or all), with their job, match and fields."""
    pending = []
    for application in store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id):
        matches = {m.job_id: m for m, _ in store.matches_for_run(application.run_id or "")}
        job = store.get_job(application.job_id)
        prepared = application.answers
        pending.append(
            PendingApproval(
                application=application,
                job=job,
                match=matches.get(job.id),
                fields=[FieldAnswer.model_validate(f) for f in prepared.get("fields", [])],
                unanswered=[FormField.model_validate(f) for f in prepared.get("unanswered", [])],
                form=prepared.get("form", {}),
            )
        )
    return pending
