"""Applying to one job given by its application URL.

Record the job and its application (refusing a job already applied to), write the documents and read the form, so
it reaches the same review gate as a run's drafts.
"""

from __future__ import annotations

from contextlib import AsyncExitStack
from typing import Any
from urllib.parse import urlsplit

from careerpilot.applying.browser import FormBrowser
from careerpilot.applying.prepare import FormReader
from careerpilot.config import Settings
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import InputError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.runs import RunInputs
from careerpilot.matching.service import MatchingService
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, idempotency_key
from careerpilot.tools.forms.guard import host_allowed


class UrlDrafts:
    """Drafts an application for a bare application URL, up to the review gate."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        ledger: SubmissionLedger,
        browser: FormBrowser,
        reader: FormReader,
        documents: DocumentsService | None = None,
        matching: MatchingService | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.ledger = ledger
        self.browser = browser
        self.reader = reader
        self.documents = documents
        self.matching = matching

    async def check_url(self, url: str) -> None:
        """Raise InputError unless ``url`` is an http(s) URL the browser may open and that answers (nothing is stored).

        A bad scheme, a host outside BROWSER_ALLOWED_HOSTS or a URL that does not answer ends here, in one line,
        before any run, job or application is recorded.
        """
        import httpx  # only the apply command pays for it

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise InputError(f"{url!r} is not an http(s) URL of an application form")
        if not host_allowed(url, self.settings.allowed_hosts):
            raise InputError(f"{parts.hostname} is not among the hosts the browser may open (BROWSER_ALLOWED_HOSTS)")
        try:
            async with httpx.AsyncClient(timeout=self.settings.apply_timeout_s, follow_redirects=True) as client:
                response = await client.get(url)
        except httpx.HTTPError as exc:
            raise InputError(f"{url} does not answer ({type(exc).__name__}: {str(exc) or 'no reply'})") from None
        if response.status_code >= 400:
            raise InputError(f"{url} answers HTTP {response.status_code}: check the URL of the application form")

    def existing(self, url: str, applicant: str) -> Application | None:
        """Return the application already recorded for this URL and applicant, if any."""
        return self.store.find_application(_url_job_id(url), applicant)

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
                browser = await self.browser.open(stack)
                job = job.model_copy(update={"title": await _page_heading(browser, url, self.settings.apply_timeout_s)})
            self.store.upsert_jobs([job])
        plan = SearchPlan(roles=inputs.profile.preferences.roles or [job.title], sources=[url], min_score=0)
        ranked = self.matching.rank([job], inputs.resume, inputs.filters, plan)
        self.store.save_matches(run_id, ranked.matches, {job.id})
        await self.documents.draft(run_id, [job.id], inputs)
        await self.reader.prepare([application.id], inputs)
        return self.store.get_application(application.id)


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


def _url_job_id(url: str) -> str:
    return job_id_for("url", None, url, "", None)
