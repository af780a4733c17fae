"""Load the read endpoints: 50 concurrent clients for 30 s against a local uvicorn server.

Run: .venv/bin/python benchmarks/api_load.py [--clients 50] [--seconds 30]
Prints throughput, p50/p99 latency and errors (goal: p99 <= 100 ms, 0 errors). The data directory holds the
example run (about 50 postings, matches, drafted applications); the rate limit is raised for the one key used.
The server runs in its own process. The load comes from ``wrk`` (C, apt-get install wrk) when it is installed, so
the figures measure the server rather than a Python client; otherwise from 50 httpx clients in this process.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from careerpilot.services import Services  # noqa: E402
from tests.support.api import prepared_settings  # noqa: E402
from tests.support.pipeline import example_inputs  # noqa: E402


async def _seed(settings) -> str:
    async with Services.open(settings) as services:
        run_id = None
        async for progress in services.runs.start(example_inputs()):
            run_id = progress.run_id
        assert run_id is not None
        return run_id


async def _client(
    base: str, key: str, paths: list[str], until: float, latencies: list[float], errors: list[str]
) -> None:
    async with httpx.AsyncClient(base_url=base, headers={"X-API-Key": key}, timeout=10) as client:
        i = 0
        while time.perf_counter() < until:
            path = paths[i % len(paths)]
            i += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                if response.status_code != 200:
                    errors.append(f"{path}: {response.status_code}")
            except httpx.HTTPError as exc:
                errors.append(f"{path}: {type(exc).__name__}")
            latencies.append(time.perf_counter() - started)


async def _load(base: str, key: str, paths: list[str], clients: int, seconds: float) -> tuple[list[float], list[str]]:
    latencies: list[float] = []
    errors: list[str] = []
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(base, key, paths, until, latencies, errors) for _ in range(clients)))
    return latencies, errors


WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%.1f %%.2f %%.2f %%.2f %%d %%d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def _wrk(url: str, key: str, paths: list[str], clients: int, seconds: float) -> None:
    """Load with wrk: one connection per client on 2 threads, rotating over the paths."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % ", ".join(f'"{p}"' for p in paths))
    command = ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "10s", "-H", f"X-API-Key: {key}"]
    done = subprocess.run([*command, "-s", script.name, url], capture_output=True, text=True, check=True)
    fields = next(line for line in done.stdout.splitlines() if line.startswith("RESULT")).split()[1:]
    requests, duration, p50, p99, worst, socket_errors, non_2xx = fields
    rate = int(requests) / float(duration)
    print(f"endpoints: {', '.join(p.split('?')[0] for p in paths)}")
    print(f"{clients} clients (wrk) x {float(duration):.0f} s: {requests} requests, {rate:.0f} req/s")
    print(f"latency p50 {float(p50):.1f} ms, p99 {float(p99):.1f} ms, max {float(worst):.1f} ms; "
          f"errors {int(socket_errors) + int(non_2xx)} ({socket_errors} socket, {non_2xx} non-2xx)")  # fmt: skip
    print(f"machine load average (1/5/15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


@contextlib.contextmanager
def _served(data_dir: Path) -> Iterator[str]:
    """Run 'careerpilot serve' in its own process (clients and server must not share a GIL)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "API_RATE_LIMIT_PER_MINUTE": "10000000"}
    command = [
        str(Path(sys.executable).with_name("careerpilot")),
        "serve",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
    ]
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)  # polling a starting server; a benchmark, not a test
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--only", default="", help="Comma-separated endpoint names to load, e.g. health,job.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings, key = prepared_settings(Path(tmp) / "data", api_rate_limit_per_minute=10_000_000)
        run_id = asyncio.run(_seed(settings))
        with _served(settings.data_path) as url:
            job_id = httpx.get(f"{url}/jobs?limit=1", headers={"X-API-Key": key}).json()["items"][0]["id"]
            named = {
                "health": "/health",
                "jobs": "/jobs?limit=20",
                "job": f"/jobs/{job_id}",
                "approvals": "/approvals",
                "applications": "/applications",
                "run": f"/runs/{run_id}",
            }
            paths = [named[n] for n in args.only.split(",")] if args.only else list(named.values())
            if shutil.which("wrk"):
                _wrk(url, key, paths, args.clients, args.seconds)
                return
            latencies, errors = asyncio.run(_load(url, key, paths, args.clients, args.seconds))
    ms = sorted(x * 1000 for x in latencies)
    p99 = ms[min(len(ms) - 1, int(len(ms) * 0.99))]
    print(f"endpoints: {', '.join(p.split('?')[0] for p in paths)}")
    print(f"{args.clients} clients x {args.seconds:.0f} s: {len(ms)} requests, {len(ms) / args.seconds:.0f} req/s")
    print(f"latency p50 {statistics.median(ms):.1f} ms, p99 {p99:.1f} ms, max {ms[-1]:.1f} ms; errors {len(errors)}")
    print(f"machine load average (1/5/15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if errors:
        print("first errors:", errors[:5])


if __name__ == "__main__":
    main()
