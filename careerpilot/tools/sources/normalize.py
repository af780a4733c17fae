"""Turn any RawPosting into a JobPosting by dispatching on its wire format."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.sources.ashby import normalize_ashby
from careerpilot.tools.sources.base import PostingFormat, RawPosting
from careerpilot.tools.sources.greenhouse import normalize_greenhouse
from careerpilot.tools.sources.jsonld import normalize_jsonld
from careerpilot.tools.sources.lever import normalize_lever
from careerpilot.tools.sources.native import normalize_native

NORMALIZERS: dict[PostingFormat, Callable[[RawPosting], JobPosting]] = {
    "greenhouse": normalize_greenhouse,
    "lever": normalize_lever,
    "ashby": normalize_ashby,
    "jsonld": normalize_jsonld,
    "careerpilot": normalize_native,
}


def normalize(raw: RawPosting) -> JobPosting:
    """Return the JobPosting for a raw posting.

    Raises:
        SourceError: the posting cannot be normalized (no title, an invalid field); the message names it.
    """
    normalizer = NORMALIZERS.get(raw.format)
    if normalizer is None:
        raise SourceError(f"{raw.origin}: unknown posting format {raw.format!r}; known: {', '.join(NORMALIZERS)}")
    return normalizer(raw)


def normalize_all(raws: Iterable[RawPosting]) -> tuple[list[JobPosting], list[str]]:
    """Return the postings that normalize and one warning line for each that does not."""
    postings: list[JobPosting] = []
    warnings: list[str] = []
    for raw in raws:
        try:
            postings.append(normalize(raw))
        except SourceError as exc:
            warnings.append(str(exc))
    return postings, warnings
