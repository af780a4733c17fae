"""Session 22 (h22g): conditions of employment are no credentials, and credentials written abroad are recognised.

Employer-run checks and national formalities (the UK's BPSS and NPPV, Australia's police check, India's police
verification, South Africa's criminal record check, Nigeria's NYSC), fees written with licence words and residence
stated as an item are conditions, shown and never scored; a check the applicant must already hold stays an ask.
Credentials by their national codes or issuers (IAPP's CIPP/E, Australia's HLTAID units, India's CMA (ICMAI), the
PGDM) map to the vocabulary, and the names they share with other credentials keep their own meaning.
"""

from __future__ import annotations

import re

import pytest

from careerpilot.matching import conditions, credentials
from careerpilot.matching.degrees import degree_level
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds


def _kinds(line: str) -> set[str]:
    return {r.kind for r in extract_requirements("Officer", f"Requirements:\n- {line}\n").requirements}


def _wanted(line: str) -> set[str]:
    return {i for w in credentials.wanted_in(line) for i in w.ids}


def _held(line: str) -> set[str]:
    return {h.id for h in credentials.held_in([line])}


@pytest.mark.parametrize(
    "line",
    [
        "This post requires Baseline Personnel Security Standard (BPSS) checks.",
        "BPSS clearance",
        "NPPV3 clearance will be sought for the successful applicant",
        "National Police Check required",
        "Successful candidates will undergo an NDIS Worker Screening Check",
        "Police verification",
        "Clear criminal record check (SAPS)",
        "Garda vetting",
        "NZ Police vetting",
        "NYSC discharge or exemption certificate",
        "Room licence fee and floor contributions are on request.",
        "Practising certificate fees paid by the firm",
        "We cover your annual registration fees",
        "Resident in the EU",
        "Must be resident in Ireland",
    ],
)
def test_checks_formalities_fees_and_residence_are_conditions(line: str) -> None:
    assert conditions.condition_of(line) is not None, line
    assert not _kinds(line) & {"certification", "skill", "degree"}, line


@pytest.mark.parametrize(
    ("line", "credential"),
    [
        ("Must hold current BPSS clearance", "clearance_uk_bpss"),
        ("Must hold a current NDIS Worker Screening Check", "ndis_screening"),
        ("Active SC clearance required; BPSS alone is not enough", "clearance_uk_sc"),
    ],
)
def test_a_check_the_applicant_must_already_hold_is_asked(line: str, credential: str) -> None:
    assert "certification" in _kinds(line), line
    assert credential in _wanted(line)


@pytest.mark.parametrize(
    "line",
    [
        "Processing police checks for new volunteers",
        "Experience with software licence fee reconciliation",
        "NYSC coordinator experience",
        "Permanent resident of Australia",
    ],
)
def test_work_on_checks_and_fees_and_a_status_are_not_these_conditions(line: str) -> None:
    category = conditions.condition_of(line)
    assert category is None or category.name not in ("screening", "fees", "formality", "residence"), line


@pytest.mark.parametrize(
    ("posting", "resume", "credential"),
    [
        ("CIPP/E certification is required", "Certified Information Privacy Professional/Europe (CIPP/E)", "cipp_e"),
        ("CIPP/E, the PC.dp, or a law degree", "CIPP/E, CIPM", "cipp_e"),
        ("First Aid (HLTAID011) & CPR", "HLTAID011 Provide First Aid", "first_aid_au"),
        ("Current HLTAID011 Provide First Aid", "Provide First Aid (HLTAID011)", "first_aid_au"),
        ("Qualification: CMA (ICMAI) / CA", "Cost and Management Accountant (ACMA), ICMAI", "cma_icmai"),
        ("PHECC First Aid Responder (FAR) essential", "Occupational First Aid (QQI Level 5)", "first_aid"),
        ("First aid certificate (NZQA unit standards 6401 and 6402)", "Unit standard 6401 - first aid", "first_aid"),
        ("Must hold an NDIS Worker Screening Check", "NDIS Worker Screening Clearance (NSW), 2025", "ndis_screening"),
    ],
)
def test_credentials_named_abroad_are_asked_and_held(posting: str, resume: str, credential: str) -> None:
    assert credential in _wanted(posting), posting
    assert credential in _held(resume), resume


def test_an_australian_first_aid_unit_meets_a_cpr_ask() -> None:
    vocab = credentials.vocabulary()
    assert vocab.satisfies("first_aid_au", "cpr")
    assert vocab.satisfies("first_aid_au", "first_aid")
    assert not vocab.satisfies("first_aid", "cpr")  # a US first aid card alone is no CPR card
    assert "cpr" in _held("HLTAID009 Provide cardiopulmonary resuscitation")


@pytest.mark.parametrize(
    ("line", "not_this"),
    [
        ("Qualification: CMA (ICMAI) / CA", "cma_ima"),
        ("CMA with 5 years in FP&A budgeting", "cma_icmai"),
        ("CIPP/US certified", "cipp_e"),
        ("First aid certification", "first_aid_au"),
    ],
)
def test_issuer_and_region_decide_which_credential(line: str, not_this: str) -> None:
    assert not_this not in _wanted(line), line


@pytest.mark.parametrize(("text", "level"), [("PGDM (MBA)", 4), ("PGDM (full-time), XLRI", 4), ("PGDBM Finance", 4)])
def test_an_indian_pgdm_ranks_as_a_masters(text: str, level: int) -> None:
    assert degree_level(text) == level


def test_the_added_patterns_are_fast_on_hostile_text() -> None:
    attacks = [
        " " * 20_000,
        "a" * 20_000,
        "1" * 20_000,
        "a a " * 5_000,
        ".,;/-" * 4_000,
        "NYSC or " * 2_500,
        "police " * 2_800,
        "hold current " * 1_500,
        "room licence " * 1_500,
        "HLTAID0 " * 2_500,
    ]
    patterns = [
        p
        for c in conditions.categories()
        for p in c.patterns
        if c.name in ("screening", "fees", "formality", "residence")
    ]
    for attack in attacks:
        for pattern in patterns:
            assert cpu_seconds(pattern.search, attack) < 0.05, (pattern.pattern[:60], attack[:20])
            assert cpu_seconds(re.compile(pattern.pattern, re.I).sub, " ", attack) < 0.05
    for attack in attacks:
        assert cpu_seconds(degree_level, attack) < 0.05
