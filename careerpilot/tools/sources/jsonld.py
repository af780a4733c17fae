"""schema.org JobPosting objects from the ``<script type="application/ld+json">`` blocks of a page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from typing import Any

from careerpilot.domain.jobs import POSTING_FRAGMENT, JobPosting, Location, SalaryRange, canonical_url, job_id_for
from careerpilot.tools.sources.base import (
    RawPosting,
    payload_fingerprint,
    raw_fields,
    require_title,
    web_url,
)
from careerpilot.tools.sources.fields import (
    add_location,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_range,
    to_number,
)
from careerpilot.tools.sources.text import (
    description_to_html,
    description_to_text,
    join_sections,
    looks_like_html,
    section,
)

_MAX_DEPTH = 12


class _JsonLdScripts(HTMLParser):
    """Collect the text of every ``<script type="application/ld+json">`` block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.blocks: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        kind = (dict(attrs).get("type") or "").split(";")[0].strip().lower()
        self._current = [] if kind == "application/ld+json" else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.blocks.append("".join(self._current))
            self._current = None


def jsonld_blocks(page: str) -> list[str]:
    """Return the raw text of each JSON-LD script block in an HTML page, in page order."""
    parser = _JsonLdScripts()
    parser.feed(page)
    parser.close()
    return parser.blocks


def is_job_posting(value: Any) -> bool:
    """Return True for a schema.org JobPosting object (``@type`` may be a string, a list or a full IRI)."""
    if not isinstance(value, dict):
        return False
    kinds = value.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for k in kinds)


def find_job_postings(value: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Return every JobPosting inside a JSON-LD value: top level, lists, ``@graph`` or nested (ItemList)."""
    if depth > _MAX_DEPTH:
        return []
    if is_job_posting(value):
        return [value]
    children: list[Any] = []
    if isinstance(value, list):
        children = value
    elif isinstance(value, dict):
        children = [v for v in value.values() if isinstance(v, dict | list)]
    found: list[dict[str, Any]] = []
    for child in children:
        found.extend(find_job_postings(child, depth + 1))
    return found


def is_jsonld_payload(value: Any) -> bool:
    """Return True when a JSON value (e.g. a saved ``.json`` file) holds at least one JobPosting."""
    return bool(find_job_postings(value))


_SECTIONS = (
    ("responsibilities", "Responsibilities"),
    ("qualifications", "Qualifications"),
    ("skills", "Skills"),
    ("experienceRequirements", "Experience"),
    ("educationRequirements", "Education"),
)


def normalize_jsonld(raw: RawPosting) -> JobPosting:
    """Map a schema.org JobPosting onto JobPosting; requirement fields become description sections."""
    posting = raw.payload
    title = require_title(raw, _name(posting.get("title")), _name(posting.get("name")))
    company = _organization(posting.get("hiringOrganization")) or raw.company_hint
    own_url = web_url(posting.get("url"))
    page_url = web_url(raw.origin)
    source_id = identifier_of(posting.get("identifier"))
    description = posting.get("description") if isinstance(posting.get("description"), str) else None
    locations = _locations(posting)
    months = _months_of_experience(posting.get("experienceRequirements"))
    degree = degree_asked(posting.get("educationRequirements"))
    sections = [section(heading, _describe(posting.get(key))) for key, heading in _SECTIONS]
    kinds = [kind for kind in map(guess_employment_type, _strings(posting.get("employmentType"))) if kind]
    if raw.slot:
        # Postings sharing their page's URL: the page plus the slot is each one's link and id.
        base = own_url or page_url
        url = f"{base}#{POSTING_FRAGMENT}{raw.slot}" if base else None
        page_key = canonical_url(base) if base else raw.origin  # tracking parameters do not change the ids
        posting_id = job_id_for("jsonld", f"{page_key}#{raw.slot}", None, title, company)
    else:
        url = own_url or page_url
        # Without a URL, an identifier is only unique per company; without either, hash the object.
        id_key = None if url else (f"{company or ''}#{source_id}" if source_id else payload_fingerprint(posting))
        posting_id = job_id_for("jsonld", id_key, url, title, company)
    return JobPosting(
        id=posting_id,
        source="jsonld",
        source_id=source_id,
        url=url,
        title=title,
        company=company,
        locations=locations,
        remote=_remote(posting, title, locations),
        employment_type=kinds[0] if kinds else None,
        employment_types=list(dict.fromkeys(kinds)),
        salary=_salary(posting.get("baseSalary"), posting.get("salaryCurrency")),
        seniority=guess_seniority(title),
        date_posted=parse_date(posting.get("datePosted")),
        valid_through=parse_date(posting.get("validThrough")),
        direct_apply=_flag(posting.get("directApply")),
        remote_countries=_remote_areas(posting.get("applicantLocationRequirements")),
        experience_years=round(months / 12, 2) if months is not None else None,
        degree=degree,
        description_text=join_sections(description_to_text(description), *sections),
        description_html=description_to_html(description) if description and looks_like_html(description) else None,
        raw=raw_fields(raw, "description"),
    )


def _organization(value: Any) -> str | None:
    """Return the hiring organisation's name; a bare URL (an unresolved reference) is not a name."""
    name = _name(value)
    return None if name is None or web_url(name) or name.startswith(("#", "_:")) else name


def _flag(value: Any) -> bool | None:
    """Return a schema.org Boolean given as true/false or as text ('true', 'True', 'https://schema.org/True')."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().rsplit("/", 1)[-1].lower()
        return True if word == "true" else False if word == "false" else None
    return None


def _months_of_experience(value: Any) -> float | None:
    """Return the months of an OccupationalExperienceRequirements (the largest when several are given)."""
    items = value if isinstance(value, list) else [value]
    months = [to_number(item.get("monthsOfExperience")) for item in items if isinstance(item, dict)]
    found = [m for m in months if m is not None and m > 0]
    return max(found) if found else None


_CREDENTIALS = (
    ("phd", re.compile(r"doctor|ph\.?d", re.I)),
    ("master", re.compile(r"postgraduate|master", re.I)),
    ("bachelor", re.compile(r"bachelor|undergraduate", re.I)),
    ("associate", re.compile(r"associate", re.I)),
    ("high school", re.compile(r"high\s*school|secondary", re.I)),
)


def degree_asked(value: Any) -> str | None:
    """Return the degree an ``educationRequirements`` asks for, from its credentialCategory (or its text)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        text = _name(item.get("credentialCategory")) if isinstance(item, dict) else item
        if isinstance(item, dict) and not text:
            text = _name(item.get("name"))
        if not isinstance(text, str):
            continue
        found = next((level for level, pattern in _CREDENTIALS if pattern.search(text)), None)
        if found:
            return found
    return None


def _remote_areas(value: Any) -> list[str]:
    """Return the names of the countries or regions an ``applicantLocationRequirements`` allows."""
    names: list[str] = []
    for area in value if isinstance(value, list) else [value]:
        name = _name(area)
        if name and name not in names:
            names.append(name)
    return names


def _strings(value: Any) -> list[str]:
    """Return the value as a list of strings (JSON-LD allows one value or a list)."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, str)]


def _name(value: Any) -> str | None:
    """Return a display name from a string, a ``{"name": ...}`` object or the first of a list."""
    if isinstance(value, list):
        return next((name for name in map(_name, value) if name), None)
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return None
    return html.unescape(value).strip() or None


def identifier_of(value: Any) -> str | None:
    """Return the id of a string, number or PropertyValue ``identifier``."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("value", value.get("@id"))
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return None


def _place(value: Any) -> Location | None:
    """Return a Location from a Place, a PostalAddress or a plain string."""
    if isinstance(value, str):
        return location_from_text(value) if value.strip() else None
    if not isinstance(value, dict):
        return None
    address = value.get("address", value)
    if isinstance(address, str):
        return location_from_text(address) if address.strip() else None
    if not isinstance(address, dict):
        return None
    city = _name(address.get("addressLocality"))
    region = _name(address.get("addressRegion"))
    country = _name(address.get("addressCountry"))
    text = ", ".join(p for p in (city, region, country) if p) or _name(value) or _name(address.get("streetAddress"))
    return Location(text=text, city=city, region=region, country=country) if text else None


def _locations(posting: dict[str, Any]) -> list[Location]:
    """Return each ``jobLocation``, then each ``applicantLocationRequirements`` area for remote jobs."""
    locations: list[Location] = []
    places = posting.get("jobLocation")
    for place in places if isinstance(places, list) else [places]:
        add_location(locations, _place(place))
    areas = posting.get("applicantLocationRequirements")
    for area in areas if isinstance(areas, list) else [areas]:
        name = _name(area)
        if name:
            add_location(locations, Location(text=name, country=name if _is_country(area) else None))
    return locations


def _is_country(area: Any) -> bool:
    """Return True for a ``{"@type": "Country"}`` object."""
    return isinstance(area, dict) and area.get("@type") == "Country"


def _remote(posting: dict[str, Any], title: str, locations: list[Location]) -> bool | None:
    """Return True for TELECOMMUTE jobs or jobs with applicant location requirements; a place alone means on-site.

    The title and places are read first ('Remote - Berlin'); a posting with a ``jobLocation`` and no telecommute
    marker is, by schema.org's meaning, done at that place.
    """
    if any(kind.strip().upper().endswith("TELECOMMUTE") for kind in _strings(posting.get("jobLocationType"))):
        return True
    if posting.get("applicantLocationRequirements"):
        return True
    guessed = guess_remote(title, *(loc.text for loc in locations))
    if guessed is None and any(_place(p) for p in _listed(posting.get("jobLocation"))):
        return False
    return guessed


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _salary(value: Any, posting_currency: Any) -> SalaryRange | None:
    """Return a SalaryRange from a MonetaryAmount (value a number or QuantitativeValue) or a bare number.

    A pay of 0 is a template's placeholder (some ATS pages emit ``"value": 0.00``), not a stated pay: None.
    """
    found = _stated_salary(value, posting_currency)
    return None if found is None or not (found.min or found.max) else found


def _stated_salary(value: Any, posting_currency: Any) -> SalaryRange | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return salary_range(value, value, posting_currency, None)
    currency = value.get("currency") or posting_currency
    amount = value.get("value")
    if not isinstance(amount, dict):
        return salary_range(amount, amount, currency, _name(value.get("unitText")))
    low = amount.get("minValue", amount.get("value"))
    high = amount.get("maxValue", amount.get("value"))
    return salary_range(low, high, currency, _name(amount.get("unitText")) or _name(value.get("unitText")))


def _describe(value: Any) -> str:
    """Return readable text for a requirement field: a string, a list, or a credential/experience object."""
    if isinstance(value, str):
        return description_to_text(value)
    if isinstance(value, list):
        items = [_describe(item) for item in value]
        return "\n".join(f"- {item}" for item in items if item)
    if not isinstance(value, dict):
        return ""
    months = to_number(value.get("monthsOfExperience"))
    if months is not None:
        # Written in years as a sentence, the way the requirement extractor reads it ("3 years of experience.").
        note = description_to_text(_name(value.get("description")))
        return f"{round(months / 12, 1):g} years of experience" + (f": {note}" if note else ".")
    kind = _name(value.get("credentialCategory")) or _name(value.get("name"))
    if kind and degree_asked(value) == "master" and "master" not in kind.lower():
        kind = f"Master's degree ({kind})"  # 'postgraduate degree': the requirement extractor reads "master"
    about = _name(value.get("about"))
    words = " in ".join(p for p in (kind, about) if p)
    return words or description_to_text(_name(value.get("description")))
