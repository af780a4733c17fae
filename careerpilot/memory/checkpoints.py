"""LangGraph checkpoints: a SQLite file by default, PostgreSQL beside the tables when they live there."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver

from careerpilot.domain.errors import StorageError


@asynccontextmanager
async def open_checkpointer(sql_url: str, sqlite_path: Path) -> AsyncIterator[BaseCheckpointSaver]:
    """Yield an async saver: Postgres when sql_url is PostgreSQL, else SQLite at sqlite_path."""
    if sql_url.startswith(("postgresql", "postgres")):
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

        conninfo = "postgresql://" + sql_url.split("://", 1)[1]
        try:
            async with AsyncPostgresSaver.from_conn_string(conninfo) as saver:
                await saver.setup()
                yield saver
        except OSError as exc:
            raise StorageError(f"cannot open checkpoints in PostgreSQL: {exc}") from exc
        return
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    sqlite_path.parent.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(sqlite_path)) as saver:
        await saver.setup()
        yield saver
