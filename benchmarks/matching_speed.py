"""Matching speed: rank 10,000 postings (built from the real board payloads) against one resume.

Each method runs in its own subprocess with a fresh Chroma directory, so peak RSS belongs to that method:
- ``careerpilot``: the matching service, cold (nothing cached) then warm (same postings again, same process:
  must embed nothing);
- ``embed-all``: embed every posting with MiniLM (batch 32, cached in Chroma) and rank by cosine, cold then warm.
The model load (~5 s) is timed separately and not counted in either.

    .venv/bin/python benchmarks/matching_speed.py [--postings 10000] [--only careerpilot|embed-all]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from html import unescape
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.domain.filters import JobFilters  # noqa: E402
from careerpilot.domain.jobs import JobPosting, Location, content_hash  # noqa: E402
from careerpilot.domain.plan import SearchPlan  # noqa: E402
from careerpilot.memory.embeddings import LocalEmbedder  # noqa: E402
from careerpilot.memory.vectors import VectorStore, open_chroma  # noqa: E402
from careerpilot.services.inputs import load_resume  # noqa: E402
from careerpilot.services.matching import MatchingService  # noqa: E402

PAYLOADS = ROOT.parent / "shared" / "data" / "job_api_payloads"
_TAG = re.compile(r"<[^>]+>")
_TITLE_KEYS = ("title", "position", "name", "text")
_BODY_KEYS = ("description", "content", "descriptionPlain", "body", "jobAd", "job_description")


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(_plain(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_plain(v) for v in value)
    return unescape(_TAG.sub(" ", unescape(str(value)))) if value else ""


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    if isinstance(data, dict):
        for key in ("jobs", "data", "offers", "content", "postings"):
            if isinstance(data.get(key), list):
                return _items(data[key])
    return []


def real_postings() -> list[JobPosting]:
    """Return one JobPosting per posting in the saved board payloads (title, company, location, body)."""
    jobs = []
    for path in sorted(PAYLOADS.glob("*.json")):
        for item in _items(json.loads(path.read_text())):
            title = next((item[k] for k in _TITLE_KEYS if isinstance(item.get(k), str)), None)
            body = next((_plain(item[k]) for k in _BODY_KEYS if item.get(k)), "")
            if not title or len(body) < 100:
                continue
            place = _plain(item.get("location") or item.get("candidate_required_location") or "")[:80]
            company = item.get("company_name") or item.get("company") or path.stem.split("_")[1]
            jobs.append(
                JobPosting(
                    id=f"{path.stem}-{len(jobs)}",
                    source=path.stem.split("_")[0],
                    title=title[:150],
                    company=str(company)[:80] if not isinstance(company, dict) else path.stem.split("_")[1],
                    locations=[Location(text=place)] if place.strip() else [],
                    description_text=body[:8000],
                )
            )
    return jobs


def scaled(count: int) -> list[JobPosting]:
    """Return `count` distinct postings: the real ones repeated with a requisition number (distinct content)."""
    base = real_postings()
    return [
        base[i % len(base)].model_copy(
            update={"id": f"p{i}", "description_text": f"{base[i % len(base)].description_text}\n\nRequisition {i}."}
        )
        for i in range(count)
    ]


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_careerpilot(jobs: list[JobPosting], store: VectorStore) -> dict[str, Any]:
    """Rank cold, then warm, with the matching service."""
    resume = load_resume(ROOT / "examples" / "resume.json")
    plan = SearchPlan(roles=["Full Stack Engineer", "Software Engineer"], sources=[], max_applications=5)
    service = MatchingService(store)
    out: dict[str, Any] = {}
    for phase in ("cold", "warm"):
        before = store.embedder.texts_embedded
        started = time.perf_counter()
        ranked = service.rank(jobs, resume, JobFilters(), plan)
        out[phase] = round(time.perf_counter() - started, 2)
        out[f"{phase}_embedded"] = store.embedder.texts_embedded - before
        out[f"{phase}_top"] = ranked.matches[0].score
    return out


def run_embed_all(jobs: list[JobPosting], store: VectorStore) -> dict[str, Any]:
    """Embed every posting and rank by cosine, cold then warm."""
    resume = load_resume(ROOT / "examples" / "resume.json").full_text()
    out: dict[str, Any] = {}
    for phase in ("cold", "warm"):
        before = store.embedder.texts_embedded
        started = time.perf_counter()
        vectors = store.vectors_for("bench_all", {j.content_hash: j.matching_text() for j in jobs})
        query = np.asarray(store.vectors_for("bench_resume", {content_hash(resume): resume})[content_hash(resume)])
        scores = np.asarray([vectors[j.content_hash] for j in jobs]) @ query
        np.argsort(-scores)
        out[phase] = round(time.perf_counter() - started, 2)
        out[f"{phase}_embedded"] = store.embedder.texts_embedded - before
    return out


def child(method: str, count: int) -> None:
    """Run one method in this process and print its figures as JSON."""
    jobs = scaled(count)
    with tempfile.TemporaryDirectory() as tmp:
        store = VectorStore(open_chroma(Path(tmp) / "chroma"), LocalEmbedder())
        started = time.perf_counter()
        store.embedder.embed(["warm up the model"])
        load = round(time.perf_counter() - started, 2)
        figures = run_careerpilot(jobs, store) if method == "careerpilot" else run_embed_all(jobs, store)
        print(
            json.dumps(
                {
                    "method": method,
                    "postings": len(jobs),
                    "model_load": load,
                    **figures,
                    "peak_rss_mb": round(peak_rss_mb()),
                }
            )
        )


def main() -> None:
    """Run each method in a subprocess and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--only", choices=["careerpilot", "embed-all"])
    parser.add_argument("--child", choices=["careerpilot", "embed-all"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.postings)
        return
    print(f"{len(real_postings())} real postings from {PAYLOADS}, scaled to {args.postings}")
    for method in [args.only] if args.only else ["careerpilot", "embed-all"]:
        result = subprocess.run(
            [sys.executable, __file__, "--child", method, "--postings", str(args.postings)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        print(result.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
