"""Submitting an approved application once.

Only approved values are typed; the idempotency key is written to the ledger BEFORE the click (inside the daily
caps' lock); a repeat or a crash never leads to a second submit. The application's own lock is held around the
whole attempt whichever face asked (a Celery worker, the API, MCP, the CLI, a graph run), so a second attempt
running at the same time waits and then reports the first one's outcome, instead of taking a submit in progress
for a crashed one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AsyncExitStack, contextmanager
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from careerpilot.applying.answers import fit_option
from careerpilot.applying.browser import FormBrowser, audit_detail, not_allowed, site, write_audit
from careerpilot.applying.gate import require_approval
from careerpilot.config import Settings
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.jobs import JobPosting
from careerpilot.memory.kv import InProcessMemory, KeyValueMemory, LockBusyError, MemoryUnavailableError
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, idempotency_key, start_of_day
from careerpilot.tools.forms import FieldAnswer, FormField, FormOutcome, Resolver, fill_form
from careerpilot.tools.forms.guard import host_allowed

APPLY_ATTEMPT = "apply_attempt"


class ApplyResult(BaseModel):
    """What the applier did with one application."""

    application_id: str
    submitted: bool
    outcome: str
    repeated: bool = False
    state: str = ""
    url: str | None = None
    audit_dir: str | None = None


def tally(results: list[ApplyResult]) -> dict[str, int]:
    """Count what really happened to each application: submitted, waiting on the person (needs_you), failed.

    An unconfirmed submit (cut off before its outcome was recorded) waits on the person, who checks the site.
    """
    counts = {"submitted": 0, "needs_you": 0, "failed": 0}
    for result in results:
        if result.submitted:
            counts["submitted"] += 1
        elif result.state in ("needs_you", "unconfirmed"):
            counts["needs_you"] += 1
        elif result.state == "failed":
            counts["failed"] += 1
    return counts


class Submitter:
    """Fills and submits approved applications once, within the daily caps, and reports what it did."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        ledger: SubmissionLedger,
        browser: FormBrowser,
        kv: KeyValueMemory | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.ledger = ledger
        self.browser = browser
        # Locks per application and around the caps: Redis across processes, else within this one.
        self.kv = kv if kv is not None else InProcessMemory()

    async def apply(self, application_id: str, *, dry_run: bool | None = None) -> ApplyResult:
        """Fill and submit an approved application once; a repeat or a crash never leads to a second submit.

        Raises:
            ApprovalRequiredError: the application was never approved at review.
            LockBusyError: another process held this application for longer than ``LOCK_TTL_S``.
            MemoryUnavailableError: the shared memory holding the lock cannot be reached.
        """
        ttl = self.settings.lock_ttl_s
        busy = f"another process is applying to {application_id}; try again later"
        async with self.kv.holding(f"application:{application_id}", ttl, wait_s=ttl, busy=busy):
            return await self._apply(application_id, dry_run)

    async def _apply(self, application_id: str, dry_run: bool | None) -> ApplyResult:
        application = self.store.get_application(application_id)
        job = self.store.get_job(application.job_id)
        key = idempotency_key(job.id, application.applicant)
        earlier = self.ledger.get(key)
        if earlier is not None:
            return await self._after_earlier_submit(application, job, earlier)
        if application.status in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_YOU):
            return self._last_result(application)
        require_approval(application)
        dry = self.settings.apply_dry_run if dry_run is None else dry_run
        url = job.apply_url or job.url
        if not url or not host_allowed(url, self.settings.allowed_hosts):
            return self._conclude(application, FormOutcome(state="needs_you", url=url or "", detail=not_allowed(url)))
        host = site(url)
        if not dry and (refusal := self._cap_refusal(host)):
            return self._conclude(application, FormOutcome(state="not_submitted", url=url, detail=refusal))

        async def claim(outcome: FormOutcome) -> str | None:
            try:
                # Check-the-caps-then-claim is one critical section across processes (workers share Redis).
                with self._caps_lock():
                    if refusal := self._cap_refusal(host):
                        return refusal
                    if not self.ledger.claim(key, application.id, job.id, application.applicant, host):
                        return "not submitted: another process is submitting this application"
            except (MemoryUnavailableError, LockBusyError) as exc:
                return f"not submitted: the daily caps cannot be checked across workers now ({exc}); retry later"
            self.store.audit("submit_intent", application.id, {"key": key, "url": url, "site": host})
            return None

        audit_dir = self.browser.audit_dir(application_id, "dry_run" if dry else "submit")
        approved = _approved_values(application)
        async with AsyncExitStack() as stack:
            browser = await self.browser.open(stack)
            mode: Literal["dry_run", "submit"] = "dry_run" if dry else "submit"
            run = self.browser.form_run(url, audit_dir, _approved_resolver(approved), mode, claim)
            outcome = await fill_form(browser, run)
        if outcome.state in ("submitted", "failed", "unconfirmed"):
            self.ledger.settle(key, outcome.state, {"detail": outcome.detail, "confirmation": outcome.confirmation})
        write_audit(audit_dir, outcome)
        return self._conclude(application, outcome, audit_dir)

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

    def _conclude(self, application: Application, outcome: FormOutcome, audit_dir: Path | None = None) -> ApplyResult:
        """Record the attempt and move the application to the state it ended in."""
        state = outcome.state
        if state == "submitted":
            self.store.transition(application.id, ApplicationStatus.SUBMITTED, by="applier", note=outcome.detail)
        elif state in ("needs_you", "failed", "unconfirmed"):
            self.store.transition(application.id, ApplicationStatus.NEEDS_YOU, by="applier", note=outcome.detail)
        mode = "dry_run" if state == "dry_run" else "submit"
        detail = audit_detail(outcome, audit_dir, mode=mode)
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
            browser = await self.browser.open(stack)
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
        with self.kv.locked("caps", ttl_s=30, wait_s=self.settings.apply_timeout_s):
            yield

    def _cap_refusal(self, host: str) -> str | None:
        since = start_of_day()
        cap, site_cap = self.settings.max_applications_per_day, self.settings.max_applications_per_site_per_day
        if self.ledger.count_since(since) >= cap:
            return f"not submitted: the daily cap of {cap} applications is reached (it resets at 00:00 UTC)"
        if self.ledger.count_since(since, host) >= site_cap:
            return f"not submitted: the daily cap of {site_cap} applications on {host} is reached (resets 00:00 UTC)"
        return None


def _approved_values(application: Application) -> dict[str, FieldAnswer]:
    return {f["key"]: FieldAnswer.model_validate(f) for f in application.answers.get("fields", [])}


def _approved_resolver(approved: dict[str, FieldAnswer]) -> Resolver:
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
