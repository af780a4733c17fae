"""Storage faults are storage errors: exit 4 and one line with the cause and the fix, never 'please report it'.

Mid-run faults pause a real ``careerpilot run`` on a held board answer (tests/support/held_board.py), break the
storage under the running process, then let it go on. Tests run as root, whom ``chmod`` does not stop: the
read-only data directory is made with ``chattr +i`` (immutable: even root's writes fail with EPERM, through file
descriptors already open too). PostgreSQL stopping is a private cluster on its own port, stopped ``immediate``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from careerpilot.config import Settings
from careerpilot.memory.sql import Store
from tests.support.api import ApiServer, prepared_settings
from tests.support.cli import careerpilot as cli
from tests.support.held_board import HeldBoard
from tests.support.pg_cluster import PrivateCluster
from tests.support.pipeline import EXAMPLES

RUN = ["run", "--profile", EXAMPLES / "profile.yaml", "--resume", EXAMPLES / "resume.json"]


def environment(**extra: str) -> dict[str, str]:
    drop = ("DATABASE_URL", "LLM_BASE_URL", "OPENAI_API_KEY", "SOURCE_BASE_URLS", "REDIS_URL")
    return {k: v for k, v in os.environ.items() if k not in drop} | {"HTTP_PER_HOST_RATE": "1000"} | extra


def careerpilot(*args: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return cli(*args, env=env or environment())


def assert_storage_line(result: subprocess.CompletedProcess[str], *fragments: str) -> str:
    assert result.returncode == 4, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "please report it" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip() and not line.startswith("warning")]
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def run_paused(data: Path, board: HeldBoard, env: dict[str, str]) -> subprocess.Popen[str]:
    """Start a run on the held board and return once it waits for the board's answer (mid-run)."""
    child = subprocess.Popen(
        [sys.executable, "-m", "careerpilot.cli", *map(str, RUN), "--source", "greenhouse:vercel", "--data-dir",
         str(data)],
        env=env | {"SOURCE_BASE_URLS": f"greenhouse={board.url}"},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert board.asked.wait(timeout=120), "the run never asked the board"
    return child


def finish(child: subprocess.Popen[str]) -> subprocess.CompletedProcess[str]:
    out, err = child.communicate(timeout=300)
    return subprocess.CompletedProcess(child.args, child.returncode, out, err)


@pytest.fixture
def immutable(tmp_path: Path) -> Iterator[Path]:
    """A data directory that ``freeze()`` makes immutable; always thawed afterwards so it can be removed."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    data = tmp_path / "data"
    yield data
    subprocess.run(["chattr", "-R", "-i", str(data)], capture_output=True, check=False)


def freeze(path: Path) -> None:
    """Make every file and folder immutable but SQLite's ``-shm`` index: it is mmap-ed, and a write to an
    immutable mapping is a SIGBUS, which no program can turn into a message (a real read-only remount does the same).
    """
    for item in [path, *path.rglob("*")]:
        if not item.name.endswith("-shm"):
            subprocess.run(["chattr", "+i", str(item)], capture_output=True, check=True)


def test_a_data_directory_turned_read_only_mid_run_is_exit_4_and_the_run_continues_afterwards(immutable):
    with HeldBoard() as board:
        child = run_paused(immutable, board, environment())
        freeze(immutable)
        board.release()
        result = finish(child)
        line = assert_storage_line(result, "storage failed", "careerpilot continue")
        assert "writable" in line

        subprocess.run(["chattr", "-R", "-i", str(immutable)], capture_output=True, check=True)
        store = Store.open(Settings(_env_file=None, data_dir=immutable).sql_url)
        try:
            (run,) = store.list_runs(limit=1)
        finally:
            store.close()
        resumed = careerpilot("continue", run.id, "--data-dir", immutable, env=environment(
            SOURCE_BASE_URLS=f"greenhouse={board.url}"))  # fmt: skip
    assert resumed.returncode == 0, resumed.stderr
    assert "awaiting_review" in resumed.stdout or "completed" in resumed.stdout


def test_postgresql_stopping_mid_run_is_exit_4_and_one_line():
    with PrivateCluster() as pg, HeldBoard() as board:
        env = environment(DATABASE_URL=pg.url)
        child = run_paused(Path("/nonexistent-unused"), board, env)
        pg.stop()
        board.release()
        result = finish(child)
    assert_storage_line(result, "storage failed", "DATABASE_URL")


@pytest.mark.parametrize("damaged", ["checkpoints.sqlite", "chroma/chroma.sqlite3", "careerpilot.db"])
def test_a_damaged_sqlite_file_is_exit_4_naming_it(tmp_path, damaged):
    data = tmp_path / "data"
    assert careerpilot("jobs", "--data-dir", data).returncode == 0  # creates every store
    for leftover in data.glob(f"{damaged}-*"):
        leftover.unlink()
    (data / damaged).write_bytes(b"this is not a database, it is a damaged file " * 40)

    result = careerpilot("jobs", "--data-dir", data)

    assert_storage_line(result, "not a database", Path(damaged).name)


@pytest.mark.parametrize(
    ("url", "fragment"),
    [("mysql://someone@127.0.0.1/jobs", "scheme 'mysql' is not supported"), ("postgresql://postgres@127.0.0.1:1/x",
                                                                             "Connection refused")],
    ids=["unsupported-scheme", "closed-port"],
)  # fmt: skip
def test_an_unusable_database_url_is_exit_4(tmp_path, url, fragment):
    result = careerpilot("jobs", "--data-dir", tmp_path / "data", env=environment(DATABASE_URL=url))

    assert_storage_line(result, fragment)


def test_the_api_answers_a_storage_fault_with_a_503_problem(immutable, embedder):
    settings, key = prepared_settings(immutable)
    posting = {"@type": "JobPosting", "title": "Backend Engineer", "description": "Python and PostgreSQL."}
    with ApiServer(settings, embedder) as server, httpx.Client(base_url=server.url, headers={"X-API-Key": key}) as c:
        freeze(immutable)
        response = c.post("/jobs/from-page", json={"url": "https://acme.example/jobs/1", "jsonld": posting})
        subprocess.run(["chattr", "-R", "-i", str(immutable)], capture_output=True, check=True)

    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"].startswith("storage failed")
