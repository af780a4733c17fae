"""Applications: list, one with its history, and status updates through the status machine."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field, TypeAdapter

from careerpilot.api.cache import cached_json
from careerpilot.api.deps import ServicesDep
from careerpilot.applying.service import ApplicationDocument
from careerpilot.domain.applications import Application, ApplicationStatus
from careerpilot.domain.tracking import History

router = APIRouter(prefix="/applications", tags=["applications"])
_APPLICATIONS = TypeAdapter(list[Application])


class StatusUpdate(BaseModel):
    """A new status (e.g. you heard back) with an optional note."""

    status: ApplicationStatus = Field(examples=["interviewing"])
    note: str = Field("", max_length=2000)


@router.get("", response_model=list[Application])
async def list_applications(
    request: Request,
    services: ServicesDep,
    status: ApplicationStatus | None = None,
    run_id: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    """List applications, newest first."""
    return await cached_json(request, lambda: _APPLICATIONS.dump_json(services.tracking.applications(status, run_id)))


@router.get("/{application_id}")
def get_application(application_id: str, services: ServicesDep) -> Application:
    """Return one application."""
    return services.tracking.application(application_id)


@router.post("/{application_id}/status")
def update_status(application_id: str, update: StatusUpdate, services: ServicesDep) -> Application:
    """Move an application to a new status (approval goes through review: POST /runs/{run_id}/resume)."""
    return services.review.set_status(application_id, update.status, by="api", note=update.note)


@router.get(
    "/{application_id}/documents/{kind}",
    response_class=FileResponse,
    responses={200: {"content": {"application/pdf": {}, "text/html": {}}}},
)
def application_document(application_id: str, kind: ApplicationDocument, services: ServicesDep) -> FileResponse:
    """Download the tailored resume or cover letter drafted for an application, to read before approving it."""
    path = services.applying.document(application_id, kind)
    media = {".pdf": "application/pdf", ".html": "text/html"}.get(path.suffix, "application/octet-stream")
    # An HTML resume is shown as a download, never rendered on the API's origin.
    disposition = "attachment" if path.suffix == ".html" else "inline"
    return FileResponse(
        path, media_type=media, filename=f"{kind}-{application_id}{path.suffix}", content_disposition_type=disposition
    )


@router.get("/{application_id}/history")
def application_history(application_id: str, services: ServicesDep) -> History:
    """Return the status history and audit trail of one application."""
    return services.tracking.history(application_id)
