"""Credential levels the matcher read past (session 21, `h21b`; fresh11's credential ties).

A board's certification is the stage above the registration its holder has first; a licence issued in numbered
levels is a person's licence even where its field ("insurance") names a firm's cover elsewhere.
"""

from __future__ import annotations

from careerpilot.matching.credentials import Verdict, graded, held_in, judge, wanted_in
from tests.support.credentials import TODAY


def _verdict(asked: str, listed: list[str], lines: list[str] | None = None) -> Verdict:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), lines or [], listed)


# --- board certification: a stage above the plain registration of the same name


def test_a_registration_does_not_meet_board_certification_of_the_same_name() -> None:
    asked = "Board Certified Music Therapist credential from the national certification board is essential"
    low = _verdict(asked, ["Registered Music Therapist (Australian Music Therapy Association)"])
    assert low.credit == 0.0
    assert "lower" in low.note
    assert _verdict(asked, ["Music Therapist - Board Certified (2019)"]).credit == 1.0
    assert _verdict(asked, ["Board-certified music therapist"]).credit == 1.0


def test_a_summary_preparing_board_certification_does_not_hold_it() -> None:
    asked = "Board Certified Behaviour Analyst certification required"
    line = "Behaviour analyst in a school district; preparing my certification portfolio"
    assert _verdict(asked, [], [line]).credit == 0.0


# --- a licence issued in numbered levels names a person's licence, whatever its field


def test_a_levelled_insurance_licence_is_a_persons_licence_and_its_level_counts() -> None:
    asked = "Manitoba Life Insurance Level 2 licence - Level 1 agents will not be considered"
    assert [w.ids for w in wanted_in(asked)] == [("~Life Insurance Level 2",)]
    low = _verdict(asked, ["Life Insurance Agent Licence, Level 1 (Insurance Council of Manitoba)"])
    assert low.credit == 0.0
    assert "lower" in low.note
    assert _verdict(asked, ["Life Insurance Agent Licence, Level 2 (Insurance Council of Manitoba)"]).credit > 0


def test_a_firms_insurance_or_compliance_level_stays_no_credential() -> None:
    assert wanted_in("Proof of public liability insurance certificate") == []
    assert wanted_in("Experience with SOC Level 2 reporting certification") == []
    assert wanted_in("Experience with PCI Level 1 compliance certification") == []


# --- a preference said in a sentence or dashed clause of its own is that clause's, not the credential's


def _importance_of(posting: str, word: str) -> str:
    from careerpilot.matching.requirements import extract_requirements

    found = [
        r.importance
        for r in extract_requirements("Payroll Officer", posting).requirements
        if r.kind == "certification" and any(word.lower() in c.lower() for c in r.credentials)
    ]
    assert found, posting
    return found[0]


def test_a_later_sentence_preferring_something_else_leaves_the_credential_required() -> None:
    posting = (
        "Requirements\n- Professional qualification: CPA Australia (CPA) - fully qualified. Payroll association "
        "membership is an added advantage.\n- 3 years of payroll experience"
    )
    assert _importance_of(posting, "CPA") == "required"


def test_a_dashed_clause_preferring_holders_of_another_thing_leaves_the_credential_required() -> None:
    posting = (
        "Essential\n- Current first aid certificate - applicants already on the state screening register are "
        "preferred\n- Experience in payroll"
    )
    assert _importance_of(posting, "first") == "required"


def test_a_cue_naming_nothing_else_is_still_the_credentials_own() -> None:
    posting = "Requirements\n- CPA Australia (CPA) - would be an added advantage\n- 3 years of payroll experience"
    assert _importance_of(posting, "CPA") == "preferred"


# --- in prose, the name's words and the word saying it is held share one sentence


def test_a_licence_in_another_sentence_does_not_hold_a_credential_named_in_the_first() -> None:
    asked = "Certified Dementia Care Practitioner (CDCP) credential required"
    line = "Dementia care practitioner in residential homes for six years. Full UK driving licence and own car."
    assert _verdict(asked, [], [line]).credit == 0.0
    held = "Dementia care practitioner in residential homes; certified in 2021 by the national council."
    assert _verdict(asked, [], ["Certified dementia care practitioner in residential homes since 2021."]).credit == 1.0
    assert _verdict(asked, [], [held]).credit == 1.0


# --- another state's licence recognised: no second ask, and the place asked is no gap


def test_interstate_licences_recognised_accept_any_place_and_ask_nothing_more() -> None:
    from careerpilot.matching.jurisdictions import accepts_any

    asked = "Current Victoria electrical inspector licence (interstate inspector licences recognised)"
    assert [w.ids for w in wanted_in(asked)] == [("~electrical inspector",)]
    assert accepts_any(asked)
    assert accepts_any("Ontario gas fitter licence - out-of-province licences will be considered")
    assert not accepts_any("Ontario gas fitter licence - out-of-province licences are not accepted")
    assert not accepts_any("Interstate freight driving experience considered")


# --- AMSA near coastal certificates: a coxswain's grade counts down, a master's certificate covers both


def test_a_grade_2_coxswain_does_not_meet_a_grade_1_ask_and_a_master_does() -> None:
    asked = "Must hold Coxswain G1 NC to skipper our water taxi in Darwin harbour"
    low = _verdict(asked, ["Coxswain Grade 2 (AMSA certificate of competency)"])
    assert low.credit == 0.0
    assert "Coxswain Grade 2" in low.note
    assert _verdict(asked, ["Certificate of Competency: Coxswain Grade 1 NC"]).credit == 1.0
    assert _verdict(asked, ["Master <24m Near Coastal (AMSA)"]).credit == 1.0
    assert wanted_in("Coxswain Grade 12 students supervised") == []


# --- USCG deck ratings; an endorsement the bracket names; the employer's own certificates


def test_an_ordinary_seaman_rating_does_not_meet_an_able_seaman_ask_the_bracket_narrows() -> None:
    asked = "Valid MMC carrying an AB endorsement (AB-Special or higher) is required for our vessel certificates"
    assert [w.ids for w in wanted_in(asked)] == [("mmc",), ("ab_special",)]
    low = _verdict(asked.replace("Valid MMC carrying", "Must hold"), ["MMC - Ordinary Seaman, Tankerman-Assistant"])
    assert low.credit == 0.0
    assert _verdict("AB-Special or higher", ["Merchant Mariner Credential: Able Seaman-Unlimited"]).credit == 1.0


def test_a_module_the_item_names_no_further_stays_an_add_on() -> None:
    asked = "Lifeguard certificate with the Surf Rescue module"
    assert any("with Surf Rescue" in i for w in wanted_in(asked) for i in w.ids)


def test_the_employers_own_certificates_are_asked_of_no_one() -> None:
    assert wanted_in("Experience keeping records for our Halal Food Safety certification audits") == []


def test_the_pool_operator_certification_is_named_by_its_current_title() -> None:
    asked = "Certified Pool Operator (CPO) needed for the leisure centre's plant room"
    assert _verdict(asked, ["Certified Pool and Spa Operator (Pool & Hot Tub Alliance), 2022"]).credit == 1.0


# --- a province's or state's code closing a regulator's name is the place


def test_a_code_closing_a_regulators_name_is_the_place_asked() -> None:
    from careerpilot.matching.jurisdictions import places

    asked = "Registration with the College of Opticians of AB as a Registered Contact Lens Fitter (RCLF)"
    assert places(asked) == ("Alberta",)
    assert places("Member in good standing of the Law Society of SK") == ("Saskatchewan",)
    assert places("Royal Bank of NS Holdings") == ()  # a code inside a longer name
    assert places("a minimum of ON call shifts") == ()
    low = _verdict(asked, ["Registered Contact Lens Fitter (RCLF), College of Opticians of Ontario"])
    assert low.credit == 0.0


# --- review (r21b): a level leading the name grades a thing, not a person


def test_a_level_leading_a_firms_cover_or_a_buildings_rating_names_no_credential() -> None:
    assert wanted_in("Proof of Level 2 public liability insurance certificate for the van") == []
    assert wanted_in("Grade 3 building energy rating certificate for the premises") == []
    assert [w.ids for w in wanted_in("Property and casualty insurance Level 1 licence required")] != []


def test_an_abbreviations_full_stop_ends_no_sentence_between_a_name_and_its_held_word() -> None:
    asked = "Certified Peer Recovery Mentor (CPRM) credential required"
    for line in (
        "Peer recovery mentor at St. Vincent's Hospital, certified by the national board in 2019.",
        "Peer recovery mentor for Dr. Okafor's practice, certified 2019.",
        "Peer recovery mentor with Wellcare Co. Ltd, certified 2019.",
    ):
        assert _verdict(asked, [], [line]).credit == 1.0, line
    assert _verdict(asked, [], ["Peer recovery mentor for six years. Full driving licence."]).credit == 0.0


def test_a_code_after_a_bank_a_university_or_a_degree_names_no_place_a_cut_regulator_name_does() -> None:
    from careerpilot.matching.jurisdictions import places

    assert places("Teller at the Bank of NS for two years") == ()
    assert places("Master of PA studies, 2018") == ()
    assert places("Exchange semester at the University of WA") == ()
    assert places("Registered with the College of Physicians and Surgeons of NS") == ("Nova Scotia",)
    assert places("Licensed by the Board of Registration for Professional Engineers of MA") == ("Massachusetts",)
    assert places("Dental Hygienists of SK") == ("Saskatchewan",)


def test_a_board_certification_held_by_its_initials_is_held() -> None:
    asked = "Board Certified Chaplain required for the hospice team"
    assert _verdict(asked, ["BCC, Association of Professional Chaplains (2017)"]).credit == 1.0
    assert _verdict(asked, ["Chaplain, BC Interfaith Council"]).credit == 0.0


def test_another_places_licence_accepted_is_read_when_the_place_follows_or_holders_are_welcome() -> None:
    from careerpilot.matching.jurisdictions import accepts_any

    assert accepts_any("Alberta journeyman plumber ticket; certificates from other provinces accepted")
    assert accepts_any("Queensland builder licence - interstate licence holders welcome")
    assert not accepts_any("Certificates from other provinces are not accepted")
    assert not accepts_any("Drivers from other states welcome")
