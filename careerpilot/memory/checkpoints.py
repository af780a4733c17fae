"""LangGraph checkpoints: a SQLite file by default, PostgreSQL beside the tables when they live there."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from careerpilot.domain.errors import StorageError
from careerpilot.memory.faults import storage_fault

CHECKPOINT_LOCK = 0x43505332  # "CPS2": the advisory lock held while the checkpoint tables are migrated


@asynccontextmanager
async def open_checkpointer(sql_url: str, sqlite_path: Path) -> AsyncIterator[BaseCheckpointSaver]:
    """Yield an async saver: Postgres when sql_url is PostgreSQL, else SQLite at sqlite_path.

    Raises:
        StorageError: the checkpoints cannot be opened (a damaged file, an unreachable server).
    """
    async with AsyncExitStack() as stack:
        if sql_url.startswith(("postgresql", "postgres")):
            from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

            where: object = "checkpoints in PostgreSQL"
            opening: Any = AsyncPostgresSaver.from_conn_string("postgresql://" + sql_url.split("://", 1)[1])
        else:
            from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

            where = sqlite_path
            sqlite_path.parent.mkdir(parents=True, exist_ok=True)
            opening = AsyncSqliteSaver.from_conn_string(str(sqlite_path))
        try:  # only the opening: errors of the body below pass through unchanged
            saver = await stack.enter_async_context(opening)
            await (_setup_once(saver) if where == "checkpoints in PostgreSQL" else saver.setup())
        except Exception as exc:
            fault = storage_fault(exc, where)
            if fault is None and isinstance(exc, OSError):
                fault = StorageError(f"cannot open the checkpoints ({where}): {exc}")
            if fault is None:
                raise
            raise fault from exc
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
