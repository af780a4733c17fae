"""Requirement extraction across CPUs: the same requirements as one process, and a broken worker loses nothing."""

from __future__ import annotations

import pytest

from careerpilot.matching import requirements, workers
from careerpilot.matching.requirements import _extract_all, extract_requirements

POSTING = """## Requirements
- {n}+ years of experience as a registered nurse (RN) in acute care
- BLS and ACLS certification
- Fluent in English and Spanish
- Experience with Epic charting; Python is a plus
"""


def _postings(count: int) -> dict[str, tuple[str, str]]:
    return {f"h{i}": (f"Nurse {i}", POSTING.format(n=i % 9 + 1) + f"Unit {i}.") for i in range(count)}


@pytest.fixture
def two_cpus(monkeypatch):
    monkeypatch.setattr(requirements, "PARALLEL_FROM", 10)
    monkeypatch.setattr(workers, "usable_cpus", lambda: 2)


def test_workers_extract_what_one_process_extracts(two_cpus, monkeypatch):
    postings = _postings(24)
    seen: list[int] = []
    real = workers._in_worker

    def counted(part, module, env):
        answer = real(part, module, env)
        seen.append(len(answer or []))
        return answer

    monkeypatch.setattr(workers, "_in_worker", counted)
    found = _extract_all(postings)
    assert seen == [12]  # half went to a worker interpreter, and came back whole
    assert list(found) == list(postings)
    assert found == {h: extract_requirements(*pair) for h, pair in postings.items()}


def test_a_worker_that_fails_leaves_its_part_to_this_process(two_cpus, monkeypatch):
    postings = _postings(20)
    monkeypatch.setattr(requirements, "__spec__", None)
    monkeypatch.setattr(requirements, "__name__", "careerpilot.no_such_module")
    found = _extract_all(postings)
    assert found == {h: extract_requirements(*pair) for h, pair in postings.items()}


def test_a_small_batch_stays_in_this_process(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("no worker for a small batch")

    monkeypatch.setattr(workers, "_in_worker", refuse)
    assert len(_extract_all(_postings(5))) == 5
