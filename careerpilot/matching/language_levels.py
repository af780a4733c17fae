"""Language proficiency levels: the level a posting asks beside a language, and the level a resume holds.

Every scale maps onto one ordinal spine, the CEFR's A1..C2 as ranks 1..6 (``data/language_levels.yaml``, a
provenance line per scale): CEFR letters, JLPT N5..N1, HSK 1..6, ILR 0..5, ACTFL ratings, the Welsh Government's
0..5 skill levels (beside Welsh only), LinkedIn's five proficiency phrases and plain words ("conversational",
"fluent", "native"). A level belongs to a language only when it stands right beside it, with nothing between but
words of how a language is used ("fluent in written and spoken Irish", "Welsh language skills at Level 4",
"German (B2 or above)"): "Level 4 Diploma in Management; Welsh desirable" asks no level of Welsh.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from careerpilot.matching.spoken_languages import LANGUAGE
from careerpilot.text import yaml_data

VOCABULARY = Path(__file__).with_name("data") / "language_levels.yaml"
_DATA = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))
_CEFR_NAMES = {rank: name for name, rank in _DATA["cefr"]["levels"].items()}
_WORDS: dict[str, int] = _DATA["words"]["levels"]
_ACTFL: dict[str, int] = _DATA["actfl"]["levels"]
_COURSES: dict[str, int] = _DATA["welsh"]["courses"]
_CERTIFICATES: dict[str, str] = _DATA["certificates"]["names"]
WINDOW = 80  # characters read on each side of a language's name: a level is written right beside it


@dataclass(frozen=True)
class Level:
    """A proficiency level: its rank on the CEFR spine (0 none .. 6 C2) and how the text wrote it ("Level 4")."""

    rank: int
    label: str
    scale: str

    def describe(self, other: Level) -> str:
        """Return the label, with its CEFR equivalent where the other level is on another scale."""
        if self.scale in (other.scale, "cefr") or self.rank not in _CEFR_NAMES:
            return self.label
        return f"{self.label} (~{_CEFR_NAMES[self.rank]})"


def _alternation(names: Iterable[str]) -> str:
    """Return a regex alternation of names, longest first, a space or hyphen in one matching either."""
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", name))) for name in ordered)


# one token of level; the letter codes are case-sensitive ("b2" in prose, "n2" are no levels)
_TOKEN = re.compile(
    r"(?:\bCEFR\s*(?:level\s*)?)?(?P<cefr>(?-i:\b[ABC][12]))\+?(?![\w.])"
    r"|(?:\bJLPT\s*)?(?P<jlpt>(?-i:\bN[1-5]))\b"
    r"|\bHSK\s*(?:level\s*)?(?P<hsk>[1-6])\b"
    r"|\bILR\s*(?:level\s*)?(?P<ilr>[0-5]\+?)"
    r"|\bACTFL\s+(?P<actfl_top>superior|distinguished)\b"
    rf"|(?:\bACTFL\s+)?\b(?P<actfl>{_alternation(k for k in _ACTFL if ' ' in k)})\b"
    r"|\blevel\s*(?P<welsh>[0-5])\b"
    rf"|\b(?P<course>{_alternation(_COURSES)})\b"
    rf"|\b(?P<word>{_alternation(_WORDS)})\b",
    re.I,
)
# the words between a level and the language's name after it: how the language is used, and other languages it
# is shared with ("fluent French or German")
_BEFORE_GAP = re.compile(
    rf"(?:\s|[-/&(]|\b(?:and|or|in|of|the|a|an|written|spoken|oral|verbal|speaking|reading|writing|listening|level|"
    rf"standard|command|knowledge|proficiency|ability|skills?|communication|both)\b|(?-i:{LANGUAGE.pattern}))*",
    re.I,
)
# the words between the language's name and a level after it ("Welsh language skills at Level 4", "German (B2")
_AFTER_GAP = re.compile(
    r"(?:\s|[-–:(/]|\b(?:at|to|of|a|an|the|language|languages|skills?|speaking|reading|writing|listening|and|level|"
    r"minimum|least|proficiency|ability|written|spoken|oral|is|are|required|essential|desirable)\b)*",
    re.I,
)
_CERTIFICATE = re.compile(rf"\b({_alternation(_CERTIFICATES)})\b", re.I)


def _level(token: re.Match[str], language: str) -> Level | None:
    """Return the level one token names, or None where its scale is not the language's (a Welsh level of German)."""
    groups = token.groupdict()
    if groups["cefr"]:
        code = groups["cefr"].upper()
        return Level(_DATA["cefr"]["levels"][code], code, "cefr")
    if groups["jlpt"]:
        code = groups["jlpt"].upper()
        return Level(_DATA["jlpt"]["levels"][code], f"JLPT {code}", "jlpt")
    if groups["hsk"]:
        return Level(_DATA["hsk"]["levels"][groups["hsk"]], f"HSK {groups['hsk']}", "hsk")
    if groups["ilr"]:
        return Level(_DATA["ilr"]["levels"][groups["ilr"]], f"ILR {groups['ilr']}", "ilr")
    if groups["actfl_top"] or groups["actfl"]:
        words = " ".join((groups["actfl_top"] or groups["actfl"]).lower().replace("-", " ").split())
        return Level(_ACTFL[words], f"ACTFL {words.title()}", "actfl")
    if groups["welsh"] or groups["course"]:
        if language.lower() != "welsh":
            return None  # "Level 3" beside another language is no scale the matcher knows
        if groups["course"]:
            return Level(_COURSES[groups["course"].lower()], groups["course"].title(), "welsh")
        return Level(_DATA["welsh"]["levels"][groups["welsh"]], f"Level {groups['welsh']}", "welsh")
    word = " ".join(groups["word"].lower().split())
    rank = _WORDS.get(word, _WORDS.get(word.replace("-", " "), _WORDS.get(word.replace(" ", "-"), 0)))
    return Level(rank, word, "words") if rank else None


def level_beside(text: str, names: Iterable[str], language: str, *, limit: int = 8) -> Level | None:
    """Return the lowest level the text writes right beside one of the language's names (case-insensitive), or None.

    The lowest: "B2 or C1", "Level 2 essential, Level 4 desirable" ask the first as a floor. ``limit`` bounds the
    mentions read (hostile text repeating the name); each reads only ``WINDOW`` characters on either side.
    """
    pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})\b", re.I)
    found: list[Level] = []
    for count, mention in enumerate(pattern.finditer(text)):
        if count >= limit:
            break
        # both sides: "near-native command of Japanese (JLPT N1 or equivalent)" names the floor after the name
        for level in (_before(text, mention.start(), language), _after(text, mention.end(), language)):
            if level is not None:
                found.append(level)
    return min(found, key=lambda lv: lv.rank) if found else None


def _before(text: str, at: int, language: str) -> Level | None:
    """Return the level written just before a mention ("fluent in", "CEFR C1", "ILR 3 in"), or None."""
    start = max(0, at - WINDOW)
    window = text[start:at]
    tokens = list(_TOKEN.finditer(window))
    if not tokens or not _BEFORE_GAP.fullmatch(window, tokens[-1].end()):
        return None
    return _level(tokens[-1], language)


def _after(text: str, end: int, language: str) -> Level | None:
    """Return the level written just after a mention ("at B2 or above", ": Level 2", "(fluent)"), or None."""
    window = text[end : end + WINDOW]
    token = _TOKEN.search(window)
    if token is None or not _AFTER_GAP.fullmatch(window, 0, token.start()):
        return None
    return _level(token, language)


def level_stated(text: str, language: str) -> Level | None:
    """Return the level a resume's own fluency field states ("Native speaker", "B2", "Level 2"), or None.

    The field holds the level alone, its best word the level ("Fluent, bilingual at work" is bilingual); a longer
    line is read only beside the language's name (``level_beside``).
    """
    short = text[:WINDOW]
    token = _TOKEN.search(short)
    if token is None or not _AFTER_GAP.fullmatch(short, 0, token.start()):
        return None
    found = [lv for t in _TOKEN.finditer(short, token.start()) if (lv := _level(t, language)) is not None]
    return max(found, key=lambda lv: lv.rank) if found else None


def certified_level(lines: Iterable[str], language: str) -> tuple[Level, str] | None:
    """Return the highest level a language certificate shows ("Goethe-Zertifikat B1", "JLPT N3"), and its line."""
    best: tuple[Level, str] | None = None
    for line in lines:
        cert = _CERTIFICATE.search(line[:300])
        if cert is None or _certifies(cert.group(1)) != language.lower():
            continue
        window = line[cert.start() : cert.end() + WINDOW]
        token = _TOKEN.search(window)
        level = _level(token, language) if token else None
        if level is not None and (best is None or level.rank > best[0].rank):
            best = (level, line)
    return best


def _certifies(name: str) -> str:
    lowered = " ".join(name.lower().replace("-", " ").split())
    return next((lang.lower() for cert, lang in _CERTIFICATES.items() if cert.lower().replace("-", " ") == lowered), "")


# plain words of level that qualify nothing but a language ("conversational Spanish"; "advanced French pastry" is
# a technique)
_ONLY_OF_LANGUAGES = frozenset(
    {"conversational", "native-level", "native level", "business-level", "near-native", "mother tongue"}
    | {word for word in _WORDS if word.endswith("proficiency")}
)


def on_a_scale(text: str, *, limit: int = 8) -> bool:
    """Return whether a language's name stands beside a level of a named scale ("CEFR C1 German", "Welsh Level 4").

    Such a level says a language is asked as "fluent" would; a plain word does not ("Advanced French pastry").
    """
    for count, mention in enumerate(LANGUAGE.finditer(text)):
        if count >= limit:
            break
        name = mention.group(0)
        level = _before(text, mention.start(), name) or _after(text, mention.end(), name)
        if level is not None and (level.scale != "words" or level.label in _ONLY_OF_LANGUAGES):
            return True
    return False
