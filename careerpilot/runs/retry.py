"""Retrying approved applications whose submit was refused for now (shared memory down, caps) or cut off by a crash.

The daemon's heartbeat and the workers' tick call ``SubmitRetry.run_due``: an application approved but not
submitted, whose run is not being driven by a live process, is taken back to the applier by resuming its run,
after a backoff that doubles with each attempt (1 min, 2, 4, ... up to 1 h). The submitter's ledger still
guarantees it is never submitted twice; an uncertain submit ends needs_you and is never retried.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from careerpilot.applying.submit import APPLY_ATTEMPT
from careerpilot.domain.errors import CareerPilotError
from careerpilot.domain.runs import RunStatus
from careerpilot.memory.kv import KeyValueMemory
from careerpilot.memory.sql import Store
from careerpilot.runs.service import RunService
from careerpilot.runs.stranded import settle_if_dead

log = logging.getLogger(__name__)
FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=1)


def backoff(attempts: int) -> timedelta:
    """Return how long to wait after ``attempts`` refused attempts before the next one."""
    if attempts <= 0:
        return timedelta(0)
    return min(FIRST_DELAY * 2 ** (attempts - 1), MAX_DELAY)


class SubmitRetry:
    """Finds approved, unsent applications due for another attempt and resumes their runs."""

    def __init__(self, store: Store, runs: RunService, kv: KeyValueMemory, lock_ttl_s: float = 60) -> None:
        self.store = store
        self.runs = runs
        self.kv = kv
        self.lock_ttl_s = lock_ttl_s

    def due(self, now: datetime | None = None) -> list[str]:
        """Return the runs holding an approved, unsent application whose backoff has passed."""
        now = now or datetime.now(UTC)
        runs: list[str] = []
        for application in self.runs.applying.unsent():
            if not application.run_id or application.run_id in runs:
                continue
            run = settle_if_dead(self.store, self.store.get_run(application.run_id))
            if run.status in (RunStatus.RUNNING, RunStatus.CANCELLED):
                continue
            attempts = self.store.audit_events(application.id, action=APPLY_ATTEMPT)
            last = attempts[-1]["at"] if attempts else application.updated_at
            if now >= last + backoff(len(attempts)):
                runs.append(application.run_id)
        return runs

    async def run_due(self, now: datetime | None = None) -> list[str]:
        """Resume each due run once (under its lock); return one line per run saying what happened."""
        lines = []
        for run_id in self.due(now):
            lease = self.kv.try_lock(f"run:{run_id}", self.lock_ttl_s)
            if lease is None:
                continue
            try:
                async for _ in self.runs.resume(run_id):
                    pass
                lines.append(f"retried the approved applications of run {run_id}")
            except CareerPilotError as exc:
                log.warning("retrying run %s: %s", run_id, exc)
                lines.append(f"retrying run {run_id} failed: {exc}")
            finally:
                lease.release()
        return lines
