"""Built-in routines of the daemon and Celery beat: the daily digest at DIGEST_TIME, mail checks every interval.

Each firing is claimed once through the scheduled_runs unique row, like a saved search's firing, so a restart, a
second daemon or a redelivered Celery task never sends a day's digest twice. The digest goes out once today's
DIGEST_TIME (in TIMEZONE) has passed, late if the machine was off then, never for a past day. A digest that no
target accepted gives its claim back and is tried again after a pause; a failed mail check waits for the next
interval (``MAIL_CHECK_INTERVAL_S``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from careerpilot.autonomy.scheduler import cron_expression, zone
from careerpilot.config import Settings
from careerpilot.domain.errors import CareerPilotError
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.tools.notify import NotifyError
from careerpilot.tracking.notifications import NotificationService
from careerpilot.tracking.outcomes import OutcomeService

log = logging.getLogger(__name__)
DIGEST_JOB = "routine:digest"
MAIL_JOB = "routine:mail"
KEEP_FIRINGS = timedelta(days=7)
DIGEST_RETRY = timedelta(minutes=15)


def digest_time(at: str) -> tuple[int, int]:
    """Return (hour, minute) of DIGEST_TIME, or raise InputError."""
    minute, hour = cron_expression(None, at).split()[:2]
    return int(hour), int(minute)


def digest_due(now: datetime, at: str, timezone: str) -> datetime | None:
    """Return today's digest time (UTC) once it has passed in the time zone, else None."""
    hour, minute = digest_time(at)
    local = now.astimezone(zone(timezone))
    due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return due.astimezone(UTC) if local >= due else None


def mail_slot(now: datetime, interval_s: float) -> datetime:
    """Return the start of the interval ``now`` falls in: one mail check per slot, whoever ticks."""
    stamp = now.timestamp()
    return datetime.fromtimestamp(stamp - stamp % interval_s, UTC)


class Routines:
    """The digest and the mail check, each run when due and claimed once."""

    def __init__(
        self,
        settings: Settings,
        schedules: ScheduleStore,
        notifications: NotificationService,
        outcomes: OutcomeService,
    ) -> None:
        self.settings = settings
        self.schedules = schedules
        self.notifications = notifications
        self.outcomes = outcomes
        self._digest_paused_until: datetime | None = None
        self._handled: dict[str, datetime] = {}  # the last firing this process claimed or saw claimed, per routine

    def tick(self, now: datetime | None = None) -> list[str]:
        """Run what is due; return one line per routine that ran. A failing routine never stops the other."""
        now = now or datetime.now(UTC)
        lines = []
        for routine in (self.run_digest, self.run_mail):
            try:
                line = routine(now)
            except CareerPilotError as exc:
                log.warning("%s: %s", routine.__name__, exc)
                line = f"{routine.__name__.removeprefix('run_')} failed: {exc}"
            except Exception as exc:  # noqa: BLE001 - a bug in one routine must not stop the daemon's heartbeat
                log.exception("%s failed unexpectedly", routine.__name__)
                line = f"{routine.__name__.removeprefix('run_')} failed: unexpected {type(exc).__name__}"
            if line:
                lines.append(line)
        return lines

    def run_digest(self, now: datetime | None = None) -> str | None:
        """Send today's digest if its time has passed and nobody sent it yet; None when there was nothing to do."""
        s = self.settings
        if not s.digest_enabled or not self.notifications.notifier.configured:
            return None
        now = now or datetime.now(UTC)
        due = digest_due(now, s.digest_time, s.timezone)
        if due is None or (self._digest_paused_until and now < self._digest_paused_until):
            return None
        if not self._claim(DIGEST_JOB, due):
            return None
        self.schedules.prune(DIGEST_JOB, due - KEEP_FIRINGS)
        try:
            digest, delivery = self.notifications.send_digest(now=now)
        except NotifyError as exc:
            self.schedules.release(DIGEST_JOB, due)  # not sent: claim it again after the pause
            self._handled.pop(DIGEST_JOB, None)
            self._digest_paused_until = now + DIGEST_RETRY
            return f"digest not sent ({exc}); trying again in {DIGEST_RETRY.seconds // 60} minutes"
        self._digest_paused_until = None
        if digest.empty:
            return "digest: nothing new since the last one, not sent"
        return f"digest sent to {delivery.sent} target(s)"

    def _claim(self, job: str, due: datetime) -> bool:
        """Claim a firing through its unique row; False when this or another process already did."""
        if self._handled.get(job) == due:
            return False  # known here: spare the database a doomed insert every tick
        self._handled[job] = due
        return self.schedules.claim(job, due)[1]

    def run_mail(self, now: datetime | None = None) -> str | None:
        """Read the mailbox once per MAIL_CHECK_INTERVAL_S when one is configured; None when not due."""
        s = self.settings
        if not s.mail_check_interval_s or not s.mail_configured:
            return None
        slot = mail_slot(now or datetime.now(UTC), s.mail_check_interval_s)
        if not self._claim(MAIL_JOB, slot):
            return None
        self.schedules.prune(MAIL_JOB, slot - KEEP_FIRINGS)
        report = self.outcomes.check()  # MailError: the tracker is untouched and the next slot reads again
        return f"mail: {report.scanned} new message(s) from {report.source}, {len(report.changed)} status change(s)"
