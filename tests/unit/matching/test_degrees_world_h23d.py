"""Degrees and accreditation levels as the world writes them (session 23, `h23d`).

A degree item that accepts experience instead is met by the years; national degree names and qualifications
frameworks' levels are read at their level (data/degrees.yaml); the Law Society's immigration accreditation and
the OISC's adviser levels are ladders (data/credentials.yaml).
"""

from __future__ import annotations

import pytest

from careerpilot.matching import coverage as cov
from careerpilot.matching import credentials, degrees
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.degrees import DEGREE_RANK, degree_level
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY, assert_met, graded_verdict
from tests.support.timing import cpu_seconds

_INTRO = "We are a family business serving the region for thirty years.\n\n"
_YEARS_NO_DEGREE = "Experience\nOperations Analyst, Acme Ltd (2016 - 2024)\n- Built reports\n- Ran the month-end\n"
_ONE_YEAR_NO_DEGREE = "Experience\nOperations Analyst, Acme Ltd (2023 - 2024)\n- Built reports\n"
_DEGREE_ONE_YEAR = _ONE_YEAR_NO_DEGREE + "Education\nBachelor of Commerce, University of Auckland, 2022\n"


def _degree_checks(item: str, resume: str, title: str = "Operations Analyst") -> list[tuple[str, str]]:
    """Return (kind, status) of the item's degree and years checks against a resume."""
    found = extract_requirements(title, _INTRO + "Requirements:\n- " + item + "\n- Strong Excel skills\n")
    checks = coverage(found, resume_evidence.from_text(resume, TODAY))[1]
    return [
        (c.requirement.kind, c.status)
        for c in checks
        if c.requirement.kind in ("degree", "experience") and c.requirement.text == item
    ]


def _degree_asked(item: str) -> str:
    """Return the level the item's degree requirement asks ('' when it asks none)."""
    found = extract_requirements("Associate", _INTRO + "Requirements:\n- " + item + "\n- Strong Excel skills\n")
    asked = [r for r in found.requirements if r.kind == "degree" and r.text == item]
    return asked[0].subject.split(" in ")[0] if asked else ""


# --- a degree or the experience offered instead of it


EXPERIENCE_INSTEAD = (
    "Bachelor's degree or equivalent experience",  # US
    "University degree, or an equivalent combination of education and experience",  # Canada
    "Degree or equivalent work experience in operations",  # UK
    "Bachelor's degree in a related field, or 4 years' relevant experience in lieu of a degree",  # Australia
    "B.Tech or equivalent practical experience",  # India
    "Degree, or equivalent combination of education, training and experience",  # New Zealand
)


@pytest.mark.parametrize("item", EXPERIENCE_INSTEAD)
def test_the_years_offered_instead_of_a_degree_meet_it(item: str) -> None:
    checks = _degree_checks(item, _YEARS_NO_DEGREE)
    assert ("degree", "met") in checks
    assert all(status == "met" for _, status in checks), checks


@pytest.mark.parametrize("item", EXPERIENCE_INSTEAD)
def test_neither_the_degree_nor_the_years_does_not_meet_it(item: str) -> None:
    assert ("degree", "missing") in _degree_checks(item, _ONE_YEAR_NO_DEGREE)


@pytest.mark.parametrize("item", EXPERIENCE_INSTEAD)
def test_the_degree_meets_the_item_without_the_years(item: str) -> None:
    checks = _degree_checks(item, _DEGREE_ONE_YEAR)
    assert checks and all(status == "met" for _, status in checks), checks


def test_the_years_a_degree_stands_for_follow_its_level_or_the_item() -> None:
    # no number: the degree's own length in years of work; a number written with the offer is the offer
    assert cov._experience_instead("Bachelor's degree or equivalent experience", DEGREE_RANK["bachelor"]) == 4
    assert cov._experience_instead("Master's degree or equivalent experience", DEGREE_RANK["master"]) == 6
    item = "Associate degree or 3 years of equivalent experience in lieu of a degree"
    assert cov._experience_instead(item, DEGREE_RANK["associate"]) == 3
    # a doctorate is never made up by years
    assert cov._experience_instead("PhD or equivalent experience", DEGREE_RANK["phd"]) is None


def test_an_equivalent_that_is_no_experience_asks_the_degree() -> None:
    # South Africa and Ireland: an equivalent qualification, or experience asked beside the degree
    assert ("degree", "missing") in _degree_checks("BCom degree or equivalent qualification", _YEARS_NO_DEGREE)
    assert ("degree", "missing") in _degree_checks("Level 8 honours degree and relevant experience", _YEARS_NO_DEGREE)


def test_five_years_do_not_stand_in_for_a_masters() -> None:
    resume = "Experience\nPolicy Officer, Department of Health (2020 - 2024)\n- Briefings\n"
    assert ("degree", "missing") in _degree_checks("Master's degree or equivalent experience", resume)


# --- degrees written in other languages and national forms


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("LL.M. Notarieel Recht, Radboud Universiteit Nijmegen", "master"),
        ("Meester in de rechten (mr.), Universiteit Utrecht", "master"),
        ("drs. Economie, Universiteit van Amsterdam", "master"),
        ("ir. Civiele Techniek, TU Delft", "master"),
        ("hbo-opleiding Bedrijfskunde, Hogeschool Utrecht", "bachelor"),
        ("Diplom-Ingenieur Maschinenbau, TU München", "master"),
        ("Dipl.-Ing. (FH) Elektrotechnik, Hochschule Esslingen", "bachelor"),
        ("Magister Artium, Universität Wien", "master"),
        ("Zweites Staatsexamen (Jura), 2015", "master"),
        ("Licence en droit, Université Lyon 3, 2017", "bachelor"),
        ("Master 2 Droit des affaires, Université Paris 1", "master"),
        ("Diplôme d'ingénieur, INSA Lyon", "master"),
        ("Licenciatura en Administración de Empresas, UNAM", "bachelor"),
        ("Máster Universitario en Abogacía, Universidad de Salamanca", "master"),
        ("Laurea magistrale in Ingegneria Civile, Politecnico di Milano", "master"),
        ("M.Com, University of Delhi, 2016", "master"),
        ("MCA, Anna University", "master"),
        ("MBBS, AIIMS New Delhi", "bachelor"),
        ("Honours in Psychology, University of Cape Town", "bachelor"),
        ("BCom Honours (NQF 8), University of Pretoria", "bachelor"),
        ("Higher Diploma in Science in Computing (NFQ Level 8)", "bachelor"),
        ("Level 9 on the National Framework of Qualifications, UCD", "master"),
        ("Professional qualification at RQF Level 7", "master"),
        ("Postgraduate study, SCQF level 11", "master"),
    ],
)
def test_a_national_degree_is_read_at_its_level(line: str, level: str) -> None:
    assert degree_level(line) == DEGREE_RANK[level], line


@pytest.mark.parametrize(
    "line",
    [
        "CA Inter (ICAI), cleared 2019",  # India: an intermediate exam of the CA course, no degree
        "Full UK driving licence",
        "Driving Licence (full, clean)",
        "Licence de conduire B",
        "Mr. Jansen, Managing Partner",
        "Experience with LLM, RAG and vector search",
        "Built LLM integrations for support tickets",
        "Promotion in 2019 to team lead",
        "Graduated with honours in 2015",
        "NVQ Level 3 in Health and Social Care",
        "Level 5 Diploma in Leadership (RQF)",
        "HBO Max and Netflix launches",
    ],
)
def test_a_line_only_like_a_national_degree_names_none(line: str) -> None:
    assert degree_level(line) == 0, line


@pytest.mark.parametrize(
    ("item", "level"),
    [
        ("Licenciatura en Derecho o equivalente", "bachelor"),  # Spain / Mexico
        ("Afgeronde WO-master Notarieel Recht", "master"),  # the Netherlands
        ("Level 8 NFQ qualification in Accounting", "bachelor"),  # Ireland
        ("NQF 7 Degree in Civil Engineering", "bachelor"),  # South Africa
        ("Diplom-Ingenieur oder Master in Maschinenbau", "master"),  # Germany
        ("Licence professionnelle en logistique", "bachelor"),  # France
    ],
)
def test_a_posting_asks_a_national_degree_at_its_level(item: str, level: str) -> None:
    assert _degree_asked(item) == level


@pytest.mark.parametrize("item", ["Valid driving licence", "Experience with HBO and Netflix", "CA Inter cleared"])
def test_a_posting_line_like_a_national_degree_asks_none(item: str) -> None:
    assert _degree_asked(item) == ""


def test_a_dutch_masters_meets_the_notarial_masters_asked() -> None:
    item = "A Master's degree in Notarial Law (master notarieel recht) from a Dutch university"
    work = "Experience\nNotarial Associate, Hofstede Notarissen (2021 - 2024)\n- Deeds\n"
    held = work + "Education\nLL.M. Notarieel Recht, Radboud Universiteit Nijmegen, 2021\n"
    assert _degree_checks(item, held, "Kandidaat-notaris") == [("degree", "met")]
    bachelor = work + "Education\nBachelor Rechtsgeleerdheid, Radboud Universiteit Nijmegen, 2020\n"
    assert _degree_checks(item, bachelor, "Kandidaat-notaris") == [("degree", "partial")]


# --- accreditation schemes' levels


def _below(asked: str, held: str) -> None:
    """Assert that a held line names a stage of the ladder below the one asked, which does not meet it."""
    found = graded_verdict(asked, [held])
    assert found.credit == 0.0, (asked, held)
    assert "does not meet" in found.note, (asked, held, found.note)


SENIOR = (
    "Accreditation under the Law Society's Immigration and Asylum Accreditation Scheme as a Senior Caseworker "
    "(formerly Level 2)"
)


def test_the_immigration_accreditation_is_a_ladder() -> None:
    _below(SENIOR, "Immigration and Asylum Accreditation - Casework Assistant (formerly Level 1)")
    _below(SENIOR, "IAAS Level 1")
    assert_met(SENIOR, "Immigration and Asylum Accreditation - Senior Caseworker")
    assert_met(SENIOR, "Immigration and Asylum Accreditation: Advanced Caseworker")
    assert_met(SENIOR, "IAAS Level 2, The Law Society, 2023")
    supervisor = "IAAS Supervisor (Level 3) accreditation essential"
    _below(supervisor, "Senior Caseworker (IAAS), The Law Society")
    assert_met(supervisor, "Immigration and Asylum Accreditation: Supervising Senior Caseworker")


def test_a_caseworkers_job_title_is_no_accreditation() -> None:
    vocab = credentials.vocabulary()
    assert vocab.find("Senior Caseworker, Shelter (2019 - 2023)") == []
    assert vocab.find("Experience as a senior caseworker in housing") == []
    assert vocab.find("Team Supervisor (Level 3 Diploma in Care)") == []


def test_the_oisc_levels_are_a_ladder() -> None:
    asked = "OISC Level 2 registered adviser (or able to register within 3 months)"
    _below(asked, "OISC Level 1 adviser, registered 2022")
    assert_met(asked, "Registered with the OISC at Level 3")
    assert_met(asked, "OISC Level 2")


# --- hostile input


def test_the_new_readings_are_fast_on_hostile_input() -> None:
    hostile = [
        " " * 20000,
        "NFQ" + " " * 20000 + "x",
        "Level" + " " * 20000 + "x",
        "Licence" + " " * 20000 + "x",
        "IAAS" + " " * 20000 + "senior caseworker",
        "a a " * 5000,
        "/A/A" * 5000,
        "NFQ level " * 2000,
        "Level 8 " * 2500,
        "Licence en " * 1800,
        "Dipl.-Ing. " * 1800,
        "or equivalent " * 1400,
        "combination of education and " * 700,
        "experience in lieu of " * 900,
        "IAAS " * 4000,
        "immigration and asylum accreditation " * 500,
        "SENIOR CASEWORKER " * 1100,
        "OISC level " * 1800,
    ]
    for text in (t[:20000] for t in hostile):
        assert cpu_seconds(degree_level, text) < 0.05
        assert cpu_seconds(lambda t=text: [p.search(t) for p in (degrees.DEGREES[1][1],)]) < 0.05
        assert cpu_seconds(lambda t=text: cov._EXPERIENCE_INSTEAD.search(t)) < 0.05
        assert cpu_seconds(lambda t=text: credentials.vocabulary().find(t)) < 0.5  # ~300 patterns, each < 0.05
