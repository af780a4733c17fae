"""A local server speaking Google's OAuth 2.0 token endpoint and the Gmail API v1 endpoints CareerPilot uses.

Implements, with the documented request and response shapes:

- ``POST /token`` (form-encoded ``grant_type=refresh_token``, ``client_id``, ``client_secret``, ``refresh_token``)
  answering ``{"access_token", "expires_in", "scope", "token_type": "Bearer"}``, or an OAuth error object
  (``{"error": "invalid_grant" | "invalid_client", "error_description"}``) with 400/401;
- ``GET /gmail/v1/users/me/messages`` with ``q`` (``after:``/``before:`` epoch seconds and ``label:``; other
  terms must be known words), ``maxResults`` and ``pageToken``: newest first, ``{"messages": [{"id", "threadId"}],
  "nextPageToken", "resultSizeEstimate"}`` (no ``messages`` key when empty); the server caps a page at
  ``page_cap`` as Gmail may return fewer than asked;
- ``GET /gmail/v1/users/me/messages/{id}?format=raw``: ``{"id", "threadId", "labelIds", "snippet", "historyId",
  "internalDate", "sizeEstimate", "raw"}`` with ``raw`` base64url without padding;

with Google's error object (``{"error": {"code", "message", "errors": [{"reason", ...}], "status"}}``) for 401
(unknown or expired access token), 404, 429 (with ``Retry-After``) and 5xx. Any other method or path (modify,
trash, batchModify...) answers 405 and is recorded, so a test can prove none was sent.

Faults: ``fail_next(status, times, path_part)``; ``down = True`` answers every request with 503;
``expire_tokens()`` makes every issued access token expire now (the next API call gets 401).
"""

from __future__ import annotations

import base64
import re
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.json_http import JsonHandler, LocalServer

Json = dict[str, Any]
CLIENT_ID = "1234567890-test.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-test-client-secret-value"
REFRESH_TOKEN = "1//0test-refresh-token-value"
SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
_STATUS = {
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}
_MESSAGES = {
    401: "Request had invalid authentication credentials. Expected OAuth 2 access token.",
    404: "Requested entity was not found.",
    429: "Resource has been exhausted (e.g. check quota).",
    500: "Internal error encountered.",
    503: "The service is currently unavailable.",
}


@dataclass
class StoredMessage:
    """One message in the mailbox."""

    id: str
    thread_id: str
    raw: bytes
    internal_ms: int
    labels: list[str] = field(default_factory=lambda: ["INBOX", "UNREAD"])


class GmailServer(LocalServer):
    """Holds a mailbox and issues tokens on 127.0.0.1 (ephemeral port); use as a context manager."""

    def __init__(self, token_lifetime_s: int = 3599, page_cap: int = 4) -> None:
        self.messages: list[StoredMessage] = []
        self.token_lifetime_s = token_lifetime_s
        self.page_cap = page_cap
        self.tokens: dict[str, float] = {}  # access token -> expiry (epoch seconds)
        self.requests: list[tuple[str, str, dict[str, list[str]]]] = []
        self.authorizations: list[str] = []
        self.token_requests: list[dict[str, list[str]]] = []
        self.faults: deque[tuple[int, str]] = deque()
        self.down = False
        self.history_id = 1000
        self._lock = threading.Lock()
        self._listen(self._handler())

    @property
    def token_url(self) -> str:
        """The token endpoint (GMAIL_TOKEN_URL)."""
        return f"{self.base_url}/token"

    # mailbox and faults
    def deliver(self, messages: list[EmailMessage]) -> list[str]:
        """Add messages; their internalDate is their Date header (as Gmail does for API-inserted mail)."""
        ids = []
        with self._lock:
            for message in messages:
                when = parsedate_to_datetime(str(message["Date"]))
                stored = StoredMessage(
                    id=uuid.uuid4().hex[:16],
                    thread_id=uuid.uuid4().hex[:16],
                    raw=message.as_bytes(),
                    internal_ms=int(when.timestamp() * 1000),
                )
                self.messages.append(stored)
                self.history_id += 1
                ids.append(stored.id)
        return ids

    def fail_next(self, status: int, times: int = 1, path_part: str = "/gmail/") -> None:
        """Answer the next ``times`` requests whose path contains ``path_part`` with ``status``."""
        with self._lock:
            self.faults.extend([(status, path_part)] * times)

    def expire_tokens(self) -> None:
        """Make every access token issued so far expire now."""
        with self._lock:
            self.tokens = {token: 0.0 for token in self.tokens}

    def gets(self) -> list[str]:
        """The message ids fetched with messages.get, in order."""
        return [path.rsplit("/", 1)[-1] for m, path, _ in self.requests if m == "GET" and "/messages/" in path]

    def lists(self) -> list[dict[str, list[str]]]:
        """The query parameters of every messages.list call."""
        return [q for m, path, q in self.requests if m == "GET" and path.endswith("/users/me/messages")]

    # request handling
    def _fault(self, path: str) -> int | None:
        with self._lock:
            if self.down:
                return 503
            if self.faults and self.faults[0][1] in path:
                return self.faults.popleft()[0]
        return None

    def _token(self, form: dict[str, list[str]]) -> tuple[int, Json]:
        self.token_requests.append(form)
        value = {k: v[0] for k, v in form.items()}
        if value.get("grant_type") != "refresh_token":
            return 400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type"}
        if value.get("client_id") != CLIENT_ID or value.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client", "error_description": "The OAuth client was not found."}
        if value.get("refresh_token") != REFRESH_TOKEN:
            return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
        token = f"ya29.test-{uuid.uuid4().hex}"
        with self._lock:
            self.tokens[token] = datetime.now().timestamp() + self.token_lifetime_s
        return 200, {"access_token": token, "expires_in": self.token_lifetime_s, "scope": SCOPE, "token_type": "Bearer"}

    def _authorized(self, header: str) -> bool:
        token = header.removeprefix("Bearer ").strip()
        with self._lock:
            return header.startswith("Bearer ") and self.tokens.get(token, 0.0) > datetime.now().timestamp()

    def _list(self, query: dict[str, list[str]]) -> tuple[int, Json]:
        q = query.get("q", [""])[0]
        after = before = None
        labels: list[str] = []
        for term in q.split():
            if found := re.fullmatch(r"after:(\d+)", term):
                after = int(found[1])
            elif found := re.fullmatch(r"before:(\d+)", term):
                before = int(found[1])
            elif found := re.fullmatch(r"label:(\S+)", term):
                labels.append(found[1].upper())
            else:
                return 400, _error(400, f"Invalid search query term {term!r} for this test server")
        size = min(int(query.get("maxResults", ["100"])[0]), 500, self.page_cap)
        start = int(base64.urlsafe_b64decode(query["pageToken"][0]).decode()) if "pageToken" in query else 0
        with self._lock:
            found_messages = [
                m
                for m in sorted(self.messages, key=lambda m: m.internal_ms, reverse=True)
                if (after is None or m.internal_ms // 1000 > after)
                and (before is None or m.internal_ms // 1000 < before)
                and all(label in m.labels for label in labels)
            ]
        page = found_messages[start : start + size]
        body: Json = {"resultSizeEstimate": len(found_messages)}
        if page:
            body["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if start + size < len(found_messages):
            body["nextPageToken"] = base64.urlsafe_b64encode(str(start + size).encode()).decode()
        return 200, body

    def _get(self, message_id: str, query: dict[str, list[str]]) -> tuple[int, Json]:
        if query.get("format", ["full"])[0] != "raw":
            return 400, _error(400, "this test server implements format=raw only")
        with self._lock:
            message = next((m for m in self.messages if m.id == message_id), None)
        if message is None:
            return 404, _error(404)
        return 200, {
            "id": message.id,
            "threadId": message.thread_id,
            "labelIds": list(message.labels),
            "snippet": "",
            "historyId": str(self.history_id),
            "internalDate": str(message.internal_ms),
            "sizeEstimate": len(message.raw),
            "raw": base64.urlsafe_b64encode(message.raw).decode().rstrip("="),
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(JsonHandler):
            content_type = "application/json; charset=UTF-8"

            def _handle(self, method: str) -> None:
                url = urlsplit(self.path)
                query = parse_qs(url.query)
                length = int(self.headers.get("Content-Length") or 0)
                payload = self.rfile.read(length).decode() if length else ""
                server.requests.append((method, url.path, query))
                if fault := server._fault(url.path):
                    headers = {"Retry-After": "0"} if fault == 429 else {}
                    self._reply(fault, _error(fault), headers)
                    return
                if method == "POST" and url.path == "/token":
                    self._reply(*server._token(parse_qs(payload)))
                    return
                if method != "GET" or not url.path.startswith("/gmail/v1/users/me/messages"):
                    self._reply(405, _error(405, f"{method} {url.path} is not implemented: read-only test server"))
                    return
                header = self.headers.get("Authorization", "")
                server.authorizations.append(header)
                if not server._authorized(header):
                    self._reply(401, _error(401), {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
                    return
                rest = url.path.removeprefix("/gmail/v1/users/me/messages")
                if rest in ("", "/"):
                    self._reply(*server._list(query))
                elif re.fullmatch(r"/[A-Za-z0-9]+", rest):
                    self._reply(*server._get(rest[1:], query))
                else:
                    self._reply(405, _error(405, f"{method} {url.path} is not implemented: read-only test server"))

        return Handler


def _error(code: int, message: str | None = None) -> Json:
    reason = {401: "authError", 404: "notFound", 429: "rateLimitExceeded"}.get(code, "backendError")
    text = message or _MESSAGES.get(code, "Error")
    return {
        "error": {
            "code": code,
            "message": text,
            "errors": [{"message": text, "domain": "global", "reason": reason}],
            "status": _STATUS.get(code, "FAILED_PRECONDITION"),
        }
    }
