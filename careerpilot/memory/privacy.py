"""The data directory is private: folders 700 and files 600, whatever the umask, so other local users read nothing.

It holds a resume, a profile, applications and their documents. New files get the modes from a 077 umask held
while the services are open; files an older install left group- or world-readable are tightened on start.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)
PRIVATE_DIR = 0o700
PRIVATE_UMASK = 0o077


def secure_data_dir(path: Path) -> int:
    """Create ``path`` as a private folder and tighten everything in it; return how many modes were changed.

    Symbolic links are left alone (their targets are not ours to change); an entry that cannot be changed is
    logged and skipped.
    """
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    changed = 0
    for entry in [path, *path.rglob("*")]:
        try:
            info = entry.lstat()
            if stat.S_ISLNK(info.st_mode):
                continue
            mode = stat.S_IMODE(info.st_mode)
            # Folders become exactly 700; files lose every group and other bit and keep the owner's (644 -> 600).
            wanted = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else mode & 0o700
            if mode != wanted:
                os.chmod(entry, wanted)
                changed += 1
        except OSError as exc:
            log.warning("could not make %s private: %s", entry, exc.strerror)
    return changed


@contextmanager
def private_umask() -> Iterator[None]:
    """Hold a 077 umask (new files 600, new folders 700) until exit, then restore the previous one."""
    previous = os.umask(PRIVATE_UMASK)
    try:
        yield
    finally:
        os.umask(previous)
