"""Saved searches and their firings in the SQL store; a firing is claimed once through a unique row."""

from __future__ import annotations

import builtins
import uuid
from datetime import datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.exc import IntegrityError

from careerpilot.domain.errors import InputError, NotFoundError
from careerpilot.domain.schedules import AutonomousPolicy, SavedSearch, ScheduledRun, SearchSpec
from careerpilot.memory.sql import Store, _aware
from careerpilot.memory.tables import SavedSearchRow, ScheduledRunRow


class ScheduleStore:
    """Reads and writes saved searches and scheduled runs."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, name: str, spec: SearchSpec, cron: str, timezone: str, policy: AutonomousPolicy) -> SavedSearch:
        """Save a search; raise InputError when the name is taken."""
        data = {"spec": spec.model_dump(mode="json"), "policy": policy.model_dump()}
        row = SavedSearchRow(id=uuid.uuid4().hex[:12], name=name, spec=data, cron=cron, timezone=timezone)
        try:
            with self.store.session() as s:
                s.add(row)
        except IntegrityError:
            raise InputError(f"a saved search named {name!r} exists: remove it first or choose another name") from None
        return self.get(row.id)

    def get(self, id_or_name: str) -> SavedSearch:
        """Return a saved search by id or name, or raise NotFoundError."""
        with self.store.session() as s:
            query = select(SavedSearchRow).where(
                or_(SavedSearchRow.id == id_or_name, SavedSearchRow.name == id_or_name)
            )
            row = s.scalar(query)
            if row is None:
                raise NotFoundError(f"no saved search {id_or_name!r} (see 'careerpilot schedule list')")
            return _search(row)

    def list(self) -> list[SavedSearch]:
        """Return every saved search, oldest first."""
        with self.store.session() as s:
            return [_search(r) for r in s.scalars(select(SavedSearchRow).order_by(SavedSearchRow.created_at))]

    def remove(self, id_or_name: str) -> SavedSearch:
        """Delete a saved search (its past runs stay)."""
        search = self.get(id_or_name)
        with self.store.session() as s:
            row = s.get(SavedSearchRow, search.id)
            if row is not None:
                s.delete(row)
        return search

    def advance(self, search_id: str, due_at: datetime) -> bool:
        """Move a search's last handled firing forward to ``due_at``; False when it already was there or later."""
        with self.store.session() as s:
            row = s.get(SavedSearchRow, search_id, with_for_update=True)
            if row is None or (row.last_due_at is not None and _aware(row.last_due_at) >= due_at):
                return False
            row.last_due_at = due_at
            return True

    def claim(self, search_id: str, due_at: datetime) -> tuple[ScheduledRun, bool]:
        """Return the firing (search, due_at), creating it; the flag says whether this call created it."""
        created = True
        try:
            with self.store.session() as s:
                s.add(ScheduledRunRow(search_id=search_id, due_at=due_at))
        except IntegrityError:
            created = False
        return self.firing(search_id, due_at), created

    def release(self, search_id: str, due_at: datetime) -> None:
        """Give a claimed firing back (it failed before doing anything), so a later claim succeeds."""
        with self.store.session() as s:
            s.execute(
                delete(ScheduledRunRow).where(ScheduledRunRow.search_id == search_id, ScheduledRunRow.due_at == due_at)
            )

    def prune(self, search_id: str, before: datetime) -> None:
        """Forget a job's firings older than ``before`` (frequent built-in routines would pile up)."""
        with self.store.session() as s:
            s.execute(
                delete(ScheduledRunRow).where(ScheduledRunRow.search_id == search_id, ScheduledRunRow.due_at < before)
            )

    def firing(self, search_id: str, due_at: datetime) -> ScheduledRun:
        """Return one firing or raise NotFoundError."""
        with self.store.session() as s:
            row = s.scalar(
                select(ScheduledRunRow).where(ScheduledRunRow.search_id == search_id, ScheduledRunRow.due_at == due_at)
            )
            if row is None:
                raise NotFoundError(f"search {search_id} has no firing at {due_at:%Y-%m-%d %H:%M} UTC")
            return ScheduledRun(search_id=row.search_id, due_at=_aware(row.due_at), run_id=row.run_id)

    def attach_run(self, search_id: str, due_at: datetime, run_id: str) -> None:
        """Record the run a firing started."""
        with self.store.session() as s:
            row = s.scalar(
                select(ScheduledRunRow).where(ScheduledRunRow.search_id == search_id, ScheduledRunRow.due_at == due_at)
            )
            if row is not None:
                row.run_id = run_id

    def firings(self, search_id: str | None = None) -> builtins.list[ScheduledRun]:
        """Return firings, oldest first, optionally of one search."""
        with self.store.session() as s:
            query = select(ScheduledRunRow).order_by(ScheduledRunRow.due_at, ScheduledRunRow.id)
            if search_id is not None:
                query = query.where(ScheduledRunRow.search_id == search_id)
            return [
                ScheduledRun(search_id=r.search_id, due_at=_aware(r.due_at), run_id=r.run_id) for r in s.scalars(query)
            ]


def _search(row: SavedSearchRow) -> SavedSearch:
    return SavedSearch(
        id=row.id,
        name=row.name,
        spec=SearchSpec.model_validate(row.spec["spec"]),
        policy=AutonomousPolicy.model_validate(row.spec.get("policy", {})),
        cron=row.cron,
        timezone=row.timezone,
        enabled=row.enabled,
        last_due_at=_aware(row.last_due_at) if row.last_due_at else None,
        created_at=_aware(row.created_at),
    )
