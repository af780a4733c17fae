"""A credential or degree the resume holds is not reported missing: how postings and resumes write what is held."""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching.credentials import held_in, judge, wanted_in
from careerpilot.matching.degrees import degree_level

TODAY = date(2026, 12, 5)


def _credit(asked: str, lines: list[str], listed: list[str] | None = None) -> float:
    wanted = wanted_in(asked)
    assert len(wanted) == 1, wanted
    return judge(wanted[0], held_in(lines, TODAY), (), lines, listed or []).credit


def test_an_abbreviation_before_or_is_an_alternative_even_when_the_other_carries_a_qualifier():
    (wanted,) = wanted_in("ASHA CCC-A or ABA board certification")
    assert wanted.ids == ("~CCC-A", "~ABA")
    held = ["Certificate of Clinical Competence in Audiology (CCC-A)"]
    assert _credit("ASHA CCC-A or ABA board certification", [], held) == 1.0
    # two telling words before the noun are one name, not an alternative to the abbreviation
    (trade,) = wanted_in("HVAC or electrical trade certification")
    assert len(trade.ids) == 1


def test_a_name_that_is_an_issuers_initialism_is_met_by_the_bracketed_credential():
    asked = "BOC certification (ATC)"
    assert _credit(asked, [], ["Certified Athletic Trainer (ATC) (Board of Certification, Inc.)"]) == 1.0
    assert _credit(asked, [], ["Athletic Trainer License (Oklahoma State Board)"]) == 0.0


def test_the_word_advanced_of_a_framework_level_is_no_rank_of_its_own():
    asked = "CIPS Level 5 Advanced Diploma in Procurement and Supply"
    assert _credit(asked, [], ["CIPS Level 5 Advanced Diploma in Procurement and Supply (CIPS)"]) == 1.0
    assert _credit(asked, [], ["CIPS Level 4 Diploma in Procurement and Supply (CIPS)"]) == 0.0


def test_an_issuer_named_after_a_credential_is_not_part_of_its_name():
    asked = "You must hold a current Minnesota Journeyman Sprinkler Fitter certificate of competency issued by SFMD."
    (wanted,) = wanted_in(asked)
    assert "issued" not in wanted.ids[0]
    assert wanted.jurisdictions == ("Minnesota",)
    held = "Journeyman Sprinkler Fitter Certificate of Competency (Minnesota Department of Public Safety)"
    assert _credit(asked, [], [held]) == 1.0
    assert _credit(asked, [], ["Journeyman Automatic Fire Sprinkler Fitter License (Wisconsin DSPS)"]) == 0.0


def test_a_clipped_tech_is_the_technician_a_resume_names():
    asked = "Now hiring LICENSED pest techs for residential routes"
    assert _credit(asked, ["Licensed pest control technician with six years on residential routes"]) == 1.0
    assert _credit(asked, ["Pest control sales with six years on residential routes"]) == 0.0


@pytest.mark.parametrize(
    ("item", "optional"),
    [
        ("Structural Pest Control Service technician license required - Certified Applicator even better", True),
        ("Certified Applicator license would be an advantage", True),
        ("Certified Applicator license required", False),
    ],
)
def test_a_credential_the_posting_calls_even_better_or_an_advantage_is_not_required(item, optional):
    applicator = [w for w in wanted_in(item) if "Applicator" in w.ids[0]]
    assert applicator, wanted_in(item)
    assert applicator[0].ids[0].endswith("Certified Applicator")
    assert applicator[0].optional is optional


@pytest.mark.parametrize(
    "item",
    [
        "Instructors fly Cessna 172S and Piper Seminole aircraft and build time toward ATP minimums",
        "Supervised hours toward your LCSW licence are provided",
        "Please note this opportunity is for qualified ADIs only - trainees on a pink PDI licence should ask about our "
        "instructor training programme instead.",
    ],
)
def test_a_credential_the_job_leads_toward_or_sends_elsewhere_is_not_asked(item):
    assert not [w for w in wanted_in(item) if "ATP" in str(w.ids) or "atp" in w.ids or "PDI" in str(w.ids)]


@pytest.mark.parametrize(
    "item",
    [
        "ATP certificate required; 1,500 hours total time",
        "A PDI licence is required; others should ask about our training programme instead",
        "Active RN license, you can see your own patients rather than rotating",
        "Class A CDL and may check in at the terminal instead of the office",
    ],
)
def test_a_credential_asked_outright_is_still_asked(item):
    assert wanted_in(item)


def test_a_credential_earned_in_the_employers_training_is_not_asked_at_hire():
    (later,) = wanted_in(
        "Able to complete our 7-week in-flight training and earn the FAA Certificate of Demonstrated Proficiency"
    )
    assert later.optional
    (now,) = wanted_in("Must hold the FAA Certificate of Demonstrated Proficiency")
    assert not now.optional


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("Adult First Aid/CPR/AED (American Red Cross)", {"first_aid", "cpr"}),
        # the Red Cross's "Lifeguarding/First Aid/CPR/AED" certificate certifies First Aid too, as its name says
        ("Lifeguarding/First Aid/CPR/AED with Waterfront Skills", {"first_aid", "cpr"}),
        ("BLS/ACLS (American Heart Association)", {"bls", "acls"}),
        ("Configured TCP/IP networking and VPNs", set()),
    ],
)
def test_each_credential_of_a_slash_list_in_a_resume_line_is_held(line, held):
    assert {h.id for h in held_in([line], TODAY)} == held


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Doctor of Audiology (Au.D.) Audiology The Ohio State University", 5),
        ("DPT Physical Therapy University of Delaware", 5),
        ("Pharm.D. University of Florida", 5),
        ("M.A. Marriage and Family Therapy University of San Francisco", 4),
        ("MFA in Creative Writing, University of Iowa", 4),
        ("Painting MFA", 4),
        ("B.S. Computer Science, senior thesis: MFA for IoT devices", 3),  # multi-factor authentication
        ("MSW Social Work Boston College", 4),
        ("MA in Counseling Psychology", 4),
        ("BSN Nursing University of Iowa", 3),
        ("Boston, MA", 0),
        ("Machined parts to 0.500 OD tolerances", 0),
        ("Doctor of the Church", 0),
    ],
)
def test_degrees_written_by_their_initials_or_as_a_doctor_of_a_field_are_read(line, level):
    assert degree_level(line) == level


@pytest.mark.parametrize(
    ("item", "ids"),
    [
        (
            "Current nationally accredited (NCCA) certification: NASM, ACE, ACSM, NSCA or NCSF",
            ("~NCCA", "~NASM", "~ACE", "~ACSM", "~NSCA", "~NCSF"),
        ),
        (
            "Certified Personal Trainer (NASM, ACE, ACSM or NSCA)",
            ("~Certified Personal Trainer", "~NASM", "~ACE", "~ACSM", "~NSCA"),
        ),
        (
            "CIPS Level 5 Advanced Diploma in Procurement and Supply (or MCIPS)",
            ("~CIPS Level 5 Advanced Diploma in Procurement and Supply", "~MCIPS"),
        ),
        ("RN, LPN or CNA license", ("rn", "lpn", "cna")),
        ("Security certification such as Security+, CISSP or CISM", ("~Security", "comptia_security", "cissp", "cism")),
    ],
)
def test_a_list_ending_in_or_or_a_credentials_examples_are_alternatives(item, ids):
    (wanted,) = wanted_in(item)
    assert wanted.ids == ids


@pytest.mark.parametrize(
    ("item", "count"),
    [
        ("BLS, ACLS and PALS required", 3),  # all of them
        ("BLS, RN or LPN license", 2),  # two families: BLS besides either licence
        ("CPR certification (AHA or ARC)", 1),  # issuers in brackets, not credentials
        ("Security certification such as Security+ or CISSP, and a valid driver's license", 2),
    ],
)
def test_lists_of_credentials_asked_together_stay_apart(item, count):
    assert len(wanted_in(item)) == count, wanted_in(item)


def test_any_certification_of_the_list_meets_it():
    asked = "Current nationally accredited (NCCA) certification: NASM, ACE, ACSM, NSCA or NCSF"
    assert _credit(asked, [], ["NASM Certified Personal Trainer (NASM-CPT) (National Academy of Sports Medicine)"]) == 1
    assert _credit(asked, [], ["Group Fitness Instructor (AFAA)"]) == 0


@pytest.mark.parametrize(
    ("asked", "listed", "credit"),
    [
        ("Lifeguarding certification", "Lifeguarding/First Aid/CPR/AED with Waterfront Skills (American Red Cross)", 1),
        ("Lifeguarding certification", "Lifeguarding (in progress) (American Red Cross)", 0),
        ("Lifeguarding certification", "Water Safety Instructor (WSI) (American Red Cross)", 0),
        ("OSHA 30-Hour card", "OSHA 10-Hour Construction (OSHA Training Institute)", 0),
    ],
)
def test_a_listed_certificate_naming_a_vocabulary_credential_without_its_noun_holds_it(asked, listed, credit):
    assert _credit(asked, [listed], [listed]) == credit


def test_a_course_about_a_trade_does_not_hold_the_trades_licence():
    listed = "Infection Control Course (barbering) (NYS Education Department approved provider)"
    assert _credit("NYS Barber license required", [listed], [listed]) == 0


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        ("Private Pilot certificate", "Private Pilot Ground School - Sporty's"),
        ("Contractor licence", "Contractor Safety Orientation (ISNetworld)"),
        ("Home inspector licence", "Home Inspector Pre-licensing Course (120 hrs)"),
        ("driver's license", "Driver Safety Training (Smith System)"),
        ("Asbestos abatement certification", "Asbestos Abatement Awareness, 2 hours"),
    ],
)
def test_a_course_school_or_training_named_after_a_licence_does_not_hold_it(asked, listed):
    assert _credit(asked, [listed], [listed]) == 0


def test_a_listed_certificate_may_add_a_level_or_date_after_its_name():
    listed = "Lifeguarding - Level 2, renewed 2026 (American Red Cross)"
    assert _credit("Lifeguard certification", [listed], [listed]) == 1


def test_any_known_credential_among_the_examples_meets_it():
    assert _credit("Security certification such as Security+, CISSP or CISM", ["CISSP (ISC2)"]) == 1


def test_a_licence_class_after_the_name_is_no_class_taken():
    from careerpilot.matching.credentials import _heads_a_part

    assert _heads_a_part(["lifeguarding"], "Lifeguarding, Class 2 (RLSS)")
    assert not _heads_a_part(["lifeguarding"], "Lifeguarding class (YMCA)")


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # another name joined by "&" or "and", then the credential noun: one certificate covering both
        ("Current lifeguard certification required", "Lifeguarding & Water Safety Certification (Ellis & Associates)"),
        ("Current lifeguard certification required", "Lifeguarding and First Aid/CPR Certification, exp. 06/2027"),
        # a training's certificate is the certificate
        ("Forklift certification a must", "Forklift Operator Training Certificate (sit-down, reach), 2024"),
        ("Forklift certification a must", "Forklift Operator Training Certificate - Raymond Corp., 2023"),
    ],
)
def test_a_certificate_naming_another_thing_or_its_training_before_its_noun_holds_it(asked, listed):
    assert _credit(asked, [listed], [listed]) == 1


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # the training alone, with no certificate named, is the course, not the credential
        ("Forklift certification a must", "Forklift Operator Training (6 hours, on site)"),
        ("Forklift certification a must", "Forklift Operator Training, 2024"),
        # another thing named after the licence with no credential noun closing it
        ("Current lifeguard certification required", "Lifeguarding and Pool Maintenance"),
        # a credential noun closing a course's name does not make the course the licence
        ("driver's license", "Driver Safety Training Certificate (Smith System)"),
    ],
)
def test_a_training_or_another_thing_without_a_credential_noun_does_not_hold_it(asked, listed):
    assert _credit(asked, [listed], [listed]) == 0


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # a course's certificate says the training was done; the licence is the regulator's, held apart from it
        ("Barber licence required", "Barber Training Certificate (1,500 hours)"),
        ("Must hold a valid cosmetology license", "Cosmetology Training Certificate (1,600 hours), 2022"),
        ("Commercial driver's licence required", "Commercial Driver Training Certificate - 160 hours"),
        ("Real estate salesperson licence required", "Real Estate Salesperson Training Certificate"),
        ("Private investigator licence", "Private Investigator Training Certificate, 2023"),
    ],
)
def test_a_training_certificate_holds_no_licence(asked, listed):
    assert _credit(asked, [listed], [listed]) == 0


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # a certificate, card or training named after a course is what the course's certificate holds
        ("Food handler certificate required", "Food Handler Training Certificate, 2024"),
        ("Forklift certification a must", "Forklift Operator Training Cert."),
        # "+" joins another name the same certificate covers, as "&" and "and" do
        ("Current lifeguard certification required", "Lifeguarding + Water Safety Certification"),
    ],
)
def test_a_training_certificate_or_a_joined_name_holds_a_certificate(asked, listed):
    assert _credit(asked, [listed], [listed]) == 1


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # a certificate given by its hours is the school's record of the course, not the regulator's licence
        ("Must hold a valid cosmetology license", "Cosmetology Certificate (1,600 hours), 2022"),
        ("Barber licence required", "Barber Certificate - 1500 hrs, Empire Beauty School"),
        ("Esthetician license required", "Esthetics Certificate, 600 clock hours"),
        # a slash before the training's certificate still names the course's certificate
        ("Must hold a valid cosmetology license", "Cosmetology / Training Certificate"),
    ],
)
def test_a_certificate_given_by_its_hours_holds_no_licence(asked, listed):
    assert _credit(asked, [listed], [listed]) == 0


@pytest.mark.parametrize(
    ("asked", "listed"),
    [
        # the hours of a certificate asked for are its own: an OSHA card names its course's length
        ("OSHA 30-hour card required", "OSHA 30-Hour Training Certificate"),
        ("Current lifeguard certification required", "Lifeguard Certificate (25 hours), Red Cross"),
        # "+" with no spaces joins another name the same certificate covers, as " + " does
        ("Current lifeguard certification required", "Lifeguarding+Water Safety Certification"),
        ("Current lifeguard certification required", "Lifeguarding+CPR/AED Certification, exp. 2027"),
    ],
)
def test_an_hours_certificate_or_a_joined_name_still_holds_a_certificate(asked, listed):
    assert _credit(asked, [listed], [listed]) == 1
