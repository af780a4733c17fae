"""Review r18b of m18b's years mends: what a job seeker would feel, in the world's wording.

Own examples: years "after ACCA qualification", "post-ASYE", "after NCLEX" still count from an event a resume dates
(an exam, a membership, a professional year); a capital "OR" between two capital words of a trades posting is the
conjunction, not the operating room; all-capitals alternatives are alternatives; a deputy or associate in charge of
people holds "people management"; a fused compound ("Fullstack", "MLOps") names the kind its parts name.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import _lower_rung, about_whole, check_years
from careerpilot.matching.evidence import Role
from careerpilot.matching.occupations import expanded, subject_of
from careerpilot.matching.requirements import _years
from careerpilot.matching.since import since_phrase
from tests.support.years import TODAY, basis_in_one_role, close_everywhere, one_role, title_names_subject, years_item

# --- 1. years after an exam, a membership or a professional year count from it ----------------------------------


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("3 years of audit experience after ACCA qualification", "audit"),
        ("3 years of audit experience since ACA qualification", "audit"),
        ("3 years of experience following the PE license", ""),
        ("3 years experience following HCPC registration", ""),
        ("2 years of nursing after NCLEX", "nursing"),
        ("3 years of experience after obtaining your CDL", ""),
    ],
)
def test_a_subject_stops_where_the_event_it_counts_from_begins(item: str, subject: str) -> None:
    assert _years(item)[1] == subject  # type: ignore[index]


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("2 years post-ASYE experience", "ASYE"),
        ("2 years post ASYE experience in adult social care", "ASYE"),
        ("3 years post-MRCP experience", "MRCP"),
        ("3 years post-FRCS", "FRCS"),
        ("3 years post-ACA experience", "ACA"),
        ("2 years of nursing post-NCLEX", "NCLEX"),
        ("2 years since the SQE", "SQE"),
        ("3 years post-NQ experience", "NQ"),
        ("3 years post-NVQ Level 3", "NVQ"),
        ("3 years of experience after obtaining your CDL", "CDL"),
    ],
)
def test_exams_memberships_and_professional_years_are_events(item: str, phrase: str) -> None:
    assert since_phrase(item) == phrase


@pytest.mark.parametrize(
    "item",
    [
        "5 years of experience following the SDLC",
        "3 years post-IPO experience",
        "3 years of experience following the NHS guidance",
        "3 years of post-COVID recovery work",
    ],
)
def test_practices_and_the_worlds_events_are_still_no_events(item: str) -> None:
    assert since_phrase(item) == ""


@pytest.mark.parametrize(
    ("item", "phrase"),
    [
        ("5 years post-qualification experience", "qualification"),
        ("3 years PQE", "qualification"),
        ("2 years post-registration experience", "registration"),
        ("3 years post-CCT as a consultant", "CCT"),
        ("3 years of tattooing after completing an apprenticeship", "apprenticeship"),
        ("3 years following qualification as a solicitor", "qualification"),
    ],
)
def test_the_common_events_still_read(item: str, phrase: str) -> None:
    assert since_phrase(item) == phrase


# --- 2. a capital OR between capital words is the conjunction of an all-capitals posting -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "MINIMUM 3 YEARS AS A SUPERVISOR OR MANAGER",
        "ELECTRICIAN OR TECHNICIAN",
        "HIGH SCHOOL DIPLOMA OR EXPERIENCE",
        "PLUMBER OR ASSISTANT PLUMBER",
        "MUST HAVE 3 YEARS OR MORE EXPERIENCE AS A WELDER OR FABRICATOR",
        "5 YEARS AS A FOREMAN OR SUPERVISOR",
    ],
)
def test_an_all_capitals_or_names_no_operating_room(text: str) -> None:
    assert "operating room" not in expanded(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("OR NURSE WANTED", "operating room"),
        ("OR Nurse", "operating room"),
        ("Perioperative (OR) RN", "operating room"),
        ("MUST HAVE 3 YEARS OR MORE EXPERIENCE IN IT", "information technology"),
        ("MUST HAVE IT SUPPORT EXPERIENCE", "information technology"),
        ("IT support desk experience", "information technology"),
        ("Head of IT", "information technology"),
    ],
)
def test_capital_fields_in_their_place_still_read(text: str, field: str) -> None:
    assert expanded(text).endswith(field)


def test_an_all_capitals_trades_item_is_no_nurses() -> None:
    found = subject_of("ELECTRICIAN OR TECHNICIAN")
    assert found is None or found.occupation.name != "registered_nurse"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("MINIMUM 3 YEARS EXPERIENCE AS AN ELECTRICIAN OR PLUMBER", "Electrician"),
        ("MINIMUM 3 YEARS EXPERIENCE AS AN ELECTRICIAN OR PLUMBER", "Plumber"),
        ("3 YEARS EXPERIENCE AS A WELDER OR FABRICATOR", "Welder"),
        ("3 Years Experience As A Carpenter Or Joiner", "Joiner"),
    ],
)
def test_all_capitals_alternatives_are_either(item: str, title: str) -> None:
    assert check_years(years_item(item), one_role(title)).years_basis == "clear"


def test_lowercase_alternatives_still_either() -> None:
    item = "minimum 3 years experience as an electrician or plumber"
    assert check_years(years_item(item), one_role("Plumber")).years_basis == "clear"


# --- 3. a second in command holds the charge of people; below the rank only where the rank is asked --------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5 years of people management", "Deputy Manager"),
        ("5 years of people management experience", "Deputy Director"),
        ("3 years of team leadership", "Deputy Manager"),
        ("3 years of supervisory experience", "Deputy Manager"),
        ("5 years of people management", "Associate Director"),
    ],
)
def test_a_second_in_command_holds_the_charge_of_people(item: str, title: str) -> None:
    assert not _lower_rung(years_item(item), Role(title=title, line=title))


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years as a store manager", "Deputy Store Manager"),
        ("3 years as a general manager", "Deputy General Manager"),
        ("5 years as a headteacher", "Deputy Headteacher"),
        ("5 years of people management", "Assistant Manager"),  # an assistant is a helper's rung, as before
    ],
)
def test_a_second_is_still_below_the_rank_asked(item: str, title: str) -> None:
    assert _lower_rung(years_item(item), Role(title=title, line=title))


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3 years as a director", "Associate Director"),
        ("5 years of experience as a director", "Associate Director, Clinical Operations"),
    ],
)
def test_an_associate_director_is_a_directors_grade(item: str, title: str) -> None:
    assert check_years(years_item(item), one_role(title)).years_basis == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("4+ years external audit", "Senior Associate, Audit"),
        ("5 years of legal practice", "Associate Attorney"),
        ("3 years of credit risk experience", "Vice President, Credit Risk"),
        ("5 years of university teaching", "Associate Professor"),
    ],
)
def test_associate_and_vice_as_a_post_of_its_own_still_count(item: str, title: str) -> None:
    assert not _lower_rung(years_item(item), Role(title=title, line=title))


# --- 4. a fused compound in a title names the kind its parts name --------------------------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("4 years of full stack development", "Fullstack Developer"),
        ("4 years of full-stack development", "Senior Fullstack Developer"),
        ("3+ years of machine learning engineering", "MLOps Engineer"),
        ("5 years of back end development", "Backend Developer"),
        ("5 years of front end development", "Frontend Developer II"),
        ("3 years of machine learning engineering", "Staff ML Engineer"),
    ],
)
def test_a_fused_compound_names_its_parts_kind(item: str, title: str) -> None:
    assert title_names_subject(item, title)
    assert basis_in_one_role(item, title, ["Shipped features weekly"]) == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years of machine learning engineering", "Frontend Engineer"),
        ("4 years of full stack development", "Frontend Developer"),
        ("5 years of back end development", "Frontend Engineer"),
    ],
)
def test_another_kinds_compound_still_names_another_kind(item: str, title: str) -> None:
    req = years_item(item)
    assert not about_whole(req.subject, Role(title=title, line=title))[1]


# --- 5. a stage ending or opening a subject says when the years count from, not what they were in -------------------


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("3 years post-qualification", ""),
        ("3 years post-registration", ""),
        ("2 years of nursing post-licensure", "nursing"),
        ("3 years post-CCT", ""),
        ("2 years of experience post-BSN", ""),
        ("2 years since registration", ""),
        ("2 years post MSW experience in mental health", "mental health"),
        ("2 years post ASYE experience in adult social care", "adult social care"),
        ("3 years after completing an apprenticeship", ""),
    ],
)
def test_a_stage_is_no_words_of_the_subject(item: str, subject: str) -> None:
    assert _years(item)[1] == subject  # type: ignore[index]


@pytest.mark.parametrize(
    ("item", "subject"),
    [
        ("3 years post-IPO experience", "post-IPO"),
        ("3 years of post-production experience", "post-production"),
    ],
)
def test_other_post_words_stay(item: str, subject: str) -> None:
    assert _years(item)[1] == subject  # type: ignore[index]


def test_years_after_an_apprenticeship_are_not_the_apprentices() -> None:
    work = [
        {"position": "Electrician", "name": "Acme", "startDate": "2020-01"},
        {"position": "Apprentice Electrician", "name": "Acme", "startDate": "2016-01", "endDate": "2019-12"},
    ]
    evidence = resume_evidence.from_resume(
        Resume.model_validate({"basics": {"name": "A. Person"}, "work": work}), TODAY
    )
    held = check_years(years_item("3 years after completing an apprenticeship"), evidence).years_held
    assert held is not None and held < 5.5


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3 years post-qualification", "Solicitor"),
        ("3 years post-registration", "Staff Nurse"),
        ("3 years post-CCT", "Consultant Cardiologist"),
    ],
)
def test_years_after_a_stage_are_met_by_the_roles_after_it(item: str, title: str) -> None:
    assert check_years(years_item(item), one_role(title)).status == "met"


# --- 6. guards: the software and nursing readings m18b kept --------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("5+ years of backend engineering", "Senior Software Engineer (Backend)"),
        ("3 years of data engineering", "Data Engineer"),
        ("3 years of data engineering", "Analytics Engineer"),
        ("3+ years of machine learning engineering", "ML Engineer"),
        ("5 years of site reliability engineering", "SRE"),
        ("5 years of site reliability engineering", "Site Reliability Engineer II"),
        ("4 years of full-stack development", "Full Stack Developer"),
        ("5 years of software engineering", "Principal Engineer"),
        ("2 years of OR/ICU nursing", "OR Nurse"),
        ("2 years of operating room experience", "Perioperative (OR) RN"),
        ("3 YEARS EXPERIENCE IN IT SUPPORT", "IT Support Technician"),
        ("4+ years external audit", "Audit Senior Associate"),
        ("3 years of store management experience", "Deputy Store Manager"),
    ],
)
def test_kept_readings_still_clear(item: str, title: str) -> None:
    evidence = one_role(title, ["Did the work"])
    assert check_years(years_item(item), evidence, close_everywhere(evidence)).years_basis == "clear"


# --- 7. a title naming a branch of the subject's kind, or the same work by another name, names the kind ------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years of machine learning engineering", "NLP Engineer"),
        ("3+ years of machine learning engineering", "Computer Vision Engineer"),
        ("3+ years of machine learning engineering", "Senior AI Engineer"),
        ("3+ years of machine learning engineering", "Deep Learning Engineer II"),
        ("5 years of site reliability engineering", "DevOps Engineer"),
        ("5 years of site reliability engineering", "Production Engineer"),
        ("5 years of site reliability engineering", "Staff Platform Engineer"),
        ("5 years of embedded software engineering", "Firmware Engineer"),
    ],
)
def test_a_branch_of_the_kind_names_it(item: str, title: str) -> None:
    assert title_names_subject(item, title)
    assert basis_in_one_role(item, title, ["Shipped models and services"]) == "clear"


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years of machine learning engineering", "Senior Software Engineer"),
        ("3+ years of machine learning engineering", "Production Engineer"),
        ("5 years of site reliability engineering", "Frontend Engineer"),
        ("5 years of site reliability engineering", "NLP Engineer"),
    ],
)
def test_another_kind_still_names_another_kind(item: str, title: str) -> None:
    req = years_item(item)
    assert not about_whole(req.subject, Role(title=title, line=title))[1]


# --- 8. the weather's own nouns end its phrase: the worker's weather still ---------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Will work in all weather types",
        "Ability to work in adverse weather situations",
        "Must be prepared to work in all weather elements",
        "Must be able to work outside in cold weather months",
        "MUST BE ABLE TO WORK IN ALL WEATHER CONDITIONS",
    ],
)
def test_the_weathers_own_nouns_keep_the_condition(line: str) -> None:
    found = condition_of(line)
    assert found is not None and found.name == "physical"


@pytest.mark.parametrize(
    "line",
    [
        "Experience working in adverse weather alerting systems",
        "You will work in all weather forecasting domains",
        "Able to build apps in all weather conditions reporting",
    ],
)
def test_weather_products_stay_no_condition(line: str) -> None:
    assert condition_of(line) is None


# --- 9. "IT" before a title's words is the field, whatever the role's noun --------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "IT Business Analyst",
        "IT Risk Analyst",
        "IT Account Manager",
        "IT Recruiter",
        "IT Trainer",
        "IT/Telecoms Engineer",
        "IT & Operations Manager",
        "Computing and IT Teacher",
        "IT Apprentice",
    ],
)
def test_it_before_a_titles_words_is_the_field(title: str) -> None:
    assert expanded(title).endswith("information technology")


@pytest.mark.parametrize("text", ["We make IT happen", "IT'S a great place to grow", "KEEP IT SAFE", "Go OR Rust"])
def test_it_as_a_word_is_still_no_field(text: str) -> None:
    assert expanded(text) == text


# --- 10. the rung below counts where the posting says so -------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3 years as a store manager, including time as an assistant manager", "Assistant Store Manager"),
        ("3 years as a store manager including years as a deputy", "Deputy Store Manager"),
        ("2 years as a branch manager, including as an assistant branch manager", "Assistant Branch Manager"),
    ],
)
def test_a_lower_rung_the_posting_admits_counts(item: str, title: str) -> None:
    assert not _lower_rung(years_item(item), Role(title=title, line=title))


def test_a_lower_rung_not_admitted_is_still_below() -> None:
    assert _lower_rung(years_item("3 years as a store manager"), Role(title="Deputy Store Manager", line="x"))


# --- 11. a title's words of charge or grade say no kind of its head --------------------------------------------


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("3+ years of machine learning engineering", "Founding Engineer"),
        ("3+ years of machine learning engineering", "Distinguished Engineer"),
        ("5 years of site reliability engineering", "Engineering Manager"),
        ("4 years of commercial flat roofing", "Roofing Foreman"),
        ("4 years of commercial flat roofing", "Journeyman Roofer"),
        ("5 years of heavy civil construction", "Construction Superintendent"),
        ("3 years of pediatric acute care nursing", "RN II"),
        ("3 years of pediatric acute care nursing", "Charge Nurse"),
        ("4 years of external audit", "Audit Manager"),
    ],
)
def test_words_of_charge_or_grade_name_no_other_kind(item: str, title: str) -> None:
    req = years_item(item)
    assert about_whole(req.subject, Role(title=title, line=title))[1]


@pytest.mark.parametrize(
    ("item", "title"),
    [
        ("4 years of commercial flat roofing", "Residential Roofing Foreman"),
        ("3 years of pediatric acute care nursing", "Psychiatric Charge Nurse"),
        ("3+ years of machine learning engineering", "Frontend Engineering Manager"),
    ],
)
def test_another_kind_beside_a_rank_is_still_another_kind(item: str, title: str) -> None:
    req = years_item(item)
    assert not about_whole(req.subject, Role(title=title, line=title))[1]
