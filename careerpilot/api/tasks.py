"""Runs going on in this server process: started or resumed in the background, watched by event streams."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable

from starlette.concurrency import run_in_threadpool

from careerpilot.domain.errors import CareerPilotError
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunInputs, RunRecord
from careerpilot.runs.service import Progress
from careerpilot.services import Services

log = logging.getLogger(__name__)


class RunTasks:
    """Background tasks per run id, with a signal each time a run makes progress."""

    def __init__(self, services: Services, on_end: Callable[[], None] | None = None) -> None:
        self.services = services
        # Called when a background run stops (its last status write may follow its last event).
        self.on_end = on_end
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._progress: dict[str, asyncio.Event] = {}

    async def start(self, inputs: RunInputs) -> RunRecord:
        """Record a run and run it in the background; return its record at once."""
        run = await run_in_threadpool(self.services.runs.create, inputs)
        self._spawn(run.id, self.services.runs.launch(run.id))
        return run

    async def resume(self, run_id: str, decisions: list[ReviewDecision] | None) -> None:
        """Resume a run in the background after checking the decisions (InputError before anything moves)."""
        if self.active(run_id):
            raise CareerPilotError(f"run {run_id} is already running in this server")
        await run_in_threadpool(self.services.review.check, run_id, decisions)
        self._spawn(run_id, self.services.runs.resume(run_id, decisions))

    def active(self, run_id: str) -> bool:
        """Return True while a background task drives the run."""
        task = self._tasks.get(run_id)
        return task is not None and not task.done()

    async def wait_for_progress(self, run_id: str, timeout: float) -> None:
        """Return when the run makes progress or ends, or after ``timeout`` seconds."""
        event = self._progress.setdefault(run_id, asyncio.Event())
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            return
        event.clear()

    async def close(self) -> None:
        """Cancel what is still running (each run resumes later from its checkpoint)."""
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    def _spawn(self, run_id: str, stream: AsyncIterator[Progress]) -> None:
        self._progress.setdefault(run_id, asyncio.Event())
        self._tasks[run_id] = asyncio.create_task(self._drive(run_id, stream), name=f"run-{run_id}")

    async def _drive(self, run_id: str, stream: AsyncIterator[Progress]) -> None:
        try:
            async for _progress in stream:
                self._progress[run_id].set()
        except CareerPilotError as exc:
            # The run service already recorded the failure on the run; the event stream reports it.
            log.info("run %s failed: %s", run_id, exc)
        except Exception:
            log.exception("run %s crashed", run_id)
        finally:
            if self.on_end is not None:
                self.on_end()
            self._progress[run_id].set()
