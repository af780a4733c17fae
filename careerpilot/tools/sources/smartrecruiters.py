"""SmartRecruiters Posting API: ``GET /v1/companies/<id>/postings`` (paged) and ``/postings/<id>`` details."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, Location, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json
from careerpilot.tools.sources.fields import (
    add_location,
    company_from_token,
    first_text,
    guess_employment_type,
    guess_seniority,
    parse_date,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, url_id
from careerpilot.tools.sources.text import description_to_html, description_to_text, join_sections, section

PAGE_SIZE = 100
MAX_PAGES = 20
_SECTIONS = (
    ("companyDescription", "About the company"),
    ("jobDescription", "Job description"),
    ("qualifications", "Qualifications"),
    ("additionalInformation", "Additional information"),
)


def is_smartrecruiters_posting(value: Any) -> bool:
    """Return True for one posting: an ``id``, a ``name`` and a ``refNumber`` or ``ref``."""
    return isinstance(value, dict) and "name" in value and "id" in value and ("refNumber" in value or "ref" in value)


def parse_smartrecruiters(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per posting in a list page (``content``) or a single posting response."""
    content = data.get("content") if isinstance(data, dict) else None
    items = content if isinstance(content, list) else [data]
    return [
        RawPosting(format="smartrecruiters", payload=item, origin=origin, company_hint=company_hint)
        for item in items
        if is_smartrecruiters_posting(item)
    ]


def normalize_smartrecruiters(raw: RawPosting) -> JobPosting:
    """Map a posting (list item or detail) onto JobPosting; job ad sections become the description."""
    job = raw.payload
    title = require_title(raw, job.get("name"))
    company = first_text(_label(job.get("company"), "name"), raw.company_hint)
    source_id = first_text(str(job.get("id") or ""))
    identifier = first_text(_label(job.get("company"), "identifier"))
    url = first_text(job.get("postingUrl")) or (
        f"https://jobs.smartrecruiters.com/{identifier}/{source_id}" if identifier and source_id else None
    )
    location = job.get("location")
    location = location if isinstance(location, dict) else {}
    sections = (job.get("jobAd") or {}).get("sections") or {} if isinstance(job.get("jobAd"), dict) else {}
    html = "".join(
        f"<h3>{heading}</h3>{(sections.get(key) or {}).get('text') or ''}"
        for key, heading in _SECTIONS
        if isinstance(sections.get(key), dict) and (sections[key].get("text") or "").strip()
    )
    text = join_sections(
        *(
            section(
                str((sections.get(key) or {}).get("title") or heading),
                description_to_text((sections.get(key) or {}).get("text")),
            )
            for key, heading in _SECTIONS
            if isinstance(sections.get(key), dict)
        )
    )
    return JobPosting(
        id=job_id_for("smartrecruiters", source_id, url, title, company),
        source="smartrecruiters",
        source_id=source_id,
        url=url,
        apply_url=first_text(job.get("applyUrl")),
        title=title,
        company=company,
        locations=_locations(location),
        remote=_remote(location),
        employment_type=guess_employment_type(_label(job.get("typeOfEmployment"), "label"), title),
        seniority=guess_seniority(title, _label(job.get("experienceLevel"), "label")),
        date_posted=parse_date(job.get("releasedDate")),
        description_text=text,
        description_html=description_to_html(html) if html else None,
        department=first_text(_label(job.get("function"), "label"), _label(job.get("department"), "label")),
        raw=raw_fields(raw, "jobAd"),
    )


def _label(value: Any, key: str) -> str | None:
    return first_text(value.get(key)) if isinstance(value, dict) else None


def _locations(location: dict[str, Any]) -> list[Location]:
    locations: list[Location] = []
    text = first_text(location.get("fullLocation")) or ", ".join(
        p for p in (first_text(location.get(k)) for k in ("city", "region", "country")) if p
    )
    if text:
        country = first_text(location.get("country"))
        add_location(
            locations,
            Location(
                text=text,
                city=first_text(location.get("city")),
                region=first_text(location.get("region")),
                country=country.upper() if country and len(country) == 2 else country,
            ),
        )
    return locations


def _remote(location: dict[str, Any]) -> bool | None:
    if location.get("remote") is True:
        return True
    if location.get("hybrid") is True or location.get("remote") is False:
        return False
    return None


class SmartRecruitersSource:
    """A SmartRecruiters company: ``smartrecruiters:COMPANY``; lists are paged, details fetched per posting."""

    def __init__(self, company: str, ctx: SourceContext, details: bool = True, max_details: int = 200) -> None:
        self.company = company.strip().strip("/")
        self.ctx = ctx
        self.details = details
        self.max_details = max_details
        self.name = f"smartrecruiters:{self.company}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every public posting; the list has no description, so each posting's details are read."""
        url = f"{self.ctx.base_url(SPEC)}/v1/companies/{quote(self.company)}/postings"
        result = SourceResult(complete=True)
        hint = company_from_token(self.company)
        for page in range(MAX_PAGES):
            params = {"offset": str(page * PAGE_SIZE), "limit": str(PAGE_SIZE)}
            data, response = await get_json(self.ctx, "smartrecruiters", url, params=params)
            if not isinstance(data, dict) or not isinstance(data.get("content"), list):
                raise SourceError(f"{self.name}: {url} returned no 'content' list")
            result.postings.extend(parse_smartrecruiters(data, str(response.url), hint))
            total = data.get("totalFound")
            if not data["content"] or not isinstance(total, int) or len(result.postings) >= total:
                break
        if self.details:
            await self._add_details(url, result)
        return result

    async def _add_details(self, url: str, result: SourceResult) -> None:
        """Replace list items with their detail responses (which carry ``jobAd`` sections), bounded."""
        targets = result.postings[: self.max_details]
        fetched = await asyncio.gather(
            *(get_json(self.ctx, "smartrecruiters", f"{url}/{quote(str(raw.payload['id']))}") for raw in targets),
            return_exceptions=True,
        )
        for index, (raw, outcome) in enumerate(zip(targets, fetched, strict=True)):
            if isinstance(outcome, SourceError):
                result.warnings.append(f"{self.name}: details of {raw.payload['id']} not read ({outcome})")
            elif isinstance(outcome, BaseException):
                raise outcome
            elif is_smartrecruiters_posting(outcome[0]):
                result.postings[index] = RawPosting(
                    "smartrecruiters", {**raw.payload, **outcome[0]}, str(outcome[1].url), raw.company_hint
                )


SPEC = SourceSpec(
    name="smartrecruiters",
    description="A SmartRecruiters company through the Posting API, details read per posting: smartrecruiters:COMPANY",
    build=SmartRecruitersSource,
    normalize=normalize_smartrecruiters,
    base_url="https://api.smartrecruiters.com",
    hosts=("smartrecruiters.com",),
    dedupe=DedupeKeys(
        own_ids=True,
        url_ids=(url_id("smartrecruiters.com/", r"jobs\.smartrecruiters\.com/[^/]+/(\d+)"),),
        rank=0,
    ),
)
