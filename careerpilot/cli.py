"""The ``careerpilot`` command: a thin shell over the services; errors are one red line and an exit code."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
from rich.text import Text

from careerpilot import console
from careerpilot.cli_autonomy import register as register_autonomy
from careerpilot.cli_tracking import register as register_tracking
from careerpilot.config import Settings
from careerpilot.discovery.service import export_postings
from careerpilot.doctor import run_checks
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.review import ReviewDecision
from careerpilot.llm.chat_model import build_chat_model
from careerpilot.profile.inputs import import_resume, save_resume
from careerpilot.runs.service import Progress as RunProgress
from careerpilot.runs.service import build_inputs
from careerpilot.services import Services

app = typer.Typer(help="CareerPilot: a local-first AI job-search agent.", pretty_exceptions_enable=False)
T = TypeVar("T")
STEPS = ("planner", "researcher", "matcher", "resume_writer", "review")
DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Where data lives (default ~/.careerpilot).")]


def _settings(data_dir: Path | None) -> Settings:
    return Settings(data_dir=data_dir) if data_dir else Settings()


def command(func: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., T]:
    """Run an async command, turning errors into one readable line and a non-zero exit."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> T:
        logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
        try:
            return asyncio.run(func(*args, **kwargs))
        except typer.Exit:
            raise
        except CareerPilotError as exc:
            console.error_line(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            console.error_line("interrupted; resume with 'careerpilot continue RUN_ID'")
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence: no traceback reaches the user
            logging.getLogger("careerpilot").debug("unexpected error", exc_info=True)
            console.error_line(f"unexpected {type(exc).__name__}: {exc} (please report it)")
            raise typer.Exit(70) from None

    return run


async def _follow(stream: Any) -> str | None:
    """Show a progress bar while a run streams; return the run id."""
    run_id = None
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), console=console.out) as bar:
        task = bar.add_task("planning", total=len(STEPS))
        async for progress in stream:
            assert isinstance(progress, RunProgress)
            run_id = progress.run_id
            done = STEPS.index(progress.node) + 1 if progress.node in STEPS else len(STEPS)
            bar.update(task, completed=done, description=f"{progress.node} done")
        bar.update(task, completed=len(STEPS), description="finished")
    return run_id


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
    settings = _settings(data_dir)
    inputs = build_inputs(profile, resume, source, goal, filters, build_chat_model(settings))
    async with Services.open(settings) as services:
        run_id = await _follow(services.runs.start(inputs))
        if run_id is None:
            raise CareerPilotError("the run produced nothing")
        console.show_outcome(services.runs.outcome(run_id))


@app.command(name="continue")
@command
async def continue_run(run_id: str, data_dir: DataDir = None) -> None:
    """Resume a run from its checkpoint (after a crash or Ctrl-C)."""
    async with Services.open(_settings(data_dir)) as services:
        await _follow(services.runs.resume(run_id))
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
    """List pending approvals, or approve / reject / edit them and let the run go on."""
    decisions = [ReviewDecision(application_id=a, action="approve", note=note) for a in approve]
    decisions += [ReviewDecision(application_id=r, action="reject", note=note) for r in reject]
    if edit:
        edits = dict(_answer_edit(a) for a in answer)
        if cover_letter is not None:
            edits["cover_letter"] = cover_letter.read_text(encoding="utf-8")
        if not edits:
            raise InputError("--edit needs --cover-letter FILE or --answer FIELD=VALUE")
        decisions.append(ReviewDecision(application_id=edit, action="edit", edits=edits))
    settings = _settings(data_dir)
    settings.apply_dry_run = settings.apply_dry_run or dry_run
    async with Services.open(settings) as services:
        if not decisions:
            pending = services.applying.pending()
            if not pending:
                console.out.print("Nothing is waiting for review.")
                return
            console.out.print(console.pending_table(pending))
            for item in pending:
                console.out.print(console.fields_table(item))
            return
        for run_id, run_decisions in services.review.group(decisions).items():
            await _follow(services.runs.resume(run_id, run_decisions))
            console.show_outcome(services.runs.outcome(run_id))


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
    data_dir: DataDir = None,
) -> None:
    """Apply to one job from its URL: documents, the form read for review, then your approval before submitting."""
    settings = _settings(data_dir)
    inputs = build_inputs(profile, resume, [url], f"apply to {url}", llm=build_chat_model(settings))
    settings.apply_dry_run = settings.apply_dry_run or dry_run
    async with Services.open(settings) as services:
        run = services.runs.create(inputs)
        application = await services.applying.draft_url(url, inputs, run.id)
        await _follow(services.runs.review_only(run.id, [application.id]))
        (item,) = [p for p in services.applying.pending(run.id) if p.application.id == application.id]
        console.out.print(console.pending_table([item]))
        console.out.print(console.fields_table(item))
        verb = "fill (dry run, no submit)" if settings.apply_dry_run else "submit"
        if not typer.confirm(f"Approve and {verb} this application?", default=False):
            console.out.print(Text(f"Not approved. Later: careerpilot review --approve {application.id}"))
            return
        decision = ReviewDecision(application_id=application.id, action="approve", note="careerpilot apply")
        await _follow(services.runs.resume(run.id, [decision]))
        console.show_outcome(services.runs.outcome(run.id))


@app.command()
@command
async def jobs(limit: int = 50, data_dir: DataDir = None) -> None:
    """List stored job postings."""
    async with Services.open(_settings(data_dir)) as services:
        console.out.print(console.jobs_table(services.store.list_jobs(limit)))


@app.command()
@command
async def search(
    source: Annotated[
        list[str] | None, typer.Option(help="Source spec (greenhouse:vercel, careers:URL, remoteok, PATH); repeatable.")
    ] = None,
    sources_file: Annotated[Path | None, typer.Option(help="A sources YAML (see examples/sources.yaml).")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Export to FILE.json or FILE.csv.")] = None,
    limit: Annotated[int, typer.Option(help="Rows to print.")] = 50,
    data_dir: DataDir = None,
) -> None:
    """Run discovery alone: fetch, dedupe and store postings, print them, optionally export JSON/CSV."""
    settings = _settings(data_dir)
    specs = list(source or []) + ([str(sources_file)] if sources_file else [])
    if not specs and settings.sources_file:
        specs = [str(settings.sources_file)]
    if not specs:
        raise InputError("give --source SPEC or --sources-file FILE (see examples/sources.yaml)")
    async with Services.open(settings) as services:
        result, found = await services.discovery.search(specs)
        console.out.print(console.search_table(found, limit))
        for name, why in result.failed_sources.items():
            console.error_line(f"source {name} failed: {why}")
        summary = f"{result.fetched} fetched, {result.duplicates} duplicates merged, {result.new} new"
        if result.unchanged_sources or result.closed:
            summary += f", {len(result.unchanged_sources)} unchanged source(s), {result.closed} closed"
        console.out.print(Text(summary, style="bold"))
        if output:
            count = export_postings(found, output)
            console.out.print(Text(f"wrote {count} posting(s) to {output}"))


@app.command()
@command
async def applications(
    status: Annotated[ApplicationStatus | None, typer.Option(help="Only this status.")] = None,
    data_dir: DataDir = None,
) -> None:
    """List applications and where each stands."""
    async with Services.open(_settings(data_dir)) as services:
        items = services.store.list_applications(status)
        titles = {
            i: f"{j.title} — {j.company or '?'}" for i, j in services.store.get_jobs([a.job_id for a in items]).items()
        }
        console.out.print(console.applications_table(items, titles))


@app.command()
@command
async def feedback(
    job_id: str,
    verdict: Annotated[str, typer.Option(help="not_interested, rejected or approved.")] = "not_interested",
    reason: Annotated[str, typer.Option(help="Why, in your words: later runs show it and rank by it.")] = "",
    data_dir: DataDir = None,
) -> None:
    """Tell CareerPilot what you think of a job; jobs like it rank lower (or higher) from the next run on."""
    if verdict not in ("not_interested", "rejected", "approved"):
        raise InputError(f"unknown verdict {verdict!r}: use not_interested, rejected or approved")
    async with Services.open(_settings(data_dir)) as services:
        saved = services.feedback.record(job_id, verdict, reason)  # type: ignore[arg-type]
        console.out.print(Text(f"Remembered: {saved.verdict} '{saved.title}' ({saved.reason or 'no reason given'})"))


@app.command()
@command
async def doctor(data_dir: DataDir = None) -> None:
    """Check what is configured: data dir, database, LLM, embeddings, Redis, Chromium, Notion."""
    checks = run_checks(_settings(data_dir))
    for check in checks:
        mark = Text("ok  ", style="green") if check.ok else Text("FAIL", style="bold red")
        console.out.print(mark + Text(f" {check.name:<11} {check.detail}"))
    if any(not c.ok and c.required for c in checks):
        raise typer.Exit(1)


keys_app = typer.Typer(help="API keys for the HTTP API and /mcp: create, list, revoke (stored hashed).")
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
@command
async def keys_create(
    name: Annotated[str, typer.Argument(help="What the key is for, e.g. extension.")], data_dir: DataDir = None
) -> None:
    """Create an API key; it is shown once and only its hash is stored."""
    async with Services.open(_settings(data_dir)) as services:
        key = services.keys.create(name)
    console.out.print(Text(f"created key {key.info.id} ({key.info.name}); copy it now, it is not shown again:"))
    console.out.print(Text(key.secret, style="bold"))


@keys_app.command("list")
@command
async def keys_list(data_dir: DataDir = None) -> None:
    """List API keys (ids, names and prefixes; never the keys)."""
    async with Services.open(_settings(data_dir)) as services:
        keys = services.keys.list()
    if not keys:
        console.out.print("No API keys: create one with 'careerpilot keys create NAME'.")
    for key in keys:
        state = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        created = f"{key.created_at:%Y-%m-%d %H:%M}"
        console.out.print(Text(f"{key.id}  {key.prefix}…  {key.name}  created {created}  {state}"))


@keys_app.command("revoke")
@command
async def keys_revoke(key_id: str, data_dir: DataDir = None) -> None:
    """Revoke an API key by id; requests with it get 403 from now on."""
    async with Services.open(_settings(data_dir)) as services:
        key = services.keys.revoke(key_id)
    console.out.print(Text(f"revoked key {key.id} ({key.name})"))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8765,
    data_dir: DataDir = None,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the MCP endpoint at /mcp; every route but /health needs a key."""
    import uvicorn

    from careerpilot.access.keys import has_active_key
    from careerpilot.api import create_app

    settings = _settings(data_dir)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not has_active_key(settings.sql_url):
        console.error_line("no API key yet: every request but /health gets 401; run 'careerpilot keys create NAME'")
    console.out.print(Text(f"CareerPilot API on http://{host}:{port} (MCP at /mcp); keys: 'careerpilot keys create'"))
    uvicorn.run(create_app(settings, host=host), host=host, port=port, log_level="warning")


@app.command()
def mcp(data_dir: DataDir = None) -> None:
    """Serve the MCP server over stdio (for Claude Desktop, Cursor and other MCP clients)."""
    from careerpilot.mcp_server.__main__ import main

    main(_settings(data_dir))


resume_app = typer.Typer(help="Import your resume from PDF, DOCX, Markdown or text.")
docs_app = typer.Typer(help="The tailored documents of an application: show, open, diff versions.")
app.add_typer(resume_app, name="resume")
app.add_typer(docs_app, name="docs")


@resume_app.command("import")
@command
async def resume_import(
    file: Annotated[Path, typer.Argument(help="Your resume: .pdf, .docx, .md, .txt or JSON Resume .json.")],
    out: Annotated[Path | None, typer.Option(help="Where to write the JSON Resume (default FILE.resume.json).")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Write without asking (for scripts).")] = False,
) -> None:
    """Parse a resume, show what was read and what was guessed, and write an editable JSON Resume."""
    parsed = import_resume(file, build_chat_model(_settings(None)))
    console.show_parsed_resume(parsed)
    target = out or file.with_name(f"{file.stem}.resume.json")
    if target.resolve() == file.resolve():
        raise InputError(f"--out {target} would overwrite the file being imported; choose another path")
    if not yes and not typer.confirm(f"Write it to {target}?", default=True):
        console.out.print("Nothing written.")
        raise typer.Exit(1)
    save_resume(parsed.resume, target)
    console.out.print(Text(f"Wrote {target}. Fix anything above in that file, then use --resume {target}."))


@docs_app.command("show")
@command
async def docs_show(
    application_id: str,
    version: Annotated[int | None, typer.Option(help="Version number (default: the latest).")] = None,
    claims: Annotated[bool, typer.Option("--claims", help="List every claim and the source line behind it.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Show an application's documents: files, matched requirements, verifier findings, cover letter."""
    async with Services.open(_settings(data_dir)) as services:
        docs = services.documents.show(application_id, version)
        versions = [v.version for v in services.documents.versions(application_id)]
    console.show_documents(docs, versions, all_claims=claims)


@docs_app.command("open")
@command
async def docs_open(
    application_id: str,
    file: Annotated[str, typer.Option(help="resume.pdf, cover_letter.pdf, resume.docx, resume.txt...")] = "resume.pdf",
    version: Annotated[int | None, typer.Option(help="Version number (default: the latest).")] = None,
    print_path: Annotated[bool, typer.Option("--print-path", help="Only print the file's path.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Open a document in the system viewer (or print its path)."""
    async with Services.open(_settings(data_dir)) as services:
        path = services.documents.file(application_id, file, version)
    console.out.print(Text(str(path)))
    if not print_path:
        typer.launch(str(path))


@docs_app.command("diff")
@command
async def docs_diff(
    application_id: str,
    old: Annotated[int | None, typer.Option(help="Older version (0 = the source resume; default: previous).")] = None,
    new: Annotated[int | None, typer.Option(help="Newer version (default: the latest).")] = None,
    data_dir: DataDir = None,
) -> None:
    """Show what changed between two versions, or between the source resume and the tailored one."""
    async with Services.open(_settings(data_dir)) as services:
        diff = services.documents.diff(application_id, old, new)
    console.out.print(Text(diff or "No differences."))


register_tracking(app, command, _settings)  # track, sync notion, mail check, digest
register_autonomy(app, command, _settings)  # schedule, daemon, worker, beat, dev-worker, runs

if __name__ == "__main__":
    app()
