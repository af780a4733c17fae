"""A posting scored against the resume, with the reasons a person can check."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FilterResult(BaseModel):
    """One hard filter and whether the posting passed it."""

    name: str
    passed: bool
    reason: str


class MatchedTerm(BaseModel):
    """A job requirement term the resume covers, with the resume line that shows it."""

    term: str
    evidence: str


class Match(BaseModel):
    """A 0-100 score with what matched, what is missing and why."""

    job_id: str
    score: float = Field(ge=0, le=100)
    semantic: float = Field(description="Cosine similarity of the embeddings, 0-1.")
    lexical: float = Field(description="TF-IDF cosine similarity, 0-1.")
    matched: list[MatchedTerm] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    filters: list[FilterResult] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    excluded: bool = False

    @property
    def why(self) -> str:
        """One short line for tables."""
        return self.reasons[0] if self.reasons else ""
