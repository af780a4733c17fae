"""API keys as the faces see them: never the key itself, only what identifies it."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ApiKeyInfo(BaseModel):
    """A stored API key: its id, name, visible prefix and whether it was revoked."""

    id: str
    name: str
    prefix: str = Field(description="The first characters of the key, to recognise it; the rest is never stored.")
    created_at: datetime
    revoked_at: datetime | None = None

    @property
    def revoked(self) -> bool:
        """True once the key was revoked."""
        return self.revoked_at is not None


class NewApiKey(BaseModel):
    """A key just created: the secret is shown once and never again."""

    info: ApiKeyInfo
    secret: str
