import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.support.datasets import TEST_DATA

REPO = Path(__file__).resolve().parents[4]
EXAMPLE_POSTINGS = REPO / "examples" / "postings"


def _shared_path(relative: str) -> Path:
    return TEST_DATA / relative


@pytest.fixture
def shared_path() -> Callable[[str], Path]:
    """Return a function giving the path of a file under tests/data."""
    return _shared_path


@pytest.fixture
def shared_json() -> Callable[[str], Any]:
    """Return a function loading a JSON file under tests/data."""
    return lambda relative: json.loads(_shared_path(relative).read_text(encoding="utf-8"))


@pytest.fixture
def shared_text() -> Callable[[str], str]:
    """Return a function reading a text file under tests/data."""
    return lambda relative: _shared_path(relative).read_text(encoding="utf-8")


@pytest.fixture
def board_server():
    """A loopback server replaying the board payloads in tests/data (tests/support/board_server.py)."""
    from tests.support.board_server import BoardServer, replay_boards

    with BoardServer() as server:
        yield replay_boards(server)


@pytest.fixture
def sleeps() -> list[float]:
    """The delays the HTTP client asked for, recorded instead of slept."""
    return []


@pytest.fixture
async def source_ctx(board_server, sleeps):
    """A SourceContext whose polite client talks to the board server and records (not sleeps) its backoffs."""
    from careerpilot.tools.http import HttpPolicy, PoliteClient
    from careerpilot.tools.sources.context import BrowserOptions, SourceContext
    from tests.support.board_server import base_urls

    async def record(delay: float) -> None:
        sleeps.append(delay)

    policy = HttpPolicy(timeout_s=2.0, max_retries=2, backoff_s=0.01, per_host_rate=1000.0)
    async with PoliteClient(policy, sleep=record) as http:
        yield SourceContext(
            http=http,
            base_urls=base_urls(board_server),
            keys={"jooble": "test-jooble-key", "serpapi": "test-serp-key"},
            browser=BrowserOptions(enabled=False, loopback_only=True),
        )
