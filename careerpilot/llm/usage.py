"""Model usage: tokens in/out, latency, failures and cost per step and profile, per run and for /metrics.

The router reports every call here. Calls made while a run is being streamed (``RunService`` sets
``current_run``) are also kept under that run, so its record and summary say what each step used and which
fallbacks happened; calls outside a run (chat, the API's one-off actions) only reach the metrics.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from pydantic import BaseModel

current_run: ContextVar[str | None] = ContextVar("careerpilot_current_run", default=None)


class StepUsage(BaseModel):
    """What one step spent on one profile."""

    step: str
    profile: str
    model: str
    calls: int = 0
    failures: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    seconds: float = 0.0
    cost: float | None = None

    def add(self, other: StepUsage) -> None:
        """Add another tally of the same step and profile."""
        self.calls += other.calls
        self.failures += other.failures
        self.tokens_in += other.tokens_in
        self.tokens_out += other.tokens_out
        self.seconds += other.seconds
        if other.cost is not None:
            self.cost = (self.cost or 0.0) + other.cost


class CallRecord(BaseModel):
    """One model call as the router saw it."""

    step: str
    profile: str
    model: str
    ok: bool
    seconds: float
    tokens_in: int = 0
    tokens_out: int = 0
    cost: float | None = None
    error: str = ""


Listener = Callable[[CallRecord], None]


class UsageLedger:
    """Collects call records per run; listeners (the metrics) hear of every call."""

    def __init__(self, listeners: list[Listener] | None = None) -> None:
        self._listeners = list(listeners or [])
        self._runs: dict[str, dict[tuple[str, str], StepUsage]] = {}
        self._notes: dict[str, list[str]] = {}
        self._lock = threading.Lock()

    def record(self, call: CallRecord) -> None:
        """Keep a call under the current run (if any) and tell the listeners."""
        run_id = current_run.get()
        if run_id is not None:
            one = StepUsage(
                step=call.step,
                profile=call.profile,
                model=call.model,
                calls=1,
                failures=0 if call.ok else 1,
                tokens_in=call.tokens_in,
                tokens_out=call.tokens_out,
                seconds=call.seconds,
                cost=call.cost,
            )
            with self._lock:
                tally = self._runs.setdefault(run_id, {})
                if (call.step, call.profile) in tally:
                    tally[(call.step, call.profile)].add(one)
                else:
                    tally[(call.step, call.profile)] = one
        for listener in self._listeners:
            listener(call)

    def note(self, text: str) -> None:
        """Keep a note for the current run's summary (a fallback, a skipped profile); once per distinct text."""
        run_id = current_run.get()
        if run_id is None:
            return
        with self._lock:
            notes = self._notes.setdefault(run_id, [])
            if text not in notes:
                notes.append(text)

    def take(self, run_id: str) -> tuple[list[StepUsage], list[str]]:
        """Return and forget a run's usage and notes."""
        with self._lock:
            usage = list(self._runs.pop(run_id, {}).values())
            notes = self._notes.pop(run_id, [])
        return usage, notes


def merge_usage(before: list[dict[str, Any]], new: list[StepUsage]) -> list[dict[str, Any]]:
    """Add this stretch's usage to what the run record held from earlier stretches (a resumed run)."""
    tally: dict[tuple[str, str], StepUsage] = {}
    for item in [*(StepUsage.model_validate(b) for b in before), *new]:
        key = (item.step, item.profile)
        if key in tally:
            tally[key].add(item)
        else:
            tally[key] = item.model_copy()
    return [t.model_dump() for t in tally.values()]


def usage_lines(usage: list[dict[str, Any]]) -> list[str]:
    """Return one line per step and profile, then the total, for the run summary."""
    items = [StepUsage.model_validate(u) for u in usage]
    lines = []
    for u in items:
        cost = f", ${u.cost:.4f}" if u.cost is not None else ""
        failed = f", {u.failures} failed" if u.failures else ""
        lines.append(
            f"{u.step} on {u.profile} ({u.model}): {u.calls} call(s){failed}, "
            f"{u.tokens_in} in / {u.tokens_out} out tokens, {u.seconds:.2f} s{cost}"
        )
    if items:
        costs = [u.cost for u in items if u.cost is not None]
        total = f", ${sum(costs):.4f}" if costs else ""
        lines.append(
            f"total: {sum(u.tokens_in for u in items)} in / {sum(u.tokens_out for u in items)} out tokens, "
            f"{sum(u.seconds for u in items):.2f} s{total}"
        )
    return lines
