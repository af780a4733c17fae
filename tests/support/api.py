"""A real uvicorn server on loopback running the CareerPilot app, for API and MCP-over-HTTP tests.

``ApiServer(settings, embedder)`` serves ``create_app`` on a free 127.0.0.1 port in a thread; ``started`` waits for
uvicorn's startup (the app lifespan has opened Services) without sleeping. ``prepared_settings`` stores the example
profile and resume in a fresh data directory and creates an API key.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from careerpilot.access.keys import KeyService
from careerpilot.api import create_app
from careerpilot.config import Settings
from careerpilot.memory.embeddings import LocalEmbedder
from careerpilot.memory.sql import Store
from careerpilot.profile.inputs import load_profile, load_resume
from careerpilot.profile.service import ProfileService

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()

    def install_signal_handlers(self) -> None:  # the test thread is not the main thread
        pass


@dataclass
class ApiServer:
    """The app served on 127.0.0.1 in a background thread."""

    settings: Settings
    embedder: LocalEmbedder | None = None

    def __post_init__(self) -> None:
        self.app = create_app(self.settings, self.embedder)
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self.port = self._socket.getsockname()[1]
        self._server = _Server(uvicorn.Config(self.app, log_level="warning", lifespan="on"))
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def url(self) -> str:
        """The server root."""
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        asyncio.run(self._server.serve(sockets=[self._socket]))

    def __enter__(self) -> ApiServer:
        self._thread.start()
        if not self._server.ready.wait(timeout=60):
            raise RuntimeError("uvicorn did not start within 60 s")
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)

    @property
    def services(self) -> Any:
        """The Services the app's lifespan opened."""
        return self.app.state.services


def prepared_settings(data_dir: Path, **overrides: Any) -> tuple[Settings, str]:
    """Store the example profile and resume in a new data dir, create a key; return settings and the key."""
    settings = Settings(_env_file=None, data_dir=data_dir, **overrides)
    data_dir.mkdir(parents=True, exist_ok=True)
    profiles = ProfileService(data_dir)
    profiles.save_profile(load_profile(EXAMPLES / "profile.yaml"))
    profiles.save_resume(load_resume(EXAMPLES / "resume.json"))
    store = Store.open(settings.sql_url)
    try:
        key = KeyService(store).create("tests").secret
    finally:
        store.close()
    return settings, key


def read_sse(response: httpx.Response) -> Iterator[tuple[str, Any, str | None]]:
    """Yield (event, data, id) from a streamed text/event-stream response."""
    event, data, event_id = "message", [], None
    for line in response.iter_lines():
        if line == "":
            if data:
                yield event, json.loads("\n".join(data)), event_id
            event, data, event_id = "message", [], None
        elif line.startswith("event:"):
            event = line.split(":", 1)[1].strip()
        elif line.startswith("data:"):
            data.append(line.split(":", 1)[1].strip())
        elif line.startswith("id:"):
            event_id = line.split(":", 1)[1].strip()
