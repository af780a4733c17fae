"""Helpers for applying tests: a store with a job whose form is on the local form server, drafted and prepared."""

from __future__ import annotations

from pathlib import Path

from careerpilot.applying.answers import AnswerService
from careerpilot.applying.pending import PendingApproval, PendingView
from careerpilot.applying.service import ApplyingService
from careerpilot.config import Settings
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.domain.matching import Match
from careerpilot.domain.review import Approver, ReviewDecision
from careerpilot.domain.runs import RunInputs
from careerpilot.memory.sql import Store
from tests.support.pipeline import example_inputs

PERSON = Approver(channel="cli", name="test person")
# A minimal valid one-page PDF: what the form uploads stands in for the tailored resume.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def inputs_for(email: str | None = None) -> RunInputs:
    """Return the example inputs, optionally with another applicant e-mail."""
    inputs = example_inputs()
    if email:
        inputs.profile.contact.email = email
    return inputs


def service(settings: Settings, store: Store | None = None) -> tuple[Store, ApplyingService]:
    """Open the store of the settings and an applying service over it (no LLM, no vector memory)."""
    store = store or Store.open(settings.sql_url)
    return store, ApplyingService(store, settings, AnswerService(None, None))


def drafted(
    store: Store,
    tmp: Path,
    url: str,
    inputs: RunInputs,
    *,
    score: float = 90,
    description: str = "Build web apps with Python and React.",
) -> Application:
    """Record a job with this application URL and a drafted application with tailored PDFs."""
    job = JobPosting(
        id=job_id_for("test", None, url, "Senior Software Engineer", "Acme"),
        source="test",
        url=url,
        apply_url=url,
        title="Senior Software Engineer",
        company="Acme",
        description_text=description,
    )
    store.upsert_jobs([job])
    run = store.create_run("test", {})
    application = store.ensure_application(job.id, inputs.applicant, run.id, score)
    docs = tmp / application.id
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "resume.pdf").write_bytes(PDF)
    (docs / "cover_letter.pdf").write_bytes(PDF.replace(b"612", b"611"))
    documents = {
        "resume_pdf": str(docs / "resume.pdf"),
        "cover_letter_pdf": str(docs / "cover_letter.pdf"),
        "cover_letter": "I build reliable web products.",
    }
    store.update_application(application.id, documents=documents)
    return store.transition(application.id, ApplicationStatus.DRAFTED, by="test")


async def prepared(applying: ApplyingService, tmp: Path, url: str, inputs: RunInputs, **kwargs: object) -> Application:
    """Return a drafted application whose form was read (dry run) for review."""
    application = drafted(applying.store, tmp, url, inputs, **kwargs)  # type: ignore[arg-type]
    await applying.prepare([application.id], inputs)
    return applying.store.get_application(application.id)


def approve(applying: ApplyingService, application: Application) -> None:
    """Record the person's approval of what they were shown, through the service's review gate."""
    assert application.run_id
    applying.record_decisions(application.run_id, [person_approves(applying.view(application.id))])


def person_approves(view: PendingView | PendingApproval, note: str = "") -> ReviewDecision:
    """Return a person's approval of exactly this pending view (its digest), made at the CLI."""
    application_id = view.application_id if isinstance(view, PendingView) else view.application.id
    return ReviewDecision(
        application_id=application_id, action="approve", note=note, reviewed=view.digest, approver=PERSON
    )


def drafted_for_review(store: Store) -> tuple[str, str]:
    """Record a drafted application with its match, documents and a form read for review; return run and id."""
    job = JobPosting(id="job-1", source="test", url="https://jobs.example/1", title="Backend Engineer", company="Acme")
    store.upsert_jobs([job])
    run = store.create_run("backend roles", {})
    match = Match(job_id=job.id, score=88, semantic=0.7, lexical=0.5, reasons=["Python and PostgreSQL, as asked"])
    store.save_matches(run.id, [match], {job.id})
    application = store.ensure_application(job.id, "maya.okafor@example.com", run.id, 88)
    email = {"key": "email", "label": "Email", "kind": "email", "value": "maya.okafor@example.com"}
    answers = {
        "form": {"adapter": "greenhouse", "verified": True, "url": job.url, "state": "dry_run", "detail": "read"},
        "fields": [{**email, "source": "profile.contact.email"}],
        "unanswered": [{"key": "why", "label": "Why Acme?", "kind": "textarea", "required": True}],
    }
    documents = {"resume_pdf": "/tmp/resume.pdf", "cover_letter": "Dear Acme,", "edited_by_user": False}
    store.update_application(application.id, answers=answers, documents=documents)
    store.transition(application.id, ApplicationStatus.DRAFTED, by="test")
    return run.id, application.id
