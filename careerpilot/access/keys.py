"""API keys: created at random, shown once, stored as sha256, checked on every request.

Verified keys are cached for ``KEY_CACHE_SECONDS`` per process, so a request costs no SQL lookup. A revoke in the
same process (the server, or a CLI call inside it) drops the key from the cache at once; a revoke from another
process (``careerpilot keys revoke`` in a shell while the server runs) takes effect within ``KEY_CACHE_SECONDS``.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable

from careerpilot.domain.errors import InputError
from careerpilot.domain.keys import ApiKeyInfo, NewApiKey
from careerpilot.memory.keys import KeyTable
from careerpilot.memory.sql import Store

KEY_PREFIX = "cp_"
KEY_CACHE_SECONDS = 5.0
_CACHE_LIMIT = 1024  # distinct valid keys held at once; there are a handful in practice


class _KeyCache:
    """Verified keys by (database, hash) for a few seconds, shared by every KeyService of the process."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str], tuple[ApiKeyInfo, float]] = {}
        self._lock = threading.Lock()

    def get(self, database: str, digest: str, now: float) -> ApiKeyInfo | None:
        entry = self._entries.get((database, digest))
        return entry[0] if entry is not None and entry[1] > now else None

    def put(self, database: str, digest: str, info: ApiKeyInfo, until: float) -> None:
        with self._lock:
            if len(self._entries) >= _CACHE_LIMIT:
                self._entries.clear()
            self._entries[(database, digest)] = (info, until)

    def drop(self, database: str, key_id: str) -> None:
        with self._lock:
            for entry in [k for k, (info, _) in self._entries.items() if k[0] == database and info.id == key_id]:
                del self._entries[entry]


_CACHE = _KeyCache()


def hash_key(secret: str) -> str:
    """Return the sha256 hex digest a key is stored and looked up by.

    A plain hash suffices: keys are 256 random bits, so there is nothing to brute-force that salting would slow.
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class KeyService:
    """Creates, lists, revokes and verifies API keys."""

    def __init__(
        self, store: Store, cache_seconds: float = KEY_CACHE_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.table = KeyTable(store)
        self.cache_seconds = cache_seconds
        self.clock = clock
        self._database = store.engine.url.render_as_string(hide_password=True)

    def create(self, name: str) -> NewApiKey:
        """Create a key named ``name``; the returned secret is not stored anywhere."""
        name = name.strip()
        if not name or len(name) > 100:
            raise InputError("give the key a name of 1 to 100 characters, e.g. 'extension' or 'n8n'")
        secret = KEY_PREFIX + secrets.token_urlsafe(32)
        info = self.table.add(secrets.token_hex(6), name, hash_key(secret), secret[:10])
        return NewApiKey(info=info, secret=secret)

    def list(self) -> list[ApiKeyInfo]:
        """Return every key (never the secrets)."""
        return self.table.all()

    def revoke(self, key_id: str) -> ApiKeyInfo:
        """Revoke a key by id; requests with it are refused from now on (other processes: within the cache TTL)."""
        info = self.table.revoke(key_id)
        _CACHE.drop(self._database, key_id)
        return info

    def cached(self, secret: str) -> ApiKeyInfo | None:
        """Return the key a secret belongs to when it was verified in the last few seconds, else None (ask verify)."""
        if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
            return None
        return _CACHE.get(self._database, hash_key(secret), self.clock())

    def verify(self, secret: str) -> ApiKeyInfo | None:
        """Return the key a secret belongs to (revoked or not), or None for an unknown secret."""
        if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
            return None
        digest = hash_key(secret)
        now = self.clock()
        info = _CACHE.get(self._database, digest, now)
        if info is None:
            info = self.table.find(digest)
            # Unknown secrets are not cached: a flood of guesses must not evict the real keys.
            if info is not None and self.cache_seconds > 0:
                _CACHE.put(self._database, digest, info, now + self.cache_seconds)
        return info

    def any_active(self) -> bool:
        """Return True when at least one unrevoked key exists."""
        return any(not k.revoked for k in self.table.all())


def has_active_key(sql_url: str) -> bool:
    """Return True when the database at ``sql_url`` holds an unrevoked key (for a warning before serving)."""
    store = Store.open(sql_url)
    try:
        return KeyService(store).any_active()
    finally:
        store.close()
