"""The approval gate: an approval names a person (or the policy) and exactly the view they were shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careerpilot.applying.answers import AnswerService
from careerpilot.applying.gate import ApprovalGate
from careerpilot.applying.pending import PendingView, pending_approval
from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import ApprovalRequiredError
from careerpilot.domain.review import Approver, ReviewDecision
from careerpilot.memory.sql import Store
from careerpilot.memory.submissions import SubmissionLedger
from tests.support.applying import drafted_for_review, person_approves


@pytest.fixture
def gate(tmp_path) -> Iterator[tuple[Store, ApprovalGate, str, str]]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    store = Store.open(f"sqlite:///{tmp_path / 'gate.db'}")
    run_id, application_id = drafted_for_review(store)
    approvals = ApprovalGate(store, settings, SubmissionLedger(store), AnswerService(None, None))
    yield store, approvals, run_id, application_id
    store.close()


def _view(store: Store, application_id: str) -> PendingView:
    return PendingView.of(pending_approval(store, store.get_application(application_id)))


def test_an_approval_of_the_view_shown_is_recorded_with_its_approver(gate):
    store, approvals, run_id, application_id = gate
    outcome = approvals.record_decisions(run_id, [person_approves(_view(store, application_id))])
    assert outcome.approved == [application_id]
    history = store.get_application(application_id).history
    assert history[-1].status is ApplicationStatus.APPROVED and history[-1].by == "cli:test person"


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"approver": None}, "does not say who gave it"),
        ({"reviewed": None}, "as it was shown to you"),
        ({"reviewed": "f" * 32}, "changed since it was shown"),
        ({"approver": Approver(channel="policy", name="autonomous policy")}, "policy does not allow"),
    ],
    ids=["no approver", "nothing shown", "stale view", "policy forged while off"],
)
def test_an_approval_without_a_person_or_of_another_view_is_refused(gate, change, refusal):
    store, approvals, run_id, application_id = gate
    decision = person_approves(_view(store, application_id)).model_copy(update=change)
    with pytest.raises(ApprovalRequiredError, match=refusal):
        approvals.record_decisions(run_id, [decision])
    assert store.get_application(application_id).status is ApplicationStatus.DRAFTED


def test_an_edit_after_the_view_was_shown_makes_the_old_approval_stale(gate):
    store, approvals, run_id, application_id = gate
    seen = _view(store, application_id)
    edit = ReviewDecision(application_id=application_id, action="edit", edits={"answer:why": "I like robots."})
    approvals.record_decisions(run_id, [edit])
    with pytest.raises(ApprovalRequiredError, match="changed since it was shown"):
        approvals.record_decisions(run_id, [person_approves(seen)])
    approvals.record_decisions(run_id, [person_approves(_view(store, application_id))])
    assert store.get_application(application_id).status is ApplicationStatus.APPROVED


def test_a_status_update_never_approves(gate):
    store, _, _, application_id = gate
    with pytest.raises(ApprovalRequiredError, match="only at the review gate"):
        store.transition(application_id, ApplicationStatus.APPROVED, by="notion")
    assert store.get_application(application_id).status is ApplicationStatus.DRAFTED
