"""Run control: list runs, show a run's event log, cancel a run, resume a failed one; publish live events.

Every event a run records in SQL (the durable log) is also published to the shared memory for live streaming.
When Redis is down the run goes on in degraded mode: SQL keeps every event, the log says live streaming paused,
and says so again when it is back.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.memory.kv import KeyValueMemory, LockBusyError, MemoryUnavailableError, RenewingLease
from careerpilot.memory.sql import Store
from careerpilot.services.runs import RunService

log = logging.getLogger(__name__)
CANCELLED_NOTE = "cancelled by the user"
DEGRADED = "degraded"
RECOVERED = "recovered"


class RunCancelledError(CareerPilotError):
    """The run was cancelled; it stops before its next step."""


class RunControl:
    """What a person (or the API) does with runs, plus the live-event publisher hooked into RunService.record."""

    def __init__(self, store: Store, runs: RunService, kv: KeyValueMemory, lock_ttl_s: float = 60) -> None:
        self.store = store
        self.runs = runs
        self.kv = kv
        self.lock_ttl_s = lock_ttl_s
        self._degraded: set[str] = set()

    def list(self, status: RunStatus | None = None, limit: int = 50) -> list[RunRecord]:
        """Return the newest runs, optionally of one status."""
        runs = self.store.list_runs(limit if status is None else max(limit * 4, 200))
        return [r for r in runs if status is None or r.status is status][:limit]

    def show(self, run_id: str, after_id: int = 0) -> tuple[RunRecord, list[RunEvent]]:
        """Return a run and its event log (after an event id, to follow it)."""
        return self.store.get_run(run_id), self.store.events(run_id, after_id)

    def cancel(self, run_id: str) -> RunRecord:
        """Mark a run cancelled; a running one stops before its next step and is never resumed."""
        run = self.store.get_run(run_id)
        if run.status in (RunStatus.COMPLETED, RunStatus.CANCELLED):
            raise InputError(f"run {run_id} is {run.status.value}: there is nothing to cancel")
        self.store.update_run(run_id, RunStatus.CANCELLED, error=CANCELLED_NOTE)
        self.store.add_event(run_id, "cancelled", None, {"previous": run.status.value})
        return self.store.get_run(run_id)

    def mark_cancelled(self, run_id: str) -> RunRecord:
        """Put back the cancelled status after the stopped stream recorded a failure."""
        self.store.update_run(run_id, RunStatus.CANCELLED, error=CANCELLED_NOTE)
        return self.store.get_run(run_id)

    async def resume(self, run_id: str) -> RunRecord:
        """Continue a failed or interrupted run from its checkpoint, holding its lock."""
        run = self.store.get_run(run_id)
        if run.status is RunStatus.CANCELLED:
            raise InputError(f"run {run_id} was cancelled; start a new one")
        if run.status is RunStatus.AWAITING_REVIEW:
            raise InputError(f"run {run_id} is waiting for review: decide with 'careerpilot review'")
        if run.status is RunStatus.COMPLETED:
            return run
        lease = self.kv.try_lock(f"run:{run_id}", self.lock_ttl_s)
        if lease is None:
            raise LockBusyError(f"run {run_id} is being run by another process")
        renewing = RenewingLease(lease)
        try:
            await self.continue_run(run_id)
        except RunCancelledError:
            return self.mark_cancelled(run_id)
        finally:
            renewing.release()
        return self.store.get_run(run_id)

    async def continue_run(self, run_id: str) -> None:
        """Resume from the last checkpoint, or launch from the start when the run never reached one."""
        snapshot = await self.runs.graph.aget_state(self.runs._config(run_id))
        if not snapshot.values and not snapshot.next:
            await self.drain(self.runs.launch(run_id))
        else:
            await self.drain(self.runs.resume(run_id))

    @staticmethod
    async def drain(stream: AsyncIterator[Any]) -> int:
        """Consume a run's progress stream; return the number of steps."""
        return len([step async for step in stream])

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
