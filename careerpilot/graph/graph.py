"""The CareerPilot graph: planner -> researcher -> matcher -> resume_writer -> review -> applier."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import wraps
from typing import Any

from langgraph.graph import START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import RetryPolicy

from careerpilot.graph import routing
from careerpilot.graph.context import Context
from careerpilot.graph.nodes.applier import apply
from careerpilot.graph.nodes.matcher import match
from careerpilot.graph.nodes.planner import plan
from careerpilot.graph.nodes.researcher import research
from careerpilot.graph.nodes.resume_writer import write_resume
from careerpilot.graph.nodes.review import review
from careerpilot.graph.state import RunRequest, RunState

Node = Callable[[RunState, Runtime[Context]], Awaitable[dict[str, Any]]]


def recorded(name: str, node: Node, bound: Context | None = None) -> Any:
    """Wrap a node so the event log shows when it started and finished (the live feed), and time it.

    ``bound`` is the context of a graph served by LangGraph Server, whose runs carry no services of their own.
    """

    @wraps(node)
    async def run_node(state: RunState, runtime: Runtime[Context]) -> dict[str, Any]:
        if bound is not None:
            runtime = runtime.override(context=bound)
        journal = runtime.context.journal
        journal.record(state["run_id"], "node_started", name)
        with runtime.context.metrics.node_timer(name):
            update = await node(state, runtime)
        journal.record(state["run_id"], "node_finished", name, {k: _size(v) for k, v in update.items()})
        return update

    return run_node


def _size(value: Any) -> Any:
    return len(value) if isinstance(value, list | dict) else value


def build_graph(bound: Context | None = None, intake: Any = None) -> StateGraph[Any, Any, Any, RunState]:
    """Return the uncompiled graph; compile it with a checkpointer to run it.

    Faces pass the context to each run. LangGraph Server cannot (its runs carry JSON), so its graph is built with
    the context ``bound`` to every node, no context schema, and an ``intake`` node that records the run it is
    started for (careerpilot/services/studio.py).
    """
    builder: StateGraph[Any, Any, Any, RunState]
    if intake is None:
        builder = StateGraph(RunState, context_schema=Context)
    else:
        builder = StateGraph(RunState, input_schema=RunRequest)
        builder.add_node("intake", intake)
        builder.add_edge(START, "intake")
    builder.add_node("planner", recorded("planner", plan, bound))
    builder.add_node(
        "researcher",
        recorded("researcher", research, bound),
        retry_policy=RetryPolicy(max_attempts=2, retry_on=OSError),
    )
    builder.add_node("matcher", recorded("matcher", match, bound))
    builder.add_node("resume_writer", recorded("resume_writer", write_resume, bound))
    builder.add_node("review", recorded("review", review, bound))
    builder.add_node("applier", recorded("applier", apply, bound))
    builder.add_edge("intake" if intake is not None else START, "planner")
    builder.add_edge("planner", "researcher")
    builder.add_conditional_edges("researcher", routing.after_research)
    builder.add_conditional_edges("matcher", routing.after_match)
    builder.add_conditional_edges("resume_writer", routing.after_write)
    builder.add_conditional_edges("review", routing.after_review)
    builder.add_conditional_edges("applier", routing.after_apply)
    return builder
