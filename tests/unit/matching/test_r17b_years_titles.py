"""Review r17b's years mends: a title's kind, capital field words, a second in command, events and weather.

Own examples, in the world's wording: a title holding only a subject's head word ("Frontend Engineer" for machine
learning engineering) does not name it; "OR" and "IT" name a field only in a field's place; a deputy is the rung below
the rank as an assistant is; years "following the SDLC" or "post-IPO" count from no event; "adverse weather alerts"
is a product's domain, not a condition of the work.
"""

from __future__ import annotations

import pytest

from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import _about, _lower_rung, about_whole, check, check_years
from careerpilot.matching.evidence import Role
from careerpilot.matching.occupations import expanded, subject_of
from careerpilot.matching.requirements import _years, extract_requirements
from careerpilot.matching.since import counted_since, since_phrase
from tests.support.years import close_everywhere, one_role, work_evidence, years_item

# --- 1. a title holding only the subject's head word names another kind of it ---------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years of machine learning engineering experience", "Frontend Engineer"),
        ("3+ years of machine learning engineering experience", "Software Engineer"),
        ("4 years of natural language processing research", "Clinical Research Coordinator"),
        ("5 years of commercial flat roofing", "Residential Roofing Foreman"),
    ],
)
def test_a_title_holding_only_the_head_word_is_not_clearly_about_the_subject(item: str, title: str) -> None:
    req = years_item(item)
    role = Role(title=title, line=title)
    assert not about_whole(req.subject, role)[1]
    assert _about(req.subject, role)[0] < 0.5
    evidence = one_role(title, ["Shipped features on time"])
    assert check_years(req, evidence, close_everywhere(evidence)).years_basis != "clear"


@pytest.mark.parametrize(
    "title",
    ["Machine Learning Engineer", "ML Engineer", "Senior ML Engineer II", "Staff Engineer, Machine Learning"],
)
def test_a_title_naming_the_kind_or_its_abbreviation_is_about_the_subject(title: str) -> None:
    req = years_item("3+ years of machine learning engineering experience")
    role = Role(title=title, line=title)
    assert about_whole(req.subject, role)[1]
    assert check_years(req, one_role(title)).years_basis == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a title naming no kind leaves it to the lines, which are close by meaning (session 17's reading)
        ("5+ years of commercial flat roofing", "Roofing Technician"),
        ("3+ years of machine learning engineering experience", "Engineer II"),
    ],
)
def test_a_title_naming_no_kind_counts_by_its_close_lines(item: str, title: str) -> None:
    evidence = one_role(title, ["Installed TPO membranes on warehouses"])
    assert check_years(years_item(item), evidence, close_everywhere(evidence)).years_basis == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5+ years Python or Java", "Backend Engineer"),
        ("5+ years of software engineering experience", "Backend Software Engineer"),
        ("3 years of data engineering experience", "Data Engineer"),
        ("3 years of quality assurance experience", "QA Analyst"),
    ],
)
def test_software_titles_still_count(item: str, title: str) -> None:
    evidence = one_role(title, ["Built services in Python and Java"])
    assert check_years(years_item(item), evidence, close_everywhere(evidence)).years_basis == "clear"


# --- 2. "OR" and "IT" in capitals name a field only in a field's place ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "3+ years of Go OR Rust experience",
        "5 years Python OR Java",
        "Senior Nurse jobs in Portland, OR",
        "Portland, OR Nurse Jobs",
        "We make IT happen",
        "IT'S a great place to grow",
        "Go OR Rust development",
    ],
)
def test_capital_words_between_alternatives_or_after_a_city_name_no_field(text: str) -> None:
    assert expanded(text) == text


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Degree in IT", "information technology"),
        ("Head of IT", "information technology"),
        ("IT support experience", "information technology"),
        ("IT Support Specialist", "information technology"),
        ("I.T. Technician", "information technology"),
        ("OR nurse with 2 years perioperative experience", "operating room"),
        ("OR Nurse", "operating room"),
        ("Staff Nurse (OR)", "operating room"),
        ("2 years of experience in the OR", "operating room"),
    ],
)
def test_capital_words_in_a_field_place_name_the_field(text: str, field: str) -> None:
    assert expanded(text).endswith(field)


@pytest.mark.parametrize("subject", ["Go OR Rust", "Python OR Java", "Go OR Rust development"])
def test_alternatives_joined_by_a_capital_or_name_no_operating_room(subject: str) -> None:
    found = subject_of(subject)
    assert found is None or found.occupation.name != "registered_nurse"


def test_an_or_nurse_is_a_nurse_and_it_support_is_it() -> None:
    assert subject_of("OR nurse").occupation.name == "registered_nurse"  # type: ignore[union-attr]
    assert subject_of("IT support").occupation.name == "it_support"  # type: ignore[union-attr]


def test_years_in_go_or_rust_are_not_met_by_an_operating_room_nurse() -> None:
    evidence = one_role("OR Nurse", ["Circulated in the operating room"])
    assert check_years(years_item("3+ years of Go OR Rust experience"), evidence).years_basis == "none"


def test_software_years_with_alternatives_keep_both() -> None:
    text = "Requirements:\n- 5+ years Python or Java\n- IT support experience a plus\n"
    reqs = extract_requirements("Backend Engineer", text).requirements
    asked = next(r for r in reqs if r.years)
    assert asked.years == 5.0 and {"Python", "Java"} <= set(asked.skills)


# --- 3. a deputy, associate, vice or under- rank is the rung below, as an assistant is -------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Assistant Store Manager",
        "Deputy Store Manager",
        "Associate Store Manager",
        "Under-Manager, Food Store",
        "Trainee Store Manager",
    ],
)
def test_a_second_in_command_does_not_hold_the_managers_years(title: str) -> None:
    req = years_item("3+ years as a store manager")
    assert _lower_rung(req, Role(title=title, line=title))
    assert check_years(req, one_role(title)).years_basis == "none"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3 years as a general manager", "Deputy General Manager"),
        ("2 years as a branch manager", "Assistant Branch Manager"),
        ("2 years as a branch manager", "Deputy Branch Manager"),
        ("5 years as a headteacher", "Deputy Headteacher"),
        ("5 years as a head teacher", "Deputy Head"),
    ],
)
def test_every_second_reads_alike(item: str, title: str) -> None:
    assert check_years(years_item(item), one_role(title)).years_basis == "none"


@pytest.mark.parametrize("title", ["Assistant Store Manager", "Deputy Store Manager", "Store Manager"])
def test_store_management_is_done_by_every_manager_of_the_store(title: str) -> None:
    assert check_years(years_item("3 years of store management experience"), one_role(title)).years_basis == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years as a store manager", "Store Manager"),
        ("3 years of restructuring", "Deputy Manager, Restructuring"),  # a rank of charge where none is asked
        ("3 years as a financial advisor", "Vice President, Wealth Management"),  # a rank of its own
        ("5 years as an assistant principal", "Vice Principal"),  # the same post by another name
    ],
)
def test_ranks_of_their_own_still_count(item: str, title: str) -> None:
    evidence = work_evidence(
        [
            {"position": title, "name": "Acme", "startDate": "2018-01"},
            {"position": "Financial Advisor", "name": "Fidelity", "startDate": "2012-01", "endDate": "2017-12"},
        ]
    )
    check = check_years(years_item(item), evidence)
    assert check.years_basis == "clear" and check.years_held >= 7.0


@pytest.mark.parametrize(
    "title", ["Chiropractic Assistant and Practice Manager", "Assistant to the Director", "Dental Assistant"]
)
def test_an_assistant_of_another_post_is_no_second_in_command(title: str) -> None:
    assert _lower_rung(years_item("5 years of clinical practice as a chiropractor"), Role(title=title, line=title))


def test_a_deputy_of_a_ladders_title_is_a_rung_below_it() -> None:
    subject = subject_of("property management")
    assert subject is not None
    deputy = subject.occupation.rung("Deputy Property Manager")
    assert deputy == subject.occupation.rung("Assistant Property Manager")
    assert deputy is not None and deputy < (subject.occupation.rung("Property Manager") or 0)


# --- 4. years count from an event a resume dates, not from any capital word after "following" ------------------


@pytest.mark.parametrize(
    ("item", "subject_word"),
    [
        ("5 years of experience following the SDLC", "sdlc"),
        ("3 years of experience following the NHS guidance", "guidance"),
        ("3 years post-IPO experience", "ipo"),
        ("3 years of post-COVID recovery work", "covid"),
        ("2 years post-launch experience", "launch"),
        ("3 years of post-sales experience", "sales"),
    ],
)
def test_a_practice_or_a_company_event_is_no_event_the_years_count_from(item: str, subject_word: str) -> None:
    assert since_phrase(item) == ""
    assert subject_word in _years(item)[1].lower()  # type: ignore[index]


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("2 years of casework after the MSW", "MSW"),
        ("3 years post-BSN medical-surgical experience", "BSN"),
        ("3 years post-CCT as a consultant", "CCT"),
        ("5 years PQE in employment law", "qualification"),
        ("2 years post-registration experience", "registration"),
        ("2 years of nursing experience post-licensure", "licensure"),
        ("3 years after completing an apprenticeship", "apprenticeship"),
        ("2 years of nursing after obtaining your RN license", "RN license"),
    ],
)
def test_credentials_and_registrations_are_still_events(item: str, phrase: str) -> None:
    assert since_phrase(item) == phrase


def test_a_resume_dating_a_like_named_line_does_not_cut_years_following_a_practice() -> None:
    evidence = work_evidence(
        [
            {"position": "Software Engineer", "name": "Acme", "startDate": "2015-01", "endDate": "2024-12"},
        ],
        certificates=[{"name": "SDLC Practitioner", "date": "2023-01"}],
    )
    counted, note = counted_since("5 years of experience following the SDLC", evidence)
    assert note == "" and counted.roles == evidence.roles


def test_post_doctoral_years_are_no_event() -> None:
    assert since_phrase("2 years of post-doctoral research experience") == ""


# --- 5. weather a product is about is no condition of the work -------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Experience building our adverse weather alerts feature",
        "Experience working in adverse weather alerting systems",
        "You will work in all weather forecasting domains",
        "Working on our all-weather tyres range",
        "Comfortable working with a weather forecasting API",
        "Able to build apps in all weather conditions reporting",
    ],
)
def test_weather_as_a_products_domain_is_no_condition(line: str) -> None:
    assert condition_of(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Must be able to work outdoors in adverse weather",
        "Working in all weather conditions",
        "Exposure to adverse weather",
        "Exposed to all weather conditions, year round",
        "Willing to work in inclement weather and at night",
        "Comfortable working outside in all weather.",
    ],
)
def test_weather_the_worker_endures_is_a_condition(line: str) -> None:
    found = condition_of(line)
    assert found is not None and found.name == "physical"


def test_a_weather_product_posting_keeps_its_skill() -> None:
    text = "Requirements:\n- Experience working in adverse weather alerting systems\n- 5+ years Python or Java\n"
    reqs = extract_requirements("Mobile Engineer", text).requirements
    assert not any(r.kind == "condition" for r in reqs)
    asked = next(r for r in reqs if r.years)
    evidence = one_role("Backend Engineer", ["Built weather alerting in Python"])
    assert check(asked, evidence).status == "met"
