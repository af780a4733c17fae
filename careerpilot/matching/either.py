"""One item that offers a degree or a credential as alternatives is met by any of them.

"Certificate IV in Disability, or a relevant tertiary qualification", "HCPC registered ODP, or NMC Registered
Nurse", "Bachelor or Graduate Diploma of Teaching", "doctoral degree (DNP, DNAP, PhD or equivalent)": the reader
makes one check per qualification it names (a degree, each credential), and a resume holding one of them was
told the other was missing, first reason and all. Two checks of one item are alternatives when the item joins
their names with "or" and no "and", or when one is named inside a bracket of examples of the other. Years of
experience offered instead of a degree ("Bachelor's degree, or 4 years' relevant experience in lieu of a degree", "3
years of experience or a degree in accounting") are its alternative the same way, met either way round.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careerpilot.domain.matching import RequirementCheck
from careerpilot.matching.degrees import DEGREES
from careerpilot.matching.layout import YEARS

_KINDS = frozenset({"degree", "certification", "experience"})
# years stand in for a degree only (a licence or a credential is no substitute for years, nor years for it)
_WITH_YEARS = frozenset({"degree"})
# what joins two asks into both: "and", "&", "plus", "as well as", "with"; a semicolon or a
# sentence's end between them makes two asks ("RID certification (NIC or CDI); ...; Utah interpreter certification")
# ("Merchant Mariner Credential with an AB endorsement (AB-Limited or higher)": the endorsement too)
# ("and/or" offers either: "Lux GAAP and/or IFRS", "a CPA and/or CA membership")
_BOTH = re.compile(r"\band\b(?!\s*/\s*or\b)|&|\bplus\b|\bas well as\b|\bwith\b|;|[.!?](?:\s|$)", re.I)
# "or" only: a slash joins both as often as either ("BLS/ACLS"), so credentials.py's ladders read it
_OR = re.compile(r"\bor\b", re.I)
# a lead-in offering its list as alternatives ("one of: CIPP/E, PC.dp; a law degree", "either of the following:",
# "any one of", "at least one of"): the list's commas and semicolons part alternatives, not asks
_ANY_OF_LEAD = re.compile(
    r"\b(?:either(?:\s+of)?|(?:(?:at\s+least\s+|any\s+)?one(?:\s+or\s+more)?|any)\s+of)\b(?:\s+(?:the\s+)?(?:following|these|below|"
    r"[\w-]+)(?:\s+[\w-]+){0,2})?\s*:",
    re.I,
)
# one qualification named, then its list closed by "or" ("A professional privacy qualification: CIPP/E, the
# Practitioner Certificate in Data Protection (PC.dp), or a law degree"): each listed name is that one qualification
# ("Certification: BLS, ACLS" labels asks: the article says one is named)
_ONE_NAMED_LEAD = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:qualification|certification|credential|accreditation|membership)\s*:", re.I
)
# a lead-in's list ends with its sentence: "Must hold one of: ACCA or CIMA. Also required: CPA, CFA"
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# between two names of such a list: separators and articles only ("; ", ", or the ", " / ")
_LIST_SEPARATOR = re.compile(r"\s*(?:[,;/]\s*)*(?:(?:or|and\s*/\s*or)\s+)?(?:(?:an?|the)\s+)?", re.I)
# a bracket of examples or alternatives ("(DNP, DNAP, PhD or equivalent)", "(e.g. CACHE, NNEB)")
_EXAMPLES = re.compile(r"\bor\b|\be\.g\.|\bsuch as\b|\bequivalent\b|\bi\.e\.", re.I)
# after the joining "or", only the second name's own words: a comma or bracket there means the "or" joined
# something else ("licensed in Ontario or Quebec, BLS certification": two places, then another ask)
_AFTER_OR = re.compile(r"[,()]")
# a bracket of examples follows a generic name ("doctoral degree (DNP, DNAP or PhD)", "a qualification (e.g. ...)")
_GENERIC_HEAD = re.compile(r"\b(?:degree|qualification|diploma|certificate|certification)s?\b", re.I)
# a bracket that says how much it wants its names asks them ("(BLS or ACLS required)"), it lists no examples
_ASKS = re.compile(r"\b(?:required|preferred|desirable|essential|mandatory|must|within)\b", re.I)
_BRACKET_AFTER = 2  # words between a name and its bracket of examples ("doctoral degree (DNP, ...)": one)
_GENERIC_DEGREE = re.compile(r"\b(?:degree|qualification)s?\b", re.I)
_SUFFIX = re.compile(r"\s+(?:certification|certificate)$", re.I)
_EXPANSION = re.compile(r"\s+\([^()]*\)$")
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9./-]{1,11})\)")


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", re.I)


def _names(check: RequirementCheck) -> list[str]:
    """Return the names a credential check may be written by in its item: its subject's alternatives, acronyms, ids."""
    req = check.requirement
    names = [_SUFFIX.sub("", a.strip()) for a in req.subject.split(" or ") if a.strip()]
    # a name before its bracket of expansion: "CIPP/E (Certified Information Privacy Professional/Europe)"
    names += [_EXPANSION.sub("", n) for n in names]
    names += [part for acronym in _ACRONYM.findall(req.subject) for part in (acronym, *acronym.split("/"))]
    names += [i.lstrip("~") for i in req.credentials]
    return [n for n in dict.fromkeys(names) if len(n) > 1]


def anchor(check: RequirementCheck) -> tuple[int, int] | None:
    """Return where the item names the check's qualification (first occurrence), or None when it cannot be found."""
    text = check.requirement.text
    if check.requirement.kind == "experience":
        years = YEARS.search(text)  # the number and its "years": "4 years' relevant experience"
        return (years.start(), years.start("rest")) if years else None
    if check.requirement.kind == "degree":
        found = [m for _, p in DEGREES if (m := p.search(text))] or [m for m in [_GENERIC_DEGREE.search(text)] if m]
        first = min(found, key=lambda m: m.start(), default=None)
        return (first.start(), first.end()) if first else None
    spans = [(m.start(), m.end()) for n in _names(check) if (m := _name_pattern(n).search(text))]
    return min(spans) if spans else None


def alternatives(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Return whether an item offers the qualifications named at two places as alternatives (either meets it)."""
    first, second = sorted((one, other))
    if second[0] < first[1]:
        return False  # one name inside the other: the same words, not two asks
    between = text[first[1] : second[0]]
    if _listed_after_lead(text, first, between):
        return True
    if _BOTH.search(between):
        return False
    joins = [m.end() for m in _OR.finditer(between)]
    if joins and not _AFTER_OR.search(between[joins[-1] :]):
        return True  # the "or" joins the names; "degree in nursing or a related field, current ACLS" joins fields
    opened = between.rfind("(")
    if opened < 0 or ")" in between[opened:] or len(between[:opened].split()) > _BRACKET_AFTER:
        return False  # a bracket further on is of another name's examples
    if not _GENERIC_HEAD.search(text[first[0] : first[1] + opened]):
        return False  # "RN license (BLS or ACLS required)": a bracket after a named credential asks its own
    closed = text.find(")", second[1])
    inside = text[first[1] + opened : closed if closed > 0 else len(text)]
    return bool(_EXAMPLES.search(inside)) and not _ASKS.search(inside)


def _listed_after_lead(text: str, first: tuple[int, int], between: str) -> bool:
    """Return whether two names are neighbours in a list a lead-in offers as alternatives ("one of: A; B or C")."""
    if not between.strip() or _LIST_SEPARATOR.fullmatch(between) is None:
        return False
    start = _sentence_start(text, first[0])
    if _ANY_OF_LEAD.search(text, start, first[0]):
        return True
    end = _SENTENCE_END.search(text, first[1])
    return bool(_ONE_NAMED_LEAD.search(text, start, first[0])) and bool(
        _OR.search(text, first[1], end.start() if end else len(text))
    )


def _sentence_start(text: str, at: int) -> int:
    """Return where the sentence holding text[at] starts."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    return ends[-1] if ends else 0


def met_by_alternative(checks: list[RequirementCheck]) -> list[RequirementCheck]:
    """Return the checks with each unmet degree or credential met when its item offers a met one as its alternative."""
    met = [c for c in checks if c.requirement.kind in _KINDS and c.status == "met"]
    if not met:
        return checks
    out = []
    for check in checks:
        if check.requirement.kind not in _KINDS or check.status == "met" or check.status == "unknown":
            out.append(check)
            continue
        same = [m for m in met if m.requirement.text == check.requirement.text and _may_stand_in(check, m)]
        out.append(_by_sibling(check, same))
    return out


def _by_sibling(check: RequirementCheck, siblings: list[RequirementCheck]) -> RequirementCheck:
    """Return the check met by the first sibling its item offers as an alternative, or the check unchanged."""
    here = anchor(check) if siblings else None
    if here is None:
        return check
    for sibling in siblings:
        there = anchor(sibling)
        if there is None or not alternatives(check.requirement.text, here, there):
            continue
        if "experience" in {check.requirement.kind, sibling.requirement.kind} and not _offered(
            check.requirement.text, here, there
        ):
            continue
        note = f"met by its alternative in the same item: {sibling.evidence or sibling.requirement.subject}"
        update = {"status": "met", "credit": sibling.credit, "evidence": sibling.evidence, "note": note}
        if check.requirement.kind == "experience":
            update["equivalent_met"] = True  # the years are no decisive gap (coverage.years_short)
        return check.model_copy(update=update)
    return check


# between the "or" and the second name: nothing but an article or a floor ("or a degree", "or at least 4 years")
_OR_THEN_NAME = re.compile(r"\s*(?:(?:an?|the|at\s+least|a\s+minimum\s+of|minimum)\s+)?", re.I)


def _offered(text: str, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Return whether an item's "or" offers years and a degree for each other, naming the second right after it.

    "Bachelor's degree in Computer Science or Engineering 5+ years of experience": the "or" joins two fields, and the
    years are asked beside the degree.
    """
    first, second = sorted((one, other))
    joins = [m.end() for m in _OR.finditer(text, first[1], second[0])]
    return bool(joins) and _OR_THEN_NAME.fullmatch(text, joins[-1], second[0]) is not None


def _may_stand_in(check: RequirementCheck, sibling: RequirementCheck) -> bool:
    """Return whether a met sibling's kind may stand in for a check's: years only for a degree, and back."""
    kinds = {check.requirement.kind, sibling.requirement.kind}
    return "experience" not in kinds or len(kinds & _WITH_YEARS) == 1
