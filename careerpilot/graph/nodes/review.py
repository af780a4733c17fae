"""Review node: where a run stops at the approval gate (applying/gate.py).

``interrupt`` comes first: the node re-runs from the top on resume. The interrupt carries what waits as
``PendingView``, the same view every face shows.

Under the autonomous policy (off by default) the node first approves what the policy allows and lets the applier
act on those; whatever is left comes back here and waits for the human.
"""

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
    """Wait for the user's decisions (or take the autonomous policy's), then record them."""
    applying = runtime.context.applying
    automatic = applying.autonomous_decisions(state["run_id"])  # a pure read: safe before interrupt()
    if automatic:
        decisions = automatic
    else:
        pending = applying.pending_view(state["run_id"])
        answer = interrupt({"run_id": state["run_id"], "pending": [p.model_dump(mode="json") for p in pending]})
        decisions = _DECISIONS.validate_python(answer)
    outcome = applying.record_decisions(state["run_id"], decisions)
    applied = set(state.get("applied", []))
    return {"approved": [a for a in outcome.approved if a not in applied], "pending": outcome.pending}
