"""SIGKILL the applying process before fill, mid-fill, just before and just after the submit click; resume.

Real Chromium against the local form server (tests/support/form_server.py). The suite runs 4 trials (one per
kill point); benchmarks/apply_kill_trials.py runs the full 50.
"""

from __future__ import annotations

from careerpilot.domain.applications import ApplicationStatus
from tests.support.applying import service
from tests.support.form_server import FormServer
from tests.support.kill_trials import check, run_trial, trial_plan


async def test_killed_applying_processes_never_submit_twice_and_end_in_a_known_state(settings, tmp_path):
    settings.max_applications_per_day = settings.max_applications_per_site_per_day = 100000
    _, applying = service(settings)
    with FormServer() as server:
        results = [
            await run_trial(i, point, form, settings, applying, server, tmp_path)
            for i, (point, form) in enumerate(trial_plan(4))
        ]

    assert {r.point for r in results} == {"before_fill", "mid_fill", "before_click", "after_click"}
    assert {i: check(r) for i, r in enumerate(results) if check(r)} == {}
    assert max(r.submissions for r in results) == 1
    unsure = [r for r in results if r.status is ApplicationStatus.NEEDS_YOU]
    assert all("never resubmitted" in r.outcome or "already applied" in r.outcome for r in unsure)
