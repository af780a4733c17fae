"""A full run through the HTTP API on a real uvicorn server: start, live events, approvals, resume, tracking."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.api import EXAMPLES, ApiServer, prepared_settings, read_sse

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api(tmp_path_factory, embedder) -> Iterator[tuple[ApiServer, httpx.Client]]:
    # two drafts, to approve one and reject the other: the examples' two full-stack fits score 69-70, the next 64
    settings, key = prepared_settings(tmp_path_factory.mktemp("api-runs") / "data", min_job_match_score=65)
    with (
        ApiServer(settings, embedder) as server,
        httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60) as client,
    ):
        yield server, client


def _follow(client: httpx.Client, run_id: str, after: str | None = None) -> list[tuple[str, dict, str | None]]:
    headers = {"Last-Event-ID": after} if after else {}
    with client.stream("GET", f"/runs/{run_id}/events", headers=headers) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return list(read_sse(response))


def _steps(events: list[tuple[str, dict, str | None]]) -> list[str]:
    return [f"{kind}:{data['node']}" for kind, data, _ in events if kind.startswith("node_")]


@pytest.fixture(scope="module")
def reviewed(api) -> str:
    """Run through review and resume once per module (every step asserted); return the run's id."""
    _, client = api
    started = client.post("/runs", json={"goal": "full-stack roles", "sources": [str(EXAMPLES / "postings")]})
    assert started.status_code == 202, started.text
    run_id = started.json()["run_id"]

    first = _follow(client, run_id)
    assert _steps(first) == [
        "node_started:planner", "node_finished:planner",
        "node_started:researcher", "node_finished:researcher",
        "node_started:matcher", "node_finished:matcher",
        "node_started:resume_writer", "node_finished:resume_writer",
        "node_started:review",
    ]  # fmt: skip
    assert first[-1][0] == "status" and first[-1][1]["status"] == "awaiting_review"
    ids = [int(i) for _, _, i in first if i is not None]
    assert ids == sorted(ids)

    bogus = client.post(f"/runs/{run_id}/resume", json={"decisions": [{"application_id": "nope", "action": "approve"}]})
    assert bogus.status_code == 404 and bogus.json()["detail"] == "no application with id nope"
    undecided = client.post(f"/runs/{run_id}/resume", json={})
    assert undecided.status_code == 422 and "waiting for review" in undecided.json()["detail"]
    assert client.get("/runs/nope").status_code == 404
    assert client.get("/runs/nope/events").status_code == 404

    pending = client.get("/approvals", params={"run_id": run_id}).json()
    assert pending and all(p["run_id"] == run_id and p["job"]["title"] for p in pending)
    assert client.get(f"/runs/{run_id}").json()["run"]["status"] == "awaiting_review"

    first_id = pending[0]["application_id"]
    blind = {"application_id": first_id, "action": "approve"}
    unseen = client.post(f"/runs/{run_id}/resume", json={"decisions": [blind]})
    assert unseen.status_code == 409 and "as it was shown to you" in unseen.json()["detail"]
    stale = {"application_id": first_id, "action": "approve", "reviewed": "0" * 32}
    refused = client.post(f"/runs/{run_id}/resume", json={"decisions": [stale]})
    assert refused.status_code == 409 and "changed since it was shown" in refused.json()["detail"]

    # The body cannot say who approved: the key (here an API client, not the extension's origin) does.
    forged = {"channel": "policy", "name": "autonomous policy"}
    approval = {"application_id": first_id, "action": "approve", "reviewed": pending[0]["digest"], "approver": forged}
    decisions = [approval]
    decisions += [{"application_id": p["application_id"], "action": "reject"} for p in pending[1:]]
    resumed = client.post(f"/runs/{run_id}/resume", json={"decisions": decisions})
    assert resumed.status_code == 202, resumed.text

    second = _follow(client, run_id, after=ids[-1] and str(ids[-1]))
    assert _steps(second) == [
        "node_started:review", "node_finished:review", "node_started:applier", "node_finished:applier"
    ]  # fmt: skip
    assert second[-1][1]["status"] == "completed"

    outcome = client.get(f"/runs/{run_id}").json()
    assert outcome["run"]["status"] == "completed"
    assert [a["application_id"] for a in outcome["applied"]] == [pending[0]["application_id"]]
    return run_id


def test_a_run_streams_its_events_in_order_through_review_and_resume(api, reviewed):
    _, client = api
    matches = client.get(f"/runs/{reviewed}/matches", params={"top": 5}).json()
    assert len(matches) == 5 and matches[0]["match"]["reasons"]
    assert client.get("/runs").json()[0]["id"] == reviewed


def test_applications_are_listed_tracked_and_never_approved_outside_review(api, reviewed):
    _, client = api
    everything = client.get("/applications").json()
    approved = [a for a in everything if "approved" in [h["status"] for h in a["history"]]]
    assert len(approved) == 1, "the reviewed run approved one application"
    app_id = approved[0]["id"]
    assert {a["status"] for a in everything} >= {"dismissed"}

    refused = client.post(f"/applications/{app_id}/status", json={"status": "approved"})
    assert refused.status_code == 422
    assert refused.headers["content-type"] == "application/problem+json"

    submitted = client.post(f"/applications/{app_id}/status", json={"status": "submitted", "note": "applied by hand"})
    assert submitted.status_code == 200 and submitted.json()["status"] == "submitted"
    illegal = client.post(f"/applications/{app_id}/status", json={"status": "drafted"})
    assert illegal.status_code == 409 and "allowed" in illegal.json()["detail"]

    history = client.get(f"/applications/{app_id}/history").json()
    statuses = [h["status"] for h in history["statuses"]]
    assert statuses[:3] == ["shortlisted", "drafted", "approved"] and statuses[-1] == "submitted"
    assert "approved" in {a["action"] for a in history["audit"]}
    assert history["statuses"][2]["by"].startswith("api:"), "the approver is the calling key, never the body's"
    assert client.get(f"/applications/{app_id}").json()["history"][-1]["by"] == "api"
