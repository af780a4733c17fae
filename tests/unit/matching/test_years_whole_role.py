"""Years read from a role's whole text, and years counted from an event (registration, qualification, the trade).

Own examples, in the world's wording: a role says what it was about across its title, summary and highlights; a
years item "post-registration", "post-journeyperson", "PQE" or "after completing an apprenticeship" counts from
that event, not years of a subject named so.
"""

from __future__ import annotations

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import (
    YEARS_RAMP,
    RoleMeaning,
    _lower_rung,
    about_whole,
    caps_score,
    check_years,
    years_short,
)
from careerpilot.matching.evidence import Role
from careerpilot.matching.requirements import _years
from careerpilot.matching.since import since_phrase
from tests.support.years import CLOSE, close_everywhere, work_evidence, years_item

LOW, HIGH = YEARS_RAMP


# --- the subject read from a role's whole text -----------------------------------------------------------------


def test_a_role_holds_the_subject_across_its_lines():
    role = Role(
        title="Hydrologist",
        line="Hydrologist at River Authority",
        detail=["Ran the flood model each spring", "Issued river level forecasts to councils"],
    )
    share, titled, line = about_whole("flood forecasting", role)
    assert share == 1.0 and not titled  # "flood" in one line, "forecasts" in another
    assert line in role.detail


def test_a_role_titled_otherwise_but_about_the_subject_counts_clearly_when_close_by_meaning():
    evidence = work_evidence(
        [
            {
                "position": "Hydrologist",
                "name": "River Authority",
                "startDate": "2019-01",
                "highlights": ["Issued river level forecasts to councils", "Ran the flood model each spring"],
            }
        ]
    )
    req = years_item("3+ years of flood forecasting experience")
    check = check_years(req, evidence, close_everywhere(evidence))
    assert check.years_basis == "clear" and check.credit == 1.0
    # without meaning (the words alone, before the semantic stage), the role is not read as about it
    assert check_years(req, evidence).years_basis == "none"
    # far from the subject by meaning, the words alone do not make it about it
    assert check_years(req, evidence, close_everywhere(evidence, LOW - 0.05)).years_basis == "none"


def test_a_title_holding_the_subjects_head_counts_when_its_lines_are_close():
    evidence = work_evidence(
        [
            {
                "position": "Roofing Technician",
                "name": "Summit Exteriors",
                "startDate": "2023-01",
                "highlights": ["Installed TPO membranes on warehouses"],
            }
        ]
    )
    check = check_years(years_item("5+ years of commercial flat roofing"), evidence, close_everywhere(evidence))
    assert check.years_basis == "clear" and check.years_held == pytest.approx(2.0, abs=0.15)
    assert years_short(check) and caps_score(check)  # clearly short now, so named and capped


def test_a_role_read_by_its_whole_text_does_not_cap_where_close_roles_make_up_the_years():
    evidence = work_evidence(
        [
            {
                "position": "Depot Manager",
                "name": "Haulage Ltd",
                "startDate": "2020-01",
                "highlights": ["Runs the depot's 40 trucks day to day"],
            },
            {
                "position": "Deputy to the Fleet Lead",
                "name": "Haulage Ltd",
                "startDate": "2018-01",
                "endDate": "2019-12",
                "highlights": ["Managed the fleet's maintenance schedules"],
            },
        ]
    )
    req = years_item("4+ years managing a truck fleet")
    meaning: RoleMeaning = {0: (CLOSE, evidence.roles[0].line), 1: (CLOSE, evidence.roles[1].line)}
    check = check_years(req, evidence, meaning)
    # the deputy's role holds "managing" and "fleet" and counts clearly; the depot role, worded otherwise, is close
    assert check.years_basis == "clear"
    assert not caps_score(check)


def test_overlapping_roles_count_once():
    evidence = work_evidence(
        [
            {
                "position": "Forecaster",
                "name": "Weather Office",
                "startDate": "2020-01",
                "endDate": "2022-12",
                "highlights": ["Issued severe weather forecasts"],
            },
            {
                "position": "On-call Forecaster",
                "name": "Regional Airport",
                "startDate": "2021-01",
                "endDate": "2022-12",
                "highlights": ["Weather forecasts for flight planning"],
            },
        ]
    )
    check = check_years(years_item("5 years of weather forecasting"), evidence, close_everywhere(evidence))
    assert check.years_held == pytest.approx(3.0, abs=0.05)  # 2020-01..2022-12 once, not 3 + 2


def test_an_assistant_manager_is_a_rank_of_charge_not_a_lower_rung():
    req = years_item("5 years of corporate restructuring experience")
    assert not _lower_rung(req, Role(title="Assistant Manager, Restructuring", line="x"))
    assert _lower_rung(years_item("5 years as a store manager"), Role(title="Assistant Store Manager", line="x"))


def test_an_assistant_does_the_work_a_subject_names_but_is_below_a_worker_asked():
    work = years_item("3 years of visa application preparation")
    assert not _lower_rung(work, Role(title="Immigration Legal Assistant", line="x"))
    assert _lower_rung(
        years_item("3 years as an immigration paralegal"), Role(title="Immigration Legal Assistant", line="x")
    )
    # an apprentice learns the work: still a lower rung
    assert _lower_rung(years_item("4 years of commercial glazing"), Role(title="Glazier Apprentice", line="x"))


# --- years counted from an event ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("At least 3 years' post-registration experience on an acute ward", "registration"),
        ("4 years of post-journeyperson experience in industrial millwrighting", "journeyperson"),
        ("2 years post-journeyman experience", "journeyman"),
        ("5 years PQE in employment law", "qualification"),
        ("3 years post-qualification experience in audit", "qualification"),
        ("Minimum 3 years of barbering after completing an apprenticeship - no apprentices", "apprenticeship"),
        ("3 years of experience since registration", "registration"),
    ],
)
def test_the_event_years_count_from_is_read(item, phrase):
    assert since_phrase(item) == phrase


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("At least 3 years' post-registration experience", ""),
        ("4 years of post-journeyperson experience in industrial millwrighting", "industrial millwrighting"),
        ("5 years PQE in employment law", "employment law"),
        ("Minimum 3 years of barbering after completing an apprenticeship - no apprentices", "barbering"),
        ("5 years' experience as a qualified wall and floor tiler (post-apprenticeship)", "wall tiler or floor tiler"),
        ("5+ years as a journeyman-level pipefitter on industrial projects", "pipefitter"),
        ("3 years in the IT field", "information technology"),
        ("2 years in an OR setting", "operating room"),
        ("3 years' experience working with children aged 0-5 with additional needs", "children"),
    ],
)
def test_the_event_is_no_subject(item, subject):
    assert _years(item) == (_years(item)[0], subject)  # type: ignore[index]


def _midwife(registered: str, support_worker: bool) -> resume_evidence.ResumeEvidence:
    work: list[dict[str, object]] = [{"position": "Midwife", "name": "City Hospital", "startDate": registered}]
    if support_worker:
        work.append(
            {
                "position": "Maternity Care Assistant",
                "name": "City Hospital",
                "startDate": "2012-01",
                "endDate": "2021-12",
            }
        )
    return work_evidence(
        work, [{"name": "Registered Midwife", "issuer": "Nursing and Midwifery Council", "date": registered}]
    )


def test_post_registration_years_count_from_the_registration():
    req = years_item("At least 3 years' post-registration experience")
    newly = check_years(req, _midwife("2023-06", support_worker=True))  # years in all: 13, registered 19 months
    assert "counted from the registration" in newly.note and newly.years_held == pytest.approx(1.7, abs=0.05)
    assert years_short(newly) and caps_score(newly)
    assert not years_short(check_years(req, _midwife("2018-06", support_worker=False)))


def _tradesperson(apprentice_until: str, certified: str | None) -> resume_evidence.ResumeEvidence:
    certificates = [{"name": "Certificate of Qualification - Barber, Red Seal", "date": certified}] if certified else []
    return work_evidence(
        [
            {"position": "Barber", "name": "Corner Shop", "startDate": apprentice_until},
            {
                "position": "Apprentice Barber",
                "name": "Corner Shop",
                "startDate": "2015-01",
                "endDate": apprentice_until,
            },
        ],
        certificates,
    )


def test_years_after_an_apprenticeship_leave_the_apprenticeship_out():
    req = years_item("Minimum 4 years as a barber after completing an apprenticeship - no apprentices")
    # dated by the trade certificate, or (undated) by the apprentice's title: the apprentice years are not counted
    for evidence in (_tradesperson("2023-01", "2023-01"), _tradesperson("2023-01", None)):
        check = check_years(req, evidence, close_everywhere(evidence))
        assert check.years_held == pytest.approx(2.0, abs=0.15), check.note
        assert years_short(check)
    senior = _tradesperson("2018-01", "2018-01")
    assert not years_short(check_years(req, senior, close_everywhere(senior)))


def test_years_post_journeyperson_count_from_the_ticket():
    req = years_item("4 years of post-journeyperson experience in commercial barbering")
    evidence = _tradesperson("2023-01", "2023-01")
    assert "counted from the journeyperson" in check_years(req, evidence).note


@pytest.mark.parametrize(
    "item",
    [
        "4 years of experience or a diploma in office administration",
        "A certificate or 2 years equivalent experience",
    ],
)
def test_schooling_the_years_stand_in_for_is_no_subject(item):
    assert _years(item)[1] == ""  # type: ignore[index]


def test_post_qualification_years_count_from_a_royal_college_membership():
    evidence = work_evidence(
        [{"position": "Dental Surgeon", "name": "High Street Dental", "startDate": "2023-09"}],
        [{"name": "Member of the Royal College of Dental Surgeons", "date": "2023-07"}],
    )
    check = check_years(years_item("3 years' post-qualification experience as a dentist"), evidence)
    assert "counted from the qualification" in check.note


def test_a_line_naming_the_worker_asked_does_not_make_another_job_that_worker():
    evidence = work_evidence(
        [
            {
                "position": "Transcript Editor",
                "name": "Self-employed",
                "startDate": "2016-01",
                "highlights": ["Proofread transcripts for four freelance reporters"],
            }
        ]
    )
    check = check_years(years_item("4 years as a freelance deposition reporter"), evidence, close_everywhere(evidence))
    assert check.years_basis != "clear"
    # the same words about work done are the work: years of freelance deposition reporting
    worked = check_years(
        years_item("4 years of freelance transcript proofreading"), evidence, close_everywhere(evidence)
    )
    assert worked.years_basis == "clear"


def test_the_employers_name_is_no_word_of_the_role():
    role = Role(
        title="Payables Clerk",
        line="Payables Clerk at Northern Treasury Corporation",
        detail=["Keyed supplier invoices"],
    )
    assert about_whole("corporate treasury", role)[0] < 0.5


def test_a_particle_after_the_second_of_two_gerunds_stays_with_it():
    assert _years("4 years building and fitting out yacht interiors")[1] == (  # type: ignore[index]
        "building yacht interiors or fitting out yacht interiors"
    )
