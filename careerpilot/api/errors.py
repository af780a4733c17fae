"""One place that turns errors into RFC 9457 problem+json responses: domain errors, auth, validation, crashes."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from careerpilot.domain.errors import (
    ApprovalRequiredError,
    CareerPilotError,
    ConfigError,
    InputError,
    InvalidTransitionError,
    NotFoundError,
    SourceError,
    StorageError,
)
from careerpilot.memory.faults import storage_fault

log = logging.getLogger(__name__)
PROBLEM_JSON = "application/problem+json"

# Most specific first: the first class an error is an instance of decides its status.
STATUS_BY_ERROR: tuple[tuple[type[CareerPilotError], int], ...] = (
    (NotFoundError, 404),
    (InvalidTransitionError, 409),
    (ApprovalRequiredError, 409),
    (InputError, 422),
    (SourceError, 422),
    (ConfigError, 503),
    (StorageError, 503),
    (CareerPilotError, 400),
)


class ApiProblem(Exception):
    """A face-level refusal (auth, rate limit) with its status and headers."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail, self.headers = status, title, detail, headers or {}


def status_for(exc: CareerPilotError) -> int:
    """Return the HTTP status of a domain error."""
    return next(status for kind, status in STATUS_BY_ERROR if isinstance(exc, kind))


def problem(status: int, title: str, detail: str, headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    """Return a problem+json response."""
    body = {"type": "about:blank", "title": title, "status": status, "detail": detail, **extra}
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_JSON)


def _title(exc: Exception) -> str:
    name = type(exc).__name__.removesuffix("Error")
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip().capitalize() or "Error"


async def _domain(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, CareerPilotError)
    return problem(status_for(exc), _title(exc), str(exc))


async def _api_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiProblem)
    return problem(exc.status, exc.title, exc.detail, exc.headers)


async def _http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return problem(exc.status_code, _reason(exc.status_code), str(exc.detail), dict(exc.headers or {}))


async def _validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Field locations and messages only: the rejected values may be resume contents.
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
    first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    detail = f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return problem(422, "Invalid request", detail, errors=errors)


async def _crash(_request: Request, exc: Exception) -> JSONResponse:
    fault = storage_fault(exc)
    if fault is not None:
        log.error("storage fault: %s", fault, exc_info=exc)
        return problem(503, "Storage", str(fault))
    log.error("unhandled %s", type(exc).__name__, exc_info=exc)
    return problem(500, "Internal error", "an unexpected error occurred; it was logged on the server")


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on an app."""
    app.add_exception_handler(CareerPilotError, _domain)
    app.add_exception_handler(ApiProblem, _api_problem)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(Exception, _crash)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "No API key, or an unknown one (problem+json)."},
    403: {"description": "The API key was revoked (problem+json)."},
    429: {"description": "Too many requests for this key; see Retry-After (problem+json)."},
}
