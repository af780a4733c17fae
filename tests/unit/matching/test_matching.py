"""The matching service on examples/: real MiniLM and Chroma, explanations, calibration, cascade and cache hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerpilot.domain.filters import JobFilters
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import RunInputs
from careerpilot.matching.service import TOP_EXACT, MatchingService
from careerpilot.memory.vectors import VectorStore, open_chroma
from careerpilot.profile.inputs import load_filters, load_profile, load_resume
from careerpilot.tools.sources.local_files import LocalFilesSource
from careerpilot.tools.sources.normalize import normalize_all

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
PLAN = SearchPlan(roles=["Full Stack Engineer", "Back-End Engineer", "Software Engineer"], sources=[])


@pytest.fixture(scope="module")
def example_jobs() -> list[JobPosting]:
    jobs, _ = normalize_all(LocalFilesSource(EXAMPLES / "postings").read().postings)
    return jobs


@pytest.fixture(scope="module")
def resume() -> Resume:
    return load_resume(EXAMPLES / "resume.json")


def _job(job_id: str, title: str, text: str) -> JobPosting:
    return JobPosting(id=job_id, source="test", title=title, description_text=text)


def test_example_run_shortlists_an_engineering_job_above_70_with_evidence(service, example_jobs, resume):
    ranked = service.rank(example_jobs, resume, load_filters(EXAMPLES / "job_filters.yaml"), PLAN)
    top = ranked.matches[0]
    titles = {j.id: j.title for j in example_jobs}
    assert ranked.shortlist and ranked.shortlist[0] == top.job_id
    assert top.score >= 70 and "Engineer" in titles[top.job_id]
    assert top.matched and all(term.evidence for term in top.matched)
    assert top.stage == "full" and top.requirements
    sales = [m for m in ranked.matches if "Account Executive" in titles[m.job_id] and not m.excluded]
    assert sales and all(m.score < 50 for m in sales)


def test_explanation_names_met_and_missing_requirements_years_and_filters(service, resume):
    job = _job(
        "j1",
        "Senior Backend Engineer",
        "Requirements:\n- 5+ years of experience with Python\n- Strong PostgreSQL skills\n"
        "- Experience with Kubernetes in production\n- 12+ years of experience building distributed systems",
    )
    match = service.rank([job], resume, JobFilters(excluded_keywords=["Kubernetes"]), PLAN).matches[0]
    python = next(c for c in match.requirements if c.requirement.subject == "Python")
    assert python.status == "met" and python.years_held and python.years_held >= 5 and "Python" in python.evidence
    assert any("PostgreSQL" in t.term or "PostgreSQL" in t.evidence for t in match.matched)
    assert "Kubernetes" in " ".join(match.missing)
    assert match.years_required == 12 and match.years_held and match.years_held < 12
    assert match.excluded and match.why == "excluded: mentions 'Kubernetes'"
    assert {"coverage", "title", "lexical"} <= set(
        match.components
    ) and match.stage == "lexical"  # excluded: not embedded


def test_missing_required_skill_or_years_lowers_the_score(service, resume):
    job = _job("j1", "Software Engineer", "Requirements:\n- 3+ years of Python\n- React and TypeScript\n- Django")
    weaker = resume.model_copy(deep=True)
    weaker.work = weaker.work[:1]
    weaker.basics.summary = None
    weaker.work[0].startDate = "2025-06"
    weaker.skills = [s for s in weaker.skills if s.name != "Frontend"]
    weaker.work[0].highlights = [h for h in weaker.work[0].highlights if "React" not in h]
    strong = service.rank([job], resume, JobFilters(), PLAN).matches[0]
    weak = service.rank([job], weaker, JobFilters(), PLAN).matches[0]
    assert strong.score > weak.score
    assert any("React" in m for m in weak.missing)


def test_a_second_ranking_of_unchanged_postings_embeds_nothing(service, example_jobs, resume, embedder):
    service.rank(example_jobs, resume, JobFilters(), PLAN)
    before = embedder.texts_embedded
    fresh = MatchingService(service.vectors)  # a new service over the same Chroma: cache is by content hash
    fresh.rank(example_jobs, resume, JobFilters(), PLAN)
    assert embedder.texts_embedded == before and fresh.last_embedded == 0


def test_cascade_embeds_only_postings_that_can_reach_the_top(service, resume, embedder):
    fit = "Requirements:\n- 5+ years of Python and Django\n- PostgreSQL, React, TypeScript\n- AWS and Docker"
    off = "Requirements:\n- 5+ years of commercial truck driving\n- Class A CDL license\n- Forklift certification"
    jobs = [_job(f"fit{i}", "Full Stack Engineer", f"{fit}\nTeam {i}.") for i in range(TOP_EXACT)]
    jobs += [_job(f"off{i}", "Truck Driver", f"{off}\nRoute {i}.") for i in range(40)]
    ranked = service.rank(jobs, resume, JobFilters(), PLAN)
    stages = {m.job_id: m.stage for m in ranked.matches}
    assert all(stages[f"fit{i}"] == "full" for i in range(TOP_EXACT))
    assert all(stages[f"off{i}"] == "lexical" for i in range(40))
    assert service.last_embedded == TOP_EXACT + 1  # the fitting postings and the resume
    assert max(m.score for m in ranked.matches if m.stage == "lexical") < min(
        m.score for m in ranked.matches if m.stage == "full"
    )


def test_empty_malformed_and_non_english_input_give_low_confidence_not_a_crash(service, resume):
    jobs = [
        _job("empty", "Engineer", ""),
        _job(
            "german", "Entwickler", "Wir suchen eine Entwicklerin für unser Team. Sie entwickeln und betreuen Dienste."
        ),
    ]
    odd = resume.model_copy(deep=True)
    odd.work[0].startDate = "2021-13"  # passes the ISO pattern, is not a month
    ranked = service.rank(jobs, odd, JobFilters(), PLAN)
    by_id = {m.job_id: m for m in ranked.matches}
    assert by_id["empty"].confidence < 0.5 and any("no description" in r for r in by_id["empty"].reasons)
    assert by_id["german"].confidence < 0.5 and any("English" in r for r in by_id["german"].reasons)
    assert all(m.score < 50 for m in ranked.matches)


def test_jobs_like_this_one_and_resume_support(service, resume):
    jobs = [
        _job("py", "Python Backend Engineer", "Build Django REST APIs on PostgreSQL."),
        _job("py2", "Backend Developer", "Python services, Django and Postgres databases."),
        _job("chef", "Pastry Chef", "Bake bread and pastries in a busy bakery."),
    ]
    service.rank(jobs, resume, JobFilters(), PLAN)
    like = service.jobs_like(jobs[0], limit=2)
    assert like[0]["job_id"] == "py2"
    support = service.resume_support("built dashboards in React", resume, limit=2)
    assert any("React" in s["line"] for s in support)


def test_identical_postings_are_scored_once_and_share_the_score(service, resume):
    text = "Requirements:\n- 5+ years of experience with Python\n- PostgreSQL and React"
    jobs = [_job(f"copy{i}", "Full Stack Engineer", text) for i in range(3)]
    ranked = service.rank(jobs, resume, JobFilters(), PLAN)
    assert {m.job_id for m in ranked.matches} == {"copy0", "copy1", "copy2"}
    assert len({m.score for m in ranked.matches}) == 1
    assert service.requirements_extracted == 1 and service.last_embedded <= 2  # one posting (+ the resume)


def test_a_new_process_reuses_extracted_requirements_from_the_disk_cache(tmp_path, embedder, resume):
    jobs = [_job("a", "Backend Engineer", "Requirements:\n- 3+ years of Go\n- Kubernetes")]
    first = MatchingService(VectorStore(open_chroma(tmp_path / "chroma"), embedder))
    before = first.rank(jobs, resume, JobFilters(), PLAN).matches[0]
    assert first.requirements_extracted == 1 and (tmp_path / "matching_cache.sqlite").exists()
    later = MatchingService(VectorStore(open_chroma(tmp_path / "chroma"), embedder))  # as a new process would
    after = later.rank(jobs, resume, JobFilters(), PLAN).matches[0]
    assert later.requirements_extracted == 0 and after.score == before.score


def test_a_requirement_met_in_other_words_is_matched_by_meaning_and_scores_higher(service):
    """The rjdb failure shape: the matched resume paraphrases a skill, the other one drops it."""
    from careerpilot.matching import evidence as resume_evidence

    job = _job(
        "gl",
        "Graphics Engineer",
        "Required Skills:\n- Good experience with graphic frameworks such as OpenGL\n- Strong C++ skills",
    )
    base = "Skills\n- Strong C++ skills\nExperience\nWorked as a Graphics Engineer (2018 - 2023)\n"
    has = resume_evidence.from_text(base + "- Expert in OpenGL used in visual simulation projects\n")
    lacks = resume_evidence.from_text(base + "- Maintained build scripts and release notes\n")
    strong = service.rank_evidence([job], has, JobFilters(), PLAN).matches[0]
    weak = service.rank_evidence([job], lacks, JobFilters(), PLAN).matches[0]
    gl = next(c for c in strong.requirements if "OpenGL" in c.requirement.text)
    assert gl.similar_line == "Expert in OpenGL used in visual simulation projects" and gl.similarity > 0.6
    assert strong.stage == "full" and strong.components["semantic"] > weak.components["semantic"]
    assert strong.score > weak.score
    assert not any("OpenGL" in m for m in strong.missing) and any("OpenGL" in m for m in weak.missing)


def test_a_company_the_profile_avoids_is_ranked_last_with_the_reason_first(service, resume):
    profile = load_profile(EXAMPLES / "profile.yaml")
    profile.preferences.avoid_companies = ["Acme"]
    inputs = RunInputs(sources=["local:/postings"], profile=profile, resume=resume)
    fit = "Requirements:\n- 5+ years of Python and Django\n- PostgreSQL, React, TypeScript"
    jobs = [
        JobPosting(id="a", source="test", title="Full Stack Engineer", company="ACME Inc.", description_text=fit),
        JobPosting(id="b", source="test", title="Full Stack Engineer", company="Initech", description_text=fit),
    ]

    ranked = service.rank(jobs, resume, inputs.filters, PLAN)

    assert [m.job_id for m in ranked.matches] == ["b", "a"] and ranked.shortlist == ["b"]
    assert ranked.matches[1].excluded and ranked.matches[1].why == "excluded: you avoid ACME Inc."
