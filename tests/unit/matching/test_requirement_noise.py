"""Requirement extraction noise: what is no requirement is not read as one, and items are not cut into fragments."""

from __future__ import annotations

from careerpilot.domain.matching import Requirement
from careerpilot.matching import conditions
from careerpilot.matching.credential_phrases import find
from careerpilot.matching.requirements import extract_requirements


def _reqs(text: str, title: str = "Technician") -> list[Requirement]:
    return extract_requirements(title, text).requirements


def _texts(text: str, title: str = "Technician") -> list[str]:
    return [r.text for r in _reqs(text, title)]


def test_equal_opportunity_statement_after_the_bullets_is_no_requirement() -> None:
    posting = (
        "We are hiring steamfitters for our service group.\n\nWhat we're looking for:\n"
        "* 4 years of experience at journey level\n* Valid driver's license\n\n"
        "Acme Mechanical is an equal opportunity employer. Benefits per UA Local 32 agreement."
    )
    texts = _texts(posting)
    assert not any("equal opportunity" in t or "Benefits" in t for t in texts)
    assert {"4 years of experience at journey level", "Valid driver's license"} <= set(texts)


def test_pay_and_benefits_are_no_requirement() -> None:
    posting = (
        "Requirements:\n- At least 3 years of wildland fire experience\n- Current NWCG Red Card\n\n"
        "Pay DOE, year-round employment, health insurance and paid time off.\n"
        "Cargill offers competitive pay, medical, dental and a 401(k) with company match.\n"
        "Salary $85,000 - $100,000 + bonus."
    )
    texts = _texts(posting)
    assert not any(t.startswith(("Pay", "Cargill", "Salary")) for t in texts)
    assert {"At least 3 years of wildland fire experience", "Current NWCG Red Card"} <= set(texts)


def test_pay_and_benefits_words_that_ask_for_a_skill_stay() -> None:
    posting = "Requirements:\n- Benefits administration experience\n- Pay commensurate with experience\n"
    texts = _texts(posting, "Benefits Specialist")
    assert "Benefits administration experience" in texts
    assert "Pay commensurate with experience" not in texts


def test_availability_and_an_age_with_a_plus_are_conditions() -> None:
    for text in (
        "Weekend availability",
        "Night and holiday availability",
        "Must be 21+",
        "Ability to travel statewide",
    ):
        assert conditions.condition_of(text) is not None, text
    for text in ("Must be 5+ years in the trade", "Ability to coordinate travel arrangements"):
        assert conditions.condition_of(text) is None, text


def test_a_required_and_a_preferred_clause_keep_their_own_importance() -> None:
    posting = (
        "Requirements:\n- Fluency in Spanish (written and spoken) is required; Portuguese is a plus\n"
        "- CDL-A required; prefer tanker endorsement\n- Advanced Excel; knowledge of IFRS\n"
    )
    reqs = _reqs(posting, "Driver")
    languages = {r.subject: r.importance for r in reqs if r.kind == "language"}
    assert languages == {"Spanish": "required", "Portuguese": "preferred"}
    credentials = {c: r.importance for r in reqs for c in r.credentials}
    assert credentials == {"cdl_a": "required", "cdl_n": "preferred"}
    assert "Advanced Excel; knowledge of IFRS" in [r.text for r in reqs]  # clauses asked alike stay one item


def test_a_semicolon_inside_brackets_does_not_split() -> None:
    posting = "Requirements:\n- 3+ years of mortgage underwriting experience (conventional conforming; jumbo a plus)\n"
    years = [r for r in _reqs(posting) if r.kind == "experience"]
    assert len(years) == 1 and years[0].importance == "required" and years[0].years == 3


def test_years_keep_required_when_a_later_clause_is_preferred() -> None:
    posting = "Requirements:\n- 5+ years examining title in Texas, commercial transactions strongly preferred\n"
    years = next(r for r in _reqs(posting) if r.kind == "experience")
    assert years.importance == "required" and years.subject == "examining title"


def test_years_in_brackets_are_of_what_the_bracket_follows() -> None:
    posting = (
        "Minimum qualifications: journeyman-level millwright or industrial maintenance experience (completed "
        "apprenticeship or 4+ years), the ability to read mechanical drawings, and experience with laser alignment."
    )
    years = next(r for r in _reqs(posting, "Millwright") if r.kind == "experience")
    assert years.years == 4 and "drawings" not in years.subject and "millwright" in years.subject
    deadline = "Requirements:\n- CPA or CPA-eligible (must obtain within 1 year)\n"
    asked = _reqs(deadline, "Auditor")
    assert not any(r.kind == "experience" for r in asked)  # "within 1 year" is a deadline, no years asked
    assert any("cpa" in r.credentials for r in asked)


def test_the_title_repeated_as_the_first_line_asks_nothing() -> None:
    posting = (
        "Centre Manager - Hamilton East (licensed for 75 children)\n"
        "We are looking for a Centre Manager who can lead our teachers.\n"
        "You will bring:\n- At least 2 years' leadership experience in an early learning centre\n"
    )
    texts = _texts(posting, "Centre Manager")
    assert not any(t.startswith("Centre Manager -") for t in texts)
    assert "At least 2 years' leadership experience in an early learning centre" in texts


def test_a_skill_word_inside_a_spelled_out_name_is_no_skill() -> None:
    posting = (
        "Minimum Qualifications:\n- Completion of Homeland Security Exercise and Evaluation Program (HSEEP) training\n"
    )
    assert not any("Security" in r.skills for r in _reqs(posting, "Exercise Officer"))


def test_a_member_of_a_body_is_named_by_the_body() -> None:
    found = find("Certified member in good standing of the Ontario College of Teachers (OCT) - required")
    assert [(n.name, n.abbreviation) for group in found for n in group] == [("Ontario College of Teachers", "OCT")]
    assert find("Certified member") == []


def test_a_grade_word_licence_is_named_with_its_noun_and_issuer() -> None:
    posting = (
        "You have:\n- A General Licence issued by the Condominium Management Regulatory Authority of Ontario "
        "(CMRAO) - holders of a Limited Licence will not be considered\n"
    )
    ids = [c for r in _reqs(posting, "Condominium Manager") for c in r.credentials]
    assert ids == ["~General Licence (CMRAO)"]  # the licence turned away is not asked for
    named = find("General registration with AHPRA as a medical radiation practitioner")
    assert [(n.name, n.abbreviation) for g in named for n in g] == [("General registration", "AHPRA")]


def test_an_asset_and_highly_regarded_are_preferred() -> None:
    posting = (
        "Qualifications:\n- RCM designation (ACMO) is an asset\n"
        "- Bachelor of Early Childhood Education - highly regarded\n- Asset management experience\n"
    )
    by_text = {r.text: r.importance for r in _reqs(posting, "Manager")}
    assert by_text["RCM designation (ACMO) is an asset"] == "preferred"
    assert by_text["Bachelor of Early Childhood Education - highly regarded"] == "preferred"
    assert by_text["Asset management experience"] == "required"


def test_new_zealand_is_not_cut_to_zealand() -> None:
    named = find("current New Zealand teacher registration")
    assert [n.name for g in named for n in g] == ["New Zealand teacher"]


def test_guards_of_the_rules_above() -> None:
    # a bare "preferred" closing the item is the item's own
    bare = "Requirements:\n- Four years as Ushers, Lobby Attendants, or Ticket Takers, preferred.\n"
    assert next(r for r in _reqs(bare) if r.kind == "experience").importance == "preferred"
    # a short name, or a name a skill opens, keeps its skill
    short = (
        "Requirements:\n- Scaled Agile Framework (SAFe)\n- Oracle Business Intelligence Enterprise Edition (OBIEE)\n"
    )
    skills = {s for r in _reqs(short, "Developer") for s in r.skills}
    assert {"Agile", "Oracle"} <= skills
    # the subject after the bracket is the years' subject
    after = "Requirements:\n- Proven work experience (minimum 5 years) as a passenger vehicle driver\n"
    assert next(r for r in _reqs(after, "Driver") if r.kind == "experience").subject == "passenger vehicle driver"
