"""Notion adapter: the real ``notion-client`` paced to ~3 requests/s, database schemas and property mapping.

Uses the data-source API (Notion-Version 2025-09-03): a database holds data sources, pages live in a data source,
queries go to ``/v1/data_sources/{id}/query``. 429s are retried by notion-client honouring ``Retry-After`` with
exponential backoff; every attempt, retries included, waits its turn in one queue so the average stays under the
limit Notion documents.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
from notion_client import Client
from notion_client.client import RetryOptions
from notion_client.errors import APIResponseError, NotionClientErrorBase
from notion_client.helpers import collect_paginated_api

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import ConfigError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.tracking import TrackedApplication

APPLICATIONS_TITLE = "CareerPilot Applications"
JOBS_TITLE = "CareerPilot Job Tracker"
APP_KEY = "CareerPilot ID"
JOB_KEY = "CareerPilot Job ID"
STATUS_COLORS = ["gray", "default", "yellow", "orange", "blue", "purple", "red", "green", "brown", "pink"]
Json = dict[str, Any]


class NotionError(ConfigError):
    """Notion could not be reached or refused a request; the local tracker is unaffected."""


def applications_schema() -> Json:
    """Return the Applications data source's properties."""
    options = [
        {"name": s.value, "color": STATUS_COLORS[i % len(STATUS_COLORS)]} for i, s in enumerate(ApplicationStatus)
    ]
    return {
        "Name": {"title": {}},
        "Company": {"rich_text": {}},
        "Status": {"select": {"options": options}},
        "Score": {"number": {"format": "number"}},
        "URL": {"url": {}},
        "Source": {"select": {}},
        "Applied": {"date": {}},
        "Updated": {"date": {}},
        "Next action": {"date": {}},
        "Documents": {"url": {}},
        APP_KEY: {"rich_text": {}},
        "Job ID": {"rich_text": {}},
    }


def jobs_schema() -> Json:
    """Return the Job Tracker data source's properties."""
    return {
        "Name": {"title": {}},
        "Company": {"rich_text": {}},
        "URL": {"url": {}},
        "Source": {"select": {}},
        "Location": {"rich_text": {}},
        "Posted": {"date": {}},
        "Best score": {"number": {"format": "number"}},
        JOB_KEY: {"rich_text": {}},
    }


def _text(value: str) -> Json:
    return {"rich_text": [{"type": "text", "text": {"content": value[:2000]}}]}


def _date(value: datetime | None) -> Json:
    return {"date": {"start": value.astimezone(UTC).isoformat()} if value else None}


def application_properties(item: TrackedApplication) -> Json:
    """Return the page properties that mirror one tracked application."""
    app = item.application
    applied = next((h.at for h in app.history if h.status is ApplicationStatus.SUBMITTED), None)
    docs = app.documents.get("resume_pdf") or app.documents.get("cover_letter_pdf")
    return {
        "Name": {"title": [{"type": "text", "text": {"content": item.title[:2000]}}]},
        "Company": _text(item.company),
        "Status": {"select": {"name": app.status.value}},
        "Score": {"number": round(app.score, 1) if app.score is not None else None},
        "URL": {"url": item.url},
        "Source": {"select": {"name": item.source} if item.source else None},
        "Applied": _date(applied),
        "Updated": _date(app.history[-1].at if app.history else app.updated_at),
        "Next action": _date(item.next_action_at),
        "Documents": {"url": f"file://{docs}" if docs else None},
        APP_KEY: _text(app.id),
        "Job ID": _text(app.job_id),
    }


def job_properties(job: JobPosting, best_score: float | None) -> Json:
    """Return the page properties that mirror one job posting."""
    posted = {"start": job.date_posted.isoformat()} if job.date_posted else None
    return {
        "Name": {"title": [{"type": "text", "text": {"content": job.title[:2000]}}]},
        "Company": _text(job.company or ""),
        "URL": {"url": job.url},
        "Source": {"select": {"name": job.source}},
        "Location": _text(job.location_text),
        "Posted": {"date": posted},
        "Best score": {"number": round(best_score, 1) if best_score is not None else None},
        JOB_KEY: _text(job.id),
    }


def plain(prop: Json | None) -> str | None:
    """Return the plain text of a title, rich_text or select property as Notion returns it."""
    if not prop:
        return None
    kind = prop.get("type")
    if kind in ("title", "rich_text"):
        return "".join(part.get("plain_text", "") for part in prop.get(kind) or [])
    if kind == "select":
        return (prop.get("select") or {}).get("name")
    return None


def parse_time(value: str) -> datetime:
    """Parse Notion's ISO 8601 timestamps ('...Z')."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class RateLimiter:
    """A queue of callers let through at most ``per_second`` times a second, in arrival order."""

    def __init__(self, per_second: float) -> None:
        self.interval = 1.0 / per_second
        self._lock = threading.Lock()
        self._next = 0.0

    def wait(self) -> None:
        """Block until this caller's turn."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        if start > now:
            time.sleep(start - now)


class PacedClient(Client):
    """notion-client whose every HTTP attempt, retries included, waits for the rate limiter."""

    def __init__(self, limiter: RateLimiter, **options: Any) -> None:
        super().__init__(**options)
        self.limiter = limiter

    def _execute_single_request(self, request: httpx.Request, method: str, path: str) -> Any:
        self.limiter.wait()
        return super()._execute_single_request(request, method, path)


@dataclass(frozen=True)
class NotionConfig:
    """How to reach Notion."""

    token: str
    base_url: str = "https://api.notion.com"
    version: str = "2025-09-03"
    timeout_s: float = 30.0
    max_retries: int = 3
    requests_per_second: float = 3.0
    max_retry_delay_s: float = 60.0


class NotionGateway:
    """The few Notion operations the sync needs, each raising NotionError with one readable line."""

    def __init__(self, config: NotionConfig) -> None:
        retry = RetryOptions(
            max_retries=config.max_retries,
            initial_retry_delay_ms=min(1000, int(config.max_retry_delay_s * 1000)),
            max_retry_delay_ms=int(config.max_retry_delay_s * 1000),
        )
        self.client = PacedClient(
            RateLimiter(config.requests_per_second),
            auth=config.token,
            base_url=config.base_url.rstrip("/"),
            notion_version=config.version,
            timeout_ms=int(config.timeout_s * 1000),
            retry=retry,
            logger=logging.getLogger("careerpilot.notion"),
        )

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.client.close()

    def _call(self, what: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except APIResponseError as exc:
            code = getattr(exc.code, "value", exc.code)
            raise NotionError(f"Notion could not {what}: {exc.status} {code}: {exc}") from exc
        except NotionClientErrorBase as exc:
            raise NotionError(f"Notion failed to {what}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise NotionError(f"cannot reach Notion to {what}: {exc}") from exc

    def data_source_of(self, database_id: str) -> str:
        """Return the first data source id of a database."""
        database = self._call("read the database", self.client.databases.retrieve, database_id)
        sources = database.get("data_sources") or []
        if not sources:
            raise NotionError(f"Notion database {database_id} has no data source")
        return str(sources[0]["id"])

    def find_data_source(self, title: str) -> str | None:
        """Return the id of a data source shared with the integration whose title is exactly this, if any."""
        found = self._call(
            "search", self.client.search, query=title, filter={"property": "object", "value": "data_source"}
        )
        for result in found.get("results", []):
            if "".join(t.get("plain_text", "") for t in result.get("title", [])) == title:
                return str(result["id"])
        return None

    def create_database(self, parent_page_id: str, title: str, properties: Json) -> str:
        """Create a database under a page and return its data source id."""
        database = self._call(
            "create a database",
            self.client.databases.create,
            parent={"type": "page_id", "page_id": parent_page_id},
            title=[{"type": "text", "text": {"content": title}}],
            initial_data_source={"properties": properties},
        )
        return str(database["data_sources"][0]["id"])

    def ensure_properties(self, data_source_id: str, properties: Json) -> list[str]:
        """Add the properties (and Status options) a data source lacks; return the names added."""
        source = self._call("read the data source", self.client.data_sources.retrieve, data_source_id)
        have: Json = source.get("properties", {})
        missing = {k: v for k, v in properties.items() if k not in have}
        status = have.get("Status", {})
        if "Status" in have and status.get("type") == "select":
            names = {o["name"] for o in status["select"].get("options", [])}
            wanted = properties["Status"]["select"]["options"] if "Status" in properties else []
            if any(o["name"] not in names for o in wanted):
                missing["Status"] = {"select": {"options": status["select"]["options"] + wanted}}
                missing["Status"]["select"]["options"] = _dedupe_options(missing["Status"]["select"]["options"])
        if missing:
            self._call("update the data source", self.client.data_sources.update, data_source_id, properties=missing)
        return sorted(missing)

    def pages(self, data_source_id: str) -> list[Json]:
        """Return every page of a data source (paginated)."""
        return self._call(  # type: ignore[no-any-return]
            "query the data source",
            collect_paginated_api,
            self.client.data_sources.query,
            data_source_id=data_source_id,
            page_size=100,
        )

    def create_page(self, data_source_id: str, properties: Json) -> Json:
        """Create a page in a data source."""
        parent = {"type": "data_source_id", "data_source_id": data_source_id}
        return self._call("create a page", self.client.pages.create, parent=parent, properties=properties)  # type: ignore[no-any-return]

    def update_page(self, page_id: str, properties: Json) -> Json:
        """Update a page's properties."""
        return self._call("update a page", self.client.pages.update, page_id, properties=properties)  # type: ignore[no-any-return]


def _dedupe_options(options: list[Json]) -> list[Json]:
    seen: set[str] = set()
    out = []
    for option in options:
        if option["name"] not in seen:
            seen.add(option["name"])
            out.append({k: v for k, v in option.items() if k in ("id", "name", "color")})
    return out
