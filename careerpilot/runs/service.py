"""Runs: start the graph, stream its progress, resume it from its thread id, and report the outcome."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.types import Command
from pydantic import BaseModel

from careerpilot.applying.pending import PendingApproval
from careerpilot.applying.service import ApplyingService
from careerpilot.applying.submit import ApplyResult, tally
from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunInputs, RunRecord, RunStatus
from careerpilot.llm.usage import StepUsage, UsageLedger, current_run, merge_usage
from careerpilot.memory.faults import storage_fault
from careerpilot.memory.sql import Store
from careerpilot.profile.inputs import load_filters, load_profile, load_resume
from careerpilot.runs.journal import RunJournal
from careerpilot.runs.live import DEGRADED, RECOVERED
from careerpilot.runs.owner import describe, owner_gone, this_process

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """One finished step of a run, for progress bars and event streams."""

    run_id: str
    node: str
    update: dict[str, Any] = field(default_factory=dict)


class RankedJob(BaseModel):
    """A job with its match, for tables."""

    job: JobPosting
    match: Match
    shortlisted: bool


class RunOutcome(BaseModel):
    """Where a run ended up: ranked jobs, documents, pending approvals and what ran without an LLM."""

    run: RunRecord
    ranked: list[RankedJob]
    pending: list[PendingApproval]
    applied: list[ApplyResult]
    written_by: dict[str, str]
    notes: list[str]
    llm_usage: list[StepUsage] = []

    @property
    def steps_without_llm(self) -> list[str]:
        """Return the LLM steps that used the deterministic fallback."""
        return [node for node, how in self.written_by.items() if how != "llm"]


def build_inputs(
    profile: Path,
    resume: Path,
    sources: list[str],
    goal: str = "",
    filters: Path | None = None,
    llm: BaseChatModel | None = None,
) -> RunInputs:
    """Load and validate every input file before anything is written (an LLM, if given, refines parsed resumes)."""
    if not sources:
        raise InputError("give at least one job source (--source PATH)")
    return RunInputs(
        goal=goal,
        sources=[s if ":" in s.split("/")[0] else f"local:{Path(s).expanduser().resolve()}" for s in sources],
        profile=load_profile(profile),
        resume=load_resume(resume, llm),
        filters=load_filters(filters),
    )


class RunService:
    """Starts and resumes graph runs; the compiled graph and its context are handed in by the composition root."""

    def __init__(
        self,
        store: Store,
        journal: RunJournal,
        applying: ApplyingService,
        graph: Any,
        context: Any,
        usage: UsageLedger | None = None,
    ) -> None:
        self.store = store
        self.journal = journal
        self.applying = applying
        self.graph = graph
        self.context = context
        self.usage = usage or UsageLedger()  # the router's: model calls made while a run streams are kept under it

    async def start(self, inputs: RunInputs) -> AsyncIterator[Progress]:
        """Record a run and stream its progress until it ends or waits for review."""
        run = self.create(inputs)
        async for progress in self.launch(run.id):
            yield progress

    def create(self, inputs: RunInputs) -> RunRecord:
        """Record a run without starting it, so a face can answer with its id at once; ``launch`` runs it."""
        run = self.store.create_run(inputs.goal, inputs.model_dump(mode="json"))
        self.journal.remember(run.id, inputs)
        return run

    async def launch(self, run_id: str) -> AsyncIterator[Progress]:
        """Stream a run recorded by ``create`` from its first node."""
        async for progress in self._stream(run_id, {"run_id": run_id}):
            yield progress

    async def review_only(self, run_id: str, application_ids: list[str]) -> AsyncIterator[Progress]:
        """Take applications drafted outside the graph (one job from a URL) to the same review gate and applier."""
        update = {"run_id": run_id, "application_ids": application_ids, "pending": application_ids}
        await self.graph.aupdate_state(self._config(run_id), update, as_node="resume_writer")
        async for progress in self._stream(run_id, None):
            yield progress

    async def resume(self, run_id: str, decisions: list[ReviewDecision] | None = None) -> AsyncIterator[Progress]:
        """Continue a run from its checkpoint: after a crash, with review decisions, or to submit what was approved.

        Applications approved but not submitted (a crash between the approval and the submit, or a submit refused
        for now) are taken to the applier: the review node hands them on without asking again.
        """
        run = self.store.get_run(run_id)
        owner = run.summary.get("owner") or {}
        if run.status is RunStatus.RUNNING and owner_gone(owner) is False and owner.get("pid") != os.getpid():
            raise InputError(f"run {run_id} is being run by {describe(owner)}: wait for it, or cancel it")
        snapshot = await self.graph.aget_state(self._config(run_id))
        unsent = [a.id for a in self.applying.unsent(run_id)]
        if not snapshot.next:
            if not unsent or decisions:
                return
            # A finished run with approved applications left (a refused submit): back to the applier once more.
            await self.graph.aupdate_state(self._config(run_id), {"approved": unsent, "pending": []}, as_node="review")
        waiting = bool(snapshot.next) and any(task.interrupts for task in snapshot.tasks)
        if waiting and decisions is None and not unsent:
            raise InputError(f"run {run_id} is waiting for review: decide with 'careerpilot review'")
        if decisions and not waiting:
            raise InputError(f"run {run_id} is not waiting for review: 'careerpilot continue {run_id}' resumes it")
        command: Command[Any] | None = Command(resume=[d.model_dump() for d in decisions or []]) if waiting else None
        async for progress in self._stream(run_id, command):
            yield progress

    async def _stream(self, run_id: str, graph_input: Any) -> AsyncIterator[Progress]:
        self.store.update_run(run_id, RunStatus.RUNNING, summary={"owner": this_process()})
        # The graph's node tasks copy this context when they start, so the router files their calls under the run.
        current_run.set(run_id)
        try:
            async for progress in self._stream_graph(run_id, graph_input):
                yield progress
        finally:
            current_run.set(None)
            self._record_usage(run_id)

    def _record_usage(self, run_id: str) -> None:
        """Add this stretch's model usage and fallback notes to the run record (also when the run failed)."""
        usage, notes = self.usage.take(run_id)
        if not usage and not notes:
            return

        def update(summary: dict[str, Any]) -> dict[str, Any]:
            merged: dict[str, Any] = {"llm_usage": merge_usage(summary.get("llm_usage") or [], usage)}
            if notes:
                before = list(summary.get("notes") or [])
                merged["notes"] = [*before, *(n for n in notes if n not in before)]
                kept = list(summary.get("llm_notes") or [])
                merged["llm_notes"] = [*kept, *(n for n in notes if n not in kept)]
            return merged

        try:
            self.store.merge_run_summary(run_id, update)
        except Exception as exc:  # noqa: BLE001 - usage is bookkeeping: never the reason a run fails
            log.warning("run %s: model usage not recorded (%s)", run_id, storage_fault(exc) or exc)

    async def _stream_graph(self, run_id: str, graph_input: Any) -> AsyncIterator[Progress]:
        try:
            async for chunk in self.graph.astream(
                graph_input, self._config(run_id), context=self.context, stream_mode="updates", durability="sync"
            ):
                for node, update in chunk.items():
                    if node != "__interrupt__":
                        yield Progress(run_id=run_id, node=node, update=update or {})
        except CareerPilotError as exc:
            self.store.update_run(run_id, RunStatus.FAILED, error=str(exc))
            raise
        except Exception as exc:
            fault = storage_fault(exc)
            if fault is None:
                self.store.update_run(run_id, RunStatus.FAILED, error=f"{type(exc).__name__}: {exc}")
                raise
            self._record_failure(run_id, str(fault))
            raise fault from exc
        except (asyncio.CancelledError, KeyboardInterrupt):  # Ctrl-C, or the server stopping: never left running
            self._record_failure(run_id, f"interrupted: careerpilot continue {run_id}")
            raise
        snapshot = await self.graph.aget_state(self._config(run_id))
        run_before = self.store.get_run(run_id)
        status = RunStatus.AWAITING_REVIEW if snapshot.next else RunStatus.COMPLETED
        values = snapshot.values
        summary = {
            "found": len(values.get("job_ids", [])),
            "shortlisted": len(values.get("shortlist", [])),
            "drafted": len(values.get("application_ids", [])),
            "pending": len(values.get("pending", [])),
            **tally(self.applying.applied(run_id)),
            "written_by": values.get("written_by", {}),
            # The model fallbacks of earlier stretches (a run resumed after review) are not in the graph's state.
            "notes": [*self._memory_notes(run_id), *values.get("notes", []), *run_before.summary.get("llm_notes", [])],
        }
        self.store.update_run(run_id, status, summary=summary)

    def _memory_notes(self, run_id: str) -> list[str]:
        """Return the shared-memory outages this run lived through, so its summary says it ran degraded."""
        outages = [e for e in self.store.events(run_id) if e.kind == DEGRADED]
        if not outages:
            return []
        back = any(e.kind == RECOVERED for e in self.store.events(run_id, after_id=outages[-1].id))
        state = "it answered again before the run ended" if back else "it was still unreachable when the run ended"
        return [f"ran degraded: {outages[0].data.get('message', 'the shared memory was unreachable')} ({state})"]

    def _record_failure(self, run_id: str, error: str) -> None:
        """Mark the run failed when the storage still takes it; the checkpoint before the fault stays resumable."""
        try:
            self.store.update_run(run_id, RunStatus.FAILED, error=error)
        except Exception as exc:  # noqa: BLE001 - the storage that just failed may refuse this too; the cause is raised
            log.warning("run %s: could not record the failure (%s)", run_id, storage_fault(exc) or exc)

    def outcome(self, run_id: str, top: int = 10) -> RunOutcome:
        """Return what a run produced so far."""
        run = self.store.get_run(run_id)
        matches = self.store.matches_for_run(run_id)[:top]
        jobs = self.store.get_jobs([m.job_id for m, _ in matches])
        return RunOutcome(
            run=run,
            ranked=[RankedJob(job=jobs[m.job_id], match=m, shortlisted=s) for m, s in matches if m.job_id in jobs],
            pending=self.applying.pending(run_id),
            applied=self.applying.applied(run_id),
            written_by=run.summary.get("written_by", {}),
            notes=run.summary.get("notes", []),
            llm_usage=[StepUsage.model_validate(u) for u in run.summary.get("llm_usage") or []],
        )

    async def checkpoint(self, run_id: str) -> Any:
        """Return the run's last checkpoint (LangGraph's state snapshot)."""
        return await self.graph.aget_state(self._config(run_id))

    @staticmethod
    def _config(run_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": run_id}}
