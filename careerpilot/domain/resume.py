"""The resume as JSON Resume (jsonresume.org); the older field names (company, website, picture) are accepted."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_ISO_DATE = re.compile(r"^[12]\d{3}(-[01]\d(-[0-3]\d)?)?$")


def _rename(data: Any, renames: dict[str, str]) -> Any:
    """Map older JSON Resume field names to the current ones, keeping a current value when both exist."""
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for old, new in renames.items():
        if old in data:
            value = data.pop(old)
            if not data.get(new):
                data[new] = value
    return data


def _check_date(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not _ISO_DATE.match(value):
        raise ValueError("a date must be YYYY, YYYY-MM or YYYY-MM-DD")  # no value: errors may be shown or sent
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class ResumeLocation(_Section):
    """Where the person lives."""

    address: str | None = None
    postalCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    region: str | None = None


class SocialProfile(_Section):
    """A link to the person elsewhere (GitHub, LinkedIn, ...)."""

    network: str | None = None
    username: str | None = None
    url: str | None = None


class Basics(_Section):
    """Name, headline and contact details."""

    name: str | None = None
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: ResumeLocation | None = None
    profiles: list[SocialProfile] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _accept_old_names(cls, data: Any) -> Any:
        return _rename(data, {"website": "url", "picture": "image"})


class Work(_Section):
    """One role at one employer."""

    name: str | None = None
    location: str | None = None
    description: str | None = None
    position: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _accept_old_names(cls, data: Any) -> Any:
        return _rename(data, {"company": "name", "website": "url"})

    _dates = field_validator("startDate", "endDate")(_check_date)


class Volunteer(_Section):
    """Unpaid work."""

    organization: str | None = None
    position: str | None = None
    url: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    summary: str | None = None
    highlights: list[str] = Field(default_factory=list)

    _dates = field_validator("startDate", "endDate")(_check_date)


class Education(_Section):
    """A degree or course of study."""

    institution: str | None = None
    url: str | None = None
    area: str | None = None
    studyType: str | None = None
    startDate: str | None = None
    endDate: str | None = None
    score: str | None = None
    courses: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _accept_old_names(cls, data: Any) -> Any:
        return _rename(data, {"gpa": "score"})

    _dates = field_validator("startDate", "endDate")(_check_date)


class Skill(_Section):
    """A skill group with its keywords."""

    name: str | None = None
    level: str | None = None
    keywords: list[str] = Field(default_factory=list)


class Certificate(_Section):
    """A certification."""

    name: str | None = None
    date: str | None = None
    url: str | None = None
    issuer: str | None = None


class Project(_Section):
    """A project the person did."""

    name: str | None = None
    description: str | None = None
    highlights: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    startDate: str | None = None
    endDate: str | None = None
    url: str | None = None
    roles: list[str] = Field(default_factory=list)


class Language(_Section):
    """A spoken language."""

    language: str | None = None
    fluency: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _accept_old_names(cls, data: Any) -> Any:
        return _rename(data, {"level": "fluency"})


class Resume(_Section):
    """A JSON Resume document; unknown sections (awards, publications, ...) are kept as they are."""

    basics: Basics = Field(default_factory=Basics)
    work: list[Work] = Field(default_factory=list)
    volunteer: list[Volunteer] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)
    languages: list[Language] = Field(default_factory=list)

    def is_empty(self) -> bool:
        """Return True when the resume has no experience, education, skills or projects to match on."""
        return not self.full_text().strip()

    def skill_names(self) -> list[str]:
        """Return every skill name and keyword, in resume order, without duplicates."""
        seen: dict[str, None] = {}
        for skill in self.skills:
            for name in [skill.name or "", *skill.keywords]:
                if name.strip():
                    seen.setdefault(name.strip(), None)
        for project in self.projects:
            for keyword in project.keywords:
                seen.setdefault(keyword.strip(), None)
        return list(seen)

    def evidence_lines(self) -> Iterator[str]:
        """Yield every line of the resume that can back a claim, as written."""
        basics = self.basics
        for text in (basics.label, basics.summary):
            if text:
                yield text
        for job in self.work:
            yield " ".join(p for p in (job.position, "at" if job.name else None, job.name) if p)
            if job.summary:
                yield job.summary
            yield from job.highlights
        for project in self.projects:
            if project.description:
                yield project.description
            yield from project.highlights
        for school in self.education:
            yield " ".join(p for p in (school.studyType, school.area, school.institution) if p)
        for skill in self.skills:
            yield ", ".join([skill.name or "", *skill.keywords]).strip(", ")
        for cert in self.certificates:
            if cert.name:
                yield cert.name

    def full_text(self) -> str:
        """Return the resume as plain text for lexical and semantic matching."""
        return "\n".join(line for line in self.evidence_lines() if line)
