"""Review node: where a run stops at the approval gate (applying/gate.py).

``interrupt`` comes first: the node re-runs from the top on resume. The interrupt carries what waits as
``PendingView``, the same view every face shows.

Applications approved but never submitted (the process died between recording the approval and the submit) are
handed to the applier first, without asking again: an approval is never asked for twice, and a run never waits for
a review with nothing to review. Those the applier already tried in this run (a refused submit) are left for
``careerpilot continue`` or the retry, so the run cannot loop.

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
    run_id = state["run_id"]
    tried = set(state.get("applied", []))
    carried = [a.id for a in applying.unsent(run_id) if a.id not in tried]  # pure reads: safe before interrupt()
    if carried:
        return {"approved": carried, "pending": [p.application_id for p in applying.pending_view(run_id)]}
    automatic = applying.autonomous_decisions(run_id)
    if automatic:
        decisions = automatic
    else:
        pending = applying.pending_view(run_id)
        if not pending:
            return {"approved": [], "pending": []}
        answer = interrupt({"run_id": run_id, "pending": [p.model_dump(mode="json") for p in pending]})
        decisions = _DECISIONS.validate_python(answer)
        if runtime.context.approver is not None:  # the face says who decides, never the resume payload
            decisions = [d.model_copy(update={"approver": runtime.context.approver}) for d in decisions]
    outcome = applying.record_decisions(run_id, decisions)
    return {"approved": [a for a in outcome.approved if a not in tried], "pending": outcome.pending}
