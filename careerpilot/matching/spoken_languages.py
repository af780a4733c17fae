"""The names of spoken and signed languages a posting may ask for and a resume may list, and the words that ask.

A name counts only capitalised and beside a word of language (``LANGUAGE_CONTEXT``): "Swedish massage", "polish
floors" or "French drains" ask for no language. The names are data (``data/languages.yaml``).
"""

from __future__ import annotations

import re
from pathlib import Path

from careerpilot.text import yaml_data

_LANGUAGE_NAMES = Path(__file__).with_name("data") / "languages.yaml"


def _language_names() -> tuple[str, ...]:
    """Return the language names of ``data/languages.yaml`` (ISO 639 and the names postings use), longest first.

    Longest first, so "Haitian Creole" is read before "Haitian". A name counts only capitalised and beside a word of
    language ("fluent", "speak", "bilingual", ``LANGUAGE_CONTEXT``): "Swedish massage", "polish floors" or "French
    drains" ask for no language.
    """
    raw = yaml_data.safe_load(_LANGUAGE_NAMES.read_text(encoding="utf-8"))
    return tuple(sorted({*raw["iso639"], *raw["common"]}, key=lambda n: (-len(n), n)))


LANGUAGES = _language_names()
# the subject of an ask for any language besides the posting's own ("a second language", "another EU language")
SECOND_LANGUAGE = "a second language"
LANGUAGE = re.compile(rf"\b({'|'.join(map(re.escape, LANGUAGES))})\b")
# "Native American", "Native Hawaiian": a people, not a native speaker
LANGUAGE_CONTEXT = re.compile(
    r"\b(?:fluen\w*|speak\w*|spoken|written|native(?!\s+(?:American|Hawaiian|Alaskan?|Indian|Nations?|Peoples?)\b)|"
    # "good command of Dutch or German": how European postings ask a language (session 20); the name right after it,
    # ending there, not an adjective of what is commanded ("command of Dutch inland barges", "of a Norwegian-flagged
    # vessel", "of French classical technique": a master's, a chef's)
    r"proficien\w*|language|bilingual|"
    r"command\s+of\s+(?-i:[A-Z]\w*(?:\s+[A-Z]\w*){0,2})(?=\s*(?:[,;.:/()]|\bor\b|\band\b|$)))\b",
    re.I,
)
