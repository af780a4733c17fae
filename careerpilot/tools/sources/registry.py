"""Build a job source from a short spec such as ``local:~/jobs``; one line per kind in SOURCE_KINDS."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from careerpilot.domain.errors import InputError
from careerpilot.tools.sources.base import JobSource
from careerpilot.tools.sources.local_files import LocalFilesSource

SOURCE_KINDS: dict[str, Callable[[str], JobSource]] = {
    "local": LocalFilesSource,
}


def build_source(spec: str) -> JobSource:
    """Return the source a spec names: 'KIND:ARGUMENT' (e.g. 'local:./postings') or a bare existing path.

    Raises:
        InputError: the spec is empty, names an unknown kind, or is a path that does not exist.
    """
    spec = spec.strip()
    known = ", ".join(f"{kind}:..." for kind in SOURCE_KINDS)
    if not spec:
        raise InputError(f"empty job source; use one of: {known}")
    if Path(spec).expanduser().exists():
        return LocalFilesSource(spec)
    kind, sep, argument = spec.partition(":")
    if not sep:
        raise InputError(f"job source {spec!r} is neither an existing path nor KIND:ARGUMENT; known kinds: {known}")
    factory = SOURCE_KINDS.get(kind.strip().lower())
    if factory is None:
        raise InputError(f"unknown job source kind {kind!r} in {spec!r}; known kinds: {known}")
    if not argument.strip():
        raise InputError(f"job source {spec!r} needs an argument after '{kind}:'")
    return factory(argument.strip())
