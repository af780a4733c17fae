"""The user's current profile and resume, kept in the data directory so API and MCP calls need no file paths."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

import yaml
from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel, ValidationError

from careerpilot.domain.documents import ParsedResume
from careerpilot.domain.errors import InputError, NotFoundError
from careerpilot.domain.filters import JobFilters
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import JobSources, RunInputs
from careerpilot.profile.inputs import MAX_INPUT_BYTES, import_resume, import_resume_text
from careerpilot.tools.sources.registry import check_sources

Model = TypeVar("Model", bound=BaseModel)
SOURCE_EXAMPLES = (
    "a folder of saved postings (such as examples/postings), or a board spec: 'greenhouse:COMPANY', "
    "'lever:COMPANY', 'ashby:COMPANY', 'workable:COMPANY', 'careers:https://COMPANY/careers', 'remoteok', 'hn' "
    "(docs/discovery.md lists them all)"
)


def parse_upload(content: bytes, model: type[Model], what: str) -> Model:
    """Validate an uploaded JSON or YAML document; every failure is one readable line."""
    if len(content) > MAX_INPUT_BYTES:
        raise InputError(f"{what} is larger than {MAX_INPUT_BYTES // (1024 * 1024)} MB")
    if not content.strip():
        raise InputError(f"{what} is empty")
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} is not UTF-8 text (byte {exc.start})") from exc
    try:
        data = yaml.safe_load(text)  # YAML is a superset of JSON: one parser for both
    except yaml.YAMLError as exc:
        raise InputError(f"{what} is neither valid JSON nor YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise InputError(f"{what} must hold a mapping at the top level, not {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        raise InputError(f"{what}: {where}: {first['msg']}") from exc


class ProfileService:
    """Reads and replaces the stored profile, resume and job filters."""

    def __init__(self, data_dir: Path, llm: BaseChatModel | None = None, sources_file: Path | None = None) -> None:
        self.llm = llm  # refines imported resumes when an LLM is configured
        self.profile_path = data_dir / "profile.json"
        self.resume_path = data_dir / "resume.json"
        self.filters_path = data_dir / "job_filters.json"
        self.sources_path = data_dir / "sources.json"
        self.sources_file = sources_file  # SOURCES_FILE: the fallback when nothing is stored

    def profile(self) -> Profile:
        """Return the stored profile or raise NotFoundError with the fix."""
        if not self.profile_path.exists():
            raise NotFoundError("no profile stored yet: store one with PUT /profile or the MCP tool set_profile")
        return Profile.model_validate_json(self.profile_path.read_text(encoding="utf-8"))

    def resume(self) -> Resume:
        """Return the stored resume or raise NotFoundError with the fix."""
        if not self.resume_path.exists():
            raise NotFoundError(
                "no resume stored yet: store a JSON Resume with PUT /resume or the MCP tools set_resume / import_resume"
            )
        return Resume.model_validate_json(self.resume_path.read_text(encoding="utf-8"))

    def filters(self) -> JobFilters:
        """Return the stored job filters, or none."""
        if not self.filters_path.exists():
            return JobFilters()
        return JobFilters.model_validate_json(self.filters_path.read_text(encoding="utf-8"))

    def save_profile(self, profile: Profile) -> Profile:
        """Replace the stored profile."""
        _write(self.profile_path, profile.model_dump_json(indent=2))
        return profile

    def save_resume(self, resume: Resume) -> Resume:
        """Replace the stored resume, refusing one with nothing to match on."""
        if resume.is_empty():
            raise InputError("the resume has no work, education, skills or summary to match on")
        _write(self.resume_path, resume.model_dump_json(indent=2, exclude_none=True))
        return resume

    def save_filters(self, filters: JobFilters) -> JobFilters:
        """Replace the stored job filters."""
        _write(self.filters_path, filters.model_dump_json(indent=2))
        return filters

    def sources(self) -> list[str]:
        """Return the default sources of a run started without any: the stored ones, else SOURCES_FILE, else none."""
        if self.sources_path.exists():
            return JobSources.model_validate_json(self.sources_path.read_text(encoding="utf-8")).sources
        return [str(self.sources_file)] if self.sources_file else []

    def save_sources(self, sources: JobSources) -> JobSources:
        """Replace the default sources, refusing one a run could not read (folders are stored as absolute paths)."""
        check_sources(sources.sources)
        stored = JobSources(sources=_specs(sources.sources))
        _write(self.sources_path, stored.model_dump_json(indent=2))
        return stored

    def import_resume(self, path: Path | None = None, text: str = "") -> ParsedResume:
        """Parse a resume file or pasted text with the resume importer and store the result (exactly one of them)."""
        if (path is None) == (not text.strip()):
            raise InputError("give exactly one of path (a resume file) or text (the resume pasted as text)")
        parsed = import_resume(path, self.llm) if path is not None else import_resume_text(text, self.llm)
        self.save_resume(parsed.resume)
        return parsed

    def run_inputs(self, sources: list[str], goal: str = "") -> RunInputs:
        """Return the inputs of a run a user asked for, refusing now what the run would fail on later.

        Every face (API, MCP, Studio) starts runs through here, so a missing folder is refused before anything
        starts. No ``sources`` means the default ones (``sources``).

        Raises:
            InputError: no sources, or a source that cannot be read (a missing folder, an unknown kind).
            NotFoundError: no profile or resume stored yet.
        """
        sources = sources or self.sources()
        if not sources:
            raise InputError(
                "sources: give at least one job source, or store your usual ones first (MCP tool set_sources, "
                f"PUT /sources): {SOURCE_EXAMPLES}"
            )
        check_sources(sources)
        return self.stored_inputs(sources, goal)

    def stored_inputs(self, sources: list[str], goal: str = "") -> RunInputs:
        """Return run inputs from the stored profile, resume and filters; ``sources`` are only recorded."""
        return RunInputs(
            goal=goal, sources=_specs(sources), profile=self.profile(), resume=self.resume(), filters=self.filters()
        )


def _specs(sources: list[str]) -> list[str]:
    """Return source specs with folders as absolute local: paths, so they mean the same from any directory."""
    return [s if ":" in s.split("/")[0] else f"local:{Path(s).expanduser().resolve()}" for s in sources]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def dumps(model: BaseModel) -> str:
    """Return a model as indented JSON (for resources and downloads)."""
    return json.dumps(model.model_dump(mode="json", exclude_none=True), indent=2)
