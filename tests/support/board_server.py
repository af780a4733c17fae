"""A loopback HTTP server that replays real job-board API payloads and career pages from tests/data.

It answers on each board's documented paths (Greenhouse ``/v1/boards/<token>/jobs``, Lever ``/v0/postings/<site>``
with ``skip``/``limit``, Ashby, Workable, SmartRecruiters with ``offset``/``limit``, Recruitee, RemoteOK, Remotive,
Arbeitnow with ``links.next``, HN Algolia), with ETags and 304s, so the real source code paths run offline.
Faults are scripted per path (``fail(path, Canned(429, headers={"Retry-After": "1"}))``); ``latency`` delays every
answer; per-Host in-flight counts are recorded to check politeness budgets. Jooble and SerpAPI have no recorded
payloads in tests/data: their answers here follow the providers' documented response shapes.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from careerpilot.tools.sources.registry import SPECS
from tests.support.datasets import TEST_DATA

PAYLOADS = TEST_DATA / "job_api_payloads"
PAGES = TEST_DATA / "career_pages"


@dataclass
class Canned:
    """One answer: status, body (bytes, text or JSON value), headers; ``stall`` holds it until the server stops."""

    status: int = 200
    body: Any = b""
    headers: dict[str, str] = field(default_factory=dict)
    stall: bool = False

    def encoded(self) -> tuple[bytes, str]:
        """Return the body bytes and a content type."""
        if isinstance(self.body, bytes):
            return self.body, self.headers.get("Content-Type", "application/octet-stream")
        if isinstance(self.body, str):
            return self.body.encode("utf-8"), self.headers.get("Content-Type", "text/html; charset=utf-8")
        return json.dumps(self.body).encode("utf-8"), "application/json"


@dataclass
class Seen:
    """A request the server received."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Seen], Canned]


class BoardServer:
    """Serve routes on 127.0.0.1 (or another loopback address) in a background thread."""

    def __init__(self, host: str = "127.0.0.1", latency: float = 0.0) -> None:
        self.host = host
        self.latency = latency
        self.routes: dict[str, Handler] = {}
        self.faults: dict[str, deque[Canned]] = {}
        self.requests: list[Seen] = []
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        """The server's base URL."""
        assert self._server is not None
        return f"http://{self.host}:{self._server.server_address[1]}"

    def route(self, path: str, answer: Canned | Handler | Any) -> None:
        """Answer a path with a Canned, a handler of the request, or a JSON value."""
        if isinstance(answer, Canned):
            self.routes[path] = lambda _seen, a=answer: a
        elif callable(answer):
            self.routes[path] = answer
        else:
            self.routes[path] = lambda _seen, a=answer: Canned(body=a)

    def fail(self, path: str, *answers: Canned) -> None:
        """Answer the next requests to a path with these, in order, before its route answers again."""
        self.faults.setdefault(path, deque()).extend(answers)

    def hits(self, path: str) -> list[Seen]:
        """Return the requests made to a path."""
        return [r for r in self.requests if r.path == path]

    def start(self) -> BoardServer:
        """Start serving in a daemon thread."""
        self._server = ThreadingHTTPServer((self.host, 0), _make_handler(self))
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        """Release stalled requests and stop."""
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> BoardServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def answer(self, seen: Seen, host: str) -> Canned:
        """Record the request, apply latency and faults, and return the answer."""
        with self._lock:
            self.requests.append(seen)
            self.in_flight[host] = self.in_flight.get(host, 0) + 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self.in_flight[host])
            fault = self.faults.get(seen.path)
            canned = fault.popleft() if fault else None
        try:
            if self.latency:
                time.sleep(self.latency)  # simulated network latency of a remote board
            if canned is None:
                handler = self.routes.get(seen.path)
                canned = handler(seen) if handler else Canned(404, {"ok": False, "error": "Document not found"})
            if canned.stall:
                self._stop.wait(30)
            return canned
        finally:
            with self._lock:
                self.in_flight[host] -= 1


def _make_handler(server: BoardServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle on, the body waits for the client's delayed ACK
        # (~40 ms on Linux) on every keep-alive response, which real board servers do not add.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            self._serve()

        def do_POST(self) -> None:
            self._serve()

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            seen = Seen(self.command, parts.path, query, {k.lower(): v for k, v in self.headers.items()}, body)
            canned = server.answer(seen, self.headers.get("Host", ""))
            payload, content_type = canned.encoded()
            etag = '"' + hashlib.sha1(payload).hexdigest()[:16] + '"'
            if canned.status == 200 and seen.headers.get("if-none-match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(canned.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            if canned.status == 200:
                self.send_header("ETag", etag)
            for name, value in canned.headers.items():
                if name.lower() != "content-type":
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)

    return _Handler


def payload(name: str) -> Any:
    """Return a payload file of tests/data parsed as JSON."""
    return json.loads((PAYLOADS / name).read_text(encoding="utf-8"))


def page(name: str) -> str:
    """Return the HTML of a career page in tests/data."""
    return (PAGES / name).read_text(encoding="utf-8")


def _paged_list(items: list[Any], skip_key: str, limit_key: str) -> Handler:
    def handle(seen: Seen) -> Canned:
        skip, limit = int(seen.query.get(skip_key, 0)), int(seen.query.get(limit_key, 100))
        return Canned(body=items[skip : skip + limit])

    return handle


def _smartrecruiters_page(seen: Seen) -> Canned:
    data = copy.deepcopy(payload("smartrecruiters_ubisoft2_postings_2026.json"))
    offset, limit = int(seen.query.get("offset", 0)), int(seen.query.get("limit", 100))
    data["content"], data["offset"], data["limit"] = data["content"][offset : offset + limit], offset, limit
    return Canned(body=data)


def smartrecruiters_detail(item: dict[str, Any]) -> dict[str, Any]:
    """Return a posting-detail response as documented: the list item plus ``jobAd.sections`` and URLs."""
    return {
        **item,
        "postingUrl": f"https://jobs.smartrecruiters.com/Ubisoft2/{item['id']}",
        "applyUrl": f"https://jobs.smartrecruiters.com/Ubisoft2/{item['id']}?oga=true",
        "jobAd": {
            "sections": {
                "companyDescription": {"title": "Company Description", "text": "<p>Ubisoft makes games.</p>"},
                "jobDescription": {"title": "Job Description", "text": f"<p>{item['name']}: build things.</p>"},
                "qualifications": {"title": "Qualifications", "text": "<ul><li>Curiosity</li></ul>"},
                "additionalInformation": {"title": "Additional Information", "text": "<p>Hybrid.</p>"},
            }
        },
    }


def _arbeitnow(server: BoardServer) -> Handler:
    def handle(seen: Seen) -> Canned:
        data = payload("arbeitnow_job-board-api_2026_trimmed.json")
        if seen.query.get("page", "1") == "1":
            data["links"] = {"next": f"{server.url}/api/job-board-api?page=2"}
            return Canned(body=data)
        return Canned(body={"data": [], "links": {"next": None}})

    return handle


JOOBLE_RESPONSE = {
    "totalCount": 2,
    "jobs": [
        {
            "title": "Senior Python Developer",
            "location": "Berlin",
            "snippet": "&nbsp;...build <b>Python</b> services for logistics...&nbsp;",
            "salary": "€70k - €85k",
            "source": "stepstone.de",
            "type": "Full-time",
            "link": "https://jooble.org/desc/-123456789?ckey=python",
            "company": "Acme Logistics",
            "updated": "2026-09-20T00:00:00.0000000",
            "id": -123456789,
        },
        {
            "title": "Backend Engineer (Python)",
            "location": "Remote",
            "snippet": "Remote-first team...",
            "salary": "",
            "source": "remote.co",
            "type": "",
            "link": "https://jooble.org/desc/987654321",
            "company": "Beta GmbH",
            "updated": "2026-09-18T00:00:00.0000000",
            "id": 987654321,
        },
    ],
}

SERPAPI_RESPONSE = {
    "search_metadata": {"status": "Success"},
    "jobs_results": [
        {
            "title": "Data Engineer",
            "company_name": "Gamma Analytics",
            "location": "Austin, TX",
            "via": "LinkedIn",
            "share_link": "https://www.google.com/search?ibp=htl;jobs#htidocid=abc%3D%3D",
            "description": "Build pipelines in Python and SQL.",
            "job_highlights": [
                {"title": "Qualifications", "items": ["3+ years of Python", "SQL"]},
                {"title": "Benefits", "items": ["Health insurance"]},
            ],
            "detected_extensions": {
                "posted_at": "3 days ago",
                "schedule_type": "Full-time",
                "salary": "$120K–$150K a year",
            },
            "job_id": "eyJqb2JfdGl0bGUiOiJEYXRhIEVuZ2luZWVyIn0=",
            "apply_options": [{"title": "LinkedIn", "link": "https://www.linkedin.com/jobs/view/123"}],
        }
    ],
}


def replay_boards(server: BoardServer) -> BoardServer:
    """Add every board API route, replaying the payloads in tests/data (see PROVENANCE.md there)."""
    server.route("/v1/boards/vercel/jobs", payload("greenhouse_vercel_jobs_content-true_2026_trimmed.json"))
    server.route("/v1/boards/generalassembly/jobs", payload("greenhouse_generalassembly_jobs_content-true_2013.json"))
    server.route(
        "/v1/boards/generalassembly/jobs/721", payload("greenhouse_generalassembly_job_721_questions-true_2013.json")
    )
    server.route(
        "/v0/postings/leverdemo", _paged_list(payload("lever_leverdemo_postings_mode-json_2015.json"), "skip", "limit")
    )
    server.route(
        "/v0/postings/spotify",
        _paged_list(payload("lever_spotify_postings_mode-json_2026_trimmed.json"), "skip", "limit"),
    )
    server.route(
        "/posting-api/job-board/linear", payload("ashby_linear_job-board_includeCompensation_2026_trimmed.json")
    )
    server.route("/api/v1/widget/accounts/zego", payload("workable_zego_widget-accounts_2026_trimmed.json"))
    server.route("/v1/companies/Ubisoft2/postings", _smartrecruiters_page)
    for item in payload("smartrecruiters_ubisoft2_postings_2026.json")["content"]:
        server.route(f"/v1/companies/Ubisoft2/postings/{item['id']}", smartrecruiters_detail(item))
    server.route("/recruitee/channable/api/offers/", payload("recruitee_channable_offers_2026_trimmed.json"))
    server.route("/api", payload("remoteok_api_2026_trimmed.json"))
    server.route("/api/remote-jobs", payload("remotive_remote-jobs_2026_trimmed.json"))
    server.route("/api/job-board-api", _arbeitnow(server))
    hn = payload("hn_algolia_item_whoishiring_2026-09_trimmed.json")
    server.route("/api/v1/search_by_date", {"hits": [{"objectID": str(hn["id"]), "title": hn["title"]}]})
    server.route(f"/api/v1/items/{hn['id']}", hn)
    server.route("/api/test-jooble-key", JOOBLE_RESPONSE)
    server.route("/search.json", SERPAPI_RESPONSE)
    return server


def base_urls(server: BoardServer) -> dict[str, str]:
    """Return SOURCE_BASE_URLS pointing every source with an API at the server ('{company}' hosts under /NAME/)."""
    return {
        spec.name: f"{server.url}/{spec.name}/{{company}}" if "{company}" in spec.base_url else server.url
        for spec in SPECS
        if spec.base_url
    }
