"""Every use of the shared memory, against real Redis (127.0.0.1:6379, a key prefix per test) and in-process."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.outputs import Generation

from careerpilot.memory.chat_sessions import ChatSessions
from careerpilot.memory.kv import InProcessMemory, KeyValueMemory, LockBusyError, RenewingLease
from careerpilot.memory.redis import RedisMemory
from tests.support.redis_server import MAIN_URL, unique_prefix


@pytest.fixture(params=["redis", "in-process"])
def kv(request: pytest.FixtureRequest) -> Iterator[KeyValueMemory]:
    if request.param == "in-process":
        yield InProcessMemory()
        return
    memory = RedisMemory(f"{MAIN_URL}/0", prefix=unique_prefix())
    yield memory
    memory.clear()
    memory.close()


def wait_until(check, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return check()


def test_chat_history_round_trips_and_expires_by_ttl(kv):
    sessions = ChatSessions(kv, ttl_s=0.3)
    sessions.save("s1", [HumanMessage(content="find jobs"), AIMessage(content="3 found")])

    loaded = sessions.load("s1")

    assert [type(m).__name__ for m in loaded] == ["HumanMessage", "AIMessage"]
    assert loaded[1].content == "3 found"
    assert wait_until(lambda: sessions.load("s1") == [])
    assert sessions.load("unknown") == []


def test_rate_limit_allows_the_limit_per_window_then_refuses(kv):
    allowed = [kv.allow("host:boards.example", limit=3, window_s=30) for _ in range(5)]

    assert allowed == [True, True, True, False, False]
    assert kv.allow("host:other.example", limit=3, window_s=30)


def test_daily_cap_is_never_exceeded_by_concurrent_reservations(kv):
    results: list[bool] = []
    lock = threading.Lock()

    def take() -> None:
        ok = kv.reserve("cap:2026-11-29", cap=7, ttl_s=60, start=2)
        with lock:
            results.append(ok)

    threads = [threading.Thread(target=take) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert results.count(True) == 5  # 2 already recorded in SQL (the seed), 7 allowed
    assert kv.counter("cap:2026-11-29") == 7
    kv.unreserve("cap:2026-11-29")
    assert kv.reserve("cap:2026-11-29", cap=7, ttl_s=60)


def test_a_lock_has_one_owner_and_frees_itself_after_its_ttl(kv):
    first = kv.try_lock("search:abc", ttl_s=0.3)
    assert first is not None
    assert kv.try_lock("search:abc", ttl_s=0.3) is None

    assert wait_until(lambda: (lease := kv.try_lock("search:abc", ttl_s=5)) is not None and lease.release() is None)
    assert not first.renew()  # it lapsed and someone else took it meanwhile


def test_a_renewed_lease_outlives_its_ttl_and_release_frees_it(kv):
    lease = kv.try_lock("application:1", ttl_s=0.3)
    assert lease is not None
    renewing = RenewingLease(lease)
    deadline = time.monotonic() + 0.8
    while time.monotonic() < deadline:
        assert kv.try_lock("application:1", ttl_s=0.3) is None
        time.sleep(0.05)
    renewing.release()

    assert not renewing.lost
    assert kv.try_lock("application:1", ttl_s=1) is not None


def test_locked_waits_for_the_holder_and_gives_up_after_its_deadline(kv):
    held = kv.try_lock("caps", ttl_s=10)
    with pytest.raises(LockBusyError):
        with kv.locked("caps", wait_s=0.1):
            pass
    held.release()
    with kv.locked("caps", wait_s=1) as lease:
        assert lease.name == "caps"


async def test_holding_waits_for_the_holder_without_blocking_the_loop_and_renews_while_held(kv):
    held = kv.try_lock("application:2", ttl_s=10)
    order = []

    async def second() -> None:
        async with kv.holding("application:2", ttl_s=0.3, wait_s=5):
            order.append("second holds")
            await asyncio.sleep(0.5)  # longer than the TTL: the lease is renewed meanwhile
            assert kv.try_lock("application:2", ttl_s=1) is None
        order.append("second released")

    waiting = asyncio.create_task(second())
    await asyncio.sleep(0)  # the waiter is parked on the held lock, and the loop still runs this test
    order.append("first releases")
    held.release()
    await asyncio.wait_for(waiting, 5)

    assert order == ["first releases", "second holds", "second released"]
    assert kv.try_lock("application:2", ttl_s=1) is not None


async def test_holding_gives_up_after_its_wait_with_the_busy_message(kv):
    kv.try_lock("application:3", ttl_s=10)
    with pytest.raises(LockBusyError, match="another process is applying"):
        async with kv.holding("application:3", ttl_s=1, wait_s=0.05, busy="another process is applying"):
            pass


def test_seen_postings_returns_only_new_ids(kv):
    assert kv.add_seen("search:1", ["a", "b", "a"]) == ["a", "b"]
    assert kv.add_seen("search:1", ["b", "c"]) == ["c"]
    assert kv.seen_count("search:1") == 3
    assert kv.add_seen("search:2", ["a"]) == ["a"]


def test_run_events_stream_in_order_and_a_blocking_reader_wakes_on_publish(kv):
    first = kv.publish_event("run1", {"kind": "node_started", "node": "planner"})
    kv.publish_event("run1", {"kind": "node_finished", "node": "planner"})
    events = kv.read_events("run1")
    assert [e["kind"] for _, e in events] == ["node_started", "node_finished"]
    assert [e["kind"] for _, e in kv.read_events("run1", after=first)] == ["node_finished"]

    last = events[-1][0]
    got: list = []
    reader = threading.Thread(target=lambda: got.extend(kv.read_events("run1", after=last, block_s=5)))
    reader.start()
    kv.publish_event("run1", {"kind": "node_started", "node": "researcher"})
    reader.join(timeout=6)
    assert [e["node"] for _, e in got] == ["researcher"]


def test_llm_cache_returns_a_stored_response(kv):
    cache = kv.llm_cache(ttl_s=60)
    prompt, llm = f"prompt-{id(kv)}", "model=gpt-test"
    assert cache.lookup(prompt, llm) is None
    cache.update(prompt, llm, [Generation(text="cached answer")])
    assert cache.lookup(prompt, llm)[0].text == "cached answer"  # Redis entries expire by their TTL


def test_two_redis_clients_share_the_same_memory():
    prefix = unique_prefix()
    a, b = RedisMemory(f"{MAIN_URL}/0", prefix=prefix), RedisMemory(f"{MAIN_URL}/0", prefix=prefix)
    try:
        assert a.try_lock("search:x", ttl_s=5) is not None
        assert b.try_lock("search:x", ttl_s=5) is None
        a.add_seen("s", ["j1"])
        assert b.add_seen("s", ["j1", "j2"]) == ["j2"]
        ChatSessions(a).save("chat", [HumanMessage(content="hi")])
        assert ChatSessions(b).load("chat")[0].content == "hi"
    finally:
        a.clear()
        a.close()
        b.close()
