"""The stored profile and resume: read, replace as JSON, or upload a JSON/YAML file (size-limited)."""

from __future__ import annotations

from fastapi import APIRouter, UploadFile

from careerpilot.api.deps import ServicesDep
from careerpilot.domain.profile import Profile
from careerpilot.domain.resume import Resume
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
