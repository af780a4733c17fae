"""What waits for approval: each drafted application with its job, match and the form fields read for review.

``pending_approvals`` reads the records (the autonomous policy and the CLI's tables use them); ``PendingView.of``
turns one into the view every face shows (API ``/approvals``, MCP ``list_pending_approvals``, the run summaries,
the graph's review interrupt, the chat agent), so a person sees the same thing wherever they decide.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.documents import RemovedSentence
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.summaries import JobSummary
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


DOCUMENTS = ("resume_pdf", "cover_letter_pdf", "resume_html")


class PendingView(BaseModel):
    """One drafted application as a person decides on it: the job, score and why, documents and every form field."""

    application_id: str
    run_id: str | None
    job: JobSummary
    score: float | None
    reasons: list[str] = Field(default_factory=list, description="Why the job matched the resume.")
    cover_letter: str | None = Field(default=None, description="The drafted cover letter, to review before approving.")
    removed_sentences: list[RemovedSentence] = Field(
        default_factory=list, description="What the verifier took out of the documents (or refused), and why."
    )
    documents: dict[str, str] = Field(default_factory=dict, description="resume_pdf, cover_letter_pdf or resume_html.")
    form: dict[str, Any] = Field(default_factory=dict, description="adapter, verified, url, state, detail")
    fields: list[FieldAnswer] = Field(default_factory=list, description="Every value to be sent, with its source.")
    unanswered: list[FormField] = Field(default_factory=list, description="Required questions with no answer yet.")

    @classmethod
    def of(cls, item: PendingApproval) -> PendingView:
        """Return the view of one pending application."""
        docs = item.application.documents
        return cls(
            application_id=item.application.id,
            run_id=item.application.run_id,
            job=JobSummary.of(item.job),
            score=item.application.score,
            reasons=item.match.reasons if item.match else [],
            cover_letter=docs.get("cover_letter"),
            removed_sentences=[RemovedSentence.model_validate(r) for r in docs.get("removed_sentences") or []],
            documents={k: str(docs[k]) for k in DOCUMENTS if docs.get(k)},
            form=item.form,
            fields=item.fields,
            unanswered=item.unanswered,
        )


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
