"""Years subjects as postings word them: the work before "experience", a role before the clause describing it, a
field named "management", a title naming the field and a generic worker, "IT" in the occupation vocabulary.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import (
    caps_score,
    check_experience,
    check_years,
    field_worker,
    lower_grade,
    years_short,
)
from careerpilot.matching.occupations import occupations, role_rung, subject_of
from careerpilot.matching.requirements import _years

TODAY = date(2025, 1, 1)


@pytest.mark.parametrize(
    ("item", "years", "subject"),
    [
        # the work named before "experience" is the subject; whom it was with or for is a setting
        ("Minimum 3 years of bookkeeping experience with a property management firm", 3, "bookkeeping"),
        ("2+ years of retail sales experience working with walk-in customers", 2, "retail sales"),
        ("4 years' line maintenance experience with a regional airline", 4, "line maintenance"),
        # no work before "experience": what follows "with" is still the subject
        ("3 years of experience with Kronos", 3, "Kronos"),
        ("2 years of experience working with toddlers", 2, "toddlers"),
        ("5+ years of hands-on experience with PLCs", 5, "PLCs"),
        # a lone participle at a place keeps both (the place and the work)
        ("3 years of operating experience at a surface water plant", 3, "surface water plant operating"),
        # a role, then a clause saying what was done in it: the years are the role's
        ("Minimum 6 years as a diesel mechanic performing engine overhauls", 6, "diesel mechanic"),
        ("3+ yrs as a journeyman pulling wire on commercial jobs", 3, "journeyman"),
        # a rung asked by the clause stays asked, and a compound's own -ing word is no clause
        ("4 years as a charge nurse supervising LPNs", 4, "charge nurse supervising LPNs"),
        ("2 years as a water processing plant operator", 2, "water processing plant operator"),
        # "post-<credential>" says when; "providing" leads to the work
        ("At least 2 years of post-licensure experience in adult oncology", 2, "adult oncology"),
        ("3 years of post-doctoral experience providing play therapy", 3, "play therapy"),
        ("3 years of experience providing direct patient care", 3, "patient care"),
        # "and/or" offers either
        ("2 years of individual and/or group counseling", 2, "individual or group counseling"),
        # a posting's shorthand for "required" is no word of the subject
        ("2+ yrs phlebotomy experience req'd", 2, "phlebotomy"),
        ("1 yr dietary aide exp pref'd", 1, "dietary aide"),
    ],
)
def test_years_subjects_read_as_postings_word_them(item, years, subject):
    assert _years(item) == (years, subject)


def _evidence(*roles: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(roles) + "\n", TODAY)


def _req(years: float, subject: str) -> Requirement:
    text = f"{years:g}+ years of {subject} experience"
    return Requirement(kind="experience", text=text, years=years, subject=subject)


def test_a_field_named_management_is_done_at_every_rung():
    # a Treasury Analyst does cash management; "people management" still asks for charge of others
    analyst = _evidence("Treasury Analyst (2019 - 2024)", "Built the daily cash position and funded accounts")
    assert check_experience(_req(3, "corporate treasury or cash management"), analyst).years_basis == "clear"
    coordinator = _evidence("Case Management Coordinator (2019 - 2024)")
    assert check_experience(_req(3, "case management"), coordinator).years_held >= 5
    team = check_experience(_req(3, "people management"), _evidence("People Analytics Analyst (2019 - 2024)"))
    assert team.years_basis != "clear"


@pytest.mark.parametrize(
    ("subject", "title", "counts"),
    [
        ("sterile processing", "Central Sterile Technician", True),
        ("wind turbine maintenance", "Wind Turbine Technician II", True),
        ("patient care", "Patient Care Associate", True),
        # another trade's worker, or the field's words only in part
        ("personal training", "Personal Banker", False),
        ("wind turbine maintenance", "Lead Wind Technician", False),
        # the subject names a role, not work: "HR Coordinator" is no "HR generalist"
        ("HR generalist", "HR Coordinator", False),
    ],
)
def test_a_title_naming_the_field_and_a_generic_worker_is_the_fields_work(subject, title, counts):
    from careerpilot.matching.coverage import _ordered, line_terms

    have = line_terms(title)
    held = [w for w in _ordered(subject) if w in have]
    assert field_worker(subject, held, title) is counts


def test_a_field_worker_title_counts_its_years_and_a_materials_handler_does_not():
    req = _req(3, "sterile processing")
    tech = _evidence("Central Sterile Technician (2020 - 2024)", "Decontaminated and assembled surgical trays")
    handler = _evidence("Materials Handler, Surgical Services (2020 - 2024)", "Restocked case carts")
    assert check_experience(req, tech).years_basis == "clear"
    assert check_experience(req, handler).years_basis == "none"


def test_it_is_read_as_the_field_not_as_a_stop_word():
    # "IT Analyst" in the vocabulary once read as "Analyst": every analyst was IT support
    it_support = next(o for o in occupations() if o.name == "it_support")
    assert it_support.rung("Treasury Analyst") is None and it_support.rung("Project Manager") is None
    assert it_support.rung("IT Analyst") == 2 and it_support.rung("Help Desk Technician") == 2
    assert subject_of("cash management") is None
    found = subject_of("IT support")
    assert found is not None and found.occupation.name == "it_support"


@pytest.mark.parametrize(
    ("item", "title", "lower"),
    [
        ("2 years of Class A tractor-trailer driving", "Route Driver (Class B)", True),
        ("2 years of Class A tractor-trailer driving", "Class A OTR Driver", False),
        ("3 years of Class B driving", "Class A Regional Driver", False),  # a higher licence
        ("3 years as a Grade III wastewater operator", "Grade II Operator", True),
        ("3 years as a Grade III wastewater operator", "Grade IV Chief Operator", False),
        ("2 years of Class 1 driving", "Class 3 Delivery Driver", True),  # Class 1 is the highest
        ("2 years of tractor-trailer driving", "Route Driver (Class B)", False),  # no class asked
        # a title's class needs no licence word beside it: a title has no room to say "CDL"
        ("Class A CDL required; 2 years of tractor-trailer driving", "Delivery Associate - Class B", True),
        ("Class A CDL required; 2 years of tractor-trailer driving", "Delivery Associate - Class A", False),
        # a title's grade does: an operator's grade is a plant's, a teacher's a school's
        ("3 years as a Grade III water treatment operator", "Grade 2 Operator", True),
        ("3 years as a Grade III water treatment operator", "Grade 2 Teacher", False),
        # the item still needs one: a building's class is no licence's
        ("3+ years leasing Class A office space", "Leasing Manager - Class B Portfolio", False),
    ],
)
def test_a_title_naming_a_lower_class_or_grade_is_lower_work(item, title, lower):
    assert lower_grade(item, title) is lower


@pytest.mark.parametrize(
    ("item", "title", "lower"),
    [
        # a plant operator's class counts up, like a grade
        ("3 years as a Class III water operator", "Class IV Operator", False),
        ("3 years as a Class III water operator", "Class II Operator", True),
        ("Minimum 2 years operating a Class II wastewater treatment plant", "Class I Plant Operator", True),
        ("Minimum 2 years operating a Class II wastewater treatment plant", "Class III Plant Operator", False),
        # a boiler operator's class counts down, 1st Class at the top (m15g)
        ("2 years as a Class 2 boiler operator", "Class 1 Boiler Operator", False),
        # a vehicle licence's class counts down, numbers too
        ("2 years of Class 1 truck driving", "Class 3 Delivery Driver", True),
        ("2 years of Class 3 driving", "Class 1 Highway Driver", False),
        ("2+ years of CDL Class A driving", "Route Driver (Class B)", True),
        # the words beside the class decide when the item has both kinds
        ("4 years as a Class 2 distribution operator; valid driver's license required", "Class 1 Operator", True),
        ("2 years driving a Class B water truck", "Class A Driver", False),
    ],
)
def test_a_plants_class_counts_up_and_a_vehicle_licences_down(item, title, lower):
    assert lower_grade(item, title) is lower


@pytest.mark.parametrize(
    "lower",
    [
        ("Route Driver (Class B) (2016 - 2023)",),
        # the line names the work; the title's class, with no licence word beside it, says it was the lower licence
        ("Delivery Associate - Class B (2016 - 2023)", "Tractor-trailer driving on regional routes"),
    ],
)
def test_years_at_a_lower_licence_class_do_not_count(lower):
    req = Requirement(
        kind="experience",
        text="Minimum 2 years of Class A tractor-trailer driving experience",
        years=2,
        subject="tractor-trailer driving",
    )
    straight_truck = _evidence(
        "Regional Driver (2024 - 2025)",
        "Tractor-trailer loads across three states",
        *lower,
    )
    check = check_experience(req, straight_truck)
    assert check.years_held is not None and check.years_held < 2


def test_years_as_a_journeyman_short_are_shown_clearly():
    # the full grade's roles hold 1.5 years (the apprenticeship is no journeyman's): shown short, a gap that caps
    req = Requirement(kind="experience", text="4+ yrs as a journeyman installing duct", years=4, subject="journeyman")
    resume = _evidence("Journeyman Sheet Metal Worker (2023 - 2024)", "Sheet Metal Apprentice (2019 - 2023)")
    check = check_years(req, resume)
    assert check.years_basis == "clear" and years_short(check) and caps_score(check)


def test_alternatives_of_work_are_no_role_and_its_clause():
    # "or" ends like a worker noun ("-or") but names none: the subject keeps its three kinds of work
    item = "5+ years of field experience installing, repairing or modernizing elevators/escalators"
    assert _years(item)[1].endswith("modernizing elevators/escalators")


def test_a_community_manager_is_on_the_property_management_ladder():
    # once "IT Manager" no longer reads as any manager, property management needs its own ladder
    found = subject_of("multifamily property management")
    assert found is not None and found.occupation.name == "property_manager"
    assert found.occupation.rung("Community Manager") == 2 and found.occupation.rung("Leasing Consultant") == 1
    assert found.occupation.rung("Social Media Manager") is None


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        # a word between the field and the worker names other work of the field
        ("medical coding", "Medical Billing Specialist"),
        ("aircraft maintenance", "Aircraft Fueling Agent"),
        ("software support", "Software Sales Representative"),
        ("network installation", "Network Sales Associate"),
        ("patient care", "Patient Access Representative"),
    ],
)
def test_a_field_worker_of_other_work_of_the_field_is_not_the_subjects(subject, title):
    from careerpilot.matching.coverage import _ordered, line_terms

    have = line_terms(title)
    held = [w for w in _ordered(subject) if w in have]
    assert field_worker(subject, held, title) is False
    check = check_experience(_req(3, subject), _evidence(f"{title} (2016 - 2024)"))
    assert check.years_basis == "none" and check.status == "missing"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a school's grade is no licence's or plant's
        ("3+ years of elementary teaching experience (Grade 4 classroom)", "Grade 2 Teacher"),
        # the lowest class the posting admits is enough
        ("Class A or B CDL with 2+ years of commercial driving", "Route Driver (Class B)"),
        ("2+ years of commercial driving; Class A or Class B CDL", "Route Driver (Class B)"),
        ("3 years teaching Grade 4-6 students", "Grade 2 Teacher"),
    ],
)
def test_a_school_grade_or_an_admitted_lower_class_is_no_lower_work(item, title):
    assert lower_grade(item, title) is False


def test_the_lowest_class_admitted_still_rules_out_a_lower_one():
    assert lower_grade("Class A or B CDL with 2+ years of commercial driving", "Route Driver (Class C)") is True
    assert lower_grade("Grade III or higher water operator, 3 years", "Grade II Operator") is True


def test_years_teaching_a_grade_and_driving_on_an_admitted_class_count():
    teaching = Requirement(
        kind="experience",
        text="3+ years of elementary teaching experience (Grade 4 classroom)",
        years=3,
        subject="elementary teaching",
    )
    assert check_experience(teaching, _evidence("Grade 2 Teacher (2016 - 2024)")).status == "met"
    driving = Requirement(
        kind="experience",
        text="Class A or B CDL with 2+ years of commercial driving",
        years=2,
        subject="commercial driving",
    )
    assert check_experience(driving, _evidence("Route Driver (Class B) (2016 - 2024)")).status == "met"


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # "post-" names a field here, not a stage of training
        ("5+ years of post-production experience", "post-production"),
        ("3 years of post-acute care experience", "post-acute care"),
        ("2 years of post-sales support", "post-sales support"),
        ("2 years of post-anesthesia care", "post-anesthesia care"),
        ("3 years of post-secondary teaching", "post-secondary teaching"),
        ("4 years of post-production editing", "post-production editing"),
        # a stage of training says when
        ("2 years of post-master's experience in counseling", "counseling"),
        ("2 years of post-residency experience in family medicine", "family medicine"),
        # where or how one worked is no subject; a role is
        ("Must have worked in a fast-paced environment for 3+ years", ""),
        ("Must have worked in a team for 2 years", ""),
        ("Must have served in a leadership capacity for 2 years", ""),
        ("Must have served as a school bus monitor for 3 years", "school bus monitor"),
        ("Must have worked as a crane operator for at least 4 years", "crane operator"),
        # "operating systems" are a thing, "performing arts" a field
        ("3 years experience in computer operating systems", "computer operating systems"),
        ("3 years experience in Windows Server operating systems", "Windows Server operating systems"),
        ("5 years of performing arts administration", "performing arts administration"),
        ("3 years of experience performing audits", "audits"),
    ],
)
def test_fields_settings_and_things_read_as_postings_mean_them(item, subject):
    assert _years(item)[1] == subject


def test_years_worked_in_a_setting_are_years_in_all():
    req = Requirement(
        kind="experience", text="Must have worked in a fast-paced environment for 3+ years", years=3, subject=""
    )
    assert check_experience(req, _evidence("Line Cook (2016 - 2024)")).status == "met"


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # a setting with a content word keeps that word: the years are in it
        ("Must have worked in a hospital setting for 3 years", "hospital"),
        ("Should have worked in an acute care setting for at least 2 years", "acute care"),
        ("Candidates must have worked in the healthcare industry for 3+ years", "healthcare"),
        ("Has worked in a busy manufacturing environment for over 3 years", "manufacturing"),
        ("Must have worked in the nursing field for 5 years", "nursing"),
        # a generic setting names no field: years in all
        ("Must have worked in a team setting for 2 years", ""),
        ("Must have served in a leadership role for 3 years", ""),
        ("Must have worked in the field for 5 years", ""),
        ("Must have worked in a dynamic team-oriented environment for 2 years", ""),
    ],
)
def test_a_settings_content_word_is_the_subject_of_years_worked_in_it(item, subject):
    assert _years(item)[1] == subject


def test_years_worked_in_a_hospital_setting_are_hospital_years():
    req = Requirement(kind="experience", text="Must have worked in a hospital setting for 3 years", years=3)
    req = req.model_copy(update={"subject": _years(req.text)[1]})
    assert check_experience(req, _evidence("Registered Nurse, Mercy General Hospital (2016 - 2024)")).status == "met"
    assert check_experience(req, _evidence("Line Cook, Olive Garden (2016 - 2024)")).status == "missing"


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        # years "in" a place read as years worked in it: the place's content words are the subject
        ("2 years in an acute care setting", "acute care"),
        ("Minimum of 3 years in a hospital setting required", "hospital"),
        ("3+ years in the construction industry", "construction"),
        ("At least 2 years of experience in a busy outpatient clinic environment", "outpatient clinic"),
        ("1+ year in a dental or orthodontic setting", "dental or orthodontic"),
        ("1 year of interpreting in a healthcare setting", "healthcare interpreting"),
        # a generic place names no field: years in all
        ("3 years in a fast-paced environment", ""),
        ("2+ years in a high-pressure team environment", ""),
        ("5 years in the field", ""),
        # a post held names the rung asked: its words stay
        ("3+ years in a supervisory role", "supervisory role"),
        ("2 years in a charge nurse position", "charge nurse position"),
    ],
)
def test_a_places_content_word_is_the_subject_of_years_in_it(item, subject):
    assert _years(item)[1] == subject


def test_years_in_an_acute_care_setting_count_acute_care_and_a_fast_paced_one_all_work():
    acute = Requirement(kind="experience", text="2 years in an acute care setting", years=2)
    acute = acute.model_copy(update={"subject": _years(acute.text)[1]})
    fast = Requirement(kind="experience", text="3 years in a fast-paced environment", years=3)
    fast = fast.model_copy(update={"subject": _years(fast.text)[1]})
    cook = _evidence("Line Cook, Olive Garden (2016 - 2024)")
    assert check_experience(acute, cook).status == "missing"
    assert check_experience(fast, cook).status == "met"


def test_information_technology_spelled_out_is_it():
    found = subject_of("IT support")
    assert found is not None
    assert role_rung(found, "Information Technology Support Specialist", []) == 2
    assert role_rung(found, "I.T. Help Desk Analyst", []) == 2
    assert role_rung(found, "Treasury Analyst", []) is None
    spelled = subject_of("information technology support")
    assert spelled is not None and spelled.occupation.name == "it_support"


def test_a_construction_site_manager_is_no_property_manager():
    found = subject_of("property management")
    assert found is not None
    assert role_rung(found, "Site Manager, Balfour Beatty Construction", []) is None
    assert role_rung(found, "Assistant Site Manager", []) is None
    assert role_rung(found, "Community Manager", []) == 2


def test_a_participle_after_experience_says_how_it_was_gained_not_what_it_was_in():
    assert _years("3 years of air traffic control experience staffing radar sectors")[1] == "air traffic control"
    assert _years("4+ years of carpentry experience framing custom homes")[1] == "carpentry"
    # "field" says where the experience was had, so the clause after it is the work
    assert "repairing" in _years("3 years of field experience repairing wind turbines")[1]
