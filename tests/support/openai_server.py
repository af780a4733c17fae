"""A scripted local server that speaks OpenAI's chat-completions wire format.

It speaks OpenAI's documented chat-completions wire format (JSON ``chat.completion`` bodies and SSE
``chat.completion.chunk`` streams, including streamed tool-call deltas and the final usage chunk) so the real
``ChatOpenAI`` client path is tested offline: the same HTTP requests, parsing and error mapping as in production.

Script it with replies consumed in order, or with a callable that looks at the request::

    with OpenAIServer([Reply(content="hi"), Reply(tool_calls=[ToolCall("search", {"q": "python"})])]) as server:
        model = ChatOpenAI(base_url=server.base_url, api_key="test", max_retries=0)
        ...
        assert server.requests[0]["model"] == "gpt-4o-mini"

    server.responder = lambda request: Reply(content="planner" if "plan" in str(request["messages"]) else "?")

Failure modes for failover tests: ``server.fail_status = 500`` answers every request with that error, and
``server.delay_s = 2.0`` waits that long before answering (a slow provider); ``OpenAIServer(port=...)`` binds a
given port, so a stopped server's port (connection refused) can later be served again. ``/v1/embeddings``
answers with deterministic hashed bag-of-words vectors (``embedding_dims`` per model, 8 by default): texts that
share words are near, and the same text always gets the same vector.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Json = dict[str, Any]


@dataclass
class ToolCall:
    """One function call the scripted model asks for; ``id`` defaults to ``call_<n>``."""

    name: str
    arguments: Json = field(default_factory=dict)
    id: str | None = None


@dataclass
class Reply:
    """One scripted answer: text, tool calls, or an OpenAI-shaped error when ``status`` is not 200."""

    content: str | None = None
    tool_calls: list[ToolCall] = field(default_factory=list)
    status: int = 200
    error_message: str = "Scripted server error"
    finish_reason: str | None = None
    prompt_tokens: int = 10
    completion_tokens: int = 5

    @property
    def resolved_finish_reason(self) -> str:
        """The finish reason OpenAI would send for this reply."""
        return self.finish_reason or ("tool_calls" if self.tool_calls else "stop")


Responder = Callable[[Json], Reply | str]
"""Answers one chat-completions request body; a plain string means ``Reply(content=...)``."""


class OpenAIServer:
    """A threaded HTTP server on 127.0.0.1 answering ``/v1/chat/completions`` and ``/v1/models`` from a script."""

    def __init__(
        self,
        replies: Iterable[Reply | str] | Responder = (),
        *,
        models: Iterable[str] = ("gpt-4o-mini", "test-model"),
        require_key: str | None = None,
        port: int = 0,
        embedding_dims: dict[str, int] | None = None,
    ) -> None:
        self.responder: Responder | None = replies if callable(replies) else None
        self._queue: deque[Reply | str] = deque() if callable(replies) else deque(replies)
        self.models = list(models)
        self.require_key = require_key
        self.requests: list[Json] = []
        self.headers: list[dict[str, str]] = []
        self.errors: list[str] = []
        self.port = port
        self.fail_status: int | None = None
        self.delay_s = 0.0
        self.embedding_dims = dict(embedding_dims or {})
        self.embedding_requests: list[Json] = []
        self.model_listings = 0  # GET /v1/models requests (the doctor's check)
        self.connections: set[Any] = set()  # open client sockets: stop() closes kept-alive ones too
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The server root, e.g. ``http://127.0.0.1:54321`` (add ``/v1`` for a client's ``base_url``)."""
        if not self.port:
            raise RuntimeError("OpenAIServer is not started")
        return f"http://127.0.0.1:{self.port}"  # still its address once stopped: a closed port

    @property
    def base_url(self) -> str:
        """The ``base_url`` an OpenAI client needs: ``url + "/v1"``."""
        return f"{self.url}/v1"

    def script(self, *replies: Reply | str) -> None:
        """Queue replies to be used in order by the next chat-completions requests."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """How many scripted replies have not been used yet."""
        return len(self._queue)

    def start(self) -> OpenAIServer:
        """Bind a free port on 127.0.0.1 and serve in a background thread."""
        handler = type("BoundHandler", (_Handler,), {"owner": self})
        self._httpd = _QuietServer(("127.0.0.1", self.port), handler)
        self.port = self._httpd.server_port
        self._httpd.daemon_threads = True
        # A short poll interval lets stop() return in milliseconds rather than the default half second.
        serve = functools.partial(self._httpd.serve_forever, poll_interval=0.01)
        self._thread = threading.Thread(target=serve, name="openai-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        if self._httpd is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        import socket

        with self._lock:
            connections, self.connections = list(self.connections), set()
        for connection in connections:  # a stopped provider answers nothing, not even on a kept-alive connection
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._httpd = None

    def __enter__(self) -> OpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def record(self, body: Json, headers: dict[str, str]) -> None:
        """Keep a chat-completions request body and its lower-cased headers, even if it is then rejected."""
        with self._lock:
            self.requests.append(body)
            self.headers.append(headers)

    def take_reply(self, body: Json) -> Reply:
        """Pick the reply for a request: the queue first, then the responder."""
        with self._lock:
            queued = self._queue.popleft() if self._queue else None
        if queued is None and self.responder is None:
            return self._fail(f"no scripted reply left for request #{len(self.requests)}")
        try:
            reply = queued if queued is not None else self.responder(body)  # type: ignore[misc]
        except Exception as exc:  # surfaced to the client as a 500 and kept in self.errors
            return self._fail(f"responder raised {exc!r}")
        return Reply(content=reply) if isinstance(reply, str) else reply

    def new_id(self, prefix: str) -> str:
        """Return a fresh id such as ``chatcmpl-3`` or ``call_4``."""
        return f"{prefix}{next(self._ids)}"

    def _fail(self, message: str) -> Reply:
        self.errors.append(message)
        return Reply(status=500, error_message=f"OpenAIServer: {message}")


class _Handler(BaseHTTPRequestHandler):
    """Serves one connection; HTTP/1.1 keep-alive and chunked SSE like the real API."""

    protocol_version = "HTTP/1.1"
    owner: OpenAIServer
    # Headers and body go out as separate writes: without this, Nagle and delayed ACKs add ~40 ms per reply.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        super().setup()
        with self.owner._lock:
            self.owner.connections.add(self.connection)

    def finish(self) -> None:
        with self.owner._lock:
            self.owner.connections.discard(self.connection)
        super().finish()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""

    def do_GET(self) -> None:
        if not self._authorized():
            return
        if self.path.rstrip("/") == "/v1/models":
            with self.owner._lock:
                self.owner.model_listings += 1
            data = [
                {"id": m, "object": "model", "created": 0, "owned_by": "careerpilot-tests"} for m in self.owner.models
            ]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_error(404, f"Unknown path {self.path}", "invalid_request_error", "not_found")

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
        path = self.path.rstrip("/")
        if path not in ("/v1/chat/completions", "/v1/embeddings"):
            self._send_error(404, f"Unknown path {self.path}", "invalid_request_error", "not_found")
            return
        if path == "/v1/embeddings":
            with self.owner._lock:
                self.owner.embedding_requests.append(body)
        else:
            self.owner.record(body, {k.lower(): v for k, v in self.headers.items()})
        if not self._authorized():
            return
        if self.owner.delay_s:
            time.sleep(self.owner.delay_s)
        if self.owner.fail_status is not None:
            self._send_scripted_error(Reply(status=self.owner.fail_status, error_message="Scripted outage"))
            return
        if path == "/v1/embeddings":
            self._send_json(200, _embeddings(self.owner, body))
            return
        reply = self.owner.take_reply(body)
        if reply.status != 200:
            self._send_scripted_error(reply)
        elif body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            self._send_stream(_completion_chunks(self.owner, body, reply, include_usage=include_usage))
        else:
            self._send_json(200, _completion(self.owner, body, reply))

    def _authorized(self) -> bool:
        expected = self.owner.require_key
        if expected is None:
            return True
        given = self.headers.get("Authorization", "")
        if not given.startswith("Bearer "):
            self._send_error(401, "You didn't provide an API key.", "invalid_request_error", None)
            return False
        if given.removeprefix("Bearer ") != expected:
            self._send_error(401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key")
            return False
        return True

    def _send_scripted_error(self, reply: Reply) -> None:
        if reply.status == 429:
            self._send_error(429, reply.error_message, "requests", "rate_limit_exceeded")
        else:
            self._send_error(reply.status, reply.error_message, "server_error", None)

    def _send_error(self, status: int, message: str, kind: str, code: str | None) -> None:
        payload = {"error": {"message": message, "type": kind, "param": None, "code": code}}
        # retry-after-ms keeps client retries (when a test enables them) from sleeping for real.
        self._send_json(status, payload, extra_headers={"retry-after-ms": "1"})

    def _send_json(self, status: int, payload: Json, extra_headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _send_stream(self, chunks: Iterable[Json]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in chunks:
            self._write_chunk(f"data: {json.dumps(chunk)}\n\n".encode())
        self._write_chunk(b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):X}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


class _QuietServer(ThreadingHTTPServer):
    """Drops the traceback of a client that hung up first (a timed-out request to a slow server)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


def embed_text(text: str, dims: int) -> list[float]:
    """The test server's vector of a text: lower-cased words hashed into ``dims`` buckets, unit length."""
    import hashlib
    import math

    vector = [0.0] * dims
    for word in re.findall(r"[a-z0-9]+", text.lower()):
        vector[int(hashlib.sha256(word.encode()).hexdigest(), 16) % dims] += 1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def _embeddings(server: OpenAIServer, body: Json) -> Json:
    model = str(body.get("model", "unknown"))
    texts = body.get("input") or []
    texts = [texts] if isinstance(texts, str) else texts
    dims = server.embedding_dims.get(model, 8)
    data = [{"object": "embedding", "index": i, "embedding": embed_text(t, dims)} for i, t in enumerate(texts)]
    tokens = sum(len(str(t).split()) for t in texts)
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}


def _completion(server: OpenAIServer, body: Json, reply: Reply) -> Json:
    message: Json = {"role": "assistant", "content": reply.content, "refusal": None}
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": call.id or server.new_id("call_"),
                "type": "function",
                "function": {"name": call.name, "arguments": json.dumps(call.arguments)},
            }
            for call in reply.tool_calls
        ]
    choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": reply.resolved_finish_reason}
    return {
        "id": server.new_id("chatcmpl-"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "unknown"),
        "choices": [choice],
        "usage": _usage(reply),
    }


def _completion_chunks(server: OpenAIServer, body: Json, reply: Reply, *, include_usage: bool) -> Iterator[Json]:
    head = {
        "id": server.new_id("chatcmpl-"),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model", "unknown"),
    }
    extra = {"usage": None} if include_usage else {}

    def chunk(delta: Json, finish_reason: str | None = None) -> Json:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return {**head, "choices": [choice], **extra}

    yield chunk({"role": "assistant", "content": "" if reply.content is not None else None})
    for piece in _split_words(reply.content or ""):
        yield chunk({"content": piece})
    for index, call in enumerate(reply.tool_calls):
        opening = {"index": index, "id": call.id or server.new_id("call_"), "type": "function"}
        yield chunk({"tool_calls": [{**opening, "function": {"name": call.name, "arguments": ""}}]})
        for piece in _split_fixed(json.dumps(call.arguments), size=8):
            yield chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
    yield chunk({}, reply.resolved_finish_reason)
    if include_usage:
        yield {**head, "choices": [], "usage": _usage(reply)}


def _usage(reply: Reply) -> Json:
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }


def _split_words(text: str) -> list[str]:
    """Split text into word-sized pieces that concatenate back to it exactly."""
    return re.findall(r"\s*\S+\s*|\s+", text)


def _split_fixed(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]
