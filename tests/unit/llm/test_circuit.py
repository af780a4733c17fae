"""Circuit breakers: open on failure, skip during the cool-down, one probe after it; in Redis across processes."""

from __future__ import annotations

import time

from careerpilot.llm.circuit import CircuitBreaker, InProcessCircuits, RedisCircuits
from tests.support.redis_server import MAIN_URL, unique_prefix


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def breaker(clock: Clock, failures: int = 1) -> CircuitBreaker:
    return CircuitBreaker(InProcessCircuits(clock), failures_to_open=failures, cooldown_s=30, clock=clock)


def test_a_failure_opens_the_circuit_for_the_cool_down_then_one_probe():
    clock = Clock()
    circuits = breaker(clock)

    assert circuits.admit("a", lease_s=5) == "closed"
    assert circuits.failed("a", "HTTP 500") is True
    assert circuits.admit("a", lease_s=5) is None
    clock.now += 29.9
    assert circuits.admit("a", lease_s=5) is None
    clock.now += 0.2
    assert circuits.admit("a", lease_s=5) == "probe"
    assert circuits.admit("a", lease_s=5) is None  # the probe is taken: others still skip
    assert "half-open" in circuits.describe("a")


def test_a_successful_probe_closes_and_a_failed_one_reopens():
    clock = Clock()
    circuits = breaker(clock)
    circuits.failed("a", "timed out")
    clock.now += 31
    assert circuits.admit("a", lease_s=5) == "probe"
    circuits.failed("a", "connection failed", probe=True)
    assert circuits.admit("a", lease_s=5) is None
    assert "open for 30 s more (connection failed)" == circuits.describe("a")
    clock.now += 31
    assert circuits.admit("a", lease_s=5) == "probe"
    circuits.succeeded("a")
    assert circuits.admit("a", lease_s=5) == "closed" and circuits.describe("a") == "closed"


def test_a_probe_whose_caller_died_is_freed_after_its_lease():
    clock = Clock()
    circuits = breaker(clock)
    circuits.failed("a", "HTTP 503")
    clock.now += 31
    assert circuits.admit("a", lease_s=5) == "probe"
    clock.now += 6
    assert circuits.admit("a", lease_s=5) == "probe"


def test_a_threshold_counts_failures_in_a_row():
    clock = Clock()
    circuits = breaker(clock, failures=3)

    assert [circuits.failed("a", "HTTP 500") for _ in range(3)] == [False, False, True]
    assert circuits.admit("a", lease_s=5) is None
    assert circuits.admit("b", lease_s=5) == "closed"  # per profile


def test_redis_shares_the_state_between_breakers():
    prefix = unique_prefix()
    one = CircuitBreaker(RedisCircuits(MAIN_URL, prefix), cooldown_s=0.2)
    other = CircuitBreaker(RedisCircuits(MAIN_URL, prefix), cooldown_s=0.2)
    try:
        one.failed("a", "HTTP 500")
        assert other.admit("a", lease_s=5) is None
        time.sleep(0.25)
        assert [one.admit("a", lease_s=5), other.admit("a", lease_s=5)].count("probe") == 1
        other.succeeded("a")
        assert one.admit("a", lease_s=5) == "closed"
    finally:
        one.store.clear("a")


def test_redis_down_falls_back_to_this_process():
    circuits = CircuitBreaker(RedisCircuits("redis://127.0.0.1:1/0", unique_prefix()), cooldown_s=30)

    circuits.failed("a", "HTTP 500")  # Redis refuses: logged, kept here
    assert circuits.admit("a", lease_s=5) is None


def test_success_without_failures_writes_nothing():
    clock = Clock()
    store = InProcessCircuits(clock)
    circuits = CircuitBreaker(store, clock=clock)
    circuits.succeeded("a")
    assert store.get("a").failures == 0 and store.get("a").opened_until == 0.0
