"""The submission ledger: one row per (job, applicant) written before the submit click; the daily caps count it."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from careerpilot.memory.sql import Store, _aware
from careerpilot.memory.tables import SubmissionRow, utcnow


def idempotency_key(job_id: str, applicant: str) -> str:
    """Return the key that makes 'never twice' hold: a hash of the job and the applicant."""
    return hashlib.sha256(f"{job_id}\x1f{applicant.strip().lower()}".encode()).hexdigest()


def start_of_day(now: datetime | None = None) -> datetime:
    """Return 00:00 UTC of today (the caps reset then)."""
    now = now or datetime.now(UTC)
    return datetime.combine(now.astimezone(UTC).date(), time(0), tzinfo=UTC)


class SubmissionLedger:
    """Claims, updates and counts submissions in the SQL store (SQLite or PostgreSQL)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def claim(self, key: str, application_id: str, job_id: str, applicant: str, site: str) -> bool:
        """Record the intent to submit; return False when the key is already taken (never submit twice)."""
        try:
            with self.store.session() as s:
                s.add(
                    SubmissionRow(
                        key=key, application_id=application_id, job_id=job_id, applicant=applicant, site=site,
                        state="intent", detail={},
                    )
                )  # fmt: skip
        except IntegrityError:
            return False
        return True

    def get(self, key: str) -> dict[str, Any] | None:
        """Return the ledger row of a key as a dict, or None."""
        with self.store.session() as s:
            row = s.get(SubmissionRow, key)
            if row is None:
                return None
            return {
                "key": row.key,
                "application_id": row.application_id,
                "site": row.site,
                "state": row.state,
                "detail": row.detail or {},
                "created_at": _aware(row.created_at),
                "updated_at": _aware(row.updated_at),
            }

    def settle(self, key: str, state: str, detail: dict[str, Any]) -> None:
        """Record what the click led to: submitted, failed or unconfirmed."""
        with self.store.session() as s:
            row = s.get(SubmissionRow, key)
            if row is not None:
                row.state, row.detail, row.updated_at = state, detail, utcnow()

    def count_since(self, since: datetime, site: str | None = None) -> int:
        """Count submissions (any state: an unknown outcome may have gone through) since a time, optionally per site."""
        with self.store.session() as s:
            query = select(func.count()).select_from(SubmissionRow).where(SubmissionRow.created_at >= since)
            if site is not None:
                query = query.where(SubmissionRow.site == site)
            return int(s.scalar(query) or 0)
