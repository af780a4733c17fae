"""Runs from stored defaults over the API: default sources (PUT /sources) and job filters (PUT /filters), the same
ProfileService calls as MCP's set_sources and set_filters."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
import yaml

from tests.support.api import EXAMPLES, ApiServer, prepared_settings

pytestmark = pytest.mark.slow


@pytest.fixture
def client(tmp_path, embedder) -> Iterator[httpx.Client]:
    settings, key = prepared_settings(tmp_path / "data")
    with (
        ApiServer(settings, embedder) as server,
        httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60) as client,
    ):
        yield client


def test_a_run_started_without_sources_searches_the_stored_defaults(client):
    nothing = client.post("/runs", json={"goal": "full-stack roles"})
    assert nothing.status_code == 422 and "store your usual ones first" in nothing.json()["detail"]
    assert client.get("/sources").status_code == 404

    missing = client.put("/sources", json={"sources": [str(EXAMPLES / "no-such-folder")]})
    assert missing.status_code == 422 and "no-such-folder" in missing.json()["detail"]
    stored = client.put("/sources", json={"sources": [str(EXAMPLES / "postings")]})
    assert stored.status_code == 200
    assert stored.json() == client.get("/sources").json() == {"sources": [f"local:{EXAMPLES / 'postings'}"]}

    started = client.post("/runs", json={"goal": "full-stack roles"})
    assert started.status_code == 202, started.text
    run_id = started.json()["run_id"]
    deadline = time.monotonic() + 180
    while (run := client.get(f"/runs/{run_id}").json())["run"]["status"] == "running":
        assert time.monotonic() < deadline, "the run did not stop within 180 s"
        time.sleep(0.5)
    assert run["run"]["status"] == "awaiting_review" and run["top"]


def test_job_filters_are_read_and_replaced_over_the_api(client):
    assert client.get("/filters").json()["excluded_keywords"] == []
    filters = yaml.safe_load((EXAMPLES / "job_filters.yaml").read_text(encoding="utf-8"))
    stored = client.put("/filters", json=filters)
    assert stored.status_code == 200, stored.text
    assert client.get("/filters").json() == stored.json()
    assert stored.json()["excluded_keywords"] == filters["excluded_keywords"]
    bad = client.put("/filters", json={"salary_currency": "DOLLARS"})
    assert bad.status_code == 422
