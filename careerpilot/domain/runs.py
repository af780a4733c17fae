"""Runs of the pipeline and what happened in them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, model_validator

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.statuses import RunStatus


class RunEvent(BaseModel):
    """One entry of a run's event log."""

    id: int
    run_id: str
    at: datetime
    kind: str
    node: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)


class RunRecord(BaseModel):
    """A run as stored: its goal, status and summary."""

    id: str
    status: RunStatus
    goal: str = ""
    summary: dict[str, Any] = Field(default_factory=dict)
    error: str | None = None
    created_at: datetime
    updated_at: datetime


class JobSources(BaseModel):
    """The sources a run searches when it is started without any: folders of saved postings or board specs."""

    sources: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        min_length=1, max_length=20, examples=[["greenhouse:stripe", "lever:spotify", "/home/me/postings"]]
    )


class RunInputs(BaseModel):
    """The validated inputs a run was started with, snapshotted so a resumed run sees the same ones."""

    goal: str = ""
    sources: list[str]
    profile: Profile
    resume: Resume
    filters: JobFilters = Field(default_factory=JobFilters)

    @model_validator(mode="after")
    def _filters_hold_the_preferences(self) -> RunInputs:
        """Fold the profile's avoided companies, industries and work authorization into the matcher's filters."""
        self.filters = self.filters.with_profile(self.profile)
        return self

    @property
    def applicant(self) -> str:
        """The applicant key: the profile's e-mail, lower-cased."""
        return self.profile.contact.email.strip().lower()
