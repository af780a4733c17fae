"""Read-only Gmail API reader: an OAuth refresh token, ``messages.list`` and ``messages.get?format=raw``, nothing else.

The refresh token needs only the ``gmail.readonly`` scope and no modifying call exists here, so mail is never
marked, moved or deleted. Access tokens are refreshed when they expire or a call answers 401 (once per call);
429s, Gmail's 403 rate-limit reasons and 5xx are retried by the shared policy (tools/retries.py): ``Retry-After``
honoured, else exponential backoff with jitter.
Reads are incremental: the cursor (the newest ``internalDate`` read, and the ids read at that second) makes the
next check list only newer messages, oldest first, at most ``limit`` per check.
"""

from __future__ import annotations

import base64
import hashlib
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import httpx

from careerpilot.tools.mail import MailBatch, MailError, MailMessage, parse_message
from careerpilot.tools.retries import (
    RETRY_STATUSES,
    RetriesExhaustedError,
    RetryPolicy,
    is_retryable,
    send_with_retries,
)

SCOPE = "https://www.googleapis.com/auth/gmail.readonly"
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
EXPIRY_MARGIN_S = 60.0  # refresh a little before Google's expiry, not on the 401 it would cause


@dataclass(frozen=True)
class GmailConfig:
    """How to reach one Gmail account; the secrets are left out of repr (and so of logs and tracebacks)."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)
    api_base_url: str = "https://gmail.googleapis.com"
    token_url: str = "https://oauth2.googleapis.com/token"
    query: str = ""
    timeout_s: float = 30.0
    max_retries: int = 3
    backoff_s: float = 1.0
    max_retry_after_s: float = 60.0
    max_retry_total_s: float = 120.0
    page_size: int = 100

    def retries(self) -> RetryPolicy:
        """Return the retry policy of one API call."""
        return RetryPolicy(self.max_retries, self.backoff_s, self.max_retry_after_s, self.max_retry_total_s)


class _Unauthorized(Exception):
    """The access token was refused (401)."""


class GmailReader:
    """A Gmail mailbox read through the REST API; keeps its access token between checks."""

    def __init__(self, config: GmailConfig, limit: int = 500, sleep: Any = time.sleep) -> None:
        self.config = config
        self.limit = limit
        self._sleep = sleep
        self._token: str | None = None
        self._expires_at = 0.0
        self.refreshes = 0

    @property
    def label(self) -> str:
        """Where it reads."""
        return "Gmail API"

    @property
    def state_key(self) -> str:
        """One cursor per account and query: a changed GMAIL_QUERY starts again from IMAP_SINCE_DAYS."""
        digest = hashlib.sha256(f"{self.config.client_id}\n{self.config.query}".encode()).hexdigest()[:16]
        return f"mail:gmail:{digest}"

    def read(self, since: date, cursor: dict[str, Any] | None = None) -> MailBatch:
        """Return messages after the cursor (or since a date), oldest first, and the cursor to keep."""
        since_s = int(datetime(since.year, since.month, since.day, tzinfo=UTC).timestamp())
        after = int((cursor or {}).get("after") or 0)
        known = set((cursor or {}).get("ids") or [])
        # Gmail's after: compares whole seconds; one second of overlap, with the ids read there skipped.
        start = max(since_s, after - 1) if after else since_s
        query = " ".join(q for q in (f"after:{start}", self.config.query.strip()) if q)
        with httpx.Client(timeout=self.config.timeout_s, headers={"Accept": "application/json"}) as client:
            ids = [i for i in self._list(client, query) if i not in known]
            ids.reverse()  # the API lists newest first; read oldest first so a capped check resumes in order
            fetched = [self._get(client, message_id) for message_id in ids[: self.limit]]
        newest = max([after, *(stamp for _, stamp in fetched)])
        # Keep the ids the next query's overlap lists again (its last two seconds), so they are not fetched twice.
        keep = {i for i, (_, stamp) in zip(ids, fetched, strict=False) if stamp >= newest - 1}
        if newest - after <= 1:
            keep |= known
        return MailBatch([message for message, _ in fetched], {"after": newest, "ids": sorted(keep)})

    def _list(self, client: httpx.Client, query: str) -> list[str]:
        ids: list[str] = []
        page: str | None = None
        while True:
            params = {"q": query, "maxResults": str(self.config.page_size)}
            if page:
                params["pageToken"] = page
            data = self._call(client, "/gmail/v1/users/me/messages", params, "messages.list")
            ids += [str(m["id"]) for m in data.get("messages") or [] if m.get("id")]
            page = data.get("nextPageToken")
            if not page:
                return ids

    def _get(self, client: httpx.Client, message_id: str) -> tuple[MailMessage, int]:
        data = self._call(client, f"/gmail/v1/users/me/messages/{message_id}", {"format": "raw"}, "messages.get")
        raw = str(data.get("raw") or "")
        try:
            content = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        except ValueError as exc:
            raise MailError(f"Gmail API returned message {message_id} without a readable raw body") from exc
        stamp = int(str(data.get("internalDate") or "0")) // 1000
        return parse_message(content, fallback_id=f"<gmail:{message_id}>"), stamp

    def _call(self, client: httpx.Client, path: str, params: dict[str, str], name: str) -> dict[str, Any]:
        """GET an API path; on 401 refresh the token and try once more."""
        try:
            return self._get_json(client, path, params, name)
        except _Unauthorized:
            self._token = None
        try:
            return self._get_json(client, path, params, name)
        except _Unauthorized:
            raise MailError(
                "Gmail refused a freshly refreshed access token: check that GMAIL_REFRESH_TOKEN was granted the "
                "gmail.readonly scope for GMAIL_CLIENT_ID"
            ) from None

    def _get_json(self, client: httpx.Client, path: str, params: dict[str, str], name: str) -> dict[str, Any]:
        url = self.config.api_base_url.rstrip("/") + path
        token = self._access_token(client)
        response = self._send(client, "GET", url, params=params, headers={"Authorization": f"Bearer {token}"})
        if response.status_code == 401:
            raise _Unauthorized
        if response.status_code >= 400:
            raise MailError(f"Gmail API {name}: {_google_error(response)}")
        return _json(response)

    def _access_token(self, client: httpx.Client) -> str:
        if self._token and time.monotonic() < self._expires_at:
            return self._token
        form = {
            "grant_type": "refresh_token",
            "client_id": self.config.client_id,
            "client_secret": self.config.client_secret,
            "refresh_token": self.config.refresh_token,
        }
        response = self._send(client, "POST", self.config.token_url, data=form)
        if response.status_code in RETRY_STATUSES:
            raise MailError(f"Gmail token endpoint unavailable ({response.status_code}); the next check retries")
        if response.status_code >= 400:
            raise MailError(f"Gmail token refresh refused: {_oauth_error(response)}")
        data = _json(response)
        if not data.get("access_token"):
            raise MailError("Gmail token endpoint answered without an access_token")
        self._token = str(data["access_token"])
        lifetime = float(data.get("expires_in") or 3600)
        self._expires_at = time.monotonic() + max(lifetime - EXPIRY_MARGIN_S, lifetime / 2)
        self.refreshes += 1
        return self._token

    def _send(self, client: httpx.Client, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Send with retries on transport errors, 429, rate-limit 403s and 5xx; return the last answer."""
        try:
            return send_with_retries(
                lambda: client.request(method, url, **kwargs),
                self.config.retries(),
                retryable=_retryable,
                sleep=self._sleep,
            )
        except RetriesExhaustedError as exc:
            if exc.response is not None:
                return exc.response  # the caller names the status and says the next check retries
            cause = exc.__cause__
            reason = str(cause).strip().splitlines()[0][:120] if str(cause).strip() else type(cause).__name__
            raise MailError(f"cannot reach the Gmail API at {httpx.URL(url).host}: {reason}") from cause


def _retryable(response: httpx.Response) -> bool:
    if is_retryable(response):
        return True
    if response.status_code == 403:
        try:
            errors = response.json().get("error", {}).get("errors") or []
        except ValueError:
            return False
        return any(e.get("reason") in RATE_LIMIT_REASONS for e in errors if isinstance(e, dict))
    return False


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        raise MailError(f"Gmail answered {response.status_code} with a body that is not JSON") from None
    if not isinstance(data, dict):
        raise MailError("Gmail answered with JSON that is not an object")
    return data


def _google_error(response: httpx.Response) -> str:
    """One line from Google's error object ({"error": {"code", "message", "status"}})."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        error = {}
    message = str(error.get("message") or response.reason_phrase or "error").splitlines()[0][:200]
    hint = ""
    if response.status_code in RETRY_STATUSES:
        hint = "; the next check retries"
    elif response.status_code == 403:
        hint = "; the token needs the gmail.readonly scope and the Gmail API enabled in its Google Cloud project"
    return f"{response.status_code} {message}{hint}"


def _oauth_error(response: httpx.Response) -> str:
    """One line from an OAuth error ({"error", "error_description"}), with the setting to fix."""
    try:
        data = response.json()
    except ValueError:
        data = {}
    code = str(data.get("error") or response.status_code)
    description = str(data.get("error_description") or "").splitlines()[0][:200] if data else ""
    fix = {
        "invalid_grant": "create a new GMAIL_REFRESH_TOKEN (docs/tracking.md)",
        "invalid_client": "check GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET",
        "unauthorized_client": "check GMAIL_CLIENT_ID and GMAIL_CLIENT_SECRET",
    }.get(code, "check the GMAIL_* settings")
    return f"{code}" + (f" ({description})" if description else "") + f"; {fix}"
