"""What runs start from: profile, resume, job filters and default sources (the ProfileService calls MCP makes).

The profile and resume can also be uploaded as a JSON or YAML file (size-limited).
"""

from __future__ import annotations

from fastapi import APIRouter, UploadFile

from careerpilot.api.deps import ServicesDep
from careerpilot.domain.errors import NotFoundError
from careerpilot.domain.filters import JobFilters
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
from careerpilot.domain.runs import JobSources
from careerpilot.profile.inputs import MAX_INPUT_BYTES
from careerpilot.profile.service import parse_upload

router = APIRouter(tags=["profile"])


@router.get("/profile")
def get_profile(services: ServicesDep) -> Profile:
    """Return the stored profile."""
    return services.profile.profile()


@router.put("/profile")
def put_profile(profile: Profile, services: ServicesDep) -> Profile:
    """Replace the stored profile."""
    return services.profile.save_profile(profile)


@router.post("/profile/upload")
def upload_profile(file: UploadFile, services: ServicesDep) -> Profile:
    """Replace the stored profile from a YAML or JSON file (at most 5 MB)."""
    return services.profile.save_profile(parse_upload(file.file.read(MAX_INPUT_BYTES + 1), Profile, "profile"))


@router.get("/resume")
def get_resume(services: ServicesDep) -> Resume:
    """Return the stored resume (JSON Resume)."""
    return services.profile.resume()


@router.put("/resume")
def put_resume(resume: Resume, services: ServicesDep) -> Resume:
    """Replace the stored resume."""
    return services.profile.save_resume(resume)


@router.post("/resume/upload")
def upload_resume(file: UploadFile, services: ServicesDep) -> Resume:
    """Replace the stored resume from a JSON Resume file, JSON or YAML (at most 5 MB)."""
    return services.profile.save_resume(parse_upload(file.file.read(MAX_INPUT_BYTES + 1), Resume, "resume"))


@router.get("/filters")
def get_filters(services: ServicesDep) -> JobFilters:
    """Return the stored job filters (none stored: the defaults, which exclude nothing)."""
    return services.profile.filters()


@router.put("/filters")
def put_filters(filters: JobFilters, services: ServicesDep) -> JobFilters:
    """Replace the hard job filters every run applies."""
    return services.profile.save_filters(filters)


@router.get("/sources")
def get_sources(services: ServicesDep) -> JobSources:
    """Return the sources a run searches when POST /runs names none; 404 when none are stored."""
    stored = services.profile.sources()
    if not stored:
        raise NotFoundError("no default sources stored yet: store them with PUT /sources")
    return JobSources(sources=stored)


@router.put("/sources")
def put_sources(sources: JobSources, services: ServicesDep) -> JobSources:
    """Replace the default sources; each is checked now (a missing folder or unknown kind is a 422 naming it)."""
    return services.profile.save_sources(sources)
