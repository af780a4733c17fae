"""`careerpilot track`, `digest`, `sync notion` and `mail check` through the CLI."""

from __future__ import annotations

import os
import subprocess

from typer.testing import CliRunner

from careerpilot.cli import app, console
from careerpilot.config import Settings
from careerpilot.domain.applications import ApplicationStatus as S
from careerpilot.memory.sql import Store
from careerpilot.memory.tracking import TrackingStore
from tests.support.cli import careerpilot as cli
from tests.support.tracking_data import Seed, seed_applications


def careerpilot(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    private = ("NOTION_", "IMAP_", "GMAIL_", "APPRISE", "LLM_", "OPENAI")
    base = {k: v for k, v in os.environ.items() if not k.startswith(private)}
    return cli(*args, env={**base, **(env or {}), "COLUMNS": "200"})


def test_track_lists_filters_updates_and_refuses_illegal_moves_naming_the_allowed_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(console.out, "width", 200)
    data = tmp_path / "data"
    store = Store.open(Settings(_env_file=None, data_dir=data).sql_url)
    TrackingStore(store.engine)
    submitted, rejected = seed_applications(
        store, [Seed("Data Engineer", "Globex", S.SUBMITTED), Seed("ML Engineer", "Initech", S.REJECTED)]
    )
    store.close()
    d = ["--data-dir", str(data)]

    runner = CliRunner()
    listed = runner.invoke(app, ["track", "--status", "submitted", *d])
    assert listed.exit_code == 0, listed.output
    assert "Data Engineer" in listed.output and "ML Engineer" not in listed.output

    moved = runner.invoke(app, ["track", "update", submitted, "--status", "interviewing", "--note", "phone Tue", *d])
    assert moved.exit_code == 0, moved.output
    assert "interviewing" in moved.output and "user:cli" in moved.output and "phone Tue" in moved.output

    refused = careerpilot("track", "update", rejected, "--status", "offer", *d)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines() == [
        "error: cannot move an application from rejected to offer; allowed: none (final status)"
    ]
    illegal = runner.invoke(app, ["track", "update", submitted, "--status", "drafted", *d])
    assert illegal.exit_code == 1 and "allowed: offer, rejected, withdrawn" in illegal.output

    digest = runner.invoke(app, ["digest", *d])
    assert digest.exit_code == 0 and "Status changes" in digest.output and "not sent" in digest.output

    notion = runner.invoke(app, ["sync", "notion", *d])
    assert notion.exit_code == 3 and "NOTION_API_KEY" in notion.output
    mail = runner.invoke(app, ["mail", "check", *d])
    assert mail.exit_code == 3 and "IMAP_HOST" in mail.output
