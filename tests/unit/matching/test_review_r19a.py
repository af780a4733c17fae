"""Review of h19c (r19a): shared worker nouns, other workers' titles, generic workers of another field. Own words."""

from __future__ import annotations

import pytest

from careerpilot.matching.coverage import another_worker, check_years, sibling_title
from careerpilot.matching.requirements import _years
from tests.support.years import close_everywhere, work_evidence, years_item


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # the first alternative is a worker of its own: no modifier of the second's noun
        ("3 years of experience as a plumber or gas fitter", "plumber or gas fitter"),
        ("4 years as a welder or pipe fitter on oil and gas projects", "welder or pipe fitter"),
        ("2 years as a nanny or childcare worker with infants", "nanny or childcare worker"),
        ("3 years as a mechanic or diesel technician", "mechanic or diesel technician"),
        ("3 years as a bartender or bar supervisor in a busy venue", "bartender or bar supervisor"),
        # still shared: a modifier, however it ends ("computer", "water", "senior")
        ("5 years as a computer or electrical engineer", "computer engineer or electrical engineer"),
        ("3 years as a water or wastewater operator", "water operator or wastewater operator"),
        ("5 years as a residential or commercial electrician", "residential electrician or commercial electrician"),
    ],
)
def test_a_worker_before_or_keeps_its_own_noun(item: str, subject: str) -> None:
    assert _years(item) == (_years(item)[0], subject)  # type: ignore[index]


def test_words_after_the_worker_that_name_no_worker_leave_it_the_head() -> None:
    # a desk, a market or an employer after the noun: still the trader's, the housekeeper's title
    assert not another_worker("sales trader", "Trader Cash Equities")
    assert not another_worker("executive housekeeper", "Housekeeper Marriott")
    assert not another_worker("house supervisor", "Supervisor Nursing Services")
    # another worker's noun after it: another job
    assert another_worker("executive housekeeper", "Housekeeping Supervisor")
    assert another_worker("sales trader", "Trade Support Analyst")


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # a kind of work or a grade within the same field before a generic worker: the same job
        ("surgical technician", "Scrub Technician"),
        ("orthopaedic technician", "Plaster Technician"),
        ("chemical operator", "Process Operator"),
        ("dental technician", "Crown and Bridge Technician"),
        ("automotive technician", "Master Technician"),
        ("automotive technician", "Toyota Technician"),
        ("biomedical technician", "Clinical Engineering Technician"),
    ],
)
def test_a_generic_worker_after_a_kind_of_the_same_work_is_no_sibling(subject: str, title: str) -> None:
    assert not sibling_title(subject, title)


def test_a_generic_worker_after_another_discipline_is_a_sibling() -> None:
    assert sibling_title("anaesthetic technician", "Pharmacy Technician")
    assert sibling_title("orthopaedic technician", "Radiography Technician")
    assert sibling_title("financial analyst", "Privacy Analyst")


def test_a_scrub_technicians_years_count_for_a_surgical_technician() -> None:
    item = "3 years of experience as a surgical technician in a level I trauma centre"
    work = [{"position": "Scrub Technician", "name": "Lakeside Hospital", "startDate": "2019-01", "endDate": "2024-12"}]
    evidence = work_evidence(work)
    assert check_years(years_item(item), evidence, close_everywhere(evidence, 0.3)).years_held == 6.0
