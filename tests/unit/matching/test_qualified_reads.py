"""Qualified candidates read right: asks hidden in a years sentence, products named together, places, terse lines."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import credentials
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import coverage, decisive_gaps
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.service import title_fit

TODAY = date(2026, 12, 6)


def test_a_licence_in_any_jurisdiction_names_a_place_not_a_credential():
    assert credentials.wanted_in("J.D. and active license in any U.S. jurisdiction") == []
    assert credentials.wanted_in("registration in any Canadian province") == []
    assert [w.ids for w in credentials.wanted_in("Active bar license in any U.S. jurisdiction")] == [("bar",)]


def test_an_attorney_licensed_in_one_state_meets_a_licence_in_any_jurisdiction():
    posting = "Requirements: J.D. and active license in any U.S. jurisdiction; two years of immigration law practice."
    resume = (
        "Staff Attorney\nEducation\nJ.D., Loyola University Chicago School of Law (2019)\n"
        "Admitted to the Illinois bar\nExperience\nStaff Attorney, Immigrant Justice Center (2020 - 2026)\n"
    )
    _, checks = coverage(extract_requirements("Attorney", posting), resume_evidence.from_text(resume, TODAY))
    assert decisive_gaps(checks) == []
    assert not any("jurisdiction" in c.requirement.subject for c in checks)


def test_the_other_asks_of_a_sentence_asking_for_years_are_items_of_their_own():
    posting = (
        "The Industrial Electrician repairs production equipment. Candidates need at least five years of industrial "
        "electrical maintenance experience, the ability to read electrical schematics, and experience with PLCs and "
        "motor controls."
    )
    found = extract_requirements("Industrial Electrician", posting).requirements
    assert [r.years for r in found if r.kind == "experience"] == [5.0]
    skills = [(r.text, r.importance) for r in found if r.kind == "skill"]
    assert ("the ability to read electrical schematics", "required") in skills
    assert ("experience with PLCs and motor controls", "required") in skills


def test_the_words_after_years_are_still_its_subject_not_another_ask():
    found = extract_requirements("HVAC Tech", "Requirements:\n- 5+ years of HVAC, refrigeration and controls\n")
    assert [r.kind for r in found.requirements] == ["experience"]


def test_each_product_named_beside_years_is_asked_for_and_lacking_one_is_a_decisive_gap():
    posting = (
        "You bring hands-on experience in Manhattan Associates WMS (required), forklift certification, two years in "
        "a distribution center, and basic Excel."
    )
    found = extract_requirements("Warehouse Lead", posting)
    products = [r.skills for r in found.requirements if r.kind == "skill"]
    assert ["Manhattan WMS"] in products and ["Excel"] in products
    resume = (
        "Experience\nForklift Operator, Zulily DC (2020 - 2026)\n- Cycle counts in Blue Yonder WMS\n"
        "- Build daily accuracy reports in Excel\nCertifications: Forklift Operator Certification\n"
    )
    _, checks = coverage(found, resume_evidence.from_text(resume, TODAY))
    assert "Manhattan WMS" in decisive_gaps(checks)[0].requirement.skills


def test_a_prose_sentence_saying_a_skill_is_required_is_a_requirement_and_company_prose_is_not():
    posting = (
        "Our firm supports federal court litigation. Federal court e-filing experience is required. "
        "We value a friendly team culture."
    )
    found = extract_requirements("Litigation Paralegal", posting).requirements
    assert [(r.kind, r.text) for r in found] == [("skill", "Federal court e-filing experience is required.")]


def test_a_terse_posting_of_short_sentences_is_read_and_not_too_little():
    posting = (
        "Journey Level Electrician - commercial & light industrial\n"
        "Must hold a Washington State (L&I) 01 General Journey Level Electrician certificate.\n"
        "Conduit, MC, panels, lighting controls. Own tools. Prevailing wage jobs."
    )
    found = extract_requirements("Journey Level Electrician", posting)
    assert found.confidence == 1.0
    assert [r.kind for r in found.requirements] == ["certification", "condition"]


def test_a_thin_posting_of_short_prose_is_still_low_confidence():
    found = extract_requirements("Driver", "We are a great company. Join us. You will love it here. Python.")
    assert found.confidence < 0.6


def test_a_title_fits_by_its_own_words_not_by_a_word_sharing_their_stem():
    # "Electrician"/"Electrical" share a stem as "Physician"/"Physical" and "Accountant"/"Account" do: word forms
    # alone cannot tell them apart, so only the same word counts (titles in other words are left to the years)
    assert title_fit("Physical Therapist", ["Physician"]) == 0.0
    assert title_fit("Account Executive", ["Accountant"]) == 0.0
    assert title_fit("Staff Accountant", ["Senior Accountant"]) == 1.0  # rank words are not the title
    assert title_fit("Sales Manager", ["Software Engineer"]) == 0.0


def test_a_body_limit_and_time_away_from_home_are_conditions_not_skills():
    posting = (
        "Requirements:\n- weight limit 240 lbs with gear\n- Out 2-3 weeks, home 4 days\n- 2 years of OTR driving\n"
    )
    found = extract_requirements("OTR Driver", posting).requirements
    assert [(r.kind, r.subject) for r in found if r.kind != "experience"] == [
        ("condition", "physical demands"),
        ("condition", "schedule or travel"),
    ]
    assert condition_of("Home Depot experience") is None and condition_of("2 years out of school") is None


def test_a_welcome_is_a_plus_not_a_requirement():
    posting = "Requirements: an active dental hygiene license and CPR certification. New grads welcome!"
    found = extract_requirements("Dental Hygienist", posting).requirements
    assert [r.importance for r in found if r.text == "New grads welcome!"] == ["preferred"]


def test_products_offered_as_alternatives_beside_years_stay_one_ask():
    text = "Requirements:\n- 2+ years of acute care experience in a hospital, using Epic or Cerner (required)\n"
    found = extract_requirements("Registered Nurse", text).requirements
    assert not [r for r in found if r.kind == "skill" and r.skills in (["Epic"], ["Cerner"])]


def test_a_clause_beside_years_keeps_its_own_a_plus():
    text = (
        "Requirements:\n- Minimum 5 years of accounting experience, knowledge of Excel is a plus, and SAP preferred\n"
    )
    found = extract_requirements("Staff Accountant", text).requirements
    assert {r.skills[0]: r.importance for r in found if r.kind == "skill"} == {"Excel": "preferred", "SAP": "preferred"}


def test_prose_that_says_must_of_a_person_asks_no_skill():
    text = "A friendly dental office in Austin. Must be 18+. Must be able to start immediately. Minimum wage to start."
    assert not [r for r in extract_requirements("Receptionist", text).requirements if r.kind == "skill"]


@pytest.mark.parametrize(
    "item",
    [
        "Knowledge of DOT axle weight limits and bridge laws",
        "Calculate aircraft weight limits and balance",
        "Experience carrying out 10 days of field inspections",
    ],
)
def test_a_skill_that_mentions_weight_limits_or_days_out_is_no_condition(item):
    assert condition_of(item) is None
