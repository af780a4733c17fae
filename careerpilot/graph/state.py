"""Graph state: ids, scores and small dicts only, never whole postings."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict


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
