"""Ashby posting API: ``GET /posting-api/job-board/<board>?includeCompensation=true``."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import EmploymentType, JobPosting, Location, SalaryRange, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, board_jobs, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    add_location,
    company_from_token,
    first_text,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    parse_date,
    salary_range,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, url_id
from careerpilot.tools.sources.text import description_to_text, unescape_html

_DESCRIPTION_FIELDS = ("descriptionHtml", "descriptionPlain")
_EMPLOYMENT: dict[str, EmploymentType] = {
    "FullTime": "FULL_TIME",
    "PartTime": "PART_TIME",
    "Intern": "INTERN",
    "Contract": "CONTRACTOR",
    "Temporary": "TEMPORARY",
}
_WORKPLACE_REMOTE = {"remote": True, "hybrid": False, "onsite": False}


def is_ashby_job(value: Any) -> bool:
    """Return True for one Ashby job object (it has ``jobUrl`` and a title)."""
    return isinstance(value, dict) and "jobUrl" in value and "title" in value


def is_ashby_payload(value: Any) -> bool:
    """Return True for an Ashby ``{"jobs": [...]}`` job-board response or a single job object."""
    return bool(board_jobs(value, is_ashby_job))


def parse_ashby(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per job in an Ashby job-board response."""
    return [
        RawPosting(format="ashby", payload=job, origin=origin, company_hint=company_hint)
        for job in board_jobs(data, is_ashby_job)
    ]


def normalize_ashby(raw: RawPosting) -> JobPosting:
    """Map an Ashby job onto JobPosting, including the posted salary band when compensation is present."""
    job = raw.payload
    title = require_title(raw, job.get("title"))
    url = first_text(job.get("jobUrl"))
    source_id = first_text(job.get("id"))
    locations = _locations(job)
    html = unescape_html(job.get("descriptionHtml") or "") or None
    return JobPosting(
        id=job_id_for("ashby", source_id, url, title, raw.company_hint),
        source="ashby",
        source_id=source_id,
        url=url,
        apply_url=first_text(job.get("applyUrl")),
        title=title,
        company=raw.company_hint,
        locations=locations,
        remote=_remote(job, title, locations),
        employment_type=_EMPLOYMENT.get(str(job.get("employmentType"))) or guess_employment_type(title),
        salary=_salary(job.get("compensation")),
        seniority=guess_seniority(title),
        date_posted=parse_date(job.get("publishedAt")),
        description_text=description_to_text(html) or description_to_text(job.get("descriptionPlain")),
        description_html=html,
        department=first_text(job.get("department"), job.get("team")),
        raw=raw_fields(raw, *_DESCRIPTION_FIELDS),
    )


def _remote(job: dict[str, Any], title: str, locations: list[Location]) -> bool | None:
    """Return ``isRemote`` when given, else what ``workplaceType`` or the location text says."""
    if isinstance(job.get("isRemote"), bool) and job["isRemote"]:
        return True
    workplace = _WORKPLACE_REMOTE.get(str(job.get("workplaceType") or "").lower())
    if workplace is not None:
        return workplace
    if job.get("isRemote") is False:
        return False
    return guess_remote(title, *(loc.text for loc in locations))


def _location(text: Any, address: Any) -> Location | None:
    """Return a Location from Ashby's location name and ``address.postalAddress``."""
    postal = address.get("postalAddress") if isinstance(address, dict) else None
    postal = postal if isinstance(postal, dict) else {}
    city = first_text(postal.get("addressLocality"))
    region = first_text(postal.get("addressRegion"))
    country = first_text(postal.get("addressCountry"))
    name = first_text(text) or ", ".join(p for p in (city, region, country) if p)
    return Location(text=name, city=city, region=region, country=country) if name else None


def _locations(job: dict[str, Any]) -> list[Location]:
    """Return the primary location followed by each secondary location."""
    locations: list[Location] = []
    add_location(locations, _location(job.get("location"), job.get("address")))
    for other in job.get("secondaryLocations") or []:
        if isinstance(other, dict):
            add_location(locations, _location(other.get("location"), other.get("address")))
        elif isinstance(other, str):
            add_location(locations, _location(other, None))
    return locations


def _salary(compensation: Any) -> SalaryRange | None:
    """Return the first Salary component of ``summaryComponents`` or of any compensation tier."""
    if not isinstance(compensation, dict):
        return None
    components = list(compensation.get("summaryComponents") or [])
    for tier in compensation.get("compensationTiers") or []:
        if isinstance(tier, dict):
            components.extend(tier.get("components") or [])
    for component in components:
        if isinstance(component, dict) and str(component.get("compensationType", "Salary")).lower() == "salary":
            found = salary_range(
                component.get("minValue"),
                component.get("maxValue"),
                component.get("currencyCode"),
                component.get("interval"),
            )
            if found:
                return found
    return None


class AshbySource:
    """An Ashby job board through the posting API: ``ashby:BOARD`` (compensation included)."""

    def __init__(self, board: str, ctx: SourceContext) -> None:
        self.board = board.strip().strip("/")
        self.ctx = ctx
        self.name = f"ashby:{self.board}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every job on the board; 304 when nothing changed since ``previous``."""
        url = f"{self.ctx.base_url(SPEC)}/posting-api/job-board/{quote(self.board)}"
        params = {"includeCompensation": "true"}
        data, response = await get_json(self.ctx, "ashby", url, params=params, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
            raise SourceError(f"{self.name}: {url} returned no 'jobs' list")
        postings = parse_ashby(data, str(response.url), company_from_token(self.board))
        return SourceResult(postings=postings, complete=True, validators=validators_of(response))


SPEC = SourceSpec(
    name="ashby",
    description="An Ashby job board through the posting API, compensation included: ashby:BOARD",
    build=AshbySource,
    normalize=normalize_ashby,
    base_url="https://api.ashbyhq.com",
    hosts=("ashbyhq.com",),
    dedupe=DedupeKeys(
        own_ids=True,
        url_ids=(url_id("ashbyhq.com/", r"jobs\.ashbyhq\.com/[^/]+/([0-9a-f-]{36})"),),
        rank=0,
    ),
)
