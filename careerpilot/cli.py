"""The ``careerpilot`` command: a thin shell over the services; errors are one red line and an exit code."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
from rich.text import Text

from careerpilot import console
from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.review import ReviewDecision
from careerpilot.services import Services
from careerpilot.services.doctor import run_checks
from careerpilot.services.runs import Progress as RunProgress
from careerpilot.services.runs import build_inputs

app = typer.Typer(help="CareerPilot: a local-first AI job-search agent.", pretty_exceptions_enable=False)
T = TypeVar("T")
STEPS = ("planner", "researcher", "matcher", "resume_writer", "review")
DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Where data lives (default ~/.careerpilot).")]


def _settings(data_dir: Path | None) -> Settings:
    return Settings(data_dir=data_dir) if data_dir else Settings()


def command(func: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., T]:
    """Run an async command, turning errors into one readable line and a non-zero exit."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> T:
        logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
        try:
            return asyncio.run(func(*args, **kwargs))
        except typer.Exit:
            raise
        except CareerPilotError as exc:
            console.error_line(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            console.error_line("interrupted; resume with 'careerpilot continue RUN_ID'")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
            logging.getLogger("careerpilot").debug("unexpected error", exc_info=True)
            console.error_line(f"unexpected {type(exc).__name__}: {exc} (please report it)")
            raise typer.Exit(70) from None

    return run


async def _follow(stream: Any) -> str | None:
    """Show a progress bar while a run streams; return the run id."""
    run_id = None
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), console=console.out) as bar:
        task = bar.add_task("planning", total=len(STEPS))
        async for progress in stream:
            assert isinstance(progress, RunProgress)
            run_id = progress.run_id
            done = STEPS.index(progress.node) + 1 if progress.node in STEPS else len(STEPS)
            bar.update(task, completed=done, description=f"{progress.node} done")
        bar.update(task, completed=len(STEPS), description="finished")
    return run_id


@app.command()
@command
async def run(
    profile: Annotated[Path, typer.Option(help="Profile YAML (contact, preferences, answers).")],
    resume: Annotated[Path, typer.Option(help="Resume as JSON Resume.")],
    source: Annotated[list[str], typer.Option(help="A folder of postings or a source spec; repeatable.")],
    goal: Annotated[str, typer.Option(help="What you are looking for, in your words.")] = "",
    filters: Annotated[Path | None, typer.Option(help="job_filters.yaml with hard filters.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Plan, discover, match and draft applications; stop at review for your approval."""
    inputs = build_inputs(profile, resume, source, goal, filters)
    async with Services.open(_settings(data_dir)) as services:
        run_id = await _follow(services.runs.start(inputs))
        if run_id is None:
            raise CareerPilotError("the run produced nothing")
        console.show_outcome(services.runs.outcome(run_id))


@app.command(name="continue")
@command
async def continue_run(run_id: str, data_dir: DataDir = None) -> None:
    """Resume a run from its checkpoint (after a crash or Ctrl-C)."""
    async with Services.open(_settings(data_dir)) as services:
        await _follow(services.runs.resume(run_id))
        console.show_outcome(services.runs.outcome(run_id))


@app.command()
@command
async def review(
    approve: Annotated[list[str], typer.Option(help="Application id to approve; repeatable.")] = [],  # noqa: B006
    reject: Annotated[list[str], typer.Option(help="Application id to reject; repeatable.")] = [],  # noqa: B006
    edit: Annotated[str | None, typer.Option(help="Application id whose cover letter to replace.")] = None,
    cover_letter: Annotated[Path | None, typer.Option(help="With --edit: the new cover letter text file.")] = None,
    data_dir: DataDir = None,
) -> None:
    """List pending approvals, or approve / reject / edit them and let the run go on."""
    decisions = [ReviewDecision(application_id=a, action="approve") for a in approve]
    decisions += [ReviewDecision(application_id=r, action="reject") for r in reject]
    if edit:
        if cover_letter is None:
            raise InputError("--edit needs --cover-letter FILE with the new text")
        text = cover_letter.read_text(encoding="utf-8")
        decisions.append(ReviewDecision(application_id=edit, action="edit", edits={"cover_letter": text}))
    async with Services.open(_settings(data_dir)) as services:
        if not decisions:
            pending = services.applying.pending()
            if not pending:
                console.out.print("Nothing is waiting for review.")
                return
            console.out.print(console.pending_table(pending))
            return
        for run_id, run_decisions in _by_run(services, decisions).items():
            await _follow(services.runs.resume(run_id, run_decisions))
            console.show_outcome(services.runs.outcome(run_id))


def _by_run(services: Services, decisions: list[ReviewDecision]) -> dict[str, list[ReviewDecision]]:
    runs: dict[str, list[ReviewDecision]] = {}
    for decision in decisions:
        application = services.store.get_application(decision.application_id)
        if application.status is not ApplicationStatus.DRAFTED or not application.run_id:
            raise InputError(f"application {application.id} is {application.status.value}, not waiting for review")
        runs.setdefault(application.run_id, []).append(decision)
    return runs


@app.command()
@command
async def jobs(limit: int = 50, data_dir: DataDir = None) -> None:
    """List stored job postings."""
    async with Services.open(_settings(data_dir)) as services:
        console.out.print(console.jobs_table(services.store.list_jobs(limit)))


@app.command()
@command
async def applications(
    status: Annotated[ApplicationStatus | None, typer.Option(help="Only this status.")] = None,
    data_dir: DataDir = None,
) -> None:
    """List applications and where each stands."""
    async with Services.open(_settings(data_dir)) as services:
        items = services.store.list_applications(status)
        titles = {
            i: f"{j.title} — {j.company or '?'}" for i, j in services.store.get_jobs([a.job_id for a in items]).items()
        }
        console.out.print(console.applications_table(items, titles))


@app.command()
@command
async def doctor(data_dir: DataDir = None) -> None:
    """Check what is configured: data dir, database, LLM, embeddings, Redis, Chromium, Notion."""
    checks = run_checks(_settings(data_dir))
    for check in checks:
        mark = Text("ok  ", style="green") if check.ok else Text("FAIL", style="bold red")
        console.out.print(mark + Text(f" {check.name:<11} {check.detail}"))
    if any(not c.ok and c.required for c in checks):
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
