"""Spread a CPU-bound, pure batch over the machine's CPUs: one slice here, the others in worker interpreters.

Threads do not help pure Python (the GIL), and ``multiprocessing`` would either fork a process that holds
threads and connections, or (spawn, forkserver) re-run the caller's ``__main__``, which a library must never do.
So each worker is ``python -m MODULE``: it reads a JSON list on stdin and writes a JSON list of results on stdout.
Anything going wrong with a worker (no interpreter, a crash, a bad reply) falls back to doing its slice here:
the results never depend on the path taken.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
MAX_WORKERS = 4
_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # the folder holding careerpilot/, for the workers' path


def usable_cpus() -> int:
    """Return the CPUs this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def spread(batch: list[Any], work: Callable[[list[Any]], list[Any]], module: str, *, minimum: int) -> list[Any]:
    """Return ``work(batch)``, computed in slices when the batch has at least ``minimum`` items and CPUs allow.

    ``module`` must answer ``python -m module`` by reading a JSON list and printing ``work`` of it as JSON; the
    caller's ``work`` for its own slice returns the same JSON-ready values.
    """
    cpus = min(usable_cpus(), MAX_WORKERS)
    if len(batch) < minimum or cpus < 2 or not sys.executable:
        return work(batch)
    size = -(-len(batch) // cpus)
    slices = [batch[i : i + size] for i in range(0, len(batch), size)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
    with ThreadPoolExecutor(len(slices) - 1) as pool:  # the threads only wait on pipes
        elsewhere = [pool.submit(_in_worker, part, module, env) for part in slices[1:]]
        results = work(slices[0])
        for part, future in zip(slices[1:], elsewhere, strict=True):
            answer = future.result()
            results.extend(answer if answer is not None else work(part))
    return results


def _in_worker(part: list[Any], module: str, env: dict[str, str]) -> list[Any] | None:
    """Return a worker's results for ``part``, or None (logged) when the worker could not produce them."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", module],
            input=json.dumps(part),
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        answer = json.loads(done.stdout) if done.returncode == 0 else None
    except (OSError, ValueError) as exc:
        log.info("worker %s failed (%s); doing its part here", module, exc)
        return None
    if not isinstance(answer, list) or len(answer) != len(part):
        log.info("worker %s failed (exit %s): %s", module, done.returncode, done.stderr.strip()[-300:])
        return None
    return answer


def serve(work: Callable[[list[Any]], list[Any]]) -> None:
    """Answer as a worker: read the JSON list on stdin, print ``work`` of it as JSON on stdout."""
    json.dump(work(json.load(sys.stdin)), sys.stdout)
