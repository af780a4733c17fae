"""Credentials joined by "/" or "or" in a posting line: one ask either meets, or each asked (issue #18).

A slash between two credentials is one ask either meets (RN/LPN, CISSP/CISM, CFA/CAIA, LCSW/LPC, PHR/SHRM-CP);
it is two asks only for complementary credentials: a degree with a licence or certification (RN/BSN), cards and
registrations the vocabulary groups as asked together (CPR/First Aid, BLS/ACLS, Series 7/66), or parts a third
covers (EPA 608 Type I/II); "either"/"one of" before the pair makes it one ask, "both" two (review s16d).
"""

from __future__ import annotations

import pytest

from careerpilot.matching import evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.credentials import held_in, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY, verdict


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Current RN/LPN license in the State of Ohio", [{"rn", "lpn"}]),
        ("Active PTA/PT license in good standing", [{"pta", "pt"}]),
        ("RHIA/RHIT credential required", [{"rhia", "rhit"}]),
        ("CNA/HHA certification required", [{"cna", "hha"}]),
        ("Current EMT/Paramedic certification, State of Texas", [{"emt", "paramedic"}]),
        ("Journeyman or Master Electrician license required", [{"journeyman_electrician", "master_electrician"}]),
        ("Journeyman/Master Electrician license", [{"journeyman_electrician", "master_electrician"}]),
        ("Texas Journeyman or Master Plumber license", [{"journeyman_plumber", "master_plumber"}]),
        ("BLS/ACLS certification required", [{"bls"}, {"acls"}]),
        ("CPR/First Aid certification required within 30 days", [{"cpr"}, {"first_aid"}]),
        ("Current certification in one of: BLS/PALS", [{"bls", "pals"}]),
        # two parts of the Universal certification, not two ways to one: each asked
        ("EPA 608 Type I/II certification", [{"epa_608_type_1"}, {"epa_608_type_2"}]),
        ("CPC/CCS coding certification required", [{"cpc", "ccs"}]),
        ("CDL (Class A) required", [{"cdl_a"}]),
        ("Must have CDL (Class B) with passenger endorsement", [{"cdl_b"}, {"cdl_p"}]),
        ("OTA/COTA (NBCOT)", [{"cota"}]),
        # state licences to practise different occupations: a clinician is licensed as one of them (review r16a)
        ("LCSW/LMFT/LPC license required", [{"lcsw", "lmft", "lpc"}]),
        ("Licensed Cosmetologist/Barber license", [{"cosmetology", "barber"}]),
        # the two HR certifying bodies' credentials for one job: either will do (review r16a)
        ("PHR/SHRM-CP preferred", [{"phr", "shrm_cp"}]),
        ("SPHR/SHRM-SCP certification required", [{"sphr", "shrm_scp"}]),
        # FINRA registrations are complementary: a representative holds both
        ("Series 7/66 licenses required", [{"series_7"}, {"series_66"}]),
        # certifications of different bodies or kinds for one job: a posting means either (review s16d)
        ("CISSP/CISM certification required", [{"cissp", "cism"}]),
        ("CFA/CAIA designation preferred", [{"cfa_charter", "caia"}]),
        ("CISA/CIA certification required", [{"cisa", "cia"}]),
        ("CCRN/PCCN certification required", [{"ccrn", "pccn"}]),
        ("CCNA/Security+ certification required", [{"ccna", "comptia_security"}]),
        # life-support and first-aid cards are one complementary group: employers ask each
        ("ACLS/PALS certification required", [{"acls"}, {"pals"}]),
        ("Current CPR/First Aid card", [{"cpr"}, {"first_aid"}]),
        # a degree beside a licence: the nurse holds both (degrees are vocabulary credentials of kind "degree")
        ("RN/BSN required", [{"rn"}, {"bsn"}]),
        ("MSW/LCSW required", [{"msw"}, {"lcsw"}]),
        ("BSN/MSN required", [{"bsn", "msn"}]),
        # a treatment grade and a distribution grade are two parts of a water operator's licensing
        ("Water Treatment Operator Grade T2/Grade D2", [{"water_t2"}, {"water_d2"}]),
        # a CDL and its endorsement are each held
        ("Class A CDL/Hazmat endorsement", [{"cdl_a"}, {"cdl_h"}]),
        # the words before the pair say which: "either" one ask, "both" two
        ("Either CISSP/CISM required", [{"cissp", "cism"}]),
        ("Both CISSP/CISM required", [{"cissp"}, {"cism"}]),
    ],
)
def test_a_pair_is_one_ask_or_two_by_its_kinds(line: str, asked: list[set[str]]) -> None:
    assert [set(w.ids) for w in wanted_in(line)] == asked


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        ("Current RN/LPN license in the State of Ohio", ["LPN License, Ohio #PN.123456"]),
        ("Current RN/LPN license in the State of Ohio", ["Registered Nurse, Ohio Board of Nursing"]),
        ("Active PTA/PT license in good standing", ["Physical Therapist Assistant License, Texas"]),
        ("RHIA/RHIT credential required", ["RHIT - AHIMA, 2019"]),
        ("CNA/HHA certification required", ["Home Health Aide Certificate (Florida)"]),
        ("CNA/HHA certification required", ["Certified Nursing Assistant, Florida Nurse Aide Registry"]),
        ("Current EMT/Paramedic certification, State of Texas", ["EMT-Basic, Texas DSHS"]),
        ("Current EMT/Paramedic certification, State of Texas", ["Licensed Paramedic, Texas DSHS #123456"]),
        ("Journeyman or Master Electrician license required", ["Journeyman Electrician License - Texas TDLR"]),
        ("Journeyman/Master Electrician license", ["Master Electrician License #ME-4471"]),
        ("CDL (Class A) required", ["Class A CDL, Ohio"]),
        ("OTA/COTA (NBCOT)", ["COTA/L, NBCOT #300123"]),
        ("LCSW/LMFT/LPC license required", ["Licensed Professional Counselor (LPC), Texas #81234"]),
        ("SPHR/SHRM-SCP certification required", ["SHRM-SCP, Society for Human Resource Management, 2021"]),
        ("CISSP/CISM certification required", ["CISM - ISACA, 2022"]),
        ("CCRN/PCCN certification required", ["PCCN, AACN Certification Corporation"]),
        ("CFA/CAIA designation preferred", ["CAIA Charterholder, 2020"]),
    ],
)
def test_either_credential_of_one_ladder_meets_the_ask(asked: str, listed: list[str]) -> None:
    assert verdict(asked, listed).credit == 1.0


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        ("Journeyman or Master Electrician license required", ["Electrical Apprentice registration, Texas"]),
        ("CDL (Class A) required", ["Class B CDL, Ohio"]),
        ("Current RN/LPN license in the State of Ohio", ["Certified Nursing Assistant, Ohio"]),
    ],
)
def test_a_rung_below_every_alternative_does_not_meet_the_ask(asked: str, listed: list[str]) -> None:
    assert verdict(asked, listed).credit == 0.0


def test_each_credential_of_a_pair_of_different_kinds_is_checked_on_its_own() -> None:
    posting = "Requirements:\n- BLS/ACLS certification required\n- 2+ years of telemetry nursing\n"
    resume = "Certifications\nBLS (American Heart Association)\nExperience\nTelemetry RN (2020 - 2024)\n"
    _, checks = coverage(extract_requirements("Telemetry RN", posting), evidence.from_text(resume))
    certs = {c.requirement.credentials[0]: c.status for c in checks if c.requirement.kind == "certification"}
    assert certs == {"bls": "met", "acls": "missing"}


def test_a_holder_of_one_complementary_credential_misses_the_other() -> None:
    posting = "Requirements:\n- Series 7/66 licenses required\n- 3+ years as a financial advisor\n"
    resume = "Licenses\nSeries 7 (FINRA)\nExperience\nFinancial Advisor, Edward Jones (2019 - 2024)\n"
    _, checks = coverage(extract_requirements("Financial Advisor", posting), evidence.from_text(resume))
    certs = {c.requirement.credentials[0]: c.status for c in checks if c.requirement.credentials}
    assert certs == {"series_7": "met", "series_66": "missing"}


def test_a_resume_line_listing_both_holds_both() -> None:
    held = {h.id for h in held_in(["Adult First Aid/CPR/AED (American Red Cross)", "BLS/ACLS (AHA)"], TODAY)}
    assert held >= {"first_aid", "cpr", "bls", "acls"}
    assert verdict("CPR/First Aid certification required", ["CPR/First Aid (Red Cross), exp. 2027"]).credit == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Experience with OTA firmware updates and patient monitoring devices",
        "Design OTA software update pipeline for clinic devices",
    ],
)
def test_over_the_air_updates_name_no_occupational_therapy_assistant(line: str) -> None:
    # "OTA" before an update or firmware noun is "over the air", even beside a patient or a clinic (review r16a)
    assert wanted_in(line) == []


def test_a_firmware_engineer_holds_no_occupational_therapy_credential() -> None:
    resume = ["Firmware Engineer, Acme Medical (2019 - 2024)", "Designed OTA update system for patient monitors"]
    assert held_in(resume, TODAY) == []
