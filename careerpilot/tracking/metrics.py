"""Prometheus metrics: events counted as they happen, plus store-derived gauges computed at each scrape.

One ``Metrics`` per process owns its own registry (no global state, so tests and several apps never collide). Nodes
report through ``node_timer``, the model router through ``on_llm_call`` (``LLMMetricsCallback`` counts a plain
LangChain model's tokens); postings, matches and applications by status are read from the store when ``/metrics``
is scraped, so they are right even for work done by another process (a CLI run, a worker).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.llm.usage import CallRecord
from careerpilot.memory.sql import Store
from careerpilot.memory.tables import ApplicationRow, JobRow, MatchRow

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


class StoreCollector(Collector):
    """Reads postings per source, matches and applications by status from the SQL store at scrape time."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def collect(self) -> Iterator[Any]:
        """Yield the store-derived metric families."""
        with self.store.session() as s:
            by_source = s.execute(select(JobRow.source, func.count()).group_by(JobRow.source)).all()
            matches = s.execute(select(MatchRow.shortlisted, func.count()).group_by(MatchRow.shortlisted)).all()
            statuses = dict(
                s.execute(select(ApplicationRow.status, func.count()).group_by(ApplicationRow.status)).all()
            )
        discovered = CounterMetricFamily(
            "careerpilot_postings_discovered", "Postings discovered, by source.", labels=["source"]
        )
        for source, count in by_source:
            discovered.add_metric([source], count)
        yield discovered
        scored = CounterMetricFamily("careerpilot_matches", "Jobs scored against the resume.", labels=["shortlisted"])
        for shortlisted, count in matches:
            scored.add_metric([str(bool(shortlisted)).lower()], count)
        yield scored
        apps = GaugeMetricFamily("careerpilot_applications", "Applications by current status.", labels=["status"])
        for status in ApplicationStatus:
            apps.add_metric([status.value], statuses.get(status.value, 0))
        yield apps


class Metrics:
    """The process's registry with its counters and histograms."""

    def __init__(self, store: Store | None = None) -> None:
        self.registry = CollectorRegistry()
        self.node_seconds = Histogram(
            "careerpilot_node_duration_seconds",
            "Time spent in each graph node.",
            ["node"],
            registry=self.registry,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120),
        )
        self.llm_tokens = Counter(
            "careerpilot_llm_tokens", "LLM tokens used.", ["model", "kind"], registry=self.registry
        )
        self.llm_errors = Counter("careerpilot_llm_errors", "LLM calls that failed.", ["model"], registry=self.registry)
        # Per step and profile (docs/models.md): what the router saw of every call.
        self.llm_calls = Counter(
            "careerpilot_llm_calls",
            "Model calls by step, profile and outcome.",
            ["step", "profile", "outcome"],
            registry=self.registry,
        )
        self.llm_step_tokens = Counter(
            "careerpilot_llm_step_tokens",
            "Tokens by step, profile and kind (in/out).",
            ["step", "profile", "kind"],
            registry=self.registry,
        )
        self.llm_step_seconds = Histogram(
            "careerpilot_llm_call_duration_seconds",
            "Latency of model calls by step and profile (failed calls too).",
            ["step", "profile"],
            registry=self.registry,
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
        )
        self.llm_cost = Counter(
            "careerpilot_llm_cost",
            "Cost of model calls by step and profile, from the profiles' prices.",
            ["step", "profile"],
            registry=self.registry,
        )
        self.status_changes = Counter(
            "careerpilot_status_changes",
            "Application status changes, by new status and by whom.",
            ["status", "by"],
            registry=self.registry,
        )
        if store is not None:
            self.registry.register(StoreCollector(store))

    @contextmanager
    def node_timer(self, node: str) -> Iterator[None]:
        """Time a graph node, recording the duration even when it raises."""
        start = time.perf_counter()
        try:
            yield
        finally:
            self.node_seconds.labels(node=node).observe(time.perf_counter() - start)

    def count_status_change(self, status: str, by: str) -> None:
        """Count one status change; ``by`` is cut to its kind ('mail', 'notion', 'user', ...)."""
        self.status_changes.labels(status=status, by=by.split(":", 1)[0]).inc()

    def on_llm_call(self, call: CallRecord) -> None:
        """Count one routed model call (the router's usage ledger calls this)."""
        self.llm_calls.labels(step=call.step, profile=call.profile, outcome="ok" if call.ok else "failed").inc()
        self.llm_step_seconds.labels(step=call.step, profile=call.profile).observe(call.seconds)
        if not call.ok:
            self.llm_errors.labels(model=call.model).inc()
            return
        for kind, tokens in (("in", call.tokens_in), ("out", call.tokens_out)):
            if tokens:
                self.llm_step_tokens.labels(step=call.step, profile=call.profile, kind=kind).inc(tokens)
        for kind, tokens in (("prompt", call.tokens_in), ("completion", call.tokens_out)):
            if tokens:
                self.llm_tokens.labels(model=call.model, kind=kind).inc(tokens)
        if call.cost:
            self.llm_cost.labels(step=call.step, profile=call.profile).inc(call.cost)

    def render(self) -> bytes:
        """Return the exposition text for /metrics."""
        return generate_latest(self.registry)


class LLMMetricsCallback(BaseCallbackHandler):
    """A LangChain callback counting tokens and errors per model; attach with ``callbacks=[...]``."""

    def __init__(self, metrics: Metrics, model: str) -> None:
        self.metrics = metrics
        self.model = model

    def on_llm_end(self, response: Any, **kwargs: Any) -> None:
        """Count prompt and completion tokens from the provider's usage report."""
        usage = (response.llm_output or {}).get("token_usage") or {}
        for generations in response.generations:
            for generation in generations:
                message = getattr(generation, "message", None)
                meta = getattr(message, "usage_metadata", None) or {}
                if meta and not usage:
                    usage = {
                        "prompt_tokens": meta.get("input_tokens", 0),
                        "completion_tokens": meta.get("output_tokens", 0),
                    }
        for kind in ("prompt", "completion"):
            if tokens := usage.get(f"{kind}_tokens"):
                self.metrics.llm_tokens.labels(model=self.model, kind=kind).inc(tokens)

    def on_llm_error(self, error: BaseException, **kwargs: Any) -> None:
        """Count a failed call."""
        self.metrics.llm_errors.labels(model=self.model).inc()
