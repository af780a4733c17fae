"""Bad input through the real CLI: one readable line, a non-zero exit, no traceback, nothing half-written."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from careerpilot.config import Settings
from careerpilot.memory.sql import Store
from tests.support.cli import careerpilot
from tests.support.datasets import TEST_DATA
from tests.support.pipeline import EXAMPLES

PROFILE, RESUME, POSTINGS = EXAMPLES / "profile.yaml", EXAMPLES / "resume.json", EXAMPLES / "postings"


def assert_one_clear_line(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def run_args(data: Path, profile=PROFILE, resume=RESUME, source=POSTINGS) -> list[str | Path]:
    return ["run", "--profile", profile, "--resume", resume, "--source", source, "--data-dir", data]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_missing_resume_file(tmp_path, data):
    result = careerpilot(*run_args(data, resume=tmp_path / "nope.json"))
    assert_one_clear_line(result, "resume file not found", "nope.json")
    assert result.returncode == 2
    assert not data.exists()


def test_malformed_yaml_profile(tmp_path, data):
    bad = tmp_path / "profile.yaml"
    bad.write_text("contact:\n  name: [unclosed\n  email: x\n")
    result = careerpilot(*run_args(data, profile=bad))
    assert_one_clear_line(result, "not valid YAML", "profile.yaml")
    assert not data.exists()


def test_profile_missing_a_required_field(tmp_path, data):
    bad = tmp_path / "profile.yaml"
    bad.write_text("contact:\n  name: Someone\n")
    result = careerpilot(*run_args(data, profile=bad))
    assert_one_clear_line(result, "contact.email", "Field required")


def test_malformed_json_resume(tmp_path, data):
    bad = tmp_path / "resume.json"
    bad.write_text('{"basics": {"name": "A"},, }')
    result = careerpilot(*run_args(data, resume=bad))
    assert_one_clear_line(result, "not valid JSON", "line 1")
    assert not data.exists()


def test_empty_resume_is_refused(data):
    empty = TEST_DATA / "resumes" / "fresh-test-resumes_jrs_empty.json"
    result = careerpilot(*run_args(data, resume=empty))
    assert_one_clear_line(result, "has no work, education, skills or summary")


def test_empty_source_folder_fails_cleanly_and_stores_nothing(tmp_path, data):
    empty = tmp_path / "postings"
    empty.mkdir()
    result = careerpilot(*run_args(data, source=empty))
    assert_one_clear_line(result, "no job postings found")
    store = Store.open(Settings(_env_file=None, data_dir=data).sql_url)
    (run,) = store.list_runs()
    assert run.status == "failed" and "no job postings" in (run.error or "")
    assert store.list_jobs() == [] and store.list_applications() == []
    store.close()


def test_missing_source_folder(tmp_path, data):
    result = careerpilot(*run_args(data, source=tmp_path / "missing"))
    assert_one_clear_line(result, "missing")


def test_unreadable_data_directory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    result = careerpilot(*run_args(blocker / "data"))
    assert_one_clear_line(result, "data directory", "CAREERPILOT_DATA_DIR")
    assert result.returncode == 4


def test_unreachable_database_url(tmp_path):
    env = {**os.environ, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    env_result = careerpilot("jobs", "--data-dir", tmp_path / "d", timeout=120, env=env)
    assert_one_clear_line(env_result, "cannot use the database")


def test_doctor_reports_each_item(data):
    result = careerpilot("doctor", "--data-dir", data)
    for item in ("data dir", "database", "llm", "embeddings", "redis", "chromium", "notion", "mail"):
        assert item in result.stdout
    assert "not configured: planning and writing use deterministic rules" in result.stdout


def _schedule(data: Path, *extra: str | Path) -> subprocess.CompletedProcess[str]:
    return careerpilot("schedule", "add", "daily", "--profile", PROFILE, "--resume", RESUME, "--data-dir", data, *extra)


@pytest.mark.parametrize(
    ("extra", "fragments"),
    [
        (("--source", POSTINGS, "--autonomous", "--min-score", "500"), ("invalid input", "min_score", "100")),
        (("--source", "/nowhere/postings"), ("source folder /nowhere/postings does not exist",)),
        (("--source", POSTINGS, "--cron", "0 0 8 * * 1"), ("is not a cron expression", "five fields")),
    ],
    ids=["score over 100", "missing folder", "six-field cron"],
)
def test_schedule_add_refuses_bad_input_in_one_line(data, extra, fragments):
    result = _schedule(data, *extra)
    assert_one_clear_line(result, *fragments)
    assert result.returncode == 2
    assert "500" not in result.stderr, "the refused value is not echoed"


@pytest.mark.parametrize("content", [None, "Caf\xe9 au lait".encode("latin-1")], ids=["missing", "latin-1"])
def test_review_edit_with_an_unreadable_cover_letter_is_one_line(tmp_path, data, content):
    letter = tmp_path / "letter.txt"
    if content is not None:
        letter.write_bytes(content)
    result = careerpilot("review", "--edit", "any", "--cover-letter", letter, "--data-dir", data)
    assert_one_clear_line(result, "cover letter file", "letter.txt")
    assert result.returncode == 2
