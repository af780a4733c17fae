"""A local server speaking Notion's public REST API (version 2025-09-03) for the endpoints CareerPilot uses.

Implements, with the documented request and response shapes: ``POST /v1/databases`` (with ``initial_data_source``),
``GET /v1/databases/{id}``, ``GET``/``PATCH /v1/data_sources/{id}``, ``POST /v1/data_sources/{id}/query`` (rich_text
and select ``equals`` filters, pagination with ``start_cursor``/``has_more``), ``POST /v1/pages``,
``GET``/``PATCH /v1/pages/{id}`` and ``POST /v1/search``. Errors use Notion's error object
(``{"object": "error", "status", "code", "message", "request_id"}``); 429s carry ``Retry-After``. Properties are
stored in the read format Notion returns (rich text with ``plain_text`` and annotations; select options created on
first use) and ``last_edited_time`` is rounded down to the minute as Notion does.

The real ``notion_client.Client`` is pointed at ``server.base_url``. Faults are scripted with
``server.fail_next(status, times)``; ``server.down = True`` answers every request with 503; ``server.user_edit()``
changes a page as a person in the Notion app would, at a chosen time.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections import deque
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.support.json_http import JsonHandler, LocalServer

Json = dict[str, Any]
TOKEN = "ntn_test_integration_token"
COLORS = ["default", "gray", "brown", "orange", "yellow", "green", "blue", "purple", "pink", "red"]
_ERRORS = {
    400: ("validation_error", "body failed validation"),
    401: ("unauthorized", "API token is invalid."),
    404: ("object_not_found", "Could not find object. Make sure the relevant pages and databases are shared."),
    429: ("rate_limited", "You have been rate limited. Please try again in a few minutes."),
    500: ("internal_server_error", "Unexpected error occurred."),
    502: ("bad_gateway", "Bad gateway."),
    503: ("service_unavailable", "Notion is unavailable, try again later."),
}


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _minute(value: datetime) -> str:
    return _iso(value.replace(second=0, microsecond=0))


def _rich(content: str) -> Json:
    return {
        "type": "text",
        "text": {"content": content, "link": None},
        "annotations": {
            "bold": False,
            "italic": False,
            "strikethrough": False,
            "underline": False,
            "code": False,
            "color": "default",
        },
        "plain_text": content,
        "href": None,
    }


class NotionError(Exception):
    """An error response to send."""

    def __init__(self, status: int, message: str | None = None) -> None:
        super().__init__(message)
        self.status, self.message = status, message or _ERRORS[status][1]


class NotionState:
    """Databases, data sources and pages held in memory."""

    def __init__(self) -> None:
        self.databases: dict[str, Json] = {}
        self.sources: dict[str, Json] = {}
        self.pages: dict[str, Json] = {}
        self.parent_pages = {"1f0c5a2e-7d3b-4e59-9a61-2b7e8c4d9f10"}
        self.bot = {"object": "user", "id": str(uuid.uuid4())}
        self.person = {"object": "user", "id": str(uuid.uuid4())}

    def schema(self, properties: Json) -> Json:
        out: Json = {}
        for name, config in properties.items():
            kind = next(k for k in config if k not in ("name", "description"))
            body = dict(config[kind] or {})
            if kind == "select":
                body["options"] = [self._option(o, i) for i, o in enumerate(body.get("options", []))]
            prop_id = "title" if kind == "title" else uuid.uuid4().hex[:4]
            out[name] = {"id": prop_id, "name": name, "type": kind, "description": None, kind: body}
        if sum(1 for p in out.values() if p["type"] == "title") != 1:
            raise NotionError(400, "A data source must have exactly one title property.")
        return out

    @staticmethod
    def _option(option: Json, index: int) -> Json:
        return {
            "id": option.get("id") or uuid.uuid4().hex[:8],
            "name": option["name"],
            "color": option.get("color", COLORS[index % len(COLORS)]),
            "description": None,
        }

    def value(self, source: Json, name: str, given: Json) -> Json:
        prop = source["properties"].get(name)
        if prop is None:
            raise NotionError(400, f"{name} is not a property that exists.")
        kind = prop["type"]
        if kind not in given:
            raise NotionError(400, f"{name} is expected to be {kind}.")
        raw = given[kind]
        if kind in ("title", "rich_text"):
            parts = [_rich(p["text"]["content"]) for p in raw]
            if any(len(p["plain_text"]) > 2000 for p in parts):
                raise NotionError(400, f"body.properties.{name}.{kind}[0].text.content.length should be ≤ `2000`.")
            return {"id": prop["id"], "type": kind, kind: parts}
        if kind == "select":
            if raw is None:
                return {"id": prop["id"], "type": "select", "select": None}
            options = prop["select"].setdefault("options", [])
            option = next((o for o in options if o["name"] == raw["name"]), None)
            if option is None:
                if "," in raw["name"]:
                    raise NotionError(400, "Select option names cannot contain commas.")
                option = self._option({"name": raw["name"]}, len(options))
                options.append(option)
            return {"id": prop["id"], "type": "select", "select": {k: option[k] for k in ("id", "name", "color")}}
        if kind == "date":
            value = None if raw is None else {"start": raw["start"], "end": raw.get("end"), "time_zone": None}
            return {"id": prop["id"], "type": "date", "date": value}
        return {"id": prop["id"], "type": kind, kind: raw}

    def empty(self, prop: Json) -> Json:
        kind = prop["type"]
        blank: Any = [] if kind in ("title", "rich_text") else None
        return {"id": prop["id"], "type": kind, kind: blank}


class NotionServer(LocalServer):
    """A threaded Notion API on 127.0.0.1 with scripted faults, recording every request."""

    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.state = NotionState()
        self.requests: list[tuple[float, str, str]] = []
        self.down = False
        self._faults: deque[int] = deque()
        self._lock = threading.Lock()
        self._listen(self._handler())

    @property
    def parent_page_id(self) -> str:
        """A page shared with the integration, under which databases may be created."""
        return next(iter(self.state.parent_pages))

    def fail_next(self, status: int, times: int = 1) -> None:
        """Answer the next ``times`` requests with this error status."""
        self._faults.extend([status] * times)

    def pages_in(self, data_source_id: str) -> list[Json]:
        """Return the live pages of a data source."""
        return [p for p in self.state.pages.values() if p["parent"]["data_source_id"] == data_source_id]

    def user_edit(self, page_id: str, at: datetime, **selects: str) -> None:
        """Change select properties of a page as a person in Notion would, at time ``at``."""
        with self._lock:
            page = self.state.pages[page_id]
            source = self.state.sources[page["parent"]["data_source_id"]]
            for name, value in selects.items():
                page["properties"][name] = self.state.value(source, name, {"select": {"name": value}})
            page["last_edited_time"], page["last_edited_by"] = _minute(at), self.state.person

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(JsonHandler):
            def _handle(self, method: str) -> None:
                import time

                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}") if length else {}
                server.requests.append((time.monotonic(), method, self.path))
                try:
                    if self.headers.get("Authorization") != f"Bearer {server.token}":
                        raise NotionError(401)
                    if not self.headers.get("Notion-Version"):
                        raise NotionError(400, "Notion-Version header failed validation.")
                    if server.down:
                        raise NotionError(503)
                    if server._faults:
                        raise NotionError(server._faults.popleft())
                    with server._lock:
                        result = server._route(method, self.path.split("?")[0], body)
                    result["request_id"] = str(uuid.uuid4())
                    self._reply(200, result)
                except NotionError as exc:
                    code = _ERRORS.get(exc.status, ("internal_server_error", ""))[0]
                    headers = {"Retry-After": "1"} if exc.status == 429 else None
                    error = {"object": "error", "status": exc.status, "code": code, "message": exc.message}
                    self._reply(exc.status, error | {"request_id": str(uuid.uuid4())}, headers)

        return Handler

    def _route(self, method: str, path: str, body: Json) -> Json:
        routes = [
            ("POST", r"/v1/databases", self._create_database),
            ("GET", r"/v1/databases/([\w-]+)", self._get_database),
            ("GET", r"/v1/data_sources/([\w-]+)", self._get_source),
            ("PATCH", r"/v1/data_sources/([\w-]+)", self._update_source),
            ("POST", r"/v1/data_sources/([\w-]+)/query", self._query),
            ("POST", r"/v1/pages", self._create_page),
            ("GET", r"/v1/pages/([\w-]+)", self._get_page),
            ("PATCH", r"/v1/pages/([\w-]+)", self._update_page),
            ("POST", r"/v1/search", self._search),
        ]
        for verb, pattern, handler in routes:
            found = re.fullmatch(pattern, path)
            if verb == method and found:
                return handler(body, *found.groups())  # type: ignore[operator]
        raise NotionError(400, f"Invalid request URL: {method} {path}")

    def _now(self) -> datetime:
        return datetime.now(UTC)

    def _create_database(self, body: Json) -> Json:
        parent = body.get("parent") or {}
        if parent.get("page_id") not in self.state.parent_pages:
            raise NotionError(404)
        now = _minute(self._now())
        db_id, source_id = str(uuid.uuid4()), str(uuid.uuid4())
        title = body.get("title") or []
        properties = self.state.schema(
            (body.get("initial_data_source") or {}).get("properties") or {"Name": {"title": {}}}
        )
        name = "".join(t["text"]["content"] for t in title)
        self.state.databases[db_id] = {
            "object": "database",
            "id": db_id,
            "title": [_rich(name)],
            "description": [],
            "parent": {"type": "page_id", "page_id": parent["page_id"]},
            "is_inline": False,
            "in_trash": False,
            "is_locked": False,
            "created_time": now,
            "last_edited_time": now,
            "data_sources": [{"id": source_id, "name": name}],
            "icon": None,
            "cover": None,
            "url": f"https://www.notion.so/{db_id.replace('-', '')}",
            "public_url": None,
        }
        self.state.sources[source_id] = {
            "object": "data_source",
            "id": source_id,
            "created_time": now,
            "last_edited_time": now,
            "properties": properties,
            "parent": {"type": "database_id", "database_id": db_id},
            "database_parent": {"type": "page_id", "page_id": parent["page_id"]},
            "archived": False,
            "in_trash": False,
            "is_inline": False,
            "title": [_rich(name)],
            "description": [],
            "icon": None,
            "cover": None,
            "url": f"https://www.notion.so/{source_id.replace('-', '')}",
        }
        return self.state.databases[db_id]

    def _get_database(self, body: Json, db_id: str) -> Json:
        if db_id not in self.state.databases:
            raise NotionError(404)
        return self.state.databases[db_id]

    def _get_source(self, body: Json, source_id: str) -> Json:
        if source_id not in self.state.sources:
            raise NotionError(404)
        return self.state.sources[source_id]

    def _update_source(self, body: Json, source_id: str) -> Json:
        source = self._get_source(body, source_id)
        for name, config in (body.get("properties") or {}).items():
            if config is None:
                source["properties"].pop(name, None)
                continue
            new = self.state.schema({name: config, "_t": {"title": {}}} if "title" not in config else {name: config})
            if name in source["properties"]:
                new[name]["id"] = source["properties"][name]["id"]
            source["properties"][name] = new[name]
        source["last_edited_time"] = _minute(self._now())
        return source

    def _query(self, body: Json, source_id: str) -> Json:
        self._get_source(body, source_id)
        pages = sorted(self.pages_in(source_id), key=lambda p: p["created_time"] + p["id"])
        pages = [p for p in pages if not p["in_trash"] and self._matches(p, body.get("filter"))]
        size = min(int(body.get("page_size") or 100), 100)
        start = int(body.get("start_cursor") or 0)
        chunk = pages[start : start + size]
        more = start + size < len(pages)
        return {
            "object": "list",
            "results": chunk,
            "next_cursor": str(start + size) if more else None,
            "has_more": more,
            "type": "page_or_data_source",
            "page_or_data_source": {},
        }

    @staticmethod
    def _matches(page: Json, rule: Json | None) -> bool:
        if not rule:
            return True
        if "and" in rule:
            return all(NotionServer._matches(page, r) for r in rule["and"])
        if "or" in rule:
            return any(NotionServer._matches(page, r) for r in rule["or"])
        prop = page["properties"].get(rule["property"])
        if prop is None:
            raise NotionError(400, f"Could not find property with name or id: {rule['property']}")
        kind = next(k for k in rule if k != "property")
        expected = rule[kind].get("equals")
        if prop["type"] in ("title", "rich_text"):
            return "".join(p["plain_text"] for p in prop[prop["type"]]) == expected
        if prop["type"] == "select":
            return (prop["select"] or {}).get("name") == expected
        raise NotionError(400, f"filter on {prop['type']} is not supported by this test server")

    def _create_page(self, body: Json) -> Json:
        parent = body.get("parent") or {}
        source_id = parent.get("data_source_id")
        if source_id is None and parent.get("database_id") in self.state.databases:
            source_id = self.state.databases[parent["database_id"]]["data_sources"][0]["id"]
        if source_id not in self.state.sources:
            raise NotionError(404)
        source = self.state.sources[source_id]
        given = body.get("properties") or {}
        properties = {n: self.state.value(source, n, v) for n, v in given.items()}
        for name, prop in source["properties"].items():
            properties.setdefault(name, self.state.empty(prop))
        now = self._now()
        page_id = str(uuid.uuid4())
        page = {
            "object": "page",
            "id": page_id,
            "created_time": _iso(now),
            "last_edited_time": _minute(now),
            "created_by": self.state.bot,
            "last_edited_by": self.state.bot,
            "cover": None,
            "icon": None,
            "parent": {
                "type": "data_source_id",
                "data_source_id": source_id,
                "database_id": source["parent"]["database_id"],
            },
            "archived": False,
            "in_trash": False,
            "is_locked": False,
            "properties": properties,
            "url": f"https://www.notion.so/{page_id.replace('-', '')}",
            "public_url": None,
        }
        self.state.pages[page_id] = page
        return page

    def _get_page(self, body: Json, page_id: str) -> Json:
        if page_id not in self.state.pages:
            raise NotionError(404)
        return self.state.pages[page_id]

    def _update_page(self, body: Json, page_id: str) -> Json:
        page = self._get_page(body, page_id)
        source = self.state.sources[page["parent"]["data_source_id"]]
        for name, value in (body.get("properties") or {}).items():
            page["properties"][name] = self.state.value(source, name, value)
        if "in_trash" in body:
            page["in_trash"] = page["archived"] = bool(body["in_trash"])
        page["last_edited_time"], page["last_edited_by"] = _minute(self._now()), self.state.bot
        return page

    def _search(self, body: Json) -> Json:
        query = (body.get("query") or "").lower()
        wanted = (body.get("filter") or {}).get("value")
        if wanted not in (None, "page", "data_source"):
            raise NotionError(400, 'body.filter.value should be `"page"` or `"data_source"`')
        results: list[Json] = []
        if wanted in (None, "data_source"):
            results += [s for s in self.state.sources.values() if query in s["title"][0]["plain_text"].lower()]
        if wanted in (None, "page"):
            for page in self.state.pages.values():
                title = next(p for p in page["properties"].values() if p["type"] == "title")
                if query in "".join(t["plain_text"] for t in title["title"]).lower():
                    results.append(page)
        return {
            "object": "list",
            "results": results[:100],
            "next_cursor": None,
            "has_more": False,
            "type": "page_or_data_source",
            "page_or_data_source": {},
        }
