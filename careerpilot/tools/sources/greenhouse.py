"""Greenhouse Job Board API: ``GET /v1/boards/<token>/jobs?content=true`` and ``/jobs/<id>?questions=true``."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, Location, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, board_jobs, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    add_location,
    company_from_token,
    first_text,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, UrlId, url_id
from careerpilot.tools.sources.text import html_to_text, unescape_html

_DESCRIPTION_FIELDS = ("content",)


def is_greenhouse_job(value: Any) -> bool:
    """Return True for one Greenhouse job object (it has ``absolute_url`` and a title)."""
    return isinstance(value, dict) and "absolute_url" in value and "title" in value


def is_greenhouse_payload(value: Any) -> bool:
    """Return True for a Greenhouse ``{"jobs": [...]}`` list response or a single job response."""
    return bool(board_jobs(value, is_greenhouse_job))


def parse_greenhouse(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job in a Greenhouse list or single-job response."""
    return [
        RawPosting(format="greenhouse", payload=job, origin=origin, company_hint=company_hint)
        for job in board_jobs(data, is_greenhouse_job)
    ]


def normalize_greenhouse(raw: RawPosting) -> JobPosting:
    """Map a Greenhouse job object onto JobPosting; ids, requisition ids, metadata and questions stay in raw."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    company = first_text(job.get("company_name"), raw.company_hint)
    url = first_text(job.get("absolute_url"))
    source_id = str(job["id"]) if job.get("id") is not None else None
    locations = _locations(job)
    location_texts = [loc.text for loc in locations]
    html = unescape_html(job.get("content") or "") or None
    departments = [d["name"] for d in job.get("departments") or [] if isinstance(d, dict) and d.get("name")]
    metadata_text = " ".join(str(m.get("value")) for m in job.get("metadata") or [] if isinstance(m, dict))
    return JobPosting(
        id=job_id_for("greenhouse", source_id, url, title, company),
        source="greenhouse",
        source_id=source_id,
        url=url,
        apply_url=url,  # the Greenhouse application form lives on the posting page itself
        title=title,
        company=company,
        locations=locations,
        remote=guess_remote(title, *location_texts),
        employment_type=guess_employment_type(metadata_text, title),
        seniority=guess_seniority(title),
        date_posted=parse_date(job.get("first_published")) or parse_date(job.get("updated_at")),
        description_text=html_to_text(html) if html else "",
        description_html=html,
        department=departments[0] if departments else None,
        raw=raw_fields(raw, *_DESCRIPTION_FIELDS),
    )


def _locations(job: dict[str, Any]) -> list[Location]:
    """Return the job's location name followed by each office's location, without duplicates."""
    locations: list[Location] = []
    location = job.get("location")
    name = location.get("name") if isinstance(location, dict) else location
    if isinstance(name, str) and name.strip():
        add_location(locations, location_from_text(name))
    for office in job.get("offices") or []:
        if isinstance(office, dict):
            text = first_text(office.get("location"), office.get("name"))
            if text:
                add_location(locations, location_from_text(text))
    return locations


def job_id_in_query(url: str) -> str | None:
    """Return the job id a career page embedding a Greenhouse board carries as ``?gh_jid=``, or None."""
    gh_jid = dict(parse_qsl(urlsplit(url).query)).get("gh_jid")
    return gh_jid if gh_jid and gh_jid.isdigit() else None


class GreenhouseSource:
    """A Greenhouse board through the Job Board API: ``greenhouse:TOKEN``."""

    def __init__(self, token: str, ctx: SourceContext) -> None:
        self.token = token.strip().strip("/")
        self.ctx = ctx
        self.name = f"greenhouse:{self.token}"

    @property
    def board_url(self) -> str:
        """The board's API URL."""
        return f"{self.ctx.base_url(SPEC)}/v1/boards/{quote(self.token)}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every job on the board, with content; 304 when nothing changed since ``previous``."""
        url = f"{self.board_url}/jobs"
        data, response = await get_json(self.ctx, "greenhouse", url, params={"content": "true"}, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise SourceError(f"{self.name}: {url} returned no 'jobs' list")
        postings = parse_greenhouse(data, str(response.url), company_from_token(self.token))
        return SourceResult(postings=postings, complete=True, validators=validators_of(response))

    async def fetch_job(self, job_id: str | int) -> RawPosting:
        """Return one job with its application ``questions`` (``/jobs/<id>?questions=true``)."""
        url = f"{self.board_url}/jobs/{quote(str(job_id))}"
        data, response = await get_json(self.ctx, "greenhouse", url, params={"questions": "true"})
        found = parse_greenhouse(data, str(response.url), company_from_token(self.token))
        if not found:
            raise SourceError(f"{self.name}: {url} is not a Greenhouse job")
        return found[0]


SPEC = SourceSpec(
    name="greenhouse",
    description="A Greenhouse board through the Job Board API: greenhouse:TOKEN",
    build=GreenhouseSource,
    normalize=normalize_greenhouse,
    base_url="https://boards-api.greenhouse.io",
    hosts=("greenhouse.io",),
    dedupe=DedupeKeys(
        own_ids=True,
        url_ids=(url_id("greenhouse.io/", r"greenhouse\.io/[^/]+/jobs/(\d+)"), UrlId("gh_jid", job_id_in_query)),
        rank=0,
    ),
)
