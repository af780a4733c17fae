"""Session 24 (h24c): credentials outside the old vocabulary are still credentials, held only by the same one.

Site cards and site-safety certificates by their scheme's initials (IPAF, PASMA, NPORS, SMSTS, SSSTS), registers by
their regulator's (NMC, GMC, SANC, CAMRT); schemes written together are one ask of alternatives where "or" or "/"
joins them ("NMC or HCPC registered") and one ask each where "and" does ("IPAF and PASMA"). The vocabulary gains
England's Mandatory Qualification for sensory impairment (MQ HI, VI, MSI), the UK's assessor awards (A1, D32/33,
TAQA CAVA, ACWE), the UK's food hygiene levels, Australia's White Card and the Enrolled Agent as an accountant's
alternative. A duty over other people's cards asks the hire for none.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases
from careerpilot.matching.credentials import others_hold, vocabulary, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict
from tests.support.timing import cpu_seconds

INTRO = "We are hiring for our busy team in the city centre.\n\n## Requirements\n"


def _asks(title: str, line: str) -> list[list[str]]:
    found = extract_requirements(title, f"{INTRO}- {line}\n- Good communication skills\n").requirements
    return [r.credentials for r in found if r.kind == "certification" and r.credentials]


@pytest.mark.parametrize(
    ("title", "line", "asked"),
    [
        ("Scaffolder", "PASMA trained", [["~PASMA card"]]),  # UK
        ("MEWP Operator", "Must hold a valid IPAF", [["~IPAF card"]]),
        ("Site Supervisor", "SSSTS essential", [["~SSSTS"]]),
        ("Plant Operator", "NPORS holder", [["~NPORS card"]]),
        ("Staff Nurse", "NMC registered", [["~NMC"]]),
        ("Clinical Fellow", "GMC registered (essential)", [["~GMC"]]),
        ("Professional Nurse", "Must be SANC registered", [["~SANC"]]),  # South Africa
        ("Social Worker", "SACSSP registered", [["~SACSSP"]]),
        ("Medical Radiation Technologist", "CAMRT certified", [["~CAMRT"]]),  # Canada
    ],
)
def test_a_schemes_initials_alone_ask_its_credential(title: str, line: str, asked: list[list[str]]) -> None:
    assert _asks(title, line) == asked, line


@pytest.mark.parametrize(
    ("title", "line", "asked"),
    [
        ("Mental Health Practitioner", "NMC or HCPC registered", [["~NMC", "~HCPC"]]),
        ("Site Manager", "SSSTS or SMSTS", [["~SSSTS", "~SMSTS"]]),
        ("Access Operative", "IPAF/PASMA", [["~IPAF card", "~PASMA card"]]),
        ("Site Operative", "CSCS, IPAF or PASMA", [["~CSCS card", "~IPAF card", "~PASMA card"]]),
        ("Access Operative", "IPAF and PASMA", [["~IPAF card"], ["~PASMA card"]]),
        ("Site Operative", "CSCS, IPAF and PASMA essential", [["~CSCS card"], ["~IPAF card"], ["~PASMA card"]]),
        ("Tax Preparer", "CPA, Enrolled Agent or ACCA", [["cpa", "ea", "acca"]]),  # US tax practice
    ],
)
def test_bodies_joined_by_or_are_one_ask_and_by_and_each_its_own(title: str, line: str, asked: list[list[str]]) -> None:
    assert _asks(title, line) == asked, line


@pytest.mark.parametrize(
    ("line", "credential"),
    [
        (
            "The Mandatory Qualification for teachers of children and young people with hearing impairment (MQ HI)",
            "mq_hi",
        ),
        ("MQ (VI) essential", "mq_vi"),
        ("Mandatory Qualification for teachers of children with multi-sensory impairment", "mq_msi"),
        ("Must hold the A1 assessor award", "a1_assessor"),
        ("D32/33 assessor award", "a1_assessor"),
        ("Level 3 Certificate in Assessing Vocational Achievement (CAVA)", "cava"),
        ("Food Hygiene Level 2 or above", "food_hygiene_l2"),
        ("Level 3 Award in Supervising Food Safety in Catering", "food_hygiene_l3"),
        ("Current White Card", "white_card"),  # Australia
        ("General Construction Induction Card (CPCCWHS1001)", "white_card"),
    ],
)
def test_the_vocabulary_reads_the_named_credentials(line: str, credential: str) -> None:
    assert credential in [i for w in wanted_in(line) for i in w.ids], line


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        (
            "The Mandatory Qualification for teachers of children and young people with hearing impairment (MQ HI)",
            "Postgraduate Diploma in Deaf Education (Mandatory Qualification for Teachers of the Deaf)",
            True,
        ),
        ("MQ HI essential", "Mandatory Qualification for teachers of children with visual impairment (MQ VI)", False),
        ("MQ HI essential", "BSL Level 3", False),
        ("A1 Assessor Award or TAQA", "Level 3 Certificate in Assessing Vocational Achievement (CAVA)", True),
        ("Must hold the A1 assessor award", "D32/D33 Assessor", True),
        ("A1 assessor award", "TAQA Level 3 Award in Assessing Competence in the Work Environment", False),
        ("Must hold the A1 assessor award", "TAQA Level 4 Award in the Internal Quality Assurance (IQA)", False),
        ("Food Hygiene Level 2 or above", "Level 3 Award in Supervising Food Safety in Catering", True),
        ("Level 3 Food Hygiene", "Level 2 Food Safety and Hygiene for Catering", False),
        ("Current White Card", "General Construction Induction Card (CPCCWHS1001), SafeWork NSW", True),
        ("Current White Card", "Working at Heights (RIIWHS204E)", False),
        ("NMC or HCPC registered", "HCPC registered Occupational Therapist", True),
        ("NMC or HCPC registered", "NMC PIN 12A3456E, Registered Mental Health Nurse", True),
        ("NMC or HCPC registered", "Social Work England registered", False),
        ("IPAF and PASMA", "IPAF PAL Card 3a 3b", True),
        ("IPAF and PASMA", "PASMA Towers for Users", False),
        ("SSSTS or SMSTS", "CITB SMSTS (Site Management Safety Training Scheme), 2024", True),
        ("SSSTS or SMSTS", "CSCS Gold Supervisor card", False),
        ("CAMRT certified", "Certified by the Canadian Association of Medical Radiation Technologists", True),
        ("CAMRT certified", "ARRT Registered Technologist (Radiography)", False),
        ("Must hold a valid IPAF", "International Powered Access Federation (IPAF) PAL card", True),
        ("CPA, Enrolled Agent or ACCA", "Enrolled Agent (IRS), 2019", True),
    ],
)
def test_a_named_credential_is_met_only_by_the_same_one(asked: str, held: str, met: bool) -> None:
    assert (verdict(asked, [held]).credit == 1.0) is met, (asked, held)


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Site Manager", "Check operatives' CSCS and CPCS cards on arrival"),
        ("Site Manager", "Ensure subcontractors hold IPAF or PASMA cards"),
        ("Site Manager", "Ensure all operatives are IPAF or PASMA trained"),
        ("Head Chef", "Train kitchen staff to Level 2 Food Safety"),
        ("Practice Manager", "Train reception staff in CPR"),
        ("Ward Manager", "Supporting staff with NMC revalidation"),
        ("Site Manager", "Deliver IPAF and PASMA training to site teams"),
        ("Site Manager", "Book operatives onto SSSTS and SMSTS courses"),
        ("Site Manager", "We will fund your SMSTS"),
        ("Contracts Manager", "Obtain certificates of insurance from subcontractors"),
        ("Quality Manager", "We are ISO 9001 certified"),
        ("Head Chef", "Maintain a 5-star food hygiene rating"),
        ("Teaching Assistant", "Support pupils with hearing impairment in mainstream classes"),
        ("Site Administrator", "Issue White Cards to new starters"),
        ("Compliance Officer", "Liaise with the GMC and NMC on fitness to practise cases"),
        ("Training Coordinator", "Working knowledge of TAQA standards"),
    ],
)
def test_a_duty_over_credentials_asks_none_of_the_hire(title: str, line: str) -> None:
    assert not _asks(title, line), line


@pytest.mark.parametrize(
    "line",
    ["All operatives must hold a valid CSCS card", "Ensure you hold a valid CSCS card", "Drivers' CPC card required"],
)
def test_the_hires_own_card_is_still_asked(line: str) -> None:
    assert _asks("Site Operative", line), line


@pytest.mark.parametrize(
    "chunk",
    ["IPAF or ", "NMC/", "CSCS, ", "Check staff ", "Check operatives' ", "MQ HI ", "Level 2 Food Hygiene ", "A1 "],
)
def test_the_readers_stay_fast_on_hostile_text(chunk: str) -> None:
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    assert cpu_seconds(credential_phrases.find, text) < 0.1
    assert cpu_seconds(others_hold, text, len(text)) < 0.05
    assert cpu_seconds(vocabulary().find, text) < 0.05
