"""One retry policy for outbound HTTP: connection errors, 429 and 5xx, ``Retry-After`` honoured, capped waits.

Built on tenacity. A retryable answer waits what its ``Retry-After`` asks (delta-seconds or an HTTP date), else
an exponential backoff with jitter (``backoff_s`` x 2^n x 0.5-1.5, at most ``max_wait_s``). Retries stop after
``retries``, or as soon as the next wait would pass ``max_wait_s`` (a server asking for longer is not retried
early) or the request's total ``max_total_wait_s``; then ``RetriesExhaustedError`` carries the last answer.
The polite discovery client (tools/http.py) and the Gmail reader (tools/gmail.py) both send through here.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import httpx
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception_type, retry_if_result
from tenacity.stop import stop_after_attempt, stop_base
from tenacity.wait import wait_base

log = logging.getLogger(__name__)
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    """How many times, and how long in all, one request is retried."""

    retries: int = 3
    backoff_s: float = 0.5
    max_wait_s: float = 60.0
    max_total_wait_s: float = 120.0


class RetriesExhaustedError(Exception):
    """Retries stopped; the caller turns this into its own error.

    ``response`` is the last answer (None after a connection error, which is the ``__cause__``), ``attempts`` how
    many requests were sent; ``refused_wait_s`` and ``limit`` the wait that was refused and the limit it passed,
    when that is why retries stopped.
    """

    def __init__(
        self, attempts: int, response: httpx.Response | None, refused_wait_s: float | None, limit: str
    ) -> None:
        self.attempts = attempts
        self.response = response
        self.refused_wait_s = refused_wait_s
        self.limit = limit
        super().__init__()

    def __str__(self) -> str:
        failure = f"HTTP {self.response.status_code}" if self.response is not None else describe(self.__cause__)
        if self.refused_wait_s is not None:
            return f"{failure}, asked to wait {self.refused_wait_s:.0f}s ({self.limit}); try later"
        return f"{failure} after {self.attempts} attempt(s)"


def parse_retry_after(value: str | None) -> float | None:
    """Return the seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def is_retryable(response: httpx.Response) -> bool:
    """Return True for 429 and the 5xx worth another try."""
    return response.status_code in RETRY_STATUSES


def send_with_retries(
    send: Callable[[], httpx.Response],
    policy: RetryPolicy,
    *,
    retryable: Callable[[httpx.Response], bool] = is_retryable,
    sleep: Callable[[float], None] = time.sleep,
) -> httpx.Response:
    """Call ``send`` until it answers something not ``retryable``, and return that answer.

    Raises:
        RetriesExhaustedError: retries ran out or the next wait was over a limit.
    """
    return Retrying(sleep=sleep, **_rules(policy, retryable))(send)


async def send_with_retries_async(
    send: Callable[[], Awaitable[httpx.Response]],
    policy: RetryPolicy,
    *,
    retryable: Callable[[httpx.Response], bool] = is_retryable,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> httpx.Response:
    """Await ``send`` until it answers something not ``retryable``, and return that answer.

    Raises:
        RetriesExhaustedError: retries ran out or the next wait was over a limit.
    """

    async def attempt() -> httpx.Response:  # tenacity awaits only a coroutine function, not a lambda's coroutine
        return await send()

    return await AsyncRetrying(sleep=sleep, **_rules(policy, retryable))(attempt)


def describe(error: BaseException | None) -> str:
    """Return a connection error as a short phrase ('timed out', 'ConnectError: ...')."""
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    return f"{type(error).__name__}: {error}".rstrip(": ")


def _rules(policy: RetryPolicy, retryable: Callable[[httpx.Response], bool]) -> dict[str, Any]:
    def give_up(state: RetryCallState) -> NoReturn:
        outcome = state.outcome
        assert outcome is not None
        wait, refused, limit = state.upcoming_sleep, None, ""
        if state.attempt_number <= policy.retries:  # stopped by a wait limit, not by the count
            refused = wait
            if wait > policy.max_wait_s:
                limit = f"over the {policy.max_wait_s:.0f}s limit"
            else:
                limit = f"{state.idle_for:.0f}s waited already, over the {policy.max_total_wait_s:.0f}s total"
        response = None if outcome.failed else outcome.result()
        raise RetriesExhaustedError(state.attempt_number, response, refused, limit) from outcome.exception()

    return {
        "retry": retry_if_exception_type(httpx.TransportError) | retry_if_result(retryable),
        "wait": _RetryAfterOrBackoff(policy),
        "stop": stop_after_attempt(policy.retries + 1) | _WaitOverLimits(policy),
        "before_sleep": _log_retry,
        "retry_error_callback": give_up,
    }


class _RetryAfterOrBackoff(wait_base):
    """What the answer's Retry-After asks, else exponential backoff with jitter, at most the longest wait."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        if outcome is not None and not outcome.failed:
            asked = parse_retry_after(outcome.result().headers.get("Retry-After"))
            if asked is not None:
                return asked  # uncapped: a longer ask stops the retries rather than being cut short
        backoff = self.policy.backoff_s * 2 ** (retry_state.attempt_number - 1) * random.uniform(0.5, 1.5)
        return min(backoff, self.policy.max_wait_s)


class _WaitOverLimits(stop_base):
    """Stop when the next wait is longer than one wait may be, or than the request's waits may be in all."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def __call__(self, retry_state: RetryCallState) -> bool:
        wait = retry_state.upcoming_sleep
        return wait > self.policy.max_wait_s or retry_state.idle_for + wait > self.policy.max_total_wait_s


def _log_retry(retry_state: RetryCallState) -> None:
    outcome = retry_state.outcome
    assert outcome is not None
    failure = describe(outcome.exception()) if outcome.failed else f"HTTP {outcome.result().status_code}"
    log.info("%s; retry %d in %.1f s", failure, retry_state.attempt_number, retry_state.upcoming_sleep)
