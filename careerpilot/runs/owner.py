"""Which process drives a run, and whether it is still alive: a run whose process died is stranded, not running.

A run records its owner (host, pid and the process's start time, so a recycled pid is not taken for it) each time a
process starts driving it. Death can only be seen from the same host; elsewhere the answer is "unknown".
"""

from __future__ import annotations

import os
import socket
from typing import Any


def this_process() -> dict[str, Any]:
    """Return the owner record of the current process."""
    pid = os.getpid()
    return {"host": socket.gethostname(), "pid": pid, "started": _start_ticks(pid)}


def owner_gone(owner: dict[str, Any] | None) -> bool | None:
    """Return True when the owner process has ended, False while it lives, None when that cannot be told here."""
    if not owner or owner.get("host") != socket.gethostname() or not isinstance(owner.get("pid"), int):
        return None
    pid = owner["pid"]
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, owned by another user
        pass
    started = owner.get("started")
    return started is not None and _start_ticks(pid) not in (None, started)  # the pid now names another process


def describe(owner: dict[str, Any] | None) -> str:
    """Return 'pid N on HOST' for messages."""
    if not owner:
        return "an unknown process"
    return f"pid {owner.get('pid')} on {owner.get('host')}"


def _start_ticks(pid: int) -> int | None:
    """Return the process's start time in clock ticks since boot (Linux /proc), or None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as file:
            stat = file.read()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return int(fields[19]) if len(fields) > 19 else None
