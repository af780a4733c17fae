"""JSON and YAML parsing with a nesting limit: hostile files, pages and request bodies are refused before they recurse.

``json.loads`` recurses once per level and a 200,000-level ``[[[[…`` raises ``RecursionError`` (a traceback, a 500,
a dropped connection); even a 900-level value that parses recurses again in every later walk of it. No job posting,
resume or request needs more than a few dozen levels, so deeper text is refused with ``JsonTooDeepError``, a
``json.JSONDecodeError`` that says where the limit was passed, so every caller's existing handler reports it.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

import yaml

MAX_JSON_DEPTH = 64
# Possessive and atomic: linear on any input, an unterminated string included.
_STRING = re.compile(r'"(?>[^"\\]++|\\.)*+"', re.S)
_TOKEN = re.compile(r'"(?>[^"\\]++|\\.)*+"|[\[\]{}]', re.S)
_DELTA = {"[": 1, "{": 1, "]": -1, "}": -1}


class JsonTooDeepError(json.JSONDecodeError):
    """JSON nested deeper than the limit; its position is where the limit was passed."""


def too_deep_at(text: str, max_depth: int = MAX_JSON_DEPTH) -> int | None:
    """Return the offset where the nesting of ``text`` first passes ``max_depth``, None when it never does."""
    if text.count("[") + text.count("{") <= max_depth:
        return None
    brackets = re.findall(r"[\[\]{}]", _STRING.sub("", text))
    if max(accumulate(_DELTA[b] for b in brackets), default=0) <= max_depth:
        return None
    depth = 0
    for token in _TOKEN.finditer(text):
        if token.end() - token.start() == 1:  # a bracket; strings are longer
            depth += _DELTA[text[token.start()]]
        if depth > max_depth:
            return token.start()
    return None


def check_json_depth(text: str, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Raise JsonTooDeepError when ``text`` nests deeper than ``max_depth``."""
    offset = too_deep_at(text, max_depth)
    if offset is not None:
        raise JsonTooDeepError(f"nested more than {max_depth} levels deep", text, offset)


def load_json(text: str, *, strict: bool = True, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON like ``json.loads``, refusing text nested deeper than ``max_depth``.

    Raises:
        json.JSONDecodeError: the text is not JSON, or (JsonTooDeepError) it nests too deep.
    """
    check_json_depth(text, max_depth)
    return json.loads(text, strict=strict)


class _BoundedYamlLoader(yaml.SafeLoader):
    """SafeLoader that refuses nodes nested deeper than MAX_JSON_DEPTH (the composer recurses once per level)."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_JSON_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_JSON_DEPTH} levels deep", mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def load_yaml(text: str) -> Any:
    """Parse YAML like ``yaml.safe_load``, refusing nodes nested deeper than MAX_JSON_DEPTH.

    Raises:
        yaml.YAMLError: the text is not YAML, or it nests too deep.
    """
    return yaml.load(text, Loader=_BoundedYamlLoader)  # noqa: S506 - a SafeLoader subclass
