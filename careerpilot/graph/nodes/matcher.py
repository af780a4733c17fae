"""Matcher node: score every posting and shortlist the best."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from careerpilot.domain.plan import SearchPlan
from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState


async def match(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Rank postings against the resume."""
    context = runtime.context
    ranked = context.ranker.rank(state["run_id"], state["job_ids"], SearchPlan.model_validate(state["plan"]))
    return {
        "ranked": [{"job_id": m.job_id, "score": m.score, "excluded": m.excluded} for m in ranked.matches],
        "shortlist": ranked.shortlist,
    }
