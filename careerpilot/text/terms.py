"""Content terms of a text: lower-cased words without stop words, lightly stemmed, for lexical matching."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[./][a-z0-9+#]+)*")

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being below between both
    but by can could did do does doing down during each etc few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
    our ours out over own same she should so some such than that the their theirs them then there these they this
    those through to too under until up us very was we were what when where which while who whom why will with
    would you your yours within across per via e.g i.e able well new""".split()
)

# Words every requirement uses that say nothing about what is required.
FILLER = frozenset(
    """ability abilities able skill skills skilled knowledge knowledgeable experience experienced expertise expert
    proficiency proficient familiarity familiar understanding strong excellent exceptional good great solid proven
    demonstrated working work worked year years yr yrs minimum least must required requirement requirements preferred
    plus bonus ideally candidate candidates including include includes related relevant prior previous professional
    hands hands-on use using used various multiple ensure ensuring provide providing effective effectively highly
    deep advanced basic comprehensive capable capability capacity mastery mastered keen focus focused
    """.split()
)

_SUFFIXES = ("ational", "ization", "ations", "ation", "ments", "ment", "ings", "ing", "ness", "ies", "ers", "er", "ed")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a light stem: 'bakers' -> 'bak', 'baking' -> 'bak', 'analyzes' -> 'analyz'."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("es") and len(word) > 5:
            word = word[:-2]
        elif word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Return the lower-cased words of text, in order."""
    return _WORD.findall(text.lower())


def terms(text: str) -> list[str]:
    """Return the stemmed content words of text, in order (stop words dropped)."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]


def key_terms(text: str) -> set[str]:
    """Return the stemmed words that carry a requirement's meaning (stop words and filler dropped)."""
    return {stem(w) for w in words(text) if w not in STOP_WORDS and w not in FILLER and not w.isdigit()}
