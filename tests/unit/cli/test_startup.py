"""``careerpilot --help`` answers without loading a model runtime, a vector database or an SDK."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("torch", "sentence_transformers", "chromadb", "openai", "langchain_openai", "langgraph", "scipy")
PROBE = """
import json, sys
from typer.testing import CliRunner
from careerpilot.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "output": result.output, "modules": sorted(sys.modules)}))
"""


def run_cli(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_help_lists_every_area_without_importing_heavy_packages():
    probe = run_cli("--help")

    assert probe["exit"] == 0
    for command in ("run", "review", "search", "track", "schedule", "serve", "mcp", "doctor", "keys", "docs"):
        assert f" {command} " in probe["output"]
    assert [m for m in HEAVY if m in probe["modules"]] == []
    assert "careerpilot.services" not in probe["modules"]


def test_a_sub_command_help_stays_light_too():
    probe = run_cli("schedule", "add", "--help")

    assert probe["exit"] == 0 and "--autonomous" in probe["output"] and "--data-dir" in probe["output"]
    assert [m for m in HEAVY if m in probe["modules"]] == []


def test_every_command_that_touches_data_takes_data_dir():
    from typer.main import get_command

    from careerpilot.cli import app

    def leaves(group, path=()):
        for name, cmd in getattr(group, "commands", {}).items():
            if getattr(cmd, "commands", None):
                yield from leaves(cmd, (*path, name))
            else:
                yield (*path, name), cmd

    without = [" ".join(p) for p, cmd in leaves(get_command(app)) if "data_dir" not in {x.name for x in cmd.params}]
    assert without == []
