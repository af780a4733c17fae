"""A run's journal: its validated inputs and its durable event log, with listeners told of every event."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from careerpilot.domain.runs import RunInputs
from careerpilot.memory.sql import Store

EventListener = Callable[[str, str, str | None, dict[str, Any]], None]


class RunJournal:
    """What the graph's nodes read (a run's inputs) and write (its events), without the graph itself."""

    def __init__(self, store: Store, listeners: Sequence[EventListener] = ()) -> None:
        self.store = store
        self._listeners = list(listeners)
        self._inputs: dict[str, RunInputs] = {}

    def inputs(self, run_id: str) -> RunInputs:
        """Return the validated inputs of a run (cached per process)."""
        if run_id not in self._inputs:
            self._inputs[run_id] = RunInputs.model_validate(self.store.run_inputs(run_id))
        return self._inputs[run_id]

    def remember(self, run_id: str, inputs: RunInputs) -> None:
        """Keep the inputs of a run just created, so its nodes need not read them back."""
        self._inputs[run_id] = inputs

    def record(self, run_id: str, kind: str, node: str | None = None, data: dict[str, Any] | None = None) -> None:
        """Append to a run's event log, then tell the listeners (a listener may raise to stop the run)."""
        self.store.add_event(run_id, kind, node, data)
        for listener in list(self._listeners):
            listener(run_id, kind, node, data or {})

    def subscribe(self, listener: EventListener, *, first: bool = False) -> Callable[[], None]:
        """Tell ``listener`` of every event from now on; return the function that stops it."""
        self._listeners.insert(0, listener) if first else self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)
