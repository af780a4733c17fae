"""Refuse request bodies over the limits (size, JSON nesting) as problem+json, before any route reads them."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from careerpilot.api.errors import problem
from careerpilot.text.nesting import MAX_JSON_DEPTH, too_deep_at


class BodySizeLimit:
    """ASGI middleware answering 413 for a body larger than ``max_bytes`` (declared or chunked)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length (or read a chunked body up to the limit), then pass the request on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            if not length.isdigit() or int(length) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        if dict(scope["headers"]).get(b"transfer-encoding") is None:
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
        await self.app(scope, replaying(body, receive), send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"the request body is larger than {self.max_bytes} bytes"
        await problem(413, "Content too large", detail)(scope, receive, send)


class JsonDepthLimit:
    """ASGI middleware answering 422 for a JSON body nested deeper than ``max_depth``, before anything parses it.

    Parsing recurses once per level: a 200,000-level body would crash the parser (a 500 or a dropped connection).
    Sits inside BodySizeLimit, so the body it reads whole is already bounded.
    """

    def __init__(self, app: ASGIApp, max_depth: int = MAX_JSON_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read a JSON body, refuse it when too deep, else pass the request on with the body replayed."""
        content_type = dict(scope.get("headers") or []).get(b"content-type", b"")
        if scope["type"] != "http" or b"json" not in content_type.lower():
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # the client left: let the app see the disconnect
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        offset = too_deep_at(body.decode("utf-8", "replace"), self.max_depth)
        if offset is not None:
            detail = f"the JSON body is nested more than {self.max_depth} levels deep (at character {offset})"
            await problem(422, "Invalid request", detail)(scope, receive, send)
            return
        await self.app(scope, replaying(body, receive), send)


def replaying(body: bytes, receive: Receive) -> Receive:
    """Return a receive that hands the app the body read already, then whatever the client sends next."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if replayed:
            return await receive()
        replayed = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
