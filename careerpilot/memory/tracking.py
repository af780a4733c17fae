"""Tracking tables beside the applications: contacts and next actions, Notion links, processed e-mails."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, String, Text, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from careerpilot.domain.tracking import Contact
from careerpilot.memory.sql import create_tables
from careerpilot.memory.tables import Base, JobRow, utcnow


class TrackingRow(Base):
    """Contacts and a user-set next action of one application."""

    __tablename__ = "application_tracking"
    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True)
    contacts: Mapped[list[Any]] = mapped_column(default=list)
    next_action: Mapped[str | None] = mapped_column(Text)
    next_action_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class NotionLinkRow(Base):
    """Which Notion page mirrors one of our records, and the state both sides agreed on at the last sync."""

    __tablename__ = "notion_links"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # "application:<id>" or "job:<id>"
    page_id: Mapped[str | None] = mapped_column(String(64))
    synced_status: Mapped[str | None] = mapped_column(String(32))
    synced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    local_version: Mapped[str | None] = mapped_column(String(64))  # fingerprint of what we last pushed
    last_error: Mapped[str | None] = mapped_column(Text)


class ProcessedEmailRow(Base):
    """A message already read, so a later check never applies it twice (we never mark mail as read)."""

    __tablename__ = "processed_emails"
    message_id: Mapped[str] = mapped_column(String(512), primary_key=True)
    application_id: Mapped[str | None] = mapped_column(String(32), index=True)
    kind: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    processed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


@dataclass
class NotionLink:
    """One row of notion_links."""

    key: str
    page_id: str | None = None
    synced_status: str | None = None
    synced_at: datetime | None = None
    local_version: str | None = None
    last_error: str | None = None


_TABLES = [TrackingRow.__table__, NotionLinkRow.__table__, ProcessedEmailRow.__table__]


def _aware(value: datetime | None) -> datetime | None:
    return value if value is None or value.tzinfo else value.replace(tzinfo=UTC)


class TrackingStore:
    """Reads and writes the tracking tables on the store's engine."""

    def __init__(self, engine: Engine) -> None:
        create_tables(engine, tables=_TABLES)  # several processes may open a fresh database at once
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def tracking(self, application_ids: Iterable[str]) -> dict[str, tuple[list[Contact], str | None, datetime | None]]:
        """Return contacts, next action and its date for these applications (only those that have any)."""
        with self._sessions() as s:
            rows = s.scalars(select(TrackingRow).where(TrackingRow.application_id.in_(list(application_ids))))
            return {
                r.application_id: (
                    [Contact.model_validate(c) for c in r.contacts or []],
                    r.next_action,
                    _aware(r.next_action_at),
                )
                for r in rows
            }

    def set_tracking(
        self,
        application_id: str,
        contacts: list[Contact] | None = None,
        next_action: str | None = None,
        next_action_at: datetime | None = None,
    ) -> None:
        """Store contacts and/or a user-set next action; fields left as None keep their value."""
        with self._sessions() as s, s.begin():
            row = s.get(TrackingRow, application_id)
            if row is None:
                row = TrackingRow(application_id=application_id, contacts=[])
                s.add(row)
            if contacts is not None:
                row.contacts = [c.model_dump() for c in contacts]
            if next_action is not None:
                row.next_action = next_action
            if next_action_at is not None:
                row.next_action_at = next_action_at

    def links(self, prefix: str) -> dict[str, NotionLink]:
        """Return every Notion link whose key starts with the prefix, by key."""
        with self._sessions() as s:
            rows = s.scalars(select(NotionLinkRow).where(NotionLinkRow.key.startswith(prefix)))
            return {
                r.key: NotionLink(r.key, r.page_id, r.synced_status, _aware(r.synced_at), r.local_version, r.last_error)
                for r in rows
            }

    def save_link(self, link: NotionLink) -> None:
        """Insert or replace a Notion link."""
        with self._sessions() as s, s.begin():
            s.merge(
                NotionLinkRow(
                    key=link.key,
                    page_id=link.page_id,
                    synced_status=link.synced_status,
                    synced_at=link.synced_at,
                    local_version=link.local_version,
                    last_error=link.last_error,
                )
            )

    def seen_messages(self, message_ids: Iterable[str]) -> set[str]:
        """Return which of these message ids were processed before."""
        ids = list(message_ids)
        with self._sessions() as s:
            return set(s.scalars(select(ProcessedEmailRow.message_id).where(ProcessedEmailRow.message_id.in_(ids))))

    def mark_processed(self, message_id: str, application_id: str | None, kind: str | None, reason: str) -> None:
        """Remember that a message was read and what it did."""
        with self._sessions() as s, s.begin():
            s.merge(ProcessedEmailRow(message_id=message_id, application_id=application_id, kind=kind, reason=reason))

    def count_jobs(self) -> int:
        """Return how many postings were ever discovered."""
        with self._sessions() as s:
            return int(s.scalar(select(func.count()).select_from(JobRow)) or 0)
