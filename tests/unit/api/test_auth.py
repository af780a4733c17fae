"""API keys and the per-key rate limit, without a server."""

from __future__ import annotations

import pytest

from careerpilot.access.keys import KeyService, hash_key
from careerpilot.api.auth import RateLimiter, check_key, secret_from_headers
from careerpilot.api.errors import ApiProblem
from careerpilot.memory.sql import Store


@pytest.fixture
def keys(settings):
    store = Store.open(settings.sql_url)
    yield KeyService(store)
    store.close()


def test_a_key_is_stored_only_as_its_hash(keys, settings):
    new = keys.create("extension")
    raw = b"".join(p.read_bytes() for p in settings.data_path.glob("careerpilot.db*"))  # the WAL file too
    assert new.secret.encode() not in raw and hash_key(new.secret).encode() in raw
    assert keys.verify(new.secret) == new.info
    assert [k.name for k in keys.list()] == ["extension"]


def test_missing_unknown_revoked_and_throttled_keys_get_their_status(keys):
    limiter = RateLimiter(per_minute=2)
    secret = keys.create("n8n").secret
    statuses = []
    for attempt in (None, "cp_unknown", secret, secret, secret):
        try:
            check_key(keys, limiter, attempt)
            statuses.append(200)
        except ApiProblem as problem:
            statuses.append(problem.status)
    assert statuses == [401, 401, 200, 200, 429]
    keys.revoke(keys.list()[0].id)
    with pytest.raises(ApiProblem) as refused:
        check_key(keys, limiter, secret)
    assert refused.value.status == 403


def test_the_key_is_read_from_x_api_key_or_a_bearer_token():
    assert secret_from_headers("cp_a", "Bearer cp_b") == "cp_a"
    assert secret_from_headers(None, "Bearer cp_b") == "cp_b"
    assert secret_from_headers(None, "Basic xyz") is None


def test_a_key_needs_a_name(keys):
    from careerpilot.domain.errors import InputError

    with pytest.raises(InputError):
        keys.create("  ")


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_verified_key_is_cached_and_a_revoke_in_this_process_drops_it_at_once(settings):
    store = Store.open(settings.sql_url)
    try:
        clock = _Clock()
        server = KeyService(store, cache_seconds=5, clock=clock)
        cli = KeyService(store)  # e.g. 'careerpilot keys revoke' run inside the server's process
        secret = server.create("extension").secret
        lookups = []
        find = server.table.find
        server.table.find = lambda digest: lookups.append(digest) or find(digest)  # type: ignore[method-assign]
        limiter = RateLimiter(per_minute=100)
        for _ in range(3):
            check_key(server, limiter, secret)
        assert len(lookups) == 1 and server.cached(secret) is not None
        cli.revoke(server.list()[0].id)
        with pytest.raises(ApiProblem) as refused:
            check_key(server, limiter, secret)
        assert refused.value.status == 403
    finally:
        store.close()


def test_a_revoke_from_another_process_is_seen_within_the_cache_ttl(settings):
    store = Store.open(settings.sql_url)
    try:
        clock = _Clock()
        keys = KeyService(store, cache_seconds=5, clock=clock)
        secret = keys.create("n8n").secret
        limiter = RateLimiter(per_minute=100)
        check_key(keys, limiter, secret)
        keys.table.revoke(keys.list()[0].id)  # what another process does: the row changes, this cache does not know
        clock.now += 4.9
        assert check_key(keys, limiter, secret).revoked is False, "inside the documented window"
        clock.now += 0.2
        with pytest.raises(ApiProblem) as refused:
            check_key(keys, limiter, secret)
        assert refused.value.status == 403
    finally:
        store.close()
