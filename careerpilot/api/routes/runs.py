"""Runs: start one in the background, read its state, follow its events live, resume it with decisions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from careerpilot.api import sse
from careerpilot.api.cache import cached_json
from careerpilot.api.deps import KeyDep, ServicesDep, TasksDep, caller
from careerpilot.domain.review import ReviewDecision
from careerpilot.domain.runs import RunEvent, RunRecord, RunStatus
from careerpilot.runs.service import RankedJob
from careerpilot.runs.stranded import Finding
from careerpilot.runs.summaries import RunSummary

router = APIRouter(prefix="/runs", tags=["runs"])


class StartRun(BaseModel):
    """A run over the stored profile and resume."""

    goal: str = Field("", max_length=2000, examples=["senior backend roles, remote or Bay Area"])
    sources: list[Annotated[str, Field(min_length=1, max_length=500)]] = Field(
        default_factory=list,
        max_length=20,
        description="Omitted or empty: the stored default sources (PUT /sources).",
        examples=[["greenhouse:stripe", "/home/me/postings"]],
    )


class ResumeRun(BaseModel):
    """Decisions on the run's drafted applications; omit them to continue a run that stopped (crash, restart)."""

    decisions: list[ReviewDecision] | None = Field(
        default=None, examples=[[{"application_id": "3f2a9c1b0d4e5f60", "action": "approve"}]]
    )


class Accepted(BaseModel):
    """A run was handed to the background; follow it at ``events``."""

    run_id: str
    status: RunStatus
    events: str


@router.post("", status_code=status.HTTP_202_ACCEPTED)
async def start_run(body: StartRun, services: ServicesDep, tasks: TasksDep) -> Accepted:
    """Start a run in the background with the stored profile, resume and filters."""
    inputs = await run_in_threadpool(services.profile.run_inputs, body.sources, body.goal)
    run = await tasks.start(inputs)
    return Accepted(run_id=run.id, status=run.status, events=f"/runs/{run.id}/events")


@router.get("")
def list_runs(services: ServicesDep, limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[RunRecord]:
    """List runs, newest first."""
    return services.control.list(limit=limit)


@router.post("/repair")
def repair_runs(
    services: ServicesDep, dry_run: Annotated[bool, Query(description="Only list; change nothing.")] = False
) -> list[Finding]:
    """Find stranded runs and applications; mark runs whose process died as failed; say what moves each on."""
    return services.control.stranded(repair=not dry_run)


@router.get("/{run_id}", response_model=RunSummary)
async def get_run(
    request: Request, run_id: str, services: ServicesDep, top: Annotated[int, Query(ge=1, le=200)] = 10
) -> Response:
    """Return a run's state: status, its best jobs as summaries, pending approvals, what was applied.

    Full postings and match explanations: GET /runs/{run_id}/matches and GET /jobs/{job_id}.
    """
    return await cached_json(
        request, lambda: RunSummary.of(services.runs.outcome(run_id, top=top), top).model_dump_json().encode()
    )


@router.get("/{run_id}/matches")
def run_matches(run_id: str, services: ServicesDep, top: Annotated[int, Query(ge=1, le=500)] = 50) -> list[RankedJob]:
    """Return a run's matches, best first, with their explanations."""
    return services.runs.outcome(run_id, top=top).ranked


@router.get("/{run_id}/events", response_class=StreamingResponse, responses=sse.SSE_RESPONSE)
def run_events(
    run_id: str,
    services: ServicesDep,
    tasks: TasksDep,
    after: Annotated[int, Query(ge=0, description="Only events after this id.")] = 0,
    last_event_id: Annotated[int | None, Header(ge=0)] = None,
) -> StreamingResponse:
    """Stream a run's events as server-sent events until it finishes or waits for review.

    Events are ``node_started`` / ``node_finished`` (with the node) and a final ``status`` event. Reconnect with
    ``Last-Event-ID`` (or ``?after=``) to continue where the stream stopped.
    """
    return sse.stream(_encode(services.control.follow(run_id, last_event_id or after, tasks)))


@router.post("/{run_id}/resume", status_code=status.HTTP_202_ACCEPTED)
async def resume_run(
    request: Request, run_id: str, body: ResumeRun, tasks: TasksDep, services: ServicesDep, key: KeyDep
) -> Accepted:
    """Resume a run in the background with approve / reject / edit decisions per application.

    An approval must carry the ``digest`` of the pending view it approves (GET /approvals) as ``reviewed``; the
    approver is recorded from the calling key (and the extension's origin), whatever the body says.
    """
    approver = caller(request, key, services.settings.extension_origin)
    decisions = [d.model_copy(update={"approver": approver}) for d in body.decisions] if body.decisions else None
    await tasks.resume(run_id, decisions)
    return Accepted(run_id=run_id, status=RunStatus.RUNNING, events=f"/runs/{run_id}/events")


async def _encode(stream: AsyncIterator[RunEvent | RunRecord]) -> AsyncIterator[str]:
    """Encode each event with its id, and the run's final record as the ``status`` event."""
    async for item in stream:
        if isinstance(item, RunEvent):
            yield sse.encode(item.kind, item.model_dump(mode="json"), item.id)
        else:
            yield sse.encode("status", item.model_dump(mode="json"))
