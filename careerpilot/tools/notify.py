"""Notifications through apprise: Slack, Discord, e-mail (mailto://), webhooks and 100+ more from one URL list."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import apprise

from careerpilot.domain.errors import ConfigError

log = logging.getLogger(__name__)


class NotifyError(ConfigError):
    """A notification URL is malformed or every target refused the message."""


def split_urls(value: str) -> list[str]:
    """Split a comma-, space- or newline-separated list of apprise URLs."""
    return [u for u in re.split(r"[\s,]+", value.strip()) if u]


def _redact(url: str) -> str:
    """Show a target by scheme and host only: apprise URLs carry tokens and passwords."""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].rpartition("@")[2]
    return f"{scheme}://{host}"


@dataclass(frozen=True)
class Delivery:
    """How one notification went."""

    sent: int
    failed: int


class Notifier:
    """Sends one message to every configured target."""

    def __init__(self, urls: list[str], timeout_s: float = 10.0) -> None:
        self.targets = apprise.Apprise()
        self.timeout_s = timeout_s
        for url in urls:
            if not self.targets.add(url):
                raise NotifyError(f"not a valid notification URL: {_redact(url)} (see apprise's URL formats)")

    @property
    def configured(self) -> bool:
        """True when at least one target is set."""
        return len(self.targets) > 0

    def send(self, title: str, body: str, urgent: bool = False) -> Delivery:
        """Send a markdown message to every target; raise NotifyError when none accepted it."""
        if not self.configured:
            return Delivery(0, 0)
        kind = apprise.NotifyType.WARNING if urgent else apprise.NotifyType.INFO
        result = self.targets.notify(
            body=body, title=title, notify_type=kind, body_format=apprise.NotifyFormat.MARKDOWN, timeout=self.timeout_s
        )
        sent, failed = result.success_count, result.failed_count + result.timeout_count
        if failed:
            log.warning("%d of %d notification targets failed", failed, len(self.targets))
        if not sent:
            raise NotifyError(f"no notification target accepted the message ({failed} failed)")
        return Delivery(sent, failed)
