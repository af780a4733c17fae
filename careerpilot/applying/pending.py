"""What waits for approval: each drafted application with its job, match and the form fields read for review.

``pending_approvals`` reads the records (the autonomous policy and the CLI's tables use them); ``PendingView.of``
turns one into the view every face shows (API ``/approvals``, MCP ``list_pending_approvals``, the run summaries,
the graph's review interrupt, the chat agent), so a person sees the same thing wherever they decide.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel, Field

from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.documents import RemovedSentence
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match, ModelNote
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
    form_problem: str | None = Field(
        default=None, description="Why the form could not be read (the person finishes it on the site); None if read."
    )

    @property
    def digest(self) -> str:
        """Return a fingerprint of everything a person approves: job, documents, every value sent and every gap.

        An approval names the digest of the view the person saw, so what is submitted is what was shown.
        """
        seen = {
            "application": self.application.id,
            "job": self.job.id,
            "documents": {k: str(v) for k, v in sorted(self.application.documents.items())},
            "fields": [f.model_dump(mode="json", include={"key", "value", "source"}) for f in self.fields],
            "unanswered": [f.key for f in self.unanswered],
            "url": self.form.get("url"),
        }
        return hashlib.sha256(json.dumps(seen, sort_keys=True, default=str).encode()).hexdigest()[:32]


DOCUMENTS = ("resume_pdf", "cover_letter_pdf", "resume_html")


class PendingView(BaseModel):
    """One drafted application as a person decides on it: the job, score and why, documents and every form field."""

    application_id: str
    run_id: str | None
    job: JobSummary
    score: float | None
    reasons: list[str] = Field(default_factory=list, description="Why the job matched the resume.")
    model_note: ModelNote | None = Field(None, description="The reranking model's reason, labelled as its own.")
    cover_letter: str | None = Field(default=None, description="The drafted cover letter, to review before approving.")
    removed_sentences: list[RemovedSentence] = Field(
        default_factory=list, description="What the verifier took out of the documents (or refused), and why."
    )
    documents: dict[str, str] = Field(default_factory=dict, description="resume_pdf, cover_letter_pdf or resume_html.")
    form: dict[str, Any] = Field(default_factory=dict, description="adapter, verified, url, state, detail")
    form_problem: str | None = Field(
        default=None, description="Why the form could not be read (the person finishes it on the site); None if read."
    )
    fields: list[FieldAnswer] = Field(default_factory=list, description="Every value to be sent, with its source.")
    unanswered: list[FormField] = Field(default_factory=list, description="Required questions with no answer yet.")
    digest: str = Field(description="Send it as `reviewed` with an approval: it names exactly what was shown.")

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
            model_note=item.match.model_note if item.match else None,
            cover_letter=docs.get("cover_letter"),
            removed_sentences=[RemovedSentence.model_validate(r) for r in docs.get("removed_sentences") or []],
            documents={k: str(docs[k]) for k in DOCUMENTS if docs.get(k)},
            form=item.form,
            form_problem=form_problem(item.form, len(item.fields)),
            fields=item.fields,
            unanswered=item.unanswered,
            digest=item.digest,
        )


def form_problem(form: dict[str, Any], fields: int) -> str | None:
    """Return why an application's form could not be read in the dry run, or None when its fields were read."""
    if not form or not form.get("state"):
        return "no application form was read: the job has no form address"
    if form["state"] != "dry_run":
        return str(form.get("detail") or form["state"])
    if fields == 0:
        where = form.get("url") or "the form address"
        return f"no form fields were found at {where}: the form may sit behind an Apply button or a sign-in"
    return None


def pending_approvals(store: Store, run_id: str | None = None) -> list[PendingApproval]:
    """Return drafted applications waiting for a decision (of one run, or all), with their job, match and fields."""
    return [pending_approval(store, a) for a in store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)]


def pending_approval(store: Store, application: Application) -> PendingApproval:
    """Return one drafted application with its job, match and the form fields read for review."""
    matches = {m.job_id: m for m, _ in store.matches_for_run(application.run_id or "")}
    job = store.get_job(application.job_id)
    prepared = application.answers
    return PendingApproval(
        application=application,
        job=job,
        match=matches.get(job.id),
        fields=[FieldAnswer.model_validate(f) for f in prepared.get("fields", [])],
        unanswered=[FormField.model_validate(f) for f in prepared.get("unanswered", [])],
        form=prepared.get("form", {}),
    )
