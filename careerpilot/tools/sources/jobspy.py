"""Big boards (LinkedIn, Indeed, Glassdoor, ZipRecruiter, ...) through JobSpy's ``scrape_jobs``.

Optional: ``pip install 'careerpilot[jobspy]'``. JobSpy makes its own requests (curl_cffi), outside the polite
client, so keep ``results`` small and runs infrequent.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from careerpilot.domain.errors import ConfigError, SourceError
from careerpilot.domain.jobs import EmploymentType, JobPosting, job_id_for
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators, raw_fields, require_title
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.fields import (
    first_text,
    guess_employment_type,
    guess_remote,
    guess_seniority,
    location_from_text,
    parse_date,
    salary_range,
)
from careerpilot.tools.sources.text import description_to_text

_JOB_TYPES: dict[str, EmploymentType] = {
    "fulltime": "FULL_TIME",
    "parttime": "PART_TIME",
    "contract": "CONTRACTOR",
    "internship": "INTERN",
    "temporary": "TEMPORARY",
}
DEFAULT_SITES = ("indeed", "linkedin")
Scraper = Callable[..., Any]


def rows_from_frame(frame: Any) -> list[dict[str, Any]]:
    """Return a JobSpy DataFrame as plain dicts, with NaN/NaT turned into None and dates into ISO strings."""
    rows: list[dict[str, Any]] = []
    for record in frame.to_dict(orient="records"):
        rows.append({str(k): _plain(v) for k, v in record.items()})
    return rows


def _plain(value: Any) -> Any:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if type(value).__name__ in ("NaTType", "NAType"):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def normalize_jobspy(raw: RawPosting) -> JobPosting:
    """Map one JobSpy row onto JobPosting; ``site`` names the board it came from."""
    row = raw.payload
    title = require_title(raw, row.get("title"))
    company = first_text(row.get("company"), raw.company_hint)
    url = first_text(row.get("job_url"))
    site = first_text(row.get("site")) or "jobspy"
    source_id = first_text(str(row.get("id") or ""))
    location = first_text(row.get("location"))
    job_type = str(row.get("job_type") or "").split(",")[0].strip().lower()
    return JobPosting(
        id=job_id_for(f"jobspy:{site}", source_id, url, title, company),
        source=f"jobspy:{site}",
        source_id=source_id,
        url=url,
        apply_url=first_text(row.get("job_url_direct")) or url,
        title=title,
        company=company,
        locations=[location_from_text(location)] if location else [],
        remote=row["is_remote"] if isinstance(row.get("is_remote"), bool) else guess_remote(title, location),
        employment_type=_JOB_TYPES.get(job_type) or guess_employment_type(title),
        salary=salary_range(row.get("min_amount"), row.get("max_amount"), row.get("currency"), row.get("interval")),
        seniority=guess_seniority(title, row.get("job_level")),
        date_posted=parse_date(row.get("date_posted")),
        description_text=description_to_text(row.get("description")),
        raw=raw_fields(raw, "description"),
    )


def _default_scraper() -> Scraper:
    try:
        from jobspy import scrape_jobs
    except ImportError as exc:
        raise ConfigError("the jobspy source needs the optional extra: pip install 'careerpilot[jobspy]'") from exc
    return scrape_jobs


class JobSpySource:
    """``jobspy:sites=indeed,linkedin&q=python developer&location=Berlin&results=30&hours_old=72``."""

    def __init__(self, query: str, ctx: SourceContext, scraper: Scraper | None = None) -> None:
        params = dict(parse_qsl(query)) if "=" in query else {"q": query}
        self.sites = [s.strip() for s in params.pop("sites", ",".join(DEFAULT_SITES)).split(",") if s.strip()]
        self.search = params.pop("q", "")
        self.location = params.pop("location", None)
        self.results = int(params.pop("results", "20"))
        self.hours_old = int(params["hours_old"]) if params.get("hours_old", "").isdigit() else None
        self.country = params.get("country", "usa")
        self.ctx = ctx
        self.scraper = scraper
        self.name = f"jobspy:{query}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Run ``scrape_jobs`` in a worker thread and map its DataFrame rows."""
        scraper = self.scraper or _default_scraper()
        kwargs: dict[str, Any] = {
            "site_name": self.sites,
            "search_term": self.search,
            "location": self.location,
            "results_wanted": self.results,
            "hours_old": self.hours_old,
            "country_indeed": self.country,
            "description_format": "markdown",
        }
        try:
            frame = await asyncio.to_thread(scraper, **kwargs)
        except (OSError, ValueError, RuntimeError) as exc:  # JobSpy raises plain exceptions for blocked boards
            raise SourceError(f"{self.name}: JobSpy failed ({type(exc).__name__}: {exc})") from exc
        if frame is None or not hasattr(frame, "to_dict"):
            raise SourceError(f"{self.name}: JobSpy returned {type(frame).__name__}, not a DataFrame")
        rows = rows_from_frame(frame)
        return SourceResult(postings=[RawPosting("jobspy", row, self.name) for row in rows if row.get("title")])
