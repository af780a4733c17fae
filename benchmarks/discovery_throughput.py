"""Parse + normalize + dedupe throughput over >= 20,000 synthetic postings built from the real payload shapes.

Each real payload in tests/data/job_api_payloads (Greenhouse, Lever, Ashby, Workable, Recruitee, RemoteOK,
Remotive, Arbeitnow) is cloned with new ids, titles, URLs (with a tracking parameter) and description text. The
text is split, in reading order, over every field that shape's normalizer reads for the description (HTML fields
as <p>, Lever's list contents as <li>, plain-text fallbacks as plain text); only Lever's list headings stay from
the template. 10 % of the clones are reposts of an earlier clone, usually from another source: the same title
and text under their own id and URL, as an aggregator or agency repost is, so dedupe's near-duplicate path
merges them. Prints the time of each phase. Goal: >= 5,000 postings/s.
Run: .venv/bin/python benchmarks/discovery_throughput.py
"""

from __future__ import annotations

import copy
import json
import random
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from careerpilot.discovery.dedupe import dedupe_postings  # noqa: E402
from careerpilot.tools.sources.arbeitnow import parse_arbeitnow  # noqa: E402
from careerpilot.tools.sources.detect import parse_json_value  # noqa: E402
from careerpilot.tools.sources.normalize import normalize_all  # noqa: E402
from careerpilot.tools.sources.remoteok import parse_remoteok  # noqa: E402
from careerpilot.tools.sources.remotive import parse_remotive  # noqa: E402
from tests.support.datasets import TEST_DATA  # noqa: E402

TOTAL = 20_000
PAYLOADS = TEST_DATA / "job_api_payloads"
WORDS = (
    "python rust kafka postgres design operate scale teams customers billing payments search ranking mobile "
    "cloud security compliance analytics growth onboarding latency pipelines observability platform api "
    "graphql react typescript kubernetes terraform finance logistics health insurance retail travel"
).split()


class Shape(NamedTuple):
    """Where a payload keeps its postings, and which fields of a posting the clones rewrite."""

    key: str | None  # the list of postings, or None when the payload is the list
    title: str
    id: str
    # Each part of the description in reading order: a field read as HTML, or an (HTML, plain-text fallback)
    # pair holding the same part, or LISTS for the content of each of Lever's lists.
    parts: tuple[str | tuple[str, str], ...] = ("description",)


LISTS = "lists"
SHAPES = {
    "greenhouse_vercel_jobs_content-true_2026_trimmed.json": Shape("jobs", "title", "id", ("content",)),
    "lever_spotify_postings_mode-json_2026_trimmed.json": Shape(
        None, "text", "id", (("description", "descriptionPlain"), LISTS, ("additional", "additionalPlain"))
    ),
    "ashby_linear_job-board_includeCompensation_2026_trimmed.json": Shape(
        "jobs", "title", "id", (("descriptionHtml", "descriptionPlain"),)
    ),
    "workable_zego_widget-accounts_2026_trimmed.json": Shape("jobs", "title", "shortcode"),
    "recruitee_channable_offers_2026_trimmed.json": Shape("offers", "title", "id", ("description", "requirements")),
    "remoteok_api_2026_trimmed.json": Shape(None, "position", "id"),
    "remotive_remote-jobs_2026_trimmed.json": Shape("jobs", "title", "id"),
    "arbeitnow_job-board-api_2026_trimmed.json": Shape("data", "title", "slug"),
}
# Template ids besides the posting's own: dedupe joins postings that share a requisition id, so clones need new ones.
REQUISITION_IDS = ("requisition_id", "internal_job_id")
PARSERS = {
    "remoteok": parse_remoteok,
    "remotive": parse_remotive,
    "arbeitnow": parse_arbeitnow,
}


def synthetic_payloads(rng: random.Random) -> list[tuple[str, object]]:
    """Return (file name, payload) pairs holding TOTAL postings in the real shapes."""
    per_file = TOTAL // len(SHAPES)
    made: list[tuple[str, object]] = []
    earlier: list[tuple[str, str]] = []  # every clone's (title, description text) so far, for reposts
    for name, shape in SHAPES.items():
        data = json.loads((PAYLOADS / name).read_text(encoding="utf-8"))
        items = data if shape.key is None else data[shape.key]
        templates = [i for i in items if isinstance(i, dict) and shape.title in i]
        clones = []
        for n in range(per_file):
            if earlier and rng.random() < 0.1:
                title, text = rng.choice(earlier)
            else:
                title = f"{rng.choice(WORDS).title()} {rng.choice(['Engineer', 'Manager', 'Analyst'])} {n}"
                text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" req {name[:4]}{n}"
            clones.append(clone(templates[n % len(templates)], shape, name, n, title, text))
            earlier.append((title, text))
        payload = clones if shape.key is None else {**data, shape.key: clones}
        made.append((name, payload))
    return made


def clone(template: dict, shape: Shape, name: str, n: int, title: str, text: str) -> dict:
    """Return a copy of a template posting with the given title and description text, and its own ids and URLs."""
    job = copy.deepcopy(template)
    write_description(job, shape, text)
    job[shape.title] = title
    job[shape.id] = f"{name[:3]}-{n}" if isinstance(job[shape.id], str) else 10_000_000 + n
    for field in REQUISITION_IDS:
        if field in job:
            job[field] = f"{name[:3]}-{field}-{n}" if isinstance(job[field], str) else 20_000_000 + n
    url_keys = ("absolute_url", "hostedUrl", "jobUrl", "url", "careers_url", "shortlink")
    url_keys += ("applyUrl", "application_url", "careers_apply_url", "apply_url")
    for url_key in url_keys:
        if url_key in job:
            job[url_key] = f"https://{name[:8]}.example/jobs/{n}/{url_key}?utm_source=bench"
    return job


def write_description(job: dict, shape: Shape, text: str) -> None:
    """Split the text over the posting's description parts, each part into every field that holds it."""
    slots: list[list[tuple[dict, str, str | None]]] = []  # per part: (object, field, HTML tag or None for plain)
    for part in shape.parts:
        if part == LISTS:
            slots += [[(entry, "content", "li")] for entry in job.get(LISTS) or [] if isinstance(entry, dict)]
        elif isinstance(part, tuple):
            slots.append([(job, part[0], "p"), (job, part[1], None)])
        else:
            slots.append([(job, part, "p")])
    words = text.split()
    for index, slot in enumerate(slots):
        piece = " ".join(words[index * len(words) // len(slots) : (index + 1) * len(words) // len(slots)])
        for target, field, tag in slot:
            target[field] = f"<{tag}>{piece}</{tag}>" if tag else piece


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
