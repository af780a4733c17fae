"""One glibc malloc arena for the command's process, set before any thread starts.

glibc gives each thread that allocates while another holds the arena its own arena (up to 8 per CPU) and keeps
what is freed in an arena for that arena's later use. The embedder's threads (``memory/minilm.py``) make and free
3-13 MB activations every pass, so each kept its own tens of MB, and how much depended on how the threads
interleaved: the example run's peak RSS went 447-474 MB from run to run. With one arena the threads reuse the
same free blocks: 431-437 MB, at the same speed (the threads allocate a few large blocks a pass, so they rarely
wait on the arena's lock). Fixing glibc's mmap threshold instead (1 MB) gave 427-433 MB but made encoding ~20 %
slower, every pass faulting its activations in afresh.

A user's ``MALLOC_ARENA_MAX`` wins; elsewhere than glibc on Linux nothing changes.
"""

from __future__ import annotations

import ctypes
import os
import sys

ARENAS = 1
_M_ARENA_MAX = -8  # mallopt's parameter number (glibc's malloc.h)


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas for this process; return whether the cap was set. Call before threads start."""
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))
