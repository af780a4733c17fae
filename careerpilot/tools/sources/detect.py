"""Recognise which board a saved JSON payload came from and split it into RawPostings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from careerpilot.tools.sources.ashby import is_ashby_payload, parse_ashby
from careerpilot.tools.sources.base import RawPosting
from careerpilot.tools.sources.fields import company_from_token
from careerpilot.tools.sources.greenhouse import is_greenhouse_payload, parse_greenhouse
from careerpilot.tools.sources.jsonld import is_job_posting, is_jsonld_payload
from careerpilot.tools.sources.lever import is_lever_group, is_lever_posting, parse_lever
from careerpilot.tools.sources.native import is_native_posting, parse_native
from careerpilot.tools.sources.recruitee import parse_recruitee
from careerpilot.tools.sources.smartrecruiters import is_smartrecruiters_posting, parse_smartrecruiters
from careerpilot.tools.sources.structured import parse_jsonld
from careerpilot.tools.sources.workable import is_workable_payload, parse_workable

Parser = Callable[[Any, str, str | None], list[RawPosting]]

# Hosted job pages carry the board token as the first path segment.
_BOARD_URL = re.compile(
    r"^https?://(?:jobs(?:\.eu)?\.lever\.co|jobs\.ashbyhq\.com|(?:job-)?boards(?:\.eu)?\.greenhouse\.io)/([^/?#]+)",
    re.I,
)
_URL_KEYS = ("hostedUrl", "applyUrl", "jobUrl", "absolute_url")

# Checked in order; the first shape that matches an item decides its format.
_SHAPES: tuple[tuple[Callable[[Any], bool], Parser], ...] = (
    (is_greenhouse_payload, parse_greenhouse),
    (is_ashby_payload, parse_ashby),
    (lambda v: is_lever_posting(v) or is_lever_group(v), parse_lever),
    (is_workable_payload, parse_workable),
    (lambda v: isinstance(v, dict) and bool(parse_recruitee(v, "")), parse_recruitee),
    (lambda v: bool(parse_smartrecruiters(v, "")) or is_smartrecruiters_posting(v), parse_smartrecruiters),
    (is_job_posting, parse_jsonld),
    (is_native_posting, parse_native),
)


def company_from_board_url(url: Any) -> str | None:
    """Return the company named by a Lever, Ashby or Greenhouse hosted URL (``jobs.lever.co/acme/...``)."""
    match = _BOARD_URL.match(url.strip()) if isinstance(url, str) else None
    return company_from_token(match.group(1)) if match else None


def with_company_hint(raw: RawPosting) -> RawPosting:
    """Return the posting with a company hint taken from its board URL when it has none."""
    if raw.company_hint:
        return raw
    hint = next((h for h in (company_from_board_url(raw.payload.get(k)) for k in _URL_KEYS) if h), None)
    if hint is None:
        return raw
    return replace(raw, company_hint=hint)


def parse_json_value(value: Any, origin: str) -> tuple[list[RawPosting], int]:
    """Return the postings in a parsed JSON file and how many of its items were not postings."""
    postings: list[RawPosting] = []
    skipped = 0
    for item in _items(value):
        parser = next((parse for matches, parse in _SHAPES if matches(item)), None)
        if parser is None and is_jsonld_payload(item):
            parser = parse_jsonld
        found = parser(item, origin, None) if parser else []
        postings.extend(with_company_hint(raw) for raw in found)
        skipped += 0 if found else 1
    return postings, skipped


def _items(value: Any) -> list[Any]:
    """Split a JSON value into the units detected one by one: list items, ``jobs`` entries, or itself."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and isinstance(value.get("jobs"), list) and not is_workable_payload(value):
        return value["jobs"]
    return [value]
