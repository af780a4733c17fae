"""The polite shared HTTP client: per-host concurrency and rate budgets, retries, robots.txt, blocked hosts."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from protego import Protego

from careerpilot.domain.errors import SourceError
from careerpilot.text.nesting import check_json_depth
from careerpilot.tools.addresses import AddressGuard
from careerpilot.tools.pinning import guarded_client_options
from careerpilot.tools.retries import RETRY_STATUSES, RetriesExhaustedError, RetryPolicy, send_with_retries_async

log = logging.getLogger(__name__)

# Bodies that mean "a bot wall", whatever the status: stop asking that host rather than hammering it.
# Apply forms embed reCAPTCHA widgets, so a bare "captcha" is not a signal; these are interstitial walls.
_CAPTCHA_SIGNALS = (
    "cf-chl-",
    "challenge-platform",
    "captcha-delivery",
    "px-captcha",
    "are you a robot",
    "unusual traffic",
)
_CAPTCHA_SCAN_BYTES = 20_000


class HttpError(SourceError):
    """A request failed for good: a status that is not worth retrying, or retries ran out."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class HostBlockedError(HttpError):
    """The host answered 403 or showed a captcha; no further request goes to it this run."""


class RobotsDisallowedError(HttpError):
    """robots.txt forbids crawling this URL."""


@dataclass(frozen=True)
class HttpPolicy:
    """How politely to talk to hosts; built from Settings by the service layer."""

    user_agent: str = "CareerPilot/0.1"
    timeout_s: float = 20.0
    max_retries: int = 3
    backoff_s: float = 0.5
    max_retry_after_s: float = 60.0
    max_retry_total_s: float = 120.0
    per_host_concurrency: int = 4
    per_host_rate: float = 5.0
    total_concurrency: int = 16
    proxies: tuple[str, ...] = ()
    respect_robots: bool = True

    def retries(self) -> RetryPolicy:
        """Return the retry policy of one request."""
        return RetryPolicy(self.max_retries, self.backoff_s, self.max_retry_after_s, self.max_retry_total_s)


@dataclass
class HostStats:
    """What happened at one host: requests sent, retries, the most requests ever in flight at once."""

    requests: int = 0
    retries: int = 0
    in_flight: int = 0
    max_in_flight: int = 0


@dataclass
class _Host:
    """Per-host budget state: a concurrency gate, a token bucket, a block reason and robots rules."""

    gate: asyncio.Semaphore
    rate: float
    burst: float
    tokens: float
    updated: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    blocked: str | None = None
    robots: Protego | None = None
    robots_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    stats: HostStats = field(default_factory=HostStats)

    async def take_token(self, sleep: Callable[[float], Awaitable[None]]) -> None:
        """Wait until the host's rate budget allows one more request."""
        async with self.lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            self.tokens -= 1
            wait = -self.tokens / self.rate if self.tokens < 0 else 0.0
        if wait > 0:
            await sleep(wait)


class PoliteClient:
    """An httpx client that paces itself per host; use as ``async with PoliteClient(policy) as http``.

    With a ``guard`` every request and redirect hop is checked and connections are pinned to checked addresses
    (``tools.addresses``, ``tools.pinning``): give one to every client that fetches URLs strangers wrote.
    """

    def __init__(
        self,
        policy: HttpPolicy | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        guard: AddressGuard | None = None,
    ) -> None:
        self.policy = policy or HttpPolicy()
        self.guard = guard
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._total = asyncio.Semaphore(self.policy.total_concurrency)
        headers = {"User-Agent": self.policy.user_agent, "Accept-Encoding": "gzip, deflate"}
        timeout = httpx.Timeout(self.policy.timeout_s)
        limits = httpx.Limits(max_connections=self.policy.total_concurrency * 2, max_keepalive_connections=32)
        proxies: list[str | None] = list(self.policy.proxies) or [None]
        self._clients = [
            httpx.AsyncClient(
                headers=headers,
                timeout=timeout,
                limits=limits,
                proxy=proxy,
                follow_redirects=True,
                max_redirects=5,
                **guarded_client_options(guard, transport, limits, proxy),
            )
            for proxy in proxies
        ]
        self._rotation = itertools.cycle(self._clients)

    async def __aenter__(self) -> PoliteClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close every underlying connection pool."""
        for client in self._clients:
            await client.aclose()

    def stats(self) -> dict[str, HostStats]:
        """Return per-host counters (requests, retries, the most in flight at once)."""
        return {name: host.stats for name, host in self._hosts.items()}

    def blocked_hosts(self) -> dict[str, str]:
        """Return the hosts stopped this run, with why."""
        return {name: host.blocked for name, host in self._hosts.items() if host.blocked}

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        """Send a GET; see ``request``."""
        return await self.request("GET", url, **kwargs)

    async def post(self, url: str, **kwargs: Any) -> httpx.Response:
        """Send a POST; see ``request``."""
        return await self.request("POST", url, **kwargs)

    async def request(
        self,
        method: str,
        url: str,
        *,
        crawl: bool = False,
        allow: tuple[int, ...] = (),
        **kwargs: Any,
    ) -> httpx.Response:
        """Send a request within the host's budgets, retrying 429/5xx and transport errors with backoff.

        ``crawl=True`` marks page crawling: robots.txt is checked first. Statuses in ``allow`` (and 2xx/304)
        are returned; any other final status raises.

        Raises:
            HostBlockedError: the host answered 403 or a captcha, now or earlier in this run.
            RobotsDisallowedError: robots.txt forbids the URL (crawl requests only).
            HttpError: a non-retryable status, a transport error or retries ran out; the message names the URL.
        """
        name = _host_key(url)
        host = self._host(name)
        if crawl and self.policy.respect_robots:
            await self._check_robots(host, url)

        async def send() -> httpx.Response:
            if host.blocked:
                raise HostBlockedError(f"{url}: not requested, {name} stopped earlier this run ({host.blocked})")
            response = await self._send(host, method, url, **kwargs)
            self._check_block(host, url, response)
            return response

        try:
            response = await send_with_retries_async(
                send,
                self.policy.retries(),
                retryable=lambda r: r.status_code in RETRY_STATUSES and r.status_code not in allow,
                sleep=lambda delay: self._pause(host, delay),
            )
        except RetriesExhaustedError as exc:
            status = exc.response.status_code if exc.response is not None else None
            raise HttpError(f"{url}: {exc}", status) from exc
        if response.is_success or response.status_code == 304 or response.status_code in allow:
            return response
        raise HttpError(f"{url}: HTTP {response.status_code} {_reason(response)}", response.status_code)

    async def sitemaps(self, url: str) -> list[str]:
        """Return the ``Sitemap:`` URLs of the robots.txt of the URL's host (read once per host, as for crawling)."""
        host = self._host(_host_key(url))
        async with host.robots_lock:
            if host.robots is None:
                host.robots = await self._load_robots(url)
        return list(host.robots.sitemaps)

    def _host(self, name: str) -> _Host:
        host = self._hosts.get(name)
        if host is None:
            burst = float(max(1, self.policy.per_host_concurrency))
            host = _Host(
                gate=asyncio.Semaphore(self.policy.per_host_concurrency),
                rate=self.policy.per_host_rate,
                burst=burst,
                tokens=burst,
                updated=time.monotonic(),
            )
            self._hosts[name] = host
        return host

    async def hold(self, url: str) -> Callable[[], None]:
        """Take one request's share of the URL host's budgets for a request made outside this client.

        For libraries that do their own HTTP (JobSpy): waits exactly as a request here would (host gate, rate
        token, global slot) and counts in the host's stats. Call the returned release once the outside work has
        really ended; further calls do nothing.

        Raises:
            HostBlockedError: the host was stopped earlier this run.
        """
        name = _host_key(url)
        host = self._host(name)
        if host.blocked:
            raise HostBlockedError(f"{url}: not requested, {name} stopped earlier this run ({host.blocked})")
        return await self._acquire(host)

    def stop_host(self, url: str, reason: str) -> None:
        """Stop sending to the URL's host for the rest of the run (a block seen by an outside client)."""
        name = _host_key(url)
        self._host(name).blocked = reason
        log.warning("stopping requests to %s: %s", name, reason)

    async def _acquire(self, host: _Host) -> Callable[[], None]:
        """Wait for the host gate, its rate token, then a global slot; return the release."""
        # Global slot last: a request queued behind its own busy or rate-limited host must not sit on a global
        # slot that a request to an idle host could use.
        await host.gate.acquire()
        try:
            await host.take_token(self._sleep)
            await self._total.acquire()
        except BaseException:
            host.gate.release()
            raise
        host.stats.requests += 1
        host.stats.in_flight += 1
        host.stats.max_in_flight = max(host.stats.max_in_flight, host.stats.in_flight)
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                host.stats.in_flight -= 1
                self._total.release()
                host.gate.release()

        return release

    async def _send(self, host: _Host, method: str, url: str, **kwargs: Any) -> httpx.Response:
        release = await self._acquire(host)
        try:
            response = await next(self._rotation).request(method, url, **kwargs)
            await response.aread()
            return response
        finally:
            release()

    async def _pause(self, host: _Host, delay: float) -> None:
        # Sleep outside the host gate so other requests to the host keep their budget.
        host.stats.retries += 1
        await self._sleep(delay)

    def _check_block(self, host: _Host, url: str, response: httpx.Response) -> None:
        """Stop the host on 403 or a captcha page, and raise."""
        reason = None
        if response.status_code == 403:
            reason = "HTTP 403 Forbidden"
        elif response.headers.get("cf-mitigated") == "challenge" or _looks_like_captcha(response):
            reason = "a captcha or bot challenge"
        if reason:
            host.blocked = reason
            log.warning("stopping requests to %s: %s", _host_key(url), reason)
            raise HostBlockedError(f"{url}: {reason}; no more requests to this host this run", response.status_code)

    async def _check_robots(self, host: _Host, url: str) -> None:
        async with host.robots_lock:
            if host.robots is None:
                host.robots = await self._load_robots(url)
        if not host.robots.can_fetch(url, self.policy.user_agent):
            raise RobotsDisallowedError(f"{url}: robots.txt disallows crawling it")

    async def _load_robots(self, url: str) -> Protego:
        """Fetch and parse robots.txt (RFC 9309: a 4xx allows all; a 5xx or no answer disallows all)."""
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            response = await self.request("GET", robots_url, allow=(*range(400, 500), *RETRY_STATUSES))
        except HostBlockedError:
            raise
        except HttpError:
            return Protego.parse("User-agent: *\nDisallow: /")
        if 400 <= response.status_code < 500:
            return Protego.parse("")
        if response.status_code >= 500:
            return Protego.parse("User-agent: *\nDisallow: /")
        return Protego.parse(response.text)


def json_body(response: httpx.Response, label: str) -> Any:
    """Return the response's JSON, or raise SourceError naming the source when it is not JSON."""
    try:
        check_json_depth(response.text)  # the structure only; json() still detects the encoding
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        snippet = response.text[:60].replace("\n", " ")
        where = response.url.copy_with(query=None)  # the query may hold an API key
        raise SourceError(f"{label}: {where} did not return valid JSON ({exc}; starts {snippet!r})") from exc


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    if not parts.netloc:
        raise HttpError(f"{url!r} is not an absolute http(s) URL")
    return parts.netloc.lower()


def _looks_like_captcha(response: httpx.Response) -> bool:
    if "html" not in response.headers.get("content-type", ""):
        return False
    head = response.content[:_CAPTCHA_SCAN_BYTES].decode("utf-8", "replace").lower()
    return any(signal in head for signal in _CAPTCHA_SIGNALS)


def _reason(response: httpx.Response) -> str:
    return response.reason_phrase or ""
