"""Every job source in one list, ``SPECS``; the tables about sources are built from it and nowhere else.

Adding a source is one file that declares ``SPEC = SourceSpec(...)`` and one line here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TypeVar

from careerpilot.domain.errors import ConfigError, InputError, SourceError
from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.sources import (
    arbeitnow,
    ashby,
    career_pages,
    greenhouse,
    hn,
    jobspy,
    jooble,
    lever,
    local_files,
    recruitee,
    remoteok,
    remotive,
    serpapi,
    smartrecruiters,
    workable,
)
from careerpilot.tools.sources.base import JobSource, RawPosting
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.hygiene import neutralize
from careerpilot.tools.sources.spec import Normalizer, SourceSpec

T = TypeVar("T")

SPECS: tuple[SourceSpec, ...] = (
    local_files.SPEC,
    greenhouse.SPEC,
    lever.SPEC,
    ashby.SPEC,
    workable.SPEC,
    smartrecruiters.SPEC,
    recruitee.SPEC,
    career_pages.SPEC,
    remoteok.SPEC,
    remotive.SPEC,
    arbeitnow.SPEC,
    hn.SPEC,
    jooble.SPEC,
    serpapi.SPEC,
    jobspy.SPEC,
)


class SourceRegistry:
    """The sources a list of specs declares: each by name, each normalizer by wire format.

    Raises:
        ValueError: two specs share a name or a wire format.
    """

    def __init__(self, specs: Iterable[SourceSpec]) -> None:
        self.specs = tuple(specs)
        self.by_name: dict[str, SourceSpec] = _unique((spec.name, spec) for spec in self.specs)
        self.normalizers: dict[str, Normalizer] = _unique((spec.format, spec.normalize) for spec in self.specs)

    def build(self, text: str, ctx: SourceContext | None = None) -> JobSource:
        """Return the source a spec names: 'NAME:ARGUMENT' (e.g. 'greenhouse:vercel'), a bare feed or a path.

        Raises:
            InputError: the spec is empty, names an unknown source, lacks its argument, or is a missing path.
        """
        text = text.strip()
        known = ", ".join(f"{name}:..." for name in self.by_name)
        if not text:
            raise InputError(f"empty job source; use one of: {known}")
        if Path(text).expanduser().exists():
            return local_files.LocalFilesSource(text)
        name, sep, argument = text.partition(":")
        name = name.strip().lower()
        spec = self.by_name.get(name)
        if not sep and (spec is None or spec.needs_argument):
            raise InputError(f"job source {text!r} is neither an existing path nor KIND:ARGUMENT; known kinds: {known}")
        if spec is None:
            raise InputError(f"unknown job source kind {name!r} in {text!r}; known kinds: {known}")
        if not argument.strip() and spec.needs_argument:
            raise InputError(f"job source {text!r} needs an argument after '{name}:'")
        try:
            return spec.build(argument.strip(), ctx or SourceContext())
        except ValueError as exc:
            raise InputError(f"job source {text!r}: {exc}") from exc

    def check(self, text: str) -> None:
        """Refuse a spec a run could not read: the checks of ``build``, and a local path that does not exist.

        Raises:
            InputError: the spec is malformed or names a missing folder or file; the message names it.
        """
        text = text.strip()
        if text and ":" not in text.split("/")[0] and text.lower() not in self.by_name:
            path = Path(text).expanduser()  # a bare path, read as a folder of postings wherever a run starts
        else:
            source = self.build(text)
            if not isinstance(source, local_files.LocalFilesSource):
                return
            path = source.path
        if not path.exists():
            raise InputError(f"source folder {path} does not exist; pass a folder of saved postings or a source spec")

    def normalize(self, raw: RawPosting) -> JobPosting:
        """Return the JobPosting for a raw posting, through the normalizer of its wire format, then ``neutralize``.

        Every posting from every source passes here, so hostile text (invisible characters, look-alike names,
        instruction-like passages) is handled once for every face.

        Raises:
            SourceError: the format is unknown or the posting cannot be normalized; the message names it.
        """
        normalizer = self.normalizers.get(raw.format)
        if normalizer is None:
            known = ", ".join(self.normalizers)
            raise SourceError(f"{raw.origin}: unknown posting format {raw.format!r}; known: {known}")
        return neutralize(normalizer(raw))

    def base_urls(self, overrides: Mapping[str, str]) -> dict[str, str]:
        """Return the base-URL overrides after checking that each names a source with an API.

        Raises:
            ConfigError: an override names an unknown source or one without a base URL.
        """
        with_api = [spec.name for spec in self.specs if spec.base_url]
        for name in overrides:
            if name not in with_api:
                raise ConfigError(
                    f"SOURCE_BASE_URLS names {name!r}, which is not a source with an API; use: {', '.join(with_api)}"
                )
        return dict(overrides)


def _unique(pairs: Iterable[tuple[str, T]]) -> dict[str, T]:
    """Return the pairs as a dict, or raise ValueError naming a key that comes twice."""
    table: dict[str, T] = {}
    for key, value in pairs:
        if key in table:
            raise ValueError(f"two job sources declare {key!r}")
        table[key] = value
    return table


REGISTRY = SourceRegistry(SPECS)


def build_source(text: str, ctx: SourceContext | None = None) -> JobSource:
    """Return the source a spec such as 'greenhouse:vercel' names; see ``SourceRegistry.build``."""
    return REGISTRY.build(text, ctx)


def check_sources(sources: Iterable[str]) -> None:
    """Refuse, before anything starts, a source a run could not read; see ``SourceRegistry.check``."""
    for text in sources:
        REGISTRY.check(text)
