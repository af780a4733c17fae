"""Digest and alerts through real apprise to a local webhook receiver (apprise's json:// target on 127.0.0.1)."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import update

from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import StatusHistoryRow, utcnow
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tools.notify import Notifier, NotifyError
from careerpilot.tracking.notifications import NotificationService, render_digest
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.tracking_data import Seed, seed_applications
from tests.support.webhook import WebhookReceiver

SEEDS = [
    Seed("Staff Data Engineer", "Globex", S.DRAFTED, 93),  # strong new match, pending approval
    Seed("Support Engineer", "Initech", S.DRAFTED, 66),  # pending approval, not strong
    Seed("Backend Engineer", "Hooli", S.SUBMITTED, 88),  # submitted long ago: follow-up due
    Seed("Platform Engineer", "Acme Robotics", S.SUBMITTED, 75),  # will get an interview now
    Seed("QA Engineer", "Umbrella Health", S.SUBMITTED, 60),  # submitted yesterday-ish: not due yet
]


@pytest.fixture
def receiver():
    with WebhookReceiver() as hook:
        yield hook


@pytest.fixture
def world(settings, receiver):
    store = Store.open(settings.sql_url)
    tracking = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking, FollowUpWindows(high_days=3, medium_days=7, low_days=14))
    notifications = NotificationService(tracker, Notifier([receiver.url]), strong_match_score=85)
    tracker.subscribe(notifications.on_status_change)
    ids = seed_applications(store, SEEDS)
    hooli = ids[2]
    with store.session() as s:  # Hooli was submitted ten days ago: past its 3-day high-priority window
        s.execute(
            update(StatusHistoryRow)
            .where(StatusHistoryRow.application_id == hooli)
            .values(at=utcnow() - timedelta(days=10))
        )
    yield SimpleNamespace(store=store, tracker=tracker, notifications=notifications, ids=ids)
    store.close()


def test_digest_lists_strong_matches_pending_approvals_status_changes_and_follow_ups(world):
    since = utcnow() - timedelta(hours=1)
    world.tracker.update_status(world.ids[3], S.INTERVIEWING, by="mail:interview", note="e-mail <1@acme>")
    digest = world.notifications.build_digest(since=since)
    assert [i.title for i in digest.strong_matches] == ["Staff Data Engineer"]
    assert {i.title for i in digest.pending_approvals} == {"Staff Data Engineer", "Support Engineer"}
    changes = {(i.title, i.detail) for i in digest.status_changes}
    assert ("Platform Engineer", "submitted → interviewing (by mail:interview)") in changes
    assert all(i.title != "Backend Engineer" for i in digest.status_changes), "Hooli changed ten days ago"
    assert [i.title for i in digest.follow_ups_due] == ["Backend Engineer"]
    assert "follow up with the recruiter" in digest.follow_ups_due[0].detail


def test_send_digest_delivers_one_message_and_the_next_digest_starts_where_it_ended(world, receiver):
    digest, delivery = world.notifications.send_digest()
    assert delivery.sent == 1
    body = receiver.wait_for(1)[0]
    assert body["title"].startswith("CareerPilot digest")
    assert "Staff Data Engineer" in body["message"] and "Follow-ups due" in body["message"]
    later = world.notifications.build_digest(now=digest.until + timedelta(hours=1))
    assert later.since == digest.until
    assert later.strong_matches == [] and later.status_changes == []


def test_an_interview_or_offer_alerts_at_once_and_a_rejection_does_not(world, receiver):
    world.tracker.update_status(world.ids[3], S.INTERVIEWING, by="mail:interview", note="e-mail from jordan@acme")
    alert = receiver.wait_for(1)[0]
    assert alert["title"] == "Interview: Platform Engineer at Acme Robotics" and alert["type"] == "warning"
    assert "jordan" in alert["message"]
    world.tracker.update_status(world.ids[2], S.REJECTED, by="mail:rejection")
    world.tracker.update_status(world.ids[3], S.OFFER, by="user")
    alerts = receiver.wait_for(2)
    assert [a["title"].split(":")[0] for a in alerts] == ["Interview", "Offer"]


def test_a_failed_alert_never_undoes_the_status_change(world):
    world.notifications.notifier = Notifier(["json://127.0.0.1:1/hook"], timeout_s=2)
    tracked = world.tracker.update_status(world.ids[3], S.INTERVIEWING, by="user")
    assert tracked.application.status is S.INTERVIEWING
    assert world.store.audit_events(world.ids[3], action="alert_failed")


def test_untrusted_titles_are_escaped_in_messages(world):
    digest = world.notifications.build_digest(since=utcnow() - timedelta(days=30))
    digest.pending_approvals[0].title = "@everyone [win](http://evil.example) *now*"
    text = render_digest(digest)
    assert "@everyone" not in text and "[win](" not in text and "\\*now\\*" in text


def test_a_malformed_notification_url_is_one_readable_error():
    with pytest.raises(NotifyError, match="not a valid notification URL: nosuchscheme://host"):
        Notifier(["nosuchscheme://host/secret-token"])
