"""API keys: created at random, shown once, stored as sha256, checked on every request."""

from __future__ import annotations

import hashlib
import secrets

from careerpilot.domain.errors import InputError
from careerpilot.domain.keys import ApiKeyInfo, NewApiKey
from careerpilot.memory.keys import KeyTable
from careerpilot.memory.sql import Store

KEY_PREFIX = "cp_"


def hash_key(secret: str) -> str:
    """Return the sha256 hex digest a key is stored and looked up by.

    A plain hash suffices: keys are 256 random bits, so there is nothing to brute-force that salting would slow.
    """
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class KeyService:
    """Creates, lists, revokes and verifies API keys."""

    def __init__(self, store: Store) -> None:
        self.table = KeyTable(store)

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
        """Revoke a key by id; requests with it are refused from now on."""
        return self.table.revoke(key_id)

    def verify(self, secret: str) -> ApiKeyInfo | None:
        """Return the key a secret belongs to (revoked or not), or None for an unknown secret."""
        if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
            return None
        return self.table.find(hash_key(secret))

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
