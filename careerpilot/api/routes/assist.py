"""The extension's help in the person's own browser: track a job, queue it for approval, fill a form, record a submit.

Nothing here submits anything: the person presses submit, or approves through the review gate (POST /runs/{id}/resume).
"""

from __future__ import annotations

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from careerpilot.api.deps import ServicesDep
from careerpilot.applying.assist import AssistService, FormAnswers, FormRequest
from careerpilot.domain.applications import Application
from careerpilot.domain.tracking import TrackedApplication
from careerpilot.services import Services

router = APIRouter(tags=["assist"])


class AppliedNote(BaseModel):
    """An optional note kept with the status change."""

    note: str = Field("", max_length=2000)


def _assist(services: Services) -> AssistService:
    return services.assist


@router.post("/jobs/{job_id}/track", status_code=status.HTTP_201_CREATED)
def track_job(job_id: str, services: ServicesDep) -> Application:
    """Save a stored job to the tracker (shortlisted); idempotent."""
    return _assist(services).track(job_id)


@router.post("/jobs/{job_id}/queue", status_code=status.HTTP_201_CREATED)
async def queue_job(job_id: str, services: ServicesDep) -> Application:
    """Draft an application for a stored job (documents, the form read) and queue it at the review gate."""
    return await _assist(services).queue(job_id)


@router.post("/jobs/{job_id}/applied")
def mark_applied(job_id: str, body: AppliedNote, services: ServicesDep) -> Application:
    """Record that you submitted the application yourself; the agent will never apply to this job again."""
    return _assist(services).mark_applied(job_id, body.note)


@router.post("/forms/answers")
async def form_answers(request: FormRequest, services: ServicesDep) -> FormAnswers:
    """Answer the fields of a form open in your browser; file fields name the tailored document to attach."""
    return await _assist(services).form_answers(request)


@router.get("/tracker")
def tracker(services: ServicesDep) -> list[TrackedApplication]:
    """List tracked applications with their job's title, company and link, newest first."""
    return services.tracking.list()
