"""The labelled sentence sets of tests/data/verifier (truthful and fabricated), each checked as the verifier does.

A sentence with no ``entry`` is a cover-letter sentence (its claims and its support are checked, the posting may
name the company and role); one with an ``entry`` is a rewritten resume line of that entry ('work[1]', 'basics').
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from careerpilot.documents.resume_checks import free_text
from careerpilot.documents.verifier import Sources, letter_sentence_problem
from careerpilot.domain.resume import Resume
from tests.support.datasets import TEST_DATA

ROOT = Path(__file__).resolve().parents[2]
SETS = TEST_DATA / "verifier"


@dataclass(frozen=True)
class Item:
    """One labelled sentence."""

    id: str
    resume: str
    sentence: str
    kind: str
    entry: str | None
    posting: str
    split: str


def items(name: str, split: str | None = None) -> list[Item]:
    """Return the sentences of one set ('truthful' or 'fabricated'), of one half ('tune', 'holdout') or all."""
    lines = (SETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    found = [Item(**json.loads(line)) for line in lines if line.strip()]
    return [item for item in found if split is None or item.split == split]


@cache
def postings() -> dict[str, dict[str, str]]:
    """Return the postings the sentences are written for, by id."""
    return json.loads((SETS / "postings.json").read_text(encoding="utf-8"))


@cache
def resume(path: str) -> Resume:
    """Return a resume by its path from the repository root."""
    return Resume.model_validate(json.loads((ROOT / path).read_text(encoding="utf-8")))


@cache
def sources(path: str, posting: str) -> Sources:
    """Return the sources of one resume for one posting (built once; the checker caches its units)."""
    job = postings()[posting]
    return Sources(resume(path), context={"title": job["title"], "company": job["company"]}, posting=job["text"])


def problem(item: Item) -> str | None:
    """Return why the verifier removes the sentence, or None when it keeps it."""
    found = sources(item.resume, item.posting)
    if item.entry is None:
        return letter_sentence_problem(item.sentence, found, "letter")
    scope = None if item.entry == "basics" else f"resume.{item.entry}"
    finding = free_text(item.sentence, found, item.entry, scope)
    return finding.describe() if finding.failed else None
