"""Where a career site's postings may be: its same-site links (pagination told apart) and its sitemaps.

Nothing here fetches. ``page_links`` returns every same-site link of a page in priority order: links whose path
looks like a posting first (``/jobs/``, ``/o/``, ``/position?id=`` …), then pagination, then the rest; the path
words only order the links, the crawler probes each target for a JobPosting. Off-site links are counted, never
returned. ``sitemap_locations`` reads a ``sitemap.xml`` (or a sitemap index) and says which entries are sitemaps.
"""

from __future__ import annotations

import gzip
import html
import re
from dataclasses import dataclass, field
from enum import IntEnum
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

POSTING_PATH = re.compile(
    r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|postings?|o|j|roles?|stellen\w*|offres?|empleos?)(/|$)",
    re.I,
)
POSTING_QUERY = re.compile(
    r"^(job|jobid|job_id|gh_jid|position|positionid|posting|vacancy|req|requisition)(id)?$", re.I
)
JOB_SITEMAP = re.compile(r"job|career|position|vacanc|posting|opening", re.I)
_SKIP_SUFFIX = re.compile(
    r"\.(pdf|png|jpe?g|gif|svg|webp|css|js|ico|zip|docx?|xlsx?|mp4|mp3|woff2?|ttf|xml|rss)$", re.I
)
_PAGE_QUERY = re.compile(r"^(page|p|pg|offset|start|from|skip)$", re.I)
_PAGE_PATH = re.compile(r"/page/\d+/?$", re.I)
_NEXT_TEXT = re.compile(r"^\s*(next|more|older|weiter|suivant|siguiente|›|»|>|→)(\s|$|\W)", re.I)
_LOC = re.compile(r"<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)\s*(?:\]\]>)?\s*</loc>", re.I)
MAX_SITEMAP_BYTES = 10 * 1024 * 1024


class Priority(IntEnum):
    """The order links are probed in: lower first."""

    POSTING = 0
    PAGINATION = 1
    OTHER = 2


@dataclass
class Links:
    """A page's same-site links in priority order, and how many links pointed off-site."""

    found: list[tuple[Priority, str]] = field(default_factory=list)
    off_site: int = 0


class _Anchors(HTMLParser):
    """Collect each ``<a href>`` with its rel and text, and each ``<link rel=next href>``."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[tuple[str, str, list[str]]] = []
        self._open: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        href, rel = values.get("href"), (values.get("rel") or "").lower()
        if tag == "a" and href:
            self._open = []
            self.anchors.append((href, rel, self._open))
        elif tag == "link" and href and "next" in rel.split():
            self.anchors.append((href, rel, []))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None


def same_site(url: str, site: str) -> bool:
    """Return True when the URL's host (and port) is the site's, ``www.`` aside."""
    return urlsplit(url).netloc.lower().removeprefix("www.") == urlsplit(site).netloc.lower().removeprefix("www.")


def page_links(page: str, url: str) -> Links:
    """Return the page's same-site http(s) links, without fragments, each once, in priority order."""
    parser = _Anchors()
    parser.feed(page)
    parser.close()
    links = Links()
    seen = {urldefrag(url).url}
    for href, rel, text in parser.anchors:
        absolute = urldefrag(urljoin(url, href.strip())).url
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or _SKIP_SUFFIX.search(parts.path) or absolute in seen:
            continue
        seen.add(absolute)
        if not same_site(absolute, url):
            links.off_site += 1
            continue
        links.found.append((link_priority(absolute, rel, "".join(text)), absolute))
    links.found.sort(key=lambda item: item[0])  # stable: page order within a priority
    return links


def link_priority(url: str, rel: str = "", text: str = "") -> Priority:
    """Return how early a link is probed: posting-looking paths or ids, then pagination, then the rest."""
    parts = urlsplit(url)
    names = [name for name, _ in parse_qsl(parts.query)]
    if "next" in rel.split() or _NEXT_TEXT.match(text) or _PAGE_PATH.search(parts.path):
        return Priority.PAGINATION
    if any(_PAGE_QUERY.match(name) for name in names) and not any(POSTING_QUERY.match(n) for n in names):
        return Priority.PAGINATION
    if POSTING_PATH.search(parts.path) or any(POSTING_QUERY.match(name) for name in names):
        return Priority.POSTING
    return Priority.OTHER


def sitemap_locations(body: bytes) -> tuple[list[str], bool]:
    """Return the ``<loc>`` URLs of a sitemap (gzip or not) and whether it is a sitemap index."""
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)[:MAX_SITEMAP_BYTES]
        except (OSError, EOFError):
            return [], False
    text = body[:MAX_SITEMAP_BYTES].decode("utf-8", errors="replace")
    return [html.unescape(loc) for loc in _LOC.findall(text)], "<sitemapindex" in text[:2000].lower()
