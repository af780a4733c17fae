"""SIGKILL the applying process N times (default 50) at random points and count duplicates and unknown states.

Run: .venv/bin/python benchmarks/apply_kill_trials.py [N]
Real Chromium against the local form server of tests/support (127.0.0.1 only).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["BROWSER_ALLOWED_HOSTS"] = "127.0.0.1,localhost"

from careerpilot.config import Settings  # noqa: E402
from tests.support.applying import service  # noqa: E402
from tests.support.form_server import FormServer  # noqa: E402
from tests.support.kill_trials import check, run_trial, trial_plan  # noqa: E402


async def main(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, data_dir=Path(tmp) / "data")
        settings.max_applications_per_day = settings.max_applications_per_site_per_day = 100000
        _, applying = service(settings)
        started = time.perf_counter()
        with FormServer() as server:
            results = []
            for i, (point, form) in enumerate(trial_plan(count, seed=int(time.time()))):
                results.append(await run_trial(i, point, form, settings, applying, server, Path(tmp)))
        elapsed = time.perf_counter() - started
    problems = {i: check(r) for i, r in enumerate(results) if check(r)}
    print(f"trials: {len(results)} in {elapsed:.0f} s ({elapsed / len(results):.1f} s each)")
    print(f"killed: {sum(r.killed for r in results)}")
    print("by point:", dict(Counter(r.point for r in results)))
    print("end states:", dict(Counter(f"{r.point}->{r.status.value}" for r in results)))
    print(f"duplicate submissions: {sum(max(0, r.submissions - 1) for r in results)}")
    print(f"submissions received: {sum(r.submissions for r in results)}")
    print(f"trials in an unknown state or with a problem: {len(problems)} {problems or ''}")


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
