"""Circuit breakers per model profile: a failing provider is skipped for a cool-down, then probed once.

States: closed (calls go through), open (calls skip the profile until ``opened_until``), half-open (the cool-down
is over and exactly one caller, the one that wins the probe claim, tries the profile; success closes the circuit,
failure opens it for another cool-down). The state lives in this process, or in Redis when REDIS_URL is set so
every process (CLI runs, workers, the API) skips a provider another process found down. Time is wall-clock
(``time.time``) because it is compared across processes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

log = logging.getLogger(__name__)

Admission = Literal["closed", "probe"]


@dataclass
class CircuitState:
    """What is known of one profile: failures in a row, until when it is skipped, and why."""

    failures: int = 0
    opened_until: float = 0.0
    reason: str = ""


class CircuitStore(Protocol):
    """Where circuit states live."""

    def get(self, profile: str) -> CircuitState:
        """Return a profile's state (closed with no failures when unknown)."""

    def put(self, profile: str, state: CircuitState) -> None:
        """Store a profile's state and free its probe claim."""

    def clear(self, profile: str) -> None:
        """Forget a profile's state: its circuit is closed."""

    def claim_probe(self, profile: str, lease_s: float) -> bool:
        """Claim the one half-open probe for ``lease_s``; False when another caller holds it."""


class InProcessCircuits:
    """Circuit states in this process only."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._states: dict[str, CircuitState] = {}
        self._probes: dict[str, float] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def get(self, profile: str) -> CircuitState:
        """Return a profile's state."""
        with self._lock:
            state = self._states.get(profile)
            return CircuitState(state.failures, state.opened_until, state.reason) if state else CircuitState()

    def put(self, profile: str, state: CircuitState) -> None:
        """Store a profile's state."""
        with self._lock:
            self._states[profile] = state
            self._probes.pop(profile, None)

    def clear(self, profile: str) -> None:
        """Close a profile's circuit."""
        with self._lock:
            self._states.pop(profile, None)
            self._probes.pop(profile, None)

    def claim_probe(self, profile: str, lease_s: float) -> bool:
        """Claim the half-open probe; False when it is taken."""
        with self._lock:
            now = self._clock()
            if self._probes.get(profile, 0.0) > now:
                return False
            self._probes[profile] = now + lease_s
            return True


class RedisCircuits:
    """Circuit states in Redis (a hash per profile, a probe key with a lease), shared by every process."""

    def __init__(self, url: str, prefix: str = "cp:") -> None:
        import redis

        self._redis: Any = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
        self._errors: tuple[type[Exception], ...] = (redis.RedisError, OSError)
        self._prefix = f"{prefix}llm:circuit:"
        self._local = InProcessCircuits()  # used while Redis does not answer: a breaker must never break a call

    def _key(self, profile: str) -> str:
        return f"{self._prefix}{profile}"

    def get(self, profile: str) -> CircuitState:
        """Return a profile's state."""
        try:
            data = self._redis.hgetall(self._key(profile))
        except self._errors as exc:
            log.warning("circuit state of %s not read from Redis (%s); using this process's", profile, exc)
            return self._local.get(profile)
        if not data:
            return CircuitState()
        text = {k.decode(): v.decode() for k, v in data.items()}
        return CircuitState(int(text.get("failures", 0)), float(text.get("opened_until", 0)), text.get("reason", ""))

    def put(self, profile: str, state: CircuitState) -> None:
        """Store a profile's state."""
        self._local.put(profile, state)
        mapping = {"failures": state.failures, "opened_until": state.opened_until, "reason": state.reason}
        try:
            pipe = self._redis.pipeline()
            pipe.hset(self._key(profile), mapping=mapping)
            pipe.expire(self._key(profile), 7 * 24 * 3600)
            pipe.delete(f"{self._key(profile)}:probe")
            pipe.execute()
        except self._errors as exc:
            log.warning("circuit state of %s not written to Redis (%s)", profile, exc)

    def clear(self, profile: str) -> None:
        """Close a profile's circuit."""
        self._local.clear(profile)
        try:
            self._redis.delete(self._key(profile), f"{self._key(profile)}:probe")
        except self._errors as exc:
            log.warning("circuit state of %s not cleared in Redis (%s)", profile, exc)

    def claim_probe(self, profile: str, lease_s: float) -> bool:
        """Claim the half-open probe; False when it is taken."""
        try:
            return bool(self._redis.set(f"{self._key(profile)}:probe", "1", nx=True, px=max(1, int(lease_s * 1000))))
        except self._errors:
            return self._local.claim_probe(profile, lease_s)


class CircuitBreaker:
    """Decides whether a profile may be called, and learns from each call's outcome."""

    def __init__(
        self,
        store: CircuitStore | None = None,
        failures_to_open: int = 1,
        cooldown_s: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store or InProcessCircuits(clock)
        self.failures_to_open = failures_to_open
        self.cooldown_s = cooldown_s
        self.clock = clock

    def admit(self, profile: str, lease_s: float) -> Admission | None:
        """Return 'closed' (call it), 'probe' (call it: the one trial after a cool-down) or None (skip it).

        ``lease_s`` bounds how long a probe claim holds: a prober that dies frees the probe after it.
        """
        state = self.store.get(profile)
        if state.opened_until == 0.0:
            return "closed"
        if self.clock() < state.opened_until:
            return None
        return "probe" if self.store.claim_probe(profile, lease_s) else None

    def succeeded(self, profile: str) -> None:
        """Close the circuit (a no-op when it was closed with no failures)."""
        if self.store.get(profile) != CircuitState():
            self.store.clear(profile)

    def failed(self, profile: str, reason: str, probe: bool = False) -> bool:
        """Count a failure; open the circuit when enough failed in a row (a failed probe re-opens at once).

        Returns True when the circuit is open now.
        """
        state = self.store.get(profile)
        failures = state.failures + 1
        opens = probe or failures >= self.failures_to_open
        until = self.clock() + self.cooldown_s if opens else 0.0
        self.store.put(profile, CircuitState(failures, until, reason[:200]))
        if opens:
            log.warning("circuit of model profile %s open for %.0f s: %s", profile, self.cooldown_s, reason)
        return opens

    def describe(self, profile: str) -> str:
        """Say where a profile's circuit stands, for the doctor."""
        state = self.store.get(profile)
        if state.opened_until == 0.0:
            return "closed" if not state.failures else f"closed ({state.failures} failure(s) in a row)"
        left = state.opened_until - self.clock()
        if left > 0:
            return f"open for {left:.0f} s more ({state.reason})"
        return f"half-open: the next call probes it ({state.reason})"


def open_breaker(redis_url: str | None, prefix: str, failures_to_open: int, cooldown_s: float) -> CircuitBreaker:
    """Return the breaker for this process: shared through Redis when a URL is given."""
    store: CircuitStore = RedisCircuits(redis_url, prefix) if redis_url else InProcessCircuits()
    return CircuitBreaker(store, failures_to_open, cooldown_s)
