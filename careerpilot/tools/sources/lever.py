"""Lever Postings API: ``GET /v0/postings/<site>?mode=json`` (flat or ``group=``) and single postings."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, Location, SalaryRange, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
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
    salary_range,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec, url_id
from careerpilot.tools.sources.text import (
    description_to_html,
    description_to_text,
    join_sections,
    section,
)

_DESCRIPTION_FIELDS = (
    "description",
    "descriptionPlain",
    "descriptionBody",
    "descriptionBodyPlain",
    "opening",
    "openingPlain",
    "additional",
    "additionalPlain",
    "lists",
)
_WORKPLACE_REMOTE = {"remote": True, "hybrid": False, "onsite": False, "on-site": False}
PAGE_SIZE = 100
MAX_PAGES = 50


def is_lever_posting(value: Any) -> bool:
    """Return True for one Lever posting object (``text`` plus ``hostedUrl`` or ``categories``)."""
    return isinstance(value, dict) and "text" in value and ("hostedUrl" in value or "categories" in value)


def is_lever_group(value: Any) -> bool:
    """Return True for one group of a ``group=`` response: ``{"title": ..., "postings": [...]}``."""
    return isinstance(value, dict) and isinstance(value.get("postings"), list) and "title" in value


def is_lever_payload(value: Any) -> bool:
    """Return True for a Lever list, grouped list or single posting response."""
    if isinstance(value, list):
        return any(is_lever_posting(item) or is_lever_group(item) for item in value)
    return is_lever_posting(value)


def parse_lever(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per posting in a Lever flat, grouped or single-posting response."""
    items = data if isinstance(data, list) else [data]
    postings: list[dict[str, Any]] = []
    for item in items:
        if is_lever_group(item):
            postings.extend(p for p in item["postings"] if is_lever_posting(p))
        elif is_lever_posting(item):
            postings.append(item)
    return [RawPosting(format="lever", payload=p, origin=origin, company_hint=company_hint) for p in postings]


def normalize_lever(raw: RawPosting) -> JobPosting:
    """Map a Lever posting onto JobPosting; its lists become sections of the description text."""
    posting = raw.payload
    title = require_title(raw, posting.get("text"))
    categories: dict[str, Any] = posting.get("categories") or {}
    if not isinstance(categories, dict):
        categories = {}
    url = first_text(posting.get("hostedUrl"))
    source_id = first_text(posting.get("id"))
    locations = _locations(categories, first_text(posting.get("country")))
    workplace = str(posting.get("workplaceType") or "").lower()
    remote = _WORKPLACE_REMOTE.get(workplace)
    if remote is None:
        remote = guess_remote(title, *(loc.text for loc in locations))
    return JobPosting(
        id=job_id_for("lever", source_id, url, title, raw.company_hint),
        source="lever",
        source_id=source_id,
        url=url,
        apply_url=first_text(posting.get("applyUrl")),
        title=title,
        company=raw.company_hint,
        locations=locations,
        remote=remote,
        employment_type=guess_employment_type(categories.get("commitment"), title),
        salary=_salary(posting.get("salaryRange")),
        seniority=guess_seniority(categories.get("level"), title),
        date_posted=parse_date(posting.get("createdAt")),
        description_text=_description_text(posting),
        description_html=_description_html(posting),
        department=first_text(categories.get("department"), categories.get("team")),
        raw=raw_fields(raw, *_DESCRIPTION_FIELDS),
    )


def _locations(categories: dict[str, Any], country: str | None) -> list[Location]:
    """Return the primary location (with the posting's country) followed by ``allLocations``."""
    locations: list[Location] = []
    primary = first_text(categories.get("location"))
    if primary:
        add_location(locations, location_from_text(primary, country=country))
    for other in categories.get("allLocations") or []:
        if isinstance(other, str) and other.strip():
            add_location(locations, location_from_text(other))
    return locations


def _salary(value: Any) -> SalaryRange | None:
    """Return the posting's ``salaryRange`` ({min, max, currency, interval}) as a SalaryRange."""
    if not isinstance(value, dict):
        return None
    return salary_range(value.get("min"), value.get("max"), value.get("currency"), value.get("interval"))


def _lists(posting: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the posting's ``lists`` entries that are objects."""
    return [item for item in posting.get("lists") or [] if isinstance(item, dict)]


def _description_text(posting: dict[str, Any]) -> str:
    """Return the description, each list as a 'Heading:' section of '- ' lines, then the closing text."""
    body = description_to_text(posting.get("description")) or description_to_text(posting.get("descriptionPlain"))
    lists = [section(str(item.get("text") or ""), description_to_text(item.get("content"))) for item in _lists(posting)]
    closing = description_to_text(posting.get("additional")) or description_to_text(posting.get("additionalPlain"))
    return join_sections(body, *lists, closing)


def _description_html(posting: dict[str, Any]) -> str | None:
    """Return one HTML document holding the description, the lists and the closing text."""
    parts = [description_to_html(posting.get("description")) or ""]
    for item in _lists(posting):
        content = description_to_html(item.get("content"))
        if content:
            parts.append(f"<h3>{html.escape(str(item.get('text') or '').strip())}</h3><ul>{content}</ul>")
    parts.append(description_to_html(posting.get("additional")) or "")
    joined = "".join(parts)
    return joined or None


class LeverSource:
    """A Lever site through the Postings API: ``lever:SITE``; pages with ``skip``/``limit`` until a short page."""

    def __init__(self, site: str, ctx: SourceContext, page_size: int = PAGE_SIZE) -> None:
        self.site = site.strip().strip("/")
        self.ctx = ctx
        self.page_size = page_size
        self.name = f"lever:{self.site}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every posting of the site; 304 on the first page means nothing changed."""
        url = f"{self.ctx.base_url(SPEC)}/v0/postings/{quote(self.site)}"
        result = SourceResult(complete=True)
        hint = company_from_token(self.site)
        for page in range(MAX_PAGES):
            params = {"mode": "json", "skip": str(page * self.page_size), "limit": str(self.page_size)}
            data, response = await get_json(
                self.ctx, "lever", url, params=params, previous=previous if page == 0 else None
            )
            if data is None:
                return unchanged(previous)
            if not isinstance(data, list):
                raise SourceError(f"{self.name}: {url} did not return a list of postings")
            if page == 0:
                result.validators = validators_of(response)
            result.postings.extend(parse_lever(data, str(response.url), hint))
            if len(data) < self.page_size:
                return result
        result.warnings.append(f"{self.name}: stopped after {MAX_PAGES} pages of {self.page_size}")
        result.complete = False
        return result


SPEC = SourceSpec(
    name="lever",
    description="A Lever site through the Postings API: lever:SITE",
    build=LeverSource,
    normalize=normalize_lever,
    base_url="https://api.lever.co",
    hosts=("lever.co",),
    dedupe=DedupeKeys(
        own_ids=True,
        url_ids=(url_id("lever.co/", r"jobs(?:\.eu)?\.lever\.co/[^/]+/([0-9a-f-]{36})"),),
        rank=0,
    ),
)
