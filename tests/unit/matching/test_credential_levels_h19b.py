"""Levels, conditions and places of credentials the matcher missed (session 19, `h19b`; fresh9's ties).

A licence held subject to conditions is below one asked unrestricted; Australian states name where a licence is
held ("QLD builder licence", "Law Society of Victoria").
"""

from __future__ import annotations

from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in
from careerpilot.matching.jurisdictions import country_of, places
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str]) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


# --- places: Australian states and territories, and a code before a licence's noun


def test_australian_states_are_places() -> None:
    assert places("Registered builder, Queensland Building and Construction Commission") == ("Queensland",)
    assert places("QLD open builder licence") == ("Queensland",)
    assert places("Practising certificate, Law Institute of Victoria") == ("Victoria",)
    assert places("Electrical licence (Western Australia)") == ("Western Australia",)
    assert country_of("Tasmania") == "AU"
    assert places("Security licence (Victorian Building Authority)") == ("Victoria",)


def test_victoria_bc_is_no_australian_state() -> None:
    assert places("Office manager, Victoria, BC") == ("British Columbia",)


def test_a_code_before_a_licence_noun_names_the_place() -> None:
    assert places("a current ON pest control licence") == ()  # "ON" is also an English word in capitals
    assert places("holds an AB security licence") == ("Alberta",)
    assert places("VIC practising certificate") == ("Victoria",)
    assert places("CPR OR first aid certificate") == ()


# --- conditions: a licence held subject to conditions is below one asked unrestricted


def test_a_conditional_practising_certificate_does_not_meet_an_unrestricted_one() -> None:
    asked = "Must hold an unrestricted practising certificate"
    low = _verdict(asked, ["Practising certificate - graduate lawyer, subject to a supervised practice condition"])
    assert low.credit == 0.0
    assert "lower grade" in low.note
    assert _verdict(asked, ["Unrestricted practising certificate (Law Society)"]).credit == 1.0


def test_a_licence_with_conditions_does_not_meet_an_unconditional_one() -> None:
    asked = "Unconditional Pest Management licence"
    assert _verdict(asked, ["Pest Management licence, with conditions"]).credit == 0.0
    assert _verdict(asked, ["Pest Management licence (unconditional)"]).credit == 1.0


# --- Yoga Alliance: RYT 200 < RYT 500; the Experienced designations cover their level


def test_a_200_hour_registration_does_not_meet_a_500_hour_one() -> None:
    asked = "Registered with Yoga Alliance at RYT 500 level"
    assert _verdict(asked, ["E-RYT 200, Yoga Alliance"]).credit == 0.0
    assert _verdict(asked, ["Experienced Registered Yoga Teacher (E-RYT) 500, Yoga Alliance"]).credit == 1.0
    assert _verdict(asked, ["500-hour Registered Yoga Teacher"]).credit == 1.0
    assert _verdict("RYT-200 required", ["RYT 500"]).credit == 1.0


# --- one licence asked in two places is two asks; "we sponsor renewals" still asks it at hire


def test_one_licence_in_two_provinces_is_two_asks() -> None:
    from careerpilot.matching.requirements import extract_requirements

    posting = (
        "You will serve clients on both sides of the border, so you must hold a current Manitoba pest control "
        "licence and a current SK pest control licence (we sponsor renewals)."
    )
    asks = [
        (r.jurisdictions, r.importance)
        for r in extract_requirements("Pest Control Technician", posting).requirements
        if r.kind == "certification"
    ]
    assert (["Manitoba"], "required") in asks
    assert (["Saskatchewan"], "required") in asks
