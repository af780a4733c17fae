"""Mends of session 15 (m15g): a licence named by its field only with a licence's noun, a plant operator's letter
class counting down, boiler classes counting down, a title's words saying whose class it is, years in a named or a
related field.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.credentials import _heads_a_part
from careerpilot.matching.requirements import extract_requirements

TODAY = date(2025, 1, 1)


def _listed_check(title: str, item: str, listed: str) -> str:
    """Return the status of a posting's one credential against a resume listing ``listed`` as a certificate."""
    reqs = extract_requirements(title, f"Requirements:\n- {item}\n")
    resume = f"Experience\n{title} Aide, Lakeside Clinic (2019 - 2025)\n- Daily work\n\nCertifications\n{listed}\n"
    credential = next(r for r in reqs.requirements if r.kind == "certification")
    return check(credential, resume_evidence.from_text(resume, TODAY)).status


@pytest.mark.parametrize(
    ("title", "item", "listed", "status"),
    [
        # a licence asked is named by its field only with a licence's noun: a field's certificate is a course's
        (
            "Pharmacist",
            "Active Registered Pharmacist license required",
            "Pharmacy Certificate, Penn Foster (2019)",
            "missing",
        ),
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy Certificate, Miami Dade College (2018)",
            "missing",
        ),
        (
            "Psychologist",
            "Licensed Psychologist required",
            "Psychology Certificate, Walden University (2017)",
            "missing",
        ),
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy License, State of Ohio (2019)",
            "met",
        ),
        (
            "Pharmacist",
            "Active Registered Pharmacist license required",
            "Pharmacy License, Ohio Board of Pharmacy (2019)",
            "met",
        ),
        # each slash part says its own noun: the licence beside is another's
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy Certificate / Ohio Nursing License",
            "missing",
        ),
        # a certification asked is still named by its field with any credential noun
        ("Phlebotomist", "Certified Phlebotomist required", "Phlebotomy Certification - NHA (2021)", "met"),
    ],
)
def test_a_licence_asked_is_named_by_its_field_only_with_a_licences_noun(title, item, listed, status):
    assert _listed_check(title, item, listed) == status


@pytest.mark.parametrize(
    ("words", "line", "licence", "heads"),
    [
        (["pharmacist"], "Pharmacy Certificate, Penn Foster (2019)", True, False),
        (["pharmacist"], "Pharmacy Certificate, Penn Foster (2019)", False, True),
        (["physical", "therapist"], "Physical Therapy Certificate", True, False),
        (["radiographer"], "Radiography Registration, HCPC", True, True),
        # the part decides, not the line
        (["physical", "therapist"], "Physical Therapy License / Psychology degree", True, True),
        (["psychologist"], "Physical Therapy License / Psychology degree", True, False),
        (["psychologist"], "Psychology / Physical Therapy License", True, False),
        (["physical", "therapist"], "Physical Therapy Certificate / Nursing License", True, False),
    ],
)
def test_each_slash_part_decides_whether_its_field_names_the_practitioner(words, line, licence, heads):
    assert _heads_a_part(words, line, licence=licence) is heads
