"""E-mail outcome detection against a real Dovecot IMAP server on 127.0.0.1 (Debian's dovecot-imapd).

The mailbox holds the realistic messages of tests/support/mailbox.py, delivered with IMAP APPEND; the real
``imapclient`` reads them read-only.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from pydantic import SecretStr

from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.domain.errors import ConfigError
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from careerpilot.tools.mail import MailError
from careerpilot.tracking.outcomes import OutcomeService
from careerpilot.tracking.service import FollowUpWindows, TrackingService
from tests.support import imap_server
from tests.support.imap_server import PASSWORD, USER, DovecotServer
from tests.support.mailbox import MAILS, SEEDS, build
from tests.support.tracking_data import seed_applications

FOLDER = "Job search"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """One private Dovecot for the session, stopped at the end."""
    if not imap_server.available():
        pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd")
    server = DovecotServer().start()
    # Reading never changes the mailbox (a test below proves it), so one folder serves every test.
    server.deliver(FOLDER, [build(m, i) for i, m in enumerate(MAILS)])
    yield server
    server.stop()


@pytest.fixture
def mailbox(dovecot, settings):
    """A fresh folder with every test message, and a tracker seeded with the applications they are about."""
    folder = FOLDER
    settings = settings.model_copy(
        update={
            "imap_host": dovecot.host,
            "imap_port": dovecot.port,
            "imap_ssl": False,
            "imap_username": USER,
            "imap_password": SecretStr(PASSWORD),
            "imap_folder": folder,
            "imap_timeout_s": 5.0,
        }
    )
    store = Store.open(settings.sql_url)
    tracking = TrackingStore(store.engine)
    tracker = TrackingService(store, tracking, FollowUpWindows())
    ids = seed_applications(store, SEEDS)
    by_key = {(seed.company, seed.title): app_id for seed, app_id in zip(SEEDS, ids, strict=True)}
    yield SimpleNamespace(
        folder=folder,
        settings=settings,
        store=store,
        tracker=tracker,
        ids=by_key,
        outcomes=OutcomeService(tracker, tracking, settings),
    )
    store.close()


def statuses(world) -> dict[tuple[str, str], S]:
    return {key: world.store.get_application(app_id).status for key, app_id in world.ids.items()}


def test_each_message_moves_exactly_the_expected_application_and_ambiguous_ones_change_nothing(mailbox):
    before = statuses(mailbox)
    report = mailbox.outcomes.check()
    assert report.scanned == len(MAILS) >= 15
    after = statuses(mailbox)
    expected = dict(before)
    for mail in MAILS:
        if mail.about:
            expected[mail.about] = mail.expect
    assert after == expected
    unchanged = [o for o in report.outcomes if not o.changed]
    assert len(unchanged) == len([m for m in MAILS if m.expect is None])
    assert all(o.reason for o in report.outcomes), "every message says why it did or did not change a status"


def test_the_mail_is_the_evidence_in_the_status_history(mailbox):
    mailbox.outcomes.check()
    app = mailbox.store.get_application(mailbox.ids[("Umbrella Health", "ML Engineer")])
    last = app.history[-1]
    assert last.status is S.OFFER and last.by == "mail:offer"
    assert "marcus.lee@umbrellahealth.com" in last.note and "Offer - ML Engineer" in last.note
    events = mailbox.store.audit_events(app.id, action="email_outcome")
    assert events and events[0]["detail"]["kind"] == "offer"
    acme = mailbox.store.get_application(mailbox.ids[("Acme Robotics", "Senior Backend Engineer")])
    assert [h.status for h in acme.history][-2:] == [S.SUBMITTED, S.INTERVIEWING]


def test_recruiters_who_wrote_become_contacts(mailbox):
    mailbox.outcomes.check()
    tracked = mailbox.tracker.get(mailbox.ids[("Globex", "Data Engineer")])
    assert [c.email for c in tracked.contacts] == ["priya.natarajan@globex.com"]
    initech = mailbox.tracker.get(mailbox.ids[("Initech", "Platform Engineer")])
    assert initech.contacts == []  # an ATS no-reply address is nobody to write to


def test_a_second_check_applies_nothing_twice(mailbox):
    mailbox.outcomes.check()
    history = {k: len(mailbox.store.get_application(i).history) for k, i in mailbox.ids.items()}
    again = mailbox.outcomes.check()
    assert again.skipped_seen_before == len(MAILS) and again.outcomes == []
    assert {k: len(mailbox.store.get_application(i).history) for k, i in mailbox.ids.items()} == history


def test_reading_never_marks_moves_or_deletes_mail(mailbox, dovecot):
    mailbox.outcomes.check()
    with dovecot.client() as client:
        client.select_folder(mailbox.folder, readonly=True)
        uids = client.search(["ALL"])
        flags = client.get_flags(uids)
    assert len(uids) == len(MAILS)
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags.values())


def test_imap_outage_leaves_the_tracker_unchanged_and_a_later_check_catches_up(mailbox):
    before = statuses(mailbox)
    mailbox.outcomes.settings = mailbox.settings.model_copy(update={"imap_port": 1})
    with pytest.raises(MailError, match="cannot reach IMAP server"):
        mailbox.outcomes.check()
    assert statuses(mailbox) == before
    mailbox.outcomes.settings = mailbox.settings
    report = mailbox.outcomes.check()
    assert len(report.changed) == len([m for m in MAILS if m.about])


def test_a_wrong_password_is_one_readable_line(mailbox):
    mailbox.outcomes.settings = mailbox.settings.model_copy(update={"imap_password": SecretStr("nope")})
    with pytest.raises(MailError, match="IMAP_PASSWORD"):
        mailbox.outcomes.check()


def test_an_unconfigured_mailbox_says_which_settings_to_set(mailbox):
    mailbox.outcomes.settings = mailbox.settings.model_copy(update={"imap_host": None})
    with pytest.raises(ConfigError, match="IMAP_HOST"):
        mailbox.outcomes.check()
