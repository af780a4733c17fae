"""Prometheus metrics at /metrics."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from careerpilot.api.deps import ServicesDep
from careerpilot.tracking.metrics import CONTENT_TYPE

router = APIRouter(tags=["metrics"])


@router.get("/metrics", response_class=Response)
def metrics(services: ServicesDep) -> Response:
    """Expose counters, histograms and store-derived gauges in Prometheus' text format."""
    return Response(services.metrics.render(), media_type=CONTENT_TYPE)
