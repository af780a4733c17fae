"""Discovery: run every source of a plan, normalize, de-duplicate and store; one failing source fails nothing."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from careerpilot.domain.errors import CareerPilotError, InputError, SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.memory.sql import Store
from careerpilot.tools.sources import build_source, normalize

log = logging.getLogger(__name__)


@dataclass
class DiscoveryResult:
    """What discovery found: job ids in source order, counts, and readable lines for what went wrong."""

    job_ids: list[str] = field(default_factory=list)
    fetched: int = 0
    duplicates: int = 0
    new: int = 0
    warnings: list[str] = field(default_factory=list)
    failed_sources: dict[str, str] = field(default_factory=dict)


def dedupe(postings: list[JobPosting]) -> tuple[list[JobPosting], int]:
    """Keep the first posting of each id or identical content; return the kept ones and how many were dropped."""
    kept: list[JobPosting] = []
    seen: set[str] = set()
    for posting in postings:
        keys = {posting.id, posting.content_hash}
        if keys & seen:
            continue
        seen |= keys
        kept.append(posting)
    return kept, len(postings) - len(kept)


class DiscoveryService:
    """Turns source specs into stored postings."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def discover(self, source_specs: list[str]) -> DiscoveryResult:
        """Fetch every source; raise SourceError only when all of them failed or none had a posting."""
        result = DiscoveryResult()
        postings: list[JobPosting] = []
        for spec in source_specs:
            try:
                fetched = await build_source(spec).fetch()
            except InputError:
                raise
            except CareerPilotError as exc:
                result.failed_sources[spec] = str(exc)
                log.warning("source %s failed: %s", spec, exc)
                continue
            result.warnings.extend(fetched.warnings)
            for raw in fetched.postings:
                try:
                    postings.append(normalize(raw))
                except SourceError as exc:
                    result.warnings.append(str(exc))
        result.fetched = len(postings)
        if not postings:
            reasons = "; ".join(result.failed_sources.values()) or "the sources returned no postings"
            raise SourceError(f"no job postings found: {reasons}")
        unique, result.duplicates = dedupe(postings)
        result.new = self.store.upsert_jobs(unique).new
        result.job_ids = [p.id for p in unique]
        return result
