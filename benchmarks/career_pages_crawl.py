"""Pages fetched per posting found when a career site is crawled: a paginated listing, and a sitemap-only site.

Run: .venv/bin/python benchmarks/career_pages_crawl.py

Two synthetic sites on a loopback server (tests/support/board_server.py), written for this benchmark:
- listing: 3 listing pages (rel=next pagination) of 8 postings each, at mixed paths (/o/…, /position?id=…,
  /careers/…, /team/…), plus 6 navigation links (about, blog, contact, …) and 2 off-site links on every page;
- sitemap-only: a start page without links, robots.txt naming a sitemap index, a job sitemap of 20 postings and a
  post sitemap of 10 blog pages.
Prints, per site and page budget: HTML pages fetched, other requests (robots.txt, sitemaps), postings found, pages
per posting, and requests to the off-site server (always 0).
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.tools.http import HttpPolicy, PoliteClient  # noqa: E402
from careerpilot.tools.sources.career_pages import CareerPagesSource  # noqa: E402
from careerpilot.tools.sources.context import BrowserOptions, SourceContext  # noqa: E402
from tests.support.board_server import BoardServer, Canned, Seen  # noqa: E402

PATHS = ("/o/role-{n}", "/position?id={n}", "/careers/role-{n}", "/team/role-{n}")
NAV = ("/about", "/blog", "/contact", "/privacy", "/press", "/team")


def posting(n: int) -> str:
    block = json.dumps({"@context": "https://schema.org", "@type": "JobPosting", "title": f"Role {n}"})
    return (
        f'<html><head><script type="application/ld+json">{block}</script></head><body>{"<p>x</p>" * 50}</body></html>'
    )


def listing_site(server: BoardServer, other: str) -> None:
    def listing(seen: Seen) -> Canned:
        page = int(seen.query.get("page", "1"))
        links = [PATHS[n % 4].format(n=n) for n in range((page - 1) * 8, page * 8)]
        links += list(NAV) + [f"{other}/jobs/{page}", f"{other}/careers"]
        more = f'<a rel="next" href="/careers?page={page + 1}">Next</a>' if page < 3 else ""
        body = "".join(f'<a href="{link}">{link}</a>' for link in links) + more
        return Canned(200, f"<html><body>{body}{'<p>y</p>' * 50}</body></html>")

    server.route("/careers", listing)
    for prefix in ("/o/", "/careers/", "/team/"):
        for n in range(24):
            server.route(f"{prefix}role-{n}", Canned(200, posting(n)))
    server.route("/position", lambda seen: Canned(200, posting(int(seen.query.get("id", "0")))))
    for path in NAV:
        server.route(path, Canned(200, "<html><body><a href='/careers'>Jobs</a>" + "<p>z</p>" * 50 + "</body></html>"))


def sitemap_site(server: BoardServer) -> None:
    base = server.url
    server.route("/robots.txt", Canned(200, f"User-agent: *\nSitemap: {base}/sitemap_index.xml\n"))
    server.route("/", Canned(200, "<html><body><h1>Join us</h1></body></html>"))
    urlset = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</urlset>'
    index = '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{}</sitemapindex>'
    locs = "".join(f"<sitemap><loc>{base}/{name}</loc></sitemap>" for name in ("post-sitemap.xml", "job-sitemap.xml"))
    server.route("/sitemap_index.xml", Canned(200, index.format(locs)))
    server.route(
        "/job-sitemap.xml",
        Canned(200, urlset.format("".join(f"<url><loc>{base}/vacatures/{n}</loc></url>" for n in range(20)))),
    )
    server.route(
        "/post-sitemap.xml",
        Canned(200, urlset.format("".join(f"<url><loc>{base}/blog/{n}</loc></url>" for n in range(10)))),
    )
    for n in range(20):
        server.route(f"/vacatures/{n}", Canned(200, posting(n)))
    for n in range(10):
        server.route(f"/blog/{n}", Canned(200, "<html><body>news</body></html>"))


async def crawl(start: str, max_pages: int) -> tuple[int, int]:
    async with PoliteClient(HttpPolicy(per_host_rate=1000)) as http:
        ctx = SourceContext(http=http, browser=BrowserOptions(enabled=False), max_pages=max_pages)
        source = CareerPagesSource(start, ctx)
        result = await source.fetch()
    return len(source.fetched), len({raw.payload["title"] for raw in result.postings})


def row(*cells: object) -> str:
    return "| " + " | ".join(map(str, cells)) + " |"


async def main() -> None:
    print(row("site", "page budget", "HTML pages fetched", "other requests", "postings found", "pages per posting",
              "off-site requests"))  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for budget in (25, 60):
        with BoardServer() as other, BoardServer() as site:
            site.route("/robots.txt", Canned(404, "none"))
            listing_site(site, other.url)
            fetched, found = await crawl(f"{site.url}/careers", budget)
            extra = len(site.requests) - fetched
            ratio = f"{fetched / max(found, 1):.2f}"
            print(row("listing (24 postings)", budget, fetched, extra, found, ratio, len(other.requests)))
    for budget in (25, 60):
        with BoardServer() as site:
            sitemap_site(site)
            fetched, found = await crawl(f"{site.url}/", budget)
            extra = len(site.requests) - fetched
            print(row("sitemap-only (20 postings)", budget, fetched, extra, found, f"{fetched / max(found, 1):.2f}", 0))


if __name__ == "__main__":
    asyncio.run(main())
