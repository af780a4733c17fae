"""LangGraph checkpoints: a SQLite file by default, PostgreSQL beside the tables when they live there."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from careerpilot.domain.errors import StorageError
from careerpilot.memory.faults import storage_fault


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
            await saver.setup()
        except Exception as exc:
            fault = storage_fault(exc, where)
            if fault is None and isinstance(exc, OSError):
                fault = StorageError(f"cannot open the checkpoints ({where}): {exc}")
            if fault is None:
                raise
            raise fault from exc
        yield saver
