"""One reader for a page's structured data: lenient JSON-LD, microdata and RDFa, ``@graph`` references resolved.

Career pages, local HTML files and the extension's ``POST /jobs/from-page`` all call ``read_page``, so a page reads
the same wherever it comes from. JSON-LD is read the way browsers and search engines tolerate it: a byte-order
mark, ``<!-- -->`` or ``/*<![CDATA[*/ … /*]]>*/`` wrappers, ``//`` and ``/* */`` comments, trailing commas and
HTML-escaped JSON are all accepted; a block that still cannot be read is reported by number and reason and never
hides the blocks beside it. ``{"@id": "#org"}`` references point into the page's nodes (every block's ``@graph``)
and are replaced by the node they name, so a Yoast-style ``hiringOrganization`` gets its name.

Every posting gets a *slot* when its own URL does not tell it apart from the other postings of its page: its
``identifier``, else its title and occurrence. The normalizer turns the slot into the posting's id and link, so
three postings on one page without URLs stay three, and a re-read gives them the same ids.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import extruct

from careerpilot.domain.jobs import canonical_url
from careerpilot.text.nesting import load_json
from careerpilot.tools.sources.base import RawPosting, SourceResult
from careerpilot.tools.sources.hidden import without_hidden_fragments
from careerpilot.tools.sources.jsonld import find_job_postings, identifier_of, is_job_posting, jsonld_blocks
from careerpilot.tools.sources.rdfa import compact_rdfa

_RDFA_TYPED = re.compile(r"<[^>]+\stypeof\s*=", re.I)
_MICRODATA = re.compile(r"\sitemscope\b", re.I)
# Wrappers pages put around a script's JSON so old parsers skip it; stripped from both ends, repeatedly.
_OPENERS = ("<!--", "/*<![CDATA[*/", "//<![CDATA[", "<![CDATA[")
_CLOSERS = ("-->", "/*]]>*/", "//]]>", "]]>")
# Possessive string match: linear on any input, an unterminated string included.
_STRING = r'"(?>[^"\\]++|\\.)*+"'
_STRING_AT = re.compile(_STRING)
_COMMENT_OR_STRING = re.compile(r'"|/[*/]')
_COMMA_OR_STRING = re.compile(r'[",]')
_CLOSING_AHEAD = re.compile(r"[ \t\r\n]*+[}\]]")
_MAX_RESOLVED = 5000  # nodes copied while resolving references: a hostile graph cannot fan out forever
_MAX_DEPTH = 12
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass
class PageRead:
    """What one page's structured data held: its postings, the blocks rejected and why, and what was read."""

    postings: list[RawPosting] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    blocks: int = 0
    syntaxes: list[str] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        """The rejections, as the warning lines sources report."""
        return list(self.rejected)


def lenient_json(text: str) -> Any:
    """Parse a JSON-LD block the way browsers tolerate it; raise the strict parser's JSONDecodeError otherwise."""
    text = _unwrap(text)
    try:
        return load_json(text, strict=False)
    except json.JSONDecodeError as first:
        candidates = [_relaxed(text)]
        if "&quot;" in text or "&#" in text:
            candidates.append(_relaxed(html.unescape(text)))
        for candidate in candidates:
            try:
                return load_json(candidate, strict=False)
            except json.JSONDecodeError:
                continue
        raise first from None


def _unwrap(text: str) -> str:
    """Return the block without a BOM and its comment or CDATA wrappers (string methods: linear on any input)."""
    text = text.strip().lstrip("\ufeff").strip()
    while True:
        compact = text.replace(" ", "")
        opener = next((o for o in _OPENERS if compact.startswith(o)), None)
        closer = next((c for c in _CLOSERS if compact.endswith(c)), None)
        if opener is None and closer is None:
            return text
        if opener is not None:
            text = _drop_prefix(text, opener)
        if closer is not None:
            text = _drop_suffix(text, closer)
        text = text.strip().lstrip("\ufeff").strip()


def _drop_prefix(text: str, token: str) -> str:
    """Remove ``token`` from the start of ``text``, spaces inside it allowed ('/* <![CDATA[ */')."""
    index = 0
    for _ in token:
        while text[index] == " ":
            index += 1
        index += 1  # the compact text starts with the token, so this is the token's next character
    return text[index:]


def _drop_suffix(text: str, token: str) -> str:
    """Remove ``token`` from the end of ``text``, spaces inside it allowed."""
    index = len(text)
    for _ in reversed(token):
        index -= 1
        while text[index] == " ":
            index -= 1
    return text[:index]


def _relaxed(text: str) -> str:
    """Return the text without JavaScript comments and trailing commas; strings are left exactly as they are."""
    return _scan(_scan(text, _COMMENT_OR_STRING), _COMMA_OR_STRING)


def _scan(text: str, lexeme: re.Pattern[str]) -> str:
    """Drop the comments (``/* */``, ``//``) or trailing commas ``lexeme`` finds outside strings, in one pass.

    Linear on any input: an unterminated string or comment ends the scan instead of being searched again.
    """
    out: list[str] = []
    pos = 0
    while (match := lexeme.search(text, pos)) is not None:
        at = match.start()
        token = match.group(0)
        if token == '"':
            string = _STRING_AT.match(text, at)
            if string is None:
                break  # an unterminated string: the rest stays as it is
            out.append(text[pos : string.end()])
            pos = string.end()
        elif token == ",":
            out.append(text[pos:at] if _CLOSING_AHEAD.match(text, at + 1) else text[pos : at + 1])
            pos = at + 1
        else:
            out.append(text[pos:at])
            end = text.find("*/" if token == "/*" else "\n", at + 2)
            pos = len(text) if end < 0 else end + (2 if token == "/*" else 0)
    out.append(text[pos:])
    return "".join(out)


def read_jsonld_blocks(page: str, origin: str) -> tuple[list[Any], list[str], int]:
    """Return the parsed value of each readable JSON-LD block, one reason per rejected block, and the block count."""
    values: list[Any] = []
    rejected: list[str] = []
    blocks = [b for b in jsonld_blocks(page) if b.strip()]
    for number, block in enumerate(blocks, start=1):
        try:
            values.append(lenient_json(block))
        except json.JSONDecodeError as exc:
            rejected.append(f"{origin}: JSON-LD block {number} is not valid JSON ({exc.msg}, line {exc.lineno})")
    return values, rejected, len(blocks)


def embedded_items(page: str, url: str) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """Return the schema.org items of a page's microdata and RDFa, the syntaxes read and any problem."""
    syntaxes = [name for name, marker in (("microdata", _MICRODATA), ("rdfa", _RDFA_TYPED)) if marker.search(page)]
    if not syntaxes:
        return [], [], []
    try:
        # extruct reads every text node of a property, so what the page hides inside one goes first.
        found = extruct.extract(without_hidden_fragments(page), base_url=url, syntaxes=syntaxes, uniform=True)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml rejects some documents; extruct recurses per level
        return [], syntaxes, [f"{url}: microdata/RDFa not readable ({exc})"]
    items = list(found.get("microdata") or []) + compact_rdfa(found.get("rdfa") or [])
    return items, syntaxes, []


def read_page(page: str, url: str, company_hint: str | None = None) -> PageRead:
    """Return every JobPosting a page states in JSON-LD, microdata or RDFa, references resolved, each its own."""
    values, rejected, blocks = read_jsonld_blocks(page, url)
    items, syntaxes, problems = embedded_items(page, url)
    read = PageRead(rejected=rejected + problems, blocks=blocks, syntaxes=(["json-ld"] if blocks else []) + syntaxes)
    read.postings = postings_of(values, url, company_hint, embedded=items)
    return read


def postings_of(
    values: list[Any], url: str, company_hint: str | None = None, embedded: list[Any] | None = None
) -> list[RawPosting]:
    """Return one RawPosting per JobPosting in parsed JSON-LD values (or a captured value), references resolved.

    ``embedded`` are the page's microdata/RDFa items: one that repeats a JSON-LD posting (same title, URL and
    identifier) is the same posting said twice and is dropped.
    """
    everything = values + list(embedded or [])
    index = node_index(everything, url)
    budget = [_MAX_RESOLVED]
    payloads: list[dict[str, Any]] = []
    seen_objects: set[int] = set()
    from_jsonld: set[tuple[str, str, str]] = set()
    for number, value in enumerate(everything):
        for posting in find_job_postings(value):
            if id(posting) in seen_objects:  # one node reached twice (a @graph and an ItemList)
                continue
            seen_objects.add(id(posting))
            resolved = resolve(posting, index, budget)
            absolute = _absolute(resolved.get("url"), url)
            if absolute:
                resolved["url"] = absolute
            key = (_title(resolved), absolute or "", str(identifier_of(resolved.get("identifier")) or ""))
            if number < len(values):
                from_jsonld.add(key)
            elif key in from_jsonld:
                continue
            payloads.append(resolved)
    slots = assign_slots(payloads, url)
    return [
        RawPosting(format="jsonld", payload=payload, origin=url, company_hint=company_hint, slot=slot)
        for payload, slot in zip(payloads, slots, strict=True)
    ]


def node_index(values: list[Any], url: str) -> dict[str, dict[str, Any]]:
    """Return the page's nodes with an ``@id`` and content, by their id as written and as an absolute URL."""
    index: dict[str, dict[str, Any]] = {}
    stack: list[tuple[Any, int]] = [(v, 0) for v in values]
    while stack:
        value, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, dict):
            ref = value.get("@id")
            if isinstance(ref, str) and not _is_reference(value):
                for key in {ref, _absolute_id(ref, url)}:
                    index.setdefault(key, value)
            stack.extend((item, depth + 1) for item in value.values() if isinstance(item, dict | list))
    return index


def resolve(
    value: Any, index: dict[str, dict[str, Any]], budget: list[int], trail: frozenset[str] = frozenset(), depth: int = 0
) -> Any:
    """Return a copy of the value with each ``{"@id": ...}`` reference replaced by the node it names (no cycles)."""
    if depth > _MAX_DEPTH or budget[0] <= 0:
        return value
    if isinstance(value, list):
        return [resolve(item, index, budget, trail, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    budget[0] -= 1
    ref = value.get("@id")
    if isinstance(ref, str) and _is_reference(value):
        target = index.get(ref)
        if target is not None and ref not in trail and not is_job_posting(target):
            return resolve(target, index, budget, trail | {ref}, depth + 1)
        return value
    inner = trail | {ref} if isinstance(ref, str) else trail
    return {key: resolve(item, index, budget, inner, depth + 1) for key, item in value.items()}


def _is_reference(value: dict[str, Any]) -> bool:
    return set(value) <= {"@id", "@type"}


def _absolute_id(ref: str, url: str) -> str:
    return urljoin(url, ref) if urlsplit(url).scheme in ("http", "https") else ref


def _absolute(value: Any, page_url: str) -> str | None:
    """Return a posting's own URL made absolute against its page (web pages only)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    if not isinstance(value, str) or not value.strip():
        return None
    value = html.unescape(value.strip())
    if urlsplit(value).scheme in ("http", "https"):
        return value
    if urlsplit(page_url).scheme in ("http", "https"):
        return urljoin(page_url, value)
    return None


def _title(posting: dict[str, Any]) -> str:
    title = posting.get("title") or posting.get("name")
    return title.strip() if isinstance(title, str) else ""


def assign_slots(payloads: list[dict[str, Any]], page_url: str) -> list[str | None]:
    """Return each posting's slot on its page: None when its URL is its own, else its identifier or title#n."""
    page = canonical_url(page_url) or page_url
    urls = [canonical_url(p.get("url")) if isinstance(p.get("url"), str) else None for p in payloads]
    effective = [u or page for u in urls]
    shared = {u for u in effective if effective.count(u) > 1}
    idents = [identifier_of(p.get("identifier")) for p in payloads]
    slots: list[str | None] = []
    seen_titles: dict[str, int] = {}
    for payload, link, ident in zip(payloads, effective, idents, strict=True):
        if link not in shared:
            slots.append(None)
            continue
        same_link_idents = [i for i, e in zip(idents, effective, strict=True) if e == link]
        if ident and same_link_idents.count(ident) == 1:
            slots.append(f"id-{_SLUG.sub('-', ident.lower()).strip('-') or ident}")
            continue
        slug = _SLUG.sub("-", _title(payload).lower()).strip("-") or "posting"
        seen_titles[slug] = seen_titles.get(slug, 0) + 1
        slots.append(f"{slug}-{seen_titles[slug]}")
    return slots


def with_hint(raws: list[RawPosting], hint: str | None) -> list[RawPosting]:
    """Return the postings with a company hint where they have none."""
    return [raw if raw.company_hint or not hint else replace(raw, company_hint=hint) for raw in raws]


def parse_jsonld(value: Any, origin: str, company_hint: str | None = None) -> list[RawPosting]:
    """Return one RawPosting per JobPosting in a parsed JSON-LD value, ``@id`` references resolved."""
    return postings_of([value], origin, company_hint)


def extract_jsonld(page: str, origin: str, company_hint: str | None = None) -> SourceResult:
    """Return the JobPostings of an HTML page through the one structured-data reader (``structured.read_page``)."""
    read = read_page(page, origin, company_hint)
    return SourceResult(postings=read.postings, warnings=read.warnings)
