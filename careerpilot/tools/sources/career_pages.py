"""Company career pages: schema.org JobPostings from JSON-LD, microdata and RDFa; httpx first, Chromium if JS needed.

A spec ``careers:https://example.com/careers`` reads the page, then probes the site for more postings: its
same-site links (posting-looking paths first, then pagination, then the rest: ``site_links``) and the URLs its
sitemaps list (robots.txt ``Sitemap:`` lines and ``/sitemap.xml``). Every target is fetched and kept only when it
holds a JobPosting; the crawl is bounded by ``max_pages`` fetches and ``MAX_DEPTH`` link hops, never leaves the
site (a redirect elsewhere is dropped) and respects robots.txt for every page. A page with no postings that looks
like a JavaScript app is rendered once in Chromium (Playwright with Debian's binary), when the context allows it.
What the crawl did is in ``SourceResult.report`` for the per-source summary.
"""

from __future__ import annotations

import heapq
import logging
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

import httpx

from careerpilot.domain.errors import ConfigError, SourceError
from careerpilot.domain.jobs import canonical_url
from careerpilot.tools.sources.base import CrawlReport, SourceResult, Validators
from careerpilot.tools.sources.context import BrowserOptions, SourceContext
from careerpilot.tools.sources.jsonld import find_job_postings, normalize_jsonld
from careerpilot.tools.sources.site_links import (
    JOB_SITEMAP,
    Priority,
    link_priority,
    page_links,
    same_site,
    sitemap_locations,
)
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec
from careerpilot.tools.sources.structured import read_jsonld_blocks, read_page, with_hint

if TYPE_CHECKING:
    from careerpilot.tools.addresses import AddressGuard

log = logging.getLogger(__name__)

MAX_DEPTH = 2  # listing -> (paginated listing ->) posting -> a posting it links to
MAX_SITEMAPS = 4  # sitemap files read per site (an index and a few of its children)
MAX_REDIRECTS = 5
_REDIRECTS = (301, 302, 303, 307, 308)
_APP_ROOT = re.compile(r'<div[^>]+id=["\'](root|app|__next|__nuxt|svelte)["\'][^>]*>\s*</div>', re.I)
_NOSCRIPT_JS = re.compile(r"<noscript>[^<]*javascript", re.I)
_TAGS = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", re.I | re.S)
_MIN_VISIBLE_CHARS = 400
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Chromium resolves every name except loopback to nothing, so even a request the route handler misses fails.
LOOPBACK_ONLY_ARGS = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"]
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})


def extract_postings(page: str, url: str) -> SourceResult:
    """Return the JobPostings of a page (JSON-LD, microdata, RDFa) through the one structured-data reader."""
    read = read_page(page, url)
    return SourceResult(postings=read.postings, warnings=read.warnings)


def posting_links(page: str, url: str) -> list[str]:
    """Return the same-site links whose path or query looks like a posting, absolute and without fragments."""
    return [link for priority, link in page_links(page, url).found if priority == Priority.POSTING]


def needs_javascript(page: str) -> bool:
    """Return True when a page without postings looks like a script-rendered app (empty root, little text)."""
    values, _, _ = read_jsonld_blocks(page, "")
    if any(find_job_postings(value) for value in values):
        return False
    visible = len(" ".join(_TAGS.sub(" ", page).split()))
    scripted = "<script" in page.lower()
    return scripted and (
        bool(_APP_ROOT.search(page)) or bool(_NOSCRIPT_JS.search(page)) or visible < _MIN_VISIBLE_CHARS
    )


class ChromiumRenderer:
    """Render pages in headless Debian Chromium through Playwright; loopback-only when the options say so."""

    def __init__(self, options: BrowserOptions, guard: AddressGuard | None = None) -> None:
        self.options = options
        self.guard = guard
        self.blocked: list[str] = []
        self._playwright: Any = None
        self._browser: Any = None

    async def start(self) -> ChromiumRenderer:
        """Launch Chromium; raise ConfigError when Playwright or the binary is missing."""
        try:
            from playwright.async_api import async_playwright
        except ImportError as exc:
            raise ConfigError("rendering career pages needs playwright: pip install playwright") from exc
        if not self.options.chromium_path.exists():
            raise ConfigError(f"Chromium not found at {self.options.chromium_path}; apt-get install chromium")
        self._playwright = await async_playwright().start()
        args = BROWSER_ARGS + (LOOPBACK_ONLY_ARGS if self.options.loopback_only else [])
        self._browser = await self._playwright.chromium.launch(
            executable_path=str(self.options.chromium_path), headless=True, args=args
        )
        return self

    async def close(self) -> None:
        """Close the browser and Playwright."""
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()

    async def render(self, url: str) -> str:
        """Return the page's HTML after scripts ran and a JSON-LD block appeared (or the timeout passed)."""
        page = await self._browser.new_page()
        try:
            await page.route("**/*", self._route)
            if self.guard is not None:
                from careerpilot.tools.browser import wall_page  # imports Playwright, like start()

                await wall_page(page, self.guard, self.blocked)  # runs before _route: the last route added runs first
            timeout_ms = self.options.timeout_s * 1000
            await page.goto(url, wait_until="load", timeout=timeout_ms)
            try:
                await page.wait_for_selector('script[type="application/ld+json"]', state="attached", timeout=timeout_ms)
            except Exception as exc:  # noqa: BLE001 - Playwright's TimeoutError: render what is there
                log.info("no JSON-LD appeared on %s: %s", url, str(exc).splitlines()[0])
            return str(await page.content())
        finally:
            await page.close()

    async def _route(self, route: Any) -> None:
        """Abort images, fonts and media always, and every non-loopback request in loopback-only mode."""
        request = route.request
        host = (urlsplit(request.url).hostname or "").lower()
        if self.options.loopback_only and request.url.startswith(("http:", "https:", "ws:", "wss:")):
            if host not in LOOPBACK_HOSTS:
                self.blocked.append(request.url)
                await route.abort("blockedbyclient")
                return
        if request.resource_type in ("image", "font", "media"):
            await route.abort("blockedbyclient")
            return
        await route.continue_()


class CareerPagesSource:
    """``careers:URL``: the postings on a career site's page and on the same-site pages it or its sitemaps list."""

    def __init__(self, url: str, ctx: SourceContext, *, force_browser: bool = False) -> None:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SourceError(f"careers:{url}: needs an absolute http(s) URL of the career page")
        self.url = url.strip()
        self.ctx = ctx
        self.force_browser = force_browser
        self.name = f"careers:{self.url}"
        self.rendered: list[str] = []
        self.blocked_requests: list[str] = []
        self.fetched: list[str] = []
        self.site = self.url  # where the start page landed: links elsewhere are off-site
        self._landed = False

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Read the page, then probe its links and sitemap entries in priority order, within the budgets."""
        report = CrawlReport()
        result = SourceResult(report=report)
        renderer: ChromiumRenderer | None = None
        # (priority, order, url, depth): lower priority first, then discovery order
        frontier: list[tuple[int, int, str, int]] = [(0, 0, self.url, 0)]
        seen = {_key(self.url)}
        order = 1
        try:
            while frontier:
                if len(self.fetched) >= self.ctx.max_pages:
                    report.over_budget = len(frontier)
                    break
                priority, _, url, depth = heapq.heappop(frontier)
                page, renderer = await self._read(url, renderer, result)
                self._landed = True
                if page is None:
                    continue
                base = self.site if url == self.url else url  # the start page is read where it landed
                read = read_page(page, base)
                report.pages_read += 1
                report.rejected.extend(read.rejected)
                result.warnings.extend(read.rejected)
                if url != self.url:
                    report.followed += 1
                    if not read.postings:
                        report.without_postings += 1
                result.postings.extend(with_hint(read.postings, _site_hint(url)))
                expand = depth == 0 or bool(read.postings) or priority == Priority.PAGINATION
                if expand and depth < MAX_DEPTH:
                    links = page_links(page, base)
                    report.off_site += links.off_site
                    for link_priority_, link in links.found:
                        if _key(link) in seen:
                            continue
                        seen.add(_key(link))
                        # Pagination stays at its listing's depth: page 7 of a listing is still the listing.
                        hop = depth if link_priority_ == Priority.PAGINATION else depth + 1
                        heapq.heappush(frontier, (link_priority_, order, link, hop))
                        order += 1
                if depth == 0 and url == self.url:
                    for link, from_job_sitemap in await self._sitemap_urls(report):
                        if _key(link) not in seen:
                            seen.add(_key(link))
                            # a job sitemap's entries are probed with the posting-looking links
                            first = Priority.POSTING if from_job_sitemap else link_priority(link)
                            heapq.heappush(frontier, (first, order, link, 1))
                            order += 1
        finally:
            if renderer is not None:
                self.blocked_requests = renderer.blocked
                await renderer.close()
        report.postings = len(result.postings)
        if not result.postings and not result.warnings:
            result.warnings.append(f"{self.name}: no schema.org JobPosting found on {report.pages_read} page(s)")
        return result

    async def _read(
        self, url: str, renderer: ChromiumRenderer | None, result: SourceResult
    ) -> tuple[str | None, ChromiumRenderer | None]:
        """Return a page's HTML: httpx first, Chromium when forced or the page needs JavaScript; None if unreadable."""
        assert result.report is not None
        self.fetched.append(url)
        try:
            response = await self._get_on_site(url)
        except SourceError as exc:
            if url == self.url:
                raise
            result.report.failed.append(str(exc))  # in the summary; a probed link that fails is not a warning
            return None, renderer
        if response is None:  # a redirect off the site: never requested
            result.report.off_site += 1
            return None, renderer
        page = response.text
        if not (self.force_browser or (self.ctx.browser.enabled and needs_javascript(page))):
            return page, renderer
        if renderer is None:
            renderer = await ChromiumRenderer(self.ctx.browser, self.ctx.client("careers").guard).start()
        self.rendered.append(url)
        result.report.rendered += 1
        return await renderer.render(url), renderer

    async def _get_on_site(self, url: str) -> httpx.Response | None:
        """GET a page following only same-site redirects (a few hops); None when one points off the site.

        The start URL may redirect anywhere (the person gave it): where it lands becomes the site.
        """
        client = self.ctx.client("careers")
        for _ in range(MAX_REDIRECTS):
            response = await client.get(url, crawl=True, follow_redirects=False, allow=_REDIRECTS)
            if response.status_code not in _REDIRECTS:
                return response
            target = urldefrag(urljoin(url, response.headers.get("location", ""))).url
            if url == self.site and not self._landed:
                self.site = target
            elif not same_site(target, self.site):
                return None
            url = target
        raise SourceError(f"{url}: more than {MAX_REDIRECTS} redirects")

    async def _sitemap_urls(self, report: CrawlReport) -> list[tuple[str, bool]]:
        """Return the same-site page URLs the site's sitemaps list, each with whether a job sitemap listed it.

        Job sitemaps (a job/career/vacancy word in the file name) are read first; bounded, never raising.
        """
        client = self.ctx.client("careers")
        origin = f"{urlsplit(self.site).scheme}://{urlsplit(self.site).netloc}"
        try:
            listed = await client.sitemaps(self.site)
        except SourceError as exc:
            log.info("robots.txt of %s not read for sitemaps: %s", origin, exc)
            listed = []
        queue = [u for u in listed if same_site(u, self.site)] or [f"{origin}/sitemap.xml"]
        queue.sort(key=lambda u: 0 if JOB_SITEMAP.search(urlsplit(u).path) else 1)
        pages: list[tuple[str, bool]] = []
        read = 0
        while queue and read < MAX_SITEMAPS:
            sitemap = queue.pop(0)
            read += 1
            try:
                response = await client.get(sitemap, crawl=True, follow_redirects=False, allow=(404, 410, *_REDIRECTS))
            except SourceError as exc:
                log.info("sitemap %s not read: %s", sitemap, exc)
                continue
            if response.status_code != 200:  # missing, or redirected: a sitemap is read where it is or not at all
                continue
            locations, is_index = sitemap_locations(response.content)
            same = [loc for loc in locations if same_site(loc, self.site)]
            if is_index:
                queue.extend(sorted(same, key=lambda u: 0 if JOB_SITEMAP.search(urlsplit(u).path) else 1))
            else:
                job_sitemap = bool(JOB_SITEMAP.search(urlsplit(sitemap).path))
                pages.extend((loc, job_sitemap) for loc in same)
        report.sitemap_urls = len(pages)
        return pages


def _key(url: str) -> str:
    """Return the URL as the crawl compares it: no fragment, no tracking parameters."""
    return canonical_url(url) or url


def _site_hint(url: str) -> str | None:
    """Return the site's host as a company hint ('careers.acme.com' -> 'Acme'); none for loopback addresses."""
    host = urlsplit(url).hostname or ""
    if re.fullmatch(r"[\d.:\[\]]+", host) or host == "localhost":
        return None
    return host.removeprefix("www.").removeprefix("careers.").removeprefix("jobs.").split(".")[0].title() or None


SPEC = SourceSpec(
    name="careers",
    description="A career site: schema.org JobPostings on the page and the same-site pages it links to: careers:URL",
    build=CareerPagesSource,
    normalize=normalize_jsonld,
    format="jsonld",
    dedupe=DedupeKeys(requisition_ids=True, rank=1),
)
