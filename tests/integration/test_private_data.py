"""Private by default: under umask 022 the data directory is 700 and every file in it 600 (owner bits only)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerpilot.config import Settings
from careerpilot.profile.inputs import load_profile, load_resume
from careerpilot.services import Services
from tests.support.cli import careerpilot as cli
from tests.support.pipeline import EXAMPLES


def careerpilot(*args: object):
    """Run the CLI under umask 022, the common default that made files readable by other users."""
    return cli(*args, umask=0o022)


def readable_by_others(data: Path) -> list[str]:
    """Return every entry under ``data`` (itself included) with a group or other bit, or a folder not 700."""
    found = []
    for entry in [data, *data.rglob("*")]:
        mode = stat.S_IMODE(entry.lstat().st_mode)
        if mode & 0o077 or (entry.is_dir() and mode != 0o700):
            found.append(f"{entry.relative_to(data.parent)} {mode:o}")
    return found


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_a_run_under_umask_022_leaves_the_data_dir_700_and_every_file_600(tmp_path):
    data = tmp_path / "data"
    result = careerpilot("run", "--profile", EXAMPLES / "profile.yaml", "--resume", EXAMPLES / "resume.json",
                         "--source", EXAMPLES / "postings", "--data-dir", data)  # fmt: skip

    assert result.returncode == 0, result.stderr
    names = {p.name for p in data.rglob("*")}
    assert {"careerpilot.db", "checkpoints.sqlite", "chroma.sqlite3", "documents", "resume.json"} <= names
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "careerpilot.db").stat().st_mode) == 0o600
    assert readable_by_others(data) == []


async def test_the_profile_and_resume_saved_through_the_services_are_600(tmp_path, embedder, umask_022):
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    async with Services.open(settings, embedder) as services:
        services.profile.save_profile(load_profile(EXAMPLES / "profile.yaml"))
        services.profile.save_resume(load_resume(EXAMPLES / "resume.json"))

    for name in ("profile.json", "resume.json"):
        assert stat.S_IMODE((tmp_path / "data" / name).stat().st_mode) == 0o600
    assert readable_by_others(tmp_path / "data") == []
    assert os.umask(0o022) == 0o022  # the services gave the process its umask back


def test_an_existing_install_is_tightened_on_start_with_a_note(tmp_path):
    data = tmp_path / "data"
    (data / "documents" / "job-1").mkdir(parents=True)
    for folder in (data, data / "documents", data / "documents" / "job-1"):
        folder.chmod(0o755)
    for name in ("profile.json", "resume.json", "documents/job-1/resume.json"):
        (data / name).write_text("{}")
        (data / name).chmod(0o644)

    result = careerpilot("jobs", "--data-dir", data)

    assert result.returncode == 0, result.stderr
    assert "private to you" in result.stderr and "warning:" in result.stderr
    assert readable_by_others(data) == []
    assert careerpilot("jobs", "--data-dir", data).stderr == ""  # tightened once: no note the next time
