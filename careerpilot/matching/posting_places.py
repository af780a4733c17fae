"""Where a posting asks its licences when its words name no place: where the job is.

"You must hold a current RVT registration with the Veterinary Medical Board", "registered with the Board of Nursing",
"a current state license": a licence issued state by state (``jurisdictional`` in ``data/credentials.yaml``) asked
without its state is asked in the state of the posting's location ("Campbell, CA"), or, with no location, the one
state or province its text names in full. Not where the item accepts any place ("or any US state", "compact licence",
"eligible for licensure by endorsement", "able to obtain within 6 months"), nor for a national certification
("NBCOT", "ARRT", "nationally certified"). The place is implied, not written: a resume's licence naming no place
still meets it (``credentials.judge``); one naming another state is a gap the match names.
"""

from __future__ import annotations

import re
from functools import cache

from careerpilot.domain.jobs import JobPosting, Location
from careerpilot.domain.matching import PostingRequirements, Requirement
from careerpilot.matching.country_names import COUNTRIES, countries, country_codes
from careerpilot.matching.credentials import issued_per_place, parts, vocabulary
from careerpilot.matching.jurisdictions import (
    accepts_any,
    address_place,
    compact,
    country_of,
    elsewhere_accepted,
    nationally_issued,
    places_by_name,
)
from careerpilot.text import yaml_data

NATIONAL_REGISTERS = COUNTRIES.with_name("national_registers.yaml")


def job_place(job: JobPosting) -> str | None:
    """Return the one state or province a posting is in: its location's, else the one its text spells out; else None.

    A posting in two states ("Portland, OR; Vancouver, WA") or none names no one place, and asks no place's licence.
    """
    if job.locations:
        return _only({p for loc in job.locations for p in _location_places(loc)})
    return _only(_states(set(places_by_name(_about_the_job(job.description_text)))))


# where a location lists places: "Boston, MA / Providence, RI", "Portland, OR; Vancouver, WA", "NY or NJ"
_ALTERNATIVES = re.compile(r"[;/|\n]|\s(?:or|and|&)\s", re.I)


def _location_places(loc: Location) -> set[str]:
    """Return the states a location names: its region's, else each listed place's, read as addresses are written."""
    country = _country(loc)
    region = address_place(loc.region, country) if loc.region else None
    if region:
        return {region}
    return {p for part in _ALTERNATIVES.split(loc.text) if (p := _address_state(part, country))}


def _address_state(address: str, country: str | None) -> str | None:
    """Return the state an address names, from its end ("Kansas City, MO" is Missouri; "Melbourne VIC 3000")."""
    for part in reversed(address.split(",")):
        named = address_place(part, country) or _only(_states(set(places_by_name(part)), country))
        tokens = re.findall(r"[A-Z][A-Za-z.]*", part)
        found = named or next((p for t in reversed(tokens) if (p := address_place(t, country))), None)
        if found:
            return found
    return None


def _country(loc: Location) -> str | None:
    """Return the country a location states (its field, or a country's name that is no state's), else None."""
    if loc.country:
        stated = country_codes(loc.country)
        return stated[0] if stated else loc.country.strip().upper()
    labels = countries().labels
    named = [c for c in country_codes(loc.text) if address_place(labels.get(c, c)) is None]  # "Atlanta, Georgia"
    return named[0] if len(named) == 1 else None


# sentences about law, pay, privacy or the company name places that are not where the job is ("In compliance with
# the Colorado Equal Pay for Equal Work Act", "California residents: see our privacy notice", "Founded in Ohio")
_NOT_THE_JOBS_PLACE = re.compile(
    r"(?-i:\bAct\b)|\b(?:laws?|statutes?|ordinances?|residents?|privacy|pay (?:transparency|range)|salary|"
    r"compensation|equal (?:opportunity|pay|employment)|EEO|founded|headquarter\w*|nationwide)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def _about_the_job(text: str) -> str:
    """Return a posting's text without its sentences about law, pay or the company (``_NOT_THE_JOBS_PLACE``)."""
    return "\n".join(s for s in _SENTENCE.split(text) if not _NOT_THE_JOBS_PLACE.search(s))


def _states(named: set[str], country: str | None = None) -> set[str]:
    """Return the states and provinces among places (of one country when given); countries are read by name."""
    return {p for p in named if country_of(p) and country in (None, country_of(p))}


def _only(named: set[str]) -> str | None:
    return next(iter(named)) if len(named) == 1 else None


@cache
def _national_registers() -> dict[str, frozenset[str]]:
    """Return, by country code, the credential families its national bodies register (``national_registers.yaml``)."""
    raw = yaml_data.safe_load(NATIONAL_REGISTERS.read_text(encoding="utf-8"))
    return {country: frozenset(families) for country, families in raw.items()}


def registered_nationally(req: Requirement, place: str) -> bool:
    """Return whether every credential a requirement asks is registered nationally in the place's country."""
    families = _national_registers().get(country_of(place) or "", frozenset())
    vocab = vocabulary()
    asked = [vocab.credentials[p].family for c in req.credentials for p in parts(c) if p in vocab.credentials]
    return bool(asked) and all(family in families for family in asked)


def asked_in_place(req: Requirement) -> bool:
    """Return whether a requirement asks a licence issued per state with no place, and accepts no other place."""
    return (
        req.kind == "certification"
        and not req.jurisdictions
        and issued_per_place(req.credentials)
        and not accepts_any(req.text)
        and not elsewhere_accepted(req.text)
        and not compact(req.text)
        and not nationally_issued(req.text)
    )


def place_for(requirements: PostingRequirements, job: JobPosting) -> str | None:
    """Return the place ``placed`` asks the posting's licences in, or None when it asks none there."""
    if not any(asked_in_place(r) for r in requirements.requirements):
        return None
    place = job_place(job)
    if place is None or not any(_placed_here(r, place) for r in requirements.requirements):
        return None
    return place


def placed(requirements: PostingRequirements, job: JobPosting) -> PostingRequirements:
    """Return the requirements with the posting's place on each licence asked without one (``asked_in_place``)."""
    place = place_for(requirements, job)
    if place is None:
        return requirements
    update = {"jurisdictions": [place], "place_implied": True}
    return requirements.model_copy(
        update={
            "requirements": [
                r.model_copy(update=update) if _placed_here(r, place) else r for r in requirements.requirements
            ]
        }
    )


def _placed_here(req: Requirement, place: str) -> bool:
    return asked_in_place(req) and not registered_nationally(req, place)
