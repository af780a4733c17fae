"""Requirement coverage on real rjdb snippets (tests/data/matching): free-text skills, years per role, scaling."""

from __future__ import annotations

from datetime import date

from careerpilot.matching import evidence
from careerpilot.matching.coverage import check, decisive_gaps
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.service import CLOSE_FIT, LEXICAL_RANGE, _scale

TODAY = date(2026, 11, 1)

POSTING = """## Job title
Plumber
## Required Skills
- Strong in troubleshooting to resolve practical problems;
- Proficient Business Analysis skills
- Manual Dexterity.
## Required Experience
- Minimum of 4 years as Architects, 2 years as a Structural iron and steel workers
"""
HAS_ALL = """## Skills
- Ability to troubleshoot common architectural issues rapidly effectively;
- Certified Business Analyst
- Well versed with manual dexterity tasks involving precision instrument repair.
## Experience
* Worked as an Architect - Excluding landscape and naval between 2018 and 2022
* Structural iron and steel workers (2016 - 2018)
"""
LACKS_SOME = """## Skills
- Convinces via the strategic communicative hole;
## Experience
* Worked as an Architect - Excluding landscape and naval between 2018 and 2020
* Structural iron and steel workers (2016 - 2018)
"""


def _checks(resume: str) -> dict[str, tuple[str, float]]:
    found = evidence.from_text(resume, TODAY)
    out = {}
    for req in extract_requirements("Plumber", POSTING).requirements:
        result = check(req, found)
        out[req.subject or req.text] = (result.status, result.credit)
    return out


def test_free_text_skills_match_other_word_forms_and_missing_ones_do_not():
    held, lacking = _checks(HAS_ALL), _checks(LACKS_SOME)
    troubleshooting = "Strong in troubleshooting to resolve practical problems;"
    assert held[troubleshooting][0] == "met"  # "troubleshoot" is a spelling of the vocabulary's Troubleshooting
    assert lacking[troubleshooting][0] == "missing"
    analysis = "Proficient Business Analysis skills"
    assert held[analysis] == ("met", 1.0)  # "Business Analyst" is the same words as "Business Analysis"
    assert lacking[analysis][1] == 0.0
    assert held["Manual Dexterity."][0] == "met" and lacking["Manual Dexterity."][0] == "missing"


def test_years_per_role_from_prose_dates_and_split_clauses():
    held, lacking = _checks(HAS_ALL), _checks(LACKS_SOME)
    assert held["Architects"] == ("met", 1.0)  # 2018-2022 "between ... and ..." as an Architect
    assert lacking["Architects"] == ("partial", 0.521)  # Jul 2018 through Jul 2020: 25 of 48 months
    assert held["Structural iron"] == lacking["Structural iron"] == ("met", 1.0)


def test_similarity_scale_is_linear_to_a_close_fit_then_keeps_rising_below_one():
    low, high = LEXICAL_RANGE
    assert _scale(low, LEXICAL_RANGE) == 0.0 and _scale(low - 0.01, LEXICAL_RANGE) == 0.0
    assert abs(_scale(high, LEXICAL_RANGE) - CLOSE_FIT) < 1e-9
    assert abs(_scale((low + high) / 2, LEXICAL_RANGE) - CLOSE_FIT / 2) < 1e-9
    beyond = [_scale(high + d, LEXICAL_RANGE) for d in (0.05, 0.1, 0.2, 0.4)]
    assert beyond == sorted(beyond) and len(set(beyond)) == 4 and beyond[-1] < 1.0  # still ordered, never over 1


def test_a_high_school_requirement_is_met_by_a_credential_and_otherwise_unknown_never_decisive():
    posting = "## Requirements\n- High school diploma (or GED)\n- Current state Paramedic license\n"
    asked = [r for r in extract_requirements("Paramedic", posting).requirements if r.kind == "degree"]
    assert asked
    licensed = evidence.from_text("## Licenses\n- Paramedic license, Texas\n## Experience\nMedic 2018 - 2024", TODAY)
    silent = evidence.from_text("## Experience\nWarehouse associate 2018 - 2024", TODAY)
    schooled = evidence.from_text("## Education\nAssociate of Applied Science in Nursing, 2016", TODAY)
    by_licence, by_nothing, by_degree = (check(asked[0], e) for e in (licensed, silent, schooled))
    assert (by_licence.status, by_licence.credit) == ("met", 1.0)  # a licence that asks for it
    assert (by_degree.status, by_degree.credit) == ("met", 1.0)  # a higher degree
    assert by_nothing.status == "unknown" and 0 < by_nothing.credit < 1
    assert not decisive_gaps([by_nothing])
    # a degree above high school is still a decisive gap when the resume shows none
    bachelor = extract_requirements("Accountant", "## Requirements\n- Bachelor's degree in accounting\n").requirements
    assert decisive_gaps([check(r, silent) for r in bachelor if r.kind == "degree"])
