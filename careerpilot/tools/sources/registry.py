"""Build a job source from a short spec such as ``greenhouse:vercel``; one line per kind in SOURCE_KINDS."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from careerpilot.domain.errors import InputError
from careerpilot.tools.sources.arbeitnow import ArbeitnowSource
from careerpilot.tools.sources.ashby import AshbySource
from careerpilot.tools.sources.base import JobSource
from careerpilot.tools.sources.career_pages import CareerPagesSource
from careerpilot.tools.sources.context import SourceContext
from careerpilot.tools.sources.greenhouse import GreenhouseSource
from careerpilot.tools.sources.hn import HackerNewsSource
from careerpilot.tools.sources.jobspy import JobSpySource
from careerpilot.tools.sources.jooble import JoobleSource
from careerpilot.tools.sources.lever import LeverSource
from careerpilot.tools.sources.local_files import LocalFilesSource
from careerpilot.tools.sources.recruitee import RecruiteeSource
from careerpilot.tools.sources.remoteok import RemoteOkSource
from careerpilot.tools.sources.remotive import RemotiveSource
from careerpilot.tools.sources.serpapi import SerpApiSource
from careerpilot.tools.sources.smartrecruiters import SmartRecruitersSource
from careerpilot.tools.sources.workable import WorkableSource

Factory = Callable[[str, SourceContext], JobSource]

SOURCE_KINDS: dict[str, Factory] = {
    "local": lambda arg, _ctx: LocalFilesSource(arg),
    "greenhouse": GreenhouseSource,
    "lever": LeverSource,
    "ashby": AshbySource,
    "workable": WorkableSource,
    "smartrecruiters": SmartRecruitersSource,
    "recruitee": RecruiteeSource,
    "careers": CareerPagesSource,
    "remoteok": RemoteOkSource,
    "remotive": RemotiveSource,
    "arbeitnow": ArbeitnowSource,
    "hn": HackerNewsSource,
    "jooble": JoobleSource,
    "serpapi": SerpApiSource,
    "jobspy": JobSpySource,
}
# Feeds that make sense without an argument: 'remoteok' alone reads the whole feed.
BARE_KINDS = frozenset({"remoteok", "remotive", "arbeitnow", "hn"})


def build_source(spec: str, ctx: SourceContext | None = None) -> JobSource:
    """Return the source a spec names: 'KIND:ARGUMENT' (e.g. 'greenhouse:vercel'), a bare feed or a path.

    Raises:
        InputError: the spec is empty, names an unknown kind, lacks its argument, or is a path that does not exist.
    """
    spec = spec.strip()
    known = ", ".join(f"{kind}:..." for kind in SOURCE_KINDS)
    if not spec:
        raise InputError(f"empty job source; use one of: {known}")
    if Path(spec).expanduser().exists():
        return LocalFilesSource(spec)
    kind, sep, argument = spec.partition(":")
    kind = kind.strip().lower()
    if not sep and kind not in BARE_KINDS:
        raise InputError(f"job source {spec!r} is neither an existing path nor KIND:ARGUMENT; known kinds: {known}")
    factory = SOURCE_KINDS.get(kind)
    if factory is None:
        raise InputError(f"unknown job source kind {kind!r} in {spec!r}; known kinds: {known}")
    if not argument.strip() and kind not in BARE_KINDS:
        raise InputError(f"job source {spec!r} needs an argument after '{kind}:'")
    try:
        return factory(argument.strip(), ctx or SourceContext())
    except ValueError as exc:
        raise InputError(f"job source {spec!r}: {exc}") from exc
