"""Pydantic models and errors; no I/O and no imports from the rest of CareerPilot."""

from careerpilot.domain.applications import Application, ApplicationStatus, StatusChange, check_transition
from careerpilot.domain.documents import TailoredDocs
from careerpilot.domain.errors import (
    ApprovalRequiredError,
    CareerPilotError,
    ConfigError,
    FetchRefusedError,
    InputError,
    InvalidTransitionError,
    NotFoundError,
    SourceError,
    StorageError,
)
from careerpilot.domain.jobs import JobPosting, Location, SalaryRange
from careerpilot.domain.matching import FilterResult, Match, MatchedTerm
from careerpilot.domain.plan import SearchPlan
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume

__all__ = [
    "Application",
    "ApplicationStatus",
    "ApprovalRequiredError",
    "CareerPilotError",
    "ConfigError",
    "FetchRefusedError",
    "FilterResult",
    "InputError",
    "InvalidTransitionError",
    "JobPosting",
    "Location",
    "Match",
    "MatchedTerm",
    "NotFoundError",
    "Profile",
    "Resume",
    "SalaryRange",
    "SearchPlan",
    "SourceError",
    "StatusChange",
    "StorageError",
    "TailoredDocs",
    "check_transition",
]
