"""Celery workers as real subprocesses (`careerpilot worker --pool=solo`) on a Redis broker (an empty DB 8-15).

The run test uses two example boards and the real graph; the caps test submits to the local form server
(tests/support/form_server.py) with Chromium walled in to 127.0.0.1.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from careerpilot.autonomy.scheduler import firing_run_id
from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, start_of_day
from careerpilot.worker import create_app
from tests.integration.test_autonomy import small_spec
from tests.support.applying import approve, drafted, inputs_for, service
from tests.support.form_server import FormServer
from tests.support.redis_server import empty_db, flush

pytestmark = pytest.mark.slow
CLI = str(Path(__file__).resolve().parents[2] / ".venv" / "bin" / "careerpilot")


def wait_for(check: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := check():
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def broker(settings: Settings) -> Iterator[Settings]:
    url = empty_db()
    settings.redis_url, settings.lock_ttl_s, settings.worker_visibility_timeout_s = url, 3, 3
    yield settings
    flush(url)


class Workers:
    def __init__(self, settings: Settings, extra: dict[str, str] | None = None) -> None:
        self.env = {
            **os.environ,
            "CAREERPILOT_DATA_DIR": str(settings.data_path),
            "REDIS_URL": settings.redis_url or "",
            "LOCK_TTL_S": str(settings.lock_ttl_s),
            "WORKER_VISIBILITY_TIMEOUT_S": str(settings.worker_visibility_timeout_s),
            "BROWSER_ALLOWED_HOSTS": "127.0.0.1,localhost",
            **(extra or {}),
        }
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen([CLI, "worker", "--pool=solo"], env=self.env, stdout=subprocess.DEVNULL)
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def queue_idle(settings: Settings) -> bool:
    client = redis.Redis.from_url(settings.redis_url or "")
    return client.llen(f"{settings.redis_prefix}tasks") == 0 and client.hlen(f"{settings.redis_prefix}unacked") == 0


def test_a_search_sent_twice_runs_once_and_survives_its_worker_being_killed(broker, tmp_path):
    settings = broker
    store = Store.open(settings.sql_url)
    search = ScheduleStore(store).add("nightly", small_spec(tmp_path), "0 2 * * *", "UTC", _policy())
    due = datetime(2026, 11, 29, 2, 0, tzinfo=UTC)
    run_id = firing_run_id(search.id, due)
    celery = create_app(settings)
    workers = Workers(settings)
    try:
        first = workers.start()
        for _ in range(2):
            celery.send_task("careerpilot.run_search", args=[search.id, due.isoformat()])
        wait_for(lambda: any(e.kind == "node_started" and e.node == "researcher" for e in _events(store, run_id)),
                 120, "the first worker to reach the researcher")  # fmt: skip
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        workers.start()
        wait_for(lambda: store.get_run(run_id).status is not _running(), 180, "another worker to finish the run")
        wait_for(lambda: queue_idle(settings), 60, "the queue to drain")
        run = store.get_run(run_id)
        events = [(e.kind, e.node) for e in _events(store, run_id)]
        runs = [r for r in store.list_runs(50) if r.summary.get("search_id") == search.id]
    finally:
        workers.stop()

    assert [r.id for r in runs] == [run_id]
    assert run.status.value in ("awaiting_review", "completed")
    assert events.count(("node_finished", "planner")) == 1  # not run again after the kill
    # The researcher was in flight when the worker died: if it finished but its checkpoint had not been written,
    # the retry runs it once more (discovery is idempotent); it never runs a third time.
    assert 1 <= events.count(("node_finished", "researcher")) <= 2 and events.count(("scheduled", None)) == 1
    apps = store.list_applications(run_id=run_id)
    assert len({a.job_id for a in apps}) == len(apps)


def test_twenty_applications_across_three_workers_respect_the_daily_cap_and_never_repeat(broker, tmp_path):
    settings = broker
    cap = 7
    with FormServer() as server:
        store, applying = service(settings)
        ids = []
        template = None
        for n in range(20):
            application = _drafted(store, tmp_path, server.url("greenhouse"), n)
            if template is None:
                _run_async(applying.prepare([application.id], inputs_for()))
                template = store.get_application(application.id).answers
            store.update_application(application.id, answers=template)
            approve(applying, store.get_application(application.id))
            ids.append(application.id)
        extra = {"MAX_APPLICATIONS_PER_DAY": str(cap), "MAX_APPLICATIONS_PER_SITE_PER_DAY": str(cap)}
        celery = create_app(settings)
        workers = Workers(settings, extra)
        try:
            for _ in range(3):
                workers.start()
            for app_id in ids + ids:  # every application is sent twice
                celery.send_task("careerpilot.apply", args=[app_id])
            wait_for(lambda: all(store.audit_events(a, action="apply_attempt") for a in ids), 240, "every attempt")
            wait_for(lambda: queue_idle(settings), 120, "the queue to drain")
        finally:
            workers.stop()
        submissions = list(server.submissions)

    submitted = [a for a in ids if store.get_application(a).status is ApplicationStatus.SUBMITTED]
    assert len(submitted) == cap == len(submissions)
    assert SubmissionLedger(store).count_since(start_of_day()) == cap
    assert all(len(store.audit_events(a, action="submit_intent")) <= 1 for a in ids)
    refused = [a for a in ids if a not in submitted]
    assert all(store.get_application(a).status is ApplicationStatus.APPROVED for a in refused)


def _drafted(store: Store, tmp_path: Path, url: str, n: int):
    """A drafted application for the n-th distinct job whose form is on the local server."""
    from careerpilot.domain.jobs import JobPosting, job_id_for

    job = JobPosting(
        id=job_id_for("test", None, None, f"Engineer {n}", "Acme"), source="test", url=url, apply_url=url,
        title=f"Engineer {n}", company="Acme", description_text="Build web apps with Python.",
    )  # fmt: skip
    if n == 0:
        return drafted(store, tmp_path, url, inputs_for())  # the shared helper's job, documents and status
    store.upsert_jobs([job])
    first = store.list_applications(ApplicationStatus.APPROVED)[-1]
    run = store.create_run("test", {})
    other = store.ensure_application(job.id, inputs_for().applicant, run.id, 90)
    store.update_application(other.id, documents=first.documents)
    return store.transition(other.id, ApplicationStatus.DRAFTED, by="test")


def _policy():
    from careerpilot.domain.schedules import AutonomousPolicy

    return AutonomousPolicy()


def _running():
    from careerpilot.domain.runs import RunStatus

    return RunStatus.RUNNING


def _events(store: Store, run_id: str) -> list:
    try:
        store.get_run(run_id)
    except Exception:  # noqa: BLE001 - the run does not exist yet
        return []
    return store.events(run_id)


def _run_async(coro: object) -> object:
    import asyncio

    return asyncio.run(coro)  # type: ignore[arg-type]
