"""The MCP server mounted at /mcp on the API (streamable HTTP, real uvicorn on loopback), behind the API key."""

from __future__ import annotations

import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from careerpilot.applying.pending import PendingView
from tests.support.api import ApiServer, prepared_settings
from tests.support.applying import drafted_for_review
from tests.support.mcp_workflow import Person, call, exercise

pytestmark = pytest.mark.slow


async def test_streamable_http_session_at_mcp_calls_every_tool_with_a_key(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    with ApiServer(settings, embedder) as server:
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=120) as http:
            transport = streamable_http_client(f"{server.url}/mcp", http_client=http)
            async with Client(transport, elicitation_callback=Person()) as client:
                done = await exercise(client)
        refused = httpx.post(f"{server.url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        assert refused.status_code == 401
        run = httpx.get(f"{server.url}/runs/{done['run_id']}", headers={"X-API-Key": key}).json()
        assert run["run"]["id"] == done["run_id"]  # the MCP tools and the API share one Services


async def test_the_api_the_mcp_tool_and_the_run_summary_show_one_pending_view(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    with ApiServer(settings, embedder) as server:
        run_id, application_id = drafted_for_review(server.services.store)
        headers = {"X-API-Key": key}
        from_api = httpx.get(f"{server.url}/approvals", headers=headers).json()
        in_run = httpx.get(f"{server.url}/runs/{run_id}", headers=headers).json()["pending"]
        async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {key}"}, timeout=120) as http:
            async with Client(streamable_http_client(f"{server.url}/mcp", http_client=http)) as client:
                from_mcp = (await call(client, "list_pending_approvals", run_id=run_id))["result"]

    assert from_api == from_mcp == in_run
    (view,) = from_api
    assert set(view) == set(PendingView.model_fields)
    assert view["application_id"] == application_id and view["run_id"] == run_id
    assert view["job"]["title"] == "Backend Engineer" and view["score"] == 88
    assert view["reasons"] == ["Python and PostgreSQL, as asked"]
    assert view["cover_letter"] == "Dear Acme," and view["documents"] == {"resume_pdf": "/tmp/resume.pdf"}
    assert [(f["label"], f["source"]) for f in view["fields"]] == [("Email", "profile.contact.email")]
    assert [q["label"] for q in view["unanswered"]] == ["Why Acme?"]
