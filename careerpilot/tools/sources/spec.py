"""What a job source declares about itself, once, next to its code: ``SPEC = SourceSpec(...)``.

The registry collects the specs in one list and builds every table from it: source by name, normalizer by wire
format, default base URLs; cross-source dedupe reads each spec's ``dedupe`` keys. A new source is one file
declaring its ``SPEC`` plus one line in ``registry.SPECS``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.sources.base import JobSource, RawPosting

if TYPE_CHECKING:
    from careerpilot.tools.sources.context import SourceContext

Factory = Callable[[str, "SourceContext"], JobSource]
Normalizer = Callable[[RawPosting], JobPosting]
IdReader = Callable[[str], str | None]

_NAME = re.compile(r"[a-z][a-z0-9_-]*")


@dataclass(frozen=True, slots=True)
class UrlId:
    """Where a board's job id sits in a URL: a lower-case substring every such URL holds, then the reader.

    The substring is a cheap test that skips the reader for almost every URL; the reader returns the id or None.
    """

    hint: str
    read: IdReader


def url_id(hint: str, pattern: str, *, upper: bool = False) -> UrlId:
    """Return a UrlId whose reader takes the first group of ``pattern`` (case-insensitive), lower- or upper-cased."""
    compiled = re.compile(pattern, re.I)

    def read(url: str) -> str | None:
        match = compiled.search(url)
        if match is None:
            return None
        return match.group(1).upper() if upper else match.group(1).lower()

    return UrlId(hint, read)


@dataclass(frozen=True, slots=True)
class DedupeKeys:
    """How cross-source dedupe recognises a job of this source, whichever source listed it.

    ``own_ids``: the source's id names one opening, so two postings with the key ``<name>:<source_id>`` are one job.
    ``url_ids``: the source's job id read out of any posting's URL (a career page linking to the ATS, say).
    ``requisition_ids``: the source id is the employer's requisition number (a company-scoped key).
    ``rank``: which posting a merged group keeps, lowest first: 0 ATS API, 1 career page, 2 saved file,
    3 aggregator (the richer the source, the better its posting).
    """

    own_ids: bool = False
    url_ids: tuple[UrlId, ...] = ()
    requisition_ids: bool = False
    rank: int = 3


@dataclass(frozen=True, slots=True)
class SourceSpec:
    """One job source: its name, what it is, how it is built, how its postings are normalized and deduped.

    ``name`` is what users type before the colon (``greenhouse`` in ``greenhouse:vercel``). ``build(argument,
    ctx)`` returns the source. ``normalize`` maps RawPostings of wire ``format`` (the name unless given:
    career pages yield 'jsonld') onto JobPostings whose ``source`` is the name or the format. ``base_url`` is
    the default API root (``{company}`` is filled in), overridable per name through ``SOURCE_BASE_URLS``; None
    for sources without one. ``hosts`` are parts of the host names its postings link to ('greenhouse.io',
    'indeed.'), which company research never takes for the employer's own site. ``needs_argument`` is False
    for feeds that make sense alone (``remoteok``).
    """

    name: str
    description: str
    build: Factory
    normalize: Normalizer
    format: str = ""
    base_url: str | None = None
    hosts: tuple[str, ...] = ()
    needs_argument: bool = True
    dedupe: DedupeKeys = field(default_factory=DedupeKeys)

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"source name {self.name!r} must be lower-case letters, digits, '-' or '_'")
        if not self.format:
            object.__setattr__(self, "format", self.name)

    @property
    def labels(self) -> tuple[str, ...]:
        """The ``source`` values its postings carry: the name, and the wire format when that differs."""
        return (self.name,) if self.format == self.name else (self.name, self.format)
