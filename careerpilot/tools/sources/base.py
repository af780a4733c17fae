"""What every job source returns: raw postings in their board's own shape, plus readable warnings."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from careerpilot.domain.errors import SourceError


@dataclass(frozen=True, slots=True)
class RawPosting:
    """One posting exactly as a source gave it, tagged with its wire format and where it came from.

    ``format`` names the spec whose normalizer reads the payload (a ``SourceSpec.format``: 'greenhouse', 'jsonld').
    ``slot`` tells apart the postings of one page that share its URL (``structured.assign_slots``).
    """

    format: str
    payload: dict[str, Any]
    origin: str
    company_hint: str | None = None
    slot: str | None = None

    def describe(self) -> str:
        """Return a short label for messages: the origin and the posting's id or title when known."""
        label = self.payload.get("id") or self.payload.get("title") or self.payload.get("text")
        return f"{self.origin} ({label})" if isinstance(label, str | int) and label != "" else self.origin


@dataclass(frozen=True, slots=True)
class Validators:
    """HTTP cache validators from a previous fetch, sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        """Return the conditional request headers these validators allow."""
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}


@dataclass(slots=True)
class CrawlReport:
    """What a crawling source did: pages read, blocks rejected and why, links followed or skipped and why."""

    pages_read: int = 0
    postings: int = 0
    rejected: list[str] = field(default_factory=list)
    followed: int = 0
    without_postings: int = 0
    off_site: int = 0
    over_budget: int = 0
    sitemap_urls: int = 0
    failed: list[str] = field(default_factory=list)
    rendered: int = 0

    def line(self) -> str:
        """Return the report as one line: '3 page(s) read, 2 posting(s), 1 link(s) followed, ...'."""
        parts = [f"{self.pages_read} page(s) read", f"{self.postings} posting(s)"]
        if self.rejected:
            parts.append(f"{len(self.rejected)} block(s) rejected ({_first_reason(self.rejected)})")
        if self.sitemap_urls:
            parts.append(f"{self.sitemap_urls} URL(s) from sitemaps")
        parts.append(f"{self.followed} link(s) followed")
        skipped = [
            f"{count} {why}"
            for count, why in (
                (self.without_postings, "without a posting"),
                (self.off_site, "off-site"),
                (self.over_budget, "over the page limit"),
                (len(self.failed), f"unreadable ({_first_reason(self.failed)})" if self.failed else ""),
            )
            if count
        ]
        if skipped:
            parts.append(f"skipped: {', '.join(skipped)}")
        if self.rendered:
            parts.append(f"{self.rendered} rendered in Chromium")
        return ", ".join(parts)


def _first_reason(reasons: list[str]) -> str:
    """Return the first reason without the URL it starts with."""
    first = reasons[0].split(": ", 1)[-1]
    return first + (f"; {len(reasons) - 1} more" if len(reasons) > 1 else "")


@dataclass(slots=True)
class SourceResult:
    """The postings a source found and one readable warning per file or item it could not read.

    ``complete`` says the postings are the whole board (so a posting missing now has closed);
    ``not_modified`` says the server answered 304 and nothing was parsed; ``validators`` go into the next fetch;
    ``report`` is what a crawling source did, for the per-source summary.
    """

    postings: list[RawPosting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    complete: bool = False
    not_modified: bool = False
    validators: Validators | None = None
    report: CrawlReport | None = None

    def extend(self, other: SourceResult) -> None:
        """Append another result's postings and warnings to this one."""
        self.postings.extend(other.postings)
        self.warnings.extend(other.warnings)


@runtime_checkable
class JobSource(Protocol):
    """A place job postings come from: a folder, a board API, a career page."""

    name: str

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every posting the source holds now; a bad item becomes a warning, not an error.

        With ``previous`` validators a source may answer ``not_modified`` instead of refetching.
        """
        ...


def require_title(raw: RawPosting, *candidates: Any) -> str:
    """Return the first non-blank string candidate as the title, or raise SourceError naming the posting."""
    for value in candidates:
        if isinstance(value, str) and value.strip():
            return value.strip()
    raise SourceError(f"{raw.describe()}: {raw.format} posting has no title, so it cannot be normalized")


def web_url(value: Any) -> str | None:
    """Return the value when it is an http(s) URL, else None (local file paths are not posting URLs)."""
    if not isinstance(value, str):
        return None
    parts = urlsplit(value.strip())
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def payload_fingerprint(payload: dict[str, Any]) -> str:
    """Return a short stable hash of a payload, used as an id key when a posting has no URL or id."""
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")
    return "sha1:" + hashlib.sha1(encoded).hexdigest()[:16]


def raw_fields(raw: RawPosting, *mapped: str) -> dict[str, Any]:
    """Return the payload minus the (large) fields already mapped onto JobPosting, plus the origin."""
    kept = dict(raw.payload)  # a C-level copy then a few pops: 8x faster than filtering every key
    for key in mapped:
        kept.pop(key, None)
    kept["_origin"] = raw.origin
    return kept


def board_jobs(data: Any, is_job: Callable[[Any], bool]) -> list[dict[str, Any]]:
    """Return the job objects of a ``{"jobs": [...]}`` board response, or of a single-job response."""
    jobs = data["jobs"] if isinstance(data, dict) and isinstance(data.get("jobs"), list) else [data]
    return [job for job in jobs if is_job(job)]
