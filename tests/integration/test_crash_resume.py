"""A run SIGKILLed mid-flight resumes from its thread id without redoing finished nodes, and never twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

from typer.testing import CliRunner

from careerpilot.cli import app
from careerpilot.config import Settings
from careerpilot.memory.sql import Store
from tests.support.pipeline import EXAMPLES

# Runs the real CLI in a child process that SIGKILLs itself as the resume_writer starts, i.e. after the
# matcher's checkpoint is durable. No cleanup code can run: this is what a power cut looks like.
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    from careerpilot.documents.service import DocumentsService

    async def die(self, *args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    DocumentsService.draft = die
    from careerpilot.cli import app
    sys.argv = ["careerpilot"] + sys.argv[1:]
    app()
    """
)


def _node_runs(store: Store, run_id: str) -> Counter[str]:
    return Counter(e.node for e in store.events(run_id) if e.kind == "node_finished")


def test_killed_run_resumes_without_redoing_finished_nodes(tmp_path: Path):
    data = tmp_path / "data"
    args = [
        "--profile",
        str(EXAMPLES / "profile.yaml"),
        "--resume",
        str(EXAMPLES / "resume.json"),
        "--source",
        str(EXAMPLES / "postings"),
        "--filters",
        str(EXAMPLES / "job_filters.yaml"),
    ]
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LLM_BASE_URL", "OPENAI_API_KEY")}
    child = subprocess.run(
        [sys.executable, "-c", KILLER, "run", *args, "--data-dir", str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]

    store = Store.open(Settings(_env_file=None, data_dir=data).sql_url)
    (run,) = store.list_runs()
    assert _node_runs(store, run.id) == {"planner": 1, "researcher": 1, "matcher": 1}
    assert store.list_applications() == []

    runner = CliRunner()
    resumed = runner.invoke(app, ["continue", run.id, "--data-dir", str(data)])
    assert resumed.exit_code == 0, resumed.output
    assert _node_runs(store, run.id) == {"planner": 1, "researcher": 1, "matcher": 1, "resume_writer": 1}
    assert store.get_run(run.id).status == "awaiting_review"
    drafted = store.list_applications()
    assert drafted

    approvals = [arg for a in drafted for arg in ("--approve", a.id)]
    approved = runner.invoke(app, ["review", *approvals, "--data-dir", str(data)])
    assert approved.exit_code == 0, approved.output
    assert "needs you: the browser may not open" in approved.output  # real ATS hosts are off-limits in tests

    again = runner.invoke(app, ["continue", run.id, "--data-dir", str(data)])
    assert again.exit_code == 0, again.output
    assert len(store.list_applications()) == len(drafted)
    assert len(store.audit_events(action="apply_attempt")) == len(drafted)
    assert _node_runs(store, run.id)["applier"] == 1
    store.close()
