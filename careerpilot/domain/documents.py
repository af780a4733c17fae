"""The documents written for one application, the claims they make and where each claim comes from."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from careerpilot.domain.resume import Resume

ClaimKind = Literal[
    "skill", "employer", "title", "date", "degree", "certification", "number", "name", "institution", "language"
]


class Claim(BaseModel):
    """One checkable fact in a generated document and the source line that backs it (None: unsupported)."""

    kind: ClaimKind
    text: str = Field(description="The claim as written in the document.")
    where: str = Field(description="Where it is in the document, e.g. 'work[0].highlights[2]' or 'letter ¶2'.")
    source: str | None = Field(
        default=None, description="The source resume/profile/posting line that supports it; None when nothing does."
    )

    @property
    def supported(self) -> bool:
        """Return True when a source line backs the claim."""
        return self.source is not None


class Verification(BaseModel):
    """The verifier's verdict on one document: every claim found, and what was removed to make it truthful."""

    document: Literal["resume", "cover_letter"]
    claims: list[Claim] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list, description="Lines dropped because they held unsupported claims.")
    rejected: bool = Field(False, description="True when the whole document was refused (e.g. an LLM draft).")

    @property
    def unsupported(self) -> list[Claim]:
        """Return the claims no source supports."""
        return [claim for claim in self.claims if not claim.supported]

    @property
    def passed(self) -> bool:
        """Return True when every claim traces to a source."""
        return not self.unsupported

    def offending(self) -> list[str]:
        """Return the unsupported claims as short 'kind text' labels, for notes and errors."""
        return list(dict.fromkeys(f"{claim.kind} {claim.text}" for claim in self.unsupported))


class TailoredDocs(BaseModel):
    """A tailored resume and cover letter for one job, with where their files are and why each line is there."""

    job_id: str
    run_id: str | None = None
    resume: Resume
    cover_letter: str
    resume_html: str | None = None
    resume_pdf: str | None = None
    resume_docx: str | None = None
    resume_txt: str | None = None
    cover_letter_pdf: str | None = None
    template: str = "classic"
    version: int = Field(1, description="Version of this application's documents, 1 for the first draft.")
    directory: str | None = Field(default=None, description="The folder that holds this version's files.")
    matched_requirements: list[str] = Field(default_factory=list, description="Job requirements the resume covers.")
    verification: list[Verification] = Field(
        default_factory=list, description="The verifier's claim -> source map for the resume and the cover letter."
    )
    written_by: str = Field("rules", description="'llm' or 'rules' (extractive, deterministic).")
    notes: list[str] = Field(default_factory=list, description="What was selected, dropped or not rendered.")


class ParsedResume(BaseModel):
    """A resume read from a user's file, with what the parser was unsure of, for the user to check."""

    resume: Resume
    source_format: Literal["pdf", "docx", "markdown", "text", "json"]
    uncertain: list[str] = Field(default_factory=list, description="Fields guessed or not understood, in words.")
    parsed_by: str = Field("rules", description="'rules' or 'llm' (the LLM's fields are checked against the text).")
