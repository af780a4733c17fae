"""A licence's place implied by the posting, bodies whose initials carry a state, credentials in issuers' words (h24f).

"Registered with the Veterinary Medical Board" in a posting located in Campbell, CA asks California's registration:
a licence issued state by state, asked without a state, is asked where the job is, unless the posting accepts any
place or asks a national certification. "AZPOST certified" is Arizona's peace officer certification. "Enrolled to
practice before the IRS" is the Enrolled Agent; "Life and Accident & Health lines" the L&H producer licence;
"passenger and school bus endorsements" the P and S endorsements; "Master 200 GRT" meets "Master 100 GRT or higher".
"""

from __future__ import annotations

import pytest

from careerpilot.domain.jobs import JobPosting, Location
from careerpilot.domain.matching import PostingRequirements, Requirement
from careerpilot.matching import vocabulary_levels
from careerpilot.matching.credentials import Wanted, held_in, judge, vocabulary, wanted_in
from careerpilot.matching.jurisdictions import accepts_any, licence_places, nationally_issued, without_schools
from careerpilot.matching.posting_places import job_place, placed
from tests.support.credentials import TODAY, assert_lower, assert_met, verdict
from tests.support.timing import cpu_seconds


def _job(location: str = "", text: str = "") -> JobPosting:
    return JobPosting(
        id="j",
        source="test",
        title="Registered Veterinary Technician",
        locations=[Location(text=location)] if location else [],
        description_text=text,
    )


def _asked(item: str, location: str) -> Requirement:
    """Return the first credential requirement an item asks, placed as a posting at ``location`` places it."""
    want = wanted_in(item)[0]
    req = Requirement(
        kind="certification",
        text=item,
        credentials=list(want.ids),
        jurisdictions=list(want.jurisdictions),
        compact_ok=want.compact_ok,
    )
    return placed(PostingRequirements(requirements=[req]), _job(location)).requirements[0]


def _credit(req: Requirement, line: str) -> tuple[float, str]:
    wanted = Wanted(
        ids=tuple(req.credentials),
        jurisdictions=tuple(req.jurisdictions),
        compact_ok=req.compact_ok,
        place_implied=req.place_implied,
    )
    found = judge(wanted, held_in([line], TODAY), (), [], [line])
    return found.credit, found.note


# --- the posting's location gives a state licence's place


@pytest.mark.parametrize(
    ("item", "location", "place"),
    [
        (
            "You must hold a current Registered Veterinary Technician registration with the Veterinary Medical Board",
            "Campbell, CA",
            "California",
        ),
        ("Registered with the Board of Nursing as an RN", "Austin, TX", "Texas"),
        ("A current state license as a Licensed Practical Nurse", "Columbus, OH", "Ohio"),
        ("Active Journeyman Electrician license required", "Denver, CO", "Colorado"),
        ("Current registration as an RN with the College", "Toronto, ON", "Ontario"),
        ("Licensed real estate salesperson", "Sydney, NSW", "New South Wales"),
    ],
)
def test_a_state_licence_asked_without_its_state_is_asked_where_the_job_is(
    item: str, location: str, place: str
) -> None:
    req = _asked(item, location)
    assert req.jurisdictions == [place]
    assert req.place_implied


@pytest.mark.parametrize(
    ("item", "location"),
    [
        ("A valid driver's license and a clean driving record", "Houston, TX"),  # any state's driving licence
        ("NBCOT certification as an OTR", "Dallas, TX"),  # a national certification
        ("ARRT registered radiologic technologist", "Phoenix, AZ"),
        ("Nationally registered paramedic (NREMT-P)", "Seattle, WA"),
        ("Active RN license in any US state", "Austin, TX"),
        ("RN license; compact/multistate licenses accepted", "Richmond, VA"),
        ("LPN license or eligible for licensure by endorsement", "Boise, ID"),
        ("RN license, or able to obtain within 6 months of hire", "Reno, NV"),
        ("Active RN license required", "Portland, OR; Vancouver, WA"),  # a posting in two states names no one
        ("Active RN license required", "Remote"),
    ],
)
def test_no_place_is_implied_where_any_is_accepted_or_none_is_the_jobs(item: str, location: str) -> None:
    req = _asked(item, location)
    assert not req.place_implied
    assert req.jurisdictions == []


def test_a_posting_without_a_location_is_placed_by_the_one_state_its_text_names() -> None:
    assert job_place(_job(text="Join our Sacramento clinic. California benefits apply.")) == "California"
    assert job_place(_job(text="Offices in Texas and Oklahoma.")) is None
    assert job_place(_job(location="Remote", text="Our Texas team")) is None  # the location says where: none


def test_another_states_licence_is_a_gap_and_an_unplaced_one_still_meets() -> None:
    req = _asked(
        "You must hold a current Registered Veterinary Technician registration with the Veterinary Medical Board",
        "Campbell, CA",
    )
    credit, note = _credit(req, "Certified Veterinary Technician (CVT), Oregon Veterinary Medical Examining Board")
    assert credit == 0.0
    assert "Oregon" in note and "where the job is" in note
    assert _credit(req, "Registered Veterinary Technician (RVT), Veterinary Medical Board, State of California")[0] == 1
    assert _credit(req, "Registered Veterinary Technician (RVT)")[0] == 1.0  # no place stated: as before


@pytest.mark.parametrize(
    "line",
    [
        "Registered Nurse, Oregon Health & Science University",
        "Registered Nurse (trained at University of Oregon)",
        "Registered Nurse, Portland Community College",
    ],
)
def test_where_a_resume_says_its_holder_trained_is_no_licence_place(line: str) -> None:
    req = _asked("Active RN license required", "Seattle, WA")
    assert req.place_implied
    assert _credit(req, line)[0] == 1.0


def test_a_regulator_named_college_is_no_school() -> None:
    assert "Ontario" in licence_places(without_schools("RN, College of Nurses of Ontario"))


@pytest.mark.parametrize(
    "item",
    [
        "NCCA-accredited certification",
        "ARDMS registered sonographer",
        "nationally certified pharmacy technician",
    ],
)
def test_a_national_certifier_is_read(item: str) -> None:
    assert nationally_issued(item)


def test_eligible_for_reactivation_or_a_cut_eligible_accepts_no_other_place() -> None:
    assert not accepts_any("AZPOST certified (or lapsed less than 3 years and eligible for reactivation)")
    assert not accepts_any("AZPOST certified (or lapsed less than 3 years and eligible for")
    assert not accepts_any("Officers certified only in another state must apply under the lateral posting")
    assert accepts_any("Licensed in another state and eligible for licensure by endorsement")


# --- a body whose initials carry its state


@pytest.mark.parametrize(
    ("item", "place"),
    [
        ("Currently AZPOST certified as a peace officer", "Arizona"),
        ("CA POST Basic certificate required", "California"),
        ("FL CJSTC certified law enforcement officer", "Florida"),
        ("TCOLE licensed peace officer", "Texas"),
        ("MCOLES licensed or licensable", "Michigan"),
        ("NY MPTC basic course certification", "New York"),
    ],
)
def test_a_state_fused_body_names_its_state(item: str, place: str) -> None:
    assert place in licence_places(item)


@pytest.mark.parametrize(
    "text",
    [
        "We will post the schedule weekly",
        "Please see our job post on the city website",
        "Post-certification experience in any trade",
        "Manage POST requests to the API",
    ],
)
def test_post_as_a_word_is_no_peace_officer_certification(text: str) -> None:
    assert not any(m.id == "peace_officer" for m in vocabulary().find(text))


def test_azpost_is_not_met_by_california_post() -> None:
    asked = "Currently AZPOST certified as a peace officer"
    assert verdict(asked, ["POST Basic Certificate (California Commission on Peace Officer Standards)"]).credit == 0
    assert verdict(asked, ["AZPOST Peace Officer Certification (Arizona POST Board)"]).credit == 1.0


def test_californias_cpt_i_is_not_met_by_a_national_cpt() -> None:
    asked = "A current California Certified Phlebotomy Technician I (CPT I) certificate issued by CDPH"
    assert verdict(asked, ["Certified Phlebotomy Technician (CPT) (National Healthcareer Association)"]).credit == 0
    assert verdict(asked, ["Certified Phlebotomy Technician I (CPT I), CDPH"]).credit == 1.0
    assert verdict(asked, ["CPT II phlebotomist, CDPH Laboratory Field Services"]).credit == 1.0
    # the national certification asked is met by the California one, which CDPH issues after the national exam
    assert verdict("Certified Phlebotomy Technician (NHA)", ["CPT I (CDPH), phlebotomy"]).credit == 1.0


# --- credentials held in their issuers' words


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Active Enrolled Agent (EA) status", "Enrolled to practice before the IRS (Special Enrollment Examination)"),
        ("Enrolled Agent", "Enrolled to practice before the Internal Revenue Service, 2020"),
        ("Life & Health insurance producer license", "Resident Producer License, Life and Accident & Health lines"),
        ("Life and Health license", "Insurance producer, Life, Accident and Health or Sickness lines of authority"),
        ("P&C license", "Resident Producer License, Property and Casualty lines"),
        (
            "Class B CDL with P and S endorsements",
            "Commercial Driver's License Class B, passenger and school bus endorsements",
        ),
        ("CDL with passenger endorsement", "CDL Class B; passenger (P) and school bus (S) endorsements"),
    ],
)
def test_a_credential_in_its_issuers_words_meets_it(asked: str, held: str) -> None:
    for want in wanted_in(asked):
        assert judge(want, held_in([held], TODAY), (), [], [held]).credit == 1.0, (asked, want.ids)


@pytest.mark.parametrize(
    ("asked", "held"),
    [
        ("Enrolled Agent required", "Passed Special Enrollment Examination part 1"),  # an exam part is no enrolment
        ("Life & Health insurance license", "Resident Producer License, Property and Casualty lines"),
        ("CDL with P endorsement", "Commercial Driver's License Class B, school bus endorsement"),
    ],
)
def test_other_words_do_not_meet_it(asked: str, held: str) -> None:
    assert judge(wanted_in(asked)[0], held_in([held], TODAY), (), [], [held]).credit == 0.0


def test_a_masters_tonnage_is_its_grade() -> None:
    asked = "USCG Master 100 GRT Near Coastal license or higher"
    assert_met(asked, "Merchant Mariner Credential: Master 200 GRT Near Coastal")
    assert_met(asked, "USCG 100 ton master's license")
    assert_lower(asked, "Merchant Mariner Credential: Master 50 GRT Inland")
    assert_lower("Master 1,600 GT", "Master 500 GRT")


# --- hostile input stays fast


@pytest.mark.parametrize(
    "piece",
    [
        "Oregon State ",
        "University of ",
        "A ",
        "Master 100 GRT ",
        "100 GRT ",
        "AZ POST ",
        "eligible for ",
        "in a state ",
    ],
)
def test_the_new_readings_are_fast_on_hostile_input(piece: str) -> None:
    text = (piece * (20_000 // len(piece) + 1))[:20_000]
    assert cpu_seconds(without_schools, text) < 0.05
    assert cpu_seconds(accepts_any, text) < 0.05
    assert cpu_seconds(nationally_issued, text) < 0.05
    assert cpu_seconds(vocabulary_levels.near, "maritime", text, 0, 20) < 0.05
    assert cpu_seconds(vocabulary().find, text) < 0.5  # every alias of the vocabulary, the new ones among them


def test_a_posting_texts_codes_name_no_place() -> None:
    # "CA qualified" is a Chartered Accountant, not California; a location-less posting is placed by names only
    assert job_place(_job(text="Financial Accountant\n\n## Requirements\n- CA qualified\n- Month-end")) is None
