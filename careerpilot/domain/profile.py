"""What the job seeker wants and the facts a form asks for that a resume does not hold."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from careerpilot.domain.jobs import EmploymentType, SalaryPeriod, Seniority


class Contact(BaseModel):
    """How employers reach the person."""

    name: str
    email: str
    phone: str | None = None
    city: str | None = None
    country: str | None = None


class SalaryExpectation(BaseModel):
    """The least the person accepts, in their currency and period."""

    minimum: float
    currency: str = "USD"
    period: SalaryPeriod = "YEAR"


class JobPreferences(BaseModel):
    """What the person is looking for; the planner turns it into a search plan."""

    roles: list[str] = Field(default_factory=list, description="Job titles to search for.")
    locations: list[str] = Field(default_factory=list)
    remote: bool = True
    employment_types: list[EmploymentType] = Field(default_factory=lambda: list[EmploymentType](["FULL_TIME"]))
    seniority: list[Seniority] = Field(default_factory=list)
    industries: list[str] = Field(
        default_factory=list, description="Wanted industries: postings that state only others are excluded."
    )
    avoid_companies: list[str] = Field(
        default_factory=list, description="Their postings are excluded; 'Acme' also avoids 'ACME Inc.' and 'Acme GmbH'."
    )


class Profile(BaseModel):
    """The job seeker: contact, authorization, preferences and answers to common screening questions."""

    model_config = ConfigDict(extra="forbid")

    contact: Contact
    work_authorization: list[str] = Field(
        default_factory=list, description="Countries where the person may work without sponsorship."
    )
    needs_sponsorship: bool = False
    salary: SalaryExpectation | None = None
    links: dict[str, str] = Field(default_factory=dict, description="linkedin, github, portfolio, ...")
    preferences: JobPreferences = Field(default_factory=JobPreferences)
    notice_period_weeks: int | None = None
    willing_to_relocate: bool = False
    answers: dict[str, str] = Field(
        default_factory=dict, description="Answers the person wrote to common screening questions."
    )
