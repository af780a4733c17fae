"""Grades a credential's name states in words, and the clauses in which a posting refuses a credential.

A licence or registration often has grades that are words, not numbers: a "Learner", "Restricted" or "Full" driver
licence; a "Candidate" or "Professional" registration; a "Provisional" or "Full" practising certificate; an asbestos
"Worker" or "Supervisor" licence; a "Basic" or "Advanced" drone pilot certificate. ``data/grades.yaml`` lists these
ladders. Only the words inside or right beside a credential's name count (``near``): "full-time", "advanced skills"
or a "Supervisor" three clauses away say nothing of the credential.

A posting that refuses a rung names it: "candidate registration is not sufficient", "restricted or learner licences
are not accepted", "applicants holding a Provisional certificate will not be shortlisted", "CO or CP alone does not
meet the requirement". Such a clause asks nothing itself (``refusals`` finds it); the rung or credential it names is
below the ask, and holding only that is a gap the check names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml

GRADES = Path(__file__).with_name("data") / "grades.yaml"


@cache
def data() -> dict[str, Any]:
    """Return data/grades.yaml, read once for every reader of its sections."""
    loaded: dict[str, Any] = yaml.safe_load(GRADES.read_text(encoding="utf-8"))
    return loaded


@cache
def pay_scales() -> frozenset[str]:
    """Return the pay classification schemes whose "<scheme> Level N" is a position's grade (``pay_scales``)."""
    return frozenset(str(name) for name in data().get("pay_scales") or ())


@cache
def ladders() -> dict[str, tuple[tuple[str, int], ...]]:
    """Return each grade word with the (ladder, rung) places it has, rungs counted from 0 at the lowest."""
    words: dict[str, list[tuple[str, int]]] = {}
    for ladder, rungs in data()["ladders"].items():
        for rung, names in enumerate(rungs):
            for name in names:
                words.setdefault(str(name).lower(), []).append((ladder, rung))
    return {word: tuple(places) for word, places in words.items()}


@cache
def _tiers() -> dict[str, int]:
    return {str(name).lower(): rung for rung, names in enumerate(data()["tiers"]) for name in names}


def tier(word: str) -> int | None:
    """Return the tier of a vendor's certification a word names ("Associate": 1), lowest 0, else None."""
    return _tiers().get(word.lower())


@cache
def _certifying_vendors() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(str(name).lower().split()) for name in data()["certifying_vendors"])


def names_certifying_vendor(words: Sequence[str]) -> bool:
    """Return whether lower-case words include a vendor whose certifications have tiers ("aws", "google cloud")."""
    return any(
        tuple(words[i : i + len(vendor)]) == vendor for vendor in _certifying_vendors() for i in range(len(words))
    )


@cache
def top(ladder: str) -> int:
    """Return the highest rung of a ladder."""
    return max(rung for places in ladders().values() for name, rung in places if name == ladder)


@cache
def _word_pattern() -> re.Pattern[str]:
    names = sorted(ladders(), key=len, reverse=True)
    # a grade word stands alone: "full-time", "full-stack" and "advanced-level" are other words
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.I)


# where the words beside a name stop being about it: the clause ends, or another item begins
# ("&" and "+" between words join items as "and" does: "Basic Life Support & ACLS" holds no basic ACLS)
_LEFT_END = re.compile(r"[.;:,\n]|\s[&+]\s|\b(?:and|or|plus|with|also|including)\b", re.I)
_RIGHT_END = re.compile(r"[.;,\n]|\s[&+]\s|\b(?:and|or|plus|also|including|as well as|required|preferred)\b", re.I)
_REACH = 45


# a company's name ending in "Limited" ("Harbourside Private Hospital Limited") is no limited licence; "Council
# Limited Registration" still is
_COMPANY_LIMITED = re.compile(
    r"(?<![\w'&.-])[A-Z][\w'&.-]{0,30}\s+Limited\b(?!\s+(?i:licen|registration|scope|practi|certif|permit|registered))"
)


def _window(text: str, start: int, end: int) -> str:
    """Return the name at ``text[start:end]`` with the words beside it in its clause (company names blanked)."""
    return _COMPANY_LIMITED.sub(lambda m: " " * len(m.group(0)), _clause_window(text, start, end))


def _clause_window(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _REACH) : start]
    cuts = [m.end() for m in _LEFT_END.finditer(left)]
    if cuts:
        left = left[cuts[-1] :]
    right = text[end : end + _REACH]
    stop = _RIGHT_END.search(right)
    if stop is not None:
        right = right[: stop.start()]
    return f"{left} {text[start:end]} {right}"


def clause_around(text: str, start: int, end: int) -> str:
    """Return the name at ``text[start:end]`` with the words beside it in its clause (``near`` reads the same)."""
    return _window(text, start, end)


def one_item(text: str) -> bool:
    """Return whether a text is one item, with nothing that ends a clause or joins another item (``_LEFT_END``)."""
    return _LEFT_END.search(text) is None and _RIGHT_END.search(text) is None


def words_near(text: str, start: int, end: int) -> list[str]:
    """Return the grade words written in or beside the name at ``text[start:end]``, as written."""
    return words(_window(text, start, end))


# a credential held with conditions on it, said after its name in the same sentence ("Practising certificate -
# employee solicitor, subject to a supervised legal practice condition", "registration subject to conditions",
# "licence with conditions"): the "conditional" rung, though a comma stands between
_CONDITIONED = re.compile(
    # not "not subject to any conditions", "subject to no conditions", "subject to the standard conditions of
    # employment", "experienced with conditions such as COPD", "with conditions monitoring": conditions the holder
    # treats, works under or was offered, not conditions on the credential
    r"(?<!\bnot )(?<!\bnever )\b(?:subject\s+to\s+(?:an?\s+|the\s+|some\s+)?"
    r"(?:(?!(?:no|standard|usual|normal|general|chronic|medical|health|working|employment)\b)[\w-]+\s+){0,4}?"
    r"conditions?|with\s+(?:practice\s+)?conditions)\b"
    r"(?!\s+(?:of\s+(?:employment|service|contract|engagement|sale|use|work|the\s+(?:role|position|contract|offer))|"
    r"such\b|like\b|including\b|monitoring\b|management\b|assessment\b|removed\b|lifted\b))",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;\n]\s|[;\n]|$")


def _conditioned_after(text: str, end: int) -> bool:
    """Return whether the sentence after a name at ``end`` says the credential is held subject to conditions."""
    rest = text[end : end + 160]
    stop = _SENTENCE_END.search(rest)
    return bool(_CONDITIONED.search(rest[: stop.start()] if stop else rest))


def near(text: str, start: int, end: int, lowest: bool = False) -> dict[str, int]:
    """Return the grades a credential named at ``text[start:end]`` states, as {ladder: rung}.

    The name itself, the words right before it in its clause ("a full (unrestricted) New Zealand driver licence")
    and the words after it up to the clause's end ("Pilot Certificate - Advanced Operations", "Driver licence
    (Restricted)"). ``lowest``: with several rungs of one ladder ("ACI Finisher or Advanced ACI Finisher") the
    lowest is the one asked; otherwise the highest is the one held.
    """
    found: dict[str, int] = {}
    said = [m.group(1).lower() for m in _word_pattern().finditer(_window(text, start, end))]
    if _conditioned_after(text, end):
        said.append("conditional")
    for word in said:
        for ladder, rung in ladders()[word]:
            if ladder not in found:
                found[ladder] = rung
            else:
                found[ladder] = min(found[ladder], rung) if lowest else max(found[ladder], rung)
    return found


def in_text(text: str) -> dict[str, set[int]]:
    """Return every grade a text names, as {ladder: rungs}."""
    found: dict[str, set[int]] = {}
    for match in _word_pattern().finditer(text):
        for ladder, rung in ladders()[match.group(1).lower()]:
            found.setdefault(ladder, set()).add(rung)
    return found


def words(text: str) -> list[str]:
    """Return the grade words a text holds, in order, as written."""
    return [m.group(1) for m in _word_pattern().finditer(text)]


# what turns a credential away: "is not sufficient", "alone does not meet", "are not accepted", "will not be
# shortlisted", "need not apply", "we cannot appoint pending registration", "no apprentices or newly licensed ..."
_REFUSING = re.compile(
    # ("experience is not a substitute for the licence" refuses the experience, and the licence is asked: no refusal)
    r"\b(?:is|are|be|being)?\s*(?:not|n't|never)\s+(?:sufficient|enough|adequate|acceptable|accepted|qualifying|suitable)\b"
    r"|\balone\s+(?:is|are|does|do|will|would)\s*(?:not|n't)\b|\b(?:by itself|on (?:its|their) own)\s+(?:is|are|does|"
    r"do)\s*(?:not|n't)\b"
    r"|\b(?:does|do)\s*(?:not|n't)\s+(?:meet|satisfy|suffice|count|qualify)\b"
    r"|\b(?:will|would|shall|can)\s*(?:not|n't)\s+be\s+(?:considered|accepted|eligible|shortlisted|short-listed|"
    r"interviewed|appointed)\b|\b(?:won't|cannot|can't)\s+be\s+(?:considered|accepted|shortlisted)\b"
    r"|\bneed\s+not\s+apply\b|\b(?:cannot|can't|can\s+not|will\s+not|won't|are\s+unable\s+to)\s+"
    r"(?:appoint|hire|accept|consider)\s+(?:anyone\s+|applicants\s+|candidates\s+)?(?:pending|awaiting|with(?:out)?)\b"
    r"|(?:^|[\s(])no\s+(?:apprentices|trainees|learners|students|provisional|interim|candidates?)\b"
    # "if you're licensed in another state, sort your NSW licence first": the other state's licence is not the ask
    r"|\b(?:licen[cs]ed|registered|certified)\s+(?:in|by|with)\s+(?:another|a\s+different|any\s+other|other)\s+"
    r"(?:state|province|territory|country|jurisdiction)",
    re.I,
)
# a refusal of those who LACK a credential asks for it: "applicants without a current licence will not be considered"
_LACKING = re.compile(
    r"\b(?:without|lack\w*|unless|(?:who|that)\s+(?:do|does|are|is)\s*(?:not|n't)|(?:do|does)\s*(?:not|n't)\s+"
    r"(?:hold|have|possess|carry)|not\s+(?:currently\s+)?(?:licen[cs]ed|certified|registered))\b",
    re.I,
)
# (a comma is inside a bracket when one closes within 400 characters: bound on absurd input, since looking to the end
# of a text of thousands of commas from each was quadratic)
_PARTS = re.compile(r"\s[-–—]\s|,(?![^()]{0,400}\))")


# a clause that asks before it refuses, joined by a conjunction ("A CDL Class A is required and a Class B will not be
# accepted", "You must hold an RN licence as EN registration is not sufficient"): the refusal starts at the conjunction
_ASK_CUE = re.compile(r"\b(?:required|requires?|must|need\w*|hold|holds|possess\w*|essential|mandatory)\b", re.I)
_CLAUSE_JOIN = re.compile(r"\s(?:and|but|as|because|since|while|whereas|though|although)\s", re.I)


def _asked_before(clause: str) -> int:
    """Return where the refusing part of a clause begins: after an ask and a conjunction before the refusal, or 0."""
    refusing = _REFUSING.search(clause)
    ask = _ASK_CUE.search(clause, 0, refusing.start()) if refusing else None
    if refusing is None or ask is None:
        return 0
    joins = [m.end() for m in _CLAUSE_JOIN.finditer(clause, ask.end(), refusing.start())]
    return joins[-1] if joins else 0


def _asked_first(bracket: str) -> int:
    """Return where a bracket's refusing part begins after a part of its own that asks, else 0.

    "(Open registration is required - our work is commercial, so Restricted registration is not suitable)": the
    bracket's first part asks (a dash or comma apart from the refusal); the refusal is the rest.
    """
    refusing = _REFUSING.search(bracket)
    ask = _ASK_CUE.search(bracket, 0, refusing.start()) if refusing else None
    if refusing is None or ask is None:
        return 0
    asking = [m.end() for m in _PARTS.finditer(bracket, ask.end(), refusing.start())]
    return asking[-1] if asking else 0


def refusals(text: str) -> list[tuple[int, int]]:
    """Return the spans of the clauses that turn a credential or a grade away (they ask nothing themselves).

    A bracket that refuses is its own clause ("RN licence (an EN registration is not sufficient)"); other brackets
    stay in their clause ("Certified Orthotist (CO) alone does not meet the requirement").
    """
    spans: list[tuple[int, int]] = []
    for bracket in re.finditer(r"\(([^()]*)\)", text):
        if _REFUSING.search(bracket.group(1)) and not _LACKING.search(bracket.group(1)):
            spans.append((bracket.start(1) + _asked_first(bracket.group(1)), bracket.end(1)))
    masked = list(text)
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    rest = "".join(masked)
    for sentence in re.finditer(r"[^;.]+", rest):
        at = sentence.start()
        body = sentence.group(0)
        bounds = [0, *(m.end() for m in _PARTS.finditer(body)), len(body)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            clause = body[a:b]
            if _REFUSING.search(clause) and not _LACKING.search(clause):
                spans.append((at + a + _asked_before(clause), at + b))
    return sorted(spans)


def refusing_at(clause: str) -> int:
    """Return where the words refusing in a refusing clause begin ("... alone does not meet"), or its length."""
    found = _REFUSING.search(clause)
    return found.start() if found else len(clause)


def without_refusals(text: str) -> str:
    """Return ``text`` with its refusing clauses blanked (same length, so positions stay)."""
    out = list(text)
    for start, end in refusals(text):
        out[start:end] = " " * (end - start)
    return "".join(out)


def refused(text: str) -> dict[str, set[int]]:
    """Return the grades the text's refusing clauses turn away ("restricted or learner licences are not accepted")."""
    found: dict[str, set[int]] = {}
    for start, end in refusals(text):
        for ladder, rungs in in_text(text[start:end]).items():
            found.setdefault(ladder, set()).update(rungs)
    return found
