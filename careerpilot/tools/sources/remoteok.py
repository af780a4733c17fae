"""RemoteOK feed: ``GET https://remoteok.com/api`` (item 0 is the legal notice; every job is remote).

RemoteOK's terms ask for a followed link back to the posting: keep ``url`` when showing these jobs.
"""

from __future__ import annotations

from typing import Any

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    first_text,
    guess_employment_type,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_range,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import description_to_html, description_to_text


def is_remoteok_job(value: Any) -> bool:
    """Return True for a job item (``position`` and ``id``), not the legal notice."""
    return isinstance(value, dict) and "position" in value and "id" in value


def parse_remoteok(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job in the feed, skipping the legal notice."""
    items = data if isinstance(data, list) else []
    return [RawPosting("remoteok", item, origin, company_hint) for item in items if is_remoteok_job(item)]


def normalize_remoteok(raw: RawPosting) -> JobPosting:
    """Map a RemoteOK job onto JobPosting; a 0-0 salary means 'not stated'."""
    job = raw.payload
    title = require_title(raw, job.get("position"))
    company = first_text(job.get("company"), raw.company_hint)
    url = first_text(job.get("url"))
    source_id = str(job["id"])
    location = first_text(job.get("location"))
    tags = [t for t in job.get("tags") or [] if isinstance(t, str)]
    low, high = job.get("salary_min") or None, job.get("salary_max") or None
    return JobPosting(
        id=job_id_for("remoteok", source_id, url, title, company),
        source="remoteok",
        source_id=source_id,
        url=url,
        apply_url=first_text(job.get("apply_url")),
        title=title,
        company=company,
        locations=[location_from_text(location)] if location else [],
        remote=True,
        employment_type=guess_employment_type(*tags, title),
        salary=salary_range(low, high, "USD", "YEAR") if low or high else None,
        seniority=guess_seniority(title, *tags),
        date_posted=parse_date(job.get("date")) or parse_date(job.get("epoch")),
        description_text=description_to_text(job.get("description")),
        description_html=description_to_html(job.get("description")),
        raw=raw_fields(raw, "description"),
    )


class RemoteOkSource:
    """The RemoteOK feed: ``remoteok`` or ``remoteok:TAG`` (e.g. ``remoteok:python``)."""

    def __init__(self, tag: str, ctx: SourceContext) -> None:
        self.tag = tag.strip()
        self.ctx = ctx
        self.name = f"remoteok:{self.tag}" if self.tag else "remoteok"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the feed's current jobs (a feed is not a whole board, so nothing is closed)."""
        url = f"{self.ctx.base_url(SPEC)}/api"
        params = {"tag": self.tag} if self.tag else None
        data, response = await get_json(self.ctx, "remoteok", url, params=params, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, list):
            raise SourceError(f"{self.name}: {url} did not return a list")
        return SourceResult(postings=parse_remoteok(data, str(response.url)), validators=validators_of(response))


SPEC = SourceSpec(
    name="remoteok",
    description="The RemoteOK feed, whole or one tag: remoteok or remoteok:TAG",
    build=RemoteOkSource,
    normalize=normalize_remoteok,
    base_url="https://remoteok.com",
    hosts=("remoteok.com",),
    needs_argument=False,
)
