"""A role line's own title, without its employer: what the person did, not whom they did it for.

A role line names the title and the employer in one of a few ways: "Nurse, Kerr Solicitors", "Nurse at Kerr
Solicitors", "Kerr Solicitors — Nurse", "Nurse | Kerr Solicitors | Leeds". The employer's words say nothing of the
work ("Nurse, Kerr Solicitors" is no solicitor's years, "Community Services Officer, Police" no police officer's),
so the years rules read a subject's words in the title part only. A part after a comma may be the title's own
specialty ("Vice President, Wealth Management", "Senior Associate, Audit & Assurance"), so it is dropped only when it
names an organisation.
"""

from __future__ import annotations

from careerpilot.matching.evidence import (  # the title's reading lives beside the resume reader that needs it
    HARD_BREAK,
    ORGANISATION_NOUNS,
    SETTING_NOUNS,
    SOFT_BREAK,
    WORD,
    employer_line,
    names_a_title,
    names_organisation_part,
    own_title,
)

# a uniformed service whose posts may be named by a generic field ("Community Services Officer, Police" patrols):
# other bodies' posts so named do that field's work ("Administration Officer, NHS Trust")
_SERVICES = frozenset("police constabulary sheriff sheriffs fire rescue ambulance corrections prison army navy".split())


def names_organisation(title: str, kinds: frozenset[str] = ORGANISATION_NOUNS) -> bool:
    """Return whether a title names an organisation after its own words ("Community Services Officer, Police").

    ``kinds``: the words such an organisation is named by; ``names_service`` asks for a uniformed service's.
    """
    parts = [p for p in SOFT_BREAK.split(HARD_BREAK.split(title[:300])[0]) if p.strip()]
    return len(parts) > 1 and names_a_title(parts[0]) and any(names_organisation_part(p, kinds) for p in parts[1:])


def names_service(title: str) -> bool:
    """Return whether a title names a uniformed service after its own words ("..., Police", "..., Fire and Rescue")."""
    return names_organisation(title, _SERVICES)


def names_setting(subject: str) -> bool:
    """Return whether a years subject is a kind of organisation, read from the employer too ("hospital", "law firm")."""
    found = WORD.findall(subject)
    return bool(found) and found[-1].lower() in SETTING_NOUNS


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
