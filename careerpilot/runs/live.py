"""Live run events: every event a run records in SQL (the durable log) is also published to the shared memory.

When Redis is down the run goes on in degraded mode: SQL keeps every event, the log says live streaming paused,
and says so again when it is back. A run cancelled meanwhile stops before its next step.
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
    """The journal's listener that streams events and enforces cancellation."""

    def __init__(self, store: Store, kv: KeyValueMemory) -> None:
        self.store = store
        self.kv = kv
        self._degraded: set[str] = set()

    def on_event(self, run_id: str, kind: str, node: str | None, data: dict[str, Any]) -> None:
        """Publish a recorded event for live streaming, and stop a cancelled run before its next step."""
        self._publish(run_id, {"kind": kind, "node": node, "data": data})
        if kind == "node_started" and self.store.get_run(run_id).status is RunStatus.CANCELLED:
            raise RunCancelledError(f"run {run_id} was cancelled")

    def _publish(self, run_id: str, event: dict[str, Any]) -> None:
        try:
            self.kv.publish_event(run_id, event)
        except MemoryUnavailableError as exc:
            if run_id not in self._degraded:
                self._degraded.add(run_id)
                message = f"{exc}; the run goes on, its events are kept in the database only"
                log.warning("run %s: %s", run_id, message)
                self.store.add_event(run_id, DEGRADED, None, {"message": message})
            return
        if run_id in self._degraded:
            self._degraded.discard(run_id)
            self.store.add_event(run_id, RECOVERED, None, {"message": "the shared memory is back: live events resume"})
