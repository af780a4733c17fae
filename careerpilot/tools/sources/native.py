"""CareerPilot's own format: JSON or JSONL of already-normalized JobPosting objects."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting

DEFAULT_SOURCE = "local"


def is_native_posting(value: Any) -> bool:
    """Return True for an object shaped like a JobPosting: a string ``title`` and mostly JobPosting keys.

    "Mostly" lets a hand-written posting with a misspelt key through, so validation can name the key.
    """
    if not isinstance(value, dict) or not isinstance(value.get("title"), str):
        return False
    known = sum(1 for key in value if key in JobPosting.model_fields)
    return known * 2 >= len(value)


def parse_native(data: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per JobPosting-shaped object in a list, a ``{"jobs": [...]}`` or one object."""
    if isinstance(data, dict) and isinstance(data.get("jobs"), list):
        data = data["jobs"]
    items = data if isinstance(data, list) else [data]
    return [
        RawPosting(format="careerpilot", payload=item, origin=origin, company_hint=company_hint)
        for item in items
        if is_native_posting(item)
    ]


def normalize_native(raw: RawPosting) -> JobPosting:
    """Validate a JobPosting dict, filling ``source`` and ``id`` when they are missing."""
    data = dict(raw.payload)
    data.setdefault("source", DEFAULT_SOURCE)
    if not data.get("company") and raw.company_hint:
        data["company"] = raw.company_hint
    if not data.get("id") and isinstance(data.get("title"), str):
        data["id"] = job_id_for(
            str(data["source"]), data.get("source_id"), data.get("url"), data["title"], data.get("company")
        )
    try:
        return JobPosting.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "posting"
        raise SourceError(
            f"{raw.describe()}: not a valid CareerPilot JobPosting ({where}: {first['msg']}; "
            f"{exc.error_count()} problem(s) in all)"
        ) from exc
