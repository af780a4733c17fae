"""Schedules, run control and Redis-backed memory in one process, with the real graph on two example boards.

Redis: the loopback server (a key prefix per test) or a private redis-server this test starts and kills.
The chat test drives the real ChatOpenAI client against the local OpenAI-wire server (tests/support/openai_server).
"""

from __future__ import annotations

import shutil
import time
from datetime import UTC, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from careerpilot.autonomy.scheduler import NewSearch, SchedulerService
from careerpilot.domain.runs import RunStatus
from careerpilot.domain.schedules import SearchSpec
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.memory.sql import Store
from careerpilot.services import Services
from tests.support.openai_server import Reply
from tests.support.pipeline import EXAMPLES
from tests.support.redis_server import MAIN_URL, PrivateRedis, unique_prefix

BOARDS = ("greenhouse_vercel_jobs.json", "ashby_linear_jobs.json")


def small_spec(tmp_path: Path) -> SearchSpec:
    postings = tmp_path / "postings"
    postings.mkdir(exist_ok=True)
    for name in BOARDS:
        shutil.copy(EXAMPLES / "postings" / name, postings / name)
    return SearchSpec(
        profile=EXAMPLES / "profile.yaml",
        resume=EXAMPLES / "resume.json",
        sources=[str(postings)],
        goal="senior full-stack roles",
        filters=EXAMPLES / "job_filters.yaml",
    )


def kinds(services: Services, run_id: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.node) for e in services.store.events(run_id)]


async def test_a_schedule_missed_while_off_runs_exactly_once_on_wake_up(settings, embedder, tmp_path):
    async with Services.open(settings, embedder) as services:
        scheduler = services.scheduler
        search = scheduler.add(NewSearch("mornings", small_spec(tmp_path), at="08:00", timezone="Europe/Berlin"))
        # wake up at 09:00 Berlin, three 08:00 firings after the search was made: the next one is a day away, so
        # "half an hour later" finds nothing due whatever the time the test runs
        berlin = ZoneInfo("Europe/Berlin")
        made = search.created_at.astimezone(berlin)
        first = made.replace(hour=8, minute=0, second=0, microsecond=0)
        first += timedelta(days=1) if first <= made else timedelta()
        wake_up = (first + timedelta(days=2, hours=1)).astimezone(UTC)
        other_store = Store.open(settings.sql_url)
        other_daemon = SchedulerService(
            other_store,
            services.runs,
            services.control,
            services.kv,
            ScheduleStore(other_store),
            services.routines,
        )

        taken = scheduler.take_due(wake_up) + other_daemon.take_due(wake_up)
        later = scheduler.take_due(wake_up + timedelta(minutes=30))
        (firing,) = taken
        run = await scheduler.execute(firing.search_id, firing.due_at)
        again = await scheduler.execute(firing.search_id, firing.due_at)
        events = kinds(services, run.id)

    assert later == []
    assert firing.due_at.astimezone(ZoneInfo("Europe/Berlin")).hour == 8
    assert wake_up - timedelta(days=1) < firing.due_at <= wake_up  # the latest missed firing, not all three
    assert again.id == run.id and events.count(("node_started", "planner")) == 1
    assert run.status in (RunStatus.AWAITING_REVIEW, RunStatus.COMPLETED)
    assert run.summary["search_id"] == search.id and run.summary["new_postings"] >= 1
    if run.status is RunStatus.AWAITING_REVIEW:
        assert ("approvals_waiting", "review") in events  # no notification target: the log says so


async def test_redis_dying_mid_run_degrades_to_sql_and_recovers_when_it_returns(settings, embedder, tmp_path):
    redis_server = PrivateRedis(tmp_path).start()
    settings.redis_url = redis_server.url
    try:
        async with Services.open(settings, embedder) as services:

            def kill_at_matcher(run_id: str, kind: str, node: str | None, data: dict) -> None:
                if (kind, node) == ("node_started", "matcher"):
                    redis_server.kill()

            services.journal.subscribe(kill_at_matcher)
            run = services.runs.create(_inputs(tmp_path))
            await services.control.drain(services.runs.launch(run.id))
            during = services.store.get_run(run.id)
            PrivateRedis(tmp_path, port=redis_server.port).start()
            redis_server.proc = None
            services.journal.record(run.id, "note", None, {"text": "after the outage"})
            events = kinds(services, run.id)
            degraded = [e for e in services.store.events(run.id) if e.kind == "degraded"]
    finally:
        _stop_port(redis_server.port)

    assert during.status in (RunStatus.AWAITING_REVIEW, RunStatus.COMPLETED)
    notes = during.summary["notes"]  # what `careerpilot run` prints under the outcome
    assert notes[0].startswith("ran degraded: ") and "still unreachable when the run ended" in notes[0]
    assert ("node_finished", "planner") in events and ("node_finished", "matcher") in events
    assert len(degraded) == 1 and "unreachable" in degraded[0].data["message"]
    assert "the run goes on" in degraded[0].data["message"]
    assert events.index(("degraded", None)) < events.index(("recovered", None))
    assert events[-2:] == [("note", None), ("recovered", None)]  # noticed at the first event after the restart


def _inputs(tmp_path: Path):
    from careerpilot.runs.service import build_inputs

    spec = small_spec(tmp_path)
    return build_inputs(spec.profile, spec.resume, spec.sources, spec.goal, spec.filters)


def _stop_port(port: int) -> None:
    import redis

    try:
        redis.Redis(port=port).shutdown(nosave=True)
    except redis.exceptions.ConnectionError:
        pass


async def test_cancelled_run_stops_before_its_next_step_and_is_never_resumed(settings, embedder, tmp_path):
    async with Services.open(settings, embedder) as services:

        def cancel_after_planner(run_id: str, kind: str, node: str | None, data: dict) -> None:
            if (kind, node) == ("node_finished", "planner"):
                services.control.cancel(run_id)

        services.journal.subscribe(cancel_after_planner, first=True)
        run = services.runs.create(_inputs(tmp_path))
        with pytest.raises(Exception, match="cancelled"):
            await services.control.drain(services.runs.launch(run.id))
        services.control.mark_cancelled(run.id)
        listed = services.control.list(RunStatus.CANCELLED)
        with pytest.raises(Exception, match="was cancelled"):
            await services.control.resume(run.id)
        events = kinds(services, run.id)

    assert [r.id for r in listed] == [run.id]
    assert ("node_started", "researcher") in events and ("node_finished", "researcher") not in events


async def test_chat_history_survives_a_restart_and_expires_by_ttl(settings, embedder, openai_server):
    settings.redis_url, settings.redis_prefix = f"{MAIN_URL}/0", unique_prefix()
    settings.llm_base_url, settings.llm_api_key, settings.llm_max_retries = openai_server.base_url, "test", 0
    openai_server.script(Reply(content="Three roles match."), Reply(content="Noted."))
    async with Services.open(settings, embedder) as first:
        [e async for e in first.chat.reply("what matches?", session_id="s1")]
    async with Services.open(settings, embedder) as restarted:
        remembered = restarted.chat.history("s1")
        restarted.chat.sessions.ttl_s = 0.3
        [e async for e in restarted.chat.reply("thanks", session_id="s1")]
        deadline = time.monotonic() + 5
        while restarted.chat.history("s1") and time.monotonic() < deadline:
            time.sleep(0.05)
        expired = restarted.chat.history("s1")
        restarted.kv.clear()

    assert [m.content for m in remembered] == ["what matches?", "Three roles match."]
    assert len(openai_server.requests[1]["messages"]) >= 4  # the restarted chat sent the remembered turns
    assert expired == []
