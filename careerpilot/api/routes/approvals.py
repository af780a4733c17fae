"""Drafted applications waiting for the person's decision (decide with POST /runs/{id}/resume)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from pydantic import TypeAdapter

from careerpilot.api.cache import cached_json
from careerpilot.api.deps import ServicesDep
from careerpilot.applying.pending import PendingView

router = APIRouter(prefix="/approvals", tags=["approvals"])
_PENDING = TypeAdapter(list[PendingView])


@router.get("", response_model=list[PendingView])
async def pending_approvals(
    request: Request, services: ServicesDep, run_id: Annotated[str | None, Query(max_length=64)] = None
) -> Response:
    """List drafted applications waiting for approval: job, score and why, documents and every form field."""
    return await cached_json(request, lambda: _PENDING.dump_json(services.applying.pending_view(run_id)))
