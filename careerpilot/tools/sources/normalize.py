"""Turn any RawPosting into a JobPosting by dispatching on its wire format."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from careerpilot.domain.errors import SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.bulk import collector_paused
from careerpilot.tools.sources.arbeitnow import normalize_arbeitnow
from careerpilot.tools.sources.ashby import normalize_ashby
from careerpilot.tools.sources.base import PostingFormat, RawPosting
from careerpilot.tools.sources.greenhouse import normalize_greenhouse
from careerpilot.tools.sources.hn import normalize_hn
from careerpilot.tools.sources.jobspy import normalize_jobspy
from careerpilot.tools.sources.jooble import normalize_jooble
from careerpilot.tools.sources.jsonld import normalize_jsonld
from careerpilot.tools.sources.lever import normalize_lever
from careerpilot.tools.sources.native import normalize_native
from careerpilot.tools.sources.recruitee import normalize_recruitee
from careerpilot.tools.sources.remoteok import normalize_remoteok
from careerpilot.tools.sources.remotive import normalize_remotive
from careerpilot.tools.sources.serpapi import normalize_serpapi
from careerpilot.tools.sources.smartrecruiters import normalize_smartrecruiters
from careerpilot.tools.sources.workable import normalize_workable

NORMALIZERS: dict[PostingFormat, Callable[[RawPosting], JobPosting]] = {
    "greenhouse": normalize_greenhouse,
    "lever": normalize_lever,
    "ashby": normalize_ashby,
    "jsonld": normalize_jsonld,
    "careerpilot": normalize_native,
    "workable": normalize_workable,
    "smartrecruiters": normalize_smartrecruiters,
    "recruitee": normalize_recruitee,
    "remoteok": normalize_remoteok,
    "remotive": normalize_remotive,
    "arbeitnow": normalize_arbeitnow,
    "hn": normalize_hn,
    "jobspy": normalize_jobspy,
    "jooble": normalize_jooble,
    "serpapi": normalize_serpapi,
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
    with collector_paused():
        for raw in raws:
            try:
                postings.append(normalize(raw))
            except SourceError as exc:
                warnings.append(str(exc))
    return postings, warnings
