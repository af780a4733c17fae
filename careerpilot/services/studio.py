"""The graph LangGraph Server and Studio load (``langgraph.json``): the run graph over the services from Settings.

``langgraph dev`` calls ``graph`` for every run, state read and schema fetch. The services are opened once per
server process, by the same composition root as the CLI (``Services.open(Settings())``), and closed when the
process exits. A run starts from a ``RunRequest``: ``{"goal": ..., "sources": [...]}`` records a run over the
stored profile, resume and filters (empty sources: the stored default sources), or ``{"run_id": ...}`` runs one a
face already recorded. The server keeps the checkpoints of its runs; it stops at the review interrupt like any run.
"""

from __future__ import annotations

import asyncio
import atexit
from contextlib import AsyncExitStack
from dataclasses import replace
from typing import Any

from langgraph.graph.state import CompiledStateGraph

from careerpilot.config import Settings
from careerpilot.domain.review import Approver
from careerpilot.graph.graph import build_graph
from careerpilot.graph.state import RunRequest
from careerpilot.services import Services

_opened: dict[str, Any] = {}
_lock = asyncio.Lock()


async def graph() -> CompiledStateGraph[Any, Any, Any, Any]:
    """Return the run graph bound to this process's services (opened and compiled on the first call)."""
    async with _lock:
        if "graph" not in _opened:
            _opened["graph"] = _compile(await _open())
        compiled: CompiledStateGraph[Any, Any, Any, Any] = _opened["graph"]
        return compiled


def _compile(services: Services) -> CompiledStateGraph[Any, Any, Any, Any]:
    """Compile the run graph with the services' context bound to its nodes (the server adds its checkpointer)."""

    async def intake(request: RunRequest) -> dict[str, Any]:
        """Record the run this server run is for, refusing bad inputs before any node runs."""
        if request.get("run_id"):
            return {"run_id": services.store.get_run(request["run_id"]).id}
        inputs = await asyncio.to_thread(
            services.profile.run_inputs, list(request.get("sources") or []), request.get("goal", "")
        )
        return {"run_id": services.runs.create(inputs).id}

    # Studio has no user to name: whoever resumes the review interrupt is recorded as LangGraph Studio.
    context = replace(services.runs.context, approver=Approver(channel="studio", name="LangGraph Studio"))
    return build_graph(bound=context, intake=intake).compile(name="careerpilot")


async def _open() -> Services:
    """Open the services from Settings for the life of the process (the CLI's composition root)."""
    stack = AsyncExitStack()
    services = await stack.enter_async_context(Services.open(Settings()))
    atexit.register(_close, stack)
    return services


def _close(stack: AsyncExitStack) -> None:
    """Close storage at exit; the server's event loop is gone by then, so close on a new one."""
    try:
        asyncio.run(stack.aclose())
    except Exception:  # noqa: BLE001 - at exit there is no one left to tell; the SQL files stay consistent
        pass
