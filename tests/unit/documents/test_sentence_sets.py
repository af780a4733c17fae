"""The verifier on the labelled sets of tests/data/verifier: it catches the fabricated and keeps the truthful.

The bars sit a little under what benchmarks/verifier_quality.py measures, so a change that loosens or tightens
the verifier shows here first.
"""

import pytest

from tests.support.verifier_sets import items, problem

HALVES = ("tune", "holdout")
KINDS = {"invented", "moved_employer", "moved_date", "instruction", "coincidental_number", "invented_metric"}


def test_each_set_holds_at_least_a_hundred_sentences_in_two_halves_and_every_class() -> None:
    for name in ("truthful", "fabricated"):
        assert len(items(name)) >= 100
        assert all(len(items(name, half)) >= 50 for half in HALVES)
    assert {item.kind for item in items("fabricated")} == KINDS


def test_on_sentences_written_after_tuning_it_keeps_90_percent_and_catches_90_percent() -> None:
    truthful, fabricated = items("truthful", "fresh"), items("fabricated", "fresh")

    assert sum(problem(item) is not None for item in truthful) <= 0.1 * len(truthful)
    assert sum(problem(item) is None for item in fabricated) <= 0.1 * len(fabricated)


@pytest.mark.parametrize("half", HALVES)
def test_the_verifier_removes_at_least_95_percent_of_the_fabricated_sentences(half: str) -> None:
    sentences = items("fabricated", half)
    kept = [item.sentence for item in sentences if problem(item) is None]

    assert len(kept) <= 0.05 * len(sentences), kept


@pytest.mark.parametrize("half", HALVES)
def test_the_verifier_keeps_at_least_95_percent_of_the_truthful_sentences(half: str) -> None:
    sentences = items("truthful", half)
    removed = [(item.sentence, problem(item)) for item in sentences if problem(item) is not None]

    assert len(removed) <= 0.05 * len(sentences), removed
