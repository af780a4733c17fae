"""Tracking: ``applications``, ``track`` (list, show, update), ``sync notion``, ``mail check`` and ``digest``."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, open_services, settings_for
from careerpilot.domain.errors import CareerPilotError, InputError
from careerpilot.domain.statuses import ApplicationStatus

if TYPE_CHECKING:
    from careerpilot.domain.tracking import TrackedApplication

app = typer.Typer()
track_app = typer.Typer(help="List, filter and update tracked applications.", invoke_without_command=True)
sync_app = typer.Typer(help="Sync the tracker with outside tools.")
mail_app = typer.Typer(help="Read the mailbox you apply from.")
app.add_typer(track_app, name="track")
app.add_typer(sync_app, name="sync")
app.add_typer(mail_app, name="mail")


@app.command()
@command
async def applications(
    status: Annotated[ApplicationStatus | None, typer.Option(help="Only this status.")] = None,
    data_dir: DataDir = None,
) -> None:
    """List applications and where each stands."""
    from careerpilot.domain.tracking import TrackerFilter

    async with open_services(settings_for(data_dir)) as services:
        items = services.tracking.list(TrackerFilter(status=[status] if status else [], limit=100_000))
    console.out.print(console.applications_table(items))


def tracker_table(items: list[TrackedApplication]) -> Table:
    """Return tracked applications as a table; posting text goes in as Text, never markup."""
    table = Table(title=f"Applications ({len(items)})")
    for name in ("id", "status", "score", "title", "company", "next action", "due"):
        table.add_column(name, overflow="fold")
    for item in items:
        app = item.application
        due = f"{item.next_action_at:%Y-%m-%d}" if item.next_action_at else ""
        score = f"{app.score:.0f}" if app.score is not None else "?"
        cells = (app.id, app.status.value, score, item.title, item.company, item.next_action or "", due)
        table.add_row(*(Text(c) for c in cells))
    return table


def show_tracked(item: TrackedApplication) -> None:
    """Print one application: status history with who changed it, match reasons, contacts, notes, documents."""
    app = item.application
    out = console.out
    out.print(Text(f"{item.title} — {item.company or '?'}  [{app.status.value}]", style="bold"))
    out.print(Text(f"id {app.id} · score {app.score if app.score is not None else '?'} · {item.url or ''}"))
    if item.next_action:
        due = f" by {item.next_action_at:%Y-%m-%d}" if item.next_action_at else ""
        out.print(Text(f"next: {item.next_action}{due} ({item.priority} priority)", style="cyan"))
    history = Table(title="History")
    for name in ("when", "status", "by", "note"):
        history.add_column(name, overflow="fold")
    for change in app.history:
        history.add_row(
            Text(f"{change.at:%Y-%m-%d %H:%M}"), Text(change.status.value), Text(change.by), Text(change.note)
        )
    out.print(history)
    for label, values in (("why it matched", item.match_reasons), ("missing", item.missing)):
        if values:
            out.print(Text(f"{label}: " + "; ".join(values)))
    if item.model_note is not None:
        out.print(console.model_says(item.model_note))
    for contact in item.contacts:
        out.print(Text(f"contact: {contact.name} <{contact.email}> {contact.role}".strip()))
    for name, value in app.documents.items():
        if isinstance(value, str) and len(value) < 300:
            out.print(Text(f"document {name}: {value}"))
    if app.notes:
        out.print(Text(f"notes:\n{app.notes}"))


def _parse_date(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(f"not a date: {value!r}; use YYYY-MM-DD") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


@track_app.callback()
@command
async def track(
    ctx: typer.Context,
    status: Annotated[list[ApplicationStatus], typer.Option(help="Only this status; repeatable.")] = [],  # noqa: B006
    company: Annotated[str | None, typer.Option(help="Company contains this text.")] = None,
    text: Annotated[str | None, typer.Option(help="Title or company contains this text.")] = None,
    min_score: Annotated[float | None, typer.Option(help="Only scores at least this.")] = None,
    due: Annotated[bool, typer.Option("--due", help="Only applications whose next action is due.")] = False,
    data_dir: DataDir = None,
) -> None:
    """List tracked applications (or run a subcommand: show, update)."""
    from careerpilot.domain.tracking import TrackerFilter

    if ctx.invoked_subcommand is not None:
        return
    query = TrackerFilter(
        status=status,
        company=company,
        text=text,
        min_score=min_score,
        due_before=datetime.now(UTC) if due else None,
    )
    async with open_services(settings_for(data_dir)) as services:
        console.out.print(tracker_table(services.tracking.list(query)))


@track_app.command("show")
@command
async def track_show(application_id: str, data_dir: DataDir = None) -> None:
    """Show one application with its history, match explanation, contacts and notes."""
    async with open_services(settings_for(data_dir)) as services:
        show_tracked(services.tracking.get(application_id))


@track_app.command("update")
@command
async def track_update(
    application_id: str,
    status: Annotated[ApplicationStatus | None, typer.Option(help="Move to this status.")] = None,
    note: Annotated[str, typer.Option(help="Why (kept in the history), or a note to add.")] = "",
    contact: Annotated[str | None, typer.Option(help="Add a contact: 'Name <email>'.")] = None,
    role: Annotated[str, typer.Option(help="With --contact: their role.")] = "",
    next_action: Annotated[str | None, typer.Option(help="Set the next action.")] = None,
    on: Annotated[str | None, typer.Option(help="With --next-action: its date, YYYY-MM-DD.")] = None,
    data_dir: DataDir = None,
) -> None:
    """Change an application's status (through the status machine), notes, contacts or next action."""
    from careerpilot.domain.tracking import Contact

    if not any((status, note, contact, next_action)):
        raise InputError("nothing to update: give --status, --note, --contact or --next-action")
    async with open_services(settings_for(data_dir)) as services:
        tracking = services.tracking
        if status is not None:
            tracking.update_status(application_id, status, by="user:cli", note=note)
        elif note:
            tracking.add_note(application_id, note)
        if contact:
            name, email = parseaddr(contact)
            tracking.add_contact(application_id, Contact(name=name, email=email, role=role))
        if next_action:
            if not on:
                raise InputError("--next-action needs --on YYYY-MM-DD")
            tracking.set_next_action(application_id, next_action, _parse_date(on))
        show_tracked(tracking.get(application_id))


@sync_app.command("notion")
@command
async def sync_notion(data_dir: DataDir = None) -> None:
    """Push applications to Notion and pull status changes made there."""
    async with open_services(settings_for(data_dir)) as services:
        report = services.notion.sync()
    console.out.print(
        Text(
            f"Notion: {report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
            f"{len(report.pulled)} statuses pulled, {report.jobs_synced} jobs"
        )
    )
    for line in report.conflicts + report.refused:
        console.out.print(Text(line, style="yellow"))
    if report.failed:
        for line in report.failed[:10]:
            console.out.print(Text(line, style="red"))
        raise CareerPilotError(f"{len(report.failed)} item(s) not synced; the next sync retries them")


@mail_app.command("check")
@command
async def mail_check(data_dir: DataDir = None) -> None:
    """Read recent mail (read-only) and update statuses from interview, rejection and offer messages."""
    async with open_services(settings_for(data_dir)) as services:
        report = services.outcomes.check()
    console.out.print(
        Text(
            f"{report.scanned} messages read from {report.source}, {report.skipped_seen_before} seen before, "
            f"{len(report.changed)} changes"
        )
    )
    for outcome in report.outcomes:
        before = outcome.status_before.value if outcome.status_before else "-"
        after = outcome.status_after.value if outcome.status_after else "-"
        mark = f"{before} → {after}" if outcome.changed else "no change"
        style = "green" if outcome.changed else "dim"
        console.out.print(Text(f"{mark}: {outcome.subject[:80]} ({outcome.reason})", style=style))


@app.command()
@command
async def digest(
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print it without sending.")] = False,
    data_dir: DataDir = None,
) -> None:
    """Send the daily digest: strong matches, pending approvals, status changes, follow-ups due."""
    from careerpilot.tracking.notifications import render_digest

    async with open_services(settings_for(data_dir)) as services:
        if dry_run or not services.notifications.notifier.configured:
            console.out.print(Text(render_digest(services.notifications.build_digest())))
            if not dry_run:
                console.out.print(Text("No APPRISE_URLS set: printed, not sent.", style="yellow"))
            return
        sent, delivery = services.notifications.send_digest()
    what = "nothing new: not sent" if sent.empty else f"sent to {delivery.sent} target(s)"
    console.out.print(Text(f"Digest {what}."))
