"""SIGKILL the applying process N times (default 50) at random points and count duplicates and unknown states.

Run: .venv/bin/python benchmarks/apply_kill_trials.py [N]
     .venv/bin/python benchmarks/apply_kill_trials.py --from-review [N]
The second starts from the review command (`careerpilot review --approve ID` in a child, interrupted by SIGKILL
or SIGINT at six points, then the command the records point to) and reports how many trials ended stranded.
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


def from_review(count: int) -> None:
    """Interrupt `review --approve` ``count`` times over every point and signal; print the outcome table."""
    import itertools

    from careerpilot.memory.sql import Store
    from tests.support.review_trials import POINTS, SIGNALS, interrupt_all, problems, settle, waiting_reviews

    plan = list(itertools.islice(itertools.cycle(itertools.product(POINTS, SIGNALS)), count))
    with tempfile.TemporaryDirectory() as tmp, FormServer() as server:
        os.environ.update({"MAX_APPLICATIONS_PER_DAY": "100000", "MAX_APPLICATIONS_PER_SITE_PER_DAY": "100000"})
        settings = Settings(_env_file=None, data_dir=Path(tmp) / "data")
        started = time.perf_counter()
        emails = [f"review{i}@example.com" for i in range(len(plan))]
        waiting = asyncio.run(waiting_reviews(settings, Path(tmp), server.url("greenhouse"), emails))
        store = Store.open(settings.sql_url)
        hits = interrupt_all(plan, waiting, settings.data_path)
        trials = [
            settle(point, how, hit, application, store, server, settings.data_path)
            for (point, how), hit, application in zip(plan, hits, waiting, strict=True)
        ]
        elapsed = time.perf_counter() - started
    print(f"trials: {len(trials)} in {elapsed:.0f} s; interrupted as planned: {sum(t.interrupted for t in trials)}")
    print("point x signal -> right after -> way forward -> end state (submissions)")
    for t in trials:
        print(
            f"  {t.point:<19} {t.how:<7} -> {t.after_crash:<9} -> {t.way_forward:<8} -> "
            f"{t.status.value} ({t.submissions})"
        )
    print(f"duplicate submissions: {sum(max(0, t.submissions - 1) for t in trials)}")
    print(f"stranded: {sum(t.stranded for t in trials)}")
    print(f"problems: {({i: problems(t) for i, t in enumerate(trials) if problems(t)}) or 'none'}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--from-review"]
    n = int(args[0]) if args else 50
    if "--from-review" in sys.argv:
        from_review(n)
    else:
        asyncio.run(main(n))
