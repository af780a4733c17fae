"""Chat session history in the shared memory: bounded per session, expiring after a quiet TTL."""

from __future__ import annotations

from langchain_core.messages import BaseMessage, messages_from_dict, messages_to_dict

from careerpilot.memory.kv import InProcessMemory, KeyValueMemory

MAX_MESSAGES = 200


class ChatSessions:
    """Loads and saves each session's messages; in Redis they survive an API restart and expire when idle."""

    def __init__(self, kv: KeyValueMemory | None = None, ttl_s: float = 7 * 24 * 3600) -> None:
        self.kv = kv or InProcessMemory()
        self.ttl_s = ttl_s

    def load(self, session_id: str) -> list[BaseMessage]:
        """Return a session's messages (empty for an unknown or expired session)."""
        return messages_from_dict(self.kv.load_json(f"chat:{session_id}") or [])

    def save(self, session_id: str, messages: list[BaseMessage]) -> None:
        """Replace a session's messages, keeping the newest, and restart its TTL."""
        self.kv.save_json(f"chat:{session_id}", messages_to_dict(messages[-MAX_MESSAGES:]), self.ttl_s)
