"""A person's numeral as a level, an unstated level or rank, language names, and a posting's headings as items.

- "Fire Inspector II": a numeral after a person noun is the holder's level, on the ladder "Level II" and "Grade II"
  write; a numeral after any other noun names a thing ("Title IX", "Windows 11", "Part 107", "Form I-9").
- A level followed by the occupation's words ("Level 3 Ski Instructor") is the holder's; a line stating no level is
  not shown to hold it, nor shown to hold a lower one.
- A rank word before a credential's name ranks it only in the same phrase: "Associate Emergency Manager", not
  "SAP Certified Application Associate - SuccessFactors".
- Language names come from ISO 639 (data/languages.yaml); a name asks a language only beside a word of language.
- "(individual licence, not a corporation licence)" asks no corporation licence; "Education" or "N/A" listed as an
  item asks nothing.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.spoken_languages import LANGUAGES
from tests.support.credentials import verdict


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Fire Inspector II", ("rung", 2)),
        ("Wastewater Treatment Plant Operator 3", ("rung", 3)),
        ("Firefighter I/II", ("rung", 2)),
        ("Firefighter I and II", ("rung", 2)),
        ("Court Interpreter III", ("rung", 3)),
    ],
)
def test_a_numeral_after_a_person_noun_is_a_level(text: str, found: tuple[str, int]) -> None:
    assert phrases.level(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Title IX Coordinator",
        "Section 8 Housing Specialist",
        "Windows 11 deployment",
        "FAA Part 107 Remote Pilot",
        "Form I-9 verification",
        "Phase 2 environmental site assessments",
        "Truck Driver 5 years",
        "Machine Operator 3,000 hours",
        "1420 Elm Street, Suite 200",
        "Operator 24/7",
        "Technician 1 of 3",
        "Driver 5 days a week",
        "Instructor 2 nights per week",
        "Technician 4 shifts on, 4 off",
    ],
)
def test_a_numeral_after_any_other_noun_or_counting_time_is_no_level(text: str) -> None:
    assert phrases.level(text) is None


@pytest.mark.parametrize(
    ("asked", "held", "credit"),
    [
        ("Fire Inspector II certification required", "Fire Inspector I certification (IFSAC)", 0.0),
        ("Fire Inspector II certification required", "Fire Inspector II certification (Pro Board)", 1.0),
        ("Fire Inspector II certification required", "Fire Inspector III certification", 1.0),
        ("Court Interpreter III certification", "Court Interpreter II certification - Spanish", 0.0),
        ("Court Interpreter III certification", "Court Interpreter Level III certification - Spanish", 1.0),
    ],
)
def test_a_person_numeral_orders_the_credential(asked: str, held: str, credit: float) -> None:
    assert verdict(asked, [held]).credit == credit


def test_a_count_of_time_after_the_title_holds_no_level() -> None:
    # "24/7" is round-the-clock cover, not rung 24 of the inspector's ladder
    held = "Fire Inspector certification; Fire Inspector 24/7 on-call rotation"
    assert verdict("Fire Inspector II certification required", [held]).credit == 0.0


def test_a_lower_person_numeral_is_named_as_a_lower_level() -> None:
    below = verdict("Fire Inspector II certification required", ["Fire Inspector I certification (IFSAC)"])
    assert "a lower level" in below.note


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("CSIA Level 3 certification required", "CSIA Level 3 Ski Instructor certification"),
        ("PSIA Level 2 certification", "PSIA Level 2 Alpine Instructor certification"),
        ("NICET Level II certification", "NICET Level II Fire Alarm Technician certification"),
    ],
)
def test_a_level_followed_by_the_occupation_is_the_holders(asked: str, held: str) -> None:
    assert verdict(asked, [held]).credit == 1.0


def test_a_line_stating_no_level_is_neither_held_nor_lower() -> None:
    credential = phrases.PREFIX + "CSIA Level 3"
    line = "CSIA Ski Instructor certification"
    assert phrases.names_in(credential, line, listed=True) is None
    assert phrases.lower_level_in(credential, line, listed=True) is False


def test_a_level_before_other_words_still_qualifies_them() -> None:
    # "First Class Honours" is the degree's class, not the engineer's
    asked = "2nd Class Power Engineer certificate"
    assert verdict(asked, ["B.Eng, First Class Honours; 4th Class Power Engineer certificate"]).credit == 0.0


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("SuccessFactors certification required", "SAP Certified Application Associate - SuccessFactors"),
        ("Workday HCM certification", "Certified Associate – Workday HCM"),
    ],
)
def test_a_rank_word_across_punctuation_does_not_rank_the_name(asked: str, held: str) -> None:
    assert verdict(asked, [held]).credit == 1.0


def test_a_rank_word_in_the_names_phrase_still_ranks_it() -> None:
    assert verdict("Certified Emergency Manager (CEM) credential", ["Associate Emergency Manager"]).credit == 0.0


def _asked(title: str, text: str) -> list[tuple[str, str]]:
    return [(r.kind, r.subject) for r in extract_requirements(title, text).requirements]


@pytest.mark.parametrize(
    ("item", "languages"),
    [
        ("Fluent in Welsh and English, written and spoken", ["Welsh", "English"]),
        ("Bilingual in Tigrinya or Amharic", ["Tigrinya or Amharic"]),  # alternatives: one ask (session 17)
        ("Must speak Haitian Creole", ["Haitian Creole"]),
        ("Fluency in Yoruba or Igbo is an advantage", ["Yoruba or Igbo"]),
    ],
)
def test_any_iso_language_is_asked(item: str, languages: list[str]) -> None:
    asked = [s for k, s in _asked("Support Worker", f"Requirements:\n- {item}\n") if k == "language"]
    assert asked == languages


@pytest.mark.parametrize(
    "item",
    [
        "Polish floors and buff hallways to a high shine",
        "Swedish massage and deep tissue techniques",
        "Install French drains and dry wells",
        "2 years of Java development",
        "Braise in a Dutch oven and finish sauces",
        "Fold Turkish towels and restock linen",
    ],
)
def test_a_language_name_with_no_word_of_language_asks_none(item: str) -> None:
    assert "language" not in [k for k, _ in _asked("Crew Member", f"Requirements:\n- {item}\n")]


@pytest.mark.parametrize(
    "item",
    [
        "Experience working with Native American, Navajo and Hopi communities",
        "Experience serving Samoan, Chamorro and Native Hawaiian clients",
        "Native Alaskan and Inupiaq community outreach experience",
        "Experience with Tamil Nadu written contracts",
    ],
)
def test_a_peoples_or_places_name_asks_no_language(item: str) -> None:
    # "Native Hawaiian" names a people, not a native speaker; "Navajo communities" are people served
    assert "language" not in [k for k, _ in _asked("Case Worker", f"Requirements:\n- {item}\n")]


def test_a_language_beside_its_peoples_culture_is_asked_only_where_spoken() -> None:
    text = "Requirements:\n- Knowledge of Maori culture; te reo Maori speakers preferred\n"
    found = extract_requirements("Nurse", text).requirements
    asked = [(r.subject, r.importance) for r in found if r.kind == "language"]
    assert asked == [("Maori", "preferred")]


def test_languages_are_many_and_include_the_names_postings_use() -> None:
    assert len(LANGUAGES) > 150
    assert {"Welsh", "Mandarin", "American Sign Language", "Haitian Creole"} <= set(LANGUAGES)


def test_a_credential_refused_with_not_a_is_not_asked() -> None:
    text = "Requirements:\n- Valid electrical contractor licence (individual licence, not a corporation licence)\n"
    asked = [c for r in extract_requirements("Electrician", text).requirements for c in r.credentials]
    assert asked and not any("corporation" in c for c in asked)


@pytest.mark.parametrize(
    "item", ["Education", "License, Certification, Registration", "Knowledge, Skills & Abilities", "N/A", "None"]
)
def test_a_heading_or_empty_field_listed_as_an_item_asks_nothing(item: str) -> None:
    text = f"Qualifications:\n- {item}\n- 2 years of phlebotomy experience\n"
    assert _asked("Phlebotomist", text) == [("experience", "phlebotomy")]
