"""Jobs one at a time, for the API, MCP and chat faces: search, a captured page, a match, documents on demand."""

from __future__ import annotations

import re
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from careerpilot.discovery.research import CompanyBrief, ResearchService
from careerpilot.documents.service import DocumentsService
from careerpilot.domain.documents import TailoredDocs
from careerpilot.domain.errors import ConfigError, InputError, NotFoundError, SourceError
from careerpilot.domain.jobs import JobPosting, canonical_url
from careerpilot.domain.matching import Match
from careerpilot.domain.summaries import JobPage, JobSummary
from careerpilot.matching.service import MatchingService
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import JobRow
from careerpilot.profile.service import ProfileService
from careerpilot.runs.planning import PlanningService
from careerpilot.tools.browser import launch_offline_chromium
from careerpilot.tools.sources.normalize import normalize
from careerpilot.tools.sources.structured import extract_jsonld, parse_jsonld

DocumentKind = Literal["resume", "cover_letter"]
_WORD = re.compile(r"\w[\w+#.-]*")


class JobMatch(BaseModel):
    """A posting with its match against the stored resume."""

    job: JobPosting
    match: Match


class PageCapture(BaseModel):
    """A job page the extension captured: its URL and either the HTML or the JSON-LD it found."""

    url: str = Field(max_length=2048, examples=["https://jobs.example.com/backend-engineer"])
    html: str | None = Field(default=None, description="The page's HTML; its JSON-LD JobPosting blocks are read.")
    jsonld: dict[str, Any] | list[Any] | None = Field(
        default=None, description="A schema.org JobPosting (or a @graph holding one) already extracted."
    )


class JobsService:
    """Looks up, captures, scores and writes documents for single jobs."""

    def __init__(
        self,
        store: Store,
        matching: MatchingService,
        planning: PlanningService,
        documents: DocumentsService,
        profile: ProfileService,
        research: ResearchService | None = None,
    ) -> None:
        self.store = store
        self.matching = matching
        self.planning = planning
        self.documents = documents
        self.profile = profile
        # Set by Services.open (the research service is built beside this one).
        self.research = research

    def search(
        self, query: str = "", company: str | None = None, remote: bool | None = None, limit: int = 20
    ) -> list[JobPosting]:
        """Return stored open postings whose text has every query word, newest first."""
        words = [w.lower() for w in _WORD.findall(query)]
        if not words and company is None and remote is None:
            return self.store.list_jobs(limit=limit)
        found = []
        for job in self.store.list_jobs(limit=5000):
            if company and (job.company or "").lower() != company.lower():
                continue
            if remote is not None and bool(job.remote) is not remote:
                continue
            haystack = f"{job.title} {job.company or ''} {job.location_text} {job.description_text}".lower()
            if all(w in haystack for w in words):
                found.append(job)
                if len(found) >= limit:
                    break
        return found

    def summaries(
        self, query: str = "", company: str | None = None, remote: bool | None = None, limit: int = 20, offset: int = 0
    ) -> JobPage:
        """Return one page of open posting summaries whose text has every query word, newest first.

        Reads the stored dumps without validating them again: this backs the hot list endpoints.
        """
        words = [w.lower() for w in _WORD.findall(query)]
        wanted = company.lower() if company else None
        found: list[JobSummary] = []
        skipped = 0
        with self.store.session() as s:
            rows = s.execute(
                select(JobRow.data).where(JobRow.closed.is_(False)).order_by(JobRow.last_seen.desc(), JobRow.id)
            )
            for (data,) in rows:
                if wanted is not None and (data.get("company") or "").lower() != wanted:
                    continue
                if remote is not None and bool(data.get("remote")) is not remote:
                    continue
                summary = JobSummary.from_stored(data)
                if words:
                    text = (
                        f"{summary.title} {summary.company or ''} {summary.location} {data.get('description_text', '')}"
                    )
                    if not all(w in text.lower() for w in words):
                        continue
                if skipped < offset:
                    skipped += 1
                    continue
                if len(found) == limit:
                    return JobPage(items=found, offset=offset, limit=limit, next_offset=offset + limit)
                found.append(summary)
        return JobPage(items=found, offset=offset, limit=limit, next_offset=None)

    def stored(self, job_id: str) -> dict[str, Any]:
        """Return one stored posting as its stored JSON dump (the JobPosting shape, not validated again)."""
        with self.store.session() as s:
            data = s.scalar(select(JobRow.data).where(JobRow.id == job_id))
        if data is None:
            raise NotFoundError(f"no job with id {job_id}")
        return dict(data)

    def get(self, job_id: str) -> JobPosting:
        """Return one stored posting."""
        return self.store.get_job(job_id)

    def match(self, job_id: str) -> JobMatch:
        """Score one stored posting against the stored resume, with the reasons."""
        job = self.store.get_job(job_id)
        return JobMatch(job=job, match=self._score(job))

    def from_page(self, capture: PageCapture) -> JobMatch:
        """Turn a captured page into a stored posting and score it; the page is data, never instructions."""
        if capture.jsonld is not None:
            raws = parse_jsonld(capture.jsonld, capture.url)
            warnings: list[str] = []
        elif capture.html:
            result = extract_jsonld(capture.html, capture.url)
            raws, warnings = result.postings, result.warnings
        else:
            raise InputError("send the page's html or its jsonld")
        if not raws:
            detail = f" ({warnings[0]})" if warnings else ""
            raise SourceError(f"no schema.org JobPosting found on {capture.url}{detail}")
        # A page may hold several postings: the one whose own URL is the captured page, else the first.
        page = canonical_url(capture.url)
        raw = next((r for r in raws if canonical_url(str(r.payload.get("url") or "")) == page), raws[0])
        job = normalize(raw)
        self.store.upsert_jobs([job])
        return JobMatch(job=job, match=self._score(job))

    async def company_brief(self, company: str) -> CompanyBrief:
        """Return the research brief of a company with stored postings (cached; ``sources`` lists what it read)."""
        if self.research is None:
            raise ConfigError("company research is not wired into this JobsService")
        wanted = company.strip().lower()
        with self.store.session() as s:
            rows = s.execute(
                select(JobRow.id).where(func.lower(JobRow.company) == wanted).order_by(JobRow.last_seen.desc()).limit(1)
            ).first()
        if rows is None:
            raise NotFoundError(f"no stored postings from {company}: discover some first")
        return await self.research.brief(self.store.get_job(rows[0]))

    async def tailor(self, job_id: str) -> TailoredDocs:
        """Write a tailored resume and cover letter for one job from the stored resume (PDFs when Chromium runs)."""
        job = self.store.get_job(job_id)
        match = self._score(job)
        inputs = self.profile.stored_inputs(["local:on-demand"])
        note: str | None = None
        async with AsyncExitStack() as stack:
            try:
                browser = await stack.enter_async_context(launch_offline_chromium(self.documents.chromium_path))
            except ConfigError as exc:
                browser, note = None, f"PDFs not rendered: {exc}"
            docs = await self.documents.write(job, match, inputs, self._documents_dir(job_id), browser)
        if note:
            docs.notes.append(note)
        return docs

    def document(self, job_id: str, kind: DocumentKind, pdf: bool = True) -> Path:
        """Return the path of a document written by ``tailor``; NotFoundError until it was written."""
        name = f"{kind}.pdf" if pdf else ("resume.json" if kind == "resume" else "cover_letter.txt")
        path = self._documents_dir(job_id) / name
        if not path.is_file():
            raise NotFoundError(f"no {kind.replace('_', ' ')} written for job {job_id} yet: tailor it first")
        return path

    def _documents_dir(self, job_id: str) -> Path:
        if not re.fullmatch(r"[0-9a-f]{1,32}", job_id):
            raise NotFoundError(f"no job with id {job_id}")
        return self.documents.documents_dir / "on-demand" / job_id

    def _score(self, job: JobPosting) -> Match:
        profile, resume = self.profile.profile(), self.profile.resume()
        plan = self.planning.rule_plan(profile, resume, "", [])
        filters = self.profile.filters().with_profile(profile)
        return self.matching.rank([job], resume, filters, plan).matches[0]
