"""Sentence support: every sentence of a generated document must be carried by one entry of the resume or profile.

The source is cut into units: each work, volunteer, project, education, award, publication, certificate and
reference entry is one, and the general facts (basics, skills, languages, interests, the profile) are one more.
A sentence is supported when one unit carries its content words (at most MAX_MISSING_WORDS of them absent, and
at least COVERAGE present) and every anchor it names: each employer, title, name, date, number (whole value
with its unit), skill, degree or certification. Two units are never glued, so a fact cannot be moved to another
job or date range. A sentence that fills an owned connective template (documents/connectives.py) needs no source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from careerpilot.documents.connectives import Slots, connective
from careerpilot.documents.echoes import repeats_posting_instruction
from careerpilot.domain.documents import SentenceCheck
from careerpilot.domain.skills import find_skills
from careerpilot.text.claims import TextClaim, counted_numbers, extract_claims, normalize
from careerpilot.text.sentences import content_words, joined_pairs, same_word, slash_parts, split_sentences

if TYPE_CHECKING:
    from careerpilot.documents.sources import SourceLine

LEVEL_FIELDS = (".level", ".fluency")

COVERAGE = 0.75  # share of a sentence's content words its unit must hold (tuned on tests/data/verifier, 'tune' half)
MAX_MISSING_WORDS = 1  # content words a rephrasing may add ('crafted' for 'built'); never an anchor
GENERAL = "general"
ECHO_REASON = "repeats an instruction-like span of the job posting"
_ENTRY = re.compile(
    r"^(?:resume|profile)\.(?:work|volunteer|projects|education|awards|publications|certificates|references)\[\d+\]"
)
_MONTH = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+)?"
_YEAR = r"((?:19|20)\d{2})"
# A period the sentence puts the facts in: 'since 2021', 'from 2018 to 2021', 'between 2017 and 2018', 'to present'.
_PERIOD = re.compile(
    rf"\b(since|from|between)\s+{_MONTH}{_YEAR}(?:\s*(?:to|until|till|through|and|-|–|—)\s*"
    rf"(?:{_MONTH}{_YEAR}|(present|now|today|date)))?",
    re.I,
)
_CURRENT = re.compile(r"\b(?:currently|presently|at present)\b", re.I)
_RANKED_KINDS = {"degree", "certification", "title"}
_JOINERS = {"of", "the", "at", "for", "and", "in", "de", "du", "van", "von", "der", "la", "del", "&"}
_NAME_FIELDS = (".name", ".organization", ".institution", ".title")


@dataclass
class Unit:
    """One resume entry (or the general facts) with everything a sentence is looked up by."""

    key: str
    name: str
    lines: list[SourceLine]
    forms: dict[str, set[int]] = field(default_factory=dict)
    norm: str = ""
    ranked_norm: str = ""  # the norm without skill levels and fluencies, for degree, certification and title words
    numbers: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    skills: set[str] = field(default_factory=set)
    counts: dict[str, set[str]] = field(default_factory=dict)  # what the entry counts: {'clinic': {'400'}}
    starts: set[str] = field(default_factory=set)  # years of the entry's start date
    ends: set[str] = field(default_factory=set)  # years of its end date; none while it is ongoing
    _prefixes: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for index, line in enumerate(self.lines):
            for form in content_words(f"{line.text} {line.implied}"):
                self.forms.setdefault(form, set()).add(index)
            for form in joined_pairs(line.text) | slash_parts(line.text):
                self.forms.setdefault(form, set()).add(index)
            self.numbers |= line.numbers
            self.dates |= line.dates
            self.skills |= line.skills
            for key, form in counts_of(line.text):
                self.counts.setdefault(form, set()).add(key)
            if line.label.endswith(".startDate"):
                self.starts |= {d for d in line.dates if len(d) == 4}
            if line.label.endswith(".endDate"):
                self.ends |= {d for d in line.dates if len(d) == 4}
        self.norm = " ".join(line.norm for line in self.lines)
        self.ranked_norm = " ".join(line.norm for line in self.lines if not line.label.endswith(LEVEL_FIELDS))
        for form in self.forms:
            if len(form) >= 5:
                self._prefixes.setdefault(form[:5], []).append(form)

    def own(self, form: str) -> str | None:
        """Return the unit's form of a word (itself or one with the same stem), or None."""
        if form in self.forms:
            return form
        return next((have for have in self._prefixes.get(form[:5], ()) if same_word(form, have)), None)

    def _in_period(self, key: str) -> bool:
        """Return True when the entry's own dates match a period: 'start:2018', 'end:2021', 'ongoing', 'current'."""
        kind, _, year = key.partition(":")
        if kind == "start":
            return year in self.starts
        if kind == "end":
            return year in self.ends
        if kind == "ongoing":
            return bool(self.starts) and not self.ends
        return not self.starts or not self.ends  # 'currently': wrong only of an entry that has ended

    def states(self, claim: TextClaim) -> bool:
        """Return True when the unit itself says the claim (a count only where it counts that very thing)."""
        if claim.key.startswith("count:"):
            _, form, key = claim.key.split(":", 2)
            return key in self.counts.get(form, ())
        return self.backs(claim)

    def backs(self, claim: TextClaim) -> bool:
        """Return True when the unit states the claim: the same number or date, the name or phrase, the skill."""
        if claim.key.startswith("count:"):
            _, form, key = claim.key.split(":", 2)
            return key in self.counts.get(form, {key})  # '4 clinics' is wrong where the entry counts 400
        if claim.kind == "number":
            return claim.key in self.numbers
        if claim.kind == "date" and ":" in claim.key:
            return self._in_period(claim.key)
        if claim.kind == "date":
            return claim.key in self.dates
        norm = self.ranked_norm if claim.kind in _RANKED_KINDS else self.norm
        if f" {claim.key} " in norm:
            return True
        if claim.kind == "skill" and (canonical := find_skills(claim.text)) and canonical <= self.skills:
            return True
        words = [word for word in claim.key.split() if word not in _JOINERS]
        return " " in claim.key and all(f" {word} " in norm for word in words)


@dataclass
class Fit:
    """How well one unit carries a sentence: the words and anchors it lacks."""

    unit: Unit
    missing_words: list[str]
    missing_anchors: list[TextClaim]
    total: int

    @property
    def supported(self) -> bool:
        """Return True when the unit carries every anchor and enough of the words."""
        held = self.total - len(self.missing_words)
        enough = len(self.missing_words) <= MAX_MISSING_WORDS and held >= COVERAGE * self.total
        return enough and not self.missing_anchors

    @property
    def rank(self) -> tuple[int, int]:
        """Return how much the unit carries (more first), then how few anchors it lacks."""
        return (-len(self.missing_words) - len(self.missing_anchors), -len(self.missing_anchors))


class SentenceChecker:
    """Checks the sentences of generated text against the units of one source (a resume, its profile, a posting)."""

    def __init__(self, facts: list[SourceLine], slots: Slots, posting: str = "") -> None:
        self.units = units(facts)
        self.slots = slots
        self.posting = posting
        self.free = {letter: _free_text(slots, letter) for letter in (True, False)}

    def check_text(
        self, text: str, where: str, scope: str | None = None, *, letter: bool = True
    ) -> list[SentenceCheck]:
        """Check every sentence of a text; ``scope`` (e.g. 'resume.work[1]') restricts support to that entry.

        ``letter`` False (resume text) allows no connective template and does not free the posting's company: a
        resume line naming the company it is sent to claims work for it.
        """
        return [self.check(sentence, where, scope, letter=letter) for sentence in split_sentences(text)]

    def check(self, sentence: str, where: str, scope: str | None = None, *, letter: bool = True) -> SentenceCheck:
        """Return the sentence with the source lines that support it, or the reason nothing does."""
        template = connective(sentence, self.slots) if letter else None
        if template:
            return SentenceCheck(text=sentence, where=where, sources=[f"connective: {template}"])
        free_forms, free_norm = self.free[letter]
        anchors = [claim for claim in extract_claims(sentence) if not (claim.key and f" {claim.key} " in free_norm)]
        anchors += period_claims(sentence) + count_claims(sentence)
        words = {form: word for form, word in content_words(sentence).items() if form not in free_forms}
        if not words and not anchors:
            return SentenceCheck(text=sentence, where=where, sources=["connective: states no fact"])
        candidates = [self.units[scope]] if scope in self.units else list(self.units.values())
        fits = [fit(unit, words, anchors) for unit in candidates]
        for found in fits:
            if found.supported:
                return SentenceCheck(text=sentence, where=where, sources=_cite(found.unit, words, anchors))
        best = max(fits, key=lambda f: f.rank) if fits else None
        return SentenceCheck(text=sentence, where=where, reason=self._reason(sentence, words, anchors, best))

    def _reason(self, sentence: str, words: dict[str, str], anchors: list[TextClaim], best: Fit | None) -> str:
        if repeats_posting_instruction(sentence, self.posting):
            return ECHO_REASON
        if best is None:
            return "the source has no entry to support it"
        nowhere = [a.text for a in anchors if not any(u.states(a) for u in self.units.values())]
        if nowhere:
            absent = [*nowhere, *(words[f] for f in best.missing_words)]
            return f"not in the resume: {', '.join(dict.fromkeys(absent))}"
        other = _gluing(best, self.units.values(), words)
        if other is not None:
            moved = [a.text for a in best.missing_anchors] or [words[f] for f in best.missing_words]
            return (
                f"joins facts of two entries: {', '.join(dict.fromkeys(moved))} belongs to {other.name}, "
                f"the rest to {best.unit.name}"
            )
        if best.missing_anchors:
            shown = ", ".join(dict.fromkeys(a.text for a in best.missing_anchors))
            return f"{shown} is not stated with the rest in any one entry of the resume"
        return f"not in the resume: {', '.join(words[f] for f in best.missing_words)}"


def _free_text(slots: Slots, letter: bool) -> tuple[set[str], str]:
    """Return the words and normalised text no entry needs to carry: the applicant's name, in a letter the company."""
    free = " ".join([slots.company if letter else "", *slots.names])
    return set(content_words(free)), normalize(free)


def period_claims(sentence: str) -> list[TextClaim]:
    """Return the period a sentence states, as date claims the entry's own dates must match.

    'since 2021': started in 2021 and still ongoing; 'from 2018 to 2021': started 2018, ended 2021; 'currently':
    not ended.
    """
    claims = []
    for found in _PERIOD.finditer(sentence):
        word, start, end, present = found[1].lower(), found[2], found[3], found[4]
        claims.append(TextClaim("date", found[0], f"start:{start}"))
        if end:
            claims.append(TextClaim("date", found[0], f"end:{end}"))
        elif word == "since" or present:
            claims.append(TextClaim("date", found[0], "ongoing:"))
    if _CURRENT.search(sentence):
        claims.append(TextClaim("date", "currently", "current:"))
    return claims


def counts_of(text: str) -> list[tuple[str, str]]:
    """Return (number key, comparable form of the counted word) for each number followed by a content word."""
    found = []
    for key, word in counted_numbers(text):
        forms = list(content_words(word))
        if forms:
            found.append((key, forms[0]))
    return found


def count_claims(sentence: str) -> list[TextClaim]:
    """Return each 'number + counted word' of a sentence as a claim the entry's own count must match."""
    return [TextClaim("number", f"{key} {form}", f"count:{form}:{key}") for key, form in counts_of(sentence)]


def fit(unit: Unit, words: dict[str, str], anchors: list[TextClaim]) -> Fit:
    """Return what the unit lacks of the sentence's words and anchors."""
    missing_words = [form for form in words if unit.own(form) is None]
    missing_anchors = [claim for claim in anchors if not unit.backs(claim)]
    return Fit(unit, missing_words, missing_anchors, len(words))


def units(facts: list[SourceLine]) -> dict[str, Unit]:
    """Group source lines into units: one per resume entry, and one for the general facts."""
    grouped: dict[str, list[SourceLine]] = {}
    for line in facts:
        found = _ENTRY.match(line.label)
        grouped.setdefault(found.group(0) if found else GENERAL, []).append(line)
    return {key: Unit(key, _unit_name(key, lines), lines) for key, lines in grouped.items()}


def _unit_name(key: str, lines: list[SourceLine]) -> str:
    """Return a readable name for a unit: 'Software Engineer at Quarry Analytics (resume.work[1])'."""
    if key == GENERAL:
        return "the general facts (summary, skills, profile)"
    whole = next((line.text for line in lines if line.label == key), None)
    named = whole or next((line.text for line in lines for f in _NAME_FIELDS if line.label == key + f), None)
    return f"{named} ({key})" if named else key


def _gluing(best: Fit, every: Iterable[Unit], words: dict[str, str]) -> Unit | None:
    """Return another unit that carries what the best one lacks (so the sentence glues two entries), or None."""
    lacking = {form: words[form] for form in best.missing_words}
    for unit in every:
        if unit is best.unit:
            continue
        rest = fit(unit, lacking, best.missing_anchors)
        if (
            all(unit.states(a) for a in best.missing_anchors)
            and len(rest.missing_words) <= MAX_MISSING_WORDS
            and (best.missing_anchors or len(rest.missing_words) < len(lacking))
        ):
            return unit
    return None


def _cite(unit: Unit, words: dict[str, str], anchors: list[TextClaim], limit: int = 4) -> list[str]:
    """Return the unit's lines that carry the sentence, most words first: the sentence's source map."""
    hits: dict[int, int] = {}
    for form in words:
        own = unit.own(form)
        for index in unit.forms.get(own, ()) if own else ():
            hits[index] = hits.get(index, 0) + 1
    for claim in anchors:
        for index, line in enumerate(unit.lines):
            if f" {claim.key} " in line.norm or claim.key in line.numbers or claim.key in line.dates:
                hits[index] = hits.get(index, 0) + 1
    ranked = sorted(hits, key=lambda i: (-hits[i], i))[:limit]
    return [unit.lines[i].cite() for i in sorted(ranked)] or [f"{unit.name}"]
