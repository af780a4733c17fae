"""Interrupt `careerpilot review --approve ID` at a named point with a real signal, then take the way forward.

Each trial drafts its own application (its own applicant e-mail identifies its submissions at the local form
server) in its own run waiting at review, runs the real CLI in a child process that signals itself at the point
(SIGKILL: kill -9; SIGINT: Ctrl-C, sent to the child's whole process group as a terminal does), then runs the
command the records point to (`continue RUN`, or `review --approve ID` when nothing was approved) and `continue`
once more, and reports the end state. Shared by the suite test and benchmarks/apply_kill_trials.py.

The points are patched into the child, so the product carries no crash hooks:
before_approval (as the approval is written), after_approval (the approval row committed), before_lock (the
submitter starts, before the application's lock), before_click (the ledger's intent is written: from here a
submit may have gone through, so it is never retried blindly and ends needs_you unless the site shows the
confirmation), after_click, after_confirmation (the ledger settled as submitted, the application not yet moved).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from careerpilot.applying.service import ApplyingService
from careerpilot.cli import app
from careerpilot.config import Settings
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.jobs import JobPosting, job_id_for
from careerpilot.domain.runs import RunStatus
from careerpilot.memory.sql import Store
from careerpilot.services import Services
from tests.support.applying import PDF, inputs_for, prepared
from tests.support.form_server import FormServer
from tests.support.pipeline import drain

NO_CAPS = {"MAX_APPLICATIONS_PER_DAY": "100000", "MAX_APPLICATIONS_PER_SITE_PER_DAY": "100000"}
POINTS = ("before_approval", "after_approval", "before_lock", "before_click", "after_click", "after_confirmation")
SIGNALS = ("SIGKILL", "SIGINT")
ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    point, how = sys.argv[1], sys.argv[2]
    # Ctrl-C as a terminal's foreground job gets it. A test run started in the background of a script (`pytest &`)
    # hands its children SIGINT ignored, and Python then leaves it ignored: the Ctrl-C would never land.
    signal.signal(signal.SIGINT, signal.default_int_handler)

    def hit():
        if how == "SIGKILL":
            os.kill(os.getpid(), signal.SIGKILL)
        os.killpg(os.getpgid(0), signal.SIGINT)  # Ctrl-C reaches the whole foreground group (Chromium too)

    async def hit_async():
        hit()
        await asyncio.sleep(30)  # the cancellation lands here, as at any await

    from careerpilot.applying import submit
    from careerpilot.memory import submissions, sql
    from careerpilot.tools.forms import runner

    def before(owner, name, sync=True):
        original = getattr(owner, name)
        if sync:
            def patched(*a, **k):
                hit()
                return original(*a, **k)
        else:
            async def patched(*a, **k):
                await hit_async()
                return await original(*a, **k)
        setattr(owner, name, patched)

    def after(owner, name, sync=True):
        original = getattr(owner, name)
        if sync:
            def patched(*a, **k):
                result = original(*a, **k)
                hit()
                return result
        else:
            async def patched(*a, **k):
                result = await original(*a, **k)
                await hit_async()
                return result
        setattr(owner, name, patched)

    {
        "before_approval": lambda: before(sql.Store, "approve"),
        "after_approval": lambda: after(sql.Store, "approve"),
        "before_lock": lambda: before(submit.Submitter, "apply", sync=False),
        "before_click": lambda: before(runner, "click_submit", sync=False),
        "after_click": lambda: after(runner, "click_submit", sync=False),
        "after_confirmation": lambda: after(submissions.SubmissionLedger, "settle"),
    }[point]()
    from careerpilot.cli import app
    sys.argv = ["careerpilot", *sys.argv[3:]]
    app()
    """
)


@dataclass
class Interruption:
    """What the interrupted child did: its exit code beside the one its signal should give, and its stderr."""

    how: str
    returncode: int
    stderr: str

    @property
    def planned(self) -> int:
        """Return the exit code of the plan: killed by SIGKILL, or 130 after Ctrl-C's one readable line."""
        return -signal.SIGKILL if self.how == "SIGKILL" else 130

    @property
    def as_planned(self) -> bool:
        """Return whether the child ended the way its signal should end it (for Ctrl-C: one line, no traceback)."""
        if self.how == "SIGKILL":
            return self.returncode == self.planned
        return self.returncode == self.planned and "Traceback" not in self.stderr and "interrupted;" in self.stderr

    def __str__(self) -> str:
        tail = self.stderr.strip()[-600:]
        return f"{self.how}: exit {self.returncode} (planned {self.planned}); stderr tail: {tail or '(empty)'!r}"


@dataclass
class ReviewTrial:
    """One trial: where and how it was interrupted, what the server got, and the end state after the way forward."""

    point: str
    how: str
    child: Interruption
    after_crash: str  # application status right after the interruption
    way_forward: str
    submissions: int
    status: ApplicationStatus
    run_status: RunStatus
    stranded: int

    @property
    def interrupted(self) -> bool:
        """Return whether the child was interrupted as planned."""
        return self.child.as_planned


async def waiting_review(services: Services, tmp: Path, url: str, email: str, template: dict[str, Any]) -> Application:
    """Return an application for ``email`` drafted in its own run, which waits at review (as after `run`)."""
    inputs = inputs_for(email)
    run = services.runs.create(inputs)
    store = services.store
    job = JobPosting(id=job_id_for("test", None, url, "Senior Software Engineer", "Acme"), source="test", url=url,
                     apply_url=url, title="Senior Software Engineer", company="Acme",
                     description_text="Build web apps with Python and React.")  # fmt: skip
    store.upsert_jobs([job])
    application = store.ensure_application(job.id, inputs.applicant, run.id, 90)
    docs = tmp / application.id
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "resume.pdf").write_bytes(PDF)
    fields = [dict(f, value=email) if f["value"] == "template@example.com" else f for f in template["fields"]]
    for f in fields:
        if f["kind"] == "file":
            f["value"] = str(docs / "resume.pdf")
    store.update_application(
        application.id, documents={"resume_pdf": str(docs / "resume.pdf")}, answers={**template, "fields": fields}
    )
    store.transition(application.id, ApplicationStatus.DRAFTED, by="test")
    await drain(services.runs.review_only(run.id, [application.id]))
    assert store.get_run(run.id).status is RunStatus.AWAITING_REVIEW
    return store.get_application(application.id)


async def form_template(applying: ApplyingService, tmp: Path, url: str) -> dict[str, Any]:
    """Read the form once (dry run) and return its prepared answers, to copy per trial."""
    return (await prepared(applying, tmp, url, inputs_for("template@example.com"))).answers


def child_env() -> dict[str, str]:
    """Return the environment of a CLI child: this worktree's package, the loopback form server, no caps."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "BROWSER_ALLOWED_HOSTS": "127.0.0.1,localhost", **NO_CAPS}


def interrupt_review(point: str, how: str, application_id: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run `careerpilot review --approve ID` in a child that signals itself at ``point``."""
    args = ["review", "--approve", application_id, "--data-dir", str(data_dir)]
    return subprocess.run(
        [sys.executable, "-c", CHILD, point, how, *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        start_new_session=True,  # its own process group: the SIGINT reaches it and its browser, not pytest
    )


def way_forward(store: Any, application: Application, data_dir: Path) -> str:
    """Run the command the records point to after an interruption; return it (raises when it fails)."""
    now = store.get_application(application.id)
    runner = CliRunner()
    listed = runner.invoke(app, ["review", "--data-dir", str(data_dir)], env=child_env())
    assert listed.exit_code == 0, listed.output
    if now.status is ApplicationStatus.DRAFTED:
        args = ["review", "--approve", application.id]
    else:
        assert "approved, not yet submitted" in listed.output or now.status is not ApplicationStatus.APPROVED
        args = ["continue", str(application.run_id)]
    result = runner.invoke(app, [*args, "--data-dir", str(data_dir)], env=child_env())
    assert result.exit_code == 0, (args, result.output)
    again = runner.invoke(app, ["continue", str(application.run_id), "--data-dir", str(data_dir)], env=child_env())
    assert again.exit_code == 0, again.output
    return args[0]


async def waiting_reviews(settings: Settings, tmp: Path, url: str, emails: list[str]) -> list[Application]:
    """Open the services once and return an application waiting at review per e-mail, each in its own run."""
    async with Services.open(settings) as services:
        template = await form_template(services.applying, tmp, url)
        return [await waiting_review(services, tmp, url, email, template) for email in emails]


def interrupt_all(
    plan: list[tuple[str, str]], applications: list[Application], data_dir: Path, workers: int = 2
) -> list[Interruption]:
    """Run the interrupted reviews, ``workers`` at a time (separate runs and applications on one data dir)."""

    def one(item: tuple[tuple[str, str], Application]) -> Interruption:
        (point, how), application = item
        child = interrupt_review(point, how, application.id, data_dir)
        return Interruption(how, child.returncode, child.stderr)

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, zip(plan, applications, strict=True)))


def settle(
    point: str, how: str, child: Interruption, application: Application, store: Store, server: FormServer,
    data_dir: Path,
) -> ReviewTrial:  # fmt: skip
    """Take the way forward from where an interrupted review left ``application`` and report the end state."""
    after_crash = store.get_application(application.id).status.value
    command = way_forward(store, application, data_dir)
    email = application.applicant
    sent = [s for s in server.submissions if email in " ".join(v for vs in s.fields.values() for v in vs)]
    final = store.get_application(application.id)
    run = store.get_run(str(application.run_id))
    stranded = int(
        final.status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_YOU)
        or run.status not in (RunStatus.COMPLETED, RunStatus.AWAITING_REVIEW)
    )
    return ReviewTrial(point, how, child, after_crash, command, len(sent), final.status, run.status, stranded)


def problems(trial: ReviewTrial) -> list[str]:
    """Return what is wrong with a trial (nothing when it ended known, not stranded and never sent twice)."""
    found = []
    if not trial.interrupted:
        found.append(f"the child was not interrupted as planned: {trial.child}")
    if trial.submissions > 1:
        found.append(f"{trial.submissions} submissions")
    if trial.stranded:
        found.append(f"stranded: application {trial.status.value}, run {trial.run_status.value}")
    if trial.status is ApplicationStatus.SUBMITTED and trial.submissions != 1:
        found.append("marked submitted without exactly one submission")
    if trial.point in ("before_approval", "after_approval", "before_lock") and (
        trial.status, trial.submissions) != (ApplicationStatus.SUBMITTED, 1):  # fmt: skip
        found.append("interrupted before the click, yet not submitted exactly once")
    if trial.status is ApplicationStatus.NEEDS_YOU and trial.point not in ("before_click", "after_click"):
        found.append("needs_you, though the submit was never in doubt")
    return found
