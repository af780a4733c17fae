"""Company career pages: schema.org JobPosting from JSON-LD, microdata and RDFa; httpx first, Chromium if JS needed.

A spec ``careers:https://example.com/careers`` reads the page, then follows same-site links that look like
postings (bounded by ``max_pages``). Robots.txt is respected for every page. A page with no postings that looks
like a JavaScript app is rendered once in Chromium (Playwright with Debian's binary), when the context allows it.
"""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

import extruct

from careerpilot.domain.errors import ConfigError, SourceError
from careerpilot.text.nesting import load_json
from careerpilot.tools.sources.base import RawPosting, SourceResult, Validators
from careerpilot.tools.sources.context import BrowserOptions, SourceContext
from careerpilot.tools.sources.hidden import without_hidden_fragments
from careerpilot.tools.sources.jsonld import (
    extract_jsonld,
    find_job_postings,
    jsonld_blocks,
    normalize_jsonld,
    parse_jsonld,
)
from careerpilot.tools.sources.rdfa import compact_rdfa
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec

if TYPE_CHECKING:
    from careerpilot.tools.addresses import AddressGuard

log = logging.getLogger(__name__)

_POSTING_PATH = re.compile(r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|postings?|o|j|roles?)(/|$)", re.I)
_SKIP_SUFFIX = re.compile(r"\.(pdf|png|jpe?g|gif|svg|css|js|ico|zip|docx?)$", re.I)
_APP_ROOT = re.compile(r'<div[^>]+id=["\'](root|app|__next|__nuxt|svelte)["\'][^>]*>\s*</div>', re.I)
_NOSCRIPT_JS = re.compile(r"<noscript>[^<]*javascript", re.I)
_TAGS = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", re.I | re.S)
_MIN_VISIBLE_CHARS = 400
_RDFA_TYPED = re.compile(r"<[^>]+\stypeof\s*=", re.I)
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


class _Links(HTMLParser):
    """Collect the href of every ``<a>``."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href:
            self.hrefs.append(href)


def extract_postings(page: str, url: str) -> SourceResult:
    """Return the JobPostings of a page from its JSON-LD blocks, its schema.org microdata and its RDFa."""
    result = extract_jsonld(page, url)
    # RDFa goes through rdflib (milliseconds per page): only when the page has a typed RDFa node at all.
    syntaxes = ["microdata", "rdfa"] if _RDFA_TYPED.search(page) else ["microdata"]
    try:
        # extruct reads every text node of a property, so what the page hides inside one goes first.
        found = extruct.extract(without_hidden_fragments(page), base_url=url, syntaxes=syntaxes, uniform=True)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml rejects some documents; extruct recurses per level
        result.warnings.append(f"{url}: microdata/RDFa not readable ({exc})")
        found = {}
    embedded = list(found.get("microdata") or []) + compact_rdfa(found.get("rdfa") or [])
    seen = {_identity(raw.payload) for raw in result.postings}
    for raw in parse_jsonld(find_job_postings(embedded), url):
        if _identity(raw.payload) not in seen:
            result.postings.append(raw)
            seen.add(_identity(raw.payload))
    return result


def _identity(posting: dict[str, Any]) -> tuple[str, str]:
    return (str(posting.get("title") or posting.get("name") or ""), str(posting.get("url") or ""))


def posting_links(page: str, url: str) -> list[str]:
    """Return same-site links that look like job or career pages, absolute and without fragments, in order."""
    parser = _Links()
    parser.feed(page)
    site = urlsplit(url).netloc.lower()
    links: list[str] = []
    for href in parser.hrefs:
        absolute = urldefrag(urljoin(url, href.strip())).url
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != site or _SKIP_SUFFIX.search(parts.path):
            continue
        if _POSTING_PATH.search(parts.path) and absolute not in links and absolute != url:
            links.append(absolute)
    return links


def needs_javascript(page: str) -> bool:
    """Return True when a page without postings looks like a script-rendered app (empty root, little text)."""
    if jsonld_blocks(page) and any(find_job_postings(_safe_json(b)) for b in jsonld_blocks(page)):
        return False
    visible = len(" ".join(_TAGS.sub(" ", page).split()))
    scripted = "<script" in page.lower()
    return scripted and (
        bool(_APP_ROOT.search(page)) or bool(_NOSCRIPT_JS.search(page)) or visible < _MIN_VISIBLE_CHARS
    )


def _safe_json(text: str) -> Any:
    try:
        return load_json(text, strict=False)
    except json.JSONDecodeError:
        return None


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
    """``careers:URL``: the postings on a career site's listing page and the posting pages it links to."""

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

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Read the listing page and follow posting links, bounded by the context's ``max_pages``."""
        result = SourceResult()
        renderer: ChromiumRenderer | None = None
        queue, seen = [self.url], {self.url}
        try:
            while queue and len(seen) - len(queue) < self.ctx.max_pages:
                url = queue.pop(0)
                page, renderer = await self._read(url, renderer, result)
                if page is None:
                    continue
                found = extract_postings(page, url)
                result.postings.extend(_with_site_hint(found.postings, url))
                result.warnings.extend(found.warnings)
                for link in posting_links(page, url):
                    if link not in seen and len(seen) < self.ctx.max_pages:
                        seen.add(link)
                        queue.append(link)
        finally:
            if renderer is not None:
                self.blocked_requests = renderer.blocked
                await renderer.close()
        if not result.postings and not result.warnings:
            result.warnings.append(f"{self.name}: no schema.org JobPosting found on {len(seen)} page(s)")
        return result

    async def _read(
        self, url: str, renderer: ChromiumRenderer | None, result: SourceResult
    ) -> tuple[str | None, ChromiumRenderer | None]:
        """Return a page's HTML: httpx first, Chromium when forced or the page needs JavaScript."""
        try:
            response = await self.ctx.client("careers").get(url, crawl=True)
        except SourceError as exc:
            if url == self.url:
                raise
            result.warnings.append(str(exc))
            return None, renderer
        page = response.text
        if not (self.force_browser or (self.ctx.browser.enabled and needs_javascript(page))):
            return page, renderer
        if renderer is None:
            renderer = await ChromiumRenderer(self.ctx.browser, self.ctx.client("careers").guard).start()
        self.rendered.append(url)
        return await renderer.render(url), renderer


def _with_site_hint(postings: list[RawPosting], url: str) -> list[RawPosting]:
    """Give postings without an organisation name the site's host as a company hint."""
    host = urlsplit(url).hostname or ""
    if re.fullmatch(r"[\d.:\[\]]+", host) or host == "localhost":
        return postings
    hint = host.removeprefix("www.").removeprefix("careers.").removeprefix("jobs.").split(".")[0].title() or None
    return [RawPosting(r.format, r.payload, r.origin, r.company_hint or hint) for r in postings]


SPEC = SourceSpec(
    name="careers",
    description="A career site: schema.org JobPostings on the page and the posting pages it links to: careers:URL",
    build=CareerPagesSource,
    normalize=normalize_jsonld,
    format="jsonld",
    dedupe=DedupeKeys(requisition_ids=True, rank=1),
)
