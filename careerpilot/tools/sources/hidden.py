"""Which HTML elements a browser would not show: the text inside them is never read, scored or given to a model.

Hidden means any of: the ``hidden`` attribute, ``aria-hidden="true"``, a ``<dialog>`` that is not open, an inline
style that hides (``display:none``, ``visibility:hidden``, ``opacity:0``, a zero or 1px font, ``color:
transparent``, a large negative ``text-indent``, margin or offset, ``transform: scale(0)``, a zero-size box with
``overflow:hidden``, ``clip: rect(0 0 0 0)`` or ``clip-path: inset(50%)``), a hiding utility class (``sr-only``,
``visually-hidden``, ``d-none``, ``hidden`` without a responsive variant, ...), or a class or id that a
``<style>`` block of the same document hides with a simple selector (``.note``, ``#x``, ``span.note``; rules inside
``@media`` blocks and selectors with combinators or pseudo-classes are left alone: they hide only sometimes).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
HIDING_CLASSES = frozenset(
    {
        "hidden", "hide", "is-hidden", "u-hidden", "d-none", "invisible", "sr-only", "visually-hidden",
        "visuallyhidden", "screen-reader-text", "screenreader-only", "a11y-hidden",
    }
)  # fmt: skip
# An element whose end tag is optional ends where a browser ends it: at these start tags, or its parent's end tag.
_BLOCK_STARTS = frozenset(
    {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre", "section", "table", "ul", "li"}
)  # fmt: skip
_CLOSED_BY_START = {
    "p": _BLOCK_STARTS,
    "li": frozenset({"li"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
    "tr": frozenset({"tr"}),
    "td": frozenset({"td", "th", "tr"}),
    "th": frozenset({"td", "th", "tr"}),
    "option": frozenset({"option", "optgroup"}),
}
_CLOSED_BY_END = {
    "p": frozenset({"div", "li", "td", "th", "section", "article", "blockquote", "body", "dd", "main", "aside"}),
    "li": frozenset({"ul", "ol"}),
    "dt": frozenset({"dl"}),
    "dd": frozenset({"dl"}),
    "tr": frozenset({"table", "tbody", "thead", "tfoot"}),
    "td": frozenset({"tr", "table"}),
    "th": frozenset({"tr", "table"}),
    "option": frozenset({"select", "datalist"}),
}
_ATTRIBUTE_CUES = ("hid", "sr-only", "d-none", "invisible", "screen-reader", "<dialog")
_CSS_CUE = re.compile(
    r"display\s*:|visibility|opacity|font(?:-size)?\s*:|indent|clip|scale[xyz3d]*\s*\(|translate|transparent|"
    r":\s*-|&#|&colon|\\"
)
_OFFSCREEN_PX = 500.0
_LENGTH = re.compile(r"(-?\d*\.?\d+)\s*(px|pt|em|rem|%|vw|vh|ch|ex)?")
_PX_PER = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, "ch": 8.0, "ex": 8.0, "vw": 12.0, "vh": 8.0}
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)")
_SIMPLE_SELECTOR = re.compile(r"([a-z][a-z0-9-]*|\*)?((?:[.#][\w-]+)+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.I | re.S)


def may_hide(markup: str) -> bool:
    """Return False when nothing in the markup can hide text (a cheap check that spares the full parse)."""
    low = markup.lower()
    if any(cue in low for cue in _ATTRIBUTE_CUES):
        return True
    return "style" in low and bool(_CSS_CUE.search(low))


def closed_by_start(open_tag: str, tag: str) -> bool:
    """Return True when a start tag ends an open element whose end tag is optional (a new ``<li>`` ends an ``li``)."""
    return tag in _CLOSED_BY_START.get(open_tag, ())


def closed_by_end(open_tag: str, tag: str) -> bool:
    """Return True when a parent's end tag ends an open element whose end tag is optional (``</ul>`` ends an ``li``)."""
    return tag in _CLOSED_BY_END.get(open_tag, ())


def _length_px(value: str) -> float | None:
    """Return a CSS length in (approximate) pixels, or None when it is not a plain length."""
    found = _LENGTH.match(value.strip())
    if found is None:
        return None
    number, unit = float(found.group(1)), found.group(2) or "px"
    return number * 16 / 100 if unit == "%" else number * _PX_PER[unit]


def _declarations(style: str) -> dict[str, str]:
    """Return an inline style's properties, lower-cased, CSS escapes resolved and ``!important`` dropped."""
    style = _CSS_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), _COMMENT.sub("", style))
    found: dict[str, str] = {}
    for part in style.lower().split(";"):
        name, sep, value = part.partition(":")
        if sep:
            found[name.strip()] = value.replace("!important", "").strip()
    return found


def style_hides(style: str) -> bool:
    """Return True when an inline style (or a rule's declarations) keeps its element's text from being seen."""
    css = _declarations(style)
    if css.get("display") == "none" or css.get("visibility") in ("hidden", "collapse"):
        return True
    if css.get("color") == "transparent" or _tiny(css.get("opacity"), 0.05, unitless=True):
        return True
    font = css.get("font-size") or (css.get("font") or "").split("/")[0].split(" ")[0]
    if _tiny(font, 1.0):
        return True
    return _offscreen(css) or _clipped(css)


def _tiny(value: str | None, limit: float, *, unitless: bool = False) -> bool:
    if not value:
        return False
    if unitless:
        found = _LENGTH.match(value)
        if found is None:
            return False
        number = float(found.group(1))
        return (number / 100 if found.group(2) == "%" else number) <= limit
    px = _length_px(value)
    return px is not None and px <= limit


def _far_left(value: str | None) -> bool:
    px = _length_px(value) if value else None
    return px is not None and px <= -_OFFSCREEN_PX


def _offscreen(css: dict[str, str]) -> bool:
    """Return True for text pushed out of view: indent, margin, a positioned offset or a translate."""
    if _far_left(css.get("text-indent")) or _far_left(css.get("margin-left")) or _far_left(css.get("margin-top")):
        return True
    positioned = css.get("position") in ("absolute", "fixed", "relative", "sticky")
    if positioned and any(_far_left(css.get(side)) for side in ("left", "top", "right", "bottom")):
        return True
    transform = css.get("transform", "")
    if re.search(r"scale[xyz3d]*\(\s*0*\.?0*\s*[,)]", transform):
        return True
    moved = re.search(r"translate[xyz3d]*\(\s*([^,)]+)", transform)
    return bool(moved and _far_left(moved.group(1)))


def _clipped(css: dict[str, str]) -> bool:
    """Return True for a box of (almost) no size that hides its overflow, or a clip that leaves nothing."""
    overflow = css.get("overflow", "") + css.get("overflow-x", "") + css.get("overflow-y", "")
    if "hidden" in overflow or "clip" in overflow:
        for name in ("width", "height"):  # not max-height: a collapsed "read more" opens on a click
            if _tiny(css.get(name), 1.0):
                return True
    clip = css.get("clip", "").replace(",", " ")
    if clip.startswith("rect("):
        sizes = [_length_px(v) for v in clip[5:].rstrip(")").split()]
        if sizes and all(size is not None and size <= 1 for size in sizes):
            return True
    clip_path = css.get("clip-path", "")
    return bool(re.match(r"(inset\(\s*(50|100)%|circle\(\s*0)", clip_path))


def _classes(attrs: dict[str, str | None]) -> list[str]:
    return (attrs.get("class") or "").split()


@dataclass(frozen=True, slots=True)
class HidingRules:
    """The classes and ids a document's own ``<style>`` blocks hide, plus the rules every document shares."""

    classes: frozenset[str] = frozenset()
    ids: frozenset[str] = frozenset()
    compound: tuple[tuple[str | None, frozenset[str], str | None], ...] = field(default=())

    def hides(self, tag: str, attrs: Iterable[tuple[str, str | None]]) -> bool:
        """Return True when an element with this tag and these attributes is not shown."""
        found = {name.lower(): value for name, value in attrs}
        if tag == "dialog" and "open" not in found:
            return True
        if not found:
            return False
        if "hidden" in found or (found.get("aria-hidden") or "").strip().lower() == "true":
            return True
        style = found.get("style")
        if style and style_hides(style):
            return True
        classes = _classes(found)
        responsive = any(":" in name for name in classes)  # "hidden md:block" shows on wide screens
        if not responsive and any(name.lower() in HIDING_CLASSES for name in classes):
            return True
        ident = (found.get("id") or "").lower() or None
        if ident is not None and ident in self.ids:
            return True
        classes = [name.lower() for name in classes]
        if any(name in self.classes for name in classes):
            return True
        return any(
            (want_tag is None or want_tag == tag) and want.issubset(classes) and (want_id is None or want_id == ident)
            for want_tag, want, want_id in self.compound
        )


def hiding_rules(markup: str) -> HidingRules:
    """Return the hiding rules of a document: its ``<style>`` blocks' simple selectors that hide."""
    classes: set[str] = set()
    ids: set[str] = set()
    compound: list[tuple[str | None, frozenset[str], str | None]] = []
    for block in _STYLE_BLOCK.findall(markup):
        for selectors, body in _top_level_rules(html.unescape(_COMMENT.sub("", block))):
            if not style_hides(body):
                continue
            for selector in selectors.split(","):
                _add_selector(selector.strip().lower(), classes, ids, compound)
    return HidingRules(frozenset(classes), frozenset(ids), tuple(compound))


def _top_level_rules(css: str) -> list[tuple[str, str]]:
    """Return (selectors, declarations) of the rules outside any at-rule block (``@media`` hides only sometimes)."""
    rules: list[tuple[str, str]] = []
    depth, start, selectors = 0, 0, ""
    for brace in re.finditer(r"[{}]", css):
        if brace.group() == "{":
            if depth == 0:
                selectors, start = css[start : brace.start()], brace.end()
            depth += 1
        else:
            depth = max(0, depth - 1)
            if depth == 0:
                if not selectors.strip().startswith("@"):
                    rules.append((selectors, css[start : brace.start()]))
                start = brace.end()
    return rules


def _add_selector(
    selector: str, classes: set[str], ids: set[str], compound: list[tuple[str | None, frozenset[str], str | None]]
) -> None:
    """Record one simple selector (a tag with classes and an id); anything with combinators is skipped."""
    found = _SIMPLE_SELECTOR.fullmatch(selector)
    if found is None:
        return
    tag = None if found.group(1) in (None, "*") else found.group(1)
    parts = re.findall(r"[.#][\w-]+", found.group(2))
    wanted = frozenset(p[1:] for p in parts if p[0] == ".")
    ident = next((p[1:] for p in parts if p[0] == "#"), None)
    if tag is None and len(parts) == 1:
        (classes if wanted else ids).add(parts[0][1:])
    else:
        compound.append((tag, wanted, ident))


_NEVER_SHOWN = frozenset({"template", "noscript", "script", "style"})
_PROPERTY_ATTRIBUTES = ("itemprop", "property")
_STRUCTURE_ATTRIBUTES = ("itemprop", "itemscope", "property", "typeof")


def without_hidden_fragments(page: str) -> str:
    """Return the page without the hidden parts of microdata and RDFa property values, for extruct to read.

    A hidden element inside a property (a ``display:none`` span in ``itemprop="description"``) goes, and so do
    comments, templates and ``<noscript>`` there. An element that is itself structured data stays even when
    hidden: sites hide whole microdata blocks for search engines, and the person sees that text in CareerPilot.
    """
    if not may_hide(page) and "<!--" not in page and "<template" not in page and "<noscript" not in page:
        return page
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    rules = hiding_rules(page)
    for element in list(root.iter()):
        if not _inside_property(element):
            continue
        if not isinstance(element.tag, str):  # a comment or processing instruction
            element.drop_tree()
        elif any(element.get(name) is not None for name in _STRUCTURE_ATTRIBUTES):
            continue
        elif element.tag in _NEVER_SHOWN or rules.hides(element.tag, list(element.attrib.items())):
            element.drop_tree()
    return str(lxml_html.tostring(root, encoding="unicode"))


def _inside_property(element: Any) -> bool:
    """Return True when an ancestor of the element is a microdata or RDFa property."""
    parent = element.getparent()
    while parent is not None:
        if any(parent.get(name) is not None for name in _PROPERTY_ATTRIBUTES):
            return True
        parent = parent.getparent()
    return False
