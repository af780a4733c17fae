"""Review node: the approval gate. ``interrupt`` comes first: the node re-runs from the top on resume."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt
from pydantic import TypeAdapter

from careerpilot.domain.review import ReviewDecision
from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState

_DECISIONS = TypeAdapter(list[ReviewDecision])


async def review(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Wait for the user's decisions, then record them."""
    answer = interrupt({"run_id": state["run_id"], "pending": state.get("pending", [])})
    decisions = _DECISIONS.validate_python(answer)
    outcome = runtime.context.services.applying.record_decisions(state["run_id"], decisions)
    applied = set(state.get("applied", []))
    return {"approved": [a for a in outcome.approved if a not in applied], "pending": outcome.pending}
