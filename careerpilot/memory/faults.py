"""Recognise a storage fault in any error a backend raised, and say it as a StorageError with its cause and fix.

SQLAlchemy, sqlite3 (the checkpointer), psycopg (the Postgres checkpointer), Chroma and the file system each raise
their own types, at any point of a command: a read-only data directory mid-run, a stopped PostgreSQL, a damaged
``checkpoints.sqlite``. The faces call ``storage_fault`` in their last line of defence, so the user sees exit 4
(CLI) or a 503 (API) with one line instead of "unexpected ... please report it". Types are matched by name, so
nothing heavy is imported on the error path.
"""

from __future__ import annotations

import errno

from careerpilot.domain.errors import StorageError

# A bug in our SQL (a constraint, a typo, a bad value) is not a storage fault; these stay unexpected.
_NOT_STORAGE = frozenset(
    f"{module}.{name}"
    for module in ("sqlalchemy.exc", "sqlite3", "psycopg")
    for name in ("IntegrityError", "ProgrammingError", "DataError")
)
_STORAGE = frozenset(
    {
        "sqlalchemy.exc.DBAPIError",
        "sqlite3.DatabaseError",
        "psycopg.OperationalError",
        "psycopg.InterfaceError",
        "psycopg.DatabaseError",
        "psycopg_pool.PoolTimeout",
        "chromadb.errors.InternalError",
    }
)
_FILE_ERRNOS = frozenset(
    {errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EACCES, errno.EPERM, errno.ENOTDIR, errno.EISDIR}
)
RESUME = "then resume with 'careerpilot continue RUN_ID' ('careerpilot runs' lists them)"


def storage_fault(exc: BaseException, where: object = None) -> StorageError | None:
    """Return the StorageError an error (or the error it arose from) amounts to, None when it is no storage fault.

    ``where`` (a file or a store's name) is named in the message when given.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, StorageError):
            return current
        cause = _cause(current)
        if cause is not None:
            at = f" ({where})" if where is not None else ""
            return StorageError(f"storage failed{at}: {cause}; {_fix(cause)}, {RESUME}")
        current = current.__cause__ or current.__context__
    return None


def _cause(exc: BaseException) -> str | None:
    names = {f"{k.__module__}.{k.__qualname__}" for k in type(exc).__mro__}
    if isinstance(exc, OSError) and exc.filename is not None and exc.errno in _FILE_ERRNOS:
        return f"{exc.strerror}: {exc.filename}"
    if names & _NOT_STORAGE or not names & _STORAGE:
        return None
    original = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the driver's error; its text holds the SQL
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__


def _fix(cause: str) -> str:
    text = cause.lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "a storage file is damaged: restore it from a backup, or move it aside to start it afresh"
    if "connect" in text or "server" in text or "terminat" in text or "closed" in text:
        return "check that the database server in DATABASE_URL is running and reachable"
    if "space" in text or "quota" in text:
        return "free some disk space"
    return "check that the data directory (CAREERPILOT_DATA_DIR) is writable and its files are yours"
