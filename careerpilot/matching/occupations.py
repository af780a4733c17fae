"""Role titles per occupation, on the occupation's ladder: which roles count toward "N+ years of <subject>".

A resume's role titles often use other words for the subject a posting names: "Vice President, Wealth
Management" for "producing financial advisor", "Associate Attorney" for "commercial litigation", "Staff Auditor"
then "Senior Associate, Assurance" for "external audit". Word overlap misses them and MiniLM is noisy on a short
subject against a title. The vocabulary (``data/occupations.yaml``) lists, per occupation, the subjects postings
use and the titles of its ladder (apprentice < journeyman < master; line cook < sous chef < chef de cuisine), so
a role counts when its title belongs to the subject's occupation at the subject's rung or above; a lower rung
counts only where the posting admits it (coverage.py decides that). Callers pass text with abbreviations spelled
out; words are compared as stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from careerpilot.text import yaml_data
from careerpilot.text.terms import key_terms

VOCABULARY = Path(__file__).with_name("data") / "occupations.yaml"
Phrase = frozenset[str]

# Workplace abbreviations read as their words on both sides ("3+ yrs ICU" and "Cardiovascular Intensive Care Unit")
ABBREVIATIONS = {
    "icu": "intensive care unit", "cvicu": "cardiovascular intensive care unit", "micu": "medical intensive care unit",
    "sicu": "surgical intensive care unit", "nicu": "neonatal intensive care unit", "picu": "pediatric intensive care",
    "ccu": "cardiac care unit", "pacu": "post-anesthesia care unit", "ed": "emergency department", "er": "emergency",
    "ltc": "long-term care", "snf": "skilled nursing facility", "med-surg": "medical surgical", "l&d": "labor delivery",
    "rn": "registered nurse", "lpn": "practical nurse", "lvn": "vocational nurse", "cna": "nursing assistant",
    "stna": "nursing assistant", "ems": "emergency medical services", "als": "advanced life support",
    "otr": "over-the-road", "dc": "distribution center", "3pl": "third-party logistics", "cdl": "commercial driver",
    "hrbp": "hr business partner", "hr": "human resources", "ap": "accounts payable", "ar": "accounts receivable",
    "fp&a": "financial planning analysis", "cpa": "public accounting", "pm": "project manager",
    "hvac": "heating ventilation air conditioning", "hvac-r": "heating air conditioning refrigeration",
    "k-12": "school", "sped": "special education", "ell": "english language learners", "esl": "english second language",
    "boh": "back of house", "foh": "front of house", "psap": "public safety answering point", "911": "emergency",
}  # fmt: skip


@lru_cache(maxsize=1)
def capital_fields() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Return each field abbreviation that is also a word ("IT", "OR") as the pattern of its field places, its words.

    Capitals only, in a field's place (``capital_fields`` in data/occupations.yaml): "degree in IT", "Head of IT",
    "(OR)", "OR nurse", "IT Support Specialist"; never "Go OR Rust", "Portland, OR", "make IT happen" or "IT'S".
    """
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))["capital_fields"]
    return tuple(
        (
            _field_places(short, body["before"], body.get("titled", []), conjunction=body.get("conjunction", False)),
            body["words"],
        )
        for short, body in data.items()
    )


def _field_places(short: str, before: list[str], titled: list[str], *, conjunction: bool) -> re.Pattern[str]:
    """Return the pattern of a capital field abbreviation in a field's place (see ``capital_fields``).

    ``before``: the words it names the field before, in any case; ``titled``: the title-case role and department
    words of a title it names the field before besides them ("IT Recruiter"; not "We Make IT Simple").

    ``conjunction``: the abbreviation is also a conjunction in capitals, so a role's word after it names the field
    only where no role noun in capitals stands before it (``_in_field_place``): "CIRCULATING OR NURSE", not
    "ELECTRICIAN OR TECHNICIAN"; the group ``joined`` marks that place.
    """
    nouns = "|".join(re.escape(w) for w in before)
    name = rf"{re.escape(short)}(?![\w'’])"
    # a word not also a conjunction names the field before a title's role or department word ("IT Business Analyst",
    # ``titled``) or joined to another field ("IT/Telecoms Engineer", "IT & Operations Manager"); a conjunction joins
    # two such words ("Go OR Rust"). Bounded spaces: two open runs of spaces side by side backtrack quadratically.
    words = "|".join(re.escape(w) for w in [*titled, *(w.capitalize() for w in before)])
    joined = rf"\s{{0,2}}[/&]\s{{0,2}}[A-Z][a-z]|[\s,]{{1,3}}(?:{words})\b"
    titled_place = "" if conjunction else rf"|\b{name}(?={joined})"
    return re.compile(
        rf"\b(?i:in|of)\s+(?:(?i:the|an?)\s+)?{name}|\({re.escape(short)}\)|"
        # before a role noun, but not a state's after a city's comma ("Portland, OR Nurse Jobs")
        rf"(?<!,\s)\b{'(?P<joined>' if conjunction else '(?:'}{name})(?=[\s-]+(?i:{nouns})\b){titled_place}"
    )


# a role noun or a qualification in capitals just before a conjunction's place: "LPN OR RN", "RN OR NURSE",
# "ELECTRICIAN OR TECHNICIAN", "DIPLOMA OR EXPERIENCE" are alternatives of one kind; "CIRCULATING OR NURSE",
# "TRAVEL OR NURSE", "ICU OR OR EXPERIENCE" name the operating room
_ROLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{2,}(?:ER|OR|IST|IAN|MAN)|[A-Z]*(?:NURSE|RN|LPN|LVN|CNA|TECH|AIDE|ASSISTANT)"
    r"|DIPLOMA|DEGREE|GED|EDUCATION|TRAINING|CERTIFICATION|CERTIFICATE|LICEN[CS]E|EQUIVALENT)S?[\s/,]+$"
)


def _in_field_place(pattern: re.Pattern[str], text: str) -> bool:
    """Return whether a capital field abbreviation stands in a field's place, not joining two role nouns."""
    return next(_field_places_found(pattern, text), None) is not None


def _field_places_found(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield a capital field abbreviation's places in text, but not its places joining two role nouns."""
    for found in pattern.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()]
        if not (found.groupdict().get("joined") and _ROLE_BEFORE.search(before)):
            yield found


def conjunction_fields_at(text: str) -> frozenset[int]:
    """Return the offsets where a conjunction's abbreviation names its field before a role noun ("cardiac OR nursing").

    A reader of alternatives leaves the subject whole there.
    """
    return frozenset(
        found.start("joined")
        for pattern, _ in capital_fields()
        if "joined" in pattern.groupindex
        for found in _field_places_found(pattern, text)
        if found.group("joined")
    )


_SPELLED_IT = re.compile(r"\bI\.T\.(?!\w)")  # "I.T." is the field wherever it stands


def expanded(text: str) -> str:
    """Return text with the abbreviations it uses followed by their words."""
    extra = [ABBREVIATIONS[w] for w in re.findall(r"[a-z0-9][a-z0-9&+-]*", text.lower()) if w in ABBREVIATIONS]
    extra += [words for pattern, words in capital_fields() if _in_field_place(pattern, text)]
    if _SPELLED_IT.search(text) and "information technology" not in extra:
        extra.append("information technology")
    return f"{text} {' '.join(extra)}" if extra else text


@dataclass(frozen=True)
class Occupation:
    """One occupation: the subjects postings use for it, its titles by rung, and generic ranks read in context."""

    name: str
    full: int
    subjects: tuple[Phrase, ...]
    titles: tuple[tuple[Phrase, int], ...]  # (title's stems, rung), longest first
    context: tuple[Phrase, ...]

    def rung(self, title: str) -> int | None:
        """Return the rung of a role title in this occupation (its longest matching title), or None.

        A second in command the matching title does not name ("Deputy Property Manager" by "property manager") is
        a rung below it, as the ladder lists "assistant property manager".
        """
        have = _stems(title)
        found = next(((phrase, rung) for phrase, rung in self.titles if phrase <= have), None)
        if found is None:
            return None
        phrase, rung = found
        seconds = {w for m in second_in_command().finditer(title) for w in _stems(m.group(0))}
        return rung - 1 if seconds - phrase else rung

    def generic(self, title: str) -> bool:
        """Return whether a title is one of the generic ranks this occupation reads in context."""
        have = _stems(title)
        return any(phrase <= have for phrase in self.context)


@lru_cache(maxsize=1)
def kind_kin() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Return each subject kind with the title words naming the same work (``kind_kin`` in data/occupations.yaml)."""
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))["kind_kin"]
    return tuple((kind, tuple(names)) for kind, names in data.items())


def kin_titled(subject: str, title: str) -> tuple[str, ...]:
    """Return the names a title gives a subject's kind by another name ("NLP" of "NLP Engineer" for machine learning).

    The names alone: the title is about the subject only if its other words name no other kind ("AI Sales Engineer",
    "Frontend Platform Engineer" name sales and frontend work), which the caller reads.
    """
    return tuple(
        name
        for kind, names in kind_kin()
        if re.search(rf"\b{re.escape(kind)}\b", subject, re.I)
        for name in names
        if re.search(rf"\b{re.escape(name)}\b", title, re.I)
    )


@lru_cache(maxsize=1)
def second_in_command() -> re.Pattern[str]:
    """Return the pattern of a second's word before a rank of charge ("Deputy" in "Deputy Store Manager").

    The words are data (``second_rung_words``, ``charge_ranks`` in data/occupations.yaml); the match is the second's
    word alone, so blanking it leaves the rank's title ("Store Manager"). The words between are of the same post:
    "Chiropractic Assistant and Practice Manager" is two posts, an assistant's and a manager's, and an "Assistant to
    the Director" helps one.
    """
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    seconds = "|".join(re.escape(w) for w in data["second_rung_words"])
    # "Associate Director": a grade of the rank's own band (``rank_grades``), no second
    grades = "|".join(r"[\s-]+".join(map(re.escape, g.split())) for g in data["rank_grades"])
    between = r"(?:(?!(?:and|or|to)\b)[A-Za-z]+\s+){0,2}?"  # not "Assistant to the Director": a helper
    return re.compile(rf"\b(?!(?:{grades})\b)(?:{seconds})(?=[\s-]+{between}(?:{_ranks()})s?\b)", re.I)


@lru_cache(maxsize=1)
def seconds_in_charge() -> re.Pattern[str]:
    """Return the pattern of the second's words that hold charge of people (``seconds_in_charge``: "Deputy")."""
    words = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))["seconds_in_charge"]
    return re.compile("|".join(re.escape(w) for w in words), re.I)


@lru_cache(maxsize=1)
def _ranks() -> str:
    """Return the alternation of the ranks of charge (``charge_ranks`` in data/occupations.yaml), longest first."""
    ranks = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))["charge_ranks"]
    return "|".join(re.escape(w) for w in sorted(ranks, key=len, reverse=True))


def names_rank(subject: str) -> bool:
    """Return whether a subject names a rank of charge as a post ("store manager", "director-level").

    "people management", "team leadership", "supervisory experience" ask for charge of others and name no rank.
    """
    return bool(re.search(rf"\b(?:{_ranks()})s?\b", subject, re.I))


@dataclass(frozen=True)
class Subject:
    """What a posting's subject is in the vocabulary: the occupation, the rung asked and the words left over."""

    occupation: Occupation
    rung: int
    leftover: frozenset[str]  # stems of the subject no phrase explained ("flatbed" in "OTR flatbed")


# "IT" names the field, but "it" is a stop word: "IT Analyst" read as "Analyst" put every analyst, specialist,
# manager and lead of any occupation ("Treasury Analyst", "cash management") in IT support; "Information Technology"
# and "I.T." are the same field spelled out
_IT = re.compile(r"\b(?:it|i\.t\.?|information\s+technology)(?![\w.])")


@lru_cache(maxsize=65536)
def _stems(text: str) -> frozenset[str]:
    return frozenset(key_terms(_IT.sub("infotech", re.sub(r"[/,()]", " ", str(text).lower()))))


@lru_cache(maxsize=1)
def occupations() -> tuple[Occupation, ...]:
    """Return the occupations of the vocabulary file."""
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))["occupations"]
    out = []
    for name, body in data.items():
        titles = [(_stems(t), int(rung)) for rung, names in body["rungs"].items() for t in names]
        titles = sorted((t for t in titles if t[0]), key=lambda t: (-len(t[0]), -t[1]))
        subjects = tuple(p for p in (_stems(s) for s in body.get("subjects", [])) if p)
        context = tuple(p for p in (_stems(c) for c in body.get("context", [])) if p)
        out.append(Occupation(name, int(body["full"]), subjects, tuple(titles), context))
    return tuple(out)


@lru_cache(maxsize=1)
def soft_words() -> frozenset[str]:
    """Return the stems of words that describe years without narrowing the occupation ("certified", "producing")."""
    data = yaml_data.safe_load(VOCABULARY.read_text(encoding="utf-8"))
    return frozenset(w for word in data.get("soft_words", []) for w in _stems(word))


_OF_RECORD = re.compile(r"\bof record\b", re.I)


# "management accounting", "management consulting", "management reporting": "management" before a discipline says
# whom the work is for, the discipline is the field; no manager's title nor charge of others is asked
MANAGEMENT_BEFORE_DISCIPLINE = re.compile(r"\bmanagement\s+(?=[a-z]+(?:ing|ancy|ics|ology)\b)", re.I)


@lru_cache(maxsize=4096)
def subject_of(subject: str) -> Subject | None:
    """Return the occupation a subject names, or None.

    The phrase chosen (a subject or a title of some occupation, all of whose words the subject holds, abbreviations
    spelled out) is the one leaving fewest of the subject's own words unexplained, then the longest, then a
    subject over a title. A subject naming a title ("Sous Chef") asks for that title's rung; one naming a field
    ("external audit") asks for the occupation's full rung, or the rung of a title of the same words ("kitchen
    manager" is a rung-3 title though its stems are also those of the subject "kitchen management").
    """
    subject = _OF_RECORD.sub(" ", subject)  # "teacher of record", "attorney of record": the one in charge, the title
    have = _stems(expanded(subject))
    own = _stems(" ".join(w for w in re.split(r"[\s/]+", subject.lower()) if w not in ABBREVIATIONS))
    own = own - soft_words()
    discipline = MANAGEMENT_BEFORE_DISCIPLINE.search(subject)
    best: tuple[tuple[int, int, int, int], Subject] | None = None
    for occupation in occupations():
        # a subject whose words are also a title of the ladder ("kitchen management", "kitchen manager") asks for it
        titled = {p: rung for p, rung in occupation.titles}
        found = [(p, max(occupation.full, titled.get(p, 0)), 1) for p in occupation.subjects]
        # "management accounting" is no "accounting manager": a manager's title is not read from its stems
        found += [(p, rung, 0) for p, rung in occupation.titles if not (discipline and "manag" in p)]
        for phrase, rung, is_subject in found:
            if phrase <= have:
                leftover = frozenset(own - phrase)
                key = (-len(leftover), len(phrase), is_subject, rung)
                if best is None or key > best[0]:
                    best = (key, Subject(occupation, rung, leftover))
    return best[1] if best else None


def role_rung(subject: Subject, title: str, other_titles: Sequence[str]) -> int | None:
    """Return the rung of a role title in the subject's occupation, or None when the title is not of it.

    A generic rank ("Senior Associate", "Vice President") is of the occupation at its full rung only when another
    of the resume's titles (its label, another role) is.
    """
    occupation = subject.occupation
    found = occupation.rung(title)
    if found is not None or not occupation.generic(title):
        return found
    if any(occupation.rung(other) is not None for other in other_titles if other != title):
        return occupation.full
    return None
