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

from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import PostingRequirements, Requirement
from careerpilot.matching.credentials import issued_per_place
from careerpilot.matching.jurisdictions import (
    accepts_any,
    compact,
    country_of,
    elsewhere_accepted,
    nationally_issued,
    place_named,
    places,
    places_by_name,
)


def job_place(job: JobPosting) -> str | None:
    """Return the one state or province a posting is in: its location's, else the one its text spells out; else None.

    A posting in two states ("Portland, OR; Vancouver, WA") or none names no one place, and asks no place's licence.
    """
    located = _states({p for loc in job.locations for p in _location_places(loc.text, loc.region)})
    if located or job.locations:
        return _only(located)
    return _only(_states(set(places_by_name(job.description_text))))


def _location_places(text: str, region: str | None) -> list[str]:
    named = place_named(region) if region else None
    return [*places(text), *([named] if named else [])]


def _states(named: set[str]) -> set[str]:
    """Return the states and provinces among places (a country licenses through its own bodies, read by name)."""
    return {p for p in named if country_of(p)}


def _only(named: set[str]) -> str | None:
    return next(iter(named)) if len(named) == 1 else None


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


def placed(requirements: PostingRequirements, job: JobPosting) -> PostingRequirements:
    """Return the requirements with the posting's place on each licence asked without one (``asked_in_place``)."""
    if not any(asked_in_place(r) for r in requirements.requirements):
        return requirements
    place = job_place(job)
    if place is None:
        return requirements
    update = {"jurisdictions": [place], "place_implied": True}
    return requirements.model_copy(
        update={
            "requirements": [r.model_copy(update=update) if asked_in_place(r) else r for r in requirements.requirements]
        }
    )
