"""Following a run's event log: in order, from an event id, until the run stops running and nobody drives it."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.memory.sql import Store
from careerpilot.runs.follow import follow


class DrivenRun:
    """A process driving the run: each wait for progress is one step it takes."""

    def __init__(self, steps: list[Callable[[], None]]) -> None:
        self.steps = steps
        self.driving = True

    def active(self, run_id: str) -> bool:
        return self.driving

    async def wait_for_progress(self, run_id: str, timeout: float) -> None:
        self.steps.pop(0)()


def _store(tmp_path) -> Store:
    return Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}")


async def _collect(stream) -> list[RunEvent | RunRecord]:
    return [item async for item in stream]


def _kinds(items: list[RunEvent | RunRecord]) -> list[str]:
    return [i.kind if isinstance(i, RunEvent) else f"end:{i.status.value}" for i in items]


async def test_events_come_in_order_as_the_run_writes_them_and_the_stream_ends_with_the_run(tmp_path):
    store = _store(tmp_path)
    run = store.create_run("goal", {})
    store.add_event(run.id, "node_started", "planner")
    driver = DrivenRun([])

    def finish() -> None:
        store.add_event(run.id, "node_started", "review")
        store.update_run(run.id, RunStatus.AWAITING_REVIEW)
        driver.driving = False

    driver.steps = [lambda: store.add_event(run.id, "node_finished", "planner"), lambda: None, finish]

    items = await _collect(follow(store, run.id, watch=driver))

    assert _kinds(items) == ["node_started", "node_finished", "node_started", "end:awaiting_review"]
    ids = [i.id for i in items if isinstance(i, RunEvent)]
    assert ids == sorted(ids) and len(set(ids)) == 3
    assert driver.steps == []


async def test_a_run_still_driven_here_is_followed_past_its_status_change_to_its_last_event(tmp_path):
    store = _store(tmp_path)
    run = store.create_run("goal", {})
    store.update_run(run.id, RunStatus.COMPLETED)  # written before the driving task has let go of the run
    driver = DrivenRun([])

    def last_event() -> None:
        store.add_event(run.id, "node_finished", "applier")
        driver.driving = False

    driver.steps = [last_event]

    items = await _collect(follow(store, run.id, watch=driver))

    assert _kinds(items) == ["node_finished", "end:completed"]


async def test_following_picks_up_after_an_event_id(tmp_path):
    store = _store(tmp_path)
    run = store.create_run("goal", {})
    for node in ("planner", "researcher", "matcher"):
        store.add_event(run.id, "node_finished", node)
    store.update_run(run.id, RunStatus.FAILED, error="boom")
    first, *_ = store.events(run.id)

    items = await _collect(follow(store, run.id, after_id=first.id))

    assert [i.node for i in items if isinstance(i, RunEvent)] == ["researcher", "matcher"]
    assert isinstance(items[-1], RunRecord) and items[-1].error == "boom"


async def test_without_a_watch_a_running_run_is_polled_until_it_stops(tmp_path):
    store = _store(tmp_path)
    run = store.create_run("goal", {})
    read_status = threading.Event()
    get_run = store.get_run

    def get_run_and_tell(run_id: str) -> RunRecord:
        record = get_run(run_id)
        read_status.set()
        return record

    store.get_run = get_run_and_tell  # type: ignore[method-assign]
    following = asyncio.create_task(_collect(follow(store, run.id, poll_s=0.01)))
    assert await asyncio.to_thread(read_status.wait, 10), "the follower never looked at the run"
    store.add_event(run.id, "node_finished", "planner")
    store.update_run(run.id, RunStatus.COMPLETED)

    items = await asyncio.wait_for(following, 10)

    assert _kinds(items) == ["node_finished", "end:completed"]
