"""Specialties of a years subject: whom, where and in which sector the years asked for were spent.

"3 years of pediatric occupational therapy", "4+ years of commercial or industrial electrical construction",
"3 years at a surface water treatment plant": the occupation's words are in every role of the occupation, so a
role's title counts by them and its cosine to the subject is dominated by them; the word that decides (pediatric,
commercial, surface water) is a value of a slot (population, building sector, water) whose other values (adult,
residential, wastewater) MiniLM places just as close, since they are used in the same contexts. The slots and the
words resumes use for each value are data (``data/specialties.yaml``). A role whose lines name only other values
of a slot the subject asks for is other work and does not count toward the subject; a role naming an asked value,
or none of the slot's values, is read as before (resumes often leave the setting unsaid).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from careerpilot.text.terms import key_terms

VOCABULARY = Path(__file__).with_name("data") / "specialties.yaml"
Words = tuple[str, ...]
Slots = dict[str, dict[str, tuple[Words, ...]]]  # slot -> value -> the word sequences that name it


def _words(text: str) -> Words:
    return tuple(re.findall(r"[a-z0-9&]+", text.lower()))


@lru_cache(maxsize=1)
def slots() -> Slots:
    """Return the specialty slots of the vocabulary file: slot -> value -> word sequences."""
    data = yaml.safe_load(VOCABULARY.read_text(encoding="utf-8"))["slots"]
    return {
        slot: {value: tuple(w for w in (_words(p) for p in phrases) if w) for value, phrases in values.items()}
        for slot, values in data.items()
    }


def _holds(have: Words, phrase: Words) -> bool:
    n = len(phrase)
    return any(have[i : i + n] == phrase for i in range(len(have) - n + 1))


@lru_cache(maxsize=65536)
def named(text: str) -> dict[str, frozenset[str]]:
    """Return the specialty values a text names, by slot ("Residential Electrician" -> building_sector: residential)."""
    have = _words(text)
    found: dict[str, frozenset[str]] = {}
    for slot, values in slots().items():
        hit = frozenset(value for value, phrases in values.items() if any(_holds(have, p) for p in phrases))
        if hit:
            found[slot] = hit
    return found


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
    asked = named(subject)
    if not asked:
        return None
    shown: Specialty | None = None
    for slot, wanted in asked.items():
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
    if place is None or not named(place.group("p")):
        return subject
    return f"{subject} in {place.group('p').strip()}"


def specialty_words(subject: str) -> frozenset[str]:
    """Return the stems of a subject's words that name a specialty value ("commercial" in "commercial HVAC")."""
    have = _words(subject)
    found = {
        w
        for values in slots().values()
        for phrases in values.values()
        for phrase in phrases
        if _holds(have, phrase)
        for w in phrase
    }
    return frozenset(key_terms(" ".join(found)))


def asked_values(subject: str) -> str:
    """Return the specialty values a subject asks for, as words ("commercial or industrial")."""
    return " or ".join(sorted({v for values in named(subject).values() for v in values}))


def specialty_note(subject: str, fits: Sequence[tuple[str, Specialty]]) -> str:
    """Return the explanation of the specialty decisions: the line showing it, the roles not counted and why.

    ``fits`` holds (role title, fit) per role the subject's rules looked at.
    """
    wanted = asked_values(subject)
    parts = []
    shown = next((f for _, f in fits if f.verdict == "shown"), None)
    if shown is not None:
        parts.append(f"{shown.values} shown: '{shown.line[:80]}'")
    others = [(title, f) for title, f in fits if f.verdict == "other"]
    if others:
        named_roles = "; ".join(f"{title} ({f.values}: '{f.line[:60]}')" for title, f in others[:3])
        parts.append(f"not counted, {wanted} asked: {named_roles}")
    return "; ".join(parts)
