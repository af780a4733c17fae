"""The bounds that keep hostile text fast do not change how real long postings read.

Each case is wording a real posting uses, long enough to sit past a bound the hostile-text fixes once set (a run-on
requirement, a county's dozen community languages, hyphenated initials), read as it was before those fixes.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credentials, requirements
from careerpilot.matching.requirements import extract_requirements

# a run-on duty clause with no comma or semicolon, ~320 characters: what a long requirement puts between a
# credential and the words that qualify it
RUN_ON = (
    "who will support patients and families through every stage of care in our busy regional emergency department "
    "that serves a large rural catchment area across the northern part of the province and works closely with "
    "paramedics and community partners to coordinate transfers and follow up care for patients discharged home"
)
COMMUNITIES = (
    "Spanish, Vietnamese, Chinese, Tagalog, Korean, Armenian, Farsi, Russian, Japanese, Khmer, Arabic and Hmong"
)


def test_role_held_for_years_is_no_licence_however_far_its_as() -> None:
    # "5 years ... as a Licensed Practical Nurse" names the role held, even 250 characters after the years
    item = f"5 years of experience in acute and long-term care settings {RUN_ON[:180]} as a Licensed Practical Nurse"
    found = extract_requirements("Nurse", f"## Requirements\n- {item}\n").requirements
    assert [r.kind for r in found] == ["experience"]


def test_time_to_earn_a_credential_read_past_a_long_clause() -> None:
    # "within 6 months of hire" 320 characters after the credential still gives time to earn it
    (acls,) = credentials.wanted_in(
        f"ACLS certification for the charge nurse {RUN_ON} within 6 months of hire", "Nurse"
    )
    assert acls.ids == ("acls",) and acls.optional


def test_dozen_community_languages_ask_no_language() -> None:
    # a county's list of the communities its clinics serve names a dozen languages: the first is a people too
    text = f"## Requirements\n- Bilingual skills are an asset; our clinics serve {COMMUNITIES} communities\n"
    found = extract_requirements("Community Health Worker", text).requirements
    assert not [r.subject for r in found if r.kind == "language"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("3+ years as a Registered Nurse in acute care", " "),
        ("2 years of experience; licensed as an RN", "2 years of experience; licensed as an RN"),
        ("5 years in retail, 2 years as a Pharmacy Technician. CPhT required", " . CPhT required"),
        ("ten years of practice. Licensed as a CPA", "ten years of practice. Licensed as a CPA"),
        ("3 years of leadership and 2 years as a charge nurse, BLS", " , BLS"),
    ],
)
def test_years_as_role_removed_to_its_clause_end(text: str, kept: str) -> None:
    assert requirements._without_years_as(text) == kept


@pytest.mark.parametrize(
    "tail",
    [
        " or CCRN-Pediatric alone ",  # a hyphenated credential longer than ten characters
        " or ACLS+PALS+NRP ",
        " or NREMT-Paramedic certification alone ",
        " / CPR-BLS-AED certification only ",
        ", RPN or LPN registration alone ",
    ],
)
def test_refused_tail_reads_joined_initials(tail: str) -> None:
    assert credentials._REFUSED_TAIL.fullmatch(tail)


@pytest.mark.parametrize("tail", [" or ACLS+ alone ", " or rn alone ", " because CO "])
def test_refused_tail_reads_nothing_else(tail: str) -> None:
    assert not credentials._REFUSED_TAIL.fullmatch(tail)


def test_inclusive_workplace_of_a_dozen_adjectives() -> None:
    text = (
        ", diverse, equitable, accessible, safe, respectful, supportive, welcoming, collaborative, flexible, "
        "accountable and family-friendly workplace"
    )
    assert requirements._INCLUSIVE_WORKPLACE.match(text)
