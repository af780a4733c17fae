"""Hacker News "Ask HN: Who is hiring?" threads through the Algolia HN API; each top comment is a posting."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext, get_json
from careerpilot.tools.sources.fields import (
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_from_text,
)
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import html_to_text

THREAD_TITLE = re.compile(r"^Ask HN: Who is hiring\?", re.I)
_HREF = re.compile(r'href="([^"]+)"')
_ROLE = re.compile(
    r"engineer|developer|designer|scientist|manager|analyst|architect|lead|sre|devops|programmer|researcher|"
    r"founding|intern|head of|director|product|marketing|sales|writer|recruiter|swe\b|full[\s-]?stack|backend|frontend",
    re.I,
)
_PLACE = re.compile(r"remote|onsite|on-site|hybrid|\b[A-Z][a-z]+,\s*[A-Z]{2}\b|london|berlin|new york|sf\b|nyc", re.I)
_MONEY = re.compile(r"[$€£]|\d+\s*[kK]\b|\bUSD\b|\bEUR\b")
_TYPE = re.compile(r"full[\s-]?time|part[\s-]?time|contract|intern", re.I)


def parse_hn_thread(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per top-level comment whose first line has 'Company | Role | ...' fields."""
    children = data.get("children") if isinstance(data, dict) else None
    thread = {"id": data.get("id"), "title": data.get("title")} if isinstance(data, dict) else {}
    return [
        RawPosting("hn", {**child, "_thread": thread}, origin, company_hint)
        for child in children or []
        if isinstance(child, dict) and isinstance(child.get("text"), str) and "|" in _first_line(child["text"])
    ]


def normalize_hn(raw: RawPosting) -> JobPosting:
    """Split the comment's header line into company, role, place, type and pay; the rest is the description."""
    comment = raw.payload
    header = [part.strip() for part in _first_line(comment["text"]).split("|") if part.strip()]
    company = header[0] if header else None
    rest = header[1:]
    role = next((p for p in rest if _ROLE.search(p) and not _MONEY.search(p)), rest[0] if rest else None)
    place = next((p for p in rest if p is not role and _PLACE.search(p) and not _MONEY.search(p)), None)
    pay = next((p for p in rest if _MONEY.search(p)), None)
    kind = next((p for p in rest if _TYPE.search(p)), None)
    title = require_title(raw, role)
    source_id = str(comment.get("id")) if comment.get("id") is not None else None
    url = f"https://news.ycombinator.com/item?id={source_id}" if source_id else None
    links = [link.replace("&#x2F;", "/") for link in _HREF.findall(comment["text"])]
    return JobPosting(
        id=job_id_for("hn", source_id, url, title, company),
        source="hn",
        source_id=source_id,
        url=url,
        apply_url=links[0] if links else url,
        title=title,
        company=company,
        locations=[location_from_text(place)] if place else [],
        remote=guess_remote(place),
        employment_type=guess_employment_type(kind),
        salary=salary_from_text(pay),
        seniority=guess_seniority(title),
        date_posted=parse_date(comment.get("created_at")),
        description_text=html_to_text(comment["text"]),
        raw={**raw_fields(raw, "text"), "links": links, "header": header},
    )


def _first_line(markup: str) -> str:
    return html_to_text(markup.split("<p>", 1)[0])


class HackerNewsSource:
    """``hn`` (the newest "Who is hiring?" thread) or ``hn:ITEM_ID`` (one thread)."""

    def __init__(self, item: str, ctx: SourceContext) -> None:
        self.item = item.strip()
        self.ctx = ctx
        self.name = f"hn:{self.item}" if self.item else "hn"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return the thread's job comments."""
        base = self.ctx.base_url(SPEC)
        item = self.item or await self._latest_thread(base)
        url = f"{base}/api/v1/items/{quote(item)}"
        data, response = await get_json(self.ctx, "hn", url)
        if not isinstance(data, dict) or not isinstance(data.get("children"), list):
            raise SourceError(f"{self.name}: {url} is not an HN item with comments")
        return SourceResult(postings=parse_hn_thread(data, str(response.url)))

    async def _latest_thread(self, base: str) -> str:
        """Return the id of the newest 'Ask HN: Who is hiring?' story by the whoishiring account."""
        url = f"{base}/api/v1/search_by_date"
        data, _ = await get_json(self.ctx, "hn", url, params={"tags": "story,author_whoishiring", "hitsPerPage": "10"})
        hits = data.get("hits") if isinstance(data, dict) else None
        for hit in hits or []:
            if isinstance(hit, dict) and THREAD_TITLE.match(str(hit.get("title") or "")):
                return str(hit.get("objectID") or hit.get("story_id"))
        raise SourceError(f"{self.name}: no 'Ask HN: Who is hiring?' thread found at {url}")


SPEC = SourceSpec(
    name="hn",
    description="Hacker News 'Who is hiring?' comments through the Algolia API: hn (newest thread) or hn:ITEM_ID",
    build=HackerNewsSource,
    normalize=normalize_hn,
    base_url="https://hn.algolia.com",
    hosts=("ycombinator.com",),
    needs_argument=False,
)
