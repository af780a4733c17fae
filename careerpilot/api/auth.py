"""API keys on every request but /health, and a token bucket per key; keys are never logged or echoed."""

from __future__ import annotations

import math
import threading
import time
from typing import Annotated

from fastapi import Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from careerpilot.access.keys import KeyService
from careerpilot.api.errors import ApiProblem, problem
from careerpilot.domain.keys import ApiKeyInfo

API_KEY_HEADER = "X-API-Key"
_api_key = APIKeyHeader(
    name=API_KEY_HEADER, auto_error=False, scheme_name="ApiKey", description="careerpilot keys create"
)
SESSION_COOKIE = "careerpilot_key"
SAFE_METHODS = frozenset({"GET", "HEAD"})
_bearer = HTTPBearer(auto_error=False, scheme_name="Bearer", description="The same key as a bearer token.")
_CHALLENGE = {"WWW-Authenticate": f'Bearer realm="careerpilot", {API_KEY_HEADER}'}


class RateLimiter:
    """A token bucket per key: ``per_minute`` requests, refilled continuously (in-process; one server)."""

    def __init__(self, per_minute: int) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key_id: str) -> float:
        """Spend one token for the key; return 0 when allowed, else the seconds until a token is back."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key_id, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1:
                self._buckets[key_id] = (tokens - 1, now)
                return 0.0
            self._buckets[key_id] = (tokens, now)
            return (1 - tokens) / self.rate


def check_key(keys: KeyService, limiter: RateLimiter, secret: str | None) -> ApiKeyInfo:
    """Return the caller's key, or raise ApiProblem: 401 missing/unknown, 403 revoked, 429 over the limit."""
    if not secret:
        raise ApiProblem(401, "Unauthorized", f"send an API key in {API_KEY_HEADER} or as a bearer token", _CHALLENGE)
    info = keys.verify(secret)
    if info is None:
        raise ApiProblem(401, "Unauthorized", "unknown API key", _CHALLENGE)
    return _admit(info, limiter)


async def authenticate(keys: KeyService, limiter: RateLimiter, secret: str | None) -> ApiKeyInfo:
    """Check the key like ``check_key``; a key verified seconds ago is admitted without leaving the event loop."""
    info = keys.cached(secret) if secret else None
    if info is not None:
        return _admit(info, limiter)
    return await run_in_threadpool(check_key, keys, limiter, secret)


def _admit(info: ApiKeyInfo, limiter: RateLimiter) -> ApiKeyInfo:
    """Refuse a revoked key (403) or one over its rate (429); return it otherwise."""
    if info.revoked:
        raise ApiProblem(403, "Forbidden", f"API key {info.id} was revoked")
    wait = limiter.take(info.id)
    if wait:
        raise ApiProblem(429, "Too many requests", "rate limit reached", {"Retry-After": str(math.ceil(wait))})
    return info


def secret_from_headers(api_key: str | None, authorization: str | None) -> str | None:
    """Return the key from X-API-Key, else from ``Authorization: Bearer``."""
    if api_key:
        return api_key.strip()
    scheme, _, token = (authorization or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def require_key(
    request: Request,
    api_key: Annotated[str | None, Security(_api_key)],
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> ApiKeyInfo:
    """Authenticate the request (cached keys on the event loop; a lookup in the threadpool otherwise)."""
    secret = api_key or (bearer.credentials if bearer else None)
    if secret is None and request.method in SAFE_METHODS:
        # A browser page (the dashboard) cannot set headers: it signs in once at /login and sends the key in an
        # HttpOnly, SameSite=Strict cookie. Only reads accept it, so a cross-site form can never change anything.
        secret = request.cookies.get(SESSION_COOKIE)
    state = request.app.state
    info = await authenticate(state.services.keys, state.limiter, secret)
    request.state.api_key_id = info.id
    return info


def secret_from_scope(scope: Scope) -> str | None:
    """Return the key a raw ASGI request carries: header, bearer token, or (reads only) the session cookie."""
    headers = Headers(scope=scope)
    secret = secret_from_headers(headers.get(API_KEY_HEADER), headers.get("authorization"))
    if secret is None and scope["method"] in SAFE_METHODS:
        secret = cookie_parser(headers.get("cookie", "")).get(SESSION_COOKIE) or None
    return secret


class KeyGuard:
    """Guard a raw ASGI app (the MCP endpoint) with the same key check and rate limit."""

    def __init__(self, app: ASGIApp, state: object) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the key, then hand over to the wrapped app."""
        if scope["type"] == "http":
            headers = Headers(scope=scope)
            secret = secret_from_headers(headers.get(API_KEY_HEADER), headers.get("authorization"))
            state = self.state
            try:
                await authenticate(state.services.keys, state.limiter, secret)  # type: ignore[attr-defined]
            except ApiProblem as exc:
                await problem(exc.status, exc.title, exc.detail, exc.headers)(scope, receive, send)
                return
        await self.app(scope, receive, send)
