"""Turn any RawPosting into a JobPosting through the normalizer its source's spec declares for its wire format."""

from __future__ import annotations

from collections.abc import Iterable

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.bulk import collector_paused
from careerpilot.tools.sources.base import RawPosting
from careerpilot.tools.sources.registry import REGISTRY, SourceRegistry


def normalize(raw: RawPosting, registry: SourceRegistry = REGISTRY) -> JobPosting:
    """Return the JobPosting for a raw posting.

    Raises:
        SourceError: the posting cannot be normalized (no title, an invalid field); the message names it.
    """
    return registry.normalize(raw)


def normalize_all(
    raws: Iterable[RawPosting], registry: SourceRegistry = REGISTRY
) -> tuple[list[JobPosting], list[str]]:
    """Return the postings that normalize and one warning line for each that does not."""
    postings: list[JobPosting] = []
    warnings: list[str] = []
    with collector_paused():
        for raw in raws:
            try:
                postings.append(registry.normalize(raw))
            except SourceError as exc:
                warnings.append(str(exc))
    return postings, warnings
