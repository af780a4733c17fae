"""The person's decision on a drafted application at the review gate, and who made it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Channel = Literal["cli", "api", "extension", "mcp", "policy", "studio"]


class Approver(BaseModel):
    """Who decided and through which face; set by the face from who is calling, never taken from a request body."""

    channel: Channel
    name: str = Field("", max_length=200, description="The API key's name, the MCP client's name, the OS user.")

    @property
    def label(self) -> str:
        """Return 'channel:name' (or the channel alone) for the status history."""
        return f"{self.channel}:{self.name}" if self.name else self.channel


class ReviewDecision(BaseModel):
    """Approve, reject, or edit (which keeps the application pending for another look)."""

    application_id: str
    action: Literal["approve", "reject", "edit"]
    edits: dict[str, str] = Field(default_factory=dict, description="For 'edit': cover_letter and/or notes.")
    note: str = ""
    reviewed: str | None = Field(
        default=None,
        description="For 'approve': the `digest` of the pending view the person saw (GET /approvals); an approval "
        "without it, or for a view that has changed since, is refused.",
    )
    approver: Approver | None = Field(
        default=None, description="Set by the face from the caller (API key, MCP client, OS user), not the request."
    )
