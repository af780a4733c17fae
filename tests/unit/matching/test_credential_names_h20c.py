"""Credentials named the way postings outside the US write them (session 20, `h20c`; fresh10's misreadings).

A capitalised name keeps its own words even when one is a duty's verb ("Life Support"); a bracket asks before it
refuses ("Open licence is required, so Low Rise licences are not suitable"); an awarding body's initials lead a named
qualification; a class is written by its scheme, its name and its code ("CPCS Crawler Crane (CC)"); "Chartered" and
"Approved" lead a designation, and "Chartered Member" is a grade of membership above "Associate Member".
"""

from __future__ import annotations

from careerpilot.matching import grades
from careerpilot.matching.credential_phrases import label
from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str]) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed)


# --- a duty's verb inside a capitalised name is a word of the name


def test_a_capitalised_support_is_a_word_of_the_credential_name() -> None:
    asked = "Current Pre-Hospital Trauma Life Support certificate (South African paramedics)"
    assert _verdict(asked, ["Pre-Hospital Trauma Life Support (PHTLS) provider, NAEMT"]).credit == 1.0
    assert _verdict(asked, ["Basic Ambulance Assistant certificate, HPCSA"]).credit == 0.0
    pbs = "Positive Behaviour Support practitioner certificate"  # an NDIS behaviour practitioner's (Australia)
    assert (
        _verdict(pbs, ["Positive Behaviour Support practitioner certificate, Autism Spectrum Australia"]).credit == 1.0
    )
    assert _verdict(pbs, ["Certificate IV in Disability Support"]).credit == 0.0


def test_a_lower_case_duty_before_certificates_still_asks_none() -> None:
    assert wanted_in("Support the renewal of staff certifications and permits") == []
    assert wanted_in("Processing licence renewals for the branch") == []


# --- a bracket that asks before it refuses


def test_a_bracket_asks_before_it_refuses() -> None:
    text = "Current QBCC Open builder licence (Open licence is required, so Low Rise licences are not suitable)"
    kept = grades.without_refusals(text)
    assert "Open licence is required" in kept
    assert "Low Rise" not in kept
    nz = "EWRB registration (full registration is required - a limited certificate is not suitable)"
    assert "full registration is required" in grades.without_refusals(nz)
    assert "limited certificate" not in grades.without_refusals(nz)


def test_a_sibling_the_bracket_calls_not_suitable_is_refused() -> None:
    asked = "Current QBCC Open builder licence (Open licence is required, so Low Rise licences are not suitable)"
    assert _verdict(asked, ["QBCC Open builder licence, Queensland"]).credit == 1.0
    assert _verdict(asked, ["QBCC Low Rise builder licence, Queensland"]).credit == 0.0


def test_open_names_a_class_of_a_person_credential() -> None:
    # "open source licence" is a thing's; "Open" alone is a class ("Open builder", "Open Water Diver")
    asked = "Current QBCC Open builder licence"
    assert _verdict(asked, ["QBCC Open builder licence"]).credit == 1.0
    assert wanted_in("Experience with open source licences (MIT, GPL)") == []


# --- an awarding body's initials lead a named qualification


def test_initials_lead_a_named_qualification() -> None:
    asked = "RYA Yachtmaster Offshore qualification (commercially endorsed)"  # UK skipper
    assert _verdict(asked, ["RYA Yachtmaster Offshore, commercially endorsed (2021)"]).credit == 1.0
    assert _verdict(asked, ["RYA Day Skipper qualification"]).credit == 0.0
    cwb = "CWB Welding Supervisor qualification"  # Canadian Welding Bureau
    assert _verdict(cwb, ["CWB Welding Supervisor qualification (W47.1)"]).credit == 1.0
    assert _verdict(cwb, ["CWB Welder qualification, flat and horizontal"]).credit == 0.0


def test_a_relevant_qualification_names_none() -> None:
    assert wanted_in("A relevant qualification in social care") == []


def test_in_date_says_how_a_certificate_is_held() -> None:
    asked = "In-date CSCS card"
    names = [i for w in wanted_in(asked) for i in w.ids]
    assert names and all("In-date" not in n for n in names)


# --- a class written by its scheme, its name and its code


def test_a_class_code_after_its_name_is_asked_and_its_sibling_refused() -> None:
    asked = "CPCS Crawler Crane (CC) - essential, A40 only will not be considered"  # UK plant operator
    assert _verdict(asked, ["CPCS Blue Card - categories A40, CC"]).credit == 1.0
    assert _verdict(asked, ["CPCS Blue Card - categories A40"]).credit == 0.0
    skipper = "RYA Coastal Skipper (CS), in date"
    assert _verdict(skipper, ["RYA Coastal Skipper (CS) certificate of competence"]).credit == 1.0
    assert _verdict(skipper, ["RYA Day Skipper certificate"]).credit == 0.0


def test_a_class_code_is_no_place() -> None:
    wanted = wanted_in("HRWL Intermediate Rigging (RI)")
    assert wanted and wanted[0].jurisdictions == ()


def test_an_abbreviation_is_in_a_label_only_as_a_word() -> None:
    assert label("Intermediate Rigging", "RI") == "Intermediate Rigging (RI)"
    assert label("CPR certification", "CPR") == "CPR certification"


def test_a_product_with_a_bracketed_code_is_no_class() -> None:
    assert wanted_in("AWS Elastic Compute Cloud (EC2)") == []


# --- Chartered and Approved lead a designation


def test_chartered_and_approved_lead_a_designation() -> None:
    adi = "Approved Driving Instructor (ADI) - grade A or B"  # DVSA, UK
    assert _verdict(adi, ["Approved Driving Instructor (ADI), DVSA grade A"]).credit == 1.0
    assert _verdict(adi, ["Trainee driving instructor licence (PDI)"]).credit == 0.0
    qs = "Chartered Quantity Surveyor, RICS"
    assert _verdict(qs, ["Chartered Quantity Surveyor (MRICS)"]).credit == 1.0
    assert _verdict(qs, ["AssocRICS - Associate, quantity surveying pathway"]).credit == 0.0


def test_chartered_member_is_above_associate_member() -> None:
    asked = "Chartered Member of the CILT (CMILT)"  # logistics, Ireland
    assert _verdict(asked, ["Chartered Member of the CILT (CMILT) | Chartered Institute of Logistics"]).credit == 1.0
    low = _verdict(asked, ["Associate Member of the CILT (AMILT) | Chartered Institute of Logistics and Transport"])
    assert low.credit == 0.0
    cips = "Chartered Member of the CIPS (MCIPS) essential"  # procurement, UK and Australia
    assert _verdict(cips, ["Associate Member of the CIPS | Chartered Institute of Procurement & Supply"]).credit == 0.0
    assert _verdict(cips, ["MCIPS - Chartered Member of the CIPS"]).credit == 1.0


def test_a_rank_word_after_a_closed_field_is_another_names() -> None:
    # "... (Assoc) | Chartered Institute of ...": the issuer's "Chartered" does not rank the membership held
    asked = "Chartered Member of the CIPS"
    line = "Member of the CIPS (Affiliate) | Chartered Institute of Procurement & Supply"
    assert _verdict(asked, [line]).credit == 0.0
