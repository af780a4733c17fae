"""Session 23 (h23g): credentials a qualified resume holds, written its own way, are not decisive gaps.

An initialism two occupations share ("NRP", "CMA") is read by its own line's words before the document's, and CDL
endorsement letters listed after "endorsements" are each read. Every sentence is written for this file.
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import credentials
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds

TODAY = date(2026, 6, 1)


def _held(*lines: str) -> list[str]:
    return [h.id for h in credentials.held_in(list(lines))]


@pytest.mark.parametrize(
    ("lines", "sense", "other"),
    [
        (  # US: a labour-ward nurse who also volunteers with a fire rescue
            (
                "Registered Nurse, Labor and Delivery, Mercy Hospital, Des Moines",
                "Volunteer firefighter, Hartwell Fire Rescue",
                "NRP Provider (American Academy of Pediatrics)",
            ),
            "neonatal_resuscitation",
            "paramedic",
        ),
        (  # AU: a midwife who volunteers in surf rescue
            (
                "Midwife, Royal Women's Hospital, Melbourne",
                "Surf Life Saving Victoria rescue volunteer",
                "NRP, neonatal course renewed 2025",
            ),
            "neonatal_resuscitation",
            "paramedic",
        ),
        (  # IN: a cost accountant whose employer is a hospital group
            (
                "Finance Manager at Apollo Hospitals, Chennai: hospital budgets and patient billing audits",
                "CMA (Institute of Cost Accountants of India), 2016",
            ),
            "cma_ima",
            "cma_aama",
        ),
        (  # US: a paramedic who delivered a newborn keeps the paramedic's NRP
            (
                "Paramedic, Polk County EMS, 911 response",
                "Delivered a newborn in the field; infant airway care",
                "NRP - National Registry, EMS",
            ),
            "paramedic",
            "neonatal_resuscitation",
        ),
        (  # CA: a medical assistant who also ran the clinic's budget keeps the assistant's CMA
            (
                "Medical Assistant at Riverside Family Clinic, London, Ontario",
                "Managed the clinic's supply budget and cost audits",
                "CMA, vitals and EHR charting, 2019",
            ),
            "cma_aama",
            "cma_ima",
        ),
    ],
)
def test_a_shared_initialism_is_read_by_its_own_line_first(lines: tuple[str, ...], sense: str, other: str) -> None:
    held = _held(*lines)
    assert sense in held
    assert other not in held


def test_a_nurse_holding_nrp_meets_a_posting_asking_it() -> None:
    resume = (
        "Experience\nRegistered Nurse, Labor and Delivery at St. Anne's Hospital, 2019 - present\n"
        "Volunteer EMT-driver, Lakeside Fire Rescue, 2017 - 2019\n"
        "Certifications\nBLS Provider (American Heart Association)\nNRP Provider (American Academy of Pediatrics)\n"
    )
    posting = "Requirements:\n- BLS and NRP (Neonatal Resuscitation Program) - current\n"
    reqs = extract_requirements("RN - Labor & Delivery", posting).requirements
    evidence = resume_evidence.from_text(resume, TODAY)
    statuses = {tuple(r.credentials): check(r, evidence).status for r in reqs if r.kind == "certification"}
    assert statuses == {("bls",): "met", ("neonatal_resuscitation",): "met"}


@pytest.mark.parametrize(
    ("line", "letters"),
    [
        ("Commercial Driver's License - Class A, endorsements X (Hazmat and Tank) and T", {"cdl_x", "cdl_t"}),
        ("Class A CDL. Endorsements: H, N, T", {"cdl_h", "cdl_n", "cdl_t"}),
        ("CDL-A (Texas) with endorsements N and T", {"cdl_n", "cdl_t"}),
        ("Class A CDL; endorsements - N & X", {"cdl_n", "cdl_x"}),
    ],
)
def test_cdl_endorsement_letters_listed_after_the_word_are_each_held(line: str, letters: set[str]) -> None:
    held = set(_held(line))
    assert "cdl_a" in held
    assert letters <= held


@pytest.mark.parametrize(
    "line",
    [
        "CDL Class A, no endorsements",
        "Endorsements pending; tanker school next month",
        "Class A CDL, endorsements N (Tank Vehicle) and T",  # tank and doubles, no hazmat
        "UK licence: 3 points, SP30 endorsements, spent 2024",
    ],
)
def test_a_licence_without_the_hazmat_letters_holds_no_hazmat_endorsement(line: str) -> None:
    held = set(_held(line))
    assert not held & {"cdl_x", "cdl_h"}


def test_a_tanker_driver_without_hazmat_still_misses_the_x_endorsement() -> None:
    posting = "Requirements:\n- Class A CDL with Hazmat and Tanker endorsements (X endorsement, or H and N)\n"
    reqs = extract_requirements("Fuel Tanker Driver", posting).requirements
    qualified = resume_evidence.from_text("Licences\nCDL Class A, endorsements X (Hazmat and Tank) and T\n", TODAY)
    unqualified = resume_evidence.from_text("Licences\nCDL Class A, endorsements N (Tank Vehicle) and T\n", TODAY)
    x_item = next(r for r in reqs if "cdl_x" in r.credentials)
    assert check(x_item, qualified).status == "met"
    assert check(x_item, unqualified).status == "missing"


@pytest.mark.parametrize(
    "hostile",
    [
        "endorsements: " + "H, " * 7000,
        "endorsements " + "H (a) and " * 2000,
        "ENDORSEMENTS H " * 1400,
        "endorsements " * 1600,
        " " * 20000,
        "/A/A" * 5000,
    ],
)
def test_the_endorsement_letters_read_in_linear_time(hostile: str) -> None:
    patterns = credentials.vocabulary().patterns
    for cid in ("cdl_x", "cdl_n", "cdl_t"):
        assert cpu_seconds(lambda p=patterns[cid]: list(p.finditer(hostile[:20000]))) < 0.05


def test_endorsements_not_applicable_hold_no_tank_endorsement():
    found = [m.id for m in credentials.vocabulary().find("CDL Class A, Endorsements: N/A")]
    assert "cdl_n" not in found and "cdl_a" in found
    assert "cdl_n" in [m.id for m in credentials.vocabulary().find("CDL Class A, Endorsements: N/T")]
