"""The real CLI in a subprocess (``python -m careerpilot.cli``), with the settings that reach beyond loopback unset."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

UNSET = ("DATABASE_URL", "LLM_BASE_URL", "OPENAI_API_KEY")


def careerpilot(
    *args: object, cwd: Path | None = None, timeout: float = 300, umask: int | None = None
) -> subprocess.CompletedProcess[str]:
    """Run one CLI command to its end and return what it printed and its exit code."""
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    return subprocess.run(
        [sys.executable, "-m", "careerpilot.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
        cwd=cwd,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )
