"""SerpAPI Google Jobs (keyed): ``GET https://serpapi.com/search.json?engine=google_jobs&q=...``."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

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
    salary_from_text,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import clean_text, join_sections, section

DEFAULT_PAGES = 2


def parse_serpapi(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per entry of ``jobs_results``."""
    jobs = data.get("jobs_results") if isinstance(data, dict) else None
    return [RawPosting("serpapi", j, origin, company_hint) for j in jobs or [] if isinstance(j, dict) and "title" in j]


def normalize_serpapi(raw: RawPosting) -> JobPosting:
    """Map a Google Jobs result onto JobPosting; highlights become description sections."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    company = first_text(job.get("company_name"), raw.company_hint)
    detected = job.get("detected_extensions")
    detected = detected if isinstance(detected, dict) else {}
    options = [o for o in job.get("apply_options") or [] if isinstance(o, dict) and o.get("link")]
    url = first_text(job.get("share_link")) or (options[0]["link"] if options else None)
    location = first_text(job.get("location"))
    highlights = [
        section(str(h.get("title") or ""), "\n".join(f"- {clean_text(str(i))}" for i in h.get("items") or []))
        for h in job.get("job_highlights") or []
        if isinstance(h, dict)
    ]
    return JobPosting(
        id=job_id_for("serpapi", first_text(job.get("job_id")), url, title, company),
        source="serpapi",
        source_id=first_text(job.get("job_id")),
        url=url,
        apply_url=options[0]["link"] if options else url,
        title=title,
        company=company,
        locations=[location_from_text(location)] if location else [],
        remote=True if detected.get("work_from_home") else guess_remote(title, location),
        employment_type=guess_employment_type(detected.get("schedule_type"), title),
        salary=salary_from_text(first_text(detected.get("salary"))),
        seniority=guess_seniority(title),
        description_text=join_sections(clean_text(str(job.get("description") or "")), *highlights),
        raw=raw_fields(raw, "description", "job_highlights"),
    )


class SerpApiSource:
    """``serpapi:q=python developer&location=Berlin&pages=2``; needs SERPAPI_API_KEY."""

    def __init__(self, query: str, ctx: SourceContext) -> None:
        params = dict(parse_qsl(query)) if "=" in query else {"q": query}
        self.pages = int(params.pop("pages", DEFAULT_PAGES))
        self.params = params
        self.ctx = ctx
        self.name = f"serpapi:{query}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the results, following ``next_page_token`` up to the page budget."""
        url = f"{self.ctx.base_url(SPEC)}/search.json"
        params = {"engine": "google_jobs", **self.params, "api_key": self.ctx.key("serpapi")}
        result = SourceResult()
        for _ in range(self.pages):
            data, _response = await get_json(self.ctx, "serpapi", url, params=params)
            if not isinstance(data, dict) or data.get("error"):
                error = data.get("error") if isinstance(data, dict) else "not an object"
                raise SourceError(f"{self.name}: SerpAPI answered {error!r}")
            result.postings.extend(parse_serpapi(data, f"{url}?q={self.params.get('q', '')}"))
            token = (data.get("serpapi_pagination") or {}).get("next_page_token")
            if not token:
                break
            params = {**params, "next_page_token": token}
        return result


SPEC = SourceSpec(
    name="serpapi",
    description="Google Jobs through SerpAPI (needs SERPAPI_API_KEY): serpapi:q=python&location=Berlin&pages=2",
    build=SerpApiSource,
    normalize=normalize_serpapi,
    base_url="https://serpapi.com",
    hosts=("google.com",),
)
