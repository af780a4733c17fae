"""The OpenAPI schema and Swagger UI, behind the API key (API_DOCS_PUBLIC=true serves them openly instead).

Swagger UI 5 (FastAPI's schema is OpenAPI 3.1, which Swagger UI 4 cannot render) is served from the files the
``fastapi-offline`` package ships, not from a CDN, so /docs works offline like the rest of CareerPilot. Only its
files are used: its ``FastAPIOffline`` app would serve the docs without a key.
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response

from careerpilot.domain.errors import NotFoundError

router = APIRouter(include_in_schema=False)
SWAGGER_UI = files("fastapi_offline") / "static"
ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css", "favicon.png": "image/png"}


@router.get("/openapi.json")
def openapi(request: Request) -> JSONResponse:
    """Return the OpenAPI schema."""
    return JSONResponse(request.app.openapi())


@router.get("/docs")
def docs() -> HTMLResponse:
    """Return Swagger UI; its assets and the schema load from this server with the page's key or session."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="CareerPilot API",
        swagger_js_url="/docs/assets/swagger-ui-bundle.js",
        swagger_css_url="/docs/assets/swagger-ui.css",
        swagger_favicon_url="/docs/assets/favicon.png",
    )


@router.get("/docs/assets/{name}")
def docs_asset(name: str) -> Response:
    """Serve Swagger UI's script, style sheet and icon from the installed package."""
    if name not in ASSETS:
        raise NotFoundError(f"no docs asset {name}")
    return FileResponse(str(SWAGGER_UI / name), media_type=ASSETS[name], headers={"Cache-Control": "max-age=86400"})
