"""Which backend errors are storage faults, and the one line each becomes."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from careerpilot.domain.errors import StorageError
from careerpilot.memory.faults import storage_fault


def test_a_damaged_sqlite_file_is_a_storage_fault_naming_the_file_and_the_fix(tmp_path):
    damaged = tmp_path / "checkpoints.sqlite"
    damaged.write_bytes(b"not a database " * 100)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(damaged).execute("select * from sqlite_master")

    fault = storage_fault(raised.value, damaged)

    assert isinstance(fault, StorageError) and fault.exit_code == 4
    assert str(damaged) in str(fault) and "file is not a database" in str(fault)
    assert "restore it from a backup" in str(fault) and "careerpilot continue" in str(fault)


def test_a_fault_wrapped_by_sqlalchemy_or_raised_while_handling_another_is_found(tmp_path):
    damaged = tmp_path / "careerpilot.db"
    damaged.write_bytes(b"not a database " * 100)
    engine = create_engine(f"sqlite:///{damaged}")
    try:
        with pytest.raises(Exception) as raised, engine.connect() as conn:
            conn.execute(text("select * from sqlite_master"))
    finally:
        engine.dispose()
    try:
        raise RuntimeError("recording the failure failed") from raised.value
    except RuntimeError as outer:
        fault = storage_fault(outer)

    assert fault is not None and "file is not a database" in str(fault) and "[SQL" not in str(fault)


def test_a_read_only_file_system_is_a_storage_fault():
    fault = storage_fault(OSError(errno.EROFS, "Read-only file system", "/data/documents/x.json"))

    assert fault is not None and "Read-only file system: /data/documents/x.json" in str(fault)


@pytest.mark.parametrize(
    "error",
    [
        IntegrityError("insert", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
        sqlite3.ProgrammingError("bad parameter"),
        ValueError("a bug"),
        OSError(errno.ENOENT, "No such file or directory", "/usr/bin/chromium"),
    ],
    ids=["integrity", "programming", "value", "missing-file"],
)
def test_bugs_and_other_errors_are_not_storage_faults(error):
    assert storage_fault(error) is None
