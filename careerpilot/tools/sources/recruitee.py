"""Recruitee careers-site API: ``GET https://<company>.recruitee.com/api/offers/``."""

from __future__ import annotations

from typing import Any

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import EmploymentType, JobPosting, Location, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json, unchanged, validators_of
from careerpilot.tools.sources.fields import (
    add_location,
    company_from_token,
    first_text,
    guess_employment_type,
    guess_seniority,
    parse_date,
    salary_range,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec
from careerpilot.tools.sources.text import description_to_html, description_to_text, join_sections

_DESCRIPTION_FIELDS = ("description", "requirements", "translations")
_EMPLOYMENT: dict[str, EmploymentType] = {
    "fulltime": "FULL_TIME",
    "parttime": "PART_TIME",
    "contract": "CONTRACTOR",
    "freelance": "CONTRACTOR",
    "internship": "INTERN",
    "temporary": "TEMPORARY",
    "volunteer": "VOLUNTEER",
}
_EXPERIENCE = {"entry_level": "junior", "mid_level": "mid", "senior_level": "senior", "executive": "executive"}


def is_recruitee_offer(value: Any) -> bool:
    """Return True for one offer: ``title``, ``slug`` and ``careers_url``."""
    return isinstance(value, dict) and "title" in value and "slug" in value and "careers_url" in value


def parse_recruitee(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per offer in an ``{"offers": [...]}`` response."""
    offers = data.get("offers") if isinstance(data, dict) else None
    return [
        RawPosting(format="recruitee", payload=offer, origin=origin, company_hint=company_hint)
        for offer in offers or []
        if is_recruitee_offer(offer)
    ]


def normalize_recruitee(raw: RawPosting) -> JobPosting:
    """Map an offer onto JobPosting: salary band, remote/hybrid/on-site flags, description + requirements."""
    offer = raw.payload
    title = require_title(raw, offer.get("title"))
    company = first_text(offer.get("company_name"), raw.company_hint)
    url = first_text(offer.get("careers_url"))
    source_id = str(offer["id"]) if offer.get("id") is not None else None
    body = "".join(h for h in (offer.get("description"), offer.get("requirements")) if isinstance(h, str))
    salary = offer.get("salary")
    salary = salary if isinstance(salary, dict) else {}
    code = str(offer.get("employment_type_code") or "").split("_")[0]
    return JobPosting(
        id=job_id_for("recruitee", source_id, url, title, company),
        source="recruitee",
        source_id=source_id,
        url=url,
        apply_url=first_text(offer.get("careers_apply_url")),
        title=title,
        company=company,
        locations=_locations(offer),
        remote=True if offer.get("remote") else (False if offer.get("hybrid") or offer.get("on_site") else None),
        employment_type=_EMPLOYMENT.get(code) or guess_employment_type(title),
        salary=salary_range(salary.get("min"), salary.get("max"), salary.get("currency"), salary.get("period")),
        seniority=guess_seniority(title) or _EXPERIENCE.get(str(offer.get("experience_code"))),  # type: ignore[arg-type]
        date_posted=parse_date(offer.get("published_at")) or parse_date(offer.get("created_at")),
        description_text=join_sections(
            description_to_text(offer.get("description")), description_to_text(offer.get("requirements"))
        ),
        description_html=description_to_html(body),
        department=first_text(offer.get("department")),
        raw=raw_fields(raw, *_DESCRIPTION_FIELDS),
    )


def _locations(offer: dict[str, Any]) -> list[Location]:
    locations: list[Location] = []
    for entry in offer.get("locations") or []:
        if isinstance(entry, dict):
            city, region, country = (first_text(entry.get(k)) for k in ("city", "state", "country"))
            text = ", ".join(p for p in (city, region, country) if p) or first_text(entry.get("name"))
            if text:
                add_location(locations, Location(text=text, city=city, region=region, country=country))
    if not locations and first_text(offer.get("location")):
        city, region = first_text(offer.get("city")), first_text(offer.get("state_name"))
        text = str(offer["location"]).strip()
        add_location(locations, Location(text=text, city=city, region=region, country=first_text(offer.get("country"))))
    return locations


class RecruiteeSource:
    """A Recruitee careers site: ``recruitee:COMPANY`` (the subdomain)."""

    def __init__(self, company: str, ctx: SourceContext) -> None:
        self.company = company.strip().strip("/")
        self.ctx = ctx
        self.name = f"recruitee:{self.company}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every published offer."""
        url = f"{self.ctx.base_url(SPEC, self.company)}/api/offers/"
        data, response = await get_json(self.ctx, "recruitee", url, previous=previous)
        if data is None:
            return unchanged(previous)
        if not isinstance(data, dict) or not isinstance(data.get("offers"), list):
            raise SourceError(f"{self.name}: {url} returned no 'offers' list")
        postings = parse_recruitee(data, str(response.url), company_from_token(self.company))
        return SourceResult(postings=postings, complete=True, validators=validators_of(response))


SPEC = SourceSpec(
    name="recruitee",
    description="A Recruitee careers site through its offers API: recruitee:COMPANY (the subdomain)",
    build=RecruiteeSource,
    normalize=normalize_recruitee,
    base_url="https://{company}.recruitee.com",
    hosts=("recruitee.com",),
    dedupe=DedupeKeys(own_ids=True, rank=0),
)
