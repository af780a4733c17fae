"""Find the checkable facts in free text: skills, names, titles, degrees, certifications, dates and numbers.

Used by the truthfulness verifier. The extraction is deliberately eager: a capitalised phrase, a tech-shaped
token, a number with its unit or a degree word is a claim, and the verifier asks the source to back each one.
It cannot tell a verb from a name at the start of a sentence, so a lone capitalised first word is skipped unless
it is a known skill or looks like a technology (see docs/documents.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from careerpilot.domain.documents import ClaimKind
from careerpilot.domain.skills import skill_mentions

_TOKEN = re.compile(r"[\w+#]+(?:\.[\w+#]+)*")
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MONTH_YEAR = re.compile(
    r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?,?\s+((?:19|20)\d{2})\b", re.I
)
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-\d{2})?\b")
_SLASH_DATE = re.compile(r"\b(0?[1-9]|1[0-2])/((?:19|20)\d{2})\b")
_YEAR = re.compile(r"(?<![\w.$€£])((?:19|20)\d{2})(?![\w%])")
# A phone number ('+1 415 555 0142', '(912) 555-4321', '1-650-999-7777') holds no number claim: '$1' must never be
# backed by the '1' of a country code.
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+?\d{1,3}[\s.-])?(?:\(\d{2,4}\)[\s.-]?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![.,]?\w)"
)
_NUMBER = re.compile(
    r"(?<![\w.,])([$€£])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(%|percent\b|per cent\b|k\b|m\b|mm\b|bn\b|b\b"
    r"|million\b|billion\b|thousand\b|x\b|kb\b|mb\b|gb\b|tb\b|pb\b|ms\b))?",
    re.I,
)
_COUNTED_WORD = re.compile(r"[\s+\-–]*(?:\d[\d,.]*[\s\-–]*)*([A-Za-z][A-Za-z-]*)")
_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "hundreds": 100, "thousands": 1000,
}  # fmt: skip
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b(?:\s+(million|billion|thousand))?", re.I)
_TIME_UNIT = re.compile(r"\s*\+?\s*(years?|yrs?|months?|weeks?|days?|hours?)\b", re.I)
_MEASURES = {"kb", "mb", "gb", "tb", "pb", "ms"}
_MULTIPLIERS = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_CAPITAL_RUN = re.compile(r"(?<![\w.+#-])[A-Z][\w+#.'’&-]*(?:\s+(?:of|de|du|van|von|der|la|del)?\s*[A-Z][\w+#.'’&-]*)*")
_TECH_SHAPE = re.compile(
    r"^(?:[A-Za-z]+[A-Z][A-Za-z]*|\w*\d\w*[A-Za-z]\w*|[A-Za-z]\w*\d\w*|\w+\.js|\w*[+#]+|[A-Z]{2,})$"
)
_GENERIC_CAPS = {"i", "api", "apis", "ui", "ux", "ok", "cv", "faq", "it", "a", "ai", "usa", "us", "uk", "eu", "hr"}
_GENERIC_CAPS |= {"hiring manager", "hiring team", "recruiting team", "talent team", "team", "resume", "cover letter"}
_FUNCTION_WORDS = set(
    "a an the at in on of for to from with by as and or but my our your their his her its we i you they this that "
    "these those during while after before since dear hi hello sincerely regards best thank thanks yours kind "
    "when where what which who how why here there today currently previously also then so if".split()
)
_LEADING_VERB = re.compile(
    r"^(?:[A-Z][a-z]+ed|Cut|Built|Led|Ran|Set|Wrote|Made|Grew|Won|Taught|Drove|Held|Kept|Sold|Shipped|Put|Rebuilt|"
    r"Rewrote|Oversaw|Took|Brought|Began)$"
)
_TIME_WORDS = set(_MONTHS) | {"present", "current", "now", "monday", "tuesday", "wednesday", "thursday", "friday"}
DEGREE_WORDS = (
    "bachelor",
    "bachelors",
    "master",
    "masters",
    "phd",
    "ph.d",
    "doctorate",
    "mba",
    "msc",
    "bsc",
    "m.s",
    "b.s",
)
CERT_WORDS = ("certified", "certification", "certificate", "certificates", "certifications", "licensed", "license")
TITLE_WORDS = (
    "engineer", "developer", "manager", "director", "lead", "head", "vp", "president", "chief", "architect",
    "scientist", "analyst", "designer", "consultant", "intern", "officer", "cto", "ceo", "cfo", "founder",
    "co-founder", "principal", "staff", "senior", "junior", "programmer", "administrator", "specialist",
)  # fmt: skip
_INSTITUTION_WORDS = ("university", "college", "institute", "school", "academy", "polytechnic")


@dataclass(frozen=True)
class TextClaim:
    """A fact found in free text: its kind, the words as written and the normalised form used to look it up."""

    kind: ClaimKind
    text: str
    key: str


def normalize(text: str) -> str:
    """Return text as a space-padded run of lowercase tokens, so phrase lookups ignore case and punctuation."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    folded = re.sub(r"'s\b", "", folded)
    return " " + " ".join(_singular(t) for t in _TOKEN.findall(folded)) + " "


def _singular(token: str) -> str:
    """Drop a plural 's' so 'APIs' finds 'API' (applied to both sides, so it only has to be consistent)."""
    return token[:-1] if len(token) > 3 and token.endswith("s") and not token.endswith("ss") else token


def number_values(text: str) -> set[tuple[float, str]]:
    """Return every (value, unit) in text: unit '', '%', '$', 'x', a time or size unit; dates and phones are not."""
    masked = _mask_dates(text)
    values: set[tuple[float, str]] = set()
    for match in _NUMBER.finditer(masked):
        value, unit = _number_value(match)
        values.add((value, unit or _time_unit(masked, match.end())))
    for match in _WORD_NUMBER.finditer(masked):
        value = _WORD_NUMBERS[match[1].lower()] * _MULTIPLIERS.get((match[2] or "").lower(), 1)
        values.add((value, _time_unit(masked, match.end())))
    return values


def _time_unit(text: str, end: int) -> str:
    """Return ' years' (months, ...) when a time unit follows a number: '12 years' is not backed by '12 services'."""
    found = _TIME_UNIT.match(text, end)
    return f" {found[1].lower().rstrip('s').replace('yr', 'year')}" if found else ""


def date_values(text: str) -> set[str]:
    """Return every year ('2021') and month ('2021-03') written in text."""
    found: set[str] = set()
    for match in _MONTH_YEAR.finditer(text):
        found |= {match[2], f"{match[2]}-{_MONTHS[match[1].lower()]:02d}"}
    for match in _ISO_DATE.finditer(text):
        found |= {match[1], f"{match[1]}-{match[2]}"}
    for match in _SLASH_DATE.finditer(text):
        found |= {match[2], f"{match[2]}-{int(match[1]):02d}"}
    found |= {match[1] for match in _YEAR.finditer(text)}
    return found


def extract_claims(text: str) -> list[TextClaim]:
    """Return the claims in one piece of free text, each once, in the order found."""
    claims: dict[tuple[str, str], TextClaim] = {}
    for claim in [*_date_claims(text), *_number_claims(text), *_skill_claims(text), *_name_claims(text)]:
        claims.setdefault((claim.kind if claim.kind in ("number", "date") else "text", claim.key), claim)
    for claim in _keyword_claims(text):
        if not any(claim.key in other.key for other in claims.values()):
            claims.setdefault((claim.kind, claim.key), claim)
    return list(claims.values())


def counted_numbers(text: str) -> list[tuple[str, str]]:
    """Return (number key, the word after it) for each number: '400 clinics' -> ('400', 'clinics').

    The word skips a '+', a range's second number and a hyphen ('5-10 engineers', '5-person team').
    """
    masked = _mask_dates(text)
    found = []
    for match in _NUMBER.finditer(masked):
        value, unit = _number_value(match)
        key = number_key(value, unit or _time_unit(masked, match.end()))
        after = _COUNTED_WORD.match(masked, match.end())
        if after:
            found.append((key, after[1].lower()))
    return found


def number_key(value: float, unit: str) -> str:
    """Return the lookup key of a number claim."""
    shown = f"{value:g}" if value < 1e15 else str(value)
    return f"{shown}{unit}"


def _mask_dates(text: str) -> str:
    """Blank out dates and phone numbers, so neither is read as a number."""
    for pattern in (_MONTH_YEAR, _ISO_DATE, _SLASH_DATE, _YEAR, _PHONE):
        text = pattern.sub(lambda m: " " * len(m[0]), text)
    return text


def _number_value(match: re.Match[str]) -> tuple[float, str]:
    currency, whole, fraction, suffix = match[1], match[2], match[3], (match[4] or "").lower()
    value = float(whole.replace(",", "") + (f".{fraction}" if fraction else ""))
    value *= _MULTIPLIERS.get(suffix, 1)
    unit = "%" if suffix in ("%", "percent", "per cent") else "$" if currency else "x" if suffix == "x" else ""
    if suffix in _MEASURES:
        unit = f" {suffix}"  # '50 TB' is not backed by '50 GB'
    return round(value, 6), unit


def _date_claims(text: str) -> list[TextClaim]:
    claims = []
    for match in _MONTH_YEAR.finditer(text):
        claims.append(TextClaim("date", match[0], f"{match[2]}-{_MONTHS[match[1].lower()]:02d}"))
    for match in _ISO_DATE.finditer(text):
        claims.append(TextClaim("date", match[0], f"{match[1]}-{match[2]}"))
    for match in _SLASH_DATE.finditer(text):
        claims.append(TextClaim("date", match[0], f"{match[2]}-{int(match[1]):02d}"))
    covered = " ".join(c.text for c in claims)
    claims += [TextClaim("date", m[1], m[1]) for m in _YEAR.finditer(text) if m[1] not in covered]
    return claims


def _number_claims(text: str) -> list[TextClaim]:
    masked = _mask_dates(text)
    claims = []
    for match in _NUMBER.finditer(masked):
        value, unit = _number_value(match)
        claims.append(TextClaim("number", match[0].strip(), number_key(value, unit or _time_unit(masked, match.end()))))
    for match in _WORD_NUMBER.finditer(masked):
        value = _WORD_NUMBERS[match[1].lower()] * _MULTIPLIERS.get((match[2] or "").lower(), 1)
        claims.append(TextClaim("number", match[0], number_key(value, _time_unit(masked, match.end()))))
    return claims


def _skill_claims(text: str) -> list[TextClaim]:
    spelled = list(skill_mentions(text).values())
    longest = [s for s in spelled if not any(s != other and f" {s} " in f" {other} " for other in spelled)]
    return [TextClaim("skill", s, normalize(s).strip()) for s in longest]


def _name_claims(text: str) -> list[TextClaim]:
    claims = []
    for sentence in _SENTENCE.split(text):
        stripped = sentence.lstrip(" \t-•*>\"'(")
        offset = len(sentence) - len(stripped)
        for match in _CAPITAL_RUN.finditer(sentence):
            for words, at_start in _split_at_pronoun(match[0].split(), match.start() <= offset):
                if claim := _name_claim(words, at_start, sentence[: match.start()]):
                    claims.append(claim)
    return claims


def _split_at_pronoun(words: list[str], at_start: bool) -> Iterator[tuple[list[str], bool]]:
    """Split 'Brightline Health I built' style runs at the pronoun 'I'."""
    group: list[str] = []
    for word in words:
        if word == "I":
            if group:
                yield group, at_start
            group, at_start = [], False
        else:
            group.append(word)
    if group:
        yield group, at_start


def _name_claim(words: list[str], at_start: bool, before: str) -> TextClaim | None:
    """Return the claim of one capitalised run, without leading function words and month names."""
    while words and words[0].lower().strip(".'’") in _FUNCTION_WORDS | _TIME_WORDS:
        before, words, at_start = f"{before} {words[0]}", words[1:], False
    if at_start and len(words) > 1 and _LEADING_VERB.match(words[0]) and not _TECH_SHAPE.match(words[0]):
        before, words, at_start = f"{before} {words[0]}", words[1:], False  # 'Cut API ...': the verb is no name
    words = [w for w in words if w.lower().strip(".") not in _TIME_WORDS]
    phrase = " ".join(words).strip(" .,'’-")
    if not phrase or normalize(phrase).strip() in _GENERIC_CAPS:
        return None
    if at_start and len(words) == 1 and not _TECH_SHAPE.match(phrase):
        return None  # a capitalised first word is usually a verb ("Designed"), not a name
    return TextClaim(classify(phrase, before), phrase, normalize(phrase).strip())


def _keyword_claims(text: str) -> list[TextClaim]:
    lowered = normalize(text)
    claims = []
    for kind, words in (("degree", DEGREE_WORDS), ("certification", CERT_WORDS)):
        for word in words:
            if f" {word} " in lowered:
                claims.append(TextClaim(kind, word, word))  # type: ignore[arg-type]
    for word in ("principal", "staff", "director", "vp", "vice president", "head of", "cto", "ceo", "chief"):
        if f" {word} " in lowered:
            claims.append(TextClaim("title", word, word))
    return claims


def classify(phrase: str, before: str) -> ClaimKind:
    """Name the kind of a capitalised phrase from its words and the word before it."""
    words = set(normalize(phrase).split())
    if words & set(DEGREE_WORDS) or {"science", "arts"} & words and {"of"} & words:
        return "degree"
    if words & set(CERT_WORDS):
        return "certification"
    if words & set(_INSTITUTION_WORDS):
        return "institution"
    if words & set(TITLE_WORDS):
        return "title"
    if _TECH_SHAPE.match(phrase):
        return "skill"
    previous = before.rstrip().rsplit(maxsplit=1)[-1].lower() if before.strip() else ""
    return "employer" if previous in ("at", "for", "joined", "with") else "name"
