"""Graph state: ids, scores and small dicts only, never whole postings."""

from __future__ import annotations

import operator
from typing import Annotated, Any

from typing_extensions import TypedDict  # pydantic reads typing.TypedDict only from Python 3.12 (Studio's schemas)


def merge(left: dict[str, str], right: dict[str, str]) -> dict[str, str]:
    """Merge two dicts, right winning."""
    return {**left, **right}


class RunState(TypedDict, total=False):
    """What the nodes pass along; the run's inputs live in the store under run_id."""

    run_id: str
    plan: dict[str, Any]
    job_ids: list[str]
    ranked: list[dict[str, Any]]
    shortlist: list[str]
    application_ids: list[str]
    pending: list[str]
    approved: list[str]
    applied: Annotated[list[str], operator.add]
    written_by: Annotated[dict[str, str], merge]
    notes: Annotated[list[str], operator.add]


class RunRequest(TypedDict, total=False):
    """What a LangGraph Server (Studio) run is started with: a recorded run's id, or a goal and sources to record one.

    Empty ``sources`` means the stored default sources; the profile, resume and filters are the stored ones.
    """

    run_id: str
    goal: str
    sources: list[str]
