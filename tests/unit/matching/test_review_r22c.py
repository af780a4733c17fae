"""Review of `h22c` (r22c): regulators' initials in another sense, "called to the bar" at a bar, letters that are
no endorsement's, and a possessive or praise before "endorsement".

Sentences written as postings and resumes (US, UK, Ireland, Canada, India, Australia, New Zealand) that must not be
read as a licence, its place or an endorsement, beside the phrasings that still must.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import expand_series, held_in, wanted_in
from careerpilot.matching.jurisdictions import licence_places, regulator_places
from tests.support.credentials import TODAY, verdict
from tests.support.timing import cpu_seconds

# --- a regulator's initials naming an organisation worked with or for name no place


@pytest.mark.parametrize(
    "text",
    [
        "We are a PEO (professional employer organisation) serving 500 clients",
        "Our client, a PEO, seeks a licensed Professional Engineer",
        "experience working with PEO clients",
        "HR manager at TriNet, a PEO",
        "you will liaise with OIQ and OIIQ inspectors",
        "Employer is a BSIS-approved training facility",
        "trained at a BSIS approved school",
        "audit clients include ICAI-listed firms",
        "experience presenting to ICAI",
        "our client, an HCPC-approved university",
        "Licensed attorney; clients include HCPC",
        "consulting for OIQ members",
    ],
)
def test_a_body_worked_with_or_for_names_no_place(text: str) -> None:
    assert regulator_places(text) == [], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("You must be an HCPC registered Paramedic", "United Kingdom"),
        ("Licensed with PEO (Professional Engineers Ontario)", "Ontario"),
        ("P.Eng., PEO licence no. 123456", "Ontario"),
        ("Chartered Accountant, member of ICAI", "India"),
        ("Eligible for HCPC registration", "United Kingdom"),
        ("Guard card issued by BSIS", "California"),
        ("Member, OIQ", "Quebec"),
    ],
)
def test_a_body_registering_the_holder_still_names_its_place(text: str, place: str) -> None:
    assert place in licence_places(text), text


def test_a_posting_for_a_peo_asks_no_ontario_licence() -> None:
    asked = "We are a PEO serving 500 clients; Registered Nurse licence required"
    assert [w.jurisdictions for w in wanted_in(asked)] == [()]
    assert verdict(asked, ["Registered Nurse, RN licence (Texas)"]).credit == 1.0


# --- "called to the bar" at a bar


@pytest.mark.parametrize(
    "text",
    [
        "Called to the Bar Restaurant is hiring bartenders",
        "Bartender, Called to the Bar Pub, Dublin",
        "Must be happy to be called to the bar at short notice",
    ],
)
def test_called_to_a_bar_at_work_is_no_bar_admission(text: str) -> None:
    assert "bar" not in {i for w in wanted_in(text) for i in w.ids}
    assert "bar" not in {h.id for h in held_in([text], TODAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Called to the Bar of England and Wales",
        "Called to the Ontario Bar (2015)",
        "Called to the Bar in 2012",
        "Barrister, called to the Bar, 2015",
        "Called to the Bar by Gray's Inn",
        "Advocate, called to the bar in India (2010)",
        "Called to the Bar",
    ],
)
def test_called_to_the_bar_is_still_a_bar_admission(text: str) -> None:
    assert "bar" in {h.id for h in held_in([text], TODAY)}, text


# --- letters that name something else are no endorsement's


@pytest.mark.parametrize(
    "text",
    [
        "Pay Grade P and T endorsements not required",
        "Grade P endorsement",
        "Type T endorsement",
        "Class 2 licence, Grade F endorsement",
        "Forklift certificate; Vitamin D and F endorsements",
        "Driver licence with manager's endorsement",
        "Driver licence with your manager’s endorsement",
    ],
)
def test_a_letter_naming_something_else_is_no_endorsement(text: str) -> None:
    ids = {i for w in wanted_in(text) for i in w.ids}
    assert not ids & {"cdl_p", "cdl_t", "cdl_s", "nz_f", "nz_d", "nz_t"}, (text, ids)


@pytest.mark.parametrize(
    ("text", "endorsement"),
    [
        ("Class A CDL; H, N and T endorsements", "cdl_t"),
        ("Drivers license with H endorsement preferred", "cdl_h"),
        ("CDL with X endorsement", "cdl_x"),
        ("Class B CDL with P and S endorsements", "cdl_s"),
        ("Class 2 licence with W and T endorsements", "nz_w"),
        ("Forklift operator, F endorsement", "nz_f"),
    ],
)
def test_a_letter_beside_endorsement_is_still_read(text: str, endorsement: str) -> None:
    assert endorsement in {i for w in wanted_in(text) for i in w.ids}, (text, wanted_in(text))


def test_praise_before_endorsement_names_no_add_on() -> None:
    for text in [
        "Registered Nurse with strong references and endorsements",
        "Teaching license with a strong endorsement",
    ]:
        assert not any(" with " in i for w in wanted_in(text) for i in w.ids), wanted_in(text)
    assert any(
        " with " in i for w in wanted_in("Commercial pilot certificate with tailwheel endorsement") for i in w.ids
    )


# --- another country: two places, eligibility


def test_a_licence_held_in_two_places_meets_either_places_ask() -> None:
    assert (
        verdict("Active New York RN license", ["Registered Nurse, licensed in Ontario and in New York"]).credit == 1.0
    )
    held = ["Registered Nurse, College of Nurses of Ontario", "RN license, New York State"]
    assert verdict("Active New York RN license", held).credit == 1.0


def test_eligibility_for_licensure_accepts_an_out_of_state_or_country_holder() -> None:
    asked = "Active Texas RN license or eligible for licensure in Texas"
    assert verdict(asked, ["RN license, State of Ohio"]).credit == 1.0
    assert verdict(asked, ["Registered Nurse, College of Nurses of Ontario"]).credit == 1.0


@pytest.mark.parametrize(
    "text",
    [" " * 20_000, "a a " * 5_000, "PEO and " * 2_500, "HCPC " * 4_000, "a HCPC " * 2_857, "Grade P, " * 2_222],
)
def test_hostile_text_is_read_quickly(text: str) -> None:
    assert cpu_seconds(regulator_places, text) < 0.05
    assert cpu_seconds(expand_series, text + " endorsements") < 0.05


@pytest.mark.parametrize("text", ["HCPC" + " " * 19_990, "HCPC -" + " " * 19_990, "HCPC and" + " " * 19_990])
def test_a_regulator_before_a_run_of_spaces_is_read_quickly(text: str) -> None:
    # "\\s*-?\\s*" after the name was quadratic on a run of spaces; the bar alias's own slowness on "called to the
    # Aa Aa ..." is main's unbounded "(?:[A-Z][a-z]+ )*" aliases (left for its own review)
    assert cpu_seconds(regulator_places, text) < 0.05
