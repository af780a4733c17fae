"""The bounds on the matcher's LLM steps, checked without a model: quotes, refinement merge, rerank and notes.

A compromised model can answer anything; these are the rules the code applies to whatever it answers.
``tests/integration/test_matching_llm_bounds.py`` drives the same rules through the wire with a hostile model.
"""

from __future__ import annotations

import pytest

from careerpilot.domain.matching import NOTE_CHARS, ModelNote, plain_line
from careerpilot.matching.quotes import marks_optional
from careerpilot.matching.requirements import extract_requirements
from careerpilot.matching.requirements_llm import LLMRequirement, RefinedRequirements, merge
from careerpilot.matching.rerank import bounded_score

TITLE = "Backend Engineer"
POSTING = """We build billing software.

Requirements:
- 5+ years of experience with Python
- PostgreSQL and Redis
- Must know Go; gRPC is a plus
The following would be great but are not needed for the role:
- Kubernetes in production
"""


PLAIN = "Requirements:\n- 5+ years of experience with Python\n- PostgreSQL and Redis\n- Kubernetes in production\n"


def _refined(*items: dict) -> RefinedRequirements:
    return RefinedRequirements(requirements=[LLMRequirement.model_validate(i) for i in items])


def _by_text(requirements) -> dict:
    return {r.text: r for r in requirements.requirements}


def test_an_item_is_optional_only_by_its_own_words_or_the_line_that_introduces_its_list():
    assert marks_optional("Kubernetes is optional", "Kubernetes is optional", "- Kubernetes is optional")
    assert not marks_optional("gRPC is a plus", "Must know Go; gRPC is a plus", POSTING)  # a demand comes first
    assert marks_optional("would be great but are not needed", "Kubernetes in production", POSTING)
    # an optional cue elsewhere in the posting says nothing about this item
    assert not marks_optional("would be great but are not needed", "PostgreSQL and Redis", POSTING)
    assert not marks_optional("gRPC is a plus", "PostgreSQL and Redis", POSTING)
    # words the posting does not contain, or posting words with no optional cue, are no quote
    assert not marks_optional("Kubernetes is nice to have", "Kubernetes in production", POSTING)
    assert not marks_optional("Kubernetes in production", "Kubernetes in production", POSTING)
    assert not marks_optional("", "Kubernetes in production", POSTING)


def test_the_model_lowers_a_required_item_only_with_a_quote_marking_it_optional():
    rules = extract_requirements(TITLE, POSTING)
    assert _by_text(rules)["Kubernetes in production"].importance == "required"  # the rules missed the lead-in
    lead_in = "The following would be great but are not needed for the role"
    kubernetes = {"kind": "skill", "text": "Kubernetes in production", "importance": "preferred"}
    postgres = {"kind": "skill", "text": "PostgreSQL and Redis", "importance": "preferred"}
    for quote in ("", "nice to have", lead_in):  # none, words the posting lacks, a cue about another list
        refined = _by_text(merge(rules, _refined({**postgres, "optional_because": quote}), TITLE, POSTING, "m"))
        assert refined["PostgreSQL and Redis"].importance == "required"
        assert refined["PostgreSQL and Redis"].skills == ["PostgreSQL", "Redis"]
    refined = _by_text(merge(rules, _refined({**kubernetes, "optional_because": lead_in}), TITLE, POSTING, "m"))
    assert refined["Kubernetes in production"].importance == "preferred"


def test_a_refinement_can_neither_delete_items_nor_skills_nor_add_unwritten_ones():
    rules = extract_requirements(TITLE, PLAIN)
    everything_lowered = [
        {"kind": r.kind, "text": r.text, "importance": "preferred", "skills": [], "years": r.years}
        for r in rules.requirements
    ]
    invented = {"kind": "skill", "text": "Kubernetes experience is required", "skills": ["Kubernetes"]}
    for answer in (_refined(), _refined(*everything_lowered, invented)):
        refined = merge(rules, answer, TITLE, PLAIN, "local-test")
        assert [(r.text, r.importance, r.skills) for r in refined.requirements] == [
            (r.text, r.importance, r.skills) for r in rules.requirements
        ]
    note = refined.notes[-1]
    assert note.startswith("requirements refined by LLM (local-test): 0 added")
    assert "1 items or parts not written in the posting dropped" in note
    assert f"{len(rules.requirements)} kept required" in note
    assert "Kubernetes experience" not in note  # the model's words never become the project's reason


@pytest.mark.parametrize(
    ("before", "proposed", "weight", "threshold", "expected"),
    [
        (80.0, 200.0, 0.3, 70, (100.0, False)),  # capped by the scale
        (40.0, 100.0, 0.3, None, (70.0, False)),  # at most the weight of the scale, up
        (90.0, -50.0, 0.3, 70, (60.0, False)),  # and down
        (64.3, 75.0, 0.3, 70, (69.0, True)),  # under the threshold before: held under it
        (52.8, 100.0, 1.0, 70, (69.0, True)),  # even with the model weighing everything
        (69.5, 75.0, 0.3, 70, (69.5, True)),  # never lowered by the hold
        (70.0, 40.0, 0.3, 70, (40.0, False)),  # a shortlisted job may fall
        (10.0, 13.349, 0.0333, None, (13.3, False)),  # rounding never steps past the bound
    ],
)
def test_a_rerank_moves_a_score_at_most_its_weight_and_never_over_the_threshold(
    before, proposed, weight, threshold, expected
):
    score, held = bounded_score(before, proposed, weight, threshold)
    assert (score, held) == expected
    assert abs(score - before) <= 100 * weight + 1e-9
    assert threshold is None or before >= threshold or score < threshold


def test_a_models_note_is_one_clean_line_of_bounded_length():
    hostile = "[bold]ok[/bold] <b>x</b>\x1b[31m\u202eevil\u202c\u2066i\u2069\u200b\nnext\tline " + "y" * 400
    note = ModelNote(text=hostile, model="local\u202etest")
    assert note.source == "model" and note.step == "rerank" and note.model == "localtest"
    assert note.text.startswith("[bold]ok[/bold] <b>x</b> [31mevili next line yyy")  # markup kept as text, to escape
    assert len(note.text) == NOTE_CHARS and note.text.endswith("…")
    assert not any(c in note.text for c in "\x1b\u202e\u202c\u2066\u2069\u200b\n\t")
    assert ModelNote(text="  fits  the   role ").text == "fits the role"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Experience working in fast-paced environments with multiple competing deadlines and stakeholders", 0),
        ("word " * 30, 0),
        ("x" * 100, 80),  # one long word: cut where the limit falls
    ],
)
def test_a_long_line_is_cut_at_a_words_end_within_the_limit(text: str, shown: int) -> None:
    line = plain_line(text, 80)
    assert len(line) <= 80 and line.endswith("…")
    kept = line[:-1]
    assert text.startswith(kept) and (shown == len(line) or text[len(kept)] == " ")
