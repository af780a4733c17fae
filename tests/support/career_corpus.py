"""The career-page corpus: each shape's page read by the one structured-data reader, field by field.

Each ``tests/data/career_pages/corpus/<shape>.json`` names its page (an HTML file under tests/data/career_pages),
the URL the page is read as, and the postings a correct reader yields, in page order, with only the fields the
markup states. ``check_shape`` reads the page exactly as a career page is read (``structured.read_page`` then
the JSON-LD normalizer and the hygiene door) and returns one ``FieldCheck`` per expected field, plus one for the
posting count. Shared by tests/unit/tools/sources/test_career_corpus.py and benchmarks/career_pages_fields.py.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careerpilot.domain.jobs import JobPosting
from careerpilot.tools.sources import normalize_all
from careerpilot.tools.sources.career_pages import extract_postings

PAGES = Path(__file__).resolve().parents[1] / "data" / "career_pages"
CORPUS = PAGES / "corpus"
NO_FIELD = "<not read>"


@dataclass(frozen=True)
class FieldCheck:
    """One expected field of one posting: what the corpus says and what the reader gave."""

    shape: str
    posting: int
    field: str
    expected: Any
    actual: Any

    @property
    def right(self) -> bool:
        return self.expected == self.actual


def shapes() -> list[Path]:
    """Return the corpus sidecars in name order."""
    return sorted(CORPUS.glob("*.json"))


def actual_field(job: JobPosting, name: str) -> Any:
    """Return a posting's value for a corpus field name, in the sidecar's JSON shape."""
    if name == "salary":
        return job.salary.model_dump() if job.salary else None
    if name == "salary_text":
        return job.salary.text() if job.salary and hasattr(job.salary, "text") else None
    if name == "cities":
        return [loc.city for loc in job.locations if loc.city]
    if name == "expired":
        return job.expired() if hasattr(job, "expired") else NO_FIELD
    if name in ("date_posted", "valid_through"):
        value = getattr(job, name, None)
        return value.isoformat() if value else None
    return getattr(job, name, NO_FIELD)  # a reader without the field (an older checkout) gets it wrong


def check_shape(sidecar: Path) -> list[FieldCheck]:
    """Read one shape's page and compare every expected field; the posting count is a field too."""
    spec = json.loads(sidecar.read_text(encoding="utf-8"))
    html = (PAGES / spec["page"]).read_text(encoding="utf-8")
    jobs, _ = normalize_all(extract_postings(html, spec["page_url"]).postings)
    expected: list[dict[str, Any]] = spec["postings"]
    name = sidecar.stem
    checks = [FieldCheck(name, -1, "postings", len(expected), len(jobs))]
    for index, fields in enumerate(expected):
        job = jobs[index] if index < len(jobs) else None
        for field, value in fields.items():
            checks.append(FieldCheck(name, index, field, value, actual_field(job, field) if job else "<missing>"))
    if len({job.id for job in jobs}) != len(jobs):
        checks.append(FieldCheck(name, -1, "distinct ids", len(jobs), len({job.id for job in jobs})))
    return checks


def shape_label(sidecar: Path) -> str:
    """Return the shape's one-line description and where it comes from."""
    spec = json.loads(sidecar.read_text(encoding="utf-8"))
    return f"{spec['origin']}: {spec['shape']}"
