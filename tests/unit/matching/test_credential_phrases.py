"""Credentials the vocabulary does not list, read by how postings name them, and where a licence is valid."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.resume import Resume
from careerpilot.matching import credential_phrases, evidence, jurisdictions
from careerpilot.matching.coverage import coverage, decisive_gaps
from careerpilot.matching.credentials import held_in, judge, name_of, wanted_in
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2026, 12, 5)


def _verdict(asked: str, lines: list[str], listed: list[str] | None = None, home: tuple[str, ...] = ()):
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(wanted[0], held_in(lines, TODAY), home, lines, listed or [])


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Kennel Attendant Certified (KAC) credential required", "Kennel Attendant Certified (KAC)"),
        ("Must hold a current Grain Elevator Operator license", "Grain Elevator Operator"),
        ("Certified Beekeeping Inspector required", "Certified Beekeeping Inspector"),
        ("licensed hearing aid dispenser", "hearing aid dispenser"),
        ("Certification as a Hyperbaric Technologist (CHT-H)", "Hyperbaric Technologist (CHT-H)"),
        ("Current XYZQ card", "XYZQ"),
    ],
)
def test_a_credential_outside_the_vocabulary_is_read_with_its_name_and_abbreviation(item, name):
    wanted = wanted_in(item)
    assert len(wanted) == 1, wanted
    (cid,) = wanted[0].ids
    assert credential_phrases.is_phrase_id(cid)
    assert name_of([cid]).startswith(name), name_of([cid])


@pytest.mark.parametrize(
    "item",
    [
        "Experience with the SOC 2 certification process",
        "Manage software licenses and renewals",
        "Prepare certified payroll reports",
        "Process credit card payments",
        "We do not accept out-of-city certifications for this role",
        "Tough interviews; applicants need to prove that they have internally endorsements",
        "ideally at a level 3 / 4 designation",
        "an understanding and certification in safety",
        "Licensed and bonded",
    ],
)
def test_skills_duties_and_stray_words_are_not_credentials(item):
    assert wanted_in(item) == [], wanted_in(item)


def test_a_phrase_credential_is_met_by_its_abbreviation_or_its_full_name_never_by_similar_words():
    asked = "Kennel Attendant Certified (KAC) credential required"
    assert _verdict(asked, ["Skills: KAC, dog grooming"]).credit == 1.0
    assert _verdict(asked, ["Kennel Attendant Certified, Pet Care Services Association, 2022"]).credit == 1.0
    # close in meaning is not the credential
    assert _verdict(asked, ["Kennel attendant for four years: feeding, cleaning, exercise"]).credit == 0.0
    assert _verdict(asked, ["Certified Veterinary Assistant (CVA)"]).credit == 0.0


def test_the_words_of_a_name_count_only_where_the_resume_says_it_holds_them():
    asked = "Grain Elevator Operator license required"
    # a duty or a skills list uses the words without holding the licence
    assert _verdict(asked, ["Ran the grain elevator operator console on night shift"]).credit == 0.0
    assert _verdict(asked, ["Licensed grain elevator operator (2021)"]).credit == 1.0
    # a listed certificate needs no "licensed" beside it
    assert _verdict(asked, [], listed=["Grain Elevator Operator (State Department of Agriculture)"]).credit == 1.0


def test_a_stated_level_is_met_by_the_same_or_a_higher_level_only():
    asked = "Hyperbaric Technologist Level II certification required"
    assert _verdict(asked, ["Hyperbaric Technologist Level III certified"]).credit == 1.0
    assert _verdict(asked, ["Hyperbaric Technologist Level II certified"]).credit == 1.0
    assert _verdict(asked, ["Hyperbaric Technologist Level I certified"]).credit == 0.0


def test_a_phrase_credential_held_in_progress_or_expired_does_not_count():
    asked = "Kennel Attendant Certified (KAC) credential required"
    assert _verdict(asked, ["Pursuing the KAC credential (expected 2027)"]).credit == 0.0
    assert _verdict(asked, ["KAC (expired 03/2024)"]).credit == 0.0


def test_either_of_two_unlisted_credentials_is_one_requirement():
    wanted = wanted_in("XQA or ZRB certification required")
    assert len(wanted) == 1 and len(wanted[0].ids) == 2
    assert _verdict("XQA or ZRB certification required", ["ZRB certified, 2020"]).credit == 1.0


def test_a_credential_required_after_hire_is_not_required_at_hire():
    (wanted,) = wanted_in("Grain Elevator Operator license within 90 days of hire")
    assert wanted.optional


def test_an_unlisted_credential_missing_is_the_first_decisive_gap_and_named():
    posting = (
        "Requirements:\n- Kennel Attendant Certified (KAC) credential required\n- 2+ years of kennel experience\n"
        "- Dog handling and grooming\n"
    )
    resume = "Experience\nKennel Attendant (2019 - 2025)\n- Dog handling, grooming, feeding\n"
    _, checks = coverage(extract_requirements("Kennel Attendant", posting), evidence.from_text(resume, TODAY))
    first = decisive_gaps(checks)[0]
    assert first.requirement.kind == "certification" and first.credit == 0.0
    assert "KAC" in first.requirement.subject


@pytest.mark.parametrize(
    ("line", "places"),
    [
        ("RN, Texas #12345", ("Texas",)),
        ("RN, TX #12345", ("Texas",)),
        ("Licensed in CA since 2019", ("California",)),
        ("TX RN license", ("Texas",)),
        ("Registered Nurse (ON), College of Nurses of Ontario", ("Ontario",)),
        ("Licensed to practice in British Columbia", ("British Columbia",)),
        ("Washington State licence", ("Washington",)),
        ("Licensed in Québec", ("Quebec",)),
        ("IN PERSON interviews; OR and ME in prose", ()),
    ],
)
def test_places_are_read_from_state_and_province_names_and_codes_that_read_as_places(line, places):
    assert jurisdictions.places(line) == places


@pytest.mark.parametrize(
    "item",
    [
        "RN license, licensed in any state",
        "Active RN license in any US state or territory",
        "RN license in one of the 50 states",
        "Texas RN license or eligible for licensure by endorsement",
        "Texas RN license, or the ability to obtain one within 90 days",
    ],
)
def test_a_posting_accepting_any_state_asks_for_no_place(item):
    assert wanted_in(item)[0].jurisdictions == ()


def test_a_licence_from_the_wrong_state_is_the_first_missing_item_and_says_which_state():
    posting = (
        "Requirements:\n- Texas pesticide applicator license\n- 2+ years of lawn care experience\n"
        "- Valid driver's license\n"
    )
    resume = (
        "Certifications\nLicensed pesticide applicator, Oklahoma Department of Agriculture\nDriver's license\n"
        "Experience\nLawn Care Technician (2019 - 2025)\n- Applied herbicides and fertilizers\n"
    )
    _, checks = coverage(extract_requirements("Lawn Care Technician", posting), evidence.from_text(resume, TODAY))
    first = decisive_gaps(checks)[0]
    assert first.requirement.jurisdictions == ["Texas"]
    assert "Oklahoma" in first.note and "Texas" in first.note


def test_a_json_resume_certificate_is_read_with_its_issuer_for_the_state():
    resume = Resume.model_validate(
        {
            "basics": {"name": "Ana", "location": {"city": "Lawton", "region": "OK"}},
            "certificates": [
                {"name": "Pharmacy Technician Permit", "issuer": "Oklahoma State Board of Pharmacy"},
                {"name": "Certified Pharmacy Technician", "issuer": "PTCB"},
            ],
        }
    )
    found = evidence.from_resume(resume, TODAY)
    wanted = wanted_in("Registered pharmacy technician with the Texas State Board of Pharmacy")[0]
    verdict = judge(wanted, found.credentials, found.home, found.lines, found.certifications)
    assert verdict.credit == 0.0 and "Oklahoma" in verdict.note


def test_a_certificate_named_in_a_skills_list_or_a_highlight_is_never_missing():
    posting = "Requirements:\n- Current BLS and ACLS\n- Kennel Attendant Certified (KAC)\n"
    for resume in (
        "Skills\nBLS, ACLS, KAC, triage\n",
        "Experience\nVet Tech (2019 - 2025)\n- Kept BLS and ACLS current; Kennel Attendant Certified since 2020\n",
    ):
        _, checks = coverage(extract_requirements("Vet Tech", posting), evidence.from_text(resume, TODAY))
        certs = [c for c in checks if c.requirement.kind == "certification"]
        assert len(certs) == 3, [c.requirement.subject for c in certs]
        assert all(c.status == "met" for c in certs), [(c.requirement.subject, c.note) for c in certs]


def test_a_licence_asked_for_by_its_place_alone_is_met_by_a_licence_stated_in_that_place():
    (wanted,) = wanted_in("Must be licensed to practice in the State of Georgia")
    assert wanted.jurisdictions == ("Georgia",)
    georgia = ["Registered Nurse, Georgia Board of Nursing #RN123456"]
    assert judge(wanted, held_in(georgia, TODAY), (), georgia, []).credit == 1.0
    elsewhere = ["Registered Nurse, Florida Board of Nursing", "BLS certified"]
    verdict = judge(wanted, held_in(elsewhere, TODAY), ("Georgia",), elsewhere, [])
    assert verdict.credit == 0.0 and "Florida" in verdict.note
    assert (
        wanted_in("Licensed in any state") == [] and wanted_in("Valid Georgia driver's license")[0].jurisdictions == ()
    )
