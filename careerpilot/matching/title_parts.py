"""A role line's own title, without its employer: what the person did, not whom they did it for.

A role line names the title and the employer in one of a few ways: "Nurse, Kerr Solicitors", "Nurse at Kerr
Solicitors", "Kerr Solicitors — Nurse", "Nurse | Kerr Solicitors | Leeds". The employer's words say nothing of the
work ("Nurse, Kerr Solicitors" is no solicitor's years, "Community Services Officer, Police" no police officer's),
so the years rules read a subject's words in the title part only. A part after a comma may be the title's own
specialty ("Vice President, Wealth Management", "Senior Associate, Audit & Assurance"), so it is dropped only when it
names an organisation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from careerpilot.matching.evidence import _names_a_title

# what a title's own words and its employer's are split by: a comma, semicolon or pipe, a spaced dash, "at" or "@"
_AT = re.compile(r"\s+(?:at|@)\s+", re.I)
_HARD = re.compile(r"\s*\|\s*|\s+[–—-]\s+")  # a pipe or spaced dash: "Title | Employer | City", "Employer — Title"
_SOFT = re.compile(r"\s*[,;]\s*")
# a kind of organisation a years subject may name as a setting ("2 years in a hospital setting", "in a distribution
# center": "Forklift Operator at Zulily DC"): the employer's name says it, so ``names_setting`` keeps its words
_PLACES = frozenset(
    """hospital hospitals clinic clinics school schools academy college university bank firm agency practice pharmacy
    hotel hotels resort restaurant restaurants store stores court council charity surgery chambers airline airlines
    police center centre warehouse depot plant facility""".split()
)
# a part naming an organisation: a place above, its legal form, or a word organisations are named by
_ORGANISATION = _PLACES | frozenset(
    """ltd limited inc incorporated llc llp plc pty gmbh corp corporation company co group partners solicitors
    associates holdings constabulary sheriff fire rescue ambulance trust nhs authority bureau ministry department
    government foundation institute board commission centre center district county city state federal municipality
    church charities society health healthcare airways brokers consultants accountants architects engineers
    plumbers""".split()
)
# a uniformed service whose posts may be named by a generic field ("Community Services Officer, Police" patrols):
# other bodies' posts so named do that field's work ("Administration Officer, NHS Trust")
_SERVICES = frozenset("police constabulary sheriff sheriffs fire rescue ambulance corrections prison army navy".split())
_WORD = re.compile(r"[A-Za-z&]+")
# an employer's town: one to three capitalised words, maybe with its state's code or a postcode ("Leeds", "New Delhi",
# "Sydney NSW", "Auckland 1023"), or a state's or country's code alone ("IL", "ON", "UK")
_PLACE_NAME = re.compile(r"(?:[A-Z][a-z]{1,20}\.? ){0,2}[A-Z][a-z]{2,20}(?: (?:[A-Z]{2,3}|\d{4,6}))?|[A-Z]{2,3}")


def _organisation(part: str, kinds: frozenset[str] = _ORGANISATION) -> bool:
    """Return whether a line's part names an organisation ("Kerr Solicitors", "Police", "Acme Pty Ltd")."""
    return any(w.lower().strip(".") in kinds for w in _WORD.findall(part))


@lru_cache(maxsize=8192)
def own_title(line: str) -> str:
    """Return a role line's title part, the employer's name left out ("" for an employer's line, no title in it).

    "Nurse, Kerr Solicitors" -> "Nurse", "Nurse at Kerr Solicitors" -> "Nurse", "Kerr Solicitors — Nurse" -> "Nurse",
    "Nurse | Kerr Solicitors | Leeds" -> "Nurse"; "Vice President, Wealth Management" keeps its specialty.
    """
    head = _AT.split(line[:300], maxsplit=1)[0] or line[:300]
    hard = [p for p in _HARD.split(head) if p.strip()]
    first = next((i for i, p in enumerate(hard) if _names_a_title(p)), None)
    if "|" in head and first is not None:
        head = hard[first]  # "Title | Employer | City": the title's own cell
    elif len(hard) > 1 and first is not None:
        # "Employer — Title", "Title | Employer | City": the parts before the title and the organisations after it go
        head = " - ".join([hard[first], *(p for p in hard[first + 1 :] if not _organisation(p))])
    soft = [p for p in _SOFT.split(head) if p.strip()]
    if (
        len(soft) > 1
        and any(map(_organisation, soft))
        and all((_organisation(p) or _PLACE_NAME.fullmatch(p.strip())) and not _names_a_title(p) for p in soft)
    ):
        return ""  # "Kerr Solicitors, Leeds" on a line of its own: the employer's line, no title
    if len(soft) > 1 and _names_a_title(soft[0]):
        # "Nurse, Kerr Solicitors": the parts after the title are kept unless they name an organisation
        soft = [soft[0], *(p for p in soft[1:] if not _organisation(p))]
    elif len(soft) > 1:
        # "Kerr Solicitors, Nurse": an organisation's parts before the title go
        soft = [p for p in soft if not _organisation(p)] or soft
    return ", ".join(p.strip() for p in soft).strip() or line


def names_organisation(title: str, kinds: frozenset[str] = _ORGANISATION) -> bool:
    """Return whether a title names an organisation after its own words ("Community Services Officer, Police").

    ``kinds``: the words such an organisation is named by; ``names_service`` asks for a uniformed service's.
    """
    parts = [p for p in _SOFT.split(_HARD.split(title[:300])[0]) if p.strip()]
    return len(parts) > 1 and _names_a_title(parts[0]) and any(_organisation(p, kinds) for p in parts[1:])


def names_service(title: str) -> bool:
    """Return whether a title names a uniformed service after its own words ("..., Police", "..., Fire and Rescue")."""
    return names_organisation(title, _SERVICES)


def employer_line(line: str) -> bool:
    """Return whether a line names only an employer and its town ("Kerr Solicitors, Leeds"), no title."""
    return bool(line.strip()) and not own_title(line)


def names_setting(subject: str) -> bool:
    """Return whether a years subject is a kind of organisation, read from the employer too ("hospital", "law firm")."""
    found = _WORD.findall(subject)
    return bool(found) and found[-1].lower() in _PLACES


def own_lines(subject: str, title: str, lines: list[str]) -> list[str]:
    """Return a role's lines (title line first), the employer's words cut from it, the title and an employer's line.

    A subject naming a kind of organisation ("2 years in a hospital") keeps them: the employer says the setting.
    """
    if names_setting(subject):
        return lines
    # a text resume's employer line kept among the role's lines ("Nurse" / "Kerr Solicitors, Leeds" / dates) too
    return [
        own_title(line) if index == 0 or line == title or employer_line(line) else line
        for index, line in enumerate(lines)
    ]
