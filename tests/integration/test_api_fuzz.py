"""Schemathesis over the OpenAPI schema against a real uvicorn server: no generated request gets a 5xx.

A small, bounded run (benchmarks/api_fuzz.py runs a bigger one). /chat uses the local OpenAI-wire server.
"""

from __future__ import annotations

import pytest

from tests.support.api import ApiServer, prepared_settings
from tests.support.fuzz import fuzz

pytestmark = pytest.mark.slow


def test_fuzzed_requests_never_get_a_server_error(tmp_path, embedder, openai_server):
    openai_server.responder = lambda _request: "ok"
    settings, key = prepared_settings(
        tmp_path / "data", api_rate_limit_per_minute=1_000_000, llm_base_url=openai_server.base_url, llm_max_retries=0
    )
    with ApiServer(settings, embedder) as server:
        cases, server_errors, summary = fuzz(
            server.url, key, max_examples=5, workdir=tmp_path, phases="examples,fuzzing"
        )
    assert cases >= 50, summary
    assert server_errors == 0, summary
