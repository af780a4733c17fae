"""Applier node: act on approved applications only (the service refuses anything else)."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState


async def apply(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Apply to each application still approved (the submitter itself never submits one twice)."""
    applying = runtime.context.applying
    unsent = {a.id for a in applying.unsent(state["run_id"])}
    results = [await applying.apply(app_id) for app_id in state.get("approved", []) if app_id in unsent]
    return {"applied": [r.application_id for r in results], "approved": []}
