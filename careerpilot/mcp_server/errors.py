"""How failures reach an MCP client: one readable sentence, never a traceback or a raw validation dump.

Domain errors and storage faults raised by a tool become tool errors; by a resource, resource errors (a missing
record is the protocol's not-found). Arguments that fail a tool's schema and URIs that match no resource are
reworded here, in the server, so every tool and resource reads the same.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError, UnexpectedToolError
from pydantic import AnyUrl, ValidationError

from careerpilot.domain.errors import CareerPilotError, NotFoundError
from careerpilot.memory.faults import storage_fault
from careerpilot.services import Services

F = TypeVar("F", bound=Callable[..., Any])
RESOURCES = (
    "careerpilot://profile, careerpilot://resume, careerpilot://filters, careerpilot://sources, job://JOB_ID, "
    "application://APPLICATION_ID, document://JOB_ID/resume, document://JOB_ID/cover_letter"
)


class CareerPilotServer(MCPServer[Services]):
    """An MCPServer whose argument errors name the argument in one sentence and whose unknown URIs say what exists."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Services, Any] | None = None
    ) -> Any:
        """Call a tool; its failure reads '<tool>: <what went wrong>', a bad argument named with its path inside.

        A crash keeps the SDK's generic message: nothing of an unexpected exception reaches the client.
        """
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            cause = exc.__cause__
            if isinstance(exc, UnexpectedToolError):
                raise
            if isinstance(cause, ValidationError):
                raise ToolError(argument_error(name, cause)) from cause
            if isinstance(cause, ToolError | ResourceError):
                raise ToolError(f"{name}: {cause}") from cause
            raise

    async def read_resource(self, uri: AnyUrl | str, context: Context[Services, Any] | None = None) -> Any:
        """Read a resource; a URI no resource matches is a not-found that lists the resources there are."""
        try:
            return await super().read_resource(uri, context)
        except ResourceNotFoundError as exc:
            if not str(exc).startswith("Unknown resource"):
                raise
            raise ResourceNotFoundError(f"no resource {uri}: CareerPilot serves {RESOURCES}") from exc


def argument_error(tool: str, error: ValidationError) -> str:
    """Return the first problem of a tool's arguments as one sentence naming the argument (its path inside)."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(arguments)"
    more = error.error_count() - 1
    extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    message = first["msg"][:1].lower() + first["msg"][1:]
    return f"{tool}: argument {where}: {message}{extra}"


def tool_errors(fn: F) -> F:
    """Raise domain errors and storage faults as ToolError with their readable line (sync and async tools alike)."""
    if inspect.iscoroutinefunction(fn):

        @functools.wraps(fn)
        async def run_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await fn(*args, **kwargs)
            except Exception as exc:
                if (readable := _as_tool_error(exc)) is None:
                    raise
                raise readable from exc

        return run_async  # type: ignore[return-value]

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            if (readable := _as_tool_error(exc)) is None:
                raise
            raise readable from exc

    return run  # type: ignore[return-value]


def _as_tool_error(exc: Exception) -> ToolError | None:
    """Return the ToolError a domain error or storage fault becomes; None for anything else (the SDK hides it)."""
    if isinstance(exc, CareerPilotError):
        return ToolError(str(exc))
    fault = storage_fault(exc)
    return None if fault is None else ToolError(str(fault))


def resource_errors(fn: F) -> F:
    """Raise a missing record as the protocol's not-found and other domain errors as resource errors."""

    @functools.wraps(fn)
    def read(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except NotFoundError as exc:
            raise ResourceNotFoundError(str(exc)) from exc
        except CareerPilotError as exc:
            raise ResourceError(str(exc)) from exc

    return read  # type: ignore[return-value]
