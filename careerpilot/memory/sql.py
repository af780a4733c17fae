"""The SQL store: SQLite by default, PostgreSQL when DATABASE_URL says so."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from careerpilot.domain.applications import Application, ApplicationStatus, StatusChange, check_transition
from careerpilot.domain.errors import ApprovalRequiredError, NotFoundError, StorageError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.review import Approver
from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.memory.tables import (
    ApplicationRow,
    AuditRow,
    Base,
    CompanyBriefRow,
    JobRow,
    MatchRow,
    RunEventRow,
    RunRow,
    SourceStateRow,
    StatusHistoryRow,
    utcnow,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


def _aware(value: datetime) -> datetime:
    """Return value with UTC attached (SQLite drops the zone)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class UpsertCounts:
    """What an upsert of postings did."""

    new: int
    changed: int
    unchanged: int


SUPPORTED_URLS = ("sqlite:", "sqlite+pysqlite:", "postgresql+psycopg://")


def open_engine(url: str) -> Engine:
    """Create the engine and the tables; raise StorageError with the fix when the database is unusable."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                f"cannot create the data directory {path.parent}: {exc.strerror}; set CAREERPILOT_DATA_DIR"
            ) from exc
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    if not url.startswith(SUPPORTED_URLS):
        scheme = url.split(":", 1)[0] if ":" in url else url[:20]
        raise StorageError(
            f"DATABASE_URL scheme {scheme!r} is not supported: use postgresql://USER@HOST/DB, "
            "or unset it for the SQLite file in the data directory"
        )
    # A pre-ping finds server connections that died (PostgreSQL restarts); a SQLite file has none, and the extra
    # round trip per checkout cost about 8 % of API throughput.
    engine = create_engine(url, pool_pre_ping=not url.startswith("sqlite"))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        create_tables(engine)
    except (OperationalError, SQLAlchemyError) as exc:
        engine.dispose()
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise StorageError(f"cannot use the database {engine.url.render_as_string()}: {reason}") from exc
    return engine


SCHEMA_LOCK = 0x43505331  # "CPS1": the PostgreSQL advisory lock held while the tables are created


def create_tables(engine: Engine, attempts: int = 5, tables: list[Any] | None = None) -> None:
    """Create missing tables; safe when several processes open a fresh database at once.

    PostgreSQL: under a transaction-scoped advisory lock, so one process creates and the others then see the tables.
    SQLite: check-then-create can lose a race to another process ("already exists"); it is simply checked again.
    """

    def create() -> None:
        with engine.begin() as connection:
            if engine.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
            Base.metadata.create_all(connection, tables=tables)

    _again_on_conflict(
        create, "tables created concurrently by another process", attempts, lambda exc: "already exists" in str(exc)
    )


def _again_on_conflict(
    write: Callable[[], T],
    what: str,
    attempts: int = 3,
    conflict: Callable[[SQLAlchemyError], bool] = lambda exc: isinstance(exc, IntegrityError),
) -> T:
    """Run ``write`` again when it lost a race to another process (runs sharing one database).

    Writes that read then insert (upsert, ``merge``, check-then-create) conflict when another process inserts the
    same key in between; done again, the read sees that row and the write succeeds.
    """
    for attempt in range(attempts):
        try:
            return write()
        except (OperationalError, IntegrityError) as exc:
            if not conflict(exc) or attempt == attempts - 1:
                raise
            log.info("%s; writing again", what)
    raise AssertionError("unreachable")


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


class Store:
    """Jobs, runs, matches, applications and audit in one SQL database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (and create if needed) the store at a SQLAlchemy URL."""
        return cls(open_engine(url))

    def close(self) -> None:
        """Release the connection pool."""
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session that commits on success and rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    # jobs
    def upsert_jobs(self, jobs: Sequence[JobPosting]) -> UpsertCounts:
        """Insert new postings, refresh changed ones and touch the rest; return what happened.

        Another process inserting the same posting meanwhile (two runs on one database) makes the insert
        conflict; the batch is then read again and the posting updated instead.
        """
        return _again_on_conflict(lambda: self._upsert_jobs(jobs), "postings inserted concurrently by another process")

    def _upsert_jobs(self, jobs: Sequence[JobPosting]) -> UpsertCounts:
        new = changed = 0
        now = utcnow()
        with self.session() as s:
            existing = {r.id: r for r in s.scalars(select(JobRow).where(JobRow.id.in_([j.id for j in jobs])))}
            for job in jobs:
                row = existing.get(job.id)
                data = job.model_dump(mode="json")
                if row is None:
                    row = JobRow(id=job.id, first_seen=now)
                    s.add(row)
                    existing[job.id] = row
                    new += 1
                elif row.content_hash != job.content_hash:
                    changed += 1
                row.source, row.url, row.title, row.company = job.source, job.url, job.title, job.company
                # A posting past its validThrough day is kept closed: not listed, not ranked.
                row.content_hash, row.data, row.last_seen, row.closed = job.content_hash, data, now, job.expired()
        return UpsertCounts(new=new, changed=changed, unchanged=len(jobs) - new - changed)

    def get_job(self, job_id: str) -> JobPosting:
        """Return one posting or raise NotFoundError."""
        with self.session() as s:
            row = s.get(JobRow, job_id)
            if row is None:
                raise NotFoundError(f"no job with id {job_id}")
            return JobPosting.model_validate(row.data)

    def get_jobs(self, job_ids: Sequence[str]) -> dict[str, JobPosting]:
        """Return the postings with these ids that exist, by id."""
        with self.session() as s:
            rows = s.scalars(select(JobRow).where(JobRow.id.in_(list(job_ids))))
            return {r.id: JobPosting.model_validate(r.data) for r in rows}

    def list_jobs(self, limit: int = 100) -> list[JobPosting]:
        """Return the most recently seen open postings."""
        with self.session() as s:
            query = select(JobRow).where(JobRow.closed.is_(False)).order_by(JobRow.last_seen.desc()).limit(limit)
            return [JobPosting.model_validate(r.data) for r in s.scalars(query)]

    def close_jobs(self, job_ids: Sequence[str]) -> int:
        """Mark postings closed (kept, never deleted); return how many were open."""
        with self.session() as s:
            rows = s.scalars(select(JobRow).where(JobRow.id.in_(list(job_ids)), JobRow.closed.is_(False))).all()
            for row in rows:
                row.closed = True
            return len(rows)

    # incremental discovery and research caches
    def source_state(self, source: str) -> dict[str, Any] | None:
        """Return a source's last validators and job ids, or None when it never ran."""
        with self.session() as s:
            row = s.get(SourceStateRow, source)
            if row is None:
                return None
            return {"etag": row.etag, "last_modified": row.last_modified, "job_ids": list(row.job_ids or [])}

    def save_source_state(
        self, source: str, job_ids: Sequence[str], etag: str | None = None, last_modified: str | None = None
    ) -> None:
        """Remember what a source returned this time."""
        self._put(
            lambda: SourceStateRow(
                source=source, etag=etag, last_modified=last_modified, job_ids=list(job_ids), fetched_at=utcnow()
            )
        )

    def company_brief(self, key: str) -> tuple[dict[str, Any], datetime] | None:
        """Return a cached company brief and when it was made, or None."""
        with self.session() as s:
            row = s.get(CompanyBriefRow, key)
            return (dict(row.data), _aware(row.created_at)) if row else None

    def save_company_brief(self, key: str, data: dict[str, Any]) -> None:
        """Cache a company brief, replacing an older one."""
        self._put(lambda: CompanyBriefRow(key=key, data=data, created_at=utcnow()))

    def _put(self, make_row: Callable[[], Base]) -> None:
        """Insert or replace one row by its primary key.

        ``merge`` reads, then inserts: when another process (runs on one database) inserts the same key in
        between, the insert conflicts; done again, the read finds that row and the write becomes an update.
        """

        def merge() -> None:
            with self.session() as s:
                s.merge(make_row())

        _again_on_conflict(merge, "row written concurrently by another process")

    # runs
    def create_run(self, goal: str, inputs: dict[str, Any], run_id: str | None = None) -> RunRecord:
        """Record a new run and return it; its id is the graph's thread id."""
        with self.session() as s:
            row = RunRow(id=run_id or uuid.uuid4().hex, status=RunStatus.RUNNING.value, goal=goal, inputs=inputs)
            s.add(row)
        return self.get_run(row.id)

    def get_run(self, run_id: str) -> RunRecord:
        """Return a run or raise NotFoundError."""
        with self.session() as s:
            row = s.get(RunRow, run_id)
            if row is None:
                raise NotFoundError(f"no run with id {run_id}")
            return _run_record(row)

    def run_inputs(self, run_id: str) -> dict[str, Any]:
        """Return the inputs snapshot (profile, resume, filters, sources) a run was started with."""
        with self.session() as s:
            row = s.get(RunRow, run_id)
            if row is None:
                raise NotFoundError(f"no run with id {run_id}")
            return dict(row.inputs)

    def update_run(
        self, run_id: str, status: RunStatus, summary: dict[str, Any] | None = None, error: str | None = None
    ) -> None:
        """Set a run's status, merging summary keys and recording an error line when given."""
        with self.session() as s:
            row = s.get(RunRow, run_id)
            if row is None:
                raise NotFoundError(f"no run with id {run_id}")
            row.status, row.updated_at, row.error = status.value, utcnow(), error
            if summary:
                row.summary = {**(row.summary or {}), **summary}

    def merge_run_summary(self, run_id: str, update: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Merge ``update(summary)``'s keys into a run's summary in one transaction, leaving its status alone."""
        with self.session() as s:
            row = s.get(RunRow, run_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"no run with id {run_id}")
            row.summary = {**(row.summary or {}), **update(dict(row.summary or {}))}

    def list_runs(self, limit: int = 50) -> list[RunRecord]:
        """Return the newest runs first."""
        with self.session() as s:
            rows = s.scalars(select(RunRow).order_by(RunRow.created_at.desc()).limit(limit))
            return [_run_record(r) for r in rows]

    def add_event(self, run_id: str, kind: str, node: str | None = None, data: dict[str, Any] | None = None) -> None:
        """Append to a run's event log."""
        with self.session() as s:
            s.add(RunEventRow(run_id=run_id, kind=kind, node=node, data=data or {}))

    def events(self, run_id: str, after_id: int = 0) -> list[RunEvent]:
        """Return a run's events in order, after an event id."""
        with self.session() as s:
            query = select(RunEventRow).where(RunEventRow.run_id == run_id, RunEventRow.id > after_id)
            return [
                RunEvent(id=r.id, run_id=r.run_id, at=_aware(r.at), kind=r.kind, node=r.node, data=r.data)
                for r in s.scalars(query.order_by(RunEventRow.id))
            ]

    # matches
    def save_matches(self, run_id: str, matches: Sequence[Match], shortlisted: set[str]) -> None:
        """Store a run's matches (replacing earlier ones of the same run)."""
        with self.session() as s:
            for match in matches:
                s.merge(
                    MatchRow(
                        run_id=run_id,
                        job_id=match.job_id,
                        score=match.score,
                        shortlisted=match.job_id in shortlisted,
                        data=match.model_dump(mode="json"),
                    )
                )

    def matches_for_run(self, run_id: str) -> list[tuple[Match, bool]]:
        """Return a run's matches, best first, with whether each was shortlisted."""
        with self.session() as s:
            rows = s.scalars(select(MatchRow).where(MatchRow.run_id == run_id).order_by(MatchRow.score.desc()))
            return [(Match.model_validate(r.data), r.shortlisted) for r in rows]

    # applications
    def ensure_application(self, job_id: str, applicant: str, run_id: str, score: float | None) -> Application:
        """Return the application for (job, applicant), creating it as shortlisted if there is none."""
        with self.session() as s:
            row = s.scalar(_app_query(job_id, applicant))
            if row is not None:
                return self._application(s, row)
        try:
            with self.session() as s:
                row = ApplicationRow(
                    id=uuid.uuid4().hex[:16],
                    job_id=job_id,
                    applicant=applicant,
                    run_id=run_id,
                    status=ApplicationStatus.SHORTLISTED.value,
                    score=score,
                )
                s.add(row)
                s.flush()
                s.add(StatusHistoryRow(application_id=row.id, status=row.status, by="graph:matcher", note=""))
        except IntegrityError:
            log.info("application for job %s created concurrently; using it", job_id)
        with self.session() as s:
            row = s.scalar(_app_query(job_id, applicant))
            assert row is not None
            return self._application(s, row)

    def find_application(self, job_id: str, applicant: str) -> Application | None:
        """Return the application for (job, applicant), or None (one indexed lookup, not a scan)."""
        with self.session() as s:
            row = s.scalar(_app_query(job_id, applicant))
            return self._application(s, row) if row is not None else None

    def get_application(self, application_id: str) -> Application:
        """Return one application with its history, or raise NotFoundError."""
        with self.session() as s:
            row = s.get(ApplicationRow, application_id)
            if row is None:
                raise NotFoundError(f"no application with id {application_id}")
            return self._application(s, row)

    def list_applications(
        self, status: ApplicationStatus | None = None, run_id: str | None = None
    ) -> list[Application]:
        """Return applications, newest first, optionally of one status or run."""
        with self.session() as s:
            query = select(ApplicationRow).order_by(ApplicationRow.created_at.desc())
            if status is not None:
                query = query.where(ApplicationRow.status == status.value)
            if run_id is not None:
                query = query.where(ApplicationRow.run_id == run_id)
            return [self._application(s, r) for r in s.scalars(query)]

    def transition(self, application_id: str, new: ApplicationStatus, by: str, note: str = "") -> Application:
        """Move an application to a new status through the status machine, recording who did it.

        Raises:
            ApprovalRequiredError: for ``approved``: only the approval gate approves, through ``approve``.
        """
        if new is ApplicationStatus.APPROVED:
            raise ApprovalRequiredError(
                "an application is approved only at the review gate (careerpilot review, the Approvals tab, "
                "or an MCP client that asks you), never by a status update"
            )
        return self._move(application_id, new, by, note)

    def approve(self, application_id: str, approver: Approver, note: str = "") -> Application:
        """Record an approval and who gave it; only ``applying.gate.ApprovalGate`` calls this."""
        return self._move(application_id, ApplicationStatus.APPROVED, approver.label, note)

    def _move(self, application_id: str, new: ApplicationStatus, by: str, note: str) -> Application:
        with self.session() as s:
            row = s.get(ApplicationRow, application_id, with_for_update=True)
            if row is None:
                raise NotFoundError(f"no application with id {application_id}")
            check_transition(ApplicationStatus(row.status), new)
            row.status, row.updated_at = new.value, utcnow()
            s.add(StatusHistoryRow(application_id=row.id, status=new.value, by=by, note=note))
        return self.get_application(application_id)

    def update_application(self, application_id: str, **fields: Any) -> Application:
        """Update documents, answers, notes, score or run (a tracked job queued later joins its queueing run)."""
        allowed = {"documents", "answers", "notes", "score", "run_id"}
        if unknown := set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(unknown)}")
        with self.session() as s:
            row = s.get(ApplicationRow, application_id)
            if row is None:
                raise NotFoundError(f"no application with id {application_id}")
            for name, value in fields.items():
                setattr(row, name, value)
            row.updated_at = utcnow()
        return self.get_application(application_id)

    def _application(self, s: Session, row: ApplicationRow) -> Application:
        history = s.scalars(
            select(StatusHistoryRow).where(StatusHistoryRow.application_id == row.id).order_by(StatusHistoryRow.id)
        )
        return Application(
            id=row.id,
            job_id=row.job_id,
            applicant=row.applicant,
            run_id=row.run_id,
            status=ApplicationStatus(row.status),
            score=row.score,
            documents=row.documents or {},
            answers=row.answers or {},
            notes=row.notes or "",
            created_at=_aware(row.created_at),
            updated_at=_aware(row.updated_at),
            history=[
                StatusChange(status=ApplicationStatus(h.status), at=_aware(h.at), by=h.by, note=h.note) for h in history
            ],
        )

    # audit
    def audit(self, action: str, application_id: str | None = None, detail: dict[str, Any] | None = None) -> None:
        """Record an action taken on the user's behalf."""
        with self.session() as s:
            s.add(AuditRow(action=action, application_id=application_id, detail=detail or {}))

    def audit_events(self, application_id: str | None = None, action: str | None = None) -> list[dict[str, Any]]:
        """Return audit entries in order, optionally for one application or action."""
        with self.session() as s:
            query = select(AuditRow).order_by(AuditRow.id)
            if application_id is not None:
                query = query.where(AuditRow.application_id == application_id)
            if action is not None:
                query = query.where(AuditRow.action == action)
            return [
                {"at": _aware(r.at), "application_id": r.application_id, "action": r.action, "detail": r.detail}
                for r in s.scalars(query)
            ]


def _app_query(job_id: str, applicant: str) -> Any:
    return select(ApplicationRow).where(ApplicationRow.job_id == job_id, ApplicationRow.applicant == applicant)


def _run_record(row: RunRow) -> RunRecord:
    return RunRecord(
        id=row.id,
        status=RunStatus(row.status),
        goal=row.goal,
        summary=row.summary or {},
        error=row.error,
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
    )
