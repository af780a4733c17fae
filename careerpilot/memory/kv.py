"""Short-lived shared memory: chat sessions, the LLM cache, locks and seen postings.

``KeyValueMemory`` is the small interface; ``RedisMemory`` (memory/redis.py) shares it across processes and
machines, ``InProcessMemory`` (here) keeps it in this process when ``REDIS_URL`` is unset. Durable state (runs,
events, applications, the submission ledger) stays in SQL: everything here may be lost and rebuilt.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from abc import ABC, abstractmethod
from collections import OrderedDict
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

from careerpilot.domain.errors import StorageError

MAX_SESSIONS = 10_000


class MemoryUnavailableError(StorageError):
    """The shared memory (Redis) cannot be reached; durable state in SQL is unaffected."""


class LockBusyError(StorageError):
    """Another process holds the lock (it runs the same search or application)."""


class Lease(ABC):
    """A held lock with an owner token; ``renew`` extends it, ``release`` frees it only if still ours."""

    def __init__(self, name: str, ttl_s: float) -> None:
        self.name = name
        self.ttl_s = ttl_s
        self.token = uuid.uuid4().hex

    @abstractmethod
    def renew(self) -> bool:
        """Extend the lease by its TTL; return False when it was lost (expired and taken)."""

    @abstractmethod
    def release(self) -> None:
        """Free the lock if this lease still owns it."""


class KeyValueMemory(ABC):
    """What CareerPilot keeps in Redis, with the same meaning in every implementation."""

    backend: str = "?"

    @abstractmethod
    def ping(self) -> None:
        """Raise MemoryUnavailableError when the memory cannot be reached."""

    # chat sessions
    @abstractmethod
    def load_json(self, key: str) -> Any:
        """Return the JSON value stored under a key, or None when absent or expired."""

    @abstractmethod
    def save_json(self, key: str, value: Any, ttl_s: float) -> None:
        """Store a JSON value that expires after ``ttl_s`` seconds."""

    # locks
    @abstractmethod
    def try_lock(self, name: str, ttl_s: float) -> Lease | None:
        """Take a lock for ``ttl_s`` seconds unless someone holds it; return the lease or None."""

    # seen postings
    @abstractmethod
    def add_seen(self, scope: str, ids: Iterable[str]) -> list[str]:
        """Remember ids as seen in a scope; return those not seen before, in order."""

    # LLM cache
    @abstractmethod
    def llm_cache(self, ttl_s: float) -> Any:
        """Return a LangChain cache (BaseCache) for model responses."""

    def close(self) -> None:  # noqa: B027 - optional: only Redis has connections to release
        """Release connections."""

    @contextmanager
    def locked(self, name: str, ttl_s: float = 30, wait_s: float = 10) -> Iterator[Lease]:
        """Hold a lock for a short critical section, waiting up to ``wait_s`` for it (LockBusyError after)."""
        deadline = time.monotonic() + wait_s
        delay = 0.005
        while (lease := self.try_lock(name, ttl_s)) is None:
            if time.monotonic() >= deadline:
                raise LockBusyError(f"the lock {name} stayed busy for {wait_s:.0f} s")
            time.sleep(delay)  # a short back-off between polls of another process's lock
            delay = min(delay * 2, 0.1)
        try:
            yield lease
        finally:
            lease.release()

    @asynccontextmanager
    async def holding(self, name: str, ttl_s: float, wait_s: float, busy: str = "") -> AsyncIterator[RenewingLease]:
        """Hold a lock through long async work, renewed while held; wait up to ``wait_s`` without blocking the loop.

        Raises:
            LockBusyError: the lock stayed busy for ``wait_s`` (with ``busy`` as its message, when given).
            MemoryUnavailableError: the memory cannot be reached.
        """
        deadline = time.monotonic() + wait_s
        delay = 0.005
        while (lease := self.try_lock(name, ttl_s)) is None:
            if time.monotonic() >= deadline:
                raise LockBusyError(busy or f"the lock {name} stayed busy for {wait_s:.0f} s")
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.25)
        renewing = RenewingLease(lease)
        try:
            yield renewing
        finally:
            renewing.release()


class RenewingLease:
    """Keep a lease alive from a background thread while long work runs; ``lost`` tells if it lapsed."""

    def __init__(self, lease: Lease) -> None:
        self.lease = lease
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew, name=f"lease:{lease.name}", daemon=True)
        self._thread.start()

    def _renew(self) -> None:
        while not self._stop.wait(self.lease.ttl_s / 3):
            try:
                if not self.lease.renew():
                    self.lost = True
                    return
            except MemoryUnavailableError:
                continue  # Redis is down: keep working; the lease is retried on the next beat

    def release(self) -> None:
        """Stop renewing and free the lock (a Redis outage leaves it to expire by itself)."""
        self._stop.set()
        self._thread.join(timeout=5)
        try:
            self.lease.release()
        except MemoryUnavailableError:
            pass  # it expires on its own TTL


class _LocalLease(Lease):
    def __init__(self, memory: InProcessMemory, name: str, ttl_s: float) -> None:
        super().__init__(name, ttl_s)
        self.memory = memory

    def renew(self) -> bool:
        with self.memory._guard:
            owner = self.memory._alive(f"lock:{self.name}")
            if owner != self.token:
                return False
            self.memory._put(f"lock:{self.name}", self.token, self.ttl_s)
            return True

    def release(self) -> None:
        with self.memory._guard:
            if self.memory._alive(f"lock:{self.name}") == self.token:
                self.memory._values.pop(f"lock:{self.name}", None)


class InProcessMemory(KeyValueMemory):
    """The same memory in this process only (one CLI, daemon or API process): used when REDIS_URL is unset."""

    backend = "in-process"

    def __init__(self) -> None:
        self._guard = threading.RLock()
        self._values: OrderedDict[str, tuple[Any, float | None]] = OrderedDict()
        self._seen: dict[str, set[str]] = {}
        self._cache: Any = None

    def _alive(self, key: str) -> Any:
        item = self._values.get(key)
        if item is None:
            return None
        value, expires = item
        if expires is not None and time.monotonic() >= expires:
            del self._values[key]
            return None
        return value

    def _put(self, key: str, value: Any, ttl_s: float | None) -> None:
        self._values[key] = (value, time.monotonic() + ttl_s if ttl_s else None)
        self._values.move_to_end(key)
        while len(self._values) > MAX_SESSIONS:
            self._values.popitem(last=False)

    def ping(self) -> None:
        """Do nothing: this process is always reachable."""

    def load_json(self, key: str) -> Any:
        """Return the JSON value stored under a key, or None when absent or expired."""
        with self._guard:
            raw = self._alive(f"json:{key}")
        return json.loads(raw) if raw is not None else None

    def save_json(self, key: str, value: Any, ttl_s: float) -> None:
        """Store a JSON value that expires after ``ttl_s`` seconds."""
        with self._guard:
            self._put(f"json:{key}", json.dumps(value), ttl_s)

    def try_lock(self, name: str, ttl_s: float) -> Lease | None:
        """Take a lock unless it is held."""
        with self._guard:
            if self._alive(f"lock:{name}") is not None:
                return None
            lease = _LocalLease(self, name, ttl_s)
            self._put(f"lock:{name}", lease.token, ttl_s)
            return lease

    def add_seen(self, scope: str, ids: Iterable[str]) -> list[str]:
        """Remember ids; return the new ones."""
        with self._guard:
            seen = self._seen.setdefault(scope, set())
            new = [i for i in dict.fromkeys(ids) if i not in seen]
            seen.update(new)
            return new

    def llm_cache(self, ttl_s: float) -> Any:
        """Return LangChain's in-memory cache (no TTL: it lives as long as the process)."""
        from langchain_core.caches import InMemoryCache

        if self._cache is None:
            self._cache = InMemoryCache(maxsize=1000)
        return self._cache
