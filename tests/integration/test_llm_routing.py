"""Routes, failover and usage through the real ChatOpenAI client against two local OpenAI-wire servers.

Profile A and profile B are two ``OpenAIServer`` instances on loopback; the assertions read which server saw
which request, so nothing here trusts the router's own account of where a call went.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerpilot.config import Settings
from careerpilot.llm.circuit import open_breaker
from careerpilot.llm.router import NoModelAvailable, Router
from careerpilot.llm.routes import load_routing
from careerpilot.llm.usage import CallRecord, UsageLedger
from careerpilot.runs.summaries import RunSummary
from careerpilot.services import Services
from tests.support.openai_server import OpenAIServer, Reply, ToolCall
from tests.support.pipeline import drain, example_inputs
from tests.support.redis_server import MAIN_URL, unique_prefix

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 0.6  # profile A's timeout: the slow phase waits longer than this
COOLDOWN_S = 1.0
# a slow A answers after 3 s; a call bounded by A's timeout takes ~0.6 s, so it must end within 1.8 s: 3x room
# for a loaded machine, and still short of the 3 s it would take were A's slow answer awaited
SLOW_S = TIMEOUT_S * 5
WAITED_S = TIMEOUT_S * 3


@pytest.fixture
def server_a() -> Iterator[OpenAIServer]:
    with OpenAIServer(lambda request: Reply(content="from A", prompt_tokens=11, completion_tokens=3)) as server:
        yield server


@pytest.fixture
def server_b() -> Iterator[OpenAIServer]:
    with OpenAIServer(lambda request: Reply(content="from B", prompt_tokens=17, completion_tokens=29)) as server:
        yield server


def profiles(a_url: str, b_url: str) -> str:
    return json.dumps(
        {
            "a": {"base_url": a_url, "model": "model-a", "timeout_s": TIMEOUT_S, "max_retries": 0, "api_key": "ka"},
            "b": {
                "base_url": b_url,
                "model": "model-b",
                "timeout_s": 5,
                "max_retries": 0,
                "input_price": 2.0,
                "output_price": 8.0,
            },
        }
    )


def routed_settings(tmp_path: Path, a: OpenAIServer, b: OpenAIServer, routes: dict, **extra: object) -> Settings:
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        llm_profiles=profiles(a.base_url, b.base_url),
        llm_routes=json.dumps(routes),
        llm_circuit_cooldown_s=COOLDOWN_S,
        llm_circuit_failures=1,  # one failure opens the circuit (the default waits for 3 in a row)
        **extra,  # type: ignore[arg-type]
    )


def router_for(settings: Settings) -> tuple[Router, list[CallRecord]]:
    calls: list[CallRecord] = []
    breaker = open_breaker(
        settings.redis_url, settings.redis_prefix, settings.llm_circuit_failures, settings.llm_circuit_cooldown_s
    )
    return Router(load_routing(settings), breaker, UsageLedger([calls.append])), calls


# -- routes ------------------------------------------------------------------------------------------------------


async def test_a_run_uses_profile_a_for_the_planner_and_b_for_the_writer(tmp_path, embedder, server_a, server_b):
    plan = {"roles": ["Full Stack Engineer"], "keywords": ["Python"], "locations": [], "remote_ok": True}

    def planner(request: dict) -> Reply:
        name = request["tools"][0]["function"]["name"]
        arguments = plan if name == "PlanDraft" else {}
        return Reply(tool_calls=[ToolCall(name=name, arguments=arguments)], prompt_tokens=11, completion_tokens=3)

    server_a.responder = planner
    routes = {"planner": ["a"], "resume_writer": ["b"], "cover_letter": ["b"], "default": []}
    settings = routed_settings(tmp_path, server_a, server_b, routes)
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)
        metrics = services.metrics.render().decode()

    # A saw exactly the planner's one function call; B saw only the writer's streamed requests, and each its model
    assert [r["tool_choice"]["function"]["name"] for r in server_a.requests] == ["PlanDraft"]
    assert {r["model"] for r in server_a.requests} == {"model-a"}
    assert server_b.requests and all(r.get("stream") for r in server_b.requests)
    assert {r["model"] for r in server_b.requests} == {"model-b"}
    assert outcome.written_by["planner"] == "llm"
    # usage in the run record matches what the servers reported, request by request
    usage = {(u.step, u.profile): u for u in outcome.llm_usage}
    assert set(usage) <= {("planner", "a"), ("resume_writer", "b"), ("cover_letter", "b")}
    assert usage["planner", "a"].calls == 1
    assert (usage["planner", "a"].tokens_in, usage["planner", "a"].tokens_out) == (11, 3)
    writer_calls = sum(u.calls for (step, profile), u in usage.items() if profile == "b")
    assert writer_calls == len(server_b.requests)
    assert sum(u.tokens_in for u in usage.values() if u.profile == "b") == 17 * len(server_b.requests)
    assert sum(u.tokens_out for u in usage.values() if u.profile == "b") == 29 * len(server_b.requests)
    cost = sum(u.cost or 0 for u in usage.values())
    assert cost == pytest.approx(len(server_b.requests) * (17 * 2.0 + 29 * 8.0) / 1e6)
    assert usage["planner", "a"].cost is None  # A has no prices
    assert outcome.run.summary["llm_usage"]  # stored with the run record, not only computed
    assert RunSummary.of(outcome).llm_usage == outcome.llm_usage  # what the API and MCP return
    assert 'careerpilot_llm_step_tokens_total{kind="in",profile="a",step="planner"} 11.0' in metrics
    assert 'careerpilot_llm_calls_total{outcome="ok",profile="a",step="planner"} 1.0' in metrics


async def test_a_step_without_a_route_uses_its_rules_and_calls_no_server(tmp_path, embedder, server_a, server_b):
    routes = {"default": []}
    settings = routed_settings(tmp_path, server_a, server_b, routes)
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)

    assert outcome.written_by["planner"] == "rules"
    assert server_a.requests == [] and server_b.requests == []
    assert outcome.llm_usage == []


async def test_a_profile_sends_its_model_key_temperature_and_token_cap(tmp_path, server_a, server_b, monkeypatch):
    monkeypatch.setenv("B_KEY", "sk-b-from-env")
    profiles = {
        "a": {"base_url": server_a.base_url, "model": "model-a", "api_key": "ka", "temperature": 0.7},
        "b": {"base_url": server_b.base_url, "model": "model-b", "api_key_env": "B_KEY", "max_tokens": 321},
    }
    settings = Settings(
        _env_file=None,
        data_dir=tmp_path,
        llm_profiles=json.dumps(profiles),
        llm_routes=json.dumps({"planner": ["a"], "chat": ["b"]}),
    )
    router, _calls = router_for(settings)
    planner, chat = router.model("planner"), router.model("chat")
    assert planner is not None and chat is not None

    await planner.ainvoke("plan")
    await chat.ainvoke("hello")

    assert (server_a.requests[0]["model"], server_a.requests[0]["temperature"]) == ("model-a", 0.7)
    assert server_a.headers[0]["authorization"] == "Bearer ka"
    assert (server_b.requests[0]["model"], server_b.requests[0]["max_completion_tokens"]) == ("model-b", 321)
    assert server_b.headers[0]["authorization"] == "Bearer sk-b-from-env"


def test_the_cli_run_prints_usage_per_step_and_profile(tmp_path, server_a, server_b, monkeypatch):
    from typer.testing import CliRunner

    from careerpilot.cli import app, console

    monkeypatch.setattr(console.out, "width", 300)
    plan = {"roles": ["Full Stack Engineer"], "keywords": [], "locations": [], "remote_ok": True}
    server_a.responder = lambda r: Reply(
        tool_calls=[ToolCall("PlanDraft", plan)], prompt_tokens=11, completion_tokens=3
    )
    examples = ROOT / "examples"
    env = {
        "LLM_PROFILES": profiles(server_a.base_url, server_b.base_url),
        "LLM_ROUTES": json.dumps({"planner": ["a"], "default": []}),
    }
    args = ["run", "--profile", examples / "profile.yaml", "--resume", examples / "resume.json"]
    args += ["--source", examples / "postings", "--data-dir", tmp_path / "data"]

    ran = CliRunner().invoke(app, [str(a) for a in args], env=env)

    assert ran.exit_code == 0, ran.output
    assert "model usage: planner on a (model-a): 1 call(s), 11 in / 3 out tokens" in ran.output
    assert "model usage: total: 11 in / 3 out tokens" in ran.output
    assert len(server_a.requests) == 1 and server_b.requests == []


# -- failover ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", ["500", "429", "refused", "slow"])
async def test_each_kind_of_failure_falls_over_to_b_within_the_timeout(tmp_path, server_a, server_b, failure):
    if failure in ("500", "429"):
        server_a.fail_status = int(failure)
    elif failure == "slow":
        server_a.delay_s = SLOW_S
    else:
        server_a.stop()  # its port is closed now: connection refused
    settings = routed_settings(tmp_path, server_a, server_b, {"planner": ["a", "b"]})
    router, calls = router_for(settings)
    model = router.model("planner")
    assert model is not None

    start = time.perf_counter()
    reply = await model.ainvoke("plan my search")
    elapsed = time.perf_counter() - start

    assert reply.content == "from B"
    assert elapsed < WAITED_S  # A's one try (bounded by its timeout), then B; not A's slow answer
    assert [(c.profile, c.ok) for c in calls] == [("a", False), ("b", True)]
    assert (
        calls[0].error
        == {"500": "HTTP 500", "429": "HTTP 429", "refused": "connection failed", "slow": "timed out"}[failure]
    )
    assert router.breaker.admit("a", lease_s=1) is None  # open: the next calls skip A


async def test_a_streamed_call_with_tools_falls_over_before_its_first_chunk(tmp_path, server_a, server_b):
    from langchain_core.tools import tool

    @tool
    def search_jobs(query: str) -> str:
        """Search the stored jobs."""
        return query

    server_a.fail_status = 502
    server_b.responder = lambda r: Reply(tool_calls=[ToolCall("search_jobs", {"query": "python"})], prompt_tokens=7)
    settings = routed_settings(tmp_path, server_a, server_b, {"chat": ["a", "b"]})
    router, calls = router_for(settings)
    model = router.model("chat")
    assert model is not None

    chunks = [chunk async for chunk in model.bind_tools([search_jobs]).astream("find python jobs")]
    message = chunks[0]
    for chunk in chunks[1:]:
        message += chunk

    assert message.tool_calls[0]["name"] == "search_jobs" and message.tool_calls[0]["args"] == {"query": "python"}
    assert server_a.requests[0]["stream"] and server_b.requests[0]["stream"]
    assert server_b.requests[0]["tools"][0]["function"]["name"] == "search_jobs"
    assert [(c.profile, c.ok, c.tokens_in, c.tokens_out) for c in calls] == [("a", False, 0, 0), ("b", True, 7, 5)]


async def test_failover_timeline_open_skip_probe_reopen_close(tmp_path, server_a, server_b):
    """A: 500, then a closed port, then too slow, then healthy; each phase after a cool-down is one probe."""
    server_a.fail_status = 500
    settings = routed_settings(tmp_path, server_a, server_b, {"planner": ["a", "b"]})
    router, calls = router_for(settings)
    model = router.model("planner")
    assert model is not None
    port = int(server_a.url.rsplit(":", 1)[1])
    timeline: list[tuple[str, float]] = []

    async def call(label: str) -> str:
        start = time.perf_counter()
        reply = await model.ainvoke("plan")
        timeline.append((label, time.perf_counter() - start))
        return str(reply.content)

    # 1. A answers 500: the call switches to B and the circuit opens
    assert await call("A 500 -> B") == "from B"
    assert len(server_a.requests) == 1
    # 2. during the cool-down A is skipped: no request reaches it
    for _ in range(3):
        assert await call("skip A") == "from B"
    assert len(server_a.requests) == 1
    skipped = [c for c in calls if c.profile == "a"]
    assert len(skipped) == 1  # one failed call recorded for A; the skips cost no call
    # 3. after the cool-down one probe goes to A, whose port is now closed: refused, re-opened, B answers
    server_a.stop()
    await asyncio.sleep(COOLDOWN_S + 0.05)
    assert await call("probe: refused -> B") == "from B"
    assert [c.error for c in calls if c.profile == "a"] == ["HTTP 500", "connection failed"]
    assert await call("skip A") == "from B"
    # 4. A is back on the same port but slower than its timeout: the probe times out, B answers
    slow = OpenAIServer(lambda r: Reply(content="from A"), port=port)
    slow.delay_s = SLOW_S
    with slow:
        await asyncio.sleep(COOLDOWN_S + 0.05)
        assert await call("probe: slow -> B") == "from B"
        assert len(slow.requests) == 1
        assert timeline[-1][1] < WAITED_S
        # 5. A is healthy again: after the cool-down the probe succeeds and closes the circuit
        slow.delay_s = 0
        await asyncio.sleep(COOLDOWN_S + 0.05)
        assert await call("probe: ok -> A") == "from A"
        assert await call("closed -> A") == "from A"
        assert len(slow.requests) == 3
    assert [c.error for c in calls if not c.ok] == ["HTTP 500", "connection failed", "timed out"]
    print("\nfailover timeline:", "; ".join(f"{label} {seconds * 1000:.0f} ms" for label, seconds in timeline))


async def test_after_the_cool_down_only_one_concurrent_call_probes(tmp_path, server_a, server_b):
    server_a.fail_status = 500
    settings = routed_settings(tmp_path, server_a, server_b, {"planner": ["a", "b"]})
    router, _calls = router_for(settings)
    model = router.model("planner")
    assert model is not None
    assert (await model.ainvoke("x")).content == "from B"
    server_a.fail_status, server_a.delay_s = None, 0.3  # healthy but slow enough that the calls overlap
    await asyncio.sleep(COOLDOWN_S + 0.05)

    replies = await asyncio.gather(*(model.ainvoke(f"call {i}") for i in range(4)))

    assert sorted(str(r.content) for r in replies) == ["from A", "from B", "from B", "from B"]
    assert len(server_a.requests) == 2  # the 500 and the one probe


async def test_every_profile_down_raises_an_llm_error_and_the_run_notes_it(tmp_path, embedder, server_a, server_b):
    server_a.fail_status = server_b.fail_status = 503
    settings = routed_settings(tmp_path, server_a, server_b, {"planner": ["a", "b"], "default": []})
    settings = settings.model_copy(update={"llm_circuit_cooldown_s": 60.0})  # still open after the run
    async with Services.open(settings, embedder) as services:
        model = services.router.model("planner")
        assert model is not None
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)
        with pytest.raises(NoModelAvailable, match="a is skipped"):
            await model.ainvoke("again")  # both circuits are open now: nothing is called

    assert outcome.written_by["planner"] == "rules"  # the deterministic fallback, labelled
    assert any(n.startswith("planner: no model answered (a failed (HTTP 503") for n in outcome.notes)
    assert len(server_a.requests) == 1 and len(server_b.requests) == 1


async def test_the_run_notes_the_fallback(tmp_path, embedder, server_a, server_b):
    plan = {"roles": ["Full Stack Engineer"], "keywords": [], "locations": [], "remote_ok": True}
    server_a.fail_status = 500
    server_b.responder = lambda r: Reply(tool_calls=[ToolCall(name="PlanDraft", arguments=plan)])
    settings = routed_settings(tmp_path, server_a, server_b, {"planner": ["a", "b"], "default": []})
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        outcome = services.runs.outcome(run_id)

    assert outcome.written_by["planner"] == "llm"
    assert "planner: used b because a failed (HTTP 500, circuit opened)" in outcome.notes
    assert {(u.profile, u.calls, u.failures) for u in outcome.llm_usage} == {("a", 1, 1), ("b", 1, 0)}


async def test_a_fallback_models_rerank_and_refinement_are_labelled_with_its_name(
    tmp_path, embedder, server_a, server_b
):
    import re

    def model_b(request: dict) -> Reply:
        name = request["tools"][0]["function"]["name"]
        if name == "RerankAnswer":
            sent = re.findall(r'<job id="([^"]+)">', request["messages"][-1]["content"])
            return Reply(
                tool_calls=[ToolCall(name, {"jobs": [{"job_id": i, "fit": 80, "reason": "ok"} for i in sent]})]
            )
        return Reply(tool_calls=[ToolCall(name, {"requirements": []})])

    server_a.fail_status = 500
    server_b.responder = model_b
    routes = {"rerank": ["a", "b"], "requirements": ["a", "b"], "default": []}
    settings = routed_settings(tmp_path, server_a, server_b, routes, match_rerank_top_k=3, match_llm_refine_top_k=2)
    settings = settings.model_copy(update={"llm_circuit_cooldown_s": 60.0})
    async with Services.open(settings, embedder) as services:
        run_id = (await drain(services.runs.start(example_inputs())))[0].run_id
        matches = [m for m, _ in services.store.matches_for_run(run_id)]

    reranked = [m for m in matches if m.reranked_by]
    assert reranked and {m.reranked_by for m in reranked} == {"model-b"}  # B answered: not A's name
    assert all(m.model_note is None or m.model_note.model == "model-b" for m in reranked)
    refined = [r for m in matches for r in m.reasons if r.startswith("requirements refined by LLM")]
    assert refined and all("(model-b)" in r for r in refined)
    # the two refinements run at once, so both may reach A before its circuit opens; every later call skips A
    assert 1 <= len(server_a.requests) <= 2


# -- shared through Redis ----------------------------------------------------------------------------------------

CHILD = """
import json, sys
from careerpilot.config import Settings
from careerpilot.llm.router import step_model
model = step_model(Settings(_env_file=None), "planner")
print(json.dumps({"admit_a": model.breaker.admit("a", 1), "reply": model.invoke("plan").content}))
"""


def test_with_redis_a_second_process_sees_the_open_circuit(tmp_path, server_a, server_b):
    server_a.fail_status = 500
    prefix = unique_prefix()
    settings = routed_settings(
        tmp_path, server_a, server_b, {"planner": ["a", "b"]}, redis_url=MAIN_URL, redis_prefix=prefix
    )
    settings = settings.model_copy(update={"llm_circuit_cooldown_s": 60.0})
    router, _calls = router_for(settings)
    model = router.model("planner")
    assert model is not None
    assert model.invoke("plan").content == "from B"  # A failed here: its circuit opens, in Redis
    assert len(server_a.requests) == 1

    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "REDIS_URL": MAIN_URL,
        "REDIS_PREFIX": prefix,
        "LLM_PROFILES": settings.llm_profiles or "",
        "LLM_ROUTES": json.dumps({"planner": ["a", "b"]}),
        "LLM_CIRCUIT_COOLDOWN_S": "60",
        "LLM_CIRCUIT_FAILURES": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    child = json.loads(done.stdout.strip().splitlines()[-1])

    assert child == {"admit_a": None, "reply": "from B"}
    assert len(server_a.requests) == 1  # the other process never called A
    assert len(server_b.requests) == 2
    router.breaker.store.clear("a")


# -- the run record ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("database", ["sqlite", "postgres"])
def test_usage_is_merged_into_the_run_record_and_leaves_its_status_alone(tmp_path, request, database):
    from careerpilot.domain.runs import RunStatus
    from careerpilot.llm.usage import StepUsage, current_run
    from careerpilot.memory.sql import Store
    from careerpilot.runs.service import RunService

    url = request.getfixturevalue("postgres_url") if database == "postgres" else f"sqlite:///{tmp_path}/db.sqlite"
    store = Store.open(url)
    try:
        run = store.create_run("goal", {"sources": []})
        store.update_run(run.id, RunStatus.CANCELLED, summary={"notes": ["cancelled by you"]})
        ledger = UsageLedger()
        service = RunService(store, None, None, None, None, usage=ledger)  # type: ignore[arg-type]
        for stretch in range(2):  # a run resumed once: both stretches add up
            token = current_run.set(run.id)
            ledger.record(
                CallRecord(step="planner", profile="a", model="m", ok=True, seconds=0.5, tokens_in=10, tokens_out=2)
            )
            ledger.note(f"planner: used a because b failed (stretch {stretch})")
            current_run.reset(token)
            service._record_usage(run.id)
        stored = store.get_run(run.id)
    finally:
        store.close()

    assert stored.status is RunStatus.CANCELLED
    assert [StepUsage.model_validate(u) for u in stored.summary["llm_usage"]] == [
        StepUsage(step="planner", profile="a", model="m", calls=2, tokens_in=20, tokens_out=4, seconds=1.0)
    ]
    assert stored.summary["notes"] == [
        "cancelled by you",
        "planner: used a because b failed (stretch 0)",
        "planner: used a because b failed (stretch 1)",
    ]


def test_two_runs_under_two_event_loops_each_reach_the_model_and_close_their_connections(
    tmp_path, embedder, server_a, server_b
):
    """The CLI and the worker open the services once per ``asyncio.run``: each opening owns its connections."""
    settings = routed_settings(tmp_path, server_a, server_b, {"default": ["a"]})
    clients = []

    async def one_run() -> str:
        async with Services.open(settings, embedder) as services:
            model = services.router.model("planner")
            assert model is not None
            answer = str((await model.ainvoke("plan a search")).content)
            clients.append(services.router.client(model.candidates[0][0]).http_async_client)  # type: ignore[attr-defined]
        return answer

    assert asyncio.run(one_run()) == "from A"
    assert asyncio.run(one_run()) == "from A"
    assert len(server_a.requests) == 2
    assert clients[0] is not clients[1] and all(client.is_closed for client in clients)
