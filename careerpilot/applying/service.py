"""The review gate and the applier: nothing is submitted without a recorded approval, and nothing twice.

An application goes: drafted -> (prepare: the form is read and filled in a dry run, every value with its source)
-> review (approve / edit values / reject, or the autonomous policy) -> apply (only the approved values are
typed; the idempotency key is written to the ledger BEFORE the click) -> submitted, or needs_you with the reason
and the URL (login wall, CAPTCHA, unknown question, site error, unconfirmed or crashed submit).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from careerpilot.applying.answers import AnswerContext, AnswerService, fit_option
from careerpilot.config import Settings
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import ApprovalRequiredError, InputError, NotFoundError
from careerpilot.domain.feedback import Verdict
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunInputs
from careerpilot.matching.feedback import FeedbackService
from careerpilot.matching.service import MatchingService
from careerpilot.memory.kv import KeyValueMemory, LockBusyError, MemoryUnavailableError
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, idempotency_key, start_of_day
from careerpilot.tools.browser import launch_chromium
from careerpilot.tools.forms import FieldAnswer, FormField, FormOutcome, FormRun, fill_form
from careerpilot.tools.forms.guard import chromium_args, host_allowed

log = logging.getLogger(__name__)
APPLY_ATTEMPT = "apply_attempt"
PREPARED = "prepared"
HOST_NOT_ALLOWED = "needs you: the browser may not open"
EDITABLE = ("cover_letter", "notes")


class PendingApproval(BaseModel):
    """What a person needs to decide on one drafted application: job, score, documents and every form field."""

    application: Application
    job: JobPosting
    match: Match | None = None
    fields: list[FieldAnswer] = Field(default_factory=list)
    unanswered: list[FormField] = Field(default_factory=list)
    form: dict[str, Any] = Field(default_factory=dict, description="adapter, verified, url, state, detail")


class ApplyResult(BaseModel):
    """What the applier did with one application."""

    application_id: str
    submitted: bool
    outcome: str
    repeated: bool = False
    state: str = ""
    url: str | None = None
    audit_dir: str | None = None


@dataclass
class DecisionOutcome:
    """Applications approved by these decisions and those still waiting."""

    approved: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


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
        self.settings = settings
        self.answers = answers or AnswerService(None, None)
        self.documents = documents
        self.matching = matching
        self.ledger = SubmissionLedger(store)
        self.audit_root = settings.data_path / "applications"
        self.kv = kv  # the lock that makes caps hold across processes
        self.feedback = feedback  # verdicts shape later rankings

    # review
    def pending(self, run_id: str | None = None) -> list[PendingApproval]:
        """Return drafted applications waiting for a decision, with their job, match and form fields."""
        pending = []
        for application in self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id):
            matches = {m.job_id: m for m, _ in self.store.matches_for_run(application.run_id or "")}
            job = self.store.get_job(application.job_id)
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

    def record_decisions(self, run_id: str, decisions: list[ReviewDecision]) -> DecisionOutcome:
        """Apply each decision to a drafted application of the run; undecided ones stay pending."""
        drafted = {a.id: a for a in self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)}
        for decision in decisions:
            application = drafted.get(decision.application_id)
            if application is None:
                raise InputError(f"application {decision.application_id} is not waiting for review in run {run_id}")
            if decision.action == "approve":
                self._refuse_second_application(application)
                self.store.transition(application.id, ApplicationStatus.APPROVED, by="user", note=decision.note)
                self.store.audit("approved", application.id, {"note": decision.note, "by": "user"})
                self._remember_answers(application)
                self._remember_verdict(application, "approved", decision.note)
            elif decision.action == "reject":
                self.store.transition(application.id, ApplicationStatus.DISMISSED, by="user", note=decision.note)
                self.store.audit("rejected", application.id, {"note": decision.note})
                self._remember_verdict(application, "rejected", decision.note)
            else:
                self._edit(application, decision.edits)
        still = self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)
        approved = self.store.list_applications(ApplicationStatus.APPROVED, run_id=run_id)
        return DecisionOutcome(approved=[a.id for a in approved], pending=[a.id for a in still])

    def _remember_verdict(self, application: Application, verdict: Verdict, note: str) -> None:
        if self.feedback is not None:
            self.feedback.record(application.job_id, verdict, note)

    def _refuse_second_application(self, application: Application) -> None:
        row = self.ledger.get(idempotency_key(application.job_id, application.applicant))
        if row is not None:
            raise InputError(
                f"already applied to this job on {row['created_at']:%Y-%m-%d %H:%M} UTC "
                f"(application {row['application_id']}, {row['state']}): not applying twice"
            )

    def _edit(self, application: Application, edits: dict[str, str]) -> None:
        answer_edits = {k.removeprefix("answer:"): v for k, v in edits.items() if k.startswith("answer:")}
        unknown = set(edits) - set(EDITABLE) - {f"answer:{k}" for k in answer_edits}
        if unknown:
            raise InputError(f"cannot edit {', '.join(sorted(unknown))}; editable: cover_letter, notes, answer:FIELD")
        documents: dict[str, Any] = dict(application.documents)
        if "cover_letter" in edits:
            documents["cover_letter"] = edits["cover_letter"]
            documents["edited_by_user"] = True
        answers = _with_edits(application.answers, answer_edits) if answer_edits else application.answers
        self.store.update_application(
            application.id, documents=documents, answers=answers, notes=edits.get("notes", application.notes)
        )
        self.store.audit("edited", application.id, {"fields": sorted(edits)})

    def _remember_answers(self, application: Application) -> None:
        for item in application.answers.get("fields", []):
            answer = FieldAnswer.model_validate(item)
            if answer.kind != "file" and isinstance(answer.value, str) and not answer.source.startswith("profile"):
                self.answers.remember(answer.label, answer.value, answer.source)

    def autonomous_decisions(self, run_id: str) -> list[ReviewDecision]:
        """Return approvals the autonomous policy allows now (none when the policy is off)."""
        enabled, min_score = self._policy(run_id)
        if not enabled:
            return []
        decisions: list[ReviewDecision] = []
        sites: dict[str, int] = {}
        today = self.ledger.count_since(start_of_day())
        for item in self.pending(run_id):
            reason = self._policy_refusal(item, today + len(decisions), sites, min_score)
            if reason is None:
                site = _site(item.form.get("url") or "")
                sites[site] = sites.get(site, 0) + 1
                decisions.append(
                    ReviewDecision(application_id=item.application.id, action="approve", note="autonomous")
                )
            else:
                log.info("autonomous policy leaves %s to the human: %s", item.application.id, reason)
        return decisions

    def _policy(self, run_id: str) -> tuple[bool, float]:
        """Return whether the autonomous policy is on for a run, and its bar: a saved search's own, else settings."""
        try:
            policy = self.store.get_run(run_id).summary.get("policy") if run_id else None
        except NotFoundError:
            policy = None
        if policy:
            return bool(policy.get("enabled")), float(policy.get("min_score", self.settings.autonomous_min_score))
        return self.settings.autonomous_apply, self.settings.autonomous_min_score

    def _policy_refusal(
        self, item: PendingApproval, today: int, sites: dict[str, int], min_score: float | None = None
    ) -> str | None:
        form, score = item.form, item.application.score or 0
        site = _site(form.get("url") or "")
        bar = self.settings.autonomous_min_score if min_score is None else min_score
        if score < bar:
            return f"score {score:.0f} < {bar:.0f}"
        if not form.get("verified") or form.get("state") != "dry_run":
            return f"form not read by a verified adapter ({form.get('adapter') or 'none'}: {form.get('detail', '')})"
        if item.unanswered or not item.fields or any(not f.grounded or f.source.startswith("llm") for f in item.fields):
            return "not every answer is grounded in the profile"
        if today >= self.settings.max_applications_per_day:
            return "global daily cap reached"
        if (
            self.ledger.count_since(start_of_day(), site) + sites.get(site, 0)
            >= self.settings.max_applications_per_site_per_day
        ):
            return f"daily cap for {site} reached"
        return None

    # preparing
    async def prepare(self, application_ids: list[str], inputs: RunInputs) -> list[str]:
        """Read each application's form in a dry run and store every field with its value and source."""
        notes: list[str] = []
        async with AsyncExitStack() as stack:
            browser = None
            for app_id in application_ids:
                application = self.store.get_application(app_id)
                job = self.store.get_job(application.job_id)
                url = job.apply_url or job.url
                if not url or not host_allowed(url, self.settings.allowed_hosts):
                    form = {"url": url, "state": "not_read", "detail": _not_allowed(url)}
                    self.store.update_application(app_id, answers={"form": form, "fields": [], "unanswered": []})
                    continue
                if browser is None:
                    browser = await self._browser(stack)
                ctx = _context(inputs, application)
                audit_dir = self._audit_dir(app_id, "prepare")
                run = self._form_run(url, audit_dir, lambda f, c=ctx: self.answers.answer(f, c), "dry_run")
                outcome = await fill_form(browser, run)
                self.store.update_application(app_id, answers=_prepared(outcome))
                self.store.audit(PREPARED, app_id, _audit_detail(outcome, audit_dir, mode="prepare"))
                _write_audit(audit_dir, outcome)
                if outcome.state != "dry_run":
                    notes.append(f"{job.title} at {job.company}: {outcome.detail}")
        return notes

    # applying
    async def apply(self, application_id: str, *, dry_run: bool | None = None) -> ApplyResult:
        """Fill and submit an approved application once; a repeat or a crash never leads to a second submit."""
        application = self.store.get_application(application_id)
        job = self.store.get_job(application.job_id)
        key = idempotency_key(job.id, application.applicant)
        earlier = self.ledger.get(key)
        if earlier is not None:
            return await self._after_earlier_submit(application, job, earlier)
        if application.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_YOU):
            return self._last_result(application)
        if application.status is not ApplicationStatus.APPROVED:
            raise ApprovalRequiredError(
                f"application {application_id} is {application.status.value}, not approved: approve it at review first"
            )
        dry = self.settings.apply_dry_run if dry_run is None else dry_run
        url = job.apply_url or job.url
        if not url or not host_allowed(url, self.settings.allowed_hosts):
            return self._conclude(application, FormOutcome(state="needs_you", url=url or "", detail=_not_allowed(url)))
        site = _site(url)
        if not dry and (refusal := self._cap_refusal(site)):
            return self._conclude(application, FormOutcome(state="not_submitted", url=url, detail=refusal))

        async def claim(outcome: FormOutcome) -> str | None:
            try:
                # Check-the-caps-then-claim is one critical section across processes (workers share Redis).
                with self._caps_lock():
                    if refusal := self._cap_refusal(site):
                        return refusal
                    if not self.ledger.claim(key, application.id, job.id, application.applicant, site):
                        return "not submitted: another process is submitting this application"
            except (MemoryUnavailableError, LockBusyError) as exc:
                return f"not submitted: the daily caps cannot be checked across workers now ({exc}); retry later"
            self.store.audit("submit_intent", application.id, {"key": key, "url": url, "site": site})
            return None

        audit_dir = self._audit_dir(application_id, "dry_run" if dry else "submit")
        approved = _approved_values(application)
        async with AsyncExitStack() as stack:
            browser = await self._browser(stack)
            run = self._form_run(url, audit_dir, _approved_resolver(approved), "dry_run" if dry else "submit", claim)
            outcome = await fill_form(browser, run)
        if outcome.state in ("submitted", "failed", "unconfirmed"):
            self.ledger.settle(key, outcome.state, {"detail": outcome.detail, "confirmation": outcome.confirmation})
        _write_audit(audit_dir, outcome)
        return self._conclude(application, outcome, audit_dir)

    def _conclude(self, application: Application, outcome: FormOutcome, audit_dir: Path | None = None) -> ApplyResult:
        """Record the attempt and move the application to the state it ended in."""
        state = outcome.state
        if state == "submitted":
            self.store.transition(application.id, ApplicationStatus.SUBMITTED, by="applier", note=outcome.detail)
        elif state in ("needs_you", "failed", "unconfirmed"):
            self.store.transition(application.id, ApplicationStatus.NEEDS_YOU, by="applier", note=outcome.detail)
        mode = "dry_run" if state == "dry_run" else "submit"
        detail = _audit_detail(outcome, audit_dir, mode=mode)
        self.store.audit(APPLY_ATTEMPT, application.id, detail)
        if audit_dir is not None:
            record = dict(application.answers)
            record["attempts"] = [*record.get("attempts", []), {"dir": str(audit_dir), "state": state}]
            self.store.update_application(application.id, answers=record)
        return ApplyResult(
            application_id=application.id,
            submitted=state == "submitted",
            outcome=outcome.detail,
            state=state,
            url=outcome.url,
            audit_dir=str(audit_dir) if audit_dir else None,
        )

    async def _after_earlier_submit(
        self, application: Application, job: JobPosting, row: dict[str, Any]
    ) -> ApplyResult:
        """Settle an application whose submit was started before: confirmed, refused, or unknown after a crash."""
        when = f"{row['created_at']:%Y-%m-%d %H:%M} UTC"
        state = row["state"]
        if state == "intent" and application.status is ApplicationStatus.APPROVED:
            confirmed = await self._confirmation_visible(job.apply_url or job.url or "")
            state = "submitted" if confirmed else "unconfirmed"
            detail = (
                f"submitted on {when}: the site shows the confirmation after a restart"
                if confirmed
                else f"a submit started on {when} was cut off before its outcome was recorded: check the site or your "
                f"e-mail for a confirmation; it is never resubmitted automatically"
            )
            self.ledger.settle(row["key"], state, {"detail": detail, "after_crash": True})
            return self._conclude(
                application, FormOutcome(state=state, url=job.apply_url or job.url or "", detail=detail)
            )
        if application.status is ApplicationStatus.APPROVED:
            outcome = FormOutcome(state=state, url=job.apply_url or "", detail=str(row["detail"].get("detail", state)))
            return self._conclude(application, outcome)
        result = self._last_result(application)
        result.outcome = f"already applied on {when} ({state}): {result.outcome}"
        return result

    async def _confirmation_visible(self, url: str) -> bool:
        """Open the application URL again and look for a confirmation (some sites say 'already applied')."""
        if not url or not host_allowed(url, self.settings.allowed_hosts):
            return False
        async with AsyncExitStack() as stack:
            browser = await self._browser(stack)
            page = await browser.new_page()
            try:
                await page.goto(url, wait_until="domcontentloaded", timeout=self.settings.apply_timeout_s * 1000)
                text = await page.inner_text("body")
            finally:
                await page.close()
        return any(p in text.lower() for p in ("already applied", "application submitted", "thank you for applying"))

    def _last_result(self, application: Application) -> ApplyResult:
        events = self.store.audit_events(application.id, action=APPLY_ATTEMPT)
        detail = events[-1]["detail"] if events else {"submitted": False, "outcome": application.status.value}
        return ApplyResult(
            application_id=application.id,
            submitted=application.status is ApplicationStatus.SUBMITTED,
            outcome=detail["outcome"],
            repeated=True,
            state=detail.get("state", application.status.value),
            url=detail.get("url"),
        )

    @contextmanager
    def _caps_lock(self) -> Iterator[None]:
        with self.kv.locked("caps", ttl_s=30, wait_s=self.settings.apply_timeout_s) if self.kv else nullcontext():
            yield

    def _cap_refusal(self, site: str) -> str | None:
        since = start_of_day()
        cap, site_cap = self.settings.max_applications_per_day, self.settings.max_applications_per_site_per_day
        if self.ledger.count_since(since) >= cap:
            return f"not submitted: the daily cap of {cap} applications is reached (it resets at 00:00 UTC)"
        if self.ledger.count_since(since, site) >= site_cap:
            return f"not submitted: the daily cap of {site_cap} applications on {site} is reached (resets 00:00 UTC)"
        return None

    def applied(self, run_id: str) -> list[ApplyResult]:
        """Return what the applier last did for each application of a run."""
        results = []
        for application in self.store.list_applications(run_id=run_id):
            for event in self.store.audit_events(application.id, action=APPLY_ATTEMPT)[-1:]:
                detail = event["detail"]
                results.append(
                    ApplyResult(
                        application_id=application.id,
                        submitted=detail["submitted"],
                        outcome=detail["outcome"],
                        state=detail.get("state", ""),
                        url=detail.get("url"),
                        audit_dir=detail.get("audit_dir"),
                    )
                )
        return results

    # a single job from a URL
    def draft_from_url(self, url: str, inputs: RunInputs, run_id: str) -> Application:
        """Record a job for a bare application URL and its application in a run; refuse one already applied to."""
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
            raise InputError(f"{url!r} is not an http(s) URL of an application form")
        job = self.store.get_jobs([_url_job_id(url)]).get(_url_job_id(url))
        if job is None:
            host = urlsplit(url).hostname or "?"
            job = JobPosting(id=_url_job_id(url), source="url", url=url, apply_url=url, title=f"Application at {host}")
            self.store.upsert_jobs([job])
        application = self.store.ensure_application(job.id, inputs.applicant, run_id, None)
        row = self.ledger.get(idempotency_key(job.id, inputs.applicant))
        if row is not None or application.status not in (ApplicationStatus.SHORTLISTED, ApplicationStatus.DRAFTED):
            when = f" on {row['created_at']:%Y-%m-%d %H:%M} UTC" if row else ""
            raise InputError(
                f"already applied to {url}{when}: application {application.id} is {application.status.value}"
            )
        return application

    async def draft_url(self, url: str, inputs: RunInputs, run_id: str) -> Application:
        """Draft an application for one job given by its application URL: documents, then the form read for review."""
        if self.documents is None or self.matching is None:
            raise InputError("applying from a URL needs the documents and matching services")
        application = self.draft_from_url(url, inputs, run_id)
        job = self.store.get_job(application.job_id)
        if host_allowed(url, self.settings.allowed_hosts) and job.title.startswith("Application at "):
            async with AsyncExitStack() as stack:
                browser = await self._browser(stack)
                job = job.model_copy(update={"title": await _page_heading(browser, url, self.settings.apply_timeout_s)})
            self.store.upsert_jobs([job])
        plan = SearchPlan(roles=inputs.profile.preferences.roles or [job.title], sources=[url], min_score=0)
        ranked = self.matching.rank([job], inputs.resume, inputs.filters, plan)
        self.store.save_matches(run_id, ranked.matches, {job.id})
        await self.documents.draft(run_id, [job.id], inputs)
        await self.prepare([application.id], inputs)
        return self.store.get_application(application.id)

    # plumbing
    async def _browser(self, stack: AsyncExitStack) -> Any:
        """Launch Chromium walled in to the allowed hosts (ConfigError, one readable line, if it cannot start)."""
        return await stack.enter_async_context(
            launch_chromium(self.settings.chromium_path, extra_args=chromium_args(self.settings.allowed_hosts))
        )

    def _form_run(self, url: str, audit_dir: Path, resolver: Any, mode: str, before: Any = None) -> FormRun:
        return FormRun(
            url=url,
            resolver=resolver,
            audit_dir=audit_dir,
            mode=mode,  # type: ignore[arg-type]
            before_submit=before,
            allowed_hosts=self.settings.allowed_hosts,
            timeout_s=self.settings.apply_timeout_s,
        )

    def _audit_dir(self, application_id: str, kind: str) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.audit_root / application_id / f"{stamp}-{kind}"


async def _page_heading(browser: Any, url: str, timeout_s: float) -> str:
    """Return the first heading (else the title) of a page, as the job title of a bare URL."""
    page = await browser.new_page()
    try:
        await page.goto(url, wait_until="domcontentloaded", timeout=timeout_s * 1000)
        heading = page.locator("h1, h2").first
        text = (await heading.inner_text()).strip() if await heading.count() else await page.title()
    finally:
        await page.close()
    return " ".join(text.split())[:200] or url


def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _url_job_id(url: str) -> str:
    from careerpilot.domain.jobs import job_id_for

    return job_id_for("url", None, url, "", None)


def _not_allowed(url: str | None) -> str:
    if not url:
        return "needs you: the job has no application URL; apply on the employer's site"
    return f"{HOST_NOT_ALLOWED} {_site(url)} (not in BROWSER_ALLOWED_HOSTS): apply at {url} yourself"


def _context(inputs: RunInputs, application: Application) -> AnswerContext:
    docs = application.documents
    return AnswerContext(
        profile=inputs.profile,
        resume=inputs.resume,
        resume_pdf=docs.get("resume_pdf"),
        cover_letter_pdf=docs.get("cover_letter_pdf"),
        cover_letter_text=docs.get("cover_letter"),
    )


def _prepared(outcome: FormOutcome) -> dict[str, Any]:
    form = {
        "url": outcome.url,
        "adapter": outcome.adapter,
        "verified": outcome.verified_adapter,
        "state": outcome.state,
        "detail": outcome.detail,
        "title": outcome.title,
        "screenshot": outcome.screenshots[0] if outcome.screenshots else None,
        "handover": outcome.handover.model_dump() if outcome.handover else None,
    }
    return {
        "form": form,
        "fields": [f.model_dump() for f in outcome.filled],
        "unanswered": [f.model_dump() for f in outcome.unanswered],
    }


def _with_edits(answers: dict[str, Any], edits: dict[str, str]) -> dict[str, Any]:
    """Return the prepared answers with the user's values; an edited unanswered question becomes answered."""
    fields = [dict(f) for f in answers.get("fields", [])]
    unanswered = [FormField.model_validate(f) for f in answers.get("unanswered", [])]
    by_key = {f["key"]: f for f in fields}
    known = by_key.keys() | {f.key for f in unanswered}
    if missing := set(edits) - known:
        raise InputError(f"no form field {', '.join(sorted(missing))} in this application")
    for question in unanswered:
        if question.key in edits:
            value = fit_option(question, edits[question.key])
            if value is None:
                raise InputError(f"{edits[question.key]!r} is not a choice of {question.label!r}: {question.options}")
            fields.append(
                FieldAnswer(
                    **question.model_dump(exclude={"options", "meaning"}), value=value, source="user"
                ).model_dump()
            )
    for key, value in edits.items():
        if key in by_key:
            by_key[key].update(value=value, source="user", grounded=True)
    remaining = [f.model_dump() for f in unanswered if f.key not in edits]
    return {**answers, "fields": fields, "unanswered": remaining}


def _approved_values(application: Application) -> dict[str, FieldAnswer]:
    return {f["key"]: FieldAnswer.model_validate(f) for f in application.answers.get("fields", [])}


def _approved_resolver(approved: dict[str, FieldAnswer]) -> Any:
    """Answer only with values approved at review; a question not shown there stays unanswered."""

    async def resolve(form_field: FormField) -> FieldAnswer | None:
        answer = approved.get(form_field.key)
        if answer is None:
            return None
        value = fit_option(form_field, answer.value)
        if form_field.kind == "file" and answer.value and not Path(str(answer.value)).is_file():
            return None
        return answer.model_copy(update={"value": value}) if value not in (None, []) else None

    return resolve


def _audit_detail(outcome: FormOutcome, audit_dir: Path | None, *, mode: str) -> dict[str, Any]:
    return {
        "submitted": outcome.state == "submitted",
        "outcome": outcome.detail,
        "state": outcome.state,
        "mode": mode,
        "url": outcome.url,
        "adapter": outcome.adapter,
        "confirmation": outcome.confirmation,
        "filled": [{"label": f.label, "value": f.value, "source": f.source} for f in outcome.filled],
        "unanswered": [f.label for f in outcome.unanswered],
        "screenshots": outcome.screenshots,
        "timings": outcome.timings,
        "blocked_requests": outcome.blocked_requests,
        "audit_dir": str(audit_dir) if audit_dir else None,
    }


def _write_audit(audit_dir: Path, outcome: FormOutcome) -> None:
    audit_dir.mkdir(parents=True, exist_ok=True)
    record = outcome.model_dump(mode="json")
    (audit_dir / "outcome.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
