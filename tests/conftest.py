"""Suite-wide fixtures: isolated settings, one shared embedding model, and a loopback-only network guard."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerpilot.config import Settings
from careerpilot.memory.embeddings import LocalEmbedder
from tests.support.postgres import fresh_database

pytest_plugins = ["tests.support.fixtures"]

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
_ENV_KEYS = (
    "DATABASE_URL",
    "REDIS_URL",
    "LLM_BASE_URL",
    "OPENAI_BASE_URL",
    "LLM_API_KEY",
    "OPENAI_API_KEY",
    "LLM_PROFILES",
    "LLM_ROUTES",
    "LLM_ROUTES_FILE",
    "EMBEDDING_BASE_URL",
    "EMBEDDING_MODEL",
    "CAREERPILOT_DATA_DIR",
    "DATA_DIR",
    "CHROMA_URL",
    "NOTION_API_KEY",
    "GMAIL_CLIENT_ID",
    "GMAIL_CLIENT_SECRET",
    "GMAIL_REFRESH_TOKEN",
)
LOOPBACK_ALLOW_LIST = "127.0.0.0/8,::1,localhost"
_real_connect = socket.socket.connect


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # unix sockets
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_loopback(address):
        raise OSError(f"tests may only reach loopback, not {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection beyond loopback: cloud services are never reached from tests."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    for key in _ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    # Chromium runs in its own process, beyond this socket guard: the applier's browser is walled in by setting.
    monkeypatch.setenv("BROWSER_ALLOWED_HOSTS", "127.0.0.1,localhost")


@pytest.fixture(scope="session", autouse=True)
def loopback_fetches() -> Iterator[None]:
    """Admit the loopback test servers through the address guard, which refuses loopback to strangers' URLs.

    Session-wide, so Settings built by module- and session-scoped fixtures see it too. Tests of the guard itself
    pass ``fetch_allowed_hosts=""`` or their own list.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FETCH_ALLOWED_HOSTS", LOOPBACK_ALLOW_LIST)
        yield


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Embedded defaults in a fresh data directory, with no .env file read."""
    return Settings(_env_file=None, data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def embedder() -> LocalEmbedder:
    """One loaded MiniLM model for the whole session (loading costs seconds)."""
    return LocalEmbedder()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this session, dropped afterwards (.ci/run starts the server)."""
    with fresh_database("careerpilot_test") as url:
        yield url
