"""Answer a GET whose body is already in the response cache before routing and dependency solving.

Under load most reads are cache hits, and for a hit FastAPI's routing and dependency resolution cost more than
everything else together. This middleware checks the key exactly as ``require_key`` does (same 401/403/429
problems, same rate limit) and sends the cached body; a miss goes down the normal stack, whose handler fills the
cache. Only bodies a handler produced are ever cached, so a hit was a valid request for that route.
"""

from __future__ import annotations

from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from careerpilot.api.auth import authenticate, secret_from_scope
from careerpilot.api.cache import ResponseCache, cache_key
from careerpilot.api.errors import ApiProblem, problem


class CachedReads:
    """ASGI middleware serving response-cache hits for authenticated GET requests."""

    def __init__(self, app: ASGIApp, cache: ResponseCache, state: object) -> None:
        self.app = app
        self.cache = cache
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Send the cached body of a GET when there is one; pass everything else on."""
        body = self.cache.peek(cache_key(scope)) if scope["type"] == "http" and scope["method"] == "GET" else None
        if body is None:
            await self.app(scope, receive, send)
            return
        state = self.state
        try:
            await authenticate(state.services.keys, state.limiter, secret_from_scope(scope))  # type: ignore[attr-defined]
        except ApiProblem as exc:
            await problem(exc.status, exc.title, exc.detail, exc.headers)(scope, receive, send)
            return
        await Response(body, media_type="application/json")(scope, receive, send)
