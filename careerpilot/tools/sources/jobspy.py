"""Big boards (LinkedIn, Indeed, Glassdoor, ZipRecruiter, ...) through JobSpy's ``scrape_jobs``.

Optional: ``pip install 'careerpilot[jobspy]'``. JobSpy makes its own requests, outside the polite client, so the
adapter applies what it can from outside: one ``scrape_jobs`` call per site, each holding one request's share of
that site's host budget (per-host concurrency and rate) in the polite client, the configured proxies, a time
limit, and a site that fails or is blocked only becomes a warning (a block also stops that host for the run).
A call makes several requests under one share, so keep ``results`` small and runs infrequent.
"""

from __future__ import annotations

import asyncio
import functools
import math
import re
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
from careerpilot.tools.sources.spec import SourceSpec
from careerpilot.tools.sources.text import description_to_text

_JOB_TYPES: dict[str, EmploymentType] = {
    "fulltime": "FULL_TIME",
    "parttime": "PART_TIME",
    "contract": "CONTRACTOR",
    "internship": "INTERN",
    "temporary": "TEMPORARY",
}
DEFAULT_SITES = ("indeed", "linkedin")
# The host each JobSpy scraper talks to, as the polite client's budget key (Glassdoor and Indeed vary by
# country; their main host stands for all). Unknown sites get www.<site>.com.
SITE_URLS = {
    "linkedin": "https://www.linkedin.com",
    "indeed": "https://apis.indeed.com",
    "zip_recruiter": "https://www.ziprecruiter.com",
    "glassdoor": "https://www.glassdoor.com",
    "google": "https://www.google.com",
    "bayt": "https://www.bayt.com",
    "naukri": "https://www.naukri.com",
    "bdjobs": "https://api.bdjobs.com",
    "hellowork": "https://www.hellowork.com",
}
SITE_TIMEOUT_FACTOR = 4  # a site scrape is several requests; below discovery's whole-source budget (6x)
_BLOCK_SIGNALS = re.compile(r"\b(?:403|429)\b|blocked|captcha|forbidden|too many requests", re.I)
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
    """``jobspy:sites=indeed,linkedin&q=python developer&location=Berlin&results=30&hours_old=72&timeout=60``."""

    def __init__(self, query: str, ctx: SourceContext, scraper: Scraper | None = None) -> None:
        params = dict(parse_qsl(query)) if "=" in query else {"q": query}
        self.sites = [s.strip() for s in params.pop("sites", ",".join(DEFAULT_SITES)).split(",") if s.strip()]
        self.search = params.pop("q", "")
        self.location = params.pop("location", None)
        self.results = int(params.pop("results", "20"))
        self.hours_old = int(params["hours_old"]) if params.get("hours_old", "").isdigit() else None
        self.country = params.get("country", "usa")
        self.timeout = float(params["timeout"]) if params.get("timeout", "").replace(".", "", 1).isdigit() else None
        self.ctx = ctx
        self.scraper = scraper
        self.name = f"jobspy:{query}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Scrape every site concurrently, each in its own ``scrape_jobs`` call; keep what the others found.

        Raises:
            SourceError: every site failed; the message names each site and why.
        """
        scraper = self.scraper or _default_scraper()
        outcomes = await asyncio.gather(
            *(self._scrape_site(scraper, site) for site in self.sites), return_exceptions=True
        )
        result = SourceResult()
        failures: list[str] = []
        for outcome in outcomes:
            if isinstance(outcome, SourceError):
                failures.append(str(outcome))
            elif isinstance(outcome, BaseException):
                raise outcome
            else:
                rows, warnings = outcome
                result.postings.extend(RawPosting("jobspy", row, self.name) for row in rows if row.get("title"))
                result.warnings.extend(warnings)
        if failures and len(failures) == len(self.sites):
            raise SourceError("; ".join(failures))
        result.warnings.extend(failures)
        return result

    async def _scrape_site(self, scraper: Scraper, site: str) -> tuple[list[dict[str, Any]], list[str]]:
        """Return one site's rows and warnings, scraped within its host budget and time limit.

        Raises:
            SourceError: the site raised, timed out, reported an error with no rows, or its host is stopped.
        """
        http = self.ctx.http
        url = SITE_URLS.get(site, f"https://www.{site.replace('_', '')}.com")
        timeout = self.timeout or (http.policy.timeout_s if http else 20.0) * SITE_TIMEOUT_FACTOR
        kwargs: dict[str, Any] = {
            "site_name": [site],
            "search_term": self.search,
            "location": self.location,
            "results_wanted": self.results,
            "hours_old": self.hours_old,
            "country_indeed": self.country,
            "description_format": "markdown",
        }
        if http and http.policy.proxies:
            kwargs["proxies"] = list(http.policy.proxies)
        label = f"{self.name}: {site}"
        release = await http.hold(url) if http else _nothing
        # The thread cannot be cancelled: the host share is released only when it really ends, even after a
        # timeout, so a hung scrape still counts against the host's budget.
        future = asyncio.get_running_loop().run_in_executor(None, functools.partial(scraper, **kwargs))
        future.add_done_callback(lambda _done: release())
        try:
            frame = await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            raise SourceError(f"{label} gave no answer within {timeout:g}s") from None
        except Exception as exc:  # noqa: BLE001 - JobSpy raises anything; one site must not sink the others
            raise SourceError(f"{label}: JobSpy failed ({type(exc).__name__}: {exc})") from exc
        if frame is None or not hasattr(frame, "to_dict"):
            raise SourceError(f"{label}: JobSpy returned {type(frame).__name__}, not a DataFrame")
        rows = rows_from_frame(frame)
        attrs = getattr(frame, "attrs", None) or {}
        error = (attrs.get("errors") or {}).get(site)
        warnings = [f"{label}: {w}" for w in (attrs.get("warnings") or {}).get(site) or []]
        if error and http and _BLOCK_SIGNALS.search(str(error)):
            http.stop_host(url, f"JobSpy {site}: {error}")
        if error and not rows:
            raise SourceError(f"{label}: {error}")
        if error:
            warnings.append(f"{label}: {error} (kept the {len(rows)} rows found before)")
        return rows, warnings


def _nothing() -> None:
    """Release nothing: without the polite client there is no budget to hold."""


SPEC = SourceSpec(
    name="jobspy",
    description="LinkedIn, Indeed, Glassdoor, ... through JobSpy's scrape_jobs: jobspy:sites=indeed,linkedin&q=python",
    build=JobSpySource,
    normalize=normalize_jobspy,
    hosts=("google.com", "linkedin.com", "indeed.", "glassdoor.", "ziprecruiter."),
)
