"""200 Greenhouse boards behind local servers with 100 ms added latency: total time vs the concurrency bound.

Boards are spread over 4 loopback hosts (127.0.0.1-127.0.0.4), each a replay server of the real Vercel payload
(tests/data/job_api_payloads). The polite client allows PER_HOST requests in flight per host, so the bound is
ceil(boards per host / PER_HOST) x latency. The servers record the most requests in flight per host; it must
never exceed PER_HOST. Goal: total <= 1.3 x bound. Run: .venv/bin/python benchmarks/discovery_concurrency.py
The servers send with TCP_NODELAY like real ones; with Nagle on, each response waited ~40 ms for a delayed ACK.
"""

from __future__ import annotations

import asyncio
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.tools.http import HttpPolicy, PoliteClient  # noqa: E402
from careerpilot.tools.sources.context import SourceContext  # noqa: E402
from careerpilot.tools.sources.greenhouse import GreenhouseSource  # noqa: E402
from careerpilot.tools.sources.normalize import normalize_all  # noqa: E402
from tests.support.board_server import BoardServer, payload  # noqa: E402

BOARDS = 200
HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3", "127.0.0.4")
PER_HOST = 4
LATENCY = 0.1


async def run(servers: list[BoardServer]) -> tuple[float, int, dict[str, int]]:
    policy = HttpPolicy(per_host_concurrency=PER_HOST, per_host_rate=1000.0, total_concurrency=64, timeout_s=10)
    async with PoliteClient(policy) as http:
        sources = []
        for n in range(BOARDS):
            server = servers[n % len(servers)]
            ctx = SourceContext(http=http, base_urls={"greenhouse": server.url})
            sources.append(GreenhouseSource(f"board{n}", ctx))
        start = time.perf_counter()
        results = await asyncio.gather(*(source.fetch() for source in sources))
        elapsed = time.perf_counter() - start
        client_max = {host: stats.max_in_flight for host, stats in http.stats().items()}
    postings, _ = normalize_all([raw for result in results for raw in result.postings])
    return elapsed, len(postings), client_max


def main() -> None:
    body = payload("greenhouse_vercel_jobs_content-true_2026_trimmed.json")
    servers = [BoardServer(host=host, latency=LATENCY).start() for host in HOSTS]
    try:
        for server in servers:
            for n in range(BOARDS):
                server.route(f"/v1/boards/board{n}/jobs", body)
        elapsed, postings, client_max = asyncio.run(run(servers))
    finally:
        for server in servers:
            server.stop()
    bound = math.ceil(BOARDS / len(HOSTS) / PER_HOST) * LATENCY
    server_max = {h: m for s in servers for h, m in s.max_in_flight.items()}
    print(f"{BOARDS} boards on {len(HOSTS)} hosts, {PER_HOST} per host in flight, {LATENCY * 1000:.0f} ms latency")
    print(f"postings normalized: {postings}")
    print(f"total {elapsed:.2f}s vs bound {bound:.2f}s -> {elapsed / bound:.2f}x (goal <= 1.3x)")
    print(f"max in flight per host seen by the servers: {server_max} (budget {PER_HOST})")
    print(f"max in flight per host seen by the client:  {client_max}")


if __name__ == "__main__":
    main()
