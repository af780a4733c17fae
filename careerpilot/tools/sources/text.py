"""Turn posting HTML (and HTML-escaped HTML) into readable plain text with the stdlib only."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_PARAGRAPH_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article"}
)
_LINE_TAGS = frozenset(
    {"br", "div", "tr", "dt", "dd", "hr", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "address"}
)
_SKIPPED_TAGS = frozenset({"script", "style", "title", "template", "noscript", "svg"})
_REAL_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")  # as parsers see tags: no space after '<'
_ESCAPED_TAG = re.compile(r"&lt;/?[a-zA-Z][a-zA-Z0-9]*")
_SPACES = re.compile(r"[ \t\r\f\v\n\xa0]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


class _TextBuilder(HTMLParser):
    """Collect text lines from HTML: blocks break lines, list items become '- ' lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._current: list[str] = []
        self._bullet_pending = False
        self._skip_depth = 0
        self._pre_depth = 0
        self._list_depth = 0
        self._item_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
        if self._skip_depth:
            return
        if self._pre_depth:
            first, *rest = data.split("\n")
            self._current.append(first)
            for piece in rest:
                self._break(paragraph=False)
                self._current.append(piece)
            return
        text = _SPACES.sub(" ", data)
        if self._bullet_pending and text.strip():
            self._current.append("- ")
            text = text.lstrip()
            self._bullet_pending = False
        self._current.append(text)

    def finish(self) -> str:
        """Close the parser and return the collected text."""
        self.close()
        self._bullet_pending = False
        self._break(paragraph=False)
        return "\n".join(self.lines).strip()

    def _is_paragraph(self, tag: str) -> bool:
        """Return True when the tag separates paragraphs; inside a list it only breaks the line."""
        return tag in _PARAGRAPH_TAGS and not self._item_depth and not (tag in ("ul", "ol") and self._list_depth)

    def _break(self, *, paragraph: bool) -> None:
        if self._bullet_pending:
            return
        joined = "".join(self._current)
        line = joined.rstrip() if self._pre_depth else _SPACES.sub(" ", joined).strip()
        self._current = []
        if line:
            self.lines.append(line)
        if paragraph and self.lines and self.lines[-1]:
            self.lines.append("")


def looks_escaped(text: str) -> bool:
    """Return True when the text is HTML-escaped HTML (Greenhouse's ``content``) with no real tags."""
    return bool(_ESCAPED_TAG.search(text)) and not _REAL_TAG.search(text)


def looks_like_html(text: str) -> bool:
    """Return True when the text holds HTML tags, escaped or not."""
    return bool(_REAL_TAG.search(text)) or looks_escaped(text)


def unescape_html(text: str) -> str:
    """Return real HTML: unescape once when the whole document was HTML-escaped, else return it unchanged."""
    return html.unescape(text) if looks_escaped(text) else text


def html_to_text(markup: str) -> str:
    """Convert HTML to plain text: blocks become lines, list items '- ' lines, entities unescaped."""
    builder = _TextBuilder()
    builder.feed(unescape_html(markup))
    return builder.finish()


def clean_text(text: str) -> str:
    """Normalize plain text: unescape entities, collapse spaces per line, keep at most one blank line."""
    lines = [_SPACES.sub(" ", line).strip() for line in html.unescape(text).splitlines()]
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
