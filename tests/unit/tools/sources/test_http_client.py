"""The polite HTTP client against a loopback server: retries, Retry-After, timeouts, blocks, robots, budgets."""

import asyncio

import pytest

from careerpilot.tools.http import (
    HostBlockedError,
    HttpError,
    HttpPolicy,
    PoliteClient,
    RobotsDisallowedError,
)
from tests.support.board_server import BoardServer, Canned


@pytest.fixture
def server():
    with BoardServer() as running:
        running.route("/ok", {"ok": True})
        yield running


def _client(sleeps, **policy):
    async def record(delay):
        sleeps.append(delay)

    defaults = {"timeout_s": 2.0, "max_retries": 2, "backoff_s": 0.5, "per_host_rate": 1000.0}
    return PoliteClient(HttpPolicy(**(defaults | policy)), sleep=record)


async def test_429_waits_as_long_as_retry_after_says_then_succeeds(server):
    server.fail("/ok", Canned(429, {"error": "slow down"}, {"Retry-After": "7"}))
    sleeps = []
    async with _client(sleeps) as http:
        response = await http.get(f"{server.url}/ok")

    assert response.json() == {"ok": True}
    assert sleeps == [7.0]
    assert len(server.hits("/ok")) == 2


async def test_a_retry_after_beyond_the_limit_gives_up_with_a_readable_error(server):
    server.fail("/ok", Canned(429, {}, {"Retry-After": "3600"}))
    async with _client([], max_retry_after_s=60) as http:
        with pytest.raises(HttpError, match="asked to wait 3600s"):
            await http.get(f"{server.url}/ok")


async def test_500_then_success_backs_off_exponentially_with_jitter(server):
    server.fail("/ok", Canned(500, "boom"), Canned(503, "busy"))
    sleeps = []
    async with _client(sleeps) as http:
        response = await http.get(f"{server.url}/ok")

    assert response.status_code == 200
    assert 0.25 <= sleeps[0] <= 0.75 and 0.5 <= sleeps[1] <= 1.5


async def test_retries_run_out_with_the_status_and_attempts_named(server):
    server.fail("/ok", *[Canned(502, "bad gateway")] * 3)
    async with _client([]) as http:
        with pytest.raises(HttpError, match=r"/ok: HTTP 502 after 3 attempt\(s\)"):
            await http.get(f"{server.url}/ok")


async def test_a_stalled_server_times_out(server):
    server.route("/slow", Canned(stall=True))
    async with _client([], timeout_s=0.2, max_retries=1) as http:
        with pytest.raises(HttpError, match=r"/slow: timed out after 2 attempt\(s\)"):
            await http.get(f"{server.url}/slow")


async def test_403_stops_the_host_for_the_rest_of_the_run(server):
    server.fail("/ok", Canned(403, "forbidden"))
    async with _client([]) as http:
        with pytest.raises(HostBlockedError, match="HTTP 403"):
            await http.get(f"{server.url}/ok")
        with pytest.raises(HostBlockedError, match="stopped earlier this run"):
            await http.get(f"{server.url}/ok")
        assert http.blocked_hosts()

    assert len(server.hits("/ok")) == 1


async def test_a_captcha_wall_stops_the_host(server):
    server.route("/wall", Canned(200, "<html><div id='cf-chl-widget'>Are you a robot?</div></html>"))
    async with _client([]) as http:
        with pytest.raises(HostBlockedError, match="captcha"):
            await http.get(f"{server.url}/wall")


async def test_robots_txt_is_respected_when_crawling_only(server):
    server.route("/robots.txt", Canned(200, "User-agent: *\nDisallow: /private", {"Content-Type": "text/plain"}))
    server.route("/private/jobs", Canned(200, "<html></html>"))
    async with _client([]) as http:
        with pytest.raises(RobotsDisallowedError, match="robots.txt disallows"):
            await http.get(f"{server.url}/private/jobs", crawl=True)
        assert (await http.get(f"{server.url}/ok", crawl=True)).status_code == 200
        assert (await http.get(f"{server.url}/private/jobs")).status_code == 200  # API calls are not crawling

    assert len(server.hits("/robots.txt")) == 1


async def test_robots_txt_that_errors_disallows_crawling(server):
    server.route("/robots.txt", Canned(500, "oops"))
    async with _client([]) as http:
        with pytest.raises(RobotsDisallowedError):
            await http.get(f"{server.url}/ok", crawl=True)


async def test_no_host_ever_has_more_requests_in_flight_than_its_budget():
    with BoardServer(latency=0.05) as slow:
        slow.route("/ok", {"ok": True})
        async with _client([], per_host_concurrency=3) as http:
            await asyncio.gather(*(http.get(f"{slow.url}/ok") for _ in range(12)))
            seen = http.stats()

        assert max(slow.max_in_flight.values()) == 3
        assert max(s.max_in_flight for s in seen.values()) == 3


async def test_requests_queued_on_a_busy_host_do_not_hold_global_slots_an_idle_host_needs():
    """Two loopback hosts, 0.2 s latency: six requests queue on the busy host (one at a time), yet the idle
    host's single request goes out at once instead of waiting behind them for a global slot."""
    with BoardServer("127.0.0.1", latency=0.2) as busy, BoardServer("127.0.0.2", latency=0.2) as idle:
        busy.route("/ok", {"ok": True})
        idle.route("/ok", {"ok": True})
        async with _client([], per_host_concurrency=1, total_concurrency=3) as http:
            loop = asyncio.get_running_loop()
            start = loop.time()
            queued = [asyncio.create_task(http.get(f"{busy.url}/ok")) for _ in range(6)]
            await asyncio.sleep(0)  # the busy host's requests queue first
            await http.get(f"{idle.url}/ok")
            idle_done = loop.time() - start
            await asyncio.gather(*queued)
            busy_done = loop.time() - start

    assert idle_done < 0.6  # one request's latency, not the busy host's queue (6 x 0.2 s)
    assert busy_done >= 1.2
    assert busy.max_in_flight == {f"127.0.0.1:{busy.url.rsplit(':', 1)[1]}": 1}


async def test_the_rate_budget_spaces_requests_after_the_burst(server):
    sleeps = []
    async with _client(sleeps, per_host_concurrency=2, per_host_rate=1.0) as http:
        for _ in range(4):
            await http.get(f"{server.url}/ok")

    # Burst of 2, then each request waits about 1/rate longer (the recorded sleeps do not refill the bucket).
    assert len(sleeps) == 2
    assert 0.5 < sleeps[0] <= 1.0 and 1.5 < sleeps[1] <= 2.0


async def test_proxies_are_rotated_per_request():
    with BoardServer() as proxy_a, BoardServer() as proxy_b:
        for proxy in (proxy_a, proxy_b):
            proxy.route("/ok", {"ok": True})
        async with _client([], proxies=(proxy_a.url, proxy_b.url)) as http:
            for _ in range(4):
                await http.get("http://127.0.0.9:9/ok")  # the proxies answer; this address is never dialled

    assert len(proxy_a.hits("/ok")) == 2 and len(proxy_b.hits("/ok")) == 2
    assert proxy_a.hits("/ok")[0].headers["host"] == "127.0.0.9:9"
