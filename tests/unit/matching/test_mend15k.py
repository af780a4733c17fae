"""Session 15 mend k: own-words work headings, placements, courses naming an occupation, jobs at schools."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_experience
from careerpilot.matching.requirements import _years

TODAY = date(2026, 11, 1)


def _read(text: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text(text, TODAY)


def _roles(text: str) -> list[tuple[str, list[str]]]:
    return [(role.title, role.detail) for role in _read(text).roles]


@pytest.mark.parametrize(
    ("resume", "roles"),
    [
        (
            "Experience\nCashier, Walmart (2015 - 2019)\n- Customer Service Experience\n- Handled 200 customers a day\n"
            "- Trained new cashiers\n",
            [
                (
                    "Cashier, Walmart",
                    ["Customer Service Experience", "Handled 200 customers a day", "Trained new cashiers"],
                )
            ],
        ),
        (
            "Experience\nAccountant, KPMG (2015 - 2024)\n- Prepared Financial Statements\n- Audit Experience\n"
            "- Tax Experience\n- Led year-end close for 12 clients\n",
            [
                (
                    "Accountant, KPMG",
                    [
                        "Prepared Financial Statements",
                        "Audit Experience",
                        "Tax Experience",
                        "Led year-end close for 12 clients",
                    ],
                )
            ],
        ),
        (
            "Experience\nSales Associate, Target (2016 - 2020)\nLeadership Experience:\n- Led a team of 5 associates\n",
            [("Sales Associate, Target", ["Leadership Experience:", "Led a team of 5 associates"])],
        ),
        (
            "Experience\nFront Desk Agent, Hilton (2017 - 2022)\nImproved Guest Experience\n- Resolved complaints\n",
            [("Front Desk Agent, Hilton", ["Improved Guest Experience", "Resolved complaints"])],
        ),
        (
            "Experience\nRegistered Nurse, Mercy Hospital (2016 - 2024)\nCharge Nurse Experience\n- Led 12 nurses\n",
            [("Registered Nurse, Mercy Hospital", ["Charge Nurse Experience", "Led 12 nurses"])],
        ),
        (
            "Experience\nSoftware Engineer, Google (2018 - 2024)\n- Developer Experience\n- Built CI tooling\n",
            [("Software Engineer, Google", ["Developer Experience", "Built CI tooling"])],
        ),
    ],
)
def test_a_title_case_line_inside_a_role_is_one_of_its_details_not_a_heading(resume, roles):
    assert _roles(resume) == roles


def test_an_own_words_heading_opens_work_when_a_job_follows_or_in_capitals_inside_a_role():
    # a dated job next: the heading opens work, and the last role's lines stop
    resume = (
        "Experience\nCook, Denny's (2019 - 2024)\n- Ran the grill\nTeaching Experience\nTutor, Kumon (2015 - 2018)\n"
    )
    assert _roles(resume) == [("Cook, Denny's", ["Ran the grill"]), ("Tutor, Kumon", [])]
    capitals = (
        "Experience\nCook, Denny's (2019 - 2024)\nMILITARY EXPERIENCE\nCanadian Armed Forces\nRifleman (2012 - 2016)\n"
    )
    assert [title for title, _ in _roles(capitals)] == ["Cook, Denny's", "Rifleman"]
    assert _roles(capitals)[0][1] == []


def test_a_years_item_is_met_by_an_own_words_line_kept_in_its_role():
    years, subject = _years("3+ years of customer service experience")
    item = Requirement(kind="experience", text="3+ years of customer service experience", years=years, subject=subject)
    resume = (
        "Experience\nTeam Member, Walmart (2015 - 2022)\n- Customer Service Experience\n- Handled customer complaints\n"
    )
    assert check_experience(item, _read(resume)).status == "met"


def test_an_experience_line_in_a_skills_list_opens_no_work():
    resume = "Skills\nCustomer Service Experience\nCash Handling\nAwards\nDean's List, York University (2015 - 2016)\n"
    assert _read(resume).roles == []


def test_a_placement_heading_under_education_keeps_its_placements_schooling():
    resume = (
        "Education\nBSc Nursing, McMaster University (2020 - 2024)\nClinical Experience\n"
        "Hamilton General Hospital, Nursing Student, ICU (2021 - 2024)\n- Cared for 4 patients a shift\n"
    )
    evidence = _read(resume)
    assert evidence.roles == []
    assert evidence.education == ["BSc Nursing, McMaster University (2020 - 2024)"]
    teaching = (
        "Education\nB.Ed, York University (2010 - 2014)\nStudent Teaching Experience\n"
        "Lincoln High School, Grade 9 (2013 - 2014)\n"
    )
    assert _read(teaching).roles == []


def test_a_job_held_listed_under_a_placement_heading_stays_a_job():
    resume = (
        "Clinical Experience\nNursing Student, Mercy Hospital (2014 - 2015)\n"
        "Registered Nurse, Mercy Hospital (2016 - 2024)\n- Charge nurse on nights\n"
    )
    assert _roles(resume) == [("Registered Nurse, Mercy Hospital", ["Charge nurse on nights"])]


@pytest.mark.parametrize(
    "course",
    [
        "Forklift Operator, Toronto Training Centre (2016 - 2020)",
        "Nursing Assistant, Red Cross Training Program (2015 - 2016)",
        "Personal Support Worker, Humber College (2018 - 2021)",
        "Pharmacy Technician, Centennial College (2019 - 2020)",
    ],
)
def test_a_course_naming_an_occupation_under_training_is_no_job(course):
    evidence = _read(f"Experience\nWelder, Acme Fabrication (2018 - 2024)\n- Welded frames\nTraining\n{course}\n")
    assert [(role.title, role.detail) for role in evidence.roles] == [("Welder, Acme Fabrication", ["Welded frames"])]


@pytest.mark.parametrize(
    ("job", "title"),
    [
        (
            "Speech-Language Pathologist, Toronto District School Board (2015 - 2018)",
            "Speech-Language Pathologist, Toronto District School Board",
        ),
        ("Bookkeeper, Seneca College (2012 - 2015)", "Bookkeeper, Seneca College"),
        ("Barista, Humber College (2010 - 2012)", "Barista, Humber College"),
        ("Registrar, Sheridan College (2010 - 2012)", "Registrar, Sheridan College"),
    ],
)
def test_a_school_staff_job_under_a_training_heading_stays_a_job(job, title):
    roles = _roles(f"Experience\nWelder, Acme Fabrication (2018 - 2024)\nTraining\n{job}\n- Served 200 a day\n")
    assert roles[-1] == (title, ["Served 200 a day"])


def test_an_occupation_at_a_school_under_a_work_heading_is_a_job():
    roles = _roles("Experience\nPersonal Support Worker, Humber College (2018 - 2021)\n- Assisted residents\n")
    assert roles == [("Personal Support Worker, Humber College", ["Assisted residents"])]


def test_a_dated_course_inside_a_job_leaves_the_jobs_lines_in_it():
    resume = (
        "Experience\nOperations Manager, FedEx (2015 - 2024)\n- Completed Diploma in Logistics, Seneca (2018 - 2019)\n"
        "- Led 40 staff across two shifts\n- Cut overtime 20%\n"
    )
    evidence = _read(resume)
    assert [(role.title, role.detail) for role in evidence.roles] == [
        ("Operations Manager, FedEx", ["Led 40 staff across two shifts", "Cut overtime 20%"])
    ]


def test_a_dated_course_under_its_own_heading_still_ends_the_last_roles_lines():
    resume = (
        "Experience\nCook, Denny's (2019 - 2024)\n- Ran the grill\nEducation\n"
        "Diploma in Culinary Arts, George Brown College (2016 - 2018)\nDean's List\n"
    )
    assert _roles(resume) == [("Cook, Denny's", ["Ran the grill"])]


@pytest.mark.parametrize(
    ("resume", "title"),
    [
        ("Clinical Experience\nPhlebotomist, LabCorp (2018 - 2024)\n", "Phlebotomist, LabCorp"),
        (
            "Education\nB.Sc. Geology, UBC (2010 - 2014)\nField Experience\n"
            "Field Geologist, Teck Resources (2014 - 2024)\n",
            "Field Geologist, Teck Resources",
        ),
        (
            "Education\nBSN, Ohio State (2010 - 2014)\nCertified Nursing Assistant Experience\n"
            "CNA, Mercy Hospital (2014 - 2024)\n",
            "CNA, Mercy Hospital",
        ),
        (
            "Education\nBSN, Ohio State (2010 - 2014)\nMED-SURG EXPERIENCE\n"
            "Staff Nurse, Mercy Hospital (2014 - 2024)\n",
            "Staff Nurse, Mercy Hospital",
        ),
    ],
)
def test_a_job_under_a_placement_or_participle_heading_is_kept(resume, title):
    assert [role for role, _ in _roles(resume)] == [title]
