"""API key rows: stored by sha256, looked up by hash, revoked by id."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from careerpilot.domain.errors import NotFoundError
from careerpilot.domain.keys import ApiKeyInfo
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import ApiKeyRow, utcnow


def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


def _info(row: ApiKeyRow) -> ApiKeyInfo:
    return ApiKeyInfo(
        id=row.id,
        name=row.name,
        prefix=row.prefix,
        created_at=_aware(row.created_at),  # type: ignore[arg-type]
        revoked_at=_aware(row.revoked_at),
    )


class KeyTable:
    """The api_keys table of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, key_id: str, name: str, key_hash: str, prefix: str) -> ApiKeyInfo:
        """Insert a key by its hash and return what identifies it."""
        with self.store.session() as s:
            row = ApiKeyRow(id=key_id, name=name, key_hash=key_hash, prefix=prefix, created_at=utcnow())
            s.add(row)
            s.flush()
            return _info(row)

    def find(self, key_hash: str) -> ApiKeyInfo | None:
        """Return the key with this hash, revoked or not, or None."""
        with self.store.session() as s:
            row = s.scalar(select(ApiKeyRow).where(ApiKeyRow.key_hash == key_hash))
            return _info(row) if row is not None else None

    def all(self) -> list[ApiKeyInfo]:
        """Return every key, oldest first."""
        with self.store.session() as s:
            return [_info(r) for r in s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.created_at))]

    def revoke(self, key_id: str) -> ApiKeyInfo:
        """Mark a key revoked (idempotent) or raise NotFoundError."""
        with self.store.session() as s:
            row = s.get(ApiKeyRow, key_id)
            if row is None:
                raise NotFoundError(f"no API key with id {key_id}: list them with 'careerpilot keys list'")
            row.revoked_at = row.revoked_at or utcnow()
            s.flush()
            return _info(row)
