"""CPU time of one call, for tests that guard a reader against slowness (catastrophic or quadratic regexes).

Wall-clock bounds flake on a shared, loaded machine: the test waits its turn for a CPU. ``time.thread_time`` counts
only the calling thread's CPU, so a slow path still shows (it burns CPU) while other work on the machine, and other
threads of the test process (an earlier test's server or embedder pool), do not. The garbage collector is paused
during the call: a full collection of the whole suite's heap (0.3 s seen) says nothing of the code under test.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(call: Callable[..., Any], *args: Any, repeat: int = 3) -> float:
    """Return the fewest CPU seconds of ``repeat`` runs of ``call(*args)``.

    The fewest leaves out a cache miss and a run slowed by a neighbour on a shared core (one bound of 0.05 s read
    0.083 s once while a benchmark and the CI ran beside it, 0.028 s otherwise); a slow path is slow every run.
    """
    spent = []
    for _ in range(repeat):
        collecting = gc.isenabled()
        gc.disable()
        try:
            began = time.thread_time()
            call(*args)
            spent.append(time.thread_time() - began)
        finally:
            if collecting:
                gc.enable()
    return min(spent)
