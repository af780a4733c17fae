"""The daily digest and mail checks on the daemon's heartbeat and in Celery beat, with a controllable clock.

Notifications go through real apprise (``json://``) to the local webhook receiver of the notification tests
(tests/support/webhook.py); the mail check reads the local Gmail-API server (tests/support/gmail_server.py),
since Gmail itself can't be reached from tests. The SQL store is the real SQLite file of each test.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from celery.beat import ScheduleEntry
from pydantic import SecretStr
from typer.testing import CliRunner

from careerpilot import worker
from careerpilot.autonomy.routines import DIGEST_JOB, MAIL_JOB, Routines
from careerpilot.cli import app, console
from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.services import Services
from careerpilot.tools.notify import Notifier
from careerpilot.tracking.notifications import NotificationService
from careerpilot.tracking.outcomes import OutcomeService
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.gmail_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, GmailServer
from tests.support.mailbox import MAILS, SEEDS, build
from tests.support.tracking_data import Seed, seed_applications
from tests.support.webhook import WebhookReceiver

BERLIN = ZoneInfo("Europe/Berlin")
PENDING = [Seed("Staff Data Engineer", "Globex", S.DRAFTED, 93), Seed("Support Engineer", "Initech", S.DRAFTED, 66)]


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall-clock time on the day after tomorrow + ``day`` (always in the future of the seeded data)."""
    base = datetime.now(BERLIN).date() + timedelta(days=2 + day)
    return datetime(base.year, base.month, base.day, hour, minute, tzinfo=BERLIN)


def digests(receiver: WebhookReceiver) -> list[dict]:
    return [m for m in receiver.received if m["title"].startswith("CareerPilot digest")]


@pytest.fixture
def receiver():
    with WebhookReceiver() as hook:
        yield hook


def routines_for(settings, notifier: Notifier) -> Routines:
    """Routines over a fresh connection to the same database, as a restarted daemon would build them."""
    store = Store.open(settings.sql_url)
    tracking = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking, FollowUpWindows())
    notifications = NotificationService(tracker, notifier, settings.strong_match_score)
    return Routines(settings, ScheduleStore(store), notifications, OutcomeService(tracker, tracking, settings))


@pytest.fixture
def digest_settings(settings, receiver):
    settings = settings.model_copy(
        update={"apprise_urls": receiver.url, "digest_time": "08:00", "timezone": "Europe/Berlin"}
    )
    store = Store.open(settings.sql_url)
    seed_applications(store, PENDING)  # drafts wait for approval: every day's digest has something to say
    store.close()
    return settings


def test_the_digest_goes_out_once_a_day_after_digest_time_and_a_restart_sends_nothing_twice(digest_settings, receiver):
    routines = routines_for(digest_settings, Notifier([receiver.url]))
    assert routines.tick(at(0, 7, 59)) == []  # before 08:00 Berlin: nothing, not even yesterday's
    assert routines.tick(at(0, 8, 0)) == ["digest sent to 1 target(s)"]
    for later in (at(0, 8, 0), at(0, 8, 5), at(0, 23, 59)):
        assert routines.tick(later) == []
    restarted = routines_for(digest_settings, Notifier([receiver.url]))
    assert restarted.tick(at(0, 12, 0)) == []  # the day's claim is in the database, not in the process
    assert restarted.tick(at(1, 7, 0)) == []
    assert restarted.tick(at(1, 9, 30)) == ["digest sent to 1 target(s)"]  # late (machine was off at 08:00)
    sent = digests(receiver)
    assert len(sent) == 2
    assert "Waiting for your approval" in sent[0]["message"] and "Staff Data Engineer" in sent[0]["message"]
    days = [f.due_at.astimezone(BERLIN) for f in restarted.schedules.firings(DIGEST_JOB)]
    assert [(d.date(), d.hour, d.minute) for d in days] == [(at(0, 8).date(), 8, 0), (at(1, 8).date(), 8, 0)]


def test_a_digest_no_target_accepted_is_tried_again_after_a_pause(digest_settings, receiver):
    routines = routines_for(digest_settings, Notifier(["json://127.0.0.1:1/hook"], timeout_s=2))
    (line,) = routines.tick(at(0, 8, 1))
    assert line.startswith("digest not sent") and "trying again in 15 minutes" in line
    assert routines.schedules.firings(DIGEST_JOB) == []  # the claim was given back
    routines.notifications.notifier = Notifier([receiver.url])
    assert routines.tick(at(0, 8, 10)) == []  # still pausing
    assert routines.tick(at(0, 8, 17)) == ["digest sent to 1 target(s)"]
    assert routines.tick(at(0, 8, 40)) == [] and len(digests(receiver)) == 1


def test_no_digest_without_targets_or_when_disabled(digest_settings):
    quiet = routines_for(digest_settings, Notifier([]))
    assert quiet.tick(at(0, 9)) == [] and quiet.schedules.firings(DIGEST_JOB) == []
    disabled = routines_for(digest_settings.model_copy(update={"digest_enabled": False}), Notifier(["json://x/y"]))
    assert disabled.tick(at(0, 9)) == []


def gmail_update(server: GmailServer) -> dict:
    return {
        "gmail_client_id": CLIENT_ID,
        "gmail_client_secret": SecretStr(CLIENT_SECRET),
        "gmail_refresh_token": SecretStr(REFRESH_TOKEN),
        "gmail_api_base_url": server.base_url,
        "gmail_token_url": server.token_url,
        "gmail_backoff_s": 0.01,
        "gmail_max_retries": 1,
        "mail_check_interval_s": 600,
    }


async def test_the_daemon_heartbeat_sends_one_digest_a_day_and_reads_mail_once_per_interval(
    settings, embedder, receiver
):
    changes = len([m for m in MAILS if m.about])
    with GmailServer() as gmail:
        gmail.deliver([build(m, i) for i, m in enumerate(MAILS)])
        settings = settings.model_copy(
            update={
                "apprise_urls": receiver.url,
                "digest_time": "08:00",
                "timezone": "Europe/Berlin",
                **gmail_update(gmail),
            }
        )
        store = Store.open(settings.sql_url)
        ids = seed_applications(store, SEEDS + PENDING)
        store.close()
        lines: list[str] = []
        async with Services.open(settings, embedder) as services:
            scheduler = services.scheduler
            assert services.routines is scheduler.routines
            before = [services.store.get_application(i).status for i in ids]
            gmail.down = True  # Gmail is out at first: that interval's check fails and changes nothing
            assert await scheduler.tick(at(0, 7, 55), lines.append) == []  # heartbeat: no saved search due
            await scheduler.tick(at(0, 7, 58), lines.append)  # same 10-minute slot: not tried again
            during = [services.store.get_application(i).status for i in ids]
            gmail.down = False
            await scheduler.tick(at(0, 8, 1), lines.append)  # 08:00 passed: digest; next slot's check catches up
            await scheduler.tick(at(0, 8, 3), lines.append)
            await scheduler.tick(at(0, 8, 12), lines.append)
            await scheduler.tick(at(1, 8, 0), lines.append)
            umbrella = services.store.get_application(ids[4]).status

    assert during == before and lines[0].startswith("mail failed: Gmail token endpoint unavailable (503)")
    assert lines[1:] == [
        "digest sent to 1 target(s)",
        f"mail: {len(MAILS)} new message(s) from Gmail API, {changes} status change(s)",
        "mail: 0 new message(s) from Gmail API, 0 status change(s)",
        "digest sent to 1 target(s)",
        "mail: 0 new message(s) from Gmail API, 0 status change(s)",
    ]
    assert umbrella is S.OFFER
    assert len(digests(receiver)) == 2
    assert {"Interview", "Offer"} <= {m["title"].split(":")[0] for m in receiver.received}  # immediate alerts too


def test_daemon_once_sends_the_due_digest_and_a_second_start_does_not(digest_settings, receiver, embedder, monkeypatch):
    monkeypatch.setattr(console.out, "width", 200)
    monkeypatch.setattr("careerpilot.services.LocalEmbedder", lambda: embedder)  # one model load for the test
    for key, value in {"APPRISE_URLS": receiver.url, "DIGEST_TIME": "00:00", "TIMEZONE": "UTC"}.items():
        monkeypatch.setenv(key, value)
    args = ["daemon", "--once", "--data-dir", str(digest_settings.data_path)]
    first = CliRunner().invoke(app, args)
    second = CliRunner().invoke(app, args)
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert "digest sent to 1 target(s)" in first.output and "digest" not in second.output
    assert len(digests(receiver)) == 1


def test_beat_sends_the_digest_at_digest_time_in_the_users_zone_and_checks_mail(settings):
    settings = settings.model_copy(
        update={
            "redis_url": "redis://127.0.0.1:6379/15",
            "digest_time": "07:45",
            "timezone": "Europe/Berlin",
            "gmail_client_id": CLIENT_ID,
            "gmail_client_secret": SecretStr(CLIENT_SECRET),
            "gmail_refresh_token": SecretStr(REFRESH_TOKEN),
        }
    )
    celery = worker.create_app(settings)
    schedule = celery.conf.beat_schedule
    assert schedule["digest"]["task"] == "careerpilot.digest" == worker.send_digest.name
    assert schedule["mail_check"] == {"task": "careerpilot.mail_check", "schedule": settings.mail_check_interval_s}
    assert schedule["tick"]["task"] == "careerpilot.tick"
    entry = ScheduleEntry(name="digest", app=celery, **schedule["digest"])
    last_run = datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    entry.schedule.nowfun = lambda: datetime(2026, 12, 1, 6, 44, tzinfo=UTC).astimezone(BERLIN)
    assert not entry.schedule.is_due(last_run).is_due  # 07:44 in Berlin
    entry.schedule.nowfun = lambda: datetime(2026, 12, 1, 6, 45, 30, tzinfo=UTC).astimezone(BERLIN)
    assert entry.schedule.is_due(last_run).is_due  # 07:45 in Berlin, 06:45 UTC
    quiet = worker.create_app(settings.model_copy(update={"digest_enabled": False, "gmail_client_id": None}))
    assert set(quiet.conf.beat_schedule) == {"tick"}


def test_a_malformed_digest_time_stops_beat_with_one_readable_line(settings):
    from careerpilot.domain.errors import ConfigError

    with pytest.raises(ConfigError, match="--at takes HH:MM.*DIGEST_TIME"):
        worker.create_app(settings.model_copy(update={"redis_url": "redis://127.0.0.1:6379/15", "digest_time": "8am"}))


def test_the_digest_task_runs_eagerly_and_sends_once_a_day(digest_settings, receiver, embedder, monkeypatch):
    for key, value in {
        "CAREERPILOT_DATA_DIR": str(digest_settings.data_path),
        "APPRISE_URLS": receiver.url,
        "DIGEST_TIME": "00:00",
        "TIMEZONE": "UTC",
    }.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(worker, "_embedder", embedder)
    first = worker.send_digest.apply().get()
    second = worker.send_digest.apply().get()
    assert first == "digest sent to 1 target(s)"
    assert second.startswith("digest: not due, already sent today")
    assert len(digests(receiver)) == 1
    assert "Staff Data Engineer" in digests(receiver)[0]["message"]
    mail = worker.check_mail.apply().get()
    assert mail.startswith("mail: checked already this interval, or no mailbox configured")
    assert ScheduleStore(Store.open(digest_settings.sql_url)).firings(MAIL_JOB) == []
