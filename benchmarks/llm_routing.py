"""Model routing: the failover timeline and the latency routing adds per call.

Run: .venv/bin/python benchmarks/llm_routing.py [--calls 300]
Two local OpenAI-wire servers (tests/support/openai_server.py on 127.0.0.1, no network) stand for profiles A and
B. Part 1 plays an outage of A (HTTP 500, then a closed port, then answers slower than A's timeout, then healthy)
and prints each call: who answered, how long it took, and whether A was skipped. Part 2 times the same call
through the plain ChatOpenAI client and through the routed model (breaker, usage ledger, metrics) on a healthy
server, interleaved so both see the same machine load, and prints the median and p90 of each and the difference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.config import Settings  # noqa: E402
from careerpilot.llm.circuit import CircuitBreaker, InProcessCircuits  # noqa: E402
from careerpilot.llm.router import Router, profile_model  # noqa: E402
from careerpilot.llm.routes import load_routing  # noqa: E402
from careerpilot.llm.usage import CallRecord, UsageLedger  # noqa: E402
from careerpilot.tracking.metrics import Metrics  # noqa: E402
from tests.support.openai_server import OpenAIServer, Reply  # noqa: E402

TIMEOUT_S = 0.5
COOLDOWN_S = 1.0


def settings(a: OpenAIServer, b: OpenAIServer, data: Path) -> Settings:
    profiles = {
        "a": {"base_url": a.base_url, "model": "model-a", "timeout_s": TIMEOUT_S, "max_retries": 0},
        "b": {"base_url": b.base_url, "model": "model-b", "timeout_s": 5, "max_retries": 0},
    }
    return Settings(
        _env_file=None,
        data_dir=data,
        llm_profiles=json.dumps(profiles),
        llm_routes=json.dumps({"planner": ["a", "b"]}),
        llm_circuit_cooldown_s=COOLDOWN_S,
    )


async def timeline(a: OpenAIServer, b: OpenAIServer, data: Path) -> None:
    config = settings(a, b, data)
    calls: list[CallRecord] = []
    breaker = CircuitBreaker(InProcessCircuits(), failures_to_open=1, cooldown_s=COOLDOWN_S)
    router = Router(load_routing(config), breaker, UsageLedger([calls.append]))
    model = router.model("planner")
    assert model is not None
    port = a.port
    await model.ainvoke("warm up")  # both clients' first call (connection, lazy set-up) before the clock starts
    await router.client(router.routing.profiles["b"]).ainvoke("warm up")
    calls.clear()
    skipped: list[str] = []
    origin = time.perf_counter()
    print(f"failover timeline (A timeout {TIMEOUT_S} s, cool-down {COOLDOWN_S} s, opens on 1 failure, no retries)")
    print(f"{'t (s)':>7}  {'phase':<22} {'answered':<9} {'call ms':>8}  A")

    async def call(phase: str) -> None:
        seen = len(calls)
        start = time.perf_counter()
        reply = await model.ainvoke("plan")
        took = (time.perf_counter() - start) * 1000
        tried_a = [c for c in calls[seen:] if c.profile == "a"]
        a_state = f"tried: {tried_a[0].error}" if tried_a and not tried_a[0].ok else ("ok" if tried_a else "skipped")
        if not tried_a:
            skipped.append(phase)
        print(f"{start - origin:7.2f}  {phase:<22} {str(reply.content):<9} {took:8.1f}  {a_state}")

    a.fail_status = 500
    await call("A answers 500")
    for _ in range(3):
        await call("cool-down")
    a.stop()
    await asyncio.sleep(COOLDOWN_S)
    await call("A port closed")
    await call("cool-down")
    slow = OpenAIServer(lambda request: Reply(content="from A"), port=port)
    slow.delay_s = TIMEOUT_S * 3
    with slow:
        await asyncio.sleep(COOLDOWN_S)
        await call("A slower than timeout")
        await call("cool-down")
        slow.delay_s = 0
        await asyncio.sleep(COOLDOWN_S)
        await call("A healthy again")
        await call("closed")
    print(f"calls that skipped A without waiting for it: {len(skipped)}")


async def overhead(server: OpenAIServer, data: Path, calls: int) -> None:
    config = Settings(
        _env_file=None,
        data_dir=data,
        llm_profiles=json.dumps({"p": {"base_url": server.base_url, "model": "m", "max_retries": 0}}),
        llm_routes=json.dumps({"planner": ["p"]}),
    )
    routing = load_routing(config)
    direct = profile_model(routing.profiles["p"])
    metrics = Metrics()
    routed = Router(routing, CircuitBreaker(), UsageLedger([metrics.on_llm_call])).model("planner")
    assert routed is not None
    for model in (direct, routed):  # warm both connections
        await model.ainvoke("hi")
    times: dict[str, list[float]] = {"direct": [], "routed": []}
    for _ in range(calls):
        for name, model in (("direct", direct), ("routed", routed)):
            start = time.perf_counter()
            await model.ainvoke("hi")
            times[name].append((time.perf_counter() - start) * 1000)
    print(f"\nrouting overhead, {calls} interleaved calls each against one local server (ms)")
    for name, values in times.items():
        values.sort()
        print(f"  {name:<7} median {statistics.median(values):6.2f}   p90 {values[int(len(values) * 0.9)]:6.2f}")
    extra = statistics.median(times["routed"]) - statistics.median(times["direct"])
    print(f"  routing adds {extra:+.2f} ms per call at the median")


async def main() -> None:
    logging.basicConfig(level=logging.ERROR)  # the router's warnings would interleave with the table
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        with (
            OpenAIServer(lambda request: Reply(content="from A")) as a,
            OpenAIServer(lambda request: Reply(content="from B")) as b,
        ):
            await timeline(a, b, Path(tmp))
        with OpenAIServer(lambda request: Reply(content="ok")) as server:
            await overhead(server, Path(tmp), args.calls)


if __name__ == "__main__":
    asyncio.run(main())
