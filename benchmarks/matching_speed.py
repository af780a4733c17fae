"""Matching speed: rank 10,000 postings (built from the real board payloads) against one resume.

Each method runs in its own subprocess with a fresh Chroma directory, so peak RSS belongs to that method:
- ``careerpilot``: the matching service, cold (nothing cached) then warm (same postings again, same process:
  must embed nothing);
- ``embed-all``: embed every posting with MiniLM (batch 32, cached in Chroma) and rank by cosine, cold then warm.
The model load (~5 s with torch, ~0.4 s since the numpy MiniLM) is timed separately and not counted in either.
Each phase prints wall seconds and ``<phase>_cpu``, the CPU seconds of the process (all threads) and of the
extraction workers it started: on a shared machine the CPU figure is the steadier one.

    .venv/bin/python benchmarks/matching_speed.py [--postings 10000] [--only careerpilot|embed-all]
"""

from __future__ import annotations

import argparse
import json
import random
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
from careerpilot.matching.layout import section_kind  # noqa: E402
from careerpilot.matching.service import EMBED_CHARS, MatchingService  # noqa: E402
from careerpilot.memory.embeddings import LocalEmbedder  # noqa: E402
from careerpilot.memory.vectors import VectorStore, open_chroma  # noqa: E402
from careerpilot.profile.inputs import load_resume  # noqa: E402

PAYLOADS = ROOT / "tests" / "data" / "job_api_payloads"
_TAG = re.compile(r"<[^>]+>")
_TITLE_KEYS = ("title", "position", "name", "text")
_BODY_KEYS = ("description", "content", "descriptionPlain", "body", "jobAd", "job_description")


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(_plain(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(_plain(v) for v in value)
    return unescape(_TAG.sub(" ", unescape(str(value)))) if value else ""


def _lines(html: str) -> list[str]:
    """Return an HTML body as lines: headings as '## X', list items as '- x', paragraphs as they are."""
    text = unescape(unescape(html))
    text = re.sub(r"<h[1-6][^>]*>", "\n## ", text, flags=re.I)
    text = re.sub(r"<li[^>]*>", "\n- ", text, flags=re.I)
    text = re.sub(r"<(?:br|/p|/div|/h[1-6]|/li|/ul)[^>]*>", "\n", text, flags=re.I)
    text = _TAG.sub(" ", text)
    out = []
    for raw in text.splitlines():
        line = re.sub(r"\s+", " ", raw).strip()
        if line.startswith("- "):
            line = "- " + line[2:].strip()
        if len(line) > 2:
            out.append(line)
    return out


def _items(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [d for d in data if isinstance(d, dict)]
    if isinstance(data, dict):
        for key in ("jobs", "data", "offers", "content", "postings"):
            if isinstance(data.get(key), list):
                return _items(data[key])
    return []


def _body(item: dict[str, Any]) -> str:
    """Return a payload item's body as lines (Lever 'lists' become headed bullet lists)."""
    html = next((str(item[k]) for k in _BODY_KEYS if item.get(k)), "")
    parts = [*_lines(html)]
    for block in item.get("lists") or []:
        if isinstance(block, dict) and block.get("text"):
            parts.append(f"## {block['text']}")
            parts.extend(_lines(str(block.get("content", ""))))
    if item.get("additional"):
        parts.extend(_lines(str(item["additional"])))
    return "\n".join(parts)


def real_postings() -> list[JobPosting]:
    """Return one JobPosting per posting in the saved board payloads (title, company, location, body)."""
    jobs = []
    for path in sorted(PAYLOADS.glob("*.json")):
        for item in _items(json.loads(path.read_text())):
            title = next((item[k] for k in _TITLE_KEYS if isinstance(item.get(k), str)), None)
            body = _body(item)
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


def _pools(base: list[JobPosting]) -> dict[str, list[str]]:
    """Split the real postings into pools of paragraphs and of bullets by section kind (required, ...)."""
    pools: dict[str, list[str]] = {"paragraph": [], "required": [], "preferred": [], "responsibilities": []}
    for job in base:
        kind = "unknown"
        for line in job.description_text.splitlines():
            if line.startswith("## "):
                kind = section_kind(line[3:])
            elif line.startswith("- "):
                pools.get(kind if kind in pools else "responsibilities", pools["responsibilities"]).append(line)
            elif len(line) > 60:
                pools["paragraph"].append(line)
    return {k: list(dict.fromkeys(v)) for k, v in pools.items()}


def scaled(count: int, seed: int = 7) -> list[JobPosting]:
    """Return `count` postings with distinct text, recombined from the real ones.

    Each takes a real title (with or without a seniority word), company and location, and a body of real
    paragraphs and real bullets drawn from the payloads' responsibility, requirement and nice-to-have
    sections, so every posting is a different text of the real shapes (no two share a content hash).
    """
    base = real_postings()
    pools = _pools(base)
    rng = random.Random(seed)
    titles = list(dict.fromkeys(j.title for j in base))
    companies = list(dict.fromkeys(j.company or "" for j in base))
    places = list(dict.fromkeys(j.location_text for j in base))
    seen: set[str] = set()
    jobs: list[JobPosting] = []
    while len(jobs) < count:
        title = rng.choice(["", "", "Senior ", "Junior ", "Lead ", "Staff "]) + rng.choice(titles)
        body = [
            *rng.sample(pools["paragraph"], 2),
            "## Responsibilities",
            *rng.sample(pools["responsibilities"], rng.randint(3, 6)),
            "## Requirements",
            *rng.sample(pools["required"], rng.randint(3, 7)),
        ]
        if rng.random() < 0.6:
            body += ["## Nice to have", *rng.sample(pools["preferred"] or pools["required"], rng.randint(1, 3))]
        body.append(rng.choice(pools["paragraph"]))
        place = rng.choice(places)
        job = JobPosting(
            id=f"p{len(jobs)}",
            source="bench",
            title=title,
            company=rng.choice(companies) or None,
            locations=[Location(text=place)] if place else [],
            description_text="\n".join(body),
        )
        if job.content_hash not in seen:
            seen.add(job.content_hash)
            jobs.append(job)
    return jobs


def peak_rss_mb() -> float:
    """Return this process's peak resident set size in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    """Return the CPU seconds of this process and of its finished children (the extraction workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def run_careerpilot(jobs: list[JobPosting], store: VectorStore, phases: list[str]) -> dict[str, Any]:
    """Rank with the matching service once per phase (cold, warm in this process, or warm in a new process)."""
    resume = load_resume(ROOT / "examples" / "resume.json")
    plan = SearchPlan(roles=["Full Stack Engineer", "Software Engineer"], sources=[], max_applications=5)
    service = MatchingService(store)  # requirements cache: beside the Chroma directory, as in the app
    out: dict[str, Any] = {}
    for phase in phases:
        before, extracted = store.embedder.texts_embedded, service.requirements_extracted
        started, cpu = time.perf_counter(), _cpu_seconds()
        ranked = service.rank(jobs, resume, JobFilters(), plan)
        out[phase] = round(time.perf_counter() - started, 2)
        out[f"{phase}_cpu"] = round(_cpu_seconds() - cpu, 2)
        out[f"{phase}_embedded"] = store.embedder.texts_embedded - before  # postings, resume and lines
        out[f"{phase}_postings_scored_by_meaning"] = sum(m.stage == "full" for m in ranked.matches)
        out[f"{phase}_postings_read_not_embedded"] = sum(m.stage == "requirements" for m in ranked.matches)
        out[f"{phase}_extracted"] = service.requirements_extracted - extracted
        out[f"{phase}_top"] = ranked.matches[0].score
    return out


def run_embed_all(jobs: list[JobPosting], store: VectorStore, phases: list[str]) -> dict[str, Any]:
    """Embed every posting (MiniLM, batch 32, cached in Chroma) and rank by cosine, once per phase."""
    resume = load_resume(ROOT / "examples" / "resume.json").full_text()
    out: dict[str, Any] = {}
    for phase in phases:
        before = store.embedder.texts_embedded
        started, cpu = time.perf_counter(), time.process_time()
        vectors = store.vectors_for("bench_all", {j.content_hash: j.matching_text()[:EMBED_CHARS] for j in jobs})
        query = np.asarray(store.vectors_for("bench_resume", {content_hash(resume): resume})[content_hash(resume)])
        scores = np.asarray([vectors[j.content_hash] for j in jobs]) @ query
        np.argsort(-scores)
        out[phase] = round(time.perf_counter() - started, 2)
        out[f"{phase}_cpu"] = round(time.process_time() - cpu, 2)
        out[f"{phase}_embedded"] = store.embedder.texts_embedded - before
    return out


def child(method: str, count: int, data: Path, phases: list[str]) -> None:
    """Run one method in this process over the Chroma directory `data` and print its figures as JSON."""
    jobs = scaled(count)
    store = VectorStore(open_chroma(data / "chroma"), LocalEmbedder())
    started = time.perf_counter()
    store.embedder.embed(["warm up the model"])
    load = round(time.perf_counter() - started, 2)
    run = run_careerpilot if method == "careerpilot" else run_embed_all
    figures = run(jobs, store, phases)
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


def _run(method: str, count: int, data: Path, phases: list[str]) -> dict[str, Any] | None:
    """Return a child's figures, or None after printing one line saying how it failed (its last stderr line)."""
    command = [sys.executable, __file__, "--child", method, "--postings", str(count), "--dir", str(data)]
    result = subprocess.run([*command, "--phases", ",".join(phases)], capture_output=True, text=True, check=False)
    if result.returncode == 0:
        return json.loads(result.stdout.strip().splitlines()[-1])
    last = (result.stderr.strip().splitlines() or ["no error output"])[-1]
    print(f"{method}, {count} postings, {'+'.join(phases)}: failed (exit {result.returncode}): {last}")
    return None


def main() -> None:
    """Run each method in fresh subprocesses (cold + warm, then warm again in a new process) and print figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postings", type=int, default=10_000)
    parser.add_argument("--embed-all-postings", type=int, default=10_000, help="embed-all is ~0.1 s a posting")
    parser.add_argument("--only", choices=["careerpilot", "embed-all"])
    parser.add_argument("--child", choices=["careerpilot", "embed-all"], help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--phases", default="cold,warm", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.postings, args.dir, args.phases.split(","))
        return
    print(f"{len(real_postings())} real postings from {PAYLOADS}, recombined into distinct postings")
    for method in [args.only] if args.only else ["careerpilot", "embed-all"]:
        count = args.postings if method == "careerpilot" else args.embed_all_postings
        with tempfile.TemporaryDirectory() as tmp:
            first = _run(method, count, Path(tmp), ["cold", "warm"])
            again = _run(method, count, Path(tmp), ["warm_new_process"]) if first else None
        for figures in filter(None, (first, again)):
            print(json.dumps(figures))
        if first and count != args.postings:
            per = first["cold"] / count
            print(f"{method}: cold {per * 1000:.1f} ms a posting -> ~{per * args.postings:.0f} s for {args.postings}")


if __name__ == "__main__":
    main()
