"""Every use of the shared memory, against real Redis (127.0.0.1:6379, a key prefix per test) and in-process."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.outputs import Generation

from careerpilot.memory.chat_sessions import ChatSessions
from careerpilot.memory.kv import InProcessMemory, KeyValueMemory, LockBusyError, MemoryUnavailableError, RenewingLease
from careerpilot.memory.redis import RedisMemory
from tests.support.redis_server import MAIN_URL, free_port, unique_prefix


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
    assert kv.add_seen("search:2", ["a"]) == ["a"]


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


def test_ping_passes_when_reachable_and_names_the_fix_when_redis_is_down():
    InProcessMemory().ping()
    alive = RedisMemory(f"{MAIN_URL}/0", prefix=unique_prefix())
    alive.ping()
    alive.close()
    dead = RedisMemory(f"redis://127.0.0.1:{free_port()}/0", prefix=unique_prefix(), timeout_s=0.5)
    with pytest.raises(MemoryUnavailableError, match="unset REDIS_URL"):
        dead.ping()
    dead.close()
