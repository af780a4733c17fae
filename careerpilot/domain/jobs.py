"""Job postings, aligned with schema.org JobPosting; board-specific fields stay in ``raw``."""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, ConfigDict, Field

EmploymentType = Literal[
    "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"
]
Seniority = Literal["intern", "junior", "mid", "senior", "staff", "principal", "lead", "manager", "executive"]
SalaryPeriod = Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]

# '#posting=<slot>' tells apart the postings of one career page that share its URL (kept by dedupe's URL key).
POSTING_FRAGMENT = "posting="
_TRACKING_PARAMS = re.compile(r"^(utm_.*|gh_src|gh_jid|lever-source.*|source|ref|src|trk|fbclid|gclid)$", re.I)
# A plain http(s) URL (ASCII host, no whitespace or backslash): what urlsplit would split the same way.
_PLAIN_URL = re.compile(
    r"(https?)://([A-Za-z0-9.\-:_~%!$&'()*+,;=]+)((?:/[^?#\s\\]*)?)(?:\?([^#\s\\]*))?(?:#[^\s\\]*)?"
)


class SalaryRange(BaseModel):
    """A pay range as a posting states it (schema.org MonetaryAmount with a QuantitativeValue)."""

    min: float | None = None
    max: float | None = None
    currency: str | None = None
    period: SalaryPeriod | None = None

    def text(self) -> str:
        """Return the range as the posting states it, amounts exact ('17.50 EUR per hour', '90,000–120,000 USD')."""
        low, high = (amount_text(v) if v else None for v in (self.min, self.max))
        amount = low if low == high or not high else (high if not low else f"{low}–{high}")
        per = f" per {self.period.lower()}" if self.period else ""
        return f"{amount or '?'} {self.currency or ''}".strip() + per


def amount_text(value: float) -> str:
    """Return a pay amount unrounded: whole amounts with separators, others with their cents (17.5 -> '17.50')."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    cents = f"{value:,.2f}"
    return cents if float(cents.replace(",", "")) == value else f"{value:,}"


class Location(BaseModel):
    """One place a job can be done from; free text first, parts when the source gives them."""

    text: str
    city: str | None = None
    region: str | None = None
    country: str | None = None


class FlaggedText(BaseModel):
    """A passage of a posting that reads like an instruction to an AI: shown to the person, never obeyed.

    Offsets index the cleaned text of the field named by ``where``.
    """

    where: str = Field(description="The field that holds it: 'title', 'company', 'description_text', 'location'...")
    kind: str = Field(
        description="What it tries: override, role, fake_turn, approval, submission, secrecy, scoring, exfiltration."
    )
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="The words that matched.")
    context: str = Field(description="The sentence around them, as the person should see it.")


class JobPosting(BaseModel):
    """A normalized job posting; everything a board adds beyond schema.org lives in ``raw``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="Stable id derived from the canonical URL or source + source id.")
    source: str = Field(description="Where it came from, e.g. 'greenhouse', 'lever', 'jsonld', 'local'.")
    source_id: str | None = None
    url: str | None = Field(default=None, description="Canonical URL of the posting page.")
    apply_url: str | None = None
    title: str
    company: str | None = None
    locations: list[Location] = Field(default_factory=list)
    remote: bool | None = None
    employment_type: EmploymentType | None = None
    salary: SalaryRange | None = None
    seniority: Seniority | None = None
    date_posted: date | None = None
    description_text: str = ""
    description_html: str | None = None
    department: str | None = None
    valid_through: date | None = Field(None, description="Last day it takes applications (schema.org validThrough).")
    direct_apply: bool | None = Field(None, description="Its own page takes the application (schema.org directApply).")
    employment_types: list[EmploymentType] = Field(
        default_factory=list, description="Every employment type it names; employment_type is the first."
    )
    remote_countries: list[str] = Field(
        default_factory=list, description="Where applicants to a remote job may live (applicantLocationRequirements)."
    )
    experience_years: float | None = Field(None, description="Years of experience asked for (monthsOfExperience/12).")
    degree: str | None = Field(None, description="The degree asked for: high school, associate, bachelor, master, phd.")
    flagged: list[FlaggedText] = Field(
        default_factory=list,
        description="Instruction-like passages found at normalization: shown as flagged, never used as requirements.",
    )
    raw: dict[str, Any] = Field(default_factory=dict, repr=False)

    @property
    def content_hash(self) -> str:
        """Hash of the text that matching reads; unchanged text is never re-embedded."""
        return content_hash(self.title, self.company or "", self.description_text)

    def expired(self, today: date | None = None) -> bool:
        """Return True once the posting's ``valid_through`` day has passed (UTC)."""
        return self.valid_through is not None and self.valid_through < (today or datetime.now(UTC).date())

    @property
    def location_text(self) -> str:
        """All locations as one display line, with 'Remote' when the job is remote."""
        parts = [loc.text for loc in self.locations]
        if self.remote and not any("remote" in p.lower() for p in parts):
            parts.append("Remote")
        return "; ".join(parts)

    @property
    def flagged_passages(self) -> list[str]:
        """The sentences holding instruction-like text, each once, in order: what the faces show as flagged."""
        return list(dict.fromkeys(flag.context for flag in self.flagged))

    def matching_text(self) -> str:
        """Return the text matching and embeddings read: title, company, locations and description."""
        return "\n".join(p for p in (self.title, self.company or "", self.location_text, self.description_text) if p)


def content_hash(*parts: str) -> str:
    """Return a sha256 hex digest of the parts, separated so ('ab','c') != ('a','bc')."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def split_url(url: str) -> tuple[str, str, str, str]:
    """Return (scheme, netloc, path, query) as ``urlsplit`` does; plain http(s) URLs skip urllib (5x faster)."""
    plain = _PLAIN_URL.fullmatch(url)
    if plain is None:
        parts = urlsplit(url)
        return parts.scheme, parts.netloc, parts.path, parts.query
    scheme, netloc, path, query = plain.groups()
    return scheme, netloc, path, query or ""


def without_params(query: str, drop: re.Pattern[str], sort: bool = False) -> str:
    """Return the query without the parameters whose name ``drop`` matches (re-encoded, optionally sorted)."""
    if not query:
        return ""
    names = [pair.partition("=")[0] for pair in query.split("&") if pair]
    if all(drop.match(name) and "%" not in name and "+" not in name for name in names):
        return ""  # every parameter is dropped: no need to decode and re-encode the rest
    pairs = [(k, v) for k, v in parse_qsl(query) if not drop.match(k)]
    return urlencode(sorted(pairs) if sort else pairs)


def canonical_url(url: str | None) -> str | None:
    """Return the URL without tracking parameters, fragment, default port or trailing slash."""
    if not url:
        return None
    scheme, netloc, path, query = split_url(url.strip())
    if not scheme or not netloc:
        return url.strip()
    host = netloc.lower().removesuffix(":443").removesuffix(":80")
    path = path.rstrip("/") or "/"
    query = without_params(query, _TRACKING_PARAMS)
    return urlunsplit(("https" if scheme in ("http", "https") else scheme, host, path, query, ""))


def job_id_for(source: str, source_id: str | None, url: str | None, title: str, company: str | None) -> str:
    """Return a stable 16-hex id: canonical URL first, then source id, then title + company."""
    key = canonical_url(url) or (f"{source}:{source_id}" if source_id else f"{title}|{company or ''}")
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
