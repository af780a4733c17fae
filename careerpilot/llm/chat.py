"""The chat agent: a tool-calling loop over graph/tools.py with per-session memory, streamed as events.

Sessions live in memory/chat_sessions.py (Redis when REDIS_URL is set). Tool output is wrapped as data
(see prompts/chat.py); the agent has no tool that approves or submits, so the review gate cannot be skipped.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator, Sequence
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from pydantic import BaseModel, Field, ValidationError

from careerpilot.domain.errors import CareerPilotError, ConfigError, InputError
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.memory.chat_sessions import ChatSessions
from careerpilot.prompts import as_data, render
from careerpilot.prompts.chat import CHAT_SYSTEM, TOOL_OUTPUT

log = logging.getLogger(__name__)
MAX_MESSAGE_CHARS = 8000
TOOL_RESULT_CHARS = 12000
NO_LLM = (
    "chat needs an LLM: set LLM_BASE_URL to any OpenAI-compatible endpoint (Ollama, vLLM, OpenRouter, ...) "
    "or OPENAI_API_KEY, then restart"
)


class ChatEvent(BaseModel):
    """One streamed piece of a chat reply."""

    type: Literal["session", "token", "tool_call", "tool_result", "message", "error", "done"]
    data: dict[str, Any] = Field(default_factory=dict)


class ChatService:
    """Answers chat messages with a tool-calling model, remembering each session's recent turns."""

    def __init__(
        self,
        llm: BaseChatModel | None,
        tools: Sequence[BaseTool],
        history_messages: int = 20,
        max_steps: int = 6,
        sessions: ChatSessions | None = None,
    ) -> None:
        self.llm = llm
        self.tools = {t.name: t for t in tools}
        self.history_messages = history_messages
        self.max_steps = max_steps
        # In this process by default; Services.open hands in Redis-backed sessions when REDIS_URL is set.
        self.sessions = sessions or ChatSessions()

    @property
    def available(self) -> bool:
        """True when a model is configured."""
        return self.llm is not None

    def reply(self, message: str, session_id: str | None = None) -> AsyncIterator[ChatEvent]:
        """Check the request, then return the stream of events answering it.

        Raises:
            ConfigError: no LLM is configured (raised before any event, so faces can answer with a status).
            InputError: the message is empty or too long.
        """
        if self.llm is None:
            raise ConfigError(NO_LLM)
        if not message.strip():
            raise InputError("the chat message is empty")
        if len(message) > MAX_MESSAGE_CHARS:
            raise InputError(f"the chat message is longer than {MAX_MESSAGE_CHARS} characters")
        return self._reply(self.llm, message, session_id or uuid.uuid4().hex)

    def history(self, session_id: str) -> list[BaseMessage]:
        """Return a session's remembered messages (empty for an unknown session)."""
        return self.sessions.load(session_id)

    async def _reply(self, llm: BaseChatModel, message: str, session_id: str) -> AsyncIterator[ChatEvent]:
        yield ChatEvent(type="session", data={"session_id": session_id})
        turn: list[BaseMessage] = [HumanMessage(content=message)]
        model = llm.bind_tools(list(self.tools.values()))
        for _step in range(self.max_steps + 1):
            answer: AIMessageChunk | None = None
            try:
                async for chunk in model.astream(
                    [SystemMessage(content=CHAT_SYSTEM), *self.history(session_id), *turn]
                ):
                    answer = chunk if answer is None else answer + chunk  # type: ignore[assignment]
                    if isinstance(chunk.content, str) and chunk.content:
                        yield ChatEvent(type="token", data={"text": chunk.content})
            except LLM_ERRORS as exc:
                yield ChatEvent(type="error", data={"message": f"the model failed: {str(exc).splitlines()[0][:200]}"})
                return
            ai = AIMessage(content=answer.content if answer else "", tool_calls=answer.tool_calls if answer else [])
            turn.append(ai)
            if not ai.tool_calls:
                break
            if _step == self.max_steps:
                turn.append(AIMessage(content="I stopped: too many tool calls for one message."))
                break
            for call in ai.tool_calls:
                yield ChatEvent(type="tool_call", data={"id": call["id"], "name": call["name"], "args": call["args"]})
                result, ok = await self._run_tool(call["name"], call["args"])
                yield ChatEvent(type="tool_result", data={"id": call["id"], "name": call["name"], "ok": ok})
                content = render(TOOL_OUTPUT, name=call["name"], content=as_data(result))
                turn.append(
                    ToolMessage(content=content, tool_call_id=call["id"] or "", status="success" if ok else "error")
                )
        self._remember(session_id, turn)
        final = turn[-1]
        yield ChatEvent(type="message", data={"text": final.content if isinstance(final.content, str) else ""})
        yield ChatEvent(type="done", data={"session_id": session_id})

    async def _run_tool(self, name: str, args: dict[str, Any]) -> tuple[str, bool]:
        tool = self.tools.get(name)
        if tool is None:
            return f"error: there is no tool named {name!r}; available: {', '.join(self.tools)}", False
        try:
            result = await tool.ainvoke(args)
        except (CareerPilotError, ValidationError) as exc:
            # The model sees the readable line and can correct itself; nothing is hidden from the log.
            log.info("chat tool %s failed: %s", name, str(exc).splitlines()[0])
            return f"error: {str(exc).splitlines()[0]}", False
        text = json.dumps(result, default=str)
        return text[:TOOL_RESULT_CHARS], True

    def _remember(self, session_id: str, turn: list[BaseMessage]) -> None:
        history = [*self.sessions.load(session_id), *turn]
        if len(history) > self.history_messages:
            history = history[-self.history_messages :]
            # Start at a person's message so no tool result is left without the call that asked for it.
            while history and not isinstance(history[0], HumanMessage):
                history.pop(0)
        self.sessions.save(session_id, history)
