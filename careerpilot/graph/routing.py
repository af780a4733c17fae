"""Routers that end a run early when there is nothing left to do."""

from __future__ import annotations

from typing import Literal

from careerpilot.graph.state import RunState

DONE: Literal["__end__"] = "__end__"  # LangGraph's END, typed so each router's Literal holds


def after_research(state: RunState) -> Literal["matcher", "__end__"]:
    """Stop when nothing was found."""
    return "matcher" if state.get("job_ids") else DONE


def after_match(state: RunState) -> Literal["resume_writer", "__end__"]:
    """Stop when nothing scored above the threshold."""
    return "resume_writer" if state.get("shortlist") else DONE


def after_write(state: RunState) -> Literal["review", "__end__"]:
    """Stop when no application was drafted."""
    return "review" if state.get("pending") else DONE


def after_review(state: RunState) -> Literal["applier", "review", "__end__"]:
    """Apply what was approved; ask again while drafts are undecided; else stop."""
    if state.get("approved"):
        return "applier"
    return "review" if state.get("pending") else DONE


def after_apply(state: RunState) -> Literal["review", "__end__"]:
    """Go back to review while drafts are undecided."""
    return "review" if state.get("pending") else DONE
