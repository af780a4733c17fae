"""Decisions at the review gate from any face: checked before the run resumes, grouped by run.

The gate itself (what approving records, the autonomous policy, no submit without an approval) is ``gate.py``.
"""

from __future__ import annotations

from careerpilot.applying.gate import ApprovalGate, refuse_status_approval
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import InputError
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunStatus
from careerpilot.memory.sql import Store
from careerpilot.runs.service import RunOutcome, RunService
from careerpilot.runs.stranded import settle_if_dead


class ReviewService:
    """Validates decisions and resumes the runs waiting for them."""

    def __init__(self, store: Store, runs: RunService, gate: ApprovalGate) -> None:
        self.store = store
        self.runs = runs
        self.gate = gate

    def check(self, run_id: str, decisions: list[ReviewDecision] | None) -> None:
        """Raise InputError unless the run can resume with these decisions (before anything is resumed).

        A run whose process died is marked failed here and may resume; a failed run takes decisions when its
        checkpoint still waits at review (``RunService.resume`` checks that); a run waiting for review resumes
        without decisions when approved applications wait to be submitted.
        """
        run = settle_if_dead(self.store, self.store.get_run(run_id))
        if run.status is RunStatus.RUNNING:
            raise InputError(f"run {run_id} is still running: wait for it to reach review")
        unsent = self.store.list_applications(ApplicationStatus.APPROVED, run_id=run_id)
        if decisions is None:
            if run.status is RunStatus.AWAITING_REVIEW and not unsent:
                raise InputError(f"run {run_id} is waiting for review: send a decision per drafted application")
            return
        if run.status not in (RunStatus.AWAITING_REVIEW, RunStatus.FAILED):
            raise InputError(f"run {run_id} is {run.status.value}, not waiting for review")
        seen: set[str] = set()
        for decision in decisions:
            if decision.application_id in seen:
                raise InputError(f"application {decision.application_id} is decided twice")
            seen.add(decision.application_id)
            application = self.store.get_application(decision.application_id)
            if application.run_id != run_id or application.status is not ApplicationStatus.DRAFTED:
                raise InputError(
                    f"application {application.id} is {application.status.value}, "
                    f"not waiting for review in run {run_id}"
                )
            if decision.action == "approve":
                self.gate.check_approval(application, decision)

    def group(self, decisions: list[ReviewDecision]) -> dict[str, list[ReviewDecision]]:
        """Group decisions by the run whose review they answer; raise InputError for one not waiting."""
        runs: dict[str, list[ReviewDecision]] = {}
        for decision in decisions:
            application = self.store.get_application(decision.application_id)
            if application.status is not ApplicationStatus.DRAFTED or not application.run_id:
                raise InputError(f"application {application.id} is {application.status.value}, not waiting for review")
            runs.setdefault(application.run_id, []).append(decision)
        for run_id, run_decisions in runs.items():
            self.check(run_id, run_decisions)
        return runs

    async def decide(self, decisions: list[ReviewDecision]) -> list[RunOutcome]:
        """Record decisions and let each run go on to the applier; return where each run ended."""
        outcomes = []
        for run_id, run_decisions in self.group(decisions).items():
            async for _ in self.runs.resume(run_id, run_decisions):
                pass
            outcomes.append(self.runs.outcome(run_id))
        return outcomes

    def set_status(self, application_id: str, status: ApplicationStatus, by: str, note: str = "") -> Application:
        """Track an application's progress; approval is refused here because only the review gate approves."""
        refuse_status_approval(status)
        return self.store.transition(application_id, status, by=by, note=note)
