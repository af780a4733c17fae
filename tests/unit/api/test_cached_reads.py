"""The cached-read fast path: hits skip the app but never the key check; misses and writes go through."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest

from careerpilot.access.keys import KeyService
from careerpilot.api.auth import SESSION_COOKIE, RateLimiter
from careerpilot.api.cache import ResponseCache
from careerpilot.api.cached_reads import CachedReads
from careerpilot.memory.sql import Store


class _Downstream:
    """Stands in for the routed app: counts what reaches it and caches the body a handler would."""

    def __init__(self, cache: ResponseCache) -> None:
        self.cache = cache
        self.calls: list[str] = []

    async def __call__(self, scope, receive, send) -> None:
        self.calls.append(f"{scope['method']} {scope['path']}")
        body = await self.cache.get(f"{scope['path']}?{scope['query_string'].decode()}", lambda: b'{"n": 1}')
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture
def served(settings):
    store = Store.open(settings.sql_url)
    keys = KeyService(store)
    cache = ResponseCache(ttl=60)
    downstream = _Downstream(cache)
    state = SimpleNamespace(services=SimpleNamespace(keys=keys), limiter=RateLimiter(per_minute=2))
    app = CachedReads(downstream, cache=cache, state=state)
    yield app, downstream, keys
    store.close()


async def test_a_hit_is_answered_without_the_app_and_only_with_a_valid_key(served):
    app, downstream, keys = served
    secret = keys.create("reader").secret
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        first = await client.get("/jobs?limit=5", headers={"X-API-Key": secret})
        second = await client.get("/jobs?limit=5", headers={"Authorization": f"Bearer {secret}"})
        assert first.json() == second.json() == {"n": 1}
        assert downstream.calls == ["GET /jobs"]  # the second came from the cache

        anonymous = await client.get("/jobs?limit=5")
        unknown = await client.get("/jobs?limit=5", headers={"X-API-Key": "cp_unknown"})
        assert (anonymous.status_code, unknown.status_code) == (401, 401)
        assert anonymous.headers["content-type"] == "application/problem+json"

        client.cookies.set(SESSION_COOKIE, secret)
        assert (await client.get("/jobs?limit=5")).status_code == 200  # reads accept the session cookie
        throttled = await client.get("/jobs?limit=5", headers={"X-API-Key": secret})  # the two hits spent both tokens
        assert throttled.status_code == 429 and "Retry-After" in throttled.headers
        assert downstream.calls == ["GET /jobs"]


async def test_a_revoked_key_gets_403_on_a_hit_and_writes_always_reach_the_app(served):
    app, downstream, keys = served
    new = keys.create("soon revoked")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
        assert (await client.get("/approvals", headers={"X-API-Key": new.secret})).status_code == 200
        keys.revoke(new.info.id)
        refused = await client.get("/approvals", headers={"X-API-Key": new.secret})
        assert refused.status_code == 403 and "revoked" in refused.json()["detail"]
        await client.post("/approvals", headers={"X-API-Key": new.secret})
        await client.get("/other", headers={"X-API-Key": new.secret})
    assert downstream.calls == ["GET /approvals", "POST /approvals", "GET /other"]
