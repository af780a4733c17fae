"""The offline cover letter: every sentence takes its facts from one resume entry, and it passes its own verifier."""

import json
from pathlib import Path

import pytest

from careerpilot.documents.tailoring import template_cover_letter
from careerpilot.documents.verifier import Sources, enforce_letter
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match, MatchedTerm
from careerpilot.domain.resume import Resume
from careerpilot.text.sentences import split_sentences
from tests.support.datasets import TEST_DATA

ROOT = Path(__file__).resolve().parents[3]
RESUMES = [ROOT / "examples" / "resume.json", *sorted((TEST_DATA / "resumes").glob("*.json"))]
JOBS = [("Acme", "Backend Engineer"), ("LeverDemo", "Full Stack Engineer")]
BRIEF = "Acme builds clinic software with Python, JavaScript, HTML and Kubernetes; 500 staff."


def load(path: Path) -> Resume:
    return Resume.model_validate(json.loads(path.read_text(encoding="utf-8")))


def job(company: str, title: str) -> JobPosting:
    return JobPosting(id="j", source="local", title=title, company=company, description_text="We build web apps.")


def match(evidence: list[str]) -> Match:
    terms = [MatchedTerm(term=f"term {n}", evidence=line) for n, line in enumerate(evidence)]
    return Match(job_id="j", score=60, semantic=0.5, lexical=0.4, matched=terms)


def windows(resume: Resume) -> list[list[str]]:
    """Every resume evidence line, three at a time, as the matcher's evidence of a letter."""
    lines = [line for line in resume.evidence_lines() if line]
    return [lines[start : start + 3] for start in range(0, len(lines), 3)] or [[]]


@pytest.mark.parametrize("path", RESUMES, ids=[p.name for p in RESUMES])
def test_the_offline_letter_passes_its_own_verifier_with_no_removal_on_every_example_resume(path: Path) -> None:
    resume = load(path)
    letters = 0
    for company, title in JOBS:
        sources = Sources(resume, context={"title": title, "company": company})
        for evidence in windows(resume):
            letter = template_cover_letter(resume, job(company, title), match(evidence), BRIEF)

            cleaned, verification = enforce_letter(letter, sources)

            assert verification.removed_sentences == [], letter
            assert cleaned == "\n\n".join(" ".join(split_sentences(p)) for p in letter.split("\n\n"))
            assert verification.passed
            letters += 1
    assert letters >= 2


def test_each_fact_of_the_offline_letter_names_its_own_employer() -> None:
    resume = load(ROOT / "examples" / "resume.json")
    evidence = [
        "Built interactive charts with d3.js and Ember.js for the reporting product",  # Quarry Analytics
        "Wrote data pipelines in Python and pandas that load 50 GB of customer data each night",  # Quarry Analytics
        "Wrote unit tests that raised coverage of the billing module from 35% to 80%",  # Cobalt Labs
    ]

    letter = template_cover_letter(resume, job("Acme", "Backend Engineer"), match(evidence))

    middle = letter.split("\n\n")[1]
    assert middle == (
        "At Quarry Analytics, I built interactive charts with d3.js and Ember.js for the reporting product. "
        "I also wrote data pipelines in Python and pandas that load 50 GB of customer data each night. "
        "At Cobalt Labs, I wrote unit tests that raised coverage of the billing module from 35% to 80%."
    )
    assert letter.startswith(
        "I am applying for the Backend Engineer role at Acme. "
        "I currently work as Senior Software Engineer at Brightline Health."
    )


def test_a_past_job_is_never_called_current() -> None:
    resume = load(TEST_DATA / "resumes" / "jsonresume-schema_sample.resume.json")

    letter = template_cover_letter(resume, job("Acme", "Backend Engineer"), match([]))

    assert "Most recently I worked as CEO/President at Pied Piper." in letter
    assert "currently" not in letter
