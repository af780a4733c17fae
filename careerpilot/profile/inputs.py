"""Load and validate the user's files: profile, resume, filters. Every failure is one readable line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

import yaml
from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, ValidationError

from careerpilot.domain.documents import ParsedResume
from careerpilot.domain.errors import InputError
from careerpilot.domain.filters import JobFilters
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.profile.resume_import import refine_with_llm
from careerpilot.text.nesting import load_json, load_yaml
from careerpilot.tools.documents import read_resume_file, read_resume_text

Model = TypeVar("Model", bound=BaseModel)
MAX_INPUT_BYTES = 5 * 1024 * 1024


def _read_text(path: Path, what: str) -> str:
    if not path.exists():
        raise InputError(f"{what} file not found: {path}")
    if not path.is_file():
        raise InputError(f"{what} path is not a file: {path}")
    if path.stat().st_size == 0:
        raise InputError(f"{what} file is empty: {path}")
    if path.stat().st_size > MAX_INPUT_BYTES:
        raise InputError(f"{what} file is larger than 5 MB: {path}")
    try:
        return path.read_text(encoding="utf-8-sig")  # a byte-order mark is UTF-8 too
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} file is not UTF-8 text: {path} (byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"cannot read {what} file {path}: {exc.strerror}") from exc


def _parse(text: str, path: Path, what: str) -> Any:
    try:
        if path.suffix.lower() == ".json":
            return load_json(text)
        return load_yaml(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{what} file {path} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise InputError(f"{what} file {path} is not valid YAML{where}: {getattr(exc, 'problem', exc)}") from exc


def _validate(model: type[Model], data: Any, path: Path, what: str) -> Model:
    if not isinstance(data, dict):
        raise InputError(f"{what} file {path} must hold a mapping at the top level, not {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(f"{what} file {path}: {where}: {first['msg']}{more}") from exc


def load_profile(path: Path) -> Profile:
    """Load a profile from YAML or JSON."""
    return _validate(Profile, _parse(_read_text(path, "profile"), path, "profile"), path, "profile")


def load_resume(path: Path, llm: BaseChatModel | None = None) -> Resume:
    """Load a resume (JSON Resume, PDF, DOCX, Markdown or text) and refuse one with nothing to match on.

    With ``llm``, a PDF/DOCX/Markdown/text resume is parsed as ``import_resume`` does.
    """
    if path.suffix.lower() in {".json", ".yaml", ".yml"}:
        resume = _validate(Resume, _parse(_read_text(path, "resume"), path, "resume"), path, "resume")
    else:
        resume = import_resume(path, llm).resume
    if resume.is_empty():
        raise InputError(f"resume {path} has no work, education, skills or summary to match on")
    return resume


def import_resume(path: Path, llm: BaseChatModel | None = None) -> ParsedResume:
    """Parse a resume file into a JSON Resume with the list of what was guessed or changed.

    Without ``llm`` the parse is rule-based. With it (``services.llm.build_chat_model``), the model corrects the
    rule-based parse and only what the file's text supports is kept (``services/resume_import.py``).
    """
    parsed, lines = read_resume_file(path)
    return refine_with_llm(parsed, lines, llm) if llm is not None else parsed


def import_resume_text(text: str, llm: BaseChatModel | None = None) -> ParsedResume:
    """Parse pasted resume text (plain or Markdown) as ``import_resume`` parses a file."""
    parsed, lines = read_resume_text(text)
    return refine_with_llm(parsed, lines, llm) if llm is not None else parsed


def save_resume(resume: Resume, out: Path) -> Path:
    """Write a JSON Resume the user can edit to ``out`` (parents created), readable by its owner only."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(resume.model_dump_json(indent=2, exclude_none=True) + "\n", encoding="utf-8")
        out.chmod(0o600)
    except OSError as exc:
        raise InputError(f"cannot write the resume to {out}: {exc.strerror}") from exc
    return out


def load_filters(path: Path | None) -> JobFilters:
    """Load job filters from YAML; no path means no filters."""
    if path is None:
        return JobFilters()
    return _validate(JobFilters, _parse(_read_text(path, "filters"), path, "filters"), path, "filters")
