"""Review of h23d (session 23, `r23d`): words only like a national degree, and years offered instead of a degree.

Initials other fields own (the US DEA registration, the UK's MCA, the Building Code of Australia, an LLM in
software), a licence of a trade or a Quebec contractor, doctors in the plural, framework-levelled certificates and
awards are no degree; an item asking a degree and years beside it does not offer one for the other; the common
ways postings offer years instead of a degree are read.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import coverage as cov
from careerpilot.matching import degrees
from careerpilot.matching.degrees import DEGREE_RANK, degree_level
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds
from tests.unit.matching.test_degrees_world_h23d import (
    _DEGREE_ONE_YEAR,
    _ONE_YEAR_NO_DEGREE,
    _YEARS_NO_DEGREE,
    _degree_asked,
    _degree_checks,
)


@pytest.mark.parametrize(
    "line",
    [
        "Active DEA registration and state controlled substance licence",  # US pharmacy, medicine
        "DEA license (Schedule II-V)",  # US
        "MCA (Motor Carrier Act) compliance for the fleet",  # US trucking
        "MCA-approved STCW Basic Safety Training",  # UK maritime
        "MCA Officer of the Watch certificate of competency",  # UK, IE
        "Sound knowledge of the BCA and Australian Standards",  # Australia: the Building Code
        "BCA Green Mark Manager certification",  # Singapore's Building and Construction Authority
        "Shipped an LLM (GPT-4) support assistant",  # software
        "Experience deploying LLM in production",  # software
        "Security Licence, 2018",  # Australia, NZ: a crowd controller's licence
        "Gas Safe Licence - 2021",  # UK
        "Licence d'entrepreneur de la RBQ",  # Quebec: a contractor's licence
        "Licence de la RBQ (sous-catégorie 15.5)",  # Quebec
        "Work closely with Drs. Patel and Shah in the clinic",  # US: doctors in the plural
        "QQI Level 7 Certificate in Supervisory Management",  # Ireland: a minor award, no degree
        "QQI Level 8 Special Purpose Award in Procurement",  # Ireland
        "SCQF Level 10 Professional Development Award",  # Scotland
        "NEBOSH National Diploma (RQF Level 6)",  # UK: a diploma at level 6, no bachelor's
        "Level 7 NFQ certificate in Training and Development",  # Ireland
    ],
)
def test_a_line_only_like_a_national_degree_names_none(line: str) -> None:
    assert degree_level(line) == 0, line


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("MCA (Master of Computer Applications), IGNOU, 2014", "master"),  # India
        ("BCA from Bangalore University, 2012", "bachelor"),  # India
        ("B.Sc/MCA with 3 years of experience", "master"),  # India: a posting's list of degrees
        ("LL.M. in Tax Law, University of Cape Town", "master"),  # South Africa
        ("LLM in International Law, Trinity College Dublin", "master"),  # Ireland
        ("Licence en droit, Université Laval", "bachelor"),  # Quebec
        ("Licence d'économie, Université Paris-Dauphine", "bachelor"),  # France
        ("Higher Diploma in Science in Computing (NFQ Level 8)", "bachelor"),  # Ireland: a major award
        ("NFQ Level 8 Honours Degree in Nursing", "bachelor"),  # Ireland
        ("AQF Level 9 Master of Project Management", "master"),  # Australia
    ],
)
def test_a_national_degree_beside_such_words_is_still_read(line: str, level: str) -> None:
    assert degree_level(line) == DEGREE_RANK[level], line


def test_a_posting_asking_a_dea_registration_asks_no_masters() -> None:
    assert _degree_asked("Current DEA registration required") == ""


def test_years_asked_beside_a_degree_are_not_met_by_the_degree() -> None:
    # a bullet without its comma: the "or" joins two fields, the years are asked as well (US, IN)
    item = "Bachelor's degree in Computer Science or Engineering 5+ years of experience in operations"
    assert ("experience", "missing") in _degree_checks(item, _DEGREE_ONE_YEAR)


@pytest.mark.parametrize(
    "item",
    [
        "Relevant tertiary qualification or demonstrated equivalent experience",  # Australia, NZ
        "Bachelor's degree or equivalent military experience",  # US
        "Bachelor's degree; relevant experience may be considered in lieu of a degree",  # Canada
        "Bachelor's degree; experience may be substituted for the degree on a year-for-year basis",  # US
        "Bachelor's degree or an acceptable combination of education and experience",  # US state jobs
        "Degree or equivalent years of experience in finance",  # UK, IE
    ],
)
def test_more_ways_of_offering_years_instead_of_a_degree_are_read(item: str) -> None:
    checks = _degree_checks(item, _YEARS_NO_DEGREE)
    assert ("degree", "met") in checks, checks
    assert ("degree", "missing") in _degree_checks(item, _ONE_YEAR_NO_DEGREE)


def test_years_asked_with_a_degree_are_not_offered_instead() -> None:
    # "experience may be required" or experience beside the degree offers nothing instead (US, ZA)
    for item in ("Bachelor's degree; experience in payroll may be required", "Degree and equivalent experience"):
        assert cov._experience_instead(item, DEGREE_RANK["bachelor"]) is None, item


def test_the_mended_readings_are_fast_on_hostile_input() -> None:
    hostile = [
        "MCA " * 5000,
        "MCA, " * 4000,
        "B.Sc/" * 4000,
        "DEA " * 5000,
        "Licence d'" * 2000,
        "QQI Level 7 " * 1700,
        "Diploma (RQF Level 6) " * 900,
        "NFQ Level 8 a a a " * 1100,
        "or demonstrated " * 1250,
        "experience may be " * 1150,
        "or an acceptable combination of " * 600,
        "LLM in " * 2800,
        " " * 20000,
        "a a " * 5000,
        "/A/A" * 5000,
    ]
    for text in (t[:20000] for t in hostile):
        assert cpu_seconds(degree_level, text) < 0.05, text[:30]
        assert cpu_seconds(lambda t=text: [p.search(t) for _, p in degrees.DEGREES]) < 0.05, text[:30]
        assert cpu_seconds(lambda t=text: cov._EXPERIENCE_INSTEAD.search(t)) < 0.05, text[:30]


def test_a_dutch_title_before_a_name_is_someone_elses_and_asks_no_degree():
    posting = "Requirements:\n- You will report to mr. Jones, the senior partner\n- Contact ir. Bakker for questions\n"
    assert not [r for r in extract_requirements("Legal Secretary", posting).requirements if r.kind == "degree"]
    assert degree_level("mr. drs. J. de Vries, notaris") == 0
    assert degree_level("Meester in de rechten (mr.), Universiteit Leiden") == 4
    assert degree_level("Degree: ir., TU Delft") == 4
