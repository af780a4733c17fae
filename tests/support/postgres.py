"""Fresh PostgreSQL databases for tests, on the loopback server (or CAREERPILOT_TEST_POSTGRES_URL)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import pytest


@contextlib.contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """Create an empty database, yield its URL, drop it after; skip outside CI when no server answers."""
    import psycopg

    admin = os.environ.get("CAREERPILOT_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.OperationalError as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL not reachable at {admin}: {exc}")
    try:
        yield f"{admin.rsplit('/', 1)[0]}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
