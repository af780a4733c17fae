"""Session 23 (h23c): a scheme's initials alone ask its credential; a place's code is no credential's initials.

"CSCS essential", "Must hold NEBOSH", "SIA licensed", "HCPC registered", "AHPRA registered" ask the card, certificate,
licence or registration the noun form names (``data/scheme_initials.yaml``), met by a resume holding it and refused
by name to one lacking it; the initials as a topic ("NEBOSH-aligned procedures") ask nothing. "PE licence" is the
Professional Engineer's and "Chartered Accountant (CA)" no Californian; a teachers' regulator names its country.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching import credential_phrases
from careerpilot.matching.credentials import wanted_in
from careerpilot.matching.jurisdictions import licence_places, places
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import verdict
from tests.support.timing import cpu_seconds

INTRO = "We are hiring for our busy team in the city centre.\n\n## Requirements\n"
PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)


def _ids(title: str, line: str) -> list[str]:
    found = extract_requirements(title, f"{INTRO}- {line}\n").requirements
    return [i for r in found if r.kind == "certification" for i in r.credentials]


@pytest.mark.parametrize(
    ("title", "line", "credential"),
    [
        ("Groundworker", "CSCS essential", "~CSCS card"),  # UK
        ("Labourer", "Must have CSCS", "~CSCS card"),
        ("Site Labourer", "CSCS holder", "~CSCS card"),
        ("Electrician", "ECS essential", "~ECS card"),
        ("Plant Operator", "CPCS holder", "~CPCS card"),
        ("Health and Safety Advisor", "NEBOSH essential", "~NEBOSH"),
        ("Site Manager", "Must hold NEBOSH", "~NEBOSH"),
        ("HSE Officer", "NEBOSH qualified", "~NEBOSH"),
        ("Door Supervisor", "SIA licensed", "~SIA"),
        ("Security Officer", "Must be SIA licensed", "~SIA"),
        ("CCTV Operator", "SIA licence holder", "~SIA"),
        ("Paramedic", "HCPC registered", "~HCPC"),
        ("Radiographer", "Must be HCPC registered", "~HCPC"),
        ("Physiotherapist", "AHPRA registered", "~AHPRA"),  # Australia
        ("Occupational Therapist", "Must be Ahpra registered", "~Ahpra"),
        ("Staff Nurse", "NMBI registered (essential)", "~NMBI"),  # Ireland
        ("Social Worker", "CORU registered", "~CORU"),
        ("Clinical Psychologist", "HPCSA registered", "~HPCSA"),  # South Africa
        ("Primary Teacher", "GTCS registered", "~GTCS"),  # Scotland
    ],
)
def test_a_schemes_initials_alone_ask_its_credential(title: str, line: str, credential: str) -> None:
    assert credential in _ids(title, line), (line, _ids(title, line))


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Site Manager", "NEBOSH-aligned procedures"),
        ("Security Manager", "SIA compliance"),
        ("Practice Educator", "Working with HCPC standards"),
        ("Compliance Officer", "Knowledge of AHPRA guidelines"),
        ("Site Manager", "Deliver CSCS training sessions"),
        ("Contracts Manager", "Experience managing CSCS card applications for subcontractors"),
    ],
)
def test_initials_as_a_topic_ask_no_credential(title: str, line: str) -> None:
    assert not _ids(title, line), line


def test_the_noun_form_and_the_initials_ask_the_same() -> None:
    assert _ids("Labourer", "CSCS essential") == _ids("Labourer", "CSCS card essential")
    assert _ids("Door Supervisor", "SIA licensed") == _ids("Door Supervisor", "SIA licence required")


def test_a_role_after_the_holding_word_stays_the_roles_credential() -> None:
    # "HCPC registered Paramedic" is the paramedic's registration, in the UK: no second ask of a bare HCPC
    assert _ids("Paramedic", "HCPC registered Paramedic") == ["paramedic"]


@pytest.mark.parametrize(
    ("asked", "held", "met"),
    [
        ("CSCS essential", "CSCS Blue Skilled Worker Card", True),
        ("CSCS essential", "IPAF PAL Card 3a 3b", False),
        ("Must hold NEBOSH", "NEBOSH National General Certificate in Occupational Health and Safety", True),
        ("Must hold NEBOSH", "IOSH Managing Safely", False),
        ("SIA licensed", "SIA Door Supervisor Licence", True),
        ("SIA licensed", "First Aid at Work", False),
        ("HCPC registered", "HCPC Registered Paramedic", True),
        ("HCPC registered", "Registered Paramedic, AHPRA", False),
        ("AHPRA registered", "General registration - Physiotherapist (AHPRA)", True),
        ("AHPRA registered", "HCPC registered physiotherapist", False),
    ],
)
def test_the_initials_are_met_only_by_the_credential(asked: str, held: str, met: bool) -> None:
    assert (verdict(asked, [held]).credit == 1.0) is met, (asked, held)


def test_a_regulators_initials_carry_its_country() -> None:
    assert [w.jurisdictions for w in wanted_in("HCPC registered")] == [("United Kingdom",)]
    assert [w.jurisdictions for w in wanted_in("AHPRA registered")] == [("Australia",)]


# --- a place's code where it stands as a place; a credential's initials where they are one


@pytest.mark.parametrize(
    "line",
    [
        "PE licence required",  # US: the Professional Engineer
        "Active PE license in any state",
        "Licensed Professional Engineer (PE)",
        "Chartered Accountant (CA)",  # Canada, India
        "Thabo Nkosi, CA (SA)",  # South Africa
        "Jane Doe, CA, CPA",  # Canada
        "Priya Shah, CA, ACA",
        "Physician Assistant (PA)",
    ],
)
def test_a_credentials_initials_name_no_place(line: str) -> None:
    assert places(line) == (), line


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Charlottetown, PE", "Prince Edward Island"),
        ("Licensed in PE", "Prince Edward Island"),
        ("Santa Rosa, CA", "California"),
        ("Licensed in CA", "California"),
        ("RN licence, State of CA", "California"),
        ("Sacramento, CA, CPA firm", "California"),
        ("RN, TX", "Texas"),
        ("Jane Doe, CPA, CA", "California"),  # a CPA licensed in California, as "RN, TX"
        ("Dallas, TX, USA", "Texas"),
    ],
)
def test_a_code_standing_as_a_place_is_the_place(line: str, place: str) -> None:
    assert place in places(line), line


def test_a_pe_licence_is_no_prince_edward_island_licence() -> None:
    assert [w.jurisdictions for w in wanted_in("PE licence required", "Civil Engineer")] == [()]


# --- teachers' regulators name their country


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Registered with the Irish Teaching Council", "Ireland"),
        ("Teaching Council of Ireland registration", "Ireland"),
        ("Registration with the Education Workforce Council", "United Kingdom"),  # Wales
        ("GTCS registered", "Scotland"),
        ("Registered with the ACT Teacher Quality Institute", "Australian Capital Territory"),
        ("Practising certificate, Teaching Council of Aotearoa New Zealand", "New Zealand"),
        ("Member of the Ontario College of Teachers", "Ontario"),
        ("South African Council for Educators registration", "South Africa"),
    ],
)
def test_a_teachers_regulator_names_its_place(line: str, place: str) -> None:
    assert place in licence_places(line), line


def test_an_irish_teaching_council_ask_is_met_in_ireland_only() -> None:
    asked = "Irish Teaching Council registration"
    assert verdict(asked, ["Registered with the Teaching Council (Route 1)"]).credit == 1.0
    other = verdict(asked, ["Teaching Council of Aotearoa New Zealand practising certificate"])
    assert other.credit == 0.0 and "New Zealand" in other.note


@pytest.mark.parametrize("chunk", ["CSCS ", "a a ", "Must hold ", "HCPC registered ", " ", "/A/A", "SIA (", "J, CA "])
def test_the_readers_stay_linear_on_hostile_text(chunk: str) -> None:
    text = (chunk * (20_000 // len(chunk) + 1))[:20_000]
    # 1,250 "registered" leads each read a name after them: linear, 0.04 s alone and up to 0.066 s beside a
    # benchmark (as "Nurse registered " on main before this branch); the guard is against growth, so twice the text
    # may cost at most about twice
    spent = cpu_seconds(credential_phrases.find, text)
    assert spent < 0.1
    assert cpu_seconds(credential_phrases.find, text + text) < 2.6 * spent + 0.01
    assert cpu_seconds(places, text) < 0.05


# --- a police check the applicant holds is asked; one run at hire is the employer's condition


def _kinds(line: str) -> list[str]:
    return [r.kind for r in extract_requirements("Disability Support Worker", f"{INTRO}- {line}\n").requirements]


@pytest.mark.parametrize(
    "line",
    [
        "Must hold a current police check",  # Australia
        "Current National Police Check (within 6 months)",
        "Must hold a current National Police Check",
    ],
)
def test_a_police_check_already_held_is_asked(line: str) -> None:
    assert "police_check" in _ids("Disability Support Worker", line), line


@pytest.mark.parametrize(
    "line",
    [
        "Satisfactory police check",
        "Police check required",
        "Successful applicants will undergo a National Police Check",
        "Subject to a satisfactory police check",
    ],
)
def test_a_police_check_run_at_hire_is_a_condition(line: str) -> None:
    assert _kinds(line) == ["condition"], line


@pytest.mark.parametrize("line", ["Experience processing police checks", "Police check applications and records"])
def test_police_check_work_asks_no_check(line: str) -> None:
    assert "police_check" not in _ids("HR Administrator", line), line


def test_a_held_police_check_is_met_by_one_listed() -> None:
    asked = "Must hold a current police check"
    assert verdict(asked, ["National Police Check, Victoria Police (2025)"]).credit == 1.0
    assert verdict(asked, ["Working with Children Check"]).credit == 0.0


def _resume(position: str, duty: str, certificates: list[str]) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "A. Person"},
            "work": [{"position": position, "name": "Firm", "startDate": "2016-01", "highlights": [duty]}],
            "certificates": [{"name": c} for c in certificates],
        }
    )


@pytest.mark.parametrize(
    ("title", "line", "duty", "held", "lacking", "named"),
    [
        ("Groundworker", "CSCS essential", "Laid drainage and kerbs on civil sites", "CSCS Green Labourer Card",
         "Manual Handling", "CSCS"),
        ("Door Supervisor", "SIA licensed", "Managed entry and searches at a busy venue",
         "SIA Door Supervisor Licence", "First Aid at Work", "SIA"),
        ("Health and Safety Advisor", "Must hold NEBOSH", "Ran site inspections and accident investigations",
         "NEBOSH National General Certificate", "IOSH Managing Safely", "NEBOSH"),
    ],
)  # fmt: skip
def test_the_service_meets_a_holder_and_names_the_initials_to_one_lacking_them(
    service, title: str, line: str, duty: str, held: str, lacking: str, named: str
) -> None:
    posting = f"{title}\n\n## Requirements\n- {line}\n- {duty}\n"
    job = JobPosting(id="j1", source="test", title=title, description_text=posting)
    good = service.rank([job], _resume(title, duty, [held]), JobFilters(), PLAN).matches[0]
    bad = service.rank([job], _resume(title, duty, [lacking]), JobFilters(), PLAN).matches[0]
    assert good.score > bad.score
    assert not any(named in m for m in good.missing), good.missing
    assert bad.reasons[0].startswith("missing:") and named in bad.reasons[0], bad.reasons
