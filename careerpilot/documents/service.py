"""Documents for shortlisted jobs: a verified tailored resume and cover letter, versioned per application.

Each application's documents live in ``<data>/documents/<application id>/v001/``, ``v002/``, ...: the resume
as JSON, HTML, PDF, DOCX and text, the cover letter as text, HTML and PDF, ``claims.json`` (the verifier's
claim -> source map) and ``docs.json`` (the manifest). A version is written to a temporary folder and renamed
into place, so a failure stores nothing. Re-running the same run replaces that run's version.
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel

from careerpilot.documents.tailoring import (
    llm_cover_letter,
    llm_rewrite_resume,
    matched_requirements,
    tailor_resume,
    template_cover_letter,
)
from careerpilot.documents.verifier import Sources, enforce_letter, enforce_llm_letter, enforce_resume
from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.documents import Author, TailoredDocs, Verification
from careerpilot.domain.errors import ConfigError, InputError, InvalidTransitionError, NotFoundError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import RunInputs
from careerpilot.llm.chat_model import LLM_ERRORS
from careerpilot.memory.sql import Store
from careerpilot.tools.browser import launch_offline_chromium
from careerpilot.tools.documents import (
    RESUME_TEMPLATES,
    html_to_pdf,
    pdf_text,
    render_cover_letter_html,
    render_resume_html,
    resume_blocks,
    resume_to_docx,
    resume_to_text,
)

log = logging.getLogger(__name__)
BriefLookup = Callable[[JobPosting], str | None]
DOCUMENT_FILES = ("resume.pdf", "cover_letter.pdf", "resume.docx", "resume.txt", "cover_letter.txt", "resume.html")

# What a failed LLM rewrite raises; the bullets are then kept as written.
REWRITE_ERRORS: tuple[type[Exception], ...] = (*LLM_ERRORS, ValueError)


def authorship(authors: list[str]) -> str:
    """Say who wrote a set of documents: 'llm' or 'rules' when all agree, 'mixed' otherwise ('rules' for none)."""
    kinds = set(authors)
    return kinds.pop() if len(kinds) == 1 else ("mixed" if kinds else "rules")


@dataclass
class DraftOutcome:
    """The applications drafted for a run and notes on how."""

    application_ids: list[str] = field(default_factory=list)
    written_by: str = "rules"
    notes: list[str] = field(default_factory=list)


class DocumentsService:
    """Tailors, verifies, renders and stores the documents of each shortlisted job and drafts its application."""

    def __init__(
        self,
        store: Store,
        documents_dir: Path,
        chromium_path: Path,
        llm: BaseChatModel | None,
        template: str = "classic",
        company_briefs: BriefLookup | None = None,
        letter_llm: BaseChatModel | None | Literal["same"] = "same",
    ) -> None:
        if template not in RESUME_TEMPLATES:
            raise ConfigError(f"unknown resume template {template!r}: choose one of {', '.join(RESUME_TEMPLATES)}")
        self.store = store
        self.documents_dir = documents_dir
        self.chromium_path = chromium_path
        self.llm = llm  # the resume writer's model
        # The cover letter's model: its own route (docs/models.md) or, by default, the resume writer's.
        self.letter_llm = llm if letter_llm == "same" else letter_llm
        self.template = template
        self.company_briefs = company_briefs

    async def draft(self, run_id: str, shortlist: list[str], inputs: RunInputs) -> DraftOutcome:
        """Draft one application per shortlisted job (idempotent per job and applicant)."""
        outcome = DraftOutcome()
        authors: list[str] = []
        matches = {m.job_id: m for m, _ in self.store.matches_for_run(run_id)}
        jobs = self.store.get_jobs(shortlist)
        async with AsyncExitStack() as stack:
            browser = await self._browser(stack, outcome)
            for job_id in shortlist:
                job, match = jobs[job_id], matches[job_id]
                application = self.store.ensure_application(job_id, inputs.applicant, run_id, match.score)
                if application.status not in (ApplicationStatus.SHORTLISTED, ApplicationStatus.DRAFTED):
                    outcome.notes.append(
                        f"{job.title} at {job.company}: already {application.status.value}, left as is"
                    )
                    continue
                docs = await self.store_version(application.id, run_id, job, match, inputs, browser)
                outcome.notes.extend(docs.notes)
                authors += [docs.resume_written_by, docs.cover_letter_written_by]
                self.store.update_application(application.id, documents=documents_record(docs))
                if application.status is ApplicationStatus.SHORTLISTED:
                    self._mark_drafted(application.id)
                outcome.application_ids.append(application.id)
        outcome.written_by = authorship(authors)
        return outcome

    async def store_version(
        self, application_id: str, run_id: str, job: JobPosting, match: Match, inputs: RunInputs, browser: Any
    ) -> TailoredDocs:
        """Write a new version of an application's documents (or replace this run's), all or nothing."""
        app_dir = self.documents_dir / application_id
        app_dir.mkdir(parents=True, exist_ok=True)
        same_run = [d for d in self.versions(application_id) if d.run_id == run_id]
        version = (
            same_run[-1].version if same_run else self._reserve_version(app_dir, self._next_version(application_id))
        )
        final = app_dir / f"v{version:03d}"
        staging = Path(tempfile.mkdtemp(dir=app_dir, prefix=f".v{version:03d}-{os.getpid()}-"))
        try:
            docs = await self.write(job, match, inputs, staging, browser, version=version, run_id=run_id)
            _point_at(docs, staging, final)
            _write_json(staging / "docs.json", docs.model_dump(mode="json", exclude={"resume"}))
            if any(final.iterdir()):  # this run's earlier version; a reserved folder is empty and renamed over
                shutil.rmtree(final)
            staging.rename(final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            if final.is_dir() and not any(final.iterdir()):
                final.rmdir()  # give the reserved number back
            raise
        return docs

    def _mark_drafted(self, application_id: str) -> None:
        """Move a shortlisted application to drafted; another run drafting it at the same time may have done so."""
        try:
            self.store.transition(application_id, ApplicationStatus.DRAFTED, by="graph:resume_writer")
        except InvalidTransitionError:
            if self.store.get_application(application_id).status is not ApplicationStatus.DRAFTED:
                raise

    @staticmethod
    def _reserve_version(app_dir: Path, first: int) -> int:
        """Claim the next free version number by creating its folder (atomic: concurrent runs never share one)."""
        version = first
        while True:
            try:
                (app_dir / f"v{version:03d}").mkdir()
            except FileExistsError:
                version += 1
                continue
            return version

    async def write(
        self,
        job: JobPosting,
        match: Match,
        inputs: RunInputs,
        out_dir: Path,
        browser: Any,
        *,
        version: int = 1,
        run_id: str | None = None,
    ) -> TailoredDocs:
        """Tailor, verify, write and render the resume and cover letter for one job into out_dir."""
        out_dir.mkdir(parents=True, exist_ok=True)
        brief = self.company_briefs(job) if self.company_briefs else None
        context = {"title": job.title, "company": job.company or ""}
        sources = Sources(inputs.resume, inputs.profile, context=context, posting=job.description_text)
        notes: list[str] = []
        letter, letter_checks, letter_by = await self._cover_letter(job, match, inputs, sources, brief, notes)
        resume, resume_check, resume_by = await self._resume(job, match, inputs, sources, notes)
        docs = TailoredDocs(
            job_id=job.id,
            run_id=run_id,
            resume=resume,
            cover_letter=letter,
            template=self.template,
            version=version,
            directory=str(out_dir),
            matched_requirements=matched_requirements(match),
            verification=[resume_check, *letter_checks],
            written_by=authorship([resume_by, letter_by]),
            resume_written_by=resume_by,
            cover_letter_written_by=letter_by,
            notes=notes,
        )
        self._write_files(docs, inputs.resume, job, out_dir)
        if browser is not None:
            await self._render_pdfs(docs, inputs, job, out_dir, browser)
        return docs

    async def _resume(
        self, job: JobPosting, match: Match, inputs: RunInputs, sources: Sources, notes: list[str]
    ) -> tuple[Resume, Verification, Author]:
        candidate = tailor_resume(inputs.resume, job, match)
        written_by: Author = "rules"
        if self.llm is not None:
            try:
                candidate = await llm_rewrite_resume(self.llm, candidate, job, match)
                written_by = "llm"
            except REWRITE_ERRORS as exc:
                notes.append(
                    f"LLM resume rewrite for {job.title} unusable ({_first_line(exc)}); bullets kept as written"
                )
        resume, check = enforce_resume(candidate, sources)
        if check.removed:
            notes.append(f"verifier removed from the resume for {job.title}: {'; '.join(check.removed)}")
        return resume, check, written_by

    async def _cover_letter(
        self, job: JobPosting, match: Match, inputs: RunInputs, sources: Sources, brief: str | None, notes: list[str]
    ) -> tuple[str, list[Verification], Author]:
        rejected: list[Verification] = []
        if self.letter_llm is not None:
            accepted: str | None = None
            try:
                drafted = await llm_cover_letter(self.letter_llm, inputs.resume, job, match, brief)
                accepted, check = enforce_llm_letter(drafted, sources) if drafted else (None, _refused_empty())
            except LLM_ERRORS as exc:
                check = _refused_empty()
                notes.append(f"LLM failed: {_first_line(exc)}")
            if accepted is not None:
                if check.removed_sentences:
                    notes.append(_removed_note(f"the LLM cover letter for {job.title}", check))
                return accepted, [check], "llm"
            rejected.append(check)
            notes.append(f"LLM cover letter for {job.title} rejected ({', '.join(check.offending()) or 'empty'})")
        letter, check = enforce_letter(template_cover_letter(inputs.resume, job, match, brief), sources)
        if check.removed_sentences:
            notes.append(_removed_note(f"the template cover letter for {job.title}", check))
        return letter, [check, *rejected], "rules"

    def _write_files(self, docs: TailoredDocs, source: Resume, job: JobPosting, out_dir: Path) -> None:
        resume_html = render_resume_html(docs.resume, self.template)
        letter_html = render_cover_letter_html(docs.cover_letter, source.basics, company=job.company, title=job.title)
        _write(out_dir / "resume.json", docs.resume.model_dump_json(indent=2, exclude_none=True))
        _write(out_dir / "resume.html", resume_html)
        _write(out_dir / "resume.txt", resume_to_text(docs.resume))
        _write(out_dir / "source_resume.txt", resume_to_text(source))
        _write(out_dir / "cover_letter.txt", docs.cover_letter)
        _write(out_dir / "cover_letter.html", letter_html)
        _write_json(out_dir / "claims.json", [v.model_dump(mode="json") for v in docs.verification])
        docs.resume_html = str(out_dir / "resume.html")
        docs.resume_txt = str(out_dir / "resume.txt")
        docs.resume_docx = str(resume_to_docx(docs.resume, out_dir / "resume.docx"))

    async def _render_pdfs(
        self, docs: TailoredDocs, inputs: RunInputs, job: JobPosting, out_dir: Path, browser: Any
    ) -> None:
        resume_pdf = await html_to_pdf(browser, render_resume_html(docs.resume, self.template), out_dir / "resume.pdf")
        letter_html = render_cover_letter_html(
            docs.cover_letter, inputs.resume.basics, company=job.company, title=job.title
        )
        docs.resume_pdf = str(resume_pdf)
        docs.cover_letter_pdf = str(await html_to_pdf(browser, letter_html, out_dir / "cover_letter.pdf"))
        missing = missing_sections(resume_pdf, docs.resume)
        if missing:
            docs.notes.append(f"PDF text of the resume for {job.title} lacks or misorders: {', '.join(missing)}")

    async def _browser(self, stack: AsyncExitStack, outcome: DraftOutcome) -> Any:
        try:
            return await stack.enter_async_context(launch_offline_chromium(self.chromium_path))
        except ConfigError as exc:
            outcome.notes.append(f"PDFs not rendered: {exc}")
            return None

    def versions(self, application_id: str) -> list[TailoredDocs]:
        """Return every stored version of an application's documents, oldest first (the resume not loaded)."""
        app_dir = self.documents_dir / application_id
        found = []
        for manifest in sorted(app_dir.glob("v[0-9][0-9][0-9]/docs.json")):
            data = json.loads(manifest.read_text(encoding="utf-8"))
            found.append(TailoredDocs.model_validate({**data, "resume": Resume()}))
        return found

    def show(self, application_id: str, version: int | None = None) -> TailoredDocs:
        """Return one version (default the latest) with its resume.

        Raises:
            NotFoundError: the application has no documents, or not that version.
        """
        versions = self.versions(application_id)
        if not versions:
            raise NotFoundError(f"application {application_id} has no documents yet")
        chosen = versions[-1] if version is None else next((v for v in versions if v.version == version), None)
        if chosen is None:
            raise NotFoundError(
                f"application {application_id} has no version {version}; versions: "
                + ", ".join(str(v.version) for v in versions)
            )
        resume_json = Path(chosen.directory or "") / "resume.json"
        chosen.resume = Resume.model_validate_json(resume_json.read_text(encoding="utf-8"))
        return chosen

    def file(self, application_id: str, name: str = "resume.pdf", version: int | None = None) -> Path:
        """Return the path of one document file of a version.

        Raises:
            InputError: ``name`` is not one of the document files.
            NotFoundError: the version or file does not exist.
        """
        if name not in DOCUMENT_FILES:
            raise InputError(f"unknown document {name!r}: choose one of {', '.join(DOCUMENT_FILES)}")
        path = Path(self.show(application_id, version).directory or "") / name
        if not path.is_file():
            raise NotFoundError(f"{name} was not written for application {application_id} (see 'docs show')")
        return path

    def diff(self, application_id: str, old: int | None = None, new: int | None = None) -> str:
        """Return a unified diff of the resume and cover letter text between two versions.

        With one version (or ``old`` = 0) the tailored resume is compared with the source resume.
        """
        versions = self.versions(application_id)
        newer = self.show(application_id, new)
        older_number = old if old is not None else (versions[-2].version if len(versions) > 1 else 0)
        new_dir = Path(newer.directory or "")
        if older_number == 0:
            pairs = [("source_resume.txt", new_dir / "source_resume.txt", new_dir / "resume.txt")]
            labels = ("source resume", f"v{newer.version}")
        else:
            old_dir = Path(self.show(application_id, older_number).directory or "")
            pairs = [(n, old_dir / n, new_dir / n) for n in ("resume.txt", "cover_letter.txt")]
            labels = (f"v{older_number}", f"v{newer.version}")
        chunks: list[str] = []
        for name, before, after in pairs:
            chunks += difflib.unified_diff(
                _lines(before), _lines(after), f"{labels[0]}/{name}", f"{labels[1]}/{after.name}", lineterm=""
            )
        return "\n".join(chunks)

    def _next_version(self, application_id: str) -> int:
        versions = self.versions(application_id)
        return versions[-1].version + 1 if versions else 1


def missing_sections(pdf: Path, resume: Resume) -> list[str]:
    """Return the section headings the PDF's extracted text lacks or shows out of order (empty when ATS-safe)."""
    expected = [text for kind, text in resume_blocks(resume) if kind == "heading"]
    found = [line.strip() for line in pdf_text(pdf).splitlines() if line.strip() in expected]
    return [] if found == expected else [h for h in expected if h not in found] or ["section order"]


def documents_record(docs: TailoredDocs) -> dict[str, Any]:
    """Return what the application row keeps about its current documents (paths, letter, version, notes)."""
    record = docs.model_dump(mode="json", exclude={"resume", "verification"})
    directory = Path(docs.directory or "")
    record["resume_json"] = str(directory / "resume.json")
    record["claims"] = str(directory / "claims.json")
    record["unsupported_removed"] = sum(len(v.removed) for v in docs.verification)
    record["removed_sentences"] = [r.model_dump(mode="json") for v in docs.verification for r in v.removed_sentences]
    return record


def _refused_empty() -> Verification:
    return Verification(document="cover_letter", rejected=True)


def _removed_note(what: str, check: Verification) -> str:
    """Return 'verifier removed N sentence(s) from <what>: "…" (reason); …' for the run's notes."""
    shown = "; ".join(f"{r.text[:80]!r} ({r.reason})" for r in check.removed_sentences)
    return f"verifier removed {len(check.removed_sentences)} sentence(s) from {what}: {shown}"


def sweep_staging(documents_dir: Path) -> int:
    """Remove the staging folders that crashed writers left behind; return how many.

    A staging folder is ``.vNNN-PID-XXXX`` beside the versions; one whose process is gone is a leftover (a run
    killed mid-write never reaches its own cleanup). A folder of a live process is another writer's: kept.
    """
    removed = 0
    for staging in documents_dir.glob("*/.v[0-9][0-9][0-9]-*"):
        if staging.is_dir() and not _writer_alive(staging.name):
            shutil.rmtree(staging, ignore_errors=True)
            removed += not staging.exists()
    if removed:
        log.info("removed %d staging folder(s) left by interrupted document writes", removed)
    return removed


def _writer_alive(name: str) -> bool:
    pid = name.split("-")[1] if name.count("-") >= 2 else ""
    if not pid.isdigit() or int(pid) == 0:
        return False  # an older unnamed staging folder: no writer can still own it across a restart
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


def _point_at(docs: TailoredDocs, staging: Path, final: Path) -> None:
    """Rewrite the file paths of docs from the staging folder to the version folder it is renamed to."""
    for name in ("resume_html", "resume_pdf", "resume_docx", "resume_txt", "cover_letter_pdf", "directory"):
        value = getattr(docs, name)
        if value:
            setattr(docs, name, value.replace(str(staging), str(final)))


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def _write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
