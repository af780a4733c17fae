"""What the tracker shows about an application, and what e-mail, Notion and digests say about it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field

from careerpilot.domain.applications import Application, ApplicationStatus, StatusChange
from careerpilot.domain.matching import ModelNote

Priority = Literal["high", "medium", "low"]


class Contact(BaseModel):
    """A person at the company: a recruiter, a hiring manager, an interviewer."""

    name: str = ""
    email: str = ""
    role: str = ""


class AuditEntry(BaseModel):
    """An action taken on the person's behalf."""

    at: datetime
    action: str
    detail: dict[str, Any]


class History(BaseModel):
    """Every status change and audit entry of one application."""

    application_id: str
    statuses: list[StatusChange]
    audit: list[AuditEntry]


class TrackedApplication(BaseModel):
    """An application with its job, why it matched, its people and what to do next."""

    application: Application
    title: str
    company: str = ""
    url: str | None = None
    source: str = ""
    match_reasons: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    model_note: ModelNote | None = Field(None, description="The reranking model's reason, labelled as its own.")
    contacts: list[Contact] = Field(default_factory=list)
    priority: Priority = "low"
    next_action: str | None = None
    next_action_at: datetime | None = None
    flagged: list[str] = Field(
        default_factory=list, description="Instruction-like passages of the job posting, to show as flagged."
    )

    @property
    def last_change(self) -> StatusChange | None:
        """The newest history entry, if any."""
        return self.application.history[-1] if self.application.history else None


class TrackerFilter(BaseModel):
    """Which applications to list; every field narrows the list."""

    status: list[ApplicationStatus] = Field(default_factory=list)
    company: str | None = None
    text: str | None = Field(default=None, description="A word of the title or company, case-insensitive.")
    min_score: float | None = None
    due_before: datetime | None = None
    limit: int = Field(default=500, ge=1)


class OutcomeKind(StrEnum):
    """What an e-mail about an application says."""

    RECEIVED = "received"
    ASSESSMENT = "assessment"
    INTERVIEW = "interview"
    REJECTION = "rejection"
    OFFER = "offer"


class EmailOutcome(BaseModel):
    """One processed message: what it said, which application it is about and what changed."""

    message_id: str
    subject: str
    sender: str
    kind: OutcomeKind | None = Field(default=None, description="None when the message is ambiguous or unrelated.")
    application_id: str | None = None
    status_before: ApplicationStatus | None = None
    status_after: ApplicationStatus | None = None
    reason: str = Field(default="", description="Why it was classified and linked so, or why nothing changed.")
    classified_by: Literal["rules", "llm", "none"] = "none"

    @property
    def changed(self) -> bool:
        """True when the message moved an application's status."""
        return self.status_after is not None and self.status_after != self.status_before


class MailCheckReport(BaseModel):
    """What one mailbox check did."""

    source: str = Field(default="", description='Where the mail was read: "IMAP host/folder" or "Gmail API".')
    scanned: int = 0
    skipped_seen_before: int = 0
    outcomes: list[EmailOutcome] = Field(default_factory=list)

    @property
    def changed(self) -> list[EmailOutcome]:
        """The messages that changed a status."""
        return [o for o in self.outcomes if o.changed]


class SyncReport(BaseModel):
    """What one Notion sync did; ``failed`` holds one line per application that will be retried."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    pulled: list[str] = Field(default_factory=list, description="Applications whose status came from Notion.")
    conflicts: list[str] = Field(default_factory=list, description="One line per conflict and who won.")
    refused: list[str] = Field(default_factory=list, description="Notion statuses the status machine refused.")
    failed: list[str] = Field(default_factory=list)
    jobs_synced: int = 0

    @property
    def ok(self) -> bool:
        """True when every application reached Notion."""
        return not self.failed


class DigestItem(BaseModel):
    """One line of a digest section."""

    application_id: str | None = None
    title: str
    company: str = ""
    detail: str = ""


class Digest(BaseModel):
    """The daily summary: strong matches, pending approvals, status changes and follow-ups due."""

    since: datetime
    until: datetime
    strong_matches: list[DigestItem] = Field(default_factory=list)
    pending_approvals: list[DigestItem] = Field(default_factory=list)
    status_changes: list[DigestItem] = Field(default_factory=list)
    follow_ups_due: list[DigestItem] = Field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to tell."""
        return not (self.strong_matches or self.pending_approvals or self.status_changes or self.follow_ups_due)


class BoardCard(BaseModel):
    """One application on the dashboard's board."""

    id: str
    title: str
    company: str
    score: float | None
    source: str
    next_action_at: datetime | None = None
    flagged: list[str] = Field(default_factory=list, description="Instruction-like passages of the posting.")


class SourceRate(BaseModel):
    """Applications sent and answered for one source."""

    source: str
    applied: int
    responded: int

    @property
    def rate(self) -> float:
        """Share of applications that got any answer, 0-1."""
        return self.responded / self.applied if self.applied else 0.0


class DashboardData(BaseModel):
    """Everything the dashboard draws."""

    board: dict[str, list[BoardCard]]
    funnel: dict[str, int]
    sources: list[SourceRate]
    generated_at: datetime
