"""Saved searches: what to run, when (a cron expression in a time zone) and under which autonomous policy."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field


class AutonomousPolicy(BaseModel):
    """Whether a saved search's runs may approve drafts without a person, and the bar they must clear."""

    enabled: bool = False
    min_score: float = Field(default=85, ge=0, le=100)


class SearchSpec(BaseModel):
    """The inputs of a saved search, as paths read again at every run (so an edited resume is used)."""

    profile: Path
    resume: Path
    sources: list[str]
    goal: str = ""
    filters: Path | None = None


class SavedSearch(BaseModel):
    """A saved search with its schedule."""

    id: str
    name: str
    spec: SearchSpec
    cron: str
    timezone: str = "UTC"
    policy: AutonomousPolicy = Field(default_factory=AutonomousPolicy)
    enabled: bool = True
    last_due_at: datetime | None = None
    created_at: datetime


class ScheduledRun(BaseModel):
    """One firing of a saved search and the run it started."""

    search_id: str
    due_at: datetime
    run_id: str | None = None
