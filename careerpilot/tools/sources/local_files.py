"""A job source that reads saved postings from a folder or a file: board API JSON, JSON-LD pages, our JSONL."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from careerpilot.domain.errors import InputError, SourceError
from careerpilot.text.nesting import load_json
from careerpilot.tools.sources.base import SourceResult, Validators
from careerpilot.tools.sources.detect import parse_json_value, with_company_hint
from careerpilot.tools.sources.native import normalize_native
from careerpilot.tools.sources.spec import DedupeKeys, SourceSpec
from careerpilot.tools.sources.structured import extract_jsonld

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: far above any board response, small enough to parse at once
_SHOWN = 3  # bad JSONL lines named one by one before the rest are counted
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
POSTING_SUFFIXES = JSON_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES
EXPECTED = (
    "expected .json, .jsonl or .html files with Greenhouse, Lever or Ashby API responses, "
    "schema.org JobPosting JSON-LD, or CareerPilot JobPosting objects"
)


class LocalFilesSource:
    """Read postings from a folder (recursively, in sorted order) or from one file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path).expanduser()
        self.name = f"local:{self.path}"

    async def fetch(self, previous: Validators | None = None) -> SourceResult:
        """Return every posting under the path (always re-read: files are cheap); unreadable files become warnings.

        Raises:
            InputError: the path does not exist.
            SourceError: no file under the path holds a posting.
        """
        return await asyncio.to_thread(self.read)

    def read(self) -> SourceResult:
        """Read the postings now, blocking; ``fetch`` runs this in a worker thread."""
        if not self.path.exists():
            raise InputError(
                f"source folder {self.path} does not exist; pass a folder of saved postings or a single file"
            )
        result = SourceResult()
        for file in self.files():
            result.extend(read_postings_file(file))
        result.complete = True
        if not result.postings:
            problems = f"; {len(result.warnings)} problem(s), first: {result.warnings[0]}" if result.warnings else ""
            raise SourceError(f"no job postings found in {self.path} ({EXPECTED}){problems}")
        return result

    def files(self) -> list[Path]:
        """Return the posting files to read: the file itself, or every posting file under the folder."""
        if self.path.is_file():
            return [self.path]
        return sorted(
            file
            for file in self.path.rglob("*")
            if file.suffix.lower() in POSTING_SUFFIXES
            and not any(part.startswith(".") for part in file.relative_to(self.path).parts)
            and file.is_file()
        )


def read_postings_file(path: Path) -> SourceResult:
    """Return the postings in one file; a file that cannot be read yields a warning naming it."""
    result = SourceResult()
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            result.warnings.append(f"{path}: skipped, {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit")
            return result
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        result.warnings.append(f"{path}: could not be read ({exc})")
        return result
    kind = _kind(path, text)
    if kind == "html":
        found = extract_jsonld(text, str(path))
        result.postings.extend(with_company_hint(raw) for raw in found.postings)
        result.warnings.extend(found.warnings)
    elif kind == "jsonl":
        result.extend(_read_jsonl(path, text))
    else:
        result.extend(_read_json(path, text))
    if not result.postings and not result.warnings:
        result.warnings.append(f"{path}: no job postings recognised, skipped")
    return result


def _kind(path: Path, text: str) -> str:
    """Return 'html', 'jsonl' or 'json' from the suffix, or from the first character for other files."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    return "html" if text.lstrip().startswith("<") else "json"


def _read_json(path: Path, text: str) -> SourceResult:
    """Return the postings of a JSON file; invalid JSON or unrecognised items become warnings."""
    result = SourceResult()
    try:
        value = load_json(text)
    except json.JSONDecodeError as exc:
        result.warnings.append(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})")
        return result
    postings, skipped = parse_json_value(value, str(path))
    result.postings.extend(postings)
    if postings and skipped:
        result.warnings.append(f"{path}: skipped {skipped} item(s) that are not job postings")
    return result


def _read_jsonl(path: Path, text: str) -> SourceResult:
    """Return the postings of a JSON Lines file; bad lines are reported by number, a few at a time."""
    result = SourceResult()
    invalid: list[str] = []
    skipped: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = load_json(line)
        except json.JSONDecodeError as exc:
            invalid.append(f"line {number} ({exc.msg}, column {exc.colno})")
            continue
        postings, not_postings = parse_json_value(value, f"{path}:{number}")
        result.postings.extend(postings)
        if not_postings and not postings:
            skipped.append(number)
    if invalid:
        more = f" and {len(invalid) - _SHOWN} more" if len(invalid) > _SHOWN else ""
        result.warnings.append(f"{path}: not valid JSON at {'; '.join(invalid[:_SHOWN])}{more}")
    if skipped and result.postings:
        lines = ", ".join(map(str, skipped[:_SHOWN])) + (", ..." if len(skipped) > _SHOWN else "")
        result.warnings.append(f"{path}: skipped {len(skipped)} line(s) that are not job postings (line {lines})")
    return result


SPEC = SourceSpec(
    name="local",
    description="Saved postings: board API JSON, JSON-LD pages, CareerPilot JSON/JSONL: local:PATH or a bare path",
    build=lambda path, _ctx: LocalFilesSource(path),
    normalize=normalize_native,
    format="careerpilot",
    dedupe=DedupeKeys(rank=2),
)
