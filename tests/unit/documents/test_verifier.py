"""The truthfulness verifier against a table of fabrications injected into the example resume and letters."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from careerpilot.documents.verifier import Sources, enforce_letter, enforce_resume, verify_letter, verify_resume
from careerpilot.domain.profile import Contact, Profile
from careerpilot.domain.resume import Resume

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "resume.json"
SOURCE = Resume.model_validate(json.loads(EXAMPLE.read_text(encoding="utf-8")))
CONTEXT = {"title": "Full Stack Engineer", "company": "LeverDemo"}


def sources() -> Sources:
    return Sources(SOURCE, Profile(contact=Contact(name="Maya Okafor", email="maya.okafor@example.com")), CONTEXT)


def edit(change: Callable[[dict], object]) -> Resume:
    data = SOURCE.model_dump(exclude_none=True)
    change(data)
    return Resume.model_validate(data)


def set_bullet(work: int, bullet: int, text: str) -> Callable[[dict], object]:
    return lambda d: d["work"][work]["highlights"].__setitem__(bullet, text)


# (fabrication, resume edit, kind of the claim that must be flagged)
RESUME_FABRICATIONS = [
    ("unsupported skill in the skills list", lambda d: d["skills"][0]["keywords"].append("Kubernetes"), "skill"),
    ("unsupported skill in a bullet", set_bullet(0, 0, "Designed a Rust REST API for appointment booking"), "skill"),
    ("invented employer", lambda d: d["work"][1].__setitem__("name", "Google"), "employer"),
    ("invented extra job", lambda d: d["work"].append({"name": "Stripe", "position": "Staff Engineer"}), "employer"),
    ("start date shifted", lambda d: d["work"][1].__setitem__("startDate", "2016-06"), "date"),
    ("end date removed to look current", lambda d: d["work"][1].pop("endDate"), "date"),
    (
        "inflated request volume",
        set_bullet(0, 0, "Built a Django REST API that serves 20 million requests a day"),
        "number",
    ),
    (
        "inflated percentage",
        set_bullet(0, 3, "Cut incident response time by 60% with Prometheus and Grafana"),
        "number",
    ),
    ("inflated team size", set_bullet(0, 2, "Led a team of 9 engineers rebuilding the dashboard in React"), "number"),
    ("invented degree", lambda d: d["education"][0].__setitem__("studyType", "Master of Science"), "degree"),
    ("invented school", lambda d: d["education"].append({"institution": "Stanford University"}), "institution"),
    (
        "invented certification",
        lambda d: d["certificates"].append({"name": "AWS Certified Solutions Architect"}),
        "certification",
    ),
    ("inflated title", lambda d: d["work"][1].__setitem__("position", "Principal Engineer"), "title"),
    ("inflated headline", lambda d: d["basics"].__setitem__("label", "Engineering Director"), "title"),
    ("inflated skill level", lambda d: d["skills"][2].__setitem__("level", "Expert"), "skill"),
    (
        "years of experience inflated in summary",
        lambda d: d["basics"].__setitem__("summary", "Engineer with 12 years of experience in Python."),
        "number",
    ),
    ("invented language", lambda d: d["languages"].append({"language": "Japanese", "fluency": "Fluent"}), "language"),
    ("inflated fluency", lambda d: d["languages"][1].__setitem__("fluency", "Native speaker"), "language"),
    (
        "number moved to another job",
        set_bullet(1, 1, "Wrote data pipelines in Python that load 2 million rows each night"),
        "number",
    ),
    ("invented year in a bullet", set_bullet(2, 0, "Built marketing sites in JavaScript since 2012"), "date"),
    ("invented project", lambda d: d["projects"].append({"name": "kubeflow-lite", "description": "A tool"}), "name"),
    (
        "invented award-winning client",
        set_bullet(0, 1, "Moved the scheduling service of Kaiser Permanente to PostgreSQL"),
        "name",
    ),
]

LETTER_FABRICATIONS = [
    ("years of a framework", "I bring 10 years of Kubernetes experience to LeverDemo.", "skill"),
    ("spelled-out years", "I have ten years of experience with Python.", "number"),
    ("unsupported employer", "At Stripe I built payment APIs in Python.", "employer"),
    ("invented certification", "I am a certified Scrum Master.", "certification"),
    ("invented degree", "I hold a PhD in Computer Science.", "degree"),
    ("inflated metric", "I cut incident response time by 75%.", "number"),
    ("invented title", "As Staff Engineer at Brightline Health I led the API work.", "title"),
    ("shifted date", "I have worked at Brightline Health since March 2019.", "date"),
]


@pytest.mark.parametrize(("name", "change", "kind"), RESUME_FABRICATIONS, ids=[f[0] for f in RESUME_FABRICATIONS])
def test_every_resume_fabrication_is_caught_and_removed(name: str, change, kind: str) -> None:
    fabricated = edit(change)

    check = verify_resume(fabricated, sources())
    cleaned, enforced = enforce_resume(fabricated, sources())

    assert not check.passed
    assert kind in {claim.kind for claim in check.unsupported}, check.offending()
    assert enforced.passed and enforced.removed
    assert verify_resume(cleaned, sources()).passed


@pytest.mark.parametrize(("name", "text", "kind"), LETTER_FABRICATIONS, ids=[f[0] for f in LETTER_FABRICATIONS])
def test_every_cover_letter_fabrication_is_caught(name: str, text: str, kind: str) -> None:
    check = verify_letter(f"I am applying for the Full Stack Engineer role at LeverDemo.\n\n{text}", sources())

    assert kind in {claim.kind for claim in check.unsupported}, check.offending()


def test_the_fabrication_tables_hold_at_least_twenty_cases() -> None:
    assert len(RESUME_FABRICATIONS) + len(LETTER_FABRICATIONS) >= 20


def test_a_faithful_rewrite_passes_with_every_claim_traced() -> None:
    faithful = edit(
        lambda d: (
            d["work"][0].__setitem__(
                "highlights",
                [
                    "Led a team of 4 engineers that rebuilt the clinic dashboard using TypeScript and React",
                    "Designed a Django REST API for appointment booking serving 2M requests a day",
                    "Migrated the scheduling service from MySQL to PostgreSQL without downtime",
                ],
            ),
            d["basics"].__setitem__("summary", "Full-stack engineer with 7 years of Python and JavaScript experience."),
            d["skills"][0]["keywords"].reverse(),
            d["work"].pop(2),
        )
    )

    check = verify_resume(faithful, sources())

    assert check.passed, check.offending()
    assert all(claim.source for claim in check.claims)
    react = next(c for c in check.claims if c.text == "React" and c.where.startswith("work[0].highlights"))
    assert react.source and react.source.startswith("resume.")


def test_a_faithful_letter_passes_and_names_the_company_and_role() -> None:
    letter = (
        "I would like to join LeverDemo as a Full Stack Engineer. At Brightline Health I built a Django REST API "
        "and led the clinic dashboard rebuild in React and TypeScript.\n\nAt Quarry Analytics I built charts with "
        "d3.js and Ember.js.\n\nMaya Okafor"
    )

    assert verify_letter(letter, sources()).passed


def test_the_posting_backs_the_company_and_role_but_never_a_skill() -> None:
    context = {"title": "Kubernetes Platform Engineer", "company": "LeverDemo"}
    check = verify_letter("I bring Kubernetes to LeverDemo.", Sources(SOURCE, context=context))

    assert [c.text for c in check.unsupported] == ["Kubernetes"]


def test_enforcing_a_letter_drops_only_the_unsupported_sentence() -> None:
    text = "I build REST APIs in Django. I also bring 10 years of Kubernetes. I led a team of 4 engineers."

    cleaned, check = enforce_letter(text, sources())

    assert cleaned == "I build REST APIs in Django. I led a team of 4 engineers."
    assert check.removed == ["I also bring 10 years of Kubernetes."]
    assert check.passed


def test_the_source_resume_verifies_against_itself() -> None:
    assert verify_resume(SOURCE, sources()).passed
