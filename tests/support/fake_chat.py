"""A scripted chat model for unit tests: no HTTP, replies in the order given.

``ScriptedChatModel(replies=["plain text", AIMessage(content="", tool_calls=[...]), RuntimeError("down")])``
answers each call with the next reply (a string becomes an ``AIMessage``; an exception is raised), records the
messages it received in ``calls``, and returns itself from ``bind_tools`` (recording ``bound_tools`` and
``tool_choice``) so code that binds tools, or uses ``with_structured_output``, runs unchanged. Streaming splits
the content into word-sized chunks and sends tool calls as ``tool_call_chunks`` in the last chunk, so an
aggregated stream equals the scripted message.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.messages.tool import tool_call_chunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import Field, PrivateAttr, SkipValidation


class ScriptExhaustedError(AssertionError):
    """The code under test called the model more times than the test scripted."""


class ScriptedChatModel(BaseChatModel):
    """Answer each call with the next scripted reply and remember what was asked."""

    # SkipValidation: pydantic would try to coerce a plain string into an AIMessage and fail.
    replies: SkipValidation[list[AIMessage | str | Exception]]
    calls: list[list[BaseMessage]] = Field(default_factory=list)
    bound_tools: list[Any] = Field(default_factory=list)
    tool_choice: Any = None
    _position: int = PrivateAttr(default=0)

    @property
    def _llm_type(self) -> str:
        return "scripted-chat"

    @property
    def pending(self) -> int:
        """How many scripted replies are left."""
        return len(self.replies) - self._position

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: Any = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        self.bound_tools = list(tools)
        self.tool_choice = tool_choice
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._next_reply(messages))])

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._generate(messages, stop=stop, **kwargs)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for chunk in _chunks_of(self._next_reply(messages)):
            if run_manager is not None:
                run_manager.on_llm_new_token(chunk.text, chunk=chunk)
            yield chunk

    def _next_reply(self, messages: list[BaseMessage]) -> AIMessage:
        self.calls.append(list(messages))
        if self._position >= len(self.replies):
            raise ScriptExhaustedError(f"ScriptedChatModel has no reply left for call #{len(self.calls)}")
        reply = self.replies[self._position]
        self._position += 1
        if isinstance(reply, Exception):
            raise reply
        return AIMessage(content=reply) if isinstance(reply, str) else reply


def _chunks_of(message: AIMessage) -> Iterator[ChatGenerationChunk]:
    content = message.content
    pieces: list[Any] = (re.findall(r"\s*\S+\s*|\s+", content) or [""]) if isinstance(content, str) else [content]
    for piece in pieces[:-1]:
        yield ChatGenerationChunk(message=AIMessageChunk(content=piece, id=message.id))
    tool_chunks = [
        tool_call_chunk(name=call["name"], args=json.dumps(call["args"]), id=call["id"], index=index)
        for index, call in enumerate(message.tool_calls)
    ]
    last = AIMessageChunk(
        content=pieces[-1],
        id=message.id,
        tool_call_chunks=tool_chunks,
        usage_metadata=message.usage_metadata,
        chunk_position="last",
    )
    yield ChatGenerationChunk(message=last)
