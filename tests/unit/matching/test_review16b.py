"""Review s16b of commit 5117742: a student's clinical rotations stay placements; a licence's noun is lent by a
bracket or slash part whose words before the noun name no other occupation."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.credentials import _heads_a_part

TODAY = date(2026, 11, 1)


def _titles(text: str) -> list[str]:
    return [role.title for role in resume_evidence.from_text(text, TODAY).roles]


@pytest.mark.parametrize(
    "resume",
    [
        # a nursing student's rotations name the hospital and unit, no title: placements, no job held
        "Education\nBSN, Ohio State University (2019 - 2023)\nClinical Experience\n"
        "Mercy Hospital, Medical-Surgical Unit (Jan 2023 - Apr 2023)\n- 120 clinical hours\n"
        "Cincinnati Children's Hospital, Pediatrics (Sep 2022 - Dec 2022)\n",
        "Clinical Experience\nRiverside Methodist Hospital - Emergency Department (Aug 2023 - Dec 2023)\n"
        "OhioHealth Grant Medical Center - Labor & Delivery (Jan 2024 - Apr 2024)\n",
        # a PTA student's clinicals, a pharmacy student's rotations, a student teacher's classroom
        "Clinical Experience\nCleveland Clinic Outpatient Orthopedics (Jan 2022 - Mar 2022)\n"
        "Select Physical Therapy, Acute Care (Apr 2022 - Jun 2022)\n",
        "Clinical Experience\nAmbulatory Care, Veterans Affairs Medical Center (Jul 2021 - Aug 2021)\n",
        "Student Teaching Experience\nLincoln Elementary, Grade 3 (Jan 2022 - May 2022)\n- Planned lessons\n",
    ],
)
def test_an_untitled_line_under_a_placement_heading_is_a_placement(resume):
    assert _titles(resume) == []


@pytest.mark.parametrize(
    ("resume", "title"),
    [
        # a title the vocabulary knows by its abbreviation, or an agent noun, names a job listed there
        ("Clinical Experience\nRN, Mercy Hospital (2018 - 2024)\n- Telemetry\n", "RN, Mercy Hospital"),
        ("Clinical Experience\nLPN - Sunrise Nursing Home (2016 - 2020)\n", "LPN - Sunrise Nursing Home"),
        ("Clinical Experience\nEMT-Basic, County EMS (2018 - 2024)\n", "EMT-Basic, County EMS"),
        ("Clinical Experience\nSonographer, Mercy Imaging (2018 - 2024)\n", "Sonographer, Mercy Imaging"),
    ],
)
def test_a_titled_line_under_a_placement_heading_is_a_job(resume, title):
    assert _titles(resume) == [title]


@pytest.mark.parametrize(
    "line",
    [
        # what follows the noun is its number, standing or board, whatever words the board's name holds
        "Physical Therapy (License #12345, Texas Board of Physical Therapy Examiners)",
        "Physical Therapy (License in good standing)",
        "Physical Therapy (License #PT12345, renewed 2025)",
        "Physical Therapy (Licensed since 2015)",
        # a licence's kind before its noun is no occupation
        "Physical Therapy (Unrestricted License), Ohio",
        "Physical Therapy (Compact Privilege License)",
        "Physical Therapy (Permanent License) - California",
    ],
)
def test_a_licence_noun_is_lent_whatever_follows_it(line):
    assert _heads_a_part(["physical", "therapist"], line, licence=True)


def test_a_board_named_for_the_field_lends_its_licence_noun():
    assert _heads_a_part(["pharmacist"], "Pharmacy (Ohio State Board of Pharmacy License #03-1234)", licence=True)


@pytest.mark.parametrize(
    "heading",
    [
        "Skilled Nursing Experience",
        "Managed Care Experience",
        "Armed Security Experience",
        "Automated Testing Experience",
    ],
)
def test_a_participles_heading_with_no_role_open_opens_work(heading):
    # with no role open a participle opens a heading ("Skilled Nursing"), not a deed: the job under it is kept
    resume = f"Education\nDiploma, Humber College (2010 - 2012)\n{heading}\nCNA, Sunrise Care Home (2014 - 2024)\n"
    assert _titles(resume) == ["CNA, Sunrise Care Home"]


def test_a_deed_under_a_placement_opens_no_work():
    # a deed under a rotation with no dated line next stays a line: the rotations after it stay placements
    resume = (
        "Clinical Experience\nMercy Hospital, Medical-Surgical Unit (Jan 2023 - Apr 2023)\n"
        "Improved Patient Experience\n"
        "- Raised HCAHPS scores\nMercy Hospital, ICU (May 2023 - Aug 2023)\n"
    )
    assert _titles(resume) == []
