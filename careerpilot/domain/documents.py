"""The documents written for one application."""

from __future__ import annotations

from pydantic import BaseModel, Field

from careerpilot.domain.resume import Resume


class TailoredDocs(BaseModel):
    """A tailored resume and cover letter for one job, with where their files are."""

    job_id: str
    resume: Resume
    cover_letter: str
    resume_html: str | None = None
    resume_pdf: str | None = None
    cover_letter_pdf: str | None = None
    written_by: str = Field("rules", description="'llm' or 'rules' (extractive, deterministic).")
    notes: list[str] = Field(default_factory=list, description="What was selected, dropped or not rendered.")
