"""Hard filters from job_filters.yaml: a posting that fails one is excluded with the reason kept."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel, ConfigDict, Field, field_validator

from careerpilot.domain.companies import company_key
from careerpilot.domain.currencies import ISO_4217
from careerpilot.domain.jobs import EmploymentType, SalaryPeriod, Seniority
from careerpilot.domain.profile import JobPreferences, Profile


class JobFilters(BaseModel):
    """What a posting must (not) be; unknown facts (no salary stated) pass with a note."""

    model_config = ConfigDict(extra="forbid")

    locations: list[str] = Field(default_factory=list, description="Accepted places; empty accepts any.")
    remote_ok: bool = Field(True, description="Accept remote postings wherever they are based.")
    salary_min: float | None = Field(None, ge=0, allow_inf_nan=False, description="In salary_currency per period.")
    salary_currency: str = Field("USD", description="An ISO 4217 code such as USD, EUR, GBP.")
    salary_period: SalaryPeriod = "YEAR"
    seniority: list[Seniority] = Field(default_factory=list, description="Accepted levels; empty accepts any.")
    employment_types: list[EmploymentType] = Field(default_factory=list)
    required_keywords: list[str] = Field(default_factory=list, description="Each must appear in the posting.")
    excluded_keywords: list[str] = Field(default_factory=list, description="None may appear in the posting.")
    excluded_companies: list[str] = Field(
        default_factory=list, description="Companies you avoid, matched without case or suffix ('Acme' = 'ACME Inc.')."
    )
    industries: list[str] = Field(
        default_factory=list,
        description="Wanted industries; a posting stating only others is excluded, one stating none passes.",
    )
    max_age_days: int | None = Field(None, ge=1)
    work_authorization: list[str] = Field(
        default_factory=list,
        description="Countries where you may work without sponsorship: the profile's, joined in by with_profile.",
    )
    needs_sponsorship: bool = Field(
        False, description="You need sponsorship where you may not work: the profile's, joined in by with_profile."
    )

    @field_validator("salary_currency")
    @classmethod
    def _known_currency(cls, code: str) -> str:
        code = code.strip().upper()
        if code not in ISO_4217:
            raise ValueError("must be an ISO 4217 currency code such as USD, EUR or GBP")
        return code

    def with_preferences(self, preferences: JobPreferences) -> JobFilters:
        """Return these filters plus the profile's avoided companies and wanted industries."""
        companies = _first_of_each([*self.excluded_companies, *preferences.avoid_companies], company_key)
        industries = _first_of_each([*self.industries, *preferences.industries], lambda i: i.strip().lower())
        return self.model_copy(update={"excluded_companies": companies, "industries": industries})

    def with_profile(self, profile: Profile) -> JobFilters:
        """Return these filters plus the profile's preferences and work authorization (countries, sponsorship)."""
        countries = _first_of_each([*self.work_authorization, *profile.work_authorization], lambda c: c.strip().lower())
        sponsorship = self.needs_sponsorship or profile.needs_sponsorship
        return self.with_preferences(profile.preferences).model_copy(
            update={"work_authorization": countries, "needs_sponsorship": sponsorship}
        )


def _first_of_each(values: list[str], key: Callable[[str], str]) -> list[str]:
    """Return the values without repeats (same key), keeping the first spelling; empty keys are dropped."""
    kept: dict[str, str] = {}
    for value in values:
        if found := key(value):
            kept.setdefault(found, value.strip())
    return list(kept.values())
