"""`careerpilot review --approve ID` interrupted (SIGKILL and SIGINT) at six points, then moved on by a command.

Real CLI children, real signals, real Chromium against the local form server. Every trial must end submitted
(or needs_you after an uncertain click) with at most one submission, and nothing stranded.
"""

from __future__ import annotations

import asyncio
import itertools

import pytest

from careerpilot.memory.sql import Store
from tests.support.form_server import FormServer
from tests.support.review_trials import POINTS, SIGNALS, interrupt_all, problems, settle, waiting_reviews


@pytest.fixture
def server():
    with FormServer() as s:
        yield s


def test_an_interrupted_approval_always_has_a_way_forward_and_never_submits_twice(settings, server, tmp_path):
    settings.max_applications_per_day = settings.max_applications_per_site_per_day = 100000
    plan = list(itertools.product(POINTS, SIGNALS))
    emails = [f"trial{i}@example.com" for i in range(len(plan))]
    waiting = asyncio.run(waiting_reviews(settings, tmp_path, server.url("greenhouse"), emails))
    store = Store.open(settings.sql_url)

    interrupted = interrupt_all(plan, waiting, settings.data_path)
    trials = [
        settle(point, how, hit, application, store, server, settings.data_path)
        for (point, how), hit, application in zip(plan, interrupted, waiting, strict=True)
    ]

    assert {i: problems(t) for i, t in enumerate(trials) if problems(t)} == {}
    assert sum(t.stranded for t in trials) == 0
    assert max(t.submissions for t in trials) == 1
    assert {t.after_crash for t in trials if t.point != "before_approval"} <= {"approved", "submitted", "needs_you"}
    store.close()
