"""The OpenAPI schema and Swagger UI behind the API key (API_DOCS_PUBLIC=true serves them openly instead)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

router = APIRouter(include_in_schema=False)


@router.get("/openapi.json")
def openapi(request: Request) -> JSONResponse:
    """Return the OpenAPI schema."""
    return JSONResponse(request.app.openapi())


@router.get("/docs")
def docs() -> HTMLResponse:
    """Return Swagger UI (it fetches the schema with the same key only when docs are public)."""
    return get_swagger_ui_html(openapi_url="/openapi.json", title="CareerPilot API")
