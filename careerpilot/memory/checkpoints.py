"""LangGraph checkpoints: a SQLite file by default, PostgreSQL beside the tables when they live there."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from careerpilot.domain.errors import StorageError

CHECKPOINT_LOCK = 0x43505332  # "CPS2": the advisory lock held while the checkpoint tables are migrated


@asynccontextmanager
async def open_checkpointer(sql_url: str, sqlite_path: Path) -> AsyncIterator[BaseCheckpointSaver]:
    """Yield an async saver: Postgres when sql_url is PostgreSQL, else SQLite at sqlite_path."""
    if sql_url.startswith(("postgresql", "postgres")):
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

        conninfo = "postgresql://" + sql_url.split("://", 1)[1]
        try:
            async with AsyncPostgresSaver.from_conn_string(conninfo) as saver:
                await _setup_once(saver)
                yield saver
        except OSError as exc:
            raise StorageError(f"cannot open checkpoints in PostgreSQL: {exc}") from exc
        return
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(sqlite_path)) as saver:
        await saver.setup()
        yield saver


async def _setup_once(saver: Any) -> None:
    """Migrate the checkpoint tables under a session advisory lock: one process migrates, the others find it done.

    A session lock, taken by polling: the migrations create indexes CONCURRENTLY, which wait for every open
    transaction, so a waiter must not sit in one (a blocking ``pg_advisory_lock`` would deadlock with it).
    """
    connection = saver.conn
    while True:
        cursor = await connection.execute("SELECT pg_try_advisory_lock(%s) AS locked", (CHECKPOINT_LOCK,))
        row = await cursor.fetchone()  # the saver's connection returns rows as dicts
        if row and row["locked"]:
            break
        await asyncio.sleep(0.05)
    try:
        await saver.setup()
    finally:
        await connection.execute("SELECT pg_advisory_unlock(%s)", (CHECKPOINT_LOCK,))
