"""How the CLI shows things; untrusted text (postings) goes in as rich ``Text``, never as markup."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from careerpilot.domain.applications import Application
from careerpilot.domain.jobs import JobPosting
from careerpilot.services.applying import PendingApproval
from careerpilot.services.runs import RunOutcome

out = Console()
err = Console(stderr=True, soft_wrap=True)


def error_line(message: str) -> None:
    """Print one red error line to stderr."""
    err.print(Text("error: ", style="bold red") + Text(message))


def ranked_table(outcome: RunOutcome) -> Table:
    """Return the ranked jobs table: score, title, company, location, why."""
    table = Table(title=f"Ranked jobs (run {outcome.run.id})", show_lines=False)
    for name, style in (("score", "bold"), ("title", ""), ("company", ""), ("location", ""), ("why", "dim")):
        table.add_column(name, style=style, overflow="fold")
    for item in outcome.ranked:
        mark = "★ " if item.shortlisted else ("✗ " if item.match.excluded else "")
        table.add_row(
            Text(f"{mark}{item.match.score:.0f}"),
            Text(item.job.title),
            Text(item.job.company or "?"),
            Text(item.job.location_text or "?"),
            Text(item.match.why),
        )
    return table


def pending_table(pending: list[PendingApproval]) -> Table:
    """Return the pending approvals with their documents."""
    table = Table(title="Pending approvals")
    for name in ("application", "score", "job", "documents"):
        table.add_column(name, overflow="fold")
    for item in pending:
        docs = item.application.documents
        files = "\n".join(str(docs[k]) for k in ("resume_pdf", "cover_letter_pdf", "resume_html") if docs.get(k))
        score = f"{item.application.score:.0f}" if item.application.score is not None else "?"
        job = Text(f"{item.job.title} — {item.job.company or '?'}")
        table.add_row(Text(item.application.id), Text(score), job, Text(files))
    return table


def show_outcome(outcome: RunOutcome) -> None:
    """Print a run's ranked jobs, documents, approvals and how each step ran."""
    out.print(ranked_table(outcome))
    if outcome.pending:
        out.print(pending_table(outcome.pending))
        out.print(
            Text(f"Approve or reject with: careerpilot review --approve ID | --reject ID  (run {outcome.run.id})")
        )
    for result in outcome.applied:
        out.print(Text(f"application {result.application_id}: {result.outcome}"))
    if outcome.steps_without_llm:
        steps = ", ".join(outcome.steps_without_llm)
        out.print(Text(f"Ran without an LLM (deterministic fallback): {steps}", style="yellow"))
    for note in outcome.notes[:10]:
        out.print(Text(f"note: {note}", style="dim"))
    out.print(Text(f"Run {outcome.run.id}: {outcome.run.status.value}", style="bold"))


def jobs_table(jobs: list[JobPosting]) -> Table:
    """Return stored jobs as a table."""
    table = Table(title="Jobs")
    for name in ("id", "title", "company", "location", "source"):
        table.add_column(name, overflow="fold")
    for job in jobs:
        table.add_row(*(Text(v or "?") for v in (job.id, job.title, job.company, job.location_text, job.source)))
    return table


def applications_table(applications: list[Application], titles: dict[str, str]) -> Table:
    """Return applications with their status and last change."""
    table = Table(title="Applications")
    for name in ("id", "status", "score", "job", "updated"):
        table.add_column(name, overflow="fold")
    for app in applications:
        score = f"{app.score:.0f}" if app.score is not None else "?"
        table.add_row(
            Text(app.id),
            Text(app.status.value),
            Text(score),
            Text(titles.get(app.job_id, app.job_id)),
            Text(app.updated_at.strftime("%Y-%m-%d %H:%M")),
        )
    return table
