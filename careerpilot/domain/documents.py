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


class SentenceCheck(BaseModel):
    """One sentence of a generated document and its support: lines of one resume entry, or owned connective text."""

    text: str
    where: str = Field(description="Where it is in the document, e.g. 'work[0].highlights[2]' or 'letter ¶2'.")
    sources: list[str] = Field(
        default_factory=list, description="The supporting source lines ('label: text'), or 'connective: <template>'."
    )
    reason: str | None = Field(default=None, description="Why nothing supports the sentence; None when supported.")

    @property
    def supported(self) -> bool:
        """Return True when a source entry or a connective template backs the sentence."""
        return self.reason is None


class RemovedSentence(BaseModel):
    """A sentence taken out of a document, or refused with its draft, and why: what the person sees at review."""

    document: Literal["resume", "cover_letter"]
    where: str
    text: str
    reason: str
    draft_rejected: bool = Field(False, description="True when the whole draft holding it was refused.")


class Verification(BaseModel):
    """The verifier's verdict on one document: every claim and sentence, and what was removed to make it truthful."""

    document: Literal["resume", "cover_letter"]
    claims: list[Claim] = Field(default_factory=list)
    sentences: list[SentenceCheck] = Field(
        default_factory=list, description="Every generated sentence with its support (verbatim source text is skipped)."
    )
    removed: list[str] = Field(default_factory=list, description="Lines dropped because they held unsupported claims.")
    removed_sentences: list[RemovedSentence] = Field(
        default_factory=list, description="Each sentence removed (or refused with the draft), with the reason."
    )
    rejected: bool = Field(False, description="True when the whole document was refused (e.g. an LLM draft).")

    @property
    def unsupported(self) -> list[Claim]:
        """Return the claims no source supports."""
        return [claim for claim in self.claims if not claim.supported]

    @property
    def unsupported_sentences(self) -> list[SentenceCheck]:
        """Return the sentences no source entry or connective template supports."""
        return [sentence for sentence in self.sentences if not sentence.supported]

    @property
    def passed(self) -> bool:
        """Return True when every claim and every sentence traces to a source."""
        return not self.unsupported and not self.unsupported_sentences

    def offending(self) -> list[str]:
        """Return the unsupported claims ('kind text') and sentences ('sentence "…" (reason)'), for notes and errors."""
        labels = [f"{claim.kind} {claim.text}" for claim in self.unsupported]
        labels += [f"sentence {_short(s.text)!r} ({s.reason})" for s in self.unsupported_sentences]
        return list(dict.fromkeys(labels))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


Author = Literal["llm", "rules"]  # who wrote a document's text: the LLM, or the deterministic template and rules


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
    written_by: str = Field(
        "rules", description="'llm' or 'rules' when both documents agree, 'mixed' when one fell back to the template."
    )
    resume_written_by: Author = Field(
        "rules", description="'llm' when the LLM's rewrite was used; 'rules' when tailored without it or it failed."
    )
    cover_letter_written_by: Author = Field(
        "rules", description="'llm' when the LLM's letter was used; 'rules' when the template wrote it."
    )
    notes: list[str] = Field(default_factory=list, description="What was selected, dropped or not rendered.")


class ParsedResume(BaseModel):
    """A resume read from a user's file, with what the parser was unsure of, for the user to check."""

    resume: Resume
    source_format: Literal["pdf", "docx", "markdown", "text", "json"]
    uncertain: list[str] = Field(default_factory=list, description="Fields guessed or not understood, in words.")
    parsed_by: str = Field("rules", description="'rules' or 'llm' (the LLM's fields are checked against the text).")
