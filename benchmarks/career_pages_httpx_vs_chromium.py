"""Static career pages: the httpx path vs forcing Chromium, time ratio (goal >= 10x).

A loopback server serves the schema.org example pages from tests/data/career_pages behind a listing page.
Each round reads the whole site once; the Chromium round launches Debian Chromium (as a real run does once per
career site) and renders every page. Run: .venv/bin/python benchmarks/career_pages_httpx_vs_chromium.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.tools.http import HttpPolicy, PoliteClient  # noqa: E402
from careerpilot.tools.sources.career_pages import CareerPagesSource  # noqa: E402
from careerpilot.tools.sources.context import BrowserOptions, SourceContext  # noqa: E402
from tests.support.board_server import BoardServer, Canned, page  # noqa: E402

PAGES = [
    "schemaorg_eg-0028_jsonld.html",
    "schemaorg_eg-0251_jsonld.html",
    "schemaorg_eg-0268_jsonld.html",
    "schemaorg_eg-0280_jsonld.html",
    "schemaorg_eg-0465_jsonld.html",
    "schemaorg_eg-0028_microdata.html",
]
ROUNDS = 5


async def read_site(url: str, force_browser: bool) -> tuple[float, int]:
    options = BrowserOptions(enabled=True, loopback_only=True)
    async with PoliteClient(HttpPolicy(per_host_rate=1000.0)) as http:
        source = CareerPagesSource(url, SourceContext(http=http, browser=options), force_browser=force_browser)
        start = time.perf_counter()
        result = await source.fetch()
        return time.perf_counter() - start, len(result.postings)


def main() -> None:
    links = "".join(f'<li><a href="/careers/jobs/{n}">job {n}</a></li>' for n in range(len(PAGES)))
    with BoardServer() as server:
        server.route("/robots.txt", Canned(404, ""))
        server.route("/careers/", Canned(200, f"<html><body><ul>{links}</ul>{'<p>Join us.</p>' * 40}</body></html>"))
        for n, name in enumerate(PAGES):
            server.route(f"/careers/jobs/{n}", Canned(200, page(name)))
        url = f"{server.url}/careers/"
        httpx_runs = [asyncio.run(read_site(url, False)) for _ in range(ROUNDS)]
        chromium_runs = [asyncio.run(read_site(url, True)) for _ in range(ROUNDS)]
    fast = statistics.median(t for t, _ in httpx_runs)
    slow = statistics.median(t for t, _ in chromium_runs)
    print(
        f"site: 1 listing + {len(PAGES)} posting pages; postings found httpx={httpx_runs[0][1]} "
        f"chromium={chromium_runs[0][1]}"
    )
    print(f"median of {ROUNDS}: httpx {fast * 1000:.0f} ms, Chromium {slow * 1000:.0f} ms (incl. launch)")
    print(f"ratio: {slow / fast:.1f}x (goal >= 10x)")


if __name__ == "__main__":
    main()
