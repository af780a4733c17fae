"""Stranded records: a refused submit is retried with backoff; a run whose process died is found and marked failed.

Real Redis (a private server the test kills), real Chromium against the local form server, real processes.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from mcp import Client
from typer.testing import CliRunner

from careerpilot.cli import app
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.runs import RunStatus
from careerpilot.mcp_server.server import create_server
from careerpilot.memory.sql import Store
from careerpilot.runs.owner import this_process
from careerpilot.runs.stranded import find_stranded
from careerpilot.services import Services
from careerpilot.tools.forms import dom
from tests.support.api import ApiServer, prepared_settings
from tests.support.applying import person_approves
from tests.support.form_server import FormServer
from tests.support.pipeline import drain
from tests.support.redis_server import PrivateRedis
from tests.support.review_trials import form_template, waiting_review


@pytest.fixture
def server():
    with FormServer() as s:
        yield s


async def test_a_submit_refused_while_redis_is_down_is_retried_with_backoff_and_sent_once(
    settings, server, tmp_path, monkeypatch, embedder
):
    redis = PrivateRedis(tmp_path).start()
    settings.redis_url = redis.url
    fill = dom.fill_field

    async def redis_dies_while_filling(*args, **kwargs):
        redis.kill()  # between the application's lock and the caps' lock: the submit is refused, "retry later"
        return await fill(*args, **kwargs)

    try:
        async with Services.open(settings, embedder) as services:
            url = server.url("greenhouse")
            template = await form_template(services.applying, tmp_path, url)
            application = await waiting_review(services, tmp_path, url, "retry@example.com", template)
            monkeypatch.setattr(dom, "fill_field", redis_dies_while_filling)
            decision = person_approves(services.applying.view(application.id))
            await drain(services.runs.resume(str(application.run_id), [decision]))
            monkeypatch.setattr(dom, "fill_field", fill)
            stuck = services.store.get_application(application.id)
            refused = services.applying.applied(str(application.run_id))[-1].outcome
            run_after = services.store.get_run(str(application.run_id)).status
            listed = [f.id for f in find_stranded(services.store)]
            redis.start()
            now = datetime.now(UTC)
            too_soon = services.scheduler.retry.due(now)
            later = await services.scheduler.retry.run_due(now + timedelta(minutes=5))
            again = await services.scheduler.retry.run_due(now + timedelta(hours=2))
            final = services.store.get_application(application.id)
    finally:
        redis.kill()

    assert "retry later" in refused and run_after is RunStatus.COMPLETED
    assert stuck.status is ApplicationStatus.APPROVED and application.id in listed
    assert too_soon == []  # the first retry waits a minute
    assert len(later) == 1 and again == []
    assert final.status is ApplicationStatus.SUBMITTED
    assert len(server.submissions) == 1


async def _orphan(settings) -> str:
    """Record a run marked running by a process that has ended."""
    async with Services.open(settings) as services:
        run = services.store.create_run("orphan", {})
        dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
        owner = {**this_process(), "pid": int(dead.stdout), "started": None}
        services.store.update_run(run.id, RunStatus.RUNNING, summary={"owner": owner})
        return run.id


def test_runs_repair_marks_a_run_whose_process_died_failed_with_the_way_forward(settings):

    run_id = asyncio.run(_orphan(settings))
    runner = CliRunner()
    data = ["--data-dir", str(settings.data_dir)]
    looked = runner.invoke(app, ["runs", "repair", "--dry-run", *data])
    repaired = runner.invoke(app, ["runs", "repair", *data])
    after = runner.invoke(app, ["runs", "repair", *data])
    shown = runner.invoke(app, ["runs", "show", run_id, *data])

    assert looked.exit_code == 0 and f"run {run_id}: running, but its process" in looked.output
    assert repaired.exit_code == 0 and "marked failed" in repaired.output
    assert after.exit_code == 0 and "Nothing is stranded." in after.output
    run = Store.open(settings.sql_url).get_run(run_id)
    assert shown.exit_code == 0 and f"run {run_id}: failed" in shown.output
    assert run.status is RunStatus.FAILED and f"careerpilot continue {run_id}" in (run.error or "")


async def test_the_api_and_mcp_find_and_repair_the_same_stranded_run(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    run_id = await _orphan(settings)
    with ApiServer(settings, embedder) as server:
        headers = {"X-API-Key": key}
        looked = httpx.post(f"{server.url}/runs/repair", params={"dry_run": True}, headers=headers).json()
        repaired = httpx.post(f"{server.url}/runs/repair", headers=headers).json()
    assert [(f["kind"], f["id"]) for f in looked] == [("run", run_id)]
    assert repaired[0]["done"] == "marked failed"

    second = await _orphan(settings)
    mcp = create_server(lambda: Services.open(settings, embedder))
    async with Client(mcp) as client:
        found = (await client.call_tool("repair_stranded", {})).structured_content["result"]
    assert [(f["kind"], f["id"], f["done"]) for f in found] == [("run", second, "marked failed")]
