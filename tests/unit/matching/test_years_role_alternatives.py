"""Years asked as a role: alternatives sharing one worker noun, a setting after them, and titles naming another
worker or another field of a generic worker (session 19, h19c). Own wording throughout."""

from __future__ import annotations

import pytest

from careerpilot.matching.coverage import another_worker, check_years, sibling_title
from careerpilot.matching.requirements import _years
from tests.support.years import close_everywhere, work_evidence, years_item


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # two kinds of one worker before a setting: each keeps the noun
        ("Minimum 4 years as a retail or commercial banker in a regional bank", "retail banker or commercial banker"),
        ("6+ years as a line or crew supervisor on utility projects", "line supervisor or crew supervisor"),
        # two titles, then where the work was done: either title, the setting left to the place reading
        (
            "3 years' experience as Head Sommelier or Assistant Head Sommelier in a fine-dining restaurant",
            "Head Sommelier or Assistant Head Sommelier",
        ),
        # unchanged: no setting after them
        ("5 years' experience as a qualified wall and floor tiler (post-apprenticeship)", "wall tiler or floor tiler"),
    ],
)
def test_alternatives_before_a_setting_are_read_whole(item: str, subject: str) -> None:
    assert _years(item) == (_years(item)[0], subject)  # type: ignore[index]


def test_a_title_holding_the_worker_as_its_field_is_another_workers() -> None:
    assert another_worker("commercial banker", "Banking Operations Officer")
    assert another_worker("head sommelier", "Sommelier Programme Manager")
    assert not another_worker("commercial banker", "Senior Commercial Banker II")
    assert not another_worker("commercial banker", "Commercial Banker, Mid-Market")
    assert not another_worker("sommelier", "Sommelier of the Year Finalist")  # "of ...": still the sommelier's title
    assert not another_worker("wine service", "Wine Service Manager")  # work, no worker: not read


def test_a_generic_worker_with_another_field_before_it_is_a_sibling() -> None:
    assert sibling_title("orthopaedic technician", "Radiography Technician")
    assert sibling_title("orthopaedic technician", "Pathology Technician")
    # a noun naming no discipline by its form is left to the half-the-words rule (r19a: "Scrub", "Plaster" Technician)
    assert not sibling_title("orthopaedic technician", "Sterile Services Technician")
    assert not sibling_title("orthopaedic technician", "Senior Technician")
    assert not sibling_title("orthopaedic technician", "Orthopaedic Technician II")
    # a subject whose kind names no field keeps the older reading ("Call Center Representative")
    assert not sibling_title("customer service representative", "Call Center Representative")


def _held(item: str, *roles: tuple[str, str, str]) -> float | None:
    evidence = work_evidence(
        [{"position": t, "name": "Harbour Group", "startDate": s, "endDate": e} for t, s, e in roles]
    )
    return check_years(years_item(item), evidence, close_everywhere(evidence, 0.3)).years_held


def test_years_as_a_worker_leave_out_titles_of_other_workers_and_other_fields() -> None:
    item = "At least 4 years as a wedding or portrait photographer in a busy studio"
    # the studio coordinator's years are no photographer's years; the photographer's are
    roles = [("Photography Studio Coordinator", "2015-01", "2022-12"), ("Portrait Photographer", "2023-01", "2024-12")]
    assert _held(item, *roles) == 2.0
    item = "Minimum 3 years as an orthopaedic technician in a trauma hospital"
    assert not _held(item, ("Radiography Technician", "2016-01", "2023-12"))
    assert _held(item, ("Orthopaedic Technician", "2016-01", "2023-12")) == 8.0


def test_either_rank_named_counts_and_no_other() -> None:
    item = "3 years' experience as Head Sommelier or Assistant Head Sommelier in a hotel"
    roles = [
        ("Assistant Head Sommelier", "2022-01", "2024-12"),
        ("Sommelier Team Supervisor", "2015-01", "2021-12"),
    ]
    assert _held(item, *roles) == 3.0


def test_a_teachers_role_shows_dance_by_the_dance_it_names() -> None:
    item = "Minimum 4 years of dance teaching experience"
    tango = [{"position": "Teacher", "name": "Studio Ballroom Arts", "startDate": "2019-01", "endDate": "2024-12"}]
    evidence = work_evidence(tango)
    assert check_years(years_item(item), evidence, close_everywhere(evidence, 0.3)).years_held == 6.0
    # a performer's years at a ballet company are no teaching years; a music teacher's no dance
    for title, employer in (("Soloist", "State Ballet"), ("Piano Teacher", "Conservatory of Music")):
        role = [{"position": title, "name": employer, "startDate": "2019-01", "endDate": "2024-12"}]
        evidence = work_evidence(role)
        assert not check_years(years_item(item), evidence, close_everywhere(evidence, 0.3)).years_held
