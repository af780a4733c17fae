"""LLM-callable tools for the chat agent: thin wrappers over the services, returning small JSON-able dicts.

There is deliberately no tool that approves or submits an application: that is the person's act at the review
gate (the API's resume endpoint, the MCP approve tool, ``careerpilot review``), never the model's.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from langchain_core.tools import BaseTool, StructuredTool

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.jobs import JobPosting
from careerpilot.text.instructions import without_instructions

if TYPE_CHECKING:
    from careerpilot.applying.service import ApplyingService
    from careerpilot.jobs.service import JobsService
    from careerpilot.tracking.service import TrackingService

DESCRIPTION_CHARS = 4000
PENDING_FIELDS = {"application_id", "run_id", "job", "score", "reasons"}  # the drafts and forms stay with the person


def _job_line(job: JobPosting) -> dict[str, Any]:
    return {
        "id": job.id,
        "title": job.title,
        "company": job.company,
        "location": job.location_text,
        "remote": job.remote,
    }


def build_tools(jobs: JobsService, tracking: TrackingService, applying: ApplyingService) -> list[BaseTool]:
    """Return the chat agent's tools, bound to the services they read."""

    def search_jobs(query: str = "", company: str | None = None, remote: bool | None = None, limit: int = 10) -> Any:
        """Search stored job postings by words in the title, company, location or description."""
        return [_job_line(j) for j in jobs.search(query, company, remote, min(max(limit, 1), 25))]

    def get_job(job_id: str) -> Any:
        """Return one stored job posting, its description shortened."""
        job = jobs.get(job_id)
        # Flagged sentences talk to an agent: the person sees them in the job view, the model never does.
        description = without_instructions(job.description_text)[:DESCRIPTION_CHARS]
        return {**_job_line(job), "url": job.url, "description": description, "flagged": len(job.flagged_passages)}

    def explain_match(job_id: str) -> Any:
        """Score a stored job against the user's resume: score, matched skills with evidence, missing ones, reasons."""
        match = jobs.match(job_id).match
        shown = {"score", "matched", "missing", "reasons", "excluded", "model_note"}  # model_note: the model's words
        return match.model_dump(mode="json", include=shown)

    async def company_brief(company: str) -> Any:
        """Brief a company with stored postings: what it does, size, stage, news, and the URLs it read."""
        return (await jobs.company_brief(company)).model_dump(mode="json")

    def list_applications(status: ApplicationStatus | None = None) -> Any:
        """List the user's applications and where each stands."""
        return [
            {"id": a.id, "job_id": a.job_id, "status": a.status.value, "score": a.score, "run_id": a.run_id}
            for a in tracking.applications(status)
        ]

    def list_pending_approvals() -> Any:
        """List drafted applications waiting for the user's approval (the user approves them, not you)."""
        return [p.model_dump(mode="json", include=PENDING_FIELDS) for p in applying.pending_view()]

    functions: list[Callable[..., Any]] = [
        search_jobs, get_job, explain_match, company_brief, list_applications, list_pending_approvals
    ]  # fmt: skip
    return [
        StructuredTool.from_function(coroutine=f) if inspect.iscoroutinefunction(f) else StructuredTool.from_function(f)
        for f in functions
    ]
