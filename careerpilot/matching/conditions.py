"""Conditions of employment: what a posting asks a new hire to pass, accept or own, as opposed to a qualification.

"Ability to pass a drug screen", "must own hand tools", "reliable transportation", "able to lift 50 lbs",
"willing to work weekends", "must be 18 years of age": a resume never shows these, so counting them as skills
would mark every qualified candidate as missing them and lower coverage. They become requirements of kind
``condition``: shown beside the score, never scored and never missing. The categories and their patterns are
data (``data/conditions.yaml``), so a new kind of condition is a line in that file, not code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from careerpilot.text import yaml_data

VOCABULARY = Path(__file__).with_name("data") / "conditions.yaml"


@dataclass(frozen=True)
class Category:
    """One kind of condition (screening, equipment, schedule, ...) and the patterns that find it."""

    name: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    # the patterns as one alternation: it finds something exactly where one of them does, in one scan of the text
    # instead of one per pattern (every posting item is tested against every category)
    any_pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def categories() -> tuple[Category, ...]:
    """Return the condition categories of the vocabulary file, patterns compiled."""
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    return tuple(_category(name, body["label"], body["patterns"]) for name, body in data["categories"].items())


def _category(name: str, label: str, patterns: list[str]) -> Category:
    either = "|".join(f"(?:{pattern})" for pattern in patterns)
    return Category(name, label, tuple(re.compile(p, re.I) for p in patterns), re.compile(either, re.I))


@lru_cache(maxsize=16384)
def condition_of(text: str) -> Category | None:
    """Return the first condition category a posting item states, or None when it states none.

    Cached: one employer's boilerplate lines recur across its postings, and every item is read against ten
    categories (a pure function of the text and the vocabulary file).
    """
    for category in categories():
        if category.any_pattern.search(text):
            return category
    return None


@lru_cache(maxsize=16384)
def without_conditions(text: str) -> str:
    """Return text with every span that states a condition blanked out (what is left may still ask for a skill)."""
    for category in categories():
        if not category.any_pattern.search(text):
            continue  # none of its patterns is in the text: blanking them one by one would change nothing
        for pattern in category.patterns:
            text = pattern.sub(" ", text)
    return text
