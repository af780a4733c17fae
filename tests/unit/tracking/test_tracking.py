"""The tracker on a real SQLite store: the status machine, history, next actions, filters, notes and contacts."""

from __future__ import annotations

from datetime import timedelta
from itertools import product

import pytest
from sqlalchemy import update

from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.domain.errors import ApprovalRequiredError, InvalidTransitionError
from careerpilot.domain.tracking import Contact, TrackerFilter
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import ApplicationRow, utcnow
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.tracking_data import Seed, seed_applications

# The status machine as the product defines it (issue 7 + the applier's needs_you), written out independently.
LEGAL = {
    S.DISCOVERED: {S.SHORTLISTED, S.DISMISSED},
    S.SHORTLISTED: {S.DRAFTED, S.DISMISSED},
    S.DRAFTED: {S.APPROVED, S.DISMISSED},
    S.APPROVED: {S.SUBMITTED, S.NEEDS_YOU, S.DISMISSED, S.WITHDRAWN},
    S.NEEDS_YOU: {S.APPROVED, S.SUBMITTED, S.DISMISSED, S.WITHDRAWN},
    S.SUBMITTED: {S.INTERVIEWING, S.REJECTED, S.OFFER, S.WITHDRAWN},
    S.INTERVIEWING: {S.OFFER, S.REJECTED, S.WITHDRAWN},
    S.OFFER: {S.WITHDRAWN},
    S.REJECTED: set(),
    S.WITHDRAWN: set(),
    S.DISMISSED: set(),
}


@pytest.fixture
def world(settings):
    store = Store.open(settings.sql_url)
    tracker = TrackingService(store, TrackingStore(store.engine), FollowUpWindows(3, 7, 14, 85, 70))
    yield store, tracker
    store.close()


def force_status(store: Store, app_id: str, status: S) -> None:
    with store.session() as s:
        s.execute(update(ApplicationRow).where(ApplicationRow.id == app_id).values(status=status.value))


def test_every_status_is_covered_by_the_machine():
    assert set(LEGAL) == set(S)


@pytest.mark.parametrize("current", list(S))
def test_every_legal_move_succeeds_and_every_illegal_one_is_refused_naming_the_allowed(world, current):
    store, tracker = world
    [app_id] = seed_applications(store, [Seed("Engineer", "Acme")])
    for new in S:
        force_status(store, app_id, current)
        history = len(store.get_application(app_id).history)
        if new is S.APPROVED:  # legal in the status machine, but only the review gate approves
            with pytest.raises(ApprovalRequiredError, match="only at the review gate"):
                tracker.update_status(app_id, new, by="user")
            assert store.get_application(app_id).status is current
            assert len(store.get_application(app_id).history) == history
        elif new in LEGAL[current]:
            tracked = tracker.update_status(app_id, new, by="user", note=f"{current}->{new}")
            assert tracked.application.status is new
            assert tracked.application.history[-1].by == "user"
            assert len(tracked.application.history) == history + 1
        else:
            with pytest.raises(InvalidTransitionError) as caught:
                tracker.update_status(app_id, new, by="user")
            allowed = ", ".join(sorted(s.value for s in LEGAL[current])) or "none (final status)"
            assert str(caught.value).endswith(f"allowed: {allowed}")
            assert store.get_application(app_id).status is current
            assert len(store.get_application(app_id).history) == history, "a refused move leaves no history"


def test_pairs_checked_cover_all_combinations():
    assert len(list(product(S, S))) == len(S) ** 2


def test_next_action_follows_the_priority_window_of_the_score(world):
    store, tracker = world
    ids = seed_applications(
        store,
        [
            Seed("A", "High Co", S.SUBMITTED, 91),
            Seed("B", "Mid Co", S.SUBMITTED, 75),
            Seed("C", "Low Co", S.SUBMITTED, 50),
        ],
    )
    days = {}
    for app_id in ids:
        item = tracker.get(app_id)
        submitted = item.application.history[-1].at
        days[item.company] = ((item.next_action_at - submitted).days, item.priority, item.next_action)
    assert days == {
        "High Co": (3, "high", "follow up with the recruiter"),
        "Mid Co": (7, "medium", "follow up with the recruiter"),
        "Low Co": (14, "low", "follow up with the recruiter"),
    }


def test_final_statuses_have_no_next_action_and_a_user_date_wins(world):
    store, tracker = world
    rejected, submitted = seed_applications(store, [Seed("A", "X", S.REJECTED), Seed("B", "Y", S.SUBMITTED)])
    assert tracker.get(rejected).next_action is None
    when = utcnow() + timedelta(days=1)
    item = tracker.set_next_action(submitted, "send the portfolio link", when)
    assert item.next_action == "send the portfolio link" and item.next_action_at == when


def test_filters_narrow_by_status_company_text_score_and_due_date(world):
    store, tracker = world
    seed_applications(
        store,
        [
            Seed("Data Engineer", "Globex", S.SUBMITTED, 82),
            Seed("Analytics Engineer", "Globex", S.INTERVIEWING, 74),
            Seed("Platform Engineer", "Initech", S.DRAFTED, 90),
        ],
    )
    titles = lambda q: sorted(i.title for i in tracker.list(q))  # noqa: E731
    assert titles(TrackerFilter(status=[S.SUBMITTED, S.INTERVIEWING])) == ["Analytics Engineer", "Data Engineer"]
    assert titles(TrackerFilter(company="globex")) == ["Analytics Engineer", "Data Engineer"]
    assert titles(TrackerFilter(text="platform")) == ["Platform Engineer"]
    assert titles(TrackerFilter(min_score=80)) == ["Data Engineer", "Platform Engineer"]
    assert titles(TrackerFilter(due_before=utcnow() + timedelta(minutes=1))) == ["Platform Engineer"]


def test_notes_and_contacts_are_kept_and_a_contact_with_the_same_email_is_replaced(world):
    store, tracker = world
    [app_id] = seed_applications(store, [Seed("Engineer", "Acme")])
    tracker.add_note(app_id, "Spoke to Jordan at the meetup")
    tracker.add_note(app_id, "Sent thank-you note")
    tracker.add_contact(app_id, Contact(name="Jordan", email="jordan@acme.com", role="recruiter"))
    item = tracker.add_contact(app_id, Contact(name="Jordan Smith", email="JORDAN@acme.com", role="hiring manager"))
    assert item.application.notes.count("\n") == 1 and "Sent thank-you note" in item.application.notes
    assert [(c.name, c.role) for c in item.contacts] == [("Jordan Smith", "hiring manager")]


def test_listeners_hear_every_status_change_with_who_made_it(world):
    store, tracker = world
    [app_id] = seed_applications(store, [Seed("Engineer", "Acme", S.SUBMITTED)])
    heard = []
    tracker.subscribe(lambda item, by: heard.append((item.application.status, by)))
    tracker.update_status(app_id, S.INTERVIEWING, by="mail:interview")
    assert heard == [(S.INTERVIEWING, "mail:interview")]


def test_dashboard_counts_the_funnel_and_response_rate_per_source(world):
    store, tracker = world
    seed_applications(
        store,
        [
            Seed("A", "A", S.SUBMITTED, source="lever"),
            Seed("B", "B", S.INTERVIEWING, source="lever"),
            Seed("C", "C", S.REJECTED, source="greenhouse"),
            Seed("D", "D", S.OFFER, source="greenhouse"),
            Seed("E", "E", S.DRAFTED, source="greenhouse"),
        ],
    )
    data = tracker.dashboard()
    assert data.funnel == {"discovered": 5, "matched": 5, "applied": 4, "responded": 3, "interview": 2}
    rates = {s.source: (s.applied, s.responded) for s in data.sources}
    assert rates == {"lever": (2, 1), "greenhouse": (2, 2)}
    assert [c.title for c in data.board["offer"]] == ["D"]


def test_an_applications_history_has_every_status_change_and_audit_entry_in_order(world):
    store, tracker = world
    [app_id] = seed_applications(store, [Seed("Engineer", "Acme")])
    tracker.update_status(app_id, S.WITHDRAWN, by="user:test", note="not for me")

    history = tracker.history(app_id)

    assert history.application_id == app_id
    assert [c.status for c in history.statuses][-1] is S.WITHDRAWN
    assert [e.action for e in history.audit][-1] == "status_changed"
    assert history.audit[-1].detail == {"status": "withdrawn", "by": "user:test"}
    assert [a.id for a in tracker.applications(S.WITHDRAWN)] == [app_id] == [tracker.application(app_id).id]
