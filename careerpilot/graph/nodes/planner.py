"""Planner node: profile + goal -> search plan."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState


async def plan(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Make the search plan."""
    context = runtime.context
    inputs = context.journal.inputs(state["run_id"])
    search_plan, note = await context.planning.plan(inputs.profile, inputs.resume, inputs.goal, inputs.sources)
    return {
        "plan": search_plan.model_dump(),
        "written_by": {"planner": search_plan.planned_by},
        "notes": [note] if note else [],
    }
