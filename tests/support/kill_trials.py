"""SIGKILL trials of the applying process: kill it at a chosen point, resume, and check nothing was sent twice.

Each trial drafts and approves its own application (its own applicant e-mail identifies its submissions at the
local form server), runs ``ApplyingService.apply`` in a child process that SIGKILLs itself at the point, then
resumes in this process and checks the known end state. Shared by the suite test and benchmarks/.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerpilot.applying.service import ApplyingService
from careerpilot.config import Settings
from careerpilot.domain.applications import Application, ApplicationStatus
from tests.support.applying import approve, drafted, inputs_for, prepared
from tests.support.form_server import FormServer

NO_CAPS = {"MAX_APPLICATIONS_PER_DAY": "100000", "MAX_APPLICATIONS_PER_SITE_PER_DAY": "100000"}
POINTS = ("before_fill", "mid_fill", "before_click", "after_click")
ROOT = Path(__file__).resolve().parents[2]
CHILD = textwrap.dedent(
    """
    import asyncio, os, random, signal, sys
    from careerpilot.tools.forms import dom, runner

    point, app_id, data_dir, seed = sys.argv[1:5]
    rng = random.Random(int(seed))
    limit = {"before_fill": 0, "mid_fill": rng.randint(1, 8)}.get(point)
    fill, click, calls = dom.fill_field, runner.click_submit, [0]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    async def fill_then_maybe_die(*args, **kwargs):
        if limit is not None and calls[0] >= limit:
            die()
        calls[0] += 1
        return await fill(*args, **kwargs)

    async def click_then_maybe_die(page, adapter):
        if point == "before_click":
            die()
        await click(page, adapter)
        if rng.random() < 0.5:
            await page.wait_for_load_state()
        die()

    dom.fill_field, runner.click_submit = fill_then_maybe_die, click_then_maybe_die
    from careerpilot.config import Settings
    from careerpilot.memory.sql import Store
    from careerpilot.applying.service import ApplyingService

    settings = Settings(_env_file=None, data_dir=data_dir)
    asyncio.run(ApplyingService(Store.open(settings.sql_url), settings).apply(app_id))
    sys.exit("the child was not killed")
    """
)


@dataclass
class TrialResult:
    """One trial: where it was killed, what the server got, and the state after resume."""

    point: str
    form: str
    killed: bool
    submissions: int
    status: ApplicationStatus
    outcome: str


async def run_trial(
    index: int, point: str, form: str, settings: Settings, applying: ApplyingService, server: FormServer, tmp: Path
) -> TrialResult:
    """Kill one applying process at ``point``, resume, and report the end state."""
    email = f"trial{index}@example.com"
    application = await _approved_copy(applying, tmp, server.url(form), email)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BROWSER_ALLOWED_HOSTS": "127.0.0.1,localhost", **NO_CAPS}
    child = subprocess.run(
        [sys.executable, "-c", CHILD, point, application.id, str(settings.data_path), str(index)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    killed = child.returncode == -9
    await applying.apply(application.id)  # resume: what a restarted applier does
    final = await applying.apply(application.id)  # and once more: it must change nothing
    sent = [s for s in server.submissions if email in " ".join(v for vs in s.fields.values() for v in vs)]
    status = applying.store.get_application(application.id).status
    return TrialResult(point, form, killed, len(sent), status, final.outcome)


_TEMPLATES: dict[tuple[int, str], dict[str, Any]] = {}


async def _approved_copy(applying: ApplyingService, tmp: Path, url: str, email: str) -> Application:
    """Draft and approve an application for ``email``, reusing one form reading per form (it is the same page)."""
    template = _TEMPLATES.get((id(applying), url))
    if template is None:
        template = (await prepared(applying, tmp, url, inputs_for("template@example.com"))).answers
        _TEMPLATES[(id(applying), url)] = template
    application = drafted(applying.store, tmp, url, inputs_for(email))
    fields = [dict(f, value=email) if f["value"] == "template@example.com" else f for f in template["fields"]]
    for f in fields:
        if f["kind"] == "file":
            f["value"] = application.documents["resume_pdf"] if "cover" not in f["label"].lower() else f["value"]
    applying.store.update_application(application.id, answers={**template, "fields": fields})
    approve(applying, application)
    return applying.store.get_application(application.id)


def trial_plan(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """Return (point, form) per trial: every point in turn, forms at random."""
    rng = random.Random(seed)
    return [(POINTS[i % len(POINTS)], rng.choice(("greenhouse", "lever", "ashby"))) for i in range(count)]


def check(result: TrialResult) -> list[str]:
    """Return what is wrong with a trial's end state (nothing when it is known and there is no duplicate)."""
    problems = []
    if not result.killed:
        problems.append("the child was not killed")
    if result.submissions > 1:
        problems.append(f"{result.submissions} submissions")
    if result.status not in (ApplicationStatus.SUBMITTED, ApplicationStatus.NEEDS_YOU):
        problems.append(f"unknown end state {result.status.value}")
    if result.point in ("before_fill", "mid_fill") and (result.status, result.submissions) != (
        ApplicationStatus.SUBMITTED, 1
    ):  # fmt: skip
        problems.append("killed before the click, yet not submitted exactly once after resume")
    if result.status is ApplicationStatus.SUBMITTED and result.submissions != 1:
        problems.append("marked submitted without exactly one submission")
    return problems
