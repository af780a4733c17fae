"""The MCP server through real client sessions: in-process, stdio (spawned ``careerpilot mcp``) and the MCP
Inspector CLI (Node 20, npx from the npm registry)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from mcp import Client

from careerpilot.mcp_server.server import create_server
from careerpilot.services import Services
from tests.support.api import prepared_settings
from tests.support.mcp_workflow import ROOT, SERVER, TOOLS, Person, exercise, stdio_server

pytestmark = pytest.mark.slow


async def test_every_tool_resource_and_prompt_works_in_process(tmp_path, embedder):
    settings, _ = prepared_settings(tmp_path / "data")
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server, elicitation_callback=Person()) as client:
        done = await exercise(client)
    assert done["run_id"]


async def test_unapproved_application_cannot_be_applied_to(tmp_path, embedder):
    settings, _ = prepared_settings(tmp_path / "data")
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server) as client:
        result = await client.call_tool("apply_to_application", {"application_id": "missing"})
        assert result.is_error and "no application with id missing" in result.content[0].text


async def test_a_stdio_session_with_careerpilot_mcp_calls_every_tool(tmp_path):
    settings, _ = prepared_settings(tmp_path / "data")
    params = stdio_server(settings.data_path, tmp_path)
    async with Client(params, read_timeout_seconds=120, elicitation_callback=Person()) as client:
        await exercise(client, reads_files=True)


@pytest.mark.skipif(shutil.which("npx") is None, reason="Node's npx is not installed")
def test_mcp_inspector_cli_lists_the_tools(tmp_path):
    settings, _ = prepared_settings(tmp_path / "data")
    command = ["npx", "-y", "@modelcontextprotocol/inspector@0.15.0", "--cli", *SERVER,
               "--data-dir", str(settings.data_path), "--method", "tools/list"]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert {t["name"] for t in json.loads(done.stdout)["tools"]} == TOOLS
