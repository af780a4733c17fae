"""Running the pipeline: ``run``, ``continue``, ``review``, ``apply``, and ``runs`` (list, show, cancel, resume)."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, follow, open_services, read_text_file, settings_for
from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.statuses import RunStatus

if TYPE_CHECKING:
    from careerpilot.config import Settings
    from careerpilot.domain.review import Approver, ReviewDecision
    from careerpilot.services import Services

app = typer.Typer()
runs_app = typer.Typer(help="Runs: list with status, show the event log, cancel, resume.")
app.add_typer(runs_app, name="runs")


@app.command()
@command
async def run(
    profile: Annotated[Path, typer.Option(help="Profile YAML (contact, preferences, answers).")],
    resume: Annotated[Path, typer.Option(help="Resume as JSON Resume.")],
    source: Annotated[list[str], typer.Option(help="A folder of postings or a source spec; repeatable.")],
    goal: Annotated[str, typer.Option(help="What you are looking for, in your words.")] = "",
    filters: Annotated[Path | None, typer.Option(help="job_filters.yaml with hard filters.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Plan, discover, match and draft applications; stop at review for your approval."""
    from careerpilot.llm.router import step_model
    from careerpilot.runs.service import build_inputs

    settings = settings_for(data_dir)
    inputs = build_inputs(profile, resume, source, goal, filters, step_model(settings, "resume_import"))
    async with open_services(settings) as services:
        run_id = await follow(services.runs.start(inputs))
        if run_id is None:
            raise CareerPilotError("the run produced nothing")
        console.show_outcome(services.runs.outcome(run_id))


@app.command(name="continue")
@command
async def continue_run(run_id: str, data_dir: DataDir = None) -> None:
    """Resume a run from its checkpoint (after a crash or Ctrl-C)."""
    async with open_services(settings_for(data_dir)) as services:
        await follow(services.runs.resume(run_id))
        console.show_outcome(services.runs.outcome(run_id))


@app.command()
@command
async def review(
    approve: Annotated[list[str], typer.Option(help="Application id to approve; repeatable.")] = [],  # noqa: B006
    reject: Annotated[list[str], typer.Option(help="Application id to reject; repeatable.")] = [],  # noqa: B006
    edit: Annotated[str | None, typer.Option(help="Application id whose cover letter to replace.")] = None,
    cover_letter: Annotated[Path | None, typer.Option(help="With --edit: the new cover letter text file.")] = None,
    answer: Annotated[list[str], typer.Option(help="With --edit: FIELD=VALUE for a form field; repeatable.")] = [],  # noqa: B006
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Fill the forms and screenshot; never submit.")] = False,
    note: Annotated[str, typer.Option(help="Why (e.g. 'too junior'); later runs rank by it.")] = "",
    data_dir: DataDir = None,
) -> None:
    """List pending approvals, or approve / reject / edit them and let the run go on.

    Approving shows the application (job, documents, every field) and approves exactly that view.
    """
    from careerpilot.domain.review import ReviewDecision

    person = _person()
    decisions = [ReviewDecision(application_id=r, action="reject", note=note, approver=person) for r in reject]
    if edit:
        edits = dict(_answer_edit(a) for a in answer)
        if cover_letter is not None:
            edits["cover_letter"] = read_text_file(cover_letter, "cover letter")
        if not edits:
            raise InputError("--edit needs --cover-letter FILE or --answer FIELD=VALUE")
        decisions.append(ReviewDecision(application_id=edit, action="edit", edits=edits))
    settings = settings_for(data_dir)
    settings.apply_dry_run = settings.apply_dry_run or dry_run
    async with open_services(settings) as services:
        unsent = {a.id: a.run_id for a in services.applying.unsent()}
        decisions += [_shown_approval(services, a, note, person) for a in approve if a not in unsent]
        # approved before, never submitted: their runs go on to submit them, once each
        carried = list(dict.fromkeys(run for a in approve if (run := unsent.get(a))))
        if not decisions and not carried:
            _list_waiting(services)
            return
        for run_id, run_decisions in services.review.group(decisions).items():
            await follow(services.runs.resume(run_id, run_decisions))
            console.show_outcome(services.runs.outcome(run_id))
        for run_id in carried:  # approved before, never submitted: submit them now, without asking again
            services.review.check(run_id, None)
            await follow(services.runs.resume(run_id))
            console.show_outcome(services.runs.outcome(run_id))


def _list_waiting(services: Services) -> None:
    """Print what waits for a decision, and what was approved but not yet submitted."""
    pending = services.applying.pending()
    unsent = services.applying.unsent()
    if not pending and not unsent:
        console.out.print("Nothing is waiting for review.")
        return
    if pending:
        console.out.print(console.pending_table(pending))
        for item in pending:
            console.out.print(console.fields_table(item))
    for application in unsent:
        console.out.print(
            Text(
                f"{application.id}: approved, not yet submitted (run {application.run_id}); "
                f"submit it with: careerpilot continue {application.run_id}"
            )
        )


def _person() -> Approver:
    """Return the person at this terminal as the approver (their OS user name)."""
    from careerpilot.domain.review import Approver

    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        name = ""
    return Approver(channel="cli", name=name)


def _shown_approval(services: Services, application_id: str, note: str, person: Approver) -> ReviewDecision:
    """Show the person exactly what they approve (job, documents, every field) and name that view in the approval."""
    from careerpilot.domain.review import ReviewDecision

    item = services.applying.waiting(application_id)  # InputError: not waiting for review
    console.out.print(console.pending_table([item]))
    console.out.print(console.fields_table(item))
    return ReviewDecision(
        application_id=application_id, action="approve", note=note, reviewed=item.digest, approver=person
    )


def _answer_edit(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise InputError(f"--answer takes FIELD=VALUE (the field's key from 'careerpilot review'), not {text!r}")
    return f"answer:{key.strip()}", value


@app.command(name="apply")
@command
async def apply_url(
    url: Annotated[str, typer.Argument(help="The job's application form URL.")],
    profile: Annotated[Path, typer.Option(help="Profile YAML (contact, preferences, answers).")],
    resume: Annotated[Path, typer.Option(help="Resume as JSON Resume.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Fill the form and screenshot; never submit.")] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Approve what is shown without asking (no terminal).")] = False,
    no: Annotated[bool, typer.Option("--no", help="Stop at review without asking (no terminal).")] = False,
    data_dir: DataDir = None,
) -> None:
    """Apply to one job from its URL: documents, the form read for review, then your approval before submitting.

    Nothing is stored until the URL is checked (http(s), an allowed host, answering). Without a terminal, say
    --yes or --no.
    """
    from careerpilot.llm.router import step_model
    from careerpilot.runs.service import build_inputs

    if yes and no:
        raise InputError("give --yes or --no, not both")
    settings = settings_for(data_dir)
    inputs = build_inputs(profile, resume, [url], f"apply to {url}", llm=step_model(settings, "resume_import"))
    settings.apply_dry_run = settings.apply_dry_run or dry_run
    async with open_services(settings) as services:
        if _already_there(services, url, inputs.applicant):
            return
        await services.applying.check_url(url)
        run = services.runs.create(inputs)
        try:
            application = await services.applying.draft_url(url, inputs, run.id)
        except Exception as exc:
            raise _failed_draft(services, run.id, url, exc) from None
        await follow(services.runs.review_only(run.id, [application.id]))
        (item,) = [p for p in services.applying.pending(run.id) if p.application.id == application.id]
        console.out.print(console.pending_table([item]))
        console.out.print(console.fields_table(item))
        verb = "fill (dry run, no submit)" if settings.apply_dry_run else "submit"
        later = f"Later: careerpilot review --approve {application.id}"
        if no or not (yes or _confirm(f"Approve and {verb} this application?", later)):
            console.out.print(Text(f"Not approved. {later}"))
            return
        decision = _approval(item.application.id, item.digest)
        await follow(services.runs.resume(run.id, [decision]))
        console.show_outcome(services.runs.outcome(run.id))


def _confirm(question: str, later: str) -> bool:
    """Ask the person; with no answer to read (no terminal, stdin closed) say how to decide instead of failing."""
    try:
        return typer.confirm(question, default=False)
    except typer.Abort:
        raise InputError(
            f"no answer to {question!r} (no terminal?): pass --yes or --no; the application waits at review. {later}"
        ) from None


def _already_there(services: Services, url: str, applicant: str) -> bool:
    """Show an application already waiting or approved for this URL and say what moves it; raise if applied."""
    from careerpilot.domain.statuses import ApplicationStatus

    application = services.applying.existing_for_url(url, applicant)
    if application is None or application.status is ApplicationStatus.SHORTLISTED:
        return False
    if application.status is ApplicationStatus.DRAFTED:
        pending = [p for p in services.applying.pending() if p.application.id == application.id]
        console.out.print(console.pending_table(pending))
        console.out.print(Text(f"Already waiting for your review: careerpilot review --approve {application.id}"))
        return True
    if application.status is ApplicationStatus.APPROVED:
        console.out.print(Text(f"Approved, not yet submitted: careerpilot continue {application.run_id} submits it"))
        return True
    raise InputError(f"already applied to {url}: application {application.id} is {application.status.value}")


def _failed_draft(services: Services, run_id: str, url: str, exc: Exception) -> CareerPilotError:
    """Close the run a failed draft leaves (failed, with the reason) and return the one-line error to show."""
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if not isinstance(exc, CareerPilotError):
        reason = f"the browser could not read {url}: {reason}"
    services.control.fail(run_id, reason)
    return exc if isinstance(exc, CareerPilotError) else CareerPilotError(reason)


def _approval(application_id: str, digest: str) -> ReviewDecision:
    """Return the person's approval, at this terminal, of the view they were just shown."""
    from careerpilot.domain.review import ReviewDecision

    return ReviewDecision(
        application_id=application_id, action="approve", note="careerpilot apply", reviewed=digest, approver=_person()
    )


@runs_app.command("list")
@command
async def runs_list(
    status: Annotated[RunStatus | None, typer.Option(help="Only this status.")] = None,
    limit: int = 20,
    data_dir: DataDir = None,
) -> None:
    """List runs, newest first, with their status."""
    async with open_services(settings_for(data_dir)) as services:
        runs = services.control.list(status, limit)
    table = Table(title=f"Runs ({len(runs)})")
    for column in ("id", "status", "goal", "started", "updated", "error"):
        table.add_column(column, overflow="fold")
    for r in runs:
        cells = (r.id, r.status.value, r.goal, f"{r.created_at:%Y-%m-%d %H:%M}", f"{r.updated_at:%H:%M:%S}")
        table.add_row(*(Text(c) for c in (*cells, r.error or "")))
    console.out.print(table)


@runs_app.command("show")
@command
async def runs_show(run_id: str, data_dir: DataDir = None) -> None:
    """Show a run's status and its event log."""
    async with open_services(settings_for(data_dir)) as services:
        run, events = services.control.show(run_id)
    console.out.print(Text(f"run {run.id}: {run.status.value}" + (f" — {run.error}" if run.error else "")))
    for e in events:
        console.out.print(Text(f"{e.at:%H:%M:%S}  {e.kind:<16} {e.node or '':<14} {e.data}"))
    from careerpilot.llm.usage import usage_lines

    for line in usage_lines(run.summary.get("llm_usage") or []):
        console.out.print(Text(f"model usage: {line}"))


@runs_app.command("cancel")
@command
async def runs_cancel(run_id: str, data_dir: DataDir = None) -> None:
    """Cancel a run: it stops before its next step and is never resumed."""
    async with open_services(settings_for(data_dir)) as services:
        run = services.control.cancel(run_id)
    console.out.print(Text(f"run {run.id}: {run.status.value}"))


@runs_app.command("repair")
@command
async def runs_repair(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only list what is stranded; change nothing.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Find stranded runs and applications; mark runs whose process died as failed, and say what moves each on."""
    show_stranded(settings_for(data_dir), repair=not dry_run)


def show_stranded(settings: Settings, *, repair: bool) -> None:
    """Print each stranded record, what was done and what moves it on (shared with ``doctor --repair``)."""
    from careerpilot.runs.stranded import stranded_records

    findings = stranded_records(settings, repair=repair)
    if not findings:
        console.out.print("Nothing is stranded.")
        return
    for f in findings:
        console.out.print(Text(f"{f.kind} {f.id}: {f.problem}; done: {f.done}; next: {f.next_step}"))


@runs_app.command("resume")
@command
async def runs_resume(
    run_id: str,
    queue: Annotated[bool, typer.Option("--queue", help="Send it to the workers instead.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Resume a failed or interrupted run from its checkpoint."""
    if queue:
        from careerpilot.domain.errors import ConfigError

        try:
            from careerpilot.worker import resume_run
        except ImportError as exc:
            raise ConfigError(f"workers need the celery extra: pip install 'careerpilot[celery]' ({exc})") from None
        resume_run.delay(run_id)
        console.out.print(Text(f"queued run {run_id} for the workers"))
        return
    async with open_services(settings_for(data_dir)) as services:
        run = await services.control.resume(run_id)
    console.out.print(Text(f"run {run.id}: {run.status.value}"))
