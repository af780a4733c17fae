"""Matching quality on rjdb (1,000 job descriptions, each with a matched and a near-identical unmatched resume).

Prints pairwise accuracy (matched resume scores above the unmatched one for the same job) and MRR (each
matched resume ranks its own job among all 1,000) for TF-IDF, BM25 and MiniLM cosine baselines and for
CareerPilot's matcher, on the whole set and on two halves (first 500 / last 500). The matcher's weights and
ranges were chosen by looking at the first half only; the second half is the held-out check. The
`Filtered-information` field (the answer key) is never read.

    .venv/bin/python benchmarks/matching_quality.py [--offset N] [--limit M] [--rank-among slice|all]
        [--pairs-only] [--no-baselines] [--failures K] [--dump FILE] [--data-dir DIR]

`--offset N --limit M` scores records N to N+M-1 (the halves printed are then the slice's halves). Each resume
ranks the slice's jobs (`--rank-among slice`, as `--limit M` always did) or all 1,000 (`--rank-among all`: the
same rank as a full run gives that record, at a full run's cost per record). Pairwise scores do not depend on
which other postings are scored (fixed background TF-IDF), so a slice's pairs are exactly a full run's.
`--pairs-only` skips the ranking (no MRR); `--failures K` prints the K worst pairs (matched resume at or under
the unmatched one) and the K worst-ranked own jobs, with both scores and their first reasons; `--dump FILE`
writes each record's scores and reasons as JSON lines (to compare two commits on the same slice).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.domain.filters import JobFilters  # noqa: E402
from careerpilot.domain.jobs import JobPosting, content_hash  # noqa: E402
from careerpilot.domain.plan import SearchPlan  # noqa: E402
from careerpilot.matching import evidence as resume_evidence  # noqa: E402
from careerpilot.matching.service import MatchingService  # noqa: E402
from careerpilot.memory.embeddings import LocalEmbedder  # noqa: E402
from careerpilot.memory.vectors import VectorStore, open_chroma  # noqa: E402
from careerpilot.text.terms import terms  # noqa: E402

DATA = ROOT / "tests" / "data" / "matching" / "rjdb_test.jsonl"
# "Job title" as a heading with the title below it, or "**Job title**: X" on one line (12 of the 1,000)
_TITLE = re.compile(r"^\W*job\s*title\W*?(?::|\n)[\s*#:]*(.+)", re.I | re.M)


def load() -> list[dict[str, str]]:
    """Return every record with only the fields a matcher may see (no answer key)."""
    rows = []
    with DATA.open() as handle:
        for line in handle:
            record = json.loads(line)
            rows.append({k: record[k] for k in ("Job-Description", "Resume-matched", "Resume-unmatched")})
    return rows


def posting(i: int, text: str) -> JobPosting:
    """Return a JobPosting for one job description; the title is what follows the 'Job title' label."""
    found = _TITLE.search(text)
    title = found.group(1).strip(" *#:") if found else "Job"
    return JobPosting(id=f"jd{i}", source="rjdb", title=title[:120], description_text=text)


def bm25_scores(docs: list[list[str]], query: list[str], k1: float = 1.5, b: float = 0.75) -> np.ndarray:
    """Return Okapi BM25 of one query against every document."""
    counts = [Counter(d) for d in docs]
    avg = sum(len(d) for d in docs) / len(docs)
    df = Counter(t for c in counts for t in c)
    n = len(docs)
    idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
    out = np.zeros(n)
    for i, (c, d) in enumerate(zip(counts, docs, strict=True)):
        norm = k1 * (1 - b + b * len(d) / avg)
        out[i] = sum(idf.get(t, 0) * c[t] * (k1 + 1) / (c[t] + norm) for t in set(query) if t in c)
    return out


def evaluate(
    matched: np.ndarray, unmatched: np.ndarray, rank_of_own: np.ndarray | None, part: slice
) -> tuple[float, float | None]:
    """Return (pairwise accuracy, MRR) over a slice of records; MRR is None when nothing was ranked."""
    pair = float(np.mean(matched[part] > unmatched[part]))
    mrr = None if rank_of_own is None else float(np.mean(1.0 / rank_of_own[part]))
    return pair, mrr


def figure_cell(pair: float, mrr: float | None) -> str:
    """Return "pairwise / MRR" for the table; an MRR not measured (`--pairs-only`) is "n/a", never 1.000."""
    return f"{pair:.3f} / {'n/a' if mrr is None else f'{mrr:.3f}'}"


def ranks_from_matrix(scores: np.ndarray) -> np.ndarray:
    """Return, for each resume row, the 1-based rank of its own job (the diagonal) among all jobs."""
    own = np.diag(scores)
    return 1 + (scores > own[:, None]).sum(axis=1)


def baselines(rows: list[dict[str, str]], vectors: VectorStore) -> dict[str, tuple]:
    """Return (matched, unmatched, rank) arrays for TF-IDF, BM25 and MiniLM cosine."""
    jds = [r["Job-Description"] for r in rows]
    good = [r["Resume-matched"] for r in rows]
    bad = [r["Resume-unmatched"] for r in rows]
    out = {}
    tfidf = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit(jds + good + bad)
    j, g, u = (tfidf.transform(x) for x in (jds, good, bad))
    sim = (g @ j.T).toarray()
    out["TF-IDF cosine"] = (np.diag(sim), np.asarray(u.multiply(j).sum(axis=1)).ravel(), ranks_from_matrix(sim))
    docs = [terms(t) for t in jds]
    bm = np.vstack([bm25_scores(docs, terms(q)) for q in good])
    bm_bad = np.asarray([bm25_scores(docs, terms(q))[i] for i, q in enumerate(bad)])
    out["BM25"] = (np.diag(bm), bm_bad, ranks_from_matrix(bm))
    embed = {content_hash(t): t for t in jds + good + bad}
    vecs = vectors.vectors_for("benchmark_rjdb", embed)
    vj, vg, vu = (np.asarray([vecs[content_hash(t)] for t in x]) for x in (jds, good, bad))
    cos = vg @ vj.T
    out["MiniLM cosine"] = (np.diag(cos), (vu * vj).sum(axis=1), ranks_from_matrix(cos))
    return out


@dataclass
class Scored:
    """The matcher's figures for one record: both resumes on their own job, and the own job's rank."""

    record: int
    title: str
    matched: float
    unmatched: float
    rank: int
    matched_reasons: list[str]
    unmatched_reasons: list[str]
    matched_missing: list[str]
    unmatched_missing: list[str]
    top_job: str = ""
    top_score: float = 0.0
    top_reasons: list[str] = field(default_factory=list)


def careerpilot(
    rows: list[dict[str, str]], first: int, count: int, rank_among: str, vectors: VectorStore
) -> list[Scored]:
    """Score records first..first+count-1: both resumes on their own job, and the own job's rank.

    The rank is among the slice's jobs ("slice"), all jobs ("all") or not measured ("none": rank 0).
    """
    service = MatchingService(vectors)
    jobs = [posting(i, r["Job-Description"]) for i, r in enumerate(rows)]
    pool = jobs if rank_among == "all" else jobs[first : first + count]
    plan = SearchPlan(roles=[], sources=[], min_score=0, max_applications=1)
    filters = JobFilters()
    out = []
    for i in range(first, first + count):
        row = rows[i]
        good = resume_evidence.from_text(row["Resume-matched"])
        bad = resume_evidence.from_text(row["Resume-unmatched"])
        # pairwise: both resumes scored in full on their own job (scores do not depend on the corpus)
        mine = service.rank_evidence([jobs[i]], good, filters, plan, corpus=jobs).matches[0]
        theirs = service.rank_evidence([jobs[i]], bad, filters, plan, corpus=jobs).matches[0]
        scored = Scored(
            i,
            jobs[i].title,
            mine.score,
            theirs.score,
            0,
            mine.reasons[:3],
            theirs.reasons[:3],
            mine.missing[:3],
            theirs.missing[:3],
        )
        if rank_among != "none":
            ranked = service.rank_evidence(pool, good, filters, plan).matches
            order = [m.job_id for m in ranked]
            scored.rank = 1 + order.index(jobs[i].id)
            if scored.rank > 1:
                top = ranked[0]
                scored.top_job = f"{top.job_id} {next(j.title for j in pool if j.id == top.job_id)}"
                scored.top_score, scored.top_reasons = top.score, top.reasons[:3]
        out.append(scored)
    return out


def failures(results: list[Scored], limit: int) -> str:
    """Return the worst pairs (smallest matched - unmatched margin, only those at or under 0) and worst ranks."""
    lines = ["pairs ordered wrongly or tied (matched <= unmatched), worst first:"]
    for r in sorted((r for r in results if r.matched <= r.unmatched), key=lambda r: r.matched - r.unmatched)[:limit]:
        lines.append(
            f"- record {r.record} ({r.title!r}): matched {r.matched:.1f}, unmatched {r.unmatched:.1f}\n"
            f"  matched reasons: {r.matched_reasons}\n  matched missing: {r.matched_missing}\n"
            f"  unmatched reasons: {r.unmatched_reasons}\n  unmatched missing: {r.unmatched_missing}"
        )
    ranked = sorted((r for r in results if r.rank > 1), key=lambda r: -r.rank)[:limit]
    if ranked:
        lines.append("own job not first for the matched resume, worst rank first:")
    for r in ranked:
        lines.append(
            f"- record {r.record} ({r.title!r}): rank {r.rank}, own score {r.matched:.1f}; top {r.top_job!r} "
            f"{r.top_score:.1f}\n  own reasons: {r.matched_reasons}\n  own missing: {r.matched_missing}\n"
            f"  top reasons: {r.top_reasons}"
        )
    return "\n".join(lines)


def main() -> None:
    """Run every method and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offset", type=int, default=0, help="first record scored (0-based)")
    parser.add_argument("--limit", type=int, default=1000, help="number of records scored from --offset")
    parser.add_argument(
        "--rank-among", choices=("slice", "all"), default="slice", help="the jobs each matched resume ranks"
    )
    parser.add_argument("--pairs-only", action="store_true", help="pairwise only: no ranking, no MRR")
    parser.add_argument("--no-baselines", action="store_true", help="the matcher only")
    parser.add_argument("--failures", type=int, default=0, help="print the K worst pairs and ranks")
    parser.add_argument("--dump", type=Path, default=None, help="write each record's scores as JSON lines")
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/careerpilot-bench"))
    args = parser.parse_args()
    every = load()
    first = max(0, min(args.offset, len(every)))
    count = max(0, min(args.limit, len(every) - first))
    rows = every[first : first + count]
    vectors = VectorStore(open_chroma(args.data_dir / "chroma"), LocalEmbedder())
    results = {}
    if not args.no_baselines:
        started = time.perf_counter()
        results = baselines(rows, vectors)
        print(f"baselines in {time.perf_counter() - started:.1f} s (embeddings cached under {args.data_dir})")
    started = time.perf_counter()
    rank_among = "none" if args.pairs_only else args.rank_among
    ours = careerpilot(every, first, count, rank_among, vectors)
    print(f"CareerPilot matcher in {time.perf_counter() - started:.1f} s")
    results["CareerPilot matcher"] = (
        np.asarray([r.matched for r in ours]),
        np.asarray([r.unmatched for r in ours]),
        None if args.pairs_only else np.asarray([max(r.rank, 1) for r in ours]),  # no ranking: no MRR
    )
    half = len(rows) // 2
    parts = {"all": slice(None), "first half": slice(0, half), "second half": slice(half, None)}
    among = "no ranking (MRR not measured)" if args.pairs_only else f"ranked among {rank_among} jobs"
    print(f"\nrecords {first}-{first + count - 1} ({count}; {among}); pairwise accuracy / MRR")
    print(f"{'method':22}" + "".join(f"{name:>22}" for name in parts))
    for method, (good, bad, rank) in results.items():
        figures = [evaluate(good, bad, rank, part) for part in parts.values()]
        cells = "".join(f"{figure_cell(pair, mrr):>22}" for pair, mrr in figures)
        print(f"{method:22}{cells}")
    good, bad, _ = results["CareerPilot matcher"]
    print(f"\nCareerPilot ties (matched == unmatched): {int(np.sum(good == bad))}")
    if args.failures:
        print(f"\nCareerPilot's failures (at most {args.failures} of each):\n{failures(ours, args.failures)}")
    if args.dump is not None:
        with args.dump.open("w") as handle:
            for r in ours:
                handle.write(json.dumps(asdict(r)) + "\n")


if __name__ == "__main__":
    main()
