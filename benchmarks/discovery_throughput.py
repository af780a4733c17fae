"""Parse + normalize + dedupe throughput over >= 20,000 synthetic postings built from the real payload shapes.

Each real payload in ../shared/data/job_api_payloads (Greenhouse, Lever, Ashby, Workable, SmartRecruiters,
Recruitee, RemoteOK, Remotive, Arbeitnow) is cloned with new ids, titles and description words; 10 % of the
clones are cross-source reposts of another clone (same text and URL tracking variants). Goal: >= 5,000 postings/s.
Run: .venv/bin/python benchmarks/discovery_throughput.py
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.services.dedupe import dedupe_postings  # noqa: E402
from careerpilot.tools.sources.arbeitnow import parse_arbeitnow  # noqa: E402
from careerpilot.tools.sources.detect import parse_json_value  # noqa: E402
from careerpilot.tools.sources.normalize import normalize_all  # noqa: E402
from careerpilot.tools.sources.remoteok import parse_remoteok  # noqa: E402
from careerpilot.tools.sources.remotive import parse_remotive  # noqa: E402
from tests.support.shared_data import SHARED_DATA  # noqa: E402

TOTAL = 20_000
PAYLOADS = SHARED_DATA / "job_api_payloads"
WORDS = (
    "python rust kafka postgres design operate scale teams customers billing payments search ranking mobile "
    "cloud security compliance analytics growth onboarding latency pipelines observability platform api "
    "graphql react typescript kubernetes terraform finance logistics health insurance retail travel"
).split()
SHAPES = {
    "greenhouse_vercel_jobs_content-true_2026_trimmed.json": ("jobs", "content", "title", "id"),
    "lever_spotify_postings_mode-json_2026_trimmed.json": (None, "descriptionPlain", "text", "id"),
    "ashby_linear_job-board_includeCompensation_2026_trimmed.json": ("jobs", "descriptionPlain", "title", "id"),
    "workable_zego_widget-accounts_2026_trimmed.json": ("jobs", "description", "title", "shortcode"),
    "recruitee_channable_offers_2026_trimmed.json": ("offers", "description", "title", "id"),
    "remoteok_api_2026_trimmed.json": (None, "description", "position", "id"),
    "remotive_remote-jobs_2026_trimmed.json": ("jobs", "description", "title", "id"),
    "arbeitnow_job-board-api_2026_trimmed.json": ("data", "description", "title", "slug"),
}
PARSERS = {
    "remoteok": parse_remoteok,
    "remotive": parse_remotive,
    "arbeitnow": parse_arbeitnow,
}


def synthetic_payloads(rng: random.Random) -> list[tuple[str, object]]:
    """Return (file name, payload) pairs holding TOTAL postings in the real shapes."""
    per_file = TOTAL // len(SHAPES)
    made: list[tuple[str, object]] = []
    originals: list[tuple[str, dict]] = []
    for name, (key, text_field, title_field, id_field) in SHAPES.items():
        data = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
        items = data if key is None else data[key]
        templates = [i for i in items if isinstance(i, dict) and title_field in i]
        clones = []
        for n in range(per_file):
            job = copy.deepcopy(templates[n % len(templates)])
            if originals and rng.random() < 0.1:
                _, source = rng.choice(originals)
                text = source["_text"]
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" req {name[:4]}{n}"
            job[text_field] = f"<p>{text}</p>"
            job[title_field] = f"{rng.choice(WORDS).title()} {rng.choice(['Engineer', 'Manager', 'Analyst'])} {n}"
            job[id_field] = f"{name[:3]}-{n}" if isinstance(job[id_field], str) else 10_000_000 + n
            url_keys = ("absolute_url", "hostedUrl", "jobUrl", "url", "careers_url", "shortlink")
            url_keys += ("applyUrl", "application_url", "careers_apply_url", "apply_url")
            for url_key in url_keys:
                if url_key in job:
                    job[url_key] = f"https://{name[:8]}.example/jobs/{n}/{url_key}?utm_source=bench"
            clones.append(job)
            originals.append((name, {"_text": text}))
        payload = clones if key is None else {**data, key: clones}
        made.append((name, payload))
    return made


def main() -> None:
    rng = random.Random(7)
    payloads = synthetic_payloads(rng)
    start = time.perf_counter()
    raws = []
    for name, payload in payloads:
        kind = name.split("_")[0]
        parser = PARSERS.get(kind)
        raws.extend(parser(payload, name) if parser else parse_json_value(payload, name)[0])
    parsed = time.perf_counter()
    postings, problems = normalize_all(raws)
    normalized = time.perf_counter()
    result = dedupe_postings(postings)
    done = time.perf_counter()
    total = done - start
    print(f"postings: {len(raws):,} parsed, {len(postings):,} normalized, {len(problems)} problems")
    print(f"duplicates merged: {result.duplicates:,} -> {len(result.postings):,} unique")
    print(f"parse {parsed - start:.2f}s, normalize {normalized - parsed:.2f}s, dedupe {done - normalized:.2f}s")
    print(f"throughput: {len(raws) / total:,.0f} postings/s (goal >= 5,000/s)")


if __name__ == "__main__":
    main()
