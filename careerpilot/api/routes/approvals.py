"""Drafted applications waiting for the person's decision (decide with POST /runs/{id}/resume)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from careerpilot.api.deps import ServicesDep
from careerpilot.services.applying import PendingApproval

router = APIRouter(prefix="/approvals", tags=["approvals"])


@router.get("")
def pending_approvals(
    services: ServicesDep, run_id: Annotated[str | None, Query(max_length=64)] = None
) -> list[PendingApproval]:
    """List drafted applications waiting for approval, with their job, match and documents."""
    return services.applying.pending(run_id)
