"""Mends of session 15 (m15g): a licence named by its field only with a licence's noun, a plant operator's letter
class counting down, boiler classes counting down, a title's words saying whose class it is, years in a named or a
related field.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import credential_phrases as phrases
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check, check_experience, lower_grade
from careerpilot.matching.credentials import _heads_a_part
from careerpilot.matching.requirements import _years, extract_requirements

TODAY = date(2025, 1, 1)


def _listed_check(title: str, item: str, listed: str) -> str:
    """Return the status of a posting's one credential against a resume listing ``listed`` as a certificate."""
    reqs = extract_requirements(title, f"Requirements:\n- {item}\n")
    resume = f"Experience\n{title} Aide, Lakeside Clinic (2019 - 2025)\n- Daily work\n\nCertifications\n{listed}\n"
    credential = next(r for r in reqs.requirements if r.kind == "certification")
    return check(credential, resume_evidence.from_text(resume, TODAY)).status


@pytest.mark.parametrize(
    ("title", "item", "listed", "status"),
    [
        # a licence asked is named by its field only with a licence's noun: a field's certificate is a course's
        (
            "Pharmacist",
            "Active Registered Pharmacist license required",
            "Pharmacy Certificate, Penn Foster (2019)",
            "missing",
        ),
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy Certificate, Miami Dade College (2018)",
            "missing",
        ),
        (
            "Psychologist",
            "Licensed Psychologist required",
            "Psychology Certificate, Walden University (2017)",
            "missing",
        ),
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy License, State of Ohio (2019)",
            "met",
        ),
        (
            "Pharmacist",
            "Active Registered Pharmacist license required",
            "Pharmacy License, Ohio Board of Pharmacy (2019)",
            "met",
        ),
        # each slash part says its own noun: the licence beside is another's
        (
            "Physical Therapist",
            "Current Physical Therapist license required",
            "Physical Therapy Certificate / Ohio Nursing License",
            "missing",
        ),
        # a certification asked is still named by its field with any credential noun
        ("Phlebotomist", "Certified Phlebotomist required", "Phlebotomy Certification - NHA (2021)", "met"),
    ],
)
def test_a_licence_asked_is_named_by_its_field_only_with_a_licences_noun(title, item, listed, status):
    assert _listed_check(title, item, listed) == status


@pytest.mark.parametrize(
    ("words", "line", "licence", "heads"),
    [
        (["pharmacist"], "Pharmacy Certificate, Penn Foster (2019)", True, False),
        (["pharmacist"], "Pharmacy Certificate, Penn Foster (2019)", False, True),
        (["physical", "therapist"], "Physical Therapy Certificate", True, False),
        (["radiographer"], "Radiography Registration, HCPC", True, True),
        # the part decides, not the line
        (["physical", "therapist"], "Physical Therapy License / Psychology degree", True, True),
        (["psychologist"], "Physical Therapy License / Psychology degree", True, False),
        # a part naming no noun takes the next part's only when that part names no other occupation (final review)
        (["psychologist"], "Psychology / Physical Therapy License", True, False),
        (["physical", "therapist"], "Physical Therapy / PTA License #12345", True, False),
        (["physical", "therapist"], "Physical Therapy (Assistant License #PTA123)", True, False),
        (["pharmacist"], "Pharmacy / Pharmacy Technician License", True, False),
        (["physical", "therapist"], "Physical Therapy Certificate / Nursing License", True, False),
    ],
)
def test_each_slash_part_decides_whether_its_field_names_the_practitioner(words, line, licence, heads):
    assert _heads_a_part(words, line, licence=licence) is heads


@pytest.mark.parametrize(
    ("item", "title", "lower"),
    [
        # a water or wastewater operator's letters count down, A at the top (Texas TCEQ D < C < B < A)
        ("3 years as a Class B water operator", "Class A Water Operator", False),
        ("3 years as a Class B water operator", "Class C Water Operator", True),
        ("2 years as a Class C wastewater treatment operator", "Class D Wastewater Operator", True),
        ("2 years as a Class C wastewater treatment operator", "Class B Operator", False),
        ("Minimum 2 years as a Class A drinking water operator (TCEQ)", "Class B Water Operator", True),
        # its numerals count up
        ("3 years as a Class III WWTP operator", "Class II Operator", True),
        ("3 years as a Class III WTP operator", "Class IV Operator", False),
        ("3 years as a Class III water operator", "Class II Operator", True),
        ("3 years as a Class III water operator", "Class IV Operator", False),
        ("3 yrs. Class III water treatment operator", "Class II Operator", True),
        ("3 years as a Class 4 sewer collection operator", "Class 3 Operator", True),
        # a boiler operator's or stationary engineer's class counts down, 1st Class at the top
        ("2 years as a Class 2 boiler operator", "Class 1 Boiler Operator", False),
        ("2 years as a Class 2 boiler operator", "Class 3 Boiler Operator", True),
        ("3 years as a 2nd Class stationary engineer", "Class 1 Stationary Engineer", False),
        ("3 years as a Class 2 stationary engineer", "Class 1 Stationary Engineer", False),
        ("3 years as a Class 2 stationary engineer", "Class 3 Stationary Engineer", True),
    ],
)
def test_a_plants_letters_and_a_boilers_classes_count_down_its_numerals_up(item, title, lower):
    assert lower_grade(item, title) is lower


@pytest.mark.parametrize(
    ("item", "title", "lower"),
    [
        # a trucker's distribution or collection work is no plant's: the driver's title says a licence class
        ("2 years Class A experience in food distribution", "Class B Driver", True),
        ("2 years of Class B experience in residential waste collection", "Class C Driver", True),
        ("2 years of Class 1 experience with a food distribution company", "Class 3 Driver", True),
        ("Minimum 2 years Class A experience; distribution/LTL preferred", "Class B Driver", True),
        ("2 years of Class A experience hauling for a distribution center", "Class B Driver", True),
        ("2 years Class A CDL experience in distribution", "Class B Driver", True),
        ("2 years of Class A tractor-trailer driving", "Route Driver (Class B)", True),
        # a driver's licence class is no plant's class: neither is lower than the other
        ("3 years as a Class III water operator", "Class A CDL Driver", False),
        ("3 years operating a Class II wastewater plant, Class B CDL preferred", "Class A Driver", False),
    ],
)
def test_a_titles_own_words_say_whose_class_it_names(item, title, lower):
    assert lower_grade(item, title) is lower


def test_a_plants_lettered_class_counts_down_and_its_numeral_up() -> None:
    assert phrases.grade_level("Class", "B", plant=True) == ("lettered plant class", 2)
    assert phrases.grade_level("Class", "I", plant=True) == ("plant class", 1)
    a, b = phrases.grade_level("Class", "A", plant=True), phrases.grade_level("Class", "B", plant=True)
    assert phrases.level_meets(a, b) and not phrases.level_meets(b, a)


def _years_check(item: str, role: str) -> str:
    years, subject = _years(item)
    req = Requirement(kind="experience", text=item, years=years, subject=subject)
    return check_experience(req, resume_evidence.from_text(f"Experience\n{role}\n", TODAY)).status


@pytest.mark.parametrize(
    ("item", "role", "status"),
    [
        ("3 years as a Class B water operator", "Class A Water Operator, City of Austin (2015 - 2024)", "met"),
        ("2 years as a Class 2 boiler operator", "Class 1 Boiler Operator, Mercy Hospital (2015 - 2024)", "met"),
        ("2 years Class A experience in food distribution", "Class B Driver, Sysco (2015 - 2024)", "missing"),
    ],
)
def test_a_higher_class_held_meets_the_years_and_a_lower_drivers_does_not(item, role, status):
    assert _years_check(item, role) == status
