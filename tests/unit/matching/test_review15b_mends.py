"""Near misses of session 15's rules that review rev15b found (branch m15f): each rule keeps its case, not these.

The inputs are the reviewer's, written the way postings and resumes say such things.
"""

from __future__ import annotations

from datetime import date

import pytest

from careerpilot.matching.credentials import held_in, wanted_in
from careerpilot.matching.products import named_products, own_skills
from tests.support.credentials import verdict

TODAY = date(2026, 6, 1)


def _held(line: str) -> set[str]:
    return {h.id for h in held_in([line], TODAY)}


# 1. NICET: a level after the subfield words is "Level N" or a Roman numeral; years are no level
@pytest.mark.parametrize(
    ("asked", "ids"),
    [
        ("NICET Level II, 4 years of experience", [("nicet_2",)]),
        ("NICET II, 4+ years experience", [("nicet_2",)]),
        ("NICET Fire Alarm Systems Level III", [("nicet_3",)]),
        ("NICET Level II in Fire Alarm Systems", [("nicet_2",)]),
        ("NICET in Fire Alarm Systems, Level 2 minimum", [("nicet_2",)]),
    ],
)
def test_nicet_level_is_the_one_written_as_a_level(asked: str, ids: list[tuple[str, ...]]) -> None:
    assert [w.ids for w in wanted_in(asked)] == ids


@pytest.mark.parametrize(
    "asked",
    [
        "NICET Certified, 4 years in sprinkler design",
        "NICET Certification, 2 years of fire alarm experience",
        "NICET, 4 years experience",
        "NICET Fire Alarm Certification, 3 or more years of experience",
        "NICET Certification in Fire Alarm Systems, I or II",
    ],
)
def test_years_or_a_certification_word_after_nicet_are_no_level(asked: str) -> None:
    assert not any(i.startswith("nicet_") for w in wanted_in(asked) for i in w.ids), wanted_in(asked)


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("NICET Level I, 3 years fire alarm installs", {"nicet_1"}),
        ("NICET Level II, 4 years of experience", {"nicet_2"}),
        ("NICET Certified, 3 years fire alarm", set()),
        ("NICET Fire Alarm, 2 yrs", set()),
        ("NICET, 4 years experience", set()),
    ],
)
def test_a_resume_holds_the_nicet_level_it_names_not_its_years(line: str, held: set[str]) -> None:
    assert {i for i in _held(line) if i.startswith("nicet_")} == held


def test_a_nicet_level_i_resume_does_not_meet_level_iii() -> None:
    judged = verdict("NICET Level III in Fire Alarm Systems", ["NICET Level I, 3 years fire alarm installs"])
    assert judged.credit == 0.0 and "NICET" in judged.note


# 2. a maker before a product in capitals is a software vendor, and the word after is no work done with it
@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Familiarity with Excel VBA Macros for reporting", "Excel"),
        ("Advanced Excel VLOOKUP Formulas and pivot tables required", "Excel"),
        ("Experience with Linux RHEL Servers in production", "Linux"),
        ("Experience with Windows SCCM Deployments", "Windows"),
        ("Experience with Workday HCM Configuration and business process setup", "Workday"),
        ("Experience with Jira JQL Queries and dashboards", "Jira"),
        ("Experience with Tableau LOD Calculations for dashboards", "Tableau"),
        ("Experience with Revit MEP Modeling for mechanical systems", "Revit"),
        ("Experience with Kronos WFM Scheduling for hospital units", "Kronos"),
        ("Experience configuring Epic ASAP Workflows for the emergency department", "Epic"),
    ],
)
def test_a_tool_before_capitals_is_no_maker_and_stays_asked(item: str, skill: str) -> None:
    named = named_products(item)
    assert named.makers == () and named.asked == (), named
    assert own_skills(item, [skill]) == [skill]


@pytest.mark.parametrize(
    "item",
    [
        "Proficient in Oracle OPERA PMS",
        "Oracle OPERA Cloud experience required",
        "Experience with Excel and Oracle OPERA Cloud in a hotel",
        "Proficiency with Oracle OPERA Cloud and Micros POS",
    ],
)
def test_a_vendor_before_its_product_in_capitals_is_read_wherever_it_stands(item: str) -> None:
    named = named_products(item)
    assert named.makers == ("oracle",) and named.asked and named.asked[0][0].startswith("OPERA"), named
    assert own_skills(item, ["Oracle"]) == []


def test_pareto_and_ishikawa_still_pair_as_one_name() -> None:
    assert named_products("Root cause analysis with Pareto and Ishikawa diagrams").asked == ()


# 3. "A&P" spelled as anatomy and physiology is no airframe and powerplant certificate
@pytest.mark.parametrize(
    "asked",
    [
        "Completion of A&P (Anatomy and Physiology) coursework",
        "A&P (Anatomy & Physiology) I and II with a C or better",
    ],
)
def test_a_and_p_spelled_as_anatomy_and_physiology_is_no_faa_certificate(asked: str) -> None:
    assert wanted_in(asked) == []


def test_anatomy_and_physiology_on_a_resume_does_not_meet_the_faa_a_and_p() -> None:
    assert _held("Prerequisites: A&P (Anatomy and Physiology) I and II, Valley College") == set()
    assert [w.ids for w in wanted_in("FAA A&P (Airframe and Powerplant) certificate")] == [("a_and_p",)]
    assert _held("FAA A&P Mechanic certificate, 2015") == {"a_and_p"}


# 4. a person's programme is a credential only with a level or initials of its own
@pytest.mark.parametrize(
    "asked",
    [
        "Medical Assistant Program certificate required",
        "Pharmacy Technician Program certificate",
        "Nurse Aide Program certificate and state registry listing",
        "Home Health Aide Program certification",
    ],
)
def test_a_school_programme_for_a_role_is_no_credential_of_its_own(asked: str) -> None:
    assert wanted_in(asked) == []


def test_a_certifying_programme_with_a_level_or_initials_is_still_one() -> None:
    assert [w.ids for w in wanted_in("Welding Inspector Program Level 1 certification")] == [
        ("~Welding Inspector Program Level 1",)
    ]
    assert [w.ids for w in wanted_in("Coating Inspector Program (CIP) Level 2 certification")] == [
        ("~Coating Inspector Program Level 2 (CIP)",)
    ]


def test_a_medical_assisting_certificate_is_credited_for_the_programme_certificate() -> None:
    from careerpilot.matching import evidence as resume_evidence
    from careerpilot.matching.coverage import check
    from careerpilot.matching.requirements import extract_requirements

    resume = (
        "Experience\nMedical Assistant, Valley Clinic, Jan 2020 - present\n- Roomed patients, vitals, injections\n"
        "Education\nMedical Assisting Certificate, Valley College, 2019\nCertifications\nCMA (AAMA)\n"
    )
    reqs = extract_requirements(
        "Medical Assistant", "Requirements:\n- Medical Assistant Program certificate required\n"
    )
    (req,) = [r for r in reqs.requirements if r.kind == "certification"]
    assert check(req, resume_evidence.from_text(resume, TODAY)).credit > 0.0


def _items(title: str, description: str) -> dict[str, list[str]]:
    from careerpilot.matching.requirements import extract_requirements

    return {r.text: r.credentials for r in extract_requirements(title, description).requirements}


# 5. how applications are answered asks nothing, but who is chosen by what they hold asks it
@pytest.mark.parametrize(
    ("item", "credential"),
    [
        ("We thank all applicants, however only candidates with a valid Class A CDL will be contacted.", "cdl_a"),
        ("Only successful applicants with a current CNO registration will be interviewed", "~CNO"),
        ("Only those candidates holding a valid Class A CDL will be contacted", "cdl_a"),
    ],
)
def test_only_candidates_holding_a_credential_still_asks_it(item: str, credential: str) -> None:
    items = _items("Driver", f"Requirements:\n- 2 years of driving\n- {item}\n")
    assert any(credential in ids for ids in items.values()), items


@pytest.mark.parametrize(
    "item",
    [
        "We thank all applicants for their interest, however, only those selected for an interview will be contacted.",
        "Please note, only successful candidates will be contacted.",
        "Only candidates selected for an interview will be notified",
    ],
)
def test_how_applications_are_answered_still_asks_nothing(item: str) -> None:
    assert list(_items("Driver", f"Requirements:\n- 2 years of driving\n- {item}\n")) == ["2 years of driving"]


# 6. a substitute that says what it must add up to asks that
def test_a_combination_equivalent_to_a_degree_asks_the_degree() -> None:
    from careerpilot.matching.requirements import extract_requirements

    reqs = extract_requirements(
        "Civil Engineer",
        "Requirements:\n- Any combination of education and experience equivalent to a bachelor's degree in civil "
        "engineering\n- 3 years of design experience\n",
    ).requirements
    assert [r.subject for r in reqs if r.kind == "degree"] == ["bachelor"]


def test_a_combination_including_years_asks_the_years() -> None:
    from careerpilot.matching.requirements import extract_requirements

    reqs = extract_requirements(
        "Budget Analyst",
        "Minimum Qualifications:\n- An equivalent combination of education and experience sufficient to perform "
        "the essential duties, including 2 years of budget analysis\n",
    ).requirements
    assert any(r.kind == "experience" and r.years == 2 for r in reqs), reqs


# 7. "committed to" an inclusive thing is the employer's statement only when the employer says it
@pytest.mark.parametrize(
    "item", ["Committed to an inclusive classroom and differentiated instruction", "Committed to diverse learners"]
)
def test_a_candidates_commitment_to_inclusion_is_asked(item: str) -> None:
    assert item in _items("Teacher", f"Requirements:\n- Ontario teaching certificate\n- {item}\n")


@pytest.mark.parametrize(
    "item",
    [
        "We are committed to an inclusive and accessible workplace",
        "Committed to an inclusive and accessible workplace",
        "Acme Schools is committed to a diverse workforce",
    ],
)
def test_the_employers_inclusion_statement_still_asks_nothing(item: str) -> None:
    assert item not in _items("Teacher", f"Requirements:\n- Ontario teaching certificate\n- {item}\n")


# 8. a degree's initials listed before a credential are no credential
@pytest.mark.parametrize(
    ("asked", "ids"),
    [
        ("BSc, P.Eng designation", [("pe",)]),  # P.Eng is the vocabulary's engineer licence since h22c
        ("MSc, P.Geo designation", [("~P.Geo",)]),
        ("BA, CHRL designation", [("~CHRL",)]),
        ("MBA, CFA charter", [("cfa_charter",)]),
        ("AACI, P.App designation", [("~AACI",), ("~P.App",)]),
    ],
)
def test_a_degree_listed_before_a_credential_is_not_asked_as_one(asked: str, ids: list[tuple[str, ...]]) -> None:
    assert [w.ids for w in wanted_in(asked)] == ids


# 9. "Life/Health" under licences are an insurance licence's lines, not benefits
@pytest.mark.parametrize(
    ("heading", "item"), [("Required licenses:", "Life/Health"), ("Requirements:", "Life and health")]
)
def test_insurance_lines_of_business_are_not_a_benefits_list(heading: str, item: str) -> None:
    assert item in _items("Insurance Agent", f"{heading}\n- {item}\n- Property & Casualty\n- 2 years of sales\n")


def test_a_benefits_list_with_a_benefit_only_part_still_asks_nothing() -> None:
    items = _items("Agent", "Requirements:\n- 2 years of sales\n- Health and life insurance, paid vacation\n")
    assert list(items) == ["2 years of sales"]


# 13. a bachelor's with an associate's as its substitute asks the bachelor's
@pytest.mark.parametrize(
    "line",
    [
        "Bachelor's degree; associate degree with 4 years of experience may substitute",
        "Bachelor's degree (associate degree considered with experience)",
    ],
)
def test_an_associate_degree_as_a_substitute_does_not_lower_the_ask(line: str) -> None:
    from careerpilot.matching import evidence as resume_evidence
    from careerpilot.matching.coverage import check_degree
    from careerpilot.matching.requirements import extract_requirements

    (req,) = [
        r for r in extract_requirements("Technician", f"Requirements:\n- {line}\n").requirements if r.kind == "degree"
    ]
    resume = "Education\nAssociate of Applied Science in Electronics, Valley College, 2019\n"
    assert check_degree(req, resume_evidence.from_text(resume, TODAY)).status != "met"
    bachelor = "Education\nBachelor of Science in Electrical Engineering, State University, 2017\n"
    assert check_degree(req, resume_evidence.from_text(bachelor, TODAY)).status == "met"


def test_an_associate_degree_or_a_bachelors_still_asks_the_associates() -> None:
    from careerpilot.matching import evidence as resume_evidence
    from careerpilot.matching.coverage import check_degree
    from careerpilot.matching.requirements import extract_requirements

    line = "Minimum associate degree; bachelor's degree required for supervisory roles"
    (req,) = [
        r for r in extract_requirements("Technician", f"Requirements:\n- {line}\n").requirements if r.kind == "degree"
    ]
    resume = "Education\nAssociate of Applied Science in Electronics, Valley College, 2019\n"
    assert check_degree(req, resume_evidence.from_text(resume, TODAY)).status == "met"
