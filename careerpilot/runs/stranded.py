"""Stranded records: runs whose process died while running them, and approved applications never submitted.

``careerpilot runs repair`` (and ``doctor --repair``) lists them and moves each to a state with a way forward:
a dead run is marked failed with the reason and the commands that resume or close it; an approved application
is named with the command that submits it (``careerpilot continue RUN``; the daemon retries it with backoff).
"""

from __future__ import annotations

from pydantic import BaseModel

from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.runs import RunRecord, RunStatus
from careerpilot.memory.sql import Store
from careerpilot.runs.owner import describe, owner_gone


class Finding(BaseModel, frozen=True):
    """One stranded record, what was done about it, and what moves it on."""

    kind: str  # "run" or "application"
    id: str
    problem: str
    done: str
    next_step: str


def died_while_running(run: RunRecord) -> bool:
    """Return True for a run marked running whose process has ended on this host."""
    return run.status is RunStatus.RUNNING and owner_gone(run.summary.get("owner")) is True


def interrupted_note(run: RunRecord) -> str:
    """Return the error line of a run whose process died: why it stopped and the commands that move it on."""
    return (
        f"interrupted: the process running it ({describe(run.summary.get('owner'))}) ended; "
        f"'careerpilot continue {run.id}' resumes it, 'careerpilot runs cancel {run.id}' closes it"
    )


def settle_if_dead(store: Store, run: RunRecord) -> RunRecord:
    """Mark a run failed (with the reason and the way forward) when its process died; return it as it stands."""
    if not died_while_running(run):
        return run
    store.update_run(run.id, RunStatus.FAILED, error=interrupted_note(run))
    store.add_event(run.id, "interrupted", None, {"owner": run.summary.get("owner")})
    return store.get_run(run.id)


def find_stranded(store: Store, *, repair: bool = False, limit: int = 1000) -> list[Finding]:
    """Return the stranded runs and applications; with ``repair``, mark dead runs failed on the way."""
    findings = []
    for run in store.list_runs(limit):
        if died_while_running(run):
            done = "marked failed" if repair else "none (--repair marks it failed)"
            if repair:
                settle_if_dead(store, run)
            problem = f"running, but its process ({describe(run.summary.get('owner'))}) has ended"
            next_step = f"careerpilot continue {run.id}, or careerpilot runs cancel {run.id}"
            findings.append(Finding(kind="run", id=run.id, problem=problem, done=done, next_step=next_step))
    for application in store.list_applications(ApplicationStatus.APPROVED):
        run_id = application.run_id or "?"
        findings.append(
            Finding(
                kind="application",
                id=application.id,
                problem="approved, not yet submitted",
                done="left approved (submitting is the person's call: the approval stands)",
                next_step=f"careerpilot continue {run_id}",
            )
        )
    return findings


def stranded_records(settings: Settings, *, repair: bool) -> list[Finding]:
    """Find what is stranded, opening only the SQL store (no models, no browser: it must work when little else does)."""
    store = Store.open(settings.sql_url)
    try:
        return find_stranded(store, repair=repair)
    finally:
        store.close()
