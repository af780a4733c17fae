"""A run's apply counts say what really happened: submitted, waiting on the person, failed."""

from __future__ import annotations

from careerpilot.applying.submit import ApplyResult, tally


def _result(state: str) -> ApplyResult:
    return ApplyResult(application_id=state, submitted=state == "submitted", outcome=state, state=state)


def test_an_application_the_applier_stopped_on_is_not_counted_as_submitted():
    counts = tally([_result("needs_you")])

    assert counts == {"submitted": 0, "needs_you": 1, "failed": 0}


def test_each_outcome_is_counted_once_and_a_dry_run_counts_as_nothing():
    results = [_result(s) for s in ("submitted", "needs_you", "unconfirmed", "failed", "dry_run")]

    assert tally(results) == {"submitted": 1, "needs_you": 2, "failed": 1}
