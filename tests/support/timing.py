"""CPU time of one call, for tests that guard a reader against slowness (catastrophic or quadratic regexes).

Wall-clock bounds flake on a shared, loaded machine: the test waits its turn for a CPU. ``time.process_time`` counts
only this process's CPU, so a slow path still shows (it burns CPU) while other work on the machine does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def cpu_seconds(call: Callable[..., Any], *args: Any, repeat: int = 1) -> float:
    """Return the fewest CPU seconds of ``repeat`` runs of ``call(*args)`` (the fewest leaves out a cache miss)."""
    spent = []
    for _ in range(repeat):
        began = time.process_time()
        call(*args)
        spent.append(time.process_time() - began)
    return min(spent)
