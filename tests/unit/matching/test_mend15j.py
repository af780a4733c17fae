"""Mends of session 15 (m15j): a field read only as a stop word ("IT", "OR") and a related field or similar setting
are years in all, a named subject before them stays; a licence's noun read with its brackets and from the next part.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check
from careerpilot.matching.requirements import _years, extract_requirements

TODAY = date(2025, 1, 1)


def _status(title: str, item: str, role: str) -> str:
    """Return the status of a posting's years item against a resume whose one job is ``role``."""
    reqs = extract_requirements(title, f"Requirements:\n- {item}\n").requirements
    asked = next(r for r in reqs if r.years)
    return check(asked, resume_evidence.from_text(f"Experience\n{role}\n", TODAY)).status


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # "IT" and "OR" are stop words, but in capitals they name the field (session 17; until then the years were
        # years in all, met by a line cook's)
        ("3 years in the IT field", "information technology"),
        ("4 years of experience in an IT environment", "information technology"),
        ("2 years of experience in an OR setting", "operating room"),
        ("Must have worked in the IT field for 3 years", "information technology"),
        # a field that is a key term loses the noun; a generic place names none
        ("3 years in the HR field", "HR"),
        ("3 years in a fast-paced environment", ""),
        ("5 years in the field", ""),
    ],
)
def test_a_field_read_only_as_a_stop_word_is_years_in_all(item, subject):
    assert _years(item, "Help Desk Analyst")[1] == subject


@pytest.mark.parametrize(
    ("title", "item", "role"),
    [
        (
            "Help Desk Analyst",
            "At least 3 years of experience in the IT field",
            "IT Support Specialist, Northwind (2016 - 2024)",
        ),
        ("Desktop Support", "3 years of experience in an IT environment", "IT Technician, Northwind (2016 - 2024)"),
        ("Perioperative Nurse", "2 years in an OR setting", "OR Nurse, Mercy Hospital (2017 - 2024)"),
        ("Perioperative Nurse", "2 years in an OR setting", "Registered Nurse, Operating Room, Mercy (2017 - 2024)"),
        # a title naming the field otherwise ("Help Desk Technician", "Surgical Technologist") is left to meaning
    ],
)
def test_years_in_the_it_field_or_an_or_setting_are_met_by_its_workers(title, item, role):
    assert _status(title, f"{item}", f"{role}\n- Daily work") == "met"


@pytest.mark.parametrize(
    ("title", "item", "role"),
    [
        ("Help Desk Analyst", "3 years of experience in the IT field", "Line Cook, Olive Garden (2016 - 2024)"),
        ("Help Desk Analyst", "3 years of experience in the IT field", "IT Intern, Northwind (2016 - 2024)"),
        ("Perioperative Nurse", "2 years in an OR setting", "Staff Nurse, Portland, OR (2017 - 2024)"),  # a state
    ],
)
def test_years_in_the_it_field_or_an_or_setting_are_not_met_by_other_work(title, item, role):
    assert _status(title, f"{item}", f"{role}\n- Daily work") != "met"


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # a related field, setting, industry or environment is no title: years in all
        ("2 years in a related field", ""),
        ("2 years of experience in a related field", ""),
        ("3 years in a similar setting", ""),
        ("Minimum 3 years in a related industry", ""),
        ("2 years of experience in a similar environment", ""),
        # a subject named before it stays the subject
        ("Minimum 2 years of bookkeeping experience in a related field", "bookkeeping"),
        ("3 years of management experience in a related industry", "management"),
        # a similar or the same role, position, job or capacity is the posting's own title
        ("3 years in a similar role", "Medical Assistant"),
        ("2 years in the same position", "Medical Assistant"),
    ],
)
def test_a_related_field_or_similar_setting_is_no_title(item, subject):
    assert _years(item, "Medical Assistant")[1] == subject


@pytest.mark.parametrize(
    ("title", "item", "role"),
    [
        (
            "Accounts Payable Clerk",
            "2 years of experience in a related field",
            "Payroll Administrator, Acme (2016 - 2024)",
        ),
        ("Accounts Payable Clerk", "2 years in a related field", "Office Administrator, Acme (2016 - 2024)"),
        (
            "Accounts Payable Clerk",
            "2 years of bookkeeping experience in a related field",
            "Bookkeeper, Acme (2016 - 2024)",
        ),
        (
            "Retail Store Manager",
            "3 years of management experience in a related industry",
            "Restaurant Manager, Olive Garden (2016 - 2024)",
        ),
        (
            "Medical Office Assistant",
            "2 years in a similar setting",
            "Medical Receptionist, Lakeside Clinic (2016 - 2024)",
        ),
        (
            "Pharmacy Assistant",
            "1 year of experience in a similar setting",
            "Pharmacy Technician, Rexall (2018 - 2024)",
        ),
        ("Dental Assistant", "2 years in a similar setting", "Dental Receptionist, Smile Dental (2017 - 2024)"),
        ("Social Worker", "MSW and 2 years in a related field", "Case Manager, County DHS (2016 - 2024)"),
        ("Program Coordinator", "3 years of experience in a related field", "Program Assistant, YMCA (2016 - 2024)"),
        ("Youth Worker", "2 years in a related setting", "Child and Youth Counsellor, YMCA (2016 - 2024)"),
    ],
)
def test_years_in_a_related_field_are_met_by_a_neighbouring_worker(title, item, role):
    assert _status(title, item, f"{role}\n- Daily work") == "met"


def test_bookkeeping_years_in_a_related_field_are_not_a_line_cooks():
    cook = "Line Cook, Olive Garden (2016 - 2024)\n- Prepared 300 covers a night"
    assert _status("Accounts Payable Clerk", "2 years of bookkeeping experience in a related field", cook) == "missing"


def _listed_check(title: str, item: str, listed: str) -> str:
    """Return the status of a posting's one credential against a resume listing ``listed`` as a certificate."""
    reqs = extract_requirements(title, f"Requirements:\n- {item}\n").requirements
    job = f"{title} Aide, Lakeside Clinic (2019 - 2025)\n- Daily work"
    resume = f"Experience\n{job}\n\nLicenses & Certifications\n{listed}\n"
    credential = next(r for r in reqs if r.kind == "certification")
    return check(credential, resume_evidence.from_text(resume, TODAY)).status


PT = ("Physical Therapist", "Current Physical Therapist license required")
RPH = ("Pharmacist", "Active Registered Pharmacist license required")


@pytest.mark.parametrize(
    ("posting", "listed", "status"),
    [
        # the licence's noun in brackets, or in the next slash part, joins the field
        (PT, "Physical Therapy (License #PT.67890), State of Kentucky", "met"),
        (PT, "Physical Therapy – Kentucky (License #PT.67890)", "met"),
        (PT, "Physical Therapy (Licensed), Kentucky #PT67890", "met"),
        (PT, "Physical Therapy / Kentucky License #PT67890", "met"),
        # ... unless that part names another occupation's licence (an OT's, an assistant's, a technician's)
        (PT, "Physical Therapy/Occupational Therapy License, Kentucky", "missing"),
        (PT, "Physical Therapy / PTA License #12345", "missing"),
        (RPH, "Pharmacy / Pharmacy Technician License", "missing"),
        (RPH, "Pharmacy (License #RPh67890), Kentucky Board of Pharmacy", "met"),
        # a part's own non-licence noun stays its own; a bracket's other words are no practitioner's name
        (PT, "Physical Therapy Certificate / Kentucky Nursing License", "missing"),
        (RPH, "Pharmacy Certificate (Licensed Practical Nursing program)", "missing"),
        (RPH, "Pharmacy Licence (Kentucky College of Pharmacists)", "met"),
        # a licensure, a practising certificate and a certificate to practise are licences
        (RPH, "Pharmacy Licensure, Kentucky Board of Pharmacy", "met"),
        (
            ("Physiotherapist", "Must be a Registered Physiotherapist"),
            "Physiotherapy Practising Certificate, Physiotherapy Board of New Zealand",
            "met",
        ),
        (
            ("Physiotherapist", "Must be a Registered Physiotherapist"),
            "Physiotherapy Practising Certificate (2024)",
            "met",
        ),
    ],
)
def test_a_licences_noun_is_read_in_brackets_and_from_the_next_part(posting, listed, status):
    assert _listed_check(*posting, listed) == status


def test_a_related_role_or_position_is_the_titles_years():
    from careerpilot.matching.requirements import _years

    assert _years("3 years in a related role", "Help Desk Analyst")[1] == "Help Desk Analyst"
    assert _years("2 years in a related position", "Dental Assistant")[1] == "Dental Assistant"
