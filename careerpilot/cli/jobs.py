"""Jobs: ``search`` (discovery alone), ``jobs`` (what is stored), ``job`` (one posting) and ``feedback``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, open_services, settings_for
from careerpilot.domain.errors import InputError

app = typer.Typer()


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
    from careerpilot.discovery.service import export_postings

    settings = settings_for(data_dir)
    specs = list(source or []) + ([str(sources_file)] if sources_file else [])
    if not specs and settings.sources_file:
        specs = [str(settings.sources_file)]
    if not specs:
        raise InputError("give --source SPEC or --sources-file FILE (see examples/sources.yaml)")
    async with open_services(settings) as services:
        result, found = await services.discovery.search(specs)
        console.out.print(console.search_table(found, limit))
        for name, why in result.failed_sources.items():
            console.error_line(f"source {name} failed: {why}")
        console.warning_lines(result.warnings)
        for line in result.summaries:
            console.out.print(Text(f"source {line}", style="dim"))
        summary = f"{result.fetched} fetched, {result.duplicates} duplicates merged, {result.new} new"
        if result.unchanged_sources or result.closed:
            summary += f", {len(result.unchanged_sources)} unchanged source(s), {result.closed} closed"
        if result.expired_ids:
            summary += f", {len(result.expired_ids)} expired (stored closed)"
        console.out.print(Text(summary, style="bold"))
        if output:
            count = export_postings(found, output)
            console.out.print(Text(f"wrote {count} posting(s) to {output}"))


@app.command()
@command
async def jobs(limit: int = 50, data_dir: DataDir = None) -> None:
    """List stored job postings."""
    async with open_services(settings_for(data_dir)) as services:
        console.out.print(console.jobs_table(services.jobs.search(limit=limit)))


@app.command()
@command
async def job(job_id: str, data_dir: DataDir = None) -> None:
    """Show one stored posting: title, company, place, flagged text and description."""
    async with open_services(settings_for(data_dir)) as services:
        console.show_job(services.jobs.get(job_id))


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
    async with open_services(settings_for(data_dir)) as services:
        saved = services.feedback.record(job_id, verdict, reason)  # type: ignore[arg-type]
        console.out.print(Text(f"Remembered: {saved.verdict} '{saved.title}' ({saved.reason or 'no reason given'})"))
