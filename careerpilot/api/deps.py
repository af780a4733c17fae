"""Dependencies routes declare: the one Services object, the run tasks, the caller's key."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from careerpilot.api.auth import require_key
from careerpilot.api.tasks import RunTasks
from careerpilot.domain.keys import ApiKeyInfo
from careerpilot.domain.review import Approver
from careerpilot.services import Services


async def get_services(request: Request) -> Services:
    """Return the Services the lifespan opened (async: no threadpool hop for an attribute read)."""
    return request.app.state.services  # type: ignore[no-any-return]


async def get_tasks(request: Request) -> RunTasks:
    """Return the registry of runs going on in this process."""
    return request.app.state.tasks  # type: ignore[no-any-return]


ServicesDep = Annotated[Services, Depends(get_services)]
TasksDep = Annotated[RunTasks, Depends(get_tasks)]
KeyDep = Annotated[ApiKeyInfo, Depends(require_key)]


def caller(request: Request, key: ApiKeyInfo, extension_origin: str | None) -> Approver:
    """Return who is deciding: the extension when its origin calls, else the API, named by the key's name."""
    origin = request.headers.get("origin")
    channel = "extension" if extension_origin and origin == extension_origin else "api"
    return Approver(channel=channel, name=key.name)
