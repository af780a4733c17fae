"""Remotive feed: ``GET https://remotive.com/api/remote-jobs?search=&category=&limit=``."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import EmploymentType, JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    add_location,
    first_text,
    guess_employment_type,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_from_text,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import description_to_html, description_to_text

_JOB_TYPES: dict[str, EmploymentType] = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "freelance": "CONTRACTOR",
    "internship": "INTERN",
}


def parse_remotive(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job of a ``{"jobs": [...]}`` response."""
    jobs = data.get("jobs") if isinstance(data, dict) else None
    return [
        RawPosting("remotive", job, origin, company_hint)
        for job in jobs or []
        if isinstance(job, dict) and "title" in job and "url" in job
    ]


def normalize_remotive(raw: RawPosting) -> JobPosting:
    """Map a Remotive job onto JobPosting; ``candidate_required_location`` lists where applicants may live."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    company = first_text(job.get("company_name"), raw.company_hint)
    url = first_text(job.get("url"))
    source_id = str(job["id"]) if job.get("id") is not None else None
    locations: list = []
    where = first_text(job.get("candidate_required_location"))
    if where:
        add_location(locations, location_from_text(where))
    return JobPosting(
        id=job_id_for("remotive", source_id, url, title, company),
        source="remotive",
        source_id=source_id,
        url=url,
        apply_url=url,
        title=title,
        company=company,
        locations=locations,
        remote=True,
        employment_type=_JOB_TYPES.get(str(job.get("job_type"))) or guess_employment_type(title),
        salary=salary_from_text(first_text(job.get("salary"))),
        seniority=guess_seniority(title),
        date_posted=parse_date(job.get("publication_date")),
        description_text=description_to_text(job.get("description")),
        description_html=description_to_html(job.get("description")),
        department=first_text(job.get("category")),
        raw=raw_fields(raw, "description"),
    )


class RemotiveSource:
    """Remotive's remote jobs: ``remotive`` or ``remotive:search=python&category=software-dev&limit=50``."""

    def __init__(self, query: str, ctx: SourceContext) -> None:
        self.params = dict(parse_qsl(query)) if "=" in query else ({"search": query.strip()} if query.strip() else {})
        self.ctx = ctx
        self.name = f"remotive:{query}" if query else "remotive"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the jobs matching the query."""
        url = f"{self.ctx.base_url(SPEC)}/api/remote-jobs"
        data, response = await get_json(self.ctx, "remotive", url, params=self.params or None, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise SourceError(f"{self.name}: {url} returned no 'jobs' list")
        return SourceResult(postings=parse_remotive(data, str(response.url)), validators=validators_of(response))


SPEC = SourceSpec(
    name="remotive",
    description="Remotive's remote jobs: remotive or remotive:search=python&category=software-dev",
    build=RemotiveSource,
    normalize=normalize_remotive,
    base_url="https://remotive.com",
    hosts=("remotive.com",),
    needs_argument=False,
)
