"""Following a run: its recorded events in order, from an event id, until the run stops running.

The SQL event log is the source of truth. A face that drives runs in its own process (the API's background tasks)
passes itself as the ``RunWatch``: it says whether it still drives the run (a run whose status is no longer
``running`` may still write its last events) and wakes the follower at each step instead of a blind poll.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Protocol

from anyio import to_thread

from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.memory.sql import Store

POLL_SECONDS = 0.25


class RunWatch(Protocol):
    """What a process that drives runs tells a follower about them."""

    def active(self, run_id: str) -> bool:
        """Return True while this process still drives the run."""

    async def wait_for_progress(self, run_id: str, timeout: float) -> None:
        """Return when the run makes progress or ends, or after ``timeout`` seconds."""


async def follow(
    store: Store, run_id: str, after_id: int = 0, watch: RunWatch | None = None, poll_s: float = POLL_SECONDS
) -> AsyncIterator[RunEvent | RunRecord]:
    """Yield a run's events after ``after_id`` in order, then its record once it stops running (and is not driven).

    Store reads run in worker threads, so a slow database never blocks the event loop.
    """
    last = after_id
    while True:
        events = await to_thread.run_sync(store.events, run_id, last)
        for event in events:
            last = event.id
            yield event
        if events:
            continue
        run = await to_thread.run_sync(store.get_run, run_id)
        if run.status is not RunStatus.RUNNING and not (watch is not None and watch.active(run_id)):
            # The run may have written its last events between the read above and the status read.
            for event in await to_thread.run_sync(store.events, run_id, last):
                yield event
            yield run
            return
        if watch is None:
            await asyncio.sleep(poll_s)
        else:
            await watch.wait_for_progress(run_id, poll_s)
