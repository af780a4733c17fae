"""Server-sent events on the wire: one JSON ``data`` line per event, with an id when the event has one."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

from fastapi.responses import StreamingResponse

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
SSE_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"description": "A text/event-stream of JSON events.", "content": {"text/event-stream": {}}}
}


def encode(event: str, data: Any, event_id: int | str | None = None) -> str:
    """Return one event in the SSE wire format (JSON data never spans lines)."""
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data, default=str)}\n\n"


def stream(events: AsyncIterator[str]) -> StreamingResponse:
    """Return a streaming response for encoded events."""
    return StreamingResponse(events, media_type="text/event-stream", headers=SSE_HEADERS)
