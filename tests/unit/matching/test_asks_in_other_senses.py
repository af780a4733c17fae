"""Near-misses of session 17's readers (review r17a): words that look like an ask or a grade in another sense.

"LLM" in a software posting is a large language model, not a Master of Laws; a grade word of another item on the
same resume line ("Basic Life Support & ACLS") says nothing of the credential beside it; and an item under "What we
offer" that still says "Must hold ..." asks it.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.credentials import graded, held_in, judge, wanted_in
from careerpilot.matching.requirements import extract_requirements
from tests.support.credentials import TODAY


def _certifications(title: str, text: str) -> list[list[str]]:
    return [r.credentials for r in extract_requirements(title, text).requirements if r.kind == "certification"]


# --- LLM: a large language model in software, the law degree only beside law


def test_llm_in_a_software_posting_asks_no_law_degree() -> None:
    posting = (
        "Qualifications\n- 3+ years building LLM applications in production\n- LLM experience (OpenAI, Anthropic)\n"
        "- BS in Computer Science\n"
    )
    assert ["llm"] not in _certifications("Machine Learning Engineer", posting)


def test_llm_beside_law_is_still_the_law_degree() -> None:
    assert ["llm"] in _certifications("Tax Attorney", "Requirements\n- J.D. required; LLM in Taxation preferred")
    assert [w.ids for w in wanted_in("LL.M. in Taxation preferred")] == [("llm",)]
    assert [w.ids for w in wanted_in("Master of Laws (LLM) preferred")] == [("llm",)]
    assert [w.ids for w in wanted_in("LLM degree preferred")] == [("llm",)]
    assert wanted_in("3+ years building LLM applications") == []


# --- grade words of another item on the same line


def _credit(asked: str, listed: list[str]) -> float:
    wanted = wanted_in(asked)
    assert wanted, asked
    return judge(graded(wanted[0], asked), held_in(listed, TODAY), (), [], listed).credit


def test_a_grade_word_of_the_item_beside_it_is_no_grade_of_the_held_credential() -> None:
    asked = "Advanced Cardiac Life Support (ACLS) certification required"
    assert _credit(asked, ["Basic Life Support & ACLS"]) == 1.0
    assert _credit(asked, ["BLS + ACLS (American Heart Association)"]) == 1.0
    assert _credit("Professional Engineer (PE) license required", ["PE license (Texas) & EIT candidate"]) == 1.0


def test_a_lower_grade_written_beside_the_held_credential_still_counts() -> None:
    asked = "Full driver licence - learner or restricted licences are not accepted"
    assert _credit(asked, ["Driver licence (Restricted)"]) == 0.0
    assert _credit(asked, ["Restricted driver licence & forklift ticket"]) == 0.0


def test_a_line_naming_the_credential_in_other_words_is_graded_only_when_it_is_one_item() -> None:
    from careerpilot.matching import grades

    assert grades.one_item("Provisional registration")
    assert not grades.one_item("Candidate member of ASCE & licensed PE")
    assert not grades.one_item("Provisional licence, full registration")


# --- an offers section that also asks


def test_an_item_under_what_we_offer_that_says_must_hold_is_asked() -> None:
    posting = (
        "Electrician - Tauranga\n\nWhat we offer\n- $38-$44/hr plus allowances\n- Company van and phone\n"
        "- Must hold a current A-grade electrical licence\n- You must have 3 years of commercial experience\n"
    )
    found = extract_requirements("Electrician", posting).requirements
    assert any(r.kind == "certification" and r.credentials for r in found)
    assert any(r.kind == "experience" for r in found)


def test_what_the_employer_offers_still_asks_nothing() -> None:
    posting = (
        "What we offer\n- Paid training, including a National Certificate in Forklift Operation\n"
        "- Training towards your electrical licence\n- A valid fuel card is provided\n"
    )
    assert _certifications("Warehouse Operator", posting) == []


# --- a slash inside one name


def _names(text: str) -> list[list[str]]:
    from careerpilot.matching import credential_phrases as phrases

    return [[n.name for n in group] for group in phrases.find(text)]


def test_a_slash_inside_one_name_is_no_choice() -> None:
    assert _names("AS/NZS 3000 wiring rules certification required") == [["AS/NZS 3000 wiring rules"]]
    assert _names("TCP/IP certification") == [["TCP/IP"]]
    assert _names("PL/SQL certification preferred") == [["PL/SQL"]]


def test_a_slash_between_two_names_is_still_a_choice() -> None:
    assert _names("ECS/CSCS card required") == [["ECS card", "CSCS card"]]
    assert _names("Python/Java certification") == [["Python", "Java"]]


# --- initials in a refusing clause that name no credential


def test_initials_of_something_else_in_a_refusal_refuse_no_credential() -> None:
    asked = "Registered Nurse (RN) licence required; applications from NHS agency staff will not be considered"
    assert _credit(asked, ["Registered Nurse (RN), NHS Band 5"]) == 1.0
    asked = "Active CPA licence required; candidates requiring H1B sponsorship will not be considered"
    assert _credit(asked, ["CPA licence (active), H1B"]) == 1.0
    wanted = wanted_in(asked)[0]
    assert graded(wanted, asked).refused == ()


def test_initials_the_refusal_is_said_of_are_still_refused() -> None:
    asked = "Certified Prosthetist Orthotist (CPO) certification required; CO or CP alone does not meet the requirement"
    wanted = wanted_in(asked)
    assert wanted
    assert {"~CO", "~CP"} <= set(graded(wanted[0], asked).refused)


# --- a sentence that asks, then refuses, joined by a conjunction


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("A CDL Class A licence is required and a Class B will not be accepted", ("cdl_a",)),
        ("You must hold an RN licence as EN registration is not sufficient", ("rn",)),
        ("Hold a full driver licence because learner licences are not accepted", ("drivers_license",)),
        ("Must hold a Secret clearance as interim clearances are not accepted", ("clearance_secret",)),
    ],
)
def test_the_ask_before_a_joined_refusal_is_still_asked(text: str, asked: tuple[str, ...]) -> None:
    assert [w.ids for w in wanted_in(text)] == [asked]


def test_the_refused_grade_after_the_conjunction_is_still_refused() -> None:
    asked = "Hold a full driver licence because learner licences are not accepted"
    assert _credit(asked, ["Learner driver licence"]) == 0.0
    assert _credit(asked, ["Full driver licence"]) == 1.0


# --- how to apply beside a requirement


def test_the_cv_sent_with_an_application_that_also_asks_a_licence_is_no_computer_vision() -> None:
    posting = "Apply now with your CV - a current CDL Class A is required."
    found = extract_requirements("Truck Driver", posting).requirements
    assert any(r.credentials == ["cdl_a"] for r in found)
    assert not any("Computer vision" in r.skills for r in found)
    asked = "Requirements\n- 3+ years of CV and NLP model development"
    vision = extract_requirements("ML Engineer", asked).requirements
    assert any("Computer vision" in r.skills for r in vision)


# --- a language never replaces the skill named beside it

_INTRO = "Backend Engineer\n\nWe build payment software for small shops across Europe and Latin America.\n\n"


def test_a_language_cue_beside_a_skill_keeps_the_skill_required() -> None:
    found = extract_requirements("Backend Engineer", _INTRO + "Requirements\n- Python; English required\n- Docker")
    kinds = {(r.kind, r.importance, r.subject or ",".join(r.skills)) for r in found.requirements}
    assert ("language", "required", "English") in kinds
    assert ("skill", "required", "Python") in kinds
    posting = _INTRO + "Requirements\n- Excellent written English and SQL skills"
    found = extract_requirements("Backend Engineer", posting)
    assert any(r.kind == "skill" and r.importance == "required" and "SQL" in r.skills for r in found.requirements)


# --- a degree named to turn it away (c17c's refusals meet c17d's degrees by initials)

_FIRM = "Solicitor\n\nWe are a mid-size firm in Leeds advising developers and lenders on commercial property.\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "Admitted as a solicitor in England and Wales (an LLB alone is not sufficient)",
        "A master's degree alone will not be considered; you must hold a current practising certificate",
    ],
)
def test_a_refused_degree_asks_no_degree(item: str) -> None:
    found = extract_requirements("Solicitor", _FIRM + "Requirements\n- " + item + "\n- 3 years PQE").requirements
    assert not any(r.kind == "degree" for r in found)


def test_a_degree_refused_to_those_without_it_is_asked() -> None:
    item = "Applicants without a bachelor's degree will not be considered"
    found = extract_requirements("Analyst", _FIRM + "Requirements\n- " + item + "\n- Excel").requirements
    assert any(r.kind == "degree" and r.subject == "bachelor" for r in found)


# --- a clearance held before the start is asked; one granted on appointment is the employer's check

_DEFENCE = "Systems Engineer\n\nWe build mission systems for defence customers in Virginia and Maryland.\n\n"


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Active TS/SCI clearance required prior to start", "clearance_ts_sci"),
        ("Active Secret clearance required before start date", "clearance_secret"),
    ],
)
def test_a_clearance_required_before_the_start_is_asked(item: str, asked: str) -> None:
    posting = _DEFENCE + "Requirements\n- " + item + "\n- 5 years of Linux administration"
    assert [asked] in _certifications("Systems Engineer", posting)


def test_a_clearance_granted_on_appointment_is_a_condition() -> None:
    from careerpilot.matching import conditions

    assert conditions.condition_of("SC clearance on appointment")
    assert conditions.condition_of("Security clearance will be sought upon appointment")
    assert conditions.condition_of("DBS checks required before start")


def test_english_communication_asks_the_language_and_no_soft_skill_beside_it() -> None:
    posting = _INTRO + "Requirements\n- Must have an excellent verbal and written English communication.\n- Docker"
    found = extract_requirements("Backend Engineer", posting).requirements
    assert any(r.kind == "language" and r.subject == "English" for r in found)
    assert not any("Communication" in r.skills for r in found if r.importance == "required")
