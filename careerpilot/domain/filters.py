"""Hard filters from job_filters.yaml: a posting that fails one is excluded with the reason kept."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from careerpilot.domain.jobs import EmploymentType, SalaryPeriod, Seniority


class JobFilters(BaseModel):
    """What a posting must (not) be; unknown facts (no salary stated) pass with a note."""

    model_config = ConfigDict(extra="forbid")

    locations: list[str] = Field(default_factory=list, description="Accepted places; empty accepts any.")
    remote_ok: bool = Field(True, description="Accept remote postings wherever they are based.")
    salary_min: float | None = None
    salary_currency: str = "USD"
    salary_period: SalaryPeriod = "YEAR"
    seniority: list[Seniority] = Field(default_factory=list, description="Accepted levels; empty accepts any.")
    employment_types: list[EmploymentType] = Field(default_factory=list)
    required_keywords: list[str] = Field(default_factory=list, description="Each must appear in the posting.")
    excluded_keywords: list[str] = Field(default_factory=list, description="None may appear in the posting.")
    excluded_companies: list[str] = Field(default_factory=list)
    max_age_days: int | None = Field(None, ge=1)
