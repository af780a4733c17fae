"""Arbeitnow job board API: ``GET https://www.arbeitnow.com/api/job-board-api?page=N`` (paged via ``links.next``)."""

from __future__ import annotations

from typing import Any

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json
from careerpilot.tools.sources.fields import (
    first_text,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import description_to_html, description_to_text

DEFAULT_PAGES = 3


def parse_arbeitnow(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job of a ``{"data": [...]}`` page."""
    jobs = data.get("data") if isinstance(data, dict) else None
    return [
        RawPosting("arbeitnow", job, origin, company_hint)
        for job in jobs or []
        if isinstance(job, dict) and "slug" in job and "title" in job
    ]


def normalize_arbeitnow(raw: RawPosting) -> JobPosting:
    """Map an Arbeitnow job onto JobPosting; its description is HTML-escaped HTML."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    company = first_text(job.get("company_name"), raw.company_hint)
    url = first_text(job.get("url"))
    location = first_text(job.get("location"))
    types = [t for t in job.get("job_types") or [] if isinstance(t, str)]
    remote = job.get("remote")
    return JobPosting(
        id=job_id_for("arbeitnow", first_text(job.get("slug")), url, title, company),
        source="arbeitnow",
        source_id=first_text(job.get("slug")),
        url=url,
        apply_url=url,
        title=title,
        company=company,
        locations=[location_from_text(location)] if location else [],
        remote=True if remote is True else guess_remote(title, location),
        employment_type=guess_employment_type(*types, title),
        seniority=guess_seniority(title),
        date_posted=parse_date(job.get("created_at")),
        description_text=description_to_text(job.get("description")),
        description_html=description_to_html(job.get("description")),
        department=next((t for t in job.get("tags") or [] if isinstance(t, str)), None),
        raw=raw_fields(raw, "description"),
    )


class ArbeitnowSource:
    """Arbeitnow's board: ``arbeitnow`` or ``arbeitnow:PAGES`` (how many pages to follow, default 3)."""

    def __init__(self, pages: str, ctx: SourceContext) -> None:
        self.pages = int(pages) if pages.strip().isdigit() else DEFAULT_PAGES
        self.ctx = ctx
        self.name = "arbeitnow"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the newest jobs, following ``links.next`` up to the page budget."""
        url: str | None = f"{self.ctx.base_url(SPEC)}/api/job-board-api"
        params: dict[str, str] | None = {"page": "1"}
        result = SourceResult()
        for _ in range(self.pages):
            if url is None:
                break
            data, response = await get_json(self.ctx, "arbeitnow", url, params=params)
            if not isinstance(data, dict) or not isinstance(data.get("data"), list):
                raise SourceError(f"{self.name}: {url} returned no 'data' list")
            result.postings.extend(parse_arbeitnow(data, str(response.url)))
            links = data.get("links")
            links = links if isinstance(links, dict) else {}
            url, params = first_text(links.get("next")), None
        return result


SPEC = SourceSpec(
    name="arbeitnow",
    description="Arbeitnow's job board, newest first: arbeitnow or arbeitnow:PAGES (default 3)",
    build=ArbeitnowSource,
    normalize=normalize_arbeitnow,
    base_url="https://www.arbeitnow.com",
    hosts=("arbeitnow.com",),
    needs_argument=False,
)
