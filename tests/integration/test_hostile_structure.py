"""Hostile structure is bounded: one 200,000-level JSON file or body never sinks a search or a request."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import httpx
import pytest

from careerpilot.memory.sql import Store
from tests.support.api import ApiServer, prepared_settings
from tests.support.cli import careerpilot
from tests.support.pipeline import EXAMPLES

DEPTH = 200_000
DEEP_ARRAY = "[" * DEPTH + "]" * DEPTH
PAGE_URL = "https://careers.example.com/jobs/1"


def test_search_keeps_the_good_postings_beside_a_deeply_nested_file(tmp_path):
    folder = tmp_path / "postings"
    shutil.copytree(EXAMPLES / "postings", folder)
    (folder / "deep.json").write_text(DEEP_ARRAY)
    data = tmp_path / "data"

    result = careerpilot("search", "--source", folder, "--data-dir", data, "--limit", "0")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "deep.json" in result.stderr and "nested more than 64 levels deep" in result.stderr
    store = Store.open(f"sqlite:///{data / 'careerpilot.db'}")
    try:
        assert len(store.list_jobs(limit=100)) == 41  # every example posting
    finally:
        store.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory, embedder) -> Iterator[httpx.Client]:
    settings, key = prepared_settings(tmp_path_factory.mktemp("hostile") / "data", api_max_request_bytes=4 << 20)
    with (
        ApiServer(settings, embedder) as server,
        httpx.Client(base_url=server.url, headers={"X-API-Key": key}, timeout=60) as client,
    ):
        yield client


def post_json(client: httpx.Client, body: str) -> httpx.Response:
    return client.post("/jobs/from-page", content=body, headers={"Content-Type": "application/json"})


def test_a_deeply_nested_jsonld_block_in_a_captured_page_is_a_422_problem(client):
    page = f'<script type="application/ld+json">{DEEP_ARRAY}</script>'
    response = client.post("/jobs/from-page", json={"url": PAGE_URL, "html": page})

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert "nested more than 64 levels deep" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [f'{{"url": "{PAGE_URL}", "jsonld": {{"a":' + '{"a":' * DEPTH + "1" + "}" * DEPTH + "}}", DEEP_ARRAY],
    ids=["jsonld-field", "whole-body"],
)
def test_a_deeply_nested_request_body_is_a_422_problem_and_the_server_keeps_serving(client, body):
    response = post_json(client, body)

    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"].startswith("the JSON body is nested more than 64 levels deep")
    assert "a" * 10 not in response.text  # the body is not echoed
    assert client.get("/health").status_code == 200
