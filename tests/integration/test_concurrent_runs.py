"""Three `careerpilot run` at once on one fresh data dir, and on one fresh PostgreSQL database: all finish, and no
two share a document version. Real CLI processes started together.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerpilot.memory.sql import Store
from tests.support.pipeline import EXAMPLES
from tests.support.postgres import fresh_database

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3


@pytest.fixture
def fresh_postgres() -> Iterator[str]:
    """A database of this test's own, created empty (the race is on creating its tables) and dropped after."""
    with fresh_database("careerpilot_race") as url:
        yield url


def run_at_once(data: Path, database_url: str | None) -> list[subprocess.CompletedProcess[str]]:
    """Start RUNS `careerpilot run` children together on one data dir (and database); wait for all."""
    env = {k: v for k, v in os.environ.items() if k not in ("LLM_BASE_URL", "OPENAI_API_KEY")}
    env["PYTHONPATH"] = str(ROOT)
    if database_url:
        env["DATABASE_URL"] = database_url
    args = [sys.executable, "-m", "careerpilot.cli", "run", "--profile", str(EXAMPLES / "profile.yaml"),
            "--resume", str(EXAMPLES / "resume.json"), "--source", str(EXAMPLES / "postings"),
            "--filters", str(EXAMPLES / "job_filters.yaml"), "--data-dir", str(data)]  # fmt: skip
    children = [
        subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(RUNS)
    ]
    done = []
    for child in children:
        out, err = child.communicate(timeout=600)
        done.append(subprocess.CompletedProcess(args, child.returncode, out, err))
    return done


def document_versions(data: Path) -> list[tuple[str, str]]:
    """Return (application, version folder) for every stored document version."""
    return [(p.parent.parent.name, p.parent.name) for p in (data / "documents").glob("*/v[0-9][0-9][0-9]/docs.json")]


def check(data: Path, sql_url: str, results: list[subprocess.CompletedProcess[str]]) -> None:
    """Every run exited 0 and ended at review or complete; each run's documents are a version of their own."""
    assert [r.returncode for r in results] == [0] * RUNS, [r.stderr[-600:] for r in results]
    assert all("Traceback" not in r.stderr for r in results)
    store = Store.open(sql_url)
    runs = store.list_runs()
    store.close()
    # The runs share their applications (one per job and applicant): each waits in the run that drafted it first,
    # and a run left with none of its own to review completes instead of waiting for nothing.
    assert len(runs) == RUNS and {r.status.value for r in runs} <= {"awaiting_review", "completed"}
    assert any(r.status.value == "awaiting_review" for r in runs)
    versions = document_versions(data)
    assert versions and len(versions) == len(set(versions))
    per_application: dict[str, int] = {}
    for application, _ in versions:
        per_application[application] = per_application.get(application, 0) + 1
    assert set(per_application.values()) == {RUNS}  # each run wrote its own version of each application


def test_three_runs_at_once_on_a_fresh_sqlite_data_dir_all_finish_with_distinct_versions(tmp_path):
    data = tmp_path / "data"
    results = run_at_once(data, None)
    check(data, f"sqlite:///{data / 'careerpilot.db'}", results)


def test_three_runs_at_once_on_a_fresh_postgres_database_all_finish_with_distinct_versions(tmp_path, fresh_postgres):
    data = tmp_path / "data"
    results = run_at_once(data, fresh_postgres)
    check(data, fresh_postgres, results)
