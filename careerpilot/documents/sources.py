"""The source a generated document is checked against: resume and profile lines, and the posting's context.

``Sources`` holds every line of the resume and profile (the facts a document may state) and the posting's
company and title (the context a letter may name). ``support`` finds the line backing one claim; ``sentences``
checks whole sentences (documents/grounding.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from pydantic import BaseModel

from careerpilot.documents.connectives import Slots
from careerpilot.documents.grounding import LEVEL_FIELDS, SentenceChecker
from careerpilot.domain.documents import Claim, ClaimKind
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import find_skills
from careerpilot.text.claims import date_values, extract_claims, normalize, number_key, number_values

_CONTEXT_KINDS = {"name", "employer", "title"}
# What a field says by being that field: a 'publisher' line says 'published', a certificate's issuer 'certified'.
_IMPLIED = {
    ".publisher": "published publisher",
    ".releaseDate": "published released",
    ".awarder": "award awarded",
    ".issuer": "certified certification certificate issued",
    ".language": "speak",
    ".fluency": "speak",
}
# Identifiers, not facts: a phone's or a URL's digits back no number ('$1' is not in '+1 415 ...').
_NO_NUMBERS = (".phone", ".email", ".url", ".username", ".postalCode", ".address", ".image", ".picture", ".website")


@dataclass
class SourceLine:
    """One line of the source with everything a claim can be looked up by."""

    label: str
    text: str
    norm: str = ""
    numbers: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    skills: set[str] = field(default_factory=set)
    implied: str = ""

    def __post_init__(self) -> None:
        self.implied = _implied(self.label)
        self.norm = normalize(f"{self.text} {self.implied}")
        if not self.label.endswith(_NO_NUMBERS):
            self.numbers = {number_key(v, u) for v, u in number_values(self.text)}
            self.dates = date_values(self.text)
        self.skills = find_skills(self.text)

    def cite(self) -> str:
        """Return 'label: text' for the claim -> source map."""
        return f"{self.label}: {self.text}"


class Sources:
    """The facts a document may state (resume and profile) and the context it may name (posting, brief)."""

    def __init__(
        self,
        resume: Resume,
        profile: Profile | None = None,
        context: dict[str, str] | None = None,
        posting: str = "",
    ):
        self.resume = resume
        self.profile = profile
        self.facts = [SourceLine(label, text) for label, text in _flatten(resume, "resume")]
        if profile is not None:
            self.facts += [SourceLine(label, text) for label, text in _flatten(profile, "profile")]
        self.context = [SourceLine(f"posting.{k}", v) for k, v in (context or {}).items() if v and v.strip()]
        self.company = (context or {}).get("company", "")
        self.title = (context or {}).get("title", "")
        self.posting = posting  # the posting's text: a sentence repeating its instructions is named as such

    @cached_property
    def sentences(self) -> SentenceChecker:
        """Return the sentence checker over these facts (built once per Sources)."""
        positions = [w.position for w in self.resume.work] + [v.position for v in self.resume.volunteer]
        titles = [self.resume.basics.label, *positions]
        names = [self.resume.basics.name, self.profile.contact.name if self.profile else None]
        slots = Slots(
            company=self.company,
            title=self.title,
            titles=[t for t in titles if t],
            names=[n for n in names if n],
            is_skill=lambda text: self.support("skill", normalize(text).strip(), text=text) is not None,
        )
        return SentenceChecker(self.facts, slots, self.posting)

    @classmethod
    def from_text(cls, lines: list[str], label: str = "text") -> Sources:
        """Return sources whose facts are the lines of a text (a resume file's), labelled 'text line N'."""
        sources = cls(Resume())
        sources.facts = [SourceLine(f"{label} line {n}", line) for n, line in enumerate(lines, 1) if line.strip()]
        return sources

    def scoped(self, prefix: str) -> list[SourceLine]:
        """Return the fact lines of one resume entry, e.g. 'resume.work[1]'."""
        return [line for line in self.facts if line.label.startswith(prefix + ".") or line.label == prefix]

    def support(
        self,
        kind: ClaimKind,
        key: str,
        *,
        text: str | None = None,
        numbers_from: list[SourceLine] | None = None,
        context: bool = False,
    ) -> SourceLine | None:
        """Return the source line that backs a claim (``key`` normalised, ``text`` as written), or None."""
        if kind == "number":
            return _first(numbers_from if numbers_from is not None else self.facts, lambda s: key in s.numbers)
        if kind == "date":
            return _first(numbers_from if numbers_from is not None else self.facts, lambda s: key in s.dates)
        phrase = f" {key} "
        ranked = kind in ("degree", "certification")  # never backed by a skill's level ('Master' of HTML)
        found = _first(self.facts, lambda s: phrase in s.norm and not (ranked and s.label.endswith(LEVEL_FIELDS)))
        canonical = find_skills(text or key) if kind == "skill" else set()
        if found is None and canonical and (len(key) <= 4 or {normalize(c).strip() for c in canonical} == {key}):
            # a synonym ('JS' for JavaScript) or the general name ('monitoring' for Prometheus), never a
            # sibling: 'Datadog' is not backed by 'Prometheus' although both mean monitoring.
            found = _first(self.facts, lambda s: canonical <= s.skills)
        if found is None and context and (kind in _CONTEXT_KINDS or (kind == "skill" and not canonical)):
            found = _first(self.context, lambda s: phrase in s.norm)
        if found is None and kind in _CONTEXT_KINDS | {"skill", "institution"} and " " in key:
            # A phrase whose every word the source uses ("GitHub Actions CI CD"), as long as no word is a
            # degree, certification or rank word: those must be found whole.
            lines = [_first(self.facts, lambda s, w=word: f" {w} " in s.norm) for word in key.split()]
            if all(lines):
                found = lines[0]
        return found


def _implied(label: str) -> str:
    """Return the words a line's field implies ('skill' for a line of the skills section)."""
    implied = next((words for suffix, words in _IMPLIED.items() if label.endswith(suffix)), "")
    return f"{implied} skill" if label.startswith("resume.skills[") else implied


def verify_text(
    text: str, sources: Sources, where: str, *, numbers_from: list[SourceLine] | None = None, context: bool = False
) -> list[Claim]:
    """Return every claim in free text with its backing source line (None when nothing backs it)."""
    claims = []
    for found in extract_claims(text):
        line = sources.support(found.kind, found.key, text=found.text, numbers_from=numbers_from, context=context)
        claims.append(Claim(kind=found.kind, text=found.text, where=where, source=line.cite() if line else None))
    return claims


def same(a: Any, b: Any) -> bool:
    """Return True when two values are equal once case and punctuation are ignored (both None counts)."""
    if a is None or b is None:
        return a is None and b is None
    return normalize(str(a)) == normalize(str(b))


def _first(lines: list[SourceLine], test: Any) -> SourceLine | None:
    return next((line for line in lines if test(line)), None)


def _flatten(model: BaseModel, prefix: str) -> Iterator[tuple[str, str]]:
    yield from _walk(model.model_dump(exclude_none=True, mode="json"), prefix)


def _walk(value: Any, label: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{label}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{label}[{index}]")
    elif isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
        yield label, str(value)
    if isinstance(value, dict) and {"position", "name"} <= value.keys():
        yield f"{label}", f"{value['position']} at {value['name']}"
