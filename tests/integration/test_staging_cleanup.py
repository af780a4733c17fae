"""Nothing half-written stays: a staging folder is removed when its write fails, and on the next start after a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from careerpilot.documents.service import sweep_staging
from tests.support.cli import careerpilot
from tests.support.pipeline import EXAMPLES

# The real CLI in a child that SIGKILLs itself once the first staging folder holds a full resume copy: no cleanup
# code can run, as in a power cut.
KILLED_MID_WRITE = textwrap.dedent(
    """
    import os, signal, sys
    from careerpilot.documents import service

    real_write = service.DocumentsService.write

    async def write_then_die(self, job, match, inputs, out_dir, *args, **kwargs):
        await real_write(self, job, match, inputs, out_dir, *args, **kwargs)
        os.kill(os.getpid(), signal.SIGKILL)

    service.DocumentsService.write = write_then_die
    from careerpilot.cli import app
    sys.argv = ["careerpilot"] + sys.argv[1:]
    app()
    """
)
RUN = ["run", "--profile", EXAMPLES / "profile.yaml", "--resume", EXAMPLES / "resume.json", "--source",
       EXAMPLES / "postings"]  # fmt: skip


def environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "LLM_BASE_URL", "OPENAI_API_KEY")}


def staging_folders(data: Path) -> list[Path]:
    return sorted((data / "documents").glob("*/.v*"))


def test_a_staging_folder_left_by_a_killed_run_is_removed_on_the_next_start(tmp_path):
    data = tmp_path / "data"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MID_WRITE, *map(str, RUN), "--data-dir", str(data)],
        env=environment(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr[-2000:]
    (left,) = staging_folders(data)
    assert (left / "resume.json").exists()  # a full resume copy, stranded

    started = careerpilot("jobs", "--data-dir", data, env=environment())

    assert started.returncode == 0, started.stderr
    assert staging_folders(data) == []


def test_a_staging_folder_of_a_live_writer_is_kept(tmp_path):
    documents = tmp_path / "documents"
    live = documents / "app-1" / f".v001-{os.getpid()}-abcd1234"
    dead = documents / "app-1" / ".v002-0-abcd1234"
    legacy = documents / "app-2" / ".v001-k2j3h4g5"
    for folder in (live, dead, legacy):
        folder.mkdir(parents=True)
        (folder / "resume.json").write_text("{}")

    assert sweep_staging(documents) == 2
    assert staging_folders(tmp_path) == [live]
