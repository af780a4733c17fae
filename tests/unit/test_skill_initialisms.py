"""A programming language's short initialism names it only where the sentence is about software (h19c, own words)."""

from __future__ import annotations

import pytest

from careerpilot.domain.skills import canonical_skill, find_skills


@pytest.mark.parametrize(
    "text",
    [
        "Holds the TS Practitioner Diploma and leads the TS enforcement team",  # trading standards
        "Experience with JS (joint service) logistics exercises",
    ],
)
def test_an_initialism_outside_software_names_no_language(text: str) -> None:
    assert not find_skills(text) & {"TypeScript", "JavaScript"}


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Built internal web tools in TS", "TypeScript"),
        ("TS, Postgres and Docker on the backend team", "TypeScript"),
        ("Wrote JS and TS daily", "TypeScript"),
        ("Front-end work in JS", "JavaScript"),
    ],
)
def test_an_initialism_in_a_sentence_about_software_is_the_language(text: str, skill: str) -> None:
    assert skill in find_skills(text)


def test_the_initialism_alone_is_a_skills_keyword() -> None:
    assert canonical_skill("TS") == "TypeScript"
