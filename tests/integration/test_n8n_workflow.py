"""The n8n example (examples/n8n/) replayed against a live API: each HTTP Request node's method, URL and body as n8n
would send them, and the fields the next node reads checked in the answers.

The workflow JSON is the one a person imports. The replay follows its connections from the trigger: the Settings
node's values (the one node a person edits) point at the test's server, sources and webhook; the Wait node's 30 s
becomes a short poll so the test stays quick; every other value comes from the file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.api import EXAMPLES, ApiServer, prepared_settings
from tests.support.n8n import Items, Workflow, set_node_output
from tests.support.webhook import WebhookReceiver

pytestmark = pytest.mark.slow
WORKFLOW = Path(__file__).resolve().parents[2] / "examples" / "n8n" / "careerpilot-daily-run.json"
HTTP = "n8n-nodes-base.httpRequest"


@pytest.fixture
def live(tmp_path: Path, embedder) -> Iterator[tuple[ApiServer, str, WebhookReceiver]]:
    settings, key = prepared_settings(tmp_path / "data", min_job_match_score=65)
    with ApiServer(settings, embedder) as server, WebhookReceiver() as hook:
        yield server, key, hook


def _send(node: dict[str, Any], items: Items, key: str) -> httpx.Response:
    """Send what an HTTP Request node (v4.2) sends: its method, URL, JSON body and header credential."""
    p = node["parameters"]
    headers = {}
    if p.get("authentication") == "genericCredentialType":
        assert p["genericAuthType"] == "httpHeaderAuth" and "httpHeaderAuth" in node["credentials"]
        headers["X-API-Key"] = key  # the credential's header name and value, as the README sets them up
    body = None
    if p.get("sendBody"):
        assert p["specifyBody"] == "json"
        body = json.loads(items.evaluate(p["jsonBody"]))  # n8n sends it only if it parses as JSON
    return httpx.request(p.get("method", "GET"), items.evaluate(p["url"]), json=body, headers=headers, timeout=60)


def _condition(node: dict[str, Any], items: Items) -> bool:
    """Evaluate an If node (v2) of one string 'equals' condition."""
    (condition,) = node["parameters"]["conditions"]["conditions"]
    assert condition["operator"] == {"type": "string", "operation": "equals"}
    return bool(items.evaluate(condition["leftValue"]) == condition["rightValue"])


def test_the_workflow_starts_a_run_waits_for_review_and_sends_the_approvals_link(live) -> None:
    server, key, hook = live
    flow = Workflow.load(WORKFLOW)
    (trigger,) = flow.of_type("n8n-nodes-base.scheduleTrigger")
    assert len(flow.of_type(HTTP)) == 3
    notify_url = hook.url.replace("json://", "http://")
    sources = [str(EXAMPLES / "postings")]
    items = Items(by_node={})
    name, sent, polls = flow.next(trigger["name"])[0], [], 0
    while name:
        node = flow.node(name)
        kind = node["type"]
        following: list[str]
        if kind == "n8n-nodes-base.set":
            out = set_node_output(node, {"base_url": server.url, "sources": sources, "notify_url": notify_url})
            following = flow.next(name)
        elif kind == HTTP:
            response = _send(node, items, key)
            sent.append((name, response.request.method, response.status_code))
            assert response.is_success, f"{name}: {response.status_code} {response.text}"
            out = response.json() if response.content else {}
            following = flow.next(name)
        elif kind == "n8n-nodes-base.wait":
            assert node["parameters"]["amount"] > 0 and "webhookId" in node
            polls += 1
            assert polls < 300, "the run never left 'running'"
            time.sleep(0.2)
            out, following = items.current, flow.next(name)
        elif kind == "n8n-nodes-base.if":
            out, following = items.current, flow.next(name, 0 if _condition(node, items) else 1)
        elif kind == "n8n-nodes-base.noOp":
            pytest.fail(f"the run ended without anything to review: {items.current['run']}")
        else:
            pytest.fail(f"a node type the replay does not know: {kind}")
        items.by_node[name], items.current = out, out
        name = following[0] if following else ""

    # Start run answered 202 with the run_id Get run reads; Get run the status and pending the If and Notify read.
    assert [s[0] for s in sent if s[0] != "Get run"] == ["Start run", "Notify"]
    assert sent[0] == ("Start run", "POST", 202)
    run = items.by_node["Get run"]
    assert run["run"]["id"] == items.by_node["Start run"]["run_id"]
    assert run["run"]["status"] == "awaiting_review" and run["pending"]

    (message,) = hook.wait_for(1)
    assert message["text"].startswith(f"{len(run['pending'])} application(s) from run {run['run']['id']}")
    approvals = httpx.get(message["approvals"], headers={"X-API-Key": key}, timeout=30)
    assert approvals.status_code == 200
    assert [a["application_id"] for a in approvals.json()] == [p["application_id"] for p in run["pending"]]


def test_the_start_node_sends_what_the_api_validates(live) -> None:
    """A Settings source that does not exist is refused by Start run at once (422), naming it, not at the poll."""
    server, key, _ = live
    flow = Workflow.load(WORKFLOW)
    missing = str(EXAMPLES / "no-such-folder")
    items = Items(by_node={"Settings": set_node_output(flow.node("Settings"), {"base_url": server.url})})
    items.by_node["Settings"]["sources"] = [missing]
    response = _send(flow.node("Start run"), items, key)
    assert response.status_code == 422 and "no-such-folder" in response.text
