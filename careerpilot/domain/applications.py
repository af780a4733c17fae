"""Applications and the status machine every face goes through."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from careerpilot.domain.errors import InvalidTransitionError
from careerpilot.domain.statuses import ApplicationStatus

S = ApplicationStatus
ALLOWED_TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    S.DISCOVERED: frozenset({S.SHORTLISTED, S.DISMISSED}),
    S.SHORTLISTED: frozenset({S.DRAFTED, S.DISMISSED}),
    S.DRAFTED: frozenset({S.APPROVED, S.DISMISSED}),
    S.APPROVED: frozenset({S.SUBMITTED, S.NEEDS_YOU, S.DISMISSED, S.WITHDRAWN}),
    S.NEEDS_YOU: frozenset({S.APPROVED, S.SUBMITTED, S.DISMISSED, S.WITHDRAWN}),
    S.SUBMITTED: frozenset({S.INTERVIEWING, S.REJECTED, S.OFFER, S.WITHDRAWN}),
    S.INTERVIEWING: frozenset({S.OFFER, S.REJECTED, S.WITHDRAWN}),
    S.OFFER: frozenset({S.WITHDRAWN}),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.DISMISSED: frozenset(),
}


def check_transition(current: ApplicationStatus, new: ApplicationStatus) -> None:
    """Raise InvalidTransitionError, naming the allowed moves, unless current -> new is legal."""
    allowed = ALLOWED_TRANSITIONS[current]
    if new not in allowed:
        names = ", ".join(sorted(s.value for s in allowed)) or "none (final status)"
        raise InvalidTransitionError(
            f"cannot move an application from {current.value} to {new.value}; allowed: {names}"
        )


class StatusChange(BaseModel):
    """One entry of an application's history."""

    status: ApplicationStatus
    at: datetime
    by: str = Field(description="Who or what made the change: 'user', 'graph:review', 'cli', ...")
    note: str = ""


class Application(BaseModel):
    """One application of one applicant to one job."""

    id: str
    job_id: str
    applicant: str = Field(description="The applicant's key (their e-mail); with job_id, the idempotency key.")
    run_id: str | None = None
    status: ApplicationStatus
    score: float | None = None
    documents: dict[str, Any] = Field(default_factory=dict)
    answers: dict[str, Any] = Field(default_factory=dict)
    notes: str = ""
    created_at: datetime
    updated_at: datetime
    history: list[StatusChange] = Field(default_factory=list)
