"""Liveness, the only route without a key."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel

router = APIRouter(tags=["health"])
try:
    VERSION = version("careerpilot")
except PackageNotFoundError:  # running from a source tree that was not installed
    VERSION = "0+unknown"


class Health(BaseModel):
    """The server is up."""

    status: Literal["ok"] = "ok"
    service: Literal["careerpilot"] = "careerpilot"  # the extension tells a CareerPilot API from another server
    version: str


@router.get("/health")
async def health() -> Health:
    """Say the server is up (no key needed; reveals nothing else)."""
    return Health(version=VERSION)
