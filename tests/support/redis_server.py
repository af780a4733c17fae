"""Redis for tests: a key prefix (or an empty DB) on the loopback server, and private servers a test may kill."""

from __future__ import annotations

import shutil
import socket
import subprocess
import uuid
from pathlib import Path

import redis

from careerpilot.memory.redis import wait_for_redis

MAIN_URL = "redis://127.0.0.1:6379"


def free_port() -> int:
    """Return a free loopback TCP port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def unique_prefix() -> str:
    """Return a key prefix no other test uses."""
    return f"cptest:{uuid.uuid4().hex[:10]}:"


def empty_db() -> str:
    """Return the URL of an empty database (8-15) on the loopback server, for Celery's fixed key names."""
    for db in range(8, 16):
        client = redis.Redis.from_url(f"{MAIN_URL}/{db}")
        if client.dbsize() == 0:
            client.set("cptest:claimed", "1", ex=600)  # hold it against a concurrent test run
            return f"{MAIN_URL}/{db}"
    raise RuntimeError("no empty Redis database among 8-15")


def flush(url: str) -> None:
    """Empty a test database."""
    redis.Redis.from_url(url).flushdb()


class PrivateRedis:
    """A redis-server of the test's own on a free port (no persistence), started and stopped by the test."""

    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.workdir = workdir
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's URL."""
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        """Start the server and wait until it answers."""
        binary = shutil.which("redis-server") or "/usr/bin/redis-server"
        args = [binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        self.proc = subprocess.Popen([*args, "--dir", str(self.workdir)], stdout=subprocess.DEVNULL)
        if not wait_for_redis(self.url, 10):
            raise RuntimeError(f"redis-server did not start on port {self.port}")
        return self

    def kill(self) -> None:
        """SIGKILL the server (a crash, not a shutdown)."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None
