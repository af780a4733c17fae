"""Turn posting HTML (and HTML-escaped HTML) into readable plain text with the stdlib only.

Most posting HTML is a handful of simple tags, so a regex tokenizer feeds the text builder directly (no parser
is even built); markup it does not fully understand (comments, scripts, odd tags, stray '<') goes through
``html.parser`` instead. Both paths drive the same builder, so the output is the same either way.

Text a browser would not show is dropped (see ``hidden``): comments, ``<template>``, ``<noscript>``, scripts and
styles always; elements hidden by attributes, inline styles, utility classes or the document's own ``<style>``
rules whenever the markup holds anything that could hide (``may_hide``), which sends it down the parser path.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from careerpilot.tools.sources.hidden import (
    VOID_TAGS,
    HidingRules,
    closed_by_end,
    closed_by_start,
    hiding_rules,
    may_hide,
)

_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article"}
)
_LINE_TAGS = frozenset(
    {"br", "div", "tr", "dt", "dd", "hr", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "address"}
)
_SKIPPED_TAGS = frozenset(
    {"script", "style", "title", "template", "noscript", "svg", "datalist", "iframe", "canvas", "audio", "video"}
)
_REAL_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")  # as parsers see tags: no space after '<'
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]*")
_OTHER_SPACES = str.maketrans(dict.fromkeys("\t\r\f\v\n\xa0", " "))
_SPACE_RUNS = re.compile(" {2,}")
# A tag exactly as html.parser would read it (same name, same end, same '/>'); anything else falls back to it.
_SIMPLE_TAG = re.compile(
    r"<(?:/([a-zA-Z][-.a-zA-Z0-9:_]*)[ \t\n\r\f]*"
    r"|([a-zA-Z][-.a-zA-Z0-9:_]*)"
    r"(?:[ \t\n\r\f]+[^ \t\n\r\f\"'<>/=`]+(?:[ \t\n\r\f]*=[ \t\n\r\f]*(?:\"[^\"]*\"|'[^']*'|[^ \t\n\r\f\"'=<>`]+))?)*"
    r"[ \t\n\r\f]*(/?))>"
)
_CDATA_TAGS = frozenset({"script", "style"})  # html.parser reads their content raw
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextBuilder:
    """Collect text lines from HTML events: blocks break lines, list items become '- ' lines."""

    def __init__(self, rules: HidingRules | None = None) -> None:
        self.rules = rules
        self.lines: list[str] = []
        self._current: list[str] = []
        self._current_raw = False  # _current holds <pre> text, whose spaces were not collapsed
        self._bullet_pending = False
        self._skip_depth = 0
        self._pre_depth = 0
        self._list_depth = 0
        self._item_depth = 0
        self._hidden_tag: str | None = None  # the outermost hidden element we are inside, if any
        self._hidden_depth = 0  # how many elements of that name are open inside it, itself included

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden_tag is not None and not self._hidden_ends_at_start(tag):
            return
        if self.rules is not None and tag not in VOID_TAGS and self.rules.hides(tag, attrs):
            self._hidden_tag, self._hidden_depth = tag, 1
            return
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag == "li":
            self._break(paragraph=False)
            self._bullet_pending = True
            self._item_depth += 1
        elif tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self._break(paragraph=self._is_paragraph(tag))
        if tag in ("ul", "ol"):
            self._list_depth += 1
        elif tag == "pre":
            self._pre_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._break(paragraph=False)

    def handle_endtag(self, tag: str) -> None:
        if self._hidden_tag is not None and not self._hidden_ends_at_end(tag):
            return
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "li":
            self._bullet_pending = False
            self._item_depth = max(0, self._item_depth - 1)
            self._break(paragraph=False)
            return
        if tag in ("ul", "ol"):
            self._list_depth = max(0, self._list_depth - 1)
        if tag in _PARAGRAPH_TAGS or tag in _LINE_TAGS:
            self._break(paragraph=self._is_paragraph(tag))
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._skip_depth or self._hidden_tag is not None:
            return
        if self._pre_depth:
            self._current_raw = True
            first, *rest = data.split("\n")
            self._current.append(first)
            for piece in rest:
                self._break(paragraph=False)
                self._current.append(piece)
            return
        text = collapse_spaces(data)
        if self._bullet_pending and text.strip():
            self._current.append("- ")
            text = text.lstrip()
            self._bullet_pending = False
        self._current.append(text)

    def finish(self) -> str:
        """Return the collected text (call once the markup has been fed)."""
        self._bullet_pending = False
        self._break(paragraph=False)
        return "\n".join(self.lines).strip()

    def _hidden_ends_at_start(self, tag: str) -> bool:
        """Count a start tag inside a hidden element; return True when it implicitly closes that element."""
        hidden = self._hidden_tag
        if self._hidden_depth == 1 and closed_by_start(hidden or "", tag):
            self._hidden_tag, self._hidden_depth = None, 0
            return True
        if tag == hidden and tag not in VOID_TAGS:
            self._hidden_depth += 1
        return False

    def _hidden_ends_at_end(self, tag: str) -> bool:
        """Count an end tag inside a hidden element; return True when the tag itself should still be handled."""
        if tag == self._hidden_tag:
            self._hidden_depth -= 1
            if self._hidden_depth <= 0:
                self._hidden_tag, self._hidden_depth = None, 0
            return False  # the hidden element's own end tag: nothing was opened, so nothing to close
        if self._hidden_depth == 1 and closed_by_end(self._hidden_tag or "", tag):
            self._hidden_tag, self._hidden_depth = None, 0
            return True
        return False

    def _is_paragraph(self, tag: str) -> bool:
        """Return True when the tag separates paragraphs; inside a list it only breaks the line."""
        return tag in _PARAGRAPH_TAGS and not self._item_depth and not (tag in ("ul", "ol") and self._list_depth)

    def _break(self, *, paragraph: bool) -> None:
        if self._bullet_pending:
            return
        if self._current:
            self._end_line()
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")

    def _end_line(self) -> None:
        """Move the collected pieces to ``lines`` as one line, its spaces collapsed outside <pre>."""
        current = self._current
        if self._pre_depth:
            line = "".join(current).rstrip()
        elif self._current_raw:
            line = collapse_spaces("".join(current)).strip()
        elif len(current) == 1:
            line = current[0].strip()  # handle_data collapsed it already
        else:
            # Every piece is collapsed already, so spaces can only run together where two pieces meet.
            joined = "".join(current)
            line = (_SPACE_RUNS.sub(" ", joined) if "  " in joined else joined).strip()
        self._current = []
        self._current_raw = False
        if line:
            self.lines.append(line)


class _Parser(HTMLParser):
    """html.parser driving a text builder, for markup the fast tokenizer leaves alone."""

    def __init__(self, builder: _TextBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.handle_starttag = builder.handle_starttag  # type: ignore[method-assign]
        self.handle_startendtag = builder.handle_startendtag  # type: ignore[method-assign]
        self.handle_endtag = builder.handle_endtag  # type: ignore[method-assign]
        self.handle_data = builder.handle_data  # type: ignore[method-assign]


def collapse_spaces(text: str) -> str:
    r"""Return the text with each run of spaces, tabs, newlines and no-break spaces as one space.

    Same result as substituting ``[ \t\r\f\v\n\xa0]+``; ``in`` checks and ``replace`` are far cheaper than a
    regex that matches every single space of a long description.
    """
    if "\n" in text:
        text = text.replace("\n", " ")
    if "\t" in text or "\r" in text or "\f" in text or "\v" in text or "\xa0" in text:
        text = text.translate(_OTHER_SPACES)
    return _SPACE_RUNS.sub(" ", text) if "  " in text else text


def looks_escaped(text: str) -> bool:
    """Return True when the text is HTML-escaped HTML (Greenhouse's ``content``) with no real tags."""
    return "&lt;" in text and bool(_ESCAPED_TAG.search(text)) and not _REAL_TAG.search(text)


def looks_like_html(text: str) -> bool:
    """Return True when the text holds HTML tags, escaped or not."""
    return bool(_REAL_TAG.search(text)) or looks_escaped(text)


def unescape_html(text: str) -> str:
    """Return real HTML: unescape once when the whole document was HTML-escaped, else return it unchanged."""
    return html.unescape(text) if looks_escaped(text) else text


def html_to_text(markup: str) -> str:
    """Convert HTML to plain text: blocks become lines, list items '- ' lines, entities unescaped, hidden text out."""
    markup = unescape_html(markup)
    hiding = may_hide(markup)
    builder = _TextBuilder()
    if hiding or not _feed_simple(builder, markup):
        builder = _TextBuilder(hiding_rules(markup) if hiding else None)
        parser = _Parser(builder)
        parser.feed(markup)
        parser.close()
    return builder.finish()


def _feed_simple(builder: _TextBuilder, markup: str) -> bool:
    """Feed simple markup to the builder as html.parser would; return False (builder spoiled) when it is not simple.

    ``split`` cuts the markup into text, closing name, opening name and '/' of each tag in one C call, which
    spares three match-object calls and a slice per tag.
    """
    parts = _SIMPLE_TAG.split(markup)
    pieces = iter(parts)
    for text, closing, opening, self_closing in zip(pieces, pieces, pieces, pieces, strict=False):
        if text and not _feed_text(builder, text):
            return False
        if closing:
            builder.handle_endtag(closing.lower())
            continue
        tag = opening.lower()
        if tag in _CDATA_TAGS:
            return False
        if self_closing:
            builder.handle_startendtag(tag, [])
        else:
            builder.handle_starttag(tag, [])
    return not parts[-1] or _feed_text(builder, parts[-1])


def _feed_text(builder: _TextBuilder, text: str) -> bool:
    """Feed text between tags (entities resolved, like ``convert_charrefs``); False when it holds a stray '<'."""
    if "<" in text:
        return False
    builder.handle_data(html.unescape(text) if "&" in text else text)  # unescape's own check, without the call
    return True


def clean_text(text: str) -> str:
    """Normalize plain text: unescape entities, collapse spaces per line, keep at most one blank line."""
    lines = [collapse_spaces(line).strip() for line in html.unescape(text).splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def description_to_text(value: str | None) -> str:
    """Return readable text from a description that may be HTML, escaped HTML or plain text."""
    if not value:
        return ""
    return html_to_text(value) if looks_like_html(value) else clean_text(value)


def text_to_html(text: str) -> str:
    """Wrap plain text in ``<p>`` paragraphs, one per blank-line-separated block, escaped exactly once."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    return "".join(f"<p>{html.escape(html.unescape(block))}</p>" for block in blocks)


def description_to_html(value: str | None) -> str | None:
    """Return HTML for a description that may be HTML, escaped HTML or plain text; None when empty."""
    if not value or not value.strip():
        return None
    return unescape_html(value) if looks_like_html(value) else text_to_html(value)


def join_sections(*sections: str) -> str:
    """Join non-empty text sections with one blank line between them."""
    return "\n\n".join(section.strip() for section in sections if section and section.strip())


def section(heading: str, body: str) -> str:
    """Return 'Heading:' on its own line above the body, or '' when the body is empty."""
    body = body.strip()
    if not body:
        return ""
    heading = heading.strip()
    if heading and not heading.endswith((":", ".", "?", "!", "…")):
        heading += ":"
    return f"{heading}\n{body}" if heading else body
