"""KeyValueMemory on plain Redis 7: strings with TTLs, Lua check-and-set and sets (no modules needed)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from careerpilot.memory.kv import KeyValueMemory, Lease, MemoryUnavailableError

T = TypeVar("T")
DOWN = (RedisConnectionError, RedisTimeoutError, OSError)

_RENEW = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0"
_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"


def _ms(seconds: float) -> int:
    return max(1, int(seconds * 1000))


class _RedisLease(Lease):
    def __init__(self, memory: RedisMemory, name: str, ttl_s: float) -> None:
        super().__init__(name, ttl_s)
        self.memory = memory

    def renew(self) -> bool:
        key = self.memory.key(f"lock:{self.name}")
        return bool(self.memory.call(lambda r: r.eval(_RENEW, 1, key, self.token, _ms(self.ttl_s))))

    def release(self) -> None:
        key = self.memory.key(f"lock:{self.name}")
        self.memory.call(lambda r: r.eval(_RELEASE, 1, key, self.token))


class RedisMemory(KeyValueMemory):
    """Memory shared by every process that uses the same Redis URL and key prefix."""

    backend = "redis"

    def __init__(self, url: str, prefix: str = "cp:", timeout_s: float = 3.0) -> None:
        self.url = url
        self.prefix = prefix
        parts = urlsplit(url)
        self.where = f"{parts.hostname or '127.0.0.1'}:{parts.port or 6379}"
        self.client = redis.Redis.from_url(
            url, decode_responses=True, socket_connect_timeout=timeout_s, socket_timeout=timeout_s
        )
        self._cache: Any = None

    def key(self, name: str) -> str:
        """Return the full Redis key of a name (the prefix keeps several users or tests apart)."""
        return f"{self.prefix}{name}"

    def call(self, action: Callable[[redis.Redis], T]) -> T:
        """Run one Redis operation, turning a dead connection into MemoryUnavailableError."""
        try:
            return action(self.client)
        except DOWN as exc:
            raise MemoryUnavailableError(
                f"Redis at {self.where} is unreachable ({type(exc).__name__}): start it, or unset REDIS_URL "
                "to keep memory in this process"
            ) from exc

    def ping(self) -> None:
        """Raise MemoryUnavailableError when Redis does not answer."""
        self.call(lambda r: r.ping())

    def load_json(self, key: str) -> Any:
        """Return the JSON value stored under a key, or None."""
        raw = self.call(lambda r: r.get(self.key(f"json:{key}")))
        return json.loads(raw) if raw is not None else None

    def save_json(self, key: str, value: Any, ttl_s: float) -> None:
        """Store a JSON value with a TTL."""
        self.call(lambda r: r.set(self.key(f"json:{key}"), json.dumps(value), px=_ms(ttl_s)))

    def try_lock(self, name: str, ttl_s: float) -> Lease | None:
        """SET NX PX with a random token; None when another owner holds it."""
        lease = _RedisLease(self, name, ttl_s)
        taken = self.call(lambda r: r.set(self.key(f"lock:{name}"), lease.token, nx=True, px=_ms(ttl_s)))
        return lease if taken else None

    def add_seen(self, scope: str, ids: Iterable[str]) -> list[str]:
        """SADD each id in one pipeline; the replies say which were new."""
        unique = list(dict.fromkeys(ids))
        if not unique:
            return []

        def run(r: redis.Redis) -> list[Any]:
            pipe = r.pipeline(transaction=False)
            for item in unique:
                pipe.sadd(self.key(f"seen:{scope}"), item)
            return pipe.execute()

        return [i for i, added in zip(unique, self.call(run), strict=True) if added]

    def llm_cache(self, ttl_s: float) -> Any:
        """LangChain's RedisCache on a bytes client of the same server (it runs on plain Redis 7)."""
        if self._cache is None:
            from langchain_community.cache import RedisCache

            self._cache = RedisCache(redis.Redis.from_url(self.url), ttl=int(ttl_s))
        return self._cache

    def memory_bytes(self, name: str) -> int:
        """Return MEMORY USAGE of one of our keys (for the benchmark)."""
        return int(self.call(lambda r: r.memory_usage(self.key(name), samples=0)) or 0)

    def clear(self) -> int:
        """Delete every key under this prefix; return how many (tests and benchmarks)."""

        def run(r: redis.Redis) -> int:
            keys = list(r.scan_iter(match=f"{self.prefix}*", count=1000))
            return int(r.delete(*keys)) if keys else 0

        return self.call(run)

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()


def wait_for_redis(url: str, timeout_s: float) -> bool:
    """Return True once Redis at ``url`` answers PING, False after ``timeout_s``."""
    deadline = time.monotonic() + timeout_s
    client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
    try:
        while time.monotonic() < deadline:
            try:
                if client.ping():
                    return True
            except DOWN:
                time.sleep(0.05)  # poll a starting server
        return False
    finally:
        client.close()
