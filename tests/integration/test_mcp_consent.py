"""Approving over MCP is the person's act: the server asks them through elicitation, never the client's model."""

from __future__ import annotations

import pytest
from mcp import Client
from mcp_types import Implementation

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.mcp_server.server import create_server
from careerpilot.services import Services
from tests.support.api import EXAMPLES, prepared_settings
from tests.support.applying import drafted_for_review
from tests.support.mcp_workflow import Person, call

pytestmark = pytest.mark.slow
DESKTOP = Implementation(name="test-desktop", version="1.0")


async def _approve(tmp_path, embedder, person: Person | None) -> tuple[str, ApplicationStatus]:
    """Ask to approve a drafted application from a client whose person answers as given (None: no elicitation)."""
    settings, _ = prepared_settings(tmp_path / "data")
    async with Services.open(settings, embedder) as services:
        _, application_id = drafted_for_review(services.store)
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server, elicitation_callback=person, client_info=DESKTOP) as client:
        result = await client.call_tool("approve_application", {"application_id": application_id})
    async with Services.open(settings, embedder) as services:
        status = services.tracking.application(application_id).status
    return (result.content[0].text if result.is_error else ""), status


async def test_a_person_who_declines_leaves_the_application_unapproved(tmp_path, embedder):
    person = Person(answer="decline")
    error, status = await _approve(tmp_path, embedder, person)
    assert "you did not approve" in error
    assert status == ApplicationStatus.DRAFTED
    (shown,) = person.shown
    assert "Backend Engineer at Acme" in shown
    assert "Email: maya.okafor@example.com (from profile.contact.email)" in shown
    assert "Why Acme?" in shown, "the person sees what is still unanswered"


async def test_a_client_without_elicitation_is_refused_with_the_other_ways_to_approve(tmp_path, embedder):
    error, status = await _approve(tmp_path, embedder, None)
    assert "cannot ask you directly (no elicitation support)" in error
    assert "careerpilot review --approve" in error and "Approvals tab" in error
    assert status == ApplicationStatus.DRAFTED


async def test_a_person_who_accepts_approves_and_the_history_names_the_mcp_client(tmp_path, embedder):
    settings, _ = prepared_settings(tmp_path / "data")
    person = Person(answer="accept")
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server, elicitation_callback=person, client_info=DESKTOP) as client:
        run = await call(client, "start_run", sources=[str(EXAMPLES / "postings")], goal="full-stack roles")
        first = run["pending"][0]["application_id"]
        await call(client, "approve_application", application_id=first, note="yes")
        tracked = await call(client, "list_applications")
    (shown,) = person.shown
    assert run["pending"][0]["job"]["title"] in shown
    async with Services.open(settings, embedder) as services:
        history = services.tracking.application(first).history
    approvals = [h for h in history if h.status is ApplicationStatus.APPROVED]
    assert [h.by for h in approvals] == ["mcp:test-desktop"]
    assert first in [a["id"] for a in tracked["result"]]


async def test_the_persons_answer_is_never_an_argument_the_clients_model_can_pass(tmp_path, embedder):
    settings, _ = prepared_settings(tmp_path / "data")
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server, elicitation_callback=Person(), mode="legacy") as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    assert set(tools["approve_application"].input_schema["properties"]) == {"application_id", "note"}
    assert set(tools["apply_to_application"].input_schema["properties"]) == {"application_id"}


async def test_the_older_protocol_asks_through_a_server_request_too(tmp_path, embedder):
    """Before 2026-07-28 the question is a server-to-client request mid-call; the answer is the same act."""
    settings, _ = prepared_settings(tmp_path / "data")
    async with Services.open(settings, embedder) as services:
        _, application_id = drafted_for_review(services.store)
    person = Person(answer="decline")
    server = create_server(lambda: Services.open(settings, embedder))
    async with Client(server, elicitation_callback=person, mode="legacy") as client:
        result = await client.call_tool("approve_application", {"application_id": application_id})
    assert result.is_error and "you did not approve" in result.content[0].text
    assert len(person.shown) == 1
