"""The command's process keeps one malloc arena, however many threads allocate (cli/malloc.py)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_THREADS_ALLOCATE = """
import ctypes, sys, threading
if sys.argv[1] == "cli":
    import careerpilot.cli
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
hold, ready, done = [], threading.Barrier(5), threading.Event()
def work():
    ready.wait()  # all four allocate at once, so glibc would hand out arenas
    hold.extend(libc.malloc(1 << 16) for _ in range(200))
    done.wait()
threads = [threading.Thread(target=work) for _ in range(4)]
for t in threads:
    t.start()
ready.wait()
import time; time.sleep(0.2)
libc.malloc_stats()  # one "Arena N:" block per arena, on stderr
done.set()
"""


def _arenas(mode: str) -> int:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    done = subprocess.run(
        [sys.executable, "-c", _THREADS_ALLOCATE, mode], capture_output=True, text=True, env=env, check=True
    )
    return sum(line.startswith("Arena ") for line in done.stderr.splitlines())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_threads_of_the_command_share_one_arena():
    if _arenas("plain") < 2:
        pytest.skip("this libc does not give threads arenas of their own")
    assert _arenas("cli") == 1
