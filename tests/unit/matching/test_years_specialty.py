"""Years of a specialty: a role that names another value of the asked slot (adult for pediatric) is other work.

Every case here is written for this file (its own words, not a benchmark case's).
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import check_years, other_specialty
from careerpilot.matching.requirements import _years
from careerpilot.matching.since import counted_since, since_phrase
from careerpilot.matching.specialties import fit, named, with_place

TODAY = date(2025, 1, 1)


def _years_req(years: float, subject: str) -> Requirement:
    return Requirement(kind="experience", text=f"{years:g} years of {subject} experience", years=years, subject=subject)


def _evidence(*roles: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(roles) + "\n", TODAY)


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("5 years of ICU nursing", "hospital_unit", "critical care"),
        ("3 years of heavy civil construction", "construction_type", "heavy civil"),
        ("2 years of pediatric dental assisting", "population", "pediatric"),
        ("Foreman, Single-Family Homes", "building_sector", "residential"),
        ("Operator, Activated Sludge Plant", "water", "wastewater"),
    ],
)
def test_a_subject_or_a_role_line_names_its_specialty(text, slot, value):
    assert value in named(text)[slot]


def test_ambiguous_words_name_no_specialty():
    # "home" alone (nursing home, home health) and "house" (back of house) are no building sector
    assert "building_sector" not in named("Back of House Lead, Home Health Aide")
    assert named("Staff Accountant at a CPA firm") == {}


def test_an_icu_nurse_counts_a_med_surg_role_as_other_work():
    req = _years_req(5, "ICU nursing")
    evidence = _evidence(
        "Registered Nurse, Surgical ICU (Jan 2021 - Present)",
        "Titrated vasoactive drips for post-op cardiac patients",
        "Registered Nurse, Med-Surg (Jan 2014 - Dec 2020)",
        "Cared for 6 patients a shift on a 32-bed medical-surgical floor",
    )
    check = check_years(req, evidence)
    assert check.years_held == pytest.approx(4.0, abs=0.1)  # the ICU years only, not the med-surg ones
    assert check.status != "met"
    assert "not counted" in check.note and "Med-Surg" in check.note  # the decision leaves its evidence


def test_a_role_silent_on_the_setting_still_counts():
    req = _years_req(3, "pediatric speech therapy")
    evidence = _evidence(
        "Speech Therapist, Little Voices Clinic (Jan 2023 - Present)",
        "Articulation and language groups for children ages 2-12",
        "Speech Therapist (Jan 2020 - Dec 2022)",
        "Evaluations, treatment plans and progress notes",
    )
    check = check_years(req, evidence)
    assert check.status == "met"  # resumes often leave the setting unsaid: the silent role keeps its years
    assert "pediatric shown" in check.note
    assert fit("heavy civil construction", ["Project Engineer", "Bridge deck pours"]).verdict == "shown"
    assert fit("heavy civil construction", ["Project Engineer", "RFIs and submittals"]).verdict == "silent"


def test_years_in_residential_work_do_not_count_toward_commercial_ones():
    req = _years_req(3, "commercial roofing")
    evidence = _evidence(
        "Commercial Roofing Foreman (Jan 2023 - Present)",
        "TPO and modified bitumen on retail and office buildings",
        "Roofing Crew Lead (Jan 2016 - Dec 2022)",
        "Tear-offs and re-shingling on single-family homes",
    )
    check = check_years(req, evidence)
    assert check.years_held == pytest.approx(2.1, abs=0.05)  # seven years of roofing, 25 months of them commercial
    assert "not counted" in check.note and "residential" in check.note


def test_a_role_naming_both_values_shows_the_asked_one():
    spoken = fit("pediatric dental assisting", ["Dental Assistant", "Chairside for children and adults"])
    assert spoken is not None and spoken.verdict == "shown"
    assert fit("pediatric dental assisting", ["Dental Assistant", "Adult and geriatric patients"]).verdict == "other"
    assert fit("pediatric dental assisting", ["Dental Assistant", "Four-handed dentistry"]).verdict == "silent"
    assert fit("dental assisting", ["Dental Assistant, Geriatric Clinic"]) is None  # no specialty asked


def test_one_slot_naming_another_value_makes_the_role_other_work():
    # pediatric ICU: an adult ICU shows the unit but not the population
    assert fit("pediatric intensive care nursing", ["Staff RN, Adult ICU"]).verdict == "other"
    assert fit("pediatric intensive care nursing", ["Staff RN, PICU", "Infants to teens"]).verdict == "shown"


def test_a_clause_saying_when_the_years_were_earned_leaves_the_subject():
    item = "three years of experience, after licensure, providing hospice nursing care in the home"
    years, subject = _years(item)
    assert years == 3 and "hospice nursing" in subject


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("two years of experience, after the DPT, treating outpatient orthopedic patients", "DPT"),
        ("3 years post-BSN medical-surgical experience", "BSN"),
        ("2 years of nursing experience after licensure", "licensure"),
        ("4 years of experience following completion of the apprenticeship", "apprenticeship"),
        ("5 years after hire, eligible for promotion", ""),
        ("4 years as a history teacher at the post-secondary level", ""),  # a level, no credential
        ("3 years as a Post-Sales Support Lead", ""),
        ("Following this, three years of field experience", ""),
        ("2 years of dispatch experience", ""),
    ],
)
def test_the_credential_years_count_from_is_read(item, phrase):
    assert since_phrase(item) == phrase


def _nurse(licensed: str) -> resume_evidence.ResumeEvidence:
    resume = Resume.model_validate(
        {
            "basics": {"name": "A. Nurse", "label": "Nurse"},
            "work": [{"position": "Nurse, Medical Unit", "name": "Mercy General", "startDate": "2021-01"}],
            "education": [
                {"studyType": "Bachelor of Science in Nursing", "institution": "State U", "endDate": "2020-12"}
            ],
            "certificates": [
                {"name": "Registered Nurse License", "issuer": "Board of Nursing", "date": licensed},
                {"name": "Driver License", "issuer": "DMV", "date": "2012-03"},
            ],
        }
    )
    return resume_evidence.from_resume(resume, TODAY)


def test_years_after_licensure_count_from_the_licence_date():
    req = Requirement(
        kind="experience", text="2 years of nursing experience after licensure", years=2, subject="nursing"
    )
    late = check_years(req, _nurse("2023-07"))  # worked as a graduate nurse before the licence came
    assert late.years_held == pytest.approx(1.6, abs=0.05)  # months count through today's (inclusive)
    assert "counted from the licensure" in late.note and "Registered Nurse License" in late.note
    assert check_years(req, _nurse("2021-01")).years_held == pytest.approx(4.0, abs=0.1)


def test_years_after_a_degree_count_from_its_date_found_by_initials():
    evidence = _nurse("2021-01")
    counted, note = counted_since("3 years post-BSN experience", evidence)
    assert counted.roles[0].start == (2021, 1)  # began after the degree: nothing to cut
    assert "Bachelor of Science in Nursing" in note
    unchanged, none = counted_since("3 years of nursing experience", evidence)
    assert unchanged is evidence and none == ""


def test_a_specialty_place_after_the_subject_is_asked_too():
    assert with_place("RN", "2 years of experience as an RN in the Cardiac ICU") == "RN in Cardiac ICU"
    assert with_place("forklift", "3+ years forklift in a high-volume DC") == "forklift"  # a place, no specialty
    req = Requirement(kind="experience", text="2 years as an RN in the ICU", years=2, subject="RN")
    evidence = _evidence(
        "Registered Nurse, Surgical ICU (Jan 2024 - Present)",
        "Registered Nurse, Medical-Surgical Unit (Jan 2018 - Dec 2023)",
    )
    assert check_years(req, evidence).years_held == pytest.approx(1.1, abs=0.05)  # Jan 2024 through today's month: 13


def test_an_occupation_role_naming_the_sector_in_other_words_counts_clearly():
    # "commercial" is the word the HVAC titles lack; "office buildings" names the same sector
    req = _years_req(2, "commercial HVAC")
    evidence = _evidence(
        "HVAC Technician (Jan 2022 - Present)",
        "Rooftop units and VAV boxes on office buildings and retail centers",
    )
    check = check_years(req, evidence)
    assert check.status == "met" and check.years_basis == "clear"
    assert "commercial shown" in check.note


def _social_worker(*jobs: tuple[str, str, str]) -> resume_evidence.ResumeEvidence:
    resume = Resume.model_validate(
        {
            "basics": {"name": "S. Worker", "label": "Social Worker"},
            "work": [
                {"position": p, "name": "County Family Services", "startDate": s, "endDate": e} for p, s, e in jobs
            ],
            "education": [{"studyType": "Master of Social Work", "institution": "State U", "endDate": "2016-01"}],
        }
    )
    return resume_evidence.from_resume(resume, TODAY)


def test_roles_ended_before_the_credential_count_no_month():
    # two case-aide jobs long before the MSW, then two years after it: the years after it are 24 months, not 26
    evidence = _social_worker(
        ("Case Aide", "2012-02", "2012-09"),
        ("Intake Assistant", "2013-03", "2013-10"),
        ("Clinical Social Worker", "2016-01", "2017-12"),
    )
    counted, note = counted_since("2 years of casework after the MSW", evidence)
    assert [r.title for r in counted.roles] == ["Clinical Social Worker"]
    assert resume_evidence.union_months(counted.roles) == 24 and "Master of Social Work" in note


def test_a_role_spanning_the_credential_counts_from_its_month():
    evidence = _social_worker(("Family Caseworker", "2014-06", "2016-06"))
    counted, _ = counted_since("two years post-MSW of casework", evidence)
    assert counted.roles[0].start == (2016, 1) and resume_evidence.union_months(counted.roles) == 6


def test_the_note_names_only_roles_counted_after_the_credential():
    # the pediatric role before the MSW is cut away: the note must not cite it
    req = Requirement(
        kind="experience",
        text="2 years of pediatric social work after the MSW",
        years=2,
        subject="pediatric social work",
    )
    evidence = _social_worker(
        ("Social Work Assistant, Adult Day Program", "2012-01", "2013-12"),
        ("Social Worker, Children's Hospital", "2016-02", "2019-12"),
    )
    check = check_years(req, evidence)
    assert "Adult Day Program" not in check.note and "counted from the MSW" in check.note


def test_no_role_after_the_credential_is_short_not_unknown():
    req = Requirement(kind="experience", text="2 years of casework after the MSW", years=2, subject="casework")
    check = check_years(req, _social_worker(("Caseworker", "2013-01", "2015-06")))
    assert check.status != "unknown" and check.years_held == 0.0


def test_commercial_names_no_building_sector_outside_the_trades():
    # a driver's, a lender's, an underwriter's "commercial" is a line of business, not a kind of building
    driver = _evidence(
        "Delivery Driver, Hometown Furniture (Jan 2020 - Present)", "Delivered sofas to customers' homes"
    )
    assert not other_specialty("commercial driving", driver.roles[0])
    assert not other_specialty("CDL Class A driving", driver.roles[0])
    lender = _evidence("Loan Officer, First Valley Bank (Jan 2019 - Present)", "Refinanced mortgages for homeowners")
    assert not other_specialty("commercial lending", lender.roles[0])
    underwriter = _evidence("Underwriter, Mutual Group (Jan 2019 - Present)", "Quoted policies for homes and autos")
    assert not other_specialty("commercial insurance underwriting", underwriter.roles[0])
    assert "building_sector" not in named("Commercial Driver, CDL Class A")
    assert "building_sector" not in named("Commercial Cleaning Crew Lead")


def test_the_years_of_a_commercial_driver_keep_a_role_naming_homes():
    req = _years_req(2, "commercial driving")
    evidence = _evidence("Delivery Driver, Hometown Furniture (Jan 2022 - Present)", "Drove a box truck to homes")
    assert check_years(req, evidence).years_held == pytest.approx(3.1, abs=0.05)


def test_a_commercial_electrician_still_leaves_out_residential_years():
    role = _evidence("Journeyman Electrician, Residential (Jan 2019 - Present)", "Wired new single-family homes")
    assert other_specialty("commercial electrical", role.roles[0])
    assert other_specialty("commercial or industrial electrical construction", role.roles[0])


def test_a_care_population_is_asked_only_of_care_work():
    # "youth" is a population for a therapist, not for a sports coach's years
    coach = _evidence("Assistant Coach, Adult Rec League (Jan 2020 - Present)", "Ran drills for adults")
    assert not other_specialty("youth soccer coaching", coach.roles[0])
    therapist = _evidence("Occupational Therapist (Jan 2020 - Present)", "Adult and geriatric rehab")
    assert other_specialty("pediatric occupational therapy", therapist.roles[0])


def test_named_is_read_only_and_a_long_line_is_quick():
    with pytest.raises(TypeError):
        named("Residential Electrician")["building_sector"] = frozenset()  # type: ignore[index]
    line = "5 years as an RN in " + "the pediatric intensive care unit of a hospital " * 420  # about 20 kB
    began = time.process_time()
    place = with_place("RN", line)
    named(line)
    fit("RN", [line, line])
    assert time.process_time() - began < 1.0
    assert len(place) <= len("RN in ") + 60
