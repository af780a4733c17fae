"""Saved searches on a schedule: when each is due, claiming a firing once, and running it (daemon and workers alike).

A firing is (search, due time). ``take_due`` coalesces every firing missed while the machine was off into the
latest one and claims it through a unique SQL row, so it runs once however many daemons or beats look.
``execute`` is the one function the daemon and the Celery workers call: it holds a Redis lock on the search
(two workers never run it at the same time), starts or resumes the firing's run under a deterministic run id
(a retried task continues the same run), and stops at review with a notification unless the search's autonomous
policy lets the review node approve.
"""

from __future__ import annotations

import asyncio
import builtins
import logging
import os
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

from careerpilot.domain.errors import CareerPilotError, InputError, NotFoundError
from careerpilot.domain.runs import RunRecord, RunStatus
from careerpilot.domain.schedules import AutonomousPolicy, SavedSearch, ScheduledRun, SearchSpec
from careerpilot.memory.kv import KeyValueMemory, LockBusyError, RenewingLease
from careerpilot.memory.schedules import ScheduleStore
from careerpilot.memory.sql import Store
from careerpilot.runs.control import RunControl
from careerpilot.runs.live import RunCancelledError
from careerpilot.runs.retry import SubmitRetry
from careerpilot.runs.service import RunService, build_inputs
from careerpilot.tools.sources.registry import check_sources

if TYPE_CHECKING:
    from careerpilot.autonomy.routines import Routines

log = logging.getLogger(__name__)
FINISHED = (RunStatus.COMPLETED, RunStatus.AWAITING_REVIEW, RunStatus.CANCELLED)
SCHEDULED = "scheduled"


def cron_expression(cron: str | None, at: str | None) -> str:
    """Return the cron expression of ``--cron`` or of a daily ``--at HH:MM`` (DAILY_RUN_TIME)."""
    if cron and at:
        raise InputError("give --cron or --at, not both")
    if at:
        found = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)", at.strip())
        if not found:
            raise InputError(f"--at takes HH:MM (24-hour), not {at!r}")
        return f"{int(found[2])} {int(found[1])} * * *"
    if not cron:
        raise InputError("give --cron 'MIN HOUR DOM MON DOW' or --at HH:MM (or set DAILY_RUN_TIME)")
    if len(cron.split()) != 5 or not croniter.is_valid(cron):  # croniter also takes a sixth (seconds) field
        raise InputError(f"{cron!r} is not a cron expression (five fields: minute hour day month weekday)")
    return cron


def zone(name: str) -> ZoneInfo:
    """Return a time zone by IANA name, or raise InputError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(f"unknown time zone {name!r}: use an IANA name such as Europe/Berlin") from None


def latest_due(search: SavedSearch, now: datetime) -> datetime | None:
    """Return the latest firing at or before ``now`` not yet handled (missed ones coalesce into it), or None."""
    local_now = now.astimezone(zone(search.timezone)).replace(microsecond=0) + timedelta(seconds=1)
    last = croniter(search.cron, local_now).get_prev(datetime).astimezone(UTC)
    handled = search.last_due_at or search.created_at
    return last if last > handled else None


def next_due(search: SavedSearch, now: datetime) -> datetime:
    """Return the next firing after ``now`` (UTC)."""
    local_now = now.astimezone(zone(search.timezone))
    return croniter(search.cron, local_now).get_next(datetime).astimezone(UTC)


def firing_run_id(search_id: str, due_at: datetime) -> str:
    """Return the deterministic run id of a firing: a retried task continues the same run."""
    return f"s-{search_id}-{due_at.astimezone(UTC):%Y%m%dT%H%M%S}"


@dataclass(frozen=True)
class NewSearch:
    """What ``schedule add`` asks for."""

    name: str
    spec: SearchSpec
    cron: str | None = None
    at: str | None = None
    timezone: str = "UTC"
    policy: AutonomousPolicy = field(default_factory=AutonomousPolicy)


class SchedulerService:
    """Saved searches, due firings and their execution."""

    def __init__(
        self,
        store: Store,
        runs: RunService,
        control: RunControl,
        kv: KeyValueMemory,
        schedules: ScheduleStore,
        routines: Routines,
        notify: Callable[[str, str], object] | None = None,
        lock_ttl_s: float = 60,
        retry: SubmitRetry | None = None,
    ) -> None:
        self.store = store
        self.runs = runs
        self.control = control
        self.kv = kv
        self.notify = notify
        self.lock_ttl_s = lock_ttl_s
        self.schedules = schedules
        self.routines = routines  # the daily digest and mail checks, run on the same heartbeat
        self.retry = retry or SubmitRetry(store, runs, kv, lock_ttl_s)  # approved applications not yet submitted

    def add(self, new: NewSearch) -> SavedSearch:
        """Validate the inputs now (not at 7 am) and save the search."""
        spec = new.spec
        build_inputs(spec.profile, spec.resume, spec.sources, spec.goal, spec.filters)
        check_sources(spec.sources)
        spec = spec.model_copy(
            update={
                "profile": spec.profile.expanduser().resolve(),
                "resume": spec.resume.expanduser().resolve(),
                "filters": spec.filters.expanduser().resolve() if spec.filters else None,
                "sources": [_absolute(s) for s in spec.sources],
            }
        )
        zone(new.timezone)
        return self.schedules.add(new.name, spec, cron_expression(new.cron, new.at), new.timezone, new.policy)

    def list(self) -> list[SavedSearch]:
        """Return the saved searches."""
        return self.schedules.list()

    def remove(self, id_or_name: str) -> SavedSearch:
        """Delete a saved search."""
        return self.schedules.remove(id_or_name)

    def take_due(self, now: datetime | None = None) -> builtins.list[ScheduledRun]:
        """Claim each search's latest missed-or-due firing once; return the firings this caller must run."""
        now = now or datetime.now(UTC)
        taken = []
        for search in self.schedules.list():
            due = latest_due(search, now) if search.enabled else None
            if due is None:
                continue
            firing, created = self.schedules.claim(search.id, due)
            self.schedules.advance(search.id, due)
            if created:
                taken.append(firing)
        return taken

    async def execute(self, search_id: str, due_at: datetime) -> RunRecord:
        """Run (or continue) one firing under the search's lock; LockBusyError when another process runs it."""
        lease = self.kv.try_lock(f"search:{search_id}", self.lock_ttl_s)
        if lease is None:
            raise LockBusyError(f"another worker is running saved search {search_id}")
        renewing = RenewingLease(lease)
        try:
            return await self._execute(search_id, due_at)
        finally:
            renewing.release()

    async def _execute(self, search_id: str, due_at: datetime) -> RunRecord:
        self.schedules.claim(search_id, due_at)
        run_id = firing_run_id(search_id, due_at)
        try:
            run: RunRecord | None = self.store.get_run(run_id)
        except NotFoundError:
            run = None
        if run is not None and run.status in FINISHED:
            return run
        try:
            if run is None:
                run = self._create(search_id, due_at, run_id)
                await self.control.drain(self.runs.launch(run_id))
            else:
                await self.control.continue_run(run_id)
        except RunCancelledError:
            return self.control.mark_cancelled(run_id)
        return self._conclude(search_id, run_id)

    def _create(self, search_id: str, due_at: datetime, run_id: str) -> RunRecord:
        search = self.schedules.get(search_id)
        spec = search.spec
        inputs = build_inputs(spec.profile, spec.resume, spec.sources, spec.goal or search.name, spec.filters)
        run = self.store.create_run(inputs.goal, inputs.model_dump(mode="json"), run_id=run_id)
        self.schedules.attach_run(search_id, due_at, run.id)
        self.store.update_run(
            run.id,
            RunStatus.RUNNING,
            summary={"search_id": search_id, "due_at": due_at.isoformat(), "policy": search.policy.model_dump()},
        )
        worker = f"{socket.gethostname()}:{os.getpid()}"  # which process runs it, for operators
        self.store.add_event(
            run.id, SCHEDULED, None, {"search": search.name, "due_at": due_at.isoformat(), "worker": worker}
        )
        return run

    def _conclude(self, search_id: str, run_id: str) -> RunRecord:
        """Note new postings, and tell the user when approvals wait."""
        run = self.store.get_run(run_id)
        job_ids = [m.job_id for m, _ in self.store.matches_for_run(run_id)]
        new = self.kv.add_seen(f"search:{search_id}", job_ids)
        self.store.update_run(run_id, run.status, summary={"new_postings": len(new)}, error=run.error)
        if run.status is RunStatus.AWAITING_REVIEW:
            pending = len(self.runs.applying.pending(run_id))
            title = f"CareerPilot: {pending} application(s) wait for your approval"
            body = f"Run {run_id} found {len(new)} new posting(s). Review with: careerpilot review"
            self._tell(run_id, title, body)
        return self.store.get_run(run_id)

    def _tell(self, run_id: str, title: str, body: str) -> None:
        sent = False
        if self.notify is not None:
            try:
                self.notify(title, body)
                sent = True
            except CareerPilotError as exc:
                log.warning("could not notify: %s", exc)
        # The event log always says so: with no notification target set, it is where the user sees it.
        self.store.add_event(run_id, "approvals_waiting", "review", {"title": title, "body": body, "notified": sent})

    async def tick(
        self, now: datetime | None = None, on_routine: Callable[[str], None] | None = None
    ) -> builtins.list[RunRecord]:
        """Run the due routines, the submit retries, then every due firing in this process (the daemon's heartbeat).

        Routines are the digest and mail checks; retries take approved applications left unsent back to the applier
        (with backoff). The routines go first: a long saved-search run must not hold back the morning digest.
        """
        # Blocking I/O (IMAP, Gmail, apprise) runs in a thread so the event loop stays free.
        lines = await asyncio.to_thread(self.routines.tick, now)
        for line in [*lines, *await self.retry.run_due(now)]:
            log.info("%s", line)
            if on_routine is not None:
                on_routine(line)
        done = []
        for firing in self.take_due(now):
            try:
                done.append(await self.execute(firing.search_id, firing.due_at))
            except CareerPilotError as exc:
                log.warning("saved search %s failed: %s", firing.search_id, exc)
        return done

    async def serve(
        self,
        stop: asyncio.Event,
        poll_s: float = 30,
        on_run: Callable[[RunRecord], None] | None = None,
        on_routine: Callable[[str], None] | None = None,
    ) -> None:
        """Tick until ``stop`` is set (the embedded scheduler of ``careerpilot daemon``)."""
        while not stop.is_set():
            for run in await self.tick(on_routine=on_routine):
                if on_run is not None:
                    on_run(run)
            try:
                await asyncio.wait_for(stop.wait(), timeout=poll_s)
            except TimeoutError:
                continue


def _absolute(source: str) -> str:
    """Make a local folder source absolute: the daemon may run from another directory."""
    if ":" in source.split("/")[0]:
        return source
    return str(Path(source).expanduser().resolve())
