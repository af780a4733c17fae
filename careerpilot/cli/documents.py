"""Documents: ``resume import`` and ``docs show/open/diff`` for an application's tailored files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, open_services, settings_for
from careerpilot.domain.errors import InputError

app = typer.Typer()
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
    data_dir: DataDir = None,
) -> None:
    """Parse a resume, show what was read and what was guessed, and write an editable JSON Resume."""
    from careerpilot.llm.router import step_model
    from careerpilot.profile.inputs import import_resume, save_resume

    parsed = import_resume(file, step_model(settings_for(data_dir), "resume_import"))
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
    async with open_services(settings_for(data_dir)) as services:
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
    async with open_services(settings_for(data_dir)) as services:
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
    async with open_services(settings_for(data_dir)) as services:
        diff = services.documents.diff(application_id, old, new)
    console.out.print(Text(diff or "No differences."))
