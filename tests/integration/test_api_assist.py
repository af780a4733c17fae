"""The routes the extension uses to help in the person's own browser, on a real uvicorn server on 127.0.0.1:
track a job, answer a form's fields, record a submission the person made, list the tracker."""

from __future__ import annotations

import httpx
import pytest

from tests.support.api import ApiServer, prepared_settings

pytestmark = pytest.mark.slow
POSTING = {
    "@type": "JobPosting",
    "title": "Backend Engineer",
    "hiringOrganization": {"name": "Initech"},
    "description": "Python, Django and PostgreSQL.",
}
FIELDS = [
    {"key": "job_application[first_name]", "label": "First Name", "kind": "text", "required": True},
    {"key": "job_application[email]", "label": "Email", "kind": "text", "required": True},
    {"key": "job_application[resume]", "label": "Resume/CV", "kind": "file", "required": True},
    {"key": "q1", "label": "Describe your favourite bridge in Lisbon", "kind": "textarea", "required": True},
]


@pytest.fixture
def client(tmp_path, embedder):
    settings, key = prepared_settings(tmp_path / "data")
    with (
        ApiServer(settings, embedder) as server,
        httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60) as client,
    ):
        yield client


def _job(client: httpx.Client) -> str:
    response = client.post("/jobs/from-page", json={"url": "https://initech.example/jobs/7", "jsonld": POSTING})
    assert response.status_code == 201
    return response.json()["job"]["id"]


def test_tracking_a_job_shortlists_it_once_with_its_score(client):
    job_id = _job(client)
    first = client.post(f"/jobs/{job_id}/track")
    again = client.post(f"/jobs/{job_id}/track")
    assert first.status_code == again.status_code == 201
    assert first.json()["id"] == again.json()["id"]
    assert first.json()["status"] == "shortlisted" and first.json()["score"] > 0
    (tracked,) = client.get("/tracker").json()
    assert (tracked["title"], tracked["company"]) == ("Backend Engineer", "Initech")
    assert tracked["url"] == "https://initech.example/jobs/7"


def test_form_answers_come_from_the_profile_and_leave_the_rest_to_the_person(client):
    job_id = _job(client)
    reply = client.post(
        "/forms/answers", json={"url": "https://initech.example/apply", "job_id": job_id, "fields": FIELDS}
    )
    assert reply.status_code == 200
    answers = {a["key"]: a for a in reply.json()["answers"]}
    assert answers["job_application[first_name]"]["value"] == "Maya"
    assert answers["job_application[email]"]["source"] == "profile.contact.email"
    unanswered = [f["key"] for f in reply.json()["unanswered"]]
    assert unanswered == ["job_application[resume]", "q1"]  # not tailored yet; nothing grounded for the question


def test_a_submission_the_person_made_is_recorded_and_the_agent_cannot_queue_it_again(client):
    job_id = _job(client)
    marked = client.post(f"/jobs/{job_id}/applied", json={"note": ""})
    assert marked.status_code == 200
    history = marked.json()["history"]
    assert [h["status"] for h in history] == ["shortlisted", "drafted", "approved", "submitted"]
    assert [h["by"] for h in history[1:]] == ["you (browser)", "extension:you (browser)", "you (browser)"]
    assert client.post(f"/jobs/{job_id}/applied", json={}).json()["status"] == "submitted"  # idempotent
    refused = client.post(f"/jobs/{job_id}/queue")
    assert refused.status_code == 422
    assert refused.json()["detail"] == "already applied to Backend Engineer: it is in the submission ledger"


def test_the_extension_routes_need_a_key(client):
    for method, path in (("POST", "/jobs/x/track"), ("POST", "/forms/answers"), ("GET", "/tracker")):
        assert httpx.request(method, f"{client.base_url}{path}", json={}).status_code == 401


def test_a_tracked_job_can_be_queued_for_approval_with_one_application(client):
    job_id = _job(client)
    tracked = client.post(f"/jobs/{job_id}/track").json()
    queued = client.post(f"/jobs/{job_id}/queue")
    assert queued.status_code == 201, queued.text
    assert queued.json()["id"] == tracked["id"], "the tracked application is the one queued"
    assert queued.json()["status"] in ("drafted", "needs_you")
    everything = client.get("/applications").json()
    assert [a["id"] for a in everything if a["job_id"] == job_id] == [tracked["id"]]
    runs = client.get("/runs").json()
    assert runs and all(r["status"] != "running" for r in runs), "no run is left running"
