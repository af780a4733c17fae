"""Help for a person applying in their own browser (the extension's side panel).

Track a job, queue it for approval, answer the fields of the form on their screen, and record that they submitted it.

The person's browser gets past login walls and Workday the agent must not cross; they review every value and
press submit. Answers come from the same grounded AnswerService the applier uses, never from the page.
"""

from __future__ import annotations

from collections import deque
from typing import Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from careerpilot.applying.answers import AnswerContext, AnswerService
from careerpilot.applying.service import ApplyingService
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.applications import ALLOWED_TRANSITIONS, Application, ApplicationStatus
from careerpilot.domain.errors import InputError, NotFoundError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.review import Approver
from careerpilot.domain.runs import RunStatus
from careerpilot.jobs.service import JobsService
from careerpilot.matching.service import MatchingService
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, idempotency_key
from careerpilot.profile.service import ProfileService
from careerpilot.runs.service import RunService
from careerpilot.tools.forms.base import FieldAnswer, FormField

DocumentName = Literal["resume", "cover_letter"]
SELF_SUBMITTED = Approver(channel="extension", name="you (browser)")
BY_PERSON = "you (browser)"
MAX_FIELDS = 300


class FormRequest(BaseModel):
    """The fields of a form open in the person's browser, as the extension read them."""

    url: str = Field(max_length=2048, examples=["https://boards.greenhouse.io/acme/jobs/4012345"])
    job_id: str | None = Field(default=None, max_length=64, description="The scored job, for its tailored documents.")
    fields: list[FormField] = Field(max_length=MAX_FIELDS)


class AssistAnswer(FieldAnswer):
    """A field's value with its source; a file field names the tailored document to attach instead of a path."""

    document: DocumentName | None = None


class FormAnswers(BaseModel):
    """Values for the fields that have a grounded answer, and the fields left to the person."""

    answers: list[AssistAnswer]
    unanswered: list[FormField]


class AssistService:
    """Tracks, queues and answers for jobs the person is looking at in their own browser."""

    def __init__(
        self,
        store: Store,
        profile: ProfileService,
        jobs: JobsService,
        matching: MatchingService,
        documents: DocumentsService,
        applying: ApplyingService,
        runs: RunService,
    ) -> None:
        self.store = store
        self.profile = profile
        self.jobs = jobs
        self.matching = matching
        self.documents = documents
        self.applying = applying
        self.runs = runs
        self.ledger = SubmissionLedger(store)

    @property
    def answers(self) -> AnswerService:
        """The applier's answer service (profile, rules, approved answers, grounded LLM)."""
        return self.applying.answers

    def track(self, job_id: str) -> Application:
        """Save a job to the tracker (shortlisted); return the existing application if there is one."""
        job = self.store.get_job(job_id)
        applicant = self.profile.stored_inputs([self._url(job)]).applicant
        score = self.jobs.match(job.id).match.score
        return self.store.ensure_application(job.id, applicant, None, score)  # type: ignore[arg-type]

    async def queue(self, job_id: str) -> Application:
        """Draft an application (documents, the form read) and put it before the review gate, in a run of its own."""
        job = self.store.get_job(job_id)
        url = self._url(job)
        inputs = self.profile.stored_inputs([url], f"apply to {job.title}")
        plan = SearchPlan(roles=inputs.profile.preferences.roles or [job.title], sources=[url], min_score=0)
        ranked = self.matching.rank([job], inputs.resume, inputs.filters, plan)
        if self.ledger.get(idempotency_key(job.id, inputs.applicant)) is not None:
            raise InputError(f"already applied to {job.title}: it is in the submission ledger")
        # A job tracked earlier has its application already (no run): it joins the run that queues it.
        application = self.store.ensure_application(job.id, inputs.applicant, None, ranked.matches[0].score)  # type: ignore[arg-type]
        if application.status not in (ApplicationStatus.SHORTLISTED, ApplicationStatus.DRAFTED):
            raise InputError(f"application {application.id} to {job.title} is already {application.status.value}")
        run = self.runs.create(inputs)
        try:
            self.store.update_application(application.id, run_id=run.id)
            self.store.save_matches(run.id, ranked.matches, {job.id})
            await self.documents.draft(run.id, [job.id], inputs)
            await self.applying.prepare([application.id], inputs)
            async for _progress in self.runs.review_only(run.id, [application.id]):
                pass
        except BaseException as exc:  # a run is never left 'running' by a request that failed
            if self.store.get_run(run.id).status is RunStatus.RUNNING:
                self.store.update_run(run.id, RunStatus.FAILED, error=f"queueing failed: {str(exc)[:300]}")
            raise
        return self.store.get_application(application.id)

    async def form_answers(self, request: FormRequest) -> FormAnswers:
        """Answer each field from the profile, resume, approved answers and the job's tailored documents."""
        ctx = self._context(request.job_id)
        documents = {ctx.resume_pdf: "resume", ctx.cover_letter_pdf: "cover_letter"}
        answers: list[AssistAnswer] = []
        unanswered: list[FormField] = []
        for form_field in request.fields:
            found = await self.answers.answer(form_field, ctx)
            if found is None or found.value in (None, "", []):
                unanswered.append(form_field)
                continue
            document = documents.get(found.value) if form_field.kind == "file" else None  # type: ignore[arg-type]
            if form_field.kind == "file" and document is None:
                unanswered.append(form_field)  # the browser can only attach a document the API serves
                continue
            value = f"{document}.pdf" if document else found.value  # never hand a server path to the page
            answers.append(AssistAnswer(**found.model_dump(exclude={"value"}), value=value, document=document))  # type: ignore[arg-type]
        return FormAnswers(answers=answers, unanswered=unanswered)

    def mark_applied(self, job_id: str, note: str = "") -> Application:
        """Record that the person submitted the application themselves, so the agent never applies again."""
        job = self.store.get_job(job_id)
        applicant = self.profile.stored_inputs([self._url(job)]).applicant
        score = self.jobs.match(job.id).match.score
        application = self.store.ensure_application(job.id, applicant, None, score)  # type: ignore[arg-type]
        key = idempotency_key(job.id, applicant)
        if self.ledger.claim(key, application.id, job.id, applicant, urlsplit(self._url(job)).hostname or ""):
            self.ledger.settle(key, "submitted", {"by": "person", "via": "browser"})
        path = _path_to(application.status, ApplicationStatus.SUBMITTED)
        if path is None:
            return application  # already submitted or past it (interviewing, offer, ...)
        reason = note or "you submitted it yourself in your browser"
        for status in path:
            if status is ApplicationStatus.APPROVED:  # they sent it themselves: their own act is the approval
                application = self.store.approve(application.id, SELF_SUBMITTED, note=reason)
            else:
                application = self.store.transition(application.id, status, by=BY_PERSON, note=reason)
        self.store.audit("submitted_by_person", application.id, {"job_id": job.id, "url": self._url(job)})
        return application

    def _context(self, job_id: str | None) -> AnswerContext:
        ctx = AnswerContext(profile=self.profile.profile(), resume=self.profile.resume())
        if not job_id:
            return ctx
        for name in ("resume", "cover_letter"):
            try:
                path = self.jobs.document(job_id, name, pdf=True)  # type: ignore[arg-type]
            except NotFoundError:
                continue  # not tailored yet: that file field is left to the person
            setattr(ctx, f"{name}_pdf", str(path))
        try:
            ctx.cover_letter_text = self.jobs.document(job_id, "cover_letter", pdf=False).read_text(encoding="utf-8")
        except NotFoundError:
            pass
        return ctx

    @staticmethod
    def _url(job: JobPosting) -> str:
        url = job.apply_url or job.url
        if not url:
            raise InputError(f"job {job.id} has no URL to apply at")
        return url


def _path_to(start: ApplicationStatus, goal: ApplicationStatus) -> list[ApplicationStatus] | None:
    """Return the shortest list of statuses from start to goal through the status machine, or None."""
    if start is goal:
        return None
    seen, queue = {start}, deque([(start, list[ApplicationStatus]())])
    while queue:
        status, path = queue.popleft()
        for nxt in sorted(ALLOWED_TRANSITIONS[status] - {ApplicationStatus.DISMISSED, ApplicationStatus.WITHDRAWN}):
            if nxt in seen:
                continue
            if nxt is goal:
                return [*path, nxt]
            seen.add(nxt)
            queue.append((nxt, [*path, nxt]))
    return None
