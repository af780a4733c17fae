"""The API's response cache: one computation per key, dropped on writes, never holding errors or stale bodies."""

from __future__ import annotations

import asyncio
import threading

import pytest

from careerpilot.api.cache import ResponseCache
from careerpilot.domain.errors import NotFoundError


class _Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


async def test_concurrent_requests_share_one_computation_until_the_ttl_ends():
    clock = _Clock()
    cache = ResponseCache(ttl=2, clock=clock)
    calls: list[int] = []
    started, release = threading.Event(), threading.Event()

    def compute() -> bytes:
        calls.append(1)
        started.set()
        release.wait(timeout=10)
        return b"[1]"

    waiting = [asyncio.create_task(cache.get("/jobs?", compute)) for _ in range(10)]
    await asyncio.to_thread(started.wait, 10)  # every task has reached the cache while the loop waited
    release.set()
    assert await asyncio.gather(*waiting) == [b"[1]"] * 10
    assert len(calls) == 1
    assert await cache.get("/jobs?", compute) == b"[1]" and len(calls) == 1
    clock.now += 2.1
    await cache.get("/jobs?", compute)
    assert len(calls) == 2


async def test_a_write_drops_the_cache_and_a_body_computed_across_it_is_not_kept():
    cache = ResponseCache(ttl=60)
    version = {"n": 1}
    started, release = threading.Event(), threading.Event()

    def slow() -> bytes:
        body = str(version["n"]).encode()
        started.set()
        release.wait(timeout=10)
        return body

    reading = asyncio.create_task(cache.get("/runs/r1?", slow))
    await asyncio.to_thread(started.wait, 10)
    version["n"] = 2
    cache.invalidate()  # the write lands while the old body is being encoded
    release.set()
    assert await reading == b"1"
    assert await cache.get("/runs/r1?", lambda: str(version["n"]).encode()) == b"2"


async def test_errors_are_raised_to_every_waiter_and_never_cached():
    cache = ResponseCache(ttl=60)

    def missing() -> bytes:
        raise NotFoundError("no job with id x")

    for _ in range(2):
        with pytest.raises(NotFoundError):
            await cache.get("/jobs/x?", missing)
    assert await cache.get("/jobs/x?", lambda: b"{}") == b"{}"
