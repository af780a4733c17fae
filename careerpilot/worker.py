"""Celery workers on a Redis broker: saved-search runs, run resumes and applications as retry-safe tasks.

Tasks carry ids only and call the same service functions as the daemon. They are acknowledged late (a worker
killed mid-task leaves its message to be redelivered after ``WORKER_VISIBILITY_TIMEOUT_S``) and idempotent: a
firing's run has a deterministic id and resumes from its checkpoint; an application is submitted once (the
SQL ledger, and the application's lock that the applying service takes for every face) under caps checked inside a
Redis lock. Beat sends ``tick`` every ``SCHEDULER_POLL_S`` seconds, ``digest`` daily at ``DIGEST_TIME`` in
``TIMEZONE`` and ``mail_check`` every ``MAIL_CHECK_INTERVAL_S`` (when a mailbox is configured); both claim their
firing once (autonomy/routines.py), so a repeat sends nothing twice.
Needs the ``[celery]`` extra and ``REDIS_URL``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from celery import Celery, Task
from celery.schedules import crontab
from celery.signals import worker_process_init

from careerpilot.autonomy.routines import digest_time
from careerpilot.autonomy.scheduler import zone
from careerpilot.config import Settings
from careerpilot.domain.errors import ConfigError, InputError
from careerpilot.memory.embeddings import LocalEmbedder
from careerpilot.memory.kv import LockBusyError, MemoryUnavailableError
from careerpilot.services import Services

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_S = 2.0
_embedder: LocalEmbedder | None = None


def _settings() -> Settings:
    settings = Settings()
    if not settings.redis_url:
        raise ConfigError("workers need a broker: set REDIS_URL=redis://127.0.0.1:6379/0")
    return settings


def create_app(settings: Settings | None = None) -> Celery:
    """Return the Celery app configured from Settings."""
    settings = settings or _settings()
    celery = Celery("careerpilot", broker=settings.redis_url)
    celery.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        task_default_queue=f"{settings.redis_prefix}tasks",
        broker_transport_options={
            "visibility_timeout": settings.worker_visibility_timeout_s,
            "global_keyprefix": settings.redis_prefix,
            "unacked_restore_throttle": 1,
        },
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        beat_schedule=beat_schedule(settings),
        timezone=settings.timezone,  # crontab entries (the digest) are in the user's zone; messages stay UTC
    )
    return celery


def beat_schedule(settings: Settings) -> dict[str, dict[str, Any]]:
    """Return what beat sends: the saved-search tick, the daily digest and mail checks; ConfigError when malformed."""
    try:
        zone(settings.timezone)
        hour, minute = digest_time(settings.digest_time)
    except InputError as exc:
        raise ConfigError(f"{exc} (TIMEZONE / DIGEST_TIME)") from None
    schedule: dict[str, dict[str, Any]] = {"tick": {"task": "careerpilot.tick", "schedule": settings.scheduler_poll_s}}
    if settings.digest_enabled:
        schedule["digest"] = {"task": "careerpilot.digest", "schedule": crontab(minute=minute, hour=hour)}
    if settings.mail_check_interval_s and settings.mail_configured:
        schedule["mail_check"] = {"task": "careerpilot.mail_check", "schedule": settings.mail_check_interval_s}
    return schedule


def _run(work: Callable[[Services], Awaitable[T]]) -> T:
    """Open the services for one task (one loaded embedding model per worker process) and run ``work``."""
    global _embedder
    _embedder = _embedder or LocalEmbedder()

    async def main() -> T:
        async with Services.open(Settings(), _embedder) as services:
            return await work(services)

    return asyncio.run(main())


app = create_app(Settings()) if Settings().redis_url else Celery("careerpilot")


@worker_process_init.connect
def _fresh_process(**_: Any) -> None:
    global _embedder
    _embedder = None  # a forked child loads its own model on first use


@app.task(name="careerpilot.run_search", bind=True, max_retries=None)
def run_search(self: Task, search_id: str, due_at: str) -> str:
    """Run (or continue) one firing of a saved search; retried while another worker holds it."""
    when = datetime.fromisoformat(due_at)
    try:
        run = _run(lambda s: s.scheduler.execute(search_id, when))
    except (LockBusyError, MemoryUnavailableError) as exc:
        raise self.retry(countdown=RETRY_S, exc=exc) from None
    return f"{run.id} {run.status.value}"


@app.task(name="careerpilot.resume_run", bind=True, max_retries=None)
def resume_run(self: Task, run_id: str) -> str:
    """Resume a failed or interrupted run from its checkpoint."""
    try:
        run = _run(lambda s: s.control.resume(run_id))
    except (LockBusyError, MemoryUnavailableError) as exc:
        raise self.retry(countdown=RETRY_S, exc=exc) from None
    return f"{run.id} {run.status.value}"


@app.task(name="careerpilot.apply", bind=True, max_retries=20)
def apply_application(self: Task, application_id: str) -> str:
    """Submit one approved application at most once, within the daily caps; retried while another process holds it."""
    try:
        return _run(lambda s: _apply(s, application_id))
    except (LockBusyError, MemoryUnavailableError) as exc:
        raise self.retry(countdown=RETRY_S, exc=exc) from None


async def _apply(services: Services, application_id: str) -> str:
    return (await services.applying.apply(application_id)).outcome


@app.task(name="careerpilot.tick")
def tick() -> int:
    """Claim due firings once and queue them (beat sends this)."""
    firings = _run(_take_due)
    for firing in firings:
        run_search.delay(firing.search_id, firing.due_at.isoformat())
    return len(firings)


async def _take_due(services: Services) -> list[Any]:
    await services.scheduler.retry.run_due()  # approved applications a crash or a refusal left unsent
    return services.scheduler.take_due()


@app.task(name="careerpilot.digest")
def send_digest() -> str:
    """Send today's digest once its time has passed; a repeat (retry, second beat) the same day sends nothing."""
    return _run(_digest)


async def _digest(services: Services) -> str:
    return services.routines.run_digest() or "digest: not due, already sent today, or no APPRISE_URLS"


@app.task(name="careerpilot.mail_check")
def check_mail() -> str:
    """Read the mailbox once per interval and move statuses; a failed read is retried at the next interval."""
    return _run(_mail)


async def _mail(services: Services) -> str:
    try:
        return services.routines.run_mail() or "mail: checked already this interval, or no mailbox configured"
    except ConfigError as exc:  # an outage or bad credentials: nothing changed, the next interval reads again
        log.warning("mail check failed: %s", exc)
        return f"mail check failed: {exc}"
