"""Where a run and an application stand: plain enums, kept apart from the models so the CLI's --help stays light."""

from __future__ import annotations

from enum import StrEnum


class ApplicationStatus(StrEnum):
    """Where an application stands. ``dismissed`` is the user's no at review; ``rejected`` is the employer's."""

    DISCOVERED = "discovered"
    SHORTLISTED = "shortlisted"
    DRAFTED = "drafted"
    APPROVED = "approved"
    SUBMITTED = "submitted"
    INTERVIEWING = "interviewing"
    REJECTED = "rejected"
    OFFER = "offer"
    WITHDRAWN = "withdrawn"
    DISMISSED = "dismissed"
    NEEDS_YOU = "needs_you"  # the applier stopped (login wall, CAPTCHA, unknown question, unconfirmed submit)


class RunStatus(StrEnum):
    """Where a run stands."""

    RUNNING = "running"
    AWAITING_REVIEW = "awaiting_review"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
