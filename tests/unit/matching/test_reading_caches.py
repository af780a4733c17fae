"""Readings kept across postings (session 17, speed): an employer's lines recur, and a kept reading changes nothing.

A line read once serves every posting that repeats it, unless its reading turned on the posting's title ("in a
similar role", an initialism only the title decides); a check of one requirement against one resume serves every
posting of a ranking that asks the same.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from careerpilot.domain.matching import PostingRequirements, Requirement, RequirementCheck
from careerpilot.matching import credentials
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.requirements import extract_requirements
from careerpilot.text import yaml_data

DATA = Path(credentials.__file__).with_name("data")

RESUME = """Jane Doe
Experience
Paramedic, County EMS, 2016 - 2024
- Responded to 911 calls; advanced airway management
Certifications
- NRP (National Registry Paramedic)
- BLS, ACLS
"""


def _years_subjects(title: str, text: str) -> list[str]:
    return [r.subject for r in extract_requirements(title, text).requirements if r.kind == "experience"]


def test_a_line_asking_years_in_a_similar_role_is_read_under_each_postings_title():
    text = "Requirements:\n- 3+ years of experience in a similar role\n- Excellent communication skills"
    first = _years_subjects("Dental Hygienist", text)
    second = _years_subjects("Forklift Operator", text)
    assert first and second and first != second
    assert _years_subjects("Dental Hygienist", text) == first  # read again from what was kept: the same


def test_an_initialism_only_the_title_decides_is_read_under_each_title():
    asked = "NRP certification required"
    medic, nurse = [], []
    as_medic = credentials.wanted_in(asked, "Paramedic", medic)
    as_nurse = credentials.wanted_in(asked, "NICU Registered Nurse", nurse)
    assert as_medic != as_nurse and medic == [True] and nurse == [True]
    again: list[bool] = []
    assert credentials.wanted_in(asked, "Paramedic", again) == as_medic and again == [True]


def test_a_reading_that_needs_no_title_is_the_same_under_any_title_and_a_new_list_each_time():
    asked = "Current BLS certification from the American Heart Association"
    told: list[bool] = []
    first = credentials.wanted_in(asked, "Paramedic", told)
    first.clear()  # the caller's list: the kept reading is not changed
    second = credentials.wanted_in(asked, "Barista", told)
    assert second and second == credentials.wanted_in(asked) and told == []


def test_checks_shared_across_a_rankings_postings_are_the_checks_made_one_by_one():
    evidence = resume_evidence.from_text(RESUME)
    texts = [
        "Requirements:\n- NRP certification\n- 3+ years of 911 response experience\n- Spanish is a plus",
        "Requirements:\n- NRP certification\n- 2 years of experience in a similar role\n- Valid driver's license",
        "Requirements:\n- BLS and ACLS required\n- 3+ years of 911 response experience",
    ]
    postings = [extract_requirements("Paramedic", text) for text in texts]
    memo: dict[tuple[object, ...], RequirementCheck] = {}
    for posting in postings:
        alone_share, alone = coverage(posting, evidence)
        shared_share, shared = coverage(posting, evidence, memo)
        assert shared_share == alone_share
        assert [c.model_dump() for c in shared] == [c.model_dump() for c in alone]
    assert len(memo) < sum(len(p.requirements) for p in postings)  # the NRP and years items were checked once


def test_equal_requirements_of_one_posting_get_a_check_each():
    evidence = resume_evidence.from_text(RESUME)
    item = Requirement(kind="skill", text="Advanced airway management", skills=[])
    posting = PostingRequirements(requirements=[item, item.model_copy()])
    _, checks = coverage(posting, evidence, {})
    assert checks[0] is not checks[1] and checks[0].model_dump() == checks[1].model_dump()


def test_the_vocabularies_read_by_the_c_parser_are_the_data_the_python_parser_reads():
    for path in sorted(DATA.glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert repr(yaml_data.safe_load(text)) == repr(yaml.safe_load(text)), path.name
