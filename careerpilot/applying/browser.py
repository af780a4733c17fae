"""The applier's browser and paper trail.

Chromium walled in to the allowed hosts, one form run per attempt, and the audit folder each preparation or attempt
writes (screenshots and ``outcome.json``).
"""

from __future__ import annotations

import json
from contextlib import AsyncExitStack
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from careerpilot.config import Settings
from careerpilot.tools.browser import launch_chromium
from careerpilot.tools.forms import FormOutcome, FormRun, Resolver
from careerpilot.tools.forms.guard import chromium_args
from careerpilot.tools.forms.runner import BeforeSubmit

HOST_NOT_ALLOWED = "needs you: the browser may not open"


class FormBrowser:
    """Opens the walled-in browser and describes form runs with their audit folders, from Settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.audit_root = settings.data_path / "applications"

    async def open(self, stack: AsyncExitStack) -> Any:
        """Launch Chromium walled in to the allowed hosts (ConfigError, one readable line, if it cannot start)."""
        return await stack.enter_async_context(
            launch_chromium(self.settings.chromium_path, extra_args=chromium_args(self.settings.allowed_hosts))
        )

    def form_run(
        self,
        url: str,
        audit_dir: Path,
        resolver: Resolver,
        mode: Literal["dry_run", "submit"],
        before: BeforeSubmit | None = None,
    ) -> FormRun:
        """Return the run of one form: its URL, how fields are answered, dry run or submit, the pre-click hook."""
        return FormRun(
            url=url,
            resolver=resolver,
            audit_dir=audit_dir,
            mode=mode,
            before_submit=before,
            allowed_hosts=self.settings.allowed_hosts,
            timeout_s=self.settings.apply_timeout_s,
        )

    def audit_dir(self, application_id: str, kind: str) -> Path:
        """Return a new audit folder for one preparation or attempt (not created yet)."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        return self.audit_root / application_id / f"{stamp}-{kind}"


def site(url: str) -> str:
    """Return the host a URL belongs to, lower-cased: the unit of the per-site cap."""
    return (urlsplit(url).hostname or "").lower()


def not_allowed(url: str | None) -> str:
    """Return why the browser will not open a URL: none given, or a host outside BROWSER_ALLOWED_HOSTS."""
    if not url:
        return "needs you: the job has no application URL; apply on the employer's site"
    return f"{HOST_NOT_ALLOWED} {site(url)} (not in BROWSER_ALLOWED_HOSTS): apply at {url} yourself"


def audit_detail(outcome: FormOutcome, audit_dir: Path | None, *, mode: str) -> dict[str, Any]:
    """Return the SQL audit entry of a form run: what was filled from where, the outcome and its folder."""
    return {
        "submitted": outcome.state == "submitted",
        "outcome": outcome.detail,
        "state": outcome.state,
        "mode": mode,
        "url": outcome.url,
        "adapter": outcome.adapter,
        "confirmation": outcome.confirmation,
        "filled": [{"label": f.label, "value": f.value, "source": f.source} for f in outcome.filled],
        "unanswered": [f.label for f in outcome.unanswered],
        "screenshots": outcome.screenshots,
        "timings": outcome.timings,
        "blocked_requests": outcome.blocked_requests,
        "audit_dir": str(audit_dir) if audit_dir else None,
    }


def write_audit(audit_dir: Path, outcome: FormOutcome) -> None:
    """Write a form run's whole outcome as ``outcome.json`` in its audit folder."""
    audit_dir.mkdir(parents=True, exist_ok=True)
    record = outcome.model_dump(mode="json")
    (audit_dir / "outcome.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
