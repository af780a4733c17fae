"""Discovery: run every source concurrently and politely, normalize, dedupe across sources, store incrementally.

One failing source fails nothing: it is named in ``failed_sources`` and the rest goes on. A source whose server
answers 304 keeps its previous postings; a whole-board source that no longer lists a posting marks it closed.
"""

from __future__ import annotations

import asyncio
import csv
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

from careerpilot.config import Settings
from careerpilot.discovery.dedupe import dedupe_postings
from careerpilot.discovery.summary import source_line
from careerpilot.domain.errors import CareerPilotError, InputError, SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.memory.sql import Store
from careerpilot.text.nesting import load_yaml
from careerpilot.tools.addresses import AddressGuard
from careerpilot.tools.http import HttpPolicy, PoliteClient
from careerpilot.tools.sources import REGISTRY, build_source, normalize
from careerpilot.tools.sources.base import JobSource, SourceResult, Validators
from careerpilot.tools.sources.context import BrowserOptions, SourceContext

log = logging.getLogger(__name__)
SOURCE_TIMEOUT_FACTOR = 6  # a source may take a few requests' worth of timeouts, never forever


@dataclass
class DiscoveryResult:
    """What discovery found: job ids in source order, counts, and readable lines for what went wrong."""

    job_ids: list[str] = field(default_factory=list)
    fetched: int = 0
    duplicates: int = 0
    new: int = 0
    warnings: list[str] = field(default_factory=list)
    failed_sources: dict[str, str] = field(default_factory=dict)
    unchanged_sources: list[str] = field(default_factory=list)
    closed: int = 0
    per_source: dict[str, int] = field(default_factory=dict)
    expired_ids: list[str] = field(default_factory=list)
    summaries: list[str] = field(default_factory=list)


def http_policy(settings: Settings) -> HttpPolicy:
    """Return the HTTP politeness policy the settings describe."""
    return HttpPolicy(
        user_agent=settings.http_user_agent,
        timeout_s=settings.http_timeout_s,
        max_retries=settings.http_max_retries,
        backoff_s=settings.http_backoff_s,
        max_retry_after_s=settings.http_max_retry_after_s,
        per_host_concurrency=settings.http_per_host_concurrency,
        per_host_rate=settings.http_per_host_rate,
        total_concurrency=settings.http_total_concurrency,
        proxies=tuple(settings.http_proxies),
        respect_robots=settings.http_respect_robots,
    )


def source_context(settings: Settings, http: PoliteClient | None) -> SourceContext:
    """Return what sources need from the settings: base URLs, keys, browser options, the client.

    Raises:
        ConfigError: SOURCE_BASE_URLS names a source that has no API.
    """
    keys = {
        kind: secret.get_secret_value()
        for kind, secret in (("jooble", settings.jooble_api_key), ("serpapi", settings.serpapi_api_key))
        if secret is not None
    }
    browser = BrowserOptions(
        enabled=settings.career_pages_js_fallback,
        chromium_path=settings.chromium_path,
        loopback_only=settings.browser_loopback_only,
        timeout_s=settings.http_timeout_s,
    )
    return SourceContext(
        http=http,
        base_urls=REGISTRY.base_urls(settings.source_base_urls),
        keys=keys,
        browser=browser,
        max_pages=settings.career_pages_max_pages,
    )


def load_source_specs(path: Path) -> list[str]:
    """Return the source specs of a sources YAML file (``sources:`` entries: strings or one-key mappings).

    Raises:
        InputError: the file is missing, not YAML, or an entry has an unexpected shape.
    """
    try:
        data = load_yaml(path.expanduser().read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise InputError(f"cannot read the sources file {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"the sources file {path} is not UTF-8 text (byte {exc.start})") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path} is not valid YAML: {str(exc).splitlines()[0]}") from exc
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise InputError(f"{path}: expected a top-level 'sources:' list")
    return [_spec(entry, path, number) for number, entry in enumerate(entries, start=1)]


def _spec(entry: Any, path: Path, number: int) -> str:
    """Turn one YAML entry into a spec: 'greenhouse:vercel', {greenhouse: vercel} or {jobspy: {q: ...}}."""
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict) and len(entry) == 1:
        kind, value = next(iter(entry.items()))
        if value is None:
            return str(kind)
        if isinstance(value, dict):
            flat = {k: ",".join(map(str, v)) if isinstance(v, list) else str(v) for k, v in value.items()}
            return f"{kind}:{urlencode(flat)}"
        if kind == "local":
            return f"local:{(path.parent / str(value)).resolve()}"
        return f"{kind}:{value}"
    raise InputError(f"{path}: source {number} should be 'kind:argument' or a one-key mapping, got {entry!r}")


def expand_specs(specs: list[str]) -> list[str]:
    """Replace any spec naming a sources YAML file by the specs inside it."""
    expanded: list[str] = []
    for spec in specs:
        candidate = Path(spec.removeprefix("local:")).expanduser()
        if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
            expanded.extend(load_source_specs(candidate))
        else:
            expanded.append(spec)
    return expanded


class DiscoveryService:
    """Turns source specs into stored postings."""

    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        self.store = store
        self.settings = settings or Settings(_env_file=None)  # type: ignore[call-arg]

    async def discover(self, source_specs: list[str]) -> DiscoveryResult:
        """Fetch every source; raise SourceError only when all of them failed or none had a posting."""
        result, _ = await self.search(source_specs)
        return result

    async def search(self, source_specs: list[str]) -> tuple[DiscoveryResult, list[JobPosting]]:
        """Run discovery and return the result with the merged postings found (for printing and export)."""
        specs = expand_specs(source_specs)
        result = DiscoveryResult()
        # Specs, postings and pages name the URLs: public addresses only, unless FETCH_ALLOWED_HOSTS admits them.
        async with PoliteClient(http_policy(self.settings), guard=AddressGuard(self.settings.fetch_allow_list)) as http:
            ctx = source_context(self.settings, http)
            sources = [build_source(spec, ctx) for spec in specs]  # a malformed spec is the user's to fix
            fetched = await asyncio.gather(*(self._fetch(source, result) for source in sources))
        postings, origin = self._normalize(sources, fetched, result)
        kept_ids = self._store(sources, fetched, postings, origin, result)
        # Sources are fetched concurrently and fail in any order: report them in the order the user gave.
        order = {source.name: i for i, source in enumerate(sources)}
        result.failed_sources = dict(sorted(result.failed_sources.items(), key=lambda kv: order.get(kv[0], len(order))))
        result.summaries = self._summaries(sources, fetched, postings, origin, result)
        if not result.job_ids:
            raise SourceError("no job postings found: " + " | ".join(result.summaries))
        shown = kept_ids + [i for i in result.expired_ids if i not in set(kept_ids)]
        stored = self.store.get_jobs(shown)
        return result, [stored[i] for i in shown if i in stored]

    @staticmethod
    def _summaries(
        sources: list[JobSource],
        fetched: list[SourceResult | None],
        postings: list[JobPosting],
        origin: list[str],
        result: DiscoveryResult,
    ) -> list[str]:
        """Return one line per source, in the order given: what it read and found, and why not when nothing."""
        expired = set(result.expired_ids)
        own: dict[str, set[str]] = {}
        for posting, name in zip(postings, origin, strict=True):
            own.setdefault(name, set()).add(posting.id)
        lines = []
        for source, found in zip(sources, fetched, strict=True):
            ids = own.get(source.name, set())
            count = result.per_source.get(source.name, len(ids))
            failure = result.failed_sources.get(source.name)
            lines.append(source_line(source.name, found, failure, count, len(expired & ids)))
        return lines

    async def _fetch(self, source: JobSource, result: DiscoveryResult) -> SourceResult | None:
        """Fetch one source with its previous validators; a failure is recorded, never raised."""
        state = self.store.source_state(source.name)
        previous = Validators(state["etag"], state["last_modified"]) if state else None
        budget = self.settings.http_timeout_s * SOURCE_TIMEOUT_FACTOR
        try:
            return await asyncio.wait_for(source.fetch(previous), timeout=budget)
        except InputError:
            raise
        except CareerPilotError as exc:
            reason = str(exc)
        except TimeoutError:
            reason = f"gave no answer within {budget:.0f}s"
        except Exception as exc:  # noqa: BLE001 - recorded and reported: one broken adapter must not sink the run
            log.exception("source %s crashed", source.name)
            reason = f"unexpected {type(exc).__name__}: {exc}"
        result.failed_sources[source.name] = reason
        log.warning("source %s failed: %s", source.name, reason)
        return None

    def _normalize(
        self, sources: list[JobSource], fetched: list[SourceResult | None], result: DiscoveryResult
    ) -> tuple[list[JobPosting], list[str]]:
        postings: list[JobPosting] = []
        origin: list[str] = []
        for source, found in zip(sources, fetched, strict=True):
            if found is None:
                continue
            result.warnings.extend(found.warnings)
            for raw in found.postings:
                try:
                    posting = normalize(raw)
                except SourceError as exc:
                    result.warnings.append(str(exc))
                    continue
                postings.append(posting)
                origin.append(source.name)
        result.fetched = len(postings)
        return postings, origin

    def _store(
        self,
        sources: list[JobSource],
        fetched: list[SourceResult | None],
        postings: list[JobPosting],
        origin: list[str],
        result: DiscoveryResult,
    ) -> list[str]:
        """Upsert merged postings, carry unchanged sources forward, close what vanished; return the kept ids."""
        merged = dedupe_postings(postings)
        result.duplicates = merged.duplicates
        result.new = self.store.upsert_jobs(merged.postings).new if merged.postings else 0
        # Past its validThrough day a posting is stored closed (upsert_jobs) and never ranked: not in job_ids.
        result.expired_ids = [p.id for p in merged.postings if p.expired()]
        by_source: dict[str, list[str]] = {}
        for name, posting in zip(origin, postings, strict=True):
            by_source.setdefault(name, []).append(merged.kept_id[posting.id])
        ids = list(dict.fromkeys(p.id for p in merged.postings if not p.expired()))
        current = set(ids)
        vanished: list[str] = []
        for source, found in zip(sources, fetched, strict=True):
            if found is None:
                continue
            state = self.store.source_state(source.name)
            if found.not_modified and state:
                result.unchanged_sources.append(source.name)
                kept = [i for i in state["job_ids"] if i not in current]
                ids.extend(kept)
                current.update(kept)
                result.per_source[source.name] = len(state["job_ids"])
                continue
            listed = list(dict.fromkeys(by_source.get(source.name, [])))
            result.per_source[source.name] = len(listed)
            if found.complete and state:
                vanished.extend(i for i in state["job_ids"] if i not in set(listed))
            validators = found.validators or Validators()
            self.store.save_source_state(source.name, listed, validators.etag, validators.last_modified)
        result.closed = self.store.close_jobs([i for i in vanished if i not in current]) if vanished else 0
        result.job_ids = ids
        return ids


def export_postings(postings: list[JobPosting], path: Path) -> int:
    """Write postings to JSON (a list of JobPosting objects) or CSV (one row each); return how many.

    Raises:
        InputError: the suffix is neither .json nor .csv, or the file cannot be written.
    """
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            data = [p.model_dump(mode="json") for p in postings]
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        elif suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(CSV_COLUMNS)
                writer.writerows(_csv_row(p) for p in postings)
        else:
            raise InputError(f"cannot export to {path.name}: use a .json or .csv file name")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
    return len(postings)


CSV_COLUMNS = (
    "id",
    "title",
    "company",
    "location",
    "remote",
    "salary_min",
    "salary_max",
    "currency",
    "date_posted",
    "source",
    "sources",
    "url",
)


def _csv_row(posting: JobPosting) -> list[str]:
    salary = posting.salary
    sources = posting.raw.get("sources") or [{"source": posting.source}]
    cells = [
        posting.id,
        posting.title,
        posting.company or "",
        posting.location_text,
        "" if posting.remote is None else str(posting.remote).lower(),
        "" if not salary or salary.min is None else f"{salary.min:g}",
        "" if not salary or salary.max is None else f"{salary.max:g}",
        salary.currency or "" if salary else "",
        posting.date_posted.isoformat() if posting.date_posted else "",
        posting.source,
        " ".join(sorted({str(s.get("source")) for s in sources})),
        posting.url or "",
    ]
    # Spreadsheet apps run cells starting with = + - @ as formulas; postings are untrusted text.
    return ["'" + c if c[:1] in ("=", "+", "-", "@") else c for c in cells]
