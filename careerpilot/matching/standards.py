"""Standards, regulations and kinds a posting names in capitals that are no products: "ISO 27001", "GDPR", "SIEM".

A product is held by a resume naming it; a standard is knowledge, held by a resume naming the same standard, and
its number is part of its name where the number tells one standard from another ("ISO 27001" is not "ISO 9001",
"SOC 2" not "SOC 1"), a version where it does not ("PCI DSS 4.0": any PCI DSS). A kind of tool ("SIEM") is met by any
tool of it and a kind of employer ("FAANG") by no product at all: neither is a product's name. The lists are
``data/standards.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from careerpilot.text import yaml_data

STANDARDS = Path(__file__).with_name("data") / "standards.yaml"  # provenance in data/PROVENANCE.md


@dataclass(frozen=True)
class Standard:
    """A standard as named: its family ("ISO", "PCI DSS") and the number written after it.

    ``identifies``: the number tells the family's standards apart ("ISO 27001"), else it is a version ("PCI DSS 4.0").
    """

    family: str
    number: str = ""
    identifies: bool = False

    @property
    def label(self) -> str:
        """Return the standard as shown: "ISO 27001", "PCI DSS 4.0", "GDPR"."""
        return f"{self.family} {self.number}".strip()

    def held_by(self, other: Standard) -> bool:
        """Return whether naming ``other`` holds this standard: same family and, where the number identifies, number."""
        if other.family != self.family:
            return False
        return not (self.identifies and self.number) or other.number == self.number


@cache
def _data() -> dict[str, Any]:
    return yaml_data.safe_load(STANDARDS.read_text(encoding="utf-8"))


def _spelling(name: str) -> str:
    """Return a name with its spaces and hyphens as one space ("PCI-DSS" is "PCI DSS")."""
    return re.sub(r"[\s-]+", " ", name)


@cache
def _families() -> dict[str, tuple[str, str]]:
    """Return each spelling (``_spelling``) with the family it names and how its number reads (numbered, versioned)."""
    data = _data()
    same = {_spelling(k): v for k, v in dict(data["same"]).items()}
    found: dict[str, tuple[str, str]] = {}
    for kind in ("numbered", "versioned", "named"):
        for name in data[kind]:
            spelled = _spelling(str(name))
            found[spelled] = (_spelling(same.get(spelled, spelled)), kind)
    return found


@cache
def _pattern() -> re.Pattern[str]:
    """Return the pattern of a standard's name, with the number written after it where it has one."""
    names = sorted(_families(), key=len, reverse=True)
    spelled = "|".join(re.escape(n).replace(r"\ ", r"[\s-]") for n in names)
    # "ISO/IEC 27001:2022", "NIST SP 800-53", "SOC 2 Type II", "SOC2", "PCI DSS v4.0": the number right after the name
    number = r"(?:[\s-]?v?(?P<number>\d{1,5}(?:[-.:]\d{1,5}){0,2}))?"
    # beside another standard ("ITAR/EAR", "GDPR/CCPA") and as an adjective ("HIPAA-compliant", "ISO-certified"),
    # never a hyphened code or capital ("GLP-1", "ISO-8601" is read by its number when spaced, "GDPR-A")
    return re.compile(rf"(?<![\w-])(?P<name>{spelled})(?![A-Za-z]|-(?![a-z]{{3}})){number}(?![\w.])", re.I)


def _named_at(text: str) -> list[tuple[tuple[int, int], Standard]]:
    """Return each standard a text names with where it is named, in order."""
    found: list[tuple[tuple[int, int], Standard]] = []
    for m in _pattern().finditer(text):
        found_as = _families().get(_spelling(m.group("name")))
        if found_as is None:
            continue  # "Ear protection", "Iso": written otherwise than the standard is
        family, kind = found_as
        number = (m.group("number") or "") if kind != "named" else ""
        # the year of a numbered standard's edition names no other standard ("ISO/IEC 27001:2022" is ISO 27001)
        number = number.split(":")[0] if kind == "numbered" else number
        found.append((m.span(), Standard(family, number, identifies=kind == "numbered")))
        if kind == "numbered" and number.isdigit():
            found += [(span, Standard(family, more, identifies=True)) for span, more in _numbers_after(text, m.end())]
    return found


# a bare number after a numbered standard carries its family ("IFRS 15/16", "ISO 9001, 14001 and 45001", "SOC 1/2");
# never a year nor a count of something ("SOC 2, 3 years", "SOC 2, 10 staff": after a comma the list goes on or ends)
_NUMBER_AFTER = re.compile(
    r"\s{0,3}(?:[/&]|and\b|or\b|,(?=\s{0,3}\d{1,5}\s{0,3}(?:[/,&;.)]|and\b|or\b|$)))\s{0,3}"
    r"(?!(?:19|20)\d\d\b)(?P<number>\d{1,5})(?![\w.:-])"
    r"(?!\s{0,3}(?:\+|%|years?\b|yrs?\b|months?\b|weeks?\b|days?\b|hours?\b))",
    re.I,
)


def _numbers_after(text: str, at: int) -> list[tuple[tuple[int, int], str]]:
    """Return the bare numbers listed right after a numbered standard at ``at``, with where each is."""
    numbers = []
    while (more := _NUMBER_AFTER.match(text, at)) is not None:
        numbers.append((more.span("number"), more.group("number")))
        at = more.end()
    return numbers


def standards_named(text: str) -> tuple[Standard, ...]:
    """Return the standards a text names, in order, each once."""
    return tuple(dict.fromkeys(standard for _, standard in _named_at(text)))


# what joins standards named as alternatives ("ISO 9001 or ISO 13485", "ITAR/EAR", "GDPR, CCPA or similar"): one of
# them is asked, not each; a comma lists them, as alternatives only in a list an "or" closes ("GDPR, CCPA or LGPD")
_EITHER_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:/|(?:and/)?or\b)\s*", re.I)
_LISTED_BETWEEN = re.compile(r"\s*,\s*")
_EITHER_AFTER = re.compile(
    r"[\s,]*(?:and/)?or\s+(?:an?\s+|any\s+)?(?:other\s+|similar\b|equivalent\b|comparable\b|related\b)", re.I
)


def alternative_groups(text: str) -> tuple[tuple[Standard, ...], ...]:
    """Return a text's standards in groups of alternatives: each group is asked, one standard of it enough.

    "GDPR/CCPA compliance and SOC 2 audits": (GDPR, CCPA), (SOC 2); "SOC 2, ISO 27001 or HIPAA": one group; a list
    ending "or similar" offers all its standards as examples of one thing asked.
    """
    named = _named_at(text)
    if len(named) > 1 and _EITHER_AFTER.match(text, named[-1][0][1]):
        return (standards_named(text),)
    groups: list[list[Standard]] = []
    listed: list[Standard] = []  # standards after commas, joined to the group before only by an "or" closing them
    for i, (span, standard) in enumerate(named):
        between = text[named[i - 1][0][1] : span[0]] if i else ""
        if i and _EITHER_BETWEEN.fullmatch(between):
            groups[-1] += [*listed, standard]
            listed = []
        elif i and _LISTED_BETWEEN.fullmatch(between):
            listed.append(standard)
        else:
            groups += [[s] for s in listed] + [[standard]]
            listed = []
    groups += [[s] for s in listed]
    return tuple(tuple(dict.fromkeys(group)) for group in groups)


def holds(resume_text: str, standard: Standard) -> bool:
    """Return whether a resume names a standard: the same one, its number too where the number names it."""
    return any(standard.held_by(other) for other in standards_named(resume_text))


def standard_line(lines: list[str], standard: Standard) -> str:
    """Return the first resume line naming a standard."""
    return next((line for line in lines if holds(line, standard)), "")


def without_standards(text: str) -> str:
    """Return a text with the standards it names blanked: the words left are what else it asks."""
    return _pattern().sub(" ", text)


@cache
def tool_kinds() -> frozenset[str]:
    """Return the kinds of tool named by their category ("SIEM", "EDR"), lower-cased."""
    return frozenset(str(name).lower() for name in _data()["tool_kinds"])


@cache
def employer_kinds() -> frozenset[str]:
    """Return the kinds of employer named in capitals ("FAANG"), lower-cased: where experience was gained."""
    return frozenset(str(name).lower() for name in _data()["employer_kinds"])
