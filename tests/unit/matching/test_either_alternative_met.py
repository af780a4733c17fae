"""An item offering a degree or a credential as alternatives is met by any of them (matching/either.py)."""

from __future__ import annotations

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.either import alternatives
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds

_INTRO = "We are a family business serving the region for thirty years.\n\n"


def _unmet(title: str, item: str, resume: str) -> list[str]:
    """Return the subjects of the item's degree and credential checks the resume does not meet."""
    found = extract_requirements(title, _INTRO + "Requirements:\n- " + item + "\n- Good communication skills\n")
    checks = coverage(found, resume_evidence.from_text(resume))[1]
    return [
        c.requirement.subject
        for c in checks
        if c.requirement.kind in ("degree", "certification") and c.status != "met" and c.requirement.text == item
    ]


# each resume holds one of the alternatives the item offers, written in its own words
HOLDS_ONE = (
    (  # UK theatre: the nurse route
        "Operating Department Practitioner",
        "HCPC registered Operating Department Practitioner, or NMC Registered Nurse with an anaesthetic qualification",
        "Experience\nScrub Practitioner, Leeds Teaching Hospitals (2016 - 2024)\n- Theatre lists\n"
        "Certifications\nHCPC registered Operating Department Practitioner",
    ),
    (  # Australia: a certificate instead of a degree
        "Support Coordinator",
        "Certificate IV in Disability or Community Services, or a relevant tertiary qualification",
        "Experience\nSupport Worker, Uniting (2017 - 2024)\n- NDIS plans\nCertifications\nCertificate IV in Disability",
    ),
    (  # New Zealand: a bachelor instead of the graduate diploma
        "Kindergarten Teacher",
        "A recognised early childhood teaching qualification (Bachelor or Graduate Diploma of Teaching, ECE)",
        "Experience\nTeacher, Kidsfirst (2015 - 2024)\n- Planned learning\nEducation\n"
        "Bachelor of Teaching (Early Childhood Education), University of Auckland, 2014",
    ),
    (  # US: the doctorate's forms listed in brackets
        "Nurse Anesthetist",
        "Earned doctoral degree (DNP, DNAP, PhD, EdD or equivalent) from an accredited institution",
        "Experience\nCRNA, Memorial Hospital (2015 - 2024)\n- General anaesthesia\nEducation\n"
        "Doctor of Nurse Anesthesia Practice (DNAP), Texas Wesleyan University, 2015",
    ),
)


@pytest.mark.parametrize(("title", "item", "resume"), HOLDS_ONE)
def test_holding_one_alternative_meets_the_item(title: str, item: str, resume: str) -> None:
    assert _unmet(title, item, resume) == []


def test_qualifications_joined_by_and_are_each_asked() -> None:
    # Queensland: a first aid certificate does not stand in for the CPR one asked beside it with "and"
    resume = "Experience\nSupport Worker (2018 - 2024)\n- Personal care\nCertifications\nProvide CPR (HLTAID009)"
    assert _unmet("Support Worker", "First Aid and CPR", resume)
    # Texas: an RN licence held does not meet the APRN licence asked with it
    resume = "Experience\nStaff Nurse (2015 - 2024)\n- ICU\nLicenses\nTexas Registered Nurse License"
    assert _unmet("Nurse Practitioner", "Current Texas RN license and APRN license", resume)


def test_a_bracket_of_requirements_is_no_list_of_alternatives() -> None:
    text = "Registered Nurse (BLS and ACLS required)"
    assert not alternatives(text, (0, 16), (18, 21))
    text = "Registered Nurse (ACLS within six months of hire)"
    assert not alternatives(text, (0, 16), (18, 22))
    # examples of the degree: any of them is the degree
    text = "Doctoral degree (DNP, DNAP or PhD)"
    assert alternatives(text, (0, 8), (17, 20))


def test_or_and_and_in_one_item() -> None:
    # South Africa: "a BCom or a CA(SA), and SAICA articles": the articles are still asked
    text = "BCom or a CA(SA) designation, and completed SAICA articles"
    assert alternatives(text, (0, 4), (10, 16))
    assert not alternatives(text, (10, 16), (44, 50))
    # a slash joins both as often as either ("BLS/ACLS"): left to the credential ladders
    assert not alternatives("BLS/ACLS certification required", (0, 3), (4, 8))
    # a name inside another is the same words, not two asks
    assert not alternatives("Certificate IV in Disability", (0, 28), (0, 14))


def test_alternatives_stay_fast_on_hostile_text() -> None:
    for chunk in (" ", "a", "9", "a a ", "(", "or ", "(e.g. ", "degree (or ", "or ,"):
        text = chunk * 20_000
        assert cpu_seconds(lambda t=text: alternatives(t, (0, 1), (len(t) - 1, len(t)))) < 0.05


def test_asks_in_other_clauses_are_no_alternatives() -> None:
    # Utah: the state certification asked after a semicolon is asked beside the national one, not instead of it
    text = "national certification from RID (NIC or CDI) or BEI Advanced; two years of experience; Utah certification"
    assert not alternatives(text, (33, 36), (len(text) - 18, len(text) - 14))
    # two sentences are two asks
    text = "A nursing degree is required. An RN licence or a pending one is welcome."
    assert not alternatives(text, (2, 16), (33, 43))


def test_what_is_asked_with_a_credential_is_asked_too() -> None:
    # a US deckhand: the endorsement's bracket of levels is not a list of the credential's forms
    text = "USCG Merchant Mariner Credential (MMC) with an AB endorsement (AB-Limited or higher)"
    assert not alternatives(text, (5, 32), (63, 73))
    # Australia: the registrations asked with the degree are not the degree's alternatives
    text = "A bachelor degree in social work or psychology, with AASW membership or AHPRA registration"
    assert not alternatives(text, (2, 10), (73, 78))


# the item's "or" joins something other than the two qualifications: the resume holds one, the other is still asked
OR_ELSEWHERE = (
    (  # US: "or" joins two fields of the degree, then a certification is asked after a comma
        "Staff Nurse",
        "Bachelor's degree in Nursing or a related field, current ACLS certification",
        "Experience\nStaff Nurse, Mercy (2016 - 2024)\n- Wards\nEducation\nBachelor of Science in Nursing, 2015",
        "Advanced Cardiovascular Life Support (ACLS)",
    ),
    (  # Canada: two provinces, not two credentials
        "Registered Nurse",
        "Registered Nurse licensed in Ontario or Quebec, BLS certification",
        "Experience\nRN, Toronto General (2016 - 2024)\n- Wards\nLicenses\nRegistered Nurse, Ontario",
        "Basic Life Support (BLS)",
    ),
    (  # Australia: two majors of the degree, then the designation
        "Accountant",
        "Bachelor's degree in Accounting or Finance, CPA designation",
        "Experience\nAccountant, Firm (2016 - 2024)\n- Ledgers\nEducation\nBachelor of Commerce in Accounting, 2015",
        "Certified Public Accountant (CPA)",
    ),
    (  # US: a bracket after a named licence asks its own certifications, it lists no forms of the licence
        "Staff Nurse",
        "Current RN license (BLS or ACLS required)",
        "Experience\nStaff Nurse, Mercy (2016 - 2024)\n- Wards\nLicenses\nRegistered Nurse, Ohio",
        "Basic Life Support (BLS) or Advanced Cardiovascular Life Support (ACLS)",
    ),
    (  # ... and a paramedic's ACLS is no RN licence
        "Staff Nurse",
        "Current RN license (BLS or ACLS required)",
        "Experience\nEMT, County EMS (2016 - 2024)\n- Calls\nCertifications\nACLS, American Heart Association",
        "Registered Nurse",
    ),
)


@pytest.mark.parametrize(("title", "item", "resume", "still_asked"), OR_ELSEWHERE)
def test_an_or_joining_something_else_offers_no_alternative(
    title: str, item: str, resume: str, still_asked: str
) -> None:
    assert still_asked in _unmet(title, item, resume)
