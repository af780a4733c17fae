"""Documents for shortlisted jobs: a tailored resume and cover letter, as JSON, HTML and PDF."""

from __future__ import annotations

import json
import logging
from contextlib import AsyncExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from careerpilot.domain.applications import ApplicationStatus
from careerpilot.domain.documents import TailoredDocs
from careerpilot.domain.errors import ConfigError
from careerpilot.domain.jobs import JobPosting
from careerpilot.domain.matching import Match
from careerpilot.domain.runs import RunInputs
from careerpilot.memory.sql import Store
from careerpilot.services.llm import LLM_ERRORS
from careerpilot.services.tailoring import llm_cover_letter, tailor_resume, template_cover_letter
from careerpilot.tools.browser import launch_chromium
from careerpilot.tools.documents import html_to_pdf, render_cover_letter_html, render_resume_html

log = logging.getLogger(__name__)


@dataclass
class DraftOutcome:
    """The applications drafted for a run and notes on how."""

    application_ids: list[str] = field(default_factory=list)
    written_by: str = "rules"
    notes: list[str] = field(default_factory=list)


def _write_atomically(path: Path, text: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


class DocumentsService:
    """Writes and renders the documents of each shortlisted job and drafts its application."""

    def __init__(self, store: Store, documents_dir: Path, chromium_path: Path, llm: BaseChatModel | None) -> None:
        self.store = store
        self.documents_dir = documents_dir
        self.chromium_path = chromium_path
        self.llm = llm

    async def draft(self, run_id: str, shortlist: list[str], inputs: RunInputs) -> DraftOutcome:
        """Draft one application per shortlisted job (idempotent per job and applicant)."""
        outcome = DraftOutcome(written_by="llm" if self.llm else "rules")
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
                docs = await self.write(job, match, inputs, self.documents_dir / application.id / run_id, browser)
                outcome.notes.extend(docs.notes)
                self.store.update_application(application.id, documents=_documents_record(docs))
                if application.status is ApplicationStatus.SHORTLISTED:
                    self.store.transition(application.id, ApplicationStatus.DRAFTED, by="graph:resume_writer")
                outcome.application_ids.append(application.id)
        return outcome

    async def _browser(self, stack: AsyncExitStack, outcome: DraftOutcome) -> Any:
        try:
            return await stack.enter_async_context(launch_chromium(self.chromium_path))
        except ConfigError as exc:
            outcome.notes.append(f"PDFs not rendered: {exc}")
            return None

    async def write(
        self, job: JobPosting, match: Match, inputs: RunInputs, out_dir: Path, browser: Any
    ) -> TailoredDocs:
        """Tailor, write and render the resume and cover letter for one job into out_dir."""
        out_dir.mkdir(parents=True, exist_ok=True)
        resume = tailor_resume(inputs.resume, job)
        letter, written_by, notes = template_cover_letter(inputs.resume, job, match), "rules", []
        if self.llm is not None:
            try:
                drafted, unsupported = await llm_cover_letter(self.llm, inputs.resume, job, match)
            except LLM_ERRORS as exc:
                drafted, unsupported = "", [f"LLM failed: {str(exc).splitlines()[0][:120]}"]
            if drafted and not unsupported:
                letter, written_by = drafted, "llm"
            else:
                notes.append(f"LLM cover letter for {job.title} rejected ({', '.join(unsupported) or 'empty'})")
        _write_atomically(out_dir / "resume.json", resume.model_dump_json(indent=2, exclude_none=True))
        _write_atomically(out_dir / "cover_letter.txt", letter)
        resume_html = render_resume_html(resume)
        letter_html = render_cover_letter_html(letter, inputs.resume.basics, company=job.company, title=job.title)
        _write_atomically(out_dir / "resume.html", resume_html)
        _write_atomically(out_dir / "cover_letter.html", letter_html)
        docs = TailoredDocs(
            job_id=job.id,
            resume=resume,
            cover_letter=letter,
            resume_html=str(out_dir / "resume.html"),
            written_by=written_by,
            notes=notes,
        )
        if browser is not None:
            docs.resume_pdf = str(await html_to_pdf(browser, resume_html, out_dir / "resume.pdf"))
            docs.cover_letter_pdf = str(await html_to_pdf(browser, letter_html, out_dir / "cover_letter.pdf"))
        return docs


def _documents_record(docs: TailoredDocs) -> dict[str, Any]:
    record = json.loads(docs.model_dump_json(exclude={"resume"}))
    record["resume_json"] = str(Path(docs.resume_html or "").with_name("resume.json"))
    return record
