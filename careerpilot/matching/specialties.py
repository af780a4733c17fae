"""Specialties of a years subject: whom, where and in which sector the years asked for were spent.

"3 years of pediatric occupational therapy", "4+ years of commercial or industrial electrical construction",
"3 years at a surface water treatment plant": the occupation's words are in every role of the occupation, so a
role's title counts by them and its cosine to the subject is dominated by them; the word that decides (pediatric,
commercial, surface water) is a value of a slot (population, building sector, water) whose other values (adult,
residential, wastewater) MiniLM places just as close, since they are used in the same contexts. The slots and the
words resumes use for each value are data (``data/specialties.yaml``). A role whose lines name only other values
of a slot the subject asks for is other work and does not count toward the subject; a role naming an asked value,
or none of the slot's values, is read as before (resumes often leave the setting unsaid). A slot is asked only by
a subject of the work it applies to (a building sector for the trades, a population for care work): "commercial"
in "commercial driving" or "commercial lending" asks no building sector.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from careerpilot.domain.matching import plain_line
from careerpilot.text import yaml_data
from careerpilot.text.terms import key_terms

VOCABULARY = Path(__file__).with_name("data") / "specialties.yaml"
Words = tuple[str, ...]
Named = Mapping[str, frozenset[str]]  # slot -> the values a text names (read-only: cached)
PLACE_CHARS = 60  # a place after the subject longer than this is a clause, not a place ("in" + most of a line)


@dataclass(frozen=True)
class Slot:
    """A specialty slot: its values with the word sequences naming each, and the subject words it applies to."""

    values: dict[str, tuple[Words, ...]]
    applies_to: tuple[Words, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The specialty slots, the word sequences of all values by their first word, and ``not_before``."""

    slots: dict[str, Slot]
    by_first: dict[str, tuple[tuple[str, str, Words], ...]]  # first word -> (slot, value, phrase)
    not_before: dict[str, frozenset[str]]  # a value word -> the next words that make it name another thing


def _words(text: str) -> Words:
    return tuple(re.findall(r"[a-z0-9&]+", text.lower()))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Return the specialty vocabulary of the data file."""
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    found: dict[str, Slot] = {}
    by_first: dict[str, list[tuple[str, str, Words]]] = {}
    for slot, spec in data["slots"].items():
        values = {v: tuple(w for w in (_words(p) for p in phrases) if w) for v, phrases in spec["values"].items()}
        found[slot] = Slot(values, tuple(w for w in (_words(p) for p in spec["applies_to"]) if w))
        for value, phrases in values.items():
            for phrase in phrases:
                by_first.setdefault(phrase[0], []).append((slot, value, phrase))
    not_before = {word: frozenset(nexts) for word, nexts in (data.get("not_before") or {}).items()}
    return Vocabulary(found, {w: tuple(p) for w, p in by_first.items()}, not_before)


def _holds(have: Words, phrase: Words) -> bool:
    n = len(phrase)
    return any(have[i : i + n] == phrase for i in range(len(have) - n + 1))


def _named_words(have: Words) -> Named:
    vocab = vocabulary()
    found: dict[str, set[str]] = {}
    for i, word in enumerate(have):
        for slot, value, phrase in vocab.by_first.get(word, ()):
            if have[i : i + len(phrase)] != phrase:
                continue
            after = have[i + 1] if i + 1 < len(have) else ""
            if after in vocab.not_before.get(word, frozenset()):
                continue  # "commercial driving", "retail banking": a line of business, no value of the slot
            found.setdefault(slot, set()).add(value)
    return MappingProxyType({slot: frozenset(values) for slot, values in found.items()})


@lru_cache(maxsize=16384)
def named(text: str) -> Named:
    """Return the specialty values a text names, by slot ("Residential Electrician" -> building_sector: residential).

    Whatever the work: a resume line's values are read as it says them. The mapping is read-only (it is cached).
    """
    return _named_words(_words(text))


@lru_cache(maxsize=16384)
def asked(subject: str) -> Named:
    """Return the specialty values a years subject asks for: ``named``, for the slots of the subject's work only.

    A slot applies where the subject names work it means something for (``applies_to``): "commercial electrical"
    asks a building sector, "commercial lending" and "commercial driving" none.
    """
    have = _words(subject)
    vocab = vocabulary()
    return MappingProxyType(
        {
            slot: values
            for slot, values in _named_words(have).items()
            if any(_holds(have, words) for words in vocab.slots[slot].applies_to)
        }
    )


@dataclass(frozen=True)
class Specialty:
    """How a role's lines stand to the specialty a subject asks for."""

    verdict: str  # "shown": a line names an asked value; "other": only other values of an asked slot; "silent"
    values: str  # the values named ("pediatric"; for "other", the role's own: "residential")
    line: str  # the line that names them (the evidence)


def fit(subject: str, lines: Sequence[str]) -> Specialty | None:
    """Return how a role's lines (title line, summary, highlights) stand to the subject's specialty; None: it asks none.

    Slot by slot: a slot whose asked value a line names is shown; a slot whose lines name only other values is
    other work, and one such slot makes the role other work ("Adult ICU" is not pediatric ICU).
    """
    wanted_by_slot = asked(subject)
    if not wanted_by_slot:
        return None
    shown: Specialty | None = None
    for slot, wanted in wanted_by_slot.items():
        said = [(line, named(line).get(slot, frozenset())) for line in lines]
        hit = next(((line, v & wanted) for line, v in said if v & wanted), None)
        if hit is not None:
            shown = shown or Specialty("shown", ", ".join(sorted(hit[1])), hit[0])
            continue
        other = next(((line, v) for line, v in said if v), None)
        if other is not None:
            return Specialty("other", ", ".join(sorted(other[1])), other[0])
    return shown or Specialty("silent", "", "")


# "as an RN in Labor & Delivery": the place after the subject, up to a bracket or clause
_PLACE = re.compile(r"\s*(?:in|at|on|within)\s+(?:an?\s+|the\s+)?(?P<p>[^,;:()]+)", re.I)


def with_place(subject: str, text: str) -> str:
    """Return the subject with the place the item names right after it, where that place is a specialty.

    The years' subject leaves places out ("3+ years forklift in a high-volume DC" -> forklift), but a place that
    is a specialty value is what the years are in: "two years as an RN in Labor & Delivery" asks labor and
    delivery years.
    """
    at = text.lower().find(subject.lower()) if subject else -1
    place = _PLACE.match(text, at + len(subject)) if at >= 0 else None
    if place is None:
        return subject
    where = place.group("p").strip()
    if len(where) > PLACE_CHARS:  # a clause, not a place: its first words at most
        where = where[:PLACE_CHARS].rsplit(" ", 1)[0]
    if not named(where) or not asked(f"{subject} in {where}"):
        return subject
    return f"{subject} in {where}"


def specialty_words(subject: str) -> frozenset[str]:
    """Return the stems of a subject's words that name a specialty value ("commercial" in "commercial HVAC")."""
    have = _words(subject)
    vocab = vocabulary()
    found = {
        w
        for slot in asked(subject)
        for phrases in vocab.slots[slot].values.values()
        for phrase in phrases
        if _holds(have, phrase)
        for w in phrase
    }
    return frozenset(key_terms(" ".join(found)))


def asked_values(subject: str) -> str:
    """Return the specialty values a subject asks for, as words ("commercial or industrial")."""
    return " or ".join(sorted({v for values in asked(subject).values() for v in values}))


def specialty_note(subject: str, fits: Sequence[tuple[str, Specialty]]) -> str:
    """Return the explanation of the specialty decisions: the line showing it, the roles not counted and why.

    ``fits`` holds (role title, fit) per role the subject's rules looked at.
    """
    wanted = asked_values(subject)
    parts = []
    shown = next((f for _, f in fits if f.verdict == "shown"), None)
    if shown is not None:
        parts.append(f"{shown.values} shown: '{plain_line(shown.line, 80)}'")
    others = [(title, f) for title, f in fits if f.verdict == "other"]
    if others:
        named_roles = "; ".join(f"{title} ({f.values}: '{f.line[:60]}')" for title, f in others[:3])
        parts.append(f"not counted, {wanted} asked: {named_roles}")
    return "; ".join(parts)
