"""Shortlist calibration outside software: conditions of employment, years by title family, decisive gaps capped."""

from __future__ import annotations

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.matching import evidence as resume_evidence
from careerpilot.matching.coverage import coverage
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.service import GAP_KNEE, gap_capped

PLAN = SearchPlan(roles=[], sources=[], min_score=70, max_applications=5)

WELDER_POSTING = """Structural Welder

Requirements:
- 3+ years of structural welding
- TIG welding on stainless steel
- Read blueprints and weld symbols
- Must own basic hand tools
- Ability to pass a drug screen and background check
- Reliable transportation
- Able to lift 50 lbs
- Willing to work nights and weekends
- Must be at least 18 years of age
"""


def _resume(work: list[dict[str, object]], **extra: object) -> Resume:
    return Resume.model_validate({"basics": {"name": "A. Person"}, "work": work, **extra})


def _text(*roles: str) -> resume_evidence.ResumeEvidence:
    return resume_evidence.from_text("Experience\n" + "\n".join(roles))


def _years(posting: str, evidence: resume_evidence.ResumeEvidence, title: str = "Job") -> tuple[float | None, str]:
    _, checks = coverage(extract_requirements(title, posting), evidence)
    check = next(c for c in checks if c.requirement.kind == "experience")
    return check.years_held, check.status


def test_conditions_of_employment_are_shown_but_not_scored():
    found = extract_requirements("Structural Welder", WELDER_POSTING).requirements
    conditions = {r.text: r.subject for r in found if r.kind == "condition"}
    assert set(conditions) == {
        "Must own basic hand tools",
        "Ability to pass a drug screen and background check",
        "Reliable transportation",
        "Able to lift 50 lbs",
        "Willing to work nights and weekends",
        "Must be at least 18 years of age",
    }
    assert conditions["Must own basic hand tools"] == "tools or equipment of your own"
    # "18 years of age" is no experience requirement
    assert [r.years for r in found if r.kind == "experience"] == [3.0]
    evidence = _text("Structural Welder, Iron Co (2018 - 2024)\n- TIG welding on stainless; read blueprints")
    with_conditions, checks = coverage(extract_requirements("Structural Welder", WELDER_POSTING), evidence)
    plain = "\n".join(line for line in WELDER_POSTING.splitlines() if line.startswith(("- 3", "- TIG", "- Read")))
    without, _ = coverage(extract_requirements("Structural Welder", "Requirements:\n" + plain), evidence)
    assert with_conditions == pytest.approx(without)  # the six conditions move coverage not at all
    assert all(c.status == "unknown" and "not scored" in c.note for c in checks if c.requirement.kind == "condition")


def test_a_bullet_holding_a_skill_and_a_condition_keeps_the_skill():
    found = extract_requirements("Welder", "Requirements:\n- Blueprint reading; able to lift 50 lbs\n").requirements
    assert [(r.kind, r.text) for r in found] == [("skill", "Blueprint reading"), ("condition", "able to lift 50 lbs")]


def test_conditions_are_never_missing_and_the_reasons_say_they_are_not_scored(service):
    resume = _resume(
        [
            {
                "position": "Welder Fabricator",
                "name": "Iron Co",
                "startDate": "2018-01",
                "endDate": "2024-01",
                "highlights": ["TIG welding on stainless steel railings", "Read blueprints and weld symbols daily"],
            }
        ]
    )
    job = JobPosting(id="w1", source="test", title="Structural Welder", description_text=WELDER_POSTING)
    match = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    assert not any(word in " ".join(match.missing) for word in ("drug", "tools", "transportation", "lbs", "nights"))
    assert any(r.startswith("conditions of employment (shown, not scored)") for r in match.reasons)


def test_years_count_by_title_family_with_overlapping_roles_once():
    posting = "Requirements:\n- 5+ years as a producing financial advisor\n"
    evidence = _text(
        "Vice President, Wealth Management, Morgan Stanley (2019 - 2024)",
        "Financial Advisor, Fidelity Investments (2017 - 2020)",
        "Client Service Associate, Fidelity Investments (2012 - 2017)",
    )
    held, status = _years(posting, evidence, "Financial Advisor")
    # 2017-2024, the overlap of 2019-2020 counted once; the support role below the advisor's rung not at all
    assert held == 7.1 and status == "met"
    admitted = "Requirements:\n- 5+ years as a producing financial advisor (years as an associate count)\n"
    assert _years(admitted, evidence, "Financial Advisor")[0] == 12.1


def test_a_generic_rank_counts_only_where_the_resume_shows_the_occupation():
    posting = "Requirements:\n- 5+ years of commercial litigation experience at a law firm\n"
    lawyer = resume_evidence.from_resume(
        _resume(
            [
                {"position": "Senior Associate", "name": "Haynes LLP", "startDate": "2021-01", "endDate": "2024-01"},
                {"position": "Associate Attorney", "name": "Knight LLP", "startDate": "2018-01", "endDate": "2021-01"},
            ],
            basics={"name": "A. Person", "label": "Trial Lawyer"},
        )
    )
    assert _years(posting, lawyer)[0] == 6.1
    auditor = resume_evidence.from_resume(
        _resume([{"position": "Senior Associate", "name": "Big Four", "startDate": "2018-01", "endDate": "2024-01"}])
    )
    assert _years(posting, auditor)[1] != "met"  # "Senior Associate" alone says nothing about litigation


def test_words_the_occupation_does_not_explain_must_show_in_the_role():
    posting = "Requirements:\n- 2 years verifiable OTR flatbed experience\n"
    evidence = _text(
        "Regional Driver, Dry Van Co (2015 - 2020)\n- Hauled dry van freight across the Southeast",
        "OTR Driver, Flat Haul Inc (2021 - 2024)\n- Secured steel coils and lumber on flatbed trailers",
    )
    assert _years(posting, evidence, "CDL-A Flatbed Driver")[0] == 3.1  # the dry-van years are not flatbed


def test_a_lower_rung_the_posting_excludes_does_not_count():
    posting = (
        "Requirements: a minimum of two years of experience working as a paramedic in a 911 ALS system "
        "(experience as an EMT does not count toward this requirement)."
    )
    evidence = _text("Paramedic, County EMS (2023 - 2024)", "EMT-Basic, Acadian Ambulance (2015 - 2023)")
    assert _years(posting, evidence, "Paramedic")[0] == 1.1
    ladder = _text("State Tested Nursing Assistant, Glen Home (2022 - 2024)", "Nurse Aide, Village (2020 - 2022)")
    # both are the CNA rung itself ("aide" and "assistant" are no lower rung of it), so both count
    assert _years("Requirements:\n- min. 2 years CNA/STNA experience in LTC\n", ladder, "CNA")[0] == 4.1


def test_a_decisive_gap_keeps_the_score_under_the_shortlist_threshold():
    assert gap_capped(100.0) < 70.0 and gap_capped(GAP_KNEE) == GAP_KNEE and gap_capped(45.0) == 45.0
    scores = [50.0, 61.0, 75.0, 90.0, 100.0]
    assert [gap_capped(s) for s in scores] == sorted(gap_capped(s) for s in scores)  # order kept among them


def test_a_resume_missing_a_named_tool_falls_below_the_threshold_and_the_qualified_one_does_not(service):
    posting = (
        "E-Discovery Paralegal\n\nRequirements:\n- Relativity (searching, batching, productions) required\n"
        "- 3+ years as a litigation paralegal\n- Manage document productions and privilege logs\n"
        "- Ability to pass a background check\n"
    )
    work = [
        {
            "position": "Litigation Legal Assistant",
            "name": "Baker LLP",
            "startDate": "2019-01",
            "endDate": "2024-06",
            "highlights": ["Managed document productions and privilege logs for commercial cases"],
        }
    ]
    qualified = _resume(work, skills=[{"name": "E-discovery", "keywords": ["Relativity", "Concordance"]}])
    lacking = _resume(work, skills=[{"name": "E-discovery", "keywords": ["Concordance"]}])
    job = JobPosting(id="p1", source="test", title="E-Discovery Paralegal", description_text=posting)
    good = service.rank([job], qualified, JobFilters(), PLAN).matches[0]
    bad = service.rank([job], lacking, JobFilters(), PLAN).matches[0]
    assert good.score >= PLAN.min_score > bad.score, (good.score, bad.score, good.reasons)
    assert bad.reasons[0].startswith("missing: Relativity")


def test_the_cascade_bounds_hold_around_decisive_gaps(service):
    """The cascade stops on upper() and floors on score(): both must hold once the posting is embedded."""
    resume = _resume(
        [
            {"position": "HVAC Service Technician", "name": "Trane", "startDate": "2021-01", "endDate": "2024-01"},
            {"position": "HVAC Helper", "name": "Cool Co", "startDate": "2015-01", "endDate": "2021-01"},
        ],
        skills=[{"name": "Tools", "keywords": ["Metasys"]}],
    )
    evidence = resume_evidence.from_resume(resume)
    postings = [
        "Requirements:\n- 5+ years of commercial HVAC service experience\n- EPA 608 Universal\n",
        "Requirements:\n- 2+ years servicing rooftop units\n- Tridium Niagara experience required\n",
        "Requirements:\n- Bachelor's degree in mechanical engineering\n- 3 years of building automation work\n",
        "Requirements:\n- Fluent Spanish\n- 1 year HVAC service\n- Able to lift 50 lbs\n",
    ]
    for i, text in enumerate(postings):
        job = JobPosting(id=f"h{i}", source="test", title="HVAC Technician", description_text=text)
        item = service._cheap(job.content_hash, job, service.requirements(job), evidence, evidence.key, PLAN, 0.1)
        low, high = item.score(), item.upper()
        service._semantic([item], evidence)
        assert low - 1e-9 <= item.score() <= high + 1e-9, (text, low, item.score(), high)


def test_a_sign_language_is_a_language_and_its_bracketed_abbreviation_is_the_same_one():
    posting = "Requirements: fluency in American Sign Language (ASL); valid driver's license for travel between sites."
    signer = resume_evidence.from_resume(
        _resume([], languages=[{"language": "American Sign Language (ASL)", "fluency": "Fluent"}])
    )
    speaker = resume_evidence.from_resume(_resume([], languages=[{"language": "English", "fluency": "Native"}]))
    found = extract_requirements("Teacher of the Deaf", posting)
    checks = {name: coverage(found, who)[1] for name, who in (("signer", signer), ("speaker", speaker))}
    language = {name: next(c for c in got if c.requirement.kind == "language") for name, got in checks.items()}
    assert language["signer"].status == "met" and language["speaker"].status == "missing"
    assert any(c.requirement.kind == "condition" for c in checks["speaker"])  # the driver's licence is a condition


def test_a_named_tool_caps_the_score_only_where_the_posting_insists_on_it():
    from careerpilot.matching.coverage import caps_score, decisive_gaps

    evidence = _text("Data Analyst, Shop (2018 - 2024)\n- Reports in Tableau")
    insisted = extract_requirements("Analyst", "Requirements:\n- Snowflake (required, daily)\n")
    passing = extract_requirements("Analyst", "Requirements:\n- In-depth knowledge of Snowflake\n")
    for found, caps in ((insisted, True), (passing, False)):
        gaps = decisive_gaps(coverage(found, evidence)[1])
        assert len(gaps) == 1 and caps_score(gaps[0]) is caps  # named first either way; capped only when insisted


def test_a_field_of_practice_is_no_named_tool_and_a_products_own_abbreviation_holds_it():
    from careerpilot.matching.coverage import decisive_gaps, named_tool_missing

    # "monitoring" or "data analysis" is a practice a resume words its own way, not a product held or not
    practice = extract_requirements("Technician", "Required Skills:\n- Operation Monitoring and Control\n")
    checks = coverage(practice, _text("Plant Technician (2015 - 2020)\n- Kept the line running"))[1]
    assert checks[0].requirement.skills == ["Monitoring"] and not named_tool_missing(checks[0])
    assert not decisive_gaps(checks)
    # SSIS is SQL Server's Integration Services: a resume listing it has worked with SQL Server
    product = extract_requirements("ETL Engineer", "Required Skills:\n- Experience with Microsoft SQL Server\n")
    checks = coverage(product, _text("ETL Engineer (2015 - 2020)\n- Built SSIS packages"))[1]
    assert checks[0].credit == 0.5 and not decisive_gaps(checks)  # SQL Server held; plain SQL not said
    checks = coverage(product, _text("ETL Engineer (2015 - 2020)\n- Built ETL packages"))[1]
    assert checks[0].credit == 0.0 and named_tool_missing(checks[0])
