"""Read-only IMAP: fetch recent messages without deleting, moving or marking anything.

The folder is selected read-only (EXAMINE) and bodies are fetched with ``BODY.PEEK[]``, so the server never sets
the Seen flag; no STORE, EXPUNGE, COPY or MOVE is ever sent. ``MailReader`` is what outcome detection reads: this
IMAP reader or the Gmail API one (tools/gmail.py).
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import ssl
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from html import unescape
from typing import Any, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from careerpilot.domain.errors import ConfigError


class MailError(ConfigError):
    """The mailbox could not be reached or read; nothing was changed."""


@dataclass(frozen=True)
class MailConfig:
    """How to reach the mailbox."""

    host: str
    username: str
    password: str = field(repr=False)
    port: int = 993
    ssl: bool = True
    folder: str = "INBOX"
    timeout_s: float = 30.0


@dataclass(frozen=True)
class MailMessage:
    """One message as the classifier reads it."""

    message_id: str
    sender: str
    sender_name: str
    subject: str
    date: datetime | None
    text: str

    @property
    def sender_domain(self) -> str:
        """The domain of the sender's address, lower-cased."""
        return self.sender.rpartition("@")[2].lower()


@dataclass(frozen=True)
class MailBatch:
    """What one read returned, and where an incremental reader continues next time (None: nothing to keep)."""

    messages: list[MailMessage]
    cursor: dict[str, Any] | None = None


class MailReader(Protocol):
    """A read-only mailbox: IMAP or the Gmail API."""

    @property
    def label(self) -> str:
        """Where it reads, for reports: "IMAP host/folder" or "Gmail API"."""

    @property
    def state_key(self) -> str | None:
        """The key its cursor is kept under between checks, or None when it keeps none."""

    def read(self, since: date, cursor: dict[str, Any] | None = None) -> MailBatch:
        """Return messages received since a date (and after the cursor), oldest first; raise MailError."""


@dataclass(frozen=True)
class ImapReader:
    """Reads the last messages since a date on every check; the Message-IDs already processed are skipped later."""

    config: MailConfig
    limit: int = 500
    state_key: str | None = None

    @property
    def label(self) -> str:
        """The server and folder."""
        return f"IMAP {self.config.host}/{self.config.folder}"

    def read(self, since: date, cursor: dict[str, Any] | None = None) -> MailBatch:
        """Return the messages received since a date."""
        return MailBatch(fetch_messages(self.config, since, self.limit))


def fetch_messages(config: MailConfig, since: date, limit: int = 500) -> list[MailMessage]:
    """Return messages received since a date, newest last; raise MailError with one readable line."""
    try:
        with IMAPClient(
            config.host,
            port=config.port,
            ssl=config.ssl,
            timeout=config.timeout_s,
            ssl_context=ssl.create_default_context(),
        ) as client:
            client.login(config.username, config.password)
            client.select_folder(config.folder, readonly=True)
            uids = client.search(["SINCE", since])[-limit:]
            fetched = client.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
            return [parse_message(data[b"BODY[]"]) for _, data in sorted(fetched.items())]
    except IMAPClientError as exc:
        raise MailError(f"IMAP {config.host}: {_one_line(exc)}; check IMAP_USERNAME / IMAP_PASSWORD") from exc
    except (TimeoutError, OSError) as exc:
        raise MailError(f"cannot reach IMAP server {config.host}:{config.port}: {_one_line(exc)}") from exc


def _one_line(exc: BaseException) -> str:
    text = exc.args[0] if exc.args else exc
    if isinstance(text, bytes):
        text = text.decode(errors="replace")
    return str(text).strip().splitlines()[0] if str(text).strip() else type(exc).__name__


def parse_message(raw: bytes, fallback_id: str | None = None) -> MailMessage:
    """Parse an RFC 5322 message into the fields the classifier uses."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    name, address = parseaddr(str(msg.get("From", "")))
    try:
        sent = parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
    except (TypeError, ValueError):
        sent = None
    if sent is not None and sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    # Without a Message-ID the key must be the same in every process (hash() is salted per process).
    message_id = str(msg.get("Message-ID", "")).strip()
    message_id = message_id or fallback_id or f"<no-id:{hashlib.sha256(raw).hexdigest()[:32]}>"
    return MailMessage(
        message_id=message_id,
        sender=address.lower(),
        sender_name=name,
        subject=str(msg.get("Subject", "")).strip(),
        date=sent,
        text=_body_text(msg),
    )


def _body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    content = part.get_content()
    if part.get_content_type() == "text/html":
        content = re.sub(r"(?is)<(script|style).*?</\1>", " ", content)
        content = unescape(re.sub(r"<[^>]+>", " ", content))
    return re.sub(r"[ \t]+", " ", content).strip()
