"""A small cache of encoded GET responses, dropped on every write this process sees.

What invalidates it: any request other than GET/HEAD/OPTIONS (API routes, chat, MCP tool calls at /mcp), every
event a run records, and a background run ending. Writes made by another process (the CLI, the daemon, Celery
workers) are seen at once with SQLite (an entry is kept only while the database and WAL files are unchanged) and
after at most ``ttl`` seconds with PostgreSQL. Responses do not depend on which key asked (one user per server),
and the key is still checked before a cached body is sent.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

from fastapi import Request, Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

RESPONSE_CACHE_SECONDS = 2.0
# With a data version, the TTL only bounds a microseconds-wide race (a commit seen in the file before it is visible).
VERSIONED_CACHE_SECONDS = 30.0
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_MAX_ENTRIES = 256


class ResponseCache:
    """Encoded bodies by path and query for ``ttl`` seconds; one computation per key at a time."""

    def __init__(
        self,
        ttl: float = RESPONSE_CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        version: Callable[[], object] | None = None,
    ) -> None:
        self.ttl = ttl
        self.clock = clock
        self.version = version or (lambda: None)
        self._entries: dict[str, tuple[bytes, float, object]] = {}
        self._computing: dict[str, asyncio.Future[bytes | None]] = {}
        self._generation = 0
        self._lock = threading.Lock()  # invalidate() is also called from worker threads (run events)

    def invalidate(self, *_: object) -> None:
        """Drop every entry, and keep bodies being computed now from being stored."""
        with self._lock:
            self._generation += 1
            self._entries.clear()

    def peek(self, key: str) -> bytes | None:
        """Return the fresh cached body for ``key``, or None."""
        entry = self._entries.get(key)
        if entry is not None and entry[1] > self.clock() and entry[2] == self.version():
            return entry[0]
        return None

    async def get(self, key: str, compute: Callable[[], bytes]) -> bytes:
        """Return the cached body for ``key``, or compute it in the threadpool (errors are raised, never cached)."""
        body = self.peek(key)
        if body is not None:
            return body
        version = self.version()
        running = self._computing.get(key)
        if running is not None:
            body = await asyncio.shield(running)
            if body is not None:
                return body
            return await run_in_threadpool(compute)  # the shared computation failed: raise our own error
        future: asyncio.Future[bytes | None] = asyncio.get_running_loop().create_future()
        self._computing[key] = future
        generation, started = self._generation, self.clock()
        try:
            body = await run_in_threadpool(compute)
        except BaseException:
            future.set_result(None)
            raise
        finally:
            self._computing.pop(key, None)
        with self._lock:
            if generation == self._generation and self.ttl > 0:
                if len(self._entries) >= _MAX_ENTRIES:
                    self._entries.clear()
                self._entries[key] = (body, started + self.ttl, version)
        future.set_result(body)
        return body


def sqlite_data_version(sql_url: str) -> Callable[[], object] | None:
    """Return a cheap version of a SQLite database (size and mtime of its file and WAL), or None for other databases.

    Any commit, from any process, appends to the WAL (or rewrites the file at a checkpoint), so the version moves.
    """
    if not sql_url.startswith("sqlite:///"):
        return None
    database = Path(sql_url.removeprefix("sqlite:///"))
    files = (database, database.with_name(database.name + "-wal"))

    def version() -> object:
        stamps: list[tuple[int, int] | None] = []
        for path in files:
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                stamps.append(None)
                continue
            stamps.append((stat.st_mtime_ns, stat.st_size))
        return tuple(stamps)

    return version


async def cached_json(request: Request, compute: Callable[[], bytes]) -> Response:
    """Answer a GET with a JSON body from the app's response cache."""
    cache: ResponseCache = request.app.state.cache
    return Response(await cache.get(cache_key(request.scope), compute), media_type="application/json")


def cache_key(scope: Scope) -> str:
    """Return the cache key of a request: its path and raw query string."""
    return f"{scope['path']}?{scope['query_string'].decode('latin-1')}"


class InvalidateOnWrite:
    """ASGI middleware: drop the response cache when a non-GET request starts and when its response ends."""

    def __init__(self, app: ASGIApp, cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; invalidate around it when it may write."""
        if scope["type"] != "http" or scope["method"] in _SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        cache = self.cache
        cache.invalidate()

        async def sent(message: Message) -> None:
            # Invalidate before the last body chunk leaves: a client reading right after sees fresh data.
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                cache.invalidate()
            await send(message)

        try:
            await self.app(scope, receive, sent)
        finally:
            cache.invalidate()
