"""A qualified resume's requirement read as met (session 15): what it holds is not reported missing.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

from careerpilot.matching import credentials
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import check_degree
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 6, 1)


def _degree_check(posting_line: str, resume: str):
    (req,) = [
        r
        for r in extract_requirements("Lab Assistant", f"Requirements:\n- {posting_line}\n").requirements
        if r.kind == "degree"
    ]
    return check_degree(req, resume_evidence.from_text(resume, TODAY))


def test_an_associate_degree_meets_associate_or_higher():
    resume = "Education\nAssociate of Science in Medical Laboratory Technology, Valley College, 2019\n"
    check = _degree_check("Associate's degree or higher in a life science", resume)
    assert (check.status, check.credit) == ("met", 1.0)
    bare = _degree_check("Associate degree or above", resume)
    assert (bare.status, bare.credit) == ("met", 1.0)


def test_an_associate_degree_still_falls_short_of_a_bachelors():
    resume = "Education\nAssociate in Applied Science, Dental Hygiene, 2018\n"
    check = _degree_check("Bachelor's degree in health sciences", resume)
    assert check.status != "met"


def _items(posting: str) -> dict[str, str]:
    return {r.text: r.importance for r in extract_requirements("Pharmacy Technician", posting).requirements}


def test_an_assets_heading_introduces_preferred_items():
    posting = (
        "What you bring\n- Registered pharmacy technician in good standing\n\n"
        "Assets\n- Experience with sterile compounding\n- Knowledge of Kroll\n"
    )
    items = _items(posting)
    assert "Assets" not in items
    assert items["Experience with sterile compounding"] == "preferred"
    # "Asset management" is a skill, not the heading
    assert "Asset management" in _items("Requirements:\n- Asset management\n- 2 years in finance\n")


def test_benefits_bonuses_and_substitutes_for_the_qualifications_ask_nothing():
    posting = (
        "Requirements:\n- 2 years of retail pharmacy experience\n"
        "- Any equivalent combination of training and experience will be considered\n"
        "- Such alternatives to the above qualifications as the district deems acceptable\n\n"
        "Retention bonus after one year. Comprehensive benefits, tuition assistance.\n"
    )
    assert list(_items(posting)) == ["2 years of retail pharmacy experience"]


def test_the_hours_stated_alone_are_a_schedule_condition():
    assert condition_of("Part-time, Monday through Friday.").label == "schedule or travel"
    assert condition_of("Full time, nights, 36 hours per week") is not None
    assert condition_of("Full-time experience in a hospital pharmacy") is None


def test_arrt_radiation_therapy_is_its_own_discipline_and_a_combined_mark_holds_both():
    assert [w.ids for w in credentials.wanted_in("ARRT registered in radiation therapy")] == [("arrt_t",)]
    assert [w.ids for w in credentials.wanted_in("Must hold RT(T) registration")] == [("arrt_t",)]
    held = {h.id for h in credentials.held_in(["Registered, ARRT, RT(R)(T), American Registry"], TODAY)}
    assert held == {"arrt_r", "arrt_t"}
    assert {h.id for h in credentials.held_in(["ARRT RT(R), 2015"], TODAY)} == {"arrt_r"}


def test_what_you_will_bring_heads_the_requirements():
    posting = (
        "What you will do\nTreat patients on two linacs.\n\n"
        "What you will bring\n- Fluency in English and French\n- Experience with IGRT\n\n"
        "Assets: SBRT experience\n\n"
        "Status: permanent part-time, 22.5 hours/week, evenings.\n"
        "We are committed to an inclusive and accessible workplace; accommodations are available on request.\n"
    )
    reqs = extract_requirements("Radiation Therapist", posting).requirements
    assert {r.subject for r in reqs if r.kind == "language"} == {"English", "French"}
    assert {r.text: r.importance for r in reqs if r.kind == "skill"}["Experience with IGRT"] == "required"
    assert {r.importance for r in reqs if "SBRT" in r.text} <= {"preferred"}
    assert [r.kind for r in reqs if r.text.startswith("Status")] == ["condition"]
