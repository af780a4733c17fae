"""Time the example run (README command 1 without setup): cold (fresh data dir) and warm (same data dir again).

Prints wall time of each run and the peak RSS of each process. Run: .venv/bin/python benchmarks/example_run.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMAND = [
    str(ROOT / ".venv" / "bin" / "careerpilot"),
    "run",
    "--profile",
    str(ROOT / "examples" / "profile.yaml"),
    "--resume",
    str(ROOT / "examples" / "resume.json"),
    "--filters",
    str(ROOT / "examples" / "job_filters.yaml"),
    "--source",
    str(ROOT / "examples" / "postings"),
]


def timed_run(data_dir: Path) -> tuple[float, float]:
    """Run the example once; return wall seconds and the child's peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    env = {**os.environ, "BROWSER_ALLOWED_HOSTS": "127.0.0.1,localhost"}  # like the demo: never open employers' pages
    result = subprocess.run(
        [*COMMAND, "--data-dir", str(data_dir)], capture_output=True, text=True, check=False, env=env
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"run failed: {result.stderr.strip()}")
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return elapsed, peak / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        cold, cold_rss = timed_run(data_dir)
        warm, warm_rss = timed_run(data_dir)
    print(f"example run, cold (empty data dir): {cold:6.1f} s")
    print(f"example run, warm (same data dir):  {warm:6.1f} s")
    print(f"peak RSS of the careerpilot process: {max(cold_rss, warm_rss):6.0f} MB")


if __name__ == "__main__":
    main()
