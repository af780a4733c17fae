"""The review gate and the applier: nothing is applied without a recorded approval, and nothing twice."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import ApprovalRequiredError, InputError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.review import ReviewDecision
from careerpilot.memory.sql import Store

log = logging.getLogger(__name__)
APPLY_ATTEMPT = "apply_attempt"
NO_ADAPTER = "not submitted: no form adapter yet"


class PendingApproval(BaseModel):
    """What a person needs to decide on one drafted application."""

    application: Application
    job: JobPosting
    match: Match | None = None


class ApplyResult(BaseModel):
    """What the applier did with one application."""

    application_id: str
    submitted: bool
    outcome: str
    repeated: bool = False


@dataclass
class DecisionOutcome:
    """Applications approved by these decisions and those still waiting."""

    approved: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


class ApplyingService:
    """Records decisions and acts on approved applications."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def pending(self, run_id: str | None = None) -> list[PendingApproval]:
        """Return drafted applications waiting for a decision, with their job and match."""
        pending = []
        for application in self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id):
            matches = {m.job_id: m for m, _ in self.store.matches_for_run(application.run_id or "")}
            job = self.store.get_job(application.job_id)
            pending.append(PendingApproval(application=application, job=job, match=matches.get(job.id)))
        return pending

    def record_decisions(self, run_id: str, decisions: list[ReviewDecision]) -> DecisionOutcome:
        """Apply each decision to a drafted application of the run; undecided ones stay pending."""
        drafted = {a.id: a for a in self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)}
        for decision in decisions:
            application = drafted.get(decision.application_id)
            if application is None:
                raise InputError(f"application {decision.application_id} is not waiting for review in run {run_id}")
            if decision.action == "approve":
                self.store.transition(application.id, ApplicationStatus.APPROVED, by="user", note=decision.note)
                self.store.audit("approved", application.id, {"note": decision.note})
            elif decision.action == "reject":
                self.store.transition(application.id, ApplicationStatus.DISMISSED, by="user", note=decision.note)
                self.store.audit("rejected", application.id, {"note": decision.note})
            else:
                self._edit(application, decision.edits)
        still = self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)
        approved = self.store.list_applications(ApplicationStatus.APPROVED, run_id=run_id)
        return DecisionOutcome(approved=[a.id for a in approved], pending=[a.id for a in still])

    def _edit(self, application: Application, edits: dict[str, str]) -> None:
        unknown = set(edits) - {"cover_letter", "notes"}
        if unknown:
            raise InputError(f"cannot edit {', '.join(sorted(unknown))}; editable: cover_letter, notes")
        documents: dict[str, Any] = dict(application.documents)
        if "cover_letter" in edits:
            documents["cover_letter"] = edits["cover_letter"]
            documents["edited_by_user"] = True
        self.store.update_application(application.id, documents=documents, notes=edits.get("notes", application.notes))
        self.store.audit("edited", application.id, {"fields": sorted(edits)})

    def apply(self, application_id: str) -> ApplyResult:
        """Act on an approved application once; a repeat returns the first result and records nothing."""
        application = self.store.get_application(application_id)
        earlier = self.store.audit_events(application_id, action=APPLY_ATTEMPT)
        if earlier:
            first = earlier[0]["detail"]
            return ApplyResult(
                application_id=application_id, submitted=first["submitted"], outcome=first["outcome"], repeated=True
            )
        if application.status is not ApplicationStatus.APPROVED:
            raise ApprovalRequiredError(
                f"application {application_id} is {application.status.value}, not approved: approve it at review first"
            )
        # The applying issue adds browser form adapters here; until then the record says so honestly.
        self.store.audit(APPLY_ATTEMPT, application_id, {"submitted": False, "outcome": NO_ADAPTER})
        return ApplyResult(application_id=application_id, submitted=False, outcome=NO_ADAPTER)

    def applied(self, run_id: str) -> list[ApplyResult]:
        """Return what the applier did for each application of a run."""
        results = []
        for application in self.store.list_applications(run_id=run_id):
            for event in self.store.audit_events(application.id, action=APPLY_ATTEMPT)[:1]:
                detail = event["detail"]
                results.append(
                    ApplyResult(application_id=application.id, submitted=detail["submitted"], outcome=detail["outcome"])
                )
        return results
