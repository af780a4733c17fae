"""Session 21 (h21d): the proficiency level a posting asks beside a language, and the level a resume holds.

A language held below the level asked is a decisive gap naming both levels; held with no level stated it meets any
level, as before. Wording of my own from Wales, Ireland, Japan, Germany, Quebec, the Gulf, the Netherlands.
"""

from __future__ import annotations

from typing import Any

from careerpilot.domain.resume import Resume
from careerpilot.matching.coverage import check, decisive_gaps
from careerpilot.matching.evidence import from_resume, from_text
from careerpilot.matching.language_levels import level_beside, level_stated
from careerpilot.matching.requirements import Requirement, extract_requirements
from tests.support.timing import cpu_seconds


def _asked(title: str, items: str) -> dict[str, str]:
    """Return each language a posting's requirements ask, with the level asked ("" for any)."""
    reqs = extract_requirements(title, "Requirements\n" + items + "- 3 years of client-facing work\n").requirements
    return {r.subject: r.level for r in reqs if r.kind == "language"}


def _resume(languages: list[dict[str, str]], certificates: list[str] = ()) -> Any:  # type: ignore[assignment]
    return from_resume(
        Resume.model_validate(
            {
                "basics": {"name": "A. Candidate"},
                "languages": languages,
                "certificates": [{"name": c} for c in certificates],
            }
        )
    )


def _language(subject: str, level: str, text: str = "") -> Requirement:
    return Requirement(
        kind="language", text=text or f"{level} {subject}", importance="required", subject=subject, level=level
    )


def test_the_level_beside_a_language_is_read_on_each_scale() -> None:
    assert _asked("Care Coordinator", "- Welsh Level 4 (speaking and listening)\n") == {"Welsh": "Level 4"}  # Wales
    assert _asked("Engineer", "- CEFR C1 German\n") == {"German": "C1"}  # Germany
    assert _asked("Analyst", "- German at B2 or above\n") == {"German": "B2"}
    assert _asked("Bridge SE", "- Japanese: JLPT N2 or higher\n") == {"Japanese": "JLPT N2"}  # Japan
    assert _asked("Buyer", "- Fluent Mandarin (HSK 5)\n")["Mandarin"] in ("fluent", "HSK 5")
    assert _asked("Analyst", "- ILR 3 in Arabic\n") == {"Arabic": "ILR 3"}  # the Gulf
    assert _asked("Advisor", "- Native-level Dutch is essential\n") == {"Dutch": "native-level"}  # Netherlands
    assert _asked("Agent", "- Conversational Spanish\n") == {"Spanish": "conversational"}
    assert _asked("Planner", "- Business-level Japanese\n") == {"Japanese": "business-level"}
    assert _asked("Clerk", "- Professional working proficiency in Portuguese\n") == {
        "Portuguese": "professional working proficiency"
    }
    assert _asked("Officer", "- Excellent written and spoken Irish\n") == {"Irish": "excellent"}  # Ireland
    assert _asked("Agent", "- Fluent French and English\n") == {"French": "fluent", "English": "fluent"}  # Quebec
    assert _asked("Agent", "- French and English\n") == {"French": "", "English": ""}


def test_a_level_of_something_else_beside_a_language_is_not_its_level() -> None:
    assert _asked("Manager", "- Level 4 Diploma in Management; Welsh desirable\n").get("Welsh", "") == ""
    assert level_beside("NVQ Level 3 in Health and Social Care and Welsh speaking", ["Welsh"], "Welsh") is None
    assert level_beside("Category C1 licence and Welsh", ["Welsh"], "Welsh") is None
    assert level_beside("Welsh desirable; Level 4 Diploma", ["Welsh"], "Welsh") is None
    # a Welsh Government level is Welsh's scale: "Level 3" beside German is no level the matcher knows
    assert level_beside("German Level 3", ["German"], "German") is None
    # each language its own level in a list
    assert level_beside("Fluent French, conversational Spanish", ["Spanish"], "Spanish").label == "conversational"
    assert level_beside("English (native), Welsh (Level 2)", ["Welsh"], "Welsh").label == "Level 2"


def test_a_resume_below_the_level_asked_misses_it_and_the_reason_names_both() -> None:
    evidence = _resume([{"language": "Welsh", "fluency": "Level 2"}])
    result = check(_language("Welsh", "Level 4", "Welsh Level 4 (speaking and listening)"), evidence)
    assert result.status == "missing" and result.note == "Welsh asked at Level 4; resume holds Level 2"
    assert decisive_gaps([result]) == [result]
    # Germany: a certificate states the level; one step short earns a little credit, still missing
    evidence = _resume([{"language": "German"}], ["Goethe-Zertifikat B1"])
    result = check(_language("German", "B2", "German at B2 or above"), evidence)
    assert result.status == "missing" and 0 < result.credit < 0.34
    assert result.note == "German asked at B2; resume holds B1"
    # Japan: scales differ, so the CEFR equivalent is named
    result = check(_language("Japanese", "JLPT N2"), _resume([{"language": "Japanese", "fluency": "JLPT N3"}]))
    assert result.status == "missing" and "JLPT N2" in result.note and "JLPT N3" in result.note
    result = check(
        _language("Portuguese", "fluent"), _resume([{"language": "Portuguese", "fluency": "Conversational"}])
    )
    assert result.note == "Portuguese asked at fluent; resume holds conversational"
    result = check(_language("Spanish", "C1"), _resume([{"language": "Spanish", "fluency": "Conversational"}]))
    assert result.note == "Spanish asked at C1; resume holds conversational (~B1)"


def test_a_level_met_or_unstated_meets_it() -> None:
    assert check(_language("Welsh", "Level 4"), _resume([{"language": "Welsh"}])).status == "met"
    assert (
        check(_language("Dutch", "C1"), _resume([{"language": "Dutch", "fluency": "Native speaker"}])).status == "met"
    )
    assert (
        check(_language("Arabic", "ILR 3"), _resume([{"language": "Arabic", "fluency": "Bilingual"}])).status == "met"
    )
    assert check(_language("French", "B2"), _resume([{"language": "French"}], ["DELF B2"])).status == "met"
    # a certificate shows a language the resume does not list
    assert check(_language("Japanese", "JLPT N3"), _resume([], ["JLPT N2 (2022)"])).status == "met"
    # Quebec: a bilingual post asks working fluency in both; a resume's best word in its field is its level
    bilingual = _language("French", "bilingual", "Bilingual (French and English), spoken and written")
    assert check(bilingual, _resume([{"language": "French", "fluency": "Fluent"}])).status == "met"
    assert (
        check(bilingual, _resume([{"language": "French", "fluency": "Intermediate, bilingual at work"}])).status
        == "met"
    )
    assert check(bilingual, _resume([{"language": "French", "fluency": "Intermediate"}])).status == "missing"
    # no level asked: any mention meets it, as before
    assert check(_language("Irish", ""), _resume([{"language": "Irish", "fluency": "Basic"}])).status == "met"


def test_a_text_resume_states_its_level_beside_the_language() -> None:
    evidence = from_text("Jane Roe\nLanguages\nEnglish (native), Welsh (Level 2), French (B1)\n")
    result = check(_language("Welsh", "Level 3"), evidence)
    assert result.status == "missing" and result.note == "Welsh asked at Level 3; resume holds Level 2"
    assert check(_language("French", "A2"), evidence).status == "met"


def test_levels_stated_alone() -> None:
    # LinkedIn's phrases are the ILR's levels by name, ranked as the ILR's numbers are (ILR 2, 3: B2, C1)
    assert level_stated("Limited working proficiency", "Spanish").rank == 4
    assert level_stated("Professional working proficiency", "Spanish").rank == level_stated("ILR 3", "Spanish").rank
    assert level_stated("Mother tongue", "Spanish").rank == 6
    held = _resume([{"language": "Welsh", "fluency": "Welsh: Level 2"}])
    assert check(_language("Welsh", "Level 3"), held).note == "Welsh asked at Level 3; resume holds Level 2"
    assert level_stated("Uwch", "Welsh").rank == 4
    assert level_stated("ACTFL Advanced Mid", "Korean").rank == 4
    assert level_stated("", "Spanish") is None


def test_reading_levels_stays_linear_on_hostile_text() -> None:
    hostile = [
        "fluent " * 3000 + "Welsh",
        "Welsh " * 3500,
        "Level 4 " * 2500 + "Welsh",
        "( - " * 5000 + "Welsh",
        "written and spoken " * 1100 + "Irish " + "at B2 " * 1000,
        "Goethe-Zertifikat " * 1200,
    ]
    for text in hostile:
        assert cpu_seconds(level_beside, text, ["Welsh", "Irish"], "Welsh") < 0.05
        assert cpu_seconds(level_stated, text, "Welsh") < 0.05
    from careerpilot.matching.language_levels import _TOKEN, certified_level, on_a_scale

    for text in hostile:
        assert cpu_seconds(on_a_scale, text) < 0.05
        assert cpu_seconds(lambda t: list(_TOKEN.finditer(t)), text[:20000]) < 0.05

    assert cpu_seconds(certified_level, [t[:20000] for t in hostile] * 3, "German") < 0.05


def test_a_level_on_each_side_of_the_language_asks_the_lower() -> None:
    from careerpilot.matching.language_levels import level_beside

    # a translator's posting in Tokyo and one in Montreal: the bracket after the name is the floor accepted
    asked = level_beside("near-native command of Japanese (JLPT N1 or equivalent)", ["Japanese"], "Japanese")
    assert asked is not None and asked.rank == 5
    asked = level_beside("Native-level French (C1 minimum) for legal texts", ["French"], "French")
    assert asked is not None and asked.rank == 5
