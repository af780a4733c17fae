"""Jurisdictions named by regulators, and endorsements on a base licence (session 22, `h22c`; issue #18).

A requirement is met only by the same credential in an acceptable place: a regulator that registers in one place
names that place ("HCPC registered" is a UK registration), and a licence held in another country does not meet the
place asked. An endorsement is an add-on the base licence without it does not meet, and it is what is missing.
Sentences written as postings and resumes in the US, UK, Ireland, Canada, Australia, New Zealand, India and South
Africa phrase them.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credentials
from careerpilot.matching.credentials import expand_series, held_in, judge, wanted_in
from careerpilot.matching.jurisdictions import countries_of, licence_places, places, regulator_places
from tests.support.credentials import TODAY, verdict
from tests.support.timing import cpu_seconds

# --- a regulator's name is its place, where a licence is read


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("HCPC registered Paramedic (PA12345)", "United Kingdom"),
        ("Registered paramedic (AHPRA)", "Australia"),
        ("P.Eng., Engineers and Geoscientists BC (EGBC)", "British Columbia"),
        ("Registered General Nurse, NMBI PIN 123456", "Ireland"),
        ("HPCSA registration MP0123456", "South Africa"),
        ("Chartered Accountant, ICAI membership no. 123456", "India"),
        ("Member, Ordre des ingénieurs du Québec (OIQ)", "Quebec"),
        ("Registered with CORU as a physiotherapist", "Ireland"),
        ("Gas Safe registered engineer", "United Kingdom"),
        ("BIG-register verpleegkundige", "Netherlands"),
    ],
)
def test_a_regulator_names_its_place(line: str, place: str) -> None:
    assert place in licence_places(line)


@pytest.mark.parametrize(
    "line",
    [
        "Follow sra guidelines",  # initials in capitals only
        "Serviced GMC Sierra and Chevrolet fleets",  # a carmaker, left out of the vocabulary
        "OCT imaging and visual field testing",  # a scan
        "CNO sign-off on staffing plans",  # a chief nursing officer
        "Lecturer, Victoria University",  # an employer's name, no state
        "PEOPLE and culture",  # no initials inside a word
    ],
)
def test_words_that_are_no_regulator_name_no_place(line: str) -> None:
    assert licence_places(line) == ()


def test_a_regulator_is_a_place_only_where_a_licence_is_read() -> None:
    # places() is also "is this word a place" for the name readers: a body's name stays a name there
    assert places("CA(SA) registered with SAICA") == ()
    assert regulator_places("CA(SA) registered with SAICA") == ["South Africa"]
    assert any("SAICA" in i for w in wanted_in("CA(SA) registered with SAICA") for i in w.ids)


def test_countries_of_places() -> None:
    assert countries_of(("Ontario",)) == {"Canada"}
    assert countries_of(("Scotland",)) == {"United Kingdom"}
    assert countries_of(("Ireland",)) == {"Ireland"}  # not the EU it is a member of
    assert countries_of(("Texas", "Victoria")) == {"United States", "Australia"}


# --- another place's licence does not meet; the same place's does


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("HCPC registration as a Paramedic", "Registered paramedic, Paramedicine Board of Australia (AHPRA)", False),
        ("HCPC registration as a Paramedic", "HCPC registered Paramedic (PA12345)", True),
        ("Current registration with the NMBI as a Registered General Nurse", "Registered General Nurse, NMBI", True),
        ("Current registration with the NMBI as a Registered General Nurse", "Registered General Nurse (AHPRA)", False),
        ("Called to the Bar of England and Wales", "Called to the Bar of Ireland (King's Inns, 2017)", False),
        ("Called to the Bar of England and Wales", "Barrister, called to the Bar of England and Wales (2015)", True),
        ("P.Eng. licence with Professional Engineers Ontario (PEO)", "P.Eng., Engineers and Geoscientists BC", False),
        ("P.Eng. licence with Professional Engineers Ontario (PEO)", "P.Eng., Professional Engineers Ontario", True),
        ("Member of the Ordre des ingénieurs du Québec (OIQ)", "P.Eng., Professional Engineers Ontario (PEO)", False),
        ("Member of the Ordre des ingénieurs du Québec (OIQ)", "Member of the Ordre des ingénieurs du Québec", True),
        ("CPEng with Engineers Australia", "CPEng, Engineering New Zealand", False),
        ("CPEng with Engineers Australia", "CPEng, Engineers Australia", True),
        ("Chartered Accountant, member of ICAI", "Chartered Accountant, member of SAICA", False),
        ("Chartered Accountant, member of ICAI", "Chartered Accountant (ICAI member, Membership No. 123456)", True),
        ("Registered with the HPCSA", "HPCSA registration, MP0123456", True),
        ("Active Texas RN license", "Registered Nurse, AHPRA (Nursing and Midwifery Board of Australia)", False),
        ("Licensed Professional Engineer (PE) in Texas", "P.Eng., Professional Engineers Ontario", False),
        ("Registered Nurse with registration in Victoria", "Registered Nurse, registered in Ontario", False),
    ],
)
def test_a_licence_is_met_only_in_its_place(asked: str, held: str, met: bool) -> None:
    assert (verdict(asked, [held]).credit == 1.0) is met, (asked, held, verdict(asked, [held]))


def test_another_countrys_licence_is_named_as_such() -> None:
    found = verdict("Active Texas RN license", ["Registered Nurse, AHPRA (Nursing and Midwifery Board of Australia)"])
    assert found.note == "licensed in Australia; the posting asks for Texas"


def test_a_posting_accepting_transfer_or_a_compact_licence_says_so() -> None:
    assert verdict("Active Texas RN license or eligible for licensure in Texas", ["RN license, State of Ohio"]).credit
    assert verdict("Active Texas RN license or compact (multistate) license", ["Multistate RN license (Florida, NLC)"])
    held = "Surveyor licence, Queensland (interstate licences recognised)"
    assert verdict("NSW surveyor licence (interstate licences recognised)", [held]).credit == 1.0 or not wanted_in(
        "NSW surveyor licence (interstate licences recognised)"
    )


def test_a_place_read_only_from_a_regulator_takes_a_line_without_a_place_as_before() -> None:
    # an AHPRA ask is no narrower than before for a resume naming no place; it refuses another country's only
    assert verdict("Current unrestricted AHPRA registration as a Registered Nurse", ["Registered Nurse"]).credit == 1.0
    assert verdict("HCPC registration as a Paramedic", ["Registered Paramedic"]).credit == 1.0


def test_a_state_in_the_country_asked_meets_a_countrys_ask() -> None:
    asked = "Solicitor with a practising certificate, Law Society of Scotland"
    assert verdict(asked, ["Solicitor, Law Society of Scotland practising certificate"]).credit == 1.0


# --- endorsements: the base licence without the add-on does not meet it


def _credits(asked: str, held: str) -> dict[str, float]:
    found = held_in([held], TODAY)
    return {w.ids[0]: judge(w, found, (), [], [held]).credit for w in wanted_in(asked)}


def test_a_cdl_endorsement_with_its_letter_in_brackets_is_asked() -> None:
    assert _credits("Class B CDL with Passenger (P) endorsement", "Class B CDL, air brakes") == {
        "cdl_b": 1.0,
        "cdl_p": 0.0,
    }
    assert (
        _credits("Class B CDL with Passenger (P) endorsement", "CDL Class B with P and S endorsements")["cdl_p"] == 1.0
    )
    assert _credits("Class A CDL with hazmat (H) endorsement", "Class A CDL (Texas)")["cdl_h"] == 0.0
    assert "cdl_s" in _credits("School bus (S) endorsement on a Class B CDL", "Class B CDL")


def test_letters_written_before_the_word_are_each_an_endorsement() -> None:
    assert expand_series("Class A CDL; H, N and T endorsements") == (
        "Class A CDL; H endorsement, N endorsement, T endorsement"
    )
    assert expand_series("Grades A and B endorsements") == "Grades A and B endorsements"  # no licence's letters
    assert expand_series("AT&T and N endorsements").startswith("AT&T")


def test_new_zealands_licence_endorsements() -> None:
    assert [w.ids for w in wanted_in("Class 2 licence with W and T endorsements")] == [("nz_w",), ("nz_t",)]
    assert _credits("Class 2 licence with W and T endorsements", "NZ Class 2 licence, W endorsement") == {
        "nz_w": 1.0,
        "nz_t": 0.0,
    }
    assert _credits("Valid driver licence with F (forklift) endorsement", "Full driver licence")["nz_f"] == 0.0
    assert _credits("Driver licence with D (dangerous goods) endorsement", "Class 1 licence, D endorsement")["nz_d"]
    # a US CDL's T stays doubles/triples
    assert [w.ids for w in wanted_in("Class A CDL with T endorsement")][-1] == ("cdl_t",)


def test_gas_safe_categories_are_add_ons_of_the_registration() -> None:
    credits = _credits("Gas Safe registered with CCN1, CENWAT and CKR1", "Gas Safe registered (CCN1, CENWAT, HTR1)")
    assert credits == {"gas_safe": 1.0, "acs_ccn1": 1.0, "acs_cenwat": 1.0, "acs_ckr1": 0.0}


# --- hostile text


@pytest.mark.parametrize(
    "text",
    [
        " " * 20_000,
        "a" * 20_000,
        "1" * 20_000,
        "a a " * 5_000,
        ".,;(" * 5_000,
        "H, " * 6_667,
        "H and " * 3_334,
        "HCPC " * 4_000,
        "Nursing and Midwifery " * 910,
    ],
)
def test_hostile_text_is_read_quickly(text: str) -> None:
    assert cpu_seconds(regulator_places, text) < 0.05
    assert cpu_seconds(expand_series, text + " endorsements") < 0.05


# --- add-ons written in lower case or as a grade; South Africa's PrDP; Canada's air brake endorsement


def test_an_endorsement_in_lower_case_or_a_grade_is_an_add_on_of_its_base() -> None:
    asked = "Commercial pilot certificate with tailwheel endorsement"
    assert _credits(asked, "Commercial Pilot Certificate, ASEL, instrument rating") == {
        "commercial_pilot": 1.0,
        "~Commercial pilot with tailwheel": 0.0,
    }
    assert _credits(asked, "Commercial Pilot Certificate with tailwheel endorsement")[
        "~Commercial pilot with tailwheel"
    ]
    hoisting = _credits("Massachusetts hoisting license with 1A endorsement", "Massachusetts hoisting license 2A")
    assert hoisting["~hoisting with 1A"] == 0.0


@pytest.mark.parametrize(
    "asked",
    [
        "RN license with the appropriate endorsement",
        "Teaching license with all required endorsements",
        "Pilot certificate with current endorsements",
    ],
)
def test_words_saying_which_endorsement_name_none(asked: str) -> None:
    assert not any(" with " in i for w in wanted_in(asked) for i in w.ids), wanted_in(asked)


def test_a_professional_driving_permit_is_an_add_on_in_categories() -> None:
    assert _credits("Code EC licence with a valid PrDP (goods)", "Code EC driving licence")["prdp_g"] == 0.0
    assert _credits("Code EC licence with a valid PrDP (goods)", "Code EC licence, PrDP-G")["prdp_g"] == 1.0
    assert _credits("Code C1 licence with PrDP-P", "Code C1 licence, PrDP (goods)")["prdp_p"] == 0.0
    assert _credits("Code C1 licence with PrDP-P", "Code C1 licence, PrDP-D")["prdp_p"] == 1.0  # D includes P


def test_an_air_brake_endorsement_is_asked_and_held_in_ontarios_classes() -> None:
    assert _credits("Class 2 licence with air brake (Q) endorsement", "Alberta Class 2 driver's licence") == {
        "air_brake": 0.0
    }
    assert _credits("Class 2 licence with air brake (Q) endorsement", "Class 2 licence, air brake endorsement")
    assert _credits("Ontario DZ licence (Z air brake endorsement)", "Class DZ licence (Ontario)")["air_brake"] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        " " * 20_000,
        "a a " * 5_000,
        "1" * 20_000,
        ".,;(" * 5_000,
        "with " + "1A " * 6_000,
        "with " + "tailwheel and " * 1_500,
        "with " + "a, " * 6_000,
        "PrDP-" * 4_000,
    ],
)
def test_hostile_add_ons_are_read_quickly(text: str) -> None:
    # the add-on pattern is matched right after a credential's name, so it is timed where it is used
    assert cpu_seconds(credentials._ADD_ON.match, text) < 0.05
    if text.strip():  # a run of spaces after a name is slow in credential_phrases._level_after (main, left for now)
        assert cpu_seconds(wanted_in, "Commercial pilot certificate " + text[:20_000]) < 1.5
