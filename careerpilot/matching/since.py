"""Years counted from a credential: "two years of experience, after the MSW, ..." count from the MSW's date.

Postings for licensed and graduate-entry work often ask for years earned after a degree or licence ("post-MSW",
"after licensure", "following completion of the apprenticeship"): years in the same workplace before it were
another job, whatever their title. The credential is found on the resume by its abbreviation (the initials of a
degree's words: Master of Social Work -> MSW), by its words, or by its kind (a degree, a licence); the years
then count from the date it was earned. A resume that does not date the credential is read as before.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.degrees import degree_level
from careerpilot.matching.evidence import ResumeEvidence, Role, month_index
from careerpilot.text import yaml_data
from careerpilot.text.terms import key_terms

# "after the MSW", "following licensure", "post-MSW", "since graduation", "after obtaining your RN license"
_SINCE = re.compile(
    # "post-MSW", "post-licensure", "post-registration", "post-journeyperson": an abbreviation or the event the years
    # count from ("post-secondary" is no credential), the abbreviation also after a space ("post ASYE", UK usage);
    # "PQE" is post-qualification experience
    r"\bpost(?:-|\s(?=(?-i:[A-Z]{2,6})\b))(?P<post>(?-i:[A-Z]{2,6})\b|(?i:licen[cs]\w*|graduat\w*|certification|degree|apprenticeship|"
    r"registration|qualification|qualifying|journey(?:man|men|person|worker)(?:[- ]level)?|red\s+seal|ticket))|"
    r"\b(?P<pqe>(?-i:PQE))\b|"
    r"\b(?:after|following|since)\s+(?:(?:obtaining|earning|receiving|completing|completion\s+of)\s+)?"
    r"(?:the\s+|an?\s+|your\s+|one'?s\s+)?(?P<c>[A-Za-z][\w'’&.-]*(?:\s+[A-Za-z][\w'’&.-]*){0,3}?)"
    r"(?=\s*(?:[,;)]|$|\s[-–—]\s|\s+(?:performing|providing|in|as|with|at|working|experience|exp)\b))",
    re.I,
)
# the events a years item may count from whose credential goes by other names on a resume: registration ("Registered
# Midwife", "NMC registration"), qualification ("Certificate of Qualification", "Admitted as a Solicitor", a
# chartered body's or royal college's membership: "Member of the Royal College of ..."), the journeyperson grade or
# the end of an apprenticeship (a Red Seal, a trade certificate, a journeyman card or licence)
_EVENT_LINES = (
    (re.compile(r"^regist", re.I), re.compile(r"\bregist\w*", re.I)),
    (
        re.compile(r"^qualif", re.I),
        re.compile(
            r"\b(?:qualif\w*|licen[cs]\w*|regist\w*|chartered|admitted|admission|enrol(?:l?ed|ment)\s+as|"
            r"red\s+seal|journey\w*|certified\s+public|(?:member|fellow)(?:ship)?\s+of\s+the)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"^(?:journey|red\s+seal|ticket|apprenticeship)", re.I),
        re.compile(
            r"\b(?:journey\w*|red\s+seal|certificate\s+of\s+(?:qualification|completion)|trade\s+(?:certificate|"
            r"ticket|licen[cs]e)|tradesperson|apprenticeship\s+(?:completion|completed|certificate))\b",
            re.I,
        ),
    ),
)
# "as a" / "as an" before the role a years item names ("3 years as a licensed PTA", "as a journeyman"): one fragment
# for every pattern of the matching package that reads it
AS_A = r"\bas\s+an?\s+"
# "3 years as a licensed PTA", "two years as a certified law enforcement officer": years in the credential's
# occupation held with the credential; they count from the date it was earned, as "after licensure" does
_AS_HOLDER = re.compile(
    AS_A + r"(?P<q>licen[cs]ed|certified|registered|credentialed)\s+"
    r"(?P<c>[A-Za-z][\w'’&.-]*(?:\s+(?!(?:in|at|with|for|and|or|on|who|within)\b)[A-Za-z][\w'’&.-]*){0,3})",
    re.I,
)
_NOT_CREDENTIAL = frozenset({"the", "a", "an", "which", "that", "this", "these", "those", "it", "hire", "hiring"})
_SMALL = frozenset({"of", "in", "and", "the", "for", "&"})
_DEGREE_WORDS = frozenset({"degree", "graduation", "graduating", "graduate"})
_LICENCE = re.compile(r"\blicen[cs]\w*", re.I)
_DRIVING = re.compile(r"\b(?:driv\w*|cdl|dmv|dps|motor vehicles?)\b", re.I)


# the words of an event a resume dates: a credential earned, a registration, a qualification, the end of training
EVENT_WORDS = (
    r"licen[cs]\w*|graduat\w*|certifi\w*|degree|diploma|apprenticeship|registration|qualification|qualifying|"
    r"journey\w*|red\s+seal|ticket|admission|call\s+to\s+the\s+bar"
)
_EVENT_WORD = re.compile(rf"\b(?:{EVENT_WORDS})\b", re.I)
# an abbreviation is the event only where the phrase ends at it or a small word goes on ("after NCLEX in a
# hospital"); "the CIA triad", "PE guidelines", "the CMA ruling" are a practice or a body's act named by it
_ABBREVIATION = re.compile(
    r"\b[A-Z]{2,6}\b(?=\s{0,3}(?:$|[,;:.()]|(?:in|at|and|or|with|of|for|from|to|as|on|by|within|before)\b))"
)


@lru_cache(maxsize=1)
def _dated_abbreviations() -> frozenset[str]:
    """Return the abbreviations of exams, memberships and professional years a resume dates (data/events.yaml)."""
    data = yaml_data.safe_load((Path(__file__).with_name("data") / "events.yaml").read_text(encoding="utf-8"))
    return frozenset(data["dated_abbreviations"])


@lru_cache(maxsize=1024)
def datable_abbreviation(word: str) -> bool:
    """Return whether an abbreviation names what a resume dates: a degree, a credential, an exam or a membership.

    "MSW", "BSN", "CCT", "NCLEX", "ASYE", "MRCP" do; "IPO", "SDLC", "COVID" name a company's or the world's events,
    or a practice followed.
    """
    return word in _dated_abbreviations() or bool(degree_level(word)) or bool(wanted_in(word))


def names_event(phrase: str) -> bool:
    """Return whether the words after "after", "following", "since" or "post-" name an event a resume dates.

    "the MSW", "obtaining your RN license", "graduation" do; "the SDLC", "Agile practices", "launch", "the CIA
    triad" (an exam's initials inside a practice's name) do not: they stay words of the subject.
    """
    if _EVENT_WORD.search(phrase) or degree_level(phrase):
        return True
    return any(datable_abbreviation(a) for a in _ABBREVIATION.findall(phrase))


def event_phrase(text: str) -> str:
    """Return the event a years item counts from ("MSW" in "two years, after the MSW, of casework"), or ''."""
    for found in _SINCE.finditer(text):
        if found.group("pqe"):
            return "qualification"
        phrase = (found.group("post") or found.group("c")).strip(" .")
        if phrase.lower().split()[0] not in _NOT_CREDENTIAL and names_event(phrase):
            return phrase
    return ""


def since_phrase(text: str) -> str:
    """Return the credential a years item counts from: an event's (``event_phrase``) or one held "as a licensed X"."""
    event = event_phrase(text)
    if event:
        return event
    held = _AS_HOLDER.search(text)
    return held.group("c").strip(" .") if held else ""


# a title below the credential's own (its years before the credential were another job, whatever its words)
_BELOW = re.compile(
    r"\b(?:apprentice\w*|trainee|intern|helper|aide|student|extern|assistant|candidate|graduate)\b", re.I
)


def _holder_names(phrase: str, line: str) -> bool:
    """Return whether a credential line is the one "as a licensed <phrase>" names: its abbreviation or all its words.

    Stricter than ``_names``: "as a registered nurse" names no credential by the one word "nurse" (a BSN in Nursing
    holds it), and never a degree.
    """
    if degree_level(line):
        return False
    if re.fullmatch(r"[A-Z]{2,6}", phrase):
        return initials(line).startswith(phrase.lower()) or bool(re.search(rf"\b{phrase}\b", line))
    wanted = key_terms(phrase)
    return len(wanted) >= 2 and wanted <= key_terms(line)


def _titled(phrase: str, title: str, qualifier: str = "") -> bool:
    """Return whether a title is the credential holder's own (not a rung below it).

    Its abbreviation ("LVN" for "as a licensed vocational nurse", the qualifier's initial first, or "CNA"), or,
    outside a rung below, any word of the phrase ("Pharmacy Tech" for "certified pharmacy technician").
    """
    if re.fullmatch(r"[A-Z]{2,6}", phrase):
        # "Physical Therapist Assistant" spells PTA: the holder's own title, whatever rung word it holds
        return phrase.lower() in initials(title) or bool(re.search(rf"\b{phrase}\b", title))
    short = initials(phrase)
    for abbreviation in dict.fromkeys((qualifier[:1].lower() + short, short)):
        if len(abbreviation) >= 2 and re.search(rf"\b{abbreviation}\b", title, re.I):
            return True
    if _BELOW.search(title) and not _BELOW.search(phrase):
        return False
    named = [w for w in re.findall(r"[A-Za-z]+", phrase.lower()) if w not in _SMALL]
    return bool(named) and bool(key_terms(" ".join(named)) & key_terms(title))


def initials(line: str) -> str:
    """Return the initials of a credential's words, small words left out ("Master of Social Work" -> "msw")."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", line.lower()) if w not in _SMALL)


def _names(phrase: str, line: str) -> bool:
    """Return whether an earned credential's line is the one a phrase names (abbreviation, words or kind)."""
    for event, names in _EVENT_LINES:
        if event.match(phrase):
            # an event named in words the resume does not use ("post-registration": "Registered Midwife")
            return bool(names.search(line)) and not _DRIVING.search(line)
    short = re.sub(r"[^a-z]", "", phrase.lower())
    if short and initials(line).startswith(short) and len(short) >= 2:
        return True
    wanted = key_terms(phrase)
    if wanted and wanted <= key_terms(line):
        return True
    if wanted & _DEGREE_WORDS or degree_level(phrase):
        return bool(degree_level(line)) and (not degree_level(phrase) or degree_level(phrase) == degree_level(line))
    # "after licensure": a professional licence, never a driver's
    return bool(_LICENCE.search(phrase)) and bool(_LICENCE.search(line)) and not _DRIVING.search(line)


def earned_on(phrase: str, evidence: ResumeEvidence) -> tuple[str, tuple[int, int]] | None:
    """Return the line and date of the credential a phrase names on the resume (the earliest such), or None."""
    found = [(line, when) for line, when in evidence.earned if _names(phrase, line)]
    return min(found, key=lambda f: month_index(f[1])) if found else None


def _clipped(role: Role, since: tuple[int, int]) -> Role | None:
    """Return the role's part from ``since`` on: None for a role that ended before it, months counted inclusive.

    A role spanning the credential's month starts at that month (its months before were another job); an undated
    role is kept as it is (nothing to cut).
    """
    if role.start is None or role.end is None or month_index(role.start) >= month_index(since):
        return role
    if month_index(role.end) < month_index(since):
        return None
    return dataclasses.replace(role, start=since)


def kept_since(text: str, evidence: ResumeEvidence) -> tuple[ResumeEvidence, str, list[int]]:
    """Return ``counted_since``'s evidence and note, with the index in ``evidence.roles`` of each role it kept.

    Roles that ended before the credential are left out; the kept ones keep their order, and the indexes map
    meaning's cosines (by role index) onto them.
    """
    phrase = since_phrase(text)
    earned = earned_on(phrase, evidence) if phrase else None
    if earned is not None and not event_phrase(text):
        # "as a licensed PTA": the credential named by its abbreviation or all its words, and no role titled as its
        # holder began before the date (a resume's licence date is often a renewal's)
        held = [(line, when) for line, when in evidence.earned if _holder_names(phrase, line)]
        earned = min(held, key=lambda f: month_index(f[1])) if held else None
        as_holder = _AS_HOLDER.search(text)
        qualifier = as_holder.group("q") if as_holder else ""
        if earned is not None and any(
            r.start is not None
            and month_index(r.start) < month_index(earned[1])
            and _titled(phrase, r.title, qualifier)
            for r in evidence.roles
        ):
            earned = None
    if earned is None:
        return evidence, "", list(range(len(evidence.roles)))
    line, when = earned
    clipped = [(i, _clipped(r, when)) for i, r in enumerate(evidence.roles)]
    kept = [(i, r) for i, r in clipped if r is not None]
    note = f"counted from the {phrase} ({line}, {when[0]}-{when[1]:02d})"
    return dataclasses.replace(evidence, roles=[r for _, r in kept]), note, [i for i, _ in kept]


def counted_since(text: str, evidence: ResumeEvidence) -> tuple[ResumeEvidence, str]:
    """Return the evidence with each role counted from the credential the item names, and the note saying so.

    Roles that ended before the credential are dropped, one spanning it starts at its month; the evidence is
    unchanged, with no note, when the item names no credential or the resume does not date it.
    """
    counted, note, _ = kept_since(text, evidence)
    return counted, note
