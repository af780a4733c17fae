"""Terse postings, years subjects and named products: the rules that read postings written outside software."""

from __future__ import annotations

from careerpilot.domain.matching import Requirement
from careerpilot.domain.resume import Resume
from careerpilot.domain.skills import GENERAL_SKILLS, find_skills
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.conditions import condition_of
from careerpilot.matching.coverage import check_listed, coverage, line_terms, spoken_names
from careerpilot.matching.occupations import subject_of
from careerpilot.matching.requirements import extract_requirements
from careerpilot.text.terms import stem


def _kinds(title: str, text: str) -> list[tuple[str, str, str]]:
    found = extract_requirements(title, text).requirements
    return [(r.kind, r.importance, r.subject) for r in found]


def test_a_line_asking_for_years_is_an_item_not_a_heading():
    text = (
        "DENTAL HYGIENIST\nOregon dental hygiene license - active, required\n2 yrs clinical experience\n4x10 schedule"
    )
    found = extract_requirements("Dental Hygienist", text)
    years = [r for r in found.requirements if r.kind == "experience"]
    assert [(r.years, r.subject) for r in years] == [(2.0, "clinical")]


def test_a_terse_posting_of_short_lines_is_a_list_not_too_little():
    text = (
        "DENTAL HYGIENIST\nOregon dental hygiene license - active, required\n2 yrs clinical experience\n4x10 schedule"
    )
    assert extract_requirements("Dental Hygienist", text).confidence == 1.0


def test_short_lines_of_a_posting_without_headings_are_items_and_its_headline_is_not():
    text = "RN Telemetry / PCU - FT nights\nactive FL RN license\nBLS, ACLS\n1 yr acute care\nCerner or Epic\n"
    found = extract_requirements("RN - Telemetry", text).requirements
    assert [r.text for r in found if r.kind == "certification" and r.subject == "Registered Nurse"] == [
        "active FL RN license"
    ]
    assert {r.subject for r in found if r.text == "BLS, ACLS"} >= {"Basic Life Support (BLS)"}
    assert any(r.kind == "experience" and r.subject == "acute care" and r.years == 1.0 for r in found)
    assert any(r.kind == "skill" and r.importance == "required" and r.skills == ["Cerner", "Epic"] for r in found)


def test_a_line_of_prose_in_a_posting_with_headings_still_needs_a_cue():
    text = "About us\nFamily owned\nRequirements:\n- 2 years of plumbing\n"
    assert [k for k, _, _ in _kinds("Plumber", text)] == ["experience"]


def test_no_sentence_ends_after_an_initialism():
    text = (
        "Requirements: J.D. and active license in any U.S. jurisdiction; two years of immigration law practice; "
        "fluency in Spanish."
    )
    found = extract_requirements("Immigration Attorney", text).requirements
    assert not any(r.text in ("J.D", "jurisdiction") for r in found)
    assert any(r.kind == "experience" and r.subject == "immigration law practice" for r in found)


def test_a_years_subject_drops_the_word_experience():
    found = extract_requirements("Refrigeration Technician", "Required: 2 years of commercial refrigeration experience")
    assert [r.subject for r in found.requirements if r.kind == "experience"] == ["commercial refrigeration"]


def test_mandarin_chinese_is_one_language_and_a_resume_naming_it_either_way_speaks_it():
    found = extract_requirements("Sourcing", "Requirements:\n- fluent Mandarin Chinese required\n")
    assert [r.subject for r in found.requirements if r.kind == "language"] == ["Mandarin"]
    assert spoken_names("Chinese (Mandarin)") >= {"mandarin", "chinese"}
    assert "mandarin" not in spoken_names("Cantonese")
    resume = Resume.model_validate({"basics": {"name": "A"}, "languages": [{"language": "Mandarin Chinese"}]})
    evidence = resume_evidence.from_resume(resume)
    for subject in ("Mandarin", "Chinese"):
        req = Requirement(kind="language", text=f"fluent {subject}", subject=subject)
        assert check_listed(req, evidence).status == "met"


def test_after_hours_calls_are_a_condition_of_employment():
    category = condition_of("willingness to take after-hours calls.")
    assert category is not None and category.label == "schedule or travel"


def test_a_compound_written_as_two_words_is_the_one_word():
    assert stem("pipeline") in line_terms("Welder at Associated Pipe Line Contractors")
    assert "welderat" not in line_terms("Welder at Associated Pipe Line Contractors")


def test_years_of_pipeline_welding_count_the_role_at_a_pipe_line_contractor_only():
    posting = "Requirements:\n- 4 yrs pipeline welding experience minimum\n"
    text = (
        "Experience\nWelder, Associated Pipe Line Contractors (2019 - 2024)\n- Downhill SMAW on transmission lines\n"
        "Structural Welder, Permian Steel (2014 - 2019)\n- Fabricated skids\n"
    )
    _, checks = coverage(extract_requirements("Pipeline Welder", posting), resume_evidence.from_text(text))
    years = next(c for c in checks if c.requirement.kind == "experience")
    assert years.years_held == 5.1 and years.status == "met"


def test_a_subject_naming_a_title_asks_for_its_rung_even_when_a_field_has_the_same_words():
    chef = subject_of("kitchen manager")
    assert chef is not None and chef.rung == 3  # line cook (2) years do not count toward it
    assert subject_of("kitchen management") is not None


def test_of_record_names_the_title_in_charge():
    found = subject_of("special education teacher of record")
    assert found is not None and not found.leftover and found.rung == found.occupation.full


def test_named_products_of_other_occupations_are_known_and_ordinary_words_are_not():
    assert find_skills("hands-on TMW experience") == {"TMW Suite"}
    assert find_skills("Blue Yonder (JDA) WMS") == {"Blue Yonder WMS"}
    assert find_skills("e-file through CM/ECF and PACER") == {"CM/ECF", "PACER"}
    assert find_skills("temporary cardiac pacer") == set()


def test_a_general_word_written_as_a_product_s_module_is_part_of_the_product():
    # "Workday Recruiting" asks for Workday, not Workday and recruiting as two things
    assert find_skills("Experience with Workday Recruiting required") == {"Workday"}
    # written on its own as well (or apart from the product), the general skill is asked too
    assert find_skills("Workday Recruiting; full-cycle recruiting") == {"Workday", "Recruiting"}
    assert find_skills("Workday, Recruiting") == {"Workday", "Recruiting"}


def test_government_permitting_software_is_a_named_product():
    assert find_skills("Accela Civic Platform experience preferred") == {"Accela"}
    assert "Accela" not in GENERAL_SKILLS


def test_a_driving_record_limit_is_a_condition_and_driving_under_the_influence_work_is_not():
    for item in (
        "No more than 2 moving violations in the last 3 years",
        "no preventable accidents in the past 3 years",
        "No DUI/DWI in the last 5 years",
        "fewer than 3 moving violations and no at-fault accidents",
    ):
        category = condition_of(item)
        assert category is not None and category.name == "transportation", item
    assert condition_of("3+ years of DUI defense and misdemeanor trial work") is None
