"""Session 22 (h22h): an item that is only a credential's initials or name, with or without a cue, asks it.

"ACCA qualified", "Must hold ACCA", "CIMA", "CMA required", "CA qualified", "RGN essential" name the professional
bodies' memberships by initials alone; each is the vocabulary credential, across occupations and countries, and the
matching service meets it from a resume holding it and refuses one lacking it by name. Initials of something else
in context stay what they are: "San Diego, CA" is California, "ACCA student" and "CA Inter" are stages, "FCA" the
UK regulator, "ACA compliance" the US Affordable Care Act.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching import credentials
from careerpilot.matching.requirements import extract_requirements
from tests.support.timing import cpu_seconds

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)
INTRO = "We are hiring for our busy team in the city centre.\n\n## Requirements\n"


def _asks(title: str, line: str) -> list[tuple[str, str]]:
    found = extract_requirements(title, f"{INTRO}- {line}\n").requirements
    return [(r.kind, r.importance) for r in found]


def _ids(line: str, title: str) -> set[str]:
    return {i for w in credentials.wanted_in(line, title) for i in w.ids}


@pytest.mark.parametrize(
    ("title", "line", "credential"),
    [
        ("Accountant", "CMA required", "cma_ima"),
        ("Management Accountant", "ACCA (UK) required", "acca"),
        ("Financial Accountant", "ACCA qualified", "acca"),
        ("Finance Manager", "Must hold ACCA", "acca"),
        ("Accountant", "ACCA", "acca"),
        ("Accountant", "ACCA member", "acca"),
        ("Accountant", "ACCA essential", "acca"),
        ("Financial Controller", "FCCA", "acca"),
        ("Management Accountant", "CIMA qualified", "cima"),
        ("Management Accountant", "CIMA designation", "cima"),
        ("FP&A Analyst", "CIMA", "cima"),
        ("Finance Business Partner", "FCMA essential", "cima"),
        ("Financial Accountant", "CA qualified", "chartered_accountant"),
        ("Audit Manager", "Qualified CA (SA) essential", "chartered_accountant"),
        ("Senior Accountant", "CA (ICAI) qualified", "chartered_accountant"),
        ("Tax Senior", "Newly qualified ACA", "chartered_accountant"),
        ("Audit Senior", "Chartered Accountant (ICAEW) required", "chartered_accountant"),
        ("Financial Accountant", "Must be a CA or CPA", "chartered_accountant"),
        ("Accountant", "CPA required", "cpa"),
        ("Investment Analyst", "CFA", "cfa_charter"),
        ("Staff Nurse", "RGN", "rn"),
        ("Staff Nurse", "RGN essential", "rn"),
        ("Ward Nurse", "Registered General Nurse (NMC)", "rn"),
        ("Charge Nurse", "RN required", "rn"),
        ("Project Manager", "PMP", "pmp"),
    ],
)
def test_initials_alone_or_with_a_cue_ask_the_credential(title: str, line: str, credential: str) -> None:
    assert ("certification", "required") in _asks(title, line), line
    assert credential in _ids(line, title), line


def test_preferred_initials_are_a_preferred_ask() -> None:
    assert _asks("Accountant", "ACCA preferred") == [("certification", "preferred")]
    assert _asks("Management Accountant", "CIMA desirable") == [("certification", "preferred")]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Accountant", "Based in San Diego, CA"),
        ("Accountant", "Office in Sacramento CA"),
        ("Staff Accountant", "Located in Los Angeles, CA 90012"),
        ("Accountant", "ACCA student"),
        ("Accountant", "CIMA student or part-qualified"),
        ("Accountant", "CA Inter cleared"),
        ("Accountant", "FCA regulated firm experience"),
        ("Benefits Accountant", "ACA compliance reporting experience"),
        ("Nurse", "PRN shifts available"),
        ("Trainee Accountant", "Studying towards ACCA"),
        ("Trainee Accountant", "Trainee ACA on our ICAEW training programme"),
        ("Graduate Accountant", "CIMA route with study support"),
        ("Cabler", "Current ACMA Open cabling registration"),
        ("Nurse", "Working in a learning environment"),
    ],
)
def test_initials_of_something_else_ask_no_credential(title: str, line: str) -> None:
    assert not _ids(line, title) & {"chartered_accountant", "acca", "cima", "rn"}, line


def _resume(position: str, certificates: list[str]) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "A. Person"},
            "work": [
                {
                    "position": position,
                    "name": "Firm",
                    "startDate": "2016-01",
                    "highlights": ["Prepared month-end accounts, reconciliations and management reports"],
                }
            ],
            "certificates": [{"name": c} for c in certificates],
        }
    )


@pytest.mark.parametrize(
    ("title", "line", "held", "lacking", "named"),
    [
        ("Management Accountant", "ACCA qualified", "ACCA (Chartered Certified Accountant)", "AAT Level 4", "ACCA"),
        ("Management Accountant", "CIMA qualified", "CIMA, Chartered Management Accountant", "AAT Level 4", "CIMA"),
        ("Financial Accountant", "CA qualified", "Chartered Accountant (ICAEW)", "AAT Level 4", "Chartered Accountant"),
        (
            "Cost Accountant",
            "CMA required",
            "Certified Management Accountant (CMA)",
            "QuickBooks",
            "Management Accountant",
        ),
    ],
)
def test_the_service_meets_a_holder_and_refuses_one_lacking_it_by_name(
    service, title: str, line: str, held: str, lacking: str, named: str
) -> None:
    posting = f"{title}\n\n## Requirements\n- {line}\n- Month-end accounts and reconciliations\n"
    job = JobPosting(id="j1", source="test", title=title, description_text=posting)
    good = service.rank([job], _resume(title, [held]), JobFilters(), PLAN).matches[0]
    bad = service.rank([job], _resume(title, [lacking]), JobFilters(), PLAN).matches[0]
    assert good.score > bad.score
    assert not any(named in m for m in good.missing), good.missing
    assert any(named in m for m in bad.missing), bad.missing
    assert bad.reasons[0].startswith("missing:") and named in bad.reasons[0], bad.reasons


@pytest.mark.parametrize("credential", ["acca", "cima", "chartered_accountant", "rn", "cma_ima"])
@pytest.mark.parametrize("chunk", ["CA ", "ACCA ", "a a ", ", CA ", "qualified ", " ", "or CA (", "CIMA student ", "x"])
def test_the_initials_read_fast_on_hostile_text(credential: str, chunk: str) -> None:
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    pattern = credentials.vocabulary().patterns[credential]
    assert cpu_seconds(lambda: list(pattern.finditer(text))) < 0.05
