"""An exclusive lock on a file, across processes (POSIX ``flock``; a no-op where there is none).

Embedded stores that several processes may open at once on one data directory (Chroma's persistent client)
create their schema and write their files under it, so two runs never race on them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; one process per data directory there
    fcntl = None  # type: ignore[assignment]

_local = threading.RLock()  # flock is per open file: threads of one process take turns first


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing) for the block."""
    with _local:
        if fcntl is None:
            yield
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
