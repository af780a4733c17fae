"""The truthfulness verifier: every claim in a generated document must trace to the source resume or profile.

``verify_resume`` and ``verify_letter`` list every claim with the source line that backs it (the claim -> source
map stored with the document). ``enforce_resume`` removes what nothing backs: an unknown employer, school,
certificate or language drops its entry, a changed title, date, degree or level is put back as the source has
it, and a bullet or summary with an unsupported skill, number, date or name is dropped or restored. Cover
letters are whole or nothing: a draft with an unsupported claim is rejected by the caller with the list.

The posting and company brief (``context``) may back the company's name and the role's title in a letter,
never a skill, number, date, degree or certification of the applicant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from careerpilot.domain.documents import Claim, ClaimKind, Verification
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import find_skills
from careerpilot.text.claims import date_values, extract_claims, normalize, number_key, number_values

_PARAGRAPH = re.compile(r"\n\s*\n")
_CONTEXT_KINDS = {"name", "employer", "title"}


@dataclass
class SourceLine:
    """One line of the source with everything a claim can be looked up by."""

    label: str
    text: str
    norm: str = ""
    numbers: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    skills: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.norm = normalize(self.text)
        self.numbers = {number_key(v, u) for v, u in number_values(self.text)}
        self.dates = date_values(self.text)
        self.skills = find_skills(self.text)

    def cite(self) -> str:
        """Return 'label: text' for the claim -> source map."""
        return f"{self.label}: {self.text}"


class Sources:
    """The facts a document may state (resume and profile) and the context it may name (posting, brief)."""

    def __init__(self, resume: Resume, profile: Profile | None = None, context: dict[str, str] | None = None):
        self.resume = resume
        self.facts = [SourceLine(label, text) for label, text in _flatten(resume, "resume")]
        if profile is not None:
            self.facts += [SourceLine(label, text) for label, text in _flatten(profile, "profile")]
        self.context = [SourceLine(f"posting.{k}", v) for k, v in (context or {}).items() if v and v.strip()]

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
        found = _first(self.facts, lambda s: phrase in s.norm)
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


def verify_text(
    text: str, sources: Sources, where: str, *, numbers_from: list[SourceLine] | None = None, context: bool = False
) -> list[Claim]:
    """Return every claim in free text with its backing source line (None when nothing backs it)."""
    claims = []
    for found in extract_claims(text):
        line = sources.support(found.kind, found.key, text=found.text, numbers_from=numbers_from, context=context)
        claims.append(Claim(kind=found.kind, text=found.text, where=where, source=line.cite() if line else None))
    return claims


def verify_letter(text: str, sources: Sources) -> Verification:
    """Check a cover letter paragraph by paragraph; the posting may back the company and role names only."""
    claims: list[Claim] = []
    for number, paragraph in enumerate(p for p in _PARAGRAPH.split(text) if p.strip()):
        claims += verify_text(paragraph, sources, f"letter ¶{number + 1}", context=True)
    return Verification(document="cover_letter", claims=claims)


def enforce_letter(text: str, sources: Sources) -> tuple[str, Verification]:
    """Drop every sentence of a rule-written letter that holds an unsupported claim; return it and the check."""
    removed: list[str] = []
    paragraphs = []
    for paragraph in (p for p in _PARAGRAPH.split(text) if p.strip()):
        kept = []
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
            if all(c.supported for c in verify_text(sentence, sources, "letter", context=True)):
                kept.append(sentence)
            else:
                removed.append(sentence)
        if kept:
            paragraphs.append(" ".join(kept))
    cleaned = "\n\n".join(paragraphs)
    verification = verify_letter(cleaned, sources)
    verification.removed = removed
    return cleaned, verification


def verify_resume(output: Resume, sources: Sources) -> Verification:
    """Check a tailored resume entry by entry against the source resume; nothing is changed."""
    return Verification(
        document="resume", claims=[c for _, claims, _ in _check_resume(output, sources) for c in claims]
    )


def enforce_resume(output: Resume, sources: Sources) -> tuple[Resume, Verification]:
    """Return the resume with every unsupported claim removed or put back as the source has it, and the check."""
    removed: list[str] = []
    data: dict[str, Any] = output.model_dump(exclude_none=True)
    for path, claims, fix in _check_resume(output, sources):
        if any(not c.supported for c in claims):
            removed.append(f"{path}: {', '.join(f'{c.kind} {c.text}' for c in claims if not c.supported)}")
            fix(data)
    cleaned = Resume.model_validate(_compact(data))
    verification = verify_resume(cleaned, sources)
    verification.removed = removed
    return cleaned, verification


Fix = Any  # a callable that edits the dumped resume in place


def _check_resume(output: Resume, sources: Sources) -> Iterator[tuple[str, list[Claim], Fix]]:
    """Yield (where, claims, fix) for each checkable part of the resume, in document order."""
    yield from _check_basics(output, sources)
    entries: tuple[tuple[str, str, ClaimKind], ...] = (
        ("work", "name", "employer"),
        ("volunteer", "organization", "employer"),
        ("education", "institution", "institution"),
        ("projects", "name", "name"),
        ("certificates", "name", "certification"),
        ("languages", "language", "language"),
    )
    for section, key, kind in entries:
        for index, item in enumerate(getattr(output, section)):
            yield from _check_entry(section, index, item, key, kind, sources)
    for index, skill in enumerate(output.skills):
        yield from _check_skill(index, skill, sources)


def _check_basics(output: Resume, sources: Sources) -> Iterator[tuple[str, list[Claim], Fix]]:
    source = sources.resume.basics
    fields: tuple[tuple[str, ClaimKind], ...] = (
        ("name", "name"),
        ("label", "title"),
        ("email", "name"),
        ("phone", "name"),
        ("url", "name"),
    )
    for name, kind in fields:
        value = getattr(output.basics, name)
        if value and _same(value, getattr(source, name)):
            continue
        if value:
            line = sources.support(kind, normalize(value).strip()) if kind == "name" else None
            claim = Claim(kind=kind, text=value, where=f"basics.{name}", source=line.cite() if line else None)
            yield f"basics.{name}", [claim], _restore(("basics", name), getattr(source, name))
    if output.basics.summary and not _same(output.basics.summary, source.summary):
        claims = verify_text(output.basics.summary, sources, "basics.summary")
        yield "basics.summary", claims, _restore(("basics", "summary"), source.summary)
    elif output.basics.summary:
        yield "basics.summary", _verbatim(output.basics.summary, "basics.summary", "resume.basics.summary"), _noop


def _check_entry(
    section: str, index: int, item: BaseModel, key: str, kind: ClaimKind, sources: Sources
) -> Iterator[tuple[str, list[Claim], Fix]]:
    where = f"{section}[{index}]"
    value = getattr(item, key)
    matched = _match_entry(getattr(sources.resume, section), key, value)
    if matched is None:
        yield (
            where,
            [Claim(kind=kind, text=str(value or "(no name)"), where=f"{where}.{key}")],
            _drop_entry(section, index),
        )
        return
    source_index, source_item = matched
    label = f"resume.{section}[{source_index}]"
    if value:
        claim = Claim(kind=kind, text=str(value), where=f"{where}.{key}", source=f"{label}.{key}: {value}")
        yield where, [claim], _noop
    for name, field_kind in _STRICT_FIELDS.get(section, ()):
        mine, theirs = getattr(item, name, None), getattr(source_item, name, None)
        if mine is None and (theirs is None or field_kind != "date"):
            continue  # leaving a field out claims nothing, except an end date left open ("Present")
        shown = mine if mine is not None else "(left open)"
        supported = _same(mine, theirs)
        claim = Claim(
            kind=field_kind,
            text=str(shown),
            where=f"{where}.{name}",
            source=f"{label}.{name}: {theirs}" if supported else None,
        )
        yield f"{where}.{name}", [claim], _restore((section, index, name), theirs)
    scope = sources.scoped(label)
    for name in ("summary", "description"):
        text = getattr(item, name, None)
        if text and not _same(text, getattr(source_item, name, None)):
            claims = verify_text(text, sources, f"{where}.{name}", numbers_from=scope)
            yield f"{where}.{name}", claims, _restore((section, index, name), getattr(source_item, name, None))
    for position, bullet in enumerate(getattr(item, "highlights", [])):
        if not bullet.strip():
            continue
        bullet_where = f"{where}.highlights[{position}]"
        claims = _verbatim_or_checked(
            bullet, getattr(source_item, "highlights", []), sources, bullet_where, scope, label
        )
        yield bullet_where, claims, _drop_item((section, index, "highlights", position))
    for position, keyword in enumerate(getattr(item, "keywords", [])):
        if not keyword.strip():
            continue
        claims = [_skill_claim(keyword, sources, f"{where}.keywords[{position}]")]
        yield f"{where}.keywords[{position}]", claims, _drop_item((section, index, "keywords", position))


def _check_skill(index: int, skill: BaseModel, sources: Sources) -> Iterator[tuple[str, list[Claim], Fix]]:
    where = f"skills[{index}]"
    name = getattr(skill, "name", None)
    matched = _match_entry(sources.resume.skills, "name", name) if name else None
    if name:
        claim = _skill_claim(name, sources, f"{where}.name")
        yield f"{where}.name", [claim], _restore(("skills", index, "name"), None)
    level = getattr(skill, "level", None)
    if level:
        theirs = getattr(matched[1], "level", None) if matched else None
        source = f"resume.skills[{matched[0]}].level: {theirs}" if matched and _same(level, theirs) else None
        yield (
            f"{where}.level",
            [Claim(kind="skill", text=f"{name} ({level})", where=f"{where}.level", source=source)],
            (_restore(("skills", index, "level"), theirs)),
        )
    for position, keyword in enumerate(getattr(skill, "keywords", [])):
        if not keyword.strip():
            continue
        claims = [_skill_claim(keyword, sources, f"{where}.keywords[{position}]")]
        yield f"{where}.keywords[{position}]", claims, _drop_item(("skills", index, "keywords", position))


_STRICT_FIELDS: dict[str, tuple[tuple[str, ClaimKind], ...]] = {
    "work": (("position", "title"), ("startDate", "date"), ("endDate", "date")),
    "volunteer": (("position", "title"), ("startDate", "date"), ("endDate", "date")),
    "education": (
        ("studyType", "degree"), ("area", "degree"), ("startDate", "date"), ("endDate", "date"), ("score", "number")
    ),
    "projects": (("startDate", "date"), ("endDate", "date")),
    "certificates": (("issuer", "certification"), ("date", "date")),
    "languages": (("fluency", "language"),),
}  # fmt: skip


def _skill_claim(value: str, sources: Sources, where: str) -> Claim:
    line = sources.support("skill", normalize(value).strip(), text=value)
    return Claim(kind="skill", text=value, where=where, source=line.cite() if line else None)


def _verbatim_or_checked(
    text: str, originals: list[str], sources: Sources, where: str, scope: list[SourceLine], label: str
) -> list[Claim]:
    for position, original in enumerate(originals):
        if _same(text, original):
            return _verbatim(text, where, f"{label}.highlights[{position}]")
    return verify_text(text, sources, where, numbers_from=scope)


def _verbatim(text: str, where: str, label: str) -> list[Claim]:
    """Claims of a line copied unchanged from the source: each is backed by that very line."""
    return [Claim(kind=c.kind, text=c.text, where=where, source=f"{label}: {text}") for c in extract_claims(text)]


def _match_entry(items: list[Any], key: str, value: Any) -> tuple[int, Any] | None:
    """Find the source entry with the same key (employer, school, ...); a nameless entry matches a nameless one."""
    if value is None or not str(value).strip():
        blank = [(i, item) for i, item in enumerate(items) if not str(getattr(item, key, None) or "").strip()]
        return blank[0] if blank else None
    for index, item in enumerate(items):
        if _same(getattr(item, key, None), value):
            return index, item
    return None


def _same(a: Any, b: Any) -> bool:
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


def _compact(value: Any) -> Any:
    """Remove the entries and list items the fixes blanked (None or '')."""
    if isinstance(value, dict):
        return {key: _compact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_compact(item) for item in value if item is not None and item != ""]
    return value


def _noop(data: dict[str, Any]) -> None:
    return None


def _restore(path: tuple[Any, ...], value: Any) -> Fix:
    def fix(data: dict[str, Any]) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
            if target is None:
                return
        if value is None:
            target.pop(path[-1], None) if isinstance(target, dict) else None
        else:
            target[path[-1]] = value

    return fix


def _drop_entry(section: str, index: int) -> Fix:
    def fix(data: dict[str, Any]) -> None:
        data[section][index] = None

    return fix


def _drop_item(path: tuple[Any, ...]) -> Fix:
    """Blank a list item (removed after every fix ran, so later indexes stay valid)."""

    def fix(data: dict[str, Any]) -> None:
        target = data
        for step in path[:-1]:
            target = target[step]
            if target is None:
                return
        target[path[-1]] = ""

    return fix
