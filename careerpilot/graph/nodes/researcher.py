"""Researcher node: run the plan's sources and store what they found."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState


async def research(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Discover postings."""
    result = await runtime.context.discovery.discover(state["plan"]["sources"])
    notes = [f"source {line}" for line in result.summaries]
    notes += result.warnings
    if result.duplicates:
        notes.append(f"{result.duplicates} duplicate postings merged")
    return {"job_ids": result.job_ids, "notes": notes}
