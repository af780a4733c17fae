"""API keys and the per-key rate limit, without a server."""

from __future__ import annotations

import pytest

from careerpilot.api.auth import RateLimiter, check_key, secret_from_headers
from careerpilot.api.errors import ApiProblem
from careerpilot.memory.sql import Store
from careerpilot.services.keys import KeyService, hash_key


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
