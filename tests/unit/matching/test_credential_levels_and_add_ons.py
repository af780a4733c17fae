"""An unqualified resume's credential is caught: a lower level written before or after the name, a numbered rung,
another state's or country's register, an add-on module or rating the base credential lacks."""

from __future__ import annotations

import pytest

from careerpilot.matching import credential_phrases
from careerpilot.matching.credentials import held_in, judge, wanted_in


def _credit(item: str, lines: list[str]) -> list[float]:
    """Return the credit each credential the item asks for gets from resume lines (also read as listed certificates)."""
    held = held_in(lines)
    return [judge(w, held, lines=lines, listed=lines).credit for w in wanted_in(item)]


@pytest.mark.parametrize(
    ("item", "met", "lower"),
    [
        (
            "Level 3 NVQ Diploma in Barbering (or equivalent Level 3 barbering qualification)",
            "Level 3 NVQ Diploma in Barbering (VTCT)",
            "Level 2 NVQ Diploma in Barbering (VTCT)",
        ),
        (
            "NVQ Level 3 Diploma in Hairdressing",
            "NVQ Level 3 Diploma in Hairdressing - City & Guilds",
            "NVQ Level 2 Diploma in Hairdressing - City & Guilds",
        ),
        (
            "TRAA National Driver Certification at Level 3 (heavy duty)",
            "TRAA National Driver Certification - Level 3, Heavy Duty Towing and Recovery",
            "TRAA National Driver Certification - Level 2, Medium/Heavy Duty",
        ),
        (
            "Landscape Irrigation Technician certification, Level II",
            "Landscape Irrigation Technician Certification - Level III",
            "Landscape Irrigation Technician Certification - Level I",
        ),
    ],
)
def test_a_level_written_before_or_after_the_name_orders_it(item, met, lower):
    assert _credit(item, [met]) == [1.0]
    assert _credit(item, [lower]) == [0.0]


def test_a_qualification_named_without_a_level_before_it_keeps_no_level():
    (named,) = credential_phrases.find("Diploma in Barbering or equivalent")
    assert named[0].name == "Diploma in Barbering"
    assert _credit("Diploma in Barbering", ["Diploma in Barbering (The Manchester College)"]) == [1.0]


@pytest.mark.parametrize(
    ("held", "met"),
    [
        ("Certified Alcohol and Drug Counselor II (CADC II), MHACBO", True),
        ("CADC-III (Mental Health & Addiction Certification Board of Oregon)", True),
        ("Certified Alcohol and Drug Counselor I (CADC I), MHACBO", False),
        ("CADC (Pennsylvania Certification Board)", False),
    ],
)
def test_a_numbered_rung_of_a_counselor_credential_is_met_by_the_same_or_a_higher_number(held, met):
    assert _credit("Certified Alcohol and Drug Counselor (CADC) II or CADC III through MHACBO", [held]) == [
        1.0 if met else 0.0
    ]


def test_a_credential_named_without_its_number_is_met_by_any_rung():
    assert _credit("CADC certification required", ["CADC I (MHACBO)"]) == [1.0]


def test_an_entry_level_credential_the_posting_rules_out_is_not_asked_and_does_not_meet_the_higher_one():
    item = (
        "Registered Polysomnographic Technologist (RPSGT) credential from BRPT, or RRT-SDS. "
        "The entry-level CPSGT does not meet this requirement."
    )
    assert [w.ids for w in wanted_in(item)] == [("rpsgt", "rrt_sds")]
    assert _credit(
        item, ["Certified Polysomnographic Technician (CPSGT), Board of Registered Polysomnographic Technologists"]
    ) == [0.0]
    assert _credit(item, ["Registered Polysomnographic Technologist, BRPT"]) == [1.0]


@pytest.mark.parametrize(
    ("item", "name", "abbreviation"),
    [
        (
            "The National Vocational Beach Lifeguard Qualification (NVBLQ), in date",
            "National Vocational Beach Lifeguard Qualification",
            "NVBLQ",
        ),
        (
            "Professional Qualification in Probation (PQiP), or a previous qualification",
            "Professional Qualification in Probation",
            "PQiP",
        ),
        (
            "National Pool Lifeguard Qualification (NPLQ) holders welcome",
            "National Pool Lifeguard Qualification",
            "NPLQ",
        ),
    ],
)
def test_a_named_qualification_is_a_credential(item, name, abbreviation):
    (named,) = credential_phrases.find(item)
    assert (named[0].name, named[0].abbreviation) == (name, abbreviation)


@pytest.mark.parametrize(
    "item",
    [
        "Minimum Qualifications: 3 years in retail",
        "Essential qualification: a driving licence",
        "Key Qualification",
        "Relevant Tertiary Qualification in Computer Science or Software Engineering",
        "Educational Qualification in Engineering",
        "Bachelor Degree Qualification in Information Technology",
        "Desired Skills And Experience Qualification",
        "Minimum 5 Years Experience Or Equivalent Qualification",
    ],
)
def test_a_qualifications_heading_is_no_credential(item):
    assert not [g for g in credential_phrases.find(item) if "Qualification" in g[0].name]


def test_a_named_qualification_is_met_by_its_abbreviation_not_by_another_of_its_kind():
    item = "The National Vocational Beach Lifeguard Qualification (NVBLQ), in date for the whole season"
    assert _credit(item, ["NVBLQ (RNLI / Surf Life Saving GB)"]) == [1.0]
    assert _credit(item, ["National Pool Lifeguard Qualification (NPLQ) (RLSS UK)"]) == [0.0]


def test_a_private_investigator_licence_is_held_per_state():
    item = "Current California Private Investigator license issued by the Bureau of Security and Investigative Services"
    assert _credit(item, ["Private Investigator License, State of California (BSIS)"]) == [1.0]
    assert _credit(item, ["Private Investigator License (Arizona Department of Public Safety)"]) == [0.0]


def test_a_patent_agent_registered_in_another_country_does_not_meet_the_canadian_register():
    item = "Registered Canadian patent agent (Class 1 licensee with the College of Patent Agents and Trademark Agents)"
    assert _credit(item, ["Registered Patent Agent (Canada) - Class 1 Patent Agent Licence (CPATA)"]) == [1.0]
    assert _credit(item, ["Registered Patent Agent, USPTO (Reg. No. 81,442)"]) == [0.0]
    assert _credit(item, ["U.S.-registered patent agent at a Canadian firm"]) == [0.0]


def test_an_add_on_module_or_rating_must_be_named_on_its_base_credential():
    lifeguard = "American Red Cross Lifeguarding certification WITH the Waterfront Skills module"
    assert _credit(lifeguard, ["Lifeguarding/First Aid/CPR/AED with Waterfront Skills (American Red Cross)"])[-1] == 1.0
    assert _credit(lifeguard, ["Lifeguarding/First Aid/CPR/AED (American Red Cross)"])[-1] == 0.0
    instructor = "FAA Flight Instructor certificate with Airplane Single-Engine AND Instrument Airplane ratings"
    cfii = (
        "Flight Instructor Certificate - Airplane Single-Engine, Instrument Airplane (CFI, CFII) "
        "(Federal Aviation Administration)"
    )
    assert _credit(instructor, [cfii]) == [1.0, 1.0, 1.0]
    # the instrument rating on the pilot certificate is not one on the instructor certificate
    lines = [
        "Flight Instructor Certificate - Airplane Single-Engine (CFI), FAA",
        "Commercial Pilot Certificate - Instrument Airplane",
    ]
    assert _credit(instructor, lines) == [1.0, 1.0, 0.0]


@pytest.mark.parametrize(
    "item",
    [
        "BLS with the American Heart Association",
        "Class A CDL with tanker and hazmat endorsements",
        "Journeyman license with the appropriate rating",
    ],
)
def test_an_issuer_a_known_endorsement_or_an_unnamed_rating_is_no_add_on(item):
    assert not [w for w in wanted_in(item) if any(" with " in i for i in w.ids)]


def test_a_degree_in_the_field_does_not_hold_the_practitioners_credential():
    item = "Certified Athletic Therapist, CAT(C), in good standing with the Canadian Athletic Therapists Association"
    degree = "Bachelor of Health and Physical Education, Athletic Therapy major (CATA-accredited)"
    assert _credit(item, [degree]) == [0.0]
    assert _credit(item, ["Certified Athletic Therapist - CAT(C)"]) == [1.0]


def test_a_licence_named_then_issued_by_a_body_keeps_its_own_name_and_the_posting_state():
    item = (
        "You must hold a current Minnesota Journeyman Sprinkler Fitter certificate of competency "
        "issued by the State Fire Marshal"
    )
    (want,) = wanted_in(item)
    assert "issued" not in want.ids[0] and want.jurisdictions == ("Minnesota",)
    assert _credit(item, ["Journeyman Sprinkler Fitter Certificate of Competency (Minnesota State Fire Marshal)"]) == [
        1.0
    ]
    assert _credit(item, ["Journeyman Automatic Fire Sprinkler Fitter License (Wisconsin DSPS)"]) == [0.0]


def test_one_wind_training_standard_does_not_stand_for_another():
    item = "GWO Basic Technical Training (BTT) - Mechanical, Electrical and Hydraulics modules"
    assert _credit(item, ["GWO Basic Technical Training - Mechanical, Electrical, Hydraulics"]) == [1.0]
    assert _credit(item, ["GWO Advanced Rescue Training (ART)", "GWO Basic Safety Training (WAH, MH, FA)"]) == [0.0]


def test_a_rank_word_inside_the_name_is_the_held_rank():
    item = "CIPS Level 5 Advanced Diploma in Procurement and Supply"
    held = "CIPS Level 5 Advanced Diploma in Procurement and Supply (Chartered Institute of Procurement & Supply)"
    assert _credit(item, [held]) == [1.0]
    assert _credit(
        item, ["CIPS Level 4 Diploma in Procurement and Supply (Chartered Institute of Procurement & Supply)"]
    ) == [0.0]


def test_a_rank_word_inside_a_held_name_meets_an_ask_that_names_no_rank():
    item = "Valid passport and FCC radiotelephone operator permit"
    assert _credit(item, ["FCC Restricted Radiotelephone Operator Permit (FCC)"]) == [1.0]
    # an ask that names a rank still reads the rank inside the held name
    assert _credit("Full Practising Certificate (Nursing Council)", ["Provisional Practising Certificate"]) == [0.0]


def test_you_will_need_heads_what_is_asked_and_you_will_heads_duties():
    from careerpilot.matching.layout import section_kind

    assert section_kind("You will need") == "required"
    assert section_kind("You will") == "responsibilities"
    assert section_kind("What you will do") == "responsibilities"


@pytest.mark.parametrize(
    "item",
    [
        "Salesforce Administrator certification and experience configuring Sales Cloud and Service Cloud modules",
        "Valid driver's license and Excel, Word and PowerPoint add-ons",
        "Forklift certification and consistently high Customer Satisfaction ratings",
        "Class A CDL with Hazmat and Tanker endorsements",
    ],
)
def test_ordinary_words_after_and_or_known_endorsements_make_no_add_on(item):
    assert not [w for w in wanted_in(item) if any(" with " in i for i in w.ids)]


def test_a_cdls_endorsements_listed_by_letter_meet_the_named_endorsements():
    assert _credit("Class A CDL with Hazmat and Tanker endorsements", ["CDL-A, endorsements: H, N, T"]) == [1.0] * 3


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Rigging certification at Level 3", "Rigging Level 3"),
        ("Rigging certificate - Level 2", "Rigging Level 2"),
        ("Rigging certificate (Level 2 or above)", "Rigging Level 2"),
        ("Fall Protection certification, Grade 12 education", "Fall Protection"),
        ("Traffic Control certificate - Level 1 First Aid also required", "Traffic Control"),
        ("Helpdesk certification - Level 2 support experience", "Helpdesk"),
    ],
)
def test_a_level_after_the_noun_is_its_own_only_where_no_other_words_follow(item, name):
    assert credential_phrases.find(item)[0][0].name == name


def test_the_next_items_grade_is_no_lower_level_of_the_credential():
    assert _credit("Fall Protection certification, Grade 12 education", ["Fall Protection Certification"]) == [1.0]


@pytest.mark.parametrize(
    ("item", "held"),
    [
        ("Phlebotomist certification required", "Phlebotomy Certification - NHA"),
        ("Orthoptist certification required", "Orthoptics Certification"),
        ("Electrologist license", "Electrology License, State of Texas"),
    ],
)
def test_a_credential_named_by_its_field_holds_the_practitioners(item, held):
    assert _credit(item, [held]) == [1.0]
