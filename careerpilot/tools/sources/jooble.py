"""Jooble REST API (keyed): ``POST https://jooble.org/api/<key>`` with ``{"keywords", "location", "page"}``."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.http import json_body
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.fields import (
    first_text,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_from_text,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import description_to_text

DEFAULT_PAGES = 2


def parse_jooble(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job of a ``{"totalCount", "jobs": [...]}`` response."""
    jobs = data.get("jobs") if isinstance(data, dict) else None
    return [RawPosting("jooble", j, origin, company_hint) for j in jobs or [] if isinstance(j, dict) and "title" in j]


def normalize_jooble(raw: RawPosting) -> JobPosting:
    """Map a Jooble job onto JobPosting; Jooble gives a snippet, not the whole description."""
    job = raw.payload
    title = require_title(raw, description_to_text(job.get("title")))
    company = first_text(job.get("company"), raw.company_hint)
    url = first_text(job.get("link"))
    source_id = str(job["id"]) if job.get("id") is not None else None
    location = first_text(job.get("location"))
    return JobPosting(
        id=job_id_for("jooble", source_id, url, title, company),
        source="jooble",
        source_id=source_id,
        url=url,
        apply_url=url,
        title=title,
        company=company,
        locations=[location_from_text(location)] if location else [],
        remote=guess_remote(title, location),
        employment_type=guess_employment_type(job.get("type"), title),
        salary=salary_from_text(first_text(job.get("salary"))),
        seniority=guess_seniority(title),
        date_posted=parse_date(job.get("updated")),
        description_text=description_to_text(job.get("snippet")),
        raw=raw_fields(raw, "snippet"),
    )


class JoobleSource:
    """``jooble:keywords=python developer&location=Berlin&pages=2``; needs JOOBLE_API_KEY."""

    def __init__(self, query: str, ctx: SourceContext) -> None:
        params = dict(parse_qsl(query)) if "=" in query else {"keywords": query}
        self.pages = int(params.pop("pages", DEFAULT_PAGES))
        self.params = params
        self.ctx = ctx
        self.name = f"jooble:{query}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the search results, page by page, until a page is empty."""
        url = f"{self.ctx.base_url(SPEC)}/api/{self.ctx.key('jooble')}"
        shown = f"{self.ctx.base_url(SPEC)}/api/<key>"  # never put the key in messages
        result = SourceResult()
        for page in range(1, self.pages + 1):
            try:
                response = await self.ctx.client("jooble").post(url, json={**self.params, "page": str(page)})
                data = json_body(response, self.name)
            except SourceError as exc:
                raise SourceError(str(exc).replace(url, shown)) from None
            if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
                raise SourceError(f"{self.name}: {shown} returned no 'jobs' list")
            found = parse_jooble(data, shown)
            result.postings.extend(found)
            if not found:
                break
        return result


SPEC = SourceSpec(
    name="jooble",
    description="Jooble search (needs JOOBLE_API_KEY): jooble:keywords=python&location=Berlin&pages=2",
    build=JoobleSource,
    normalize=normalize_jooble,
    base_url="https://jooble.org",
    hosts=("jooble.org",),
)
