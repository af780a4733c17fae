"""Workable public widget API: ``GET /api/v1/widget/accounts/<account>?details=true``."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, Location, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    add_location,
    company_from_token,
    first_text,
    guess_employment_type,
    guess_seniority,
    parse_date,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, url_id
from careerpilot.tools.sources.text import description_to_html, description_to_text

_DESCRIPTION_FIELDS = ("description",)


def is_workable_payload(value: Any) -> bool:
    """Return True for a widget response: an account ``name`` and ``jobs`` that have ``shortcode``s."""
    jobs = value.get("jobs") if isinstance(value, dict) else None
    return isinstance(jobs, list) and any(isinstance(j, dict) and "shortcode" in j for j in jobs)


def parse_workable(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job; the account's name and description ride along in the payload."""
    if not is_workable_payload(data):
        return []
    company = first_text(data.get("name"), company_hint)
    about = first_text(data.get("description"))
    return [
        RawPosting(
            format="workable",
            payload={**job, "_account": {"name": company, "description": about}},
            origin=origin,
            company_hint=company,
        )
        for job in data["jobs"]
        if isinstance(job, dict)
    ]


def normalize_workable(raw: RawPosting) -> JobPosting:
    """Map a Workable job onto JobPosting; ``telecommuting`` decides remote, ``experience`` the seniority."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    url = first_text(job.get("url"), job.get("shortlink"))
    source_id = first_text(job.get("shortcode"))
    description = first_text(job.get("description"))
    locations = _locations(job)
    telecommuting = job.get("telecommuting")
    return JobPosting(
        id=job_id_for("workable", source_id, url, title, raw.company_hint),
        source="workable",
        source_id=source_id,
        url=url,
        apply_url=first_text(job.get("application_url")),
        title=title,
        company=raw.company_hint,
        locations=locations,
        remote=telecommuting if isinstance(telecommuting, bool) else None,
        employment_type=guess_employment_type(job.get("employment_type"), title),
        seniority=guess_seniority(title, job.get("experience")),
        date_posted=parse_date(job.get("published_on")) or parse_date(job.get("created_at")),
        description_text=description_to_text(description),
        description_html=description_to_html(description),
        department=first_text(job.get("department")),
        raw=raw_fields(raw, *_DESCRIPTION_FIELDS),
    )


def _locations(job: dict[str, Any]) -> list[Location]:
    """Return each visible entry of ``locations``, else the job's own city/state/country."""
    locations: list[Location] = []
    entries = [e for e in job.get("locations") or [] if isinstance(e, dict) and not e.get("hidden")] or [job]
    for entry in entries:
        city, region = first_text(entry.get("city")), first_text(entry.get("region"), entry.get("state"))
        country = first_text(entry.get("country"))
        text = ", ".join(p for p in (city, region, country) if p)
        if text:
            add_location(locations, Location(text=text, city=city, region=region, country=country))
    return locations


class WorkableSource:
    """A Workable account through its public widget API: ``workable:ACCOUNT``."""

    def __init__(self, account: str, ctx: SourceContext) -> None:
        self.account = account.strip().strip("/")
        self.ctx = ctx
        self.name = f"workable:{self.account}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every published job of the account, with descriptions."""
        url = f"{self.ctx.base_url(SPEC)}/api/v1/widget/accounts/{quote(self.account)}"
        data, response = await get_json(self.ctx, "workable", url, params={"details": "true"}, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise SourceError(f"{self.name}: {url} returned no 'jobs' list")
        postings = parse_workable(data, str(response.url), company_from_token(self.account))
        return SourceResult(postings=postings, complete=True, validators=validators_of(response))


SPEC = SourceSpec(
    name="workable",
    description="A Workable account through its public widget API: workable:ACCOUNT",
    build=WorkableSource,
    normalize=normalize_workable,
    base_url="https://apply.workable.com",
    hosts=("workable.com",),
    dedupe=DedupeKeys(
        own_ids=True,
        url_ids=(url_id("workable.com/", r"apply\.workable\.com/(?:[^/]+/)?j/([0-9A-F]{10})", upper=True),),
        rank=0,
    ),
)
