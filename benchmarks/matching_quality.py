"""Matching quality on rjdb (1,000 job descriptions, each with a matched and a near-identical unmatched resume).

Prints pairwise accuracy (matched resume scores above the unmatched one for the same job) and MRR (each
matched resume ranks its own job among all 1,000) for TF-IDF, BM25 and MiniLM cosine baselines and for
CareerPilot's matcher, on the whole set and on two halves (first 500 / last 500). The matcher's weights and
ranges were chosen by looking at the first half only; the second half is the held-out check. The
`Filtered-information` field (the answer key) is never read.

    .venv/bin/python benchmarks/matching_quality.py [--limit N] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
from collections import Counter
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


def load(limit: int) -> list[dict[str, str]]:
    """Return the records with only the fields a matcher may see (no answer key)."""
    rows = []
    with DATA.open() as handle:
        for line in handle:
            record = json.loads(line)
            rows.append({k: record[k] for k in ("Job-Description", "Resume-matched", "Resume-unmatched")})
    return rows[:limit]


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


def evaluate(matched: np.ndarray, unmatched: np.ndarray, rank_of_own: np.ndarray, part: slice) -> tuple[float, float]:
    """Return (pairwise accuracy, MRR) over a slice of records."""
    pair = float(np.mean(matched[part] > unmatched[part]))
    mrr = float(np.mean(1.0 / rank_of_own[part]))
    return pair, mrr


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


def careerpilot(rows: list[dict[str, str]], vectors: VectorStore) -> tuple:
    """Return (matched, unmatched, rank) for the matching service: each resume ranks all postings."""
    service = MatchingService(vectors)
    jobs = [posting(i, r["Job-Description"]) for i, r in enumerate(rows)]
    plan = SearchPlan(roles=[], sources=[], min_score=0, max_applications=1)
    filters = JobFilters()
    matched, unmatched, ranks = [], [], []
    for i, row in enumerate(rows):
        good = resume_evidence.from_text(row["Resume-matched"])
        bad = resume_evidence.from_text(row["Resume-unmatched"])
        ranked = service.rank_evidence(jobs, good, filters, plan).matches
        order = [m.job_id for m in ranked]
        ranks.append(1 + order.index(jobs[i].id))
        # pairwise: both resumes scored in full on their own job, with the same corpus statistics
        matched.append(service.rank_evidence([jobs[i]], good, filters, plan, corpus=jobs).matches[0].score)
        unmatched.append(service.rank_evidence([jobs[i]], bad, filters, plan, corpus=jobs).matches[0].score)
    return np.asarray(matched), np.asarray(unmatched), np.asarray(ranks)


def main() -> None:
    """Run every method and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/careerpilot-bench"))
    args = parser.parse_args()
    rows = load(args.limit)
    vectors = VectorStore(open_chroma(args.data_dir / "chroma"), LocalEmbedder())
    started = time.perf_counter()
    results = baselines(rows, vectors)
    print(f"baselines in {time.perf_counter() - started:.1f} s (embeddings cached under {args.data_dir})")
    started = time.perf_counter()
    results["CareerPilot matcher"] = careerpilot(rows, vectors)
    print(f"CareerPilot matcher in {time.perf_counter() - started:.1f} s")
    half = len(rows) // 2
    parts = {"all": slice(None), "first half": slice(0, half), "second half": slice(half, None)}
    print(f"\n{len(rows)} records; pairwise accuracy / MRR")
    print(f"{'method':22}" + "".join(f"{name:>22}" for name in parts))
    for method, (good, bad, rank) in results.items():
        figures = [evaluate(good, bad, rank, part) for part in parts.values()]
        cells = "".join(f"{f'{pair:.3f} / {mrr:.3f}':>22}" for pair, mrr in figures)
        print(f"{method:22}{cells}")
    good, bad, _ = results["CareerPilot matcher"]
    print(f"\nCareerPilot ties (matched == unmatched): {int(np.sum(good == bad))}")


if __name__ == "__main__":
    main()
