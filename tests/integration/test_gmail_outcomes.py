"""E-mail outcome detection through the Gmail API with OAuth, against a local server speaking its wire format.

Gmail and Google's token endpoint can't be reached from tests: tests/support/gmail_server.py implements the
documented endpoints the reader uses (refresh-token grant, messages.list with pagination, messages.get raw) on
127.0.0.1, holding the same realistic messages as the Dovecot IMAP tests (tests/support/mailbox.py). The real
reader (careerpilot/tools/gmail.py, httpx) talks to it through GMAIL_API_BASE_URL and GMAIL_TOKEN_URL.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from pydantic import SecretStr
from typer.testing import CliRunner

from careerpilot.cli import app, console
from careerpilot.doctor import check_mail
from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.domain.errors import ConfigError
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tools.gmail import GmailConfig, GmailReader
from careerpilot.tools.mail import MailError, parse_message
from careerpilot.tracking.outcomes import OutcomeService
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support.gmail_server import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, GmailServer
from tests.support.mailbox import MAILS, SEEDS, Mail, build
from tests.support.tracking_data import seed_applications

HOOLI_REJECTION = Mail(
    "Dana Whitfield <dana.whitfield@hooli.com>",
    "Update on your Staff Engineer application",
    "Hi Ada,\n\nThank you for the time you spent on your application for the Staff Engineer role at Hooli. "
    "After careful review we have decided not to move forward with your application at this time.\n\nBest,\nDana",
    ("Hooli", "Staff Engineer"),
    S.REJECTED,
)


@pytest.fixture
def gmail() -> Iterator[GmailServer]:
    with GmailServer(page_cap=4) as server:  # 4 per page: the messages take several pages
        server.deliver([build(m, i) for i, m in enumerate(MAILS)])
        yield server


def gmail_settings(settings, server: GmailServer):
    return settings.model_copy(
        update={
            "gmail_client_id": CLIENT_ID,
            "gmail_client_secret": SecretStr(CLIENT_SECRET),
            "gmail_refresh_token": SecretStr(REFRESH_TOKEN),
            "gmail_api_base_url": server.base_url,
            "gmail_token_url": server.token_url,
            "gmail_timeout_s": 5.0,
            "gmail_backoff_s": 0.01,
            "gmail_max_retries": 2,
            # IMAP is configured too, at a dead port: the Gmail API must be the one read.
            "imap_host": "127.0.0.1",
            "imap_port": 1,
            "imap_username": "ada@example.org",
            "imap_password": SecretStr("unused"),
        }
    )


@pytest.fixture
def world(gmail, settings):
    settings = gmail_settings(settings, gmail)
    store = Store.open(settings.sql_url)
    tracking = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking, FollowUpWindows())
    ids = seed_applications(store, SEEDS)
    yield SimpleNamespace(
        settings=settings,
        store=store,
        tracker=tracker,
        ids={(seed.company, seed.title): app_id for seed, app_id in zip(SEEDS, ids, strict=True)},
        outcomes=OutcomeService(tracker, tracking, settings),
    )
    store.close()


def statuses(world) -> dict[tuple[str, str], S]:
    return {key: world.store.get_application(app_id).status for key, app_id in world.ids.items()}


def expected_after(before: dict, mails: list[Mail]) -> dict:
    expected = dict(before)
    for mail in mails:
        if mail.about:
            expected[mail.about] = mail.expect
    return expected


def test_gmail_api_moves_exactly_the_expected_applications_over_paginated_lists(world, gmail):
    before = statuses(world)
    report = world.outcomes.check()
    assert report.source == "Gmail API" and report.scanned == len(MAILS) >= 15
    assert statuses(world) == expected_after(before, MAILS)
    assert len([o for o in report.outcomes if not o.changed]) == len([m for m in MAILS if m.expect is None])
    lists = gmail.lists()
    assert len(lists) == -(-len(MAILS) // 4) and all("pageToken" in q for q in lists[1:])
    assert sorted(gmail.gets()) == sorted(m.id for m in gmail.messages)  # each message fetched once
    assert len(gmail.token_requests) == 1
    app = world.store.get_application(world.ids[("Umbrella Health", "ML Engineer")])
    assert app.history[-1].by == "mail:offer" and "marcus.lee@umbrellahealth.com" in app.history[-1].note


def test_later_checks_list_only_newer_mail_and_never_fetch_a_message_twice(world, gmail):
    world.outcomes.check()
    fetched = len(gmail.gets())
    again = world.outcomes.check()
    assert again.scanned == 0 and len(gmail.gets()) == fetched
    first_after = int(gmail.lists()[0]["q"][0].removeprefix("after:"))
    last_after = int(gmail.lists()[-1]["q"][0].removeprefix("after:"))
    assert last_after > first_after  # the cursor moved to the newest message read

    gmail.deliver([build(HOOLI_REJECTION, 99, start=datetime.now(UTC) - timedelta(minutes=5) - timedelta(minutes=99))])
    third = world.outcomes.check()
    assert len(gmail.gets()) == fetched + 1 and third.scanned == 1
    assert world.store.get_application(world.ids[("Hooli", "Staff Engineer")]).status is S.REJECTED
    assert len(gmail.token_requests) == 1, "the access token is kept between checks"


def test_an_expired_access_token_is_refreshed_once_and_the_check_goes_on(world, gmail):
    world.outcomes.check()
    old, sent = gmail.authorizations[0], len(gmail.authorizations)
    gmail.expire_tokens()
    gmail.deliver([build(HOOLI_REJECTION, 99, start=datetime.now(UTC) - timedelta(minutes=5) - timedelta(minutes=99))])
    report = world.outcomes.check()
    assert len(gmail.token_requests) == 2
    assert [o.status_after for o in report.changed] == [S.REJECTED]
    later = gmail.authorizations[sent:]
    assert later[0] == old and old not in later[1:], "the old token was refused with 401 once, then replaced"


def test_a_429_and_a_503_are_retried_with_backoff_and_the_check_succeeds(world, gmail):
    gmail.fail_next(503, 1, "/users/me/messages")  # the first list page
    gmail.fail_next(429, 1, "/messages/")  # then the first messages.get
    before = statuses(world)
    report = world.outcomes.check()
    assert report.scanned == len(MAILS)
    assert statuses(world) == expected_after(before, MAILS)
    assert len(gmail.gets()) == len(MAILS) + 1  # one message fetched again after its 429


def test_a_gmail_outage_leaves_the_tracker_unchanged_and_a_later_check_catches_up(world, gmail):
    before = statuses(world)
    gmail.down = True
    with pytest.raises(MailError, match="the next check retries"):
        world.outcomes.check()
    assert statuses(world) == before
    assert world.store.source_state(world.outcomes.reader().state_key) is None  # no cursor moved
    assert not world.store.audit_events(action="email_outcome")

    gmail.down = False
    gmail.fail_next(503, 10, "/messages/")  # down again half-way through reading: still nothing applied
    with pytest.raises(MailError):
        world.outcomes.check()
    assert statuses(world) == before

    gmail.faults.clear()
    report = world.outcomes.check()
    assert statuses(world) == expected_after(before, MAILS)
    assert len(report.changed) == len([m for m in MAILS if m.about])


def test_an_unreachable_api_is_one_readable_line(world):
    world.outcomes.settings = world.settings.model_copy(
        update={"gmail_token_url": "http://127.0.0.1:1/token", "gmail_max_retries": 1}
    )
    with pytest.raises(MailError, match="^cannot reach the Gmail API at 127.0.0.1: .*refused"):
        world.outcomes.check()


def test_reading_only_lists_and_gets_and_leaves_every_message_unread(world, gmail):
    world.outcomes.check()
    gmail.expire_tokens()
    world.outcomes.check()
    paths = {(method, "/messages/" if "/messages/" in path else path) for method, path, _ in gmail.requests}
    assert paths == {("POST", "/token"), ("GET", "/gmail/v1/users/me/messages"), ("GET", "/messages/")}
    assert all(m.labels == ["INBOX", "UNREAD"] for m in gmail.messages)
    assert all(form["grant_type"] == ["refresh_token"] for form in gmail.token_requests)


def test_secrets_and_tokens_never_reach_logs_errors_or_reprs(world, gmail, caplog):
    caplog.set_level(logging.DEBUG)
    world.outcomes.check()
    gmail.expire_tokens()
    world.outcomes.check()
    world.outcomes.settings = world.settings.model_copy(update={"gmail_refresh_token": SecretStr("1//revoked")})
    with pytest.raises(MailError) as refused:
        world.outcomes.check()
    issued = [a.removeprefix("Bearer ") for a in gmail.authorizations]
    text = caplog.text + str(refused.value) + repr(world.outcomes.gmail_config()) + repr(world.settings)
    for secret in (CLIENT_SECRET, REFRESH_TOKEN, "1//revoked", *issued):
        assert secret not in text


def test_a_revoked_refresh_token_is_one_readable_line_naming_the_setting(world):
    world.outcomes.settings = world.settings.model_copy(update={"gmail_refresh_token": SecretStr("1//revoked")})
    with pytest.raises(MailError, match=r"invalid_grant \(Token has been expired or revoked.\); .*GMAIL_REFRESH"):
        world.outcomes.check()


def test_a_partial_gmail_configuration_names_what_is_missing(world):
    world.outcomes.settings = world.settings.model_copy(update={"gmail_refresh_token": None})
    with pytest.raises(ConfigError, match="the Gmail API needs GMAIL_REFRESH_TOKEN as well"):
        world.outcomes.check()


def test_mail_check_command_reads_through_the_gmail_api(world, gmail, monkeypatch):
    monkeypatch.setattr(console.out, "width", 200)
    env = {
        "CAREERPILOT_DATA_DIR": str(world.settings.data_path),
        "GMAIL_CLIENT_ID": CLIENT_ID,
        "GMAIL_CLIENT_SECRET": CLIENT_SECRET,
        "GMAIL_REFRESH_TOKEN": REFRESH_TOKEN,
        "GMAIL_API_BASE_URL": gmail.base_url,
        "GMAIL_TOKEN_URL": gmail.token_url,
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(app, ["mail", "check"])
    assert result.exit_code == 0, result.output
    assert f"{len(MAILS)} messages read from Gmail API" in result.output
    assert "interviewing → offer" in result.output


def test_doctor_says_which_mailbox_is_read_without_showing_secrets(world):
    line = check_mail(world.settings)
    assert line.ok and line.detail.startswith("Gmail API (OAuth, read-only)") and "every 30 min" in line.detail
    assert CLIENT_SECRET not in line.detail and REFRESH_TOKEN not in line.detail
    partial = check_mail(world.settings.model_copy(update={"gmail_client_secret": None}))
    assert not partial.ok and partial.detail == "the Gmail API needs GMAIL_CLIENT_SECRET as well"
    no_gmail = dict.fromkeys(("gmail_client_id", "gmail_client_secret", "gmail_refresh_token"))
    imap = check_mail(world.settings.model_copy(update=no_gmail))
    assert imap.detail == "IMAP ada@example.org@127.0.0.1:1/INBOX, every 30 min" and "unused" not in imap.detail


def test_a_capped_reader_resumes_oldest_first_without_gaps_or_repeats(gmail):
    same_second = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    twins = [build(HOOLI_REJECTION, 200 + n, start=same_second - timedelta(minutes=200 + n)) for n in range(3)]
    gmail.deliver(twins)  # three messages in the same second, newest of all
    config = GmailConfig(CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, gmail.base_url, gmail.token_url, backoff_s=0.01)
    reader = GmailReader(config, limit=6)  # the third read ends between the twins
    cursor, read = None, []
    for _ in range(10):
        batch = reader.read((datetime.now(UTC) - timedelta(days=30)).date(), cursor)
        read += [m.message_id for m in batch.messages]
        cursor = batch.cursor
        if not batch.messages:
            break
    assert len(read) == len(set(read)) == len(MAILS) + 3
    received = {parse_message(m.raw).message_id: m.internal_ms for m in gmail.messages}
    assert [received[i] for i in read] == sorted(received.values())  # oldest first across the capped reads
    assert sorted(gmail.gets()) == sorted(m.id for m in gmail.messages)  # every message fetched exactly once
    assert reader.refreshes == 1
