"""The sentence verifier's quality on the labelled sets, and the time it adds per document.

Run: .venv/bin/python benchmarks/verifier_quality.py

Quality: on tests/data/verifier, per group (tune, holdout, fresh), recall = fabricated sentences removed / all
fabricated, false-positive rate = truthful sentences removed / all truthful, and recall per fabrication class.
Time: for every example resume (examples/ and tests/data/resumes) and every posting of tests/data/verifier, two
documents: the offline template cover letter and a tailored resume whose summaries and bullets are all rewritten
(so none is skipped as verbatim). Per document: the sentence checks alone (building the entry units included) and
the whole verification (claims and sentences, Sources included), median of 5 runs each; the median and maximum
over the documents are printed.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.documents.tailoring import template_cover_letter  # noqa: E402
from careerpilot.documents.verifier import Sources, enforce_letter, enforce_resume  # noqa: E402
from careerpilot.domain.jobs import JobPosting  # noqa: E402
from careerpilot.domain.matching import Match, MatchedTerm  # noqa: E402
from careerpilot.domain.resume import Resume  # noqa: E402
from careerpilot.text.sentences import split_sentences  # noqa: E402
from tests.support.datasets import TEST_DATA  # noqa: E402
from tests.support.verifier_sets import items, postings, problem  # noqa: E402

GROUPS = ("tune", "holdout", "fresh")
RUNS = 5


def quality() -> None:
    """Print recall and false-positive rate per group, and recall per fabrication class."""
    by_kind: Counter[tuple[str, bool]] = Counter()
    for group in GROUPS:
        fabricated, truthful = items("fabricated", group), items("truthful", group)
        caught = 0
        for item in fabricated:
            hit = problem(item) is not None
            caught += hit
            by_kind[(item.kind, hit)] += 1
        removed = sum(problem(item) is not None for item in truthful)
        print(
            f"{group:8} recall {caught}/{len(fabricated)} = {caught / len(fabricated):.1%}   "
            f"false positives {removed}/{len(truthful)} = {removed / len(truthful):.1%}"
        )
    kinds = sorted({kind for kind, _ in by_kind})
    shown = ", ".join(f"{k} {by_kind[(k, True)]}/{by_kind[(k, True)] + by_kind[(k, False)]}" for k in kinds)
    print(f"recall per class (all groups): {shown}")


def documents() -> list[tuple[str, Resume, JobPosting, Match]]:
    """Return (label, resume, job, match) for every example resume and posting."""
    paths = [ROOT / "examples" / "resume.json", *sorted((TEST_DATA / "resumes").glob("*.json"))]
    found = []
    for path in paths:
        resume = Resume.model_validate(json.loads(path.read_text(encoding="utf-8")))
        if resume.is_empty():
            continue
        lines = [line for line in resume.evidence_lines() if line]
        evidence = [MatchedTerm(term=f"t{n}", evidence=line) for n, line in enumerate(lines[2:5])]
        match = Match(job_id="j", score=60, semantic=0.5, lexical=0.4, matched=evidence)
        for key, posting in postings().items():
            job = JobPosting(id="j", source="bench", title=posting["title"], company=posting["company"],
                             description_text=posting["text"])  # fmt: skip
            found.append((f"{path.name}/{key}", resume, job, match))
    return found


def rewritten(resume: Resume) -> Resume:
    """Return the resume with every summary and bullet changed (one connective word), so each one is checked."""
    data = resume.model_dump(exclude_none=True)
    for entry in [data.get("basics", {}), *data.get("work", []), *data.get("volunteer", []), *data.get("projects", [])]:
        if entry.get("summary"):
            entry["summary"] = f"{entry['summary'].rstrip('. ')}, successfully."
        entry["highlights"] = [f"{h.rstrip('. ')} successfully" for h in entry.get("highlights", []) if h.strip()]
    return Resume.model_validate(data)


def median_ms(run: Callable[[], object]) -> float:
    """Return the median time of RUNS calls, in milliseconds."""
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def check_sentences(resume: Resume, job: JobPosting, parts: list[str]) -> None:
    """Build the entry units and check every sentence of the document's generated text."""
    context = {"title": job.title, "company": job.company or ""}
    checker = Sources(resume, context=context, posting=job.description_text).sentences
    for part in parts:
        checker.check_text(part, "bench")


def verify(resume: Resume, job: JobPosting, letter: str | None, tailored: Resume | None) -> None:
    """Run the whole verification of one document, as DocumentsService.write does (Sources included)."""
    context = {"title": job.title, "company": job.company or ""}
    sources = Sources(resume, context=context, posting=job.description_text)
    if letter is not None:
        enforce_letter(letter, sources)
    if tailored is not None:
        enforce_resume(tailored, sources)


def timing() -> None:
    """Print the time the sentence checks add per document, and the whole verification's."""
    added: dict[str, list[float]] = {"cover letter": [], "resume": []}
    whole: dict[str, list[float]] = {"cover letter": [], "resume": []}
    sentences: dict[str, list[int]] = {"cover letter": [], "resume": []}
    for _, resume, job, match in documents():
        letter = template_cover_letter(resume, job, match)
        tailored = rewritten(resume)
        paragraphs = [p for p in letter.split("\n\n") if p.strip()]
        runs = {
            "cover letter": (paragraphs, partial(verify, resume, job, letter, None)),
            "resume": ([t for t in _free_texts(tailored) if t.strip()], partial(verify, resume, job, None, tailored)),
        }
        for name, (parts, run) in runs.items():
            added[name].append(median_ms(partial(check_sentences, resume, job, parts)))
            whole[name].append(median_ms(run))
            sentences[name].append(sum(len(split_sentences(p)) for p in parts))
    for name in added:
        print(
            f"{name}: {len(added[name])} documents, median {statistics.median(sentences[name]):.0f} sentences; "
            f"sentence checks add median {statistics.median(added[name]):.1f} ms (max {max(added[name]):.1f}); "
            f"whole verification median {statistics.median(whole[name]):.1f} ms (max {max(whole[name]):.1f})"
        )


def _free_texts(resume: Resume) -> list[str]:
    texts = [resume.basics.summary or ""]
    for entry in [*resume.work, *resume.volunteer, *resume.projects]:
        texts += [getattr(entry, "summary", None) or "", *entry.highlights]
    return texts


if __name__ == "__main__":
    quality()
    timing()
