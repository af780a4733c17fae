"""How the CLI shows things; untrusted text (postings, model notes) goes in as rich ``Text``, never as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # annotations only: the CLI must start without importing the services
    from careerpilot.applying.service import PendingApproval
    from careerpilot.domain.documents import ParsedResume, TailoredDocs
    from careerpilot.domain.jobs import JobPosting
    from careerpilot.domain.matching import ModelNote
    from careerpilot.domain.tracking import TrackedApplication
    from careerpilot.runs.service import RunOutcome

out = Console()
err = Console(stderr=True, soft_wrap=True)


def error_line(message: str) -> None:
    """Print one red error line to stderr."""
    err.print(Text("error: ", style="bold red") + Text(message))


def warning_lines(messages: list[str], shown: int = 5) -> None:
    """Print the first ``shown`` warnings as yellow lines on stderr and count the rest."""
    for message in messages[:shown]:
        err.print(Text("warning: ", style="yellow") + Text(message))
    if len(messages) > shown:
        err.print(Text(f"warning: {len(messages) - shown} more", style="yellow"))


def model_says(note: ModelNote) -> Text:
    """Return a model's note dim and labelled as the model's; plain ``Text``, so markup in it is shown, not run."""
    return Text(f"model says ({note.model or 'LLM'}): {note.text}", style="dim")


def ranked_table(outcome: RunOutcome) -> Table:
    """Return the ranked jobs table: score, title, company, location, why."""
    table = Table(title=f"Ranked jobs (run {outcome.run.id})", show_lines=False)
    for name, style in (("score", "bold"), ("title", ""), ("company", ""), ("location", ""), ("why", "dim")):
        table.add_column(name, style=style, overflow="fold")
    for item in outcome.ranked:
        mark = "★ " if item.shortlisted else ("✗ " if item.match.excluded else "")
        why = Text(item.match.why)
        if item.match.model_note is not None:
            why.append("\n").append_text(model_says(item.match.model_note))
        table.add_row(
            Text(f"{mark}{item.match.score:.0f}"),
            Text(item.job.title),
            Text(item.job.company or "?"),
            Text(item.job.location_text or "?"),
            why,
        )
    return table


def pending_table(pending: list[PendingApproval]) -> Table:
    """Return the pending approvals: id, score, job, and where their documents are."""
    table = Table(title="Pending approvals", show_lines=True)
    for name, style in (("application", "bold"), ("score", ""), ("job and documents", "")):
        table.add_column(name, style=style, overflow="fold")
    for item in pending:
        docs = item.application.documents
        score = f"{item.application.score:.0f}" if item.application.score is not None else "?"
        cell = Text(f"{item.job.title} — {item.job.company or '?'}", style="bold")
        files = [("resume", "resume_pdf"), ("cover letter", "cover_letter_pdf")]
        if not docs.get("resume_pdf"):
            files = [("resume (HTML, no PDF)", "resume_html")]
        for label, key in files:
            if docs.get(key):
                cell.append(f"\n{label}: {docs[key]}", style="")
        for removed in docs.get("removed_sentences") or []:
            cell.append(f"\n{removed_line(removed)}", style="yellow")
        table.add_row(Text(item.application.id), Text(score), cell)
    return table


def removed_line(removed: dict[str, Any]) -> str:
    """Return one sentence the verifier removed, for review: "removed from the resume (where): '…' — reason"."""
    what = f"removed from the {str(removed.get('document', '')).replace('_', ' ')}"
    what = "refused with the LLM cover letter" if removed.get("draft_rejected") else what
    return f"{what} ({removed.get('where')}): {removed.get('text')!r} — {removed.get('reason')}"


def fields_table(item: PendingApproval) -> Table:
    """Return one application's form: every field with the value to send and where it came from."""
    form = item.form
    where = f"{form.get('adapter', '?')} form{' (verified adapter)' if form.get('verified') else ''}"
    table = Table(title=f"{item.application.id}: {where} — {form.get('state') or 'not read'}", show_lines=False)
    for name in ("field", "value", "source"):
        table.add_column(name, overflow="fold")
    for answer in item.fields:
        value = ", ".join(answer.value) if isinstance(answer.value, list) else (answer.value or "")
        label = f"{answer.label}{' *' if answer.required else ''}"
        source = Text(answer.source, style="" if answer.grounded else "yellow")
        table.add_row(Text(label), Text(value), source)
    for field in item.unanswered:
        missing = Text("(no grounded answer: give one with --edit --answer)")
        table.add_row(Text(f"{field.label} *"), missing, Text("you"))
    if form.get("detail"):
        table.caption = str(form["detail"])
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
    from careerpilot.llm.usage import usage_lines  # light, but only needed here

    for line in usage_lines([u.model_dump() for u in outcome.llm_usage]):
        out.print(Text(f"model usage: {line}", style="dim"))
    out.print(Text(f"Run {outcome.run.id}: {outcome.run.status.value}", style="bold"))


def jobs_table(jobs: list[JobPosting]) -> Table:
    """Return stored jobs as a table; a posting with instruction-like text is marked ⚑ (see ``careerpilot job ID``)."""
    table = Table(title="Jobs")
    for name in ("id", "title", "company", "location", "source", "flags"):
        table.add_column(name, overflow="fold")
    for job in jobs:
        cells = [Text(v or "?") for v in (job.id, job.title, job.company, job.location_text, job.source)]
        table.add_row(*cells, Text(f"⚑ {len(job.flagged)}" if job.flagged else "", style="bold yellow"))
    return table


def show_job(job: JobPosting) -> None:
    """Print one posting: its header, any flagged text (shown, never followed), then the description."""
    out.print(Text(job.title, style="bold"))
    out.print(Text(" — ".join(p for p in (job.company or "?", job.location_text) if p)))
    expiry = f"{job.valid_through}" + (" (expired)" if job.expired() else "") if job.valid_through else ""
    salary = job.salary.text() if job.salary and (job.salary.min or job.salary.max) else ""
    for label, value in (
        ("url", job.url),
        ("source", job.source),
        ("posted", str(job.date_posted or "")),
        ("valid through", expiry),
        ("salary", salary),
    ):
        if value:
            out.print(Text(f"{label}: ") + Text(value, style="dim"))
    if job.flagged:
        out.print(
            Text(
                f"⚑ Flagged text ({len(job.flagged)}): written to instruct an AI; CareerPilot never follows it "
                "and never counts it as a requirement.",
                style="bold yellow",
            )
        )
        for flag in job.flagged:
            out.print(Text(f"  [{flag.kind}, {flag.where}] ", style="yellow") + Text(flag.context))
    if job.description_text:
        out.print(Text(""))
        out.print(Text(job.description_text))


def applications_table(items: list[TrackedApplication]) -> Table:
    """Return applications with their status and last change."""
    table = Table(title="Applications")
    for name in ("id", "status", "score", "job", "updated"):
        table.add_column(name, overflow="fold")
    for item in items:
        app = item.application
        score = f"{app.score:.0f}" if app.score is not None else "?"
        job = f"{item.title} — {item.company or '?'}" if item.title else app.job_id
        table.add_row(
            Text(app.id),
            Text(app.status.value),
            Text(score),
            Text(job),
            Text(app.updated_at.strftime("%Y-%m-%d %H:%M")),
        )
    return table


def show_parsed_resume(parsed: ParsedResume) -> None:
    """Print what the resume parser read, section by section, and what it guessed."""
    resume = parsed.resume
    table = Table(title=f"Parsed from {parsed.source_format} ({parsed.parsed_by})", show_header=False)
    table.add_column("field", style="bold")
    table.add_column("value", overflow="fold")
    basics = resume.basics
    for name, value in (("name", basics.name), ("headline", basics.label), ("email", basics.email)):
        table.add_row(name, Text(value or "—"))
    for job in resume.work:
        dates = f"{job.startDate or '?'} – {job.endDate or 'present'}"
        table.add_row(
            "work", Text(f"{job.position or '?'} at {job.name or '?'} ({dates}), {len(job.highlights)} bullets")
        )
    for school in resume.education:
        degree = ", ".join(p for p in (school.studyType, school.area) if p) or "?"
        table.add_row("education", Text(f"{degree} — {school.institution or '?'}"))
    table.add_row("skills", Text(", ".join(resume.skill_names()) or "—"))
    for label, items in (
        ("projects", [p.name for p in resume.projects]),
        ("certificates", [c.name for c in resume.certificates]),
    ):
        if items:
            table.add_row(label, Text(", ".join(i or "?" for i in items)))
    if resume.languages:
        table.add_row("languages", Text(", ".join(lang.language or "?" for lang in resume.languages)))
    out.print(table)
    for item in parsed.uncertain:
        out.print(Text(f"check: {item}", style="yellow"))


def show_documents(docs: TailoredDocs, versions: list[int], *, all_claims: bool = False) -> None:
    """Print one version of an application's documents with the verifier's findings."""
    by = f"resume by {docs.resume_written_by}, cover letter by {docs.cover_letter_written_by}"
    out.print(Text(f"Version {docs.version} of {versions} — written: {by}, template {docs.template}"))
    for name in ("resume_pdf", "cover_letter_pdf", "resume_docx", "resume_txt", "resume_html"):
        if value := getattr(docs, name):
            out.print(Text(f"  {name}: {value}"))
    if docs.matched_requirements:
        out.print(Text("Matched requirements:", style="bold"))
        for line in docs.matched_requirements:
            out.print(Text(f"  • {line}"))
    for check in docs.verification:
        state = "REJECTED" if check.rejected else "ok" if check.passed else "unsupported claims"
        out.print(Text(f"{check.document}: {len(check.claims)} claims checked, {state}", style="bold"))
        listed = {r.text for r in check.removed_sentences} | {f"{r.where}:" for r in check.removed_sentences}
        for removed in check.removed:
            if removed not in listed and not removed.startswith(tuple(listed)):
                out.print(Text(f"  removed: {removed}", style="yellow"))
        for sentence in check.removed_sentences:
            out.print(Text(f"  {removed_line(sentence.model_dump())}", style="yellow"))
        for claim in check.claims if all_claims else check.unsupported:
            out.print(Text(f"  {claim.kind} {claim.text!r} @ {claim.where} ← {claim.source or 'NO SOURCE'}"))
    for note in docs.notes:
        out.print(Text(f"note: {note}", style="dim"))
    out.print(Text("Cover letter:", style="bold"))
    out.print(Text(docs.cover_letter))


def search_table(jobs: list[JobPosting], limit: int) -> Table:
    """Return discovered jobs: title, company, location, salary, sources, URL."""
    table = Table(title=f"Found {len(jobs)} job(s)" + (f", showing {limit}" if len(jobs) > limit else ""))
    for name in ("title", "company", "location", "salary", "sources", "url"):
        table.add_column(name, overflow="fold")
    for job in jobs[:limit]:
        salary = job.salary.text() if job.salary and (job.salary.min or job.salary.max) else ""
        sources = sorted({str(s.get("source")) for s in job.raw.get("sources") or [{"source": job.source}]})
        title = Text(job.title)
        if job.expired():
            title.append(f" (expired {job.valid_through})", style="red")
        table.add_row(
            title,
            *(Text(v) for v in (job.company or "?", job.location_text or "?", salary, ", ".join(sources))),
            Text(job.url or ""),
        )
    return table
