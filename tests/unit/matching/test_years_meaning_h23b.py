"""Years by meaning: roles about the subject in other titles, a ladder's partner rung, brackets, posts, text layouts.

Own examples from postings and resumes of several countries (India, UK, Ireland, Australia, New Zealand, Canada, US):
"N+ years of <subject>" is met by the roles whose title, summary or highlights are about the subject, overlaps
once; a lower or other role sharing the subject's words does not count.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from careerpilot.domain.matching import RequirementCheck
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years
from careerpilot.matching.meaning import role_title_line, subject_line, with_years_by_meaning
from careerpilot.matching.requirements import _clean_subject, _years, extract_requirements
from careerpilot.matching.title_parts import employer_line, names_organisation
from tests.support.timing import cpu_seconds
from tests.support.years import close_everywhere, work_evidence, years_item

TODAY = date(2025, 1, 1)


def _vectors(subject: str, cosines: dict[str, float]) -> dict[str, np.ndarray]:
    """Return unit vectors: the subject's line, and each line at its given cosine to it (on axes of their own)."""
    size = len(cosines) + 1
    found = {subject_line(subject): np.eye(size, dtype=np.float32)[0]}
    for axis, (line, cosine) in enumerate(cosines.items(), start=1):
        found[line] = np.eye(size, dtype=np.float32)[0] * cosine + np.eye(size, dtype=np.float32)[axis] * np.sqrt(
            1 - cosine**2
        )
    return found


def _by_meaning(item: str, work: list[dict[str, object]], cosines: dict[str, float]) -> RequirementCheck:
    """Return the years check of ``item`` read by words, then again by the given cosines of the roles' lines."""
    evidence = work_evidence(work)
    req = years_item(item)
    first = check_years(req, evidence)
    return with_years_by_meaning([first], evidence, _vectors(req.subject, cosines))[0]


_CONTRACTS_MANAGER = {
    "position": "Contracts Manager",
    "name": "Hollis Civils Ltd",
    "startDate": "2021-01",
    "highlights": ["Ran the NEC4 contracts for two rail packages"],
}


def _earlier(title: str, line: str) -> dict[str, object]:
    """Return a role held 2017-2020 titled ``title`` with one highlight."""
    return {"position": title, "name": "Northgate Rail JV", "startDate": "2017-01", "endDate": "2020-12"} | {
        "highlights": [line]
    }


# --- 1. roles titled otherwise whose lines are about the subject --------------------------------------------------


def test_a_role_titled_by_the_field_whose_lines_do_the_work_counts_clearly() -> None:
    # UK: "Senior Engineer - Contracts" managing NEC4 compensation events is contracts management in other words;
    # its line names the employer, which blurs its meaning (0.34), its title alone does not (0.52)
    earlier = _earlier("Senior Engineer - Contracts", "Managed NEC4 compensation events and early warnings")
    cosines = {
        "Contracts Manager at Hollis Civils Ltd": 0.62,
        "Ran the NEC4 contracts for two rail packages": 0.45,
        "Senior Engineer - Contracts at Northgate Rail JV": 0.34,
        "Managed NEC4 compensation events and early warnings": 0.24,
        "Senior Engineer - Contracts": 0.52,
    }
    check = _by_meaning("Minimum 6 years in contracts management", [_CONTRACTS_MANAGER, earlier], cosines)
    assert check.years_basis == "clear" and check.years_held == 8.1 and check.credit == 1.0
    # without the title's own meaning the earlier role was not read: 4 of 6 years
    del cosines["Senior Engineer - Contracts"]
    check = _by_meaning("Minimum 6 years in contracts management", [_CONTRACTS_MANAGER, earlier], cosines)
    assert check.years_held == 4.1 and check.credit < 1.0


@pytest.mark.parametrize(
    ("title", "line", "title_cosine"),
    [
        # Australia: an administrator filing contracts shares the field's word, not the managing
        ("Contracts Administrator", "Filed signed contracts and kept the contract register up to date", 0.68),
        # Ireland: a junior clerk's role shares the words and is close by meaning, but does no managing
        ("Junior Contracts Clerk", "Scanned and filed contract documents for the commercial team", 0.59),
    ],
)
def test_a_role_sharing_the_fields_words_without_its_work_does_not_count_clearly(
    title: str, line: str, title_cosine: float
) -> None:
    cosines = {
        "Contracts Manager at Hollis Civils Ltd": 0.62,
        "Ran the NEC4 contracts for two rail packages": 0.45,
        f"{title} at Northgate Rail JV": 0.45,
        line: 0.33,
        title: title_cosine,
    }
    check = _by_meaning("Minimum 6 years in contracts management", [_CONTRACTS_MANAGER, _earlier(title, line)], cosines)
    assert check.years_held == 4.1  # the clear years are the manager's only
    assert check.credit < 1.0


def test_the_titles_own_line_is_embedded_only_where_the_line_says_more() -> None:
    evidence = work_evidence([_CONTRACTS_MANAGER, {"position": "Quantity Surveyor", "startDate": "2015-01"}])
    assert role_title_line(evidence.roles[0]) == "Contracts Manager"
    assert role_title_line(evidence.roles[1]) == ""  # no employer named: the line is the title


# --- 2. a business partner is the rung above a generalist ---------------------------------------------------------


def _hr(*roles: tuple[str, str, str]) -> resume_evidence.ResumeEvidence:
    """Return the evidence of dated HR roles (title, start, end)."""
    return work_evidence(
        [{"position": p, "name": "Infosys BPM", "startDate": s, "endDate": e, "highlights": []} for p, s, e in roles]
    )


@pytest.mark.parametrize(
    "item",
    [
        "at least 4 years as an HRBP partnering a business unit of 500+ employees",  # India
        "4+ years' experience as an HR Business Partner",  # US, Canada
        "Minimum 4 years as a People Partner",  # UK, Australia
    ],
)
def test_generalist_years_are_no_business_partner_years(item: str) -> None:
    generalist = _hr(("HR Generalist", "2014-06", "2021-12"), ("HR Business Partner", "2022-01", "2024-12"))
    check = check_years(years_item(item), generalist)
    assert check.years_held == 3.0 and check.credit < 1.0
    # partnering roles, and a manager's above them, count
    partner = _hr(("People Partner", "2019-01", "2021-12"), ("HR Manager", "2022-01", "2024-12"))
    assert check_years(years_item(item), partner).credit == 1.0


def test_business_partner_years_still_meet_generalist_and_hr_years() -> None:
    partner = _hr(("HR Business Partner", "2019-01", "2024-12"))
    assert check_years(years_item("3+ years as an HR generalist"), partner).credit == 1.0
    assert check_years(years_item("5 years of HR experience"), partner).credit == 1.0
    # a coordinator stays below both
    coordinator = _hr(("HR Coordinator", "2015-01", "2024-12"))
    assert check_years(years_item("3+ years as an HR generalist"), coordinator).credit < 1.0


# --- 3. a bracket's own "preferred" lowers its years ---------------------------------------------------------------


def _years_asked(item: str) -> list[tuple[float | None, str, str]]:
    """Return (years, subject, importance) of each experience item a requirements bullet yields."""
    found = extract_requirements("Nurse", "We are hiring.\n\nRequirements:\n- " + item + "\n- Good judgement\n")
    return [(r.years, r.subject, r.importance) for r in found.requirements if r.kind == "experience"]


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("5+ years nursing (3+ years ICU preferred)", [(5.0, "nursing", "required"), (3.0, "ICU", "preferred")]),
        (  # UK
            "Minimum 3 years of warehouse experience (1 year forklift desirable)",
            [(3.0, "warehouse", "required"), (1.0, "forklift", "preferred")],
        ),
        (  # Australia
            "4 years as a paralegal (2 years in litigation an advantage)",
            [(4.0, "paralegal", "required"), (2.0, "litigation", "preferred")],
        ),
        # a bracket asking its years as required stays so, and the item's own cue still holds
        ("5 years of nursing (3 years ICU required)", [(5.0, "nursing", "required"), (3.0, "ICU", "required")]),
        ("Experience in policy (3+ years preferred)", [(3.0, "policy", "preferred")]),
    ],
)
def test_a_brackets_preferred_years_are_preferred(item: str, asked: list[tuple[float, str, str]]) -> None:
    assert _years_asked(item) == asked


def test_a_cue_ending_the_clause_is_no_word_of_the_subject() -> None:
    assert _years("2 years ICU essential") == (2.0, "ICU")
    assert _years("3 years in essential services") == (3.0, "essential services")  # a field, not a cue


def test_the_cue_words_stay_fast_on_hostile_text() -> None:
    for chunk in ("desirable ", "an advantage ", "a a ", "/A/A", "ESSENTIAL", " "):
        text = chunk * (20_000 // len(chunk))
        assert cpu_seconds(lambda t=text: _clean_subject(t)) < 0.05


# --- 4. an organisation's post named by a generic field ------------------------------------------------------------


def _post(title: str, highlights: list[str]) -> resume_evidence.ResumeEvidence:
    """Return the evidence of one role titled ``title``, held since 2018."""
    return work_evidence([{"position": title, "name": "Northshire", "startDate": "2018-01", "highlights": highlights}])


def test_a_police_community_services_officer_is_no_community_services_years() -> None:
    # New Zealand, UK: a police force's Community Services Officer patrols; the field is social and community care
    item = years_item("3+ years in community services")
    police = _post("Community Services Officer, Police", ["Patrolled the town centre and issued parking citations"])
    assert check_years(item, police).years_basis == "none"
    assert check_years(item, police, close_everywhere(police)).years_basis == "close"
    # Australia: the same words with lines doing the work count clearly
    worker = _post("Community Services Worker, Uniting", ["Supported NDIS participants with community access"])
    assert check_years(item, worker).years_basis == "clear"
    # a title naming no organisation keeps its words (nothing says it is another body's post)
    assert check_years(item, _post("Community Services Officer", ["Ran drop-in sessions"])).years_basis == "clear"


def test_a_specific_subject_is_read_from_the_title_as_before() -> None:
    # Canada: "payroll" names no generic field, so the title's words count whatever its organisation
    item = years_item("3 years of payroll")
    role = _post("Payroll Officer, City of Edmonton", ["Keyed 400 timesheets a week"])
    assert check_years(item, role).years_basis == "clear"


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Community Services Officer, Police", True),
        ("Customer Service Officer, Services Australia Department", True),
        ("Vice President, Wealth Management", False),
        ("Nurse", False),
    ],
)
def test_a_title_naming_its_organisation_after_a_comma(title: str, named: bool) -> None:
    assert names_organisation(title) is named


# --- 5. a text resume's title above its employer's line ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # UK: title, employer and town, dates, each on its own line
        "EXPERIENCE\nNurse\nKerr Solicitors, Leeds\nJan 2018 - Present\n- Ran the occupational health clinic\n",
        # Ireland: the employer's line carries the dates
        "EXPERIENCE\nNurse\nSt Vincent's Hospital, Dublin   Jan 2018 - Present\n- Ward nursing on a surgical unit\n",
    ],
)
def test_a_title_above_the_employers_line_is_the_roles(text: str) -> None:
    evidence = resume_evidence.from_text(text, TODAY)
    assert [r.title for r in evidence.roles] == ["Nurse"]
    assert check_years(years_item("3 years of nursing experience"), evidence).credit == 1.0
    assert check_years(years_item("2 years as a solicitor"), evidence).credit < 1.0


def test_a_last_roles_line_above_an_employer_is_not_the_next_title() -> None:
    text = (
        "EXPERIENCE\nReceptionist\nKerr Solicitors, Leeds\nMar 2015 - Dec 2017\n- Booked client meetings\n"
        "Acme Pty Ltd, Perth\nJan 2018 - Present\n- Ran the front desk\n"
    )
    titles = [r.title for r in resume_evidence.from_text(text, TODAY).roles]
    assert titles[0] == "Receptionist" and titles[1] != "Booked client meetings"


def test_an_employers_line_names_no_title() -> None:
    assert employer_line("Kerr Solicitors, Leeds") and employer_line("St Vincent's Hospital, Dublin")
    assert not employer_line("Nurse, Kerr Solicitors") and not employer_line("Nurse") and not employer_line("")
