"""Serving and setting up: ``serve`` (HTTP API and /mcp), ``mcp`` (stdio), ``keys`` and ``doctor``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, open_services, settings_for

app = typer.Typer()
keys_app = typer.Typer(help="API keys for the HTTP API and /mcp: create, list, revoke (stored hashed).")
app.add_typer(keys_app, name="keys")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8765,
    data_dir: DataDir = None,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the MCP endpoint at /mcp; every route but /health needs a key."""
    import logging

    import uvicorn

    from careerpilot.access.keys import has_active_key
    from careerpilot.api import create_app

    settings = settings_for(data_dir)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not has_active_key(settings.sql_url):
        console.error_line("no API key yet: every request but /health gets 401; run 'careerpilot keys create NAME'")
    console.out.print(Text(f"CareerPilot API on http://{host}:{port} (MCP at /mcp); keys: 'careerpilot keys create'"))
    uvicorn.run(create_app(settings, host=host), host=host, port=port, log_level="warning")


@app.command()
def mcp(data_dir: DataDir = None) -> None:
    """Serve the MCP server over stdio (for Claude Desktop, Cursor and other MCP clients)."""
    from careerpilot.mcp_server.__main__ import main

    main(settings_for(data_dir))


@keys_app.command("create")
@command
async def keys_create(
    name: Annotated[str, typer.Argument(help="What the key is for, e.g. extension.")], data_dir: DataDir = None
) -> None:
    """Create an API key; it is shown once and only its hash is stored."""
    async with open_services(settings_for(data_dir)) as services:
        key = services.keys.create(name)
    console.out.print(Text(f"created key {key.info.id} ({key.info.name}); copy it now, it is not shown again:"))
    console.out.print(Text(key.secret, style="bold"))


@keys_app.command("list")
@command
async def keys_list(data_dir: DataDir = None) -> None:
    """List API keys (ids, names and prefixes; never the keys)."""
    async with open_services(settings_for(data_dir)) as services:
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
    async with open_services(settings_for(data_dir)) as services:
        key = services.keys.revoke(key_id)
    console.out.print(Text(f"revoked key {key.id} ({key.name})"))


@app.command()
@command
async def doctor(
    repair: Annotated[bool, typer.Option("--repair", help="Also mend stranded runs (as 'runs repair').")] = False,
    data_dir: DataDir = None,
) -> None:
    """Check what is configured: data dir, database, LLM, embeddings, Redis, Chromium, Notion; --repair mends runs."""
    from careerpilot.doctor import run_checks

    if repair:
        from careerpilot.cli.runs import show_stranded

        show_stranded(settings_for(data_dir), repair=True)
    checks = run_checks(settings_for(data_dir))
    for check in checks:
        mark = Text("ok  ", style="green") if check.ok else Text("FAIL", style="bold red")
        console.out.print(mark + Text(f" {check.name:<11} {check.detail}"))
    if any(not c.ok and c.required for c in checks):
        raise typer.Exit(1)
