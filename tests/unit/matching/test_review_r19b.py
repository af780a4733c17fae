"""Review of h19b (conditions ladder, Australian places, a licence in two places, "we sponsor"): faults found.

Each case is written for the review, in its own words, from several occupations and countries.
"""

from __future__ import annotations

from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in
from careerpilot.matching.jurisdictions import places
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY

_UNRESTRICTED_RN = "Current unrestricted AHPRA registration as a Registered Nurse"


def _verdict(asked: str, listed: list[str]) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


def _licence_asks(title: str, posting: str) -> list[tuple[list[str], str]]:
    return [
        (r.jurisdictions, r.importance)
        for r in extract_requirements(title, posting).requirements
        if r.kind == "certification" and r.credentials
    ]


# --- conditions: only conditions on the credential itself put it on the lower rung


def test_conditions_a_nurse_treats_are_no_conditions_on_her_registration() -> None:
    held = "Registered Nurse, AHPRA - experienced with conditions such as COPD and heart failure"
    assert _verdict(_UNRESTRICTED_RN, [held]).credit == 1.0


def test_a_registration_not_subject_to_conditions_is_unconditional() -> None:
    assert (
        _verdict(_UNRESTRICTED_RN, ["Registered Nurse, AHPRA registration not subject to any conditions"]).credit == 1.0
    )


def test_conditions_of_employment_are_not_the_licences() -> None:
    held = "Registered Nurse - contract role subject to the standard conditions of employment"
    assert _verdict(_UNRESTRICTED_RN, [held]).credit == 1.0
    held = "Electrical licence, experienced with conditions monitoring of switchgear"
    assert _verdict("Must hold an unrestricted electrical licence", [held]).credit == 1.0


def test_a_company_named_limited_is_no_limited_licence() -> None:
    assert _verdict(_UNRESTRICTED_RN, ["Registered Nurse - Harbourside Private Hospital Limited"]).credit == 1.0
    # the grade word itself still counts
    assert _verdict(_UNRESTRICTED_RN, ["Registered Nurse (limited registration)"]).credit == 0.0


def test_conditions_still_lower_a_licence_held_with_them() -> None:
    assert _verdict(_UNRESTRICTED_RN, ["Registered Nurse, AHPRA, registration subject to conditions"]).credit == 0.0
    asked = "Must hold an unrestricted practising certificate"
    held = "Practising certificate - employee solicitor, subject to a supervised legal practice condition"
    assert _verdict(asked, [held]).credit == 0.0


# --- Victoria: a hospital, a street or a city elsewhere is not the Australian state


def test_victoria_in_a_name_is_not_the_state() -> None:
    assert places("Registered Nurse, Victoria General Hospital, Halifax") == ()
    assert places("Staff nurse, Royal Victoria Infirmary") == ()
    assert places("Licensed electrician, Victoria, B.C.") == ("British Columbia",)
    assert places("Builder, Ballarat, Victoria") == ("Victoria",)
    assert places("Registered with the Law Institute of Victoria") == ("Victoria",)


def test_a_nurse_at_a_victoria_hospital_is_not_licensed_in_australia() -> None:
    verdict = _verdict(
        "Registered Nurse licensed in Nova Scotia", ["Registered Nurse, Victoria General Hospital, Halifax"]
    )
    assert verdict.credit == 0.5


# --- a licence in two places: "or" is one ask met in either place; "P1 and P2 ... licences" asks both


def test_one_licence_in_either_of_two_places_is_one_ask() -> None:
    posting = "Requirements: a current Manitoba pest control licence or a current SK pest control licence."
    assert _licence_asks("Pest Control Technician", posting) == [(["Manitoba", "Saskatchewan"], "required")]
    posting = "Requirements: must hold a NSW commercial agent licence or a VIC commercial agent licence."
    assert _licence_asks("Commercial Agent", posting) == [(["New South Wales", "Victoria"], "required")]


def test_two_places_before_one_licence_noun_are_two_asks() -> None:
    asks = _licence_asks("Site Supervisor", "Requirements: NSW and QLD builder licences are essential.")
    assert (["New South Wales"], "required") in asks
    assert (["Queensland"], "required") in asks


# --- "we sponsor": a visa or a renewal is no sponsorship of the licence itself


def test_visa_sponsorship_leaves_the_licence_required() -> None:
    for posting in (
        "Requirements: Class 1A security licence essential (we sponsor 482 visas).",
        "Requirements: Class 1A security licence essential - we sponsor work visas for overseas applicants.",
        "Requirements: Pest control licence essential, we sponsor your licence renewal.",
    ):
        assert [imp for _, imp in _licence_asks("Security Officer", posting)] == ["required"], posting


def test_a_licence_we_sponsor_is_still_earned_after_hire() -> None:
    posting = "Requirements: Class 1A security licence - we will sponsor your application for the licence."
    assert [imp for _, imp in _licence_asks("Security Officer", posting)] == ["preferred"]
