"""``careerpilot doctor`` with model routes: each step's route, each profile checked once, no SDK imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.openai_server import OpenAIServer

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from typer.testing import CliRunner
from careerpilot.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "output": result.output, "modules": sorted(sys.modules)}))
"""
HEAVY = ("openai", "langchain_openai", "langchain_core", "langgraph", "chromadb")


def doctor(tmp_path: Path, **env: str) -> dict:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200", **env}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "doctor", "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=environment,
        cwd=tmp_path,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_doctor_shows_each_route_and_checks_each_profile_once(tmp_path):
    with OpenAIServer(models=["fast-1"]) as fast, OpenAIServer(models=["other"]) as strong:
        profiles = {
            "fast": {"base_url": fast.base_url, "model": "fast-1"},
            "strong": {"base_url": strong.base_url, "model": "strong-1", "api_key": "sk-secret-value"},
            "down": {"base_url": "http://127.0.0.1:1/v1", "model": "x"},
        }
        routes = {"default": ["fast"], "resume_writer": ["strong", "fast"], "cover_letter": ["strong", "down"]}
        probe = doctor(tmp_path, LLM_PROFILES=json.dumps(profiles), LLM_ROUTES=json.dumps(routes))

        assert fast.model_listings == 1 and strong.model_listings == 1  # once each, though several steps use them
    lines = probe["output"].splitlines()
    assert any("llm fast" in line and "fast-1" in line and "reachable, model listed" in line for line in lines)
    assert any("llm strong" in line and "reachable, model not listed" in line for line in lines)
    assert any(line.startswith("FAIL") and "llm down" in line and "unreachable" in line for line in lines)
    routes_shown = {line.split()[2]: " ".join(line.split()[3:]) for line in lines if line.split()[1:2] == ["route"]}
    assert routes_shown["planner"] == "fast -> rules"
    assert routes_shown["resume_writer"] == "strong -> fast -> rules"
    assert routes_shown["cover_letter"] == "strong -> down -> rules"
    assert routes_shown["research_search"] == "rules (no model)"
    assert len(routes_shown) == 10
    assert "sk-secret-value" not in probe["output"]
    assert [m for m in HEAVY if m in probe["modules"]] == []
    assert probe["exit"] in (0, 1)  # chromium may be missing where this runs; the LLM lines are optional items


def test_doctor_names_a_route_to_an_unknown_profile_in_one_line(tmp_path):
    probe = doctor(tmp_path, LLM_PROFILES='{"a": {"model": "m"}}', LLM_ROUTES='{"planner": ["b"]}')

    line = next(line for line in probe["output"].splitlines() if " llm " in f" {line} ")
    assert "LLM_ROUTES: planner names unknown profile(s) b; profiles: a" in line
    assert probe["exit"] == 1


def test_doctor_checks_the_embeddings_endpoint(tmp_path):
    with OpenAIServer(embedding_dims={"emb-a": 24}) as endpoint:
        probe = doctor(tmp_path, EMBEDDING_BASE_URL=endpoint.base_url, EMBEDDING_MODEL="emb-a")

        assert [r["model"] for r in endpoint.embedding_requests] == ["emb-a"]
    line = next(line for line in probe["output"].splitlines() if " embeddings " in line)
    assert line.startswith("ok") and f"emb-a at {endpoint.base_url} (24 dimensions)" in line
