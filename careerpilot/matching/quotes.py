"""Which posting words let a model change a requirement: verbatim quotes, and what marks an item optional.

The LLM refinement (``requirements_llm.py``) treats the model as possibly compromised. It may add a requirement
only in the posting's own words, and may lower a required item to preferred only by quoting posting text that
says the item is optional: the item's own words ("Kubernetes is a plus") or the lead-in line of the bullet list
it sits in ("Nice to have:"). Comparisons ignore case, punctuation and spacing (``text.claims.normalize``).
"""

from __future__ import annotations

import re

from careerpilot.text.claims import normalize

OPTIONAL = re.compile(
    r"\b(?:prefer\w*|nice[- ]to[- ]have|(?:is |are )?a plus|bonus\w*|ideally|desir\w+|advantage\w*|good to have|"
    r"optional|not required|would be (?:nice|great|helpful)|stand out)\b",
    re.IGNORECASE,
)
_DEMANDED = re.compile(r"\b(?:must|required|requires|essential|mandatory|minimum|at least)\b")  # on normalized text
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—+]|\d{1,2}[.)])\s+")


def quoted(quote: str, posting: str) -> bool:
    """Return True when the quote has a word and is written in the posting (``posting`` already normalized)."""
    words = normalize(quote)
    return bool(words.strip()) and words in posting


def marks_optional(quote: str, requirement: str, text: str) -> bool:
    """Return True when the quote is posting text saying this requirement is optional.

    It must be written in ``text`` (the posting), name an optional cue, and be either part of the
    requirement's own words with no demand before it ("Must know Go; gRPC is a plus" stays required, as the
    rules read it) or in the line that introduces the bullet list holding the requirement.
    """
    if not quote.strip() or not OPTIONAL.search(quote) or not quoted(quote, normalize(text)):
        return False
    said, item = normalize(quote), normalize(requirement)
    if not item.strip():
        return False
    if said in item:
        cue = OPTIONAL.search(said)
        return cue is not None and not _DEMANDED.search(item[: item.index(said) + cue.start()])
    return _introduces(said, item, text)


def _introduces(said: str, item: str, text: str) -> bool:
    """Return True when the line holding ``said`` is the last non-bullet line before the one holding ``item``."""
    lead = False
    for line in text.splitlines():
        if not line.strip():
            continue
        words = normalize(line)
        if lead and item in words:
            return True
        if not _BULLET.match(line):
            lead = said in words
    return False
