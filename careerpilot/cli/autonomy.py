"""Unattended runs: ``schedule`` (add, list, remove, run), ``daemon``, Celery's ``worker``, ``beat``, ``dev-worker``."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, open_services, settings_for

if TYPE_CHECKING:
    from careerpilot.config import Settings

app = typer.Typer()
schedule_app = typer.Typer(help="Saved searches that run on a schedule: add, list, remove, run now.")
app.add_typer(schedule_app, name="schedule")


@schedule_app.command("add")
@command
async def schedule_add(
    name: Annotated[str, typer.Argument(help="A name for the saved search.")],
    profile: Annotated[Path, typer.Option(help="Profile YAML.")],
    resume: Annotated[Path, typer.Option(help="Resume as JSON Resume.")],
    source: Annotated[list[str], typer.Option(help="A folder of postings or a source spec; repeatable.")],
    goal: Annotated[str, typer.Option(help="What you are looking for.")] = "",
    filters: Annotated[Path | None, typer.Option(help="job_filters.yaml.")] = None,
    cron: Annotated[str | None, typer.Option(help="Cron expression, e.g. '0 8 * * 1-5'.")] = None,
    at: Annotated[str | None, typer.Option(help="Daily at HH:MM (default DAILY_RUN_TIME).")] = None,
    timezone: Annotated[str | None, typer.Option(help="IANA time zone (default TIMEZONE).")] = None,
    autonomous: Annotated[bool, typer.Option(help="Let the autonomous policy approve strong matches.")] = False,
    min_score: Annotated[float, typer.Option(help="With --autonomous: the lowest score it approves.")] = 85,
    data_dir: DataDir = None,
) -> None:
    """Save a search with a schedule; without --autonomous its runs stop at review and notify you."""
    from careerpilot.autonomy.scheduler import NewSearch, next_due
    from careerpilot.domain.schedules import AutonomousPolicy, SearchSpec

    settings = settings_for(data_dir)
    new = NewSearch(
        name=name,
        spec=SearchSpec(profile=profile, resume=resume, sources=source, goal=goal, filters=filters),
        cron=cron,
        at=at if at or cron else settings.daily_run_time,
        timezone=timezone or settings.timezone,
        policy=AutonomousPolicy(enabled=autonomous, min_score=min_score),
    )
    async with open_services(settings) as services:
        search = services.scheduler.add(new)
    when = next_due(search, datetime.now(UTC))
    console.out.print(
        Text(f"saved {search.name} ({search.id}): '{search.cron}' {search.timezone}; next {when:%Y-%m-%d %H:%M} UTC")
    )


@schedule_app.command("list")
@command
async def schedule_list(data_dir: DataDir = None) -> None:
    """List saved searches with their schedule, policy and next run."""
    from careerpilot.autonomy.scheduler import next_due

    async with open_services(settings_for(data_dir)) as services:
        searches = services.scheduler.list()
    if not searches:
        console.out.print("No saved searches: add one with 'careerpilot schedule add'.")
        return
    table = Table(title=f"Saved searches ({len(searches)})")
    for column in ("id", "name", "cron", "timezone", "autonomous", "last run due", "next (UTC)"):
        table.add_column(column, overflow="fold")
    now = datetime.now(UTC)
    for s in searches:
        policy = f"yes, >= {s.policy.min_score:.0f}" if s.policy.enabled else "no (review)"
        last = f"{s.last_due_at:%Y-%m-%d %H:%M}" if s.last_due_at else "-"
        cells = (s.id, s.name, s.cron, s.timezone, policy, last, f"{next_due(s, now):%Y-%m-%d %H:%M}")
        table.add_row(*(Text(c) for c in cells))
    console.out.print(table)


@schedule_app.command("remove")
@command
async def schedule_remove(search: str, data_dir: DataDir = None) -> None:
    """Remove a saved search by id or name (its past runs stay)."""
    async with open_services(settings_for(data_dir)) as services:
        removed = services.scheduler.remove(search)
    console.out.print(Text(f"removed {removed.name} ({removed.id})"))


@schedule_app.command("run")
@command
async def schedule_run(search: str, data_dir: DataDir = None) -> None:
    """Run a saved search now, in this process."""
    async with open_services(settings_for(data_dir)) as services:
        found = services.scheduler.schedules.get(search)
        run = await services.scheduler.execute(found.id, datetime.now(UTC).replace(microsecond=0))
    console.out.print(Text(f"run {run.id}: {run.status.value}"))


@app.command()
@command
async def daemon(
    once: Annotated[bool, typer.Option("--once", help="Run what is due (or was missed) and exit.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Run saved searches on their schedules, the daily digest and mail checks; what was missed runs once."""
    settings = settings_for(data_dir)
    async with open_services(settings) as services:
        scheduler = services.scheduler

        def show_routine(line: str) -> None:
            console.out.print(Text(line))

        if once:
            for run in await scheduler.tick(on_routine=show_routine):
                console.out.print(Text(f"run {run.id}: {run.status.value}"))
            return
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        console.out.print(
            Text(f"daemon: {len(scheduler.list())} saved search(es), {_routines(settings)}; Ctrl-C stops")
        )
        await scheduler.serve(
            stop,
            settings.scheduler_poll_s,
            lambda r: console.out.print(Text(f"run {r.id}: {r.status.value}")),
            show_routine,
        )


def _routines(settings: Settings) -> str:
    digest = "no digest (set APPRISE_URLS)" if not settings.apprise_urls.strip() else "no digest (DIGEST_ENABLED)"
    if settings.digest_enabled and settings.apprise_urls.strip():
        digest = f"digest daily at {settings.digest_time} {settings.timezone}"
    if not settings.mail_configured or not settings.mail_check_interval_s:
        return f"{digest}, no mail checks"
    return f"{digest}, mail checked every {settings.mail_check_interval_s / 60:g} min"


def _celery(data_dir: Path | None, argv: Callable[[Settings], list[str]]) -> None:
    """Start Celery in the main thread (it installs signal handlers); errors are one red line."""
    from careerpilot.domain.errors import ConfigError

    if data_dir is not None:
        # Celery's tasks build their own Settings in the worker process (and in forked children): hand it down.
        os.environ["CAREERPILOT_DATA_DIR"] = str(data_dir.expanduser().resolve())
    settings = settings_for(data_dir)
    try:
        try:
            from careerpilot.worker import app as celery_app
            from careerpilot.worker import create_app
        except ImportError as exc:
            raise ConfigError(f"workers need the celery extra: pip install 'careerpilot[celery]' ({exc})") from None
        create_app(settings)  # raises ConfigError without REDIS_URL
    except ConfigError as exc:
        console.error_line(str(exc))
        raise typer.Exit(exc.exit_code) from None
    celery_app.start(argv(settings))


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(help="Tasks at once in this worker.")] = 1,
    pool: Annotated[str, typer.Option(help="solo, threads or prefork.")] = "solo",
    data_dir: DataDir = None,
) -> None:
    """Run a Celery worker on the Redis broker (start N of them, on one machine or many)."""
    _celery(data_dir, lambda settings: worker_argv(settings, concurrency, pool, beat=False))


@app.command()
def beat(data_dir: DataDir = None) -> None:
    """Run Celery beat: it looks for due saved searches and queues them (run exactly one beat)."""
    _celery(data_dir, lambda settings: ["beat", "--loglevel=WARNING", "--schedule", str(_beat_schedule(settings))])


@app.command(name="dev-worker")
def dev_worker(data_dir: DataDir = None) -> None:
    """Run one worker with beat embedded (development)."""
    _celery(data_dir, lambda settings: worker_argv(settings, 1, "solo", beat=True))


def _beat_schedule(settings: Settings) -> Path:
    return settings.data_path / "celerybeat-schedule"


def worker_argv(settings: Settings, concurrency: int, pool: str, beat: bool, loglevel: str = "WARNING") -> list[str]:
    """Return the argv of a Celery worker (with embedded beat in development)."""
    argv = ["worker", f"--concurrency={concurrency}", f"--pool={pool}", f"--loglevel={loglevel}", "--without-gossip"]
    argv += ["--without-mingle", "--without-heartbeat"]
    return argv + (["--beat", "--schedule", str(_beat_schedule(settings))] if beat else [])
