"""LangGraph Server (what Studio talks to) runs the CareerPilot graph from langgraph.json to the review interrupt.

``langgraph dev`` (langgraph-cli[inmem], the studio extra) is started as a user would, on a loopback port, over a
data directory holding the example profile and resume. A thread run with ``{"goal", "sources"}`` goes through
planner, researcher, matcher and resume_writer and stops at the review interrupt with the drafts to approve; the
schemas Studio draws its forms from load on this Python; resumed with decisions, the run records Studio as the
approver whatever the payload says. The time from starting the server to the interrupt is printed (-s shows it).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from careerpilot.config import Settings
from careerpilot.memory.sql import Store
from tests.support.api import EXAMPLES, prepared_settings

pytest.importorskip("langgraph_api", reason="needs the studio extra: pip install -e '.[studio]'")
pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _langgraph() -> str:
    found = shutil.which("langgraph", path=str(Path(sys.executable).parent)) or shutil.which("langgraph")
    if found is None:
        pytest.skip("the langgraph CLI is not installed (the studio extra)")
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, float, Path]]:
    """Start ``langgraph dev`` on a free loopback port; yield its URL and the moment it was started."""
    prepared_settings(tmp_path / "data")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "OPENAI_", "LANGSMITH_", "LANGCHAIN_"))}
    env.update(
        CAREERPILOT_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
        LANGSMITH_TRACING="false",
    )
    command = [_langgraph(), "dev", "--config", str(ROOT / "langgraph.json"), "--port", str(port)]
    command += ["--host", "127.0.0.1", "--no-browser", "--no-reload", "--allow-blocking"]
    log = (tmp_path / "server.log").open("wb")
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = started + 120
        while True:
            if process.poll() is not None:
                pytest.fail(f"langgraph dev exited: {(tmp_path / 'server.log').read_text()[-3000:]}")
            try:
                if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("langgraph dev did not answer /ok within 120 s")
            time.sleep(0.2)
        yield url, started, tmp_path / "data"
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_studio_runs_the_example_to_the_review_interrupt(server: tuple[str, float, Path]) -> None:
    url, started, data_dir = server
    with httpx.Client(base_url=url, timeout=300) as client:
        assistant = client.post("/assistants/search", json={"graph_id": "careerpilot"}).json()[0]
        schemas = client.get(f"/assistants/{assistant['assistant_id']}/schemas").json()
        assert set(schemas["input_schema"]["properties"]) == {"run_id", "goal", "sources"}
        assert "run_id" in schemas["state_schema"]["properties"]  # the state schema loads on this Python

        thread = client.post("/threads", json={}).json()["thread_id"]
        request = {"goal": "backend roles", "sources": [str(EXAMPLES / "postings")]}
        final = client.post(
            f"/threads/{thread}/runs/wait", json={"assistant_id": "careerpilot", "input": request}
        ).json()
        interrupted = time.monotonic()
        assert "__error__" not in final, final
        assert final["shortlist"] and final["pending"]

        state = client.get(f"/threads/{thread}/state").json()
        assert state["next"] == ["review"]
        (waiting,) = [task for task in state["tasks"] if task["interrupts"]]
        question = waiting["interrupts"][0]["value"]
        assert question["run_id"] == final["run_id"]
        assert sorted(p["application_id"] for p in question["pending"]) == sorted(final["pending"])
        assert all(p["job"]["title"] for p in question["pending"])

        # Resumed from Studio with decisions: the approver is Studio, whatever the payload claims.
        forged = {"channel": "cli", "name": "someone else"}
        decisions = [{"application_id": a, "action": "reject", "approver": forged} for a in final["pending"]]
        done = client.post(
            f"/threads/{thread}/runs/wait",
            json={"assistant_id": "careerpilot", "command": {"resume": decisions}},
        ).json()
        assert "__error__" not in done, done
        assert client.get(f"/threads/{thread}/state").json()["next"] == []
    print(f"\nlanggraph dev start -> review interrupt: {interrupted - started:.1f} s")
    store = Store.open(Settings(_env_file=None, data_dir=data_dir).sql_url)
    try:
        for application_id in final["pending"]:
            last = store.get_application(application_id).history[-1]
            assert (last.status.value, last.by) == ("dismissed", "studio:LangGraph Studio")
    finally:
        store.close()


def test_a_bad_source_fails_the_run_with_its_name(server: tuple[str, float, Path]) -> None:
    url, _, _ = server
    with httpx.Client(base_url=url, timeout=120) as client:
        thread = client.post("/threads", json={}).json()["thread_id"]
        missing = str(EXAMPLES / "no-such-folder")
        final = client.post(
            f"/threads/{thread}/runs/wait",
            json={"assistant_id": "careerpilot", "input": {"sources": [missing]}},
        ).json()
        state = client.get(f"/threads/{thread}/state").json()
    assert final["__error__"]["error"] == "InputError"  # refused by intake, before the planner
    (failed,) = [task for task in state["tasks"] if task["error"]]
    assert failed["name"] == "intake" and "no-such-folder" in failed["error"]
