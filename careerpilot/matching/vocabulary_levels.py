"""Numbered and lettered grades written beside a vocabulary credential's name ("Class 4 Water Treatment Operator").

A vocabulary family may be issued at grades its entries do not list one by one: a water operator holds a "Class 2"
or a "Grade IV" or a "Class B" certificate of the same name. ``data/grades.yaml`` (``numbered``) says, per family,
which way its numbers and its letters count; this reads the grade in the name's clause and turns it into a rung of
the ``grades`` kind ({ladder: rung}, higher is higher), so the credential check compares it as it compares words.
"""

from __future__ import annotations

import re
from functools import cache

from careerpilot.matching import grades

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
# "Class 4", "Grade II", "Level 3", "Class B" (a capital letter alone; "Class I" is a numeral): one grade, or two
# joined by "/" or "or" ("Grade I/II"); no nested repetition, so hostile runs cost one pass
_GRADE = re.compile(
    r"\b(?i:class|grade|level)\s+(?P<v>(?-i:[IV]{1,3}|VI)(?![\w-])|\d(?![\w.,%-])|(?-i:[A-F])(?![\w'’-]))"
    r"(?:\s*(?:/|\bor\b)\s*(?P<w>(?-i:[IV]{1,3}|VI)(?![\w-])|\d(?![\w.,%-])|(?-i:[A-F])(?![\w'’-])))?"
)

# a vessel's gross tonnage beside a master's licence: "100 GRT", "200-ton", "1,600 GT", "50 gross tons"
_TONNAGE = re.compile(r"(?<![\w,.])(?P<v>\d{1,2},\d{3}|\d{2,4})[- ]?(?i:GRT|GT|ITC|(?:gross )?(?:registered )?tons?)\b")


@cache
def _directions() -> dict[str, dict[str, str]]:
    return {str(family): dict(spec) for family, spec in (grades.data().get("numbered") or {}).items()}


def graded_family(family: str | None) -> bool:
    """Return whether the family's credentials are issued at numbered or lettered grades (``numbered``)."""
    return family is not None and family in _directions()


def _rung(family: str, value: str) -> tuple[str, int] | None:
    ways = _directions()[family]
    if value.isdigit() or value.lower() in _ROMAN:
        n = int(value) if value.isdigit() else _ROMAN[value.lower()]
        way, ladder = ways.get("numbers"), f"{family} number"
    else:
        n = ord(value) - ord("A") + 1
        way, ladder = ways.get("letters"), f"{family} letter"
    if way not in ("up", "down"):
        return None
    return ladder, n if way == "up" else -n


def near(family: str, text: str, start: int, end: int, *, lowest: bool = False) -> dict[str, int]:
    """Return the grades written in the clause of a family's credential named at ``text[start:end]``.

    ``lowest``: an ask naming two ("Grade I or II operator") asks the lower; a held line holds the higher.
    """
    if not graded_family(family):
        return {}
    found: dict[str, int] = {}
    clause = grades.clause_around(text, start, end)
    if _directions()[family].get("tonnage") == "up":
        # "100 or 200 GRT" asks the lower; a held line's highest tonnage is what it holds
        for match in _TONNAGE.finditer(clause):
            tons, ladder = int(match.group("v").replace(",", "")), f"{family} tonnage"
            keep = min if lowest else max
            found[ladder] = keep(found.get(ladder, tons), tons)
    for match in _GRADE.finditer(clause):
        for value in (match.group("v"), match.group("w")):
            placed = _rung(family, value) if value else None
            if placed is None:
                continue
            ladder, rung = placed
            if ladder not in found:
                found[ladder] = rung
            else:
                found[ladder] = min(found[ladder], rung) if lowest else max(found[ladder], rung)
    return found


def written(family: str, text: str, start: int, end: int) -> list[str]:
    """Return the grades as written in the clause of a family's credential ("Class 4"), for its label."""
    if not graded_family(family):
        return []
    clause = grades.clause_around(text, start, end)
    tonnage = _TONNAGE.finditer(clause) if _directions()[family].get("tonnage") == "up" else iter(())
    return [" ".join(m.group(0).split()) for m in [*_GRADE.finditer(clause), *tonnage]]
