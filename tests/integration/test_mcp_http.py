"""The MCP server mounted at /mcp on the API (streamable HTTP, real uvicorn on loopback), behind the API key."""

from __future__ import annotations

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from tests.support.api import ApiServer, prepared_settings
from tests.support.mcp_workflow import exercise

pytestmark = pytest.mark.slow


async def test_streamable_http_session_at_mcp_calls_every_tool_with_a_key(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    with ApiServer(settings, embedder) as server:
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=120) as http:
            async with Client(streamable_http_client(f"{server.url}/mcp", http_client=http)) as client:
                done = await exercise(client)
        refused = httpx.post(f"{server.url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert refused.status_code == 401
        run = httpx.get(f"{server.url}/runs/{done['run_id']}", headers={"X-API-Key": key}).json()
        assert run["run"]["id"] == done["run_id"]  # the MCP tools and the API share one Services
