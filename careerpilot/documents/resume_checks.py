"""The checks of a tailored resume, part by part, against the source resume (used by documents/verifier.py).

Each check is a ``Finding``: where in the resume, the claims found with their source lines, the sentences of
rephrased free text with their support, and the fix that makes the part truthful (drop it, or put back what the
source has). Verbatim source text is not re-checked sentence by sentence: it is its own source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from careerpilot.documents.sources import Sources, same, verify_text
from careerpilot.domain.documents import Claim, ClaimKind, RemovedSentence, SentenceCheck
from careerpilot.domain.resume import Resume
from careerpilot.text.claims import extract_claims, normalize

Fix = Callable[[dict[str, Any]], None]  # edits the dumped resume in place


def _noop(data: dict[str, Any]) -> None:
    return None


@dataclass
class Finding:
    """One checked part of a tailored resume: its claims, its sentences (rephrased text only) and its fix."""

    where: str
    claims: list[Claim]
    fix: Fix = _noop
    text: str | None = None  # the free text checked (summary, bullet), None for a structured field
    sentences: list[SentenceCheck] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Return True when a claim or a sentence has no support."""
        return any(not c.supported for c in self.claims) or any(not s.supported for s in self.sentences)

    def describe(self) -> str:
        """Return 'where: kind text, sentence '…' (reason)' for the removed list."""
        parts = [f"{c.kind} {c.text}" for c in self.claims if not c.supported]
        parts += [f"sentence {s.text!r} ({s.reason})" for s in self.sentences if not s.supported]
        return f"{self.where}: {', '.join(parts)}"

    def removed_sentences(self) -> list[RemovedSentence]:
        """Return what the fix takes out of the free text, each with its reason (nothing for structured fields)."""
        if self.text is None or not self.failed:
            return []
        found = [
            RemovedSentence(document="resume", where=self.where, text=s.text, reason=s.reason or "")
            for s in self.sentences
            if not s.supported
        ]
        claims = [f"{c.kind} {c.text}" for c in self.claims if not c.supported]
        if claims and not found:
            found.append(
                RemovedSentence(
                    document="resume", where=self.where, text=self.text, reason=f"unsupported: {', '.join(claims)}"
                )
            )
        return found


def free_text(text: str, sources: Sources, where: str, scope: str | None = None, fix: Fix = _noop) -> Finding:
    """Check rephrased free text: its claims (numbers and dates from ``scope`` only) and each sentence."""
    numbers_from = sources.scoped(scope) if scope else None
    claims = verify_text(text, sources, where, numbers_from=numbers_from)
    sentences = sources.sentences.check_text(text, where, scope, letter=False)
    return Finding(where, claims, fix, text, sentences)


def check_resume(output: Resume, sources: Sources) -> Iterator[Finding]:
    """Yield a finding for each checkable part of the resume, in document order."""
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


def _check_basics(output: Resume, sources: Sources) -> Iterator[Finding]:
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
        if value and same(value, getattr(source, name)):
            continue
        if value:
            line = sources.support(kind, normalize(value).strip()) if kind == "name" else None
            claim = Claim(kind=kind, text=value, where=f"basics.{name}", source=line.cite() if line else None)
            yield Finding(f"basics.{name}", [claim], _restore(("basics", name), getattr(source, name)))
    if output.basics.summary and not same(output.basics.summary, source.summary):
        restore = _restore(("basics", "summary"), source.summary)
        yield free_text(output.basics.summary, sources, "basics.summary", fix=restore)
    elif output.basics.summary:
        yield Finding("basics.summary", _verbatim(output.basics.summary, "basics.summary", "resume.basics.summary"))


def _check_entry(
    section: str, index: int, item: BaseModel, key: str, kind: ClaimKind, sources: Sources
) -> Iterator[Finding]:
    where = f"{section}[{index}]"
    value = getattr(item, key)
    matched = _match_entry(getattr(sources.resume, section), key, value)
    if matched is None:
        claim = Claim(kind=kind, text=str(value or "(no name)"), where=f"{where}.{key}")
        yield Finding(where, [claim], _drop_entry(section, index))
        return
    source_index, source_item = matched
    label = f"resume.{section}[{source_index}]"
    if value:
        claim = Claim(kind=kind, text=str(value), where=f"{where}.{key}", source=f"{label}.{key}: {value}")
        yield Finding(where, [claim])
    for name, field_kind in _STRICT_FIELDS.get(section, ()):
        mine, theirs = getattr(item, name, None), getattr(source_item, name, None)
        if mine is None and (theirs is None or field_kind != "date"):
            continue  # leaving a field out claims nothing, except an end date left open ("Present")
        shown = mine if mine is not None else "(left open)"
        supported = same(mine, theirs)
        claim = Claim(
            kind=field_kind,
            text=str(shown),
            where=f"{where}.{name}",
            source=f"{label}.{name}: {theirs}" if supported else None,
        )
        yield Finding(f"{where}.{name}", [claim], _restore((section, index, name), theirs))
    for name in ("summary", "description"):
        text = getattr(item, name, None)
        if text and not same(text, getattr(source_item, name, None)):
            restore = _restore((section, index, name), getattr(source_item, name, None))
            yield free_text(text, sources, f"{where}.{name}", label, restore)
    for position, bullet in enumerate(getattr(item, "highlights", [])):
        if not bullet.strip():
            continue
        bullet_where = f"{where}.highlights[{position}]"
        drop = _drop_item((section, index, "highlights", position))
        originals = getattr(source_item, "highlights", [])
        verbatim = next((p for p, original in enumerate(originals) if same(bullet, original)), None)
        if verbatim is None:
            yield free_text(bullet, sources, bullet_where, label, drop)
        else:
            yield Finding(bullet_where, _verbatim(bullet, bullet_where, f"{label}.highlights[{verbatim}]"), drop)
    for position, keyword in enumerate(getattr(item, "keywords", [])):
        if not keyword.strip():
            continue
        claims = [_skill_claim(keyword, sources, f"{where}.keywords[{position}]")]
        yield Finding(f"{where}.keywords[{position}]", claims, _drop_item((section, index, "keywords", position)))


def _check_skill(index: int, skill: BaseModel, sources: Sources) -> Iterator[Finding]:
    where = f"skills[{index}]"
    name = getattr(skill, "name", None)
    matched = _match_entry(sources.resume.skills, "name", name) if name else None
    if name:
        claim = _skill_claim(name, sources, f"{where}.name")
        yield Finding(f"{where}.name", [claim], _restore(("skills", index, "name"), None))
    level = getattr(skill, "level", None)
    if level:
        theirs = getattr(matched[1], "level", None) if matched else None
        source = f"resume.skills[{matched[0]}].level: {theirs}" if matched and same(level, theirs) else None
        claim = Claim(kind="skill", text=f"{name} ({level})", where=f"{where}.level", source=source)
        yield Finding(f"{where}.level", [claim], _restore(("skills", index, "level"), theirs))
    for position, keyword in enumerate(getattr(skill, "keywords", [])):
        if not keyword.strip():
            continue
        claims = [_skill_claim(keyword, sources, f"{where}.keywords[{position}]")]
        yield Finding(f"{where}.keywords[{position}]", claims, _drop_item(("skills", index, "keywords", position)))


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


def _verbatim(text: str, where: str, label: str) -> list[Claim]:
    """Claims of a line copied unchanged from the source: each is backed by that very line."""
    return [Claim(kind=c.kind, text=c.text, where=where, source=f"{label}: {text}") for c in extract_claims(text)]


def _match_entry(items: list[Any], key: str, value: Any) -> tuple[int, Any] | None:
    """Find the source entry with the same key (employer, school, ...); a nameless entry matches a nameless one."""
    if value is None or not str(value).strip():
        blank = [(i, item) for i, item in enumerate(items) if not str(getattr(item, key, None) or "").strip()]
        return blank[0] if blank else None
    for index, item in enumerate(items):
        if same(getattr(item, key, None), value):
            return index, item
    return None


def compact(value: Any) -> Any:
    """Remove the entries and list items the fixes blanked (None or '')."""
    if isinstance(value, dict):
        return {key: compact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [compact(item) for item in value if item is not None and item != ""]
    return value


def _parent(data: dict[str, Any], path: tuple[Any, ...]) -> Any:
    """Return the container of the path's last step, or None when an entry on the way was dropped."""
    target: Any = data
    for step in path[:-1]:
        target = target[step]
        if target is None:
            return None
    return target


def _restore(path: tuple[Any, ...], value: Any) -> Fix:
    def fix(data: dict[str, Any]) -> None:
        target = _parent(data, path)
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
        target = _parent(data, path)
        if target is not None:
            target[path[-1]] = ""

    return fix
