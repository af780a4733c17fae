"""Chat for the extension's side panel: a tool-calling agent, streamed as server-sent events."""

from __future__ import annotations

from collections.abc import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from careerpilot.api import sse
from careerpilot.api.deps import ServicesDep
from careerpilot.llm.chat import MAX_MESSAGE_CHARS, ChatEvent

router = APIRouter(prefix="/chat", tags=["chat"])


class ChatRequest(BaseModel):
    """One message; send the session_id from the first reply's ``session`` event to continue a conversation."""

    message: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS, examples=["Which saved jobs fit me best?"])
    session_id: str | None = Field(default=None, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


@router.post("", response_class=StreamingResponse, responses=sse.SSE_RESPONSE)
def chat(request: ChatRequest, services: ServicesDep) -> StreamingResponse:
    """Answer a message as server-sent events: session, token, tool_call, tool_result, message, done (or error).

    Answers 503 when no LLM is configured.
    """
    return sse.stream(_encode(services.chat.reply(request.message, request.session_id)))


async def _encode(events: AsyncIterator[ChatEvent]) -> AsyncIterator[str]:
    async for event in events:
        yield sse.encode(event.type, event.data)
