"""Autonomy figures: Redis memory per 10,000 postings seen, lock contention, runs/hour with N workers.

Needs Redis on 127.0.0.1:6379 (uses an empty DB among 8-15 and cleans up). Usage:
    .venv/bin/python benchmarks/autonomy.py [--workers 1 2] [--runs 4]
Runs use the example profile/resume/filters on two example boards (greenhouse_vercel + ashby_linear).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from careerpilot.autonomy.scheduler import firing_run_id  # noqa: E402
from careerpilot.config import Settings  # noqa: E402
from careerpilot.domain.schedules import AutonomousPolicy, SearchSpec  # noqa: E402
from careerpilot.memory.redis import RedisMemory  # noqa: E402
from careerpilot.memory.schedules import ScheduleStore  # noqa: E402
from careerpilot.memory.sql import Store  # noqa: E402

MAIN = "redis://127.0.0.1:6379"
EXAMPLES = ROOT / "examples"


def empty_db() -> str:
    for db in range(8, 16):
        if redis.Redis.from_url(f"{MAIN}/{db}").dbsize() == 0:
            return f"{MAIN}/{db}"
    raise SystemExit("no empty Redis DB among 8-15")


def seen_memory(url: str) -> None:
    kv = RedisMemory(url, prefix=f"bench:{uuid.uuid4().hex[:6]}:")
    ids = [uuid.uuid4().hex[:16] for _ in range(10_000)]
    start = time.perf_counter()
    for i in range(0, len(ids), 500):
        kv.add_seen("search:bench", ids[i : i + 500])
    elapsed = time.perf_counter() - start
    used = kv.memory_bytes("seen:search:bench")
    print(f"seen postings: 10,000 ids (16 hex) in one set = {used / 1024:.0f} KiB of Redis; added in {elapsed:.2f} s")
    kv.clear()


def _contend(url: str, prefix: str, results: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    kv = RedisMemory(url, prefix=prefix)
    locks = 0
    start = time.perf_counter()
    for _ in range(200):
        with kv.locked("caps", ttl_s=5, wait_s=30):
            locks += 1
    results.put((locks, time.perf_counter() - start))


def contention(url: str, processes: int = 4) -> None:
    prefix = f"bench:{uuid.uuid4().hex[:6]}:"
    results: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    procs = [multiprocessing.Process(target=_contend, args=(url, prefix, results)) for _ in range(processes)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join()
    wall = time.perf_counter() - start
    locks = sum(n for n, _ in out)
    print(
        f"lock contention: {locks} critical sections over {processes} processes in {wall:.2f} s ({locks / wall:.0f}/s)"
    )
    RedisMemory(url, prefix=prefix).clear()


def runs_per_hour(url: str, workers: int, runs: int) -> None:
    data = Path(tempfile.mkdtemp(prefix="cp-bench-"))
    postings = data / "postings"
    postings.mkdir()
    for name in ("greenhouse_vercel_jobs.json", "ashby_linear_jobs.json"):
        shutil.copy(EXAMPLES / "postings" / name, postings / name)
    settings = Settings(_env_file=None, data_dir=data / "data", redis_url=url)
    store = Store.open(settings.sql_url)
    spec = SearchSpec(
        profile=EXAMPLES / "profile.yaml", resume=EXAMPLES / "resume.json", sources=[str(postings)],
        filters=EXAMPLES / "job_filters.yaml",
    )  # fmt: skip
    schedules = ScheduleStore(store)
    env = {**os.environ, "CAREERPILOT_DATA_DIR": str(settings.data_path), "REDIS_URL": url}
    env["BROWSER_ALLOWED_HOSTS"] = "127.0.0.1"
    procs = [
        subprocess.Popen([str(ROOT / ".venv/bin/careerpilot"), "worker", "--pool=solo"], env=env)
        for _ in range(workers)
    ]
    from careerpilot.worker import create_app

    celery = create_app(settings)
    due = datetime(2026, 1, 1, 2, 0, tzinfo=UTC)
    ids = []
    start = time.perf_counter()
    for n in range(runs):
        search = schedules.add(f"bench-{n}", spec, "0 2 * * *", "UTC", AutonomousPolicy())
        celery.send_task("careerpilot.run_search", args=[search.id, (due + timedelta(minutes=n)).isoformat()])
        ids.append(firing_run_id(search.id, due + timedelta(minutes=n)))
    done: set[str] = set()
    while len(done) < runs and time.perf_counter() - start < 1800:
        for run_id in ids:
            try:
                if store.get_run(run_id).status.value != "running":
                    done.add(run_id)
            except Exception:  # noqa: BLE001 - not created yet
                pass
        time.sleep(0.5)
    wall = time.perf_counter() - start
    for p in procs:
        p.terminate()
        p.wait(timeout=30)
    print(
        f"runs/hour: {workers} worker(s), {runs} runs in {wall:.1f} s (incl. worker start) = {runs * 3600 / wall:.0f}/h"
    )
    redis.Redis.from_url(url).flushdb()
    shutil.rmtree(data, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    url = empty_db()
    try:
        seen_memory(url)
        contention(url)
        for n in args.workers:
            runs_per_hour(url, n, args.runs)
    finally:
        redis.Redis.from_url(url).flushdb()


if __name__ == "__main__":
    main()
