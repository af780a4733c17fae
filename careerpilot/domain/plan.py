"""The search plan the planner makes from the profile and the user's goal."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SearchPlan(BaseModel):
    """Roles, places, sources and limits for one run."""

    roles: list[str] = Field(description="Job titles to look for, most wanted first.")
    keywords: list[str] = Field(default_factory=list, description="Skills and terms that should appear.")
    locations: list[str] = Field(default_factory=list)
    remote_ok: bool = True
    sources: list[str] = Field(description="Source specs, e.g. 'local:/path/to/postings'.")
    min_score: float = Field(70, ge=0, le=100, description="Matches below this score are not shortlisted.")
    max_applications: int = Field(3, ge=0, le=100, description="How many jobs to draft applications for.")
    rationale: str = ""
    planned_by: str = Field("rules", description="'llm' or 'rules' (the deterministic fallback).")
