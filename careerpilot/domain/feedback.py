"""What the user told us about a job: approved, rejected or not interested, and why."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

Verdict = Literal["approved", "rejected", "not_interested"]


class Feedback(BaseModel):
    """One verdict on one job, kept as long-term memory for later runs."""

    job_id: str
    verdict: Verdict
    reason: str = Field("", description="In the user's words, e.g. 'not interested: agency', 'too junior'.")
    title: str = ""
    company: str | None = None
    at: datetime | None = None
