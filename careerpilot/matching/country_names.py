"""The country vocabulary (``data/countries.yaml``): names, initials and demonyms to ISO codes, groups to members.

Read by the work-authorization filter and by licence places (``jurisdictions``); it imports nothing of the matcher,
so either can use it without a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from careerpilot.text import yaml_data

COUNTRIES = Path(__file__).with_name("data") / "countries.yaml"


@dataclass(frozen=True)
class Countries:
    """The country vocabulary: names to codes, groups (EU) to members, and display names."""

    name: re.Pattern[str]
    upper: re.Pattern[str]
    demonym: re.Pattern[str]
    nationals: re.Pattern[str]  # "UK nationals", "nationals of the EU": citizens, by another word
    ignore: re.Pattern[str]
    codes: dict[str, str]  # any spelling, lower-cased -> code
    labels: dict[str, str]  # code -> display name
    members: dict[str, frozenset[str]]  # group code -> member codes (groups of groups flattened)


def _alternation(names: Iterable[str]) -> str:
    """Return names as a regex alternation, longest first; all-capital ones ("US", "U.S.") match in capitals only."""
    ordered = sorted(set(names), key=len, reverse=True)
    return "|".join(f"(?-i:{re.escape(n)})" if n.replace(".", "").isupper() else re.escape(n) for n in ordered)


@lru_cache(maxsize=1)
def countries() -> Countries:
    """Return the country vocabulary of ``data/countries.yaml``, patterns compiled."""
    data = yaml_data.safe_load(COUNTRIES.read_text(encoding="utf-8"))
    entries = {**data["countries"], **data["groups"]}
    codes: dict[str, str] = {}
    names: list[str] = []
    capitals: list[str] = []
    demonyms: list[str] = []
    for code, body in entries.items():
        codes[code.lower()] = code
        for spelling in [*body["names"], *body["demonyms"]]:
            codes.setdefault(spelling.lower(), code)
        for spelling in body["names"]:
            (capitals if spelling.replace(".", "").isupper() else names).append(spelling)
        demonyms += body["demonyms"]
    members: dict[str, frozenset[str]] = {}
    for group, body in data["groups"].items():
        flat: set[str] = set()
        for member in body["members"]:
            flat |= {member} | set(data["groups"].get(member, {}).get("members", []))
        members[group] = frozenset(flat)
    status = r"(?:citizen\w*|nationals?|nationality|passport|residen\w*|work permit|visa|work rights)"
    return Countries(
        name=re.compile(rf"(?<![\w.])(?:{_alternation(names)})(?![\w])", re.I),
        upper=re.compile(rf"(?<![\w.])(?:{_alternation(capitals)})(?![\w])(?!\.\w)"),
        demonym=re.compile(rf"(?<![\w.])({_alternation(demonyms)})\s+(?=(?:[\w-]+\s+)?{status}\b)", re.I),
        nationals=re.compile(
            rf"(?<![\w.])(?:{_alternation([*demonyms, *names])})\s+nationals?\b|\bnationals? of\b", re.I
        ),
        ignore=re.compile(rf"\b(?:{_alternation(data['ignore'])})\b", re.I),
        codes=codes,
        labels={code: body["names"][0] for code, body in entries.items()},
        members=members,
    )


def country_codes(text: str) -> tuple[str, ...]:
    """Return the codes of the countries a text names ("right to work in the UK or EU" -> ("GB", "EU"))."""
    vocabulary = countries()
    text = vocabulary.ignore.sub(lambda m: " " * len(m.group()), text)
    found = [(m.start(), m.group()) for m in vocabulary.name.finditer(text)]
    found += [(m.start(), m.group()) for m in vocabulary.upper.finditer(text)]
    found += [(m.start(), m.group(1)) for m in vocabulary.demonym.finditer(text)]
    return tuple(dict.fromkeys(vocabulary.codes[spelling.lower()] for _, spelling in sorted(found)))
