"""What a run's event log adds while the run goes on: cancellation between steps, and shared-memory outages.

Every event a run records lands in SQL (the durable log that ``runs show`` and the API's SSE follow). Each one is
also the moment to check the shared memory: when Redis stops answering mid-run the run goes on, and the log gets
one ``degraded`` event saying what is held back, then a ``recovered`` event when it answers again. A run
cancelled meanwhile stops before its next step.
"""

from __future__ import annotations

import logging
from typing import Any

from careerpilot.domain.errors import CareerPilotError
from careerpilot.domain.runs import RunStatus
from careerpilot.memory.kv import KeyValueMemory, MemoryUnavailableError
from careerpilot.memory.sql import Store

log = logging.getLogger(__name__)
DEGRADED = "degraded"
RECOVERED = "recovered"


class RunCancelledError(CareerPilotError):
    """The run was cancelled; it stops before its next step."""


class LiveEvents:
    """The journal's listener that notes shared-memory outages and enforces cancellation."""

    def __init__(self, store: Store, kv: KeyValueMemory) -> None:
        self.store = store
        self.kv = kv
        self._degraded: set[str] = set()

    def on_event(self, run_id: str, kind: str, node: str | None, data: dict[str, Any]) -> None:
        """Note whether the shared memory answers, and stop a cancelled run before its next step."""
        self._check_memory(run_id)
        if kind == "node_started" and self.store.get_run(run_id).status is RunStatus.CANCELLED:
            raise RunCancelledError(f"run {run_id} was cancelled")

    def _check_memory(self, run_id: str) -> None:
        try:
            self.kv.ping()
        except MemoryUnavailableError as exc:
            if run_id not in self._degraded:
                self._degraded.add(run_id)
                message = (
                    f"{exc}; the run goes on, but until it is back locks are not renewed, submits that need the "
                    "daily-caps lock are held back and model answers are not cached"
                )
                log.warning("run %s: %s", run_id, message)
                self.store.add_event(run_id, DEGRADED, None, {"message": message})
            return
        if run_id in self._degraded:
            self._degraded.discard(run_id)
            self.store.add_event(run_id, RECOVERED, None, {"message": "the shared memory answers again"})
