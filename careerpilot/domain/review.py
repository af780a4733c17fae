"""The user's decision on a drafted application at the review gate."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ReviewDecision(BaseModel):
    """Approve, reject, or edit (which keeps the application pending for another look)."""

    application_id: str
    action: Literal["approve", "reject", "edit"]
    edits: dict[str, str] = Field(default_factory=dict, description="For 'edit': cover_letter and/or notes.")
    note: str = ""
