"""Shared pytest fixtures, registered for the whole suite by ``pytest_plugins = ["tests.support.fixtures"]``.

- ``openai_server``: a started :class:`~tests.support.openai_server.OpenAIServer` on 127.0.0.1 with an empty
  script. Point a client at ``openai_server.base_url``, queue answers with ``openai_server.script(Reply(...))`` or
  set ``openai_server.responder = lambda request: Reply(...)``, and assert on ``openai_server.requests``.
  It is stopped after the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.openai_server import OpenAIServer


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    """Serve OpenAI's chat-completions wire format on a free loopback port for one test."""
    with OpenAIServer() as server:
        yield server
