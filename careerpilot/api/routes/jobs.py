"""Jobs: search, one job, its match, a page the extension captured, tailored documents and their PDFs."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import FileResponse
from pydantic_core import to_json

from careerpilot.api.cache import cached_json
from careerpilot.api.deps import ServicesDep
from careerpilot.discovery.research import CompanyBrief
from careerpilot.domain.documents import TailoredDocs
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.summaries import JobPage
from careerpilot.jobs.service import DocumentKind, JobMatch, PageCapture

router = APIRouter(tags=["jobs"])


@router.get("/jobs", response_model=JobPage)
async def search_jobs(
    request: Request,
    services: ServicesDep,
    q: Annotated[str, Query(max_length=200, description="Words that must all appear.")] = "",
    company: Annotated[str | None, Query(max_length=200)] = None,
    remote: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Skip this many; use next_offset.")] = 0,
) -> Response:
    """Search stored open postings, newest first: one page of summaries (GET /jobs/{job_id} for a whole posting)."""
    return await cached_json(
        request, lambda: services.jobs.summaries(q, company, remote, limit, offset).model_dump_json().encode()
    )


@router.get("/jobs/{job_id}", response_model=JobPosting)
async def get_job(request: Request, job_id: str, services: ServicesDep) -> Response:
    """Return one stored posting in full."""
    return await cached_json(request, lambda: to_json(services.jobs.stored(job_id)))


@router.get("/jobs/{job_id}/match")
def match_job(job_id: str, services: ServicesDep) -> JobMatch:
    """Score a stored posting against the stored resume, with matched evidence, gaps and reasons."""
    return services.jobs.match(job_id)


@router.post("/jobs/from-page", status_code=status.HTTP_201_CREATED)
def job_from_page(capture: PageCapture, services: ServicesDep) -> JobMatch:
    """Store the JobPosting found in a captured page (its JSON-LD) and score it against the stored resume."""
    return services.jobs.from_page(capture)


@router.get("/companies/{company}/brief")
async def company_brief(company: str, services: ServicesDep) -> CompanyBrief:
    """Brief a company from its newest stored posting, its own site and, when configured, a web search.

    ``sources`` lists every URL the brief was built from and ``searched`` says whether the web was searched;
    briefs are cached for RESEARCH_CACHE_DAYS.
    """
    return await services.jobs.company_brief(company)


@router.post("/jobs/{job_id}/documents", status_code=status.HTTP_201_CREATED)
async def tailor_documents(job_id: str, services: ServicesDep) -> TailoredDocs:
    """Write a tailored resume and cover letter for a job (JSON, HTML and, with Chromium, PDF)."""
    return await services.jobs.tailor(job_id)


@router.get(
    "/jobs/{job_id}/documents/{kind}",
    response_class=FileResponse,
    responses={200: {"content": {"application/pdf": {}, "text/plain": {}, "application/json": {}}}},
)
def download_document(
    job_id: str,
    kind: DocumentKind,
    services: ServicesDep,
    format: Annotated[Literal["pdf", "text"], Query(description="pdf, or the text/JSON source.")] = "pdf",  # noqa: A002
) -> FileResponse:
    """Download a document written by POST /jobs/{job_id}/documents."""
    path = services.jobs.document(job_id, kind, pdf=format == "pdf")
    media = {".pdf": "application/pdf", ".json": "application/json"}.get(path.suffix, "text/plain")
    return FileResponse(path, media_type=media, filename=f"{kind}-{job_id}{path.suffix}")
