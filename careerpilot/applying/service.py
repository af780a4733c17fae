"""The applying service every face calls: one object over the parts of applying, each in its own module.

An application goes: drafted -> (prepare: the form is read and filled in a dry run, every value with its source)
-> review (approve / edit values / reject, or the autonomous policy) -> apply (only the approved values are
typed; the idempotency key is written to the ledger BEFORE the click) -> submitted, or needs_you with the reason
and the URL (login wall, CAPTCHA, unknown question, site error, unconfirmed or crashed submit).

Where each part lives: ``gate`` (THE approval gate: decisions, the autonomous policy, no submit without an
approval), ``pending`` (what waits for a decision), ``prepare`` (reading forms in a dry run), ``submit`` (submitting
once with the ledger, caps and lock), ``url_drafts`` (one job from its URL), ``browser`` (the walled-in browser and
the audit folders).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from careerpilot.applying.answers import AnswerService
from careerpilot.applying.browser import HOST_NOT_ALLOWED, FormBrowser
from careerpilot.applying.gate import ApprovalGate, DecisionOutcome, require_approval
from careerpilot.applying.pending import PendingApproval, PendingView, pending_approval, pending_approvals
from careerpilot.applying.prepare import FormReader
from careerpilot.applying.submit import ApplyResult, Submitter
from careerpilot.applying.url_drafts import UrlDrafts
from careerpilot.config import Settings
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import InputError, NotFoundError
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunInputs
from careerpilot.matching.feedback import FeedbackService
from careerpilot.matching.service import MatchingService
from careerpilot.memory.kv import KeyValueMemory
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger

ApplicationDocument = Literal["resume_pdf", "cover_letter_pdf", "resume_html"]
__all__ = [
    "HOST_NOT_ALLOWED",
    "ApplicationDocument",
    "ApplyResult",
    "ApplyingService",
    "DecisionOutcome",
    "PendingApproval",
    "PendingView",
]


class ApplyingService:
    """Prepares forms, records decisions, applies the autonomous policy and submits approved applications once."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        answers: AnswerService | None = None,
        *,
        documents: DocumentsService | None = None,
        matching: MatchingService | None = None,
        feedback: FeedbackService | None = None,
        kv: KeyValueMemory | None = None,
    ) -> None:
        self.store = store
        self.documents_dir = settings.data_path / "documents"
        self.answers = answers or AnswerService(None, None)
        ledger = SubmissionLedger(store)
        browser = FormBrowser(settings)
        self.gate = ApprovalGate(store, settings, ledger, self.answers, feedback)
        self.reader = FormReader(store, settings, self.answers, browser)
        self.submitter = Submitter(store, settings, ledger, browser, kv)
        self.url_drafts = UrlDrafts(store, settings, ledger, browser, self.reader, documents, matching)

    # review
    def pending(self, run_id: str | None = None) -> list[PendingApproval]:
        """Return drafted applications waiting for a decision, with their job, match and form fields."""
        return pending_approvals(self.store, run_id)

    def pending_view(self, run_id: str | None = None) -> list[PendingView]:
        """Return what waits for a decision as every face shows it (see ``PendingView``)."""
        return [PendingView.of(item) for item in pending_approvals(self.store, run_id)]

    def view(self, application_id: str, *, waiting: bool = True) -> PendingView:
        """Return one application as a person decides on it; InputError when ``waiting`` and it is not drafted."""
        return PendingView.of(self.waiting(application_id, drafted_only=waiting))

    def document(self, application_id: str, kind: ApplicationDocument) -> Path:
        """Return the file of one of an application's documents, so a face can serve it for review.

        Only a file under the data directory's documents folder is returned, whatever the record says.
        """
        stored = self.store.get_application(application_id).documents.get(kind)
        path = Path(str(stored)).resolve() if stored else None
        if path is None or not path.is_file() or not path.is_relative_to(self.documents_dir.resolve()):
            raise NotFoundError(f"application {application_id} has no {kind.replace('_', ' ')}")
        return path

    def waiting(self, application_id: str, *, drafted_only: bool = True) -> PendingApproval:
        """Return one application with its job, match and form fields; InputError when drafted_only and it is not."""
        application = self.store.get_application(application_id)
        if drafted_only and application.status is not ApplicationStatus.DRAFTED:
            raise InputError(f"application {application_id} is {application.status.value}, not waiting for review")
        return pending_approval(self.store, application)

    def record_decisions(self, run_id: str, decisions: list[ReviewDecision]) -> DecisionOutcome:
        """Apply each decision to a drafted application of the run; undecided ones stay pending."""
        return self.gate.record_decisions(run_id, decisions)

    def autonomous_decisions(self, run_id: str) -> list[ReviewDecision]:
        """Return approvals the autonomous policy allows now (none when the policy is off)."""
        return self.gate.autonomous_decisions(run_id)

    # preparing
    async def prepare(self, application_ids: list[str], inputs: RunInputs) -> list[str]:
        """Read each application's form in a dry run and store every field with its value and source."""
        return await self.reader.prepare(application_ids, inputs)

    # applying
    def would_submit(self, application_id: str) -> bool:
        """Return True when ``apply`` would submit now, False when it would only report what happened.

        Raises:
            ApprovalRequiredError: the application was never approved (so a face need not ask the person).
        """
        application = self.store.get_application(application_id)
        if application.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_YOU):
            return False
        require_approval(application)
        return True

    async def apply(self, application_id: str, *, dry_run: bool | None = None) -> ApplyResult:
        """Fill and submit an approved application once; a repeat or a crash never leads to a second submit."""
        return await self.submitter.apply(application_id, dry_run=dry_run)

    def unsent(self, run_id: str | None = None) -> list[Application]:
        """Return the applications approved but not submitted yet (a crash or a refusal stopped them), oldest first."""
        return list(reversed(self.store.list_applications(ApplicationStatus.APPROVED, run_id=run_id)))

    def applied(self, run_id: str) -> list[ApplyResult]:
        """Return what the applier last did for each application of a run."""
        return self.submitter.applied(run_id)

    # a single job from a URL
    def draft_from_url(self, url: str, inputs: RunInputs, run_id: str) -> Application:
        """Record a job for a bare application URL and its application in a run; refuse one already applied to."""
        return self.url_drafts.draft_from_url(url, inputs, run_id)

    async def check_url(self, url: str) -> None:
        """Raise InputError unless the URL is http(s), on an allowed host and answering; nothing is stored."""
        await self.url_drafts.check_url(url)

    def existing_for_url(self, url: str, applicant: str) -> Application | None:
        """Return the application already recorded for this application URL and applicant, if any."""
        return self.url_drafts.existing(url, applicant)

    async def draft_url(self, url: str, inputs: RunInputs, run_id: str) -> Application:
        """Draft an application for one job given by its application URL: documents, then the form read for review."""
        return await self.url_drafts.draft_url(url, inputs, run_id)
