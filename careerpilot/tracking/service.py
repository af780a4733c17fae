"""The tracker: where every application stands, what changed it, who to talk to and what to do next."""

from __future__ import annotations

import builtins
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import InputError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.tracking import (
    AuditEntry,
    BoardCard,
    Contact,
    DashboardData,
    History,
    Priority,
    SourceRate,
    TrackedApplication,
    TrackerFilter,
)
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import utcnow
from careerpilot.memory.tracking import TrackingStore

log = logging.getLogger(__name__)
S = ApplicationStatus
APPLIED = {S.SUBMITTED, S.INTERVIEWING, S.OFFER, S.REJECTED}
RESPONDED = {S.INTERVIEWING, S.OFFER, S.REJECTED}
INTERVIEWED = {S.INTERVIEWING, S.OFFER}
FINAL = {S.REJECTED, S.WITHDRAWN, S.DISMISSED}
StatusListener = Callable[[TrackedApplication, str], None]
"""Called after every status change with the tracked application and who made the change."""


@dataclass(frozen=True)
class FollowUpWindows:
    """Days to wait before following up, by priority; priority comes from the match score."""

    high_days: int = 3
    medium_days: int = 7
    low_days: int = 14
    high_score: float = 85
    medium_score: float = 70

    def priority(self, score: float | None) -> Priority:
        """Return the priority a score earns."""
        if score is not None and score >= self.high_score:
            return "high"
        if score is not None and score >= self.medium_score:
            return "medium"
        return "low"

    def days(self, priority: Priority) -> int:
        """Return the follow-up window of a priority."""
        return {"high": self.high_days, "medium": self.medium_days, "low": self.low_days}[priority]


def next_action(application: Application, windows: FollowUpWindows) -> tuple[str | None, datetime | None]:
    """Return what to do next about an application and when, from its status and follow-up window."""
    since = application.history[-1].at if application.history else application.updated_at
    window = timedelta(days=windows.days(windows.priority(application.score)))
    match application.status:
        case S.DISCOVERED | S.SHORTLISTED:
            return "decide whether to draft an application", since + timedelta(days=1)
        case S.DRAFTED:
            return "review and approve the drafts", since
        case S.APPROVED:
            return "submit the application", since
        case S.NEEDS_YOU:
            return "finish the application by hand (the applier stopped)", since
        case S.SUBMITTED:
            return "follow up with the recruiter", since + window
        case S.INTERVIEWING:
            return "follow up on the interview", since + window
        case S.OFFER:
            return "answer the offer", since + timedelta(days=windows.high_days)
    return None, None


class TrackingService:
    """Lists, filters and updates applications through the status machine, with history and next actions."""

    def __init__(self, store: Store, tracking: TrackingStore, windows: FollowUpWindows) -> None:
        self.store = store
        self.tracking = tracking
        self.windows = windows
        self._listeners: list[StatusListener] = []

    def subscribe(self, listener: StatusListener) -> None:
        """Tell ``listener`` of every status change from now on."""
        self._listeners.append(listener)

    def list(self, query: TrackerFilter | None = None) -> list[TrackedApplication]:
        """Return tracked applications, newest first, narrowed by the filter."""
        query = query or TrackerFilter()
        apps = self.store.list_applications()
        if query.status:
            apps = [a for a in apps if a.status in query.status]
        if query.min_score is not None:
            apps = [a for a in apps if (a.score or 0) >= query.min_score]
        items = self._enrich(apps)
        if query.company:
            items = [i for i in items if query.company.lower() in i.company.lower()]
        if query.text:
            items = [i for i in items if query.text.lower() in f"{i.title} {i.company}".lower()]
        if query.due_before is not None:
            items = [i for i in items if i.next_action_at is not None and i.next_action_at <= query.due_before]
        return items[: query.limit]

    def get(self, application_id: str) -> TrackedApplication:
        """Return one tracked application or raise NotFoundError."""
        return self._enrich([self.store.get_application(application_id)])[0]

    def applications(
        self, status: ApplicationStatus | None = None, run_id: str | None = None
    ) -> builtins.list[Application]:  # ``list`` here would name the method above
        """Return the stored applications, newest first, optionally of one status or run."""
        return self.store.list_applications(status, run_id=run_id)

    def application(self, application_id: str) -> Application:
        """Return one stored application with its status history, or raise NotFoundError."""
        return self.store.get_application(application_id)

    def history(self, application_id: str) -> History:
        """Return every status change and audit entry of one application, or raise NotFoundError."""
        application = self.store.get_application(application_id)
        audit = [AuditEntry.model_validate(e) for e in self.store.audit_events(application_id)]
        return History(application_id=application.id, statuses=application.history, audit=audit)

    def update_status(
        self, application_id: str, status: ApplicationStatus, by: str, note: str = ""
    ) -> TrackedApplication:
        """Move an application through the status machine; illegal moves raise naming the allowed ones."""
        self.store.transition(application_id, status, by=by, note=note)
        self.store.audit("status_changed", application_id, {"status": status.value, "by": by})
        tracked = self.get(application_id)
        for listener in self._listeners:
            listener(tracked, by)
        return tracked

    def add_note(self, application_id: str, text: str) -> TrackedApplication:
        """Append a dated line to an application's notes."""
        if not text.strip():
            raise InputError("a note needs some text")
        current = self.store.get_application(application_id)
        line = f"{utcnow():%Y-%m-%d}: {text.strip()}"
        self.store.update_application(application_id, notes="\n".join(filter(None, [current.notes, line])))
        return self.get(application_id)

    def add_contact(self, application_id: str, contact: Contact) -> TrackedApplication:
        """Add a person to an application's contacts (same e-mail replaces the old entry)."""
        contacts = self.get(application_id).contacts
        contacts = [c for c in contacts if not contact.email or c.email.lower() != contact.email.lower()] + [contact]
        self.tracking.set_tracking(application_id, contacts=contacts)
        return self.get(application_id)

    def set_next_action(self, application_id: str, action: str, at: datetime) -> TrackedApplication:
        """Set the next action and its date by hand; it wins over the follow-up window."""
        self.store.get_application(application_id)
        self.tracking.set_tracking(application_id, next_action=action, next_action_at=at)
        return self.get(application_id)

    def dashboard(self) -> DashboardData:
        """Return the board by status, the funnel and per-source response rates."""
        items = self._enrich(self.store.list_applications())
        board: dict[str, list[BoardCard]] = {s.value: [] for s in ApplicationStatus}
        rates: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        funnel = {"discovered": self.tracking.count_jobs(), "matched": len(items)}
        funnel |= {"applied": 0, "responded": 0, "interview": 0}
        for item in items:
            app = item.application
            card = BoardCard(
                id=app.id,
                title=item.title,
                company=item.company,
                score=app.score,
                source=item.source,
                next_action_at=item.next_action_at,
                flagged=item.flagged,
            )
            board.setdefault(app.status.value, []).append(card)
            reached = {h.status for h in app.history} | {app.status}
            if reached & APPLIED:
                funnel["applied"] += 1
                rates[item.source][0] += 1
            if reached & RESPONDED:
                funnel["responded"] += 1
                rates[item.source][1] += 1
            if reached & INTERVIEWED:
                funnel["interview"] += 1
        sources = [SourceRate(source=s, applied=a, responded=r) for s, (a, r) in sorted(rates.items())]
        return DashboardData(board=board, funnel=funnel, sources=sources, generated_at=utcnow())

    def _enrich(self, apps: builtins.list[Application]) -> builtins.list[TrackedApplication]:
        jobs = self.store.get_jobs(list({a.job_id for a in apps}))
        extra = self.tracking.tracking(a.id for a in apps)
        matches: dict[str, dict[str, Match]] = {}
        items = []
        for app in apps:
            job = jobs.get(app.job_id)
            if app.run_id and app.run_id not in matches:
                matches[app.run_id] = {m.job_id: m for m, _ in self.store.matches_for_run(app.run_id)}
            match = matches.get(app.run_id or "", {}).get(app.job_id)
            contacts, action, action_at = extra.get(app.id, ([], None, None))
            if action is None and app.status not in FINAL:
                action, action_at = next_action(app, self.windows)
            items.append(_tracked(app, job, match, contacts, action, action_at, self.windows.priority(app.score)))
        return items


def _tracked(
    app: Application,
    job: JobPosting | None,
    match: Match | None,
    contacts: list[Contact],
    action: str | None,
    action_at: datetime | None,
    priority: Priority,
) -> TrackedApplication:
    return TrackedApplication(
        application=app,
        title=job.title if job else f"(job {app.job_id})",
        company=(job.company or "") if job else "",
        url=job.url if job else None,
        source=job.source if job else "",
        match_reasons=match.reasons if match else [],
        missing=match.missing if match else [],
        model_note=match.model_note if match else None,
        contacts=contacts,
        priority=priority,
        next_action=action,
        next_action_at=action_at,
        flagged=job.flagged_passages if job else [],
    )
