"""Sentences of a document and the content words that carry what each one states.

Used by the sentence verifier (documents/grounding.py): a sentence is compared with the resume by its content
words (lower-cased, lightly stemmed, irregular verbs put back to their base) once stop words, numbers, months and
the connective vocabulary every cover letter uses ("currently", "role", "experience") are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careerpilot.text.terms import STOP_WORDS, stem, words

# words bringing in examples ("such as", "e.g."), shared by the readers of products, credentials and what years
# included (one list to extend); "including" before "incl": a cue is replaced whole
EXAMPLE_CUE_WORDS = (r"such as", r"e\.\s?g\.", r"including", r"incl\.?")

# Abbreviations after which a period never ends a sentence ("e.g. Python", "Dr. Lee", "Jane Q. Doe"), and those
# that end one only before a capital ("Acme Inc. Then" ends, "Acme Inc. and" does not).
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|vs|dr|mr|mrs|ms|prof|approx|dept|no)|(?<![\w.])[A-Z])\.$", re.I)
_ABBREVIATION_ENDING = re.compile(r"\b(?:etc|inc|ltd|co|corp|jr|sr|st|ph\.d|u\.s|u\.k)\.$", re.I)
# where a prose line's sentence ends: a stop before a capital after a full word, a number or a bracket; not an
# initial's ("U.S. Coast") nor a short abbreviation's ("St. Mary's", "Dr. Patel", "Care Co. Ltd", "Sr. Analyst")
SENTENCE_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[0-9)]))[.!?]\s+(?=[A-Z])")
_BREAK = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+")
_IRREGULAR = {
    "built": "build", "rebuilt": "rebuild", "led": "lead", "ran": "run", "wrote": "write", "written": "write",
    "made": "make", "grew": "grow", "grown": "grow", "drove": "drive", "driven": "drive", "won": "win",
    "taught": "teach", "began": "begin", "begun": "begin", "brought": "bring", "kept": "keep", "held": "hold",
    "spoke": "speak", "spoken": "speak", "chose": "choose", "gave": "give", "given": "give", "sold": "sell",
    "got": "get", "took": "take", "taken": "take", "met": "meet", "sent": "send", "spent": "spend",
    "found": "find", "left": "leave", "paid": "pay", "understood": "understand", "oversaw": "oversee",
    "overseen": "oversee", "rewrote": "rewrite", "rewritten": "rewrite", "shown": "show", "saw": "see",
}  # fmt: skip
# Verbs a rephrasing swaps for one another ('migrated' for 'moved'): each comparable form to its group's first.
_VERB_GROUPS = (
    "build develop creat implement mak construct",
    "lead manag head direct supervis oversee",
    "mov migrat migr transition",
    "cut reduc lower decreas",
    "improv increas rais boost",
    "writ author",
    "run operat",
)
_SYNONYM = {form: group.split()[0] for group in _VERB_GROUPS for form in group.split()}
# Words a cover letter or a rephrased bullet uses around the facts, never a fact themselves.
CONNECTIVE_WORDS = frozenset(
    """currently recently previously presently most lately later earlier also where while whom whose role roles
    position positions job jobs work worked working works experience experiences experienced year years month
    months week weeks day-to-day including included include includes both well together across within during
    through throughout since until without total overall various several many more over number using use used
    uses successfully career careers let lets whether am ve ll re me myself able would like love happy excited
    eager glad pleased study studied hold holds onto among amongst""".split()
)
_NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
    thousands million millions billion billions dozen dozens percent k m mm bn""".split()
)
_MONTH_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october
    nov november dec december present""".split()
)
_SKIP = STOP_WORDS | CONNECTIVE_WORDS | _NUMBER_WORDS | _MONTH_WORDS
_DIGITS = re.compile(r"^[\d.,/]+[kmb%x]?$")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of text in order: split at . ! ? followed by space and at line breaks."""
    sentences: list[str] = []
    current, start = "", 0
    for found in _BREAK.finditer(text):
        current = f"{current} {text[start : found.start()]}{found.group(0).strip()}".strip()
        start = found.end()
        if "\n" in found.group(0) or _ends(current.rstrip("\"')]"), text[start : start + 1]):
            sentences.append(current)
            current = ""
    sentences.append(f"{current} {text[start:]}".strip())
    return [s.strip(" \t-•*") for s in sentences if s.strip(" \t-•*")]


def _ends(sentence: str, next_letter: str) -> bool:
    """Return True when a period, ! or ? closes the sentence (not an abbreviation's period)."""
    if _ABBREVIATION.search(sentence):
        return False
    return not _ABBREVIATION_ENDING.search(sentence) or next_letter.isupper()


@lru_cache(maxsize=65536)
def base_form(word: str) -> str:
    """Return the comparable form of one lower-case word: irregular past put back, stemmed, final 'e' dropped."""
    word = _IRREGULAR.get(word, word)
    if len(word) == 4 and word.endswith("s") and not word.endswith("ss") and word.isalpha():
        word = word[:3]  # the stemmer leaves short words alone: 'asks' -> 'ask', 'apis' -> 'api'
    stemmed = stem(word)
    if stemmed != word and len(stemmed) >= 4 and stemmed[-1] == stemmed[-2] and stemmed[-1] not in "aeioulsz":
        stemmed = stemmed[:-1]  # 'cutting' -> 'cutt' -> 'cut', 'shipped' -> 'shipp' -> 'ship'
    return stemmed[:-1] if len(stemmed) > 3 and stemmed.endswith("e") and stemmed.isalpha() else stemmed


def content_sequence(text: str) -> list[tuple[str, str]]:
    """Return the content words of text in order, repeats kept, as (comparable form, word as written)."""
    found: list[tuple[str, str]] = []
    for word in words(text):
        word = word.strip("./")
        if word in _SKIP or _DIGITS.match(word) or (len(word) == 1 and word not in ("c", "r")):
            continue
        form = base_form(word)
        found.append((_SYNONYM.get(form, form), word))
    return found


def content_words(text: str) -> dict[str, str]:
    """Return the content words of text as {comparable form: the word as written}, in order of first use."""
    found: dict[str, str] = {}
    for form, word in content_sequence(text):
        found.setdefault(form, word)
    return found


def slash_parts(text: str) -> set[str]:
    """Return the comparable forms of the parts of slash-joined words ('events/second' -> 'event', 'second')."""
    parts = [part for word in words(text) if "/" in word for part in word.split("/")]
    return set(content_words(" ".join(parts)))


def joined_pairs(text: str) -> set[str]:
    """Return each pair of neighbouring words written as one: 'copy right' -> 'copyright', 'front-end' -> 'frontend'."""
    plain = [w.strip("./") for w in words(text)]
    return {base_form(a + b) for a, b in zip(plain, plain[1:], strict=False) if a.isalpha() and b.isalpha()}


def same_word(a: str, b: str) -> bool:
    """Return True when two comparable forms are one word: equal, or sharing 5+ letters, 3/4 of the shorter one."""
    if a == b:
        return True
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 5 and shared >= 0.75 * min(len(a), len(b))
