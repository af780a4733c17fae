"""The approval gate: the one place where an application becomes approved, and where a submit without it is refused.

- ``ApprovalGate.record_decisions`` is the only code that approves: a person's approve / edit / reject per drafted
  application (from any face, through the graph's ``review`` node), refusing a job already applied to. An approval
  names its approver (channel and name, set by the face from the caller) and the digest of the pending view the
  person saw; without either it is refused, and a view that changed since must be looked at again.
- ``ApprovalGate.autonomous_decisions`` is the explicit autonomous policy: approvals it allows now (minimum score,
  a verified form adapter, every answer grounded in the profile, daily caps); none when the policy is off.
- ``require_approval`` is what the submit calls before it fills anything: no recorded approval, no submit.
- ``refuse_status_approval`` keeps status updates (tracking from the API, MCP, CLI) from approving.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from careerpilot.applying.answers import AnswerService, fit_option
from careerpilot.applying.browser import site
from careerpilot.applying.pending import PendingApproval, pending_approval, pending_approvals
from careerpilot.config import Settings
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.errors import ApprovalRequiredError, InputError, NotFoundError
from careerpilot.domain.feedback import Verdict
from careerpilot.domain.review import Approver, ReviewDecision
from careerpilot.matching.feedback import FeedbackService
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger, idempotency_key, start_of_day
from careerpilot.tools.forms import FieldAnswer, FormField

log = logging.getLogger(__name__)
EDITABLE = ("cover_letter", "notes")
POLICY = Approver(channel="policy", name="autonomous policy")


@dataclass
class DecisionOutcome:
    """Applications approved by these decisions and those still waiting."""

    approved: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)


def require_approval(application: Application) -> None:
    """Raise ApprovalRequiredError unless the application was approved at review (by a person or the policy)."""
    if application.status is not ApplicationStatus.APPROVED:
        raise ApprovalRequiredError(
            f"application {application.id} is {application.status.value}, not approved: approve it at review first"
        )


def refuse_status_approval(status: ApplicationStatus) -> None:
    """Raise InputError for a status update to approved: only the review gate approves."""
    if status is ApplicationStatus.APPROVED:
        raise InputError("approve through the review gate (an approve decision on the run), not a status update")


class ApprovalGate:
    """Records decisions on drafted applications and the autonomous policy's approvals."""

    def __init__(
        self,
        store: Store,
        settings: Settings,
        ledger: SubmissionLedger,
        answers: AnswerService,
        feedback: FeedbackService | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.ledger = ledger
        self.answers = answers
        self.feedback = feedback  # verdicts shape later rankings

    def record_decisions(self, run_id: str, decisions: list[ReviewDecision]) -> DecisionOutcome:
        """Apply each decision to a drafted application of the run; undecided ones stay pending."""
        drafted = {a.id: a for a in self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)}
        # What the policy allows is settled before anything is recorded: its caps count this batch once.
        by_policy = any(d.approver is not None and d.approver.channel == "policy" for d in decisions)
        allowed = {d.application_id for d in self.autonomous_decisions(run_id)} if by_policy else set()
        for decision in decisions:
            application = drafted.get(decision.application_id)
            if application is None:
                raise InputError(f"application {decision.application_id} is not waiting for review in run {run_id}")
            if decision.action == "approve":
                self.check_approval(application, decision, allowed)
                self._refuse_second_application(application)
                approver = decision.approver
                assert approver is not None  # check_approval refuses an approval without its approver
                self.store.approve(application.id, approver, note=decision.note)
                self.store.audit(
                    "approved",
                    application.id,
                    {"note": decision.note, "by": approver.label, "channel": approver.channel, "name": approver.name},
                )
                self._remember_answers(application)
                self._remember_verdict(application, "approved", decision.note)
            elif decision.action == "reject":
                by = decision.approver.label if decision.approver else "user"
                self.store.transition(application.id, ApplicationStatus.DISMISSED, by=by, note=decision.note)
                self.store.audit("rejected", application.id, {"note": decision.note, "by": by})
                self._remember_verdict(application, "rejected", decision.note)
            else:
                self._edit(application, decision.edits)
        still = self.store.list_applications(ApplicationStatus.DRAFTED, run_id=run_id)
        approved = self.store.list_applications(ApplicationStatus.APPROVED, run_id=run_id)
        return DecisionOutcome(approved=[a.id for a in approved], pending=[a.id for a in still])

    def check_approval(
        self, application: Application, decision: ReviewDecision, policy_allows: set[str] | None = None
    ) -> None:
        """Raise ApprovalRequiredError for an approval that does not name who gave it and what they were shown.

        The policy's approvals are checked against the policy itself, so no face can pass one off as the policy's.
        """
        approver = decision.approver
        if approver is None:
            raise ApprovalRequiredError(f"the approval of {application.id} does not say who gave it: not approved")
        if approver.channel == "policy":
            if policy_allows is None:
                policy_allows = {d.application_id for d in self.autonomous_decisions(application.run_id or "")}
            if application.id not in policy_allows:
                raise ApprovalRequiredError(f"the autonomous policy does not allow {application.id}: not approved")
            return
        current = pending_approval(self.store, application).digest
        if decision.reviewed is None:
            raise ApprovalRequiredError(
                f"approve {application.id} as it was shown to you: send the pending view's digest as 'reviewed' "
                "(GET /approvals, or use careerpilot review / the extension's Approvals tab)"
            )
        if decision.reviewed != current:
            raise ApprovalRequiredError(
                f"application {application.id} changed since it was shown to you: look at it again before approving"
            )

    def _remember_verdict(self, application: Application, verdict: Verdict, note: str) -> None:
        if self.feedback is not None:
            self.feedback.record(application.job_id, verdict, note)

    def _refuse_second_application(self, application: Application) -> None:
        row = self.ledger.get(idempotency_key(application.job_id, application.applicant))
        if row is not None:
            raise InputError(
                f"already applied to this job on {row['created_at']:%Y-%m-%d %H:%M} UTC "
                f"(application {row['application_id']}, {row['state']}): not applying twice"
            )

    def _edit(self, application: Application, edits: dict[str, str]) -> None:
        answer_edits = {k.removeprefix("answer:"): v for k, v in edits.items() if k.startswith("answer:")}
        unknown = set(edits) - set(EDITABLE) - {f"answer:{k}" for k in answer_edits}
        if unknown:
            raise InputError(f"cannot edit {', '.join(sorted(unknown))}; editable: cover_letter, notes, answer:FIELD")
        documents: dict[str, Any] = dict(application.documents)
        if "cover_letter" in edits:
            documents["cover_letter"] = edits["cover_letter"]
            documents["edited_by_user"] = True
        answers = _with_edits(application.answers, answer_edits) if answer_edits else application.answers
        self.store.update_application(
            application.id, documents=documents, answers=answers, notes=edits.get("notes", application.notes)
        )
        self.store.audit("edited", application.id, {"fields": sorted(edits)})

    def _remember_answers(self, application: Application) -> None:
        for item in application.answers.get("fields", []):
            answer = FieldAnswer.model_validate(item)
            if answer.kind != "file" and isinstance(answer.value, str) and not answer.source.startswith("profile"):
                self.answers.remember(answer.label, answer.value, answer.source)

    def autonomous_decisions(self, run_id: str) -> list[ReviewDecision]:
        """Return approvals the autonomous policy allows now (none when the policy is off)."""
        enabled, min_score = self._policy(run_id)
        if not enabled:
            return []
        decisions: list[ReviewDecision] = []
        sites: dict[str, int] = {}
        today = self.ledger.count_since(start_of_day())
        for item in pending_approvals(self.store, run_id):
            reason = self._policy_refusal(item, today + len(decisions), sites, min_score)
            if reason is None:
                host = site(item.form.get("url") or "")
                sites[host] = sites.get(host, 0) + 1
                decisions.append(
                    ReviewDecision(
                        application_id=item.application.id, action="approve", note="autonomous", approver=POLICY
                    )
                )
            else:
                log.info("autonomous policy leaves %s to the human: %s", item.application.id, reason)
        return decisions

    def _policy(self, run_id: str) -> tuple[bool, float]:
        """Return whether the autonomous policy is on for a run, and its bar: a saved search's own, else settings."""
        try:
            policy = self.store.get_run(run_id).summary.get("policy") if run_id else None
        except NotFoundError:
            policy = None
        if policy:
            return bool(policy.get("enabled")), float(policy.get("min_score", self.settings.autonomous_min_score))
        return self.settings.autonomous_apply, self.settings.autonomous_min_score

    def _policy_refusal(
        self, item: PendingApproval, today: int, sites: dict[str, int], min_score: float | None = None
    ) -> str | None:
        form, score = item.form, item.application.score or 0
        host = site(form.get("url") or "")
        bar = self.settings.autonomous_min_score if min_score is None else min_score
        if score < bar:
            return f"score {score:.0f} < {bar:.0f}"
        before = item.match.score_before_rerank if item.match else None
        if before is not None and before < bar:  # a model's rerank alone never approves an application
            return f"score {before:.0f} < {bar:.0f} before the LLM rerank"
        if not form.get("verified") or form.get("state") != "dry_run":
            return f"form not read by a verified adapter ({form.get('adapter') or 'none'}: {form.get('detail', '')})"
        if item.unanswered or not item.fields or any(not f.grounded or f.source.startswith("llm") for f in item.fields):
            return "not every answer is grounded in the profile"
        if today >= self.settings.max_applications_per_day:
            return "global daily cap reached"
        if (
            self.ledger.count_since(start_of_day(), host) + sites.get(host, 0)
            >= self.settings.max_applications_per_site_per_day
        ):
            return f"daily cap for {host} reached"
        return None


def _with_edits(answers: dict[str, Any], edits: dict[str, str]) -> dict[str, Any]:
    """Return the prepared answers with the user's values; an edited unanswered question becomes answered."""
    fields = [dict(f) for f in answers.get("fields", [])]
    unanswered = [FormField.model_validate(f) for f in answers.get("unanswered", [])]
    by_key = {f["key"]: f for f in fields}
    known = by_key.keys() | {f.key for f in unanswered}
    if missing := set(edits) - known:
        raise InputError(f"no form field {', '.join(sorted(missing))} in this application")
    for question in unanswered:
        if question.key in edits:
            value = fit_option(question, edits[question.key])
            if value is None:
                raise InputError(f"{edits[question.key]!r} is not a choice of {question.label!r}: {question.options}")
            fields.append(
                FieldAnswer(
                    **question.model_dump(exclude={"options", "meaning"}), value=value, source="user"
                ).model_dump()
            )
    for key, value in edits.items():
        if key in by_key:
            by_key[key].update(value=value, source="user", grounded=True)
    remaining = [f.model_dump() for f in unanswered if f.key not in edits]
    return {**answers, "fields": fields, "unanswered": remaining}
