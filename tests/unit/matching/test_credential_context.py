"""Credentials read in context (session 11): initialisms shared by two occupations, names an abbreviation spells,
credentials given time after hire, endorsements listed by letter, the ladders added to the vocabulary, and the
conditions and lines that are no requirement at all."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import conditions
from careerpilot.matching.credentials import held_in, judge, vocabulary, wanted_in
from careerpilot.matching.degrees import degree_level
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 12, 6)


def _ids(text: str, context: str = "") -> list[tuple[str, ...]]:
    return [w.ids for w in wanted_in(text, context)]


def _credit(asked: str, lines: list[str]) -> float:
    (wanted,) = wanted_in(asked)
    return judge(wanted, held_in(lines, TODAY), (), lines, []).credit


# --- an initialism is read in context --------------------------------------------------------------------------


def test_a_shared_initialism_follows_the_documents_context():
    # the same three letters name a paramedic's registry credential and a newborn resuscitation course
    nicu = ["Staff nurse, NICU and newborn nursery", "NRP provider card, renewed 2025"]
    medic = ["Paramedic, county EMS, 911 response", "NRP, NREMT, renewed 2025"]
    assert {h.id for h in held_in(nicu, TODAY)} == {"neonatal_resuscitation"}
    assert "paramedic" in {h.id for h in held_in(medic, TODAY)}
    assert _ids("NRP required", "Mother-Baby Unit RN") == [("neonatal_resuscitation",)]
    assert _ids("NRP required", "Flight Paramedic") == [("paramedic",)]


def test_an_expansion_in_brackets_says_which_credential_an_initialism_is():
    assert _ids("BLS and NRP (Neonatal Resuscitation Program), both current") == [
        ("bls",),
        ("neonatal_resuscitation",),
    ]
    assert "paramedic" not in {m.id for m in vocabulary().find("NRP (Neonatal Resuscitation Program)")}


def test_a_credential_noun_after_an_initialism_is_context_enough():
    # no medical word in the line, but "certification" after "EMT (Basic)" says it is the credential
    assert _ids("Indiana EMT (Basic) certification or higher") == [("emt",)]


# --- names an abbreviation spells --------------------------------------------------------------------------------


def test_the_words_an_abbreviation_spells_are_the_name_and_the_words_before_it_the_issuer():
    assert _ids("City Department of Buildings Rigging Foreman (RF) license") == [("~Rigging Foreman (RF)",)]


def test_an_abbreviation_spells_a_name_across_of_the():
    assert _ids("Fellow of the Casualty Actuarial Society (FCAS) designation") == [
        ("~Fellow of the Casualty Actuarial Society (FCAS)",)
    ]
    assert _credit("Fellow of the Casualty Actuarial Society (FCAS) designation", ["FCAS, 2021"]) == 1.0
    assert _credit("Fellow of the Casualty Actuarial Society (FCAS) designation", ["CAS exams 1-7 passed"]) == 0.0


def test_an_abbreviation_before_its_name_in_brackets_names_a_card():
    assert _ids("Current OQ (Operator Qualification) card") == [("~Operator Qualification (OQ)",)]
    assert _credit("Current OQ (Operator Qualification) card", ["OQ card, 2026"]) == 1.0


def test_a_grade_code_in_brackets_is_part_of_the_name_and_a_role_word_makes_it_a_persons():
    (ids,) = _ids("ICC Commercial Building Inspector (B2) certification")
    assert ids == ("~ICC Commercial Building Inspector (B2)",)
    assert _credit("ICC Commercial Building Inspector (B2) certification", ["ICC Residential Building Inspector"]) == 0


def test_a_software_licence_is_no_credential():
    assert _ids("Your own laptop and CAD software license") == []


# --- when it is asked ---------------------------------------------------------------------------------------------


def test_a_credential_given_time_after_hire_is_not_asked_at_hire():
    wanted = wanted_in("ACLS and TNCC within 90 days of hire")
    assert [w.optional for w in wanted] == [True, True]
    rn, bls = wanted_in("RN license; BLS within 30 days of start")
    assert (rn.optional, bls.optional) == (False, True)


def test_a_welcome_that_closes_another_credentials_clause_is_that_ones():
    posting = "Requirements:\n- Active Colorado real estate salesperson license - broker license also welcome\n"
    found = {tuple(r.credentials): r.importance for r in extract_requirements("Agent", posting).requirements}
    assert found[("re_salesperson",)] == "required"
    assert found[("re_broker",)] == "preferred"


def test_a_credential_named_as_whom_the_hire_works_under_is_not_asked_nor_held():
    assert _ids("Gives bedside care under the supervision of the registered nurse") == []
    assert held_in(["Wound care and suctioning under RN delegation"], TODAY) == []
    assert _ids("Nurse Aide II listing required") == [("nurse_aide_2",)]
    assert _credit("Nurse Aide II listing required", ["Nurse Aide I, med-surg"]) == 0.0


# --- endorsements by letter ---------------------------------------------------------------------------------------


def test_cdl_endorsements_listed_by_letter_are_each_held():
    held = {h.id for h in held_in(["Ohio CDL-A, endorsements T, N and H"], TODAY)}
    assert {"cdl_a", "cdl_t", "cdl_n", "cdl_h"} <= held
    assert "cdl_h" not in {h.id for h in held_in(["Ohio CDL-A, endorsements T/N"], TODAY)}


# --- ladders added to the vocabulary ------------------------------------------------------------------------------


_LADDERS = [
    ("Grade T2 water treatment operator certificate", "Water Treatment Operator, Grade T4", "Grade T1 water treatment"),
    (
        "Grade D3 Water Distribution Operator certificate",
        "D4 water distribution operator",
        "Grade D1 water distribution",
    ),
    ("Current FAA second-class medical", "FAA 1st class medical certificate", "Third class medical"),
    ("Journeyman lineworker card", "Journeyman Lineman, IBEW Local 47", "Lineman apprentice, 5th step"),
    ("IUEC mechanic status required", "NEIEP Mechanic Examination passed 2022", "Elevator constructor apprentice"),
    ("CHI or CMI certification (Spanish)", "Certified Medical Interpreter (CMI-Spanish)", "CoreCHI, 2024"),
    ("NALA Certified Paralegal (CP) required", "Certified Paralegal (CP), NALA", "Certificate in Paralegal Studies"),
]


@pytest.mark.parametrize(("asked", "higher", "lower"), _LADDERS)
def test_a_higher_rung_meets_the_requirement_and_a_lower_one_does_not(asked: str, higher: str, lower: str):
    assert _credit(asked, [higher]) == 1.0
    assert _credit(asked, [lower]) == 0.0


def test_a_completed_line_apprenticeship_is_journey_level():
    assert _ids("Completed DOL-registered lineworker apprenticeship") == [("journeyman_lineworker",)]


def test_admitted_to_practice_with_the_state_after_a_comma_is_a_bar_admission():
    asked = "Admitted to practice in Ohio - required"
    assert _credit(asked, ["Admitted to practice, Ohio (Supreme Court of Ohio)"]) == 1.0
    assert _credit(asked, ["Admitted to practice, Kentucky"]) == 0.0


# --- conditions and lines that ask nothing ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Rotating weekends and holidays.",
        "Every other weekend and one holiday a year",
        "Comfortable taking on call shifts in rotation",
        "Must live within 30 miles of the plant",
        "Respond to emergency call-outs within 60 minutes",
        "Clean FINRA record",
        "Recent graduates welcome!",
    ],
)
def test_a_condition_of_employment_or_an_invitation_is_shown_not_scored(line: str):
    assert conditions.condition_of(line) is not None
    (req,) = extract_requirements("Technician", f"Requirements:\n- Forklift certification\n- {line}\n").requirements[1:]
    assert req.kind == "condition"


def test_what_the_employer_offers_is_no_requirement():
    posting = "What you need:\n- CDL Class A\n\nWe provide a sign-on bonus and paid CDL upgrades.\n"
    assert [r.text for r in extract_requirements("Driver", posting).requirements] == ["CDL Class A"]


def test_a_language_asked_beside_whom_it_serves_is_required_and_haitian_creole_is_a_language():
    posting = "Requirements:\n- Fluent in English and Vietnamese - many patients prefer to be seen in Vietnamese\n"
    found = {r.subject: r.importance for r in extract_requirements("MA", posting).requirements}
    assert found == {"English": "required", "Vietnamese": "required"}
    posting = "Requirements:\n- Bilingual English / Haitian Creole required\n"
    assert "Haitian Creole" in {r.subject for r in extract_requirements("CNA", posting).requirements}


def test_an_associate_degree_named_by_its_field_is_an_associate_degree():
    assert degree_level("Associate of Applied Science, Respiratory Care") == 2
    assert degree_level("Associate in Arts") == 2
    assert degree_level("Associate of the Society of Actuaries") == 0
