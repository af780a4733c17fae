"""Reading forms for review.

Each drafted application's form is opened and filled in a dry run (never submitted), and every field is stored with
its value and the source of that value.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import Any

from careerpilot.applying.answers import AnswerContext, AnswerService
from careerpilot.applying.browser import FormBrowser, audit_detail, not_allowed, write_audit
from careerpilot.config import Settings
from careerpilot.domain.applications import Application
from careerpilot.domain.runs import RunInputs
from careerpilot.memory.sql import Store
from careerpilot.tools.forms import FieldAnswer, FormField, FormOutcome, Resolver, fill_form
from careerpilot.tools.forms.guard import host_allowed

PREPARED = "prepared"


class FormReader:
    """Fills each application's form in a dry run and keeps what it would send, for the person to review."""

    def __init__(self, store: Store, settings: Settings, answers: AnswerService, browser: FormBrowser) -> None:
        self.store = store
        self.settings = settings
        self.answers = answers
        self.browser = browser

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
                    form = {"url": url, "state": "not_read", "detail": not_allowed(url)}
                    self.store.update_application(app_id, answers={"form": form, "fields": [], "unanswered": []})
                    continue
                if browser is None:
                    browser = await self.browser.open(stack)
                ctx = _context(inputs, application)
                audit_dir = self.browser.audit_dir(app_id, "prepare")
                run = self.browser.form_run(url, audit_dir, _resolver(self.answers, ctx), "dry_run")
                outcome = await fill_form(browser, run)
                self.store.update_application(app_id, answers=_prepared(outcome))
                self.store.audit(PREPARED, app_id, audit_detail(outcome, audit_dir, mode="prepare"))
                write_audit(audit_dir, outcome)
                if outcome.state != "dry_run":
                    notes.append(f"{job.title} at {job.company}: {outcome.detail}")
        return notes


def _context(inputs: RunInputs, application: Application) -> AnswerContext:
    docs = application.documents
    return AnswerContext(
        profile=inputs.profile,
        resume=inputs.resume,
        resume_pdf=docs.get("resume_pdf"),
        cover_letter_pdf=docs.get("cover_letter_pdf"),
        cover_letter_text=docs.get("cover_letter"),
    )


def _resolver(answers: AnswerService, ctx: AnswerContext) -> Resolver:
    """Answer each field from this application's profile, resume and documents (with the source of each value)."""

    async def resolve(form_field: FormField) -> FieldAnswer | None:
        return await answers.answer(form_field, ctx)

    return resolve


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
