"""The ask's structure for credentials: refused rungs, grade words, alternatives, endorsed areas (issue #18, d17).

A refusal clause asks nothing and names a rung below the ask; grades written as words inside a credential's name
(Learner < Restricted < Full, Candidate < Professional, Worker < Supervisor, Basic < Advanced) order it; names the
vocabulary does not know are joined by "/" and "or" as known ones are; a licence endorsed in an area asks the area.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching import grades
from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str]) -> Verdict:
    """Return the verdict on the first credential an ask names, read with its grades, refusals and area."""
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


def _asked(text: str) -> list[tuple[str, list[str]]]:
    found = extract_requirements("Officer", "Requirements\n- " + text).requirements
    return [(r.subject, r.credentials) for r in found if r.kind == "certification"]


# --- RF: a refusal clause names a rung below the ask and asks nothing itself


def test_refused_learner_or_restricted_licence_does_not_meet_a_full_one() -> None:
    asked = "Full driver licence - learner or restricted licences are not accepted"
    refused = _verdict(asked, ["Driver licence (Restricted)"])
    assert refused.credit == 0.0
    assert "which the posting refuses" in refused.note
    assert _verdict(asked, ["Full driver licence, Class 1"]).credit == 1.0


def test_refused_lower_registration_is_named_as_refused() -> None:
    asked = "Registered Nurse licence required; enrolled nurse registration is not sufficient"
    held = _verdict(asked, ["Enrolled Nurse registration"])
    assert held.credit == 0.0
    assert "Enrolled Nurse registration" in held.note and "refuses" in held.note


def test_interim_clearance_refused_final_one_meets() -> None:
    asked = "Active Secret security clearance (interim not accepted)"
    assert _verdict(asked, ["Secret clearance (interim)"]).credit == 0.0
    assert _verdict(asked, ["Secret clearance"]).credit == 1.0


@pytest.mark.parametrize(
    "clause",
    [
        "applicants holding a Provisional certificate will not be shortlisted",
        "we cannot appoint pending registration",
        "no apprentices or newly licensed artists for this chair",
        "if you are licensed in another state, transfer your licence before applying",
        "the Level 1 card alone is not sufficient",
        "Certified Orthotist (CO) or Certified Prosthetist (CP) alone does not meet the requirement",
    ],
)
def test_a_refusal_clause_asks_nothing(clause: str) -> None:
    assert grades.refusals(clause)
    assert wanted_in(clause) == []


def test_a_refusal_of_those_lacking_a_credential_still_asks_it() -> None:
    text = "Applicants without a current CPA license will not be considered"
    assert not grades.refusals(text)
    assert wanted_in(text)


def test_refused_provisional_certificate_is_not_asked_beside_the_full_one() -> None:
    found = _asked(
        "Teacher registration with a Full practising certificate. Applicants holding a Provisional certificate "
        "will not be shortlisted"
    )
    assert found
    assert not any("rovisional" in subject for subject, _ in found)


# --- L: grade words inside a credential's name


def test_worker_licence_is_below_a_supervisor_licence() -> None:
    asked = "Current state asbestos Supervisor license"
    lower = _verdict(asked, ["State Asbestos Abatement Worker License"])
    assert lower.credit == 0.0 and "lower grade" in lower.note
    assert _verdict(asked, ["State Asbestos Abatement Supervisor License"]).credit == 1.0


def test_basic_certificate_after_a_dash_is_below_an_advanced_one() -> None:
    asked = "Drone Pilot Certificate - Advanced Operations"
    assert _verdict(asked, ["Drone Pilot Certificate - Advanced Operations"]).credit == 1.0
    assert _verdict(asked, ["Drone Pilot Certificate - Basic Operations"]).credit == 0.0


def test_full_time_and_advanced_skills_are_no_grades() -> None:
    assert grades.near("Full-time role with driver licence", 20, 34) == {}
    assert _verdict("Full-time position; driver licence required", ["Driver licence (Restricted)"]).credit == 1.0
    assert grades.near("advanced skills in Excel and a driver licence", 32, 46) == {}


def test_the_label_keeps_the_grade_words() -> None:
    found = _asked(
        "Hold a full (unrestricted) driver licence (Class 1) - restricted or learner licences are not accepted"
    )
    assert found and "full" in found[0][0].lower()
    supervisor = _asked("Current state asbestos Supervisor license")
    assert supervisor and "Supervisor" in supervisor[0][0]


# --- C3: alternatives among names the vocabulary does not know


def test_slash_between_unknown_cards_is_either_card() -> None:
    found = phrases.find("ECS/CSCS card and a driving licence")
    assert [n.name for n in found[0]] == ["ECS card", "CSCS card"]
    assert _verdict("ECS/CSCS card", ["ECS Card (Electrotechnical Certification Scheme)"]).credit == 1.0


def test_a_slash_inside_one_name_is_not_split() -> None:
    assert [n.name for n in phrases.find("HVAC/R certification")[0]] == ["HVAC/R"]


def test_spaced_slash_names_two_unknown_certifications() -> None:
    names = [n.name for n in phrases.find("Current IATA DGR / 49 CFR hazmat certification")[0]]
    assert names == ["IATA DGR", "49 CFR hazmat"]
    assert _verdict("Current IATA DGR / 49 CFR hazmat certification", ["IATA DGR Category 6 certification"]).credit


def test_plain_or_advanced_unknown_certification_is_met_by_the_plain_one() -> None:
    asked = "ACI Concrete Flatwork Finisher or Advanced Concrete Flatwork Finisher certification"
    assert _verdict(asked, ["ACI Concrete Flatwork Finisher certification"]).credit == 1.0


def test_or_the_earlier_qualification_is_an_alternative() -> None:
    wanted = wanted_in("Certificate III in Security Equipment (or the earlier Certificate III in Technical Security)")
    assert len(wanted) == 1 and len(wanted[0].ids) == 2


def test_names_after_a_colon_replace_a_generic_ask() -> None:
    wanted = wanted_in("Professional certification as a pharmacy technologist required: ABC CPhX or XYZ ExCPX")
    assert [w.ids for w in wanted] == [("~CPhX", "~ExCPX")]


# --- E: a licence endorsed in an area asks the area


def test_licence_endorsed_in_another_area_does_not_meet() -> None:
    asked = "State teaching licence with an endorsement in Chemistry"
    other = _verdict(asked, ["State teaching licence, endorsed in Biology"])
    assert other.credit == 0.0 and "Chemistry" in other.note
    assert _verdict(asked, ["State teaching licence", "Endorsements: Chemistry, Physics"]).credit == 1.0


def test_endorsed_area_with_a_grade_span_is_read_by_its_words() -> None:
    asked = "Teaching license with an endorsement in Music Education - Instrumental PreK-12 (required)"
    assert _verdict(asked, ["Professional License - Music Education: Instrumental PreK-12"]).credit == 1.0
    assert _verdict(asked, ["Professional License - Music Education: Vocal/Choral PreK-12"]).credit == 0.0


def test_initials_a_refusal_names_are_refused_credentials() -> None:
    asked = "Certified Dual Inspector (CDI) credential required; SI or MI alone does not meet the requirement"
    wanted = graded(wanted_in(asked)[0], asked)
    assert {"~SI", "~MI"} <= set(wanted.refused)
    line = "Certified Dual Inspector (CDI), issued 2021"
    assert judge(wanted, held_in([line], TODAY), (), [], [line]).credit == 1.0


def test_experience_that_is_no_substitute_leaves_the_licence_asked() -> None:
    text = "Experience is not a substitute for the CPA license"
    assert not grades.refusals(text)
    assert wanted_in(text)


def test_a_refused_name_must_be_named_in_full_and_a_top_rung_is_no_refused_grade() -> None:
    asked = "State AC Certified Technician - a Registered Technician card is not enough for this position"
    wanted = graded(wanted_in(asked)[0], asked)
    line = "Certified Technician, Air Conditioning (State Department of Licensing)"
    assert judge(wanted, held_in([line], TODAY), (), [], [line]).note == ""
    cpa = "An active CPA license is required; international professional designations alone are not sufficient"
    assert graded(wanted_in(cpa)[0], cpa).refused_grades == ()
