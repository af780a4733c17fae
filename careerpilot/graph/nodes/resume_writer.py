"""Resume writer node: tailored documents and a drafted application per shortlisted job."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from careerpilot.graph.context import Context
from careerpilot.graph.state import RunState


async def write_resume(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
    """Draft the applications."""
    context = runtime.context
    inputs = context.journal.inputs(state["run_id"])
    outcome = await context.documents.draft(state["run_id"], state["shortlist"], inputs)
    outcome.notes += await context.research.brief_jobs(state["shortlist"])  # cached company briefs
    # Read each form in a dry run now, so review shows every field with its value and source.
    outcome.notes += await context.applying.prepare(outcome.application_ids, inputs)
    return {
        "application_ids": outcome.application_ids,
        "pending": outcome.application_ids,
        "written_by": {"resume_writer": outcome.written_by},
        "notes": outcome.notes,
    }
