"""The one retry policy through real httpx clients on a scripted MockTransport; waits are recorded, not slept."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from careerpilot.tools.retries import (
    RetriesExhaustedError,
    RetryPolicy,
    parse_retry_after,
    send_with_retries,
    send_with_retries_async,
)

URL = "https://boards.example/jobs"
TWO_RETRIES = RetryPolicy(retries=2)


class Script:
    """Answers each request with the next scripted status (and headers), or raises a scripted exception."""

    def __init__(self, *answers: int | tuple[int, dict[str, str]] | Exception) -> None:
        self.answers = list(answers)
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        status, headers = answer if isinstance(answer, tuple) else (answer, {})
        return httpx.Response(status, headers=headers, json={"status": status})


def send(script: Script, policy: RetryPolicy = TWO_RETRIES) -> tuple[httpx.Response, list[float]]:
    waits: list[float] = []
    with httpx.Client(transport=httpx.MockTransport(script)) as client:
        response = send_with_retries(lambda: client.get(URL), policy, sleep=waits.append)
    return response, waits


def test_a_429_waits_the_seconds_retry_after_asks_then_succeeds():
    script = Script((429, {"Retry-After": "7"}), 200)

    response, waits = send(script)

    assert response.status_code == 200 and waits == [7.0] and script.requests == 2


def test_a_retry_after_http_date_waits_until_that_time():
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    script = Script((503, {"Retry-After": later}), 200)

    response, waits = send(script)

    assert response.status_code == 200
    assert 28 <= waits[0] <= 30


def test_5xx_then_success_backs_off_exponentially_with_jitter():
    script = Script(500, 503, 200)

    response, waits = send(script, RetryPolicy(retries=3, backoff_s=0.5))

    assert response.status_code == 200
    assert 0.25 <= waits[0] <= 0.75 and 0.5 <= waits[1] <= 1.5


def test_it_gives_up_after_the_retries_with_the_last_answer_readable():
    script = Script(500, 502)

    with pytest.raises(RetriesExhaustedError) as gave_up:
        send(script, RetryPolicy(retries=2, backoff_s=0.01))

    assert str(gave_up.value) == "HTTP 502 after 3 attempt(s)"
    assert gave_up.value.response is not None and gave_up.value.response.json() == {"status": 502}
    assert script.requests == 3


def test_connection_errors_are_retried_and_the_last_one_is_the_cause():
    script = Script(httpx.ConnectError("connection refused"))

    with pytest.raises(RetriesExhaustedError) as gave_up:
        send(script, RetryPolicy(retries=1, backoff_s=0.01))

    assert str(gave_up.value) == "ConnectError: connection refused after 2 attempt(s)"
    assert gave_up.value.response is None and isinstance(gave_up.value.__cause__, httpx.ConnectError)


def test_a_retry_after_longer_than_one_wait_may_be_gives_up_at_once():
    script = Script((429, {"Retry-After": "3600"}), 200)

    with pytest.raises(RetriesExhaustedError, match=r"HTTP 429, asked to wait 3600s \(over the 60s limit\)"):
        send(script, RetryPolicy(retries=3, max_wait_s=60))

    assert script.requests == 1


def test_the_waits_of_one_request_stay_under_the_total_cap():
    script = Script((503, {"Retry-After": "40"}))
    waits: list[float] = []

    with pytest.raises(RetriesExhaustedError, match="asked to wait 40s .80s waited already, over the 100s total"):
        with httpx.Client(transport=httpx.MockTransport(script)) as client:
            policy = RetryPolicy(retries=5, max_wait_s=60, max_total_wait_s=100)
            send_with_retries(lambda: client.get(URL), policy, sleep=waits.append)

    assert waits == [40.0, 40.0] and script.requests == 3


def test_an_answer_not_worth_retrying_comes_back_at_once():
    response, waits = send(Script(404, 200))

    assert response.status_code == 404 and waits == []


def test_the_caller_decides_what_else_is_retryable():
    script = Script(403, 200)
    with httpx.Client(transport=httpx.MockTransport(script)) as client:
        response = send_with_retries(
            lambda: client.get(URL), RetryPolicy(backoff_s=0), retryable=lambda r: r.status_code == 403, sleep=id
        )

    assert response.status_code == 200 and script.requests == 2


async def test_the_async_client_follows_the_same_policy():
    script = Script((429, {"Retry-After": "2"}), 500, 200)
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    async with httpx.AsyncClient(transport=httpx.MockTransport(script)) as client:
        response = await send_with_retries_async(lambda: client.get(URL), RetryPolicy(backoff_s=0.5), sleep=wait)

    assert response.status_code == 200
    assert waits[0] == 2.0 and 0.5 <= waits[1] <= 1.5  # the second retry's backoff: 0.5 x 2 x 0.5-1.5


def test_retry_after_values_parse_as_seconds_or_dates():
    assert parse_retry_after("12") == 12.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # a date in the past: go now
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None
