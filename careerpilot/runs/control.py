"""Run control: list runs, show or follow a run's event log, cancel a run, resume a failed one."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator
from typing import Any

from careerpilot.domain.errors import InputError
from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.memory.kv import KeyValueMemory, LockBusyError, RenewingLease
from careerpilot.memory.sql import Store
from careerpilot.runs.follow import POLL_SECONDS, RunWatch, follow
from careerpilot.runs.live import RunCancelledError
from careerpilot.runs.service import RunService
from careerpilot.runs.stranded import Finding, find_stranded

CANCELLED_NOTE = "cancelled by the user"


class RunControl:
    """What a person (or the API) does with runs."""

    def __init__(self, store: Store, runs: RunService, kv: KeyValueMemory, lock_ttl_s: float = 60) -> None:
        self.store = store
        self.runs = runs
        self.kv = kv
        self.lock_ttl_s = lock_ttl_s

    def stranded(self, *, repair: bool) -> builtins.list[Finding]:
        """Return the stranded runs and applications; with ``repair``, mark runs whose process died as failed."""
        return find_stranded(self.store, repair=repair)

    def list(self, status: RunStatus | None = None, limit: int = 50) -> list[RunRecord]:
        """Return the newest runs, optionally of one status."""
        runs = self.store.list_runs(limit if status is None else max(limit * 4, 200))
        return [r for r in runs if status is None or r.status is status][:limit]

    def show(self, run_id: str, after_id: int = 0) -> tuple[RunRecord, builtins.list[RunEvent]]:
        """Return a run and its event log (after an event id, to follow it)."""
        return self.store.get_run(run_id), self.store.events(run_id, after_id)

    def follow(
        self, run_id: str, after_id: int = 0, watch: RunWatch | None = None, poll_s: float = POLL_SECONDS
    ) -> AsyncIterator[RunEvent | RunRecord]:
        """Return the run's events after ``after_id`` as they come, ending with its record once it stops running.

        Raises:
            NotFoundError: at once (not on the first iteration) when there is no such run.
        """
        self.store.get_run(run_id)
        return follow(self.store, run_id, after_id, watch, poll_s)

    def cancel(self, run_id: str) -> RunRecord:
        """Mark a run cancelled; a running one stops before its next step and is never resumed."""
        run = self.store.get_run(run_id)
        if run.status in (RunStatus.COMPLETED, RunStatus.CANCELLED):
            raise InputError(f"run {run_id} is {run.status.value}: there is nothing to cancel")
        self.store.update_run(run_id, RunStatus.CANCELLED, error=CANCELLED_NOTE)
        self.store.add_event(run_id, "cancelled", None, {"previous": run.status.value})
        return self.store.get_run(run_id)

    def fail(self, run_id: str, reason: str) -> RunRecord:
        """Mark a run failed with the reason (a draft that could not be finished); it is never left running."""
        self.store.update_run(run_id, RunStatus.FAILED, error=reason)
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
        snapshot = await self.runs.checkpoint(run_id)
        if not snapshot.values and not snapshot.next:
            await self.drain(self.runs.launch(run_id))
        else:
            await self.drain(self.runs.resume(run_id))

    @staticmethod
    async def drain(stream: AsyncIterator[Any]) -> int:
        """Consume a run's progress stream; return the number of steps."""
        return len([step async for step in stream])
