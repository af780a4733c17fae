"""A posting scored against the resume, with the reasons a person can check."""

from __future__ import annotations

import unicodedata
from typing import Literal

from pydantic import BaseModel, Field, field_validator

RequirementKind = Literal[
    "skill", "experience", "degree", "certification", "language", "location", "authorization", "condition"
]
Importance = Literal["required", "preferred"]
Status = Literal["met", "partial", "missing", "unknown"]
YearsBasis = Literal["clear", "close", "none"]
NOTE_CHARS = 280  # of a model's note shown beside a score
_INVISIBLE = {"Cf", "Co", "Cs", "Cn"}  # format (bidi overrides, zero-width), private use, surrogates, unassigned
_BREAKS = {"Cc", "Zl", "Zp"}  # control characters and line or paragraph separators: shown as a space


def plain_line(text: str, limit: int) -> str:
    """Return text as one line of at most ``limit`` characters with no control or bidi-formatting characters.

    A longer line is cut at a word's end where one falls in the last quarter (a label never ends mid-word), with "…".
    """
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category in _BREAKS:
            kept.append(" ")
        elif category not in _INVISIBLE:
            kept.append(char)
    line = " ".join("".join(kept).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    space = cut.rfind(" ", (limit * 3) // 4) if not line[limit - 1].isspace() else limit - 1
    return (cut[:space] if space > 0 else cut).rstrip() + "…"


class FilterResult(BaseModel):
    """One hard filter and whether the posting passed it."""

    name: str
    passed: bool
    reason: str


class MatchedTerm(BaseModel):
    """A job requirement term the resume covers, with the resume line that shows it."""

    term: str
    evidence: str


class Requirement(BaseModel):
    """One thing a posting asks for, as the posting states it."""

    kind: RequirementKind
    text: str = Field(description="The posting's own words (one bullet or sentence).")
    importance: Importance = "required"
    skills: list[str] = Field(default_factory=list, description="Canonical vocabulary skills the text names.")
    years: float | None = Field(None, description="Years asked for ('5+ years' -> 5).")
    subject: str = Field("", description="What the years or degree are in: a skill, a role or a field.")
    source: str = Field("rules", description="'rules' (deterministic extraction) or 'llm' (refined).")
    credentials: list[str] = Field(
        default_factory=list, description="Credential ids (matching/data/credentials.yaml) of which any one meets it."
    )
    jurisdictions: list[str] = Field(
        default_factory=list, description="States or countries a licence must be from (empty: any)."
    )
    compact_ok: bool = Field(False, description="A compact (multistate) licence is accepted.")
    place_implied: bool = Field(
        False,
        description="The jurisdictions are the posting's location, not the item's words: a licence issued state by "
        "state asked without a place ('registered with the Board of Nursing') is asked where the job is.",
    )
    level: str = Field(
        "",
        description="For a language: the proficiency level asked beside it, as written ('Level 4', 'C1', 'JLPT N2', "
        "'fluent'); a floor (matching/language_levels.py). Empty: any level.",
    )
    insisted: bool = Field(
        False, description="Listed under a heading that insists ('Must have:', 'Essential criteria')."
    )


class PostingRequirements(BaseModel):
    """Everything extracted from one posting; ``notes`` says why extraction is uncertain."""

    requirements: list[Requirement] = Field(default_factory=list)
    years_overall: float | None = None
    confidence: float = Field(1.0, ge=0, le=1)
    notes: list[str] = Field(default_factory=list)

    def of_kind(self, *kinds: RequirementKind) -> list[Requirement]:
        """Return the requirements of the given kinds, in posting order."""
        return [r for r in self.requirements if r.kind in kinds]


class RequirementCheck(BaseModel):
    """A requirement, whether the resume meets it, and the resume line that shows it."""

    requirement: Requirement
    status: Status
    credit: float = Field(ge=0, le=1, description="1 met, 0 missing, in between partly met.")
    evidence: str = ""
    years_held: float | None = None
    years_basis: YearsBasis | None = Field(
        None,
        description="For years in a subject: 'clear' (a role is clearly about it), 'close' (roles only close to it "
        "by meaning) or 'none' (no role about it).",
    )
    short_in_all: bool = Field(False, description="For years no role shows clearly: the years in all are short too.")
    years_sure: bool = Field(
        True,
        description="For years asked as a role ('as a Welder'): no role is counted only because its line names that "
        "role while its own title is another's (whose dates those are); only then do short years cap the score.",
    )
    months_in_all: float | None = Field(
        None, description="For years in a subject: the resume's months in all (how far short_in_all is short)."
    )
    months_held: float | None = Field(
        None, description="The months behind years_held, unrounded: whether years are short is judged to the month."
    )
    equivalent_met: bool = Field(
        False,
        description="For years: the posting accepts an equivalent (other experience, education) and the resume "
        "plausibly has it, so the years are no decisive gap.",
    )
    note: str = ""
    similar_line: str = Field("", description="The resume line nearest in meaning (embedded postings only).")
    similarity: float | None = Field(None, description="MiniLM cosine of the requirement and similar_line.")


class ModelNote(BaseModel):
    """Free text a language model wrote about a match: shown labelled as the model's, never as the project's.

    The text is untrusted (a posting can steer the model): it is one line with control and bidirectional
    formatting characters removed and at most NOTE_CHARS long; every face still escapes it for its own medium.
    """

    text: str = Field(description=f"The model's words, cleaned to one line of at most {NOTE_CHARS} characters.")
    source: Literal["model"] = "model"
    model: str = Field("", description="The model that wrote it, as configured (LLM_MODEL).")
    step: Literal["rerank"] = Field("rerank", description="The matching step whose answer it was.")

    @field_validator("text", mode="before")
    @classmethod
    def _one_clean_line(cls, value: object) -> str:
        return plain_line(str(value), NOTE_CHARS)

    @field_validator("model", mode="before")
    @classmethod
    def _clean_name(cls, value: object) -> str:
        return plain_line(str(value), 80)


class Match(BaseModel):
    """A 0-100 score with what matched, what is missing and why.

    ``score`` is the calibrated total (70 = the default shortlist threshold: meets nearly all required
    skills and the years, in the right job family; see docs/matching.md). ``components`` holds each part
    on 0-1, ``requirements`` one check per extracted requirement, and ``confidence`` drops (with a reason in
    ``reasons``) when the posting or resume gave too little to judge. ``reasons`` are the project's own words;
    what a model wrote is only in ``model_note``, and the rerank's move is in ``score_before_rerank`` and
    ``rerank_delta``.
    """

    job_id: str
    score: float = Field(ge=0, le=100)
    semantic: float = Field(description="Cosine similarity of the embeddings, 0-1 (0 when not embedded).")
    lexical: float = Field(description="TF-IDF cosine similarity, 0-1.")
    matched: list[MatchedTerm] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    filters: list[FilterResult] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    excluded: bool = False
    requirements: list[RequirementCheck] = Field(default_factory=list)
    components: dict[str, float] = Field(default_factory=dict)
    years_required: float | None = None
    years_held: float | None = None
    confidence: float = Field(1.0, ge=0, le=1)
    stage: str = Field(
        "full",
        description="'full' (embedded and scored), 'requirements' (requirements read by meaning, the posting not "
        "embedded: cut by the cascade) or 'lexical' (cut by the cascade before that).",
    )
    reranked_by: str | None = Field(None, description="The LLM model that reranked this match (None: not reranked).")
    score_before_rerank: float | None = Field(None, description="The project's own score before the LLM rerank.")
    rerank_delta: float | None = Field(None, description="Points the rerank moved the score (bounded by its weight).")
    model_note: ModelNote | None = Field(None, description="The reranking model's reason, labelled as its own.")

    @property
    def why(self) -> str:
        """One short line for tables."""
        return self.reasons[0] if self.reasons else ""
